//! Everyday variants of the performance tables (PK, the BAB III measurement, RAK) that were
//! once misread silently (issue 12, cases 4, 5, 6 and 8): indikator numbered 1–9 under five
//! sasaran whose cell is blank or merged down, targets written with a comparator (`≥ 77,5%`,
//! `Maks. 2%`, `Minimal B`), a Satuan column beside the target, and a capaian column that
//! mixes text cells with percent-formatted fractions.
//!
//! Written with `rust_xlsxwriter` and the fixed creation date of the other fixtures, so a
//! fixture regenerates byte for byte. Rows in comments are 1-based, as Excel shows them.

use std::error::Error;
use std::path::Path;

use rust_xlsxwriter::{Format, Formula, Workbook, XlsxError};

use super::fixtures::{header_format, new_workbook, wrap_top_format};
use super::indicator_fixtures::write_titles;

type FixtureResult = Result<(), Box<dyn Error>>;

/// One cell of a fixture table.
#[derive(Clone, Copy)]
pub enum V {
    /// A text cell.
    T(&'static str),
    /// A number cell, general format.
    N(f64),
    /// A number cell formatted as a percentage (`0.00%`): 1.0526 shows as 105,26%.
    P(f64),
    /// A formula (`=SUM(K3:K6)`) with the result it was saved with.
    F(&'static str, f64),
    /// No cell.
    E,
}

/// A text cell merged down: its column, first and last row (indexes into a table's rows).
pub type MergedDown = (u16, usize, usize);

/// One sheet: title lines from row 1, the header under them, the rows under it, and text
/// cells merged down (`(column, first row, last row)`, indexes into `rows`).
pub struct Table<'a> {
    pub sheet: &'a str,
    pub titles: &'a [&'a str],
    pub header: &'a [&'a str],
    pub rows: &'a [Vec<V>],
    pub merged_down: &'a [MergedDown],
}

/// Writes `tables`, one sheet each, into one workbook.
pub fn write(path: &Path, tables: &[Table]) -> FixtureResult {
    let mut workbook = new_workbook()?;
    for table in tables {
        add(&mut workbook, table, &[])?;
    }
    workbook.save(path)?;
    Ok(())
}

/// A text cell merged across: its row (an index into a table's rows), first and last column.
pub type MergedAcross = (usize, u16, u16);

