//! The canonical tables in `data/`: the tables every document has (documents, signatures,
//! notices), then each family's and kind's own, in the order they are written and named.
//! Importing a file replaces that file's rows, so importing it twice gives identical bytes.

use super::table::{self, location, Attach, Documents, Record, Replaced, Table};
use super::{commit, Workspace};
use crate::error::input_error;
use crate::kinds::{self, DocKind};
use crate::model::{
    Body, Document, Field, Imported, Notice, NoticeKind, RowClass, Signature, YearHeader,
};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Every table of `data/`, in the order they are written and loaded: `documents.csv` first,
/// whose rows make the documents the other tables' rows belong to.
pub fn tables() -> Vec<&'static Table> {
    let kinds = || DocKind::ALL.iter().map(|k| k.spec().tables);
    COMMON
        .iter()
        .chain(kinds::budget::TABLES.iter())
        // Each kind's own table, then the tables a kind keeps beside it (a PK's budget lines).
        .chain(kinds().filter_map(|t| t.first()))
        .chain(kinds().flat_map(|t| t.iter().skip(1)))
        .collect()
}

const COMMON: [Table; 3] = [
    Table {
        file: DocumentRow::FILE,
        store: table::store::<DocumentRow>,
        load: load_documents,
    },
    Table::of::<SignatureRow>(),
    Table::of::<NoticeRow>(),
];

/// Stores documents, replacing what the same files (or sheets) gave before. Every table is
/// merged before any is written, so a table that cannot be read changes nothing.
/// Returns the tables written.
pub fn save(ws: &Workspace, what: &Replaced, docs: &[Document]) -> anyhow::Result<Vec<PathBuf>> {
    let dir = ws.data_dir();
    super::refuse_data_file(&dir)?;
    // One writer at a time: the tables are read, merged and written under the lock, so a
    // second import cannot write over what the first added.
    let _lock = commit::lock(&ws.root)?;
    commit::recover(&ws.root, &dir);
    let mut merged = Vec::new();
    for table in tables() {
        if let Some(bytes) = (table.store)(&dir, what, docs)? {
            merged.push((table.file, bytes));
        }
    }
    commit::commit(&ws.root, &dir, &merged)?;
    Ok(table::paths(&dir, &merged))
}

/// Makes the documents of `documents.csv`, with no rows of their own yet.
pub(super) fn load_documents(dir: &std::path::Path, docs: &mut Documents) -> anyhow::Result<()> {
    let path = dir.join(DocumentRow::FILE);
    if !path.exists() {
        return Ok(());
    }
    table::for_each_row(&path, |row: DocumentRow, line| {
        let doc =
            document(row).map_err(|e| input_error(format!("{}:{line}: {e}", path.display())))?;
        docs.insert((doc.file.clone(), doc.sheet.clone()), doc);
        Ok(())
    })
}

/// A document of `documents.csv`: its kind, why, its amount columns, its title, and how many
/// rows of each class it had.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DocumentRow {
    file: String,
    sheet: String,
    kind: String,
    kind_reason: String,
    fields: String,
    title: String,
    /// The cell of each title line, joined with ` | ` as the title is.
    title_cells: String,
    /// The headers of the columns read that state a year, joined with ` | `…
    year_headers: String,
    /// …and their cells.
    year_header_cells: String,
    rows_title: usize,
    rows_header: usize,
    rows_numbering: usize,
    rows_heading: usize,
    rows_item: usize,
    rows_total: usize,
    rows_blank: usize,
    rows_signature: usize,
    rows_note: usize,
    rows_unrecognised: usize,
    rows_continuation: usize,
    rows_footer: usize,
    /// The SHA-256 of the source file when imported; empty in tables of an older lakip.
    sha256: String,
    /// When that content was first imported (UTC, RFC 3339); empty when unknown.
    imported: String,
}

