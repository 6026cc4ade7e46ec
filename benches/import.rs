//! Import and check on a large anggaran workbook, against calamine alone (open +
//! `worksheet_range`), the floor any xlsx import through calamine pays.
//!
//! The workbook (100 000 item rows) is generated once, outside the timed loop, in a temp dir.
//!
//! Run with `cargo bench --bench import`.

use calamine::Reader;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use lakip::model::Document;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

const SHEET: &str = "Realisasi";
const PROGRAMS: usize = 20;
const KEGIATAN_PER_PROGRAM: usize = 50;
const ITEMS_PER_KEGIATAN: usize = 100;
const ITEMS: usize = PROGRAMS * KEGIATAN_PER_PROGRAM * ITEMS_PER_KEGIATAN;

/// A deterministic linear congruential generator (Knuth's MMIX constants).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

/// Pagu and realisasi (multiples of 1000, realisasi ≤ pagu).
fn amounts(rng: &mut Lcg) -> (u64, u64) {
    let pagu = (1 + rng.next() % 999_999) * 1000;
    let realisasi = (rng.next() % (pagu / 1000 + 1)) * 1000;
    (pagu, realisasi)
}

fn percent(pagu: u64, realisasi: u64) -> f64 {
    if pagu == 0 {
        return 0.0;
    }
    (realisasi as f64 / pagu as f64 * 10_000.0).round() / 100.0
}

struct Kegiatan {
    items: Vec<(u64, u64)>,
    pagu: u64,
    realisasi: u64,
}

struct Program {
    kegiatan: Vec<Kegiatan>,
    pagu: u64,
    realisasi: u64,
}

/// Writes the anggaran workbook: title in row 1, header `Uraian | Pagu | Realisasi | %` in
/// row 3, then programs (`1. Program N`), kegiatan (`1.1 Kegiatan M`) and items, and a final
/// `JUMLAH` row. Program, kegiatan and JUMLAH rows state the sums of their rows.
///
/// Items are plain text under their numbered kegiatan, as hand-made tables have them.
fn write_workbook(path: &Path) -> Result<(), rust_xlsxwriter::XlsxError> {
    let mut rng = Lcg(0x5A41_4B49_5020_2023);
    let programs: Vec<Program> = (0..PROGRAMS)
        .map(|_| {
            let kegiatan: Vec<Kegiatan> = (0..KEGIATAN_PER_PROGRAM)
                .map(|_| {
                    let items: Vec<(u64, u64)> =
                        (0..ITEMS_PER_KEGIATAN).map(|_| amounts(&mut rng)).collect();
                    Kegiatan {
                        pagu: items.iter().map(|i| i.0).sum(),
                        realisasi: items.iter().map(|i| i.1).sum(),
                        items,
                    }
                })
                .collect();
            Program {
                pagu: kegiatan.iter().map(|k| k.pagu).sum(),
                realisasi: kegiatan.iter().map(|k| k.realisasi).sum(),
                kegiatan,
            }
        })
        .collect();

    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(SHEET)?;
    sheet.write_string(0, 0, "Laporan Realisasi Anggaran")?;
    for (col, text) in ["Uraian", "Pagu", "Realisasi", "%"].into_iter().enumerate() {
        sheet.write_string(2, col as u16, text)?;
    }
    let mut row = 3u32;
    let mut put =
        |text: &str, pagu: u64, realisasi: u64| -> Result<(), rust_xlsxwriter::XlsxError> {
            sheet.write_string(row, 0, text)?;
            sheet.write_number(row, 1, pagu as f64)?;
            sheet.write_number(row, 2, realisasi as f64)?;
            sheet.write_number(row, 3, percent(pagu, realisasi))?;
            row += 1;
            Ok(())
        };
    let mut item_no = 0usize;
    for (p, program) in programs.iter().enumerate() {
        put(
            &format!("{}. Program {}", p + 1, p + 1),
            program.pagu,
            program.realisasi,
        )?;
        for (k, kegiatan) in program.kegiatan.iter().enumerate() {
            put(
                &format!("{}.{} Kegiatan {}", p + 1, k + 1, k + 1),
                kegiatan.pagu,
                kegiatan.realisasi,
            )?;
            for &(pagu, realisasi) in &kegiatan.items {
                item_no += 1;
                put(
                    &format!("Belanja barang operasional {item_no}"),
                    pagu,
                    realisasi,
                )?;
            }
        }
    }
    let pagu = programs.iter().map(|p| p.pagu).sum();
    let realisasi = programs.iter().map(|p| p.realisasi).sum();
    put("JUMLAH", pagu, realisasi)?;
    workbook.save(path)
}

