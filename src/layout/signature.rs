//! The signature block under a table: `Serang, 24 Januari 2023`, the office, the name, `NIP…`.

use crate::model::{Location, Signature};

const JABATAN_WORDS: [&str; 9] = [
    "ketua",
    "sekretaris",
    "kepala",
    "mengetahui",
    "pihak",
    "komisi pemilihan umum",
    "kpu",
    "kuasa pengguna",
    "pejabat",
];

/// Does this line open a signature block?
pub fn opens_block(line: &str) -> bool {
    is_date_line(line) || is_nip(line) || is_jabatan(line)
}

/// [`opens_block`] of a line already trimmed (asked of every line of a body row without a
/// number): trimming it again changes nothing, so it is not.
pub fn opens_block_trimmed(line: &str) -> bool {
    is_date_line(line) || lower_starts_with(line, "nip") || is_trimmed_jabatan(line)
}

/// `Serang, 24 Januari 2023`, `25 Januari 2023`, `Serang, Januari 2023`.
/// Asked of every line of every body row: the cheap tests (length, a year) come first, and the
/// months are looked for without building a lowercased copy of the line per month.
pub fn is_date_line(line: &str) -> bool {
    // Lowercasing changes no ASCII digit and makes none, so the year is found in the line as is,
    // byte by byte (no other character's bytes are ASCII digits), after the length.
    if line.len() >= 60 || !has_year(line.as_bytes()) {
        return false;
    }
    let lower = line.to_lowercase();
    BULAN_LOWER.iter().any(|m| lower.contains(m))
}

/// A run of exactly four ASCII digits starting `19` or `20` (the runs split at every other
/// byte), walked once without an iterator per run: asked of every short line of a body row.
fn has_year(bytes: &[u8]) -> bool {
    // From each `1` or `2` (found a word at a time): `19dd` or `20dd`, no digit either side.
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    memchr::memchr2_iter(b'1', b'2', bytes).any(|i| {
        let second = if bytes[i] == b'1' { b'9' } else { b'0' };
        bytes.get(i + 1) == Some(&second)
            && digit(i + 2)
            && digit(i + 3)
            && !digit(i + 4)
            && (i == 0 || !digit(i - 1))
    })
}

/// [`crate::text::BULAN`] lowercased, once (a test keeps them the same).
const BULAN_LOWER: [&str; 12] = [
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
    "desember",
];

/// The first two letters of each of [`JABATAN_WORDS`], taken once when lakip is built, not
/// decoded again for every line.
const JABATAN_HEADS: [[u8; 2]; JABATAN_WORDS.len()] = {
    let mut heads = [[0; 2]; JABATAN_WORDS.len()];
    let mut i = 0;
    while i < heads.len() {
        let word = JABATAN_WORDS[i].as_bytes();
        heads[i] = [word[0], word[1]];
        i += 1;
    }
    heads
};

/// `text.to_lowercase().starts_with(prefix)` for an ASCII `prefix`, without the copy: a
/// character's lowercase is the same alone as in the text, but for the Greek final sigma,
/// which is no ASCII letter either way.
fn lower_starts_with(text: &str, prefix: &str) -> bool {
    // An ASCII byte is a character whose lowercase is its ASCII lowercase: no need to decode.
    if let Some(head) = text.as_bytes().get(..prefix.len()).filter(|h| h.is_ascii()) {
        return head
            .iter()
            .zip(prefix.bytes())
            .all(|(h, p)| h.to_ascii_lowercase() == p);
    }
    let mut lower = text.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lower.next() == Some(p))
}

pub fn is_nip(line: &str) -> bool {
    lower_starts_with(line.trim(), "nip")
}

/// The office words compared whole with a line (counted for `tests/kinds_cost.rs`).
pub static OFFICE_WORDS_COMPARED: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(0);

/// The first two characters of `line` lowercased, as `chars().flat_map(char::to_lowercase)`
/// gives them; two ASCII bytes are their own characters and lowercase alone.
fn lower_head(line: &str) -> [Option<char>; 2] {
    if let [a, b, ..] = line.as_bytes() {
        if a.is_ascii() && b.is_ascii() {
            return [a, b].map(|c| Some(char::from(c.to_ascii_lowercase())));
        }
    }
    let mut lower = line.chars().flat_map(char::to_lowercase);
    [lower.next(), lower.next()]
}

fn is_jabatan(line: &str) -> bool {
    is_trimmed_jabatan(line.trim())
}

