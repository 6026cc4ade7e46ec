//! `lakip check` of a workspace costs one normalisation of each name it matches: counted, never
//! timed. Indikator, program and kegiatan names were normalised again for every pair compared
//! (the budget, reconcile and target rules), most of a small check's time.
//!
//! One test in this file: the counter is the thread's, and a check runs on the calling thread.

use lakip::compute::similar;
use lakip::workspace::{load, Workspace};
use std::path::Path;

#[test]
fn a_check_normalises_each_name_at_most_once() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kota-serang-2023");
    let ws = Workspace::open(Some(&root)).unwrap();
    let docs = load::load(&ws).unwrap();
    let settings = ws.config.check_settings().unwrap();
    // The names a check may match: each indikator's text and sasaran, each budget heading and
    // item, each PK budget line's program.
    let names: usize = docs
        .iter()
        .map(|d| {
            2 * d.indicators().len() + d.budgets().len() + d.headings().len() + d.items().len()
        })
        .sum();
    let before = similar::normalised();
    let diagnostics = lakip::check::run(&docs, &settings);
    let normalised = similar::normalised() - before;
    // The example's findings are those of tests/golden (15 errors, 5 warnings): the check ran.
    assert_eq!(diagnostics.len(), 20);
    assert!(
        normalised <= names,
        "{normalised} normalisations for {names} names"
    );
}
