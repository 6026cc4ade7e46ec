//! `signing-date` and `signatory`: the date lines of the signatures (`Serang, 31 Januari
//! 2024`) and the names under them.
//!
//! Which document a signature belongs to is read from the titles above it: the LKj's own
//! (under the Kata Pengantar, at the end of the Penutup) until a title of an attachment —
//! `PERJANJIAN KINERJA`, `PERNYATAAN PERJANJIAN KINERJA` (a PK), `RENCANA AKSI`, `INDIKATOR
//! KINERJA UTAMA`, `LAMPIRAN` (another document, whose dates are not held to a rule).

use super::identity;
use super::read::{Block, Paragraph};
use super::sentence::words_of;
use super::{rules, Audit, Spot};
use crate::compute::similar;
use crate::text::BULAN;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    Lkj,
    /// A PK, with the year its title states, and whether it is a revised one.
    Pk {
        year: Option<i32>,
        revised: bool,
    },
    Other,
}

/// A date line: day (when written), month (1–12), year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateLine {
    pub day: Option<u32>,
    pub month: u32,
    pub year: i32,
}

/// `Serang, 31 Januari 2024`, `Januari 2024`, `25 Januari 2023`: a paragraph that is a date
/// line and nothing else.
pub fn date_line(text: &str) -> Option<DateLine> {
    let t = text.trim().trim_end_matches(['.', ',']);
    let date = match t.rsplit_once(',') {
        Some((place, date)) => {
            let words: Vec<&str> = place.split_whitespace().collect();
            if words.is_empty()
                || words.len() > 3
                || !words
                    .iter()
                    .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '.'))
            {
                return None;
            }
            date
        }
        None => t,
    };
    let parts: Vec<&str> = date.split_whitespace().collect();
    let (day, month, year) = match parts.as_slice() {
        [d, m, y] => (
            Some(d.parse::<u32>().ok().filter(|d| (1..=31).contains(d))?),
            *m,
            *y,
        ),
        [m, y] => (None, *m, *y),
        _ => return None,
    };
    let month = BULAN.iter().position(|b| b.eq_ignore_ascii_case(month))? as u32 + 1;
    let year: i32 = year.parse().ok().filter(|y| (1990..=2100).contains(y))?;
    Some(DateLine { day, month, year })
}

/// The context a short title in capitals opens, if it is one.
fn title_context(p: &Paragraph) -> Option<Context> {
    let t = p.text.trim();
    if t.chars().count() > 120 || t.chars().filter(|c| c.is_lowercase()).count() > 0 {
        return None;
    }
    let upper = t.to_uppercase();
    let year = words_of(t)
        .windows(2)
        .find(|w| w[0] == "tahun")
        .and_then(|w| w[1].parse::<i32>().ok());
    if upper.starts_with("PERJANJIAN KINERJA")
        || upper.starts_with("PERNYATAAN PERJANJIAN KINERJA")
        || upper.starts_with("PENETAPAN KINERJA")
    {
        return Some(Context::Pk {
            year,
            revised: upper.contains("PERUBAHAN") || upper.contains("REVISI"),
        });
    }
    [
        "RENCANA AKSI",
        "INDIKATOR KINERJA UTAMA",
        "LAMPIRAN",
        "RENCANA KINERJA",
        "RENCANA STRATEGIS",
    ]
    .iter()
    .any(|s| upper.starts_with(s))
    .then_some(Context::Other)
}

const JABATAN: [&str; 9] = [
    "ketua",
    "kepala",
    "sekretaris",
    "plt",
    "plh",
    "pj",
    "direktur",
    "kuasa",
    "pimpinan",
];

pub fn check(a: &mut Audit) {
    let Some(year) = identity::report_year(a) else {
        return;
    };
    let mut context = Context::Lkj;
    let mut chapter: Option<std::sync::Arc<str>> = None;
    let paragraphs: Vec<&Paragraph> = a
        .text
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Para(p) => Some(p),
            Block::Table(_) => None,
        })
        .collect();
    let mut signatories: Vec<(String, Spot)> = Vec::new();
    for (k, p) in paragraphs.iter().enumerate() {
        if chapter.as_ref() != Some(&p.chapter) {
            chapter = Some(p.chapter.clone());
            context = Context::Lkj;
        }
        if let Some(c) = title_context(p) {
            context = c;
            continue;
        }
        let Some(date) = date_line(&p.text) else {
            continue;
        };
        let spot = a.para_spot(p);
        match context {
            Context::Lkj => {
                lkj_date(a, date, year, spot.clone());
                if let Some(name) = signatory(&paragraphs[k + 1..]) {
                    signatories.push((name.0, a.para_spot(name.1)));
                }
            }
            Context::Pk {
                year: pk_year,
                revised,
            } => {
                if !revised {
                    pk_date(a, date, pk_year.unwrap_or(year), spot)
                }
            }
            Context::Other => {}
        }
    }
    signatory_check(a, &signatories);
}

