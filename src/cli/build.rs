//! `lakip build`: check, then write every chapter of the LKj in Markdown and HTML, with an
//! index page.

use crate::check;
use crate::error::{refused, Outcome};
use crate::render::{Chapter, Format};
use crate::report::check::{self as report, Summary};
use crate::workspace::{load, Workspace};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip build\n  lakip build -o public/lkj-2023\n  lakip build --allow-errors        # a draft while the data still has errors\n\nWrites ikhtisar, bab1…bab4, lampiran and lkj (all chapters) as .md and .html, and index.html.\nExit codes: 0 written; 1 not written, `lakip check` finds errors (see --allow-errors); 2 could not run."
)]
pub struct Args {
    /// The directory to write to (default: build/ in the workspace).
    #[arg(short = 'o', long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Write the report even when `lakip check` finds errors.
    #[arg(long)]
    pub allow_errors: bool,
}

/// Extensions of a single file: `-o lkj.pdf` names a file, and build writes a directory.
const FILE_EXTENSIONS: [&str; 13] = [
    "md", "markdown", "html", "htm", "pdf", "docx", "doc", "odt", "txt", "json", "csv", "xlsx",
    "zip",
];

/// `-o` names the directory build writes; a name that says a file (`lkj.pdf`) or an existing
/// file is refused before anything is written.
fn check_output(dir: &Path) -> anyhow::Result<()> {
    let ext = dir
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if dir.is_file() || (!dir.is_dir() && FILE_EXTENSIONS.contains(&ext.as_str())) {
        return Err(crate::error::input_error(format!(
            "{}: lakip build writes a directory of chapters (Markdown .md and HTML .html, and \
             index.html), not one file; name a directory (-o lkj-2023), or write one file with \
             `lakip render all -o lkj.html`",
            dir.display()
        )));
    }
    Ok(())
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    if let Some(dir) = &args.output {
        check_output(dir)?;
    }
    let ws = Workspace::open(workspace)?;
    let docs = load::load(&ws)?;
    if docs.is_empty() {
        return Err(crate::error::input_error(format!(
            "{}: nothing imported yet, so no report to build; run `lakip import FILE` first",
            ws.root.display()
        )));
    }
    let diagnostics = check::run(&docs, &ws.config.check_settings()?);
    let summary = Summary::of(&diagnostics, docs.len(), false);
    if summary.failed && !args.allow_errors {
        let errors: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.severity == check::Severity::Error)
            .cloned()
            .collect();
        super::emit(&report::text(&errors, &summary))?;
        return Err(refused(
            "not built: `lakip check` finds errors; correct the data, or build a draft with --allow-errors",
        ));
    }
    let renderer = super::render::renderer(&ws, &docs, summary.errors)?;
    for w in renderer.warnings(&[Chapter::All]) {
        eprintln!("warning: {w}");
    }
    let dir = args.output.clone().unwrap_or_else(|| ws.root.join("build"));
    std::fs::create_dir_all(&dir)
        .map_err(|e| crate::error::input_error(format!("{}: cannot create: {e}", dir.display())))?;
    let mut written = 0;
    for chapter in Chapter::EACH.into_iter().chain([Chapter::All]) {
        for format in [Format::Md, Format::Html] {
            let text = renderer.render(chapter, format, &ws.root)?;
            let path = dir.join(format!("{}.{}", chapter.name(), format.extension()));
            crate::workspace::write_atomic(&path, text.as_bytes())?;
            written += 1;
        }
    }
    crate::workspace::write_atomic(
        &dir.join("index.html"),
        renderer.index(&ws.root)?.as_bytes(),
    )?;
    written += 1;
    let draft = if summary.failed {
        format!(" (a draft: {} errors in the data)", summary.errors)
    } else {
        String::new()
    };
    let cwd = std::env::current_dir().unwrap_or_default();
    let shown = dir.strip_prefix(&cwd).unwrap_or(&dir);
    super::emit(&format!(
        "wrote {written} files to {}{draft}\n",
        shown.display()
    ))?;
    Ok(Outcome::Done)
}
