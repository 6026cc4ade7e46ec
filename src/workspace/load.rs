//! Reading the canonical tables in `data/` back into documents, for the commands that work on
//! a workspace (`lakip check`). Columns are found by name, so a table opened and saved by a
//! person with extra columns still loads.

use super::store::{decode, AMOUNT_FIELDS};
use super::Workspace;
use crate::error::input_error;
use crate::model::{
    Amounts, DocKind, Document, Field, Heading, Indicator, Item, Level, Location, Notice,
    NoticeKind, ProgramBudget, RowClass, Signature, Total, Written,
};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// One table's rows, each a map from column name to text.
struct Rows {
    path: PathBuf,
    rows: Vec<(usize, HashMap<String, String>)>,
}

impl Rows {
    fn read(path: &Path) -> anyhow::Result<Rows> {
        let fail = |e: csv::Error| input_error(format!("{}: {e}", path.display()));
        let mut rows = Vec::new();
        if path.exists() {
            let mut reader = csv::Reader::from_path(path).map_err(fail)?;
            let header: Vec<String> = reader
                .headers()
                .map_err(fail)?
                .iter()
                .map(str::to_string)
                .collect();
            for (i, record) in reader.records().enumerate() {
                let record = record.map_err(fail)?;
                let row = header
                    .iter()
                    .cloned()
                    .zip(record.iter().map(str::to_string))
                    .collect();
                rows.push((i + 2, row));
            }
        }
        Ok(Rows {
            path: path.to_path_buf(),
            rows,
        })
    }
}

/// A row of a table, with where it is for error messages.
struct Row<'a> {
    table: &'a Path,
    line: usize,
    cells: &'a HashMap<String, String>,
}

impl Row<'_> {
    fn get(&self, column: &str) -> &str {
        self.cells.get(column).map(String::as_str).unwrap_or("")
    }

    fn opt(&self, column: &str) -> Option<String> {
        Some(self.get(column).to_string()).filter(|s| !s.is_empty())
    }

    fn error(&self, what: &str) -> anyhow::Error {
        input_error(format!("{}:{}: {what}", self.table.display(), self.line))
    }

    fn number<T: std::str::FromStr>(&self, column: &str) -> anyhow::Result<T> {
        self.get(column).parse().map_err(|_| {
            self.error(&format!(
                "column {column}: \"{}\" is not a number",
                self.get(column)
            ))
        })
    }

    fn index(&self, column: &str) -> anyhow::Result<Option<usize>> {
        match self.get(column) {
            "" => Ok(None),
            _ => self.number(column).map(Some),
        }
    }

    fn location(&self) -> anyhow::Result<Location> {
        Ok(Location {
            file: self.get("file").into(),
            sheet: self.get("sheet").into(),
            cell: self.get("cell").to_string(),
            row: self.number("row")?,
        })
    }

    fn amounts(&self) -> anyhow::Result<Amounts> {
        let mut amounts = Amounts::new();
        for field in AMOUNT_FIELDS {
            let cell = self.get(&format!("{}_cell", field.name())).to_string();
            let quantity = decode(self.get(field.name()), &cell).map_err(|e| self.error(&e))?;
            if let Some(q) = quantity {
                amounts.insert(field, q);
            }
        }
        Ok(amounts)
    }
}

type Key = (String, String);

/// Every document stored in the workspace, in file and sheet order.
pub fn load(ws: &Workspace) -> anyhow::Result<Vec<Document>> {
    let dir = ws.data_dir();
    let table = |name: &str| Rows::read(&dir.join(name));
    let mut docs: BTreeMap<Key, Document> = BTreeMap::new();
    let documents = table("documents.csv")?;
    for_each(&documents, |row| {
        let doc = document(row)?;
        docs.insert((doc.file.clone(), doc.sheet.clone()), doc);
        Ok(())
    })?;
    let headings = table("headings.csv")?;
    for_each(&headings, |row| {
        let doc = owner(&mut docs, row)?;
        let id: usize = row.number("id")?;
        if id != doc.headings.len() {
            return Err(
                row.error("heading ids must count up from 0 in row order; import the file again")
            );
        }
        doc.headings.push(Heading {
            level: level(row)?,
            code: row.opt("code"),
            number: row.opt("number"),
            text: row.get("text").to_string(),
            parent: row.index("parent")?,
            stated: row.amounts()?,
            location: row.location()?,
        });
        Ok(())
    })?;
    let notices = table("notices.csv")?;
    for_each(&notices, |row| {
        let kind = NoticeKind::from_name(row.get("kind"))
            .ok_or_else(|| row.error(&format!("unknown notice kind \"{}\"", row.get("kind"))))?;
        let notice = Notice {
            kind,
            message: row.get("message").to_string(),
            location: row.location()?,
        };
        owner(&mut docs, row)?.notices.push(notice);
        Ok(())
    })?;
    let signatures = table("signatures.csv")?;
    for_each(&signatures, |row| {
        let location = row.location()?;
        let split = row
            .opt("jabatan")
            .map(|t| t.split(" | ").map(str::to_string).collect());
        owner(&mut docs, row)?.signatures.push(Signature {
            place: row.opt("tempat"),
            date: row.opt("tanggal"),
            jabatan: split.unwrap_or_default(),
            name: row.opt("nama"),
            nip: row.opt("nip"),
            location: Some(location),
        });
        Ok(())
    })?;
    let totals = table("totals.csv")?;
    for_each(&totals, |row| {
        let doc = owner(&mut docs, row)?;
        doc.totals.push(Total {
            label: row.get("label").to_string(),
            heading: row.index("heading")?,
            from_row: row.index("from_row")?.unwrap_or(0) as u32,
            stated: row.amounts()?,
            location: row.location()?,
        });
        Ok(())
    })?;
    for kind in DocKind::ALL {
        let items = table(&format!("{}.csv", kind.name()))?;
        for_each(&items, |row| {
            let doc = owner(&mut docs, row)?;
            if kind.is_indicator_table() {
                doc.indicators.push(indicator(row, kind)?);
            } else {
                doc.items.push(item(row)?);
            }
            Ok(())
        })?;
    }
    let budgets = table("program_anggaran.csv")?;
    for_each(&budgets, |row| {
        let anggaran = decode(row.get("anggaran"), row.get("anggaran_cell"))
            .map_err(|e| row.error(&e))?
            .ok_or_else(|| row.error("column anggaran is empty"))?;
        let budget = ProgramBudget {
            number: row.opt("number"),
            program: row.get("program").to_string(),
            anggaran,
            location: row.location()?,
        };
        owner(&mut docs, row)?.budgets.push(budget);
        Ok(())
    })?;
    let mut docs: Vec<Document> = docs.into_values().collect();
    for doc in &mut docs {
        check_links(doc)?;
    }
    Ok(docs)
}

