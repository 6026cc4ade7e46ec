//! Levels of the codes of a Kode column (or of codes written at the start of the texts),
//! read down the table. A code's shape may allow more than one level: `WA` a program or a
//! sub-komponen, `994` a rincian output or a komponen. Each code is read as a person reads
//! the column:
//! 1. a code the next code writes out further takes the level that code gives its part (`WA`
//!    above `WA.6336` is the program);
//! 2. the amounts: a level fits when the headings the row closes add up to their amounts and
//!    the heading it goes under does not yet (`995` after an akun is the next rincian output
//!    when RO `994` above is complete, a komponen of it when it is not);
//! 3. the codes: of the levels that fit, the deepest above the next code's level, so that no
//!    level is skipped between them (`WA` over `4305` is a program, `994` over `001` an RO,
//!    `051` over `A` or `521211` a komponen).
//!
//! When the amounts leave one level and the codes point to another (a heading's amount may
//! be mistyped), the codes' level is taken; when neither tells (no amounts on the headings,
//! no code after it), the deepest level is: each is a doubt naming the other level, so that
//! `check` does not say "ok" over it.

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
        for (field, q) in amounts.iter().filter(|(f, _)| adds_up(**f)) {
            match self.under.iter_mut().find(|(f, _)| f == field) {
                Some((_, sum)) => *sum = sum.zip(q.value).map(|(a, b)| a + b),
                None => self.under.push((*field, q.value)),
            }
        }
    }

    /// Whether the rows under it add up to its amounts; `None` when that cannot be told (no
    /// rows under it yet, no amounts, a value missing).
    fn complete(&self) -> Option<bool> {
        if self.rows == 0 {
            return None;
        }
        let (mut all, mut any) = (true, false);
        for (field, q) in self.amounts.iter().filter(|(f, _)| adds_up(**f)) {
            any = true;
            let own = q.value?;
            let under = match self.under.iter().find(|(f, _)| f == field) {
                Some((_, sum)) => (*sum)?,
                None => Decimal::ZERO,
            };
            all &= own == under;
        }
        any.then_some(all)
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
    if let [only] = allowed[..] {
        return Some(only);
    }
    let deepest = *allowed.last()?;
    // The codes' own say: the deepest level above the next code's, so that none is skipped
    // between them (`994` over `001` is an RO, `051` over `A` a komponen).
    let below = next.and_then(|n| shapes(n).last().copied());
    let over = |levels: &[Level]| {
        let below = below?;
        levels.iter().rev().copied().find(|l| *l < below)
    };
    let by_codes = over(&allowed);
    let fitting: Vec<Level> = allowed.iter().copied().filter(|l| fits(*l, open)).collect();
    let (level, other) = match fitting[..] {
        // The sums tell, and the codes agree or do not say.
        [only] if by_codes.is_none_or(|c| c == only) => return Some(only),
        // The sums tell one level, the codes another: a heading's amount may be mistyped.
        [only] => (by_codes.unwrap_or(only), Some(only)),
        [] => match by_codes {
            // Nothing adds up whatever the level: the sums are wrong, and check says where.
            Some(level) => return Some(level),
            None => (deepest, None),
        },
        [.., last] => match over(&fitting) {
            Some(level) => return Some(level),
            None => (last, None),
        },
    };
    // `other` is the level the amounts fit, against the codes; else neither told.
    let conflict = other.is_some();
    let Some(other) = other.or_else(|| allowed.iter().rev().copied().find(|l| *l != level)) else {
        return Some(level);
    };
    let (row, code) = (e.location.row, code.trim());
    let (level_name, other) = (
        level.name().replace('_', " "),
        other.name().replace('_', " "),
    );
    let message = if conflict {
        crate::msg!(
            "read-code-level-conflict",
            row = row,
            code = code,
            level = level_name,
            other = other
        )
    } else {
        crate::msg!(
            "read-code-level-doubt",
            row = row,
            code = code,
            level = level_name,
            other = other
        )
    };
    notices.push(Notice::new(NoticeKind::Doubt, message, e.location.clone()));
    Some(level)
}

/// A field a heading's rows add up to: money, not a percentage or a kinerja quantity.
fn adds_up(field: Field) -> bool {
    !field.is_percent() && !field.is_kinerja()
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
