//! `lakip import`: spreadsheets → recognised documents → the workspace's tables.

use super::Format;
use crate::compute::revision;
use crate::error::{input_error, Outcome};
use crate::kinds::DocKind;
use crate::model::{sheet_name, Document, Notice, NoticeKind};
use crate::pipeline;
use crate::report::import::{self as report, Skipped};
use crate::workspace::table::Replaced;
use crate::workspace::{held, load, store, Workspace};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip import rkt-2023.xlsx\n  lakip import realisasi.xlsx --sheet \"Tabel 3.1\"\n  lakip import --dry-run --format json anggaran.csv\n  lakip import rkt-revisi.xlsx --replace rkt.xlsx\n\nReads xlsx, xlsm, xlsb, xls, ods, csv (`;`, `,` or tab) and the tables of a Word .docx. Every source row is classified\n(title, header, numbering, heading, item, total, blank, signature, note); a row with numbers\nthat fits no class stops the import unless --allow-unrecognised is given. A document that\nlooks like a revision of one already held (same kind, most rows the same, another file\nor, for a budget, another sheet of the workbook) is imported with a warning naming the held one; --replace removes that one in the same update."
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
    /// Remove a held document in the same update: a source file (every sheet it gave) or a
    /// document ID as `lakip status` lists it. For a revised file under a new name.
    #[arg(long, value_name = "FILE|ID")]
    pub replace: Vec<String>,
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    // A dry run needs no workspace, but uses (and so checks) the one it finds.
    let ws = match (args.dry_run, workspace) {
        (true, None) => Workspace::find(None)?,
        _ => Some(Workspace::open(workspace)?),
    };
    let held = match &ws {
        Some(ws) => load::documents(ws)?,
        None => Vec::new(),
    };
    // Named before any file is read: a --replace that names nothing stops here.
    let gone = replaced_documents(args, ws.as_ref(), &held)?;
    let (mut docs, skipped, mut replaced) = read_all(args, ws.as_ref())?;
    crate::timings::phase("every file read");
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
    for d in &gone {
        replaced.insert((d.file.clone(), Some(d.sheet.clone())));
    }
    let warnings = match &ws {
        Some(ws) => {
            if !args.dry_run {
                stamp(ws, args, &mut docs, &held)?;
            }
            revisions(ws, &docs, &held, &replaced, args.dry_run)?
        }
        None => Vec::new(),
    };
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
        out.push_str(&replaced_lines(&gone, args.dry_run));
    }
    crate::timings::phase("report built");
    // The report is built; the documents are freed while it is written.
    super::free_documents(docs);
    super::emit(&out)?;
    for w in warnings {
        eprintln!("{}", crate::t!("warning-line", message = w));
    }
    crate::timings::phase("report written");
    Ok(Outcome::Done)
}

/// The held documents `--replace` names; none named is an error, before anything is read.
fn replaced_documents(
    args: &Args,
    ws: Option<&Workspace>,
    held: &[Document],
) -> anyhow::Result<Vec<Document>> {
    if args.replace.is_empty() {
        return Ok(Vec::new());
    }
    let Some(ws) = ws else {
        return Err(input_error(crate::t!("import-replace-no-workspace")));
    };
    held::select(ws, held, &args.replace)
        .map(|found| found.into_iter().cloned().collect())
        .map_err(|unknown| {
            input_error(crate::t!(
                "import-replace-unknown",
                names = unknown.join(", ")
            ))
        })
}

fn replaced_lines(gone: &[Document], dry_run: bool) -> String {
    let key = if dry_run {
        "import-would-replace"
    } else {
        "import-replaced"
    };
    gone.iter()
        .map(|d| {
            let args = [
                ("sheet", sheet_name(&d.file, &d.sheet).into()),
                ("id", d.id().into()),
            ];
            crate::i18n::tr(key, &args) + "\n"
        })
        .collect()
}

/// Each document's source hash, and when that content was first imported: a file imported
/// again unchanged keeps its time, so importing twice writes the same bytes.
fn stamp(
    ws: &Workspace,
    args: &Args,
    docs: &mut [Document],
    held: &[Document],
) -> anyhow::Result<()> {
    let now = held::now()?;
    let mut hashes = std::collections::BTreeMap::new();
    for path in &args.files {
        hashes.insert(ws.source_name(path), held::file_sha256(path)?);
    }
    for doc in docs {
        let sha = hashes.get(&doc.file).cloned();
        let before = held
            .iter()
            .find(|h| h.file == doc.file && h.sheet == doc.sheet)
            .filter(|h| h.imported.sha256.is_some() && h.imported.sha256 == sha)
            .and_then(|h| h.imported.at.clone());
        doc.imported.at = Some(before.unwrap_or_else(|| now.clone()));
        doc.imported.sha256 = sha;
    }
    Ok(())
}

