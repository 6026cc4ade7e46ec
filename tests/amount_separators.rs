//! Amounts typed as text in an amount (Rp) column: `250.000` is 250 000, the Indonesian way,
//! without a warning, unless the column's other cells speak for the other reading; then a
//! `doubt` notice names the cell that does, and `lakip check` reports it.

mod support;

use assert_cmd::Command;
use lakip::model::{Document, Field, NoticeKind};
use lakip::pipeline::{read_file, Options};
use rust_decimal::Decimal;
use support::variants;

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn documents() -> (tempfile::TempDir, Vec<Document>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pemisah.xlsx");
    variants::amount_separators(&path).unwrap();
    let (docs, _) = read_file(&path, "pemisah.xlsx", &Options::default()).unwrap();
    (dir, docs)
}

fn sheet<'a>(docs: &'a [Document], name: &str) -> &'a Document {
    docs.iter().find(|d| d.sheet == name).unwrap()
}

fn pagu(doc: &Document) -> Vec<Decimal> {
    doc.items()
        .iter()
        .map(|i| i.amounts[&Field::Pagu].value.unwrap())
        .collect()
}

/// The notices about how a number was read (ambiguous or in doubt), as (kind, cell, message).
fn readings(doc: &Document) -> Vec<(NoticeKind, String, String)> {
    doc.notices
        .iter()
        .filter(|n| matches!(n.kind, NoticeKind::Ambiguous | NoticeKind::Doubt))
        .map(|n| (n.kind, n.location.cell.to_string(), n.message.clone()))
        .collect()
}

/// `Rupiah`: 250.000 + 1.500.000 = 1.750.000, the Jumlah; 200.000 + 1.400.000,00 =
/// 1.600.000. Before, B3, B5, C3 and C5 each gave a warning ("read "250.000" as 250000 …").
#[test]
fn the_indonesian_way_throughout_is_read_without_a_warning() {
    let (_dir, docs) = documents();
    let doc = sheet(&docs, "Rupiah");
    assert_eq!(pagu(doc), [dec("250000"), dec("1500000")]);
    let realisasi: Vec<_> = doc
        .items()
        .iter()
        .map(|i| i.amounts[&Field::Realisasi].value.unwrap())
        .collect();
    assert_eq!(realisasi, [dec("200000"), dec("1400000")]);
    assert_eq!(
        doc.totals()[0].stated[&Field::Pagu].value,
        Some(dec("1750000"))
    );
    assert_eq!(readings(doc), []);
}

/// `Desimal`: B4 writes `250.5`, a dot as the decimal point, so `250.000` in B3 may be 250.
/// It is still read as 250 000 (the rule), in doubt, naming B4.
#[test]
fn a_dot_as_decimal_point_in_the_column_puts_the_reading_in_doubt() {
    // The notices asserted below are the English ones.
    support::english();
    let (_dir, docs) = documents();
    let doc = sheet(&docs, "Desimal");
    assert_eq!(pagu(doc), [dec("250000"), dec("250.5")]);
    assert_eq!(
        readings(doc),
        [(
            NoticeKind::Doubt,
            "B3".to_string(),
            "read \"250.000\" as 250000: a single separator before three digits is taken as \
             thousands, but B4 in the same column writes \"250.5\", with a dot as the decimal \
             point: check which is meant"
                .to_string()
        )]
    );
}

/// `Inggris`: B4 `Rp 10,069,050,000` groups thousands with commas, the English way, where
/// `250.000` would be 250.
#[test]
fn commas_between_thousands_in_the_column_put_the_reading_in_doubt() {
    // The notices asserted below are the English ones.
    support::english();
    let (_dir, docs) = documents();
    let doc = sheet(&docs, "Inggris");
    assert_eq!(pagu(doc), [dec("250000"), dec("10069050000")]);
    let found = readings(doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1.as_str()), (NoticeKind::Doubt, "B3"));
    assert!(
        found[0].2.ends_with(
            "but B4 in the same column writes \"Rp 10,069,050,000\", with commas between the \
             thousands, the English way: check which is meant"
        ),
        "{}",
        found[0].2
    );
}

/// `Kecil`: 1,5 and 2,75 beside `250.000`: only 250 fits a column whose other amounts are
/// below 1.000. The largest other is 2,75 (B4).
#[test]
fn a_column_of_small_amounts_puts_the_thousands_reading_in_doubt() {
    // The notices asserted below are the English ones.
    support::english();
    let (_dir, docs) = documents();
    let doc = sheet(&docs, "Kecil");
    assert_eq!(pagu(doc), [dec("1.5"), dec("2.75"), dec("250000")]);
    let found = readings(doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1.as_str()), (NoticeKind::Doubt, "B5"));
    assert!(
        found[0].2.contains(
            "but every other amount in the column is below 1.000 (the largest, B4, is 2,75)"
        ),
        "{}",
        found[0].2
    );
}

/// `Koma`: the column groups thousands with commas (`10,069,050,000`), so `1,500` is 1 500
/// without doubt. (Alone, `1,500` keeps its warning: the Indonesian reading would be 1,5.)
#[test]
fn a_lone_comma_in_a_column_of_comma_thousands_is_plain() {
    let (_dir, docs) = documents();
    let doc = sheet(&docs, "Koma");
    assert_eq!(pagu(doc), [dec("1500"), dec("10069050000")]);
    assert_eq!(readings(doc), []);
}

/// `lakip check` reports the three readings in doubt (rule `doubt`, a warning) and says
/// nothing of `Rupiah` or `Koma`.
#[test]
fn check_reports_the_readings_in_doubt() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pemisah.xlsx");
    variants::amount_separators(&path).unwrap();
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .current_dir(dir.path())
        .args(["check", "--format", "json", "pemisah.xlsx"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let doubts: Vec<String> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "doubt")
        .map(|d| {
            format!(
                "{}!{}",
                d["location"]["sheet"].as_str().unwrap(),
                d["location"]["cell"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(doubts, ["Desimal!B3", "Inggris!B3", "Kecil!B5"]);
}
