//! `lakip init` and `lakip import` as a user runs them: exit codes, one-line errors, the
//! workspace tables and the JSON contract.

mod support;

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};
use support::{fixtures, foreign_files};

type Fixture = fn(&Path) -> Result<(), Box<dyn std::error::Error>>;

/// lakip in English: these tests assert the English messages (`tests/i18n.rs` the choice).
fn lakip(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en");
    cmd.current_dir(dir).env("LAKIP_LANG", "en");
    cmd
}

fn write(dir: &Path, name: &str, fixture: Fixture) -> PathBuf {
    let path = dir.join(name);
    fixture(&path).unwrap();
    path
}

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .success();
    dir
}

/// Runs `import --dry-run` on a bad file and returns stderr, asserting exit code 2 and one line.
fn bad_input(name: &str, fixture: Option<Fixture>) -> String {
    let dir = tempfile::tempdir().unwrap();
    if let Some(f) = fixture {
        write(dir.path(), name, f);
    }
    let out = lakip(dir.path())
        .args(["import", "--dry-run", name])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.contains(name), "names the file: {stderr}");
    stderr
}

#[test]
fn init_creates_config_and_data() {
    let dir = workspace();
    let config = std::fs::read_to_string(dir.path().join("lakip.toml")).unwrap();
    assert!(config.contains("nama = \"KPU Kota Serang\""));
    assert!(config.contains("tahun = 2023"));
    assert!(config.contains("tempat = \"Serang\""));
    assert!(dir.path().join("data").is_dir());
}

#[test]
fn init_refuses_an_existing_workspace() {
    let dir = workspace();
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already a lakip workspace"));
    // The default language: Indonesian.
    lakip(dir.path())
        .env_remove("LAKIP_LANG")
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "sudah menjadi ruang kerja lakip (lakip.toml sudah ada)",
        ));
}

#[test]
fn init_into_a_new_directory() {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args([
            "init",
            "lkj-2024",
            "--satker",
            "KPU Kabupaten Serang",
            "--tahun",
            "2024",
        ])
        .assert()
        .success();
    assert!(dir.path().join("lkj-2024/lakip.toml").is_file());
}

#[test]
fn import_writes_tables_and_twice_gives_identical_bytes() {
    let dir = workspace();
    write(dir.path(), "rkt.xlsx", fixtures::rkt_serang_xlsx);
    lakip(dir.path())
        .args(["import", "rkt.xlsx"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "imported 28 items from 1 document",
        ));
    let read = |n: &str| std::fs::read(dir.path().join("data").join(n)).unwrap();
    let first: Vec<Vec<u8>> = ["rkt.csv", "headings.csv", "totals.csv", "documents.csv"]
        .iter()
        .map(|n| read(n))
        .collect();
    lakip(dir.path())
        .args(["import", "rkt.xlsx"])
        .assert()
        .success();
    let second: Vec<Vec<u8>> = ["rkt.csv", "headings.csv", "totals.csv", "documents.csv"]
        .iter()
        .map(|n| read(n))
        .collect();
    assert_eq!(first, second);
    let rkt = String::from_utf8(first[0].clone()).unwrap();
    assert_eq!(rkt.lines().count(), 29, "header and 28 items");
    assert!(rkt
        .lines()
        .next()
        .unwrap()
        .starts_with("file,sheet,heading,path,code,number,uraian,sasaran"));
    assert!(rkt.contains(",Honorarium Badan Adhoc,"));
    assert!(rkt.contains(",29648700000,"));
    assert!(rkt.contains("rkt.xlsx,RKT 2023,"));
}

#[test]
fn importing_a_second_file_keeps_the_first() {
    let dir = workspace();
    write(dir.path(), "rkt.xlsx", fixtures::rkt_serang_xlsx);
    write(dir.path(), "tabel31.xlsx", fixtures::anggaran_serang_xlsx);
    lakip(dir.path())
        .args(["import", "rkt.xlsx"])
        .assert()
        .success();
    lakip(dir.path())
        .args(["import", "tabel31.xlsx"])
        .assert()
        .success();
    let docs = std::fs::read_to_string(dir.path().join("data/documents.csv")).unwrap();
    assert_eq!(docs.lines().count(), 3);
    assert!(dir.path().join("data/anggaran.csv").is_file());
    assert!(dir.path().join("data/rkt.csv").is_file());
}

