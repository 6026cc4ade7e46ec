//! Two sources of one realisation (a SAKTI report and a hand-made realisasi table): `check`
//! compares their programs, and the reports never add the two up. Expected figures are worked
//! out by hand from the rows below.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;
use support::fixtures::table_xlsx;

/// A SAKTI-style table (kind `sakti`: Lock Pagu and realisasi by period). Program Dukungan
/// Manajemen: pagu 600.000 + 400.000 = 1.000.000, s.d. 500.000 + 150.000 = 650.000; Program
/// Penyelenggaraan Pemilu: pagu 300.000, s.d. 100.000.
const SAKTI: &[&[&str]] = &[
    &[
        "Uraian",
        "Pagu",
        "Lock Pagu",
        "Periode Lalu",
        "Periode Ini",
        "s.d. Periode",
        "Sisa",
    ],
    &["1. Program Dukungan Manajemen"],
    &[
        "a. Layanan Perkantoran",
        "600000",
        "0",
        "300000",
        "200000",
        "500000",
        "100000",
    ],
    &[
        "b. Layanan Data",
        "400000",
        "0",
        "100000",
        "50000",
        "150000",
        "250000",
    ],
    &["2. Program Penyelenggaraan Pemilu"],
    &[
        "a. Pemutakhiran Data Pemilih",
        "300000",
        "0",
        "100000",
        "0",
        "100000",
        "200000",
    ],
];

/// The hand-made table: Program Dukungan Manajemen pagu 600.000 + 400.000 = 1.000.000 (as
/// SAKTI), realisasi 500.000 + 100.000 = 600.000 (SAKTI: 650.000); Program Pengawasan is in
/// no SAKTI program, and SAKTI's Program Penyelenggaraan Pemilu is not here.
const TABEL: &[&[&str]] = &[
    &["Uraian", "Pagu", "Realisasi"],
    &["1. Program Dukungan Manajemen"],
    &["a. Layanan Perkantoran", "600000", "500000"],
    &["b. Layanan Data", "400000", "100000"],
    &["2. Program Pengawasan"],
    &["a. Pengawasan Internal", "50000", "50000"],
];

fn lakip(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en");
    cmd.current_dir(dir);
    cmd
}

fn two_sources() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    table_xlsx(&dir.path().join("sakti.xlsx"), "GLP039", SAKTI).unwrap();
    table_xlsx(&dir.path().join("tabel.xlsx"), "Tabel 3.1", TABEL).unwrap();
    dir
}

#[test]
fn two_sources_are_compared_program_by_program() {
    let dir = two_sources();
    let out = lakip(dir.path())
        .args(["check", "--format", "json", "sakti.xlsx", "tabel.xlsx"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "an error: the realisasi differs"
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(String, String, String, String, String)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let text = |k: &str| d[k].as_str().unwrap_or("").to_string();
            (
                text("code"),
                d["location"]["file"].as_str().unwrap().to_string(),
                d["location"]["cell"].as_str().unwrap().to_string(),
                text("stated"),
                text("computed"),
            )
        })
        .collect();
    let row = |code: &str, file: &str, cell: &str, stated: &str, computed: &str| {
        (
            code.to_string(),
            file.to_string(),
            cell.to_string(),
            stated.to_string(),
            computed.to_string(),
        )
    };
    assert_eq!(
        found,
        [
            // SAKTI's Program Penyelenggaraan Pemilu (row 5) is in no program of the table.
            row("realisasi-unmatched", "sakti.xlsx", "A5", "", ""),
            // The same pagu (1.000.000) is no finding; realisasi 600.000 here, 650.000 in SAKTI.
            row("realisasi-sources", "tabel.xlsx", "A2", "600000", "650000"),
            // Under it, kegiatan `b. Layanan Data` (row 4, matched by name): realisasi 100.000
            // here, 150.000 in SAKTI (50.000 + 100.000 … s.d. 150.000). `a. Layanan
            // Perkantoran` agrees (600.000 / 500.000 both).
            row("realisasi-sources", "tabel.xlsx", "A4", "100000", "150000"),
            // The table's Program Pengawasan (row 5) is in no SAKTI program.
            row("realisasi-unmatched", "tabel.xlsx", "A5", "", ""),
        ]
    );
}

