//! Stage 2, recognise layout: find the header, classify every row, build the hierarchy.
//!
//! A sheet is read top to bottom: title block, header (with its numbering row and repeats at
//! page breaks), body, and the signature block under the last row that holds an amount.

pub mod amounts;
pub mod columns;
pub mod header;
pub mod hierarchy;
pub mod lines;
pub mod numbering;
pub mod signature;

use crate::model::{DocKind, Document, Location, Notice, RowClass, Signature};
use crate::numbers;
use crate::source::{Row, Sheet, Spill};
use amounts::At;
use columns::Role;
use lines::{Entry, Line};

/// The outcome for one sheet.
#[derive(Debug)]
pub enum Recognition {
    Document(Box<Document>),
    /// Not a table lakip knows, with the reason (printed as "skipped sheet …: reason").
    Skipped(String),
}

/// Recognises one sheet. Errors are unreadable amounts: they stop the import of the file.
pub fn recognise(file: &str, sheet: &Sheet, kind: Option<DocKind>) -> anyhow::Result<Recognition> {
    if sheet.rows.is_empty() {
        return Ok(Recognition::Skipped("the sheet is empty".into()));
    }
    let Some((header_pos, columns)) = header::find(&sheet.rows) else {
        return Ok(Recognition::Skipped(
            "no recognisable column header (looked for Uraian, Program Kegiatan, Sasaran, \
             Anggaran, Pagu, Realisasi… in the first 40 rows)"
                .into(),
        ));
    };
    let (kind, kind_reason) = match (kind, columns.kind()) {
        (Some(k), _) => (k, "set with --kind".to_string()),
        (None, Some(found)) => found,
        (None, None) => {
            let row = sheet.rows[header_pos].index + 1;
            return Ok(Recognition::Skipped(format!(
                "the header in row {row} names no amount column that makes an rkt or anggaran table"
            )));
        }
    };
    let mut doc = Document {
        file: file.to_string(),
        sheet: sheet.name.clone(),
        kind,
        kind_reason,
        fields: columns
            .amount_columns()
            .into_iter()
            .map(|(f, _)| f)
            .collect(),
        title: Vec::new(),
        headings: Vec::new(),
        items: Vec::new(),
        totals: Vec::new(),
        signature: None,
        rows: Vec::new(),
        blank_rows: 0,
        notices: Vec::new(),
    };
    let at = |row: u32| At {
        file,
        sheet: &sheet.name,
        row,
    };
    read_title(&sheet.rows[..header_pos], &mut doc, &at);
    doc.rows
        .push((sheet.rows[header_pos].index + 1, RowClass::Header));
    let mut body = Vec::new();
    for row in &sheet.rows[header_pos + 1..] {
        if is_blank(row) {
            continue;
        }
        body.push((row.index, lines::read(row, &columns, &at(row.index))?));
    }
    let tail = split_tail(&mut body);
    let built = hierarchy::build(&body, columns.get(Role::Kode).is_some());
    doc.headings = built.headings;
    doc.items = built.items;
    doc.totals = built.totals;
    doc.rows
        .extend(built.classes.iter().map(|(r, c)| (r + 1, *c)));
    read_tail(tail, &mut doc);
    finish(&mut doc, sheet, &body);
    Ok(Recognition::Document(Box::new(doc)))
}

/// A row with nothing of its own: empty, or only copies of merged cells from above.
fn is_blank(row: &Row) -> bool {
    row.cells.iter().all(|c| c.spill != Spill::Own)
}

fn read_title<'a>(rows: &[Row], doc: &mut Document, at: &dyn Fn(u32) -> At<'a>) {
    for row in rows.iter().filter(|r| !is_blank(r)) {
        let texts: Vec<&str> = row.own_cells().filter_map(|c| c.text()).collect();
        let numeric_only = texts.iter().all(|t| numbers::looks_numeric(t));
        if texts.is_empty() || numeric_only {
            doc.rows.push((row.index + 1, RowClass::Unrecognised));
            if let Some(cell) = row.own_cells().next() {
                unrecognised(doc, at(row.index).location(cell.col));
            }
        } else {
            doc.rows.push((row.index + 1, RowClass::Title));
            doc.title.push(texts.join(" "));
        }
    }
}

