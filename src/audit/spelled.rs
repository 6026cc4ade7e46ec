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
                a.skip(
                    spot,
                    format!("\"({})\" does not read as one number", spelled.text),
                );
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
            let message = format!(
                "{} is written in words as \"{}\", which is {}",
                f.figure.text,
                spelled.text,
                shown(words)
            );
            let d = a
                .diagnostic(&rules::WORDS, spot, message)
                .numbers(field_of(&f.figure), f.figure.value, words)
                .hint("the digits are stated, the words computed: correct whichever is wrong");
            a.wrong(d);
        }
    }
}
