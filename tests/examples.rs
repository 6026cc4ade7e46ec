//! The example workspaces in `examples/` are generated, not hand-made: their source workbooks
//! by the fixture code, their `data/` by `lakip import`. These tests fail when either drifts.
//! Regenerate with `LAKIP_BLESS=1 cargo test --test examples`.

mod support;

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use support::fixtures;

type Fixture = fn(&Path) -> Result<(), Box<dyn std::error::Error>>;

/// (workspace, source file, generator)
const SOURCES: [(&str, &str, Fixture); 2] = [
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
];

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
    for (ws, source, _) in SOURCES {
        let committed = examples().join(ws);
        let tmp = tempfile::tempdir().unwrap();
        let copy = tmp.path().join(ws);
        std::fs::create_dir_all(copy.join("sources")).unwrap();
        std::fs::copy(committed.join("lakip.toml"), copy.join("lakip.toml")).unwrap();
        std::fs::copy(committed.join(source), copy.join(source)).unwrap();
        Command::cargo_bin("lakip")
            .unwrap()
            .current_dir(&copy)
            .args(["import", source])
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
