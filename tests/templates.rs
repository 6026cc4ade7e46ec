//! `lakip template KIND`: each kind's form, filled as a user fills it (the example rows
//! replaced by the satker's own, `tests/support/template_fixtures.rs`), imports with no notice
//! as its kind with the counts and totals worked by hand, and `lakip check` finds it clean;
//! the form as written holds its examples (a doubt when imported so), an unfilled one is
//! nothing to import, and a system's export has no template.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use std::io::Read;
use std::path::Path;
use support::template_fixtures::{self as filled, SATKER, TAHUN};

const KINDS: [&str; 6] = ["rkt", "anggaran", "pk", "kinerja", "rak", "renstra"];

fn lakip(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.current_dir(dir).env("LAKIP_LANG", "en");
    cmd
}

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["init", "--satker", SATKER, "--tahun", &TAHUN.to_string()])
        .assert()
        .success();
    dir
}

/// `lakip import --format json FILE` in `dir`: exit 0, the JSON.
fn import(dir: &Path, file: &str) -> Value {
    let out = lakip(dir)
        .args(["import", "--format", "json", file])
        .assert()
        .success()
        .get_output()
        .clone();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The one document of an import, after asserting it has no notice and that only the
/// Petunjuk sheet was skipped.
fn only_document<'a>(json: &'a Value, kind: &str) -> &'a Value {
    let docs = json["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 1, "{kind}: one document");
    let doc = &docs[0];
    assert_eq!(doc["kind"], kind);
    assert_eq!(doc["notices"], Value::Array(vec![]), "{kind}: no notice");
    assert_eq!(doc["rows"]["unrecognised"], 0);
    let skipped: Vec<&str> = json["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["sheet"].as_str().unwrap())
        .collect();
    assert_eq!(
        skipped,
        ["Petunjuk"],
        "{kind}: only the Petunjuk sheet is no table"
    );
    doc
}

/// The sum of a field over the items, in whole rupiah.
fn sum(doc: &Value, field: &str) -> u64 {
    doc["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i[field].as_str().unwrap().parse::<u64>().unwrap())
        .sum()
}

fn items(doc: &Value) -> &Vec<Value> {
    doc["items"].as_array().unwrap()
}

fn check_is_clean(dir: &Path) {
    let out = lakip(dir)
        .arg("check")
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("0 errors, 0 warnings"),
        "check is clean: {stdout}"
    );
}

/// Imports the filled template of `kind` alone in a fresh workspace; check is clean.
fn filled_alone(kind: &str) -> Value {
    let dir = workspace();
    let file = format!("{kind}-isi.xlsx");
    filled::filled_xlsx(kind, &dir.path().join(&file)).unwrap();
    let json = import(dir.path(), &file);
    only_document(&json, kind);
    check_is_clean(dir.path());
    json["documents"][0].clone()
}

#[test]
fn filled_rkt_imports_with_no_notice() {
    let doc = filled_alone("rkt");
    // Two programs as headings, three kegiatan as items.
    assert_eq!(doc["headings"].as_array().unwrap().len(), 2);
    assert_eq!(items(&doc).len(), 3);
    // 64.250.000 + 2.315.400.000 + 118.750.000 = 2.498.400.000
    assert_eq!(sum(&doc, "amount"), 2_498_400_000);
    assert_eq!(
        items(&doc)[2]["path"][0],
        "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi"
    );
    assert_eq!(doc["title"][1], "KPU KABUPATEN TABANAN");
    assert_eq!(doc["title"][2], "TAHUN 2025");
}

#[test]
fn filled_anggaran_imports_with_no_notice() {
    let doc = filled_alone("anggaran");
    assert_eq!(items(&doc).len(), 3);
    // pagu 64.250.000 + 2.315.400.000 + 118.750.000 = 2.498.400.000;
    // realisasi 63.607.500 + 2.269.092.000 + 112.812.500 = 2.445.512.000
    assert_eq!(sum(&doc, "pagu"), 2_498_400_000);
    assert_eq!(sum(&doc, "realisasi"), 2_445_512_000);
    let program = &doc["headings"][0]["stated"];
    assert_eq!(program["pagu"], "2379650000");
    assert_eq!(program["stated_percent"], "98.03");
    // 1.198… no: the second kegiatan, 2.269.092.000 ÷ 2.315.400.000 = 98%.
    assert_eq!(items(&doc)[1]["stated_percent"], "98");
}

#[test]
fn an_anggaran_with_a_jumlah_row_of_formulas_imports_with_no_notice() {
    let dir = workspace();
    filled::anggaran_with_total_xlsx(&dir.path().join("anggaran.xlsx")).unwrap();
    let json = import(dir.path(), "anggaran.xlsx");
    let doc = only_document(&json, "anggaran");
    let totals = doc["totals"].as_array().unwrap();
    assert_eq!(totals.len(), 1, "the JUMLAH row is the total");
    // The results Excel saved: 2.498.400.000 and 2.445.512.000 (worked in the fixture).
    assert_eq!(totals[0]["stated"]["pagu"], "2498400000");
    assert_eq!(totals[0]["stated"]["realisasi"], "2445512000");
    check_is_clean(dir.path());
}

#[test]
fn filled_pk_imports_with_no_notice() {
    let doc = filled_alone("pk");
    let rows = items(&doc);
    assert_eq!(rows.len(), 4);
    // The second indikator of sasaran 1 leaves No and Sasaran empty: it is sasaran 1's.
    assert_eq!(rows[1]["sasaran"], rows[0]["sasaran"]);
    let targets: Vec<&str> = rows.iter().map(|r| r["target"].as_str().unwrap()).collect();
    assert_eq!(targets, ["97%", "4 Laporan", "100%", "2 Kasus"]);
    assert_eq!(rows[3]["polaritas"], "turun");
}

#[test]
fn filled_kinerja_imports_with_no_notice() {
    let doc = filled_alone("kinerja");
    let rows = items(&doc);
    assert_eq!(rows.len(), 4);
    // 98,5 ÷ 97 × 100 = 101,546… ≈ 101,55; (2 × 2 − 1) ÷ 2 × 100 = 150 (lower is better):
    // stated so, and check (clean above) computes the same.
    let capaian: Vec<&str> = rows
        .iter()
        .map(|r| r["stated_capaian"].as_str().unwrap())
        .collect();
    assert_eq!(capaian, ["101.55", "100", "100", "150"]);
    assert_eq!(rows[0]["realisasi_written"], "98,5%");
}

#[test]
fn filled_rak_imports_with_no_notice() {
    let doc = filled_alone("rak");
    let rows = items(&doc);
    assert_eq!(rows.len(), 3);
    // The third action continues indikator 2.
    assert_eq!(rows[2]["indikator"], rows[1]["indikator"]);
    // 118.750.000 + 64.250.000 + 2.315.400.000 = 2.498.400.000
    assert_eq!(sum(&doc, "biaya"), 2_498_400_000);
    let months = |r: &Value| {
        r["jadwal"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m.as_str() != Some(""))
            .count()
    };
    assert_eq!(rows.iter().map(months).collect::<Vec<_>>(), [4, 12, 12]);
}

#[test]
fn filled_renstra_imports_with_no_notice() {
    let doc = filled_alone("renstra");
    let rows = items(&doc);
    assert_eq!(rows.len(), 2);
    // The workspace's year 2025 falls in the period 2025–2029.
    let years: Vec<u64> = rows[0]["targets"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["tahun"].as_u64())
        .collect();
    assert_eq!(years, [2025, 2026, 2027, 2028, 2029]);
    let targets: Vec<&str> = rows[0]["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["target"].as_str().unwrap())
        .collect();
    assert_eq!(targets, ["97%", "97,5%", "98%", "98,5%", "99%", "99%"]);
    assert_eq!(rows[0]["baseline"], "95%");
}

#[test]
fn the_six_filled_templates_check_clean_together() {
    // One satker's year: the RAK's biaya add up to the anggaran's pagu (2.498.400.000), the
    // PK's 2025 targets are the Renstra's, the kinerja's targets the PK's.
    let dir = workspace();
    for kind in KINDS {
        let file = format!("{kind}.xlsx");
        filled::filled_xlsx(kind, &dir.path().join(&file)).unwrap();
        only_document(&import(dir.path(), &file), kind);
    }
    check_is_clean(dir.path());
}

#[test]
fn the_template_as_written_holds_examples_and_says_so_when_imported() {
    let dir = workspace();
    for kind in KINDS {
        let file = format!("template-{kind}.xlsx");
        lakip(dir.path())
            .args(["template", kind, "-o", &file])
            .assert()
            .success();
        let json = import(dir.path(), &file);
        let doc = &json["documents"][0];
        assert_eq!(doc["kind"], kind, "the template is recognised as its kind");
        let notices = doc["notices"].as_array().unwrap();
        assert_eq!(notices.len(), 1, "{kind}: {notices:?}");
        assert_eq!(notices[0]["kind"], "doubt");
        assert!(notices[0]["message"]
            .as_str()
            .unwrap()
            .contains("example rows of `lakip template`"));
    }
    // check reports every one of them, so it never says ok over the examples.
    let out = lakip(dir.path()).arg("check").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.matches("warning[doubt]").count(), 6, "{stdout}");
    // Its last line says the result rests on guesses: six doubts, one per template.
    assert!(!stdout.contains("\nok:"), "{stdout}");
    assert!(
        stdout.contains("unsure: 0 errors,")
            && stdout.contains("; 6 recognition choices are still in doubt"),
        "{stdout}"
    );
    let out = lakip(dir.path())
        .env("LAKIP_LANG", "id")
        .arg("check")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("belum pasti: 0 kesalahan,")
            && stdout.contains("; 6 pilihan pengenalan masih diragukan"),
        "{stdout}"
    );
}

