//! `lakip check`: one golden test per rule (a small workbook that triggers it, and a snapshot of
//! the text output, as a compiler's UI tests do), one test per exit code, and the seed
//! documents with their inconsistencies worked out by hand.

mod support;

use assert_cmd::Command;
use insta::assert_snapshot;
use serde_json::Value;
use std::path::Path;
use support::fixtures;

fn lakip(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en");
    cmd.current_dir(dir);
    cmd
}

/// Checks a workbook made of `rows`, returning (exit code, stdout).
fn check_table(name: &str, rows: &[&[&str]], extra: &[&str]) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    fixtures::table_xlsx(&dir.path().join(name), "Realisasi", rows).unwrap();
    run_check(dir.path(), name, extra)
}

fn run_check(dir: &Path, name: &str, extra: &[&str]) -> (i32, String) {
    let out = lakip(dir)
        .arg("check")
        .arg(name)
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

fn json(dir: &Path, name: &str, extra: &[&str]) -> Value {
    let (_, out) = run_check(dir, name, &[&["--format", "json"], extra].concat());
    serde_json::from_str(&out).unwrap()
}

const HEADER: &[&str] = &["Uraian", "Pagu", "Realisasi"];

// ---- one golden test per rule ------------------------------------------------------------

/// One golden test per rule: `name(file) => code: [rows];` checks a workbook of `rows`, expects
/// exit code `code` (with `(why)` as the assertion's message, if given) and compares the text
/// output with the test's snapshot, `snapshots/check__name.snap`.
macro_rules! golden_tests {
    ($(
        $name:ident($file:literal) => $code:literal $(($why:literal))?: [$($row:expr),* $(,)?];
    )*) => {
        $(
            #[test]
            fn $name() {
                let (code, out) = check_table($file, &[$($row),*], &[]);
                assert_eq!(code, $code $(, $why)?);
                assert_snapshot!(out);
            }
        )*
    };
}

golden_tests! {
    rule_realisasi_sd("realisasi-sd.xlsx") => 1: [
        &["Uraian", "Pagu", "Lock Pagu", "Periode Lalu", "Periode Ini", "s.d. Periode", "Sisa"],
        &["a. Layanan Perkantoran", "1000000", "0", "300000", "200000", "600000", "400000"],
        &["b. Layanan Data", "500000", "0", "100000", "50000", "150000", "350000"],
    ];
    rule_sum_heading("sum-heading.xlsx") => 1: [
        HEADER,
        &["1. Program Dukungan Manajemen", "1000000", "900000"],
        &["a. Layanan Perkantoran", "600000", "500000"],
        &["b. Layanan Data", "500000", "400000"],
    ];
    // The heading states a realisasi its rows do not hold: the reports, made of the rows,
    // would count 0 for it, and the total, stated as the headings add up, would pass.
    rule_sum_heading_none("sum-heading-none.xlsx") => 1: [
        HEADER,
        &["1. Program Dukungan Manajemen", "1000000", "900000"],
        &["a. Layanan Perkantoran", "600000", "500000"],
        &["b. Layanan Data", "400000", "400000"],
        &["2. Program Penyelenggaraan Pemilu", "2000000", "1000000"],
        &["a. Pemutakhiran Data Pemilih", "1200000", ""],
        &["b. Pendaftaran Peserta", "800000", ""],
        &["JUMLAH", "3000000", "1900000"],
    ];
    rule_sum_total("sum-total.xlsx") => 1: [
        HEADER,
        &["a. Layanan Perkantoran", "600000", "500000"],
        &["b. Layanan Data", "500000", "400000"],
        &["JUMLAH", "1000000", "900000"],
    ];
    // 79.095.521 / 79.097.000 stated as 100 passes; 18.884.995 / 18.985.000 stated as 100 fails.
    rule_percent("percent.xlsx") => 1: [
        &["Uraian", "Pagu", "Realisasi", "%"],
        &["a. Pendaftaran dan Verifikasi Peserta Pemilu", "18985000", "18884995", "100"],
        &["b. Pemutakhiran Data Pemilih", "79097000", "79095521", "100"],
    ];
    rule_sisa("sisa.xlsx") => 1: [
        &["Uraian", "Pagu", "Realisasi", "Sisa"],
        &["a. Layanan Perkantoran", "20415736000", "20326861888", "77381112"],
    ];
    rule_overspend("overspend.xlsx") => 1: [
        HEADER,
        &["a. Layanan Perkantoran", "1000000", "1250000"],
    ];
    rule_no_uraian("no-uraian.xlsx") => 1: [
        HEADER,
        &["a. Layanan Perkantoran", "1000000", "900000"],
        &["", "9200000", "7480000"],
    ];
    rule_negative("negative.xlsx") => 0 ("a warning does not fail the check"): [
        HEADER,
        &["a. Layanan Perkantoran", "1000000", "-50000"],
    ];
    rule_duplicate_item("duplicate.xlsx") => 0: [
        HEADER,
        &["1. Program Dukungan Manajemen", "", ""],
        &["a. Layanan Perkantoran", "1000000", "900000"],
        &["b. Layanan Data", "500000", "400000"],
        &["c. Layanan Perkantoran", "1000000", "900000"],
    ];
    rule_empty_heading("empty-heading.xlsx") => 0: [
        &["Program Kegiatan", "Uraian kegiatan", "Perkiraan kebutuhan Anggaran"],
        &["Program Dukungan Manajemen"],
        &["Data dan Informasi"],
        &["Layanan Dukungan Manajemen Internal"],
        &["", "Layanan Data dan Informasi", "8340000"],
        &["Pembentukan Badan Adhoc"],
        &["Tata Kelola Kelembagaan Publik Bidang Politik dan Hukum"],
        &["JUMLAH ANGGARAN", "", "8340000"],
    ];
    rule_signature_date("signature.xlsx") => 0: [
        &["RENCANA KERJA TAHUNAN TAHUN ANGGARAN 2023"],
        &[],
        &["Program Kegiatan", "Uraian kegiatan", "Perkiraan kebutuhan Anggaran"],
        &["Program Dukungan Manajemen"],
        &["", "Layanan Data dan Informasi", "8340000"],
        &[],
        &["", "Serang, 5 Januari 2024"],
        &["", "Sekretaris"],
        &["", "ADE WAHYU MARGONO"],
    ];
}

/// A table and its revision under another name, checked straight: 4 of the 5 kegiatan keep
/// their uraian (80 % ≥ 60 %), so the two are versions of one document; each alone is
/// consistent, so this is the only finding.
#[test]
fn rule_duplicate_document() {
    let dir = tempfile::tempdir().unwrap();
    fixtures::anggaran_contoh_xlsx(&dir.path().join("realisasi.xlsx")).unwrap();
    fixtures::anggaran_contoh_revisi_xlsx(&dir.path().join("realisasi-revisi.xlsx")).unwrap();
    let out = lakip(dir.path())
        .args(["check", "realisasi.xlsx", "realisasi-revisi.xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_snapshot!(String::from_utf8(out.stdout).unwrap());
    for one in ["realisasi.xlsx", "realisasi-revisi.xlsx"] {
        let (code, out) = run_check(dir.path(), one, &[]);
        assert_eq!(code, 0, "{one} alone: {out}");
    }
}

#[test]
fn rule_uncomputed_formula() {
    let dir = tempfile::tempdir().unwrap();
    fixtures::uncomputed_formula_xlsx(&dir.path().join("formula.xlsx")).unwrap();
    let (code, out) = run_check(dir.path(), "formula.xlsx", &[]);
    assert_eq!(code, 1);
    assert_snapshot!(out);
}

// ---- exit codes and formats -----------------------------------------------------------------

#[test]
fn exit_0_when_the_rkt_of_seed_000_adds_up() {
    let dir = tempfile::tempdir().unwrap();
    fixtures::rkt_serang_xlsx(&dir.path().join("rkt.xlsx")).unwrap();
    let (code, out) = run_check(dir.path(), "rkt.xlsx", &[]);
    assert_eq!(code, 0);
    assert_eq!(out, "ok: 0 errors, 0 warnings in 1 document checked\n");
}

#[test]
fn exit_1_on_warnings_with_deny_warnings() {
    let rows: &[&[&str]] = &[HEADER, &["a. Layanan Perkantoran", "1000000", "-50000"]];
    assert_eq!(check_table("w.xlsx", rows, &[]).0, 0);
    assert_eq!(check_table("w.xlsx", rows, &["--deny", "warnings"]).0, 1);
    assert_eq!(check_table("w.xlsx", rows, &["--deny", "negative"]).0, 1);
    assert_eq!(
        check_table(
            "w.xlsx",
            rows,
            &["--allow", "negative", "--deny", "warnings"]
        )
        .0,
        0
    );
}

#[test]
fn exit_2_when_it_cannot_run() {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["check", "tidak-ada.xlsx"])
        .assert()
        .code(2);
    lakip(dir.path())
        .args(["check"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("lakip init"));
    lakip(dir.path())
        .args(["check", "--explain", "nope"])
        .assert()
        .code(2);
    lakip(dir.path())
        .args(["check", "--deny", "nope", "x.xlsx"])
        .assert()
        .code(2);
}

#[test]
fn explain_prints_the_rule() {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["check", "--explain", "percent"])
        .assert()
        .success()
        .stdout(predicates::str::starts_with(
            "percent (error by default): a stated percentage does not follow from realisasi ÷ pagu",
        ));
}

#[test]
fn github_annotations() {
    let (_, out) = check_table(
        "gh.xlsx",
        &[
            &["Uraian", "Pagu", "Realisasi", "%"],
            &["a. Pendaftaran", "18985000", "18884995", "100"],
        ],
        &["--format", "github"],
    );
    assert_eq!(
        out,
        "::error file=gh.xlsx,line=2,title=lakip percent::\"Pendaftaran\" states 100%25 but realisasi ÷ pagu is 99,47%25 (Realisasi!D2): stated 100,00%25, computed 99,47%25, difference 0,53 percentage points\n"
    );
}

// ---- the seeds ------------------------------------------------------------------------------

/// Tabel 3.1 of the LKj of KPU Kota Serang 2023, worked by hand (see DOMAIN.md for the
/// formulas): kegiatan a–j add up to 18.256.393.000, 100.000 more than the program's pagu;
/// five stated percentages do not follow from their own pagu and realisasi; the last row has
/// amounts but no uraian. Everything else reconciles.
#[test]
fn tabel_3_1_yields_exactly_the_inconsistencies_an_auditor_finds() {
    let dir = tempfile::tempdir().unwrap();
    fixtures::anggaran_serang_xlsx(&dir.path().join("tabel31.xlsx")).unwrap();
    let json = json(dir.path(), "tabel31.xlsx", &[]);
    let found: Vec<(String, u64, String, Value, Value, Value)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["location"]["row"].as_u64().unwrap(),
                d["location"]["cell"].as_str().unwrap().to_string(),
                d["stated"].clone(),
                d["computed"].clone(),
                d["difference"].clone(),
            )
        })
        .collect();
    let s = |v: &str| Value::String(v.to_string());
    let expected = vec![
        (
            "sum-heading".to_string(),
            4,
            "B4".to_string(),
            s("18256293000"),
            s("18256393000"),
            s("-100000"),
        ),
        (
            "percent".to_string(),
            6,
            "D6".to_string(),
            s("100"),
            s("99.47"),
            s("0.53"),
        ),
        (
            "percent".to_string(),
            16,
            "D16".to_string(),
            s("99.93"),
            s("99.41"),
            s("0.52"),
        ),
        (
            "percent".to_string(),
            17,
            "D17".to_string(),
            s("100"),
            s("97.53"),
            s("2.47"),
        ),
        (
            "percent".to_string(),
            18,
            "D18".to_string(),
            s("84.85"),
            s("73.48"),
            s("11.37"),
        ),
        (
            "no-uraian".to_string(),
            19,
            "A19".to_string(),
            Value::Null,
            Value::Null,
            Value::Null,
        ),
        (
            "percent".to_string(),
            19,
            "D19".to_string(),
            s("89.69"),
            s("81.3"),
            s("8.39"),
        ),
    ];
    assert_eq!(found, expected);
    assert_eq!(json["errors"], 7);
    assert_eq!(json["warnings"], 0);
}