fn add(workbook: &mut Workbook, table: &Table, across: &[MergedAcross]) -> Result<(), XlsxError> {
    let sheet = workbook.add_worksheet();
    sheet.set_name(table.sheet)?;
    let last_col = table.header.len() as u16 - 1;
    write_titles(sheet, table.titles, last_col)?;
    let header_row = table.titles.len() as u32;
    for (col, name) in (0u16..).zip(table.header) {
        sheet.write_string_with_format(header_row, col, *name, &header_format())?;
        sheet.set_column_width(col, if col == 0 { 5.0 } else { 24.0 })?;
    }
    let first = header_row + 1;
    let text = wrap_top_format();
    let percent = Format::new().set_num_format("0.00%");
    for (r, row) in (first..).zip(table.rows) {
        for (col, cell) in (0u16..).zip(row) {
            match *cell {
                V::T(t) => {
                    sheet.write_string_with_format(r, col, t, &text)?;
                }
                V::N(n) => {
                    sheet.write_number(r, col, n)?;
                }
                V::P(n) => {
                    sheet.write_number_with_format(r, col, n, &percent)?;
                }
                V::F(formula, result) => {
                    let f = Formula::new(formula).set_result(result.to_string());
                    sheet.write_formula(r, col, f)?;
                }
                V::E => {}
            }
        }
    }
    for &(col, top, bottom) in table.merged_down {
        let V::T(t) = table.rows[top][usize::from(col)] else {
            continue;
        };
        let (top, bottom) = (first + top as u32, first + bottom as u32);
        sheet.merge_range(top, col, bottom, col, t, &text)?;
    }
    for &(row, left, right) in across {
        let V::T(t) = table.rows[row][usize::from(left)] else {
            continue;
        };
        let r = first + row as u32;
        sheet.merge_range(r, left, r, right, t, &text)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Case 4: sasaran counted per numbered row
// ---------------------------------------------------------------------------

/// The five sasaran of the BAB III fixtures.
pub const SASARAN: [&str; 5] = [
    "Terwujudnya Penyelenggaraan Pemilu yang berkualitas",
    "Meningkatnya partisipasi masyarakat dalam Pemilu",
    "Terwujudnya data pemilih yang akurat",
    "Meningkatnya akuntabilitas pengelolaan keuangan",
    "Terwujudnya reformasi birokrasi",
];

/// Nine indikator under the five sasaran (index into [`SASARAN`]), numbered 1–9: indikator,
/// target, realisasi and the capaian the table states, worked by hand:
///
/// | No | sasaran | capaian |
/// |---|---|---|
/// | 1 | 0 | 100 ÷ 100 × 100 = 100 |
/// | 2 | 0 | 90 ÷ 95 × 100 = 94,736… → 94,74 |
/// | 3 | 1 | 80 ÷ 77,5 × 100 = 103,225… → 103,23 |
/// | 4 | 1 | 12 ÷ 12 × 100 = 100 (Kali) |
/// | 5 | 2 | 98 ÷ 100 × 100 = 98 |
/// | 6 | 3 | WTP reached: 100 |
/// | 7 | 3 | 99 ÷ 95 × 100 = 104,210… → 104,21 |
/// | 8 | 4 | BB ≥ B: 100 |
/// | 9 | 4 | 70 ÷ 80 × 100 = 87,5 |
pub const PER_INDIKATOR: [(usize, &str, &str, &str, &str); 9] = [
    (
        0,
        "Persentase tahapan Pemilu yang dilaksanakan tepat waktu",
        "100%",
        "100%",
        "100",
    ),
    (
        0,
        "Persentase keberatan yang diselesaikan",
        "95%",
        "90%",
        "94,74",
    ),
    (1, "Tingkat partisipasi pemilih", "77,5%", "80%", "103,23"),
    (
        1,
        "Jumlah kegiatan sosialisasi kepada pemilih",
        "12 Kali",
        "12 Kali",
        "100",
    ),
    (
        2,
        "Persentase data pemilih yang dimutakhirkan",
        "100%",
        "98%",
        "98",
    ),
    (3, "Opini BPK atas laporan keuangan", "WTP", "WTP", "100"),
    (3, "Persentase penyerapan anggaran", "95%", "99%", "104,21"),
    (4, "Nilai SAKIP", "B", "BB", "100"),
    (
        4,
        "Persentase pegawai yang mengikuti pelatihan",
        "80%",
        "70%",
        "87,5",
    ),
];

/// How a table shows the sasaran of its continuation rows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SasaranCells {
    /// Written on the first row of its group, blank under it.
    Blank,
    /// Merged down its group.
    Merged,
    /// Written again on every row, as typed by hand: row 2 (indikator 2) with a double space,
    /// row 4 with a trailing `.`, row 7 in capitals, row 9 with a slip (`reformsi`).
    RepeatedWithSlips,
}

/// The sasaran text indikator `k` of [`PER_INDIKATOR`] is written with in
/// [`SasaranCells::RepeatedWithSlips`].
fn typed_again(k: usize, sasaran: &str) -> String {
    match k {
        1 => sasaran.replacen(' ', "  ", 1),
        3 => format!("{sasaran}."),
        6 => sasaran.to_uppercase(),
        8 => sasaran.replace("reformasi", "reformsi"),
        _ => sasaran.to_string(),
    }
}

/// The rows of [`PER_INDIKATOR`] in the column order `order` (`'n'` No, `'s'` sasaran, `'i'`
/// indikator, `'t'` target, `'r'` realisasi, `'c'` capaian), the sasaran on the first row of
/// its group only, and the merges of `cells` (the sasaran column's groups).
fn per_indikator_rows(order: &str, cells: SasaranCells) -> (Vec<Vec<V>>, Vec<MergedDown>) {
    let numbers = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];
    let mut rows = Vec::new();
    let mut groups: Vec<(usize, usize)> = Vec::new();
    // Texts the rows own (a repeated sasaran typed again), kept alive for the cells.
    let typed: Vec<&'static str> = PER_INDIKATOR
        .iter()
        .enumerate()
        .map(|(k, &(s, ..))| &*Box::leak(typed_again(k, SASARAN[s]).into_boxed_str()))
        .collect();
    for (k, &(s, indikator, target, realisasi, capaian)) in PER_INDIKATOR.iter().enumerate() {
        let first = k == 0 || PER_INDIKATOR[k - 1].0 != s;
        if first {
            groups.push((k, k));
        } else if let Some(last) = groups.last_mut() {
            last.1 = k;
        }
        let row = order
            .chars()
            .map(|c| match c {
                'n' => V::T(numbers[k]),
                's' if cells == SasaranCells::RepeatedWithSlips => V::T(typed[k]),
                's' if first => V::T(SASARAN[s]),
                's' => V::E,
                'i' => V::T(indikator),
                't' => V::T(target),
                'r' => V::T(realisasi),
                'c' => V::T(capaian),
                _ => V::E,
            })
            .collect();
        rows.push(row);
    }
    let col = order.find('s').unwrap_or(0) as u16;
    let merges = match cells {
        SasaranCells::Blank | SasaranCells::RepeatedWithSlips => Vec::new(),
        SasaranCells::Merged => groups
            .into_iter()
            .filter(|(a, b)| b > a)
            .map(|(a, b)| (col, a, b))
            .collect(),
    };
    (rows, merges)
}

