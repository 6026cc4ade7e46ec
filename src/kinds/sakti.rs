//! SAKTI's realisation report GLP039, "Laporan Ketersediaan Dana Detail": per program,
//! kegiatan, KRO, RO, komponen, sub-komponen, akun and item, the pagu revisi, the lock pagu,
//! the realisasi of the previous periods, of this period and up to this period (`s.d.
//! Periode`, the realisasi), the percentage as a fraction, and the sisa. Every level states
//! its own amounts; the title block names the satker and the period.

use super::{budget, CheckFamily, DocKind, Export, Family, KindSpec, Purpose};
use crate::layout::columns::{ColumnMap, Role};
use crate::model::{Document, Field, Item, Level};
use crate::workspace::table::{self, amounts, field_columns, location, Attach, Record};
use serde::{Deserialize, Serialize};

pub const SPEC: KindSpec = KindSpec {
    kind: DocKind::Sakti,
    name: "sakti",
    label: "SAKTI GLP039",
    family: Family::Budget,
    purpose: Purpose::Realisation,
    amount_fields: &FIELDS,
    // Before anggaran, whose Pagu and Realisasi columns a SAKTI header has too.
    precedence: 3,
    recognise,
    reads: budget::reads,
    fit,
    checks: &[CheckFamily::Totals, CheckFamily::Ratios, CheckFamily::Items],
    // The report is printed by the system, not signed.
    signed: None,
    tables: &[table::Table::of::<Row>(), table::Table::of::<StatedRow>()],
    view: None,
    export: Some(&EXPORT),
    levels: None,
    form: None,
};

const EXPORT: Export = Export {
    title: &["laporan ketersediaan dana"],
    identity,
    realisasi_depth: Level::RincianOutput,
};

/// The amount columns, in the report's order.
const FIELDS: [Field; 7] = [
    Field::Pagu,
    Field::LockPagu,
    Field::RealisasiLalu,
    Field::RealisasiIni,
    Field::Realisasi,
    Field::StatedPercent,
    Field::Sisa,
];

fn recognise(columns: &ColumnMap) -> Option<&'static str> {
    let has = |r| columns.roles.contains_key(&r);
    // A monthly realisation report names the same columns by the month (`s.d. Bulan Lalu`):
    // SAKTI's say `Periode`.
    let periode = [Role::RealisasiLalu, Role::RealisasiIni]
        .into_iter()
        .filter_map(|r| columns.roles.get(&r).and_then(|c| columns.names.get(c)))
        .any(|name| crate::layout::columns::normalize(name).contains("periode"));
    (has(Role::LockPagu) || periode).then_some("kind-reason-sakti")
}

/// The `%` column states a fraction (0,1344 for 13,44%), whatever its values.
fn fit(columns: &mut ColumnMap) -> Result<(), String> {
    budget::fit(columns, DocKind::Sakti, Role::Anggaran, Role::Pagu)?;
    if let Some(col) = columns.get(Role::Persen) {
        columns.fractions.insert(col);
    }
    Ok(())
}

/// `Kementerian : 036 KEMENTERIAN …`, `Unit Organisasi 01 …`, `Satuan Kerja : 427768
/// SEKRETARIAT …` and `Periode Juli 2025`, from the title block.
fn identity(doc: &Document) -> Vec<(&'static str, String)> {
    const LABELS: [(&str, &str, &str); 3] = [
        ("kementerian", "kementerian_kode", "kementerian"),
        ("unit organisasi", "unit_kode", "unit"),
        ("satuan kerja", "satker_kode", "satker"),
    ];
    let mut out = Vec::new();
    for line in &doc.title {
        let text = line.split_whitespace().collect::<Vec<_>>().join(" ");
        let lower = text.to_lowercase();
        // `get`, not slicing: a letter whose lower case is shorter would move the boundary.
        if let Some(periode) = lower
            .starts_with("periode ")
            .then(|| text.get("periode ".len()..))
            .flatten()
        {
            out.push(("periode", periode.to_string()));
        }
        for (label, code_key, name_key) in LABELS {
            let Some(rest) = lower
                .starts_with(label)
                .then(|| text.get(label.len()..))
                .flatten()
            else {
                continue;
            };
            let rest = rest.trim_start_matches([' ', ':']);
            let (code, name) = rest.split_once(' ').unwrap_or((rest, ""));
            if code.bytes().all(|b| b.is_ascii_digit()) && !code.is_empty() {
                out.push((code_key, code.to_string()));
                out.push((name_key, without_page(name)));
            }
        }
    }
    // The satker first: it is whose report this is.
    out.sort_by_key(|(k, _)| {
        ["satker", "kementerian", "unit", "periode"].map(|p| !k.starts_with(p))
    });
    out
}

/// A name without the page number printed beside it (`… PMK Hal 1 dari 5`).
fn without_page(name: &str) -> String {
    let cut = name.find(" Hal ").map_or(name, |at| &name[..at]);
    cut.trim().to_string()
}

/// An item of `sakti.csv`: its place, texts, and every amount with its cell.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Row {
    file: String,
    sheet: String,
    heading: Option<usize>,
    path: String,
    code: Option<String>,
    uraian: String,
    pagu: String,
    lock_pagu: String,
    realisasi_lalu: String,
    realisasi_ini: String,
    realisasi: String,
    stated_percent: String,
    sisa: String,
    pagu_cell: String,
    lock_pagu_cell: String,
    realisasi_lalu_cell: String,
    realisasi_ini_cell: String,
    realisasi_cell: String,
    stated_percent_cell: String,
    sisa_cell: String,
    cell: String,
    row: u32,
}

