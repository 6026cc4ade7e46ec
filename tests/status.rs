//! A revised file imported under a new name (issue 12, case 9). Before: the import said
//! nothing, `lakip check` said ok and `lakip realisasi` added both versions up — pagu
//! 2.300.000.000 + 2.380.000.000 = 4.680.000.000 for a budget of 2.380.000.000 — with exit 0,
//! and nothing could take the old file out. Now the import names the held version and how to
//! replace it, `check` fails on the two (duplicate-document), `realisasi` refuses to add them
//! up, `lakip remove` and `import --replace` keep one, and `lakip status` lists what the
//! workspace holds and whether a source changed since its import.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::Path;
use support::fixtures;

/// 2024-01-01T00:00:00Z and 2024-02-01T00:00:00Z (31 days × 86 400 s later): the import times.
const JAN: &str = "1704067200";
const FEB: &str = "1706745600";

const OLD: &str = "realisasi.xlsx";
const NEW: &str = "realisasi-revisi.xlsx";

fn lakip(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en");
    cmd.current_dir(dir);
    cmd
}

/// A workspace holding the realisasi table before the DIPA revision (imported in January)
/// and, beside it, the revised table under a new name: on disk, not imported yet.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Contoh", "--tahun", "2023"])
        .assert()
        .success();
    fixtures::anggaran_contoh_xlsx(&dir.path().join(OLD)).unwrap();
    fixtures::anggaran_contoh_revisi_xlsx(&dir.path().join(NEW)).unwrap();
    import_at(dir.path(), JAN, &[OLD]);
    dir
}

/// `lakip import ARGS` with the clock at `epoch`; must succeed. Its stderr.
fn import_at(dir: &Path, epoch: &str, args: &[&str]) -> String {
    let out = lakip(dir)
        .env("SOURCE_DATE_EPOCH", epoch)
        .arg("import")
        .args(args)
        .assert()
        .success()
        .get_output()
        .clone();
    String::from_utf8(out.stderr).unwrap()
}

/// Runs lakip; (exit code, stdout, stderr).
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = lakip(dir).args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn json(dir: &Path, args: &[&str]) -> Value {
    let (code, out, err) = run(dir, args);
    assert!(code == 0 || code == 1, "{args:?}: {code} {err}");
    serde_json::from_str(&out).unwrap()
}

/// `lakip status --format json`.
fn status(dir: &Path) -> Value {
    json(dir, &["status", "--format", "json"])
}

/// The ID `lakip status` gives the document of `file`.
fn id_of(dir: &Path, file: &str) -> String {
    let status = status(dir);
    let doc = status["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["file"] == file)
        .unwrap_or_else(|| panic!("no {file} in {status}"));
    doc["id"].as_str().unwrap().to_string()
}

/// (level, uraian, pagu, realisasi, serapan, sisa) of each row of `lakip realisasi`.
fn realisasi(dir: &Path) -> Vec<[String; 6]> {
    let json = json(dir, &["realisasi", "--format", "json"]);
    let s = |v: &Value| v.as_str().unwrap_or("").to_string();
    json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            [
                s(&r["level"]),
                s(&r["uraian"]),
                s(&r["pagu"]),
                s(&r["realisasi"]),
                s(&r["serapan"]),
                s(&r["sisa"]),
            ]
        })
        .collect()
}

