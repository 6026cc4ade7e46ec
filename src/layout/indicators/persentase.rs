//! A bare number below one as the target or realisasi of a `Persentase …` indikator: `0,775`
//! where the table means 77,5% (a fraction typed, or a cell's percent format lost in a copy),
//! or a percentage below one (`0,5` of errors). The table does not say which: a doubt, with the
//! other reading, never a silent choice.

use super::amounts::At;
use crate::model::{Document, Indicator, Notice, NoticeKind, Written};
use crate::numbers::{format_angka, parse_target_number, TargetKind};
use rust_decimal::Decimal;

/// The indikator names a percentage: `Persentase …` (and its spellings `Prosentase`,
/// `Presentase`), or a `(%)` in its text.
fn names_a_percentage(indikator: &str) -> bool {
    let start: String = indikator.trim_start().chars().take(10).collect();
    let start = start.to_lowercase();
    ["persentase", "prosentase", "presentase"]
        .iter()
        .any(|w| start.starts_with(w))
        || indikator.contains("(%)")
}

/// The value of a text that is a bare number (digits and separators only) strictly between
/// zero and one.
fn below_one(w: &Written) -> Option<Decimal> {
    // Asked of every row: only a text that starts so is parsed.
    if !(w.text.starts_with("0,") || w.text.starts_with("0.")) {
        return None;
    }
    let d = parse_target_number(&w.text, TargetKind::Percent)?;
    (d > Decimal::ZERO && d < Decimal::ONE).then_some(d)
}

/// Says each bare target or realisasi below one of an indikator that names a percentage.
pub(super) fn fractions(ind: &Indicator, at: &At<'_>, doc: &mut Document) {
    for (field, written) in [("target", &ind.target), ("realisasi", &ind.realisasi)] {
        let Some((w, d)) = written.as_ref().and_then(|w| Some((w, below_one(w)?))) else {
            continue;
        };
        let Some(indikator) = ind.indikator.as_deref().filter(|i| names_a_percentage(i)) else {
            return;
        };
        let percent = (d * Decimal::ONE_HUNDRED).normalize();
        let location = at.location(w.cell.col());
        doc.notices.push(Notice::new(
            NoticeKind::Doubt,
            crate::msg!(
                "read-persentase-below-one",
                row = location.row,
                field = field,
                text = w.text.to_string(),
                indikator = crate::text::shorten_line(indikator, 50),
                percent = format_angka(percent, percent.scale())
            ),
            location,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::names_a_percentage;

    #[test]
    fn indikator_named_as_percentages() {
        assert!(names_a_percentage("Persentase partisipasi pemilih"));
        assert!(names_a_percentage("PROSENTASE laporan tepat waktu"));
        assert!(names_a_percentage("Tingkat kepuasan (%)"));
        assert!(!names_a_percentage("Indeks kepuasan layanan"));
        assert!(!names_a_percentage("Jumlah laporan (persentase)"));
    }
}
