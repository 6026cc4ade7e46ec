//! Stage 1, read source: a spreadsheet file into sparse rows of cells.
//!
//! Only non-empty cells are kept, so a sheet whose used range is inflated by one stray
//! far-away cell costs one cell, not gigabytes. Merged regions are applied here: every cell a
//! region covers gets the region's value, marked as a copy so the layout stage can tell a
//! heading merged across the row from a row that fills every column.

mod assembly;
mod compound;
mod csv;
pub mod docx;
mod guard;
pub mod hidden;
mod merges;
mod workbook;

pub use workbook::BATCHES_HELD_LAST;

use crate::error::input_error;
use crate::t;
use std::path::Path;

/// Rows beyond this are not read: Excel's own limit, and a bound on memory.
pub const MAX_ROWS: u32 = 1_048_576;
/// Columns beyond this are not read: no SAKIP table is wider, and a bound on memory.
pub const MAX_COLS: u32 = 256;
/// A merged region is applied to at most this many cells; larger ones are clipped.
const MAX_MERGE_CELLS: u64 = 100_000;

/// A cell's value as stored in the file.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Shared, not a `String`: cells are many, and keep their text as read. A shared string
    /// of an xlsx used by several cells, and a merged cell's copies, hold one text.
    Text(std::sync::Arc<str>),
    /// A whole number stored as an integer: exact, no float involved.
    Int(i64),
    /// A number as the file stores it; converted to a decimal once, by `numbers::from_float`.
    Number(f64),
    Bool(bool),
    Date(Box<str>),
    Error(Box<str>),
    /// No value: only for formula cells whose result was never computed.
    Empty,
}

/// Whether a cell's value was copied from a merged region's first cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spill {
    /// The cell holds its own value.
    Own,
    /// Copied from a merged cell to its left in the same row.
    Across,
    /// Copied from a merged cell in a row above.
    Down,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// 0-based column.
    pub col: u32,
    pub value: Value,
    /// The formula, for formula cells (without the leading `=`).
    pub formula: Option<Box<str>>,
    pub spill: Spill,
}

impl Cell {
    /// The text of a text cell, trimmed; `None` for other values.
    pub fn text(&self) -> Option<&str> {
        match &self.value {
            Value::Text(t) => Some(crate::text::trim(t)),
            _ => None,
        }
    }
}

/// One row with at least one cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// 0-based row index.
    pub index: u32,
    /// Cells sorted by column.
    pub cells: Vec<Cell>,
}

impl Row {
    pub fn get(&self, col: u32) -> Option<&Cell> {
        self.cells
            .binary_search_by_key(&col, |c| c.col)
            .ok()
            .map(|i| &self.cells[i])
    }

    /// The cells holding a value of their own (not copied from a merged cell).
    pub fn own(&self) -> impl Iterator<Item = &Cell> {
        self.cells.iter().filter(|c| c.spill == Spill::Own)
    }

