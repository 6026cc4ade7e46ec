//! The formulas a form's column-number row states (`13 = 9 + 10 + 11 + 12`, `14 = 7 + 13`,
//! `15 = 14 / 6 x 100`), read from the sheet and checked on every row's amounts.

use super::{at, Diagnostic, COLUMN_FORMULA, NOT_READ};
use crate::model::{Amounts, ColumnNumber, Document, Field, Location};
use crate::numbers::{format_amount, format_persen, round_half_up};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// A formula's right-hand side: columns by their number, constants (`100`), the four
/// operations and parentheses, and `9 s.d. 12` for the columns 9 to 12 added up.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Expr {
    Column(Field),
    Constant(Decimal),
    Add(Box<Expr>, Box<Expr>),
    Sub(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
}

/// Each formula on the Rp. side, then on the K side where the form has K columns (a
/// number names a group: its Rp. column, and the K column beside it). A formula that cannot
/// be read is said, never skipped in silence.
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
    for (side, numbers) in [rp, k].into_iter().enumerate() {
        let by_number: BTreeMap<u32, Field> = numbers.iter().map(|n| (n.number, n.field)).collect();
        for number in &numbers {
            let Some(formula) = number.formula.as_deref() else {
                continue;
            };
            let Some(expr) = parse(formula, &by_number) else {
                if side == 0 {
                    out.push(unread(doc, number, formula));
                }
                continue;
            };
            for (stated, location) in &rows {
                if let Some(d) = broken(number, &expr, stated, location) {
                    out.push(d);
                }
            }
        }
    }
}

/// A formula of the column-number row that is not understood: not checked, and said so.
fn unread(doc: &Document, number: &ColumnNumber, formula: &str) -> Diagnostic {
    let location = Location {
        file: doc.file.as_str().into(),
        sheet: doc.sheet.as_str().into(),
        row: crate::source::row_of(&number.cell),
        cell: number.cell.as_str().into(),
    };
    Diagnostic::new(
        &NOT_READ,
        location,
        crate::t!(
            "finding-formula-unread",
            formula = formula,
            cell = number.cell.as_str()
        ),
    )
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

/// The right-hand side of `13 = 9 + 10 + 11 + 12`, `15 = (14 / 6) x 100%`, `13 = 9 s.d. 12`.
/// A number that numbers an amount column is that column; a number no column of the form
/// could have (above every column number, `100`) a constant; any other number — a column
/// lakip does not read — makes the formula unread (`None`), as does anything else unknown.
fn parse(formula: &str, by_number: &BTreeMap<u32, Field>) -> Option<Expr> {
    let (_, rhs) = formula.split_once('=')?;
    let tokens = tokens(rhs)?;
    let last_column = by_number.keys().max().copied().unwrap_or(0);
    let mut parser = Parser {
        tokens: &tokens,
        at: 0,
        by_number,
        last_column,
    };
    let expr = parser.sum()?;
    (parser.at == tokens.len()).then_some(expr)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Number(u32),
    Op(char),
    Open,
    Close,
    /// `s.d.`, `s/d`, `sd`, `sampai`: the columns from one number to the next.
    Through,
}

fn tokens(text: &str) -> Option<Vec<Token>> {
    let lower = text.to_lowercase();
    let spaced = ["s.d.", "s.d", "s/d", "sampai dengan", "sampai"]
        .iter()
        .fold(lower, |t, w| t.replace(w, " ~ "));
    let mut out = Vec::new();
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut Vec<Token>| -> Option<()> {
        if !digits.is_empty() {
            out.push(Token::Number(digits.parse().ok()?));
            digits.clear();
        }
        Some(())
    };
    for c in spaced.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        flush(&mut digits, &mut out)?;
        match c {
            '+' | '-' => out.push(Token::Op(c)),
            '*' | 'x' | '×' => out.push(Token::Op('*')),
            '/' | ':' | '÷' => out.push(Token::Op('/')),
            '(' => out.push(Token::Open),
            ')' => out.push(Token::Close),
            '~' => out.push(Token::Through),
            // `x 100%`: the percentage sign says what the result is, not another operation.
            '%' => {}
            c if c.is_whitespace() => {}
            _ => return None,
        }
    }
    flush(&mut digits, &mut out)?;
    Some(out)
}

