//! Two PKs on one sheet — side by side (A–D and F–I, each with its own title, program lines
//! and signature) or one under the other's signature — are two documents: the first keeps the
//! sheet's name, the second is `PK 2023 [2]`; the workspace stores both, `check` reads both,
//! and importing the file again replaces both.

mod support;

use assert_cmd::Command;
use lakip::model::Document;
use lakip::pipeline::{read_file, Options};
use rust_decimal::Decimal;
use std::path::Path;
use support::variants;

type Fixture = fn(&Path) -> Result<(), Box<dyn std::error::Error>>;

fn read(fixture: Fixture) -> Vec<Document> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pk.xlsx");
    fixture(&path).unwrap();
    read_file(&path, "pk.xlsx", &Options::default()).unwrap().0
}

fn indikator(doc: &Document) -> Vec<(String, String, String)> {
    doc.indicators()
        .iter()
        .map(|i| {
            (
                i.number.as_deref().unwrap_or_default().to_string(),
                i.indikator.clone().unwrap_or_default(),
                i.target
                    .as_ref()
                    .map(|t| t.text.to_string())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

fn budgets(doc: &Document) -> Vec<(String, Decimal)> {
    doc.budgets()
        .iter()
        .map(|b| (b.program.clone(), b.anggaran.value.unwrap()))
        .collect()
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// The two PKs as the fixture writes them, worked out from `variants::PK_KETUA` and
/// `variants::PK_SEKRETARIS`: the ketua's 3 indikator, program lines 10.069.050.000 and
/// 2.348.197.000 (12.417.247.000 together), signed 25 Januari 2023 by ADE JAHRAN; the
/// sekretaris' 2 indikator, one line of 2.348.197.000, signed 26 Januari 2023 by HENDRO
/// SULISTYO. No notice: nothing is left unread, nothing guessed.
fn assert_two_pks(docs: &[Document], second_first_cell: &str) {
    assert_eq!(docs.len(), 2, "two documents");
    let (ketua, sekretaris) = (&docs[0], &docs[1]);
    assert_eq!(ketua.sheet, "PK 2023");
    assert_eq!(sekretaris.sheet, "PK 2023 [2]");
    assert_eq!(
        indikator(ketua),
        [
            (
                "1".into(),
                "Persentase tercapainya realisasi anggaran".into(),
                "100%".into()
            ),
            (
                "2".into(),
                "Persentase Laporan Keuangan tepat waktu".into(),
                "100%".into()
            ),
            (
                "3".into(),
                "Persentase pemutakhiran Data Pemilih".into(),
                "98%".into()
            ),
        ]
    );
    assert_eq!(
        indikator(sekretaris),
        [
            (
                "1".into(),
                "Persentase nilai minimal B Penilaian Mandiri RB".into(),
                "95%".into()
            ),
            (
                "2".into(),
                "Persentase Laporan Pengelolaan Logistik".into(),
                "95%".into()
            ),
        ]
    );
    assert_eq!(
        budgets(ketua),
        [
            (
                "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi".into(),
                dec("10069050000")
            ),
            ("Program Dukungan Manajemen".into(), dec("2348197000")),
        ]
    );
    assert_eq!(
        budgets(sekretaris),
        [("Program Dukungan Manajemen".into(), dec("2348197000"))]
    );
    let signer = |d: &Document| {
        let s = &d.signatures[0];
        (s.date.clone().unwrap(), s.name.clone().unwrap())
    };
    assert_eq!(
        signer(ketua),
        ("25 Januari 2023".into(), "ADE JAHRAN".into())
    );
    assert_eq!(
        signer(sekretaris),
        ("26 Januari 2023".into(), "HENDRO SULISTYO".into())
    );
    assert_eq!(ketua.signatures.len(), 1);
    assert_eq!(sekretaris.signatures.len(), 1);
    assert_eq!(
        sekretaris.title,
        [
            "PERJANJIAN KINERJA TAHUN 2023",
            "SEKRETARIS KPU KOTA SERANG"
        ]
    );
    for doc in docs {
        assert_eq!(doc.notices, [], "{}: nothing unread or guessed", doc.sheet);
    }
    // The second's cells are the sheet's own, and said so.
    let first = &sekretaris.indicators()[0].location;
    assert_eq!(first.cell, second_first_cell);
    assert_eq!(
        first.to_string(),
        format!("pk.xlsx:'PK 2023'!{second_first_cell}")
    );
}

/// Before: one document, the sekretaris' indikator named in a warning as not read, the
/// program line `1. Program` (its header) read as a budget of Rp2.348.197.000, and the
/// sekretaris' signature taken for the ketua's; exit code 0.
#[test]
fn two_pks_side_by_side_are_two_documents() {
    let docs = read(variants::two_pks_side_by_side);
    assert_two_pks(&docs, "F5");
}

/// The sekretaris' header a row lower than the ketua's (F5), and the two PKs right against
/// each other (E–H, no empty column between). Before: one document, as above.
#[test]
fn two_pks_beside_each_other_shifted_or_adjacent() {
    assert_two_pks(&read(variants::two_pks_shifted), "F6");
    assert_two_pks(&read(variants::two_pks_adjacent), "E5");
}

/// Before: the sekretaris' PK kept as 9 note rows with a `second-table` notice, and the
/// ketua's signature without its name.
#[test]
fn two_pks_one_under_the_other_are_two_documents() {
    let docs = read(variants::two_pks_stacked);
    // The ketua's PK takes rows 1-16; two blank rows; the sekretaris' title at row 19, its
    // header at row 22, its first indikator at row 23.
    assert_two_pks(&docs, "A23");
}

fn lakip(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    let s = |b: &[u8]| String::from_utf8_lossy(b).to_string();
    (out.status.code().unwrap(), s(&out.stdout), s(&out.stderr))
}

fn lines_of(dir: &Path, table: &str, sheet: &str) -> usize {
    std::fs::read_to_string(dir.join("data").join(table))
        .unwrap()
        .lines()
        .filter(|l| l.split(',').nth(1) == Some(sheet))
        .count()
}

/// Import stores both, `check` reads both, and importing again (the whole file, or the
/// sheet by its name) replaces both: never a third copy.
#[test]
fn the_workspace_stores_checks_and_replaces_both() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path();
    let (code, _, err) = lakip(
        ws,
        &["init", "--satker", "KPU Kota Serang", "--tahun", "2023"],
    );
    assert_eq!(code, 0, "{err}");
    variants::two_pks_side_by_side(&ws.join("pk.xlsx")).unwrap();
    let (code, out, err) = lakip(ws, &["import", "pk.xlsx"]);
    assert_eq!(code, 0, "{err}");
    // 3 + 2 indikator and 2 + 1 program lines.
    assert!(out.contains("imported 8 items from 2 documents"), "{out}");
    assert!(out.contains("pk.xlsx:'PK 2023' [2]: pk"), "{out}");
    assert_eq!(lines_of(ws, "pk.csv", "PK 2023"), 3);
    assert_eq!(lines_of(ws, "pk.csv", "PK 2023 [2]"), 2);
    let stored = std::fs::read(ws.join("data/pk.csv")).unwrap();
    let (code, out, err) = lakip(ws, &["check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("in 2 documents checked"), "{out}");
    for again in [
        &["import", "pk.xlsx"][..],
        &["import", "--sheet", "PK 2023", "pk.xlsx"],
    ] {
        let (code, _, err) = lakip(ws, again);
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            std::fs::read(ws.join("data/pk.csv")).unwrap(),
            stored,
            "{again:?} replaces both"
        );
        assert_eq!(lines_of(ws, "documents.csv", "PK 2023 [2]"), 1);
    }
    let (code, out, _) = lakip(ws, &["check", "--format", "json"]);
    assert_eq!(code, 0, "{out}");
}

/// A header with an empty column in it, or naming a column twice, is still one table when the
/// columns right of that are no table of the same kind on their own.
#[test]
fn one_table_with_a_gap_or_a_repeated_name_stays_one() {
    let dir = tempfile::tempdir().unwrap();
    let gap = dir.path().join("gap.xlsx");
    support::fixtures::table_xlsx(
        &gap,
        "PK",
        &[
            &["No", "Sasaran", "Indikator Kinerja", "", "Target"],
            &["1", "Terwujudnya X", "Persentase Y", "", "100%"],
            &["2", "Terwujudnya Z", "Persentase W", "", "95%"],
        ],
    )
    .unwrap();
    let (docs, _) = read_file(&gap, "gap.xlsx", &Options::default()).unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].indicators().len(), 2);
    let twice = dir.path().join("twice.xlsx");
    support::fixtures::table_xlsx(
        &twice,
        "Realisasi",
        &[
            &["Uraian", "Pagu", "Realisasi", "Pagu", "Realisasi"],
            &["a. Belanja Bahan", "1000", "900", "800", "700"],
        ],
    )
    .unwrap();
    let (docs, _) = read_file(&twice, "twice.xlsx", &Options::default()).unwrap();
    assert_eq!(
        docs.len(),
        1,
        "the second Pagu | Realisasi is no table by itself"
    );
    assert_eq!(docs[0].items().len(), 1);
}

// ---------------------------------------------------------------------------
// A caption under a BAB III's rows: another table
// ---------------------------------------------------------------------------

const KINERJA_HEADER: [&str; 6] = [
    "No",
    "Sasaran",
    "Indikator Kinerja",
    "Target",
    "Realisasi",
    "Capaian (%)",
];

/// A BAB III of 2023 under `Tabel 3.1 …` (rows 1–4), a blank row 5, then `lower` from row 6.
fn bab3_over(lower: &[&[&str]]) -> Vec<Document> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bab3.xlsx");
    let mut rows: Vec<&[&str]> = vec![
        &["Tabel 3.1 Capaian Kinerja Tahun 2023"],
        &KINERJA_HEADER,
        &[
            "1",
            "Meningkatnya partisipasi",
            "Persentase partisipasi pemilih",
            "75%",
            "70%",
            "93.33",
        ],
        &["2", "", "Indeks kepuasan layanan", "80%", "78%", "97.5"],
        &[],
    ];
    rows.extend_from_slice(lower);
    support::fixtures::table_xlsx(&path, "BAB III", &rows).unwrap();
    read_file(&path, "bab3.xlsx", &Options::default())
        .unwrap()
        .0
}

/// Number, indikator and target of each row of this year's table (rows 3–4).
fn this_year() -> Vec<(String, String, String)> {
    vec![
        (
            "1".into(),
            "Persentase partisipasi pemilih".into(),
            "75%".into(),
        ),
        ("2".into(), "Indeks kepuasan layanan".into(), "80%".into()),
    ]
}

const LAST_YEAR: [&[&str]; 2] = [
    &[
        "1",
        "Meningkatnya partisipasi",
        "Persentase partisipasi pemilih",
        "70%",
        "72%",
        "102.86",
    ],
    &["2", "", "Indeks kepuasan layanan", "75%", "80%", "106.67"],
];

#[test]
fn a_caption_under_the_rows_starts_a_table_whose_rows_are_not_read_into_the_first() {
    // Last year's rows under `Tabel 3.2 …` and no header: once read on as two more indikator
    // of the sasaran, under this table's columns.
    let mut lower: Vec<&[&str]> = vec![&["Tabel 3.2 Capaian Kinerja Tahun 2022"]];
    lower.extend_from_slice(&LAST_YEAR);
    let docs = bab3_over(&lower);
    assert_eq!(docs.len(), 1);
    assert_eq!(indikator(&docs[0]), this_year());
    let second: Vec<_> = docs[0]
        .notices
        .iter()
        .filter(|n| n.kind == lakip::model::NoticeKind::SecondTable)
        .collect();
    assert_eq!(second.len(), 1, "{:?}", docs[0].notices);
    assert_eq!(second[0].location.row, 6);
    assert!(second[0]
        .message
        .to_string()
        .contains("'Tabel 3.2 Capaian Kinerja Tahun 2022'"));
    // Rows 6–8 are kept as notes: nothing dropped.
    let notes: Vec<u32> = docs[0]
        .rows
        .iter()
        .filter(|(_, c)| *c == lakip::model::RowClass::Note)
        .map(|(r, _)| *r)
        .collect();
    assert_eq!(notes, [6, 7, 8]);
}

#[test]
fn a_caption_and_a_header_under_the_rows_are_a_document_of_their_own() {
    let mut lower: Vec<&[&str]> = vec![&["Tabel 3.2 Capaian Kinerja Tahun 2022"], &KINERJA_HEADER];
    lower.extend_from_slice(&LAST_YEAR);
    let docs = bab3_over(&lower);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].sheet, "BAB III");
    assert_eq!(docs[1].sheet, "BAB III [2]");
    assert_eq!(indikator(&docs[0]), this_year());
    assert_eq!(
        indikator(&docs[1]),
        [
            (
                "1".into(),
                "Persentase partisipasi pemilih".into(),
                "70%".into()
            ),
            ("2".into(), "Indeks kepuasan layanan".into(), "75%".into()),
        ]
    );
    assert_eq!(docs[1].title, ["Tabel 3.2 Capaian Kinerja Tahun 2022"]);
}

#[test]
fn the_same_tables_caption_continued_or_named_in_prose_is_no_other_table() {
    // `Tabel 3.1 (lanjutan)` over the header again: the same table on its next page; a line
    // of prose about `Tabel 3.1` under it is a note.
    let docs = bab3_over(&[
        &["Tabel 3.1 (lanjutan)"],
        &KINERJA_HEADER,
        &[
            "3",
            "Meningkatnya kualitas",
            "Persentase keluhan ditindaklanjuti",
            "95%",
            "90%",
            "94.74",
        ],
        &[],
        &["Tabel 3.1 di atas menunjukkan capaian tahun 2023"],
    ]);
    assert_eq!(docs.len(), 1);
    let mut expected = this_year();
    expected.push((
        "3".into(),
        "Persentase keluhan ditindaklanjuti".into(),
        "95%".into(),
    ));
    assert_eq!(indikator(&docs[0]), expected);
    assert!(
        docs[0]
            .notices
            .iter()
            .all(|n| n.kind != lakip::model::NoticeKind::SecondTable),
        "{:?}",
        docs[0].notices
    );
}
