//! Layouts met in real satker files beyond the seeds: each test is one layout, built as a
//! workbook, with what a careful reader makes of it worked out by hand.

mod support;

use assert_cmd::Command;
use lakip::layout::{recognise, Recognition};
use lakip::model::{Document, Field, Level, NoticeKind, RowClass};
use predicates::prelude::*;
use rust_decimal::Decimal;
use std::path::Path;
use support::fixtures;

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Recognises a one-sheet workbook made of `rows`.
fn doc(rows: &[&[&str]]) -> Document {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.xlsx");
    fixtures::table_xlsx(&path, "Realisasi", rows).unwrap();
    let workbook = lakip::source::read(&path).unwrap();
    match recognise("t.xlsx", &workbook.sheets[0], None).unwrap() {
        Recognition::Document(d) => *d,
        Recognition::Skipped(why) => panic!("skipped: {why}"),
    }
}

fn lakip(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en");
    cmd.current_dir(dir);
    cmd
}

fn count(doc: &Document, class: RowClass) -> usize {
    doc.row_counts()[&class]
}

#[test]
fn jumlah_in_the_no_column_is_a_total() {
    let d = doc(&[
        &["No", "Uraian", "Pagu", "Realisasi"],
        &["1", "Belanja A", "1000000", "900000"],
        &["2", "Belanja B", "2000000", "1000000"],
        &["JUMLAH", "", "3000000", "1900000"],
    ]);
    assert_eq!(d.items().len(), 2);
    assert_eq!(d.totals().len(), 1);
    assert_eq!(
        d.totals()[0].stated[&Field::Pagu].value,
        Some(dec("3000000"))
    );
}

#[test]
fn numbered_programs_over_unnumbered_kegiatan() {
    let d = doc(&[
        &["Uraian", "Pagu", "Realisasi"],
        &["1. Program Penyelenggaraan Pemilu", "3000000", "2800000"],
        &["Kegiatan A", "1000000", "900000"],
        &["Kegiatan B", "2000000", "1900000"],
        &["2. Program Dukungan Manajemen", "5000000", "4000000"],
        &["Kegiatan C", "5000000", "4000000"],
        &["Jumlah", "8000000", "6800000"],
    ]);
    assert_eq!(d.headings().len(), 2);
    assert_eq!(d.items().len(), 3);
    assert_eq!(d.subtotals().all.sum(Field::Pagu), Some(dec("8000000")));
    assert_eq!(d.items()[2].heading, Some(1));
}

// Deliberately alike the test above: another layout whose six-row table has the same shape.
#[test]
fn roman_numerals_are_one_level() {
    let d = doc(&[
        &["Uraian", "Pagu", "Realisasi"],
        &["I. Program Penyelenggaraan", "", ""],
        &["1. Kegiatan A", "1000000", "900000"],
        &["II. Program Dukungan", "", ""],
        &["1. Kegiatan C", "5000000", "4000000"],
        &["III. Program Lain", "", ""],
        &["1. Kegiatan D", "1000000", "1000000"],
    ]);
    assert_eq!(d.headings().len(), 3);
    assert!(d.headings().iter().all(|h| h.level == Level::Program));
    assert_eq!(d.items().len(), 3);
}

#[test]
fn budget_codes_typed_as_numbers_keep_their_level() {
    let d = doc(&[
        &["Kode", "Uraian", "Pagu", "Realisasi"],
        &[
            "076.01.WA",
            "Program Dukungan Manajemen",
            "5000000",
            "4000000",
        ],
        &["6709", "Pengelolaan Keuangan", "5000000", "4000000"],
        &["51", "Komponen Gaji", "5000000", "4000000"],
        &["521211", "Belanja Bahan", "5000000", "4000000"],
        &["", "ATK", "5000000", "4000000"],
    ]);
    let levels: Vec<(&str, Level)> = d
        .headings()
        .iter()
        .map(|h| (h.code.as_deref().unwrap(), h.level))
        .collect();
    assert_eq!(
        levels,
        vec![
            ("076.01.WA", Level::Program),
            ("6709", Level::Kegiatan),
            ("051", Level::Komponen),
            ("521211", Level::Akun)
        ]
    );
    assert_eq!(d.items().len(), 1);
}

