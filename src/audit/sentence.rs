//! Sentences of a paragraph, and what each figure in them is: its measure (pagu, realisasi,
//! sisa, target, capaian), whether it is a total, and the program, kegiatan, sasaran or
//! indikator it is stated for.
//!
//! A figure's measure is the nearest word about it in the words before it, back to the figure
//! before (`dengan anggaran sebesar Rp…` is a pagu; `realisasi anggaran sebesar Rp…` and
//! `serapan anggaran` a realisasi; `sisa anggaran` a sisa). Its entity is the name after the
//! last `Program`/`kegiatan`/`sasaran`/`indikator` in those words, or the entity of the figure
//! before it in the sentence.

use super::figures::{self, Figure, Kind};

/// One sentence: its byte range in the paragraph's text and its figures.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub figures: Vec<Fig>,
}

#[derive(Debug, Clone)]
pub struct Fig {
    pub figure: Figure,
    pub measure: Option<Measure>,
    /// `jumlah`, `total`, `seluruhnya` before it.
    pub total: bool,
    pub entity: Option<Entity>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Measure {
    Pagu,
    Realisasi,
    Sisa,
    Target,
    Capaian,
}

impl Measure {
    pub fn name(self) -> &'static str {
        match self {
            Measure::Pagu => "pagu",
            Measure::Realisasi => "realisasi",
            Measure::Sisa => "sisa",
            Measure::Target => "target",
            Measure::Capaian => "capaian",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Program,
    Kegiatan,
    Sasaran,
    Indikator,
}

impl EntityKind {
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Program => "program",
            EntityKind::Kegiatan => "kegiatan",
            EntityKind::Sasaran => "sasaran",
            EntityKind::Indikator => "indikator",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub kind: EntityKind,
    /// The name as written, without its code (`Dukungan Manajemen`).
    pub name: String,
}

/// Abbreviations whose dot ends no sentence (`Rp. 20.000`, `No. 5`).
const ABBREVIATIONS: [&str; 18] = [
    "rp", "no", "nomor", "dll", "dsb", "jl", "kel", "kec", "h", "hj", "dr", "drs", "ir", "prof",
    "nip", "tbk", "sd", "s.d",
];

/// The sentences of a text, with their figures read.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') && ends_sentence(text, i) {
            push(text, start, i + 1, &mut out);
            start = i + 1;
        }
        i += 1;
    }
    push(text, start, text.len(), &mut out);
    out
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    if s.trim().is_empty() {
        return;
    }
    out.push(Sentence {
        start,
        end,
        figures: read_figures(s),
    });
}

/// A `.` at `i` ends a sentence when a space and a capital letter follow, and the word before
/// it is no abbreviation and no list number (`1. Program`).
fn ends_sentence(text: &str, i: usize) -> bool {
    let after = &text[i + 1..];
    let trimmed = after.trim_start();
    if trimmed.len() == after.len() {
        return false;
    }
    if !trimmed.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“') {
        return false;
    }
    let before = &text[..i];
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| !c.is_whitespace())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = word.to_lowercase();
    let bare = lower.trim_start_matches(['(', '"']);
    if ABBREVIATIONS.contains(&bare) {
        return false;
    }
    // A list number or letter: `1.`, `a.`.
    if bare.len() <= 2 && (bare.chars().all(|c| c.is_ascii_digit()) || bare.chars().count() == 1) {
        return false;
    }
    true
}

fn read_figures(s: &str) -> Vec<Fig> {
    let found = figures::find(s);
    let mut out: Vec<Fig> = Vec::with_capacity(found.len());
    let mut window_start = 0;
    let mut entity: Option<Entity> = None;
    for figure in found {
        let window = &s[window_start..figure.start];
        let window = window.rsplit(';').next().unwrap_or(window);
        let words = words_of(window);
        let (measure, total) = measure_of(&words);
        match entity_in(window) {
            Some(e) => entity = Some(e),
            // A long stretch of words without a name is about something else.
            None if words.len() > 8 => entity = None,
            None => {}
        }
        let counts = matches!(figure.kind, Kind::Amount | Kind::Percent);
        let end = figure.end;
        out.push(Fig {
            figure,
            measure,
            total,
            entity: entity.clone(),
        });
        if counts {
            window_start = end;
        }
    }
    out
}

