//! Test fixtures for `lakip`: real spreadsheets (and a few broken files) that
//! keep the layouts of the SAKIP source documents in `seeds/`.
//!
//! Every workbook is written with `rust_xlsxwriter` and a fixed document
//! creation date (2023-01-24T08:00:00), so regenerating a fixture gives
//! byte-identical output. Every function takes the output `path` and returns
//! `Result<(), Box<dyn Error>>`; callers in tests simply `unwrap()`.
//!
//! Row numbers in the doc comments are 1-based, as Excel shows them; columns
//! are letters (`A` = zero-based column 0). Zero-based `(row, col)` pairs are
//! given where a reader such as calamine needs them.
//!
//! Used from integration tests as `mod support;` with `tests/support/mod.rs`
//! containing `pub mod fixtures;`. Not every test binary uses every fixture.
#![allow(dead_code)]

use std::error::Error;
use std::io::Write;
use std::path::Path;

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError,
};

type FixtureResult = Result<(), Box<dyn Error>>;

// ---------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------

/// A new workbook whose document properties carry a fixed creation datetime,
/// so that the saved bytes do not depend on the clock.
pub(super) fn new_workbook() -> Result<Workbook, XlsxError> {
    let created = ExcelDateTime::from_ymd(2023, 1, 24)?.and_hms(8, 0, 0)?;
    let properties = DocProperties::new()
        .set_author("lakip test fixtures")
        .set_creation_datetime(&created);
    let mut workbook = Workbook::new();
    workbook.set_properties(&properties);
    Ok(workbook)
}

/// `37230532000` -> `"37.230.532.000"` (Indonesian thousands separator).
fn dotted(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(ch);
    }
    out
}

fn amount_format() -> Format {
    Format::new().set_num_format("#,##0")
}

fn percent_format() -> Format {
    Format::new().set_num_format("0.00")
}

pub(super) fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
}

pub(super) fn title_format() -> Format {
    Format::new().set_bold().set_align(FormatAlign::Center)
}

pub(super) fn wrap_top_format() -> Format {
    Format::new().set_text_wrap().set_align(FormatAlign::Top)
}

/// Writes a CSV file. `bom` prefixes the UTF-8 byte order mark (as Excel's
/// "CSV UTF-8" does); `crlf` ends records with `\r\n` instead of `\n`.
fn write_csv(
    path: &Path,
    delimiter: u8,
    bom: bool,
    crlf: bool,
    rows: &[Vec<String>],
) -> FixtureResult {
    let mut file = std::fs::File::create(path)?;
    if bom {
        file.write_all(b"\xEF\xBB\xBF")?;
    }
    let mut builder = csv::WriterBuilder::new();
    builder.delimiter(delimiter).flexible(false);
    if crlf {
        builder.terminator(csv::Terminator::CRLF);
    }
    let mut writer = builder.from_writer(file);
    for row in rows {
        writer.write_record(row)?;
    }
    writer.flush()?;
    Ok(())
}

/// A CSV record of `width` fields with `cells` placed at their column index.
fn csv_row(width: usize, cells: &[(usize, &str)]) -> Vec<String> {
    let mut row = vec![String::new(); width];
    for &(col, text) in cells {
        row[col] = text.to_string();
    }
    row
}

// ---------------------------------------------------------------------------
// RKT KPU Kabupaten Serang 2023 (seed 000)
// ---------------------------------------------------------------------------

/// An amount cell of the RKT as the source document has it.
#[derive(Clone, Copy)]
enum Amount {
    /// Written as a numeric cell (`#,##0`); as `1.000.000` in the CSV.
    Number(u64),
    /// Written as a text cell, verbatim (`"234.549.000"`, `"-"`).
    Text(&'static str),
}

impl Amount {
    fn csv_text(self) -> String {
        match self {
            Amount::Number(n) => dotted(n),
            Amount::Text(t) => t.to_string(),
        }
    }
}

/// One logical line of the RKT body, after the numbering row.
enum RktRow {
    /// An empty row (the seed shows one before each repeated header).
    Blank,
    /// The column header repeated at a page break.
    Header,
    /// Program / kegiatan / output-classification name, first column only.
    Heading(&'static str),
    /// Sasaran, indikator and output shared by one or more uraian rows.
    Group {
        sasaran: &'static str,
        indikator: &'static str,
        output: &'static str,
        items: &'static [(&'static str, Amount)],
    },
}

const RKT_TITLE: &str = "RENCANA KERJA TAHUNAN KPU KABUPATEN SERANG";
const RKT_SUBTITLE: &str = "TAHUN ANGGARAN 2023";
pub const RKT_HEADER: [&str; 7] = [
    "Program Kegiatan",
    "Sasaran",
    "Indikator",
    "keluaran/output",
    "Uraian kegiatan",
    "Perkiraan kebutuhan Anggaran",
    "KET",
];
const RKT_TOTAL_LABEL: &str = "JUMLAH ANGGARAN";
/// The total as the document prints it.
const RKT_TOTAL_TEXT: &str = "37.230.532.000";
/// The same total as the cached result of the `SUM` formula.
const RKT_TOTAL_CACHED: &str = "37230532000";
/// Signature block, column E; the empty line is the space for the signature.
const RKT_SIGNATURE: [&str; 6] = [
    "Serang, 24 Januari 2023",
    "Komisi Pemilihan Umum Kabupaten Serang",
    "Sekretaris",
    "",
    "ADE WAHYU MARGONO",
    "NIP.19760229 200811 1 001",
];

