//! Rows of a performance table that add up or average the rows above them, known by their
//! amounts. Many end a RAK with the sum under the biaya column and no `JUMLAH` a label test
//! would find (a blank row, `4 | | JUMLAH`, `Jumlah Anggaran Kegiatan`, `=SUM(F5:F8)`), and a
//! BAB III with the capaian's average under a label of any words (`Rata-rata Capaian Sasaran
//! 2`, `Capaian Kinerja Rata-rata`, `Nilai Capaian Sasaran`). Kept as an action, the first
//! counted every biaya twice; kept as an indikator, the second joined the averages it makes.

use super::amounts::At;
use super::columns::{normalize, ColumnMap, Role};
use super::sums;
use crate::model::{Indicator, Notice, NoticeKind};
use crate::source::Row;
use rust_decimal::Decimal;

/// The biaya and the stated capaian of the rows kept so far.
#[derive(Debug, Default)]
pub struct Lines {
    biaya: Running,
    capaian: Running,
}

/// A row found to add up or average the rows above: said, and read as their line (not kept)
/// or kept all the same.
pub struct Found {
    pub notice: Notice,
    pub line: bool,
}

impl Lines {
    /// A row kept as an indikator or action.
    pub fn add(&mut self, i: &Indicator) {
        if let Some(v) = i.biaya().and_then(|q| q.value) {
            self.biaya.add(v);
        }
        if let Some(v) = i.stated_capaian.as_ref().and_then(|q| q.value) {
            self.capaian.add(v);
        }
    }

    /// A total or average line known by its label: the rows after it start again.
    pub fn close(&mut self) {
        self.biaya.close(None);
        self.capaian.close(None);
    }

    /// Whether the row just read (`i`, its sasaran its own when `sasaran_own`) adds up or
    /// averages the rows above: a RAK's biaya, or a BAB III capaian beside no target and no
    /// realisasi. A line is closed here; the caller keeps a row that is none.
    pub fn find(
        &mut self,
        i: &Indicator,
        sasaran_own: bool,
        row: &Row,
        columns: &ColumnMap,
        at: &At<'_>,
    ) -> Option<Found> {
        let own_sasaran = i.sasaran.as_deref().filter(|_| sasaran_own);
        let label = i.aksi().or(i.indikator.as_deref()).or(own_sasaran);
        let found = match self.biaya_line(i, label, row, columns, at) {
            Some(found) => found,
            None => self.capaian_line(i, label, columns, at)?,
        };
        if found.line {
            self.biaya.close(i.biaya().and_then(|q| q.value));
            self.capaian
                .close(i.stated_capaian.as_ref().and_then(|q| q.value));
        }
        Some(found)
    }

    /// A biaya that adds up the actions above it: with no label, or one that opens as a
    /// total's (`4 | | JUMLAH`, `Jumlah Anggaran Kegiatan`), their total line; with an
    /// action's text, kept, and said all the same, for its biaya may be counted twice.
    fn biaya_line(
        &self,
        i: &Indicator,
        label: Option<&str>,
        row: &Row,
        columns: &ColumnMap,
        at: &At<'_>,
    ) -> Option<Found> {
        let biaya = i.biaya()?;
        let col = columns.get(Role::Biaya);
        let formula = col.and_then(|c| row.get(c)?.formula.as_deref());
        let count = formula_sum(row, col).or_else(|| self.biaya.sum_of(biaya.value?))?;
        let amount = match biaya.value {
            Some(v) => crate::numbers::format_rupiah(v, 0),
            None => format!("={}", formula.unwrap_or_default()),
        };
        let location = at.location(col.unwrap_or(0));
        let row_name = location.row_name();
        let line = label.is_none_or(opens_as_total);
        let text = label.map(|t| crate::text::shorten_line(t, 50));
        let message = match (text, line) {
            (None, _) => crate::msg!(
                "read-sum-line-blank",
                row = row_name,
                count = count,
                amount = amount
            ),
            (Some(text), true) => crate::msg!(
                "read-sum-line",
                row = row_name,
                text = text,
                count = count,
                amount = amount
            ),
            (Some(text), false) => crate::msg!(
                "read-sum-kept",
                row = row_name,
                text = text,
                count = count,
                amount = amount
            ),
        };
        let notice = Notice::new(NoticeKind::Doubt, message, location);
        Some(Found { notice, line })
    }

