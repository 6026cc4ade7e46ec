//! `lakip check`'s findings in Indonesian, the default: one finding of each of a handful of
//! rules read word for word (the Indonesian written by hand, the figures worked out by hand in
//! the comments), and every example workspace checked in Indonesian with no English word left
//! in what the rules say.

mod support;

use assert_cmd::Command;
use regex::Regex;
use std::path::Path;
use support::fixtures::table_xlsx;

/// `lakip check FILES` in Indonesian in `dir`: (exit code, stdout).
fn check_id(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "id")
        .current_dir(dir)
        .arg("check")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

/// Writes each (file, sheet, rows) as a workbook in a new directory and checks them together.
fn check_tables(files: &[(&str, &str, &[&[&str]])]) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    for (name, sheet, rows) in files {
        table_xlsx(&dir.path().join(name), sheet, rows).unwrap();
    }
    let names: Vec<&str> = files.iter().map(|(n, _, _)| *n).collect();
    check_id(dir.path(), &names)
}

/// Asserts `out` holds `line` as a whole line.
fn has_line(out: &str, line: &str) {
    assert!(out.lines().any(|l| l == line), "no line\n{line}\nin\n{out}");
}

const IND_A: &str = "Persentase laporan keuangan yang disusun tepat waktu dan valid";

#[test]
fn sum_heading_in_indonesian() {
    // Under the program: 600.000 + 500.000 = 1.100.000, the heading states 1.000.000.
    let (code, out) = check_tables(&[(
        "judul.xlsx",
        "Realisasi",
        &[
            &["Uraian", "Pagu", "Realisasi"],
            &["1. Program Dukungan Manajemen", "1000000", "900000"],
            &["a. Layanan Perkantoran", "600000", "500000"],
            &["b. Layanan Data", "500000", "400000"],
        ],
    )]);
    assert_eq!(code, 1);
    has_line(
        &out,
        "kesalahan[sum-heading]: baris di bawah \"Program Dukungan Manajemen\" berjumlah \
         1.100.000, bukan pagu yang tertulis",
    );
    has_line(
        &out,
        "   = saran: betulkan nilai pada judul itu, atau cari baris di bawahnya yang salah atau \
         tertinggal",
    );
}

#[test]
fn percent_in_indonesian() {
    // 18.884.995 ÷ 18.985.000 × 100 = 99,4732… → 99,47, stated as 100.
    let (code, out) = check_tables(&[(
        "persen.xlsx",
        "Realisasi",
        &[
            &["Uraian", "Pagu", "Realisasi", "%"],
            &[
                "a. Pendaftaran dan Verifikasi Peserta Pemilu",
                "18985000",
                "18884995",
                "100",
            ],
        ],
    )]);
    assert_eq!(code, 1);
    has_line(
        &out,
        "kesalahan[percent]: \"Pendaftaran dan Verifikasi Peserta Pemilu\" menuliskan 100%, \
         tetapi realisasi ÷ pagu adalah 99,47%",
    );
}

