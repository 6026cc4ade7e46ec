//! `lakip render`: one chapter of the Laporan Kinerja, in Markdown, HTML or a Word document.

use super::output::{agree, format_named, Written};
use crate::error::{input_error, Outcome};
use crate::model::Document;
use crate::render::view::Year;
use crate::render::{Chapter, Format, Renderer};
use crate::workspace::{load, Workspace};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip render bab3\n  lakip render bab3 --format html -o bab3.html\n  lakip render all --format md -o lkj.md\n  lakip render bab3 --format docx -o bab3.docx\n\nTemplates: the embedded ones, or the workspace's own templates/NAME (bab3.md, bab3.html, base.html…).\nNarrative: narasi/kata-pengantar.md, narasi/bab1.md, narasi/bab4.md, narasi/bab3/sasaran-N.md; a missing one shows a placeholder.\nExit codes: 0 ok; 2 could not run (a template error names the template and line)."
)]
pub struct Args {
    /// The chapter: sampul, pengantar, ikhtisar, bab1, bab2, bab3, bab4, lampiran, or all.
    #[arg(value_enum)]
    pub chapter: Chapter,
    /// Output format (default: from the -o file's extension, else md). The -o file's extension
    /// must agree with it; docx needs -o.
    #[arg(long, value_enum)]
    pub format: Option<RenderFormat>,
    /// Write to this file instead of stdout.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// What `render` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RenderFormat {
    Md,
    Html,
    /// A Word document (needs -o FILE.docx).
    Docx,
}

/// What `render` writes, in the order of [`RenderFormat`].
const FORMATS: [Written; 3] = [
    Written {
        label: "output-format-md",
        flag: "md",
        extensions: &["md", "markdown"],
    },
    Written {
        label: "output-format-html",
        flag: "html",
        extensions: &["html", "htm"],
    },
    Written {
        label: "output-format-docx",
        flag: "docx",
        extensions: &["docx"],
    },
];

const FORMAT_LIST: [RenderFormat; 3] = [RenderFormat::Md, RenderFormat::Html, RenderFormat::Docx];

/// The format to write: `--format`, else the one the -o file's extension names, else
/// Markdown. An extension that names no format lakip writes (`-o lkj.pdf`), or another than
/// `--format`, is refused: Markdown in a `.pdf` would be taken for a PDF.
fn chosen_format(args: &Args) -> anyhow::Result<RenderFormat> {
    let Some(path) = &args.output else {
        return Ok(args.format.unwrap_or(RenderFormat::Md));
    };
    let hint = crate::t!("render-hint-pdf");
    let named = format_named(path, "render", &FORMATS, &hint)?;
    match args.format {
        Some(format) => {
            let asked = FORMAT_LIST.iter().position(|&f| f == format);
            agree(path, "render", &FORMATS, asked, 0)?;
            Ok(format)
        }
        None => Ok(named.map_or(RenderFormat::Md, |i| FORMAT_LIST[i])),
    }
}

