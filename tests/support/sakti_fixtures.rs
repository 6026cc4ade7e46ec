//! SAKTI GLP039 "Laporan Ketersediaan Dana Detail" workbooks, laid out cell by cell and merge
//! by merge as the real exports in `../shared/real/sakti-glp039/` are (see those files):
//!
//! - rows 1–3: the title, `Per Program; Kegiatan; …`, `Periode <bulan> 2025`, each merged
//!   across; rows 4–6: `Kementerian : 036 …`, `Unit Organisasi 01 …`, `Satuan Kerja : 427768
//!   …` (label merged A:N, code in O, name merged from P), `Hal 1 dari 5` in AC6/AF6;
//! - rows 7–8, the header: `Uraian` (A7:P7), `Pagu Revisi` (R7), `Lock Pagu` (T7), `Realisasi
//!   TA 2025` (V7:AC7) over `Periode Lalu` (V8:W8), `Periode Ini` (X8), `s.d. Periode`
//!   (Y8:AA8), `%` (AB8:AC8), and `SISA ANGGARAN` (AE7:AH7);
//! - row 9, `JUMLAH SELURUHNYA` (A9:P9) with pagu Q9:R9, lock S9:V9, lalu W9, ini X9, s.d.
//!   Y9:AB9, % AC9, sisa AD9:AI9 — s.d. and sisa a column left of the other rows';
//! - the body: each level's code and name merged in its own columns (program `WA` B:C + D:P,
//!   kegiatan B:H + I:P, KRO C:F + G:P, RO C:J + K:P, komponen E:I + J:P, sub-komponen F:K +
//!   L:P, akun H:L + M:P, item N:P) and the amounts pagu Q:R, lock S:V, lalu W, ini X:Y, s.d.
//!   Z:AB, % AC:AD (a fraction), sisa AE:AI; the page footer `*Lock Pagu adalah …` merged
//!   B:AF.
//!
//! `merged: false` writes the same cells without any merged region, as a copy that lost them.
#![allow(dead_code)]

use std::error::Error;
use std::path::Path;

use rust_xlsxwriter::{Format, Worksheet, XlsxError};

type FixtureResult = Result<(), Box<dyn Error>>;

/// Levels, as the columns they write their codes in.
pub const PROGRAM: usize = 0;
pub const KEGIATAN: usize = 1;
pub const KRO: usize = 2;
pub const RO: usize = 3;
pub const KOMPONEN: usize = 4;
pub const SUB_KOMPONEN: usize = 5;
pub const AKUN: usize = 6;

/// Per level: the code's merge (first and last column) and the first column of its name
/// (merged to P).
const LEVEL_COLUMNS: [(u16, u16, u16); 7] = [
    (1, 2, 3),
    (1, 7, 8),
    (2, 5, 6),
    (2, 9, 10),
    (4, 8, 9),
    (5, 10, 11),
    (7, 11, 12),
];
const ITEM_COLUMN: u16 = 13;
const NAME_LAST: u16 = 15;

/// The amount columns of a body row, as merged ranges: pagu, lock, lalu, ini, s.d., %, sisa.
const BODY_AMOUNTS: [(u16, u16); 7] = [
    (16, 17),
    (18, 21),
    (22, 22),
    (23, 24),
    (25, 27),
    (28, 29),
    (30, 34),
];
/// The same on the grand total row: s.d. in Y and sisa in AD.
const TOTAL_AMOUNTS: [(u16, u16); 7] = [
    (16, 17),
    (18, 21),
    (22, 22),
    (23, 23),
    (24, 27),
    (28, 28),
    (29, 34),
];

pub const FOOTER: &str = "*Lock Pagu adalah jumlah pagu yang sedang dalam proses usulan revisi DIPA atau POK. Lock pagu akan hilang setelah usulan revisi DIPA/POK selesai menjadi DIPA.";