/// The words of a text, lower case, punctuation taken off.
pub fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The measure the nearest word names, and whether a word says it is a total.
fn measure_of(words: &[String]) -> (Option<Measure>, bool) {
    let total = words.iter().rev().take(8).any(|w| {
        matches!(
            w.as_str(),
            "jumlah" | "jumlahnya" | "total" | "totalnya" | "seluruhnya" | "keseluruhan"
        )
    });
    for (k, w) in words.iter().enumerate().rev().take(8) {
        let before = k.checked_sub(1).map(|j| words[j].as_str());
        let m = match w.as_str() {
            "sisa" | "selisih" | "tersisa" | "sisanya" => Some(Measure::Sisa),
            "realisasi" | "realisasinya" | "terealisasi" | "serapan" | "penyerapan"
            | "terserap" | "diserap" | "menyerap" | "dibelanjakan" => Some(Measure::Realisasi),
            "anggaran" | "anggarannya" | "belanja" | "dana" => match before {
                Some("realisasi" | "serapan" | "penyerapan" | "terserap") => {
                    Some(Measure::Realisasi)
                }
                Some("sisa" | "selisih") => Some(Measure::Sisa),
                _ => Some(Measure::Pagu),
            },
            "pagu" | "pagunya" | "alokasi" | "dialokasikan" | "dipa" => Some(Measure::Pagu),
            "target" | "targetnya" | "ditargetkan" => Some(Measure::Target),
            "capaian" | "capaiannya" => Some(Measure::Capaian),
            _ => None,
        };
        if m.is_some() {
            return (m, total);
        }
    }
    (None, total)
}

/// Words that end an entity's name.
const NAME_STOPS: [&str; 22] = [
    "sebesar",
    "dengan",
    "yaitu",
    "adalah",
    "senilai",
    "mencapai",
    "anggaran",
    "pagu",
    "realisasi",
    "serapan",
    "target",
    "capaian",
    "sisa",
    "atau",
    "pada",
    "memiliki",
    "mendapat",
    "menerima",
    "sejumlah",
    "terealisasi",
    "telah",
    "tercapai",
];

/// The entity the last `Program`/`kegiatan`/`sasaran`/`indikator` of a text names.
fn entity_in(window: &str) -> Option<Entity> {
    let tokens: Vec<&str> = window.split_whitespace().collect();
    let (k, kind) = tokens.iter().enumerate().rev().find_map(|(k, t)| {
        let w = t
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let kind = match w.as_str() {
            "program" => EntityKind::Program,
            "kegiatan" => EntityKind::Kegiatan,
            "sasaran" => EntityKind::Sasaran,
            "indikator" => EntityKind::Indikator,
            _ => return None,
        };
        Some((k, kind))
    })?;
    let mut name: Vec<&str> = Vec::new();
    for t in &tokens[k + 1..] {
        if t.starts_with('(') || t.starts_with(':') {
            break;
        }
        let w = t
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if NAME_STOPS.contains(&w.as_str()) {
            break;
        }
        // A name may hold commas (`Pengelolaan, Pengadaan, Laporan dan …`), not a `;` or `:`.
        let ends = t.ends_with(';') || t.ends_with(':');
        name.push(t.trim_end_matches([',', ';', ':', '.']));
        if ends {
            break;
        }
    }
    // A name is words with letters; one word alone is too little to tell programs apart.
    let name: Vec<&str> = name
        .into_iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    (name.len() >= 2).then(|| Entity {
        kind,
        name: name.join(" "),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_where_a_sentence_ends() {
        let text = "Anggaran sebesar Rp. 20.415.736.000 untuk 2 program: 1. Program A sebesar Rp. 1.000. Realisasi naik. No. 5 tetap.";
        let s = sentences(text);
        let parts: Vec<&str> = s.iter().map(|s| text[s.start..s.end].trim()).collect();
        assert_eq!(parts.len(), 3, "{parts:?}");
        assert!(parts[0].ends_with("Rp. 1.000."));
    }

    #[test]
    fn measures_and_entities() {
        let s = &sentences(
            "kegiatan Program Dukungan Manajemen dengan anggaran sebesar Rp. 2.170.936.000 dengan \
             realisasi sebesar Rp. 2.158.035.549 atau 99.93% sehingga terdapat sisa anggaran sebesar \
             Rp 12.900.451.",
        )[0];
        let f = &s.figures;
        assert_eq!(f[0].measure, Some(Measure::Pagu));
        assert_eq!(f[1].measure, Some(Measure::Realisasi));
        assert_eq!(f[3].measure, Some(Measure::Sisa));
        assert_eq!(f[1].entity.as_ref().unwrap().name, "Dukungan Manajemen");
        assert_eq!(f[1].entity.as_ref().unwrap().kind, EntityKind::Program);
        let s = &sentences(
            "realisasi anggaran sebesar Rp19.953.434.175 atau 98,84% dari pagu Rp20.417.906.000",
        )[0];
        assert_eq!(s.figures[0].measure, Some(Measure::Realisasi));
        assert_eq!(s.figures[2].measure, Some(Measure::Pagu));
    }
}
