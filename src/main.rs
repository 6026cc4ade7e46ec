use clap::Parser;
use lakip::cli::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let workspace = cli.workspace.as_deref();
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
        Command::Build(args) => lakip::cli::build::run(&args, workspace),
        Command::Rollup(args) => lakip::cli::rollup::run(&args, workspace),
    };
    if let Err(e) = &result {
        eprintln!("error: {e:#}");
    }
    ExitCode::from(lakip::error::exit_code(&result))
}
