//! Renstra fixtures: the strategic plan's sasaran, indikator and a target for each year of
//! its period, in the layouts such tables have in an LKj's BAB II (Tabel 2.1) and in a
//! Renstra itself. Written with `rust_xlsxwriter` and the fixed creation date of the other
//! fixtures, so a fixture regenerates byte for byte. Rows are 1-based, columns letters.

use std::error::Error;
use std::path::Path;

use rust_xlsxwriter::{Format, FormatAlign, Worksheet, XlsxError};

use super::fixtures::{header_format, new_workbook, wrap_top_format};
use super::indicator_fixtures::{set_widths, write_block, write_titles};

/// One sasaran of Tabel 2.1 with its indikator and the targets of 2020 … 2024.
pub struct RenstraSasaran {
    pub sasaran: &'static str,
    pub indikator: &'static str,
    /// The targets of 2020, 2021, 2022, 2023 and 2024, as numbers under `Target (%)`.
    pub targets: [u32; 5],
}

/// Tabel 2.1 of seed 001 (LKj KPU Kota Serang 2023), texts verbatim. The seed prints the
/// 2023 column only ("Target (%)" of the year); its figures are the fourth here. The other
/// years are made up for the tests, rising to the end of the period: the seed does not
/// show them.
pub const RENSTRA_SERANG: [RenstraSasaran; 8] = [
    RenstraSasaran {
        sasaran: "Terwujudnya Penyelenggaraan Pemilu / Pemilihan sesuai jadwal",
        indikator: "Persentase ketepatan waktu dalam penetapan jadwal tahapan dan petunjuk teknis penyelenggaraan Pemilu/Pemilihan oleh KPU Kota Serang",
        targets: [100, 100, 100, 100, 100],
    },
    RenstraSasaran {
        sasaran: "Terselesaikannya permasalahan pengelolaan keuangan",
        indikator: "Persentase permasalahan dalam pengelolaan keuangan yang dapat diselesaikan",
        targets: [100, 100, 100, 100, 100],
    },
    RenstraSasaran {
        sasaran: "Terwujudnya Perencanaan Anggaran dan Akuntabilitas Kinerja KPU Kota Serang",
        indikator: "Persentase tercapainya realisasi anggaran dan target kinerja tercapai sesuai dengan perjanjian kinerja",
        targets: [100, 100, 100, 100, 100],
    },
    RenstraSasaran {
        sasaran: "Terwujudnya Dukungan Sarana dan Prasarana guna Meningkatkan Kelancaran Tugas KPU Kota Serang",
        indikator: "Persentase ketersediaan fasilitas perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik di lingkungan satker KPU Kota Serang",
        targets: [90, 90, 95, 95, 95],
    },
    RenstraSasaran {
        sasaran: "Terwujudnya Data Pemilih secara Berkelanjutan",
        indikator: "Persentase pemutakhiran dalam Data Pemilih Berkelanjutan",
        targets: [90, 90, 95, 95, 100],
    },
    RenstraSasaran {
        sasaran: "Terlaksananya pengelolaan dan pelayanan informasi hukum",
        indikator: "Persentase informasi produk hukum yang disajikan secara cepat, tepat, dan akurat sesuai dengan SOP",
        targets: [90, 90, 95, 95, 95],
    },
    RenstraSasaran {
        sasaran: "Meningkatnya kualitas layanan informasi dan data yang cepat serta akurat",
        indikator: "Persentase informasi dan publikasi tahapan Pemilu/Pemilihan yang ditampilkan di media publikasi KPU paling lambat 1 (satu) hari kerja",
        targets: [85, 85, 90, 90, 95],
    },
    RenstraSasaran {
        sasaran: "Terwujudnya Reformasi Birokrasi di KPU Kota Serang",
        indikator: "Persentase KPU Kota Serang mendapatkan nilai minimal B untuk penilaian mandiri RB",
        targets: [80, 85, 85, 90, 95],
    },
];

const YEARS: [u16; 5] = [2020, 2021, 2022, 2023, 2024];