/// The RKT body (seed 000) in document order, texts verbatim (typos
/// included: `thapan`, `ungsi`, `egovernment`, `Pengelolaan , Pengadaan`).
// Deliberately alike: one literal per seed row (data, not logic), so the groups share a shape.
const RKT_ROWS: &[RktRow] = &[
    RktRow::Heading("Penyelenggaraan Pemilu Dalam Proses Konsolidasi Demokrasi"),
    RktRow::Heading("Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggaraan Pemilu"),
    RktRow::Heading("Tata Kelola Kelembagaan Publik Bidang Politik dan Hukum"),
    RktRow::Group {
        sasaran: "Terwujudnya Penyelenggaraan Pemilu / Pemilihan Sesuai Jadwal",
        indikator: "Persentase ketepatan waktu dalam penetapan jadwal tahapan dan petunjuk teknis penyelenggaraan Pemilu/Pemilihan oleh KPU Kabupaten",
        output: "Fasilitasi teknis Penyelenggaraan Pemilu/Pemilihan",
        items: &[
            ("Perencanaan dan Penganggaran Pemilu", Amount::Text("234.549.000")),
            ("Fasilitasi Seleksi Calon Anggota KPU Provinsi dan KPU Kabupaten/Kota", Amount::Number(1_000_000)),
            ("Penyelenggaraan Pelatihan Teknis Kepemiluan", Amount::Number(3_730_000)),
            ("Sosialisasi/Penyuluhan/ Bimbingan Teknis Tahapan", Amount::Number(97_669_000)),
            ("Penyusunan Peraturan Pemilu", Amount::Number(13_150_000)),
        ],
    },
    RktRow::Heading("Sarana Bidang Teknologi Informasi dan Komunikasi"),
    RktRow::Group {
        sasaran: "Tersedianya data, informasi, sarana dan prasarana teknologi informasi serta penerapan egovernment KPU",
        indikator: "Persentase Sarana dan Prasarana Teknologi Informasi untuk Sistem Informasi yang aman, handal dan lancar yang dimiliki KPU Kabupaten",
        output: "Fasilitasi teknis Penyelenggaraan Pemilu/Pemilihan",
        items: &[
            ("Sarana IT Pemilu", Amount::Number(6_478_000)),
        ],
    },
    RktRow::Heading("Penyusunan Peraturan Perundang-Undangan"),
    RktRow::Group {
        sasaran: "Terlaksananya pengelolaan dan pelayanan informasi hukum",
        indikator: "persentase informasi produk hukum yang disajikan secara cepat, tepat, dan akurat sesuai dengan SOP",
        output: "Dokumentasi dan Informasi Produk Hukum",
        items: &[
            ("Dokumentasi dan Informasi Produk Hukum", Amount::Text("-")),
        ],
    },
    RktRow::Heading("Fasilitasi Pelatihan Masyarakat dan Penyelenggaraan Hubungan Masyarakat"),
    RktRow::Group {
        sasaran: "Meningkatnya kualitas layanan informasi dan data yang cepat serta akurat",
        indikator: "Persentase informasi dan publikasi thapan Pemilu/Pemilihan yang ditampilkan di media publikasi KPU paling lambat 1 (satu) hari kerja",
        output: "Publikasi Informasi",
        items: &[
            ("Penerbitan Bahan Informasi Kepemiluan dan Pilkada", Amount::Text("-")),
        ],
    },
    RktRow::Blank,
    RktRow::Header,
    RktRow::Heading("Pendaftaran dan Verifikasi Peserta Pemilu"),
    RktRow::Heading("Tata Kelola Kelembagaan Publik Bidang Politik dan Hukum"),
    RktRow::Group {
        sasaran: "Terwujudnya Penyelenggaraan Pemilu /Pemilihan Sesuai Jadwal",
        indikator: "Persentase ketepatan waktu dalam penetapan jadwal tahapan dan petunjuk teknis penyelenggaraan Pemilu/Pemilihan oleh KPU Kabupaten",
        output: "Fasilitasi teknis Penyelenggaraan Pemilu/Pemilihan",
        items: &[
            ("Pendaftaran dan Verifikasi Partai Politik Peserta Pemilu", Amount::Number(296_089_000)),
        ],
    },
    RktRow::Heading("Pembentukan Badan Adhoc"),
    RktRow::Heading("Tata Kelola Kelembagaan Publik Bidang Politik dan Hukum"),
    RktRow::Group {
        sasaran: "Pembentukan Badan Penyelenggara Adhoc",
        indikator: "Jumlah Badan Adhoc yang dipersiapkan dan dibentuk dilingkungan Satker KPU Kabupaten Serang",
        output: "Fasilitasi Pembentukan Badan Penyelenggara Adhoc",
        items: &[
            ("Pembentukan/seleksi Badan Adhoc", Amount::Number(765_690_000)),
            ("Honorarium Badan Adhoc", Amount::Text("29.648.700.000")),
            ("Dukungan Operasional Badan Adhoc", Amount::Number(3_378_635_000)),
        ],
    },
    RktRow::Heading("Masa Kampanye Pemilu"),
    RktRow::Heading("Tata Kelola Kelembagaan Publik Bidang Politik dan Hukum"),
    RktRow::Group {
        sasaran: "Tersedianya pedoman laporan dan audit dana kampanye, verifikasi partai politik dan/atau anggota perorangan DPD",
        indikator: "Jumlah dokumen SOP atau petunjuk teknis untuk pelaporan Dana Kampanye, Verifikasi Partai Politik dan/atau syarat dukungan Calon perseorangan yang disusun sesuai dengan tahapan Pemilu/ Pemilihan",
        output: "Fasilitasi Kampanye Pemilu",
        items: &[
            ("Persiapan Kampanye Pemilu", Amount::Number(20_007_000)),
            ("Pengelolaan Kampanye Pemilu", Amount::Number(35_836_000)),
            ("Evaluasi dan Laporan Kegiatan Kampanye Pemilu", Amount::Number(1_095_000)),
        ],
    },
    RktRow::Heading("Pengelolaan , Pengadaan, Laporan, dan Dokumentasi Logistik"),
    RktRow::Heading("Tata Kelola Kelembagaan Publik Bidang Politik dan Hukum"),
    RktRow::Group {
        sasaran: "Ketersediaan Logistik Pemilu",
        indikator: "Persentase Penyediaan Logistik Pemilu Oleh KPU Kabupaten Serang",
        output: "Fasilitasi Logistik Pemilu",
        items: &[
            ("Penyiapan dan Pengelolaan Logistik Pemilu", Amount::Number(78_183_000)),
            ("Pengelolaan Pengadaan Barang dan Jasa", Amount::Number(270_825_000)),
            ("Pengelolaan Dokumentasi Logistik", Amount::Number(1_000_000)),
        ],
    },
    RktRow::Blank,
    RktRow::Header,
    RktRow::Heading("Pemungutan dan Penghitungan Suara"),
    RktRow::Heading("Tata Kelola Kelembagaan Publik Bidang Politik dan Hukum"),
    RktRow::Group {
        sasaran: "Terwujudnya Penyelenggaraan Pemilu / Pemilihan Sesuai Jadwal",
        indikator: "Persentase ketepatan waktu dalam penetapan jadwal tahapan dan petunjuk teknis penyelenggaraan Pemilu/Pemilihan oleh KPU Kabupaten",
        output: "Fasilitasi teknis Penyelenggaraan Pemilu/Pemilihan",
        items: &[
            ("Fasilitasi Penyiapan Tahapan Pemungutan dan Penghitungan Suara", Amount::Number(36_287_000)),
            ("Pelaksanaan Tahapan Pemungutan dan Penghitungan Suara", Amount::Number(4_191_000)),
            ("Evaluasi Pelaksanaan Pemungutan dan Penghitungan Suara", Amount::Number(1_095_000)),
        ],
    },
    RktRow::Heading("Program Dukungan Manajemen"),
    RktRow::Heading("Pengelolaan Keuangan dan Barang Milik Negara"),
    RktRow::Heading("Layanan Dukungan Manajemen Internal"),
    RktRow::Group {
        sasaran: "Terselesaikannya permasalahan pengelolaan keuangan",
        indikator: "Persentase permasalahan dalam pengelolaan keuangan yang dapat diselesaikan",
        output: "Layanan Perkantoran",
        items: &[
            ("Gaji, Tunjangan dan Uang Kehormatan", Amount::Number(1_877_887_000)),
        ],
    },
    RktRow::Heading("Layanan Manajemen Kinerja Internal"),
    RktRow::Group {
        sasaran: "Terselesaikannya permasalahan pengelolaan keuangan",
        indikator: "Persentase permasalahan dalam pengelolaan keuangan yang dapat diselesaikan",
        output: "Dukungan Penyelenggaraan Tugas dan ungsi Unit",
        items: &[
            ("Layanan Manajemen Keuangan", Amount::Number(38_478_000)),
        ],
    },
    RktRow::Heading("Operasional Perkantoran dan Dukungan Sarana Prasarana"),
    RktRow::Heading("Layanan Dukungan Manajemen Internal"),
    RktRow::Group {
        sasaran: "Meningkatnya akuntabilitas keuangan dan kinerja",
        indikator: "Persentase Unit kerja yang telah melaksanakan pembangunan Zona Integritas Menuju WBK/WBBM",
        output: "Layanan Perkantoran",
        items: &[
            ("Operasional dan Pemeliharaan Kantor", Amount::Number(397_882_000)),
        ],
    },
    RktRow::Heading("Layanan Sarana dan Prasarana Internal"),
    RktRow::Group {
        sasaran: "Terwujudnya Dukungan Sarana dan Prasarana guna Meningkatkan Kelancaran Tugas KPU",
        indikator: "Persentase ketersediaan fasilitas perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik di lingkungan KPU Kabupaten Serang",
        output: "Dukungan Penyelenggaraan Tugas dan ungsi Unit",
        items: &[
            ("Layanan Prasarana Internal", Amount::Text("13.736.000")),
        ],
    },
    RktRow::Blank,
    RktRow::Header,
    RktRow::Heading("Data dan Informasi"),
    RktRow::Heading("Layanan Dukungan Manajemen Internal"),
    RktRow::Group {
        sasaran: "Tersedianya data, informasi, sarana dan prasarana teknologi informasi serta penerapan e-government KPU",
        indikator: "Persentase Sarana dan Prasarana Teknologi Informasi untuk Sistem Informasi yang aman, handal dan lancar yang dimiliki KPU Kabupaten",
        output: "Dukungan Penyelenggaraan Tugas dan ungsi Unit",
        items: &[
            ("Layanan Data dan Informasi", Amount::Number(8_340_000)),
        ],
    },
    RktRow::Group {
        sasaran: "Terwujudnya Data Pemilih Secara Berkelanjutan",
        indikator: "Persentase ketetapan waktu KPU Kabupaten Serang dalam Pemutakhiran Data Pemilih",
        output: "Fasilitas Pemutakhiran Data Pemilih",
        items: &[
            ("Pemutakhiran Data Pemilih Pemilu", Amount::Text("-")),
        ],
    },
    RktRow::Heading("Pelaksanaan Perencanaan dan organisasi"),
    RktRow::Group {
        sasaran: "Terwujudnya Reformasi Birokrasi di KPU Kabupaten Serang",
        indikator: "Persentase KPU Kabupaten Serang mendapatkan nilai minimal B untuk penilaian mandiri RB",
        output: "Dukungan reformasi Birokrasi",
        items: &[
            ("Pembentukan Tim Reformasi Birokrasi dan tim Agen Perubahan", Amount::Text("-")),
        ],
    },
];

