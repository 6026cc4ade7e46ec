//! Merged regions cost a search of the sheet's rows each, not one a copied cell: counted,
//! never timed. A SAKTI export of 100 000 rows merges ~700 000 regions into ~1,9 million
//! copied cells; searching the rows for each copy was a tenth of its import.
//!
//! One test in this file: the counter is global to the process.

mod support;

use lakip::source::{read, Spill, Value, MERGE_ROW_SEARCHES};
use std::sync::atomic::Ordering;
use support::merge_fixtures::{write, ACROSS, BLOCK, OWN_INSIDE, ROWS};

#[test]
fn merged_regions_are_applied_with_one_search_a_region() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("merged.xlsx");
    write(&path).unwrap();
    MERGE_ROW_SEARCHES.store(0, Ordering::SeqCst);
    let book = read(&path).unwrap();
    let searches = MERGE_ROW_SEARCHES.load(Ordering::SeqCst);
    let rows = &book.sheets[0].rows;

    // Regions: 3 across on each of 1 000 rows, and Q1:S10 from the first row down. Each row
    // that starts regions is searched for once (1 000 searches); the regions of rows 2 to
    // 1 000 lie side by side on their row and are applied with it; the first row's four,
    // one of them merged down, are each searched for again: 1 000 + 4 = 1 004.
    // One search a copied cell, as before, was 1 + 4 a run across (3 000 × 5 = 15 000) and
    // 1 + 29 for Q1:S10's 30 cells: 15 030.
    assert_eq!(searches, 1_004);

    // Every row: A, B:P (15 cells), and Q:S on the first ten rows.
    assert_eq!(rows.len(), ROWS as usize);
    for row in rows {
        let expected = if row.index <= BLOCK.1 .0 { 19 } else { 16 };
        assert_eq!(row.cells.len(), expected, "row {}", row.index);
    }
    // Row 8 (0-based 7): B:F hold 7, G:K `Akun 7`, L:P 70, copies marked across.
    let row = &rows[7];
    for (first, last) in ACROSS {
        for col in u32::from(first) + 1..=u32::from(last) {
            let cell = row.get(col).unwrap();
            assert_eq!(cell.spill, Spill::Across, "col {col}");
            assert_eq!(cell.value, row.get(u32::from(first)).unwrap().value);
        }
    }
    assert_eq!(row.get(5).unwrap().value, Value::Number(7.0));
    assert_eq!(row.get(10).unwrap().text(), Some("Akun 7"));
    assert_eq!(row.get(15).unwrap().value, Value::Number(70.0));
    // H6 keeps its own value; G6's copies go around it.
    let row = &rows[OWN_INSIDE.0 as usize];
    let own = row.get(u32::from(OWN_INSIDE.1)).unwrap();
    assert_eq!((own.text(), own.spill), (Some("sendiri"), Spill::Own));
    assert_eq!(row.get(8).unwrap().text(), Some("Akun 5"));
    // Q1:S10: R1 and S1 copied across, Q2:S10 copied down; row 11 has nothing there.
    assert_eq!(rows[0].get(18).unwrap().spill, Spill::Across);
    assert_eq!(rows[9].get(16).unwrap().spill, Spill::Down);
    assert_eq!(rows[9].get(18).unwrap().text(), Some("Sasaran"));
    assert!(rows[10].get(16).is_none());
}
