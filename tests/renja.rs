//! The Renja evaluation (kind `renja`, Permendagri 86/2017): the real form of
//! `../shared/real/renja-evaluasi/` read as it is, its totalling errors worked out by hand from
//! the cached values by `tests/renja_evaluasi_check.py` (openpyxl alone, the tree written out
//! by reading the sheet); and a small form in its layout written by
//! `support::renja_fixtures`, with two errors worked out by hand.

mod support;

use assert_cmd::Command;
use lakip::kinds::DocKind;
use lakip::model::{Document, Field, RowClass};
use lakip::pipeline::{read_file, Options};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

/// The real form; CI has `../shared` beside the clone, and a missing file fails the test.
fn real() -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/real/renja-evaluasi/evaluasi-renja-bappedalitbang-2025.xlsx");
    assert!(path.is_file(), "{} is missing", path.display());
    path
}

fn read(path: &Path) -> Document {
    let name = path.display().to_string();
    let (mut docs, skipped) = read_file(path, &name, &Options::default()).unwrap();
    assert!(skipped.is_empty(), "{skipped:?}");
    assert_eq!(docs.len(), 1);
    docs.remove(0)
}

/// The header (rows 6-9: names, triwulan I-IV, column numbers, K / % / Rp.) makes a renja,
/// and every Rp. column is tied to its field: row 15's cells, as the sheet caches them.
#[test]
fn the_rp_columns_of_the_real_form_are_its_amounts() {
    let doc = read(&real());
    assert_eq!(doc.kind, DocKind::Renja);
    let item = doc
        .items()
        .iter()
        .find(|i| i.location.row == 15)
        .expect("row 15, Penyusunan Dokumen Perencanaan Perangkat Daerah");
    assert_eq!(
        item.uraian,
        "Penyusunan Dokumen Perencanaan Perangkat Daerah"
    );
    let cell = |f: Field| {
        let q = &item.amounts[&f];
        (q.cell.to_string(), q.value)
    };
    let rp = |cell: &str, n: i64| (cell.to_string(), Some(Decimal::from(n)));
    assert_eq!(cell(Field::TargetRenstra), rp("K15", 85_102_670));
    assert_eq!(cell(Field::RenstraLalu), rp("M15", 73_848_000));
    assert_eq!(cell(Field::Pagu), rp("O15", 73_945_400));
    assert_eq!(cell(Field::Tw1), rp("R15", 8_416_000));
    // U15 =20906000-R15 = 20.906.000 − 8.416.000.
    assert_eq!(cell(Field::Tw2), rp("U15", 12_490_000));
    assert_eq!(cell(Field::Tw3), rp("X15", 2_688_000));
    assert_eq!(cell(Field::Tw4), rp("AA15", 25_427_000));
    // AC15 = R + U + X + AA = 8.416.000 + 12.490.000 + 2.688.000 + 25.427.000.
    assert_eq!(cell(Field::Realisasi), rp("AC15", 49_021_000));
    // AE15 = M + AC = 73.848.000 + 49.021.000.
    assert_eq!(cell(Field::RenstraSd), rp("AE15", 122_869_000));
}

/// Every row of the sheet is accounted for: rows 1-3 and row 10 (`Perangkat Daerah : Badan
/// …`, the unit the form is of) the title, 6-9 the header, 28 headings (the rows whose
/// formulas add up rows below them: 11, 12, 13, 14, 22, 27, 30, 39, 45, 49, 55, 56, 64, 67,
/// 70, 71, 77, 84, 91, 92, 93, 96, 97, 98, 101, 103, 108, 110), 74 items (the 69 sub kegiatan
/// under row 11, and 106, 107, 109, 111, 112), the grand total in row 113, the signature block
/// and the blank rows between: 4 + 4 + 28 + 74 + 1 + 7 + 7 = 125.
#[test]
fn every_row_of_the_real_form_is_accounted_for() {
    // The notices asserted below are the English ones.
    support::english();
    let doc = read(&real());
    let count = |class: RowClass| doc.rows.iter().filter(|(_, c)| *c == class).count();
    // The 7 blank rows are not listed: 125 − 7.
    assert_eq!(doc.rows.len(), 118);
    assert_eq!(count(RowClass::Heading), 28);
    assert_eq!(count(RowClass::Item), 74);
    assert_eq!(count(RowClass::Title), 4);
    assert_eq!(
        doc.title.last().map(String::as_str),
        Some(
            "Perangkat Daerah : Badan Perencanaan Pembangunan Daerah, Penelitian dan \
             Pengembangan (BAPPEDALITBANG)"
        )
    );
    assert_eq!(count(RowClass::Total), 1);
    // Kegiatan 84 (Koordinasi Perencanaan Bidang Infrastruktur dan Kewilayahan) heads rows
    // 85-90, though its K84 =SUM(K85:K88) leaves out 89 and 90: they are its items, with a
    // notice each.
    let heading_84 = doc
        .headings()
        .iter()
        .position(|h| h.location.row == 84)
        .unwrap();
    let under_84: Vec<u32> = doc
        .items()
        .iter()
        .filter(|i| i.heading == Some(heading_84))
        .map(|i| i.location.row)
        .collect();
    assert_eq!(under_84, [85, 86, 87, 88, 89, 90]);
    let unsummed: Vec<u32> = doc
        .notices
        .iter()
        .filter(|n| n.message.contains("added up by no total"))
        .map(|n| n.location.row)
        .collect();
    assert_eq!(unsummed, [89, 90, 106, 107]);
}

