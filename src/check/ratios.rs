//! What follows from pagu and realisasi on one row: the stated percentage, the stated sisa,
//! realisasi above pagu, and — in a realisation by period — realisasi s.d. periode as periode
//! lalu + periode ini.

use super::{at, Diagnostic, Settings, OVERSPEND, PERCENT, REALISASI_SD, SISA};
use crate::compute::percent_of;
use crate::model::{Amounts, Document, Field, Location};
use crate::numbers::{format_amount, format_persen, round_half_up};
use crate::t;
use rust_decimal::Decimal;

pub fn check(doc: &Document, settings: &Settings, out: &mut Vec<Diagnostic>) {
    let overspent = overspent_headings(doc);
    let any_overspent = overspent.iter().any(|o| *o);
    let heading_over = |h: Option<usize>| h.map_or(any_overspent, |h| overspent[h]);
    // An overspent item is reported once, not again at every heading and total above it.
    let rows = doc
        .items()
        .iter()
        .map(|i| (&i.amounts, &i.location, i.uraian.as_str(), false))
        .chain(
            doc.headings()
                .iter()
                .enumerate()
                .map(|(h, x)| (&x.stated, &x.location, x.text.as_str(), overspent[h])),
        )
        .chain(doc.totals().iter().map(|t| {
            (
                &t.stated,
                &t.location,
                t.label.as_str(),
                heading_over(t.heading),
            )
        }));
    for (amounts, location, label, spent_below) in rows {
        cumulative(amounts, location, label, out);
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
        if !spent_below {
            overspend(&row, settings, out);
        }
    }
}

/// For each heading: is an item under it (at any depth) spent above its pagu?
fn overspent_headings(doc: &Document) -> Vec<bool> {
    let mut over = vec![false; doc.headings().len()];
    for item in doc.items() {
        let value = |f: Field| item.amounts.get(&f).and_then(|q| q.value);
        if let (Some(pagu), Some(realisasi)) = (value(Field::Pagu), value(Field::Realisasi)) {
            if realisasi > pagu {
                let mut next = item.heading;
                while let Some(h) = next {
                    over[h] = true;
                    next = doc.headings()[h].parent;
                }
            }
        }
    }
    over
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
        name(self.label, self.location)
    }
}

/// How a row is named in a message: its label, or its number.
fn name(label: &str, location: &Location) -> String {
    if label.is_empty() {
        t!("check-row", row = location.row)
    } else {
        format!("\"{}\"", super::one_line(label))
    }
}

/// Realisasi s.d. periode = periode lalu + periode ini, where a row states all three.
fn cumulative(amounts: &Amounts, location: &Location, label: &str, out: &mut Vec<Diagnostic>) {
    let value = |f: Field| amounts.get(&f).and_then(|q| q.value);
    let (Some(lalu), Some(ini), Some(q)) = (
        value(Field::RealisasiLalu),
        value(Field::RealisasiIni),
        amounts.get(&Field::Realisasi),
    ) else {
        return;
    };
    let Some(stated) = q.value else { return };
    let computed = lalu + ini;
    if stated == computed {
        return;
    }
    let message = t!(
        "check-realisasi-sd",
        row = name(label, location),
        stated = format_amount(stated),
        computed = format_amount(computed)
    );
    out.push(
        Diagnostic::new(&REALISASI_SD, at(location, q.cell), message)
            .numbers(Field::Realisasi, stated, computed)
            .hint(format!(
                "{} + {} = {}",
                format_amount(lalu),
                format_amount(ini),
                format_amount(computed)
            )),
    );
}

fn percent(row: &Row<'_>, settings: &Settings, out: &mut Vec<Diagnostic>) {
    let Some(q) = row.amounts.get(&Field::StatedPercent) else {
        return;
    };
    let (Some(stated), Some(ratio)) = (q.value, percent_of(row.realisasi, row.pagu)) else {
        return;
    };
    // Both rounded half-up to two decimals, within the tolerance; or right at the fewer
    // decimals it is written with (`99,5` for 99,47 is; `100` for 99,47 is not).
    let decimals = stated.normalize().scale().min(2);
    let stated = round_half_up(stated, 2);
    let computed = round_half_up(ratio, 2);
    let within = (stated - computed).abs() <= settings.tolerance;
    if within || stated == round_half_up(ratio, decimals) {
        return;
    }
    let message = t!(
        "check-percent",
        row = row.name(),
        stated = format_persen(stated, decimals),
        computed = format_persen(computed, 2)
    );
    let points = |d: Decimal| format_persen(d, 2).trim_end_matches('%').to_string();
    // English says "1 percentage point", "0,01 percentage points".
    let key = match settings.tolerance == Decimal::ONE {
        true => "check-percent-hint-one",
        false => "check-percent-hint",
    };
    let hint = crate::i18n::tr(
        key,
        &[
            ("realisasi", format_amount(row.realisasi).into()),
            ("pagu", format_amount(row.pagu).into()),
            ("computed", points(computed).into()),
            ("tolerance", points(settings.tolerance).into()),
        ],
    );
    out.push(
        Diagnostic::new(&PERCENT, at(row.location, q.cell), message)
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
    let message = t!(
        "check-sisa",
        row = row.name(),
        stated = format_amount(stated),
        computed = format_amount(computed)
    );
    out.push(
        Diagnostic::new(&SISA, at(row.location, q.cell), message)
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
        .map(|q| q.cell.to_string())
        .unwrap_or_default();
    let message = t!(
        "check-overspend",
        row = row.name(),
        realisasi = format_amount(row.realisasi),
        over = format_amount(row.realisasi - row.pagu),
        pagu = format_amount(row.pagu)
    );
    let mut d = Diagnostic::new(&OVERSPEND, at(row.location, cell), message)
        .numbers(Field::Realisasi, row.realisasi, row.pagu)
        .hint(t!("check-overspend-hint"));
    d.severity = settings.overspend;
    out.push(d);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn serapan(pagu: Decimal, realisasi: Decimal) -> Option<Decimal> {
        percent_of(realisasi, pagu).map(|p| round_half_up(p, 2))
    }

    #[test]
    fn serapan_rounds_half_up() {
        assert_eq!(serapan(d("79097000"), d("79095521")), Some(d("100.00")));
        assert_eq!(serapan(d("18985000"), d("18884995")), Some(d("99.47")));
        assert_eq!(serapan(d("8"), d("1")), Some(d("12.50")));
        assert_eq!(serapan(d("0"), d("1")), None);
    }
}
