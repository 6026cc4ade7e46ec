//! Everyday variants of the performance tables that were once misread silently (issue 12,
//! cases 4, 5, 6 and 8), each asserted against the answer worked by hand in
//! `tests/support/performance_variants.rs`: how many sasaran, which sasaran each indikator
//! has, the capaian, the units, no false target mismatch, and the notices where lakip had to
//! choose.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;
use support::performance_variants as fx;
use support::performance_variants::{SasaranCells, V};

type Fixture<'a> = &'a dyn Fn(&Path) -> Result<(), Box<dyn std::error::Error>>;

fn lakip(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `lakip import --dry-run --format json` of a fixture: the documents.
fn import(fixture: Fixture, name: &str) -> Vec<Value> {
    let dir = tempfile::tempdir().unwrap();
    fixture(&dir.path().join(name)).unwrap();
    let (rc, out, err) = lakip(
        dir.path(),
        &["import", name, "--dry-run", "--format", "json"],
    );
    assert_eq!(rc, 0, "{err}");
    let json: Value = serde_json::from_str(&out).unwrap();
    json["documents"].as_array().unwrap().clone()
}

/// A workspace for KPU Kota Contoh 2023 with the fixtures imported, one `(fixture, name)`
/// each.
fn workspace(fixtures: &[(Fixture, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let (rc, _, err) = lakip(
        dir.path(),
        &["init", "--satker", "KPU Kota Contoh", "--tahun", "2023"],
    );
    assert_eq!(rc, 0, "{err}");
    for (fixture, name) in fixtures {
        fixture(&dir.path().join(name)).unwrap();
        let (rc, _, err) = lakip(dir.path(), &["import", name]);
        assert_eq!(rc, 0, "{err}");
    }
    dir
}

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or("")
}

fn items(doc: &Value) -> &Vec<Value> {
    doc["items"].as_array().unwrap()
}

/// The items' values of `key`.
fn column<'a>(doc: &'a Value, key: &str) -> Vec<&'a str> {
    items(doc).iter().map(|i| text(i, key)).collect()
}

/// The notices of `kind`, their messages.
fn notices<'a>(doc: &'a Value, kind: &str) -> Vec<&'a str> {
    doc["notices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| text(n, "kind") == kind)
        .map(|n| text(n, "message"))
        .collect()
}

/// The `### Sasaran n: …` headings of BAB III.
fn bab3_headings(dir: &Path) -> Vec<String> {
    let (rc, out, err) = lakip(dir, &["render", "bab3"]);
    assert_eq!(rc, 0, "{err}");
    out.lines()
        .filter(|l| l.starts_with("### Sasaran"))
        .map(str::to_string)
        .collect()
}

// ---------------------------------------------------------------------------
// Case 4: a sasaran is its text, not its row's number
// ---------------------------------------------------------------------------

/// The sasaran each of the nine indikator belongs to, by hand from `PER_INDIKATOR`.
fn expected_sasaran() -> Vec<&'static str> {
    fx::PER_INDIKATOR
        .iter()
        .map(|(s, ..)| fx::SASARAN[*s])
        .collect()
}

/// `### Sasaran 1: …` to `### Sasaran 5: …`, one per sasaran, in table order.
fn five_headings() -> Vec<String> {
    (1..)
        .zip(fx::SASARAN)
        .map(|(n, s)| format!("### Sasaran {n}: {s}"))
        .collect()
}

#[test]
fn bab3_numbered_per_indikator_with_blank_sasaran_has_five_sasaran() {
    let blank = |p: &Path| fx::kinerja_per_indikator(p, SasaranCells::Blank);
    let docs = import(&blank, "bab3.xlsx");
    assert_eq!(text(&docs[0], "kind"), "kinerja");
    // 9 indikator, each with its sasaran carried down over the blank cells.
    assert_eq!(column(&docs[0], "sasaran"), expected_sasaran());
    assert!(notices(&docs[0], "doubt").is_empty());
    let ws = workspace(&[(&blank, "bab3.xlsx")]);
    assert_eq!(bab3_headings(ws.path()), five_headings());
    let (rc, out, _) = lakip(ws.path(), &["check"]);
    assert_eq!(
        (rc, out.trim()),
        (0, "ok: 0 errors, 0 warnings in 1 document checked")
    );
}

/// The sasaran typed again on every row, once with a double space, a trailing `.`, in
/// capitals, and with a slip (`reformsi`, row 12): still five sasaran, each under the text it
/// was first written with; the slip is the one place lakip had to judge, and says so (before:
/// 8 `Sasaran` headings and the ikhtisar counting 8 sasaran, check ok).
#[test]
fn a_sasaran_typed_again_with_slips_is_one_sasaran() {
    let typed = |p: &Path| fx::kinerja_per_indikator(p, SasaranCells::RepeatedWithSlips);
    let docs = import(&typed, "bab3.xlsx");
    assert_eq!(column(&docs[0], "sasaran"), expected_sasaran());
    let doubts = notices(&docs[0], "doubt");
    assert_eq!(doubts.len(), 1, "{doubts:?}");
    assert!(doubts[0].starts_with("row 12: the sasaran 'Terwujudnya reformsi birokrasi'"));
    let ws = workspace(&[(&typed, "bab3.xlsx")]);
    assert_eq!(bab3_headings(ws.path()), five_headings());
}

