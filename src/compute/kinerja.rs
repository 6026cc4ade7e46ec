//! One kinerja row measured: its target and realisasi typed, the capaian by the indikator's
//! polarity and the workspace's cap, and the predikat the scale gives it.

use super::capaian::{capaian, Capaian, NotComputable, Polarity};
use super::predikat::{Band, Scale};
use super::similar;
use super::target::{self, Bound, Target};
use crate::model::Indicator;
use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// `[capaian]` in lakip.toml, validated.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    /// `batas_atas`: capaian is capped at this (100, 110 or 120); none by default.
    pub cap: Option<Decimal>,
    /// Indikator whose text contains the pattern's words take its polarity (first match wins).
    pub polarities: Vec<(String, Polarity)>,
    pub scale: Scale,
}

/// Where an indikator's polarity comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolaritySource {
    /// The table's Polaritas column.
    Table,
    /// A pattern of `[capaian.polaritas]`.
    Setting,
    /// The indikator's own name, in these words (`semakin kecil semakin baik`, `(-)`).
    Named(&'static str),
    /// The target's comparator, as written (`Maks.`, `≤`).
    Comparator(String),
    /// None of these: higher is better.
    Default,
}

impl Settings {
    /// The polarity stated in the table, else the first pattern the indikator matches, else
    /// the one the indikator's name states in words, else the one the target's comparator
    /// gives (`≤ 2 Hari` is lower-is-better), else higher is better.
    pub fn polarity(&self, ind: &Indicator) -> Polarity {
        self.polarity_from(ind).0
    }

    /// [`Settings::polarity`], with where it comes from.
    pub fn polarity_from(&self, ind: &Indicator) -> (Polarity, PolaritySource) {
        if let Some(p) = ind.polaritas.as_deref().and_then(Polarity::from_name) {
            return (p, PolaritySource::Table);
        }
        if let Some(p) = self.pattern_polarity(ind) {
            return (p, PolaritySource::Setting);
        }
        if let Some((p, words)) = ind.indikator.as_deref().and_then(Polarity::in_words) {
            return (p, PolaritySource::Named(words));
        }
        let written = ind.target.as_ref().map_or("", |w| w.text.as_ref());
        match target::bound(written) {
            Some((Bound::AtMost, c)) => (Polarity::Lower, PolaritySource::Comparator(c.into())),
            Some((Bound::AtLeast, c)) => (Polarity::Higher, PolaritySource::Comparator(c.into())),
            None => (Polarity::Higher, PolaritySource::Default),
        }
    }

    /// The polarity of the most specific `[capaian.polaritas]` pattern the indikator matches.
    fn pattern_polarity(&self, ind: &Indicator) -> Option<Polarity> {
        if self.polarities.is_empty() {
            return None;
        }
        let words = similar::words(ind.indikator.as_deref().unwrap_or(""));
        let joined = format!(" {} ", words.join(" "));
        // The most specific (longest) pattern wins, whatever the order lakip.toml lists them in.
        let mut patterns: Vec<&(String, Polarity)> = self.polarities.iter().collect();
        patterns.sort_by_key(|(p, _)| std::cmp::Reverse(similar::words(p).len()));
        patterns
            .into_iter()
            .find(|(pattern, _)| {
                let pattern = similar::words(pattern).join(" ");
                !pattern.is_empty() && joined.contains(&format!(" {pattern} "))
            })
            .map(|(_, p)| *p)
    }
}

/// `[capaian]` in lakip.toml: as written; [`CapaianSection::settings`] validates it.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CapaianSection {
    /// Cap on capaian: 100, 110 or 120; none when absent.
    #[serde(default)]
    pub batas_atas: Option<toml::Value>,
    /// Indikator name pattern → polarity (`naik`, `turun`, `sama`).
    #[serde(default)]
    pub polaritas: BTreeMap<String, String>,
    /// The predikat scale, highest band first; the default scale when absent.
    #[serde(default)]
    pub predikat: Option<Vec<PredikatBand>>,
}

/// One band of `[capaian] predikat`, as written.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PredikatBand {
    pub min: toml::Value,
    pub nama: String,
}

