//! Large workbooks of every layout lakip reads, for the bench matrix (`scripts/bench-matrix.sh`,
//! written by `benches/bench_workbooks.rs`). Each layout is the shape of its test fixtures,
//! repeated until the sheet holds about `rows` body rows. Amounts are whole thousands, so every
//! sum is exact in the f64 a cell holds.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use std::error::Error;
use std::path::Path;

type FixtureResult = Result<(), Box<dyn Error>>;

/// The layouts of the matrix.
pub const LAYOUTS: [&str; 7] = ["rkt", "anggaran", "pk", "kinerja", "rak", "sakti", "renja"];

/// A deterministic linear congruential generator (Knuth's MMIX constants).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn amount(&mut self) -> u64 {
        (1 + self.next() % 999_999) * 1000
    }
}

/// Writes `layout` with about `rows` body rows to `path`.
pub fn write(layout: &str, rows: usize, path: &Path) -> FixtureResult {
    match layout {
        "rkt" => rkt(rows, path),
        "anggaran" => anggaran(rows, path),
        "pk" => pk(rows, path),
        "kinerja" => kinerja(rows, path),
        "rak" => rak(rows, path),
        "sakti" => sakti(rows, path),
        "renja" => super::renja_fixtures::write_renja_large(path, rows),
        other => Err(format!("unknown layout {other}").into()),
    }
}

fn titles(sheet: &mut Worksheet, lines: &[&str], last_col: u16) -> Result<u32, XlsxError> {
    let bold = Format::new().set_bold();
    for (r, line) in (0u32..).zip(lines) {
        sheet.merge_range(r, 0, r, last_col, line, &bold)?;
    }
    Ok(lines.len() as u32 + 1)
}

fn numbering(sheet: &mut Worksheet, row: u32, cols: u16) -> Result<(), XlsxError> {
    for col in 0..cols {
        sheet.write_number(row, col, f64::from(col + 1))?;
    }
    Ok(())
}

/// The RKT of the Serang seed at scale: title block, header and numbering row, a bare heading
/// row every 30 rows (`Program N`, merged across), groups of three items whose sasaran,
/// indikator and output are merged down, the header repeated every ~40 rows (a page break),
/// and the `JUMLAH ANGGARAN` total.
fn rkt(rows: usize, path: &Path) -> FixtureResult {
    const HEADER: [&str; 7] = [
        "Program Kegiatan",
        "Sasaran",
        "Indikator",
        "keluaran/output",
        "Uraian kegiatan",
        "Perkiraan kebutuhan Anggaran",
        "KET",
    ];
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("RKT 2023")?;
    let wrap = Format::new().set_text_wrap();
    let heading = Format::new().set_bold();
    let mut row = titles(
        sheet,
        &[
            "RENCANA KERJA TAHUNAN KPU KABUPATEN CONTOH",
            "TAHUN ANGGARAN 2023",
        ],
        6,
    )?;
    sheet.write_row(row, 0, HEADER)?;
    numbering(sheet, row + 1, 7)?;
    row += 2;
    let mut rng = Lcg(2023);
    let mut total = 0u64;
    let (mut body, mut since_header, mut group) = (0usize, 0usize, 0usize);
    while body < rows {
        if since_header >= 40 {
            sheet.write_row(row, 0, HEADER)?;
            row += 1;
            since_header = 0;
        }
        if group.is_multiple_of(10) {
            let text = format!("Program Penyelenggaraan {}", group / 10 + 1);
            sheet.merge_range(row, 0, row, 6, &text, &heading)?;
            row += 1;
            body += 1;
            since_header += 1;
        }
        group += 1;
        let texts = [
            format!("Terselenggaranya tahapan {group}"),
            format!("Persentase tahapan {group} yang terlaksana"),
            format!("Laporan tahapan {group}"),
        ];
        for (col, text) in (1u16..).zip(&texts) {
            sheet.merge_range(row, col, row + 2, col, text, &wrap)?;
        }
        for i in 0..3u32 {
            let amount = rng.amount();
            total += amount;
            sheet.write_string(row + i, 4, format!("Belanja {group}.{}", i + 1))?;
            sheet.write_number(row + i, 5, amount as f64)?;
        }
        row += 3;
        body += 3;
        since_header += 3;
    }
    sheet.merge_range(row, 0, row, 4, "JUMLAH ANGGARAN", &heading)?;
    sheet.write_number(row, 5, total as f64)?;
    workbook.save(path)?;
    Ok(())
}