#[test]
fn bab3_numbered_per_indikator_with_merged_sasaran_has_five_sasaran() {
    let merged = |p: &Path| fx::kinerja_per_indikator(p, SasaranCells::Merged);
    let docs = import(&merged, "bab3.xlsx");
    assert_eq!(column(&docs[0], "sasaran"), expected_sasaran());
    let ws = workspace(&[(&merged, "bab3.xlsx")]);
    // Not nine headings, the merged sasaran repeated under numbers 1–9.
    assert_eq!(bab3_headings(ws.path()), five_headings());
    let (_, bab3, _) = lakip(ws.path(), &["render", "bab3"]);
    assert!(bab3.contains("Dari 9 (sembilan) indikator"), "{bab3}");
    // Sasaran 2 holds indikator 3 and 4.
    let sasaran_2 = bab3.split("### Sasaran 2:").nth(1).unwrap();
    let sasaran_2 = sasaran_2.split("### Sasaran 3:").next().unwrap();
    assert!(sasaran_2.contains("| Tingkat partisipasi pemilih | 77,5% | 80% | 103,23% |"));
    assert!(sasaran_2.contains("| Jumlah kegiatan sosialisasi kepada pemilih | 12 Kali |"));
}

#[test]
fn sasaran_right_of_the_indikator_under_an_english_header_is_carried_too() {
    let docs = import(&fx::kinerja_per_indikator_other_order, "capaian.xlsx");
    assert_eq!(text(&docs[0], "kind"), "kinerja");
    assert_eq!(column(&docs[0], "sasaran"), expected_sasaran());
    assert_eq!(
        column(&docs[0], "number"),
        ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
    );
    let ws = workspace(&[(&fx::kinerja_per_indikator_other_order, "capaian.xlsx")]);
    assert_eq!(bab3_headings(ws.path()), five_headings());
}

#[test]
fn pk_numbered_per_indikator_keeps_each_indikator_under_its_sasaran() {
    let docs = import(&fx::pk_per_indikator, "pk.xlsx");
    let sheets: Vec<&str> = docs.iter().map(|d| text(d, "sheet")).collect();
    assert_eq!(sheets, ["PK Merged", "PK Blank"]);
    for doc in &docs {
        assert_eq!(text(doc, "kind"), "pk");
        assert_eq!(
            column(doc, "sasaran"),
            expected_sasaran(),
            "{}",
            text(doc, "sheet")
        );
        assert!(notices(doc, "doubt").is_empty());
    }
    // BAB II lists the PK with every row's sasaran, none left blank.
    let ws = workspace(&[(&fx::pk_per_indikator, "pk.xlsx")]);
    let (_, bab2, _) = lakip(ws.path(), &["render", "bab2"]);
    assert!(bab2.contains(&format!(
        "| 2 | {} | Persentase keberatan yang diselesaikan | 95% |",
        fx::SASARAN[0]
    )));
}

#[test]
fn doubtful_groupings_are_doubts_that_check_reports() {
    let docs = import(&fx::kinerja_doubtful_grouping, "bab3.xlsx");
    // Per Sasaran: rows 3 (1), 4 (no number), 5 (2, blank sasaran), 6 (3).
    let per_sasaran = &docs[0];
    assert_eq!(
        column(per_sasaran, "sasaran"),
        [
            fx::SASARAN[0],
            fx::SASARAN[0],
            fx::SASARAN[0],
            fx::SASARAN[2]
        ]
    );
    let doubts = notices(per_sasaran, "doubt");
    assert_eq!(doubts.len(), 1, "{doubts:?}");
    assert!(
        doubts[0].starts_with("row 5: numbered, with a blank sasaran cell, in a table whose other numbers start a sasaran: read as one more indikator of 'Terwujudnya Penyelenggaraan Pemilu yang berkualitas' above; if it is a sasaran of its own"),
        "{}",
        doubts[0]
    );
    // No Sasaran Above: row 3 is numbered 1 and nothing says its sasaran.
    let none_above = &docs[1];
    assert_eq!(column(none_above, "sasaran"), ["", fx::SASARAN[1]]);
    let doubts = notices(none_above, "doubt");
    assert_eq!(doubts.len(), 1, "{doubts:?}");
    assert!(doubts[0]
        .starts_with("row 3: numbered 1 but its sasaran cell is blank and no sasaran is above it"));
    // check never says ok over them.
    let dir = tempfile::tempdir().unwrap();
    fx::kinerja_doubtful_grouping(&dir.path().join("bab3.xlsx")).unwrap();
    let (rc, out, _) = lakip(dir.path(), &["check", "bab3.xlsx"]);
    assert_eq!(out.matches("warning[doubt]").count(), 2, "{out}");
    assert!(out.contains("0 errors, 2 warnings"), "{out}");
    let (rc_deny, ..) = lakip(dir.path(), &["check", "bab3.xlsx", "--deny", "warnings"]);
    assert_eq!((rc, rc_deny), (0, 1));
}

