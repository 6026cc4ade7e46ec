//! Levels of the codes of a Kode column (or of codes written at the start of the texts),
//! read down the table. A code's shape may allow more than one level: `WA` a program or a
//! sub-komponen, `994` a rincian output (RO) or a komponen. Each code is read as a person
//! reads the column:
//! 1. a code the next code writes out further takes the level that code gives its part (`WA`
//!    above `WA.6336` is the program);
//! 2. a code written alone takes no level the table writes with dots (`001` where the ROs
//!    are written `EBA.994` is a komponen);
//! 3. no level is skipped: a code stands right under the heading it goes under (`994` under
//!    the KRO `EBA` is an RO), and the code after it, when its shape allows one level only,
//!    can stand right under it or close it (`WA` over `4305` is a program, `002` over `A` a
//!    komponen, `051` over an akun a komponen: the sub-komponen may be left out);
//! 4. the sums: the headings a row closes must add up to their money columns and the one it
//!    goes under must have room for it (`995` after an akun is the next RO when RO `994`
//!    above is complete); of several that fit, the one the row makes add up exactly.
//!
//! When these leave more than one level (no amounts on the headings, a komponen with
//! nothing under it followed by another code of three digits), the deepest is taken and a
//! doubt names the other, so that `check` does not say "ok" over it.

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

    /// Adds a row under it. A money field the row leaves blank makes that field's sum
    /// unknown: `check` adds up the rows as written, and a blank is not a zero.
    fn add(&mut self, amounts: &Amounts) {
        self.rows += 1;
        for (field, _) in self.amounts.iter().filter(|(f, _)| f.is_summed()) {
            let value = amounts.get(field).and_then(|q| q.value);
            match self.under.iter_mut().find(|(f, _)| f == field) {
                Some((_, sum)) => *sum = sum.zip(value).map(|(a, b)| a + b),
                None => self.under.push((*field, value)),
            }
        }
    }

    /// Whether the rows under it add up to its amounts; `None` when that cannot be told (no
    /// rows under it yet, no amounts, a value missing).
    fn complete(&self) -> Option<bool> {
        let mut fields = self
            .amounts
            .iter()
            .filter(|(f, _)| f.is_summed())
            .peekable();
        if self.rows == 0 || fields.peek().is_none() {
            return None;
        }
        let mut all = true;
        for (field, _) in fields {
            all &= self.room(*field)?.is_zero();
        }
        Some(all)
    }

    /// What is left of its amount in `field` for more rows (`None` when it cannot be told).
    fn room(&self, field: Field) -> Option<Decimal> {
        let own = self.amounts.get(&field)?.value?;
        let under = match self.under.iter().find(|(f, _)| *f == field) {
            Some((_, sum)) => (*sum)?,
            None => Decimal::ZERO,
        };
        Some(own - under)
    }
}

/// What [`levels`] read.
pub(super) struct Read {
    /// Each entry's level (`None` for an uncoded row).
    pub levels: Vec<Option<Level>>,
    /// A doubt for each code whose level nothing settled; a notice for each word kept as text.
    pub notices: Vec<Notice>,
    /// The entries whose code, taken from the start of the text, is a word of it (`ATK`).
    pub words: Vec<usize>,
}