/// Writes the RKT of KPU Kabupaten Serang 2023 (seed 000) as an `.xlsx`,
/// sheet `RKT 2023`, columns A..G = `Program Kegiatan | Sasaran | Indikator |
/// keluaran/output | Uraian kegiatan | Perkiraan kebutuhan Anggaran | KET`.
///
/// Row map (1-based; the CSV from [`rkt_serang_csv`] has the same records
/// on the same line numbers):
///
/// | rows | content |
/// |---|---|
/// | 1 | `RENCANA KERJA TAHUNAN KPU KABUPATEN SERANG`, merged A1:G1 |
/// | 2 | `TAHUN ANGGARAN 2023`, merged A2:G2 |
/// | 3 | blank |
/// | 4 | header (first occurrence) |
/// | 5 | column numbering `1 … 7`, numeric cells |
/// | 6, 7, 8 | headings (program, kegiatan, output class), each merged A:G |
/// | 9–13 | items; B9:B13, C9:C13, D9:D13 merged vertically |
/// | 14 | heading |
/// | 15 | item (single-row group, not merged) |
/// | 16 | heading |
/// | 17 | item, amount `-` |
/// | 18 | heading |
/// | 19 | item, amount `-` |
/// | 20 | blank |
/// | 21 | header repeated (page break; no numbering row follows) |
/// | 22, 23 | headings |
/// | 24 | item |
/// | 25, 26 | headings |
/// | 27–29 | items; B27:B29, C27:C29, D27:D29 merged |
/// | 30, 31 | headings |
/// | 32–34 | items; B:D merged over 32–34 |
/// | 35, 36 | headings |
/// | 37–39 | items; B:D merged over 37–39 |
/// | 40 | blank |
/// | 41 | header repeated |
/// | 42, 43 | headings |
/// | 44–46 | items; B:D merged over 44–46 |
/// | 47, 48, 49 | headings (`Program Dukungan Manajemen`, …) |
/// | 50 | item |
/// | 51 | heading |
/// | 52 | item |
/// | 53, 54 | headings |
/// | 55 | item |
/// | 56 | heading |
/// | 57 | item |
/// | 58 | blank |
/// | 59 | header repeated |
/// | 60, 61 | headings |
/// | 62 | item |
/// | 63 | item, amount `-` (own sasaran, single-row group) |
/// | 64 | heading |
/// | 65 | item, amount `-` |
/// | 66 | `JUMLAH ANGGARAN` merged A66:E66; F66 `=SUM(F6:F65)`, cached 37230532000 |
/// | 67, 68 | blank |
/// | 69 | E69 `Serang, 24 Januari 2023` |
/// | 70 | E70 `Komisi Pemilihan Umum Kabupaten Serang` |
/// | 71 | E71 `Sekretaris` |
/// | 72 | blank |
/// | 73 | E73 `ADE WAHYU MARGONO` |
/// | 74 | E74 `NIP.19760229 200811 1 001` |
///
/// 28 item rows (9–13, 15, 17, 19, 24, 27–29, 32–34, 37–39, 44–46, 50, 52,
/// 55, 57, 62, 63, 65) and 26 heading rows. Amounts are in F, G (KET) is
/// always empty. Amounts are numeric cells (`#,##0`) except these TEXT
/// cells: F9 `234.549.000`, F28 `29.648.700.000`, F57 `13.736.000`, and
/// `-` in F17, F19, F63, F65. The 28 amounts add up to 37 230 532 000,
/// which is the cached value of F66; Excel itself, recalculating, would
/// skip the three text amounts (SUM ignores text) and show 7 333 547 000.
///
/// Zero-based (row, col) for calamine: header rows 3, 20, 40, 58; numbering
/// row 4; total (65, 5); signature rows 68..=73 in column 4.
pub fn rkt_serang_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("RKT 2023")?;
    for (col, width) in [36.0, 34.0, 44.0, 30.0, 40.0, 18.0, 8.0]
        .into_iter()
        .enumerate()
    {
        sheet.set_column_width(col as u16, width)?;
    }

    let title = title_format();
    let header = header_format();
    let heading = Format::new().set_bold().set_text_wrap();
    let wrap = wrap_top_format();
    let amount = amount_format().set_align(FormatAlign::Top);
    let amount_text = Format::new()
        .set_align(FormatAlign::Right)
        .set_align(FormatAlign::Top);
    let bold = Format::new().set_bold();
    let total = amount_format().set_bold();

    sheet.merge_range(0, 0, 0, 6, RKT_TITLE, &title)?;
    sheet.merge_range(1, 0, 1, 6, RKT_SUBTITLE, &title)?;
    write_rkt_header(sheet, 3, &header)?;
    for col in 0..7u16 {
        sheet.write_number_with_format(4, col, f64::from(col + 1), &header)?;
    }

    let mut row: u32 = 5;
    let first_item_row = row; // SUM range starts right under the numbering row
    let mut last_item_row = row;
    for entry in RKT_ROWS {
        match entry {
            RktRow::Blank => row += 1,
            RktRow::Header => {
                write_rkt_header(sheet, row, &header)?;
                row += 1;
            }
            RktRow::Heading(text) => {
                sheet.merge_range(row, 0, row, 6, text, &heading)?;
                row += 1;
            }
            RktRow::Group {
                sasaran,
                indikator,
                output,
                items,
            } => {
                let n = items.len() as u32;
                for (col, text) in [(1u16, sasaran), (2, indikator), (3, output)] {
                    if n > 1 {
                        sheet.merge_range(row, col, row + n - 1, col, text, &wrap)?;
                    } else {
                        sheet.write_string_with_format(row, col, *text, &wrap)?;
                    }
                }
                for (i, (uraian, value)) in items.iter().enumerate() {
                    let r = row + i as u32;
                    sheet.write_string_with_format(r, 4, *uraian, &wrap)?;
                    match value {
                        Amount::Number(n) => {
                            sheet.write_number_with_format(r, 5, *n as f64, &amount)?;
                        }
                        Amount::Text(t) => {
                            sheet.write_string_with_format(r, 5, *t, &amount_text)?;
                        }
                    }
                    last_item_row = r;
                }
                row += n;
            }
        }
    }

    sheet.merge_range(row, 0, row, 4, RKT_TOTAL_LABEL, &bold)?;
    let formula = Formula::new(format!(
        "=SUM(F{}:F{})",
        first_item_row + 1,
        last_item_row + 1
    ))
    .set_result(RKT_TOTAL_CACHED);
    sheet.write_formula_with_format(row, 5, formula, &total)?;
    row += 3; // the total row, then two blank rows

    for line in RKT_SIGNATURE {
        if !line.is_empty() {
            sheet.write_string(row, 4, line)?;
        }
        row += 1;
    }

    workbook.save(path)?;
    Ok(())
}

fn write_rkt_header(sheet: &mut Worksheet, row: u32, format: &Format) -> Result<(), XlsxError> {
    for (col, text) in RKT_HEADER.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, *text, format)?;
    }
    Ok(())
}

/// Writes the same RKT as [`rkt_serang_xlsx`] as a CSV the way Excel's
/// "CSV UTF-8" export in an Indonesian locale does: UTF-8 with BOM,
/// delimiter `;`, records ended by `\r\n`, every record padded to 7 fields
/// (quoting only where the csv crate needs it).
///
/// Records are on the same line numbers as the rows in the xlsx row map:
/// line 1 title and line 2 `TAHUN ANGGARAN 2023` in the first field only,
/// line 3 empty (`;;;;;;`), line 4 header, line 5 numbering `1;2;…;7`,
/// repeated headers on lines 21, 41, 59 (each after an empty record).
/// Headings have text in the first field only. Sasaran, indikator and
/// output (fields 2–4) appear only on the first record of each group and are
/// empty on its continuation lines (10–13, 28–29, 33–34, 38–39, 45–46), as
/// in the seed. Amounts are text as the seed prints them (`234.549.000`,
/// `1.000.000`, `-`). Line 66: `JUMLAH ANGGARAN;;;;;37.230.532.000;`.
/// Lines 67–68 empty; signature lines 69–74 in the 5th field (line 72 empty).
pub fn rkt_serang_csv(path: &Path) -> Result<(), Box<dyn Error>> {
    rkt_csv(path, &[], RKT_TOTAL_TEXT)
}

/// The amounts a budget revision changed in the RKT of [`rkt_serang_revisi_csv`]: uraian,
/// amount before, amount after.
pub const RKT_REVISI: [(&str, u64, u64); 2] = [
    ("Pembentukan/seleksi Badan Adhoc", 765_690_000, 815_690_000),
    ("Sarana IT Pemilu", 6_478_000, 26_478_000),
];

/// The total of the revised RKT: 37.230.532.000 + (815.690.000 − 765.690.000) +
/// (26.478.000 − 6.478.000) = 37.230.532.000 + 50.000.000 + 20.000.000 = 37.300.532.000.
pub const RKT_REVISI_TOTAL: &str = "37.300.532.000";

/// The same RKT as [`rkt_serang_csv`] after a budget revision, as a user keeps it beside the
/// first under a new name: two amounts changed ([`RKT_REVISI`]) and `JUMLAH ANGGARAN`
/// [`RKT_REVISI_TOTAL`]; every other record the same, on the same line.
pub fn rkt_serang_revisi_csv(path: &Path) -> Result<(), Box<dyn Error>> {
    let revised: Vec<(&str, u64)> = RKT_REVISI.iter().map(|(u, _, n)| (*u, *n)).collect();
    rkt_csv(path, &revised, RKT_REVISI_TOTAL)
}