/// Tabel 2.1 in seed 001's layout, over the five years of the Renstra.
///
/// Sheet `Tabel 2.1`, columns A..G:
///
/// | row | content |
/// |---|---|
/// | 1 | `Tabel 2.1` merged A1:G1 |
/// | 2 | `Sasaran Strategis KPU Kota Serang Tahun 2020 - 2024` merged A2:G2 |
/// | 3 | blank |
/// | 4 | `No` merged A4:A5, `Sasaran/Indikator Kinerja` merged B4:B5, `Target (%)` merged C4:G4 |
/// | 5 | C..G the years 2020 … 2024, as numbers |
/// | 6, 8, …, 20 | sasaran k: A `k` (number), B the sasaran text, C..G empty |
/// | 7, 9, …, 21 | its indikator: B the indikator text (italic), C..G the targets, numbers |
///
/// with one exception the seed shows: a blank row between sasaran 6 (row 16) and its
/// indikator, which is in row 18; sasaran 7 is then in rows 19–20, sasaran 8 in 21–22.
/// So the indikator rows are 7, 9, 11, 13, 15, 18, 20, 22; the 2023 targets are in F.
pub fn renstra_serang_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("Tabel 2.1")?;
    set_widths(sheet, &[5.0, 70.0, 8.0, 8.0, 8.0, 8.0, 8.0])?;
    write_titles(
        sheet,
        &[
            "Tabel 2.1",
            "Sasaran Strategis KPU Kota Serang Tahun 2020 - 2024",
        ],
        6,
    )?;
    let header = header_format();
    write_block(sheet, (3, 0), (4, 0), "No", &header)?;
    write_block(sheet, (3, 1), (4, 1), "Sasaran/Indikator Kinerja", &header)?;
    write_block(sheet, (3, 2), (3, 6), "Target (%)", &header)?;
    for (col, year) in (2u16..).zip(YEARS) {
        sheet.write_number_with_format(4, col, f64::from(year), &header)?;
    }
    let wrap = wrap_top_format();
    let italic = wrap_top_format().set_italic();
    let centre = Format::new().set_align(FormatAlign::Center);
    let mut row = 5u32;
    for (k, s) in (1u32..).zip(&RENSTRA_SERANG) {
        sheet.write_number_with_format(row, 0, f64::from(k), &centre)?;
        sheet.write_string_with_format(row, 1, s.sasaran, &wrap)?;
        // The seed leaves a blank line between sasaran 6 and its indikator.
        row += if k == 6 { 2 } else { 1 };
        sheet.write_string_with_format(row, 1, s.indikator, &italic)?;
        write_targets(sheet, row, 2, &s.targets.map(|t| t.to_string()))?;
        row += 1;
    }
    workbook.save(path)?;
    Ok(())
}

/// Targets from column `first` on: a number where the text is one, a text otherwise, nothing
/// for an empty text.
fn write_targets(
    sheet: &mut Worksheet,
    row: u32,
    first: u16,
    targets: &[String],
) -> Result<(), XlsxError> {
    let centre = Format::new().set_align(FormatAlign::Center);
    for (col, target) in (first..).zip(targets) {
        match target.parse::<f64>() {
            Ok(n) => sheet.write_number_with_format(row, col, n, &centre)?,
            Err(_) if target.is_empty() => sheet,
            Err(_) => sheet.write_string_with_format(row, col, target, &centre)?,
        };
    }
    Ok(())
}

/// One indikator row of the two other layouts: sasaran, indikator, satuan, baseline (or none)
/// and the targets as written (`""` is an empty cell).
pub struct RenstraRow {
    pub sasaran: &'static str,
    pub indikator: &'static str,
    pub satuan: &'static str,
    pub baseline: &'static str,
    pub targets: [&'static str; 5],
}

/// The rows of the merged-`Target` layout: three indikator of two sasaran, one with a count
/// and one with a grade.
pub const RENSTRA_TAHUN_ROWS: [RenstraRow; 3] = [
    RenstraRow {
        sasaran: "Meningkatnya kualitas penyelenggaraan Pemilu",
        indikator: "Persentase partisipasi pemilih dalam Pemilu",
        satuan: "%",
        baseline: "72",
        targets: ["75", "76", "77", "78", "80"],
    },
    RenstraRow {
        sasaran: "Meningkatnya kualitas penyelenggaraan Pemilu",
        indikator: "Jumlah laporan penyelenggaraan tahapan Pemilu",
        satuan: "Laporan",
        baseline: "10",
        targets: ["12", "12", "12", "12", "12"],
    },
    RenstraRow {
        sasaran: "Terwujudnya akuntabilitas kinerja dan keuangan",
        indikator: "Opini BPK atas laporan keuangan",
        satuan: "Opini",
        baseline: "WDP",
        targets: ["WTP", "WTP", "WTP", "WTP", "WTP"],
    },
];

/// A Renstra table with the years under a merged `Target` title, a Satuan and a baseline.
///
/// Sheet `Renstra`, columns A..I:
///
/// Sheet `Renstra`, columns A..J:
///
/// | row | content |
/// |---|---|
/// | 1 | `SASARAN, INDIKATOR DAN TARGET KINERJA RENSTRA 2020-2024` merged A1:J1 |
/// | 2 | A `No`, B `Sasaran Strategis`, C `Indikator Kinerja`, D `Satuan`, E `Baseline (2019)`, each merged over rows 2–3; `Target` merged F2:J2 |
/// | 3 | F..J `Tahun 2020` … `Tahun 2024` (texts) |
/// | 4–6 | [`RENSTRA_TAHUN_ROWS`]: A `1.`, `2.`, `3.` (texts), B the sasaran (merged B4:B5 for the first two), C indikator, D satuan, E baseline, F..J the targets (numbers where they are numbers, else texts) |
pub fn renstra_tahun_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("Renstra")?;
    set_widths(
        sheet,
        &[5.0, 40.0, 50.0, 10.0, 10.0, 9.0, 9.0, 9.0, 9.0, 9.0],
    )?;
    write_titles(
        sheet,
        &["SASARAN, INDIKATOR DAN TARGET KINERJA RENSTRA 2020-2024"],
        9,
    )?;
    let header = header_format();
    let labels = [
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Satuan",
        "Baseline (2019)",
    ];
    for (col, label) in (0u16..).zip(labels) {
        write_block(sheet, (1, col), (2, col), label, &header)?;
    }
    write_block(sheet, (1, 5), (1, 9), "Target", &header)?;
    for (col, year) in (5u16..).zip(YEARS) {
        sheet.write_string_with_format(2, col, format!("Tahun {year}"), &header)?;
    }
    let wrap = wrap_top_format();
    write_block(sheet, (3, 1), (4, 1), RENSTRA_TAHUN_ROWS[0].sasaran, &wrap)?;
    for (i, r) in (0u32..).zip(&RENSTRA_TAHUN_ROWS) {
        let row = 3 + i;
        sheet.write_string(row, 0, format!("{}.", i + 1))?;
        if i == 2 {
            sheet.write_string_with_format(row, 1, r.sasaran, &wrap)?;
        }
        sheet.write_string_with_format(row, 2, r.indikator, &wrap)?;
        sheet.write_string(row, 3, r.satuan)?;
        write_targets(sheet, row, 4, &[r.baseline.to_string()])?;
        write_targets(sheet, row, 5, &r.targets.map(String::from))?;
    }
    workbook.save(path)?;
    Ok(())
}

