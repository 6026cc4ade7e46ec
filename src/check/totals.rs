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
            if sum != stated.0 {
                let message = format!(
                    "the rows under \"{}\" add up to {}, not to the {} it states",
                    heading.text,
                    format_amount(sum),
                    field.name()
                );
                let d = Diagnostic::new(&SUM_HEADING, at(&heading.location, &stated.1.cell), message)
                    .numbers(field, stated.0, sum)
                    .hint("correct the heading's amount, or find the row under it that is wrong or missing");
                out.push(Diagnostic {
                    summed: cells_of(doc, &tree, Some(h), field),
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
            if sum != stated.0 {
                let what = match total.heading {
                    None => "everything above it".to_string(),
                    Some(h) => format!("the rows under \"{}\"", doc.headings[h].text),
                };
                let message = format!(
                    "{} states a {} of {} but {what} adds up to {}",
                    total.label,
                    field.name(),
                    format_amount(stated.0),
                    format_amount(sum)
                );
                let d = Diagnostic::new(&SUM_TOTAL, at(&total.location, &stated.1.cell), message)
                    .numbers(field, stated.0, sum)
                    .hint("a total must be computed from its rows: check the rows, then the total's formula");
                out.push(Diagnostic {
                    summed: cells_of(doc, &tree, total.heading, field),
                    ..d
                });
            }
        }
    }
}

/// The sum of the direct children of `parent` (`None`: the top level); `None` when a value
/// in it is unknown.
fn children(doc: &Document, tree: &Tree, parent: Option<usize>, field: Field) -> Option<Decimal> {
    sum_of(doc, tree, parent, field, &mut None)
}

/// The cells a sum is made of, for a finding.
fn cells_of(doc: &Document, tree: &Tree, parent: Option<usize>, field: Field) -> Vec<String> {
    // Only the cells: the sum itself was taken before.
    let mut cells = Some(Vec::new());
    let _ = sum_of(doc, tree, parent, field, &mut cells);
    cells.unwrap_or_default()
}

fn sum_of(
    doc: &Document,
    tree: &Tree,
    parent: Option<usize>,
    field: Field,
    cells: &mut Option<Vec<String>>,
) -> Option<Decimal> {
    let slot = parent.map_or(0, |h| h + 1);
    let mut value = Decimal::ZERO;
    let stated = tree.items[slot]
        .iter()
        .filter_map(|&i| doc.items[i].amounts.get(&field))
        .chain(
            tree.headings[slot]
                .iter()
                .filter_map(|&h| doc.headings[h].stated.get(&field)),
        );
    for q in stated {
        value += q.value?;
        if let Some(cells) = cells {
            cells.push(q.cell.clone());
        }
    }
    for &h in &tree.headings[slot] {
        if !doc.headings[h].stated.contains_key(&field) {
            value += sum_of(doc, tree, Some(h), field, cells)?;
        }
    }
    Some(value)
}