fn calamine_range(path: &Path) -> calamine::Range<calamine::Data> {
    let mut wb = calamine::open_workbook_auto(path).expect("calamine opens the workbook");
    wb.worksheet_range(SHEET).expect("calamine reads the sheet")
}

/// What `lakip import --dry-run` does before printing: read and recognise every sheet.
fn lakip_import(path: &Path) -> Vec<Document> {
    let options = lakip::pipeline::Options::default();
    let (docs, _) = lakip::pipeline::read_file(path, "anggaran-100k.xlsx", &options)
        .expect("lakip reads the workbook");
    docs
}

/// What `lakip check FILE` does before printing: import in memory, then every rule.
fn lakip_check(path: &Path) -> (Vec<Document>, Vec<lakip::check::Diagnostic>) {
    let docs = lakip_import(path);
    let diagnostics = lakip::check::run(&docs, &lakip::check::Settings::default());
    (docs, diagnostics)
}

fn import_100k(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("anggaran-100k.xlsx");
    write_workbook(&path).expect("write the benchmark workbook");

    // Check once, before timing, that the workbook is what the benchmark claims.
    let range = calamine_range(&path);
    assert_eq!(
        range.height(),
        3 + PROGRAMS * (1 + KEGIATAN_PER_PROGRAM * (1 + ITEMS_PER_KEGIATAN)) + 1
    );
    let docs = lakip_import(&path);
    assert_eq!(docs[0].items().len(), ITEMS, "every item row is an item");
    assert_eq!(
        docs[0].headings().len(),
        PROGRAMS * (1 + KEGIATAN_PER_PROGRAM)
    );
    assert_eq!(docs[0].totals().len(), 1);
    assert_eq!(
        lakip_check(&path).1,
        vec![],
        "the generated workbook adds up"
    );

    let mut group = c.benchmark_group("import_100k");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(3))
        .measurement_time(Duration::from_secs(15));
    // Results are freed outside the timing, for calamine and lakip alike: the lakip command
    // exits without freeing them.
    group.bench_function("calamine_worksheet_range", |b| {
        b.iter_with_large_drop(|| calamine_range(black_box(&path)))
    });
    group.bench_function("lakip_import", |b| {
        b.iter_with_large_drop(|| lakip_import(black_box(&path)))
    });
    group.bench_function("lakip_check", |b| {
        b.iter_with_large_drop(|| lakip_check(black_box(&path)))
    });
    group.finish();
    paired(&path);
}

/// Calamine and lakip timed in turn, pair after pair, so that both see the same machine: on a
/// shared machine the load changes between criterion's groups, and the ratio of two medians
/// taken minutes apart says as much about the load as about lakip. Prints the medians and the
/// median of the per-pair ratios.
fn paired(path: &Path) {
    const PAIRS: usize = 30;
    let time = |f: &dyn Fn() -> Box<dyn std::any::Any>| {
        let start = std::time::Instant::now();
        let result = f();
        let elapsed = start.elapsed().as_secs_f64() * 1000.0;
        drop(result);
        // lakip frees a large workbook's cells on a thread of its own after it returns: that
        // work must not fall into the next measurement.
        std::thread::sleep(Duration::from_millis(150));
        elapsed
    };
    let calamine = || -> Box<dyn std::any::Any> { Box::new(calamine_range(black_box(path))) };
    let lakip = || -> Box<dyn std::any::Any> { Box::new(lakip_import(black_box(path))) };
    let (mut c, mut l, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for pair in 0..PAIRS {
        // Each goes first in every other pair.
        let (tc, tl) = if pair % 2 == 0 {
            let tc = time(&calamine);
            (tc, time(&lakip))
        } else {
            let tl = time(&lakip);
            (time(&calamine), tl)
        };
        c.push(tc);
        l.push(tl);
        ratios.push(tl / tc);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "import_100k/paired ({PAIRS} pairs): calamine {:.1} ms, lakip_import {:.1} ms, ratio {:.2}",
        median(&mut c),
        median(&mut l),
        median(&mut ratios)
    );
}

criterion_group!(benches, import_100k);
criterion_main!(benches);
