//! `lakip build`: check, then write every chapter of the LKj in Markdown and HTML, with an
//! index page; or the whole LKj as one Word document (and its PDF).

use crate::check;
use crate::error::{refused, Outcome};
use crate::render::{Chapter, Format, Renderer};
use crate::report::check::{self as report, Summary};
use crate::workspace::{load, Workspace};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip build\n  lakip build -o public/lkj-2023\n  lakip build --format docx         # build/LKj-<satker>-<tahun>.docx\n  lakip build --format pdf          # and its PDF, made by LibreOffice\n  lakip build --allow-errors        # a draft while the data still has errors\n\nWithout --format: sampul, pengantar, ikhtisar, bab1…bab4, lampiran and lkj (all chapters) as .md and .html, the charts (grafik-*.svg) and the logo the Markdown links to, and index.html.\nExit codes: 0 written; 1 not written: `lakip check` finds errors, or the report is incomplete (nothing imported, a chapter's documents missing, no signatory or date in lakip.toml; see --allow-errors); 2 could not run (--format pdf without LibreOffice)."
)]
pub struct Args {
    /// The directory to write to (default: build/ in the workspace).
    #[arg(short = 'o', long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// What to write (default: the chapters in Markdown and HTML).
    #[arg(long, value_enum)]
    pub format: Option<BuildFormat>,
    /// Write the report even when `lakip check` finds errors or the report is incomplete:
    /// every page is then marked DRAF.
    #[arg(long)]
    pub allow_errors: bool,
}

/// What `build` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BuildFormat {
    /// The chapters in Markdown.
    Md,
    /// The chapters in HTML, and index.html.
    Html,
    /// The whole LKj as one Word document: LKj-<satker>-<tahun>.docx.
    Docx,
    /// The Word document and its PDF (needs LibreOffice: soffice on PATH).
    Pdf,
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
        return Err(crate::error::input_error(crate::t!(
            "build-output-is-file",
            path = dir.display().to_string()
        )));
    }
    Ok(())
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    if let Some(dir) = &args.output {
        check_output(dir)?;
    }
    // Said before any work: the PDF cannot be made here.
    if args.format == Some(BuildFormat::Pdf) && crate::render::pdf::office().is_none() {
        return Err(crate::render::pdf::missing());
    }
    let ws = Workspace::open(workspace)?;
    let docs = load::load(&ws)?;
    let diagnostics = check::run(&docs, &ws.config.check_settings()?);
    let summary = Summary::of(&diagnostics, docs.len(), false);
    let renderer = super::render::renderer(&ws, &docs, summary.errors)?;
    let incomplete = renderer.incomplete();
    if (summary.failed || !incomplete.is_empty()) && !args.allow_errors {
        if summary.failed {
            let errors: Vec<_> = diagnostics
                .iter()
                .filter(|d| d.severity == check::Severity::Error)
                .cloned()
                .collect();
            super::emit(&report::text(&errors, &summary))?;
        }
        let mut lacking = String::new();
        for k in incomplete {
            // The view says what is missing in both languages: Indonesian as the report does.
            let what = match crate::i18n::lang() {
                crate::i18n::Lang::En => k.what,
                crate::i18n::Lang::Id => k.apa,
            };
            let line = crate::t!("build-incomplete", part = k.bagian, what = what);
            lacking.push_str(&line);
            lacking.push('\n');
        }
        super::emit(&lacking)?;
        return Err(refused(refusal(
            docs.is_empty(),
            summary.failed,
            !incomplete.is_empty(),
        )));
    }
    for w in renderer.warnings(&[Chapter::All]) {
        warn(&w);
    }
    let dir = args.output.clone().unwrap_or_else(|| ws.root.join("build"));
    std::fs::create_dir_all(&dir).map_err(|e| {
        crate::error::input_error(crate::t!(
            "init-cannot-create",
            path = dir.display().to_string(),
            reason = e.to_string()
        ))
    })?;
    let mut draft = Vec::new();
    if summary.failed {
        draft.push(crate::t!("build-draft-errors", count = summary.errors));
    }
    if !incomplete.is_empty() {
        draft.push(crate::t!(
            "build-draft-incomplete",
            count = incomplete.len()
        ));
    }
    let draft = if draft.is_empty() {
        String::new()
    } else {
        crate::t!("build-draft", reasons = draft.join("; "))
    };
    let written = match args.format {
        None => chapters(&renderer, &ws, &dir, &[Format::Md, Format::Html])?,
        Some(BuildFormat::Md) => chapters(&renderer, &ws, &dir, &[Format::Md])?,
        Some(BuildFormat::Html) => chapters(&renderer, &ws, &dir, &[Format::Html])?,
        Some(BuildFormat::Docx) => word(&renderer, &ws, &dir, false)?,
        Some(BuildFormat::Pdf) => word(&renderer, &ws, &dir, true)?,
    };
    super::emit(&(crate::t!("build-wrote", written = written, draft = draft) + "\n"))?;
    Ok(Outcome::Done)
}

