//! Stage 5, render: the chapters of the Laporan Kinerja from tera templates, in Markdown and
//! HTML, every figure from data that `check` has proven.

pub mod chart;
pub mod filters;
pub mod terbilang;
pub mod view;
