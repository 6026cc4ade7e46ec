//! `lakip realisasi`: realisasi anggaran per program and kegiatan, computed from the items.

use super::output::{self, Source};
use crate::compute::realisasi;
use crate::error::{input_error, Outcome};
use crate::kinds::{DocKind, Purpose};
use crate::report::realisasi as report;
use std::path::Path;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip realisasi\n  lakip realisasi --format json\n  lakip realisasi --format xlsx -o realisasi-2023.xlsx\n  lakip realisasi tabel-3.1.xlsx --format csv\n  lakip realisasi --depth akun glp039-juli.xlsx\n  lakip realisasi --sumber sakti\n\nTotals are computed from the items, never copied from a stated figure; `lakip check` compares the two.\nExit codes: 0 ok; 2 could not run."
)]
pub struct Args {
    #[command(flatten)]
    pub source: Source,
    /// The deepest level shown: program, kegiatan, kro, ro, komponen, subkomponen or akun;
    /// in a Renja evaluation urusan, bidang_urusan, program or kegiatan. By default a program
    /// and what is directly under it, down to the RO in a SAKTI report and to the kegiatan in
    /// a Renja evaluation.
    #[arg(long, value_name = "LEVEL")]
    pub depth: Option<String>,
    /// The source of the figures when the workspace holds two (a SAKTI report and a hand-made
    /// table): a kind of realisation document. Default: `sumber` under [realisasi] in
    /// lakip.toml.
    #[arg(long, value_name = "KIND", value_parser = sumber)]
    pub sumber: Option<DocKind>,
}

/// A kind of realisation document as `--sumber` names it.
fn sumber(name: &str) -> Result<DocKind, String> {
    let sources: Vec<DocKind> = DocKind::ALL
        .into_iter()
        .filter(|k| k.purpose() == Purpose::Realisation)
        .collect();
    sources
        .iter()
        .copied()
        .find(|k| k.name() == name)
        .ok_or_else(|| {
            let names: Vec<&str> = sources.iter().map(|k| k.name()).collect();
            crate::t!("realisasi-sumber-one-of", names = names.join(", "))
        })
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    args.source.check_output("realisasi")?;
    let (ws, docs) = output::documents(&args.source, workspace)?;
    let from_files = !args.source.files.is_empty();
    let chosen = match (args.sumber, &ws) {
        (Some(kind), _) => Some(kind),
        (None, Some(ws)) => ws.config.realisasi_source()?,
        (None, None) => None,
    };
    let source = realisasi::one_source(&docs, chosen).map_err(input_error)?;
    let periode = realisasi::periode(&docs, source).map_err(input_error)?;
    // After the periods: two months of one report are refused by what sets them apart.
    let settings = ws.as_ref().map(|w| w.config.check_settings()).transpose()?;
    if !settings.is_some_and(|s| s.allow.contains(crate::check::DUPLICATE_DOCUMENT.code)) {
        realisasi::one_version(&docs, source).map_err(input_error)?;
    }
    let depth = match (&args.depth, source) {
        (Some(name), Some(kind)) => Some(kind.level_named(name).ok_or_else(|| {
            input_error(crate::t!(
                "realisasi-depth-unknown",
                name = name.as_str(),
                kind = kind.name(),
                levels = kind.level_names().join(", ")
            ))
        })?),
        _ => None,
    };
    let lines = realisasi::lines_to(&docs, depth, source);
    if lines.is_empty() {
        return Err(input_error(if from_files {
            crate::t!("realisasi-none-in-files")
        } else {
            crate::t!("realisasi-none-held")
        }));
    }
    let periode = periode.as_deref();
    let table = report::report(&lines, periode);
    output::write(
        &args.source,
        &table,
        "",
        || report::json(&lines, periode),
        || report::csv(&lines, args.source.csv_form(ws.as_ref())),
    )?;
    Ok(Outcome::Done)
}