/// BAB III numbered per indikator (1–9) under five sasaran, rows 4–12 under a two-line title
/// and the header in row 3: `No | Sasaran Strategis | Indikator Kinerja | Target | Realisasi |
/// Capaian (%)`, the sasaran blank on continuation rows or merged down its group.
pub fn kinerja_per_indikator(path: &Path, cells: SasaranCells) -> FixtureResult {
    let (rows, merges) = per_indikator_rows("nsitrc", cells);
    write(
        path,
        &[Table {
            sheet: "Tabel 3.1",
            titles: &["PENGUKURAN KINERJA TAHUN 2023", "KPU KOTA CONTOH"],
            header: &[
                "No",
                "Sasaran Strategis",
                "Indikator Kinerja",
                "Target",
                "Realisasi",
                "Capaian (%)",
            ],
            rows: &rows,
            merged_down: &merges,
        }],
    )
}

/// The same measurement in another column order with an English/Indonesian header:
/// `No. | Performance Indicator | Sasaran | Target | Realisasi | Capaian (%)`, the sasaran
/// right of the indikator, blank on continuation rows. One title line, header in row 2.
pub fn kinerja_per_indikator_other_order(path: &Path) -> FixtureResult {
    let (rows, merges) = per_indikator_rows("nistrc", SasaranCells::Blank);
    write(
        path,
        &[Table {
            sheet: "Capaian",
            titles: &["MEASUREMENT OF PERFORMANCE 2023"],
            header: &[
                "No.",
                "Performance Indicator",
                "Sasaran",
                "Target",
                "Realisasi",
                "Capaian (%)",
            ],
            rows: &rows,
            merged_down: &merges,
        }],
    )
}

/// A PK numbered per indikator (1–9): `NO | SASARAN | INDIKATOR KINERJA | TARGET`, the
/// sasaran merged down its group on sheet `PK Merged`, blank under its first row on sheet
/// `PK Blank`.
pub fn pk_per_indikator(path: &Path) -> FixtureResult {
    let (merged, merges) = per_indikator_rows("nsit", SasaranCells::Merged);
    let (blank, _) = per_indikator_rows("nsit", SasaranCells::Blank);
    let header = &["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET"];
    let titles = &["PERJANJIAN KINERJA TAHUN 2023"];
    write(
        path,
        &[
            Table {
                sheet: "PK Merged",
                titles,
                header,
                rows: &merged,
                merged_down: &merges,
            },
            Table {
                sheet: "PK Blank",
                titles,
                header,
                rows: &blank,
                merged_down: &[],
            },
        ],
    )
}

/// One sheet `PK` under the title `PERJANJIAN KINERJA TAHUN 2023`, with the header
/// NO | SASARAN | INDIKATOR KINERJA | TARGET in row 2 and `rows` under it.
fn pk_sheet(path: &Path, rows: &[Vec<V>]) -> FixtureResult {
    write(
        path,
        &[Table {
            sheet: "PK",
            titles: &["PERJANJIAN KINERJA TAHUN 2023"],
            header: &["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET"],
            rows,
            merged_down: &[],
        }],
    )
}

/// A PK whose last rows write a total's label in the sasaran column, header in row 2 under one
/// title line: two indikator (rows 3 and 4), then `Subtotal` alone (row 5) and `Jumlah` with
/// the targets added up and no indikator (row 6).
pub fn pk_subtotal_in_sasaran(path: &Path) -> FixtureResult {
    let rows = vec![
        row(&["1", SASARAN[0], "Persentase data pemilih mutakhir", "100%"]),
        row(&["2", SASARAN[1], "Persentase partisipasi pemilih", "77,5%"]),
        row(&["", "Subtotal", "", ""]),
        row(&["", "Jumlah", "", "177,5%"]),
    ];
    pk_sheet(path, &rows)
}

/// A PK whose last rows write a bare total's label in the indikator column, with nothing in
/// the sasaran column, header in row 2 under one title line: two indikator (rows 3 and 4; the
/// first starts with `Jumlah` and names what it counts, so it stays one), then `JUMLAH` alone
/// (row 5) and `Jumlah Keseluruhan` with the targets added up (row 6).
pub fn pk_total_in_indikator(path: &Path) -> FixtureResult {
    let rows = vec![
        row(&["1", SASARAN[0], "Jumlah pemilih terdaftar", "100%"]),
        row(&["2", SASARAN[1], "Persentase partisipasi pemilih", "77,5%"]),
        row(&["", "", "JUMLAH", ""]),
        row(&["", "", "Jumlah Keseluruhan", "177,5%"]),
    ];
    pk_sheet(path, &rows)
}

/// [`pk_subtotal_in_sasaran`] and [`pk_total_in_indikator`] with the total lines numbered on
/// from the indikator: `3 | JUMLAH | | 177,5%` (row 5) and `4 | | Jumlah Keseluruhan |
/// 177,5%` (row 6).
pub fn pk_numbered_totals(path: &Path) -> FixtureResult {
    let rows = vec![
        row(&["1", SASARAN[0], "Jumlah pemilih terdaftar", "100%"]),
        row(&["2", SASARAN[1], "Persentase partisipasi pemilih", "77,5%"]),
        row(&["3", "JUMLAH", "", "177,5%"]),
        row(&["4", "", "Jumlah Keseluruhan", "177,5%"]),
    ];
    pk_sheet(path, &rows)
}

