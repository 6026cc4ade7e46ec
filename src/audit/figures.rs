//! The figures of a sentence, as Indonesian prose writes them: `Rp19.953.434.175,00`,
//! `Rp. 20.415.736.000,-`, `Rp 19,95 miliar`, `19,95 M`, `98,84%`, `99.56 %`, `98,84 persen`,
//! `13 (tiga belas) indikator`, `Rp2.000.000 (dua juta rupiah)`.
//!
//! Digits that are part of a code (`076.01.CQ`, `SP DIPA-076.01.2.670714/2023`, `M1-4`, `S1`)
//! are no figure. A reading in doubt keeps its reason ([`Figure::doubt`]), so a claim resting
//! on it is skipped, never reported.

use super::words;
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Money: written with `Rp`/`IDR`, `rupiah`, or a scale word in a sentence about money.
    Amount,
    /// `98,84%`, `98,84 persen`.
    Percent,
    /// Anything else: a count (`13 indikator`), a day of a date, a year.
    Number,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub kind: Kind,
    pub value: Decimal,
    /// One unit of the last digit written: 0,01 for `98,84%`, 10 000 000 for `19,95 miliar`,
    /// 1 for `Rp19.953.434.175`.
    pub unit: Decimal,
    /// Written with a scale word (`19,95 miliar`): a rounded figure.
    pub scaled: bool,
    /// Byte offsets in the sentence: from `Rp` to `%` or the scale word.
    pub start: usize,
    pub end: usize,
    /// As written.
    pub text: String,
    /// Words in brackets right after the figure (`(dua puluh miliar rupiah)`).
    pub spelled: Option<Spelled>,
    /// The word after a number (`indikator` in `13 (tiga belas) indikator`), lower case.
    pub noun: Option<String>,
    /// Why the reading is in doubt (`1.500%`: 1,5 or 1 500?).
    pub doubt: Option<String>,
    /// Four digits between 1900 and 2100 with no separator: a year.
    pub year: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spelled {
    /// The number the words write; `None` when they do not read as one.
    pub value: Option<Decimal>,
    pub text: String,
}

impl Figure {
    pub fn is_money(&self) -> bool {
        self.kind == Kind::Amount
    }

    pub fn is_percent(&self) -> bool {
        self.kind == Kind::Percent
    }
}

/// Words that make a bare number with a scale (`19,95 M`) an amount.
const MONEY_WORDS: [&str; 8] = [
    "anggaran",
    "pagu",
    "realisasi",
    "dana",
    "belanja",
    "rupiah",
    "biaya",
    "dipa",
];

/// Words that may follow a bare scaled amount (`19,95 M atau …`); any other word makes it a
/// count (`5 juta pemilih`).
const LINK_WORDS: [&str; 14] = [
    "atau",
    "dari",
    "dan",
    "sehingga",
    "yang",
    "untuk",
    "pada",
    "dengan",
    "serta",
    "sedangkan",
    "maka",
    "rupiah",
    "di",
    "ke",
];

/// A bare `M` is miliar only right after a word about money (`anggaran 19,95 M`).
fn fig_context_money(before: &str) -> bool {
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(3)
        .map(str::to_lowercase)
        .collect();
    words
        .iter()
        .any(|w| MONEY_WORDS.iter().any(|m| w.contains(m)) || w == "sebesar" || w == "senilai")
}

/// Every figure of a sentence, in order.
pub fn find(sentence: &str) -> Vec<Figure> {
    let bytes = sentence.as_bytes();
    let lower = sentence.to_lowercase();
    let money_sentence = lower.contains("rp") || MONEY_WORDS.iter().any(|w| lower.contains(w));
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let run_end = digit_run(bytes, i);
        if let Some(f) = figure_at(sentence, i, run_end, money_sentence) {
            i = f.end.max(run_end);
            out.push(f);
        } else {
            i = run_end;
        }
    }
    out
}

/// The end of a run of digits and single separators between digits.
fn digit_run(bytes: &[u8], start: usize) -> usize {
    let mut e = start;
    while e < bytes.len() {
        let b = bytes[e];
        let between = (b == b'.' || b == b',') && bytes.get(e + 1).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_digit() || between {
            e += 1;
        } else {
            break;
        }
    }
    e
}