/// What a row states: pagu, lock pagu, realisasi periode lalu, periode ini, s.d. periode and
/// sisa (the % is written as s.d. ÷ pagu, a fraction).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figures {
    pub pagu: u64,
    pub lock: u64,
    pub lalu: u64,
    pub ini: u64,
    pub sd: u64,
    pub sisa: u64,
}

impl Figures {
    /// Consistent figures: s.d. = lalu + ini, sisa = pagu − s.d., no lock.
    pub const fn new(pagu: u64, lalu: u64, ini: u64) -> Figures {
        Figures {
            pagu,
            lock: 0,
            lalu,
            ini,
            sd: lalu + ini,
            sisa: pagu - lalu - ini,
        }
    }

    /// The sum of several rows' figures.
    pub fn sum(rows: &[Figures]) -> Figures {
        rows.iter().fold(Figures::new(0, 0, 0), |a, f| Figures {
            pagu: a.pagu + f.pagu,
            lock: a.lock + f.lock,
            lalu: a.lalu + f.lalu,
            ini: a.ini + f.ini,
            sd: a.sd + f.sd,
            sisa: a.sisa + f.sisa,
        })
    }

    fn cells(&self) -> [f64; 7] {
        let percent = if self.pagu == 0 {
            0.0
        } else {
            self.sd as f64 / self.pagu as f64
        };
        [
            self.pagu as f64,
            self.lock as f64,
            self.lalu as f64,
            self.ini as f64,
            self.sd as f64,
            percent,
            self.sisa as f64,
        ]
    }
}

/// One body row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A level (`PROGRAM` … `AKUN`) with its code as SAKTI writes it (`EBA.963`) and name.
    Heading(usize, String, String, Figures),
    /// A detail item, `002514. Makan Rapat …`.
    Item(String, Figures),
    /// The page footer.
    Footer,
    /// The rest of an item name a page break cut: its text, the pagu again, lock and sisa 0,
    /// no realisasi.
    Rest(String, u64),
    /// The top of a new page, as a report printed with its title block repeated: the six
    /// title and identity rows (`Hal <n> dari 5`) and the two header rows again — eight rows.
    PageTop(u32),
    /// Only the page number, `Hal <n> dari` / ` 5`, in the columns the title block prints it.
    PageNumber(u32),
}

pub fn heading(level: usize, code: &str, name: &str, figures: Figures) -> Row {
    Row::Heading(level, code.to_string(), name.to_string(), figures)
}

pub fn item(text: &str, figures: Figures) -> Row {
    Row::Item(text.to_string(), figures)
}

/// A whole report: its period (`Juli 2025`), the grand total it states, its body rows.
pub struct Report<'a> {
    pub periode: &'a str,
    pub total: Figures,
    pub rows: &'a [Row],
    /// Write the merged regions (as SAKTI does), or the cells alone.
    pub merged: bool,
}

/// Writes `report` to `path` (one sheet, named as SAKTI names it).
pub fn write(path: &Path, report: &Report) -> FixtureResult {
    let mut workbook = super::fixtures::new_workbook()?;
    let sheet = workbook.add_worksheet();
    sheet.set_name("GLP039_LAPORAN REALISASI SUPER")?;
    let mut out = Sheet {
        sheet,
        merged: report.merged,
    };
    out.title(0, report.periode, 1)?;
    out.header(6)?;
    out.text(8, 0, 15, "JUMLAH SELURUHNYA")?;
    out.figures(8, &TOTAL_AMOUNTS, &report.total)?;
    let mut at = 9;
    for row in report.rows {
        if let Row::PageTop(page) = row {
            out.title(at, report.periode, *page)?;
            out.header(at + 6)?;
            at += 8;
        } else {
            out.row(at, row)?;
            at += 1;
        }
    }
    workbook.save(path)?;
    Ok(())
}

/// A sheet written with or without its merged regions.
struct Sheet<'a> {
    sheet: &'a mut Worksheet,
    merged: bool,
}

