//! The document's year against the workspace's (`tahun` in lakip.toml): last year's PK or
//! realisation imported into this year's workspace passes every other rule.
//!
//! Only two things say a document's year: its title's `Tahun 2023`, `TA 2023`, `T.A. 2023`,
//! `Tahun Anggaran 2023` (a Renstra's `Tahun 2020-2024` is a period, which matches when it
//! holds the workspace's year) — else a year standing as a word of a title line
//! (`PERJANJIAN KINERJA 2024`, `PERIODE JANUARI S.D. DESEMBER 2024`) — and, where the title
//! says none, its signature's date. Other years are not the document's: a regulation's
//! (`Undang-Undang Nomor 7 Tahun 2017`, `UU No. 23 Tahun 2014`), a date in the text
//! (`Serang, 24 Januari 2022`).

use crate::kinds::Purpose;
use crate::layout::columns::name_year;
use crate::model::{Document, Location};

/// What a title states of its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stated {
    Year(i32),
    /// A period from the first year to the last (a Renstra's `2020-2024`).
    Period(i32, i32),
}

impl Stated {
    fn holds(self, tahun: i32) -> bool {
        match self {
            Stated::Year(y) => y == tahun,
            Stated::Period(from, to) => (from..=to).contains(&tahun),
        }
    }
}

/// The document's year disagrees with the workspace's: where it is stated, and the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    pub location: Location,
    pub message: String,
}

/// Where the document states another year than `tahun`: its title, else its signature.
pub fn mismatch(doc: &Document, tahun: i32) -> Option<Mismatch> {
    // `Tahun 2024` anywhere in the title first; a bare `2024` only where no line says it so.
    let in_title = doc
        .title
        .iter()
        .enumerate()
        .find_map(|(i, line)| stated_year(line).map(|(stated, phrase)| (i, stated, phrase)))
        .or_else(|| {
            doc.title.iter().enumerate().find_map(|(i, line)| {
                // Shown in its line, where a short line says what the year is of.
                bare_year(line).map(|(stated, phrase)| match line.trim() {
                    short if short.chars().count() <= 80 => (i, stated, short.to_string()),
                    _ => (i, stated, phrase),
                })
            })
        });
    if let Some((i, stated, phrase)) = in_title {
        if stated.holds(tahun) {
            return header_mismatch(doc, tahun);
        }
        let cell = doc.title_cells.get(i).map_or("", String::as_str);
        let message = match stated {
            Stated::Year(year) => crate::t!(
                "finding-year-title",
                phrase = phrase.as_str(),
                year = year.to_string(),
                tahun = tahun.to_string()
            ),
            Stated::Period(from, to) => crate::t!(
                "finding-year-title-period",
                phrase = phrase.as_str(),
                from = from.to_string(),
                to = to.to_string(),
                tahun = tahun.to_string()
            ),
        };
        return Some(Mismatch {
            location: at(doc, cell),
            message,
        });
    }
    signature_mismatch(doc, tahun).or_else(|| header_mismatch(doc, tahun))
}

/// The headers of the columns read that state another year than `tahun` (`Target 2022 |
/// Realisasi 2022` in a 2023 workspace, whatever the title says): at the first of them. A
/// Renstra's columns are the years of its period.
fn header_mismatch(doc: &Document, tahun: i32) -> Option<Mismatch> {
    if doc.kind.purpose() == Purpose::StrategicPlan {
        return None;
    }
    let other: Vec<&crate::model::YearHeader> = (doc.year_headers.iter())
        .filter(|h| name_year(&h.name).is_some_and(|y| y != tahun))
        .collect();
    let first = other.first()?;
    let names: Vec<String> = other.iter().map(|h| format!("'{}'", h.name)).collect();
    Some(Mismatch {
        location: at(doc, &first.cell),
        message: crate::t!(
            "finding-year-header",
            headers = names.join(", "),
            count = names.len(),
            tahun = tahun.to_string()
        ),
    })
}

/// The document's cell `cell` (`A1`).
fn at(doc: &Document, cell: &str) -> Location {
    Location {
        file: doc.file.as_str().into(),
        sheet: doc.sheet.as_str().into(),
        cell: cell.into(),
        row: crate::source::row_of(cell),
    }
}

