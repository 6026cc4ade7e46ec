//! Files lakip refuses, said word for word in Indonesian (the default) and in English, as a
//! user sees them on stderr: a truncated workbook, a text file posing as one, a
//! password-protected workbook, a named pipe. Expected texts written by hand.

mod support;

use assert_cmd::Command;
use std::path::Path;
use support::fixtures;

/// `lakip import --dry-run FILE` in `lang`: the exit code and stderr.
fn refusal(dir: &Path, lang: &str, file: &str) -> (i32, String) {
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .current_dir(dir)
        .env("LAKIP_LANG", lang)
        .args(["import", "--dry-run", file])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code().unwrap_or(-1), stderr)
}

type Fixture = fn(&Path) -> Result<(), Box<dyn std::error::Error>>;

fn written(name: &str, fixture: Fixture) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fixture(&dir.path().join(name)).unwrap();
    dir
}

/// A workbook cut off after 300 bytes (no zip directory): the zip reader's own reason follows
/// in parentheses, labelled as technical in Indonesian.
#[test]
fn a_truncated_workbook() {
    let dir = written("rusak.xlsx", fixtures::corrupt_xlsx);
    let (code, id) = refusal(dir.path(), "id", "rusak.xlsx");
    assert_eq!(code, 2);
    assert!(
        id.starts_with(
            "kesalahan: rusak.xlsx: buku kerja ini rusak atau terpotong dan tidak dapat dibaca \
             (keterangan teknis: "
        ),
        "{id}"
    );
    assert!(id.ends_with(")\n") && id.lines().count() == 1, "{id}");
    let (code, en) = refusal(dir.path(), "en", "rusak.xlsx");
    assert_eq!(code, 2);
    assert!(
        en.starts_with(
            "error: rusak.xlsx: the workbook is damaged or truncated and cannot be read ("
        ),
        "{en}"
    );
}

#[test]
fn a_text_file_posing_as_a_workbook() {
    let dir = written("catatan.xlsx", fixtures::not_a_spreadsheet);
    assert_eq!(
        refusal(dir.path(), "id", "catatan.xlsx"),
        (
            2,
            "kesalahan: catatan.xlsx: berkas teks, bukan buku kerja (jika ini hasil ekspor CSV, \
             ganti namanya menjadi .csv)\n"
                .to_string()
        )
    );
    assert_eq!(
        refusal(dir.path(), "en", "catatan.xlsx"),
        (
            2,
            "error: catatan.xlsx: a text file, not a workbook (if it is a CSV export, rename it \
             to .csv)\n"
                .to_string()
        )
    );
}

#[test]
fn a_password_protected_workbook() {
    let dir = written("rahasia.xlsx", fixtures::password_protected_xlsx);
    assert_eq!(
        refusal(dir.path(), "id", "rahasia.xlsx"),
        (
            2,
            "kesalahan: rahasia.xlsx: buku kerja ini dilindungi kata sandi; simpan salinannya \
             tanpa kata sandi lalu impor salinan itu\n"
                .to_string()
        )
    );
    assert_eq!(
        refusal(dir.path(), "en", "rahasia.xlsx"),
        (
            2,
            "error: rahasia.xlsx: the workbook is password-protected; save a copy without a \
             password and import that\n"
                .to_string()
        )
    );
}

/// A named pipe would block the first read forever: refused before it is opened.
#[test]
fn a_named_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("pipa.xlsx"))
        .status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo not available: skipped");
        return;
    }
    assert_eq!(
        refusal(dir.path(), "id", "pipa.xlsx"),
        (
            2,
            "kesalahan: pipa.xlsx: bukan berkas biasa (pipa bernama, soket, atau perangkat); \
             simpan tabelnya ke sebuah berkas lalu impor berkas itu\n"
                .to_string()
        )
    );
    assert_eq!(
        refusal(dir.path(), "en", "pipa.xlsx"),
        (
            2,
            "error: pipa.xlsx: is not a regular file (a named pipe, socket or device); save the \
             table to a file and import that\n"
                .to_string()
        )
    );
}

/// A file that is not there: the reason in the user's language too.
#[test]
fn a_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        refusal(dir.path(), "id", "tidak-ada.xlsx"),
        (
            2,
            "kesalahan: tidak-ada.xlsx: tidak dapat dibuka: berkas tidak ada\n".to_string()
        )
    );
    assert_eq!(
        refusal(dir.path(), "en", "tidak-ada.xlsx"),
        (
            2,
            "error: tidak-ada.xlsx: cannot open: no such file\n".to_string()
        )
    );
}
