//! Reading body lines while a sheet is still streaming in, so that recognition runs on one
//! core while the reader parses cells on the other.
//!
//! The header is looked for in the first rows only (see `header::find`), so once those have
//! arrived the columns are known and every later row can be read on its own. Whether these
//! early lines are used is decided at the end, against the whole sheet: the same header and
//! kind, every row seen, and formulas saved with their results (the one sheet-wide fact a
//! line depends on, assumed while streaming). Otherwise the body is read again, as for any
//! other sheet: the early reading saves time, it never changes a result.

use super::amounts::At;
use super::header::PLAN_ROWS;
use super::indicators::Streamed;
use super::lines::{Columns, Line};
use super::{plan, read_lines, BodyNotes, Plan};
use crate::kinds::DocKind;
use crate::pipeline::Freer;
use crate::source::{Cell, Row, Sheet, Spill, Value};
use std::sync::Arc;

/// Body lines with their 0-based rows.
type Body = Vec<(u32, Line)>;

/// Body lines of one sheet, read as its rows arrive.
pub struct Early {
    file: Arc<str>,
    sheet: Arc<str>,
    kind: Option<DocKind>,
    /// The first rows, kept until the header can be found in them.
    first: Vec<Row>,
    /// Rows seen so far: the position in the sheet of the next one.
    seen: usize,
    /// A formula cell showing 0 was seen: its reading depends on `Sheet::formulas_computed`.
    zero_formula: bool,
    /// Rows of the sheet whose cells were taken once read (see [`Early::feed`]).
    hollowed: usize,
    /// The rows the sheet says it has (0: it does not say).
    stated: usize,
    state: State,
}

enum State {
    /// Waiting for the first rows.
    Planning,
    /// Header found: reading every row from `body_start`.
    Reading(Box<Reading>),
    /// Header found, a PK, kinerja or RAK table: reading its rows into indikator.
    Performance(Box<Performance>),
    /// Nothing to read early (a Word document's indicator table, no header, or the rows were
    /// restarted).
    Off,
}

struct Performance {
    plan: Plan,
    body_start: usize,
    streamed: Streamed,
}

struct Reading {
    plan: Plan,
    columns: Columns,
    body_start: usize,
    lines: Body,
    /// Where a second table's header is, in the sheet's rows.
    cut: Option<usize>,
    /// What is noted of the lines read (see [`BodyNotes`]).
    noted: BodyNotes,
    /// Where the cells of the rows read are freed (a thread of its own for a large sheet).
    freer: Freer<Vec<Cell>>,
}

impl Early {
    pub fn new(file: &str, sheet: &str, kind: Option<DocKind>) -> Early {
        Early {
            file: file.into(),
            sheet: sheet.into(),
            kind,
            first: Vec::new(),
            seen: 0,
            zero_formula: false,
            hollowed: 0,
            stated: 0,
            state: State::Planning,
        }
    }

    /// The sheet's name.
    pub fn sheet(&self) -> &str {
        &self.sheet
    }

    /// The next rows of the sheet, in order. A body row read into a line gives up its cells
    /// (they are the largest part of a large sheet's memory, and the line holds what was read
    /// from them); the first rows, which say the header and the kind, are kept whole. Should
    /// the whole sheet not confirm the early reading, the file is read again (see
    /// [`Early::lines_for`]).
    pub fn feed(&mut self, rows: &mut [Row]) {
        let mut rows = rows;
        if matches!(self.state, State::Planning) {
            let wanted = PLAN_ROWS.saturating_sub(self.first.len()).min(rows.len());
            let (first, rest) = rows.split_at_mut(wanted);
            self.first.extend_from_slice(first);
            rows = rest;
            if self.first.len() < PLAN_ROWS {
                return;
            }
            self.state = self.start();
            let mut first = std::mem::take(&mut self.first);
            self.read(&mut first, false);
        }
        self.read(rows, true);
    }

    /// The rows the sheet says it has, before they come: the room a performance table's
    /// indikator list is given (see `indicators::Streamed::expect`).
    pub fn expect(&mut self, rows: usize) {
        self.stated = rows;
    }

    /// Rows of the sheet whose cells were taken: the sheet cannot be read again from them.
    pub fn hollowed(&self) -> usize {
        self.hollowed
    }

    /// The rows are coming again from the start (the file stored its cells out of order):
    /// what was read early is dropped, and the sheet is read as a whole at the end.
    pub fn restart(&mut self) {
        self.state = State::Off;
        self.first = Vec::new();
    }

    fn start(&self) -> State {
        match plan(&self.first, self.kind, &super::spreadsheet_row) {
            Ok(plan) if plan.kind.is_indicator_table() => self.performance(plan),
            Ok(plan) => State::Reading(Box::new(Reading {
                columns: Columns::new(&plan.columns),
                body_start: plan.header_pos + plan.header_rows,
                plan,
                lines: Vec::new(),
                cut: None,
                noted: BodyNotes::default(),
                freer: Freer::for_rows(),
            })),
            _ => State::Off,
        }
    }

    /// A performance table is read early but in a Word document (not streamed).
    fn performance(&self, plan: Plan) -> State {
        let body_start = plan.header_pos + plan.header_rows;
        let head = self.first.get(..body_start);
        match head.filter(|_| !crate::model::is_word(&self.file)) {
            Some(head) => State::Performance(Box::new(Performance {
                streamed: Streamed::new(&self.file, &self.sheet, &plan, head)
                    .expect(self.stated.saturating_sub(body_start)),
                body_start,
                plan,
            })),
            None => State::Off,
        }
    }

