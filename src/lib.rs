//! lakip: the year's SAKIP spreadsheets in, a Laporan Kinerja whose numbers add up out.
//!
//! The pipeline, one module per stage:
//! [`source`] reads cells → [`layout`] recognises the table → [`model`] holds the typed
//! document → [`workspace`] stores it as canonical CSV → [`report`] shows it.

pub mod audit;
pub mod check;
pub mod cli;
pub mod compute;
pub mod error;
pub mod i18n;
pub mod kinds;
pub mod layout;
pub mod model;
pub mod numbers;
pub mod pipeline;
pub mod render;
pub mod report;
pub mod rollup;
pub mod source;
pub mod template;
pub mod terminal;
pub mod text;
pub mod timings;
pub mod workspace;