fn figure_at(s: &str, start: usize, end: usize, money_sentence: bool) -> Option<Figure> {
    let run = &s[start..end];
    // The currency right before: `Rp`, `Rp.`, `Rp `, `IDR`.
    let before = &s[..start];
    let currency_at = currency_start(before);
    if currency_at.is_none() {
        // A code: a letter, `/`, `-` or `.` right before the digits (`M1-4`, `DIPA-076`).
        if let Some(c) = before.chars().next_back() {
            if c.is_alphanumeric() || matches!(c, '/' | '-' | '_' | '.' | ',') {
                return None;
            }
        }
    }
    let mut e = end;
    // `,-` or `.-`: no cents.
    let no_cents = s[e..].starts_with(",-") || s[e..].starts_with(".-");
    if no_cents {
        e += 2;
    }
    // A letter or `/` right after the digits is a code (`076.01.CQ`, `2023/2024`), unless it
    // is a suffix that makes the figure (`19,95M`, `99%`).
    let after = &s[e..];
    let (suffix, suffix_len) = suffix(after);
    if suffix.is_none() {
        if let Some(c) = after.chars().next() {
            if c.is_alphanumeric()
                || c == '/'
                || (c == '.' && after[1..].starts_with(|c: char| c.is_alphabetic()))
            {
                return None;
            }
            if (c == '-' || c == '–')
                && after[c.len_utf8()..].starts_with(|c: char| c.is_ascii_digit())
                && currency_at.is_none()
            {
                // `2020-2024`, `1-4`: a range, no figure of its own.
                return None;
            }
        }
    }
    let figure_end = e + suffix_len;
    let mut fig = Figure {
        kind: Kind::Number,
        value: Decimal::ZERO,
        unit: Decimal::ONE,
        scaled: false,
        start: currency_at.unwrap_or(start),
        end: figure_end,
        text: String::new(),
        spelled: None,
        noun: None,
        doubt: None,
        year: false,
    };
    match suffix {
        Some(Suffix::Percent) => {
            let (value, unit, doubt) = decimal_comma(run)?;
            fig.kind = Kind::Percent;
            fig.value = value;
            fig.unit = unit;
            fig.doubt = doubt;
        }
        Some(Suffix::Scale(power, is_m)) => {
            let (mantissa, unit, doubt) = decimal_comma(run)?;
            let next = after_word(&s[figure_end..]).map(str::to_lowercase);
            let money = currency_at.is_some() || next.as_deref() == Some("rupiah");
            // `5 juta pemilih` is a count; `19,95 M` a bare amount only where money is spoken of.
            let bare_ok = money_sentence
                && next.as_deref().is_none_or(|w| LINK_WORDS.contains(&w))
                && (!is_m || fig_context_money(before));
            if !money && !bare_ok {
                return None;
            }
            let scale = Decimal::from(10u64.pow(3 * power));
            fig.kind = Kind::Amount;
            // Past a decimal's range (`94.405.608.160.011.315.798 miliar`) it is no figure.
            fig.value = mantissa.checked_mul(scale)?;
            fig.unit = unit.checked_mul(scale)?;
            fig.scaled = true;
            fig.doubt = doubt;
        }
        None => {
            let money = currency_at.is_some() || after_word(&s[figure_end..]) == Some("rupiah");
            if money {
                let written = &s[start..e];
                let parsed = crate::numbers::parse_amount(written).ok()??;
                fig.kind = Kind::Amount;
                fig.value = parsed.value;
                fig.unit = if parsed.value.fract().is_zero() && !has_cents(written) {
                    Decimal::ONE
                } else {
                    Decimal::new(1, 2)
                };
            } else {
                let (value, unit, doubt) = plain_number(run)?;
                fig.value = value;
                fig.unit = unit;
                fig.doubt = doubt;
                fig.year = run.len() == 4
                    && run.bytes().all(|b| b.is_ascii_digit())
                    && (1900..=2100).contains(&value.trunc().try_into().unwrap_or(0i64));
            }
        }
    }
    // `99.56% persen`: the word says again what the sign said.
    let mut tail = figure_end;
    if fig.kind == Kind::Percent {
        let rest = &s[tail..];
        let trimmed = rest.trim_start();
        if let Some(r) = strip_word(trimmed, "persen") {
            tail += rest.len() - r.len();
        }
    }
    fig.end = tail;
    fig.text = s[fig.start..fig.end].trim().to_string();
    // Words in brackets right after, then the noun.
    let rest = &s[fig.end..];
    let trimmed = rest.trim_start();
    let mut noun_from = fig.end;
    if let Some(inner) = trimmed.strip_prefix('(') {
        if let Some(close) = inner.find(')') {
            let words_text = &inner[..close];
            if let Some(spelled) = spelled(words_text) {
                fig.spelled = Some(spelled);
                noun_from = fig.end + (rest.len() - trimmed.len()) + 1 + close + 1;
            }
        }
    }
    if fig.kind == Kind::Number {
        fig.noun = after_word(&s[noun_from..]).map(str::to_lowercase);
    }
    Some(fig)
}

