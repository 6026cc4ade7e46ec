//! The merged regions are searched for (the whole sheet inflated to reach `<mergeCells>` at
//! its end) on a thread of their own, while the parser goes on: its batches wait on the
//! reading thread and are then put together in order, as if nothing had waited. Counted,
//! never timed: before, the reader received no batch until the search ended (the parser
//! stopped four batches ahead), so every sheet's parsing waited for the search.
//!
//! One test in this file: the counter is global to the process.

use lakip::source::{read_streaming, Feed, Spill, Value, BATCHES_HELD_LAST};
use rust_xlsxwriter::{Format, Workbook, XlsxError};
use std::path::Path;
use std::sync::atomic::Ordering;

/// Row `r`: `Uraian r` in A, `r` in B merged over B:F, `r * 10` in G.
fn write(path: &Path, rows: u32) -> Result<(), XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let plain = Format::new();
    for r in 0..rows {
        sheet.write_string(r, 0, format!("Uraian {r}"))?;
        sheet.merge_range(r, 1, r, 5, "", &plain)?;
        sheet.write_number(r, 1, f64::from(r))?;
        sheet.write_number(r, 6, f64::from(r * 10))?;
    }
    workbook.save(path)
}

/// Reads `rows` rows; returns the batches held while the search ran.
fn read_and_check(rows: u32) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("merged.xlsx");
    write(&path, rows).unwrap();
    let mut streamed = Vec::new();
    let book = read_streaming(&path, &mut |_, feed| match feed {
        Feed::Rows(rows) => streamed.extend(rows.iter().map(|r| r.index)),
        Feed::Restart => panic!("rows restarted"),
        // The sheet's stated size: no row.
        Feed::Stated(_) => {}
    })
    .unwrap();
    let held = BATCHES_HELD_LAST.load(Ordering::SeqCst);
    // Every row streamed once, in order, whether its batch waited or not.
    assert_eq!(streamed, (0..rows).collect::<Vec<_>>());
    let sheet = &book.sheets[0].rows;
    assert_eq!(sheet.len(), rows as usize);
    for (r, row) in sheet.iter().enumerate() {
        assert_eq!(row.cells.len(), 7, "row {r}");
        for col in 2..=5 {
            let cell = row.get(col).unwrap();
            assert_eq!(cell.spill, Spill::Across, "row {r} col {col}");
            assert_eq!(cell.value, Value::Number(r as f64));
        }
        assert_eq!(row.get(6).unwrap().value, Value::Number(r as f64 * 10.0));
    }
    held
}

#[test]
fn batches_parsed_during_the_merge_search_wait_and_are_assembled_in_order() {
    // 1 000 rows: three batches (a sheet's first ones are small). 30 000 rows (90 000 cells):
    // fifteen, more than the four the parser may send ahead.
    for rows in [1_000, 30_000] {
        let held = read_and_check(rows);
        // The reader took the parser's batches before it knew the merged regions (before:
        // none), and held no more than its bound (64 batches).
        assert!((1..=64).contains(&held), "{rows} rows: {held} batches held");
    }
}
