//! `lakip audit`: the figures inside a report's text. Reports written by
//! `tests/support/audit_fixtures.rs` as Word, Markdown and text with planted errors of every
//! family; every planted error is found at its paragraph, nothing else is reported.

mod support;

use assert_cmd::Command;
use lakip::audit::{self, read};
use lakip::check::Diagnostic;
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};
use support::audit_fixtures::{self as fx, Part, PLANTED};

fn lakip() -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en");
    cmd
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn audit_file(path: &Path) -> audit::Findings {
    let text = read::read(path, &path.display().to_string()).unwrap();
    audit::run(&text, &audit::Settings::default(), None)
}

fn written(dir: &Path, ext: &str, parts: &[Part]) -> PathBuf {
    let path = dir.join(format!("lkj-2023.{ext}"));
    match ext {
        "docx" => fx::write_docx(&path, parts).unwrap(),
        "md" => std::fs::write(&path, fx::markdown(parts)).unwrap(),
        _ => std::fs::write(&path, fx::plain(parts)).unwrap(),
    }
    path
}

/// (code, place) of each finding; the place without the line a text file adds.
fn found(f: &audit::Findings) -> Vec<(&'static str, String)> {
    f.diagnostics
        .iter()
        .map(|d| {
            let place = d
                .location
                .cell
                .to_string()
                .split(" (line")
                .next()
                .unwrap()
                .to_string();
            (d.code, place)
        })
        .collect()
}

fn planted() -> Vec<(&'static str, String)> {
    PLANTED.iter().map(|(c, p)| (*c, p.to_string())).collect()
}

fn at<'f>(f: &'f audit::Findings, code: &str, place: &str) -> &'f Diagnostic {
    f.diagnostics
        .iter()
        .find(|d| d.code == code && d.location.cell.to_string().starts_with(place))
        .unwrap_or_else(|| panic!("no {code} at {place}"))
}

fn numbers(d: &Diagnostic) -> (Decimal, Decimal, Decimal) {
    (
        d.stated.unwrap(),
        d.computed.unwrap(),
        d.difference().unwrap(),
    )
}

#[test]
fn every_planted_error_is_found_at_its_paragraph_in_each_format() {
    support::english();
    let dir = tempfile::tempdir().unwrap();
    for ext in ["docx", "md", "txt"] {
        let path = written(dir.path(), ext, &fx::report());
        let f = audit_file(&path);
        // Exactly the planted errors: no correct claim around them is flagged.
        assert_eq!(found(&f), planted(), "{ext}");
        assert!(
            f.checked > PLANTED.len(),
            "{ext}: correct claims were judged too"
        );
    }
}

