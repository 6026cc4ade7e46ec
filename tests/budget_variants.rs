//! Everyday variants of the budget layouts (issue 12, cases 1–3) and the choice of kind among
//! every kind that can read a header: each fixture is written by
//! `tests/support/budget_variant_fixtures.rs`, each right answer worked out by hand (see the
//! fixtures' doc comments for the arithmetic).

mod support;

use assert_cmd::Command;
use lakip::kinds::DocKind;
use lakip::model::{Document, Field, Level, NoticeKind, RowClass};
use rust_decimal::Decimal;
use std::path::Path;
use support::budget_variant_fixtures as fx;

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// The documents `lakip import` reads from a file.
fn read(path: &Path) -> Vec<Document> {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let (docs, _) =
        lakip::pipeline::read_file(path, &name, &lakip::pipeline::Options::default()).unwrap();
    docs
}

fn read_one(path: &Path) -> Document {
    let mut docs = read(path);
    assert_eq!(docs.len(), 1);
    docs.remove(0)
}

/// Writes `grid` as xlsx and as `;` CSV into `dir`: both paths.
fn both(grid: &fx::Grid, dir: &Path, name: &str) -> [std::path::PathBuf; 2] {
    let xlsx = dir.join(format!("{name}.xlsx"));
    let csv = dir.join(format!("{name}.csv"));
    fx::write_xlsx(grid, &xlsx).unwrap();
    fx::write_csv(grid, &csv).unwrap();
    [xlsx, csv]
}

fn lakip(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en");
    cmd.current_dir(dir);
    cmd
}

fn count(doc: &Document, class: RowClass) -> usize {
    doc.row_counts().get(&class).copied().unwrap_or(0)
}

fn sum(doc: &Document, field: Field) -> Decimal {
    doc.items()
        .iter()
        .filter_map(|i| i.amounts.get(&field).and_then(|q| q.value))
        .sum()
}

fn notices(doc: &Document, kind: NoticeKind) -> Vec<String> {
    doc.notices
        .iter()
        .filter(|n| n.kind == kind)
        .map(|n| n.message.clone())
        .collect()
}

/// What the RKT of case 1 is, whatever its layout: an rkt with the two programs as headings,
/// the five kegiatan as items whose anggaran add up to the JUMLAH, each subtotal totalling its
/// own program, and the Target column — which an rkt does not keep — said, not dropped.
///
/// By hand: 250 000 000 + 175 500 000 + 74 500 000 = 500 000 000 (program 1);
/// 1 200 000 000 + 300 000 000 = 1 500 000 000 (program 2); together 2 000 000 000 = JUMLAH.
fn assert_case1(doc: &Document, target_column: &str) {
    let at = format!("{}:{}", doc.file, doc.sheet);
    assert_eq!(doc.kind, DocKind::Rkt, "{at}: {}", doc.kind_reason);
    assert!(
        doc.kind_reason.contains("rak would leave")
            && doc.kind_reason.contains("'Output'")
            && doc.kind_reason.contains("without a place"),
        "{at}: {}",
        doc.kind_reason
    );
    let programs: Vec<&str> = doc.headings().iter().map(|h| h.text.as_str()).collect();
    assert_eq!(programs, [fx::PROGRAM_1, fx::PROGRAM_2], "{at}");
    assert!(doc.headings().iter().all(|h| h.level == Level::Program));
    let kegiatan: Vec<&str> = doc.items().iter().map(|i| i.uraian.as_str()).collect();
    let expected: Vec<&str> = fx::KEGIATAN_1
        .iter()
        .chain(&fx::KEGIATAN_2)
        .map(|(k, _)| *k)
        .collect();
    assert_eq!(kegiatan, expected, "{at}");
    assert_eq!(doc.items()[0].heading, Some(0));
    assert_eq!(doc.items()[3].heading, Some(1));
    assert_eq!(sum(doc, Field::Amount), dec("2000000000"), "{at}");
    // Sub totals, then the JUMLAH: each stated amount is what its items add up to.
    let totals: Vec<(Option<usize>, Option<Decimal>)> = doc
        .totals()
        .iter()
        .map(|t| (t.heading, t.stated[&Field::Amount].value))
        .collect();
    assert_eq!(
        totals,
        [
            (Some(0), Some(dec("500000000"))),
            (Some(1), Some(dec("1500000000"))),
            (None, Some(dec("2000000000"))),
        ],
        "{at}"
    );
    assert_eq!(count(doc, RowClass::Item), 5, "{at}");
    assert_eq!(count(doc, RowClass::Heading), 2, "{at}");
    assert_eq!(count(doc, RowClass::Total), 3, "{at}");
    // The kegiatan keep their sasaran, indikator, output and ket.
    let k = &doc.items()[1];
    assert_eq!(
        k.sasaran.as_deref(),
        Some("Meningkatnya partisipasi pemilih")
    );
    assert_eq!(k.indikator.as_deref(), Some("Tingkat partisipasi pemilih"));
    assert_eq!(
        k.output.as_deref(),
        Some("Layanan Sosialisasi dan Pendidikan Pemilih")
    );
    assert_eq!(k.ket.as_deref(), Some("Tahapan Pemilu"));
    // The one column an rkt has no place for is said, at the header.
    let unread = notices(doc, NoticeKind::UnreadColumn);
    assert_eq!(unread.len(), 1, "{at}: {unread:?}");
    assert!(
        unread[0].contains(&format!("column {target_column} ('Target') has no place")),
        "{at}: {unread:?}"
    );
    assert!(notices(doc, NoticeKind::Doubt).is_empty(), "{at}");
}

#[test]
fn case1_an_rkt_with_a_target_column_is_an_rkt_in_xlsx_and_csv() {
    // The notices asserted below are the English ones.
    support::english();
    let dir = tempfile::tempdir().unwrap();
    for path in both(&fx::rkt_case1(fx::Subtotal::Short), dir.path(), "rkt") {
        assert_case1(&read_one(&path), "E");
    }
}

#[test]
fn case1_variants_other_column_orders_a_merged_two_row_header_and_english_names() {
    // The notices asserted below are the English ones.
    support::english();
    let dir = tempfile::tempdir().unwrap();
    let reordered = [
        "program",
        "output",
        "anggaran",
        "sasaran",
        "indikator",
        "target",
        "ket",
        "no",
    ];
    let (two_rows, groups) = fx::rkt_header_two_rows();
    let variants = [
        // Target in F: Program / Kegiatan, Output, Anggaran, Sasaran, Indikator, Target …
        (
            fx::rkt_with_target(
                &reordered,
                fx::rkt_header_id(),
                Vec::new(),
                fx::Subtotal::Short,
            ),
            "reordered",
            "F",
        ),
        // Anggaran before Target: No, Program, Anggaran, Target, Sasaran, …
        (
            fx::rkt_with_target(
                &[
                    "no",
                    "program",
                    "anggaran",
                    "target",
                    "sasaran",
                    "indikator",
                    "output",
                    "ket",
                ],
                fx::rkt_header_id(),
                Vec::new(),
                fx::Subtotal::NamingProgram,
            ),
            "anggaran-first",
            "D",
        ),
        // `Kinerja` merged over Sasaran | Indikator Kinerja | Target, the rest merged down.
        (
            fx::rkt_with_target(&fx::RKT_ORDER, two_rows, groups, fx::Subtotal::Short),
            "two-rows",
            "E",
        ),
        // `No. | Program/Activity | … | Budget (Rp) | Keterangan`.
        (
            fx::rkt_with_target(
                &fx::RKT_ORDER,
                fx::rkt_header_mixed(),
                Vec::new(),
                fx::Subtotal::NamingProgram,
            ),
            "mixed",
            "E",
        ),
    ];
    for (grid, name, target) in &variants {
        for path in both(grid, dir.path(), name) {
            assert_case1(&read_one(&path), target);
        }
    }
}

/// `lakip check` on the RKT of case 1 finds its totals right and says the Target column was
/// not read: a warning, never a bare "ok".
#[test]
fn case1_check_reads_it_as_an_rkt_and_says_what_was_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let [xlsx, csv] = both(&fx::rkt_case1(fx::Subtotal::Short), dir.path(), "rkt");
    for path in [xlsx, csv] {
        let out = lakip(dir.path())
            .args(["check", "--format", "json"])
            .arg(&path)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let codes: Vec<&str> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes, ["not-read"], "{json}");
        assert_eq!(json["errors"], 0);
        assert_eq!(out.status.code(), Some(0));
    }
}

/// Case 2: `Sub Total Program Penyelenggaraan Pemilu …` and `Jumlah Program Dukungan
/// Manajemen …` total their programs; they are no items (the programs would double: 1 000 000
/// 000 and 3 000 000 000 instead of 500 000 000 and 1 500 000 000).
#[test]
fn case2_subtotals_that_name_their_program_are_its_totals() {
    // The notices asserted below are the English ones.
    support::english();
    let dir = tempfile::tempdir().unwrap();
    for path in both(
        &fx::rkt_case1(fx::Subtotal::NamingProgram),
        dir.path(),
        "named",
    ) {
        let doc = read_one(&path);
        assert_case1(&doc, "E");
        let labels: Vec<&str> = doc.totals().iter().map(|t| t.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                format!("Sub Total {}", fx::PROGRAM_1).as_str(),
                format!("Jumlah {}", fx::PROGRAM_2).as_str(),
                "JUMLAH"
            ]
        );
    }
}

/// A long `Jumlah Program …` that names no row above it is an item (it may be one: `Jumlah
/// Kegiatan Sosialisasi …`), and the doubt is said.
#[test]
fn case2_a_jumlah_program_label_naming_no_row_above_is_an_item_with_a_doubt() {
    // The notices asserted below are the English ones.
    support::english();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.xlsx");
    support::fixtures::table_xlsx(
        &path,
        "RKT",
        &[
            &["Program Kegiatan", "Sasaran", "Anggaran"],
            &["Program Dukungan Manajemen", "", ""],
            &["Layanan Perkantoran", "Terwujudnya layanan", "1000000"],
            &[
                "Jumlah Program Pengelolaan Keuangan dan Barang Milik Negara",
                "",
                "500000",
            ],
            &["JUMLAH", "", "1500000"],
        ],
    )
    .unwrap();
    let doc = read_one(&path);
    assert_eq!(doc.items().len(), 2);
    assert_eq!(sum(&doc, Field::Amount), dec("1500000"));
    let doubts = notices(&doc, NoticeKind::Doubt);
    assert_eq!(doubts.len(), 1, "{doubts:?}");
    assert!(doubts[0].contains("names no row above it"), "{doubts:?}");
}

