//! The blank forms `lakip template KIND` writes: a kind's [`Form`] (its columns as lakip
//! recognises them, its example rows, its notes) as an xlsx workbook — the table's sheet under
//! a title block like the real documents', with number formats, data validation, a frozen
//! header, and a `Petunjuk` sheet in Indonesian.

pub mod examples;

use crate::kinds::form::{Cell, Column, Example, Form, MONTH_MARKS, POLARITAS, SATUAN};
use crate::layout::columns::Role;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, Format, FormatAlign,
    FormatBorder, Workbook, Worksheet, XlsxError,
};

/// The row (0-based) the header is on: under the three title lines and a blank row.
pub const HEADER_ROW: u32 = 4;
/// How many rows under the header the formats and validation cover.
const FORM_ROWS: u32 = 1000;

/// Who the form is for: from `lakip.toml` inside a workspace, else placeholders.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    pub satker: Option<String>,
    pub tahun: Option<i32>,
}

/// The first year of the five-year plan period a year falls in (KPU's Renstra: 2020–2024,
/// 2025–2029); outside a workspace, the current period's.
pub fn period_start(tahun: Option<i32>) -> i32 {
    const FIRST: i32 = 2020;
    const CURRENT: i32 = 2025;
    match tahun {
        Some(t) => FIRST + (t - FIRST).div_euclid(5) * 5,
        None => CURRENT,
    }
}

/// A form to write: the kind's form, whose it is, and the rows under its header (the form's
/// examples unless told otherwise).
pub struct Template<'a> {
    pub form: &'a Form,
    pub identity: Identity,
    pub rows: Vec<&'a [Example]>,
}

impl<'a> Template<'a> {
    /// The form with its example rows.
    pub fn new(form: &'a Form, identity: Identity) -> Template<'a> {
        Template {
            form,
            identity,
            rows: form.examples.to_vec(),
        }
    }

    /// The header's titles, a year column's `{tahun}` replaced by its year.
    pub fn titles(&self) -> Vec<String> {
        let start = period_start(self.identity.tahun);
        self.form
            .columns
            .iter()
            .map(|c| title_of(c, start))
            .collect()
    }

    /// The workbook: the table's sheet first, then `Petunjuk`.
    pub fn workbook(&self) -> Result<Workbook, XlsxError> {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        self.write_table(sheet)?;
        let petunjuk = workbook.add_worksheet();
        self.write_petunjuk(petunjuk)?;
        Ok(workbook)
    }

    pub fn bytes(&self) -> Result<Vec<u8>, XlsxError> {
        self.workbook()?.save_to_buffer()
    }

    fn write_table(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        let form = self.form;
        sheet.set_name(form.sheet)?;
        let last = (form.columns.len().max(1) - 1) as u16;
        let title = Format::new().set_bold().set_align(FormatAlign::Center);
        for (row, line) in self.title_lines().iter().enumerate() {
            sheet.merge_range(row as u32, 0, row as u32, last, line, &title)?;
        }
        let header = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter)
            .set_border(FormatBorder::Thin)
            .set_background_color("#D9E1F2");
        for (col, (column, text)) in form.columns.iter().zip(self.titles()).enumerate() {
            let col = col as u16;
            sheet.set_column_width(col, column.width)?;
            sheet.write_string_with_format(HEADER_ROW, col, text, &header)?;
            sheet.set_column_format(col, &format_of(column.cell))?;
            if let Some(validation) = validation_of(column)? {
                sheet.add_data_validation(
                    HEADER_ROW + 1,
                    col,
                    HEADER_ROW + FORM_ROWS,
                    col,
                    &validation,
                )?;
            }
        }
        for (at, cells) in self.rows.iter().enumerate() {
            let row = HEADER_ROW + 1 + at as u32;
            for (col, (column, value)) in form.columns.iter().zip(cells.iter()).enumerate() {
                write_cell(sheet, row, col as u16, column.cell, value)?;
            }
        }
        sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
        Ok(())
    }

