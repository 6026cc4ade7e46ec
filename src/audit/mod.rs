//! Stage `audit`: check the figures inside an existing report's text (an LKj written by hand,
//! as Word, Markdown, text or PDF), claim by claim.
//!
//! The report is read into paragraphs and tables under their chapter headings (`read`); each
//! sentence's figures are found (`figures`, `words`) and named (`sentence`: a pagu, a realisasi,
//! a sisa, a target, a capaian; for which program, kegiatan, sasaran or indikator); each family
//! of claims is a module of its own. A claim that does not hold is a [`Diagnostic`] in `lakip
//! check`'s form, at the sentence (file, chapter, paragraph, the sentence quoted). A claim
//! lakip cannot read with confidence is never reported as wrong: it is a [`Skip`], listed with
//! `--verbose`.

mod achievement;
mod capaian;
mod change;
mod count;
pub mod dates;
pub mod figures;
mod identity;
mod list;
mod pdf;
mod ratio;
pub mod read;
pub mod rules;
mod same;
pub mod sentence;
mod sisa;
mod spelled;
mod sums;
mod tables;
mod words;
mod workspace;

pub use figures::{Figure, Kind};
pub use read::Text;

use crate::check::{Diagnostic, Rule};
use crate::model::{Field, Location};
use crate::numbers::round_half_up;
use read::{Paragraph, Table};
use rust_decimal::Decimal;
use sentence::Sentence;
use std::collections::BTreeSet;
use std::sync::Arc;

/// What can change how claims are judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Percentage points a stated percentage may differ from the computed one
    /// (`[check] toleransi_persen`).
    pub tolerance: Decimal,
    /// Rule codes not reported.
    pub allow: BTreeSet<String>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            tolerance: Decimal::new(1, 2),
            allow: BTreeSet::new(),
        }
    }
}

/// What a workspace knows, to hold the text to (`-w DIR`).
#[derive(Debug, Clone, Default)]
pub struct Known {
    pub tahun: Option<i32>,
    pub satker: Option<String>,
    /// `[penandatangan] nama`.
    pub penandatangan: Option<String>,
    /// Programs and kegiatan with pagu, realisasi, serapan and sisa computed from the items.
    pub lines: Vec<crate::compute::realisasi::Line>,
    pub indicators: Vec<KnownIndicator>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownIndicator {
    pub sasaran: Option<String>,
    pub indikator: String,
    pub target: Option<String>,
    pub realisasi: Option<String>,
    /// The capaian computed from target and realisasi (the workspace's [capaian] settings).
    pub capaian: Option<Decimal>,
    /// The cell it was read from (`sources/bab3.xlsx:'BAB III'!C21`).
    pub place: String,
}

/// A claim lakip read but could not judge with confidence, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    pub place: String,
    pub text: String,
    pub reason: String,
}

/// What an audit found.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    pub diagnostics: Vec<Diagnostic>,
    pub skipped: Vec<Skip>,
    /// Claims judged (found right or wrong).
    pub checked: usize,
}

/// Where a claim is: its chapter, its paragraph or table row, and the text quoted. `row` is the
/// line of a `.txt` or `.md`, else the place in document order: sorting by it is reading order.
#[derive(Debug, Clone)]
pub struct Spot {
    pub chapter: Arc<str>,
    pub place: String,
    pub row: u32,
    pub quote: String,
}

/// A sentence of a paragraph, with its figures.
pub struct Said<'a> {
    pub para: &'a Paragraph,
    pub sentence: Sentence,
    /// Its index among the sentences of the whole text.
    pub index: usize,
}

impl Said<'_> {
    pub fn text(&self) -> &str {
        &self.para.text[self.sentence.start..self.sentence.end]
    }
}

/// The state of one audit: the text, its sentences, and what has been found.
pub struct Audit<'a> {
    pub text: &'a Text,
    pub settings: &'a Settings,
    pub known: Option<&'a Known>,
    pub said: Vec<Said<'a>>,
    findings: Findings,
}

/// Audits a report.
pub fn run(text: &Text, settings: &Settings, known: Option<&Known>) -> Findings {
    run_with(text, settings, known, &indicatif::ProgressBar::hidden())
}

/// The families of claims, in the order they are checked.
const FAMILIES: [fn(&mut Audit); 14] = [
    ratio::check,
    sisa::check,
    change::check,
    sums::check,
    spelled::check,
    tables::check,
    capaian::check,
    same::check,
    count::check,
    list::check,
    workspace::check,
    achievement::check,
    dates::check,
    identity::check,
];

