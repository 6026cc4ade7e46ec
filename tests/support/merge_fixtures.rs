//! A sheet of many merged regions, as SAKTI exports write them: every row merges three runs
//! of five columns across, and one region at the top is merged down and across.

use rust_xlsxwriter::{Format, Workbook, XlsxError};
use std::path::Path;

/// Rows of the sheet (0-based rows 0 to `ROWS - 1`).
pub const ROWS: u32 = 1_000;
/// The runs merged across on every row: B:F, G:K and L:P (0-based columns).
pub const ACROSS: [(u16, u16); 3] = [(1, 5), (6, 10), (11, 15)];
/// The region merged down and across at the top: Q1:S10.
pub const BLOCK: ((u32, u16), (u32, u16)) = ((0, 16), (9, 18));
/// A cell inside G6:K6 that holds a value of its own (a file may): H6.
pub const OWN_INSIDE: (u32, u16) = (5, 7);

/// Row `r`: `Uraian r` in A, `r` in B, `Akun r` in G, `r * 10` in L; H6 holds `sendiri`;
/// Q1 holds `Sasaran`.
pub fn write(path: &Path) -> Result<(), XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let plain = Format::new();
    for r in 0..ROWS {
        sheet.write_string(r, 0, format!("Uraian {r}"))?;
        let [b, g, l] = ACROSS;
        sheet.merge_range(r, b.0, r, b.1, "", &plain)?;
        sheet.write_number(r, b.0, f64::from(r))?;
        sheet.merge_range(r, g.0, r, g.1, &format!("Akun {r}"), &plain)?;
        sheet.merge_range(r, l.0, r, l.1, "", &plain)?;
        sheet.write_number(r, l.0, f64::from(r * 10))?;
    }
    let ((r0, c0), (r1, c1)) = BLOCK;
    sheet.merge_range(r0, c0, r1, c1, "Sasaran", &plain)?;
    sheet.write_string(OWN_INSIDE.0, OWN_INSIDE.1, "sendiri")?;
    workbook.save(path)
}