#[test]
fn stated_computed_and_difference_worked_by_hand() {
    support::english();
    let dir = tempfile::tempdir().unwrap();
    let f = audit_file(&written(dir.path(), "docx", &fx::report()));
    // 2.000.000.000 ÷ 2.161.613.000 × 100 = 92,5234… → 92,52; 95,12 − 92,52 = 2,60.
    assert_eq!(
        numbers(at(&f, "percent", "paragraf 12")),
        (d("95.12"), d("92.52"), d("2.60"))
    );
    // 4 indikator stated, Tabel 2.1 lists 3.
    assert_eq!(
        numbers(at(&f, "count", "paragraf 19")),
        (d("4"), d("3"), d("1"))
    );
    // 6 in digits, lima = 5 in words.
    assert_eq!(
        numbers(at(&f, "words", "paragraf 21")),
        (d("6"), d("5"), d("1"))
    );
    // 90 ÷ 95 × 100 = 94,7368… → 94,74; stated 100: 5,26 too many.
    assert_eq!(
        numbers(at(&f, "capaian", "tabel 2, baris 4")),
        (d("100"), d("94.74"), d("5.26"))
    );
    // Stated 96,50: 96,50 − 94,74 = 1,76.
    assert_eq!(
        numbers(at(&f, "capaian", "paragraf 27")),
        (d("96.50"), d("94.74"), d("1.76"))
    );
    // 20.417.906.000 − 19.953.434.175 = 464.471.825; stated 464.471.835: 10 too many.
    assert_eq!(
        numbers(at(&f, "sisa", "paragraf 29")),
        (d("464471835"), d("464471825"), d("10"))
    );
    // 17.935.434.175 + 2.000.000.000 = 19.935.434.175; stated 19.953.434.175: 18.000.000 more.
    let sum = at(&f, "sum", "paragraf 30");
    assert_eq!(
        numbers(sum),
        (d("19953434175"), d("19935434175"), d("18000000"))
    );
    assert_eq!(sum.summed, vec!["Rp17.935.434.175", "Rp2.000.000.000"]);
    // 19.953.434.175 − 18.653.434.175 = 1.300.000.000; stated 1.500.000.000.
    assert_eq!(
        numbers(at(&f, "change", "paragraf 32")),
        (d("1500000000"), d("1300000000"), d("200000000"))
    );
    // dua belas juta lima puluh ribu = 12.050.000; stated 12.500.000: 450.000 more.
    assert_eq!(
        numbers(at(&f, "words", "paragraf 35")),
        (d("12500000"), d("12050000"), d("450000"))
    );
    // 2.170.936.000 here, 2.161.613.000 in the Ikhtisar: 9.323.000 more.
    let same = at(&f, "same-figure", "paragraf 57");
    assert_eq!(
        numbers(same),
        (d("2170936000"), d("2161613000"), d("9323000"))
    );
    assert!(
        same.message.contains("IKHTISAR EKSEKUTIF, paragraf 10"),
        "{}",
        same.message
    );
    // The findings without numbers say what they hold the text to.
    // Tabel 3.1's rows below 100: the third (90 ÷ 95 × 100 = 94,74) and the sixth (80 ÷ 100 ×
    // 100 = 80); the fifth is lower-is-better: (2 × 5 − 2) ÷ 5 × 100 = 160.
    let ach = at(&f, "achievement", "paragraf 56");
    assert!(
        ach.message.contains("2 of 6") && ach.message.contains("94,74%"),
        "{}",
        ach.message
    );
    assert!(at(&f, "satker", "paragraf 15")
        .message
        .contains("kabupaten Lebak"));
    assert!(at(&f, "year", "paragraf 17").message.contains("2022"));
    assert!(at(&f, "signing-date", "paragraf 58")
        .message
        .contains("15 Desember 2023"));
    assert!(at(&f, "signing-date", "paragraf 62")
        .message
        .contains("Perjanjian Kinerja"));
}

/// Statements about one named indikator, held to Tabel 3.1 by its polaritas; what is not read
/// with confidence is skipped, with the reason.
#[test]
fn achievement_of_a_named_indikator() {
    support::english();
    let dir = tempfile::tempdir().unwrap();
    let f = audit_file(&written(dir.path(), "md", &fx::report()));
    // 80 ÷ 100 × 100 = 80: "melampaui target" needs above 100.
    let over = at(&f, "achievement", "paragraf 37");
    assert!(
        over.message.contains("exceeded its target") && over.message.contains("80,00%"),
        "{}",
        over.message
    );
    // 100 ÷ 100 × 100 = 100: "belum tercapai" needs below 100.
    assert!(at(&f, "achievement", "paragraf 39")
        .message
        .contains("did not reach its target, but its capaian is 100,00%"));
    // Polaritas Turun: (2 × 5 − 2) ÷ 5 × 100 = 160, so "belum mencapai target" is wrong.
    let lower = at(&f, "achievement", "paragraf 41");
    assert!(lower.message.contains("160,00%"), "{}", lower.message);
    assert!(lower
        .hint
        .as_deref()
        .unwrap()
        .contains("target 5 Kasus, realisasi 2 Kasus"));
    // 80 ÷ 100 × 100 = 80: "mencapai target" needs 100 or more.
    assert!(at(&f, "achievement", "paragraf 42")
        .message
        .contains("reached its target"));
    // The hope (43) and the subject no row is named by (44) are skipped, with the reason.
    let reasons: Vec<&str> = f
        .skipped
        .iter()
        .filter(|s| s.place.contains("paragraf 43") || s.place.contains("paragraf 44"))
        .map(|s| s.reason.as_str())
        .collect();
    assert_eq!(
        reasons,
        vec![
            "the statement is a hope, a plan or a condition",
            "no indikator of the report's capaian table is named \"persentase tepat waktu\"",
        ]
    );
}

