//! Everyday variants of the budget layouts (issue 12, cases 1–3) and the choice of kind among
//! every kind that can read a header: each fixture is written by
//! `tests/support/budget_variant_fixtures.rs`, each right answer worked out by hand.

mod support;

use support::budget_variant_fixtures as fx;

/// Writes the fixtures into `LAKIP_FIXTURE_DIR`, to try them by hand (`cargo test --test
/// budget_variants write_fixtures -- --ignored`).
#[test]
#[ignore]
fn write_fixtures() {
    let dir = std::path::PathBuf::from(std::env::var("LAKIP_FIXTURE_DIR").unwrap());
    std::fs::create_dir_all(&dir).unwrap();
    let case1 = fx::rkt_case1(fx::Subtotal::Short);
    fx::write_xlsx(&case1, &dir.join("rkt-target.xlsx")).unwrap();
    fx::write_csv(&case1, &dir.join("rkt-target.csv")).unwrap();
    let case2 = fx::rkt_case1(fx::Subtotal::NamingProgram);
    fx::write_xlsx(&case2, &dir.join("rkt-target-named.xlsx")).unwrap();
    for (codes, name) in [
        (fx::Codes::Full, "sakti-full"),
        (fx::Codes::Short, "sakti-short"),
        (fx::Codes::InUraian, "sakti-in-uraian"),
    ] {
        let grid = fx::sakti_coded(codes);
        fx::write_xlsx(&grid, &dir.join(format!("{name}.xlsx"))).unwrap();
        fx::write_csv(&grid, &dir.join(format!("{name}.csv"))).unwrap();
    }
}