#[test]
fn workspace_is_found_upward_or_named() {
    let dir = workspace();
    write(dir.path(), "rkt.xlsx", fixtures::rkt_serang_xlsx);
    let sub = dir.path().join("sources");
    std::fs::create_dir(&sub).unwrap();
    std::fs::rename(dir.path().join("rkt.xlsx"), sub.join("rkt.xlsx")).unwrap();
    lakip(&sub).args(["import", "rkt.xlsx"]).assert().success();
    let rkt = std::fs::read_to_string(dir.path().join("data/rkt.csv")).unwrap();
    assert!(
        rkt.contains("sources/rkt.xlsx,RKT 2023,"),
        "stored relative to the workspace"
    );
    let elsewhere = tempfile::tempdir().unwrap();
    lakip(elsewhere.path())
        .args(["-w"])
        .arg(dir.path())
        .args(["import"])
        .arg(sub.join("rkt.xlsx"))
        .assert()
        .success();
}

#[test]
fn import_without_workspace_says_how_to_make_one() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rkt.xlsx", fixtures::rkt_serang_xlsx);
    lakip(dir.path())
        .args(["import", "rkt.xlsx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("lakip init"));
}

/// `import --dry-run --format json` of `fixture` written as `name`, which must succeed: its JSON.
fn dry_run_json(name: &str, fixture: Fixture) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), name, fixture);
    let out = lakip(dir.path())
        .args(["import", "--dry-run", "--format", "json", name])
        .assert()
        .success()
        .get_output()
        .clone();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn json_contract() {
    let json = dry_run_json("rkt.xlsx", fixtures::rkt_serang_xlsx);
    let doc = &json["documents"][0];
    assert_eq!(doc["file"], "rkt.xlsx");
    assert_eq!(doc["sheet"], "RKT 2023");
    assert_eq!(doc["kind"], "rkt");
    assert_eq!(doc["rows"]["item"], 28);
    assert_eq!(doc["rows"]["unrecognised"], 0);
    let item = &doc["items"][0];
    assert_eq!(item["uraian"], "Perencanaan dan Penganggaran Pemilu");
    assert_eq!(item["amount"], "234549000");
    assert_eq!(
        item["path"][0],
        "Penyelenggaraan Pemilu Dalam Proses Konsolidasi Demokrasi"
    );
    assert_eq!(
        item["sasaran"],
        "Terwujudnya Penyelenggaraan Pemilu / Pemilihan Sesuai Jadwal"
    );
    assert_eq!(item["location"]["file"], "rkt.xlsx");
    assert_eq!(item["location"]["sheet"], "RKT 2023");
    assert_eq!(item["location"]["cell"], "E9");
    assert_eq!(item["location"]["row"], 9);
    let dash = doc["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["location"]["row"] == 17)
        .unwrap();
    assert_eq!(dash["amount"], "0");
    assert_eq!(dash["dashes"][0], "amount");
    let total = &doc["totals"][0];
    assert_eq!(total["label"], "JUMLAH ANGGARAN");
    assert_eq!(total["path"], serde_json::json!([]));
    assert_eq!(total["stated"]["amount"], "37230532000");
    assert_eq!(total["location"]["row"], 66);
    assert_eq!(doc["signature"]["name"], "ADE WAHYU MARGONO");
}

#[test]
fn json_for_anggaran_has_pagu_realisasi_and_stated_percent() {
    let json = dry_run_json("t.xlsx", fixtures::anggaran_serang_xlsx);
    let item = &json["documents"][0]["items"][1];
    assert_eq!(item["uraian"], "Pendaftaran dan Verifikasi Peserta Pemilu");
    assert_eq!(item["pagu"], "18985000");
    assert_eq!(item["realisasi"], "18884995");
    assert_eq!(item["stated_percent"], "100");
}

#[test]
fn text_output_shows_tree_accounting_and_totals() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rkt.xlsx", fixtures::rkt_serang_xlsx);
    lakip(dir.path())
        .args(["import", "--dry-run", "rkt.xlsx"])
        .assert()
        .success()
        .stdout(predicate::str::contains("rows: 74 = 2 title, 4 header, 1 numbering, 26 heading, 28 item, 1 total, 7 blank, 5 signature"))
        .stdout(predicate::str::contains("amount stated 37.230.532.000, computed 37.230.532.000 — equal"))
        .stdout(predicate::str::contains("Program Dukungan Manajemen"))
        .stdout(predicate::str::contains("dry run: nothing written"));
}

