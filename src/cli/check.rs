//! `lakip check`: every total and percentage against the numbers beneath it.

use crate::check::{self, rule, RULES};
use crate::error::{input_error, Outcome};
use crate::kinds::DocKind;
use crate::model::Document;
use crate::pipeline;
use crate::report::check::{self as report, Summary};
use crate::workspace::{load, Workspace};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip check                          # the workspace's data/\n  lakip check realisasi-2023.xlsx      # files straight, nothing written\n  lakip check --format github data/*.xlsx\n  lakip check --deny warnings\n  lakip check --explain percent\n\nExit codes: 0 no errors; 1 errors found (or warnings, with --deny warnings); 2 could not run."
)]
pub struct Args {
    /// Spreadsheets to check straight (read in memory; nothing is written). Without files, the
    /// workspace's imported data is checked.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Treat a rule code as an error; `--deny warnings` makes any warning fail the check.
    #[arg(long, value_name = "CODE|warnings")]
    pub deny: Vec<String>,
    /// Do not report a rule code.
    #[arg(long, value_name = "CODE")]
    pub allow: Vec<String>,
    /// Explain a rule code (or list them all with `--explain all`) and exit.
    #[arg(long, value_name = "CODE")]
    pub explain: Option<String>,
    /// With FILE: read only this sheet.
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// With FILE: the document kind, instead of detecting it.
    #[arg(long, value_enum)]
    pub kind: Option<DocKind>,
    /// With FILE: check the recognised rows even when some rows with numbers fit no class.
    #[arg(long)]
    pub allow_unrecognised: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
    /// JSON Lines: one diagnostic per line, the fields of the JSON's `diagnostics` items.
    Jsonl,
    /// GitHub Actions workflow annotations.
    Github,
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    if let Some(code) = &args.explain {
        return explain(code);
    }
    // Files can be checked without a workspace; its settings apply when there is one.
    let (ws, docs) = if args.files.is_empty() {
        let ws = Workspace::open(workspace)?;
        ws.warn_leftovers();
        let docs = load::load(&ws)?;
        if docs.is_empty() {
            return Err(input_error(crate::t!(
                "check-nothing-imported",
                dir = ws.root.display().to_string()
            )));
        }
        (Some(ws), docs)
    } else {
        (Workspace::find(workspace)?, read_files(args)?)
    };
    crate::timings::phase("documents loaded");
    let settings = settings(args, ws.as_ref())?;
    let mut diagnostics = check::run(&docs, &settings);
    crate::timings::phase("checks run");
    if let (Some(ws), true) = (&ws, args.files.is_empty()) {
        from_here(&mut diagnostics, &ws.root);
    }
    let summary = Summary::of(&diagnostics, docs.len(), settings.deny_warnings);
    // The findings own what they show; nothing below reads the documents.
    super::free_documents(docs);
    let out = match args.format {
        CheckFormat::Text => report::text(&diagnostics, &summary),
        CheckFormat::Json => {
            serde_json::to_string_pretty(&report::json(&diagnostics, &summary))? + "\n"
        }
        CheckFormat::Jsonl => report::jsonl(&diagnostics),
        CheckFormat::Github => report::github(&diagnostics),
    };
    super::emit(&out)?;
    crate::timings::phase("report written");
    Ok(if summary.failed {
        Outcome::Findings
    } else {
        Outcome::Done
    })
}

/// Stored files are named relative to the workspace; findings name them from where lakip runs,
/// so an editor or a CI annotation finds them.
fn from_here(diagnostics: &mut [check::Diagnostic], root: &Path) {
    let cwd = std::env::current_dir().ok();
    for d in diagnostics {
        let path = root.join(d.location.file.as_ref());
        let shown = cwd
            .as_ref()
            .and_then(|c| path.strip_prefix(c).ok())
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        let shown = shown.strip_prefix("./").unwrap_or(&shown).to_string();
        d.location.file = shown.into();
    }
}

fn read_files(args: &Args) -> anyhow::Result<Vec<Document>> {
    let options = pipeline::Options {
        sheet: args.sheet.clone(),
        kind: args.kind,
        progress: None,
    };
    let mut docs = Vec::new();
    for path in &args.files {
        // What the files read so far let go of is freed while this one is read.
        pipeline::free_held(&mut docs);
        let (found, _) = pipeline::read_file(path, &path.display().to_string(), &options)?;
        docs.extend(found);
    }
    if !args.allow_unrecognised {
        pipeline::refuse_unrecognised(&docs)?;
    }
    Ok(docs)
}

fn settings(args: &Args, ws: Option<&Workspace>) -> anyhow::Result<check::Settings> {
    let mut settings = match ws {
        Some(ws) => ws.config.check_settings()?,
        None => check::Settings::default(),
    };
    for code in &args.allow {
        known(code)?;
        settings.allow.insert(code.clone());
    }
    for code in &args.deny {
        if code == "warnings" {
            settings.deny_warnings = true;
        } else {
            known(code)?;
            settings.deny.insert(code.clone());
        }
    }
    Ok(settings)
}

fn known(code: &str) -> anyhow::Result<()> {
    match rule(code) {
        Some(_) => Ok(()),
        None => Err(input_error(crate::t!(
            "check-no-such-rule",
            code = code,
            rules = RULES.iter().map(|r| r.code).collect::<Vec<_>>().join(", ")
        ))),
    }
}

fn explain(code: &str) -> anyhow::Result<Outcome> {
    let rules: Vec<_> = if code == "all" {
        RULES.iter().collect()
    } else {
        known(code)?;
        RULES.iter().filter(|r| r.code == code).collect()
    };
    let text: String = rules.iter().map(|r| r.explained()).collect();
    super::emit(&text)?;
    Ok(Outcome::Done)
}
