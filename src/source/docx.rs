//! Word (.docx): the document body read in order into one sheet, so the layout stage reads a
//! Perjanjian Kinerja typed in Word as it reads one pasted into a spreadsheet.
//!
//! A table's rows are rows of the sheet, its cells at their grid columns; a paragraph outside
//! the tables is a row with its text in the first column, so the title above a table and the
//! signature block under it are read as in a sheet. A cell's paragraphs are its lines (`\n`).
//! `w:gridSpan` and `w:vMerge` become merged regions, applied as a sheet's are (a copy marked
//! `Across` or `Down`).
//!
//! The rows are numbered so that a location names its table and row: table `t` starts at row
//! `t × BLOCK_ROWS`, the paragraphs above it end right before that (so a title touches its
//! table), and the paragraphs after the last table follow it from `TAIL_START`. [`place`]
//! reads a row back as `tabel 2, baris 4`. The numbers between are no rows of the document:
//! [`Sheet::gap_rows`] says how many there are, so they are not counted as blank rows.

use super::{assemble, Cell, Merge, Sheet, SourceWarning, Spill, Value, MAX_COLS, MAX_ROWS};
use crate::error::input_error;
use crate::t;
use quick_xml::events::{BytesStart, Event};
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

/// Rows of the sheet one table and the paragraphs above it take.
pub const BLOCK_ROWS: u32 = 10_000;
/// A table's rows, from the start of its block.
const TABLE_ROWS: u32 = 5_000;
/// The paragraphs after the last table, from this row of its block.
const TAIL_START: u32 = 5_000;
/// The paragraphs above a table, in the last rows of the block before it.
const ABOVE_ROWS: u32 = 2_500;
/// Tables whose block fits in the rows lakip reads.
const MAX_TABLES: u32 = (MAX_ROWS - TABLE_ROWS) / BLOCK_ROWS;

/// The name of the sheet a Word document is read into.
pub const SHEET: &str = "dokumen";

/// Where a row of a Word document's sheet is in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A table's row, 1-based.
    Table { table: u32, row: u32 },
    /// The paragraph `nth` above a table (1: right above it).
    Above { table: u32, nth: u32 },
    /// The paragraph `nth` after the last table.
    After { table: u32, nth: u32 },
}

/// The place of a 0-based row of the sheet.
pub fn place(row: u32) -> Place {
    let (block, offset) = (row / BLOCK_ROWS, row % BLOCK_ROWS);
    if offset >= BLOCK_ROWS - ABOVE_ROWS {
        Place::Above {
            table: block + 1,
            nth: BLOCK_ROWS - offset,
        }
    } else if offset >= TAIL_START {
        Place::After {
            table: block,
            nth: offset - TAIL_START + 1,
        }
    } else {
        Place::Table {
            table: block,
            row: offset + 1,
        }
    }
}

/// `tabel 2, baris 4, kolom 3` for a 0-based row and column.
pub fn describe(row: u32, col: u32) -> String {
    match place(row) {
        Place::Table { table, row } => format!("tabel {table}, baris {row}, kolom {}", col + 1),
        Place::Above { table, nth } => format!("paragraf ke-{nth} di atas tabel {table}"),
        Place::After { table, nth } => format!("paragraf ke-{nth} sesudah tabel {table}"),
    }
}

/// `tabel 2, baris 4` (or the paragraph) for a 1-based row, for messages that name a row.
pub fn describe_row(row: u32) -> String {
    let at = describe(row.saturating_sub(1), 0);
    match at.rsplit_once(", kolom") {
        Some((row, _)) => row.to_string(),
        None => at,
    }
}

/// Is this zip file a Word document (does it hold `word/document.xml`)? `None` when the zip
/// cannot be opened (damaged or truncated).
pub(super) fn is_docx(path: &Path) -> Option<bool> {
    let zip = zip::ZipArchive::new(BufReader::new(File::open(path).ok()?)).ok()?;
    Some(zip.index_for_name(DOCUMENT).is_some())
}

const DOCUMENT: &str = "word/document.xml";

