//! `lakip render`: one chapter of the Laporan Kinerja, in Markdown or HTML.

use crate::error::{exit, input_error};
use crate::render::{Chapter, Format, Renderer};
use crate::workspace::{load, Workspace};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip render bab3\n  lakip render bab3 --format html -o bab3.html\n  lakip render all --format md -o lkj.md\n\nTemplates: the embedded ones, or the workspace's own templates/NAME (bab3.md, bab3.html, base.html…).\nNarrative: narasi/bab1.md, narasi/bab4.md, narasi/sasaran-N.md; a missing one shows a placeholder.\nExit codes: 0 ok; 2 could not run (a template error names the template and line)."
)]
pub struct Args {
    /// The chapter: ikhtisar, bab1, bab2, bab3, bab4, lampiran, or all.
    #[arg(value_enum)]
    pub chapter: Chapter,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Write to this file instead of stdout.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<i32> {
    let ws = Workspace::open(workspace)?;
    let renderer = renderer(&ws)?;
    let text = renderer.render(args.chapter, args.format, &ws.root)?;
    for w in renderer.warnings(&[args.chapter]) {
        eprintln!("warning: {w}");
    }
    match &args.output {
        Some(path) if path.as_os_str() != "-" => {
            crate::workspace::write_atomic(path, text.as_bytes())?;
            eprintln!("wrote {}", path.display());
        }
        _ => super::emit(&text)?,
    }
    Ok(exit::OK)
}

/// The workspace's documents, last year's where linked, and the templates.
pub fn renderer(ws: &Workspace) -> anyhow::Result<Renderer> {
    let docs = load::load(ws)?;
    let last_year = last_year(ws)?;
    Renderer::new(ws, &docs, &last_year)
}

/// The documents of `[sebelumnya] workspace`, for BAB III's comparison with last year.
fn last_year(ws: &Workspace) -> anyhow::Result<Vec<crate::model::Document>> {
    let Some(dir) = &ws.config.sebelumnya.workspace else {
        return Ok(Vec::new());
    };
    let path = ws.root.join(dir);
    if !path.join(crate::workspace::CONFIG_FILE).is_file() {
        return Err(input_error(format!(
            "lakip.toml: [sebelumnya] workspace = \"{dir}\" is not a lakip workspace ({} has no lakip.toml)",
            path.display()
        )));
    }
    let previous = Workspace::open(Some(&path))?;
    load::load(&previous)
}
