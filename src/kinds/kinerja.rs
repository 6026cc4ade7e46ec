//! The measurement table of BAB III: per indikator its target, realisasi and the capaian the
//! table states, in one table or one small table per `Sasaran n`.

use super::{performance, CheckFamily, DocKind, Family, KindSpec, Purpose, Shown, View};
use crate::layout::columns::{ColumnMap, Role};
use crate::model::{Document, Field, Indicator};
use crate::workspace::table::{self, Attach, Record};
use serde::{Deserialize, Serialize};

pub const SPEC: KindSpec = KindSpec {
    kind: DocKind::Kinerja,
    name: "kinerja",
    label: "BAB III",
    family: Family::Performance,
    purpose: Purpose::Measurement,
    amount_fields: &[Field::StatedCapaian],
    precedence: 2,
    recognise,
    reads: |role| performance::reads(role) || role == Role::Realisasi,
    fit,
    checks: &[CheckFamily::Capaian, CheckFamily::Indikator],
    signed: None,
    tables: &[table::Table::of::<Row>()],
    view: Some(View {
        header: |_| performance::header(&["Target", "Realisasi", "Capaian"]),
        cells: view,
    }),
    export: None,
    levels: None,
    form: Some(&FORM),
};

fn recognise(columns: &ColumnMap) -> Option<&'static str> {
    let has = |r| columns.roles.contains_key(&r);
    let measured = has(Role::Realisasi) || has(Role::Capaian) || has(Role::Persen);
    (has(Role::Target) && !has(Role::Pagu) && (measured || realisasi_as_sasaran(columns)))
        .then_some("kind-reason-kinerja")
}

/// BAB III tables head the realisasi column `Sasaran`, right of `Target` (seed 001):
/// the sasaran's own text never comes after its target.
fn realisasi_as_sasaran(columns: &ColumnMap) -> bool {
    match (columns.get(Role::Sasaran), columns.get(Role::Target)) {
        (Some(sasaran), Some(target)) => sasaran > target && columns.get(Role::Realisasi).is_none(),
        _ => false,
    }
}

fn fit(columns: &mut ColumnMap) -> Result<(), String> {
    if realisasi_as_sasaran(columns) {
        columns.rename(Role::Sasaran, Role::Realisasi);
    }
    // `Realisasi (%)` beside `Capaian`: the % column is the realisasi.
    if columns.get(Role::Capaian).is_some() {
        columns.rename(Role::Persen, Role::Realisasi);
    }
    columns.rename(Role::Persen, Role::Capaian);
    performance::fit(columns, DocKind::Kinerja, &[Role::Realisasi, Role::Capaian])
}

fn view<'a>(_: &'a Document, i: &'a Indicator) -> Vec<Shown<'a>> {
    vec![
        performance::target(i),
        Shown::Text(i.realisasi.as_ref().map(|w| w.text.as_ref())),
        Shown::Quantity(Field::StatedCapaian, i.stated_capaian.as_ref()),
    ]
}

/// An indikator of `kinerja.csv`.
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
    realisasi: Option<String>,
    realisasi_cell: String,
    stated_capaian: String,
    stated_capaian_cell: String,
    polaritas: Option<Box<str>>,
    cell: String,
    row: u32,
}

impl Record for Row {
    const FILE: &'static str = "kinerja.csv";

    fn rows(doc: &Document) -> Vec<Row> {
        let indicators = performance::indicators_of(doc, DocKind::Kinerja);
        indicators
            .iter()
            .map(|i| {
                let (target, target_cell) = performance::written_columns(i.target.as_ref());
                let (realisasi, realisasi_cell) =
                    performance::written_columns(i.realisasi.as_ref());
                let (stated_capaian, stated_capaian_cell) =
                    performance::quantity_columns(i.stated_capaian.as_ref());
                Row {
                    file: doc.file.clone(),
                    sheet: doc.sheet.clone(),
                    number: i.number.clone(),
                    sasaran: i.sasaran.as_deref().map(str::to_string),
                    indikator: i.indikator.clone(),
                    target,
                    target_cell,
                    realisasi,
                    realisasi_cell,
                    stated_capaian,
                    stated_capaian_cell,
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
        let stated_capaian =
            performance::quantity(&self.stated_capaian, &self.stated_capaian_cell)?;
        let indicator = Indicator {
            realisasi: performance::written(self.realisasi, &self.realisasi_cell)?,
            stated_capaian,
            ..performance::indicator(
                self.number,
                self.sasaran,
                self.indikator,
                performance::written(self.target, &self.target_cell)?,
                self.polaritas,
                (&self.file, &self.sheet, &self.cell, self.row),
            )
        };
        performance::table_of(doc)?.indicators.push(indicator);
        Ok(())
    }
}

use super::form::{self, Cell, Column, Example, Form, EXAMPLE_INDIKATOR as EX};

/// A row of the examples: the n-th example indikator, its realisasi and the capaian stated:
/// 100 of 100 is 100%; 97,5 of 98 is 97,5 ÷ 98 × 100 = 99,489… ≈ 99,49%; 14 of 12 kegiatan is
/// 14 ÷ 12 × 100 = 116,666… ≈ 116,67%.
const fn example(n: usize, realisasi: &'static str, capaian: &'static str) -> [Example; 8] {
    let (sasaran, indikator, target, satuan) = EX[n];
    [
        Example::Text(NUMBERS[n]),
        Example::Text(sasaran),
        Example::Text(indikator),
        Example::Number(target),
        Example::Text(satuan),
        Example::Number(realisasi),
        Example::Percent(capaian),
        Example::Text("naik"),
    ]
}

const NUMBERS: [&str; 4] = ["1", "2", "3", "4"];

/// The blank BAB III measurement table `lakip template kinerja` writes.
pub const FORM: Form = Form {
    sheet: "Pengukuran Kinerja",
    title: "PENGUKURAN KINERJA",
    columns: &[
        form::NO,
        form::SASARAN,
        form::INDIKATOR,
        form::TARGET,
        form::SATUAN_COLUMN,
        Column::new(
            "Realisasi",
            Role::Realisasi,
            Cell::Value,
            11.0,
            "Realisasi tahun ini, dalam satuan yang sama dengan targetnya.",
        ),
        Column::new(
            "Capaian (%)",
            Role::Capaian,
            Cell::Percent,
            12.0,
            "Capaian = realisasi ÷ target × 100 (untuk polaritas turun: (2 × target − realisasi) ÷ target × 100). Boleh dikosongkan: lakip menghitungnya; bila diisi, lakip check membandingkannya.",
        ),
        form::POLARITAS_COLUMN,
    ],
    examples: &[
        &example(0, "100", "100"),
        &example(1, "100", "100"),
        &example(2, "97.5", "99.49"),
        &example(3, "14", "116.67"),
    ],
    notes: &[
        "Satu baris untuk setiap indikator, dengan target dari Perjanjian Kinerja tahun ini.",
    ],
};
