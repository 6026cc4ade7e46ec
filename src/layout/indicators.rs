//! Performance tables — Perjanjian Kinerja, the BAB III measurement, Rencana Aksi — read row by
//! row into [`Indicator`]s. A numbered row starts an indikator; a row without a number continues
//! the sasaran above (Word tables merge or leave that cell empty); a row with only a pelaksana or
//! schedule marks continues the row above. A kinerja sheet may hold one small table per sasaran
//! under a `Sasaran 1 | …` line; a PK has its program budget lines and the signatories under it.

use super::amounts::{self, At};
use super::columns::{normalize, normalizes_to, ColumnMap, Role};
use super::header;
use super::{lines, notes, numbering, signature, sum_lines, word};
use crate::kinds::{DocKind, Purpose};
use crate::model::{
    Body, CellRef, Document, Field, Indicator, Location, Notice, NoticeKind, PerformanceTable,
    PeriodTarget, ProgramBudget, Quantity, RakFields, RenstraFields, RowClass, Written,
};
use crate::numbers;
use crate::source::{cell_name, column_name, Cell, Row, Sheet, Spill, Value};
use crate::t;
use rust_decimal::Decimal;
use std::borrow::Cow;
use std::sync::Arc;

mod captions;
mod persentase;
mod rows;

/// Reads a sheet whose header made it a PK, kinerja or RAK table (a copy of it: the caller's
/// stays whole).
pub fn read(
    doc: Document,
    sheet: &Sheet,
    header: (usize, usize),
    columns: &ColumnMap,
) -> anyhow::Result<Document> {
    read_split(doc, &mut sheet.clone(), header, columns, false, None).map(|split| split.doc)
}

/// A table as [`read_split`] read it.
pub(crate) struct Split {
    pub doc: Document,
    /// The sheet row (0-based) where another table starts under the signature.
    pub rest: Option<u32>,
    /// Some capaian, biaya or budget amount read holds a remark ([`State::remarks`]).
    pub remarks: bool,
}

/// Reads a PK, kinerja or RAK table, and says where another table starts under its
/// signature in a spreadsheet (a second PK on the same sheet): the sheet row (0-based) of
/// its first row, its title included. Its rows are kept as notes here, for when it cannot
/// be read as a document of its own.
/// With `hollow`, each body row read into an indikator gives up its cells as it is read (the
/// sheet's cells and the indikator made from them are otherwise both held to the end): the
/// sheet is then no longer whole, and a second table under the signature (which is read again
/// from the sheet's rows) makes it [`early::Reread`](super::early::Reread).
/// `streamed`: the rows read while the sheet streamed in, confirmed by the whole sheet
/// ([`Streamed::stands`]); the reading goes on from where it stopped.
pub(crate) fn read_split(
    mut doc: Document,
    sheet: &mut Sheet,
    header: (usize, usize),
    columns: &ColumnMap,
    hollow: bool,
    streamed: Option<Streamed>,
) -> anyhow::Result<Split> {
    let (header_pos, header_rows) = header;
    let (file, sheet_name): (Arc<str>, Arc<str>) =
        (doc.file.as_str().into(), sheet.name.as_str().into());
    let formulas_computed = sheet.formulas_computed;
    let at = |row: u32| At {
        file: &file,
        sheet: &sheet_name,
        row,
        formulas_computed,
    };
    let body_start = header_pos + header_rows;
    let (head, rows) = sheet.rows.split_at_mut(body_start);
    let head: &[Row] = head;
    let (mut reader, read_early) = match streamed {
        // The sheet confirmed what the streamed reading assumed: the columns as the header
        // says, no fractions (the body rows may have given up their cells since).
        // The cells formatted as percentages are in no column read so far (`stands`): those
        // of a header further down are, from there on.
        Some(s) => {
            let mut reader = s.reader;
            reader.columns.percent_cells = sheet.percent_cells.clone();
            (reader, Some(s.doc))
        }
        None => {
            let mut columns = numbers_by_content(columns, rows);
            columns.percent_cells = sheet.percent_cells.clone();
            percent_fractions(&mut columns, rows, &mut doc, &at);
            let word = crate::model::is_word(&doc.file);
            (Reader::new(head, header_pos, columns, word), None)
        }
    };
    doc.fields = fields(doc.kind, &reader.columns);
    let (title, heading) = split_title(&head[..header_pos]);
    // A Word document: the signature tables above the header's table.
    let mut signed: Vec<&Row> = Vec::new();
    let title = match reader.table {
        Some(t) => word_above(title, t, &mut signed, &mut doc, &at),
        None => title,
    };
    super::read_title(title, &mut doc, &at);
    if let Some(row) = heading {
        doc.rows.push((row.index + 1, RowClass::Heading));
    }
    for row in &head[header_pos..] {
        doc.rows.push((row.index + 1, RowClass::Header));
    }
    if let Some(mut early) = read_early {
        doc.rows.append(&mut early.rows);
        doc.notices.append(&mut early.notices);
        // The first rows were read from a copy (`early` keeps them to find the header in):
        // those read give up their cells here, as every row read does.
        let read = rows.iter_mut().take(reader.next);
        for row in read.filter(|r| hollow && !super::is_blank(r)) {
            row.cells = Vec::new();
        }
    }
    reader.read(rows, 0, &mut doc, &at, (hollow, false))?;
    let Reader {
        mut state,
        columns,
        tail,
        hollowed,
        rest,
        ..
    } = reader;
    if hollowed > 0 && rest.is_some() {
        return Err(super::early::Reread.into());
    }
    state.close_sasaran(&mut doc);
    state.doubtful_carries(&mut doc);
    let tail: Vec<&Row> = tail.iter().map(|&t| &rows[t]).collect();
    read_signatures(&signed, &tail, &mut doc);
    empty_targets(&mut doc, &state.indicators);
    // The sasaran's words and index (one a row in a large table of distinct sasaran) are no
    // longer asked: freeing them took 13 ms of a 100 000-row PK's end, on the thread waited for.
    crate::pipeline::free_elsewhere(std::mem::take(&mut state.sasarans), state.indicators.len());
    let (polarities, remarks) = (state.polarities, state.remarks);
    doc.body = Body::Performance(PerformanceTable {
        indicators: state.indicators,
        budgets: state.budgets,
        budget_total: state.budget_total,
    });
    unknown_polarities(&mut doc, polarities);
    if doc.indicators().is_empty() && doc.budgets().is_empty() {
        let header_row = head.get(header_pos).map_or(0, |r| r.index);
        doc.notices.push(Notice::new(
            NoticeKind::EmptyTable,
            crate::msg!(
                "read-header-without-rows",
                row = at(header_row).location(0).row_name()
            ),
            at(header_row).location(0),
        ));
    }
    unscheduled_sheet(&mut doc, &columns);
    let header_row = head.get(header_pos).map_or(0, |r| r.index);
    targets_by_period(&mut doc, &columns, at(header_row));
    Ok(Split { doc, rest, remarks })
}

/// The reading of a table's body rows, fed them in order: all at once (the finished sheet), or
/// batch by batch as they stream in (see [`Streamed`]) and then the rest at once. One reading
/// either way: where it stands is all it keeps.
pub(crate) struct Reader {
    state: State,
    /// The columns the rows are read by: the header's, or a new header's further down.
    columns: ColumnMap,
    /// In a Word document, the table the rows are in.
    table: Option<u32>,
    /// The signature block's rows, by position in the body.
    tail: Vec<usize>,
    /// Rows that gave up their cells.
    hollowed: usize,
    /// Where their cells are freed (a thread of its own for a large sheet).
    freer: crate::pipeline::Freer<Vec<Cell>>,
    /// The first sheet row of another table under the signature.
    rest: Option<u32>,
    /// The body position of the next row to read.
    next: usize,
    /// Another table started: no further row is this table's.
    done: bool,
    /// The caption numbers above the header (`Tabel 3.1`): a caption of another under the
    /// rows starts another table.
    captions: Vec<String>,
}

impl Reader {
    /// Before the first body row: the columns as weighed over the body, and the `Sasaran n`
    /// line right above the header (the sasaran of the rows under it).
    fn new(head: &[Row], header_pos: usize, columns: ColumnMap, word: bool) -> Reader {
        let mut state = State::default();
        if let (_, Some(heading)) = split_title(&head[..header_pos]) {
            state.sasaran_heading(heading);
        }
        let table = match word {
            true => head.get(header_pos).and_then(word::table_of),
            false => None,
        };
        Reader {
            state,
            columns,
            table,
            tail: Vec::new(),
            hollowed: 0,
            freer: crate::pipeline::Freer::for_rows(),
            rest: None,
            next: 0,
            done: false,
            captions: captions::above(&head[..header_pos]),
        }
    }

    /// Reads on from body position `self.next` in `rows`, the body's rows from position `base`.
    /// `streaming`: the rows after them have not arrived, so at a row that needs them (a header
    /// further down is read with the rows under it, a signature block with what follows it)
    /// the reading stops, the row unread, and returns false; so it does at an unreadable row,
    /// left for the whole sheet to say.
    fn read<'a>(
        &mut self,
        rows: &mut [Row],
        base: usize,
        doc: &mut Document,
        at: &dyn Fn(u32) -> At<'a>,
        (hollow, streaming): (bool, bool),
    ) -> anyhow::Result<bool> {
        let mut i = self.next.saturating_sub(base);
        while i < rows.len() && !self.done {
            self.next = base + i;
            let row = &rows[i];
            i += 1;
            if super::is_blank(row) {
                continue;
            }
            // While streaming, a row that passes `waits` is none of the others (no signature
            // yet, no header, and Word documents are not streamed).
            if streaming {
                if self.waits(row) {
                    return Ok(false);
                }
            } else if let Some(span) = self.table_turns(rows, i, doc, at) {
                if self.done {
                    break;
                }
                i += span - 1;
                continue;
            }
            let row = &rows[i - 1];
            let class = match self.state.read_row(row, &self.columns, &at(row.index), doc) {
                Ok(class) => class,
                Err(_) if streaming => return Ok(false),
                Err(e) => return Err(e),
            };
            doc.rows.push((row.index + 1, class));
            if hollow {
                self.freer.free(std::mem::take(&mut rows[i - 1].cells));
                self.hollowed += 1;
            }
        }
        self.next = base + i;
        Ok(true)
    }

    /// What the row before `rows[i]` does to the table rather than being read into it: ends it
    /// (another table, `self.done`), belongs to the signature block, or is a header further
    /// down. The rows it spans, if any.
    fn table_turns<'a>(
        &mut self,
        rows: &[Row],
        i: usize,
        doc: &mut Document,
        at: &dyn Fn(u32) -> At<'a>,
    ) -> Option<usize> {
        if self.ends_table(rows, i, doc, at) {
            self.done = true;
            return Some(1);
        }
        let row = &rows[i - 1];
        if !self.tail.is_empty() || self.state.opens_signature(row, &self.columns) {
            // A position in `rows`: the signature block is read with the whole body (base
            // 0), never while streaming (see `waits`).
            self.tail.push(i - 1);
            return Some(1);
        }
        if !may_be_header(row, &self.columns) {
            return None;
        }
        let (span, next) = header_at(&rows[i - 1..], doc.kind)?;
        for r in &rows[i - 1..i - 1 + span] {
            doc.rows.push((r.index + 1, RowClass::Header));
        }
        self.columns = ColumnMap {
            percent_cells: std::mem::take(&mut self.columns.percent_cells),
            ..next
        };
        // A header further down (a new table, or a page's): notes and budget lines above it
        // do not carry over. The running sums do: a total at the end of a table printed over
        // pages adds up every page.
        self.state.table_starts();
        Some(span)
    }

    /// While streaming, a row the reading must not pass: a signature block opening (what is
    /// under it decides whether another table starts), or what may be a header further down
    /// (read with the rows under it). Word documents are not streamed.
    fn waits(&self, row: &Row) -> bool {
        self.state.opens_signature(row, &self.columns)
            || may_be_header(row, &self.columns)
            || self.caption_starts(row)
    }

    /// A spreadsheet's row, under rows read, that is the caption of another table.
    fn caption_starts(&self, row: &Row) -> bool {
        self.table.is_none()
            && !self.state.indicators.is_empty()
            && captions::starts_other(row, &self.captions)
    }

    /// Whether the row before `rows[i]` starts another table: said, with its rows, as notes.
    fn ends_table<'a>(
        &mut self,
        rows: &[Row],
        i: usize,
        doc: &mut Document,
        at: &dyn Fn(u32) -> At<'a>,
    ) -> bool {
        let row = &rows[i - 1];
        let (state, columns, signed) = (&self.state, &self.columns, !self.tail.is_empty());
        // In a Word document a table of its own may be no part of this one.
        let other = self
            .table
            .filter(|&t| word::starts_other_table(row, t))
            .and_then(|_| {
                self.table = word::table_of(row);
                other_table(row, columns, state, signed, doc.kind)
            });
        if let (Some(reason), false) = (other, signed) {
            second_table(&rows[i - 1..], doc, at, Some(reason));
            return true;
        }
        if !signed && self.caption_starts(row) {
            self.rest = Some(row.index);
            captions::other_table(&rows[i - 1..], doc, at);
            return true;
        }
        // A row that goes on numbering the table under what was taken for its signature is
        // another table there, said: never rows of the signature.
        let numbered = || state.continues_numbers(row, columns);
        if !signed || (other.is_none() && !starts_again(row, columns) && !numbered()) {
            return false;
        }
        // Another table under the signature (a second PK on the same sheet): not guessed at,
        // but kept and said, so nothing goes unseen. Its title is the run of rows right above
        // its header, with no blank row between.
        let tail = &mut self.tail;
        let mut start = i - 1;
        while let Some(&last) = tail
            .last()
            .filter(|&&t| rows[t].index + 1 == rows[start].index)
        {
            start -= 1;
            debug_assert_eq!(rows[last].index, rows[start].index);
            tail.pop();
        }
        // Title lines a blank row above it, in its first column, are its title too.
        let first_col = columns.names.keys().min().copied().unwrap_or(0);
        while let Some(&last) = tail
            .last()
            .filter(|&&t| is_title_above(&rows[t], rows[start].index, first_col))
        {
            let last = rows[last].index;
            let Some(at) = rows[..start].iter().rposition(|r| r.index == last) else {
                break;
            };
            start = at;
            tail.pop();
        }
        if !crate::model::is_word(&doc.file) {
            self.rest = Some(rows[start].index);
        }
        second_table(&rows[start..], doc, at, None);
        true
    }
}

