//! Writes the workbooks of the bench matrix (`scripts/bench-matrix.sh`): one layout at one size.
//!
//!     cargo run --release --example bench_workbooks -- LAYOUT ROWS FILE.xlsx
//!
//! LAYOUT is one of rkt, anggaran, pk, kinerja, rak, sakti, renja; the writers are in
//! `tests/support/bench_fixtures.rs`.

#[path = "../tests/support/mod.rs"]
#[allow(unused_imports)]
mod support;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [layout, rows, path] = args.as_slice() else {
        eprintln!(
            "usage: bench_workbooks LAYOUT ROWS FILE.xlsx (LAYOUT: {})",
            support::bench_fixtures::LAYOUTS.join(", ")
        );
        return ExitCode::from(2);
    };
    let Ok(rows) = rows.parse::<usize>() else {
        eprintln!("ROWS must be a whole number: {rows}");
        return ExitCode::from(2);
    };
    match support::bench_fixtures::write(layout, rows, std::path::Path::new(path)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{path}: {e}");
            ExitCode::FAILURE
        }
    }
}
