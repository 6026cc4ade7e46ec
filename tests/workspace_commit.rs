//! `data/` is updated all at once under a lock (issue 18): two imports at once keep both
//! documents, an import killed mid-way leaves the previous tables readable, a second writer is
//! told who holds the lock, a `data` that is a file is named as such.

use assert_cmd::Command;
use std::path::Path;
use std::process::Stdio;

fn lakip(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en");
    cmd.current_dir(dir);
    cmd
}

/// An anggaran CSV of one item `uraian` (pagu 1000, realisasi 900) and its `Jumlah`.
fn anggaran(dir: &Path, name: &str, uraian: &str) {
    let text = format!("Uraian;Pagu;Realisasi\n{uraian};1000;900\nJumlah;1000;900\n");
    std::fs::write(dir.join(name), text).unwrap();
}

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Contoh", "--tahun", "2023"])
        .assert()
        .success();
    dir
}

/// The files `documents.csv` holds, sorted.
fn held(dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("data/documents.csv")).unwrap();
    let mut files: Vec<String> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().to_string())
        .collect();
    files.sort();
    files
}

#[test]
fn two_imports_at_once_keep_both_documents() {
    for _ in 0..5 {
        let dir = workspace();
        anggaran(dir.path(), "a.csv", "Belanja Pegawai");
        anggaran(dir.path(), "b.csv", "Belanja Barang Operasional");
        let bin = env!("CARGO_BIN_EXE_lakip");
        let spawn = |file: &str| {
            std::process::Command::new(bin)
                .current_dir(dir.path())
                .args(["import", file])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn("a.csv"), spawn("b.csv"));
        for child in [a, b] {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert_eq!(held(dir.path()), ["a.csv", "b.csv"]);
    }
}

/// A generation killed while written (no `.complete` mark, a half table) is removed by the
/// next command; the tables before it stand.
#[test]
fn an_import_killed_while_writing_leaves_the_previous_tables() {
    let dir = workspace();
    anggaran(dir.path(), "a.csv", "Belanja Pegawai");
    lakip(dir.path())
        .args(["import", "a.csv"])
        .assert()
        .success();
    let half = dir.path().join("data.new-999999");
    std::fs::create_dir(&half).unwrap();
    std::fs::write(half.join("documents.csv"), "file,sheet,ki").unwrap();
    std::fs::write(dir.path().join("data/.anggaran.csv.999999.tmp"), "x").unwrap();
    let out = lakip(dir.path()).args(["check"]).assert().success();
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.contains("data/.anggaran.csv.999999.tmp: left by a write killed mid-way"),
        "{err}"
    );
    assert!(!half.exists());
    assert_eq!(held(dir.path()), ["a.csv"]);
    // The next write drops the temporary file an older lakip left.
    anggaran(dir.path(), "b.csv", "Belanja Barang Operasional");
    lakip(dir.path())
        .args(["import", "b.csv"])
        .assert()
        .success();
    assert!(!dir.path().join("data/.anggaran.csv.999999.tmp").exists());
    assert_eq!(held(dir.path()), ["a.csv", "b.csv"]);
}

/// A swap killed between its two renames: `data/` moved away, the complete new generation not
/// yet in its place. The next command finishes it.
#[test]
fn a_swap_killed_between_its_renames_is_finished() {
    let dir = workspace();
    anggaran(dir.path(), "a.csv", "Belanja Pegawai");
    lakip(dir.path())
        .args(["import", "a.csv"])
        .assert()
        .success();
    let data = dir.path().join("data");
    let new = dir.path().join("data.new-999999");
    copy_dir(&data, &new);
    std::fs::write(new.join(".complete"), "").unwrap();
    std::fs::rename(&data, dir.path().join("data.old-999999")).unwrap();
    lakip(dir.path()).args(["status"]).assert().success();
    assert_eq!(held(dir.path()), ["a.csv"]);
    assert!(!new.exists() && !dir.path().join("data.old-999999").exists());
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// A lock held by a running process (this test's): the writer waits, then says who holds it.
#[test]
fn a_second_writer_is_told_who_holds_the_lock() {
    let dir = workspace();
    anggaran(dir.path(), "a.csv", "Belanja Pegawai");
    let pid = std::process::id();
    std::fs::write(dir.path().join(".lakip.lock"), pid.to_string()).unwrap();
    let out = lakip(dir.path()).args(["import", "a.csv"]).assert().code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.contains(&format!(
            "another lakip is writing this workspace (pid {pid})"
        )),
        "{err}"
    );
    // A lock whose process is gone is stale: taken over.
    std::fs::write(dir.path().join(".lakip.lock"), "999999999").unwrap();
    lakip(dir.path())
        .args(["import", "a.csv"])
        .assert()
        .success();
}

#[test]
fn a_data_that_is_a_file_is_named() {
    let dir = workspace();
    std::fs::remove_dir(dir.path().join("data")).unwrap();
    std::fs::write(dir.path().join("data"), "").unwrap();
    anggaran(dir.path(), "a.csv", "Belanja Pegawai");
    let out = lakip(dir.path()).args(["import", "a.csv"]).assert().code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("is a file, not the workspace's data directory"),
        "{err}"
    );
}

/// documents.csv of a newer update beside the item table of an older one (what a kill between
/// two renames left before the tables were committed together): `check` fails, naming it.
#[test]
fn check_fails_when_the_tables_disagree() {
    let dir = workspace();
    anggaran(dir.path(), "a.csv", "Belanja Pegawai");
    lakip(dir.path())
        .args(["import", "a.csv"])
        .assert()
        .success();
    let data = dir.path().join("data");
    let before = std::fs::read_to_string(data.join("anggaran.csv")).unwrap();
    anggaran(dir.path(), "b.csv", "Belanja Barang Operasional");
    lakip(dir.path())
        .args(["import", "b.csv"])
        .assert()
        .success();
    // b.csv's document stays in documents.csv; its item rows go with the older table.
    std::fs::write(data.join("anggaran.csv"), &before).unwrap();
    let out = lakip(dir.path()).args(["check"]).assert().code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.contains("counts 1 item rows for b.csv sheet 'b' but no table holds them"),
        "{err}"
    );
    // Rows of a document documents.csv does not hold.
    let docs = std::fs::read_to_string(data.join("documents.csv")).unwrap();
    let only_b: String = docs
        .lines()
        .filter(|l| !l.starts_with("a.csv"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(data.join("documents.csv"), only_b).unwrap();
    std::fs::write(data.join("anggaran.csv"), &before).unwrap();
    let out = lakip(dir.path()).args(["check"]).assert().code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.contains(
            "no document 'a.csv' sheet 'a' in documents.csv: the workspace's tables disagree"
        ),
        "{err}"
    );
}
