//! SAKTI's report GLP039, "Laporan Ketersediaan Dana Detail" (kind `sakti`): the three real
//! monthly exports of `../shared/real/sakti-glp039/` read as they are, their figures worked out
//! by hand from the files (and by `tests/sakti_glp039_check.py`, which reads them with
//! openpyxl alone), and workbooks written by `tests/support/sakti_fixtures.rs` in the same
//! layout for what the real files do not show: a row a page break cut and printed again, an
//! item name carried over a break, a parent that is not the sum of its rows, a copy that lost
//! its merged cells, a title that names the report over a header that could be anggaran.

mod support;

use assert_cmd::Command;
use lakip::model::{Document, Field, Level, NoticeKind, RowClass};
use lakip::pipeline::{read_file, Options};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};
use support::sakti_fixtures::{
    self as sakti, heading, item, Figures, Report, Row, AKUN, KEGIATAN, KOMPONEN, KRO, PROGRAM, RO,
    SUB_KOMPONEN,
};

/// A real export; CI has `../shared` beside the clone, and a missing file fails the test.
fn real(name: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/real/sakti-glp039")
        .join(name);
    assert!(path.is_file(), "{} is missing", path.display());
    path
}

fn read(path: &Path) -> Document {
    let name = path.display().to_string();
    let (mut docs, skipped) = read_file(path, &name, &Options::default()).unwrap();
    assert!(skipped.is_empty(), "{skipped:?}");
    assert_eq!(docs.len(), 1);
    docs.remove(0)
}

fn dec(n: u64) -> Decimal {
    Decimal::from(n)
}

fn lakip(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en");
    cmd.current_dir(dir);
    cmd
}

fn stated(amounts: &lakip::model::Amounts, field: Field) -> (Option<Decimal>, String) {
    let q = &amounts[&field];
    (q.value, q.cell.to_string())
}

fn identity(doc: &Document) -> Vec<(&'static str, String)> {
    doc.kind.identity(doc)
}

/// One month: its file, its period, and the realisasi periode lalu, periode ini and s.d.
/// periode of the whole report, the sums of the 66 items' W, X and Z cells:
/// - Januari: nothing realised yet, every W, X and Z is 0;
/// - Maret: s.d. Z17 1.710.000 + Z18 720.000 + Z21 1.000.000 + Z22 1.500.000 +
///   Z23 1.995.000 + Z24 840.000 + Z53 27.200.000 + Z55 1.260.000 + Z57 850.000 =
///   37.075.000, of which this period (X, the same rows but X53 13.600.000) 23.475.000, and
///   before it (W53) 13.600.000;
/// - Juli: s.d. Z17 5.130.000 + Z18 2.160.000 + Z21 1.000.000 + Z22 1.500.000 +
///   Z23 1.995.000 + Z24 840.000 + Z45 500.000 + Z46 1.000.000 + Z47 6.840.000 +
///   Z48 6.552.000 + Z53 81.600.000 + Z55 2.550.000 + Z57 4.250.000 + Z67 3.990.000 +
///   Z68 1.666.000 + Z76 340.000 = 121.913.000, of which this period X48 1.200.000 +
///   X53 13.600.000 = 14.800.000, and before it 121.913.000 − 14.800.000 = 107.113.000.
const MONTHS: [(&str, &str, u64, u64, u64); 3] = [
    ("glp039-2025-01-januari.xlsx", "Januari 2025", 0, 0, 0),
    (
        "glp039-2025-03-maret.xlsx",
        "Maret 2025",
        13_600_000,
        23_475_000,
        37_075_000,
    ),
    (
        "glp039-2025-07-juli.xlsx",
        "Juli 2025",
        107_113_000,
        14_800_000,
        121_913_000,
    ),
];

/// The pagu of the one RO, `WA.6336.EBA.963` Layanan Data dan Informasi, stated in Q13: its
/// komponen 126 (Q14, 23.763.000) + 127 (Q42, 883.037.000) = 906.800.000, and so every level
/// above it and the grand total (Q9).
const PAGU: u64 = 906_800_000;

