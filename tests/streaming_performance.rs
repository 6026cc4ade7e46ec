//! A PK, kinerja or RAK table is read while its sheet streams in (`layout::early`, the
//! reading of `layout::indicators::read_split` fed batch by batch). What the reading assumes
//! until the whole sheet is in (the columns as the header names them, no fractions) and what it
//! cannot read before later rows arrive (a signature and what is under it, a new header) must
//! never change a result: each shape is imported streaming and read as a finished sheet, and
//! the documents compared.

mod support;

use lakip::layout::{recognise_parts, Recognition};
use lakip::model::Document;
use lakip::pipeline::{read_file, Options};
use support::streamed_tables::{write_pk, NoColumn, Shape};

/// Rows enough for several batches of cells (`source::workbook::BATCH_CELLS`, 8 192).
const ROWS: u32 = 6_000;

/// The documents of the PK in `shape` read streaming (as `lakip import` reads it) and as the
/// finished sheet reads.
fn both_ways(shape: Shape) -> (Vec<Document>, Vec<Document>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pk.xlsx");
    write_pk(&path, ROWS, shape).unwrap();
    let (streamed, _) = read_file(&path, "pk.xlsx", &Options::default()).unwrap();
    let mut workbook = lakip::source::read(&path).unwrap();
    let whole = workbook
        .sheets
        .iter_mut()
        .flat_map(|s| recognise_parts("pk.xlsx", s, None, None).unwrap())
        .filter_map(|found| match found {
            Recognition::Document(d) => Some(*d),
            Recognition::Skipped(_) => None,
        })
        .collect();
    (streamed, whole)
}

/// Same documents both ways; returns the first.
fn same_both_ways(shape: Shape) -> Document {
    let (streamed, whole) = both_ways(shape);
    assert_eq!(streamed.len(), whole.len(), "{shape:?}");
    // Field by field first, for a readable failure.
    for (s, w) in streamed.iter().zip(&whole) {
        assert_eq!(s.indicators(), w.indicators(), "{shape:?}");
        assert_eq!(s.notices, w.notices, "{shape:?}");
        assert_eq!(s.rows, w.rows, "{shape:?}");
    }
    assert_eq!(streamed, whole, "{shape:?}");
    streamed.into_iter().next().unwrap()
}

#[test]
fn a_plain_table_reads_the_same_streamed() {
    let doc = same_both_ways(Shape::default());
    assert_eq!(doc.indicators().len(), ROWS as usize);
    let signed = Shape {
        signed: true,
        ..Shape::default()
    };
    let doc = same_both_ways(signed);
    assert_eq!(doc.indicators().len(), ROWS as usize);
    assert!(!doc.signatures.is_empty(), "the signature is read");
}

#[test]
fn a_fraction_column_reads_the_same_streamed() {
    let fractions = Shape {
        fractions: true,
        ..Shape::default()
    };
    let doc = same_both_ways(fractions);
    // Decided over the whole column: 0,855 is 85,5%.
    let target = doc.indicators()[4].target.as_ref().unwrap();
    assert_eq!(&*target.text, "85,5%");
    let whole = Shape {
        whole_numbers: true,
        ..Shape::default()
    };
    let doc = same_both_ways(whole);
    assert_eq!(&*doc.indicators()[4].target.as_ref().unwrap().text, "85");
}

#[test]
fn fractions_under_a_column_number_row_are_read_as_percentages() {
    // `1 2 3 4` under the header numbers the columns: its 4 in the Target column is no target,
    // and must not make 0,855 … 0,995 read as written.
    let shape = Shape {
        fractions: true,
        numbered_columns: true,
        ..Shape::default()
    };
    let doc = same_both_ways(shape);
    assert_eq!(doc.indicators().len(), ROWS as usize);
    let target = doc.indicators()[4].target.as_ref().unwrap();
    assert_eq!(&*target.text, "85,5%");
    let said = doc
        .notices
        .iter()
        .filter(|n| n.kind == lakip::model::NoticeKind::Ambiguous)
        .count();
    assert_eq!(said, 1, "the reading as percentages is said once");
}

#[test]
fn a_table_without_a_no_column_reads_the_same_streamed() {
    for no in [NoColumn::Missing, NoColumn::ByContent] {
        let shape = Shape {
            no,
            ..Shape::default()
        };
        let doc = same_both_ways(shape);
        assert_eq!(doc.indicators().len(), ROWS as usize, "{no:?}");
        let numbered = doc.indicators()[6].number.as_deref();
        match no {
            // `Sasaran` holds only `1.`, `2.`: read as the No column over the whole sheet.
            NoColumn::ByContent => assert_eq!(numbered, Some("7")),
            _ => assert_eq!(numbered, None),
        }
    }
}

#[test]
fn a_second_table_under_the_signature_reads_the_same_streamed() {
    let shape = Shape {
        second_table: true,
        ..Shape::default()
    };
    let (streamed, whole) = both_ways(shape);
    assert_eq!(streamed, whole);
    // The PK above and the one under its signature, each a document.
    assert_eq!(streamed.len(), 2);
    assert_eq!(streamed[0].indicators().len(), ROWS as usize);
    assert_eq!(streamed[1].indicators().len(), 20);
}

#[test]
fn a_repeated_or_new_header_mid_table_reads_the_same_streamed() {
    let repeated = Shape {
        repeated_header: true,
        ..Shape::default()
    };
    let doc = same_both_ways(repeated);
    assert_eq!(doc.indicators().len(), ROWS as usize);
    let new = Shape {
        new_header: true,
        ..Shape::default()
    };
    let doc = same_both_ways(new);
    assert_eq!(doc.indicators().len(), ROWS as usize);
    // Under the new header the target is a column further right.
    let last = doc.indicators().last().unwrap();
    assert!(last.target.as_ref().unwrap().text.ends_with('%'));
}

#[test]
fn cells_formatted_as_percentages_read_the_same_streamed() {
    // Known only once the sheet's last cell is parsed: in a column read, the streamed reading
    // does not stand (read again); beside the table, it does.
    let targets = Shape {
        percent_targets: true,
        ..Shape::default()
    };
    let doc = same_both_ways(targets);
    // 1,005 formatted as a percentage is 100,5%, whatever the column's other cells.
    let target = doc.indicators()[19].target.as_ref().unwrap();
    assert_eq!(&*target.text, "100,5%");
    let aside = Shape {
        percent_aside: true,
        ..Shape::default()
    };
    let doc = same_both_ways(aside);
    assert_eq!(doc.indicators().len(), ROWS as usize);
}