fn has_cents(written: &str) -> bool {
    // `,00` or `.00` at the end: two decimals written.
    let b = written.as_bytes();
    b.len() > 3
        && matches!(b[b.len() - 3], b',' | b'.')
        && b[b.len() - 2..].iter().all(u8::is_ascii_digit)
}

/// Where `Rp`, `Rp.` or `IDR` starts, when the text ends with it (and spaces).
fn currency_start(before: &str) -> Option<usize> {
    let t = before.trim_end_matches([' ', '\u{a0}']);
    let t2 = t.strip_suffix('.').unwrap_or(t);
    for cur in ["Rp", "RP", "rp", "IDR"] {
        if let Some(head) = t2.strip_suffix(cur) {
            if !head.chars().next_back().is_some_and(char::is_alphanumeric) {
                return Some(head.len());
            }
        }
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Suffix {
    Percent,
    /// A power of a thousand, and whether it was the bare `M`.
    Scale(u32, bool),
}

/// `%`, `persen`, or a scale word right after a number, and the bytes it takes (with the
/// spaces before it).
fn suffix(after: &str) -> (Option<Suffix>, usize) {
    let trimmed = after.trim_start_matches([' ', '\u{a0}']);
    let gap = after.len() - trimmed.len();
    if trimmed.starts_with('%') {
        return (Some(Suffix::Percent), gap + 1);
    }
    let word: String = trimmed
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '.')
        .collect();
    let bare = word.trim_end_matches('.');
    let found = match bare.to_lowercase().as_str() {
        "persen" | "percent" | "prosen" => Some(Suffix::Percent),
        "ribu" | "rb" => Some(Suffix::Scale(1, false)),
        "juta" | "jt" => Some(Suffix::Scale(2, false)),
        "miliar" | "milyar" | "m" if bare != "m" => Some(Suffix::Scale(3, bare == "M")),
        "triliun" => Some(Suffix::Scale(4, false)),
        _ => None,
    };
    match found {
        Some(s) => {
            // `rb.`/`jt.`: the abbreviation's dot is part of it.
            let len = if word.ends_with('.') && matches!(bare, "rb" | "jt" | "M") {
                bare.len() + 1
            } else {
                bare.len()
            };
            (Some(s), gap + len)
        }
        None => (None, 0),
    }
}

fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let head = text.get(..word.len())?;
    if !head.eq_ignore_ascii_case(word) {
        return None;
    }
    let rest = &text[word.len()..];
    (!rest.starts_with(|c: char| c.is_alphanumeric())).then_some(rest)
}

/// The next word, when one follows (after spaces).
fn after_word(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let end = t.find(|c: char| !c.is_alphabetic()).unwrap_or(t.len());
    (end > 0).then(|| &t[..end])
}

/// The most decimal places a [`Decimal`] has.
const MAX_DP: u32 = 28;

/// A number as Indonesian prose writes a percentage or a scaled amount: a comma is the decimal
/// point, a dot before three digits groups thousands, a dot before other than three digits is
/// a decimal point (`99.56`). A lone `.` or `,` before three digits (`1.500`, `19,950`) is in
/// doubt. Returns the value, one unit of its last digit, and the doubt.
fn decimal_comma(run: &str) -> Option<(Decimal, Decimal, Option<String>)> {
    let dots = run.matches('.').count();
    let commas = run.matches(',').count();
    let (int, frac, doubt) = match (dots, commas) {
        (0, 0) => (run.to_string(), String::new(), None),
        (_, 1) => {
            let (i, f) = run.split_once(',')?;
            (i.replace('.', ""), f.to_string(), None)
        }
        (1, 0) => {
            let (i, f) = run.split_once('.')?;
            if f.len() == 3 {
                (
                    format!("{i}{f}"),
                    String::new(),
                    Some(crate::t!(
                        "audit-figure-dot-doubt",
                        run = run,
                        thousands = format!("{i}{f}"),
                        decimal = format!("{i},{f}")
                    )),
                )
            } else {
                (i.to_string(), f.to_string(), None)
            }
        }
        (0, _) => {
            // `10,069,050` the English way: thousands.
            (run.replace(',', ""), String::new(), None)
        }
        _ => {
            if dots > 1 && commas == 0 {
                (run.replace('.', ""), String::new(), None)
            } else {
                return None;
            }
        }
    };
    let whole: Decimal = int.parse().ok()?;
    // More decimals than a decimal holds (28) is no figure a report states.
    let dp = u32::try_from(frac.len()).ok().filter(|&dp| dp <= MAX_DP)?;
    let value = if frac.is_empty() {
        whole
    } else {
        let f: Decimal = frac.parse().ok()?;
        whole.checked_add(f.checked_mul(Decimal::new(1, dp))?)?
    };
    Some((value, Decimal::new(1, dp), doubt))
}

