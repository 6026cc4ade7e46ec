//! Stored notices follow the reader's language, not the import's: a workspace imported in
//! Indonesian shows its notices in English under `--lang en`, and the other way round; a
//! `notices.csv` written before the key and its arguments were stored still shows its text.
//! Expected texts written by hand from `locales/*/reading.ftl`.

mod support;

use assert_cmd::Command;
use std::path::Path;

/// lakip in `lang` (`LAKIP_LANG`), with a fixed import time so re-imports compare byte for byte.
fn lakip(dir: &Path, lang: &str, args: &[&str]) -> (i32, String) {
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .current_dir(dir)
        .env("LAKIP_LANG", lang)
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    (out.status.code().unwrap_or(-1), stdout)
}

/// The doubt the DIPA yields (a realisation's kind, no realisasi column), in each language.
const DOUBT_EN: &str = "read as anggaran (a realisation), but the header has no realisasi column: \
    the realisasi is unknown, not 0; if the table is a plan (an RKT or a DIPA's pagu), import it \
    with --kind rkt";
const DOUBT_ID: &str = "dibaca sebagai anggaran (tabel realisasi), tetapi judul tabel tidak \
    memiliki kolom realisasi: realisasinya tidak diketahui, bukan 0; jika tabel ini rencana (RKT \
    atau pagu DIPA), impor dengan --kind rkt";
/// The unread `Volume` column (numbers in rows 4 and 5: 2 rows), its header described by a
/// message of its own, which follows the language too.
const UNREAD_EN: &str = "column D ('Volume', which names no column lakip reads or repeats one) \
    holds numbers in 2 rows that are not imported";
const UNREAD_ID: &str = "kolom D ('Volume', yang bukan nama kolom yang dibaca lakip atau \
    mengulang kolom lain) berisi angka di 2 baris yang tidak diimpor";

/// A workspace with the DIPA (a doubt) and an RKT with an unread `Volume` column, imported in
/// `lang`.
fn imported(lang: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path();
    let init = ["init", "--satker", "KPU Kota Serang", "--tahun", "2025"];
    assert_eq!(lakip(ws, lang, &init).0, 0);
    support::fixtures::dipa_pagu_only_xlsx(&ws.join("dipa.xlsx")).unwrap();
    support::fixtures::table_xlsx(
        &ws.join("volume.xlsx"),
        "RKT",
        &[
            &["RKT TAHUN 2025"],
            &["No", "Uraian", "Anggaran", "Volume"],
            &["1", "Program A", "300", ""],
            &["a.", "Keg 1", "100", "4"],
            &["b.", "Keg 2", "200", "6"],
        ],
    )
    .unwrap();
    let (code, out) = lakip(ws, lang, &["import", "dipa.xlsx", "volume.xlsx"]);
    assert_eq!(code, 0, "{out}");
    dir
}

#[test]
fn notices_imported_in_indonesian_are_shown_in_the_readers_language() {
    let dir = imported("id");
    let (_, en) = lakip(dir.path(), "id", &["check", "--lang", "en"]);
    assert!(
        en.contains(&format!("warning[doubt]: {DOUBT_EN}\n")),
        "{en}"
    );
    assert!(
        en.contains(&format!("warning[not-read]: {UNREAD_EN}\n")),
        "{en}"
    );
    assert!(!en.contains("dibaca sebagai"), "{en}");
    let (_, id) = lakip(dir.path(), "en", &["check", "--lang", "id"]);
    assert!(
        id.contains(&format!("peringatan[doubt]: {DOUBT_ID}\n")),
        "{id}"
    );
    assert!(
        id.contains(&format!("peringatan[not-read]: {UNREAD_ID}\n")),
        "{id}"
    );
}

#[test]
fn notices_imported_in_english_are_shown_in_indonesian() {
    let dir = imported("en");
    let (_, id) = lakip(dir.path(), "id", &["check"]);
    assert!(
        id.contains(&format!("peringatan[doubt]: {DOUBT_ID}\n")),
        "{id}"
    );
    assert!(
        id.contains(&format!("peringatan[not-read]: {UNREAD_ID}\n")),
        "{id}"
    );
}

