//! Levels of the codes of a Kode column (or of codes written at the start of the texts),
//! read down the table. A code's shape may allow more than one level: `WA` a program or a
//! sub-komponen, `994` a rincian output or a komponen. Each code is read in the context of
//! the codes above it, as a person reads the column:
//! 1. a code the next code writes out further takes the level that code gives its part (`WA`
//!    above `WA.6336` is the program);
//! 2. a code deeper than the code above it (or the first) takes the deepest level its shape
//!    allows above the level of the code after it (`WA` over `4305` is a program, `051` over
//!    `A` or `521211` a komponen, `994` under the KRO `EBA` and over `001` its rincian
//!    output);
//! 3. otherwise the code closes some of the headings open above it, and the levels its shape
//!    allows are weighed by the amounts: the headings it closes must be complete (their rows
//!    add up to them) and the heading it goes under must not be (`995` after an akun is a
//!    rincian output when the `994` above is complete, a komponen of it when it is not). The
//!    deepest level that fits is taken; when the amounts leave more than one (or none), the
//!    deepest is taken and the doubt is said, naming the other.

use super::codes;
use crate::layout::lines::Entry;
use crate::model::{Amounts, Field, Level, Notice, NoticeKind};
use rust_decimal::Decimal;

/// A heading open above the row being read: its level, its amounts, and what the rows
/// directly under it add up to so far (`None` for a field when a row under it has no value).
struct Open<'a> {
    level: Level,
    amounts: &'a Amounts,
    under: Vec<(Field, Option<Decimal>)>,
    rows: usize,
}

impl<'a> Open<'a> {
    fn new(level: Level, amounts: &'a Amounts) -> Open<'a> {
        Open {
            level,
            amounts,
            under: Vec::new(),
            rows: 0,
        }
    }

    fn add(&mut self, amounts: &Amounts) {
        self.rows += 1;
        for (field, q) in amounts {
            match self.under.iter_mut().find(|(f, _)| f == field) {
                Some((_, sum)) => *sum = sum.zip(q.value).map(|(a, b)| a + b),
                None => self.under.push((*field, q.value)),
            }
        }
    }

    /// Whether the rows under it add up to its amounts; `None` when that cannot be told (no
    /// rows under it yet, no amounts, a value missing).
    fn complete(&self) -> Option<bool> {
        if self.rows == 0 || self.amounts.is_empty() {
            return None;
        }
        let mut all = true;
        for (field, q) in self.amounts {
            let own = q.value?;
            let under = match self.under.iter().find(|(f, _)| f == field) {
                Some((_, sum)) => (*sum)?,
                None => Decimal::ZERO,
            };
            all &= own == under;
        }
        Some(all)
    }
}

/// Each entry's level (`None` for an uncoded row), and a doubt for each code whose level the
/// amounts could not settle.
pub(super) fn levels(entries: &[&Entry]) -> (Vec<Option<Level>>, Vec<Notice>) {
    let codes: Vec<Option<&str>> = entries.iter().map(|e| e.code()).collect();
    let mut open: Vec<Open> = Vec::new();
    let mut levels = Vec::with_capacity(entries.len());
    let mut notices = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let level = codes[i].and_then(|code| {
            let next = codes[i + 1..].iter().flatten().next().copied();
            next.and_then(|n| codes::level_in(code, n))
                .or_else(|| in_context(code, next, e, &open, &mut notices))
        });
        match level {
            Some(level) => {
                while open.last().is_some_and(|o| o.level >= level) {
                    open.pop();
                }
                if let Some(parent) = open.last_mut() {
                    parent.add(&e.amounts);
                }
                open.push(Open::new(level, &e.amounts));
            }
            None if e.has_amounts() => {
                if let Some(parent) = open.last_mut() {
                    parent.add(&e.amounts);
                }
            }
            None => {}
        }
        levels.push(level);
    }
    (levels, notices)
}

/// The level of `code` under the headings `open`, `next` the code after it (rules 2 and 3
/// of the module).
fn in_context(
    code: &str,
    next: Option<&str>,
    e: &Entry,
    open: &[Open],
    notices: &mut Vec<Notice>,
) -> Option<Level> {
    let allowed = shapes(code);
    let deepest = *allowed.last()?;
    let above = open.last().map(|o| o.level);
    let deeper: Vec<Level> = allowed
        .iter()
        .copied()
        .filter(|l| above.is_none_or(|a| *l > a))
        .collect();
    if let Some(last) = deeper.last() {
        let below = next.and_then(|n| shapes(n).last().copied());
        let over = deeper.iter().rev().find(|l| below.is_some_and(|b| **l < b));
        return Some(*over.unwrap_or(last));
    }
    let fitting: Vec<Level> = allowed.iter().copied().filter(|l| fits(*l, open)).collect();
    if let [only] = fitting[..] {
        return Some(only);
    }
    let other = allowed.iter().rev().find(|l| **l != deepest);
    if let Some(other) = other {
        notices.push(Notice::new(
            NoticeKind::Doubt,
            crate::msg!(
                "read-code-level-doubt",
                row = e.location.row,
                code = code.trim(),
                level = deepest.name().replace('_', " "),
                other = other.name().replace('_', " ")
            ),
            e.location.clone(),
        ));
    }
    Some(deepest)
}

/// The levels a code's shape allows, shallowest first.
fn shapes(code: &str) -> Vec<Level> {
    let mut levels: Vec<Level> = codes::readings(code)
        .iter()
        .map(codes::Reading::last)
        .collect();
    levels.sort_unstable();
    levels.dedup();
    levels
}

/// Whether a row at `level` fits under the headings `open`: those it closes are complete, and
/// the one it goes under is not.
fn fits(level: Level, open: &[Open]) -> bool {
    let at = open.partition_point(|o| o.level < level);
    let (kept, closed) = open.split_at(at);
    closed.iter().all(|o| o.complete() != Some(false))
        && kept.last().is_none_or(|p| p.complete() != Some(true))
}
