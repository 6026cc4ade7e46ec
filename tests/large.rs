//! A large RKT in a workspace, for `lakip check`'s memory: `cargo test --release --test large
//! -- --ignored --exact write_large_rkt` writes `rkt.csv` of `LAKIP_LARGE_ROWS` item rows
//! (default 200 000) into `$LAKIP_LARGE_DIR` (default `/tmp/lakip-large`). The README's
//! reliability section measures `lakip check` on it.

mod support;

use std::path::PathBuf;
use support::large;

#[test]
#[ignore]
fn write_large_rkt() {
    let rows = std::env::var("LAKIP_LARGE_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200_000);
    let dir = PathBuf::from(std::env::var("LAKIP_LARGE_DIR").unwrap_or("/tmp/lakip-large".into()));
    std::fs::create_dir_all(&dir).unwrap();
    large::rkt_csv(&dir.join("rkt.csv"), rows).unwrap();
    println!("{rows} item rows in {}", dir.join("rkt.csv").display());
}