#[test]
fn the_real_exports_read_as_they_are() {
    for (file, periode, lalu, ini, sd) in MONTHS {
        let doc = read(&real(file));
        assert_eq!(doc.kind.name(), "sakti", "{file}");
        let ro = doc
            .headings()
            .iter()
            .position(|h| h.code.as_deref() == Some("WA.6336.EBA.963"))
            .unwrap();
        let heading = &doc.headings()[ro];
        assert_eq!(heading.level, Level::RincianOutput);
        assert_eq!(heading.text, "Layanan Data dan Informasi");
        assert_eq!(
            stated(&heading.stated, Field::Pagu),
            (Some(dec(PAGU)), "Q13".into())
        );
        let subtotals = doc.subtotals();
        assert_eq!(subtotals.of(Some(ro)).sum(Field::Pagu), Some(dec(PAGU)));
        assert_eq!(subtotals.of(Some(ro)).items, 66);
        let all = &subtotals.all;
        assert_eq!(all.sum(Field::RealisasiLalu), Some(dec(lalu)), "{file}");
        assert_eq!(all.sum(Field::RealisasiIni), Some(dec(ini)), "{file}");
        assert_eq!(all.sum(Field::Realisasi), Some(dec(sd)), "{file}");
        // The grand total states s.d. in Y9 and sisa in AD9, a column left of every other row.
        let total = &doc.totals()[0];
        assert_eq!(total.label, "JUMLAH SELURUHNYA");
        assert_eq!(
            stated(&total.stated, Field::Realisasi),
            (Some(dec(sd)), "Y9".into())
        );
        assert_eq!(
            stated(&total.stated, Field::Sisa),
            (Some(dec(PAGU - sd)), "AD9".into())
        );
        assert_eq!(
            identity(&doc),
            [
                ("satker_kode", "427768".to_string()),
                ("satker", "SEKRETARIAT KEMENKO BIDANG PMK".to_string()),
                ("kementerian_kode", "036".to_string()),
                (
                    "kementerian",
                    "KEMENTERIAN KOORDINATOR BIDANG PEMBANGUNAN MANUSIA DAN KEBUDAYAAN".to_string()
                ),
                ("unit_kode", "01".to_string()),
                (
                    "unit",
                    "KEMENTERIAN KOORDINATOR BIDANG PEMBANGUNAN MANUSIA DAN KEBUDAYAAN".to_string()
                ),
                ("periode", periode.to_string()),
            ]
        );
    }
}

/// Every row of the 122 is accounted for: rows 1–6 the title block (title, `Per Program; …`,
/// the period, kementerian, unit, satker), 7–8 the two-row header, 9 the grand total, the
/// five page footers (B35, B62, B89, B116, B122) footer rows, and between them 42 headings (program,
/// kegiatan, KRO, RO, 2 komponen, 8 sub-komponen, 28 akun, one per code in B, C, E, F, H) and
/// 66 items (N). Every heading's full code goes back to the program.
#[test]
fn every_row_of_the_real_exports_is_accounted_for() {
    let doc = read(&real("glp039-2025-07-juli.xlsx"));
    let counts = doc.row_counts();
    let expected = [
        (RowClass::Title, 6),
        (RowClass::Header, 2),
        (RowClass::Total, 1),
        (RowClass::Heading, 42),
        (RowClass::Item, 66),
        (RowClass::Footer, 5),
    ];
    for (class, n) in expected {
        assert_eq!(counts[&class], n, "{class:?}");
    }
    assert_eq!(counts.values().sum::<usize>(), 122);
    let footers: Vec<u32> = doc
        .rows
        .iter()
        .filter(|(_, c)| *c == RowClass::Footer)
        .map(|(r, _)| *r)
        .collect();
    assert_eq!(footers, [35, 62, 89, 116, 122]);
    let per_level: Vec<usize> = Level::ALL
        .iter()
        .map(|l| doc.headings().iter().filter(|h| h.level == *l).count())
        .collect();
    assert_eq!(per_level, [1, 1, 1, 1, 2, 8, 28]);
    let akun = doc
        .headings()
        .iter()
        .find(|h| h.location.cell == "H16")
        .unwrap();
    assert_eq!(akun.code.as_deref(), Some("WA.6336.EBA.963.126.0A.521211"));
    assert_eq!(akun.text, "Belanja Bahan");
    let first = &doc.items()[0];
    assert_eq!(first.uraian, "002514. Makan Rapat Biasa D.K.I.  JAKARTA");
    assert_eq!(first.location.cell, "N17");
    // The item under the footer of row 35 belongs to the akun of row 34.
    let after_footer = doc.items().iter().find(|i| i.location.row == 36).unwrap();
    let parent = &doc.headings()[after_footer.heading.unwrap()];
    assert_eq!(parent.location.row, 34);
    assert!(doc.notices.iter().all(|n| n.kind == NoticeKind::Ambiguous));
}

/// The three files are consistent at every level, for every amount: `lakip check` finds
/// nothing, as `tests/sakti_glp039_check.py` found nothing reading them by hand.
#[test]
fn the_real_exports_check_clean() {
    for (file, ..) in MONTHS {
        let path = real(file);
        let out = lakip(path.parent().unwrap())
            .args(["check", file])
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "ok: 0 errors, 0 warnings in 1 document checked\n",
            "{file}"
        );
        assert_eq!(out.status.code(), Some(0));
    }
}

