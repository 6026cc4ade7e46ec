//! The canonical tables in `data/`: UTF-8 CSV with a header row, one row per item (heading,
//! total, document), exact decimals, and the source of every row (file, sheet, cell, row).
//!
//! A quantity is written as: empty (the cell was empty), `-` (written as none), `=FORMULA` (a
//! formula without a computed value), or the exact decimal (`37230532000`, `99.52`).
//! Importing a file replaces that file's rows, so importing it twice gives identical bytes.

use super::{write_atomic, Workspace};
use crate::error::input_error;
use crate::model::{Amounts, CellRef, DocKind, Document, Field, Quantity, RowClass};
use crate::numbers;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

pub(super) const AMOUNT_FIELDS: [Field; 5] = [
    Field::Amount,
    Field::Pagu,
    Field::Realisasi,
    Field::StatedPercent,
    Field::Sisa,
];

/// One table: its file name, header, and rows (each starting with file, sheet).
struct Table {
    name: String,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Column index of the 1-based source row, for ordering.
    row_col: usize,
}

/// What an import replaces: a whole file (`None`), or one sheet of it.
pub type Replaced = BTreeSet<(String, Option<String>)>;

fn replaced(row: &[String], what: &Replaced) -> bool {
    let (Some(file), Some(sheet)) = (row.first(), row.get(1)) else {
        return false;
    };
    what.contains(&(file.clone(), None)) || what.contains(&(file.clone(), Some(sheet.clone())))
}

/// Stores documents, replacing what the same files (or sheets) gave before. Every table is
/// merged before any is written, so a table that cannot be read changes nothing.
/// Returns the tables written.
pub fn save(ws: &Workspace, what: &Replaced, docs: &[Document]) -> anyhow::Result<Vec<PathBuf>> {
    let dir = ws.data_dir();
    std::fs::create_dir_all(&dir)
        .map_err(|e| input_error(format!("{}: cannot create: {e}", dir.display())))?;
    let mut merged = Vec::new();
    for table in tables(docs) {
        let path = dir.join(&table.name);
        if table.rows.is_empty() && !path.exists() {
            continue;
        }
        let bytes = merge(&path, what, table)?;
        merged.push((path, bytes));
    }
    for (path, bytes) in &merged {
        write_atomic(path, bytes)?;
    }
    Ok(merged.into_iter().map(|(p, _)| p).collect())
}

fn merge(path: &Path, what: &Replaced, mut table: Table) -> anyhow::Result<Vec<u8>> {
    if path.exists() {
        table.rows.extend(kept_rows(path, what, &table.header)?);
    }
    let rc = table.row_col;
    table.rows.sort_by(|a, b| {
        let key = |r: &Vec<String>| {
            let n: u32 = r.get(rc).and_then(|v| v.parse().ok()).unwrap_or(0);
            (r.first().cloned(), r.get(1).cloned(), n)
        };
        key(a).cmp(&key(b))
    });
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&table.header)?;
    for row in &table.rows {
        writer.write_record(row)?;
    }
    writer
        .into_inner()
        .map_err(|e| input_error(format!("{}: cannot write: {e}", path.display())))
}

/// The rows of a stored table that stay, re-ordered into `header`'s columns by name, so a
/// table written by an older lakip (or edited by hand) keeps its data.
fn kept_rows(path: &Path, what: &Replaced, header: &[String]) -> anyhow::Result<Vec<Vec<String>>> {
    let fail = |e: csv::Error| input_error(format!("{}: {e}", path.display()));
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(fail)?;
    let stored: Vec<String> = reader
        .headers()
        .map_err(fail)?
        .iter()
        .map(str::to_string)
        .collect();
    let position: Vec<Option<usize>> = header
        .iter()
        .map(|h| stored.iter().position(|s| s == h))
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(fail)?;
        let row: Vec<String> = position
            .iter()
            .map(|p| {
                p.and_then(|i| record.get(i))
                    .unwrap_or_default()
                    .to_string()
            })
            .collect();
        if !replaced(&row, what) {
            rows.push(row);
        }
    }
    Ok(rows)
}

