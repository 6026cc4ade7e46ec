//! Renja evaluation fixtures: the "Evaluasi Terhadap Hasil RKPD" form of Permendagri 86/2017
//! (kind `renja`), its header as the real form of `../shared/real/renja-evaluasi/` lays it
//! out (rows 6-9, columns A … AG), with a heading and its items under it. Written with
//! `rust_xlsxwriter` and the fixed creation date of the other fixtures; formulas carry the
//! results a spreadsheet program would have cached. Rows are 1-based, columns letters.

use std::error::Error;
use std::path::Path;

use rust_xlsxwriter::{Format, Formula, Worksheet, XlsxError};

use super::fixtures::{header_format, new_workbook, title_format};

/// Zero-based column of a letter name (`"A"` → 0, `"AG"` → 32).
fn col(name: &str) -> u16 {
    name.bytes()
        .fold(0u16, |n, b| n * 26 + u16::from(b - b'A' + 1))
        - 1
}

/// Merges `from:to` (cells as `"J6"`-style column letters and 1-based rows) with `text`.
fn merge(
    sheet: &mut Worksheet,
    (c1, r1): (&str, u32),
    (c2, r2): (&str, u32),
    text: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    sheet.merge_range(r1 - 1, col(c1), r2 - 1, col(c2), text, format)?;
    Ok(())
}

/// The header of the real form, rows 6-9: the column names in row 6 (merged down to row 7,
/// and across each group's K / Rp. columns), the triwulan I-IV in row 7, the column-number
/// row 8 with its formulas, and `K | % | Rp.` in row 9.
fn write_renja_header(sheet: &mut Worksheet, numbering: &Numbering) -> Result<(), XlsxError> {
    let h = header_format();
    let names: [(&str, &str, &str); 12] = [
        ("A", "A", "No"),
        ("F", "F", "Sasaran Perangkat daerah"),
        (
            "G",
            "G",
            "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
        ),
        (
            "H",
            "H",
            "Indikator Kinerja Program (Outcome)/Kegiatan (Output)",
        ),
        ("I", "I", "Satuan"),
        (
            "J",
            "K",
            "Target Renstra Perangkat Daerah Pada Tahun 2030  (Akhir Periode Renstra Perangkat Daerah)",
        ),
        (
            "L",
            "M",
            "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun 2024",
        ),
        (
            "N",
            "O",
            "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun 2025) yang dievaluasi",
        ),
        ("P", "AA", "Realisasi Kinerja Pada Triwulan"),
        (
            "AB",
            "AC",
            "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
        ),
        (
            "AD",
            "AE",
            "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah  s/d Tahun 2025 (Akhir Tahun Pelaksanaan Renja Perangkat Daerah)",
        ),
        (
            "AF",
            "AG",
            "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun 2030 (%)",
        ),
    ];
    for (from, to, name) in names {
        // The triwulan group spans row 6 only; every other name is merged down to row 7.
        let last = if from == "P" { 6 } else { 7 };
        merge(sheet, (from, 6), (to, last), name, &h)?;
    }
    for (c, text) in [
        ("B", "Visi"),
        ("C", "Misi"),
        ("D", "Sasaran RPJMD/ NSPK"),
        ("E", "Tujuan Perangkat Daerah"),
    ] {
        sheet.write_string_with_format(6, col(c), text, &h)?;
    }
    for (from, to, tw) in [
        ("P", "R", "I"),
        ("S", "U", "II"),
        ("V", "X", "III"),
        ("Y", "AA", "IV"),
    ] {
        merge(sheet, (from, 7), (to, 7), tw, &h)?;
    }
    // Row 8: columns 1-5 merged down to row 9, 6-12 across their groups, 13-15 the formulas.
    for (c, n) in [("A", 1), ("F", 2), ("G", 3), ("H", 4), ("I", 5)] {
        merge(sheet, (c, 8), (c, 9), "", &h)?;
        sheet.write_number_with_format(7, col(c), f64::from(n), &h)?;
    }
    for (from, to, n) in [
        ("J", "K", 6),
        ("L", "M", 7),
        ("N", "O", 8),
        ("P", "R", 9),
        ("S", "U", 10),
        ("V", "X", 11),
        ("Y", "AA", 12),
    ] {
        merge(sheet, (from, 8), (to, 8), "", &h)?;
        if numbering.as_text {
            sheet.write_string_with_format(7, col(from), n.to_string(), &h)?;
        } else {
            sheet.write_number_with_format(7, col(from), f64::from(n), &h)?;
        }
    }
    for ((from, to), formula) in [("AB", "AC"), ("AD", "AE"), ("AF", "AG")]
        .into_iter()
        .zip(numbering.formulas)
    {
        merge(sheet, (from, 8), (to, 8), formula, &h)?;
    }
    let units = [
        ("J", "K"),
        ("K", "Rp."),
        ("L", "K"),
        ("M", "Rp."),
        ("N", "K"),
        ("O", "Rp."),
        ("P", "K"),
        ("Q", "%"),
        ("R", "Rp."),
        ("S", "K"),
        ("T", "%"),
        ("U", "Rp."),
        ("V", "K"),
        ("W", "%"),
        ("X", "Rp."),
        ("Y", "K"),
        ("Z", "%"),
        ("AA", "Rp."),
        ("AB", "K"),
        ("AC", "Rp."),
        ("AD", "K"),
        ("AE", "Rp."),
        ("AF", "K"),
        ("AG", "Rp."),
    ];
    for (c, unit) in units {
        sheet.write_string_with_format(8, col(c), unit, &h)?;
    }
    Ok(())
}

