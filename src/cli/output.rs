//! What the reporting commands share: where their documents come from (the workspace, or
//! files read in memory) and how a report is written (text, JSON, CSV, xlsx; stdout or -o).

use crate::error::input_error;
use crate::model::Document;
use crate::pipeline;
use crate::report::table::Report;
use crate::workspace::{load, Workspace};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
    Csv,
    /// A workbook (needs -o FILE): numbers stored as numbers, with rupiah and percent formats.
    Xlsx,
}

#[derive(Debug, clap::Args)]
pub struct Source {
    /// Spreadsheets to report on straight (read in memory; nothing is written). Without files,
    /// the workspace's imported data is used.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Write to this file instead of stdout (required for xlsx; `-` is stdout).
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The documents to report on, and the workspace when there is one (for its settings).
pub fn documents(
    source: &Source,
    workspace: Option<&Path>,
) -> anyhow::Result<(Option<Workspace>, Vec<Document>)> {
    if source.files.is_empty() {
        let ws = Workspace::open(workspace)?;
        let docs = load::load(&ws)?;
        return Ok((Some(ws), docs));
    }
    let ws = Workspace::find(workspace)?;
    let mut docs = Vec::new();
    for path in &source.files {
        let name = path.display().to_string();
        let (found, _) = pipeline::read_file(path, &name, &pipeline::Options::default())?;
        docs.extend(found);
    }
    Ok((ws, docs))
}

fn refuse_directory(path: &Path) -> anyhow::Result<()> {
    if path.is_dir() {
        return Err(input_error(format!(
            "{}: is a directory; name the file to write (-o {}/realisasi.xlsx)",
            path.display(),
            path.display().to_string().trim_end_matches('/')
        )));
    }
    Ok(())
}

/// Writes a report in the chosen format; `json` and `csv` are the command's own renderings.
pub fn write(
    source: &Source,
    report: &Report,
    extra_text: &str,
    json: impl FnOnce() -> serde_json::Value,
    csv: impl FnOnce() -> anyhow::Result<String>,
) -> anyhow::Result<()> {
    let text = match source.format {
        ReportFormat::Text => format!("{}{extra_text}", report.text()),
        ReportFormat::Json => serde_json::to_string_pretty(&json())? + "\n",
        ReportFormat::Csv => csv()?,
        ReportFormat::Xlsx => {
            let Some(path) = &source.output else {
                return Err(input_error(
                    "--format xlsx writes a workbook: name it with -o FILE.xlsx",
                ));
            };
            refuse_directory(path)?;
            report.xlsx(path)?;
            eprintln!("wrote {}", path.display());
            return Ok(());
        }
    };
    match &source.output {
        Some(path) if path.as_os_str() != "-" => {
            refuse_directory(path)?;
            crate::workspace::write_atomic(path, text.as_bytes())?;
            eprintln!("wrote {}", path.display());
            Ok(())
        }
        _ => super::emit(&text),
    }
}
