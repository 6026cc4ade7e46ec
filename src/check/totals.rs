//! Totals at every level: items to their heading, headings to their parent, everything to the
//! declared total.

use super::{at, Diagnostic, SUM_HEADING, SUM_TOTAL};
use crate::model::{Document, Field};
use crate::numbers::format_amount;
use rust_decimal::Decimal;

/// The direct children of every heading (index `h + 1`) and of the top (index 0).
struct Tree {
    items: Vec<Vec<usize>>,
    headings: Vec<Vec<usize>>,
}

impl Tree {
    fn new(doc: &Document) -> Tree {
        let slot = |h: Option<usize>| h.map_or(0, |h| h + 1);
        let mut tree = Tree {
            items: vec![Vec::new(); doc.headings.len() + 1],
            headings: vec![Vec::new(); doc.headings.len() + 1],
        };
        for (i, item) in doc.items.iter().enumerate() {
            tree.items[slot(item.heading)].push(i);
        }
        for (i, h) in doc.headings.iter().enumerate() {
            tree.headings[slot(h.parent)].push(i);
        }
        tree
    }
}

/// A sum and the cells it was made of; `None` when a value in it is unknown.
struct Sum {
    value: Decimal,
    cells: Vec<String>,
}

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let tree = Tree::new(doc);
    let fields: Vec<Field> = doc
        .fields
        .iter()
        .copied()
        .filter(|f| !f.is_percent())
        .collect();
    for (h, heading) in doc.headings.iter().enumerate() {
        for &field in &fields {
            let Some(stated) = heading
                .stated
                .get(&field)
                .and_then(|q| q.value.map(|v| (v, q)))
            else {
                continue;
            };
            let Some(sum) = children(doc, &tree, Some(h), field) else {
                continue;
            };
            if sum.value != stated.0 {
                let message = format!(
                    "the rows under \"{}\" add up to {}, not to the {} it states",
                    heading.text,
                    format_amount(sum.value),
                    field.name()
                );
                let d = Diagnostic::new(&SUM_HEADING, at(&heading.location, &stated.1.cell), message)
                    .numbers(field, stated.0, sum.value)
                    .hint("correct the heading's amount, or find the row under it that is wrong or missing");
                out.push(Diagnostic {
                    summed: sum.cells,
                    ..d
                });
            }
        }
    }
    for total in &doc.totals {
        for &field in &fields {
            let Some(stated) = total
                .stated
                .get(&field)
                .and_then(|q| q.value.map(|v| (v, q)))
            else {
                continue;
            };
            let Some(sum) = children(doc, &tree, total.heading, field) else {
                continue;
            };
            if sum.value != stated.0 {
                let what = match total.heading {
                    None => "everything above it".to_string(),
                    Some(h) => format!("the rows under \"{}\"", doc.headings[h].text),
                };
                let message = format!(
                    "{} states a {} of {} but {what} adds up to {}",
                    total.label,
                    field.name(),
                    format_amount(stated.0),
                    format_amount(sum.value)
                );
                let d = Diagnostic::new(&SUM_TOTAL, at(&total.location, &stated.1.cell), message)
                    .numbers(field, stated.0, sum.value)
                    .hint("a total must be computed from its rows: check the rows, then the total's formula");
                out.push(Diagnostic {
                    summed: sum.cells,
                    ..d
                });
            }
        }
    }
}

/// The sum of the direct children of `parent` (`None`: the top level).
fn children(doc: &Document, tree: &Tree, parent: Option<usize>, field: Field) -> Option<Sum> {
    let slot = parent.map_or(0, |h| h + 1);
    let mut sum = Sum {
        value: Decimal::ZERO,
        cells: Vec::new(),
    };
    for &i in &tree.items[slot] {
        if let Some(q) = doc.items[i].amounts.get(&field) {
            sum.value += q.value?;
            sum.cells.push(q.cell.clone());
        }
    }
    for &h in &tree.headings[slot] {
        match doc.headings[h].stated.get(&field) {
            Some(q) => {
                sum.value += q.value?;
                sum.cells.push(q.cell.clone());
            }
            None => {
                let inner = children(doc, tree, Some(h), field)?;
                sum.value += inner.value;
                sum.cells.extend(inner.cells);
            }
        }
    }
    Some(sum)
}
