//! `lakip realisasi`: pagu, realisasi, serapan and sisa per program and kegiatan.

use super::table::{percent_string, Cell, Report};
use crate::compute::realisasi::Line;
use crate::numbers::canonical;
use serde_json::json;

pub fn report(lines: &[Line]) -> Report {
    let rows = lines
        .iter()
        .map(|l| {
            let indent = if l.path.is_empty() { "" } else { "  " };
            vec![
                Cell::Text(format!("{indent}{}", l.uraian)),
                Cell::Money(l.pagu),
                Cell::Money(l.realisasi),
                Cell::Percent(l.serapan),
                Cell::Money(l.sisa),
            ]
        })
        .collect();
    let bold = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.level != "kegiatan")
        .map(|(i, _)| i)
        .collect();
    Report {
        title: "Realisasi Anggaran".into(),
        headers: vec![
            "Uraian",
            "Pagu (Rp)",
            "Realisasi (Rp)",
            "Serapan",
            "Sisa (Rp)",
        ],
        rows,
        bold,
        wrap: false,
    }
}

/// `{"rows": [...]}`: amounts as exact decimal strings, serapan with two decimals.
pub fn json(lines: &[Line]) -> serde_json::Value {
    let rows: Vec<serde_json::Value> = lines
        .iter()
        .map(|l| {
            json!({
                "level": l.level,
                "path": l.path,
                "uraian": l.uraian,
                "pagu": l.pagu.map(canonical),
                "realisasi": l.realisasi.map(canonical),
                "serapan": l.serapan.map(percent_string),
                "sisa": l.sisa.map(canonical),
            })
        })
        .collect();
    json!({ "rows": rows })
}

/// CSV keeps the level and the path so the rows can be filtered in a spreadsheet.
pub fn csv(lines: &[Line]) -> anyhow::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "level",
        "path",
        "uraian",
        "pagu",
        "realisasi",
        "serapan",
        "sisa",
    ])?;
    for l in lines {
        let exact = |v: Option<rust_decimal::Decimal>| v.map(canonical).unwrap_or_default();
        w.write_record([
            l.level.to_string(),
            l.path.join(" > "),
            l.uraian.clone(),
            exact(l.pagu),
            exact(l.realisasi),
            l.serapan.map(percent_string).unwrap_or_default(),
            exact(l.sisa),
        ])?;
    }
    Ok(String::from_utf8(
        w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?,
    )?)
}
