//! Targets and realisasi as people write them in a PK or RAK cell: a percentage
//! (`97,5%`), a count with a unit (`1 Laporan`), a grade (`B`, `WTP`), or prose.
//!
//! # Numbers
//!
//! The number before the `%` or unit is read by
//! [`parse_target_number`](crate::numbers::parse_target_number), with the separator
//! rule every number in lakip follows (`1.000 Laporan` is a thousand, `1,000` and
//! `1.500%` are not). A text it does not read is kept as [`Target::Text`]; no sign
//! is read, as a target is never negative.
//!
//! # Comparators
//!
//! A target may say which side of it is good: `≥ 77,5%`, `>= 80%`, `Min. 90%`,
//! `Minimal B`, `Paling sedikit 12 Kali` (at least), `≤ 2 Hari`, `<= 5%`,
//! `Maks. 2%`, `Maksimal 3 Hari`, `Paling lama 14 Hari` (at most). [`parse`]
//! reads the value after the comparator, and [`bound`] says which it was; a
//! label before the value (`Nilai B`, `Predikat BB`, `Opini WTP`) is left out.

use crate::numbers::{parse_target_number, TargetKind};
use rust_decimal::Decimal;
use serde::Serialize;
use std::cmp::Ordering;

/// A target or realisasi, typed as far as its text allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Target {
    /// `100%`, `97,5%`, `100,0%`, `99.56 %`, `75 persen`: in percent units (97.5).
    Percent { value: Decimal },
    /// `1 Laporan`, `12 Bulan/Layanan`, `24 kegiatan`, `10 kali`, `2 Lap`; also a
    /// bare number `100` (unit ""). The unit is kept as written.
    Count { value: Decimal, unit: String },
    /// `B`, `BB`, `A`, `AA`, `CC`, `C`, `D`, `WTP`, `WDP`, `TW`, `TMP`, in capitals.
    Grade { grade: String },
    /// Anything else (`10 PPK dan 133 PPS`): not computable; the caller keeps the text.
    Text,
}

/// Reads a target or realisasi cell; `None` for an empty cell or a dash, which
/// mean "nothing written" rather than a value.
///
/// A count's unit must contain a letter and no digit, so a cell holding two
/// figures (`10 PPK dan 133 PPS`) is [`Target::Text`], not a count of 10.
pub fn parse(text: &str) -> Option<Target> {
    let s = text.trim();
    if s.is_empty() || DASHES.contains(&s) {
        return None;
    }
    let typed = typed(s).or_else(|| {
        let (_, value) = split_bound(s);
        (value.len() < s.len()).then(|| typed(value)).flatten()
    });
    Some(typed.unwrap_or(Target::Text))
}

/// A bare number (`77,5`, `≥ 12`) in the unit a Satuan column gives it: `77,5%` for a
/// percent unit (`%`, `Persen`, `Persentase`), `12 Laporan` for another; `None` when the text
/// is no bare number (it has its unit, or is a grade or prose) or the unit is empty.
pub fn in_unit(text: &str, unit: &str) -> Option<String> {
    let unit = unit.split_whitespace().collect::<Vec<_>>().join(" ");
    let bare = matches!(parse(text), Some(Target::Count { unit: ref u, .. }) if u.is_empty());
    if !bare || unit.is_empty() || DASHES.contains(&unit.as_str()) {
        return None;
    }
    let text = text.trim();
    Some(match is_percent_unit(&unit) {
        true => format!("{text}%"),
        false => format!("{text} {unit}"),
    })
}

/// `%`, `persen`, `persentase` (any case).
pub fn is_percent_unit(unit: &str) -> bool {
    let unit = unit.trim().trim_end_matches('.').to_lowercase();
    matches!(unit.as_str(), "%" | "persen" | "persentase" | "(%)")
}

/// Which side of a target is good, as its comparator says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bound {
    /// `≥`, `>=`, `Min.`, `Minimal`, `Paling sedikit`: the realisasi should reach it.
    AtLeast,
    /// `≤`, `<=`, `Maks.`, `Maksimal`, `Paling lama`: the realisasi should stay under it.
    AtMost,
}

