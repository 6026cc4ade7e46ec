//! The signature block under a table: `Serang, 24 Januari 2023`, the office, the name, `NIP…`.

use crate::model::{Location, Signature};

const MONTHS: [&str; 12] = [
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

/// `Serang, 24 Januari 2023`, `25 Januari 2023`, `Serang, Januari 2023`.
pub fn is_date_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    let has_month = MONTHS.iter().any(|m| lower.contains(m));
    let has_year = lower
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    has_month && has_year && line.len() < 60
}

fn is_nip(line: &str) -> bool {
    line.trim().to_lowercase().starts_with("nip")
}

fn is_jabatan(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    lower.len() < 80 && JABATAN_WORDS.iter().any(|w| lower.starts_with(w))
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
        Some(i) => Some(i - 1),
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
    fn block_openers() {
        assert!(opens_block("Serang, 24 Januari 2023"));
        assert!(opens_block("Serang, Januari 2023"));
        assert!(opens_block("Ketua,"));
        assert!(!opens_block("Layanan Data dan Informasi"));
    }
}
