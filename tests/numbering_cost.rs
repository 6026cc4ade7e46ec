//! Reading a No column costs each row a bounded number of allocations: counted by the test
//! binary's allocator, never timed. Every row of a large table is read through
//! `numbering::Sequence`.
//!
//! One test in this file: the allocation counter is global to the process.

mod support;

use lakip::layout::numbering::{Reading, Sequence};
use support::counting::allocations;

#[global_allocator]
static COUNTING: support::counting::Counting = support::counting::Counting;

#[test]
fn a_number_read_down_a_column_costs_one_allocation() {
    // `1.1`, `1.2`, `1.3`, `2.1` … `999.3`, then `1` … `999`, `1000` … `2999` (long numbers
    // continuing the column).
    let mut tokens: Vec<String> = (0..2_997)
        .map(|n| format!("{}.{}", n / 3 + 1, n % 3 + 1))
        .collect();
    tokens.extend((1..=999).map(|n| n.to_string()));
    tokens.extend((1000..3_000).map(|n| n.to_string()));
    let mut sequence = Sequence::default();
    let mut numbers = 0;
    let before = allocations();
    for token in &tokens {
        if let Reading::Number(_, _) = sequence.read(Some(token)) {
            numbers += 1;
        }
    }
    let allocations = allocations() - before;
    assert_eq!(numbers, tokens.len());
    // The number read is returned as a String (one allocation); the sequence keeps the last
    // number and each prefix's last value in the strings it already holds: a new prefix
    // (`1`, `2` … `999`, and `""`) adds one more, and the map of prefixes grows now and then.
    // Copying the number, and its prefix when it has one, for every row made 2 or 3 a row
    // (14 999 here; 7 007 now).
    let prefixes = 999 + 1;
    assert!(
        allocations <= tokens.len() + prefixes + 100,
        "{allocations} allocations for {} numbers",
        tokens.len()
    );
}
