//! Large documents for measuring memory and time: an RKT of any number of item rows.

use super::fixtures::RKT_HEADER;
use std::error::Error;
use std::io::Write;
use std::path::Path;

/// Item rows per kegiatan heading, and per sasaran group under it.
const ITEMS_PER_HEADING: u64 = 50;
const ITEMS_PER_GROUP: u64 = 5;

/// An RKT as a `;` CSV (the Indonesian Excel export): title, the header, then `items` item
/// rows in groups of 5 under a kegiatan heading every 50 items, each group with its
/// sasaran, indikator and output on its first row, and `JUMLAH ANGGARAN` last. Item `i`
/// (from 0) costs `1 000 000 + (i mod 1 000) × 1 000`; the total is the sum of those.
pub fn rkt_csv(path: &Path, items: u64) -> Result<(), Box<dyn Error>> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    writeln!(out, "RENCANA KERJA TAHUNAN SATKER CONTOH;;;;;;")?;
    writeln!(out, "TAHUN ANGGARAN 2023;;;;;;")?;
    writeln!(out, ";;;;;;")?;
    writeln!(out, "{}", RKT_HEADER.join(";"))?;
    let mut total: u64 = 0;
    for i in 0..items {
        if i % ITEMS_PER_HEADING == 0 {
            writeln!(out, "Kegiatan {};;;;;;", i / ITEMS_PER_HEADING + 1)?;
        }
        let amount = item_amount(i);
        total += amount;
        let group = i / ITEMS_PER_GROUP + 1;
        let (sasaran, indikator, output) = if i % ITEMS_PER_GROUP == 0 {
            (
                format!("Sasaran {group}"),
                format!("Persentase layanan {group}"),
                format!("Output {group}"),
            )
        } else {
            Default::default()
        };
        writeln!(
            out,
            ";{sasaran};{indikator};{output};Uraian kegiatan {};{};",
            i + 1,
            dotted(amount)
        )?;
    }
    writeln!(out, "JUMLAH ANGGARAN;;;;;{};", dotted(total))?;
    out.flush()?;
    Ok(())
}

/// The amount of item `i` (from 0).
pub fn item_amount(i: u64) -> u64 {
    1_000_000 + (i % 1_000) * 1_000
}

fn dotted(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}
