//! A numbered table whose first row, with no number, states the whole table's money
//! (`Satker KPU Kota Serang` above `1 Program …`, `2 Program …`), or a coded table whose first
//! row does (`076.01.01 KPU Kota Serang` above `076.01.WA Program …`): the unit's total, above
//! the rows it adds up. Read as an item beside the programs, it counted the budget twice and
//! no total disagreed.

use super::Facts;
use crate::layout::lines::{Entry, Line};
use crate::layout::numbering::Style;
use crate::model::{Field, Notice, NoticeKind};
use rust_decimal::Decimal;

/// Makes the first entry a total above its rows when it has no number, and its money is
/// exactly what the programs after it state: numbered rows ([`by_numbers`]) under a row with no
/// code, coded rows ([`by_codes`]) under a coded row. Says so at the row; a coded one as a
/// doubt.
pub(super) fn total_by_sums(lines: &mut [(u32, Line)], facts: &mut Vec<Facts>) -> Option<Notice> {
    // What the survey noted decides first: most tables stop here, no row opened.
    let lead = facts.first()?;
    if lead.numbering.is_some() || !lead.amounts {
        return None;
    }
    let coded = lead.code;
    let top: Option<Style> = facts[1..].iter().find_map(|f| f.numbering);
    if !coded && top.is_none() {
        return None;
    }
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
    let adds_up = |rows: &[&Entry]| {
        rows.len() >= 2 && sum(rows, &stated).is_some_and(|s| s == values(&stated))
    };
    let totals_them = match coded {
        true => by_codes(lead.code()?, &rest, &adds_up),
        false => by_numbers(&rest, top?, &adds_up),
    };
    if !totals_them {
        return None;
    }
    let code = lead.code().map(str::to_string);
    let text = lead.uraian.clone().unwrap_or_default();
    let location = lead.location.clone();
    let Line::Entry(mut e) = std::mem::replace(&mut head.1, Line::Title) else {
        return None;
    };
    e.label_with_text();
    head.1 = Line::Total(e);
    facts.remove(0);
    let text = crate::text::shorten_line(&text, 50);
    let row = location.row;
    Some(match code {
        // Coded like the rows it adds up, it may be one of them.
        Some(code) => Notice::new(
            NoticeKind::Doubt,
            crate::msg!(
                "read-total-above-by-sums-coded",
                row = row,
                text = text,
                code = code
            ),
            location,
        ),
        None => Notice::new(
            NoticeKind::Continuation,
            crate::msg!("read-total-above-by-sums", row = row, text = text),
            location,
        ),
    })
}

/// The rows a first row with no code adds up: those numbered in the first style after it
/// (the programs), each with money; or, when those state none, every other row with money.
fn by_numbers(rest: &[(&Entry, &Facts)], top: Style, adds_up: &impl Fn(&[&Entry]) -> bool) -> bool {
    let programs: Vec<&Entry> = (rest.iter())
        .filter(|(_, f)| f.numbering == Some(top))
        .map(|(e, _)| *e)
        .collect();
    if programs.iter().all(|e| e.has_amounts()) && adds_up(&programs) {
        return true;
    }
    let others: Vec<&Entry> = (rest.iter())
        .filter(|(_, f)| f.amounts)
        .map(|(e, _)| *e)
        .collect();
    !programs.iter().any(|e| e.has_amounts()) && adds_up(&others)
}

/// The rows a coded first row adds up: those coded as its siblings (as many parts, two at
/// least, all but the last the same: the programs `076.01.WA`, `076.01.DH` beside a satker
/// `076.01.01`), each with money. A code of another shape (`4305` over `4305.EBA`, `EBA` over
/// `994`) makes a heading of its rows, whose sums agree as they are.
fn by_codes(lead: &str, rest: &[(&Entry, &Facts)], adds_up: &impl Fn(&[&Entry]) -> bool) -> bool {
    let lead = parts(lead);
    let Some((_, family)) = lead.split_last().filter(|(_, f)| !f.is_empty()) else {
        return false;
    };
    let sibling = |code: &str| {
        let own = parts(code);
        let same = |(a, b): (&&str, &&str)| a.eq_ignore_ascii_case(b);
        own.len() == lead.len() && own.iter().zip(family).all(same)
    };
    let programs: Vec<&Entry> = (rest.iter())
        .filter(|(e, _)| e.code().is_some_and(sibling))
        .map(|(e, _)| *e)
        .collect();
    programs.iter().all(|e| e.has_amounts()) && adds_up(&programs)
}

/// A code's parts: `076.01.WA` → `076`, `01`, `WA`.
fn parts(code: &str) -> Vec<&str> {
    code.split(['.', ' ']).filter(|p| !p.is_empty()).collect()
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
