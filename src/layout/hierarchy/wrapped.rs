//! A row with amounts and, under it, rows of text alone (no number, code or amount) up to the
//! next numbered row: the text is its uraian wrapped onto the next rows, or a remark under
//! it, not items that make it a heading. Read as items, they stated nothing, the row became a
//! heading whose amounts no item adds up to, and its money dropped out of every sum while
//! `check` had nothing to compare. Text that carries on a sentence (it starts in lower case,
//! or the uraian ends on a comma, a hyphen or a joining word) is put back into the uraian;
//! any other text is a note. Both are said.

use super::{Facts, Role};
use crate::layout::lines::{Entry, Line};
use crate::model::{Notice, NoticeKind};

/// An entry of text alone: an uraian, and no number, code, amount, sasaran or indikator.
fn text_only(f: &Facts) -> bool {
    f.uraian && !f.amounts && !f.code && f.numbering.is_none() && !f.described
}

/// Does the numbered entry `i` (at `depth(i)`), with amounts, have only text under it: one or
/// more entries of text alone, then a numbered entry no deeper, or none?
pub(super) fn wraps(i: usize, facts: &[Facts], depth: impl Fn(usize) -> Option<usize>) -> bool {
    let Some(d) = depth(i) else { return false };
    if !facts[i].amounts {
        return false;
    }
    let mut j = i + 1;
    while facts.get(j).is_some_and(text_only) {
        j += 1;
    }
    j > i + 1
        && facts
            .get(j)
            .is_none_or(|f| f.numbering.is_some() && depth(j).is_some_and(|n| n <= d))
}

/// Marks the entries of text alone under an item with amounts (as [`wraps`] found them: an
/// item whose next entry is text alone, up to a numbered entry or the end) as its wrapped
/// text or notes, and says so.
pub(super) fn mark(lines: &mut [(u32, Line)], roles: &mut [Role], facts: &[Facts]) -> Vec<Notice> {
    let mut notices = Vec::new();
    let mut anchor: Option<usize> = None;
    // Whether the run of text-only entries met under the anchor ends at a numbered entry.
    let mut run_ends_numbered: Option<bool> = None;
    let mut k = 0;
    for at in 0..lines.len() {
        if !matches!(lines[at].1, Line::Entry(_)) {
            continue;
        }
        let entry = k;
        k += 1;
        let follows = matches!(roles[entry], Role::Item(None)) && text_only(&facts[entry]);
        if let (Some(above), true) = (anchor, follows) {
            if *run_ends_numbered.get_or_insert_with(|| ends_in_number(entry, facts)) {
                roles[entry] = Role::Continuation;
                notices.extend(join(lines, at, above));
                continue;
            }
        }
        run_ends_numbered = None;
        anchor =
            (matches!(roles[entry], Role::Item(Some(_))) && facts[entry].amounts).then_some(at);
    }
    notices
}

/// The run of text-only entries `entry` starts ends at a numbered entry, or at the end.
fn ends_in_number(entry: usize, facts: &[Facts]) -> bool {
    let mut j = entry;
    while facts.get(j).is_some_and(text_only) {
        j += 1;
    }
    facts.get(j).is_none_or(|f| f.numbering.is_some())
}

/// Puts the text at line `at` into the uraian of the line `above` when it carries it on, or
/// leaves it a note; says which.
fn join(lines: &mut [(u32, Line)], at: usize, above: usize) -> Option<Notice> {
    let (row, Line::Entry(e)) = &lines[at] else {
        return None;
    };
    let (row, rest, location) = (*row, e.uraian.clone()?, e.location.clone());
    let (above_row, Line::Entry(p)) = &mut lines[above] else {
        return None;
    };
    let above_row = *above_row;
    let (row, previous) = (row + 1, above_row + 1);
    let text = crate::text::shorten_line(&rest, 50);
    let message = if carries_on_entry(p, &rest) {
        crate::text::append(p.uraian.get_or_insert_with(String::new), &rest);
        crate::msg!(
            "read-wrapped-rest",
            row = row,
            previous = previous,
            text = text
        )
    } else {
        crate::msg!(
            "read-wrapped-note",
            row = row,
            previous = previous,
            text = text
        )
    };
    Some(Notice::new(NoticeKind::Continuation, message, location))
}

/// Words a line of an uraian does not end on: the sentence goes on in the next row.
const JOINING: [&str; 12] = [
    "dan", "atau", "serta", "untuk", "dengan", "di", "ke", "dari", "yang", "pada", "bagi", "dalam",
];

/// Does `rest` carry on the uraian of `above` (see [`carries_on`])?
fn carries_on_entry(above: &Entry, rest: &str) -> bool {
    carries_on(above.uraian.as_deref().unwrap_or(""), rest)
}

/// Does `rest`, a line of text alone under `above`, carry on its sentence: it starts in lower
/// case, or `above` ends on a comma, a hyphen, an open parenthesis or a joining word?
pub(crate) fn carries_on(above: &str, rest: &str) -> bool {
    let lower = rest
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    let text = above.trim_end();
    let open_end = text.ends_with([',', '-', '(', '/', '&']);
    let last = text
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    lower || open_end || JOINING.contains(&last.as_str())
}
