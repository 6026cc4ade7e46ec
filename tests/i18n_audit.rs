//! `lakip audit` and `lakip rollup` in Indonesian, the default: findings, skipped claims, the
//! summary and the rollup's lines read word for word (written by hand), and a scan of their
//! whole output for English words. The same scan run over `--lang en` finds them, so it would
//! have failed on the English both languages printed before.

mod support;

use assert_cmd::Command;
use regex::Regex;
use std::path::{Path, PathBuf};
use support::audit_fixtures as fx;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// `lakip` in the language given (`LAKIP_LANG` set either way, so the caller's own is not used).
fn lakip(lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", lang).env("COLUMNS", "100");
    cmd
}

/// The fixture report with its planted errors, as text (one paragraph a line).
fn report(dir: &Path) -> PathBuf {
    let path = dir.join("lkj-2023.txt");
    std::fs::write(&path, fx::plain(&fx::report())).unwrap();
    path
}

fn stdout(cmd: &mut Command) -> String {
    String::from_utf8(cmd.output().unwrap().stdout).unwrap()
}

fn audit(lang: &str, path: &Path, verbose: bool) -> String {
    let mut cmd = lakip(lang);
    cmd.arg("audit").arg(path);
    if verbose {
        cmd.arg("--verbose");
    }
    stdout(&mut cmd)
}

fn rollup(lang: &str, extra: &[&str]) -> String {
    let examples = Path::new(ROOT).join("examples");
    stdout(lakip(lang).arg("rollup").arg(examples).args(extra))
}

#[test]
fn audit_findings_read_in_indonesian() {
    let dir = tempfile::tempdir().unwrap();
    let out = audit("id", &report(dir.path()), false);
    // Paragraph 29: pagu 20.417.906.000 − realisasi 19.953.434.175 = 464.471.825, stated …835.
    assert!(
        out.contains(
            "kesalahan[sisa]: sisa tertulis Rp464.471.835, padahal pagu Rp20.417.906.000 \
             − realisasi Rp19.953.434.175 = Rp464.471.825\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "   = saran: sisa = pagu − realisasi; perbaiki yang keliru di antara ketiganya\n"
        ),
        "{out}"
    );
    // Paragraph 12: 2.000.000.000 ÷ 2.161.613.000 × 100 = 92,5234… → 92,52, stated 95,12.
    assert!(
        out.contains(
            "kesalahan[percent]: Rp2.000.000.000 tertulis sebesar 95,12% dari Rp2.161.613.000, \
             padahal 2.000.000.000 ÷ 2.161.613.000 × 100 = 92,52%\n"
        ),
        "{out}"
    );
    // Paragraph 30: 17.935.434.175 + 2.000.000.000 = 19.935.434.175, stated 19.953.434.175.
    assert!(
        out.contains(
            "kesalahan[sum]: jumlah nilai yang dirinci Rp19.935.434.175, tidak sama dengan \
             Rp19.953.434.175 yang tertulis\n"
        ),
        "{out}"
    );
    // Paragraph 21: "6 (lima)": the words read 5.
    assert!(
        out.contains("kesalahan[words]: 6 ditulis dengan huruf \"lima\", yang berarti 5\n"),
        "{out}"
    );
    // The place: the chapter, the paragraph, and the line of the text file.
    assert!(
        out.contains(": BAB III AKUNTABILITAS KINERJA, paragraf 29 (baris berkas "),
        "{out}"
    );
    // Every planted error, none else, no warning; skipped claims only counted without --verbose.
    let summary = out.lines().last().unwrap_or_default();
    let start = format!("gagal: {} kesalahan, 0 peringatan pada ", fx::PLANTED.len());
    assert!(summary.starts_with(&start), "{summary}");
    assert!(
        summary.ends_with(" pernyataan dilewati (--verbose mencantumkannya)"),
        "{summary}"
    );
}

#[test]
fn a_skipped_claim_reads_in_indonesian() {
    let dir = tempfile::tempdir().unwrap();
    let out = audit("id", &report(dir.path()), true);
    // Paragraph 43 hopes ("diharapkan tercapai"): no claim to judge.
    assert!(
        out.contains("dilewati: pernyataan ini berupa harapan, rencana, atau syarat\n"),
        "{out}"
    );
    assert!(!out.contains("(--verbose mencantumkannya)"), "{out}");
}

