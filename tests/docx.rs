//! A Perjanjian Kinerja typed in Word (.docx): the real PK 2026 of BPBD Kabupaten Boyolali read
//! as it is, and fixtures written by `support::docx` for merged cells, a budget total that does
//! not add up, targets with units, a table lakip does not know, and files it cannot read.
//! Every expected value is read off the document by hand.

mod support;

use assert_cmd::Command;
use lakip::compute::target::{parse as target, Target};
use rust_decimal::Decimal;
use serde_json::Value;
use std::path::{Path, PathBuf};
use support::docx::{down_from, merged, para, row, table, tc, wide, write, Block};

fn real_pk() -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/real/pk-docx/perjanjian-kinerja-eselon-ii-2026.docx");
    assert!(
        path.exists(),
        "{} is missing: the real files must be beside the clone",
        path.display()
    );
    path
}

fn lakip(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en");
    cmd.current_dir(dir);
    cmd
}

/// `lakip import --dry-run --format json` of a file in `dir`: its one document.
fn import_json(dir: &Path, name: &str) -> Value {
    let out = lakip(dir)
        .args(["import", name, "--dry-run", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = json["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 1, "one PK per document");
    docs[0].clone()
}

/// The real file copied into a temporary folder as `pk.docx`.
fn real_in_tempdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(real_pk(), dir.path().join("pk.docx")).unwrap();
    dir
}

fn texts(items: &Value, key: &str) -> Vec<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i[key].as_str().unwrap_or("").to_string())
        .collect()
}

const SASARAN_1: &str =
    "Meningkatkan kapasitas kelembagaan dan masyarakat dalam penanggulangan bencana daerah";
// As typed, with two spaces twice.
const SASARAN_2: &str = "Meningkatnya akuntabilitas kinerja Badan Penanggulangan  Bencana  Daerah";

#[test]
fn the_real_pk_reads_its_sasaran_indikator_and_targets() {
    let dir = real_in_tempdir();
    let doc = import_json(dir.path(), "pk.docx");
    assert_eq!(doc["kind"], "pk");
    // The paragraphs right above table 2 (the Lampiran) are its title.
    assert_eq!(
        doc["title"],
        serde_json::json!([
            "LAMPIRAN",
            "PERJANJIAN KINERJA BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN BOYOLALI TAHUN 2026"
        ])
    );
    // Table 2: NO | TUJUAN/SASARAN STRATEGIS | INDIKATOR KINERJA UTAMA | TARGET, then the
    // numbering row 1 2 3 4, then four rows; sasaran 1 is written once over three indikator.
    let items = &doc["items"];
    assert_eq!(texts(items, "number"), ["1", "", "", "2"]);
    assert_eq!(
        texts(items, "sasaran"),
        [SASARAN_1, SASARAN_1, SASARAN_1, SASARAN_2]
    );
    assert_eq!(
        texts(items, "indikator"),
        [
            "Indeks Ketahanan Daerah",
            "Indeks Kesiapsiagaan Masyarakat",
            "Indeks Pencapaian Standar Pelayanan Minimal Suburusan Bencana",
            "Nilai SAKIP BPBD",
        ]
    );
    let targets = texts(items, "target");
    assert_eq!(
        targets,
        ["0,9 Angka", "0,48 Angka", "100,00 Persen", "75,35 Angka"]
    );
    // Value and unit in one cell: `Persen` is a percentage, any other unit a count.
    let count = |v: &str, unit: &str| Target::Count {
        value: v.parse::<Decimal>().unwrap(),
        unit: unit.to_string(),
    };
    let typed: Vec<Target> = targets.iter().map(|t| target(t).unwrap()).collect();
    assert_eq!(
        typed,
        [
            count("0.9", "Angka"),
            count("0.48", "Angka"),
            Target::Percent {
                value: Decimal::ONE_HUNDRED
            },
            count("75.35", "Angka"),
        ]
    );
    // Row 3 of table 2 is the first indikator; its target in the fourth column.
    assert_eq!(items[0]["location"]["place"], "tabel 2, baris 3, kolom 1");
    assert_eq!(items[0]["target_place"], "tabel 2, baris 3, kolom 4");
    assert_eq!(items[3]["target_place"], "tabel 2, baris 6, kolom 4");
}