impl CapaianSection {
    /// The settings capaian is measured with, or what is wrong with a value (the caller names
    /// the file).
    pub fn settings(&self) -> Result<Settings, String> {
        let fail = |what: String| format!("[capaian] {what}");
        let cap = match &self.batas_atas {
            None => None,
            Some(toml::Value::Integer(n)) if [100, 110, 120].contains(n) => Some(Decimal::from(*n)),
            Some(other) => {
                return Err(fail(crate::t!(
                    "setting-capaian-batas-atas",
                    value = other.to_string()
                )))
            }
        };
        let mut polarities = Vec::new();
        for (pattern, name) in &self.polaritas {
            let p = Polarity::from_name(name).ok_or_else(|| {
                fail(crate::t!(
                    "setting-capaian-polaritas",
                    pattern = pattern,
                    name = name
                ))
            })?;
            polarities.push((pattern.clone(), p));
        }
        let scale = match &self.predikat {
            None => Scale::default(),
            Some(bands) => {
                let mut out = Vec::new();
                for b in bands {
                    let min = band_min(&b.min)
                        .ok_or_else(|| fail(crate::t!("setting-predikat-min", nama = &b.nama)))?;
                    out.push(Band {
                        min,
                        nama: b.nama.clone(),
                    });
                }
                Scale::new(out).map_err(|e| fail(format!("predikat: {e}")))?
            }
        };
        Ok(Settings {
            cap,
            polarities,
            scale,
        })
    }
}

fn band_min(value: &toml::Value) -> Option<Decimal> {
    match value {
        toml::Value::Integer(i) => Some(Decimal::from(*i)),
        toml::Value::Float(f) => crate::numbers::from_float(*f),
        _ => None,
    }
}

/// Why a row has no computed capaian.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unmeasured {
    NoTarget,
    NoRealisasi,
    /// The realisasi is written with a comparator (`> 90%`): a bound, not a figure.
    BoundedRealisasi(String),
    Not(NotComputable),
}

impl fmt::Display for Unmeasured {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unmeasured::NoTarget => f.write_str(&crate::t!("reason-no-target")),
            Unmeasured::NoRealisasi => f.write_str(&crate::t!("reason-no-realisasi")),
            Unmeasured::BoundedRealisasi(r) => {
                f.write_str(&crate::t!("reason-bounded-realisasi", realisasi = r))
            }
            Unmeasured::Not(reason) => write!(f, "{reason}"),
        }
    }
}

/// A kinerja row with its capaian computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measured<'a> {
    pub indicator: &'a Indicator,
    pub polarity: Polarity,
    pub polarity_from: PolaritySource,
    pub capaian: Result<Capaian, Unmeasured>,
    /// The predikat of the computed capaian.
    pub predikat: Option<String>,
}

impl Measured<'_> {
    /// The computed capaian, when there is one.
    pub fn value(&self) -> Option<Decimal> {
        self.capaian.as_ref().ok().map(|c| c.value)
    }

    /// Which formula (and cap) gave the capaian, or why there is none, after `not_computed`.
    pub fn keterangan(&self, not_computed: &str) -> String {
        let mut out = match &self.capaian {
            Ok(c) if c.capped_at.is_some() => format!("{} (batas atas)", c.formula),
            Ok(c) => c.formula.clone(),
            Err(why) => return format!("{not_computed}: {why}"),
        };
        out.push_str(&self.polarity_note());
        out
    }

    /// `; polaritas turun, dari 'Maks.' pada target` where the target's comparator made the
    /// indikator lower-is-better (no Polaritas column, no `[capaian.polaritas]` pattern): said,
    /// as it decides the formula. A grade has no polarity, so nothing is said for one.
    pub fn polarity_note(&self) -> String {
        let grade = self
            .indicator
            .target
            .as_ref()
            .and_then(|w| target::parse(&w.text));
        match (&self.polarity_from, &self.capaian, grade) {
            (_, _, Some(Target::Grade { .. })) | (_, Err(_), _) => String::new(),
            (PolaritySource::Comparator(c), Ok(_), _) if self.polarity == Polarity::Lower => {
                format!("; polaritas turun, dari '{c}' pada target")
            }
            (PolaritySource::Named(words), Ok(_), _) if self.polarity == Polarity::Lower => {
                format!("; polaritas turun, dari '{words}' pada indikator")
            }
            _ => String::new(),
        }
    }
}