/// A PK written by `fixture` whose rows 3 and 4 are its two indikator (`indikator`, under the
/// first two sasaran) and whose rows 5 and 6 (`labels`) are summary lines (`what`): not read,
/// each said as a doubt, which `check` says too and fails on with `--deny warnings`.
fn summary_lines_are_said(fixture: Fixture, indikator: [&str; 2], labels: [&str; 2], what: &str) {
    let docs = import(fixture, "pk.xlsx");
    let doc = &docs[0];
    assert_eq!(text(doc, "kind"), "pk");
    assert_eq!(column(doc, "sasaran"), [fx::SASARAN[0], fx::SASARAN[1]]);
    assert_eq!(column(doc, "indikator"), indikator);
    let doubts = notices(doc, "doubt");
    assert_eq!(doubts.len(), 2, "{doubts:?}");
    for (doubt, (row, label)) in doubts.iter().zip([5, 6].into_iter().zip(labels)) {
        let said = format!("row {row} ('{label}') reads as {what}, not as an indikator");
        assert!(doubt.starts_with(&said), "{doubt}");
    }
    let dir = tempfile::tempdir().unwrap();
    fixture(&dir.path().join("pk.xlsx")).unwrap();
    let (rc, out, _) = lakip(dir.path(), &["check", "pk.xlsx"]);
    assert_eq!(out.matches("warning[doubt]").count(), 2, "{out}");
    let (rc_deny, ..) = lakip(dir.path(), &["check", "pk.xlsx", "--deny", "warnings"]);
    assert_eq!((rc, rc_deny), (0, 1));
}

#[test]
fn a_total_label_in_the_sasaran_column_is_no_indikator_and_is_said() {
    // Rows 5 (`Subtotal`, nothing else) and 6 (`Jumlah`, a target and no indikator).
    summary_lines_are_said(
        &fx::pk_subtotal_in_sasaran,
        [
            "Persentase data pemilih mutakhir",
            "Persentase partisipasi pemilih",
        ],
        ["Subtotal", "Jumlah"],
        "a total line",
    );
}

#[test]
fn a_bare_total_label_in_the_indikator_column_is_no_indikator_and_is_said() {
    // Rows 5 (`JUMLAH`, nothing else) and 6 (`Jumlah Keseluruhan` and a target), both with no
    // sasaran of their own: once kept as indikator `JUMLAH` under the sasaran above, unsaid.
    summary_lines_are_said(
        &fx::pk_total_in_indikator,
        ["Jumlah pemilih terdaftar", "Persentase partisipasi pemilih"],
        ["JUMLAH", "Jumlah Keseluruhan"],
        "a total line",
    );
}

#[test]
fn a_numbered_total_line_is_no_indikator_and_is_said() {
    // The number before `JUMLAH` hid the label: once the row was indikator `JUMLAH` numbered 3,
    // or an indikator `Jumlah Keseluruhan` of the sasaran above, and nothing said it.
    summary_lines_are_said(
        &fx::pk_numbered_totals,
        ["Jumlah pemilih terdaftar", "Persentase partisipasi pemilih"],
        ["JUMLAH", "Jumlah Keseluruhan"],
        "a total line",
    );
}