#[test]
fn tabel_3_1_rows_that_reconcile_get_no_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    fixtures::anggaran_serang_xlsx(&dir.path().join("tabel31.xlsx")).unwrap();
    let json = json(dir.path(), "tabel31.xlsx", &[]);
    let rows: Vec<u64> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["location"]["row"].as_u64().unwrap())
        .collect();
    for quiet in [5, 7, 8, 9, 10, 11, 12, 13, 14, 15] {
        assert!(!rows.contains(&quiet), "row {quiet} reconciles");
    }
}

#[test]
fn a_planted_error_in_the_rkt_is_reported_at_the_total() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rkt.csv");
    fixtures::rkt_serang_csv(&path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches("97.669.000").count(), 1);
    std::fs::write(&path, text.replace("97.669.000", "97.699.000")).unwrap();
    let json = json(dir.path(), "rkt.csv", &[]);
    let d = &json["diagnostics"][0];
    assert_eq!(json["diagnostics"].as_array().unwrap().len(), 1);
    assert_eq!(d["code"], "sum-total");
    assert_eq!(d["location"]["cell"], "F66");
    assert_eq!(d["stated"], "37230532000");
    assert_eq!(d["computed"], "37230562000");
    assert_eq!(d["difference"], "-30000");
}

#[test]
fn workspace_check_sees_what_import_stored() {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .success();
    fixtures::anggaran_serang_xlsx(&dir.path().join("tabel31.xlsx")).unwrap();
    lakip(dir.path())
        .args(["import", "tabel31.xlsx"])
        .assert()
        .success();
    let out = lakip(dir.path())
        .args(["check", "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["errors"], 7);
}

#[test]
fn settings_in_lakip_toml_change_tolerance_and_overspend() {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .success();
    let config = dir.path().join("lakip.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    let text = text
        .replace("toleransi_persen = 0.01", "toleransi_persen = 0.6")
        .replace(
            "realisasi_melebihi_pagu = \"error\"",
            "realisasi_melebihi_pagu = \"warning\"",
        );
    std::fs::write(&config, text).unwrap();
    fixtures::table_xlsx(
        &dir.path().join("t.xlsx"),
        "Realisasi",
        &[
            &["Uraian", "Pagu", "Realisasi", "%"],
            &["a. Pendaftaran", "18985000", "18884995", "100"],
            &["b. Layanan", "1000", "1200", "120"],
        ],
    )
    .unwrap();
    let json = json(dir.path(), "t.xlsx", &[]);
    let codes: Vec<(&str, &str)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["code"].as_str().unwrap(), d["severity"].as_str().unwrap()))
        .collect();
    assert_eq!(
        codes,
        vec![("overspend", "warning")],
        "0,53 is within 0,6; overspend is a warning"
    );
}

#[test]
fn readme_catalogue_lists_every_rule() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for rule in lakip::check::RULES {
        let severity = match rule.severity {
            lakip::check::Severity::Error => "error",
            lakip::check::Severity::Warning => "warning",
            lakip::check::Severity::Info => "info",
        };
        let row = format!("| `{}` | {severity} | {} |", rule.code, rule.title);
        assert!(readme.contains(&row), "README lacks: {row}");
    }
}

