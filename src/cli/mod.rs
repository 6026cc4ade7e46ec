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
pub mod rollup;
pub mod status;

use crate::model::Document;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "lakip",
    version,
    about = "Import, check and report the SAKIP documents of a satker (RKT, realisasi anggaran, PK, kinerja, RAK)",
    long_about = "lakip reads the year's RKT and budget-realisation spreadsheets, whatever their \
                  layout, into a workspace of canonical tables, and shows what it recognised.",
    after_help = "Examples:\n  lakip init --satker \"KPU Kota Serang\" --tahun 2023\n  lakip import rkt.xlsx\n  lakip import --dry-run --format json anggaran.xlsx\n  lakip status\n  lakip check\n  lakip audit LKj-2023.docx\n  lakip realisasi --format xlsx -o realisasi.xlsx\n  lakip capaian\n  lakip render bab3 --format html -o bab3.html\n  lakip build\n  lakip rollup kpu-banten/\n\nExit codes: 0 ok, 1 errors found in the data, 2 could not run (bad input or usage), 3 rollup: a workspace could not be read."
)]
pub struct Cli {
    /// The workspace directory (default: the nearest directory upward with a lakip.toml).
    #[arg(short = 'w', long, global = true, value_name = "DIR")]
    pub workspace: Option<PathBuf>,

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
    /// Many satker's workspaces in one table: pagu, realisasi, capaian, check status; realisasi
    /// consolidated per program and kegiatan; flags; the parent unit's annex.
    Rollup(rollup::Args),
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
