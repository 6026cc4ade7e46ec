//! Import throughput on a large anggaran workbook: lakip's read + recognise against calamine
//! alone (open + `worksheet_range`), the floor any xlsx import through calamine pays.
//!
//! The workbook (100 000 item rows) is generated once, outside the timed loop, in a temp dir.
//!
//! Run with `cargo bench --bench import`.

use calamine::Reader;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use lakip::layout::{recognise, Recognition};
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
/// Items are bulleted (`- Belanja …`), not plain text: `layout::hierarchy` makes a numbered
/// row a heading only when the next *numbered* row is deeper, so under plain-text items every
/// `1.1` kegiatan would be read as one more item (101 000 items instead of 100 000).
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
                    &format!("- Belanja barang operasional {item_no}"),
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

/// lakip's import stages 1 and 2: read every sheet, recognise every sheet. Returns the item count.
fn lakip_import(path: &Path) -> usize {
    let workbook = lakip::source::read(path).expect("lakip reads the workbook");
    let file = workbook.file.as_str();
    workbook
        .sheets
        .iter()
        .map(
            |sheet| match recognise(file, sheet, None).expect("lakip recognises the sheet") {
                Recognition::Document(doc) => black_box(doc).items.len(),
                Recognition::Skipped(_) => 0,
            },
        )
        .sum()
}

/// With `LAKIP_BENCH_PHASES=1`: where one lakip import spends its time, printed before the
/// timed benches (median of 5 runs per phase). The layout phases repeat what `recognise` does
/// through the public `layout` functions; split_tail/read_tail/finish are left out (they are
/// the remainder of `recognise` total).
fn print_phases(path: &Path) {
    use lakip::layout::{amounts::At, columns::Role, header, hierarchy, lines};
    use std::time::Instant;

    fn median(mut v: Vec<Duration>) -> Duration {
        v.sort();
        v[v.len() / 2]
    }
    let mut t: std::collections::BTreeMap<&str, Vec<Duration>> = Default::default();
    for _ in 0..5 {
        // calamine streaming alone: what source::read pays before building lakip's rows.
        let start = Instant::now();
        let mut wb: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
        let mut reader = wb.worksheet_cells_reader(SHEET).unwrap();
        let mut cells = 0usize;
        while let Some(c) = reader.next_cell_with_formula_metadata().unwrap() {
            cells += black_box(c).pos.0 as usize & 1;
        }
        black_box(cells);
        drop(reader);
        drop(wb);
        t.entry("1a calamine cells reader (stream)")
            .or_default()
            .push(start.elapsed());

        let start = Instant::now();
        let workbook = lakip::source::read(path).unwrap();
        t.entry("1  source::read")
            .or_default()
            .push(start.elapsed());
        let sheet = &workbook.sheets[0];

        let start = Instant::now();
        let doc = recognise(&workbook.file, sheet, None).unwrap();
        t.entry("2  layout::recognise")
            .or_default()
            .push(start.elapsed());

        let start = Instant::now();
        let (pos, columns) = header::find(&sheet.rows).unwrap();
        t.entry("2a header::find")
            .or_default()
            .push(start.elapsed());
        let at = |row: u32| At {
            file: &workbook.file,
            sheet: &sheet.name,
            row,
        };
        let start = Instant::now();
        let body: Vec<(u32, lines::Line)> = sheet.rows[pos + 1..]
            .iter()
            .map(|row| {
                (
                    row.index,
                    lines::read(row, &columns, &at(row.index)).unwrap(),
                )
            })
            .collect();
        t.entry("2b lines::read x all rows")
            .or_default()
            .push(start.elapsed());
        let start = Instant::now();
        let built = hierarchy::build(&body, columns.get(Role::Kode).is_some());
        t.entry("2c hierarchy::build")
            .or_default()
            .push(start.elapsed());

        let start = Instant::now();
        drop(built);
        drop(body);
        t.entry("2d drop lines + built (scratch copies)")
            .or_default()
            .push(start.elapsed());
        let start = Instant::now();
        drop(doc);
        t.entry("3a drop Document")
            .or_default()
            .push(start.elapsed());
        let start = Instant::now();
        drop(workbook);
        t.entry("3b drop Workbook")
            .or_default()
            .push(start.elapsed());
    }
    eprintln!("phases of one import (median of 5):");
    for (name, v) in t {
        eprintln!("  {name:<40} {:>9.1} ms", median(v).as_secs_f64() * 1e3);
    }
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
    assert_eq!(
        lakip_import(&path),
        ITEMS,
        "recognise() should find every item row"
    );
    let workbook = lakip::source::read(&path).expect("lakip reads the workbook");
    let Recognition::Document(doc) =
        recognise(&workbook.file, &workbook.sheets[0], None).expect("lakip recognises the sheet")
    else {
        panic!("the sheet was skipped");
    };
    assert_eq!(doc.headings.len(), PROGRAMS * (1 + KEGIATAN_PER_PROGRAM));
    assert_eq!(doc.totals.len(), 1);
    drop((doc, workbook));
    if std::env::var_os("LAKIP_BENCH_PHASES").is_some() {
        print_phases(&path);
    }

    let mut group = c.benchmark_group("import_100k");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(3))
        .measurement_time(Duration::from_secs(15));
    group.bench_function("calamine_worksheet_range", |b| {
        b.iter(|| black_box(calamine_range(black_box(&path))))
    });
    group.bench_function("lakip_read_and_recognise", |b| {
        b.iter(|| black_box(lakip_import(black_box(&path))))
    });
    group.finish();
}

criterion_group!(benches, import_100k);
criterion_main!(benches);
