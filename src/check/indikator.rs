//! The same indikator twice under one sasaran of a PK or BAB III: a row copied, or the rows of
//! another table (last year's, a second page's) appended under the first. Each is counted in
//! every average and count of its sasaran, so the report's figures are wrong either way.

use super::{Diagnostic, DUPLICATE_INDIKATOR};
use crate::layout::columns::normalize;
use crate::model::{Document, Indicator, Written};
use crate::t;
use std::collections::HashMap;

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let mut first: HashMap<(String, String), &Indicator> = HashMap::new();
    for ind in doc.indicators() {
        let Some(indikator) = ind.indikator.as_deref().filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        let key = (
            normalize(ind.sasaran.as_deref().unwrap_or("")),
            normalize(indikator),
        );
        let Some(earlier) = first.get(&key) else {
            first.insert(key, ind);
            continue;
        };
        out.push(finding(earlier, ind, indikator));
    }
}

fn finding(earlier: &Indicator, ind: &Indicator, indikator: &str) -> Diagnostic {
    let indikator = crate::text::shorten_line(indikator, 60);
    let row = earlier.location.row;
    let message = if same_figures(earlier, ind) {
        t!(
            "finding-indikator-again-same",
            indikator = indikator,
            first = row
        )
    } else {
        t!(
            "finding-indikator-again-other",
            indikator = indikator,
            first = row,
            figures_first = figures(earlier),
            figures = figures(ind)
        )
    };
    Diagnostic::new(&DUPLICATE_INDIKATOR, ind.location.clone(), message)
        .hint(t!("hint-indikator-again"))
}

fn same_figures(a: &Indicator, b: &Indicator) -> bool {
    let text = |w: &Option<Written>| w.as_ref().map(|w| w.text.clone());
    text(&a.target) == text(&b.target)
        && text(&a.realisasi) == text(&b.realisasi)
        && a.stated_capaian.as_ref().map(|q| q.value) == b.stated_capaian.as_ref().map(|q| q.value)
}

/// `target 77,5%, realisasi 80%` as the row writes them (`-` for none).
fn figures(ind: &Indicator) -> String {
    let text = |w: &Option<Written>| w.as_ref().map_or("-".to_string(), |w| w.text.to_string());
    match &ind.realisasi {
        Some(_) => t!(
            "finding-indikator-figures-measured",
            target = text(&ind.target),
            realisasi = text(&ind.realisasi)
        ),
        None => t!(
            "finding-indikator-figures-target",
            target = text(&ind.target)
        ),
    }
}
