//! Capaian (achievement, in percent) of one indikator from its target and realisasi.
//!
//! The formulas are those of DOMAIN.md:
//!
//! - higher is better: R ÷ T × 100;
//! - lower is better: (2T − R) ÷ T × 100, floored at 0;
//! - must equal the target: 100 when R = T, else 100 − |R − T| ÷ T × 100,
//!   floored at 0 (reduced by the relative deviation);
//! - grades: 100 when the grade reached is at least the target's; otherwise
//!   rank(R) ÷ rank(T) × 100, where ranks count up from the lowest grade of the
//!   scale = 1 (see [`grade_rank`]): target B (4), realisasi C (2) gives 50.
//!   Polarity does not apply to grades: a better grade is always better, and
//!   exceeding the target grade gives 100, not more;
//! - counts with a unit: R ÷ T on the numbers (with the polarity's formula),
//!   when the units are the same ([`same_unit`]). A percentage and a bare
//!   number (`100%` against `100`) count as the same unit; a bare number
//!   against a count with a unit (`12 Bulan` against `12`) does not.
//!
//! Arithmetic is exact up to `Decimal`'s 28 digits and rounded once at the
//! end, half-up to two decimals. An optional cap (agencies use 100, 110 or
//! 120) is applied before that rounding.

use super::round2;
use super::target::{compare_grades, grade_rank, same_unit, Target};
use rust_decimal::Decimal;
use serde::Serialize;
use std::cmp::Ordering;
use std::fmt;

/// Which direction of realisasi is good for an indikator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// Higher is better (most indikator): `naik`, `positif`.
    #[default]
    Higher,
    /// Lower is better (complaints, arrears): `turun`, `negatif`.
    Lower,
    /// The target itself is best (stabilise): `sama`, `stabil`.
    Equal,
}

impl Polarity {
    /// Reads a polarity from configuration, in English or Indonesian, any case:
    /// `higher|naik|positif`, `lower|turun|negatif`, `equal|sama|stabil`.
    pub fn from_name(name: &str) -> Option<Polarity> {
        match name.trim().to_lowercase().as_str() {
            "higher" | "naik" | "meningkat" | "positif" | "maximize" | "max" | "+" | "(+)" => {
                Some(Polarity::Higher)
            }
            "lower" | "turun" | "menurun" | "negatif" | "minimize" | "min" | "-" | "(-)" => {
                Some(Polarity::Lower)
            }
            "equal" | "sama" | "stabil" | "tetap" => Some(Polarity::Equal),
            other => Polarity::in_words(other).map(|(p, _)| p),
        }
    }

    /// The polarity a text states in words (`semakin kecil semakin baik`, `(-)`, `indikator
    /// negatif`), with the words: an indikator's name often carries it, where the table has
    /// no Polaritas column.
    pub fn in_words(text: &str) -> Option<(Polarity, &'static str)> {
        let lower = text.to_lowercase();
        let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
        POLARITY_WORDS
            .iter()
            .find(|(words, _)| lower.contains(words))
            .map(|(words, p)| (*p, *words))
    }
}

/// Words that state a polarity inside a text, the longest first.
const POLARITY_WORDS: [(&str, Polarity); 12] = [
    ("semakin kecil semakin baik", Polarity::Lower),
    ("semakin rendah semakin baik", Polarity::Lower),
    ("semakin sedikit semakin baik", Polarity::Lower),
    ("makin kecil makin baik", Polarity::Lower),
    ("makin rendah makin baik", Polarity::Lower),
    ("semakin besar semakin baik", Polarity::Higher),
    ("semakin tinggi semakin baik", Polarity::Higher),
    ("semakin banyak semakin baik", Polarity::Higher),
    ("indikator negatif", Polarity::Lower),
    ("(negatif)", Polarity::Lower),
    ("(-)", Polarity::Lower),
    ("(+)", Polarity::Higher),
];

/// A computed capaian with the formula that produced it, for reports and messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Capaian {
    /// Percent, rounded half-up to 2 decimals, after the cap.
    pub value: Decimal,
    /// Before the cap (rounded to 2 dp), for messages.
    pub uncapped: Decimal,
    /// Human-readable formula that produced it, in Indonesian notation, e.g.
    /// `R ÷ T × 100 = 100 ÷ 97,5 × 100`.
    pub formula: String,
    /// The cap applied, if it changed the value.
    pub capped_at: Option<Decimal>,
}