/// A count against the list after it: in the sentence, or the numbered paragraphs under it.
#[test]
fn a_count_against_the_list_after_it() {
    support::english();
    let dir = tempfile::tempdir().unwrap();
    for ext in ["docx", "txt"] {
        let f = audit_file(&written(dir.path(), ext, &fx::report()));
        // 4 (empat) kegiatan; paragraphs 47-49 are items 1, 2, 3.
        assert_eq!(
            numbers(at(&f, "list", "paragraf 46")),
            (d("4"), d("3"), d("1")),
            "{ext}"
        );
        // 3 (tiga) tahapan; "perencanaan; pelaksanaan" is 2.
        assert_eq!(
            numbers(at(&f, "list", "paragraf 51")),
            (d("3"), d("2"), d("1")),
            "{ext}"
        );
        // 3 in digits, empat in words: `words`, and `list` leaves it.
        assert_eq!(
            numbers(at(&f, "words", "paragraf 50")),
            (d("3"), d("4"), d("-1")),
            "{ext}"
        );
        assert!(f
            .skipped
            .iter()
            .any(|s| s.place.contains("paragraf 53") && s.reason.contains("names some, not all")));
    }
}

#[test]
fn a_finding_names_its_chapter_and_quotes_the_sentence() {
    support::english();
    let dir = tempfile::tempdir().unwrap();
    let f = audit_file(&written(dir.path(), "txt", &fx::report()));
    let sisa = at(&f, "sisa", "paragraf 29");
    assert_eq!(
        sisa.location.sheet.as_ref(),
        "BAB III AKUNTABILITAS KINERJA"
    );
    // A paragraph takes two lines (its text, a blank line), a table its rows and a blank line:
    // 28 paragraphs × 2 + Tabel 2.1 (4 + 1) + Tabel 3.1 (7 + 1) = 69 lines before paragraph 29.
    assert_eq!(sisa.location.cell, "paragraf 29 (line 70)");
    assert!(sisa
        .quote
        .as_deref()
        .unwrap()
        .contains("sisa anggaran sebesar Rp464.471.835"));
    assert_eq!(
        at(&f, "percent", "paragraf 12").location.sheet.as_ref(),
        "IKHTISAR EKSEKUTIF"
    );
}