#[test]
fn a_program_budget_table_under_a_pk_is_read_as_its_budget_whatever_its_columns() {
    // Its amounts as number cells in the indikator column (or its names there) once made the
    // programs indikator with a target of their anggaran, or `Kegiatan | Anggaran` one more
    // indikator: `check` said ok or failed on targets, never read the budget.
    for (name, amount, right) in [
        ("Program", "Anggaran", false),
        ("Kegiatan", "Pagu Anggaran (Rp)", false),
        ("Program", "Anggaran", true),
        ("Uraian", "Alokasi Anggaran", true),
    ] {
        let fixture = move |p: &Path| fx::pk_budget_table(p, name, amount, right);
        let docs = import(&fixture, "pk.xlsx");
        let pk = &docs[0];
        let case = format!("{name} | {amount}, right {right}");
        assert_eq!(
            column(pk, "indikator"),
            [
                "Persentase data pemilih mutakhir",
                "Persentase partisipasi pemilih"
            ],
            "{case}"
        );
        let budgets: Vec<&str> = pk["budgets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| text(b, "anggaran"))
            .collect();
        assert_eq!(budgets, ["2348197000", "1250000000"], "{case}");
        let (rc, out) = check_file(&fixture, "pk.xlsx");
        assert_eq!((rc, out.trim()), (0, CHECKED_OK), "{case}");
    }
}

#[test]
fn an_average_line_is_no_indikator_and_is_said() {
    // Row 4's indikator measures an average of its own and stays one; rows 5 (`Rata-rata` and
    // the targets' average, no indikator) and 6 (`Rata-rata capaian` in the indikator column)
    // are none.
    summary_lines_are_said(
        &fx::pk_average_lines,
        [
            "Persentase data pemilih mutakhir",
            "Rata-rata waktu layanan informasi",
        ],
        ["Rata-rata", "Rata-rata capaian"],
        "an average line",
    );
}

// ---------------------------------------------------------------------------
// Case 5: targets with a comparator or a word
// ---------------------------------------------------------------------------

/// `lakip capaian --format json` rows.
fn capaian_rows(dir: &Path) -> Vec<Value> {
    let (rc, out, err) = lakip(dir, &["capaian", "--format", "json"]);
    assert_eq!(rc, 0, "{err}");
    let json: Value = serde_json::from_str(&out).unwrap();
    json["rows"].as_array().unwrap().clone()
}

#[test]
fn comparator_targets_are_computed_and_shown_as_written() {
    let ws = workspace(&[(&fx::kinerja_comparators, "bab3.xlsx")]);
    let rows = capaian_rows(ws.path());
    let capaian: Vec<&str> = rows.iter().map(|r| text(r, "capaian")).collect();
    // Worked in the fixture's doc comment.
    assert_eq!(
        capaian,
        [
            "103.23", "102.86", "105.56", "100.00", "150.00", "150.00", "100.00", "100.00",
            "100.00", "150.00", "110.00", "120.00", "100.00"
        ]
    );
    let targets: Vec<&str> = rows.iter().map(|r| text(r, "target")).collect();
    let written: Vec<&str> = fx::COMPARATORS.iter().map(|c| c.1).collect();
    assert_eq!(targets, written);
    // The polarity taken from an at-most comparator is said.
    assert_eq!(
        text(&rows[4], "keterangan"),
        "(2T − R) ÷ T × 100 = (2 × 2 − 1) ÷ 2 × 100; polaritas turun, dari 'Maks.' pada target"
    );
    assert!(text(&rows[5], "keterangan").ends_with("polaritas turun, dari '≤' pada target"));
    assert!(text(&rows[9], "keterangan").ends_with("dari 'Paling lama' pada target"));
    assert_eq!(
        text(&rows[0], "keterangan"),
        "R ÷ T × 100 = 80 ÷ 77,5 × 100"
    );
    assert_eq!(
        text(&rows[6], "keterangan"),
        "predikat R ≥ predikat T (BB ≥ B)"
    );
    // Every stated capaian agrees with the computed one: nothing to report.
    let (rc, out, _) = lakip(ws.path(), &["check"]);
    assert_eq!(
        (rc, out.trim()),
        (0, "ok: 0 errors, 0 warnings in 1 document checked")
    );
    // BAB III shows the targets as written.
    let (_, bab3, _) = lakip(ws.path(), &["render", "bab3"]);
    assert!(bab3.contains("| Persentase temuan pemeriksaan | Maks. 2% | 1% | 150,00% |"));
    assert!(bab3.contains("dengan target ≤ 2 Hari terealisasi 1 Hari, sehingga capaiannya 150,00%"));
    assert!(bab3.contains("| Nilai evaluasi SAKIP | Minimal B | BB | 100,00% |"));
}

#[test]
fn a_comparator_on_one_side_only_is_no_target_mismatch() {
    let ws = workspace(&[
        (&fx::pk_comparators, "pk.xlsx"),
        (&fx::kinerja_comparators, "bab3.xlsx"),
    ]);
    let (rc, out, _) = lakip(ws.path(), &["check"]);
    // Only `Maks. B` (PK) against `Minimal B` (BAB III) differ: opposite comparators.
    assert_eq!(out.matches("error[target-mismatch]").count(), 1, "{out}");
    assert!(
        out.contains("target Minimal B here, but the PK sets Maks. B for the same indikator"),
        "{out}"
    );
    assert_eq!(rc, 1);
    // BAB II shows the PK's targets as written.
    let (_, bab2, _) = lakip(ws.path(), &["render", "bab2"]);
    assert!(
        bab2.contains("| Tingkat partisipasi pemilih | ≥ 77,5% |"),
        "{bab2}"
    );
}

#[test]
fn a_polaritas_the_comparator_contradicts_is_a_doubt() {
    let docs = import(&fx::kinerja_polaritas_against_comparator, "bab3.xlsx");
    let doubts = notices(&docs[0], "doubt");
    assert_eq!(
        doubts,
        ["polaritas 'naik' but the target 'Maks. 2%' says the other way: capaian follows the Polaritas column; correct the one that is wrong"]
    );
    let ws = workspace(&[(&fx::kinerja_polaritas_against_comparator, "bab3.xlsx")]);
    let rows = capaian_rows(ws.path());
    // naik: 1 ÷ 2 × 100 = 50; turun: (2 × 2 − 1) ÷ 2 × 100 = 150 — neither said as from the
    // comparator, as the column declares them.
    assert_eq!(text(&rows[0], "capaian"), "50.00");
    assert_eq!(text(&rows[1], "capaian"), "150.00");
    assert!(!text(&rows[1], "keterangan").contains("polaritas"));
}

// ---------------------------------------------------------------------------
// Case 6: a Satuan column gives the target its unit
// ---------------------------------------------------------------------------

#[test]
fn a_satuan_column_gives_pk_targets_their_unit() {
    let docs = import(&fx::pk_satuan, "pk.xlsx");
    let pk = &docs[0];
    assert_eq!(
        column(pk, "target"),
        ["77,5%", "12 Laporan", "3,5 Indeks", "12 Dokumen"]
    );
    assert_eq!(column(pk, "satuan"), ["%", "Laporan", "Indeks", "Dokumen"]);
    assert!(
        notices(pk, "unread-column").is_empty(),
        "{:?}",
        pk["notices"]
    );
    // BAB II prints the targets with their units.
    let ws = workspace(&[(&fx::pk_satuan, "pk.xlsx")]);
    let (_, bab2, _) = lakip(ws.path(), &["render", "bab2"]);
    assert!(
        bab2.contains("| Tingkat partisipasi pemilih | 77,5% |"),
        "{bab2}"
    );
    assert!(bab2.contains("| Jumlah laporan kinerja yang disusun | 12 Laporan |"));
}

#[test]
fn targets_with_a_satuan_agree_with_a_pk_that_writes_its_units() {
    let ws = workspace(&[
        (&fx::pk_units_written, "pk.xlsx"),
        (&fx::kinerja_satuan, "bab3.xlsx"),
        (&fx::rak_satuan, "rak.xlsx"),
    ]);
    let (_, out, _) = lakip(ws.path(), &["check"]);
    assert!(!out.contains("target-mismatch"), "{out}");
    assert!(!out.contains("capaian"), "{out}");
    // The one doubt: row 7's target names a unit other than its Satuan.
    assert_eq!(out.matches("warning[doubt]").count(), 1, "{out}");
    assert!(
        out.contains(
            "row 7: the target '5 Dokumen' has a unit other than the Satuan column's 'Laporan'"
        ),
        "{out}"
    );
    let rows = capaian_rows(ws.path());
    let measured: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (text(r, "target"), text(r, "realisasi"), text(r, "capaian")))
        .collect();
    // Worked in the fixture's doc comment; row 7: 5 ÷ 5 × 100 = 100.
    assert_eq!(
        measured,
        [
            ("77,5%", "80%", "103.23"),
            ("12 Laporan", "12 Laporan", "100.00"),
            ("3,5 Indeks", "3,6 Indeks", "102.86"),
            ("12 Dokumen", "11 Dokumen", "91.67"),
            ("5 Dokumen", "5 Dokumen", "100.00"),
        ]
    );
}