fn is_trimmed_jabatan(line: &str) -> bool {
    // Asked of every line of a row without a number (a RAK's further actions): the line's
    // first two letters, lowercased once, settle most lines before any word is compared whole.
    let head = lower_head(line);
    let starts = |i: usize| head == JABATAN_HEADS[i].map(|b| Some(char::from(b)));
    let compare = |w: &str| {
        OFFICE_WORDS_COMPARED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        lower_starts_with(line, w)
    };
    // The length is the lowercased line's, in bytes, as it always was.
    (0..JABATAN_WORDS.len()).any(|i| starts(i) && compare(JABATAN_WORDS[i]))
        && line
            .chars()
            .flat_map(char::to_lowercase)
            .map(char::len_utf8)
            .sum::<usize>()
            < 80
}

/// The signature blocks in the cells under a table (`(row, col, text)`, 0-based, in row
/// order). Blocks side by side ("Mengetahui, Ketua" on the left, "Sekretaris" on the right)
/// are told apart by column; a column with neither name nor NIP joins its nearest neighbour.
/// The block with the date comes first, else the rightmost.
pub fn blocks(cells: &[(u32, u32, String)], file: &str, sheet: &str) -> Vec<Signature> {
    let mut columns: Vec<u32> = cells.iter().map(|(_, c, _)| *c).collect();
    columns.sort_unstable();
    columns.dedup();
    let lines_of = |cols: &[u32]| -> Vec<(u32, u32, String)> {
        cells
            .iter()
            .filter(|(_, c, _)| cols.contains(c))
            .cloned()
            .collect()
    };
    let mut groups: Vec<Vec<u32>> = columns.iter().map(|c| vec![*c]).collect();
    let has_person =
        |g: &Vec<u32>| lines_of(g).iter().any(|(_, _, t)| is_nip(t)) || groups_named(&lines_of(g));
    // Merge columns without a person into the nearest column that has one.
    // A column that opens a block of its own (`Mengetahui,`, `Pihak Kedua,`) stays one, named
    // or not: merged into its neighbour it would lend that signer its office.
    let opens_own = |g: &Vec<u32>| {
        lines_of(g).first().is_some_and(|(_, _, t)| {
            let lower = t.trim().to_lowercase();
            lower.starts_with("mengetahui") || lower.starts_with("pihak")
        })
    };
    let people: Vec<usize> = (0..groups.len())
        .filter(|&i| has_person(&groups[i]) || opens_own(&groups[i]))
        .collect();
    if !people.is_empty() {
        let mut merged: Vec<Vec<u32>> = people.iter().map(|&i| groups[i].clone()).collect();
        for (_, g) in groups
            .iter()
            .enumerate()
            .filter(|(i, _)| !people.contains(i))
        {
            let nearest = (0..people.len())
                .min_by_key(|&p| (i64::from(groups[people[p]][0]) - i64::from(g[0])).abs())
                .unwrap_or(0);
            merged[nearest].extend(g.iter().copied());
        }
        groups = merged;
    } else {
        groups = vec![columns.clone()];
    }
    let mut signatures: Vec<(bool, u32, Signature)> = groups
        .iter()
        .map(|g| {
            let lines = lines_of(g);
            let (row, col, _) = lines.first().cloned().unwrap_or_default();
            let location = Location {
                file: file.into(),
                sheet: sheet.into(),
                cell: crate::model::CellRef::new(row, col).into(),
                row: row + 1,
            };
            let texts: Vec<String> = lines.into_iter().map(|(_, _, t)| t).collect();
            let sig = parse(&texts, location);
            (
                sig.date.is_some(),
                g.iter().copied().max().unwrap_or(0),
                sig,
            )
        })
        .filter(|(_, _, s)| s.name.is_some() || s.date.is_some() || !s.jabatan.is_empty())
        .collect();
    signatures.sort_by_key(|(dated, col, _)| (!*dated, std::cmp::Reverse(*col)));
    signatures.into_iter().map(|(_, _, s)| s).collect()
}

/// A column whose lines end in a name: a line that is neither a date, a jabatan nor a NIP.
fn groups_named(lines: &[(u32, u32, String)]) -> bool {
    lines
        .last()
        .is_some_and(|(_, _, t)| !is_date_line(t) && !is_jabatan(t) && !is_nip(t))
        && lines.len() >= 2
}

