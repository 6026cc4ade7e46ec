//! A document kind lives in one place. Adding a kind touches exactly: its module
//! `src/kinds/<kind>.rs`, the registry `src/kinds/mod.rs` (the module line, the `DocKind`
//! variant, its line in `DocKind::ALL` and in `DocKind::spec`), and its tests (a fixture and a
//! golden test). These tests hold the rest of the source to that: no other file names a kind,
//! so nothing else needs to change, and the registry describes every kind consistently.

use lakip::kinds::{DocKind, Family};
use lakip::layout::columns::ColumnMap;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `DocKind::Rak` (a variant) names a kind; `DocKind::ALL` (the registry) does not.
fn variant_names(kind: DocKind) -> [String; 2] {
    let variant = format!("{kind:?}");
    [
        format!("DocKind::{variant}"),
        format!("\"{}.csv\"", kind.name()),
    ]
}

#[test]
fn no_source_file_outside_src_kinds_names_a_kind() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let kinds_dir = root.join("src/kinds");
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&kinds_dir)) {
        let text = std::fs::read_to_string(file).unwrap();
        for kind in DocKind::ALL {
            for name in variant_names(kind) {
                for (n, line) in text.lines().enumerate() {
                    if line.contains(&name) {
                        let rel = file.strip_prefix(root).unwrap().display();
                        found.push(format!("{rel}:{}: {}", n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "a kind is named outside src/kinds/ (ask the kind's spec, family or purpose instead):\n{}",
        found.join("\n")
    );
}

#[test]
fn every_kind_is_registered_with_its_own_module_and_tables() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for kind in DocKind::ALL {
        let spec = kind.spec();
        assert_eq!(spec.kind, kind);
        assert!(
            root.join(format!("src/kinds/{}.rs", spec.name)).is_file(),
            "{kind} has no module src/kinds/{}.rs",
            spec.name
        );
        assert_eq!(
            spec.tables.first().map(|t| t.file.to_string()),
            Some(format!("{}.csv", spec.name)),
            "{kind}'s first table is its own"
        );
        // A performance kind shows its own columns on import or none; a budget kind shows
        // the tree, never a performance view, and has amounts to add up (a plan of targets,
        // the Renstra, has none).
        if spec.family == Family::Budget {
            assert!(spec.view.is_none(), "{kind}");
            assert!(
                !spec.amount_fields.is_empty(),
                "{kind} names its amount fields"
            );
        }
    }
}

#[test]
fn an_empty_header_makes_no_kind() {
    assert_eq!(
        lakip::kinds::recognise(&ColumnMap::default()),
        lakip::kinds::Recognised::None
    );
}
