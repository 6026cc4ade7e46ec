//! What the similarity engine costs, counted, never timed: the pairs of words compared to say
//! whether two names are the same, and the bytes an index of names holds (the index of a
//! performance table's sasaran holds tens of thousands of them while the table is read).
//!
//! One test in this file: the byte counter is global to the process.

mod support;

use lakip::compute::similar::{self, Index, Name};
use support::counting::live_bytes;

#[global_allocator]
static COUNTING: support::counting::Counting = support::counting::Counting;

/// `words` words, each its own (`kegiatan1` is no slip of `kegiatan2`: digits must match).
fn distinct(words: usize, tag: &str) -> String {
    (0..words)
        .map(|i| format!("{tag}kata{i}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Word pairs compared to answer `same(a, b)` on names normalised beforehand.
fn pairs(a: &str, b: &str) -> (bool, usize) {
    let (a, b) = (Name::new(a), Name::new(b));
    let before = similar::word_pairs();
    let same = a.same(&b);
    (same, similar::word_pairs() - before)
}

/// The bytes an index of `count` sasaran as the bench's PK writes them holds, per name.
fn held_per_name(count: usize) -> usize {
    let before = live_bytes();
    let mut index = Index::default();
    for g in 1..=count {
        index.push(Name::new(&format!(
            "Meningkatnya kualitas penyelenggaraan tahapan {g}"
        )));
    }
    let held = usize::try_from(live_bytes() - before).unwrap();
    assert_eq!(
        index.first_same(&Name::new(
            "meningkatnya kualitas penyelenggaraan tahapan 7"
        )),
        Some(6)
    );
    drop(index);
    held / count
}

#[test]
fn names_compare_a_few_word_pairs_a_word_and_an_index_holds_little_per_name() {
    for words in [20, 80] {
        // Every word different: two differences allowed, found past at once. A table of
        // every word against every word compared words² pairs (400, then 6 400).
        let (same, compared) = pairs(&distinct(words, "a"), &distinct(words, "b"));
        assert!(!same);
        assert!(compared <= 40, "{compared} pairs for {words} words");
        // One word changed, one dropped, in the middle: the equal words at either end are
        // compared once each.
        let original = distinct(words, "");
        let mut slipped: Vec<&str> = original.split(' ').collect();
        slipped[words / 2] = "kta10x";
        slipped.remove(words / 3);
        let (same, compared) = pairs(&original, &slipped.join(" "));
        assert!(same);
        assert!(compared <= 2 * words, "{compared} pairs for {words} words");
    }
    // Held per name, at two sizes: the name's words once (not again as 4-byte letters), its
    // place in tables of 16-byte entries, a word's holders as u32, a word with digits found by
    // its number, with no key of its own. 631 and 634 bytes a name with a `String` per word,
    // 4-byte letters, 20-byte word spans and postings of `usize`; 220 and 219 now.
    let small = held_per_name(2_000);
    let large = held_per_name(8_000);
    assert!(small <= 240, "{small} bytes held per name of 2 000");
    assert!(large <= 240, "{large} bytes held per name of 8 000");
}
