//! Rows a page break cut, in a report printed with page footers inside its data (SAKTI's
//! `*Lock Pagu adalah …` under every page). The row the break cut is printed again after it,
//! with the same code and amounts; or, when a long item name was cut, the rest of its text
//! goes on after the break in a row with no code and some amounts repeated (the pagu, not the
//! realisasi; sisa 0). Either is the continuation of the row before the break: counted once,
//! and said in a notice. A row after a break that matches neither is a row of its own, and
//! `check` weighs it with the rest.

use super::Role;
use crate::layout::lines::{Entry, Line};
use crate::model::{Amounts, Location, Notice, NoticeKind};
use rust_decimal::Decimal;

/// A page footer: a text starting with `*`, no code, no amounts.
pub fn is_footnote(e: &Entry) -> bool {
    e.code().is_none()
        && !e.has_amounts()
        && e.uraian.as_deref().is_some_and(|t| t.starts_with('*'))
}

/// How a row after a break continues the row before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum How {
    /// Printed again: same code and amounts.
    Repeat,
    /// The rest of a cut item name.
    Rest,
}

/// Marks the rows after a page break that continue the row before it as continuations, puts
/// the text they carry on into that row, and returns the notices saying so. `roles` holds the
/// role of each entry of `lines`, in order.
pub(crate) fn continue_across(lines: &mut [(u32, Line)], roles: &mut [Role]) -> Vec<Notice> {
    let mut found: Vec<(usize, usize, How)> = Vec::new();
    let mut before: Option<(usize, Role)> = None;
    let mut broken = false;
    let mut k = 0;
    for (at, (_, line)) in lines.iter().enumerate() {
        let e = match line {
            Line::Entry(e) => e,
            Line::Header | Line::Title => {
                broken = true;
                continue;
            }
            _ => continue,
        };
        let role = roles[k];
        k += 1;
        // A footer, or whatever else a page break prints (a header row read as a note).
        if matches!(role, Role::Note | Role::Footer) {
            broken = true;
            continue;
        }
        let after_break = std::mem::take(&mut broken);
        if let (true, Some((prev, prev_role))) = (after_break, before) {
            if let Line::Entry(p) = &lines[prev].1 {
                if let Some(how) = continues(e, p, prev_role) {
                    roles[k - 1] = Role::Continuation;
                    found.push((at, prev, how));
                    continue;
                }
            }
        }
        if matches!(role, Role::Heading(_) | Role::Item(_)) {
            before = Some((at, role));
        }
    }
    found
        .into_iter()
        .filter_map(|(at, prev, how)| join(lines, at, prev, how))
        .collect()
}

/// Does `e`, after a break, continue `p` (of role `role`), the row before the break?
fn continues(e: &Entry, p: &Entry, role: Role) -> Option<How> {
    let texts_agree = match (e.uraian.as_deref(), p.uraian.as_deref()) {
        (Some(a), Some(b)) => a.starts_with(b) || b.starts_with(a),
        (a, b) => a == b,
    };
    let same_code = e.code() == p.code() && e.code_col() == p.code_col();
    if same_code && texts_agree && same(&e.amounts, &p.amounts) {
        return Some(How::Repeat);
    }
    // SAKTI's items start with their number (`002514. Makan Rapat …`); the rest of a name
    // does not.
    let rest = e.code().is_none()
        && e.uraian.as_deref().is_some_and(|t| !numbered_item(t))
        && matches!(role, Role::Item(_));
    (rest && repeats_some(&e.amounts, &p.amounts)).then_some(How::Rest)
}

/// `002514. Makan Rapat …`: a detail item's number, six digits and a dot.
fn numbered_item(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    digits == 6 && text.as_bytes().get(6) == Some(&b'.')
}

/// Every field of `a` and `b` has the same value.
fn same(a: &Amounts, b: &Amounts) -> bool {
    a.len() == b.len()
        && a.iter()
            .all(|(f, q)| b.get(f).is_some_and(|o| o.value == q.value))
}

/// The amounts of a carried-over text: none, or the pagu again with the others repeated,
/// zero or left empty.
fn repeats_some(rest: &Amounts, row: &Amounts) -> bool {
    let pagu = crate::model::Field::Pagu;
    let pagu_again = rest
        .get(&pagu)
        .is_some_and(|q| q.value.is_some() && row.get(&pagu).map(|r| r.value) == Some(q.value));
    rest.is_empty()
        || pagu_again
            && rest.iter().all(|(f, q)| {
                q.value == Some(Decimal::ZERO) || row.get(f).is_some_and(|r| r.value == q.value)
            })
}

/// Puts what the continuation at `at` carries into the row at `prev`, and says so.
fn join(lines: &mut [(u32, Line)], at: usize, prev: usize, how: How) -> Option<Notice> {
    let (row, Line::Entry(e)) = &lines[at] else {
        return None;
    };
    let (row, rest, location): (u32, String, Location) = (
        *row,
        e.uraian.clone().unwrap_or_default(),
        e.location.clone(),
    );
    let (prev_row, Line::Entry(p)) = &mut lines[prev] else {
        return None;
    };
    let prev_row = *prev_row;
    let what = p.code().map(str::to_string);
    let text = p.uraian.get_or_insert_with(String::new);
    let message = match how {
        How::Repeat => {
            // The text before the break may have been cut: keep the whole one.
            if rest.len() > text.len() {
                *text = rest;
            }
            let what = what.unwrap_or_else(|| crate::text::one_line(text));
            crate::msg!(
                "read-break-repeat",
                row = row + 1,
                previous = prev_row + 1,
                what = what
            )
        }
        How::Rest => {
            text.push(' ');
            text.push_str(&rest);
            crate::msg!(
                "read-break-rest",
                row = row + 1,
                previous = prev_row + 1,
                text = crate::text::one_line(&rest)
            )
        }
    };
    Some(Notice::new(NoticeKind::Continuation, message, location))
}