/// `lakip import` names the satker and the period of the report, in text and in JSON.
#[test]
fn import_shows_the_satker_and_the_period() {
    let path = real("glp039-2025-03-maret.xlsx");
    let dir = path.parent().unwrap();
    let text = lakip(dir)
        .args(["import", "--dry-run", "glp039-2025-03-maret.xlsx"])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("identity: satker 427768 SEKRETARIAT KEMENKO BIDANG PMK; kementerian 036"),
        "{text}"
    );
    assert!(text.contains("; periode Maret 2025\n"), "{text}");
    assert!(text.contains("rows: 122 = 6 title, 2 header, 42 heading, 66 item, 1 total, 5 footer"));
    let json = lakip(dir)
        .args([
            "import",
            "--dry-run",
            "--format",
            "json",
            "glp039-2025-03-maret.xlsx",
        ])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let identity = &json["documents"][0]["identity"];
    assert_eq!(identity["satker_kode"], "427768");
    assert_eq!(identity["satker"], "SEKRETARIAT KEMENKO BIDANG PMK");
    assert_eq!(identity["periode"], "Maret 2025");
}

// ---- fixtures in the same layout --------------------------------------------------------

/// A small report: program → kegiatan → KRO → RO → komponen → sub-komponen, two akun with
/// two items each. Items (pagu, lalu, ini): A 2.000.000, 500.000, 250.000; B 1.000.000, 0,
/// 400.000; C 3.000.000, 1.000.000, 0; D 500.000, 0, 0. Akun 521211 = A + B: pagu 3.000.000,
/// lalu 500.000, ini 650.000, s.d. 1.150.000, sisa 1.850.000; akun 524111 = C + D: pagu
/// 3.500.000, lalu 1.000.000, ini 0, s.d. 1.000.000, sisa 2.500.000; every level above:
/// pagu 6.500.000, lalu 1.500.000, ini 650.000, s.d. 2.150.000, sisa 4.350.000.
const A: Figures = Figures::new(2_000_000, 500_000, 250_000);
const B: Figures = Figures::new(1_000_000, 0, 400_000);
const C: Figures = Figures::new(3_000_000, 1_000_000, 0);
const D: Figures = Figures::new(500_000, 0, 0);

fn upper_levels(all: Figures) -> Vec<Row> {
    vec![
        heading(PROGRAM, "WA", "Program Dukungan Manajemen", all),
        heading(KEGIATAN, "WA.6336", "Dukungan Manajemen Internal", all),
        heading(KRO, "EBA", "Layanan Dukungan Manajemen Internal", all),
        heading(RO, "EBA.963", "Layanan Data dan Informasi", all),
        heading(KOMPONEN, "127", "Pelaksanaan Pengelolaan Data", all),
        heading(
            SUB_KOMPONEN,
            "127.0A",
            "Sistem Pemerintahan Berbasis Elektronik",
            all,
        ),
    ]
}

fn small(rows: Vec<Row>, merged: bool) -> (tempfile::TempDir, PathBuf) {
    let all = Figures::sum(&[A, B, C, D]);
    let mut body = upper_levels(all);
    body.extend(rows);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("glp039.xlsx");
    let report = Report {
        periode: "Juli 2025",
        total: all,
        rows: &body,
        merged,
    };
    sakti::write(&path, &report).unwrap();
    (dir, path)
}

fn akun_521211() -> Row {
    heading(AKUN, "521211", "Belanja Bahan", Figures::sum(&[A, B]))
}

fn akun_524111() -> Row {
    heading(
        AKUN,
        "524111",
        "Belanja Perjalanan Dinas Biasa",
        Figures::sum(&[C, D]),
    )
}

