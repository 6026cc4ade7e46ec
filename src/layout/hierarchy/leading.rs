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
    let programs = match coded {
        true => by_codes(lead.code()?, &rest),
        false => by_numbers(&rest, top?, &adds_up),
    };
    programs.filter(|p| adds_up(p))?;
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

/// The rows a first row with no code may add up: those numbered in the first style after it
/// (the programs), each with money; or, when those state none, every other row with money.
fn by_numbers<'a>(
    rest: &[(&'a Entry, &Facts)],
    top: Style,
    adds_up: &impl Fn(&[&Entry]) -> bool,
) -> Option<Vec<&'a Entry>> {
    let programs: Vec<&Entry> = (rest.iter())
        .filter(|(_, f)| f.numbering == Some(top))
        .map(|(e, _)| *e)
        .collect();
    if programs.iter().all(|e| e.has_amounts()) && adds_up(&programs) {
        return Some(programs);
    }
    let others: Vec<&Entry> = (rest.iter())
        .filter(|(_, f)| f.amounts)
        .map(|(e, _)| *e)
        .collect();
    (!programs.iter().any(|e| e.has_amounts())).then_some(others)
}

/// The rows a coded first row may add up: those coded as its siblings (as many parts, two at
/// least, all but the last the same: the programs `076.01.WA`, `076.01.DH` beside a satker
/// `076.01.01`), each with money. A code of another shape (`4305` over `4305.EBA`, `EBA` over
/// `994`) makes a heading of its rows, whose sums agree as they are.
fn by_codes<'a>(lead: &str, rest: &[(&'a Entry, &Facts)]) -> Option<Vec<&'a Entry>> {
    let parts = |code: &str| -> Vec<String> {
        (code.split(['.', ' ']).filter(|p| !p.is_empty()))
            .map(str::to_lowercase)
            .collect()
    };
    let lead = parts(lead);
    let (_, family) = lead.split_last().filter(|(_, f)| !f.is_empty())?;
    let sibling = |code: &str| {
        let own = parts(code);
        own.len() == lead.len() && own.split_last().is_some_and(|(_, f)| f == family)
    };
    let programs: Vec<&Entry> = (rest.iter())
        .filter(|(e, _)| e.code().is_some_and(sibling))
        .map(|(e, _)| *e)
        .collect();
    programs.iter().all(|e| e.has_amounts()).then_some(programs)
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
