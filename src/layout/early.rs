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
use super::lines::{Columns, Line};
use super::{plan, read_lines, Percents, Plan};
use crate::kinds::DocKind;
use crate::source::{Row, Sheet, Value};
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
    state: State,
}

enum State {
    /// Waiting for the first rows.
    Planning,
    /// Header found: reading every row from `body_start`.
    Reading(Box<Reading>),
    /// Nothing to read early (an indicator table, no header, or the rows were restarted).
    Off,
}

struct Reading {
    plan: Plan,
    columns: Columns,
    body_start: usize,
    lines: Body,
    /// Where a second table's header is, in the sheet's rows.
    cut: Option<usize>,
    percents: Percents,
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
            state: State::Planning,
        }
    }

    /// The sheet's name.
    pub fn sheet(&self) -> &str {
        &self.sheet
    }

    /// The next rows of the sheet, in order.
    pub fn feed(&mut self, rows: &[Row]) {
        let mut rows = rows;
        if matches!(self.state, State::Planning) {
            let wanted = PLAN_ROWS.saturating_sub(self.first.len()).min(rows.len());
            self.first.extend_from_slice(&rows[..wanted]);
            rows = &rows[wanted..];
            if self.first.len() < PLAN_ROWS {
                return;
            }
            self.state = self.start();
            let first = std::mem::take(&mut self.first);
            self.read(&first);
        }
        self.read(rows);
    }

    /// The rows are coming again from the start (the file stored its cells out of order):
    /// what was read early is dropped, and the sheet is read as a whole at the end.
    pub fn restart(&mut self) {
        self.state = State::Off;
        self.first = Vec::new();
    }

    fn start(&self) -> State {
        match plan(&self.first, self.kind, &super::spreadsheet_row) {
            Ok(plan) if !plan.kind.is_indicator_table() => State::Reading(Box::new(Reading {
                columns: Columns::new(&plan.columns),
                body_start: plan.header_pos + plan.header_rows,
                plan,
                lines: Vec::new(),
                cut: None,
                percents: Percents::default(),
            })),
            _ => State::Off,
        }
    }

    fn read(&mut self, rows: &[Row]) {
        let start = self.seen;
        self.seen += rows.len();
        self.zero_formula |= rows
            .iter()
            .flat_map(|r| &r.cells)
            .any(|c| c.formula.is_some() && matches!(c.value, Value::Int(0) | Value::Number(0.0)));
        let State::Reading(reading) = &mut self.state else {
            return;
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
            reading.percents.add(line);
        }
    }

    /// The body lines and the second table's position, when they are what reading the whole
    /// sheet with `plan` would give.
    pub(crate) fn lines_for(
        self,
        file: &str,
        plan: &Plan,
        sheet: &Sheet,
    ) -> Option<(Body, Option<usize>, Percents)> {
        let State::Reading(reading) = self.state else {
            return None;
        };
        let same = reading.plan == *plan
            && self.seen == sheet.rows.len()
            && (sheet.formulas_computed || !self.zero_formula)
            && *self.file == *file
            && *self.sheet == *sheet.name;
        same.then_some((reading.lines, reading.cut, reading.percents))
    }
}
