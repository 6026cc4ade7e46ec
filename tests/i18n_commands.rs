//! The commands' own output in both languages (issue 15): the import view, `lakip status`
//! and clap's parse errors, word for word in Indonesian (the default) and in English, each
//! written here by hand. Before, all of these were English whatever the language chosen.

mod support;

use assert_cmd::Command;
use std::path::Path;

/// lakip in `lang`, in `dir`, with nothing else choosing the language.
fn lakip(dir: &Path, lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.current_dir(dir).env("LAKIP_LANG", lang);
    cmd
}

/// Exit code, stdout and stderr of a run.
fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `realisasi.xlsx` of KPU Kota Contoh (`support::fixtures::anggaran_contoh_xlsx`): title in
/// row 1, header in row 3, then two programs with their kegiatan and `Jumlah` in rows 4–11.
fn contoh(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("realisasi.xlsx");
    support::fixtures::anggaran_contoh_xlsx(&path).unwrap();
    path
}

/// The lines of the import view after its table, in `lang`.
fn import_view(lang: &str) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    contoh(dir.path());
    let (code, out, err) =
        run(lakip(dir.path(), lang).args(["import", "--dry-run", "realisasi.xlsx"]));
    assert_eq!(code, 0, "{err}");
    (out, err)
}

// The fixture's rows: 1 title, 1 blank (row 2), 1 header, 2 programs (headings), 5 kegiatan
// (items), 1 Jumlah: 1 + 1 + 1 + 2 + 5 + 1 = 11. Program 2 (`2. Program Dukungan
// Manajemen`, its number kept apart, in row 7) states pagu 800.000.000 and its kegiatan add up
// to 300.000.000 + 400.000.000 + 100.000.000 = 800.000.000 (equal); `Jumlah` states
// 2.300.000.000 = 1.500.000.000 (program 1: 500 + 1 000 million) + 800.000.000.

#[test]
fn the_import_view_speaks_indonesian_by_default() {
    let (out, _) = import_view("id");
    assert!(out.contains("│ Uraian"), "{out}");
    assert!(out.contains("┆ Butir ┆ pagu"), "{out}");
    assert!(out.contains("┆ persen tertulis │"), "{out}");
    assert!(out.contains("│ Σ butir "), "{out}");
    assert!(
        out.contains(
            "\nbaris: 11 = 1 judul, 1 kepala tabel, 2 kelompok, 5 butir, 1 jumlah, 1 kosong\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "\nkelompok Program Dukungan Manajemen di B7: \
         pagu tertulis 800.000.000, terhitung 800.000.000 — sama\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "\nbaris jumlah Jumlah (jumlah keseluruhan) di B11: pagu tertulis 2.300.000.000, \
         terhitung 2.300.000.000 — sama\n"
        ),
        "{out}"
    );
    assert!(
        out.ends_with("\nuji coba (--dry-run): tidak ada yang ditulis\n"),
        "{out}"
    );
    for english in [
        "rows:",
        " stated ",
        " computed ",
        "equal",
        "grand total",
        "dry run",
    ] {
        assert!(!out.contains(english), "{english} in: {out}");
    }
}

#[test]
fn the_import_view_in_english() {
    let (out, _) = import_view("en");
    assert!(out.contains("┆ Items ┆ pagu"), "{out}");
    assert!(out.contains("┆ stated_percent │"), "{out}");
    assert!(
        out.contains("\nrows: 11 = 1 title, 1 header, 2 heading, 5 item, 1 total, 1 blank\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "\nheading Program Dukungan Manajemen at B7: \
         pagu stated 800.000.000, computed 800.000.000 — equal\n"
        ),
        "{out}"
    );
    assert!(out.contains(
        "\ntotal Jumlah (grand total) at B11: pagu stated 2.300.000.000, computed 2.300.000.000 — equal\n"
    ), "{out}");
    assert!(out.ends_with("\ndry run: nothing written\n"), "{out}");
}

/// A workspace of KPU Kota Contoh 2023 holding the fixture, and what its import said.
fn imported(lang: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    lakip(dir.path(), lang)
        .args(["init", "--satker", "KPU Kota Contoh", "--tahun", "2023"])
        .assert()
        .success();
    contoh(dir.path());
    let (code, out, err) = run(lakip(dir.path(), lang).args(["import", "realisasi.xlsx"]));
    assert_eq!(code, 0, "{err}");
    (dir, out)
}

