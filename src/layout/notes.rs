//! Notes under a performance table: `Keterangan:`, `Catatan: …`, `Kriteria capaian:`, `*) …`,
//! and the rows under such a line (a legend, `Sangat Baik | 90 | 100`). Read as rows of the
//! table they were indikator named `Sangat Baik` with a target of 90.

use super::columns::normalize;
use crate::source::{Row, Value};

/// The words a notes line opens with; a colon must follow them (`Keterangan:`), so an
/// indikator that starts with one (`Sumber daya manusia …`) stays one.
const WORDS: [&str; 9] = [
    "keterangan",
    "ket",
    "catatan",
    "kriteria",
    "sumber",
    "note",
    "notes",
    "nb",
    "legenda",
];

/// The row's text when it opens notes: its first own text is a notes word and words of its
/// own before a colon (`Kriteria capaian:`, `Catatan: target indikator 2 direvisi …`), or a
/// footnote's mark (`*)`, `**)`, `*`).
pub fn opens_notes(row: &Row) -> Option<&str> {
    let text = row.own().find_map(|c| match &c.value {
        Value::Text(t) if !t.trim().is_empty() => Some(t.trim()),
        _ => None,
    })?;
    let marked = text.starts_with('*') && text.trim_start_matches('*').trim_start().is_empty()
        || text.starts_with("*)")
        || text.starts_with("**)");
    if marked {
        return Some(text);
    }
    labelled(text).then_some(text)
}

/// A text that opens notes with a notes word and a colon (`Catatan: angka sementara`,
/// `Keterangan:`, `Sumber data:`), as [`opens_notes`] reads a row's first text.
pub fn labelled(text: &str) -> bool {
    // Asked of every row: most first letters rule it out before a word is made.
    let Some(first) = text.trim_start().as_bytes().first() else {
        return false;
    };
    if !matches!(first.to_ascii_lowercase(), b'k' | b'c' | b's' | b'n' | b'l') {
        return false;
    }
    let Some((head, _)) = text.split_once(':') else {
        return false;
    };
    let head = normalize(head);
    let mut words = head.split(' ').filter(|w| !w.is_empty());
    let first = words.next();
    let opens = first.is_some_and(|w| WORDS.contains(&w));
    // `Sumber:`, `Sumber data:`; `Sumber Daya Manusia: …` names an indikator.
    let most = if first == Some("sumber") { 1 } else { 2 };
    opens && words.count() <= most
}

/// A number in the row's own cells: a notes row that holds one is said.
pub fn has_number(row: &Row) -> bool {
    row.own().any(|c| match &c.value {
        Value::Int(_) | Value::Number(_) => true,
        Value::Text(t) => crate::numbers::looks_numeric(t),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Cell, Spill};

    fn row(texts: &[&str]) -> Row {
        Row {
            index: 9,
            cells: (0u32..)
                .zip(texts)
                .filter(|(_, t)| !t.is_empty())
                .map(|(col, t)| Cell {
                    col,
                    value: Value::Text((*t).into()),
                    formula: None,
                    spill: Spill::Own,
                })
                .collect(),
        }
    }

    #[test]
    fn a_notes_word_before_a_colon_or_a_footnote_mark_opens_notes() {
        for texts in [
            &["", "Keterangan:"][..],
            &["", "Kriteria capaian:"],
            &[
                "",
                "Catatan: target indikator 2 direvisi melalui PK Perubahan",
            ],
            &["*)", "Realisasi sampai dengan triwulan III"],
            &["", "Sumber : Aplikasi SIDALIH"],
            &["", "Ket :"],
        ] {
            assert!(opens_notes(&row(texts)).is_some(), "{texts:?}");
        }
    }

    #[test]
    fn an_indikator_that_starts_with_a_notes_word_opens_none() {
        for texts in [
            &["1", "Sumber daya manusia yang kompeten"][..],
            &["", "Catatan keuangan yang tertib"],
            &["", "Keterangan lengkap tentang layanan publik: waktu"],
            &["", "Nilai SAKIP: B"],
            &["", "Persentase kriteria: terpenuhi"],
            &["", "Sumber Daya Manusia: Indeks Profesionalitas ASN"],
        ] {
            assert_eq!(opens_notes(&row(texts)), None, "{texts:?}");
        }
    }
}
