//! Every export a user opens in a spreadsheet or a browser carries text as text: uraian that
//! look like formulas (CSV injection payloads) are neutralised in CSV (the OWASP rule: a `'`
//! before a field starting with `=`, `+`, `-`, `@`, tab or CR), stored as strings in xlsx,
//! escaped in HTML, and given as written in JSON and text. Numbers stay numbers.

use assert_cmd::Command;
use std::path::Path;

const PAYLOADS: [&str; 4] = [
    r#"=HYPERLINK("http://x","y")"#,
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-2+3",
];

fn lakip(dir: &Path, args: &[&str]) -> String {
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A workspace holding one anggaran whose four items are the payloads: pagu 1000, 2000, 500,
/// 100; realisasi 900, -1500 (a correction: negative), 400, 100; `Jumlah` 3600 and -100
/// (900 - 1500 + 400 + 100 = -100).
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    lakip(
        dir.path(),
        &["init", "--satker", "KPU Kota Contoh", "--tahun", "2023"],
    );
    let amounts = [
        ("1000", "900"),
        ("2000", "-1500"),
        ("500", "400"),
        ("100", "100"),
    ];
    let mut csv = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    csv.write_record(["Uraian", "Pagu", "Realisasi"]).unwrap();
    for (uraian, (pagu, realisasi)) in PAYLOADS.iter().zip(amounts) {
        csv.write_record([uraian, pagu, realisasi]).unwrap();
    }
    csv.write_record(["Jumlah", "3600", "-100"]).unwrap();
    std::fs::write(dir.path().join("a.csv"), csv.into_inner().unwrap()).unwrap();
    lakip(dir.path(), &["import", "a.csv"]);
    dir
}

#[test]
fn csv_export_neutralises_formulas_and_keeps_numbers() {
    let dir = workspace();
    let out = lakip(dir.path(), &["realisasi", "--format", "csv"]);
    let mut rows = csv::Reader::from_reader(out.as_bytes());
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    let uraian: Vec<&str> = records.iter().map(|r| &r[2]).collect();
    assert_eq!(
        uraian,
        [
            r#"'=HYPERLINK("http://x","y")"#,
            "'+cmd|' /C calc'!A0",
            "'@SUM(1)",
            "'-2+3",
            "Jumlah"
        ]
    );
    // Numbers are not touched: realisasi -1500, serapan -1500 / 2000 = -75.00%, sisa
    // 2000 - (-1500) = 3500; the total's realisasi -100.
    assert_eq!(&records[1][4], "-1500");
    assert_eq!(&records[1][5], "-75.00");
    assert_eq!(&records[1][6], "3500");
    assert_eq!(&records[4][4], "-100");
    for record in &records {
        for field in record.iter().skip(3) {
            assert!(!field.starts_with('\''), "a number neutralised: {field}");
        }
    }
}

/// The Excel form (`--csv excel`) neutralises the same payloads, and writes the numbers with a
/// decimal comma: serapan -1500 / 2000 × 100 = -75,00.
#[test]
fn excel_csv_neutralises_formulas_too() {
    let dir = workspace();
    let out = lakip(dir.path(), &["realisasi", "--csv", "excel"]);
    let body = out.strip_prefix('\u{feff}').expect("a BOM");
    let mut rows = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(body.as_bytes());
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    let uraian: Vec<&str> = records.iter().map(|r| &r[2]).collect();
    assert_eq!(
        uraian,
        [
            r#"'=HYPERLINK("http://x","y")"#,
            "'+cmd|' /C calc'!A0",
            "'@SUM(1)",
            "'-2+3",
            "Jumlah"
        ]
    );
    assert_eq!(&records[1][4], "-1500");
    assert_eq!(&records[1][5], "-75,00");
    assert_eq!(&records[1][6], "3500");
}

#[test]
fn xlsx_export_keeps_the_payloads_as_strings_and_numbers_as_numbers() {
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let dir = workspace();
    lakip(dir.path(), &["realisasi", "-o", "r.xlsx"]);
    let mut book: Xlsx<_> = open_workbook(dir.path().join("r.xlsx")).unwrap();
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).unwrap();
    let formulas = book.worksheet_formula(&name).unwrap();
    assert!(formulas.used_cells().next().is_none(), "no formula cell");
    let column: Vec<Data> = (1..=4)
        .map(|r| range.get((r, 0)).cloned().unwrap())
        .collect();
    let expected: Vec<Data> = PAYLOADS
        .iter()
        .map(|p| Data::String(p.to_string()))
        .collect();
    assert_eq!(column, expected);
    assert_eq!(range.get((2, 2)), Some(&Data::Float(-1500.0)));
}

#[test]
fn json_and_text_give_the_uraian_as_written() {
    let dir = workspace();
    let json: serde_json::Value =
        serde_json::from_str(&lakip(dir.path(), &["realisasi", "--format", "json"])).unwrap();
    let uraian: Vec<&str> = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .take(4)
        .map(|r| r["uraian"].as_str().unwrap())
        .collect();
    assert_eq!(uraian, PAYLOADS);
    assert_eq!(json["rows"][1]["realisasi"], "-1500");
    let text = lakip(dir.path(), &["realisasi"]);
    for payload in PAYLOADS {
        assert!(text.contains(payload), "{payload} in {text}");
    }
}

#[test]
fn html_escapes_the_payloads() {
    let dir = workspace();
    let html = lakip(dir.path(), &["render", "all", "--format", "html"]);
    assert!(html.contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)"));
    assert!(!html.contains(r#"=HYPERLINK("http://x""#));
    assert!(html.contains("+cmd|&#x27; /C calc&#x27;!A0"));
}

/// `capaian --format csv`: a sasaran and an indikator edited into the example's kinerja table
/// (tables are read by column name, as a person may edit them) come out neutralised; the
/// target `100%` and the capaian `100.00` stay as they are.
#[test]
fn capaian_csv_neutralises_sasaran_and_indikator() {
    let dir = tempfile::tempdir().unwrap();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kota-serang-2023");
    for sub in ["", "data"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        for entry in std::fs::read_dir(example.join(sub)).unwrap().flatten() {
            if entry.path().is_file() {
                std::fs::copy(entry.path(), dir.path().join(sub).join(entry.file_name())).unwrap();
            }
        }
    }
    let path = dir.path().join("data/kinerja.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&headers).unwrap();
    for (i, record) in reader.records().enumerate() {
        let mut fields: Vec<String> = record.unwrap().iter().map(str::to_string).collect();
        if i == 0 {
            fields[3] = PAYLOADS[2].to_string();
            fields[4] = PAYLOADS[0].to_string();
        }
        writer.write_record(&fields).unwrap();
    }
    std::fs::write(&path, writer.into_inner().unwrap()).unwrap();
    let out = lakip(dir.path(), &["capaian", "--format", "csv"]);
    let mut rows = csv::Reader::from_reader(out.as_bytes());
    let first = rows.records().next().unwrap().unwrap();
    assert_eq!(&first[1], "'@SUM(1)");
    assert_eq!(&first[2], r#"'=HYPERLINK("http://x","y")"#);
    assert_eq!(&first[3], "100%");
    assert_eq!(&first[5], "100.00");
}