#[test]
fn sheet_option_names_missing_sheet() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rkt.xlsx", fixtures::rkt_serang_xlsx);
    lakip(dir.path())
        .args(["import", "--dry-run", "--sheet", "Lampiran", "rkt.xlsx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no sheet named 'Lampiran' (the sheets are 'RKT 2023')",
        ));
    lakip(dir.path())
        .args(["import", "--dry-run", "--sheet", "RKT 2023", "rkt.xlsx"])
        .assert()
        .success();
}

#[test]
fn kind_can_be_forced() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "t.xlsx", fixtures::anggaran_serang_xlsx);
    lakip(dir.path())
        .args(["import", "--dry-run", "--kind", "anggaran", "t.xlsx"])
        .assert()
        .success()
        .stdout(predicate::str::contains("anggaran (set with --kind)"));
}

#[test]
fn unrecognised_row_stops_the_import_unless_allowed() {
    let dir = workspace();
    let path = dir.path().join("odd.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_row(0, 0, ["Uraian", "Pagu", "Realisasi"]).unwrap();
    ws.write_row(1, 0, ["a. Belanja Bahan"]).unwrap();
    ws.write_number(1, 1, 1000.0).unwrap();
    ws.write_number(1, 2, 900.0).unwrap();
    // A number in a column that is no amount column, alone on its row.
    ws.write_number(2, 4, 777.0).unwrap();
    wb.save(&path).unwrap();
    lakip(dir.path())
        .args(["import", "odd.xlsx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "odd.xlsx:'Sheet1'!E3: row 3 has numbers but is no header, item, heading or total",
        ));
    assert!(
        !dir.path().join("data/anggaran.csv").exists(),
        "nothing written"
    );
    lakip(dir.path())
        .args(["import", "--allow-unrecognised", "odd.xlsx"])
        .assert()
        .success();
    assert!(dir.path().join("data/anggaran.csv").exists());
}

// ---- bad input: one line, exit 2 ------------------------------------------------------------

#[test]
fn missing_file() {
    assert!(bad_input("tidak-ada.xlsx", None).contains("no such file"));
}

#[test]
fn not_a_spreadsheet() {
    assert!(bad_input("catatan.xlsx", Some(fixtures::not_a_spreadsheet))
        .contains("a text file, not a workbook"));
}

// A file that is no table at all is named for what it is, whatever its extension, with what
// to do instead; before, a PDF was "a text file … rename it to .csv".
#[test]
fn a_pdf_is_named_a_pdf_with_what_to_do() {
    for name in ["laporan.pdf", "laporan.xlsx", "laporan.csv"] {
        let err = bad_input(name, Some(foreign_files::pdf));
        assert!(err.contains(": a PDF, not a spreadsheet"), "{name}: {err}");
        assert!(err.contains("export the PDF's tables to Excel"), "{err}");
        assert!(err.contains("import the Word original (.docx)"), "{err}");
        assert!(!err.contains("text file"), "{err}");
    }
}

#[test]
fn an_image_is_named_an_image() {
    let err = bad_input("tabel.png", Some(foreign_files::png));
    assert!(err.contains("an image (PNG), not a spreadsheet"), "{err}");
    let err = bad_input("foto-tabel.xlsx", Some(foreign_files::jpeg));
    assert!(err.contains("an image (JPEG), not a spreadsheet"), "{err}");
}

#[test]
fn an_old_word_document_is_named_with_how_to_convert_it() {
    // Before: the OLE file went to the xls reader, whose error named no Word document.
    for name in ["pk-2023.doc", "pk-2023.xls"] {
        let err = bad_input(name, Some(foreign_files::word97));
        assert!(
            err.contains("an old Word document (.doc, Word 97-2003), not a spreadsheet"),
            "{name}: {err}"
        );
        assert!(err.contains("save it as .docx"), "{err}");
    }
}

#[test]
fn a_zip_that_is_no_workbook_names_what_it_holds() {
    // Before: "cannot read the workbook (File not found '_rels/.rels')".
    for name in ["kiriman.zip", "kiriman.xlsx"] {
        let err = bad_input(name, Some(foreign_files::zip_of_workbooks));
        assert!(
            err.contains(
                "a zip archive, not a workbook (it holds 2 files: pk-2023.xlsx, rkt-2023.xlsx); \
                 unpack it and import the workbooks it holds"
            ),
            "{name}: {err}"
        );
    }
}

#[test]
fn check_names_a_pdf_too() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "laporan.pdf", foreign_files::pdf);
    lakip(dir.path())
        .args(["check", "laporan.pdf"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "laporan.pdf: a PDF, not a spreadsheet",
        ));
}