/// The revised table's figures, worked by hand from the fixture's items:
/// program 1: pagu 500.000.000 + 1.100.000.000 = 1.600.000.000, realisasi 480.000.000 +
/// 1.045.000.000 = 1.525.000.000, serapan 1.525 ÷ 1.600 = 95,3125 → 95,31, sisa 75.000.000;
/// program 2: 300.000.000 + 400.000.000 + 80.000.000 = 780.000.000, 290.000.000 + 380.000.000 +
/// 76.000.000 = 746.000.000, 746 ÷ 780 = 95,641… → 95,64, sisa 34.000.000;
/// Jumlah: 2.380.000.000, 2.271.000.000, 2.271 ÷ 2.380 = 95,420… → 95,42, sisa 109.000.000.
fn revised_figures() -> Vec<[String; 6]> {
    let row = |level: &str, uraian: &str, p: &str, r: &str, s: &str, sisa: &str| {
        [level, uraian, p, r, s, sisa].map(str::to_string)
    };
    vec![
        row(
            "program",
            "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
            "1600000000",
            "1525000000",
            "95.31",
            "75000000",
        ),
        row(
            "kegiatan",
            "Perencanaan Program dan Anggaran",
            "500000000",
            "480000000",
            "96.00",
            "20000000",
        ),
        row(
            "kegiatan",
            "Pembentukan Badan Adhoc",
            "1100000000",
            "1045000000",
            "95.00",
            "55000000",
        ),
        row(
            "program",
            "Program Dukungan Manajemen",
            "780000000",
            "746000000",
            "95.64",
            "34000000",
        ),
        row(
            "kegiatan",
            "Pengelolaan Keuangan dan Barang Milik Negara",
            "300000000",
            "290000000",
            "96.67",
            "10000000",
        ),
        row(
            "kegiatan",
            "Operasional Perkantoran",
            "400000000",
            "380000000",
            "95.00",
            "20000000",
        ),
        row(
            "kegiatan",
            "Pengelolaan Data dan Informasi",
            "80000000",
            "76000000",
            "95.00",
            "4000000",
        ),
        row(
            "total",
            "Jumlah",
            "2380000000",
            "2271000000",
            "95.42",
            "109000000",
        ),
    ]
}

/// Every stored table's bytes, to show that a command wrote nothing.
fn data(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut tables: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir.join("data"))
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect();
    tables.sort();
    tables
}

/// The diagnostics of `lakip check --format json` as (code, severity, file).
fn findings(dir: &Path) -> (i32, Vec<(String, String, String)>) {
    let (code, out, _) = run(dir, &["check", "--format", "json"]);
    let json: Value = serde_json::from_str(&out).unwrap();
    let found = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let s = |v: &Value| v.as_str().unwrap_or("").to_string();
            (s(&d["code"]), s(&d["severity"]), s(&d["location"]["file"]))
        })
        .collect();
    (code, found)
}

#[test]
fn a_revision_under_a_new_name_is_named_at_import() {
    let dir = workspace();
    let old_id = id_of(dir.path(), OLD);
    let err = import_at(dir.path(), FEB, &[NEW]);
    // Four of the five kegiatan keep their uraian (`c. Data dan Informasi` became
    // `c. Pengelolaan Data dan Informasi`): 4 of 5 = 80 % ≥ 60 %.
    assert_eq!(
        err,
        format!(
            "warning: realisasi-revisi.xlsx:'Realisasi' looks like a revision of \
             realisasi.xlsx:'Realisasi' ({old_id}, imported 2024-01-01T00:00:00Z): 4 of 5 items \
             are the same; the workspace now holds both, and would add their figures up. To keep \
             only the new one: `lakip import realisasi-revisi.xlsx --replace realisasi.xlsx` \
             (`lakip check` fails while both are held: duplicate-document)\n"
        )
    );
    // Imported all the same, as the warning says.
    assert_eq!(status(dir.path())["documents"].as_array().unwrap().len(), 2);
}

#[test]
fn two_versions_fail_the_check_and_realisasi_refuses_to_add_them_up() {
    let dir = workspace();
    import_at(dir.path(), FEB, &[NEW]);
    let (code, found) = findings(dir.path());
    assert_eq!(code, 1, "an error fails the gate");
    // Reported once, at the version imported later; both tables are otherwise consistent.
    assert_eq!(
        found,
        vec![(
            "duplicate-document".to_string(),
            "error".to_string(),
            NEW.to_string()
        )]
    );
    let (_, text, _) = run(dir.path(), &["check"]);
    assert!(
        text.contains("looks like a revision of realisasi.xlsx:'Realisasi'"),
        "{text}"
    );
    let (code, out, err) = run(dir.path(), &["realisasi"]);
    assert_eq!((code, out.as_str()), (2, ""), "no figures: {out}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(
            "error: realisasi.xlsx:'Realisasi' and realisasi-revisi.xlsx:'Realisasi' look like \
             two versions of one document (4 of 5 items the same): their figures are not added up"
        ),
        "{err}"
    );
}

