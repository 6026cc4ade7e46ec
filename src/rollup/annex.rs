//! The consolidated annex of the parent unit's LKj: each satker's budget and performance,
//! and the realisasi per program and kegiatan across them, as Markdown (then HTML or Word,
//! through the LKj's own converters).

use super::Rollup;
use crate::numbers::{format_amount, format_persen};
use rust_decimal::Decimal;

/// The annex as Markdown: a heading, two captioned tables.
pub fn markdown(rollup: &Rollup) -> String {
    let mut out = format!("# {}\n\n", title(rollup));
    out.push_str("**Tabel 1 Realisasi anggaran dan capaian kinerja per satker**\n\n");
    out.push_str(
        "| No | Satker | Pagu (Rp) | Realisasi (Rp) | Serapan | Indikator | Tercapai | Rata-rata capaian | Predikat | Cek |\n",
    );
    out.push_str("|---:|---|---:|---:|---:|---:|---:|---:|---|---|\n");
    for (i, u) in rollup.units.iter().enumerate() {
        let cek = match (u.errors, u.warnings) {
            (0, 0) => crate::t!("rollup-annex-check-ok"),
            (e, w) => crate::t!("rollup-annex-check", errors = e, warnings = w),
        };
        out.push_str(&row(&[
            (i + 1).to_string(),
            escape(&u.identity.nama),
            money(u.pagu),
            money(u.realisasi),
            percent(u.serapan),
            u.indikator.to_string(),
            u.tercapai.to_string(),
            percent(u.rata_capaian),
            escape(u.predikat.as_deref().unwrap_or("")),
            cek,
        ]));
    }
    let t = &rollup.total;
    out.push_str(&row(&[
        String::new(),
        bold(escape(&super::total_label(t))),
        bold(money(t.pagu)),
        bold(money(t.realisasi)),
        bold(percent(t.serapan)),
        bold(t.indikator.to_string()),
        bold(t.tercapai.to_string()),
        String::new(),
        String::new(),
        String::new(),
    ]));
    out.push_str("\n**Tabel 2 Realisasi anggaran konsolidasi per program dan kegiatan**\n\n");
    out.push_str(
        "| Program / Kegiatan | Satker | Pagu (Rp) | Realisasi (Rp) | Serapan | Sisa (Rp) |\n",
    );
    out.push_str("|---|---:|---:|---:|---:|---:|\n");
    for l in &rollup.lines {
        let name = escape(&l.uraian);
        let name = if l.level == "program" {
            bold(name)
        } else {
            format!("\u{a0}\u{a0}\u{a0}\u{a0}{name}")
        };
        out.push_str(&row(&[
            name,
            l.satker.to_string(),
            money(l.pagu),
            money(l.realisasi),
            percent(l.serapan),
            money(l.sisa),
        ]));
    }
    out
}

/// `LAMPIRAN: KONSOLIDASI … TAHUN 2023`.
fn title(rollup: &Rollup) -> String {
    let nama = rollup
        .nama
        .as_deref()
        .map(|n| format!(" {}", escape(n)))
        .unwrap_or_default();
    let tahun = rollup
        .tahun
        .map(|t| format!(" TAHUN {t}"))
        .unwrap_or_default();
    format!("LAMPIRAN KONSOLIDASI LAPORAN KINERJA{nama}{tahun}")
}

/// The annex as an HTML page (any HTML in a name shown as text).
pub fn html(rollup: &Rollup) -> String {
    page(
        &title(rollup),
        &crate::render::paragraphs(&markdown(rollup)),
    )
}

/// The annex as a Word document, by the LKj's converter.
pub fn docx(rollup: &Rollup) -> anyhow::Result<Vec<u8>> {
    use crate::render::docx;
    let layout = docx::DokumenSection::default()
        .layout()
        .map_err(crate::error::input_error)?;
    let report = docx::Report {
        parts: vec![docx::Part {
            name: "lampiran".to_string(),
            markdown: markdown(rollup),
            front: false,
        }],
        charts: Default::default(),
        draft: None,
        layout: &layout,
        root: std::path::PathBuf::from("."),
        lists: false,
    };
    Ok(docx::write(&report)?.0)
}

/// A whole HTML page around `body`.
pub fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\nbody {{ font-family: Arial, sans-serif; font-size: 11pt; }}\ntable {{ border-collapse: collapse; }}\nth, td {{ border: 1px solid #444; padding: 2px 6px; }}\ntd {{ text-align: right; }}\ntd:nth-child(2), td:first-child {{ text-align: left; }}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        html_escape(title)
    )
}

pub fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

fn bold(text: String) -> String {
    if text.is_empty() {
        text
    } else {
        format!("**{text}**")
    }
}

fn money(v: Option<Decimal>) -> String {
    v.map(format_amount).unwrap_or_default()
}

fn percent(v: Option<Decimal>) -> String {
    v.map(|p| format_persen(p, 2)).unwrap_or_default()
}

/// A name as Markdown text: what Markdown would read as markup is escaped.
fn escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '|' | '*' | '_' | '[' | ']' | '<' | '>' | '`' | '#' | '!' | '&' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}
