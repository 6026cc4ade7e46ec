//! The import's cost grows with the rows, not faster: counted, never timed (a timed test fails
//! on a busy machine and passes on a slow algorithm). Header detection — is this body row the
//! header printed again at a page break? — compares a row's cells with the header's names;
//! each row must cost a bounded number of such comparisons, whatever the sheet's size.
//!
//! One test in this file: the counter is global to the process.

mod support;

use lakip::layout::columns::NORMALIZED;
use lakip::layout::header::REPEAT_COMPARISONS;
use lakip::pipeline::{read_file, Options};
use std::sync::atomic::Ordering;
use support::bench_fixtures;

/// Imports the generated RKT of `rows` body rows (`tests/support/bench_fixtures.rs`) as
/// `lakip import` does; returns the items read, the cell comparisons made and the texts
/// normalized.
fn import_rkt(rows: usize) -> (usize, usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rkt.xlsx");
    bench_fixtures::write("rkt", rows, &path).unwrap();
    REPEAT_COMPARISONS.store(0, Ordering::SeqCst);
    NORMALIZED.store(0, Ordering::SeqCst);
    let (docs, _) = read_file(&path, "rkt.xlsx", &Options::default()).unwrap();
    let comparisons = REPEAT_COMPARISONS.load(Ordering::SeqCst);
    let normalized = NORMALIZED.load(Ordering::SeqCst);
    assert_eq!(docs.len(), 1);
    (docs[0].items().len(), comparisons, normalized)
}

#[test]
fn header_detection_costs_each_row_a_bounded_number_of_comparisons() {
    // The generator writes, until `rows` body rows: a heading (`Program …`) before every 10
    // groups, groups of 3 items, the header again after every 40 rows since the last.
    // 1 200 rows: 38 blocks of 31 rows (1 heading + 30 items) are 1 178 rows; then the 39th
    // heading (1 179) and 7 groups (1 179 + 21 = 1 200): 387 groups, 1 161 items.
    // 4 800 rows: 154 blocks are 4 774 rows; the 155th heading (4 775) and 9 groups (4 775 +
    // 27 = 4 802 ≥ 4 800): 1 549 groups, 4 647 items.
    let (small_items, small, small_norm) = import_rkt(1_200);
    let (large_items, large, large_norm) = import_rkt(4_800);
    assert_eq!(small_items, 1_161);
    assert_eq!(large_items, 4_647);
    // A repeat names most of the header's 7 columns with texts of its own: a body row of
    // this RKT holds at most 4 (a group's first row: sasaran, indikator, output, uraian; the
    // next two have the first three merged down), so it is turned away by counting its texts,
    // before any comparison or normalization; a repeated header is known by its page-top
    // signature first. So the 3 602 rows between the two sizes cost no comparison and no
    // normalized text. Before, each body row cost one comparison (its first text against the
    // header's name and role) and two normalizations.
    assert_eq!(
        large, small,
        "comparisons grew with the rows: {small} → {large}"
    );
    assert_eq!(
        large_norm, small_norm,
        "texts normalized grew with the rows: {small_norm} → {large_norm}"
    );
}