#[test]
fn two_documents_the_settings_allow_are_added_up() {
    let dir = workspace();
    import_at(dir.path(), FEB, &[NEW]);
    let config = dir.path().join("lakip.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    let allowed = text.replace("allow = []", "allow = [\"duplicate-document\"]");
    assert_ne!(text, allowed, "lakip.toml has an allow list");
    std::fs::write(&config, allowed).unwrap();
    let rows = realisasi(dir.path());
    // Both tables' items: 2.300.000.000 + 2.380.000.000 = 4.680.000.000 pagu,
    // 2.160.000.000 + 2.271.000.000 = 4.431.000.000 realisasi.
    let total = rows.last().unwrap();
    assert_eq!(
        (total[2].as_str(), total[3].as_str()),
        ("4680000000", "4431000000")
    );
}

#[test]
fn removing_the_old_version_leaves_the_revised_figures() {
    let dir = workspace();
    import_at(dir.path(), FEB, &[NEW]);
    let old_id = id_of(dir.path(), OLD);
    let (code, out, err) = run(dir.path(), &["remove", OLD]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        format!(
            "removed {old_id}: realisasi.xlsx:'Realisasi', anggaran: 5 items, 2 headings, 1 total, \
             0 notices\nthe workspace holds 1 document\n"
        )
    );
    // Every table lost the old file's rows: items, headings, totals, the document.
    for (name, bytes) in data(dir.path()) {
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            !text.lines().any(|l| l.starts_with("realisasi.xlsx,")),
            "{name}: {text}"
        );
    }
    let (code, found) = findings(dir.path());
    assert_eq!((code, found), (0, vec![]));
    assert_eq!(realisasi(dir.path()), revised_figures());
}

