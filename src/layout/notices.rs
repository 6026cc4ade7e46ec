//! Notices for what the reader could not take at face value, one line each, grouped by column
//! where one cause repeats down a column.

use super::columns::ColumnMap;
use crate::model::{CellRef, Document, Location, Notice, NoticeKind};
use std::collections::BTreeMap;

fn at(location: &Location, cell: CellRef) -> Location {
    Location {
        cell: cell.to_string(),
        row: cell.row(),
        ..location.clone()
    }
}

/// One notice per formula without a computed value, then one per column of amounts read by a
/// documented rule (naming the first and the count). One pass over the quantities: a large
/// sheet has hundreds of thousands.
pub fn of_quantities(doc: &Document) -> Vec<Notice> {
    let mut out = Vec::new();
    let mut by_column: BTreeMap<String, (Location, String, usize)> = BTreeMap::new();
    for (amounts, location) in doc.amount_rows() {
        for q in amounts.values() {
            if let Some(formula) = q.uncomputed_formula() {
                out.push(formula_notice(formula, at(location, q.cell)));
            }
            let Some(note) = q.note() else { continue };
            let column = q
                .cell
                .to_string()
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .to_string();
            let entry = by_column
                .entry(column)
                .or_insert_with(|| (at(location, q.cell), note.to_string(), 0));
            entry.2 += 1;
        }
    }
    for (_, q, location) in doc.performance_quantities() {
        if let Some(formula) = q.uncomputed_formula() {
            out.push(formula_notice(formula, at(location, q.cell)));
        }
    }
    out.extend(
        by_column
            .into_iter()
            .map(|(column, (location, note, count))| Notice {
                kind: NoticeKind::Ambiguous,
                message: match count {
                    1 => note,
                    n => format!("{note} (and {} more in column {column})", n - 1),
                },
                location,
            }),
    );
    out
}

fn formula_notice(formula: &str, location: Location) -> Notice {
    Notice {
        kind: NoticeKind::UncomputedFormula,
        message: format!(
            "the formula ={formula} has no computed value; open and save the file in Excel or \
             LibreOffice so its formulas are computed"
        ),
        location,
    }
}

/// Numbers in columns lakip does not read: one notice per column.
pub fn unread_columns(strays: Vec<&Location>, columns: &ColumnMap) -> Vec<Notice> {
    let mut by_column: BTreeMap<String, (Location, usize)> = BTreeMap::new();
    for location in strays {
        let column = location
            .cell
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .to_string();
        by_column
            .entry(column)
            .or_insert_with(|| (location.clone(), 0))
            .1 += 1;
    }
    by_column
        .into_iter()
        .map(|(column, (location, count))| {
            let col = column_index(&column);
            let header = match columns.names.get(&col) {
                Some(name) if columns.role_at(col).is_some() => format!("'{name}', a text column"),
                Some(name) => format!("'{name}', which names no column lakip reads or repeats one"),
                None => "no header".to_string(),
            };
            Notice {
                kind: NoticeKind::UnreadColumn,
                message: format!(
                    "column {column} ({header}) holds numbers in {count} row{} that are not imported",
                    if count == 1 { "" } else { "s" }
                ),
                location,
            }
        })
        .collect()
}

/// Texts under a header name lakip gives no role (`Volume`, `Sumber Dana`): one notice per
/// column, so a column no role takes is said, not dropped.
pub fn unread_texts(texts: Vec<&Location>, columns: &ColumnMap) -> Vec<Notice> {
    let mut by_column: BTreeMap<String, (Location, usize)> = BTreeMap::new();
    for location in texts {
        let column = location
            .cell
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .to_string();
        by_column
            .entry(column)
            .or_insert_with(|| (location.clone(), 0))
            .1 += 1;
    }
    by_column
        .into_iter()
        .map(|(column, (location, count))| {
            let name = columns
                .names
                .get(&column_index(&column))
                .map_or("?", String::as_str);
            Notice {
                kind: NoticeKind::UnreadColumn,
                message: format!(
                    "column {column} ('{name}', which names no column lakip reads) holds text in \
                     {count} row{} that is not imported",
                    if count == 1 { "" } else { "s" }
                ),
                location,
            }
        })
        .collect()
}

/// `A` → 0, `AA` → 26.
fn column_index(letters: &str) -> u32 {
    letters
        .bytes()
        .fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1))
        .saturating_sub(1)
}
