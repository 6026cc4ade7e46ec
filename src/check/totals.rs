//! Totals at every level: items to their heading, headings to their parent, everything to the
//! declared total.

use super::{at, one_line, Diagnostic, SUM_HEADING, SUM_TOTAL};
use crate::model::{Document, Field, Item};
use crate::numbers::format_amount;
use crate::t;
use rust_decimal::Decimal;

/// The direct children of every heading (index `h + 1`) and of the top (index 0).
struct Tree {
    items: Vec<Vec<usize>>,
    headings: Vec<Vec<usize>>,
}

/// The rows a sum may take: all, or those strictly between two 1-based rows.
type Rows = Option<(u32, u32)>;

impl Tree {
    fn new(doc: &Document) -> Tree {
        let slot = |h: Option<usize>| h.map_or(0, |h| h + 1);
        let mut tree = Tree {
            items: vec![Vec::new(); doc.headings().len() + 1],
            headings: vec![Vec::new(); doc.headings().len() + 1],
        };
        for (i, item) in doc.items().iter().enumerate() {
            tree.items[slot(item.heading)].push(i);
        }
        for (i, h) in doc.headings().iter().enumerate() {
            tree.headings[slot(h.parent)].push(i);
        }
        tree
    }

    /// The items, then the headings, directly under `parent` whose rows lie within `rows`.
    fn under<'d>(
        &'d self,
        doc: &'d Document,
        parent: Option<usize>,
        rows: Rows,
    ) -> (
        impl Iterator<Item = &'d Item>,
        impl Iterator<Item = usize> + 'd,
    ) {
        let slot = parent.map_or(0, |h| h + 1);
        let within = move |row: u32| rows.is_none_or(|(from, to)| row > from && row < to);
        let items = self.items[slot]
            .iter()
            .map(|&i| &doc.items()[i])
            .filter(move |i| within(i.location.row));
        let headings = self.headings[slot]
            .iter()
            .copied()
            .filter(move |&h| within(doc.headings()[h].location.row));
        (items, headings)
    }
}

/// A sum read two ways. `shallow` takes each sub-heading at the amount it states (what the
/// sheet says); `deep` adds up the items themselves. A stated figure that matches either is
/// right as far as its own rows go: a wrong sub-heading is reported there, not again above.
#[derive(Debug, Clone, Copy, Default)]
struct Sum {
    shallow: Decimal,
    deep: Decimal,
    /// How many cells took part: a column no row fills is not checked.
    cells: usize,
}

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let tree = Tree::new(doc);
    let fields: Vec<Field> = doc
        .fields
        .iter()
        .copied()
        .filter(|f| f.is_summed())
        .collect();
    // The fields some item fills: a heading stating one of them over rows that hold none is
    // counted as nothing by every report made of the items.
    let filled: Vec<Field> = fields
        .iter()
        .copied()
        .filter(|f| doc.items().iter().any(|i| i.amounts.contains_key(f)))
        .collect();
    for (h, heading) in doc.headings().iter().enumerate() {
        for &field in &fields {
            let filled = filled.contains(&field);
            let Some((finding, message, hint)) = heading_finding(doc, &tree, h, field, filled)
            else {
                continue;
            };
            out.push(
                finding
                    .diagnostic(&SUM_HEADING, &heading.location, message, field)
                    .hint(hint),
            );
        }
    }
    for total in doc.totals() {
        let above_its_rows = total.from_row >= total.location.row;
        let rows = if above_its_rows {
            Some((total.location.row, u32::MAX))
        } else {
            Some((total.from_row, total.location.row))
        };
        for &field in &fields {
            let Some(finding) = compare(doc, &tree, &total.stated, field, total.heading, rows)
            else {
                continue;
            };
            // Which rows the total was added up from: Fluent picks the words by `scope`.
            let (scope, heading) = match total.heading {
                None if above_its_rows => ("below", String::new()),
                None if total.from_row == 0 => ("above", String::new()),
                None => ("since", String::new()),
                Some(h) => ("heading", one_line(&doc.headings()[h].text)),
            };
            // A total row with no label (only its numbers) is named by its row.
            let label = match one_line(&total.label) {
                l if l.is_empty() => t!("check-total-in-row", row = total.location.row),
                l => l,
            };
            let message = t!(
                "check-sum-total",
                label = label,
                field = field.label(),
                stated = format_amount(finding.stated),
                scope = scope,
                from = total.from_row,
                heading = heading,
                computed = format_amount(finding.computed)
            );
            out.push(
                finding
                    .diagnostic(&SUM_TOTAL, &total.location, message, field)
                    .hint(t!("check-sum-total-hint")),
            );
        }
    }
}

/// A stated figure that follows from neither reading of its rows.
struct Finding {
    stated: Decimal,
    computed: Decimal,
    cell: String,
    summed: Vec<String>,
}

