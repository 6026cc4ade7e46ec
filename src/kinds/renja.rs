//! The evaluation of the Renja (Evaluasi Terhadap Hasil RKPD/Renja, Permendagri 86/2017):
//! per urusan, program, kegiatan and sub kegiatan, with its indikator, the kinerja (K) and the
//! rupiah (Rp.) of the Renstra's target, the Renstra's realisasi up to last year, the Renja's
//! target, the realisasi of each triwulan, of the year and of the Renstra up to this year, and
//! the tingkat capaian. The Rp. columns are its amounts, added up its hierarchy; the K columns
//! (in each indikator's unit) are read beside them and checked by the form's own column
//! formulas, never added up. The `%` sub-columns of the triwulan are reported as not read.

use super::{budget, CheckFamily, DocKind, Family, KindSpec, Levels, Purpose};
use crate::layout::columns::{ColumnMap, Role};
use crate::model::{ColumnNumber, Document, Field, Item, Level};
use crate::workspace::table::{self, amounts, field_columns, location, Attach, Record};
use serde::{Deserialize, Serialize};

pub const SPEC: KindSpec = KindSpec {
    kind: DocKind::Renja,
    name: "renja",
    label: "evaluasi Renja",
    family: Family::Budget,
    purpose: Purpose::Realisation,
    amount_fields: &AMOUNTS,
    // With the Renstra, before every other kind: its header names Target and Realisasi too.
    precedence: 0,
    recognise,
    reads: |role| budget::reads(role) || role == Role::Indikator,
    fit,
    checks: &[
        CheckFamily::Totals,
        CheckFamily::Items,
        CheckFamily::ColumnFormulas,
    ],
    // Evaluated each triwulan, the form is signed when the quarter closes: the year's
    // December is as right as the next January.
    signed: None,
    tables: &[
        table::Table::of::<Row>(),
        table::Table::of::<StatedRow>(),
        table::Table::of::<ColumnRow>(),
    ],
    view: None,
    export: None,
    levels: Some(&LEVELS),
    form: None,
};

/// The form's tree: urusan, bidang urusan, program and kegiatan over the sub kegiatan rows;
/// `lakip realisasi` shows it down to the kegiatan.
const LEVELS: Levels = Levels {
    names: &["urusan", "bidang_urusan", "program", "kegiatan"],
    realisasi_depth: Level::RincianOutput,
};

/// The Rp. columns in the form's order (its columns 6 to 14), then the tingkat capaian (15):
/// in `renja.csv`, one value and one cell column each.
const RP: [Field; 10] = [
    Field::TargetRenstra,
    Field::RenstraLalu,
    Field::Pagu,
    Field::Tw1,
    Field::Tw2,
    Field::Tw3,
    Field::Tw4,
    Field::Realisasi,
    Field::RenstraSd,
    Field::StatedPercent,
];

/// The K sub-column beside each Rp. column (columns 6 to 15 again, in the indikator's unit).
const K: [Field; 10] = [
    Field::KTargetRenstra,
    Field::KRenstraLalu,
    Field::KTarget,
    Field::KTw1,
    Field::KTw2,
    Field::KTw3,
    Field::KTw4,
    Field::KRealisasi,
    Field::KRenstraSd,
    Field::KCapaian,
];

/// Every column the form's rows state: the Rp. columns, then the K columns.
const AMOUNTS: [Field; 20] = {
    let mut all = [Field::Pagu; 20];
    let mut i = 0;
    while i < 10 {
        all[i] = RP[i];
        all[i + 10] = K[i];
        i += 1;
    }
    all
};

/// Only a header of K / Rp. sub-columns under `Realisasi Kinerja Pada Triwulan I … IV` and a
/// `Target Renstra` names these roles (see `layout::units`).
fn recognise(columns: &ColumnMap) -> Option<&'static str> {
    let has = |f| columns.roles.contains_key(&Role::Rp(f));
    let quarters = [Field::Tw1, Field::Tw2, Field::Tw3, Field::Tw4];
    (quarters.into_iter().all(has) && has(Field::TargetRenstra)).then_some("kind-reason-renja")
}

fn fit(columns: &mut ColumnMap) -> Result<(), String> {
    budget::fit(columns, DocKind::Renja, Role::Anggaran, Role::Pagu)
}

