//! Hostile and damaged files (issue 18): lakip never aborts, stays within a memory ceiling and
//! says in one line what is wrong with the file it names. Each case runs the binary under
//! `prlimit --as` (address space) when the tool is there; without it the case still runs and
//! the ceiling is skipped with a printed reason.

mod support;

use std::path::Path;
use std::process::{Command, Output};
use support::hostile;

/// Address space a run may take: far below what the hostile files used to ask for (100 GB,
/// 1.7 GB), with room for the threads' stacks and the allocator's arenas.
const CEILING_MB: u64 = 1024;
/// CPU time a run may take before the kernel stops it: a case that hangs must not leave a
/// process spinning on the machine after its test has failed.
const CPU_SECONDS: u64 = 60;
/// Peak resident memory a run may reach (issue 18: every hostile case under 100 MB); the
/// files of the corpus are small, so anything near this is memory sized from a declared count.
const RSS_CEILING_MB: u64 = 100;
/// GNU time, which reports a child's peak resident memory; without it the ceiling is skipped.
const TIME: &str = "/usr/bin/time";

fn lakip_bounded(dir: &Path, args: &[&str]) -> Output {
    let bin = env!("CARGO_BIN_EXE_lakip");
    let prlimit = Path::new("/usr/bin/prlimit");
    let time = Path::new(TIME);
    let peak_file = dir.join(".peak-rss");
    let mut cmd = if time.exists() {
        // `time -f %M -o FILE` writes the child's peak resident memory in KiB to FILE.
        let mut c = Command::new(time);
        c.arg("-f").arg("%M").arg("-o").arg(&peak_file);
        c
    } else {
        eprintln!("{TIME} not found: the {RSS_CEILING_MB} MB resident ceiling is not checked");
        Command::new("env")
    };
    if prlimit.exists() {
        cmd.arg(prlimit)
            .arg(format!("--as={}", CEILING_MB * 1024 * 1024))
            .arg(format!("--cpu={CPU_SECONDS}"));
    } else {
        eprintln!("prlimit not found: the memory ceiling is not enforced");
    }
    // These tests assert the English messages (tests/i18n_sources.rs the Indonesian ones).
    let out = cmd
        .arg(bin)
        .current_dir(dir)
        .env("LAKIP_LANG", "en")
        .args(args)
        .output()
        .unwrap();
    if let Ok(text) = std::fs::read_to_string(&peak_file) {
        // The last line is the figure; a line before it says the command exited non-zero.
        let kib: u64 = text
            .lines()
            .last()
            .and_then(|l| l.trim().parse().ok())
            .unwrap_or_else(|| panic!("no peak in {text:?}"));
        assert!(
            kib < RSS_CEILING_MB * 1024,
            "lakip {args:?} peaked at {kib} KiB, over {RSS_CEILING_MB} MB"
        );
        std::fs::remove_file(&peak_file).unwrap();
    }
    out
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A refused file: exit 2, one line, naming the file.
fn refused(dir: &Path, name: &str) -> String {
    let out = lakip_bounded(dir, &["import", "--dry-run", name]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains(name), "names the file: {err}");
    err
}

/// The shared strings' header declares 4 294 967 295 strings: calamine reserved ~100 GB and the
/// process aborted (exit 134). Now the counts are capped at what the part holds and the file
/// reads as the plain one: 3 items under `Jumlah`, whose pagu is 4 395 831 000
/// (2 170 936 000 + 2 144 325 000 + 80 570 000, the fixture's items).
#[test]
fn shared_strings_count_bomb_reads_as_the_plain_file() {
    let dir = tempfile::tempdir().unwrap();
    hostile::shared_strings_bomb_xlsx(&dir.path().join("bom.xlsx")).unwrap();
    let out = lakip_bounded(
        dir.path(),
        &["import", "--dry-run", "--format", "json", "bom.xlsx"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = json.to_string();
    assert!(text.contains("4395831000"), "{text}");
}

/// A sheet XML that inflates to 210 MB from a few hundred KB: refused before any part is read.
#[test]
fn a_zip_that_inflates_past_the_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    hostile::inflating_xlsx(&dir.path().join("bomb.xlsx"), 210).unwrap();
    let err = refused(dir.path(), "bomb.xlsx");
    assert!(err.contains("inflates to"), "{err}");
}

/// A CSV of NUL bytes: refused at once as binary, not read into memory cell by cell.
#[test]
fn a_csv_of_nul_bytes_is_refused_as_binary() {
    let dir = tempfile::tempdir().unwrap();
    hostile::nul_csv(&dir.path().join("nul.csv"), 4 * 1024 * 1024).unwrap();
    let err = refused(dir.path(), "nul.csv");
    assert!(err.contains("binary content"), "{err}");
}

/// Writes the corpus into `$LAKIP_HOSTILE_DIR` for trying by hand (`cargo test --test hostile
/// write_corpus -- --ignored`).
#[test]
#[ignore]
fn write_corpus() {
    let dir = std::env::var("LAKIP_HOSTILE_DIR").unwrap_or_else(|_| "/tmp/lakip-hostile".into());
    let dir = Path::new(&dir);
    std::fs::create_dir_all(dir).unwrap();
    hostile::shared_strings_bomb_xlsx(&dir.join("bom.xlsx")).unwrap();
    hostile::inflating_xlsx(&dir.join("bomb.xlsx"), 210).unwrap();
    hostile::nul_csv(&dir.join("nul.csv"), 4 * 1024 * 1024).unwrap();
    hostile::small_xls(&dir.join("jauh.xls"), true).unwrap();
    hostile::small_xls(&dir.join("dekat.xls"), false).unwrap();
    hostile::stray_cell_ods(&dir.join("jauh.ods")).unwrap();
    hostile::xlsx_without_workbook(&dir.join("tanpa.xlsx")).unwrap();
    hostile::repeated_cells_ods(&dir.join("ulang.ods")).unwrap();
    hostile::looping_chain_xls(&dir.join("putar.xls")).unwrap();
    hostile::cut_short_ods(&dir.join("potong.ods")).unwrap();
    hostile::small_xls_declaring(&dir.join("luas.xls"), false, Some((u32::MAX, 1))).unwrap();
    hostile::small_xls_declaring(&dir.join("pas.xls"), false, Some((2, 2))).unwrap();
    hostile::broken_tag_docx(&dir.join("putus.docx")).unwrap();
    hostile::overflowing_figure_md(&dir.join("besar.md")).unwrap();
}

/// An .xls of 5 cells with a stray one at IV65536: calamine allocated the whole range (1.05 GB
/// peak). Now refused before it is read, naming the sheet and the far cell.
#[test]
fn an_xls_with_a_stray_far_cell_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    hostile::small_xls(&dir.path().join("jauh.xls"), true).unwrap();
    let err = refused(dir.path(), "jauh.xls");
    assert!(
        err.contains("sheet 'Realisasi'") && err.contains("IV65536"),
        "{err}"
    );
    // 5 cells hold a value: A1, B1, A2, B2 and the stray one.
    assert!(err.contains("only 5 cells"), "{err}");
}

/// The same .xls without the stray cell reads: the guard does not refuse a plain file.
#[test]
fn the_same_xls_without_the_stray_cell_reads() {
    let dir = tempfile::tempdir().unwrap();
    hostile::small_xls(&dir.path().join("dekat.xls"), false).unwrap();
    let out = lakip_bounded(dir.path(), &["import", "--dry-run", "dekat.xls"]);
    let err = stderr(&out);
    assert!(!err.contains("stray"), "{err}");
}

/// An .ods with a stray cell at Z1048576: calamine allocated 27 million cells (1.7 GB peak).
#[test]
fn an_ods_with_a_stray_far_cell_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    hostile::stray_cell_ods(&dir.path().join("jauh.ods")).unwrap();
    let err = refused(dir.path(), "jauh.ods");
    assert!(
        err.contains("sheet 'Tabel 3.1'") && err.contains("Z1048576"),
        "{err}"
    );
    // 5 cells: A1, B1, A2, B2 and Z1048576.
    assert!(err.contains("only 5 cells"), "{err}");
}