/// One sub kegiatan: its uraian and Rp. amounts, `ac` as the sheet states it (typed over
/// the formula when it is not R + U + X + AA).
struct RenjaItem {
    uraian: &'static str,
    k: u64,
    m: u64,
    o: u64,
    tw: [u64; 4],
    ac: u64,
}

/// The two sub kegiatan under the heading in row 10 (rows 11 and 12).
const ITEMS: [RenjaItem; 2] = [
    RenjaItem {
        uraian: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        k: 10_000_000,
        m: 4_000_000,
        o: 5_000_000,
        tw: [1_000_000; 4],
        ac: 4_000_000,
    },
    RenjaItem {
        uraian: "Evaluasi Kinerja Perangkat Daerah",
        k: 20_000_000,
        m: 6_000_000,
        o: 10_000_000,
        tw: [2_000_000; 4],
        // R + U + X + AA is 8.000.000: typed over as 8.500.000.
        ac: 8_500_000,
    },
];

/// `=…` with the result a spreadsheet program caches for it.
fn cached(formula: &str, result: impl std::fmt::Display) -> Formula {
    Formula::new(formula).set_result(result.to_string())
}

/// A Renja evaluation with one kegiatan (row 10) over two sub kegiatan (rows 11, 12), and
/// two errors:
/// - R10 `=SUM(R11:R12)` caches 3.500.000, though R11 1.000.000 + R12 2.000.000 = 3.000.000
///   (the heading's other Rp. cells cache their sums; its AC10 12.500.000 is
///   R10 + U10 + X10 + AA10 = 3.500.000 + 3 × 3.000.000 as stated);
/// - AC12 is typed as 8.500.000 where R12 + U12 + X12 + AA12 = 4 × 2.000.000 = 8.000.000
///   (AC10 = AC11 4.000.000 + AC12 8.500.000 = 12.500.000 agrees with it).
///
/// AE = M + AC and AG = AE / K × 100 hold on every row: AE11 8.000.000, AG11 80;
/// AE12 14.500.000, AG12 72,5; AE10 22.500.000, AG10 75.
/// How the column-number row writes its numbers and formulas.
pub struct Numbering {
    /// The numbers 6-12 as text cells (`"9"`), as some offices type them.
    pub as_text: bool,
    /// The formulas of columns 13, 14 and 15.
    pub formulas: [&'static str; 3],
}

/// The real form's: numbers as numbers, `13 = 9 + 10 + 11 + 12`, `14 = 7 + 13`,
/// `15 = 14 / 6 x 100`.
pub const FORM_NUMBERING: Numbering = Numbering {
    as_text: false,
    formulas: ["13 = 9 + 10 + 11 + 12", "14 = 7 + 13", "15 = 14 / 6 x 100"],
};

pub fn write_renja_evaluasi(path: &Path) -> Result<(), Box<dyn Error>> {
    write_renja_evaluasi_with(path, &FORM_NUMBERING)
}

/// [`write_renja_evaluasi`] with its column-number row written another way.
pub fn write_renja_evaluasi_with(path: &Path, numbering: &Numbering) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("Realisasi TW IV")?;
    let title = title_format();
    merge(
        sheet,
        ("A", 1),
        ("AG", 1),
        "Evaluasi Terhadap Hasil RKPD",
        &title,
    )?;
    merge(sheet, ("A", 2), ("AG", 2), "Kabupaten Contoh ", &title)?;
    merge(sheet, ("A", 3), ("AG", 3), "Tahun 2025", &title)?;
    write_renja_header(sheet, numbering)?;