/// A PK of two indikator (rows 3 and 4) with its program budget table under a blank row:
/// the header `name | amount` (row 6) in columns B and C, or with `right` in C and D (the
/// indikator and target columns), then two programs with their anggaran as number cells
/// (rows 7 and 8) and `Jumlah` with their sum: 2 348 197 000 + 1 250 000 000 =
/// 3 598 197 000 (row 9).
pub fn pk_budget_table(
    path: &Path,
    name: &'static str,
    amount: &'static str,
    right: bool,
) -> FixtureResult {
    let line = |no: V, program: &'static str, anggaran: f64| {
        let mut cells = vec![no, V::E, V::E, V::E];
        let at = if right { 2 } else { 1 };
        cells[at] = V::T(program);
        cells[at + 1] = V::N(anggaran);
        cells
    };
    let mut header = vec![V::E; 4];
    let at = if right { 2 } else { 1 };
    header[at] = V::T(name);
    header[at + 1] = V::T(amount);
    let rows = vec![
        row(&["1", SASARAN[0], "Persentase data pemilih mutakhir", "100%"]),
        row(&["2", SASARAN[1], "Persentase partisipasi pemilih", "77,5%"]),
        vec![],
        header,
        line(
            V::T("1"),
            "Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya KPU",
            2_348_197_000.0,
        ),
        line(
            V::T("2"),
            "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
            1_250_000_000.0,
        ),
        line(V::E, "Jumlah", 3_598_197_000.0),
    ];
    pk_sheet(path, &rows)
}

/// A PK whose last rows average the targets above, header in row 2 under one title line: two
/// indikator (rows 3 and 4; the second measures an average, and stays an indikator), then
/// `Rata-rata` in the sasaran column with the targets' average and no indikator (row 5), and
/// `Rata-rata capaian` in the indikator column under no sasaran (row 6).
pub fn pk_average_lines(path: &Path) -> FixtureResult {
    let rows = vec![
        row(&["1", SASARAN[0], "Persentase data pemilih mutakhir", "100%"]),
        row(&[
            "2",
            SASARAN[1],
            "Rata-rata waktu layanan informasi",
            "77,5%",
        ]),
        row(&["", "Rata-rata", "", "88,75%"]),
        row(&["", "", "Rata-rata capaian", "88,75%"]),
    ];
    pk_sheet(path, &rows)
}

/// Groupings lakip cannot be sure of, header in row 2 under one title line:
///
/// - sheet `Per Sasaran`: the table numbers its sasaran (row 4 has no number: one more
///   indikator of sasaran 1), and row 5 is numbered `2` with a blank sasaran cell: one more
///   indikator of sasaran 1, or a sasaran whose text is missing;
/// - sheet `No Sasaran Above`: the first row (row 3) is numbered with a blank sasaran cell,
///   and no sasaran is above it.
pub fn kinerja_doubtful_grouping(path: &Path) -> FixtureResult {
    let header = &[
        "No",
        "Sasaran",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Capaian (%)",
    ];
    let per_sasaran = vec![
        row(&["1", SASARAN[0], "Indikator satu", "100%", "100%", "100"]),
        row(&["", "", "Indikator dua", "95%", "90%", "94,74"]),
        row(&["2", "", "Indikator tiga", "100%", "98%", "98"]),
        row(&["3", SASARAN[2], "Indikator empat", "100%", "100%", "100"]),
    ];
    let none_above = vec![
        row(&["1", "", "Indikator satu", "100%", "100%", "100"]),
        row(&["2", SASARAN[1], "Indikator dua", "95%", "90%", "94,74"]),
    ];
    let titles = &["PENGUKURAN KINERJA"];
    write(
        path,
        &[
            Table {
                sheet: "Per Sasaran",
                titles,
                header,
                rows: &per_sasaran,
                merged_down: &[],
            },
            Table {
                sheet: "No Sasaran Above",
                titles,
                header,
                rows: &none_above,
                merged_down: &[],
            },
        ],
    )
}