    /// The title block: the document's title, the satker and the year, as the real documents
    /// head them; placeholders outside a workspace.
    fn title_lines(&self) -> [String; 3] {
        let satker = match &self.identity.satker {
            Some(s) if !s.trim().is_empty() => s.to_uppercase(),
            _ => "KPU KABUPATEN/KOTA ……".to_string(),
        };
        let tahun = match (self.identity.tahun, self.is_plan()) {
            (_, true) => {
                let start = period_start(self.identity.tahun);
                format!("TAHUN {start}–{}", start + 4)
            }
            (Some(t), false) => format!("TAHUN {t}"),
            (None, false) => "TAHUN ……".to_string(),
        };
        [self.form.title.to_string(), satker, tahun]
    }

    /// A form with a column per year of a period.
    fn is_plan(&self) -> bool {
        self.form
            .columns
            .iter()
            .any(|c| matches!(c.role, Role::Year(_)))
    }

    fn write_petunjuk(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        sheet.set_name("Petunjuk")?;
        sheet.set_column_width(0, 34.0)?;
        sheet.set_column_width(1, 90.0)?;
        let bold = Format::new().set_bold();
        let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let name = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Top);
        let mut row = 0;
        sheet.write_string_with_format(
            row,
            0,
            format!("PETUNJUK PENGISIAN {}", self.form.title),
            &bold,
        )?;
        row += 2;
        for line in GENERAL.iter().chain(self.form.notes) {
            let line = line.replace("{sheet}", self.form.sheet);
            sheet.write_string_with_format(row, 0, "•", &wrap)?;
            sheet.write_string_with_format(row, 1, line, &wrap)?;
            row += 1;
        }
        row += 1;
        sheet.write_string_with_format(row, 0, "Isi setiap kolom", &bold)?;
        row += 1;
        for (column, title) in self.form.columns.iter().zip(self.titles()) {
            if matches!(column.role, Role::Year(n) if n > 0)
                || matches!(column.role, Role::Month(m) if m > 1)
            {
                continue;
            }
            let shown = match column.role {
                Role::Year(_) => "Tahun-tahun Renstra".to_string(),
                Role::Month(_) => "Jan … Des".to_string(),
                _ => title,
            };
            sheet.write_string_with_format(row, 0, shown, &name)?;
            let about = format!("{} {}", column.about, cell_rule(column.cell));
            sheet.write_string_with_format(row, 1, about.trim(), &wrap)?;
            row += 1;
        }
        Ok(())
    }
}

/// What the Petunjuk sheet says of every form. `{sheet}` is the table's sheet.
const GENERAL: [&str; 7] = [
    "Isi tabel di lembar {sheet} mulai baris di bawah judul kolom. Baris contoh boleh ditimpa atau dihapus: lakip membaca setiap baris di bawah judul kolom sebagai data.",
    "Jangan mengubah, memindahkan atau menghapus baris judul kolom, dan jangan menyisipkan kolom baru di antara kolom-kolom tabel: dari judul kolom itulah lakip mengenali jenis dokumen dan isi setiap kolom.",
    "Tiga baris judul di atas tabel (nama dokumen, satker, tahun) boleh diubah; biarkan baris kosong di bawahnya.",
    "Angka rupiah ditulis tanpa titik pemisah ribuan (125000000); Excel menampilkannya 125.000.000. Pecahan memakai koma desimal sesuai pengaturan Excel Indonesia (97,5).",
    "Persentase ditulis sebagai angka persen tanpa tanda % (99,52 berarti 99,52%; 100 berarti 100%), bukan pecahan 0,9952. Jangan mengubah format kolom itu menjadi format %.",
    "Rumus Excel (=SUM(…), =C6/B6) boleh dipakai; simpan berkasnya dengan Excel agar hasil rumus ikut tersimpan.",
    "Setelah diisi: lakip import NAMA-BERKAS.xlsx, lalu lakip check.",
];