fn check(dir: &Path, file: &str) -> (i32, String) {
    let out = lakip(dir).args(["check", file]).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

/// The akun of row 16 is cut by the page break (footer, row 17) and printed again in row 18
/// with the same code and amounts: row 18 continues row 16, its items (rows 19, 20) are the
/// akun's, and nothing is counted twice — every sum checks.
#[test]
fn a_row_printed_again_after_a_page_break_is_one_row() {
    // The notices asserted below are the English ones.
    support::english();
    let (dir, path) = small(
        vec![
            akun_521211(),
            Row::Footer,
            akun_521211(),
            item("002514. Makan Rapat Biasa D.K.I. JAKARTA", A),
            item("002515. Snack Rapat Biasa D.K.I. JAKARTA", B),
            akun_524111(),
            item("006757. Perjalanan Dinas Insidentil", C),
            item("006758. Perjalanan Dinas Biasa", D),
        ],
        true,
    );
    let doc = read(&path);
    let counts = doc.row_counts();
    assert_eq!(counts[&RowClass::Continuation], 1);
    assert_eq!(counts[&RowClass::Heading], 8);
    assert_eq!(counts[&RowClass::Item], 4);
    assert_eq!(counts[&RowClass::Footer], 1);
    let akun = doc.headings().iter().position(|h| h.location.row == 16);
    assert!(akun.is_some());
    let under: Vec<u32> = doc
        .items()
        .iter()
        .filter(|i| i.heading == akun)
        .map(|i| i.location.row)
        .collect();
    assert_eq!(under, [19, 20]);
    let notice = doc
        .notices
        .iter()
        .find(|n| n.kind == NoticeKind::Continuation)
        .unwrap();
    assert_eq!(notice.location.row, 18);
    assert!(
        notice.message.contains("row 18 prints row 16"),
        "{notice:?}"
    );
    // 2.000.000 + 1.000.000 + 3.000.000 + 500.000: the akun is not counted again.
    assert_eq!(doc.subtotals().all.sum(Field::Pagu), Some(dec(6_500_000)));
    let (code, out) = check(dir.path(), "glp039.xlsx");
    assert_eq!(
        (code, out.as_str()),
        (0, "ok: 0 errors, 0 warnings in 1 document checked\n")
    );
}

/// A report printed with its title block and header at the top of every page: after the
/// footer (row 17), rows 18-23 are the title and identity again (`Hal 2 dari 5`) and rows
/// 24-25 the header; the akun of row 16 goes on in row 26 with its items. Every row is
/// accounted for (6 + 6 title rows, 2 + 2 header rows), nothing is unrecognised and nothing is
/// counted twice: the pagu is 2.000.000 + 1.000.000 + 3.000.000 + 500.000 = 6.500.000 and the
/// check is clean.
#[test]
fn a_title_block_and_header_repeated_at_a_page_top_are_the_page_top() {
    let (dir, path) = small(
        vec![
            akun_521211(),
            Row::Footer,
            Row::PageTop(2),
            akun_521211(),
            item("002514. Makan Rapat Biasa D.K.I. JAKARTA", A),
            item("002515. Snack Rapat Biasa D.K.I. JAKARTA", B),
            akun_524111(),
            item("006757. Perjalanan Dinas Insidentil", C),
            item("006758. Perjalanan Dinas Biasa", D),
        ],
        true,
    );
    let doc = read(&path);
    let counts = doc.row_counts();
    assert_eq!(counts[&RowClass::Unrecognised], 0, "{counts:?}");
    assert_eq!(counts[&RowClass::Title], 12, "{counts:?}");
    assert_eq!(counts[&RowClass::Header], 4, "{counts:?}");
    assert_eq!(counts[&RowClass::Item], 4);
    assert_eq!(counts[&RowClass::Continuation], 1);
    assert_eq!(doc.subtotals().all.sum(Field::Pagu), Some(dec(6_500_000)));
    let (code, out) = check(dir.path(), "glp039.xlsx");
    assert_eq!(
        (code, out.as_str()),
        (0, "ok: 0 errors, 0 warnings in 1 document checked\n")
    );
}

/// Only the page number printed after the footer (`Hal 2 dari 5` in AC18/AF18, where the
/// title block prints it): a title row of the page, not amounts to read. Before, the import
/// stopped (exit 2) at "cannot read 'Hal 2 dari' as a number".
#[test]
fn a_page_number_printed_inside_the_data_is_a_title_row() {
    let (dir, path) = small(
        vec![
            akun_521211(),
            Row::Footer,
            Row::PageNumber(2),
            akun_521211(),
            item("002514. Makan Rapat Biasa D.K.I. JAKARTA", A),
            item("002515. Snack Rapat Biasa D.K.I. JAKARTA", B),
            akun_524111(),
            item("006757. Perjalanan Dinas Insidentil", C),
            item("006758. Perjalanan Dinas Biasa", D),
        ],
        true,
    );
    let doc = read(&path);
    let counts = doc.row_counts();
    // 6 title rows above the header and the page number.
    assert_eq!(counts[&RowClass::Title], 7, "{counts:?}");
    assert_eq!(counts[&RowClass::Continuation], 1);
    assert_eq!(doc.subtotals().all.sum(Field::Pagu), Some(dec(6_500_000)));
    let (code, out) = check(dir.path(), "glp039.xlsx");
    assert_eq!(
        (code, out.as_str()),
        (0, "ok: 0 errors, 0 warnings in 1 document checked\n")
    );
}

/// A long item name cut by the page break (row 18, footer in 19) goes on in row 20 with no
/// code, the rest of the text, the pagu again (1.000.000), no realisasi and sisa 0: the rest
/// of item B, not an item of its own.
#[test]
fn an_item_name_carried_over_a_page_break_is_one_item() {
    let (dir, path) = small(
        vec![
            akun_521211(),
            item("002514. Makan Rapat Biasa D.K.I. JAKARTA", A),
            item(
                "002515. Biaya Paket Kegiatan Rapat/Pertemuan Full Day di Luar",
                B,
            ),
            Row::Footer,
            Row::Rest("Kantor (D.K.I. Jakarta)".into(), 1_000_000),
            akun_524111(),
            item("006757. Perjalanan Dinas Insidentil", C),
            item("006758. Perjalanan Dinas Biasa", D),
        ],
        true,
    );
    let doc = read(&path);
    assert_eq!(doc.row_counts()[&RowClass::Continuation], 1);
    assert_eq!(doc.items().len(), 4);
    let b = doc.items().iter().find(|i| i.location.row == 18).unwrap();
    assert_eq!(
        b.uraian,
        "002515. Biaya Paket Kegiatan Rapat/Pertemuan Full Day di Luar Kantor (D.K.I. Jakarta)"
    );
    assert_eq!(b.amounts[&Field::Pagu].value, Some(dec(1_000_000)));
    let notice = doc
        .notices
        .iter()
        .find(|n| n.kind == NoticeKind::Continuation)
        .unwrap();
    assert_eq!(notice.location.row, 20);
    let (code, out) = check(dir.path(), "glp039.xlsx");
    assert_eq!(
        (code, out.as_str()),
        (0, "ok: 0 errors, 0 warnings in 1 document checked\n")
    );
}

/// Akun 524111 states a pagu of 3.600.000, but its items C and D add up to 3.000.000 +
/// 500.000 = 3.500.000 (and its sisa 2.600.000 where they add up to 2.500.000): the report is
/// genuinely inconsistent there, and `check` says so at Q19 and AE19 — and at the sub-komponen
/// above? No: it states 6.500.000, which its akun's items add up to (the deep sum), so only
/// the akun is reported.
#[test]
fn a_parent_that_is_not_the_sum_of_its_rows_is_reported() {
    let mut wrong = Figures::sum(&[C, D]);
    wrong.pagu = 3_600_000;
    wrong.sisa = 2_600_000;
    let (dir, _) = small(
        vec![
            akun_521211(),
            item("002514. Makan Rapat Biasa D.K.I. JAKARTA", A),
            item("002515. Snack Rapat Biasa D.K.I. JAKARTA", B),
            heading(AKUN, "524111", "Belanja Perjalanan Dinas Biasa", wrong),
            item("006757. Perjalanan Dinas Insidentil", C),
            item("006758. Perjalanan Dinas Biasa", D),
        ],
        true,
    );
    let out = lakip(dir.path())
        .args(["check", "--format", "json", "glp039.xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(String, String, String, String)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["location"]["cell"].as_str().unwrap().to_string(),
                d["stated"].as_str().unwrap_or("").to_string(),
                d["computed"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let row = |code: &str, cell: &str, stated: &str, computed: &str| {
        (code.into(), cell.into(), stated.into(), computed.into())
    };
    assert_eq!(
        found,
        [
            row("sum-heading", "Q19", "3600000", "3500000"),
            row("sum-heading", "AE19", "2600000", "2500000"),
        ]
    );
}

/// The grand total writes s.d. periode in Y9 (merged Y9:AB9) and sisa in AD9 (AD9:AI9),
/// where every other row writes them in Z and AE: they are read from there, once, and the
/// total checks against the program (s.d. 500.000 + 250.000 + 400.000 + 1.000.000 =
/// 2.150.000; sisa 6.500.000 − 2.150.000 = 4.350.000), with no number left unread.
#[test]
fn the_grand_total_is_read_a_column_left() {
    let (_dir, path) = small(
        vec![
            akun_521211(),
            item("002514. Makan Rapat Biasa D.K.I. JAKARTA", A),
            item("002515. Snack Rapat Biasa D.K.I. JAKARTA", B),
            akun_524111(),
            item("006757. Perjalanan Dinas Insidentil", C),
            item("006758. Perjalanan Dinas Biasa", D),
        ],
        true,
    );
    let doc = read(&path);
    let total = &doc.totals()[0];
    assert_eq!(
        stated(&total.stated, Field::Realisasi),
        (Some(dec(2_150_000)), "Y9".into())
    );
    assert_eq!(
        stated(&total.stated, Field::Sisa),
        (Some(dec(4_350_000)), "AD9".into())
    );
    assert!(
        doc.notices.iter().all(|n| !n.kind.is_not_read()),
        "{:?}",
        doc.notices
    );
}

/// A copy that lost its merged cells: `Pagu Revisi` over an empty R with the numbers in Q, and
/// the like. Each name is tied to the unnamed column beside it that holds numbers, and a
/// notice says so; the grand total's s.d. and sisa, a column left with nothing to tie them,
/// are named as unread numbers rather than guessed.
#[test]
fn without_merged_cells_columns_are_tied_by_position_and_said_so() {
    let (_dir, path) = small(
        vec![
            akun_521211(),
            item("002514. Makan Rapat Biasa D.K.I. JAKARTA", A),
            item("002515. Snack Rapat Biasa D.K.I. JAKARTA", B),
            akun_524111(),
            item("006757. Perjalanan Dinas Insidentil", C),
            item("006758. Perjalanan Dinas Biasa", D),
        ],
        false,
    );
    let doc = read(&path);
    // The codes and names are read from the unnamed columns after `Uraian` all the same.
    assert_eq!(doc.headings().len(), 8);
    let a = &doc.items()[0];
    assert_eq!(
        doc.headings()[a.heading.unwrap()].code.as_deref(),
        Some("WA.6336.EBA.963.127.0A.521211")
    );
    let cells: Vec<(Field, String)> = a
        .amounts
        .iter()
        .map(|(f, q)| (*f, q.cell.to_string()))
        .collect();
    assert_eq!(
        cells,
        [
            (Field::Pagu, "Q17".to_string()),
            (Field::Realisasi, "Z17".to_string()),
            (Field::StatedPercent, "AC17".to_string()),
            (Field::Sisa, "AE17".to_string()),
            (Field::LockPagu, "S17".to_string()),
            (Field::RealisasiLalu, "W17".to_string()),
            (Field::RealisasiIni, "X17".to_string()),
        ]
    );
    let tied: Vec<String> = doc
        .notices
        .iter()
        .filter(|n| n.message.contains("tied by position"))
        .map(|n| n.location.cell.to_string())
        .collect();
    assert_eq!(tied, ["R7", "T7", "V8", "Y8", "AB8"]);
    let mut unread: Vec<String> = doc
        .notices
        .iter()
        .filter(|n| n.kind == NoticeKind::UnreadColumn)
        .map(|n| n.location.cell.to_string())
        .collect();
    unread.sort();
    assert_eq!(unread, ["AD9", "Y9"]);
}

/// A title that names the report over a header that an anggaran table has too (no lock pagu,
/// no realisasi by period): both kinds could read it, so the import says so and asks; with
/// `--kind sakti` it reads it, with `--kind anggaran` too.
#[test]
fn a_sakti_title_over_an_anggaran_header_asks_for_the_kind() {
    let dir = tempfile::tempdir().unwrap();
    support::fixtures::table_xlsx(
        &dir.path().join("glp039.xlsx"),
        "GLP039",
        &[
            &["LAPORAN KETERSEDIAAN DANA DETAIL TA 2025"],
            &["Periode Juli 2025"],
            &["Uraian", "Pagu Revisi", "s.d. Periode", "SISA ANGGARAN"],
            &[
                "Layanan Data dan Informasi",
                "906800000",
                "121913000",
                "784887000",
            ],
        ],
    )
    .unwrap();
    let out = lakip(dir.path())
        .args(["import", "--dry-run", "glp039.xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: glp039.xlsx: nothing to import: sheet 'GLP039': the header in row 3 makes an \
         anggaran table (the header has Pagu/Realisasi columns), but the title names a SAKTI \
         GLP039 report, which could be read from these columns too: choose with --kind \
         anggaran or --kind sakti\n"
    );
    for kind in ["sakti", "anggaran"] {
        let out = lakip(dir.path())
            .args(["import", "--dry-run", "--kind", kind, "glp039.xlsx"])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.starts_with(&format!("glp039.xlsx:'GLP039': {kind} (set with --kind)")),
            "{text}"
        );
    }
}

// ---- lakip realisasi ----------------------------------------------------------------------

/// A workspace with the July report imported.
fn workspace_with_juli() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        lakip(dir.path()).args(args).assert().success();
    };
    run(&[
        "init",
        "--satker",
        "Sekretariat Kemenko PMK",
        "--tahun",
        "2025",
    ]);
    std::fs::copy(
        real("glp039-2025-07-juli.xlsx"),
        dir.path().join("glp039-juli.xlsx"),
    )
    .unwrap();
    run(&["import", "glp039-juli.xlsx"]);
    dir
}

fn realisasi_json(dir: &Path, extra: &[&str]) -> serde_json::Value {
    let out = lakip(dir)
        .args([&["realisasi", "--format", "json"], extra].concat())
        .assert()
        .success()
        .get_output()
        .clone();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// (level, code, pagu, realisasi, serapan, sisa) of each row.
fn figures(json: &serde_json::Value) -> Vec<[String; 6]> {
    let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
    json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            [
                s(&r["level"]),
                s(&r["code"]),
                s(&r["pagu"]),
                s(&r["realisasi"]),
                s(&r["serapan"]),
                s(&r["sisa"]),
            ]
        })
        .collect()
}

fn line(level: &str, code: &str, numbers: [&str; 4]) -> [String; 6] {
    let [pagu, realisasi, serapan, sisa] = numbers;
    [level, code, pagu, realisasi, serapan, sisa].map(str::to_string)
}

/// Program → kegiatan → KRO → RO of the July report, from its 66 items: pagu 906.800.000,
/// realisasi (s.d. periode) 121.913.000, serapan 121.913.000 ÷ 906.800.000 × 100 = 13,444… =
/// 13,44%, sisa 906.800.000 − 121.913.000 = 784.887.000 (one RO, so every level the same);
/// the period the figures run to named.
#[test]
fn realisasi_of_a_sakti_workspace_goes_down_to_the_ro() {
    let dir = workspace_with_juli();
    let json = realisasi_json(dir.path(), &[]);
    assert_eq!(json["periode"], "Juli 2025");
    let all = ["906800000", "121913000", "13.44", "784887000"];
    assert_eq!(
        figures(&json),
        [
            line("program", "WA", all),
            line("kegiatan", "WA.6336", all),
            line("output", "WA.6336.EBA", all),
            line("rincian_output", "WA.6336.EBA.963", all),
            line("total", "", all),
        ]
    );
    let text = lakip(dir.path()).arg("realisasi").output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.starts_with("Realisasi Anggaran s.d. Periode Juli 2025\n"),
        "{text}"
    );
    assert!(
        text.contains("│ WA.6336.EBA.963 ┆       Layanan Data dan Informasi"),
        "{text}"
    );
}

