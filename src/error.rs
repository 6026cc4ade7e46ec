//! Errors that reach the user, and the exit codes they map to.

use std::fmt;

/// Exit codes, documented in the README.
pub mod exit {
    /// Everything ran and nothing is wrong.
    pub const OK: i32 = 0;
    /// The command ran and found errors in the data (used by `check`).
    pub const FINDINGS: i32 = 1;
    /// The command could not run: bad input, bad usage, unreadable file.
    pub const UNUSABLE: i32 = 2;
}

/// A problem with what the user gave us: one line, naming the file and cell where known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError(pub String);

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for InputError {}

/// Shorthand for returning an [`InputError`] wrapped in `anyhow`.
pub fn input_error(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(InputError(message.into()))
}
