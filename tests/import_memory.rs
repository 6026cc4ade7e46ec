//! What a large import holds in memory grows with what it keeps, not with the cells it has
//! read: counted, never measured (a peak of memory depends on the allocator and the machine).
//!
//! One test in this file: the counter is global to the process.

mod support;

use lakip::pipeline::{read_file, Options, CELLS_HELD};
use std::sync::atomic::Ordering;
use support::bench_fixtures;

/// Imports the generated RKT of `rows` body rows (`tests/support/bench_fixtures.rs`) as
/// `lakip import` does; returns the items read and the cells its workbook held when its sheet
/// was recognised.
fn cells_held(rows: usize) -> (usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rkt.xlsx");
    bench_fixtures::write("rkt", rows, &path).unwrap();
    let (docs, _) = read_file(&path, "rkt.xlsx", &Options::default()).unwrap();
    assert_eq!(docs.len(), 1);
    (docs[0].items().len(), CELLS_HELD.load(Ordering::SeqCst))
}

#[test]
fn body_rows_read_early_give_up_their_cells() {
    // The RKT is read while it streams in: once its header is known, each body row is read
    // into a line and its cells are let go, so the workbook holds its first rows only (where
    // the header and the kind are found: `PLAN_ROWS`, 40 + 2), whatever the sheet's size.
    // Those rows are at most 7 cells wide (columns A–G, merged copies included): 42 × 7 = 294.
    // Holding every cell, 1 200 rows were over 5 000 cells (a group's 3 rows hold 6 + 4 + 4
    // cells with the sasaran, indikator and output merged down, a heading merged across A–G 7).
    let (small_items, small) = cells_held(1_200);
    let (large_items, large) = cells_held(4_800);
    // Every item is still read (see `tests/import_cost.rs` for the counts worked out).
    assert_eq!((small_items, large_items), (1_161, 4_647));
    assert!(small <= 294, "{small} cells held for 1 200 rows");
    assert_eq!(small, large, "the cells held grow with the rows");
}
