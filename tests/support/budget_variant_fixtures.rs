//! Everyday variants of the budget layouts lakip reads, as satker staff write them (issue 12):
//! an RKT that has a Target column beside its anggaran, subtotal rows that name their program,
//! and a SAKTI-coded anggaran table with full RO codes. Each table is built as a [`Grid`] of
//! logical columns, so one table can be written in several column orders, with its header
//! over one row or two (merged), in English/Indonesian mixes, as xlsx or as a `;` CSV with
//! Indonesian numbers.
#![allow(dead_code)]

use std::error::Error;
use std::io::Write;
use std::path::Path;

use rust_xlsxwriter::{Format, Formula, Workbook};

type FixtureResult = Result<(), Box<dyn Error>>;

/// A header: per logical key, the top row's text and the text under it (see [`Grid::header`]).
pub type Header = Vec<(&'static str, String, Option<String>)>;
/// Groups over a two-row header (see [`Grid::groups`]).
pub type Groups = Vec<(String, &'static str, &'static str)>;

/// A cell of the body.
#[derive(Debug, Clone, PartialEq)]
pub enum V {
    Empty,
    Text(String),
    Num(u64),
    /// A number with decimals (a percentage, `58.33`); `58,33` in a CSV.
    Dec(f64),
    /// `=SUM(…)` over the amount cells of these body rows (0-based in `Grid::rows`), with its
    /// cached result.
    Sum(Vec<usize>, u64),
}

pub fn t(s: &str) -> V {
    V::Text(s.to_string())
}

/// A table: a title block, a header of one or two rows over logical columns, and the body.
pub struct Grid {
    pub sheet: String,
    pub title: Vec<String>,
    /// Logical column keys, in the order they are written.
    pub order: Vec<&'static str>,
    /// The header: per logical key, the top row's text and, for a two-row header, the text
    /// under it (`None`: the top cell is merged down over both rows).
    pub header: Header,
    /// Groups over a two-row header: (text, first key, last key), merged across.
    pub groups: Groups,
    /// The key of the amount column `V::Sum` adds up.
    pub amount_key: &'static str,
    /// Body rows: (key, value) pairs; keys not named are empty.
    pub rows: Vec<Vec<(&'static str, V)>>,
}

impl Grid {
    fn two_rows(&self) -> bool {
        self.header.iter().any(|(_, _, under)| under.is_some())
    }

    fn col(&self, key: &str) -> u16 {
        self.order.iter().position(|k| *k == key).unwrap_or(0) as u16
    }

    /// The 0-based sheet row of body row `i`.
    fn body_row(&self, i: usize) -> u32 {
        (self.title.len() + 1 + self.header_rows() + i) as u32
    }

    fn header_rows(&self) -> usize {
        if self.two_rows() {
            2
        } else {
            1
        }
    }

    fn header_text(&self, key: &str) -> (String, Option<String>) {
        self.header
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, top, under)| (top.clone(), under.clone()))
            .unwrap_or_default()
    }

    fn formula(&self, rows: &[usize]) -> String {
        let letter = column_letter(self.col(self.amount_key));
        let cells: Vec<String> = rows
            .iter()
            .map(|r| format!("{letter}{}", self.body_row(*r) + 1))
            .collect();
        format!("=SUM({})", cells.join(","))
    }

    fn cell(&self, row: &[(&'static str, V)], key: &str) -> V {
        row.iter()
            .find(|(k, _)| *k == key)
            .map_or(V::Empty, |(_, v)| v.clone())
    }
}

fn column_letter(col: u16) -> String {
    let mut n = u32::from(col) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = ((n - 1) % 26) as u8;
        out.push(b'A' + r);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the grid as an xlsx workbook: the title from row 1, a blank row, the header (a
/// two-row header with its single columns merged down and its groups merged across), the
/// body with numbers as `#,##0` cells and sums as formulas with their cached results.
pub fn write_xlsx(grid: &Grid, path: &Path) -> FixtureResult {
    let mut workbook = Workbook::new();
    let ws = workbook.add_worksheet();
    ws.set_name(&grid.sheet)?;
    let bold = Format::new().set_bold();
    let amount = Format::new().set_num_format("#,##0");
    let percent = Format::new().set_num_format("0.00");
    for (r, line) in grid.title.iter().enumerate() {
        ws.write_string_with_format(r as u32, 0, line, &bold)?;
    }
    let top = grid.title.len() as u32 + 1;
    let last = grid.order.len() as u16 - 1;
    for key in &grid.order {
        let c = grid.col(key);
        let (text, under) = grid.header_text(key);
        match (grid.two_rows(), under) {
            (false, _) => {
                ws.write_string_with_format(top, c, &text, &bold)?;
            }
            (true, None) => {
                ws.merge_range(top, c, top + 1, c, &text, &bold)?;
            }
            (true, Some(under)) => {
                ws.write_string_with_format(top + 1, c, &under, &bold)?;
                if !text.is_empty() && !grid.groups.iter().any(|g| g.0 == text) {
                    ws.write_string_with_format(top, c, &text, &bold)?;
                }
            }
        }
    }
    for (text, first, end) in &grid.groups {
        let (a, b) = (grid.col(first), grid.col(end));
        ws.merge_range(top, a.min(b), top, a.max(b).min(last), text, &bold)?;
    }
    for (i, row) in grid.rows.iter().enumerate() {
        let r = grid.body_row(i);
        for key in &grid.order {
            let c = grid.col(key);
            match grid.cell(row, key) {
                V::Empty => {}
                V::Text(s) => {
                    ws.write_string(r, c, &s)?;
                }
                V::Num(n) => {
                    ws.write_number_with_format(r, c, n as f64, &amount)?;
                }
                V::Dec(x) => {
                    ws.write_number_with_format(r, c, x, &percent)?;
                }
                V::Sum(rows, cached) => {
                    let f = Formula::new(grid.formula(&rows)).set_result(cached.to_string());
                    ws.write_formula_with_format(r, c, f, &amount)?;
                }
            }
        }
    }
    workbook.save(path)?;
    Ok(())
}

/// Writes the grid as Excel's "CSV" in an Indonesian locale saves it: `;`-separated, numbers
/// and the sums' results as `1.200.000.000`, a two-row header as two records (a group's text
/// in its first column only).
pub fn write_csv(grid: &Grid, path: &Path) -> FixtureResult {
    let width = grid.order.len();
    let mut records: Vec<Vec<String>> = Vec::new();
    for line in &grid.title {
        let mut rec = vec![String::new(); width];
        rec[0] = line.clone();
        records.push(rec);
    }
    records.push(vec![String::new(); width]);
    let mut top = vec![String::new(); width];
    let mut under = vec![String::new(); width];
    for key in &grid.order {
        let c = grid.col(key) as usize;
        let (text, below) = grid.header_text(key);
        match below {
            Some(below) => under[c] = below,
            None => top[c] = text,
        }
    }
    for (text, first, _) in &grid.groups {
        top[grid.col(first) as usize] = text.clone();
    }
    records.push(top);
    if grid.two_rows() {
        records.push(under);
    }
    for row in &grid.rows {
        records.push(
            grid.order
                .iter()
                .map(|key| match grid.cell(row, key) {
                    V::Empty => String::new(),
                    V::Text(s) => s,
                    V::Num(n) | V::Sum(_, n) => dotted(n),
                    V::Dec(x) => format!("{x:.2}").replace('.', ","),
                })
                .collect(),
        );
    }
    let mut file = std::fs::File::create(path)?;
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for rec in &records {
        writer.write_record(rec)?;
    }
    file.write_all(&writer.into_inner()?)?;
    Ok(())
}

/// `1200000000` → `1.200.000.000`.
pub fn dotted(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(ch);
    }
    out
}

// ---------------------------------------------------------------------------
// Case 1 and 2: an RKT with a Target column
// ---------------------------------------------------------------------------

/// The logical columns of the RKT with a target, in the order the issue reports them.
pub const RKT_ORDER: [&str; 8] = [
    "no",
    "program",
    "sasaran",
    "indikator",
    "target",
    "output",
    "anggaran",
    "ket",
];

/// The header as the issue reports it: `No | Program / Kegiatan | Sasaran | Indikator Kinerja
/// | Target | Output | Anggaran (Rp) | Ket`.
pub fn rkt_header_id() -> Header {
    [
        ("no", "No"),
        ("program", "Program / Kegiatan"),
        ("sasaran", "Sasaran"),
        ("indikator", "Indikator Kinerja"),
        ("target", "Target"),
        ("output", "Output"),
        ("anggaran", "Anggaran (Rp)"),
        ("ket", "Ket"),
    ]
    .into_iter()
    .map(|(k, n)| (k, n.to_string(), None))
    .collect()
}

/// The same header in an English/Indonesian mix, as a satker's template translated in half.
pub fn rkt_header_mixed() -> Header {
    [
        ("no", "No."),
        ("program", "Program/Activity"),
        ("sasaran", "Sasaran"),
        ("indikator", "Indikator"),
        ("target", "Target"),
        ("output", "Output"),
        ("anggaran", "Budget (Rp)"),
        ("ket", "Keterangan"),
    ]
    .into_iter()
    .map(|(k, n)| (k, n.to_string(), None))
    .collect()
}

/// A two-row header: `Kinerja` merged over `Sasaran | Indikator Kinerja | Target`, the other
/// columns merged down over both rows.
pub fn rkt_header_two_rows() -> (Header, Groups) {
    let header = rkt_header_id()
        .into_iter()
        .map(|(k, n, _)| match k {
            "sasaran" | "indikator" | "target" => (k, "Kinerja".to_string(), Some(n)),
            _ => (k, n, None),
        })
        .collect();
    (header, vec![("Kinerja".to_string(), "sasaran", "target")])
}

/// The two subtotal labels: short (`Sub Total`), or naming the program (case 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subtotal {
    Short,
    NamingProgram,
}

pub const PROGRAM_1: &str = "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi";
pub const PROGRAM_2: &str = "Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya";

/// The five kegiatan with their anggaran, by program.
pub const KEGIATAN_1: [(&str, u64); 3] = [
    ("Perencanaan dan Penganggaran Pemilu", 250_000_000),
    ("Sosialisasi dan Pendidikan Pemilih", 175_500_000),
    ("Pemutakhiran Data Pemilih Berkelanjutan", 74_500_000),
];
pub const KEGIATAN_2: [(&str, u64); 2] = [
    ("Layanan Perkantoran", 1_200_000_000),
    ("Layanan Umum dan Kerumahtanggaan", 300_000_000),
];

/// The RKT of case 1 (rows 1-based as the sheet shows them, for the default one-row header):
///
/// | row | A No | B Program / Kegiatan | … | G Anggaran (Rp) |
/// |---|---|---|---|---|
/// | 1–2 | title | | | |
/// | 4 | header | | | |
/// | 5 | `1` | Program Penyelenggaraan Pemilu … | | |
/// | 6–8 | | three kegiatan, each with sasaran, indikator, target, output | | 250.000.000, 175.500.000, 74.500.000 |
/// | 9 | | `Sub Total` (or `Sub Total Program Penyelenggaraan Pemilu …`) | | `=SUM(G6,G7,G8)` → 500.000.000 |
/// | 10 | `2` | Program Dukungan Manajemen … | | |
/// | 11–12 | | two kegiatan | | 1.200.000.000, 300.000.000 |
/// | 13 | | `Sub Total` (or `Jumlah Program Dukungan Manajemen …`) | | `=SUM(G11,G12)` → 1.500.000.000 |
/// | 14 | | `JUMLAH` | | `=SUM(G9,G13)` → 2.000.000.000 |
///
/// By hand: 250 000 000 + 175 500 000 + 74 500 000 = 500 000 000; 1 200 000 000 +
/// 300 000 000 = 1 500 000 000; 500 000 000 + 1 500 000 000 = 2 000 000 000.
pub fn rkt_with_target(
    order: &[&'static str],
    header: Header,
    groups: Groups,
    subtotal: Subtotal,
) -> Grid {
    let kegiatan = |(name, anggaran): (&str, u64), sasaran: &str, ind: &str, target: &str| {
        vec![
            ("program", t(name)),
            ("sasaran", t(sasaran)),
            ("indikator", t(ind)),
            ("target", t(target)),
            ("output", t(&format!("Layanan {name}"))),
            ("anggaran", V::Num(anggaran)),
        ]
    };
    let (sub1, sub2) = match subtotal {
        Subtotal::Short => ("Sub Total".to_string(), "Sub Total".to_string()),
        Subtotal::NamingProgram => (
            format!("Sub Total {PROGRAM_1}"),
            format!("Jumlah {PROGRAM_2}"),
        ),
    };
    let mut k1 = kegiatan(
        KEGIATAN_1[1],
        "Meningkatnya partisipasi pemilih",
        "Tingkat partisipasi pemilih",
        "77,5%",
    );
    k1.push(("ket", t("Tahapan Pemilu")));
    let rows = vec![
        vec![("no", t("1")), ("program", t(PROGRAM_1))],
        kegiatan(
            KEGIATAN_1[0],
            "Terwujudnya perencanaan yang akuntabel",
            "Persentase dokumen perencanaan tepat waktu",
            "100%",
        ),
        k1,
        kegiatan(
            KEGIATAN_1[2],
            "Meningkatnya kualitas daftar pemilih",
            "Persentase data pemilih yang dimutakhirkan",
            "100%",
        ),
        vec![
            ("program", t(&sub1)),
            ("anggaran", V::Sum(vec![1, 2, 3], 500_000_000)),
        ],
        vec![("no", t("2")), ("program", t(PROGRAM_2))],
        kegiatan(
            KEGIATAN_2[0],
            "Terwujudnya layanan dukungan manajemen",
            "Nilai SAKIP",
            "B",
        ),
        kegiatan(
            KEGIATAN_2[1],
            "Terwujudnya layanan dukungan manajemen",
            "Persentase layanan umum yang terpenuhi",
            "100%",
        ),
        vec![
            ("program", t(&sub2)),
            ("anggaran", V::Sum(vec![6, 7], 1_500_000_000)),
        ],
        vec![
            ("program", t("JUMLAH")),
            ("anggaran", V::Sum(vec![4, 8], 2_000_000_000)),
        ],
    ];
    Grid {
        sheet: "RKT 2024".to_string(),
        title: vec![
            "RENCANA KERJA TAHUNAN (RKT)".to_string(),
            "KPU KOTA CONTOH TAHUN 2024".to_string(),
        ],
        order: order.to_vec(),
        header,
        groups,
        amount_key: "anggaran",
        rows,
    }
}

/// The RKT of case 1 in the column order and header.
pub fn rkt_case1(subtotal: Subtotal) -> Grid {
    rkt_with_target(&RKT_ORDER, rkt_header_id(), Vec::new(), subtotal)
}

// ---------------------------------------------------------------------------
// Case 3: a realisation table with SAKTI's codes, full RO codes
// ---------------------------------------------------------------------------

/// One row of the SAKTI-coded table: code (as the Kode column writes it in full), uraian,
/// pagu, realisasi, % and sisa.
pub type CodedRow = (&'static str, &'static str, u64, u64, f64, u64);

/// The rows of case 3, every level stating its own figures as SAKTI's exports do. By hand:
/// - akun 511111: 600 000 000 / 350 000 000, sisa 250 000 000, 350/600 = 58,33 %;
///   akun 511119: 100 000 / 60 000, sisa 40 000, 60,00 %;
///   sub-komponen A and komponen 001: 600 100 000 / 350 060 000 / sisa 250 040 000,
///   350 060 000 / 600 100 000 = 0,583336… → 58,33 %;
/// - akun 521111: 150 000 000 / 90 000 000 / 60 000 000, 60,00 %; akun 521211: 49 900 000 /
///   40 000 000 / 9 900 000, 40/49,9 = 0,801603 → 80,16 %; sub-komponen A and komponen
///   002: 199 900 000 / 130 000 000 / 69 900 000, 130/199,9 = 0,650325 → 65,03 %;
/// - RO 4305.EBA.994 and KRO 4305.EBA: 600 100 000 + 199 900 000 = 800 000 000 /
///   350 060 000 + 130 000 000 = 480 060 000 / sisa 319 940 000, 60,0075 → 60,01 %;
/// - akun 532111: 200 000 000 / 195 000 000 / 5 000 000, 97,50 %, up through sub-komponen A,
///   komponen 053, RO 4305.EBB.951 and KRO 4305.EBB unchanged;
/// - kegiatan 4305 and program 076.01.WA: 800 000 000 + 200 000 000 = 1 000 000 000 /
///   480 060 000 + 195 000 000 = 675 060 000 / sisa 324 940 000, 67,506 → 67,51 %;
/// - JUMLAH: the program's figures.
///
/// Six akun items: pagu 600 000 000 + 100 000 + 150 000 000 + 49 900 000 + 200 000 000 =
/// 1 000 000 000; realisasi 350 000 000 + 60 000 + 90 000 000 + 40 000 000 + 195 000 000 =
/// 675 060 000. (Five akun: 511111, 511119, 521111, 521211, 532111.)
pub const SAKTI_CODED: [CodedRow; 17] = [
    (
        "076.01.WA",
        "Program Dukungan Manajemen",
        1_000_000_000,
        675_060_000,
        67.51,
        324_940_000,
    ),
    (
        "4305",
        "Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya KPU",
        1_000_000_000,
        675_060_000,
        67.51,
        324_940_000,
    ),
    (
        "4305.EBA",
        "Layanan Dukungan Manajemen Internal",
        800_000_000,
        480_060_000,
        60.01,
        319_940_000,
    ),
    (
        "4305.EBA.994",
        "Layanan Perkantoran",
        800_000_000,
        480_060_000,
        60.01,
        319_940_000,
    ),
    (
        "001",
        "Gaji dan Tunjangan",
        600_100_000,
        350_060_000,
        58.33,
        250_040_000,
    ),
    (
        "A",
        "Tanpa Sub Komponen",
        600_100_000,
        350_060_000,
        58.33,
        250_040_000,
    ),
    (
        "511111",
        "Belanja Gaji Pokok PNS",
        600_000_000,
        350_000_000,
        58.33,
        250_000_000,
    ),
    (
        "511119",
        "Belanja Pembulatan Gaji PNS",
        100_000,
        60_000,
        60.00,
        40_000,
    ),
    (
        "002",
        "Operasional dan Pemeliharaan Kantor",
        199_900_000,
        130_000_000,
        65.03,
        69_900_000,
    ),
    (
        "A",
        "Tanpa Sub Komponen",
        199_900_000,
        130_000_000,
        65.03,
        69_900_000,
    ),
    (
        "521111",
        "Belanja Operasional Perkantoran",
        150_000_000,
        90_000_000,
        60.00,
        60_000_000,
    ),
    (
        "521211",
        "Belanja Bahan",
        49_900_000,
        40_000_000,
        80.16,
        9_900_000,
    ),
    (
        "4305.EBB",
        "Layanan Sarana dan Prasarana Internal",
        200_000_000,
        195_000_000,
        97.50,
        5_000_000,
    ),
    (
        "4305.EBB.951",
        "Layanan Sarana Internal",
        200_000_000,
        195_000_000,
        97.50,
        5_000_000,
    ),
    (
        "053",
        "Pengadaan Peralatan dan Mesin",
        200_000_000,
        195_000_000,
        97.50,
        5_000_000,
    ),
    (
        "A",
        "Tanpa Sub Komponen",
        200_000_000,
        195_000_000,
        97.50,
        5_000_000,
    ),
    (
        "532111",
        "Belanja Modal Peralatan dan Mesin",
        200_000_000,
        195_000_000,
        97.50,
        5_000_000,
    ),
];

/// How the codes of case 3 are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codes {
    /// In a Kode column, in full (`4305.EBA.994`).
    Full,
    /// In a Kode column, short as the RKA-K/L writes them (`EBA`, `EBA.994`).
    Short,
    /// Inside the Uraian cell (`076.01.WA Program Dukungan Manajemen`), no Kode column.
    InUraian,
}

fn short_code(code: &str) -> &str {
    match code.split_once('.') {
        Some(("4305", rest)) => rest,
        _ => code,
    }
}

/// The anggaran table of case 3: `Kode | Uraian | Pagu | Realisasi | % | Sisa` (or, with the
/// codes inside the Uraian cells, `Uraian | Pagu | Realisasi | % | Sisa`), the rows of
/// [`SAKTI_CODED`] and `JUMLAH` with the program's figures.
pub fn sakti_coded(codes: Codes) -> Grid {
    let mut rows: Vec<Vec<(&'static str, V)>> = SAKTI_CODED
        .iter()
        .map(|&(code, uraian, pagu, realisasi, persen, sisa)| {
            let mut row = match codes {
                Codes::Full => vec![("kode", t(code)), ("uraian", t(uraian))],
                Codes::Short => vec![("kode", t(short_code(code))), ("uraian", t(uraian))],
                Codes::InUraian => vec![("uraian", t(&format!("{code} {uraian}")))],
            };
            row.extend([
                ("pagu", V::Num(pagu)),
                ("realisasi", V::Num(realisasi)),
                ("persen", V::Dec(persen)),
                ("sisa", V::Num(sisa)),
            ]);
            row
        })
        .collect();
    rows.push(vec![
        ("uraian", t("JUMLAH")),
        ("pagu", V::Num(1_000_000_000)),
        ("realisasi", V::Num(675_060_000)),
        ("persen", V::Dec(67.51)),
        ("sisa", V::Num(324_940_000)),
    ]);
    let mut order = vec!["kode", "uraian", "pagu", "realisasi", "persen", "sisa"];
    if codes == Codes::InUraian {
        order.remove(0);
    }
    let names = [
        ("kode", "Kode"),
        ("uraian", "Uraian"),
        ("pagu", "Pagu"),
        ("realisasi", "Realisasi"),
        ("persen", "%"),
        ("sisa", "Sisa"),
    ];
    Grid {
        sheet: "Realisasi".to_string(),
        title: vec![
            "REALISASI ANGGARAN SATKER KPU KOTA CONTOH".to_string(),
            "s.d. 31 Desember 2024".to_string(),
        ],
        header: names
            .into_iter()
            .filter(|(k, _)| order.contains(k))
            .map(|(k, n)| (k, n.to_string(), None))
            .collect(),
        order,
        groups: Vec::new(),
        amount_key: "pagu",
        rows,
    }
}
