//! Rules on single rows: no description, negative amounts, duplicates, empty headings, and
//! formulas without a computed value.

use super::{
    at, Diagnostic, CELL_ERROR, DUPLICATE, EMPTY_HEADING, NEGATIVE, NO_URAIAN, UNCOMPUTED_FORMULA,
};
use crate::layout::columns::normalize;
use crate::model::{Document, Field, Item};
use crate::numbers::format_amount;
use crate::t;
use std::collections::HashMap;

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    no_uraian(doc, out);
    negative(doc, out);
    duplicates(doc, out);
    empty_headings(doc, out);
}

fn no_uraian(doc: &Document, out: &mut Vec<Diagnostic>) {
    for item in doc
        .items()
        .iter()
        .filter(|i| i.uraian.trim().is_empty() && !i.amounts.is_empty())
    {
        let amounts: Vec<String> = item
            .amounts
            .iter()
            .filter(|(f, _)| !f.is_percent())
            .filter_map(|(f, q)| {
                q.value
                    .map(|v| format!("{} {}", f.label(), format_amount(v)))
            })
            .collect();
        let message = t!(
            "finding-no-uraian",
            row = item.location.row,
            amounts = amounts.join(", ")
        );
        out.push(
            Diagnostic::new(&NO_URAIAN, item.location.clone(), message).hint(t!("hint-no-uraian")),
        );
    }
}

fn negative(doc: &Document, out: &mut Vec<Diagnostic>) {
    for (amounts, location) in doc.amount_rows() {
        // A negative sisa is what overspending leaves; the overspend rule reports it.
        for (field, q) in amounts.iter().filter(|(f, _)| **f != Field::Sisa) {
            if q.value
                .is_some_and(|v| v.is_sign_negative() && !v.is_zero())
            {
                let message = t!(
                    "finding-negative",
                    field = field.label(),
                    value = format_amount(q.value.unwrap_or_default())
                );
                out.push(Diagnostic::new(&NEGATIVE, at(location, q.cell), message));
            }
        }
    }
}

fn duplicates(doc: &Document, out: &mut Vec<Diagnostic>) {
    // Items are grouped by a hash of what makes them the same, and compared in full only
    // within a group: no text is copied for the many items that have no twin.
    let mut seen: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, item) in doc.items().iter().enumerate() {
        // Rows without money (all `-` or empty) count nothing twice.
        let money = item
            .amounts
            .values()
            .any(|q| q.value.is_some_and(|v| !v.is_zero()));
        if item.uraian.trim().is_empty() || !money {
            continue;
        }
        let group = seen.entry(fingerprint(item)).or_default();
        match group.iter().find(|&&j| same_item(&doc.items()[j], item)) {
            Some(&j) => {
                let first = doc.items()[j].location.row;
                let message = t!(
                    "finding-duplicate-item",
                    uraian = super::one_line(&item.uraian),
                    first = first
                );
                out.push(
                    Diagnostic::new(&DUPLICATE, item.location.clone(), message)
                        .hint(t!("hint-duplicate-item")),
                );
            }
            None => group.push(i),
        }
    }
}

fn fingerprint(item: &Item) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    item.heading.hash(&mut h);
    for c in item.uraian.chars().filter(|c| c.is_alphanumeric()) {
        c.to_lowercase().for_each(|l| l.hash(&mut h));
    }
    for q in item.amounts.values() {
        q.value.hash(&mut h);
    }
    h.finish()
}

fn same_item(a: &Item, b: &Item) -> bool {
    let values = |i: &Item| {
        i.amounts
            .iter()
            .map(|(f, q)| (*f, q.value))
            .collect::<Vec<_>>()
    };
    a.heading == b.heading && normalize(&a.uraian) == normalize(&b.uraian) && values(a) == values(b)
}

fn empty_headings(doc: &Document, out: &mut Vec<Diagnostic>) {
    // Only whether a heading has items matters here: mark each item's ancestors once.
    let mut has_items = vec![false; doc.headings().len()];
    for item in doc.items() {
        let mut next = item.heading;
        while let Some(h) = next.filter(|&h| !has_items[h]) {
            has_items[h] = true;
            next = doc.headings()[h].parent;
        }
    }
    let empty = |h: Option<usize>| h.is_some_and(|h| !has_items[h]);
    for (h, heading) in doc.headings().iter().enumerate() {
        // Report the outermost empty heading only: its empty sub-headings add nothing to say.
        if empty(Some(h)) && !empty(heading.parent) {
            let message = t!(
                "finding-empty-heading",
                heading = super::one_line(&heading.text)
            );
            out.push(Diagnostic::new(
                &EMPTY_HEADING,
                heading.location.clone(),
                message,
            ));
        }
    }
}

/// Formulas without a computed value and formula errors, in every numeric cell of any kind.
pub fn uncomputed(doc: &Document, out: &mut Vec<Diagnostic>) {
    for (field, q, location) in doc.quantities() {
        if let Some(error) = q.error() {
            let message = t!("finding-cell-error", what = cell_what(field), error = error);
            out.push(
                Diagnostic::new(&CELL_ERROR, at(location, q.cell), message)
                    .hint(t!("hint-cell-error")),
            );
        }
        if let Some(formula) = q.uncomputed_formula() {
            let message = t!(
                "finding-uncomputed-formula",
                what = cell_what(field),
                formula = formula
            );
            out.push(
                Diagnostic::new(&UNCOMPUTED_FORMULA, at(location, q.cell), message)
                    .hint(t!("hint-uncomputed-formula")),
            );
        }
    }
}

/// What a cell holds, as a finding names it: a percentage, or its field.
fn cell_what(field: Field) -> String {
    match field.is_percent() {
        true => t!("finding-cell-percentage"),
        false => field.label(),
    }
}