/// Parses the lines of a block (in order) into a [`Signature`].
pub fn parse(lines: &[String], location: Location) -> Signature {
    let mut sig = Signature {
        location: Some(location),
        ..Signature::default()
    };
    let nip_at = lines.iter().position(|l| is_nip(l));
    let name_at = match nip_at {
        Some(0) | None => lines.len().checked_sub(1),
        // The rank may stand between the name and the NIP (`Pembina Utama Muda`).
        Some(i) => (0..i)
            .rev()
            .find(|&j| !is_pangkat(&lines[j]))
            .or(Some(i - 1)),
    };
    for (i, line) in lines.iter().enumerate() {
        let line = line.trim();
        if Some(i) == nip_at {
            sig.nip = Some(nip_digits(line));
        } else if Some(i) == name_at && !is_jabatan(line) && !is_date_line(line) {
            sig.name = Some(line.to_string());
        } else if is_date_line(line) && sig.date.is_none() {
            let (place, date) = split_place(line);
            sig.place = place;
            sig.date = Some(date);
        } else {
            sig.jabatan.push(line.trim_end_matches(',').to_string());
        }
    }
    sig
}

/// A civil servant's rank: `Pembina Utama Muda`, `Penata Tk. I`, `Pengatur`, `Juru Muda`.
fn is_pangkat(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    ["pembina", "penata", "pengatur", "juru"]
        .iter()
        .any(|p| lower == *p || lower.starts_with(&format!("{p} ")))
        && lower.split_whitespace().count() <= 5
}

fn split_place(line: &str) -> (Option<String>, String) {
    match line.split_once(',') {
        Some((place, date)) if !place.chars().any(|c| c.is_ascii_digit()) => {
            (Some(place.trim().to_string()), date.trim().to_string())
        }
        _ => (None, line.trim().to_string()),
    }
}