#[test]
fn a_correct_report_passes() {
    support::english();
    // The planted report with every planted paragraph and table row taken out.
    let planted_paras = [
        12, 15, 17, 19, 21, 27, 29, 30, 32, 35, 37, 39, 41, 42, 46, 50, 51, 56, 57, 58, 62,
    ];
    let mut n = 0;
    let parts: Vec<Part> = fx::report()
        .into_iter()
        .filter_map(|p| match p {
            Part::T(mut rows) => {
                if rows[0].contains(&"Capaian (%)") {
                    rows.remove(3);
                }
                Some(Part::T(rows))
            }
            p => {
                n += 1;
                (!planted_paras.contains(&n)).then_some(p)
            }
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = written(dir.path(), "md", &parts);
    let f = audit_file(&path);
    assert!(f.diagnostics.is_empty(), "{:#?}", f.diagnostics);
    lakip().args(["audit"]).arg(&path).assert().code(0);
}

#[test]
fn command_line_exit_codes_and_formats() {
    support::english();
    let dir = tempfile::tempdir().unwrap();
    let path = written(dir.path(), "docx", &fx::report());
    let out = lakip().arg("audit").arg(&path).assert().code(1);
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains("error[sisa]: sisa stated as Rp464.471.835"));
    assert!(text.contains(": BAB III AKUNTABILITAS KINERJA, paragraf 29\n"));
    assert!(text.contains("failed: 22 errors, 0 warnings in "));

    let out = lakip()
        .args(["audit", "--format", "json"])
        .arg(&path)
        .assert()
        .code(1);
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["errors"], 22);
    let sisa = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "sisa")
        .unwrap();
    assert_eq!(sisa["stated"], "464471835");
    assert_eq!(sisa["computed"], "464471825");
    assert_eq!(sisa["difference"], "10");
    assert_eq!(sisa["location"]["chapter"], "BAB III AKUNTABILITAS KINERJA");
    assert_eq!(sisa["location"]["place"], "paragraf 29");

    let out = lakip()
        .args(["audit", "--format", "github"])
        .arg(&path)
        .assert()
        .code(1);
    let gh = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(gh.contains("title=lakip sisa::sisa stated as"), "{gh}");

    // --verbose lists the claims skipped, and why.
    let out = lakip()
        .args(["audit", "--verbose"])
        .arg(&path)
        .assert()
        .code(1);
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("skipped: Rp464.471.825: no pagu and realisasi in the same sentence"),
        "{text}"
    );

    // --allow takes a rule out.
    let out = lakip()
        .args(["audit", "--allow", "signing-date"])
        .arg(&path)
        .assert()
        .code(1);
    assert!(!String::from_utf8_lossy(&out.get_output().stdout).contains("signing-date"));

    // Could not read: exit 2, one line.
    lakip()
        .args(["audit", "missing.docx"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("missing.docx: no such file"));
    let odt = dir.path().join("lkj.odt");
    std::fs::write(&odt, "x").unwrap();
    lakip()
        .arg("audit")
        .arg(&odt)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "reads a report as .docx, .md, .txt or .pdf",
        ));
    let broken = dir.path().join("broken.docx");
    std::fs::write(&broken, "not a zip").unwrap();
    lakip()
        .arg("audit")
        .arg(&broken)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("damaged"));
    lakip()
        .args(["audit", "--explain", "sisa"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("sisa (error by default)"));
    lakip()
        .args(["audit", "--explain", "nope"])
        .assert()
        .code(2);
}

#[test]
fn readme_lists_every_audit_rule() {
    support::english();
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for rule in lakip::audit::rules::RULES {
        let row = format!(
            "| `{}` | {} | {} |",
            rule.code,
            rule.severity.name(),
            rule.title
        );
        assert!(readme.contains(&row), "README lacks: {row}");
    }
}

