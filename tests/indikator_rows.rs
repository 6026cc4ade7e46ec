//! Rows of a BAB III that hold text and no figure: an indikator's or a sasaran's text typed on
//! into the next row, a sasaran on a row of its own (or merged across the Indikator column).
//! Each was once read as an indikator measuring nothing — the count of indikator wrong, a
//! text cut in two — while `check` said ok. The tables are written by
//! `tests/support/performance_variants.rs::kinerja_rows`; what they hold is worked out below.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;
use support::performance_variants::{kinerja_rows, MergedAcross, SASARAN, V};

fn lakip(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    (out.status.code().unwrap_or(-1), text)
}

/// The BAB III of `rows` imported (`--dry-run --format json`) and checked: its document and
/// `check`'s output.
fn read(rows: &[Vec<V>], across: &[MergedAcross]) -> (Value, String) {
    let dir = tempfile::tempdir().unwrap();
    kinerja_rows(&dir.path().join("bab3.xlsx"), rows, across).unwrap();
    let (rc, out) = lakip(
        dir.path(),
        &["import", "bab3.xlsx", "--dry-run", "--format", "json"],
    );
    assert_eq!(rc, 0, "{out}");
    let json: Value = serde_json::from_str(&out).unwrap();
    let (_, checked) = lakip(dir.path(), &["check", "bab3.xlsx"]);
    (json["documents"][0].clone(), checked)
}

fn column<'a>(doc: &'a Value, key: &str) -> Vec<&'a str> {
    doc["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i[key].as_str().unwrap_or(""))
        .collect()
}

fn notices<'a>(doc: &'a Value, kind: &str) -> Vec<&'a str> {
    doc["notices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == kind)
        .map(|n| n["message"].as_str().unwrap_or(""))
        .collect()
}

/// `No | Sasaran | Indikator | Target | Realisasi | Capaian`, a row with figures.
fn measured(
    no: Option<f64>,
    sasaran: Option<&'static str>,
    indikator: &'static str,
    trc: [f64; 3],
) -> Vec<V> {
    vec![
        no.map_or(V::E, V::N),
        sasaran.map_or(V::E, V::T),
        V::T(indikator),
        V::N(trc[0]),
        V::N(trc[1]),
        V::N(trc[2]),
    ]
}

/// A row of text alone in the Sasaran and Indikator columns.
fn text_alone(sasaran: Option<&'static str>, indikator: Option<&'static str>) -> Vec<V> {
    vec![
        V::E,
        sasaran.map_or(V::E, V::T),
        indikator.map_or(V::E, V::T),
    ]
}

const CHECKED_OK: &str = "ok: 0 errors, 0 warnings in 1 document checked";

#[test]
fn texts_typed_on_into_the_next_row_are_the_rest_of_the_indikator_and_sasaran_above() {
    // Rows 3–8. Row 4 carries row 3's indikator on (lower case); row 7 carries row 6's
    // sasaran on (lower case) and its indikator (which ends on `dalam`, a joining word).
    let rows = vec![
        measured(
            Some(1.0),
            Some(SASARAN[0]),
            "Persentase data pemilih",
            [100.0, 100.0, 100.0],
        ),
        text_alone(None, Some("mutakhir")),
        measured(
            None,
            None,
            "Persentase keluhan yang ditindaklanjuti",
            [95.0, 90.0, 94.74],
        ),
        measured(
            Some(2.0),
            Some("Meningkatnya partisipasi"),
            "Persentase partisipasi pemilih dalam",
            [77.5, 80.0, 103.23],
        ),
        text_alone(Some("masyarakat dalam Pemilu"), Some("Pemilu")),
        measured(None, None, "Jumlah laporan kinerja", [12.0, 12.0, 100.0]),
    ];
    let (doc, checked) = read(&rows, &[]);
    assert_eq!(
        column(&doc, "indikator"),
        [
            "Persentase data pemilih mutakhir",
            "Persentase keluhan yang ditindaklanjuti",
            "Persentase partisipasi pemilih dalam Pemilu",
            "Jumlah laporan kinerja",
        ]
    );
    // The whole sasaran, on the row it began on and on the row under that carries it.
    assert_eq!(
        column(&doc, "sasaran"),
        [SASARAN[0], SASARAN[0], SASARAN[1], SASARAN[1]]
    );
    assert_eq!(
        column(&doc, "stated_capaian"),
        ["100", "94.74", "103.23", "100"]
    );
    assert_eq!(
        notices(&doc, "continuation"),
        [
            "row 4 ('mutakhir') has no number and no figures: read as the rest of the text of row 3 above it, not as an indikator of its own",
            "row 7 ('masyarakat dalam Pemilu | Pemilu') has no number and no figures: read as the rest of the text of row 6 above it, not as an indikator of its own",
        ]
    );
    assert!(checked.contains(CHECKED_OK), "{checked}");
}

