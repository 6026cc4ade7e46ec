//! Rows with money below a table's grand total (`Pengembalian … 50.000` under a footnote):
//! no total adds them up, and read as items they were added to the table's money with nothing
//! said. They may be rows the total left out, or notes; the reading cannot tell.

use super::Built;
use crate::model::{Notice, NoticeKind};

/// A doubt at the first item with money below the last grand total (a total of no heading,
/// of every row above it) that no later total covers.
pub(super) fn below_the_total(built: &Built) -> Option<Notice> {
    let total = (built.totals.iter()).rfind(|t| t.heading.is_none() && t.from_row == 0)?;
    let after = |row: u32| row > total.location.row;
    let later_total = built.totals.iter().any(|t| after(t.location.row));
    if later_total {
        return None;
    }
    let below: Vec<&crate::model::Item> = (built.items.iter())
        .filter(|i| after(i.location.row) && i.amounts.has_money())
        .collect();
    let first = below.first()?;
    let rows: Vec<String> = below.iter().map(|i| i.location.row.to_string()).collect();
    Some(Notice::new(
        NoticeKind::Doubt,
        crate::msg!(
            "read-below-the-total",
            rows = rows.join(", "),
            count = rows.len(),
            total = total.location.row
        ),
        first.location.clone(),
    ))
}
