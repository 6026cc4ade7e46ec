//! `[dokumen]` in lakip.toml: the page and type of the Word document, as written, and their
//! validation into [`Layout`].

use rust_decimal::Decimal;
use serde::Deserialize;

/// `[dokumen]`: as written; [`DokumenSection::layout`] validates it.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DokumenSection {
    /// The body font (`"Arial"`, `"Bookman Old Style"`).
    #[serde(default)]
    pub font: Option<String>,
    /// The body size in points (`12`, `11.5`).
    #[serde(default)]
    pub ukuran_font: Option<toml::Value>,
    /// Line spacing of the body text (`1.5`).
    #[serde(default)]
    pub spasi: Option<toml::Value>,
    /// Margins in cm: top, right, bottom, left (`[3, 3, 3, 4]`).
    #[serde(default)]
    pub margin_cm: Option<Vec<toml::Value>>,
}

/// The validated page and type, in the units Word writes: twips (1/1440 inch) and half-points.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub font: String,
    /// Half-points (`24` for 12 pt).
    pub size: usize,
    /// 240ths of a line (`360` for 1.5).
    pub line: i32,
    /// Top, right, bottom, left, in twips.
    pub margin: [i32; 4],
}

impl Default for Layout {
    fn default() -> Self {
        DokumenSection::default()
            .layout()
            .unwrap_or_else(|_| unreachable!("the defaults are valid"))
    }
}

/// The defaults: Arial 12 pt, spacing 1.5, 4 cm left and 3 cm elsewhere, as satker write.
const FONT: &str = "Arial";
const SIZE: i64 = 12;
const SPACING: (i64, u32) = (15, 1);
const MARGIN_CM: [i64; 4] = [3, 3, 3, 4];

impl DokumenSection {
    /// The layout, or what is wrong with a value (the caller names the file).
    pub fn layout(&self) -> Result<Layout, String> {
        let font = match &self.font {
            None => FONT.to_string(),
            Some(f) if !f.trim().is_empty() && f.len() <= 64 => f.trim().to_string(),
            Some(_) => {
                return Err(crate::t!("dokumen-font"));
            }
        };
        let size = match &self.ukuran_font {
            None => Decimal::from(SIZE),
            Some(v) => number(v)
                .filter(|d| *d >= Decimal::from(8) && *d <= Decimal::from(16))
                .filter(|d| (*d * Decimal::TWO).fract().is_zero())
                .ok_or_else(|| crate::t!("dokumen-ukuran-font"))?,
        };
        let spacing = match &self.spasi {
            None => Decimal::new(SPACING.0, SPACING.1),
            Some(v) => number(v)
                .filter(|d| *d >= Decimal::ONE && *d <= Decimal::from(3))
                .ok_or_else(|| crate::t!("dokumen-spasi"))?,
        };
        let margin = match &self.margin_cm {
            None => MARGIN_CM.map(|cm| twips(Decimal::from(cm))),
            Some(values) => margins(values)?,
        };
        Ok(Layout {
            font,
            size: whole(size * Decimal::TWO) as usize,
            line: whole(spacing * Decimal::from(240)) as i32,
            margin,
        })
    }
}

fn margins(values: &[toml::Value]) -> Result<[i32; 4], String> {
    let wrong = || crate::t!("dokumen-margin");
    if values.len() != 4 {
        return Err(wrong());
    }
    let mut out = [0; 4];
    for (slot, v) in out.iter_mut().zip(values) {
        let cm = number(v)
            .filter(|d| *d >= Decimal::ONE && *d <= Decimal::from(6))
            .ok_or_else(wrong)?;
        *slot = twips(cm);
    }
    Ok(out)
}

/// A number written as an integer, a float or a string (`"1,5"`, the Indonesian way).
fn number(value: &toml::Value) -> Option<Decimal> {
    match value {
        toml::Value::Integer(i) => Some(Decimal::from(*i)),
        toml::Value::Float(f) => crate::numbers::from_float(*f),
        toml::Value::String(t) => crate::numbers::parse_percent(t)
            .ok()
            .flatten()
            .map(|p| p.value),
        _ => None,
    }
}

/// Centimetres to twips: 1 cm = 1440 ÷ 2.54 twips, rounded half-up.
fn twips(cm: Decimal) -> i32 {
    whole(cm * Decimal::from(1440) / Decimal::new(254, 2)) as i32
}

fn whole(d: Decimal) -> i64 {
    use rust_decimal::prelude::ToPrimitive;
    d.round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        .to_i64()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(text: &str) -> DokumenSection {
        toml::from_str(text).unwrap()
    }

    #[test]
    fn defaults_and_values_in_word_units() {
        let d = DokumenSection::default().layout().unwrap();
        assert_eq!(d.font, "Arial");
        // 12 pt = 24 half-points; 1.5 lines = 1.5 × 240 = 360.
        assert_eq!((d.size, d.line), (24, 360));
        // 3 cm = 3 × 1440 ÷ 2.54 = 1700.79 → 1701 twips; 4 cm = 2267.72 → 2268.
        assert_eq!(d.margin, [1701, 1701, 1701, 2268]);
        let s = section(
            "font = \"Bookman Old Style\"\nukuran_font = 11.5\nspasi = \"1,15\"\nmargin_cm = [4, 3, 3, 2.5]",
        )
        .layout()
        .unwrap();
        assert_eq!(s.font, "Bookman Old Style");
        // 11.5 pt = 23 half-points; 1.15 × 240 = 276; 2.5 cm = 1417.32 → 1417.
        assert_eq!((s.size, s.line), (23, 276));
        assert_eq!(s.margin, [2268, 1701, 1701, 1417]);
    }

    #[test]
    fn values_out_of_range_are_named() {
        for (text, word) in [
            ("ukuran_font = 40", "ukuran_font"),
            ("ukuran_font = 11.3", "ukuran_font"),
            ("spasi = 0", "spasi"),
            ("margin_cm = [3, 3, 3]", "margin_cm"),
            ("margin_cm = [3, 3, 3, 30]", "margin_cm"),
            ("font = \"\"", "font"),
        ] {
            let e = section(text).layout().unwrap_err();
            assert!(e.contains(word), "{text}: {e}");
        }
    }
}
