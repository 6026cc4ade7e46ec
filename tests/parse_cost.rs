//! Reading a workbook's cells allocates for each row and each text, not for each cell nor for
//! each copy of a merged cell: counted, never timed. The allocations of both threads (the
//! parser's and the reader's) are counted, calamine's own included.
//!
//! One test in this file: the counter is global to the process.

mod support;

use support::bench_fixtures;
use support::counting::allocations;

#[global_allocator]
static COUNTING: support::counting::Counting = support::counting::Counting;

/// Reads the generated workbook of `layout` with `rows` body rows; returns the allocations
/// made while reading it and the rows and cells (merged copies included) it holds.
fn read_counted(layout: &str, rows: usize) -> (usize, usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{layout}.xlsx"));
    bench_fixtures::write(layout, rows, &path).unwrap();
    let before = allocations();
    let book = lakip::source::read(&path).unwrap();
    let allocations = allocations() - before;
    let sheet_rows: usize = book.sheets.iter().map(|s| s.rows.len()).sum();
    let cells = book
        .sheets
        .iter()
        .flat_map(|s| &s.rows)
        .map(|r| r.cells.len())
        .sum();
    (allocations, sheet_rows, cells)
}

/// The allocations a row and a cell added cost, from reading `layout` at two sizes.
fn per_row_and_cell(layout: &str) -> (f64, f64) {
    let (small, small_rows, small_cells) = read_counted(layout, 1_000);
    let (large, large_rows, large_cells) = read_counted(layout, 4_000);
    let allocations = (large - small) as f64;
    (
        allocations / (large_rows - small_rows) as f64,
        allocations / (large_cells - small_cells) as f64,
    )
}

/// Allocations a body row added costs at most, by layout. Before rows were given their exact
/// size (grown from room for 4 cells, then shrunk) and before texts were shared (each text cell
/// and each merged copy of one its own copy), they cost 14,0 (RKT), 15,5 (Renja) and 10,8
/// (SAKTI); now 10,5, 11,4 and 4,6. What remains is mostly calamine's (the shared strings
/// table: the generated texts are nearly all different) and a row's own `Vec`.
const MAX_A_ROW: [(&str, f64); 3] = [("rkt", 11.0), ("renja", 12.0), ("sakti", 5.5)];

#[test]
fn cells_are_read_with_an_allocation_a_row_and_a_text() {
    for (layout, most) in MAX_A_ROW {
        let (row, cell) = per_row_and_cell(layout);
        eprintln!("{layout}: {row:.2} allocations a row, {cell:.3} a cell");
        assert!(row <= most, "{layout}: {row:.2} allocations a row");
    }
}
