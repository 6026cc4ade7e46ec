//! Rows and columns the sheet hides (see `source::hidden`) that were read into the table. A
//! hidden row is read as any other — a formula's sum counts it too — but a person reading or
//! printing the sheet does not see it: often an old figure, a row replaced by the one under
//! it, or a sub-kegiatan with no budget this year. Where a sum the sheet states covers the
//! row (a heading above it, or a total under it, states amounts), `check` sets the row against
//! that sum and a wrong reading fails loudly: the row is said, once for each run. Where none
//! does, either reading may be the right one: a `doubt`, and `check` does not say "ok".

use super::columns::ColumnMap;
use crate::model::{CellRef, Document, Location, Notice, NoticeKind, RowClass};
use crate::source::Sheet;

/// A class of a row read into the table.
fn read_into(class: RowClass) -> bool {
    matches!(
        class,
        RowClass::Heading | RowClass::Item | RowClass::Total | RowClass::Continuation
    )
}

/// A doubt for each run of consecutive hidden rows read into the table.
pub fn rows(doc: &Document, sheet: &Sheet) -> Vec<Notice> {
    if sheet.hides.rows.is_empty() {
        return Vec::new();
    }
    let class_of = |row: u32| {
        let one_based = row + 1;
        doc.rows
            .binary_search_by_key(&one_based, |(r, _)| *r)
            .ok()
            .map(|i| doc.rows[i].1)
    };
    let mut read: Vec<u32> = sheet
        .hides
        .rows
        .iter()
        .copied()
        .filter(|&r| class_of(r).is_some_and(read_into))
        .collect();
    read.sort_unstable();
    read.dedup();
    let mut out = Vec::new();
    let mut i = 0;
    while i < read.len() {
        let first = read[i];
        let mut last = first;
        while read.get(i + 1) == Some(&(last + 1)) {
            last += 1;
            i += 1;
        }
        i += 1;
        let count = last - first + 1;
        let (kind, key) = match (first..=last).all(|r| summed(doc, r + 1)) {
            true => (NoticeKind::Ambiguous, "read-hidden-rows-summed"),
            false => (NoticeKind::Doubt, "read-hidden-rows"),
        };
        let message = crate::i18n::Message::new(key)
            .arg("count", count)
            .arg("first", first + 1)
            .arg("last", last + 1);
        out.push(Notice::new(kind, message, at(doc, first)));
    }
    out
}

/// Does a sum the sheet states cover the (1-based) `row` of a budget table, as `check` adds
/// it up (see `check::totals`): a heading above it (its own, when it is one, or one it is
/// under) that states an amount, or a total whose rows hold it — under the total's heading,
/// when it has one. An indicator table states no such sums.
fn summed(doc: &Document, row: u32) -> bool {
    let crate::model::Body::Budget(tree) = &doc.body else {
        return false;
    };
    // The headings the row is under, innermost first.
    let mut under = Vec::new();
    let at = tree.items.partition_point(|i| i.location.row < row);
    let mut h = match tree.items.get(at).filter(|i| i.location.row == row) {
        Some(item) => item.heading,
        None => tree
            .headings
            .iter()
            .find(|h| h.location.row == row)
            .and_then(|h| h.parent),
    };
    while let Some(i) = h.filter(|i| !under.contains(i)) {
        under.push(i);
        h = tree.headings.get(i).and_then(|x| x.parent);
    }
    let stated = under
        .iter()
        .any(|&i| tree.headings.get(i).is_some_and(|x| !x.stated.is_empty()));
    let totalled = tree.totals.iter().any(|t| {
        let (from, to) = match t.from_row >= t.location.row {
            true => (t.location.row, u32::MAX),
            false => (t.from_row, t.location.row),
        };
        (from < row && row < to) && t.heading.is_none_or(|th| under.contains(&th))
    });
    stated || totalled
}

/// Each column read into the table that the sheet hides, with the doubt to say at the header.
pub fn columns<'a>(
    sheet: &'a Sheet,
    columns: &'a ColumnMap,
) -> impl Iterator<Item = (u32, crate::i18n::Message)> + 'a {
    let hidden = |col: u32| {
        sheet
            .hides
            .cols
            .iter()
            .any(|(a, b)| (*a..=*b).contains(&col))
    };
    let mut read: Vec<u32> = columns
        .roles
        .values()
        .copied()
        .filter(|&c| hidden(c))
        .collect();
    read.sort_unstable();
    read.dedup();
    read.into_iter().map(|col| {
        let message = crate::msg!(
            "read-hidden-column",
            column = crate::source::column_name(col),
            name = columns.names.get(&col).cloned().unwrap_or_default()
        );
        (col, message)
    })
}

/// The first cell of the 0-based `row`.
fn at(doc: &Document, row: u32) -> Location {
    Location {
        file: doc.file.as_str().into(),
        sheet: doc.sheet.as_str().into(),
        cell: CellRef::new(row, 0).into(),
        row: row + 1,
    }
}
