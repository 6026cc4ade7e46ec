//! What `lakip import` prints about a large budget tree costs the lines it shows, not the
//! amounts the headings state: a SAKTI GLP039 report states six amounts at every heading (some
//! 80 000 for 100 000 rows), all equal to what their items add up to, and only their count is
//! shown. Each was worded through Fluent and then thrown away (a tenth of the import's time).
//! Counted, never timed.
//!
//! One test in this file: the counter is global to the process.

mod support;

use lakip::pipeline::{read_file, Options};
use lakip::report::import::{text, DECLARED_WORDED};
use std::sync::atomic::Ordering;
use support::sakti_fixtures as sakti;

#[test]
fn a_large_tree_words_only_the_declared_lines_it_shows() {
    support::english();
    // 2 KRO of 2 RO, each 2 komponen of 2 sub-komponen of 3 akun of 4 items: 80 headings
    // (2 + 2 × (1 + 2 × (1 + 2 × (1 + 2 × (1 + 3))))), as in tests/sakti.rs.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.xlsx");
    sakti::write_large(&path, &sakti::Shape { kro: 2, items: 4 }).unwrap();
    let (docs, skipped) = read_file(&path, "large.xlsx", &Options::default()).unwrap();
    assert_eq!(docs[0].headings().len(), 80);
    DECLARED_WORDED.store(0, Ordering::SeqCst);
    let out = text(&docs, &skipped);
    // Each heading states pagu, pagu terkunci, realisasi lalu, kini, s.d. and sisa (its
    // percentage is no sum): 80 × 6 = 480 amounts, each its items' sum, counted on one line.
    assert!(
        out.contains("heading amounts: 480 stated equal what their items add up to\n"),
        "{out}"
    );
    // The grand total row states the same six, each on a line of its own; nothing else is
    // worded. Before, the 480 equal lines were worded too: 486.
    assert_eq!(out.matches("\ntotal JUMLAH SELURUHNYA").count(), 6, "{out}");
    assert_eq!(DECLARED_WORDED.load(Ordering::SeqCst), 6);
}