#[test]
fn rkt_heading_with_its_own_amount_and_a_remark() {
    let header: &[&str] = &[
        "Program Kegiatan",
        "Sasaran",
        "Indikator",
        "keluaran/output",
        "Uraian kegiatan",
        "Perkiraan kebutuhan Anggaran",
        "KET",
    ];
    let d = doc(&[
        header,
        &["Program A"],
        &["Kegiatan A1"],
        &["Output A1"],
        &["", "Sas 1", "Ind 1", "Out 1", "Uraian 1", "1000000"],
        &["Kegiatan A2", "", "", "", "", "", "revisi"],
        &["Output A2"],
        &["", "Sas 2", "Ind 2", "Out 2", "Uraian 2", "2000000"],
        &["Program B", "", "", "", "", "5000000"],
        &["Kegiatan B1"],
        &["Output B1"],
        &["", "Sas 3", "Ind 3", "Out 3", "Uraian 3", "5000000"],
    ]);
    assert_eq!(d.items().len(), 3);
    assert_eq!(
        d.headings()
            .iter()
            .filter(|h| h.level == Level::Program)
            .count(),
        2
    );
    let program_b = d.headings().iter().find(|h| h.text == "Program B").unwrap();
    assert_eq!(program_b.stated[&Field::Amount].value, Some(dec("5000000")));
    let uraian2 = d.items().iter().find(|i| i.uraian == "Uraian 2").unwrap();
    assert_eq!(
        d.path(uraian2.heading),
        vec!["Program A", "Kegiatan A2", "Output A2"]
    );
}

#[test]
fn section_subtotals_close_their_program() {
    let d = doc(&[
        &["No", "Uraian", "Pagu", "Realisasi"],
        &["1", "Program A", "", ""],
        &["a", "Kegiatan A1", "1000000", "900000"],
        &["b", "Kegiatan A2", "2000000", "1000000"],
        &["", "Jumlah", "3000000", "1900000"],
        &["2", "Program B", "", ""],
        &["a", "Kegiatan B1", "5000000", "4000000"],
        &["", "Jumlah", "5000000", "4000000"],
        &["", "Jumlah Total", "8000000", "5900000"],
    ]);
    let targets: Vec<Option<String>> = d
        .totals()
        .iter()
        .map(|t| t.heading.map(|h| d.headings()[h].text.clone()))
        .collect();
    assert_eq!(
        targets,
        vec![Some("Program A".into()), Some("Program B".into()), None]
    );
}

#[test]
fn anggaran_column_of_a_realisation_table_is_its_pagu() {
    let d = doc(&[
        &["Uraian", "Anggaran", "Realisasi", "%"],
        &["Belanja A", "1000000", "900000", "90"],
    ]);
    assert_eq!(
        d.fields,
        vec![Field::Pagu, Field::Realisasi, Field::StatedPercent]
    );
    assert_eq!(
        d.items()[0].amounts[&Field::Pagu].value,
        Some(dec("1000000"))
    );
}

#[test]
fn a_kind_that_cannot_hold_a_column_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    fixtures::table_xlsx(
        &dir.path().join("t.xlsx"),
        "Realisasi",
        &[
            &["Uraian", "Pagu", "Realisasi"],
            &["Belanja A", "1000", "900"],
        ],
    )
    .unwrap();
    lakip(dir.path())
        .args(["import", "--dry-run", "--kind", "rkt", "t.xlsx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "an rkt table has no place for the column 'Realisasi'",
        ));
}