#[test]
fn the_stored_table_keeps_the_text_the_key_and_its_arguments() {
    let dir = imported("id");
    let notices = std::fs::read_to_string(dir.path().join("data/notices.csv")).unwrap();
    let lines: Vec<&str> = notices.lines().collect();
    assert_eq!(lines[0], "file,sheet,kind,message,cell,row,key,args");
    // The rendered text (as an older lakip reads it), then the key and the arguments as JSON.
    assert_eq!(
        lines[1],
        format!(
            "dipa.xlsx,DIPA,doubt,\"{DOUBT_ID}\",A2,2,read-no-realisasi-column,\
             \"{{\"\"kind\"\":\"\"anggaran\"\"}}\""
        )
    );
    assert!(lines[2].ends_with(
        ",read-unread-column,\"{\"\"column\"\":\"\"D\"\",\"\"count\"\":2,\"\"header\"\":\
         {\"\"args\"\":{\"\"name\"\":\"\"Volume\"\"},\"\"key\"\":\"\"read-header-unknown\"\"}}\""
    ));
}

#[test]
fn an_old_notices_table_without_keys_still_shows_its_text() {
    let dir = imported("id");
    let old = "file,sheet,kind,message,cell,row\n\
               dipa.xlsx,DIPA,doubt,teks lama yang tersimpan,A2,2\n";
    std::fs::write(dir.path().join("data/notices.csv"), old).unwrap();
    let (_, en) = lakip(dir.path(), "en", &["check"]);
    assert!(
        en.contains("warning[doubt]: teks lama yang tersimpan\n"),
        "{en}"
    );
    // A key this lakip does not know (a later version's) shows the stored text too.
    let later = "file,sheet,kind,message,cell,row,key,args\n\
                 dipa.xlsx,DIPA,doubt,teks dari versi baru,A2,2,read-from-the-future,{}\n";
    std::fs::write(dir.path().join("data/notices.csv"), later).unwrap();
    let (_, en) = lakip(dir.path(), "en", &["check"]);
    assert!(
        en.contains("warning[doubt]: teks dari versi baru\n"),
        "{en}"
    );
}

#[test]
fn a_reimport_in_the_same_language_leaves_the_tables_byte_identical() {
    let dir = imported("id");
    let data = dir.path().join("data");
    let read = |name: &str| std::fs::read(data.join(name)).unwrap();
    let before = (read("notices.csv"), read("documents.csv"));
    let (code, out) = lakip(dir.path(), "id", &["import", "dipa.xlsx", "volume.xlsx"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!((read("notices.csv"), read("documents.csv")), before);
}

/// An amount read by a documented rule that the rest of its column puts in doubt (`1.500`, a
/// dot before three digits read as thousands, where every other amount is below 1.000): the
/// note, made when the number was read, and the why both follow the reader's language.
#[test]
fn a_doubtful_amount_is_shown_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path();
    let init = ["init", "--satker", "KPU Kota Serang", "--tahun", "2025"];
    assert_eq!(lakip(ws, "id", &init).0, 0);
    // C2 is the doubtful cell (1500 read); C3's 250 is the column's largest other amount.
    support::fixtures::text_table_xlsx(
        &ws.join("titik.xlsx"),
        "RKT",
        &[
            &["No", "Uraian", "Anggaran"],
            &["1", "Keg 1", "1.500"],
            &["2", "Keg 2", "250"],
        ],
    )
    .unwrap();
    let (code, out) = lakip(ws, "id", &["import", "titik.xlsx"]);
    assert_eq!(code, 0, "{out}");
    let (_, en) = lakip(ws, "id", &["check", "--lang", "en"]);
    let want = "warning[doubt]: read \"1.500\" as 1500: a single separator before three digits \
                is taken as thousands, but every other amount in the column is below 1.000 (the \
                largest, C3, is 250): if the dot is a decimal point, write the number with a \
                comma\n";
    assert!(en.contains(want), "{en}");
    let (_, id) = lakip(ws, "en", &["check", "--lang", "id"]);
    assert!(
        id.contains("peringatan[doubt]: \"1.500\" dibaca sebagai 1500: satu pemisah sebelum tiga digit dianggap pemisah ribuan, "),
        "{id}"
    );
}