/// A table's body read while its sheet streams in (see `layout::early`), on assumptions the
/// whole sheet confirms at the end ([`Streamed::stands`]): the columns are the header's (a No
/// column found by content changes them), no column holds fractions, no cell of a column read
/// is formatted as a percentage (a sheet's formats are known only after its last cell),
/// formulas were saved with their results (`early` checks that one).
/// Room in `list` for `coming` more rows, up to the `stated` rows when the sheet says how
/// many it has. The file's word is only trusted as far as doubling would go anyway: a sheet
/// that states more rows than it has costs no more than growing by doubling does.
fn make_room<T>(list: &mut Vec<T>, coming: usize, stated: usize) {
    let need = list.len() + coming;
    if list.capacity() >= need {
        return;
    }
    match stated >= need {
        true => {
            let room = stated.min(need.max(2 * list.capacity()));
            list.reserve_exact(room - list.len());
        }
        false => list.reserve(coming),
    }
}

pub(crate) struct Streamed {
    reader: Reader,
    /// The rows and notices read so far, joined to the document at the end.
    doc: Document,
    counts: Counts,
    /// Body rows counted so far.
    counted: usize,
    /// The reading stopped at a row that needs the rows after it: the rest is read at the end.
    stopped: bool,
    /// The body rows the sheet says it has (0: it does not say).
    stated: usize,
}

impl Streamed {
    /// Before the first body row: the plan's columns and the rows above the body.
    pub(crate) fn new(file: &str, sheet: &str, plan: &super::Plan, head: &[Row]) -> Streamed {
        let mut columns = plan.columns.clone();
        columns.percent_cells = Default::default();
        let kind = plan.kind;
        let doc = Document::new(file, sheet, kind, String::new(), Body::empty(kind.family()));
        Streamed {
            counts: Counts::new(&columns),
            reader: Reader::new(head, plan.header_pos, columns, false),
            doc,
            counted: 0,
            stopped: false,
            stated: 0,
        }
    }

    /// The body rows the sheet says it has: the indikator list grows to that, not to the
    /// next power of two (a PK of 100 000 rows left room for 131 072, 9 MB).
    pub(crate) fn expect(mut self, rows: usize) -> Streamed {
        self.stated = rows;
        self
    }

    /// The next body rows, from body position `base`; with `hollow`, each row read gives up
    /// its cells. Returns how many did.
    pub(crate) fn feed<'a>(
        &mut self,
        rows: &mut [Row],
        base: usize,
        at: &dyn Fn(u32) -> At<'a>,
        hollow: bool,
    ) -> usize {
        if self.stopped {
            return 0;
        }
        rows.iter().for_each(|r| self.counts.add(r));
        self.counted = base + rows.len();
        if !self.counts.confirm(&self.reader.columns) {
            // The rows so far already say the sheet will not confirm the reading (a column of
            // fractions shows in its first rows): the rest is left whole, so that the sheet is
            // read once at the end rather than again from the file.
            self.stopped = true;
            return 0;
        }
        make_room(&mut self.reader.state.indicators, rows.len(), self.stated);
        let before = self.reader.hollowed;
        let read = self
            .reader
            .read(rows, base, &mut self.doc, at, (hollow, true));
        self.stopped = !matches!(read, Ok(true));
        self.reader.hollowed - before
    }

    /// Whether the whole sheet confirms what the reading assumed (its rows must be the rows
    /// fed, in order); the rows the streaming reading did not count are whole, and counted here.
    pub(crate) fn stands(&mut self, sheet: &Sheet, body_start: usize) -> bool {
        let body = sheet.rows.get(body_start..).unwrap_or_default();
        for row in body.get(self.counted..).unwrap_or_default() {
            self.counts.add(row);
        }
        let columns = &self.reader.columns;
        let percent_apart = sheet
            .percent_cells
            .iter()
            .all(|(_, col)| columns.role_at(*col).is_none());
        percent_apart && self.counts.confirm(columns)
    }
}

/// What `numbers_by_content` and `percent_fractions` decide from the whole body, counted row
/// by row: the streamed reading stands only if both leave the columns as they are.
struct Counts {
    /// Without a No column, the columns that may hold the numbers: (column, values, numbers).
    no: Vec<(u32, usize, usize)>,
    /// The number cells of the columns weighed for fractions.
    numbers: std::collections::BTreeMap<u32, Numbers>,
    /// The capaian column, whose texts above 2 (200%) scale its limit.
    capaian: Option<(u32, bool)>,
}

impl Counts {
    fn new(columns: &ColumnMap) -> Counts {
        let no = match columns.get(Role::No) {
            Some(_) => Vec::new(),
            None => [Role::Aksi, Role::Uraian, Role::Sasaran]
                .iter()
                .filter_map(|r| Some((columns.get(*r)?, 0, 0)))
                .collect(),
        };
        let numbers = fraction_columns(columns)
            .into_iter()
            .flatten()
            .map(|c| (c, Numbers::default()))
            .collect();
        Counts {
            no,
            numbers,
            capaian: columns.get(Role::Capaian).map(|c| (c, false)),
        }
    }

    fn add(&mut self, row: &Row) {
        for (col, values, numbers) in &mut self.no {
            if let Some(number) = no_column_value(row, *col) {
                *values += 1;
                *numbers += usize::from(number);
            }
        }
        // The column-number row (`1 2 3 4`) numbers the columns: no target of a row.
        if header::is_numbering(row) {
            return;
        }
        for (col, n) in &mut self.numbers {
            let Some(cell) = row.get(*col).filter(|c| c.spill == Spill::Own) else {
                continue;
            };
            if let Some(d) = cell_number(&cell.value) {
                n.add(d);
            }
        }
        if let Some((col, above)) = &mut self.capaian {
            let text = || row.get(*col).filter(|c| c.spill == Spill::Own)?.text();
            *above = *above || text().is_some_and(text_above_two);
        }
    }

    /// Neither a No column found by content nor a column of fractions.
    fn confirm(&self, columns: &ColumnMap) -> bool {
        if self.no.iter().any(|&(_, v, n)| is_no_column(v, n)) {
            return false;
        }
        let scaled = !columns.fractions.is_empty() || self.capaian.is_some_and(|(_, a)| a);
        let [target, realisasi, capaian, plan] = fraction_columns(columns);
        let limits = [
            Decimal::ONE,
            Decimal::ONE,
            capaian_limit(scaled),
            Decimal::ONE,
        ];
        let sets = [target, realisasi, capaian, plan];
        !sets.iter().zip(limits).any(|(cols, limit)| {
            let of = |c: &u32| self.numbers.get(c).copied().unwrap_or_default();
            let n = cols.iter().map(of).fold(Numbers::default(), Numbers::join);
            n.are_fractions(limit)
        })
    }
}

/// The columns `percent_fractions` weighs, each set decided on its own: the target, realisasi
/// and capaian columns, and a Renstra's years, baseline and end target together.
fn fraction_columns(columns: &ColumnMap) -> [Vec<u32>; 4] {
    let one = |r: Role| columns.get(r).into_iter().collect::<Vec<u32>>();
    let mut plan: Vec<u32> = columns.year_columns().into_iter().map(|(c, _)| c).collect();
    plan.extend(
        [Role::Baseline, Role::TargetAkhir]
            .iter()
            .filter_map(|r| columns.get(*r)),
    );
    plan.sort_unstable();
    [
        one(Role::Target),
        one(Role::Realisasi),
        one(Role::Capaian),
        plan,
    ]
}

/// A capaian column's limit for fractions: up to 2 (200%) when its scale is shown elsewhere.
fn capaian_limit(scaled: bool) -> Decimal {
    match scaled {
        true => Decimal::TWO,
        false => Decimal::ONE,
    }
}

/// The number cells of a column (or set): how many, the largest size, one with decimals.
#[derive(Debug, Clone, Copy, Default)]
struct Numbers {
    count: usize,
    largest: Decimal,
    decimals: bool,
}

impl Numbers {
    fn add(&mut self, d: Decimal) {
        self.count += 1;
        self.largest = self.largest.max(d.abs());
        self.decimals |= !d.fract().is_zero();
    }

    fn join(self, other: Numbers) -> Numbers {
        Numbers {
            count: self.count + other.count,
            largest: self.largest.max(other.largest),
            decimals: self.decimals || other.decimals,
        }
    }

    /// All within `limit`, one with decimals: fractions of a percentage.
    fn are_fractions(&self, limit: Decimal) -> bool {
        self.count > 0 && self.largest <= limit && self.decimals
    }
}

/// A title line of the next table under a signature: at most one blank row above `next`, in
/// the table's first column (or left of it), and no date or NIP of the signature above.
fn is_title_above(row: &Row, next: u32, first_col: u32) -> bool {
    let texts: Vec<&str> = row.own().filter_map(|c| c.text()).collect();
    row.index + 2 >= next
        && row.own().next().is_some_and(|c| c.col <= first_col)
        && !texts.is_empty()
        && !texts
            .iter()
            .any(|t| signature::is_date_line(t) || signature::is_nip(t))
}

/// A damaged header can name the No column as text (`Kegiatan`, the tail of `Sasaran
/// Strategis/ Kegiatan` split over two rows): a column that holds only `1.`, `2` is the No column.
fn numbers_by_content(columns: &ColumnMap, body: &[Row]) -> ColumnMap {
    let mut columns = columns.clone();
    if columns.get(Role::No).is_some() {
        return columns;
    }
    for role in [Role::Aksi, Role::Uraian, Role::Sasaran] {
        let Some(col) = columns.get(role) else {
            continue;
        };
        let values: Vec<bool> = body
            .iter()
            .filter_map(|r| no_column_value(r, col))
            .collect();
        let numbers = values.iter().filter(|n| **n).count();
        if is_no_column(values.len(), numbers) {
            columns.roles.remove(&role);
            columns.roles.insert(Role::No, col);
            return columns;
        }
    }
    columns
}

/// Whether the cell of column `col` counts in deciding it is the No column: `Some`, saying
/// whether it is a number, for a value that is not a column's name.
fn no_column_value(row: &Row, col: u32) -> Option<bool> {
    let cell = row.get(col).filter(|c| c.spill == Spill::Own)?;
    let value = shown_ref(cell).filter(|v| !header::is_column_name(v))?;
    Some(numbering::is_token(&value))
}

/// Of `values` in a column, `numbers` are numbers: four in five make it the No column.
fn is_no_column(values: usize, numbers: usize) -> bool {
    values > 0 && numbers * 5 >= values * 4
}

/// A header with other columns further down (a page of an OCR'd table whose columns shifted):
/// the rows under it are read by the new header. Returns its rows and columns.
fn new_header(rows: &[Row], columns: &ColumnMap, kind: DocKind) -> Option<(usize, ColumnMap)> {
    may_be_header(rows.first()?, columns)
        .then(|| header_at(rows, kind))
        .flatten()
}