pub fn measure<'a>(ind: &'a Indicator, settings: &Settings) -> Measured<'a> {
    let (polarity, polarity_from) = settings.polarity_from(ind);
    let typed = |w: &Option<crate::model::Written>| w.as_ref().and_then(|w| target::parse(&w.text));
    let result = match (typed(&ind.target), typed(&ind.realisasi)) {
        (None, _) => Err(Unmeasured::NoTarget),
        (_, None) => Err(Unmeasured::NoRealisasi),
        (Some(_), Some(_)) if bounded(&ind.realisasi).is_some() => Err(
            Unmeasured::BoundedRealisasi(bounded(&ind.realisasi).unwrap_or_default()),
        ),
        (Some(t), Some(r)) => capaian(&t, &r, polarity, settings.cap).map_err(Unmeasured::Not),
    };
    let predikat = result
        .as_ref()
        .ok()
        .map(|c| settings.scale.predikat(c.value).to_string());
    Measured {
        indicator: ind,
        polarity,
        polarity_from,
        capaian: result,
        predikat,
    }
}

/// A realisasi written with a comparator, as written.
fn bounded(w: &Option<crate::model::Written>) -> Option<String> {
    let w = w.as_ref()?;
    target::bound(&w.text).map(|_| w.text.to_string())
}

/// The capaian of a kinerja row's realisasi against another target than its own (the
/// Renstra's end-of-period target), by the row's polarity and the workspace's cap.
pub fn capaian_against(
    ind: &Indicator,
    target: &str,
    settings: &Settings,
) -> Result<Capaian, Unmeasured> {
    let t = target::parse(target).ok_or(Unmeasured::NoTarget)?;
    let r = ind
        .realisasi
        .as_ref()
        .and_then(|w| target::parse(&w.text))
        .ok_or(Unmeasured::NoRealisasi)?;
    capaian(&t, &r, settings.polarity(ind), settings.cap).map_err(Unmeasured::Not)
}

/// Two targets say the same: equal percentages or counts (in the same unit, or one of them
/// with no unit written), the same grade, or the same text; a comparator (`≥`, `Maks.`) counts
/// when both are written with one.
pub fn same_target(a: &str, b: &str) -> bool {
    if let (Some((x, _)), Some((y, _))) = (target::bound(a), target::bound(b)) {
        if x != y {
            return false;
        }
    }
    match (target::parse(a), target::parse(b)) {
        (Some(x), Some(y)) => match (&x, &y) {
            (Target::Text, Target::Text) => similar::words(a) == similar::words(b),
            _ => same_typed(&x, &y),
        },
        (None, None) => true,
        _ => false,
    }
}

