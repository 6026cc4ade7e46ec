//! Terminal and export habits as a user meets them: the Excel form of CSV, JSON Lines,
//! tables fitted to a width, colours and NO_COLOR, no progress on a pipe, shell completions
//! and the manual page.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kota-serang-2023")
}

struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

impl Run {
    fn text(&self) -> String {
        String::from_utf8(self.stdout.clone()).unwrap()
    }
}

fn lakip(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.current_dir(dir)
        .env("LAKIP_LANG", "en")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS")
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap(),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).to_string(),
    }
}

/// Tabel 3.1 of seed 001, program 1, summed by hand (tests/reports.rs): pagu 18.256.393.000,
/// realisasi 18.168.826.339, serapan 18.168.826.339 ÷ 18.256.393.000 × 100 = 99,52,
/// sisa 18.256.393.000 − 18.168.826.339 = 87.566.661.
#[test]
fn excel_csv_has_a_bom_semicolons_and_decimal_commas() {
    let run = lakip(&example(), &["realisasi", "--csv", "excel"], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(&run.stdout[..3], b"\xEF\xBB\xBF", "UTF-8 with BOM");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&run.stdout[3..]);
    let header = reader.headers().unwrap().clone();
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        [
            "level",
            "path",
            "uraian",
            "pagu",
            "realisasi",
            "serapan",
            "sisa"
        ]
    );
    let first = reader.records().next().unwrap().unwrap();
    assert_eq!(&first[0], "program");
    // No thousands separators, so Excel reads the amounts as numbers; a decimal comma.
    assert_eq!(&first[3], "18256393000");
    assert_eq!(&first[4], "18168826339");
    assert_eq!(&first[5], "99,52");
    assert_eq!(&first[6], "87566661");
    // The standard form is unchanged: `,`, a decimal point, no BOM.
    let plain = lakip(&example(), &["realisasi", "--format", "csv"], &[]).text();
    assert!(plain.starts_with("level,path,uraian"), "{plain}");
    assert!(plain.contains(",99.52,"), "{plain}");
}

/// `[ekspor] csv = "excel"` in lakip.toml makes the Excel form the default; `--csv standard`
/// still gives the standard one.
#[test]
fn the_excel_form_can_be_the_workspace_default() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&example(), dir.path());
    let toml = dir.path().join("lakip.toml");
    let mut text = std::fs::read_to_string(&toml).unwrap();
    text.push_str("\n[ekspor]\ncsv = \"excel\"\n");
    std::fs::write(&toml, text).unwrap();
    let excel = lakip(dir.path(), &["capaian", "--format", "csv"], &[]);
    assert_eq!(excel.code, 0, "{}", excel.stderr);
    assert!(excel.text().starts_with("\u{feff}number;sasaran;"));
    let standard = lakip(dir.path(), &["capaian", "--csv", "standard"], &[]);
    assert!(standard.text().starts_with("number,sasaran,"));
    let mut text = std::fs::read_to_string(example().join("lakip.toml")).unwrap();
    text.push_str("\n[ekspor]\ncsv = \"semicolon\"\n");
    std::fs::write(&toml, text).unwrap();
    let bad = lakip(dir.path(), &["capaian", "--format", "csv"], &[]);
    assert_eq!(bad.code, 2, "a form lakip does not know is refused");
    assert!(bad.stderr.contains("excel"), "{}", bad.stderr);
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// One JSON object per line, the same items as `--format json`'s `diagnostics`.
#[test]
fn check_jsonl_is_one_diagnostic_per_line() {
    let lines = lakip(&example(), &["check", "--format", "jsonl"], &[]);
    let json = lakip(&example(), &["check", "--format", "json"], &[]);
    assert_eq!(lines.code, json.code);
    let whole: Value = serde_json::from_slice(&json.stdout).unwrap();
    let items = whole["diagnostics"].as_array().unwrap();
    let parsed: Vec<Value> = lines
        .text()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert!(!parsed.is_empty());
    assert_eq!(&parsed, items);
    let counted = whole["errors"].as_u64().unwrap() + whole["warnings"].as_u64().unwrap();
    assert_eq!(parsed.len() as u64, counted);
}