/// The signature's year against the years a document of `tahun` of its purpose is signed
/// in: a plan in its year or the year before, a realisation or measurement in its year or
/// after it ended, an agreement or action plan in its year (or in December before it, when
/// the budget is handed over). A Renstra is signed once for its five years: its period says
/// its years, not its signature.
fn signature_mismatch(doc: &Document, tahun: i32) -> Option<Mismatch> {
    let sig = doc.signatures.iter().find(|s| s.date.is_some())?;
    let (date, location) = (sig.date.as_deref()?, sig.location.clone()?);
    let signed = year_in(date)?;
    let december = date.to_lowercase().contains("desember");
    let label = doc.kind.spec().label;
    let (fits, when) = match doc.kind.purpose() {
        Purpose::StrategicPlan => return None,
        Purpose::Plan => (
            signed == tahun || signed == tahun - 1,
            crate::t!(
                "finding-year-signed-plan",
                before = (tahun - 1).to_string(),
                tahun = tahun.to_string()
            ),
        ),
        Purpose::Realisation | Purpose::Measurement => (
            signed == tahun || signed == tahun + 1,
            crate::t!(
                "finding-year-signed-realisation",
                tahun = tahun.to_string(),
                after = (tahun + 1).to_string()
            ),
        ),
        Purpose::Agreement | Purpose::ActionPlan => (
            signed == tahun || (signed == tahun - 1 && december),
            crate::t!(
                "finding-year-signed-agreement",
                tahun = tahun.to_string(),
                before = (tahun - 1).to_string()
            ),
        ),
    };
    (!fits).then(|| Mismatch {
        location,
        message: crate::t!(
            "finding-year-signed",
            date = date,
            tahun = tahun.to_string(),
            kind = label,
            when = when
        ),
    })
}

/// The year a title line states as the document's, and the words that state it
/// (`Tahun Anggaran 2023`); `None` when it states none.
pub fn stated_year(line: &str) -> Option<(Stated, String)> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let lower: Vec<String> = words
        .iter()
        .map(|w| {
            w.to_lowercase()
                .trim_end_matches([',', ':', ';'])
                .to_string()
        })
        .collect();
    for i in 0..words.len() {
        let marker = match lower[i].as_str() {
            "tahun" | "thn" | "thn." => {
                if lower.get(i + 1).is_some_and(|w| w == "anggaran") {
                    2
                } else {
                    1
                }
            }
            "ta" | "ta." | "t.a." | "t.a" => 1,
            _ => continue,
        };
        // `Nomor 7 Tahun 2017`, `UU 7 Tahun 2017`: a regulation's year, not the document's.
        // A year closing what came before (`(… Tahun 2017) Tahun 2023`) is no such number.
        if i > 0 && is_regulation_number(&lower[i - 1]) {
            continue;
        }
        let rest: Vec<&str> = words[i + marker..].iter().copied().take(4).collect();
        let Some((stated, used)) = year_or_period(&rest) else {
            continue;
        };
        let phrase = words[i..i + marker + used].join(" ");
        return Some((stated, phrase));
    }
    None
}