fn same_typed(x: &Target, y: &Target) -> bool {
    match (x, y) {
        (Target::Percent { value: a }, Target::Percent { value: b }) => a == b,
        (Target::Percent { value: a }, Target::Count { value: b, unit })
        | (Target::Count { value: b, unit }, Target::Percent { value: a }) => {
            unit.is_empty() && a == b
        }
        // A bare number is the same number in a unit the other document writes (`12` in a
        // PK, `12 Laporan` in the RAK): the unit is not written, not another one.
        (Target::Count { value: a, unit: u }, Target::Count { value: b, unit: v }) => {
            a == b && (u.is_empty() || v.is_empty() || target::same_unit(u, v))
        }
        (Target::Grade { grade: a }, Target::Grade { grade: b }) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Written;

    fn row(indikator: &str, target: &str, realisasi: &str) -> Indicator {
        let w = |t: &str| {
            Some(Written {
                text: t.into(),
                cell: crate::model::CellRef::new(0, 1),
            })
        };
        Indicator {
            indikator: Some(indikator.into()),
            target: w(target),
            realisasi: w(realisasi),
            ..Indicator::default()
        }
    }

    fn section(toml: &str) -> CapaianSection {
        toml::from_str(toml).unwrap()
    }

    #[test]
    fn capaian_section_validated() {
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert_eq!(section("").settings().unwrap(), Settings::default());
        let s = section(
            "batas_atas = 110\npredikat = [{ min = 80, nama = \"Baik\" }, { min = 0.5, nama = \"Kurang\" }]\n[polaritas]\n\"pelanggaran\" = \"turun\"\n",
        )
        .settings()
        .unwrap();
        assert_eq!(s.cap, Some(Decimal::from(110)));
        assert_eq!(s.polarities, [("pelanggaran".to_string(), Polarity::Lower)]);
        assert_eq!(s.scale.predikat(Decimal::from(80)), "Baik");
        let err = |toml: &str| section(toml).settings().unwrap_err().to_string();
        assert_eq!(
            err("batas_atas = 105\n"),
            "[capaian] batas_atas must be 100, 110 or 120 (or left out), not 105"
        );
        assert_eq!(
            err("[polaritas]\n\"tingkat\" = \"up\"\n"),
            "[capaian] polaritas \"tingkat\" must be \"naik\", \"turun\" or \"sama\", not \"up\""
        );
        assert_eq!(
            err("predikat = [{ min = \"x\", nama = \"A\" }]\n"),
            "[capaian] predikat \"A\": min must be a number"
        );
        assert_eq!(
            err("predikat = []\n"),
            "[capaian] predikat: a predikat scale needs at least one band"
        );
    }

    #[test]
    fn seed_001_sasaran_5_with_and_without_cap() {
        // Target 95%, realisasi 100%: 100 ÷ 95 × 100 = 105,263… → 105,26; capped at 100 → 100.
        let ind = row("Persentase Laporan Pengelolaan", "95%", "100%");
        let open = measure(&ind, &Settings::default());
        assert_eq!(open.capaian.as_ref().unwrap().value, Decimal::new(10526, 2));
        assert_eq!(open.predikat.as_deref(), Some("Sangat Baik"));
        let capped = Settings {
            cap: Some(Decimal::ONE_HUNDRED),
            ..Settings::default()
        };
        assert_eq!(
            measure(&ind, &capped).capaian.unwrap().value,
            Decimal::ONE_HUNDRED
        );
    }

    #[test]
    fn polarity_from_pattern_and_from_the_table() {
        let settings = Settings {
            polarities: vec![("sengketa yang kalah".into(), Polarity::Lower)],
            ..Settings::default()
        };
        // Lower is better: (2 × 10 − 8) ÷ 10 × 100 = 120.
        let ind = row("Jumlah Sengketa yang kalah di pengadilan", "10", "8");
        assert_eq!(
            measure(&ind, &settings).capaian.unwrap().value,
            Decimal::from(120)
        );
        let mut stated = row("Jumlah pelanggaran", "10", "8");
        stated.polaritas = Some("turun".into());
        assert_eq!(settings.polarity(&stated), Polarity::Lower);
        assert_eq!(
            settings.polarity(&row("Persentase sengketa", "1", "1")),
            Polarity::Higher
        );
    }

    #[test]
    fn comparator_gives_the_polarity_when_none_is_declared() {
        let settings = Settings::default();
        // Maks. 2%, realisasi 1%: lower is better, (2 × 2 − 1) ÷ 2 × 100 = 150.
        let r1 = row("Persentase temuan", "Maks. 2%", "1%");
        let m = measure(&r1, &settings);
        assert_eq!(m.polarity, Polarity::Lower);
        assert_eq!(m.capaian.as_ref().unwrap().value, Decimal::from(150));
        assert_eq!(
            m.keterangan("-"),
            "(2T − R) ÷ T × 100 = (2 × 2 − 1) ÷ 2 × 100; polaritas turun, dari 'Maks.' pada target"
        );
        // ≥ 77,5%, realisasi 80%: 80 ÷ 77,5 × 100 = 103,2258… → 103,23; nothing to say.
        let r2 = row("Partisipasi", "≥ 77,5%", "80%");
        let m = measure(&r2, &settings);
        assert_eq!(m.capaian.as_ref().unwrap().value, Decimal::new(10323, 2));
        assert_eq!(m.keterangan("-"), "R ÷ T × 100 = 80 ÷ 77,5 × 100");
        // A declared polarity wins over the comparator.
        let mut stated = row("Persentase temuan", "Maks. 2%", "1%");
        stated.polaritas = Some("naik".into());
        assert_eq!(settings.polarity(&stated), Polarity::Higher);
        // Minimal B against BB: a grade reached, 100, as for a target `B`.
        let r3 = row("Nilai SAKIP", "Minimal B", "BB");
        let m = measure(&r3, &settings);
        assert_eq!(m.capaian.as_ref().unwrap().value, Decimal::ONE_HUNDRED);
        assert_eq!(m.keterangan("-"), "predikat R ≥ predikat T (BB ≥ B)");
        // Minimal B against C: rank 2 ÷ rank 4 × 100 = 50.
        let r4 = row("Nilai SAKIP", "Minimal B", "C");
        let m = measure(&r4, &settings);
        assert_eq!(m.capaian.unwrap().value, Decimal::from(50));
    }

    #[test]
    fn a_realisasi_with_a_comparator_is_not_measured() {
        let r = row("Partisipasi", "80%", "> 80%");
        let m = measure(&r, &Settings::default());
        assert_eq!(m.capaian, Err(Unmeasured::BoundedRealisasi("> 80%".into())));
    }

    #[test]
    fn missing_and_text_targets_are_not_measured() {
        let mut ind = row("X", "10 PPK dan 133 PPS", "10 PPK");
        assert!(measure(&ind, &Settings::default()).capaian.is_err());
        ind.realisasi = None;
        assert_eq!(
            measure(&ind, &Settings::default()).capaian,
            Err(Unmeasured::NoRealisasi)
        );
    }

    #[test]
    fn targets_compared_by_meaning() {
        assert!(same_target("100%", "100"));
        assert!(same_target("97,5%", "97.5%"));
        assert!(!same_target("95%", "100%"));
        assert!(same_target("1 Laporan", "1 laporan"));
        assert!(!same_target("1 Laporan", "1 Dokumen"));
        assert!(same_target("B", "B"));
        assert!(!same_target("B", "BB"));
        // A comparator on one side only is the same target; opposite ones are not.
        assert!(same_target("≥ 77,5%", "77,5%"));
        assert!(same_target("Minimal B", "Nilai B"));
        assert!(!same_target("≥ 2 Hari", "≤ 2 Hari"));
        // A bare number is the same number in a unit the other writes.
        assert!(same_target("12", "12 Laporan"));
        assert!(!same_target("12 Bulan", "12 Laporan"));
    }
}

/// A kegiatan whose budget serves a measured sasaran: the pair efisiensi is computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link<'a> {
    pub kegiatan: &'a super::realisasi::Line,
    pub measured: &'a Measured<'a>,
}