    /// A stated capaian with no target and no realisasi beside it (nothing it was computed
    /// from) that is the average of the capaian above it, as written, or their sum: their
    /// average or total line, whatever its label says (`Rata-rata Capaian Sasaran 2`,
    /// `Capaian Kinerja Rata-rata`, `Jumlah Capaian`).
    fn capaian_line(
        &self,
        i: &Indicator,
        label: Option<&str>,
        columns: &ColumnMap,
        at: &At<'_>,
    ) -> Option<Found> {
        // Only in a table that measures (Target and Realisasi columns): in a table of capaian
        // alone every row has none, and equal capaian would read as averages of each other.
        let measures =
            columns.get(Role::Target).is_some() && columns.get(Role::Realisasi).is_some();
        let has_target = i.target.is_some() || i.periode().iter().any(|p| p.target.is_some());
        if !measures || has_target || i.realisasi.is_some() {
            return None;
        }
        let value = i.stated_capaian.as_ref()?.value?;
        let (count, what) = match self.capaian.average_of(value) {
            Some(n) => (n, crate::msg!("read-what-average")),
            None => (self.capaian.sum_of(value)?, crate::msg!("read-what-total")),
        };
        let location = at.location(columns.get(Role::Capaian).unwrap_or(0));
        let message = crate::msg!(
            "read-capaian-line",
            row = location.row_name(),
            text = crate::text::shorten_line(label.unwrap_or("-"), 50),
            value = crate::numbers::format_persen(value, 2),
            count = count,
            what = what
        );
        let notice = Notice::new(NoticeKind::Doubt, message, location);
        // An indikator's own name beside it (`Indeks kepuasan layanan`): kept, and said.
        let line = label.is_none_or(names_a_line);
        if !line {
            let message = crate::msg!(
                "read-capaian-kept",
                row = notice.location.row_name(),
                text = crate::text::shorten_line(label.unwrap_or("-"), 50),
                value = crate::numbers::format_persen(value, 2),
                count = count,
            );
            let notice = Notice::new(NoticeKind::Doubt, message, notice.location);
            return Some(Found { notice, line });
        }
        Some(Found { notice, line })
    }
}

/// The values of one column over the rows kept so far, added up since the last total or
/// average line and over all of them, and the values those lines held.
#[derive(Debug, Default)]
pub struct Running {
    since: Decimal,
    rows_since: usize,
    all: Decimal,
    rows: usize,
    lines: Decimal,
    line_count: usize,
}

impl Running {
    /// A kept row's value.
    pub fn add(&mut self, value: Decimal) {
        // Sums beyond a decimal's range match no line: the running sums stop there.
        self.since = self.since.checked_add(value).unwrap_or(Decimal::MAX);
        self.all = self.all.checked_add(value).unwrap_or(Decimal::MAX);
        self.rows_since += 1;
        self.rows += 1;
    }

    /// A total or average line read, with its value when it has one: the next line adds up
    /// the rows after it, all of them, or the lines above.
    pub fn close(&mut self, value: Option<Decimal>) {
        self.since = Decimal::ZERO;
        self.rows_since = 0;
        if let Some(v) = value {
            self.lines = self.lines.checked_add(v).unwrap_or(Decimal::MAX);
            self.line_count += 1;
        }
    }

    /// How many rows above `value` adds up: two or more since the last line, all of them
    /// under such lines, or the lines themselves. One row's value equal to the one above it is
    /// no sum: two actions of the same cost are common.
    pub fn sum_of(&self, value: Decimal) -> Option<usize> {
        self.candidates()
            .find(|&(sum, n)| value == sum && !value.is_zero() && n >= 2)
            .map(|(_, n)| n)
    }

    /// How many rows above `value` averages, as written: the average rounded half-up to the
    /// decimals `value` shows (95,7 for 95,7275).
    pub fn average_of(&self, value: Decimal) -> Option<usize> {
        let dp = value.normalize().scale();
        self.candidates()
            .filter(|&(_, n)| n >= 2)
            .find(|&(sum, n)| crate::numbers::round_half_up(sum / Decimal::from(n), dp) == value)
            .map(|(_, n)| n)
    }

