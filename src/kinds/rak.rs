//! Rencana Aksi: per indikator the actions planned, their own target, the months they run in
//! (a column per month, or per quarter), their cost and who carries them out.

use super::{performance, CheckFamily, DocKind, Family, KindSpec, Purpose, Shown, View};
use crate::layout::columns::{ColumnMap, Role};
use crate::model::{Document, Field, Indicator};
use crate::workspace::table::{self, Attach, Record};
use serde::{Deserialize, Serialize};

pub const SPEC: KindSpec = KindSpec {
    kind: DocKind::Rak,
    name: "rak",
    label: "RAK",
    family: Family::Performance,
    purpose: Purpose::ActionPlan,
    amount_fields: &[Field::Biaya],
    precedence: 1,
    recognise,
    reads: |role| {
        performance::reads(role)
            || matches!(
                role,
                Role::Aksi | Role::TargetAksi | Role::Month(_) | Role::Pelaksana
            )
    },
    fit,
    checks: &[CheckFamily::Schedule],
    signed: None,
    tables: &[table::Table::of::<Row>()],
    view: Some(View {
        header: |_| performance::header(&["Target", "Aksi", "Bulan", "Biaya", "Pelaksana"]),
        cells: view,
    }),
    export: None,
    levels: None,
};

fn recognise(columns: &ColumnMap) -> Option<&'static str> {
    let has = |r| columns.roles.contains_key(&r);
    if columns.months() >= 3 || has(Role::Aksi) {
        return Some("the header has a monthly schedule or a kegiatan/aksi column");
    }
    let planned = has(Role::Anggaran) || has(Role::Pelaksana);
    (has(Role::Target) && planned && !has(Role::Pagu) && !has(Role::Realisasi))
        .then_some("the header has Target beside a biaya or pelaksana column")
}

/// A RAK's anggaran is the actions' biaya, its uraian the actions.
fn fit(columns: &mut ColumnMap) -> Result<(), String> {
    columns.rename(Role::Anggaran, Role::Biaya);
    columns.rename(Role::Uraian, Role::Aksi);
    performance::fit(columns, DocKind::Rak, &[Role::Biaya])
}

fn view<'a>(_: &'a Document, i: &'a Indicator) -> Vec<Shown<'a>> {
    vec![
        performance::target(i),
        Shown::Short(i.aksi.as_deref(), 40),
        Shown::Count(i.scheduled_months()),
        Shown::Quantity(Field::Biaya, i.biaya.as_ref()),
        Shown::Short(i.pelaksana.as_deref(), 30),
    ]
}

/// An action of `rak.csv`; `b1`…`b12` are the schedule marks of January to December.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Row {
    file: String,
    sheet: String,
    number: Option<String>,
    sasaran: Option<String>,
    indikator: Option<String>,
    target: Option<String>,
    target_cell: String,
    aksi: Option<String>,
    target_aksi: Option<String>,
    b1: String,
    b2: String,
    b3: String,
    b4: String,
    b5: String,
    b6: String,
    b7: String,
    b8: String,
    b9: String,
    b10: String,
    b11: String,
    b12: String,
    biaya: String,
    biaya_cell: String,
    pelaksana: Option<String>,
    polaritas: Option<String>,
    cell: String,
    row: u32,
}

impl Record for Row {
    const FILE: &'static str = "rak.csv";

    fn rows(doc: &Document) -> Vec<Row> {
        let indicators = performance::indicators_of(doc, DocKind::Rak);
        indicators
            .iter()
            .map(|i| {
                let (target, target_cell) = performance::written_columns(&i.target);
                let (biaya, biaya_cell) = performance::quantity_columns(&i.biaya);
                let month = |m: usize| i.jadwal.get(m).cloned().unwrap_or_default();
                let [b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12] =
                    std::array::from_fn(month);
                Row {
                    file: doc.file.clone(),
                    sheet: doc.sheet.clone(),
                    number: i.number.clone(),
                    sasaran: i.sasaran.clone(),
                    indikator: i.indikator.clone(),
                    target,
                    target_cell,
                    aksi: i.aksi.clone(),
                    target_aksi: i.target_aksi.clone(),
                    b1,
                    b2,
                    b3,
                    b4,
                    b5,
                    b6,
                    b7,
                    b8,
                    b9,
                    b10,
                    b11,
                    b12,
                    biaya,
                    biaya_cell,
                    pelaksana: i.pelaksana.clone(),
                    polaritas: i.polaritas.clone(),
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
        let biaya = performance::quantity(&self.biaya, &self.biaya_cell)?;
        let jadwal = [
            self.b1, self.b2, self.b3, self.b4, self.b5, self.b6, self.b7, self.b8, self.b9,
            self.b10, self.b11, self.b12,
        ];
        let indicator = Indicator {
            aksi: self.aksi,
            target_aksi: self.target_aksi,
            jadwal: jadwal.into(),
            biaya,
            pelaksana: self.pelaksana,
            ..performance::indicator(
                self.number,
                self.sasaran,
                self.indikator,
                performance::written(self.target, self.target_cell),
                self.polaritas,
                (&self.file, &self.sheet, &self.cell, self.row),
            )
        };
        performance::table_of(doc)?.indicators.push(indicator);
        Ok(())
    }
}
