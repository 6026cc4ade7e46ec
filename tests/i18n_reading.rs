//! The reading notices in Indonesian (the default) and English, as a user sees them: a doubt,
//! an unread column, an unreadable amount with its cell. Expected texts written by hand.
use lakip::i18n::{tr_in, Arg, Lang};

fn args(pairs: &[(&'static str, &str)]) -> Vec<(&'static str, Arg)> {
    pairs.iter().map(|(k, v)| (*k, Arg::from(*v))).collect()
}

#[test]
fn an_unread_column_is_said_in_indonesian_and_in_english() {
    let a = [
        ("column", Arg::from("G")),
        ("header", Arg::from("'Sumber Dana', kolom teks")),
        ("count", Arg::from(3usize)),
    ];
    assert_eq!(
        tr_in(Lang::Id, "read-unread-column", &a),
        "kolom G ('Sumber Dana', kolom teks) berisi angka di 3 baris yang tidak diimpor"
    );
    // English counts its rows: 1 row, 3 rows.
    assert!(tr_in(Lang::En, "read-unread-column", &a).contains("in 3 rows that are not imported"));
    let one = [
        ("column", Arg::from("G")),
        ("header", Arg::from("no header")),
        ("count", Arg::from(1usize)),
    ];
    assert!(tr_in(Lang::En, "read-unread-column", &one).contains("in 1 row that"));
}

#[test]
fn a_doubt_about_a_separator_names_the_other_cell() {
    let a = args(&[
        ("cell", "F12"),
        ("text", "\"250.5\""),
        ("how", "titik sebagai tanda desimal"),
    ]);
    assert_eq!(
        tr_in(Lang::Id, "read-column-writes", &a),
        "tetapi F12 di kolom yang sama menulis \"250.5\", dengan titik sebagai tanda desimal: \
         periksa mana yang dimaksud"
    );
}

#[test]
fn an_unreadable_amount_names_its_cell() {
    let reason = tr_in(Lang::Id, "read-number-groups-of-three", &[]);
    let a = [
        ("location", Arg::from("rkt.xlsx:'RKT'!F69")),
        ("text", Arg::from("\"12.5OO.000\"")),
        (
            "what",
            Arg::from(tr_in(Lang::Id, "read-amount-what-amount", &[])),
        ),
        ("reason", Arg::from(reason)),
    ];
    assert_eq!(
        tr_in(Lang::Id, "read-amount-unreadable", &a),
        "rkt.xlsx:'RKT'!F69: \"12.5OO.000\" tidak dapat dibaca sebagai nilai rupiah \
         (angka tidak dikelompokkan per tiga digit)"
    );
}
