//! Rencana Aksi: per indikator the actions planned, their own target, the months they run in
//! (a column per month, or per quarter), their cost and who carries them out.

use super::{performance, CheckFamily, DocKind, Family, KindSpec, Purpose, Shown, View};
use crate::layout::columns::{ColumnMap, Role};
use crate::model::{Document, Field, Indicator, RakFields};
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
    form: Some(&FORM),
};

fn recognise(columns: &ColumnMap) -> Option<&'static str> {
    let has = |r| columns.roles.contains_key(&r);
    if columns.months() >= 3 || has(Role::Aksi) {
        return Some("kind-reason-rak-schedule");
    }
    let planned = has(Role::Anggaran) || has(Role::Pelaksana);
    (has(Role::Target) && planned && !has(Role::Pagu) && !has(Role::Realisasi))
        .then_some("kind-reason-rak-target")
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
        Shown::Short(i.aksi(), 40),
        Shown::Count(i.scheduled_months()),
        Shown::Quantity(Field::Biaya, i.biaya()),
        Shown::Short(i.pelaksana(), 30),
    ]
}

/// An action of `rak.csv`; `b1`…`b12` are the schedule marks of January to December.
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
    polaritas: Option<Box<str>>,
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
                let (target, target_cell) = performance::written_columns(i.target.as_ref());
                let (biaya, biaya_cell) = performance::quantity_columns(i.biaya());
                let month = |m: usize| i.jadwal().get(m).cloned().unwrap_or_default();
                let [b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12] =
                    std::array::from_fn(month);
                Row {
                    file: doc.file.clone(),
                    sheet: doc.sheet.clone(),
                    number: i.number.clone(),
                    sasaran: i.sasaran.as_deref().map(str::to_string),
                    indikator: i.indikator.clone(),
                    target,
                    target_cell,
                    aksi: i.aksi().map(str::to_string),
                    target_aksi: i.target_aksi().map(str::to_string),
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
                    pelaksana: i.pelaksana().map(str::to_string),
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
        let biaya = performance::quantity(&self.biaya, &self.biaya_cell)?;
        let jadwal = [
            self.b1, self.b2, self.b3, self.b4, self.b5, self.b6, self.b7, self.b8, self.b9,
            self.b10, self.b11, self.b12,
        ];
        let rak = RakFields {
            aksi: self.aksi,
            target_aksi: self.target_aksi,
            jadwal: jadwal.into(),
            biaya,
            pelaksana: self.pelaksana,
        };
        let indicator = Indicator {
            rak: rak.boxed(),
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

const V: Example = Example::Text("✓");
const O: Example = Example::Empty;

/// A month column of the schedule.
const fn month(title: &'static str, m: u8) -> Column {
    Column::new(
        title,
        Role::Month(m),
        Cell::Month,
        5.0,
        "Jadwal: tandai setiap bulan aksi dilaksanakan dengan ✓; bulan lainnya kosong.",
    )
}

/// A row of the examples: the n-th example indikator, its action, the months it runs in, its
/// biaya and pelaksana.
const fn example(
    n: usize,
    aksi: &'static str,
    months: [Example; 12],
    biaya: u64,
    pelaksana: &'static str,
) -> [Example; 20] {
    let (sasaran, indikator, target, satuan) = EX[n];
    let [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12] = months;
    [
        Example::Text(NUMBERS[n]),
        Example::Text(sasaran),
        Example::Text(indikator),
        Example::Number(target),
        Example::Text(satuan),
        Example::Text(aksi),
        m1,
        m2,
        m3,
        m4,
        m5,
        m6,
        m7,
        m8,
        m9,
        m10,
        m11,
        m12,
        Example::Rp(biaya),
        Example::Text(pelaksana),
    ]
}

const NUMBERS: [&str; 4] = ["1", "2", "3", "4"];

/// A further action of the indikator above: its own columns only.
const fn more(
    aksi: &'static str,
    months: [Example; 12],
    biaya: u64,
    pelaksana: &'static str,
) -> [Example; 20] {
    let [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12] = months;
    [
        O,
        O,
        O,
        O,
        O,
        Example::Text(aksi),
        m1,
        m2,
        m3,
        m4,
        m5,
        m6,
        m7,
        m8,
        m9,
        m10,
        m11,
        m12,
        Example::Rp(biaya),
        Example::Text(pelaksana),
    ]
}

/// The blank Rencana Aksi `lakip template rak` writes: per indikator its action, a column per
/// month, the biaya and the pelaksana. The examples' biaya add up to the pagu of the RKT's and
/// the anggaran's examples: 125.000.000 + 85.500.000 + 1.250.000.000 + 96.000.000 +
/// 150.000.000 = 1.706.500.000.
pub const FORM: Form = Form {
    sheet: "RAK",
    title: "RENCANA AKSI KINERJA",
    columns: &[
        form::NO,
        form::SASARAN,
        form::INDIKATOR,
        form::TARGET,
        form::SATUAN_COLUMN,
        Column::new(
            "Rencana Aksi",
            Role::Aksi,
            Cell::Text,
            40.0,
            "Kegiatan/aksi yang dilakukan untuk mencapai target indikator itu. Aksi kedua dan seterusnya untuk indikator yang sama: baris baru dengan No, Sasaran, Indikator dan Target kosong.",
        ),
        month("Jan", 1),
        month("Feb", 2),
        month("Mar", 3),
        month("Apr", 4),
        month("Mei", 5),
        month("Jun", 6),
        month("Jul", 7),
        month("Agu", 8),
        month("Sep", 9),
        month("Okt", 10),
        month("Nov", 11),
        month("Des", 12),
        Column::new(
            "Biaya (Rp)",
            Role::Biaya,
            Cell::Rupiah,
            18.0,
            "Perkiraan biaya aksi dalam rupiah penuh tanpa titik (96000000; Excel menampilkannya 96.000.000).",
        ),
        Column::new(
            "Pelaksana",
            Role::Pelaksana,
            Cell::Text,
            30.0,
            "Unit atau pejabat yang melaksanakan aksi.",
        ),
    ],
    examples: &[
        &example(
            0,
            "Penyusunan RKA-K/L dan Rencana Kerja Tahunan",
            [V, V, V, O, O, O, V, V, O, O, O, O],
            125_000_000,
            "Subbagian Perencanaan, Data dan Informasi",
        ),
        &example(
            1,
            "Penyusunan laporan keuangan bulanan dan semesteran",
            [V, V, V, V, V, V, V, V, V, V, V, V],
            85_500_000,
            "Subbagian Keuangan, Umum dan Logistik",
        ),
        &more(
            "Operasional dan pemeliharaan kantor",
            [V, V, V, V, V, V, V, V, V, V, V, V],
            1_250_000_000,
            "Subbagian Keuangan, Umum dan Logistik",
        ),
        &example(
            2,
            "Pemutakhiran data pemilih berkelanjutan",
            [O, O, V, O, O, V, O, O, V, O, O, V],
            96_000_000,
            "Subbagian Perencanaan, Data dan Informasi",
        ),
        &example(
            3,
            "Sosialisasi dan pendidikan pemilih",
            [O, O, O, V, V, V, V, V, V, V, V, O],
            150_000_000,
            "Subbagian Partisipasi dan Hubungan Masyarakat",
        ),
    ],
    notes: &[
        "Setiap indikator sebaiknya punya sedikitnya satu aksi dengan jadwal bulan: aksi tanpa bulan dilaporkan oleh lakip check.",
    ],
};
