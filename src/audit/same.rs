//! `same-figure`: the pagu, realisasi or sisa of one program (or of the whole DIPA) stated
//! twice, differently: in the Ikhtisar and in BAB III, in a sentence and in Tabel 3.1.

use super::figures::{Figure, Kind};
use super::sentence::{words_of, Measure};
use super::{agrees, identity, rules, sums, tables, Audit, Spot};
use crate::compute::similar;
use crate::model::Field;
use crate::numbers::format_rupiah;
use rust_decimal::Decimal;

/// A figure the text states for something it names.
#[derive(Debug, Clone)]
pub struct Fact {
    pub measure: Measure,
    /// The program or kegiatan; `None` for the whole DIPA.
    pub entity: Option<String>,
    pub figure: Figure,
    pub spot: Spot,
}

/// Words that make a figure another one than the year's own: a figure before or after a
/// revision, of a grant, of another year.
const QUALIFIERS: [&str; 14] = [
    "awal",
    "revisi",
    "perubahan",
    "semula",
    "menjadi",
    "sebelum",
    "setelah",
    "sebelumnya",
    "lalu",
    "hibah",
    "tambahan",
    "induk",
    "rencana",
    "usulan",
];

/// Words that make an amount with no program named the whole DIPA's.
const WHOLE: [&str; 3] = ["dipa", "apbn", "keseluruhan"];

/// Every fact of the text: sentences first, then the budget tables, in document order.
pub fn facts(a: &Audit) -> Vec<Fact> {
    let year = identity::report_year(a);
    let mut out = Vec::new();
    for said in &a.said {
        let text = said.text();
        let figs = &said.sentence.figures;
        let mut window_start = 0;
        // The measure a list's parts inherit from the total that announces them.
        let mut inherited: Option<Measure> = None;
        for f in figs.iter() {
            if !matches!(f.figure.kind, Kind::Amount | Kind::Percent) {
                continue;
            }
            let window = &text[window_start..f.figure.start];
            window_start = f.figure.end;
            if f.figure.kind != Kind::Amount {
                continue;
            }
            let words = words_of(window);
            let qualified = words.iter().any(|w| QUALIFIERS.contains(&w.as_str()))
                || words.iter().any(|w| {
                    w.len() == 4
                        && w.parse::<i32>().is_ok_and(|y| (1990..=2100).contains(&y))
                        && year.is_some_and(|ry| w.parse::<i32>().ok() != Some(ry))
                });
            let measure = f.measure.or(inherited);
            if f.measure.is_some() && sums::announces_parts(&text[f.figure.end..]) {
                inherited = f.measure;
            }
            let Some(measure) =
                measure.filter(|m| matches!(m, Measure::Pagu | Measure::Realisasi | Measure::Sisa))
            else {
                continue;
            };
            if qualified || f.figure.doubt.is_some() {
                continue;
            }
            let entity = match &f.entity {
                Some(e) => Some(e.name.clone()),
                None if words.iter().any(|w| WHOLE.contains(&w.as_str()))
                    && !text[..f.figure.start].to_lowercase().contains("program")
                    && !text[..f.figure.start].to_lowercase().contains("kegiatan") =>
                {
                    None
                }
                None => continue,
            };
            out.push(Fact {
                measure,
                entity,
                figure: f.figure.clone(),
                spot: a.spot(said, f.figure.start.saturating_sub(60), f.figure.end),
            });
        }
    }
    for table in a.text.tables() {
        let Some(roles) = tables::roles(table) else {
            continue;
        };
        if !roles.is_budget() {
            continue;
        }
        for row in tables::budget_rows(table, &roles) {
            if words_of(&row.name).len() < 2 {
                continue;
            }
            for (measure, value) in [
                (Measure::Pagu, row.pagu),
                (Measure::Realisasi, row.realisasi),
            ] {
                let Some(value) = value else { continue };
                out.push(Fact {
                    measure,
                    entity: Some(row.name.clone()),
                    figure: exact(value),
                    spot: a.row_spot(table, row.row),
                });
            }
        }
    }
    out
}

/// An amount stated exactly, as a table cell states it.
pub fn exact(value: Decimal) -> Figure {
    Figure {
        kind: Kind::Amount,
        value,
        unit: Decimal::ONE,
        scaled: false,
        start: 0,
        end: 0,
        text: format_rupiah(value, if value.fract().is_zero() { 0 } else { 2 }),
        spelled: None,
        noun: None,
        doubt: None,
        year: false,
    }
}

/// The last `max` characters of a quote, where its figure is.
fn tail(quote: &str, max: usize) -> String {
    let n = quote.chars().count();
    if n <= max {
        return quote.to_string();
    }
    let cut: String = quote.chars().skip(n - max).collect();
    format!("…{}", cut.split_once(' ').map_or(cut.as_str(), |(_, r)| r))
}

/// A name without `Program`/`Kegiatan` before it, its code in brackets, or a final dot.
pub fn strip_kind(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words
        .first()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "program" | "kegiatan"))
    {
        words.remove(0);
    }
    words
        .into_iter()
        .filter(|w| !(w.starts_with('(') && w.ends_with(')')))
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches('.')
        .to_string()
}

pub fn same_entity(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => similar::same(&strip_kind(a), &strip_kind(b)),
        _ => false,
    }
}

pub fn check(a: &mut Audit) {
    let facts = facts(a);
    // Sentences before tables in `facts`; compare in the order of the text, each figure with
    // the first statement of the same measure of the same thing.
    let mut order: Vec<usize> = (0..facts.len()).collect();
    order.sort_by_key(|&i| facts[i].spot.row);
    let mut firsts: Vec<usize> = Vec::new();
    for &i in &order {
        let later = &facts[i];
        let Some(&j) = firsts.iter().find(|&&j| {
            facts[j].measure == later.measure && same_entity(&facts[j].entity, &later.entity)
        }) else {
            firsts.push(i);
            continue;
        };
        let earlier = &facts[j];
        let tol = a.settings.tolerance;
        if agrees(&later.figure, earlier.figure.value, tol, false)
            || agrees(&earlier.figure, later.figure.value, tol, false)
        {
            a.holds();
            continue;
        }
        let what = match &later.entity {
            Some(e) => crate::t!(
                "audit-same-of-entity",
                measure = later.measure.name(),
                entity = crate::text::shorten(e, 60)
            ),
            None => crate::t!("audit-same-of-dipa", measure = later.measure.name()),
        };
        let place = super::place_name(&a.text.file, &earlier.spot);
        let message = crate::t!(
            "audit-same-wrong",
            what = what,
            here = &later.figure.text,
            there = &earlier.figure.text,
            place = place
        );
        let field = match later.measure {
            Measure::Pagu => Field::Pagu,
            Measure::Realisasi => Field::Realisasi,
            _ => Field::Sisa,
        };
        let d = a
            .diagnostic(&rules::SAME_FIGURE, later.spot.clone(), message)
            .numbers(field, later.figure.value, earlier.figure.value)
            .hint(crate::t!(
                "audit-same-hint",
                quote = tail(&earlier.spot.quote, 140)
            ));
        a.wrong(d);
    }
}