/// The anggaran of `benches/import.rs`: `Uraian | Pagu | Realisasi | %`, numbered programs and
/// kegiatan stating the sums of their items (100 items a kegiatan, 50 kegiatan a program),
/// and `JUMLAH`.
fn anggaran(rows: usize, path: &Path) -> FixtureResult {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Realisasi")?;
    let mut row = titles(sheet, &["LAPORAN REALISASI ANGGARAN TAHUN 2023"], 3)?;
    sheet.write_row(row, 0, ["Uraian", "Pagu", "Realisasi", "%"])?;
    row += 1;
    let mut rng = Lcg(0x5A41_4B49);
    let items_per_kegiatan = 100usize.min(rows.max(1));
    let kegiatan = rows.div_ceil(items_per_kegiatan);
    let mut total = (0u64, 0u64);
    let mut p = 0;
    let mut k = 0;
    while k < kegiatan {
        p += 1;
        let program_row = row;
        row += 1;
        let mut program = (0u64, 0u64);
        for kk in 1..=50 {
            if k == kegiatan {
                break;
            }
            k += 1;
            let kegiatan_row = row;
            row += 1;
            let mut sum = (0u64, 0u64);
            for i in 1..=items_per_kegiatan {
                let pagu = rng.amount();
                let real = (rng.next() % (pagu / 1000 + 1)) * 1000;
                sum = (sum.0 + pagu, sum.1 + real);
                amount_row(sheet, row, &format!("Belanja {p}.{kk}.{i}"), pagu, real)?;
                row += 1;
            }
            amount_row(
                sheet,
                kegiatan_row,
                &format!("{p}.{kk} Kegiatan {kk}"),
                sum.0,
                sum.1,
            )?;
            program = (program.0 + sum.0, program.1 + sum.1);
        }
        amount_row(
            sheet,
            program_row,
            &format!("{p}. Program {p}"),
            program.0,
            program.1,
        )?;
        total = (total.0 + program.0, total.1 + program.1);
    }
    amount_row(sheet, row, "JUMLAH", total.0, total.1)?;
    workbook.save(path)?;
    Ok(())
}

fn amount_row(sheet: &mut Worksheet, row: u32, text: &str, pagu: u64, real: u64) -> FixtureResult {
    sheet.write_string(row, 0, text)?;
    sheet.write_number(row, 1, pagu as f64)?;
    sheet.write_number(row, 2, real as f64)?;
    // Two decimals, as the sheet shows it.
    let percent = (real as f64 / pagu.max(1) as f64 * 10_000.0).round() / 100.0;
    sheet.write_number(row, 3, percent)?;
    Ok(())
}

/// A Perjanjian Kinerja: `No | Sasaran Program | Indikator Kinerja | Target`, numbering row,
/// three indikator a sasaran, the sasaran merged down its rows.
fn pk(rows: usize, path: &Path) -> FixtureResult {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("PK Ketua")?;
    let wrap = Format::new().set_text_wrap();
    let mut row = titles(
        sheet,
        &[
            "PERJANJIAN KINERJA TAHUN 2023",
            "KOMISI PEMILIHAN UMUM KOTA CONTOH",
            "KETUA",
        ],
        3,
    )?;
    sheet.write_row(
        row,
        0,
        ["No", "Sasaran Program", "Indikator Kinerja", "Target"],
    )?;
    numbering(sheet, row + 1, 4)?;
    row += 2;
    let groups = rows.div_ceil(3);
    for g in 1..=groups {
        let text = format!("Meningkatnya kualitas penyelenggaraan tahapan {g}");
        sheet.merge_range(row, 1, row + 2, 1, &text, &wrap)?;
        for i in 0..3u32 {
            let n = (g - 1) * 3 + i as usize + 1;
            sheet.write_number(row + i, 0, n as f64)?;
            sheet.write_string(
                row + i,
                2,
                format!("Persentase tahapan {g}.{} terlaksana", i + 1),
            )?;
            sheet.write_string(row + i, 3, format!("{}%", 80 + (n % 21)))?;
        }
        row += 3;
    }
    workbook.save(path)?;
    Ok(())
}

