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
    form: Some(&FORM),
};

fn recognise(columns: &ColumnMap) -> Option<&'static str> {
    let has = |r| columns.roles.contains_key(&r);
    (has(Role::Pagu) || has(Role::Realisasi)).then_some("kind-reason-anggaran")
}

/// A lone `Anggaran` column in a realisation table is its pagu. A monthly report's realisasi
/// up to last month and in this month (`s.d. Bulan Lalu | Bulan Ini`) beside the realisasi up
/// to this month are columns an anggaran does not keep: said as not read, not refused.
fn fit(columns: &mut ColumnMap) -> Result<(), String> {
    (columns.roles).retain(|r, _| !matches!(r, Role::RealisasiLalu | Role::RealisasiIni));
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

use super::form::{Cell, Column, Example, Form};

/// A row of the examples: number, uraian, pagu, realisasi, the percentage and the sisa.
const fn example(
    no: &'static str,
    uraian: &'static str,
    pagu: u64,
    realisasi: u64,
    percent: &'static str,
) -> [Example; 6] {
    [
        Example::Text(no),
        Example::Text(uraian),
        Example::Rp(pagu),
        Example::Rp(realisasi),
        Example::Percent(percent),
        Example::Rp(pagu - realisasi),
    ]
}

/// The blank realisation table `lakip template anggaran` writes: programs numbered `1`, `2`
/// with the sums of their kegiatan (`1.1`, `1.2`…) stated on their own row.
///
/// The examples, worked by hand: program 1 pagu 125.000.000 + 85.500.000 + 1.250.000.000 =
/// 1.460.500.000, realisasi 123.750.000 + 84.645.000 + 1.198.437.500 = 1.406.832.500,
/// 1.406.832.500 ÷ 1.460.500.000 × 100 = 96,325… ≈ 96,33%; program 2 pagu 96.000.000 +
/// 150.000.000 = 246.000.000, realisasi 95.040.000 + 142.500.000 = 237.540.000,
/// 237.540.000 ÷ 246.000.000 × 100 = 96,560… ≈ 96,56%. Each kegiatan: 123.750.000 ÷
/// 125.000.000 = 99%, 84.645.000 ÷ 85.500.000 = 99%, 1.198.437.500 ÷ 1.250.000.000 = 95,875 ≈
/// 95,88%, 95.040.000 ÷ 96.000.000 = 99%, 142.500.000 ÷ 150.000.000 = 95%.
pub const FORM: Form = Form {
    sheet: "Realisasi Anggaran",
    title: "REALISASI ANGGARAN",
    columns: &[
        Column::new(
            "No",
            Role::No,
            Cell::Number,
            6.0,
            "Nomor urut: program 1, 2, …; kegiatan di bawahnya 1.1, 1.2, … (nomor inilah yang membedakan program dari kegiatan).",
        ),
        Column::new(
            "Uraian",
            Role::Uraian,
            Cell::Text,
            60.0,
            "Nama program atau kegiatan.",
        ),
        Column::new(
            "Pagu (Rp)",
            Role::Pagu,
            Cell::Rupiah,
            18.0,
            "Pagu anggaran (DIPA terakhir) dalam rupiah penuh tanpa titik. Baris program memuat jumlah pagu kegiatannya (angka atau =SUM(…)).",
        ),
        Column::new(
            "Realisasi (Rp)",
            Role::Realisasi,
            Cell::Rupiah,
            18.0,
            "Realisasi anggaran sampai akhir periode, dalam rupiah penuh tanpa titik.",
        ),
        Column::new(
            "%",
            Role::Persen,
            Cell::Percent,
            10.0,
            "Persentase realisasi terhadap pagu (realisasi ÷ pagu); ditulis sebagai angka persen (99,52), rumus =D6/C6*100 boleh dipakai.",
        ),
        Column::new(
            "Sisa (Rp)",
            Role::Sisa,
            Cell::Rupiah,
            18.0,
            "Sisa anggaran = pagu − realisasi (rumus =C6-D6 boleh dipakai).",
        ),
    ],
    examples: &[
        &example("1", "Program Dukungan Manajemen", 1_460_500_000, 1_406_832_500, "96.33"),
        &example("1.1", "Penyusunan RKA-K/L dan Rencana Kerja", 125_000_000, 123_750_000, "99"),
        &example("1.2", "Penyusunan laporan keuangan dan BMN", 85_500_000, 84_645_000, "99"),
        &example("1.3", "Operasional dan pemeliharaan kantor", 1_250_000_000, 1_198_437_500, "95.88"),
        &example("2", "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", 246_000_000, 237_540_000, "96.56"),
        &example("2.1", "Pemutakhiran data pemilih berkelanjutan", 96_000_000, 95_040_000, "99"),
        &example("2.2", "Sosialisasi pendidikan pemilih", 150_000_000, 142_500_000, "95"),
    ],
    notes: &[
        "Baris program: No 1, 2, … dengan jumlah pagu dan realisasi kegiatannya; baris kegiatan di bawahnya: No 1.1, 1.2, …",
        "Baris JUMLAH boleh ditambahkan di bawah tabel (tulis JUMLAH di kolom Uraian).",
    ],
};
