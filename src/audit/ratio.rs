//! `percent`: "X atau P% dari Y", and "anggaran sebesar Y … realisasi sebesar X atau P%".

use super::figures::Kind;
use super::sentence::Measure;
use super::{agrees, bound, field_of, hedged, rules, Audit};
use crate::numbers::{format_angka, format_persen};
use rust_decimal::Decimal;

/// What may stand between an amount and the percentage that is its share.
const BETWEEN: [&str; 7] = [
    "atau",
    "atau sekitar",
    "atau sebesar",
    "atau mencapai",
    "atau setara",
    "(",
    "atau sebanyak",
];

pub fn check(a: &mut Audit) {
    for i in 0..a.said.len() {
        let said = &a.said[i];
        let text = said.text();
        let figs = &said.sentence.figures;
        let mut found = Vec::new();
        for (j, p) in figs.iter().enumerate() {
            if p.figure.kind != Kind::Percent || j == 0 {
                continue;
            }
            let x = &figs[j - 1];
            if x.figure.kind != Kind::Amount {
                continue;
            }
            let between = text[x.figure.end..p.figure.start].trim().to_lowercase();
            let between = crate::text::one_line(&between);
            if !BETWEEN.contains(&between.as_str()) {
                continue;
            }
            let after = text[p.figure.end..].trim_start().trim_start_matches(')');
            let after_lower = after.trim_start().to_lowercase();
            let base = if after_lower.starts_with("dari ") {
                // The next amount, with no other percentage before it.
                figs[j + 1..]
                    .iter()
                    .take_while(|f| f.figure.kind != Kind::Percent)
                    .find(|f| f.figure.kind == Kind::Amount)
                    .ok_or_else(|| crate::t!("audit-percent-no-amount-after-dari"))
            } else {
                match x.measure {
                    Some(Measure::Realisasi | Measure::Sisa) => figs[..j - 1]
                        .iter()
                        .rev()
                        .find(|f| f.figure.kind == Kind::Amount && f.measure == Some(Measure::Pagu))
                        .ok_or_else(|| crate::t!("audit-percent-no-pagu-before")),
                    _ => Err(crate::t!("audit-percent-no-base")),
                }
            };
            found.push((j - 1, j, base.map(|b| b.figure.clone())));
        }
        for (xi, pi, base) in found {
            judge(a, i, xi, pi, base);
        }
    }
}

fn judge(a: &mut Audit, i: usize, xi: usize, pi: usize, base: Result<super::Figure, String>) {
    let said = &a.said[i];
    let x = said.sentence.figures[xi].figure.clone();
    let p = said.sentence.figures[pi].figure.clone();
    let text = said.text().to_string();
    let base_end = base.as_ref().map_or(p.end, |b| b.end.max(p.end));
    let base_start = base.as_ref().map_or(x.start, |b| b.start.min(x.start));
    let spot = a.spot(said, base_start, base_end);
    let y = match base {
        Ok(y) => y,
        Err(reason) => {
            return a.skip(
                spot,
                crate::t!("audit-figure-reason", figure = &p.text, reason = reason),
            )
        }
    };
    let before_p = &text[..p.start];
    if bound(before_p) {
        return a.skip(spot, crate::t!("audit-bound", figure = &p.text));
    }
    if let Some(doubt) = [&x, &p, &y].iter().find_map(|f| f.doubt.clone()) {
        return a.skip(spot, doubt);
    }
    if y.value.is_zero() {
        return a.skip(spot, crate::t!("audit-zero", figure = &y.text));
    }
    let computed = x.value / y.value * Decimal::ONE_HUNDRED;
    if agrees(&p, computed, a.settings.tolerance, hedged(before_p)) {
        return a.holds();
    }
    let dp = p.unit.scale();
    let shown = crate::numbers::round_half_up(computed, dp.max(2));
    let message = crate::t!(
        "audit-percent-wrong",
        part = &x.text,
        percent = &p.text,
        whole = &y.text,
        x = format_angka(x.value, 0),
        y = format_angka(y.value, 0),
        computed = format_persen(shown, dp.max(2))
    );
    let d = a
        .diagnostic(&rules::PERCENT, spot, message)
        .numbers(field_of(&p), p.value, shown)
        .hint(crate::t!("audit-percent-hint", decimals = dp));
    a.wrong(d);
}
