//! `lakip man`: the manual pages, from the same definitions as `--help`.

use crate::error::{input_error, Outcome};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip man | man -l -\n  lakip man -o /usr/local/share/man/man1    # lakip.1 and lakip-import.1, lakip-check.1, …"
)]
pub struct Args {
    /// Write lakip.1 and one page per subcommand (lakip-check.1, …) into this directory,
    /// instead of lakip.1 on stdout.
    #[arg(short = 'o', long, value_name = "DIR")]
    pub output: Option<PathBuf>,
}

pub fn run(args: &Args) -> anyhow::Result<Outcome> {
    let command = super::command();
    match &args.output {
        None => {
            let mut out = Vec::new();
            clap_mangen::Man::new(command).render(&mut out)?;
            super::emit(&String::from_utf8_lossy(&out))?;
        }
        Some(dir) => {
            let written = write_pages(command, dir)?;
            let dir = dir.display().to_string();
            eprintln!("{}", crate::t!("man-wrote", count = written, dir = dir));
        }
    }
    Ok(Outcome::Done)
}

/// `lakip.1` and `lakip-SUB.1` for each subcommand; the number of pages written.
fn write_pages(command: clap::Command, dir: &Path) -> anyhow::Result<usize> {
    std::fs::create_dir_all(dir).map_err(|e| {
        input_error(crate::t!(
            "init-cannot-create",
            path = dir.display().to_string(),
            reason = e.to_string()
        ))
    })?;
    let mut pages = vec![command.clone()];
    pages.extend(
        command
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .map(|s| s.clone().display_name(format!("lakip-{}", s.get_name()))),
    );
    for page in &pages {
        let mut out = Vec::new();
        clap_mangen::Man::new(page.clone()).render(&mut out)?;
        let name = page.get_display_name().unwrap_or(page.get_name());
        let path = dir.join(format!("{name}.1"));
        crate::workspace::write_atomic(&path, &out)?;
    }
    Ok(pages.len())
}