fn shown(d: DateLine) -> String {
    let month = BULAN[d.month as usize - 1];
    match d.day {
        Some(day) => format!("{day} {month} {}", d.year),
        None => format!("{month} {}", d.year),
    }
}

fn lkj_date(a: &mut Audit, d: DateLine, year: i32, spot: Spot) {
    if d.year > year {
        return a.holds();
    }
    let message = crate::t!("audit-date-lkj", year = year.to_string(), date = shown(d));
    let diag = a
        .diagnostic(&rules::SIGNING_DATE, spot, message)
        .hint(crate::t!(
            "audit-date-lkj-hint",
            year = year.to_string(),
            written = d.year.to_string()
        ));
    a.wrong(diag);
}

fn pk_date(a: &mut Audit, d: DateLine, year: i32, spot: Spot) {
    if d.year == year && d.month == 1 {
        return a.holds();
    }
    let message = crate::t!("audit-date-pk", year = year.to_string(), date = shown(d));
    let diag = a
        .diagnostic(&rules::SIGNING_DATE, spot, message)
        .hint(crate::t!("audit-date-pk-hint"));
    a.wrong(diag);
}

/// The name under a date line: after the jabatan, the first line of two to five capitalised
/// words.
fn signatory<'p>(after: &[&'p Paragraph]) -> Option<(String, &'p Paragraph)> {
    let mut seen_jabatan = false;
    for p in after.iter().take(5) {
        let words = words_of(&p.text);
        if words.first().is_some_and(|w| JABATAN.contains(&w.as_str())) {
            seen_jabatan = true;
            continue;
        }
        if !seen_jabatan {
            continue;
        }
        let tokens: Vec<&str> = p.text.split_whitespace().collect();
        let name_like = (2..=5).contains(&tokens.len())
            && tokens.iter().all(|t| {
                t.starts_with(|c: char| c.is_uppercase()) && !t.chars().any(|c| c.is_ascii_digit())
            })
            && !words
                .iter()
                .any(|w| w == "nip" || w == "kpu" || w == "kota" || w == "kabupaten");
        if name_like {
            return Some((p.text.trim().to_string(), p));
        }
    }
    None
}

fn signatory_check(a: &mut Audit, found: &[(String, Spot)]) {
    let same = |x: &str, y: &str| similar::same(x, y);
    if let Some((first, _)) = found.first() {
        for (name, spot) in &found[1..] {
            if same(first, name) {
                a.holds();
                continue;
            }
            let d = a.diagnostic(
                &rules::SIGNATORY,
                spot.clone(),
                crate::t!("audit-signatory-differs", name = name, first = first),
            );
            a.wrong(d);
        }
        if let Some(ws) = a.known.and_then(|k| k.penandatangan.clone()) {
            if !ws.trim().is_empty() {
                if same(first, &ws) {
                    a.holds();
                } else {
                    let spot = found[0].1.clone();
                    let d = a
                        .diagnostic(
                            &rules::SIGNATORY,
                            spot,
                            crate::t!("audit-signatory-workspace", first = first, workspace = &ws),
                        )
                        .hint(crate::t!("audit-signatory-hint"));
                    a.wrong(d);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines() {
        assert_eq!(
            date_line("Serang, 31 Januari 2024"),
            Some(DateLine {
                day: Some(31),
                month: 1,
                year: 2024
            })
        );
        assert_eq!(
            date_line("Serang, Januari 2023"),
            Some(DateLine {
                day: None,
                month: 1,
                year: 2023
            })
        );
        assert_eq!(date_line("25 Januari 2023").map(|d| d.day), Some(Some(25)));
        assert_eq!(date_line("pada tanggal 24 Desember 2023 berakhirnya"), None);
        assert_eq!(date_line("Serang, 2023"), None);
    }
}
