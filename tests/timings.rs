//! `LAKIP_TIMINGS`: a command's phases written to stderr with their times, for whoever
//! measures where the time goes (README, Performance); nothing else of the command changes.

mod support;

use assert_cmd::Command;
use std::path::Path;

/// `lakip <args…>` in `dir` with `LAKIP_TIMINGS` set to `timings` (unset for `None`): its
/// stdout, and the phases it wrote as (milliseconds, phase).
fn run(dir: &Path, args: &[&str], timings: Option<&str>) -> (Vec<u8>, Vec<(f64, String)>) {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en").env_remove("LAKIP_TIMINGS");
    if let Some(value) = timings {
        cmd.env("LAKIP_TIMINGS", value);
    }
    let out = cmd.current_dir(dir).args(args).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let phases = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("lakip timings:"))
        .map(|rest| {
            let (ms, what) = rest.trim_start().split_once(" ms  ").unwrap();
            (ms.trim().parse::<f64>().unwrap(), what.to_string())
        })
        .collect();
    (out.stdout, phases)
}

/// The time of the one phase whose text ends with `end`.
fn at(phases: &[(f64, String)], end: &str) -> f64 {
    let found: Vec<_> = phases.iter().filter(|(_, w)| w.ends_with(end)).collect();
    assert_eq!(found.len(), 1, "one phase ending {end:?} in {phases:?}");
    found[0].0
}

#[test]
fn an_import_says_each_phase_in_order_and_its_report_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    support::bench_fixtures::write("pk", 300, &dir.path().join("pk.xlsx")).unwrap();
    let args = ["import", "--dry-run", "pk.xlsx"];
    let (plain, none) = run(dir.path(), &args, None);
    assert!(none.is_empty(), "no timings unless asked: {none:?}");
    let (timed, phases) = run(dir.path(), &args, Some("1"));
    assert_eq!(timed, plain, "the report is the same with the timings on");
    // The phases of the thread the import waits on, in the order it passes them.
    let order = [
        "pk.xlsx: workbook opened (its shared strings read)",
        "pk.xlsx: sheet 'PK Ketua': every row read",
        "pk.xlsx: documents built",
        "every file read",
        "report built",
        "report written",
    ];
    let times: Vec<f64> = order.iter().map(|p| at(&phases, p)).collect();
    assert!(
        times.windows(2).all(|w| w[0] <= w[1]),
        "in order: {phases:?}"
    );
    // The clock starts in `main`, before the workbook is opened.
    assert!(times[0] > 0.05, "{phases:?}");
    // The parser's own end, on its thread: after the workbook was opened.
    let parsed = at(&phases, "pk.xlsx: every cell parsed");
    assert!(parsed >= times[0]);
    // A small sheet is read a second time for its percent formats, by the parser, last.
    let percent = at(&phases, "pk.xlsx: sheet 'PK Ketua': percent formats read");
    assert!(times[0] <= percent && percent <= parsed, "{phases:?}");
    // The merged regions' search, on its own thread from the start: before any row is read
    // (the rows wait for it).
    let merged = at(&phases, "pk.xlsx: merged regions found");
    assert!(merged > 0.0 && merged <= times[1], "{phases:?}");
    assert_eq!(phases.len(), order.len() + 3, "{phases:?}");
}

#[test]
fn zero_or_empty_turns_them_off() {
    let dir = tempfile::tempdir().unwrap();
    support::bench_fixtures::write("pk", 30, &dir.path().join("pk.xlsx")).unwrap();
    for value in ["0", ""] {
        let (_, phases) = run(dir.path(), &["import", "--dry-run", "pk.xlsx"], Some(value));
        assert!(phases.is_empty(), "LAKIP_TIMINGS={value:?}: {phases:?}");
    }
}

#[test]
fn a_check_says_its_load_its_checks_and_its_report() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kota-serang-2023");
    let (plain, none) = run(&root, &["check"], None);
    assert!(none.is_empty(), "no timings unless asked: {none:?}");
    let (timed, phases) = run(&root, &["check"], Some("1"));
    assert_eq!(
        timed, plain,
        "the findings are the same with the timings on"
    );
    let times: Vec<f64> = ["documents loaded", "checks run", "report written"]
        .iter()
        .map(|p| at(&phases, p))
        .collect();
    assert!(
        times.windows(2).all(|w| w[0] <= w[1]),
        "in order: {phases:?}"
    );
}