/// The RKT as CSV (see [`rkt_serang_csv`]), the items named in `revised` with their new
/// amounts, and `total` on the JUMLAH line.
fn rkt_csv(path: &Path, revised: &[(&str, u64)], total: &str) -> FixtureResult {
    const W: usize = 7;
    let mut rows: Vec<Vec<String>> = vec![
        csv_row(W, &[(0, RKT_TITLE)]),
        csv_row(W, &[(0, RKT_SUBTITLE)]),
        csv_row(W, &[]),
        RKT_HEADER.iter().map(|s| s.to_string()).collect(),
        (1..=W).map(|n| n.to_string()).collect(),
    ];
    for entry in RKT_ROWS {
        match entry {
            RktRow::Blank => rows.push(csv_row(W, &[])),
            RktRow::Header => rows.push(RKT_HEADER.iter().map(|s| s.to_string()).collect()),
            RktRow::Heading(text) => rows.push(csv_row(W, &[(0, text)])),
            RktRow::Group {
                sasaran,
                indikator,
                output,
                items,
            } => {
                for (i, (uraian, value)) in items.iter().enumerate() {
                    let amount = match revised.iter().find(|(u, _)| u == uraian) {
                        Some((_, n)) => dotted(*n),
                        None => value.csv_text(),
                    };
                    if i == 0 {
                        rows.push(csv_row(
                            W,
                            &[
                                (1, sasaran),
                                (2, indikator),
                                (3, output),
                                (4, uraian),
                                (5, &amount),
                            ],
                        ));
                    } else {
                        rows.push(csv_row(W, &[(4, uraian), (5, &amount)]));
                    }
                }
            }
        }
    }
    rows.push(csv_row(W, &[(0, RKT_TOTAL_LABEL), (5, total)]));
    rows.push(csv_row(W, &[]));
    rows.push(csv_row(W, &[]));
    for line in RKT_SIGNATURE {
        rows.push(csv_row(W, &[(4, line)]));
    }
    write_csv(path, b';', true, true, &rows)
}

// ---------------------------------------------------------------------------
// Tabel 3.1, LKj KPU Kota Serang 2023 (seed 001)
// ---------------------------------------------------------------------------

const ANGGARAN_TITLE: &str = "Tabel 3.1 Laporan Akuntabilitas Keuangan KPU Kota Serang";
const ANGGARAN_HEADER: [&str; 4] = ["Uraian", "Pagu", "Realisasi", "%"];

/// Tabel 3.1 body rows verbatim: uraian, then pagu, realisasi and the percent
/// as the seed prints it. `None` = the amount cells are empty.
#[allow(clippy::type_complexity)]
const ANGGARAN_ROWS: &[(&str, Option<(u64, u64, &str)>)] = &[
    ("1, Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi.", Some((18_256_293_000, 18_168_826_339, "99.52"))),
    ("a. Perencanaan Program dan Anggaran, serta Penyusunan Peraturanabn Pelaksanaan Penyelenggaraan Pemilu", Some((1_279_853_000, 1_277_447_604, "99.81"))),
    ("b. Pendaftaran dan Verifikasi Peserta Pemilu", Some((18_985_000, 18_884_995, "100"))),
    ("c. Pembentukan Badan Adhock", Some((13_740_458_000, 13_735_022_330, "99.96"))),
    ("d. Masa Kampanye Pemilu", Some((50_958_000, 11_593_100, "22.75"))),
    ("e. Pengelolaan, Pengadaan, Laporan dan Dokumentasi Logistik", Some((2_587_379_000, 2_555_593_975, "98.77"))),
    ("f. Pemungutan dan Penghitungan Suara", Some((31_913_000, 31_267_500, "97.98"))),
    ("g. Pemutakhiran Data Pemilih dan Penyusunan Daftar Pemilih", Some((79_097_000, 79_095_521, "100"))),
    ("h. Penetapan Peserta Pemilu", Some((8_200_000, 7_779_000, "94.87"))),
    ("i. Penetapan Jumlah Kursi dan Penetapan Daerah Pemilihan", Some((149_725_000, 148_787_614, "99.37"))),
    ("j. Pencalonan Presiden dan Wakil Presiden Serta Pencalonan Anggota DPR, DPD, DPRD Provinsi dan DPRD Kabupaten/Kota", Some((309_825_000, 303_354_700, "97.91"))),
    ("2. Program Dukungan Manajemen", None),
    ("a. Pengelolaan Keuangan dan Barang Milik Negara", Some((2_170_936_000, 2_158_035_549, "99.93"))),
    ("b. Operasional Perkantoran dan Dukungan Sarana Prasarana", Some((2_144_325_000, 2_091_349_077, "100"))),
    ("c. Data dan Informasi", Some((80_570_000, 59_206_472, "84.85"))),
    ("", Some((9_200_000, 7_480_000, "89.69"))),
];

/// Writes Tabel 3.1 of the LKj KPU Kota Serang 2023 (seed 001), sheet
/// `Tabel 3.1`, columns A..D = `Uraian | Pagu | Realisasi | %`.
///
/// | rows | content |
/// |---|---|
/// | 1 | `Tabel 3.1 Laporan Akuntabilitas Keuangan KPU Kota Serang`, merged A1:D1 |
/// | 2 | blank |
/// | 3 | header `Uraian \| Pagu \| Realisasi \| %` |
/// | 4 | program `1, Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi.` (comma, as in the seed) with its amounts |
/// | 5–14 | kegiatan `a.` … `j.` (A5 has the typo `Peraturanabn`, A8 `Adhock`) |
/// | 15 | program `2. Program Dukungan Manajemen`, B15:D15 empty |
/// | 16–18 | kegiatan `a.` … `c.` |
/// | 19 | A19 EMPTY, B19 9200000, C19 7480000, D19 89.69 |
///
/// The seed has 16 body rows (4–19), no total row. Pagu (B) and Realisasi
/// (C) are numeric cells with format `#,##0`; % (D) numeric with format
/// `0.00` (99.52, 100, 22.75, …, verbatim from the seed, including the
/// ones that do not match pagu/realisasi, e.g. D14 100, D19 89.69).
/// Zero-based: header row 2, first body row 3, last body row 18.
pub fn anggaran_serang_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("Tabel 3.1")?;
    for (col, width) in [60.0, 18.0, 18.0, 8.0].into_iter().enumerate() {
        sheet.set_column_width(col as u16, width)?;
    }
    let header = header_format();
    let wrap = Format::new().set_text_wrap();
    let amount = amount_format();
    let percent = percent_format();

    sheet.merge_range(0, 0, 0, 3, ANGGARAN_TITLE, &title_format())?;
    for (col, text) in ANGGARAN_HEADER.iter().enumerate() {
        sheet.write_string_with_format(2, col as u16, *text, &header)?;
    }
    // body from row 4 (zero-based 3)
    for (row, (uraian, amounts)) in (3u32..).zip(ANGGARAN_ROWS) {
        if !uraian.is_empty() {
            sheet.write_string_with_format(row, 0, *uraian, &wrap)?;
        }
        if let Some((pagu, realisasi, pct)) = amounts {
            sheet.write_number_with_format(row, 1, *pagu as f64, &amount)?;
            sheet.write_number_with_format(row, 2, *realisasi as f64, &amount)?;
            sheet.write_number_with_format(row, 3, pct.parse::<f64>()?, &percent)?;
        }
    }
    workbook.save(path)?;
    Ok(())
}

/// The same Tabel 3.1 as [`anggaran_serang_xlsx`] as an OpenDocument spreadsheet (`.ods`):
/// sheet `Tabel 3.1`, title in A1 spanning A1:D1, header row 3, body rows 4–19, amounts and
/// percentages as numbers.
pub fn anggaran_serang_ods(path: &Path) -> Result<(), Box<dyn Error>> {
    use spreadsheet_ods::{Sheet, WorkBook};
    let mut book = WorkBook::new_empty();
    let mut sheet = Sheet::new("Tabel 3.1");
    sheet.set_value(0, 0, ANGGARAN_TITLE);
    sheet.set_col_span(0, 0, 4);
    for (col, text) in ANGGARAN_HEADER.iter().enumerate() {
        sheet.set_value(2, col as u32, *text);
    }
    for (row, (uraian, amounts)) in (3u32..).zip(ANGGARAN_ROWS) {
        if !uraian.is_empty() {
            sheet.set_value(row, 0, *uraian);
        }
        if let Some((pagu, realisasi, pct)) = amounts {
            sheet.set_value(row, 1, *pagu as f64);
            sheet.set_value(row, 2, *realisasi as f64);
            sheet.set_value(row, 3, pct.parse::<f64>()?);
        }
    }
    book.push_sheet(sheet);
    spreadsheet_ods::write_ods(&mut book, path)?;
    Ok(())
}

/// Writes the same Tabel 3.1 as [`anggaran_serang_xlsx`] as a plain CSV:
/// delimiter `,`, no BOM, records ended by `\n`, every record padded to 4
/// fields, fields quoted by the csv crate only where needed (uraian with a
/// comma: lines 4, 5, 9, 14). Same line numbers as the xlsx rows: line 1
/// title in the first field, line 2 `,,,`, line 3 header, lines 4–19 body.
/// Amounts are text as in the seed (`18.256.293.000`), percents as in the
/// seed (`99.52`, `100`); line 15 `2. Program Dukungan Manajemen,,,`;
/// line 19 `,9.200.000,7.480.000,89.69`.
pub fn anggaran_serang_csv(path: &Path) -> Result<(), Box<dyn Error>> {
    const W: usize = 4;
    let mut rows = vec![
        csv_row(W, &[(0, ANGGARAN_TITLE)]),
        csv_row(W, &[]),
        ANGGARAN_HEADER.iter().map(|s| s.to_string()).collect(),
    ];
    for (uraian, amounts) in ANGGARAN_ROWS {
        let row = match amounts {
            Some((pagu, realisasi, pct)) => vec![
                uraian.to_string(),
                dotted(*pagu),
                dotted(*realisasi),
                pct.to_string(),
            ],
            None => csv_row(W, &[(0, uraian)]),
        };
        rows.push(row);
    }
    write_csv(path, b',', false, false, &rows)
}