impl Row {
    /// The value and cell columns of each of [`FIELDS`], in order.
    fn columns(&mut self) -> [(&mut String, &mut String); 7] {
        [
            (&mut self.pagu, &mut self.pagu_cell),
            (&mut self.lock_pagu, &mut self.lock_pagu_cell),
            (&mut self.realisasi_lalu, &mut self.realisasi_lalu_cell),
            (&mut self.realisasi_ini, &mut self.realisasi_ini_cell),
            (&mut self.realisasi, &mut self.realisasi_cell),
            (&mut self.stated_percent, &mut self.stated_percent_cell),
            (&mut self.sisa, &mut self.sisa_cell),
        ]
    }
}

impl Record for Row {
    const FILE: &'static str = "sakti.csv";

    fn rows(doc: &Document) -> Vec<Row> {
        if doc.kind != DocKind::Sakti {
            return Vec::new();
        }
        doc.items()
            .iter()
            .map(|i| {
                let mut row = Row {
                    file: doc.file.clone(),
                    sheet: doc.sheet.clone(),
                    heading: i.heading,
                    path: doc.path(i.heading).join(" > "),
                    code: i.code.clone(),
                    uraian: i.uraian.clone(),
                    cell: i.location.cell.to_string(),
                    row: i.location.row,
                    ..Row::default()
                };
                for (field, (value, cell)) in FIELDS.iter().zip(row.columns()) {
                    (*value, *cell) = field_columns(&i.amounts, *field);
                }
                row
            })
            .collect()
    }

    fn source(&self) -> (&str, &str, u32) {
        (&self.file, &self.sheet, self.row)
    }
}

impl Attach for Row {
    fn attach(mut self, doc: &mut Document) -> Result<(), String> {
        let stored: Vec<(Field, String, String)> = FIELDS
            .iter()
            .zip(self.columns())
            .map(|(f, (v, c))| (*f, std::mem::take(v), std::mem::take(c)))
            .collect();
        let triples: Vec<(Field, &str, &str)> = stored
            .iter()
            .map(|(f, v, c)| (*f, v.as_str(), c.as_str()))
            .collect();
        let amounts = amounts(&triples)?;
        budget::tree_of(doc)?.items.push(Item {
            heading: self.heading,
            code: self.code,
            number: None,
            amounts,
            location: location(&self.file, &self.sheet, &self.cell, self.row),
            uraian: self.uraian,
            sasaran: None,
            indikator: None,
            output: None,
            ket: None,
        });
        Ok(())
    }
}

/// The amounts only SAKTI states that a heading or total row states for itself: the budget
/// family's tables (`headings.csv`, `totals.csv`) keep pagu, realisasi, % and sisa.
const OWN: [Field; 3] = [Field::LockPagu, Field::RealisasiLalu, Field::RealisasiIni];

/// A heading or total row of `sakti_stated.csv`: the lock pagu and the realisasi of the
/// periods it states, found again by its row.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StatedRow {
    file: String,
    sheet: String,
    lock_pagu: String,
    realisasi_lalu: String,
    realisasi_ini: String,
    lock_pagu_cell: String,
    realisasi_lalu_cell: String,
    realisasi_ini_cell: String,
    cell: String,
    row: u32,
}

impl Record for StatedRow {
    const FILE: &'static str = "sakti_stated.csv";

    fn rows(doc: &Document) -> Vec<StatedRow> {
        if doc.kind != DocKind::Sakti {
            return Vec::new();
        }
        let headings = doc.headings().iter().map(|h| (&h.stated, &h.location));
        let totals = doc.totals().iter().map(|t| (&t.stated, &t.location));
        headings
            .chain(totals)
            .filter(|(stated, _)| OWN.iter().any(|f| stated.contains_key(f)))
            .map(|(stated, at)| {
                let [(lock_pagu, lock_pagu_cell), (realisasi_lalu, realisasi_lalu_cell), (realisasi_ini, realisasi_ini_cell)] =
                    OWN.map(|f| field_columns(stated, f));
                StatedRow {
                    file: doc.file.clone(),
                    sheet: doc.sheet.clone(),
                    lock_pagu,
                    realisasi_lalu,
                    realisasi_ini,
                    lock_pagu_cell,
                    realisasi_lalu_cell,
                    realisasi_ini_cell,
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

impl Attach for StatedRow {
    fn attach(self, doc: &mut Document) -> Result<(), String> {
        let stated = amounts(&[
            (Field::LockPagu, &self.lock_pagu, &self.lock_pagu_cell),
            (
                Field::RealisasiLalu,
                &self.realisasi_lalu,
                &self.realisasi_lalu_cell,
            ),
            (
                Field::RealisasiIni,
                &self.realisasi_ini,
                &self.realisasi_ini_cell,
            ),
        ])?;
        let tree = budget::tree_of(doc)?;
        let row = self.row;
        let own = tree
            .headings
            .iter_mut()
            .find(|h| h.location.row == row)
            .map(|h| &mut h.stated)
            .or_else(|| {
                let totals = tree.totals.iter_mut();
                totals
                    .into_iter()
                    .find(|t| t.location.row == row)
                    .map(|t| &mut t.stated)
            })
            .ok_or_else(|| crate::t!("kind-stored-no-row-for-amounts", row = row))?;
        for (field, q) in stated.iter() {
            own.insert(*field, q.clone());
        }
        Ok(())
    }
}