fn for_each(rows: &Rows, mut f: impl FnMut(&Row<'_>) -> anyhow::Result<()>) -> anyhow::Result<()> {
    for (line, cells) in &rows.rows {
        f(&Row {
            table: &rows.path,
            line: *line,
            cells,
        })?;
    }
    Ok(())
}

fn owner<'a>(
    docs: &'a mut BTreeMap<Key, Document>,
    row: &Row<'_>,
) -> anyhow::Result<&'a mut Document> {
    let key = (row.get("file").to_string(), row.get("sheet").to_string());
    docs.get_mut(&key).ok_or_else(|| {
        row.error(&format!(
            "no document '{}' sheet '{}' in documents.csv",
            key.0, key.1
        ))
    })
}

fn document(row: &Row<'_>) -> anyhow::Result<Document> {
    let kind = DocKind::from_name(row.get("kind"))
        .ok_or_else(|| row.error(&format!("unknown kind \"{}\"", row.get("kind"))))?;
    let fields = row
        .get("fields")
        .split_whitespace()
        .filter_map(|name| Field::ALL.into_iter().find(|f| f.name() == name))
        .collect();
    let split = |column: &str| -> Vec<String> {
        row.opt(column)
            .map(|t| t.split(" | ").map(str::to_string).collect())
            .unwrap_or_default()
    };
    // Only the counts of row classes are stored; their row numbers are not needed again.
    let mut rows = Vec::new();
    for class in RowClass::ALL {
        let n: usize = row.number(&format!("rows_{}", class.name())).unwrap_or(0);
        rows.extend(std::iter::repeat_n((0, class), n));
    }
    Ok(Document {
        file: row.get("file").to_string(),
        sheet: row.get("sheet").to_string(),
        kind,
        kind_reason: row.get("kind_reason").to_string(),
        fields,
        title: split("title"),
        headings: Vec::new(),
        items: Vec::new(),
        totals: Vec::new(),
        indicators: Vec::new(),
        budgets: Vec::new(),
        signatures: Vec::new(),
        rows,
        blank_rows: 0,
        notices: Vec::new(),
    })
}

fn level(row: &Row<'_>) -> anyhow::Result<Level> {
    Level::ALL
        .into_iter()
        .find(|l| l.name() == row.get("level"))
        .ok_or_else(|| row.error(&format!("unknown level \"{}\"", row.get("level"))))
}

fn indicator(row: &Row<'_>, kind: DocKind) -> anyhow::Result<Indicator> {
    let written = |column: &str| {
        row.opt(column).map(|text| Written {
            text,
            cell: row.get(&format!("{column}_cell")).to_string(),
        })
    };
    let quantity = |column: &str| {
        decode(row.get(column), row.get(&format!("{column}_cell"))).map_err(|e| row.error(&e))
    };
    let jadwal = if kind == DocKind::Rak {
        (1..=12)
            .map(|m| row.get(&format!("b{m}")).to_string())
            .collect()
    } else {
        Vec::new()
    };
    Ok(Indicator {
        number: row.opt("number"),
        sasaran: row.opt("sasaran"),
        indikator: row.opt("indikator"),
        target: written("target"),
        realisasi: written("realisasi"),
        stated_capaian: quantity("stated_capaian")?,
        aksi: row.opt("aksi"),
        target_aksi: row.opt("target_aksi"),
        jadwal,
        biaya: quantity("biaya")?,
        pelaksana: row.opt("pelaksana"),
        polaritas: row.opt("polaritas"),
        location: row.location()?,
    })
}

fn item(row: &Row<'_>) -> anyhow::Result<Item> {
    Ok(Item {
        heading: row.index("heading")?,
        code: row.opt("code"),
        number: row.opt("number"),
        uraian: row.get("uraian").to_string(),
        sasaran: row.opt("sasaran"),
        indikator: row.opt("indikator"),
        output: row.opt("output"),
        ket: row.opt("ket"),
        amounts: row.amounts()?,
        location: row.location()?,
    })
}

/// Heading ids must point inside the document, or every later step would be guessing.
fn check_links(doc: &Document) -> anyhow::Result<()> {
    let n = doc.headings.len();
    let bad = doc
        .headings
        .iter()
        .map(|h| (h.parent, &h.location))
        .chain(doc.items.iter().map(|i| (i.heading, &i.location)))
        .chain(doc.totals.iter().map(|t| (t.heading, &t.location)))
        .find(|(h, _)| h.is_some_and(|h| h >= n));
    match bad {
        Some((h, location)) => Err(input_error(format!(
            "{location}: the stored row names heading {} but the document has {n} headings; import the file again",
            h.unwrap_or_default()
        ))),
        None => Ok(()),
    }
}
