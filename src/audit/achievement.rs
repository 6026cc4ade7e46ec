//! `achievement`: "seluruh sasaran telah tercapai" against the capaian table: the report's own
//! (a table with Target and Realisasi columns), or the workspace's kinerja table.

mod named;

use super::sentence::words_of;
use super::tables::{self, percent_figure};
use super::{rules, Audit};
use crate::numbers::format_persen;
use rust_decimal::Decimal;

pub(super) const ALL: [&str; 3] = ["seluruh", "semua", "keseluruhan"];
const WHAT: [&str; 4] = ["sasaran", "indikator", "target", "tujuan"];
const ACHIEVED: [&str; 9] = [
    "tercapai",
    "dicapai",
    "terwujud",
    "diwujudkan",
    "terpenuhi",
    "dipenuhi",
    "berhasil",
    "terealisasi",
    "direalisasikan",
];
/// Words that make the statement partial, negative or hedged.
const NOT_ALL: [&str; 8] = [
    "belum",
    "tidak",
    "kecuali",
    "sebagian",
    "hampir",
    "diharapkan",
    "agar",
    "dapat",
];

/// A row of a capaian table that was not achieved.
struct Missed {
    what: String,
    capaian: Decimal,
    place: String,
}

pub fn check(a: &mut Audit) {
    all_achieved(a);
    named::check(a);
}

/// "Seluruh sasaran telah tercapai" against every row of the table.
fn all_achieved(a: &mut Audit) {
    for i in 0..a.said.len() {
        let text = a.said[i].text().to_string();
        let words = words_of(&text);
        let Some(k) = words.iter().position(|w| ALL.contains(&w.as_str())) else {
            continue;
        };
        if !words[k + 1..]
            .iter()
            .take(3)
            .any(|w| WHAT.contains(&w.as_str()))
        {
            continue;
        }
        if !words[k..].iter().any(|w| ACHIEVED.contains(&w.as_str())) {
            continue;
        }
        let spot = a.spot(&a.said[i], 0, text.len());
        if words.iter().any(|w| NOT_ALL.contains(&w.as_str())) {
            a.skip(spot, crate::t!("audit-achievement-partial"));
            continue;
        }
        let (rows, source) = match own_table(a) {
            Some(rows) => (rows, crate::t!("audit-achievement-own-table")),
            None => match workspace_rows(a) {
                Some(rows) => (rows, crate::t!("audit-achievement-workspace-table")),
                None => {
                    a.skip(spot, crate::t!("audit-achievement-no-table"));
                    continue;
                }
            },
        };
        let missed: Vec<&Missed> = rows
            .iter()
            .filter(|m| m.capaian < Decimal::ONE_HUNDRED)
            .collect();
        let Some(first) = missed.first() else {
            a.holds();
            continue;
        };
        let message = crate::t!(
            "audit-achievement-all-wrong",
            missed = missed.len(),
            rows = rows.len(),
            source = &source,
            name = crate::text::shorten(&first.what, 80),
            capaian = format_persen(crate::numbers::round_half_up(first.capaian, 2), 2)
        );
        let d = a
            .diagnostic(&rules::ACHIEVEMENT, spot, message)
            .hint(crate::t!("audit-at", place = &first.place));
        a.wrong(d);
    }
}

/// The capaian of every row of the report's performance tables with a target and realisasi
/// (or a stated capaian); `None` when there is no such table.
fn own_table(a: &Audit) -> Option<Vec<Missed>> {
    let mut out = Vec::new();
    let mut any = false;
    for table in a.text.tables() {
        let Some(roles) = tables::roles(table) else {
            continue;
        };
        if !(roles.is_performance() && roles.realisasi.is_some()) {
            continue;
        }
        any = true;
        for row in tables::performance_rows(table, &roles) {
            let computed = tables::row_capaian(&row);
            let capaian = computed.or_else(|| {
                row.capaian
                    .as_deref()
                    .and_then(percent_figure)
                    .filter(|f| f.doubt.is_none())
                    .map(|f| f.value)
            });
            let Some(capaian) = capaian else { continue };
            let spot = a.row_spot(table, row.row);
            out.push(Missed {
                what: row
                    .indikator
                    .or(row.sasaran)
                    .unwrap_or_else(|| spot.quote.clone()),
                capaian,
                place: super::place_name(&a.text.file, &spot),
            });
        }
    }
    (any && !out.is_empty()).then_some(out)
}

fn workspace_rows(a: &Audit) -> Option<Vec<Missed>> {
    let k = a.known?;
    let rows: Vec<Missed> = k
        .indicators
        .iter()
        .filter_map(|i| {
            Some(Missed {
                what: i.indikator.clone(),
                capaian: i.capaian?,
                place: i.place.clone(),
            })
        })
        .collect();
    (!rows.is_empty()).then_some(rows)
}
