//! `lakip template KIND -o FILE.xlsx`: the blank form of a kind a user fills by hand, as a
//! workbook lakip reads back with certainty.

use crate::error::{input_error, Outcome};
use crate::kinds::DocKind;
use crate::template::{Identity, Template};
use crate::workspace::{write_atomic, Workspace};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip template rkt -o rkt-2025.xlsx\n  lakip template pk -o pk-2025.xlsx\n  lakip template kinerja --tanpa-contoh -o bab3.xlsx\n  lakip template renstra -o renstra.xlsx\n\nThe kinds: rkt, anggaran, pk, kinerja, rak, renstra (SAKTI and the Renja evaluation are a system's exports: import the export itself).\nInside a workspace the title block names its satker and tahun (a Renstra its five-year period); elsewhere it holds placeholders.\nExit codes: 0 written; 2 could not run (a kind without a template, a file that exists, not .xlsx)."
)]
pub struct Args {
    /// The kind of document: rkt, anggaran, pk, kinerja, rak or renstra.
    #[arg(value_name = "KIND")]
    pub kind: String,
    /// The workbook to write (.xlsx). Default: template-KIND.xlsx.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Leave out the example rows: only the title block and the header.
    #[arg(long)]
    pub tanpa_contoh: bool,
    /// Overwrite FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    let kind = DocKind::from_name(&args.kind).ok_or_else(|| unknown_kind(&args.kind))?;
    let form = kind.spec().form.ok_or_else(|| no_form(kind))?;
    let path = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("template-{kind}.xlsx")));
    if !path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
    {
        return Err(not_xlsx(&path));
    }
    if path.exists() && !args.force {
        return Err(exists(&path));
    }
    let identity = match Workspace::find(workspace)? {
        Some(ws) => Identity {
            satker: Some(ws.config.satker.nama.clone()),
            tahun: Some(ws.config.satker.tahun),
        },
        None => Identity::default(),
    };
    let mut template = Template::new(form, identity);
    if args.tanpa_contoh {
        template.rows.clear();
    }
    let bytes = template
        .bytes()
        .map_err(|e| input_error(crate::t!("template-write-failed", reason = e.to_string())))?;
    write_atomic(&path, &bytes)?;
    super::emit(&written(kind, &path, template.rows.len()))?;
    Ok(Outcome::Done)
}

/// The kinds that have a template, for messages: `rkt, anggaran, pk, kinerja, rak, renstra`.
fn with_forms() -> String {
    let names: Vec<&str> = DocKind::ALL
        .into_iter()
        .filter(|k| k.spec().form.is_some())
        .map(|k| k.name())
        .collect();
    names.join(", ")
}

fn unknown_kind(name: &str) -> anyhow::Error {
    input_error(crate::t!(
        "template-unknown-kind",
        name = name,
        kinds = with_forms()
    ))
}

fn no_form(kind: DocKind) -> anyhow::Error {
    input_error(crate::t!(
        "template-export-kind",
        label = kind.spec().label,
        kinds = with_forms()
    ))
}

fn not_xlsx(path: &Path) -> anyhow::Error {
    input_error(crate::t!(
        "template-not-xlsx",
        path = path.display().to_string()
    ))
}

fn exists(path: &Path) -> anyhow::Error {
    input_error(crate::t!(
        "template-exists",
        path = path.display().to_string()
    ))
}

fn written(kind: DocKind, path: &Path, examples: usize) -> String {
    let line = crate::t!(
        "template-written",
        path = path.display().to_string(),
        label = kind.spec().label,
        kind = kind.name(),
        examples = examples
    );
    line + "\n"
}