/// What a new header's first row is like, from the row alone: only texts, no repeat of the
/// header, naming what an indikator table has (data rows that happen to hold a column's word,
/// `… perencanaan anggaran`, also hold numbers).
fn may_be_header(row: &Row, columns: &ColumnMap) -> bool {
    let only_text = row.own().all(|c| c.text().is_some());
    if !only_text || header::is_repeat(row, columns) || !header::starts_table(row) {
        return false;
    }
    let named = header::columns_of(row);
    named.get(Role::Indikator).is_some() || named.get(Role::Target).is_some()
}

/// The new header at the first of `rows` (one that [`may_be_header`]), read with the rows
/// under it: its rows and columns.
fn header_at(rows: &[Row], kind: DocKind) -> Option<(usize, ColumnMap)> {
    let found = header::find(&rows[..rows.len().min(3)])?;
    if found.pos != 0 {
        return None;
    }
    let mut next = found.columns;
    crate::kinds::fit(kind, &mut next).ok()?;
    Some((found.rows, numbers_by_content(&next, &rows[found.rows..])))
}

/// Under a signature block, a header (repeated or new) or a numbered row starts another table.
fn starts_again(row: &Row, columns: &ColumnMap) -> bool {
    header::is_repeat(row, columns) || header::starts_table(row) || has_number(row, columns)
}

/// The rows of a second table, kept as notes with one notice where it starts. In a Word
/// document the notice names the table and why it is not read.
fn second_table<'a>(
    rows: &[Row],
    doc: &mut Document,
    at: &dyn Fn(u32) -> At<'a>,
    word_reason: Option<&str>,
) {
    let Some(first) = rows.first() else { return };
    as_notes(rows, doc);
    let word = crate::model::is_word(&doc.file);
    let anchor = rows.iter().find(|r| word && word::table_of(r).is_some());
    let (message, first) = match anchor {
        Some(anchor) => {
            let named = first
                .own()
                .find_map(shown)
                .map(|t| format!(" ('{}')", crate::text::shorten_line(&t, 50)))
                .unwrap_or_default();
            let table = word::table_of(anchor).unwrap_or_default();
            let reason = crate::i18n::Message::new(word_reason.unwrap_or(UNDER_SIGNATURE));
            let message = crate::msg!(
                "read-word-table-not-read",
                table = table,
                named = named,
                reason = reason
            );
            (message, anchor)
        }
        None => (
            crate::msg!("read-table-under-signature", row = first.index + 1),
            first,
        ),
    };
    doc.notices.push(Notice::new(
        NoticeKind::SecondTable,
        message,
        at(first.index).location(first.cells.first().map_or(0, |c| c.col)),
    ));
}

/// The rows of another table, kept as notes.
fn as_notes(rows: &[Row], doc: &mut Document) {
    for row in rows.iter().filter(|r| !super::is_blank(r)) {
        doc.rows.push((row.index + 1, RowClass::Note));
    }
}

/// Message keys, put in words only when the notice is made.
const UNDER_SIGNATURE: &str = "read-reason-under-signature";

/// At the first row of another table of a Word document: why it is not read, if it is no part
/// of the table above — its budget lines, its header again, rows that go on numbering, the
/// signature block.
fn other_table(
    row: &Row,
    columns: &ColumnMap,
    state: &State,
    signed: bool,
    kind: DocKind,
) -> Option<&'static str> {
    if signed {
        let another = starts_again(row, columns) || !signature_row(row);
        return another.then_some(UNDER_SIGNATURE);
    }
    let continues = is_budget_header(row)
        || has_number(row, columns)
        || state.continues_numbers(row, columns)
        || header::is_repeat(row, columns)
        || new_header(std::slice::from_ref(row), columns, kind).is_some()
        || row.own().filter_map(Cell::text).any(is_amount_text)
        || state.opens_signature(row, columns);
    (!continues).then_some("read-reason-no-part-of-table")
}

/// Above the header's table in a Word document: the run of paragraphs right above it is the
/// title; an earlier table that is a signature block (a PK's first page) is read as one, any
/// other is kept and said; other paragraphs (the agreement's text) are notes.
fn word_above<'r, 'a>(
    rows: &'r [Row],
    table: u32,
    signed: &mut Vec<&'r Row>,
    doc: &mut Document,
    at: &dyn Fn(u32) -> At<'a>,
) -> &'r [Row] {
    let above = word::above(rows, table);
    for p in above.paragraphs {
        doc.rows.push((p.index + 1, RowClass::Note));
    }
    for t in above.tables {
        if t.iter().any(signature_row) {
            signed.extend(t);
        } else {
            second_table(t, doc, at, Some("read-reason-above-table"));
        }
    }
    above.title
}

/// Excel stores a percent-formatted 95% as 0,95. A number cell the file formats as a
/// percentage is one for sure (see [`is_fraction`]). Of the other number cells, a target,
/// realisasi or capaian column's that are all between -1 and 1, one of them with decimals, are
/// read as percentages too, and that is said once. The decision is the number cells' alone: a
/// text cell (`105,56`) shows what it means and is read as written.
fn percent_fractions<'a>(
    columns: &mut ColumnMap,
    body: &[Row],
    doc: &mut Document,
    at: &dyn Fn(u32) -> At<'a>,
) {
    for role in [Role::Target, Role::Realisasi, Role::Capaian] {
        let Some(col) = columns.get(role) else {
            continue;
        };
        // A capaian above 100% is above 1 as a fraction: beside a target or realisasi stored
        // as fractions, or among text cells that show percentages (`105,56`), up to 2 (200%)
        // is one too.
        let formatted = || {
            [Role::Target, Role::Realisasi]
                .iter()
                .filter_map(|r| columns.get(*r))
                .any(|c| columns.percent_cells.iter().any(|(_, pc)| *pc == c))
        };
        let limit = match role {
            Role::Capaian => capaian_limit(
                !columns.fractions.is_empty() || formatted() || texts_above_two(col, body),
            ),
            _ => Decimal::ONE,
        };
        fractions_in(&[col], limit, columns, body, doc, at);
    }
    // A Renstra's years, baseline and end target are one scale: decided together.
    let [.., plan] = fraction_columns(columns);
    if !plan.is_empty() {
        fractions_in(&plan, Decimal::ONE, columns, body, doc, at);
    }
}

/// Some text cell of column `col` reads as a number above 2 (`205,56`, `205%`).
fn texts_above_two(col: u32, body: &[Row]) -> bool {
    weighed(body)
        .filter_map(|r| r.get(col).filter(|c| c.spill == Spill::Own)?.text())
        .any(text_above_two)
}

/// The body rows whose cells are weighed for fractions: all but a column-number row (`1 2 3
/// 4` under the header), whose numbers name columns (with it, a column of fractions has a 4
/// above 1 and would be read as written without a word).
fn weighed(body: &[Row]) -> impl Iterator<Item = &Row> {
    body.iter().filter(|r| !header::is_numbering(r))
}

fn text_above_two(text: &str) -> bool {
    let parsed = numbers::parse_amount(text.trim_end_matches('%'));
    parsed
        .ok()
        .flatten()
        .is_some_and(|p| p.value > Decimal::TWO)
}

/// Marks `cols` as percent-formatted when their number cells are all within `limit` and one
/// has decimals, and says so once, naming the cells and the text cells left as written.
fn fractions_in<'a>(
    cols: &[u32],
    limit: Decimal,
    columns: &mut ColumnMap,
    body: &[Row],
    doc: &mut Document,
    at: &dyn Fn(u32) -> At<'a>,
) {
    let cells = || {
        weighed(body)
            .flat_map(|r| cols.iter().map(move |col| (r, *col)))
            .filter_map(|(r, col)| {
                Some((r.index, col, r.get(col).filter(|c| c.spill == Spill::Own)?))
            })
    };
    // The cells the file formats as percentages need no guess: the others are decided on.
    let numbers: Vec<(u32, u32, Decimal)> = cells()
        .filter(|(row, col, _)| !columns.percent_cells.contains(&(*row, *col)))
        .filter_map(|(row, col, cell)| Some((row, col, cell_number(&cell.value)?)))
        .collect();
    let mut counted = Numbers::default();
    numbers.iter().for_each(|(_, _, d)| counted.add(*d));
    let fractions = counted.are_fractions(limit);
    let Some(&(row, col, _)) = numbers.first().filter(|_| fractions) else {
        return;
    };
    let example = numbers
        .iter()
        .map(|(_, _, d)| *d)
        .find(|d| !d.fract().is_zero())
        .unwrap_or_default();
    columns.fractions.extend(cols);
    let texts: Vec<String> = cells()
        .filter(|(_, _, c)| c.text().is_some_and(numbers::looks_numeric))
        .map(|(row, col, _)| cell_name(row, col))
        .collect();
    let name = |c: &u32| columns.names.get(c).map_or("?", String::as_str);
    let which = match cols {
        [one] => crate::msg!("read-the-column", name = name(one)),
        [first, .., last] => {
            crate::msg!("read-the-columns", first = name(first), last = name(last))
        }
        [] => return,
    };
    let named = |cells: Vec<String>| match cells.len() {
        0..=4 => crate::msg!("read-as-written", text = cells.join(", ")),
        n => crate::msg!(
            "read-cells-and-more",
            cells = cells[..3].join(", "),
            more = n - 3
        ),
    };
    let number_cells = named(numbers.iter().map(|(r, c, _)| cell_name(*r, *c)).collect());
    let shown = |d: Decimal| crate::numbers::format_angka(d, d.normalize().scale());
    let mut message = crate::msg!(
        "read-fractions-cells",
        which = which,
        cells = number_cells,
        limit = shown(limit),
        example = shown(example),
        percent = shown((example * Decimal::ONE_HUNDRED).normalize())
    );
    if !texts.is_empty() {
        let texts = crate::msg!("read-fractions-texts", cells = named(texts));
        message = crate::msg!("read-joined", first = message, second = texts);
    }
    doc.notices.push(Notice::new(
        NoticeKind::Ambiguous,
        message,
        at(row).location(col),
    ));
}

/// The kind's amount fields whose column the table has.
fn fields(kind: DocKind, columns: &ColumnMap) -> Vec<Field> {
    let present: Vec<Field> = columns
        .amount_columns()
        .into_iter()
        .map(|(f, _)| f)
        .collect();
    kind.amount_fields()
        .iter()
        .copied()
        .filter(|f| present.contains(f))
        .collect()
}

/// The title block, and the `Sasaran 1 | …` line right above the first header, if any.
fn split_title(rows: &[Row]) -> (&[Row], Option<&Row>) {
    match rows.split_last() {
        Some((last, rest)) if sasaran_heading(last).is_some() => (rest, Some(last)),
        _ => (rows, None),
    }
}

#[derive(Default)]
struct State {
    indicators: Vec<Indicator>,
    budgets: Vec<ProgramBudget>,
    /// The sasaran of the rows that follow: from the last numbered row or `Sasaran n` line.
    sasaran: Option<Arc<str>>,
    /// The number of the `Sasaran n` line above, for tables without a No column.
    block_number: Option<Box<str>>,
    /// Under a `Program | Anggaran` line: the PK's budget lines.
    in_budgets: bool,
    /// The total line under the budget lines.
    budget_total: Option<ProgramBudget>,
    /// A sasaran line with no indikator under it yet (see [`State::sasaran_line`]).
    open_sasaran: Option<Location>,
    /// Numbered rows whose sasaran cell was blank, given the sasaran above them.
    carried: Vec<Location>,
    /// An indikator row without a number in a table with a No column: the table numbers its
    /// sasaran, not its indikator.
    unnumbered_rows: bool,
    /// The sasaran of the rows kept so far, for a later row's sasaran to find in one look-up.
    sasarans: Sasarans,
    /// The numbers read down the No column, for a number of four digits to continue them.
    numbers: numbering::Sequence,
    /// A kept row has a polarity: only then are the rows' polarities looked at, in a pass over
    /// every row (a cache miss a row: 2 ms of a 100 000-row PK's end, which has none).
    polarities: bool,
    /// A kept row's capaian or biaya, or a budget line's anggaran, holds a remark (a formula
    /// saved without its result, an error, a note): only then does `notices::of_quantities`
    /// go through every row's, as it does a budget's by `lines::Rare::remarks`.
    remarks: bool,
    /// The kept rows' biaya and capaian, for a row that adds them up or averages them.
    sum_lines: sum_lines::Lines,
    /// Under a notes line (`Keterangan:`): the rows are notes, not indikator.
    notes: Option<Notes>,
    /// The row (its index) of the last indikator kept or continued: a row of text alone right
    /// under it may be its text running on (see `rows.rs`).
    last_item_row: Option<u32>,
}