impl Sheet<'_> {
    /// A text in `first`, merged to `last`.
    fn text(&mut self, row: u32, first: u16, last: u16, text: &str) -> Result<(), XlsxError> {
        if self.merged && last > first {
            self.sheet
                .merge_range(row, first, row, last, text, &Format::new())?;
        } else {
            self.sheet.write_string(row, first, text)?;
        }
        Ok(())
    }

    /// A number in `first`, merged to `last`.
    fn number(&mut self, row: u32, first: u16, last: u16, value: f64) -> Result<(), XlsxError> {
        if self.merged && last > first {
            self.sheet
                .merge_range(row, first, row, last, "", &Format::new())?;
        }
        self.sheet.write_number(row, first, value)?;
        Ok(())
    }

    /// The title block in rows `top` to `top + 5`, on page `page`.
    fn title(&mut self, top: u32, periode: &str, page: u32) -> Result<(), XlsxError> {
        self.text(top, 0, 33, "LAPORAN KETERSEDIAAN DANA DETAIL TA 2025")?;
        self.text(
            top + 1,
            0,
            32,
            "Per Program; Kegiatan; Output; SubOutput; Komponen; SubKomponen; Akun; Item;",
        )?;
        self.text(top + 2, 0, 31, &format!("Periode {periode}"))?;
        let identity = [
            (
                "Kementerian\t:",
                "036",
                "KEMENTERIAN KOORDINATOR BIDANG PEMBANGUNAN MANUSIA DAN KEBUDAYAAN",
            ),
            (
                "Unit Organisasi\t",
                "01",
                "KEMENTERIAN KOORDINATOR BIDANG PEMBANGUNAN MANUSIA DAN KEBUDAYAAN",
            ),
            (
                "Satuan Kerja   \t:",
                "427768",
                "SEKRETARIAT KEMENKO BIDANG PMK",
            ),
        ];
        for (i, (label, code, name)) in identity.into_iter().enumerate() {
            let row = top + 3 + i as u32;
            self.text(row, 0, 13, label)?;
            self.sheet.write_string(row, 14, code)?;
            self.text(row, 15, 26, name)?;
        }
        self.text(top + 5, 28, 30, &format!("Hal {page} dari"))?;
        self.text(top + 5, 31, 32, " 5")
    }

    /// The two header rows, `top` and `top + 1`.
    fn header(&mut self, top: u32) -> Result<(), XlsxError> {
        self.text(top, 0, 15, "Uraian")?;
        self.sheet.write_string(top, 17, "Pagu Revisi")?;
        self.sheet.write_string(top, 19, "Lock Pagu")?;
        self.text(top, 21, 28, "Realisasi TA 2025")?;
        self.text(top, 30, 33, "SISA ANGGARAN")?;
        self.text(top + 1, 21, 22, "Periode Lalu")?;
        self.sheet.write_string(top + 1, 23, "Periode Ini")?;
        self.text(top + 1, 24, 26, "s.d. Periode ")?;
        self.text(top + 1, 27, 28, "%")
    }

    fn figures(
        &mut self,
        row: u32,
        columns: &[(u16, u16); 7],
        figures: &Figures,
    ) -> Result<(), XlsxError> {
        for ((first, last), value) in columns.iter().zip(figures.cells()) {
            self.number(row, *first, *last, value)?;
        }
        Ok(())
    }

    fn row(&mut self, row: u32, body: &Row) -> Result<(), XlsxError> {
        match body {
            Row::Heading(level, code, name, figures) => {
                let (code_first, code_last, name_first) = LEVEL_COLUMNS[*level];
                self.text(row, code_first, code_last, code)?;
                self.text(row, name_first, NAME_LAST, name)?;
                self.figures(row, &BODY_AMOUNTS, figures)
            }
            Row::Item(text, figures) => {
                self.text(row, ITEM_COLUMN, NAME_LAST, text)?;
                self.figures(row, &BODY_AMOUNTS, figures)
            }
            Row::Footer => self.text(row, 1, 31, FOOTER),
            // Written by `write`, which knows it takes eight rows.
            Row::PageTop(_) => Ok(()),
            Row::PageNumber(page) => {
                self.text(row, 28, 30, &format!("Hal {page} dari"))?;
                self.text(row, 31, 32, " 5")
            }
            Row::Rest(text, pagu) => {
                self.text(row, ITEM_COLUMN, NAME_LAST, text)?;
                let (pagu_first, pagu_last) = BODY_AMOUNTS[0];
                self.number(row, pagu_first, pagu_last, *pagu as f64)?;
                let (lock_first, lock_last) = BODY_AMOUNTS[1];
                self.number(row, lock_first, lock_last, 0.0)?;
                let (sisa_first, sisa_last) = BODY_AMOUNTS[6];
                self.number(row, sisa_first, sisa_last, 0.0)
            }
        }
    }
}

