//! The example workspaces in `examples/` are generated, not hand-made: their source workbooks
//! by the fixture code, their `data/` by `lakip import`. These tests fail when either drifts.
//! Regenerate with `LAKIP_BLESS=1 cargo test --test examples`.

mod support;

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use support::{fixtures, indicator_fixtures};

type Fixture = fn(&Path) -> Result<(), Box<dyn std::error::Error>>;

/// (workspace, source file, generator)
const SOURCES: [(&str, &str, Fixture); 9] = [
    (
        "kabupaten-serang-2023",
        "sources/rkt-2023.xlsx",
        fixtures::rkt_serang_xlsx,
    ),
    (
        "kota-serang-2023",
        "sources/tabel-3.1-realisasi.xlsx",
        fixtures::anggaran_serang_xlsx,
    ),
    (
        "kota-serang-2023",
        "sources/pk-2023.xlsx",
        indicator_fixtures::pk_serang_example_xlsx,
    ),
    (
        "kota-serang-2023",
        "sources/bab3-pengukuran-kinerja.xlsx",
        indicator_fixtures::kinerja_serang_xlsx,
    ),
    (
        "kota-serang-2023",
        "sources/rak-2023.xlsx",
        indicator_fixtures::rak_serang_xlsx,
    ),
    (
        "kabupaten-tabanan-2023",
        "sources/rak-2023.xlsx",
        indicator_fixtures::rak_tabanan_xlsx,
    ),
    (
        "kota-pontianak-2019",
        "sources/rak-2019.xlsx",
        indicator_fixtures::rak_pontianak_xlsx,
    ),
    (
        "kabupaten-pasaman-barat-2024",
        "sources/rak-2024.xlsx",
        indicator_fixtures::rak_pasaman_xlsx,
    ),
    (
        "kabupaten-pasaman-barat-2024",
        "sources/README.txt",
        pasaman_note,
    ),
];

/// The Pasaman Barat RAK is an OCR'd scan: the example says so beside the workbook.
fn pasaman_note(path: &Path) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::write(
        path,
        "rak-2024.xlsx is the Rencana Aksi of KPU Kabupaten Pasaman Barat as OCR left it:\n\
         split words, shifted columns, Cyrillic letters for Latin ones. `lakip import` reads\n\
         what its damaged header names and lists every cell it could not place, row by row.\n",
    )?;
    Ok(())
}

/// The workspaces, each once, with their spreadsheet sources.
fn workspaces() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut out: Vec<(&str, Vec<&str>)> = Vec::new();
    for (ws, source, _) in SOURCES {
        if !source.ends_with(".xlsx") {
            continue;
        }
        match out.iter_mut().find(|(w, _)| *w == ws) {
            Some((_, sources)) => sources.push(source),
            None => out.push((ws, vec![source])),
        }
    }
    out
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

fn blessing() -> bool {
    std::env::var_os("LAKIP_BLESS").is_some()
}

#[test]
fn example_workbooks_are_the_generated_fixtures() {
    let tmp = tempfile::tempdir().unwrap();
    for (ws, source, generate) in SOURCES {
        let fresh = tmp.path().join(ws).with_extension("xlsx");
        generate(&fresh).unwrap();
        let committed = examples().join(ws).join(source);
        if blessing() {
            std::fs::create_dir_all(committed.parent().unwrap()).unwrap();
            std::fs::copy(&fresh, &committed).unwrap();
        }
        let same = std::fs::read(&committed).ok() == Some(std::fs::read(&fresh).unwrap());
        assert!(
            same,
            "{} differs from its generator; run LAKIP_BLESS=1 cargo test --test examples",
            committed.display()
        );
    }
}

#[test]
fn example_data_is_what_import_writes() {
    for (ws, sources) in workspaces() {
        let committed = examples().join(ws);
        let tmp = tempfile::tempdir().unwrap();
        let copy = tmp.path().join(ws);
        std::fs::create_dir_all(copy.join("sources")).unwrap();
        std::fs::copy(committed.join("lakip.toml"), copy.join("lakip.toml")).unwrap();
        for source in &sources {
            std::fs::copy(committed.join(source), copy.join(source)).unwrap();
        }
        // The time of the import is stored with each document: a fixed one, so the data is
        // the same byte for byte (2024-01-01T00:00:00Z).
        Command::cargo_bin("lakip")
            .unwrap()
            // The stored notices are written in the language of the import: Indonesian, the
            // default, as a user's own workspace holds them (and as tests/golden shows them).
            .env("LAKIP_LANG", "id")
            .current_dir(&copy)
            .env("SOURCE_DATE_EPOCH", "1704067200")
            .arg("import")
            .args(&sources)
            .assert()
            .success();
        for entry in std::fs::read_dir(copy.join("data")).unwrap() {
            let fresh = entry.unwrap().path();
            let name = fresh.file_name().unwrap();
            let stored = committed.join("data").join(name);
            if blessing() {
                std::fs::create_dir_all(stored.parent().unwrap()).unwrap();
                std::fs::copy(&fresh, &stored).unwrap();
            }
            let same = std::fs::read(&stored).ok() == Some(std::fs::read(&fresh).unwrap());
            assert!(same, "{} is not what `lakip import` writes; run LAKIP_BLESS=1 cargo test --test examples", stored.display());
        }
    }
}