/// The notes line the rows under it belong to.
struct Notes {
    /// Its text and row, as a message names them.
    text: String,
    row: String,
    /// A row under it with numbers was said (once a block).
    said: bool,
}

/// Each sasaran text the kept rows hold, once, in the order first read: a row's sasaran is
/// matched against these without a pass over every row above it (that pass made a table's
/// import grow with the square of its rows).
#[derive(Default)]
struct Sasarans {
    /// Every text, as written; the same allocation as its place in `order`, and as the
    /// sasaran of every row that has it.
    texts: rustc_hash::FxHashSet<Arc<str>>,
    /// The distinct texts in the order first read.
    order: Vec<Arc<str>>,
    /// Their words, in the same order: the first of the same words, or a slip apart.
    names: crate::compute::similar::Index,
    /// The words of the text last looked up and found new (see [`State::same_sasaran`]), kept
    /// for when it is added: a new sasaran is normalised once, not again to be kept.
    looked_up: Option<(Arc<str>, crate::compute::similar::Name)>,
    /// The address of the text last kept or found: the row just looked up holds it, and is
    /// kept (see [`Sasarans::add`]) without its text hashed again. Every text kept lives as
    /// long as this, so no other text has its address.
    last: usize,
}

/// Where a text is, to tell it from others by its address only.
fn address(text: &Arc<str>) -> usize {
    Arc::as_ptr(text).cast::<u8>() as usize
}

impl Sasarans {
    fn add(&mut self, text: Option<&Arc<str>>) {
        use crate::compute::similar;
        let Some(text) = text else { return };
        if self.is_last(text) || self.texts.contains(&**text) {
            return;
        }
        let (text, name) = match self.looked_up.take() {
            Some((looked, name)) if looked == *text => (looked, name),
            _ => (text.clone(), similar::Name::new(text)),
        };
        self.last = address(&text);
        self.texts.insert(text.clone());
        self.names.push(name);
        self.order.push(text);
    }

    /// Whether `text` is the text kept or found last (see [`Sasarans::last`]).
    fn is_last(&self, text: &Arc<str>) -> bool {
        self.last != 0 && address(text) == self.last
    }
}

impl State {
    /// A `Sasaran n | …` line: the sasaran of the small table under it.
    fn sasaran_heading(&mut self, row: &Row) -> bool {
        let Some((number, text)) = sasaran_heading(row) else {
            return false;
        };
        self.sasaran = text.map(Arc::from);
        self.block_number = Some(number.into());
        true
    }

    /// The signature block starts at a row without data whose text is a date or an office. A
    /// row numbered in the No column is an item: `7`, or `1000` after `999` (a large table's
    /// rows are numbered so, and each was asked its lines' dates and offices). Not yet a
    /// sub-item of a long number (`1000.1`, which `numbering` reads as no number).
    fn opens_signature(&self, row: &Row, columns: &ColumnMap) -> bool {
        !self.indicators.is_empty()
            && !has_number(row, columns)
            && !self.continues_numbers(row, columns)
            && signature_row(row)
    }

    /// A long number in the row's own No cell that continues the numbers above it (a whole
    /// number is asked without making its text).
    fn continues_numbers(&self, row: &Row, columns: &ColumnMap) -> bool {
        let Some(cell) = columns.get(Role::No).and_then(|c| row.get(c)) else {
            return false;
        };
        if cell.spill != Spill::Own {
            return false;
        }
        if let Some(n) = whole_number(&cell.value) {
            return u64::try_from(n).is_ok_and(|v| self.numbers.continued_by(v));
        }
        if let Some(d) = cell_number(&cell.value) {
            let whole = u64::try_from(d).ok().filter(|_| d.fract().is_zero());
            return whole.is_some_and(|v| self.numbers.continued_by(v));
        }
        cell.text()
            .is_some_and(|t| self.numbers.continued_by_text(t.trim_start_matches('(')))
    }

    /// A whole number in the row's own No cell that follows the numbers above it: the table
    /// goes on under a notes line.
    fn numbered_on(&self, row: &Row, columns: &ColumnMap) -> bool {
        let cell = columns.get(Role::No).and_then(|c| row.get(c));
        let number = cell
            .filter(|c| c.spill == Spill::Own)
            .and_then(|c| match &c.value {
                Value::Text(t) => t.trim().trim_end_matches('.').parse::<u64>().ok(),
                v => whole_number(v).and_then(|n| u64::try_from(n).ok()),
            });
        number.is_some_and(|n| self.numbers.goes_on_with(n))
    }

    fn read_row(
        &mut self,
        row: &Row,
        columns: &ColumnMap,
        at: &At<'_>,
        doc: &mut Document,
    ) -> anyhow::Result<RowClass> {
        if header::is_repeat(row, columns)
            || is_month_row(row, columns)
            || is_year_row(row, columns)
        {
            return Ok(RowClass::Header);
        }
        if header::is_numbering(row) {
            return Ok(RowClass::Numbering);
        }
        if self.sasaran_heading(row) {
            self.notes = None;
            return Ok(RowClass::Heading);
        }
        if is_budget_header(row) {
            self.in_budgets = true;
            return Ok(RowClass::Header);
        }
        if let Some(budget) = budget_line(row, columns, self.in_budgets, at)? {
            return Ok(self.budget(budget, doc));
        }
        if let Some(class) = self.notes_row(row, columns, at, doc) {
            return Ok(class);
        }
        if let Some((label, what)) = summary_label(row, columns) {
            doc.notices
                .push(not_an_action(doc.kind, at, row, &label, what.message()));
            self.sum_lines.close();
            return Ok(RowClass::Total);
        }
        let mut ind = read_indicator(row, columns, at, doc)?;
        ind.indicator.number = self.number(row, columns, at, doc).map(Into::into);
        unread_cells(row, columns, at, doc);
        if let Some(text) = heading_only(&ind, row, columns, doc.kind) {
            doc.notices.push(not_an_action(
                doc.kind,
                at,
                row,
                &text,
                crate::msg!("read-what-heading"),
            ));
            return Ok(RowClass::Heading);
        }
        let found = self
            .sum_lines
            .find(&ind.indicator, ind.sasaran_own, row, columns, at);
        if let Some(found) = found {
            doc.notices.push(found.notice);
            if found.line {
                return Ok(RowClass::Total);
            }
        }
        // Right under the last indikator kept: its text may run on into this row.
        let under = self.last_item_row.take() == row.index.checked_sub(1);
        let joined = match self.wrapped_text(&ind, under, row, columns, doc) {
            Some(class) => Some(class),
            None => self.runs_on_with_figures(&mut ind, under, doc),
        };
        if let Some(class) = joined {
            self.last_item_row = Some(row.index);
            return Ok(class);
        }
        if ind.is_continuation() {
            return Ok(match self.indicators.last_mut() {
                Some(last) => {
                    continue_with(last, ind);
                    RowClass::Continuation
                }
                None => RowClass::Note,
            });
        }
        if !ind.has_data() {
            return Ok(if row_has_number(row) {
                unrecognised(doc, at, row);
                RowClass::Unrecognised
            } else {
                RowClass::Note
            });
        }
        if self.sasaran_line(&mut ind, row, columns, doc) || self.sasaran_row(&mut ind, doc) {
            return Ok(RowClass::Heading);
        }
        self.carry(&mut ind, columns, doc);
        self.open_sasaran = None;
        self.sasarans.add(ind.indicator.sasaran.as_ref());
        // A row's polarity and amounts are its own: nothing sets them once the row is kept.
        let i = &ind.indicator;
        self.polarities |= i.polaritas.is_some();
        self.remarks |= [i.stated_capaian.as_ref(), i.biaya()]
            .into_iter()
            .flatten()
            .any(Quantity::has_remark);
        self.sum_lines.add(i);
        self.indicators.push(ind.indicator);
        self.last_item_row = Some(row.index);
        Ok(RowClass::Item)
    }

    /// A header further down: the rows under it are another table's, or another page's.
    fn table_starts(&mut self) {
        self.notes = None;
        self.in_budgets = false;
    }

    /// A notes line under the table's rows (`Keterangan:`, `*) …`, see [`notes`]) and every
    /// row under it, up to a row numbered on from the table's: notes, not indikator. The first
    /// row of a block that holds numbers (a legend's `Sangat Baik | 90 | 100`) is said.
    fn notes_row(
        &mut self,
        row: &Row,
        columns: &ColumnMap,
        at: &At<'_>,
        doc: &mut Document,
    ) -> Option<RowClass> {
        if self.notes.is_some() && self.numbered_on(row, columns) {
            self.notes = None;
        }
        if self.notes.is_none() && !self.indicators.is_empty() {
            self.notes = notes::opens_notes(row).map(|text| Notes {
                text: crate::text::shorten_line(text, 40),
                row: at.location(0).row_name(),
                said: false,
            });
        }
        let block = self.notes.as_mut()?;
        if !block.said && notes::has_number(row) {
            block.said = true;
            let location = at.location(row.own().next().map_or(0, |c| c.col));
            let row_name = location.row_name();
            let message = match row_name == block.row {
                true => crate::msg!(
                    "read-notes-line-numbers",
                    row = row_name,
                    notes = block.text.clone()
                ),
                false => crate::msg!(
                    "read-notes-numbers",
                    row = row_name,
                    notes = block.text.clone(),
                    opening = block.row.clone()
                ),
            };
            doc.notices
                .push(Notice::new(NoticeKind::Doubt, message, location));
        }
        Some(RowClass::Note)
    }

    /// The row's item number, read on from the numbers above it (`1000` after `999`); a long
    /// number that does not follow them (`2023` after `7`) is no number, and that is said.
    fn number(
        &mut self,
        row: &Row,
        columns: &ColumnMap,
        at: &At<'_>,
        doc: &mut Document,
    ) -> Option<String> {
        let col = columns.get(Role::No);
        // A number cell's digits are made for the reading: kept as the item number.
        let reading = match text_ref(row, col, false) {
            Some(Cow::Owned(made)) => self.numbers.read_owned(made),
            token => self
                .numbers
                .read(token.as_deref().map(|t| t.trim_start_matches('('))),
        };
        match reading {
            numbering::Reading::Number(_, number) => Some(number),
            numbering::Reading::Doubt { number, last } => {
                let location = at.location(col.unwrap_or(0));
                doc.notices.push(Notice::new(
                    NoticeKind::Doubt,
                    crate::msg!(
                        "read-long-number",
                        row = location.row,
                        number = number,
                        last = last
                    ),
                    location,
                ));
                None
            }
            numbering::Reading::None => None,
        }
    }

    /// A budget line, or the total under them (`TOTAL ANGGARAN`): the first total is checked
    /// against the lines' sum; a second one is said, not added.
    fn budget(&mut self, budget: ProgramBudget, doc: &mut Document) -> RowClass {
        if !lines::is_total(Some(&budget.program)) {
            self.remarks |= budget.anggaran.has_remark();
            self.budgets.push(budget);
            return RowClass::Item;
        }
        if self.budget_total.is_some() {
            doc.notices.push(Notice::new(
                NoticeKind::Ambiguous,
                crate::msg!("read-second-budget-total", program = &budget.program),
                budget.location,
            ));
            return RowClass::Note;
        }
        self.budget_total = Some(budget);
        RowClass::Total
    }

    /// In one `Sasaran/Indikator` column (seed 001's Tabel 2.1) a row without a target is the
    /// sasaran of the rows under it, which are its indikator, numbered as their sasaran.
    fn sasaran_line(
        &mut self,
        ind: &mut Read,
        row: &Row,
        columns: &ColumnMap,
        doc: &mut Document,
    ) -> bool {
        if self.lone_sasaran_line(ind, row, columns, doc) {
            return true;
        }
        let shared = columns.get(Role::Sasaran);
        if shared.is_none() || shared != columns.get(Role::Indikator) {
            return false;
        }
        let i = &mut ind.indicator;
        if !has_target(i) {
            self.close_sasaran(doc);
            self.open_sasaran = Some(i.location.clone());
            // `Sasaran: Meningkatnya …` labels the line: the sasaran is its text.
            let text = i.indikator.take().map(|t| without_label(&t).to_string());
            self.sasaran = text.map(Arc::from);
            self.block_number = i.number.take();
            return true;
        }
        i.sasaran = self.sasaran.clone();
        if i.number.is_none() {
            i.number = self.block_number.clone();
        }
        false
    }