/// `--depth komponen` adds the two komponen: 126 (Persiapan) pagu Q14 23.763.000, realisasi
/// Z17 5.130.000 + Z18 2.160.000 + Z21 1.000.000 + Z22 1.500.000 + Z23 1.995.000 + Z24 840.000
/// = 12.625.000, serapan 53,128… = 53,13%, sisa 11.138.000; 127 (Pelaksanaan) pagu 906.800.000
/// − 23.763.000 = 883.037.000, realisasi 121.913.000 − 12.625.000 = 109.288.000, serapan
/// 12,376… = 12,38%, sisa 773.749.000.
#[test]
fn realisasi_depth_is_settable() {
    let dir = workspace_with_juli();
    let json = realisasi_json(dir.path(), &["--depth", "komponen"]);
    let rows = figures(&json);
    assert_eq!(rows.len(), 7);
    assert_eq!(
        rows[4..6],
        [
            line(
                "komponen",
                "WA.6336.EBA.963.126",
                ["23763000", "12625000", "53.13", "11138000"]
            ),
            line(
                "komponen",
                "WA.6336.EBA.963.127",
                ["883037000", "109288000", "12.38", "773749000"]
            ),
        ]
    );
    let program = realisasi_json(dir.path(), &["--depth", "program"]);
    assert_eq!(figures(&program).len(), 2, "the program and the total");
}

