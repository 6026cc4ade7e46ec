//! Stage 5, report: what commands print, as text for people and JSON for scripts.

pub mod check;
pub mod import;
pub mod indicators;