/// Why no capaian can be computed from a target and realisasi.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotComputable {
    TextTarget,
    TextRealisasi,
    /// A grade against a number.
    KindsDiffer,
    /// Units as written (`%` for a percentage, empty for a bare number).
    UnitsDiffer {
        target: String,
        realisasi: String,
    },
    /// Grades of different scales (`B` against `WTP`).
    GradesNotComparable,
    ZeroTarget,
    /// The arithmetic left `Decimal`'s range (absurdly large or small numbers).
    OutOfRange,
}

impl fmt::Display for NotComputable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            NotComputable::TextTarget => crate::t!("reason-text-target"),
            NotComputable::TextRealisasi => crate::t!("reason-text-realisasi"),
            NotComputable::KindsDiffer => crate::t!("reason-kinds-differ"),
            NotComputable::UnitsDiffer { target, realisasi } => crate::t!(
                "reason-units-differ",
                target = describe_unit(target),
                realisasi = describe_unit(realisasi),
            ),
            NotComputable::GradesNotComparable => crate::t!("reason-grades-not-comparable"),
            NotComputable::ZeroTarget => crate::t!("reason-zero-target"),
            NotComputable::OutOfRange => crate::t!("reason-out-of-range"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for NotComputable {}

/// Capaian of `realisasi` against `target`, by the module's formulas; `cap`
/// (100, 110 or 120 where an agency caps) limits the value.
pub fn capaian(
    target: &Target,
    realisasi: &Target,
    polarity: Polarity,
    cap: Option<Decimal>,
) -> Result<Capaian, NotComputable> {
    let raw = match (target, realisasi) {
        (Target::Text, _) => Err(NotComputable::TextTarget),
        (_, Target::Text) => Err(NotComputable::TextRealisasi),
        (Target::Grade { grade: t }, Target::Grade { grade: r }) => grade_capaian(t, r),
        (Target::Grade { .. }, _) | (_, Target::Grade { .. }) => Err(NotComputable::KindsDiffer),
        _ => number_capaian(target, realisasi, polarity),
    }?;
    Ok(apply_cap(raw, cap))
}

/// A capaian at full precision, before cap and rounding.
struct Raw {
    value: Decimal,
    formula: String,
}

/// What a number counts, for deciding whether two numbers can be divided.
#[derive(Debug, Clone, Copy)]
enum Measure<'a> {
    Percent,
    Bare,
    Unit(&'a str),
}

impl Measure<'_> {
    /// The unit as written, for [`NotComputable::UnitsDiffer`].
    fn label(self) -> String {
        match self {
            Measure::Percent => "%".to_string(),
            Measure::Bare => String::new(),
            Measure::Unit(u) => u.to_string(),
        }
    }
}

fn describe_unit(unit: &str) -> String {
    match unit {
        "" => crate::t!("reason-no-unit"),
        u => format!("{u:?}"),
    }
}

/// Rounds once and applies the cap; `capped_at` only when the cap changed the value.
fn apply_cap(raw: Raw, cap: Option<Decimal>) -> Capaian {
    let uncapped = round2(raw.value);
    let limited = cap.map_or(raw.value, |c| raw.value.min(c));
    let value = round2(limited);
    Capaian {
        value,
        uncapped,
        formula: raw.formula,
        capped_at: cap.filter(|_| value != uncapped),
    }
}

fn grade_capaian(target: &str, realisasi: &str) -> Result<Raw, NotComputable> {
    let order = compare_grades(realisasi, target).ok_or(NotComputable::GradesNotComparable)?;
    if order != Ordering::Less {
        return Ok(Raw {
            value: Decimal::ONE_HUNDRED,
            formula: format!("predikat R ≥ predikat T ({realisasi} ≥ {target})"),
        });
    }
    let rank = |g| grade_rank(g).map(Decimal::from);
    let (t, r) = rank(target)
        .zip(rank(realisasi))
        .ok_or(NotComputable::GradesNotComparable)?;
    Ok(Raw {
        value: percent_of(r, t)?,
        formula: format!(
            "peringkat R ÷ peringkat T × 100 = {r} ÷ {t} × 100 ({realisasi} < {target})"
        ),
    })
}

