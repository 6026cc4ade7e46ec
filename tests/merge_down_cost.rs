//! Regions merged down side by side over the same rows (an RKT's sasaran, indikator and
//! output, merged down each group's three rows) are applied together: each of their rows is
//! searched for once and its cells rebuilt once, not once a region. Counted, never timed.
//!
//! One test in this file: the counter is global to the process.

mod support;

use lakip::source::{read, Spill, MERGE_ROW_SEARCHES};
use std::sync::atomic::Ordering;
use support::bench_fixtures;

#[test]
fn regions_merged_down_side_by_side_cost_one_search_together() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rkt.xlsx");
    // 1 200 body rows: 387 groups of three items and 39 headings (see tests/import_cost.rs).
    bench_fixtures::write("rkt", 1_200, &path).unwrap();
    MERGE_ROW_SEARCHES.store(0, Ordering::SeqCst);
    let book = read(&path).unwrap();
    let searches = MERGE_ROW_SEARCHES.load(Ordering::SeqCst);
    // One search for each row that starts regions: the 2 title rows, the 39 headings, the
    // 387 groups' first rows and the total. Before, a group's three regions were searched for
    // again one by one: 2 + 39 + 387 × 4 + 1 = 1 590.
    assert_eq!(searches, 2 + 39 + 387 + 1);

    // Every group's sasaran, indikator and output (columns B:D) on its three rows: its own
    // on the first, copied down on the next two, beside each row's own uraian and amount.
    let rows = &book.sheets[0].rows;
    let firsts: Vec<usize> = (0..rows.len())
        .filter(|&i| {
            rows[i]
                .get(1)
                .is_some_and(|c| c.spill == Spill::Own && c.text().is_some())
        })
        .filter(|&i| rows[i].get(5).is_some_and(|c| c.text().is_none()))
        .collect();
    assert_eq!(firsts.len(), 387);
    for &i in &firsts {
        for (below, k) in rows[i + 1..i + 3].iter().zip(1..) {
            assert_eq!(below.index, rows[i].index + k);
            for col in 1..=3 {
                let cell = below.get(col).unwrap();
                assert_eq!(cell.spill, Spill::Down, "row {} col {col}", below.index);
                assert_eq!(cell.value, rows[i].get(col).unwrap().value);
            }
            assert_eq!(below.cells.len(), 5, "row {}", below.index);
            assert_eq!(below.get(4).unwrap().spill, Spill::Own);
        }
    }
}
