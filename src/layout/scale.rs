//! Amounts written in thousands or millions of rupiah: a money column headed `Pagu (Rp 000)`,
//! `Realisasi (Rp ribu)`, `Anggaran (dalam jutaan)`, or every money column under a title line
//! `(dalam ribuan rupiah)`. Read as written they were a thousandth of the money and every sum
//! still agreed, so `check` said ok over them; each such column's numbers are read times the
//! scale its header or title states, and a notice at the header says so.

use super::amounts::{At, Unreadable};
use super::columns::{normalize, ColumnMap};
use crate::model::{Field, Quantity};
use crate::source::Row;
use rust_decimal::Decimal;

/// A money column's numbers are times `factor`, as `why` (the header's or title's text) says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scale {
    pub col: u32,
    pub factor: Decimal,
    pub why: String,
    /// The text is the title's, not the column's header.
    pub from_title: bool,
    /// The column's header states no unit: `why` is the header of the other money columns,
    /// which all state this one (`Pagu (Rp 000) | Realisasi (Rp 000) | Sisa`).
    pub beside: bool,
}

/// The scale a text states: thousands (`ribu`, `ribuan`, `rb`, a bare `000`) or millions
/// (`juta`, `jutaan`, `jt`, `000.000`).
pub(super) fn stated(text: &str) -> Option<Decimal> {
    let lower = text.to_lowercase();
    if lower.contains("000.000") || lower.contains("000,000") {
        return Some(Decimal::from(1_000_000));
    }
    let words = normalize(text);
    let mut words = words.split(' ').filter(|w| !w.is_empty());
    words.find_map(|w| match w {
        "ribu" | "ribuan" | "rb" | "000" => Some(Decimal::from(1_000)),
        "juta" | "jutaan" | "jt" => Some(Decimal::from(1_000_000)),
        "miliar" | "milyar" | "miliaran" | "milyaran" => Some(Decimal::from(1_000_000_000)),
        _ => None,
    })
}

/// Does a title line state the unit of the table's money: a scale and the currency's name
/// (`(dalam ribuan rupiah)`, `Dalam Rp 000`, `dalam ribu rupiah`), alone or as a part of a
/// longer title: in brackets (`LAPORAN REALISASI ANGGARAN 2023 (Dalam Juta Rupiah)`) or after
/// a dash or a comma (`Keadaan 31 Desember 2023 - dalam jutaan rupiah`)? With the phrase that
/// says it, for the notice.
fn title_scale(text: &str) -> Option<(Decimal, &str)> {
    let bracketed = text
        .split('(')
        .skip(1)
        .filter_map(|rest| rest.split(')').next());
    let after = text
        .split([',', '-', '–', '—', ':'])
        .skip(1)
        .map(|rest| rest.split('(').next().unwrap_or(rest));
    std::iter::once(text)
        .chain(bracketed)
        .chain(after)
        .find_map(|phrase| unit_phrase(phrase).map(|f| (f, phrase.trim())))
}

/// A short phrase naming money and its scale, no more.
fn unit_phrase(text: &str) -> Option<Decimal> {
    let words = normalize(text);
    let words: Vec<&str> = words.split(' ').filter(|w| !w.is_empty()).collect();
    let names_money = words
        .iter()
        .any(|w| matches!(*w, "rupiah" | "rp" | "dalam"));
    // A sentence that mentions a sum (`anggaran sebesar Rp 5 juta`) is no unit line; nor is a
    // phrase with a number of its own (`Rp 5 juta`), but `Rp 1.000` is one.
    let short = words.len() <= 6;
    let sum = words
        .iter()
        .any(|w| w.bytes().all(|b| b.is_ascii_digit()) && !matches!(*w, "1" | "000"));
    (names_money && short && !sum)
        .then(|| stated(text))
        .flatten()
}

/// The scale of each money column of `columns`: its header's own, else the title's, else,
/// when its header states no unit at all and every money column whose header states one
/// states the same scale, that one: a `Sisa` beside `Pagu (Rp 000)` and `Realisasi (Rp 000)`
/// is in thousands too (read in rupiah, every row's sisa disagreed).
pub fn of(columns: &ColumnMap, title: &[Row]) -> Vec<Scale> {
    let mut scales = stated_scales(columns, title);
    let headers: Vec<&Scale> = scales.iter().filter(|s| !s.from_title).collect();
    let Some(first) = headers.first() else {
        return scales;
    };
    let one_scale = headers.iter().all(|s| s.factor == first.factor);
    if !one_scale || headers.len() != scales.len() {
        return scales;
    }
    let (factor, why) = (first.factor, first.why.clone());
    let unit_less = |col: &u32| {
        let name = normalize(columns.names.get(col).map_or("", String::as_str));
        !name
            .split(' ')
            .any(|w| matches!(w, "rp" | "rupiah" | "dalam"))
    };
    let scaled: Vec<u32> = scales.iter().map(|s| s.col).collect();
    let rest: Vec<u32> = (columns.amount_columns().into_iter())
        .filter(|(field, col)| field.is_summed() && !scaled.contains(col))
        .map(|(_, col)| col)
        .collect();
    // A column stating rupiah with no scale (`Sisa (Rp)`) says the units differ: left as read.
    if !rest.iter().all(unit_less) {
        return scales;
    }
    let beside: Vec<Scale> = (rest.into_iter())
        .map(|col| Scale {
            col,
            factor,
            why: why.clone(),
            from_title: false,
            beside: true,
        })
        .collect();
    scales.extend(beside);
    scales.sort_by_key(|s| s.col);
    scales
}

