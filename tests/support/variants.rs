//! Everyday variants of the layouts lakip reads, as users write them: amounts typed as text
//! in either convention, documents of another year, two PKs side by side on one sheet.
//! Every workbook is written by rust_xlsxwriter with a fixed creation date.
#![allow(dead_code)]

use super::fixtures::new_workbook;
use std::error::Error;
use std::path::Path;

type FixtureResult = Result<(), Box<dyn Error>>;

/// Writes rows of cell texts from row 1: `""` leaves a cell empty; every other cell is text,
/// as a user types `250.000` into a cell formatted as text.
pub fn texts(
    ws: &mut rust_xlsxwriter::Worksheet,
    first_row: u32,
    first_col: u16,
    rows: &[&[&str]],
) -> FixtureResult {
    for (r, cells) in rows.iter().enumerate() {
        for (c, text) in cells.iter().enumerate() {
            if !text.is_empty() {
                ws.write_string(first_row + r as u32, first_col + c as u16, *text)?;
            }
        }
    }
    Ok(())
}

const HEADER: &[&str] = &["Uraian", "Pagu", "Realisasi"];

/// An anggaran table (`Uraian | Pagu | Realisasi` in row 1, a program heading in row 2) whose
/// amounts are texts, one sheet per way of writing them. Rows 3.. are `rows`.
///
/// - `Rupiah`: `250.000`, `1.500.000`, `1.400.000,00`, `Jumlah 1.750.000 | 1.600.000`: the
///   Indonesian way throughout. B3 is 250 000 and C3 200 000; nothing is in doubt.
/// - `Desimal`: B3 `250.000` beside B4 `250.5`, a dot as the decimal point: B3 in doubt.
/// - `Inggris`: B3 `250.000` beside B4 `Rp 10,069,050,000`, commas between thousands (the
///   English way, where `250.000` would be 250): B3 in doubt.
/// - `Kecil`: B3 `1,5`, B4 `2,75`, B5 `250.000`: every other amount below 1.000, so only
///   250 fits the column: B5 in doubt.
/// - `Koma`: B3 `1,500` beside B4 `10,069,050,000`: the column writes commas between
///   thousands, so `1,500` is 1 500 without doubt.
pub fn amount_separators(path: &Path) -> FixtureResult {
    let mut workbook = new_workbook()?;
    let program = ["1. Program Dukungan Manajemen", "", ""];
    let sheets: [(&str, &[&[&str]]); 5] = [
        (
            "Rupiah",
            &[
                &["a. Layanan Perkantoran", "250.000", "200.000"],
                &["b. Layanan Umum", "1.500.000", "1.400.000,00"],
                &["Jumlah", "1.750.000", "1.600.000"],
            ],
        ),
        (
            "Desimal",
            &[
                &["a. Layanan Perkantoran", "250.000", "200000"],
                &["b. Layanan Umum", "250.5", "200"],
            ],
        ),
        (
            "Inggris",
            &[
                &["a. Layanan Perkantoran", "250.000", "200000"],
                &["b. Layanan Umum", "Rp 10,069,050,000", "9000000000"],
            ],
        ),
        (
            "Kecil",
            &[
                &["a. Layanan Perkantoran", "1,5", "1"],
                &["b. Layanan Umum", "2,75", "2"],
                &["c. Layanan Data", "250.000", "200"],
            ],
        ),
        (
            "Koma",
            &[
                &["a. Layanan Perkantoran", "1,500", "1000"],
                &["b. Layanan Umum", "10,069,050,000", "9000000000"],
            ],
        ),
    ];
    for (name, rows) in sheets {
        let ws = workbook.add_worksheet();
        ws.set_name(name)?;
        texts(ws, 0, 0, &[HEADER, &program])?;
        texts(ws, 2, 0, rows)?;
    }
    workbook.save(path)?;
    Ok(())
}

