//! What an item does not keep of its entry (its hierarchy text, the parts few rows have, the
//! cell its location named before) is freed on a thread of its own for a large sheet: freed
//! one item at a time on the reading thread, it was a third of building the hierarchy of a
//! 100 000-row Renja, at the end of the import where one core works. Counted, never timed.
//!
//! One test in this file: the counter is global to the process.

mod support;

use lakip::layout::hierarchy::LEFTOVERS_SENT;
use lakip::pipeline::{read_file, Options};
use std::sync::atomic::Ordering;

/// Reads a Renja of `rows` rows: its items, and the leftovers freed elsewhere.
fn leftovers_sent(rows: usize) -> (usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("renja.xlsx");
    support::bench_fixtures::write("renja", rows, &path).unwrap();
    LEFTOVERS_SENT.store(0, Ordering::SeqCst);
    let (docs, _) = read_file(&path, "renja.xlsx", &Options::default()).unwrap();
    let items = docs.iter().map(|d| d.items().len()).sum();
    (items, LEFTOVERS_SENT.load(Ordering::SeqCst))
}

#[test]
fn a_large_sheets_item_leftovers_are_freed_elsewhere() {
    // Below 10 000 lines a thread would cost more than it saves: freed at once.
    let (items, sent) = leftovers_sent(2_000);
    assert!(items > 1_000, "{items} items");
    assert_eq!(sent, 0);
    // At 12 000 and 24 000 rows, every item's leftovers go (before: none did).
    for rows in [12_000, 24_000] {
        let (items, sent) = leftovers_sent(rows);
        assert!(items > rows / 2, "{rows} rows: {items} items");
        assert_eq!(sent, items, "{rows} rows: {items} items");
    }
}