    /// In a table with an Indikator column and no Sasaran column, a numbered row with a text
    /// and no figure at all: the sasaran of the rows under it, said (unless numbered `I`, `II`
    /// or `A`, `B`, a doubt, and only when no other cell of the row holds anything). Read as an
    /// indikator, it measured nothing and the rows under it had no sasaran, or the sasaran
    /// above theirs.
    fn lone_sasaran_line(
        &mut self,
        ind: &mut Read,
        row: &Row,
        columns: &ColumnMap,
        doc: &mut Document,
    ) -> bool {
        let i = &ind.indicator;
        // `I`, `II` or `A`, `B` number sasaran where indikator are numbered otherwise; `1`, `2`
        // number either, so the reading is then a doubt (an indikator with no figure yet).
        let Some((style, _)) =
            (i.number.as_deref()).and_then(crate::layout::numbering::split_token)
        else {
            return false;
        };
        if columns.get(Role::Sasaran).is_some()
            || columns.get(Role::Indikator).is_none()
            || i.indikator.is_none()
            || ind.has_figures()
        {
            return false;
        }
        use crate::layout::numbering::Style;
        let sure = matches!(style, Style::Roman | Style::LetterUpper);
        // Figures: only a number and a text, no cell beside them (one whose column no header
        // names may hold the indikator's figures).
        let kept = [columns.get(Role::No), columns.get(Role::Indikator)];
        let alone = || {
            row.own()
                .filter(|c| shows(c))
                .all(|c| kept.contains(&Some(c.col)))
        };
        if !sure && !alone() {
            return false;
        }
        self.close_sasaran(doc);
        let i = &mut ind.indicator;
        let full = i.indikator.take().unwrap_or_default();
        let (row, number) = (i.location.row, i.number.as_deref().unwrap_or(""));
        let text = crate::text::shorten_line(&full, 50);
        let (kind, message) = match sure {
            true => (
                NoticeKind::Continuation,
                crate::msg!(
                    "read-lone-sasaran-line",
                    row = row,
                    number = number,
                    text = text
                ),
            ),
            false => (
                NoticeKind::Doubt,
                crate::msg!(
                    "read-lone-sasaran-doubt",
                    row = row,
                    number = number,
                    text = text
                ),
            ),
        };
        doc.notices
            .push(Notice::new(kind, message, i.location.clone()));
        self.open_sasaran = Some(i.location.clone());
        let text: Arc<str> = Arc::from(full);
        self.sasarans.add(Some(&text));
        self.sasaran = Some(text);
        true
    }

    /// A sasaran line with no indikator under it is said: its sasaran is in no row read.
    fn close_sasaran(&mut self, doc: &mut Document) {
        if let Some(location) = self.open_sasaran.take() {
            doc.notices.push(Notice::new(
                NoticeKind::Missing,
                crate::msg!(
                    "read-sasaran-without-indikator",
                    sasaran = crate::text::shorten_line(self.sasaran.as_deref().unwrap_or(""), 60),
                    row = location.row
                ),
                location,
            ));
        }
    }

    /// A sasaran is its text: a row with a sasaran of its own (or merged down to it) sets it,
    /// a row whose sasaran cell is blank continues the one above — numbered or not, as tables
    /// number their indikator (1–9 under 5 sasaran) as often as their sasaran.
    fn carry(&mut self, ind: &mut Read, columns: &ColumnMap, doc: &mut Document) {
        let i = &mut ind.indicator;
        if i.sasaran.is_some() {
            self.same_sasaran(i, doc);
            self.sasaran = i.sasaran.clone();
        } else {
            i.sasaran = self.sasaran.clone();
            let sasaran_column = columns.get(Role::Sasaran).is_some();
            if i.number.is_some() && sasaran_column {
                self.numbered_without_sasaran(i, doc);
            }
        }
        if i.number.is_none() && !ind.no_column_absent && i.indikator.is_some() {
            self.unnumbered_rows = true;
        }
        if ind.indicator.number.is_none() && ind.no_column_absent {
            ind.indicator.number = self.block_number.clone();
        }
        // Another action for the indikator above (RAK rows list several actions per indikator).
        let more_action = ind.indicator.aksi().is_some() && ind.indicator.number.is_none();
        if more_action && ind.indicator.indikator.is_none() && ind.indicator.target.is_none() {
            if let Some(last) = self.indicators.last() {
                ind.indicator.indikator = last.indikator.clone();
                ind.indicator.target = last.target.clone();
            }
        }
    }
}

impl State {
    /// A sasaran written again in a later row is the same sasaran, whatever its spacing, case
    /// or punctuation (`Terwujudnya  Data Pemilih.` is `Terwujudnya Data Pemilih`): it takes
    /// the text it was first written with, so that it groups as one. Written with a slip
    /// (`Terwujudnya Data Pemlih`), it is taken as the same too, and that is said.
    fn same_sasaran(&mut self, i: &mut Indicator, doc: &mut Document) {
        use crate::compute::similar;
        let Some(text) = i.sasaran.as_ref() else {
            return;
        };
        let seen = &mut self.sasarans;
        // The text kept first is the rows' one allocation of it.
        if let Some(kept) = seen.texts.get(&**text) {
            seen.last = address(kept);
            i.sasaran = Some(kept.clone());
            return;
        }
        let name = similar::Name::new(text);
        if let Some(first) = seen.names.first_same_words(&name) {
            seen.last = address(&seen.order[first]);
            i.sasaran = Some(seen.order[first].clone());
            return;
        }
        let Some(near) = seen.names.first_same(&name).map(|at| &seen.order[at]) else {
            // A new sasaran: its words are kept for when the row is (see [`Sasarans::add`]).
            seen.looked_up = Some((text.clone(), name));
            return;
        };
        doc.notices.push(Notice::new(
            NoticeKind::Doubt,
            crate::msg!(
                "read-sasaran-slip",
                row = i.location.row,
                text = crate::text::shorten_line(text, 60),
                near = crate::text::shorten_line(near, 60),
            ),
            i.location.clone(),
        ));
        seen.last = address(near);
        i.sasaran = Some(near.clone());
    }

    /// A numbered row with a blank sasaran cell: it continues the sasaran above; with none
    /// above, it has none, and that is said, as its grouping is a guess.
    fn numbered_without_sasaran(&mut self, i: &Indicator, doc: &mut Document) {
        if i.sasaran.is_some() {
            self.carried.push(i.location.clone());
            return;
        }
        doc.notices.push(Notice::new(
            NoticeKind::Doubt,
            crate::msg!(
                "read-numbered-without-sasaran",
                row = i.location.row,
                number = i.number.as_deref().unwrap_or("")
            ),
            i.location.clone(),
        ));
    }

    /// In a table that numbers its sasaran (rows without a number continue one), a numbered
    /// row with a blank sasaran may be a sasaran whose text is missing rather than one more
    /// indikator of the sasaran above: said, with the other reading.
    fn doubtful_carries(&mut self, doc: &mut Document) {
        if !self.unnumbered_rows {
            return;
        }
        // The first row kept at each row number, looked up once each, not found by a pass.
        let mut at_row = std::collections::HashMap::new();
        for i in &self.indicators {
            at_row.entry(i.location.row).or_insert(i);
        }
        for location in self.carried.drain(..) {
            let sasaran = at_row
                .get(&location.row)
                .and_then(|i| i.sasaran.as_deref())
                .map(|s| crate::text::shorten_line(s, 60))
                .unwrap_or_default();
            doc.notices.push(Notice::new(
                NoticeKind::Doubt,
                crate::msg!(
                    "read-numbered-carried",
                    row = location.row,
                    sasaran = sasaran
                ),
                location,
            ));
        }
    }
}

/// One body row as read, with what the row itself held.
struct Read {
    indicator: Indicator,
    /// The sasaran cell was the row's own, not carried down a merge.
    sasaran_own: bool,
    /// The table has no No column (kinerja blocks under `Sasaran n`).
    no_column_absent: bool,
    /// The row holds only a pelaksana, schedule marks or a note.
    only_followers: bool,
}

impl Read {
    fn has_data(&self) -> bool {
        let i = &self.indicator;
        i.number.is_some()
            || i.sasaran.is_some() && self.sasaran_own
            || i.indikator.is_some()
            || i.target.is_some()
            || i.realisasi.is_some()
            || i.stated_capaian.is_some()
            || i.aksi().is_some()
            || i.biaya().is_some()
            || has_target(i)
    }

    fn is_continuation(&self) -> bool {
        !self.has_data() && self.only_followers
    }
}

fn read_indicator(
    row: &Row,
    columns: &ColumnMap,
    at: &At<'_>,
    doc: &mut Document,
) -> anyhow::Result<Read> {
    let text = |role: Role, carried: bool| text_at(row, columns.get(role), carried);
    let sasaran_cell = columns.get(Role::Sasaran).and_then(|c| row.get(c));
    let mut ind = Indicator {
        // Read by `State::number`, with the numbers above it: not twice a row.
        number: None,
        sasaran: text_ref(row, columns.get(Role::Sasaran), true).map(|t| Arc::from(&*t)),
        indikator: text(Role::Indikator, true),
        target: written(row, columns, Role::Target),
        realisasi: written(row, columns, Role::Realisasi),
        stated_capaian: quantity(row, columns, Role::Capaian, Field::StatedCapaian, at)?,
        rak: RakFields {
            aksi: text(Role::Aksi, false),
            target_aksi: text(Role::TargetAksi, false),
            jadwal: jadwal(row, columns),
            biaya: quantity(row, columns, Role::Biaya, Field::Biaya, at)?,
            pelaksana: text(Role::Pelaksana, false),
        }
        .boxed(),
        polaritas: text(Role::Polaritas, true).map(Into::into),
        satuan: text(Role::Satuan, true).map(Into::into),
        renstra: RenstraFields {
            baseline: baseline(row, columns),
            periode: periode(row, columns),
        }
        .boxed(),
        location: at.location(row.own().next().map_or(0, |c| c.col)),
    };
    if ind.sasaran.is_none() && ind.indikator.is_none() {
        // A kinerja table without a Sasaran column: the indikator column may be the only text.
        ind.indikator = text(Role::Indikator, true);
    }
    if ind.periode().is_empty() {
        satuan_units(&mut ind, columns, at, doc);
    }
    persentase::fractions(&ind, at, doc);
    let follower =
        ind.pelaksana().is_some() || ind.scheduled_months() > 0 || text(Role::Ket, false).is_some();
    Ok(Read {
        sasaran_own: sasaran_cell.is_some_and(|c| c.spill == Spill::Own),
        no_column_absent: columns.get(Role::No).is_none(),
        only_followers: follower,
        indicator: ind,
    })
}

/// What a line that sums or averages the rows above is: no indikator or action of its own.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Summary {
    Total,
    Average,
}

impl Summary {
    /// What the label reads as, if either.
    fn of(label: &str) -> Option<Summary> {
        if lines::is_total(Some(label)) {
            Some(Summary::Total)
        } else if lines::is_average(label) {
            Some(Summary::Average)
        } else {
            None
        }
    }

    fn message(self) -> crate::i18n::Message {
        match self {
            Summary::Total => crate::msg!("read-what-total"),
            Summary::Average => crate::msg!("read-what-average"),
        }
    }
}

/// The label of a total or average line (`Sub Total`, `JUMLAH`, `Jumlah Program …`,
/// `Rata-rata`): the row's first text outside the sasaran, indikator and target columns, when
/// it reads as one, or such a label in the sasaran or indikator column ([`own_summary`]).
/// Such a row holds the sum or average of the rows above, not an action or an indikator.
fn summary_label(row: &Row, columns: &ColumnMap) -> Option<(String, Summary)> {
    let own = [Role::Sasaran, Role::Indikator, Role::Target, Role::Aksi];
    let outside = row
        .own()
        .filter(|c| columns.role_at(c.col).is_none_or(|r| !own.contains(&r)))
        .find_map(|c| c.text().map(str::trim).filter(|t| !t.is_empty()))
        .and_then(|label| match Summary::of(label) {
            Some(what) => Some((label, what)),
            None => lines::may_name_total(label).then_some((label, Summary::Total)),
        });
    match outside {
        Some((label, what)) => Some((label.to_string(), what)),
        None => own_summary(row, columns),
    }
}