/// A number that is no money and no percentage: `13`, `1.250`, `2,5`.
fn plain_number(run: &str) -> Option<(Decimal, Decimal, Option<String>)> {
    if run.bytes().all(|b| b.is_ascii_digit()) {
        return Some((run.parse().ok()?, Decimal::ONE, None));
    }
    decimal_comma(run)
}

/// The words in brackets after a figure, when they write a number (`dua puluh miliar …
/// rupiah`); `None` when they hold no number word at all (`(076.01.CQ)`, `(LKj)`).
fn spelled(inner: &str) -> Option<Spelled> {
    let lower = inner.to_lowercase();
    let mut tokens: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .collect();
    if !tokens.iter().any(|t| words::is_number_word(t)) {
        return None;
    }
    while tokens
        .last()
        .is_some_and(|t| matches!(*t, "rupiah" | "persen" | "prosen" | "percent"))
    {
        tokens.pop();
    }
    Some(Spelled {
        value: words::parse(&tokens),
        text: inner.trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// Past a decimal's range (7.9 × 10²⁸) no figure is read, and nothing panics (found by the
    /// number fuzz target): 94 405 608 160 011 315 798 × 10⁹ ≈ 9.4 × 10³⁴; 29 decimals are one
    /// more than a decimal holds. The ordinary pagu beside them is still read.
    #[test]
    fn a_figure_past_a_decimals_range_is_no_figure() {
        let f = find("anggaran sebesar Rp94.405.608.160.011.315.798,0 miliar dari pagu Rp20.000");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].value, d("20000"));
        assert!(find("capaian 0,00000000000000000000000000001% dari target").is_empty());
    }

    #[test]
    fn amounts_as_prose_writes_them() {
        let f =
            find("realisasi sebesar Rp19.953.434.175,00 atau 98,84% dari pagu Rp20.417.906.000");
        assert_eq!(f.len(), 3);
        assert_eq!(
            (f[0].kind, f[0].value, f[0].unit),
            (Kind::Amount, d("19953434175"), d("0.01"))
        );
        assert_eq!(
            (f[1].kind, f[1].value, f[1].unit),
            (Kind::Percent, d("98.84"), d("0.01"))
        );
        assert_eq!(f[2].value, d("20417906000"));
        let f =
            find("sebesar Rp. 18.256.293.000,- dan Rp 19,95 miliar, atau realisasi 19,95 M dari anggaran");
        assert_eq!(f[0].value, d("18256293000"));
        assert_eq!(f[0].text, "Rp. 18.256.293.000,-");
        assert_eq!(
            (f[1].value, f[1].unit, f[1].scaled),
            (d("19950000000"), d("10000000"), true)
        );
        // A bare `M` is miliar right after a word about money; `kelas 3 M` is none.
        assert_eq!((f[2].value, f[2].kind), (d("19950000000"), Kind::Amount));
        assert!(find("atau 19,95 M dari")
            .iter()
            .all(|f| f.kind != Kind::Amount));
        let f = find("serapan 99.56 % dan 99.56% persen lalu 98,84 persen");
        assert_eq!(
            f.iter().map(|f| f.value).collect::<Vec<_>>(),
            [d("99.56"); 3]
                .iter()
                .take(2)
                .cloned()
                .chain([d("98.84")])
                .collect::<Vec<_>>()
        );
        assert!(f.iter().all(|f| f.kind == Kind::Percent));
    }

    #[test]
    fn codes_are_no_figures() {
        assert!(
            find("DIPA Nomor : SP DIPA-076.01.2.670714/2023 dan (076.01.CQ) M1-4 S1").is_empty()
        );
        let f = find("periode 2020-2024 pada 31 Desember 2023");
        assert_eq!(
            f.iter().map(|f| f.value).collect::<Vec<_>>(),
            vec![d("31"), d("2023")]
        );
        assert!(f[1].year);
    }

    #[test]
    fn words_in_brackets() {
        let f = find("ke dalam 2 (dua) program dan 13 (tiga belas) indikator kinerja");
        assert_eq!(f[0].spelled.as_ref().unwrap().value, Some(d("2")));
        assert_eq!(f[0].noun.as_deref(), Some("program"));
        assert_eq!(f[1].noun.as_deref(), Some("indikator"));
        let f = find("sebesar Rp2.950.000,00 (dua juta sembilan ratus lima puluh ribu rupiah).");
        assert_eq!(f[0].spelled.as_ref().unwrap().value, Some(d("2950000")));
    }

    #[test]
    fn doubt_is_kept() {
        let f = find("naik 1.500% dari tahun lalu");
        assert!(f[0].doubt.is_some());
    }
}
