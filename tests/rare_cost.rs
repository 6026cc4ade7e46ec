//! The passes that look for what few rows hold (a total-like label, cells in columns without a
//! role or unreadable, an amount with a remark) each go over every line or row, a cache miss a
//! row on a large sheet. They run only where a line was noted holding one as the lines were
//! read (`layout::lines::Rare`): counted, never timed.
//!
//! One test in this file: the counter is global to the process.

mod support;

use lakip::layout::lines::RARE_SEARCHES;
use lakip::pipeline::{read_file, Options};
use std::sync::atomic::Ordering;
use support::rare_fixtures::{write, Rare};

/// The searches made reading a 3 000-row budget holding `rare` on one row far down.
fn searches(rare: Rare) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("realisasi.xlsx");
    write(&path, rare).unwrap();
    RARE_SEARCHES.store(0, Ordering::SeqCst);
    let _ = read_file(&path, "realisasi.xlsx", &Options::default());
    RARE_SEARCHES.load(Ordering::SeqCst)
}

#[test]
fn a_sheet_without_rare_rows_is_not_searched_for_them() {
    assert_eq!(searches(Rare::None), 0);
    // One row holding one: that one search runs (the import stops at an unreadable amount).
    for rare in [Rare::Formula, Rare::Stray, Rare::Unreadable] {
        assert_eq!(searches(rare), 1, "{rare:?}");
    }
}