#[test]
fn a_rak_satuan_beside_the_target_is_the_targets_unit() {
    let docs = import(&fx::rak_satuan, "rak.xlsx");
    let rak = &docs[0];
    assert_eq!(text(rak, "kind"), "rak");
    assert_eq!(
        column(rak, "target"),
        ["77,5%", "12 Laporan", "3,5 Indeks", "12 Dokumen"]
    );
    assert!(
        notices(rak, "unread-column").is_empty(),
        "{:?}",
        rak["notices"]
    );
}

#[test]
fn a_rak_total_in_the_aksi_column_is_no_action_and_its_biaya_is_not_counted_twice() {
    let docs = import(&fx::rak_total_in_aksi, "rak.xlsx");
    let rak = &docs[0];
    assert_eq!(
        column(rak, "aksi"),
        [
            "Sosialisasi tahapan",
            "Menyusun laporan",
            "Survei kepuasan",
            "Menyusun dokumen"
        ]
    );
    let doubts = notices(rak, "doubt");
    assert_eq!(doubts.len(), 1, "{doubts:?}");
    assert!(
        doubts[0].starts_with("row 7 ('JUMLAH') reads as a total line, not as an indikator"),
        "{}",
        doubts[0]
    );
}

/// The RAK fixtures' four actions, which every variant with a last row keeps.
const RAK_ACTIONS: [&str; 4] = [
    "Sosialisasi tahapan",
    "Menyusun laporan",
    "Survei kepuasan",
    "Menyusun dokumen",
];

