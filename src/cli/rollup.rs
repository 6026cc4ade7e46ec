//! `lakip rollup`: many satker's workspaces in one table, realisasi consolidated, flags, and
//! the parent unit's annex.

use crate::error::{input_error, Outcome};
use crate::report::rollup as report;
use crate::rollup::{self, annex, Options, SORT_COLUMNS};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip rollup kpu-banten/               # every workspace under the directory\n  lakip rollup rollup.toml --sort serapan --ascending\n  lakip rollup kab-* --format json\n  lakip rollup kpu-banten/ --format xlsx -o rollup.xlsx\n  lakip rollup kpu-banten/ --format docx -o lampiran.docx\n  lakip rollup kpu-banten/ --check\n\nExit codes: 0 ok; 1 with --check, a unit's data has errors; 2 could not run; 3 a workspace could not be read (the others are reported)."
)]
pub struct Args {
    /// Workspaces, directories holding workspaces, or a rollup.toml listing them (paths or
    /// globs such as `kab-*/`). A directory with a rollup.toml is read by it.
    #[arg(value_name = "DIR", required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output format: the tables (text, json, csv, xlsx) or the consolidated annex (md, html,
    /// docx).
    #[arg(long, value_enum, default_value_t = RollupFormat::Text)]
    pub format: RollupFormat,
    /// Write to FILE instead of standard output (required for xlsx and docx).
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Rank the satker by a column: satker, pagu, realisasi, serapan, sisa, indikator,
    /// tercapai, capaian, efisiensi, errors, warnings (figures highest first).
    #[arg(long, value_name = "COLUMN", value_parser = sort_column)]
    pub sort: Option<String>,
    /// With --sort: lowest first (names Z to A).
    #[arg(long)]
    pub ascending: bool,
    /// Flag serapan below this percentage.
    #[arg(long, value_name = "PERCENT", default_value = "80")]
    pub serapan_min: Decimal,
    /// The year every unit should report (default: rollup.toml's, else the most common).
    #[arg(long)]
    pub tahun: Option<i32>,
    /// Exit code 1 when any unit's data has check errors.
    #[arg(long)]
    pub check: bool,
    /// With csv or xlsx: the consolidated program and kegiatan lines instead of the satker.
    #[arg(long)]
    pub konsolidasi: bool,
    /// Reading threads (default: every core).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RollupFormat {
    Text,
    Json,
    Csv,
    Xlsx,
    Md,
    Html,
    Docx,
}

fn sort_column(name: &str) -> Result<String, String> {
    if SORT_COLUMNS.contains(&name) {
        Ok(name.to_string())
    } else {
        Err(crate::t!(
            "rollup-sort-one-of",
            columns = SORT_COLUMNS.join(", ")
        ))
    }
}

pub fn run(args: &Args, _workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    let needs_file = matches!(args.format, RollupFormat::Xlsx | RollupFormat::Docx);
    if needs_file && args.output.is_none() {
        return Err(input_error(file_needed(args.format)));
    }
    let threads = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get)
    });
    let options = Options {
        serapan_min: args.serapan_min,
        tahun: args.tahun,
        threads,
        progress: true,
    };
    let mut rollup = rollup::run(&args.inputs, &options)?;
    if let Some(column) = &args.sort {
        rollup::sort(&mut rollup.units, column, args.ascending);
    }
    write(args, &rollup)?;
    for u in &rollup.unreadable {
        eprintln!("{}", unreadable(&u.path, &u.reason));
    }
    Ok(if !rollup.unreadable.is_empty() {
        Outcome::Incomplete
    } else if args.check && rollup.units.iter().any(|u| u.errors > 0) {
        Outcome::Findings
    } else {
        Outcome::Done
    })
}

fn file_needed(format: RollupFormat) -> String {
    let name = if format == RollupFormat::Xlsx {
        "xlsx"
    } else {
        "docx"
    };
    crate::t!("rollup-file-needed", format = name)
}

fn unreadable(path: &str, reason: &str) -> String {
    crate::t!("rollup-unreadable", path = path, reason = reason)
}

fn write(args: &Args, rollup: &rollup::Rollup) -> anyhow::Result<()> {
    let table = || {
        if args.konsolidasi {
            report::lines(rollup)
        } else {
            report::satker(rollup)
        }
    };
    let text = match args.format {
        RollupFormat::Text => report::text(rollup),
        RollupFormat::Json => serde_json::to_string_pretty(&report::json(rollup))? + "\n",
        RollupFormat::Csv => table().csv()?,
        RollupFormat::Md => annex::markdown(rollup),
        RollupFormat::Html => annex::html(rollup),
        RollupFormat::Xlsx | RollupFormat::Docx => {
            let Some(path) = &args.output else {
                return Err(input_error(file_needed(args.format)));
            };
            if args.format == RollupFormat::Xlsx {
                table().xlsx(path)?;
            } else {
                crate::workspace::write_atomic(path, &annex::docx(rollup)?)?;
            }
            eprintln!(
                "{}",
                crate::t!("rollup-wrote", path = path.display().to_string())
            );
            return Ok(());
        }
    };
    match &args.output {
        Some(path) if path.as_os_str() != "-" => {
            crate::workspace::write_atomic(path, text.as_bytes())?;
            eprintln!(
                "{}",
                crate::t!("rollup-wrote", path = path.display().to_string())
            );
            Ok(())
        }
        _ => super::emit(&text),
    }
}