#[test]
fn rule_cell_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cell-error.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Realisasi").unwrap();
    ws.write_row(0, 0, ["Uraian", "Pagu", "Realisasi", "%"])
        .unwrap();
    ws.write_row(1, 0, ["a. Layanan Perkantoran", "-", "-"])
        .unwrap();
    ws.write_formula(
        1,
        3,
        rust_xlsxwriter::Formula::new("C2/B2*100").set_result("#VALUE!"),
    )
    .unwrap();
    wb.save(&path).unwrap();
    let (code, out) = run_check(dir.path(), "cell-error.xlsx", &[]);
    assert_eq!(code, 1);
    assert_snapshot!(out);
}

golden_tests! {
    rule_not_read("not-read.xlsx") => 0 ("a warning"): [
        HEADER,
        &["a. Layanan Perkantoran", "1000000", "900000"],
        &["JUMLAH", "1000000", "900000"],
        &[],
        &["Sasaran", "Indikator", "Target"],
        &["Terwujudnya X", "Persentase Y", "100%"],
    ];
}

// ---- what an auditor would call right is not flagged ----------------------------------------

fn codes(dir: &Path, name: &str) -> Vec<(String, u64)> {
    let json = json(dir, name, &[]);
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["location"]["row"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn codes_of(rows: &[&[&str]]) -> Vec<(String, u64)> {
    let dir = tempfile::tempdir().unwrap();
    fixtures::table_xlsx(&dir.path().join("t.xlsx"), "Realisasi", rows).unwrap();
    codes(dir.path(), "t.xlsx")
}

#[test]
fn sub_totals_count_the_rows_since_the_last_total() {
    let found = codes_of(&[
        HEADER,
        &["Belanja Pegawai", "1000", "900"],
        &["Belanja Barang", "500", "400"],
        &["Sub Total", "1500", "1300"],
        &["Belanja Modal", "200", "200"],
        &["Sub Total", "200", "200"],
        &["TOTAL", "1700", "1500"],
    ]);
    assert_eq!(found, vec![]);
}

#[test]
fn rows_after_a_total_are_not_in_it() {
    let found = codes_of(&[
        HEADER,
        &["Belanja Pegawai", "1000", "900"],
        &["JUMLAH", "1000", "900"],
        &[],
        &["Tambahan dana hibah Pilkada", "5000", ""],
    ]);
    // Not in the total; but an item of the table, whose money the reports add: a doubt.
    assert_eq!(found, vec![("doubt".to_string(), 5)]);
}

#[test]
fn a_numbered_program_with_nothing_under_it_is_a_sibling() {
    let found = codes_of(&[
        &["No", "Uraian", "Pagu", "Realisasi"],
        &["1.", "Program A", "2000", "1800"],
        &["a.", "Belanja Pegawai", "1000", "900"],
        &["b.", "Belanja Barang", "1000", "900"],
        &["2.", "Program B", "500", "400"],
        &["JUMLAH", "", "2500", "2200"],
    ]);
    assert_eq!(found, vec![]);
}

#[test]
fn a_first_heading_is_not_a_second_header_row() {
    let found = codes_of(&[
        HEADER,
        &["Program Dukungan Manajemen", "", ""],
        &["Belanja Pegawai", "1000", "900"],
        &["Belanja Barang", "500", "400"],
        &["Jumlah", "1500", "1300"],
        &["Program Penyelenggaraan Pemilu", "", ""],
        &["Belanja Modal", "200", "200"],
        &["Jumlah", "200", "200"],
        &["Jumlah Total", "1700", "1500"],
    ]);
    assert_eq!(found, vec![]);
}

#[test]
fn a_wrong_jumlah_after_similar_rows_is_still_found() {
    let header: &[&str] = &[
        "Program Kegiatan",
        "Sasaran",
        "Indikator",
        "keluaran/output",
        "Uraian kegiatan",
        "Perkiraan kebutuhan Anggaran",
        "KET",
    ];
    let found = codes_of(&[
        header,
        &["Program Dukungan Manajemen"],
        &["Pengelolaan Keuangan"],
        &[
            "",
            "Terwujudnya Tata Kelola Keuangan",
            "Persentase ketepatan waktu laporan",
            "Layanan Manajemen Keuangan",
            "Penyusunan Laporan Keuangan",
            "1000000",
        ],
        &[
            "",
            "Meningkatnya Kualitas Perencanaan Program",
            "Persentase Realisasi Anggaran",
            "Dokumen Perencanaan Anggaran",
            "Penyusunan RKA",
            "1000000",
        ],
        &["JUMLAH ANGGARAN", "", "", "", "", "9999999"],
    ]);
    assert_eq!(found, vec![("sum-total".to_string(), 6)]);
}

#[test]
fn a_percentage_written_with_fewer_decimals_is_right_at_its_precision() {
    let pct: &[&str] = &["Uraian", "Pagu", "Realisasi", "%"];
    assert_eq!(
        codes_of(&[pct, &["a. Layanan", "18985000", "18884995", "99.5"]]),
        vec![]
    );
    assert_eq!(
        codes_of(&[pct, &["a. Layanan", "18985000", "18884995", "99"]]),
        vec![]
    );
    assert_eq!(
        codes_of(&[pct, &["a. Layanan", "18985000", "18884995", "100"]]),
        vec![("percent".to_string(), 2)]
    );
}

#[test]
fn a_wrong_heading_is_reported_once_not_again_at_the_total() {
    let found = codes_of(&[
        HEADER,
        &["1. Program A", "3100", "2700"],
        &["a. Belanja Pegawai", "2000", "1800"],
        &["b. Belanja Barang", "1000", "900"],
        &["2. Program B", "5000", "4000"],
        &["a. Belanja Modal", "5000", "4000"],
        &["JUMLAH", "8000", "6700"],
    ]);
    assert_eq!(found, vec![("sum-heading".to_string(), 2)]);
}

#[test]
fn a_column_no_row_fills_is_not_summed() {
    let found = codes_of(&[
        &["Uraian", "Pagu", "Realisasi", "%", "Sisa"],
        &["Belanja Pegawai", "1000", "900", "90"],
        &["Belanja Barang", "500", "400", "80"],
        &["JUMLAH", "1500", "1300", "86.67", "200"],
    ]);
    assert_eq!(found, vec![]);
}

#[test]
fn one_overspent_item_is_one_finding() {
    let found = codes_of(&[
        HEADER,
        &["1. Program A", "1000", "1100"],
        &["a. Belanja", "1000", "1100"],
        &["JUMLAH", "1000", "1100"],
    ]);
    assert_eq!(found, vec![("overspend".to_string(), 3)]);
}

#[test]
fn rows_without_money_are_no_duplicates() {
    let found = codes_of(&[
        HEADER,
        &["1. Program A", "", ""],
        &["a. Honor Panitia", "-", "-"],
        &["b. Honor Panitia", "-", "-"],
    ]);
    assert_eq!(found, vec![]);
}

#[test]
fn a_formula_that_is_zero_in_a_computed_workbook_is_zero() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_row(0, 0, ["Uraian", "Pagu", "Realisasi", "Sisa"])
        .unwrap();
    ws.write_string(1, 0, "a. Satu").unwrap();
    ws.write_number(1, 1, 1000.0).unwrap();
    ws.write_number(1, 2, 1000.0).unwrap();
    ws.write_formula(1, 3, rust_xlsxwriter::Formula::new("B2-C2").set_result("0"))
        .unwrap();
    ws.write_string(2, 0, "b. Dua").unwrap();
    ws.write_number(2, 1, 500.0).unwrap();
    ws.write_number(2, 2, 400.0).unwrap();
    ws.write_formula(
        2,
        3,
        rust_xlsxwriter::Formula::new("B3-C3").set_result("100"),
    )
    .unwrap();
    wb.save(&path).unwrap();
    assert_eq!(codes(dir.path(), "f.xlsx"), vec![]);
}

#[test]
fn deny_warnings_says_failed() {
    let (code, out) = check_table(
        "w.xlsx",
        &[HEADER, &["a. Layanan", "1000", "-50"]],
        &["--deny", "warnings"],
    );
    assert_eq!(code, 1);
    assert!(
        out.ends_with("failed: 0 errors, 1 warning in 1 document checked\n"),
        "{out}"
    );
}

#[test]
fn an_empty_workspace_is_not_a_pass() {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .success();
    lakip(dir.path())
        .args(["check"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("nothing imported yet"));
}

#[test]
fn the_title_year_decides_the_signature_rule() {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .success();
    fixtures::table_xlsx(
        &dir.path().join("r2022.xlsx"),
        "Realisasi",
        &[
            &["LAPORAN REALISASI ANGGARAN TAHUN 2022"],
            &["Uraian", "Pagu", "Realisasi"],
            &["Belanja A", "1000", "900"],
            &[],
            &["", "Serang, 10 Januari 2023"],
            &["", "Sekretaris"],
            &["", "ADE"],
        ],
    )
    .unwrap();
    // Signed in January 2023, after the year 2022 its title names: no signature-date finding.
    // But a realisation of 2022 is not this 2023 workspace's: year-mismatch (it passed before).
    assert_eq!(
        codes(dir.path(), "r2022.xlsx"),
        vec![("year-mismatch".to_string(), 1)]
    );
}

/// The rule's snapshot: a realisation of 2022 (its title) checked in a 2023 workspace.
#[test]
fn rule_year_mismatch() {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .success();
    fixtures::table_xlsx(
        &dir.path().join("realisasi-2022.xlsx"),
        "Realisasi",
        &[
            &["LAPORAN REALISASI ANGGARAN TAHUN ANGGARAN 2022"],
            &["Uraian", "Pagu", "Realisasi"],
            &["Belanja A", "1000", "900"],
        ],
    )
    .unwrap();
    let (code, out) = run_check(dir.path(), "realisasi-2022.xlsx", &[]);
    assert_eq!(code, 0, "a warning");
    assert_snapshot!(out);
}

#[test]
fn findings_name_files_from_where_lakip_runs() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    lakip(dir.path())
        .args([
            "init",
            "ws",
            "--satker",
            "KPU Kota Serang",
            "--tahun",
            "2023",
        ])
        .assert()
        .success();
    fixtures::anggaran_serang_xlsx(&ws.join("tabel31.xlsx")).unwrap();
    lakip(&ws)
        .args(["import", "tabel31.xlsx"])
        .assert()
        .success();
    let out = lakip(dir.path())
        .args(["-w", "ws", "check", "--format", "github"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.starts_with("::error file=ws/tabel31.xlsx,line=4,"),
        "{out}"
    );
}

/// The csv crate skips blank lines; the cell named must still be the line in the file.
#[test]
fn csv_cells_are_named_by_their_line_past_blank_lines() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ang.csv"),
        "Uraian,Pagu,Realisasi\n\nA,100,50\n\n\nB,100,200\n",
    )
    .unwrap();
    let json = json(dir.path(), "ang.csv", &[]);
    let d = &json["diagnostics"][0];
    assert_eq!(d["code"], "overspend");
    assert_eq!(d["location"]["cell"], "C6");
    assert_eq!(d["location"]["row"], 6);
}