/// The rows of the one-row layout; the second indikator has no target for 2022.
pub const RENSTRA_AKHIR_ROWS: [RenstraRow; 3] = [
    RenstraRow {
        sasaran: "Terwujudnya Data Pemilih secara Berkelanjutan",
        indikator: "Persentase pemutakhiran dalam Data Pemilih Berkelanjutan",
        satuan: "",
        baseline: "",
        targets: ["90", "90", "95", "95", "100"],
    },
    RenstraRow {
        sasaran: "Terwujudnya Reformasi Birokrasi di KPU Kota Serang",
        indikator:
            "Persentase KPU Kota Serang mendapatkan nilai minimal B untuk penilaian mandiri RB",
        satuan: "",
        baseline: "",
        targets: ["80", "85", "", "90", "95"],
    },
    RenstraRow {
        sasaran: "Terwujudnya Reformasi Birokrasi di KPU Kota Serang",
        indikator: "Indeks Reformasi Birokrasi KPU Kota Serang",
        satuan: "",
        baseline: "",
        targets: ["B", "B", "BB", "BB", "A"],
    },
];

/// A Renstra table with a one-row header, the years as numbers, and a `Kondisi Akhir` column;
/// one year left empty.
///
/// Sheet `Target Renstra`, columns A..I: row 1 the header A `No`, B `Sasaran`, C `Indikator
/// Kinerja`, D..H the numbers 2020 … 2024, I `Kondisi Akhir`. Rows 2–4 hold
/// [`RENSTRA_AKHIR_ROWS`]: A the number (1, 2, 3 as numbers), B, C texts, D..H the targets
/// (the second indikator, row 3, leaves F3, its 2022, empty), I the 2024 target again as
/// the end of the period.
pub fn renstra_akhir_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("Target Renstra")?;
    set_widths(sheet, &[5.0, 40.0, 50.0, 8.0, 8.0, 8.0, 8.0, 8.0, 12.0])?;
    let header = header_format();
    for (col, label) in (0u16..).zip(["No", "Sasaran", "Indikator Kinerja"]) {
        sheet.write_string_with_format(0, col, label, &header)?;
    }
    for (col, year) in (3u16..).zip(YEARS) {
        sheet.write_number_with_format(0, col, f64::from(year), &header)?;
    }
    sheet.write_string_with_format(0, 8, "Kondisi Akhir", &header)?;
    for (i, r) in (1u32..).zip(&RENSTRA_AKHIR_ROWS) {
        sheet.write_number(i, 0, f64::from(i))?;
        sheet.write_string(i, 1, r.sasaran)?;
        sheet.write_string(i, 2, r.indikator)?;
        write_targets(sheet, i, 3, &r.targets.map(String::from))?;
        write_targets(sheet, i, 8, &[r.targets[4].to_string()])?;
    }
    workbook.save(path)?;
    Ok(())
}
