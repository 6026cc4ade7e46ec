//! Reading a No column costs each row a bounded number of allocations: counted by the test
//! binary's allocator, never timed. Every row of a large table is read through
//! `numbering::Sequence`.
//!
//! One test in this file: the allocation counter is global to the process.

use lakip::layout::numbering::{Reading, Sequence};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting its allocations.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

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
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    for token in &tokens {
        if let Reading::Number(_, _) = sequence.read(Some(token)) {
            numbers += 1;
        }
    }
    let allocations = ALLOCATIONS.load(Ordering::SeqCst) - before;
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
