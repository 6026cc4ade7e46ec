//! A performance table's body row (PK, BAB III kinerja, RAK) costs the reading thread a
//! bounded number of allocations and normalised texts: counted, never timed. The cells are
//! parsed on another thread; the table is read on the calling thread, whose own counts these
//! are.
//!
//! One test in this file: the normalisation counter is global to the process.

mod support;

use lakip::layout::columns::NORMALIZED;
use lakip::pipeline::{read_file, Options};
use std::sync::atomic::Ordering;
use support::bench_fixtures;
use support::counting::thread_allocations;

#[global_allocator]
static COUNTING: support::counting::Counting = support::counting::Counting;

/// Imports the generated `layout` of `rows` body rows as `lakip import` does; returns the
/// calling thread's allocations and the texts normalised while reading it.
fn read_counted(layout: &str, rows: usize) -> (usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{layout}.xlsx"));
    bench_fixtures::write(layout, rows, &path).unwrap();
    NORMALIZED.store(0, Ordering::SeqCst);
    let before = thread_allocations();
    let (docs, _) = read_file(&path, "bench.xlsx", &Options::default()).unwrap();
    let allocations = thread_allocations() - before;
    let normalized = NORMALIZED.load(Ordering::SeqCst);
    assert_eq!(docs[0].indicators().len(), rows, "{layout} {rows}");
    drop(docs);
    (allocations, normalized)
}

/// What a body row added costs the reading thread: allocations and texts normalised.
fn per_row(layout: &str) -> (f64, f64) {
    let (small, small_norm) = read_counted(layout, 1_200);
    let (large, large_norm) = read_counted(layout, 4_800);
    let rows = (4_800 - 1_200) as f64;
    (
        (large - small) as f64 / rows,
        (large_norm - small_norm) as f64 / rows,
    )
}

/// The most a body row may cost the reading thread, by layout: allocations and texts
/// normalised. Before the tests every row is put to borrowed its texts (the No cell's text made
/// three times a row, each test's copy of a text, the indikator normalised to see whether it is
/// `Rp`, a vector of the row's numbers to see whether it numbers the columns), a row cost
/// 23,7 allocations (PK), 22,7 (kinerja) and 40,2 (RAK), and 2, 2 and 6 normalisations; now
/// 15,7, 15,4 and 32,1, and 1, 1 and 5. What remains is mostly what the row keeps (its texts,
/// its location) and the report's.
const MOST_A_ROW: [(&str, f64, f64); 3] = [
    ("pk", 17.0, 1.5),
    ("kinerja", 17.0, 1.5),
    ("rak", 34.0, 5.5),
];

#[test]
fn a_performance_row_costs_the_reader_few_allocations_and_normalisations() {
    for (layout, most, most_normalized) in MOST_A_ROW {
        let (allocations, normalized) = per_row(layout);
        eprintln!("{layout}: {allocations:.2} allocations a row, {normalized:.2} texts normalised");
        assert!(
            allocations <= most,
            "{layout}: {allocations:.2} allocations a row"
        );
        assert!(
            normalized <= most_normalized,
            "{layout}: {normalized:.2} texts normalised a row"
        );
    }
}