/// A zip holding a workbook's parts but no `xl/workbook.xml`: one line saying what it lacks.
#[test]
fn an_xlsx_without_its_workbook_part_is_named() {
    let dir = tempfile::tempdir().unwrap();
    hostile::xlsx_without_workbook(&dir.path().join("tanpa.xlsx")).unwrap();
    let err = refused(dir.path(), "tanpa.xlsx");
    assert!(err.contains("no workbook part (xl/workbook.xml)"), "{err}");
}

/// A valid .xls named .xlsx is read by its content (it was called "damaged or truncated").
#[test]
fn an_xls_named_xlsx_is_read_as_xls() {
    let dir = tempfile::tempdir().unwrap();
    hostile::small_xls(&dir.path().join("lama.xlsx"), false).unwrap();
    let out = lakip_bounded(dir.path(), &["import", "--dry-run", "lama.xlsx"]);
    let err = stderr(&out);
    assert!(!err.contains("damaged"), "{err}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Belanja Pegawai"),
        "{err}"
    );
}

/// A named pipe would block the first read forever: refused from its metadata, at once.
#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let made = Command::new("mkfifo")
        .arg(dir.path().join("pipa.xlsx"))
        .status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo not available: skipped");
        return;
    }
    let err = refused(dir.path(), "pipa.xlsx");
    assert!(err.contains("is not a regular file (a named pipe"), "{err}");
}

