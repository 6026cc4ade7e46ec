//! The canonical tables are the data: what `lakip import` stores loads back as the same
//! documents, so commands that work on a workspace see exactly what was imported.

mod support;

use assert_cmd::Command;
use lakip::layout::{recognise, Recognition};
use lakip::workspace::{load, Workspace};
use std::path::Path;
use support::{fixtures, indicator_fixtures, renstra_fixtures};

type Fixture = fn(&Path) -> Result<(), Box<dyn std::error::Error>>;

fn round_trip(fixture: Fixture, name: &str) {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::cargo_bin("lakip")
            .unwrap()
            .env("LAKIP_LANG", "en")
            .current_dir(dir.path())
            .args(args)
            .assert()
            .success();
    };
    run(&["init", "--satker", "KPU Kota Serang", "--tahun", "2023"]);
    fixture(&dir.path().join(name)).unwrap();
    run(&["import", name]);

    let workbook = lakip::source::read(&dir.path().join(name)).unwrap();
    let mut imported: Vec<_> = workbook
        .sheets
        .iter()
        .map(|sheet| match recognise(name, sheet, None).unwrap() {
            Recognition::Document(doc) => doc,
            Recognition::Skipped(why) => panic!("{name}: {why}"),
        })
        .collect();
    imported.sort_by(|a, b| a.sheet.cmp(&b.sheet));
    let ws = Workspace::open(Some(dir.path())).unwrap();
    let loaded = load::load(&ws).unwrap();
    assert_eq!(loaded.len(), imported.len());
    for (loaded, imported) in loaded.iter().zip(&imported) {
        assert_eq!(loaded.sheet, imported.sheet);
        assert_eq!(loaded.kind, imported.kind);
        assert_eq!(loaded.fields, imported.fields);
        assert_eq!(loaded.title, imported.title);
        assert_eq!(loaded.headings(), imported.headings());
        assert_eq!(loaded.items(), imported.items());
        assert_eq!(loaded.totals(), imported.totals());
        assert_eq!(loaded.indicators(), imported.indicators());
        assert_eq!(loaded.budgets(), imported.budgets());
        assert_eq!(loaded.signatures, imported.signatures);
        assert_eq!(loaded.row_counts(), imported.row_counts());
    }
}

#[test]
fn rkt_loads_back_as_imported() {
    round_trip(fixtures::rkt_serang_xlsx, "rkt.xlsx");
}

#[test]
fn anggaran_loads_back_as_imported() {
    round_trip(fixtures::anggaran_serang_xlsx, "tabel31.xlsx");
}

#[test]
fn uncomputed_formulas_load_back_as_unknown() {
    round_trip(fixtures::uncomputed_formula_xlsx, "formula.xlsx");
}

#[test]
fn coded_table_loads_back_as_imported() {
    round_trip(fixtures::coded_anggaran_xlsx, "coded.xlsx");
}

#[test]
fn pk_workbook_loads_back_as_imported() {
    round_trip(indicator_fixtures::pk_serang_xlsx, "pk.xlsx");
}

#[test]
fn kinerja_loads_back_as_imported() {
    round_trip(indicator_fixtures::kinerja_serang_xlsx, "bab3.xlsx");
}

#[test]
fn rak_loads_back_as_imported() {
    round_trip(indicator_fixtures::rak_serang_xlsx, "rak.xlsx");
    round_trip(indicator_fixtures::rak_tabanan_xlsx, "tabanan.xlsx");
}

#[test]
fn renstra_loads_back_as_imported() {
    // Its rows are one per indikator and year: each indikator comes back with every year,
    // the empty 2022 of the third layout still empty, baseline and satuan kept.
    round_trip(renstra_fixtures::renstra_serang_xlsx, "tabel-2.1.xlsx");
    round_trip(renstra_fixtures::renstra_tahun_xlsx, "renstra.xlsx");
    round_trip(renstra_fixtures::renstra_akhir_xlsx, "renstra-akhir.xlsx");
}

/// A real SAKTI export (copied as it is): every level's lock pagu and realisasi by period load
/// back too, from `sakti_stated.csv` beside `headings.csv` and `totals.csv`.
fn sakti_juli(path: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let real = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/real/sakti-glp039/glp039-2025-07-juli.xlsx");
    std::fs::copy(real, path)?;
    Ok(())
}

#[test]
fn sakti_report_loads_back_as_imported() {
    round_trip(sakti_juli, "glp039-juli.xlsx");
}
