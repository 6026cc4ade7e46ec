//! A document of another year than the workspace's (`tahun` in lakip.toml) is said at import
//! and reported by `check` as `year-mismatch`, at the title cell or signature that states the
//! year. Before, each was imported and checked silently ("ok").

mod support;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;
use support::variants;

fn lakip(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    let s = |b: &[u8]| String::from_utf8_lossy(b).to_string();
    (out.status.code().unwrap(), s(&out.stdout), s(&out.stderr))
}

fn workspace_2023() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = lakip(
        dir.path(),
        &["init", "--satker", "KPU Kota Serang", "--tahun", "2023"],
    );
    assert_eq!(code, 0, "{err}");
    variants::years(&dir.path().join("tahun.xlsx")).unwrap();
    dir
}

/// The four documents of another year (see `variants::years`), each where it says so, with
/// both years in the message; the PK that cites a 2017 law, the PK signed in December 2022,
/// the Renstra of 2020-2024 and the PK of 2023 are not among them.
const EXPECTED: [(&str, &str, &str); 4] = [
    (
        "PK 2022",
        "A1",
        "the title says \"TAHUN 2022\": a document of 2022, but the workspace is for 2023 \
         (tahun in lakip.toml)",
    ),
    (
        "RKT",
        "D8",
        "signed on 24 Januari 2021, but the workspace is for 2023 (tahun in lakip.toml): the \
         RKT of 2023 is signed in 2022 or 2023",
    ),
    (
        "Realisasi 2022",
        "A1",
        "the title says \"TAHUN ANGGARAN 2022\": a document of 2022, but the workspace is for \
         2023 (tahun in lakip.toml)",
    ),
    (
        "Renstra lama",
        "A1",
        "the title says \"TAHUN 2015-2019\": a period of 2015-2019, which does not hold 2023, \
         the workspace's year (tahun in lakip.toml)",
    ),
];

#[test]
fn import_warns_of_documents_of_another_year() {
    let dir = workspace_2023();
    let (code, out, err) = lakip(dir.path(), &["import", "tahun.xlsx"]);
    assert_eq!(code, 0, "{err}");
    // In the order of the sheets: the PKs, the realisation, the RKT, the Renstras.
    let warned: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("(tahun in lakip.toml)"))
        .collect();
    let expected: Vec<String> = [0, 2, 1, 3]
        .iter()
        .map(|&i| {
            let (sheet, cell, message) = EXPECTED[i];
            format!("warning: tahun.xlsx:'{sheet}'!{cell}: {message}")
        })
        .collect();
    assert_eq!(warned, expected, "{out}");
}

#[test]
fn check_reports_year_mismatch_where_the_year_is_stated() {
    let dir = workspace_2023();
    let (code, _, err) = lakip(dir.path(), &["import", "tahun.xlsx"]);
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = lakip(dir.path(), &["check", "--format", "json"]);
    let json: Value = serde_json::from_str(&out).unwrap();
    let found: Vec<(String, String, String, String)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "year-mismatch")
        .map(|d| {
            let s = |v: &Value| v.as_str().unwrap().to_string();
            (
                s(&d["location"]["sheet"]),
                s(&d["location"]["cell"]),
                s(&d["message"]),
                s(&d["severity"]),
            )
        })
        .collect();
    let expected: Vec<_> = EXPECTED
        .iter()
        .map(|(s, c, m)| {
            (
                s.to_string(),
                c.to_string(),
                m.to_string(),
                "warning".to_string(),
            )
        })
        .collect();
    assert_eq!(found, expected);
    // A warning: with --deny warnings the check fails on it alone.
    let (code, _, _) = lakip(
        dir.path(),
        &[
            "check",
            "--deny",
            "warnings",
            "--allow",
            "pk-budget",
            "--allow",
            "renstra-unchecked",
        ],
    );
    assert_eq!(code, 1);
}

/// Outside a workspace there is no year to hold a document to.
#[test]
fn files_checked_outside_a_workspace_have_no_year_to_mismatch() {
    let dir = tempfile::tempdir().unwrap();
    variants::years(&dir.path().join("tahun.xlsx")).unwrap();
    let (_, out, err) = lakip(dir.path(), &["check", "tahun.xlsx"]);
    assert!(!out.contains("year-mismatch"), "{out}{err}");
}

/// Years written without `Tahun`/`TA` (see `variants::years_bare`). Before, a title's bare
/// `2022` and a `PERIODE … DESEMBER 2022` line were not read: the PK signed in January 2023
/// and the two realisations of 2022 passed `check` as documents of 2023.
#[test]
fn a_bare_year_in_a_title_line_is_the_documents() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = lakip(
        dir.path(),
        &["init", "--satker", "KPU Kota Serang", "--tahun", "2023"],
    );
    assert_eq!(code, 0, "{err}");
    variants::years_bare(&dir.path().join("polos.xlsx")).unwrap();
    let (code, _, err) = lakip(dir.path(), &["import", "polos.xlsx"]);
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = lakip(dir.path(), &["check", "--format", "json"]);
    let json: Value = serde_json::from_str(&out).unwrap();
    let found: Vec<(String, String, String)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "year-mismatch")
        .map(|d| {
            let s = |v: &Value| v.as_str().unwrap().to_string();
            (
                s(&d["location"]["sheet"]),
                s(&d["location"]["cell"]),
                s(&d["message"]),
            )
        })
        .collect();
    let said = |year: &str| {
        format!(
            "the title says \"{year}\": a document of 2022, but the workspace is for 2023 \
             (tahun in lakip.toml)"
        )
    };
    let row =
        |sheet: &str, cell: &str, message: String| (sheet.to_string(), cell.to_string(), message);
    // The law's 2014, the Renstra's 2020-2024 and the realisation of 2023 are not here; in
    // the order of the sheets' names.
    assert_eq!(
        found,
        vec![
            row("PK polos", "A1", said("PERJANJIAN KINERJA 2022")),
            row(
                "Realisasi periode",
                "A2",
                said("PERIODE JANUARI S.D. DESEMBER 2022"),
            ),
            row("Realisasi polos", "A1", said("REALISASI ANGGARAN 2022")),
        ]
    );
}