#[test]
fn the_real_pk_reads_its_program_budgets_total_and_signatures() {
    let dir = real_in_tempdir();
    let doc = import_json(dir.path(), "pk.docx");
    // Table 3: NO | PROGRAM | ANGGARAN | KET.
    let budgets = doc["budgets"].as_array().unwrap();
    let lines: Vec<(&str, &str, &str)> = budgets
        .iter()
        .map(|b| {
            (
                b["number"].as_str().unwrap(),
                b["program"].as_str().unwrap(),
                b["anggaran"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            (
                "1",
                "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
                "5294655000"
            ),
            ("2", "PROGRAM PENANGGULANGAN BENCANA", "827924000"),
        ]
    );
    assert_eq!(budgets[0]["location"]["place"], "tabel 3, baris 2, kolom 1");
    // `TOTAL ANGARAN` (sic) Rp6.122.579.000,00: the total, not a third program.
    let total = &doc["budget_total"];
    assert_eq!(total["program"], "TOTAL ANGARAN");
    assert_eq!(total["anggaran"], "6122579000");
    assert_eq!(total["location"]["place"], "tabel 3, baris 4, kolom 2");
    // Tables 1 and 4 are signature blocks: table 1 names the parties, table 4 repeats them
    // under the Lampiran. SURATNO's rank stands between his name and his NIP.
    let sigs = doc["signatures"].as_array().unwrap();
    let people: Vec<(&str, &str, Option<&str>, Option<&str>)> = sigs
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap(),
                s["pihak"].as_str().unwrap_or("-"),
                s["date"].as_str(),
                s["nip"].as_str(),
            )
        })
        .collect();
    let suratno = "SURATNO, S.H., M.H.";
    let nip = Some("196604301995031002");
    assert_eq!(
        people,
        [
            (suratno, "pertama", Some("Januari 2026"), nip),
            ("AGUS IRAWAN", "kedua", None, None),
            (suratno, "-", Some("Januari 2026"), nip),
            ("AGUS IRAWAN", "-", None, None),
        ]
    );
    assert_eq!(sigs[0]["place"], "Boyolali");
    assert_eq!(sigs[0]["location"]["place"], "tabel 1, baris 1, kolom 2");
    assert_eq!(
        sigs[3]["jabatan"],
        serde_json::json!(["Menyetujui", "BUPATI BOYOLALI"])
    );
}

#[test]
fn the_real_pk_accounts_for_every_row_and_names_table_5() {
    let dir = real_in_tempdir();
    let doc = import_json(dir.path(), "pk.docx");
    // 12 paragraphs of the first page (notes) + table 1 (1 signature row) + 2 title paragraphs
    // + table 2 (header, numbering, 4 items) + table 3 (header, 2 items, 1 total) + table 4
    // (1 signature row) + 1 paragraph titling table 5 + table 5 (2 header rows, numbering,
    // 20 rows) + 5 paragraphs of its signature: 12+1+2+6+4+1+1+23+5 = 55 rows, of which
    // notes: 12 + 1 + 23 + 5 = 41.
    let rows = &doc["rows"];
    let counts: Vec<(&str, u64)> = [
        "title",
        "header",
        "numbering",
        "item",
        "total",
        "signature",
        "note",
        "blank",
        "unrecognised",
    ]
    .iter()
    .map(|k| (*k, rows[*k].as_u64().unwrap()))
    .collect();
    assert_eq!(
        counts,
        [
            ("title", 2),
            ("header", 2),
            ("numbering", 1),
            ("item", 6),
            ("total", 1),
            ("signature", 2),
            ("note", 41),
            ("blank", 0),
            ("unrecognised", 0),
        ]
    );
    // Table 5 is the Rencana Aksi's monthly targets: kept, and said.
    let notices = doc["notices"].as_array().unwrap();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0]["kind"], "second-table");
    assert_eq!(notices[0]["location"]["place"], "tabel 5, baris 1, kolom 1");
    let message = notices[0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("tabel 5 ('RENCANA AKSI ATAS PERJANJIAN KINERJA"),
        "{message}"
    );
}