    fn read(&mut self, rows: &mut [Row], hollow: bool) {
        let start = self.seen;
        self.seen += rows.len();
        self.zero_formula |= rows
            .iter()
            .flat_map(|r| &r.cells)
            .any(|c| c.formula.is_some() && matches!(c.value, Value::Int(0) | Value::Number(0.0)));
        let reading = match &mut self.state {
            State::Reading(reading) => reading,
            State::Performance(p) => {
                self.hollowed += performance_rows(p, rows, start, &self.file, &self.sheet, hollow);
                return;
            }
            _ => return,
        };
        if reading.cut.is_some() {
            return;
        }
        let skip = reading.body_start.saturating_sub(start).min(rows.len());
        let (file, sheet) = (&self.file, &self.sheet);
        // Formulas are assumed saved with their results; `lines_for` checks it at the end.
        let at = |row: u32| At {
            file,
            sheet,
            row,
            formulas_computed: true,
        };
        let read = reading.lines.len();
        let cut = read_lines(&rows[skip..], &reading.columns, &at, &mut reading.lines);
        reading.cut = cut.map(|i| start + skip + i);
        for (_, line) in &reading.lines[read..] {
            reading.noted.add(line);
        }
        if hollow {
            let end = cut.map_or(rows.len(), |i| skip + i);
            let read = &reading.lines[read..];
            let freer = &mut reading.freer;
            self.hollowed += hollow_rows(&mut rows[skip..end], read, &reading.columns, freer);
        }
    }

    /// The body lines and the second table's position, when they are what reading the whole
    /// sheet with `plan` would give. `Err` when they are not and rows gave up their cells:
    /// the sheet must be read again (see [`Reread`]).
    pub(crate) fn lines_for(
        self,
        file: &str,
        plan: &Plan,
        sheet: &Sheet,
    ) -> Result<Option<(Body, Option<usize>, BodyNotes)>, Reread> {
        let hollowed = self.hollowed > 0;
        let State::Reading(reading) = self.state else {
            return if hollowed { Err(Reread) } else { Ok(None) };
        };
        let same = reading.plan == *plan
            && self.seen == sheet.rows.len()
            && (sheet.formulas_computed || !self.zero_formula)
            && *self.file == *file
            && *self.sheet == *sheet.name;
        match (same, hollowed) {
            (true, _) => Ok(Some((reading.lines, reading.cut, reading.noted))),
            (false, true) => Err(Reread),
            (false, false) => Ok(None),
        }
    }

    /// What was read of a performance table while it streamed in, when the whole sheet read
    /// with `plan` confirms it (the reading goes on from there: `indicators::read_split`).
    /// `Err` when it does not and rows gave up their cells: the sheet must be read again.
    pub(crate) fn performance_for(
        self,
        file: &str,
        plan: &Plan,
        sheet: &Sheet,
    ) -> Result<Option<Streamed>, Reread> {
        let hollowed = self.hollowed > 0;
        let State::Performance(mut p) = self.state else {
            return if hollowed { Err(Reread) } else { Ok(None) };
        };
        let same = p.plan == *plan
            && self.seen == sheet.rows.len()
            && (sheet.formulas_computed || !self.zero_formula)
            && *self.file == *file
            && *self.sheet == *sheet.name
            && p.streamed.stands(sheet, p.body_start);
        match (same, hollowed) {
            (true, _) => Ok(Some(p.streamed)),
            (false, true) => Err(Reread),
            (false, false) => Ok(None),
        }
    }
}

/// Feeds a performance table's rows from sheet position `start` on (those under the header);
/// returns how many gave up their cells.
fn performance_rows(
    p: &mut Performance,
    rows: &mut [Row],
    start: usize,
    file: &Arc<str>,
    sheet: &Arc<str>,
    hollow: bool,
) -> usize {
    let skip = p.body_start.saturating_sub(start).min(rows.len());
    if skip == rows.len() {
        return 0;
    }
    // Formulas are assumed saved with their results; `performance_for` checks it at the end.
    let at = |row: u32| At {
        file,
        sheet,
        row,
        formulas_computed: true,
    };
    let base = start + skip - p.body_start;
    p.streamed.feed(&mut rows[skip..], base, &at, hollow)
}

/// The early reading does not stand and rows gave up their cells: the file must be read
/// again, whole, without early reading (`pipeline::read_file` does). Rare: cells stored out
/// of order, or formulas showing 0 in a sheet saved without computing them.
#[derive(Debug)]
pub struct Reread;

impl std::fmt::Display for Reread {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never shown: the pipeline reads the file again when it meets this.
        f.write_str("the sheet is read again")
    }
}

impl std::error::Error for Reread {}

/// Takes the cells of the rows just read into `lines` (one a row that is not blank), but
/// those of a row whose amounts a later stage reads again from the cells: an entry with a text
/// of its own in an amount column (the notices weigh how a column writes its numbers from the cells'
/// texts, `notices::of_quantities`). Returns how many rows gave up their cells.
fn hollow_rows(
    rows: &mut [Row],
    lines: &[(u32, Line)],
    columns: &Columns,
    freer: &mut Freer<Vec<Cell>>,
) -> usize {
    let mut taken = 0;
    let rows = rows.iter_mut().filter(|r| r.own().next().is_some());
    for (row, (index, line)) in rows.zip(lines) {
        if row.index != *index {
            // Not the row the line was read from: nothing more is taken.
            break;
        }
        let text_amount = || {
            row.cells
                .iter()
                .filter(|c| c.spill == Spill::Own)
                .any(|c| matches!(c.value, Value::Text(_)) && columns.is_amount_column(c.col))
        };
        if matches!(line, Line::Entry(_) | Line::Total(_)) && text_amount() {
            continue;
        }
        freer.free(std::mem::take(&mut row.cells));
        taken += 1;
    }
    taken
}
