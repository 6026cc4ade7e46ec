//! `lakip import`: spreadsheets → recognised documents → the workspace's tables.

use super::Format;
use crate::error::exit;
use crate::model::DocKind;
use crate::pipeline;
use crate::report::import as report;
use crate::workspace::{store, Workspace};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip import rkt-2023.xlsx\n  lakip import realisasi.xlsx --sheet \"Tabel 3.1\"\n  lakip import --dry-run --format json anggaran.csv\n\nReads xlsx, xlsm, xlsb, xls, ods and csv (`;`, `,` or tab). Every source row is classified\n(title, header, numbering, heading, item, total, blank, signature, note); a row with numbers\nthat fits no class stops the import unless --allow-unrecognised is given."
)]
pub struct Args {
    /// Spreadsheet files to import.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Read only this sheet (default: every sheet whose layout is recognised).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// The document kind, instead of detecting it from the header.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Show what would be imported; write nothing (no workspace needed).
    #[arg(long)]
    pub dry_run: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Import the recognised rows even when some rows with numbers fit no class.
    #[arg(long)]
    pub allow_unrecognised: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    Rkt,
    Anggaran,
}

impl From<KindArg> for DocKind {
    fn from(k: KindArg) -> DocKind {
        match k {
            KindArg::Rkt => DocKind::Rkt,
            KindArg::Anggaran => DocKind::Anggaran,
        }
    }
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<i32> {
    let ws = if args.dry_run && workspace.is_none() {
        Workspace::open(None).ok()
    } else {
        Some(Workspace::open(workspace)?)
    };
    let options = pipeline::Options {
        sheet: args.sheet.clone(),
        kind: args.kind.map(DocKind::from),
    };
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    let mut files = BTreeSet::new();
    for path in &args.files {
        let name = ws
            .as_ref()
            .map_or_else(|| path.display().to_string(), |w| w.source_name(path));
        let (d, s) = pipeline::read_file(path, &name, &options)?;
        docs.extend(d);
        skipped.extend(s);
        files.insert(name);
    }
    let allow = args.allow_unrecognised
        || ws
            .as_ref()
            .is_some_and(|w| w.config.import.allow_unrecognised);
    if !allow {
        pipeline::refuse_unrecognised(&docs)?;
    }
    match args.format {
        Format::Text => print!("{}", report::text(&docs, &skipped)),
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report::json(&docs, &skipped))?
        ),
    }
    match (&ws, args.dry_run) {
        (Some(ws), false) => {
            let written = store::save(ws, &files, &docs)?;
            if args.format == Format::Text {
                let items: usize = docs.iter().map(|d| d.items.len()).sum();
                let names: Vec<String> = written
                    .iter()
                    .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                    .collect();
                let documents = match docs.len() {
                    1 => "1 document".to_string(),
                    n => format!("{n} documents"),
                };
                println!(
                    "imported {items} items from {documents} into data/ ({})",
                    names.join(", ")
                );
            }
        }
        _ => {
            if args.format == Format::Text {
                println!("dry run: nothing written");
            }
        }
    }
    Ok(exit::OK)
}
