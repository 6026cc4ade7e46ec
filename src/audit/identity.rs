//! `year` and `satker`: the report's year and satker, as its title states them (and the
//! workspace, with -w), against what the text names as the report's own.

use super::sentence::words_of;
use super::{rules, Audit, Spot};

/// The report's year as its title states it (`2023`, `TAHUN 2023` in the paragraphs before the
/// first chapter), with the paragraph.
pub fn title_year(a: &Audit) -> Option<(i32, Spot)> {
    for p in a.text.paragraphs().take(15) {
        if !p.chapter.is_empty() {
            break;
        }
        let t = p.text.trim();
        if t.chars().count() > 80 {
            continue;
        }
        let words = words_of(t);
        let year = match words.as_slice() {
            [y] => year_of(y),
            _ => words
                .windows(2)
                .find(|w| w[0] == "tahun")
                .and_then(|w| year_of(&w[1])),
        };
        if let Some(y) = year {
            return Some((y, a.para_spot(p)));
        }
    }
    None
}

/// The year the report is held to: the title's, else the workspace's.
pub fn report_year(a: &Audit) -> Option<i32> {
    title_year(a)
        .map(|(y, _)| y)
        .or_else(|| a.known.and_then(|k| k.tahun))
}

fn year_of(word: &str) -> Option<i32> {
    let y: i32 = word.parse().ok()?;
    (word.len() == 4 && (1990..=2100).contains(&y)).then_some(y)
}

/// A region as a satker's name ends: `Kota Serang` → (`kota`, `serang`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    pub level: &'static str,
    pub name: String,
}

/// Words that end a region's name.
const NAME_ENDS: [&str; 16] = [
    "tahun",
    "nomor",
    "periode",
    "dan",
    "yang",
    "pada",
    "di",
    "dengan",
    "untuk",
    "dalam",
    "sesuai",
    "berdasarkan",
    "merupakan",
    "adalah",
    "serta",
    "ke",
];

/// The first region a text names (`KPU Kabupaten Lebak`, `KOMISI PEMILIHAN UMUM KOTA SERANG`).
pub fn region(text: &str) -> Option<Region> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    for (k, t) in tokens.iter().enumerate() {
        let w = t
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let level = match w.as_str() {
            "kota" => "kota",
            "kabupaten" | "kab" => "kabupaten",
            "provinsi" => "provinsi",
            _ => continue,
        };
        // `Kabupaten/Kota` is a kind of satker, not one.
        if t.contains('/') {
            continue;
        }
        let mut name = Vec::new();
        for n in &tokens[k + 1..] {
            let clean = n.trim_matches(|c: char| !c.is_alphanumeric());
            if clean.is_empty()
                || !clean.starts_with(|c: char| c.is_uppercase())
                || clean.chars().any(|c| c.is_ascii_digit())
                || NAME_ENDS.contains(&clean.to_lowercase().as_str())
                || name.len() == 3
            {
                break;
            }
            name.push(clean.to_lowercase());
            if n.ends_with([',', '.', ';', ':', ')']) {
                break;
            }
        }
        if !name.is_empty() {
            return Some(Region {
                level,
                name: name.join(" "),
            });
        }
    }
    None
}

/// The report's satker region: the title's, else the workspace's.
fn own_region(a: &Audit) -> Option<(Region, String)> {
    for p in a.text.paragraphs().take(15) {
        if !p.chapter.is_empty() {
            break;
        }
        if let Some(r) = region(&p.text) {
            return Some((
                r,
                crate::t!(
                    "audit-source-title",
                    title = crate::text::shorten(&p.text, 60)
                ),
            ));
        }
    }
    let k = a.known?;
    let r = region(k.satker.as_deref()?)?;
    Some((r, crate::t!("audit-source-workspace-satker")))
}