/// What a cell of this kind must hold, for the Petunjuk sheet.
fn cell_rule(cell: Cell) -> &'static str {
    match cell {
        Cell::Text | Cell::Number => "",
        Cell::Rupiah => "Angka ≥ 0.",
        Cell::Percent => "Angka persen ≥ 0 tanpa tanda % (99,52 berarti 99,52%).",
        Cell::Value => "Angka ≥ 0, atau teks bila target memang bukan angka (Baik, WTP).",
        Cell::Satuan => "Pilih dari daftar atau tulis satuan lain.",
        Cell::Polaritas => "Pilih dari daftar: naik (makin tinggi makin baik), turun (makin rendah makin baik), sama (harus sama dengan target). Kosong berarti naik.",
        Cell::Month => "Tanda ✓ dapat dipilih dari daftar.",
    }
}

/// A column's title, a year column's `{tahun}` replaced by its year in the period from `start`.
fn title_of(column: &Column, start: i32) -> String {
    match column.role {
        Role::Year(n) => column
            .title
            .replace("{tahun}", &(start + i32::from(n)).to_string()),
        _ => column.title.to_string(),
    }
}

/// The number format of a column's cells: rupiah `#,##0` (Excel Indonesia shows 125.000.000),
/// percentages as the number of percent (`99.52` in a `%` column), as the real documents write
/// them: a percent-formatted cell stores 0,9952, which a column of values no larger than 1
/// leaves in doubt.
fn format_of(cell: Cell) -> Format {
    let top = Format::new().set_align(FormatAlign::Top);
    match cell {
        Cell::Text => top.set_text_wrap(),
        Cell::Number | Cell::Satuan | Cell::Polaritas => top.set_num_format("@"),
        Cell::Month => top.set_align(FormatAlign::Center),
        Cell::Rupiah => top.set_num_format("#,##0"),
        Cell::Percent => top.set_num_format("0.00"),
        Cell::Value => top.set_num_format("General"),
    }
}

/// The validation of a column's cells, where one helps.
fn validation_of(column: &Column) -> Result<Option<DataValidation>, XlsxError> {
    let validation = match column.cell {
        Cell::Text | Cell::Number => return Ok(None),
        // A target may be a text (`Baik`, `WTP`): a warning the user may pass.
        Cell::Value => DataValidation::new()
            .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0))
            .set_error_style(DataValidationErrorStyle::Warning)
            .set_error_message(
                "Biasanya angka ≥ 0 (satuannya di kolom Satuan). Lanjutkan bila target memang berupa teks.",
            )?,
        Cell::Rupiah => DataValidation::new()
            .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0))
            .set_error_message("Isi dengan angka rupiah ≥ 0, tanpa titik pemisah ribuan.")?,
        Cell::Percent => DataValidation::new()
            .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0))
            .set_error_message(
                "Isi dengan angka persen ≥ 0 tanpa tanda % (99,52 berarti 99,52%).",
            )?,
        Cell::Polaritas => DataValidation::new().allow_list_strings(&POLARITAS)?,
        Cell::Month => DataValidation::new().allow_list_strings(&MONTH_MARKS)?,
        // A unit not in the list is allowed: the list only suggests.
        Cell::Satuan => DataValidation::new()
            .allow_list_strings(&SATUAN)?
            .set_error_style(DataValidationErrorStyle::Information),
    };
    Ok(Some(validation))
}

/// One cell of a row under the header, in its column's format.
fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cell: Cell,
    value: &Example,
) -> Result<(), XlsxError> {
    let format = format_of(cell);
    match value {
        Example::Empty => {}
        Example::Text(text) => {
            sheet.write_string_with_format(row, col, *text, &format)?;
        }
        Example::Rp(n) => {
            sheet.write_number_with_format(row, col, *n as f64, &format)?;
        }
        Example::Number(text) => {
            let n: f64 = text.parse().map_err(|_| bad_example(text))?;
            sheet.write_number_with_format(row, col, n, &format)?;
        }
        Example::Percent(text) => {
            let n: f64 = text.parse().map_err(|_| bad_example(text))?;
            sheet.write_number_with_format(row, col, n, &format)?;
        }
    }
    Ok(())
}

/// An example number that is not one: a mistake in a kind's form, said as an xlsx error.
fn bad_example(text: &str) -> XlsxError {
    XlsxError::ParameterError(crate::t!("template-example-not-a-number", text = text))
}
