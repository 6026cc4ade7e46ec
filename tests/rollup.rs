//! `lakip rollup` as a user runs it: many workspaces in one table, the consolidated sums
//! against the generator's own, the flags, ranking, formats, exit codes.

mod support;

use assert_cmd::Command;
use rust_decimal::Decimal;
use serde_json::Value;
use std::path::Path;
use support::rollup_farm;

const KOTA_SERANG: &str = "examples/kota-serang-2023";

fn lakip() -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en");
    cmd
}

fn json_of(args: &[&str]) -> (Value, i32) {
    let out = lakip()
        .arg("rollup")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let value = serde_json::from_slice(&out.stdout).unwrap();
    (value, out.status.code().unwrap())
}

fn dec(v: &Value) -> Decimal {
    v.as_str().unwrap().parse().unwrap()
}

#[test]
fn consolidated_totals_are_the_generators_sums() {
    let dir = tempfile::tempdir().unwrap();
    let sums = rollup_farm::write(Path::new(KOTA_SERANG), dir.path(), 12).unwrap();
    let (json, _) = json_of(&[dir.path().to_str().unwrap()]);
    assert_eq!(json["satker"].as_array().unwrap().len(), 12);
    assert_eq!(dec(&json["jumlah"]["pagu"]), sums.pagu);
    assert_eq!(dec(&json["jumlah"]["realisasi"]), sums.realisasi);
    // Every program and kegiatan line, by the template's names (unit 0 names each line first):
    // the slip `Adhoc` of unit 9 (PLACES[9], Kuningan; 9 mod 4 = 1, a Kabupaten) is matched
    // to `Adhock`, so no line is split.
    let lines = json["konsolidasi"].as_array().unwrap();
    assert_eq!(lines.len(), sums.lines.len());
    for line in lines {
        let uraian = line["uraian"].as_str().unwrap().to_string();
        let key = match line["program"].as_str() {
            None => (uraian, String::new()),
            Some(p) => (p.to_string(), uraian),
        };
        let (pagu, realisasi, units) = sums.lines[&key];
        assert_eq!(dec(&line["pagu"]), pagu, "{key:?}");
        assert_eq!(dec(&line["realisasi"]), realisasi, "{key:?}");
        assert_eq!(line["satker"].as_u64().unwrap() as usize, units, "{key:?}");
    }
    let adhock = lines
        .iter()
        .find(|l| l["uraian"] == "Pembentukan Badan Adhock")
        .unwrap();
    assert_eq!(
        adhock["nama_lain"][0],
        "\"Pembentukan Badan Adhoc\" (KPU Kabupaten Kuningan)"
    );
}

#[test]
fn the_example_row_worked_by_hand() {
    let (json, code) = json_of(&[KOTA_SERANG]);
    assert_eq!(code, 0);
    let row = &json["satker"][0];
    assert_eq!(row["satker"], "KPU Kota Serang");
    // Items of anggaran.csv: pagu 22.661.424.000, realisasi 22.484.897.437;
    // sisa 22.661.424.000 − 22.484.897.437 = 176.526.563;
    // serapan 22.484.897.437 / 22.661.424.000 × 100 = 99,221… → 99.22.
    assert_eq!(row["pagu"], "22661424000");
    assert_eq!(row["realisasi"], "22484897437");
    assert_eq!(row["sisa"], "176526563");
    assert_eq!(row["serapan"], "99.22");
    // lakip check of the example: 15 errors (tests/golden/kota-serang-2023/check.txt).
    assert_eq!(row["errors"], 15);
    // 13 indikator in kinerja.csv, one (Masa Kampanye, 22,75%) below 100%.
    assert_eq!(row["indikator"], 13);
    assert_eq!(row["tercapai"], 12);
}