#[test]
fn import_shows_budget_lines_by_table_and_row() {
    let dir = real_in_tempdir();
    let out = lakip(dir.path())
        .args(["import", "--dry-run", "pk.docx"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for line in [
        "pk.docx: pk (the header has Sasaran/Indikator and Target columns)",
        "anggaran program 1. PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA: Rp5.294.655.000 (tabel 3, baris 2, kolom 1)",
        "anggaran program 2. PROGRAM PENANGGULANGAN BENCANA: Rp827.924.000 (tabel 3, baris 3, kolom 1)",
        // 5.294.655.000 + 827.924.000 = 6.122.579.000
        "anggaran program, jumlah: Rp6.122.579.000",
        "anggaran program, TOTAL ANGARAN as written: Rp6.122.579.000 (tabel 3, baris 4, kolom 2)",
        "rows: 55 = 2 title, 2 header, 1 numbering, 6 item, 1 total, 2 signature, 41 note",
        "signature (pihak pertama): Boyolali, Januari 2026 — SURATNO, S.H., M.H., NIP 196604301995031002",
        "signature (pihak kedua):  — AGUS IRAWAN",
    ] {
        assert!(text.lines().any(|l| l == line), "no line {line:?} in\n{text}");
    }
}

#[test]
fn the_real_pk_is_stored_and_checked_as_a_pk() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path();
    lakip(ws)
        .args([
            "init",
            "--satker",
            "BPBD Kabupaten Boyolali",
            "--tahun",
            "2026",
        ])
        .assert()
        .success();
    std::fs::copy(real_pk(), ws.join("pk.docx")).unwrap();
    lakip(ws).args(["import", "pk.docx"]).assert().success();
    let stored = std::fs::read_to_string(ws.join("data/program_anggaran.csv")).unwrap();
    assert!(stored.contains("TOTAL ANGARAN,6122579000"), "{stored}");
    let documents = std::fs::read_to_string(ws.join("data/documents.csv")).unwrap();
    assert!(documents.contains("pk.docx,dokumen,pk"), "{documents}");
    // The total equals the sum of the lines, so only table 5 (not read) is said.
    let out = lakip(ws)
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(&str, &str)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap(),
                d["location"]["place"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(found, [("not-read", "tabel 5, baris 1, kolom 1")]);
}

/// A PK table whose sasaran is merged down over its indikator (`w:vMerge`), with a title row
/// and a budget line spanning grid columns (`w:gridSpan`), a two-line indikator, and the
/// budget lines with a total that `total` states.
fn merged_pk(path: &Path, total: &str) {
    let blocks = vec![
        para("PERJANJIAN KINERJA TAHUN 2025"),
        table(vec![
            vec![wide("SASARAN DAN INDIKATOR", 4)],
            row(&["No", "Sasaran Strategis", "Indikator Kinerja", "Target"]),
            vec![
                tc("1"),
                down_from("Meningkatnya kualitas layanan"),
                tc("Indeks Kepuasan Masyarakat\n(survei)"),
                tc("85 Indeks"),
            ],
            vec![
                tc(""),
                merged(),
                tc("Persentase layanan tepat waktu"),
                tc("95%"),
            ],
            vec![
                tc(""),
                merged(),
                tc("Jumlah dokumen perencanaan"),
                tc("12 Dokumen"),
            ],
            vec![
                tc("2"),
                tc("Meningkatnya akuntabilitas"),
                tc("Nilai SAKIP"),
                tc("70,5 Nilai"),
            ],
        ]),
        table(vec![
            row(&["No", "Program", "Anggaran", "Ket"]),
            row(&["1.", "Program Pelayanan Publik", "Rp1.000.000,00", ""]),
            vec![
                wide("2. Program Penunjang Urusan", 2),
                tc("Rp2.000.000,00"),
                tc(""),
            ],
            vec![tc(""), tc("TOTAL ANGGARAN"), tc(total), tc("")],
        ]),
        table(vec![vec![
            tc("PIHAK KEDUA,\n\nBUPATI CONTOH"),
            tc("Contoh, 2 Januari 2025\nPIHAK PERTAMA,\n\nBUDI SANTOSO\nNIP. 197001012000031001"),
        ]]),
    ];
    write(path, &blocks).unwrap();
}

#[test]
fn merged_cells_are_read_as_merged_regions() {
    let dir = tempfile::tempdir().unwrap();
    merged_pk(&dir.path().join("merged.docx"), "Rp3.000.000,00");
    let doc = import_json(dir.path(), "merged.docx");
    let items = &doc["items"];
    // The sasaran written once (vMerge restart) is every indikator's under it.
    assert_eq!(
        texts(items, "sasaran"),
        [
            "Meningkatnya kualitas layanan",
            "Meningkatnya kualitas layanan",
            "Meningkatnya kualitas layanan",
            "Meningkatnya akuntabilitas",
        ]
    );
    // A cell of two paragraphs keeps its line break.
    assert_eq!(
        items[0]["indikator"],
        "Indeks Kepuasan Masyarakat\n(survei)"
    );
    assert_eq!(texts(items, "number"), ["1", "", "", "2"]);
    // The title row spanning the table's four columns is the title, not a header.
    assert_eq!(doc["title"][0], "PERJANJIAN KINERJA TAHUN 2025");
    // `2. Program Penunjang Urusan` spans No and Program: read as one budget line.
    let budgets = doc["budgets"].as_array().unwrap();
    assert_eq!(budgets.len(), 2);
    assert_eq!(budgets[1]["number"], "2");
    assert_eq!(budgets[1]["program"], "Program Penunjang Urusan");
    assert_eq!(budgets[1]["anggaran"], "2000000");
    assert_eq!(doc["budget_total"]["anggaran"], "3000000");
    let sig = &doc["signatures"][0];
    assert_eq!(
        (sig["name"].as_str(), sig["pihak"].as_str()),
        (Some("BUDI SANTOSO"), Some("pertama"))
    );
}

#[test]
fn targets_with_units_are_counts_and_persen_a_percentage() {
    let dir = tempfile::tempdir().unwrap();
    merged_pk(&dir.path().join("targets.docx"), "Rp3.000.000,00");
    let doc = import_json(dir.path(), "targets.docx");
    let targets = texts(&doc["items"], "target");
    assert_eq!(targets, ["85 Indeks", "95%", "12 Dokumen", "70,5 Nilai"]);
    let typed: Vec<Target> = targets.iter().map(|t| target(t).unwrap()).collect();
    let count = |v: &str, unit: &str| Target::Count {
        value: v.parse::<Decimal>().unwrap(),
        unit: unit.to_string(),
    };
    assert_eq!(
        typed,
        [
            count("85", "Indeks"),
            Target::Percent {
                value: Decimal::from(95)
            },
            count("12", "Dokumen"),
            count("70.5", "Nilai"),
        ]
    );
}

#[test]
fn a_budget_total_that_does_not_add_up_is_an_error_with_both_numbers() {
    let dir = tempfile::tempdir().unwrap();
    // 1.000.000 + 2.000.000 = 3.000.000, but the total says 3.500.000.
    merged_pk(&dir.path().join("total.docx"), "Rp3.500.000,00");
    let out = lakip(dir.path())
        .args(["check", "total.docx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "an error fails the check");
    let text = String::from_utf8(out.stdout).unwrap();
    let expected = [
        "error[pk-budget-total]: the PK's TOTAL ANGGARAN is Rp3.500.000, but its 2 program lines add up to Rp3.000.000",
        "  --> total.docx: tabel 2, baris 4, kolom 3",
        "   = stated:     Rp3.500.000",
        "   = computed:   Rp3.000.000",
        "   = difference: Rp500.000",
    ];
    for line in expected {
        assert!(
            text.lines().any(|l| l == line),
            "no line {line:?} in\n{text}"
        );
    }
}

#[test]
fn a_table_lakip_does_not_know_is_kept_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let blocks = vec![
        table(vec![
            row(&["No", "Sasaran", "Indikator", "Target"]),
            row(&["1", "Meningkatnya layanan", "Indeks Kepuasan", "85 Indeks"]),
        ]),
        para("Catatan:"),
        table(vec![
            row(&["Uraian kegiatan", "Keterangan"]),
            row(&["Rapat koordinasi", "triwulan"]),
        ]),
    ];
    write(&dir.path().join("other.docx"), &blocks).unwrap();
    let doc = import_json(dir.path(), "other.docx");
    assert_eq!(texts(&doc["items"], "indikator"), ["Indeks Kepuasan"]);
    let notices = doc["notices"].as_array().unwrap();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0]["kind"], "second-table");
    assert_eq!(notices[0]["location"]["place"], "tabel 2, baris 1, kolom 1");
    assert_eq!(
        notices[0]["message"],
        "tabel 2 ('Uraian kegiatan') is not read: its first row is no header, numbered row, \
         budget line or signature of the table above, and no table lakip knows"
    );
    // The paragraph between is a note, the two rows of table 2 are notes: 5 rows in all.
    assert_eq!(doc["rows"]["note"], 3);
    assert_eq!(doc["rows"]["item"], 1);
}

/// `lakip import --dry-run FILE` of a file lakip cannot read: exit 2 and one line.
fn refused(name: &str, make: impl FnOnce(&Path)) -> String {
    let dir = tempfile::tempdir().unwrap();
    make(&dir.path().join(name));
    let out = lakip(dir.path())
        .args(["import", "--dry-run", name])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    stderr
}

fn only(blocks: Vec<Block>) -> impl FnOnce(&Path) {
    move |path| write(path, &blocks).unwrap()
}

#[test]
fn documents_lakip_cannot_read_are_one_line_errors() {
    let no_table = refused("surat.docx", only(vec![para("Dengan hormat,")]));
    assert!(
        no_table.contains("surat.docx: the Word document has no table"),
        "{no_table}"
    );
    let unknown = refused(
        "daftar.docx",
        only(vec![table(vec![
            row(&["Nama", "Alamat"]),
            row(&["Budi", "Jalan Merdeka"]),
        ])]),
    );
    assert!(
        unknown.contains("daftar.docx: nothing to import: no table lakip knows (tabel 1: no recognisable column header"),
        "{unknown}"
    );
    let truncated = refused("rusak.docx", |path| {
        merged_pk(path, "Rp3.000.000,00");
        let bytes = std::fs::read(path).unwrap();
        std::fs::write(path, &bytes[..bytes.len() / 2]).unwrap();
    });
    assert!(
        truncated.contains("rusak.docx: the Word document is damaged or truncated"),
        "{truncated}"
    );
    let locked = refused("terkunci.docx", |path| {
        support::fixtures::password_protected_xlsx(path).unwrap()
    });
    assert!(
        locked.contains("terkunci.docx: the Word document is password-protected"),
        "{locked}"
    );
    let renamed = refused("pk.xlsx", |path| merged_pk(path, "Rp3.000.000,00"));
    assert!(
        renamed.contains("pk.xlsx: a Word document under another name; rename it to .docx"),
        "{renamed}"
    );
}

#[test]
fn a_table_split_over_word_tables_is_read_as_one() {
    // Word splits a long table at a page: the header repeated in the second part, or a third
    // part that only goes on numbering.
    let dir = tempfile::tempdir().unwrap();
    let header = row(&["No", "Sasaran", "Indikator", "Target"]);
    let blocks = vec![
        para("PERJANJIAN KINERJA TAHUN 2025"),
        table(vec![
            header.clone(),
            row(&["1", "S1", "I1", "85 Indeks"]),
            row(&["2", "S2", "I2", "90%"]),
        ]),
        table(vec![header, row(&["3", "S3", "I3", "12 Dokumen"])]),
        table(vec![row(&["4", "S4", "I4", "1 Laporan"])]),
    ];
    write(&dir.path().join("split.docx"), &blocks).unwrap();
    let doc = import_json(dir.path(), "split.docx");
    assert_eq!(texts(&doc["items"], "number"), ["1", "2", "3", "4"]);
    assert_eq!(
        doc["items"][3]["location"]["place"],
        "tabel 3, baris 1, kolom 1"
    );
    assert!(doc["notices"].as_array().unwrap().is_empty());
    // 1 title + 2 headers + 4 items.
    assert_eq!(
        (doc["rows"]["header"].as_u64(), doc["rows"]["item"].as_u64()),
        (Some(2), Some(4))
    );
}