/// A report whose one sentence holds two wrong claims: 90.000.000 ÷ 100.000.000 × 100 = 90%,
/// not 95%; the sisa is 100.000.000 − 90.000.000 = 10.000.000, not 5.000.000.
#[test]
fn audit_jsonl_is_one_finding_per_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("lkj.md"),
        "# BAB III AKUNTABILITAS KINERJA\n\nPagu anggaran Program Dukungan Manajemen sebesar \
         Rp100.000.000,00 dengan realisasi sebesar Rp90.000.000,00 atau 95,00 persen, sehingga \
         sisa anggaran sebesar Rp5.000.000,00.\n",
    )
    .unwrap();
    let run = lakip(dir.path(), &["audit", "lkj.md", "--format", "jsonl"], &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let parsed: Vec<Value> = run
        .text()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    let codes: Vec<&str> = parsed.iter().map(|v| v["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["percent", "sisa"]);
    assert_eq!(parsed[0]["computed"], "90");
    assert_eq!(parsed[1]["computed"], "10000000");
}

/// Fitted to 100 columns, no line is longer and every amount is whole on its line.
#[test]
fn tables_fit_a_width_and_keep_numbers_whole() {
    for command in ["realisasi", "capaian", "status"] {
        let run = lakip(&example(), &[command, "--width", "100"], &[]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let text = run.text();
        for line in text.lines().filter(|l| l.starts_with(['│', '┌', '╞', '└'])) {
            assert!(line.chars().count() <= 100, "{command}: {line}");
        }
        if command == "realisasi" {
            for amount in ["18.256.393.000", "18.168.826.339", "99,52%", "87.566.661"] {
                assert!(text.contains(amount), "{amount} broken:\n{text}");
            }
        }
    }
    // The import view of a long-uraian tree: one line per row, cut with `…`.
    let run = lakip(
        &example(),
        &[
            "import",
            "--dry-run",
            "sources/tabel-3.1-realisasi.xlsx",
            "--width",
            "100",
        ],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = run.text();
    let table: Vec<&str> = text.lines().filter(|l| l.starts_with('│')).collect();
    assert!(!table.is_empty(), "{text}");
    assert!(table.iter().all(|l| l.chars().count() <= 100), "{text}");
    assert!(
        text.contains('…') && text.contains("18.256.393.000"),
        "{text}"
    );
}

/// On a pipe (as here) the tables are what they always were: COLUMNS does not narrow them.
#[test]
fn a_pipe_gets_the_full_table() {
    let wide = lakip(&example(), &["realisasi"], &[]).text();
    let columns = lakip(&example(), &["realisasi"], &[("COLUMNS", "60")]).text();
    assert_eq!(wide, columns);
    assert!(wide.lines().any(|l| l.chars().count() > 100));
}

/// Severities in colour only where asked: CLICOLOR_FORCE forces it, NO_COLOR wins over it,
/// and a pipe gets none.
#[test]
fn no_color_turns_colour_off() {
    let esc = |run: &Run| run.stdout.contains(&0x1b);
    let forced = lakip(&example(), &["check"], &[("CLICOLOR_FORCE", "1")]);
    assert!(esc(&forced), "CLICOLOR_FORCE gives colour");
    assert!(forced
        .text()
        .contains("\u{1b}[1;31merror[capaian]\u{1b}[0m"));
    let off = lakip(
        &example(),
        &["check"],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
    );
    assert!(!esc(&off), "NO_COLOR wins");
    assert!(!esc(&lakip(&example(), &["check"], &[])), "a pipe: none");
    assert_eq!(off.text(), lakip(&example(), &["check"], &[]).text());
}

/// Progress bars are for a terminal: on a pipe, stderr holds no bar (no `[=`, no carriage
/// return redrawing a line).
#[test]
fn no_progress_on_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&example(), dir.path());
    let import = lakip(
        dir.path(),
        &[
            "import",
            "sources/tabel-3.1-realisasi.xlsx",
            "--replace",
            "sources/tabel-3.1-realisasi.xlsx",
        ],
        &[],
    );
    let build = lakip(dir.path(), &["build", "--allow-errors"], &[]);
    assert_eq!(import.code, 0, "{}", import.stderr);
    assert_eq!(build.code, 0, "{}", build.stderr);
    for run in [&import, &build] {
        assert!(!run.stderr.contains('\r'), "{}", run.stderr);
        assert!(!run.stderr.contains("[="), "{}", run.stderr);
        assert!(!run.stderr.contains("\u{1b}["), "{}", run.stderr);
    }
}

#[test]
fn completions_for_every_shell_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let run = lakip(&example(), &["completions", shell], &[]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        let text = run.text();
        for sub in ["import", "check", "realisasi", "build", "completions"] {
            assert!(text.contains(sub), "{shell} lacks {sub}");
        }
    }
    let bad = lakip(&example(), &["completions", "cmd"], &[]);
    assert_eq!(bad.code, 2);
}

#[test]
fn man_pages_on_stdout_and_in_a_directory() {
    let run = lakip(&example(), &["man"], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = run.text();
    assert!(
        text.starts_with(".ie") || text.contains(".TH lakip 1"),
        "{text}"
    );
    for sub in ["import", "check", "audit", "build"] {
        assert!(text.contains(sub), "{sub}");
    }
    let dir = tempfile::tempdir().unwrap();
    let run = lakip(dir.path(), &["man", "-o", "man1"], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in [
        "lakip.1",
        "lakip-check.1",
        "lakip-import.1",
        "lakip-completions.1",
    ] {
        let text = std::fs::read_to_string(dir.path().join("man1").join(page)).unwrap();
        assert!(text.contains(".TH"), "{page}");
    }
}

/// The lines of `text` from its first table or stacked row to the first blank line: the
/// report's messages after it are prose, not columns.
fn block(text: &str) -> Vec<&str> {
    text.lines()
        .skip_while(|l| !l.starts_with(['┌', '─']))
        .take_while(|l| !l.is_empty())
        .collect()
}

fn assert_within(lines: &[&str], width: usize, text: &str) {
    assert!(!lines.is_empty(), "{text}");
    for line in lines {
        assert!(
            line.chars().count() <= width,
            "wider than {width}: {line}\n{text}"
        );
    }
}

/// `lakip status` at 100 columns. The least width of each column (numbers, IDs, kinds and
/// dates whole, texts their longest word): ID 15 (`anggaran-a6aa44`), kind 8 (`anggaran`),
/// file 14 (`realisasi.xlsx` of `sources/tabel-3.1-realisasi.xlsx`), sheet 11 (`Perencanaan`),
/// items/indikator 9 (`indikator`), headings 8, totals 6, notices 7, imported 20
/// (`2024-01-01 00:00 UTC`), source file 9 (`unchanged`): 107, and 3 × 10 + 1 = 31 of borders,
/// 138 > 100. Left out in the stated order: totals (6 + 3) → 129, headings (8 + 3) → 118,
/// source file (9 + 3) → 106, imported (20 + 3) → 83 ≤ 100.
#[test]
fn status_at_100_columns_leaves_out_columns_and_names_them() {
    let run = lakip(&example(), &["status", "--width", "100"], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = run.text();
    let table: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with(['│', '┌', '╞', '└']))
        .collect();
    assert_within(&table, 100, &text);
    // Every header word whole (`items/indikator` may break after its `/`).
    let header = table[1..3].join("\n");
    for word in [
        "ID",
        "kind",
        "file",
        "sheet",
        "items/",
        "indikator",
        "notices",
    ] {
        assert!(header.contains(word), "{word} split:\n{text}");
    }
    // IDs and counts whole on their line: the anggaran's 14 items, the kinerja's 13 indikator.
    assert!(text.contains("│ anggaran-a6aa44 ┆ anggaran ┆"), "{text}");
    assert!(text.contains("┆        14 ┆"), "{text}");
    // Paths wrap after `/` or a hyphen, never inside a word.
    assert!(text.contains("sources/pk-2023.xlsx"), "{text}");
    assert!(text.contains("realisasi.xlsx"), "{text}");
    let note: String = text
        .lines()
        .skip_while(|l| !l.starts_with("columns left out"))
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        note.starts_with(
            "columns left out to fit: totals, headings, source file, imported (every column: \
             --width 200 or --format json)"
        ),
        "{text}"
    );
    for line in text
        .lines()
        .filter(|l| !l.starts_with(['│', '┌', '╞', '└']))
    {
        assert!(line.chars().count() <= 100, "{line}");
    }
}

/// At 80 columns even the four columns left out are not enough (83 > 80): one block per
/// document, `label: value`, the date whole.
#[test]
fn status_at_80_columns_stacks_its_rows() {
    let run = lakip(&example(), &["status", "--width", "80"], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = run.text();
    let rows = block(&text);
    assert_within(&rows, 80, &text);
    // Ten documents, ten blocks; each names all ten columns.
    assert_eq!(
        rows.iter().filter(|l| l.starts_with("── ")).count(),
        10,
        "{text}"
    );
    // The longest label is `items/indikator:` (16), so values start at column 18.
    assert!(rows.contains(&"ID:              anggaran-a6aa44"), "{text}");
    assert!(
        rows.contains(&"imported:        2024-01-01 00:00 UTC"),
        "{text}"
    );
    assert!(rows.contains(&"items/indikator: 14"), "{text}");
    assert!(
        rows.contains(&"file:            sources/bab3-pengukuran-kinerja.xlsx"),
        "{text}"
    );
}

/// A Renja evaluation (support::renja_fixtures) at 100 and 80 columns: twelve columns whose
/// least widths are uraian 16, Items 5, target_renstra 14, renstra_lalu 12, pagu 10
/// (`15.000.000`), tw1–tw4 4 × 9 (`3.000.000`), realisasi 10, renstra_sd 10, stated_percent 14:
/// 127, and 3 × 12 + 1 = 37 of borders, 164 > 100. Nothing to leave out: the rows are stacked,
/// the uraian whole with its indent and every amount whole.
#[test]
fn a_renja_evaluation_is_stacked_on_a_narrow_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("evaluasi-renja.xlsx");
    support::renja_fixtures::write_renja_evaluasi(&form).unwrap();
    for width in ["100", "80"] {
        let args = [
            "import",
            "--dry-run",
            "evaluasi-renja.xlsx",
            "--width",
            width,
        ];
        let run = lakip(dir.path(), &args, &[]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let text = run.text();
        let rows: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.starts_with("── "))
            .take_while(|l| !l.starts_with("rows:"))
            .collect();
        assert_within(&rows, width.parse().unwrap(), &text);
        // The heading, its two items, the Σ row.
        assert_eq!(
            rows.iter().filter(|l| l.starts_with("── ")).count(),
            4,
            "{text}"
        );
        // Labels padded to `stated_percent:` (15), a space, the value.
        for line in [
            "Uraian:         Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "Uraian:           · Penyusunan Dokumen Perencanaan Perangkat Daerah",
            "pagu:           15.000.000",
            "realisasi:      12.500.000",
            // Stated in the form (15 = 14 / 6 × 100): 8.000.000 ÷ 10.000.000 × 100 = 80,00 and
            // 14.500.000 ÷ 20.000.000 × 100 = 72,50.
            "stated_percent: 80,00%",
            "stated_percent: 72,50%",
            "tw1:            3.000.000",
        ] {
            assert!(rows.contains(&line), "{width}: {line}\n{text}");
        }
    }
}

/// `lakip rollup examples/`: sixteen columns whose least widths (No 2, Satker 11
/// `Sekretariat`, Kode 4, Tingkat 7, Pagu and Realisasi 14 each, Serapan 7, Sisa 11,
/// Indikator 9, Tercapai 8, Rata-rata capaian 7, Nilai efisiensi 9, Predikat 8, Kesalahan 9,
/// Peringatan 10, Dokumen kurang 10 `realisasi,`) make 140, and 3 × 16 + 1 = 49 of borders:
/// 189 > 100. One block per satker, its name whole.
#[test]
fn rollup_on_a_narrow_terminal_keeps_names_and_amounts_whole() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for width in ["100", "80"] {
        let run = lakip(
            &examples,
            &["rollup", ".", "--width", width, "--lang", "id"],
            &[],
        );
        let text = run.text();
        let rows = block(&text);
        assert_within(&rows, width.parse().unwrap(), &text);
        for line in [
            "Satker:            KPU Kabupaten Pasaman Barat",
            "Satker:            Sekretariat KPU Kota Pontianak",
            "Pagu:              22.661.424.000",
            "Serapan:           99,22%",
            "Rata-rata capaian: 100,72%",
        ] {
            assert!(rows.contains(&line), "{width}: {line}\n{text}");
        }
    }
}

/// `lakip capaian` at 100 columns. Least widths: No 2, Sasaran 16 (`Terselesaikannya`),
/// Indikator 21 (`dipertanggungjawabkan`), Target 6, Realisasi 9, Capaian 7 (`100,00%`),
/// Predikat 8, Keterangan 10: 79, and 3 × 8 + 1 = 25 of borders, 104 > 100. Without the
/// Keterangan (10 + 3): 91 ≤ 100, so the table stays a table and says what it left out.
#[test]
fn capaian_at_100_columns_leaves_out_its_keterangan() {
    let run = lakip(&example(), &["capaian", "--width", "100"], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = run.text();
    let table: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with(['│', '┌', '╞', '└']))
        .collect();
    assert_within(&table, 100, &text);
    assert!(!text.contains("── 1 ──"), "{text}");
    assert!(text.contains("Sangat Baik"), "{text}");
    assert!(text.contains("dipertanggungjawabkan"), "{text}");
    assert!(
        text.contains(
            "columns left out to fit: Keterangan (every column: --width 200 or --format json)"
        ),
        "{text}"
    );
}