impl DocumentRow {
    /// The count of each row class, in [`RowClass::ALL`] order.
    fn counts(&self) -> [(RowClass, usize); 12] {
        [
            (RowClass::Title, self.rows_title),
            (RowClass::Header, self.rows_header),
            (RowClass::Numbering, self.rows_numbering),
            (RowClass::Heading, self.rows_heading),
            (RowClass::Item, self.rows_item),
            (RowClass::Total, self.rows_total),
            (RowClass::Blank, self.rows_blank),
            (RowClass::Signature, self.rows_signature),
            (RowClass::Note, self.rows_note),
            (RowClass::Unrecognised, self.rows_unrecognised),
            (RowClass::Continuation, self.rows_continuation),
            (RowClass::Footer, self.rows_footer),
        ]
    }
}

impl Record for DocumentRow {
    const FILE: &'static str = "documents.csv";

    fn rows(doc: &Document) -> Vec<DocumentRow> {
        let counts = doc.row_counts();
        let n = |class| counts.get(&class).copied().unwrap_or(0);
        vec![DocumentRow {
            file: doc.file.clone(),
            sheet: doc.sheet.clone(),
            kind: doc.kind.name().to_string(),
            kind_reason: doc.kind_reason.clone(),
            fields: doc
                .fields
                .iter()
                .map(|f| f.name())
                .collect::<Vec<_>>()
                .join(" "),
            title: doc.title.join(" | "),
            title_cells: doc.title_cells.join(" | "),
            year_headers: join(doc.year_headers.iter().map(|h| h.name.as_str())),
            year_header_cells: join(doc.year_headers.iter().map(|h| h.cell.as_str())),
            rows_title: n(RowClass::Title),
            rows_header: n(RowClass::Header),
            rows_numbering: n(RowClass::Numbering),
            rows_heading: n(RowClass::Heading),
            rows_item: n(RowClass::Item),
            rows_total: n(RowClass::Total),
            rows_blank: n(RowClass::Blank),
            rows_signature: n(RowClass::Signature),
            rows_note: n(RowClass::Note),
            rows_unrecognised: n(RowClass::Unrecognised),
            rows_continuation: n(RowClass::Continuation),
            rows_footer: n(RowClass::Footer),
            sha256: doc.imported.sha256.clone().unwrap_or_default(),
            imported: doc.imported.at.clone().unwrap_or_default(),
        }]
    }

    fn source(&self) -> (&str, &str, u32) {
        (&self.file, &self.sheet, 0)
    }
}

/// The document a row of `documents.csv` describes, with no rows of its own yet.
fn document(row: DocumentRow) -> Result<Document, String> {
    let kind = DocKind::from_name(&row.kind)
        .ok_or_else(|| crate::t!("workspace-unknown-kind", kind = &row.kind))?;
    let body = Body::empty(kind.family());
    let mut doc = Document::new(&row.file, &row.sheet, kind, row.kind_reason.clone(), body);
    doc.fields = row
        .fields
        .split_whitespace()
        .filter_map(|name| Field::ALL.into_iter().find(|f| f.name() == name))
        .collect();
    doc.title = split(&row.title);
    let known = |text: &str| (!text.is_empty()).then(|| text.to_string());
    doc.imported = Imported {
        sha256: known(&row.sha256),
        at: known(&row.imported),
    };
    doc.title_cells = split(&row.title_cells);
    let cells = split(&row.year_header_cells);
    doc.year_headers = (split(&row.year_headers).into_iter().zip(cells))
        .map(|(name, cell)| YearHeader { name, cell })
        .collect();
    // Only the counts of row classes are stored; their row numbers are not needed again.
    for (class, n) in row.counts() {
        doc.rows.extend(std::iter::repeat_n((0, class), n));
    }
    Ok(doc)
}

fn join<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    parts.collect::<Vec<_>>().join(" | ")
}