/// A year standing as a word of a title line without `Tahun`/`TA` before it
/// (`PERJANJIAN KINERJA 2024`, `REALISASI ANGGARAN 2024`, `Periode Januari 2024`), or a period
/// (`RENSTRA 2020-2024`), with the words that state it. Not a regulation's year (`Nomor 7
/// Tahun 2017`: a `Tahun` the reading of [`stated_year`] passed over), not a number's
/// (`Nomor 2019`), not a date's (`Serang, 24 Januari 2022`) unless the line names a period
/// (`Periode 1 Januari s.d. 31 Desember 2024`). Years 2000–2100 only.
pub fn bare_year(line: &str) -> Option<(Stated, String)> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let lower: Vec<String> = words
        .iter()
        .map(|w| w.to_lowercase().trim_matches(is_edge).to_string())
        .collect();
    let names_period = lower.iter().any(|w| {
        [
            "periode", "s.d", "s.d.", "s/d", "sampai", "hingga", "keadaan", "per",
        ]
        .contains(&w.as_str())
    });
    for i in 0..words.len() {
        let bare = words[i].trim_matches(is_edge);
        let digits: Vec<&str> = bare
            .split(|c: char| !c.is_ascii_digit())
            .filter(|d| !d.is_empty())
            .collect();
        let Some(first) = digits.first() else {
            continue;
        };
        // The word is a year or a period of years, nothing else (`2024`, `2020-2024`; not
        // `8/2019`, `2024.01`).
        let shaped = match digits.as_slice() {
            [y] => *y == bare,
            [a, b] => bare == format!("{a}-{b}") || bare == format!("{a}–{b}"),
            _ => false,
        };
        if !shaped || !digits.iter().all(|d| in_range(d)) || first.len() != 4 {
            continue;
        }
        let before = |n: usize| i.checked_sub(n).map(|j| lower[j].as_str());
        // `Tahun 2017` here was passed over by `stated_year`: a regulation's year.
        let tahun_anggaran = before(1) == Some("anggaran") && before(2).is_some_and(is_marker);
        if before(1).is_some_and(is_marker) || tahun_anggaran {
            continue;
        }
        if before(1).is_some_and(|w| ["nomor", "no", "no.", "nomer"].contains(&w)) {
            continue;
        }
        let month = before(1).is_some_and(is_month);
        let dated = month && before(2).is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
        if dated && !names_period {
            continue;
        }
        let rest: Vec<&str> = words[i..].iter().copied().take(3).collect();
        let (stated, used) = year_or_period(&rest)?;
        let from = if month { i - 1 } else { i };
        return Some((stated, words[from..i + used].join(" ")));
    }
    None
}

fn is_edge(c: char) -> bool {
    matches!(c, ',' | '.' | ':' | ';' | '(' | ')' | '"' | '\'')
}

fn in_range(digits: &str) -> bool {
    digits.len() == 4 && year(digits).is_some_and(|y| (2000..=2100).contains(&y))
}

fn is_marker(word: &str) -> bool {
    ["tahun", "thn", "ta", "t.a", "t.a."].contains(&word)
}

fn is_month(word: &str) -> bool {
    [
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "nopember",
        "desember",
    ]
    .contains(&word)
}

/// `2023`, `2020-2024`, `2020 - 2024`, `2020 s.d. 2024`, `2020 sampai 2024` at the start of
/// `words`, with how many words it took.
fn year_or_period(words: &[&str]) -> Option<(Stated, usize)> {
    let first = words.first()?;
    let digits: Vec<&str> = first
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| !d.is_empty())
        .collect();
    match digits.as_slice() {
        [from, to] if is_year(from) && is_year(to) => {
            Some((Stated::Period(year(from)?, year(to)?), 1))
        }
        [y] if is_year(y)
            && first
                .trim_end_matches([',', '.', ')', ':', ';'])
                .ends_with(y) =>
        {
            let from = year(y)?;
            let joiner = words.get(1).map(|w| w.to_lowercase());
            let to = words.get(2).and_then(|w| {
                let w = w.trim_end_matches([',', '.', ')', ':', ';']);
                is_year(w).then(|| year(w)).flatten()
            });
            let joins = joiner.as_deref().is_some_and(|j| {
                [
                    "-", "–", "—", "s.d.", "s.d", "s/d", "sd", "sampai", "hingga",
                ]
                .contains(&j)
            });
            Some(match (joins, to) {
                (true, Some(to)) => (Stated::Period(from, to), 3),
                _ => (Stated::Year(from), 1),
            })
        }
        _ => None,
    }
}

/// `7`, `12/2019`, `PKPU.3`: a number a regulation is known by, before its `Tahun`.
fn is_regulation_number(word: &str) -> bool {
    let bare = word.trim_end_matches([')', ',', ';', ':', '.']);
    word.chars().any(|c| c.is_ascii_digit()) && !(bare != word && is_year(bare))
}

fn is_year(digits: &str) -> bool {
    digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"))
}

fn year(digits: &str) -> Option<i32> {
    digits.parse().ok()
}