#[test]
fn a_capitalised_text_alone_under_an_indikator_stays_an_indikator_and_the_doubt_is_said() {
    // `Indeks Kepuasan Layanan` may be an indikator whose figures are missing, or the rest of
    // `Persentase data pemilih mutakhir`: kept as written, and check is unsure.
    let rows = vec![
        measured(
            Some(1.0),
            Some(SASARAN[0]),
            "Persentase data pemilih mutakhir",
            [100.0, 100.0, 100.0],
        ),
        text_alone(None, Some("Indeks Kepuasan Layanan")),
        measured(
            Some(2.0),
            Some(SASARAN[1]),
            "Persentase partisipasi pemilih",
            [77.5, 80.0, 103.23],
        ),
    ];
    let (doc, checked) = read(&rows, &[]);
    assert_eq!(
        column(&doc, "indikator"),
        [
            "Persentase data pemilih mutakhir",
            "Indeks Kepuasan Layanan",
            "Persentase partisipasi pemilih",
        ]
    );
    assert_eq!(
        notices(&doc, "doubt"),
        ["row 4 ('Indeks Kepuasan Layanan') has no number and no figures, right under the indikator of row 3: read as an indikator of its own; if it is the rest of row 3's text, write it in the same cell"]
    );
    assert!(checked.contains("unsure: 0 errors, 1 warning"), "{checked}");
}

#[test]
fn a_sasaran_on_a_row_of_its_own_is_the_sasaran_of_the_rows_under_it() {
    // Row 5 holds only the second sasaran, numbered 2; row 8 only the third, its cell merged
    // across the Indikator column. Four indikator under three sasaran, nothing doubtful.
    let mut merged = text_alone(Some(SASARAN[2]), None);
    merged[0] = V::N(3.0);
    let rows = vec![
        measured(
            Some(1.0),
            Some(SASARAN[0]),
            "Persentase data pemilih mutakhir",
            [100.0, 100.0, 100.0],
        ),
        measured(
            None,
            None,
            "Persentase keluhan yang ditindaklanjuti",
            [95.0, 90.0, 94.74],
        ),
        vec![V::N(2.0), V::T(SASARAN[1])],
        measured(
            None,
            None,
            "Persentase partisipasi pemilih",
            [77.5, 80.0, 103.23],
        ),
        measured(None, None, "Jumlah laporan kinerja", [12.0, 12.0, 100.0]),
        merged,
        measured(
            None,
            None,
            "Persentase pemilih terdaftar",
            [100.0, 98.0, 98.0],
        ),
    ];
    let (doc, checked) = read(&rows, &[(5, 1, 2)]);
    assert_eq!(
        column(&doc, "indikator"),
        [
            "Persentase data pemilih mutakhir",
            "Persentase keluhan yang ditindaklanjuti",
            "Persentase partisipasi pemilih",
            "Jumlah laporan kinerja",
            "Persentase pemilih terdaftar",
        ]
    );
    assert_eq!(
        column(&doc, "sasaran"),
        [SASARAN[0], SASARAN[0], SASARAN[1], SASARAN[1], SASARAN[2]]
    );
    assert_eq!(
        doc["notices"].as_array().unwrap().len(),
        0,
        "{}",
        doc["notices"]
    );
    assert!(checked.contains(CHECKED_OK), "{checked}");
}

