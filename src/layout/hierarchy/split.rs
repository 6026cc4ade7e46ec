//! A numbered row of text alone whose amounts are written on the row under it, with the rest
//! of its text: `b. Belanja Barang dan Jasa untuk` over `kebutuhan operasional kantor |
//! 400.000`, or a program `2 Program Penyelenggaraan Pemilu dalam Proses` over `Konsolidasi
//! Demokrasi | 500.000` and its numbered items. Read by the numbering alone, the first became
//! a heading of one item cut from its text, and the second an item beside the program's own
//! items: its money counted twice, and with no total nothing disagreed.

use super::{wrapped::carries_on, Facts, Role};
use crate::layout::lines::{Entry, Line};
use crate::model::{Field, Notice, NoticeKind};
use rust_decimal::Decimal;

/// The depth a role is numbered at: a heading's level, a numbered item's depth.
fn depth(role: Role) -> Option<usize> {
    match role {
        Role::Heading(level) => Some(level.depth()),
        Role::Item(d) => d,
        _ => None,
    }
}

/// A row of text under a numbered row, with amounts and nothing else: no number, code,
/// sasaran or indikator.
fn rest_with_amounts(f: &Facts, role: Role) -> bool {
    role == Role::Item(None) && f.uraian && f.amounts && !f.code && f.numbering.is_none()
}

/// Joins each numbered heading of text alone (no amounts) to the row under it when that row
/// is the rest of it with its amounts: it is the heading's only row before the next at its
/// depth and carries its sentence on (the heading becomes an item), or its money is what the
/// numbered rows under it add up to (the heading's own amounts). A row there that is neither
/// stays an item beside the numbered rows, and that is a doubt.
pub(super) fn join(lines: &mut [(u32, Line)], roles: &mut [Role], facts: &[Facts]) -> Vec<Notice> {
    let mut notices = Vec::new();
    let at: Vec<usize> = (0..lines.len())
        .filter(|i| matches!(lines[*i].1, Line::Entry(_)))
        .collect();
    for k in 0..roles.len().saturating_sub(1) {
        let Role::Heading(level) = roles[k] else {
            continue;
        };
        let (f, next) = (&facts[k], &facts[k + 1]);
        if f.amounts || f.numbering.is_none() || f.code || !rest_with_amounts(next, roles[k + 1]) {
            continue;
        }
        if lines[at[k + 1]].0 != lines[at[k]].0 + 1 {
            continue;
        }
        let d = level.depth();
        // The entries after the rest, up to the next at the heading's depth or above it.
        let end = (k + 2..roles.len())
            .find(|j| depth(roles[*j]).is_none_or(|n| n <= d))
            .unwrap_or(roles.len());
        let below = k + 2..end;
        let (Some(upper), Some(rest)) = (entry(lines, at[k]), entry(lines, at[k + 1])) else {
            continue;
        };
        let text = rest.uraian.clone().unwrap_or_default();
        let as_item = below.is_empty() && carries_on(upper.uraian.as_deref().unwrap_or(""), &text);
        let as_heading = !as_item
            && !below.is_empty()
            && adds_up(&rest.amounts, lines, &at, roles, below.clone());
        if !as_item && !as_heading {
            if !below.is_empty() {
                notices.extend(doubt(lines, at[k], at[k + 1]));
            }
            continue;
        }
        if as_item {
            roles[k] = Role::Item(Some(d));
        }
        roles[k + 1] = Role::Continuation;
        let Some((upper, rest)) = pair(lines, at[k], at[k + 1]) else {
            continue;
        };
        crate::text::append(upper.uraian.get_or_insert_with(String::new), &text);
        upper.amounts = std::mem::take(&mut rest.amounts);
        let (row, previous) = (rest.row + 1, upper.row + 1);
        let text = crate::text::shorten_line(&text, 50);
        let message = match as_item {
            true => crate::msg!(
                "read-split-item",
                row = row,
                previous = previous,
                text = text
            ),
            false => crate::msg!(
                "read-split-heading",
                row = row,
                previous = previous,
                text = text
            ),
        };
        notices.push(Notice::new(
            NoticeKind::Continuation,
            message,
            rest.location.clone(),
        ));
    }
    notices
}

fn entry(lines: &[(u32, Line)], at: usize) -> Option<&Entry> {
    match &lines.get(at)?.1 {
        Line::Entry(e) => Some(e),
        _ => None,
    }
}

/// The entries at lines `a` and `b` (`a` before `b`).
fn pair(lines: &mut [(u32, Line)], a: usize, b: usize) -> Option<(&mut Entry, &mut Entry)> {
    let (head, tail) = lines.split_at_mut(b);
    match (&mut head.get_mut(a)?.1, &mut tail.first_mut()?.1) {
        (Line::Entry(x), Line::Entry(y)) => Some((x, y)),
        _ => None,
    }
}

/// Is every money amount of `stated` the sum of the items among the entries `below`?
fn adds_up(
    stated: &crate::model::Amounts,
    lines: &[(u32, Line)],
    at: &[usize],
    roles: &[Role],
    below: std::ops::Range<usize>,
) -> bool {
    let items: Vec<&Entry> = below
        .filter(|j| matches!(roles[*j], Role::Item(_)))
        .filter_map(|j| entry(lines, at[j]))
        .collect();
    let fields: Vec<(Field, Decimal)> = (stated.summed())
        .filter_map(|(f, q)| Some((*f, q.value?)))
        .collect();
    !items.is_empty()
        && !fields.is_empty()
        && fields.iter().all(|(f, value)| {
            let sum: Decimal = (items.iter())
                .filter_map(|e| e.amounts.get(f).and_then(|q| q.value))
                .sum();
            sum == *value
        })
}

/// The row at line `b`, under the numbered heading at line `a` and above its numbered rows,
/// whose money they do not add up to: an item beside them, in doubt.
fn doubt(lines: &[(u32, Line)], a: usize, b: usize) -> Option<Notice> {
    let (upper, rest) = (entry(lines, a)?, entry(lines, b)?);
    let text = crate::text::shorten_line(rest.uraian.as_deref().unwrap_or(""), 50);
    Some(Notice::new(
        NoticeKind::Doubt,
        crate::msg!(
            "read-split-doubt",
            row = rest.row + 1,
            previous = upper.row + 1,
            text = text
        ),
        rest.location.clone(),
    ))
}
