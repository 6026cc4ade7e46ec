//! A sheet that holds more than one table: two PKs side by side (one in A–D with its own
//! title, budget lines and signature, another in F–I with its own), or one under the other's
//! signature. Each table is a document of its own; the first keeps the sheet's name, each
//! other is named `Sheet [2]`, `Sheet [3]` … (see `model::sheet_part`), so the workspace
//! stores both and locations still name the sheet's own cells.

use super::header;
use crate::source::{Row, Sheet, Spill};

/// The column bands of a sheet whose header row holds two or more headers side by side, each
/// separated from the next by an empty column and each a header of the same kind on its own:
/// the first column of each band. `None` for a sheet of one table.
pub fn side_by_side(sheet: &Sheet) -> Option<Vec<u32>> {
    let found = header::find(&sheet.rows)?;
    let kind = crate::kinds::recognise(&found.columns)?.0;
    let header_rows = &sheet.rows[found.pos..found.pos + found.rows];
    let runs = runs(header_rows);
    if runs.len() < 2 {
        return None;
    }
    let starts: Vec<u32> = runs.iter().map(|(first, _)| *first).collect();
    // Each run must be a header of the same kind by itself, at the same row: a header with an
    // empty column in it (an unnamed column) is one table.
    // Only the first rows are searched for a header: the bands of a large sheet are not
    // copied to say it is one table.
    let first_rows = &sheet.rows[..sheet.rows.len().min(header::PLAN_ROWS)];
    for i in 0..starts.len() {
        let band = band_rows(first_rows, &starts, i);
        let own = header::find(&band)?;
        let same_row =
            band.get(own.pos).map(|r| r.index) == sheet.rows.get(found.pos).map(|r| r.index);
        let own_kind = crate::kinds::recognise(&own.columns).map(|(k, _)| k);
        if !same_row || own_kind != Some(kind) {
            return None;
        }
    }
    Some(starts)
}

/// Runs of occupied columns (a cell of its own or merged across) in the header rows, each
/// as its first and last column.
fn runs(rows: &[Row]) -> Vec<(u32, u32)> {
    let occupied: std::collections::BTreeSet<u32> = rows
        .iter()
        .flat_map(|r| r.cells.iter())
        .map(|c| c.col)
        .collect();
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for col in occupied {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == col => *last = col,
            _ => runs.push((col, col)),
        }
    }
    runs
}

/// The rows of band `i` (from its first column to the next band's, the first band from column
/// A): only its cells, and a title merged across from the band on the left becomes the
/// band's own.
pub fn band_rows(rows: &[Row], starts: &[u32], i: usize) -> Vec<Row> {
    let from = if i == 0 { 0 } else { starts[i] };
    let to = starts.get(i + 1).copied().unwrap_or(u32::MAX);
    rows.iter()
        .filter_map(|row| {
            let mut cells: Vec<_> = row
                .cells
                .iter()
                .filter(|c| (from..to).contains(&c.col))
                .cloned()
                .collect();
            if let Some(first) = cells.first_mut().filter(|c| c.col == from && i > 0) {
                if first.spill == Spill::Across {
                    first.spill = Spill::Own;
                }
            }
            (!cells.is_empty()).then_some(Row {
                index: row.index,
                cells,
            })
        })
        .collect()
}

/// A sheet of `rows` under `name`, with what the whole sheet says of itself; the reader's
/// warnings go with the first part only, so each is said once.
pub fn part(sheet: &Sheet, name: String, rows: Vec<Row>, first: bool) -> Sheet {
    Sheet {
        name,
        rows,
        warnings: if first {
            sheet.warnings.clone()
        } else {
            Vec::new()
        },
        hidden: sheet.hidden,
        formulas_computed: sheet.formulas_computed,
        gap_rows: sheet.gap_rows,
    }
}