/// A total's or average's label as the row's first own value in the sasaran column, with no
/// indikator of its own (`Subtotal` under the last sasaran, `Jumlah | | 177,5%`,
/// `Rata-rata | | 88,75%`), in the indikator column an average's (`| | Rata-rata capaian |
/// 95%`), or in the indikator or aksi column a bare total's (`| | JUMLAH |` under the last
/// indikator; a RAK's `JUMLAH` in its aksi column beside the biaya added up). Read as an
/// indikator or action it was one named `Jumlah`, nothing said it, and a RAK counted its biaya
/// twice. In the target column, with nothing left of it, either (`| | | Rata-rata Capaian |
/// 95,7%`). A number in the No column does not hide the label. A total's label with a word
/// of its own stays an indikator or action: `Jumlah pemilih` is one.
fn own_summary(row: &Row, columns: &ColumnMap) -> Option<(String, Summary)> {
    let own = |c: &&Cell| c.spill == Spill::Own && c.value != Value::Empty;
    // The row's number is not its label: `4 | JUMLAH` is as much a total as `| JUMLAH`.
    let no = columns.get(Role::No);
    let cell = row.own().find(|c| own(c) && Some(c.col) != no)?;
    let label = cell.text().map(str::trim)?;
    let indikator = columns.get(Role::Indikator);
    let what = if Some(cell.col) == columns.get(Role::Sasaran) {
        let has_indikator = indikator.and_then(|col| row.get(col)).filter(own).is_some();
        Summary::of(label).filter(|_| !has_indikator)
    } else if Some(cell.col) == indikator && lines::is_average(label) {
        Some(Summary::Average)
    } else if Some(cell.col) == columns.get(Role::Target) {
        // The label in the target column, nothing left of it: `| | | Rata-rata Capaian |`.
        let average = lines::is_average(label).then_some(Summary::Average);
        average.or(lines::is_bare_total(label).then_some(Summary::Total))
    } else if Some(cell.col) == indikator || Some(cell.col) == columns.get(Role::Aksi) {
        lines::is_bare_total(label).then_some(Summary::Total)
    } else {
        None
    }?;
    Some((label.to_string(), what))
}

/// A numbered row whose only text is in a column the kind has no place for (`1 | Program
/// Penyelenggaraan Pemilu …` over its kegiatan, in a table read as a RAK or PK): a heading
/// of the rows under it, not an indikator or action of its own. Returns that text.
fn heading_only(ind: &Read, row: &Row, columns: &ColumnMap, kind: DocKind) -> Option<String> {
    let i = &ind.indicator;
    let own_data = i.sasaran.is_some() && ind.sasaran_own
        || i.indikator.is_some()
        || i.target.is_some()
        || i.realisasi.is_some()
        || i.stated_capaian.is_some()
        || i.aksi().is_some()
        || i.biaya().is_some()
        || i.pelaksana().is_some()
        || i.scheduled_months() > 0;
    if i.number.is_none() || own_data {
        return None;
    }
    row.own()
        .filter(|c| {
            columns
                .role_at(c.col)
                .is_some_and(|r| !crate::kinds::places(kind, r))
        })
        .find_map(|c| c.text().map(str::trim).filter(|t| !t.is_empty()))
        .map(str::to_string)
}

/// A row of a performance table that is not read as an action or indikator, said as a doubt:
/// such rows suggest the table is of another kind.
fn not_an_action(
    kind: DocKind,
    at: &At<'_>,
    row: &Row,
    text: &str,
    what: crate::i18n::Message,
) -> Notice {
    let location = at.location(row.own().next().map_or(0, |c| c.col));
    Notice::new(
        NoticeKind::Doubt,
        crate::msg!(
            "read-not-an-action",
            row = location.row_name(),
            text = crate::text::shorten_line(text, 50),
            what = what,
            kind = kind.to_string(),
        ),
        location,
    )
}

/// A Satuan column's unit joined to the row's bare numbers, so they read as written with it:
/// `77,5` + `%` is `77,5%`, `12` + `Laporan` is `12 Laporan` — the target and realisasi, or in
/// a RAK whose Satuan stands right of the target aksi, that one. A target with a unit of its
/// own other than the column's is said: the target's is kept.
fn satuan_units(ind: &mut Indicator, columns: &ColumnMap, at: &At<'_>, doc: &mut Document) {
    use crate::compute::target;
    let Some(unit) = ind.satuan.clone() else {
        return;
    };
    let join = |w: &mut Option<Written>| {
        if let Some(joined) = w.as_ref().and_then(|w| target::in_unit(&w.text, &unit)) {
            if let Some(w) = w.as_mut() {
                w.text = joined.into();
            }
        }
    };
    if satuan_of_aksi(columns) {
        if let Some(joined) = ind.target_aksi().and_then(|t| target::in_unit(t, &unit)) {
            ind.rak_mut().target_aksi = Some(joined);
        }
        return;
    }
    join(&mut ind.target);
    join(&mut ind.realisasi);
    let Some(w) = ind.target.as_ref() else { return };
    let other = match target::parse(&w.text) {
        Some(target::Target::Percent { .. }) => !target::is_percent_unit(&unit),
        Some(target::Target::Count { unit: u, .. }) => {
            !u.is_empty() && !target::same_unit(&u, &unit)
        }
        _ => false,
    };
    if other {
        let location = Location {
            cell: w.cell.into(),
            ..at.location(0)
        };
        doc.notices.push(Notice::new(
            NoticeKind::Doubt,
            crate::msg!(
                "read-target-unit",
                row = location.row_name(),
                target = &*w.text,
                unit = &*unit
            ),
            location,
        ));
    }
}

/// In a RAK, a Satuan column right of the target aksi (and the target left of both) is the
/// action's unit, not the indikator's.
fn satuan_of_aksi(columns: &ColumnMap) -> bool {
    match (
        columns.get(Role::Satuan),
        columns.get(Role::TargetAksi),
        columns.get(Role::Target),
    ) {
        (Some(s), Some(a), t) => s > a && t.is_none_or(|t| t < a),
        _ => false,
    }
}

/// A continuation row adds its pelaksana and fills the months the row above left empty.
fn continue_with(last: &mut Indicator, more: Read) {
    let Some(more) = more.indicator.rak else {
        return;
    };
    if let Some(p) = more.pelaksana {
        let pelaksana = &mut last.rak_mut().pelaksana;
        *pelaksana = Some(match pelaksana.take() {
            Some(before) => format!("{before}\n{p}"),
            None => p,
        });
    }
    let Some(last) = last.rak.as_mut() else {
        return;
    };
    for (month, mark) in last.jadwal.iter_mut().zip(more.jadwal) {
        if month.trim().is_empty() {
            *month = mark;
        }
    }
}

/// A text column's own text, or the text a vertical merge carries down to it.
fn text_at(row: &Row, col: Option<u32>, carried: bool) -> Option<String> {
    text_ref(row, col, carried).map(Cow::into_owned)
}

/// [`text_at`], a text cell's text borrowed: the tests every body row is put to copy none.
fn text_ref(row: &Row, col: Option<u32>, carried: bool) -> Option<Cow<'_, str>> {
    let cell = row.get(col?)?;
    if cell.spill == Spill::Across || (cell.spill == Spill::Down && !carried) {
        return None;
    }
    shown_ref(cell)
}

/// The text a cell shows: a text trimmed, a number as written without float noise.
fn shown(cell: &Cell) -> Option<String> {
    shown_ref(cell).map(Cow::into_owned)
}

/// A number as written, without float noise: a whole one (a No cell's) as its digits, which
/// is what `Decimal`'s longer way to its text writes for it.
fn number_text(d: Decimal) -> String {
    let d = d.normalize();
    match d.scale() {
        // An i64's digits are written without the 128-bit division an i128's take.
        0 => match i64::try_from(d.mantissa()) {
            Ok(whole) => digits(whole),
            Err(_) => d.mantissa().to_string(),
        },
        _ => d.to_string(),
    }
}

/// A whole number's digits in a string of their exact size: a No cell's become the item's
/// number, boxed without another allocation (`to_string` leaves room to spare, and writing
/// through the formatter cost more than that).
fn digits(n: i64) -> String {
    itoa::Buffer::new().format(n).to_owned()
}

/// Whether [`shown`] has a text for the cell, made or not.
fn shows(cell: &Cell) -> bool {
    match &cell.value {
        Value::Text(t) => !t.trim().is_empty(),
        Value::Int(_) | Value::Date(_) => true,
        Value::Number(f) => numbers::from_float(*f).is_some(),
        _ => false,
    }
}

/// [`shown`], a text borrowed: only a number's text is made.
fn shown_ref(cell: &Cell) -> Option<Cow<'_, str>> {
    match &cell.value {
        Value::Text(t) => Some(Cow::Borrowed(t.trim())).filter(|t| !t.is_empty()),
        Value::Int(i) => Some(Cow::Owned(digits(*i))),
        Value::Number(f) => match whole_number(&cell.value) {
            Some(n) => Some(Cow::Owned(digits(n))),
            None => numbers::from_float(*f).map(|d| Cow::Owned(number_text(d))),
        },
        Value::Date(d) => Some(Cow::Owned(d.to_string())),
        _ => None,
    }
}

/// A target or realisasi as written. Under a `Target (%)` header a bare number is a percentage,
/// and is written with its `%` so it reads the same as `100%` elsewhere.
fn written(row: &Row, columns: &ColumnMap, role: Role) -> Option<Written> {
    written_at(row, columns, columns.get(role)?)
}

/// A number cell stored as a fraction: formatted as a percentage by the file, or in a column
/// whose number cells were found to be fractions. A text cell never is.
fn is_fraction(row: &Row, col: u32, cell: &Cell, columns: &ColumnMap) -> bool {
    cell_number(&cell.value).is_some()
        && (columns.percent_cells.contains(&(row.index, col)) || columns.fractions.contains(&col))
}

/// The text of column `col` as written (see [`written`]).
fn written_at(row: &Row, columns: &ColumnMap, col: u32) -> Option<Written> {
    let cell = row.get(col).filter(|c| c.spill == Spill::Own)?;
    if is_fraction(row, col, cell, columns) {
        if let Some(percent) = fraction_as_percent(&cell.value) {
            return Some(Written {
                text: format!(
                    "{}%",
                    crate::numbers::format_angka(percent, percent.scale().min(2))
                )
                .into(),
                cell: CellRef::new(row.index, col),
            });
        }
    }
    // A target typed as a number is written as people write it: `77,5`, not `77.5`.
    let mut text = match cell_number(&cell.value) {
        Some(d) if matches!(cell.value, Value::Number(_)) => {
            let d = d.normalize();
            crate::numbers::format_angka(d, d.scale())
        }
        _ => shown(cell)?,
    };
    let percent_header = columns.names.get(&col).is_some_and(|n| n.contains('%'));
    if percent_header && crate::numbers::looks_numeric(&text) {
        text.push('%');
    }
    Some(Written {
        text: text.into(),
        cell: CellRef::new(row.index, col),
    })
}

/// A number cell's value, converted once.
fn cell_number(value: &Value) -> Option<Decimal> {
    match value {
        Value::Number(f) => numbers::from_float(*f),
        Value::Int(i) => Some(Decimal::from(*i)),
        _ => None,
    }
}

/// 0,95 → 95: a percent-formatted number as the percentage it shows.
fn fraction_as_percent(value: &Value) -> Option<Decimal> {
    Some((cell_number(value)? * Decimal::ONE_HUNDRED).normalize())
}

fn quantity(
    row: &Row,
    columns: &ColumnMap,
    role: Role,
    field: Field,
    at: &At<'_>,
) -> anyhow::Result<Option<Quantity>> {
    let col = columns.get(role);
    let Some(cell) = col
        .and_then(|c| row.get(c))
        .filter(|c| c.spill == Spill::Own)
    else {
        return Ok(None);
    };
    let mut q = amounts::read(cell, field, at).map_err(|u| crate::error::input_error(u.message))?;
    // Only a number cell is a stored fraction: a text cell (`105,56`) is read as written.
    if col.is_some_and(|c| is_fraction(row, c, cell, columns)) {
        if let Some(q) = q.as_mut() {
            q.value = q.value.map(|v| (v * Decimal::ONE_HUNDRED).normalize());
        }
    }
    // A money column in thousands or millions of rupiah (see `scale`).
    match (col, q) {
        (Some(c), Some(q)) => super::scale::in_rupiah(q, &columns.scales, c, field, at)
            .map(Some)
            .map_err(|u| crate::error::input_error(u.message)),
        (_, q) => Ok(q),
    }
}

/// The twelve months' marks, January first; a quarter's mark fills its three months.
fn jadwal(row: &Row, columns: &ColumnMap) -> Vec<String> {
    // Read for every row: the month columns alone are visited, not every role of the table.
    let count = month_columns(columns).count();
    if count == 0 {
        return Vec::new();
    }
    let mut months = vec![String::new(); 12];
    let span = if count <= 4 { 3 } else { 1 };
    for (m, col) in month_columns(columns) {
        // An empty mark is written too: four month columns read as quarters overlap.
        let mark = row.get(col).and_then(shown).unwrap_or_default();
        let first = usize::from(m).saturating_sub(1).min(12);
        let end = (first + span).min(12);
        let Some((last, rest)) = months[first..end].split_last_mut() else {
            continue;
        };
        for slot in rest {
            slot.clone_from(&mark);
        }
        *last = mark;
    }
    months
}

