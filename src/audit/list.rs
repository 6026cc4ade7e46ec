//! `list`: a count and the list right after it. "terdapat 2 (dua) program, yaitu Program A dan
//! Program B", "4 (empat) kegiatan sebagai berikut:" and the numbered paragraphs under it: the
//! count must be the number of items. A list is counted only when its items can be told apart
//! with confidence (numbered items; items split by `;`; names split by `,` and a last `dan`
//! where no item holds a `dan` of its own, or where every item starts with the counted noun);
//! otherwise the count is skipped (--verbose says why). A count whose words disagree with its
//! digits (`3 (empat)`) is left to `words`.

use super::figures::Kind;
use super::read::Block;
use super::sentence::words_of;
use super::{rules, Audit};
use crate::model::Field;
use rust_decimal::Decimal;

/// Words that open the list after a count.
const OPENERS: [&str; 4] = ["yaitu", "yakni", "meliputi", "berikut"];

/// Words that say the list names some, not all.
const SOME: [&str; 6] = [
    "antara",
    "diantaranya",
    "misalnya",
    "seperti",
    "termasuk",
    "contohnya",
];

/// Words before a number that names, not counts (`pasal 29 ayat 4`, `Tabel 2`).
const NAMING: [&str; 11] = [
    "tabel", "gambar", "bab", "pasal", "nomor", "no", "ayat", "lampiran", "grafik", "huruf",
    "angka",
];

/// Words a count of things may not be (a count of days or of money is no list's length).
const NOT_COUNTED: [&str; 10] = [
    "persen", "hari", "bulan", "tahun", "kali", "orang", "jam", "menit", "minggu", "rupiah",
];

pub fn check(a: &mut Audit) {
    for i in 0..a.said.len() {
        let figs = a.said[i].sentence.figures.clone();
        for f in figs {
            let fig = &f.figure;
            if fig.kind != Kind::Number || fig.year || fig.unit != Decimal::ONE {
                continue;
            }
            let Some(noun) = fig.noun.clone() else {
                continue;
            };
            if NOT_COUNTED.contains(&noun.as_str()) || !fig.value.fract().is_zero() {
                continue;
            }
            let text = a.said[i].text().to_string();
            let after = &text[fig.end..];
            let Some(list_at) = opener(after) else {
                continue;
            };
            let before = words_of(&text[..fig.start]);
            if before.last().is_some_and(|w| NAMING.contains(&w.as_str())) {
                continue;
            }
            let spot = a.spot(&a.said[i], fig.start, text.len());
            if before
                .iter()
                .chain(words_of(&after[..list_at]).iter())
                .any(|w| SOME.contains(&w.as_str()))
            {
                a.skip(
                    spot,
                    crate::t!("audit-list-some", figure = &fig.text, noun = noun.as_str()),
                );
                continue;
            }
            // A table after it is `count`'s.
            if text.to_lowercase().contains("tabel ") {
                continue;
            }
            if fig
                .spelled
                .as_ref()
                .is_some_and(|s| s.value.is_some_and(|v| v != fig.value))
            {
                a.skip(
                    spot,
                    crate::t!(
                        "audit-list-words-disagree",
                        figure = &fig.text,
                        noun = noun.as_str()
                    ),
                );
                continue;
            }
            let rest = &after[list_at..];
            let counted = match items_inline(rest, &noun) {
                Items::Counted(n) => Ok(n),
                Items::Unclear(why) => Err(why),
                Items::None => items_after(a, i),
            };
            let counted = match counted {
                Ok(n) => n,
                Err(why) => {
                    a.skip(
                        spot,
                        crate::t!(
                            "audit-count-reason",
                            figure = &fig.text,
                            noun = noun.as_str(),
                            reason = why
                        ),
                    );
                    continue;
                }
            };
            if Decimal::from(counted) == fig.value {
                a.holds();
                continue;
            }
            let d = a
                .diagnostic(&rules::LIST, spot, list_message(&fig.text, &noun, counted))
                .numbers(Field::KTarget, fig.value, Decimal::from(counted))
                .hint(crate::t!("audit-list-hint"));
            a.wrong(d);
        }
    }
}

fn list_message(stated: &str, noun: &str, counted: usize) -> String {
    crate::t!(
        "audit-list-wrong",
        figure = stated,
        noun = noun,
        counted = counted
    )
}

/// Where the list starts after the counted noun: after `yaitu`, `sebagai berikut`, a `:`,
/// within the next few words.
fn opener(after: &str) -> Option<usize> {
    let mut seen = 0;
    for (k, word) in after.split_inclusive(char::is_whitespace).scan(0, |at, w| {
        let start = *at;
        *at += w.len();
        Some((start, w))
    }) {
        let bare = word
            .trim()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if OPENERS.contains(&bare.as_str()) || word.trim_end().ends_with(':') {
            let end = k + word.len();
            // `sebagai berikut:`, `yaitu:` — the colon is part of the opener.
            let rest = &after[end..];
            return Some(end + rest.len() - rest.trim_start_matches([':', ' ']).len());
        }
        seen += 1;
        if seen > 5 {
            return None;
        }
    }
    None
}

enum Items {
    /// Nothing after the opener in this sentence: the list is in the paragraphs after.
    None,
    Counted(usize),
    Unclear(String),
}

