//! Perjanjian Kinerja: the sasaran, indikator and target a unit agrees to for the year, with
//! the program budgets under the table and the two parties' signatures.

use super::{performance, CheckFamily, DocKind, Family, KindSpec, Purpose};
use crate::layout::columns::{ColumnMap, Role};
use crate::model::{Document, Field, ProgramBudget};
use crate::workspace::table::{self, columns, decode, location, Attach, Record};
use serde::{Deserialize, Serialize};

pub const SPEC: KindSpec = KindSpec {
    kind: DocKind::Pk,
    name: "pk",
    label: "PK",
    family: Family::Performance,
    purpose: Purpose::Agreement,
    amount_fields: &[Field::Amount],
    precedence: 3,
    recognise,
    reads: performance::reads,
    fit,
    checks: &[CheckFamily::Numbering, CheckFamily::Indikator],
    signed: None,
    tables: &[table::Table::of::<Row>(), table::Table::of::<BudgetRow>()],
    view: None,
    export: None,
    levels: None,
    form: Some(&FORM),
};

fn recognise(columns: &ColumnMap) -> Option<&'static str> {
    let has = |r| columns.roles.contains_key(&r);
    (has(Role::Target) && (has(Role::Indikator) || has(Role::Sasaran))).then_some("kind-reason-pk")
}

fn fit(columns: &mut ColumnMap) -> Result<(), String> {
    performance::fit(columns, DocKind::Pk, &[])
}

/// An indikator of `pk.csv`.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Row {
    file: String,
    sheet: String,
    number: Option<Box<str>>,
    sasaran: Option<String>,
    indikator: Option<String>,
    target: Option<String>,
    target_cell: String,
    polaritas: Option<Box<str>>,
    cell: String,
    row: u32,
}

impl Record for Row {
    const FILE: &'static str = "pk.csv";

    fn rows(doc: &Document) -> Vec<Row> {
        let indicators = performance::indicators_of(doc, DocKind::Pk);
        indicators
            .iter()
            .map(|i| {
                let (target, target_cell) = performance::written_columns(i.target.as_ref());
                Row {
                    file: doc.file.clone(),
                    sheet: doc.sheet.clone(),
                    number: i.number.clone(),
                    sasaran: i.sasaran.as_deref().map(str::to_string),
                    indikator: i.indikator.clone(),
                    target,
                    target_cell,
                    polaritas: i.polaritas.clone(),
                    cell: i.location.cell.to_string(),
                    row: i.location.row,
                }
            })
            .collect()
    }

    fn source(&self) -> (&str, &str, u32) {
        (&self.file, &self.sheet, self.row)
    }
}

impl Attach for Row {
    fn attach(self, doc: &mut Document) -> Result<(), String> {
        let indicator = performance::indicator(
            self.number,
            self.sasaran,
            self.indikator,
            performance::written(self.target, &self.target_cell)?,
            self.polaritas,
            (&self.file, &self.sheet, &self.cell, self.row),
        );
        performance::table_of(doc)?.indicators.push(indicator);
        Ok(())
    }
}

/// A program budget line under a PK table, in `program_anggaran.csv`.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BudgetRow {
    file: String,
    sheet: String,
    number: Option<String>,
    program: String,
    anggaran: String,
    anggaran_cell: String,
    cell: String,
    row: u32,
}

impl Record for BudgetRow {
    const FILE: &'static str = "program_anggaran.csv";

    /// The budget lines, then the total they state (its label tells it apart on reading).
    fn rows(doc: &Document) -> Vec<BudgetRow> {
        doc.budgets()
            .iter()
            .chain(doc.budget_total())
            .map(|b| {
                let (anggaran, anggaran_cell) = columns(Some(&b.anggaran));
                BudgetRow {
                    file: doc.file.clone(),
                    sheet: doc.sheet.clone(),
                    number: b.number.clone(),
                    program: b.program.clone(),
                    anggaran,
                    anggaran_cell,
                    cell: b.location.cell.to_string(),
                    row: b.location.row,
                }
            })
            .collect()
    }

    fn source(&self) -> (&str, &str, u32) {
        (&self.file, &self.sheet, self.row)
    }
}

impl Attach for BudgetRow {
    fn attach(self, doc: &mut Document) -> Result<(), String> {
        let anggaran = decode(&self.anggaran, &self.anggaran_cell)?
            .ok_or_else(|| crate::t!("kind-stored-anggaran-empty"))?;
        let line = ProgramBudget {
            number: self.number,
            program: self.program,
            anggaran,
            location: location(&self.file, &self.sheet, &self.cell, self.row),
        };
        let table = performance::table_of(doc)?;
        // The layout reads a line labelled as a total (`TOTAL ANGGARAN`) as the total.
        if crate::layout::lines::is_total(Some(&line.program)) && table.budget_total.is_none() {
            table.budget_total = Some(line);
        } else {
            table.budgets.push(line);
        }
        Ok(())
    }
}

use super::form::{self, Example, Form, EXAMPLE_INDIKATOR as EX};

/// A PK row of the examples: the n-th example indikator with its target.
const fn example(n: usize) -> [Example; 6] {
    let (sasaran, indikator, target, satuan) = EX[n];
    [
        Example::Text(NUMBERS[n]),
        Example::Text(sasaran),
        Example::Text(indikator),
        Example::Number(target),
        Example::Text(satuan),
        Example::Text("naik"),
    ]
}

/// The row numbers of the examples.
const NUMBERS: [&str; 4] = ["1", "2", "3", "4"];

/// The blank PK `lakip template pk` writes: one row per indikator, its target as a number
/// with its unit in Satuan.
pub const FORM: Form = Form {
    sheet: "PK",
    title: "PERJANJIAN KINERJA",
    columns: &[
        form::NO,
        form::SASARAN,
        form::INDIKATOR,
        form::TARGET,
        form::SATUAN_COLUMN,
        form::POLARITAS_COLUMN,
    ],
    examples: &[&example(0), &example(1), &example(2), &example(3)],
    notes: &[
        "Satu baris untuk setiap indikator. Bila satu sasaran punya beberapa indikator, tulis No dan Sasaran pada baris indikator pertamanya saja.",
        "Tanda tangan para pihak dibuat pada dokumen PK yang dicetak; lembar ini cukup memuat tabelnya.",
    ],
};
