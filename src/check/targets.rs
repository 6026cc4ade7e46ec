//! One indikator across documents: the same target in the PK, the kinerja table, the RAK and
//! the Renstra's year; a measurement for every PK indikator; numbers used once in a PK.

use super::{Diagnostic, PK_NUMBERING, PK_UNMEASURED, RENSTRA_UNCHECKED, TARGET_MISMATCH};
use crate::compute::kinerja::same_target;
use crate::compute::similar;
use crate::kinds::Purpose;
use crate::model::{Document, Indicator, Location};
use std::collections::BTreeMap;

/// One row of one document that names an indikator.
struct Occurrence<'a> {
    doc: &'a Document,
    ind: &'a Indicator,
}

impl<'a> Occurrence<'a> {
    fn text(&self) -> &'a str {
        self.ind.indikator.as_deref().unwrap_or("")
    }

    fn place(&self) -> String {
        let cell = self.ind.target.as_ref().map_or_else(
            || self.ind.location.cell.to_string(),
            |t| t.cell.to_string(),
        );
        crate::model::cell_place(&self.doc.file, &self.doc.sheet, &cell)
    }
}

/// Indikator grouped by text, the PK's first: every group is one indikator. The Renstra's
/// come last, so they join the groups the others make and change none of them.
fn groups(docs: &[Document]) -> Vec<Vec<Occurrence<'_>>> {
    let order = [
        Purpose::Agreement,
        Purpose::Measurement,
        Purpose::ActionPlan,
        Purpose::StrategicPlan,
    ];
    // Each group's first text, normalised once and indexed (a group's place in the index is
    // its number): a row is compared with the groups that share a word with it, not with
    // every group. Most rows repeat a group's words exactly (one indikator in each PK, the
    // kinerja table and the RAK): those are found by their words, and only a row of new words
    // asks the index for groups a slip apart.
    let mut firsts = similar::Index::default();
    let mut groups: Vec<Vec<Occurrence>> = Vec::new();
    // A text written alike in several tables (most are copied from the PK) is made a name
    // once.
    let mut names: rustc_hash::FxHashMap<&str, similar::Name> = Default::default();
    for purpose in order {
        for doc in docs.iter().filter(|d| d.kind.purpose() == purpose) {
            for ind in doc.indicators().iter().filter(|i| i.indikator.is_some()) {
                let occ = Occurrence { doc, ind };
                let name = names
                    .entry(occ.text())
                    .or_insert_with_key(|text| similar::Name::new(text));
                // Two rows of one table are two indikator, however alike; the same words
                // match before words a slip apart.
                let open = |g: &usize| !groups[*g].iter().any(|o| std::ptr::eq(o.doc, doc));
                let found = match firsts.all_same_words(name).find(open) {
                    Some(g) => Some(g),
                    None => firsts
                        .candidates(name)
                        .into_iter()
                        .filter(open)
                        .find(|&g| firsts.compare(g, |first| first.same(name))),
                };
                match found {
                    Some(g) => groups[g].push(occ),
                    None => {
                        firsts.push(name.clone());
                        groups.push(vec![occ]);
                    }
                }
            }
        }
    }
    groups
}

/// `tahun`: the workspace's year, whose Renstra target the others must agree with.
pub fn check(docs: &[Document], tahun: Option<i32>, out: &mut Vec<Diagnostic>) {
    let measured = docs
        .iter()
        .any(|d| d.kind.purpose() == Purpose::Measurement);
    let years = plan_years(docs, tahun, out);
    for group in groups(docs) {
        mismatches(&group, out);
        if let Some(tahun) = years {
            against_plan(&group, tahun, out);
        }
        if measured {
            unmeasured(&group, out);
        }
    }
}

