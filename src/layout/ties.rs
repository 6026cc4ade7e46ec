//! Which column holds the numbers a header names. In an export laid out with merged cells the
//! name and its numbers need not share a column: SAKTI writes `Pagu Revisi` in R over numbers
//! merged Q:R, `Periode Lalu` merged V:W over numbers in W, `s.d. Periode` merged Y:AA over
//! numbers in Z. Each amount column is tied, in this order, to:
//! 1. the column under its (merged) name that holds the most numbers of their own;
//! 2. the column the body's merged cells under its name were merged from;
//! 3. an unnamed column beside it holding numbers no other name takes — by position, which a
//!    notice says.
//!
//! The body rows looked at are those of the plan's window, so that a sheet read while it
//! streams in is planned as the whole sheet is.

use super::columns::{ColumnMap, Role};
use crate::source::{Row, Spill, Value};
use std::collections::{BTreeMap, BTreeSet};

/// An amount column tied to another column than its name's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tie {
    pub role: Role,
    /// The column of the header's name, and the column the numbers are read from.
    pub named: u32,
    pub read: u32,
    pub by_position: bool,
}

/// Ties the amount columns of `columns` to the columns of `body` that hold their numbers.
pub fn tie(columns: &mut ColumnMap, body: &[Row]) -> Vec<Tie> {
    let own = own_numbers(body);
    let amount_roles: Vec<(Role, u32)> = columns
        .roles
        .iter()
        .filter(|(r, _)| r.field().is_some())
        .map(|(r, c)| (*r, *c))
        .collect();
    let span = |col: u32| col..=columns.spans.get(&col).copied().unwrap_or(col);
    let count = |col: u32| own.get(&col).copied().unwrap_or(0);
    let mut read: BTreeMap<Role, (u32, bool)> = BTreeMap::new();
    for &(role, col) in &amount_roles {
        let best = span(col)
            .max_by_key(|c| (count(*c), std::cmp::Reverse(*c)))
            .unwrap_or(col);
        if count(best) > 0 {
            let chosen = if count(col) == count(best) { col } else { best };
            read.insert(role, (chosen, false));
        }
    }
    let named_spans: Vec<u32> = amount_roles.iter().flat_map(|(_, c)| span(*c)).collect();
    let taken = |read: &BTreeMap<Role, (u32, bool)>, c: u32| read.values().any(|(r, _)| *r == c);
    for &(role, col) in &amount_roles {
        if read.contains_key(&role) {
            continue;
        }
        let merged_from = origins(body, span(col))
            .into_iter()
            .find(|o| count(*o) > 0 && !taken(&read, *o) && !named_spans.contains(o));
        if let Some(origin) = merged_from {
            read.insert(role, (origin, false));
        }
    }
    for &(role, col) in &amount_roles {
        if read.contains_key(&role) {
            continue;
        }
        let beside = [col.checked_sub(1), Some(col + 1)]
            .into_iter()
            .flatten()
            .find(|c| {
                count(*c) > 0
                    && !taken(&read, *c)
                    && !named_spans.contains(c)
                    && !columns.names.contains_key(c)
            });
        if let Some(c) = beside {
            read.insert(role, (c, true));
        }
    }
    let mut ties = Vec::new();
    for (role, (col, by_position)) in read {
        let named = columns.roles.get(&role).copied().unwrap_or(col);
        if named != col {
            columns.roles.insert(role, col);
            ties.push(Tie {
                role,
                named,
                read: col,
                by_position,
            });
        }
    }
    ties
}

/// How many rows hold a number of their own in each column. Total rows are left out: SAKTI
/// shifts some of the grand total's numbers a column left.
fn own_numbers(body: &[Row]) -> BTreeMap<u32, usize> {
    let mut own = BTreeMap::new();
    let total = |r: &Row| super::lines::is_total(r.own().find_map(|c| c.text()));
    for cell in body.iter().filter(|r| !total(r)).flat_map(|r| r.own()) {
        // A CSV's numbers are texts (`1.000.000`).
        let number = match &cell.value {
            Value::Int(_) | Value::Number(_) => true,
            Value::Text(t) => crate::numbers::looks_numeric(t),
            _ => false,
        };
        if number {
            *own.entry(cell.col).or_insert(0) += 1;
        }
    }
    own
}

/// The columns the merged copies in `cols` were merged from, most often first.
fn origins(body: &[Row], cols: std::ops::RangeInclusive<u32>) -> Vec<u32> {
    let mut seen: BTreeMap<u32, usize> = BTreeMap::new();
    for row in body {
        let from: BTreeSet<u32> = cols
            .clone()
            .filter(|c| row.get(*c).is_some_and(|cell| cell.spill == Spill::Across))
            .filter_map(|c| row.origin(c).map(|o| o.col))
            .collect();
        for col in from {
            *seen.entry(col).or_insert(0) += 1;
        }
    }
    let mut cols: Vec<(u32, usize)> = seen.into_iter().collect();
    cols.sort_by_key(|(c, n)| (std::cmp::Reverse(*n), *c));
    cols.into_iter().map(|(c, _)| c).collect()
}