/// Two months of one report add their realisasi up to each period twice over: refused.
#[test]
fn realisasi_refuses_reports_of_different_periods() {
    let dir = real("glp039-2025-07-juli.xlsx");
    let dir = dir.parent().unwrap();
    let out = lakip(dir)
        .args([
            "realisasi",
            "glp039-2025-03-maret.xlsx",
            "glp039-2025-07-juli.xlsx",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(
            "error: the realisation reports are of different periods: Juli 2025 \
             (glp039-2025-07-juli.xlsx), Maret 2025 (glp039-2025-03-maret.xlsx)"
        ),
        "{err}"
    );
}

// ---- the flat variant: one row per akun, full codes in a Kode column -----------------------

/// What users make of the report: a `Kode` column with the code of each level, the akun
/// written out in full (`WA.4305.EBA.994.002.0A.521111`), an RO in its long form
/// (`4305.EBA.994`, extending the KRO `4305.EBA` above it) or its short one (`EBA.962`).
/// Akun 521111 1.000.000 / 600.000, akun 522111 2.000.000 / 1.500.000: RO 994 3.000.000 /
/// 2.100.000 (serapan 70,00%); akun 521211 500.000 / 500.000: RO 962 500.000 / 500.000
/// (100,00%); KRO, kegiatan, program and JUMLAH 3.500.000 / 2.600.000, sisa 900.000, serapan
/// 2.600.000 ÷ 3.500.000 × 100 = 74,285… = 74,29%.
const FLAT: &[&[&str]] = &[
    &["Realisasi Anggaran Satker 427768 s.d. Juli 2025"],
    &["Kode", "Uraian", "Pagu", "Realisasi", "Sisa"],
    &[
        "WA",
        "Program Dukungan Manajemen",
        "3500000",
        "2600000",
        "900000",
    ],
    &[
        "WA.4305",
        "Dukungan Manajemen Internal",
        "3500000",
        "2600000",
        "900000",
    ],
    &[
        "4305.EBA",
        "Layanan Dukungan Manajemen Internal",
        "3500000",
        "2600000",
        "900000",
    ],
    &[
        "4305.EBA.994",
        "Layanan Perkantoran",
        "3000000",
        "2100000",
        "900000",
    ],
    &[
        "WA.4305.EBA.994.002.0A.521111",
        "Belanja Keperluan Perkantoran",
        "1000000",
        "600000",
        "400000",
    ],
    &[
        "WA.4305.EBA.994.002.0A.522111",
        "Belanja Langganan Listrik",
        "2000000",
        "1500000",
        "500000",
    ],
    &["EBA.962", "Layanan Umum", "500000", "500000", "0"],
    &[
        "WA.4305.EBA.962.001.0A.521211",
        "Belanja Bahan",
        "500000",
        "500000",
        "0",
    ],
    &["", "JUMLAH", "3500000", "2600000", "900000"],
];

/// The program `WA` (written out further below as `WA.4305`), the kegiatan, the KRO and both
/// RO are headings — the long RO code extends the KRO's, so it is its child, never an item —
/// and the three akun rows are the items of their RO. Before the codes were read as runs of
/// levels, `4305.EBA.994` was an item and `WA` a sub-komponen.
#[test]
fn the_flat_variant_with_full_codes_reads_as_a_tree() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("flat.xlsx");
    support::fixtures::table_xlsx(&path, "Realisasi", FLAT).unwrap();
    let doc = read(&path);
    assert_eq!(doc.kind.name(), "anggaran");
    let headings: Vec<(&str, Level)> = doc
        .headings()
        .iter()
        .map(|h| (h.code.as_deref().unwrap(), h.level))
        .collect();
    assert_eq!(
        headings,
        [
            ("WA", Level::Program),
            ("WA.4305", Level::Kegiatan),
            ("4305.EBA", Level::Output),
            ("4305.EBA.994", Level::RincianOutput),
            ("EBA.962", Level::RincianOutput),
        ]
    );
    let under: Vec<(u32, Option<usize>)> = doc
        .items()
        .iter()
        .map(|i| (i.location.row, i.heading))
        .collect();
    assert_eq!(under, [(7, Some(3)), (8, Some(3)), (10, Some(4))]);
    assert_eq!(doc.headings()[4].parent, Some(2));
    let (code, out) = check(dir.path(), "flat.xlsx");
    assert_eq!(
        (code, out.as_str()),
        (0, "ok: 0 errors, 0 warnings in 1 document checked\n")
    );
    let json = lakip(dir.path())
        .args([
            "realisasi",
            "--format",
            "json",
            "--depth",
            "ro",
            "flat.xlsx",
        ])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(
        figures(&json),
        [
            line("program", "WA", ["3500000", "2600000", "74.29", "900000"]),
            line(
                "kegiatan",
                "WA.4305",
                ["3500000", "2600000", "74.29", "900000"]
            ),
            line(
                "output",
                "WA.4305.EBA",
                ["3500000", "2600000", "74.29", "900000"]
            ),
            line(
                "rincian_output",
                "WA.4305.EBA.994",
                ["3000000", "2100000", "70.00", "900000"]
            ),
            line(
                "rincian_output",
                "WA.4305.EBA.962",
                ["500000", "500000", "100.00", "0"]
            ),
            line("total", "", ["3500000", "2600000", "74.29", "900000"]),
        ]
    );
}

