//! A BAB III whose header groups Target, Realisasi and Capaian by year (`Tahun 2022` over one
//! group, `Tahun 2023` over the next): the latest year's group is read, and each choice is a
//! `doubt` naming the other column. Read as the first group, the report was last year's with
//! only "not read" warnings. Fixtures written by `support::fixtures`; expected values are the
//! cells of the 2023 group, as typed below.

mod support;

use lakip::model::{Document, NoticeKind};
use std::path::Path;

fn read(path: &Path) -> Document {
    support::english();
    let (mut docs, _) =
        lakip::pipeline::read_file(path, "bab3.xlsx", &lakip::pipeline::Options::default())
            .unwrap();
    assert_eq!(docs.len(), 1);
    docs.remove(0)
}

fn table(first: &[&str; 9]) -> Document {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bab3.xlsx");
    let rows: Vec<&[&str]> = vec![
        first,
        &[
            "",
            "",
            "",
            "Target",
            "Realisasi",
            "Capaian",
            "Target",
            "Realisasi",
            "Capaian",
        ],
        &[
            "1",
            "Meningkatnya partisipasi",
            "Persentase partisipasi pemilih",
            "75%",
            "70%",
            "93,33%",
            "77,5%",
            "80%",
            "103,23%",
        ],
        &[
            "2",
            "",
            "Indeks kepuasan layanan",
            "80%",
            "78%",
            "97,5%",
            "82%",
            "85%",
            "103,66%",
        ],
    ];
    support::fixtures::table_xlsx(&path, "Tabel 3", &rows).unwrap();
    read(&path)
}

fn targets(doc: &Document) -> Vec<String> {
    doc.indicators()
        .iter()
        .map(|i| {
            i.target
                .as_ref()
                .map(|t| t.text.to_string())
                .unwrap_or_default()
        })
        .collect()
}

#[test]
fn the_latest_years_group_is_read_and_each_choice_is_a_doubt() {
    let doc = table(&[
        "No",
        "Sasaran",
        "Indikator Kinerja",
        "Tahun 2022",
        "",
        "",
        "Tahun 2023",
        "",
        "",
    ]);
    assert_eq!(targets(&doc), ["77,5%", "82%"]);
    let realisasi: Vec<String> = doc
        .indicators()
        .iter()
        .map(|i| {
            i.realisasi
                .as_ref()
                .map(|t| t.text.to_string())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(realisasi, ["80%", "85%"]);
    let doubts: Vec<&str> = doc
        .notices
        .iter()
        .filter(|n| n.kind == NoticeKind::Doubt)
        .map(|n| n.message.as_str())
        .collect();
    assert_eq!(doubts.len(), 3, "{doubts:?}");
    assert!(
        doubts[0].starts_with("column D ('Tahun 2022 Target') and column G ('Tahun 2023 Target') both name one amount: column G is read"),
        "{}",
        doubts[0]
    );
}

/// The later year written first is still the one read.
#[test]
fn the_latest_year_is_read_wherever_it_stands() {
    let doc = table(&[
        "No",
        "Sasaran",
        "Indikator Kinerja",
        "Tahun 2023",
        "",
        "",
        "Tahun 2022",
        "",
        "",
    ]);
    assert_eq!(targets(&doc), ["75%", "80%"]);
}

/// Group titles that name no year or period: the first group is read, and said.
#[test]
fn groups_naming_no_year_read_the_first_and_say_so() {
    let doc = table(&[
        "No",
        "Sasaran",
        "Indikator Kinerja",
        "Kinerja Utama",
        "",
        "",
        "Kinerja Tambahan",
        "",
        "",
    ]);
    assert_eq!(targets(&doc), ["75%", "80%"]);
    assert!(doc.notices.iter().any(|n| n.kind == NoticeKind::Doubt
        && n.message.starts_with("column D ('Kinerja Utama Target') and column G ('Kinerja Tambahan Target') both name one amount: column D is read (the first of the two)")));
}