/// The file a Word document is written to: `-o`, which it needs (a zip is no text for a
/// terminal).
fn docx_path(args: &Args) -> anyhow::Result<&Path> {
    match &args.output {
        Some(path) if path.as_os_str() != "-" => {
            if path.is_dir() {
                let shown = path.display().to_string();
                let example = format!(
                    "{}/{}.docx",
                    shown.trim_end_matches('/'),
                    args.chapter.name()
                );
                return Err(input_error(crate::t!(
                    "output-is-directory",
                    path = &shown,
                    example = example
                )));
            }
            Ok(path)
        }
        _ => Err(input_error(crate::t!(
            "render-docx-needs-file",
            chapter = args.chapter.name()
        ))),
    }
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    let format = chosen_format(args)?;
    if format == RenderFormat::Docx {
        docx_path(args)?;
    }
    let ws = Workspace::open(workspace)?;
    let docs = load::load(&ws)?;
    if docs.is_empty() {
        return Err(input_error(crate::t!(
            "render-nothing-imported",
            dir = ws.root.display().to_string()
        )));
    }
    // A report whose data `lakip check` finds errors in says it is a draft.
    let errors = crate::check::run(&docs, &ws.config.check_settings()?)
        .iter()
        .filter(|d| d.severity == crate::check::Severity::Error)
        .count();
    let renderer = renderer(&ws, &docs, errors)?;
    let format = match format {
        RenderFormat::Md => Format::Md,
        RenderFormat::Html => Format::Html,
        RenderFormat::Docx => return write_docx(args, &ws, &renderer),
    };
    let text = renderer.render(args.chapter, format, &ws.root)?;
    for w in renderer.warnings(&[args.chapter]) {
        eprintln!("{}", crate::t!("warning-line", message = w));
    }
    match &args.output {
        Some(path) if path.as_os_str() != "-" => {
            crate::workspace::write_atomic(path, text.as_bytes())?;
            super::output::wrote(path);
        }
        _ => super::emit(&text)?,
    }
    Ok(Outcome::Done)
}

/// The chapter as a Word document, written to the -o file.
fn write_docx(args: &Args, ws: &Workspace, renderer: &Renderer) -> anyhow::Result<Outcome> {
    let path = docx_path(args)?;
    let layout = ws.config.layout()?;
    let (bytes, warnings) = renderer.docx(args.chapter, &layout, &ws.root)?;
    for w in renderer
        .warnings(&[args.chapter])
        .into_iter()
        .chain(warnings)
    {
        eprintln!("{}", crate::t!("warning-line", message = w));
    }
    crate::workspace::write_atomic(path, &bytes)?;
    super::output::wrote(path);
    Ok(Outcome::Done)
}

/// The templates over the workspace's documents and the earlier years' where linked, marked
/// a draft when the data has `errors` errors or the report lacks something.
pub fn renderer(ws: &Workspace, docs: &[Document], errors: usize) -> anyhow::Result<Renderer> {
    let earlier = earlier_years(ws)?;
    let mut renderer = Renderer::new(ws, docs, &earlier)?;
    renderer.set_draft(errors);
    Ok(renderer)
}

/// How far back `[sebelumnya]` is followed: a chain longer than this is a loop by mistake.
const MAX_YEARS: usize = 20;

/// The documents of every earlier year the `[sebelumnya]` links reach, last year first: each
/// workspace's link is followed in turn, as far back as they go (a link back to a workspace
/// already seen ends the chain).
fn earlier_years(ws: &Workspace) -> anyhow::Result<Vec<Year>> {
    let mut out = Vec::new();
    let mut seen = vec![std::fs::canonicalize(&ws.root).unwrap_or_else(|_| ws.root.clone())];
    let mut current_root = ws.root.clone();
    let mut link = ws.config.sebelumnya.workspace.clone();
    while let Some(dir) = link {
        let path = current_root.join(&dir);
        if !path.join(crate::workspace::CONFIG_FILE).is_file() {
            // The workspace's own link as `lakip.toml`, a link further back by its path.
            let config = match current_root == ws.root {
                true => crate::workspace::CONFIG_FILE.to_string(),
                false => current_root
                    .join(crate::workspace::CONFIG_FILE)
                    .display()
                    .to_string(),
            };
            return Err(input_error(crate::t!(
                "render-sebelumnya-not-workspace",
                config = config,
                dir = dir.as_str(),
                path = path.display().to_string()
            )));
        }
        let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if seen.contains(&canonical) || out.len() >= MAX_YEARS {
            break;
        }
        seen.push(canonical);
        let previous = Workspace::open(Some(&path))?;
        out.push(Year {
            tahun: previous.config.satker.tahun,
            docs: load::load(&previous)?,
        });
        link = previous.config.sebelumnya.workspace.clone();
        current_root = path;
    }
    Ok(out)
}
