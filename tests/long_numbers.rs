//! Item numbers of four digits or more in a performance table's No column: `1000` after `999`
//! is item 1 000, not a row without a number; a year (`2023`) among small numbers is no item
//! number, and that is said.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;
use support::numbering_fixtures::{self as fx, No};

/// `lakip <args…> <name>` in `dir`, in English: its JSON output.
fn lakip_json(dir: &Path, args: &[&str], name: &str) -> Value {
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .current_dir(dir)
        .args(args)
        .arg(name)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stderr));
    })
}

/// The one document of `import --dry-run --format json`.
fn import(dir: &Path, name: &str) -> Value {
    let json = lakip_json(dir, &["import", "--dry-run", "--format", "json"], name);
    json["documents"][0].clone()
}

fn texts<'a>(doc: &'a Value, key: &str) -> Vec<Option<&'a str>> {
    doc["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i[key].as_str())
        .collect()
}

fn doubts(doc: &Value) -> Vec<&str> {
    doc["notices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "doubt")
        .filter_map(|n| n["message"].as_str())
        .collect()
}

/// A PK of 1 005 indikator numbered 1..=1005: every row is an item with its own number —
/// before, 1000..=1005 read as no number. Item n is `Indikator n` of sasaran (n - 1) / 5 + 1:
/// item 1003 → sasaran 1002 / 5 + 1 = 200 + 1 = 201; item 999 → 998 / 5 + 1 = 199 + 1 = 200.
fn thousand_and_five(no: No) {
    let dir = tempfile::tempdir().unwrap();
    fx::pk_numbered(&dir.path().join("pk.xlsx"), 1005, no).unwrap();
    let doc = import(dir.path(), "pk.xlsx");
    assert_eq!(doc["kind"], "pk");
    assert_eq!(doc["rows"]["item"], 1005);
    let numbers = texts(&doc, "number");
    let expected: Vec<String> = (1..=1005).map(|n: u32| n.to_string()).collect();
    let expected: Vec<Option<&str>> = expected.iter().map(|n| Some(n.as_str())).collect();
    assert_eq!(numbers, expected);
    let indikator = texts(&doc, "indikator");
    let sasaran = texts(&doc, "sasaran");
    assert_eq!(indikator[998], Some("Indikator 999"));
    assert_eq!(sasaran[998], Some("Sasaran 200"));
    assert_eq!(indikator[1002], Some("Indikator 1003"));
    assert_eq!(sasaran[1002], Some("Sasaran 201"));
    assert!(doubts(&doc).is_empty(), "{:?}", doubts(&doc));
}

/// An item numbered past 999 whose indikator holds a date (`… 31 Desember 2023`, as a
/// signature block's `Serang, 31 Desember 2023`) is an item like item 7 would be: the table
/// goes on, every row read (items 1003–1010 were read as a signature block, and `check` said
/// ok).
fn dated_item_past_999(no: No) {
    let dir = tempfile::tempdir().unwrap();
    fx::pk_numbered_dated(&dir.path().join("pk.xlsx"), 1010, 1003, no).unwrap();
    let doc = import(dir.path(), "pk.xlsx");
    assert_eq!(doc["rows"]["item"], 1010);
    assert_eq!(doc["rows"]["signature"], 0);
    let indikator = texts(&doc, "indikator");
    assert_eq!(
        indikator[1002],
        Some("Laporan kinerja tersusun 31 Desember 2023")
    );
    assert_eq!(indikator[1009], Some("Indikator 1010"));
    assert_eq!(texts(&doc, "number")[1009], Some("1010"));
    assert!(doubts(&doc).is_empty(), "{:?}", doubts(&doc));
}

#[test]
fn a_number_cell_past_999_with_a_date_is_an_item() {
    dated_item_past_999(No::Number);
}

#[test]
fn a_text_number_past_999_with_a_date_is_an_item() {
    dated_item_past_999(No::Text);
}

/// In a table numbered past 1900, a row or two left out is no year: `1929` after `1927` is
/// item 1929, and the date in its indikator opens no signature block.
#[test]
fn a_few_numbers_left_out_past_1900_are_no_year() {
    let dir = tempfile::tempdir().unwrap();
    let numbers: Vec<u32> = (1..=1927).chain(1929..=1935).collect();
    fx::pk_numbers(&dir.path().join("pk.xlsx"), &numbers, 1929).unwrap();
    let doc = import(dir.path(), "pk.xlsx");
    assert_eq!(doc["rows"]["item"], 1934);
    assert_eq!(doc["rows"]["signature"], 0);
    assert_eq!(texts(&doc, "number")[1927], Some("1929"));
    assert!(doubts(&doc).is_empty(), "{:?}", doubts(&doc));
}

/// A row taken for a signature block (a date in its indikator, under a number far from the
/// ones above it: a year?) with rows under it that go on numbering the table: those rows start
/// another table there, said and kept as notes with the row above them, not lines of a
/// signature (1011–1020 were read as a signature of eleven lines, and nothing was said).
#[test]
fn numbered_rows_under_a_signature_are_said() {
    let dir = tempfile::tempdir().unwrap();
    let numbers: Vec<u32> = (1..=1010).chain([1950]).chain(1011..=1020).collect();
    fx::pk_numbers(&dir.path().join("pk.xlsx"), &numbers, 1950).unwrap();
    let doc = import(dir.path(), "pk.xlsx");
    assert_eq!(doc["rows"]["item"], 1010);
    assert_eq!(doc["rows"]["signature"], 0);
    assert_eq!(doc["rows"]["note"], 11);
    let second: Vec<&Value> = doc["notices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "second-table")
        .collect();
    assert_eq!(second.len(), 1, "{:?}", doc["notices"]);
}

#[test]
fn number_cells_past_999_continue_the_numbering() {
    thousand_and_five(No::Number);
}

#[test]
fn text_numbers_past_999_continue_the_numbering() {
    thousand_and_five(No::Text);
}

/// `1, 2, 3, 2023, 4`: the row of 2023 (sheet row 10: three title rows, a blank, the header,
/// its numbering row, then 1, 2, 3 on rows 7–9) has no item number and a doubt naming both
/// readings; 4 still follows 3.
#[test]
fn a_year_among_numbers_is_said() {
    let dir = tempfile::tempdir().unwrap();
    fx::pk_year_in_no(&dir.path().join("pk.xlsx")).unwrap();
    let doc = import(dir.path(), "pk.xlsx");
    assert_eq!(
        texts(&doc, "number"),
        [Some("1"), Some("2"), Some("3"), None, Some("4")]
    );
    assert_eq!(texts(&doc, "indikator")[3], Some("Indikator 2023"));
    let doubts = doubts(&doc);
    assert_eq!(doubts.len(), 1, "{doubts:?}");
    assert!(
        doubts[0].starts_with("row 10: numbered 2023 under number 3, which it does not continue"),
        "{}",
        doubts[0]
    );
    assert!(
        doubts[0].contains("read as no item number"),
        "{}",
        doubts[0]
    );
}

/// `lakip check` does not say "ok" over that guess: the doubt is a `doubt` warning at A10.
#[test]
fn check_warns_of_the_year() {
    let dir = tempfile::tempdir().unwrap();
    fx::pk_year_in_no(&dir.path().join("pk.xlsx")).unwrap();
    let json = lakip_json(dir.path(), &["check", "--format", "json"], "pk.xlsx");
    let cells: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "doubt")
        .filter_map(|d| d["location"]["cell"].as_str())
        .collect();
    assert_eq!(cells, ["A10"]);
}

/// An anggaran of 1 005 numbered lines: every line an item at the top, numbered 1..=1005, and
/// no heading — before, line 999 became a heading (an unnumbered line with an uraian came
/// under it) and lines 1000..=1005 its items, so `check` found the JUMLAH wrong. `check` now
/// passes: JUMLAH pagu 1 005 × 1 000 000 = 1 005 000 000 is the items' sum.
fn anggaran_thousand_and_five(no: No) {
    let dir = tempfile::tempdir().unwrap();
    fx::anggaran_numbered(&dir.path().join("ang.xlsx"), 1005, no).unwrap();
    let doc = import(dir.path(), "ang.xlsx");
    assert_eq!(doc["kind"], "anggaran");
    assert_eq!(doc["rows"]["item"], 1005);
    assert_eq!(doc["rows"]["heading"], 0);
    let numbers = texts(&doc, "number");
    let expected: Vec<String> = (1..=1005).map(|n: u32| n.to_string()).collect();
    let expected: Vec<Option<&str>> = expected.iter().map(|n| Some(n.as_str())).collect();
    assert_eq!(numbers, expected);
    let uraian = texts(&doc, "uraian");
    assert_eq!(uraian[998], Some("Belanja 999"));
    assert_eq!(uraian[1002], Some("Belanja 1003"));
    assert!(doc["items"][1002]["path"].as_array().unwrap().is_empty());
    let check = lakip_json(dir.path(), &["check", "--format", "json"], "ang.xlsx");
    let codes: Vec<&str> = check["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert!(codes.is_empty(), "{codes:?}");
}

#[test]
fn anggaran_no_column_past_999() {
    anggaran_thousand_and_five(No::Number);
}

#[test]
fn anggaran_numbered_uraian_past_999() {
    anggaran_thousand_and_five(No::Text);
}

/// `1, 2, 3, 2023, 4` in an anggaran's No column: the line of 2023 (sheet row 7) has no
/// number, so it reads as listed under line 3 (which becomes a heading), as before — and now
/// a doubt says so; 4 still follows 3.
#[test]
fn a_year_in_an_anggaran_no_column_is_said() {
    let dir = tempfile::tempdir().unwrap();
    fx::anggaran_year_in_no(&dir.path().join("ang.xlsx")).unwrap();
    let doc = import(dir.path(), "ang.xlsx");
    assert_eq!(
        texts(&doc, "number"),
        [Some("1"), Some("2"), None, Some("4")]
    );
    assert_eq!(doc["headings"][0]["text"], "Belanja 3");
    let doubts = doubts(&doc);
    assert_eq!(doubts.len(), 1, "{doubts:?}");
    assert!(
        doubts[0].starts_with("row 7: numbered 2023 under number 3"),
        "{}",
        doubts[0]
    );
}