// ---------------------------------------------------------------------------
// Small edge-case workbooks
// ---------------------------------------------------------------------------

/// A cell of a small anggaran-like table.
#[derive(Clone, Copy)]
enum Cell {
    /// Nothing written.
    Empty,
    /// Text cell.
    Text(&'static str),
    /// Numeric cell; `#,##0` in Pagu/Realisasi/Sisa columns, `0.00` in `%`.
    Num(f64),
    /// Formula written WITHOUT a cached result (rust_xlsxwriter stores 0).
    Formula(&'static str),
}

/// Writes a small table: title in A1 merged over the table's width, row 2
/// blank, `header` on row 3, `rows` from row 4. Column 0 is text; numeric
/// columns named `%` get `0.00`, the others `#,##0`.
fn small_table(
    sheet: &mut Worksheet,
    title: &str,
    header: &[&str],
    rows: &[&[Cell]],
) -> Result<(), XlsxError> {
    let last_col = (header.len() - 1) as u16;
    sheet.set_column_width(0, 52)?;
    for col in 1..=last_col {
        sheet.set_column_width(col, 16)?;
    }
    sheet.merge_range(0, 0, 0, last_col, title, &title_format())?;
    let header_fmt = header_format();
    for (col, text) in header.iter().enumerate() {
        sheet.write_string_with_format(2, col as u16, *text, &header_fmt)?;
    }
    let amount = amount_format();
    let percent = percent_format();
    for (i, cells) in rows.iter().enumerate() {
        let row = 3 + i as u32;
        for (col, cell) in cells.iter().enumerate() {
            let col16 = col as u16;
            let num_fmt = if header.get(col) == Some(&"%") {
                &percent
            } else {
                &amount
            };
            match *cell {
                Cell::Empty => {}
                Cell::Text(t) => {
                    sheet.write_string(row, col16, t)?;
                }
                Cell::Num(n) => {
                    sheet.write_number_with_format(row, col16, n, num_fmt)?;
                }
                Cell::Formula(f) => {
                    sheet.write_formula_with_format(row, col16, Formula::new(f), num_fmt)?;
                }
            }
        }
    }
    Ok(())
}

fn small_anggaran(sheet: &mut Worksheet, title: &str, rows: &[&[Cell]]) -> Result<(), XlsxError> {
    small_table(sheet, title, &ANGGARAN_HEADER, rows)
}

use Cell::{Empty, Formula as F, Num, Text};

/// Two kegiatan rows of Tabel 3.1 (seed 001), in several small tables.
const PENGELOLAAN_KEUANGAN: [Cell; 4] = [
    Text("a. Pengelolaan Keuangan dan Barang Milik Negara"),
    Num(2_170_936_000.0),
    Num(2_158_035_549.0),
    Num(99.41),
];
const OPERASIONAL_PERKANTORAN: [Cell; 4] = [
    Text("b. Operasional Perkantoran dan Dukungan Sarana Prasarana"),
    Num(2_144_325_000.0),
    Num(2_091_349_077.0),
    Num(97.53),
];

/// A correct small anggaran table, used by [`stray_cell_xlsx`] and
/// [`corrupt_xlsx`]: rows 4–6 items, row 7 `Jumlah` (totals consistent).
const SMALL_ANGGARAN: &[&[Cell]] = &[
    &PENGELOLAAN_KEUANGAN,
    &OPERASIONAL_PERKANTORAN,
    &[
        Text("c. Data dan Informasi"),
        Num(80_570_000.0),
        Num(59_206_472.0),
        Num(73.48),
    ],
    &[
        Text("Jumlah"),
        Num(4_395_831_000.0),
        Num(4_308_591_098.0),
        Num(98.02),
    ],
];

fn small_anggaran_workbook(rows: &[&[Cell]]) -> Result<Workbook, XlsxError> {
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("Realisasi")?;
    small_anggaran(sheet, "Realisasi Anggaran KPU Kota Contoh Tahun 2023", rows)?;
    Ok(workbook)
}

/// The small anggaran workbook (see [`stray_cell_xlsx`] for its cells) as bytes, for the
/// hostile fixtures that damage it.
pub fn small_anggaran_bytes() -> Result<Vec<u8>, Box<dyn Error>> {
    Ok(small_anggaran_workbook(SMALL_ANGGARAN)?.save_to_buffer()?)
}

/// Saves the small anggaran table of `rows` (see [`small_anggaran_workbook`]) to `path`.
fn save_small_anggaran(path: &Path, rows: &[&[Cell]]) -> FixtureResult {
    small_anggaran_workbook(rows)?.save(path)?;
    Ok(())
}

/// Small anggaran table plus one stray cell far away.
///
/// Sheet `Realisasi`: A1 title (merged A1:D1), row 3 header `Uraian | Pagu |
/// Realisasi | %`, rows 4–6 items a.–c. (numeric B..D), row 7 `Jumlah`
/// (B7 4395831000, C7 4308591098, D7 98.02). Stray TEXT cell `x` at XFD1048576,
/// the last cell of the sheet: zero-based (1_048_575, 16_383). The sheet's
/// dimension is therefore A1:XFD1048576; a reader that allocates the full
/// used range (calamine's `worksheet_range`) will try to allocate ~1.7e10
/// cells, so tests should stream cells (`worksheet_cells_reader`) or expect
/// the importer to refuse/cap the range.
pub fn stray_cell_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let mut workbook = small_anggaran_workbook(SMALL_ANGGARAN)?;
    workbook
        .worksheet_from_index(0)?
        .write_string(1_048_575, 16_383, "x")?;
    workbook.save(path)?;
    Ok(())
}

/// Small anggaran table with formulas that have no cached result.
///
/// Sheet `Realisasi`, header row 3, rows 4–6 items, row 7 `Jumlah`:
/// - C5 (Realisasi of `b. Honor Output Kegiatan`) = `=1000+2000`, cached 0
///   (true value 3000);
/// - B7 (Pagu of `Jumlah`) = `=SUM(B4:B6)`, cached 0 (true value 24000).
///
/// Other cells numeric: B4 12000, C4 11500, D4 95.83; B5 4000, D5 75;
/// B6 8000, C6 8000, D6 100; C7 22500, D7 93.75.
pub fn uncomputed_formula_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let rows: &[&[Cell]] = &[
        &[
            Text("a. Belanja Bahan"),
            Num(12_000.0),
            Num(11_500.0),
            Num(95.83),
        ],
        &[
            Text("b. Honor Output Kegiatan"),
            Num(4_000.0),
            F("=1000+2000"),
            Num(75.0),
        ],
        &[
            Text("c. Belanja Perjalanan Dinas"),
            Num(8_000.0),
            Num(8_000.0),
            Num(100.0),
        ],
        &[Text("Jumlah"), F("=SUM(B4:B6)"), Num(22_500.0), Num(93.75)],
    ];
    save_small_anggaran(path, rows)
}

/// An Excel password-protected `.xlsx`: not a zip but an OLE compound file
/// (CFB v3, 512-byte sectors) with the streams `EncryptionInfo` (agile
/// encryption version header 4.4 + a stub XML descriptor) and
/// `EncryptedPackage` (8-byte little-endian size, then 4096 pseudo-random
/// bytes). calamine reports it as `XlsxError::Password`
/// ("Workbook is password protected") when the file is named `.xlsx`
/// (`open_workbook_auto` then yields `calamine::Error::Xlsx(Password)`;
/// under an unknown extension it only says "Cannot detect file format").
/// Deterministic bytes.
pub fn password_protected_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let cursor = std::io::Cursor::new(Vec::new());
    let mut compound = cfb::CompoundFile::create_with_version(cfb::Version::V3, cursor)?;

    let mut info = vec![0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00];
    info.extend_from_slice(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n\
          <encryption xmlns=\"http://schemas.microsoft.com/office/2006/encryption\">\
          <keyData saltSize=\"16\" blockSize=\"16\" keyBits=\"256\" hashSize=\"64\" \
          cipherAlgorithm=\"AES\" cipherChaining=\"ChainingModeCBC\" hashAlgorithm=\"SHA512\" \
          saltValue=\"AAAAAAAAAAAAAAAAAAAAAA==\"/></encryption>",
    );
    {
        let mut stream = compound.create_stream("/EncryptionInfo")?;
        stream.write_all(&info)?;
        stream.flush()?;
    }

    let mut package = 7_168u64.to_le_bytes().to_vec();
    let mut state: u32 = 0x2023_0124;
    for _ in 0..4096 {
        // xorshift32: fixed seed, so the bytes are the same on every run
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        package.push((state >> 24) as u8);
    }
    {
        let mut stream = compound.create_stream("/EncryptedPackage")?;
        stream.write_all(&package)?;
        stream.flush()?;
    }
    compound.flush()?;
    std::fs::write(path, compound.into_inner().into_inner())?;
    Ok(())
}

