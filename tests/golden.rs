//! Every command's output on the example workspaces, byte for byte, against a copy committed
//! before the document kinds were gathered in `src/kinds/`: the whole `build/` tree, and the
//! text, JSON, GitHub and CSV forms of `status`, `check`, `realisasi`, `capaian` and
//! `import --dry-run` of each source. A refactor that changes one byte of what a user sees fails here.
//! Regenerate (only for a deliberate change of output) with
//! `LAKIP_BLESS=1 cargo test --test golden`.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

const WORKSPACES: [&str; 5] = [
    "kabupaten-serang-2023",
    "kota-serang-2023",
    "kabupaten-tabanan-2023",
    "kota-pontianak-2019",
    "kabupaten-pasaman-barat-2024",
];

/// The workspace commands, each under the name of its golden file.
const COMMANDS: [(&str, &[&str]); 12] = [
    ("status.txt", &["status"]),
    ("status.json", &["status", "--format", "json"]),
    ("check.txt", &["check"]),
    ("check.json", &["check", "--format", "json"]),
    ("check.github", &["check", "--format", "github"]),
    ("realisasi.txt", &["realisasi"]),
    ("realisasi.json", &["realisasi", "--format", "json"]),
    ("realisasi.csv", &["realisasi", "--format", "csv"]),
    ("capaian.txt", &["capaian"]),
    ("capaian.json", &["capaian", "--format", "json"]),
    ("capaian.csv", &["capaian", "--format", "csv"]),
    ("render-all.md", &["render", "all"]),
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn golden_dir(ws: &str) -> PathBuf {
    root().join("tests/golden").join(ws)
}

/// What a run shows a user: the exit code, stdout and stderr, in one text.
fn run(ws_dir: &Path, args: &[&str]) -> Vec<u8> {
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "id")
        .current_dir(ws_dir)
        .args(args)
        .output()
        .unwrap();
    let mut text = format!("exit: {:?}\n--- stdout\n", out.status.code()).into_bytes();
    text.extend(&out.stdout);
    text.extend(b"\n--- stderr\n");
    text.extend(&out.stderr);
    text
}

/// Every file under `dir`, relative path and bytes, in path order.
fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.push((rel, std::fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

/// Everything a user of the workspace sees, as (golden file, bytes).
fn outputs(ws: &str) -> Vec<(String, Vec<u8>)> {
    let dir = root().join("examples").join(ws);
    let mut out: Vec<(String, Vec<u8>)> = COMMANDS
        .iter()
        .map(|(name, args)| (name.to_string(), run(&dir, args)))
        .collect();
    let mut sources: Vec<String> = std::fs::read_dir(dir.join("sources"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".xlsx"))
        .collect();
    sources.sort();
    for source in sources {
        let file = format!("sources/{source}");
        let text = run(&dir, &["import", "--dry-run", &file]);
        out.push((format!("import-{source}.txt"), text));
        let json = run(&dir, &["import", "--dry-run", "--format", "json", &file]);
        out.push((format!("import-{source}.json"), json));
    }
    let build = tempfile::tempdir().unwrap();
    let built = build.path().join("build");
    let log = run(
        &dir,
        &["build", "--allow-errors", "-o", built.to_str().unwrap()],
    );
    // The build names its output folder, a temporary one here.
    let log = String::from_utf8_lossy(&log).replace(built.to_str().unwrap(), "BUILD");
    out.push(("build.log".to_string(), log.into_bytes()));
    for (rel, bytes) in tree(&built) {
        out.push((format!("build/{rel}"), bytes));
    }
    out
}

#[test]
fn every_output_of_every_example_is_unchanged() {
    let bless = std::env::var_os("LAKIP_BLESS").is_some();
    let mut differ = Vec::new();
    for ws in WORKSPACES {
        let golden = golden_dir(ws);
        let outputs = outputs(ws);
        if bless {
            let _ = std::fs::remove_dir_all(&golden);
            for (name, bytes) in &outputs {
                let path = golden.join(name);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, bytes).unwrap();
            }
            continue;
        }
        let expected = tree(&golden);
        let names = |list: &[(String, Vec<u8>)]| list.iter().map(|(n, _)| n.clone()).collect();
        let (mut want, mut got): (Vec<String>, Vec<String>) = (names(&expected), names(&outputs));
        want.sort();
        got.sort();
        assert_eq!(got, want, "{ws}: the outputs are not the same files");
        for (name, bytes) in &outputs {
            let path = golden.join(name);
            if std::fs::read(&path).unwrap() != *bytes {
                differ.push(format!("{ws}/{name}"));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "outputs differ from tests/golden/: {differ:?} (compare with `diff`; bless only a deliberate change)"
    );
}