/// The genuine totalling errors of the real form, at their cells, as
/// `tests/renja_evaluasi_check.py` works them out (a parent off by the same amount as a
/// heading under it is that heading's error, reported once):
/// - R12 =SUM(R13+R55+R70+R91+R96) adds R91 and R96, which R11 adds again:
///   1.971.343.265 − (R13 1.854.185.339 + R55 62.016.047 … = 1.938.579.751) = R96 32.763.514;
///   U12 likewise U96 6.785.000, X12 X96 26.272.500; AA12 adds AA91 39.169.000;
/// - K84 =SUM(K85:K88) leaves out K89 39.430.349 and K90 46.485.856: its rows add up to
///   943.137.271 + 85.916.205 = 1.029.053.476 (and K70, K12, K11 are off by the same);
/// - AE64 =M64+AF64 adds the tingkat capaian where AC64 belongs: stated 81.825.849, its rows
///   AE65 170.381.759 + AE66 7.487.124 = 177.868.883;
/// - K113 =SUM(K12+K91+K96) leaves out the rows below the table: K11 19.869.930.990 + K106
///   1.173.117.699 + K108 821.937.568 + K110 351.180.131 = 22.216.166.388.
#[test]
fn the_real_forms_totalling_errors_are_found_at_their_cells() {
    let path = real();
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut found: Vec<(String, String, String, String)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"].as_str().is_some_and(|c| c.starts_with("sum-")))
        .map(|d| {
            let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
            (
                s(&d["code"]),
                s(&d["location"]["cell"]),
                s(&d["stated"]),
                s(&d["computed"]),
            )
        })
        .collect();
    found.sort();
    let row = |code: &str, cell: &str, stated: &str, computed: &str| {
        (code.into(), cell.into(), stated.into(), computed.into())
    };
    let mut expected = vec![
        row("sum-heading", "K84", "943137271", "1029053476"),
        row("sum-total", "K113", "19869930990", "22216166388"),
        row("sum-heading", "R12", "1971343265", "1938579751"),
        row("sum-heading", "U12", "2279258325", "2272473325"),
        row("sum-heading", "X12", "2733183079", "2706910579"),
        row("sum-heading", "AA12", "4121616561", "4082447561"),
        row("sum-heading", "AE64", "81825849", "177868883"),
    ];
    expected.sort();
    assert_eq!(found, expected);
    // The grand total's row has no label (A113 is blank): the message names its row.
    let k113 = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["location"]["cell"] == "K113")
        .unwrap();
    assert!(
        k113["message"]
            .as_str()
            .unwrap()
            .starts_with("the total in row 113 states a target_renstra of 19.869.930.990"),
        "{k113}"
    );
}