    // Row 10, the kegiatan: every Rp. cell adds up rows 11-12; R10 caches a wrong sum.
    let sum = |f: fn(&RenjaItem) -> u64| -> u64 { ITEMS.iter().map(f).sum() };
    let k10 = sum(|i| i.k);
    let m10 = sum(|i| i.m);
    let ac10 = sum(|i| i.ac);
    let ae10 = m10 + ac10;
    let heading: [(&str, u64); 9] = [
        ("K", k10),
        ("M", m10),
        ("O", sum(|i| i.o)),
        ("R", 3_500_000),
        ("U", sum(|i| i.tw[1])),
        ("X", sum(|i| i.tw[2])),
        ("AA", sum(|i| i.tw[3])),
        ("AC", ac10),
        ("AE", ae10),
    ];
    sheet.write_number(9, 0, 1)?;
    sheet.write_string(
        9,
        col("G"),
        "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    )?;
    sheet.write_string(
        9,
        col("H"),
        "Persentase Tertib Pelaporan Capaian Kinerja, Rencana Kerja dan Penganggaran",
    )?;
    sheet.write_string(9, col("I"), "%")?;
    for (c, value) in heading {
        sheet.write_formula(9, col(c), cached(&format!("=SUM({c}11:{c}12)"), value))?;
    }
    sheet.write_formula(9, col("AG"), cached("=AE10/K10*100", ae10 * 100 / k10))?;

    for (n, item) in ITEMS.iter().enumerate() {
        let row = 10 + n as u32;
        let r = row + 1;
        sheet.write_number(row, 0, (n + 2) as f64)?;
        sheet.write_string(row, col("G"), item.uraian)?;
        sheet.write_string(row, col("I"), "Dok")?;
        sheet.write_number(row, col("K"), item.k as f64)?;
        sheet.write_number(row, col("M"), item.m as f64)?;
        sheet.write_number(row, col("O"), item.o as f64)?;
        for (c, v) in ["R", "U", "X", "AA"].into_iter().zip(item.tw) {
            sheet.write_number(row, col(c), v as f64)?;
        }
        if item.ac == item.tw.iter().sum::<u64>() {
            let f = format!("=R{r}+U{r}+X{r}+AA{r}");
            sheet.write_formula(row, col("AC"), cached(&f, item.ac))?;
        } else {
            sheet.write_number(row, col("AC"), item.ac as f64)?;
        }
        let ae = item.m + item.ac;
        sheet.write_formula(row, col("AE"), cached(&format!("=M{r}+AC{r}"), ae))?;
        let ag = (ae as f64) * 100.0 / (item.k as f64);
        sheet.write_formula(row, col("AG"), cached(&format!("=AE{r}/K{r}*100"), ag))?;
    }
    workbook.save(path)?;
    Ok(())
}

/// A Renja evaluation of about `rows` body rows for the bench matrix
/// (`tests/support/bench_fixtures.rs`): the form's header, then kegiatan each over nine sub
/// kegiatan, every Rp. cell of a kegiatan `=SUM` of its sub kegiatan, AC `=R+U+X+AA`,
/// AE `=M+AC`, AG `=AE/K*100`, each with its cached result.
pub fn write_renja_large(path: &Path, rows: usize) -> Result<(), Box<dyn Error>> {
    let mut workbook = new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("Realisasi TW IV")?;
    let title = title_format();
    merge(
        sheet,
        ("A", 1),
        ("AG", 1),
        "Evaluasi Terhadap Hasil RKPD",
        &title,
    )?;
    merge(sheet, ("A", 2), ("AG", 2), "Kabupaten Contoh ", &title)?;
    merge(sheet, ("A", 3), ("AG", 3), "Tahun 2025", &title)?;
    write_renja_header(sheet, &FORM_NUMBERING)?;
    const SUBS: u32 = 9;
    let mut row = 9u32;
    let mut n = 0u32;
    let kegiatan = rows.div_ceil(SUBS as usize + 1) as u32;
    for g in 0..kegiatan {
        let head = row;
        n += 1;
        sheet.write_number(head, 0, f64::from(n))?;
        sheet.write_string(head, col("G"), format!("Kegiatan Perencanaan {}", g + 1))?;
        sheet.write_string(head, col("H"), "Persentase Tertib Pelaporan")?;
        sheet.write_string(head, col("I"), "%")?;
        let mut sums = [0u64; 9];
        for s in 0..SUBS {
            let r = head + 1 + s;
            let x = u64::from(1 + (g + s) % 7) * 1_000_000;
            let (k, m, o, tw) = (10 * x, 4 * x, 5 * x, x);
            let ac = 4 * tw;
            let ae = m + ac;
            n += 1;
            let excel = r + 1;
            sheet.write_number(r, 0, f64::from(n))?;
            sheet.write_string(r, col("G"), format!("Sub kegiatan {}.{}", g + 1, s + 1))?;
            sheet.write_string(r, col("I"), "Dok")?;
            for (c, v) in [
                ("K", k),
                ("M", m),
                ("O", o),
                ("R", tw),
                ("U", tw),
                ("X", tw),
                ("AA", tw),
            ] {
                sheet.write_number(r, col(c), v as f64)?;
            }
            let f = format!("=R{excel}+U{excel}+X{excel}+AA{excel}");
            sheet.write_formula(r, col("AC"), cached(&f, ac))?;
            sheet.write_formula(r, col("AE"), cached(&format!("=M{excel}+AC{excel}"), ae))?;
            let ag = (ae as f64) * 100.0 / (k as f64);
            sheet.write_formula(
                r,
                col("AG"),
                cached(&format!("=AE{excel}/K{excel}*100"), ag),
            )?;
            for (i, v) in [k, m, o, tw, tw, tw, tw, ac, ae].into_iter().enumerate() {
                sums[i] += v;
            }
        }
        let (first, last) = (head + 2, head + 1 + SUBS);
        let cols = ["K", "M", "O", "R", "U", "X", "AA", "AC", "AE"];
        for (c, v) in cols.into_iter().zip(sums) {
            sheet.write_formula(
                head,
                col(c),
                cached(&format!("=SUM({c}{first}:{c}{last})"), v),
            )?;
        }
        let ag = (sums[8] as f64) * 100.0 / (sums[0] as f64);
        let h = head + 1;
        sheet.write_formula(head, col("AG"), cached(&format!("=AE{h}/K{h}*100"), ag))?;
        row = head + 1 + SUBS;
    }
    workbook.save(path)?;
    Ok(())
}
