//! Inline SVG bar charts, drawn without a chart library: capaian per sasaran against 100%, and
//! serapan per program. Each has a `<title>` and `<desc>` for screen readers, and every text in
//! it is escaped. Coordinates are computed in exact decimals like everything else, rounded to a
//! tenth of a pixel.

use crate::compute::realisasi;
use crate::numbers::format_persen;
use rust_decimal::Decimal;
use std::fmt::Write;

const WIDTH: u32 = 640;
const LABEL: u32 = 250;
const BAR: u32 = 18;
const GAP: u32 = 8;
const TOP: u32 = 30;
/// A label line: 11px type in the 244px left of the bars holds about 40 characters.
const LINE_CHARS: usize = 40;
const LINE_HEIGHT: u32 = 13;
/// A bar that reaches its target, one that does not, and one with no target (serapan).
const REACHED: &str = "#2f6f9f";
const MISSED: &str = "#d35400";

/// One bar: its label, its value in percent, and whether it reaches its target (none for a
/// figure with no target, as serapan).
pub struct Bar {
    pub label: String,
    pub value: Decimal,
    pub tercapai: Option<bool>,
}

/// Capaian per indikator against the 100% line, a bar below target in another colour.
pub fn capaian(bars: &[Bar]) -> Option<String> {
    draw("Capaian kinerja per indikator", bars)
}

/// Serapan per program (the lines at the top of the realisasi table).
pub fn serapan(lines: &[realisasi::Line]) -> Option<String> {
    let bars: Vec<Bar> = lines
        .iter()
        .filter(|l| l.path.is_empty() && l.level != "total")
        .filter_map(|l| {
            Some(Bar {
                label: l.uraian.clone(),
                value: l.serapan?,
                tercapai: None,
            })
        })
        .collect();
    draw("Serapan anggaran per program", &bars)
}

/// A label in lines of at most [`LINE_CHARS`] characters, broken between words (a word
/// longer than a line is cut), so no label is cut short.
fn wrap(label: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in label.split_whitespace() {
        let mut word = word.to_string();
        while word.chars().count() > LINE_CHARS {
            let cut = word
                .char_indices()
                .nth(LINE_CHARS)
                .map_or(word.len(), |(i, _)| i);
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            lines.push(word[..cut].to_string());
            word = word[cut..].to_string();
        }
        let fits = current.chars().count() + 1 + word.chars().count() <= LINE_CHARS;
        if current.is_empty() {
            current = word;
        } else if fits {
            current.push(' ');
            current.push_str(&word);
        } else {
            lines.push(std::mem::replace(&mut current, word));
        }
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    lines
}

/// The chart, with every bar's figure also written out in `<desc>` for screen readers.
fn draw(title: &str, bars: &[Bar]) -> Option<String> {
    if bars.is_empty() {
        return None;
    }
    let desc = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, format_persen(b.value, 2)))
        .collect::<Vec<_>>()
        .join("; ");
    let hundred = Decimal::ONE_HUNDRED;
    // The scale reaches the largest bar, and never less than 100%, so the 100% line shows.
    let max = bars.iter().map(|b| b.value).fold(hundred, Decimal::max);
    let plot = Decimal::from(WIDTH - LABEL - 80);
    // Values are written in a column of their own, clear of the bars and the 100% line.
    let values = WIDTH - 6;
    let x = |v: Decimal| Decimal::from(LABEL) + v.max(Decimal::ZERO) / max * plot;
    let labels: Vec<Vec<String>> = bars.iter().map(|b| wrap(&b.label)).collect();
    // Each row as tall as its label's lines, and at least a bar.
    let rows: Vec<u32> = labels
        .iter()
        .map(|l| (l.len() as u32 * LINE_HEIGHT).max(BAR) + GAP)
        .collect();
    let legend = bars.iter().any(|b| b.tercapai == Some(false));
    let body: u32 = rows.iter().sum();
    let height = TOP + body + 20 + if legend { 22 } else { 0 };
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height}" width="100%" style="max-width:{WIDTH}px"><title>{}</title><desc>{}</desc>"#,
        esc(title),
        esc(&desc)
    );
    let mut y = TOP;
    for ((b, lines), row) in bars.iter().zip(&labels).zip(&rows) {
        let end = x(b.value);
        let colour = match b.tercapai {
            Some(false) => MISSED,
            _ => REACHED,
        };
        // The label's lines centred on the bar.
        let first = y + 13 - (lines.len() as u32 - 1) * LINE_HEIGHT / 2;
        let _ = write!(
            svg,
            r#"<text x="{}" y="{first}" font-size="11" text-anchor="end">"#,
            LABEL - 6
        );
        for (k, line) in lines.iter().enumerate() {
            let dy = if k == 0 { 0 } else { LINE_HEIGHT };
            let _ = write!(
                svg,
                r#"<tspan x="{}" dy="{dy}">{}</tspan>"#,
                LABEL - 6,
                esc(line)
            );
        }
        let bar_y = y + (row - GAP).saturating_sub(BAR) / 2;
        let _ = write!(
            svg,
            r##"</text><rect x="{LABEL}" y="{bar_y}" width="{}" height="{BAR}" fill="{colour}"/><text x="{values}" y="{}" font-size="11" text-anchor="end">{}</text>"##,
            px(end - Decimal::from(LABEL)),
            bar_y + 13,
            esc(&format_persen(b.value, 2)),
        );
        y += row;
    }
    let line = px(x(hundred));
    let _ = write!(
        svg,
        r##"<line x1="{line}" y1="{}" x2="{line}" y2="{}" stroke="#c0392b" stroke-dasharray="4 3"/><text x="{line}" y="{}" font-size="11" text-anchor="middle">100%</text>"##,
        TOP - 6,
        TOP + body,
        TOP - 10
    );
    if legend {
        let ly = TOP + body + 14;
        let _ = write!(
            svg,
            r##"<rect x="{LABEL}" y="{}" width="12" height="12" fill="{REACHED}"/><text x="{}" y="{ly}" font-size="11">mencapai target (≥ 100%)</text><rect x="{}" y="{}" width="12" height="12" fill="{MISSED}"/><text x="{}" y="{ly}" font-size="11">belum mencapai target (&lt; 100%)</text>"##,
            ly - 10,
            LABEL + 16,
            LABEL + 170,
            ly - 10,
            LABEL + 186,
        );
    }
    svg.push_str("</svg>");
    Some(svg)
}

