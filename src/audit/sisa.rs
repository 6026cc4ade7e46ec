//! `sisa`: a sisa (selisih, the amount not absorbed) stated beside a pagu and a realisasi.

use super::figures::Kind;
use super::sentence::Measure;
use super::{agrees, hedged, rules, Audit};
use crate::model::Field;
use crate::numbers::format_rupiah;

pub fn check(a: &mut Audit) {
    for i in 0..a.said.len() {
        let figs = a.said[i].sentence.figures.clone();
        let mut from = 0;
        for (k, z) in figs.iter().enumerate() {
            if z.figure.kind != Kind::Amount || z.measure != Some(Measure::Sisa) {
                continue;
            }
            let window = &figs[from..k];
            from = k + 1;
            let of = |m: Measure| {
                window
                    .iter()
                    .filter(|f| f.figure.kind == Kind::Amount && f.measure == Some(m))
                    .collect::<Vec<_>>()
            };
            let (pagu, realisasi) = (of(Measure::Pagu), of(Measure::Realisasi));
            let said = &a.said[i];
            let start = window.first().map_or(z.figure.start, |f| f.figure.start);
            let spot = a.spot(said, start, z.figure.end);
            match (pagu.as_slice(), realisasi.as_slice()) {
                ([p], [r]) => {
                    if p.entity != z.entity || r.entity != z.entity {
                        a.skip(
                            spot,
                            crate::t!("audit-sisa-other-programs", figure = &z.figure.text),
                        );
                        continue;
                    }
                    let (p, r) = (p.figure.clone(), r.figure.clone());
                    judge(a, i, &p, &r, &z.figure, spot);
                }
                ([], []) => a.skip(
                    spot,
                    crate::t!("audit-sisa-no-pagu-realisasi", figure = &z.figure.text),
                ),
                ([], _) | (_, []) => a.skip(
                    spot,
                    crate::t!("audit-sisa-one-missing", figure = &z.figure.text),
                ),
                _ => a.skip(
                    spot,
                    crate::t!("audit-sisa-several", figure = &z.figure.text),
                ),
            }
        }
    }
}

fn judge(
    a: &mut Audit,
    i: usize,
    p: &super::Figure,
    r: &super::Figure,
    z: &super::Figure,
    spot: super::Spot,
) {
    if let Some(doubt) = [p, r, z].iter().find_map(|f| f.doubt.clone()) {
        return a.skip(spot, doubt);
    }
    let computed = p.value - r.value;
    let text = a.said[i].text().to_string();
    if agrees(z, computed, a.settings.tolerance, hedged(&text[..z.start])) {
        return a.holds();
    }
    let message = crate::t!(
        "audit-sisa-wrong",
        sisa = &z.text,
        pagu = &p.text,
        realisasi = &r.text,
        computed = format_rupiah(computed, if computed.fract().is_zero() { 0 } else { 2 })
    );
    let d = a
        .diagnostic(&rules::SISA, spot, message)
        .numbers(Field::Sisa, z.value, computed)
        .hint(crate::t!("audit-sisa-hint"));
    a.wrong(d);
}
