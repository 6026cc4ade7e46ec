//! Stage 5, report: what commands print, as text for people and JSON for scripts.

pub mod capaian;
pub mod check;
pub mod import;
pub mod indicators;
pub mod realisasi;
pub mod table;
