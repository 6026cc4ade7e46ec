//! What an item does not keep of its entry (its hierarchy text, the parts few rows have, the
//! cell its location named before) is, for a large sheet, kept with its document and freed with
//! it after the report: freed one item at a time on the reading thread, it was a third of
//! building the hierarchy of a 100 000-row Renja, and freed on a thread of its own as the items
//! were made, it slowed them and the report by half. Counted, never timed.
//!
//! One test in this file: the counter is global to the process.

mod support;

use lakip::layout::hierarchy::LEFTOVERS_HELD;
use lakip::pipeline::{read_file, Options};
use std::sync::atomic::Ordering;

/// Reads a workbook of `layout` with `rows` rows: its items, the leftovers held, and whether
/// every document holds them.
fn leftovers_held(layout: &str, rows: usize) -> (usize, usize, bool) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{layout}.xlsx"));
    support::bench_fixtures::write(layout, rows, &path).unwrap();
    LEFTOVERS_HELD.store(0, Ordering::SeqCst);
    let (docs, _) = read_file(&path, "bench.xlsx", &Options::default()).unwrap();
    let items = docs.iter().map(|d| d.items().len()).sum();
    let with_document = docs.iter().all(|d| !d.held.is_empty());
    (items, LEFTOVERS_HELD.load(Ordering::SeqCst), with_document)
}

#[test]
fn a_large_sheets_item_leftovers_are_held_with_its_document() {
    // Below 10 000 lines there is little to gain: freed at once.
    let (items, held, _) = leftovers_held("renja", 2_000);
    assert!(items > 1_000, "{items} items");
    assert_eq!(held, 0);
    // At 12 000 and 24 000 rows, every Renja item's leftovers (its Satuan text, its number's
    // box) go with the document.
    for rows in [12_000, 24_000] {
        let (items, held, with_document) = leftovers_held("renja", rows);
        assert!(items > rows / 2, "{rows} rows: {items} items");
        assert_eq!(held, items, "{rows} rows: {items} items");
        assert!(with_document, "{rows} rows: the document holds them");
    }
    // A SAKTI row leaves nothing once its item is made: nothing is held with the document, so
    // its peak does not carry its rows' parts until the report.
    let (items, held, _) = leftovers_held("sakti", 12_000);
    assert!(items > 9_000, "{items} items");
    assert_eq!(held, 0);
}
