//! A caption line under a table's rows (`Tabel 3.2 Capaian Kinerja Tahun 2022`) starts another
//! table: last year's measurement, a comparison. Read on, its rows became more indikator of
//! this one — with no header of their own, under this one's columns — and `check` said ok.

use super::amounts::At;
use crate::model::{Document, Notice, NoticeKind};
use crate::source::Row;

/// The number of a caption (`Tabel 3.2 …`, `TABEL 3.2: …`, `Gambar 1`): its label is a table's
/// or a figure's, a number follows, and what follows that is a title (capitalised), not prose
/// about the table (`Tabel 3.1 di atas menunjukkan …`).
pub(super) fn caption_number(text: &str) -> Option<&str> {
    let (label, rest) = text.trim().split_once(char::is_whitespace)?;
    let labels = ["tabel", "table", "gambar", "grafik"];
    if !labels.iter().any(|l| label.eq_ignore_ascii_case(l)) {
        return None;
    }
    let rest = rest.trim_start();
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    let number = rest[..end].trim_end_matches('.');
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let after = rest[end..].trim_start_matches([':', '.', ' ', '-']);
    let titled = after.is_empty() || after.starts_with(|c: char| !c.is_lowercase());
    titled.then_some(number)
}

/// The caption numbers of the title lines above a table's header.
pub(super) fn above(title: &[Row]) -> Vec<String> {
    title
        .iter()
        .flat_map(|r| r.own())
        .filter_map(|c| c.text())
        .filter_map(caption_number)
        .map(str::to_string)
        .collect()
}

/// A row that is a caption of another table than the one above (`own`: its captions): its
/// first cell a caption whose number is not the table's own, with no `lanjutan` (a table
/// continued on the next page), and no cell but texts.
pub(super) fn starts_other(row: &Row, own: &[String]) -> bool {
    let mut cells = row.own().filter(|c| super::shows(c));
    let Some(text) = cells.next().and_then(|c| c.text()) else {
        return false;
    };
    let Some(number) = caption_number(text) else {
        return false;
    };
    !own.iter().any(|n| n == number)
        && !text.to_lowercase().contains("lanjut")
        && cells.all(|c| c.text().is_some())
}

/// The rows from a caption on (`rows`), another table: kept as notes of this one, and said —
/// unless they are a table lakip reads, a document of its own (see `layout::stacked`).
pub(super) fn other_table<'a>(rows: &[Row], doc: &mut Document, at: &dyn Fn(u32) -> At<'a>) {
    let Some(first) = rows.first() else { return };
    super::as_notes(rows, doc);
    let text = first.own().find_map(super::shown).unwrap_or_default();
    doc.notices.push(Notice::new(
        NoticeKind::SecondTable,
        crate::msg!(
            "read-table-after-caption",
            row = first.index + 1,
            text = crate::text::shorten_line(&text, 60)
        ),
        at(first.index).location(first.cells.first().map_or(0, |c| c.col)),
    ));
}

#[cfg(test)]
mod tests {
    use super::caption_number;

    #[test]
    fn captions_are_told_from_prose_about_a_table() {
        assert_eq!(
            caption_number("Tabel 3.2 Capaian Kinerja Tahun 2022"),
            Some("3.2")
        );
        assert_eq!(caption_number("TABEL 3.2. CAPAIAN KINERJA"), Some("3.2"));
        assert_eq!(caption_number("Tabel 3.2: Perbandingan"), Some("3.2"));
        assert_eq!(caption_number("Table 4 Realisasi"), Some("4"));
        assert_eq!(
            caption_number("Tabel 3.1 di atas menunjukkan capaian"),
            None
        );
        assert_eq!(caption_number("Tabel Capaian Kinerja"), None);
        assert_eq!(caption_number("Tabelnya 3.1 Capaian"), None);
        assert_eq!(caption_number("Persentase 3.1 Capaian"), None);
    }
}