#[test]
fn check_makes_errors_fail() {
    let out = lakip()
        .args(["rollup", KOTA_SERANG, "--check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = lakip().args(["rollup", KOTA_SERANG]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn an_unreadable_workspace_is_reported_and_the_rest_go_on() {
    let dir = tempfile::tempdir().unwrap();
    rollup_farm::write(Path::new(KOTA_SERANG), dir.path(), 3).unwrap();
    let broken = dir.path().join("satker-rusak");
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::write(broken.join("lakip.toml"), "[satker\nnama = ").unwrap();
    let out = lakip()
        .args(["rollup", dir.path().to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["satker"].as_array().unwrap().len(), 3);
    assert_eq!(json["tidak_terbaca"].as_array().unwrap().len(), 1);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("satker-rusak: not read"), "{stderr}");
}

#[test]
fn sort_ranks_by_a_column() {
    let dir = tempfile::tempdir().unwrap();
    rollup_farm::write(Path::new(KOTA_SERANG), dir.path(), 5).unwrap();
    let (json, _) = json_of(&[
        dir.path().to_str().unwrap(),
        "--sort",
        "serapan",
        "--ascending",
    ]);
    let serapan: Vec<Decimal> = json["satker"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| dec(&r["serapan"]))
        .collect();
    let mut sorted = serapan.clone();
    sorted.sort();
    assert_eq!(serapan, sorted);
    // Unit 0's realisasi factor is 55%: the lowest serapan of the five (55, 66, 77, 88, 99%).
    assert_eq!(json["satker"][0]["satker"], rollup_farm::name(0));
}

#[test]
fn flags_name_low_serapan_overspend_and_missing_units() {
    let dir = tempfile::tempdir().unwrap();
    // Unit 5's realisasi factor is 55 + 55 = 110%: above pagu.
    rollup_farm::write(Path::new(KOTA_SERANG), dir.path(), 6).unwrap();
    std::fs::write(
        dir.path().join("rollup.toml"),
        "nama = \"KPU Provinsi Banten\"\nworkspaces = [\"satker-00*\"]\nharapkan = [\"KPU Kota Antah\"]\n",
    )
    .unwrap();
    let (json, _) = json_of(&[dir.path().to_str().unwrap()]);
    let flags = json["flags"].as_array().unwrap();
    let has = |code: &str, satker: &str| {
        flags
            .iter()
            .any(|f| f["code"] == code && f["satker"] == satker)
    };
    assert!(has("serapan-rendah", &rollup_farm::name(0)), "{flags:?}");
    assert!(has("melebihi-pagu", &rollup_farm::name(5)), "{flags:?}");
    assert!(has("unit-hilang", "KPU Kota Antah"), "{flags:?}");
    assert_eq!(json["nama"], "KPU Provinsi Banten");
}

#[test]
fn every_format_is_written() {
    let dir = tempfile::tempdir().unwrap();
    for (format, file) in [
        ("xlsx", "r.xlsx"),
        ("docx", "r.docx"),
        ("html", "r.html"),
        ("md", "r.md"),
        ("csv", "r.csv"),
    ] {
        let path = dir.path().join(file);
        let out = lakip()
            .args(["rollup", KOTA_SERANG, "--format", format, "-o"])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(std::fs::metadata(&path).unwrap().len() > 100, "{format}");
    }
    let md = std::fs::read_to_string(dir.path().join("r.md")).unwrap();
    assert!(
        md.contains("| 1 | KPU Kota Serang | 22.661.424.000 | 22.484.897.437 | 99,22% |"),
        "{md}"
    );
    let csv = std::fs::read_to_string(dir.path().join("r.csv")).unwrap();
    assert!(
        csv.contains("KPU Kota Serang,,,22661424000,22484897437,99.22,176526563"),
        "{csv}"
    );
    let out = lakip()
        .args(["rollup", KOTA_SERANG, "--format", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn names_are_neutralised_in_csv_and_escaped_in_html() {
    let dir = tempfile::tempdir().unwrap();
    rollup_farm::write(Path::new(KOTA_SERANG), dir.path(), 1).unwrap();
    let toml = dir.path().join("satker-000/lakip.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    let text = text.replacen("KPU Kabupaten Serang", "=HYPERLINK(1)<script>", 1);
    std::fs::write(&toml, text).unwrap();
    let out = lakip()
        .args(["rollup", dir.path().to_str().unwrap(), "--format", "csv"])
        .output()
        .unwrap();
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(csv.contains("'=HYPERLINK(1)<script>"), "{csv}");
    let out = lakip()
        .args(["rollup", dir.path().to_str().unwrap(), "--format", "html"])
        .output()
        .unwrap();
    let html = String::from_utf8_lossy(&out.stdout);
    assert!(
        html.contains("&lt;script&gt;") && !html.contains("<script>"),
        "{html}"
    );
}

#[test]
fn a_bad_tingkat_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    rollup_farm::write(Path::new(KOTA_SERANG), dir.path(), 1).unwrap();
    let toml = dir.path().join("satker-000/lakip.toml");
    let text = std::fs::read_to_string(&toml)
        .unwrap()
        .replace("tingkat = \"kabupaten\"", "tingkat = \"desa\"");
    std::fs::write(&toml, text).unwrap();
    let (json, code) = json_of(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 3);
    let reason = json["tidak_terbaca"][0]["reason"].as_str().unwrap();
    assert!(
        reason.contains("tingkat must be kabupaten, kota, provinsi, pusat"),
        "{reason}"
    );
}
