//! `workspace`: figures the text states for a program, kegiatan or indikator the workspace
//! holds, against the workspace's (`-w DIR`): pagu, realisasi and sisa computed from the
//! items, serapan, and capaian.

use super::figures::{Figure, Kind};
use super::same::{self, strip_kind, Fact};
use super::sentence::{words_of, EntityKind, Measure};
use super::{agrees, rules, Audit, Spot};
use crate::compute::realisasi::Line;
use crate::compute::similar;
use crate::model::Field;
use crate::numbers::{format_persen, format_rupiah};
use rust_decimal::Decimal;

pub fn check(a: &mut Audit) {
    let Some(known) = a.known else {
        return;
    };
    if !known.lines.is_empty() {
        for fact in same::facts(a) {
            amount(a, &fact);
        }
        serapan(a);
    }
    if !known.indicators.is_empty() {
        capaian(a);
    }
}

/// The workspace's line a name is of: one match among the programs and kegiatan.
fn line_for<'k>(lines: &'k [Line], name: &str) -> Result<&'k Line, String> {
    let name = strip_kind(name);
    let found: Vec<&Line> = lines
        .iter()
        .filter(|l| l.level != "total" && similar::same(&strip_kind(&l.uraian), &name))
        .collect();
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(crate::t!("audit-ws-no-line", name = name)),
        _ => Err(crate::t!("audit-ws-several-lines", name = name)),
    }
}

/// The whole budget: the workspace's total line, else its programs added up.
fn top_level_total(lines: &[Line], get: impl Fn(&Line) -> Option<Decimal>) -> Option<Decimal> {
    if let Some(total) = lines.iter().find(|l| l.level == "total") {
        return get(total);
    }
    let depth = lines.iter().map(|l| l.path.len()).min()?;
    lines
        .iter()
        .filter(|l| l.path.len() == depth)
        .map(&get)
        .sum::<Option<Decimal>>()
}

fn amount(a: &mut Audit, fact: &Fact) {
    let Some(known) = a.known else { return };
    let get = |l: &Line| match fact.measure {
        Measure::Pagu => l.pagu,
        Measure::Realisasi => l.realisasi,
        Measure::Sisa => l.sisa,
        _ => None,
    };
    let (value, what) = match &fact.entity {
        Some(name) => match line_for(&known.lines, name) {
            Ok(line) => (
                get(line),
                format!("\"{}\"", crate::text::shorten(&line.uraian, 60)),
            ),
            Err(reason) => return a.skip(fact.spot.clone(), reason),
        },
        None => (
            top_level_total(&known.lines, get),
            crate::t!("audit-ws-whole-budget"),
        ),
    };
    let Some(value) = value else {
        return a.skip(
            fact.spot.clone(),
            crate::t!(
                "audit-ws-no-value",
                measure = fact.measure.name(),
                what = &what
            ),
        );
    };
    judge(
        a,
        &fact.figure,
        value,
        fact.spot.clone(),
        fact.measure.name(),
        &what,
    );
}

fn judge(a: &mut Audit, stated: &Figure, value: Decimal, spot: Spot, measure: &str, what: &str) {
    if agrees(stated, value, a.settings.tolerance, false) {
        return a.holds();
    }
    let shown = match stated.kind {
        Kind::Percent => format_persen(value, 2),
        _ => format_rupiah(value, if value.fract().is_zero() { 0 } else { 2 }),
    };
    let field = match (stated.kind, measure) {
        (Kind::Percent, "capaian") => Field::StatedCapaian,
        (Kind::Percent, _) => Field::StatedPercent,
        (_, "pagu") => Field::Pagu,
        (_, "realisasi") => Field::Realisasi,
        _ => Field::Sisa,
    };
    let message = crate::t!(
        "audit-ws-wrong",
        measure = measure,
        what = what,
        stated = &stated.text,
        computed = shown
    );
    let d = a
        .diagnostic(&rules::WORKSPACE, spot, message)
        .numbers(field, stated.value, value)
        .hint(match measure {
            "capaian" => crate::t!("audit-ws-hint-capaian"),
            _ => crate::t!("audit-ws-hint-realisasi"),
        });
    a.wrong(d);
}

/// "realisasi sebesar Rp X atau P%" for a program: P against the workspace's serapan.
fn serapan(a: &mut Audit) {
    let Some(known) = a.known else { return };
    let mut claims = Vec::new();
    for said in &a.said {
        let figs = &said.sentence.figures;
        for j in 1..figs.len() {
            let (x, p) = (&figs[j - 1], &figs[j]);
            let between = said.text()[x.figure.end..p.figure.start]
                .trim()
                .to_ascii_lowercase();
            if p.figure.kind != Kind::Percent
                || x.figure.kind != Kind::Amount
                || x.measure != Some(Measure::Realisasi)
                || !between.starts_with("atau")
            {
                continue;
            }
            let Some(e) = &x.entity else { continue };
            claims.push((
                e.name.clone(),
                p.figure.clone(),
                a.spot(said, x.figure.start, p.figure.end),
            ));
        }
    }
    for (name, p, spot) in claims {
        match line_for(&known.lines, &name) {
            Ok(line) => match line.serapan {
                Some(s) => {
                    let what = format!("\"{}\"", crate::text::shorten(&line.uraian, 60));
                    judge(a, &p, s, spot, "serapan", &what)
                }
                None => a.skip(spot, crate::t!("audit-ws-no-serapan")),
            },
            Err(reason) => a.skip(spot, reason),
        }
    }
}

/// A capaian the text states for an indikator (or sasaran) the workspace measures.
fn capaian(a: &mut Audit) {
    let Some(known) = a.known else { return };
    let mut claims = Vec::new();
    for said in &a.said {
        let text = said.text();
        let mut from = 0;
        for f in &said.sentence.figures {
            if !matches!(f.figure.kind, Kind::Amount | Kind::Percent) {
                continue;
            }
            let window = &text[from..f.figure.start];
            from = f.figure.end;
            if f.figure.kind != Kind::Percent {
                continue;
            }
            let words = words_of(window);
            let Some(c) = words.iter().rposition(|w| w.starts_with("capaian")) else {
                continue;
            };
            if words[c..].iter().any(|w| w == "target" || w == "realisasi") {
                continue;
            }
            let Some(e) = f
                .entity
                .as_ref()
                .filter(|e| matches!(e.kind, EntityKind::Indikator | EntityKind::Sasaran))
            else {
                continue;
            };
            claims.push((
                e.name.clone(),
                f.figure.clone(),
                a.spot(said, 0, f.figure.end),
            ));
        }
    }
    for (name, fig, spot) in claims {
        // An indikator by its own text first; a sasaran's text only when no indikator has it.
        let mut found: Vec<_> = known
            .indicators
            .iter()
            .filter(|i| similar::same(&i.indikator, &name))
            .collect();
        if found.is_empty() {
            found = known
                .indicators
                .iter()
                .filter(|i| {
                    i.sasaran
                        .as_deref()
                        .is_some_and(|s| similar::same(s, &name))
                })
                .collect();
        }
        match found.as_slice() {
            [one] => match one.capaian {
                Some(c) => {
                    let what = format!("\"{}\"", crate::text::shorten(&one.indikator, 60));
                    judge(a, &fig, c, spot, "capaian", &what)
                }
                None => a.skip(spot, crate::t!("audit-ws-no-capaian")),
            },
            [] => a.skip(
                spot,
                crate::t!(
                    "audit-ws-no-indikator",
                    name = crate::text::shorten(&name, 60)
                ),
            ),
            _ => a.skip(spot, crate::t!("audit-ws-several-indikator")),
        }
    }
}