impl Finding {
    fn diagnostic(
        self,
        rule: &super::Rule,
        row: &crate::model::Location,
        message: String,
        field: Field,
    ) -> Diagnostic {
        let d = Diagnostic::new(rule, at(row, &self.cell), message).numbers(
            field,
            self.stated,
            self.computed,
        );
        Diagnostic {
            summed: self.summed,
            ..d
        }
    }
}

fn compare(
    doc: &Document,
    tree: &Tree,
    stated: &crate::model::Amounts,
    field: Field,
    parent: Option<usize>,
    rows: Rows,
) -> Option<Finding> {
    let q = stated.get(&field)?;
    let value = q.value?;
    let sum = sum_of(doc, tree, parent, field, rows)?;
    if sum.cells == 0 || value == sum.shallow || value == sum.deep {
        return None;
    }
    Some(Finding {
        stated: value,
        computed: sum.shallow,
        cell: q.cell.to_string(),
        summed: cells_of(doc, tree, parent, field, rows),
    })
}

/// What is wrong with heading `h`'s figure in `field`, with its message and hint: stated over
/// rows of which none holds that column (where other rows, `filled`, do), or not their sum.
fn heading_finding(
    doc: &Document,
    tree: &Tree,
    h: usize,
    field: Field,
    filled: bool,
) -> Option<(Finding, String, String)> {
    // Named only when something is wrong: most headings are right.
    let heading = || one_line(&doc.headings()[h].text);
    if let Some(finding) = filled.then(|| unfilled(doc, tree, h, field)).flatten() {
        let message = t!(
            "check-sum-heading-none",
            heading = heading(),
            stated = format_amount(finding.stated),
            field = field.label()
        );
        let hint = t!("check-sum-heading-none-hint", field = field.label());
        return Some((finding, message, hint));
    }
    let finding = compare(doc, tree, &doc.headings()[h].stated, field, Some(h), None)?;
    let message = t!(
        "check-sum-heading",
        heading = heading(),
        computed = format_amount(finding.computed),
        field = field.label()
    );
    Some((finding, message, t!("check-sum-heading-hint")))
}

/// A heading stating a figure other than zero over rows of which none holds one in that
/// column (nor a sub-heading): the reports, made of the items, count nothing there.
fn unfilled(doc: &Document, tree: &Tree, h: usize, field: Field) -> Option<Finding> {
    let q = doc.headings()[h].stated.get(&field)?;
    let value = q.value.filter(|v| !v.is_zero())?;
    let (mut items, mut headings) = tree.under(doc, Some(h), None);
    let rows_under = items.next().is_some() || headings.next().is_some();
    let sum = sum_of(doc, tree, Some(h), field, None)?;
    (rows_under && sum.cells == 0).then(|| Finding {
        stated: value,
        computed: Decimal::ZERO,
        cell: q.cell.to_string(),
        summed: Vec::new(),
    })
}

/// The sum of the direct children of `parent` (`None`: the top level) within `rows`; `None`
/// when a value in it is unknown, or too large to add.
fn sum_of(
    doc: &Document,
    tree: &Tree,
    parent: Option<usize>,
    field: Field,
    rows: Rows,
) -> Option<Sum> {
    let (items, headings) = tree.under(doc, parent, rows);
    let mut sum = Sum::default();
    for q in items.filter_map(|item| item.amounts.get(&field)) {
        let v = q.value?;
        sum.shallow = sum.shallow.checked_add(v)?;
        sum.deep = sum.deep.checked_add(v)?;
        sum.cells += 1;
    }
    for h in headings {
        let inner = sum_of(doc, tree, Some(h), field, None)?;
        sum.deep = sum.deep.checked_add(inner.deep)?;
        sum.cells += inner.cells;
        match doc.headings()[h].stated.get(&field) {
            Some(q) => {
                sum.shallow = sum.shallow.checked_add(q.value?)?;
                sum.cells += 1;
            }
            None => sum.shallow = sum.shallow.checked_add(inner.shallow)?,
        }
    }
    Some(sum)
}

/// The cells the shallow sum is made of, for a finding.
fn cells_of(
    doc: &Document,
    tree: &Tree,
    parent: Option<usize>,
    field: Field,
    rows: Rows,
) -> Vec<String> {
    let (items, headings) = tree.under(doc, parent, rows);
    let mut cells: Vec<String> = items
        .filter_map(|item| item.amounts.get(&field))
        .map(|q| q.cell.to_string())
        .collect();
    for h in headings {
        match doc.headings()[h].stated.get(&field) {
            Some(q) => cells.push(q.cell.to_string()),
            None => cells.extend(cells_of(doc, tree, Some(h), field, None)),
        }
    }
    cells.sort_by_key(|c| crate::source::row_of(c));
    cells
}