/// The one line for a document the zip or XML reader cannot read. The reason is the reader's,
/// which may quote the damaged bytes, line breaks and all: it is put on one line.
fn damaged(file: &str, reason: &dyn std::fmt::Display) -> anyhow::Error {
    input_error(t!(
        "source-docx-damaged",
        file = file,
        reason = crate::text::one_line(&reason.to_string())
    ))
}

/// Reads the body of a Word document into one sheet.
pub(super) fn read(path: &Path, file: &str) -> anyhow::Result<Sheet> {
    let damaged = |reason: &dyn std::fmt::Display| damaged(file, reason);
    let input = File::open(path).map_err(|e| super::cannot_open(file, &e))?;
    let mut zip = zip::ZipArchive::new(BufReader::new(input)).map_err(|e| damaged(&e))?;
    let entry = zip.by_name(DOCUMENT).map_err(|e| damaged(&e))?;
    let body = parse(BufReader::new(entry)).map_err(|e| damaged(&e))?;
    if body.tables.is_empty() {
        return Err(input_error(t!("source-docx-no-table", file = file)));
    }
    Ok(lay_out(body))
}

/// One block of a Word document's body read as text (`lakip audit`): a paragraph, or a table
/// as rows of cell texts (a cell's lines joined by a space; a cell a vertical merge covers is
/// empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextBlock {
    Paragraph(String),
    Table(Vec<Vec<String>>),
}

/// Reads the body of a Word document in order, paragraphs and tables, as text.
pub fn read_text(path: &Path, file: &str) -> anyhow::Result<Vec<TextBlock>> {
    let damaged = |reason: &dyn std::fmt::Display| damaged(file, reason);
    let input = File::open(path).map_err(|e| super::cannot_open(file, &e))?;
    let mut zip = zip::ZipArchive::new(BufReader::new(input)).map_err(|e| damaged(&e))?;
    let entry = zip.by_name(DOCUMENT).map_err(|e| damaged(&e))?;
    let body = parse(BufReader::new(entry)).map_err(|e| damaged(&e))?;
    let mut blocks = Vec::new();
    for (above, rows) in body.tables {
        blocks.extend(above.into_iter().map(TextBlock::Paragraph));
        let rows = rows
            .into_iter()
            .map(|r| r.cells.into_iter().map(|c| c.lines.join(" ")).collect())
            .collect();
        blocks.push(TextBlock::Table(rows));
    }
    blocks.extend(body.tail.into_iter().map(TextBlock::Paragraph));
    Ok(blocks)
}

/// A cell as Word stores it: its text, the grid columns it spans, and its vertical merge.
#[derive(Debug, Default)]
struct WordCell {
    lines: Vec<String>,
    span: u32,
    merge: VMerge,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum VMerge {
    #[default]
    None,
    /// `<w:vMerge w:val="restart"/>`: the first cell of a vertical merge.
    Restart,
    /// `<w:vMerge/>`: the cell continues the merge above.
    Continue,
}

#[derive(Debug, Default)]
struct WordRow {
    /// Grid columns left empty before the first cell (`w:gridBefore`).
    before: u32,
    cells: Vec<WordCell>,
}

/// The body in order: each table with the paragraphs above it, and the paragraphs after the
/// last table.
#[derive(Debug, Default)]
struct Body {
    tables: Vec<(Vec<String>, Vec<WordRow>)>,
    tail: Vec<String>,
}

/// What the parser is inside of.
#[derive(Default)]
struct Parse {
    body: Body,
    /// Paragraphs since the last table.
    paragraphs: Vec<String>,
    rows: Vec<WordRow>,
    /// Tables open: 1 inside a table, 2 inside a table in a cell…
    tables: u32,
    /// The paragraph being read.
    text: String,
    /// Inside `w:t`: its text is the paragraph's.
    in_text: bool,
    /// Inside a run (`w:r`): a `w:tab` there is a tab, not a tab stop's definition.
    in_run: bool,
}

impl Parse {
    fn start(&mut self, e: &BytesStart<'_>) {
        let name = e.local_name();
        match name.as_ref() {
            "tbl" => self.tables += 1,
            "tr" if self.tables == 1 => self.rows.push(WordRow::default()),
            "tc" if self.tables == 1 => {
                if let Some(row) = self.rows.last_mut() {
                    row.cells.push(WordCell {
                        span: 1,
                        ..WordCell::default()
                    });
                }
            }
            "gridBefore" if self.tables == 1 => {
                if let Some(row) = self.rows.last_mut() {
                    row.before = number_val(e).unwrap_or(0).min(MAX_COLS);
                }
            }
            "gridSpan" if self.tables == 1 => {
                if let Some(cell) = self.cell() {
                    cell.span = number_val(e).unwrap_or(1).clamp(1, MAX_COLS);
                }
            }
            "vMerge" if self.tables == 1 => {
                if let Some(cell) = self.cell() {
                    cell.merge = match val(e).as_deref() {
                        Some("restart") => VMerge::Restart,
                        _ => VMerge::Continue,
                    };
                }
            }
            "t" => self.in_text = true,
            "r" => self.in_run = true,
            "tab" if self.in_run => self.text.push('\t'),
            "br" | "cr" if self.in_run && val_of(e, "type").is_none_or(|t| t == "textWrapping") => {
                self.text.push('\n')
            }
            "noBreakHyphen" if self.in_run => self.text.push('-'),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "t" => self.in_text = false,
            "r" => self.in_run = false,
            "p" => {
                let text = std::mem::take(&mut self.text);
                if self.tables == 0 {
                    self.paragraphs.push(text);
                } else if let Some(cell) = self.cell() {
                    cell.lines.push(text);
                }
            }
            // A table in a cell: its paragraphs are lines of the cell.
            "tbl" if self.tables > 1 => self.tables -= 1,
            "tbl" => {
                self.tables = 0;
                let above = std::mem::take(&mut self.paragraphs);
                let rows = std::mem::take(&mut self.rows);
                self.body.tables.push((above, rows));
            }
            _ => {}
        }
    }