/// What names the report's own year.
const REPORT_NOUNS: [&str; 7] = [
    "laporan kinerja",
    "laporan akuntabilitas kinerja",
    "lakip",
    "lkj",
    "perjanjian kinerja",
    "penetapan kinerja",
    "lkjip",
];

/// Words after a year that make it another year's.
const OTHER_YEAR: [&str; 6] = [
    "sebelumnya",
    "lalu",
    "mendatang",
    "berikutnya",
    "depan",
    "akan",
];

pub fn check(a: &mut Audit) {
    let title = title_year(a);
    if let (Some((y, spot)), Some(w)) = (&title, a.known.and_then(|k| k.tahun)) {
        if *y != w {
            let d = a.diagnostic(
                &rules::YEAR,
                spot.clone(),
                crate::t!(
                    "audit-year-workspace",
                    title = y.to_string(),
                    workspace = w.to_string()
                ),
            );
            a.wrong(d);
        }
    }
    if let Some(year) = report_year(a) {
        years(a, year, title.is_some());
    }
    satker(a);
}

fn years(a: &mut Audit, year: i32, from_title: bool) {
    let source = if from_title {
        crate::t!("audit-year-source-title")
    } else {
        crate::t!("audit-year-source-workspace")
    };
    for i in 0..a.said.len() {
        let text = a.said[i].text().to_string();
        let lower = text.to_ascii_lowercase();
        for noun in REPORT_NOUNS {
            let mut from = 0;
            while let Some(k) = lower[from..].find(noun) {
                let at = from + k;
                from = at + noun.len();
                // A whole word.
                if lower[..at].ends_with(|c: char| c.is_alphanumeric())
                    || lower[from..].starts_with(|c: char| c.is_alphanumeric())
                {
                    continue;
                }
                let before = words_of(&lower[..at]);
                if before
                    .iter()
                    .rev()
                    .take(4)
                    .any(|w| w.starts_with("dibanding") || w == "dari" || w == "lalu")
                {
                    continue;
                }
                let Some((stated, end)) = year_after(&lower, from) else {
                    continue;
                };
                let spot = a.spot(&a.said[i], at, end);
                if stated == year {
                    a.holds();
                    continue;
                }
                let d = a.diagnostic(
                    &rules::YEAR,
                    spot,
                    crate::t!(
                        "audit-year-wrong",
                        text = text[at..end].trim(),
                        stated = stated.to_string(),
                        year = year.to_string(),
                        source = &source
                    ),
                );
                a.wrong(d);
            }
        }
    }
}

/// `(LKj) Sekretaris KPU Kota Serang Tahun 2023`: the year named within six words after a
/// report's noun (and a bracket), none of them a number; with the byte offset after the year.
fn year_after(lower: &str, from: usize) -> Option<(i32, usize)> {
    let mut rest = lower[from..].trim_start();
    let mut pos = lower.len() - rest.len();
    if rest.starts_with('(') {
        let close = rest.find(')')?;
        pos += close + 1;
        rest = &rest[close + 1..];
    }
    let tokens: Vec<(usize, &str)> = rest
        .split_whitespace()
        .map(|t| (t.as_ptr() as usize - lower.as_ptr() as usize, t))
        .collect();
    let _ = pos;
    for (k, (_, t)) in tokens.iter().enumerate().take(8) {
        let w = t.trim_matches(|c: char| !c.is_alphanumeric());
        if w.chars().any(|c| c.is_ascii_digit())
            || t.ends_with(['.', ',', ';', ':']) && w != "tahun"
        {
            return None;
        }
        if w != "tahun" {
            if k >= 6 {
                return None;
            }
            continue;
        }
        let mut next = k + 1;
        if tokens
            .get(next)
            .map(|(_, t)| t.trim_matches(|c: char| !c.is_alphanumeric()))
            == Some("anggaran")
        {
            next += 1;
        }
        let (offset, ytok) = tokens.get(next)?;
        let y = ytok.trim_matches(|c: char| !c.is_alphanumeric());
        let year = year_of(y)?;
        let after = tokens
            .get(next + 1)
            .map(|(_, t)| t.trim_matches(|c: char| !c.is_alphanumeric()));
        if after.is_some_and(|w| OTHER_YEAR.contains(&w)) {
            return None;
        }
        return Some((year, offset + ytok.len()));
    }
    None
}

