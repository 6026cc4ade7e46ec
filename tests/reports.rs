//! `lakip realisasi` and `lakip capaian` on the Kota Serang example, with figures worked by
//! hand from seed 001 (Tabel 3.1 and BAB III), in every output format.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kota-serang-2023")
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .arg("-w")
        .arg(example())
        .args(args)
        .output()
        .unwrap();
    let s = |b: &[u8]| String::from_utf8_lossy(b).to_string();
    (out.status.code().unwrap(), s(&out.stdout), s(&out.stderr))
}

fn json(args: &[&str]) -> Value {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

/// Tabel 3.1, summed by hand from the seed's rows (the stated 18.256.293.000 of program 1 is
/// 100.000 short of its kegiatan; the report shows the sum, `check` the difference):
/// program 1: pagu 18.256.393.000, realisasi 18.168.826.339, serapan 99,52%, sisa 87.566.661;
/// program 2: 4.405.031.000, 4.316.071.098, 97,98%, 88.959.902;
/// total: 22.661.424.000, 22.484.897.437, 99,22%, 176.526.563.
#[test]
fn realisasi_per_program_and_kegiatan() {
    let json = json(&["realisasi", "--format", "json"]);
    let rows = json["rows"].as_array().unwrap();
    let line = |r: &Value| {
        (
            s(&r["level"]).to_string(),
            s(&r["pagu"]).to_string(),
            s(&r["realisasi"]).to_string(),
            s(&r["serapan"]).to_string(),
            s(&r["sisa"]).to_string(),
        )
    };
    let t = |a: &str, b: &str, c: &str, d: &str, e: &str| {
        (
            a.to_string(),
            b.to_string(),
            c.to_string(),
            d.to_string(),
            e.to_string(),
        )
    };
    assert_eq!(
        line(&rows[0]),
        t("program", "18256393000", "18168826339", "99.52", "87566661")
    );
    assert_eq!(
        s(&rows[0]["uraian"]),
        "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi."
    );
    // d. Masa Kampanye Pemilu: 11.593.100 ÷ 50.958.000 = 22,75%.
    assert_eq!(
        line(&rows[4]),
        t("kegiatan", "50958000", "11593100", "22.75", "39364900")
    );
    assert_eq!(rows[4]["path"][0], rows[0]["uraian"]);
    assert_eq!(
        line(&rows[11]),
        t("program", "4405031000", "4316071098", "97.98", "88959902")
    );
    let total = rows.last().unwrap();
    assert_eq!(
        line(total),
        t("total", "22661424000", "22484897437", "99.22", "176526563")
    );
    assert_eq!(rows.len(), 1 + 10 + 1 + 4 + 1);
}

#[test]
fn realisasi_text_and_csv() {
    let (code, text, _) = run(&["realisasi"]);
    assert_eq!(code, 0);
    assert!(
        text.contains("22.661.424.000") && text.contains("99,22%"),
        "{text}"
    );
    let (_, csv, _) = run(&["realisasi", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("level,path,uraian,pagu,realisasi,serapan,sisa")
    );
    assert!(
        csv.contains("total,,Jumlah,22661424000,22484897437,99.22,176526563"),
        "{csv}"
    );
}

/// The workbook holds numbers, not texts, with rupiah and percent display formats.
#[test]
fn realisasi_as_a_workbook() {
    use calamine::{open_workbook_auto, Data, Reader};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("realisasi.xlsx");
    let (code, _, err) = run(&[
        "realisasi",
        "--format",
        "xlsx",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let mut book = open_workbook_auto(&path).unwrap();
    let range = book.worksheet_range("Realisasi Anggaran").unwrap();
    assert_eq!(
        range.get_value((0, 1)),
        Some(&Data::String("Pagu (Rp)".into()))
    );
    assert_eq!(
        range.get_value((1, 1)),
        Some(&Data::Float(18_256_393_000.0))
    );
    assert_eq!(range.get_value((1, 3)), Some(&Data::Float(99.52)));
    let (code, _, err) = run(&["realisasi", "--format", "xlsx"]);
    assert_eq!(code, 2);
    assert!(err.contains("-o FILE"), "{err}");
}

/// BAB III of seed 001, capaian = realisasi ÷ target × 100 (higher is better):
/// S3 100 ÷ 98 → 102,04; S5 100 ÷ 95 → 105,26; S6 90 ÷ 95 → 94,74; S7 95 ÷ 95 → 100.
#[test]
fn capaian_per_indikator() {
    let json = json(&["capaian", "--format", "json"]);
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 13);
    let capaian: Vec<&str> = rows.iter().map(|r| s(&r["capaian"])).collect();
    assert_eq!(capaian[2], "102.04");
    assert_eq!(capaian[4], "105.26");
    assert_eq!(capaian[5], "94.74");
    assert_eq!(capaian[6], "100.00");
    assert_eq!(s(&rows[5]["predikat"]), "Sangat Baik", "94,74 ≥ 91");
    assert_eq!(s(&rows[4]["stated_capaian"]), "95");
    assert_eq!(s(&rows[4]["target"]), "95%");
    assert_eq!(s(&rows[4]["realisasi"]), "100%");
    // Masa Kampanye Pemilu serves sasaran 10 (capaian 100): (50.958.000 × 1 − 11.593.100) ÷
    // 50.958.000 × 100 = 77,25.
    let kegiatan = json["efisiensi"]["kegiatan"].as_array().unwrap();
    let kampanye = kegiatan
        .iter()
        .find(|k| s(&k["kegiatan"]) == "Masa Kampanye Pemilu")
        .unwrap();
    assert_eq!(s(&kampanye["efisiensi"]), "77.25");
}

#[test]
fn capaian_text_and_csv() {
    let (code, text, _) = run(&["capaian"]);
    assert_eq!(code, 0);
    assert!(
        text.contains("13 indikator; 12 reach their target"),
        "{text}"
    );
    assert!(text.contains("105,26%"), "{text}");
    let (_, csv, _) = run(&["capaian", "--format", "csv"]);
    assert!(
        csv.starts_with("number,sasaran,indikator,target,realisasi,capaian,predikat,keterangan\n")
    );
}

#[test]
fn capaian_capped_by_the_workspace_setting() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path();
    std::fs::create_dir_all(ws.join("data")).unwrap();
    let toml = std::fs::read_to_string(example().join("lakip.toml")).unwrap();
    std::fs::write(
        ws.join("lakip.toml"),
        toml.replace("# batas_atas = 100", "batas_atas = 100"),
    )
    .unwrap();
    for entry in std::fs::read_dir(example().join("data")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, ws.join("data").join(p.file_name().unwrap())).unwrap();
    }
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .current_dir(ws)
        .args(["capaian", "--format", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s(&json["rows"][4]["capaian"]), "100.00");
    assert!(s(&json["rows"][4]["keterangan"]).contains("batas atas"));
}

#[test]
fn reports_without_their_table_say_what_to_import() {
    let dir = tempfile::tempdir().unwrap();
    Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .current_dir(dir.path())
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .success();
    for cmd in ["realisasi", "capaian"] {
        let out = Command::cargo_bin("lakip")
            .unwrap()
            .env("LAKIP_LANG", "en")
            .current_dir(dir.path())
            .arg(cmd)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("lakip import"), "{err}");
    }
}

/// `-o` must be named for the format written: before, `realisasi -o realisasi.xlsx` wrote the
/// text table into an .xlsx (rc 0) and `--format csv -o r.json` CSV into a .json. Without
/// `--format`, the name's extension says the format (an .xlsx is a workbook).
#[test]
fn an_output_name_that_disagrees_with_the_format_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let cases: [(&[&str], &str, &str); 4] = [
        (
            &["realisasi", "--format", "text"],
            "r.xlsx",
            "--format text writes text, but the file is named .xlsx; name it .txt or give \
             --format xlsx",
        ),
        (
            &["realisasi", "--format", "csv"],
            "r.json",
            "--format csv writes CSV, but the file is named .json; name it .csv or give --format json",
        ),
        (
            &["capaian", "--format", "xlsx"],
            "c.xls",
            "lakip capaian writes text (.txt), JSON (.json), CSV (.csv) or an xlsx workbook \
             (.xlsx), not .xls; name the file for its format",
        ),
        (
            &["capaian", "--format", "json"],
            "c.pdf",
            "lakip capaian writes text (.txt), JSON (.json), CSV (.csv) or an xlsx workbook \
             (.xlsx), not .pdf",
        ),
    ];
    for (args, name, said) in cases {
        let path = out(name);
        let mut all = args.to_vec();
        all.extend(["-o", &path]);
        let (code, _, err) = run(&all);
        assert_eq!(code, 2, "{all:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(said), "{all:?}: {err}");
        assert!(!Path::new(&path).exists(), "{name} not written");
    }
    // Agreeing names are written: JSON in .json, CSV in .csv, text in .txt.
    for (args, name, start) in [
        (&["realisasi", "--format", "json"][..], "r.json", "{"),
        (
            &["capaian", "--format", "csv"][..],
            "c.csv",
            "number,sasaran,",
        ),
        (&["realisasi"][..], "r.txt", "Realisasi Anggaran"),
    ] {
        let path = out(name);
        let mut all = args.to_vec();
        all.extend(["-o", &path]);
        let (code, _, err) = run(&all);
        assert_eq!(code, 0, "{all:?}: {err}");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with(start), "{name}: {text}");
    }
    // The name alone picks the format: a workbook (a zip, `PK`), JSON.
    for (name, start) in [("r.xlsx", &b"PK"[..]), ("r.json", &b"{"[..])] {
        let path = out(name);
        let (code, _, err) = run(&["realisasi", "-o", &path]);
        assert_eq!(code, 0, "{name}: {err}");
        assert!(std::fs::read(&path).unwrap().starts_with(start), "{name}");
    }
}

