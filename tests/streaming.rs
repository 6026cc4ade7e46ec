//! A large xlsx sheet is recognised while its cells are still being parsed (`layout::early`).
//! That reading must give exactly what reading the finished sheet gives: these tests import
//! the same workbooks both ways and compare every document.
//!
//! The workbook keeps seed 000's RKT layout (title, header, numbering row, headings merged
//! across the row, sasaran and indikator merged down over their items, the header repeated at
//! page breaks, a JUMLAH ANGGARAN row with a SUM formula), long enough that rows reach the
//! recogniser in several chunks and merged groups straddle the chunks.

mod support;

use lakip::layout::{recognise, Recognition};
use lakip::model::{Document, Field};
use lakip::pipeline::{read_file, Options};
use rust_decimal::Decimal;
use rust_xlsxwriter::{Formula, Workbook, XlsxError};
use std::path::Path;
use support::fixtures::RKT_HEADER;

const PROGRAMS: u32 = 8;
const KEGIATAN: u32 = 10;
const ITEMS: u32 = 60;

/// The anggaran of item `n` (1-based), in rupiah.
fn anggaran(n: u32) -> u64 {
    u64::from(n) * 1_000 + 500_000
}

/// Writes the workbook. With `computed`, formulas carry the results Excel would save; without,
/// every formula shows 0, as in a file written by a program that does not compute them.
fn write_rkt(path: &Path, computed: bool) -> Result<(), XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("RKT")?;
    let plain = rust_xlsxwriter::Format::new();
    sheet.merge_range(0, 0, 0, 6, "RENCANA KERJA TAHUNAN", &plain)?;
    sheet.merge_range(1, 0, 1, 6, "KPU KABUPATEN CONTOH TAHUN 2023", &plain)?;
    let header = |sheet: &mut rust_xlsxwriter::Worksheet, row: u32| -> Result<(), XlsxError> {
        for (col, text) in RKT_HEADER.iter().enumerate() {
            sheet.write_string(row, col as u16, *text)?;
        }
        Ok(())
    };
    header(sheet, 3)?;
    for col in 0..7u16 {
        sheet.write_number(4, col, f64::from(col + 1))?;
    }
    let mut row = 5u32;
    let mut n = 0u32;
    let mut total = 0u64;
    for p in 1..=PROGRAMS {
        sheet.merge_range(row, 0, row, 6, &format!("Program {p}"), &plain)?;
        row += 1;
        for k in 1..=KEGIATAN {
            sheet.merge_range(row, 0, row, 6, &format!("Kegiatan {p}.{k}"), &plain)?;
            row += 1;
            let first = row;
            let last = row + ITEMS - 1;
            let sasaran = format!("Sasaran kegiatan {p}.{k}");
            sheet.merge_range(first, 1, last, 1, &sasaran, &plain)?;
            let indikator = format!("Indikator kegiatan {p}.{k}");
            sheet.merge_range(first, 2, last, 2, &indikator, &plain)?;
            for _ in 0..ITEMS {
                n += 1;
                sheet.write_string(row, 3, format!("Output {n}"))?;
                sheet.write_string(row, 4, format!("Belanja kegiatan nomor {n}"))?;
                if n.is_multiple_of(97) {
                    // A formula that is 0 by its inputs, not by construction.
                    let zero = Formula::new(format!("=F{r}-F{r}", r = row)).set_result("0");
                    sheet.write_formula(row, 5, zero)?;
                } else {
                    sheet.write_number(row, 5, anggaran(n) as f64)?;
                    total += anggaran(n);
                }
                row += 1;
            }
            // A page break: the header again.
            header(sheet, row)?;
            row += 1;
        }
    }
    sheet.write_string(row, 0, "JUMLAH ANGGARAN")?;
    let result = if computed {
        total.to_string()
    } else {
        "0".to_string()
    };
    let sum = Formula::new(format!("=SUM(F6:F{row})")).set_result(result);
    sheet.write_formula(row, 5, sum)?;
    workbook.save(path)
}

/// The documents of a file read as `lakip import` reads it (streaming) and as the finished
/// sheet reads.
fn both_ways(path: &Path) -> (Vec<Document>, Vec<Document>) {
    let (streamed, _) = read_file(path, "rkt.xlsx", &Options::default()).unwrap();
    let workbook = lakip::source::read(path).unwrap();
    let whole = workbook
        .sheets
        .iter()
        .filter_map(|s| match recognise("rkt.xlsx", s, None).unwrap() {
            Recognition::Document(d) => Some(*d),
            Recognition::Skipped(_) => None,
        })
        .collect();
    (streamed, whole)
}

fn anggaran_of(doc: &Document) -> Vec<Option<Decimal>> {
    doc.items()
        .iter()
        .map(|i| i.amounts.get(&Field::Amount).and_then(|q| q.value))
        .collect()
}