#[test]
fn an_unfilled_template_is_nothing_to_import() {
    let dir = workspace();
    for kind in KINDS {
        let file = format!("kosong-{kind}.xlsx");
        lakip(dir.path())
            .args(["template", kind, "--tanpa-contoh", "-o", &file])
            .assert()
            .success();
        let out = lakip(dir.path())
            .args(["import", &file])
            .assert()
            .code(2)
            .get_output()
            .clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("nothing to import"), "{stderr}");
        assert!(
            stderr.contains("header in row 5 has no rows under it"),
            "{stderr}"
        );
    }
    // Nothing was stored.
    let status = lakip(dir.path())
        .args(["status", "--format", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(
        json["documents"].as_array().map_or(0, Vec::len),
        0,
        "{json}"
    );
}

#[test]
fn a_system_export_has_no_template() {
    let dir = tempfile::tempdir().unwrap();
    for kind in ["sakti", "renja"] {
        let out = lakip(dir.path())
            .args(["template", kind])
            .assert()
            .code(2)
            .get_output()
            .clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("system's export"), "{stderr}");
        assert!(
            stderr.contains("rkt, anggaran, pk, kinerja, rak, renstra"),
            "{stderr}"
        );
    }
    lakip(dir.path()).args(["template", "lkj"]).assert().code(2);
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "no file written"
    );
}

