//! What `lakip rollup` prints: the per-satker table, the consolidated lines, the flags; as
//! text, JSON, CSV or an xlsx workbook.

use super::table::{percent_string, Cell, Report};
use crate::numbers::canonical;
use crate::rollup::{consolidate::Consolidated, unit::Unit, Rollup};
use rust_decimal::Decimal;
use serde_json::json;
use std::collections::HashMap;
use std::sync::Mutex;

/// The per-satker columns; `rollup-column-…` keys are titles that differ by language, the rest
/// are the domain's words in both.
const SATKER_HEADERS: [&str; 16] = [
    "No",
    "Satker",
    "Kode",
    "Tingkat",
    "Pagu",
    "Realisasi",
    "Serapan",
    "Sisa",
    "Indikator",
    "Tercapai",
    "Rata-rata capaian",
    "Nilai efisiensi",
    "Predikat",
    "rollup-column-errors",
    "rollup-column-warnings",
    "Dokumen kurang",
];

/// The per-satker table, in the rollup's order, with the total last.
pub fn satker(rollup: &Rollup) -> Report {
    let mut rows: Vec<Vec<Cell>> = rollup
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| satker_row(i + 1, u))
        .collect();
    let t = &rollup.total;
    rows.push(vec![
        Cell::Text(String::new()),
        Cell::Text(crate::rollup::total_label(t)),
        Cell::Text(String::new()),
        Cell::Text(String::new()),
        Cell::Money(t.pagu),
        Cell::Money(t.realisasi),
        Cell::Percent(t.serapan),
        Cell::Money(t.sisa),
        count(t.indikator),
        count(t.tercapai),
        Cell::Text(String::new()),
        Cell::Text(String::new()),
        Cell::Text(String::new()),
        count(t.errors),
        count(t.warnings),
        Cell::Text(String::new()),
    ]);
    Report {
        title: title(&crate::t!("rollup-title-satker"), rollup),
        headers: SATKER_HEADERS.iter().map(|h| header(h)).collect(),
        bold: vec![rows.len() - 1],
        rows,
        wrap: false,
        drop_first: &[],
    }
}

fn title(what: &str, rollup: &Rollup) -> String {
    let mut t = what.to_string();
    if let Some(n) = &rollup.nama {
        t.push_str(&format!(" — {n}"));
    }
    if let Some(y) = rollup.tahun {
        t.push_str(&format!(" {y}"));
    }
    t
}

