//! What few rows hold is noted as the rows are read (`layout::lines::Rare`, and for a
//! performance table the polarities and remarks of `layout::indicators`), and the passes
//! that report it look at the rows only when something was noted. A row that holds one far
//! down a large sheet (read while the sheet streams in, after its first batches of cells) must
//! be reported as on a small sheet: a formula without a result, a number in a column without
//! a role, an amount that cannot be read, a polarity that is none or that the target
//! contradicts.

mod support;

use lakip::pipeline::{read_file, Options};
use support::rare_fixtures::{write, Rare, FAR, ROWS};

/// The notices of the one document read from a workbook holding `rare`, or the error.
fn read(rare: Rare) -> Result<Vec<String>, String> {
    support::english();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("realisasi.xlsx");
    write(&path, rare).unwrap();
    let (docs, _) =
        read_file(&path, "realisasi.xlsx", &Options::default()).map_err(|e| format!("{e:#}"))?;
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].items().len(), ROWS as usize);
    Ok(docs[0]
        .notices
        .iter()
        .map(|n| format!("{} {}", n.location.cell, n.message))
        .collect())
}

#[test]
fn a_formula_without_its_result_far_down_is_said() {
    let notices = read(Rare::Formula).unwrap();
    let said: Vec<&String> = notices
        .iter()
        .filter(|n| n.starts_with(&format!("C{} ", FAR + 1)))
        .collect();
    assert_eq!(said.len(), 1, "{notices:?}");
    assert!(said[0].contains("1000+2000"), "{said:?}");
}

#[test]
fn a_number_in_a_column_without_a_role_far_down_is_said() {
    let notices = read(Rare::Stray).unwrap();
    assert!(
        notices
            .iter()
            .any(|n| n.starts_with(&format!("F{} ", FAR + 1))),
        "{notices:?}"
    );
}

#[test]
fn an_amount_that_cannot_be_read_far_down_stops_the_import() {
    let error = read(Rare::Unreadable).unwrap_err();
    assert!(error.contains(&format!("B{}", FAR + 1)), "{error}");
    assert!(error.contains("belum ada"), "{error}");
}

/// A PK whose Polaritas column is blank but for two rows far down: the polarity lakip cannot
/// read and the one its target contradicts are said, though the pass that finds them runs only
/// when a row was kept with a polarity.
#[test]
fn polarities_far_down_are_said() {
    support::english();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pk.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet
        .write_row(
            0,
            0,
            ["No", "Sasaran", "Indikator Kinerja", "Target", "Polaritas"],
        )
        .unwrap();
    for n in 1..=ROWS {
        let sasaran = format!("Meningkatnya layanan tahapan {}", n.div_ceil(3));
        sheet.write_number(n, 0, f64::from(n)).unwrap();
        sheet.write_string(n, 1, &sasaran).unwrap();
        let indikator = format!("Persentase kegiatan {n} terlaksana");
        sheet.write_string(n, 2, &indikator).unwrap();
        sheet.write_string(n, 3, "90%").unwrap();
    }
    // Row FAR + 1 (Excel's numbering): a polarity that is no polarity; the row under it says
    // higher is better beside a target that is a ceiling.
    sheet.write_string(FAR, 4, "entah").unwrap();
    sheet.write_string(FAR + 1, 3, "Maks. 2%").unwrap();
    sheet.write_string(FAR + 1, 4, "naik").unwrap();
    workbook.save(&path).unwrap();
    let (docs, _) = read_file(&path, "pk.xlsx", &Options::default()).unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].indicators().len(), ROWS as usize);
    let said = |row: u32, what: &str| {
        docs[0]
            .notices
            .iter()
            .any(|n| n.location.row == row && n.message.contains(what))
    };
    assert!(
        said(FAR + 1, "polaritas 'entah' is not naik"),
        "{:?}",
        docs[0].notices
    );
    assert!(
        said(FAR + 2, "polaritas 'naik' but the target 'Maks. 2%'"),
        "{:?}",
        docs[0].notices
    );
}

/// A BAB III table whose capaian far down is a formula saved without its result: said, though
/// a performance table's capaian and biaya are gone through only when a row was kept with a
/// remark on one.
#[test]
fn a_capaian_formula_without_its_result_far_down_is_said() {
    support::english();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kinerja.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let header = [
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Capaian (%)",
    ];
    sheet.write_row(0, 0, header).unwrap();
    for n in 1..=ROWS {
        sheet.write_number(n, 0, f64::from(n)).unwrap();
        let sasaran = format!("Meningkatnya layanan tahapan {}", n.div_ceil(3));
        sheet.write_string(n, 1, &sasaran).unwrap();
        let indikator = format!("Persentase kegiatan {n} terlaksana");
        sheet.write_string(n, 2, &indikator).unwrap();
        sheet.write_number(n, 3, 90.0).unwrap();
        sheet.write_number(n, 4, 85.0).unwrap();
        sheet.write_number(n, 5, 94.44).unwrap();
    }
    // Excel's row FAR + 1: the capaian computed by a formula, saved without its result (the
    // writer stores 0, and no other formula of the sheet holds a computed value).
    let formula = format!("=E{0}/D{0}*100", FAR + 1);
    sheet.write_formula(FAR, 5, formula.as_str()).unwrap();
    workbook.save(&path).unwrap();
    let (docs, _) = read_file(&path, "kinerja.xlsx", &Options::default()).unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].indicators().len(), ROWS as usize);
    let said: Vec<_> = docs[0]
        .notices
        .iter()
        .filter(|n| n.location.row == FAR + 1 && n.message.contains(&formula[1..]))
        .collect();
    assert_eq!(said.len(), 1, "{:?}", docs[0].notices);
}
