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

#[test]
fn a_performance_row_holds_only_its_own_columns() {
    // 2 000 rows: the indikator list's capacity (2 048) is near its length, so the bytes per
    // row are the rows' own, not the list's room to grow.
    let (docs, pk) = held("pk", 2_000);
    let rows = docs[0].indicators();
    assert_eq!(rows.len(), 2_001);
    // A PK row has no RAK or Renstra columns: none are allocated for it.
    assert!(rows.iter().all(|i| i.rak.is_none() && i.renstra.is_none()));
    // Its own: the Indicator (304 bytes), its number, indikator and target texts, its
    // location's cell, its row class, and a third of its sasaran's text (3 rows a sasaran).
    // With the RAK and Renstra columns inline (528 bytes), the target's cell a string and a
    // sasaran text per row, a row held 683 bytes (416 now).
    let per_row = pk / rows.len();
    assert!(per_row <= 440, "{per_row} bytes held per PK row");

    let (docs, kinerja) = held("kinerja", 2_000);
    let rows = docs[0].indicators();
    assert!(rows.iter().all(|i| i.rak.is_none() && i.renstra.is_none()));
    // As the PK's, with the realisasi (its text and cell) and the capaian stated (380 bytes).
    let per_row = kinerja / rows.len();
    assert!(per_row <= 400, "{per_row} bytes held per kinerja row");

    let (docs, rak) = held("rak", 2_000);
    let rows = docs[0].indicators();
    assert!(rows.iter().all(|i| i.rak.is_some() && i.renstra.is_none()));
    // The RAK's columns are all there, boxed: the action, its target, pelaksana, cost and
    // twelve month marks (986 bytes a row before, 868 now).
    let per_row = rak / rows.len();
    assert!(per_row <= 900, "{per_row} bytes held per RAK row");
}
