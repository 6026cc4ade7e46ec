//! The last total of a table that closes each program with its own `Jumlah` and has no grand
//! total: read as the grand total (nothing follows it), it stated one program's money
//! against every program's and `check` reported a difference that was not there.

use super::Built;
use crate::model::{Amounts, Field, Item, Notice, NoticeKind};
use rust_decimal::Decimal;

/// Gives the last total to the last top-level heading when an earlier total closed a
/// top-level heading's section, the last total is no grand total by its amounts (they are the
/// last heading's items' and not all items'), and says so.
pub(super) fn last_of_sections(built: &mut Built) -> Option<Notice> {
    let (last, earlier) = built.totals.split_last_mut()?;
    let top = |h: Option<usize>| h.is_some_and(|h| built.headings[h].parent.is_none());
    if last.heading.is_some() || !earlier.iter().any(|t| top(t.heading)) {
        return None;
    }
    let h = (built.headings.iter()).rposition(|h| h.parent.is_none())?;
    if built.headings[h].location.row >= last.location.row {
        return None;
    }
    let root = |mut at: usize| {
        while let Some(p) = built.headings[at].parent {
            at = p;
        }
        at
    };
    let under_h: Vec<&Item> = (built.items.iter())
        .filter(|i| i.heading.is_some_and(|at| root(at) == h))
        .collect();
    let all: Vec<&Item> = built.items.iter().collect();
    let fields: Vec<Field> = (last.stated.summed())
        .filter(|(_, q)| q.value.is_some())
        .map(|(f, _)| *f)
        .collect();
    let equal = |items: &[&Item]| {
        !fields.is_empty()
            && fields
                .iter()
                .all(|f| stated(&last.stated, *f) == Some(added(items, *f)))
    };
    if !equal(&under_h) || equal(&all) {
        return None;
    }
    last.heading = Some(h);
    last.from_row = built.headings[h].location.row;
    Some(Notice::new(
        NoticeKind::Continuation,
        crate::msg!(
            "read-last-subtotal",
            row = last.location.row,
            heading = crate::text::shorten_line(&built.headings[h].text, 50)
        ),
        last.location.clone(),
    ))
}

fn stated(amounts: &Amounts, field: Field) -> Option<Decimal> {
    amounts.get(&field).and_then(|q| q.value)
}

fn added(items: &[&Item], field: Field) -> Decimal {
    items.iter().filter_map(|i| stated(&i.amounts, field)).sum()
}
