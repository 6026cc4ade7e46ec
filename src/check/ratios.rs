//! What follows from pagu and realisasi on one row: the stated percentage, the stated sisa,
//! and realisasi above pagu.

use super::{at, Diagnostic, Settings, OVERSPEND, PERCENT, SISA};
use crate::model::{Amounts, Document, Field, Location};
use crate::numbers::{format_amount, format_persen, round_half_up};
use rust_decimal::Decimal;

pub fn check(doc: &Document, settings: &Settings, out: &mut Vec<Diagnostic>) {
    let rows = doc
        .items
        .iter()
        .map(|i| (&i.amounts, &i.location, i.uraian.as_str()))
        .chain(
            doc.headings
                .iter()
                .map(|h| (&h.stated, &h.location, h.text.as_str())),
        )
        .chain(
            doc.totals
                .iter()
                .map(|t| (&t.stated, &t.location, t.label.as_str())),
        );
    for (amounts, location, label) in rows {
        let value = |f: Field| amounts.get(&f).and_then(|q| q.value);
        let (Some(pagu), Some(realisasi)) = (value(Field::Pagu), value(Field::Realisasi)) else {
            continue;
        };
        let row = Row {
            amounts,
            location,
            label,
            pagu,
            realisasi,
        };
        percent(&row, settings, out);
        sisa(&row, out);
        overspend(&row, settings, out);
    }
}

struct Row<'a> {
    amounts: &'a Amounts,
    location: &'a Location,
    label: &'a str,
    pagu: Decimal,
    realisasi: Decimal,
}

impl Row<'_> {
    fn name(&self) -> String {
        if self.label.is_empty() {
            format!("row {}", self.location.row)
        } else {
            format!("\"{}\"", self.label)
        }
    }
}

/// realisasi ÷ pagu × 100, rounded half-up to two decimals; `None` when pagu is zero.
pub fn serapan(pagu: Decimal, realisasi: Decimal) -> Option<Decimal> {
    let ratio = realisasi.checked_div(pagu)?;
    Some(round_half_up(ratio * Decimal::ONE_HUNDRED, 2))
}

fn percent(row: &Row<'_>, settings: &Settings, out: &mut Vec<Diagnostic>) {
    let Some(q) = row.amounts.get(&Field::StatedPercent) else {
        return;
    };
    let (Some(stated), Some(computed)) = (q.value, serapan(row.pagu, row.realisasi)) else {
        return;
    };
    let stated = round_half_up(stated, 2);
    if (stated - computed).abs() <= settings.tolerance {
        return;
    }
    let message = format!(
        "{} states {} but realisasi ÷ pagu is {}",
        row.name(),
        format_persen(stated, 2),
        format_persen(computed, 2)
    );
    let hint = format!(
        "{} ÷ {} × 100 = {}; both rounded half-up to two decimals, tolerance {} percentage point",
        format_amount(row.realisasi),
        format_amount(row.pagu),
        format_persen(computed, 2).trim_end_matches('%'),
        format_persen(settings.tolerance, 2).trim_end_matches('%'),
    );
    out.push(
        Diagnostic::new(&PERCENT, at(row.location, &q.cell), message)
            .numbers(Field::StatedPercent, stated, computed)
            .hint(hint),
    );
}

fn sisa(row: &Row<'_>, out: &mut Vec<Diagnostic>) {
    let Some(q) = row.amounts.get(&Field::Sisa) else {
        return;
    };
    let Some(stated) = q.value else { return };
    let computed = row.pagu - row.realisasi;
    if stated == computed {
        return;
    }
    let message = format!(
        "{} states a sisa of {} but pagu − realisasi is {}",
        row.name(),
        format_amount(stated),
        format_amount(computed)
    );
    out.push(
        Diagnostic::new(&SISA, at(row.location, &q.cell), message)
            .numbers(Field::Sisa, stated, computed)
            .hint(format!(
                "{} − {} = {}",
                format_amount(row.pagu),
                format_amount(row.realisasi),
                format_amount(computed)
            )),
    );
}

fn overspend(row: &Row<'_>, settings: &Settings, out: &mut Vec<Diagnostic>) {
    if row.realisasi <= row.pagu {
        return;
    }
    let cell = row
        .amounts
        .get(&Field::Realisasi)
        .map(|q| q.cell.as_str())
        .unwrap_or_default();
    let message = format!(
        "{} spent {}, {} above its pagu of {}",
        row.name(),
        format_amount(row.realisasi),
        format_amount(row.realisasi - row.pagu),
        format_amount(row.pagu)
    );
    let mut d = Diagnostic::new(&OVERSPEND, at(row.location, cell), message)
        .numbers(Field::Realisasi, row.realisasi, row.pagu)
        .hint("if a budget revision raised the pagu, update the pagu; else the realisasi is wrong");
    d.severity = settings.overspend;
    out.push(d);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn serapan_rounds_half_up() {
        assert_eq!(serapan(d("79097000"), d("79095521")), Some(d("100.00")));
        assert_eq!(serapan(d("18985000"), d("18884995")), Some(d("99.47")));
        assert_eq!(serapan(d("8"), d("1")), Some(d("12.50")));
        assert_eq!(serapan(d("0"), d("1")), None);
    }
}