fn tables(docs: &[Document]) -> Vec<Table> {
    let mut out = vec![
        documents(docs),
        signatures(docs),
        notices(docs),
        headings(docs),
        totals(docs),
    ];
    for kind in DocKind::ALL {
        out.push(if kind.is_indicator_table() {
            indicators(docs, kind)
        } else {
            items(docs, kind)
        });
    }
    out.push(budgets(docs));
    out
}

/// The columns of an indicator table, by kind; the loader reads them back by these names.
pub(super) fn indicator_columns(kind: DocKind) -> Vec<String> {
    let mut names = strings(&[
        "file",
        "sheet",
        "number",
        "sasaran",
        "indikator",
        "target",
        "target_cell",
    ]);
    match kind {
        DocKind::Kinerja => names.extend(strings(&[
            "realisasi",
            "realisasi_cell",
            "stated_capaian",
            "stated_capaian_cell",
        ])),
        DocKind::Rak => {
            names.extend(strings(&["aksi", "target_aksi"]));
            names.extend((1..=12).map(|m| format!("b{m}")));
            names.extend(strings(&["biaya", "biaya_cell", "pelaksana"]));
        }
        _ => {}
    }
    names.extend(strings(&["polaritas", "cell", "row"]));
    names
}

fn indicators(docs: &[Document], kind: DocKind) -> Table {
    let header = indicator_columns(kind);
    let mut rows = Vec::new();
    for d in docs.iter().filter(|d| d.kind == kind) {
        for i in &d.indicators {
            let text = |t: &Option<String>| t.clone().unwrap_or_default();
            let written = |w: &Option<crate::model::Written>| match w {
                Some(w) => [w.text.clone(), w.cell.clone()],
                None => Default::default(),
            };
            let quantity = |q: &Option<Quantity>| match q {
                Some(q) => [encode(q), q.cell.to_string()],
                None => Default::default(),
            };
            let mut row = vec![
                d.file.clone(),
                d.sheet.clone(),
                text(&i.number),
                text(&i.sasaran),
                text(&i.indikator),
            ];
            row.extend(written(&i.target));
            match kind {
                DocKind::Kinerja => {
                    row.extend(written(&i.realisasi));
                    row.extend(quantity(&i.stated_capaian));
                }
                DocKind::Rak => {
                    row.extend([text(&i.aksi), text(&i.target_aksi)]);
                    row.extend((0..12).map(|m| i.jadwal.get(m).cloned().unwrap_or_default()));
                    row.extend(quantity(&i.biaya));
                    row.push(text(&i.pelaksana));
                }
                _ => {}
            }
            row.extend([
                text(&i.polaritas),
                i.location.cell.clone(),
                i.location.row.to_string(),
            ]);
            rows.push(row);
        }
    }
    let row_col = header.len() - 1;
    Table {
        name: format!("{}.csv", kind.name()),
        header,
        rows,
        row_col,
    }
}

/// The program budget lines under PK tables.
fn budgets(docs: &[Document]) -> Table {
    let header = strings(&[
        "file",
        "sheet",
        "number",
        "program",
        "anggaran",
        "anggaran_cell",
        "cell",
        "row",
    ]);
    let mut rows = Vec::new();
    for d in docs {
        for b in &d.budgets {
            rows.push(vec![
                d.file.clone(),
                d.sheet.clone(),
                b.number.clone().unwrap_or_default(),
                b.program.clone(),
                encode(&b.anggaran),
                b.anggaran.cell.to_string(),
                b.location.cell.clone(),
                b.location.row.to_string(),
            ]);
        }
    }
    Table {
        name: "program_anggaran.csv".into(),
        header,
        rows,
        row_col: 7,
    }
}