/// The column-number row's formulas, read from the sheet (`13 = 9 + 10 + 11 + 12` in AB8,
/// `14 = 7 + 13` in AD8, `15 = 14 / 6 x 100` in AF8), broken where
/// `tests/renja_evaluasi_check.py` finds them:
/// - AC11: R11 2.004.106.779 + U11 2.286.043.325 + X11 2.759.455.579 + AA11 5.079.357.490 =
///   12.128.963.173, not 12.023.973.159 (the triwulan sums add R91, R96… twice: 104.990.014
///   = 32.763.514 + 6.785.000 + 26.272.500 + 39.169.000); AC12 and AC113 the same way;
/// - AE64 =M64+AF64: M64 81.825.657 + AC64 96.043.226 = 177.868.883, not 81.825.849;
/// - on the K side, AB51 is typed 0 where the sheet's own formulas in every other row add the
///   triwulan: P51 0 + S51 0 + V51 0 + Y51 35 (=Z51×N51−P51−S51−V51 = 1 × 35) = 35 unit mebel.
///
/// No percentage of column 15 differs at two decimals, on either side; every other K row
/// holds (e.g. row 13: P13 14,99 + S13 13,51 + V13 21,03 + Y13 50,47 = 100 = AB13; AD13 =
/// L13 100 + AB13 100 = 200; AF13 = 200 ÷ J13 100 × 100 = 200).
#[test]
fn the_column_number_rows_formulas_are_checked_on_every_row() {
    let path = real();
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(String, String, String)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "column-formula")
        .map(|d| {
            let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
            (
                s(&d["location"]["cell"]),
                s(&d["stated"]),
                s(&d["computed"]),
            )
        })
        .collect();
    let row =
        |cell: &str, stated: &str, computed: &str| (cell.into(), stated.into(), computed.into());
    assert_eq!(
        found,
        [
            row("AC11", "12023973159", "12128963173"),
            row("AC12", "11000411216", "11105401230"),
            row("AB51", "0", "35"),
            row("AE64", "81825849", "177868883"),
            row("AC113", "12023973159", "12128963173"),
        ]
    );
}

/// What `lakip check` prints for the rule, as a user reads it.
#[test]
fn rule_column_formula() {
    let path = real();
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .current_dir(path.parent().unwrap())
        .args(["check", "evaluasi-renja-bappedalitbang-2025.xlsx"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let blocks: Vec<&str> = text
        .split("\n\n")
        .filter(|b| b.starts_with("error[column-formula]"))
        .collect();
    insta::assert_snapshot!(blocks.join("\n\n"));
}

/// A form written by `support::renja_fixtures` in the real form's layout, with two errors
/// worked out by hand:
/// - R10 =SUM(R11:R12) caches 3.500.000, its rows add up to R11 1.000.000 + R12 2.000.000 =
///   3.000.000 (`sum-heading`);
/// - AC12 states 8.500.000, R12 + U12 + X12 + AA12 = 4 × 2.000.000 = 8.000.000
///   (`column-formula`, 13 = 9 + 10 + 11 + 12).
///
/// Besides, the form's Sasaran (F) and Satuan (I) columns have no place in renja.csv, said at
/// the header (row 6). Nothing else: AC10 = AC11 4.000.000 + AC12 8.500.000 = 12.500.000 = R10 3.500.000 +
/// U10 + X10 + AA10 (3 × 3.000.000) as stated; AE = M + AC and AG = AE / K × 100 on every
/// row (AE10 = 10.000.000 + 12.500.000 = 22.500.000, AG10 = 22.500.000 / 30.000.000 × 100 =
/// 75).
#[test]
fn a_written_form_has_its_two_errors_found() {
    two_errors_found(&support::renja_fixtures::FORM_NUMBERING);
}

/// The same form with its column-number row written the other ways offices write it: the
/// numbers typed as text, the formulas without spaces, with `s.d.`, parentheses, `:` for
/// division and `x 100%` — the same two findings, nothing more (before, numbers typed as
/// text were taken for constants: "13 = 9 + 10 + 11 + 12 … makes 42" on every row).
#[test]
fn the_column_number_row_in_other_notations_is_read_the_same() {
    use support::renja_fixtures::Numbering;
    for numbering in [
        Numbering {
            as_text: true,
            formulas: ["13 = 9 + 10 + 11 + 12", "14 = 7 + 13", "15 = 14 / 6 x 100"],
        },
        Numbering {
            as_text: false,
            formulas: ["13=9+10+11+12", "14=7+13", "15=(14/6)x100"],
        },
        Numbering {
            as_text: true,
            formulas: ["13 = 9 s.d. 12", "14 = 7 + 13", "15 = 14 : 6 x 100%"],
        },
    ] {
        two_errors_found(&numbering);
    }
}

/// A formula lakip cannot read is said (`not-read` at its cell), never skipped in silence.
#[test]
fn a_formula_that_is_not_understood_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("renja.xlsx");
    let numbering = support::renja_fixtures::Numbering {
        as_text: false,
        formulas: ["13 = 9 + 10 + 11 + 12", "14 = 7 + 13", "15 = akar(14) / 6"],
    };
    support::renja_fixtures::write_renja_evaluasi_with(&path, &numbering).unwrap();
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let unread: Vec<&serde_json::Value> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "not-read" && d["location"]["cell"] == "AF8")
        .collect();
    assert_eq!(unread.len(), 1, "{json}");
    assert!(unread[0]["message"]
        .as_str()
        .unwrap()
        .contains("15 = akar(14) / 6"));
}

