//! Reading one amount cell into a [`Quantity`]: numbers converted once, texts parsed in the
//! Indonesian forms, `-` kept as none, formulas without a computed result kept as unknown.

use crate::model::{CellRef, Field, Location, Quantity};
use crate::numbers;
use crate::source::{Cell, Value};
use crate::t;
use rust_decimal::Decimal;
use std::sync::Arc;

/// Where a cell is, for messages.
pub struct At<'a> {
    pub file: &'a Arc<str>,
    pub sheet: &'a Arc<str>,
    pub row: u32,
    /// The sheet's formulas were computed when it was saved (see `Sheet::formulas_computed`).
    pub formulas_computed: bool,
}

impl At<'_> {
    pub fn location(&self, col: u32) -> Location {
        Location {
            file: Arc::clone(self.file),
            sheet: Arc::clone(self.sheet),
            cell: CellRef::new(self.row, col).into(),
            row: self.row + 1,
        }
    }
}

/// A cell in an amount column that holds no number: its text, and the one-line message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub text: String,
    pub message: String,
}

/// Reads an amount or percent cell; `Ok(None)` when the cell holds nothing.
pub fn read(cell: &Cell, field: Field, at: &At<'_>) -> Result<Option<Quantity>, Unreadable> {
    // The full location is built only for a message: most cells read cleanly.
    let location = || at.location(cell.col);
    let mut q = Quantity::at(CellRef::new(at.row, cell.col));
    // The number is shown only in the message: formatting every float would cost more than
    // reading it.
    let number = |value: Option<Decimal>, f: f64| {
        value.ok_or_else(|| {
            let reason = if f.is_nan() {
                t!("read-amount-reason-nan")
            } else if f.is_infinite() {
                t!("read-amount-reason-infinite")
            } else {
                t!("read-amount-reason-too-large")
            };
            unreadable(&location(), field, &f.to_string(), &reason)
        })
    };
    match &cell.value {
        Value::Empty if cell.formula.is_none() => return Ok(None),
        Value::Empty => {
            q.set_uncomputed_formula(cell.formula.as_deref().unwrap_or_default().to_string())
        }
        Value::Int(i) => q.value = Some(Decimal::from(*i)),
        Value::Number(f) => {
            let value = number(numbers::from_float(*f), *f)?;
            match &cell.formula {
                Some(formula)
                    if value.is_zero() && !trivially_zero(formula) && !at.formulas_computed =>
                {
                    q.set_uncomputed_formula(formula.to_string());
                }
                _ => q.value = Some(value),
            }
        }
        Value::Text(text) => {
            let parsed = if field.is_percent() {
                numbers::parse_percent(text)
            } else {
                numbers::parse_amount(text)
            };
            match parsed {
                Ok(Some(p)) => {
                    q.value = Some(p.value);
                    q.set_note(p.note, p.said);
                }
                Ok(None) => {
                    q.value = Some(Decimal::ZERO);
                    q.dash = true;
                }
                Err(e) => {
                    let message = t!(
                        "read-amount-unreadable-text",
                        location = location().to_string(),
                        error = e.to_string(),
                        field = field.name()
                    );
                    return Err(Unreadable {
                        text: text.to_string(),
                        message,
                    });
                }
            }
        }
        Value::Bool(b) => {
            return Err(unreadable(
                &location(),
                field,
                &b.to_string(),
                &t!("read-amount-reason-not-a-number"),
            ))
        }
        Value::Date(d) => {
            let reason = t!("read-amount-reason-date");
            return Err(unreadable(&location(), field, d, &reason));
        }
        // A failing formula (`#VALUE!` where pagu is `-`) is a finding for `check`, not a stop.
        Value::Error(e) => q.set_error(e.to_string()),
    }
    Ok(Some(q))
}