/// The comparator a target is written with, and the words it is written in (`Maks.`, `≤`);
/// `None` for a target without one, or one whose value after the comparator is no number or
/// grade (`Minimal sekali`).
pub fn bound(text: &str) -> Option<(Bound, &str)> {
    let (found, value) = split_bound(text.trim());
    let (bound, written) = found?;
    typed(value).map(|_| (bound, written.trim()))
}

/// At least, then at most: the longest form of each first, so `Maksimal` is not `Maks`.
const AT_LEAST: [&str; 13] = [
    "sekurang-kurangnya",
    "tidak kurang dari",
    "paling sedikit",
    "setidaknya",
    "minimum",
    "minimal",
    "min.",
    "min",
    "≥",
    ">=",
    "=>",
    "⩾",
    ">",
];
const AT_MOST: [&str; 16] = [
    "selambat-lambatnya",
    "tidak lebih dari",
    "paling banyak",
    "paling lama",
    "maksimum",
    "maksimal",
    "maximum",
    "maks.",
    "maks",
    "max.",
    "max",
    "≤",
    "<=",
    "=<",
    "⩽",
    "<",
];

/// Words naming what the value is, left out before it (`Nilai B`, `Predikat Minimal BB`).
const LABELS: [&str; 5] = ["nilai", "predikat", "opini", "kategori", "skor"];

/// The comparator (with the words it is written in) and the value after it, labels left out
/// on either side of the comparator.
fn split_bound(s: &str) -> (Option<(Bound, &str)>, &str) {
    // A value written first (`100%`, `12 Laporan`) has neither: every label and comparator
    // begins with a letter or a symbol. Asked of each target a check compares.
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        return (None, s);
    }
    let s = strip_label(s);
    let forms = AT_LEAST
        .iter()
        .map(|f| (Bound::AtLeast, *f))
        .chain(AT_MOST.iter().map(|f| (Bound::AtMost, *f)));
    for (bound, form) in forms {
        if let Some(rest) = strip_word(s, form) {
            return (Some((bound, &s[..s.len() - rest.len()])), strip_label(rest));
        }
    }
    (None, s)
}

/// `s` without a leading label word.
fn strip_label(s: &str) -> &str {
    LABELS.iter().find_map(|l| strip_word(s, l)).unwrap_or(s)
}

/// The rest of `s` after `word` (any case), when `word` is a whole word there: a symbol, or
/// letters followed by no letter.
fn strip_word<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let head = s.get(..word.len())?;
    if !head.eq_ignore_ascii_case(word) {
        return None;
    }
    let rest = &s[word.len()..];
    let letters = word.ends_with(char::is_alphabetic);
    if letters && rest.starts_with(char::is_alphabetic) {
        return None;
    }
    let rest = rest.trim_start_matches([' ', '\u{a0}', ':']);
    (!rest.is_empty()).then_some(rest)
}

/// A value with nothing before it: a percentage, a grade or a count.
fn typed(s: &str) -> Option<Target> {
    parse_percent(s)
        .or_else(|| parse_grade(s))
        .or_else(|| parse_count(s))
}

/// True when two units name the same thing, so their counts can be divided.
///
/// Deliberately simple: both are lowercased, trimmed, stripped of one trailing
/// `.`, and runs of whitespace become one space; then the abbreviations
/// `lap` = `laporan` and `dok` = `dokumen` are expanded. No other plural or
/// synonym handling: `Bulan/Layanan` and `Bulan` differ.
pub fn same_unit(a: &str, b: &str) -> bool {
    normalize_unit(a) == normalize_unit(b)
}

/// Rank of a grade within its own scale, counting up from the lowest = 1:
/// D 1, C 2, CC 3, B 4, BB 5, A 6, AA 7 (SAKIP evaluation) and
/// TMP 1, TW 2, WDP 3, WTP 4 (BPK audit opinion). Case-insensitive.
///
/// Ranks of different scales are not comparable: use [`compare_grades`].
pub fn grade_rank(g: &str) -> Option<u8> {
    locate_grade(g).map(|(_, rank)| rank)
}

/// Orders two grades of the same scale; `None` when either is not a grade or
/// they belong to different scales (`B` against `WTP` means nothing).
pub fn compare_grades(a: &str, b: &str) -> Option<Ordering> {
    let (scale_a, rank_a) = locate_grade(a)?;
    let (scale_b, rank_b) = locate_grade(b)?;
    (scale_a == scale_b).then(|| rank_a.cmp(&rank_b))
}