struct Parser<'a> {
    tokens: &'a [Token],
    at: usize,
    by_number: &'a BTreeMap<u32, Field>,
    last_column: u32,
}

impl Parser<'_> {
    fn next_is(&self, token: Token) -> bool {
        self.tokens.get(self.at) == Some(&token)
    }

    fn sum(&mut self) -> Option<Expr> {
        let mut left = self.product()?;
        while let Some(Token::Op(op @ ('+' | '-'))) = self.tokens.get(self.at).copied() {
            self.at += 1;
            let right = Box::new(self.product()?);
            left = match op {
                '+' => Expr::Add(Box::new(left), right),
                _ => Expr::Sub(Box::new(left), right),
            };
        }
        Some(left)
    }

    fn product(&mut self) -> Option<Expr> {
        let mut left = self.operand()?;
        while let Some(Token::Op(op @ ('*' | '/'))) = self.tokens.get(self.at).copied() {
            self.at += 1;
            let right = Box::new(self.operand()?);
            left = match op {
                '*' => Expr::Mul(Box::new(left), right),
                _ => Expr::Div(Box::new(left), right),
            };
        }
        Some(left)
    }

    fn operand(&mut self) -> Option<Expr> {
        match self.tokens.get(self.at).copied()? {
            Token::Open => {
                self.at += 1;
                let inner = self.sum()?;
                self.next_is(Token::Close).then_some(())?;
                self.at += 1;
                Some(inner)
            }
            Token::Number(n) => {
                self.at += 1;
                if self.next_is(Token::Through) {
                    self.at += 1;
                    let Some(Token::Number(to)) = self.tokens.get(self.at).copied() else {
                        return None;
                    };
                    self.at += 1;
                    return self.range(n, to);
                }
                self.number(n)
            }
            _ => None,
        }
    }

    fn number(&self, n: u32) -> Option<Expr> {
        match self.by_number.get(&n) {
            Some(field) => Some(Expr::Column(*field)),
            None if n > self.last_column => Some(Expr::Constant(Decimal::from(n))),
            None => None,
        }
    }

    /// `9 s.d. 12`: the columns 9, 10, 11 and 12 added up; each must be one lakip reads.
    fn range(&self, from: u32, to: u32) -> Option<Expr> {
        (from < to).then_some(())?;
        (from..=to)
            .map(|n| self.by_number.get(&n).map(|f| Expr::Column(*f)))
            .try_fold(None, |sum: Option<Expr>, col| {
                let col = col?;
                Some(Some(match sum {
                    None => col,
                    Some(s) => Expr::Add(Box::new(s), Box::new(col)),
                }))
            })?
    }
}

/// The row's value of the formula, and the cells it took; `None` where a cell is empty or
/// uncomputed, or a divisor is zero (the cell-error rule speaks of that).
fn evaluate(expr: &Expr, amounts: &Amounts, cells: &mut Vec<String>) -> Option<Decimal> {
    let mut both = |a: &Expr, b: &Expr| -> Option<(Decimal, Decimal)> {
        Some((evaluate(a, amounts, cells)?, evaluate(b, amounts, cells)?))
    };
    match expr {
        Expr::Constant(c) => Some(*c),
        Expr::Column(f) => {
            let q = amounts.get(f)?;
            cells.push(q.cell.to_string());
            q.value
        }
        Expr::Add(a, b) => both(a, b).map(|(a, b)| a + b),
        Expr::Sub(a, b) => both(a, b).map(|(a, b)| a - b),
        Expr::Mul(a, b) => both(a, b).and_then(|(a, b)| a.checked_mul(b)),
        Expr::Div(a, b) => both(a, b).and_then(|(a, b)| a.checked_div(b)),
    }
}

