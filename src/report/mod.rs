//! Stage 5, report: what commands print, as text for people and JSON for scripts.

pub mod audit;
pub mod capaian;
pub mod check;
pub mod grid;
pub mod import;
pub mod indicators;
pub mod realisasi;
pub mod rollup;
pub mod status;
pub mod table;

use crate::model::{Field, Quantity};
use crate::numbers;
use comfy_table::{Cell, CellAlignment};
use rust_decimal::Decimal;

/// A value of `field` as people write it: `37.230.532.000`, or `99,56%` for a percentage.
pub fn show(field: Field, value: Decimal) -> String {
    if field.is_percent() {
        numbers::format_persen(value, 2)
    } else {
        numbers::format_amount(value)
    }
}

/// A quantity as a right-aligned table cell: empty when there is none, `-` as written,
/// `unknown` when its value is not known (a formula without a computed result).
pub fn quantity_cell(field: Field, q: Option<&Quantity>, unknown: &str) -> Cell {
    Cell::new(quantity_text(field, q, unknown)).set_alignment(CellAlignment::Right)
}

/// The text of [`quantity_cell`].
pub fn quantity_text(field: Field, q: Option<&Quantity>, unknown: &str) -> String {
    match q {
        None => String::new(),
        Some(q) if q.dash => "-".to_string(),
        Some(q) => q
            .value
            .map_or_else(|| unknown.to_string(), |v| show(field, v)),
    }
}

/// A CSV field as a spreadsheet may open it safely (the OWASP rule against CSV injection): a
/// text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, so
/// Excel and LibreOffice show it as text instead of running it as a formula. A number stays a
/// number (`-1500`, `-12.5`, `+3`): only text is changed.
pub fn csv_field(field: &str) -> std::borrow::Cow<'_, str> {
    // A lone `-` is the forms' "no value": no formula, kept as written.
    let risky = field.starts_with(['=', '+', '-', '@', '\t', '\r']) && field != "-";
    if risky && !is_plain_number(field) {
        std::borrow::Cow::Owned(format!("'{field}"))
    } else {
        std::borrow::Cow::Borrowed(field)
    }
}

/// `-1500`, `+3`, `-12.50`, `-1.500,00`, `-5%`: a sign, digits with separators, an optional
/// percent sign.
fn is_plain_number(field: &str) -> bool {
    let body = field.strip_prefix(['-', '+']).unwrap_or(field);
    let body = body.strip_suffix('%').unwrap_or(body);
    body.starts_with(|c: char| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// Writes one CSV record with every field neutralised (see [`csv_field`]).
pub fn write_csv_record<W: std::io::Write, S: AsRef<str>>(
    w: &mut csv::Writer<W>,
    fields: impl IntoIterator<Item = S>,
) -> csv::Result<()> {
    let fields: Vec<S> = fields.into_iter().collect();
    w.write_record(fields.iter().map(|f| csv_field(f.as_ref()).into_owned()))
}

/// The two forms of a CSV export: the standard one (`,`, decimal point, no BOM: what scripts
/// and an English-locale spreadsheet read) and the one an Indonesian-locale Excel opens as
/// columns of numbers (`;`, decimal comma, UTF-8 with a BOM so the accents survive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CsvForm {
    #[default]
    Standard,
    Excel,
}

/// A field of a CSV export: a text, or a number as an exact decimal string (`37230532000`,
/// `99.56`), which the Excel form writes with a decimal comma and never a thousands separator.
pub enum CsvField {
    Text(String),
    Number(String),
}

/// A CSV export being written in one of the two forms, every text neutralised ([`csv_field`]).
pub struct CsvOut {
    writer: csv::Writer<Vec<u8>>,
    form: CsvForm,
}

impl CsvOut {
    pub fn new(form: CsvForm) -> CsvOut {
        let delimiter = match form {
            CsvForm::Standard => b',',
            CsvForm::Excel => b';',
        };
        let writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(Vec::new());
        CsvOut { writer, form }
    }

    pub fn header<S: AsRef<str>>(&mut self, names: &[S]) -> csv::Result<()> {
        self.writer
            .write_record(names.iter().map(|n| n.as_ref().as_bytes()))
    }

    pub fn record(&mut self, fields: impl IntoIterator<Item = CsvField>) -> csv::Result<()> {
        let form = self.form;
        let shown: Vec<String> = fields
            .into_iter()
            .map(|f| match f {
                CsvField::Text(t) => csv_field(&t).into_owned(),
                CsvField::Number(n) if form == CsvForm::Excel => n.replace('.', ","),
                CsvField::Number(n) => n,
            })
            .collect();
        self.writer.write_record(&shown)
    }

    /// The whole export; the Excel form starts with a BOM, which tells Excel it is UTF-8.
    pub fn finish(self) -> anyhow::Result<String> {
        let bytes = self
            .writer
            .into_inner()
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let text = String::from_utf8(bytes)?;
        Ok(match self.form {
            CsvForm::Standard => text,
            CsvForm::Excel => format!("\u{feff}{text}"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn formulas_are_neutralised_and_numbers_kept() {
        assert_eq!(
            csv_field(r#"=HYPERLINK("http://x","y")"#),
            r#"'=HYPERLINK("http://x","y")"#
        );
        assert_eq!(csv_field("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(csv_field("@SUM(1)"), "'@SUM(1)");
        assert_eq!(csv_field("-2+3"), "'-2+3");
        assert_eq!(csv_field("\tx"), "'\tx");
        assert_eq!(csv_field("\rx"), "'\rx");
        for number in ["-1500", "-12.50", "+3", "-1.500,00", "-5%", "1500"] {
            assert_eq!(csv_field(number), number);
        }
        assert_eq!(csv_field("Belanja Pegawai"), "Belanja Pegawai");
        assert_eq!(csv_field("-"), "-");
    }

    #[test]
    fn the_excel_form_has_semicolons_decimal_commas_and_a_bom() {
        use super::{CsvField, CsvForm, CsvOut};
        let mut out = CsvOut::new(CsvForm::Excel);
        out.header(&["uraian", "pagu", "serapan"]).unwrap();
        out.record([
            CsvField::Text("Belanja; Barang".into()),
            CsvField::Number("37230532000".into()),
            CsvField::Number("99.56".into()),
        ])
        .unwrap();
        assert_eq!(
            out.finish().unwrap(),
            "\u{feff}uraian;pagu;serapan\n\"Belanja; Barang\";37230532000;99,56\n"
        );
    }
}