/// A Perjanjian Kinerja as one block of cells: title lines, a blank row, the header `No |
/// Sasaran | Indikator Kinerja | Target`, one row per indikator, a blank row, the program
/// budget lines (`Program` over the second column, `Anggaran` over the fourth; each line its
/// program in the first column, `Rp.` in the third, the amount in the fourth), a blank row,
/// and the signature's lines down the fourth column.
pub struct Pk<'a> {
    pub title: &'a [&'a str],
    /// No, sasaran, indikator, target.
    pub rows: &'a [[&'a str; 4]],
    /// Program (numbered), anggaran.
    pub budgets: &'a [(&'a str, &'a str)],
    pub signature: &'a [&'a str],
}

impl Pk<'_> {
    /// Writes the block with its first cell at (`row`, `col`), 0-based; returns the rows it
    /// took.
    pub fn write(
        &self,
        ws: &mut rust_xlsxwriter::Worksheet,
        row: u32,
        col: u16,
    ) -> Result<u32, Box<dyn Error>> {
        let mut r = row;
        for line in self.title {
            ws.write_string(r, col, *line)?;
            r += 1;
        }
        r += 1;
        texts(
            ws,
            r,
            col,
            &[&["No", "Sasaran", "Indikator Kinerja", "Target"]],
        )?;
        r += 1;
        for cells in self.rows {
            texts(ws, r, col, &[&cells[..]])?;
            r += 1;
        }
        if !self.budgets.is_empty() {
            r += 1;
            texts(ws, r, col, &[&["", "Program", "", "Anggaran"]])?;
            r += 1;
            for (program, amount) in self.budgets {
                texts(ws, r, col, &[&[program, "", "Rp.", amount]])?;
                r += 1;
            }
        }
        r += 1;
        for line in self.signature {
            if !line.is_empty() {
                ws.write_string(r, col + 3, *line)?;
            }
            r += 1;
        }
        Ok(r - row)
    }
}

/// The PK of the ketua, KPU Kota Serang 2023 (three indikator, two program lines).
pub const PK_KETUA: Pk<'static> = Pk {
    title: &["PERJANJIAN KINERJA TAHUN 2023", "KETUA KPU KOTA SERANG"],
    rows: &[
        [
            "1",
            "Terwujudnya Perencanaan dan penganggaran Pemilu",
            "Persentase tercapainya realisasi anggaran",
            "100%",
        ],
        [
            "2",
            "Terselesaikannya pengelolaan keuangan",
            "Persentase Laporan Keuangan tepat waktu",
            "100%",
        ],
        [
            "3",
            "Terwujudnya Data Pemilih yang Mutakhir",
            "Persentase pemutakhiran Data Pemilih",
            "98%",
        ],
    ],
    budgets: &[
        (
            "1. Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
            "10.069.050.000,-",
        ),
        ("2. Program Dukungan Manajemen", "2.348.197.000,-"),
    ],
    signature: &["Serang, 25 Januari 2023", "Ketua,", "", "ADE JAHRAN"],
};

/// The PK of the sekretaris (two indikator, one program line), signed a day later.
pub const PK_SEKRETARIS: Pk<'static> = Pk {
    title: &[
        "PERJANJIAN KINERJA TAHUN 2023",
        "SEKRETARIS KPU KOTA SERANG",
    ],
    rows: &[
        [
            "1",
            "Terwujudnya Reformasi Birokrasi",
            "Persentase nilai minimal B Penilaian Mandiri RB",
            "95%",
        ],
        [
            "2",
            "Terlaksananya Pengelolaan Logistik",
            "Persentase Laporan Pengelolaan Logistik",
            "95%",
        ],
    ],
    budgets: &[("1. Program Dukungan Manajemen", "2.348.197.000,-")],
    signature: &[
        "Serang, 26 Januari 2023",
        "Sekretaris,",
        "",
        "HENDRO SULISTYO",
        "NIP.198210162009021005",
    ],
};

