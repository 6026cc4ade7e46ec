//! `lakip audit REPORT`: the figures inside an existing report's text, claim by claim.

use crate::audit::{self, read, rules, Known, KnownIndicator};
use crate::compute::{kinerja, realisasi};
use crate::error::{input_error, Outcome};
use crate::kinds::Purpose;
use crate::report::audit as report;
use crate::workspace::{load, Workspace};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip audit LKj-2023.docx\n  lakip audit LKj-2023.txt --verbose          # also the claims skipped, and why\n  lakip -w kota-serang-2023 audit LKj-2023.docx   # also against the workspace's figures\n  lakip audit --format github LKj-2023.md\n  lakip audit --explain sisa\n\nReads .docx, .md, .txt, and .pdf when pdftotext (poppler-utils) is installed.\nExit codes: 0 nothing wrong; 1 a claim does not hold; 2 the report could not be read."
)]
pub struct Args {
    /// The report: .docx, .md, .txt or .pdf.
    #[arg(value_name = "REPORT", required_unless_present = "explain")]
    pub report: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = crate::cli::check::CheckFormat::Text)]
    pub format: crate::cli::check::CheckFormat,
    /// Also list the claims read but not judged, and why.
    #[arg(long, short = 'v')]
    pub verbose: bool,
    /// Do not report a rule code.
    #[arg(long, value_name = "CODE")]
    pub allow: Vec<String>,
    /// Explain a rule code (or list them all with `--explain all`) and exit.
    #[arg(long, value_name = "CODE")]
    pub explain: Option<String>,
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    if let Some(code) = &args.explain {
        return explain(code);
    }
    let Some(path) = &args.report else {
        return Err(input_error(crate::t!("audit-cli-no-report")));
    };
    // A workspace only when asked for: a report is audited on its own by default.
    let ws = workspace.map(|w| Workspace::open(Some(w))).transpose()?;
    let mut settings = match &ws {
        Some(ws) => {
            let check = ws.config.check_settings()?;
            audit::Settings {
                tolerance: check.tolerance,
                ..audit::Settings::default()
            }
        }
        None => audit::Settings::default(),
    };
    for code in &args.allow {
        known_rule(code)?;
        settings.allow.insert(code.clone());
    }
    let known = ws.as_ref().map(known).transpose()?;
    let text = read::read(path, &path.display().to_string())?;
    let progress = crate::terminal::progress(0, &crate::t!("audit-cli-progress"));
    progress.set_message(path.display().to_string());
    let findings = audit::run_with(&text, &settings, known.as_ref(), &progress);
    let out = match args.format {
        crate::cli::check::CheckFormat::Text => report::text(&findings, args.verbose),
        crate::cli::check::CheckFormat::Json => {
            serde_json::to_string_pretty(&report::json(&findings, args.verbose))? + "\n"
        }
        crate::cli::check::CheckFormat::Jsonl => crate::report::check::jsonl(&findings.diagnostics),
        crate::cli::check::CheckFormat::Github => {
            crate::report::check::github(&findings.diagnostics)
        }
    };
    super::emit(&out)?;
    Ok(if findings.diagnostics.is_empty() {
        Outcome::Done
    } else {
        Outcome::Findings
    })
}

/// What the workspace knows: its year, satker, signatory, the realisasi lines and the capaian.
fn known(ws: &Workspace) -> anyhow::Result<Known> {
    let docs = load::load(ws)?;
    let source = ws.config.realisasi_source()?;
    let chosen = realisasi::one_source(&docs, source).unwrap_or(None);
    let lines = realisasi::lines(&docs, chosen).unwrap_or_default();
    let settings = ws.config.capaian_settings()?;
    let indicators = docs
        .iter()
        .filter(|d| d.kind.purpose() == Purpose::Measurement)
        .flat_map(|d| d.indicators().iter())
        .filter_map(|i| {
            let m = kinerja::measure(i, &settings);
            Some(KnownIndicator {
                sasaran: i.sasaran.as_deref().map(str::to_string),
                indikator: i.indikator.clone()?,
                target: i.target.as_ref().map(|w| w.text.to_string()),
                realisasi: i.realisasi.as_ref().map(|w| w.text.to_string()),
                capaian: m.capaian.as_ref().ok().map(|c| c.value),
                place: i.location.to_string(),
            })
        })
        .collect();
    let nama = ws.config.penandatangan.nama.trim().to_string();
    Ok(Known {
        tahun: Some(ws.config.satker.tahun),
        satker: Some(ws.config.satker.nama.clone()),
        penandatangan: (!nama.is_empty()).then_some(nama),
        lines,
        indicators,
    })
}

fn known_rule(code: &str) -> anyhow::Result<()> {
    match rules::rule(code) {
        Some(_) => Ok(()),
        None => Err(input_error(crate::t!(
            "audit-cli-unknown-rule",
            code = code,
            rules = rules::RULES
                .iter()
                .map(|r| r.code)
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

fn explain(code: &str) -> anyhow::Result<Outcome> {
    let chosen: Vec<_> = if code == "all" {
        rules::RULES.iter().collect()
    } else {
        known_rule(code)?;
        rules::RULES.iter().filter(|r| r.code == code).collect()
    };
    let text: String = chosen.iter().map(|r| rules::explained(r)).collect();
    super::emit(&text)?;
    Ok(Outcome::Done)
}
