//! Which column a header's names make the year's figure, and what a year in a column's name
//! says. Before, of `Target Awal | Target Perubahan` the first was read (the revised target
//! only said to be "under no recognised header"), of `Target Renstra | Target` the Renstra's,
//! of `Realisasi 2021 | … | Realisasi 2023` the oldest; and `Target 2022 | Realisasi 2022`
//! in a 2023 workspace was read as 2023's. Each time `check` said ok. The capaian below are
//! worked out by hand from the rows.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

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

/// The capaian `lakip capaian --format json` computes for a BAB III of `rows`, and the doubts
/// `import --dry-run` says of it.
fn capaian_of(rows: &[&[&str]]) -> (Vec<String>, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    support::fixtures::table_xlsx(&dir.path().join("bab3.xlsx"), "BAB III", rows).unwrap();
    let (rc, out) = lakip(dir.path(), &["capaian", "bab3.xlsx", "--format", "json"]);
    assert_eq!(rc, 0, "{out}");
    let json: Value = serde_json::from_str(&out).unwrap();
    let capaian = (json["rows"].as_array().unwrap().iter())
        .map(|r| r["capaian"].as_str().unwrap_or("").to_string())
        .collect();
    let args = ["import", "bab3.xlsx", "--dry-run", "--format", "json"];
    let (rc, out) = lakip(dir.path(), &args);
    assert_eq!(rc, 0, "{out}");
    let json: Value = serde_json::from_str(&out).unwrap();
    let doubts = (json["documents"][0]["notices"].as_array().unwrap().iter())
        .filter(|n| n["kind"] == "doubt")
        .map(|n| n["message"].as_str().unwrap_or("").to_string())
        .collect();
    (capaian, doubts)
}

/// The revised target is the one the year is measured against: 5 ÷ 6 × 100 = 83,33 and
/// 10 ÷ 10 × 100 = 100 (against the first targets, 125 and 83,33: the first reached, the
/// second not, the other way round).
#[test]
fn a_revised_target_is_read_over_the_first() {
    for (first, revised) in [
        ("Target Awal", "Target Perubahan"),
        ("Target", "Target (Revisi)"),
    ] {
        let (capaian, doubts) = capaian_of(&[
            &[
                "No",
                "Sasaran",
                "Indikator Kinerja",
                "Satuan",
                first,
                revised,
                "Realisasi",
            ],
            &[
                "1",
                "Perencanaan akuntabel",
                "Jumlah laporan",
                "laporan",
                "4",
                "6",
                "5",
            ],
            &[
                "2",
                "Partisipasi",
                "Jumlah sosialisasi",
                "kegiatan",
                "12",
                "10",
                "10",
            ],
        ]);
        assert_eq!(capaian, ["83.33", "100.00"], "{first} | {revised}");
        assert_eq!(
            doubts,
            [format!(
                "column E ('{first}') and column F ('{revised}') both name one amount: column F \
                 is read (its name says it is the later figure), column E is not; if the other \
                 is the one, remove or rename the column not meant"
            )]
        );
    }
}

/// A PK table's `Target Renstra` is the end of the Renstra's period, not the year's target,
/// on either side of it: 95 ÷ 95 × 100 = 100 and 14 ÷ 12 × 100 = 116,67 (against the
/// Renstra's 100 and 60: 95 and 23,33).
#[test]
fn the_renstras_target_beside_the_years_is_not_read() {
    let rows = |a: &'static str, b: &'static str, x: &'static str, y: &'static str| {
        vec![
            vec!["No", "Indikator Kinerja", a, b, "Realisasi"],
            vec!["1", "Persentase dokumen tepat waktu", x, "95", "95"],
            vec!["2", "Jumlah sosialisasi", y, "12", "14"],
        ]
    };
    for (table, renstra_column) in [
        (rows("Target Renstra", "Target", "100", "60"), "C"),
        (rows("Target RPJMD", "Target", "100", "60"), "C"),
    ] {
        let table: Vec<&[&str]> = table.iter().map(Vec::as_slice).collect();
        let (capaian, doubts) = capaian_of(&table);
        assert_eq!(capaian, ["100.00", "116.67"]);
        assert_eq!(doubts.len(), 1, "{doubts:?}");
        assert!(
            doubts[0].contains(&format!(
                "column D is read (the other's name says it is the Renstra's figure for its \
                 whole period, not the year's), column {renstra_column} is not"
            )),
            "{doubts:?}"
        );
    }
    // The year's target first: read as before, now for a reason.
    let (capaian, doubts) = capaian_of(&[
        &[
            "No",
            "Indikator Kinerja",
            "Target",
            "Target Renstra",
            "Realisasi",
        ],
        &["1", "Jumlah sosialisasi", "12", "60", "14"],
    ]);
    assert_eq!(capaian, ["116.67"]);
    assert!(
        doubts[0].contains("column C is read (the other's name says"),
        "{doubts:?}"
    );
}

/// Two indikator's realisasi of 2021 and 2022, target and realisasi of 2023.
const SEVERAL_YEARS: [&[&str]; 2] = [
    &[
        "1",
        "Persentase dokumen tepat waktu",
        "85",
        "90",
        "100",
        "95",
    ],
    &["2", "Jumlah sosialisasi", "10", "12", "12", "14"],
];