    fn cell(&mut self) -> Option<&mut WordCell> {
        if self.tables == 0 {
            return None;
        }
        self.rows.last_mut()?.cells.last_mut()
    }
}

fn parse<R: BufRead>(input: R) -> Result<Body, quick_xml::Error> {
    let mut xml = quick_xml::Reader::from_reader(input);
    let config = xml.config_mut();
    config.trim_text(false);
    config.expand_empty_elements = true;
    let mut state = Parse::default();
    let mut buf = Vec::new();
    let mut saw_end = false;
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf)? {
            // The picture a newer Word shows is also stored in the old form: read one of them.
            // Deleted and moved-away text is no text of the document.
            Event::Start(e) if skipped(e.local_name().as_ref()) => {
                let end = e.to_end().into_owned();
                xml.read_to_end_into(end.name(), &mut Vec::new())?;
            }
            Event::Start(e) => state.start(&e),
            Event::End(e) if e.local_name().as_ref() == "document" => saw_end = true,
            Event::End(e) => state.end(e.local_name().as_ref()),
            Event::Text(t) if state.in_text => state.text.push_str(&t.xml10_content()),
            Event::CData(t) if state.in_text => state.text.push_str(&t.into_inner()),
            Event::GeneralRef(r) if state.in_text => {
                let resolved = match r.resolve_char_ref()? {
                    Some(c) => Some(c.to_string()),
                    None => quick_xml::escape::resolve_predefined_entity(&r).map(str::to_string),
                };
                state.text.push_str(resolved.as_deref().unwrap_or_default());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_end {
        return Err(quick_xml::Error::Syntax(
            quick_xml::errors::SyntaxError::UnclosedTag,
        ));
    }
    let mut body = state.body;
    body.tail = state.paragraphs;
    Ok(body)
}

fn skipped(name: &str) -> bool {
    matches!(name, "Fallback" | "del" | "moveFrom" | "instrText")
}

/// An attribute's value by its local name (`w:val` → `val`).
fn val_of(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .map(|a| a.value.into_owned())
}

fn val(e: &BytesStart<'_>) -> Option<String> {
    val_of(e, "val")
}

fn number_val(e: &BytesStart<'_>) -> Option<u32> {
    val(e)?.trim().parse().ok()
}

/// The body as one sheet, numbered as the module says.
fn lay_out(body: Body) -> Sheet {
    let mut cells: Vec<(u32, Cell)> = Vec::new();
    let mut merges: Vec<Merge> = Vec::new();
    let mut warnings = Vec::new();
    // Rows of the document: the numbers in use, blank table rows included.
    let mut used = 0u32;
    let count = body.tables.len() as u32;
    for (i, (above, rows)) in body.tables.into_iter().enumerate() {
        let table = i as u32 + 1;
        if table > MAX_TABLES {
            warnings.push(SourceWarning {
                cell: super::cell_name(MAX_TABLES * BLOCK_ROWS, 0),
                message: crate::msg!("source-docx-tables", count = count, max = MAX_TABLES),
            });
            break;
        }
        let start = table * BLOCK_ROWS;
        used += paragraphs(&above, start, true, &mut cells, &mut warnings);
        used += table_cells(rows, start, &mut cells, &mut merges, &mut warnings);
    }
    let last = count.min(MAX_TABLES) * BLOCK_ROWS + TAIL_START;
    used += paragraphs(&body.tail, last, false, &mut cells, &mut warnings);
    let mut sheet = assemble(SHEET.to_string(), cells, &merges);
    sheet.warnings.extend(warnings);
    let numbers = sheet.rows.last().map_or(0, |r| r.index + 1);
    sheet.gap_rows = numbers.saturating_sub(used);
    sheet
}

/// Paragraphs as rows of text in column A: those above a table end right before `at`, those
/// after the last table start at `at`. Empty paragraphs take no row. Returns the rows taken.
fn paragraphs(
    texts: &[String],
    at: u32,
    above: bool,
    cells: &mut Vec<(u32, Cell)>,
    warnings: &mut Vec<SourceWarning>,
) -> u32 {
    let room = ABOVE_ROWS;
    let texts: Vec<&str> = texts
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .collect();
    let kept = texts.len().min(room as usize);
    if kept < texts.len() {
        let nearest = if above { at - 1 } else { at };
        warnings.push(SourceWarning {
            cell: super::cell_name(nearest, 0),
            message: crate::msg!("source-docx-paragraphs", count = texts.len(), room = room),
        });
    }
    // Above a table the paragraphs nearest to it are kept.
    let texts = if above {
        &texts[texts.len() - kept..]
    } else {
        &texts[..kept]
    };
    for (i, text) in texts.iter().enumerate() {
        let row = if above {
            at - (kept - i) as u32
        } else {
            at + i as u32
        };
        cells.push((row, text_cell(0, text)));
    }
    kept as u32
}

/// A table's cells at their grid columns, with a merged region for each span and vertical
/// merge. Returns the rows taken.
fn table_cells(
    rows: Vec<WordRow>,
    start: u32,
    cells: &mut Vec<(u32, Cell)>,
    merges: &mut Vec<Merge>,
    warnings: &mut Vec<SourceWarning>,
) -> u32 {
    if rows.len() > TABLE_ROWS as usize {
        warnings.push(SourceWarning {
            cell: super::cell_name(start + TABLE_ROWS - 1, 0),
            message: crate::msg!(
                "source-docx-table-rows",
                count = rows.len(),
                max = TABLE_ROWS
            ),
        });
    }
    let taken = rows.len().min(TABLE_ROWS as usize) as u32;
    // The open vertical merge of each grid column: its first row and width.
    let mut open: Vec<Option<(u32, u32)>> = Vec::new();
    for (r, row) in rows.into_iter().take(TABLE_ROWS as usize).enumerate() {
        let r = start + r as u32;
        let mut col = row.before;
        for cell in row.cells {
            // Cells beyond the columns lakip reads are said by the rows builder.
            if col >= MAX_COLS {
                if let Some(text) = cell_text(&cell.lines) {
                    cells.push((r, text_cell(col, &text)));
                }
                continue;
            }
            let span = cell.span.min(MAX_COLS - col);
            let last = col + span - 1;
            if open.len() <= last as usize {
                open.resize(last as usize + 1, None);
            }
            let continued = match (cell.merge, open[col as usize]) {
                (VMerge::Continue, Some((first, width))) => {
                    close(merges, first, r, col, width);
                    true
                }
                _ => false,
            };
            let started = (cell.merge == VMerge::Restart).then_some((r, span));
            if !continued {
                open[col as usize..=last as usize].fill(None);
                open[col as usize] = started;
            }
            // A continued cell's own text (Word leaves it empty) is kept, not covered.
            if let Some(text) = cell_text(&cell.lines) {
                cells.push((r, text_cell(col, &text)));
            }
            // The vertical merge above covers a continued cell's span already.
            if span > 1 && !continued {
                merges.push(Merge {
                    first: (r, col),
                    last: (r, last),
                });
            }
            col += span;
        }
    }
    merges.sort_by_key(|m| (m.first, std::cmp::Reverse(m.last)));
    merges.dedup_by(|later, earlier| later.first == earlier.first);
    taken
}

/// Extends the vertical merge that starts at `first` down to row `to`.
fn close(merges: &mut Vec<Merge>, first: u32, to: u32, col: u32, width: u32) {
    match merges
        .iter_mut()
        .find(|m| m.first == (first, col) && m.last.0 >= first)
    {
        Some(m) => m.last = (to, col + width - 1),
        None => merges.push(Merge {
            first: (first, col),
            last: (to, col + width - 1),
        }),
    }
}

/// A cell's paragraphs as lines; blank lines at either end dropped, `None` when empty.
fn cell_text(lines: &[String]) -> Option<String> {
    let text = lines.join("\n");
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

fn text_cell(col: u32, text: &str) -> Cell {
    Cell {
        col,
        value: Value::Text(text.into()),
        formula: None,
        spill: Spill::Own,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_named_by_table() {
        assert_eq!(describe(2 * BLOCK_ROWS + 3, 2), "tabel 2, baris 4, kolom 3");
        assert_eq!(
            describe(2 * BLOCK_ROWS - 1, 0),
            "paragraf ke-1 di atas tabel 2"
        );
        assert_eq!(
            describe(2 * BLOCK_ROWS - 3, 0),
            "paragraf ke-3 di atas tabel 2"
        );
        assert_eq!(
            describe(5 * BLOCK_ROWS + TAIL_START + 1, 0),
            "paragraf ke-2 sesudah tabel 5"
        );
        assert_eq!(describe_row(2 * BLOCK_ROWS + 4), "tabel 2, baris 4");
    }

    fn body(xml: &str) -> Body {
        parse(xml.as_bytes()).unwrap()
    }

    const W: &str = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#;

    #[test]
    fn spans_and_vertical_merges_become_merged_regions() {
        let xml = format!(
            "{W}<w:p><w:r><w:t>Judul &amp; tahun</w:t></w:r></w:p><w:tbl>\
             <w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc></w:tr>\
             <w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>S</w:t></w:r></w:p></w:tc>\
             <w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc></w:tr>\
             <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>z</w:t></w:r></w:p></w:tc></w:tr>\
             </w:tbl></w:body></w:document>"
        );
        let sheet = lay_out(body(&xml));
        let start = BLOCK_ROWS;
        let row = |r: u32| sheet.rows.iter().find(|x| x.index == r).unwrap();
        assert_eq!(row(start - 1).get(0).unwrap().text(), Some("Judul & tahun"));
        assert_eq!(row(start).get(1).unwrap().spill, Spill::Across);
        assert_eq!(row(start + 1).get(1).unwrap().text(), Some("x\ny"));
        let down = row(start + 2).get(0).unwrap();
        assert_eq!((down.text(), down.spill), (Some("S"), Spill::Down));
        assert_eq!(
            sheet.gap_rows,
            start - 1,
            "the numbers before the title are no rows"
        );
    }

    #[test]
    fn tabs_and_breaks_count_in_runs_only() {
        let xml = format!(
            "{W}<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>\
             <w:r><w:t>Nama</w:t><w:tab/><w:t>: BUDI</w:t><w:br/><w:t>baris</w:t></w:r></w:p>\
             <w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
             </w:body></w:document>"
        );
        let body = body(&xml);
        assert_eq!(body.tables[0].0, ["Nama\t: BUDI\nbaris"]);
    }

    #[test]
    fn a_truncated_document_is_an_error() {
        let xml = format!("{W}<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A</w:t>");
        assert!(parse(xml.as_bytes()).is_err());
    }
}
