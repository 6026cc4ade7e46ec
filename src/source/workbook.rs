//! xlsx, xlsm, xlsb, xls and ods through calamine.
//!
//! xlsx/xlsm and xlsb are streamed cell by cell (sparse: memory follows the cells present, not
//! the used range). xls and ods go through calamine's dense ranges; their merges come from
//! calamine where it supports them (xlsx, xls).

use super::{assemble, Cell, Merge, Sheet, Spill, Value};
use crate::error::input_error;
use calamine::{
    open_workbook, CellErrorType, Data, DataRef, Dimensions, Ods, Range, Reader, Xls, Xlsb, Xlsx,
    XlsxError,
};
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

type Input = BufReader<File>;

pub(super) fn read(path: &Path, file: &str, ext: &str) -> anyhow::Result<Vec<Sheet>> {
    let format = sniff(path, file, ext)?;
    let fail = |e: &dyn std::fmt::Display| input_error(describe(file, &e.to_string()));
    match format {
        Format::Xlsx => {
            let mut wb: Xlsx<Input> = open_workbook(path).map_err(|e| xlsx_error(file, e))?;
            let names = wb.sheet_names();
            names
                .into_iter()
                .map(|n| read_xlsx_sheet(&mut wb, n, file))
                .collect()
        }
        Format::Xlsb => {
            let mut wb: Xlsb<Input> = open_workbook(path).map_err(|e| fail(&e))?;
            let names = wb.sheet_names();
            names
                .into_iter()
                .map(|n| read_xlsb_sheet(&mut wb, n).map_err(|e| fail(&e)))
                .collect()
        }
        Format::Xls => {
            let mut wb: Xls<Input> = open_workbook(path).map_err(|e| fail(&e))?;
            let names = wb.sheet_names();
            names
                .into_iter()
                .map(|n| {
                    let merges = wb.merge_cells_by_sheet_name(&n).unwrap_or_default();
                    read_range_sheet(&mut wb, n, &merges).map_err(|e| fail(&e))
                })
                .collect()
        }
        Format::Ods => {
            let mut wb: Ods<Input> = open_workbook(path).map_err(|e| fail(&e))?;
            let names = wb.sheet_names();
            names
                .into_iter()
                .map(|n| read_range_sheet(&mut wb, n, &[]).map_err(|e| fail(&e)))
                .collect()
        }
    }
}

enum Format {
    Xlsx,
    Xlsb,
    Xls,
    Ods,
}

/// Decides the format from the file's first bytes, so a renamed or fake file gets a clear message.
fn sniff(path: &Path, file: &str, ext: &str) -> anyhow::Result<Format> {
    let mut head = [0u8; 8];
    let n = File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .map_err(|e| input_error(format!("{file}: cannot open: {e}")))?;
    let head = &head[..n];
    if head.starts_with(b"PK\x03\x04") {
        return Ok(match ext {
            "xlsb" => Format::Xlsb,
            "ods" => Format::Ods,
            _ => Format::Xlsx,
        });
    }
    if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        // An OLE file is either a real .xls or an encrypted (password-protected) xlsx.
        return Ok(if ext == "xls" {
            Format::Xls
        } else {
            Format::Xlsx
        });
    }
    if n == 0 {
        return Err(input_error(format!("{file}: the file is empty")));
    }
    Err(input_error(format!(
        "{file}: not a spreadsheet (expected an xlsx, xlsm, xlsb, xls, ods or csv file)"
    )))
}

fn xlsx_error(file: &str, e: XlsxError) -> anyhow::Error {
    match e {
        XlsxError::Password => input_error(format!(
            "{file}: the workbook is password-protected; save a copy without a password and import that"
        )),
        other => input_error(describe(file, &other.to_string())),
    }
}

fn describe(file: &str, reason: &str) -> String {
    let lower = reason.to_ascii_lowercase();
    if lower.contains("password") {
        format!("{file}: the workbook is password-protected; save a copy without a password and import that")
    } else if lower.contains("zip") || lower.contains("eof") || lower.contains("archive") {
        format!("{file}: the workbook is damaged or truncated and cannot be read ({reason})")
    } else {
        format!("{file}: cannot read the workbook ({reason})")
    }
}