fn number_capaian(
    target: &Target,
    realisasi: &Target,
    polarity: Polarity,
) -> Result<Raw, NotComputable> {
    let (t, t_measure) = measure(target).ok_or(NotComputable::KindsDiffer)?;
    let (r, r_measure) = measure(realisasi).ok_or(NotComputable::KindsDiffer)?;
    let with_unit = same_measure(t_measure, r_measure)?;
    if t.is_zero() {
        return Err(NotComputable::ZeroTarget);
    }
    let (value, name, numbers) = match polarity {
        Polarity::Higher => higher(t, r)?,
        Polarity::Lower => lower(t, r)?,
        Polarity::Equal => equal(t, r)?,
    };
    let unit_note = if with_unit { " (satuan sama)" } else { "" };
    let formula = match numbers {
        Some(numbers) => format!("{name}{unit_note} = {numbers}"),
        None => format!("{name}{unit_note}"),
    };
    Ok(Raw { value, formula })
}

/// The number and what it counts; `None` for a grade or text.
fn measure(t: &Target) -> Option<(Decimal, Measure<'_>)> {
    match t {
        Target::Percent { value } => Some((*value, Measure::Percent)),
        Target::Count { value, unit } if unit.is_empty() => Some((*value, Measure::Bare)),
        Target::Count { value, unit } => Some((*value, Measure::Unit(unit))),
        Target::Grade { .. } | Target::Text => None,
    }
}

/// Whether the two can be divided; `Ok(true)` when both carry a unit.
fn same_measure(t: Measure<'_>, r: Measure<'_>) -> Result<bool, NotComputable> {
    match (t, r) {
        (Measure::Percent | Measure::Bare, Measure::Percent | Measure::Bare) => Ok(false),
        (Measure::Unit(a), Measure::Unit(b)) if same_unit(a, b) => Ok(true),
        _ => Err(NotComputable::UnitsDiffer {
            target: t.label(),
            realisasi: r.label(),
        }),
    }
}

