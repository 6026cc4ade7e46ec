//! The system allocator, counting what is asked of it, for the tests that hold a cost by
//! counting it (never by timing). A test file installs it:
//!
//! ```ignore
//! #[global_allocator]
//! static COUNTING: support::counting::Counting = support::counting::Counting;
//! ```
//!
//! Counted over the whole process (a file's threads: parse on one, read on another) and on
//! the calling thread alone (each test runs on its own thread).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering};

pub struct Counting;

/// Blocks asked for by every thread (a `realloc` is one more).
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
/// Bytes allocated and not yet freed, by every thread.
static LIVE: AtomicIsize = AtomicIsize::new(0);

thread_local! {
    /// Blocks and bytes asked for by this thread (a `realloc` asks its new size again).
    static THREAD: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
}

fn asked(bytes: usize) {
    ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
    // A const, drop-free thread local is there until the thread's very end.
    let _ = THREAD.try_with(|t| {
        let (blocks, total) = t.get();
        t.set((blocks + 1, total + bytes));
    });
}

/// Blocks allocated so far by every thread.
pub fn allocations() -> usize {
    ALLOCATIONS.load(Ordering::SeqCst)
}

/// Bytes held (allocated and not yet freed) by every thread.
pub fn live_bytes() -> isize {
    LIVE.load(Ordering::SeqCst)
}

/// Blocks allocated so far by the calling thread.
pub fn thread_allocations() -> usize {
    THREAD.with(Cell::get).0
}

/// Bytes asked for so far by the calling thread.
pub fn thread_bytes() -> usize {
    THREAD.with(Cell::get).1
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        asked(layout.size());
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        asked(new_size);
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}