/// What the SAKTI-coded table of case 3 is, however its codes are written: twelve headings
/// down to the sub-komponen (program, kegiatan, two KRO, two RO, three komponen, three
/// sub-komponen), five akun items, and the items' pagu and realisasi equal to the JUMLAH:
/// 600 000 000 + 100 000 + 150 000 000 + 49 900 000 + 200 000 000 = 1 000 000 000 and
/// 350 000 000 + 60 000 + 90 000 000 + 40 000 000 + 195 000 000 = 675 060 000.
fn assert_case3(doc: &Document) {
    let at = format!("{}:{}", doc.file, doc.sheet);
    assert_eq!(doc.kind, DocKind::Anggaran, "{at}");
    let levels: Vec<(Level, &str)> = doc
        .headings()
        .iter()
        .map(|h| (h.level, h.text.as_str()))
        .collect();
    assert_eq!(
        levels,
        [
            (Level::Program, "Program Dukungan Manajemen"),
            (
                Level::Kegiatan,
                "Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya KPU"
            ),
            (Level::Output, "Layanan Dukungan Manajemen Internal"),
            (Level::RincianOutput, "Layanan Perkantoran"),
            (Level::Komponen, "Gaji dan Tunjangan"),
            (Level::SubKomponen, "Tanpa Sub Komponen"),
            (Level::Komponen, "Operasional dan Pemeliharaan Kantor"),
            (Level::SubKomponen, "Tanpa Sub Komponen"),
            (Level::Output, "Layanan Sarana dan Prasarana Internal"),
            (Level::RincianOutput, "Layanan Sarana Internal"),
            (Level::Komponen, "Pengadaan Peralatan dan Mesin"),
            (Level::SubKomponen, "Tanpa Sub Komponen"),
        ],
        "{at}"
    );
    let akun: Vec<Option<&str>> = doc.items().iter().map(|i| i.code.as_deref()).collect();
    assert_eq!(
        akun,
        [
            Some("511111"),
            Some("511119"),
            Some("521111"),
            Some("521211"),
            Some("532111")
        ],
        "{at}"
    );
    assert_eq!(doc.items()[0].uraian, "Belanja Gaji Pokok PNS", "{at}");
    assert_eq!(sum(doc, Field::Pagu), dec("1000000000"), "{at}");
    assert_eq!(sum(doc, Field::Realisasi), dec("675060000"), "{at}");
    assert_eq!(sum(doc, Field::Sisa), dec("324940000"), "{at}");
    assert_eq!(doc.totals().len(), 1);
    assert_eq!(
        doc.totals()[0].stated[&Field::Realisasi].value,
        Some(dec("675060000"))
    );
}

#[test]
fn case3_full_short_and_in_uraian_codes_give_the_same_hierarchy() {
    let dir = tempfile::tempdir().unwrap();
    for (codes, name) in [
        (fx::Codes::Full, "full"),
        (fx::Codes::Short, "short"),
        (fx::Codes::InUraian, "in-uraian"),
    ] {
        for path in both(&fx::sakti_coded(codes), dir.path(), name) {
            let doc = read_one(&path);
            assert_case3(&doc);
            let ro = &doc.headings()[3];
            let code = ro.code.as_deref();
            match codes {
                fx::Codes::Short => assert_eq!(code, Some("EBA.994")),
                _ => assert_eq!(code, Some("4305.EBA.994"), "{name}"),
            }
        }
    }
}

