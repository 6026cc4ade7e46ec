//! Reading a budget body row costs it a bounded number of normalized texts: counted, never
//! timed. A Renja's `Sub kegiatan …` rows start as a `Sub Total` does, and each was normalized
//! (and its total words formatted) to be told from one: 2 normalizations a row, a fifth of the
//! import's reading of its rows.
//!
//! One test in this file: the normalization counter is global to the process.

mod support;

use lakip::layout::columns::NORMALIZED;
use lakip::pipeline::{read_file, Options};
use std::sync::atomic::Ordering;
use support::bench_fixtures;

/// Imports the generated Renja of `rows` body rows as `lakip import` does; returns the items
/// read and the texts normalized.
fn import_renja(rows: usize) -> (usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("renja.xlsx");
    bench_fixtures::write("renja", rows, &path).unwrap();
    NORMALIZED.store(0, Ordering::SeqCst);
    let (docs, _) = read_file(&path, "renja.xlsx", &Options::default()).unwrap();
    let normalized = NORMALIZED.load(Ordering::SeqCst);
    assert_eq!(docs.len(), 1);
    (docs[0].items().len(), normalized)
}

#[test]
fn a_sub_kegiatan_row_is_told_from_a_sub_total_without_normalizing_it() {
    // The generator writes groups of 10 rows (`tests/support/renja_fixtures.rs`): a kegiatan
    // heading and 9 `Sub kegiatan g.s` items. 1 000 rows: 100 groups, 900 items; 4 000 rows:
    // 400 groups, 3 600 items.
    let (small_items, small) = import_renja(1_000);
    let (large_items, large) = import_renja(4_000);
    assert_eq!((small_items, large_items), (900, 3_600));
    // The 3 000 rows between the two sizes are 300 headings and 2 700 `Sub kegiatan` items.
    // A heading's text is normalized for the page-break header test (its text and its
    // column's name: 2); an item's first text is a number (No), turned away with none. So
    // 300 × 2 = 600, and the total test adds nothing. Normalizing each `Sub kegiatan` label to
    // tell it from a `Sub Total` added 2 700 (3 300 in all, over one a row).
    let more = large.saturating_sub(small);
    assert!(more <= 1_000, "{more} normalizations for 3 000 more rows");
}
