//! Budgets across documents: a PK's program budgets against the anggaran table's programs, a
//! RAK's total biaya against the budget.

use super::{Diagnostic, PK_BUDGET, PK_BUDGET_TOTAL, RAK_BIAYA};
use crate::compute::similar;
use crate::kinds::{Family, Purpose};
use crate::model::{Document, Field, Location, ProgramBudget};
use crate::numbers::format_rupiah;
use crate::t;
use rust_decimal::Decimal;

pub fn check(docs: &[Document], out: &mut Vec<Diagnostic>) {
    for doc in docs {
        budget_total(doc, out);
    }
    pk_budgets(docs, out);
    rak_totals(docs, out);
}

/// A program of a realisation table (anggaran, a system's export): its name and code, its
/// pagu and realisasi computed from its items (or as the row states them when it has none),
/// where it is.
pub(super) struct Program<'d> {
    pub doc: &'d Document,
    /// Its index in the document's headings.
    pub heading: usize,
    pub text: String,
    /// Its text normalised once, `Program` taken off, for matching.
    pub name: similar::Name,
    pub code: Option<String>,
    pub pagu: Decimal,
    pub realisasi: Option<Decimal>,
    pub location: Location,
    pub place: String,
}

pub(super) fn programs(docs: &[Document]) -> Vec<Program<'_>> {
    let mut out = Vec::new();
    for doc in docs
        .iter()
        .filter(|d| d.kind.purpose() == Purpose::Realisation)
    {
        let subtotals = doc.subtotals();
        for (i, h) in doc
            .headings()
            .iter()
            .enumerate()
            .filter(|(_, h)| h.parent.is_none())
        {
            let sub = subtotals.of(Some(i));
            let figure = |field: Field| match (sub.items, sub.sum(field)) {
                (n, Some(sum)) if n > 0 => Some(sum),
                _ => h.stated.get(&field).and_then(|q| q.value),
            };
            if let Some(pagu) = figure(Field::Pagu) {
                out.push(Program {
                    doc,
                    heading: i,
                    text: h.text.clone(),
                    name: program_name(&h.text),
                    code: h.code.clone(),
                    pagu,
                    realisasi: figure(Field::Realisasi),
                    location: h.location.clone(),
                    place: format!("{}:'{}'!{}", doc.file, doc.sheet, h.location.cell),
                });
            }
        }
    }
    out
}

/// A program's name as matched: `Program Dukungan Manajemen` is `Dukungan Manajemen`.
pub(super) fn program_name(text: &str) -> similar::Name {
    similar::Name::without_first(text, "program")
}

fn pk_budgets(docs: &[Document], out: &mut Vec<Diagnostic>) {
    // Without budget lines there is nothing to compare: no program sums are needed.
    if docs.iter().all(|d| d.budgets().is_empty()) {
        return;
    }
    let programs = programs(docs);
    if programs.is_empty() {
        return;
    }
    // The same line is copied into every PK (and the RAK): report each program and amount once.
    let mut lines: Vec<(&ProgramBudget, similar::Name, usize)> = Vec::new();
    for doc in docs
        .iter()
        .filter(|d| d.kind.family() == Family::Performance)
    {
        for b in doc.budgets() {
            let name = program_name(&b.program);
            match lines.iter_mut().find(|(l, theirs, _)| {
                theirs.matches(&name) && l.anggaran.value == b.anggaran.value
            }) {
                Some((_, _, n)) => *n += 1,
                None => lines.push((b, name, 0)),
            }
        }
    }
    for (line, name, copies) in lines {
        let Some(stated) = line.anggaran.value else {
            continue;
        };
        let Some(program) = programs.iter().find(|p| p.name.matches(&name)) else {
            continue;
        };
        if stated == program.pagu {
            continue;
        }
        let also = match copies {
            0 => String::new(),
            n => t!("finding-pk-budget-copies", count = n),
        };
        let message = t!(
            "finding-pk-budget",
            program = line.program.as_str(),
            stated = format_rupiah(stated, 0),
            pagu = format_rupiah(program.pagu, 0),
            place = program.place.as_str(),
            also = also,
        );
        let location = Location {
            cell: line.anggaran.cell.into(),
            ..line.location.clone()
        };
        out.push(
            Diagnostic::new(&PK_BUDGET, location, message)
                .numbers(Field::Amount, stated, program.pagu)
                .hint(t!("hint-pk-budget")),
        );
    }
}

/// The total under a PK's budget lines against their sum.
fn budget_total(doc: &Document, out: &mut Vec<Diagnostic>) {
    let Some(total) = doc.budget_total() else {
        return;
    };
    let Some(stated) = total.anggaran.value else {
        return;
    };
    let Some(sum) = doc
        .budgets()
        .iter()
        .map(|b| b.anggaran.value)
        .sum::<Option<Decimal>>()
    else {
        return;
    };
    if stated == sum {
        return;
    }
    let message = t!(
        "finding-pk-budget-total",
        total = total.program.as_str(),
        stated = format_rupiah(stated, 0),
        count = doc.budgets().len(),
        sum = format_rupiah(sum, 0),
    );
    let location = Location {
        cell: total.anggaran.cell.into(),
        ..total.location.clone()
    };
    out.push(
        Diagnostic::new(&PK_BUDGET_TOTAL, location, message)
            .numbers(Field::Amount, stated, sum)
            .hint(t!("hint-pk-budget-total")),
    );
}

fn rak_totals(docs: &[Document], out: &mut Vec<Diagnostic>) {
    if !docs.iter().any(|d| d.kind.purpose() == Purpose::ActionPlan) {
        return;
    }
    let sum_of = |purpose: Purpose, field: Field| -> Option<Decimal> {
        let mut total = Decimal::ZERO;
        let mut any = false;
        for doc in docs.iter().filter(|d| d.kind.purpose() == purpose) {
            total += doc.subtotals().all.sum(field)?;
            any = true;
        }
        any.then_some(total)
    };
    let reference = match sum_of(Purpose::Realisation, Field::Pagu) {
        Some(pagu) => Some((pagu, t!("finding-rak-biaya-anggaran-pagu"))),
        None => {
            sum_of(Purpose::Plan, Field::Amount).map(|a| (a, t!("finding-rak-biaya-rkt-anggaran")))
        }
    };
    let Some((budget, what)) = reference else {
        return;
    };
    // A RAK split over several sheets (or files) plans one budget: its biaya are added up.
    let raks: Vec<&Document> = docs
        .iter()
        .filter(|d| d.kind.purpose() == Purpose::ActionPlan)
        .collect();
    let costs: Vec<_> = raks
        .iter()
        .flat_map(|d| {
            d.indicators()
                .iter()
                .filter_map(|i| i.biaya().map(|q| (*d, q)))
        })
        .collect();
    let Some((doc, first)) = costs.first() else {
        return;
    };
    let Some(total) = costs.iter().map(|(_, q)| q.value).sum::<Option<Decimal>>() else {
        return;
    };
    if total == budget {
        return;
    }
    let location = Location {
        cell: first.cell.into(),
        row: first.cell.row(),
        file: doc.file.as_str().into(),
        sheet: doc.sheet.as_str().into(),
    };
    let message = t!(
        "finding-rak-biaya",
        total = format_rupiah(total, 0),
        actions = costs.len(),
        sheets = match raks.len() {
            1 => String::new(),
            n => t!("finding-rak-biaya-sheets", count = n),
        },
        what = what,
        budget = format_rupiah(budget, 0),
    );
    out.push(Diagnostic::new(&RAK_BIAYA, location, message).numbers(Field::Biaya, total, budget));
}