/// The scales headers and title state (see [`of`]).
fn stated_scales(columns: &ColumnMap, title: &[Row]) -> Vec<Scale> {
    let from_title = title.iter().flat_map(Row::own).find_map(|c| {
        let text = c.text()?;
        title_scale(text).map(|(f, phrase)| (f, phrase.to_string()))
    });
    columns
        .amount_columns()
        .into_iter()
        .filter(|(field, _)| field.is_summed())
        .filter_map(|(_, col)| {
            let name = columns.names.get(&col);
            match name.and_then(|n| stated(n).map(|f| (f, n))) {
                Some((factor, name)) => Some(Scale {
                    col,
                    factor,
                    why: name.clone(),
                    from_title: false,
                    beside: false,
                }),
                None => from_title.as_ref().map(|(factor, why)| Scale {
                    col,
                    factor: *factor,
                    why: why.clone(),
                    from_title: true,
                    beside: false,
                }),
            }
        })
        .collect()
}

/// `value` times the column's scale; `None` beyond a decimal's range.
pub fn apply(scales: &[Scale], col: u32, value: Decimal) -> Option<Decimal> {
    match scales.iter().find(|s| s.col == col) {
        Some(s) => value.checked_mul(s.factor),
        None => Some(value),
    }
}

/// The quantity read from column `col` in rupiah: times the column's scale, if it has one; a
/// value too large for that is unreadable, named at its cell.
pub fn in_rupiah(
    mut q: Quantity,
    scales: &[Scale],
    col: u32,
    field: Field,
    at: &At<'_>,
) -> Result<Quantity, Unreadable> {
    if let Some(v) = q.value.filter(|_| !scales.is_empty()) {
        let value = apply(scales, col, v).ok_or_else(|| {
            let reason = crate::t!("read-amount-scale-too-large");
            super::amounts::unreadable(&at.location(col), field, &v.to_string(), &reason)
        })?;
        q.value = Some(value);
    }
    Ok(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn factor(text: &str) -> Option<Decimal> {
        title_scale(text).map(|(f, _)| f)
    }

    #[test]
    fn headers_and_titles_state_their_scale() {
        let k = Some(Decimal::from(1_000));
        let m = Some(Decimal::from(1_000_000));
        assert_eq!(stated("Pagu (Rp 000)"), k);
        assert_eq!(stated("Pagu (Rp.000)"), k);
        assert_eq!(stated("Realisasi (Rp ribu)"), k);
        assert_eq!(stated("Anggaran (dalam jutaan)"), m);
        assert_eq!(stated("Pagu (Rp 000.000)"), m);
        assert_eq!(stated("Pagu (Rp)"), None);
        assert_eq!(stated("Pagu 2000"), None);
        assert_eq!(stated("Realisasi s.d. Desember"), None);
        assert_eq!(factor("(dalam ribuan rupiah)"), k);
        assert_eq!(factor("Dalam Rp 000"), k);
        assert_eq!(factor("Laporan Realisasi Anggaran"), None);
        assert_eq!(
            factor("Pagu anggaran tahun ini sebesar Rp 5 juta dari APBD kabupaten"),
            None
        );
        // A part of a longer title.
        assert_eq!(
            factor("LAPORAN REALISASI ANGGARAN TAHUN 2023 (Dalam Juta Rupiah)"),
            m
        );
        assert_eq!(
            factor("Keadaan s.d. 31 Desember 2023 (dalam ribuan rupiah)"),
            k
        );
        assert_eq!(factor("REALISASI ANGGARAN (dalam Rp. 1.000)"), k);
        assert_eq!(factor("Realisasi 2023 - dalam jutaan rupiah"), m);
        assert_eq!(
            factor("(dalam miliar rupiah)"),
            Some(Decimal::from(1_000_000_000))
        );
        // A sum in brackets is not a unit.
        assert_eq!(factor("Belanja Modal (pagu Rp 5 juta)"), None);
        assert_eq!(factor("REALISASI ANGGARAN KPU KOTA SERANG 2023"), None);
        // The notice quotes the phrase that states the unit.
        assert_eq!(
            title_scale("LAPORAN REALISASI ANGGARAN 2023 (Dalam Juta Rupiah)").map(|(_, p)| p),
            Some("Dalam Juta Rupiah")
        );
    }
}