/// A text stored as its parts joined with ` | ` (a title's lines, a signature's jabatan).
fn split(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    text.split(" | ").map(str::to_string).collect()
}

/// A signature block of `signatures.csv`.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SignatureRow {
    file: String,
    sheet: String,
    tempat: Option<String>,
    tanggal: Option<String>,
    jabatan: String,
    nama: Option<String>,
    nip: Option<String>,
    cell: String,
    row: u32,
}

impl Record for SignatureRow {
    const FILE: &'static str = "signatures.csv";

    fn rows(doc: &Document) -> Vec<SignatureRow> {
        doc.signatures
            .iter()
            .map(|sig| {
                let at = sig.location.clone().unwrap_or_default();
                SignatureRow {
                    file: doc.file.clone(),
                    sheet: doc.sheet.clone(),
                    tempat: sig.place.clone(),
                    tanggal: sig.date.clone(),
                    jabatan: sig.jabatan.join(" | "),
                    nama: sig.name.clone(),
                    nip: sig.nip.clone(),
                    cell: at.cell.to_string(),
                    row: at.row,
                }
            })
            .collect()
    }

    fn source(&self) -> (&str, &str, u32) {
        (&self.file, &self.sheet, self.row)
    }
}

impl Attach for SignatureRow {
    fn attach(self, doc: &mut Document) -> Result<(), String> {
        doc.signatures.push(Signature {
            place: self.tempat,
            date: self.tanggal,
            jabatan: split(&self.jabatan),
            name: self.nama,
            nip: self.nip,
            location: Some(location(&self.file, &self.sheet, &self.cell, self.row)),
        });
        Ok(())
    }
}

/// A notice of `notices.csv`: what the import said about a row.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct NoticeRow {
    file: String,
    sheet: String,
    kind: String,
    message: String,
    cell: String,
    row: u32,
    /// The message's Fluent key and its arguments as JSON, so the notice is shown in the
    /// reader's language; empty in a table written before they were kept (the text is shown).
    key: String,
    args: String,
}

impl Record for NoticeRow {
    const FILE: &'static str = "notices.csv";

    fn rows(doc: &Document) -> Vec<NoticeRow> {
        doc.notices
            .iter()
            .map(|n| NoticeRow {
                file: doc.file.clone(),
                sheet: doc.sheet.clone(),
                kind: n.kind.name().to_string(),
                message: n.message.clone(),
                cell: n.location.cell.to_string(),
                row: n.location.row,
                key: n.said.as_ref().map_or(String::new(), |m| m.key.clone()),
                args: n.said.as_ref().map_or(String::new(), |m| m.args_json()),
            })
            .collect()
    }

    fn source(&self) -> (&str, &str, u32) {
        (&self.file, &self.sheet, self.row)
    }
}

impl Attach for NoticeRow {
    fn attach(self, doc: &mut Document) -> Result<(), String> {
        let kind = NoticeKind::from_name(&self.kind)
            .ok_or_else(|| crate::t!("workspace-unknown-notice-kind", kind = &self.kind))?;
        let location = location(&self.file, &self.sheet, &self.cell, self.row);
        let said = Some(&self.key)
            .filter(|k| !k.is_empty())
            .and_then(|k| crate::i18n::Message::from_stored(k, &self.args));
        // Said again in the reader's language when this lakip knows every key; else as stored.
        let notice = match said {
            Some(m) if m.is_known(crate::i18n::lang()) => Notice::new(kind, m, location),
            Some(m) => Notice {
                said: Some(m),
                ..Notice::text(kind, self.message, location)
            },
            None => Notice::text(kind, self.message, location),
        };
        doc.notices.push(notice);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `documents.csv` has a count column for every row class, in the classes' order.
    #[test]
    fn every_row_class_has_its_count_column() {
        let classes: Vec<RowClass> = DocumentRow::default().counts().map(|(c, _)| c).into();
        assert_eq!(classes, RowClass::ALL);
    }
}