/// Sheet `PK 2023`: the ketua's PK in A–D and the sekretaris' in F–I, each with its title
/// (rows 1–2), header (row 4), indikator (rows 5–7 and 5–6), program lines and signature;
/// column E empty. Left: budget header row 9, lines 10–11, signature D13 `Serang, 25 Januari
/// 2023` … D16 `ADE JAHRAN`. Right: budget header row 8, line 9, signature I11 `Serang, 26
/// Januari 2023` … I14 `HENDRO SULISTYO`, I15 the NIP.
pub fn two_pks_side_by_side(path: &Path) -> FixtureResult {
    two_pks_beside(path, 0, 5)
}

/// As [`two_pks_side_by_side`], the sekretaris' PK a row lower (title F2, header row 5,
/// indikator F6–F7): the two headers are not on one row.
pub fn two_pks_shifted(path: &Path) -> FixtureResult {
    two_pks_beside(path, 1, 5)
}

/// As [`two_pks_side_by_side`], the sekretaris' PK in E–H, right against the ketua's: no
/// empty column between; its header names `No | Sasaran | …` again from E4.
pub fn two_pks_adjacent(path: &Path) -> FixtureResult {
    two_pks_beside(path, 0, 4)
}

fn two_pks_beside(path: &Path, row: u32, col: u16) -> FixtureResult {
    let mut workbook = new_workbook()?;
    let ws = workbook.add_worksheet();
    ws.set_name("PK 2023")?;
    PK_KETUA.write(ws, 0, 0)?;
    PK_SEKRETARIS.write(ws, row, col)?;
    workbook.save(path)?;
    Ok(())
}

/// Sheet `PK 2023`: the ketua's PK in rows 1–16, two blank rows, the sekretaris' in rows 19–33,
/// both in A–D (the stacked way of the same two PKs).
pub fn two_pks_stacked(path: &Path) -> FixtureResult {
    let mut workbook = new_workbook()?;
    let ws = workbook.add_worksheet();
    ws.set_name("PK 2023")?;
    let used = PK_KETUA.write(ws, 0, 0)?;
    PK_SEKRETARIS.write(ws, used + 2, 0)?;
    workbook.save(path)?;
    Ok(())
}

/// A PK like [`PK_KETUA`] under another title and signature date.
fn pk_titled<'a>(title: &'a [&'a str], date: &'a str) -> Pk<'a> {
    Pk {
        title,
        signature: &[],
        ..PK_KETUA
    }
    .signed(date)
}