/// `NIP.19760229 200811 1 001` → `19760229 200811 1 001`.
fn nip_digits(line: &str) -> String {
    line.trim()
        .get(3..)
        .unwrap_or("")
        .trim_start_matches(['.', ':', ' '])
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The year test as it was first written, a run at a time: the reference for [`has_year`].
    fn has_year_by_runs(bytes: &[u8]) -> bool {
        let year = |run: &[u8]| run.starts_with(b"19") || run.starts_with(b"20");
        let mut run = 0;
        for (i, b) in bytes.iter().enumerate() {
            if b.is_ascii_digit() {
                run += 1;
                continue;
            }
            if run == 4 && year(&bytes[i - 4..i]) {
                return true;
            }
            run = 0;
        }
        run == 4 && year(&bytes[bytes.len() - 4..])
    }

    proptest::proptest! {
        #[test]
        fn a_year_is_found_as_the_runs_found_it(text in "[0-9129a ,.é]{0,24}") {
            proptest::prop_assert_eq!(has_year(text.as_bytes()), has_year_by_runs(text.as_bytes()));
        }
    }

    /// Lines where a byte-wise shortcut could go wrong: non-ASCII letters whose lowercase is
    /// ASCII (Kelvin sign, dotted capital I), short lines, digits around multi-byte characters.
    const TRICKY: [&str; 16] = [
        "",
        "k",
        "K",
        "\u{212A}etua",
        "\u{212A}",
        "\u{130}nip",
        "NIP. 1980",
        "Nip",
        "ni",
        "KEPALA DINAS",
        "Pejabat",
        "persentase 2023",
        "20231",
        "é2023é",
        "x1999",
        "2020",
    ];

    #[test]
    fn the_ascii_shortcuts_answer_as_the_lowercased_characters() {
        for line in TRICKY {
            let mut lower = line.chars().flat_map(char::to_lowercase);
            assert_eq!(lower_head(line), [lower.next(), lower.next()], "{line:?}");
            for prefix in ["nip", "ketua", "k", "kpu"] {
                let mut lower = line.chars().flat_map(char::to_lowercase);
                let slow = prefix.chars().all(|p| lower.next() == Some(p));
                assert_eq!(lower_starts_with(line, prefix), slow, "{line:?} {prefix}");
            }
            let year = line
                .as_bytes()
                .split(|b| !b.is_ascii_digit())
                .any(|d| d.len() == 4 && (d.starts_with(b"19") || d.starts_with(b"20")));
            assert_eq!(has_year(line.as_bytes()), year, "{line:?}");
        }
    }

    #[test]
    fn the_lowercased_months_are_the_months() {
        let lower: Vec<String> = crate::text::BULAN
            .iter()
            .map(|m| m.to_lowercase())
            .collect();
        assert_eq!(lower, BULAN_LOWER);
    }

    #[test]
    fn prefixes_are_matched_as_the_lowercased_line_was() {
        // "NIP." and " nip 1966…" open a block; "NI P" and "KPU" written with the Kelvin sign
        // (U+212A, lowercased to an ASCII k) are judged as `to_lowercase` judged them.
        assert!(is_nip("NIP. 196604301995031002"));
        assert!(is_nip("  nip 1966"));
        assert!(!is_nip("NI P"));
        assert!(is_jabatan("\u{212A}PU Kota Serang"));
        assert!(is_jabatan("Kepala Dinas"));
        // 80 bytes once lowercased: no longer a jabatan line.
        assert!(!is_jabatan(&format!("Kepala {}", "x".repeat(73))));
        assert!(is_jabatan(&format!("Kepala {}", "x".repeat(72))));
        assert!(is_date_line("Serang, 24 JANUARI 2023"));
        assert!(!is_date_line("Serang, 24 Januari 23"));
        assert!(!is_date_line(
            "24 Januari 2023 dan sebuah keterangan yang panjang sekali xy"
        ));
    }

    #[test]
    fn the_rank_between_name_and_nip_is_no_name() {
        let lines: Vec<String> = [
            "Boyolali, Januari 2026",
            "PIHAK PERTAMA,",
            "SURATNO, S.H., M.H.",
            "Pembina Utama Muda",
            "NIP. 196604301995031002",
        ]
        .map(String::from)
        .to_vec();
        let sig = parse(&lines, Location::default());
        assert_eq!(sig.name.as_deref(), Some("SURATNO, S.H., M.H."));
        assert_eq!(sig.nip.as_deref(), Some("196604301995031002"));
        assert_eq!(sig.pihak(), Some("pertama"));
    }

    #[test]
    fn seed_000_signature() {
        let lines: Vec<String> = [
            "Serang, 24 Januari 2023",
            "Komisi Pemilihan Umum Kabupaten Serang",
            "Sekretaris",
            "ADE WAHYU MARGONO",
            "NIP.19760229 200811 1 001",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let loc = Location {
            file: "f".into(),
            sheet: "s".into(),
            cell: "E45".into(),
            row: 45,
        };
        let sig = parse(&lines, loc);
        assert_eq!(sig.place.as_deref(), Some("Serang"));
        assert_eq!(sig.date.as_deref(), Some("24 Januari 2023"));
        assert_eq!(sig.name.as_deref(), Some("ADE WAHYU MARGONO"));
        assert_eq!(sig.nip.as_deref(), Some("19760229 200811 1 001"));
        assert_eq!(
            sig.jabatan,
            vec!["Komisi Pemilihan Umum Kabupaten Serang", "Sekretaris"]
        );
    }

    #[test]
    fn two_blocks_side_by_side() {
        let cells: Vec<(u32, u32, String)> = [
            (0, 6, "Serang, 24 Januari 2023"),
            (1, 0, "Mengetahui"),
            (1, 6, "Sekretaris"),
            (2, 0, "Ketua"),
            (4, 0, "Budi Santoso"),
            (4, 6, "ADE WAHYU MARGONO"),
            (5, 0, "NIP. 1970"),
            (5, 6, "NIP.19760229 200811 1 001"),
        ]
        .iter()
        .map(|(r, c, t)| (*r, *c, t.to_string()))
        .collect();
        let sigs = blocks(&cells, "f", "s");
        assert_eq!(sigs.len(), 2);
        assert_eq!(sigs[0].name.as_deref(), Some("ADE WAHYU MARGONO"));
        assert_eq!(sigs[0].nip.as_deref(), Some("19760229 200811 1 001"));
        assert_eq!(sigs[0].date.as_deref(), Some("24 Januari 2023"));
        assert_eq!(sigs[1].name.as_deref(), Some("Budi Santoso"));
        assert_eq!(sigs[1].nip.as_deref(), Some("1970"));
        assert_eq!(sigs[1].jabatan, vec!["Mengetahui", "Ketua"]);
    }

    #[test]
    fn block_openers() {
        assert!(opens_block("Serang, 24 Januari 2023"));
        assert!(opens_block("Serang, Januari 2023"));
        assert!(opens_block("Ketua,"));
        assert!(!opens_block("Layanan Data dan Informasi"));
    }
}
