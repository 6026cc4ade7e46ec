//! What a large import holds in memory grows with what it keeps, not with the cells it has
//! read: counted, never measured (a peak of memory depends on the allocator and the machine).
//!
//! One test in this file: the counter is global to the process.

mod support;

use lakip::pipeline::{read_file, Options, CELLS_HELD, CELLS_PARSED};
use std::sync::atomic::Ordering;
use support::bench_fixtures;

/// Imports the generated workbook of `layout` with `rows` body rows
/// (`tests/support/bench_fixtures.rs`) as `lakip import` does; returns the items (or
/// indikator rows) read and the cells its workbook held once its sheet was recognised.
fn cells_held(layout: &str, rows: usize) -> (usize, usize) {
    let (read, held, _) = cells_counted(layout, rows);
    (read, held)
}

/// As [`cells_held`], with the cells the workbook held once its last cell was parsed, before
/// its sheet was recognised (what is held while the sheet streams in).
fn cells_counted(layout: &str, rows: usize) -> (usize, usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{layout}.xlsx"));
    bench_fixtures::write(layout, rows, &path).unwrap();
    let name = format!("{layout}.xlsx");
    let (docs, _) = read_file(&path, &name, &Options::default()).unwrap();
    assert_eq!(docs.len(), 1);
    let read = docs[0].items().len() + docs[0].indicators().len();
    let parsed = CELLS_PARSED.load(Ordering::SeqCst);
    (read, CELLS_HELD.load(Ordering::SeqCst), parsed)
}

#[test]
fn body_rows_read_give_up_their_cells() {
    body_rows_read_early_give_up_their_cells();
    performance_rows_give_up_their_cells();
    performance_rows_give_up_their_cells_while_streaming();
}

fn body_rows_read_early_give_up_their_cells() {
    // The RKT is read while it streams in: once its header is known, each body row is read
    // into a line and its cells are let go, so the workbook holds its first rows only (where
    // the header and the kind are found: `PLAN_ROWS`, 40 + 2), whatever the sheet's size.
    // Those rows are at most 7 cells wide (columns A–G, merged copies included): 42 × 7 = 294.
    // Holding every cell, 1 200 rows were over 5 000 cells (a group's 3 rows hold 6 + 4 + 4
    // cells with the sasaran, indikator and output merged down, a heading merged across A–G 7).
    let (small_items, small) = cells_held("rkt", 1_200);
    let (large_items, large) = cells_held("rkt", 4_800);
    // Every item is still read (see `tests/import_cost.rs` for the counts worked out).
    assert_eq!((small_items, large_items), (1_161, 4_647));
    assert!(small <= 294, "{small} cells held for 1 200 rows");
    assert_eq!(small, large, "the cells held grow with the rows");
}

fn performance_rows_give_up_their_cells() {
    // A PK, kinerja or RAK table is read once the whole sheet is in (its columns are weighed
    // over every row), and each body row gives up its cells as it is read into an indikator:
    // the workbook keeps its title, header and signature rows only (16 cells for the PK, 18
    // for the kinerja table, 100 for the RAK with its month columns). Holding every cell,
    // 1 200 rows of a PK were thousands of cells.
    for layout in ["pk", "kinerja", "rak"] {
        let (small_read, small) = cells_held(layout, 1_200);
        let (large_read, large) = cells_held(layout, 4_800);
        assert!(large_read > 3 * small_read, "{layout}: rows unread");
        assert!(small <= 120, "{layout}: {small} cells held for 1 200 rows");
        assert_eq!(small, large, "{layout}: the cells held grow with the rows");
    }
}

fn performance_rows_give_up_their_cells_while_streaming() {
    // A PK, kinerja or RAK table is read while it streams in as well (`layout::early`): each
    // body row gives up its cells once read into an indikator, so when the last cell is parsed
    // the workbook holds the first rows (`PLAN_ROWS`, 42, where the header and the kind are
    // found, at most 20 cells wide for the RAK with its month columns: 840; 168 for the PK)
    // and nothing that grows with the rows. Read only once the whole sheet was in, 1 200 rows were every cell of the sheet
    // held to the end of the parse (over 4 800 for the PK).
    for layout in ["pk", "kinerja", "rak"] {
        let (small_read, _, small) = cells_counted(layout, 1_200);
        let (large_read, _, large) = cells_counted(layout, 4_800);
        assert!(large_read > 3 * small_read, "{layout}: rows unread");
        assert!(
            small <= 840,
            "{layout}: {small} cells held parsing 1 200 rows"
        );
        assert_eq!(
            small, large,
            "{layout}: the cells held parsing grow with the rows"
        );
    }
}
