//! The formulas a form's column-number row states (`13 = 9 + 10 + 11 + 12`, `14 = 7 + 13`,
//! `15 = 14 / 6 x 100`), read from the sheet and checked on every row's amounts.

use super::{at, Diagnostic, COLUMN_FORMULA};
use crate::model::{Amounts, ColumnNumber, Document, Field, Location};
use crate::numbers::{format_amount, format_persen, round_half_up};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// One operand: an amount column by its number, or a constant (`100`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operand {
    Column(Field),
    Constant(Decimal),
}

/// `a + b − c` of terms, each a product or quotient of operands, left to right.
type Terms = Vec<(Decimal, Vec<(bool, Operand)>)>;

/// Each formula on the Rp. side, then on the K side where the form has K columns (a
/// number names a group: its Rp. column, and the K column beside it).
pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let rp: Vec<ColumnNumber> = doc.column_numbers.clone();
    let k: Vec<ColumnNumber> = doc
        .column_numbers
        .iter()
        .filter_map(|n| {
            let field = n.field.as_kinerja()?;
            doc.fields
                .contains(&field)
                .then(|| ColumnNumber { field, ..n.clone() })
        })
        .collect();
    let rows = rows(doc);
    for side in [rp, k] {
        let by_number: BTreeMap<u32, Field> = side.iter().map(|n| (n.number, n.field)).collect();
        for number in &side {
            let Some(terms) = number.formula.as_deref().and_then(|f| parse(f, &by_number)) else {
                continue;
            };
            for (stated, location) in &rows {
                if let Some(d) = broken(number, &terms, stated, location) {
                    out.push(d);
                }
            }
        }
    }
}

/// Every heading, item and total with the amounts it states, in row order.
fn rows(doc: &Document) -> Vec<(&Amounts, &Location)> {
    let headings = doc.headings().iter().map(|h| (&h.stated, &h.location));
    let items = doc.items().iter().map(|i| (&i.amounts, &i.location));
    let totals = doc.totals().iter().map(|t| (&t.stated, &t.location));
    let mut all: Vec<_> = headings.chain(items).chain(totals).collect();
    all.sort_by_key(|(_, l)| l.row);
    all
}

/// The right-hand side of `13 = 9 + 10 + 11 + 12`: a number that numbers a column is that
/// column, any other a constant; `x` and `×` multiply. `None` when it is not such a formula.
fn parse(formula: &str, by_number: &BTreeMap<u32, Field>) -> Option<Terms> {
    let (_, rhs) = formula.split_once('=')?;
    let spaced: String = rhs
        .chars()
        .map(|c| match c {
            '+' | '-' | '/' | '*' | '×' => format!(" {c} "),
            c => c.to_string(),
        })
        .collect();
    let mut terms: Terms = vec![(Decimal::ONE, Vec::new())];
    let mut divide = false;
    for token in spaced.split_whitespace() {
        match token {
            "+" => terms.push((Decimal::ONE, Vec::new())),
            "-" => terms.push((-Decimal::ONE, Vec::new())),
            "*" | "x" | "×" => divide = false,
            "/" => divide = true,
            n => {
                let value: u32 = n.parse().ok()?;
                let operand = by_number
                    .get(&value)
                    .map_or(Operand::Constant(Decimal::from(value)), |f| {
                        Operand::Column(*f)
                    });
                terms.last_mut()?.1.push((divide, operand));
                divide = false;
            }
        }
    }
    terms.iter().all(|(_, t)| !t.is_empty()).then_some(terms)
}

/// The row's value of the formula, and the cells it took; `None` where a cell is empty or
/// uncomputed, or a divisor is zero (the cell-error rule speaks of that).
fn evaluate(terms: &Terms, amounts: &Amounts) -> Option<(Decimal, Vec<String>)> {
    let mut total = Decimal::ZERO;
    let mut cells = Vec::new();
    for (sign, factors) in terms {
        let mut term = Decimal::ONE;
        for (divide, operand) in factors {
            let v = match operand {
                Operand::Constant(c) => *c,
                Operand::Column(f) => {
                    let q = amounts.get(f)?;
                    cells.push(q.cell.to_string());
                    q.value?
                }
            };
            term = if *divide {
                term.checked_div(v)?
            } else {
                term.checked_mul(v)?
            };
        }
        total += *sign * term;
    }
    Some((total, cells))
}

/// A row whose stated value breaks the formula: stated, computed and the difference; a
/// percentage is compared at two decimals, rounded half-up.
fn broken(
    number: &ColumnNumber,
    terms: &Terms,
    stated: &Amounts,
    location: &Location,
) -> Option<Diagnostic> {
    let q = stated.get(&number.field)?;
    let value = q.value?;
    let (computed, cells) = evaluate(terms, stated)?;
    // A percentage, or a kinerja figure (often a fraction of a document, 0,83), is compared
    // as the sheet shows it: at two decimals, half-up.
    let (value, computed) = if number.field.is_percent() || number.field.is_kinerja() {
        (round_half_up(value, 2), round_half_up(computed, 2))
    } else {
        (value, computed)
    };
    if value == computed {
        return None;
    }
    let formula = number.formula.as_deref().unwrap_or_default();
    let shown = |d: Decimal| {
        if number.field.is_percent() {
            format_persen(d, 2)
        } else {
            format_amount(d)
        }
    };
    let side = if number.field.is_kinerja() {
        " on the K side"
    } else {
        ""
    };
    let message = format!(
        "row {} breaks the formula {formula} of the column-number row ({}){side}: {} makes \
         {}, not the {} it states",
        location.row,
        number.cell,
        cells.join(", "),
        shown(computed),
        shown(value),
    );
    let mut d = Diagnostic::new(&COLUMN_FORMULA, at(location, q.cell), message)
        .numbers(number.field, value, computed)
        .hint("correct the cell, or the cells the formula takes");
    d.summed = cells;
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forms_formulas_parse_with_columns_by_number() {
        let by_number = BTreeMap::from([
            (6, Field::TargetRenstra),
            (7, Field::RenstraLalu),
            (9, Field::Tw1),
            (10, Field::Tw2),
            (13, Field::Realisasi),
            (14, Field::RenstraSd),
        ]);
        let col = Operand::Column;
        assert_eq!(
            parse("14 = 7 + 13", &by_number),
            Some(vec![
                (Decimal::ONE, vec![(false, col(Field::RenstraLalu))]),
                (Decimal::ONE, vec![(false, col(Field::Realisasi))]),
            ])
        );
        assert_eq!(
            parse("15 = 14 / 6 x 100", &by_number),
            Some(vec![(
                Decimal::ONE,
                vec![
                    (false, col(Field::RenstraSd)),
                    (true, col(Field::TargetRenstra)),
                    (false, Operand::Constant(Decimal::from(100))),
                ]
            )])
        );
        assert_eq!(parse("13", &by_number), None);
        assert_eq!(parse("13 = 9 +", &by_number), None);
    }
}
