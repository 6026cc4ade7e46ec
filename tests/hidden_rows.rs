//! Rows and columns an xlsx sheet hides are read into the table as any other, and said: a
//! `doubt` where no sum the sheet states covers them (a person reading or printing the sheet
//! does not see them, so `check` must not say "ok" over them), a notice where one does (then
//! `check` sets the sum against them). Fixtures written by `support::fixtures`; each expected
//! figure worked out by hand in the test's comment.

mod support;

use assert_cmd::Command;
use lakip::model::{Document, Field, NoticeKind};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

fn write(dir: &Path, rows: &[&[&str]], hidden_rows: &[u32], hidden_cols: &[u16]) -> PathBuf {
    let path = dir.join("realisasi.xlsx");
    support::fixtures::hidden_table_xlsx(&path, "Realisasi", rows, hidden_rows, hidden_cols)
        .unwrap();
    path
}

fn read(path: &Path) -> Document {
    support::english();
    let (mut docs, _) =
        lakip::pipeline::read_file(path, "realisasi.xlsx", &lakip::pipeline::Options::default())
            .unwrap();
    assert_eq!(docs.len(), 1);
    docs.remove(0)
}

fn notices(doc: &Document, kind: NoticeKind) -> Vec<String> {
    doc.notices
        .iter()
        .filter(|n| n.kind == kind)
        .map(|n| n.message.clone())
        .collect()
}

fn lakip(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en");
    cmd.current_dir(dir);
    cmd
}

const HEADER: &[&str] = &["No", "Uraian", "Pagu", "Realisasi"];

/// A realisasi table of three items with no total; row 3 (0-based 2), an old figure, hidden.
fn three_items() -> Vec<&'static [&'static str]> {
    vec![
        HEADER,
        &["1", "Belanja Pegawai", "600000", "550000"],
        &["2", "Belanja Barang (pagu lama)", "450000", "0"],
        &["3", "Belanja Barang", "400000", "350000"],
    ]
}

/// The hidden row is read (nothing is dropped: 600 000 + 450 000 + 400 000 = 1 450 000) and,
/// with no sum the sheet states to set it against, said as a doubt.
#[test]
fn a_hidden_row_no_sum_covers_is_read_and_a_doubt() {
    let dir = tempfile::tempdir().unwrap();
    let doc = read(&write(dir.path(), &three_items(), &[2], &[]));
    let pagu: Decimal = doc
        .items()
        .iter()
        .filter_map(|i| i.amounts.get(&Field::Pagu).and_then(|q| q.value))
        .sum();
    assert_eq!(pagu, Decimal::from(1_450_000));
    let doubts = notices(&doc, NoticeKind::Doubt);
    assert_eq!(doubts.len(), 1, "{doubts:?}");
    assert!(
        doubts[0].starts_with("row 3 is hidden in the sheet and read into the table"),
        "{}",
        doubts[0]
    );
}

/// In a workspace, `check` does not say "ok" over it: it names the row.
#[test]
fn check_is_unsure_over_a_hidden_row_no_sum_covers() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), &three_items(), &[2], &[]);
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .success();
    lakip(dir.path())
        .arg("import")
        .arg(&path)
        .assert()
        .success();
    let out = lakip(dir.path()).arg("check").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(!text.contains("ok: 0 errors"), "{text}");
    assert!(text.contains("doubt"), "{text}");
    assert!(text.contains("row 3 is hidden in the sheet"), "{text}");
}

/// Under a Jumlah that adds up the visible rows (600 000 + 400 000 = 1 000 000), the hidden
/// old figure is said as covered by that sum, and `check` fails: 1 450 000 computed.
#[test]
fn a_hidden_row_under_a_total_is_said_and_check_sets_the_total_against_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut rows = three_items();
    rows.push(&["", "Jumlah", "1000000", "900000"]);
    let path = write(dir.path(), &rows, &[2], &[]);
    let doc = read(&path);
    assert!(notices(&doc, NoticeKind::Doubt).is_empty());
    let said = notices(&doc, NoticeKind::Ambiguous);
    assert!(
        said.iter().any(|n| n.starts_with(
            "row 3 is hidden in the sheet and read into the table, under a sum the sheet states"
        )),
        "{said:?}"
    );
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .success();
    lakip(dir.path())
        .arg("import")
        .arg(&path)
        .assert()
        .success();
    let out = lakip(dir.path()).arg("check").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(text.contains("error[sum-total]"), "{text}");
    assert!(text.contains("1.450.000"), "{text}");
}

/// Rows hidden together are said once, as a run; rows shown are not said.
#[test]
fn a_run_of_hidden_rows_is_said_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut rows = three_items();
    rows.push(&["4", "Belanja Modal", "300000", "0"]);
    let doc = read(&write(dir.path(), &rows, &[2, 3], &[]));
    let doubts = notices(&doc, NoticeKind::Doubt);
    assert_eq!(doubts.len(), 1, "{doubts:?}");
    assert!(
        doubts[0].starts_with("rows 3–4 are hidden in the sheet"),
        "{}",
        doubts[0]
    );
}

/// A hidden column the table reads (an old Pagu beside the Realisasi) is a doubt at the
/// header; with no hidden row or column, nothing is said.
#[test]
fn a_hidden_column_read_is_a_doubt_and_a_plain_sheet_says_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let doc = read(&write(dir.path(), &three_items(), &[], &[2]));
    let doubts = notices(&doc, NoticeKind::Doubt);
    assert_eq!(doubts.len(), 1, "{doubts:?}");
    assert!(
        doubts[0].starts_with("column C ('Pagu') is hidden in the sheet and read into the table"),
        "{}",
        doubts[0]
    );
    let dir = tempfile::tempdir().unwrap();
    let doc = read(&write(dir.path(), &three_items(), &[], &[]));
    assert!(notices(&doc, NoticeKind::Doubt).is_empty());
    assert!(!doc.notices.iter().any(|n| n.message.contains("hidden")));
}

/// A BAB III indikator row hidden: an indicator table states no sums, so it is a doubt.
#[test]
fn a_hidden_indikator_row_is_a_doubt() {
    let dir = tempfile::tempdir().unwrap();
    let rows: Vec<&[&str]> = vec![
        &[
            "No",
            "Sasaran",
            "Indikator Kinerja",
            "Target",
            "Realisasi",
            "Capaian",
        ],
        &[
            "1",
            "Meningkatnya partisipasi",
            "Persentase partisipasi pemilih",
            "77,5%",
            "80%",
            "103,23%",
        ],
        &[
            "2",
            "",
            "Indeks kepuasan layanan (lama)",
            "80%",
            "70%",
            "87,5%",
        ],
        &[
            "3",
            "",
            "Persentase laporan tepat waktu",
            "100%",
            "100%",
            "100%",
        ],
    ];
    let doc = read(&write(dir.path(), &rows, &[2], &[]));
    assert_eq!(doc.indicators().len(), 3);
    let doubts = notices(&doc, NoticeKind::Doubt);
    assert!(
        doubts
            .iter()
            .any(|d| d.starts_with("row 3 is hidden in the sheet")),
        "{doubts:?}"
    );
}