#[test]
fn an_indikator_whose_text_runs_on_into_the_row_of_its_figures_is_one_indikator() {
    // Row 3 has the number, the sasaran and the first words; row 4 the rest of the words and
    // the figures. Once two indikator: one measuring nothing, one named `pada pemilihan umum`.
    let rows = vec![
        vec![
            V::N(1.0),
            V::T(SASARAN[0]),
            V::T("Persentase partisipasi pemilih"),
        ],
        measured(None, None, "pada pemilihan umum", [75.0, 70.0, 93.33]),
        measured(
            None,
            None,
            "Persentase keluhan yang ditindaklanjuti",
            [95.0, 90.0, 94.74],
        ),
    ];
    let (doc, checked) = read(&rows, &[]);
    assert_eq!(
        column(&doc, "indikator"),
        [
            "Persentase partisipasi pemilih pada pemilihan umum",
            "Persentase keluhan yang ditindaklanjuti",
        ]
    );
    assert_eq!(column(&doc, "number"), ["1", ""]);
    assert_eq!(column(&doc, "target"), ["75", "95"]);
    assert_eq!(column(&doc, "sasaran"), [SASARAN[0], SASARAN[0]]);
    assert_eq!(
        notices(&doc, "continuation"),
        ["row 4 ('pada pemilihan umum') has no number: read as the rest of the indikator of row 3 above it, which has no figures, with the figures of row 4"]
    );
    assert!(checked.contains(CHECKED_OK), "{checked}");
}

#[test]
fn a_sasaran_whose_text_runs_on_into_the_next_indikator_row_is_one_sasaran() {
    // Row 4 goes on with the sasaran of row 3 (lower case) beside an indikator of its own:
    // once a sasaran `masyarakat dalam Pemilu` of its own, three sasaran for two.
    let rows = vec![
        measured(
            Some(1.0),
            Some("Meningkatnya partisipasi"),
            "Persentase partisipasi pemilih",
            [77.5, 80.0, 103.23],
        ),
        measured(
            None,
            Some("masyarakat dalam Pemilu"),
            "Jumlah laporan kinerja",
            [12.0, 12.0, 100.0],
        ),
        measured(None, None, "Persentase pemilih pemula", [60.0, 66.0, 110.0]),
        measured(
            Some(2.0),
            Some(SASARAN[2]),
            "Persentase data pemilih mutakhir",
            [100.0, 100.0, 100.0],
        ),
    ];
    let (doc, checked) = read(&rows, &[]);
    assert_eq!(
        column(&doc, "sasaran"),
        [SASARAN[1], SASARAN[1], SASARAN[1], SASARAN[2]]
    );
    assert_eq!(
        notices(&doc, "continuation"),
        ["row 4: its sasaran text ('masyarakat dalam Pemilu') is read as the rest of the sasaran of row 3 above it, not as a sasaran of its own"]
    );
    assert!(checked.contains(CHECKED_OK), "{checked}");
}

/// A BAB III written row by row (`rows[0]` the header), read in-process: each indikator's
/// (sasaran, indikator, target as written).
fn sasaran_and_indikator(rows: &[&[&str]]) -> (Vec<(String, String, String)>, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bab3.xlsx");
    support::fixtures::table_xlsx(&path, "BAB III", rows).unwrap();
    let options = lakip::pipeline::Options::default();
    let (docs, _) = lakip::pipeline::read_file(&path, "bab3.xlsx", &options).unwrap();
    let doc = &docs[0];
    let read = (doc.indicators().iter())
        .map(|i| {
            (
                i.sasaran.as_deref().unwrap_or("").to_string(),
                i.indikator.clone().unwrap_or_default(),
                i.target
                    .as_ref()
                    .map(|t| t.text.to_string())
                    .unwrap_or_default(),
            )
        })
        .collect();
    let notes = doc
        .notices
        .iter()
        .map(|n| format!("{}: {}", n.kind.name(), n.message))
        .collect();
    (read, notes)
}