/// The month (or quarter) columns of a table, January first: `Role::Month` keys are
/// contiguous in the role map.
fn month_columns(columns: &ColumnMap) -> impl Iterator<Item = (u8, u32)> + '_ {
    // A table without months (most, asked for every row) searches the map for none.
    let months = columns.roles.has_months();
    let range = months.then(|| columns.roles.range(Role::Month(0)..=Role::Month(u8::MAX)));
    range
        .into_iter()
        .flatten()
        .filter_map(|(role, col)| match role {
            Role::Month(m) => Some((*m, *col)),
            _ => None,
        })
}

/// A Renstra row's targets: one per year column, then the end-of-period column, each with
/// its cell (an empty cell has no target).
fn periode(row: &Row, columns: &ColumnMap) -> Vec<PeriodTarget> {
    let years = columns
        .year_columns()
        .into_iter()
        .map(|(c, y)| (c, Some(y), false));
    let end = columns
        .get(Role::TargetAkhir)
        .map(|c| (c, end_year(columns, c), true));
    years
        .chain(end)
        .map(|(col, tahun, akhir)| PeriodTarget {
            tahun: tahun.map(i32::from),
            akhir,
            target: in_unit(row, columns, written_at(row, columns, col))
                .map(|w| w.text.into_string()),
            cell: cell_name(row.index, col),
        })
        .collect()
}

/// A Renstra row's baseline, in the row's unit.
fn baseline(row: &Row, columns: &ColumnMap) -> Option<Written> {
    in_unit(row, columns, written(row, columns, Role::Baseline))
}

/// A bare number in the unit of the row's `Satuan`: `77,5` under `%` is `77,5%`, `5` under
/// `Dokumen` is `5 Dokumen`, so that it reads the same as the PK's and the BAB III's targets.
fn in_unit(row: &Row, columns: &ColumnMap, w: Option<Written>) -> Option<Written> {
    let unit = text_at(row, columns.get(Role::Satuan), true);
    w.map(|mut w| {
        if let Some(joined) = unit
            .as_deref()
            .and_then(|u| crate::compute::target::in_unit(&w.text, u))
        {
            w.text = joined.into();
        }
        w
    })
}

/// The year an end-of-period column names (`Kondisi Akhir 2024`), if any.
fn end_year(columns: &ColumnMap, col: u32) -> Option<u16> {
    let name = normalize(columns.names.get(&col)?);
    name.split(' ').find_map(super::columns::year_number)
}

/// The row states a target: its own, or one of a Renstra year.
fn has_target(i: &Indicator) -> bool {
    i.target.is_some() || i.periode().iter().any(|p| p.target.is_some())
}

/// `Sasaran 1 | Terwujudnya …` (or `Sasaran 1: Terwujudnya …` in one cell).
fn sasaran_heading(row: &Row) -> Option<(String, Option<String>)> {
    let mut own = row.own().filter(|c| shows(c));
    // Only a text starts with `Sasaran`: asked of every row, a number's text is not made.
    let Value::Text(first) = &own.next()?.value else {
        return None;
    };
    let rest = first
        .trim()
        .strip_prefix("Sasaran")
        .or_else(|| first.strip_prefix("SASARAN"))?;
    let rest = rest.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    let inline = rest[digits.len()..]
        .trim_start_matches([':', '.', ' '])
        .trim();
    let text = if inline.is_empty() {
        own.next().and_then(shown)
    } else {
        Some(inline.to_string())
    };
    Some((digits, text))
}

/// A sasaran line's text without its label: `Sasaran: Meningkatnya …` → `Meningkatnya …`.
fn without_label(text: &str) -> &str {
    let trimmed = text.trim();
    let label = trimmed
        .get(..7)
        .filter(|l| l.eq_ignore_ascii_case("sasaran"));
    match label.and_then(|_| trimmed[7..].trim_start().strip_prefix(':')) {
        Some(rest) if !rest.trim().is_empty() => rest.trim(),
        _ => trimmed,
    }
}

/// The row under a RAK header that names the months (`B1 … B12`), repeated at page breaks;
/// OCR leaves some as `10` or `E12`.
fn is_month_row(row: &Row, columns: &ColumnMap) -> bool {
    let count = month_columns(columns).count();
    if count == 0 {
        return false;
    }
    let texts = || row.own().filter_map(Cell::text);
    // The short texts first, without keeping them: a data row's long texts are not read for
    // a month name.
    if !texts().all(|t| t.chars().count() <= 4) {
        return false;
    }
    let months = texts()
        .filter(|t| matches!(super::columns::role_of(t), Some(Role::Month(_))))
        .count();
    months * 2 >= count
}

/// The year row of a Renstra header, repeated at a page break (`2020 … 2024`).
fn is_year_row(row: &Row, columns: &ColumnMap) -> bool {
    // A table without year columns (most) reads no cell for a year.
    if columns.years() == 0 {
        return false;
    }
    let years: Option<Vec<u16>> = row.own().map(header::year_cell).collect();
    years.is_some_and(|y| y.len() * 2 >= columns.years())
}

/// A Renstra year whose cell is empty is said, never read as 0: once for a column empty on
/// every row, else once per cell.
fn empty_targets(doc: &mut Document, indicators: &[Indicator]) {
    let Some(first) = indicators.first() else {
        return;
    };
    for (k, column) in first.periode().iter().enumerate() {
        let empty: Vec<&Indicator> = indicators
            .iter()
            .filter(|i| i.periode().get(k).is_some_and(|p| p.target.is_none()))
            .collect();
        let at = |i: &Indicator| Location {
            cell: i
                .periode()
                .get(k)
                .map_or(Default::default(), |p| p.cell.as_str().into()),
            ..i.location.clone()
        };
        let label = column.label();
        if empty.len() == indicators.len() && indicators.len() > 1 {
            doc.notices.push(Notice::new(
                NoticeKind::Missing,
                crate::msg!("read-no-target-in-column", label = &label),
                at(first),
            ));
            continue;
        }
        for i in empty {
            let location = at(i);
            doc.notices.push(Notice::new(
                NoticeKind::Missing,
                crate::msg!(
                    "read-no-target",
                    row = location.row,
                    label = &label,
                    cell = location.cell.to_string()
                ),
                location,
            ));
        }
    }
}

/// `Program | Anggaran` (with `No` before and `Ket` after, as a table of their own has them):
/// the head of a PK's budget lines.
fn is_budget_header(row: &Row) -> bool {
    // Asked of every body row: a text whose first word is none of these cannot normalize to
    // a budget header's name, and settles it without normalizing the (long) texts of a data
    // row.
    const WORDS: [&str; 9] = [
        "no",
        "ket",
        "keterangan",
        "program",
        "kegiatan",
        "uraian",
        "anggaran",
        "pagu",
        "alokasi",
    ];
    let mut texts: Vec<String> = Vec::new();
    for text in row.own().filter_map(Cell::text) {
        if !super::columns::first_word_in(text, &WORDS) {
            return false;
        }
        let norm = normalize(text);
        if !matches!(norm.as_str(), "no" | "ket" | "keterangan") {
            texts.push(norm);
        }
    }
    // `Program | Anggaran`, `Kegiatan | Pagu Anggaran (Rp)`, `Uraian | Alokasi Anggaran`.
    const NAMES: [&str; 4] = ["program", "kegiatan", "program kegiatan", "uraian"];
    const AMOUNT: [&str; 5] = ["anggaran", "pagu", "alokasi", "rp", "dana"];
    let amount = |t: &str| {
        let mut words = t.split(' ').filter(|w| !w.is_empty());
        words.clone().any(|w| w == "anggaran" || w == "pagu") && words.all(|w| AMOUNT.contains(&w))
    };
    texts.len() == 2 && NAMES.contains(&texts[0].as_str()) && amount(&texts[1])
}

/// A row whose every line is short, one of them a date, an office or a NIP, and none an
/// amount: where a signature block starts. A cell's lines count one by one (a Word cell holds
/// the whole block).
fn signature_row(row: &Row) -> bool {
    // Asked of every unnumbered row (a RAK's further actions): the lines are walked once and
    // not kept, the cheap tests (length, an amount) first, and no line is asked whether it
    // opens a block once one has.
    let lines = row
        .own()
        .filter_map(Cell::text)
        .flat_map(trimmed_lines)
        .filter(|l| !l.is_empty());
    let mut opens = false;
    for line in lines {
        if line.len() >= 80 || is_amount_text(line) {
            return false;
        }
        opens = opens || signature::opens_block_trimmed(line);
    }
    opens
}

/// The lines of a trimmed text, each trimmed. A text of one line (most cells) is its own line:
/// neither split nor trimmed again (asked of every line of many body rows).
fn trimmed_lines(text: &str) -> impl Iterator<Item = &str> {
    let (one, many) = match memchr::memchr(b'\n', text.as_bytes()) {
        None => (Some(text), None),
        Some(_) => (None, Some(text.lines().map(str::trim))),
    };
    one.into_iter().chain(many.into_iter().flatten())
}

/// A row with a No cell holding a number.
fn has_number(row: &Row, columns: &ColumnMap) -> bool {
    let Some(cell) = columns.get(Role::No).and_then(|c| row.get(c)) else {
        return false;
    };
    if let Some(token) = whole_token(&cell.value).filter(|_| cell.spill == Spill::Own) {
        return token;
    }
    // The number in the No column: `1`, `1.`, `(1)`.
    text_ref(row, columns.get(Role::No), false)
        .is_some_and(|t| numbering::is_token(t.trim_start_matches('(')))
}

/// Whether a whole number in a No cell is an item number as its text would be (three digits
/// at most, see `numbering::split_token`), without making the text (asked of every row);
/// `None` for any other value.
fn whole_token(value: &Value) -> Option<bool> {
    if let Some(n) = whole_number(value) {
        return Some((0..=999).contains(&n));
    }
    let d = cell_number(value).filter(|d| d.fract().is_zero())?;
    Some(!d.is_sign_negative() && d <= Decimal::from(999))
}

/// A number cell holding a whole number as [`numbers::from_float`] reads it exactly (below
/// 9e15), without making a `Decimal`: asked of every row's No cell, two or three times. `None`
/// for any other value, a float that rounds to a whole number included (the `Decimal` way
/// then answers).
fn whole_number(value: &Value) -> Option<i64> {
    match value {
        Value::Int(i) => Some(*i),
        Value::Number(f) if f.fract() == 0.0 && f.abs() < 9e15 => Some(*f as i64),
        _ => None,
    }
}

fn row_has_number(row: &Row) -> bool {
    row.own().any(|c| match &c.value {
        Value::Int(_) | Value::Number(_) => true,
        Value::Text(t) => numbers::looks_numeric(t),
        _ => false,
    })
}

fn is_amount_text(text: &str) -> bool {
    // As `to_lowercase` judged it, without the copy: lowercasing makes no digit and changes none.
    // A first ASCII byte is a character of its own, lowercased alone (most lines end here).
    match text.as_bytes().first() {
        None => return false,
        Some(b) if b.is_ascii() && !b.eq_ignore_ascii_case(&b'r') => return false,
        Some(_) => {}
    }
    let mut lower = text.chars().flat_map(char::to_lowercase);
    lower.next() == Some('r')
        && lower.next() == Some('p')
        && text.chars().any(|c| c.is_ascii_digit())
}

