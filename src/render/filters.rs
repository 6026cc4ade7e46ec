//! The template filters, one struct each (as zola does): figures written the Indonesian way.
//!
//! `{{ pagu | rupiah }}` → `Rp37.230.532.000`, `{{ pagu | rupiah(sen=true) }}` →
//! `Rp20.326.861.888,00`, `{{ n | angka }}` → `37.230.532.000`, `{{ s | persen }}` → `99,56%`,
//! `{{ n | terbilang }}` → `dua puluh miliar …`, `{{ d | tanggal }}` → `25 Januari 2023`.
//! Values come as exact decimal strings (the view model never holds floats) or as numbers.

use crate::numbers::{format_angka, format_persen, format_rupiah};
use rust_decimal::Decimal;
use tera::{Error, Filter, Kwargs, State, TeraResult, Value};

/// The decimal a template value holds: a decimal string (`"37230532000"`, `"99.56"`) or a number.
fn decimal(value: &Value, filter: &str) -> TeraResult<Decimal> {
    let parsed = match value.as_str() {
        Some(s) => s.trim().parse::<Decimal>().ok(),
        None => value
            .as_i128()
            .and_then(|i| i64::try_from(i).ok())
            .map(Decimal::from)
            .or_else(|| value.as_f64().and_then(crate::numbers::from_float)),
    };
    parsed.ok_or_else(|| {
        Error::message(format!(
            "the {filter} filter needs a number, not {}",
            value.name()
        ))
    })
}

fn decimals(kwargs: &Kwargs, default: u32) -> TeraResult<u32> {
    Ok(kwargs.get::<u32>("desimal")?.unwrap_or(default).min(6))
}

/// What a figure that is not known shows: a dash, never a zero.
pub const UNKNOWN: &str = "–";

/// Writes a figure, or [`UNKNOWN`] when the value is none (a formula without a result, a
/// capaian that cannot be computed, a year not linked).
fn figure(value: &Value, filter: &str, write: impl Fn(Decimal) -> String) -> TeraResult<String> {
    if value.is_none() || value.is_undefined() {
        return Ok(UNKNOWN.to_string());
    }
    Ok(write(decimal(value, filter)?))
}

/// `Rp37.230.532.000`; `sen=true` writes the two decimals (`Rp20.326.861.888,00`).
pub struct Rupiah;

impl Filter<&Value, TeraResult<String>> for Rupiah {
    fn call(&self, value: &Value, kwargs: Kwargs, _: &State) -> TeraResult<String> {
        let dp = if kwargs.get::<bool>("sen")?.unwrap_or(false) {
            2
        } else {
            0
        };
        figure(value, "rupiah", |d| format_rupiah(d, dp))
    }
}

/// `37.230.532.000`; `desimal=2` gives `1.234,50`.
pub struct Angka;

impl Filter<&Value, TeraResult<String>> for Angka {
    fn call(&self, value: &Value, kwargs: Kwargs, _: &State) -> TeraResult<String> {
        let dp = decimals(&kwargs, 0)?;
        figure(value, "angka", |d| format_angka(d, dp))
    }
}

/// `99,56%`, half-up to two decimals unless `desimal=` says otherwise.
pub struct Persen;

impl Filter<&Value, TeraResult<String>> for Persen {
    fn call(&self, value: &Value, kwargs: Kwargs, _: &State) -> TeraResult<String> {
        let dp = decimals(&kwargs, 2)?;
        figure(value, "persen", |d| format_persen(d, dp))
    }
}

/// A number in words: `2` → `dua`; decimals after `koma`.
pub struct Terbilang;

impl Filter<&Value, TeraResult<String>> for Terbilang {
    fn call(&self, value: &Value, _: Kwargs, _: &State) -> TeraResult<String> {
        let d = decimal(value, "terbilang")?;
        super::terbilang::decimal_words(d).ok_or_else(|| {
            Error::message(crate::t!("render-terbilang-cannot", value = d.to_string()))
        })
    }
}

/// `2023-01-25` (or a date already written out) → `25 Januari 2023`.
pub struct Tanggal;

use crate::text::BULAN;

impl Filter<&str, TeraResult<String>> for Tanggal {
    fn call(&self, value: &str, _: Kwargs, _: &State) -> TeraResult<String> {
        tanggal(value).ok_or_else(|| {
            Error::message(format!(
                "the tanggal filter needs a date like 2023-01-25, not \"{value}\""
            ))
        })
    }
}

