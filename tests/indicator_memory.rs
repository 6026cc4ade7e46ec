//! What an imported performance table keeps per indikator row, in bytes asked of the allocator
//! (counted, never measured: a peak of memory depends on the allocator and the machine).
//!
//! One test in this file: the counter is global to the process.

mod support;

use lakip::model::Document;
use lakip::pipeline::{read_file, Options};
use support::bench_fixtures;
use support::counting::live_bytes;

#[global_allocator]
static COUNTING: support::counting::Counting = support::counting::Counting;

/// Imports the generated workbook of `layout` with `rows` body rows as `lakip import` does;
/// returns the documents and the bytes they hold once read (the workbook and the reader's
/// state are freed by then).
fn held(layout: &str, rows: usize) -> (Vec<Document>, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{layout}.xlsx"));
    bench_fixtures::write(layout, rows, &path).unwrap();
    let name = format!("{layout}.xlsx");
    let before = live_bytes();
    let (docs, _) = read_file(&path, &name, &Options::default()).unwrap();
    let after = live_bytes();
    (docs, usize::try_from(after - before).unwrap())
}

/// The bytes held per indikator row of `layout` at `rows` body rows, with the documents.
fn per_row(layout: &str, rows: usize) -> (Vec<Document>, usize) {
    let (docs, bytes) = held(layout, rows);
    let per_row = bytes / docs[0].indicators().len();
    eprintln!("{layout} {rows}: {per_row} bytes a row");
    (docs, per_row)
}

#[test]
fn a_performance_row_holds_only_its_own_columns() {
    // Two sizes just over a power of two (1 100 and 4 500 rows): an indikator list grown by
    // doubling would have room for 2 048 and 8 192, near twice what it holds; grown to the
    // rows the sheet states (its `<dimension>`), it holds its rows and no more, whatever the
    // size. Doubling, a PK row held 671 and 683 bytes.
    for rows in [1_100, 4_500] {
        let (docs, pk) = per_row("pk", rows);
        let list = docs[0].indicators();
        assert!(list.len() >= rows);
        // A PK row has no RAK or Renstra columns: none are allocated for it.
        assert!(list.iter().all(|i| i.rak.is_none() && i.renstra.is_none()));
        // Its own: the Indicator (288 bytes), its number, indikator and target texts, its
        // row class, and a third of its sasaran's text (3 rows a sasaran). With the RAK and
        // Renstra columns inline (528 bytes), the target's cell a string and a sasaran text
        // per row, a row held 683 bytes; with the location's cell a string, 416.
        assert!(pk <= PK_ROW, "{pk} bytes held per PK row ({rows} rows)");

        let (docs, kinerja) = per_row("kinerja", rows);
        let list = docs[0].indicators();
        assert!(list.iter().all(|i| i.rak.is_none() && i.renstra.is_none()));
        // As the PK's, with the realisasi (its text and cell) and the capaian stated.
        assert!(
            kinerja <= KINERJA_ROW,
            "{kinerja} bytes held per kinerja row ({rows} rows)"
        );

        let (docs, rak) = per_row("rak", rows);
        let list = docs[0].indicators();
        assert!(list.iter().all(|i| i.rak.is_some() && i.renstra.is_none()));
        // The RAK's columns are all there, boxed: the action, its target, pelaksana, cost and
        // twelve month marks (986 bytes a row before they were boxed, 868 with the location's
        // cell a string).
        assert!(rak <= RAK_ROW, "{rak} bytes held per RAK row ({rows} rows)");
    }
}

/// The most bytes a row may hold, at either size.
const PK_ROW: usize = 440;
const KINERJA_ROW: usize = 380;
const RAK_ROW: usize = 880;
