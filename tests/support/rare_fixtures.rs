//! A budget sheet of many rows where one row, far down, holds what few rows hold (see
//! `layout::lines::Rare`): read while the sheet streams in, after its first batches of cells.

use rust_xlsxwriter::{Workbook, XlsxError};
use std::path::Path;

/// Item rows: some 12 000 cells, several batches of the parser's.
pub const ROWS: u32 = 3_000;

/// The 0-based row, far down, that holds the rare cell.
pub const FAR: u32 = 2_700;

#[derive(Clone, Copy, Debug)]
pub enum Rare {
    /// Nothing rare: every row an item with its three amounts.
    None,
    /// `=1000+2000` as Realisasi, saved without its result.
    Formula,
    /// A number in column F, which has no header.
    Stray,
    /// A text where Pagu's number is.
    Unreadable,
}

/// Sheet `Realisasi`: a title, the header `Uraian | Pagu | Realisasi | %` in row 3, then
/// [`ROWS`] items; row `FAR + 1` holds `rare`.
pub fn write(path: &Path, rare: Rare) -> Result<(), XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Realisasi")?;
    sheet.write_string(0, 0, "Realisasi Anggaran KPU Kota Contoh Tahun 2023")?;
    for (col, text) in ["Uraian", "Pagu", "Realisasi", "%"].iter().enumerate() {
        sheet.write_string(2, col as u16, *text)?;
    }
    for n in 0..ROWS {
        let row = 3 + n;
        sheet.write_string(row, 0, format!("Belanja Barang {n}"))?;
        sheet.write_number(row, 1, f64::from(1_000 * (n + 1)))?;
        sheet.write_number(row, 2, f64::from(900 * (n + 1)))?;
        sheet.write_number(row, 3, 90.0)?;
    }
    match rare {
        Rare::None => {}
        Rare::Formula => sheet.write_formula(FAR, 2, "=1000+2000").map(|_| ())?,
        Rare::Stray => sheet.write_number(FAR, 5, 7.0).map(|_| ())?,
        Rare::Unreadable => sheet.write_string(FAR, 1, "belum ada").map(|_| ())?,
    }
    workbook.save(path)
}