/// Text cells, `""` for no cell.
fn row(cells: &[&'static str]) -> Vec<V> {
    cells
        .iter()
        .map(|c| if c.is_empty() { V::E } else { V::T(c) })
        .collect()
}

// ---------------------------------------------------------------------------
// Case 5: targets written with a comparator or a word
// ---------------------------------------------------------------------------

/// Targets with a comparator, the realisasi, and the capaian stated (as the satker worked it,
/// each right), under two sasaran:
///
/// | No | target | realisasi | capaian |
/// |---|---|---|---|
/// | 1 | ≥ 77,5% | 80% | 80 ÷ 77,5 × 100 = 103,225… → 103,23 |
/// | 2 | ≥ 3,50 | 3,6 | 3,6 ÷ 3,5 × 100 = 102,857… → 102,86 |
/// | 3 | Min. 90% | 95% | 95 ÷ 90 × 100 = 105,555… → 105,56 |
/// | 4 | Minimal 90% | 90% | 90 ÷ 90 × 100 = 100 |
/// | 5 | Maks. 2% | 1% | lower is better: (2 × 2 − 1) ÷ 2 × 100 = 150 |
/// | 6 | ≤ 2 Hari | 1 Hari | (2 × 2 − 1) ÷ 2 × 100 = 150 |
/// | 7 | Minimal B | BB | BB ≥ B: 100 |
/// | 8 | Nilai B | A | A ≥ B: 100 |
/// | 9 | Paling sedikit 12 Kali | 12 Kali | 12 ÷ 12 × 100 = 100 |
/// | 10 | Paling lama 14 Hari | 7 Hari | (2 × 14 − 7) ÷ 14 × 100 = 150 |
/// | 11 | >= 80% | 88% | 88 ÷ 80 × 100 = 110 |
/// | 12 | <= 5% | 4% | (2 × 5 − 4) ÷ 5 × 100 = 120 |
/// | 13 | Maksimal 3 Hari | 3 Hari | (2 × 3 − 3) ÷ 3 × 100 = 100 |
pub const COMPARATORS: [(&str, &str, &str, &str); 13] = [
    ("Tingkat partisipasi pemilih", "≥ 77,5%", "80%", "103,23"),
    ("Indeks kepuasan layanan", "≥ 3,50", "3,6", "102,86"),
    (
        "Persentase layanan informasi tepat waktu",
        "Min. 90%",
        "95%",
        "105,56",
    ),
    (
        "Persentase dokumen pencalonan lengkap",
        "Minimal 90%",
        "90%",
        "100",
    ),
    ("Persentase temuan pemeriksaan", "Maks. 2%", "1%", "150"),
    ("Waktu penyelesaian pengaduan", "≤ 2 Hari", "1 Hari", "150"),
    ("Nilai evaluasi SAKIP", "Minimal B", "BB", "100"),
    ("Nilai evaluasi reformasi birokrasi", "Nilai B", "A", "100"),
    (
        "Jumlah kegiatan sosialisasi",
        "Paling sedikit 12 Kali",
        "12 Kali",
        "100",
    ),
    (
        "Lama verifikasi berkas",
        "Paling lama 14 Hari",
        "7 Hari",
        "150",
    ),
    (
        "Persentase rekomendasi ditindaklanjuti",
        ">= 80%",
        "88%",
        "110",
    ),
    ("Persentase kesalahan input data", "<= 5%", "4%", "120"),
    ("Lama rekapitulasi", "Maksimal 3 Hari", "3 Hari", "100"),
];

/// BAB III with the targets of [`COMPARATORS`]: `No | Sasaran | Indikator Kinerja | Target |
/// Realisasi | Capaian (%)`, header in row 2, rows 3–15; sasaran 1 on rows 1–4 (merged down),
/// sasaran 2 on the rest (blank under its first row).
pub fn kinerja_comparators(path: &Path) -> FixtureResult {
    let numbers = [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
    ];
    let rows: Vec<Vec<V>> = COMPARATORS
        .iter()
        .enumerate()
        .map(|(k, &(indikator, target, realisasi, capaian))| {
            let sasaran = match k {
                0 => V::T(SASARAN[1]),
                4 => V::T(SASARAN[3]),
                _ => V::E,
            };
            vec![
                V::T(numbers[k]),
                sasaran,
                V::T(indikator),
                V::T(target),
                V::T(realisasi),
                V::T(capaian),
            ]
        })
        .collect();
    write(
        path,
        &[Table {
            sheet: "Tabel 3",
            titles: &["PENGUKURAN KINERJA TAHUN 2023"],
            header: &[
                "No",
                "Sasaran",
                "Indikator Kinerja",
                "Target",
                "Realisasi",
                "Capaian (%)",
            ],
            rows: &rows,
            merged_down: &[(1, 0, 3)],
        }],
    )
}

/// The PK of the same indikator: the first six targets written as the BAB III writes them,
/// the rest without their comparator (`77,5%` for `≥ 77,5%` stays the same target), and
/// row 9 (indikator 7) `Maks. B` against the BAB III's `Minimal B` — the opposite comparator.
/// `NO | SASARAN | INDIKATOR KINERJA | TARGET`, header in row 2.
pub fn pk_comparators(path: &Path) -> FixtureResult {
    let plain = [
        "≥ 77,5%",
        "≥ 3,50",
        "Min. 90%",
        "Minimal 90%",
        "Maks. 2%",
        "≤ 2 Hari",
        "Maks. B",
        "B",
        "12 Kali",
        "14 Hari",
        "80%",
        "5%",
        "3 Hari",
    ];
    let numbers = [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
    ];
    let rows: Vec<Vec<V>> = COMPARATORS
        .iter()
        .zip(plain)
        .enumerate()
        .map(|(k, (&(indikator, ..), target))| {
            let sasaran = if k < 4 { SASARAN[1] } else { SASARAN[3] };
            vec![
                V::T(numbers[k]),
                V::T(sasaran),
                V::T(indikator),
                V::T(target),
            ]
        })
        .collect();
    pk_sheet(path, &rows)
}

/// A BAB III with a Polaritas column whose `naik` (row 3) contradicts its target `Maks. 2%`,
/// and a `turun` (row 4) that agrees with `≤ 2 Hari`: `No | Indikator Kinerja | Polaritas |
/// Target | Realisasi | Capaian (%)`, header in row 2.
///
/// Row 3 follows its Polaritas: higher is better, 1 ÷ 2 × 100 = 50. Row 4: (2 × 2 − 1) ÷ 2 ×
/// 100 = 150.
pub fn kinerja_polaritas_against_comparator(path: &Path) -> FixtureResult {
    let rows = vec![
        row(&[
            "1",
            "Persentase temuan pemeriksaan",
            "naik",
            "Maks. 2%",
            "1%",
            "50",
        ]),
        row(&[
            "2",
            "Waktu penyelesaian pengaduan",
            "turun",
            "≤ 2 Hari",
            "1 Hari",
            "150",
        ]),
    ];
    write(
        path,
        &[Table {
            sheet: "Tabel 3",
            titles: &["PENGUKURAN KINERJA"],
            header: &[
                "No",
                "Indikator Kinerja",
                "Polaritas",
                "Target",
                "Realisasi",
                "Capaian (%)",
            ],
            rows: &rows,
            merged_down: &[],
        }],
    )
}

// ---------------------------------------------------------------------------
// Case 6: a Satuan column beside Target
// ---------------------------------------------------------------------------

/// Four indikator with the target as a number and its unit apart, and the same target as a
/// PK writes it with its unit: (indikator, target number, satuan, realisasi number, capaian
/// stated, target with its unit).
///
/// | indikator | capaian |
/// |---|---|
/// | partisipasi | 80 ÷ 77,5 × 100 = 103,225… → 103,23 |
/// | laporan | 12 ÷ 12 × 100 = 100 (Laporan) |
/// | indeks | 3,6 ÷ 3,5 × 100 = 102,857… → 102,86 (Indeks) |
/// | dokumen | 11 ÷ 12 × 100 = 91,666… → 91,67 (Dokumen) |
pub const SATUAN: [(&str, f64, &str, f64, &str, &str); 4] = [
    (
        "Tingkat partisipasi pemilih",
        77.5,
        "%",
        80.0,
        "103,23",
        "77,5%",
    ),
    (
        "Jumlah laporan kinerja yang disusun",
        12.0,
        "Laporan",
        12.0,
        "100",
        "12 Laporan",
    ),
    (
        "Indeks kepuasan layanan",
        3.5,
        "Indeks",
        3.6,
        "102,86",
        "3,5 Indeks",
    ),
    (
        "Jumlah dokumen perencanaan",
        12.0,
        "Dokumen",
        11.0,
        "91,67",
        "12 Dokumen",
    ),
];

/// A PK whose targets carry their unit in the cell (`77,5%`, `12 Laporan`): `No | Sasaran |
/// Indikator Kinerja | Target`, header in row 2, rows 3–6.
pub fn pk_units_written(path: &Path) -> FixtureResult {
    let rows: Vec<Vec<V>> = SATUAN
        .iter()
        .enumerate()
        .map(|(k, &(indikator, .., written))| {
            vec![
                V::N(k as f64 + 1.0),
                V::T(SASARAN[k / 2]),
                V::T(indikator),
                V::T(written),
            ]
        })
        .collect();
    write(
        path,
        &[Table {
            sheet: "PK",
            titles: &["PERJANJIAN KINERJA TAHUN 2023"],
            header: &["No", "Sasaran", "Indikator Kinerja", "Target"],
            rows: &rows,
            merged_down: &[],
        }],
    )
}

/// The same PK with the target a number and a `Satuan` column right of it: `NO | SASARAN |
/// INDIKATOR KINERJA | TARGET | SATUAN`, header in row 2, rows 3–6.
pub fn pk_satuan(path: &Path) -> FixtureResult {
    let rows: Vec<Vec<V>> = SATUAN
        .iter()
        .enumerate()
        .map(|(k, &(indikator, target, satuan, ..))| {
            vec![
                V::N(k as f64 + 1.0),
                V::T(SASARAN[k / 2]),
                V::T(indikator),
                V::N(target),
                V::T(satuan),
            ]
        })
        .collect();
    write(
        path,
        &[Table {
            sheet: "PK",
            titles: &["PERJANJIAN KINERJA TAHUN 2023"],
            header: &["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "SATUAN"],
            rows: &rows,
            merged_down: &[],
        }],
    )
}

/// BAB III with `Satuan` left of the target (another order) and numbers for target and
/// realisasi: `No | Sasaran | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%)`,
/// header in row 2, rows 3–6; row 7 adds an indikator whose target `5 Dokumen` names a unit
/// other than its Satuan `Laporan`.
pub fn kinerja_satuan(path: &Path) -> FixtureResult {
    let mut rows: Vec<Vec<V>> = SATUAN
        .iter()
        .enumerate()
        .map(|(k, &(indikator, target, satuan, realisasi, capaian, _))| {
            vec![
                V::N(k as f64 + 1.0),
                V::T(SASARAN[k / 2]),
                V::T(indikator),
                V::T(satuan),
                V::N(target),
                V::N(realisasi),
                V::T(capaian),
            ]
        })
        .collect();
    rows.push(vec![
        V::N(5.0),
        V::T(SASARAN[2]),
        V::T("Jumlah laporan evaluasi"),
        V::T("Laporan"),
        V::T("5 Dokumen"),
        V::T("5 Dokumen"),
        V::T("100"),
    ]);
    write(
        path,
        &[Table {
            sheet: "Tabel 3",
            titles: &["PENGUKURAN KINERJA TAHUN 2023"],
            header: &[
                "No",
                "Sasaran",
                "Indikator Kinerja",
                "Satuan",
                "Target",
                "Realisasi",
                "Capaian (%)",
            ],
            rows: &rows,
            merged_down: &[],
        }],
    )
}

/// A BAB III of four indikator, `No | Sasaran | Indikator Kinerja | Target | Realisasi |
/// Capaian (%)`, header in row 2, rows 3–6, and `tail` from row 7. Capaian worked by hand:
///
/// | row | target | realisasi | capaian |
/// |---|---|---|---|
/// | 3 | 100 | 100 | 100 |
/// | 4 | 95 | 90 | 90 ÷ 95 × 100 = 94,736… → 94,74 |
/// | 5 | 77,5 | 80 | 80 ÷ 77,5 × 100 = 103,225… → 103,23 |
/// | 6 | 12 | 12 | 100 |
///
/// Their sum is 397,97 and their average 397,97 ÷ 4 = 99,4925 → 99,49.
pub fn kinerja_with_tail(path: &Path, tail: &[Vec<V>]) -> FixtureResult {
    let mut rows = vec![
        vec![
            V::N(1.0),
            V::T(SASARAN[0]),
            V::T("Persentase data pemilih mutakhir"),
            V::N(100.0),
            V::N(100.0),
            V::N(100.0),
        ],
        vec![
            V::E,
            V::E,
            V::T("Persentase keluhan yang ditindaklanjuti"),
            V::N(95.0),
            V::N(90.0),
            V::N(94.74),
        ],
        vec![
            V::N(2.0),
            V::T(SASARAN[1]),
            V::T("Persentase partisipasi pemilih"),
            V::N(77.5),
            V::N(80.0),
            V::N(103.23),
        ],
        vec![
            V::E,
            V::E,
            V::T("Jumlah laporan kinerja"),
            V::N(12.0),
            V::N(12.0),
            V::N(100.0),
        ],
    ];
    rows.extend(tail.iter().cloned());
    kinerja_rows(path, &rows, &[])
}

/// A BAB III of these `rows` under `No | Sasaran | Indikator Kinerja | Target | Realisasi |
/// Capaian (%)` (header in row 2, rows from row 3), text cells merged `across`.
pub fn kinerja_rows(path: &Path, rows: &[Vec<V>], across: &[MergedAcross]) -> FixtureResult {
    let mut workbook = new_workbook()?;
    let table = Table {
        sheet: "Tabel 3",
        titles: &["PENGUKURAN KINERJA TAHUN 2023"],
        header: &[
            "No",
            "Sasaran",
            "Indikator Kinerja",
            "Target",
            "Realisasi",
            "Capaian (%)",
        ],
        rows,
        merged_down: &[],
    };
    add(&mut workbook, &table, across)?;
    workbook.save(path)?;
    Ok(())
}

/// A RAK with `Satuan` right of the target: `No | Sasaran | Indikator Kinerja | Target |
/// Satuan | Rencana Aksi | TW I | TW II | TW III | TW IV | Anggaran | Pelaksana`, header in
/// row 2, one action per indikator in rows 3–6.
pub fn rak_satuan(path: &Path) -> FixtureResult {
    rak_satuan_table(path, rak_satuan_rows())
}

/// [`rak_satuan`] with a last row (row 7) `JUMLAH` in the Rencana Aksi column beside the four
/// actions' Anggaran added up (4 × 1 000 000), nothing else.
pub fn rak_total_in_aksi(path: &Path) -> FixtureResult {
    let mut rows = rak_satuan_rows();
    let mut total = vec![V::E; 12];
    total[5] = V::T("JUMLAH");
    total[10] = V::N(4_000_000.0);
    rows.push(total);
    rak_satuan_table(path, rows)
}

/// [`rak_satuan`] with a last row (row 7) holding only the sum of the four actions' Anggaran
/// (4 × 1 000 000) and, in the Rencana Aksi column, `label` (none when `None`); the sum is a
/// number, or with `formula` the formula `=SUM(K3:K6)` saved with that result. A numbered
/// one, `5`, in the No column when `numbered`.
pub fn rak_sum_row(
    path: &Path,
    label: Option<&'static str>,
    formula: bool,
    numbered: bool,
) -> FixtureResult {
    let mut rows = rak_satuan_rows();
    let mut total = vec![V::E; 12];
    if numbered {
        total[0] = V::N(5.0);
    }
    if let Some(label) = label {
        total[5] = V::T(label);
    }
    total[10] = match formula {
        true => V::F("=SUM(K3:K6)", 4_000_000.0),
        false => V::N(4_000_000.0),
    };
    rows.push(total);
    rak_satuan_table(path, rows)
}

fn rak_satuan_rows() -> Vec<Vec<V>> {
    let aksi = [
        "Sosialisasi tahapan",
        "Menyusun laporan",
        "Survei kepuasan",
        "Menyusun dokumen",
    ];
    SATUAN
        .iter()
        .zip(aksi)
        .enumerate()
        .map(|(k, (&(indikator, target, satuan, ..), aksi))| {
            vec![
                V::N(k as f64 + 1.0),
                V::T(SASARAN[k / 2]),
                V::T(indikator),
                V::N(target),
                V::T(satuan),
                V::T(aksi),
                V::T("v"),
                V::E,
                V::E,
                V::T("v"),
                V::N(1_000_000.0),
                V::T("Subbag Program"),
            ]
        })
        .collect()
}

fn rak_satuan_table(path: &Path, rows: Vec<Vec<V>>) -> FixtureResult {
    write(
        path,
        &[Table {
            sheet: "RAK",
            titles: &["RENCANA AKSI TAHUN 2023"],
            header: &[
                "No",
                "Sasaran",
                "Indikator Kinerja",
                "Target",
                "Satuan",
                "Rencana Aksi",
                "TW I",
                "TW II",
                "TW III",
                "TW IV",
                "Anggaran",
                "Pelaksana",
            ],
            rows: &rows,
            merged_down: &[],
        }],
    )
}

// ---------------------------------------------------------------------------
// Case 8: a capaian column with mixed cell types
// ---------------------------------------------------------------------------

/// BAB III whose capaian column mixes text cells and fractions, header in row 2 (`No |
/// Sasaran | Indikator Kinerja | Target | Realisasi | Capaian (%)`), rows 3–6. With
/// `fractions`, the target and realisasi are fractions too (0,9 for 90%); otherwise texts
/// (`90%`). With `percent_format`, every fraction is a number cell formatted `0.00%` (as Excel
/// shows 1,0526 as 105,26%); without, a plain number cell (as a CSV, or a file whose formats
/// were lost, keeps it).
///
/// | row | target | realisasi | capaian cell | capaian |
/// |---|---|---|---|---|
/// | 3 | 90% | 95% | text `105,56` | 95 ÷ 90 × 100 = 105,555… → 105,56 |
/// | 4 | 95% | 100% | number 1,0526 | 100 ÷ 95 × 100 = 105,263… → 105,26 |
/// | 5 | 100% | 100% | text `100` | 100 |
/// | 6 | 80% | 76% | number 0,95 | 76 ÷ 80 × 100 = 95 |
pub fn kinerja_mixed_capaian(path: &Path, fractions: bool, percent_format: bool) -> FixtureResult {
    let number = |n: f64| if percent_format { V::P(n) } else { V::N(n) };
    let value = |text: &'static str, fraction: f64| {
        if fractions {
            number(fraction)
        } else {
            V::T(text)
        }
    };
    let rows = vec![
        vec![
            V::T("1"),
            V::T(SASARAN[0]),
            V::T("Persentase tahapan tepat waktu"),
            value("90%", 0.9),
            value("95%", 0.95),
            V::T("105,56"),
        ],
        vec![
            V::T("2"),
            V::E,
            V::T("Persentase keberatan diselesaikan"),
            value("95%", 0.95),
            value("100%", 1.0),
            number(1.0526),
        ],
        vec![
            V::T("3"),
            V::T(SASARAN[2]),
            V::T("Persentase data pemilih mutakhir"),
            value("100%", 1.0),
            value("100%", 1.0),
            V::T("100"),
        ],
        vec![
            V::T("4"),
            V::E,
            V::T("Persentase pemilih disabilitas terdata"),
            value("80%", 0.8),
            value("76%", 0.76),
            number(0.95),
        ],
    ];
    write(
        path,
        &[Table {
            sheet: "Tabel 3",
            titles: &["PENGUKURAN KINERJA TAHUN 2023"],
            header: &[
                "No",
                "Sasaran",
                "Indikator Kinerja",
                "Target",
                "Realisasi",
                "Capaian (%)",
            ],
            rows: &rows,
            merged_down: &[],
        }],
    )
}