#[test]
fn the_realisasi_report_never_adds_two_sources_up() {
    let dir = two_sources();
    let out = lakip(dir.path())
        .args(["realisasi", "sakti.xlsx", "tabel.xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("2 sources (anggaran, sakti)") && err.contains("--sumber"),
        "{err}"
    );
    assert!(out.stdout.is_empty(), "nothing is reported");
}

#[test]
fn the_chosen_source_alone_is_reported() {
    let dir = two_sources();
    let total = |sumber: &str| -> Value {
        let out = lakip(dir.path())
            .args(["realisasi", "--format", "json", "--sumber", sumber])
            .args(["sakti.xlsx", "tabel.xlsx"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{sumber}");
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        let rows = json["rows"].as_array().unwrap().clone();
        rows.into_iter().find(|r| r["level"] == "total").unwrap()
    };
    // SAKTI: pagu 1.000.000 + 300.000 = 1.300.000; s.d. 650.000 + 100.000 = 750.000.
    let sakti = total("sakti");
    assert_eq!(sakti["pagu"], "1300000");
    assert_eq!(sakti["realisasi"], "750000");
    // The table: pagu 1.000.000 + 50.000 = 1.050.000; realisasi 600.000 + 50.000 = 650.000.
    let tabel = total("anggaran");
    assert_eq!(tabel["pagu"], "1050000");
    assert_eq!(tabel["realisasi"], "650000");
}

#[test]
fn one_source_needs_no_choice() {
    let dir = two_sources();
    let out = lakip(dir.path())
        .args(["realisasi", "--format", "json", "tabel.xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let out = lakip(dir.path())
        .args(["check", "tabel.xlsx"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.contains("realisasi-"),
        "one source: nothing to compare\n{text}"
    );
}

/// A finding as (rule, cell, stated, computed, message).
type Finding = (String, String, String, String, String);

/// The comparison goes down to the kegiatan under a matched program (issue 11 §5). Before, a
/// kegiatan of 900.000.000 against SAKTI's 906.800.000 and a kegiatan SAKTI does not have
/// passed (`ok`), because the programs' totals agree: 900.000.000 + 6.800.000 = 906.800.000.
/// Now: by code (`036.01.WA.6336` is SAKTI's `WA.6336`), or, without codes, by name.
#[test]
fn kegiatan_under_a_matched_program_are_compared() {
    let dir = tempfile::tempdir().unwrap();
    support::sakti_fixtures::reconcile_kegiatan(dir.path()).unwrap();
    let findings = |table: &str| -> (i32, Vec<Finding>) {
        let out = lakip(dir.path())
            .args(["check", "--format", "json", "glp039.xlsx", table])
            .output()
            .unwrap();
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        let found = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                let text = |v: &Value| v.as_str().unwrap_or("").to_string();
                (
                    text(&d["code"]),
                    text(&d["location"]["cell"]),
                    text(&d["stated"]),
                    text(&d["computed"]),
                    text(&d["message"]),
                )
            })
            .collect();
        (out.status.code().unwrap(), found)
    };
    // The program: pagu 906.800.000 and realisasi 121.913.000 in both: no finding. Kegiatan
    // 6336: pagu 900.000.000 here, 906.800.000 in SAKTI (difference 6.800.000); realisasi
    // 121.913.000 in both. Kegiatan 9999 (pagu 6.800.000) is in no SAKTI kegiatan.
    let (code, found) = findings("tabel-kode.xlsx");
    assert_eq!(code, 1, "{found:?}");
    assert_eq!(found.len(), 2, "{found:?}");
    let (rule, cell, stated, computed, message) = &found[0];
    assert_eq!(
        (
            rule.as_str(),
            cell.as_str(),
            stated.as_str(),
            computed.as_str()
        ),
        ("realisasi-sources", "A3", "900000000", "906800000")
    );
    // Both places: the table's row here, SAKTI's kegiatan row (row 11, code in B) there.
    assert!(
        message.contains("kegiatan '036.01.WA.6336 Dukungan Manajemen Internal'")
            && message.contains("glp039.xlsx:'GLP039_LAPORAN REALISASI SUPER'!B11"),
        "{message}"
    );
    let (rule, cell, _, _, message) = &found[1];
    assert_eq!(
        (rule.as_str(), cell.as_str()),
        ("realisasi-unmatched", "A5")
    );
    assert!(
        message.contains("kegiatan '036.01.WA.9999 Kegiatan Lain' (pagu Rp6.800.000)"),
        "{message}"
    );

    // No codes: the kegiatan are matched by name (`a. Dukungan Manajemen Internal`).
    let (code, found) = findings("tabel-nama.xlsx");
    assert_eq!(code, 1, "{found:?}");
    let short: Vec<(&str, &str, &str, &str)> = found
        .iter()
        .map(|f| (f.0.as_str(), f.1.as_str(), f.2.as_str(), f.3.as_str()))
        .collect();
    assert_eq!(
        short,
        [
            ("realisasi-sources", "A3", "900000000", "906800000"),
            ("realisasi-unmatched", "A4", "", ""),
        ]
    );
}