/// `2023-01-25` → `25 Januari 2023`, `2024-01` → `Januari 2024`; a date already in words is
/// kept as written.
pub fn tanggal(value: &str) -> Option<String> {
    let v = value.trim();
    let parts: Vec<&str> = v.split('-').collect();
    if let [y, m] = parts[..] {
        let (y, m): (u32, usize) = (y.parse().ok()?, m.parse().ok()?);
        let bulan = BULAN.get(m.checked_sub(1)?)?;
        return (1000..=9999).contains(&y).then(|| format!("{bulan} {y}"));
    }
    if let [y, m, d] = parts[..] {
        let (y, m, d): (u32, usize, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        let bulan = BULAN.get(m.checked_sub(1)?)?;
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        let days = match m {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        return (1..=days).contains(&d).then(|| format!("{d} {bulan} {y}"));
    }
    let lower = v.to_lowercase();
    BULAN
        .iter()
        .any(|b| lower.contains(&b.to_lowercase()))
        .then(|| v.to_string())
}

/// A text for a Markdown table cell: `|` escaped, line breaks as `<br>`, `<` and `&` as
/// entities (a GFM renderer would otherwise pass HTML through).
pub struct Sel;

impl Filter<&str, String> for Sel {
    fn call(&self, value: &str, _: Kwargs, _: &State) -> String {
        let mut out = String::with_capacity(value.len());
        for c in value.trim().chars() {
            match c {
                '|' => out.push_str("\\|"),
                '<' => out.push_str("&lt;"),
                '&' => out.push_str("&amp;"),
                '\n' => out.push_str("<br>"),
                '\r' => {}
                c => out.push(c),
            }
        }
        out
    }
}

/// A text, or `value=` (default `–`) when it is none or empty: tera's `default` keeps a none.
pub struct Atau;

impl Filter<&Value, TeraResult<String>> for Atau {
    fn call(&self, value: &Value, kwargs: Kwargs, _: &State) -> TeraResult<String> {
        let other = kwargs
            .get::<String>("value")?
            .unwrap_or_else(|| UNKNOWN.to_string());
        Ok(match value.as_str() {
            Some(s) if !s.trim().is_empty() => s.to_string(),
            None if !value.is_none() && !value.is_undefined() => value.to_string(),
            _ => other,
        })
    }
}

/// Registers every filter on a Tera instance.
pub fn register(tera: &mut tera::Tera) {
    tera.register_filter("rupiah", Rupiah);
    tera.register_filter("angka", Angka);
    tera.register_filter("persen", Persen);
    tera.register_filter("terbilang", Terbilang);
    tera.register_filter("tanggal", Tanggal);
    tera.register_filter("sel", Sel);
    tera.register_filter("atau", Atau);
}

#[cfg(test)]
mod tests {
    use super::*;
    use tera::{Context, Tera};

    fn render(template: &str, value: &str) -> String {
        let mut tera = Tera::new();
        register(&mut tera);
        tera.add_raw_template("t", template).unwrap();
        let mut ctx = Context::new();
        ctx.insert("v", value);
        tera.render("t", &ctx).unwrap()
    }

    #[test]
    fn figures_the_indonesian_way() {
        assert_eq!(
            render("{{ v | rupiah }}", "37230532000"),
            "Rp37.230.532.000"
        );
        assert_eq!(
            render("{{ v | rupiah(sen=true) }}", "20326861888"),
            "Rp20.326.861.888,00"
        );
        assert_eq!(render("{{ v | angka }}", "37230532000"), "37.230.532.000");
        assert_eq!(render("{{ v | angka(desimal=2) }}", "1234.5"), "1.234,50");
        assert_eq!(render("{{ v | persen }}", "99.56"), "99,56%");
        // Half-up: 99,555 → 99,56 (banker's rounding would give 99,56 too; 0,125 → 0,13 not 0,12).
        assert_eq!(render("{{ v | persen }}", "0.125"), "0,13%");
        assert_eq!(render("{{ v | terbilang }}", "2"), "dua");
        assert_eq!(
            render("{{ v | terbilang }}", "2950000"),
            "dua juta sembilan ratus lima puluh ribu"
        );
        assert_eq!(render("{{ v | tanggal }}", "2023-01-25"), "25 Januari 2023");
        assert_eq!(
            render("{{ v | tanggal }}", "25 Januari 2023"),
            "25 Januari 2023"
        );
    }

    #[test]
    fn numbers_from_the_template_too() {
        let mut tera = Tera::new();
        register(&mut tera);
        tera.add_raw_template("t", "{{ 2 | terbilang }} {{ 1500000 | rupiah }}")
            .unwrap();
        assert_eq!(
            tera.render("t", &Context::new()).unwrap(),
            "dua Rp1.500.000"
        );
    }

    #[test]
    fn an_unknown_figure_is_a_dash() {
        let mut tera = Tera::new();
        register(&mut tera);
        tera.add_raw_template("t", "{{ v | rupiah }} {{ v | persen }} {{ v | angka }}")
            .unwrap();
        let mut ctx = Context::new();
        ctx.insert("v", &Option::<String>::None);
        assert_eq!(tera.render("t", &ctx).unwrap(), "– – –");
    }

    #[test]
    fn markdown_cells_stay_one_cell() {
        assert_eq!(
            render("{{ v | sel }}", "a | b\nc <d>"),
            "a \\| b<br>c &lt;d>"
        );
    }

    #[test]
    fn a_bad_value_is_a_clear_error() {
        let mut tera = Tera::new();
        register(&mut tera);
        tera.add_raw_template("t", "{{ v | rupiah }}").unwrap();
        let mut ctx = Context::new();
        ctx.insert("v", "dua juta");
        let err = format!("{:?}", tera.render("t", &ctx).unwrap_err());
        assert!(err.contains("rupiah filter needs a number"), "{err}");
        assert_eq!(tanggal("2023-13-01"), None);
        assert_eq!(tanggal("2023-02-31"), None);
        assert_eq!(tanggal("2024-02-29").as_deref(), Some("29 Februari 2024"));
        assert_eq!(tanggal("2023-02-29"), None);
        // The month alone, when the day is not yet known.
        assert_eq!(tanggal("2024-01").as_deref(), Some("Januari 2024"));
        assert_eq!(tanggal("2024-13"), None);
    }
}