// ---- a large report ------------------------------------------------------------------------

/// The generator `scripts/time-sakti.sh` times the import with: a consistent report of every
/// level, a page footer every 30 rows. A small one reads and checks clean: 2 KRO of 2 RO, each
/// 2 komponen of 2 sub-komponen of 3 akun of 4 items: 2 × 2 × 2 × 2 × 3 × 4 = 192 items under
/// 2 + 2 × (1 + 2 × (1 + 2 × (1 + 2 × (1 + 3)))) = 2 + 2 × 39 = 80 headings.
#[test]
fn a_generated_report_reads_and_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.xlsx");
    let total = sakti::write_large(&path, &sakti::Shape { kro: 2, items: 4 }).unwrap();
    let doc = read(&path);
    assert_eq!(doc.items().len(), 192);
    assert_eq!(doc.headings().len(), 80);
    assert_eq!(doc.subtotals().all.sum(Field::Pagu), Some(dec(total.pagu)));
    let (code, out) = check(dir.path(), "large.xlsx");
    assert_eq!(
        (code, out.as_str()),
        (0, "ok: 0 errors, 0 warnings in 1 document checked\n")
    );
}

/// Writes the large report to `$LAKIP_SAKTI_LARGE` for `scripts/time-sakti.sh`: 18 KRO, 10
/// items per akun (5 200 rows, 36 061 merged regions). Not a test of its own.
#[test]
#[ignore]
fn write_large_report() {
    let Ok(path) = std::env::var("LAKIP_SAKTI_LARGE") else {
        panic!("set LAKIP_SAKTI_LARGE to the file to write");
    };
    sakti::write_large(Path::new(&path), &sakti::Shape { kro: 18, items: 10 }).unwrap();
}

