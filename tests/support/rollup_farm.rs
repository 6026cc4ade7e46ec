//! A farm of satker workspaces for `lakip rollup`: copies of an example workspace with other
//! names, codes and figures, and the consolidated sums worked out here, from the figures
//! written, independently of lakip (`expected.csv`).
//!
//! Used by `tests/rollup.rs` (a dozen workspaces) and by `scripts/rollup-farm.rs` (the 550 of
//! the bench: `cargo run --release --example rollup-farm -- OUT 550`).
#![allow(dead_code)]

use rust_decimal::{Decimal, RoundingStrategy};
use std::collections::BTreeMap;
use std::error::Error;
use std::path::Path;

type Result<T> = std::result::Result<T, Box<dyn Error>>;

const PLACES: [&str; 24] = [
    "Serang",
    "Lebak",
    "Pandeglang",
    "Tangerang",
    "Cilegon",
    "Bogor",
    "Bekasi",
    "Garut",
    "Cianjur",
    "Kuningan",
    "Majalengka",
    "Sumedang",
    "Tasikmalaya",
    "Ciamis",
    "Banjar",
    "Indramayu",
    "Subang",
    "Purwakarta",
    "Karawang",
    "Cirebon",
    "Sukabumi",
    "Bandung",
    "Depok",
    "Cimahi",
];
const PROVINCES: [&str; 6] = [
    "Banten",
    "Jawa Barat",
    "Jawa Tengah",
    "Bali",
    "Riau",
    "Aceh",
];

/// The sums a rollup of the farm must give: per program, per kegiatan (by the template's
/// names), and in total.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Sums {
    /// (program, kegiatan or "" for the program) → (pagu, realisasi, units).
    pub lines: BTreeMap<(String, String), (Decimal, Decimal, usize)>,
    pub pagu: Decimal,
    pub realisasi: Decimal,
}

/// The name of unit `i`: a place and a number where the places run out.
pub fn name(i: usize) -> String {
    let kind = if i % 4 == 3 { "Kota" } else { "Kabupaten" };
    let place = PLACES[i % PLACES.len()];
    match i / PLACES.len() {
        0 => format!("KPU {kind} {place}"),
        n => format!("KPU {kind} {place} {}", n + 1),
    }
}

/// Writes `count` workspaces `satker-NNN` under `out` from the workspace `template` (one with
/// an anggaran table, as `examples/kota-serang-2023`), and `out/expected.csv`.
pub fn write(template: &Path, out: &Path, count: usize) -> Result<Sums> {
    std::fs::create_dir_all(out)?;
    let config = std::fs::read_to_string(template.join("lakip.toml"))?;
    let mut sums = Sums::default();
    for i in 0..count {
        let dir = out.join(format!("satker-{i:03}"));
        std::fs::create_dir_all(dir.join("data"))?;
        std::fs::write(dir.join("lakip.toml"), identity(&config, i))?;
        for entry in std::fs::read_dir(template.join("data"))? {
            let path = entry?.path();
            let Some(file) = path.file_name() else {
                continue;
            };
            let to = dir.join("data").join(file);
            match file.to_str() {
                Some("anggaran.csv") => anggaran(&path, &to, i, &mut sums)?,
                Some("headings.csv") => headings(&path, &to, &dir, i)?,
                _ => {
                    std::fs::copy(&path, &to)?;
                }
            }
        }
    }
    expected(&out.join("expected.csv"), &sums)?;
    Ok(sums)
}

