//! What a Word document's sheet (see `source::docx`) says beyond a spreadsheet's: where one
//! table ends and another starts. A PK typed in Word has its first page (the agreement and the
//! two parties' signatures in a table) above the PK's table, its program budgets and
//! signatures in tables of their own under it, and often a Rencana Aksi after that.

use super::Plan;
use crate::kinds::DocKind;
use crate::source::docx::{describe_row, place, Place};
use crate::source::Row;

/// The header and kind of the first table that has one, searched table by table (the
/// paragraphs of a long first page do not count against the rows a header is looked for in).
pub(crate) fn plan(rows: &[Row], kind: Option<DocKind>) -> Result<Plan, String> {
    let mut reasons = Vec::new();
    let mut start = 0;
    while start < rows.len() {
        let Some(table) = table_of(&rows[start]) else {
            start += 1;
            continue;
        };
        let len = rows[start..]
            .iter()
            .take_while(|r| table_of(r) == Some(table))
            .count();
        match super::plan(&rows[start..start + len], kind, &describe_row) {
            Ok(mut plan) => {
                plan.header_pos += start;
                return Ok(plan);
            }
            Err(reason) => reasons.push(crate::t!(
                "read-skip-word-table",
                table = table,
                reason = reason
            )),
        }
        start += len;
    }
    Err(crate::t!(
        "read-skip-word-no-table",
        reasons = reasons.join("; ")
    ))
}

/// The table a row belongs to; `None` for a paragraph.
pub fn table_of(row: &Row) -> Option<u32> {
    match place(row.index) {
        Place::Table { table, .. } => Some(table),
        Place::Above { .. } | Place::After { .. } => None,
    }
}

/// The row is the first of a table other than `current`.
pub fn starts_other_table(row: &Row, current: u32) -> bool {
    table_of(row).is_some_and(|t| t != current)
}

/// The rows above a table's header, told apart: the title is the run of paragraphs right above
/// the header's table and its own rows above the header; the earlier tables (each a run of
/// rows) and paragraphs are the rest.
pub struct Above<'a> {
    pub title: &'a [Row],
    pub tables: Vec<&'a [Row]>,
    pub paragraphs: Vec<&'a Row>,
}

pub fn above<'a>(rows: &'a [Row], header_table: u32) -> Above<'a> {
    let title_start = rows
        .iter()
        .rposition(|r| match place(r.index) {
            Place::Above { table, .. } | Place::Table { table, .. } => table != header_table,
            Place::After { .. } => true,
        })
        .map_or(0, |i| i + 1);
    let (rest, title) = rows.split_at(title_start);
    let mut tables: Vec<&[Row]> = Vec::new();
    let mut paragraphs = Vec::new();
    let mut i = 0;
    while i < rest.len() {
        match table_of(&rest[i]) {
            Some(t) => {
                let len = rest[i..]
                    .iter()
                    .take_while(|r| table_of(r) == Some(t))
                    .count();
                tables.push(&rest[i..i + len]);
                i += len;
            }
            None => {
                paragraphs.push(&rest[i]);
                i += 1;
            }
        }
    }
    Above {
        title,
        tables,
        paragraphs,
    }
}

/// Rows in runs by table, each run of paragraphs a run of its own: a signature block is read
/// within one table, never across two.
pub fn runs<'a, 'r>(rows: &'a [&'r Row]) -> Vec<&'a [&'r Row]> {
    rows.chunk_by(|a, b| table_of(a) == table_of(b)).collect()
}
