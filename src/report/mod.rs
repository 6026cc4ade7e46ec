//! Stage 5, report: what commands print, as text for people and JSON for scripts.

pub mod audit;
pub mod capaian;
pub mod check;
pub mod import;
pub mod indicators;
pub mod realisasi;
pub mod status;
pub mod table;

use crate::model::{Field, Quantity};
use crate::numbers;
use comfy_table::{Cell, CellAlignment};
use rust_decimal::Decimal;

/// A value of `field` as people write it: `37.230.532.000`, or `99,56%` for a percentage.
pub fn show(field: Field, value: Decimal) -> String {
    if field.is_percent() {
        numbers::format_persen(value, 2)
    } else {
        numbers::format_amount(value)
    }
}

/// A quantity as a right-aligned table cell: empty when there is none, `-` as written,
/// `unknown` when its value is not known (a formula without a computed result).
pub fn quantity_cell(field: Field, q: Option<&Quantity>, unknown: &str) -> Cell {
    let text = match q {
        None => String::new(),
        Some(q) if q.dash => "-".to_string(),
        Some(q) => q
            .value
            .map_or_else(|| unknown.to_string(), |v| show(field, v)),
    };
    Cell::new(text).set_alignment(CellAlignment::Right)
}
