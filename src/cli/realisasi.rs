//! `lakip realisasi`: realisasi anggaran per program and kegiatan, computed from the items.

use super::output::{self, Source};
use crate::compute::realisasi;
use crate::error::{input_error, Outcome};
use crate::report::realisasi as report;
use std::path::Path;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip realisasi\n  lakip realisasi --format json\n  lakip realisasi --format xlsx -o realisasi-2023.xlsx\n  lakip realisasi tabel-3.1.xlsx --format csv\n\nTotals are computed from the items, never copied from a stated figure; `lakip check` compares the two.\nExit codes: 0 ok; 2 could not run."
)]
pub struct Args {
    #[command(flatten)]
    pub source: Source,
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    let (_, docs) = output::documents(&args.source, workspace)?;
    let from_files = !args.source.files.is_empty();
    let lines = realisasi::lines(&docs);
    if lines.is_empty() {
        return Err(input_error(if from_files {
            "no anggaran table (pagu and realisasi) in the files named"
        } else {
            "no anggaran table (pagu and realisasi) to report on; import one with `lakip import FILE`"
        }));
    }
    let table = report::report(&lines);
    output::write(
        &args.source,
        &table,
        "",
        || report::json(&lines),
        || report::csv(&lines),
    )?;
    Ok(Outcome::Done)
}