/// An .xls whose DIMENSIONS record declares 4 294 967 295 rows: calamine reserves the declared
/// range (~170 GB) before it reads a cell. Refused, naming the declared range; the same file
/// declaring its true 2 × 2 range reads.
#[test]
fn an_xls_declaring_a_huge_range_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    hostile::small_xls_declaring(&dir.path().join("luas.xls"), false, Some((u32::MAX, 1))).unwrap();
    let err = refused(dir.path(), "luas.xls");
    assert!(
        err.contains("declares a range of 4294967295 rows × 1 columns while only 4 cells"),
        "{err}"
    );
    hostile::small_xls_declaring(&dir.path().join("pas.xls"), false, Some((2, 2))).unwrap();
    let out = lakip_bounded(dir.path(), &["import", "--dry-run", "pas.xls"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Belanja Pegawai"),
        "{}",
        stderr(&out)
    );
}

/// Found by the xls fuzz target: a compound file whose FAT sends the directory's chain back to
/// sector 0 for ever. calamine followed it until it asked for 1 GiB and the process aborted
/// (`memory allocation of 1073741824 bytes failed`, signal 6, the file not named). Refused in
/// one line naming the file and where the chain loops: the directory starts at sector 1, whose
/// entry is now 0, and sector 0's entry is 0 again, so the loop is at sector 0.
#[test]
fn an_xls_whose_sector_chain_loops_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    hostile::looping_chain_xls(&dir.path().join("putar.xls")).unwrap();
    let err = refused(dir.path(), "putar.xls");
    assert!(
        err.contains("the compound file's directory chain loops")
            && err.contains("comes back to sector 0"),
        "{err}"
    );
}

/// An .ods whose one cell is repeated to 16 384 × 6 000 = 98 304 000 cells: refused
/// before calamine expands them.
#[test]
fn an_ods_repeating_a_cell_over_the_sheet_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    hostile::repeated_cells_ods(&dir.path().join("ulang.ods")).unwrap();
    let err = refused(dir.path(), "ulang.ods");
    assert!(
        err.contains("sheet 'Tabel' repeats its cells to 98304000 cells"),
        "{err}"
    );
}

/// Found by the ods fuzz target: a `content.xml` that ends inside its sheet. calamine waited
/// for the sheet's end tag for ever (`import --dry-run` still running after 20 s). Now refused
/// in one line naming the file and the sheet, well within a second.
#[test]
fn an_ods_cut_short_inside_a_sheet_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    hostile::cut_short_ods(&dir.path().join("potong.ods")).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let path = dir.path().to_path_buf();
    std::thread::spawn(move || tx.send(refused(&path, "potong.ods")));
    // A debug build answers in about 0,03 s; 5 s leaves room for a loaded machine.
    let err = match rx.recv_timeout(std::time::Duration::from_secs(5)) {
        Ok(err) => err,
        Err(_) => panic!("potong.ods: no answer within 5 s (the import hangs)"),
    };
    assert!(err.contains("the sheet 'Tabel 3.1' is cut short"), "{err}");
}

/// Found by the docx fuzz target: a tag broken by a line break. The XML reader's reason quoted
/// it with its line break, so the message took two lines; now one, for the import (the PK
/// reader) and for `lakip audit` (the report reader) alike.
#[test]
fn a_word_document_with_a_broken_tag_is_one_line() {
    let dir = tempfile::tempdir().unwrap();
    hostile::broken_tag_docx(&dir.path().join("putus.docx")).unwrap();
    let err = refused(dir.path(), "putus.docx");
    assert!(err.contains("damaged or truncated"), "{err}");
    let out = lakip_bounded(dir.path(), &["audit", "putus.docx"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(
        err.contains("putus.docx") && err.contains("damaged"),
        "{err}"
    );
}

/// Found by the number target: a report stating `Rp94.405.608.160.011.315.798,0 miliar`
/// (about 9.4 × 10³⁴, past a decimal's 7.9 × 10²⁸) and a percentage of 29 decimals made
/// `lakip audit` panic (exit 101). Now neither is read as a figure, and the audit ends with a
/// documented code: 0 (nothing to judge) or 1 (a finding), never a panic.
#[test]
fn a_report_stating_a_figure_past_a_decimals_range_is_audited() {
    let dir = tempfile::tempdir().unwrap();
    hostile::overflowing_figure_md(&dir.path().join("besar.md")).unwrap();
    let out = lakip_bounded(dir.path(), &["audit", "besar.md"]);
    let err = stderr(&out);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}
