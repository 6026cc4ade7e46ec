//! Which rows a row's amounts add up, as its formulas say: `SUM(K13+K55+K70)`, `SUM(K15:K21)`,
//! `K109`. A form without codes or numbering (the Renja evaluation) says its hierarchy only
//! so: a row that adds up rows below it is their heading; one that adds up rows above it, a
//! total.

use crate::source::{Cell, Row};
use std::collections::BTreeMap;

/// The 0-based rows one cell's formula adds up, when it adds up only cells of its own column
/// (`SUM(K15:K21)`, `K13+K55`, `SUM(K92)`); `None` for any other formula (`L11+AB11`,
/// `AVERAGE(…)`, `AE11/K11*100`).
pub fn summed_rows(formula: &str, col: u32) -> Option<Vec<u32>> {
    let body = formula
        .trim()
        .trim_start_matches('=')
        .trim_start_matches('+');
    let inner = match body.get(..4) {
        Some(head) if head.eq_ignore_ascii_case("sum(") => body.get(4..)?.strip_suffix(')')?,
        _ => body,
    };
    let mut rows = Vec::new();
    for term in inner.split(['+', ',']) {
        let term = term.trim();
        match term.split_once(':') {
            Some((from, to)) => {
                let (a, b) = (own_row(from, col)?, own_row(to, col)?);
                rows.extend(a.min(b)..=a.max(b));
            }
            None => rows.push(own_row(term, col)?),
        }
    }
    (!rows.is_empty()).then_some(rows)
}

/// The 0-based row of a reference (`K13`, `$K$13`) to a cell of column `col`.
fn own_row(reference: &str, col: u32) -> Option<u32> {
    // Most references are relative: copied only when one is absolute.
    let r = match reference.contains('$') {
        true => std::borrow::Cow::Owned(reference.replace('$', "")),
        false => std::borrow::Cow::Borrowed(reference),
    };
    let split = r.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = r.split_at(split);
    if letters.is_empty() || !letters.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    // A reference of absurd letters (`=SUM(AAAAAAAAA1)`) names no column: `None`, not an overflow.
    let c = letters.bytes().try_fold(0u32, |n, b| {
        n.checked_mul(26)?
            .checked_add(u32::from(b.to_ascii_uppercase() - b'A' + 1))
    })?;
    let row: u32 = digits.parse().ok()?;
    (c == col + 1 && row > 0).then(|| row - 1)
}

/// Every row the row's amount cells add up, with how many cells name it: the cells of one
/// row disagree where a total is wrong (`R12` adds `R91` and `R96`, which `K12` does not), so
/// the hierarchy goes by the most cells (see `hierarchy::by_sums`); `None` when no amount
/// cell is a sum.
pub fn rows_summed_by(
    row: &Row,
    amount_cols: impl Iterator<Item = u32>,
) -> Option<Vec<(u32, u32)>> {
    let mut votes: BTreeMap<u32, u32> = BTreeMap::new();
    for col in amount_cols {
        let Some(Cell {
            formula: Some(f), ..
        }) = row.get(col)
        else {
            continue;
        };
        if let Some(mut rows) = summed_rows(f, col) {
            rows.sort_unstable();
            rows.dedup();
            for r in rows {
                *votes.entry(r).or_default() += 1;
            }
        }
    }
    (!votes.is_empty()).then(|| votes.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_of_own_column_cells_only() {
        // K is column 10 (0-based); rows are 0-based: K13 is row 12.
        assert_eq!(summed_rows("SUM(K13+K55+K70)", 10), Some(vec![12, 54, 69]));
        assert_eq!(summed_rows("SUM(K15:K17)", 10), Some(vec![14, 15, 16]));
        assert_eq!(summed_rows("K109", 10), Some(vec![108]));
        assert_eq!(summed_rows("L11+AB11", 11), None);
        assert_eq!(summed_rows("AVERAGE(Q14,Q22)", 16), None);
        assert_eq!(summed_rows("AE11/K11*100", 32), None);
    }

    #[test]
    fn a_reference_of_absurd_letters_names_no_column() {
        assert_eq!(own_row("AAAAAAAAAAAA1", 10), None);
        assert_eq!(summed_rows("SUM(ZZZZZZZZZZ1:ZZZZZZZZZZ9)", 10), None);
    }
}