/// Every chapter and the whole report in each format, and index.html with the HTML: says
/// how many files went where.
fn chapters(
    renderer: &Renderer,
    ws: &Workspace,
    dir: &Path,
    formats: &[Format],
) -> anyhow::Result<String> {
    let mut written = 0;
    let each: Vec<Chapter> = Chapter::EACH.into_iter().chain([Chapter::All]).collect();
    let progress = crate::terminal::progress(
        (each.len() * formats.len()) as u64,
        &crate::t!("build-progress-chapters"),
    );
    for chapter in each {
        progress.set_message(chapter.name());
        for &format in formats {
            let text = renderer.render(chapter, format, &ws.root)?;
            let path = dir.join(format!("{}.{}", chapter.name(), format.extension()));
            crate::workspace::write_atomic(&path, text.as_bytes())?;
            written += 1;
            progress.inc(1);
        }
    }
    progress.finish_and_clear();
    if formats.contains(&Format::Md) {
        // The charts and the logo the Markdown chapters link to, beside them.
        for (name, bytes) in renderer.pictures() {
            crate::workspace::write_atomic(&dir.join(name), bytes)?;
            written += 1;
        }
    }
    if formats.contains(&Format::Html) {
        crate::workspace::write_atomic(
            &dir.join("index.html"),
            renderer.index(&ws.root)?.as_bytes(),
        )?;
        written += 1;
    }
    Ok(crate::t!(
        "build-files-to",
        count = written,
        dir = shown(dir).display().to_string()
    ))
}

/// The whole report as `LKj-<satker>-<tahun>.docx`, and its PDF when asked: says which files.
fn word(renderer: &Renderer, ws: &Workspace, dir: &Path, pdf: bool) -> anyhow::Result<String> {
    let layout = ws.config.layout()?;
    let (bytes, warnings) = renderer.docx(Chapter::All, &layout, &ws.root)?;
    for w in warnings {
        warn(&w);
    }
    let satker = &ws.config.satker;
    let path = dir.join(format!("LKj-{}-{}.docx", slug(&satker.nama), satker.tahun));
    crate::workspace::write_atomic(&path, &bytes)?;
    if !pdf {
        return Ok(shown(&path).display().to_string());
    }
    let (made, warning) = crate::render::pdf::convert(&path)?;
    if let Some(w) = warning {
        warn(&w);
    }
    Ok(crate::t!(
        "build-docx-and-pdf",
        docx = shown(&path).display().to_string(),
        pdf = shown(&made).display().to_string()
    ))
}

/// A satker's name for a file name: `KPU Kota Serang` → `kpu-kota-serang`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "satker".to_string()
    } else {
        out
    }
}

/// A path as the user would type it from here.
fn shown(path: &Path) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    path.strip_prefix(&cwd).unwrap_or(path).to_path_buf()
}

/// Why build wrote nothing: one line, and what to do.
fn refusal(nothing: bool, errors: bool, incomplete: bool) -> String {
    let what = match (nothing, errors, incomplete) {
        (true, _, _) => crate::t!("build-refused-nothing"),
        (false, true, true) => crate::t!("build-refused-errors-incomplete"),
        (false, true, false) => crate::t!("build-refused-errors"),
        _ => crate::t!("build-refused-incomplete"),
    };
    crate::t!("build-refused", what = what)
}

/// A warning on stderr, in the language's words.
fn warn(message: &str) {
    eprintln!("{}", crate::t!("warning-line", message = message));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn satker_names_become_file_names() {
        assert_eq!(slug("KPU Kota Serang"), "kpu-kota-serang");
        assert_eq!(slug("  KIP Kab. Aceh Besar "), "kip-kab-aceh-besar");
        assert_eq!(
            slug("Dinas (Pendidikan) & Kebudayaan"),
            "dinas-pendidikan-kebudayaan"
        );
        assert_eq!(slug("—"), "satker");
    }
}