fn triple(s: &str, i: &str, t: &str) -> (String, String, String) {
    (s.to_string(), i.to_string(), t.to_string())
}

/// One column for the sasaran lines and the indikator under each, named for both
/// (`Sasaran / Indikator Kinerja`, `Sasaran Strategis / Indikator Kinerja`): a row without a
/// target is the sasaran of the rows under it (its `Sasaran:` label left out). Named for the
/// sasaran alone, the column made every indikator a sasaran with no indikator, and the
/// sasaran lines headings of nothing, while `check` said ok. By hand: two sasaran, the first
/// with two indikator (75%, 60%), the second with one (3,5).
#[test]
fn one_column_for_sasaran_and_indikator_is_read_as_both() {
    support::english();
    let expected = [
        triple(
            "Meningkatnya partisipasi",
            "Persentase partisipasi pemilih",
            "75%",
        ),
        triple(
            "Meningkatnya partisipasi",
            "Persentase pemilih pemula",
            "60%",
        ),
        triple(
            "Meningkatnya kualitas layanan",
            "Indeks kepuasan layanan",
            "3,5",
        ),
    ];
    for (header, first, second, numbers) in [
        (
            "Sasaran / Indikator Kinerja",
            "Sasaran: Meningkatnya partisipasi",
            "Sasaran: Meningkatnya kualitas layanan",
            ["A", "1", "2", "B", "1"],
        ),
        (
            "Sasaran Strategis / Indikator Kinerja",
            "Meningkatnya partisipasi",
            "Meningkatnya kualitas layanan",
            ["1", "1.1", "1.2", "2", "2.1"],
        ),
    ] {
        let (read, notes) = sasaran_and_indikator(&[
            &["No", header, "Target", "Realisasi", "Capaian"],
            &[numbers[0], first, "", "", ""],
            &[
                numbers[1],
                "Persentase partisipasi pemilih",
                "75%",
                "70%",
                "93,33%",
            ],
            &[
                numbers[2],
                "Persentase pemilih pemula",
                "60%",
                "66%",
                "110,00%",
            ],
            &[numbers[3], second, "", "", ""],
            &[
                numbers[4],
                "Indeks kepuasan layanan",
                "3,5",
                "3,2",
                "91,43%",
            ],
        ]);
        assert_eq!(read, expected, "{header}");
        assert!(!notes.iter().any(|n| n.starts_with("doubt")), "{notes:?}");
    }
}