#[test]
fn numbers_outside_amount_columns_are_never_silently_dropped() {
    // The notices asserted below are the English ones.
    support::english();
    let d = doc(&[
        &["Uraian", "Pagu", "Realisasi", "Volume"],
        &["Belanja A", "1000000", "900000", "90"],
        &["Belanja B", "2000000", "1000000", "50"],
    ]);
    let notice = d
        .notices
        .iter()
        .find(|n| n.kind == NoticeKind::UnreadColumn)
        .unwrap();
    assert_eq!(notice.location.cell, "D2");
    assert!(
        notice.message.contains("column D ('Volume'"),
        "{}",
        notice.message
    );
    assert!(notice.message.contains("2 rows"), "{}", notice.message);
    let lone = doc(&[
        &["Uraian", "Pagu", "Realisasi"],
        &["Belanja A", "1000", "900"],
        &["", "", "", "12345678"],
    ]);
    assert_eq!(count(&lone, RowClass::Unrecognised), 1);
}

#[test]
fn an_amount_typed_in_the_uraian_column_is_no_heading() {
    let d = doc(&[
        &["Uraian", "Pagu", "Realisasi"],
        &["Belanja A", "1000", "900"],
        &["5.000.000", "", ""],
        &["Belanja B", "2000", "1000"],
    ]);
    assert_eq!(d.headings().len(), 0);
    assert_eq!(count(&d, RowClass::Unrecognised), 1);
}

#[test]
fn two_row_header_names_the_columns_under_a_group_title() {
    let d = doc(&[
        &["No", "Uraian", "Anggaran", "", ""],
        &["", "", "Pagu", "Realisasi", "%"],
        &["1", "Belanja A", "1000000", "900000", "90"],
    ]);
    assert_eq!(count(&d, RowClass::Header), 2);
    assert_eq!(
        d.fields,
        vec![Field::Pagu, Field::Realisasi, Field::StatedPercent]
    );
    assert_eq!(
        d.items()[0].amounts[&Field::Realisasi].value,
        Some(dec("900000"))
    );
}

#[test]
fn a_signature_under_the_amount_column_is_a_signature() {
    let d = doc(&[
        &["Uraian", "Pagu", "Realisasi"],
        &["Belanja A", "1000", "900"],
        &["JUMLAH", "1000", "900"],
        &[],
        &["", "Serang, 24 Januari 2024"],
        &["", "Sekretaris"],
        &["", "ADE WAHYU MARGONO"],
    ]);
    assert_eq!(
        d.signature().unwrap().name.as_deref(),
        Some("ADE WAHYU MARGONO")
    );
}

#[test]
fn a_second_table_is_reported_not_misread() {
    let d = doc(&[
        &["Uraian", "Pagu", "Realisasi"],
        &["Belanja A", "1000", "900"],
        &["Jumlah", "1000", "900"],
        &[],
        &["Sasaran", "Indikator", "Target", "Realisasi"],
        &["Terwujudnya X", "Persentase Y", "100%", "95%"],
    ]);
    assert_eq!(d.items().len(), 1);
    assert_eq!(count(&d, RowClass::Note), 2);
    let notice = d
        .notices
        .iter()
        .find(|n| n.kind == NoticeKind::SecondTable)
        .unwrap();
    assert_eq!(notice.location.row, 5);
}

#[test]
fn text_under_the_grand_total_is_a_note() {
    let header: &[&str] = &[
        "Program Kegiatan",
        "Uraian kegiatan",
        "Perkiraan kebutuhan Anggaran",
    ];
    let d = doc(&[
        header,
        &["Program A"],
        &["", "Uraian 1", "1000000"],
        &["JUMLAH ANGGARAN", "", "1000000"],
        &["Catatan: angka sementara, belum termasuk revisi DIPA"],
    ]);
    assert_eq!(d.headings().len(), 1);
    assert_eq!(count(&d, RowClass::Note), 1);
}