/// A report read while it streams in (the body read early, `layout::early`) gives what the
/// finished sheet gives: the header's ties are made from the same first rows both ways.
#[test]
fn a_report_read_while_it_streams_in_is_the_finished_sheets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.xlsx");
    sakti::write_large(&path, &sakti::Shape { kro: 3, items: 6 }).unwrap();
    for file in [path, real("glp039-2025-07-juli.xlsx")] {
        let streamed = read(&file);
        let workbook = lakip::source::read(&file).unwrap();
        let name = file.display().to_string();
        let whole = match lakip::layout::recognise(&name, &workbook.sheets[0], None).unwrap() {
            lakip::layout::Recognition::Document(d) => *d,
            lakip::layout::Recognition::Skipped(why) => panic!("{why}"),
        };
        assert_eq!(streamed, whole, "{name}");
    }
}

/// BAB III B of a workspace whose realisation is a SAKTI report says the figures run to the
/// report's month, not the whole year: July's s.d. 121.913.000 of 906.800.000 (13,44 %).
#[test]
fn bab3_says_the_period_the_realisation_runs_to() {
    let dir = workspace_with_juli();
    let out = lakip(dir.path()).args(["render", "bab3"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(
            "Realisasi anggaran s.d. Juli 2025 sebesar Rp121.913.000,00 atau 13,44% dari pagu"
        ),
        "{text}"
    );
}