#[test]
fn capaian_in_indonesian() {
    // 100 ÷ 95 × 100 = 105,263… → 105,26, stated as 95; no [capaian] batas_atas outside a
    // workspace.
    let (code, out) = check_tables(&[(
        "kinerja.xlsx",
        "Tabel",
        &[
            &["Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
            &[IND_A, "95%", "100%", "95"],
        ],
    )]);
    assert_eq!(code, 1);
    has_line(
        &out,
        "kesalahan[capaian]: capaian tertulis 95,00%, tetapi target 95% dan realisasi 100% \
         menghasilkan 105,26%, tanpa batas atas ([capaian] batas_atas tidak diatur)",
    );
    has_line(
        &out,
        "   = saran: dihitung dengan R ÷ T × 100 = 100 ÷ 95 × 100",
    );
}

#[test]
fn target_mismatch_in_indonesian() {
    // The PK promises 95% (row 2, column D), the BAB III table writes 100% as the target.
    let (code, out) = check_tables(&[
        (
            "pk.xlsx",
            "Tabel",
            &[
                &["No", "Sasaran", "Indikator Kinerja", "Target"],
                &["1", "Terwujudnya laporan", IND_A, "95%"],
            ],
        ),
        (
            "kinerja.xlsx",
            "Tabel",
            &[
                &["Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
                &[IND_A, "100%", "100%", "100"],
            ],
        ),
    ]);
    assert_eq!(code, 1);
    has_line(
        &out,
        "kesalahan[target-mismatch]: target di sini 100%, tetapi PK menetapkan 95% untuk \
         indikator yang sama (pk.xlsx:'Tabel'!D2)",
    );
}

#[test]
fn pk_budget_in_indonesian() {
    // The anggaran table's program: 600.000 + 150.000 = 750.000; the PK gives it 700.000.
    let (code, out) = check_tables(&[
        (
            "pk.xlsx",
            "Tabel",
            &[
                &["No", "Sasaran", "Indikator Kinerja", "Target"],
                &["1", "Terwujudnya laporan", IND_A, "100%"],
                &[],
                &["", "Program", "", "Anggaran"],
                &["1. Program Dukungan Manajemen", "", "Rp.", "700.000,-"],
            ],
        ),
        (
            "anggaran.xlsx",
            "Tabel",
            &[
                &["Uraian", "Pagu", "Realisasi"],
                &["1. Program Dukungan Manajemen", "", ""],
                &["a. Layanan Perkantoran", "600000", "500000"],
                &["b. Layanan Data", "150000", "150000"],
            ],
        ),
    ]);
    assert_eq!(code, 0, "a warning");
    has_line(
        &out,
        "peringatan[pk-budget]: PK mencantumkan anggaran Rp700.000 untuk program 'Program \
         Dukungan Manajemen', tetapi pagunya pada tabel anggaran sebesar Rp750.000 \
         (anggaran.xlsx:'Tabel'!A2, dihitung dari rinciannya)",
    );
    has_line(
        &out,
        "   = saran: PK yang ditandatangani sebelum revisi anggaran memang berbeda; jelaskan \
         dalam laporan, atau tandatangani PK revisi",
    );
}

#[test]
fn realisasi_sources_in_indonesian() {
    // SAKTI: realisasi s.d. 500.000 + 150.000 = 650.000; the hand-made table: 500.000 +
    // 100.000 = 600.000. The pagu agree (600.000 + 400.000 = 1.000.000 in both).
    let sakti: &[&[&str]] = &[
        &[
            "Uraian",
            "Pagu",
            "Lock Pagu",
            "Periode Lalu",
            "Periode Ini",
            "s.d. Periode",
            "Sisa",
        ],
        &["1. Program Dukungan Manajemen"],
        &[
            "a. Layanan Perkantoran",
            "600000",
            "0",
            "300000",
            "200000",
            "500000",
            "100000",
        ],
        &[
            "b. Layanan Data",
            "400000",
            "0",
            "100000",
            "50000",
            "150000",
            "250000",
        ],
    ];
    let tabel: &[&[&str]] = &[
        &["Uraian", "Pagu", "Realisasi"],
        &["1. Program Dukungan Manajemen"],
        &["a. Layanan Perkantoran", "600000", "500000"],
        &["b. Layanan Data", "400000", "100000"],
    ];
    let (code, out) = check_tables(&[
        ("sakti.xlsx", "GLP039", sakti),
        ("tabel.xlsx", "Tabel 3.1", tabel),
    ]);
    assert_eq!(code, 1);
    has_line(
        &out,
        "kesalahan[realisasi-sources]: realisasi program 'Program Dukungan Manajemen' di sini \
         Rp600.000, tetapi pada sakti Rp650.000 (sakti.xlsx:'GLP039'!A2)",
    );
    has_line(
        &out,
        "   = saran: salah satu sumber sudah usang atau salah ketik: laporan harus memakai angka \
         DIPA/SAKTI",
    );
}

/// English words no Indonesian finding has (matched whole, case-insensitively).
const STOP: &[&str] = &[
    "the", "is", "are", "not", "of", "rows", "under", "add", "up", "should", "cannot", "missing",
    "found", "instead", "only", "when", "which", "with",
];

/// The words of a line of `lakip check` that the rules wrote: codes in backticks, rule codes in
/// brackets, flags, file names and the cells they name (`file.xlsx:'Sheet'!B2`) left out.
fn stop_words(line: &str) -> Vec<String> {
    let hidden = Regex::new(
        r"`[^`]*`|\[[a-z-]+\]|--[a-z-]+|\S*\.(?:xlsx|xls|csv|toml|json|docx|md)(?::'[^']*'!?[A-Z]*[0-9]*)?",
    )
    .unwrap();
    let plain = hidden.replace_all(line, " ");
    Regex::new(r"[A-Za-z]+")
        .unwrap()
        .find_iter(&plain)
        .map(|m| m.as_str().to_lowercase())
        .filter(|w| STOP.contains(&w.as_str()))
        .collect()
}

#[test]
fn the_stop_words_are_seen_outside_codes_and_files() {
    assert_eq!(stop_words("the rows under it"), ["the", "rows", "under"]);
    assert!(stop_words("`lakip remove the` pada the.xlsx:'of'!B2 [not-read]").is_empty());
}

#[test]
fn every_example_checks_in_indonesian_with_no_english_word() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut found = vec![];
    let mut checked = 0;
    for entry in std::fs::read_dir(&examples).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.join("lakip.toml").is_file() {
            continue;
        }
        checked += 1;
        let (_, out) = check_id(&dir, &[]);
        for line in out.lines() {
            let words = stop_words(line);
            if !words.is_empty() {
                found.push(format!("{}: {words:?} in: {line}", dir.display()));
            }
        }
    }
    assert!(checked >= 5, "the five example workspaces, found {checked}");
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_bad_check_setting_is_refused_in_indonesian() {
    // `toleransi_persen = -1`: a tolerance is never negative; the command cannot run (exit 2).
    let dir = tempfile::tempdir().unwrap();
    Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "id")
        .current_dir(dir.path())
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .success();
    let config = dir.path().join("lakip.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    let text = Regex::new(r"(?m)^#?\s*toleransi_persen\s*=.*$")
        .unwrap()
        .replace(&text, "toleransi_persen = -1")
        .into_owned();
    std::fs::write(&config, text).unwrap();
    table_xlsx(
        &dir.path().join("tabel.xlsx"),
        "Realisasi",
        &[
            &["Uraian", "Pagu", "Realisasi"],
            &["a. Layanan", "100", "90"],
        ],
    )
    .unwrap();
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "id")
        .current_dir(dir.path())
        .args(["check", "tabel.xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim_end(),
        "kesalahan: lakip.toml: [check] toleransi_persen harus berupa angka poin persen, \
         misalnya 0.01"
    );
}