/// `lakip realisasi` gives the sheet's JUMLAH, not twice it, for each way of writing codes.
#[test]
fn case3_realisasi_equals_the_sheets_jumlah() {
    for (codes, name) in [
        (fx::Codes::Full, "full"),
        (fx::Codes::InUraian, "in-uraian"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let [xlsx, _] = both(&fx::sakti_coded(codes), dir.path(), name);
        lakip(dir.path())
            .args(["init", "--satker", "KPU Kota Contoh", "--tahun", "2024"])
            .assert()
            .success();
        lakip(dir.path())
            .arg("import")
            .arg(&xlsx)
            .assert()
            .success();
        let out = lakip(dir.path())
            .args(["realisasi", "--format", "csv"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8(out.stdout).unwrap();
        let last = text.lines().last().unwrap();
        assert!(
            last.contains("1000000000") && last.contains("675060000"),
            "{name}: {text}"
        );
        lakip(dir.path()).arg("check").assert().success();
    }
}

/// Texts that merely start with an acronym (`ATK`, `KPU`) are no codes: without a code no word
/// looks like, the table is read by its numbering as before.
#[test]
fn case3_acronyms_at_the_start_of_texts_are_not_codes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.xlsx");
    support::fixtures::table_xlsx(
        &path,
        "Realisasi",
        &[
            &["Uraian", "Pagu", "Realisasi"],
            &["1. Program Dukungan Manajemen", "3000000", "2000000"],
            &["ATK Kantor", "1000000", "500000"],
            &["KPU Kota Layanan Umum", "1500000", "1000000"],
            &["BBM Kendaraan Dinas", "500000", "500000"],
            &["JUMLAH", "3000000", "2000000"],
        ],
    )
    .unwrap();
    let doc = read_one(&path);
    assert_eq!(doc.headings().len(), 1);
    let items: Vec<(&str, Option<&str>)> = doc
        .items()
        .iter()
        .map(|i| (i.uraian.as_str(), i.code.as_deref()))
        .collect();
    assert_eq!(
        items,
        [
            ("ATK Kantor", None),
            ("KPU Kota Layanan Umum", None),
            ("BBM Kendaraan Dinas", None)
        ]
    );
}

/// A one-sheet workbook of `rows` (the header first), written into `dir`: its path.
fn write_table<const N: usize>(dir: &Path, rows: &[[&str; N]]) -> std::path::PathBuf {
    let path = dir.join("t.xlsx");
    let rows: Vec<&[&str]> = rows.iter().map(|r| &r[..]).collect();
    support::fixtures::table_xlsx(&path, "Realisasi", &rows).unwrap();
    path
}

/// A one-sheet workbook of `rows` (the header first), written and read.
fn read_table<const N: usize>(rows: &[[&str; N]]) -> Document {
    let dir = tempfile::tempdir().unwrap();
    read_one(&write_table(dir.path(), rows))
}

/// Each heading's level and code.
fn levels_and_codes(doc: &Document) -> Vec<(Level, Option<&str>)> {
    doc.headings()
        .iter()
        .map(|h| (h.level, h.code.as_deref()))
        .collect()
}

/// In a table that writes its codes in the texts, and its KRO codes with dots (`4305.EBA`),
/// an item under an akun written `ATK kantor` keeps its acronym: it is no KRO heading, the
/// akun's items add up to the akun's amounts, and the choice is said at the row.
#[test]
fn case3_an_acronym_under_an_akun_stays_text_where_kro_codes_are_dotted() {
    // The notice asserted below is the English one.
    support::english();
    let same = ["3000000", "2000000"];
    let heading = |text: &'static str| [text, same[0], same[1]];
    let rows = [
        ["Uraian", "Pagu", "Realisasi"],
        heading("076.01.WA Program Dukungan Manajemen"),
        heading("4305 Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya KPU"),
        heading("4305.EBA Layanan Dukungan Manajemen Internal"),
        heading("4305.EBA.994 Layanan Perkantoran"),
        heading("001 Gaji dan Tunjangan"),
        heading("A Tanpa Sub Komponen"),
        heading("521111 Belanja Operasional Perkantoran"),
        ["ATK kantor", "1000000", "500000"],
        ["Konsumsi rapat", "2000000", "1500000"],
        heading("JUMLAH"),
    ];
    let doc = read_table(&rows);
    // Each heading keeps its code as the text wrote it.
    assert_eq!(
        levels_and_codes(&doc),
        [
            (Level::Program, Some("076.01.WA")),
            (Level::Kegiatan, Some("4305")),
            (Level::Output, Some("4305.EBA")),
            (Level::RincianOutput, Some("4305.EBA.994")),
            (Level::Komponen, Some("001")),
            (Level::SubKomponen, Some("A")),
            (Level::Akun, Some("521111")),
        ]
    );
    let items = item_texts(&doc);
    assert_eq!(items, ["ATK kantor", "Konsumsi rapat"]);
    // 1 000 000 + 2 000 000 and 500 000 + 1 500 000: the akun's and the JUMLAH's figures.
    assert_eq!(sum(&doc, Field::Pagu), dec("3000000"));
    assert_eq!(sum(&doc, Field::Realisasi), dec("2000000"));
    let said = notices(&doc, NoticeKind::Ambiguous);
    assert!(
        said.iter()
            .any(|m| m.starts_with("row 9: 'ATK'") && m.contains("'4305.EBA'")),
        "{said:?}"
    );
}

/// The words kept as text are only those of a level the table writes with dots: a KRO
/// written alone (`EBA`) where no KRO is dotted stays a code, and so does a sub-komponen
/// written alone (`A`) beside one written out (`001.0A`).
#[test]
fn case3_codes_written_alone_stay_codes_where_their_level_is_not_dotted() {
    let rows = [
        ["Uraian", "Pagu", "Realisasi"],
        ["076.01.WA Program Dukungan Manajemen", "3000000", "2000000"],
        [
            "4305 Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya KPU",
            "3000000",
            "2000000",
        ],
        [
            "EBA Layanan Dukungan Manajemen Internal",
            "3000000",
            "2000000",
        ],
        ["4305.EBA.994 Layanan Perkantoran", "3000000", "2000000"],
        ["001 Gaji dan Tunjangan", "1000000", "500000"],
        ["001.0A Honor Pengelola", "1000000", "500000"],
        [
            "521111 Belanja Operasional Perkantoran",
            "1000000",
            "500000",
        ],
        ["002 Operasional Perkantoran", "2000000", "1500000"],
        ["A Tanpa Sub Komponen", "2000000", "1500000"],
        ["521211 Belanja Bahan", "2000000", "1500000"],
        ["JUMLAH", "3000000", "2000000"],
    ];
    let doc = read_table(&rows);
    assert_eq!(
        levels_and_codes(&doc),
        [
            (Level::Program, Some("076.01.WA")),
            (Level::Kegiatan, Some("4305")),
            (Level::Output, Some("EBA")),
            (Level::RincianOutput, Some("4305.EBA.994")),
            (Level::Komponen, Some("001")),
            (Level::SubKomponen, Some("001.0A")),
            (Level::Komponen, Some("002")),
            (Level::SubKomponen, Some("A")),
        ]
    );
    let akun: Vec<Option<&str>> = doc.items().iter().map(|i| i.code.as_deref()).collect();
    assert_eq!(akun, [Some("521111"), Some("521211")]);
    // 1 000 000 + 2 000 000 and 500 000 + 1 500 000: the JUMLAH's figures.
    assert_eq!(sum(&doc, Field::Pagu), dec("3000000"));
    assert_eq!(sum(&doc, Field::Realisasi), dec("2000000"));
    let said = notices(&doc, NoticeKind::Ambiguous);
    assert!(said.is_empty(), "{said:?}");
}

/// An RKA-K/L written with each level's code alone, `WA` over `4305`, `EBA`, `994`, `001`,
/// `A`, `521111`: `WA` may be a program or a sub-komponen, `994`, `001`, `002`, `995` a
/// rincian output or a komponen. Pagu / realisasi, worked by hand: RO 994 = 1 000 000 +
/// 3 000 000 = 4 000 000 (500 000 + 2 500 000 = 3 000 000); RO 995 = 2 000 000 (1 500 000);
/// the output, kegiatan, program and JUMLAH = 6 000 000 (4 500 000).
const BARE: [[&str; 4]; 16] = [
    ["Kode", "Uraian", "Pagu", "Realisasi"],
    ["WA", "Program Dukungan Manajemen", "6000000", "4500000"],
    ["4305", "Dukungan Manajemen KPU", "6000000", "4500000"],
    [
        "EBA",
        "Layanan Dukungan Manajemen Internal",
        "6000000",
        "4500000",
    ],
    ["994", "Layanan Perkantoran", "4000000", "3000000"],
    ["001", "Gaji dan Tunjangan", "1000000", "500000"],
    ["A", "Tanpa Sub Komponen", "1000000", "500000"],
    [
        "521111",
        "Belanja Operasional Perkantoran",
        "1000000",
        "500000",
    ],
    [
        "002",
        "Operasional dan Pemeliharaan Kantor",
        "3000000",
        "2500000",
    ],
    ["A", "Tanpa Sub Komponen", "3000000", "2500000"],
    ["521211", "Belanja Bahan", "3000000", "2500000"],
    ["995", "Layanan Umum", "2000000", "1500000"],
    ["051", "Pengadaan", "2000000", "1500000"],
    ["A", "Tanpa Sub Komponen", "2000000", "1500000"],
    ["521211", "Belanja Bahan", "2000000", "1500000"],
    ["", "JUMLAH", "6000000", "4500000"],
];

/// The headings of [`BARE`] as a person reads them, in row order: `WA` heads the kegiatan, so
/// it is the program; `994` under the output and over `001` is its RO; `002` after the akun
/// comes while RO 994 is short of its pagu (1 000 000 of 4 000 000) and over an `A`: a
/// komponen of it; `995` comes when RO 994 is complete (1 000 000 + 3 000 000) and over
/// `051`: the next RO. The akun are the items, adding up to the JUMLAH.
fn assert_bare(doc: &Document) {
    use Level::*;
    assert_eq!(
        levels_and_codes(doc),
        [
            (Program, Some("WA")),
            (Kegiatan, Some("4305")),
            (Output, Some("EBA")),
            (RincianOutput, Some("994")),
            (Komponen, Some("001")),
            (SubKomponen, Some("A")),
            (Komponen, Some("002")),
            (SubKomponen, Some("A")),
            (RincianOutput, Some("995")),
            (Komponen, Some("051")),
            (SubKomponen, Some("A")),
        ]
    );
    let akun: Vec<Option<&str>> = doc.items().iter().map(|i| i.code.as_deref()).collect();
    assert_eq!(akun, [Some("521111"), Some("521211"), Some("521211")]);
    assert_eq!(sum(doc, Field::Pagu), dec("6000000"));
    assert_eq!(sum(doc, Field::Realisasi), dec("4500000"));
}

/// Each item's heading (by its place among the headings) and code.
fn heading_texts(doc: &Document) -> Vec<&str> {
    doc.headings().iter().map(|h| h.text.as_str()).collect()
}

fn item_texts(doc: &Document) -> Vec<&str> {
    doc.items().iter().map(|i| i.uraian.as_str()).collect()
}

fn items_under(doc: &Document) -> Vec<(Option<usize>, Option<&str>)> {
    doc.items()
        .iter()
        .map(|i| (i.heading, i.code.as_deref()))
        .collect()
}

fn doubts(doc: &Document) -> Vec<String> {
    notices(doc, NoticeKind::Doubt)
}

/// [`BARE`] with `change` made to each of its rows.
fn bare_with(change: impl Fn(&mut [&'static str; 4])) -> Vec<[&'static str; 4]> {
    let mut rows = BARE.to_vec();
    rows[1..].iter_mut().for_each(change);
    rows
}

#[test]
fn codes_written_alone_per_level_are_read_by_the_codes_and_amounts_above_them() {
    let doc = read_table(&BARE);
    assert_bare(&doc);
    assert!(doubts(&doc).is_empty(), "{:?}", doubts(&doc));
    // The same table with the codes at the start of the texts, no Kode column.
    let joined: Vec<[String; 3]> = BARE
        .iter()
        .map(|[k, u, p, r]| {
            let text = if k.is_empty() || *k == "Kode" {
                u.to_string()
            } else {
                format!("{k} {u}")
            };
            [text, p.to_string(), r.to_string()]
        })
        .collect();
    let rows: Vec<[&str; 3]> = joined
        .iter()
        .map(|[a, b, c]| [a.as_str(), b.as_str(), c.as_str()])
        .collect();
    let doc = read_table(&rows);
    assert_bare(&doc);
    assert!(doubts(&doc).is_empty(), "{:?}", doubts(&doc));
}

/// Without amounts on the headings (only the akun have them), the codes place `994` (under
/// the KRO: an RO) and `002` (over an `A`: a komponen); but `995` over `051` may be the next
/// RO or a last komponen of RO 994 with nothing under it, and no amount tells: a doubt
/// naming both, so `check` is not "ok".
#[test]
fn without_heading_amounts_a_code_only_the_amounts_could_place_is_a_doubt() {
    support::english();
    let mut rows = bare_with(|row| {
        if row[0].len() != 6 {
            row[2] = "";
            row[3] = "";
        }
    });
    rows[15] = ["", "JUMLAH", "6000000", "4500000"];
    let doc = read_table(&rows);
    let levels = levels_and_codes(&doc);
    assert_eq!(levels[3], (Level::RincianOutput, Some("994")));
    assert_eq!(levels[6], (Level::Komponen, Some("002")));
    let said = doubts(&doc);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].starts_with("row 12: the code '995' may be a komponen or a rincian output"),
        "{said:?}"
    );
}

/// A percentage column beside the amounts does not add up a hierarchy: the levels are read
/// as without it. Realisasi ÷ pagu by hand: 75,00 for the program, kegiatan, output, RO 994,
/// RO 995 and its rows; 50,00 for komponen 001 and its rows; 83,33 for komponen 002's.
#[test]
fn a_percentage_column_does_not_weigh_in_the_levels() {
    let rows: Vec<[&str; 5]> = BARE
        .iter()
        .enumerate()
        .map(|(i, [k, u, p, r])| {
            let percent = match i {
                0 => "%",
                5..=7 => "50.00",
                8..=10 => "83.33",
                _ => "75.00",
            };
            [*k, *u, *p, *r, percent]
        })
        .collect();
    let doc = read_table(&rows);
    assert_bare(&doc);
    assert!(doubts(&doc).is_empty(), "{:?}", doubts(&doc));
}

/// `DL` after an akun, over the kegiatan `6709`, is the second program (not a sub-komponen of
/// the first): program WA = 6 000 000, program DL = 2 000 000, JUMLAH 8 000 000 by hand.
#[test]
fn a_second_program_written_alone_after_an_akun_is_a_program() {
    let rows = [
        ["Kode", "Uraian", "Pagu", "Realisasi"],
        ["WA", "Program Dukungan Manajemen", "6000000", "4500000"],
        ["4305", "Dukungan Manajemen KPU", "6000000", "4500000"],
        ["EBA", "Layanan Internal", "6000000", "4500000"],
        ["994", "Layanan Perkantoran", "6000000", "4500000"],
        ["001", "Gaji", "6000000", "4500000"],
        ["521111", "Belanja Pegawai", "1000000", "500000"],
        ["521211", "Belanja Bahan", "5000000", "4000000"],
        ["DL", "Program Penyelenggaraan Pemilu", "2000000", "1000000"],
        ["6709", "Pelaksanaan Pemilu", "2000000", "1000000"],
        ["QGE", "Layanan", "2000000", "1000000"],
        ["995", "Layanan Umum", "2000000", "1000000"],
        ["051", "Pengadaan", "2000000", "1000000"],
        ["521211", "Belanja Bahan", "2000000", "1000000"],
        ["", "JUMLAH", "8000000", "5500000"],
    ];
    let doc = read_table(&rows);
    let programs: Vec<(Level, Option<&str>)> = levels_and_codes(&doc)
        .into_iter()
        .filter(|(l, _)| *l <= Level::Kegiatan)
        .collect();
    assert_eq!(
        programs,
        [
            (Level::Program, Some("WA")),
            (Level::Kegiatan, Some("4305")),
            (Level::Program, Some("DL")),
            (Level::Kegiatan, Some("6709")),
        ]
    );
    assert_eq!(sum(&doc, Field::Pagu), dec("8000000"));
    assert!(doubts(&doc).is_empty(), "{:?}", doubts(&doc));
}

/// RO `994` mistyped as 1 000 000 (its rows add up to 4 000 000): the sums would make `002`
/// an RO, but an RO does not stand right over a sub-komponen (`A`), so `002` stays a
/// komponen, and `check` fails on the RO's sums (row 5), never "ok".
#[test]
fn a_mistyped_heading_amount_fails_check_and_moves_no_level_silently() {
    let rows = bare_with(|row| {
        if row[0] == "994" {
            row[2] = "1000000";
            row[3] = "500000";
        }
    });
    let doc = read_table(&rows);
    assert_eq!(levels_and_codes(&doc)[6], (Level::Komponen, Some("002")));
    let dir = tempfile::tempdir().unwrap();
    let path = write_table(dir.path(), &rows);
    let out = lakip(dir.path())
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let at_994 = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["code"] == "sum-heading" && d.to_string().contains("C5"));
    assert!(at_994, "{json}");
    assert_ne!(out.status.code(), Some(0));
}

/// `995` right after RO `994`, with nothing under either: a komponen of 994 would leave 994
/// short (2 000 000 of 4 000 000); as the next RO it makes the KRO add up exactly
/// (4 000 000 + 2 000 000 = 6 000 000): two ROs under the KRO, no doubt.
#[test]
fn sibling_codes_with_nothing_under_them_are_placed_by_the_sums() {
    let rows = [
        ["Kode", "Uraian", "Pagu", "Realisasi"],
        [
            "EBA",
            "Layanan Dukungan Manajemen Internal",
            "6000000",
            "4500000",
        ],
        ["994", "Layanan Perkantoran", "4000000", "3000000"],
        ["995", "Layanan Umum", "2000000", "1500000"],
        ["", "JUMLAH", "6000000", "4500000"],
    ];
    let doc = read_table(&rows);
    assert_eq!(levels_and_codes(&doc), [(Level::Output, Some("EBA"))]);
    assert_eq!(
        items_under(&doc),
        [(Some(0), Some("994")), (Some(0), Some("995"))]
    );
    assert!(doubts(&doc).is_empty(), "{:?}", doubts(&doc));
}

/// Where the table writes its ROs with dots (`EBA.994`), a code written alone (`001`) is no
/// RO: komponen `001` and `002`, with nothing under them, are both komponen of RO 994.
#[test]
fn a_level_the_table_writes_with_dots_is_not_taken_by_a_code_written_alone() {
    let rows = [
        ["Kode", "Uraian", "Pagu", "Realisasi"],
        [
            "4305.EBA",
            "Layanan Dukungan Manajemen Internal",
            "5000000",
            "4000000",
        ],
        ["EBA.994", "Layanan Perkantoran", "3000000", "2500000"],
        ["001", "Gaji dan Tunjangan", "1000000", "1000000"],
        ["002", "Operasional Kantor", "2000000", "1500000"],
        ["EBA.995", "Layanan Umum", "2000000", "1500000"],
        ["051", "Pengadaan", "2000000", "1500000"],
        ["", "JUMLAH", "5000000", "4000000"],
    ];
    let doc = read_table(&rows);
    assert_eq!(
        levels_and_codes(&doc),
        [
            (Level::Output, Some("4305.EBA")),
            (Level::RincianOutput, Some("EBA.994")),
            (Level::RincianOutput, Some("EBA.995")),
        ]
    );
    assert_eq!(
        items_under(&doc),
        [
            (Some(1), Some("001")),
            (Some(1), Some("002")),
            (Some(2), Some("051"))
        ]
    );
    assert!(doubts(&doc).is_empty(), "{:?}", doubts(&doc));
}

/// In a table that writes each code alone at the start of its text, the detail rows under an
/// akun that start with an acronym (`ATK …`, `BBM …`) are its items, not KRO headings: they
/// stand among the akun's details (`ATK` first, within the akun's 30 000 000) and head no
/// code after them (a KRO would head an RO). Said at each row. By hand: 10 000 000 + 12 000 000 +
/// 8 000 000 = 30 000 000, the akun's pagu; with the other akun's 20 000 000, the JUMLAH.
/// A text is kept as written, its two spaces after `BBM` too.
#[test]
fn acronyms_under_an_akun_stay_text_where_codes_are_written_alone() {
    support::english();
    let rows = [
        ["Uraian", "Pagu", "Realisasi"],
        ["WA Program Dukungan Manajemen", "50000000", "41000000"],
        [
            "4305 Dukungan Manajemen Internal KPU",
            "50000000",
            "41000000",
        ],
        [
            "EBA Layanan Dukungan Manajemen Internal",
            "50000000",
            "41000000",
        ],
        ["994 Layanan Perkantoran", "50000000", "41000000"],
        [
            "002 Operasional dan Pemeliharaan Kantor",
            "50000000",
            "41000000",
        ],
        ["A Tanpa Sub Komponen", "50000000", "41000000"],
        [
            "521111 Belanja Operasional Perkantoran",
            "30000000",
            "25000000",
        ],
        ["ATK dan bahan komputer", "10000000", "8000000"],
        ["BBM  kendaraan dinas", "12000000", "10000000"],
        ["Langganan daya dan jasa", "8000000", "7000000"],
        ["523111 Belanja Pemeliharaan Gedung", "20000000", "16000000"],
        ["JUMLAH", "50000000", "41000000"],
    ];
    let doc = read_table(&rows);
    let codes: Vec<Option<&str>> = levels_and_codes(&doc).into_iter().map(|(_, c)| c).collect();
    assert_eq!(
        codes,
        [
            Some("WA"),
            Some("4305"),
            Some("EBA"),
            Some("994"),
            Some("002"),
            Some("A"),
            Some("521111")
        ]
    );
    let items = item_texts(&doc);
    assert_eq!(
        items,
        [
            "ATK dan bahan komputer",
            "BBM  kendaraan dinas",
            "Langganan daya dan jasa",
            "Belanja Pemeliharaan Gedung"
        ]
    );
    assert_eq!(sum(&doc, Field::Pagu), dec("50000000"));
    assert_eq!(sum(&doc, Field::Realisasi), dec("41000000"));
    let said = notices(&doc, NoticeKind::Ambiguous);
    assert!(
        said.iter().any(|m| m.starts_with("row 9: 'ATK'"))
            && said.iter().any(|m| m.starts_with("row 10: 'BBM'")),
        "{said:?}"
    );
    assert!(doubts(&doc).is_empty(), "{:?}", doubts(&doc));
}

/// The first detail rows of an akun may start with two capitals (`AC split …`, `TV LED …`):
/// they are its items, not a program or sub-komponen, since the akun has room for them and
/// neither heads the code after it; `DL` after them heads the kegiatan `6709` (400 within
/// its 400) and is the second program. By hand: 600 + 400 = 1 000, the akun's pagu; the two
/// programs 1 000 + 400 = 1 400, realisasi 900 + 400 = 1 300.
#[test]
fn two_capitals_starting_an_akuns_first_details_are_text_and_a_program_after_them_is_not() {
    support::english();
    let rows = [
        ["Uraian", "Pagu", "Realisasi"],
        ["WA Program Dukungan Manajemen", "1000", "900"],
        ["4305 Penyelenggaraan Kesekretariatan", "1000", "900"],
        ["EBA Layanan Dukungan Manajemen Internal", "1000", "900"],
        ["951 Layanan Sarana Internal", "1000", "900"],
        ["052 Pengadaan Peralatan Kantor", "1000", "900"],
        ["532111 Belanja Modal Peralatan dan Mesin", "1000", "900"],
        ["AC split 2 PK 4 unit", "600", "500"],
        ["TV LED 50 inch 2 unit", "400", "400"],
        ["DL Program Penegakan Hukum", "400", "400"],
        ["6709 Penyidikan", "400", "400"],
        ["QDC Layanan Hukum", "400", "400"],
        ["995 Layanan Hukum Internal", "400", "400"],
        ["001 Penyusunan Peraturan", "400", "400"],
        ["521211 Belanja Bahan", "400", "400"],
        ["Bahan", "400", "400"],
    ];
    let doc = read_table(&rows);
    let programs: Vec<(Level, Option<&str>)> = levels_and_codes(&doc)
        .into_iter()
        .filter(|(l, _)| *l == Level::Program)
        .collect();
    assert_eq!(
        programs,
        [(Level::Program, Some("WA")), (Level::Program, Some("DL"))]
    );
    let items = item_texts(&doc);
    assert_eq!(
        items,
        ["AC split 2 PK 4 unit", "TV LED 50 inch 2 unit", "Bahan"]
    );
    assert_eq!(sum(&doc, Field::Pagu), dec("1400"));
    assert_eq!(sum(&doc, Field::Realisasi), dec("1300"));
    assert!(doubts(&doc).is_empty(), "{:?}", doubts(&doc));
}

/// Read as a RAK (`--kind rak`), the RKT's program rows and subtotals are no actions: the
/// five kegiatan are, and each other row is said as a doubt.
#[test]
fn an_rkt_forced_as_a_rak_gives_no_action_for_its_program_and_total_rows() {
    let dir = tempfile::tempdir().unwrap();
    let [path, _] = both(&fx::rkt_case1(fx::Subtotal::Short), dir.path(), "rkt");
    let out = lakip(dir.path())
        .args(["import", "--dry-run", "--format", "json", "--kind", "rak"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let doc = &json["documents"][0];
    let actions = doc["items"].as_array().unwrap();
    // 250 000 000 + 175 500 000 + 74 500 000 + 1 200 000 000 + 300 000 000 = 2 000 000 000.
    assert_eq!(actions.len(), 5, "{doc}");
    let doubts: Vec<&str> = doc["notices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "doubt")
        .map(|n| n["location"]["cell"].as_str().unwrap())
        .collect();
    // The two program rows (A5, A10), the two subtotals and the JUMLAH (B9, B13, B14).
    assert_eq!(doubts, ["A5", "B9", "A10", "B13", "B14"], "{doc}");
    let unread: Vec<&str> = doc["notices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "unread-column")
        .map(|n| n["location"]["cell"].as_str().unwrap())
        .collect();
    // Program / Kegiatan, Output and Ket have no place in a RAK.
    assert_eq!(unread, ["B4", "F4", "H4"], "{doc}");
}

/// A header two kinds read equally well is not guessed at: `Program | Sasaran | Indikator |
/// Target | Anggaran` is an rkt leaving Target out, or a RAK leaving Program out. The import
/// stops (exit 2), naming both and `--kind`; with `--kind` it reads.
#[test]
fn a_header_two_kinds_read_equally_well_asks_for_kind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.xlsx");
    support::fixtures::table_xlsx(
        &path,
        "Sheet1",
        &[
            &["Program", "Sasaran", "Indikator", "Target", "Anggaran"],
            &["Program A", "", "", "", ""],
            &["Kegiatan 1", "Sasaran 1", "Indikator 1", "100%", "1000000"],
        ],
    )
    .unwrap();
    let out = lakip(dir.path())
        .args(["import", "--dry-run"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("reads as rak")
            && err.contains("and as rkt")
            && err.contains("equally well: choose with --kind rak or --kind rkt"),
        "{err}"
    );
    lakip(dir.path())
        .args(["import", "--dry-run", "--kind", "rkt"])
        .arg(&path)
        .assert()
        .success();
}

/// One column between the two kinds: the better one is taken, and the other named in a doubt
/// that `check` reports (`doubt`), so check never says "ok" over it.
#[test]
fn a_close_second_kind_is_a_doubt_that_check_reports() {
    support::english();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.xlsx");
    // rkt places No, Program, Sasaran, Indikator, Anggaran, Ket (6) and leaves Target; a RAK
    // places No, Sasaran, Indikator, Target, Biaya (5) and leaves Program and Ket.
    support::fixtures::table_xlsx(
        &path,
        "Sheet1",
        &[
            &[
                "No",
                "Program",
                "Sasaran",
                "Indikator",
                "Target",
                "Anggaran",
                "Ket",
            ],
            &["1", "Program A", "", "", "", "", ""],
            &[
                "",
                "Kegiatan 1",
                "Sasaran 1",
                "Indikator 1",
                "100%",
                "1000000",
                "",
            ],
            &["", "JUMLAH", "", "", "", "1000000", ""],
        ],
    )
    .unwrap();
    let doc = read_one(&path);
    assert_eq!(doc.kind, DocKind::Rkt);
    let doubts = notices(&doc, NoticeKind::Doubt);
    assert_eq!(doubts.len(), 1, "{doubts:?}");
    assert!(
        doubts[0].contains("a RAK table reads the header almost as well")
            && doubts[0].contains("--kind rak"),
        "{doubts:?}"
    );
    let out = lakip(dir.path()).arg("check").arg(&path).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("warning[doubt]"), "{text}");
    assert!(!text.contains("ok: 0 errors, 0 warnings"), "{text}");
}

/// A RAK with its months and pelaksana stays a RAK; an rkt far behind is named in the reason,
/// with no doubt.
#[test]
fn a_rak_far_ahead_of_an_rkt_is_no_doubt() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.xlsx");
    support::fixtures::table_xlsx(
        &path,
        "Sheet1",
        &[
            &[
                "No",
                "Sasaran",
                "Indikator",
                "Target",
                "Biaya",
                "Pelaksana",
                "Jan",
                "Feb",
                "Mar",
            ],
            &[
                "1",
                "Sasaran 1",
                "Indikator 1",
                "100%",
                "1000000",
                "Subbag",
                "v",
                "",
                "",
            ],
        ],
    )
    .unwrap();
    let doc = read_one(&path);
    assert_eq!(doc.kind, DocKind::Rak);
    assert!(
        doc.kind_reason.contains("rkt would leave"),
        "{}",
        doc.kind_reason
    );
    assert!(notices(&doc, NoticeKind::Doubt).is_empty());
    assert!(notices(&doc, NoticeKind::UnreadColumn).is_empty());
}

/// Texts under a header name no role takes (`Sumber Dana`) are said once for the column, not
/// dropped; a column already said at the header (a Satuan an anggaran has no place for) is not
/// said twice.
#[test]
fn a_text_column_no_role_takes_is_said_once() {
    // The notices asserted below are the English ones.
    support::english();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.xlsx");
    support::fixtures::table_xlsx(
        &path,
        "Realisasi",
        &[
            &["Uraian", "Sumber Dana", "Satuan", "Pagu", "Realisasi"],
            &["Belanja Bahan", "RM", "Paket", "1000000", "900000"],
            &["Belanja Jasa", "RM", "Paket", "2000000", "1000000"],
            &["Belanja Modal", "", "Unit", "500000", "500000"],
            &["JUMLAH", "", "", "3500000", "2400000"],
        ],
    )
    .unwrap();
    let doc = read_one(&path);
    assert_eq!(doc.items().len(), 3);
    // 900 000 + 1 000 000 + 500 000 = 2 400 000 = JUMLAH.
    assert_eq!(sum(&doc, Field::Realisasi), dec("2400000"));
    let unread = notices(&doc, NoticeKind::UnreadColumn);
    assert_eq!(
        unread,
        [
            "column C ('Satuan') has no place in a table of kind anggaran: its cells are not \
             imported",
            "column B ('Sumber Dana', which names no column lakip reads) holds text in 2 rows \
             that is not imported",
        ],
        "{unread:?}"
    );
}

/// A realisasi table whose uraian of `b.` runs on into the row under it, written with no
/// number and no amounts, and the remark `Sasaran 2: …` above program 2.
fn wrapped_uraian(rest: &'static str) -> Vec<[&'static str; 5]> {
    vec![
        ["No", "Program/Kegiatan", "Pagu", "Realisasi", "%"],
        ["1", "Program Dukungan Manajemen", "1000000", "900000", "90"],
        ["a.", "Belanja Pegawai", "600000", "550000", "91.67"],
        [
            "b.",
            "Belanja Barang dan Jasa untuk",
            "400000",
            "350000",
            "87.5",
        ],
        ["", rest, "", "", ""],
        ["", "Sasaran 2: pemilu yang berkualitas", "", "", ""],
        [
            "2",
            "Program Penyelenggaraan Pemilu",
            "500000",
            "450000",
            "90",
        ],
        ["a.", "Belanja Barang", "500000", "450000", "90"],
    ]
}

/// The text under an item with amounts is its uraian running on (or a remark), not items that
/// made `b.` a heading: read that way `b.`'s 400 000 stated nothing its items added up to, and
/// the realisasi dropped 400 000 and 350 000 while `check` said ok. By hand: the items add up
/// to 600 000 + 400 000 + 500 000 = 1 500 000 pagu and 550 000 + 350 000 + 450 000 =
/// 1 350 000 realisasi, as the programs state (1 000 000 + 500 000; 900 000 + 450 000).
#[test]
fn text_under_an_item_with_amounts_is_its_uraian_running_on_not_items_of_a_heading() {
    support::english();
    let doc = read_table(&wrapped_uraian("kebutuhan operasional kantor"));
    assert_eq!(
        item_texts(&doc),
        [
            "Belanja Pegawai",
            "Belanja Barang dan Jasa untuk kebutuhan operasional kantor",
            "Belanja Barang"
        ]
    );
    assert_eq!(sum(&doc, Field::Pagu), dec("1500000"));
    assert_eq!(sum(&doc, Field::Realisasi), dec("1350000"));
    let headings = heading_texts(&doc);
    assert_eq!(
        headings,
        [
            "Program Dukungan Manajemen",
            "Program Penyelenggaraan Pemilu"
        ]
    );
    assert_eq!(count(&doc, RowClass::Continuation), 2);
    let said = notices(&doc, NoticeKind::Continuation);
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(
        said[0].starts_with("row 5 ('kebutuhan operasional kantor') has no number and no amounts: read as the rest of the uraian of row 4"),
        "{}",
        said[0]
    );
    assert!(
        said[1].starts_with("row 6 ('Sasaran 2: pemilu yang berkualitas') has no number and no amounts: read as a note under row 4"),
        "{}",
        said[1]
    );
}

/// A capitalised line under an uraian that ends on a full word is a note, not its rest: the
/// uraian stays as written, the money is the same.
#[test]
fn a_capitalised_line_under_an_item_is_a_note_and_the_uraian_stays_as_written() {
    support::english();
    let mut rows = wrapped_uraian("Kantor KPU Kota");
    rows[3][1] = "Belanja Barang dan Jasa";
    let doc = read_table(&rows);
    assert_eq!(
        item_texts(&doc),
        [
            "Belanja Pegawai",
            "Belanja Barang dan Jasa",
            "Belanja Barang"
        ]
    );
    assert_eq!(sum(&doc, Field::Pagu), dec("1500000"));
    let said = notices(&doc, NoticeKind::Continuation);
    assert!(said[0].contains("read as a note under row 4"), "{said:?}");
}

/// Text rows that lead into deeper numbered rows still make the row above their heading.
#[test]
fn a_text_row_above_deeper_numbered_rows_leaves_the_row_above_a_heading() {
    let doc = read_table(&[
        ["No", "Program/Kegiatan", "Pagu", "Realisasi", "%"],
        ["1", "Program Dukungan Manajemen", "1000000", "900000", "90"],
        ["", "Sasaran: tata kelola yang baik", "", "", ""],
        ["a.", "Belanja Pegawai", "600000", "550000", "91.67"],
        ["b.", "Belanja Barang", "400000", "350000", "87.5"],
    ]);
    let headings = heading_texts(&doc);
    assert_eq!(headings, ["Program Dukungan Manajemen"]);
    assert_eq!(sum(&doc, Field::Pagu), dec("1000000"));
    assert!(notices(&doc, NoticeKind::Continuation).is_empty());
}

/// In a workspace, `realisasi` of the wrapped table counts every program's money and `check`
/// finds every sum right. Read with `b.` as a heading, the Jumlah of `realisasi` was 1.100.000
/// and 1.000.000 while `check` said ok.
#[test]
fn realisasi_of_a_table_with_a_wrapped_uraian_counts_all_of_its_money() {
    let dir = tempfile::tempdir().unwrap();
    let mut rows = wrapped_uraian("kebutuhan operasional kantor");
    rows.push(["", "Jumlah", "1500000", "1350000", "90"]);
    let path = write_table(dir.path(), &rows);
    lakip(dir.path())
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .success();
    lakip(dir.path())
        .arg("import")
        .arg(&path)
        .assert()
        .success();
    let out = lakip(dir.path()).arg("realisasi").assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let jumlah = text
        .lines()
        .find(|l| l.contains("Jumlah"))
        .unwrap_or_default();
    assert!(
        jumlah.contains("1.500.000") && jumlah.contains("1.350.000"),
        "{text}"
    );
    let out = lakip(dir.path()).arg("check").assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("ok: 0 errors"), "{text}");
}

/// A realisasi table in thousands of rupiah, as its title or its headers state.
fn in_thousands(title: Option<&'static str>, unit: &'static str) -> Vec<[String; 5]> {
    let mut rows: Vec<[String; 5]> = Vec::new();
    if let Some(t) = title {
        rows.push([
            "LAPORAN REALISASI ANGGARAN 2023".into(),
            "".into(),
            "".into(),
            "".into(),
            "".into(),
        ]);
        rows.push([t.into(), "".into(), "".into(), "".into(), "".into()]);
    }
    let header = [
        "No",
        "Program/Kegiatan",
        &format!("Pagu{unit}"),
        &format!("Realisasi{unit}"),
        "%",
    ];
    rows.push(header.map(String::from));
    for r in [
        ["1", "Program Dukungan Manajemen", "1500", "1350", "90"],
        ["a.", "Belanja Pegawai", "1000", "950", "95"],
        ["b.", "Belanja Barang", "500", "400", "80"],
        ["", "Jumlah", "1500", "1350", "90"],
    ] {
        rows.push(r.map(String::from));
    }
    rows
}

fn read_strings(rows: &[[String; 5]]) -> Document {
    let rows: Vec<[&str; 5]> = rows
        .iter()
        .map(|r| r.each_ref().map(String::as_str))
        .collect();
    read_table(&rows)
}

/// Amounts a header states in thousands (`Pagu (Rp 000)`, `Realisasi (Rp ribu)`) or a title
/// does (`(dalam ribuan rupiah)`) are rupiah times 1 000, said at the header: read as written
/// the realisasi was a thousandth of the money and every sum still agreed. By hand: 1 000 +
/// 500 = 1 500 thousand = 1 500 000 pagu; 950 + 400 = 1 350 thousand = 1 350 000 realisasi.
#[test]
fn amounts_in_thousands_are_read_in_rupiah_and_said() {
    support::english();
    for (title, unit, said) in [
        (None, " (Rp 000)", "column C ('Pagu (Rp 000)') states its amounts in units of Rp1.000"),
        (None, " (Rp ribu)", "column D ('Realisasi (Rp ribu)') states its amounts in units of Rp1.000"),
        (
            Some("(dalam ribuan rupiah)"),
            "",
            "the title states the amounts in units of Rp1.000 ('(dalam ribuan rupiah)'): the numbers of columns C ('Pagu'), D ('Realisasi') are read times 1.000",
        ),
    ] {
        let doc = read_strings(&in_thousands(title, unit));
        assert_eq!(sum(&doc, Field::Pagu), dec("1500000"), "{unit}");
        assert_eq!(sum(&doc, Field::Realisasi), dec("1350000"), "{unit}");
        let stated = doc.totals()[0].stated.get(&Field::Pagu).and_then(|q| q.value);
        assert_eq!(stated, Some(dec("1500000")), "{unit}");
        let notes = notices(&doc, NoticeKind::Ambiguous);
        assert!(notes.iter().any(|n| n.starts_with(said)), "{notes:?}");
    }
}

/// A row of units under the header naming a scale (`(Rp ribu) | (Rp ribu) | (%) | (Rp
/// ribu)`) was read as a row of amounts and refused: `cannot read "(Rp ribu)" as a number`.
/// Now it is part of the header, as `(Rp)` is, and its scale is read. By hand: 1 000 + 500 =
/// 1 500 thousand = 1 500 000 pagu; 800 + 400 = 1 200 000 realisasi.
#[test]
fn a_units_row_naming_a_scale_is_part_of_the_header() {
    support::english();
    let doc = read_table(&[
        ["No", "Uraian", "Pagu", "Realisasi", "%", "Sisa"],
        ["", "", "(Rp ribu)", "(Rp ribu)", "(%)", "(Rp. 000)"],
        ["1", "Program Dukungan Manajemen", "", "", "", ""],
        ["1.1", "Belanja Pegawai", "1000", "800", "80,00", "200"],
        ["1.2", "Belanja Barang", "500", "400", "80,00", "100"],
        ["", "Jumlah", "1500", "1200", "80,00", "300"],
    ]);
    assert_eq!(sum(&doc, Field::Pagu), dec("1500000"));
    assert_eq!(sum(&doc, Field::Realisasi), dec("1200000"));
    assert_eq!(sum(&doc, Field::Sisa), dec("300000"));
    let notes = notices(&doc, NoticeKind::Ambiguous);
    assert!(
        notes.contains(&"column C ('Pagu (Rp ribu)') states its amounts in units of Rp1.000: its numbers are read times 1.000, in rupiah".to_string()),
        "{notes:?}"
    );
}

/// `Pagu (Rp 000) | Realisasi (Rp 000) | % | Sisa`: the Sisa column, stating no unit, is in
/// thousands as the others; read in rupiah, every row's sisa disagreed with pagu − realisasi
/// (300 against 300 000). By hand: 1 500 − 1 200 = 300 thousand = 300 000, and 1 000 − 800 =
/// 200 thousand. A `Sisa (Rp)` beside them states rupiah: read as written.
#[test]
fn a_sisa_stating_no_unit_beside_columns_in_thousands_is_in_thousands() {
    support::english();
    let table = |sisa: &'static str| {
        read_table(&[
            [
                "No",
                "Uraian",
                "Pagu (Rp 000)",
                "Realisasi (Rp 000)",
                "%",
                sisa,
            ],
            ["1", "Program Dukungan Manajemen", "", "", "", ""],
            ["1.1", "Belanja Pegawai", "1000", "800", "80,00", "200"],
            ["1.2", "Belanja Barang", "500", "400", "80,00", "100"],
            ["", "Jumlah", "1500", "1200", "80,00", "300"],
        ])
    };
    let doc = table("Sisa");
    assert_eq!(sum(&doc, Field::Sisa), dec("300000"));
    assert_eq!(sum(&doc, Field::Pagu), dec("1500000"));
    let stated = doc.totals()[0]
        .stated
        .get(&Field::Sisa)
        .and_then(|q| q.value);
    assert_eq!(stated, Some(dec("300000")));
    let notes = notices(&doc, NoticeKind::Ambiguous);
    assert!(
        notes.contains(&"column F ('Sisa') states no unit, and every other money column states Rp1.000 ('Pagu (Rp 000)'): its numbers are read times 1.000 too, in rupiah".to_string()),
        "{notes:?}"
    );
    let rupiah = table("Sisa (Rp)");
    assert_eq!(sum(&rupiah, Field::Sisa), dec("300"));
}

/// The unit written as a part of a longer title line, in brackets or after a dash, is the
/// table's unit too: it was taken only from a line of its own, and the amounts were read a
/// thousandth (a millionth) of the money with `check` saying ok. By hand as above: 1 500
/// thousand = 1 500 000, or 1 500 million = 1 500 000 000.
#[test]
fn a_unit_inside_a_longer_title_line_is_read() {
    support::english();
    for (title, pagu, said) in [
        (
            "REALISASI ANGGARAN KPU KOTA SERANG 2023 (dalam ribuan rupiah)",
            "1500000",
            "units of Rp1.000 ('dalam ribuan rupiah')",
        ),
        (
            "Keadaan s.d. 31 Desember 2023 (Dalam Juta Rupiah)",
            "1500000000",
            "units of Rp1.000.000 ('Dalam Juta Rupiah')",
        ),
        (
            "Satker KPU Kota Serang - dalam ribuan rupiah",
            "1500000",
            "units of Rp1.000 ('dalam ribuan rupiah')",
        ),
        (
            "REALISASI ANGGARAN 2023 (dalam Rp. 1.000)",
            "1500000",
            "units of Rp1.000 ('dalam Rp. 1.000')",
        ),
    ] {
        let doc = read_strings(&in_thousands(Some(title), ""));
        assert_eq!(sum(&doc, Field::Pagu), dec(pagu), "{title}");
        let notes = notices(&doc, NoticeKind::Ambiguous);
        let said = format!("the title states the amounts in {said}");
        assert!(
            notes.iter().any(|n| n.starts_with(&said)),
            "{title}: {notes:?}"
        );
    }
}

/// In millions (`Anggaran (Rp juta)`), and a percentage column is no money: it stays as written.
#[test]
fn amounts_in_millions_are_read_in_rupiah_and_percentages_stay() {
    let doc = read_strings(&in_thousands(None, " (Rp juta)"));
    assert_eq!(sum(&doc, Field::Pagu), dec("1500000000"));
    let percent: Vec<Decimal> = doc
        .items()
        .iter()
        .filter_map(|i| i.amounts.get(&Field::StatedPercent).and_then(|q| q.value))
        .collect();
    assert_eq!(percent, [dec("95"), dec("80")]);
}

/// A RAK's `Perkiraan Biaya (Rp 000)` is read in rupiah too.
#[test]
fn a_rak_biaya_in_thousands_is_read_in_rupiah() {
    let doc = read_table(&[
        [
            "No",
            "Sasaran",
            "Indikator",
            "Target",
            "Rencana Aksi",
            "B1",
            "B2",
            "Perkiraan Biaya (Rp 000)",
        ],
        [
            "1",
            "Meningkatnya partisipasi",
            "Persentase partisipasi",
            "77,5%",
            "Sosialisasi pemilih",
            "v",
            "",
            "1500",
        ],
        ["", "", "", "", "Rapat koordinasi", "", "v", "2500"],
    ]);
    assert_eq!(doc.kind, DocKind::Rak);
    let biaya: Vec<Decimal> = doc
        .indicators()
        .iter()
        .filter_map(|i| i.biaya().and_then(|q| q.value))
        .collect();
    assert_eq!(biaya, [dec("1500000"), dec("2500000")]);
}

/// A notes line among the rows of a table of bare headings (`Catatan: angka sementara` in row
/// 7) is a note: `Belanja Jasa` under it stays in Program Penyelenggaraan Pemilu, whose items
/// then hold 500 000 + 100 000 = 600 000 of pagu and 450 000 + 90 000 = 540 000 realisasi.
/// Once it was a third program heading over `Belanja Jasa`, and `check` said ok.
#[test]
fn a_notes_line_among_the_rows_is_a_note_not_a_heading_of_the_rows_under_it() {
    support::english();
    let doc = read_table(&[
        ["Uraian", "Pagu", "Realisasi"],
        ["Program Dukungan Manajemen", "", ""],
        ["Belanja Pegawai", "600000", "550000"],
        ["Belanja Barang", "400000", "350000"],
        ["Program Penyelenggaraan Pemilu", "", ""],
        ["Belanja Barang Pemilu", "500000", "450000"],
        ["Catatan: angka sementara", "", ""],
        ["Belanja Jasa", "100000", "90000"],
        ["Jumlah", "1600000", "1440000"],
    ]);
    let headings = heading_texts(&doc);
    assert_eq!(
        headings,
        [
            "Program Dukungan Manajemen",
            "Program Penyelenggaraan Pemilu"
        ]
    );
    let pemilu: Decimal = doc
        .items()
        .iter()
        .filter(|i| i.heading == Some(1))
        .filter_map(|i| i.amounts.get(&Field::Realisasi).and_then(|q| q.value))
        .sum();
    assert_eq!(pemilu, dec("540000"));
    assert_eq!(count(&doc, RowClass::Note), 1);
    assert_eq!(
        notices(&doc, NoticeKind::Continuation),
        ["row 7 ('Catatan: angka sementara') opens a note: read as a note, not as a heading of the rows under it"]
    );
}

/// Items numbered `1)`, `2)` under programs numbered `1`, `2` in the No column: a level of their
/// own. Read as the programs' style (both arabic), the six rows were six items side by side,
/// 1 000 000 + 600 000 + 400 000 + 500 000 + 300 000 + 200 000 = 3 000 000 of pagu, and with
/// no total row nothing disagreed. By hand: two programs of two items each, 600 000 + 400 000
/// + 300 000 + 200 000 = 1 500 000, each program's own pagu their sum.
#[test]
fn items_numbered_with_a_parenthesis_are_a_level_under_programs_numbered_without() {
    support::english();
    let doc = read_table(&[
        ["No", "Program/Kegiatan", "Pagu", "Realisasi"],
        ["1", "Program Dukungan Manajemen", "1000000", "900000"],
        ["", "1) Belanja Pegawai", "600000", "550000"],
        ["", "2) Belanja Barang dan Jasa", "400000", "350000"],
        ["2", "Program Penyelenggaraan Pemilu", "500000", "450000"],
        ["", "1) Belanja Barang", "300000", "250000"],
        ["", "2) Belanja Modal", "200000", "200000"],
    ]);
    let headings = heading_texts(&doc);
    assert_eq!(
        headings,
        [
            "Program Dukungan Manajemen",
            "Program Penyelenggaraan Pemilu"
        ]
    );
    assert_eq!(
        item_texts(&doc),
        [
            "Belanja Pegawai",
            "Belanja Barang dan Jasa",
            "Belanja Barang",
            "Belanja Modal"
        ]
    );
    assert_eq!(sum(&doc, Field::Pagu), dec("1500000"));
    assert_eq!(sum(&doc, Field::Realisasi), dec("1350000"));
}

/// The stated percentage of each item, in order.
fn stated_percents(doc: &Document) -> Vec<Option<Decimal>> {
    doc.items()
        .iter()
        .map(|i| i.amounts.get(&Field::StatedPercent).and_then(|q| q.value))
        .collect()
}

/// A realisation table whose second header row names the unit of each column, `(Rp) | (Rp) |
/// (%)` under `Pagu Anggaran | Realisasi` (the `%` column unnamed above). The import used to
/// stop at the first unit: `cannot read "(Rp)" as a number`. By hand: one program of two
/// items, 600 000 + 400 000 = 1 000 000 of pagu and 550 000 + 350 000 = 900 000 of realisasi,
/// as the program's row and the Jumlah state; the items' percentages 91,67 and 87,50.
#[test]
fn a_row_of_units_under_the_header_is_part_of_the_header() {
    support::english();
    let body = [
        ["1", "Program Dukungan Manajemen", "1000000", "900000", "90"],
        ["", "a. Belanja Pegawai", "600000", "550000", "91.67"],
        ["", "b. Belanja Barang dan Jasa", "400000", "350000", "87.5"],
        ["", "Jumlah", "1000000", "900000", "90"],
    ];
    let header = ["No", "Program/Kegiatan", "Pagu Anggaran", "Realisasi", ""];
    for units in [
        ["", "", "(Rp)", "(Rp)", "(%)"],
        ["", "", "", "Rp", "%"],
        ["", "", "Rp.", "Rupiah", "(%)"],
    ] {
        let mut rows = vec![header, units];
        rows.extend(body);
        let doc = read_table(&rows);
        assert_eq!(count(&doc, RowClass::Header), 2, "{units:?}");
        assert_eq!(count(&doc, RowClass::Item), 2, "{units:?}");
        assert_eq!(sum(&doc, Field::Pagu), dec("1000000"), "{units:?}");
        assert_eq!(sum(&doc, Field::Realisasi), dec("900000"), "{units:?}");
        assert_eq!(
            stated_percents(&doc),
            [Some(dec("91.67")), Some(dec("87.5"))],
            "{units:?}"
        );
        assert!(doc
            .totals()
            .iter()
            .all(|t| t.stated[&Field::Pagu].value == Some(dec("1000000"))));
    }
}

/// The same table as a workbook lays it out: `Realisasi` merged across its rupiah and percent
/// columns, the other names merged down, the units under them. By hand as above.
#[test]
fn a_row_of_units_under_a_merged_title_splits_its_columns() {
    support::english();
    let num = |n: u64| fx::V::Num(n);
    let rows = vec![
        vec![
            ("no", fx::t("1")),
            ("uraian", fx::t("Program Dukungan Manajemen")),
            ("pagu", num(1_000_000)),
            ("real", num(900_000)),
            ("pct", fx::V::Dec(90.0)),
        ],
        vec![
            ("uraian", fx::t("a. Belanja Pegawai")),
            ("pagu", num(600_000)),
            ("real", num(550_000)),
            ("pct", fx::V::Dec(91.67)),
        ],
        vec![
            ("uraian", fx::t("b. Belanja Barang dan Jasa")),
            ("pagu", num(400_000)),
            ("real", num(350_000)),
            ("pct", fx::V::Dec(87.5)),
        ],
    ];
    let grid = fx::Grid {
        sheet: "Realisasi".into(),
        title: vec!["LAPORAN REALISASI ANGGARAN".into()],
        order: vec!["no", "uraian", "pagu", "real", "pct"],
        header: vec![
            ("no", "No".into(), None),
            ("uraian", "Program/Kegiatan".into(), None),
            ("pagu", "Pagu Anggaran".into(), Some("(Rp)".into())),
            ("real", "Realisasi".into(), Some("(Rp)".into())),
            ("pct", "Realisasi".into(), Some("(%)".into())),
        ],
        groups: vec![("Realisasi".into(), "real", "pct")],
        amount_key: "pagu",
        rows,
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("units.xlsx");
    fx::write_xlsx(&grid, &path).unwrap();
    let doc = read_one(&path);
    assert_eq!(doc.kind, DocKind::Anggaran);
    assert_eq!(count(&doc, RowClass::Item), 2);
    assert_eq!(sum(&doc, Field::Pagu), dec("1000000"));
    assert_eq!(sum(&doc, Field::Realisasi), dec("900000"));
    assert_eq!(
        stated_percents(&doc),
        [Some(dec("91.67")), Some(dec("87.5"))]
    );
}

/// A monthly realisation report: `Realisasi` over `s.d. Bulan Lalu | Bulan Ini | s.d. Bulan
/// Ini`. The realisasi is the total up to this month (the third); the other two are said as
/// columns an anggaran does not keep. The import used to stop at `s.d. Bulan Lalu`, read as a
/// number. By hand: 400 000 + 150 000 = 550 000 and 300 000 + 50 000 = 350 000, together
/// 900 000 up to this month.
#[test]
fn a_monthly_report_reads_the_realisasi_up_to_this_month() {
    support::english();
    let doc = read_table(&[
        ["No", "Uraian", "Pagu", "Realisasi", "", "", "%", "Sisa"],
        [
            "",
            "",
            "",
            "s.d. Bulan Lalu",
            "Bulan Ini",
            "s.d. Bulan Ini",
            "",
            "",
        ],
        [
            "1",
            "Belanja Pegawai",
            "600000",
            "400000",
            "150000",
            "550000",
            "91.67",
            "50000",
        ],
        [
            "2",
            "Belanja Barang",
            "400000",
            "300000",
            "50000",
            "350000",
            "87.5",
            "50000",
        ],
        [
            "", "Jumlah", "1000000", "700000", "200000", "900000", "90", "100000",
        ],
    ]);
    assert_eq!(doc.kind, DocKind::Anggaran);
    let realisasi: Vec<Option<Decimal>> = (doc.items().iter())
        .map(|i| i.amounts.get(&Field::Realisasi).and_then(|q| q.value))
        .collect();
    assert_eq!(realisasi, [Some(dec("550000")), Some(dec("350000"))]);
    assert_eq!(sum(&doc, Field::Sisa), dec("100000"));
    let unread = notices(&doc, NoticeKind::UnreadColumn);
    assert_eq!(unread.len(), 2, "{unread:?}");
    // Each named as the report heads it: the period under its group.
    assert!(
        unread[0].contains("column D ('Realisasi s.d. Bulan Lalu')"),
        "{unread:?}"
    );
    assert!(unread[1].contains("column E ('Bulan Ini')"), "{unread:?}");
}

/// `Rp` written in a column of its own before each amount, as a printout aligns the currency:
/// `Pagu` and `Realisasi` name the `Rp` columns, the numbers stand beside them. The import
/// used to stop at the first `Rp` (a CSV's numbers, written `1.000.000`, were not seen as
/// numbers beside it; the cells here are such texts). By hand: 600 000 000 + 400 000 000 =
/// 1 000 000 000 and 550 000 000 + 350 000 000 = 900 000 000.
#[test]
fn a_currency_column_before_the_amounts_gives_way_to_the_numbers_beside_it() {
    support::english();
    let doc = read_table(&[
        ["No", "Program/Kegiatan", "Pagu", "", "Realisasi", "", "%"],
        [
            "1",
            "Program Dukungan Manajemen",
            "Rp",
            "1.000.000.000",
            "Rp",
            "900.000.000",
            "90",
        ],
        [
            "",
            "a. Belanja Pegawai",
            "Rp",
            "600.000.000",
            "Rp",
            "550.000.000",
            "91.67",
        ],
        [
            "",
            "b. Belanja Barang dan Jasa",
            "Rp",
            "400.000.000",
            "Rp",
            "350.000.000",
            "87.5",
        ],
        [
            "",
            "Jumlah",
            "Rp",
            "1.000.000.000",
            "Rp",
            "900.000.000",
            "90",
        ],
    ]);
    assert_eq!(count(&doc, RowClass::Item), 2);
    assert_eq!(sum(&doc, Field::Pagu), dec("1000000000"));
    assert_eq!(sum(&doc, Field::Realisasi), dec("900000000"));
    let tied: Vec<String> = doc
        .notices
        .iter()
        .map(|n| n.message.clone())
        .filter(|m| m.contains("tied by position"))
        .collect();
    assert_eq!(tied.len(), 2, "{tied:?}");
    // The `Rp` marks are no text of the rows: no column of them is said as not read.
    let unread = notices(&doc, NoticeKind::UnreadColumn);
    assert!(unread.is_empty(), "{unread:?}");
}

/// Program rows with their own amounts and their items under them, with nothing else to tell
/// them apart: no numbering (or a No that only counts the rows), no codes, no total row. Read
/// side by side, the six rows counted each program's money twice, 3 000 000 of pagu for
/// 1 500 000, and nothing disagreed. By hand: 600 000 + 400 000 = 1 000 000 (program 1),
/// 300 000 + 200 000 = 500 000 (program 2); realisasi 550 000 + 350 000 = 900 000 and
/// 250 000 + 200 000 = 450 000; together 1 500 000 and 1 350 000.
#[test]
fn rows_that_add_up_the_rows_under_them_are_their_headings() {
    support::english();
    let rows = [
        ["Program Dukungan Manajemen", "1000000", "900000"],
        ["Belanja Pegawai", "600000", "550000"],
        ["Belanja Barang dan Jasa", "400000", "350000"],
        ["Program Penyelenggaraan Pemilu", "500000", "450000"],
        ["Belanja Barang", "300000", "250000"],
        ["Belanja Modal", "200000", "200000"],
    ];
    let plain: Vec<[&str; 3]> = std::iter::once(["Uraian", "Pagu", "Realisasi"])
        .chain(rows)
        .collect();
    let counted: Vec<[&str; 4]> = std::iter::once(["No", "Uraian", "Pagu", "Realisasi"])
        .chain(
            ["1", "2", "3", "4", "5", "6"]
                .into_iter()
                .zip(rows)
                .map(|(n, r)| [n, r[0], r[1], r[2]]),
        )
        .collect();
    for doc in [read_table(&plain), read_table(&counted)] {
        let headings = heading_texts(&doc);
        assert_eq!(
            headings,
            [
                "Program Dukungan Manajemen",
                "Program Penyelenggaraan Pemilu"
            ]
        );
        assert_eq!(
            items_under(&doc).iter().map(|i| i.0).collect::<Vec<_>>(),
            [Some(0), Some(0), Some(1), Some(1)]
        );
        assert_eq!(sum(&doc, Field::Pagu), dec("1500000"));
        assert_eq!(sum(&doc, Field::Realisasi), dec("1350000"));
        assert_eq!(
            notices(&doc, NoticeKind::Continuation),
            ["rows 2, 5 state exactly the sum of the rows under each, up to the next: read as the headings of those rows, not as items beside them (beside them, their money would count twice)"]
        );
    }
}

/// Rows side by side whose amounts do not add up so stay items: here the first row is less
/// than the two under it (1 000 000 < 600 000 + 500 000), so no row is the sum of the rows
/// under it, and the pagu is 1 000 000 + 600 000 + 500 000 = 2 100 000.
#[test]
fn rows_that_add_up_nothing_stay_side_by_side() {
    let doc = read_table(&[
        ["Uraian", "Pagu", "Realisasi"],
        ["Belanja Pegawai", "1000000", "900000"],
        ["Belanja Barang", "600000", "550000"],
        ["Belanja Modal", "500000", "350000"],
    ]);
    assert!(doc.headings().is_empty());
    assert_eq!(sum(&doc, Field::Pagu), dec("2100000"));
    assert!(notices(&doc, NoticeKind::Continuation).is_empty());
}

/// Each program closed by its own `Jumlah`, and no grand total: the last `Jumlah` is the
/// second program's, as its amounts show (300 000 + 200 000 = 500 000, 250 000 + 200 000 =
/// 450 000; all items would be 1 500 000 and 1 350 000). Read as the grand total, it stated
/// 500 000 against 1 500 000 and `check` reported a difference of 1 000 000 that is not in
/// the table. When the last row is the grand total (1 500 000), it stays one.
#[test]
fn the_last_jumlah_of_a_table_of_program_jumlahs_is_the_last_programs() {
    support::english();
    let table = |last: [&'static str; 2]| {
        read_table(&[
            ["No", "Program/Kegiatan", "Pagu", "Realisasi"],
            ["1", "Program Dukungan Manajemen", "", ""],
            ["", "a. Belanja Pegawai", "600000", "550000"],
            ["", "b. Belanja Barang dan Jasa", "400000", "350000"],
            ["", "Jumlah", "1000000", "900000"],
            ["2", "Program Penyelenggaraan Pemilu", "", ""],
            ["", "a. Belanja Barang", "300000", "250000"],
            ["", "b. Belanja Modal", "200000", "200000"],
            ["", "Jumlah", last[0], last[1]],
        ])
    };
    let doc = table(["500000", "450000"]);
    let totals: Vec<Option<usize>> = doc.totals().iter().map(|t| t.heading).collect();
    assert_eq!(totals, [Some(0), Some(1)]);
    assert_eq!(
        notices(&doc, NoticeKind::Continuation),
        ["the last total (row 9) adds up only 'Program Penyelenggaraan Pemilu', as each program's total above adds up its own: read as its subtotal; the table has no grand total"]
    );
    let grand = table(["1500000", "1350000"]);
    let totals: Vec<Option<usize>> = grand.totals().iter().map(|t| t.heading).collect();
    assert_eq!(totals, [Some(0), None]);
    assert!(notices(&grand, NoticeKind::Continuation).is_empty());
}

/// A numbered item whose text goes on to the next row, which holds its amounts: `b. Belanja
/// Barang dan Jasa untuk` over `kebutuhan operasional kantor | 400.000 | 350.000`. Read by the
/// numbering alone, `b.` became a heading of one item cut from its text. By hand: program 1
/// has two items, 600 000 + 400 000 = 1 000 000 as it states; the second item's text is both
/// rows'.
#[test]
fn an_items_text_running_on_to_the_row_with_its_amounts_is_one_item() {
    support::english();
    let doc = read_table(&[
        ["No", "Program/Kegiatan", "Pagu", "Realisasi"],
        ["1", "Program Dukungan Manajemen", "1000000", "900000"],
        ["", "a. Belanja Pegawai", "600000", "550000"],
        ["", "b. Belanja Barang dan Jasa untuk", "", ""],
        ["", "kebutuhan operasional kantor", "400000", "350000"],
        ["2", "Program Penyelenggaraan Pemilu", "500000", "450000"],
        ["", "a. Belanja Barang", "500000", "450000"],
    ]);
    let headings = heading_texts(&doc);
    assert_eq!(
        headings,
        [
            "Program Dukungan Manajemen",
            "Program Penyelenggaraan Pemilu"
        ]
    );
    assert_eq!(
        item_texts(&doc),
        [
            "Belanja Pegawai",
            "Belanja Barang dan Jasa untuk kebutuhan operasional kantor",
            "Belanja Barang"
        ]
    );
    assert_eq!(
        items_under(&doc).iter().map(|i| i.0).collect::<Vec<_>>(),
        [Some(0), Some(0), Some(1)]
    );
    assert_eq!(sum(&doc, Field::Pagu), dec("1500000"));
    assert_eq!(count(&doc, RowClass::Continuation), 1);
}

/// A program whose name goes on to the next row with the program's amounts, above its
/// numbered items: `2 Program Penyelenggaraan Pemilu dalam Proses` over `Konsolidasi
/// Demokrasi | 500.000 | 450.000`, then `a.` 300 000 and `b.` 200 000. Read as an item beside
/// `a.` and `b.`, the 500 000 counted twice: 2 000 000 of pagu for 1 500 000, and with no
/// total row nothing disagreed. By hand: 300 000 + 200 000 = 500 000, the second row's
/// amounts, so they are the program's own; all items 600 000 + 400 000 + 300 000 + 200 000 =
/// 1 500 000. When the row's amounts are not what the items add up to (700 000), it stays an
/// item and that is a doubt.
#[test]
fn a_programs_name_running_on_with_its_amounts_above_its_items_is_the_program() {
    support::english();
    let table = |pagu: &'static str| {
        read_table(&[
            ["No", "Program/Kegiatan", "Pagu", "Realisasi"],
            ["1", "Program Dukungan Manajemen", "1000000", "900000"],
            ["", "a. Belanja Pegawai", "600000", "550000"],
            ["", "b. Belanja Barang dan Jasa", "400000", "350000"],
            ["2", "Program Penyelenggaraan Pemilu dalam Proses", "", ""],
            ["", "Konsolidasi Demokrasi", pagu, "450000"],
            ["", "a. Belanja Barang", "300000", "250000"],
            ["", "b. Belanja Modal", "200000", "200000"],
        ])
    };
    let doc = table("500000");
    let programs: Vec<(&str, Option<Decimal>)> = (doc.headings().iter())
        .map(|h| {
            (
                h.text.as_str(),
                h.stated.get(&Field::Pagu).and_then(|q| q.value),
            )
        })
        .collect();
    assert_eq!(
        programs,
        [
            ("Program Dukungan Manajemen", Some(dec("1000000"))),
            (
                "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
                Some(dec("500000"))
            ),
        ]
    );
    assert_eq!(count(&doc, RowClass::Item), 4);
    assert_eq!(sum(&doc, Field::Pagu), dec("1500000"));
    assert_eq!(sum(&doc, Field::Realisasi), dec("1350000"));
    assert!(doubts(&doc).is_empty());
    let other = table("700000");
    assert_eq!(count(&other, RowClass::Item), 5);
    assert_eq!(
        doubts(&other),
        ["row 6 ('Konsolidasi Demokrasi') has no number, between row 5 and the rows numbered under it, and its amounts are not what they add up to: read as an item beside them; if it is the rest of row 5 with its amounts, write it in the same row"]
    );
}

/// A table that is one group — its first row's money the sum of all the rows under it — reads
/// the same way, but a flat list whose first amount happens to be the sum of the rest would
/// too: the heading is taken, and that is a doubt `check` reports. By hand: 600 000 + 400 000
/// = 1 000 000 and 550 000 + 350 000 = 900 000, the first row's.
#[test]
fn a_table_of_one_group_by_its_sums_is_a_doubt() {
    support::english();
    let doc = read_table(&[
        ["Uraian", "Pagu", "Realisasi"],
        ["Program Dukungan Manajemen", "1000000", "900000"],
        ["Belanja Pegawai", "600000", "550000"],
        ["Belanja Barang", "400000", "350000"],
    ]);
    assert_eq!(heading_texts(&doc), ["Program Dukungan Manajemen"]);
    assert_eq!(sum(&doc, Field::Pagu), dec("1000000"));
    assert_eq!(
        doubts(&doc),
        ["row 2 states exactly the sum of the rows under it: read as their heading, not as items beside them (beside them, their money would count twice)"]
    );
}

/// A numbered table whose first row, with no number, states the unit's money (`Satker KPU
/// Kota Serang` above the programs): read as an item beside the programs, the budget was
/// counted twice (7 000 000) with `check` saying ok. By hand: 1 500 000 + 2 000 000 =
/// 3 500 000 pagu and 1 200 000 + 1 000 000 = 2 200 000 realisasi, what row 2 states; the
/// items (1 000 000 + 500 000 + 2 000 000) add up to the same.
#[test]
fn an_unnumbered_first_row_stating_the_programs_sum_is_their_total() {
    support::english();
    let table = |satker: [&'static str; 2]| {
        read_table(&[
            ["No", "Uraian", "Pagu", "Realisasi"],
            ["", "Satker KPU Kota Serang", satker[0], satker[1]],
            ["1", "Program Dukungan Manajemen", "1500000", "1200000"],
            ["1.1", "Belanja Pegawai", "1000000", "800000"],
            ["1.2", "Belanja Barang", "500000", "400000"],
            ["2", "Program Penyelenggaraan Pemilu", "2000000", "1000000"],
            ["2.1", "Belanja Barang", "2000000", "1000000"],
        ])
    };
    let doc = table(["3500000", "2200000"]);
    assert_eq!(sum(&doc, Field::Pagu), dec("3500000"));
    assert_eq!(sum(&doc, Field::Realisasi), dec("2200000"));
    assert_eq!(doc.items().len(), 3);
    let total = &doc.totals()[0];
    assert_eq!((total.location.row, total.heading), (2, None));
    assert_eq!(total.label, "Satker KPU Kota Serang");
    assert_eq!(
        total.stated.get(&Field::Pagu).and_then(|q| q.value),
        Some(dec("3500000"))
    );
    assert_eq!(
        notices(&doc, NoticeKind::Continuation),
        ["row 2 ('Satker KPU Kota Serang') has no number and states exactly what the numbered rows below it add up to: read as their total, above them, not as an item beside them (that would count the money twice)"]
    );
    // A first row that is not their sum stays an item: its money is its own.
    let own = table(["300000", "250000"]);
    assert_eq!(own.items().len(), 4);
    assert!(own.totals().is_empty());
}

/// The same with codes (`076.01.01 KPU Kota Serang` above `076.01.WA`, `076.01.DH`): the
/// first row was an item beside the programs it adds up, 7 000 000 for 3 500 000, with `check`
/// saying ok. Coded like the programs, it might be one of them, so it is their total as a
/// doubt. By hand as above: 1 500 000 + 2 000 000 = 3 500 000 and 1 200 000 + 1 000 000 =
/// 2 200 000. (A code of another shape makes a heading of its rows, whose sums agree as they
/// are: `sibling_codes_with_nothing_under_them_are_placed_by_the_sums` and the next test.)
#[test]
fn a_coded_first_row_stating_the_programs_sum_is_their_total() {
    support::english();
    let table = |satker: [&'static str; 2]| {
        read_table(&[
            ["Kode", "Uraian", "Pagu", "Realisasi"],
            ["076.01.01", "KPU Kota Serang", satker[0], satker[1]],
            [
                "076.01.WA",
                "Program Dukungan Manajemen",
                "1500000",
                "1200000",
            ],
            ["", "Belanja Pegawai", "1000000", "800000"],
            ["", "Belanja Barang", "500000", "400000"],
            [
                "076.01.DH",
                "Program Penyelenggaraan Pemilu",
                "2000000",
                "1000000",
            ],
            ["", "Belanja Barang", "2000000", "1000000"],
        ])
    };
    let doc = table(["3500000", "2200000"]);
    assert_eq!(sum(&doc, Field::Pagu), dec("3500000"));
    assert_eq!(sum(&doc, Field::Realisasi), dec("2200000"));
    assert_eq!(doc.items().len(), 3);
    let total = &doc.totals()[0];
    assert_eq!((total.location.row, total.heading), (2, None));
    assert_eq!(
        notices(&doc, NoticeKind::Doubt),
        ["row 2 ('KPU Kota Serang', coded 076.01.01) states exactly what the rows coded like the programs below it add up to: read as their total, above them, not as an item beside them (that would count the money twice); if it is one of them, the table's total is twice what it states"]
    );
    // A first program that is not their sum stays a program: its money is its own.
    let own = table(["300000", "250000"]);
    assert!(own.totals().is_empty());
    assert_eq!(sum(&own, Field::Pagu), dec("3800000"));
}

/// Subtotals naming their kegiatan by its number (`Jumlah Kegiatan a`, `Jumlah Kegiatan b`)
/// under a program: each was taken for the program's total, so `Jumlah Kegiatan b` (700 000)
/// was compared with the whole program (2 200 000) and three false `sum-total` errors said
/// so. Now each totals its own kegiatan. By hand: 1 000 000 + 500 000 = 1 500 000 (a), 700 000
/// (b), 2 200 000 (program I).
#[test]
fn a_subtotal_naming_its_kegiatan_by_number_totals_that_kegiatan() {
    let doc = read_table(&[
        ["No", "Uraian", "Pagu", "Realisasi"],
        ["I", "Program Dukungan Manajemen", "", ""],
        ["a.", "Kegiatan Layanan Perkantoran", "", ""],
        ["1)", "Belanja Pegawai", "1000000", "800000"],
        ["2)", "Belanja Barang", "500000", "400000"],
        ["", "Jumlah Kegiatan a", "1500000", "1200000"],
        ["b.", "Kegiatan Pengadaan", "", ""],
        ["1)", "Belanja Modal", "700000", "700000"],
        ["", "Jumlah Kegiatan b", "700000", "700000"],
        ["", "Jumlah Program I", "2200000", "1900000"],
    ]);
    let totalled: Vec<(&str, &str)> = (doc.totals().iter())
        .map(|t| {
            let heading = t.heading.map_or("", |h| doc.headings()[h].text.as_str());
            (t.label.as_str(), heading)
        })
        .collect();
    assert_eq!(
        totalled,
        [
            ("Jumlah Kegiatan a", "Kegiatan Layanan Perkantoran"),
            ("Jumlah Kegiatan b", "Kegiatan Pengadaan"),
            ("Jumlah Program I", "Program Dukungan Manajemen"),
        ]
    );
    let findings = lakip::check::run(std::slice::from_ref(&doc), &Default::default());
    assert!(findings.is_empty(), "{findings:?}");
}

/// A second budget table under the first whose header names its description column with no
/// role's word (`No | Jenis Belanja | Pagu | Realisasi`): its header row was read as a row of
/// amounts and the file refused (`cannot read "Pagu" as a number`). Now it starts a second
/// table, said and not read, as a second table whose header names `Uraian` does. By hand:
/// the first table's programs, 1 500 000 + 2 000 000 = 3 500 000.
#[test]
fn a_second_table_whose_header_names_two_money_columns_is_not_read_into_the_first() {
    support::english();
    let doc = read_table(&[
        ["No", "Uraian", "Pagu", "Realisasi"],
        ["1", "Program Dukungan Manajemen", "1500000", "1200000"],
        ["2", "Program Penyelenggaraan Pemilu", "2000000", "1000000"],
        ["", "Jumlah", "3500000", "2200000"],
        ["", "", "", ""],
        ["No", "Jenis Belanja", "Pagu", "Realisasi"],
        ["1", "Belanja Pegawai", "1000000", "800000"],
        ["2", "Belanja Barang", "2500000", "1400000"],
        ["", "Jumlah", "3500000", "2200000"],
    ]);
    assert_eq!(doc.items().len(), 2);
    assert_eq!(sum(&doc, Field::Pagu), dec("3500000"));
    assert_eq!(
        notices(&doc, NoticeKind::SecondTable),
        ["a second table starts at row 6 and is not read; put each table on a sheet of its own"]
    );
}

/// A row with money below the grand total, under a footnote: no total adds it up, and read as
/// an item it was added to the table (realisasi 2 250 000 against the 2 200 000 the total
/// states) with `check` saying ok. It is now a doubt, so `check` cannot say ok.
#[test]
fn money_below_the_grand_total_is_a_doubt() {
    support::english();
    let doc = read_table(&[
        ["No", "Uraian", "Pagu", "Realisasi"],
        ["1", "Program Dukungan Manajemen", "1500000", "1200000"],
        ["2", "Program Penyelenggaraan Pemilu", "2000000", "1000000"],
        ["", "Jumlah", "3500000", "2200000"],
        ["", "", "", ""],
        ["*) Termasuk pengembalian belanja", "", "", ""],
        ["", "Pengembalian", "", "50000"],
    ]);
    assert_eq!(
        notices(&doc, NoticeKind::Doubt),
        ["row 7 has money below the table's total (row 4), and no total adds it up: read as an item of the table, added to its money; if it is a note, move it out of the table, or put the total under it"]
    );
    // The table as it ends at its total: nothing to doubt.
    let ends = read_table(&[
        ["No", "Uraian", "Pagu", "Realisasi"],
        ["1", "Program Dukungan Manajemen", "1500000", "1200000"],
        ["2", "Program Penyelenggaraan Pemilu", "2000000", "1000000"],
        ["", "Jumlah", "3500000", "2200000"],
    ]);
    assert!(notices(&ends, NoticeKind::Doubt).is_empty());
}

/// A row of the serapan alone under the grand total (`Persentase Penyerapan | 62,86`): it made
/// the last program a heading of it, without its money (pagu 1.500.000 for 3.500.000, `check`
/// ok), or, with items under the programs, the grand total that program's subtotal (three
/// false errors). By hand: 1.500.000 + 2.000.000 = 3.500.000 pagu, 1.200.000 + 1.000.000 =
/// 2.200.000 realisasi, as the Jumlah states, for the whole table.
#[test]
fn a_percentage_alone_under_the_total_leaves_the_programs_as_they_are() {
    let flat = read_table(&[
        ["No", "Uraian", "Pagu", "Realisasi", "%"],
        [
            "1",
            "Program Dukungan Manajemen",
            "1500000",
            "1200000",
            "80",
        ],
        [
            "2",
            "Program Penyelenggaraan Pemilu",
            "2000000",
            "1000000",
            "50",
        ],
        ["", "Jumlah", "3500000", "2200000", "62,86"],
        ["", "Persentase Penyerapan", "", "", "62,86"],
    ]);
    assert_eq!(sum(&flat, Field::Pagu), dec("3500000"));
    assert_eq!(sum(&flat, Field::Realisasi), dec("2200000"));
    assert!(flat.headings().is_empty());
    let nested = read_table(&[
        ["No", "Uraian", "Pagu", "Realisasi", "%"],
        [
            "1",
            "Program Dukungan Manajemen",
            "1500000",
            "1200000",
            "80",
        ],
        ["1.1", "Belanja Pegawai", "1000000", "800000", "80"],
        ["1.2", "Belanja Barang", "500000", "400000", "80"],
        [
            "2",
            "Program Penyelenggaraan Pemilu",
            "2000000",
            "1000000",
            "50",
        ],
        ["2.1", "Belanja Barang", "2000000", "1000000", "50"],
        ["", "Jumlah", "3500000", "2200000", "62,86"],
        ["", "Persentase Penyerapan", "", "", "62,86"],
    ]);
    let totals: Vec<Option<usize>> = nested.totals().iter().map(|t| t.heading).collect();
    assert_eq!(totals, [None], "the Jumlah is the grand total");
    assert_eq!(sum(&nested, Field::Pagu), dec("3500000"));
}