/// Seed 001's text (the LKj of KPU Kota Serang 2023), every finding checked by hand.
#[test]
fn seed_001_findings_checked_by_hand() {
    support::english();
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/001_659cd6185e1a49aa.txt");
    if !path.exists() {
        eprintln!("seed 001 not found, skipped");
        return;
    }
    let f = audit_file(&path);
    let got: Vec<(&str, String, Option<Decimal>, Option<Decimal>)> = f
        .diagnostics
        .iter()
        .map(|d| (d.code, d.location.cell.to_string(), d.stated, d.computed))
        .collect();
    let want: Vec<(&str, &str, Option<Decimal>, Option<Decimal>)> = vec![
        // "Serang, Januari 2023" under the Kata Pengantar of the LKj of 2023.
        ("signing-date", "paragraf 14 (line 34)", None, None),
        // "tugas pokok dan fungsi KPU Kabupaten Lebak" in the report of KPU Kota Serang.
        ("satker", "paragraf 89 (line 142)", None, None),
        // 20.415.736.000 − 20.326.861.888 = 88.874.112, not 77.381.112.
        (
            "sisa",
            "paragraf 391 (line 711)",
            Some(d("77381112")),
            Some(d("88874112")),
        ),
        // Tabel 3.1: 18.884.995 ÷ 18.985.000 × 100 = 99,473… → 99,47, stated 100.
        (
            "percent",
            "tabel 17, baris 4 (line 720)",
            Some(d("100")),
            Some(d("99.47")),
        ),
        // 2.158.035.549 ÷ 2.170.936.000 × 100 = 99,405… → 99,41, stated 99.93.
        (
            "percent",
            "tabel 17, baris 14 (line 730)",
            Some(d("99.93")),
            Some(d("99.41")),
        ),
        // 2.091.349.077 ÷ 2.144.325.000 × 100 = 97,529… → 97,53, stated 100.
        (
            "percent",
            "tabel 17, baris 15 (line 731)",
            Some(d("100")),
            Some(d("97.53")),
        ),
        // 59.206.472 ÷ 80.570.000 × 100 = 73,484… → 73,48, stated 84.85.
        (
            "percent",
            "tabel 17, baris 16 (line 732)",
            Some(d("84.85")),
            Some(d("73.48")),
        ),
        // 7.480.000 ÷ 9.200.000 × 100 = 81,304… → 81,30, stated 89.69.
        (
            "percent",
            "tabel 17, baris 17 (line 733)",
            Some(d("89.69")),
            Some(d("81.30")),
        ),
        // BAB IV: Rp. 2.158.035.549 "atau 99.93%" of Rp. 2.170.936.000 is 99,41.
        (
            "percent",
            "paragraf 398 (line 743)",
            Some(d("99.93")),
            Some(d("99.41")),
        ),
        // The pagu of Program Dukungan Manajemen: 2.159.443.000 in the Ikhtisar, 2.170.936.000
        // in BAB IV.
        (
            "same-figure",
            "paragraf 398 (line 743)",
            Some(d("2170936000")),
            Some(d("2159443000")),
        ),
        // "Serang, Januari 2023" closing BAB IV.
        ("signing-date", "paragraf 407 (line 759)", None, None),
    ];
    let want: Vec<_> = want
        .into_iter()
        .map(|(c, p, s, k)| (c, p.to_string(), s, k))
        .collect();
    assert_eq!(got, want);
}

/// Writes a report of 100 pages for `scripts/time-audit.sh`: `LAKIP_AUDIT_OUT=FILE cargo test
/// --release --test audit -- --ignored write_100_pages`.
#[test]
#[ignore]
fn write_100_pages() {
    support::english();
    let out = std::env::var("LAKIP_AUDIT_OUT").unwrap_or_else(|_| "lkj-100-halaman.txt".into());
    let text = fx::large(100);
    std::fs::write(&out, &text).unwrap();
    // The same report as Word: one paragraph per line of text, tables as tables.
    fx::write_docx(Path::new(&format!("{out}.docx")), &fx::large_parts(100)).unwrap();
    // And the planted report itself, as the README shows it.
    let dir = Path::new(&out).parent().unwrap_or(Path::new("."));
    fx::write_docx(&dir.join("lkj-2023.docx"), &fx::report()).unwrap();
}

#[test]
fn a_large_report_is_read_whole() {
    support::english();
    let text = read::from_str("besar.txt", &fx::large(100));
    let f = audit::run(&text, &audit::Settings::default(), None);
    // 40 copies of the planted report (1 008 words each: 100 pages × 400 words ÷ 1 008 → 40).
    // Each copy's 15 planted errors are found; the copies after the first repeat headings
    // already passed (no chapter starts again), so their paragraphs stay in the first copy's
    // last part, an attached PK, and more than the planted errors are reported there.
    assert!(f.diagnostics.len() >= 15 * 40, "{}", f.diagnostics.len());
}

