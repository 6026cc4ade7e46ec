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

/// Reads a Renja of `rows` rows: its items, and the leftovers held with its document.
fn leftovers_held(rows: usize) -> (usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("renja.xlsx");
    support::bench_fixtures::write("renja", rows, &path).unwrap();
    LEFTOVERS_HELD.store(0, Ordering::SeqCst);
    let (docs, _) = read_file(&path, "renja.xlsx", &Options::default()).unwrap();
    let items = docs.iter().map(|d| d.items().len()).sum();
    (items, LEFTOVERS_HELD.load(Ordering::SeqCst))
}

#[test]
fn a_large_sheets_item_leftovers_are_held_with_its_document() {
    // Below 10 000 lines there is little to gain: freed at once.
    let (items, sent) = leftovers_held(2_000);
    assert!(items > 1_000, "{items} items");
    assert_eq!(sent, 0);
    // At 12 000 and 24 000 rows, every item's leftovers go (before: none did).
    for rows in [12_000, 24_000] {
        let (items, sent) = leftovers_held(rows);
        assert!(items > rows / 2, "{rows} rows: {items} items");
        assert_eq!(sent, items, "{rows} rows: {items} items");
    }
}
