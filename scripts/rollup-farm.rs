//! Writes a farm of satker workspaces for timing `lakip rollup`, from an example workspace:
//!
//!     cargo run --release --example rollup-farm -- /tmp/farm 550
//!     target/release/lakip rollup /tmp/farm --format json > /dev/null
//!
//! `OUT/expected.csv` holds the consolidated sums worked out by the generator itself.

#[path = "../tests/support/rollup_farm.rs"]
mod rollup_farm;

use std::path::PathBuf;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(out), count) = (args.next(), args.next()) else {
        eprintln!("usage: rollup-farm OUT [COUNT] [TEMPLATE]");
        return std::process::ExitCode::from(2);
    };
    let Ok(count) = count.as_deref().unwrap_or("550").parse::<usize>() else {
        eprintln!("COUNT must be a number");
        return std::process::ExitCode::from(2);
    };
    let template = args
        .next()
        .map_or_else(|| PathBuf::from("examples/kota-serang-2023"), PathBuf::from);
    match rollup_farm::write(&template, &PathBuf::from(&out), count) {
        Ok(sums) => {
            println!(
                "{count} workspaces in {out}; pagu {} realisasi {}",
                sums.pagu, sums.realisasi
            );
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
