//! Recognising the layouts the seed documents show. Expected values are counted by hand from
//! `seeds/000` (the RKT of KPU Kabupaten Serang 2023) and Tabel 3.1 of `seeds/001`.

mod support;

use lakip::kinds::DocKind;
use lakip::layout::{recognise, Recognition};
use lakip::model::{Document, Field, Level, RowClass};
use lakip::numbers;
use rust_decimal::Decimal;
use std::path::Path;
use support::fixtures;

type Fixture = fn(&Path) -> Result<(), Box<dyn std::error::Error>>;

fn import(fixture: Fixture, name: &str) -> Vec<Document> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    fixture(&path).unwrap();
    let workbook = lakip::source::read(&path).unwrap();
    workbook
        .sheets
        .iter()
        .filter_map(|s| match recognise(name, s, None).unwrap() {
            Recognition::Document(d) => Some(*d),
            Recognition::Skipped(_) => None,
        })
        .collect()
}

fn one(fixture: Fixture, name: &str) -> Document {
    let mut docs = import(fixture, name);
    assert_eq!(docs.len(), 1, "{name}: one document");
    docs.remove(0)
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn value(doc: &Document, item: usize, field: Field) -> Option<Decimal> {
    doc.items()[item].amounts.get(&field).and_then(|q| q.value)
}

/// The sum of a field over every item.
fn sum(doc: &Document, field: Field) -> Option<Decimal> {
    doc.subtotals().all.sum(field)
}

fn count(doc: &Document, class: RowClass) -> usize {
    doc.row_counts()[&class]
}

fn level_count(doc: &Document, level: Level) -> usize {
    doc.headings().iter().filter(|h| h.level == level).count()
}

// ---- seed 000: the RKT -------------------------------------------------------------------

#[test]
fn rkt_imports_28_items_two_programs_nine_kegiatan() {
    let doc = one(fixtures::rkt_serang_xlsx, "rkt.xlsx");
    assert_eq!(doc.kind, DocKind::Rkt);
    assert_eq!(doc.items().len(), 28);
    let dashes = doc
        .items()
        .iter()
        .filter(|i| i.amounts[&Field::Amount].dash)
        .count();
    assert_eq!(dashes, 4);
    assert_eq!(level_count(&doc, Level::Program), 2);
    assert_eq!(level_count(&doc, Level::Kegiatan), 9);
    assert_eq!(level_count(&doc, Level::Output), 15);
    assert_eq!(sum(&doc, Field::Amount), Some(dec("37230532000")));
}

#[test]
fn rkt_jumlah_anggaran_is_the_grand_total_and_equals_the_sum() {
    let doc = one(fixtures::rkt_serang_xlsx, "rkt.xlsx");
    assert_eq!(doc.totals().len(), 1);
    let total = &doc.totals()[0];
    assert_eq!(total.label, "JUMLAH ANGGARAN");
    assert_eq!(total.heading, None);
    let stated = &total.stated[&Field::Amount];
    assert_eq!(stated.cell, "F66");
    assert_eq!(stated.value, Some(dec("37230532000")));
    assert_eq!(stated.value, sum(&doc, Field::Amount));
}

#[test]
fn rkt_rows_are_all_accounted_for() {
    let doc = one(fixtures::rkt_serang_xlsx, "rkt.xlsx");
    assert_eq!(count(&doc, RowClass::Title), 2);
    assert_eq!(
        count(&doc, RowClass::Header),
        4,
        "the header and its three repeats at page breaks"
    );
    assert_eq!(count(&doc, RowClass::Numbering), 1);
    assert_eq!(count(&doc, RowClass::Heading), 26);
    assert_eq!(count(&doc, RowClass::Item), 28);
    assert_eq!(count(&doc, RowClass::Total), 1);
    assert_eq!(count(&doc, RowClass::Blank), 7);
    assert_eq!(count(&doc, RowClass::Signature), 5);
    assert_eq!(count(&doc, RowClass::Unrecognised), 0);
    assert_eq!(doc.row_counts().values().sum::<usize>(), 74);
}

#[test]
fn rkt_heading_runs_fill_the_deepest_levels() {
    let doc = one(fixtures::rkt_serang_xlsx, "rkt.xlsx");
    let first = &doc.items()[0];
    assert_eq!(first.uraian, "Perencanaan dan Penganggaran Pemilu");
    assert_eq!(
        doc.path(first.heading),
        vec![
            "Penyelenggaraan Pemilu Dalam Proses Konsolidasi Demokrasi",
            "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggaraan Pemilu",
            "Tata Kelola Kelembagaan Publik Bidang Politik dan Hukum",
        ]
    );
    // A run of one heading (row 14) is an output class under the same kegiatan.
    let sarana_it = doc
        .items()
        .iter()
        .find(|i| i.uraian == "Sarana IT Pemilu")
        .unwrap();
    assert_eq!(
        doc.path(sarana_it.heading)[2],
        "Sarana Bidang Teknologi Informasi dan Komunikasi"
    );
    assert_eq!(doc.path(sarana_it.heading)[1], doc.path(first.heading)[1]);
    // A run of two after a page break (rows 22-23) starts a new kegiatan.
    let pendaftaran = doc.items().iter().find(|i| i.location.row == 24).unwrap();
    assert_eq!(
        doc.path(pendaftaran.heading)[1],
        "Pendaftaran dan Verifikasi Peserta Pemilu"
    );
    // The last program's items.
    let rb = doc.items().last().unwrap();
    assert_eq!(
        doc.path(rb.heading),
        vec![
            "Program Dukungan Manajemen",
            "Data dan Informasi",
            "Pelaksanaan Perencanaan dan organisasi"
        ]
    );
}

#[test]
fn rkt_vertical_merges_carry_sasaran_to_every_item_of_the_group() {
    let doc = one(fixtures::rkt_serang_xlsx, "rkt.xlsx");
    let group: Vec<_> = doc
        .items()
        .iter()
        .filter(|i| (9..=13).contains(&i.location.row))
        .collect();
    assert_eq!(group.len(), 5);
    for item in group {
        assert_eq!(
            item.sasaran.as_deref(),
            Some("Terwujudnya Penyelenggaraan Pemilu / Pemilihan Sesuai Jadwal")
        );
        assert_eq!(
            item.output.as_deref(),
            Some("Fasilitasi teknis Penyelenggaraan Pemilu/Pemilihan")
        );
        assert!(item
            .indikator
            .as_deref()
            .unwrap()
            .starts_with("Persentase ketepatan waktu"));
    }
}

#[test]
fn rkt_amounts_typed_as_text_are_read_exactly() {
    let doc = one(fixtures::rkt_serang_xlsx, "rkt.xlsx");
    let at = |row: u32| {
        doc.items()
            .iter()
            .position(|i| i.location.row == row)
            .unwrap()
    };
    assert_eq!(value(&doc, at(9), Field::Amount), Some(dec("234549000")));
    assert_eq!(value(&doc, at(28), Field::Amount), Some(dec("29648700000")));
    assert_eq!(value(&doc, at(57), Field::Amount), Some(dec("13736000")));
    assert_eq!(doc.items()[at(28)].amounts[&Field::Amount].cell, "F28");
    assert_eq!(doc.items()[at(28)].location.cell, "E28");
}

#[test]
fn rkt_signature_is_kept_as_metadata() {
    let doc = one(fixtures::rkt_serang_xlsx, "rkt.xlsx");
    let sig = doc.signature().unwrap().clone();
    assert_eq!(sig.place.as_deref(), Some("Serang"));
    assert_eq!(sig.date.as_deref(), Some("24 Januari 2023"));
    assert_eq!(sig.name.as_deref(), Some("ADE WAHYU MARGONO"));
    assert_eq!(sig.nip.as_deref(), Some("19760229 200811 1 001"));
    assert_eq!(
        sig.jabatan,
        vec!["Komisi Pemilihan Umum Kabupaten Serang", "Sekretaris"]
    );
    assert_eq!(
        doc.title,
        vec![
            "RENCANA KERJA TAHUNAN KPU KABUPATEN SERANG",
            "TAHUN ANGGARAN 2023"
        ]
    );
}

#[test]
fn rkt_csv_imports_the_same_items_as_the_workbook() {
    let xlsx = one(fixtures::rkt_serang_xlsx, "rkt.xlsx");
    let csv = one(fixtures::rkt_serang_csv, "rkt.csv");
    assert_eq!(csv.items().len(), 28);
    for (a, b) in xlsx.items().iter().zip(csv.items()) {
        assert_eq!(xlsx.path(a.heading), csv.path(b.heading));
        assert_eq!(
            (&a.uraian, &a.sasaran, &a.indikator, &a.output),
            (&b.uraian, &b.sasaran, &b.indikator, &b.output)
        );
        assert_eq!(
            a.amounts[&Field::Amount].value,
            b.amounts[&Field::Amount].value
        );
        assert_eq!(a.location.row, b.location.row);
    }
    assert_eq!(
        csv.totals()[0].stated[&Field::Amount].value,
        Some(dec("37230532000"))
    );
    assert_eq!(
        csv.signature().unwrap().name.as_deref(),
        Some("ADE WAHYU MARGONO")
    );
}

// ---- seed 001: Tabel 3.1 ------------------------------------------------------------------

#[test]
fn tabel_3_1_imports_as_anggaran_with_numbered_programs() {
    let doc = one(fixtures::anggaran_serang_xlsx, "tabel31.xlsx");
    assert_eq!(doc.kind, DocKind::Anggaran);
    assert_eq!(
        doc.fields,
        vec![Field::Pagu, Field::Realisasi, Field::StatedPercent]
    );
    assert_eq!(doc.items().len(), 14);
    assert_eq!(level_count(&doc, Level::Program), 2);
    assert_eq!(
        doc.headings()[0].text,
        "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi."
    );
    assert_eq!(doc.headings()[1].text, "Program Dukungan Manajemen");
    assert_eq!(
        doc.items().iter().filter(|i| i.heading == Some(0)).count(),
        10
    );
    assert_eq!(
        doc.items().iter().filter(|i| i.heading == Some(1)).count(),
        4
    );
    assert_eq!(sum(&doc, Field::Pagu), Some(dec("22661424000")));
    assert_eq!(sum(&doc, Field::Realisasi), Some(dec("22484897437")));
}

#[test]
fn tabel_3_1_heading_states_its_own_amounts() {
    let doc = one(fixtures::anggaran_serang_xlsx, "tabel31.xlsx");
    let program = &doc.headings()[0];
    assert_eq!(program.number.as_deref(), Some("1"));
    assert_eq!(program.stated[&Field::Pagu].value, Some(dec("18256293000")));
    assert_eq!(program.stated[&Field::Pagu].cell, "B4");
    assert_eq!(
        program.stated[&Field::Realisasi].value,
        Some(dec("18168826339"))
    );
    assert!(
        doc.headings()[1].stated.is_empty(),
        "program 2 states no amounts"
    );
}

#[test]
fn tabel_3_1_item_without_uraian_is_still_an_item() {
    let doc = one(fixtures::anggaran_serang_xlsx, "tabel31.xlsx");
    let last = doc.items().last().unwrap();
    assert_eq!(last.uraian, "");
    assert_eq!(last.location.row, 19);
    assert_eq!(last.heading, Some(1));
    assert_eq!(last.amounts[&Field::Pagu].value, Some(dec("9200000")));
    assert_eq!(
        last.amounts[&Field::StatedPercent].value,
        Some(dec("89.69"))
    );
}

#[test]
fn tabel_3_1_csv_matches_the_workbook() {
    let xlsx = one(fixtures::anggaran_serang_xlsx, "tabel31.xlsx");
    let csv = one(fixtures::anggaran_serang_csv, "tabel31.csv");
    assert_eq!(csv.items().len(), xlsx.items().len());
    for (a, b) in xlsx.items().iter().zip(csv.items()) {
        assert_eq!((&a.uraian, a.location.row), (&b.uraian, b.location.row));
        for f in [Field::Pagu, Field::Realisasi, Field::StatedPercent] {
            assert_eq!(
                a.amounts.get(&f).map(|q| q.value),
                b.amounts.get(&f).map(|q| q.value),
                "{} {f:?}",
                a.uraian
            );
        }
    }
}

#[test]
fn tabel_3_1_ods_matches_the_workbook() {
    let xlsx = one(fixtures::anggaran_serang_xlsx, "tabel31.xlsx");
    let ods = one(fixtures::anggaran_serang_ods, "tabel31.ods");
    assert_eq!(ods.items().len(), 14);
    assert_eq!(ods.headings().len(), 2);
    for (a, b) in xlsx.items().iter().zip(ods.items()) {
        assert_eq!(
            (&a.uraian, a.location.row, &a.amounts[&Field::Pagu].value),
            (&b.uraian, b.location.row, &b.amounts[&Field::Pagu].value)
        );
    }
}

// ---- layout features ----------------------------------------------------------------------

#[test]
fn numbering_row_and_declared_total() {
    let doc = one(fixtures::numbered_anggaran_xlsx, "numbered.xlsx");
    assert_eq!(count(&doc, RowClass::Numbering), 1);
    assert_eq!(doc.items().len(), 4);
    assert_eq!(level_count(&doc, Level::Program), 2);
    let total = &doc.totals()[0];
    assert_eq!(total.label, "JUMLAH");
    assert_eq!(total.heading, None);
    assert_eq!(total.stated[&Field::Pagu].value, Some(dec("19335572000")));
    assert_eq!(sum(&doc, Field::Pagu), Some(dec("19335572000")));
}

#[test]
fn budget_codes_give_levels_by_shape() {
    let doc = one(fixtures::coded_anggaran_xlsx, "coded.xlsx");
    let levels: Vec<(&str, Level)> = doc
        .headings()
        .iter()
        .map(|h| (h.code.as_deref().unwrap(), h.level))
        .collect();
    assert_eq!(levels[0], ("076.01.WA", Level::Program));
    assert_eq!(levels[1], ("6709", Level::Kegiatan));
    assert_eq!(levels[2], ("6709.EBA", Level::Output));
    assert_eq!(levels[3], ("EBA.962", Level::RincianOutput));
    assert_eq!(levels[4], ("001", Level::Komponen));
    assert_eq!(levels[5], ("A", Level::SubKomponen));
    assert_eq!(levels[6], ("521211", Level::Akun));
    assert_eq!(doc.items().len(), 6);
    let travel = doc.items().iter().find(|i| i.location.row == 14).unwrap();
    assert_eq!(
        doc.headings()[travel.heading.unwrap()].code.as_deref(),
        Some("524111")
    );
    assert_eq!(sum(&doc, Field::Sisa), Some(dec("1567550")));
    assert_eq!(doc.totals()[0].label, "JUMLAH TOTAL");
}

#[test]
fn stray_far_away_cell_costs_one_cell_and_is_reported() {
    let doc = one(fixtures::stray_cell_xlsx, "stray.xlsx");
    assert_eq!(doc.items().len(), 3);
    let notice = doc
        .notices
        .iter()
        .find(|n| n.location.cell == "XFD1048576")
        .unwrap();
    assert!(notice.message.contains("ignored"), "{}", notice.message);
}

#[test]
fn formula_without_computed_value_is_unknown_not_zero() {
    // The notices asserted below are the English ones.
    support::english();
    let doc = one(fixtures::uncomputed_formula_xlsx, "formula.xlsx");
    let b = doc.items().iter().find(|i| i.location.row == 5).unwrap();
    let realisasi = &b.amounts[&Field::Realisasi];
    assert_eq!(realisasi.value, None);
    assert_eq!(realisasi.uncomputed_formula(), Some("1000+2000"));
    assert_eq!(doc.totals()[0].stated[&Field::Pagu].value, None);
    let messages: Vec<&str> = doc.notices.iter().map(|n| n.message.as_str()).collect();
    assert_eq!(
        messages
            .iter()
            .filter(|m| m.contains("open and save the file"))
            .count(),
        2
    );
    assert_eq!(
        sum(&doc, Field::Realisasi),
        None,
        "a sum over an unknown value is unknown"
    );
}

#[test]
fn amount_without_description_is_an_item() {
    let doc = one(fixtures::amount_without_uraian_xlsx, "nouraian.xlsx");
    assert_eq!(doc.items().len(), 3);
    assert_eq!(doc.items()[2].uraian, "");
    assert_eq!(count(&doc, RowClass::Unrecognised), 0);
}

/// Nothing lost: on every fixture, items + headings + totals hold every number the amount
/// columns hold below the header, read here straight from the cells with calamine.
#[test]
fn every_amount_cell_is_accounted_for() {
    use calamine::{open_workbook_auto, Data, Reader};
    let cases: [(Fixture, &str); 5] = [
        (fixtures::rkt_serang_xlsx, "rkt.xlsx"),
        (fixtures::anggaran_serang_xlsx, "tabel31.xlsx"),
        (fixtures::numbered_anggaran_xlsx, "numbered.xlsx"),
        (fixtures::coded_anggaran_xlsx, "coded.xlsx"),
        (fixtures::amount_without_uraian_xlsx, "nouraian.xlsx"),
    ];
    for (fixture, name) in cases {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        fixture(&path).unwrap();
        let doc = one(fixture, name);
        let mut wb = open_workbook_auto(&path).unwrap();
        let sheet = wb.sheet_names()[0].clone();
        let range = wb.worksheet_range(&sheet).unwrap();
        for field in doc.fields.iter().filter(|f| !f.is_percent()) {
            let col = doc
                .items()
                .iter()
                .find_map(|i| i.amounts.get(field))
                .map(|q| {
                    q.cell
                        .to_string()
                        .trim_end_matches(char::is_numeric)
                        .to_string()
                })
                .unwrap();
            let col_index = col
                .bytes()
                .fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1))
                - 1;
            let header_row = doc
                .rows
                .iter()
                .find(|(_, c)| *c == RowClass::Header)
                .unwrap()
                .0;
            let mut in_cells = Decimal::ZERO;
            for (r, c, data) in range.used_cells() {
                let class = doc
                    .rows
                    .iter()
                    .find(|(row, _)| *row == r as u32 + 1)
                    .map(|(_, c)| *c);
                let above_body = (r as u32) < header_row;
                let column_labels = matches!(class, Some(RowClass::Numbering | RowClass::Header));
                if c as u32 != col_index || above_body || column_labels {
                    continue;
                }
                in_cells += match data {
                    Data::Float(f) => numbers::from_float(*f).unwrap(),
                    Data::Int(i) => Decimal::from(*i),
                    Data::String(s) if s.trim() != "-" && numbers::looks_numeric(s) => {
                        numbers::parse_amount(s).unwrap().unwrap().value
                    }
                    _ => Decimal::ZERO,
                };
            }
            let stated =
                |a: &lakip::model::Amounts| a.get(field).and_then(|q| q.value).unwrap_or_default();
            let imported = sum(&doc, *field).unwrap()
                + doc
                    .headings()
                    .iter()
                    .map(|h| stated(&h.stated))
                    .sum::<Decimal>()
                + doc
                    .totals()
                    .iter()
                    .map(|t| stated(&t.stated))
                    .sum::<Decimal>();
            assert_eq!(imported, in_cells, "{name} {field:?}");
        }
    }
}