/// A table of pagu without a realisasi column (a DIPA, `support::fixtures::dipa_pagu_only_xlsx`):
/// before, `lakip realisasi` reported realisasi 0 and serapan 0,00% (rc 0) and check said ok.
/// Now the realisasi, serapan and sisa are unknown (null), the pagu is 100 + 200 = 300, and
/// check warns that the import had to guess (`doubt`), naming `--kind rkt`.
#[test]
fn a_table_without_a_realisasi_column_has_no_realisasi_of_0() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dipa.xlsx");
    support::fixtures::dipa_pagu_only_xlsx(&path).unwrap();
    let lakip = |args: &[&str]| {
        Command::cargo_bin("lakip")
            .unwrap()
            .env("LAKIP_LANG", "en")
            .args(args)
            .arg(&path)
            .output()
            .unwrap()
    };
    let out = lakip(&["realisasi", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let total = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["level"] == "total")
        .unwrap();
    assert_eq!(total["pagu"], "300");
    for field in ["realisasi", "serapan", "sisa"] {
        assert_eq!(total[field], Value::Null, "{field}: {total}");
    }
    let out = lakip(&["check", "--format", "json"]);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let doubts: Vec<&Value> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "doubt")
        .collect();
    assert_eq!(doubts.len(), 1, "{json}");
    assert!(doubts[0]["message"]
        .as_str()
        .unwrap()
        .contains("no realisasi column"));
    let out = lakip(&["check", "--deny", "warnings"]);
    assert_eq!(out.status.code(), Some(1));
}

