//! Errors that reach the user, and the exit codes they map to: the one place a command's
//! result becomes an exit code.

use std::fmt;

/// Exit codes, documented in the README.
pub mod exit {
    /// Everything ran and nothing is wrong.
    pub const OK: u8 = 0;
    /// The command ran and found errors in the data (`check`), or refused to go on because of
    /// them (`build`).
    pub const FINDINGS: u8 = 1;
    /// The command could not run: bad input, bad usage, unreadable file.
    pub const UNUSABLE: u8 = 2;
    /// The command ran, but some of its inputs could not be read (`rollup`: a workspace); what
    /// it prints covers the rest.
    pub const INCOMPLETE: u8 = 3;
}

/// How a command that ran to its end finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing is wrong.
    Done,
    /// The command's output lists errors in the data (`check`).
    Findings,
    /// Some inputs could not be read; the output covers the rest (`rollup`).
    Incomplete,
}

impl Outcome {
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Done => exit::OK,
            Outcome::Findings => exit::FINDINGS,
            Outcome::Incomplete => exit::INCOMPLETE,
        }
    }
}

/// Why a command stopped: one line for stderr, and the exit code it maps to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// What the user gave us cannot be used: one line, naming the file and cell where known.
    Input(String),
    /// The command would not go on because the data has errors (`build` without
    /// `--allow-errors`).
    Refused(String),
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Input(_) => exit::UNUSABLE,
            Error::Refused(_) => exit::FINDINGS,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Input(message) | Error::Refused(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

/// Shorthand for returning an [`Error::Input`] wrapped in `anyhow`.
pub fn input_error(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Error::Input(message.into()))
}

/// Shorthand for returning an [`Error::Refused`] wrapped in `anyhow`.
pub fn refused(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Error::Refused(message.into()))
}

/// The exit code of a command's result. An error that is no [`Error`] (writing the output
/// failed, say) also means the command could not run.
pub fn exit_code(result: &anyhow::Result<Outcome>) -> u8 {
    match result {
        Ok(outcome) => outcome.exit_code(),
        Err(e) => e
            .downcast_ref::<Error>()
            .map_or(exit::UNUSABLE, Error::exit_code),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_map_to_the_documented_exit_codes() {
        assert_eq!(exit_code(&Ok(Outcome::Done)), 0);
        assert_eq!(exit_code(&Ok(Outcome::Findings)), 1);
        assert_eq!(exit_code(&Err(refused("not built"))), 1);
        assert_eq!(exit_code(&Err(input_error("bad.xlsx: cannot open"))), 2);
        let io = std::io::Error::other("disk full");
        assert_eq!(exit_code(&Err(io.into())), 2);
        // Context added on the way up keeps the kind.
        let wrapped = refused("not built").context("while building");
        assert_eq!(exit_code(&Err(wrapped)), 1);
    }

    #[test]
    fn an_error_shows_its_message_alone() {
        assert_eq!(format!("{:#}", input_error("x.csv: row 3")), "x.csv: row 3");
        assert_eq!(format!("{}", refused("not built")), "not built");
    }
}
