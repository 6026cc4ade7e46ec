//! `lakip realisasi`: pagu, realisasi, serapan and sisa per program and kegiatan (and, in a
//! report with budget codes, per level down to the RO, each with its full code).

use super::table::{percent_string, Cell, Report};
use super::{CsvField, CsvForm, CsvOut};
use crate::compute::realisasi::Line;
use crate::numbers::canonical;
use serde_json::json;

/// The table; `periode` names the period the figures run to (a SAKTI report's month).
pub fn report(lines: &[Line], periode: Option<&str>) -> Report {
    let coded = lines.iter().any(|l| l.code.is_some());
    let rows = lines
        .iter()
        .map(|l| {
            let indent = "  ".repeat(l.path.len());
            let mut row = vec![Cell::Text(format!("{indent}{}", l.uraian))];
            if coded {
                row.insert(0, Cell::Text(l.code.clone().unwrap_or_default()));
            }
            row.extend([
                Cell::Money(l.pagu),
                Cell::Money(l.realisasi),
                Cell::Percent(l.serapan),
                Cell::Money(l.sisa),
            ]);
            row
        })
        .collect();
    let mut headers = vec![
        "Uraian",
        "Pagu (Rp)",
        "Realisasi (Rp)",
        "Serapan",
        "Sisa (Rp)",
    ];
    if coded {
        headers.insert(0, "Kode");
    }
    let title = match periode {
        Some(p) => format!("Realisasi Anggaran s.d. Periode {p}"),
        None => "Realisasi Anggaran".into(),
    };
    Report {
        title,
        headers,
        rows,
        bold: bold(lines),
        wrap: false,
        drop_first: &[],
    }
}

/// The total, and every line with lines under it; without codes, every line that is not a
/// kegiatan (programs, and sub-headings of other levels).
fn bold(lines: &[Line]) -> Vec<usize> {
    let parent = |i: usize| {
        lines
            .get(i + 1)
            .is_some_and(|next| next.path.len() > lines[i].path.len())
    };
    lines
        .iter()
        .enumerate()
        .filter(|(i, l)| {
            l.level == "total" || parent(*i) || (l.code.is_none() && l.level != "kegiatan")
        })
        .map(|(i, _)| i)
        .collect()
}

/// `{"rows": [...]}`: amounts as exact decimal strings, serapan with two decimals; each row's
/// `code` where it has one, and `periode` where the figures run to a named period.
pub fn json(lines: &[Line], periode: Option<&str>) -> serde_json::Value {
    let rows: Vec<serde_json::Value> = lines
        .iter()
        .map(|l| {
            let mut row = json!({
                "level": l.level,
                "path": l.path,
                "uraian": l.uraian,
                "pagu": l.pagu.map(canonical),
                "realisasi": l.realisasi.map(canonical),
                "serapan": l.serapan.map(percent_string),
                "sisa": l.sisa.map(canonical),
            });
            if let (Some(code), Some(map)) = (&l.code, row.as_object_mut()) {
                map.insert("code".into(), json!(code));
            }
            row
        })
        .collect();
    match periode {
        Some(p) => json!({ "periode": p, "rows": rows }),
        None => json!({ "rows": rows }),
    }
}

/// CSV keeps the level and the path so the rows can be filtered in a spreadsheet; the code
/// after the path where the lines have codes.
pub fn csv(lines: &[Line], form: CsvForm) -> anyhow::Result<String> {
    let coded = lines.iter().any(|l| l.code.is_some());
    let mut w = CsvOut::new(form);
    let mut header = vec!["level", "path"];
    if coded {
        header.push("code");
    }
    header.extend(["uraian", "pagu", "realisasi", "serapan", "sisa"]);
    w.header(&header)?;
    for l in lines {
        let exact = |v: Option<rust_decimal::Decimal>| {
            CsvField::Number(v.map(canonical).unwrap_or_default())
        };
        let mut record = vec![
            CsvField::Text(l.level.to_string()),
            CsvField::Text(l.path.join(" > ")),
        ];
        if coded {
            record.push(CsvField::Text(l.code.clone().unwrap_or_default()));
        }
        record.extend([
            CsvField::Text(l.uraian.clone()),
            exact(l.pagu),
            exact(l.realisasi),
            CsvField::Number(l.serapan.map(percent_string).unwrap_or_default()),
            exact(l.sisa),
        ]);
        w.record(record)?;
    }
    w.finish()
}
