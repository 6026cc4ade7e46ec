//! Inline SVG bar charts, drawn without a chart library: capaian per sasaran against 100%, and
//! serapan per program. Each has a `<title>` and `<desc>` for screen readers, and every text in
//! it is escaped. Coordinates are computed in exact decimals like everything else, rounded to a
//! tenth of a pixel.

use crate::compute::kinerja::Measured;
use crate::compute::realisasi;
use crate::numbers::format_persen;
use crate::text::shorten;
use rust_decimal::Decimal;
use std::fmt::Write;

const WIDTH: u32 = 640;
const LABEL: u32 = 250;
const BAR: u32 = 18;
const GAP: u32 = 8;
const TOP: u32 = 30;

/// One bar: its label and its value in percent.
struct Bar {
    label: String,
    value: Decimal,
}

/// Capaian per indikator (labelled by its sasaran number) with the 100% line.
pub fn capaian(measured: &[Measured]) -> Option<String> {
    let bars: Vec<Bar> = measured
        .iter()
        .filter_map(|m| {
            let value = m.capaian.as_ref().ok()?.value;
            let label = match &m.indicator.number {
                Some(n) => format!("Sasaran {n}"),
                None => shorten(m.indicator.indikator.as_deref().unwrap_or("?"), 30),
            };
            Some(Bar { label, value })
        })
        .collect();
    draw("Capaian kinerja per indikator", &bars)
}

/// Serapan per program (the lines at the top of the realisasi table).
pub fn serapan(lines: &[realisasi::Line]) -> Option<String> {
    let bars: Vec<Bar> = lines
        .iter()
        .filter(|l| l.path.is_empty() && l.level != "total")
        .filter_map(|l| {
            Some(Bar {
                label: shorten(&l.uraian, 40),
                value: l.serapan?,
            })
        })
        .collect();
    draw("Serapan anggaran per program", &bars)
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
    let height = TOP + bars.len() as u32 * (BAR + GAP) + 20;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height}" width="100%" style="max-width:{WIDTH}px"><title>{}</title><desc>{}</desc>"#,
        esc(title),
        esc(&desc)
    );
    for (i, b) in bars.iter().enumerate() {
        let y = TOP + i as u32 * (BAR + GAP);
        let end = x(b.value);
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" font-size="11" text-anchor="end">{}</text><rect x="{LABEL}" y="{y}" width="{}" height="{BAR}" fill="#2f6f9f"/><text x="{values}" y="{}" font-size="11" text-anchor="end">{}</text>"##,
            LABEL - 6,
            y + 13,
            esc(&b.label),
            px(end - Decimal::from(LABEL)),
            y + 13,
            esc(&format_persen(b.value, 2)),
        );
    }
    let line = px(x(hundred));
    let _ = write!(
        svg,
        r##"<line x1="{line}" y1="{}" x2="{line}" y2="{}" stroke="#c0392b" stroke-dasharray="4 3"/><text x="{line}" y="{}" font-size="11" text-anchor="middle">100%</text></svg>"##,
        TOP - 6,
        height - 14,
        TOP - 10
    );
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
            },
            Bar {
                label: "Sasaran 2".into(),
                value: Decimal::from(50),
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
    }
}
