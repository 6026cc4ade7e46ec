//! What few rows hold is noted as the rows are read (`layout::lines::Rare`), and the passes
//! that report it look at the rows only when something was noted. A row that holds one far
//! down a large sheet (read while the sheet streams in, after its first batches of cells) must
//! be reported as on a small sheet: a formula without a result, a number in a column without
//! a role, an amount that cannot be read.

mod support;

use lakip::pipeline::{read_file, Options};
use rust_xlsxwriter::{Workbook, XlsxError};
use std::path::Path;

/// Item rows: some 12 000 cells, several batches of the parser's.
const ROWS: u32 = 3_000;

/// The 0-based row, far down, that holds the rare cell.
const FAR: u32 = 2_700;

#[derive(Clone, Copy)]
enum Rare {
    /// `=1000+2000` as Realisasi, saved without its result.
    Formula,
    /// A number in column F, which has no header.
    Stray,
    /// A text where Pagu's number is.
    Unreadable,
}

/// Sheet `Realisasi`: a title, the header `Uraian | Pagu | Realisasi | %` in row 3, then
/// `ROWS` items; row `FAR + 1` holds `rare`.
fn write(path: &Path, rare: Rare) -> Result<(), XlsxError> {
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
        Rare::Formula => sheet.write_formula(FAR, 2, "=1000+2000").map(|_| ())?,
        Rare::Stray => sheet.write_number(FAR, 5, 7.0).map(|_| ())?,
        Rare::Unreadable => sheet.write_string(FAR, 1, "belum ada").map(|_| ())?,
    }
    workbook.save(path)
}

/// The notices of the one document read from a workbook holding `rare`, or the error.
fn read(rare: Rare) -> Result<Vec<String>, String> {
    support::english();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("realisasi.xlsx");
    write(&path, rare).unwrap();
    let (docs, _) =
        read_file(&path, "realisasi.xlsx", &Options::default()).map_err(|e| format!("{e:#}"))?;
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].items().len(), ROWS as usize);
    Ok(docs[0]
        .notices
        .iter()
        .map(|n| format!("{} {}", n.location.cell, n.message))
        .collect())
}

#[test]
fn a_formula_without_its_result_far_down_is_said() {
    let notices = read(Rare::Formula).unwrap();
    let said: Vec<&String> = notices
        .iter()
        .filter(|n| n.starts_with(&format!("C{} ", FAR + 1)))
        .collect();
    assert_eq!(said.len(), 1, "{notices:?}");
    assert!(said[0].contains("1000+2000"), "{said:?}");
}

#[test]
fn a_number_in_a_column_without_a_role_far_down_is_said() {
    let notices = read(Rare::Stray).unwrap();
    assert!(
        notices
            .iter()
            .any(|n| n.starts_with(&format!("F{} ", FAR + 1))),
        "{notices:?}"
    );
}

#[test]
fn an_amount_that_cannot_be_read_far_down_stops_the_import() {
    let error = read(Rare::Unreadable).unwrap_err();
    assert!(error.contains(&format!("B{}", FAR + 1)), "{error}");
    assert!(error.contains("belum ada"), "{error}");
}
