use clap::FromArgMatches;
use lakip::cli::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    lakip::timings::start();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(warning) = lakip::cli::choose_language(&args) {
        eprintln!("{}", lakip::t!("warning-line", message = warning));
    }
    // Arguments that parse are read by the plain derive of the subcommand they name:
    // translating every help text costs more than a whole `lakip check`. Help, version and errors go through the command in the
    // language chosen (clap's parse errors written by lakip from the error's kind and context;
    // a kind lakip does not cover is clap's own English).
    let cli = match lakip::cli::parse_one(&args) {
        Some(cli) => cli,
        None => match lakip::cli::command()
            .try_get_matches_from(args)
            .and_then(|m| Cli::from_arg_matches(&m))
        {
            Ok(cli) => cli,
            Err(e) => return parse_failed(e),
        },
    };
    let workspace = cli.globals.workspace.as_deref();
    lakip::terminal::set_width(cli.globals.width);
    let result = match cli.command {
        Command::Init(args) => lakip::cli::init::run(&args, workspace),
        Command::Import(args) => lakip::cli::import::run(&args, workspace),
        Command::Status(args) => lakip::cli::status::run(&args, workspace),
        Command::Remove(args) => lakip::cli::remove::run(&args, workspace),
        Command::Check(args) => lakip::cli::check::run(&args, workspace),
        Command::Audit(args) => lakip::cli::audit::run(&args, workspace),
        Command::Realisasi(args) => lakip::cli::realisasi::run(&args, workspace),
        Command::Capaian(args) => lakip::cli::capaian::run(&args, workspace),
        Command::Render(args) => lakip::cli::render::run(&args, workspace),
        Command::Template(args) => lakip::cli::template::run(&args, workspace),
        Command::Build(args) => lakip::cli::build::run(&args, workspace),
        Command::Completions(args) => lakip::cli::completions::run(&args),
        Command::Man(args) => lakip::cli::man::run(&args),
        Command::Rollup(args) => lakip::cli::rollup::run(&args, workspace),
    };
    if let Err(e) = &result {
        eprintln!("{}", lakip::t!("error-line", message = format!("{e:#}")));
    }
    ExitCode::from(lakip::error::exit_code(&result))
}

/// Help and version as clap writes them (exit 0); a parse error in the language, exit code 2.
fn parse_failed(e: clap::Error) -> ExitCode {
    match lakip::cli::parse_error::render(&e) {
        Some(message) if e.use_stderr() => {
            eprint!("{message}");
            ExitCode::from(2)
        }
        _ => e.exit(),
    }
}