#[test]
fn explain_reads_in_indonesian() {
    let out = stdout(lakip("id").args(["audit", "--explain", "sisa"]));
    assert!(
        out.starts_with(
            "sisa (bawaannya kesalahan): sisa atau selisih dalam teks tidak sama dengan pagu − realisasi\n"
        ),
        "{out}"
    );
    let out = lakip("id")
        .args(["audit", "--allow", "jumlah", "x.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("tidak ada aturan audit \"jumlah\"; aturannya: percent, sisa"),
        "{err}"
    );
}

#[test]
fn rollup_lines_read_in_indonesian() {
    let out = rollup("id", &[]);
    assert!(out.starts_with("Rekapitulasi per satker 2023\n"), "{out}");
    // Kota Serang's kinerja table: 13 indikator, one (Masa Kampanye, 22,75%) below 100%.
    assert!(
        out.contains(
            "  capaian-rendah  KPU Kota Serang: 1 dari 13 indikator di bawah target (capaian kurang dari 100%)\n"
        ),
        "{out}"
    );
    // 5 workspaces under examples/; Pasaman Barat (2024) and Pontianak (2019) of another year;
    // flags: two tahun-lain, capaian-rendah and check-error of Kota Serang.
    assert!(
        out.ends_with(
            "\n5 satker terbaca, 1 dengan kesalahan pemeriksaan, 0 tidak terbaca, 4 tanda perhatian\n"
        ),
        "{out}"
    );
    // Only Kota Serang holds budget figures: its total stands for 1 of the 5.
    let md = rollup("id", &["--format", "md"]);
    assert!(
        md.contains("|  | **Jumlah (1 dari 5 satker)** | **22.661.424.000** |"),
        "{md}"
    );
    // Kota Serang: 15 errors of lakip check (tests/golden/kota-serang-2023/check.txt), and
    // Kabupaten Serang none.
    assert!(md.contains("| 15 kesalahan, 5 peringatan |\n"), "{md}");
    assert!(md.contains("| KPU Kabupaten Serang |"), "{md}");
    assert!(md.contains("| lolos |\n"), "{md}");
}

#[test]
fn rollup_errors_read_in_indonesian() {
    let out = lakip("id").args(["rollup", "tidak-ada/"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("tidak-ada/: direktori atau rollup.toml tidak ditemukan"),
        "{err}"
    );
}

/// Copies a workspace directory (files and subdirectories) from `from` to `to`.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

#[test]
fn rollup_flags_and_a_bad_tingkat_read_in_indonesian() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(ROOT).join("examples/kota-serang-2023"),
        &dir.path().join("serang"),
    );
    std::fs::create_dir(dir.path().join("kosong")).unwrap();
    std::fs::write(
        dir.path().join("rollup.toml"),
        "tahun = 2023\nworkspaces = [\"serang\", \"kosong/\"]\nharapkan = [\"KPU Kota Cilegon\"]\n",
    )
    .unwrap();
    let out = stdout(
        lakip("id")
            .arg("rollup")
            .arg(dir.path())
            .args(["--serapan-min", "99.5"]),
    );
    // Serapan 22.484.897.437 / 22.661.424.000 × 100 = 99,221… → 99,22, below 99,50.
    assert!(
        out.contains("  serapan-rendah  KPU Kota Serang: serapan 99,22% di bawah 99,50%\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "  unit-hilang     KPU Kota Cilegon: diharapkan oleh rollup.toml, tetapi tidak ada \
             ruang kerja bernama demikian yang terbaca\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("kosong: disebut, tetapi tidak memuat ruang kerja (lakip.toml)\n"),
        "{out}"
    );

    let toml = dir.path().join("serang/lakip.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(
        &toml,
        text.replacen("[satker]", "[satker]\ntingkat = \"desa\"", 1),
    )
    .unwrap();
    let out = lakip("id").arg("rollup").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(
            "serang: tidak terbaca: lakip.toml: [satker] tingkat harus salah satu dari \
             kabupaten, kota, provinsi, pusat, bukan \"desa\"\n"
        ),
        "{err}"
    );
}

