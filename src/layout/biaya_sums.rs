//! A RAK's rows that add up the biaya above them. Many end the table with the sum under the
//! biaya column and no `JUMLAH` a label test would find: a blank row, `4 | | JUMLAH`, `Jumlah
//! Anggaran Kegiatan`, `=SUM(F5:F8)`. Kept as an action, that row counted every biaya twice
//! and nothing said it; its amount is what gives it away.

use super::columns::normalize;
use super::sums;
use crate::source::Row;
use rust_decimal::Decimal;

/// The biaya of the actions kept so far, added up since the table's start and since the last
/// total line.
#[derive(Debug, Default)]
pub struct BiayaSums {
    since_total: Decimal,
    rows_since_total: usize,
    all: Decimal,
    rows: usize,
    totals: usize,
}

/// How a row's biaya adds up the rows above it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Sum {
    /// It equals the biaya of this many actions above it (since the last total line, or all
    /// of them under a grand total).
    Equals(usize),
    /// Its formula adds up this many cells above it in its column.
    Formula(usize),
}

impl Sum {
    pub fn rows(self) -> usize {
        match self {
            Sum::Equals(n) | Sum::Formula(n) => n,
        }
    }
}

impl BiayaSums {
    /// An action kept, with its biaya.
    pub fn add(&mut self, biaya: Option<Decimal>) {
        let value = biaya.unwrap_or_default();
        self.since_total += value;
        self.all += value;
        self.rows_since_total += 1;
        self.rows += 1;
    }

    /// A total line read: the next total adds up the rows after it, or all of them.
    pub fn total(&mut self) {
        self.since_total = Decimal::ZERO;
        self.rows_since_total = 0;
        self.totals += 1;
    }

    /// Whether the biaya in `col` of `row` (its value `biaya`) adds up two or more actions
    /// above it. One action's biaya equal to the one above it is no sum: two rows of the same
    /// cost are common.
    pub fn sum_of(&self, row: &Row, col: Option<u32>, biaya: Option<Decimal>) -> Option<Sum> {
        let formula = col
            .and_then(|c| Some((c, row.get(c)?.formula.as_deref()?)))
            .and_then(|(c, f)| sums::summed_rows(f, c))
            .filter(|rows| rows.len() >= 2 && rows.iter().all(|&r| r < row.index));
        if let Some(rows) = formula {
            return Some(Sum::Formula(rows.len()));
        }
        let value = biaya.filter(|v| !v.is_zero())?;
        if self.rows_since_total >= 2 && value == self.since_total {
            Some(Sum::Equals(self.rows_since_total))
        } else if self.totals > 0 && self.rows >= 2 && value == self.all {
            Some(Sum::Equals(self.rows))
        } else {
            None
        }
    }
}

/// A label a sum's row may carry: one that opens with a total's word (`Jumlah Anggaran
/// Kegiatan`, `Total Kebutuhan Anggaran`, `Jml`, `J U M L A H`). Asked only of a row whose
/// biaya is the sum above it: `Jumlah laporan` beside such an amount is no action.
pub fn opens_as_total(label: &str) -> bool {
    let norm = normalize(label);
    let words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
    let spaced = words.len() > 2 && words.iter().all(|w| w.chars().count() == 1);
    let first = match spaced {
        true => words.concat(),
        false => words.first().map_or_else(String::new, |w| w.to_string()),
    };
    const OPENINGS: [&str; 7] = [
        "jumlah",
        "jml",
        "total",
        "subtotal",
        "subjumlah",
        "sub",
        "grand",
    ];
    OPENINGS.contains(&first.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Cell, Spill, Value};

    fn dec(n: i64) -> Decimal {
        Decimal::from(n)
    }

    fn row(index: u32, col: u32, formula: Option<&str>) -> Row {
        Row {
            index,
            cells: vec![Cell {
                col,
                value: Value::Empty,
                formula: formula.map(Into::into),
                spill: Spill::Own,
            }],
        }
    }

    #[test]
    fn a_sum_is_of_two_rows_at_least_and_a_grand_total_of_all() {
        let mut sums = BiayaSums::default();
        let blank = row(9, 5, None);
        sums.add(Some(dec(10)));
        // One row's biaya equal to the one above: the same cost, no sum.
        assert_eq!(sums.sum_of(&blank, Some(5), Some(dec(10))), None);
        sums.add(Some(dec(15)));
        assert_eq!(
            sums.sum_of(&blank, Some(5), Some(dec(25))),
            Some(Sum::Equals(2))
        );
        assert_eq!(sums.sum_of(&blank, Some(5), Some(dec(24))), None);
        sums.total();
        sums.add(Some(dec(7)));
        sums.add(Some(dec(8)));
        assert_eq!(
            sums.sum_of(&blank, Some(5), Some(dec(15))),
            Some(Sum::Equals(2))
        );
        sums.total();
        // The grand total under two subtotals adds up all four rows.
        assert_eq!(
            sums.sum_of(&blank, Some(5), Some(dec(40))),
            Some(Sum::Equals(4))
        );
        assert_eq!(sums.sum_of(&blank, Some(5), Some(dec(0))), None);
    }

    #[test]
    fn a_formula_adding_up_cells_above_in_its_column_is_a_sum_whatever_its_value() {
        let sums = BiayaSums::default();
        let f = |formula| row(8, 5, Some(formula));
        assert_eq!(
            sums.sum_of(&f("SUM(F5:F8)"), Some(5), None),
            Some(Sum::Formula(4))
        );
        // Another column's cells, one cell, or cells below: no sum of the rows above.
        assert_eq!(sums.sum_of(&f("SUM(E5:E8)"), Some(5), None), None);
        assert_eq!(sums.sum_of(&f("F5"), Some(5), None), None);
        assert_eq!(sums.sum_of(&f("SUM(F10:F12)"), Some(5), None), None);
    }

    #[test]
    fn a_total_opens_with_a_total_word_even_spaced_out() {
        for label in [
            "Jumlah Anggaran Kegiatan",
            "Total Biaya Rencana Aksi",
            "Jml",
            "T O T A L",
            "J U M L A H",
            "Sub Total Sasaran 1",
            "GRAND TOTAL",
        ] {
            assert!(opens_as_total(label), "{label}");
        }
        for label in [
            "Sumber dana: DIPA 2024",
            "Penyusunan LKj",
            "A B",
            "Subbag Umum",
        ] {
            assert!(!opens_as_total(label), "{label}");
        }
    }
}
