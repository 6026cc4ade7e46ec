//! `lakip status`: what the workspace holds — each document with its kind, source, rows, when
//! it was imported and whether its file changed since — and what that adds up to.

use super::Format;
use crate::compute::revision;
use crate::error::Outcome;
use crate::report::status::{self as report, Status};
use crate::workspace::{held, load, Workspace};
use std::path::Path;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip status\n  lakip status --format json\n\nEach document's ID is what `lakip remove` and `lakip import --replace` take.\nExit codes: 0 ok; 2 could not run (no workspace)."
)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    let ws = Workspace::open(workspace)?;
    ws.warn_leftovers();
    let docs = load::load(&ws)?;
    let status = Status {
        satker: ws.config.satker.nama.clone(),
        tahun: ws.config.satker.tahun,
        sources: held::source_states(&ws, &docs),
        sumber: ws.config.realisasi_source()?,
        versions: revision::versions(&docs),
        docs: &docs,
    };
    let out = match args.format {
        Format::Text => report::text(&status),
        Format::Json => serde_json::to_string_pretty(&report::json(&status))? + "\n",
    };
    super::emit(&out)?;
    Ok(Outcome::Done)
}
