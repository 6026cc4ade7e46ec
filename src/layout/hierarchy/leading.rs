//! A numbered table whose first row, with no number, states the whole table's money
//! (`Satker KPU Kota Serang` above `1 Program …`, `2 Program …`): the unit's total, above the
//! rows it adds up. Read as an item beside the programs, it counted the budget twice and no
//! total disagreed.

use super::Facts;
use crate::layout::lines::{Entry, Line};
use crate::layout::numbering::Style;
use crate::model::{Field, Notice, NoticeKind};
use rust_decimal::Decimal;

/// Makes the first entry a total above its rows when it has no number and no code, other
/// entries are numbered, and its money is exactly what the rows numbered in the first style
/// after it state (the programs), or, when those state none, what every other row with money
/// states. Says so at the row.
pub(super) fn total_by_sums(lines: &mut [(u32, Line)], facts: &mut Vec<Facts>) -> Option<Notice> {
    // What the survey noted decides first: most tables stop here, no row opened.
    let lead = facts.first()?;
    if lead.numbering.is_some() || lead.code || !lead.amounts {
        return None;
    }
    let top: Style = facts[1..].iter().find_map(|f| f.numbering)?;
    let first = lines
        .iter()
        .position(|(_, l)| matches!(l, Line::Entry(_)))?;
    let (head, rest) = lines[first..].split_first_mut()?;
    let Line::Entry(lead) = &head.1 else {
        return None;
    };
    let stated = money(lead)?;
    let rest: Vec<(&Entry, &Facts)> = (rest.iter())
        .filter_map(|(_, l)| match l {
            Line::Entry(e) => Some(e),
            _ => None,
        })
        .zip(&facts[1..])
        .collect();
    let programs: Vec<&Entry> = (rest.iter())
        .filter(|(_, f)| f.numbering == Some(top))
        .map(|(e, _)| *e)
        .collect();
    let adds_up = |rows: &[&Entry]| {
        rows.len() >= 2 && sum(rows, &stated).is_some_and(|s| s == values(&stated))
    };
    let by_programs = programs.iter().all(|e| e.has_amounts()) && adds_up(&programs);
    let others: Vec<&Entry> = (rest.iter())
        .filter(|(_, f)| f.amounts)
        .map(|(e, _)| *e)
        .collect();
    let by_rows = !programs.iter().any(|e| e.has_amounts()) && adds_up(&others);
    if !(by_programs || by_rows) {
        return None;
    }
    let text = lead.uraian.clone().unwrap_or_default();
    let location = lead.location.clone();
    let Line::Entry(mut e) = std::mem::replace(&mut head.1, Line::Title) else {
        return None;
    };
    e.label_with_text();
    head.1 = Line::Total(e);
    facts.remove(0);
    Some(Notice::new(
        NoticeKind::Continuation,
        crate::msg!(
            "read-total-above-by-sums",
            row = location.row,
            text = crate::text::shorten_line(&text, 50)
        ),
        location,
    ))
}

/// The money a row states (no percentage or kinerja), each with a value; `None` else.
fn money(e: &Entry) -> Option<Vec<(Field, Decimal)>> {
    let values: Vec<(Field, Decimal)> = (e.amounts.summed())
        .map(|(f, q)| Some((*f, q.value?)))
        .collect::<Option<_>>()?;
    (values.iter().any(|(_, d)| !d.is_zero())).then_some(values)
}

fn values(stated: &[(Field, Decimal)]) -> Vec<Decimal> {
    stated.iter().map(|(_, d)| *d).collect()
}

/// What `rows` add up to in each field of `stated`; `None` when a value is unknown.
fn sum(rows: &[&Entry], stated: &[(Field, Decimal)]) -> Option<Vec<Decimal>> {
    stated
        .iter()
        .map(|(field, _)| {
            rows.iter()
                .filter_map(|e| e.amounts.get(field))
                .try_fold(Decimal::ZERO, |s, q| s.checked_add(q.value?))
        })
        .collect()
}