/// The template's lakip.toml with this unit's name, code, level and parent.
fn identity(config: &str, i: usize) -> String {
    let nama = name(i);
    let tingkat = if nama.contains(" Kota ") {
        "kota"
    } else {
        "kabupaten"
    };
    let induk = format!("KPU Provinsi {}", PROVINCES[i / 100 % PROVINCES.len()]);
    let mut out = String::new();
    for line in config.lines() {
        if line.starts_with("nama = ") && !out.contains("nama = ") {
            out.push_str(&format!(
                "nama = \"{nama}\"\nkode = \"{}\"\ntingkat = \"{tingkat}\"\ninduk = \"{induk}\"\n",
                427000 + i
            ));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Unit `i`'s pagu is the template's × (60 + 7i mod 81) %, its realisasi the template's ×
/// (55 + 11i mod 56) % of that: serapan from about 55% to above 100% (an overspend).
fn factors(i: usize) -> (Decimal, Decimal) {
    (
        Decimal::from(60 + (7 * i) % 81) / Decimal::ONE_HUNDRED,
        Decimal::from(55 + (11 * i) % 56) / Decimal::ONE_HUNDRED,
    )
}

fn whole(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

fn percent(p: Decimal, r: Decimal) -> String {
    if p.is_zero() {
        return String::new();
    }
    (r / p * Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
        .to_string()
}

/// A typing slip in every tenth unit's copy of a kegiatan, which the rollup must still match.
fn slipped(uraian: &str, i: usize) -> String {
    if i % 10 == 9 {
        uraian.replace("Adhock", "Adhoc")
    } else {
        uraian.to_string()
    }
}

fn anggaran(from: &Path, to: &Path, i: usize, sums: &mut Sums) -> Result<()> {
    let (fp, fr) = factors(i);
    let mut reader = csv::Reader::from_path(from)?;
    let headers = reader.headers()?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or(format!("no {name}"))
    };
    let (pagu, real, pct, path, uraian) = (
        col("pagu")?,
        col("realisasi")?,
        col("stated_percent")?,
        col("path")?,
        col("uraian")?,
    );
    let mut writer = csv::Writer::from_path(to)?;
    writer.write_record(&headers)?;
    let mut programs = std::collections::BTreeSet::new();
    for record in reader.records() {
        let mut row: Vec<String> = record?.iter().map(str::to_string).collect();
        let p = whole(row[pagu].parse::<Decimal>()? * fp);
        let r = whole(row[real].parse::<Decimal>()? * fp * fr);
        let program = row[path].clone();
        let kegiatan = if row[uraian].is_empty() {
            "(tanpa uraian)".to_string()
        } else {
            row[uraian].clone()
        };
        // A program counts each unit once, however many kegiatan it has there.
        let first = programs.insert(program.clone());
        let e = sums
            .lines
            .entry((program.clone(), String::new()))
            .or_default();
        (e.0, e.1, e.2) = (e.0 + p, e.1 + r, e.2 + usize::from(first));
        let e = sums.lines.entry((program, kegiatan)).or_default();
        (e.0, e.1, e.2) = (e.0 + p, e.1 + r, e.2 + 1);
        sums.pagu += p;
        sums.realisasi += r;
        row[pagu] = p.to_string();
        row[real] = r.to_string();
        row[pct] = percent(p, r);
        row[uraian] = slipped(&row[uraian], i);
        writer.write_record(&row)?;
    }
    writer.flush()?;
    Ok(())
}

/// The headings' stated pagu, realisasi and percent, where the template states them, are the
/// sums of the unit's own items (so the check finds what the template's figures make it find).
fn headings(from: &Path, to: &Path, dir: &Path, _i: usize) -> Result<()> {
    let mut items: BTreeMap<String, (Decimal, Decimal)> = BTreeMap::new();
    let mut reader = csv::Reader::from_path(dir.join("data").join("anggaran.csv"))?;
    let headers = reader.headers()?.clone();
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap_or(0);
    let (heading, pagu, real) = (at("heading"), at("pagu"), at("realisasi"));
    for record in reader.records() {
        let record = record?;
        let e = items.entry(record[heading].to_string()).or_default();
        e.0 += record[pagu].parse::<Decimal>()?;
        e.1 += record[real].parse::<Decimal>()?;
    }
    let mut reader = csv::Reader::from_path(from)?;
    let headers = reader.headers()?.clone();
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap_or(0);
    let (id, pagu, real, pct) = (at("id"), at("pagu"), at("realisasi"), at("stated_percent"));
    let mut writer = csv::Writer::from_path(to)?;
    writer.write_record(&headers)?;
    for record in reader.records() {
        let mut row: Vec<String> = record?.iter().map(str::to_string).collect();
        if let Some((p, r)) = items.get(&row[id]).copied() {
            if !row[pagu].is_empty() {
                row[pagu] = p.to_string();
            }
            if !row[real].is_empty() {
                row[real] = r.to_string();
            }
            if !row[pct].is_empty() {
                row[pct] = percent(p, r);
            }
        }
        writer.write_record(&row)?;
    }
    writer.flush()?;
    Ok(())
}

/// `expected.csv`: program, kegiatan (empty for the program's own line), satker, pagu,
/// realisasi; the last line the total.
fn expected(path: &Path, sums: &Sums) -> Result<()> {
    let mut w = csv::Writer::from_path(path)?;
    w.write_record(["program", "kegiatan", "satker", "pagu", "realisasi"])?;
    for ((program, kegiatan), (p, r, n)) in &sums.lines {
        w.write_record([
            program,
            kegiatan,
            &n.to_string(),
            &p.to_string(),
            &r.to_string(),
        ])?;
    }
    w.write_record([
        "Jumlah",
        "",
        "",
        &sums.pagu.to_string(),
        &sums.realisasi.to_string(),
    ])?;
    w.flush()?;
    Ok(())
}
