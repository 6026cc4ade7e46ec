//! `capaian` in a sentence: "dengan target 95% dan realisasi 90% sehingga capaian 94,74%".

use super::figures::Kind;
use super::sentence::{words_of, Measure};
use super::tables::capaian_agrees;
use super::{rules, Audit};
use crate::model::Field;
use crate::numbers::{format_persen, round_half_up};
use rust_decimal::Decimal;

/// Words of an indikator that may be lower-is-better: its capaian is not R ÷ T.
pub(super) const LOWER_BETTER: [&str; 9] = [
    "maksimal",
    "paling",
    "pelanggaran",
    "kesalahan",
    "keluhan",
    "pengaduan",
    "tunggakan",
    "temuan",
    "turun",
];

pub fn check(a: &mut Audit) {
    for i in 0..a.said.len() {
        let figs = a.said[i].sentence.figures.clone();
        let of = |m: Measure| {
            figs.iter()
                .filter(|f| f.figure.kind == Kind::Percent && f.measure == Some(m))
                .collect::<Vec<_>>()
        };
        let (t, r, c) = (
            of(Measure::Target),
            of(Measure::Realisasi),
            of(Measure::Capaian),
        );
        if t.is_empty() || c.is_empty() {
            continue;
        }
        let text = a.said[i].text().to_string();
        let spot = a.spot(&a.said[i], 0, text.len());
        let ([t], [r], [c]) = (t.as_slice(), r.as_slice(), c.as_slice()) else {
            a.skip(spot, crate::t!("audit-capaian-not-one-each"));
            continue;
        };
        if words_of(&text)
            .iter()
            .any(|w| LOWER_BETTER.contains(&w.as_str()))
        {
            a.skip(spot, crate::t!("audit-lower-better"));
            continue;
        }
        if let Some(d) = [t, r, c].iter().find_map(|f| f.figure.doubt.clone()) {
            a.skip(spot, d);
            continue;
        }
        if t.figure.value.is_zero() {
            a.skip(spot, crate::t!("audit-capaian-target-zero"));
            continue;
        }
        let computed = r.figure.value / t.figure.value * Decimal::ONE_HUNDRED;
        if capaian_agrees(&c.figure, computed, a.settings.tolerance) {
            a.holds();
            continue;
        }
        let shown = round_half_up(computed, 2);
        let message = crate::t!(
            "audit-capaian-wrong",
            capaian = &c.figure.text,
            realisasi = &r.figure.text,
            target = &t.figure.text,
            computed = format_persen(shown, 2)
        );
        let d = a
            .diagnostic(&rules::CAPAIAN, spot, message)
            .numbers(Field::StatedCapaian, c.figure.value, shown)
            .hint(crate::t!("audit-capaian-hint"));
        a.wrong(d);
    }
}