/// [`run`], moving `progress` on by one for each family of claims checked.
pub fn run_with(
    text: &Text,
    settings: &Settings,
    known: Option<&Known>,
    progress: &indicatif::ProgressBar,
) -> Findings {
    let mut said = Vec::new();
    for p in text.paragraphs() {
        for sentence in sentence::sentences(&p.text) {
            let index = said.len();
            said.push(Said {
                para: p,
                sentence,
                index,
            });
        }
    }
    let mut a = Audit {
        text,
        settings,
        known,
        said,
        findings: Findings::default(),
    };
    for (paragraph, header, why) in &text.unread {
        a.findings.skipped.push(Skip {
            place: crate::t!(
                "audit-place-paragraph",
                file = &text.file,
                paragraph = paragraph.to_string()
            ),
            text: header.clone(),
            reason: why.clone(),
        });
    }
    progress.set_length(FAMILIES.len() as u64);
    for family in FAMILIES {
        family(&mut a);
        progress.inc(1);
    }
    progress.finish_and_clear();
    let mut findings = a.findings;
    findings
        .diagnostics
        .retain(|d| !settings.allow.contains(d.code));
    // In the order of the text: row (line or paragraph), then code.
    findings
        .diagnostics
        .sort_by(|x, y| (x.location.row, x.code).cmp(&(y.location.row, y.code)));
    findings
}

impl<'a> Audit<'a> {
    /// The spot of a sentence, quoting the part of it between two byte offsets of the sentence.
    pub fn spot(&self, said: &Said, from: usize, to: usize) -> Spot {
        paragraph_spot(said.para, excerpt(said.text(), from, to))
    }

    /// The spot of a whole paragraph.
    pub fn para_spot(&self, p: &Paragraph) -> Spot {
        paragraph_spot(p, excerpt(&p.text, 0, p.text.len()))
    }

    /// The spot of a table's row (0-based index).
    pub fn row_spot(&self, table: &Table, row: usize) -> Spot {
        let r = &table.rows[row];
        let place = match r.line {
            Some(l) => crate::t!(
                "audit-spot-table-row-line",
                table = table.number.to_string(),
                row = (row + 1).to_string(),
                line = l.to_string()
            ),
            None => crate::t!(
                "audit-spot-table-row",
                table = table.number.to_string(),
                row = (row + 1).to_string()
            ),
        };
        let quote = r
            .cells
            .iter()
            .filter(|c| !c.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(" | ");
        Spot {
            chapter: table.chapter.clone(),
            place,
            row: r.line.unwrap_or(r.seq),
            quote: crate::text::shorten(&quote, 200),
        }
    }

    /// A claim that holds.
    pub fn holds(&mut self) {
        self.findings.checked += 1;
    }

    /// A claim that does not hold.
    pub fn wrong(&mut self, d: Diagnostic) {
        self.findings.checked += 1;
        self.findings.diagnostics.push(d);
    }

    /// A claim not judged, and why.
    pub fn skip(&mut self, spot: Spot, reason: impl Into<String>) {
        self.findings.skipped.push(Skip {
            place: place_name(&self.text.file, &spot),
            text: spot.quote,
            reason: reason.into(),
        });
    }

    /// A finding at a spot.
    pub fn diagnostic(&self, rule: &Rule, spot: Spot, message: String) -> Diagnostic {
        let location = Location {
            file: Arc::from(self.text.file.as_str()),
            sheet: spot.chapter,
            cell: spot.place.into(),
            row: spot.row,
        };
        let mut d = Diagnostic::new(rule, location, message);
        d.quote = Some(spot.quote);
        d
    }

    /// The sentences of one paragraph (by paragraph number), in order.
    pub fn in_paragraph(&self, number: u32) -> impl Iterator<Item = &Said<'a>> {
        self.said.iter().filter(move |s| s.para.number == number)
    }
}

fn paragraph_spot(p: &Paragraph, quote: String) -> Spot {
    let place = match p.line {
        Some(l) => crate::t!(
            "audit-spot-paragraph-line",
            paragraph = p.number.to_string(),
            line = l.to_string()
        ),
        None => crate::t!("audit-spot-paragraph", paragraph = p.number.to_string()),
    };
    Spot {
        chapter: p.chapter.clone(),
        place,
        row: p.line.unwrap_or(p.seq),
        quote,
    }
}

pub fn place_name(file: &str, spot: &Spot) -> String {
    match spot.chapter.is_empty() {
        true => format!("{file}: {}", spot.place),
        false => format!("{file}: {}, {}", spot.chapter, spot.place),
    }
}

/// Longest quote: a long sentence is cut around the figures the claim is about.
const QUOTE_CHARS: usize = 240;
const AROUND: usize = 90;

