//! Writes the index of lakip's messages into the binary: each key's entry in the embedded
//! `locales/<lang>/*.ftl`, sorted by key. A command finds its messages by a binary search;
//! the index made at the first message (a thousand keys hashed for each language) was 0,76 M
//! of a `lakip check`'s 10 M instructions.

use std::fmt::Write as _;
use std::path::Path;

#[path = "src/i18n/scan.rs"]
mod scan;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/i18n/scan.rs");
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut code = String::new();
    for lang in ["id", "en"] {
        language(Path::new(&root), lang, &mut code);
    }
    std::fs::write(Path::new(&out).join("locales.rs"), code).expect("OUT_DIR is writable");
}

/// One language's resources (embedded) and index, as Rust constants.
fn language(root: &Path, lang: &str, code: &mut String) {
    let upper = lang.to_uppercase();
    let paths: Vec<_> = scan::FILES
        .iter()
        .map(|f| root.join("locales").join(lang).join(f))
        .collect();
    let texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect();
    let _ = writeln!(code, "const {upper}_RESOURCES: &[(&str, &str)] = &[");
    for (file, path) in scan::FILES.iter().zip(&paths) {
        let _ = writeln!(
            code,
            "    ({file:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    let _ = writeln!(code, "];");
    // Offsets, not `&str`s: a table of numbers needs no relocation when the binary is loaded.
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let _ = writeln!(code, "const {upper}_INDEX: &[Entry] = &[");
    for (key, (file, start, end)) in scan::entries(&refs) {
        let key_end = start + key.len();
        let _ = writeln!(code, "    Entry::new({file}, {start}, {key_end}, {end}),");
    }
    let _ = writeln!(code, "];");
}