#[test]
fn import_and_status_in_indonesian() {
    let (dir, out) = imported("id");
    // 5 kegiatan are the items of the one document.
    assert!(
        out.ends_with("\n5 butir dari 1 dokumen diimpor ke data/ (documents.csv, headings.csv, totals.csv, anggaran.csv)\n"),
        "{out}"
    );
    let (code, out, _) = run(lakip(dir.path(), "id").args(["status", "--width", "200"]));
    assert_eq!(code, 0);
    assert!(
        out.starts_with("KPU Kota Contoh 2023: 1 dokumen\n"),
        "{out}"
    );
    assert!(out.contains("│ ID "), "{out}");
    assert!(out.contains("┆ jenis "), "{out}");
    assert!(out.contains("┆ berkas sumber │"), "{out}");
    assert!(out.contains("┆ tidak berubah │"), "{out}");
    let tail = "jenis: 1 anggaran\n\
                realisasi: dari anggaran (1 dokumen)\n\
                belum ada untuk LKj: pk (BAB II); renstra (Tabel 2.1 BAB II); kinerja (BAB III A)\n";
    assert!(out.ends_with(tail), "{out}");
}

#[test]
fn import_and_status_in_english() {
    let (dir, out) = imported("en");
    assert!(
        out.ends_with("\nimported 5 items from 1 document into data/ (documents.csv, headings.csv, totals.csv, anggaran.csv)\n"),
        "{out}"
    );
    let (code, out, _) = run(lakip(dir.path(), "en").args(["status", "--width", "200"]));
    assert_eq!(code, 0);
    assert!(
        out.starts_with("KPU Kota Contoh 2023: 1 document\n"),
        "{out}"
    );
    assert!(out.contains("┆ source file │"), "{out}");
    assert!(out.contains("┆ unchanged   │"), "{out}");
    let tail = "kinds: 1 anggaran\n\
                realisasi: from anggaran (1 document)\n\
                missing for the LKj: pk (BAB II); renstra (Tabel 2.1 of BAB II); kinerja (BAB III A)\n";
    assert!(out.ends_with(tail), "{out}");
}

/// A parse error: exit code 2, nothing on stdout, the whole message on stderr.
fn parse_error(lang: &str, args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run(lakip(dir.path(), lang).args(args));
    assert_eq!(code, 2, "{args:?}: {err}");
    assert_eq!(out, "");
    err
}

#[test]
fn a_mistyped_flag_in_both_languages() {
    assert_eq!(
        parse_error("id", &["check", "--formt", "json"]),
        "kesalahan: argumen '--formt' tidak dikenal\n\
         \n  saran: mungkin maksud Anda '--format'?\n\
         \nPenggunaan: lakip check [OPSI] [BERKAS]...\n\
         \nUntuk keterangan lebih lanjut, coba '--help'.\n"
    );
    // Clap's own English, as before (its usage line is clap's).
    assert_eq!(
        parse_error("en", &["check", "--formt", "json"]),
        "error: unexpected argument '--formt' found\n\
         \n  tip: a similar argument exists: '--format'\n\
         \nUsage: lakip check --format <FORMAT> [FILE]...\n\
         \nFor more information, try '--help'.\n"
    );
}

#[test]
fn a_missing_argument_in_both_languages() {
    assert_eq!(
        parse_error("id", &["import"]),
        "kesalahan: argumen wajib berikut belum diberikan:\n  <BERKAS>...\n\
         \nPenggunaan: lakip import [OPSI] <BERKAS>...\n\
         \nUntuk keterangan lebih lanjut, coba '--help'.\n"
    );
    assert_eq!(
        parse_error("en", &["import"]),
        "error: the following required arguments were not provided:\n  <FILE>...\n\
         \nUsage: lakip import <FILE>...\n\
         \nFor more information, try '--help'.\n"
    );
}

#[test]
fn a_wrong_value_in_both_languages() {
    assert_eq!(
        parse_error("id", &["--lang", "xx", "status"]),
        "kesalahan: nilai 'xx' tidak sah untuk '--lang <BAHASA>'\n  [pilihan: id, en]\n\
         \nUntuk keterangan lebih lanjut, coba '--help'.\n"
    );
    assert_eq!(
        parse_error("en", &["--lang", "xx", "status"]),
        "error: invalid value 'xx' for '--lang <LANG>'\n  [possible values: id, en]\n\
         \nFor more information, try '--help'.\n"
    );
}

#[test]
fn a_mistyped_command_and_value_say_what_was_meant() {
    let err = parse_error("id", &["chek"]);
    assert!(err.starts_with("kesalahan: perintah 'chek' tidak dikenal\n\n  saran: mungkin maksud Anda perintah 'check'?\n"), "{err}");
    let err = parse_error("id", &["check", "--format", "jsn"]);
    assert!(
        err.contains("\n  saran: mungkin maksud Anda 'json'?\n"),
        "{err}"
    );
    let err = parse_error("id", &["--width", "abc", "status"]);
    assert!(
        err.starts_with(
            "kesalahan: nilai 'abc' tidak sah untuk '--width <LEBAR>': bukan bilangan bulat\n"
        ),
        "{err}"
    );
}

#[test]
fn help_is_no_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, _) = run(lakip(dir.path(), "id").arg("--help"));
    assert_eq!(code, 0);
    assert!(out.contains("Penggunaan: lakip [OPSI] <PERINTAH>"), "{out}");
}