#[test]
fn an_existing_file_is_not_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pk.xlsx"), b"mine").unwrap();
    lakip(dir.path())
        .args(["template", "pk", "-o", "pk.xlsx"])
        .assert()
        .code(2);
    assert_eq!(std::fs::read(dir.path().join("pk.xlsx")).unwrap(), b"mine");
    lakip(dir.path())
        .args(["template", "pk", "-o", "pk.csv"])
        .assert()
        .code(2);
    lakip(dir.path())
        .args(["template", "pk", "-o", "pk.xlsx", "--force"])
        .assert()
        .success();
}

/// A part of the written workbook, as text.
fn part(path: &Path, name: &str) -> String {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn the_workbook_holds_validation_formats_a_frozen_header_and_the_petunjuk() {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["template", "kinerja", "-o", "k.xlsx"])
        .assert()
        .success();
    let path = dir.path().join("k.xlsx");
    let sheet = part(&path, "xl/worksheets/sheet1.xml");
    // Polaritas as a list, Satuan suggested, Capaian a number ≥ 0.
    assert!(sheet.contains("\"naik,turun,sama\""), "{sheet}");
    assert!(sheet.contains("\"%,Dokumen,Laporan,Kegiatan,Orang,Indeks\""));
    assert!(sheet.contains("type=\"decimal\" operator=\"greaterThanOrEqual\""));
    // Frozen under the header (row 5).
    assert!(sheet.contains("topLeftCell=\"A6\""), "{sheet}");
    let workbook = part(&path, "xl/workbook.xml");
    assert!(workbook.contains("name=\"Pengukuran Kinerja\""));
    assert!(workbook.contains("name=\"Petunjuk\""));
    // Outside a workspace the title block holds placeholders.
    let strings = part(&path, "xl/sharedStrings.xml");
    assert!(strings.contains("KPU KABUPATEN/KOTA ……"));
    assert!(strings.contains("TAHUN ……"));
    assert!(strings.contains("PETUNJUK PENGISIAN PENGUKURAN KINERJA"));

    lakip(dir.path())
        .args(["template", "rkt", "-o", "r.xlsx"])
        .assert()
        .success();
    let styles = part(&dir.path().join("r.xlsx"), "xl/styles.xml");
    assert!(styles.contains("formatCode=\"#,##0\""), "{styles}");
}

#[test]
fn inside_a_workspace_the_title_block_names_the_satker_and_year() {
    let dir = workspace();
    lakip(dir.path())
        .args(["template", "renstra", "-o", "renstra.xlsx"])
        .assert()
        .success();
    let strings = part(&dir.path().join("renstra.xlsx"), "xl/sharedStrings.xml");
    assert!(strings.contains("KPU KABUPATEN TABANAN"));
    // A Renstra's title states its period: 2025 opens the period 2025–2029.
    assert!(strings.contains("TAHUN 2025–2029"));
    assert!(strings.contains("Target 2029"));
}