#[test]
fn a_document_is_removed_by_its_id_too() {
    let dir = workspace();
    import_at(dir.path(), FEB, &[NEW]);
    let old_id = id_of(dir.path(), OLD);
    let (code, _, err) = run(dir.path(), &["remove", &old_id.to_uppercase()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(realisasi(dir.path()), revised_figures());
}

#[test]
fn replace_does_it_in_one_step() {
    let dir = workspace();
    let old_id = id_of(dir.path(), OLD);
    let out = lakip(dir.path())
        .env("SOURCE_DATE_EPOCH", FEB)
        .args(["import", NEW, "--replace", OLD])
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(out.stderr.is_empty(), "no warning: the old one goes");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.ends_with(&format!("replaced realisasi.xlsx:'Realisasi' ({old_id})\n")),
        "{stdout}"
    );
    let (code, found) = findings(dir.path());
    assert_eq!((code, found), (0, vec![]));
    assert_eq!(realisasi(dir.path()), revised_figures());
    let status = status(dir.path());
    let files: Vec<&str> = status["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, vec![NEW]);
}

#[test]
fn replace_takes_an_id() {
    let dir = workspace();
    let old_id = id_of(dir.path(), OLD);
    import_at(dir.path(), FEB, &[NEW, "--replace", &old_id]);
    assert_eq!(realisasi(dir.path()), revised_figures());
}

#[test]
fn a_name_that_matches_nothing_changes_nothing() {
    let dir = workspace();
    let before = data(dir.path());
    let (code, out, err) = run(dir.path(), &["remove", "nope.xlsx", OLD]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "error: nothing removed: nope.xlsx: no document of that ID or file in the workspace \
         (`lakip status` lists them)\n"
    );
    let (code, _, err) = run(dir.path(), &["import", NEW, "--replace", "anggaran-000000"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: nothing imported: --replace anggaran-000000: no document of that ID or file in \
         the workspace (`lakip status` lists them)\n"
    );
    assert_eq!(data(dir.path()), before, "nothing written");
}

#[test]
fn remove_dry_run_says_what_would_go() {
    let dir = workspace();
    let old_id = id_of(dir.path(), OLD);
    let before = data(dir.path());
    let (code, out, _) = run(dir.path(), &["remove", "--dry-run", OLD]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "would remove {old_id}: realisasi.xlsx:'Realisasi', anggaran: 5 items, 2 headings, 1 \
             total, 0 notices\ndry run: nothing written\n"
        )
    );
    assert_eq!(data(dir.path()), before);
}

fn sha256(path: &Path) -> String {
    let digest = Sha256::digest(std::fs::read(path).unwrap());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn status_lists_each_document_and_what_changed_since_import() {
    let dir = workspace();
    import_at(dir.path(), FEB, &[NEW]);
    let json = status(dir.path());
    assert_eq!(json["satker"], "KPU Kota Contoh");
    assert_eq!(json["tahun"], 2023);
    let docs = json["documents"].as_array().unwrap();
    // Held in file order: `realisasi-revisi.xlsx` before `realisasi.xlsx` (`-` < `.`).
    let expect = [(NEW, "2024-02-01T00:00:00Z"), (OLD, "2024-01-01T00:00:00Z")];
    assert_eq!(docs.len(), 2);
    for (doc, (file, imported)) in docs.iter().zip(expect) {
        assert_eq!(doc["file"], file);
        assert_eq!(doc["sheet"], "Realisasi");
        assert_eq!(doc["kind"], "anggaran");
        // Five kegiatan under two programs, one Jumlah.
        assert_eq!(
            [
                &doc["items"],
                &doc["headings"],
                &doc["totals"],
                &doc["notices"]
            ],
            [5, 2, 1, 0]
        );
        assert_eq!(doc["imported"], imported);
        assert_eq!(doc["sha256"], sha256(&dir.path().join(file)));
        assert_eq!(doc["source"], "unchanged");
    }
    let summary = &json["summary"];
    assert_eq!(summary["kinds"]["anggaran"], 2);
    assert_eq!(summary["realisasi"]["sources"][0], "anggaran");
    let versions = summary["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0]["older"], docs[1]["id"]);
    assert_eq!(versions[0]["newer"], docs[0]["id"]);
    assert_eq!(
        (&versions[0]["same"], &versions[0]["of"]),
        (&4.into(), &5.into())
    );
    // No PK, Renstra or kinerja table yet.
    let missing: Vec<&Value> = summary["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| &m["kinds"][0])
        .collect();
    assert_eq!(missing, ["pk", "renstra", "kinerja"]);

    // The old file saved again with the revised content; the new one deleted.
    fixtures::anggaran_contoh_revisi_xlsx(&dir.path().join(OLD)).unwrap();
    std::fs::remove_file(dir.path().join(NEW)).unwrap();
    let json = status(dir.path());
    let sources: Vec<&Value> = json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["source"])
        .collect();
    assert_eq!(sources, ["missing", "changed"]);
    let old_id = id_of(dir.path(), OLD);
    assert_eq!(
        json["summary"]["changed"][0].as_str(),
        Some(old_id.as_str())
    );
    let (code, text, _) = run(dir.path(), &["status"]);
    assert_eq!(code, 0);
    assert!(
        text.starts_with("KPU Kota Contoh 2023: 2 documents\n"),
        "{text}"
    );
    let row = text.lines().find(|l| l.contains(&old_id)).unwrap();
    assert!(
        row.contains("2024-01-01 00:00 UTC") && row.contains("changed since import"),
        "{row}"
    );
    assert!(text.contains("\nkinds: 2 anggaran\n"), "{text}");
    assert!(
        text.contains("\nrealisasi: from anggaran (2 documents)\n"),
        "{text}"
    );
    assert!(
        text.contains(&format!("\nchanged since import: {old_id};")),
        "{text}"
    );
}

#[test]
fn status_after_removal_shows_one_document() {
    let dir = workspace();
    import_at(dir.path(), FEB, &[NEW, "--replace", OLD]);
    let (code, text, _) = run(dir.path(), &["status"]);
    assert_eq!(code, 0);
    assert!(
        text.starts_with("KPU Kota Contoh 2023: 1 document\n"),
        "{text}"
    );
    assert!(!text.contains("two versions"), "{text}");
    assert!(
        text.contains(
            "\nmissing for the LKj: pk (BAB II); renstra (Tabel 2.1 of BAB II); kinerja (BAB III A)\n"
        ),
        "{text}"
    );
}

#[test]
fn status_outside_a_workspace_is_one_line_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run(dir.path(), &["status"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("error: no lakip.toml in "), "{err}");
    let (code, _, err) = run(dir.path(), &["remove", "x.xlsx"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("error: no lakip.toml in "), "{err}");
}

#[test]
fn an_unchanged_file_imported_again_keeps_its_import_time() {
    let dir = workspace();
    let documents = || std::fs::read_to_string(dir.path().join("data/documents.csv")).unwrap();
    let first = documents();
    import_at(dir.path(), FEB, &[OLD]);
    assert_eq!(documents(), first, "the same content: the same bytes");
    fixtures::anggaran_contoh_revisi_xlsx(&dir.path().join(OLD)).unwrap();
    import_at(dir.path(), FEB, &[OLD]);
    let json = status(dir.path());
    assert_eq!(json["documents"][0]["imported"], "2024-02-01T00:00:00Z");
    assert_eq!(json["documents"][0]["source"], "unchanged");
}

/// `documents.csv` as a lakip before this change wrote it: no `sha256` and `imported` columns.
#[test]
fn a_workspace_of_an_older_lakip_loads_and_says_unknown() {
    let dir = workspace();
    let path = dir.path().join("data/documents.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let older: String = text
        .lines()
        .map(|l| {
            let fields: Vec<&str> = l.split(',').collect();
            format!("{}\n", fields[..fields.len() - 2].join(","))
        })
        .collect();
    assert!(older.starts_with("file,sheet,kind,") && older.contains(",rows_footer\n"));
    std::fs::write(&path, older).unwrap();
    let json = status(dir.path());
    let doc = &json["documents"][0];
    assert_eq!(doc["imported"], Value::Null);
    assert_eq!(doc["sha256"], Value::Null);
    assert_eq!(doc["source"], "unknown");
    let (_, text, _) = run(dir.path(), &["status"]);
    let row = text.lines().find(|l| l.contains(OLD)).unwrap();
    assert!(
        row.contains("┆ unknown ") && row.ends_with("┆ unknown     │"),
        "{row}"
    );
    let (code, found) = findings(dir.path());
    assert_eq!((code, found), (0, vec![]));
    // A later import of another version still finds it.
    let err = import_at(dir.path(), FEB, &[NEW]);
    assert!(
        err.contains("imported at an unknown time): 4 of 5 items"),
        "{err}"
    );
}

#[test]
fn a_revised_rkt_under_a_new_name() {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args([
            "init",
            "--satker",
            "KPU Kabupaten Serang",
            "--tahun",
            "2023",
        ])
        .assert()
        .success();
    fixtures::rkt_serang_csv(&dir.path().join("rkt.csv")).unwrap();
    fixtures::rkt_serang_revisi_csv(&dir.path().join("rkt-revisi.csv")).unwrap();
    import_at(dir.path(), JAN, &["rkt.csv"]);
    let err = import_at(dir.path(), FEB, &["rkt-revisi.csv"]);
    // Only amounts changed: all 28 items keep their uraian.
    assert!(
        err.starts_with(
            "warning: rkt-revisi.csv:'rkt-revisi' looks like a revision of rkt.csv:'rkt'"
        ) && err.contains("28 of 28 items are the same")
            && err.contains("`lakip import rkt-revisi.csv --replace rkt.csv`"),
        "{err}"
    );
    let (code, found) = findings(dir.path());
    assert_eq!(code, 1);
    assert_eq!(
        found,
        vec![(
            "duplicate-document".to_string(),
            "error".to_string(),
            "rkt-revisi.csv".to_string()
        )]
    );
    import_at(dir.path(), FEB, &["rkt-revisi.csv", "--replace", "rkt.csv"]);
    assert_eq!(findings(dir.path()), (0, vec![]));
    // JUMLAH ANGGARAN of the revision: 37.230.532.000 + 50.000.000 + 20.000.000.
    let import = json(
        dir.path(),
        &["import", "--dry-run", "--format", "json", "rkt-revisi.csv"],
    );
    let stated = &import["documents"][0]["totals"][0]["stated"]["amount"];
    assert_eq!(stated, "37300532000");
}

/// Not every pair of one kind is two versions: other rows, or another year in the title.
#[test]
fn other_documents_of_one_kind_are_not_versions() {
    let dir = workspace();
    fixtures::coded_anggaran_xlsx(&dir.path().join("coded.xlsx")).unwrap();
    let rows = |year: &'static str| -> Vec<Vec<&'static str>> {
        vec![
            vec![year],
            vec!["Uraian", "Pagu", "Realisasi"],
            vec!["a. Layanan Perkantoran", "600000", "500000"],
            vec!["b. Layanan Data", "500000", "400000"],
        ]
    };
    for (name, title) in [
        ("t2023.xlsx", "Realisasi Anggaran Tahun 2023"),
        ("t2024.xlsx", "Realisasi Anggaran Tahun 2024"),
    ] {
        let rows = rows(title);
        let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
        fixtures::table_xlsx(&dir.path().join(name), "Realisasi", &rows).unwrap();
    }
    let err = import_at(dir.path(), FEB, &["coded.xlsx", "t2023.xlsx", "t2024.xlsx"]);
    assert_eq!(err, "", "no warning");
    let (_, found) = findings(dir.path());
    assert!(
        !found
            .iter()
            .any(|(code, _, _)| code == "duplicate-document"),
        "{found:?}"
    );
}

/// A sheet copied in its workbook and revised (`Realisasi (2)` beside `Realisasi`): before,
/// `lakip realisasi` showed every program twice (Jumlah pagu 1.500 + 1.500 = 3.000) and
/// `check` said ok, because two sheets of one workbook were never taken for versions. The
/// workbook's other budget sheet (other rows) and its two PK sheets (one per divisi, the same
/// indikator) are no versions.
#[test]
fn a_revised_copy_of_a_sheet_in_one_workbook() {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Contoh", "--tahun", "2025"])
        .assert()
        .success();
    support::variants::sheet_copy(&dir.path().join("lra.xlsx")).unwrap();
    let err = import_at(dir.path(), JAN, &["lra.xlsx"]);
    let (old, new) = (
        doc_id(dir.path(), "lra.xlsx", "Realisasi"),
        doc_id(dir.path(), "lra.xlsx", "Realisasi (2)"),
    );
    // All five uraian are in both sheets: 5 of 5.
    assert_eq!(
        err,
        format!(
            "warning: sheets 'Realisasi' and 'Realisasi (2)' of lra.xlsx look like two versions \
             of one document (5 of 5 items the same): the workspace now holds both, and would add \
             their figures up; keep one: `lakip remove {old}` keeps 'Realisasi (2)', `lakip \
             remove {new}` keeps 'Realisasi' (or import only one sheet: `lakip import lra.xlsx \
             --sheet \"Realisasi (2)\" --replace {old}`) (`lakip check` fails while both are \
             held: duplicate-document)\n"
        )
    );
    let (code, found) = findings(dir.path());
    assert_eq!(code, 1);
    assert_eq!(
        found,
        vec![(
            "duplicate-document".to_string(),
            "error".to_string(),
            "lra.xlsx".to_string()
        )]
    );
    let (_, out, _) = run(dir.path(), &["check"]);
    assert!(
        out.contains("sheets 'Realisasi' and 'Realisasi (2)' of lra.xlsx look like two versions"),
        "{out}"
    );
    let (code, _, err) = run(dir.path(), &["realisasi", "--sumber", "anggaran"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("their figures are not added up"), "{err}");

    // The way the warning gives: the revised sheet only; `Belanja Modal` and the PKs stay.
    import_at(
        dir.path(),
        FEB,
        &["lra.xlsx", "--sheet", "Realisasi (2)", "--replace", &old],
    );
    assert_eq!(findings(dir.path()), (0, vec![]));
    assert_eq!(status(dir.path())["documents"].as_array().unwrap().len(), 4);
    let rows = realisasi(dir.path());
    // Jumlah of `Realisasi (2)` and `Belanja Modal`: pagu 1.500 + 950 = 2.450, realisasi
    // 1.455 + 940 = 2.395, serapan 2.395 ÷ 2.450 = 97,755… → 97,76, sisa 55.
    let total = rows.last().unwrap();
    assert_eq!(
        total,
        &["total", "Jumlah", "2450", "2395", "97.76", "55"].map(str::to_string)
    );
    // Perencanaan once, at the revised 95 of 100.
    let perencanaan: Vec<_> = rows.iter().filter(|r| r[1] == "Perencanaan").collect();
    assert_eq!(perencanaan.len(), 1, "{rows:?}");
    assert_eq!(perencanaan[0][3], "95");
}

/// The ID of the document of `file`'s `sheet`.
fn doc_id(dir: &Path, file: &str, sheet: &str) -> String {
    let status = status(dir);
    let doc = status["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["file"] == file && d["sheet"] == sheet)
        .unwrap_or_else(|| panic!("no {file}:{sheet} in {status}"));
    doc["id"].as_str().unwrap().to_string()
}