/// The first 300 bytes of a valid `.xlsx` (the small table of
/// [`stray_cell_xlsx`] without the stray cell): a truncated zip with a local
/// file header but no central directory. Opening it must fail cleanly.
pub fn corrupt_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let bytes = small_anggaran_workbook(SMALL_ANGGARAN)?.save_to_buffer()?;
    let cut = bytes.len().min(300);
    std::fs::write(path, &bytes[..cut])?;
    Ok(())
}

/// A plain UTF-8 text file (a few lines of prose); the caller names it
/// `.xlsx` (or anything else) to test format detection.
pub fn not_a_spreadsheet(path: &Path) -> Result<(), Box<dyn Error>> {
    std::fs::write(
        path,
        "Catatan rapat persiapan LKj 2023\r\n\
         Ini bukan berkas spreadsheet, hanya teks biasa.\r\n\
         Pagu: 20.415.736.000; Realisasi: 20.326.861.888\r\n",
    )?;
    Ok(())
}

/// A workbook with one sheet `Sheet1` and no cells at all.
pub fn empty_sheet_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    workbook.add_worksheet().set_name("Sheet1")?;
    workbook.save(path)?;
    Ok(())
}

/// A phone list: sheet `Kontak`, no recognisable column header anywhere.
///
/// A1 `Daftar Kontak Sekretariat KPU Kota Contoh`; row 2 blank; rows 3–6:
/// A name, B position, C phone number as a NUMBER (e.g. C3 81234567801,
/// leading zero lost as Excel does), D extension text (`ext. 12`, `-`).
pub fn no_header_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("Kontak")?;
    sheet.set_column_width(0, 24)?;
    sheet.set_column_width(1, 24)?;
    sheet.set_column_width(2, 16)?;
    sheet.write_string(0, 0, "Daftar Kontak Sekretariat KPU Kota Contoh")?;
    let people = [
        (
            "Ahmad Fauzi",
            "Kasubbag Keuangan",
            81_234_567_801.0,
            "ext. 12",
        ),
        (
            "Siti Nurhaliza",
            "Bendahara Pengeluaran",
            81_398_765_432.0,
            "ext. 14",
        ),
        ("Budi Santoso", "Operator SAKTI", 85_711_223_344.0, "-"),
        ("Rina Marlina", "Pengelola BMN", 87_855_667_788.0, "ext. 21"),
    ];
    let phone = Format::new().set_num_format("0");
    for (i, (name, role, number, ext)) in people.into_iter().enumerate() {
        let row = 2 + i as u32;
        sheet.write_string(row, 0, name)?;
        sheet.write_string(row, 1, role)?;
        sheet.write_number_with_format(row, 2, number, &phone)?;
        sheet.write_string(row, 3, ext)?;
    }
    workbook.save(path)?;
    Ok(())
}

/// Small anggaran table with one unparseable amount.
///
/// Sheet `Realisasi`, header row 3, rows 4–6 items, row 7 `Jumlah`.
/// **B5 is the TEXT `12.5OO.000`** (capital letter O twice instead of
/// zeros; zero-based (4, 1)); its realisasi C5 is 12500000, D5 100.
/// Others: B4 25000000, C4 24350000, D4 97.40; B6 8750000, C6 8400000,
/// D6 96.00; B7 46250000, C7 45250000, D7 97.84 (consistent if B5 were
/// 12500000).
pub fn bad_amount_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let rows: &[&[Cell]] = &[
        &[
            Text("a. Belanja Bahan"),
            Num(25_000_000.0),
            Num(24_350_000.0),
            Num(97.40),
        ],
        &[
            Text("b. Belanja Jasa Profesi"),
            Text("12.5OO.000"),
            Num(12_500_000.0),
            Num(100.0),
        ],
        &[
            Text("c. Belanja Perjalanan Dinas Dalam Kota"),
            Num(8_750_000.0),
            Num(8_400_000.0),
            Num(96.0),
        ],
        &[
            Text("Jumlah"),
            Num(46_250_000.0),
            Num(45_250_000.0),
            Num(97.84),
        ],
    ];
    save_small_anggaran(path, rows)
}

/// Small anggaran table where one item row has amounts but no uraian (as
/// the last row of Tabel 3.1 in seed 001).
///
/// Sheet `Realisasi`, header row 3; row 4 `a. Pengelolaan Keuangan dan
/// Barang Milik Negara`, row 5 `b. Operasional Perkantoran dan Dukungan
/// Sarana Prasarana`; **row 6: A6 empty**, B6 9200000, C6 7480000, D6 81.30;
/// row 7 `Jumlah` B7 4324461000, C7 4256864626, D7 98.44 (includes row 6).
pub fn amount_without_uraian_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let rows: &[&[Cell]] = &[
        &PENGELOLAAN_KEUANGAN,
        &OPERASIONAL_PERKANTORAN,
        &[Empty, Num(9_200_000.0), Num(7_480_000.0), Num(81.30)],
        &[
            Text("Jumlah"),
            Num(4_324_461_000.0),
            Num(4_256_864_626.0),
            Num(98.44),
        ],
    ];
    save_small_anggaran(path, rows)
}

/// The realisasi anggaran of a satker before and after a revision of its DIPA, as a user keeps
/// both files: two programs of outline-numbered kegiatan (`1.`, `a.`), a `Jumlah`, every
/// percentage realisasi ÷ pagu × 100 rounded half-up to two decimals, every program row the
/// sum of its kegiatan. Sheet `Realisasi`, A1 the title (merged A1:D1), row 3 the header
/// `Uraian | Pagu | Realisasi | %`, rows 4–11:
///
/// | row | A | B (Pagu) | C (Realisasi) | D (%) |
/// |---|---|---|---|---|
/// | 4 | `1. Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi` | 1500000000 | 1400000000 | 93.33 |
/// | 5 | `a. Perencanaan Program dan Anggaran` | 500000000 | 480000000 | 96 |
/// | 6 | `b. Pembentukan Badan Adhoc` | 1000000000 | 920000000 | 92 |
/// | 7 | `2. Program Dukungan Manajemen` | 800000000 | 760000000 | 95 |
/// | 8 | `a. Pengelolaan Keuangan dan Barang Milik Negara` | 300000000 | 290000000 | 96.67 |
/// | 9 | `b. Operasional Perkantoran` | 400000000 | 380000000 | 95 |
/// | 10 | `c. Data dan Informasi` | 100000000 | 90000000 | 90 |
/// | 11 | `Jumlah` | 2300000000 | 2160000000 | 93.91 |
///
/// 1 400 000 000 ÷ 1 500 000 000 = 93,333…; 290 ÷ 300 = 96,666…; 2 160 ÷ 2 300 = 93,913….
pub fn anggaran_contoh_xlsx(path: &Path) -> FixtureResult {
    let rows: &[&[Cell]] = &[
        &[
            Text(CONTOH_PROGRAM_1),
            Num(1_500_000_000.0),
            Num(1_400_000_000.0),
            Num(93.33),
        ],
        &[
            Text(CONTOH_PERENCANAAN),
            Num(500_000_000.0),
            Num(480_000_000.0),
            Num(96.0),
        ],
        &[
            Text(CONTOH_ADHOC),
            Num(1_000_000_000.0),
            Num(920_000_000.0),
            Num(92.0),
        ],
        &[
            Text(CONTOH_PROGRAM_2),
            Num(800_000_000.0),
            Num(760_000_000.0),
            Num(95.0),
        ],
        &[
            Text(CONTOH_KEUANGAN),
            Num(300_000_000.0),
            Num(290_000_000.0),
            Num(96.67),
        ],
        &[
            Text(CONTOH_OPERASIONAL),
            Num(400_000_000.0),
            Num(380_000_000.0),
            Num(95.0),
        ],
        &[
            Text("c. Data dan Informasi"),
            Num(100_000_000.0),
            Num(90_000_000.0),
            Num(90.0),
        ],
        &[
            Text("Jumlah"),
            Num(2_300_000_000.0),
            Num(2_160_000_000.0),
            Num(93.91),
        ],
    ];
    save_contoh(path, "Realisasi Anggaran KPU Kota Contoh Tahun 2023", rows)
}

