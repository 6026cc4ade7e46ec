//! Notices for what the reader could not take at face value, one line each, grouped by column
//! where one cause repeats down a column.

use super::columns::ColumnMap;
use crate::model::{CellRef, Document, Location, Notice, NoticeKind};
use crate::numbers;
use crate::source::{Sheet, Value};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

fn at(location: &Location, cell: CellRef) -> Location {
    Location {
        cell: cell.into(),
        row: cell.row(),
        ..location.clone()
    }
}

/// One notice per formula without a computed value, then one per column of amounts whose
/// reading the column's other cells put in doubt (naming the first and the count). One pass
/// over the quantities: a large sheet has hundreds of thousands. `remarks`: some amount of a
/// budget's rows has a remark (`lines::Rare::remarks`), or of a performance table's
/// (`indicators::Split::remarks`); else they are not looked at.
pub fn of_quantities(doc: &Document, sheet: &Sheet, remarks: bool) -> Vec<Notice> {
    let mut out = Vec::new();
    let mut by_column: BTreeMap<u32, Noted> = BTreeMap::new();
    debug_assert!(
        remarks
            || !doc
                .amount_rows()
                .any(|(a, _)| a.iter().any(|(_, q)| q.has_remark())),
        "a remark not noted"
    );
    // Counted as one search when there are budget rows to go through.
    if remarks && doc.amount_rows().next().is_some() {
        super::lines::searched();
    }
    let rows = remarks.then(|| doc.amount_rows()).into_iter().flatten();
    for (amounts, location) in rows {
        for (field, q) in amounts.iter() {
            if let Some(formula) = q.uncomputed_formula() {
                out.push(formula_notice(formula, at(location, q.cell)));
            }
            let Some(note) = q.note() else { continue };
            let entry = by_column.entry(q.cell.col()).or_insert_with(|| Noted {
                location: at(location, q.cell),
                cell: q.cell,
                note: match q.note_said() {
                    Some(said) => said.clone(),
                    // A note without a key (none is made so today): its text as it is.
                    None => crate::msg!("read-as-written", text = note),
                },
                percent: field.is_percent(),
                count: 0,
            });
            entry.count += 1;
        }
    }
    debug_assert!(
        remarks || !doc.performance_quantities().any(|(_, q, _)| q.has_remark()),
        "a remark not noted"
    );
    let quantities = remarks.then(|| doc.performance_quantities());
    for (_, q, location) in quantities.into_iter().flatten() {
        if let Some(formula) = q.uncomputed_formula() {
            out.push(formula_notice(formula, at(location, q.cell)));
        }
    }
    for (col, noted) in by_column {
        let column = crate::source::column_name(col);
        let (kind, note) = if noted.percent {
            (NoticeKind::Ambiguous, noted.note)
        } else {
            match amount_doubt(doc, sheet, col, &noted) {
                Reading::Plain => continue,
                Reading::Ambiguous => (NoticeKind::Ambiguous, noted.note),
                Reading::Doubt(why) => (
                    NoticeKind::Doubt,
                    crate::msg!("read-amount-doubt", note = noted.note, why = why),
                ),
            }
        };
        let message = match noted.count {
            1 => note,
            n => crate::msg!(
                "read-and-more-in-column",
                note = note,
                more = n - 1,
                column = column
            ),
        };
        out.push(Notice::new(kind, message, noted.location));
    }
    out
}

/// The first quantity of a column read by a documented rule, and how many there are.
struct Noted {
    location: Location,
    cell: CellRef,
    note: crate::i18n::Message,
    percent: bool,
    count: usize,
}

/// How a column's ambiguous amounts stand beside its other cells.
enum Reading {
    /// The column's other cells agree with the reading: nothing to say.
    Plain,
    /// Nothing in the column tells: said as before.
    Ambiguous,
    /// The column's other cells speak for the other reading: why.
    Doubt(crate::i18n::Message),
}