/// The notice given for a row with numbers that fits no class.
pub const UNRECOGNISED: &str = "a row with numbers that is no header, item, heading or total";

fn unrecognised(doc: &mut Document, location: Location) {
    doc.notices.push(Notice {
        message: UNRECOGNISED.into(),
        location,
    });
}

/// Splits off the rows under the last amount: notes, then the signature block.
fn split_tail(body: &mut Vec<(u32, Line)>) -> Vec<(u32, Entry)> {
    let last_data = body.iter().rposition(|(_, l)| match l {
        Line::Total(_) => true,
        Line::Entry(e) => e.has_amounts(),
        _ => false,
    });
    let start = last_data.map_or(0, |i| i + 1);
    let movable = body[start..]
        .iter()
        .all(|(_, l)| matches!(l, Line::Entry(e) if !e.has_amounts()));
    if !movable || start >= body.len() {
        return Vec::new();
    }
    let opens = body[start..].iter().position(
        |(_, l)| matches!(l, Line::Entry(e) if e.texts().iter().any(|t| signature::opens_block(t))),
    );
    let Some(opens) = opens else {
        return Vec::new();
    };
    body.drain(start + opens..)
        .filter_map(|(r, l)| match l {
            Line::Entry(e) => Some((r, e)),
            _ => None,
        })
        .collect()
}

fn read_tail(tail: Vec<(u32, Entry)>, doc: &mut Document) {
    let Some(first) = tail.first() else { return };
    let location = first.1.location.clone().unwrap_or_default();
    let lines: Vec<String> = tail.iter().flat_map(|(_, e)| e.texts()).collect();
    for (row, _) in &tail {
        doc.rows.push((row + 1, RowClass::Signature));
    }
    doc.signature = Some(signature::parse(&lines, location))
        .filter(|s: &Signature| s.name.is_some() || s.date.is_some());
}

/// Row accounting, and notices for what the reader could not take at face value.
fn finish(doc: &mut Document, sheet: &Sheet, body: &[(u32, Line)]) {
    doc.rows.sort_by_key(|(r, _)| *r);
    let last = sheet
        .rows
        .iter()
        .rev()
        .find(|r| !is_blank(r))
        .map_or(0, |r| r.index + 1);
    doc.blank_rows = (last as usize).saturating_sub(doc.rows.len());
    for (_, line) in body {
        if let Line::Unrecognised(location) = line {
            unrecognised(doc, location.clone());
        }
    }
    let quantities = doc
        .items
        .iter()
        .map(|i| (&i.amounts, &i.location))
        .chain(doc.headings.iter().map(|h| (&h.stated, &h.location)))
        .chain(doc.totals.iter().map(|t| (&t.stated, &t.location)));
    let mut notices = Vec::new();
    for (amounts, location) in quantities {
        for q in amounts.values() {
            let at = Location {
                cell: q.cell.clone(),
                ..location.clone()
            };
            if let Some(formula) = &q.uncomputed_formula {
                notices.push(Notice {
                    message: format!(
                        "the formula ={formula} has no computed value; open and save the file in \
                         Excel or LibreOffice so its formulas are computed"
                    ),
                    location: at.clone(),
                });
            }
            if let Some(note) = &q.note {
                notices.push(Notice {
                    message: note.clone(),
                    location: at,
                });
            }
        }
    }
    doc.notices.extend(notices);
    for cell in &sheet.clipped {
        doc.notices.push(Notice {
            message: format!(
                "a cell beyond the {} rows × {} columns lakip reads was ignored",
                crate::source::MAX_ROWS,
                crate::source::MAX_COLS
            ),
            location: Location {
                file: doc.file.clone(),
                sheet: doc.sheet.clone(),
                cell: cell.clone(),
                row: 0,
            },
        });
    }
    doc.notices.sort_by_key(|n| n.location.row);
}