impl Link<'_> {
    /// The kegiatan's budget and the sasaran's capaian, as efisiensi takes them.
    fn output(&self) -> Option<super::efisiensi::Output> {
        Some(super::efisiensi::Output {
            pagu: self.kegiatan.pagu?,
            realisasi: self.kegiatan.realisasi?,
            capaian: self.measured.value()?,
        })
    }

    /// The efisiensi of this kegiatan alone.
    pub fn efisiensi(&self) -> Option<Decimal> {
        super::efisiensi::efisiensi(&[self.output()?])
    }
}

/// The efisiensi of every linked kegiatan together; none when one lacks a figure.
pub fn efisiensi(links: &[Link]) -> Option<Decimal> {
    let outputs: Option<Vec<super::efisiensi::Output>> = links.iter().map(Link::output).collect();
    super::efisiensi::efisiensi(&outputs?)
}

/// Kegiatan linked to the sasaran whose text names them (`d. Masa Kampanye Pemilu` serves
/// `Terlaksananya Masa Kampanye Pemilu dalam Penyelenggaraan Pemilu …`): every word of the
/// kegiatan, slips forgiven, is in the sasaran, and it has at least two words that are not
/// `dan`, `di`, `serta`. Each kegiatan links to the first such sasaran.
pub fn links<'a>(
    measured: &'a [Measured<'a>],
    lines: &'a [super::realisasi::Line],
) -> Vec<Link<'a>> {
    const SMALL: [&str; 5] = ["dan", "di", "serta", "pada", "dalam"];
    let mut out = Vec::new();
    for line in lines
        .iter()
        .filter(|l| l.level != "total" && !l.path.is_empty())
    {
        let words: Vec<String> = similar::words(&line.uraian)
            .into_iter()
            .filter(|w| !SMALL.contains(&w.as_str()) && w.chars().any(char::is_alphabetic))
            .collect();
        if words.len() < 2 {
            continue;
        }
        let serves = |m: &&Measured| {
            let sasaran = similar::words(m.indicator.sasaran.as_deref().unwrap_or(""));
            m.capaian.is_ok()
                && words
                    .iter()
                    .all(|w| sasaran.iter().any(|s| similar::same_word(w, s)))
        };
        if let Some(m) = measured.iter().find(serves) {
            out.push(Link {
                kegiatan: line,
                measured: m,
            });
        }
    }
    out
}