fn strings(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

fn documents(docs: &[Document]) -> Table {
    let mut header = strings(&["file", "sheet", "kind", "kind_reason", "fields", "title"]);
    header.extend(RowClass::ALL.iter().map(|c| format!("rows_{}", c.name())));
    let rows = docs
        .iter()
        .map(|d| {
            let mut row = vec![
                d.file.clone(),
                d.sheet.clone(),
                d.kind.name().to_string(),
                d.kind_reason.clone(),
                d.fields
                    .iter()
                    .map(|f| f.name())
                    .collect::<Vec<_>>()
                    .join(" "),
                d.title.join(" | "),
            ];
            row.extend(d.row_counts().values().map(|n| n.to_string()));
            row
        })
        .collect();
    Table {
        name: "documents.csv".into(),
        header,
        rows,
        row_col: 1,
    }
}

fn notices(docs: &[Document]) -> Table {
    let header = strings(&["file", "sheet", "kind", "message", "cell", "row"]);
    let rows = docs
        .iter()
        .flat_map(|d| {
            d.notices.iter().map(|n| {
                vec![
                    d.file.clone(),
                    d.sheet.clone(),
                    n.kind.name().to_string(),
                    n.message.clone(),
                    n.location.cell.clone(),
                    n.location.row.to_string(),
                ]
            })
        })
        .collect();
    Table {
        name: "notices.csv".into(),
        header,
        rows,
        row_col: 5,
    }
}

fn signatures(docs: &[Document]) -> Table {
    let header = strings(&[
        "file", "sheet", "tempat", "tanggal", "jabatan", "nama", "nip", "cell", "row",
    ]);
    let mut rows = Vec::new();
    for d in docs {
        for sig in &d.signatures {
            let location = sig.location.clone().unwrap_or_default();
            rows.push(vec![
                d.file.clone(),
                d.sheet.clone(),
                sig.place.clone().unwrap_or_default(),
                sig.date.clone().unwrap_or_default(),
                sig.jabatan.join(" | "),
                sig.name.clone().unwrap_or_default(),
                sig.nip.clone().unwrap_or_default(),
                location.cell,
                location.row.to_string(),
            ]);
        }
    }
    Table {
        name: "signatures.csv".into(),
        header,
        rows,
        row_col: 8,
    }
}

fn amount_header(header: &mut Vec<String>) {
    header.extend(AMOUNT_FIELDS.iter().map(|f| f.name().to_string()));
    header.extend(AMOUNT_FIELDS.iter().map(|f| format!("{}_cell", f.name())));
}

fn amount_values(amounts: &Amounts, row: &mut Vec<String>) {
    row.extend(
        AMOUNT_FIELDS
            .iter()
            .map(|f| amounts.get(f).map(encode).unwrap_or_default()),
    );
    row.extend(AMOUNT_FIELDS.iter().map(|f| {
        amounts
            .get(f)
            .map(|q| q.cell.to_string())
            .unwrap_or_default()
    }));
}

/// Reads back the stored form of a quantity; `None` for an empty cell.
pub fn decode(text: &str, cell: &str) -> Result<Option<Quantity>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    let cell = CellRef::parse(cell).ok_or_else(|| format!("{cell:?} is not a cell name"))?;
    let mut q = Quantity::at(cell);
    match text {
        "-" => {
            q.dash = true;
            q.value = Some(rust_decimal::Decimal::ZERO);
        }
        f if f.starts_with('=') => q.set_uncomputed_formula(f[1..].to_string()),
        e if e.starts_with('#') => q.set_error(e.to_string()),
        v => {
            q.value = Some(
                v.parse()
                    .map_err(|_| format!("\"{v}\" is not an exact decimal"))?,
            )
        }
    }
    Ok(Some(q))
}