/// What "nothing written" looks like in a cell.
const DASHES: [&str; 4] = ["-", "\u{2212}", "\u{2013}", "\u{2014}"];

/// SAKIP evaluation grades, lowest first.
const LETTER_GRADES: [&str; 7] = ["D", "C", "CC", "B", "BB", "A", "AA"];

/// BPK audit opinions, lowest first: tidak menyatakan pendapat, tidak wajar,
/// wajar dengan pengecualian, wajar tanpa pengecualian.
const OPINION_GRADES: [&str; 4] = ["TMP", "TW", "WDP", "WTP"];

/// Unit abbreviations seen in the seeds, with the word they stand for.
const UNIT_ALIASES: [(&str, &str); 2] = [("lap", "laporan"), ("dok", "dokumen")];

/// Words that make a number a percentage, besides `%`.
const PERCENT_WORDS: [&str; 1] = ["persen"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GradeScale {
    Letter,
    Opinion,
}

fn locate_grade(g: &str) -> Option<(GradeScale, u8)> {
    let g = g.trim();
    let rank_in = |scale: &[&str]| {
        let index = scale.iter().position(|s| s.eq_ignore_ascii_case(g))?;
        u8::try_from(index + 1).ok()
    };
    rank_in(&LETTER_GRADES)
        .map(|r| (GradeScale::Letter, r))
        .or_else(|| rank_in(&OPINION_GRADES).map(|r| (GradeScale::Opinion, r)))
}

fn normalize_unit(unit: &str) -> String {
    let lower = unit.trim().to_lowercase();
    let lower = lower.strip_suffix('.').unwrap_or(&lower);
    let words: Vec<&str> = lower.split_whitespace().collect();
    let joined = words.join(" ");
    match UNIT_ALIASES.iter().find(|(short, _)| *short == joined) {
        Some((_, long)) => long.to_string(),
        None => joined,
    }
}

fn parse_percent(s: &str) -> Option<Target> {
    let body = s.strip_suffix('%')?.trim_end();
    let value = parse_target_number(body, TargetKind::Percent)?;
    Some(Target::Percent { value })
}

fn parse_grade(s: &str) -> Option<Target> {
    locate_grade(s)?;
    Some(Target::Grade {
        grade: s.to_uppercase(),
    })
}

fn parse_count(s: &str) -> Option<Target> {
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(s.len());
    let (number, unit) = s.split_at(split);
    let unit = unit.trim();
    if PERCENT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(unit)) {
        let value = parse_target_number(number, TargetKind::Percent)?;
        return Some(Target::Percent { value });
    }
    let value = parse_target_number(number, TargetKind::Count)?;
    is_unit(unit).then(|| Target::Count {
        value,
        unit: unit.to_string(),
    })
}