    /// The sums a line may hold, with how many values each adds up.
    fn candidates(&self) -> impl Iterator<Item = (Decimal, usize)> {
        let closed = self.rows > self.rows_since;
        [
            Some((self.since, self.rows_since)),
            closed.then_some((self.all, self.rows)),
            closed.then_some((self.lines, self.line_count)),
        ]
        .into_iter()
        .flatten()
    }
}

/// A label of a line that averages or adds up capaian: a word of an average's, a total's or
/// of the capaian itself (`Capaian Kinerja Rata-rata`, `Nilai Capaian Sasaran`, `Rata2`).
fn names_a_line(label: &str) -> bool {
    const WORDS: [&str; 9] = [
        "rata", "rata2", "rerata", "average", "jumlah", "jml", "total", "capaian", "nilai",
    ];
    normalize(label).split(' ').any(|w| WORDS.contains(&w))
}

/// How many cells above it, in its own column, the formula of `row`'s cell in `col` adds up
/// (`=SUM(K3:K6)`: 4), when they are two or more — saved with its result or not.
pub fn formula_sum(row: &Row, col: Option<u32>) -> Option<usize> {
    let col = col?;
    let formula = row.get(col)?.formula.as_deref()?;
    sums::summed_rows(formula, col)
        .filter(|rows| rows.len() >= 2 && rows.iter().all(|&r| r < row.index))
        .map(|rows| rows.len())
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

    fn dec(n: i64, scale: u32) -> Decimal {
        Decimal::new(n, scale)
    }

    #[test]
    fn a_sum_is_of_two_rows_at_least_and_a_grand_total_of_all_or_of_the_subtotals() {
        let mut run = Running::default();
        run.add(dec(10, 0));
        // One row's value equal to the one above: the same cost, no sum.
        assert_eq!(run.sum_of(dec(10, 0)), None);
        run.add(dec(15, 0));
        assert_eq!(run.sum_of(dec(25, 0)), Some(2));
        assert_eq!(run.sum_of(dec(24, 0)), None);
        run.close(Some(dec(25, 0)));
        run.add(dec(7, 0));
        run.add(dec(8, 0));
        assert_eq!(run.sum_of(dec(15, 0)), Some(2));
        run.close(Some(dec(15, 0)));
        // The grand total under two subtotals adds up all four rows, or the two subtotals.
        assert_eq!(run.sum_of(dec(40, 0)), Some(4));
        assert_eq!(run.sum_of(dec(0, 0)), None);
    }

    #[test]
    fn an_average_is_compared_as_written_rounded_half_up() {
        let mut run = Running::default();
        for v in [dec(10269, 2), dec(9811, 2), dec(90, 0), dec(92, 0)] {
            run.add(v);
        }
        // (102,69 + 98,11 + 90 + 92) ÷ 4 = 95,7
        assert_eq!(run.average_of(dec(957, 1)), Some(4));
        assert_eq!(run.average_of(dec(9570, 2)), Some(4));
        assert_eq!(run.average_of(dec(96, 0)), Some(4));
        assert_eq!(run.average_of(dec(9571, 2)), None);
        run.close(Some(dec(957, 1)));
        run.add(dec(80, 0));
        // One row since the line: no average of it; of all five rows, (382,8 + 80) ÷ 5.
        assert_eq!(run.average_of(dec(80, 0)), None);
        assert_eq!(run.average_of(dec(9256, 2)), Some(5));
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
    fn a_formula_adding_up_cells_above_in_its_column_is_a_sum_whatever_its_value() {
        let f = |formula| row(8, 5, Some(formula));
        assert_eq!(formula_sum(&f("SUM(F5:F8)"), Some(5)), Some(4));
        // Another column's cells, one cell, or cells below: no sum of the rows above.
        assert_eq!(formula_sum(&f("SUM(E5:E8)"), Some(5)), None);
        assert_eq!(formula_sum(&f("F5"), Some(5)), None);
        assert_eq!(formula_sum(&f("SUM(F10:F12)"), Some(5)), None);
        assert_eq!(formula_sum(&row(8, 5, None), Some(5)), None);
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
