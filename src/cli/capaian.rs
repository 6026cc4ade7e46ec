//! `lakip capaian`: target, realisasi, capaian and predikat per indikator of the kinerja
//! (BAB III) tables, and the efisiensi of the kegiatan that serve them.

use super::output::{self, Source};
use crate::compute::kinerja::{self, links, measure};
use crate::compute::realisasi;
use crate::error::{input_error, Outcome};
use crate::kinds::Purpose;
use crate::report::capaian as report;
use std::path::Path;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip capaian\n  lakip capaian --format json\n  lakip capaian --format xlsx -o capaian-2023.xlsx\n\nCapaian follows [capaian] in lakip.toml: batas_atas (a cap), polaritas (lower is better, or must equal), predikat (the scale).\nExit codes: 0 ok; 2 could not run."
)]
pub struct Args {
    #[command(flatten)]
    pub source: Source,
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    args.source.check_output("capaian")?;
    let (ws, docs) = output::documents(&args.source, workspace)?;
    let from_files = !args.source.files.is_empty();
    let settings = match &ws {
        Some(ws) => ws.config.capaian_settings()?,
        None => kinerja::Settings::default(),
    };
    let measured: Vec<_> = docs
        .iter()
        .filter(|d| d.kind.purpose() == Purpose::Measurement)
        .flat_map(|d| d.indicators().iter())
        .map(|i| measure(i, &settings))
        .collect();
    if measured.is_empty() {
        return Err(input_error(if from_files {
            crate::t!("capaian-none-in-files")
        } else {
            crate::t!("capaian-none-held")
        }));
    }
    let source = match &ws {
        Some(ws) => ws.config.realisasi_source()?,
        None => None,
    };
    let lines = realisasi::lines(&docs, source).map_err(input_error)?;
    let linked = links(&measured, &lines);
    let table = report::report(&measured);
    let extra = format!(
        "{}{}",
        report::summary(&measured),
        report::efisiensi_text(&linked)
    );
    output::write(
        &args.source,
        &table,
        &extra,
        || report::json(&measured, &linked),
        || report::csv(&measured, args.source.csv_form(ws.as_ref())),
    )?;
    Ok(Outcome::Done)
}
