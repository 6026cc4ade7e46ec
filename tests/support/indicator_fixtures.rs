//! Indicator-table fixtures for `lakip`: real workbooks that reproduce the
//! performance-indicator tables of the SAKIP seed documents in `seeds/` —
//! Perjanjian Kinerja (PK), the capaian tables of a LKj's BAB III, and
//! Rencana Aksi Kinerja (RAK) tables from three more offices.
//!
//! Texts are transcribed verbatim from the seeds, typos and OCR damage
//! included (`Teknoligi`, `JDIIH`, `ADE JAHNAN`, `Indikator Kierja`,
//! `KEGIATAN YANG AMAN DILAKSANAKAN`, Cyrillic `В3`): they are test data for
//! fuzzy matching. Multi-line cells use `\n`.
//!
//! Every workbook is written with `rust_xlsxwriter` and a fixed document
//! creation date (2023-01-24T08:00:00), so regenerating a fixture gives
//! byte-identical output. Every public function takes the output `path` and
//! returns `Result<(), Box<dyn Error>>`; callers in tests simply `unwrap()`.
//!
//! Row numbers in the doc comments are 1-based, as Excel shows them; columns
//! are letters (`A` = zero-based column 0). A "number" is a numeric cell, a
//! "text" a string cell; anything quoted is a string cell unless said
//! otherwise. This module depends on `rust_xlsxwriter` and std only.

use std::error::Error;
use std::path::Path;

use rust_xlsxwriter::{Format, FormatAlign, FormatUnderline, Workbook, Worksheet, XlsxError};

// ---------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------

// The workbook and formats are the other fixtures': see `fixtures.rs`.
use super::fixtures::{header_format, new_workbook, title_format, wrap_top_format as wrap_format};

fn amount_format() -> Format {
    Format::new()
        .set_num_format("#,##0")
        .set_align(FormatAlign::Top)
}

/// Writes `text` into the block `first_row..=last_row` x `first_col..=last_col`:
/// merged when the block is more than one cell, a plain cell otherwise.
pub(super) fn write_block(
    sheet: &mut Worksheet,
    (first_row, first_col): (u32, u16),
    (last_row, last_col): (u32, u16),
    text: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    if first_row == last_row && first_col == last_col {
        sheet.write_string_with_format(first_row, first_col, text, format)?;
    } else {
        sheet.merge_range(first_row, first_col, last_row, last_col, text, format)?;
    }
    Ok(())
}

/// Writes `text` unless it is empty (an empty seed cell stays a blank cell).
fn write_text(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    text: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    if !text.is_empty() {
        sheet.write_string_with_format(row, col, text, format)?;
    }
    Ok(())
}

/// Title lines, one per row from row 0, each merged over columns `0..=last_col`.
pub(super) fn write_titles(
    sheet: &mut Worksheet,
    titles: &[&str],
    last_col: u16,
) -> Result<(), XlsxError> {
    let format = title_format();
    for (row, title) in (0u32..).zip(titles) {
        write_block(sheet, (row, 0), (row, last_col), title, &format)?;
    }
    Ok(())
}

/// `"(1)"`, `"(2)"`, … for columns `first..=last` (1-based labels), as text.
fn write_numbering(
    sheet: &mut Worksheet,
    row: u32,
    first: u16,
    last: u16,
) -> Result<(), XlsxError> {
    let format = header_format();
    for n in first..=last {
        sheet.write_string_with_format(row, n - 1, format!("({n})"), &format)?;
    }
    Ok(())
}

/// Writes the lines of a signature block down column `col` from `row`; an
/// empty line is the blank space for the signature.
fn write_lines(sheet: &mut Worksheet, row: u32, col: u16, lines: &[&str]) -> Result<(), XlsxError> {
    for (r, line) in (row..).zip(lines) {
        if !line.is_empty() {
            sheet.write_string(r, col, *line)?;
        }
    }
    Ok(())
}

pub(super) fn set_widths(sheet: &mut Worksheet, widths: &[f64]) -> Result<(), XlsxError> {
    for (col, width) in (0u16..).zip(widths) {
        sheet.set_column_width(col, *width)?;
    }
    Ok(())
}

/// Adds a RAK sheet `name`: column widths `lead`, then `month` for each of the twelve
/// month columns, then `tail`; the `titles` from row 0, each merged over every column.
fn add_rak_sheet<'a>(
    workbook: &'a mut Workbook,
    name: &str,
    (lead, month, tail): (&[f64], f64, [f64; 2]),
    titles: &[&str],
) -> Result<&'a mut Worksheet, XlsxError> {
    let sheet = workbook.add_worksheet();
    sheet.set_name(name)?;
    let widths = [lead, &[month; 12], &tail].concat();
    set_widths(sheet, &widths)?;
    write_titles(sheet, titles, widths.len() as u16 - 1)?;
    Ok(sheet)
}

/// The twelve month labels `B1`..`B12` of the RAK tables.
const MONTHS: [&str; 12] = [
    "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10", "B11", "B12",
];

