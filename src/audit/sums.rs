//! `sum`: amounts listed and the total a sentence states for them, the total after the list
//! ("Rp a, Rp b dan Rp c, sehingga jumlahnya Rp T") or before it ("anggaran sebesar Rp T untuk
//! 2 (dua) program: 1. … sebesar Rp a, 2. … sebesar Rp b").

use super::figures::Kind;
use super::sentence::{words_of, Fig};
use super::{rules, Audit};
use crate::model::Field;
use crate::numbers::format_rupiah;
use rust_decimal::Decimal;

/// Words after a total that announce its parts.
const PARTS_FOLLOW: [&str; 9] = [
    "untuk membiayai",
    "terdiri dari",
    "terdiri atas",
    "dibagi ke dalam",
    "dibagi menjadi",
    "meliputi",
    "dialokasikan untuk",
    "digunakan untuk",
    "dengan rincian",
];

/// The words a list's amounts may be separated by: names, numbering, `dan`, `serta`.
const MAX_GAP_WORDS: usize = 16;

/// Does the text after a total announce its parts (`untuk membiayai`, `terdiri dari`)?
pub fn announces_parts(after: &str) -> bool {
    let after = crate::text::one_line(&after.to_lowercase());
    let after = after.trim_start_matches(['.', ',', ' ']);
    PARTS_FOLLOW.iter().any(|p| after.starts_with(p))
}

pub fn check(a: &mut Audit) {
    for i in 0..a.said.len() {
        let figs: Vec<Fig> = a.said[i]
            .sentence
            .figures
            .iter()
            .filter(|f| {
                f.figure.kind != Kind::Number || f.figure.spelled.is_some() || !f.figure.year
            })
            .cloned()
            .collect();
        let text = a.said[i].text().to_string();
        for k in 0..figs.len() {
            let t = &figs[k];
            if t.figure.kind != Kind::Amount {
                continue;
            }
            if t.total && k >= 2 {
                if let Some(parts) = parts_before(&text, &figs, k) {
                    judge(a, i, &parts, t);
                    continue;
                }
            }
            if announces_parts(&text[t.figure.end..]) {
                match parts_after(&figs, k) {
                    Ok(parts) => judge(a, i, &parts, t),
                    Err(reason) => {
                        let spot = a.spot(&a.said[i], t.figure.start, text.len());
                        a.skip(
                            spot,
                            crate::t!(
                                "audit-figure-reason",
                                figure = &t.figure.text,
                                reason = reason
                            ),
                        );
                    }
                }
            }
        }
    }
}

/// The amounts right before a total, as a list: no percentage among them, short gaps.
fn parts_before(text: &str, figs: &[Fig], k: usize) -> Option<Vec<Fig>> {
    let mut parts = Vec::new();
    let mut end = figs[k].figure.start;
    for f in figs[..k].iter().rev() {
        match f.figure.kind {
            Kind::Percent => break,
            // A list's numbering (`2. Program …`).
            Kind::Number => continue,
            Kind::Amount => {}
        }
        if words_of(&text[f.figure.end..end]).len() > MAX_GAP_WORDS {
            break;
        }
        parts.push(f.clone());
        end = f.figure.start;
    }
    parts.reverse();
    // One measure among those named (`realisasi per program … sehingga jumlahnya`).
    let named: std::collections::BTreeSet<_> = parts
        .iter()
        .chain([&figs[k]])
        .filter_map(|p| p.measure)
        .collect();
    (parts.len() >= 2 && named.len() <= 1).then_some(parts)
}

/// The amounts after a total that announces them: as many as the sentence says (`2 (dua)
/// program`), else every amount left in the sentence.
fn parts_after(figs: &[Fig], k: usize) -> Result<Vec<Fig>, String> {
    let rest = &figs[k + 1..];
    let stated = rest
        .iter()
        .take_while(|f| f.figure.kind == Kind::Number)
        .find(|f| {
            f.figure.noun.as_deref().is_some_and(|n| {
                matches!(
                    n,
                    "program" | "kegiatan" | "bagian" | "jenis" | "sumber" | "pos"
                )
            })
        })
        .map(|f| f.figure.value);
    let parts: Vec<Fig> = rest
        .iter()
        .filter(|f| f.figure.kind != Kind::Number)
        .cloned()
        .collect();
    if parts.iter().any(|p| p.figure.kind == Kind::Percent) {
        return Err(crate::t!("audit-sum-mixed"));
    }
    let measure = figs[k].measure;
    if parts
        .iter()
        .any(|p| p.measure.is_some() && p.measure != measure)
    {
        return Err(crate::t!("audit-sum-other-measure"));
    }
    if parts.len() < 2 {
        return Err(crate::t!("audit-sum-too-few"));
    }
    if let Some(n) = stated {
        if Decimal::from(parts.len()) != n {
            return Err(crate::t!(
                "audit-sum-count-differs",
                named = n.to_string(),
                listed = parts.len()
            ));
        }
    }
    Ok(parts)
}

fn judge(a: &mut Audit, i: usize, parts: &[Fig], total: &Fig) {
    let first = parts
        .first()
        .map_or(0, |p| p.figure.start)
        .min(total.figure.start);
    let last = parts
        .last()
        .map_or(0, |p| p.figure.end)
        .max(total.figure.end);
    let spot = a.spot(&a.said[i], first, last);
    if let Some(doubt) = parts
        .iter()
        .chain([total])
        .find_map(|f| f.figure.doubt.clone())
    {
        return a.skip(spot, doubt);
    }
    let sum: Decimal = parts.iter().map(|p| p.figure.value).sum();
    // Rounded figures (`Rp 1,2 miliar`) may be off by half a unit each.
    let slack: Decimal = parts
        .iter()
        .chain([total])
        .filter(|f| f.figure.scaled)
        .map(|f| f.figure.unit)
        .sum();
    if (sum - total.figure.value).abs() <= slack {
        return a.holds();
    }
    let listed: Vec<&str> = parts.iter().map(|p| p.figure.text.as_str()).collect();
    let message = crate::t!(
        "audit-sum-wrong",
        computed = format_rupiah(sum, if sum.fract().is_zero() { 0 } else { 2 }),
        stated = &total.figure.text
    );
    let mut d = a
        .diagnostic(&rules::SUM, spot, message)
        .numbers(Field::Amount, total.figure.value, sum)
        .hint(crate::t!("audit-sum-hint"));
    d.summed = listed.iter().map(|s| s.to_string()).collect();
    a.wrong(d);
}