/// An item of `renja.csv`: its place, texts, and every Rp. amount with its cell.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Row {
    file: String,
    sheet: String,
    heading: Option<usize>,
    path: String,
    number: Option<String>,
    uraian: String,
    indikator: Option<String>,
    target_renstra: String,
    renstra_lalu: String,
    pagu: String,
    tw1: String,
    tw2: String,
    tw3: String,
    tw4: String,
    realisasi: String,
    renstra_sd: String,
    stated_percent: String,
    target_renstra_cell: String,
    renstra_lalu_cell: String,
    pagu_cell: String,
    tw1_cell: String,
    tw2_cell: String,
    tw3_cell: String,
    tw4_cell: String,
    realisasi_cell: String,
    renstra_sd_cell: String,
    stated_percent_cell: String,
    cell: String,
    row: u32,
}

impl Row {
    /// The value and cell columns of each of [`RP`], in order.
    fn columns(&mut self) -> [(&mut String, &mut String); 10] {
        [
            (&mut self.target_renstra, &mut self.target_renstra_cell),
            (&mut self.renstra_lalu, &mut self.renstra_lalu_cell),
            (&mut self.pagu, &mut self.pagu_cell),
            (&mut self.tw1, &mut self.tw1_cell),
            (&mut self.tw2, &mut self.tw2_cell),
            (&mut self.tw3, &mut self.tw3_cell),
            (&mut self.tw4, &mut self.tw4_cell),
            (&mut self.realisasi, &mut self.realisasi_cell),
            (&mut self.renstra_sd, &mut self.renstra_sd_cell),
            (&mut self.stated_percent, &mut self.stated_percent_cell),
        ]
    }

    /// The amounts of its value and cell columns.
    fn amounts(&mut self) -> Result<crate::model::Amounts, String> {
        let stored: Vec<(Field, String, String)> = RP
            .iter()
            .zip(self.columns())
            .map(|(f, (v, c))| (*f, std::mem::take(v), std::mem::take(c)))
            .collect();
        let triples: Vec<(Field, &str, &str)> = stored
            .iter()
            .map(|(f, v, c)| (*f, v.as_str(), c.as_str()))
            .collect();
        amounts(&triples)
    }
}

impl Record for Row {
    const FILE: &'static str = "renja.csv";

    fn rows(doc: &Document) -> Vec<Row> {
        if doc.kind != DocKind::Renja {
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
                    number: i.number.clone(),
                    uraian: i.uraian.clone(),
                    indikator: i.indikator.clone(),
                    cell: i.location.cell.to_string(),
                    row: i.location.row,
                    ..Row::default()
                };
                for (field, (value, cell)) in RP.iter().zip(row.columns()) {
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
        let amounts = self.amounts()?;
        budget::tree_of(doc)?.items.push(Item {
            heading: self.heading,
            code: None,
            number: self.number,
            amounts,
            location: location(&self.file, &self.sheet, &self.cell, self.row),
            uraian: self.uraian,
            sasaran: None,
            indikator: self.indikator,
            output: None,
            ket: None,
        });
        Ok(())
    }
}

/// The Rp. amounts only the Renja evaluation states that a heading or total row states for
/// itself: the budget family's tables keep pagu, realisasi and %.
const OWN: [Field; 7] = [
    Field::TargetRenstra,
    Field::RenstraLalu,
    Field::Tw1,
    Field::Tw2,
    Field::Tw3,
    Field::Tw4,
    Field::RenstraSd,
];

/// A row of `renja_stated.csv`: one amount a heading or total states of [`OWN`], or the K of
/// any row, found again by its row.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StatedRow {
    file: String,
    sheet: String,
    field: String,
    value: String,
    value_cell: String,
    cell: String,
    row: u32,
}

impl Record for StatedRow {
    const FILE: &'static str = "renja_stated.csv";

    fn rows(doc: &Document) -> Vec<StatedRow> {
        if doc.kind != DocKind::Renja {
            return Vec::new();
        }
        let own: Vec<Field> = OWN.into_iter().chain(K).collect();
        let headings = doc
            .headings()
            .iter()
            .map(|h| (&h.stated, &h.location, &own[..]));
        let totals = doc
            .totals()
            .iter()
            .map(|t| (&t.stated, &t.location, &own[..]));
        let items = doc
            .items()
            .iter()
            .map(|i| (&i.amounts, &i.location, &K[..]));
        let mut out = Vec::new();
        for (stated, at, fields) in headings.chain(totals).chain(items) {
            for field in fields.iter().copied().filter(|f| stated.contains_key(f)) {
                let (value, value_cell) = field_columns(stated, field);
                out.push(StatedRow {
                    file: doc.file.clone(),
                    sheet: doc.sheet.clone(),
                    field: field.name().to_string(),
                    value,
                    value_cell,
                    cell: at.cell.to_string(),
                    row: at.row,
                });
            }
        }
        out
    }

