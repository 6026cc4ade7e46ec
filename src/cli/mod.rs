//! Command-line interface: arguments (clap derive) and one module per subcommand.

pub mod audit;
pub mod build;
pub mod capaian;
pub mod check;
pub mod completions;
pub mod import;
pub mod init;
pub mod man;
pub mod output;
pub mod parse_error;
pub mod realisasi;
pub mod remove;
pub mod render;
pub mod rollup;
pub mod status;
pub mod template;

use crate::model::Document;
use crate::t;
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
    after_help = "Examples:\n  lakip init --satker \"KPU Kota Serang\" --tahun 2023\n  lakip import rkt.xlsx\n  lakip import --dry-run --format json anggaran.xlsx\n  lakip status\n  lakip check\n  lakip audit LKj-2023.docx\n  lakip realisasi --format xlsx -o realisasi.xlsx\n  lakip capaian\n  lakip template pk -o pk-2025.xlsx\n  lakip render bab3 --format html -o bab3.html\n  lakip build\n  lakip rollup kpu-banten/\n\nExit codes: 0 ok, 1 errors found in the data, 2 could not run (bad input or usage), 3 rollup: a workspace could not be read."
)]
pub struct Cli {
    #[command(flatten)]
    pub globals: Globals,

    #[command(subcommand)]
    pub command: Command,
}

// The options of every subcommand, apart so a command of one subcommand has them too
// ([`parse_one`]). (Plain comments: a doc comment would be the command's about.)
#[derive(Debug, clap::Args)]
pub struct Globals {
    /// The workspace directory (default: the nearest directory upward with a lakip.toml).
    #[arg(short = 'w', long, global = true, value_name = "DIR")]
    pub workspace: Option<PathBuf>,

    /// Fit text tables to this many columns (default: the terminal's width, or COLUMNS, on a
    /// terminal; the full table on a pipe or in a file).
    #[arg(long, global = true, value_name = "COLS")]
    pub width: Option<u16>,
    /// The language of messages: id (Indonesian, the default) or en (English); else LAKIP_LANG,
    /// else `bahasa` in lakip.toml.
    #[arg(long, global = true, value_name = "LANG", value_enum)]
    pub lang: Option<crate::i18n::Lang>,
}

/// The arguments as the whole command reads them, read by a command of the root's options and
/// the one subcommand they name: building all fourteen subcommands was most of clap's share of
/// a `lakip check`. `None` when no such command parses them (help, version, an error): the
/// whole command then says why. Each word that names a subcommand is tried, in order, as a
/// value (`-w check`) may come first; a command that parses has no other subcommand's name
/// where a subcommand goes, so the whole command reads the words the same.
pub fn parse_one(args: &[OsString]) -> Option<Cli> {
    use clap::{Args, FromArgMatches};
    let names = args.iter().skip(1).filter_map(|a| a.to_str());
    names.filter_map(subcommand).find_map(|sub| {
        let cmd = Globals::augment_args(clap::Command::new("lakip")).subcommand(sub);
        let matches = cmd.try_get_matches_from(args).ok()?;
        Cli::from_arg_matches(&matches).ok()
    })
}

/// The subcommand `name` names, with its arguments; `None` for any other word.
fn subcommand(name: &str) -> Option<clap::Command> {
    use clap::Args;
    let sub = clap::Command::new(name.to_string());
    Some(match name {
        "init" => init::Args::augment_args(sub),
        "import" => import::Args::augment_args(sub),
        "status" => status::Args::augment_args(sub),
        "remove" => remove::Args::augment_args(sub),
        "check" => check::Args::augment_args(sub),
        "audit" => audit::Args::augment_args(sub),
        "realisasi" => realisasi::Args::augment_args(sub),
        "capaian" => capaian::Args::augment_args(sub),
        "render" => render::Args::augment_args(sub),
        "template" => template::Args::augment_args(sub),
        "build" => build::Args::augment_args(sub),
        "completions" => completions::Args::augment_args(sub),
        "man" => man::Args::augment_args(sub),
        "rollup" => rollup::Args::augment_args(sub),
        _ => return None,
    })
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
    /// Write the blank form of a kind (rkt, anggaran, pk, kinerja, rak, renstra) to fill by hand.
    Template(template::Args),
    /// Check, then write every chapter of the Laporan Kinerja (Markdown and HTML) to build/.
    Build(build::Args),
    /// The completion script for a shell (bash, zsh, fish, powershell), on stdout.
    Completions(completions::Args),
    /// The manual page, on stdout (or one page per subcommand with -o DIR).
    Man(man::Args),
    /// Many satker's workspaces in one table: pagu, realisasi, capaian, check status; realisasi
    /// consolidated per program and kegiatan; flags; the parent unit's annex.
    Rollup(rollup::Args),
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

/// The command line with its help in the current language: every about, after-help and
/// argument help from `locales/*/cli.ftl` (`cli-about`, `cli-SUB-about`, `cli-SUB-arg-ID`), the
/// headings and the help and version flags too. The English file holds the derive's own text.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    let cmd = Cli::command().disable_version_flag(true).arg(
        clap::Arg::new("version")
            .short('V')
            .long("version")
            .action(clap::ArgAction::Version)
            .help(t!("cli-version")),
    );
    let mut cmd = localize(cmd, "cli");
    // Clap adds its `help` subcommand when the command is built: built here, it is given its
    // about in the language too.
    cmd.build();
    let cmd = cmd.mut_subcommand("help", |s| s.about(t!("cli-help-subcommand")));
    usage_in_language(cmd)
}

