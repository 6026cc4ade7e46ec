//! Command-line interface: arguments (clap derive) and one module per subcommand.

pub mod audit;
pub mod build;
pub mod capaian;
pub mod check;
pub mod import;
pub mod init;
pub mod output;
pub mod realisasi;
pub mod remove;
pub mod render;
pub mod status;

use crate::model::Document;
use clap::{Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "lakip",
    version,
    about = "Import, check and report the SAKIP documents of a satker (RKT, realisasi anggaran, PK, kinerja, RAK)",
    long_about = "lakip reads the year's RKT and budget-realisation spreadsheets, whatever their \
                  layout, into a workspace of canonical tables, and shows what it recognised.",
    after_help = "Examples:\n  lakip init --satker \"KPU Kota Serang\" --tahun 2023\n  lakip import rkt.xlsx\n  lakip import --dry-run --format json anggaran.xlsx\n  lakip status\n  lakip check\n  lakip audit LKj-2023.docx\n  lakip realisasi --format xlsx -o realisasi.xlsx\n  lakip capaian\n  lakip render bab3 --format html -o bab3.html\n  lakip build\n\nExit codes: 0 ok, 1 errors found in the data, 2 could not run (bad input or usage)."
)]
pub struct Cli {
    /// The workspace directory (default: the nearest directory upward with a lakip.toml).
    #[arg(short = 'w', long, global = true, value_name = "DIR")]
    pub workspace: Option<PathBuf>,

    /// The language of messages: id (Indonesian, the default) or en (English); else LAKIP_LANG,
    /// else `bahasa` in lakip.toml.
    #[arg(long, global = true, value_name = "LANG", value_enum)]
    pub lang: Option<crate::i18n::Lang>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a workspace: lakip.toml and data/.
    Init(init::Args),
    /// Read spreadsheets into the workspace and show what was recognised.
    Import(import::Args),
    /// What the workspace holds: each document, its source file and rows, when imported.
    Status(status::Args),
    /// Take documents out of the workspace, by source file or ID.
    Remove(remove::Args),
    /// Check that every total and percentage follows from the numbers beneath it.
    Check(check::Args),
    /// Check the figures inside an existing report's text (.docx, .md, .txt, .pdf), claim by claim.
    Audit(audit::Args),
    /// Realisasi anggaran per program and kegiatan: pagu, realisasi, serapan, sisa.
    Realisasi(realisasi::Args),
    /// Capaian kinerja per sasaran and indikator: target, realisasi, capaian, predikat.
    Capaian(capaian::Args),
    /// One chapter of the Laporan Kinerja, in Markdown or HTML.
    Render(render::Args),
    /// Check, then write every chapter of the Laporan Kinerja (Markdown and HTML) to build/.
    Build(build::Args),
}

/// The language the command speaks, chosen before its arguments are parsed (clap's help is
/// written in it): `--lang`, `LAKIP_LANG`, then the workspace's `lakip.toml` (`-w DIR`, else the
/// nearest upward). Sets it for the whole process and returns the warning to show, if any.
pub fn choose_language(args: &[OsString]) -> Option<String> {
    let flag = flag_value(args, "--lang", None).and_then(|v| crate::i18n::Lang::from_code(&v));
    let workspace = flag_value(args, "--workspace", Some("-w")).map(PathBuf::from);
    let env = std::env::var(crate::i18n::ENV).ok();
    let choice = crate::i18n::choose(flag, env.as_deref(), workspace.as_deref());
    crate::i18n::set_lang(choice.lang);
    choice.warning
}

/// The value of an option as clap will read it (`--name V`, `--name=V`, `-s V`, `-sV`), looked
/// for before clap parses; the last one given wins, as in clap. Stops at `--`.
fn flag_value(args: &[OsString], long: &str, short: Option<&str>) -> Option<String> {
    let mut found = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word == long || Some(word.as_ref()) == short {
            found = words.next().map(|v| v.into_owned());
        } else if let Some(v) = word.strip_prefix(long).and_then(|r| r.strip_prefix('=')) {
            found = Some(v.to_string());
        } else if let Some(v) = short
            .and_then(|s| word.strip_prefix(s))
            .filter(|v| !v.is_empty())
        {
            found = Some(v.trim_start_matches('=').to_string());
        }
    }
    found
}

/// Output formats shared by the reporting commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// Writes a command's output. A reader that stops early (`lakip … | head`) is no error.
pub fn emit(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// Frees the documents of a large import on a thread of their own, while the output is written.
fn free_documents(docs: Vec<Document>) {
    let rows = docs.iter().map(|d| d.rows.len()).sum();
    crate::pipeline::free_elsewhere(docs, rows);
}