/// Two columns named for one amount: `Pagu Awal | Pagu Revisi | Realisasi` (Keg 1: 120 / 100
/// / 90, Keg 2: 200 / 220 / 150) reads the revised pagu, 100 + 220 = 320, and `Realisasi s.d.
/// TW III | Realisasi s.d. TW IV` (Keg 1: 100 / 60 / 90, Keg 2: 200 / 100 / 150, with `Pagu`
/// first) the later period, 90 + 150 = 240. Before, the first column won in silence (pagu 320
/// read as 120 + 200). `Realisasi TW III | Realisasi s.d. TW III` (Keg 1: 100 / 40 / 90, Keg
/// 2: 200 / 50 / 150) reads the total up to the period, 90 + 150 = 240, not the quarter's own
/// 40 + 50 (once read, as the first of two of one period). Each says which it read as a
/// `doubt`.
#[test]
fn of_two_columns_for_one_amount_the_later_is_read_and_said() {
    // The header's three amount names, each kegiatan's values, the field read, its total.
    type Case = ([&'static str; 3], [[f64; 3]; 2], &'static str, &'static str);
    let cases: [Case; 3] = [
        (
            ["Pagu Awal", "Pagu Revisi", "Realisasi"],
            [[120.0, 100.0, 90.0], [200.0, 220.0, 150.0]],
            "pagu",
            "320",
        ),
        (
            ["Pagu", "Realisasi s.d. TW III", "Realisasi s.d. TW IV"],
            [[100.0, 60.0, 90.0], [200.0, 100.0, 150.0]],
            "realisasi",
            "240",
        ),
        (
            ["Pagu", "Realisasi TW III", "Realisasi s.d. TW III"],
            [[100.0, 40.0, 90.0], [200.0, 50.0, 150.0]],
            "realisasi",
            "240",
        ),
    ];
    for (header, values, field, total) in cases {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.xlsx");
        support::fixtures::anggaran_two_columns_xlsx(&path, header, values).unwrap();
        let run = |args: &[&str]| {
            let out = Command::cargo_bin("lakip")
                .unwrap()
                .env("LAKIP_LANG", "en")
                .args(args)
                .arg(&path)
                .output()
                .unwrap();
            serde_json::from_slice::<Value>(&out.stdout).unwrap()
        };
        let json = run(&["realisasi", "--format", "json"]);
        let row = json["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["level"] == "total")
            .unwrap()
            .clone();
        assert_eq!(row[field], total, "{header:?}: {row}");
        let json = run(&["check", "--format", "json"]);
        let doubts = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "doubt")
            .count();
        assert_eq!(doubts, 1, "{header:?}: {json}");
    }
}