#[test]
fn corrupt_archive() {
    assert!(bad_input("rusak.xlsx", Some(fixtures::corrupt_xlsx)).contains("damaged or truncated"));
}

#[test]
fn password_protected() {
    assert!(
        bad_input("rahasia.xlsx", Some(fixtures::password_protected_xlsx))
            .contains("password-protected")
    );
}

#[test]
fn empty_sheet() {
    assert!(bad_input("kosong.xlsx", Some(fixtures::empty_sheet_xlsx))
        .contains("sheet 'Sheet1': the sheet is empty"));
}

#[test]
fn no_header() {
    assert!(bad_input("kontak.xlsx", Some(fixtures::no_header_xlsx))
        .contains("no recognisable column header"));
}

#[test]
fn unreadable_amount_quotes_text_and_cell() {
    let err = bad_input("salah.xlsx", Some(fixtures::bad_amount_xlsx));
    assert!(
        err.contains("salah.xlsx:'Realisasi'!B5: cannot read \"12.5OO.000\" as a number"),
        "{err}"
    );
}

#[test]
fn csv_with_semicolons_and_bom() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rkt.csv", fixtures::rkt_serang_csv);
    lakip(dir.path())
        .args(["import", "--dry-run", "rkt.csv"])
        .assert()
        .success()
        .stdout(predicate::str::contains("rows: 74"));
}

#[test]
fn help_has_examples() {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["import", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("lakip import rkt-2023.xlsx"));
}

#[test]
fn tab_separated_csv_and_ambiguous_numbers_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    // A lone comma before three digits is read as thousands with a warning: the Indonesian
    // reading would be 1,5, and nothing else in the column tells. (A lone dot, `1.500`, is
    // thousands the Indonesian way, and said only where the column puts it in doubt: see
    // tests/amount_separators.rs.)
    let text = "Uraian\tPagu\tRealisasi\n1. Program Dukungan Manajemen\t\t\na. Layanan Perkantoran\t1,500\t1.400.000\nJumlah Total\t1,500\t1.400.000\n";
    std::fs::write(dir.path().join("kecil.tsv"), text).unwrap();
    lakip(dir.path())
        .args(["import", "--dry-run", "kecil.tsv"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "warning: kecil.tsv:'kecil'!B3: read \"1,500\" as 1500",
        ))
        .stdout(predicate::str::contains(
            "pagu stated 1.500, computed 1.500 — equal",
        ))
        .stdout(predicate::str::contains(
            "realisasi stated 1.400.000, computed 1.400.000 — equal",
        ));
}