#[test]
fn a_rak_row_holding_the_sum_of_the_biaya_above_is_their_total_line_and_is_said() {
    // Row 7 holds 4 000 000, the four actions' 1 000 000 added up: read as an action, the
    // RAK's biaya was 8 000 000 and `check` said ok.
    let cases: [(Option<&'static str>, bool, bool, &str); 5] = [
        (None, false, false, "row 7 holds only Rp4.000.000, the sum of the biaya of the 4 rows above it: read as their total line"),
        (None, true, false, "row 7 holds only Rp4.000.000, the sum of the biaya of the 4 rows above it: read as their total line"),
        (Some("Jumlah Anggaran Kegiatan"), false, true, "row 7 ('Jumlah Anggaran Kegiatan') holds Rp4.000.000, the sum of the biaya of the 4 rows above it: read as their total line"),
        (Some("T O T A L"), false, false, "row 7 ('T O T A L') holds Rp4.000.000, the sum"),
        (Some("JUMLAH"), false, true, "row 7 ('JUMLAH') reads as a total line, not as an indikator or action"),
    ];
    for (label, formula, numbered, said) in cases {
        let fixture = move |p: &Path| fx::rak_sum_row(p, label, formula, numbered);
        let docs = import(&fixture, "rak.xlsx");
        let rak = &docs[0];
        let case = format!("{label:?}, formula {formula}, numbered {numbered}");
        assert_eq!(column(rak, "aksi"), RAK_ACTIONS, "{case}");
        let doubts = notices(rak, "doubt");
        assert_eq!(doubts.len(), 1, "{case}: {doubts:?}");
        assert!(doubts[0].starts_with(said), "{case}: {}", doubts[0]);
        let (_, out) = check_file(&fixture, "rak.xlsx");
        assert!(out.contains("unsure: 0 errors, 1 warning"), "{case}: {out}");
    }
}

#[test]
fn an_action_whose_biaya_is_the_sum_of_the_biaya_above_stays_one_and_the_doubt_is_said() {
    let fixture = |p: &Path| fx::rak_sum_row(p, Some("Rapat evaluasi akhir tahun"), false, false);
    let docs = import(&fixture, "rak.xlsx");
    let rak = &docs[0];
    let mut actions = RAK_ACTIONS.to_vec();
    actions.push("Rapat evaluasi akhir tahun");
    assert_eq!(column(rak, "aksi"), actions);
    assert_eq!(
        notices(rak, "doubt"),
        [
            "row 7 ('Rapat evaluasi akhir tahun'): its biaya Rp4.000.000 is the sum of the biaya \
          of the 4 rows above it: read as an action all the same; if the row is their total, \
          label it JUMLAH, or the biaya is counted twice"
        ]
    );
}

/// The indikator of [`fx::kinerja_with_tail`], which a tail of notes or lines leaves alone.
const KINERJA_INDIKATOR: [&str; 4] = [
    "Persentase data pemilih mutakhir",
    "Persentase keluhan yang ditindaklanjuti",
    "Persentase partisipasi pemilih",
    "Jumlah laporan kinerja",
];

/// Imports the BAB III with `tail` under its four rows: the document and `check`'s output.
fn kinerja_tail(tail: Vec<Vec<V>>) -> (Value, String) {
    let fixture = move |p: &Path| fx::kinerja_with_tail(p, &tail);
    let doc = import(&fixture, "bab3.xlsx").remove(0);
    let (_, out) = check_file(&fixture, "bab3.xlsx");
    (doc, out)
}

#[test]
fn a_capaian_with_no_target_that_averages_the_rows_above_is_their_average_line_whatever_its_label()
{
    // Once kept as an indikator with a capaian of 99,49%, which check could not check and
    // the report's averages took in: `check` said ok.
    for (label, value, what) in [
        (
            "Rata-rata Capaian Sasaran 1 dan 2",
            99.49,
            "an average line",
        ),
        ("Capaian Kinerja Rata-rata", 99.49, "an average line"),
        ("Nilai Capaian Sasaran", 99.5, "an average line"),
        ("Rata2 Capaian", 99.49, "an average line"),
        ("Jumlah Capaian", 397.97, "a total line"),
    ] {
        let (doc, out) = kinerja_tail(vec![vec![V::E, V::E, V::T(label), V::E, V::E, V::N(value)]]);
        assert_eq!(column(&doc, "indikator"), KINERJA_INDIKATOR, "{label}");
        let doubts = notices(&doc, "doubt");
        assert_eq!(doubts.len(), 1, "{label}: {doubts:?}");
        let shown = if value > 300.0 {
            "397,97%"
        } else if value == 99.5 {
            "99,50%"
        } else {
            "99,49%"
        };
        let said = format!(
            "row 7 ('{label}') holds {shown} with no target or realisasi of its own: {what} of the capaian of the 4 rows above it, not an indikator"
        );
        assert!(doubts[0].starts_with(&said), "{}", doubts[0]);
        assert!(
            out.contains("unsure: 0 errors, 1 warning"),
            "{label}: {out}"
        );
    }
}

#[test]
fn a_capaian_with_no_target_that_averages_nothing_above_stays_an_indikator() {
    // 98 is neither the average (99,49) nor the sum (397,97): an indikator, unchecked.
    let (doc, out) = kinerja_tail(vec![vec![
        V::E,
        V::E,
        V::T("Indeks kepuasan layanan"),
        V::E,
        V::E,
        V::N(98.0),
    ]]);
    let mut indikator = KINERJA_INDIKATOR.to_vec();
    indikator.push("Indeks kepuasan layanan");
    assert_eq!(column(&doc, "indikator"), indikator);
    assert_eq!(notices(&doc, "doubt"), Vec::<&str>::new());
    assert!(out.contains("warning[capaian-unchecked]"), "{out}");
}

#[test]
fn an_indikator_named_as_one_whose_capaian_is_the_average_above_stays_one_and_is_said() {
    let (doc, out) = kinerja_tail(vec![vec![
        V::E,
        V::E,
        V::T("Indeks kepuasan layanan"),
        V::E,
        V::E,
        V::N(99.49),
    ]]);
    let mut indikator = KINERJA_INDIKATOR.to_vec();
    indikator.push("Indeks kepuasan layanan");
    assert_eq!(column(&doc, "indikator"), indikator);
    let doubts = notices(&doc, "doubt");
    assert_eq!(doubts.len(), 1, "{doubts:?}");
    assert!(
        doubts[0].starts_with("row 7 ('Indeks kepuasan layanan'): its capaian 99,49%"),
        "{}",
        doubts[0]
    );
    assert!(out.contains("unsure: 0 errors"), "{out}");
}

#[test]
fn an_average_label_in_the_target_column_is_no_indikator() {
    let (doc, _) = kinerja_tail(vec![vec![
        V::E,
        V::E,
        V::E,
        V::T("Rata-rata Capaian"),
        V::E,
        V::N(99.49),
    ]]);
    assert_eq!(column(&doc, "indikator"), KINERJA_INDIKATOR);
    let doubts = notices(&doc, "doubt");
    assert_eq!(doubts.len(), 1, "{doubts:?}");
    assert!(
        doubts[0].starts_with("row 7 ('Rata-rata Capaian') reads as an average line"),
        "{}",
        doubts[0]
    );
}

#[test]
fn a_legend_under_a_notes_line_is_no_indikator_and_its_numbers_are_said() {
    // Row 7 blank, row 8 `Kriteria capaian:`, rows 9–10 the legend with its bounds: once kept
    // as indikator `Sangat Baik` with a target of 90 and a realisasi of 100.
    let (doc, out) = kinerja_tail(vec![
        vec![],
        vec![V::E, V::T("Kriteria capaian:")],
        vec![V::E, V::E, V::T("Sangat Baik"), V::N(90.0), V::N(100.0)],
        vec![V::E, V::E, V::T("Baik"), V::N(75.0), V::N(89.99)],
    ]);
    assert_eq!(column(&doc, "indikator"), KINERJA_INDIKATOR);
    assert_eq!(
        notices(&doc, "doubt"),
        ["row 9 holds numbers under the notes line 'Kriteria capaian:' (row 8): it and the rows \
          under it are read as notes, not as indikator; if they are indikator, move the notes \
          under them"]
    );
    assert!(out.contains("unsure: 0 errors, 1 warning"), "{out}");
}

#[test]
fn a_footnote_with_a_number_is_a_note_and_said() {
    // `*) | realisasi sampai dengan triwulan III | | | 80`: once an indikator with a
    // realisasi of 80 and no target.
    let (doc, out) = kinerja_tail(vec![vec![
        V::T("*)"),
        V::T("realisasi sampai dengan triwulan III"),
        V::E,
        V::E,
        V::N(80.0),
    ]]);
    assert_eq!(column(&doc, "indikator"), KINERJA_INDIKATOR);
    assert_eq!(
        notices(&doc, "doubt"),
        [
            "row 7 opens notes ('*)') and holds numbers: it and the rows under it are read as \
          notes, not as indikator; if they are indikator, move the notes under them"
        ]
    );
    assert!(out.contains("unsure: 0 errors, 1 warning"), "{out}");
}

#[test]
fn notes_of_text_alone_are_notes_and_check_says_ok() {
    let (doc, out) = kinerja_tail(vec![
        vec![V::E, V::T("Keterangan:")],
        vec![V::E, V::T("Capaian ≥ 90%"), V::T("Sangat Baik")],
        vec![V::E, V::T("Capaian < 75%"), V::T("Kurang")],
    ]);
    assert_eq!(column(&doc, "indikator"), KINERJA_INDIKATOR);
    assert_eq!(doc["notices"].as_array().map(Vec::len), Some(0));
    assert!(out.contains("ok: 0 errors, 0 warnings"), "{out}");
}

#[test]
fn a_row_numbered_on_from_the_table_under_a_footnote_is_an_indikator_again() {
    // A footnote between the rows does not end the table: row 8 goes on from number 2.
    let (doc, _) = kinerja_tail(vec![
        vec![V::T("*)"), V::T("realisasi sampai dengan triwulan III")],
        vec![
            V::N(3.0),
            V::T(fx::SASARAN[2]),
            V::T("Persentase data pemilih akurat"),
            V::N(100.0),
            V::N(100.0),
            V::N(100.0),
        ],
    ]);
    let mut indikator = KINERJA_INDIKATOR.to_vec();
    indikator.push("Persentase data pemilih akurat");
    assert_eq!(column(&doc, "indikator"), indikator);
}

// ---------------------------------------------------------------------------
// Case 8: a capaian column with mixed cell types
// ---------------------------------------------------------------------------

/// `lakip check FILE` of a fixture: its output.
fn check_file(fixture: Fixture, name: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    fixture(&dir.path().join(name)).unwrap();
    let (rc, out, _) = lakip(dir.path(), &["check", name]);
    (rc, out)
}

const CHECKED_OK: &str = "ok: 0 errors, 0 warnings in 1 document checked";

#[test]
fn percent_formatted_cells_beside_text_cells_are_read_each_by_its_type() {
    for fractions in [true, false] {
        let fixture = move |p: &Path| fx::kinerja_mixed_capaian(p, fractions, true);
        let docs = import(&fixture, "bab3.xlsx");
        let doc = &docs[0];
        // Text cells as written, percent-formatted numbers × 100 (the fixture's table).
        assert_eq!(
            column(doc, "stated_capaian"),
            ["105.56", "105.26", "100", "95"],
            "fractions: {fractions}"
        );
        assert_eq!(column(doc, "target"), ["90%", "95%", "100%", "80%"]);
        assert_eq!(
            column(doc, "realisasi_written"),
            ["95%", "100%", "100%", "76%"]
        );
        // The file says which cells are percentages: nothing was guessed, nothing to say.
        assert_eq!(notices(doc, "ambiguous"), Vec::<&str>::new());
        let (rc, out) = check_file(&fixture, "bab3.xlsx");
        assert_eq!((rc, out.trim()), (0, CHECKED_OK), "fractions: {fractions}");
    }
}

#[test]
fn unformatted_fractions_beside_text_cells_are_decided_on_and_said_truly() {
    let fixture = |p: &Path| fx::kinerja_mixed_capaian(p, true, false);
    let docs = import(&fixture, "bab3.xlsx");
    let doc = &docs[0];
    assert_eq!(
        column(doc, "stated_capaian"),
        ["105.56", "105.26", "100", "95"]
    );
    assert_eq!(column(doc, "target"), ["90%", "95%", "100%", "80%"]);
    assert_eq!(
        notices(doc, "ambiguous"),
        [
            "every number cell in the Target column (D3, D4, D5, D6) is between 0 and 1, as a \
             percent-formatted cell stores it: read as percentages (0,9 as 90%)",
            "every number cell in the Realisasi column (E3, E4, E5, E6) is between 0 and 1, as \
             a percent-formatted cell stores it: read as percentages (0,95 as 95%)",
            // 1,0526 is above 1: the limit said is the one used, 2.
            "every number cell in the Capaian (%) column (F4, F6) is between 0 and 2, as a \
             percent-formatted cell stores it: read as percentages (1,0526 as 105,26%); its \
             text cells (F3, F5) are read as written",
        ]
    );
    let (rc, out) = check_file(&fixture, "bab3.xlsx");
    assert_eq!((rc, out.trim()), (0, CHECKED_OK));
}

#[test]
fn text_cells_above_two_show_a_capaian_columns_scale() {
    // Target and realisasi as texts: the capaian's text cells (105,56 and 100) say the column
    // is in percent, so its number cells up to 2 are fractions.
    let fixture = |p: &Path| fx::kinerja_mixed_capaian(p, false, false);
    let docs = import(&fixture, "bab3.xlsx");
    let doc = &docs[0];
    assert_eq!(
        column(doc, "stated_capaian"),
        ["105.56", "105.26", "100", "95"]
    );
    let said = notices(doc, "ambiguous");
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0]
        .starts_with("every number cell in the Capaian (%) column (F4, F6) is between 0 and 2"));
    let (rc, out) = check_file(&fixture, "bab3.xlsx");
    assert_eq!((rc, out.trim()), (0, CHECKED_OK));
}

