//! Everyday variants of the layouts lakip reads, as users write them: amounts typed as text
//! in either convention, documents of another year, two PKs side by side on one sheet.
//! Every workbook is written by rust_xlsxwriter with a fixed creation date.
#![allow(dead_code)]

use super::fixtures::new_workbook;
use std::error::Error;
use std::path::Path;

type FixtureResult = Result<(), Box<dyn Error>>;

/// Writes rows of cell texts from row 1: `""` leaves a cell empty; every other cell is text,
/// as a user types `250.000` into a cell formatted as text.
pub fn texts(
    ws: &mut rust_xlsxwriter::Worksheet,
    first_row: u32,
    first_col: u16,
    rows: &[&[&str]],
) -> FixtureResult {
    for (r, cells) in rows.iter().enumerate() {
        for (c, text) in cells.iter().enumerate() {
            if !text.is_empty() {
                ws.write_string(first_row + r as u32, first_col + c as u16, *text)?;
            }
        }
    }
    Ok(())
}

const HEADER: &[&str] = &["Uraian", "Pagu", "Realisasi"];

/// An anggaran table (`Uraian | Pagu | Realisasi` in row 1, a program heading in row 2) whose
/// amounts are texts, one sheet per way of writing them. Rows 3.. are `rows`.
///
/// - `Rupiah`: `250.000`, `1.500.000`, `1.400.000,00`, `Jumlah 1.750.000 | 1.600.000`: the
///   Indonesian way throughout. B3 is 250 000 and C3 200 000; nothing is in doubt.
/// - `Desimal`: B3 `250.000` beside B4 `250.5`, a dot as the decimal point: B3 in doubt.
/// - `Inggris`: B3 `250.000` beside B4 `Rp 10,069,050,000`, commas between thousands (the
///   English way, where `250.000` would be 250): B3 in doubt.
/// - `Kecil`: B3 `1,5`, B4 `2,75`, B5 `250.000`: every other amount below 1.000, so only
///   250 fits the column: B5 in doubt.
/// - `Koma`: B3 `1,500` beside B4 `10,069,050,000`: the column writes commas between
///   thousands, so `1,500` is 1 500 without doubt.
pub fn amount_separators(path: &Path) -> FixtureResult {
    let mut workbook = new_workbook()?;
    let program = ["1. Program Dukungan Manajemen", "", ""];
    let sheets: [(&str, &[&[&str]]); 5] = [
        (
            "Rupiah",
            &[
                &["a. Layanan Perkantoran", "250.000", "200.000"],
                &["b. Layanan Umum", "1.500.000", "1.400.000,00"],
                &["Jumlah", "1.750.000", "1.600.000"],
            ],
        ),
        (
            "Desimal",
            &[
                &["a. Layanan Perkantoran", "250.000", "200000"],
                &["b. Layanan Umum", "250.5", "200"],
            ],
        ),
        (
            "Inggris",
            &[
                &["a. Layanan Perkantoran", "250.000", "200000"],
                &["b. Layanan Umum", "Rp 10,069,050,000", "9000000000"],
            ],
        ),
        (
            "Kecil",
            &[
                &["a. Layanan Perkantoran", "1,5", "1"],
                &["b. Layanan Umum", "2,75", "2"],
                &["c. Layanan Data", "250.000", "200"],
            ],
        ),
        (
            "Koma",
            &[
                &["a. Layanan Perkantoran", "1,500", "1000"],
                &["b. Layanan Umum", "10,069,050,000", "9000000000"],
            ],
        ),
    ];
    for (name, rows) in sheets {
        let ws = workbook.add_worksheet();
        ws.set_name(name)?;
        texts(ws, 0, 0, &[HEADER, &program])?;
        texts(ws, 2, 0, rows)?;
    }
    workbook.save(path)?;
    Ok(())
}