/// Whether the column's other cells put its ambiguous amounts in doubt. In an amount (Rp)
/// column a lone dot before three digits (`250.000`) groups thousands, the Indonesian way: it
/// is in doubt only where another cell writes a dot as the decimal point (`250.5`) or commas
/// between thousands (`10,069,050,000`), or where every other amount is below 1.000, so that
/// only the decimal reading fits the column. A lone comma (`1,500`) is read as thousands too,
/// which is the Indonesian reading only where nothing says otherwise: it is plain where the
/// column writes commas between thousands, in doubt where it writes a comma as the decimal
/// point or dots between thousands, and ambiguous where nothing tells.
fn amount_doubt(doc: &Document, sheet: &Sheet, col: u32, noted: &Noted) -> Reading {
    let text_at = |cell: CellRef| -> Option<&str> {
        let i = sheet
            .rows
            .binary_search_by_key(&(cell.row() - 1), |r| r.index)
            .ok()?;
        match &sheet.rows[i].get(cell.col())?.value {
            Value::Text(t) => Some(t),
            _ => None,
        }
    };
    let Some(mark) = text_at(noted.cell).and_then(numbers::ambiguous_mark) else {
        return Reading::Ambiguous;
    };
    let mut dot_decimal = None;
    let mut comma_thousands = None;
    let mut comma_decimal = None;
    let mut dot_thousands = None;
    let mut largest: Option<(Decimal, CellRef)> = None;
    let quantities = doc
        .amount_rows()
        .flat_map(|(amounts, _)| amounts.iter().map(|(_, q)| q))
        .filter(|q| q.cell.col() == col && q.note().is_none());
    for q in quantities {
        if let Some(value) = q.value.filter(|v| !v.is_zero()) {
            if largest.is_none_or(|(l, _)| value.abs() > l) {
                largest = Some((value.abs(), q.cell));
            }
        }
        let Some(text) = text_at(q.cell) else {
            continue;
        };
        let shown = numbers::separators_shown(text);
        let first = |slot: &mut Option<(CellRef, String)>, yes: bool| {
            if yes && slot.is_none() {
                *slot = Some((q.cell, text.trim().to_string()));
            }
        };
        first(&mut dot_decimal, shown.dot_is_decimal == Some(true));
        first(&mut dot_thousands, shown.dot_is_decimal == Some(false));
        first(&mut comma_decimal, shown.comma_is_decimal == Some(true));
        first(&mut comma_thousands, shown.comma_is_decimal == Some(false));
    }
    let writes = |(cell, text): (CellRef, String), how: crate::i18n::Message| {
        Reading::Doubt(crate::msg!(
            "read-column-writes",
            cell = cell.to_string(),
            text = format!("{text:?}"),
            how = how
        ))
    };
    if mark == ',' {
        return match (comma_decimal, dot_thousands, comma_thousands) {
            (Some(seen), _, _) => writes(seen, crate::msg!("read-how-comma-decimal")),
            (None, Some(seen), _) => writes(seen, crate::msg!("read-how-dot-thousands")),
            (None, None, Some(_)) => Reading::Plain,
            (None, None, None) => Reading::Ambiguous,
        };
    }
    if let Some(seen) = dot_decimal {
        return writes(seen, crate::msg!("read-how-dot-decimal"));
    }
    if let Some(seen) = comma_thousands {
        return writes(seen, crate::msg!("read-how-comma-thousands"));
    }
    match largest {
        Some((value, cell)) if value < Decimal::ONE_THOUSAND => Reading::Doubt(crate::msg!(
            "read-column-below-thousand",
            cell = cell.to_string(),
            largest = numbers::format_angka(value, value.scale())
        )),
        _ => Reading::Plain,
    }
}

fn formula_notice(formula: &str, location: Location) -> Notice {
    Notice::new(
        NoticeKind::UncomputedFormula,
        crate::msg!("read-uncomputed-formula", formula = formula),
        location,
    )
}

/// Each column's first cell and count, by the column's letters (`AA` before `B`, the order the
/// notices are said in), with the column's number.
fn by_letters(
    by_col: BTreeMap<u32, (Location, usize)>,
) -> BTreeMap<String, (u32, Location, usize)> {
    by_col
        .into_iter()
        .map(|(col, (first, count))| (crate::source::column_name(col), (col, first, count)))
        .collect()
}

/// Numbers in columns lakip does not read: one notice per column (`strays`: each column's
/// first such cell and how many).
pub fn unread_columns(
    strays: BTreeMap<u32, (Location, usize)>,
    columns: &ColumnMap,
) -> Vec<Notice> {
    by_letters(strays)
        .into_iter()
        .map(|(column, (col, location, count))| {
            let header = match columns.names.get(&col) {
                Some(name) if columns.role_at(col).is_some() => {
                    crate::msg!("read-header-text-column", name = name)
                }
                Some(name) => crate::msg!("read-header-unknown", name = name),
                None => crate::msg!("read-header-none"),
            };
            Notice::new(
                NoticeKind::UnreadColumn,
                crate::msg!(
                    "read-unread-column",
                    column = column,
                    header = header,
                    count = count
                ),
                location,
            )
        })
        .collect()
}

/// Texts under a header name lakip gives no role (`Volume`, `Sumber Dana`): one notice per
/// column, so a column no role takes is said, not dropped.
pub fn unread_texts(texts: BTreeMap<u32, (Location, usize)>, columns: &ColumnMap) -> Vec<Notice> {
    by_letters(texts)
        .into_iter()
        .map(|(column, (col, location, count))| {
            let name = columns.names.get(&col).map_or("?", String::as_str);
            Notice::new(
                NoticeKind::UnreadColumn,
                crate::msg!(
                    "read-unread-text-column",
                    column = column,
                    name = name,
                    count = count
                ),
                location,
            )
        })
        .collect()
}