fn two_errors_found(numbering: &support::renja_fixtures::Numbering) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("renja.xlsx");
    support::renja_fixtures::write_renja_evaluasi_with(&path, numbering).unwrap();
    assert_eq!(read(&path).kind, DocKind::Renja);
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(String, String, String, String)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
            (
                s(&d["code"]),
                s(&d["location"]["cell"]),
                s(&d["stated"]),
                s(&d["computed"]),
            )
        })
        .collect();
    let row = |code: &str, cell: &str, stated: &str, computed: &str| {
        (code.into(), cell.into(), stated.into(), computed.into())
    };
    assert_eq!(
        found,
        [
            // The form's Sasaran and Satuan columns: renja.csv keeps neither, and says so.
            row("not-read", "F6", "", ""),
            row("not-read", "I6", "", ""),
            row("sum-heading", "R10", "3500000", "3000000"),
            row("column-formula", "AC12", "8500000", "8000000"),
        ],
        "{json}"
    );
    assert_eq!(out.status.code(), Some(1));
}

/// What the workspace stores of the form (`renja.csv`, the K and the headings' own amounts in
/// `renja_stated.csv`, the formulas in `renja_columns.csv`) is what the file holds: a check of
/// the workspace finds exactly what a check of the file finds, the K side's AB51 included.
#[test]
fn the_workspace_keeps_both_sides_of_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let lakip = |args: &[&str]| {
        let mut cmd = Command::cargo_bin("lakip").unwrap();
        cmd.env("LAKIP_LANG", "en");
        cmd.current_dir(dir.path()).args(args);
        cmd
    };
    lakip(&["init", "--satker", "BAPPEDALITBANG", "--tahun", "2025"])
        .assert()
        .success();
    std::fs::copy(real(), dir.path().join("renja.xlsx")).unwrap();
    lakip(&["import", "renja.xlsx"]).assert().success();
    let findings = |args: &[&str]| {
        let out = lakip(args).output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut found: Vec<String> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| format!("{} {} {}", d["code"], d["location"]["cell"], d["stated"]))
            .collect();
        found.sort();
        (found, out.status.code())
    };
    let (stored, code) = findings(&["check", "--format", "json"]);
    let (file, _) = findings(&["check", "--format", "json", "renja.xlsx"]);
    assert_eq!(code, Some(1));
    assert!(
        stored.contains(&"\"column-formula\" \"AB51\" \"0\"".to_string()),
        "{stored:?}"
    );
    assert_eq!(stored, file);
}

/// The form's tree has its own levels: row 11 (UNSUR PENUNJANG URUSAN PEMERINTAHAN) is an
/// urusan, row 12 (PERENCANAAN) a bidang urusan, row 13 a program, row 14 a kegiatan (the sub
/// kegiatan are its rows). `lakip realisasi` goes down to the kegiatan by default, takes the
/// form's names in `--depth`, and refuses a level the form does not have.
#[test]
fn the_forms_levels_are_urusan_bidang_program_kegiatan() {
    let path = real();
    let run = |args: &[&str]| {
        Command::cargo_bin("lakip")
            .unwrap()
            .env("LAKIP_LANG", "en")
            .arg("realisasi")
            .args(args)
            .arg(&path)
            .output()
            .unwrap()
    };
    let out = run(&["--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let levels: Vec<(String, String)> = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .take(4)
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap_or("").to_string();
            (s("level"), s("uraian"))
        })
        .collect();
    let row = |l: &str, u: &str| (l.to_string(), u.to_string());
    assert_eq!(
        levels,
        [
            row("urusan", "UNSUR PENUNJANG URUSAN PEMERINTAHAN"),
            row("bidang_urusan", "PERENCANAAN"),
            row(
                "program",
                "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
            ),
            row(
                "kegiatan",
                "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"
            ),
        ],
        "{json}"
    );
    let out = run(&["--format", "json", "--depth", "program"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Within the table's tree (the rows below it, outside every total, aside).
    let in_tree: Vec<&serde_json::Value> = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| {
            r["uraian"] == "UNSUR PENUNJANG URUSAN PEMERINTAHAN"
                || r["path"][0] == "UNSUR PENUNJANG URUSAN PEMERINTAHAN"
        })
        .collect();
    // 1 urusan, 3 bidang (PERENCANAAN, Keuangan, Penelitian dan Pengembangan), 5 programs
    // (rows 13, 55, 70, 92, 97).
    assert_eq!(in_tree.len(), 9, "{in_tree:?}");
    assert!(in_tree.iter().all(|r| r["level"] != "kegiatan"));
    let out = run(&["--depth", "akun"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: --depth akun is no level of a document of kind renja: urusan, bidang_urusan, \
         program, kegiatan\n"
    );
}