/// The same table after the revision of the DIPA ([`anggaran_contoh_xlsx`] before it), saved
/// under another name with `(Revisi)` in its title. Changed: `b. Pembentukan Badan Adhoc`
/// 1 100 000 000 / 1 045 000 000 (95%), and the last kegiatan, renamed `c. Pengelolaan Data
/// dan Informasi`, 80 000 000 / 76 000 000 (95%); so program 1 1 600 000 000 / 1 525 000 000
/// (95,3125 → 95.31), program 2 780 000 000 / 746 000 000 (95,641… → 95.64), `Jumlah`
/// 2 380 000 000 / 2 271 000 000 (95,420… → 95.42). Four of its five kegiatan keep their
/// uraian.
pub fn anggaran_contoh_revisi_xlsx(path: &Path) -> FixtureResult {
    let rows: &[&[Cell]] = &[
        &[
            Text(CONTOH_PROGRAM_1),
            Num(1_600_000_000.0),
            Num(1_525_000_000.0),
            Num(95.31),
        ],
        &[
            Text(CONTOH_PERENCANAAN),
            Num(500_000_000.0),
            Num(480_000_000.0),
            Num(96.0),
        ],
        &[
            Text(CONTOH_ADHOC),
            Num(1_100_000_000.0),
            Num(1_045_000_000.0),
            Num(95.0),
        ],
        &[
            Text(CONTOH_PROGRAM_2),
            Num(780_000_000.0),
            Num(746_000_000.0),
            Num(95.64),
        ],
        &[
            Text(CONTOH_KEUANGAN),
            Num(300_000_000.0),
            Num(290_000_000.0),
            Num(96.67),
        ],
        &[
            Text(CONTOH_OPERASIONAL),
            Num(400_000_000.0),
            Num(380_000_000.0),
            Num(95.0),
        ],
        &[
            Text("c. Pengelolaan Data dan Informasi"),
            Num(80_000_000.0),
            Num(76_000_000.0),
            Num(95.0),
        ],
        &[
            Text("Jumlah"),
            Num(2_380_000_000.0),
            Num(2_271_000_000.0),
            Num(95.42),
        ],
    ];
    save_contoh(
        path,
        "Realisasi Anggaran KPU Kota Contoh Tahun 2023 (Revisi)",
        rows,
    )
}

const CONTOH_PROGRAM_1: &str =
    "1. Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi";
const CONTOH_PERENCANAAN: &str = "a. Perencanaan Program dan Anggaran";
const CONTOH_ADHOC: &str = "b. Pembentukan Badan Adhoc";
const CONTOH_PROGRAM_2: &str = "2. Program Dukungan Manajemen";
const CONTOH_KEUANGAN: &str = "a. Pengelolaan Keuangan dan Barang Milik Negara";
const CONTOH_OPERASIONAL: &str = "b. Operasional Perkantoran";

fn save_contoh(path: &Path, title: &str, rows: &[&[Cell]]) -> FixtureResult {
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("Realisasi")?;
    small_anggaran(sheet, title, rows)?;
    workbook.save(path)?;
    Ok(())
}

/// Anggaran table numbered by hand, with a column-numbering row.
///
/// Sheet `Realisasi`, header row 3 `Uraian | Pagu | Realisasi | %`, row 4
/// numbering `(1) (2) (3) (4)` as TEXT; then
///
/// | row | A | B (Pagu) | C (Realisasi) | D (%) |
/// |---|---|---|---|---|
/// | 5 | `1. Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi` | 15020311000 | 15012469934 | 99.95 |
/// | 6 | `a. Perencanaan Program dan Anggaran` | 1279853000 | 1277447604 | 99.81 |
/// | 7 | `b. Pembentukan Badan Adhoc` | 13740458000 | 13735022330 | 99.96 |
/// | 8 | `2. Program Dukungan Manajemen` | 4315261000 | 4249384626 | 98.47 |
/// | 9 | `a. Pengelolaan Keuangan dan Barang Milik Negara` | 2170936000 | 2158035549 | 99.41 |
/// | 10 | `b. Operasional Perkantoran dan Dukungan Sarana Prasarana` | 2144325000 | 2091349077 | 97.53 |
/// | 11 | `JUMLAH` | 19335572000 | 19261854560 | 99.62 |
///
/// Program rows equal the sum of their kegiatan; JUMLAH = sum of the two
/// program rows. All amounts numeric.
pub fn numbered_anggaran_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let rows: &[&[Cell]] = &[
        &[Text("(1)"), Text("(2)"), Text("(3)"), Text("(4)")],
        &[
            Text("1. Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi"),
            Num(15_020_311_000.0),
            Num(15_012_469_934.0),
            Num(99.95),
        ],
        &[
            Text("a. Perencanaan Program dan Anggaran"),
            Num(1_279_853_000.0),
            Num(1_277_447_604.0),
            Num(99.81),
        ],
        &[
            Text("b. Pembentukan Badan Adhoc"),
            Num(13_740_458_000.0),
            Num(13_735_022_330.0),
            Num(99.96),
        ],
        &[
            Text("2. Program Dukungan Manajemen"),
            Num(4_315_261_000.0),
            Num(4_249_384_626.0),
            Num(98.47),
        ],
        &PENGELOLAAN_KEUANGAN,
        &OPERASIONAL_PERKANTORAN,
        &[
            Text("JUMLAH"),
            Num(19_335_572_000.0),
            Num(19_261_854_560.0),
            Num(99.62),
        ],
    ];
    save_small_anggaran(path, rows)
}

/// A SAKTI-style realisasi export with budget codes in the first column.
///
/// Sheet `Realisasi`, A1 title (merged A1:E1), row 3 header `Kode | Uraian |
/// Pagu | Realisasi | Sisa`; every amount numeric (`#,##0`), Sisa = Pagu −
/// Realisasi on every row, each heading states the sum of its children.
/// Codes are TEXT cells (so `001` keeps its zeros).
///
/// | row | A (Kode) | level | B (Uraian) | C Pagu | D Realisasi | E Sisa |
/// |---|---|---|---|---|---|---|
/// | 4 | `076.01.WA` | program (9) | Program Dukungan Manajemen | 68700000 | 67132450 | 1567550 |
/// | 5 | `6709` | kegiatan (4) | Pengelolaan Keuangan dan Barang Milik Negara | 68700000 | 67132450 | 1567550 |
/// | 6 | `6709.EBA` | KRO (8) | Layanan Dukungan Manajemen Internal | 68700000 | 67132450 | 1567550 |
/// | 7 | `EBA.962` | RO (7) | Layanan Umum | 8700000 | 8280000 | 420000 |
/// | 8 | `001` | komponen (3) | Pengelolaan Keuangan | 8700000 | 8280000 | 420000 |
/// | 9 | `A` | sub-komponen (1) | Penyusunan Laporan Keuangan | 7500000 | 7100000 | 400000 |
/// | 10 | `521211` | akun (6) | Belanja Bahan | 3900000 | 3850000 | 50000 |
/// | 11 | (empty) | item | Penggandaan dan penjilidan laporan keuangan | 1500000 | 1450000 | 50000 |
/// | 12 | (empty) | item | Konsumsi rapat penyusunan laporan keuangan | 2400000 | 2400000 | 0 |
/// | 13 | `524111` | akun | Belanja Perjalanan Dinas Biasa | 3600000 | 3250000 | 350000 |
/// | 14 | (empty) | item | Perjalanan dinas konsultasi laporan keuangan ke KPU Provinsi Banten | 3600000 | 3250000 | 350000 |
/// | 15 | `B` | sub-komponen | Pengelolaan Barang Milik Negara | 1200000 | 1180000 | 20000 |
/// | 16 | `521211` | akun | Belanja Bahan | 1200000 | 1180000 | 20000 |
/// | 17 | (empty) | item | ATK pengelolaan BMN | 1200000 | 1180000 | 20000 |
/// | 18 | `EBA.994` | RO | Layanan Perkantoran | 60000000 | 58852450 | 1147550 |
/// | 19 | `002` | komponen | Operasional dan Pemeliharaan Kantor | 60000000 | 58852450 | 1147550 |
/// | 20 | `A` | sub-komponen | Kebutuhan Sehari-hari Perkantoran | 60000000 | 58852450 | 1147550 |
/// | 21 | `521111` | akun | Belanja Keperluan Perkantoran | 24000000 | 23640000 | 360000 |
/// | 22 | (empty) | item | Keperluan sehari-hari perkantoran | 24000000 | 23640000 | 360000 |
/// | 23 | `522111` | akun | Belanja Langganan Listrik | 36000000 | 35212450 | 787550 |
/// | 24 | (empty) | item | Langganan listrik kantor | 36000000 | 35212450 | 787550 |
/// | 25 | (empty) | total | `JUMLAH TOTAL` | 68700000 | 67132450 | 1567550 |
pub fn coded_anggaran_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let rows: &[&[Cell]] = &[
        &[
            Text("076.01.WA"),
            Text("Program Dukungan Manajemen"),
            Num(68_700_000.0),
            Num(67_132_450.0),
            Num(1_567_550.0),
        ],
        &[
            Text("6709"),
            Text("Pengelolaan Keuangan dan Barang Milik Negara"),
            Num(68_700_000.0),
            Num(67_132_450.0),
            Num(1_567_550.0),
        ],
        &[
            Text("6709.EBA"),
            Text("Layanan Dukungan Manajemen Internal"),
            Num(68_700_000.0),
            Num(67_132_450.0),
            Num(1_567_550.0),
        ],
        &[
            Text("EBA.962"),
            Text("Layanan Umum"),
            Num(8_700_000.0),
            Num(8_280_000.0),
            Num(420_000.0),
        ],
        &[
            Text("001"),
            Text("Pengelolaan Keuangan"),
            Num(8_700_000.0),
            Num(8_280_000.0),
            Num(420_000.0),
        ],
        &[
            Text("A"),
            Text("Penyusunan Laporan Keuangan"),
            Num(7_500_000.0),
            Num(7_100_000.0),
            Num(400_000.0),
        ],
        &[
            Text("521211"),
            Text("Belanja Bahan"),
            Num(3_900_000.0),
            Num(3_850_000.0),
            Num(50_000.0),
        ],
        &[
            Empty,
            Text("Penggandaan dan penjilidan laporan keuangan"),
            Num(1_500_000.0),
            Num(1_450_000.0),
            Num(50_000.0),
        ],
        &[
            Empty,
            Text("Konsumsi rapat penyusunan laporan keuangan"),
            Num(2_400_000.0),
            Num(2_400_000.0),
            Num(0.0),
        ],
        &[
            Text("524111"),
            Text("Belanja Perjalanan Dinas Biasa"),
            Num(3_600_000.0),
            Num(3_250_000.0),
            Num(350_000.0),
        ],
        &[
            Empty,
            Text("Perjalanan dinas konsultasi laporan keuangan ke KPU Provinsi Banten"),
            Num(3_600_000.0),
            Num(3_250_000.0),
            Num(350_000.0),
        ],
        &[
            Text("B"),
            Text("Pengelolaan Barang Milik Negara"),
            Num(1_200_000.0),
            Num(1_180_000.0),
            Num(20_000.0),
        ],
        &[
            Text("521211"),
            Text("Belanja Bahan"),
            Num(1_200_000.0),
            Num(1_180_000.0),
            Num(20_000.0),
        ],
        &[
            Empty,
            Text("ATK pengelolaan BMN"),
            Num(1_200_000.0),
            Num(1_180_000.0),
            Num(20_000.0),
        ],
        &[
            Text("EBA.994"),
            Text("Layanan Perkantoran"),
            Num(60_000_000.0),
            Num(58_852_450.0),
            Num(1_147_550.0),
        ],
        &[
            Text("002"),
            Text("Operasional dan Pemeliharaan Kantor"),
            Num(60_000_000.0),
            Num(58_852_450.0),
            Num(1_147_550.0),
        ],
        &[
            Text("A"),
            Text("Kebutuhan Sehari-hari Perkantoran"),
            Num(60_000_000.0),
            Num(58_852_450.0),
            Num(1_147_550.0),
        ],
        &[
            Text("521111"),
            Text("Belanja Keperluan Perkantoran"),
            Num(24_000_000.0),
            Num(23_640_000.0),
            Num(360_000.0),
        ],
        &[
            Empty,
            Text("Keperluan sehari-hari perkantoran"),
            Num(24_000_000.0),
            Num(23_640_000.0),
            Num(360_000.0),
        ],
        &[
            Text("522111"),
            Text("Belanja Langganan Listrik"),
            Num(36_000_000.0),
            Num(35_212_450.0),
            Num(787_550.0),
        ],
        &[
            Empty,
            Text("Langganan listrik kantor"),
            Num(36_000_000.0),
            Num(35_212_450.0),
            Num(787_550.0),
        ],
        &[
            Empty,
            Text("JUMLAH TOTAL"),
            Num(68_700_000.0),
            Num(67_132_450.0),
            Num(1_567_550.0),
        ],
    ];
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("Realisasi")?;
    small_table(
        sheet,
        "Realisasi Anggaran Satker 670714 KPU Kota Contoh s.d. 31 Desember 2023",
        &["Kode", "Uraian", "Pagu", "Realisasi", "Sisa"],
        rows,
    )?;
    sheet.set_column_width(0, 12)?;
    sheet.set_column_width(1, 60)?;
    workbook.save(path)?;
    Ok(())
}