/// A BAB III measurement table: `No | Sasaran Strategis | Indikator Kinerja | Target |
/// Realisasi | Capaian (%)`, three indikator a sasaran (written on its first row only), the
/// capaian the realisasi over the target.
fn kinerja(rows: usize, path: &Path) -> FixtureResult {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Tabel 3.1")?;
    let mut row = titles(
        sheet,
        &["PENGUKURAN KINERJA TAHUN 2023", "KPU KOTA CONTOH"],
        5,
    )?;
    let header = [
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Capaian (%)",
    ];
    sheet.write_row(row, 0, header)?;
    row += 1;
    for n in 1..=rows {
        let g = (n - 1) / 3 + 1;
        sheet.write_number(row, 0, n as f64)?;
        if (n - 1).is_multiple_of(3) {
            sheet.write_string(row, 1, format!("Meningkatnya partisipasi pemilih {g}"))?;
        }
        sheet.write_string(row, 2, format!("Persentase pemilih terdaftar {n}"))?;
        // Target 80 %, realisasi 80 % … 99 %: capaian realisasi / 80 × 100, two decimals.
        let real = 80 + (n % 20) as u64;
        sheet.write_string(row, 3, "80%")?;
        sheet.write_string(row, 4, format!("{real}%"))?;
        let capaian = (real as f64 * 100.0 / 80.0 * 100.0).round() / 100.0;
        sheet.write_number(row, 5, capaian)?;
        row += 1;
    }
    workbook.save(path)?;
    Ok(())
}

/// A Rencana Aksi: `NO | SASARAN PROGRAM/KEGIATAN | INDIKATOR KINERJA | TARGET INDIKATOR
/// KINERJA | KEGIATAN/AKSI | TARGET KEGIATAN/AKSI | B1 … B12 | PERKIRAAN BIAYA | PELAKSANAAN`,
/// the months under `Pelaksanaan Kegiatan Bulanan`, a numbering row, the header repeated
/// every ~40 rows.
fn rak(rows: usize, path: &Path) -> FixtureResult {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("RAK Sekretaris")?;
    let wrap = Format::new().set_text_wrap();
    let mut row = titles(
        sheet,
        &[
            "RENCANA AKSI KINERJA TAHUN 2023",
            "KOMISI PEMILIHAN UMUM KOTA CONTOH",
            "SEKRETARIS",
        ],
        19,
    )?;
    row = rak_header(sheet, row, &wrap)?;
    let mut rng = Lcg(7);
    let mut since_header = 0;
    for n in 1..=rows {
        if since_header >= 40 {
            row = rak_header(sheet, row, &wrap)?;
            since_header = 0;
        }
        let g = (n - 1) / 3 + 1;
        sheet.write_number(row, 0, n as f64)?;
        sheet.write_string(row, 1, format!("Terselenggaranya tahapan {g}"))?;
        sheet.write_string(row, 2, format!("Persentase tahapan {g} terlaksana"))?;
        sheet.write_string(row, 3, "100%")?;
        sheet.write_string(row, 4, format!("Menyusun laporan tahapan {n}"))?;
        sheet.write_string(row, 5, "1 Laporan")?;
        for m in 0..12u16 {
            if (n + m as usize).is_multiple_of(3) {
                sheet.write_string(row, 6 + m, "M1")?;
            }
        }
        sheet.write_number(row, 18, rng.amount() as f64)?;
        sheet.write_string(row, 19, "Subbag Program")?;
        row += 1;
        since_header += 1;
    }
    workbook.save(path)?;
    Ok(())
}

fn rak_header(sheet: &mut Worksheet, row: u32, wrap: &Format) -> Result<u32, XlsxError> {
    let labels = [
        (0u16, "NO"),
        (1, "SASARAN PROGRAM/KEGIATAN"),
        (2, "INDIKATOR KINERJA"),
        (3, "TARGET INDIKATOR KINERJA"),
        (4, "KEGIATAN/AKSI"),
        (5, "TARGET KEGIATAN/AKSI"),
        (18, "PERKIRAAN BIAYA"),
        (19, "PELAKSANAAN"),
    ];
    for (col, text) in labels {
        sheet.merge_range(row, col, row + 1, col, text, wrap)?;
    }
    sheet.merge_range(row, 6, row, 17, "Pelaksanaan Kegiatan Bulanan", wrap)?;
    for m in 0..12u16 {
        sheet.write_string(row + 1, 6 + m, format!("B{}", m + 1))?;
    }
    for col in 0..20u16 {
        sheet.write_string(row + 2, col, format!("({})", col + 1))?;
    }
    Ok(row + 3)
}

/// A SAKTI GLP039 report of `tests/support/sakti_fixtures.rs` at scale: 10 items an akun, as
/// many KRO as make about `rows` rows (279 rows a KRO, a page footer every 30 rows).
fn sakti(rows: usize, path: &Path) -> FixtureResult {
    use super::sakti_fixtures as sakti;
    let kro = (rows * 30 / 31 / 279).max(1);
    sakti::write_large(path, &sakti::Shape { kro, items: 10 })?;
    Ok(())
}