/// A unit names what is counted: empty (a bare number), or words without figures.
fn is_unit(unit: &str) -> bool {
    unit.is_empty()
        || (unit.chars().any(char::is_alphabetic) && !unit.chars().any(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    fn percent(s: &str) -> Target {
        Target::Percent { value: dec(s) }
    }

    fn count(v: &str, unit: &str) -> Target {
        Target::Count {
            value: dec(v),
            unit: unit.to_string(),
        }
    }

    fn grade(g: &str) -> Target {
        Target::Grade {
            grade: g.to_string(),
        }
    }

    #[test]
    fn seed_percentages() {
        for (text, want) in [
            ("100%", "100"),
            ("97,5%", "97.5"),
            ("100,0%", "100"),
            ("100,00%", "100"),
            ("98%", "98"),
            ("75%", "75"),
            ("99.56 %", "99.56"),
            ("99.93%", "99.93"),
            ("100 %", "100"),
            ("87,5%", "87.5"),
        ] {
            assert_eq!(parse(text), Some(percent(want)), "{text}");
        }
    }

    #[test]
    fn percent_word() {
        assert_eq!(parse("75 persen"), Some(percent("75")));
        assert_eq!(parse("97,5 Persen"), Some(percent("97.5")));
    }

    #[test]
    fn percent_single_dot_is_decimal() {
        assert_eq!(parse("1.500%"), Some(percent("1.5")));
    }

    #[test]
    fn seed_counts() {
        for (text, value, unit) in [
            ("1 Laporan", "1", "Laporan"),
            ("12 Bulan/Layanan", "12", "Bulan/Layanan"),
            ("24 kegiatan", "24", "kegiatan"),
            ("10 kali", "10", "kali"),
            ("17 Laporan", "17", "Laporan"),
            ("2 Lap", "2", "Lap"),
            ("1 Dokumen", "1", "Dokumen"),
            ("100", "100", ""),
            ("  8 Dokumen  ", "8", "Dokumen"),
        ] {
            assert_eq!(parse(text), Some(count(value, unit)), "{text}");
        }
    }

    #[test]
    fn count_numbers_indonesian() {
        assert_eq!(parse("1.000 Laporan"), Some(count("1000", "Laporan")));
        assert_eq!(parse("1.000.000"), Some(count("1000000", "")));
        assert_eq!(parse("2,5 Bulan"), Some(count("2.5", "Bulan")));
        assert_eq!(parse("1.000,5"), Some(count("1000.5", "")));
        assert_eq!(parse("99.56"), Some(count("99.56", "")));
        assert_eq!(parse("0.500"), Some(count("0.5", "")));
        assert_eq!(parse("1,000"), Some(count("1", "")));
    }

    #[test]
    fn seed_grades() {
        for g in [
            "B", "WTP", "BB", "A", "AA", "CC", "C", "D", "WDP", "TW", "TMP",
        ] {
            assert_eq!(parse(g), Some(grade(g)), "{g}");
        }
        assert_eq!(parse(" wtp "), Some(grade("WTP")));
    }

    #[test]
    fn seed_text() {
        let text = "10 PPK dan 133 PPS, Pantarh sesuai jumlah TPS";
        assert_eq!(parse(text), Some(Target::Text));
        for text in [
            "Berhasil",
            "1.23.456 Laporan",
            "1,2,3",
            "1.000,000.5",
            "%",
            "Lap 2",
        ] {
            assert_eq!(parse(text), Some(Target::Text), "{text}");
        }
    }

    #[test]
    fn comparators_read_the_value_after_them() {
        for (text, want, side, written) in [
            ("≥ 77,5%", percent("77.5"), Bound::AtLeast, "≥"),
            ("≥ 3,50", count("3.5", ""), Bound::AtLeast, "≥"),
            ("Min. 90%", percent("90"), Bound::AtLeast, "Min."),
            ("Minimal 90%", percent("90"), Bound::AtLeast, "Minimal"),
            (">= 80%", percent("80"), Bound::AtLeast, ">="),
            (
                "Paling sedikit 12 Kali",
                count("12", "Kali"),
                Bound::AtLeast,
                "Paling sedikit",
            ),
            ("Minimal B", grade("B"), Bound::AtLeast, "Minimal"),
            ("Maks. 2%", percent("2"), Bound::AtMost, "Maks."),
            ("Maks 2%", percent("2"), Bound::AtMost, "Maks"),
            ("≤ 2 Hari", count("2", "Hari"), Bound::AtMost, "≤"),
            ("<= 5%", percent("5"), Bound::AtMost, "<="),
            (
                "Maksimal 3 Hari",
                count("3", "Hari"),
                Bound::AtMost,
                "Maksimal",
            ),
            (
                "Paling lama 14 Hari",
                count("14", "Hari"),
                Bound::AtMost,
                "Paling lama",
            ),
            ("≤2 Hari", count("2", "Hari"), Bound::AtMost, "≤"),
            ("Nilai Minimal BB", grade("BB"), Bound::AtLeast, "Minimal"),
        ] {
            assert_eq!(parse(text), Some(want), "{text}");
            assert_eq!(bound(text), Some((side, written)), "{text}");
        }
    }

    #[test]
    fn a_satuan_gives_a_bare_number_its_unit() {
        assert_eq!(in_unit("77,5", "%").as_deref(), Some("77,5%"));
        assert_eq!(in_unit("77.5", "Persen").as_deref(), Some("77.5%"));
        assert_eq!(in_unit("12", " Laporan ").as_deref(), Some("12 Laporan"));
        assert_eq!(
            in_unit("≥ 3,50", "Indeks").as_deref(),
            Some("≥ 3,50 Indeks")
        );
        // Already in a unit, a grade, prose, or no unit: nothing to add.
        assert_eq!(in_unit("12 Laporan", "Laporan"), None);
        assert_eq!(in_unit("95%", "%"), None);
        assert_eq!(in_unit("B", "Nilai"), None);
        assert_eq!(in_unit("12", ""), None);
        assert_eq!(in_unit("12", "-"), None);
    }

    #[test]
    fn a_label_before_the_value_is_left_out() {
        assert_eq!(parse("Nilai B"), Some(grade("B")));
        assert_eq!(parse("Opini WTP"), Some(grade("WTP")));
        assert_eq!(bound("Nilai B"), None);
    }

    #[test]
    fn words_that_only_begin_like_a_comparator_are_text() {
        // `Minggu` is no `Min`, and a comparator before prose leaves the prose.
        assert_eq!(parse("Minggu ke 2"), Some(Target::Text));
        assert_eq!(parse("Minimal sekali"), Some(Target::Text));
        assert_eq!(bound("Minimal sekali"), None);
        assert_eq!(bound("95%"), None);
        assert_eq!(parse("Maks."), Some(Target::Text));
    }

    #[test]
    fn nothing_written() {
        for text in ["", "   ", "-", " - ", "\u{2013}", "\u{2014}"] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn units() {
        assert!(same_unit("Laporan", "laporan"));
        assert!(same_unit("Lap", "Laporan"));
        assert!(same_unit("Lap.", " laporan "));
        assert!(same_unit("Dok", "Dokumen"));
        assert!(same_unit("Bulan  Layanan", "bulan layanan"));
        assert!(same_unit("", ""));
        assert!(!same_unit("Bulan/Layanan", "Bulan"));
        assert!(!same_unit("Laporan", "Dokumen"));
        assert!(!same_unit("kali", ""));
    }

    #[test]
    fn grade_ranks() {
        let letters: Vec<_> = ["D", "C", "CC", "B", "BB", "A", "AA"]
            .iter()
            .map(|g| grade_rank(g))
            .collect();
        assert_eq!(letters, (1..=7).map(Some).collect::<Vec<_>>());
        assert_eq!(grade_rank("TMP"), Some(1));
        assert_eq!(grade_rank("wtp"), Some(4));
        assert_eq!(grade_rank("Baik"), None);
    }

    #[test]
    fn grade_comparison_within_one_scale() {
        assert_eq!(compare_grades("AA", "A"), Some(Ordering::Greater));
        assert_eq!(compare_grades("BB", "B"), Some(Ordering::Greater));
        assert_eq!(compare_grades("C", "CC"), Some(Ordering::Less));
        assert_eq!(compare_grades("WDP", "WTP"), Some(Ordering::Less));
        assert_eq!(compare_grades("TW", "tw"), Some(Ordering::Equal));
        assert_eq!(compare_grades("B", "WTP"), None);
        assert_eq!(compare_grades("B", "Baik"), None);
    }

    #[test]
    fn serializes_with_type_tag() {
        let json = |t: Option<Target>| serde_json::to_string(&t.unwrap()).unwrap();
        assert_eq!(json(parse("97,5%")), r#"{"type":"percent","value":"97.5"}"#);
        assert_eq!(
            json(parse("2 Lap")),
            r#"{"type":"count","value":"2","unit":"Lap"}"#
        );
        assert_eq!(json(parse("B")), r#"{"type":"grade","grade":"B"}"#);
        assert_eq!(json(parse("100,0%")), r#"{"type":"percent","value":"100"}"#);
        assert_eq!(json(parse("10 PPK dan 133 PPS")), r#"{"type":"text"}"#);
    }

    proptest! {
        #[test]
        fn parse_never_panics(s in ".*") {
            let _ = parse(&s);
        }

        #[test]
        fn written_percent_reads_back(units in 0i64..100_000_000) {
            let v = Decimal::new(units, 2);
            let text = format!("{v}%").replace('.', ",");
            prop_assert_eq!(parse(&text), Some(Target::Percent { value: v }));
        }
    }
}