/// A small one-sheet workbook from rows of cell texts, for rule tests: `""` leaves a cell
/// empty, a plain number (`1000`, `-50`, `99.47`) is written as a number, `=…` as a formula
/// without a computed result, anything else as text. Row 1 of the sheet is `rows[0]`.
pub fn table_xlsx(path: &Path, sheet: &str, rows: &[&[&str]]) -> Result<(), Box<dyn Error>> {
    hidden_table_xlsx(path, sheet, rows, &[], &[])
}

/// [`table_xlsx`] with the 0-based `rows` and `cols` hidden, as a spreadsheet hides them.
pub fn hidden_table_xlsx(
    path: &Path,
    sheet: &str,
    rows: &[&[&str]],
    hidden_rows: &[u32],
    hidden_cols: &[u16],
) -> FixtureResult {
    let mut workbook = new_workbook()?;
    let ws = workbook.add_worksheet();
    ws.set_name(sheet)?;
    for (r, cells) in rows.iter().enumerate() {
        for (c, text) in cells.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            // `1000000`, `-50`, `99.47`; `5.000.000` (dot-grouped) stays text.
            let plain_number = text.parse::<f64>().is_ok() && text.matches('.').count() <= 1;
            if text.is_empty() {
                continue;
            } else if let Some(formula) = text.strip_prefix('=') {
                ws.write_formula(r, c, Formula::new(formula))?;
            } else if plain_number {
                ws.write_number(r, c, text.parse::<f64>()?)?;
            } else {
                ws.write_string(r, c, *text)?;
            }
        }
    }
    for &r in hidden_rows {
        ws.set_row_hidden(r)?;
    }
    for &c in hidden_cols {
        ws.set_column_hidden(c)?;
    }
    workbook.save(path)?;
    Ok(())
}

/// A one-sheet workbook whose every cell is written as text, as typed into a cell formatted as
/// text (`1.500` stays `1.500`, where [`table_xlsx`] would write the number 1.5).
pub fn text_table_xlsx(path: &Path, sheet: &str, rows: &[&[&str]]) -> FixtureResult {
    let mut workbook = new_workbook()?;
    let ws = workbook.add_worksheet();
    ws.set_name(sheet)?;
    for (r, cells) in rows.iter().enumerate() {
        for (c, text) in cells.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
            ws.write_string(r as u32, c as u16, *text)?;
        }
    }
    workbook.save(path)?;
    Ok(())
}

/// A DIPA's pagu per kegiatan, with no realisasi column: sheet `DIPA`, title in row 1, header
/// `No | Uraian | Pagu` in row 2, `1 Program A` over `a. Keg 1` 100 and `b. Keg 2` 200, and
/// `JUMLAH` 300 (= 100 + 200).
pub fn dipa_pagu_only_xlsx(path: &Path) -> FixtureResult {
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("DIPA")?;
    sheet.write_string(0, 0, "PAGU DIPA TAHUN 2025")?;
    for (col, name) in ["No", "Uraian", "Pagu"].into_iter().enumerate() {
        sheet.write_string(1, col as u16, name)?;
    }
    sheet.write_string(2, 0, "1")?;
    sheet.write_string(2, 1, "Program A")?;
    for (row, (no, uraian, pagu)) in [("a.", "Keg 1", 100.0), ("b.", "Keg 2", 200.0)]
        .into_iter()
        .enumerate()
    {
        let row = 3 + row as u32;
        sheet.write_string(row, 0, no)?;
        sheet.write_string(row, 1, uraian)?;
        sheet.write_number(row, 2, pagu)?;
    }
    sheet.write_string(5, 1, "JUMLAH")?;
    sheet.write_number(5, 2, 300.0)?;
    workbook.save(path)?;
    Ok(())
}

/// A realisasi table with two columns for one amount: sheet `R`, header in row 2 (`No |
/// Uraian | <a> | <b> | <c>`), `1 Program A` over `a. Keg 1` and `b. Keg 2`, then `JUMLAH`;
/// `values` the three numbers of each kegiatan under <a>, <b>, <c>.
pub fn anggaran_two_columns_xlsx(
    path: &Path,
    header: [&str; 3],
    values: [[f64; 3]; 2],
) -> FixtureResult {
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("R")?;
    sheet.write_string(0, 0, "REALISASI ANGGARAN TAHUN 2025")?;
    for (col, name) in ["No", "Uraian"].into_iter().chain(header).enumerate() {
        sheet.write_string(1, col as u16, name)?;
    }
    sheet.write_string(2, 0, "1")?;
    sheet.write_string(2, 1, "Program A")?;
    for (k, (no, uraian)) in [("a.", "Keg 1"), ("b.", "Keg 2")].into_iter().enumerate() {
        let row = 3 + k as u32;
        sheet.write_string(row, 0, no)?;
        sheet.write_string(row, 1, uraian)?;
        for (c, v) in values[k].iter().enumerate() {
            sheet.write_number(row, 2 + c as u16, *v)?;
        }
    }
    sheet.write_string(5, 1, "JUMLAH")?;
    for (c, (a, b)) in values[0].iter().zip(values[1]).enumerate() {
        sheet.write_number(5, 2 + c as u16, a + b)?;
    }
    workbook.save(path)?;
    Ok(())
}
