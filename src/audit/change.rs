//! `change`: "B, naik sebesar D dibandingkan tahun lalu sebesar A", "naik dari A menjadi B".

use super::figures::{Figure, Kind};
use super::sentence::words_of;
use super::{agrees, field_of, rules, Audit, Spot};
use crate::numbers::{format_angka, round_half_up};
use rust_decimal::Decimal;

const UP: [&str; 5] = ["naik", "meningkat", "kenaikan", "peningkatan", "bertambah"];
const DOWN: [&str; 5] = ["turun", "menurun", "penurunan", "berkurang", "pengurangan"];

pub fn check(a: &mut Audit) {
    for i in 0..a.said.len() {
        let text = a.said[i].text().to_string();
        let lower = text.to_ascii_lowercase();
        let Some((at, up)) = change_word(&lower) else {
            continue;
        };
        if !(lower.contains("dibandingkan")
            || lower.contains("dibanding")
            || lower.contains("tahun lalu")
            || lower.contains("tahun sebelumnya")
            || lower.contains("menjadi"))
        {
            continue;
        }
        let figs: Vec<Figure> = a.said[i]
            .sentence
            .figures
            .iter()
            .map(|f| f.figure.clone())
            .filter(|f| matches!(f.kind, Kind::Amount | Kind::Percent))
            .collect();
        let spot = a.spot(&a.said[i], 0, text.len());
        match read(&lower, at, &figs) {
            Ok(claim) => judge(a, claim, up, spot),
            Err(reason) => a.skip(spot, reason),
        }
    }
}

/// The first word of change and whether it says up.
fn change_word(lower: &str) -> Option<(usize, bool)> {
    let mut pos = 0;
    for w in lower.split(|c: char| !c.is_alphanumeric()) {
        let start = pos;
        pos += w.len() + 1;
        if UP.contains(&w) {
            return Some((start, true));
        }
        if DOWN.contains(&w) {
            return Some((start, false));
        }
    }
    None
}

struct Claim {
    before: Figure,
    after: Figure,
    delta: Option<Figure>,
}

fn read(lower: &str, at: usize, figs: &[Figure]) -> Result<Claim, String> {
    let after_word: Vec<&Figure> = figs.iter().filter(|f| f.start > at).collect();
    let before_word: Vec<&Figure> = figs.iter().filter(|f| f.end <= at).collect();
    let rest = &lower[at..];
    let rest_words = words_of(rest);
    // `naik dari A menjadi B`.
    if rest_words.get(1).map(String::as_str) == Some("dari") {
        let menjadi = lower[at..].find("menjadi").map(|k| at + k);
        let Some(m) = menjadi else {
            return Err(crate::t!("audit-change-dari-no-menjadi"));
        };
        let a_fig = after_word.iter().find(|f| f.end <= m);
        let b_fig = after_word.iter().find(|f| f.start > m);
        let (Some(a_fig), Some(b_fig)) = (a_fig, b_fig) else {
            return Err(crate::t!("audit-change-no-figure-dari-menjadi"));
        };
        let delta = after_word
            .iter()
            .find(|f| f.start > b_fig.end)
            .map(|f| (*f).clone());
        return Ok(Claim {
            before: (*a_fig).clone(),
            after: (*b_fig).clone(),
            delta: delta.filter(|d| d.start > b_fig.end),
        });
    }
    // `B, naik sebesar D dibandingkan … sebesar A`.
    let delta = after_word
        .first()
        .ok_or_else(|| crate::t!("audit-change-no-figure-after-word"))?;
    let gap = words_of(&lower[at..delta.start]);
    if gap.len() > 3 {
        return Err(crate::t!("audit-change-figure-not-next"));
    }
    let compared = lower[delta.end..]
        .find("dibandingkan")
        .or_else(|| lower[delta.end..].find("dibanding"))
        .or_else(|| lower[delta.end..].find("dari"))
        .map(|k| delta.end + k)
        .ok_or_else(|| crate::t!("audit-change-no-dibandingkan"))?;
    let before = after_word
        .iter()
        .find(|f| f.start > compared)
        .ok_or_else(|| crate::t!("audit-change-no-earlier-figure"))?;
    let after = before_word
        .iter()
        .rev()
        .find(|f| f.kind == before.kind)
        .ok_or_else(|| crate::t!("audit-change-no-this-year-figure"))?;
    Ok(Claim {
        before: (*before).clone(),
        after: (*after).clone(),
        delta: Some((*delta).clone()),
    })
}

fn judge(a: &mut Audit, c: Claim, up: bool, spot: Spot) {
    if let Some(doubt) = [Some(&c.before), Some(&c.after), c.delta.as_ref()]
        .into_iter()
        .flatten()
        .find_map(|f| f.doubt.clone())
    {
        return a.skip(spot, doubt);
    }
    if c.before.kind != c.after.kind {
        return a.skip(spot, crate::t!("audit-change-different-kinds"));
    }
    let diff = c.after.value - c.before.value;
    // The direction the text says.
    if diff.is_zero() || (diff > Decimal::ZERO) != up {
        let key = if up {
            "audit-change-says-rise"
        } else {
            "audit-change-says-fall"
        };
        let message = crate::i18n::tr(
            key,
            &[
                ("before", c.before.text.as_str().into()),
                ("after", c.after.text.as_str().into()),
            ],
        );
        let d = a
            .diagnostic(&rules::CHANGE, spot, message)
            .numbers(field_of(&c.after), c.after.value, c.before.value)
            .hint(crate::t!("audit-change-direction-hint"));
        return a.wrong(d);
    }
    let Some(delta) = c.delta else {
        return a.holds();
    };
    let tol = a.settings.tolerance;
    let ok = match (delta.kind, c.after.kind) {
        (Kind::Percent, Kind::Amount) | (Kind::Percent, Kind::Number) => {
            !c.before.value.is_zero()
                && agrees(
                    &delta,
                    diff.abs() / c.before.value * Decimal::ONE_HUNDRED,
                    tol,
                    false,
                )
        }
        (Kind::Percent, Kind::Percent) => {
            agrees(&delta, diff.abs(), tol, false)
                || (!c.before.value.is_zero()
                    && agrees(
                        &delta,
                        diff.abs() / c.before.value * Decimal::ONE_HUNDRED,
                        tol,
                        false,
                    ))
        }
        (k, l) if k == l => agrees(&delta, diff.abs(), tol, false),
        _ => return a.skip(spot, crate::t!("audit-change-kind-differs")),
    };
    if ok {
        return a.holds();
    }
    let computed = if delta.kind == Kind::Percent && c.after.kind != Kind::Percent {
        round_half_up(diff.abs() / c.before.value * Decimal::ONE_HUNDRED, 2)
    } else {
        diff.abs()
    };
    let message = crate::t!(
        "audit-change-wrong",
        direction = if up { "up" } else { "down" },
        change = &delta.text,
        before = &c.before.text,
        after = &c.after.text,
        computed = format_angka(computed, if computed.fract().is_zero() { 0 } else { 2 })
    );
    let d = a
        .diagnostic(&rules::CHANGE, spot, message)
        .numbers(field_of(&delta), delta.value, computed)
        .hint(crate::t!("audit-change-hint"));
    a.wrong(d);
}
