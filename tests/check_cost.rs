//! `lakip check` of a workspace costs one normalisation of each name it matches: counted, never
//! timed. Indikator, program and kegiatan names were normalised again for every pair compared
//! (the budget, reconcile and target rules), most of a small check's time.
//!
//! The normalisations are counted by the thread (a check runs on the calling thread); the
//! Fluent source parsed is counted by the process, and every test here runs a check of the
//! same workspace, so what one test parses bounds the other's too.

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

/// A check says a few dozen messages: it parses those, not the whole language. Every file of
/// the language was parsed at the first message (110 KB of Indonesian), a fifth of a check's
/// time and a third of its page faults.
#[test]
fn a_check_parses_only_the_messages_it_says() {
    use lakip::i18n::{Lang, PARSED_BYTES};
    use std::sync::atomic::Ordering;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kota-serang-2023");
    let ws = Workspace::open(Some(&root)).unwrap();
    let docs = load::load(&ws).unwrap();
    let settings = ws.config.check_settings().unwrap();
    let diagnostics = lakip::check::run(&docs, &settings);
    let summary = lakip::report::check::Summary::of(&diagnostics, docs.len(), false);
    let text = lakip::report::check::text(&diagnostics, &summary);
    // The golden output's last line, in the language the test runs in: the messages were said.
    assert!(text.contains("15"), "{text}");
    let language: usize = Lang::ALL
        .iter()
        .map(|l| l.resources().iter().map(|(_, t)| t.len()).sum::<usize>())
        .min()
        .unwrap_or(0);
    let parsed = PARSED_BYTES.load(Ordering::Relaxed);
    // The example's 20 findings use 8 rules and the summary: a few KB of the ~105 KB of either
    // language; a tenth is a bound with room, where a whole file of findings is 11 KB.
    assert!(
        parsed * 10 <= language,
        "{parsed} bytes of Fluent parsed of a language's {language}"
    );
}
