//! The tree `lakip import --dry-run` prints for a pipe or a file costs the cells it shows: a
//! few allocations each (the cell's text), not comfy-table's bookkeeping (a `Vec` of lines and
//! a padded `String` per cell, a `String` per table line, the lines collected and joined),
//! which was most of the time after the last cell of a Renja or SAKTI import of 100 000 rows.
//! Counted, never timed, at two sizes.
//!
//! One test in this file: the allocations are counted by the thread, the table's width read
//! from the process's (absent) terminal.

mod support;

use lakip::pipeline::{read_file, Options};
use lakip::report::import::text;
use support::counting::thread_allocations as allocations;
use support::sakti_fixtures as sakti;

#[global_allocator]
static COUNTING: support::counting::Counting = support::counting::Counting;

/// The tree's cells (headings and the sum row, each a line: more than 200 items show
/// headings only) and the allocations the text report made.
fn tree_cost(kro: usize) -> (usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.xlsx");
    sakti::write_large(&path, &sakti::Shape { kro, items: 4 }).unwrap();
    let (docs, skipped) = read_file(&path, "large.xlsx", &Options::default()).unwrap();
    let doc = &docs[0];
    assert!(doc.items().len() > 200, "{} items", doc.items().len());
    let before = allocations();
    let out = text(&docs, &skipped);
    let made = allocations() - before;
    // The header, the headings and the sum row, each one line of the table between `│`.
    let rows = out.lines().filter(|l| l.starts_with('│')).count();
    assert_eq!(rows, doc.headings().len() + 2, "{out}");
    let top = out.lines().find(|l| l.starts_with('┌')).unwrap();
    let columns = top.matches('┬').count() + 1;
    (rows * columns, made)
}

#[test]
fn the_import_tree_costs_a_few_allocations_a_cell() {
    support::english();
    // 40 headings a KRO (tests/import_report_cost.rs): 160 and 320 headings, 9 columns.
    for kro in [4, 8] {
        let (cells, made) = tree_cost(kro);
        // A subtotal's amount is formatted with a few allocations, its label with two; the
        // grid holds them all in one buffer: 4 428 for 1 440 cells. Through comfy-table: 14 458.
        assert!(
            made <= 5 * cells,
            "{made} allocations for {cells} cells ({kro} KRO)"
        );
    }
}