/// A deterministic linear congruential generator (Knuth's MMIX constants).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

/// How a large report branches: KRO under the kegiatan, and items under each akun; two RO,
/// komponen and sub-komponen and three akun under each of the levels above them.
pub struct Shape {
    pub kro: usize,
    pub items: usize,
}

impl Shape {
    fn fanout(&self, level: usize) -> usize {
        match level {
            KEGIATAN => 1,
            KRO => self.kro,
            AKUN => 3,
            _ => 2,
        }
    }
}

/// The code of the `i`-th child at `level` of the heading coded `parent`, as SAKTI writes it.
fn child_code(level: usize, i: usize, parent: &str) -> String {
    let letter = |n: usize| char::from(b'A' + (n % 26) as u8);
    match level {
        KEGIATAN => format!("{parent}.6336"),
        KRO => format!("E{}{}", letter(i / 26), letter(i)),
        RO => format!("{parent}.{:03}", 951 + i),
        KOMPONEN => format!("{:03}", 51 + i),
        SUB_KOMPONEN => format!("{parent}.0{}", letter(i)),
        _ => ["521211", "522151", "524111"][i % 3].to_string(),
    }
}

/// Writes the large report of `shape` (see [`large`]) to `path`, its regions merged as SAKTI
/// merges them; its grand total.
pub fn write_large(path: &Path, shape: &Shape) -> Result<Figures, Box<dyn Error>> {
    let (rows, total) = large(shape);
    let report = Report {
        periode: "Desember 2025",
        total,
        rows: &rows,
        merged: true,
    };
    write(path, &report)?;
    Ok(total)
}

/// The rows of a large, consistent report of `shape`, a page footer every 30 rows, and the
/// grand total.
pub fn large(shape: &Shape) -> (Vec<Row>, Figures) {
    let mut rows = Vec::new();
    let mut items = Items(Lcg(2025), 0);
    let total = node(&mut rows, PROGRAM, "WA".to_string(), shape, &mut items);
    let mut paged = Vec::with_capacity(rows.len() + rows.len() / 30);
    for (i, row) in rows.into_iter().enumerate() {
        if i > 0 && i % 30 == 0 {
            paged.push(Row::Footer);
        }
        paged.push(row);
    }
    (paged, total)
}

/// A heading and everything under it, the heading stating the sum of its children.
fn node(rows: &mut Vec<Row>, at: usize, code: String, shape: &Shape, items: &mut Items) -> Figures {
    let mut below = Vec::new();
    let sums: Vec<Figures> = if at == AKUN {
        (0..shape.items).map(|_| items.next(&mut below)).collect()
    } else {
        (0..shape.fanout(at + 1))
            .map(|i| {
                node(
                    &mut below,
                    at + 1,
                    child_code(at + 1, i, &code),
                    shape,
                    items,
                )
            })
            .collect()
    };
    let figures = Figures::sum(&sums);
    rows.push(heading(at, &code, &format!("Uraian {code}"), figures));
    rows.extend(below);
    figures
}

/// Detail items with figures drawn from a fixed seed, numbered in order.
struct Items(Lcg, u64);

