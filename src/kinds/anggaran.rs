//! Realisasi anggaran: pagu, realisasi, the percentage and the sisa per program, kegiatan and
//! output (Tabel 3.1 of an LKj, a realisation report).

use super::{budget, CheckFamily, DocKind, Family, KindSpec, Purpose, SignedWhen};
use crate::layout::columns::{ColumnMap, Role};
use crate::model::{Document, Field, Item};
use crate::workspace::table::{self, amounts, field_columns, location, Attach, Record};
use serde::{Deserialize, Serialize};

pub const SPEC: KindSpec = KindSpec {
    kind: DocKind::Anggaran,
    name: "anggaran",
    label: "realisasi anggaran",
    family: Family::Budget,
    purpose: Purpose::Realisation,
    amount_fields: &[
        Field::Pagu,
        Field::Realisasi,
        Field::StatedPercent,
        Field::Sisa,
    ],
    precedence: 4,
    recognise,
    reads: budget::reads,
    fit,
    checks: &[
        CheckFamily::Totals,
        CheckFamily::Ratios,
        CheckFamily::Items,
        CheckFamily::SignatureDate,
    ],
    signed: Some(SignedWhen::AfterYear),
    tables: &[table::Table::of::<Row>()],
    view: None,
    export: None,
    levels: None,
};

fn recognise(columns: &ColumnMap) -> Option<&'static str> {
    let has = |r| columns.roles.contains_key(&r);
    (has(Role::Pagu) || has(Role::Realisasi)).then_some("the header has Pagu/Realisasi columns")
}

/// A lone `Anggaran` column in a realisation table is its pagu.
fn fit(columns: &mut ColumnMap) -> Result<(), String> {
    budget::fit(columns, DocKind::Anggaran, Role::Anggaran, Role::Pagu)
}

/// An item of `anggaran.csv`.
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
    pagu: String,
    realisasi: String,
    stated_percent: String,
    sisa: String,
    pagu_cell: String,
    realisasi_cell: String,
    stated_percent_cell: String,
    sisa_cell: String,
    cell: String,
    row: u32,
}

impl Record for Row {
    const FILE: &'static str = "anggaran.csv";

    fn rows(doc: &Document) -> Vec<Row> {
        if doc.kind != DocKind::Anggaran {
            return Vec::new();
        }
        doc.items()
            .iter()
            .map(|i| {
                let [(pagu, pagu_cell), (realisasi, realisasi_cell), (stated_percent, stated_percent_cell), (sisa, sisa_cell)] =
                    [Field::Pagu, Field::Realisasi, Field::StatedPercent, Field::Sisa]
                        .map(|f| field_columns(&i.amounts, f));
                Row {
                    file: doc.file.clone(),
                    sheet: doc.sheet.clone(),
                    heading: i.heading,
                    path: doc.path(i.heading).join(" > "),
                    code: i.code.clone(),
                    number: i.number.clone(),
                    uraian: i.uraian.clone(),
                    pagu,
                    realisasi,
                    stated_percent,
                    sisa,
                    pagu_cell,
                    realisasi_cell,
                    stated_percent_cell,
                    sisa_cell,
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
        let amounts = amounts(&[
            (Field::Pagu, &self.pagu, &self.pagu_cell),
            (Field::Realisasi, &self.realisasi, &self.realisasi_cell),
            (
                Field::StatedPercent,
                &self.stated_percent,
                &self.stated_percent_cell,
            ),
            (Field::Sisa, &self.sisa, &self.sisa_cell),
        ])?;
        budget::tree_of(doc)?.items.push(Item {
            heading: self.heading,
            code: self.code,
            number: self.number,
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
