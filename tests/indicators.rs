//! Importing performance tables — PK, the BAB III measurement, RAK — from workbooks that keep
//! the layouts of seeds 001–004: the JSON contract, row accounting, and what was read where.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;
use support::indicator_fixtures as fx;

type Fixture = fn(&Path) -> Result<(), Box<dyn std::error::Error>>;

/// `lakip import --dry-run --format json` of a fixture: the documents.
fn import(fixture: Fixture, name: &str) -> Vec<Value> {
    let dir = tempfile::tempdir().unwrap();
    fixture(&dir.path().join(name)).unwrap();
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .current_dir(dir.path())
        .args(["import", name, "--dry-run", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    json["documents"].as_array().unwrap().clone()
}

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or("")
}

fn rows(doc: &Value, class: &str) -> u64 {
    doc["rows"][class].as_u64().unwrap()
}

/// Every row from the first to the last is counted once, in some class.
fn accounted(doc: &Value, last_row: u64) {
    let total: u64 = doc["rows"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(
        total,
        last_row,
        "{}: every row has a class",
        text(doc, "sheet")
    );
}

#[test]
fn pk_workbook_holds_seven_agreements_with_their_signatories() {
    let docs = import(fx::pk_serang_xlsx, "pk.xlsx");
    let sheets: Vec<&str> = docs.iter().map(|d| text(d, "sheet")).collect();
    assert_eq!(
        sheets,
        [
            "PK Ketua",
            "PK Sekretaris",
            "PK Div Keuangan",
            "PK Div Teknis",
            "PK Div Perencanaan",
            "PK Div Hukum",
            "PK Div Sosdiklih"
        ]
    );
    let counts: Vec<usize> = docs
        .iter()
        .map(|d| d["items"].as_array().unwrap().len())
        .collect();
    assert_eq!(counts, [13, 13, 3, 2, 4, 1, 3]);
    assert!(docs.iter().all(|d| text(d, "kind") == "pk"));
    let ketua = &docs[0];
    let fourth = &ketua["items"][3];
    assert_eq!(text(fourth, "number"), "4");
    assert_eq!(text(fourth, "target"), "95%");
    assert_eq!(text(fourth, "target_cell"), "D10");
    assert!(text(fourth, "indikator").contains("fasilitas Layanan perkantoran"));
    assert_eq!(fourth["location"]["row"], 10);
    // The program budget lines under the table, as exact decimal strings.
    let budgets: Vec<(&str, &str)> = ketua["budgets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (text(b, "program"), text(b, "anggaran")))
        .collect();
    assert_eq!(
        budgets,
        [
            (
                "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
                "10069050000"
            ),
            ("Program Dukungan Manajemen", "2348197000"),
        ]
    );
    accounted(ketua, 28);
}

#[test]
fn pk_sekretaris_parties_and_percent_header() {
    let docs = import(fx::pk_serang_xlsx, "pk.xlsx");
    let sek = &docs[1];
    // `Target (%)` over plain numbers: 100 is 100%.
    assert_eq!(text(&sek["items"][2], "target"), "98%");
    let budgets = sek["budgets"].as_array().unwrap();
    assert_eq!(text(&budgets[0], "anggaran"), "10069050000");
    assert_eq!(text(&budgets[1], "anggaran"), "2348197000");
    let sigs = sek["signatures"].as_array().unwrap();
    let parties: Vec<(&str, &str)> = sigs
        .iter()
        .map(|s| (text(s, "pihak"), text(s, "name")))
        .collect();
    assert_eq!(
        parties,
        [("pertama", "HENDRO SULISTYO"), ("kedua", "ADE JAHRAN")]
    );
    assert_eq!(text(&sigs[0], "nip"), "198210162009021005");
    assert_eq!(text(&sigs[0], "date"), "25 Januari 2023");
    // The duplicate numbering of the Sosdiklih PK is kept as written, for check to report.
    let numbers: Vec<&str> = docs[6]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| text(i, "number"))
        .collect();
    assert_eq!(numbers, ["1", "2", "2"]);
}

#[test]
fn bab3_blocks_each_under_their_sasaran() {
    let docs = import(fx::kinerja_serang_xlsx, "bab3.xlsx");
    let doc = &docs[0];
    assert_eq!(text(doc, "kind"), "kinerja");
    let items = doc["items"].as_array().unwrap();
    assert_eq!(items.len(), 13);
    let s6 = &items[5];
    assert_eq!(text(s6, "number"), "6");
    assert!(text(s6, "sasaran").starts_with("Terlaksananya Penyusunan Peraturan"));
    assert_eq!(text(s6, "target"), "95%");
    assert_eq!(text(s6, "realisasi"), "90", "an exact decimal string");
    assert_eq!(text(s6, "realisasi_written"), "90%");
    assert_eq!(text(s6, "stated_capaian"), "100");
    assert_eq!(text(s6, "stated_capaian_cell"), "D25");
    assert_eq!(rows(doc, "heading"), 13);
    assert_eq!(
        rows(doc, "header"),
        13,
        "the header repeated under every sasaran"
    );
    accounted(doc, 53);
}

#[test]
fn serang_rak_schedule_costs_and_budget_lines() {
    let docs = import(fx::rak_serang_xlsx, "rak.xlsx");
    let doc = &docs[0];
    assert_eq!(text(doc, "kind"), "rak");
    let items = doc["items"].as_array().unwrap();
    assert_eq!(items.len(), 13);
    let jadwal: Vec<&str> = items[6]["jadwal"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert_eq!(jadwal[11], "M1 & M4");
    assert_eq!(items[7]["jadwal"][0], "M1-4");
    assert_eq!(items[7]["jadwal"][3], "-");
    // 291.537.000 + 1.939.087.000 (typed "1,939,087,000") + … + 31.913.000, `-` as none.
    let sum: u64 = items
        .iter()
        .filter_map(|i| i["biaya"].as_str())
        .map(|b| b.parse::<u64>().unwrap())
        .sum();
    assert_eq!(sum, 12_417_247_000);
    assert_eq!(text(&items[1], "biaya"), "1939087000");
    assert_eq!(text(&items[5], "biaya"), "0", "a dash is none");
    assert_eq!(text(&items[0], "target_aksi"), "100%");
    assert!(text(&items[3], "pelaksana").starts_with("Sub. Bag Keuangan"));
    assert_eq!(doc["budgets"].as_array().unwrap().len(), 2);
    assert_eq!(
        rows(doc, "header"),
        9,
        "the header (two rows, and its label row) repeated at three page breaks"
    );
    accounted(doc, 33);
}

#[test]
fn tabanan_continuation_rows_keep_their_sasaran() {
    let docs = import(fx::rak_tabanan_xlsx, "rak.xlsx");
    let first = &docs[0];
    let items = first["items"].as_array().unwrap();
    assert_eq!(items.len(), 5);
    let sasaran1 = "Terwujudnya Sumber Daya Manusia dan Lembaga KPU yang berkualitas";
    for i in &items[..4] {
        assert_eq!(text(i, "sasaran"), sasaran1);
    }
    assert_eq!(text(&items[0], "number"), "1");
    assert!(
        items[1]["number"].is_null(),
        "a continuation row has no number of its own"
    );
    assert_eq!(text(&items[1], "indikator"), "Nilai Akuntabilitas Kinerja");
    assert_eq!(text(&items[1], "target"), "B");
    assert!(
        text(&items[1], "aksi").contains('\n'),
        "multi-line cells stay multi-line"
    );
    assert_eq!(text(&items[0], "biaya"), "2953803000");
    assert_eq!(text(&items[4], "biaya"), "13718210000");
    // The three rows under sasaran 2 that hold only a pelaksana continue its action.
    assert_eq!(rows(first, "continuation"), 3);
    assert_eq!(text(&items[4], "pelaksana").lines().count(), 4);
    let second = &docs[1];
    let targets: Vec<&str> = second["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| text(i, "target"))
        .collect();
    assert!(targets.contains(&"97,5%"));
    assert!(targets.contains(&"10 PPK dan 133 PPS, Pantarh sesuai jumlah TPS"));
}

#[test]
fn pontianak_rak_has_43_actions_whose_costs_add_up() {
    let docs = import(fx::rak_pontianak_xlsx, "rak.xlsx");
    let doc = &docs[0];
    let items = doc["items"].as_array().unwrap();
    assert_eq!(items.len(), 43);
    let numbers: Vec<String> = items
        .iter()
        .map(|i| text(i, "number").to_string())
        .collect();
    assert_eq!(numbers, (1..=43).map(|n| n.to_string()).collect::<Vec<_>>());
    // The 43 costs of seed 003, added up by hand from its text: Rp24.049.833.000.
    let sum: u64 = items
        .iter()
        .map(|i| text(i, "biaya").parse::<u64>().unwrap())
        .sum();
    assert_eq!(sum, 24_049_833_000);
    assert_eq!(text(&items[3], "target"), "12 Bulan/Layanan");
    assert_eq!(text(&doc["signature"], "name"), "SUARDIANA");
    // No month is marked anywhere (the original shades them): said once, not 43 times.
    let schedule: Vec<&Value> = doc["notices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| text(n, "message").contains("no action has a mark"))
        .collect();
    assert_eq!(schedule.len(), 1);
    accounted(doc, 68);
}

#[test]
fn pasaman_barat_reads_what_it_can_and_reports_the_rest_row_by_row() {
    let docs = import(fx::rak_pasaman_xlsx, "rak.xlsx");
    let doc = &docs[0];
    assert_eq!(text(doc, "kind"), "rak");
    assert_eq!(rows(doc, "unrecognised"), 0);
    accounted(doc, 52);
    let items = doc["items"].as_array().unwrap();
    // The first page's ten indikator are read from the column its damaged header still names.
    let first_page: Vec<&str> = items
        .iter()
        .take(10)
        .map(|i| text(i, "indikator"))
        .collect();
    assert_eq!(
        first_page[0],
        "Rencana program dan anggaran disusun secara tepat waktu dan sesuai kebutuhan"
    );
    assert_eq!(
        first_page[9],
        "Persentase rekapitulasi yang diselesaikan tepat waktu"
    );
    // The next page's header names Target and the actions: read there.
    let later = items
        .iter()
        .find(|i| text(i, "indikator").starts_with("Rasio penyelesaian sengketa"))
        .unwrap();
    assert_eq!(text(later, "target"), "1 laporan");
    assert_eq!(
        text(later, "aksi"),
        "Pendampingan hukum untuk peserta pemilu"
    );
    // What no header names is said, row by row, with its cells.
    let unread: Vec<u64> = doc["notices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| text(n, "kind") == "unread-column")
        .map(|n| n["location"]["row"].as_u64().unwrap())
        .collect();
    for row in [6, 7, 8, 9, 10, 31, 33] {
        assert!(unread.contains(&row), "row {row} reported: {unread:?}");
    }
}

/// Runs `lakip import --dry-run` on a one-sheet table: (exit code, stdout, stderr).
fn import_table(rows: &[&[&str]], extra: &[&str]) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    support::fixtures::table_xlsx(&dir.path().join("t.xlsx"), "Tabel", rows).unwrap();
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .current_dir(dir.path())
        .args(["import", "t.xlsx", "--dry-run"])
        .args(extra)
        .output()
        .unwrap();
    let s = |b: &[u8]| String::from_utf8_lossy(b).to_string();
    (out.status.code().unwrap(), s(&out.stdout), s(&out.stderr))
}

#[test]
fn unreadable_cost_names_its_cell_and_stops() {
    let (code, _, err) = import_table(
        &[
            &[
                "No",
                "Sasaran",
                "Indikator",
                "Target",
                "Kegiatan/Aksi",
                "B1",
                "B2",
                "B3",
                "Perkiraan Biaya",
            ],
            &[
                "1",
                "Terwujudnya X",
                "Persentase Y",
                "100%",
                "Menyusun",
                "M1",
                "",
                "",
                "dua juta",
            ],
        ],
        &[],
    );
    assert_eq!(code, 2);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("t.xlsx:'Tabel'!I2") && err.contains("\"dua juta\""),
        "{err}"
    );
}

#[test]
fn unreadable_capaian_names_its_cell_and_stops() {
    let (code, _, err) = import_table(
        &[
            &["Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
            &["Persentase Y", "100%", "90%", "sembilan puluh"],
        ],
        &[],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("'Tabel'!D2") && err.contains("sembilan puluh"),
        "{err}"
    );
}

#[test]
fn kind_is_detected_and_can_be_overridden() {
    let rows: &[&[&str]] = &[
        &["No", "Sasaran", "Indikator Kinerja", "Target"],
        &["1", "Terwujudnya X", "Persentase Y", "100%"],
    ];
    let (code, out, _) = import_table(rows, &[]);
    assert_eq!(code, 0);
    assert!(
        out.contains(": pk (the header has Sasaran/Indikator and Target columns)"),
        "{out}"
    );
    let (code, out, _) = import_table(rows, &["--kind", "kinerja"]);
    assert_eq!(code, 0);
    assert!(out.contains(": kinerja (set with --kind)"), "{out}");
    let (code, _, err) = import_table(rows, &["--kind", "anggaran"]);
    assert_eq!(code, 2, "{err}");
}

/// A second PK under the first one's signature is a document of its own (`PK [2]`), its title
/// the two lines above its header; before, its rows were kept as notes of the first.
#[test]
fn a_second_pk_under_the_signature_is_a_document_of_its_own() {
    let table: &[&[&str]] = &[
        &["No", "Sasaran", "Indikator Kinerja", "Target"],
        &["1", "Terwujudnya X", "Persentase Y", "100%"],
        &[],
        &["", "", "", "Serang, 25 Januari 2023"],
        &["", "", "", "Ketua,"],
        &["", "", "", "ADE JAHRAN"],
        &[],
        &["PERJANJIAN KINERJA TAHUN 2023"],
        &["SEKRETARIS"],
        &["No", "Sasaran", "Indikator Kinerja", "Target"],
        &["1", "Terwujudnya Z", "Persentase W", "95%"],
    ];
    let dir = tempfile::tempdir().unwrap();
    support::fixtures::table_xlsx(&dir.path().join("t.xlsx"), "PK", table).unwrap();
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .current_dir(dir.path())
        .args(["import", "t.xlsx", "--dry-run", "--format", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = json["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    let (first, second) = (&docs[0], &docs[1]);
    assert_eq!(
        (text(first, "sheet"), text(second, "sheet")),
        ("PK", "PK [2]")
    );
    assert_eq!(first["items"].as_array().unwrap().len(), 1);
    assert_eq!(text(&first["signature"], "name"), "ADE JAHRAN");
    assert_eq!(
        first["signature"]["jabatan"],
        serde_json::json!(["Ketua"]),
        "the next PK's title is not the signer's office"
    );
    assert_eq!(rows(first, "note"), 0);
    assert_eq!(first["notices"], serde_json::json!([]));
    let items = second["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(text(&items[0], "indikator"), "Persentase W");
    assert_eq!(text(&items[0], "target"), "95%");
    assert_eq!(items[0]["location"]["cell"], "A11");
    assert_eq!(
        second["title"],
        serde_json::json!(["PERJANJIAN KINERJA TAHUN 2023", "SEKRETARIS"])
    );
    // Rows 1-6 are the first's, 7-11 (the blank row 7 included) the second's.
    accounted(first, 6);
    accounted(second, 5);
}

/// `import_table` with `--format json`, which must succeed: the JSON it printed.
fn import_table_json(rows: &[&[&str]]) -> Value {
    let (code, out, err) = import_table(rows, &["--format", "json"]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

/// `count` schedule cells: `✓` at the zero-based months in `ticked`, empty elsewhere.
fn ticks(count: usize, ticked: &[usize]) -> Vec<&'static str> {
    (0..count)
        .map(|m| if ticked.contains(&m) { "✓" } else { "" })
        .collect()
}

#[test]
fn quarterly_schedule_fills_its_three_months() {
    let lead = ["1", "Terwujudnya X", "Persentase Y", "100%", "Menyusun"];
    let json = import_table_json(&[
        &[
            &["No", "Sasaran", "Indikator", "Target", "Kegiatan/Aksi"][..],
            &["TW I", "TW II", "TW III", "TW IV"],
            &["Perkiraan Biaya"],
        ]
        .concat(),
        &[&lead[..], &ticks(4, &[0, 2]), &["1.000.000"]].concat(),
    ]);
    let jadwal: Vec<&str> = json["documents"][0]["items"][0]["jadwal"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert_eq!(
        jadwal,
        ["✓", "✓", "✓", "", "", "", "✓", "✓", "✓", "", "", ""]
    );
}

#[test]
fn headers_a_second_reading_found() {
    // `Realisasi (%)` beside `Capaian`.
    let json = import_table_json(&[
        &["Indikator Kinerja", "Target", "Realisasi (%)", "Capaian"],
        &["Persentase Y", "100%", "90", "90"],
    ]);
    assert_eq!(text(&json["documents"][0], "kind"), "kinerja");
    assert_eq!(
        text(&json["documents"][0]["items"][0], "realisasi_written"),
        "90%"
    );
    let heading = ["No", "Sasaran", "Indikator", "Target"];
    let lead = ["1", "S", "Persentase Y", "100%"];
    // Months as English abbreviations, and Indonesian `Agt`, `Nop`.
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Agt", "Sep", "Oct", "Nop", "Dec",
    ];
    let json = import_table_json(&[
        &[&heading[..], &months, &["Perkiraan Biaya"]].concat(),
        &[&lead[..], &ticks(12, &[7, 10]), &["1.000.000"]].concat(),
    ]);
    let doc = &json["documents"][0];
    assert_eq!(text(doc, "kind"), "rak");
    assert_eq!(doc["items"][0]["jadwal"][7], "✓");
    assert_eq!(doc["items"][0]["jadwal"][10], "✓");
    // Months numbered 1…12 under a `Bulan` group title.
    let numbers = [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
    ];
    let json = import_table_json(&[
        &[&heading[..], &["Bulan"], &[""; 11], &["Pelaksana"]].concat(),
        &[&[""; 4][..], &numbers, &[""]].concat(),
        &[&lead[..], &ticks(12, &[0]), &["Subbag"]].concat(),
    ]);
    let doc = &json["documents"][0];
    assert_eq!(text(doc, "kind"), "rak");
    assert_eq!(doc["items"][0]["jadwal"][0], "✓");
    assert_eq!(text(&doc["items"][0], "pelaksana"), "Subbag");
    // A RAK without month columns is a RAK, not a PK with an extra column.
    let (code, out, _) = import_table(
        &[
            &[
                "No",
                "Sasaran",
                "Indikator",
                "Target",
                "Kegiatan",
                "Perkiraan Biaya",
            ],
            &["1", "S", "Persentase Y", "100%", "Menyusun", "1.000.000"],
        ],
        &[],
    );
    assert_eq!(code, 0);
    assert!(out.contains(": rak ("), "{out}");
}

#[test]
fn pk_budget_lines_in_one_cell_or_unreadable() {
    let json = import_table_json(&[
        &["No", "Sasaran", "Indikator Kinerja", "Target"],
        &["1", "Terwujudnya X", "Persentase Y", "100%"],
        &[],
        &["1. Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi Rp. 10.069.050.000,-"],
    ]);
    let budget = &json["documents"][0]["budgets"][0];
    assert_eq!(
        text(budget, "program"),
        "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi"
    );
    assert_eq!(text(budget, "anggaran"), "10069050000");
    let (code, _, err) = import_table(
        &[
            &["No", "Sasaran", "Indikator Kinerja", "Target"],
            &["1", "Terwujudnya X", "Persentase Y", "100%"],
            &[],
            &["1. Penyelenggaraan Pemilu", "", "Rp.", "10.069.O50.000,-"],
        ],
        &[],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("'Tabel'!D4") && err.contains("10.069.O50.000"),
        "{err}"
    );
}

#[test]
fn an_unknown_polaritas_is_said() {
    let (code, out, _) = import_table(
        &[
            &[
                "Indikator Kinerja",
                "Target",
                "Realisasi",
                "Capaian",
                "Polaritas",
            ],
            &["Jumlah pelanggaran", "10", "8", "120", "menurun"],
            &["Jumlah aduan", "10", "8", "80", "bogus"],
        ],
        &[],
    );
    assert_eq!(code, 0);
    assert!(
        out.contains("polaritas 'bogus' is not naik, turun or sama"),
        "{out}"
    );
    assert!(!out.contains("'menurun'"), "{out}");
}
