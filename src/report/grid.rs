//! A large text table written as comfy-table writes it for a pipe or a file (style
//! `UTF8_FULL_CONDENSED`, no width: each column as wide as its widest line), byte for byte,
//! without comfy-table's per-cell work: a Renja or SAKTI tree of 10 000 headings spent most of
//! `import --dry-run`'s time after the last cell in it (a `Vec` and padded `String` per cell
//! line, the table's lines collected and joined). On a terminal the table is still fitted by
//! comfy-table (`to_table`). `tests` below hold the bytes to comfy-table's.

use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, Table};
use unicode_width::UnicodeWidthStr;

/// How a cell's text sits in its column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// The cells of a table, row after row, their texts in one buffer.
pub struct Grid {
    columns: usize,
    text: String,
    /// Each cell's end in `text`, and its alignment; the header's cells first.
    cells: Vec<(usize, Align)>,
}

/// The border characters of `UTF8_FULL_CONDENSED`: left, fill, junction, right.
const TOP: [char; 4] = ['┌', '─', '┬', '┐'];
const HEADER_SEPARATOR: [char; 4] = ['╞', '═', '╪', '╡'];
const BOTTOM: [char; 4] = ['└', '─', '┴', '┘'];
/// The left border, the line between cells and the right border of a content line.
const CONTENT: [char; 3] = ['│', '┆', '│'];

impl Grid {
    /// A table with this header, its cells left-aligned.
    pub fn new<S: AsRef<str>>(header: &[S]) -> Grid {
        let mut grid = Grid {
            columns: header.len(),
            text: String::new(),
            cells: Vec::new(),
        };
        for h in header {
            grid.push(h.as_ref(), Align::Left);
        }
        grid
    }

    /// Adds the next cell; a row ends after as many cells as the header has.
    pub fn push(&mut self, text: &str, align: Align) {
        self.text.push_str(text);
        self.cells.push((self.text.len(), align));
    }

    /// The `k`th cell's text and alignment, the header's first.
    fn cell(&self, k: usize) -> (&str, Align) {
        let start = k.checked_sub(1).map_or(0, |before| self.cells[before].0);
        let (end, align) = self.cells[k];
        (self.text.get(start..end).unwrap_or_default(), align)
    }

    /// Each row's cells, the header first: `columns` each, the last maybe fewer.
    fn rows(&self) -> impl Iterator<Item = impl Iterator<Item = (&str, Align)>> + Clone {
        let columns = self.columns.max(1);
        (0..self.cells.len().div_ceil(columns)).map(move |r| {
            let cells = r * columns..((r + 1) * columns).min(self.cells.len());
            cells.map(|k| self.cell(k))
        })
    }

    /// Writes the table as comfy-table's `to_string` would (no newline after the last line).
    pub fn write(&self, out: &mut String) {
        let widths = widths(self.rows(), self.columns);
        // Each line: its cells' texts and padding, and three bytes a border character.
        let line: usize = widths.iter().map(|w| padded(*w) + 3).sum::<usize>() + 4;
        out.reserve(line * (self.rows().count() + 3));
        border(out, &widths, TOP);
        // One row's cells at a time, in the same buffer.
        let mut cells = Vec::with_capacity(self.columns);
        for (r, row) in self.rows().enumerate() {
            cells.clear();
            cells.extend(row);
            out.push('\n');
            content(out, &cells, &widths);
            if r == 0 {
                out.push('\n');
                border(out, &widths, HEADER_SEPARATOR);
            }
        }
        out.push('\n');
        border(out, &widths, BOTTOM);
    }

    /// The same table for comfy-table to fit to a terminal.
    pub fn to_table(&self) -> Table {
        let mut table = Table::new();
        table.load_style(UTF8_FULL_CONDENSED);
        let mut rows = self.rows();
        if let Some(header) = rows.next() {
            table.set_header(header.map(|(t, _)| Cell::new(t)).collect::<Vec<_>>());
        }
        for row in rows {
            table.add_row(row.map(|(text, align)| {
                let cell = Cell::new(text);
                match align {
                    Align::Left => cell,
                    Align::Right => cell.set_alignment(CellAlignment::Right),
                }
            }));
        }
        table
    }
}