/// The year the Renstra's targets are compared in, when there is a Renstra: said once per
/// Renstra when there is no year (no workspace), or the Renstra has no column for it.
fn plan_years(docs: &[Document], tahun: Option<i32>, out: &mut Vec<Diagnostic>) -> Option<i32> {
    let plans = docs
        .iter()
        .filter(|d| d.kind.purpose() == Purpose::StrategicPlan);
    for doc in plans {
        let Some(first) = doc.indicators().first() else {
            continue;
        };
        let years: Vec<i32> = first.periode().iter().filter_map(|p| p.tahun).collect();
        let message = match tahun {
            None => crate::t!("finding-renstra-no-year"),
            Some(t) if first.target_for(t).is_none() => crate::t!(
                "finding-renstra-no-column",
                tahun = t.to_string(),
                years = years
                    .iter()
                    .map(i32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Some(_) => continue,
        };
        out.push(Diagnostic::new(
            &RENSTRA_UNCHECKED,
            first.location.clone(),
            message,
        ));
    }
    tahun
}

/// The reference target of a group (the PK's, else the first stated) against the Renstra's
/// target for `tahun`, reported at the reference's cell.
fn against_plan(group: &[Occurrence], tahun: i32, out: &mut Vec<Diagnostic>) {
    let Some(reference) = group.iter().find(|o| o.ind.target.is_some()) else {
        return;
    };
    let Some(expected) = reference.ind.target.as_ref() else {
        return;
    };
    let plans = group
        .iter()
        .filter(|o| o.doc.kind.purpose() == Purpose::StrategicPlan);
    for plan in plans {
        let Some(year) = plan.ind.target_for(tahun) else {
            continue;
        };
        let hint = format!(
            "indikator: {}",
            crate::text::shorten_line(reference.text(), 80)
        );
        let Some(planned) = year.target.as_deref() else {
            let location = Location {
                cell: year.cell.as_str().into(),
                ..plan.ind.location.clone()
            };
            let message = crate::t!(
                "finding-renstra-no-target",
                tahun = tahun.to_string(),
                kind = reference.doc.kind.spec().label,
                target = expected.text.as_ref(),
                place = reference.place()
            );
            out.push(Diagnostic::new(&RENSTRA_UNCHECKED, location, message).hint(hint));
            continue;
        };
        // The Renstra's Satuan column gives a bare number its unit (`1` + `Dokumen`).
        let unit = plan.ind.satuan.as_deref().unwrap_or("");
        let in_unit = crate::compute::target::in_unit(planned, unit);
        if !same_target(in_unit.as_deref().unwrap_or(planned), &expected.text) {
            let location = Location {
                cell: expected.cell.into(),
                ..reference.ind.location.clone()
            };
            let message = crate::t!(
                "finding-target-renstra",
                target = expected.text.as_ref(),
                planned = planned,
                tahun = tahun.to_string(),
                place = format!("{}:'{}'!{}", plan.doc.file, plan.doc.sheet, year.cell)
            );
            out.push(Diagnostic::new(&TARGET_MISMATCH, location, message).hint(hint));
        }
    }
}

fn mismatches(group: &[Occurrence], out: &mut Vec<Diagnostic>) {
    let with_target = || group.iter().filter(|o| o.ind.target.is_some());
    let Some(reference) = with_target().next() else {
        return;
    };
    let Some(expected) = reference.ind.target.as_ref() else {
        return;
    };
    for occ in with_target().skip(1) {
        let Some(target) = occ.ind.target.as_ref() else {
            continue;
        };
        if same_target(&target.text, &expected.text) {
            continue;
        }
        let location = Location {
            cell: target.cell.into(),
            ..occ.ind.location.clone()
        };
        let message = crate::t!(
            "finding-target-mismatch",
            target = target.text.as_ref(),
            kind = reference.doc.kind.name().to_uppercase(),
            expected = expected.text.as_ref(),
            place = reference.place()
        );
        out.push(
            Diagnostic::new(&TARGET_MISMATCH, location, message).hint(format!(
                "indikator: {}",
                crate::text::shorten_line(occ.text(), 80)
            )),
        );
    }
}

fn unmeasured(group: &[Occurrence], out: &mut Vec<Diagnostic>) {
    if group
        .iter()
        .any(|o| o.doc.kind.purpose() == Purpose::Measurement)
    {
        return;
    }
    let pks: Vec<&Occurrence> = group
        .iter()
        .filter(|o| o.doc.kind.purpose() == Purpose::Agreement)
        .collect();
    let Some(first) = pks.first() else { return };
    let others = match pks.len() - 1 {
        0 => String::new(),
        n => crate::t!("finding-pk-unmeasured-others", count = n),
    };
    out.push(
        Diagnostic::new(
            &PK_UNMEASURED,
            first.ind.location.clone(),
            crate::t!(
                "finding-pk-unmeasured",
                indikator = crate::text::shorten_line(first.text(), 80),
                others = others
            ),
        )
        .hint(crate::t!("hint-pk-unmeasured")),
    );
}

/// Each number once per PK table.
pub fn numbering(doc: &Document, out: &mut Vec<Diagnostic>) {
    let mut seen: BTreeMap<&str, u32> = BTreeMap::new();
    for ind in doc.indicators() {
        let Some(number) = ind.number.as_deref() else {
            continue;
        };
        match seen.get(number) {
            Some(first) => out.push(Diagnostic::new(
                &PK_NUMBERING,
                ind.location.clone(),
                crate::t!("finding-pk-numbering", number = number, first = *first),
            )),
            None => {
                seen.insert(number, ind.location.row);
            }
        }
    }
}
