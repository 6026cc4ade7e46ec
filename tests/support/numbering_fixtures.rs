//! Performance tables whose No column runs past three digits (item 1 000 on), or holds a year
//! among its numbers: what `numbering::Sequence` reads.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use std::error::Error;
use std::path::Path;

type FixtureResult = Result<(), Box<dyn Error>>;

/// How a No cell is written.
#[derive(Clone, Copy)]
pub enum No {
    /// A number cell: `1000`.
    Number,
    /// A text with a dot: `1000.`.
    Text,
}

/// The top of a PK sheet: three title lines (rows 1–3), a blank row, the header on sheet row 5
/// and its numbering row on row 6; the first body row is sheet row 7 (0-based 6).
fn pk_top(sheet: &mut Worksheet) -> Result<u32, XlsxError> {
    let bold = Format::new().set_bold();
    for (r, line) in (0u32..).zip([
        "PERJANJIAN KINERJA TAHUN 2023",
        "KOMISI PEMILIHAN UMUM KOTA CONTOH",
        "KETUA",
    ]) {
        sheet.merge_range(r, 0, r, 3, line, &bold)?;
    }
    sheet.write_row(
        4,
        0,
        ["No", "Sasaran Program", "Indikator Kinerja", "Target"],
    )?;
    for col in 0..4u16 {
        sheet.write_number(5, col, f64::from(col + 1))?;
    }
    Ok(6)
}

fn write_no(sheet: &mut Worksheet, row: u32, n: u32, no: No) -> Result<(), XlsxError> {
    match no {
        No::Number => sheet.write_number(row, 0, f64::from(n)).map(|_| ()),
        No::Text => sheet.write_string(row, 0, format!("{n}.")).map(|_| ()),
    }
}

/// A PK of `items` indikator numbered 1, 2, … down the No column, five a sasaran: item `n`
/// (sheet row `n + 6`) is `Indikator n` of `Sasaran (n - 1) / 5 + 1`, target `80%`; the
/// sasaran is written on each row.
pub fn pk_numbered(path: &Path, items: u32, no: No) -> FixtureResult {
    pk_rows(path, 1..=items, no, |n| (n - 1) / 5 + 1, None)
}

/// [`pk_numbered`] whose item `dated` has for indikator a line a signature block could open
/// with: `Laporan kinerja tersusun 31 Desember 2023`.
pub fn pk_numbered_dated(path: &Path, items: u32, dated: u32, no: No) -> FixtureResult {
    let odd = (dated, "Laporan kinerja tersusun 31 Desember 2023");
    pk_rows(path, 1..=items, no, |n| (n - 1) / 5 + 1, Some(odd))
}

/// A PK of one row a number, in cells, in the order given: `Indikator n` of `Sasaran n`,
/// target `80%`, unless the number is `dated`, whose indikator is `Serang, 24 Januari 2023`
/// (as a signature block opens).
pub fn pk_numbers(path: &Path, numbers: &[u32], dated: u32) -> FixtureResult {
    let odd = (dated, "Serang, 24 Januari 2023");
    pk_rows(path, numbers.iter().copied(), No::Number, |n| n, Some(odd))
}

/// A PK numbered 1, 2, 3, then `2023` (a year pasted into the No column, sheet row 10), then 4:
/// each row its own sasaran and indikator.
pub fn pk_year_in_no(path: &Path) -> FixtureResult {
    pk_rows(path, [1, 2, 3, 2023, 4], No::Number, |n| n, None)
}

/// A PK of one row a number, in the order given, from sheet row 7: `Indikator n` of `Sasaran
/// sasaran(n)`, target `80%`, the number written as `no` says; the row numbered `odd.0` has
/// `odd.1` for indikator.
fn pk_rows(
    path: &Path,
    numbers: impl IntoIterator<Item = u32>,
    no: No,
    sasaran: fn(u32) -> u32,
    odd: Option<(u32, &str)>,
) -> FixtureResult {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("PK Ketua")?;
    let first = pk_top(sheet)?;
    for (row, n) in (first..).zip(numbers) {
        write_no(sheet, row, n, no)?;
        sheet.write_string(row, 1, format!("Sasaran {}", sasaran(n)))?;
        let indikator = match odd.filter(|(at, _)| *at == n) {
            Some((_, text)) => text.to_string(),
            None => format!("Indikator {n}"),
        };
        sheet.write_string(row, 2, indikator)?;
        sheet.write_string(row, 3, "80%")?;
    }
    workbook.save(path)?;
    Ok(())
}

/// An anggaran `No | Uraian | Pagu | Realisasi` of `items` lines numbered 1, 2, … (`Belanja n`,
/// pagu 1 000 000, realisasi 500 000 each) and `JUMLAH` (items × 1 000 000, items × 500 000);
/// the number in its own column (`No::Number`) or written before the uraian (`No::Text`:
/// `n. Belanja n`, no No column).
pub fn anggaran_numbered(path: &Path, items: u32, no: No) -> FixtureResult {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Realisasi")?;
    sheet.write_string(0, 0, "LAPORAN REALISASI ANGGARAN TAHUN 2023")?;
    sheet.write_row(2, 0, ["No", "Uraian", "Pagu", "Realisasi"])?;
    for n in 1..=items {
        let row = 2 + n;
        match no {
            No::Number => {
                sheet.write_number(row, 0, f64::from(n))?;
                sheet.write_string(row, 1, format!("Belanja {n}"))?;
            }
            No::Text => {
                sheet.write_string(row, 1, format!("{n}. Belanja {n}"))?;
            }
        }
        sheet.write_number(row, 2, 1_000_000.0)?;
        sheet.write_number(row, 3, 500_000.0)?;
    }
    let row = 3 + items;
    sheet.write_string(row, 1, "JUMLAH")?;
    sheet.write_number(row, 2, f64::from(items) * 1_000_000.0)?;
    sheet.write_number(row, 3, f64::from(items) * 500_000.0)?;
    workbook.save(path)?;
    Ok(())
}

/// An anggaran `No | Uraian | Pagu | Realisasi` numbered 1, 2, 3, `2023`, 4 (the year on sheet
/// row 7: the title on row 1, the header on row 3, 1–3 on rows 4–6), pagu 1 000 000 and
/// realisasi 500 000 each, and `JUMLAH` 5 000 000 / 2 500 000.
pub fn anggaran_year_in_no(path: &Path) -> FixtureResult {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Realisasi")?;
    sheet.write_string(0, 0, "LAPORAN REALISASI ANGGARAN TAHUN 2023")?;
    sheet.write_row(2, 0, ["No", "Uraian", "Pagu", "Realisasi"])?;
    for (row, n) in (3u32..).zip([1u32, 2, 3, 2023, 4]) {
        sheet.write_number(row, 0, f64::from(n))?;
        sheet.write_string(row, 1, format!("Belanja {n}"))?;
        sheet.write_number(row, 2, 1_000_000.0)?;
        sheet.write_number(row, 3, 500_000.0)?;
    }
    sheet.write_string(8, 1, "JUMLAH")?;
    sheet.write_number(8, 2, 5_000_000.0)?;
    sheet.write_number(8, 3, 2_500_000.0)?;
    workbook.save(path)?;
    Ok(())
}