/// Warnings for new documents that look like versions of one held (and kept) or of one
/// another: the workspace would add their figures up.
fn revisions(
    ws: &Workspace,
    docs: &[Document],
    held: &[Document],
    replaced: &Replaced,
    dry_run: bool,
) -> anyhow::Result<Vec<String>> {
    let kept = |h: &Document| {
        !replaced.contains(&(h.file.clone(), None))
            && !replaced.contains(&(h.file.clone(), Some(h.sheet.clone())))
    };
    let candidate = |h: &Document| {
        kept(h)
            && docs
                .iter()
                .any(|d| d.kind == h.kind && revision::apart(d, h))
    };
    // Every table is read only when a held document could be an earlier version.
    let held: Vec<Document> = match held.iter().any(candidate) {
        true => load::load(ws)?.into_iter().filter(kept).collect(),
        false => Vec::new(),
    };
    let holds = match dry_run {
        true => crate::t!("import-would-hold"),
        false => crate::t!("import-now-holds"),
    };
    let mut out = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        let new = sheet_name(&doc.file, &doc.sheet);
        for old in &held {
            let Some(like) = revision::likeness(doc, old) else {
                continue;
            };
            let unknown = crate::t!("import-unknown-time");
            let at = old.imported.at.as_deref().unwrap_or(&unknown);
            // A sheet of a workbook held already: importing the file again without --sheet
            // would bring the old sheet back, so the way to keep one names the sheet.
            let keep = match revision::one_workbook(doc, old) {
                true => format!(
                    "`lakip import {} --sheet {} --replace {}`",
                    revision::shell_word(&doc.file),
                    revision::shell_word(&doc.sheet),
                    old.id()
                ),
                false => format!(
                    "`lakip import {} --replace {}`",
                    doc.file,
                    held::name_for(old, &held)
                ),
            };
            out.push(crate::t!(
                "import-revision-of-held",
                new = &new,
                old = sheet_name(&old.file, &old.sheet),
                id = old.id(),
                at = at,
                same = like.same,
                of = like.of,
                rows = rows(doc),
                holds = &holds,
                keep = keep,
            ));
        }
        for other in &docs[..i] {
            let Some(like) = revision::likeness(doc, other) else {
                continue;
            };
            if revision::one_workbook(doc, other) {
                let keep = match dry_run {
                    true => crate::t!(
                        "import-only-one-sheet",
                        file = revision::shell_word(&doc.file),
                        sheet = revision::shell_word(&doc.sheet)
                    ),
                    false => crate::t!(
                        "import-keep-one",
                        how = revision::keep_one_sheet(other, doc)
                    ),
                };
                out.push(crate::t!(
                    "import-two-sheets-alike",
                    sheets = revision::sheets_named(other, doc),
                    same = like.same,
                    of = like.of,
                    rows = rows(doc),
                    holds = &holds,
                    keep = keep,
                ));
            } else {
                out.push(crate::t!(
                    "import-two-files-alike",
                    new = &new,
                    other = sheet_name(&other.file, &other.sheet),
                    same = like.same,
                    of = like.of,
                    rows = rows(doc),
                ));
            }
        }
    }
    Ok(out)
}

fn rows(doc: &Document) -> String {
    match doc.kind.is_indicator_table() {
        true => crate::t!("import-rows-indikator"),
        false => crate::t!("import-rows-items"),
    }
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
            Notice::text(NoticeKind::YearMismatch, m.message, m.location),
        );
    }
}

/// Reads every named file once, and says what the workspace's tables will lose to them.
fn read_all(
    args: &Args,
    ws: Option<&Workspace>,
) -> anyhow::Result<(Vec<Document>, Vec<Skipped>, Replaced)> {
    let progress = crate::terminal::counter(&crate::t!("import-progress-rows"));
    let options = pipeline::Options {
        sheet: args.sheet.clone(),
        kind: args.kind,
        progress: Some(progress.clone()),
    };
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    let mut replaced = Replaced::new();
    for path in &args.files {
        let name = ws.map_or_else(|| path.display().to_string(), |w| w.source_name(path));
        if !replaced.insert((name.clone(), args.sheet.clone())) {
            continue;
        }
        progress.set_message(name.clone());
        // What the files read so far let go of is freed while this one is read.
        pipeline::free_held(&mut docs);
        let read = pipeline::read_file(path, &name, &options);
        let (d, s) = read.inspect_err(|_| progress.finish_and_clear())?;
        docs.extend(d);
        skipped.extend(s);
    }
    progress.finish_and_clear();
    Ok((docs, skipped, replaced))
}

fn summary(docs: &[Document], written: Option<&[std::path::PathBuf]>) -> String {
    let Some(written) = written else {
        return crate::t!("dry-run-nothing-written") + "\n";
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
    let line = crate::t!(
        "import-summary",
        items = items,
        documents = docs.len(),
        tables = names.join(", ")
    );
    line + "\n"
}
