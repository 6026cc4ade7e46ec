//! A large sheet's subtotals (`Document::subtotals`, rolled up from each item's own heading) are
//! the sums the sheet states, which its writer added up on its own, in u64.

mod support;

use lakip::model::Field;
use lakip::pipeline::{read_file, Options};
use rust_decimal::Decimal;
use support::bench_fixtures;

#[test]
fn a_large_sheets_subtotals_are_the_sums_it_states() {
    // 30 000 items (100 a kegiatan, 50 kegiatan a program); each kegiatan, program and the
    // JUMLAH row states its sum.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("anggaran.xlsx");
    bench_fixtures::write("anggaran", 30_000, &path).unwrap();
    let (docs, _) = read_file(&path, "anggaran.xlsx", &Options::default()).unwrap();
    let doc = &docs[0];
    assert_eq!(doc.items().len(), 30_000);
    // 300 kegiatan under 6 programs.
    assert_eq!(doc.headings().len(), 306);
    let subtotals = doc.subtotals();
    let stated =
        |amounts: &lakip::model::Amounts, field| amounts.get(&field).and_then(|q| q.value).unwrap();
    for field in [Field::Pagu, Field::Realisasi] {
        for (i, heading) in doc.headings().iter().enumerate() {
            assert_eq!(
                subtotals.per_heading[i].sum(field),
                Some(stated(&heading.stated, field)),
                "{field:?} of {}",
                heading.location.row
            );
        }
        let total = &doc.totals()[0];
        assert_eq!(subtotals.all.sum(field), Some(stated(&total.stated, field)));
        assert!(subtotals.all.sum(field) > Some(Decimal::ZERO));
    }
    assert_eq!(subtotals.all.items, 30_000);
}
