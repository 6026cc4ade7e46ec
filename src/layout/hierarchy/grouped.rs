//! A table whose rows all have amounts and whose levels nothing else says (no numbering, or
//! numbers that only count the rows; no codes): a row whose amounts are exactly the sum of
//! the rows under it, up to the next such row, is their heading. Read side by side, such a
//! table counted each program and its items both, and with no total row nothing disagreed.

use super::Role;
use crate::layout::lines::{Entry, Line};
use crate::model::{Field, Notice, NoticeKind};
use rust_decimal::Decimal;

/// Makes headings of the rows that add up the rows under them, when every row but the
/// headings is one of the rows they add up, and one heading adds up two rows at least (one
/// row equal to the row above proves nothing). Says the reading once, at the first heading: a
/// doubt when the table is one group.
pub(super) fn by_amounts(lines: &[(u32, Line)], roles: &mut [Role]) -> Vec<Notice> {
    if roles.len() < 3 || !roles.iter().all(|r| matches!(r, Role::Item(_))) {
        return Vec::new();
    }
    let entries: Vec<&Entry> = super::entries(lines).collect();
    // Each row's amounts read as the grouping reaches it: a table that does not group so
    // mostly shows it within its first rows.
    let Some(groups) = groups(entries.len(), |i| added(entries[i])) else {
        return Vec::new();
    };
    if !groups.iter().any(|(head, last)| last - head >= 2) {
        return Vec::new();
    }
    for &(head, last) in &groups {
        roles[head] = Role::Heading(super::level_at(0));
        roles[head + 1..=last].fill(Role::Item(None));
    }
    let rows: Vec<String> = (groups.iter())
        .map(|(head, _)| (entries[*head].row + 1).to_string())
        .collect();
    // One group is the whole table under its first row: a flat list whose first amount
    // happens to be the sum of the rest reads so too. Taken, but in doubt.
    let kind = match groups.len() {
        1 => NoticeKind::Doubt,
        _ => NoticeKind::Continuation,
    };
    vec![Notice::new(
        kind,
        crate::msg!(
            "read-heading-by-sums",
            rows = rows.join(", "),
            count = rows.len()
        ),
        entries[groups[0].0].location.clone(),
    )]
}

/// The money a row states (no percentage or kinerja), every amount with a value of zero or
/// more; `None` else.
fn added(e: &Entry) -> Option<Vec<(Field, Decimal)>> {
    let values: Vec<(Field, Decimal)> = (e.amounts.summed())
        .map(|(f, q)| Some((*f, q.value?)))
        .collect::<Option<_>>()?;
    let usable = !values.is_empty() && values.iter().all(|(_, d)| !d.is_sign_negative());
    usable.then_some(values)
}

/// The rows in groups, each a heading and the rows under it that add up to it, covering all
/// `n` rows (`value` gives a row's amounts): (heading, last row of the group). `None` when
/// the rows do not group so.
fn groups(
    n: usize,
    value: impl Fn(usize) -> Option<Vec<(Field, Decimal)>>,
) -> Option<Vec<(usize, usize)>> {
    let mut out = Vec::new();
    let mut head = 0;
    while head < n {
        let stated = value(head)?;
        let mut sum = vec![Decimal::ZERO; stated.len()];
        let mut last = head;
        loop {
            last += 1;
            if last >= n {
                return None;
            }
            let row = value(last)?;
            if row.iter().map(|(f, _)| f).ne(stated.iter().map(|(f, _)| f)) {
                return None;
            }
            sum.iter_mut().zip(&row).for_each(|(s, (_, d))| *s += d);
            let compared: Vec<std::cmp::Ordering> = (sum.iter().zip(&stated))
                .map(|(s, (_, h))| s.cmp(h))
                .collect();
            if compared.iter().all(|o| o.is_eq()) {
                break;
            }
            if compared.iter().any(|o| o.is_gt()) {
                return None;
            }
        }
        out.push((head, last));
        head = last + 1;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The groups of rows of (pagu, realisasi).
    fn grouped(v: &[(i64, i64)]) -> Option<Vec<(usize, usize)>> {
        let value = |i: usize| {
            let (p, r) = v[i];
            Some(vec![
                (Field::Pagu, Decimal::from(p)),
                (Field::Realisasi, Decimal::from(r)),
            ])
        };
        groups(v.len(), value)
    }

    #[test]
    fn programs_that_add_up_the_rows_under_them_group_them() {
        let v = [(10, 9), (6, 5), (4, 4), (5, 4), (5, 4)];
        assert_eq!(grouped(&v), Some(vec![(0, 2), (3, 4)]));
    }

    #[test]
    fn one_row_left_over_or_one_amount_off_is_no_grouping() {
        assert_eq!(grouped(&[(10, 9), (6, 5), (4, 4), (5, 4)]), None);
        assert_eq!(grouped(&[(10, 9), (6, 5), (4, 3)]), None);
        assert_eq!(grouped(&[(10, 9), (6, 5), (5, 4)]), None);
    }
}