/// Clap's usage line says `[OPTIONS]` in English: in another language, each built command's
/// usage is rendered once and given back with the word translated.
fn usage_in_language(mut cmd: clap::Command) -> clap::Command {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return cmd;
    }
    let usage = cmd.render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    let usage = usage
        .replace("[OPTIONS]", &format!("[{}]", t!("cli-options-placeholder")))
        .replace("<COMMAND>", &format!("<{}>", t!("cli-command-placeholder")));
    cmd = cmd.override_usage(usage);
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(&name, usage_in_language);
    }
    cmd
}

fn localize(mut cmd: clap::Command, prefix: &str) -> clap::Command {
    let text = |key: String| crate::i18n::has(crate::i18n::lang(), &key).then(|| t_key(&key));
    if let Some(about) = text(format!("{prefix}-about")) {
        cmd = cmd.about(about);
    }
    if let Some(about) = text(format!("{prefix}-long-about")) {
        cmd = cmd.long_about(about);
    }
    if let Some(after) = text(format!("{prefix}-after-help")) {
        cmd = cmd.after_help(after);
    }
    let heading = |positional: bool| match positional {
        true => t!("cli-arguments"),
        false => t!("cli-options"),
    };
    let args: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in args {
        let help = text(format!("{prefix}-arg-{}", id.replace('_', "-")));
        cmd = cmd.mut_arg(&id, |a| {
            let a = a.help_heading(heading(positional));
            let a = match help {
                Some(h) => a.help(h),
                None => a,
            };
            value_names_in_language(values_in_language(a))
        });
    }
    let usage = t!("cli-usage");
    cmd = cmd
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help(t!("cli-help"))
                .help_heading(heading(false)),
        )
        .subcommand_help_heading(t!("cli-commands"))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}"
        ));
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let sub_prefix = format!("{prefix}-{name}");
        cmd = cmd.mut_subcommand(&name, |s| localize(s, &sub_prefix));
    }
    cmd
}

/// The placeholders of the usage and the help (`<FILE>`, `<DIR>`) in the language:
/// `cli-value-FILE = BERKAS`; a name without a key (or English) stays as written, and the parts
/// of `FILE|ID` are each said.
fn value_names_in_language(a: clap::Arg) -> clap::Arg {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return a;
    }
    let names: Vec<String> = match a.get_value_names() {
        Some(names) => names.iter().map(|n| n.to_string()).collect(),
        // Clap writes an argument without value names by its id in capitals.
        None if a.get_action().takes_values() => vec![a.get_id().as_str().to_ascii_uppercase()],
        None => return a,
    };
    let said: Vec<String> = names
        .iter()
        .map(|name| {
            name.split('|')
                .map(|part| {
                    let key = format!("cli-value-{part}");
                    match crate::i18n::has(crate::i18n::lang(), &key) {
                        true => t_key(&key),
                        false => part.to_string(),
                    }
                })
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect();
    match said == names {
        true => a,
        false => a.value_names(said),
    }
}

/// Clap writes an argument's `[default: …]` and `[possible values: …]` in English: in another
/// language they are hidden and written after the help in that language (English keeps clap's).
fn values_in_language(a: clap::Arg) -> clap::Arg {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return a;
    }
    let join = |v: Vec<String>| v.join(", ");
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let possible: Vec<String> = match a.get_action().takes_values() {
        true => a
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect(),
        false => vec![],
    };
    let mut suffix = String::new();
    if !defaults.is_empty() && !a.is_hide_default_value_set() {
        suffix += &format!(" [{}: {}]", t!("cli-default"), join(defaults));
    }
    if !possible.is_empty() && !a.is_hide_possible_values_set() {
        suffix += &format!(" [{}: {}]", t!("cli-possible-values"), join(possible));
    }
    if suffix.is_empty() {
        return a;
    }
    let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    a.hide_default_value(true)
        .hide_possible_values(true)
        .help(format!("{help}{suffix}").trim_start().to_string())
}

fn t_key(key: &str) -> String {
    crate::i18n::tr(key, &[])
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A command of one subcommand reads what the whole command reads, and reads nothing the
    /// whole command refuses or answers with help or its version.
    #[test]
    fn one_subcommand_reads_as_the_whole_command() {
        let lines = [
            "lakip check",
            "lakip -w ws check --format json --deny warnings",
            "lakip check -w ws --lang en --width 80",
            "lakip --lang=en check a.xlsx b.xlsx --kind pk --sheet PK",
            "lakip -w check status",
            "lakip -w status check",
            "lakip -w import check",
            "lakip import check",
            "lakip import --dry-run --format json check.xlsx",
            "lakip check -- status",
            "lakip status --width 0",
            "lakip render bab3 --format html -o x.html",
            "lakip init --satker KPU --tahun 2023",
            "lakip template pk -o pk.xlsx",
            "lakip completions bash",
            "lakip man",
            "lakip rollup a b",
            "lakip remove x.xlsx",
            "lakip audit LKj.docx",
            "lakip realisasi --format xlsx -o r.xlsx",
            "lakip capaian",
            "lakip build",
            // Refused, help or version: the whole command answers.
            "lakip",
            "lakip -V",
            "lakip --version check",
            "lakip check --version",
            "lakip help check",
            "lakip check --help",
            "lakip check -h",
            "lakip check --nope",
            "lakip status check",
            "lakip check status import",
            "lakip --width x check",
            "lakip --lang fr check",
            "lakip chek",
            "lakip CHECK",
            "lakip -w",
        ];
        for line in lines {
            let args: Vec<OsString> = line.split(' ').map(OsString::from).collect();
            let whole = <Cli as Parser>::try_parse_from(&args).map(|c| format!("{c:?}"));
            let one = parse_one(&args).map(|c| format!("{c:?}"));
            assert_eq!(one, whole.ok(), "{line}");
        }
    }
}