#[test]
fn a_year_in_the_title_block_is_title() {
    let d = doc(&[
        &["RENCANA KINERJA TAHUNAN"],
        &["2023"],
        &["Uraian", "Pagu", "Realisasi"],
        &["Belanja A", "1000", "900"],
    ]);
    assert_eq!(d.title, vec!["RENCANA KINERJA TAHUNAN", "2023"]);
    assert_eq!(count(&d, RowClass::Unrecognised), 0);
}

#[test]
fn percent_formatted_cells_hold_fractions() {
    // The notices asserted below are the English ones.
    support::english();
    let pct: &[&str] = &["Uraian", "Pagu", "Realisasi", "%"];
    let d = doc(&[
        pct,
        &["Belanja A", "1000", "500", "0.5"],
        &["Belanja B", "1000", "900", "0.9"],
    ]);
    assert_eq!(
        d.items()[0].amounts[&Field::StatedPercent].value,
        Some(dec("50"))
    );
    assert_eq!(
        d.items()[1].amounts[&Field::StatedPercent].value,
        Some(dec("90"))
    );
    assert!(d
        .notices
        .iter()
        .any(|n| n.kind == NoticeKind::Ambiguous && n.message.contains("read as percentages")));
    // A column that mixes the two is left as written: `check` questions the odd one.
    let mixed = doc(&[
        pct,
        &["Belanja A", "1000", "10", "1"],
        &["Belanja B", "1000", "900", "90"],
    ]);
    assert_eq!(
        mixed.items()[0].amounts[&Field::StatedPercent].value,
        Some(dec("1"))
    );
}

#[test]
fn hidden_sheets_are_read_only_when_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (name, hidden) in [("Realisasi", false), ("Lama", true)] {
        let ws = wb.add_worksheet();
        ws.set_name(name).unwrap();
        ws.write_row(0, 0, ["Uraian", "Pagu", "Realisasi"]).unwrap();
        ws.write_string(1, 0, "Belanja A").unwrap();
        ws.write_number(1, 1, 1000.0).unwrap();
        ws.write_number(1, 2, 900.0).unwrap();
        ws.set_hidden(hidden);
    }
    wb.save(&path).unwrap();
    lakip(dir.path())
        .args(["import", "--dry-run", "h.xlsx"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "skipped h.xlsx:'Lama': the sheet is hidden",
        ));
    lakip(dir.path())
        .args(["import", "--dry-run", "--sheet", "Lama", "h.xlsx"])
        .assert()
        .success()
        .stdout(predicate::str::contains("h.xlsx:'Lama': anggaran"));
}

#[test]
fn importing_one_sheet_keeps_the_other_sheets_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .success();
    let path = dir.path().join("two.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    for name in ["Program", "Kegiatan"] {
        let ws = wb.add_worksheet();
        ws.set_name(name).unwrap();
        ws.write_row(0, 0, ["Uraian", "Pagu", "Realisasi"]).unwrap();
        ws.write_string(1, 0, format!("Belanja {name}")).unwrap();
        ws.write_number(1, 1, 1000.0).unwrap();
        ws.write_number(1, 2, 900.0).unwrap();
    }
    wb.save(&path).unwrap();
    lakip(dir.path())
        .args(["import", "two.xlsx"])
        .assert()
        .success();
    lakip(dir.path())
        .args([
            "import",
            "--sheet",
            "Kegiatan",
            "two.xlsx",
            "two.xlsx",
            "./two.xlsx",
        ])
        .assert()
        .success();
    let items = std::fs::read_to_string(dir.path().join("data/anggaran.csv")).unwrap();
    assert_eq!(
        items.lines().count(),
        3,
        "header and one item per sheet, once each:\n{items}"
    );
    assert!(items.contains("Belanja Program"));
}