/// A column title: a `rollup-column-…` key in the current language, else the title itself. A
/// report's titles are `&'static str`: each (language, key) is made once and kept, a handful of
/// short strings for the life of the process.
fn header(name: &'static str) -> &'static str {
    static MADE: Mutex<Option<HashMap<(crate::i18n::Lang, &'static str), &'static str>>> =
        Mutex::new(None);
    if !name.starts_with("rollup-column-") {
        return name;
    }
    let lang = crate::i18n::lang();
    let Ok(mut made) = MADE.lock() else {
        return name;
    };
    made.get_or_insert_with(HashMap::new)
        .entry((lang, name))
        .or_insert_with(|| Box::leak(crate::i18n::tr_in(lang, name, &[]).into_boxed_str()))
}

/// A count as a cell: a number, exact in CSV, no `Rp` in a workbook.
fn count(n: usize) -> Cell {
    Cell::Text(n.to_string())
}

fn satker_row(no: usize, u: &Unit) -> Vec<Cell> {
    vec![
        Cell::Text(no.to_string()),
        Cell::Text(u.identity.nama.clone()),
        Cell::Text(u.identity.kode.clone().unwrap_or_default()),
        Cell::Text(u.identity.tingkat.unwrap_or_default().to_string()),
        Cell::Money(u.pagu),
        Cell::Money(u.realisasi),
        Cell::Percent(u.serapan),
        Cell::Money(u.sisa),
        count(u.indikator),
        count(u.tercapai),
        Cell::Percent(u.rata_capaian),
        Cell::Percent(u.nilai_efisiensi),
        Cell::Text(u.predikat.clone().unwrap_or_default()),
        count(u.errors),
        count(u.warnings),
        Cell::Text(u.kurang.join(", ")),
    ]
}

/// The consolidated program and kegiatan lines.
pub fn lines(rollup: &Rollup) -> Report {
    let rows = rollup
        .lines
        .iter()
        .map(|l| {
            let name = if l.level == "program" {
                l.uraian.clone()
            } else {
                format!("  {}", l.uraian)
            };
            vec![
                Cell::Text(name),
                Cell::Text(l.code.clone().unwrap_or_default()),
                count(l.satker),
                Cell::Money(l.pagu),
                Cell::Money(l.realisasi),
                Cell::Percent(l.serapan),
                Cell::Money(l.sisa),
            ]
        })
        .collect();
    Report {
        title: title(&crate::t!("rollup-title-lines"), rollup),
        headers: vec![
            "Program / Kegiatan",
            "Kode",
            "Satker",
            "Pagu",
            "Realisasi",
            "Serapan",
            "Sisa",
        ],
        rows,
        bold: Vec::new(),
        wrap: false,
        drop_first: &[],
    }
}

/// Text: both tables, then the flags and what could not be read.
pub fn text(rollup: &Rollup) -> String {
    let mut out = satker(rollup).text();
    out.push('\n');
    out.push_str(&lines(rollup).text());
    for l in rollup.lines.iter().filter(|l| !l.nama_lain.is_empty()) {
        out.push_str(&crate::t!(
            "rollup-also-taken",
            uraian = &l.uraian,
            others = l.nama_lain.join(", ")
        ));
        out.push('\n');
    }
    if !rollup.flags.is_empty() {
        out.push_str(&format!("\n{}\n", crate::t!("rollup-flags")));
        for f in &rollup.flags {
            out.push_str(&format!("  {:<15} {}: {}\n", f.code, f.satker, f.message));
        }
    }
    out.push_str(&summary(rollup));
    out
}

/// The last line: how many units, how many with errors, how many unreadable.
pub fn summary(rollup: &Rollup) -> String {
    let with_errors = rollup.units.iter().filter(|u| u.errors > 0).count();
    let line = crate::t!(
        "rollup-summary",
        read = rollup.units.len(),
        errors = with_errors,
        unreadable = rollup.unreadable.len(),
        flags = rollup.flags.len()
    );
    format!("\n{line}\n")
}

fn money(v: Option<Decimal>) -> serde_json::Value {
    json!(v.map(canonical))
}

fn percent(v: Option<Decimal>) -> serde_json::Value {
    json!(v.map(percent_string))
}

/// JSON: the per-satker rows as objects (`satker`, `pagu`, `realisasi`, `serapan`, `sisa`,
/// `errors`, `warnings`, …), the consolidated lines, the total, the flags.
pub fn json(rollup: &Rollup) -> serde_json::Value {
    let t = &rollup.total;
    json!({
        "nama": rollup.nama,
        "tahun": rollup.tahun,
        "satker": rollup.units.iter().map(unit_json).collect::<Vec<_>>(),
        "konsolidasi": rollup.lines.iter().map(line_json).collect::<Vec<_>>(),
        "jumlah": {
            "pagu": money(t.pagu),
            "realisasi": money(t.realisasi),
            "serapan": percent(t.serapan),
            "sisa": money(t.sisa),
            "satker_anggaran": t.anggaran,
            "satker": t.satker,
            "indikator": t.indikator,
            "tercapai": t.tercapai,
            "errors": t.errors,
            "warnings": t.warnings,
        },
        "flags": rollup.flags.iter().map(|f| json!({
            "satker": f.satker,
            "code": f.code,
            "message": f.message,
        })).collect::<Vec<_>>(),
        "tidak_terbaca": rollup.unreadable.iter().map(|u| json!({
            "workspace": u.path,
            "reason": u.reason,
        })).collect::<Vec<_>>(),
    })
}

fn unit_json(u: &Unit) -> serde_json::Value {
    json!({
        "satker": u.identity.nama,
        "kode": u.identity.kode,
        "kode_dari": u.identity.kode_dari,
        "tingkat": u.identity.tingkat,
        "induk": u.identity.induk,
        "tahun": u.identity.tahun,
        "workspace": u.path,
        "pagu": money(u.pagu),
        "realisasi": money(u.realisasi),
        "serapan": percent(u.serapan),
        "sisa": money(u.sisa),
        "indikator": u.indikator,
        "tercapai": u.tercapai,
        "belum_tercapai": u.belum_tercapai,
        "rata_capaian": percent(u.rata_capaian),
        "nilai_efisiensi": percent(u.nilai_efisiensi),
        "predikat": u.predikat,
        "errors": u.errors,
        "warnings": u.warnings,
        "tahun_lain": u.tahun_lain,
        "kurang": u.kurang,
        "catatan": u.catatan,
    })
}

fn line_json(l: &Consolidated) -> serde_json::Value {
    json!({
        "level": l.level,
        "program": l.program,
        "kode": l.code,
        "uraian": l.uraian,
        "satker": l.satker,
        "pagu": money(l.pagu),
        "realisasi": money(l.realisasi),
        "serapan": percent(l.serapan),
        "sisa": money(l.sisa),
        "nama_lain": l.nama_lain,
    })
}