/// The stored form of a quantity (see the module documentation).
pub fn encode(q: &Quantity) -> String {
    if let Some(e) = q.error() {
        return e.to_string();
    }
    match (q.uncomputed_formula(), q.dash, q.value) {
        (Some(f), _, _) => format!("={f}"),
        (None, true, _) => "-".to_string(),
        (None, false, Some(v)) => numbers::canonical(v),
        (None, false, None) => String::new(),
    }
}

fn headings(docs: &[Document]) -> Table {
    let mut header = strings(&[
        "file", "sheet", "id", "parent", "level", "code", "number", "text",
    ]);
    amount_header(&mut header);
    header.extend(strings(&["cell", "row"]));
    let mut rows = Vec::new();
    for d in docs {
        for (id, h) in d.headings.iter().enumerate() {
            let mut row = vec![
                d.file.clone(),
                d.sheet.clone(),
                id.to_string(),
                h.parent.map(|p| p.to_string()).unwrap_or_default(),
                h.level.name().to_string(),
                h.code.clone().unwrap_or_default(),
                h.number.clone().unwrap_or_default(),
                h.text.clone(),
            ];
            amount_values(&h.stated, &mut row);
            row.extend([h.location.cell.clone(), h.location.row.to_string()]);
            rows.push(row);
        }
    }
    let row_col = header.len() - 1;
    Table {
        name: "headings.csv".into(),
        header,
        rows,
        row_col,
    }
}

fn totals(docs: &[Document]) -> Table {
    let mut header = strings(&["file", "sheet", "heading", "from_row", "path", "label"]);
    amount_header(&mut header);
    header.extend(strings(&["cell", "row"]));
    let mut rows = Vec::new();
    for d in docs {
        for t in &d.totals {
            let mut row = vec![
                d.file.clone(),
                d.sheet.clone(),
                t.heading.map(|h| h.to_string()).unwrap_or_default(),
                t.from_row.to_string(),
                d.path(t.heading).join(" > "),
                t.label.clone(),
            ];
            amount_values(&t.stated, &mut row);
            row.extend([t.location.cell.clone(), t.location.row.to_string()]);
            rows.push(row);
        }
    }
    let row_col = header.len() - 1;
    Table {
        name: "totals.csv".into(),
        header,
        rows,
        row_col,
    }
}

fn items(docs: &[Document], kind: DocKind) -> Table {
    let mut header = strings(&[
        "file", "sheet", "heading", "path", "code", "number", "uraian",
    ]);
    if kind == DocKind::Rkt {
        header.extend(strings(&["sasaran", "indikator", "output", "ket"]));
    }
    let fields = kind.amount_fields();
    header.extend(fields.iter().map(|f| f.name().to_string()));
    header.extend(fields.iter().map(|f| format!("{}_cell", f.name())));
    header.extend(strings(&["cell", "row"]));
    let mut rows = Vec::new();
    for d in docs.iter().filter(|d| d.kind == kind) {
        for i in &d.items {
            let mut row = vec![
                d.file.clone(),
                d.sheet.clone(),
                i.heading.map(|h| h.to_string()).unwrap_or_default(),
                d.path(i.heading).join(" > "),
                i.code.clone().unwrap_or_default(),
                i.number.clone().unwrap_or_default(),
                i.uraian.clone(),
            ];
            if kind == DocKind::Rkt {
                for t in [&i.sasaran, &i.indikator, &i.output, &i.ket] {
                    row.push(t.clone().unwrap_or_default());
                }
            }
            row.extend(
                fields
                    .iter()
                    .map(|f| i.amounts.get(f).map(encode).unwrap_or_default()),
            );
            row.extend(fields.iter().map(|f| {
                i.amounts
                    .get(f)
                    .map(|q| q.cell.to_string())
                    .unwrap_or_default()
            }));
            row.extend([i.location.cell.clone(), i.location.row.to_string()]);
            rows.push(row);
        }
    }
    let row_col = header.len() - 1;
    Table {
        name: format!("{}.csv", kind.name()),
        header,
        rows,
        row_col,
    }
}
