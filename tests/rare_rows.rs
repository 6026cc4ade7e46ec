//! What few rows hold is noted as the rows are read (`layout::lines::Rare`), and the passes
//! that report it look at the rows only when something was noted. A row that holds one far
//! down a large sheet (read while the sheet streams in, after its first batches of cells) must
//! be reported as on a small sheet: a formula without a result, a number in a column without
//! a role, an amount that cannot be read.

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