/// A two-row RAK header: `labels` are `(column, text)` cells merged over both
/// rows; `span` is `(first_col, text)` merged over `months.len()` columns of
/// the first row, with `months` under it on the second row.
fn write_two_row_header(
    sheet: &mut Worksheet,
    row: u32,
    labels: &[(u16, &str)],
    span: (u16, &str),
    months: &[&str],
) -> Result<(), XlsxError> {
    let format = header_format();
    for &(col, text) in labels {
        write_block(sheet, (row, col), (row + 1, col), text, &format)?;
    }
    let (first, text) = span;
    let last = first + months.len() as u16 - 1;
    write_block(sheet, (row, first), (row, last), text, &format)?;
    for (col, month) in (first..).zip(months) {
        sheet.write_string_with_format(row + 1, col, *month, &format)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Perjanjian Kinerja KPU Kota Serang 2023 (seed 001)
// ---------------------------------------------------------------------------

/// One numbered PK line: No, sasaran, indikator, target (as the seed prints it).
type PkRow = (u32, &'static str, &'static str, &'static str);

/// The program budget lines printed under a PK table.
enum PkBudget {
    /// Divisi PKs have none.
    None,
    /// Ketua: `Program` in B, `Anggaran` in D; then the program name merged
    /// A:B, `Rp.` in C and the amount in D.
    Split,
    /// Sekretaris: `Program` in B, `Anggaran` in C; then `1.` in A, the
    /// program name in B and `Rp. <amount>` in C.
    Joined,
}

/// `(column, row offset from the first signature row, lines)`.
type SignatureBlock = (u16, u32, &'static [&'static str]);

struct PkSheet {
    name: &'static str,
    /// Third title line: `KETUA`, `SEKRETARIS` or `DIVISI`.
    role: &'static str,
    header: [&'static str; 4],
    rows: &'static [PkRow],
    /// Targets as numbers (`100`) instead of the printed text (`100%`).
    numeric_target: bool,
    budget: PkBudget,
    signatures: &'static [SignatureBlock],
}

const PK_TITLE: [&str; 2] = [
    "PERJANJIAN KINERJA TAHUN 2023",
    "KOMISI PEMILIHAN UMUM KOTA SERANG",
];
const PK_DATE: &str = "Serang, 25 Januari 2023";
const PK_DIVISI_HEADER: [&str; 4] = ["NO", "SASARAN PROGRAM", "INDIKATOR KINERJA", "TARGET"];
const PK_PROGRAMS: [(&str, &str); 2] = [
    (
        "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
        "10.069.050.000,-",
    ),
    ("Program Dukungan Manajemen", "2.348.197.000,-"),
];
/// Left block of the divisi PKs, as the seed prints it for most of them.
const PK_MENGETAHUI: [&str; 5] = ["Mengetahui,", "KETUA", "KPU KOTA SERANG", "", "ADE JAHRAN"];

const PK_KETUA_ROWS: &[PkRow] = &[
    (1, "Terwujudnya Perencanaan dan penganggaran Pemilu KPU Kota Serang", "Persentase tercapainya realisasi anggaran dan target kinerja tercapai sesuai dengan Tahapan Penyelenggaraan Pemilu", "100%"),
    (2, "Terselesaikannya pengelolaan keuangan dan Barang Milik Negara sesuai dengan Peraturan Perundangan yang berlaku", "Persentase Laporan Realisasi dan pengelolaan keuangan dan Barang Milik Negara yang dapat dipertanggungjawabkan sesuai dengan Peraturan Perundangan yang berlaku", "100%"),
    (3, "Terwujudnya Data Pemilih yang Mutakhir dalam Penyusunan Daftar Pemilih pada Penyelenggaraan Pemilu", "Persentase pemutakhirkan Data Pemilih yang mutakhir dan akurat dalam Penyusunan Daftar Pemilih pada Penyelenggaraan Pemilu", "98%"),
    (4, "Terwujudnya Operasional Perkantoran dan Dukungan Sarana dan Prasarana guna Meningkatkan Kelancaran Tugas KPU", "Persentase ketersediaan fasilitas Layanan perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik di lingkungan satker KPU Kota Serang", "95%"),
    (5, "Terlaksananya Pengelolaan, Pengadaan, Laporan dan Dokumentasi Logistik dalam Penyelenggaraan Pemilu", "Persentase Laporan Pengelolaan, Pengadaan dan Logistik dalam Penyelenggaraan Pemilu", "95%"),
    (6, "Terlaksananya Penyusunan Peraturan Pemilu serta Kebijakan/ Regulasi dan Pengelolaan dan Pelayanan Informasi Hukum dengan Mengunggah pada Laman JDIIH KPU Kota Serang", "persentase Pembuatan Keputusan KPU Kota Serang dan Informasi Produk Hukum yang disajikan secara cepat, tepat dan akurat sesuai SOP dan Regulasi serta Tersusun secara Rapih", "95%"),
    (7, "Terwujudnya Sarana Bidang Teknoligi dan Komunikasi dalam Pengelolaan IT KPU Kota Serang", "Persentase Pengolahan Data informasi yang berkualitas, relevan, akurat dan tepat waktu", "95%"),
    (8, "Terlaksananya Pembentukan Badan Adhoc dalam Penyelenggaraan Pemilu /", "Persentase Fasilitasi Pembentukan / Seleksi Badan Adhoc dalam Tahapan Penyelenggaraan Pemilu di KPU Kota Serang", "100%"),
    (9, "Terlaksananya Pendaftaran dan Verifikasi Peserta Pemilu di KPU Kota Serang", "Persentase Ketepatan Waktu dalam Penetapan Jadwal Pendaftaran dan Verifikasi Peserta Pemilu sesuai Petunjuk Teknis Penyelenggaraan Pemilu", "100%"),
    (10, "Terlaksananya Masa Kampanye Pemilu dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "Persentase Pelaksanaan Waktu Kampanye sesuai Jadwal yang sudah di tentukan dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "100%"),
    (11, "Terlaksananya Sosialisasi/ Penyuluhan/ Bimbingan Teknis Tahapan Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "Persentase Sosialisasi Tatap Muka dan Bimbingan Teknis Tingkat Kota Serang", "98%"),
    (12, "Terwujudnya Reformasi Birokrasi di KPU Kota Serang", "Persentase KPU Kota Serang Mendapatkan Nilai minimal B untuk Penilaian Mandiri RB", "95%"),
    (13, "Terwujudnya Pemungutan dan Penghitungan Suara dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "Persentase Fasilitasi Penyiapan Tahapan Pemungutan dan Penghitungan Suara dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "100%"),
];

// Deliberate copy of PK_KETUA_ROWS: another seed PK, as printed (JDIH, Teknologi, pemutakhiran…).
const PK_SEKRETARIS_ROWS: &[PkRow] = &[
    (1, "Terwujudnya Perencanaan dan penganggaran Pemilu KPU Kota Serang", "Persentase tercapainya realisasi anggaran dan target kinerja tercapai sesuai dengan Tahapan Penyelenggaraan Pemilu", "100%"),
    (2, "Terselesaikannya pengelolaan keuangan dan Barang Milik Negara sesuai dengan Peraturan Perundangan yang berlaku", "Persentase Laporan Realisasi dan pengelolaan keuangan dan Barang Milik Negara yang dapat dipertanggungjawabkan sesuai dengan Peraturan Perundangan yang berlaku", "100%"),
    (3, "Terwujudnya Data Pemilih yang Mutakhir dalam Penyusunan Daftar Pemilih pada Penyelenggaraan Pemilu", "Persentase pemutakhiran Data Pemilih yang mutakhir dan akurat dalam Penyusunan Daftar Pemilih pada Penyelenggaraan Pemilu", "98%"),
    (4, "Terwujudnya Operasional Perkantoran dan Dukungan Sarana dan Prasarana guna Meningkatkan Kelancaran Tugas KPU", "Persentase ketersediaan fasilitas Layanan perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik di lingkungan satker KPU Kota Serang", "95%"),
    (5, "Terlaksananya Pengelolaan, Pengadaan, Laporan dan Dokumentasi Logistik dalam Penyelenggaraan Pemilu", "Persentase Laporan Pengelolaan, Pengadaan dan Logistik dalam Penyelenggaraan Pemilu", "95%"),
    (6, "Terlaksananya Penyusunan Peraturan Pemilu serta Kebijakan/ Regulasi dan Pengelolaan dan Pelayanan Informasi Hukum dengan Mengunggah pada Laman JDIH KPU Kota Serang", "persentase Pembuatan Keputusan KPU Kota Serang dan Informasi Produk Hukum yang disajikan secara cepat, tepat dan akurat sesuai SOP dan Regulasi serta Tersusun secara Rapih", "95%"),
    (7, "Terwujudnya Sarana Bidang Teknologi dan Komunikasi dalam Pengelolaan IT KPU Kota Serang", "Persentase Pengolahan Data informasi yang berkualitas, relevan, akurat dan tepat waktu", "95%"),
    (8, "Terlaksananya Pembentukan Badan Adhoc dalam Penyelenggaraan Pemilu /", "Persentase Fasilitasi Pembentukan / Seleksi Badan Adhoc dalam Tahapan Penyelenggaraan Pemilu di KPU Kota Serang", "100%"),
    (9, "Terlaksananya Pendaftaran dan Verifikasi Peserta Pemilu di KPU Kota Serang", "Persentase Ketepatan Waktu dalam Penetapan Jadwal Pendaftaran dan Verifikasi Peserta Pemilu sesuai Petunjuk Teknis Penyelenggaraan Pemilu", "100%"),
    (10, "Terlaksananya Masa Kampanye Pemilu dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "Persentase Pelaksanaan Waktu Kampanye sesuai Jadwal yang sudah di tentukan dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "100%"),
    (11, "Terlaksananya Sosialisasi/Penyuluhan/ Bimbingan Teknis Tahapan Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "Persentase Sosialisasi Tatap Muka dan Bimbingan Teknis Tingkat Kota Serang", "98%"),
    (12, "Terwujudnya Reformasi Birokrasi di KPU Kota Serang", "Persentase KPU Kota Serang Mendapatkan Nilai minimal B untuk Penilaian Mandiri RB", "95%"),
    (13, "Terwujudnya Pemungutan dan Penghitungan Suara dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "Persentase Fasilitasi Penyiapan Tahapan Pemungutan dan Penghitungan Suara dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "100%"),
];

const PK_KEUANGAN_ROWS: &[PkRow] = &[
    (1, "Terselesaikannya pengelolaan keuangan dan Barang Milik Negara sesuai dengan Peraturan Perundangan yang berlaku", "Persentase Laporan Realisasi dan pengelolaan keuangan dan Barang Milik Negara yang dapat dipertanggungjawabkan sesuai dengan Peraturan Perundangan yang berlaku", "100%"),
    (2, "Terwujudnya Operasional Perkantoran dan Dukungan Sarana dan Prasarana guna Meningkatkan Kelancaran Tugas KPU", "Persentase ketersediaan fasilitas Layanan perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik di lingkungan satker KPU Kota Serang", "95%"),
    (3, "Terlaksananya Pengelolaan, Pengadaan, Laporan dan Dokumentasi Logistik dalam Penyelenggaraan Pemilu", "Persentase Laporan Pengelolaan, Pengadaan dan Logistik dalam Penyelenggaraan Pemilu", "95%"),
];

const PK_TEKNIS_ROWS: &[PkRow] = &[
    (1, "Terlaksananya Pendaftaran dan Verifikasi Peserta Pemilu di KPU Kota Serang", "Persentase Ketepatan Waktu dalam Penetapan Jadwal Pendaftaran dan Verifikasi Peserta Pemilu sesuai Petunjuk Teknis Penyelenggaraan Pemilu", "100%"),
    (2, "Terwujudnya Pemungutan dan Penghitungan Suara dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "Persentase Fasilitasi Penyiapan Tahapan Pemungutan dan Penghitungan Suara dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "100%"),
];

const PK_PERENCANAAN_ROWS: &[PkRow] = &[
    (1, "Terwujudnya Perencanaan dan penganggaran Pemilu KPU Kota Serang", "Persentase tercapainya realisasi anggaran dan target kinerja tercapai sesuai dengan Tahapan Penyelenggaraan Pemilu", "100%"),
    (2, "Terwujudnya Data Pemilih yang Mutakhir dalam Penyusunan Daftar Pemilih pada Penyelenggaraan Pemilu", "Persentase pemutakhiran Data Pemilih yang mutakhir dan akurat dalam Penyusunan Daftar Pemilih pada Penyelenggaraan Pemilu", "98%"),
    (3, "Terwujudnya Sarana Bidang Teknoligi dan Komunikasi dalam Pengelolaan IT KPU Kota Serang", "Persentase Pengolahan Data informasi yang berkualitas, relevan, akurat dan tepat waktu", "95%"),
    (4, "Terwujudnya Reformasi Birokrasi di KPU Kota Serang", "Persentase KPU Kota Serang Mendapatkan Nilai B untuk Penilaian Mandiri RB", "95%"),
];

const PK_HUKUM_ROWS: &[PkRow] = &[
    (1, "Terlaksananya Penyusunan Peraturan Pemilu serta Kebijakan/ Regulasi dan Pengelolaan dan Pelayanan Informasi Hukum dengan Mengunggah pada Laman JDIH KPU Kota Serang", "persentase Pembuatan Keputusan KPU Kota Serang dan Informasi Produk Hukum yang disajikan secara cepat, tepat dan akurat sesuai SOP dan Regulasi serta Tersusun secara Rapih", "95%"),
];

const PK_SOSDIKLIH_ROWS: &[PkRow] = &[
    (1, "Terlaksananya Pembentukan Badan Adhoc dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "Persentase Fasilitasi Pembentukan / Seleksi Badan Adhoc dalam Tahapan Penyelenggaraan Pemilu di KPU Kota Serang", "100%"),
    (2, "Terlaksananya Sosialisasi/ Penyuluhan/ Bimbingan Teknis Tahapan Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "Persentase Sosialisasi Tatap Muka dan Bimbingan Teknis Tingkat Kota Serang", "98%"),
    (2, "Terlaksananya Masa Kampanye Pemilu dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "Persentase Pelaksanaan Waktu Kampanye sesuai Jadwal yang sudah ditentukan dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", "100%"),
];

const PK_SHEETS: [PkSheet; 7] = [
    PkSheet {
        name: "PK Ketua",
        role: "KETUA",
        header: ["No", "Sasaran Program", "Indikator Kinerja", "Target"],
        rows: PK_KETUA_ROWS,
        numeric_target: false,
        budget: PkBudget::Split,
        signatures: &[(3, 0, &[PK_DATE, "Ketua,", "", "ADE JAHRAN"])],
    },
    PkSheet {
        name: "PK Sekretaris",
        role: "SEKRETARIS",
        header: ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Target (%)"],
        rows: PK_SEKRETARIS_ROWS,
        numeric_target: true,
        budget: PkBudget::Joined,
        signatures: &[
            (
                1,
                1,
                &[
                    "PIHAK KEDUA,",
                    "KEPUEA KOMISI PEMILIHAN UMUM",
                    "KOTA SERANG",
                    "",
                    "ADE JAHRAN",
                ],
            ),
            (
                3,
                0,
                &[
                    PK_DATE,
                    "PIHAK PERTAMA,",
                    "SEKRETARIS KOMISI PEMILIHAN UMUM",
                    "KOTA SERANG",
                    "",
                    "HENDRO SULISTYO",
                    "NIP.198210162009021005",
                ],
            ),
        ],
    },
    PkSheet {
        name: "PK Div Keuangan",
        role: "DIVISI",
        header: PK_DIVISI_HEADER,
        rows: PK_KEUANGAN_ROWS,
        numeric_target: false,
        budget: PkBudget::None,
        signatures: &[
            (1, 0, &PK_MENGETAHUI),
            (
                3,
                0,
                &[
                    PK_DATE,
                    "KPU Kota Serang",
                    "Divisi Keuangan, Umum Dan Logistik",
                    "",
                    "ADE JAHRAN",
                ],
            ),
        ],
    },
    PkSheet {
        name: "PK Div Teknis",
        role: "DIVISI",
        header: PK_DIVISI_HEADER,
        rows: PK_TEKNIS_ROWS,
        numeric_target: false,
        budget: PkBudget::None,
        signatures: &[
            (
                1,
                0,
                &["Mengetahui,", "KETUA", "KPU KOTA SERANG", "", "ADE JAHNAN"],
            ),
            (
                3,
                0,
                &[
                    PK_DATE,
                    "KPU Kota Serang",
                    "Divisi Teknis Penyelenggaraan Pemilu",
                    "",
                    "FIERLY MURDLYAT MABRURRI",
                ],
            ),
        ],
    },
    PkSheet {
        name: "PK Div Perencanaan",
        role: "DIVISI",
        header: PK_DIVISI_HEADER,
        rows: PK_PERENCANAAN_ROWS,
        numeric_target: false,
        budget: PkBudget::None,
        signatures: &[
            // The seed prints no name under the left block of this PK.
            (1, 0, &["Mengetahui,", "KETUA", "KPU KOTA SERANG"]),
            (
                3,
                0,
                &[
                    PK_DATE,
                    "KPU Kota Serang",
                    "Divisi Perencanaan, Data dan Informasi",
                    "",
                    "NANAS NASIHUDIN",
                ],
            ),
        ],
    },
    PkSheet {
        name: "PK Div Hukum",
        role: "DIVISI",
        header: PK_DIVISI_HEADER,
        rows: PK_HUKUM_ROWS,
        numeric_target: false,
        budget: PkBudget::None,
        signatures: &[
            (1, 0, &PK_MENGETAHUI),
            (
                3,
                0,
                &[
                    PK_DATE,
                    "KPU Kota Serang",
                    "Divisi Hukum Dan Pengawasan",
                    "",
                    "PATRUDIN",
                ],
            ),
        ],
    },
    PkSheet {
        name: "PK Div Sosdiklih",
        role: "DIVISI",
        header: PK_DIVISI_HEADER,
        rows: PK_SOSDIKLIH_ROWS,
        numeric_target: false,
        budget: PkBudget::None,
        // The seed prints no "Mengetahui," block on this PK.
        signatures: &[(
            3,
            0,
            &[
                PK_DATE,
                "KPU Kota Serang",
                "Divisi Sosdiklih, Parmas Dan SDM",
                "",
                "M. FAHMI MUSYAFA",
            ],
        )],
    },
];

/// The Perjanjian Kinerja of KPU Kota Serang 2023, one sheet per signatory
/// (seed 001, the PK annexes). Seven sheets, in this order: `PK Ketua`,
/// `PK Sekretaris`, `PK Div Keuangan`, `PK Div Teknis`, `PK Div Perencanaan`,
/// `PK Div Hukum`, `PK Div Sosdiklih`. Columns A..D on every sheet.
///
/// Common layout:
///
/// | row | content |
/// |---|---|
/// | 1 | `PERJANJIAN KINERJA TAHUN 2023` merged A1:D1 |
/// | 2 | `KOMISI PEMILIHAN UMUM KOTA SERANG` merged A2:D2 |
/// | 3 | `KETUA` / `SEKRETARIS` / `DIVISI` merged A3:D3 |
/// | 4 | blank |
/// | 5 | header (below) |
/// | 6 | numbering `(1)` `(2)` `(3)` `(4)`, text |
/// | 7.. | one row per numbered line: A No (number), B sasaran, C indikator, D target |
///
/// Headers: Ketua `No | Sasaran Program | Indikator Kinerja | Target`;
/// Sekretaris `No | Sasaran Kegiatan | Indikator Kinerja | Target (%)`;
/// divisi sheets `NO | SASARAN PROGRAM | INDIKATOR KINERJA | TARGET`.
/// Targets are text (`100%`, `98%`, `95%`) except on `PK Sekretaris`, where
/// they are numbers (100, 98, 95) under `Target (%)`, as seed table 2.2.
///
/// `PK Ketua` (13 lines, texts of the first KETUA PK, `JDIIH`, `Teknoligi`,
/// `pemutakhirkan`, and line 8's sasaran cut at `Pemilu /`):
/// data rows 7–19; 20 blank; 21 B `Program`, D `Anggaran`;
/// 22 A `1. Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi` merged
/// A22:B22, C `Rp.`, D `10.069.050.000,-`; 23 A `2. Program Dukungan
/// Manajemen` merged A23:B23, C `Rp.`, D `2.348.197.000,-`; 24 blank;
/// signature in D: 25 `Serang, 25 Januari 2023`, 26 `Ketua,`, 27 blank,
/// 28 `ADE JAHRAN`.
///
/// `PK Sekretaris` (13 lines, texts of the first SEKRETARIS PK): data rows
/// 7–19; 20 blank; 21 B `Program`, C `Anggaran`; 22 A `1.`, B `Penyelenggaraan
/// Pemilu dalam Proses Konsolidasi Demokrasi`, C `Rp. 10.069.050.000,-`;
/// 23 A `2.`, B `Program Dukungan Manajemen`, C `Rp. 2.348.197.000,-`;
/// 24 blank; signatures: D25 `Serang, 25 Januari 2023`; 26 B `PIHAK KEDUA,`
/// D `PIHAK PERTAMA,`; 27 B `KEPUEA KOMISI PEMILIHAN UMUM` (seed typo)
/// D `SEKRETARIS KOMISI PEMILIHAN UMUM`; 28 B and D `KOTA SERANG`; 29 blank;
/// 30 B `ADE JAHRAN` D `HENDRO SULISTYO`; 31 D `NIP.198210162009021005`.
///
/// Divisi sheets: data rows, one blank row, then a five-row signature block:
/// left in B `Mengetahui,` / `KETUA` / `KPU KOTA SERANG` / blank / name;
/// right in D `Serang, 25 Januari 2023` / `KPU Kota Serang` / divisi line /
/// blank / name of the pihak pertama.
///
/// | sheet | data rows | signature rows | left name (B) | right divisi line, name (D) |
/// |---|---|---|---|---|
/// | `PK Div Keuangan` | 7–9 | 11–15 | `ADE JAHRAN` | `Divisi Keuangan, Umum Dan Logistik`, `ADE JAHRAN` |
/// | `PK Div Teknis` | 7–8 | 10–14 | `ADE JAHNAN` (seed typo) | `Divisi Teknis Penyelenggaraan Pemilu`, `FIERLY MURDLYAT MABRURRI` |
/// | `PK Div Perencanaan` | 7–10 | 12–16 | none (B16 empty, as the seed) | `Divisi Perencanaan, Data dan Informasi`, `NANAS NASIHUDIN` |
/// | `PK Div Hukum` | 7 | 9–13 | `ADE JAHRAN` | `Divisi Hukum Dan Pengawasan`, `PATRUDIN` |
/// | `PK Div Sosdiklih` | 7–9, No 1, 2, 2 (duplicate kept) | 11–15 | no left block at all (as the seed) | `Divisi Sosdiklih, Parmas Dan SDM`, `M. FAHMI MUSYAFA` |
pub fn pk_serang_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    pk_serang(path, |line| line.to_string())
}

/// The PKs of the Kota Serang example workspace: [`pk_serang_xlsx`] with the two names the
/// seed's OCR garbled in the signature blocks written as the signed documents have them
/// (`ADE JAHNAN` is `ADE JAHRAN`, `KEPUEA KOMISI` is `KETUA KOMISI`): an example is a
/// showcase, and its lampiran prints these blocks. The recognition tests keep the OCR'd text.
pub fn pk_serang_example_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    pk_serang(path, |line| {
        line.replace("ADE JAHNAN", "ADE JAHRAN")
            .replace("KEPUEA KOMISI", "KETUA KOMISI")
    })
}

fn pk_serang(path: &Path, signed: fn(&str) -> String) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    let header = header_format();
    let wrap = wrap_format();
    let center_top = Format::new()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::Top);
    let underline = Format::new().set_underline(FormatUnderline::Single);

    for pk in &PK_SHEETS {
        let sheet = workbook.add_worksheet();
        sheet.set_name(pk.name)?;
        set_widths(sheet, &[6.0, 48.0, 52.0, 26.0])?;
        write_titles(sheet, &[PK_TITLE[0], PK_TITLE[1], pk.role], 3)?;
        for (col, text) in (0u16..).zip(pk.header) {
            sheet.write_string_with_format(4, col, text, &header)?;
        }
        write_numbering(sheet, 5, 1, 4)?;

        let mut row: u32 = 6;
        for &(no, sasaran, indikator, target) in pk.rows {
            sheet.write_number_with_format(row, 0, f64::from(no), &center_top)?;
            sheet.write_string_with_format(row, 1, sasaran, &wrap)?;
            sheet.write_string_with_format(row, 2, indikator, &wrap)?;
            if pk.numeric_target {
                let value: f64 = target.trim_end_matches('%').parse()?;
                sheet.write_number_with_format(row, 3, value, &center_top)?;
            } else {
                sheet.write_string_with_format(row, 3, target, &center_top)?;
            }
            row += 1;
        }
        row += 1; // blank row

        match pk.budget {
            PkBudget::None => {}
            PkBudget::Split => {
                sheet.write_string(row, 1, "Program")?;
                sheet.write_string(row, 3, "Anggaran")?;
                for (i, (r, (program, amount))) in (row + 1..).zip(PK_PROGRAMS).enumerate() {
                    let text = format!("{}. {program}", i + 1);
                    write_block(sheet, (r, 0), (r, 1), &text, &wrap)?;
                    sheet.write_string(r, 2, "Rp.")?;
                    sheet.write_string(r, 3, amount)?;
                }
                row += 4; // header, two programs, blank
            }
            PkBudget::Joined => {
                sheet.write_string_with_format(row, 1, "Program", &underline)?;
                sheet.write_string_with_format(row, 2, "Anggaran", &underline)?;
                for (i, (r, (program, amount))) in (row + 1..).zip(PK_PROGRAMS).enumerate() {
                    sheet.write_string(r, 0, format!("{}.", i + 1))?;
                    sheet.write_string_with_format(r, 1, program, &wrap)?;
                    sheet.write_string(r, 2, format!("Rp. {amount}"))?;
                }
                row += 4;
            }
        }

        for &(col, offset, lines) in pk.signatures {
            let lines: Vec<String> = lines.iter().map(|l| signed(l)).collect();
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            write_lines(sheet, row + offset, col, &lines)?;
        }
    }

    workbook.save(path)?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Pengukuran capaian kinerja KPU Kota Serang 2023 (seed 001, BAB III A)
// ---------------------------------------------------------------------------

/// One sasaran of BAB III A. The seed's column `Sasaran` holds the realisasi.
struct Capaian {
    sasaran: &'static str,
    indikator: &'static str,
    target: &'static str,
    realisasi: &'static str,
    capaian: f64,
}

const KINERJA_SASARAN: &[Capaian] = &[
    Capaian { sasaran: "Terwujudnya Perencanaan dan penganggaran Pemilu KPU Kota Serang", indikator: "Persentase tercapainya realisasi anggaran dan target kinerja tercapai sesuai dengan Tahapan Penyelenggaraan Pemilu", target: "100%", realisasi: "100%", capaian: 100.0 },
    Capaian { sasaran: "Terselesaikannya pengelolaan keuangan dan Barang Milik Negara sesuai dengan Peraturan Perundangan yang berlaku", indikator: "Persentase Laporan Realisasi dan Pengelolaan Keuangan dan Barang Milik Negara yang dapat dipertanggungjawabkan sesuai dengan Peraturan Perundangan yang berlaku", target: "100%", realisasi: "100%", capaian: 100.0 },
    Capaian { sasaran: "Terwujudnya Data Pemilih yang Mutakhir dalam Penyusunan Daftar Pemilih pada Penyelenggaraan Pemilu", indikator: "Persentase pemutakhiran Data Pemilih yang mutakhir dan akurat dalam Penyusunan Daftar Pemilih pada Penyelenggaraan Pemilu", target: "98%", realisasi: "100%", capaian: 100.0 },
    Capaian { sasaran: "Terwujudnya Dukungan Sarana dan prasarana guna Meningkatkan Kelancaran Tugas KPU", indikator: "Persentase ketersediaan fasilitas perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik di lingkungan satker KPU Kota Serang", target: "100%", realisasi: "100%", capaian: 100.0 },
    Capaian { sasaran: "Terlaksananya Pengelolaan, Pengadaan, Laporan dan Dokumentasi logistik dalam Penyelenggaraan Pemilu", indikator: "Persentase Laporan Pengelolaan, Pengadaan dan Logistik dalam Penyelenggaraan Pemilu", target: "95%", realisasi: "100%", capaian: 95.0 },
    Capaian { sasaran: "Terlaksananya Penyusunan Peraturan PemiLu serta Kebijakan/Regulasi dan Peggelolaan dan Pelayanan Informasi Hukum dengan Mengunggah pada Laman JDIH KPU Kota Serang", indikator: "Persentase Pembuatan Keputusan KPU Kota Serang dan Informasi Produk Hukum yang disajikan secara cepat, tepat dan akurat sesuai SOP dan Regulasi serta Tersusun secara Rapih", target: "95%", realisasi: "90%", capaian: 100.0 },
    Capaian { sasaran: "Penbuatan Keputusan KPU Kota Serang dan Informasi Produk Hukum yang disajikan secara cepat, tepat dan akurat sesuai SOP dan Regulasi serta Tersusun secara Rapih", indikator: "Persentase Pengolahan Data yang berkualitas, relevan, tepat waktu", target: "95%", realisasi: "95%", capaian: 95.0 },
    Capaian { sasaran: "Terlaksananya Pembentukan Badan Adhoc dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", indikator: "Persentase Fasilitasi Pembentukan / Seleksi Badan Adhoc dalam Tahapan Penyelenggaraan Pemilu di KPU Kota Serang", target: "100%", realisasi: "100%", capaian: 100.0 },
    Capaian { sasaran: "Terlaksananya Pendaftaran dan verifikasi Peserta Pemilu di KPU Kota Serang", indikator: "Persentase Ketepatan Waktu dalam Penetapan Jadwal Pendaftaran dan Verifikasi Peserta Pemilu sesuai Petunjuk Teknis Penyelenggaraan Pemilu", target: "100%", realisasi: "100%", capaian: 100.0 },
    Capaian { sasaran: "Terlaksananya Masa Kampanye Pemilu dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", indikator: "Persentase Pelaksanaan Waktu Kampanye sesuai Jadwal yang sudah di tentukan dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", target: "100%", realisasi: "100%", capaian: 100.0 },
    Capaian { sasaran: "Terlaksananya sosialisasi/ Penyuluhan/ Bimbingan Teknis Tahapan Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", indikator: "Persentase Sosialisasi Tatap Muka dan Bimbingan Teknis Tingkat Kota Serang", target: "98%", realisasi: "100%", capaian: 90.0 },
    Capaian { sasaran: "Terwujudnya Reformasi Birokrasi di KPU Kota Serang", indikator: "Persentase KPU Kota Serang Mendapatkan Nilai minimal B untuk Penilaian Mandiri RB", target: "95%", realisasi: "100%", capaian: 100.0 },
    Capaian { sasaran: "Terwujudnya Pemungutan dan Penghitungan Suara dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", indikator: "Persentase Fasilitasi Penyiapan Tahapan Pemungutan dan Penghitungan Suara dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang", target: "100%", realisasi: "100%", capaian: 100.0 },
];

/// The capaian tables of BAB III A (seed 001): one small table per sasaran.
///
/// Sheet `BAB III`, columns A..D:
///
/// | row | content |
/// |---|---|
/// | 1 | `PENGUKURAN CAPAIAN KINERJA TAHUN 2023` merged A1:D1 |
/// | 2 | blank |
/// | 4k−1 | A `Sasaran k` (text), B the sasaran text merged B:D |
/// | 4k | header `Indikator Kinerja` \| `Target` \| `Sasaran` \| `%` |
/// | 4k+1 | A indikator, B target text, C realisasi text, D capaian (number) |
/// | 4k+2 | blank |
///
/// for k = 1..=13: sasaran rows 3, 7, 11, …, 51; header rows 4, 8, …, 52;
/// data rows 5, 9, …, 53. Target / realisasi / capaian exactly as the seed:
///
/// | k | target | realisasi | capaian |
/// |---|---|---|---|
/// | 1, 2, 4, 8, 9, 10, 13 | `100%` | `100%` | 100 |
/// | 3 | `98%` | `100%` | 100 |
/// | 5 | `95%` | `100%` | 95 |
/// | 6 | `95%` | `90%` | 100 |
/// | 7 | `95%` | `95%` | 95 |
/// | 11 | `98%` | `100%` | 90 |
/// | 12 | `95%` | `100%` | 100 |
///
/// Texts keep the seed's typos (`PemiLu`, `Peggelolaan`, `Penbuatan`).
pub fn kinerja_serang_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("BAB III")?;
    set_widths(sheet, &[60.0, 12.0, 12.0, 8.0])?;
    write_titles(sheet, &["PENGUKURAN CAPAIAN KINERJA TAHUN 2023"], 3)?;

    let bold = Format::new().set_bold();
    let header = header_format();
    let wrap = wrap_format();
    let center_top = Format::new()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::Top);
    let mut row: u32 = 2;
    for (k, item) in (1u32..).zip(KINERJA_SASARAN) {
        sheet.write_string_with_format(row, 0, format!("Sasaran {k}"), &bold)?;
        write_block(sheet, (row, 1), (row, 3), item.sasaran, &wrap)?;
        for (col, text) in (0u16..).zip(["Indikator Kinerja", "Target", "Sasaran", "%"]) {
            sheet.write_string_with_format(row + 1, col, text, &header)?;
        }
        sheet.write_string_with_format(row + 2, 0, item.indikator, &wrap)?;
        sheet.write_string_with_format(row + 2, 1, item.target, &center_top)?;
        sheet.write_string_with_format(row + 2, 2, item.realisasi, &center_top)?;
        sheet.write_number_with_format(row + 2, 3, item.capaian, &center_top)?;
        row += 4;
    }

    workbook.save(path)?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Rencana Aksi Kinerja Sekretaris KPU Kota Serang 2023 (seed 001, RAK)
// ---------------------------------------------------------------------------

/// A RAK cost cell.
#[derive(Clone, Copy)]
enum Biaya {
    /// Numeric cell with format `#,##0`.
    Number(u64),
    /// Text cell, verbatim (`"1,939,087,000"`, `"-"`).
    Text(&'static str),
}

struct RakAksi {
    no: u32,
    sasaran: &'static str,
    indikator: &'static str,
    target: &'static str,
    aksi: &'static str,
    aksi_target: &'static str,
    /// B1..B12; `""` is an empty cell.
    months: [&'static str; 12],
    biaya: Biaya,
    pelaksana: &'static str,
}

/// How a (repeated) RAK header of the Serang seed looks.
struct RakSerangHeader {
    /// Texts of A..F, then S and T.
    labels: [&'static str; 8],
    months: [&'static str; 12],
    /// Numbering row: `(1)`..`(20)` in every column, or only `(7)`..`(18)`
    /// over the month columns G..R.
    full_numbering: bool,
}

const M14: &str = "M1-4";
const M1: &str = "M1";
const NIL: &str = "-";
const BLANK: &str = "";

const RAK_SERANG_LABELS: [&str; 8] = [
    "NO",
    "SASARAN PROGRAM/KEGIATAN",
    "INDIKATOR KINERJA",
    "TARGET INDIKATOR KINERJA",
    "KEGIATAN/AKSI",
    "TARGET KEGIATAN/AKSI",
    "PERKIRAAN BIAYA",
    "PELAKSANAAN",
];
/// The month row as the seed's repeated headers print it (`10` for B10).
const RAK_SERANG_MONTHS_10: [&str; 12] = [
    "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "10", "B11", "B12",
];

/// The header at the top and the three repeats, in order.
const RAK_SERANG_HEADERS: [RakSerangHeader; 4] = [
    RakSerangHeader {
        labels: RAK_SERANG_LABELS,
        months: MONTHS,
        full_numbering: true,
    },
    // Before action 4: column numbers appended to the labels, `E12` for B12.
    RakSerangHeader {
        labels: [
            "NO",
            "SASARAN PROGRAM/KEGIATAN",
            "INDIKATOR KINERJA",
            "TARGET INDIKATOR KINERJA (4)",
            "KEGIATAN/AKSI (5)",
            "TARGET KEGIATAN/AKSI (6)",
            "PERKIRAAN BIAYA (19)",
            "PELAKSANAAN (20)",
        ],
        months: [
            "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "10", "B11", "E12",
        ],
        full_numbering: false,
    },
    // Before action 8.
    RakSerangHeader {
        labels: RAK_SERANG_LABELS,
        months: RAK_SERANG_MONTHS_10,
        full_numbering: false,
    },
    // Before action 12.
    RakSerangHeader {
        labels: RAK_SERANG_LABELS,
        months: RAK_SERANG_MONTHS_10,
        full_numbering: true,
    },
];

/// Index into `RAK_SERANG_ROWS` before which each repeated header is printed.
const RAK_SERANG_BREAKS: [usize; 3] = [3, 7, 11];

// Deliberately alike: one literal per seed row (data, not logic), so the rows share a shape.
const RAK_SERANG_ROWS: &[RakAksi] = &[
    RakAksi {
        no: 1,
        sasaran: "Terwujudnya Perencanaan dan Penganggaran Pemilu KPU Kota Serang",
        indikator: "Persentase tercapainya realisasi anggaran dan target kinerja tercapai sesuai dengan Tahapan Penyelenggaraan Pemilu",
        target: "100%",
        aksi: "tercapainya realisasi anggaran dan target kinerja tercapai sesuai dengan Tahapan Penyelenggaraan Pemilu",
        aksi_target: "100%",
        months: [M14; 12],
        biaya: Biaya::Number(291_537_000),
        pelaksana: "Sub. Bag Perencanaan Data Dan Informasi",
    },
    RakAksi {
        no: 2,
        sasaran: "Terselesaikannya pengelolaan keuangan dan Barang Milik Negara sesuai dengan Peraturan Perundangan yang berlaku",
        indikator: "Persentase Laporan Realisasi dan pengelolaan keuangan dan Barang Milik Negara yang dapat dipertanggungjawabkan sesuai dengan Peraturan Perundangan yang berlaku",
        target: "100%",
        aksi: "Laporan Realisasi dan pengelolaan keuangan Gaji dan Uang Kehormatan dan Barang Milik Negara yang dapat dipertanggungjawabkan sesuai dengan Peraturan Perundangan yang berlaku",
        aksi_target: "100%",
        months: [M14; 12],
        biaya: Biaya::Text("1,939,087,000"),
        pelaksana: "Sub. Bag Keuangan, Umum dan Logistik",
    },
    RakAksi {
        no: 3,
        sasaran: "Terwujudnya Data Pemilih yang Mutakhir dalam Penyusunan Daftar Pemilih pada Penyelenggaraan Pemilu",
        indikator: "Persentase pemutakhiran Data Pemilih yang mutakhir dan akurat dalam Penyusunan Daftar Pemilih pada Penyelenggaraan Pemilu",
        target: "98%",
        aksi: "pemutakhiran Data Pemilih dalam Penyusunan Daftar Pemilih yang mutakhir dan akurat",
        aksi_target: "100%",
        months: [M14; 12],
        biaya: Biaya::Number(8_340_000),
        pelaksana: "Sub. Bag Perencanaan Data Dan Informasi",
    },
    RakAksi {
        no: 4,
        sasaran: "Terwujudnya Operasional Perkantoran dan Dukungan Sarana dan Prasarana guna Meningkatkan Kelancaran Tugas KPU",
        indikator: "Persentase ketersediaan fasilitas Layanan perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik di lingkungan satker KPU Kota Serang",
        target: "95%",
        aksi: "Operasional dan Pemeliharaan Kantor",
        aksi_target: "100%",
        months: [M1; 12],
        biaya: Biaya::Number(400_770_000),
        pelaksana: "Sub. Bag Keuangan, Umum dan Logistik",
    },
    RakAksi {
        no: 5,
        sasaran: "Terlaksananya Pengelolaan, Pengadaan, Laporan dan Dokumentasi Logistik dalam Penyelenggaraan Pemilu",
        indikator: "Persentase Laporan Pengelolaan, Pengadaan dan Logistik dalam Penyelenggaraan Pemilu",
        target: "95%",
        aksi: "Laporan Pengelolaan, Pengadaan dan Logistik dalam Penyelenggaraan Pemilu",
        aksi_target: "100%",
        months: [M1; 12],
        biaya: Biaya::Number(181_812_000),
        pelaksana: "Sub. Bag Keuangan, Umum dan Logistik",
    },
    RakAksi {
        no: 6,
        sasaran: "Terlaksananya Penyusunan Peraturan Pemilu serta Kebijakan/Regulasi dan Pengelolaan dan Pelayanan Informasi Hukum dengan Mengunggah pada Laman JDIH KPU Kota Serang",
        indikator: "Persentase Pembuatan Keputusan KPU Kota Serang dan Informasi ProcuK Hukum yang disajikan secara cepat, tepat dan akurat sesuai SOP dan Regulasi serta Tersusun secara Rapih",
        target: "95%",
        aksi: "Pembuatan Keputusan KPU Kota Serang dan Informasi ProcuK Hukum yang disajikan secara cepat, tepat dan akurat sesuai SOP dan Regulasi KPU dalam Penyusunan Peraturan Pemilu",
        aksi_target: "100%",
        months: [M1; 12],
        biaya: Biaya::Text("-"),
        pelaksana: "Sub. Bag Hukum dan Sumber Daya Manusia",
    },
    RakAksi {
        no: 7,
        sasaran: "Terwujudnya Sarana Bidang Teknoligi dan Komunikasi dalam Pengelolaan IT KPU Kota Serang",
        indikator: "Persentase Pengolahan Data informasi yang berkualitas, relevan, akurat dan tepat waktu",
        target: "95%",
        aksi: "Pengolahan Data informasi yang berkualitas, relevan, akurat dan tepat waktu",
        aksi_target: "98%",
        months: [M1, M1, M1, M1, M1, M1, M1, M1, M1, M1, M1, "M1 & M4"],
        biaya: Biaya::Text("-"),
        pelaksana: "Sub. Bag Perencanaan Data Dan Informasi",
    },
    RakAksi {
        no: 8,
        sasaran: "Terlaksananya Pembentukan Badan Adhoc dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang",
        indikator: "Persentase Fasilitasi Pembentukan / Seleksi Badan Adhoc dalam Tahapan Penyelenggaraan Pemilu di KPU Kota Serang",
        target: "100%",
        aksi: "Pembentukan / Seleksi Badan Adhoc dalam Tahapan Penyelenggaraan Pemilu di KPU Kota Serang",
        aksi_target: "100%",
        months: [M14, M14, M14, NIL, NIL, NIL, NIL, NIL, NIL, NIL, NIL, BLANK],
        biaya: Biaya::Number(9_322_775_000),
        pelaksana: "Sub. Bag Hukum dan Sumber Daya Manusia",
    },
    RakAksi {
        no: 9,
        sasaran: "Terlaksananya Pendaftaran dan Verifikasi Peserta Pemilu di KPU Kota Serang",
        indikator: "Persentase Ketepatan Waktu dalam Penetapan Jadwal Pendaftaran dan Verifikasi Peserta Pemilu sesuai Petunjuk Teknis Penyelenggaraan Pemilu",
        target: "100%",
        aksi: "Ketepatan Waktu dalam Penetapan Jadwal Pendaftaran dan Verifikasi Peserta Pemilu sesuai Petunjuk Teknis Penyelenggaraan Pemilu",
        aksi_target: "100%",
        months: [M14, M14, M14, M14, NIL, NIL, NIL, NIL, M14, M14, NIL, BLANK],
        biaya: Biaya::Number(190_055_000),
        pelaksana: "Sub. Bag Teknis Hubungan Partisipasi Masyarakat",
    },
    RakAksi {
        no: 10,
        sasaran: "Terlaksananya Masa Kampanye Pemilu dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang",
        indikator: "Persentase Pelaksanaan Waktu Kampanye sesuai Jadwal yang sudah di tentukan dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang",
        target: "100%",
        aksi: "Pelaksanaan Pengelolaan Kampanye, evaluasi dan laporan Kegiatan Kampanye",
        aksi_target: "100%",
        months: [NIL, NIL, NIL, NIL, NIL, NIL, NIL, NIL, M14, NIL, NIL, BLANK],
        biaya: Biaya::Number(50_958_000),
        pelaksana: "Sub. Bag Hukum dan Sumber Daya Manusia",
    },
    RakAksi {
        no: 11,
        sasaran: "Terlaksananya Sosialisasi/Penyuluhan/ Bimbingan Teknis Tahapan Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang",
        indikator: "Persentase Sosialisasi Tatap Muka dan Bimbingan Teknis Tingkat Kota Serang",
        target: "98%",
        aksi: "Pelaksanaan Sosialisasi Tatap Muka dan Penyusunan Laporan Kegiatan Sosialisasi dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang",
        aksi_target: "98%",
        months: [NIL, M14, M14, M14, M14, M14, M14, M14, M14, M14, M14, BLANK],
        biaya: Biaya::Text("-"),
        pelaksana: "Sub. Bag Teknis Hubungan Partisipasi Masyarakat",
    },
    RakAksi {
        no: 12,
        sasaran: "Terwujudnya Reformasi Birokrasi di KPU Kota Serang",
        indikator: "Persentase KPU Kota Serang mendapatkan nilai minimal B untuk penilaian mandiri RB",
        target: "95%",
        aksi: "Pembentukan Tim Reformasi Birokrasi dan tim Agen Perubahan",
        aksi_target: "95%",
        months: [NIL, NIL, NIL, NIL, NIL, NIL, NIL, NIL, NIL, NIL, NIL, M1],
        biaya: Biaya::Text("-"),
        pelaksana: "Sub. Bag Perencanaan Data Dan Informasi",
    },
    RakAksi {
        no: 13,
        sasaran: "Terwujudnya Pemungutan dan Penghitungan Suara dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang",
        indikator: "Persentase Fasilitasi Penyiapan Tahapan Pemungutan dan Penghitungan Suara dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang",
        target: "100%",
        aksi: "Fasilitasi Penyiapan Tahapan Pemungutan dan Penghitungan Suara dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang",
        aksi_target: "100%",
        months: [NIL; 12],
        biaya: Biaya::Number(31_913_000),
        pelaksana: "Sub. Bag Teknis Hubungan Partisipasi Masyarakat",
    },
];

fn write_rak_serang_header(
    sheet: &mut Worksheet,
    row: u32,
    header: &RakSerangHeader,
) -> Result<(), XlsxError> {
    let l = header.labels;
    let labels = [
        (0, l[0]),
        (1, l[1]),
        (2, l[2]),
        (3, l[3]),
        (4, l[4]),
        (5, l[5]),
        (18, l[6]),
        (19, l[7]),
    ];
    write_two_row_header(
        sheet,
        row,
        &labels,
        (6, "Pelaksanaan Kegiatan Bulanan"),
        &header.months,
    )?;
    if header.full_numbering {
        write_numbering(sheet, row + 2, 1, 20)
    } else {
        write_numbering(sheet, row + 2, 7, 18)
    }
}

/// The Rencana Aksi Kinerja of the Sekretaris, KPU Kota Serang 2023 (seed 001,
/// RAK): 13 actions over four printed pages.
///
/// Sheet `RAK Sekretaris`, 20 columns A..T: A `NO`, B `SASARAN
/// PROGRAM/KEGIATAN`, C `INDIKATOR KINERJA`, D `TARGET INDIKATOR KINERJA`,
/// E `KEGIATAN/AKSI`, F `TARGET KEGIATAN/AKSI` (each merged over the two header
/// rows), G..R the months (`Pelaksanaan Kegiatan Bulanan` merged over G..R of
/// the first header row, `B1`..`B12` under it), S `PERKIRAAN BIAYA`,
/// T `PELAKSANAAN` (merged over both rows).
///
/// | row | content |
/// |---|---|
/// | 1–3 | `RENCANA AKSI KINERJA TAHUN 2023`, `KOMISI PEMILIHAN UMUM KOTA SERANG`, `SEKRETARIS`, each merged A:T |
/// | 4 | blank |
/// | 5–6 | header (above) |
/// | 7 | numbering `(1)`..`(20)`, text |
/// | 8–10 | actions 1–3 |
/// | 11–12 | header repeated, seed variant: D `TARGET INDIKATOR KINERJA (4)`, E `KEGIATAN/AKSI (5)`, F `TARGET KEGIATAN/AKSI (6)`, S `PERKIRAAN BIAYA (19)`, T `PELAKSANAAN (20)`; months `B1`..`B9`, `10`, `B11`, `E12` |
/// | 13 | numbering `(7)`..`(18)` in G..R only |
/// | 14–17 | actions 4–7 |
/// | 18–19 | header repeated, clean labels, months with `10` for B10 |
/// | 20 | numbering `(7)`..`(18)` in G..R only |
/// | 21–24 | actions 8–11 |
/// | 25–26 | header repeated, clean labels, months with `10` for B10 |
/// | 27 | numbering `(1)`..`(20)` |
/// | 28–29 | actions 12–13 |
/// | 30 | blank |
/// | 31 | B `Program`, S `Anggaran` |
/// | 32 | A `1`, B `Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi`, S `Rp 10,069,050,000` |
/// | 33 | A `2`, B `Program Dukungan Manajemen`, S `Rp 2,348,197,000` |
///
/// No signature (the seed prints none under this RAK).
///
/// Action rows: A No (number), B..F text, G..R month marks as the seed shows
/// them: actions 1–3 `M1-4` all year; 4–6 `M1` all year; 7 `M1` with
/// `M1 & M4` in R (B12); 8–11 mixes of `M1-4` and `-` in B1..B11 with B12
/// (R) empty, because the seed's rows 8–11 carry only eleven month cells;
/// 12 `-` except `M1` in B12; 13 `-` all year. S biaya: numbers (`#,##0`)
/// 291537000, 8340000, 400770000, 181812000, 9322775000, 190055000,
/// 50958000, 31913000 (actions 1, 3, 4, 5, 8, 9, 10, 13); text
/// `1,939,087,000` for action 2; text `-` for actions 6, 7, 11, 12.
/// The numeric biaya add up to 10 478 160 000; with action 2's text amount,
/// 12 417 247 000 = 10 069 050 000 + 2 348 197 000, the two program budgets.
pub fn rak_serang_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    let sheet = add_rak_sheet(
        &mut workbook,
        "RAK Sekretaris",
        (&[5.0, 34.0, 38.0, 12.0, 38.0, 12.0], 7.0, [16.0, 28.0]),
        &[
            "RENCANA AKSI KINERJA TAHUN 2023",
            "KOMISI PEMILIHAN UMUM KOTA SERANG",
            "SEKRETARIS",
        ],
    )?;

    let wrap = wrap_format();
    let amount = amount_format();
    let center_top = Format::new()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::Top);
    let [first_header, repeats @ ..] = &RAK_SERANG_HEADERS;
    write_rak_serang_header(sheet, 4, first_header)?;
    let mut row: u32 = 7;
    for (i, aksi) in RAK_SERANG_ROWS.iter().enumerate() {
        if let Some(k) = RAK_SERANG_BREAKS.iter().position(|&b| b == i) {
            write_rak_serang_header(sheet, row, &repeats[k])?;
            row += 3;
        }
        sheet.write_number_with_format(row, 0, f64::from(aksi.no), &center_top)?;
        let texts = [
            aksi.sasaran,
            aksi.indikator,
            aksi.target,
            aksi.aksi,
            aksi.aksi_target,
        ];
        for (col, text) in (1u16..).zip(texts) {
            sheet.write_string_with_format(row, col, text, &wrap)?;
        }
        for (col, mark) in (6u16..).zip(aksi.months) {
            write_text(sheet, row, col, mark, &center_top)?;
        }
        match aksi.biaya {
            Biaya::Number(n) => {
                sheet.write_number_with_format(row, 18, n as f64, &amount)?;
            }
            Biaya::Text(t) => {
                sheet.write_string_with_format(row, 18, t, &center_top)?;
            }
        }
        sheet.write_string_with_format(row, 19, aksi.pelaksana, &wrap)?;
        row += 1;
    }

    row += 1; // blank row
    sheet.write_string(row, 1, "Program")?;
    sheet.write_string(row, 18, "Anggaran")?;
    let programs = [
        (
            "1",
            "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
            "Rp 10,069,050,000",
        ),
        ("2", "Program Dukungan Manajemen", "Rp 2,348,197,000"),
    ];
    for (r, (no, program, amount)) in (row + 1..).zip(programs) {
        sheet.write_string(r, 0, no)?;
        sheet.write_string(r, 1, program)?;
        sheet.write_string(r, 18, amount)?;
    }

    workbook.save(path)?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Rencana Aksi Kinerja KPU Kabupaten Tabanan 2023 (seed 002)
// ---------------------------------------------------------------------------

const W1: &str = "minggu ke 1";
const W4: &str = "minggu ke 4";
const W14: &str = "minggu ke 1-4";

/// A row of the first Tabanan table. `no: Some` starts a sasaran group that
/// runs over the following `None` rows (No and sasaran merged over it).
struct TabananRow {
    no: Option<u32>,
    sasaran: &'static str,
    indikator: &'static str,
    target: &'static str,
    kegiatan: &'static str,
    months: [&'static str; 12],
    biaya: &'static str,
    pelaksana: &'static str,
}

/// A row of the first Tabanan table that holds only a pelaksana: it continues the action above.
const fn pelaksana_only(pelaksana: &'static str) -> TabananRow {
    TabananRow {
        no: None,
        sasaran: "",
        indikator: "",
        target: "",
        kegiatan: "",
        months: [BLANK; 12],
        biaya: "",
        pelaksana,
    }
}

/// A row of the second Tabanan table (no indikator column).
struct TabananRow2 {
    no: u32,
    sasaran: &'static str,
    target: &'static str,
    kegiatan: &'static str,
    months: [&'static str; 12],
    biaya: &'static str,
    pelaksana: &'static str,
}

// Deliberately alike: one literal per seed row (data, not logic), so the rows share a shape.
const RAK_TABANAN_1: &[TabananRow] = &[
    TabananRow {
        no: Some(1),
        sasaran: "Terwujudnya Sumber Daya Manusia dan Lembaga KPU yang berkualitas",
        indikator: "3 Jumlah Laporan Reformasi Birokrasi yang disusun tepat waktu",
        target: "5 1. Laporan Membentuk Tim Reformasi Birokrasi",
        kegiatan: "1. Laporan Reformasi Birokrasi yang disusun tepat waktu",
        months: [W1, W14, W14, W14, W14, W14, W14, W14, W14, W14, W14, W14],
        biaya: "Rp. 2.953.803.000",
        pelaksana: "Semua Divisi",
    },
    TabananRow {
        no: None,
        sasaran: "",
        indikator: "Nilai Akuntabilitas Kinerja",
        target: "B",
        kegiatan: "Menyusun PK Tahun 2023\nMenyusun LMJ tahun 2022\nMenempatkan LQ dan PK kepada Ketua KPU dan Sekretaris Jenderal KPU cq. Biro Perencanaan dan Data melalui KPU Provinsi.\nMelaksanakan Evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) di Lingkungan KPU Kabupaten Tabanan.\nMenyusun laporan Pertanggungjawaban Penggunaan Anggaran Tahun 2023",
        months: ["minggu ke 1\nminggu ke 1\nminggu ke 4", BLANK, BLANK, BLANK, BLANK, BLANK, W1, BLANK, BLANK, BLANK, BLANK, BLANK],
        biaya: "",
        pelaksana: "Divisi Perencanaan Data dan Informasi",
    },
    TabananRow {
        no: None,
        sasaran: "",
        indikator: "Laporan Keuangan KPU Kabupaten Tabanan yang akuntabel dan sesuai dengan Standar Akuntansi Pemerintah",
        target: "1. Laporan",
        kegiatan: "",
        months: [W14; 12],
        biaya: "",
        pelaksana: "Divisi Keuangan, Umum, Rumah Tangga, dan Logistik",
    },
    TabananRow {
        no: None,
        sasaran: "",
        indikator: "Persentase keterbukaan informasi publik",
        target: "100%",
        kegiatan: "Penerbitan bahan informasi dan liping kepemiluan dan Pilkada\nLayanan informasi kepemiluan dan Pilkada",
        months: ["minggu ke 1-4\nminggu ke 1-4", W14, W14, W14, W14, W14, W14, W14, W14, W14, W14, W14],
        biaya: "",
        pelaksana: "Divisi Teknis Penyelenggaraan",
    },
    TabananRow {
        no: Some(2),
        sasaran: "Terwujudnya koordinasi penyelenggaraan pemilihan yang sesuai dengan Standar Pelayanan Publik, disertai pengelolaan data dan informasi serta dokumentasi pelaksanaan Pemilu berbasis teknologi/ informasi yang terintegrasi",
        indikator: "Perentase KPU Kabupaten Tabanan menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal dan serentutan yang berlaku",
        target: "100%",
        kegiatan: "Penyusunan Perencanaan Anggaran Tahapan Pemilu\nMenyusun rencana kebutuhan logistik pemilu\nPengawasan Pengelolaan dan Pengadaan Logistik Tahapan Pemilu 2024\nPembentukan/Seleksi Badan Penyelenggaraan Adhoc",
        months: ["minggu ke 1-4\nminggu ke 1-4", W14, W14, W14, W14, W14, W14, W14, W14, W14, W14, W14],
        biaya: "Rp. 13.718.210.000",
        pelaksana: "Divisi Perencanaan Data dan Informasi",
    },
    pelaksana_only("Divisi Keuangan, Umum, Rumah Tangga, dan Logistik"),
    pelaksana_only("Divisi Keuangan, Umum, Rumah Tangga, dan Logistik"),
    pelaksana_only("Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat, dan Sumber Daya Manusia"),
];

// Deliberately alike: one literal per seed row (data, not logic), so the rows share a shape.
const RAK_TABANAN_2: &[TabananRow2] = &[
    TabananRow2 {
        no: 1,
        sasaran: "Terwujudnya rencana kerja dan anggaran KPU, KPU Provinsi/KPU Aceh dan KPU/KIP Kabupaten/Kota yang efektif dan efisien",
        target: "10 kali",
        kegiatan: "5 melakukan perencanaan, pengeloaian, dan pendayagunaan anggaran yang ada untuk melaksanakan kegiatan KPU, baik kegiatan rutin maupun tahapan Pemilu. Melakukan revisi anggaran sesuai dengan kewenangannya berdasarkan ketentuan peraturan perundang-undangan.",
        months: [W1; 12],
        biaya: "",
        pelaksana: "Subbagian Perencanaan, Data dan Informasi",
    },
    TabananRow2 {
        no: 2,
        sasaran: "Terwujudnya sistem administrasi penyelenggaraan Pemilu yang tertib, efektif dan efisien",
        target: "75%",
        kegiatan: "melaporkan capaian keuangan dan output serta kendala tidak tercapainya target berdasarkan kelenturan ketentuan peraturan perundang-undangan setiap bulan dan melakukan pemantauan setiap Triwulan melaporkan progres penyelesaian dan capaian output dan kendala tidak tercapainya target berdasarkan ketentuan peraturan perundang-undangan, 1 (satu) hari setiap akhir bulan (berdasarkan output pelaksanaan kegiatan).",
        months: [W4; 12],
        biaya: "",
        pelaksana: "Subbagian Perencanaan, Data dan Informasi",
    },
    TabananRow2 {
        no: 3,
        sasaran: "Meningkatnya terbit administrasi dan pengelolaan sumber daya manusia",
        target: "97,5%",
        kegiatan: "melakukan monitoring dan evaluasi terhadap pelaksanaan kegiatan dan anggaran. menyusun matriks rencana aksi pelaksanaan kegiatan setiap bulan berdasarkan DIPA dan TOR. menentukan output dari triwulan I sampai dengan triwulan IV Menyusun PK Tahun 2023 Melakukan evaluasi PK Tahun 2023 Menyusun LKJ Tahun 2022",
        months: [W4; 12],
        biaya: "2.619.569.000",
        pelaksana: "Sub Bagian Keuangan, Umum dan Logistik",
    },
    TabananRow2 {
        no: 4,
        sasaran: "Tersedianya data dan informasi kepegawaian",
        target: "90%",
        kegiatan: "Melaporkan data pegawai secara online melalui Aplikasi kepegawaian",
        months: [W14; 12],
        biaya: "",
        pelaksana: "Sub Bagian Keuangan, Umum dan Logistik",
    },
    TabananRow2 {
        no: 5,
        sasaran: "Pembentukan Badan Penyelenggara Adhok",
        target: "10 PPK dan 133 PPS, Pantarh sesuai jumlah TPS",
        kegiatan: "Pembentukan/Stoket Badan Penyelenggaraan Adhok",
        months: [W14; 12],
        biaya: "12.613.260.000",
        pelaksana: "Subbagian Hukum Dan Sumber Daya Manusia",
    },
    // page break: the seed repeats the header here (variant, see the doc comment)
    TabananRow2 {
        no: 12,
        sasaran: "Terwujudnya Keamanan dan Ketertiban di lingkungan KPU/KPU Provinsi/KPU Kabupaten/Kota",
        target: "100,0%",
        kegiatan: "5 Melakukan pengamanan dalam lingkungan KPU Kabupaten Tabanan oleh petugas Pamdal",
        months: [W14; 12],
        biaya: "18",
        pelaksana: "19 Sub Bagian Keuangan, Umum dan Logistik",
    },
    TabananRow2 {
        no: 13,
        sasaran: "Meningkatnya Penyelenggaraan SPIP",
        target: "17 Laporan",
        kegiatan: "Melaksanakan pengawasan dan pengendalian internal melalui Sistem Pengendalian Inter Pemerintah (SPIP)",
        months: [W14; 12],
        biaya: "",
        pelaksana: "Subbagian Hukum Dan Sumber Daya Manusia",
    },
    TabananRow2 {
        no: 14,
        sasaran: "Meningkatnya Akuntabilitas Keuangan dan Kinerja KPU",
        target: "B",
        kegiatan: "Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten Tabanan oleh inspektorat KPU",
        months: [W14; 12],
        biaya: "",
        pelaksana: "Subbagian Perencanaan, Data dan Informasi",
    },
    TabananRow2 {
        no: 15,
        sasaran: "Tertindakannya pengelolaan dan peyusunan informasi hukum",
        target: "100%",
        kegiatan: "Mengelola dan mendokumentasikan produk hukum",
        months: [W14; 12],
        biaya: "15.800.000",
        pelaksana: "Subbagian Hukum Dan Sumber Daya Manusia",
    },
    TabananRow2 {
        no: 16,
        sasaran: "Terwujudnya Tahapan Pemilu/Pemilihan Sesuai Jadwal",
        target: "100%",
        kegiatan: "94% menyajikan informasi produk hukum secara cepat, tepat, dan akurat sesuai dengan SOP\nPengecekan JDH\nPenyusunan Perencanaan Anggaran Tahapan Pemilu",
        months: [W14; 12],
        biaya: "350.342.000",
        pelaksana: "Subbagian Perencanaan, Data dan Informasi",
    },
];

/// The two RAK tables of KPU Kabupaten Tabanan 2023 (seed 002).
///
/// Sheet `RAK 2023`, 19 columns A..S: A `NO.`, B `SASARAN PROGRAM/KEGIATAN`,
/// C `INDIKATOR KINERJA`, D `TARGET`, E `KEGIATAN YANG AMAN DILAKSANAKAN`
/// (sic, the seed's OCR), F..Q months (`RENCANA PELAKSANAAN` merged F5:Q5,
/// `B1`..`B12` in F6..Q6), R `PERKIRAAN BIAYA`, S `PELAKSANA`; A..E, R, S
/// each merged over rows 5–6.
///
/// | row | content |
/// |---|---|
/// | 1–3 | `RENCANA AKSI KINERJA`, `NAMA/UNIT ORGANISASI : Komisi Pemilihan Umum Kabupaten Tabanan`, `TAHUN : 2023`, each merged A:S |
/// | 4 | blank |
/// | 5–6 | header |
/// | 7–10 | sasaran 1: A7:A10 merged `1` (number), B7:B10 merged sasaran text; one indikator per row |
/// | 11–14 | sasaran 2: A11:A14 merged `2`, B11:B14 merged; row 11 holds the data, rows 12–14 only a pelaksana in S |
///
/// Row 7: C `3 Jumlah Laporan Reformasi Birokrasi yang disusun tepat waktu`,
/// D `5 1. Laporan Membentuk Tim Reformasi Birokrasi` (stray OCR digits
/// kept), F `minggu ke 1`, G..Q `minggu ke 1-4`, R `Rp. 2.953.803.000` (text),
/// S `Semua Divisi`. Row 8: D `B`, E five activities joined by `\n`, F three
/// marks `minggu ke 1\nminggu ke 1\nminggu ke 4`, L `minggu ke 1`, other
/// months empty. Row 9: D `1. Laporan`, E empty. Row 10: D `100%`, E two
/// activities, F `minggu ke 1-4\nminggu ke 1-4`. Row 11: D `100%`, E four
/// activities, F two marks, R `Rp. 13.718.210.000` (text), S `Divisi
/// Perencanaan Data dan Informasi`. S12, S13: `Divisi Keuangan, Umum, Rumah
/// Tangga, dan Logistik`; S14: `Divisi Sosialisasi, Pendidikan Pemilih,
/// Partisipasi Masyarakat, dan Sumber Daya Manusia`.
///
/// Sheet `RAK 2023 (2)`, 18 columns A..R: A `NO.`, B `SASARAN
/// PROGRAM/KEGIATAN`, C `TARGET`, D `KEGIATAN YANG AKAN DILAKSANAKAN`, E..P
/// months (`RENCANA PELAKSANAAN` merged E:P, `B1`..`B12` under it),
/// Q `PERKIRAAN BIAYA`, R `PELAKSANA`.
///
/// | row | content |
/// |---|---|
/// | 1–3 | `RENCANA AKSI KINERJA`, `MAMA/UNIT ORGANISASI : Komisi Pemilihan Umum Kabupaten Tabanan` (sic), `TAHUN : 2023`, each merged A:R |
/// | 4 | blank |
/// | 5–6 | header |
/// | 7–11 | seed rows 1–5 |
/// | 12–13 | header repeated as the seed prints it there: D `KEGIATAN YANG AKAN DILAKUKAN`, months row `6`..`17` (text) instead of `B1`..`B12` |
/// | 14–18 | seed rows 12–16 |
///
/// No in A as numbers 1–5, 12–16. Targets (C): `10 kali`, `75%`, `97,5%`,
/// `90%`, `10 PPK dan 133 PPS, Pantarh sesuai jumlah TPS`, `100,0%`,
/// `17 Laporan`, `B`, `100%`, `100%`. Kegiatan keep the OCR's stray prefixes
/// (`5 melakukan…`, `5 Melakukan…`, `94% menyajikan…`; row 18's three
/// activities joined by `\n`). Every month cell has one mark (`minggu ke 1`,
/// `minggu ke 4` or `minggu ke 1-4`). Costs in Q, text: Q9
/// `2.619.569.000`, Q11 `12.613.260.000`, Q14 `18` (the OCR's column number,
/// kept), Q17 `15.800.000`, Q18 `350.342.000`; R14 is `19 Sub Bagian Keuangan,
/// Umum dan Logistik` (stray `19` kept).
///
/// Costs present: sheet 1 `Rp. 2.953.803.000` + `Rp. 13.718.210.000`
/// = 16 672 013 000; sheet 2 2 619 569 000 + 12 613 260 000 + 15 800 000
/// + 350 342 000 = 15 598 971 000 (not counting the stray `18`).
pub fn rak_tabanan_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    let wrap = wrap_format();
    let center_top = Format::new()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::Top)
        .set_text_wrap();
    let right_top = Format::new()
        .set_align(FormatAlign::Right)
        .set_align(FormatAlign::Top);

    // Sheet 1: the table with an indikator column.
    let sheet = add_rak_sheet(
        &mut workbook,
        "RAK 2023",
        (&[5.0, 34.0, 34.0, 16.0, 44.0], 11.0, [18.0, 30.0]),
        &[
            "RENCANA AKSI KINERJA",
            "NAMA/UNIT ORGANISASI : Komisi Pemilihan Umum Kabupaten Tabanan",
            "TAHUN : 2023",
        ],
    )?;
    write_two_row_header(
        sheet,
        4,
        &[
            (0, "NO."),
            (1, "SASARAN PROGRAM/KEGIATAN"),
            (2, "INDIKATOR KINERJA"),
            (3, "TARGET"),
            (4, "KEGIATAN YANG AMAN DILAKSANAKAN"),
            (17, "PERKIRAAN BIAYA"),
            (18, "PELAKSANA"),
        ],
        (5, "RENCANA PELAKSANAAN"),
        &MONTHS,
    )?;
    let first_row: u32 = 6;
    for (i, item) in RAK_TABANAN_1.iter().enumerate() {
        let row = first_row + i as u32;
        if let Some(no) = item.no {
            let len = 1 + RAK_TABANAN_1[i + 1..]
                .iter()
                .take_while(|next| next.no.is_none())
                .count() as u32;
            let last = row + len - 1;
            if len > 1 {
                sheet.merge_range(row, 0, last, 0, "", &center_top)?;
            }
            sheet.write_number_with_format(row, 0, f64::from(no), &center_top)?;
            write_block(sheet, (row, 1), (last, 1), item.sasaran, &wrap)?;
        }
        write_text(sheet, row, 2, item.indikator, &wrap)?;
        write_text(sheet, row, 3, item.target, &wrap)?;
        write_text(sheet, row, 4, item.kegiatan, &wrap)?;
        for (col, mark) in (5u16..).zip(item.months) {
            write_text(sheet, row, col, mark, &center_top)?;
        }
        write_text(sheet, row, 17, item.biaya, &right_top)?;
        write_text(sheet, row, 18, item.pelaksana, &wrap)?;
    }

    // Sheet 2: the table without an indikator column.
    let sheet = add_rak_sheet(
        &mut workbook,
        "RAK 2023 (2)",
        (&[5.0, 34.0, 16.0, 50.0], 11.0, [16.0, 30.0]),
        &[
            "RENCANA AKSI KINERJA",
            "MAMA/UNIT ORGANISASI : Komisi Pemilihan Umum Kabupaten Tabanan",
            "TAHUN : 2023",
        ],
    )?;
    let labels = |kegiatan: &'static str| -> [(u16, &'static str); 6] {
        [
            (0, "NO."),
            (1, "SASARAN PROGRAM/KEGIATAN"),
            (2, "TARGET"),
            (3, kegiatan),
            (16, "PERKIRAAN BIAYA"),
            (17, "PELAKSANA"),
        ]
    };
    write_two_row_header(
        sheet,
        4,
        &labels("KEGIATAN YANG AKAN DILAKSANAKAN"),
        (4, "RENCANA PELAKSANAAN"),
        &MONTHS,
    )?;
    let mut row: u32 = 6;
    for item in RAK_TABANAN_2 {
        if item.no == 12 {
            // The page break before seed row 12, header as printed there.
            write_two_row_header(
                sheet,
                row,
                &labels("KEGIATAN YANG AKAN DILAKUKAN"),
                (4, "RENCANA PELAKSANAAN"),
                &[
                    "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
                ],
            )?;
            row += 2;
        }
        sheet.write_number_with_format(row, 0, f64::from(item.no), &center_top)?;
        write_text(sheet, row, 1, item.sasaran, &wrap)?;
        write_text(sheet, row, 2, item.target, &wrap)?;
        write_text(sheet, row, 3, item.kegiatan, &wrap)?;
        for (col, mark) in (4u16..).zip(item.months) {
            write_text(sheet, row, col, mark, &center_top)?;
        }
        write_text(sheet, row, 16, item.biaya, &right_top)?;
        write_text(sheet, row, 17, item.pelaksana, &wrap)?;
        row += 1;
    }

    workbook.save(path)?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Rencana Aksi Kinerja Sekretariat KPU Kota Pontianak 2019 (seed 003)
// ---------------------------------------------------------------------------

/// No, sasaran strategis, indikator, target, kegiatan, perkiraan biaya, pelaksana.
type PontianakAksi = (
    u32,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    u64,
    &'static str,
);

// Deliberately alike: one literal per seed row (data, not logic), so the rows share a shape.
const RAK_PONTIANAK_ROWS: &[PontianakAksi] = &[
    (1, "Terselesainya Laporan Sistem Akuntansi dan Pelaporan Keuangan Pemilu", "Jumlah Laporan sistem akuntansi dan pelaporan keuangan", "1 Laporan", "Pelaksanaan Akuntabilitas pengelolaan admiistrasi keuangan di lingkungan setjen KPU", 22_568_000, "Subbag Umum, Keuangan dan Logistik"),
    (2, "Tersusunnya Laporan Pertanggungjawaban Penggunaan Anggaran", "Persentase yang menyampaikan laporan pertanggungjawaban penggunaan anggaran (SIMONIKA) yang tepat waktu dan valid", "1 Laporan", "Laporan Pertanggungjawaban Penggunaan Anggaran", 5_966_000, "Subbag Umum, Keuangan dan Logistik"),
    (3, "Terlaksananya Pengelolaan Keuangan, Perbendaharaan dan Pertanggungjawaban Tahapan Pemilu", "Jumlah draft juklak juknis pengelolaan keuangan di lingkungan KPU", "1 Laporan", "Laporan Pertanggungjawaban Keuangan Tahapan Pemilu", 71_357_000, "Subbag Umum, Keuangan dan Logistik"),
    (4, "Terlaksananya layanan perkantoran", "Prosentase ketepatan pembayaran gaji / honor / tunjangan pegawai", "12 Bulan/Layanan", "pembayaran gaji / honor / tunjangan pegawai", 2_568_960_000, "Subbag Umum, Keuangan dan Logistik"),
    (5, "Tersusunnya Data Kebutuhan dan Anggaran Logistik Pemilu/Pemilihan", "Persentase jumlah, jenis , alokasi dan peruntukan pemilu logistik pemilu yang tepat", "1 Dokumen", "Laporan Kebutuhan Anggaran Logistik Pemilu yang Efisien, Akuntabel", 1_200_000, "Subbag Umum, Keuangan dan Logistik"),
    (6, "Tersusunnya pengolahan data dan dokumentasi kebutuhan pengadaan, pendistribusian dan pengelolaan administrasi", "Persentase satker yang melaksanakan pengadaan logistik keperluan pemilu/pemilihan dengan tanpa ada kasus terhadap proses pengadaan yang mengakibatkan kerugian negara atau pemborosan uang negara", "1 Dokumen", "Pengadaan Logistik yang efisien, tepat ukuran, waktu, dan jumlah", 32_646_000, "Subbag Umum, Keuangan dan Logistik"),
    (7, "Tersedianya Sarana dan Prasarana Keperluan Pemilu", "Tersedianya Sarana dan Prasarana Keperluan Pemilu", "1 Unit", "Pengadaan Logistik yang efisien, tepat ukuran, waktu, dan jumlah", 1_659_691_000, "Subbag Umum, Keuangan dan Logistik"),
    (8, "Terwujudnya Dokumen perencanaan anggaran", "Persentase kesesuaian rencana program dan anggaran dengan output dan penyerapan anggaran yang di capai", "1 Dokumen", "Rencana kerja tahapan pemilu", 67_116_000, "Subbag Program Data"),
    (9, "Tersedianya layanan teknologi informasi", "Tersedianya layanan teknologi informasi pemilu", "12 Bulan", "Layanan internet", 34_200_000, "Subbag Program Data"),
    (10, "Tersusunnya laporan pelaksanaan kegiatan", "Persentase KPU yang target kinerjanya tercapai sesuai dengan perjanjian kinerja", "2 Laporan", "Pemantauan pelaksanaan rencana pembangunan dan realisasi capaian output tahun 2019", 5_602_000, "Subbag Program Data"),
    (11, "Tersusunnya analisis capaian kinerja", "Persentase dokumen yang tersedia dengan tepat waktu", "8 Dokumen", "Laporan kinerja 2018 dan Perjanjian kinerja 2019", 4_784_000, "Subbag Program Data"),
    (12, "Tersusunnya anggaran pemilu", "Fasilitasi penyusunan anggaran pemilu", "1 Dokumen", "Pengelolaan tahapan, program dan jadwal pemilihan umum", 54_959_000, "Subbag Program Data"),
    (13, "Terlaksananya monitoring dan evaluasi pemilu", "Persentase laporan monitoring dan evaluasi yang akuntabel dan tepat waktu", "2 Dokumen", "Monitoring dan evaluasi pemilu", 65_369_000, "Subbag Program Data"),
    (14, "Terlaksananya pemutakhiran data pemilih", "Persentase pemutakhiran data pemilih tingkat kecamatan dan kelurahan", "1 Dokumen", "Pemutakhiran data pemilih", 233_624_000, "Subbag Program Data"),
    (15, "Terselenggaranya panitia pemilihan kecamatan", "Tersedianya fasilitas panitia pemilihan kecamatan", "1 Dokumen", "Fasilitas panitia pemilihan kecamatan", 481_500_000, "Subbag Program Data"),
    (16, "Terselenggaranya panitia pemungutan suara", "Tersedianya fasilitas panitia pemungutan suara", "1 Dokumen", "Fasilitas panitia pemungutan suara", 1_085_760_000, "Subbag Program Data"),
    (17, "Terselenggaranya kelompok penyelenggara pemungutan suara (KPPS)", "Tersedianya fasilitas kelompok penyelenggara pemungutan suara (KPPS)", "1 Dokumen", "Fasilitasi kelompok penyelenggara pemungutan suara (KPPS)", 13_948_016_000, "Subbag Program Data"),
    (18, "Tersesunnya laporan persediaan (Stock Opname)", "Terlaksananya pengelolaan Barang milik negara", "1 Unit", "Stock opname barang persediaan", 4_508_000, "Subbag Umum, Keuangan dan Logistik"),
    (19, "Terlaksananya pengelolaan barang milik negara", "Persentase KPU yang patuh dan tertib dalam pengelolaan barang milik negara yang material sesuai SAP", "1 Dokumen", "Pengelolaan barang milik negara", 37_266_000, "Subbag Umum, Keuangan dan Logistik"),
    (20, "Tersedianya pengamanan tahapan pemilu", "Persentase gangguan keamanan dalam lingkungan KPU yang dapat di tanggulangi", "1 Layanan", "Koordinasi dengan instansi terkait", 19_500_000, "Subbag Umum, Keuangan dan Logistik"),
    (21, "Tersusunnya BMN logistik pemilu", "Tersedianya penyusunan BMN logistik pemilu", "1 Dokumen", "Penyusunan BMN logistik pemilu", 10_950_000, "Subbag Umum, Keuangan dan Logistik"),
    (22, "Tersedianya layanan perkantoran", "Persentase pemenuhan fasilitas perkantoran", "1 Layanan", "Kebutuhan sehari-hari perkantoran", 815_430_000, "Subbag Umum, Keuangan dan Logistik"),
    (23, "Tersusunnya laporan hasil reviu laporan keuangan", "Kualitas penyusunan laporan keuangan sesuai SAP", "1 Laporan", "Reviu laporan keuangan KPU", 21_600_000, "Subbag Umum, Keuangan dan Logistik"),
    (24, "Tersusunnya advokasi dan sengketa hukum", "Persentase penyelesaian sengketa hukum yang dimenangkan", "1 Kasus", "Advokasi dan sengketa hukum", 3_500_000, "Subbag Hukum"),
    (25, "Terlaksananya peraturan/keputusan pemilu", "Persentase penyusunan rancangan peraturan KPU terkait tahapan pemilu/pemilihan yang melalui proses uji publik kepada pemangku kepentingan", "1 Rancangan", "Penyuluhan rancangan keputusan/peraturan perundang-undangan, rumusan dan rancangan keputusan/peraturan pelaksanaan pemilu", 3_856_000, "Subbag Hukum"),
    (26, "Tersedianya dana kampanye pemilu", "Persentase pemangku kepentingan yang menerima bimbingan/pelayanan penyusunan laporan dana kampanye, audit dana kampanye, pendaftaran partai politik dan anggota DPD sesuai dengan peraturan KPU yang mengatur tentang tahapan Pemilu/Pemilihan", "1 Laporan", "Persiapan penerimaan laporan dan audit dana kampanye peserta pemilu", 46_323_000, "Subbag Hukum"),
    (27, "Tersedianya bantuan hukum penyelesaian kasus hukum pemilu", "Persentase informasi hukum yang disajikan secara cepat, tepat dan akurat sesuai dengan SOP", "1 Kasus", "Bantuan hukum penyelesaian kasus hukum pemilu", 102_354_000, "Subbag Hukum"),
    (28, "Tersusunnya rancangan pedoman/juknis", "Persentase KPU yang menyelenggarakan tahapan pencalonan, kampanye dan pemungutan suara sesuai dengan jadwal", "1 Rancangan", "Fasilitasi penyelesaian permasalahan pencalonan pemilu", 4_990_000, "Subbag Tekhnis"),
    (29, "Terlaksananya sosialisasi kebijakan KPU kepada stakeholder (Partai politik, LSM, Ormas, Pemerintah Daerah, Perguruan Tinggi dan Masyarakat)", "Persentase penyampaian informasi dan publikasi dalam tahapan Pemilu/Pemilihan yang ditampilkan di media publikasi", "1 Kegiatan", "Sosialisasi penyelenggaraan pemilu", 15_400_000, "Subbag Tekhnis"),
    (30, "Terlaksananya pengelolaan PAW Anggota DPR, DPD, DPRD dan DPRD Kabupaten/Kota", "Persentase proses PAW anggota DPR dan DPD, DPRD Provinsi dan DPRD Kabupaten/Kota dapat diselesaikan dalam waktu 5 hari kerja", "1 Layanan", "Pengolahan PAW Anggota DPRD dan DPRD Kabupaten/Kota", 1_500_000, "Subbag Tekhnis"),
    (31, "Terlaksananya publikasi informasi", "Persentase penyampaian informasi dan publikasi dalam tahapan Pemilu/Pemilihan yang ditampilkan di media publikasi", "1 Edisi", "Penerbitan bahan informasi dan pelayanan pers", 8_660_000, "Subbag Tekhnis"),
    (32, "Tersedianya fasilitas pendidikan pemilih kepada pemilih pemula, perempuan dan disabilitas", "Jumlah KPU yang telah membentuk Pusat pendidikan pemilih", "1 Satker", "Pelaksanaan kegiatan sosialisasi, pendidikan pemilih melalui metode tatap muka", 75_000_000, "Subbag Tekhnis"),
    (33, "Tersedianya dokumen teknis pemilu Legislatif, Pemilu Presiden dan Wakil Presiden", "Analisis hasil pengolahan data dan evaluasi sistem pemilu dan pilkada", "1 Dokumen", "Pengelolaan dokumen", 40_000_000, "Subbag Tekhnis"),
    (34, "Terlaksananya pengelolaan Rumah Pintar Pemilu", "Persentase pengembangan Rumah pintar pemilu", "1 Satker", "Pengembangan Rumah pintar pemilu", 50_000_000, "Subbag Tekhnis"),
    (35, "Calon anggota DPR, DPRD Provinsi dan DPRD Kabupaten/Kota terpilih pemilu", "Persentase calon anggota DPR, DPRD Provinsi dan DPRD Kabupaten/kota terpilih pemilu", "16 Orang", "Bimbingan teknis tata cara penetapan terpilih", 100_000_000, "Subbag Tekhnis"),
    (36, "Terlaksananya kampanye pemilu calon anggota DPR, DPD, dan DPRD serta pemilu Presiden dan Wakil Presiden", "Persentase kampanye pemilu calon anggota DPR, DPD dan DPRD", "1 Laporan", "Fasilitasi kampanye peserta pemilu", 109_450_000, "Subbag Tekhnis"),
    (37, "Supervisi/Monitoring/ Bimbingan teknis penyelenggaraan pemilu", "Supervisi/Monitoring/Bimbingan teknis penyelenggaraan pemilu", "1 Kegiatan", "Supervisi tahapan penyelenggaraan Pemilu dan Pilpres 2019", 59_000_000, "Subbag Tekhnis"),
    (38, "Terlaksananya sosialisasi penyelenggaraan pemilu", "Persentase sosialisasi penyelenggaraan pemilu", "1 Kegiatan", "Sosialisasi penyelenggaraan pemilu", 123_498_000, "Subbag Tekhnis"),
    (39, "Terlaksananya pendidikan pemilih kepada masyarakat umum", "Persentase pendidikan pemilih kepada masyarakat umum", "1 Kegiatan", "Pendidikan pemilih kepada masyarakat umum", 448_500_000, "Subbag Tekhnis"),
    (40, "Terbentuknya relawan demokrasi", "Persentase relawan demokrasi", "1 Satker", "Pembentukan relawan demokrasi", 414_550_000, "Subbag Tekhnis"),
    (41, "Terlaksananya pemungutan suara", "Persentase pemungutan suara", "1 Satker", "Bimbingan teknis pemungutan dan penghitungan suara", 369_080_000, "Subbag Tekhnis"),
    (42, "Tersusunnya rekapitulasi dan penghitungan suara", "Persentase rekapitulasi dan penghitungan suara", "1 Satker", "Rekapitulasi hasil penghitungan nasional suara dan pilprea 2019", 761_600_000, "Subbag Tekhnis"),
    (43, "Terlaksananya penetapan hasil pemilu", "Persentase penetapan hasil pemilu", "1 Dokumen", "Penetapan hasil suara pemilu 2019 dan penetapan perolehan kursi anggota legislatif", 60_000_000, "Subbag Tekhnis"),
];

/// Index into `RAK_PONTIANAK_ROWS` before which the seed repeats the header,
/// with the indikator label it prints there.
const RAK_PONTIANAK_BREAKS: [(usize, &str); 6] = [
    (5, "Indikator Kierja Strategis"),
    (12, "Indikator Kerja Strategis"),
    (20, "Indikator Kierja Strategis"),
    (26, "Indikator Kierja Strategis"),
    (32, "Indikator Kierja Strategis"),
    (39, "Indikator Kierja Strategis"),
];

fn write_pontianak_header(
    sheet: &mut Worksheet,
    row: u32,
    indikator: &str,
) -> Result<(), XlsxError> {
    write_two_row_header(
        sheet,
        row,
        &[
            (0, "No"),
            (1, "Sasaran Strategis"),
            (2, indikator),
            (3, "Target"),
            (4, "Kegiatan Yang Akan Dilaksanakan"),
            (17, "Perkiraan Biaya"),
            (18, "Pelaksana"),
        ],
        (5, "Rencana Pelaksanaan"),
        &MONTHS,
    )
}

/// The RAK of the Sekretariat KPU Kota Pontianak 2019 (seed 003): 43 actions,
/// no month marks.
///
/// Sheet `RAK 2019`, 19 columns A..S: A `No`, B `Sasaran Strategis`,
/// C `Indikator Kierja Strategis` (sic), D `Target`, E `Kegiatan Yang Akan
/// Dilaksanakan`, F..Q months (`Rencana Pelaksanaan` merged over F..Q of the
/// first header row, `B1`..`B12` under it), R `Perkiraan Biaya`,
/// S `Pelaksana`; A..E, R, S merged over both header rows.
///
/// | row | content |
/// |---|---|
/// | 1–4 | `RENCANA AKSI KINERJA`, `TAHUN 2019`, `Nama/Unit Organisasi : SEKRETARIAT KPU KOTA PONTIANAK`, `Tahun Anggaran : 2019`, each merged A:S |
/// | 5 | blank |
/// | 6–7 | header |
/// | 8 | numbering `(1)`..`(19)`, text (only here) |
/// | 9–13 | actions 1–5 |
/// | 14–15 | header repeated |
/// | 16–22 | actions 6–12 |
/// | 23–24 | header repeated with C `Indikator Kerja Strategis` |
/// | 25–32 | actions 13–20 |
/// | 33–34 | header repeated |
/// | 35–40 | actions 21–26 |
/// | 41–42 | header repeated |
/// | 43–48 | actions 27–32 |
/// | 49–50 | header repeated |
/// | 51–57 | actions 33–39 |
/// | 58–59 | header repeated |
/// | 60–63 | actions 40–43 |
/// | 64 | blank |
/// | 65–68 | Q65 `Pontianak, 13 Februari 2019`, Q66 `Sekretaris Kota Pontianak`, Q67 blank, Q68 `SUARDIANA` |
///
/// Action rows: A No (number), B..E text (targets like `1 Laporan`,
/// `12 Bulan/Layanan`, `16 Orang`), F..Q empty, R cost (number, `#,##0`),
/// S pelaksana. The 43 costs add up to 24 049 833 000 (largest: action 17,
/// 13 948 016 000; smallest: action 5, 1 200 000). There is no total row.
pub fn rak_pontianak_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    let sheet = add_rak_sheet(
        &mut workbook,
        "RAK 2019",
        (&[5.0, 36.0, 40.0, 14.0, 40.0], 5.0, [16.0, 26.0]),
        &[
            "RENCANA AKSI KINERJA",
            "TAHUN 2019",
            "Nama/Unit Organisasi : SEKRETARIAT KPU KOTA PONTIANAK",
            "Tahun Anggaran : 2019",
        ],
    )?;
    write_pontianak_header(sheet, 5, "Indikator Kierja Strategis")?;
    write_numbering(sheet, 7, 1, 19)?;

    let wrap = wrap_format();
    let amount = amount_format();
    let center_top = Format::new()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::Top);
    let mut row: u32 = 8;
    for (i, &(no, sasaran, indikator, target, kegiatan, biaya, pelaksana)) in
        RAK_PONTIANAK_ROWS.iter().enumerate()
    {
        if let Some(&(_, label)) = RAK_PONTIANAK_BREAKS.iter().find(|(b, _)| *b == i) {
            write_pontianak_header(sheet, row, label)?;
            row += 2;
        }
        sheet.write_number_with_format(row, 0, f64::from(no), &center_top)?;
        for (col, text) in (1u16..).zip([sasaran, indikator, target, kegiatan]) {
            sheet.write_string_with_format(row, col, text, &wrap)?;
        }
        sheet.write_number_with_format(row, 17, biaya as f64, &amount)?;
        sheet.write_string_with_format(row, 18, pelaksana, &wrap)?;
        row += 1;
    }

    row += 1; // blank row
    write_lines(
        sheet,
        row,
        16,
        &[
            "Pontianak, 13 Februari 2019",
            "Sekretaris Kota Pontianak",
            "",
            "SUARDIANA",
        ],
    )?;

    workbook.save(path)?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Rencana Aksi Kinerja KPU Kabupaten Pasaman Barat 2024 (seed 004, OCR)
// ---------------------------------------------------------------------------

const RAK_PASAMAN_LINES: &[&str] = &[
    "RENCANA AKSI KINERJA (RAK) KPU KABUPATEN PASAMAN BARAT TAHUN 2024",
    "",
    "| Sas | aran Strategis/ | | Indikator Kinerja Kegiatan Target Kegiatan yang akan dilaksanakan | | | | | Pelaksana | | | | | | | | | | | | |",
    // seed line 4: markdown separator, not a row
    "| Kegiatan | | | manator Milerja Neglatari | larger | | B1 5 | B2 | В3 | В4 | B5 | B6 | В7 | В8 | В9 | B10 | B11 | B12 | . I started to | | |",
    "| | | 2 | | 3 | 4 | | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | | |",
    "| 1. | Fasilitasi Pengelolaan Desain Surat Suara, | 1 | Rencana program dan anggaran disusun secara tepat waktu dan sesuai kebutuhan | 1 laporan | Penyusunan rencana program tahunan | | | | | | | | | | | | | Sub Bagian Perencanaan Dat dan Informasi | | |",
    "| | Dokumentasi, Daerah Pemilihan, dan Alokasi Kursi | | | | Penyusunan dan revisi anggaran sesuai prioritas | | | | | | | | | | | | | | | |",
    "| | | 2 | Rasio penyelesaian NPHD dan revisi anggaran tepat waktu | 1 laporan | Koordinasi dengan pemerintah daerah terkait NPHD | | | | | | | | | | | | | Sub Bagian Perencanaan Dat dan Informasi | | |",
    "| | | | | | Penyusunan dan revisi anggaran hibah pemilihan | | | | | | | | | | | | | | | |",
    "| | | 3 | Persentase produk hukum dan berita acara yang disahkan sesuai jadwal | 1 laporan | Penyusunan peraturan teknis pemilihan | | | | | | | | | | | | | Sub Bagian Teknis Penyelenggaraan dan Hukur | | |",
    "| | | | | | Pembuatan berita acara untuk setiap tahap penyelenggaraan | | | | | | | | | | | | | | | |",
    "| | | 4 | Jumlah peserta sosialisasi dan bimbingan teknis yang tercapai | | Pelaksanaan sosialisasi ke masyarakat | | | | | | | | | | | | | Sub Bagian Teknis Penyelenggaraan dan Hukun | | |",
    "| | | | | | Bimbingan teknis kepada penyelenggara pemilu | | | | | | | | | | | | | Sub Bagian SDM dan Parmas | | |",
    "| | | 5 | Persentase pembentukan badan adhoc yang memenuhi standar | 1 laporan | Rekrutmen dan seleksi PPK, PPS, KPPS, dan PPDP | | | | | | | | | | | | | | | |",
    "| | | | | | Pelatihan untuk badan adhoc | | | | | | | | | | | | | | | |",
    "| | | 6 | Tingkat akurasi data pemilih yang terdaftar | 1 laporan | Pemutakhiran daftar pemilih tetap (DPT) | | | | | | | | | | | | | Sub Bagian Perencanaan Data dan Informasi | | |",
    "| | | | | | Penyempurnaan sistem informasi pemilih | | | | | | | | | | | | | | | |",
    "| | | 7 | Proses pencalonan selesai sesuai regulasi dan jadwal | 1 laporan | Verifikasi dokumen calon | | | | | | | | | | | | | Sub Bagian Teknis Penyelenggaraan dan Hukum Sub Bagian Teknis Penyelenggaraan dan Hukum Sub Bagian Teknis Penyelenggaraan dan Hukum | | |",
    "| | | | | | Penetapan calon sesuai tahapan | | | | | | | | | | | | | | | |",
    "| | | 8 | Tingkat kepatuhan pelaksanaan kampanye terhadap regulasi | 1 laporan | Pengawasan terhadap jadwal kampanye | | | | | | | | | | | | | | | |",
    "| | | | | | Koordinasi dengan peserta pemilu dan masyarakat | | | | | | | | | | | | | | | |",
    "| | | 9 | Rasio laporan audit dana kampanye yang selesai diverifikasi | 1 laporan | Penerimaan laporan dana kampanye dari peserta | | | | | | | | | | | | | | | |",
    "| | | | | | Pelaksanaan audit oleh lembaga independen | | | | | | | | | | | | | | | |",
    "| | | 10 | Persentase rekapitulasi yang diselesaikan tepat waktu | 1 laporan | Pelaksanaan rekapitulasi di tingkat kecamatan, kabupaten/kota, dan Provinsi | | | | | | | | | | | | | Sub Bagian Teknis Penyelenggaraan dan Hukum | | |",
    "| | | | | | Penyampaian hasil kepada pihak terkait | | | | | | | | | | | | | | | |",
    "",
    "| Sasaran Strategis/ Kegiatan | | Strategis/ | | Strategis/ | | Strategis/ | | Strategis/ | | Strategis/ | | Strategis/ | | Strategis/ | | trategis/ | | Strategis/ | | Strategis/ | | Strategis/ | | Strategis/ | | Strategis/ | | :rategis/ | | Strategis/ | | Strategis/ | | Indikator Kinerja Kegiatan | _ | Kegisten vong eken dilekgeneken | Rencana Pelaksanaan | | | | | | | | | | Pelaksana |",
    // seed line 29: markdown separator, not a row
    "| | | 9, | | Indikator Kinerja Kegiatan | Target | Kegiatan yang akan dilaksanakan | B1 | B2 | ВЗ | B4 | B5 | B6 | B7 | B8 | В9 | B10 |) B11 | B12 | _ retansalia | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | 11 | Rasio penyelesaian sengketa hukum pemilu yang difasilitasi | 1 laporan | Pendampingan hukum untuk peserta pemilu | | | | | | | | | | | | | Sub Bagian Teknis Penyelenggaraan dan Hukum | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | | | | Penyelesaian sengketa melalui jalur hukum | | | | | | | | | | | | | . , 33 | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | 12 | Tingkat ketersediaan logistik pemilu di TPS tepat waktu | 1 laporan | Pengadaan kotak suara, bilik, dan perlengkapan lain | | | | | | | | | | | | | Sub Bagian Keuangan, Umum d Logistik | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | | | | Distribusi logistik ke seluruh TPS | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | 13 | Jumlah penyelenggara yang mengikuti pelatihan sesuai target | 1 laporan | Pelaksanaan bimbingan teknis untuk penyelenggara | | | | | | | | | | | | | Sub Bagian SDM dan Parmas | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | | | | Simulasi pelaksanaan tugas di lapangan | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | 14 | Tingkat pelaksanaan rapat kerja sesuai jadwal | 1 laporan | Rapat koordinasi internal dan eksternal | | | | | | | | | | | | | Sub Bagian SDM dan Parmas Semua Sub Bagian | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | | | | Supervisi penyelenggaraan pemilu di daerah | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | 15 | Rasio perjalanan dinas yang sesuai perencanaan | 1 laporan | Perjalanan dinas untuk supervisi dan koordinasi | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | | | | Monitoring pelaksanaan pemilu di lapangan | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | | Tingkat ketersediaan sarana dan prasarana yang terawat | 1 laporan | Pemeliharaan alat elektronik, kendaraan, dan fasilitas kantor | | | | | | | | | | | | | Sub Bagian Perencanaan Data Informasi | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | 17 | Ketersediaan BBM untuk operasional | 1 laporan | enyediaan dan pengelolaan BBM | | | | | | | | | | | | | Semua Sub Bagian | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | | tepat waktu | | untuk kegiatan operasional | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | 18 | Tingkat pelayanan administrasi yang sesuai standar | 1 laporan | Pengelolaan dokumen perkantoran | | | | | | | | | | | | | Sub Bagian Keuangan, Umum dan Logistik Sub Bagian Perencanaan Data dan Informasi Semua Sub Bagian Sub Bagian Keuangan, Umum dan Logistik | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | | | | Pelayanan kebutuhan administrasi harian | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | 19 | Rasio realisasi belanja modal yang sesuai rencana | 1 laporan | Pengadaan peralatan IT untuk kebutuhan pemilu | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | | | | Pembelian mesin kantor untuk mendukung kegiatan | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | 20 | Jumlah kelompok kerja yang terbentuk dan berfungsi optimal | 1 laporan | Pembentukan kelompok kerja untuk setiap tahapan pemilu | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | | | | Koordinasi lintas unit kerja terkait | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | | 21 | Tingkat pembayaran honorarium yang tepat waktu | 1 laporan | Pendistribusian honorarium kepada penyelenggara adhoc | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| | | _ | | | | Monitoring terhadap pembayaran honorarium | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
    "| 2. | Perencanaan Penganggara Pemilu | | 1. | Persentase dokumen perencanaan yang disusun tepat waktu | 1 layanan | Penyusunan dokumen Rencana Kerja Anggaran Kementerian/Lembaga (RKAKL) | | | | | | | | | | | | | Sub Bagian Perencanaan Data dan Informasi | | | | | | | | | | | | | | | | | | | | | | | | | | | | |",
];

/// The badly OCR'd RAK of KPU Kabupaten Pasaman Barat 2024 (seed 004), cell
/// for cell: lakip should import what it can read and report the rest.
///
/// Sheet `RAK 2024`. The seed's lines 1–54 (the title, a blank line, the
/// first markdown table, a blank line, and the second markdown table up to
/// and including the row `2. | Perencanaan Penganggara Pemilu …`) become
/// sheet rows in order, skipping only the two `|---|` separator lines (seed
/// lines 4 and 29). Every markdown cell (text between two `|`, trimmed) is a
/// TEXT cell in the next column from A; empty cells stay blank. Nothing is
/// merged, nothing is a number (`1`, `2`, `17`, `1.`, `9,` are all text).
///
/// | row | seed line | content |
/// |---|---|---|
/// | 1 | 1 | A `RENCANA AKSI KINERJA (RAK) KPU KABUPATEN PASAMAN BARAT TAHUN 2024` |
/// | 2 | 2 | blank |
/// | 3 | 3 | header fragments: A `Sas`, B `aran Strategis/`, D `Indikator Kinerja Kegiatan Target Kegiatan yang akan dilaksanakan`, I `Pelaksana` |
/// | 4 | 5 | A `Kegiatan`, D `manator Milerja Neglatari`, E `larger`, G `B1 5`, H `B2`, I `В3` (Cyrillic В), … R `B12`, S `. I started to` |
/// | 5 | 6 | numbering fragments: C `2`, E `3`, F `4`, H..S `6`..`17` |
/// | 6 | 7 | A `1.`, B `Fasilitasi Pengelolaan Desain Surat Suara,`, C `1`, D indikator, E `1 laporan`, F kegiatan, S pelaksana |
/// | 7–25 | 8–26 | indikator rows 1–10 of sasaran 1 and their second kegiatan lines (F), pelaksana in S |
/// | 26 | 27 | blank |
/// | 27 | 28 | the second table's wide header: A `Sasaran Strategis/ Kegiatan`, repeated `Strategis/` fragments, AI `Indikator Kinerja Kegiatan`, AJ `_`, AK `Kegisten vong eken dilekgeneken`, AL `Rencana Pelaksanaan`, AV `Pelaksana` (the sheet's last column) |
/// | 28 | 30 | C `9,`, E `Indikator Kinerja Kegiatan`, F `Target`, G `Kegiatan yang akan dilaksanakan`, H..S `B1` `B2` `ВЗ` … `) B11` `B12`, T `_ retansalia` |
/// | 29 | 31 | numbering fragments E..T `2`..`17` |
/// | 30 | 32 | all blank cells |
/// | 31–51 | 33–53 | indikators 11–21 shifted one column right (No in D, indikator E, target F, kegiatan G, pelaksana T) |
/// | 52 | 54 | A `2.`, B `Perencanaan Penganggara Pemilu`, D `1.`, E `Persentase dokumen perencanaan yang disusun tepat waktu`, F `1 layanan`, G kegiatan, T `Sub Bagian Perencanaan Data dan Informasi` |
pub fn rak_pasaman_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("RAK 2024")?;
    for (row, line) in (0u32..).zip(RAK_PASAMAN_LINES) {
        let line = line.trim();
        let Some(inner) = line.strip_prefix('|') else {
            if !line.is_empty() {
                sheet.write_string(row, 0, line)?;
            }
            continue;
        };
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        for (col, cell) in (0u16..).zip(inner.split('|')) {
            let cell = cell.trim();
            if !cell.is_empty() {
                sheet.write_string(row, col, cell)?;
            }
        }
    }

    workbook.save(path)?;
    Ok(())
}