/// Value, formula name, and the formula with the numbers filled in.
type Worked = (Decimal, &'static str, Option<String>);

fn higher(t: Decimal, r: Decimal) -> Result<Worked, NotComputable> {
    let numbers = format!("{} ÷ {} × 100", angka(r), angka(t));
    Ok((percent_of(r, t)?, "R ÷ T × 100", Some(numbers)))
}

fn lower(t: Decimal, r: Decimal) -> Result<Worked, NotComputable> {
    let two_t = t
        .checked_mul(Decimal::TWO)
        .ok_or(NotComputable::OutOfRange)?;
    let gap = two_t.checked_sub(r).ok_or(NotComputable::OutOfRange)?;
    let value = percent_of(gap, t)?;
    let mut numbers = format!("(2 × {} − {}) ÷ {} × 100", angka(t), angka(r), angka(t));
    if value < Decimal::ZERO {
        numbers.push_str(", minimal 0");
    }
    Ok((
        value.max(Decimal::ZERO),
        "(2T − R) ÷ T × 100",
        Some(numbers),
    ))
}

fn equal(t: Decimal, r: Decimal) -> Result<Worked, NotComputable> {
    if r == t {
        return Ok((Decimal::ONE_HUNDRED, "100 bila R = T", None));
    }
    let deviation = r.checked_sub(t).ok_or(NotComputable::OutOfRange)?.abs();
    let relative = percent_of(deviation, t)?;
    let value = Decimal::ONE_HUNDRED
        .checked_sub(relative)
        .ok_or(NotComputable::OutOfRange)?;
    let mut numbers = format!("100 − |{} − {}| ÷ {} × 100", angka(r), angka(t), angka(t));
    if value < Decimal::ZERO {
        numbers.push_str(", minimal 0");
    }
    Ok((
        value.max(Decimal::ZERO),
        "100 − |R − T| ÷ T × 100",
        Some(numbers),
    ))
}

/// part × 100 ÷ whole ([`super::percent_of`]); beyond range it cannot be computed.
fn percent_of(part: Decimal, whole: Decimal) -> Result<Decimal, NotComputable> {
    super::percent_of(part, whole).ok_or(NotComputable::OutOfRange)
}

/// A number in Indonesian notation for formulas: `97,5`, `1.000`, `20.415.736.000`: with the
/// decimals it has, none added.
fn angka(d: Decimal) -> String {
    let d = d.normalize();
    crate::numbers::format_angka(d, d.scale())
}

#[cfg(test)]
mod tests {
    use super::super::target::parse;
    use super::*;
    use proptest::prelude::*;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    fn t(s: &str) -> Target {
        parse(s).unwrap()
    }

    fn higher(target: &str, realisasi: &str) -> Capaian {
        capaian(&t(target), &t(realisasi), Polarity::Higher, None).unwrap()
    }

    fn value(target: &str, realisasi: &str, polarity: Polarity) -> Decimal {
        capaian(&t(target), &t(realisasi), polarity, None)
            .unwrap()
            .value
    }

    #[test]
    fn higher_t95_r100() {
        // 100 × 100 ÷ 95 = 105.263157… → 105.26
        let c = higher("95%", "100%");
        assert_eq!(c.value, dec("105.26"));
        assert_eq!(c.uncapped, dec("105.26"));
        assert_eq!(c.formula, "R ÷ T × 100 = 100 ÷ 95 × 100");
        assert_eq!(c.capped_at, None);
    }

    #[test]
    fn higher_t95_r100_capped_at_100() {
        let c = capaian(&t("95%"), &t("100%"), Polarity::Higher, Some(dec("100"))).unwrap();
        assert_eq!(c.value, dec("100"));
        assert_eq!(c.uncapped, dec("105.26"));
        assert_eq!(c.capped_at, Some(dec("100")));
    }

    #[test]
    fn cap_that_does_not_bite_is_not_reported() {
        // 105.26 is under a cap of 110.
        let c = capaian(&t("95%"), &t("100%"), Polarity::Higher, Some(dec("110"))).unwrap();
        assert_eq!((c.value, c.capped_at), (dec("105.26"), None));
    }

    #[test]
    fn higher_percent_cases() {
        // 100 × 100 ÷ 98 = 102.040816… → 102.04
        assert_eq!(higher("98%", "100%").value, dec("102.04"));
        // 90 × 100 ÷ 95 = 94.736842… → 94.74
        assert_eq!(higher("95%", "90%").value, dec("94.74"));
        // 95 ÷ 95 = 1 → 100
        assert_eq!(higher("95%", "95%").value, dec("100"));
        // 100 × 100 ÷ 97.5 = 102.564102… → 102.56
        let c = higher("97,5%", "100%");
        assert_eq!(c.value, dec("102.56"));
        assert_eq!(c.formula, "R ÷ T × 100 = 100 ÷ 97,5 × 100");
    }

    #[test]
    fn percent_target_with_bare_realisasi() {
        // 100 ÷ 100 × 100 = 100
        assert_eq!(higher("100%", "100").value, dec("100"));
        assert_eq!(higher("100", "100%").value, dec("100"));
    }

    #[test]
    fn lower_is_better() {
        // (2 × 10 − 8) ÷ 10 × 100 = 12 ÷ 10 × 100 = 120
        let c = capaian(&t("10"), &t("8"), Polarity::Lower, None).unwrap();
        assert_eq!(c.value, dec("120"));
        assert_eq!(c.formula, "(2T − R) ÷ T × 100 = (2 × 10 − 8) ÷ 10 × 100");
        // (2 × 10 − 25) ÷ 10 × 100 = −50 → floored at 0
        let c = capaian(&t("10"), &t("25"), Polarity::Lower, None).unwrap();
        assert_eq!((c.value, c.uncapped), (dec("0"), dec("0")));
        assert!(c.formula.ends_with(", minimal 0"), "{}", c.formula);
    }

    #[test]
    fn equal_to_target() {
        // 100 − |90 − 100| ÷ 100 × 100 = 100 − 10 = 90
        let c = capaian(&t("100"), &t("90"), Polarity::Equal, None).unwrap();
        assert_eq!(c.value, dec("90"));
        assert_eq!(
            c.formula,
            "100 − |R − T| ÷ T × 100 = 100 − |90 − 100| ÷ 100 × 100"
        );
        // 100 − |110 − 100| ÷ 100 × 100 = 90: overshooting costs the same.
        assert_eq!(value("100", "110", Polarity::Equal), dec("90"));
        let c = capaian(&t("100%"), &t("100%"), Polarity::Equal, None).unwrap();
        assert_eq!(
            (c.value, c.formula.as_str()),
            (dec("100"), "100 bila R = T")
        );
        // 100 − |30 − 10| ÷ 10 × 100 = −100 → floored at 0
        assert_eq!(value("10", "30", Polarity::Equal), dec("0"));
    }

    #[test]
    fn grades() {
        let c = higher("B", "BB");
        assert_eq!(c.value, dec("100"));
        assert_eq!(c.formula, "predikat R ≥ predikat T (BB ≥ B)");
        assert_eq!(higher("WTP", "WTP").value, dec("100"));
        // C is rank 2, B rank 4: 2 ÷ 4 × 100 = 50
        let c = higher("B", "C");
        assert_eq!(c.value, dec("50"));
        assert_eq!(
            c.formula,
            "peringkat R ÷ peringkat T × 100 = 2 ÷ 4 × 100 (C < B)"
        );
        // WDP rank 3, WTP rank 4: 3 ÷ 4 × 100 = 75
        assert_eq!(higher("WTP", "WDP").value, dec("75"));
        // B rank 4, A rank 6: 4 ÷ 6 × 100 = 66.666… → 66.67
        assert_eq!(higher("A", "B").value, dec("66.67"));
        // Polarity does not apply to grades.
        assert_eq!(value("B", "BB", Polarity::Lower), dec("100"));
    }

    #[test]
    fn counts_with_units() {
        // 1 ÷ 1 × 100 = 100
        let c = higher("1 Laporan", "1 Laporan");
        assert_eq!(c.value, dec("100"));
        assert_eq!(c.formula, "R ÷ T × 100 (satuan sama) = 1 ÷ 1 × 100");
        // 11 × 100 ÷ 12 = 91.666… → 91.67
        assert_eq!(higher("12 Bulan", "11 Bulan").value, dec("91.67"));
        // 2 Lap is 2 Laporan: 2 ÷ 2 × 100 = 100
        assert_eq!(higher("2 Laporan", "2 Lap").value, dec("100"));
        assert_eq!(higher("10 kali", "10 Kali").value, dec("100"));
    }

    #[test]
    fn not_computable() {
        let err = |a: &str, b: &str| capaian(&t(a), &t(b), Polarity::Higher, None).unwrap_err();
        assert_eq!(
            err("1 Laporan", "1 Dokumen"),
            NotComputable::UnitsDiffer {
                target: "Laporan".into(),
                realisasi: "Dokumen".into()
            }
        );
        assert_eq!(
            err("12 Bulan", "12"),
            NotComputable::UnitsDiffer {
                target: "Bulan".into(),
                realisasi: String::new()
            }
        );
        assert_eq!(
            err("100%", "1 Laporan"),
            NotComputable::UnitsDiffer {
                target: "%".into(),
                realisasi: "Laporan".into()
            }
        );
        assert_eq!(err("10 PPK dan 133 PPS", "10"), NotComputable::TextTarget);
        assert_eq!(err("10", "Berhasil"), NotComputable::TextRealisasi);
        assert_eq!(err("Berhasil", "Berhasil"), NotComputable::TextTarget);
        assert_eq!(err("0%", "5%"), NotComputable::ZeroTarget);
        assert_eq!(err("0 Laporan", "0 Laporan"), NotComputable::ZeroTarget);
        assert_eq!(err("B", "WTP"), NotComputable::GradesNotComparable);
        assert_eq!(err("B", "100%"), NotComputable::KindsDiffer);
        assert_eq!(err("100%", "WTP"), NotComputable::KindsDiffer);
    }

    #[test]
    fn zero_target_in_every_polarity() {
        for p in [Polarity::Higher, Polarity::Lower, Polarity::Equal] {
            let got = capaian(&t("0"), &t("0"), p, None);
            assert_eq!(got, Err(NotComputable::ZeroTarget), "{p:?}");
        }
    }

    #[test]
    fn huge_numbers_do_not_panic() {
        let big = Target::Count {
            value: Decimal::MAX,
            unit: String::new(),
        };
        let tiny = Target::Count {
            value: Decimal::new(1, 28),
            unit: String::new(),
        };
        for p in [Polarity::Higher, Polarity::Lower, Polarity::Equal] {
            assert_eq!(
                capaian(&tiny, &big, p, None),
                Err(NotComputable::OutOfRange)
            );
        }
        assert_eq!(
            capaian(&big, &big, Polarity::Lower, None),
            Err(NotComputable::OutOfRange)
        );
    }

    #[test]
    fn messages() {
        crate::i18n::set_lang(crate::i18n::Lang::En);
        let shown = NotComputable::UnitsDiffer {
            target: "Laporan".into(),
            realisasi: String::new(),
        }
        .to_string();
        assert_eq!(
            shown,
            "the units differ: target in \"Laporan\", realisasi in no unit"
        );
        assert_eq!(
            NotComputable::TextTarget.to_string(),
            "the target is text, not a number"
        );
    }

    #[test]
    fn polarity_names() {
        for (names, want) in [
            (["higher", "naik", "positif"], Polarity::Higher),
            (["lower", "turun", "negatif"], Polarity::Lower),
            (["equal", "sama", "stabil"], Polarity::Equal),
        ] {
            for name in names {
                assert_eq!(Polarity::from_name(name), Some(want), "{name}");
            }
        }
        assert_eq!(Polarity::from_name(" Naik "), Some(Polarity::Higher));
        assert_eq!(Polarity::from_name("up"), None);
        // As a Polaritas column writes it in words or signs.
        for name in [
            "(-)",
            "-",
            "semakin kecil semakin baik",
            "Semakin rendah semakin baik",
        ] {
            assert_eq!(Polarity::from_name(name), Some(Polarity::Lower), "{name}");
        }
        assert_eq!(Polarity::from_name("(+)"), Some(Polarity::Higher));
        // In an indikator's name.
        let named = |text| Polarity::in_words(text).map(|(p, _)| p);
        assert_eq!(
            named("Persentase pengaduan tidak selesai (semakin  kecil semakin baik)"),
            Some(Polarity::Lower)
        );
        assert_eq!(named("Angka kesalahan data (-)"), Some(Polarity::Lower));
        assert_eq!(named("Persentase dokumen tepat waktu"), None);
        assert_eq!(named("Jumlah kegiatan (pra-pemilu)"), None);
        assert_eq!(Polarity::default(), Polarity::Higher);
    }

    #[test]
    fn indonesian_numbers_in_formulas() {
        assert_eq!(angka(dec("20415736000")), "20.415.736.000");
        assert_eq!(angka(dec("97.50")), "97,5");
        assert_eq!(angka(dec("1000.25")), "1.000,25");
        assert_eq!(angka(dec("0")), "0");
    }

    #[test]
    fn serializes() {
        let json = serde_json::to_string(&higher("95%", "100%")).unwrap();
        assert_eq!(
            json,
            r#"{"value":"105.26","uncapped":"105.26","formula":"R ÷ T × 100 = 100 ÷ 95 × 100","capped_at":null}"#
        );
        assert_eq!(
            serde_json::to_string(&Polarity::Lower).unwrap(),
            r#""lower""#
        );
        let json = serde_json::to_string(&higher("95%", "95%")).unwrap();
        assert!(
            json.starts_with(r#"{"value":"100","uncapped":"100","#),
            "{json}"
        );
    }

    fn count(units: i64) -> Target {
        Target::Count {
            value: Decimal::new(units, 2),
            unit: String::new(),
        }
    }

    proptest! {
        #[test]
        fn higher_times_target_is_realisasi(t_units in 1i64..10_000_000, r_units in 1i64..10_000_000) {
            let (tv, rv) = (Decimal::new(t_units, 2), Decimal::new(r_units, 2));
            let c = capaian(&count(t_units), &count(r_units), Polarity::Higher, None).unwrap();
            // value is R × 100 ÷ T rounded to 2 dp, so it is off by at most 0.005.
            let off = (c.value * tv - rv * Decimal::ONE_HUNDRED).abs();
            prop_assert!(off <= tv * Decimal::new(5, 3), "{} {} {}", tv, rv, c.value);
            prop_assert_eq!(c.value, c.uncapped);
        }

        #[test]
        fn cap_is_never_exceeded(
            t_units in 1i64..10_000_000,
            r_units in 0i64..10_000_000,
            cap in prop::sample::select(vec![100i64, 110, 120]),
            polarity in prop::sample::select(vec![Polarity::Higher, Polarity::Lower, Polarity::Equal]),
        ) {
            let cap = Decimal::from(cap);
            let c = capaian(&count(t_units), &count(r_units), polarity, Some(cap)).unwrap();
            prop_assert!(c.value <= cap);
            prop_assert!(c.value >= Decimal::ZERO);
            prop_assert_eq!(c.capped_at.is_some(), c.uncapped > cap);
        }
    }
}