/// The first four-digit year (19xx or 20xx) in a text.
fn year_in(text: &str) -> Option<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .find(|d| is_year(d))
        .and_then(year)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stated(line: &str) -> Option<Stated> {
        stated_year(line).map(|(s, _)| s)
    }

    #[test]
    fn the_titles_year_in_its_forms() {
        assert_eq!(
            stated("PERJANJIAN KINERJA TAHUN 2023"),
            Some(Stated::Year(2023))
        );
        assert_eq!(
            stated_year("Realisasi Anggaran Tahun Anggaran 2022").map(|(_, p)| p),
            Some("Tahun Anggaran 2022".to_string())
        );
        assert_eq!(
            stated("RKT KPU Kota Serang TA 2024"),
            Some(Stated::Year(2024))
        );
        assert_eq!(stated("RKT T.A. 2024"), Some(Stated::Year(2024)));
        assert_eq!(stated("Rencana Aksi Tahun: 2023"), Some(Stated::Year(2023)));
        assert_eq!(
            stated("Renstra KPU Tahun 2020-2024"),
            Some(Stated::Period(2020, 2024))
        );
        assert_eq!(
            stated("Renstra Tahun 2020 – 2024"),
            Some(Stated::Period(2020, 2024))
        );
        assert_eq!(
            stated("RENSTRA TAHUN 2020 S.D. 2024"),
            Some(Stated::Period(2020, 2024))
        );
    }

    #[test]
    fn years_that_are_not_the_documents() {
        // A regulation's year, a date, a year without Tahun/TA before it.
        assert_eq!(
            stated("berdasarkan Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum"),
            None
        );
        assert_eq!(stated("sesuai UU 7 Tahun 2017"), None);
        assert_eq!(stated("Serang, 24 Januari 2022"), None);
        // Without Tahun/TA before it, `stated_year` leaves it to `bare_year`.
        assert_eq!(stated("Laporan Kinerja 2022"), None);
        assert_eq!(stated("Tahun ke-2"), None);
        // The regulation is passed over; the document's own year after it is found.
        assert_eq!(
            stated("PK (UU Nomor 7 Tahun 2017) Tahun 2023"),
            Some(Stated::Year(2023))
        );
    }

    fn bare(line: &str) -> Option<(Stated, String)> {
        bare_year(line)
    }

    #[test]
    fn a_year_standing_as_a_word_of_a_title_line() {
        let year = |y: i32, phrase: &str| Some((Stated::Year(y), phrase.to_string()));
        assert_eq!(bare("PERJANJIAN KINERJA 2024"), year(2024, "2024"));
        assert_eq!(bare("REALISASI ANGGARAN 2024"), year(2024, "2024"));
        assert_eq!(bare("Laporan Kinerja 2022"), year(2022, "2022"));
        assert_eq!(
            bare("PERIODE JANUARI S.D. DESEMBER 2024"),
            year(2024, "DESEMBER 2024")
        );
        assert_eq!(bare("Periode Januari 2024"), year(2024, "Januari 2024"));
        assert_eq!(
            bare("Periode 1 Januari s.d. 31 Desember 2024"),
            year(2024, "Desember 2024")
        );
        assert_eq!(
            bare("RENSTRA KPU 2020-2024"),
            Some((Stated::Period(2020, 2024), "2020-2024".to_string()))
        );
        assert_eq!(
            bare("RENSTRA KPU 2020 - 2024"),
            Some((Stated::Period(2020, 2024), "2020 - 2024".to_string()))
        );
    }

    #[test]
    fn bare_years_that_are_not_the_documents() {
        // A regulation's year (the `Tahun` before it follows its number), a number, a date,
        // a year out of 2000–2100, a year inside another number.
        assert_eq!(bare("berdasarkan Undang-Undang Nomor 7 Tahun 2017"), None);
        assert_eq!(
            bare("sesuai UU No. 23 Tahun 2014 tentang Pemerintahan Daerah"),
            None
        );
        assert_eq!(bare("PKPU Nomor 2019"), None);
        assert_eq!(bare("Serang, 24 Januari 2022"), None);
        assert_eq!(bare("Laporan 1999"), None);
        assert_eq!(bare("Permendagri 86/2017"), None);
        assert_eq!(bare("Kode 2024.01"), None);
    }
}
