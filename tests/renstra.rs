//! The Renstra table (kind `renstra`): seed 001's Tabel 2.1 over the plan's five years, the
//! years under a merged `Target` title with a Satuan and a baseline, an empty year; and the
//! recognition both ways — a Renstra header is never another kind's, and no other kind's
//! header (the seeds' included) is a Renstra's.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;
use support::{fixtures, indicator_fixtures as ifx, renstra_fixtures as fx};

type Fixture = fn(&Path) -> Result<(), Box<dyn std::error::Error>>;

fn lakip(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en");
    cmd.current_dir(dir);
    cmd
}

/// `lakip import --dry-run` of a fixture, as JSON (the documents) and as text.
fn import(fixture: Fixture, name: &str) -> (Vec<Value>, String) {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    fixture(&dir.join(name)).unwrap();
    let run = |extra: &[&str]| {
        let out = lakip(dir)
            .args(["import", "--dry-run", name])
            .args(extra)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let json: Value = serde_json::from_str(&run(&["--format", "json"])).unwrap();
    (json["documents"].as_array().unwrap().clone(), run(&[]))
}

/// An item's targets as (tahun or `akhir`, target or `-` for none, cell).
fn targets(item: &Value) -> Vec<(String, String, String)> {
    item["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let tahun = match &t["tahun"] {
                Value::Number(n) => n.to_string(),
                _ => "akhir".to_string(),
            };
            let target = t["target"].as_str().unwrap_or("-").to_string();
            (tahun, target, t["cell"].as_str().unwrap().to_string())
        })
        .collect()
}

fn triples(expected: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

// ---- the three layouts, read by hand ---------------------------------------------------------

/// Tabel 2.1 of seed 001: `No | Sasaran/Indikator Kinerja | Target (%)` over the years 2020 …
/// 2024 (numbers). Each numbered row is a sasaran line, the row under it its indikator with
/// the targets; a bare number under `Target (%)` is a percentage.
#[test]
fn seed_001_tabel_2_1_is_read_year_by_year() {
    let (docs, text) = import(fx::renstra_serang_xlsx, "tabel-2.1.xlsx");
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["kind"], "renstra");
    assert_eq!(doc["sheet"], "Tabel 2.1");
    // 22 rows: titles 1–2, blank 3, header 4–5 (the years under `Target (%)`), sasaran lines
    // 6, 8, 10, 12, 14, 16, 19, 21, indikator 7, 9, 11, 13, 15, 18, 20, 22, the seed's blank 17.
    assert!(
        text.contains("rows: 22 = 2 title, 2 header, 8 heading, 8 item, 2 blank"),
        "{text}"
    );
    let items = doc["items"].as_array().unwrap();
    assert_eq!(items.len(), 8);
    // Sasaran 8 and its indikator, row 22; the seed's 2023 figure is 90 (F22).
    let last = &items[7];
    assert_eq!(last["number"], "8");
    assert_eq!(
        last["sasaran"],
        "Terwujudnya Reformasi Birokrasi di KPU Kota Serang"
    );
    assert_eq!(
        last["indikator"],
        "Persentase KPU Kota Serang mendapatkan nilai minimal B untuk penilaian mandiri RB"
    );
    assert_eq!(last["location"]["row"], 22);
    assert_eq!(
        targets(last),
        triples(&[
            ("2020", "80%", "C22"),
            ("2021", "85%", "D22"),
            ("2022", "85%", "E22"),
            ("2023", "90%", "F22"),
            ("2024", "95%", "G22"),
        ])
    );
    // Sasaran 6's indikator comes after the blank row 17, in row 18; seed: 95 in 2023.
    let sixth = &items[5];
    assert_eq!(sixth["number"], "6");
    assert_eq!(
        sixth["sasaran"],
        "Terlaksananya pengelolaan dan pelayanan informasi hukum"
    );
    assert_eq!(
        targets(sixth)[3],
        ("2023".into(), "95%".into(), "F18".into())
    );
    // A plan has no target of its own, and nothing was left unread.
    assert!(items.iter().all(|i| i["target"].is_null()));
    assert_eq!(doc["notices"].as_array().unwrap().len(), 0, "{text}");
    assert!(text.contains("│ No ┆ Sasaran"), "{text}");
    assert!(
        text.contains("┆ 2020 ┆ 2021 ┆ 2022 ┆ 2023 ┆ 2024 │"),
        "{text}"
    );
}