/// Realisasi of three years side by side, this year's last: 95 ÷ 100 × 100 = 95 and
/// 14 ÷ 12 × 100 = 116,67 (the 2021 figures gave 85 and 83,33), the years in the names or in
/// a row under one `Realisasi` title.
#[test]
fn of_realisasi_of_several_years_the_latest_is_read() {
    let one_row = capaian_of(&[
        &[
            "No",
            "Indikator Kinerja",
            "Realisasi 2021",
            "Realisasi 2022",
            "Target",
            "Realisasi 2023",
        ],
        SEVERAL_YEARS[0],
        SEVERAL_YEARS[1],
    ]);
    assert_eq!(one_row.0, ["95.00", "116.67"]);
    let two_rows = capaian_of(&[
        &[
            "No",
            "Indikator Kinerja",
            "Realisasi",
            "",
            "Target 2023",
            "Realisasi 2023",
        ],
        &["", "", "2021", "2022", "", ""],
        SEVERAL_YEARS[0],
        SEVERAL_YEARS[1],
    ]);
    assert_eq!(two_rows.0, ["95.00", "116.67"]);
    assert_eq!(
        two_rows.1,
        [
            "column C ('Realisasi 2021') and column F ('Realisasi 2023') both name one amount: \
          column F is read (its name says it is the later figure), column C is not; if the \
          other is the one, remove or rename the column not meant"
        ]
    );
}

/// `check` in a 2023 workspace: the year-mismatch findings, as (sheet, cell, message).
fn year_mismatches(sheets: &[(&str, &[&[&str]])]) -> Vec<(String, String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let init = ["init", "--satker", "KPU Kota Serang", "--tahun", "2023"];
    assert_eq!(lakip(dir.path(), &init).0, 0);
    for (name, rows) in sheets {
        let file = format!("{name}.xlsx");
        support::fixtures::table_xlsx(&dir.path().join(&file), name, rows).unwrap();
        let (rc, out) = lakip(dir.path(), &["import", &file]);
        assert_eq!(rc, 0, "{out}");
    }
    let (_, out) = lakip(dir.path(), &["check", "--format", "json"]);
    let json: Value = serde_json::from_str(&out).unwrap();
    (json["diagnostics"].as_array().unwrap().iter())
        .filter(|d| d["code"] == "year-mismatch")
        .map(|d| {
            let s = |v: &Value| v.as_str().unwrap().to_string();
            let at = &d["location"];
            (s(&at["sheet"]), s(&at["cell"]), s(&d["message"]))
        })
        .collect()
}

/// A column read as the year's figure whose header states another year: last year's
/// measurement (no year in its title), a 2023 title over `Realisasi 2022`, next year's PK, a
/// budget of 2022. Headers stating 2023 say nothing.
#[test]
fn a_column_header_stating_another_year_is_a_year_mismatch() {
    let found = year_mismatches(&[
        (
            "kinerja",
            &[
                &["PENGUKURAN KINERJA"],
                &[
                    "No",
                    "Indikator Kinerja",
                    "Satuan",
                    "Target 2022",
                    "Realisasi 2022",
                ],
                &["1", "Jumlah laporan", "laporan", "4", "3"],
            ],
        ),
        (
            "lalu",
            &[
                &["PENGUKURAN KINERJA TAHUN 2023"],
                &[
                    "No",
                    "Indikator Kinerja",
                    "Satuan",
                    "Target",
                    "Realisasi 2022",
                ],
                &["1", "Jumlah rapat", "kali", "4", "3"],
            ],
        ),
        (
            "pk",
            &[
                &["PERJANJIAN KINERJA"],
                &["No", "Sasaran", "Indikator Kinerja", "Target 2024"],
                &["1", "Partisipasi", "Jumlah sosialisasi", "15"],
            ],
        ),
        (
            "realisasi",
            &[
                &["LAPORAN REALISASI ANGGARAN"],
                &["Uraian", "Pagu 2022", "Realisasi 2022"],
                &["Layanan Perkantoran", "1500000", "1400000"],
                &["Jumlah", "1500000", "1400000"],
            ],
        ),
        (
            "ini",
            &[
                &["PENGUKURAN KINERJA"],
                &[
                    "No",
                    "Indikator Kinerja",
                    "Satuan",
                    "Target 2023",
                    "Realisasi 2023",
                ],
                &["1", "Jumlah dokumen", "dokumen", "4", "4"],
            ],
        ),
    ]);
    let said = |sheet: &str, cell: &str, headers: &str, one: bool| {
        let (header, state, it) = match one {
            true => ("header", "states", "it"),
            false => ("headers", "state", "them"),
        };
        (
            sheet.to_string(),
            cell.to_string(),
            format!(
                "the column {header} {headers} {state} another year than the workspace's 2023 \
                 (tahun in lakip.toml): the figures read from {it} are taken as 2023's"
            ),
        )
    };
    assert_eq!(
        found,
        [
            said("kinerja", "D2", "'Target 2022', 'Realisasi 2022'", false),
            said("lalu", "E2", "'Realisasi 2022'", true),
            said("pk", "D2", "'Target 2024'", true),
            said("realisasi", "B2", "'Pagu 2022', 'Realisasi 2022'", false),
        ]
    );
}
