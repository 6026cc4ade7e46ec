//! The capaian a kinerja row states, against the capaian its target and realisasi give.

use super::Settings;
use super::{Diagnostic, CAPAIAN, CAPAIAN_UNCHECKED, DOUBT};
use crate::compute::kinerja::measure;
use crate::model::{Document, Field, Location};
use crate::numbers::format_persen;
use crate::t;
use rust_decimal::Decimal;

pub fn check(doc: &Document, settings: &Settings, out: &mut Vec<Diagnostic>) {
    fractions(doc, settings, out);
    for ind in doc.indicators() {
        let Some(stated) = ind.stated_capaian.as_ref() else {
            continue;
        };
        let Some(value) = stated.value else { continue };
        let measured = measure(ind, &settings.capaian);
        let computed = match &measured.capaian {
            Ok(c) => c,
            Err(why) => {
                let location = Location {
                    cell: stated.cell.into(),
                    ..ind.location.clone()
                };
                let message = t!(
                    "finding-capaian-unchecked",
                    stated = format_persen(value, 2),
                    why = why.to_string()
                );
                out.push(
                    Diagnostic::new(&CAPAIAN_UNCHECKED, location, message)
                        .hint(t!("hint-capaian-unchecked")),
                );
                continue;
            }
        };
        if agrees(value, computed.value) || (value - computed.value).abs() <= settings.tolerance {
            continue;
        }
        let text = |w: &Option<crate::model::Written>| {
            w.as_ref().map_or("", |w| w.text.as_ref()).to_string()
        };
        let cap = match (computed.capped_at, settings.capaian.cap) {
            (Some(cap), _) => t!(
                "finding-capaian-capped",
                cap = format_persen(cap, 0),
                uncapped = format_persen(computed.uncapped, 2)
            ),
            (None, Some(_)) => String::new(),
            (None, None) => t!("finding-capaian-no-cap"),
        };
        let message = t!(
            "finding-capaian",
            stated = format_persen(value, 2),
            target = text(&ind.target),
            realisasi = text(&ind.realisasi),
            computed = format_persen(computed.value, 2),
            cap = cap,
        );
        let location = Location {
            cell: stated.cell.into(),
            ..ind.location.clone()
        };
        out.push(
            Diagnostic::new(&CAPAIAN, location, message)
                .numbers(Field::StatedCapaian, value, computed.value)
                .hint(t!(
                    "hint-capaian",
                    formula = computed.formula.as_str(),
                    note = measured.polarity_note()
                )),
        );
    }
}

/// A realisasi of at most 1% against a target of 20% or more, higher being better (`0,9`
/// against `100%`): written as a fraction (90%), it reads as a capaian of under 5%. Which it
/// is the figures cannot say, so it is a doubt, and `check` does not say "ok" over it.
fn fractions(doc: &Document, settings: &Settings, out: &mut Vec<Diagnostic>) {
    use crate::compute::capaian::Polarity;
    use crate::compute::target::{parse, Target};
    let percent = |w: &crate::model::Written| match parse(&w.text)? {
        Target::Percent { value } => Some(value),
        _ => None,
    };
    for ind in doc.indicators() {
        let (Some(target), Some(written)) = (&ind.target, &ind.realisasi) else {
            continue;
        };
        let (Some(t), Some(r)) = (percent(target), percent(written)) else {
            continue;
        };
        let plausible = r <= Decimal::ZERO || r > Decimal::ONE || t < Decimal::from(20);
        if plausible || settings.capaian.polarity(ind) != Polarity::Higher {
            continue;
        }
        let hundred = Decimal::ONE_HUNDRED;
        let message = t!(
            "finding-realisasi-fraction",
            realisasi = written.text.as_ref(),
            target = target.text.as_ref(),
            capaian = format_persen(r / t * hundred, 2),
            percent = format_persen(r * hundred, 2),
            other = format_persen(r * hundred / t * hundred, 2)
        );
        let location = Location {
            cell: written.cell.into(),
            ..ind.location.clone()
        };
        out.push(Diagnostic::new(&DOUBT, location, message).hint(t!("hint-realisasi-fraction")));
    }
}

/// The stated figure is the computed one rounded to the decimals the table writes (`100` for
/// 99,998; `105,3` for 105,26), so a coarser figure is not taken for a wrong one.
fn agrees(stated: Decimal, computed: Decimal) -> bool {
    let dp = stated.normalize().scale().min(2);
    let half_unit = Decimal::new(5, dp + 1);
    (stated - computed).abs() < half_unit
        || crate::numbers::round_half_up(computed, dp) == stated.normalize()
}

#[cfg(test)]
mod tests {
    use super::agrees;
    use rust_decimal::Decimal;

    #[test]
    fn stated_to_fewer_decimals_agrees() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert!(agrees(d("100"), d("100")));
        assert!(agrees(d("105.3"), d("105.26")));
        assert!(agrees(d("105"), d("105.26")));
        assert!(!agrees(d("95"), d("105.26")));
        assert!(!agrees(d("100"), d("102.04")));
        assert!(!agrees(d("105.25"), d("105.26")));
    }
}