/// `Tahun 2020 … Tahun 2024` under a merged `Target`, with `Satuan` and `Baseline (2019)`:
/// a bare number in the unit `%` is a percentage; counts and grades stay as written.
#[test]
fn years_under_a_merged_target_title_with_satuan_and_baseline() {
    let (docs, text) = import(fx::renstra_tahun_xlsx, "renstra.xlsx");
    let doc = &docs[0];
    assert_eq!(doc["kind"], "renstra");
    // Title 1, header 2–3, the three indikator 4–6.
    assert!(
        text.contains("rows: 6 = 1 title, 2 header, 3 item"),
        "{text}"
    );
    let items = doc["items"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    let first = &items[0];
    assert_eq!(first["number"], "1");
    assert_eq!(first["satuan"], "%");
    assert_eq!(first["baseline"], "72%");
    assert_eq!(first["baseline_cell"], "E4");
    assert_eq!(
        targets(first),
        triples(&[
            ("2020", "75%", "F4"),
            ("2021", "76%", "G4"),
            ("2022", "77%", "H4"),
            ("2023", "78%", "I4"),
            ("2024", "80%", "J4"),
        ])
    );
    // Row 5 is under the sasaran merged B4:B5.
    let second = &items[1];
    assert_eq!(
        second["sasaran"],
        "Meningkatnya kualitas penyelenggaraan Pemilu"
    );
    assert_eq!(second["satuan"], "Laporan");
    // A bare number takes the row's Satuan, as a PK's `12 Laporan` is written.
    assert_eq!(second["baseline"], "10 Laporan");
    assert_eq!(
        targets(second)[4],
        ("2024".into(), "12 Laporan".into(), "J5".into())
    );
    let third = &items[2];
    assert_eq!(third["baseline"], "WDP");
    assert_eq!(
        targets(third)[0],
        ("2020".into(), "WTP".into(), "F6".into())
    );
    // The view's header: the satuan, the baseline and the five years, in that order.
    let header: Vec<&str> = text
        .lines()
        .find(|l| l.contains("┆ Satuan"))
        .unwrap_or_default()
        .split(['┆', '│'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        header[3..],
        ["Satuan", "Baseline", "2020", "2021", "2022", "2023", "2024"],
        "{text}"
    );
}

/// One header row with the years as numbers and `Kondisi Akhir`; F3 (the second indikator's
/// 2022) is empty: said at its cell, kept empty, never 0.
#[test]
fn an_empty_year_is_reported_never_zero() {
    let (docs, text) = import(fx::renstra_akhir_xlsx, "renstra.xlsx");
    let doc = &docs[0];
    assert_eq!(doc["kind"], "renstra");
    assert!(text.contains("rows: 4 = 1 header, 3 item"), "{text}");
    let second = &doc["items"][1];
    assert_eq!(
        targets(second),
        triples(&[
            ("2020", "80", "D3"),
            ("2021", "85", "E3"),
            ("2022", "-", "F3"),
            ("2023", "90", "G3"),
            ("2024", "95", "H3"),
            ("akhir", "95", "I3"),
        ])
    );
    assert!(second["targets"][2]["target"].is_null());
    let notices = doc["notices"].as_array().unwrap();
    assert_eq!(notices.len(), 1, "{text}");
    assert_eq!(notices[0]["kind"], "missing");
    assert_eq!(notices[0]["location"]["cell"], "F3");
    assert!(
        text.contains("row 3: no target for 2022 (F3 is empty); kept empty, not read as 0"),
        "{text}"
    );
    // The view says so too, with the end of the period as its own column.
    assert!(text.contains("┆ (empty) ┆"), "{text}");
    assert!(text.contains("┆ 2024 ┆ Akhir │"), "{text}");
    // Grades are kept as written.
    assert_eq!(targets(&doc["items"][2])[2].1, "BB");
}

/// Seed 001's Tabel 2.1 layout without merges, over two pages: the header repeated in rows
/// 6–7, and a sasaran line with no indikator under it in row 10.
const PAGE_BREAK: &[&[&str]] = &[
    &["Tabel 2.1 Sasaran Strategis"],
    &["No", "Sasaran/Indikator Kinerja", "Target (%)"],
    &["", "", "2020", "2021", "2022"],
    &["1", "Terwujudnya laporan"],
    &["", "Persentase laporan keuangan", "90", "95", "100"],
    &["No", "Sasaran/Indikator Kinerja", "Target (%)"],
    &["", "", "2020", "2021", "2022"],
    &["2", "Terwujudnya data"],
    &["", "Persentase data pemilih", "90", "", "100"],
    &["3", "Terwujudnya sesuatu tanpa indikator"],
];

/// The header repeated at a page break (rows 6–7) is a header again; `Target (%)` stands over
/// the first year only (no merge) and still names the three; a sasaran line with no
/// indikator under it (row 10) is said.
#[test]
fn a_repeated_header_and_a_sasaran_without_indikator() {
    let (docs, text) = import(|p| fixtures::table_xlsx(p, "Tabel", PAGE_BREAK), "t.xlsx");
    // Title 1; header 2–3 and 6–7; sasaran lines 4, 8, 10; indikator 5, 9.
    assert!(
        text.contains("rows: 10 = 1 title, 4 header, 3 heading, 2 item"),
        "{text}"
    );
    let items = docs[0]["items"].as_array().unwrap();
    assert_eq!(
        targets(&items[0]),
        triples(&[
            ("2020", "90%", "C5"),
            ("2021", "95%", "D5"),
            ("2022", "100%", "E5")
        ])
    );
    assert_eq!(items[1]["sasaran"], "Terwujudnya data");
    assert!(
        text.contains("row 9: no target for 2021 (D9 is empty); kept empty, not read as 0"),
        "{text}"
    );
    assert!(
        text.contains("the sasaran 'Terwujudnya sesuatu tanpa indikator' in row 10 has no indikator row under it"),
        "{text}"
    );
}

// ---- recognition, both ways --------------------------------------------------------------

/// The kind `lakip import` recognises in a one-sheet workbook of `rows`, or why it skips it.
fn kind_of(rows: &[&[&str]]) -> String {
    let dir = tempfile::tempdir().unwrap();
    fixtures::table_xlsx(&dir.path().join("t.xlsx"), "Tabel", rows).unwrap();
    let out = lakip(dir.path())
        .args(["import", "--dry-run", "--format", "json", "t.xlsx"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    match json["documents"][0]["kind"].as_str() {
        Some(kind) => kind.to_string(),
        None => format!("skipped: {}", String::from_utf8_lossy(&out.stdout)),
    }
}

const IND: &str = "Persentase laporan keuangan yang disusun tepat waktu";

#[test]
fn renstra_headers_are_renstra() {
    let cases: [(&[&str], &[&str]); 4] = [
        (
            &[
                "No",
                "Sasaran",
                "Indikator Kinerja",
                "2020",
                "2021",
                "2022",
                "2023",
                "2024",
            ],
            &[
                "1",
                "Terwujudnya laporan",
                IND,
                "80",
                "85",
                "90",
                "95",
                "100",
            ],
        ),
        (
            &[
                "No",
                "Sasaran",
                "Indikator",
                "Target 2021",
                "Target 2022",
                "Target 2023",
            ],
            &["1", "Terwujudnya laporan", IND, "90%", "95%", "100%"],
        ),
        (
            &[
                "Sasaran Strategis",
                "Indikator Kinerja",
                "Kondisi Awal",
                "Tahun 2021",
                "Tahun 2022",
                "Target Akhir Renstra",
            ],
            &["Terwujudnya laporan", IND, "90", "95", "100", "100"],
        ),
        (
            &["Indikator Kinerja", "Satuan", "Th. 2023", "Th. 2024"],
            &[IND, "Persen", "95", "100"],
        ),
    ];
    for (header, row) in cases {
        assert_eq!(kind_of(&[header, row]), "renstra", "{header:?}");
    }
}

/// Headers of the other kinds that name a year, or two, are still theirs: one year is no
/// period, and realisasi, capaian, money or months beside the years make another table.
#[test]
fn other_headers_with_years_are_not_renstra() {
    let cases: [(&[&str], &[&str], &str); 6] = [
        (
            &["No", "Sasaran", "Indikator Kinerja", "Target 2023"],
            &["1", "Terwujudnya laporan", IND, "100%"],
            "pk",
        ),
        (
            &[
                "Indikator Kinerja",
                "Realisasi 2022",
                "Target 2023",
                "Realisasi 2023",
                "Capaian (%)",
            ],
            &[IND, "90%", "100%", "100%", "100"],
            "kinerja",
        ),
        (
            &[
                "Indikator Kinerja",
                "Target 2023",
                "Target 2024",
                "Realisasi",
                "Capaian (%)",
            ],
            &[IND, "100%", "100%", "100%", "100"],
            "kinerja",
        ),
        (
            &[
                "No",
                "Sasaran",
                "Indikator",
                "Target",
                "Kegiatan/Aksi",
                "B1",
                "B2",
                "B3",
                "2023",
                "2024",
            ],
            &[
                "1",
                "Terwujudnya laporan",
                IND,
                "100%",
                "Menyusun",
                "v",
                "v",
                "",
                "x",
                "x",
            ],
            "rak",
        ),
        (
            &["Uraian", "Pagu 2023", "Realisasi 2023", "%"],
            &["Belanja Barang", "1000000", "900000", "90"],
            "anggaran",
        ),
        (
            &["No", "Program", "Tahun 2023", "Tahun 2024", "Anggaran"],
            &["1", "Program Dukungan Manajemen", "x", "x", "1000000"],
            "rkt",
        ),
    ];
    for (header, row, kind) in cases {
        assert_eq!(kind_of(&[header, row]), kind, "{header:?}");
    }
}

/// A plan's target columns beside a realisasi are a measurement over years, not a plan: no
/// renstra, whatever else it makes.
#[test]
fn years_beside_realisasi_make_no_renstra() {
    let header: &[&str] = &[
        "Sasaran",
        "Indikator Kinerja",
        "2021",
        "2022",
        "2023",
        "Realisasi",
    ];
    let row: &[&str] = &["Terwujudnya laporan", IND, "90", "95", "100", "100"];
    assert_ne!(kind_of(&[header, row]), "renstra");
}

/// `Tahun 2019` left of `Target 2020 … 2024`: the year its name does not call a target is the
/// baseline, not a sixth year of the plan.
#[test]
fn a_year_left_of_the_targets_is_the_baseline() {
    let dir = tempfile::tempdir().unwrap();
    let header: &[&str] = &[
        "No",
        "Sasaran",
        "Indikator",
        "Tahun 2019",
        "Target 2020",
        "Target 2021",
        "Target 2022",
    ];
    let row: &[&str] = &["1", "Terwujudnya laporan", IND, "70", "80", "90", "100"];
    fixtures::table_xlsx(&dir.path().join("t.xlsx"), "Tabel", &[header, row]).unwrap();
    let out = lakip(dir.path())
        .args(["import", "--dry-run", "--format", "json", "t.xlsx"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let item = &json["documents"][0]["items"][0];
    assert_eq!(item["baseline"], "70");
    assert_eq!(item["baseline_cell"], "D2");
    let years: Vec<String> = targets(item).into_iter().map(|t| t.0).collect();
    assert_eq!(years, ["2020", "2021", "2022"]);
}

/// `--kind renstra` on a header without years is refused, naming what is missing.
#[test]
fn a_renstra_needs_its_years() {
    let dir = tempfile::tempdir().unwrap();
    let rows: &[&[&str]] = &[
        &["No", "Sasaran", "Indikator Kinerja", "Target"],
        &["1", "Terwujudnya laporan", IND, "100%"],
    ];
    fixtures::table_xlsx(&dir.path().join("pk.xlsx"), "Tabel", rows).unwrap();
    let out = lakip(dir.path())
        .args(["import", "--dry-run", "--kind", "renstra", "pk.xlsx"])
        .output()
        .unwrap();
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("a renstra table needs a target column for each of two or more years"),
        "{said}"
    );
}

/// Every sheet of the seeds' fixtures keeps its kind: none is taken for a Renstra.
#[test]
fn the_seed_fixtures_keep_their_kinds() {
    let cases: [(Fixture, &str, &str); 9] = [
        (fixtures::rkt_serang_xlsx, "rkt.xlsx", "rkt"),
        (fixtures::rkt_serang_csv, "rkt.csv", "rkt"),
        (fixtures::anggaran_serang_xlsx, "tabel31.xlsx", "anggaran"),
        (fixtures::coded_anggaran_xlsx, "coded.xlsx", "anggaran"),
        (ifx::pk_serang_xlsx, "pk.xlsx", "pk"),
        (ifx::kinerja_serang_xlsx, "bab3.xlsx", "kinerja"),
        (ifx::rak_serang_xlsx, "rak.xlsx", "rak"),
        (ifx::rak_tabanan_xlsx, "tabanan.xlsx", "rak"),
        (ifx::rak_pontianak_xlsx, "pontianak.xlsx", "rak"),
    ];
    for (fixture, name, kind) in cases {
        let (docs, _) = import(fixture, name);
        assert!(!docs.is_empty(), "{name}");
        for doc in &docs {
            assert_eq!(doc["kind"], kind, "{name}:{}", doc["sheet"]);
        }
    }
}
