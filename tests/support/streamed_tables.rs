//! Large PK sheets in the shapes a performance table's streamed reading must defer on: written
//! by code, long enough that their rows reach the recogniser in several batches
//! (`tests/streaming_performance.rs`).

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use std::path::Path;

/// What the sheet holds beside its plain rows.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shape {
    /// The first column: `No`, none at all, or named `Sasaran` while it holds the numbers.
    pub no: NoColumn,
    /// The targets as number cells between 0 and 1, with decimals (0,85): fractions.
    pub fractions: bool,
    /// The targets as whole number cells (85): not fractions.
    pub whole_numbers: bool,
    /// A signature block under the last row.
    pub signed: bool,
    /// Another PK under the signature.
    pub second_table: bool,
    /// The header repeated every 500 rows (a page break).
    pub repeated_header: bool,
    /// Another header half way down, with a Satuan column the first has not.
    pub new_header: bool,
    /// The targets as number cells formatted as percentages (0,855 shown 85,5%).
    pub percent_targets: bool,
    /// A number formatted as a percentage in a column the header does not name, each row.
    pub percent_aside: bool,
    /// The columns numbered (`1 2 3 4`, number cells) in the row under the header.
    pub numbered_columns: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum NoColumn {
    #[default]
    Named,
    Missing,
    /// Named `Sasaran`, holding `1.`, `2.` …: the No column by its content.
    ByContent,
}

const HEADER: [&str; 4] = ["No", "Sasaran Program", "Indikator Kinerja", "Target"];

/// Writes a PK of `rows` indikator rows in `shape` to `path`.
pub fn write_pk(path: &Path, rows: u32, shape: Shape) -> Result<(), XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("PK")?;
    let titles = [
        "PERJANJIAN KINERJA TAHUN 2023",
        "KOMISI PEMILIHAN UMUM KOTA CONTOH",
    ];
    for (r, line) in (0u32..).zip(titles) {
        sheet.write_string(r, 0, line)?;
    }
    let header = header(shape.no);
    write_header(sheet, 3, &header)?;
    let mut row = 4;
    if shape.numbered_columns {
        for col in 0..header.len() as u16 {
            sheet.write_number(row, col, f64::from(col + 1))?;
        }
        row += 1;
    }
    let mut satuan = false;
    for n in 1..=rows {
        if shape.repeated_header && n % 500 == 0 {
            write_header(sheet, row, &header)?;
            row += 1;
        }
        if shape.new_header && n == rows / 2 {
            let mut shifted = header.clone();
            shifted.insert(shifted.len() - 1, "Satuan");
            write_header(sheet, row, &shifted)?;
            row += 1;
            satuan = true;
        }
        write_row(sheet, row, n, shape, satuan)?;
        row += 1;
    }
    if shape.signed || shape.second_table {
        row = signature(sheet, row + 1)?;
    }
    if shape.second_table {
        sheet.write_string(row + 1, 0, "PERJANJIAN KINERJA TAHUN 2023")?;
        sheet.write_string(row + 2, 0, "SEKRETARIS")?;
        write_header(sheet, row + 3, &header)?;
        for n in 1..=20 {
            write_row(sheet, row + 3 + n, n, shape, false)?;
        }
    }
    workbook.save(path)
}

fn header(no: NoColumn) -> Vec<&'static str> {
    match no {
        NoColumn::Named => HEADER.to_vec(),
        NoColumn::Missing => HEADER[1..].to_vec(),
        // The sasaran column's name over the numbers (a damaged header), no sasaran.
        NoColumn::ByContent => [&["Sasaran"][..], &HEADER[2..]].concat(),
    }
}

fn write_header(sheet: &mut Worksheet, row: u32, names: &[&str]) -> Result<(), XlsxError> {
    for (col, name) in (0u16..).zip(names) {
        sheet.write_string(row, col, *name)?;
    }
    Ok(())
}

fn write_row(
    sheet: &mut Worksheet,
    row: u32,
    n: u32,
    shape: Shape,
    satuan: bool,
) -> Result<(), XlsxError> {
    let mut col = 0u16;
    let mut next = || {
        col += 1;
        col - 1
    };
    match shape.no {
        NoColumn::Named => sheet.write_number(row, next(), f64::from(n)).map(|_| ())?,
        // Numbered by sasaran block (`1.` to `999.`): a number of four digits is read as a
        // year, not a number.
        NoColumn::ByContent => {
            let number = format!("{}.", (n - 1) % 999 + 1);
            sheet.write_string(row, next(), number).map(|_| ())?
        }
        NoColumn::Missing => {}
    }
    if shape.no != NoColumn::ByContent {
        let group = n.div_ceil(3);
        sheet.write_string(
            row,
            next(),
            format!("Meningkatnya kualitas tahapan {group}"),
        )?;
    }
    sheet.write_string(row, next(), format!("Persentase tahapan {n} terlaksana"))?;
    if satuan {
        sheet.write_string(row, next(), "Persen")?;
    }
    let target = next();
    let percent = 80 + n % 21;
    let percent_format = Format::new().set_num_format("0.0%");
    if shape.percent_aside {
        sheet.write_number_with_format(row, 8, 0.5, &percent_format)?;
    }
    if shape.percent_targets {
        let fraction = f64::from(percent) / 100.0 + 0.005;
        sheet.write_number_with_format(row, target, fraction, &percent_format)?;
    } else if shape.fractions {
        // Up to 0,995: every one within 1.
        sheet.write_number(row, target, f64::from(percent.min(99)) / 100.0 + 0.005)?;
    } else if shape.whole_numbers {
        sheet.write_number(row, target, f64::from(percent))?;
    } else {
        sheet.write_string(row, target, format!("{percent}%"))?;
    }
    Ok(())
}

/// The signature block from `row`: returns the row under it.
fn signature(sheet: &mut Worksheet, row: u32) -> Result<u32, XlsxError> {
    let plain = Format::new();
    sheet.write_string_with_format(row, 2, "Kota Contoh, 2 Januari 2023", &plain)?;
    sheet.write_string(row + 1, 2, "KETUA KPU KOTA CONTOH")?;
    sheet.write_string(row + 4, 2, "NAMA KETUA, S.H.")?;
    Ok(row + 5)
}
