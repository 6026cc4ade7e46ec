//! The floor of the bench matrix: open a workbook with calamine 0.38 and touch every cell of
//! every sheet, nothing more. `scripts/bench-matrix.sh` times `lakip import --dry-run` against
//! this program on the same file.
//!
//!     cargo run --release --example raw_calamine -- FILE.xlsx

use calamine::{open_workbook_auto, Data, Reader};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: raw_calamine FILE");
        return ExitCode::from(2);
    };
    let mut workbook = match open_workbook_auto(&path) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (mut cells, mut bytes) = (0usize, 0usize);
    for name in workbook.sheet_names() {
        let range = match workbook.worksheet_range(&name) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{path}: {name}: {e}");
                return ExitCode::FAILURE;
            }
        };
        for cell in range.used_cells() {
            cells += 1;
            if let (_, _, Data::String(s)) = cell {
                bytes += s.len();
            }
        }
    }
    println!("{cells} cells, {bytes} bytes of text");
    ExitCode::SUCCESS
}