/// Each column's content width, as comfy-table measures it (at least 1).
fn widths<'a, R>(rows: impl Iterator<Item = R>, columns: usize) -> Vec<u16>
where
    R: Iterator<Item = (&'a str, Align)>,
{
    let mut widths = vec![0u16; columns];
    for row in rows {
        for ((text, _), width) in row.zip(widths.iter_mut()) {
            let widest = text.split('\n').map(|l| l.width()).max().unwrap_or(0);
            let widest = u16::try_from(widest).unwrap_or(u16::MAX).max(1);
            *width = (*width).max(widest);
        }
    }
    widths
}

/// A column's width with its padding of one space on each side.
fn padded(width: u16) -> usize {
    usize::from(width.saturating_add(2))
}

fn border(out: &mut String, widths: &[u16], [left, fill, junction, right]: [char; 4]) {
    out.push(left);
    for (i, w) in widths.iter().enumerate() {
        if i > 0 {
            out.push(junction);
        }
        out.extend(std::iter::repeat_n(fill, padded(*w)));
    }
    out.push(right);
}

/// A row's lines: as many as its cell of most lines has; a cell of fewer is blank below.
fn content(out: &mut String, row: &[(&str, Align)], widths: &[u16]) {
    let lines = row.iter().map(|(t, _)| t.split('\n').count()).max();
    for n in 0..lines.unwrap_or(0) {
        if n > 0 {
            out.push('\n');
        }
        out.push(CONTENT[0]);
        for (i, w) in widths.iter().enumerate() {
            if i > 0 {
                out.push(CONTENT[1]);
            }
            match row
                .get(i)
                .and_then(|(t, a)| Some((t.split('\n').nth(n)?, *a)))
            {
                Some((line, align)) => aligned(out, line, align, *w),
                None => out.extend(std::iter::repeat_n(' ', padded(*w))),
            }
        }
        out.push(CONTENT[2]);
    }
}

fn aligned(out: &mut String, line: &str, align: Align, width: u16) {
    let remaining = usize::from(width).saturating_sub(line.width());
    let (left, right) = match align {
        Align::Left => (0, remaining),
        Align::Right => (remaining, 0),
    };
    out.extend(std::iter::repeat_n(' ', 1 + left));
    out.push_str(line);
    out.extend(std::iter::repeat_n(' ', right + 1));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A header and rows of cells.
    type Case<'a> = (Vec<&'a str>, Vec<Vec<(&'a str, Align)>>);

    fn both(header: &[&str], rows: &[Vec<(&str, Align)>]) -> (String, String) {
        let mut grid = Grid::new(header);
        for row in rows {
            for (t, a) in row {
                grid.push(t, *a);
            }
        }
        let mut ours = String::new();
        grid.write(&mut ours);
        (ours, grid.to_table().to_string())
    }

    #[test]
    fn writes_what_comfy_table_writes() {
        use Align::{Left as L, Right as R};
        let cases: Vec<Case> = vec![
            (vec!["Uraian", "Butir"], vec![vec![("a", L), ("1", R)]]),
            (vec!["Uraian", "pagu"], vec![]),
            (
                vec!["Uraian", "Butir", "pagu"],
                vec![
                    vec![("  · Belanja Barang", L), ("", L), ("1.500.000", R)],
                    vec![("", L), ("", R), ("", R)],
                    vec![("Σ butir", L), ("90000", R), ("?", R)],
                    vec![("wide 漢字 text…", L), ("3", R), ("-", R)],
                    vec![("two\nlines", L), ("x", R), ("a\nb\nc", R)],
                    vec![("combining é ﬁ \u{301}", R), ("\t", L), ("99,56%", R)],
                ],
            ),
            (vec!["a\nb", ""], vec![vec![("", L), ("", L)]]),
        ];
        for (header, rows) in cases {
            let (ours, comfy) = both(&header, &rows);
            assert_eq!(ours, comfy, "{header:?} {rows:?}");
        }
    }

    #[test]
    fn a_short_last_row_is_blank_where_it_has_no_cell() {
        let mut grid = Grid::new(&["Uraian", "Butir", "pagu"]);
        grid.push("a", Align::Left);
        let mut ours = String::new();
        grid.write(&mut ours);
        let mut table = Table::new();
        table.load_style(UTF8_FULL_CONDENSED);
        table.set_header(vec!["Uraian", "Butir", "pagu"]);
        table.add_row(vec!["a"]);
        assert_eq!(ours, table.to_string());
    }
}