#[test]
fn a_bare_target_below_one_of_a_persentase_indikator_is_a_doubt() {
    // Row 3's 0,775 may be 77,5% typed as a fraction, or 0,775%: the table does not say.
    // Row 4's 3,5 names no percentage; row 5's `0,5%` says its unit; row 6's 77,5 is above one.
    let rows = [
        vec![
            V::N(1.0),
            V::T(fx::SASARAN[0]),
            V::T("Persentase data pemilih mutakhir"),
            V::N(0.775),
        ],
        vec![
            V::N(2.0),
            V::T(fx::SASARAN[1]),
            V::T("Indeks kepuasan layanan"),
            V::N(3.5),
        ],
        vec![
            V::N(3.0),
            V::E,
            V::T("Persentase kesalahan data"),
            V::T("0,5%"),
        ],
        vec![
            V::N(4.0),
            V::E,
            V::T("Persentase partisipasi pemilih"),
            V::N(77.5),
        ],
    ];
    let fixture = |p: &Path| {
        fx::write(
            p,
            &[fx::Table {
                sheet: "PK",
                titles: &["PERJANJIAN KINERJA TAHUN 2023"],
                header: &["No", "Sasaran", "Indikator Kinerja", "Target"],
                rows: &rows,
                merged_down: &[],
            }],
        )
    };
    let doc = import(&fixture, "pk.xlsx").remove(0);
    assert_eq!(column(&doc, "target"), ["0,775", "3,5", "0,5%", "77,5"]);
    assert_eq!(
        notices(&doc, "doubt"),
        ["row 3: the target of 'Persentase data pemilih mutakhir', a percentage, is written 0,775, below one and with no %: read as written; if 77,5% is meant, write 77,5%"]
    );
    let (_, out) = check_file(&fixture, "pk.xlsx");
    assert!(out.contains("unsure: 0 errors, 1 warning"), "{out}");
}