/// The items of a list written in the sentence after its opener.
fn items_inline(rest: &str, noun: &str) -> Items {
    let rest = rest.trim().trim_end_matches(['.', ';', ':']).trim();
    if rest.is_empty() {
        return Items::None;
    }
    // Numbered: `1. A sebesar … dan 2. B …`.
    let numbers: Vec<u32> = rest
        .split_whitespace()
        .filter_map(|w| w.strip_suffix(['.', ')'])?.parse().ok())
        .filter(|n| *n < 100)
        .collect();
    if numbers.first() == Some(&1) {
        let ordered = numbers.iter().enumerate().all(|(k, n)| *n == k as u32 + 1);
        return match ordered {
            true => Items::Counted(numbers.len()),
            false => Items::Unclear(crate::t!("audit-list-not-ordered")),
        };
    }
    let parts: Vec<&str> = match rest.contains(';') {
        true => rest.split(';').collect(),
        false => rest.split(',').collect(),
    };
    let mut items: Vec<String> = parts
        .iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    // The last `dan`/`serta` joins the last two items.
    let Some(last) = items.pop() else {
        return Items::Unclear(crate::t!("audit-list-empty"));
    };
    let last = last
        .strip_prefix("dan ")
        .or_else(|| last.strip_prefix("serta "))
        .unwrap_or(&last)
        .to_string();
    let joins = |s: &str| {
        words_of(s)
            .iter()
            .filter(|w| *w == "dan" || *w == "serta")
            .count()
    };
    match joins(&last) {
        0 => items.push(last),
        1 => {
            let lower = last.to_lowercase();
            let k = lower
                .find(" dan ")
                .or_else(|| lower.find(" serta "))
                .unwrap_or(0);
            let (a, b) = last.split_at(k);
            items.push(a.trim().to_string());
            items.push(b.trim().split_once(' ').map_or("", |x| x.1).to_string());
        }
        _ => {}
    }
    // Every item starts with the noun (`Program A, Program B dan Program C`): counted so.
    let starts = |s: &String| words_of(s).first().is_some_and(|w| w == noun);
    if items.len() >= 2 && items.iter().all(starts) {
        return Items::Counted(items.len());
    }
    if items.iter().any(|s| joins(s) > 0) || joins(&rest.replace(';', ",")) > 1 {
        return Items::Unclear(crate::t!("audit-list-dan"));
    }
    Items::Counted(items.len())
}

/// Paragraphs looked at after a list for its numbering going on (a list with a list nested
/// under an item).
const LOOK_AHEAD: usize = 40;

/// The numbered (`1.`, `a.`, `(1)`) paragraphs right after the sentence's paragraph, in
/// sequence from the first. No list when the sentence does not end its paragraph; in doubt
/// when the numbering goes on after a paragraph that is no item (a nested list).
fn items_after(a: &Audit, i: usize) -> Result<usize, String> {
    let para = a.said[i].para;
    if a.said[i].sentence.end < para.text.trim_end().len() {
        return Err(crate::t!("audit-list-none-follows"));
    }
    let mut n = 0;
    let mut ended = None;
    let mut after = false;
    for b in &a.text.blocks {
        let Block::Para(p) = b else {
            if after && ended.is_none() {
                ended = Some(0);
            }
            continue;
        };
        if p.seq == para.seq {
            after = true;
            continue;
        }
        if !after || p.chapter != para.chapter {
            continue;
        }
        match ended {
            None => match marker(&p.text) {
                Some(k) if k == n + 1 => n += 1,
                _ => ended = Some(0),
            },
            Some(seen) if seen >= LOOK_AHEAD => break,
            Some(seen) => {
                if n > 0 && marker(&p.text) == Some(n + 1) {
                    return Err(crate::t!("audit-list-nested", item = n + 1));
                }
                ended = Some(seen + 1);
            }
        }
    }
    match n {
        0 => Err(crate::t!("audit-list-none-follows")),
        n => Ok(n),
    }
}

/// The place of a list item by its marker: `1.` and `1)` and `(1)` are 1, `a.` is 1, `b)` 2.
fn marker(text: &str) -> Option<usize> {
    let first = text.split_whitespace().next()?;
    let body = first.trim_start_matches('(');
    let body = body.strip_suffix(['.', ')'])?;
    if let Ok(n) = body.parse::<usize>() {
        return Some(n);
    }
    let mut chars = body.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_lowercase() => Some(c as usize - 'a' as usize + 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inline(text: &str, noun: &str) -> Option<usize> {
        match items_inline(text, noun) {
            Items::Counted(n) => Some(n),
            _ => None,
        }
    }

    #[test]
    fn inline_lists() {
        assert_eq!(inline("Program A dan Program B.", "program"), Some(2));
        assert_eq!(inline("a, b, c, dan d.", "metode"), Some(4));
        assert_eq!(inline("a, b dan c", "x"), Some(3));
        assert_eq!(inline("perencanaan; pelaksanaan.", "tahapan"), Some(2));
        assert_eq!(
            inline("1. A sebesar Rp5 dan 2. B sebesar Rp6.", "program"),
            Some(2)
        );
        // `pengelolaan keuangan dan administrasi` may be one item or two.
        assert_eq!(
            inline("pendaftaran, keuangan dan administrasi dan lain", "x"),
            None
        );
        assert_eq!(inline("pendaftaran dan verifikasi, keuangan", "x"), None);
    }

    #[test]
    fn markers() {
        assert_eq!(marker("1. Pendaftaran"), Some(1));
        assert_eq!(marker("b) Pendaftaran"), Some(2));
        assert_eq!(marker("(3) x"), Some(3));
        assert_eq!(marker("Pendaftaran"), None);
    }
}