/// An Indikator column and no Sasaran column, the sasaran on rows numbered `I`, `II` with no
/// figure: the sasaran of the rows under them, said. Read as indikator, they measured nothing
/// and the indikator under them had no sasaran, while `check` said ok. By hand: two sasaran
/// of two indikator each.
#[test]
fn rows_numbered_in_roman_without_figures_are_the_sasaran_where_no_column_holds_it() {
    support::english();
    let (read, notes) = sasaran_and_indikator(&[
        &["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
        &["I", "Meningkatnya partisipasi", "", "", ""],
        &[
            "1",
            "Persentase partisipasi pemilih",
            "75%",
            "70%",
            "93,33%",
        ],
        &["2", "Persentase pemilih pemula", "60%", "66%", "110,00%"],
        &["II", "Meningkatnya kualitas layanan", "", "", ""],
        &["1", "Indeks kepuasan layanan", "3,5", "3,2", "91,43%"],
        &[
            "2",
            "Jumlah laporan tepat waktu",
            "12 Laporan",
            "12 Laporan",
            "100,00%",
        ],
    ]);
    assert_eq!(
        read,
        [
            triple(
                "Meningkatnya partisipasi",
                "Persentase partisipasi pemilih",
                "75%"
            ),
            triple(
                "Meningkatnya partisipasi",
                "Persentase pemilih pemula",
                "60%"
            ),
            triple(
                "Meningkatnya kualitas layanan",
                "Indeks kepuasan layanan",
                "3,5"
            ),
            triple(
                "Meningkatnya kualitas layanan",
                "Jumlah laporan tepat waktu",
                "12 Laporan"
            ),
        ]
    );
    assert_eq!(
        notes,
        [
            "continuation: row 2 ('Meningkatnya partisipasi'), numbered I with no figure in a table without a Sasaran column: read as the sasaran of the rows under it, not as an indikator",
            "continuation: row 5 ('Meningkatnya kualitas layanan'), numbered II with no figure in a table without a Sasaran column: read as the sasaran of the rows under it, not as an indikator",
        ]
    );
}

/// A table titled `RENCANA KINERJA TAHUNAN` whose header is a PK's (`Sasaran Strategis |
/// Indikator Kinerja | Satuan | Target`, no anggaran an RKT has): read as the PK its header
/// makes, but the title is said as a doubt, which `check` reports. Before, it passed as a PK
/// with nothing said.
#[test]
fn a_title_naming_another_kinds_form_is_a_doubt() {
    support::english();
    let (read, notes) = sasaran_and_indikator(&[
        &["RENCANA KINERJA TAHUNAN (RKT)"],
        &["KPU KOTA SERANG TAHUN 2024"],
        &[
            "No",
            "Sasaran Strategis",
            "Indikator Kinerja",
            "Satuan",
            "Target",
        ],
        &[
            "1",
            "Meningkatnya partisipasi",
            "Persentase partisipasi pemilih",
            "%",
            "77,5",
        ],
        &[
            "2",
            "Meningkatnya kualitas layanan",
            "Indeks kepuasan layanan",
            "Indeks",
            "3,5",
        ],
    ]);
    assert_eq!(read.len(), 2);
    assert_eq!(
        notes,
        ["doubt: read as pk by its header, but the title names RENCANA KINERJA TAHUNAN (an RKT), whose columns the header does not have: if the table is the RKT, lakip cannot read it as one; check that this is the document meant"]
    );
}

/// Quarterly targets under a `Target` title (`Target` over `TW I | TW II | TW III | TW IV`)
/// and no column of the year's target: the year's target is not read — the last quarter's
/// (cumulative, 80%) or their sum (12 sosialisasi as 3 a quarter, or 30 as 3 + 6 + 9 + 12) is
/// not written — and that is a doubt. Before, the target was empty with nothing said.
#[test]
fn targets_by_quarter_under_a_target_title_are_a_doubt_about_the_years_target() {
    support::english();
    let (read, notes) = sasaran_and_indikator(&[
        &["No", "Sasaran", "Indikator Kinerja", "Target", "", "", ""],
        &["", "", "", "TW I", "TW II", "TW III", "TW IV"],
        &[
            "1",
            "Meningkatnya partisipasi",
            "Persentase partisipasi pemilih",
            "20%",
            "40%",
            "60%",
            "80%",
        ],
        &["", "", "Jumlah sosialisasi", "3", "6", "9", "12"],
    ]);
    assert_eq!(read.len(), 2);
    assert!(read.iter().all(|(_, _, target)| target.is_empty()));
    assert_eq!(
        notes,
        ["doubt: the period columns stand under 'Target' and no column gives the year's target: each period's target is kept as written, the year's target is not read (it may be the last period's or their sum); add a column of the year's target to the table"]
    );
}

/// The capaian `lakip capaian --format json` computes for a BAB III of `rows`.
fn capaian_of(rows: &[&[&str]]) -> Vec<(String, String)> {
    let dir = tempfile::tempdir().unwrap();
    support::fixtures::table_xlsx(&dir.path().join("bab3.xlsx"), "BAB III", rows).unwrap();
    let (rc, out) = lakip(dir.path(), &["capaian", "bab3.xlsx", "--format", "json"]);
    assert_eq!(rc, 0, "{out}");
    let json: Value = serde_json::from_str(&out).unwrap();
    (json["rows"].as_array().unwrap().iter())
        .map(|r| {
            (
                r["capaian"].as_str().unwrap_or("").to_string(),
                r["keterangan"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// An indikator whose name says it is lower-is-better (`(semakin kecil semakin baik)`, `(-)`),
/// or a Polaritas column that says so in those words: measured as higher-is-better, 3% of
/// complaints against a ceiling of 5% was a capaian of 60% (Kurang), with `check` saying ok.
/// By hand: (2 × 5 − 3) ÷ 5 × 100 = 140; (2 × 10 − 4) ÷ 10 × 100 = 160; (2 × 4 − 2) ÷ 4 × 100
/// = 150; and 4 ÷ 4 × 100 = 100 for a name that says nothing.
#[test]
fn a_polarity_stated_in_words_is_the_indikators() {
    let found = capaian_of(&[
        &[
            "No",
            "Sasaran",
            "Indikator Kinerja",
            "Target",
            "Satuan",
            "Realisasi",
        ],
        &[
            "1",
            "Meningkatnya kualitas layanan",
            "Persentase pengaduan tidak selesai (semakin kecil semakin baik)",
            "5",
            "%",
            "3",
        ],
        &["", "", "Angka kesalahan data (-)", "10", "%", "4"],
        &["", "", "Jumlah dokumen", "4", "dokumen", "4"],
    ]);
    let capaian: Vec<&str> = found.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(capaian, ["140.00", "160.00", "100.00"]);
    assert!(found[0]
        .1
        .ends_with("polaritas turun, dari 'semakin kecil semakin baik' pada indikator"));
    assert!(found[1]
        .1
        .ends_with("polaritas turun, dari '(-)' pada indikator"));
    let table = capaian_of(&[
        &[
            "No",
            "Sasaran",
            "Indikator Kinerja",
            "Polaritas",
            "Target",
            "Satuan",
            "Realisasi",
        ],
        &[
            "1",
            "Meningkatnya akuntabilitas",
            "Jumlah sanggahan",
            "(-)",
            "4",
            "kali",
            "2",
        ],
        &[
            "",
            "",
            "Jumlah temuan",
            "semakin kecil semakin baik",
            "2",
            "temuan",
            "1",
        ],
    ]);
    let capaian: Vec<&str> = table.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(capaian, ["150.00", "150.00"]);
}

/// As with `I`, `II`, sasaran rows numbered `1`, `2` (indikator un-numbered or `1.1`, `1.2`)
/// with no figure, in a table with no Sasaran column: read as indikator, they measured
/// nothing and `Jumlah sosialisasi` fell under the first sasaran, with `check` saying ok. Now
/// they are the sasaran of the rows under them; `1` may number an indikator with no target
/// yet, so each such reading is a doubt.
#[test]
fn rows_numbered_in_figures_without_figures_are_the_sasaran_in_doubt() {
    support::english();
    for numbers in [["1", "", "", "2", ""], ["1", "1.1", "1.2", "2", "2.1"]] {
        let (read, notes) = sasaran_and_indikator(&[
            &["No", "Indikator Kinerja", "Target", "Satuan", "Realisasi"],
            &[numbers[0], "Perencanaan akuntabel", "", "", ""],
            &[
                numbers[1],
                "Persentase dokumen tepat waktu",
                "100",
                "%",
                "95",
            ],
            &[numbers[2], "Jumlah laporan", "4", "laporan", "3"],
            &[numbers[3], "Partisipasi", "", "", ""],
            &[numbers[4], "Jumlah sosialisasi", "12", "kegiatan", "14"],
        ]);
        assert_eq!(
            read,
            [
                triple(
                    "Perencanaan akuntabel",
                    "Persentase dokumen tepat waktu",
                    "100%"
                ),
                triple("Perencanaan akuntabel", "Jumlah laporan", "4 laporan"),
                triple("Partisipasi", "Jumlah sosialisasi", "12 kegiatan"),
            ],
            "{numbers:?}"
        );
        assert_eq!(
            notes,
            [
                "doubt: row 2 ('Perencanaan akuntabel'), numbered 1 with no figure in a table without a Sasaran column: read as the sasaran of the rows under it; if it is an indikator with no target yet, write its target, or add a Sasaran column",
                "doubt: row 5 ('Partisipasi'), numbered 2 with no figure in a table without a Sasaran column: read as the sasaran of the rows under it; if it is an indikator with no target yet, write its target, or add a Sasaran column",
            ],
            "{numbers:?}"
        );
    }
}