/// Against the Kota Serang example workspace (`-w`): its realisasi computed from Tabel 3.1's
/// items, its BAB III capaian, its [penandatangan].
#[test]
fn against_the_workspace() {
    support::english();
    let ws = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kota-serang-2023");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lkj.md");
    std::fs::write(
        &path,
        "LAPORAN KINERJA\n\nKOMISI PEMILIHAN UMUM KOTA SERANG\n\nTAHUN 2023\n\n# BAB III\n\nAKUNTABILITAS KINERJA\n\n\
         Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi dengan anggaran sebesar Rp18.256.293.000 dan realisasi sebesar Rp18.168.826.339 atau 99,52%.\n\n\
         Kegiatan Pendaftaran dan Verifikasi Peserta Pemilu dengan anggaran sebesar Rp18.985.000 dan realisasi sebesar Rp18.884.995 atau 99,47%.\n\n\
         Capaian indikator Persentase Pembuatan Keputusan KPU Kota Serang dan Informasi Produk Hukum yang disajikan secara cepat, tepat dan akurat sesuai SOP dan Regulasi serta Tersusun secara Rapih sebesar 100%.\n\n\
         Seluruh sasaran telah tercapai.\n\nSerang, 31 Januari 2024\n\nKetua\n\nAde Jahran\n",
    )
    .unwrap();
    let out = lakip()
        .arg("-w")
        .arg(&ws)
        .args(["audit", "--format", "json"])
        .arg(&path)
        .assert()
        .code(1);
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let got: Vec<(String, String, serde_json::Value, serde_json::Value)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["location"]["place"]
                    .as_str()
                    .unwrap()
                    .split(" (line")
                    .next()
                    .unwrap()
                    .to_string(),
                d["stated"].clone(),
                d["computed"].clone(),
            )
        })
        .collect();
    let s = |x: &str| serde_json::Value::String(x.into());
    let null = serde_json::Value::Null;
    assert_eq!(
        got,
        vec![
            // The program's items add up to 18.256.393.000 in the workspace (Tabel 3.1's
            // heading says 18.256.293.000); the realisasi 18.168.826.339 and 99,52% agree
            // (18.168.826.339 ÷ 18.256.393.000 × 100 = 99,520…). The kegiatan of paragraph 7
            // agrees: 18.884.995 ÷ 18.985.000 × 100 = 99,473… → 99,47.
            (
                "workspace".into(),
                "paragraf 6".into(),
                s("18256293000"),
                s("18256393000")
            ),
            // Sasaran 6: realisasi 90% of target 95%: 90 ÷ 95 × 100 = 94,7368… → 94,74.
            (
                "workspace".into(),
                "paragraf 8".into(),
                s("100"),
                s("94.74")
            ),
            (
                "achievement".into(),
                "paragraf 9".into(),
                null.clone(),
                null.clone()
            ),
            // lakip.toml's [penandatangan] is NANAS NASIHUDIN; the text is signed by Ade Jahran.
            ("signatory".into(), "paragraf 12".into(), null.clone(), null),
        ]
    );
    // Without -w the same text has nothing wrong in itself; the claim "seluruh sasaran
    // tercapai" has no table to be held to and is skipped.
    let f = audit_file(&path);
    assert!(f.diagnostics.is_empty(), "{:#?}", f.diagnostics);
    assert!(f
        .skipped
        .iter()
        .any(|s| s.reason.starts_with("no capaian table")));
}