/// A coordinate to a tenth of a pixel.
fn px(d: Decimal) -> String {
    let r = d.round_dp(1).normalize();
    r.to_string()
}

/// Text for SVG/HTML: the five characters that could end an element or attribute, escaped.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_text_is_escaped() {
        let bars = [
            Bar {
                label: "Sasaran <1>".into(),
                value: Decimal::from(100),
                tercapai: Some(true),
            },
            Bar {
                label: "Sasaran 2".into(),
                value: Decimal::from(50),
                tercapai: Some(false),
            },
        ];
        let svg = draw("Capaian & serapan", &bars).unwrap();
        assert!(svg.contains("<title>Capaian &amp; serapan</title>"));
        assert!(svg.contains("Sasaran &lt;1&gt;"));
        assert!(!svg.contains("<1>"));
        // 100% spans the plot (640 − 250 − 80 = 310 px); 50% half of it.
        assert!(svg.contains(r#"width="310" height="18""#), "{svg}");
        assert!(svg.contains(r#"width="155" height="18""#), "{svg}");
        assert_eq!(draw("t", &[]), None);
        // The bar below its target in another colour, and the legend says which is which.
        assert_eq!(
            svg.matches(r##"fill="#2f6f9f""##).count(),
            2,
            "a bar and its key"
        );
        assert_eq!(
            svg.matches(r##"fill="#d35400""##).count(),
            2,
            "a bar and its key"
        );
        assert!(svg.contains("belum mencapai target (&lt; 100%)"), "{svg}");
    }

    #[test]
    fn a_long_label_wraps_instead_of_being_cut() {
        let label = "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi.";
        assert_eq!(
            wrap(label),
            [
                "Penyelenggaraan Pemilu dalam Proses",
                "Konsolidasi Demokrasi."
            ]
        );
        let svg = draw(
            "Serapan",
            &[Bar {
                label: label.into(),
                value: Decimal::from(99),
                tercapai: None,
            }],
        )
        .unwrap();
        assert!(svg.contains(">Konsolidasi Demokrasi.</tspan>"), "{svg}");
        assert!(!svg.contains('…'), "{svg}");
        assert!(!svg.contains("mencapai target"), "no target, no legend");
        // A word longer than a line is cut across lines, not dropped.
        assert_eq!(wrap(&"x".repeat(45)), ["x".repeat(40), "x".repeat(5)]);
    }
}