#[test]
fn tables_written_by_an_older_lakip_keep_their_rows() {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .success();
    std::fs::write(
        dir.path().join("data/documents.csv"),
        "file,sheet,kind,kind_reason\nlama.xlsx,S,anggaran,old\n",
    )
    .unwrap();
    fixtures::table_xlsx(
        &dir.path().join("t.xlsx"),
        "Realisasi",
        &[
            &["Uraian", "Pagu", "Realisasi"],
            &["Belanja A", "1000", "900"],
        ],
    )
    .unwrap();
    lakip(dir.path())
        .args(["import", "t.xlsx"])
        .assert()
        .success();
    let docs = std::fs::read_to_string(dir.path().join("data/documents.csv")).unwrap();
    assert!(
        docs.lines()
            .any(|l| l.starts_with("lama.xlsx,S,anggaran,old,")),
        "{docs}"
    );
}

#[test]
fn a_reader_that_stops_early_is_no_error() {
    let dir = tempfile::tempdir().unwrap();
    fixtures::rkt_serang_xlsx(&dir.path().join("rkt.xlsx")).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("lakip");
    let out = std::process::Command::new("sh")
        .current_dir(dir.path())
        .env("LAKIP_LANG", "en")
        .arg("-c")
        .arg(format!(
            "'{}' import --dry-run rkt.xlsx | head -1; exit ${{PIPESTATUS:-0}}",
            bin.display()
        ))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn files_in_disguise_are_named_for_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("laporan.xls"),
        "<html><body><table><tr><td>Uraian</td></tr></table></body></html>",
    )
    .unwrap();
    lakip(dir.path())
        .args(["import", "--dry-run", "laporan.xls"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a web page (HTML)"));
    fixtures::rkt_serang_xlsx(&dir.path().join("rkt.csv")).unwrap();
    lakip(dir.path())
        .args(["import", "--dry-run", "rkt.csv"])
        .assert()
        .success()
        .stdout(predicate::str::contains("rows: 74"));
    fixtures::anggaran_serang_ods(&dir.path().join("tabel.xlsx")).unwrap();
    lakip(dir.path())
        .args(["import", "--dry-run", "tabel.xlsx"])
        .assert()
        .success();
}

#[test]
fn a_huge_number_formatted_as_a_date_is_no_crash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_row(0, 0, ["Uraian", "Pagu", "Realisasi"]).unwrap();
    ws.write_string(1, 0, "Belanja A").unwrap();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    ws.write_number_with_format(1, 1, 45_000.0, &date).unwrap();
    ws.write_number_with_format(1, 2, 1e300, &date).unwrap();
    wb.save(&path).unwrap();
    lakip(dir.path())
        .args(["import", "--dry-run", "d.xlsx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the cell is formatted as a date"));
}

/// A sheet large enough to be read on two threads keeps every row, in order.
#[test]
fn a_large_sheet_keeps_every_row_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_row(0, 0, ["Uraian", "Pagu", "Realisasi"]).unwrap();
    let n = 30_000u32;
    for i in 1..=n {
        ws.write_string(i, 0, format!("Belanja {i}")).unwrap();
        ws.write_number(i, 1, f64::from(i) * 1000.0).unwrap();
        ws.write_number(i, 2, f64::from(i) * 900.0).unwrap();
    }
    ws.write_string(n + 1, 0, "JUMLAH").unwrap();
    let total = u64::from(n) * u64::from(n + 1) / 2 * 1000;
    ws.write_number(n + 1, 1, total as f64).unwrap();
    wb.save(&path).unwrap();
    let workbook = lakip::source::read(&path).unwrap();
    let Recognition::Document(d) = recognise("big.xlsx", &workbook.sheets[0], None).unwrap() else {
        panic!()
    };
    assert_eq!(d.items().len(), n as usize);
    assert!(d
        .items()
        .windows(2)
        .all(|w| w[0].location.row + 1 == w[1].location.row));
    assert_eq!(d.items()[14_999].uraian, "Belanja 15000");
    assert_eq!(
        d.subtotals().all.sum(Field::Pagu),
        Some(Decimal::from(total))
    );
    assert_eq!(
        d.totals()[0].stated[&Field::Pagu].value,
        Some(Decimal::from(total))
    );
}