impl<'a> Pk<'a> {
    fn signed(self, date: &'a str) -> Pk<'a> {
        Pk {
            signature: match date {
                "" => &[],
                _ => Box::leak(Box::new([date, "Ketua,", "", "ADE JAHRAN"])),
            },
            ..self
        }
    }
}

/// Documents that state their year, for a workspace of 2023; one per sheet, each worked out
/// by hand (the year the title's `Tahun`/`TA` states, else the signature's):
///
/// | sheet | title (row 1) / signature | year | in 2023? |
/// |---|---|---|---|
/// | `PK 2022` | `PERJANJIAN KINERJA TAHUN 2022`, signed D13 `Serang, 25 Januari 2022` | 2022 (A1) | no |
/// | `Realisasi 2022` | `LAPORAN REALISASI ANGGARAN TAHUN ANGGARAN 2022`, signed C8 `Serang, 10 Januari 2023` | 2022 (A1): last year's realisation | no |
/// | `RKT` | `RENCANA KERJA TAHUNAN KPU KOTA SERANG`, signed D8 `Serang, 24 Januari 2021` | a plan signed 2021 is for 2021 or 2022 (D8) | no |
/// | `Renstra lama` | `RENCANA STRATEGIS … TAHUN 2015-2019` | 2015–2019 (A1) | no |
/// | `PK UU` | `PERJANJIAN KINERJA` / `berdasarkan Undang-Undang Nomor 7 Tahun 2017`, signed `Serang, 2 Januari 2023` | the law's 2017 is not the PK's; signed 2023 | yes |
/// | `PK Desember` | `PERJANJIAN KINERJA`, signed `Serang, 28 Desember 2022` | a PK signed in December before its year | yes |
/// | `Renstra` | `RENCANA STRATEGIS … TAHUN 2020-2024` | 2020–2024 holds 2023 | yes |
/// | `PK 2023` | `PERJANJIAN KINERJA TAHUN 2023`, signed `Serang, 25 Januari 2023` | 2023 | yes |
pub fn years(path: &Path) -> FixtureResult {
    let mut workbook = new_workbook()?;
    let pks = [
        (
            "PK 2022",
            &["PERJANJIAN KINERJA TAHUN 2022", "KETUA KPU KOTA SERANG"][..],
            "Serang, 25 Januari 2022",
        ),
        (
            "PK UU",
            &[
                "PERJANJIAN KINERJA",
                "berdasarkan Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum",
            ][..],
            "Serang, 2 Januari 2023",
        ),
        (
            "PK Desember",
            &["PERJANJIAN KINERJA", "KETUA KPU KOTA SERANG"][..],
            "Serang, 28 Desember 2022",
        ),
        (
            "PK 2023",
            &["PERJANJIAN KINERJA TAHUN 2023", "KETUA KPU KOTA SERANG"][..],
            "Serang, 25 Januari 2023",
        ),
    ];
    for (name, title, date) in pks {
        let ws = workbook.add_worksheet();
        ws.set_name(name)?;
        pk_titled(title, date).write(ws, 0, 0)?;
    }
    let ws = workbook.add_worksheet();
    ws.set_name("Realisasi 2022")?;
    texts(
        ws,
        0,
        0,
        &[
            &["LAPORAN REALISASI ANGGARAN TAHUN ANGGARAN 2022"],
            &[],
            &["Uraian", "Pagu", "Realisasi"],
            &["1. Program Dukungan Manajemen", "", ""],
            &["a. Layanan Perkantoran", "1.500.000", "1.400.000"],
            &["Jumlah", "1.500.000", "1.400.000"],
            &[],
            &["", "", "Serang, 10 Januari 2023"],
            &["", "", "Sekretaris,"],
            &["", "", "HENDRO SULISTYO"],
        ],
    )?;
    let ws = workbook.add_worksheet();
    ws.set_name("RKT")?;
    texts(
        ws,
        0,
        0,
        &[
            &["RENCANA KERJA TAHUNAN KPU KOTA SERANG"],
            &[],
            &[
                "Program / Kegiatan",
                "Sasaran",
                "Indikator Kinerja",
                "Anggaran (Rp)",
            ],
            &["Program Dukungan Manajemen", "", "", ""],
            &[
                "Layanan Perkantoran",
                "Terwujudnya X",
                "Persentase Y",
                "1.500.000",
            ],
            &["JUMLAH", "", "", "1.500.000"],
            &[],
            &["", "", "", "Serang, 24 Januari 2021"],
            &["", "", "", "Sekretaris,"],
            &["", "", "", "HENDRO SULISTYO"],
        ],
    )?;
    for (name, title) in [
        (
            "Renstra lama",
            "RENCANA STRATEGIS KPU KOTA SERANG TAHUN 2015-2019",
        ),
        (
            "Renstra",
            "RENCANA STRATEGIS KPU KOTA SERANG TAHUN 2020-2024",
        ),
    ] {
        let ws = workbook.add_worksheet();
        ws.set_name(name)?;
        let first: u16 = if name == "Renstra" { 2020 } else { 2015 };
        let years: Vec<String> = (first..first + 5).map(|y| y.to_string()).collect();
        let mut header = vec!["No", "Sasaran", "Indikator Kinerja"];
        header.extend(years.iter().map(String::as_str));
        texts(
            ws,
            0,
            0,
            &[
                &[title],
                &[],
                &header,
                &[
                    "1",
                    "Terwujudnya Renstra",
                    "Persentase Renstra",
                    "90%",
                    "90%",
                    "95%",
                    "95%",
                    "100%",
                ],
            ],
        )?;
    }
    workbook.save(path)?;
    Ok(())
}

/// A realisasi sheet copied in its workbook and revised (`Realisasi (2)`, as Excel names a
/// copy), beside a third budget sheet of other rows and two PK sheets with the same indikator
/// (one per divisi, as a satker keeps them). Amounts are numbers.
///
/// | sheet | rows (pagu / realisasi) | JUMLAH |
/// |---|---|---|
/// | `Realisasi` | Perencanaan 100/90, Pemutakhiran Data Pemilih 200/150, Sosialisasi 300/300, Pengelolaan Keuangan 400/400, Operasional Perkantoran 500/450 | 1.500 / 1.390 |
/// | `Realisasi (2)` | the same uraian: 100/95, 200/180, 300/300, 400/400, 500/480 | 1.500 / 1.455 |
/// | `Belanja Modal` | Pengadaan Kendaraan 700/700, Pengadaan Komputer 250/240 | 950 / 940 |
/// | `PK Ketua`, `PK Sekretaris` | [`PK_KETUA`]'s indikator, unsigned, no program budgets | — |
pub fn sheet_copy(path: &Path) -> FixtureResult {
    let mut workbook = new_workbook()?;
    let first: [(&str, u32, u32); 5] = [
        ("a. Perencanaan", 100, 90),
        ("b. Pemutakhiran Data Pemilih", 200, 150),
        ("c. Sosialisasi", 300, 300),
        ("a. Pengelolaan Keuangan", 400, 400),
        ("b. Operasional Perkantoran", 500, 450),
    ];
    let mut revised = first;
    for (row, realisasi) in revised.iter_mut().zip([95, 180, 300, 400, 480]) {
        row.2 = realisasi;
    }
    budget_sheet(workbook.add_worksheet(), "Realisasi", &first)?;
    budget_sheet(workbook.add_worksheet(), "Realisasi (2)", &revised)?;
    budget_sheet(
        workbook.add_worksheet(),
        "Belanja Modal",
        &[
            ("a. Pengadaan Kendaraan", 700, 700),
            ("b. Pengadaan Komputer", 250, 240),
        ],
    )?;
    for name in ["PK Ketua", "PK Sekretaris"] {
        let ws = workbook.add_worksheet();
        ws.set_name(name)?;
        Pk {
            budgets: &[],
            ..pk_titled(&["PERJANJIAN KINERJA TAHUN 2025"], "")
        }
        .write(ws, 0, 0)?;
    }
    workbook.save(path)?;
    Ok(())
}

/// `LAPORAN REALISASI ANGGARAN TAHUN 2025`, `No | Uraian | Pagu | Realisasi`, the items under
/// two programs when there are five (three and two), else under one; a JUMLAH of numbers.
fn budget_sheet(
    ws: &mut rust_xlsxwriter::Worksheet,
    name: &str,
    items: &[(&str, u32, u32)],
) -> FixtureResult {
    ws.set_name(name)?;
    texts(
        ws,
        0,
        0,
        &[
            &["LAPORAN REALISASI ANGGARAN TAHUN 2025"],
            &[],
            &["Uraian", "Pagu", "Realisasi"],
        ],
    )?;
    let mut row = 3;
    let programs: &[(&str, usize)] = match items.len() {
        5 => &[
            ("1. Program Penyelenggaraan Pemilu", 3),
            ("2. Program Dukungan Manajemen", 2),
        ],
        n => &[("1. Program Dukungan Manajemen", n)][..],
    };
    let mut rest = items;
    for (program, n) in programs {
        ws.write_string(row, 0, *program)?;
        row += 1;
        let (these, after) = rest.split_at(*n);
        for (uraian, pagu, realisasi) in these {
            ws.write_string(row, 0, *uraian)?;
            ws.write_number(row, 1, *pagu)?;
            ws.write_number(row, 2, *realisasi)?;
            row += 1;
        }
        rest = after;
    }
    ws.write_string(row, 0, "JUMLAH")?;
    ws.write_number(row, 1, items.iter().map(|i| i.1).sum::<u32>())?;
    ws.write_number(row, 2, items.iter().map(|i| i.2).sum::<u32>())?;
    Ok(())
}

/// Years written without `Tahun`/`TA`, for a workspace of 2023; each worked out by hand:
///
/// | sheet | title rows / signature | year | in 2023? |
/// |---|---|---|---|
/// | `PK polos` | A1 `PERJANJIAN KINERJA 2022`, signed `Serang, 2 Januari 2023` | 2022 (A1; the title before the signature) | no |
/// | `Realisasi polos` | A1 `REALISASI ANGGARAN 2022`, unsigned | 2022 (A1) | no |
/// | `Realisasi periode` | A1 `LAPORAN REALISASI ANGGARAN`, A2 `PERIODE JANUARI S.D. DESEMBER 2022`, signed `Serang, 5 Januari 2023` | 2022 (A2) | no |
/// | `PK UU` | A1 `PERJANJIAN KINERJA`, A2 `sesuai UU No. 23 Tahun 2014 tentang Pemerintahan Daerah`, signed `Serang, 2 Januari 2023` | the law's 2014 is not the PK's; signed 2023 | yes |
/// | `Renstra` | A1 `RENCANA STRATEGIS KPU KOTA SERANG 2020-2024` | 2020–2024 holds 2023 | yes |
/// | `Realisasi 2023` | A1 `REALISASI ANGGARAN 2023`, A2 `Periode Januari 2023` | 2023 | yes |
pub fn years_bare(path: &Path) -> FixtureResult {
    let mut workbook = new_workbook()?;
    let pks = [
        ("PK polos", &["PERJANJIAN KINERJA 2022"][..]),
        (
            "PK UU",
            &[
                "PERJANJIAN KINERJA",
                "sesuai UU No. 23 Tahun 2014 tentang Pemerintahan Daerah",
            ][..],
        ),
    ];
    for (name, title) in pks {
        let ws = workbook.add_worksheet();
        ws.set_name(name)?;
        pk_titled(title, "Serang, 2 Januari 2023").write(ws, 0, 0)?;
    }
    let realisasi: [(&str, &[&str], &str, &str); 3] = [
        (
            "Realisasi polos",
            &["REALISASI ANGGARAN 2022"],
            "",
            "1.400.000",
        ),
        (
            "Realisasi periode",
            &[
                "LAPORAN REALISASI ANGGARAN",
                "PERIODE JANUARI S.D. DESEMBER 2022",
            ],
            "Serang, 5 Januari 2023",
            "1.300.000",
        ),
        (
            "Realisasi 2023",
            &["REALISASI ANGGARAN 2023", "Periode Januari 2023"],
            "",
            "200.000",
        ),
    ];
    for (name, title, date, spent) in realisasi {
        let ws = workbook.add_worksheet();
        ws.set_name(name)?;
        let mut rows: Vec<Vec<&str>> = title.iter().map(|t| vec![*t]).collect();
        rows.extend([
            vec![],
            vec!["Uraian", "Pagu", "Realisasi"],
            vec!["1. Program Dukungan Manajemen", "", ""],
            vec!["a. Layanan Perkantoran", "1.500.000", spent],
            vec!["Jumlah", "1.500.000", spent],
        ]);
        if !date.is_empty() {
            rows.extend([vec![], vec!["", "", date], vec!["", "", "Sekretaris,"]]);
            rows.push(vec!["", "", "HENDRO SULISTYO"]);
        }
        let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
        texts(ws, 0, 0, &rows)?;
    }
    let ws = workbook.add_worksheet();
    ws.set_name("Renstra")?;
    texts(
        ws,
        0,
        0,
        &[
            &["RENCANA STRATEGIS KPU KOTA SERANG 2020-2024"],
            &[],
            &[
                "No",
                "Sasaran",
                "Indikator Kinerja",
                "2020",
                "2021",
                "2022",
                "2023",
                "2024",
            ],
            &[
                "1",
                "Terwujudnya Renstra",
                "Persentase Renstra",
                "90%",
                "90%",
                "95%",
                "95%",
                "100%",
            ],
        ],
    )?;
    workbook.save(path)?;
    Ok(())
}