/// A row whose stated value breaks the formula: stated, computed and the difference; a
/// percentage is compared at two decimals, rounded half-up.
fn broken(
    number: &ColumnNumber,
    expr: &Expr,
    stated: &Amounts,
    location: &Location,
) -> Option<Diagnostic> {
    let q = stated.get(&number.field)?;
    let value = q.value?;
    let mut cells = Vec::new();
    let computed = evaluate(expr, stated, &mut cells)?;
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
        crate::t!("finding-formula-k-side")
    } else {
        String::new()
    };
    let message = crate::t!(
        "finding-column-formula",
        row = location.row,
        formula = formula,
        cell = number.cell.as_str(),
        side = side,
        cells = cells.join(", "),
        computed = shown(computed),
        stated = shown(value),
    );
    let mut d = Diagnostic::new(&COLUMN_FORMULA, at(location, q.cell), message)
        .numbers(number.field, value, computed)
        .hint(crate::t!("hint-column-formula"));
    d.summed = cells;
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> BTreeMap<u32, Field> {
        BTreeMap::from([
            (6, Field::TargetRenstra),
            (7, Field::RenstraLalu),
            (9, Field::Tw1),
            (10, Field::Tw2),
            (11, Field::Tw3),
            (12, Field::Tw4),
            (13, Field::Realisasi),
            (14, Field::RenstraSd),
            (15, Field::StatedPercent),
        ])
    }

    /// The value of a formula over a row where column n holds n (6 → 6, 14 → 14…).
    fn value(formula: &str) -> Option<Decimal> {
        let by_number = form();
        let expr = parse(formula, &by_number)?;
        let mut amounts = Amounts::new();
        for (n, field) in &by_number {
            let mut q = crate::model::Quantity::at(crate::model::CellRef::new(0, *n));
            q.value = Some(Decimal::from(*n));
            amounts.insert(*field, q);
        }
        evaluate(&expr, &amounts, &mut Vec::new())
    }

    /// The forms' notations, each worked by hand with column n holding n.
    #[test]
    fn the_forms_formulas_in_their_notations() {
        let d = Decimal::from;
        // 9 + 10 + 11 + 12 = 42.
        assert_eq!(value("13 = 9 + 10 + 11 + 12"), Some(d(42)));
        assert_eq!(value("13=9+10+11+12"), Some(d(42)));
        assert_eq!(value("13 = 9 s.d. 12"), Some(d(42)));
        assert_eq!(value("13 = 9 s/d 12"), Some(d(42)));
        // 7 + 13 = 20.
        assert_eq!(value("14 = 7 + 13"), Some(d(20)));
        // 14 ÷ 6 × 100 = 233,33…: every notation the same.
        let third = value("15 = 14 / 6 x 100").unwrap();
        assert_eq!(
            crate::numbers::round_half_up(third, 2),
            Decimal::new(23333, 2)
        );
        for f in [
            "15 = (14/6)x100",
            "15 = 14 / 6 x 100%",
            "15 = 14 : 6 x 100",
            "15 = 14/6*100",
            "15 = 14 / 6 × 100",
        ] {
            assert_eq!(value(f), Some(third), "{f}");
        }
        // Parentheses count: 14 ÷ (6 × 100) is not 14 ÷ 6 × 100.
        assert_eq!(value("15 = 14 / (6 x 100)"), Some(d(14) / d(600)));
    }

    /// A number that is no column lakip reads, but could be one of the form's (8: the Renja
    /// target's K, when only Rp. columns are read), makes the formula unread, not a constant.
    #[test]
    fn a_formula_lakip_cannot_read_is_not_guessed() {
        assert_eq!(value("13 = 8 + 9"), None);
        assert_eq!(value("13 = 9 +"), None);
        assert_eq!(value("13 = 9 s.d. 8"), None);
        assert_eq!(value("13 = 9 ^ 2"), None);
        assert_eq!(value("13"), None);
    }
}