#[test]
fn streamed_reading_equals_reading_the_whole_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rkt.xlsx");
    write_rkt(&path, true).unwrap();
    let (streamed, whole) = both_ways(&path);
    assert_eq!(streamed, whole);

    let doc = &streamed[0];
    let items = PROGRAMS * KEGIATAN * ITEMS;
    assert_eq!(doc.items().len(), items as usize);
    assert_eq!(doc.headings().len(), (PROGRAMS * (1 + KEGIATAN)) as usize);
    // Every item keeps the sasaran merged over its group, across the chunks.
    let item = &doc.items()[2_047];
    assert_eq!(item.sasaran.as_deref(), Some("Sasaran kegiatan 4.5"));
    assert_eq!(item.indikator.as_deref(), Some("Indikator kegiatan 4.5"));
    assert!(doc.items().iter().all(|i| i.sasaran.is_some()));
    // Formulas were saved with their results: the one that shows 0 is 0.
    let zero = anggaran_of(doc)[96];
    assert_eq!(zero, Some(Decimal::ZERO));
    let sum: Decimal = anggaran_of(doc).into_iter().flatten().sum();
    let stated = doc.totals()[0].stated.get(&Field::Amount).unwrap().value;
    assert_eq!(Some(sum), stated);
}

#[test]
fn streamed_reading_defers_to_the_whole_sheet_when_formulas_were_not_computed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rkt.xlsx");
    write_rkt(&path, false).unwrap();
    let (streamed, whole) = both_ways(&path);
    assert_eq!(streamed, whole);
    // No formula in the file holds a result: a formula showing 0 is unknown, not 0.
    let doc = &streamed[0];
    let q = doc.items()[96].amounts.get(&Field::Amount).unwrap();
    assert_eq!(q.value, None);
    assert!(q.uncomputed_formula().is_some());
}

/// An anggaran table whose % column holds percent-formatted fractions (0,95 for 95%), as
/// Excel stores them.
fn write_anggaran_with_fractions(path: &Path, rows: u32) -> Result<(), XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Realisasi")?;
    sheet.write_string(0, 0, "Laporan Realisasi Anggaran")?;
    for (col, text) in ["Uraian", "Pagu", "Realisasi", "%"].into_iter().enumerate() {
        sheet.write_string(2, col as u16, text)?;
    }
    let percent = rust_xlsxwriter::Format::new().set_num_format("0.00%");
    for n in 1..=rows {
        let row = 2 + n;
        sheet.write_string(row, 0, format!("Belanja barang operasional {n}"))?;
        sheet.write_number(row, 1, 1_000_000.0)?;
        sheet.write_number(row, 2, 950_000.0)?;
        sheet.write_number_with_format(row, 3, 0.95, &percent)?;
    }
    workbook.save(path)
}

#[test]
fn streamed_reading_reads_percent_formatted_fractions_as_the_whole_sheet_does() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("anggaran.xlsx");
    write_anggaran_with_fractions(&path, 5_000).unwrap();
    let (streamed, whole) = both_ways(&path);
    assert_eq!(streamed, whole);
    let doc = &streamed[0];
    assert_eq!(doc.items().len(), 5_000);
    let stated = doc.items()[4_321]
        .amounts
        .get(&Field::StatedPercent)
        .unwrap();
    assert_eq!(stated.value, Some(Decimal::from(95)));
}

/// The workbook at `from` with the sheet's row `row` (1-based) stored last, after every other
/// row, as a program that writes rows in its own order may: the cells come out of order.
fn move_row_last(from: &Path, to: &Path, row: u32) {
    use std::io::{Read, Write};
    let mut zip = zip::ZipArchive::new(std::fs::File::open(from).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(std::fs::File::create(to).unwrap());
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        let mut xml = String::new();
        part.read_to_string(&mut xml).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            let start = xml.find(&format!("<row r=\"{row}\"")).unwrap();
            let end = start + xml[start..].find("</row>").unwrap() + "</row>".len();
            let moved: String = xml.drain(start..end).collect();
            let at = xml.find("</sheetData>").unwrap();
            xml.insert_str(at, &moved);
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(xml.as_bytes()).unwrap();
    }
    out.finish().unwrap();
}

#[test]
fn cells_out_of_order_after_rows_were_read_early_read_the_file_again() {
    // Row 300 is stored after the last row: by the time it comes, the rows before it were read
    // early and gave up their cells (see `layout::early`). The sheet is then read again,
    // whole, and gives what the ordered file gives, every item with its anggaran.
    let dir = tempfile::tempdir().unwrap();
    let (ordered, moved) = (dir.path().join("a.xlsx"), dir.path().join("b.xlsx"));
    write_rkt(&ordered, true).unwrap();
    move_row_last(&ordered, &moved, 300);
    let (streamed, whole) = both_ways(&moved);
    assert_eq!(streamed, whole);
    let (expected, _) = both_ways(&ordered);
    assert_eq!(streamed, expected);
    // 8 programs × 10 kegiatan × 60 items.
    assert_eq!(streamed[0].items().len(), 4_800);
    assert_eq!(anggaran_of(&streamed[0]), anggaran_of(&expected[0]));
}
