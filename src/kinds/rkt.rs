//! Rencana Kerja Tahunan: the year's work plan, program → kegiatan → output, with sasaran,
//! indikator and the estimated anggaran of each activity.

use super::{budget, CheckFamily, DocKind, Family, KindSpec, Purpose, SignedWhen};
use crate::layout::columns::{ColumnMap, Role};
use crate::model::{Document, Field, Item};
use crate::workspace::table::{self, amounts, field_columns, location, Attach, Record};
use serde::{Deserialize, Serialize};

pub const SPEC: KindSpec = KindSpec {
    kind: DocKind::Rkt,
    name: "rkt",
    label: "RKT",
    family: Family::Budget,
    purpose: Purpose::Plan,
    amount_fields: &[Field::Amount],
    precedence: 5,
    recognise,
    reads: |role| {
        budget::reads(role)
            || matches!(
                role,
                Role::Sasaran | Role::Indikator | Role::Output | Role::Ket
            )
    },
    fit,
    checks: &[
        CheckFamily::Totals,
        CheckFamily::Ratios,
        CheckFamily::Items,
        CheckFamily::SignatureDate,
    ],
    signed: Some(SignedWhen::NotAfterYear),
    tables: &[table::Table::of::<Row>()],
    view: None,
    export: None,
    levels: None,
};

fn recognise(columns: &ColumnMap) -> Option<&'static str> {
    let has = |r| columns.roles.contains_key(&r);
    let text = has(Role::Uraian) || has(Role::ProgramKegiatan) || has(Role::Sasaran);
    (has(Role::Anggaran) && text)
        .then_some("the header has an anggaran column beside uraian/sasaran columns")
}

/// A lone `Pagu` column in an RKT is its anggaran.
fn fit(columns: &mut ColumnMap) -> Result<(), String> {
    budget::fit(columns, DocKind::Rkt, Role::Pagu, Role::Anggaran)
}

/// An item of `rkt.csv`.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Row {
    file: String,
    sheet: String,
    heading: Option<usize>,
    path: String,
    code: Option<String>,
    number: Option<String>,
    uraian: String,
    sasaran: Option<String>,
    indikator: Option<String>,
    output: Option<String>,
    ket: Option<String>,
    amount: String,
    amount_cell: String,
    cell: String,
    row: u32,
}

impl Record for Row {
    const FILE: &'static str = "rkt.csv";

    fn rows(doc: &Document) -> Vec<Row> {
        if doc.kind != DocKind::Rkt {
            return Vec::new();
        }
        doc.items()
            .iter()
            .map(|i| {
                let (amount, amount_cell) = field_columns(&i.amounts, Field::Amount);
                Row {
                    file: doc.file.clone(),
                    sheet: doc.sheet.clone(),
                    heading: i.heading,
                    path: doc.path(i.heading).join(" > "),
                    code: i.code.clone(),
                    number: i.number.clone(),
                    uraian: i.uraian.clone(),
                    sasaran: i.sasaran.clone(),
                    indikator: i.indikator.clone(),
                    output: i.output.clone(),
                    ket: i.ket.clone(),
                    amount,
                    amount_cell,
                    cell: i.location.cell.clone(),
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
        let amounts = amounts(&[(Field::Amount, &self.amount, &self.amount_cell)])?;
        budget::tree_of(doc)?.items.push(Item {
            heading: self.heading,
            code: self.code,
            number: self.number,
            amounts,
            location: location(&self.file, &self.sheet, &self.cell, self.row),
            uraian: self.uraian,
            sasaran: self.sasaran,
            indikator: self.indikator,
            output: self.output,
            ket: self.ket,
        });
        Ok(())
    }
}