/// The planted report as Word, printed to PDF by LibreOffice: the PDF's paragraphs and tables
/// (read from `pdftotext -bbox`) give the same findings at the same places as the Word file.
#[test]
fn a_pdf_printed_from_the_word_report_gives_the_same_findings() {
    support::english();
    let has = |cmd: &str, arg: &str| {
        std::process::Command::new(cmd)
            .arg(arg)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !has("soffice", "--version") || !has("pdftotext", "-v") {
        eprintln!("soffice or pdftotext is not installed: the PDF test is skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let docx = written(dir.path(), "docx", &fx::report());
    // A profile of its own: another soffice running does not block this one.
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        dir.path().display()
    );
    let status = std::process::Command::new("soffice")
        .arg(&profile)
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&docx)
        .output()
        .unwrap();
    let pdf = dir.path().join("lkj-2023.pdf");
    assert!(pdf.exists(), "{status:?}");
    let from_pdf = audit_file(&pdf);
    let from_word = audit_file(&docx);
    assert_eq!(found(&from_pdf), planted());
    assert_eq!(found(&from_pdf), found(&from_word));
    // The tables' own findings need the tables read: Tabel 3.1's row 3, by hand 90 ÷ 95 × 100
    // = 94,74, and "seluruh sasaran tercapai" against its rows.
    assert_eq!(
        numbers(at(&from_pdf, "capaian", "tabel 2, baris 4")),
        (d("100"), d("94.74"), d("5.26"))
    );
    assert!(at(&from_pdf, "achievement", "paragraf 56")
        .message
        .contains("2 of 6"));
}

/// A one-page PDF with three lines of text in Helvetica, written byte by byte.
fn minimal_pdf(lines: &[&str]) -> Vec<u8> {
    let text: Vec<String> = lines
        .iter()
        .map(|l| format!("({l}) Tj T* () Tj T*"))
        .collect();
    let content = format!("BT /F1 11 Tf 50 750 Td 14 TL {} ET", text.join(" "));
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_string(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

#[test]
fn a_pdf_is_read_with_pdftotext_and_refused_without_it() {
    support::english();
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("lkj.pdf");
    std::fs::write(
        &pdf,
        minimal_pdf(&[
            "LAPORAN KINERJA",
            "TAHUN 2023",
            "Realisasi anggaran sebesar Rp19.953.434.175 atau 98,84% dari pagu Rp20.417.906.000.",
        ]),
    )
    .unwrap();
    // Without pdftotext on the PATH: one line, exit 2.
    lakip()
        .env("PATH", dir.path())
        .arg("audit")
        .arg(&pdf)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "reading a PDF needs pdftotext, which is not installed",
        ));
    if std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_err()
    {
        eprintln!("pdftotext is not installed; the PDF's text is not read here");
        return;
    }
    // 19.953.434.175 ÷ 20.417.906.000 × 100 = 97,7251… → 97,73, not 98,84.
    let f = audit_file(&pdf);
    assert_eq!(found(&f), vec![("percent", "paragraf 3".to_string())]);
    assert_eq!(
        numbers(&f.diagnostics[0]),
        (d("98.84"), d("97.73"), d("1.11"))
    );
}

/// A named indikator's "tercapai" held to the workspace's kinerja table when the report has no
/// capaian table of its own: Sasaran 6's indikator, realisasi 90% of target 95%: 90 ÷ 95 × 100
/// = 94,74, below 100.
#[test]
fn a_named_statement_against_the_workspace() {
    support::english();
    let ws = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kota-serang-2023");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lkj.md");
    std::fs::write(
        &path,
        "LAPORAN KINERJA\n\nKOMISI PEMILIHAN UMUM KOTA SERANG\n\nTAHUN 2023\n\n# BAB III\n\nAKUNTABILITAS KINERJA\n\n\
         Indikator Persentase Pembuatan Keputusan KPU Kota Serang dan Informasi Produk Hukum yang disajikan secara cepat, tepat dan akurat sesuai SOP dan Regulasi serta Tersusun secara Rapih telah tercapai.\n",
    )
    .unwrap();
    let out = lakip()
        .env("LAKIP_LANG", "en")
        .arg("-w")
        .arg(&ws)
        .args(["audit", "--format", "json"])
        .arg(&path)
        .assert()
        .code(1);
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let d = &v["diagnostics"][0];
    assert_eq!(v["errors"], 1);
    assert_eq!(d["code"], "achievement");
    assert_eq!(d["location"]["place"], "paragraf 6 (line 11)");
    assert!(d["message"].as_str().unwrap().contains("94,74%"), "{d}");
    // Without -w there is no capaian table to hold it to: skipped, not judged.
    let f = audit_file(&path);
    assert!(f.diagnostics.is_empty());
    assert!(f
        .skipped
        .iter()
        .any(|s| s.reason.starts_with("no capaian table")));
}