/// A program's budget line: a program name and an amount marked `Rp` (or any large number
/// under a `Program | Anggaran` line).
fn budget_line(
    row: &Row,
    columns: &ColumnMap,
    in_budgets: bool,
    at: &At<'_>,
) -> anyhow::Result<Option<ProgramBudget>> {
    // A row with an indikator of its own, or a cost in the biaya column, is an action; under
    // a `Program | Anggaran` line the indikator column holds a program or its anggaran.
    let indikator = text_ref(row, columns.get(Role::Indikator), false);
    if !in_budgets && indikator.is_some_and(|t| !normalizes_to(&t, "rp") && !is_amount_text(&t)) {
        return Ok(None);
    }
    let cells: Vec<&Cell> = row
        .own()
        .filter(|c| in_budgets || Some(c.col) != columns.get(Role::Biaya))
        .collect();
    // The whole line in one cell sits in the leftmost columns, where program names are.
    let left = columns
        .get(Role::Sasaran)
        .into_iter()
        .chain(columns.get(Role::No))
        .max()
        .unwrap_or(1);
    let leftmost: Vec<&Cell> = cells.iter().copied().filter(|c| c.col <= left).collect();
    if let Some(inline) = inline_budget(row, &leftmost, at)? {
        return Ok(Some(inline));
    }
    let rp_before = |i: usize| i > 0 && cells[i - 1].text().is_some_and(|t| normalizes_to(t, "rp"));
    // An amount marked `Rp` that cannot be read is an error, as in any amount column.
    let marked = |i: usize, t: &str| is_amount_text(t) || rp_before(i);
    let amount_at = cells.iter().enumerate().position(|(i, c)| match c.text() {
        Some(t) => marked(i, t) || (in_budgets && large_amount(t)),
        None => in_budgets && matches!(c.value, Value::Int(_) | Value::Number(_)),
    });
    let Some(i) = amount_at else { return Ok(None) };
    let texts: Vec<String> = cells[..i]
        .iter()
        .filter_map(|c| shown(c))
        .filter(|t| !normalizes_to(t, "rp"))
        .collect();
    let (number, program) = program_text(&texts);
    let Some(program) = program else {
        return Ok(None);
    };
    let anggaran = amounts::read(cells[i], Field::Amount, at)
        .map_err(|u| crate::error::input_error(u.message))?;
    let Some(anggaran) = anggaran else {
        return Ok(None);
    };
    Ok(Some(ProgramBudget {
        number,
        program,
        anggaran,
        location: at.location(cells[0].col),
    }))
}

/// The whole line in one cell: `1. Penyelenggaraan Pemilu … Rp. 10.069.050.000,-`.
fn inline_budget(row: &Row, cells: &[&Cell], at: &At<'_>) -> anyhow::Result<Option<ProgramBudget>> {
    for cell in cells {
        let Some(text) = cell.text() else { continue };
        let Some(split) = rp_split(text) else {
            continue;
        };
        let (name, amount) = text.split_at(split);
        let (number, program) = program_text(&[name
            .trim()
            .trim_end_matches([':', '-', '…', '.'])
            .trim()
            .to_string()]);
        let Some(program) = program else { continue };
        let parsed = numbers::parse_amount(amount).map_err(|e| {
            let location = at.location(cell.col);
            crate::error::input_error(t!(
                "read-program-budget-unreadable",
                location = location.to_string(),
                error = e.to_string()
            ))
        })?;
        let Some(parsed) = parsed else { continue };
        let mut anggaran = Quantity::at(CellRef::new(row.index, cell.col));
        anggaran.value = Some(parsed.value);
        anggaran.set_note(parsed.note, parsed.said);
        return Ok(Some(ProgramBudget {
            number,
            program,
            anggaran,
            location: at.location(cells[0].col),
        }));
    }
    Ok(None)
}

/// Where `Rp` starts in a text that names something first (`Program … Rp 2.348.197.000`).
fn rp_split(text: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    let at = lower.rfind("rp")?;
    let before = &text[..at];
    let letters = before.chars().filter(|c| c.is_alphabetic()).count();
    let word_start = before.ends_with(|c: char| c.is_whitespace() || c == '(' || c == ':');
    let digits = lower[at..].chars().any(|c| c.is_ascii_digit());
    (letters >= 3 && word_start && digits).then_some(at)
}

fn large_amount(text: &str) -> bool {
    matches!(numbers::parse_amount(text), Ok(Some(p)) if p.value >= Decimal::from(1000))
}

/// `["1.", "Penyelenggaraan …"]` or `["1. Penyelenggaraan …"]` → number and program name.
fn program_text(texts: &[String]) -> (Option<String>, Option<String>) {
    let mut number = None;
    let mut name = None;
    for t in texts {
        if let Some((_, n)) = numbering::split_token(t) {
            number.get_or_insert(n);
        } else if let Some((_, n, rest)) = numbering::split(t) {
            number.get_or_insert(n);
            name.get_or_insert(rest);
        } else if t.chars().any(char::is_alphabetic) {
            name.get_or_insert(t.clone());
        }
    }
    (number, name)
}

/// Texts and numbers in columns the header does not name: kept out, and said row by row.
fn unread_cells(row: &Row, columns: &ColumnMap, at: &At<'_>, doc: &mut Document) {
    let unread: Vec<&Cell> = row
        .own()
        .filter(|c| columns.role_at(c.col).is_none() && shows(c))
        .collect();
    let Some(first) = unread.first() else { return };
    let word = crate::model::is_word(at.file);
    let names: Vec<String> = unread
        .iter()
        .map(|c| match word {
            true => (c.col + 1).to_string(),
            false => column_name(c.col),
        })
        .collect();
    let quoted: Vec<String> = unread
        .iter()
        .filter_map(|c| shown(c))
        .take(2)
        .map(|t| format!("'{}'", crate::text::shorten_line(&t, 40)))
        .collect();
    doc.notices.push(Notice::new(
        NoticeKind::UnreadColumn,
        crate::msg!(
            "read-cells-under-no-header",
            row = at.location(first.col).row_name(),
            word = if word { "word" } else { "sheet" },
            columns = names.join(", "),
            texts = quoted.join(", ")
        ),
        at.location(first.col),
    ));
}

fn unrecognised(doc: &mut Document, at: &At<'_>, row: &Row) {
    let col = row.own().next().map_or(0, |c| c.col);
    doc.notices
        .push(super::unrecognised_notice(at.location(col)));
}

/// The signature blocks: under the table, and in a Word document also the tables above it
/// that are signature blocks, each table read on its own. A cell's lines are lines of a block.
fn read_signatures(above: &[&Row], tail: &[&Row], doc: &mut Document) {
    let runs: Vec<&[&Row]> = match crate::model::is_word(&doc.file) {
        true => word::runs(above)
            .into_iter()
            .chain(word::runs(tail))
            .collect(),
        false => vec![tail],
    };
    let mut signatures = Vec::new();
    for run in runs {
        let mut cells = Vec::new();
        for row in run {
            doc.rows.push((row.index + 1, RowClass::Signature));
            for c in row.own() {
                let Some(text) = shown(c) else { continue };
                let lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
                cells.extend(lines.map(|l| (row.index, c.col, l.to_string())));
            }
        }
        signatures.extend(signature::blocks(&cells, &doc.file, &doc.sheet));
    }
    doc.signatures = signatures;
}

/// A Polaritas cell lakip cannot read is said, not silently taken as higher-is-better; one
/// the target's comparator contradicts (`naik` beside `Maks. 2%`) is a doubt. `noted`: some
/// row was kept with a polarity ([`State::polarities`]).
fn unknown_polarities(doc: &mut Document, noted: bool) {
    use crate::compute::capaian::Polarity;
    use crate::compute::target::{bound, Bound};
    if !noted {
        debug_assert!(doc.indicators().iter().all(|i| i.polaritas.is_none()));
        return;
    }
    let contradicted: Vec<(String, String, Location)> = doc
        .indicators()
        .iter()
        .filter_map(|i| {
            let p = i.polaritas.as_deref()?;
            let target = i.target.as_ref()?;
            let (b, _) = bound(&target.text)?;
            let against = matches!(
                (Polarity::from_name(p)?, b),
                (Polarity::Higher, Bound::AtMost) | (Polarity::Lower, Bound::AtLeast)
            );
            against.then(|| (p.to_string(), target.text.to_string(), i.location.clone()))
        })
        .collect();
    for (p, target, location) in contradicted {
        doc.notices.push(Notice::new(
            NoticeKind::Doubt,
            crate::msg!(
                "read-polaritas-contradicted",
                polaritas = p,
                target = target
            ),
            location,
        ));
    }
    let unknown: Vec<(String, Location)> = doc
        .indicators()
        .iter()
        .filter_map(|i| {
            let p = i.polaritas.as_deref()?;
            Polarity::from_name(p)
                .is_none()
                .then(|| (p.to_string(), i.location.clone()))
        })
        .collect();
    for (p, location) in unknown {
        doc.notices.push(Notice::new(
            NoticeKind::Ambiguous,
            crate::msg!("read-polaritas-unknown", polaritas = p),
            location,
        ));
    }
}

/// A RAK whose schedule columns are empty on every row shows its schedule some other way
/// (cell colours lakip cannot read): said once for the sheet, not once per action.
/// Period columns (`TW I … TW IV`) under a `Target` title, and no column of the year's target:
/// the periods' targets are kept as written (as the schedule), and the year's target is not
/// read — whether it is the last period's (cumulative) or their sum is not written. Said as a
/// doubt at the title, which `check` reports; before, the target was empty with nothing said.
fn targets_by_period(doc: &mut Document, columns: &ColumnMap, header: At<'_>) {
    if columns.get(Role::Target).is_some() || doc.indicators().is_empty() {
        return;
    }
    let under_target = columns.roles.iter().find_map(|(r, c)| {
        let named = columns.names.get(c)?;
        let target = matches!(r, Role::Month(_))
            && crate::layout::columns::role_of(named) == Some(Role::Target);
        target.then_some((*c, named.clone()))
    });
    let Some((col, name)) = under_target else {
        return;
    };
    doc.notices.push(Notice::new(
        NoticeKind::Doubt,
        crate::msg!("read-targets-by-period", name = name),
        header.location(col),
    ));
}

fn unscheduled_sheet(doc: &mut Document, columns: &ColumnMap) {
    if doc.kind.purpose() != Purpose::ActionPlan
        || columns.months() == 0
        || doc.indicators().is_empty()
    {
        return;
    }
    if doc.indicators().iter().all(|i| i.scheduled_months() == 0) {
        let first = columns
            .roles
            .iter()
            .find_map(|(r, c)| matches!(r, Role::Month(_)).then_some(*c));
        let location = Location {
            cell: CellRef::new(doc.indicators()[0].location.row - 1, first.unwrap_or(0)).into(),
            ..doc.indicators()[0].location.clone()
        };
        // Said here for the import; `check` reports it as rak-unscheduled, not as unread.
        doc.notices.push(Notice::new(
            NoticeKind::Ambiguous,
            crate::msg!("read-rak-unscheduled"),
            location,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A whole number's answer is the one its text gives.
    #[test]
    fn whole_numbers_are_tokens_as_their_text() {
        let floats = [
            0.0,
            -0.0,
            1.0,
            7.0,
            999.0,
            1000.0,
            2023.0,
            -1.0,
            1e-9,
            12.0000000001,
        ];
        let values = floats
            .iter()
            .map(|f| Value::Number(*f))
            .chain([0, 1, 999, 1000, -5, 123456].map(Value::Int));
        for value in values {
            let text = match &value {
                Value::Number(f) => numbers::from_float(*f).map(number_text),
                Value::Int(i) => Some(i.to_string()),
                _ => None,
            };
            let Some(token) = whole_token(&value) else {
                continue;
            };
            assert_eq!(
                Some(token),
                text.map(|t| numbering::is_token(&t)),
                "{value:?}"
            );
        }
    }

    /// A whole number read without a `Decimal` is the one `from_float` reads, and written the
    /// same; a float that is not whole is left to `from_float`.
    #[test]
    fn whole_numbers_as_from_float_reads_them() {
        let floats = [
            0.0, -0.0, 7.0, 999.0, 1000.0, -5.0, 1e15, 8.9e15, 9e15, 1e300,
        ];
        for f in floats
            .into_iter()
            .chain([1e-9, 999.9999999, 12.5, f64::NAN])
        {
            let Some(n) = whole_number(&Value::Number(f)) else {
                assert!(f.fract() != 0.0 || f.abs() >= 9e15 || f.is_nan(), "{f}");
                continue;
            };
            let d = numbers::from_float(f).unwrap();
            assert_eq!(Decimal::from(n), d, "{f}");
            assert_eq!(digits(n), number_text(d), "{f}");
        }
        assert_eq!(whole_number(&Value::Int(-3)), Some(-3));
    }

    /// A whole number's text is the one `Decimal` writes.
    #[test]
    fn number_texts_are_decimals_texts() {
        for f in [0.0, 1.0, 12.5, 1e15, -3.0, 0.1, 99.56, 1234567.891] {
            let d = numbers::from_float(f).unwrap();
            assert_eq!(number_text(d), d.normalize().to_string(), "{f}");
        }
    }

    /// A whole number's digits, in a string of their size (an item's number is boxed as is).
    #[test]
    fn digits_are_written_to_their_size() {
        for n in [0, 7, -5, 1000, i64::MAX, i64::MIN] {
            let text = digits(n);
            assert_eq!(
                (text.as_str(), text.capacity()),
                (n.to_string().as_str(), text.len())
            );
        }
    }
}