    /// The cell whose value the cell at `col` holds: itself, or, for a copy merged across, the
    /// merged cell it was copied from; `None` for an empty cell or a copy from a row above.
    pub fn origin(&self, col: u32) -> Option<&Cell> {
        let mut at = col;
        loop {
            let cell = self.get(at)?;
            match cell.spill {
                Spill::Own => return Some(cell),
                Spill::Across => at = at.checked_sub(1)?,
                Spill::Down => return None,
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: String,
    /// Non-empty rows in sheet order.
    pub rows: Vec<Row>,
    /// What the reader could not take at face value (cells beyond the limits, a CSV quote
    /// left open), named so nothing goes unseen.
    pub warnings: Vec<SourceWarning>,
    /// Hidden in the workbook: skipped unless asked for by name.
    pub hidden: bool,
    /// Some formula holds a computed value other than zero: the file was saved by a
    /// spreadsheet application, so a formula whose value is 0 really is 0.
    pub formulas_computed: bool,
    /// Row numbers that are no rows of the source: a Word document's rows are numbered by
    /// table (see [`docx`]), and the numbers between its tables are not blank rows.
    pub gap_rows: u32,
    /// The cells (row, column) whose number format is a percentage (`0%`, `0.00%`): their
    /// number is a fraction (1,0526 shows as 105,26%). Read from xlsx sheets of up to
    /// [`workbook::PERCENT_STYLE_CELLS`] cells (the performance tables, where a column may mix
    /// them with text); empty for other sheets and formats, where the layout decides by the
    /// column's numbers.
    pub percent_cells: std::collections::BTreeSet<(u32, u32)>,
    /// The rows and columns an xlsx sheet hides (see [`hidden`]); empty for other formats.
    pub hides: hidden::Hidden,
}

/// A problem found while reading, at a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceWarning {
    pub cell: String,
    pub message: crate::i18n::Message,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Workbook {
    /// The file as the user named it.
    pub file: String,
    pub sheets: Vec<Sheet>,
}

/// A merged region, 0-based and inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    pub first: (u32, u32),
    pub last: (u32, u32),
}

/// What a reader passes on while a sheet streams in (see [`read_streaming`]).
pub enum Feed<'a> {
    /// The next rows of the sheet, complete: merged regions applied, in order. Nothing
    /// changes them any more; the sink may take a row's cells once it has read them (see
    /// `layout::early`), and must then read the whole sheet again should it need them.
    Rows(&'a mut [Row]),
    /// The rows passed on so far do not stand (the file stored its cells out of order); the
    /// sheet will be whole only when the reading ends.
    Restart,
    /// The rows the sheet says it has (an xlsx `<dimension>`), before its first rows: the
    /// file's word, a hint for the room to make, never a limit.
    Stated(usize),
}

/// Reads every sheet of a spreadsheet or CSV file.
pub fn read(path: &Path) -> anyhow::Result<Workbook> {
    read_streaming(path, &mut |_, _| {})
}

/// Reads every sheet, passing each sheet's rows to `sink` (with the sheet's name) as they
/// are read, so that later stages can work while the file is still being parsed. Only xlsx
/// and xlsm sheets stream; for other formats `sink` is not called.
pub fn read_streaming(
    path: &Path,
    sink: &mut dyn FnMut(&str, Feed<'_>),
) -> anyhow::Result<Workbook> {
    let file = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| cannot_open(&file, &e))?;
    if meta.is_dir() {
        return Err(input_error(t!("source-directory", file = &file)));
    }
    // A named pipe would block the first read forever, a device never ends: refused before
    // the file is opened.
    if !meta.is_file() {
        return Err(input_error(t!("source-not-regular", file = &file)));
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    // A PDF or a picture is named for what it is, whatever its extension says.
    if let Some(kind) = workbook::foreign(path) {
        return Err(input_error(t!("source-file-is", file = &file, what = kind)));
    }
    // A workbook saved under a text name is still a workbook.
    let sheets = match ext.as_str() {
        "csv" | "tsv" | "txt" if !workbook::is_workbook(path) => {
            if guard::binary_text(path) {
                return Err(input_error(t!("source-csv-binary", file = &file)));
            }
            vec![csv::read(path, &file)?]
        }
        _ => workbook::read(path, &file, &ext, sink)?,
    };
    Ok(Workbook { file, sheets })
}

/// The one line for a file that does not open: the common reasons in the user's language,
/// another in the system's words.
pub(crate) fn cannot_open(file: &str, e: &std::io::Error) -> anyhow::Error {
    let reason = match e.kind() {
        std::io::ErrorKind::NotFound => t!("source-no-such-file"),
        std::io::ErrorKind::PermissionDenied => t!("source-permission-denied"),
        _ => e.to_string(),
    };
    input_error(t!("source-cannot-open", file = file, reason = reason))
}

/// Builds sparse rows from cells in any order, applying merged regions.
pub(crate) fn assemble(name: String, cells: Vec<(u32, Cell)>, merges: &[Merge]) -> Sheet {
    let mut rows = RowsBuilder::default();
    for (r, cell) in cells {
        rows.push(r, cell);
    }
    rows.finish(name, merges)
}

/// Collects cells into rows as a reader meets them: row by row, left to right, as files store
/// them (cells out of that order are sorted at the end).
#[derive(Debug, Default)]
pub(crate) struct RowsBuilder {
    /// The rows that have ended.
    rows: Vec<Row>,
    /// The row being read (its index and cells so far): its cells are given a `Vec` of their
    /// exact size once it ends, rather than one grown cell by cell and shrunk again.
    current: Option<u32>,
    cells: Vec<Cell>,
    warnings: Vec<SourceWarning>,
    unordered: bool,
}

impl RowsBuilder {
    pub(crate) fn push(&mut self, r: u32, cell: Cell) {
        if r >= MAX_ROWS || cell.col >= MAX_COLS {
            self.warnings.push(SourceWarning {
                cell: cell_name(r, cell.col),
                message: crate::msg!("source-cell-beyond", rows = MAX_ROWS, columns = MAX_COLS),
            });
            return;
        }
        if self.current == Some(r) {
            self.unordered |= self.cells.last().is_some_and(|c| c.col >= cell.col);
        } else {
            self.unordered |= self.current.is_some_and(|index| index > r);
            self.end_row();
            self.current = Some(r);
        }
        self.cells.push(cell);
    }

    /// Moves the row being read, if any, to the rows that have ended, in a `Vec` of its size.
    fn end_row(&mut self) {
        let Some(index) = self.current.take() else {
            return;
        };
        // `Drain` knows its length: the row's cells are allocated once, exactly.
        let cells: Vec<Cell> = self.cells.drain(..).collect();
        self.rows.push(Row { index, cells });
    }

    /// Takes the rows that are complete: all that have ended (the row being read may still get
    /// cells). None while cells have come out of order (they are sorted at the end). The
    /// builder keeps its room for the next rows.
    pub(crate) fn take_complete(&mut self) -> std::vec::Drain<'_, Row> {
        let ended = if self.unordered { 0 } else { self.rows.len() };
        self.rows.drain(..ended)
    }

    /// The rows, the warnings, and whether cells came out of order.
    pub(crate) fn into_parts(mut self) -> (Vec<Row>, Vec<SourceWarning>, bool) {
        self.end_row();
        (self.rows, self.warnings, self.unordered)
    }

    pub(crate) fn finish(mut self, name: String, merges: &[Merge]) -> Sheet {
        self.end_row();
        if self.unordered {
            let mut cells: Vec<(u32, Cell)> = self
                .rows
                .drain(..)
                .flat_map(|row| row.cells.into_iter().map(move |c| (row.index, c)))
                .collect();
            cells.sort_by_key(|(r, c)| (*r, c.col));
            cells.dedup_by_key(|(r, c)| (*r, c.col));
            self.unordered = false;
            for (r, cell) in cells {
                self.push(r, cell);
            }
            self.end_row();
        }
        apply_merges(&mut self.rows, merges);
        sheet(name, self.rows, self.warnings)
    }
}

/// A sheet of complete rows.
fn sheet(name: String, rows: Vec<Row>, warnings: Vec<SourceWarning>) -> Sheet {
    let formulas_computed = rows.iter().flat_map(|r| &r.cells).any(|c| {
        c.formula.is_some()
            && !matches!(c.value, Value::Empty | Value::Int(0))
            && c.value != Value::Number(0.0)
    });
    Sheet {
        name,
        rows,
        warnings,
        hidden: false,
        formulas_computed,
        gap_rows: 0,
        percent_cells: Default::default(),
        hides: Default::default(),
    }
}

/// Searches of a sheet's rows made while applying merged regions: counted so a test holds the
/// cost to one search a region and one a row that starts regions, never one a copied cell.
pub static MERGE_ROW_SEARCHES: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(0);

fn search_rows(rows: &[Row], r: u32) -> Result<usize, usize> {
    MERGE_ROW_SEARCHES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    rows.binary_search_by_key(&r, |row| row.index)
}

/// Applies merged regions in order. The regions that start on one row are applied together,
/// that row's room made once for all of their copies (a SAKTI export merges six regions across
/// each of its rows).
fn apply_merges(rows: &mut Vec<Row>, merges: &[Merge]) {
    for group in merges.chunk_by(|a, b| a.first.0 == b.first.0) {
        let copies: u64 = group.iter().map(copies_in_first_row).sum();
        if let Ok(i) = search_rows(rows, group[0].first.0) {
            let copies = copies.min(u64::from(MAX_COLS)) as usize;
            if side_by_side(group) {
                apply_across(&mut rows[i], group, copies);
                continue;
            }
            if down_side_by_side(group) {
                apply_down(rows, i, group);
                continue;
            }
            rows[i].cells.reserve_exact(copies);
        }
        for merge in group {
            apply_merge(rows, merge);
        }
    }
}

/// Regions of one row only, left to right, none over another: applied in one pass they give
/// what applying them one by one gives (no region's first cell is another's copy).
fn side_by_side(group: &[Merge]) -> bool {
    group.iter().all(|m| m.last.0 == m.first.0)
        && group.windows(2).all(|w| w[1].first.1 > w[0].last.1)
}

/// Applies regions that are `side_by_side` to their row: its cells rebuilt once, the copies
/// put between them, rather than each region's run moving the cells after it.
fn apply_across(row: &mut Row, group: &[Merge], copies: usize) {
    let mut cells = Vec::with_capacity(row.cells.len() + copies);
    let mut old = std::mem::take(&mut row.cells).into_iter().peekable();
    for merge in group {
        let (c0, last_col) = (merge.first.1, merge.last.1.min(MAX_COLS - 1));
        cells.extend(std::iter::from_fn(|| old.next_if(|c| c.col < c0)));
        // A region whose first cell is empty copies nothing.
        let Some(anchor) = old.next_if(|c| c.col == c0) else {
            continue;
        };
        let value = anchor.value.clone();
        cells.push(anchor);
        for col in c0 + 1..=last_col {
            let cell = old.next_if(|c| c.col == col).unwrap_or_else(|| Cell {
                col,
                value: value.clone(),
                formula: None,
                spill: Spill::Across,
            });
            cells.push(cell);
        }
    }
    cells.extend(old);
    row.cells = cells;
}

/// Regions over the same rows (more than one), side by side, none clipped (an RKT's
/// sasaran, indikator and output merged down a group's rows): applied row by row in one pass
/// they give what applying them one by one gives, as for [`side_by_side`].
fn down_side_by_side(group: &[Merge]) -> bool {
    let last = group[0].last.0;
    let small = |m: &Merge| {
        let width = u64::from(m.last.1.saturating_sub(m.first.1)) + 1;
        let height = u64::from(m.last.0.saturating_sub(m.first.0)) + 1;
        width * height <= MAX_MERGE_CELLS
    };
    last > group[0].first.0
        && group
            .iter()
            .all(|m| m.last.0 == last && m.last.1 < MAX_COLS && m.first.1 <= m.last.1 && small(m))
        && group.windows(2).all(|w| w[1].first.1 > w[0].last.1)
}

/// Applies regions that are `down_side_by_side`, their first row at `i`: each row of theirs
/// found once and its cells rebuilt once, every region's copies put between them.
fn apply_down(rows: &mut Vec<Row>, mut i: usize, group: &[Merge]) {
    // A region whose first cell is empty copies nothing.
    let anchored: Vec<(&Merge, Value)> = group
        .iter()
        .filter_map(|m| rows[i].get(m.first.1).map(|c| (m, c.value.clone())))
        .collect();
    if anchored.is_empty() {
        return;
    }
    let (r0, last_row) = (group[0].first.0, group[0].last.0.min(MAX_ROWS - 1));
    for r in r0..=last_row {
        // Rows are sorted: row `r` is at `i`, or belongs there.
        if rows.get(i).is_none_or(|row| row.index != r) {
            let cells = Vec::new();
            rows.insert(i, Row { index: r, cells });
        }
        copy_runs(&mut rows[i], &anchored, r == r0);
        i += 1;
    }
}

/// Puts each region's copies into the columns of `row` it covers that hold no cell yet: on
/// its first row those after its first cell, copied across; below, all, copied down.
fn copy_runs(row: &mut Row, regions: &[(&Merge, Value)], first_row: bool) {
    // Regions one column wide copy nothing into their first row: its cells stay as they are,
    // not rebuilt (a third of a PK's rows, its sasaran merged down three).
    if first_row && regions.iter().all(|(m, _)| m.first.1 >= m.last.1) {
        return;
    }
    let mut cells = Vec::with_capacity(row.cells.len() + regions.len());
    let mut old = std::mem::take(&mut row.cells).into_iter().peekable();
    for (merge, value) in regions {
        let (c0, last_col) = (merge.first.1, merge.last.1);
        let (first, spill) = match first_row {
            true => (c0 + 1, Spill::Across),
            false => (c0, Spill::Down),
        };
        cells.extend(std::iter::from_fn(|| old.next_if(|c| c.col < first)));
        for col in first..=last_col {
            let cell = old.next_if(|c| c.col == col).unwrap_or_else(|| Cell {
                col,
                value: value.clone(),
                formula: None,
                spill,
            });
            cells.push(cell);
        }
    }
    cells.extend(old);
    row.cells = cells;
}

/// How many cells a region copies its value into on its own first row.
fn copies_in_first_row(merge: &Merge) -> u64 {
    let last_col = merge.last.1.min(MAX_COLS - 1);
    u64::from(last_col.saturating_sub(merge.first.1))
}

/// Copies a merged region's first cell into every other cell it covers: each row found once,
/// and the copies of a row put in as one run (the cells a region covers are empty but for its
/// first, so the run usually goes in whole).
fn apply_merge(rows: &mut Vec<Row>, merge: &Merge) {
    let (r0, c0) = merge.first;
    let last_row = merge.last.0.min(MAX_ROWS - 1);
    let last_col = merge.last.1.min(MAX_COLS - 1);
    let Ok(mut i) = search_rows(rows, r0) else {
        return;
    };
    let Some(anchor) = rows[i].get(c0).map(|c| c.value.clone()) else {
        return;
    };
    let width = u64::from(last_col.saturating_sub(c0)) + 1;
    let height = u64::from(last_row.saturating_sub(r0)) + 1;
    // A region covering most of the sheet is clipped rather than filled: it cannot be data.
    let last_row = if width * height > MAX_MERGE_CELLS {
        r0 + (MAX_MERGE_CELLS / width).max(1) as u32 - 1
    } else {
        last_row
    };
    for r in r0..=last_row {
        let (first, spill) = if r == r0 {
            (c0 + 1, Spill::Across)
        } else {
            (c0, Spill::Down)
        };
        if first > last_col {
            i += 1;
            continue;
        }
        // Rows are sorted: row `r` is at `i`, or belongs there.
        if rows.get(i).is_none_or(|row| row.index != r) {
            rows.insert(
                i,
                Row {
                    index: r,
                    cells: Vec::new(),
                },
            );
        }
        copy_run(&mut rows[i].cells, first..=last_col, &anchor, spill);
        i += 1;
    }
}

/// Puts a copy of `value` into each column of `cols` that holds no cell yet.
fn copy_run(
    cells: &mut Vec<Cell>,
    cols: std::ops::RangeInclusive<u32>,
    value: &Value,
    spill: Spill,
) {
    let copy = |col| Cell {
        col,
        value: value.clone(),
        formula: None,
        spill,
    };
    let start = cells.partition_point(|c| c.col < *cols.start());
    let held = cells[start..]
        .iter()
        .take_while(|c| c.col <= *cols.end())
        .count();
    if held == 0 {
        cells.splice(start..start, cols.map(copy));
        return;
    }
    // Some covered cells hold values of their own: they stay, the copies go between them.
    let mut own = cells
        .drain(start..start + held)
        .collect::<Vec<_>>()
        .into_iter()
        .peekable();
    let run: Vec<Cell> = cols
        .map(|col| own.next_if(|c| c.col == col).unwrap_or_else(|| copy(col)))
        .collect();
    cells.splice(start..start, run);
}

/// `F69` → 69; 0 when the name has no row.
pub fn row_of(cell: &str) -> u32 {
    cell.trim_start_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .unwrap_or(0)
}

/// `(0, 0)` → `A1`.
pub fn cell_name(row: u32, col: u32) -> String {
    // Called for every amount cell: written into a stack buffer, then one exact allocation.
    crate::model::CellRef::new(row, col)
        .name(&mut [0; 20])
        .to_string()
}

/// `0` → `A`, `25` → `Z`, `26` → `AA`.
pub fn column_name(col: u32) -> String {
    let mut name = String::with_capacity(3);
    push_column(&mut name, col);
    name
}

fn push_column(out: &mut String, col: u32) {
    let mut letters = [0u8; 4];
    let mut n = col + 1;
    let mut i = letters.len();
    while n > 0 {
        i -= 1;
        letters[i] = b'A' + ((n - 1) % 26) as u8;
        n = (n - 1) / 26;
    }
    out.extend(letters[i..].iter().map(|&l| l as char));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(col: u32, t: &str) -> Cell {
        Cell {
            col,
            value: Value::Text(t.into()),
            formula: None,
            spill: Spill::Own,
        }
    }

    #[test]
    fn column_names_follow_excel() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(16_383), "XFD");
        assert_eq!(cell_name(68, 5), "F69");
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(1_048_575, 16_383), "XFD1048576");
    }

    /// Regions merged down side by side, applied together, give what applying them one by
    /// one gives: with an empty first cell, own cells inside a region, rows missing below,
    /// and regions one column wide or several.
    #[test]
    fn regions_down_side_by_side_applied_together_as_one_by_one() {
        let region = |c0, c1| Merge {
            first: (1, c0),
            last: (3, c1),
        };
        let groups = [
            vec![region(1, 1), region(2, 2), region(3, 3)],
            vec![region(0, 1), region(3, 5), region(7, 7)],
            vec![region(1, 2), region(4, 4)],
        ];
        let row = |index, cols: &[u32]| Row {
            index,
            cells: cols
                .iter()
                .map(|c| text(*c, &format!("{index}/{c}")))
                .collect(),
        };
        let sheets = [
            vec![
                row(1, &[0, 1, 2, 3, 4, 5, 7]),
                row(2, &[4]),
                row(3, &[2, 4, 9]),
            ],
            vec![row(1, &[1, 3, 7]), row(3, &[0, 8])],
            vec![
                row(0, &[1]),
                row(1, &[0, 4]),
                row(2, &[1, 5, 6]),
                row(4, &[1]),
            ],
            vec![row(1, &[2, 3]), row(2, &[0, 2, 3, 4, 5, 6, 7])],
        ];
        for group in &groups {
            assert!(down_side_by_side(group));
            for rows in &sheets {
                let mut together = rows.clone();
                apply_merges(&mut together, group);
                let mut one_by_one = rows.clone();
                for merge in group {
                    apply_merge(&mut one_by_one, merge);
                }
                assert_eq!(together, one_by_one, "{group:?} on {rows:?}");
            }
        }
        // Not over the same rows, or overlapping: applied one by one.
        let taller = Merge {
            first: (1, 5),
            last: (4, 5),
        };
        assert!(!down_side_by_side(&[region(1, 1), taller]));
        assert!(!down_side_by_side(&[region(1, 2), region(2, 3)]));
    }

    #[test]
    fn vertical_merge_carries_value_down_and_marks_it() {
        let cells = vec![(2, text(1, "Sasaran A")), (4, text(4, "item"))];
        let merge = Merge {
            first: (2, 1),
            last: (4, 1),
        };
        let sheet = assemble("S".into(), cells, &[merge]);
        let rows: Vec<u32> = sheet.rows.iter().map(|r| r.index).collect();
        assert_eq!(rows, vec![2, 3, 4]);
        let carried = sheet.rows[2].get(1).unwrap();
        assert_eq!(carried.text(), Some("Sasaran A"));
        assert_eq!(carried.spill, Spill::Down);
    }

    #[test]
    fn horizontal_merge_is_not_an_own_cell() {
        let sheet = assemble(
            "S".into(),
            vec![(0, text(0, "Program"))],
            &[Merge {
                first: (0, 0),
                last: (0, 6),
            }],
        );
        assert_eq!(sheet.rows[0].cells.len(), 7);
        assert_eq!(sheet.rows[0].own().count(), 1);
    }

    #[test]
    fn cells_out_of_order_are_sorted_into_rows() {
        let cells = vec![
            (3, text(1, "b")),
            (1, text(2, "c")),
            (3, text(0, "a")),
            (1, text(0, "d")),
        ];
        let sheet = assemble("S".into(), cells, &[]);
        let order: Vec<(u32, u32)> = sheet
            .rows
            .iter()
            .flat_map(|r| r.cells.iter().map(move |c| (r.index, c.col)))
            .collect();
        assert_eq!(order, vec![(1, 0), (1, 2), (3, 0), (3, 1)]);
    }

    /// Regions side by side on one row, applied in one pass: a covered cell with a value of
    /// its own keeps it, a region whose first cell is empty copies nothing.
    #[test]
    fn regions_side_by_side_fill_their_row() {
        // A1:B1 from "a", C1:E1 from "c" over D1's own "d", H1:I1 empty, J1:K1 from "j"; M1
        // after them all.
        let cells = ["a", "c", "d", "j", "m"]
            .iter()
            .zip([0, 2, 3, 9, 12])
            .map(|(t, col)| (0, text(col, t)))
            .collect();
        let across = |c0, c1| Merge {
            first: (0, c0),
            last: (0, c1),
        };
        let merges = [across(0, 1), across(2, 4), across(7, 8), across(9, 10)];
        let sheet = assemble("S".into(), cells, &merges);
        let row: Vec<(u32, Option<&str>, Spill)> = sheet.rows[0]
            .cells
            .iter()
            .map(|c| (c.col, c.text(), c.spill))
            .collect();
        let (own, across) = (Spill::Own, Spill::Across);
        assert_eq!(
            row,
            [
                (0, Some("a"), own),
                (1, Some("a"), across),
                (2, Some("c"), own),
                (3, Some("d"), own),
                (4, Some("c"), across),
                (9, Some("j"), own),
                (10, Some("j"), across),
                (12, Some("m"), own),
            ]
        );
    }

    #[test]
    fn huge_merge_is_clipped() {
        let sheet = assemble(
            "S".into(),
            vec![(0, text(0, "x"))],
            &[Merge {
                first: (0, 0),
                last: (MAX_ROWS - 1, 16_383),
            }],
        );
        let cells: usize = sheet.rows.iter().map(|r| r.cells.len()).sum();
        assert!(cells as u64 <= MAX_MERGE_CELLS, "{cells} cells");
    }
}
