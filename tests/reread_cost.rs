//! A performance table whose first rows already show it will not confirm the streamed reading
//! (a column of fractions) is left whole as it streams, and read once at the end: the file is
//! not parsed a second time. Counted (`pipeline::REREADS`), never timed; one test in this file,
//! so no other reading moves the counter.

mod support;

use lakip::pipeline::{read_file, Options, REREADS};
use std::sync::atomic::Ordering;
use support::streamed_tables::{write_pk, Shape};

#[test]
fn a_column_of_fractions_is_read_without_parsing_the_file_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pk.xlsx");
    let shape = Shape {
        fractions: true,
        numbered_columns: true,
        ..Shape::default()
    };
    // Rows enough for several batches of cells.
    write_pk(&path, 6_000, shape).unwrap();
    let before = REREADS.load(Ordering::Relaxed);
    let (docs, _) = read_file(&path, "pk.xlsx", &Options::default()).unwrap();
    assert_eq!(
        REREADS.load(Ordering::Relaxed) - before,
        0,
        "the file was read twice"
    );
    let target = docs[0].indicators()[4].target.as_ref().unwrap();
    assert_eq!(&*target.text, "85,5%");
}