/// A RAK's quarters marked with the period's target, `0` where nothing is planned: `0 | 0 |
/// 3,5 | 3,5` schedules the second half (Jul–Des), `0 | 0 | 0 | 0` no quarter at all. A `0` was
/// once a mark like `v`: every action ran Jan–Des, and `check` said ok.
#[test]
fn a_zero_in_a_rak_quarter_schedules_nothing() {
    let rows = [
        vec![
            V::N(1.0),
            V::T(fx::SASARAN[0]),
            V::T("Indeks kepuasan layanan"),
            V::N(3.5),
            V::T("Survei kepuasan"),
            V::N(0.0),
            V::N(0.0),
            V::N(3.5),
            V::N(3.5),
            V::N(1_000_000.0),
        ],
        vec![
            V::N(2.0),
            V::T(fx::SASARAN[1]),
            V::T("Jumlah laporan kinerja"),
            V::N(12.0),
            V::T("Penyusunan laporan"),
            V::N(0.0),
            V::N(0.0),
            V::N(0.0),
            V::T("0%"),
            V::N(2_000_000.0),
        ],
    ];
    let fixture = |p: &Path| {
        fx::write(
            p,
            &[fx::Table {
                sheet: "RAK",
                titles: &["RENCANA AKSI TAHUN 2023"],
                header: &[
                    "No",
                    "Sasaran",
                    "Indikator Kinerja",
                    "Target",
                    "Rencana Aksi",
                    "TW I",
                    "TW II",
                    "TW III",
                    "TW IV",
                    "Anggaran",
                ],
                rows: &rows,
                merged_down: &[],
            }],
        )
    };
    let dir = workspace(&[(&fixture, "rak.xlsx")]);
    let (_, lampiran, _) = lakip(dir.path(), &["render", "lampiran"]);
    assert!(
        lampiran.contains("| Survei kepuasan | Jul–Des |"),
        "{lampiran}"
    );
    let (_, out, _) = lakip(dir.path(), &["check"]);
    assert!(
        out.contains("warning[rak-unscheduled]") && out.contains("Penyusunan laporan"),
        "{out}"
    );
    assert_eq!(out.matches("warning[rak-unscheduled]").count(), 1, "{out}");
}
