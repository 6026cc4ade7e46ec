//! Reading a performance table (PK, BAB III kinerja, RAK) costs each row a bounded amount of
//! work, whatever the table's size: counted, never timed. Each row's sasaran was matched
//! against the text of every row above it, normalised again each time, and a table of 1 000
//! sasaran took seconds (10 000 rows, minutes). The texts of a row are normalized a bounded
//! number of times too.
//!
//! One test in this file: the comparison counter is global to the process, and the
//! normalisation counter is the thread's (a performance table is read on the calling thread).

mod support;

use lakip::compute::similar;
use lakip::layout::columns::{NORMALIZED, NORMALIZED_BYTES};
use lakip::layout::signature::OFFICE_WORDS_COMPARED;
use lakip::pipeline::{read_file, Options};
use std::sync::atomic::Ordering;
use support::bench_fixtures;

/// Imports the generated `layout` of `rows` body rows as `lakip import` does; returns the
/// indikator read, the distinct sasaran, the texts normalised and names compared, and the
/// bytes of the cells' texts normalized.
fn import(layout: &str, rows: usize) -> (usize, usize, usize, usize, usize, usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{layout}.xlsx"));
    bench_fixtures::write(layout, rows, &path).unwrap();
    let normalised = similar::normalised();
    similar::COMPARISONS.store(0, Ordering::SeqCst);
    NORMALIZED.store(0, Ordering::SeqCst);
    NORMALIZED_BYTES.store(0, Ordering::SeqCst);
    OFFICE_WORDS_COMPARED.store(0, Ordering::SeqCst);
    let (docs, _) = read_file(&path, "bench.xlsx", &Options::default()).unwrap();
    let cells = NORMALIZED.load(Ordering::SeqCst);
    let bytes = NORMALIZED_BYTES.load(Ordering::SeqCst);
    let normalised = similar::normalised() - normalised;
    let compared = similar::COMPARISONS.load(Ordering::SeqCst);
    let offices = OFFICE_WORDS_COMPARED.load(Ordering::SeqCst);
    assert_eq!(docs.len(), 1, "{layout}");
    let indicators = docs[0].indicators();
    let mut sasaran: Vec<&str> = indicators
        .iter()
        .filter_map(|i| i.sasaran.as_deref())
        .collect();
    sasaran.sort_unstable();
    sasaran.dedup();
    (
        indicators.len(),
        sasaran.len(),
        normalised,
        compared,
        cells,
        offices,
        bytes,
    )
}

#[test]
fn performance_tables_cost_each_row_a_bounded_number_of_matches() {
    // PK: three indikator a sasaran, `rows` rounded up to groups of three; 1 200 rows are 400
    // sasaran, 4 800 rows 1 600. Kinerja: the same grouping, the sasaran on a group's first row.
    // RAK: one action a row, three a sasaran (`Terselenggaranya tahapan g`, g = (n − 1)/3 + 1).
    for layout in ["pk", "kinerja", "rak"] {
        for (rows, sasaran) in [(1_200, 400), (4_800, 1_600)] {
            let (read, groups, normalised, compared, cells, offices, bytes) = import(layout, rows);
            assert_eq!((read, groups), (rows, sasaran), "{layout} {rows}");
            // Each sasaran text is normalised once, when first read; its words are kept from
            // that look-up, not made again: one a sasaran (400 for 1 200 rows). Keeping them
            // normalised each new text a second time (800); matching every earlier sasaran
            // normalised them all again for each new one: 400 × 399 / 2 = 79 800.
            assert!(
                normalised <= groups,
                "{layout} {rows}: {normalised} normalisations for {groups} sasaran"
            );
            // Sasaran that differ only in their number share no word that could make them the
            // same (digits must match): none is compared with another.
            assert!(
                compared <= rows / 10,
                "{layout} {rows}: {compared} compared"
            );
            // Texts of cells normalized (header names included): a repeated header is looked
            // for with a row's first text and its column's name (2), the sasaran's words (≤ 1),
            // the indikator's; a RAK row also its action's. Asking each text of every row
            // whether it is a month or the budget header's `Program` normalized them all
            // again: 6 a PK row, 7 a kinerja row, 26 a RAK row (4 800 RAK rows: 127 169).
            // The header and title rows, read once, add a few hundred at most.
            let bound = if layout == "rak" { 7 } else { 4 };
            assert!(
                cells <= bound * rows + 200,
                "{layout} {rows}: {cells} texts normalized"
            );
            // Of which the bytes: the repeated header is looked for with a row's shortest
            // text (a PK's target `81%` and its column's name `Target`, 9 bytes), not its first
            // (the indikator `Persentase tahapan 1.1 terlaksana` and `Indikator Kinerja`, 50;
            // a group's sasaran, 64). Per row between the two sizes: 61 bytes a PK row, 54 a
            // kinerja row, 77 a RAK row; with the first text, 108, 96 and 117.
            let per_row = if layout == "rak" { 85 } else { 65 };
            assert!(
                bytes <= per_row * rows + 20_000,
                "{layout} {rows}: {bytes} bytes of texts normalized"
            );
            // A row without a number is asked whether it opens the signature block; a row
            // numbered in the No column is an item and is not: `7`, and `1000` after `999`
            // (every row from the 1 000th on was asked: 5 068 office words compared for
            // 4 800 PK rows, 8 197 for 4 800 RAK rows). Asked, a RAK row's nine lines were
            // each compared with all nine office words (81 a row, none of them one); now only
            // a word sharing the line's first two letters is (`Persentase …` with `pejabat`).
            // The header and title rows add a few hundred at most; a RAK's, repeated every 40
            // rows with its month row, a few a repeat.
            let bound = if layout == "rak" { rows / 4 + 300 } else { 300 };
            assert!(
                offices <= bound,
                "{layout} {rows}: {offices} office words compared"
            );
        }
    }
}
