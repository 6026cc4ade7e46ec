//! `lakip capaian`: target, realisasi, capaian and predikat per sasaran and indikator, and the
//! efisiensi of the kegiatan that serve them.

use super::table::{percent_string, Cell, Report};
use super::{CsvField, CsvForm, CsvOut};
use crate::compute::efisiensi;
use crate::compute::kinerja::{self, Link, Measured};
use crate::numbers::{canonical, format_persen};
use rust_decimal::Decimal;
use serde_json::json;

fn written(w: &Option<crate::model::Written>) -> String {
    w.as_ref().map(|w| w.text.to_string()).unwrap_or_default()
}

fn capaian(m: &Measured) -> Option<Decimal> {
    m.value()
}

/// Why a row has no capaian, or which formula (and cap) gave it.
fn keterangan(m: &Measured) -> String {
    m.keterangan(&crate::t!("view-capaian-not-computed"))
}

pub fn report(measured: &[Measured]) -> Report {
    let rows = measured
        .iter()
        .map(|m| {
            let i = m.indicator;
            vec![
                Cell::Text(i.number.as_deref().unwrap_or_default().to_string()),
                Cell::Text(i.sasaran.as_deref().unwrap_or_default().to_string()),
                Cell::Text(i.indikator.clone().unwrap_or_default()),
                Cell::Text(written(&i.target)),
                Cell::Text(written(&i.realisasi)),
                Cell::Percent(capaian(m)),
                Cell::Text(m.predikat.clone().unwrap_or_default()),
                Cell::Text(keterangan(m)),
            ]
        })
        .collect();
    Report {
        title: "Capaian Kinerja".into(),
        headers: vec![
            "No",
            "Sasaran",
            "Indikator",
            "Target",
            "Realisasi",
            "Capaian",
            "Predikat",
            "Keterangan",
        ],
        rows,
        bold: Vec::new(),
        wrap: true,
        // The keterangan (R ÷ T × 100 = …) is the arithmetic behind the capaian shown.
        drop_first: &[7],
    }
}

/// `12 indikator; 9 reach their target (capaian ≥ 100%); 1 not computed.`
pub fn summary(measured: &[Measured]) -> String {
    let reached = measured
        .iter()
        .filter(|m| capaian(m).is_some_and(|c| c >= Decimal::ONE_HUNDRED))
        .count();
    let missing = measured.iter().filter(|m| m.capaian.is_err()).count();
    let mut out = crate::t!(
        "view-capaian-summary",
        count = measured.len(),
        reached = reached
    );
    if missing > 0 {
        out.push_str(&crate::t!("view-capaian-summary-missing", count = missing));
    }
    out.push('\n');
    for m in measured.iter().filter(|m| m.capaian.is_err()) {
        out.push_str(&format!("  {}: {}\n", m.indicator.location, keterangan(m)));
    }
    out
}

/// The efisiensi of each linked kegiatan, and over all of them.
pub fn efisiensi_text(links: &[Link]) -> String {
    if links.is_empty() {
        return crate::t!("view-efisiensi-none") + "\n";
    }
    let mut out = crate::t!("view-efisiensi-title") + "\n";
    for l in links {
        let e = l.efisiensi();
        out.push_str(&format!(
            "  {} → sasaran {}: {}\n",
            l.kegiatan.uraian,
            l.measured.indicator.number.as_deref().unwrap_or("?"),
            e.map_or_else(
                || crate::t!("view-capaian-not-computed"),
                |e| format!(
                    "E {}, nilai {}",
                    format_persen(e, 2),
                    crate::numbers::format_angka(efisiensi::nilai(e), 2)
                )
            )
        ));
    }
    if let Some(all) = kinerja::efisiensi(links) {
        let line = crate::t!(
            "view-efisiensi-overall",
            e = format_persen(all, 2),
            nilai = crate::numbers::format_angka(efisiensi::nilai(all), 2)
        );
        out.push_str(&format!("  {line}\n"));
    }
    out
}

/// `{"rows": [...], "efisiensi": {...}}`, figures as exact decimal strings.
pub fn json(measured: &[Measured], links: &[Link]) -> serde_json::Value {
    let rows: Vec<serde_json::Value> = measured
        .iter()
        .map(|m| {
            let i = m.indicator;
            json!({
                "number": i.number,
                "sasaran": i.sasaran,
                "indikator": i.indikator,
                "target": i.target.as_ref().map(|w| &w.text),
                "realisasi": i.realisasi.as_ref().map(|w| &w.text),
                "capaian": capaian(m).map(percent_string),
                "predikat": m.predikat,
                "stated_capaian": i.stated_capaian.as_ref().and_then(|q| q.value).map(canonical),
                "keterangan": keterangan(m),
                "location": i.location,
            })
        })
        .collect();
    let per_kegiatan: Vec<serde_json::Value> = links
        .iter()
        .map(|l| {
            json!({
                "kegiatan": l.kegiatan.uraian,
                "sasaran": l.measured.indicator.sasaran,
                "pagu": l.kegiatan.pagu.map(canonical),
                "realisasi": l.kegiatan.realisasi.map(canonical),
                "capaian": capaian(l.measured).map(percent_string),
                "efisiensi": l.efisiensi().map(percent_string),
                "nilai": l.efisiensi().map(|e| percent_string(efisiensi::nilai(e))),
            })
        })
        .collect();
    json!({
        "rows": rows,
        "efisiensi": {
            "kegiatan": per_kegiatan,
            "overall": kinerja::efisiensi(links).map(percent_string),
            "nilai": kinerja::efisiensi(links).map(|e| percent_string(efisiensi::nilai(e))),
        }
    })
}

pub fn csv(measured: &[Measured], form: CsvForm) -> anyhow::Result<String> {
    let mut w = CsvOut::new(form);
    w.header(&[
        "number",
        "sasaran",
        "indikator",
        "target",
        "realisasi",
        "capaian",
        "predikat",
        "keterangan",
    ])?;
    let text = |t: Option<&str>| CsvField::Text(t.unwrap_or_default().to_string());
    for m in measured {
        let i = m.indicator;
        // Target and realisasi stay as written (`77,5%`, `12 Laporan`): texts, not numbers.
        w.record([
            text(i.number.as_deref()),
            CsvField::Text(i.sasaran.as_deref().unwrap_or_default().to_string()),
            text(i.indikator.as_deref()),
            CsvField::Text(written(&i.target)),
            CsvField::Text(written(&i.realisasi)),
            CsvField::Number(capaian(m).map(percent_string).unwrap_or_default()),
            text(m.predikat.as_deref()),
            CsvField::Text(keterangan(m)),
        ])?;
    }
    w.finish()
}
