//! `lakip check` of a workspace costs one normalisation of each name it matches: counted, never
//! timed. Indikator, program and kegiatan names were normalised again for every pair compared
//! (the budget, reconcile and target rules), most of a small check's time.
//!
//! The normalisations, csv parsers built and bytes allocated are counted by the thread (a check
//! runs on the calling thread, each test on its own), the names compared and the Fluent source
//! parsed by the process: one test counts those.

mod support;

use lakip::compute::similar;
use lakip::workspace::{load, table, Workspace};
use std::path::Path;
use support::counting::thread_bytes as allocated;

#[global_allocator]
static COUNTING: support::counting::Counting = support::counting::Counting;

#[test]
fn a_check_normalises_each_name_once_compares_few_and_parses_only_its_messages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kota-serang-2023");
    let ws = Workspace::open(Some(&root)).unwrap();
    let parsers = table::parsers_built();
    let docs = load::load(&ws).unwrap();
    // Eight tables, one csv parser: building one costs as much as reading a small table.
    let parsers = table::parsers_built() - parsers;
    assert!(parsers <= 1, "{parsers} csv parsers built for one load");
    let settings = ws.config.check_settings().unwrap();
    // The names a check may match: each indikator's text and sasaran, each budget heading and
    // item, each PK budget line's program.
    let names: usize = docs
        .iter()
        .map(|d| {
            2 * d.indicators().len() + d.budgets().len() + d.headings().len() + d.items().len()
        })
        .sum();
    let rows: usize = docs
        .iter()
        .map(|d| {
            d.indicators()
                .iter()
                .filter(|i| i.indikator.is_some())
                .count()
        })
        .sum();
    let before = similar::normalised();
    let compared_before = similar::COMPARISONS.load(std::sync::atomic::Ordering::SeqCst);
    let allocated_before = allocated();
    let diagnostics = lakip::check::run(&docs, &settings);
    let bytes = allocated() - allocated_before;
    let normalised = similar::normalised() - before;
    let compared = similar::COMPARISONS.load(std::sync::atomic::Ordering::SeqCst) - compared_before;

    // The example's findings are those of tests/golden (15 errors, 5 warnings): the check ran.
    assert_eq!(diagnostics.len(), 20);
    assert!(
        normalised <= names,
        "{normalised} normalisations for {names} names"
    );
    // A row of a group's exact words (one indikator in each PK table, the kinerja table and
    // the RAK) is found by its words, with no comparison: only rows of new words are compared
    // with the groups a slip apart. 76 comparisons for the 65 indikator rows when every row
    // asked the index; at most one for two rows now.
    assert!(
        compared * 2 <= rows,
        "{compared} names compared for {rows} indikator rows"
    );
    // The indikator index's table of word keys was a check's largest allocation, grown in
    // doublings (978 KB asked in all; 849 KB since an entry of the table is 16 bytes, not 32):
    // each doubling is fresh memory, and its pages are faults (450 -> 400 a check). A row of
    // a group's exact words builds no name of its own (770 KB -> 680 KB).
    assert!(bytes <= 720_000, "a check allocated {bytes} bytes");
    parses_only_the_messages_it_says(&diagnostics, docs.len());
}

/// A check says a few dozen messages: it parses those, not the whole language. Every file of
/// the language was parsed at the first message (110 KB of Indonesian), a fifth of a check's
/// time and a third of its page faults.
fn parses_only_the_messages_it_says(diagnostics: &[lakip::check::Diagnostic], docs: usize) {
    use lakip::i18n::{Lang, PARSED_BYTES};
    use std::sync::atomic::Ordering;
    let summary = lakip::report::check::Summary::of(diagnostics, docs, false);
    let text = lakip::report::check::text(diagnostics, &summary);
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

/// The arguments of a `lakip check` are read by a command of that one subcommand: the whole
/// command's fourteen subcommands and their arguments were built (and their global options
/// copied into each) for every command run, whatever it was.
#[test]
fn the_arguments_are_read_by_a_command_of_their_subcommand() {
    use clap::Parser;
    let args: Vec<std::ffi::OsString> = ["lakip", "-w", "ws", "check", "--format", "json"]
        .iter()
        .map(Into::into)
        .collect();
    let before = allocated();
    let whole = lakip::cli::Cli::try_parse_from(&args).unwrap();
    let whole_bytes = allocated() - before;
    let before = allocated();
    let one = lakip::cli::parse_one(&args).unwrap();
    let one_bytes = allocated() - before;
    assert_eq!(format!("{one:?}"), format!("{whole:?}"));
    assert!(
        one_bytes * 4 <= whole_bytes,
        "{one_bytes} bytes allocated to read the arguments; the whole command: {whole_bytes}"
    );
}

/// A language's first message is found by the index `build.rs` writes into the binary: no
/// table of the language's thousand keys is made at run time (a 67 KB hash table, 0,76 M of a
/// check's 10 M instructions). Said in the language the other tests of this file do not speak
/// (they speak the environment's), so this is that language's first message in the process.
#[test]
fn the_first_message_of_a_language_makes_no_index_of_its_keys() {
    use lakip::i18n::{lang, tr_in, Lang};
    let other = match lang() {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    };
    let before = allocated();
    let said = tr_in(other, "severity-error", &[]);
    let bytes = allocated() - before;
    assert_eq!(
        said,
        if other == Lang::En {
            "error"
        } else {
            "kesalahan"
        }
    );
    assert!(
        bytes <= 16_000,
        "{bytes} bytes allocated for a language's first message"
    );
}