/// The sentence, or the part of it around bytes `from..to`, on one line.
pub fn excerpt(sentence: &str, from: usize, to: usize) -> String {
    let s = sentence.trim();
    let offset = sentence.len() - sentence.trim_start().len();
    let (from, to) = (from.saturating_sub(offset), to.saturating_sub(offset));
    if s.chars().count() <= QUOTE_CHARS {
        return s.to_string();
    }
    let boundary = |mut i: usize| {
        i = i.min(s.len());
        while !s.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = boundary(from.saturating_sub(AROUND));
    let end = boundary((to + AROUND / 2).max(start + QUOTE_CHARS.min(s.len() - start)));
    // Whole words.
    let start = match start {
        0 => 0,
        _ => s[start..].find(' ').map_or(start, |k| start + k + 1),
    };
    let end = match end {
        e if e >= s.len() => s.len(),
        e => s[..e].rfind(' ').unwrap_or(e),
    };
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(s[start..end.max(start)].trim());
    if end < s.len() {
        out.push('…');
    }
    out
}

/// The hedge words before a figure: `sekitar`, `kurang lebih`, `±`, `lebih kurang`.
pub fn hedged(before: &str) -> bool {
    let words = sentence::words_of(before);
    let last: Vec<&str> = words.iter().rev().take(3).map(String::as_str).collect();
    last.first()
        .is_some_and(|w| matches!(*w, "sekitar" | "kira" | "kurang" | "lebih"))
        && !bound(before)
        || before.trim_end().ends_with('±')
        || last
            .windows(2)
            .any(|w| w == ["lebih", "kurang"] || w == ["kira", "kira"])
}

/// A bound, not a figure: `lebih dari 90%`, `hampir 100%`, `di atas`, `minimal`.
pub fn bound(before: &str) -> bool {
    let words = sentence::words_of(before);
    let n = words.len();
    let last = |k: usize| (k <= n).then(|| words[n - k].as_str());
    matches!(
        last(1),
        Some(
            "hampir"
                | "minimal"
                | "maksimal"
                | "setidaknya"
                | "mendekati"
                | "melebihi"
                | "melampaui"
        )
    ) || (matches!(last(1), Some("dari")) && matches!(last(2), Some("lebih" | "kurang")))
        || (matches!(last(1), Some("atas" | "bawah")) && matches!(last(2), Some("di")))
}

/// Does a stated figure agree with a computed value, at the precision its writer used?
pub fn agrees(stated: &Figure, computed: Decimal, tolerance: Decimal, hedge: bool) -> bool {
    let unit = stated.unit;
    if unit.is_zero() {
        return stated.value == computed;
    }
    match stated.kind {
        Kind::Percent => {
            let dp = unit.scale();
            let rounded = round_half_up(computed, dp);
            let diff = (stated.value - rounded).abs();
            diff <= tolerance.max(Decimal::ZERO) && dp >= 2
                || diff.is_zero()
                || (hedge && diff <= unit)
        }
        Kind::Amount | Kind::Number => {
            let units = computed / unit;
            let half_up = round_half_up(units, 0) * unit;
            let down = units.trunc() * unit;
            stated.value == half_up
                || (stated.scaled && stated.value == down)
                || (hedge && (stated.value - computed).abs() <= unit)
        }
    }
}

/// The field a figure's numbers are shown as.
pub fn field_of(figure: &Figure) -> Field {
    match figure.kind {
        Kind::Percent => Field::StatedPercent,
        Kind::Amount => Field::Amount,
        Kind::Number => Field::KTarget,
    }
}

/// `R ÷ P × 100` rounded as a message shows it.
pub fn percent_text(value: Decimal) -> String {
    crate::numbers::format_persen(value, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(text: &str) -> Figure {
        figures::find(text).remove(0)
    }

    #[test]
    fn rounding_the_writer_used() {
        let t = Decimal::new(1, 2);
        let c: Decimal = "19953434175".parse().unwrap();
        assert!(agrees(&fig("Rp 19,95 miliar"), c, t, false));
        assert!(agrees(&fig("Rp 20 miliar"), c, t, false));
        assert!(!agrees(&fig("Rp 19,96 miliar"), c, t, false));
        assert!(!agrees(&fig("Rp19.953.434.176"), c, t, false));
        // 19.953.434.175 ÷ 20.417.906.000 × 100 = 97,725…
        let p = c / "20417906000".parse::<Decimal>().unwrap() * Decimal::ONE_HUNDRED;
        assert!(agrees(&fig("97,73%"), p, t, false));
        assert!(agrees(&fig("98%"), p, t, false));
        assert!(agrees(&fig("97,7 persen"), p, t, false));
        assert!(!agrees(&fig("98,84%"), p, t, false));
        assert!(!agrees(&fig("97%"), p, t, false));
        assert!(
            agrees(&fig("97,72%"), p, t, false),
            "within the tolerance of 0,01"
        );
    }

    #[test]
    fn excerpts_cut_around_the_claim() {
        let long = format!(
            "{} Rp 5 atau 10% dari Rp 50 {}",
            "kata ".repeat(80),
            "lain ".repeat(80)
        );
        let at = long.find("Rp 5").unwrap();
        let e = excerpt(&long, at, at + 20);
        assert!(e.starts_with('…') && e.ends_with('…'));
        assert!(e.contains("Rp 5 atau 10% dari Rp 50"));
    }
}
