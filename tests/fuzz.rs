//! A mutation fuzzer on stable Rust, for the readers: the small anggaran workbook (xlsx), its
//! parts' XML, an .xls, an .ods and a CSV are mutated (bytes flipped, digits blown up to
//! `4294967295`, cut short) and each mutant is imported by the lakip binary under a memory
//! ceiling (`prlimit --as=1024M`) and a time limit. Every run must end by itself with exit code
//! 0, 1 or 2 — never a signal (an abort is SIGABRT, 134), never a hang.
//!
//! Ignored in the normal suite (it takes minutes); run it with
//! `LAKIP_FUZZ_RUNS=5000 LAKIP_FUZZ_SEED=7 cargo test --release --test fuzz -- --ignored --nocapture`.
//! A failing mutant is kept in `$LAKIP_FUZZ_DIR` (default `/tmp/lakip-fuzz`) for a corpus case.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use support::{fixtures, hostile};

/// xorshift64*: a reproducible stream from the seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// One mutation of `bytes`: a byte flipped, a run of digits made 4294967295, or the end cut.
fn mutate(rng: &mut Rng, bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    match rng.below(3) {
        0 => {
            for _ in 0..=rng.below(4) {
                let at = rng.below(out.len());
                out[at] ^= 1 << rng.below(8);
            }
        }
        1 => {
            let digits: Vec<usize> = (0..out.len())
                .filter(|&i| out[i].is_ascii_digit())
                .collect();
            if let Some(&at) = digits.get(rng.below(digits.len())) {
                let end = (at..out.len())
                    .find(|&i| !out[i].is_ascii_digit())
                    .unwrap_or(out.len());
                out.splice(at..end, b"4294967295".iter().copied());
            }
        }
        _ => out.truncate(rng.below(out.len())),
    }
    out
}

/// The seeds: a file name and its bytes.
fn seeds(dir: &Path) -> Vec<(&'static str, Vec<u8>)> {
    let xlsx = fixtures::small_anggaran_bytes().unwrap();
    let xls = dir.join("seed.xls");
    hostile::small_xls(&xls, false).unwrap();
    let ods = dir.join("seed.ods");
    fixtures::anggaran_serang_ods(&ods).unwrap();
    let csv = dir.join("seed.csv");
    fixtures::anggaran_serang_csv(&csv).unwrap();
    vec![
        ("m.xlsx", xlsx),
        ("m.xls", std::fs::read(xls).unwrap()),
        ("m.ods", std::fs::read(ods).unwrap()),
        ("m.csv", std::fs::read(csv).unwrap()),
    ]
}

/// A mutant of an xlsx part's XML, zipped again (so the zip itself is sound).
fn mutate_part(rng: &mut Rng, xlsx: &[u8]) -> Vec<u8> {
    let parts = [
        "xl/sharedStrings.xml",
        "xl/worksheets/sheet1.xml",
        "xl/styles.xml",
        "xl/workbook.xml",
    ];
    let part = parts[rng.below(parts.len())];
    let seed = rng.next();
    hostile::map_part(xlsx, part, |xml| mutate(&mut Rng(seed | 1), xml)).unwrap()
}

fn run(dir: &Path, name: &str) -> Option<i32> {
    let bin = env!("CARGO_BIN_EXE_lakip");
    let mut cmd = if Path::new("/usr/bin/prlimit").exists() {
        let mut c = Command::new("/usr/bin/prlimit");
        c.arg("--as=1073741824").arg(bin);
        c
    } else {
        Command::new(bin)
    };
    let mut child = cmd
        .current_dir(dir)
        .args(["import", "--dry-run", name])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code();
        }
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
#[ignore]
fn mutants_end_with_a_documented_exit_code() {
    let runs = env("LAKIP_FUZZ_RUNS", 200);
    let mut rng = Rng(env("LAKIP_FUZZ_SEED", 1).max(1));
    let keep = PathBuf::from(std::env::var("LAKIP_FUZZ_DIR").unwrap_or("/tmp/lakip-fuzz".into()));
    let dir = tempfile::tempdir().unwrap();
    let seeds = seeds(dir.path());
    let mut failures = Vec::new();
    for i in 0..runs {
        let (name, bytes) = &seeds[rng.below(seeds.len())];
        let mutant = if *name == "m.xlsx" && rng.below(2) == 0 {
            mutate_part(&mut rng, bytes)
        } else {
            mutate(&mut rng, bytes)
        };
        std::fs::write(dir.path().join(name), &mutant).unwrap();
        let code = run(dir.path(), name);
        if !matches!(code, Some(0..=2)) {
            std::fs::create_dir_all(&keep).unwrap();
            let kept = keep.join(format!("{i}-{name}"));
            std::fs::write(&kept, &mutant).unwrap();
            failures.push(format!("{}: {code:?}", kept.display()));
        }
    }
    println!("{runs} mutants run, {} failed", failures.len());
    assert!(failures.is_empty(), "{failures:#?}");
}