impl Items {
    fn next(&mut self, rows: &mut Vec<Row>) -> Figures {
        let rng = &mut self.0;
        let pagu = (1 + rng.next() % 9_999) * 1000;
        let lalu = (rng.next() % (pagu / 1000 + 1)) * 1000;
        let ini = (rng.next() % ((pagu - lalu) / 1000 + 1)) * 1000;
        self.1 += 1;
        let figures = Figures::new(pagu, lalu, ini);
        rows.push(item(
            &format!("{:06}. Belanja barang {}", self.1, self.1),
            figures,
        ));
        figures
    }
}

/// A SAKTI report and a hand-made realisasi table of one satker for the reconciliation at the
/// kegiatan level (issue 11 §5), in `dir`:
///
/// - `glp039.xlsx` (Juli 2025): program `WA` Program Dukungan Manajemen → kegiatan `WA.6336`
///   Dukungan Manajemen Internal → KRO `EBA` → RO `EBA.963` → komponen `127` → sub-komponen
///   `127.0A` → akun `521211` Belanja Bahan → item `002514. Makan Rapat`: pagu 906.800.000,
///   lalu 100.000.000, ini 21.913.000, s.d. 121.913.000, at every level;
/// - `tabel-kode.xlsx` (`Kode | Uraian | Pagu | Realisasi`, kegiatan as headings with an akun
///   under each): `036.01.WA` Program Dukungan Manajemen (row 2), `036.01.WA.6336` Dukungan
///   Manajemen Internal (row 3) with `521211` 900.000.000 / 121.913.000, `036.01.WA.9999`
///   Kegiatan Lain (row 5) with `521211` 6.800.000 / 0, JUMLAH 906.800.000 / 121.913.000;
/// - `tabel-nama.xlsx` (`Uraian | Pagu | Realisasi`, no codes, kegiatan as lettered items):
///   `1. Program Dukungan Manajemen` (row 2), `a. Dukungan Manajemen Internal` 900.000.000 /
///   121.913.000 (row 3), `b. Kegiatan Lain` 6.800.000 / 0 (row 4), JUMLAH.
pub fn reconcile_kegiatan(dir: &Path) -> FixtureResult {
    let all = Figures::new(906_800_000, 100_000_000, 21_913_000);
    let rows = [
        heading(PROGRAM, "WA", "Program Dukungan Manajemen", all),
        heading(KEGIATAN, "WA.6336", "Dukungan Manajemen Internal", all),
        heading(KRO, "EBA", "Layanan Dukungan Manajemen Internal", all),
        heading(RO, "EBA.963", "Layanan Data dan Informasi", all),
        heading(KOMPONEN, "127", "Pelaksanaan Pengelolaan Data", all),
        heading(
            SUB_KOMPONEN,
            "127.0A",
            "Sistem Pemerintahan Berbasis Elektronik",
            all,
        ),
        heading(AKUN, "521211", "Belanja Bahan", all),
        item("002514. Makan Rapat Biasa D.K.I. JAKARTA", all),
    ];
    write(
        &dir.join("glp039.xlsx"),
        &Report {
            periode: "Juli 2025",
            total: all,
            rows: &rows,
            merged: true,
        },
    )?;
    super::fixtures::table_xlsx(
        &dir.join("tabel-kode.xlsx"),
        "Realisasi",
        &[
            &["Kode", "Uraian", "Pagu", "Realisasi"],
            &["036.01.WA", "Program Dukungan Manajemen"],
            &["036.01.WA.6336", "Dukungan Manajemen Internal"],
            &["521211", "Belanja Bahan", "900000000", "121913000"],
            &["036.01.WA.9999", "Kegiatan Lain"],
            &["521211", "Belanja Bahan", "6800000", "0"],
            &["", "JUMLAH", "906800000", "121913000"],
        ],
    )?;
    super::fixtures::table_xlsx(
        &dir.join("tabel-nama.xlsx"),
        "Realisasi",
        &[
            &["Uraian", "Pagu", "Realisasi"],
            &["1. Program Dukungan Manajemen"],
            &["a. Dukungan Manajemen Internal", "900000000", "121913000"],
            &["b. Kegiatan Lain", "6800000", "0"],
            &["JUMLAH", "906800000", "121913000"],
        ],
    )?;
    Ok(())
}