    fn source(&self) -> (&str, &str, u32) {
        (&self.file, &self.sheet, self.row)
    }
}

impl Attach for StatedRow {
    fn attach(self, doc: &mut Document) -> Result<(), String> {
        let field = OWN
            .into_iter()
            .chain(K)
            .find(|f| f.name() == self.field)
            .ok_or_else(|| crate::t!("kind-stored-unknown-field", field = &self.field))?;
        let stated = amounts(&[(field, &self.value, &self.value_cell)])?;
        let tree = budget::tree_of(doc)?;
        let row = self.row;
        let own = if let Some(h) = tree.headings.iter_mut().find(|h| h.location.row == row) {
            &mut h.stated
        } else if let Some(t) = tree.totals.iter_mut().find(|t| t.location.row == row) {
            &mut t.stated
        } else if let Ok(i) = tree.items.binary_search_by_key(&row, |i| i.location.row) {
            // Items are in sheet order, and a form has ten K cells a row.
            &mut tree.items[i].amounts
        } else {
            return Err(crate::t!(
                "kind-stored-no-row-for-field",
                row = row,
                field = field.name()
            ));
        };
        for (field, q) in stated.iter() {
            own.insert(*field, q.clone());
        }
        Ok(())
    }
}

/// A row of `renja_columns.csv`: an amount column's number in the column-number row and the
/// formula it states there, as written (the `column-formula` rule reads them back).
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ColumnRow {
    file: String,
    sheet: String,
    number: u32,
    field: String,
    formula: Option<String>,
    cell: String,
    /// The column-number row, for the row accounting of the stored table.
    row: u32,
}

impl Record for ColumnRow {
    const FILE: &'static str = "renja_columns.csv";

    fn rows(doc: &Document) -> Vec<ColumnRow> {
        if doc.kind != DocKind::Renja {
            return Vec::new();
        }
        doc.column_numbers
            .iter()
            .map(|n| ColumnRow {
                file: doc.file.clone(),
                sheet: doc.sheet.clone(),
                number: n.number,
                field: n.field.name().to_string(),
                formula: n.formula.clone(),
                cell: n.cell.clone(),
                row: n
                    .cell
                    .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                    .parse()
                    .unwrap_or(0),
            })
            .collect()
    }

    fn source(&self) -> (&str, &str, u32) {
        (&self.file, &self.sheet, self.row)
    }
}

impl Attach for ColumnRow {
    fn attach(self, doc: &mut Document) -> Result<(), String> {
        let field = RP
            .into_iter()
            .find(|f| f.name() == self.field)
            .ok_or_else(|| crate::t!("kind-stored-unknown-field", field = &self.field))?;
        doc.column_numbers.push(ColumnNumber {
            number: self.number,
            field,
            formula: self.formula,
            cell: self.cell,
        });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(roles: &[Role]) -> ColumnMap {
        let mut map = ColumnMap::default();
        for (col, role) in roles.iter().enumerate() {
            map.roles.insert(*role, col as u32);
        }
        map
    }

    /// Only the Rp. sub-columns of Target Renstra and all four triwulan make a renja: an
    /// anggaran header (Pagu, Realisasi) or a RAK's quarters do not.
    #[test]
    fn recognised_by_its_rp_sub_columns_alone() {
        let quarters = [Field::Tw1, Field::Tw2, Field::Tw3, Field::Tw4].map(Role::Rp);
        let mut full = quarters.to_vec();
        full.push(Role::Rp(Field::TargetRenstra));
        assert!(recognise(&with(&full)).is_some());
        assert!(recognise(&with(&quarters)).is_none());
        assert!(recognise(&with(&[Role::Uraian, Role::Pagu, Role::Realisasi])).is_none());
        assert!(recognise(&with(&[Role::Sasaran, Role::Month(1), Role::Month(4)])).is_none());
    }
}
