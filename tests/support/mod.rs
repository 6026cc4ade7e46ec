//! Test support: fixture workbooks generated from the seed documents.
#![allow(dead_code)]

pub mod audit_fixtures;
pub mod bench_fixtures;
pub mod budget_variant_fixtures;
pub mod docx;
pub mod fixtures;
pub mod foreign_files;
pub mod hostile;
pub mod indicator_fixtures;
pub mod large;
pub mod performance_variants;
pub mod renja_fixtures;
pub mod renstra_fixtures;
pub mod rollup_farm;
pub mod sakti_fixtures;
pub mod template_fixtures;
pub mod variants;
