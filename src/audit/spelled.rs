//! `words`: a number in words beside the same number in digits.

use super::figures::Kind;
use super::{field_of, rules, Audit};
use crate::numbers::format_angka;

pub fn check(a: &mut Audit) {
    for i in 0..a.said.len() {
        let figs = a.said[i].sentence.figures.clone();
        for f in figs {
            let Some(spelled) = &f.figure.spelled else {
                continue;
            };
            let text = a.said[i].text();
            let end = text[f.figure.end..]
                .find(')')
                .map_or(f.figure.end, |k| f.figure.end + k + 1);
            let spot = a.spot(&a.said[i], f.figure.start, end);
            let Some(words) = spelled.value else {
                a.skip(spot, crate::t!("audit-words-unread", words = &spelled.text));
                continue;
            };
            if let Some(doubt) = &f.figure.doubt {
                a.skip(spot, doubt.clone());
                continue;
            }
            if words == f.figure.value {
                a.holds();
                continue;
            }
            let shown = |v| match f.figure.kind {
                Kind::Percent => format!("{}%", format_angka(v, 2)),
                _ => format_angka(v, if v.fract().is_zero() { 0 } else { 2 }),
            };
            let message = crate::t!(
                "audit-words-wrong",
                figure = &f.figure.text,
                words = &spelled.text,
                computed = shown(words)
            );
            let d = a
                .diagnostic(&rules::WORDS, spot, message)
                .numbers(field_of(&f.figure), f.figure.value, words)
                .hint(crate::t!("audit-words-hint"));
            a.wrong(d);
        }
    }
}
