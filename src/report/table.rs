//! A report as a table of typed cells, written as text, CSV or an xlsx workbook. Money and
//! percentages stay exact decimals until the very last step.

use crate::error::input_error;
use crate::numbers::{canonical, format_amount, format_persen};
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell as TextCell, CellAlignment};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::path::Path;

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Money(Option<Decimal>),
    Percent(Option<Decimal>),
}

impl Cell {
    /// The exact form: decimal strings, two decimals for percentages.
    pub fn exact(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Money(v) => v.map(canonical).unwrap_or_default(),
            Cell::Percent(v) => v.map(percent_string).unwrap_or_default(),
        }
    }

    fn shown(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Money(v) => v.map(format_amount).unwrap_or_default(),
            Cell::Percent(v) => v.map(|p| format_persen(p, 2)).unwrap_or_default(),
        }
    }
}

/// `99.56`, `100.00`: a percentage as an exact string with two decimals.
pub fn percent_string(p: Decimal) -> String {
    format!("{:.2}", crate::compute::round2(p))
}

/// The width text reports wrap to.
const TEXT_WIDTH: u16 = 150;

pub struct Report {
    pub title: String,
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
    /// Rows shown in bold (totals).
    pub bold: Vec<usize>,
    /// Long texts wrap in their cells (a wrapped line would lose an indent: off for trees).
    pub wrap: bool,
    /// Columns a terminal too narrow may leave out (named in a note), least valuable first;
    /// with none left the rows are stacked.
    pub drop_first: &'static [usize],
}

impl Report {
    pub fn text(&self) -> String {
        let mut table = comfy_table::Table::new();
        table.load_style(UTF8_FULL_CONDENSED);
        table.set_header(self.headers.clone());
        for row in &self.rows {
            table.add_row(row.iter().map(|c| {
                let cell = TextCell::new(c.shown());
                match c {
                    Cell::Text(_) => cell,
                    _ => cell.set_alignment(CellAlignment::Right),
                }
            }));
        }
        // On a terminal the table fits its width: long texts wrap, a tree's rows are cut (a
        // wrapped line would lose its indent).
        use crate::terminal::{fit_with, width, Fit, Hints};
        let how = if self.wrap { Fit::Wrap } else { Fit::Truncate };
        let hints = Hints {
            drop_first: self.drop_first,
        };
        match (self.wrap, width()) {
            (_, Some(_)) => return format!("{}\n{}\n", self.title, fit_with(table, how, hints)),
            // Long sasaran and indikator wrap inside their cells instead of running off the page.
            // (As it always was: the pipes' and files' output does not change.)
            (true, None) => {
                table.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
                table.set_width(TEXT_WIDTH);
            }
            (false, None) => {}
        }
        format!("{}\n{table}\n", self.title)
    }

    pub fn csv(&self) -> anyhow::Result<String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(&self.headers)?;
        for row in &self.rows {
            super::write_csv_record(&mut w, row.iter().map(Cell::exact))?;
        }
        let bytes = w
            .into_inner()
            .map_err(|e| input_error(crate::t!("report-csv-failed", reason = e.to_string())))?;
        Ok(String::from_utf8(bytes)?)
    }

    /// A workbook: numbers stored as numbers, shown as `Rp37.230.532.000` and `99,56%` where
    /// Excel's locale writes Indonesian separators (the format codes are locale-neutral).
    pub fn xlsx(&self, path: &Path) -> anyhow::Result<()> {
        use rust_xlsxwriter::{Format, Workbook};
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        let name: String = self
            .title
            .chars()
            .filter(|c| !"[]:*?/\\".contains(*c))
            .take(31)
            .collect();
        sheet.set_name(name.trim())?;
        let head = Format::new().set_bold().set_text_wrap();
        let money = Format::new().set_num_format("\"Rp\"#,##0");
        let percent = Format::new().set_num_format("0.00\"%\"");
        for (c, h) in self.headers.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, *h, &head)?;
        }
        for (r, row) in self.rows.iter().enumerate() {
            let bold = self.bold.contains(&r);
            let r = r as u32 + 1;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                let number = |v: &Option<Decimal>| v.and_then(|d| d.to_f64());
                let (value, format) = match cell {
                    Cell::Text(t) => {
                        let f = if bold {
                            Format::new().set_bold()
                        } else {
                            Format::new()
                        };
                        sheet.write_string_with_format(r, c, t, &f)?;
                        continue;
                    }
                    Cell::Money(v) => (number(v), &money),
                    Cell::Percent(v) => (number(v), &percent),
                };
                if let Some(v) = value {
                    let f = if bold {
                        format.clone().set_bold()
                    } else {
                        format.clone()
                    };
                    sheet.write_number_with_format(r, c, v, &f)?;
                }
            }
        }
        sheet.set_column_width(0, 60)?;
        book.save(path)
            .map_err(|e| input_error(format!("{}: cannot write: {e}", path.display())))?;
        Ok(())
    }
}