fn read_xlsx_sheet(wb: &mut Xlsx<Input>, name: String, file: &str) -> anyhow::Result<Sheet> {
    let fail = |e: XlsxError| xlsx_error(file, e);
    let merges: Vec<Merge> = wb
        .merge_cells_by_sheet_name(&name)
        .map_err(fail)?
        .iter()
        .map(merge)
        .collect();
    let mut cells = Vec::new();
    let mut reader = wb.worksheet_cells_reader(&name).map_err(fail)?;
    while let Some(record) = reader
        .next_cell_with_formula_metadata()
        .map_err(|e| xlsx_error(file, e))?
    {
        let value = value_ref(&record.value);
        let formula = record.formula.map(|f| match f {
            calamine::XlsxFormulaMetadata::Normal { formula }
            | calamine::XlsxFormulaMetadata::Shared { formula, .. } => formula,
            // A copy of a shared formula: its text is not expanded, but it is a formula.
            _ => "(shared formula)".to_string(),
        });
        if value == Value::Empty && formula.is_none() {
            continue;
        }
        let (row, col) = record.pos;
        cells.push((row, own(col, value, formula)));
    }
    Ok(assemble(name, cells, &merges))
}

fn read_xlsb_sheet(wb: &mut Xlsb<Input>, name: String) -> Result<Sheet, calamine::XlsbError> {
    let mut cells = Vec::new();
    let mut reader = wb.worksheet_cells_reader(&name)?;
    while let Some(cell) = reader.next_cell()? {
        let value = value_ref(cell.get_value());
        if value != Value::Empty {
            let (row, col) = cell.get_position();
            cells.push((row, own(col, value, None)));
        }
    }
    Ok(assemble(name, cells, &[]))
}

fn read_range_sheet<R>(wb: &mut R, name: String, merges: &[Dimensions]) -> Result<Sheet, R::Error>
where
    R: Reader<Input>,
{
    let range: Range<Data> = wb.worksheet_range(&name)?;
    let formulas = wb.worksheet_formula(&name).unwrap_or_default();
    let mut cells = Vec::new();
    for (row, col, data) in range.used_cells() {
        let (row, col) = (row as u32, col as u32);
        let (row, col) = match range.start() {
            Some((r0, c0)) => (row + r0, col + c0),
            None => (row, col),
        };
        let formula = formulas
            .get_value((row, col))
            .filter(|f| !f.is_empty())
            .cloned();
        cells.push((row, own(col, value(data), formula)));
    }
    let merges: Vec<Merge> = merges.iter().map(merge).collect();
    Ok(assemble(name, cells, &merges))
}

fn own(col: u32, value: Value, formula: Option<String>) -> Cell {
    Cell {
        col,
        value,
        formula,
        spill: Spill::Own,
    }
}

fn merge(d: &Dimensions) -> Merge {
    Merge {
        first: d.start,
        last: d.end,
    }
}

fn value_ref(v: &DataRef<'_>) -> Value {
    match v {
        DataRef::Int(i) => Value::Number(*i as f64),
        DataRef::Float(f) => Value::Number(*f),
        DataRef::String(s) => text(s),
        DataRef::SharedString(s) => text(s),
        DataRef::Bool(b) => Value::Bool(*b),
        DataRef::DateTime(d) => Value::Date(excel_date(d.as_f64())),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Value::Date(s.clone()),
        DataRef::Error(e) => Value::Error(error_text(e)),
        DataRef::Empty => Value::Empty,
    }
}

fn value(v: &Data) -> Value {
    match v {
        Data::Int(i) => Value::Number(*i as f64),
        Data::Float(f) => Value::Number(*f),
        Data::String(s) => text(s),
        Data::Bool(b) => Value::Bool(*b),
        Data::DateTime(d) => Value::Date(excel_date(d.as_f64())),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Date(s.clone()),
        Data::Error(e) => Value::Error(error_text(e)),
        Data::Empty => Value::Empty,
    }
}

/// Text cells keep their text; a cell of only spaces is empty.
fn text(s: &str) -> Value {
    if s.trim().is_empty() {
        Value::Empty
    } else {
        Value::Text(s.to_string())
    }
}

fn error_text(e: &CellErrorType) -> String {
    e.to_string()
}

/// An Excel serial date (1900 system) as `YYYY-MM-DD`.
fn excel_date(serial: f64) -> String {
    // Days from 1899-12-30 (Excel's day zero, which absorbs its 1900 leap-year bug after March).
    let days = serial.floor() as i64;
    let (y, m, d) = civil_from_days(days - 25_569);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_serial_dates() {
        assert_eq!(excel_date(44_950.0), "2023-01-24");
        assert_eq!(excel_date(45_291.0), "2023-12-31");
    }
}
