//! What the reporting commands share: where their documents come from (the workspace, or
//! files read in memory) and how a report is written (text, JSON, CSV, xlsx; stdout or -o).

use crate::error::input_error;
use crate::model::Document;
use crate::pipeline;
use crate::report::table::Report;
use crate::report::CsvForm;
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
    /// Output format (default: the -o file's extension, else text). The -o file's extension
    /// must agree with it.
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Write to this file instead of stdout (required for xlsx; `-` is stdout).
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The form of a CSV: `excel` for an Indonesian-locale Excel (`;`, decimal comma, UTF-8
    /// with BOM), `standard` for scripts (`,`, decimal point). Implies --format csv when no
    /// format is named. Default: `csv` under [ekspor] in lakip.toml, else standard.
    #[arg(long, value_enum, value_name = "FORM")]
    pub csv: Option<CsvForm>,
}

impl Source {
    /// The format asked for; without `--format`, the one the -o file's extension names
    /// (`-o realisasi.xlsx` is a workbook), else text.
    pub fn format(&self) -> ReportFormat {
        const BY_INDEX: [ReportFormat; 4] = [
            ReportFormat::Text,
            ReportFormat::Json,
            ReportFormat::Csv,
            ReportFormat::Xlsx,
        ];
        let named = || {
            let path = self.output.as_deref()?;
            let i = format_named(path, "", &REPORT_FORMATS, "").ok()??;
            BY_INDEX.get(i).copied()
        };
        let csv = || self.csv.map(|_| ReportFormat::Csv);
        self.format
            .or_else(named)
            .or_else(csv)
            .unwrap_or(ReportFormat::Text)
    }

    /// The CSV form: `--csv`, else `[ekspor] csv` of the workspace, else standard.
    pub fn csv_form(&self, ws: Option<&Workspace>) -> CsvForm {
        self.csv
            .or_else(|| ws.and_then(|w| w.config.ekspor.csv))
            .unwrap_or_default()
    }

    /// Refuses an output file whose extension says another format than the one written
    /// (`--format csv -o r.json`), or names no format the command writes (`-o r.pdf`).
    pub fn check_output(&self, command: &str) -> anyhow::Result<()> {
        let Some(path) = &self.output else {
            return Ok(());
        };
        let asked = Some(self.format() as usize);
        agree(
            path,
            command,
            &REPORT_FORMATS,
            asked,
            ReportFormat::Text as usize,
        )
    }
}

/// A format a command writes, and the extensions a file of it is named with.
pub struct Written {
    /// How the format is named in messages.
    pub label: &'static str,
    /// Its `--format` value.
    pub flag: &'static str,
    /// The extensions that name it, the usual one first.
    pub extensions: &'static [&'static str],
}

/// The report formats of `realisasi` and `capaian`, in the order of [`ReportFormat`].
const REPORT_FORMATS: [Written; 4] = [
    Written {
        label: "output-format-text",
        flag: "text",
        extensions: &["txt", "text"],
    },
    Written {
        label: "output-format-json",
        flag: "json",
        extensions: &["json"],
    },
    Written {
        label: "output-format-csv",
        flag: "csv",
        extensions: &["csv"],
    },
    Written {
        label: "output-format-xlsx",
        flag: "xlsx",
        extensions: &["xlsx"],
    },
];

/// Which of `formats` the extension of the output file names: `None` for stdout (`-`) or a
/// name without an extension. An extension that names none of them is an error that lists
/// them: a report written under a name that says another format (Markdown in `x.pdf`) would
/// be taken for what it is not.
pub fn format_named(
    path: &Path,
    command: &str,
    formats: &[Written],
    hint: &str,
) -> anyhow::Result<Option<usize>> {
    if path.as_os_str() == "-" {
        return Ok(None);
    }
    let Some(ext) = path.extension().map(|e| e.to_string_lossy().to_lowercase()) else {
        return Ok(None);
    };
    if let Some(i) = formats
        .iter()
        .position(|f| f.extensions.contains(&ext.as_str()))
    {
        return Ok(Some(i));
    }
    let list: Vec<String> = formats
        .iter()
        .map(|f| format!("{} (.{})", label(f), f.extensions[0]))
        .collect();
    Err(input_error(crate::t!(
        "output-wrong-extension",
        path = path.display().to_string(),
        command = command,
        formats = or_list(&list),
        ext = ext,
        hint = hint
    )))
}

/// The format asked for with `--format` (`asked`, or `default` when none is), which the
/// output file's extension must agree with.
pub fn agree(
    path: &Path,
    command: &str,
    formats: &[Written],
    asked: Option<usize>,
    default: usize,
) -> anyhow::Result<()> {
    let Some(named) = format_named(path, command, formats, "")? else {
        return Ok(());
    };
    let chosen = asked.unwrap_or(default);
    if named == chosen {
        return Ok(());
    }
    let by = match asked {
        Some(_) => crate::t!("output-by-flag", flag = formats[chosen].flag),
        None => crate::t!("output-by-default", command = command),
    };
    Err(input_error(crate::t!(
        "output-disagrees",
        path = path.display().to_string(),
        by = by,
        format = label(&formats[chosen]),
        named = formats[named].extensions[0],
        ext = formats[chosen].extensions[0],
        flag = formats[named].flag,
    )))
}

/// A format as messages name it (`Written::label` is its key).
fn label(format: &Written) -> String {
    crate::i18n::tr(format.label, &[])
}

/// `a, b or c`.
fn or_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            crate::t!("output-or", items = rest.join(", "), last = last)
        }
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
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
    // The tables these reports make do not wait for it.
    pipeline::free_held(&mut docs);
    Ok((ws, docs))
}

fn refuse_directory(path: &Path) -> anyhow::Result<()> {
    if path.is_dir() {
        let shown = path.display().to_string();
        let example = format!("{}/realisasi.xlsx", shown.trim_end_matches('/'));
        return Err(input_error(crate::t!(
            "output-is-directory",
            path = &shown,
            example = example
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
    let text = match source.format() {
        ReportFormat::Text => format!("{}{extra_text}", report.text()),
        ReportFormat::Json => serde_json::to_string_pretty(&json())? + "\n",
        ReportFormat::Csv => csv()?,
        ReportFormat::Xlsx => {
            let Some(path) = &source.output else {
                return Err(input_error(crate::t!("output-xlsx-needs-file")));
            };
            refuse_directory(path)?;
            report.xlsx(path)?;
            wrote(path);
            return Ok(());
        }
    };
    match &source.output {
        Some(path) if path.as_os_str() != "-" => {
            refuse_directory(path)?;
            crate::workspace::write_atomic(path, text.as_bytes())?;
            wrote(path);
            Ok(())
        }
        _ => super::emit(&text),
    }
}

/// `wrote FILE`, on stderr: stdout stays the report's.
pub fn wrote(path: &Path) {
    eprintln!(
        "{}",
        crate::t!("output-wrote", path = path.display().to_string())
    );
}