pub(crate) fn unreadable(
    location: &Location,
    field: Field,
    text: &str,
    reason: &str,
) -> Unreadable {
    // Quoted as Rust quotes it (newlines escaped) and cut short, so the message is one line.
    let shown: String = text.chars().take(40).collect();
    let cut = if shown.len() < text.len() { "…" } else { "" };
    let what = if field.is_percent() {
        t!("read-amount-what-percent")
    } else {
        t!("read-amount-what-amount")
    };
    Unreadable {
        text: text.to_string(),
        message: t!(
            "read-amount-unreadable",
            location = location.to_string(),
            text = format!("{shown:?}{cut}"),
            what = what,
            reason = reason
        ),
    }
}

/// `0`, `=0`, `0+0`: a formula whose result is zero by construction.
fn trivially_zero(formula: &str) -> bool {
    formula
        .trim_start_matches('=')
        .chars()
        .all(|c| c == '0' || c == '+' || c == '.' || c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Spill;
    use std::str::FromStr;

    fn cell(value: Value, formula: Option<&str>) -> Cell {
        Cell {
            col: 5,
            value,
            formula: formula.map(Box::from),
            spill: Spill::Own,
        }
    }

    fn at() -> At<'static> {
        static NAMES: std::sync::OnceLock<(Arc<str>, Arc<str>)> = std::sync::OnceLock::new();
        let (file, sheet) = NAMES.get_or_init(|| ("rkt.xlsx".into(), "RKT".into()));
        At {
            file,
            sheet,
            row: 68,
            formulas_computed: false,
        }
    }

    #[test]
    fn text_with_dots_is_an_amount() {
        let q = read(
            &cell(Value::Text("234.549.000".into()), None),
            Field::Amount,
            &at(),
        )
        .unwrap()
        .unwrap();
        assert_eq!(q.value, Some(rust_decimal::Decimal::from(234_549_000)));
        assert_eq!(q.cell, "F69");
    }

    #[test]
    fn dash_is_none_not_unknown() {
        let q = read(&cell(Value::Text("-".into()), None), Field::Amount, &at())
            .unwrap()
            .unwrap();
        assert!(q.dash);
        assert_eq!(q.value, Some(rust_decimal::Decimal::ZERO));
    }

    #[test]
    fn formula_with_bare_zero_is_unknown() {
        let q = read(
            &cell(Value::Number(0.0), Some("SUM(F6:F40)")),
            Field::Amount,
            &at(),
        )
        .unwrap()
        .unwrap();
        assert_eq!(q.value, None);
        assert_eq!(q.uncomputed_formula(), Some("SUM(F6:F40)"));
        let zero = read(&cell(Value::Number(0.0), Some("0")), Field::Amount, &at())
            .unwrap()
            .unwrap();
        assert_eq!(zero.value, Some(rust_decimal::Decimal::ZERO));
    }

    #[test]
    fn float_noise_is_rounded_once() {
        let q = read(
            &cell(Value::Number(0.15417100000000003), None),
            Field::StatedPercent,
            &at(),
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            q.value,
            Some(rust_decimal::Decimal::from_str("0.154171").unwrap())
        );
    }

    #[test]
    fn nan_and_infinity_are_named_not_called_too_large() {
        // These tests assert the English messages.
        crate::i18n::set_lang(crate::i18n::Lang::En);
        let message = |f: f64| {
            read(&cell(Value::Number(f), None), Field::Pagu, &at())
                .unwrap_err()
                .message
        };
        let nan = message(f64::NAN);
        assert!(nan.contains("(the cell holds NaN, not a number"), "{nan}");
        let inf = message(f64::INFINITY);
        assert!(inf.contains("(the cell holds an infinite value"), "{inf}");
        assert!(message(1e300).contains("(too large)"));
    }

    #[test]
    fn unreadable_text_names_cell_and_quotes_text() {
        // These tests assert the English messages.
        crate::i18n::set_lang(crate::i18n::Lang::En);
        let err = read(
            &cell(Value::Text("12.5OO.000".into()), None),
            Field::Pagu,
            &at(),
        )
        .unwrap_err()
        .message;
        assert!(
            err.starts_with("rkt.xlsx:'RKT'!F69: cannot read \"12.5OO.000\" as a number"),
            "{err}"
        );
    }
}