/// Phrases after which the text names the satker whose tugas, fungsi or report it is.
const OWN: [&str; 6] = [
    "tugas pokok dan fungsi",
    "tupoksi",
    "tugas dan fungsi",
    "laporan kinerja",
    "lakip",
    "lkj",
];

fn satker(a: &mut Audit) {
    let Some((own, source)) = own_region(a) else {
        return;
    };
    if let Some(k) = a.known {
        if let Some(ws) = k.satker.as_deref().and_then(region) {
            if ws != own {
                if let Some((_, spot)) = title_year(a)
                    .or_else(|| a.text.paragraphs().next().map(|p| (0, a.para_spot(p))))
                {
                    let d = a.diagnostic(
                        &rules::SATKER,
                        spot,
                        crate::t!(
                            "audit-satker-workspace",
                            title = format!("{} {}", own.level, title_case(&own.name)),
                            workspace = k.satker.clone().unwrap_or_default()
                        ),
                    );
                    a.wrong(d);
                }
            }
        }
    }
    for i in 0..a.said.len() {
        let text = a.said[i].text().to_string();
        let lower = text.to_ascii_lowercase();
        for phrase in OWN {
            let mut from = 0;
            while let Some(k) = lower[from..].find(phrase) {
                let at = from + k;
                from = at + phrase.len();
                if lower[from..].starts_with(|c: char| c.is_alphanumeric()) {
                    continue;
                }
                // The satker within five words after the phrase.
                let tail: String = text[from..]
                    .split_whitespace()
                    .take(6)
                    .collect::<Vec<_>>()
                    .join(" ");
                let tail = tail.trim_start_matches(|c: char| c == '(' || c.is_whitespace());
                let tail = match tail.find(')') {
                    Some(k) if tail.starts_with(|c: char| c.is_uppercase()) && k < 8 => {
                        &tail[k + 1..]
                    }
                    _ => tail,
                };
                let Some(named) = region(tail) else {
                    continue;
                };
                let spot = a.spot(&a.said[i], at, from + 40);
                if named == own {
                    a.holds();
                    continue;
                }
                let d = a.diagnostic(
                    &rules::SATKER,
                    spot,
                    crate::t!(
                        "audit-satker-wrong",
                        named = format!("{} {}", named.level, title_case(&named.name)),
                        own = format!("{} {}", own.level, title_case(&own.name)),
                        source = &source
                    ),
                );
                a.wrong(d);
            }
        }
    }
}

fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions() {
        assert_eq!(
            region("fungsi KPU Kabupaten Lebak, pembagian"),
            Some(Region {
                level: "kabupaten",
                name: "lebak".into()
            })
        );
        assert_eq!(
            region("KOMISI PEMILIHAN UMUM KOTA SERANG"),
            Some(Region {
                level: "kota",
                name: "serang".into()
            })
        );
        assert_eq!(region("KPU Kabupaten/Kota bertugas"), None);
    }

    #[test]
    fn years_named_for_the_report() {
        let l = "lakip komisi pemilihan umum kota serang tahun 2023 merupakan";
        assert_eq!(year_after(l, 5).map(|y| y.0), Some(2023));
        let l = "laporan kinerja (lk) lembaga tahun 2022 (moral";
        assert_eq!(year_after(l, 15).map(|y| y.0), Some(2022));
        let l = "perjanjian kinerja tahun 2022 sebelumnya";
        assert_eq!(year_after(l, 18), None);
        let l = "laporan kinerja yang disusun berdasarkan renstra 2020 tahun 2024";
        assert_eq!(year_after(l, 15), None);
    }
}