#[test]
fn a_line_written_otherwise_is_noted_in_indonesian() {
    let dir = tempfile::tempdir().unwrap();
    let template = Path::new(ROOT).join("examples/kota-serang-2023");
    support::rollup_farm::write(&template, dir.path(), 10).unwrap();
    let out = stdout(lakip("id").arg("rollup").arg(dir.path()));
    // Unit 9 (every tenth: 9 mod 10 = 9; Kabupaten Kuningan) writes `Adhoc` for `Adhock`.
    assert!(
        out.contains(
            "catatan: \"Pembentukan Badan Adhock\" juga mencakup \"Pembentukan Badan Adhoc\" \
             (KPU Kabupaten Kuningan)\n"
        ),
        "{out}"
    );
}

/// The English words that must not appear in an Indonesian output (whole words).
const STOP: [&str; 21] = [
    "the",
    "is",
    "are",
    "not",
    "of",
    "rows",
    "under",
    "add",
    "up",
    "should",
    "cannot",
    "missing",
    "found",
    "instead",
    "only",
    "when",
    "which",
    "with",
    "skipped",
    "paragraph",
    "table",
];

/// The stop words in `out`, outside codes in backticks, flags, quoted report text and the
/// names of files and directories.
fn english_words(out: &str) -> Vec<String> {
    let hidden =
        Regex::new(r#"`[^`]*`|--[a-z-]+|"[^"\n]*"|\S*/\S*|\S+\.(?:txt|md|docx|pdf|toml|csv)\b"#)
            .unwrap();
    let words = Regex::new(r"[A-Za-z]+").unwrap();
    let mut found = vec![];
    for line in out.lines() {
        let plain = hidden.replace_all(line, " ");
        for w in words.find_iter(&plain) {
            let lower = w.as_str().to_lowercase();
            if STOP.contains(&lower.as_str()) {
                found.push(format!("{lower:?} in: {line}"));
            }
        }
    }
    found
}

#[test]
fn no_english_word_in_indonesian_audit_and_rollup() {
    let dir = tempfile::tempdir().unwrap();
    let path = report(dir.path());
    let outputs = [
        ("audit --verbose", audit("id", &path, true)),
        ("rollup", rollup("id", &[])),
        ("rollup --format md", rollup("id", &["--format", "md"])),
    ];
    for (what, out) in &outputs {
        let found = english_words(out);
        assert!(found.is_empty(), "{what}:\n{}", found.join("\n"));
    }
    // The scan is not blind: in English the same outputs are full of these words.
    let english = audit("en", &path, true) + &rollup("en", &[]);
    let found = english_words(&english);
    for word in ["\"the\"", "\"of\"", "\"skipped\"", "\"not\""] {
        assert!(
            found.iter().any(|f| f.starts_with(word)),
            "{word}: {found:?}"
        );
    }
}

/// Keys built at run time (`audit-rule-CODE-…`, `rollup-flag-CODE`) are in both languages: a
/// missing one would print the key itself.
#[test]
fn every_audit_rule_and_rollup_flag_has_its_words_in_both_languages() {
    use lakip::i18n::{has, Lang};
    for lang in Lang::ALL {
        for rule in lakip::audit::rules::RULES {
            for part in ["title", "explanation"] {
                let key = format!("audit-rule-{}-{part}", rule.code);
                assert!(has(lang, &key), "{}: {key}", lang.code());
            }
        }
        for code in lakip::rollup::FLAGS {
            let key = format!("rollup-flag-{code}");
            assert!(has(lang, &key), "{}: {key}", lang.code());
        }
    }
    // The English is the catalogue's (the README's), word for word.
    for rule in lakip::audit::rules::RULES {
        let en = |part: &str| {
            lakip::i18n::tr_in(Lang::En, &format!("audit-rule-{}-{part}", rule.code), &[])
        };
        assert_eq!(en("title"), rule.title, "{}", rule.code);
        assert_eq!(en("explanation"), rule.explanation, "{}", rule.code);
    }
}