/// Each entry's level; a word of capitals taken from the start of a text for a code
/// (`ATK dan bahan komputer`) is put back (see [`is_detail`]).
pub(super) fn levels(entries: &[&Entry]) -> Read {
    let codes: Vec<Option<&str>> = entries.iter().map(|e| e.code()).collect();
    // The levels the table writes with dots (`QGE.001`): a code written alone is of another.
    let mut dotted: Vec<Level> = codes
        .iter()
        .flatten()
        .filter(|c| c.contains('.'))
        .filter_map(|c| crate::layout::numbering::code_level(c))
        .collect();
    dotted.sort_unstable();
    dotted.dedup();
    let mut open: Vec<Open> = Vec::new();
    let mut levels = Vec::with_capacity(entries.len());
    let mut notices = Vec::new();
    let mut words = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let level = codes[i].and_then(|code| {
            // The next coded entry: looked for from a coded row only, so that a long run of
            // uncoded rows is walked once.
            let next_at = (i + 1..codes.len()).find(|&j| codes[j].is_some());
            let next = next_at.and_then(|j| codes[j]);
            if e.code_from_text() && is_detail(code, e, next_at.map(|j| entries[j]), &open) {
                notices.push(word_notice(e, code));
                words.push(i);
                return None;
            }
            next.and_then(|n| codes::level_in(code, n))
                .or_else(|| in_context(code, next, &dotted, e, &open, &mut notices))
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
    Read {
        levels,
        notices,
        words,
    }
}

/// Whether a code taken from a text may prove a word of it: two capitals or more (`AC`,
/// `ATK`); a code of digits or dots never does.
pub(super) fn may_be_word(code: &str) -> bool {
    code.len() >= 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `code`, a word of capitals at the start of a text (`ATK`, `BBM`, `AC`), is a word
/// of a detail row under an akun rather than a code: it comes after the akun's own rows or
/// is its first (the akun has room for it), and no reading of it above a sub-komponen heads
/// the code after it (as a KRO `EBB` heads its RO `995`, a program `DL` its kegiatan: the
/// code after it stands right under it, within its amounts).
fn is_detail(code: &str, e: &Entry, next: Option<&Entry>, open: &[Open]) -> bool {
    if !may_be_word(code) {
        return false;
    }
    let Some(akun) = open.last().filter(|o| o.level == Level::Akun) else {
        return false;
    };
    let readings = shapes(code);
    let next_levels = next.and_then(Entry::code).map(shapes).unwrap_or_default();
    // A heading holds its first row: the next code's amounts are within the word's.
    let holds = next.is_none_or(|n| {
        money(&n.amounts)
            .all(|(field, value)| money(&e.amounts).all(|(f, own)| f != field || value <= own))
    });
    let heads = holds
        && readings
            .iter()
            .filter(|w| **w < Level::SubKomponen)
            .any(|w| next_levels.iter().any(|n| follows(*w, *n)));
    let room = money(&e.amounts).all(|(field, value)| akun.room(field).is_none_or(|r| value <= r));
    !heads && (akun.rows > 0 || room)
}

/// A word of capitals at the start of a text read as a word of a detail row under an akun.
fn word_notice(e: &Entry, word: &str) -> Notice {
    let message = crate::msg!("read-word-not-code-here", row = e.location.row, word = word);
    Notice::new(NoticeKind::Ambiguous, message, e.location.clone())
}

/// The level of `code` under the headings `open`, `next` the code after it (rules 2 to 4
/// of the module).
fn in_context(
    code: &str,
    next: Option<&str>,
    dotted: &[Level],
    e: &Entry,
    open: &[Open],
    notices: &mut Vec<Notice>,
) -> Option<Level> {
    // Each rule narrows the levels the shape allows, unless no level passes it.
    let mut left = shapes(code);
    if !code.contains('.') {
        narrow(&mut left, |l| !dotted.contains(&l));
    }
    // The next code, when its shape allows one level only.
    let after = next.map(shapes).and_then(|n| (n.len() == 1).then(|| n[0]));
    narrow(&mut left, |l| no_skip(l, open, after));
    // The sums tell.
    narrow(&mut left, |l| fits(l, open, &e.amounts));
    // A level the code after it stands right under, rather than one it closes (`DL` over the
    // kegiatan `6709` is a program, not a last sub-komponen).
    if let Some(n) = after {
        narrow(&mut left, |l| follows(l, n));
    }
    if let [only] = left[..] {
        return Some(only);
    }
    // The row that makes a heading's rows add up to it exactly is its last.
    let exact: Vec<Level> = left
        .iter()
        .copied()
        .filter(|l| completes(*l, open, &e.amounts))
        .collect();
    if let [only] = exact[..] {
        return Some(only);
    }
    let (level, other) = two(&left)?;
    notices.push(code_doubt(e, code, level, other));
    Some(level)
}

/// Keeps the levels that pass `keep`, when one does at least.
fn narrow(levels: &mut Vec<Level>, keep: impl Fn(Level) -> bool) {
    if levels.iter().any(|l| keep(*l)) {
        levels.retain(|l| keep(*l));
    }
}

/// The deepest of `levels` and another, for a doubt.
fn two(levels: &[Level]) -> Option<(Level, Level)> {
    let level = *levels.last()?;
    let other = levels.iter().rev().copied().find(|l| *l != level)?;
    Some((level, other))
}

/// A doubt at the entry: `code` read as `level`, which may be `other`.
fn code_doubt(e: &Entry, code: &str, level: Level, other: Level) -> Notice {
    let message = crate::msg!(
        "read-code-level-doubt",
        row = e.location.row,
        code = code.trim(),
        level = level.name().replace('_', " "),
        other = other.name().replace('_', " ")
    );
    Notice::new(NoticeKind::Doubt, message, e.location.clone())
}

/// Whether `child` may stand right under `parent`: the next level, or the akun under a
/// komponen (a sub-komponen is often left out).
fn follows(parent: Level, child: Level) -> bool {
    child.depth() == parent.depth() + 1 || (parent == Level::Komponen && child == Level::Akun)
}

/// Whether a row at `level` skips no level: it stands right under the heading it goes under
/// (or, with none above it, at the top of the table), and the code after it, when its level
/// is known (`after`), can stand under it or close it.
fn no_skip(level: Level, open: &[Open], after: Option<Level>) -> bool {
    let parent = open.iter().rev().find(|o| o.level < level);
    let placed = match (parent, open.first()) {
        (Some(p), _) => follows(p.level, level),
        (None, Some(top)) => level <= top.level,
        (None, None) => after.is_none_or(|n| follows(level, n)),
    };
    placed && after.is_none_or(|n| n <= level || follows(level, n))
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

/// Whether a row at `level` with `amounts` fits under the headings `open`: those it closes
/// add up, and the one it goes under has room for it.
fn fits(level: Level, open: &[Open], amounts: &Amounts) -> bool {
    let at = open.partition_point(|o| o.level < level);
    let (kept, closed) = open.split_at(at);
    closed.iter().all(|o| o.complete() != Some(false))
        && kept.last().is_none_or(|p| {
            money(amounts).all(|(field, value)| p.room(field).is_none_or(|room| value <= room))
        })
}

/// Whether a row at `level` with `amounts` makes the heading it goes under add up exactly.
fn completes(level: Level, open: &[Open], amounts: &Amounts) -> bool {
    let at = open.partition_point(|o| o.level < level);
    let Some(parent) = open[..at].last() else {
        return false;
    };
    let mut fields = money(amounts).peekable();
    fields.peek().is_some()
        && fields.all(|(field, value)| parent.room(field) == Some(value))
        && money(amounts).any(|(_, value)| !value.is_zero())
}

/// The money values of a row, by field.
fn money(amounts: &Amounts) -> impl Iterator<Item = (Field, Decimal)> + '_ {
    amounts
        .iter()
        .filter(|(f, _)| f.is_summed())
        .filter_map(|(f, q)| Some((*f, q.value?)))
}
