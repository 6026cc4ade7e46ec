//! A sheet that holds more than one table: two PKs side by side (one in A–D with its own
//! title, budget lines and signature, another in F–I with its own), or one under the other's
//! signature. Each table is a document of its own; the first keeps the sheet's name, each
//! other is named `Sheet [2]`, `Sheet [3]` … (see `model::sheet_part`), so the workspace
//! stores both and locations still name the sheet's own cells.

use super::columns::{role_of, Role};
use super::header;
use crate::kinds::DocKind;
use crate::source::{Row, Sheet, Spill};
use std::collections::BTreeSet;

/// The column bands of a sheet that holds tables side by side: the first column of each
/// band, the first band from column A. `None` for a sheet of one table.
///
/// Another table starts at a column name right of the first table's header — after an empty
/// column, or naming again a column the row has named already (`No | Sasaran | … | No |
/// Sasaran | …`) — on the header's row or a few rows under it, when the columns from there are,
/// on their own, a header of the same kind, and the columns left of it still are.
pub fn side_by_side(sheet: &Sheet) -> Option<Vec<u32>> {
    // Only the first rows are searched for a header: the bands of a large sheet are not
    // copied to say it is one table.
    let first_rows = &sheet.rows[..sheet.rows.len().min(header::PLAN_ROWS)];
    let found = header::find(first_rows)?;
    let kind = crate::kinds::recognise(&found.columns).kind()?;
    let mut starts = vec![0];
    while let Some(next) = next_band(first_rows, found.pos, *starts.last()?, kind) {
        starts.push(next);
    }
    (starts.len() > 1).then_some(starts)
}

/// Rows under the header's row where the header of a table beside it may stand.
const SHIFT_ROWS: usize = 3;

/// The first column right of `from` where another table of `kind` starts.
fn next_band(rows: &[Row], header_pos: usize, from: u32, kind: DocKind) -> Option<u32> {
    let near = &rows[header_pos..rows.len().min(header_pos + 1 + SHIFT_ROWS)];
    let mut candidates = BTreeSet::new();
    for row in near {
        let mut named = BTreeSet::new();
        for cell in row.own().filter(|c| c.col >= from) {
            let Some(role) = cell.text().and_then(role_of) else {
                continue;
            };
            let after_gap = cell.col > from && row.get(cell.col - 1).is_none();
            if cell.col > from && (after_gap || named.contains(&role)) {
                candidates.insert(cell.col);
            }
            named.insert(role);
        }
    }
    // The roles of a band's header, when it is one of `kind`.
    let roles = |rows: &[Row]| {
        let h = header::find(rows)?;
        let k = crate::kinds::recognise(&h.columns).kind()?;
        (k == kind).then(|| h.columns.roles.keys().copied().collect::<BTreeSet<Role>>())
    };
    candidates.into_iter().find(|&col| {
        let (Some(left), Some(right)) = (
            roles(&band(rows, from, col, from > 0)),
            roles(&band(rows, col, u32::MAX, true)),
        ) else {
            return false;
        };
        // The same table twice: one header names what the other does (a column more or less),
        // not parts of one wide header that each happen to make a table.
        left.is_subset(&right) || right.is_subset(&left)
    })
}

/// The rows of band `i` of `starts` (see [`side_by_side`]).
pub fn band_rows(rows: &[Row], starts: &[u32], i: usize) -> Vec<Row> {
    let from = starts.get(i).copied().unwrap_or(0);
    let to = starts.get(i + 1).copied().unwrap_or(u32::MAX);
    band(rows, from, to, i > 0)
}

/// The rows' cells in columns `from` to `to` (not included); with `own_first`, a title merged
/// across from the band on the left becomes the band's own.
fn band(rows: &[Row], from: u32, to: u32, own_first: bool) -> Vec<Row> {
    rows.iter()
        .filter_map(|row| {
            let mut cells: Vec<_> = row
                .cells
                .iter()
                .filter(|c| (from..to).contains(&c.col))
                .cloned()
                .collect();
            if let Some(first) = cells.first_mut().filter(|c| c.col == from && own_first) {
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
        // Cells keep their column in a part: the whole sheet's formats apply as they are.
        percent_cells: sheet.percent_cells.clone(),
        hides: sheet.hides.clone(),
    }
}
