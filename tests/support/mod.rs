//! Test support: fixture workbooks generated from the seed documents.
#![allow(dead_code)]

pub mod audit_fixtures;
pub mod bench_fixtures;
pub mod budget_variant_fixtures;
pub mod counting;
pub mod docx;
pub mod fixtures;
pub mod foreign_files;
pub mod hostile;
pub mod indicator_fixtures;
pub mod large;
pub mod merge_fixtures;
pub mod numbering_fixtures;
pub mod performance_variants;
pub mod rare_fixtures;
pub mod renja_fixtures;
pub mod renstra_fixtures;
pub mod rollup_farm;
pub mod sakti_fixtures;
pub mod streamed_tables;
pub mod template_fixtures;
pub mod variants;

/// Messages in English for the rest of this test binary. The library speaks Indonesian by
/// default; an in-process test that asserts English text calls this first. The language is one
/// process-wide atomic, so every test of the binary may call it in any order, in parallel: no
/// in-process test sets Indonesian (those use `lakip::i18n::tr_in(Lang::Id, …)` or the binary).
pub fn english() {
    lakip::i18n::set_lang(lakip::i18n::Lang::En);
}
