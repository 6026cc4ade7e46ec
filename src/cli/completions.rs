//! `lakip completions SHELL`: the shell's completion script, on stdout.

use crate::error::Outcome;
use clap_complete::Shell;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip completions bash > ~/.local/share/bash-completion/completions/lakip\n  lakip completions zsh > ~/.zfunc/_lakip\n  lakip completions fish > ~/.config/fish/completions/lakip.fish\n  lakip completions powershell >> $PROFILE"
)]
pub struct Args {
    /// The shell: bash, zsh, fish or powershell (also elvish).
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: &Args) -> anyhow::Result<Outcome> {
    let mut command = super::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "lakip", &mut out);
    super::emit(&String::from_utf8_lossy(&out))?;
    Ok(Outcome::Done)
}
