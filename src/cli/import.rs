//! `lakip import`: spreadsheets → recognised documents → the workspace's tables.

use super::Format;
use crate::error::Outcome;
use crate::kinds::DocKind;
use crate::model::{Document, Notice, NoticeKind};
use crate::pipeline;
use crate::report::import::{self as report, Skipped};
use crate::workspace::{store, Workspace};
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
    pub kind: Option<DocKind>,
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

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    // A dry run needs no workspace, but uses (and so checks) the one it finds.
    let ws = match (args.dry_run, workspace) {
        (true, None) => Workspace::find(None)?,
        _ => Some(Workspace::open(workspace)?),
    };
    let (mut docs, skipped, replaced) = read_all(args, ws.as_ref())?;
    if let Some(ws) = &ws {
        warn_of_other_years(&mut docs, ws.config.satker.tahun);
    }
    let allow = args.allow_unrecognised
        || ws
            .as_ref()
            .is_some_and(|w| w.config.import.allow_unrecognised);
    if !allow {
        pipeline::refuse_unrecognised(&docs)?;
    }
    // Saved before anything is printed, so a closed pipe cannot leave the import half done.
    let written = match (&ws, args.dry_run) {
        (Some(ws), false) => Some(store::save(ws, &replaced, &docs)?),
        _ => None,
    };
    let mut out = match args.format {
        Format::Text => report::text(&docs, &skipped),
        Format::Json => String::from_utf8(report::json(&docs, &skipped)?)?,
    };
    if args.format == Format::Text {
        out.push_str(&summary(&docs, written.as_deref()));
    }
    // The report is built; the documents are freed while it is written.
    super::free_documents(docs);
    super::emit(&out)?;
    Ok(Outcome::Done)
}

/// A document of another year than the workspace's is said at import (and reported by
/// `check` as `year-mismatch`): last year's file imported by mistake passes every other rule.
fn warn_of_other_years(docs: &mut [Document], tahun: i32) {
    for doc in docs {
        let Some(m) = crate::check::years::mismatch(doc, tahun) else {
            continue;
        };
        let at = doc
            .notices
            .partition_point(|n| n.location.row <= m.location.row);
        doc.notices.insert(
            at,
            Notice {
                kind: NoticeKind::YearMismatch,
                message: m.message,
                location: m.location,
            },
        );
    }
}

/// Reads every named file once, and says what the workspace's tables will lose to them.
fn read_all(
    args: &Args,
    ws: Option<&Workspace>,
) -> anyhow::Result<(
    Vec<Document>,
    Vec<Skipped>,
    crate::workspace::table::Replaced,
)> {
    let options = pipeline::Options {
        sheet: args.sheet.clone(),
        kind: args.kind,
    };
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    let mut replaced = crate::workspace::table::Replaced::new();
    for path in &args.files {
        let name = ws.map_or_else(|| path.display().to_string(), |w| w.source_name(path));
        if !replaced.insert((name.clone(), args.sheet.clone())) {
            continue;
        }
        let (d, s) = pipeline::read_file(path, &name, &options)?;
        docs.extend(d);
        skipped.extend(s);
    }
    Ok((docs, skipped, replaced))
}

fn summary(docs: &[Document], written: Option<&[std::path::PathBuf]>) -> String {
    let Some(written) = written else {
        return "dry run: nothing written\n".to_string();
    };
    // Items of budget tables, indikator and actions of performance tables, program budget lines.
    let items: usize = docs
        .iter()
        .map(|d| d.items().len() + d.indicators().len() + d.budgets().len())
        .sum();
    let names: Vec<String> = written
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    let documents = match docs.len() {
        1 => "1 document".to_string(),
        n => format!("{n} documents"),
    };
    format!(
        "imported {items} items from {documents} into data/ ({})\n",
        names.join(", ")
    )
}
