//! The cells of the rows a large sheet's reading is done with are freed on a thread of their
//! own: freed row by row on the reading thread (the one an import waits for), they were a
//! sixth of its work for a PK of 100 000 rows. Counted, never timed.
//!
//! One test in this file: the counter is global to the process.

mod support;

use lakip::pipeline::{read_file, Freer, Options, FREED_ELSEWHERE};
use lakip::source::Cell;
use std::sync::atomic::Ordering;

/// Reads a workbook of `layout` with `rows` body rows: the sheet rows its documents account
/// for, and the rows whose cells were freed elsewhere.
fn freed_elsewhere(layout: &str, rows: usize) -> (usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{layout}.xlsx"));
    support::bench_fixtures::write(layout, rows, &path).unwrap();
    FREED_ELSEWHERE.store(0, Ordering::SeqCst);
    let (docs, _) = read_file(&path, "bench.xlsx", &Options::default()).unwrap();
    let accounted = docs.iter().map(|d| d.rows.len()).sum();
    (accounted, FREED_ELSEWHERE.load(Ordering::SeqCst))
}

#[test]
fn a_large_sheets_rows_give_their_cells_to_another_thread() {
    let here = Freer::<Vec<Cell>>::HERE;
    // A PK (the indikator reader) and an RKT (the lines reader) read as their cells stream.
    for layout in ["pk", "rkt"] {
        // Below 10 000 rows a thread would cost more than it saves: freed at once.
        let (accounted, sent) = freed_elsewhere(layout, 2_000);
        assert!(accounted > 2_000, "{layout}: {accounted} rows");
        assert_eq!(sent, 0, "{layout}");
        // At 24 000 body rows, the rows read after the first 10 000 (before: none). The rows
        // above the body and those the plan is made from keep their cells, and the RKT's
        // repeated header rows too: nine in ten of the rest at least.
        let (accounted, sent) = freed_elsewhere(layout, 24_000);
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        if cores < 2 {
            // On one core the thread would only take turns with the reading: none starts.
            eprintln!("one core: the freeing thread is not started, nothing is sent");
            assert_eq!(sent, 0, "{layout}");
            continue;
        }
        assert!(sent < accounted - here, "{layout}: {sent} of {accounted}");
        assert!(
            sent * 10 >= (accounted - here) * 9,
            "{layout}: {sent} of {accounted}"
        );
    }
}
