//! Templates as a user fills them: the form `lakip template` writes, with the example rows
//! replaced by the satker's own rows typed under the header (written through the template
//! writer, as Excel would save them), for KPU Kabupaten Tabanan 2025. Every figure the tests
//! expect is worked out by hand beside the rows.

use lakip::kinds::form::Example::{self, Empty, Number as N, Percent as P, Rp, Text as T};
use lakip::kinds::DocKind;
use lakip::template::{Identity, Template, HEADER_ROW};
use rust_xlsxwriter::{Format, Formula};
use std::error::Error;
use std::path::Path;

pub const SATKER: &str = "KPU Kabupaten Tabanan";
pub const TAHUN: i32 = 2025;

const S_DATA: &str = "Meningkatnya kualitas data pemilih";
const I_DATA: &str = "Persentase data pemilih yang valid";
const S_UANG: &str = "Terwujudnya tata kelola keuangan yang akuntabel";
const I_UANG: &str = "Persentase laporan keuangan yang tepat waktu";

/// RKT: two programs, three kegiatan. Σ anggaran = 64.250.000 + 2.315.400.000 + 118.750.000
/// = 2.498.400.000; program 1 = 64.250.000 + 2.315.400.000 = 2.379.650.000.
const RKT: &[&[Example]] = &[
    &[
        T("1"),
        T("Program Dukungan Manajemen"),
        Empty,
        Empty,
        Empty,
        Empty,
        Empty,
        Empty,
    ],
    &[
        T("1.1"),
        Empty,
        T(S_UANG),
        T(I_UANG),
        T("Laporan Keuangan"),
        T("Penyusunan laporan keuangan satker"),
        Rp(64_250_000),
        Empty,
    ],
    &[
        T("1.2"),
        Empty,
        T("Terwujudnya layanan perkantoran yang baik"),
        T("Persentase layanan perkantoran yang berfungsi"),
        T("Layanan Perkantoran"),
        T("Layanan operasional perkantoran"),
        Rp(2_315_400_000),
        Empty,
    ],
    &[
        T("2"),
        T("Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi"),
        Empty,
        Empty,
        Empty,
        Empty,
        Empty,
        Empty,
    ],
    &[
        T("2.1"),
        Empty,
        T(S_DATA),
        T(I_DATA),
        T("Data Pemilih"),
        T("Pemutakhiran daftar pemilih berkelanjutan"),
        Rp(118_750_000),
        T("DPB"),
    ],
];

/// Anggaran: each kegiatan's % = realisasi ÷ pagu × 100: 63.607.500 ÷ 64.250.000 = 99%,
/// 2.269.092.000 ÷ 2.315.400.000 = 98%, 112.812.500 ÷ 118.750.000 = 95%; program 1 states
/// pagu 64.250.000 + 2.315.400.000 = 2.379.650.000, realisasi 63.607.500 + 2.269.092.000 =
/// 2.332.699.500, 2.332.699.500 ÷ 2.379.650.000 × 100 = 98,027… ≈ 98,03%, sisa 46.950.500.
/// Σ items: pagu 2.498.400.000, realisasi 2.445.512.000.
const ANGGARAN: &[&[Example]] = &[
    &[
        T("1"),
        T("Program Dukungan Manajemen"),
        Rp(2_379_650_000),
        Rp(2_332_699_500),
        P("98.03"),
        Rp(46_950_500),
    ],
    &[
        T("1.1"),
        T("Penyusunan laporan keuangan satker"),
        Rp(64_250_000),
        Rp(63_607_500),
        P("99"),
        Rp(642_500),
    ],
    &[
        T("1.2"),
        T("Layanan operasional perkantoran"),
        Rp(2_315_400_000),
        Rp(2_269_092_000),
        P("98"),
        Rp(46_308_000),
    ],
    &[
        T("2"),
        T("Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi"),
        Rp(118_750_000),
        Rp(112_812_500),
        P("95"),
        Rp(5_937_500),
    ],
    &[
        T("2.1"),
        T("Pemutakhiran daftar pemilih berkelanjutan"),
        Rp(118_750_000),
        Rp(112_812_500),
        P("95"),
        Rp(5_937_500),
    ],
];

/// PK: three sasaran, four indikator (the first sasaran has two: its second row leaves No and
/// Sasaran empty); the sengketa is better lower.
const PK: &[&[Example]] = &[
    &[T("1"), T(S_DATA), T(I_DATA), N("97"), T("%"), T("naik")],
    &[
        Empty,
        Empty,
        T("Jumlah laporan rekapitulasi daftar pemilih berkelanjutan"),
        N("4"),
        T("Laporan"),
        T("naik"),
    ],
    &[T("2"), T(S_UANG), T(I_UANG), N("100"), T("%"), T("naik")],
    &[
        T("3"),
        T("Menurunnya sengketa proses pemilu"),
        T("Jumlah sengketa proses pemilu"),
        N("2"),
        T("Kasus"),
        T("turun"),
    ],
];

/// Kinerja: capaian = R ÷ T × 100: 98,5 ÷ 97 × 100 = 101,546… ≈ 101,55; 4 ÷ 4 = 100;
/// 100 ÷ 100 = 100; lower is better for the sengketa: (2 × 2 − 1) ÷ 2 × 100 = 150.
const KINERJA: &[&[Example]] = &[
    &[
        T("1"),
        T(S_DATA),
        T(I_DATA),
        N("97"),
        T("%"),
        N("98.5"),
        P("101.55"),
        T("naik"),
    ],
    &[
        Empty,
        Empty,
        T("Jumlah laporan rekapitulasi daftar pemilih berkelanjutan"),
        N("4"),
        T("Laporan"),
        N("4"),
        P("100"),
        T("naik"),
    ],
    &[
        T("2"),
        T(S_UANG),
        T(I_UANG),
        N("100"),
        T("%"),
        N("100"),
        P("100"),
        T("naik"),
    ],
    &[
        T("3"),
        T("Menurunnya sengketa proses pemilu"),
        T("Jumlah sengketa proses pemilu"),
        N("2"),
        T("Kasus"),
        N("1"),
        P("150"),
        T("turun"),
    ],
];

const V: Example = T("✓");
const O: Example = Empty;

/// RAK: three actions, the third a second action of indikator 2 (its first five cells
/// empty). Σ biaya = 118.750.000 + 64.250.000 + 2.315.400.000 = 2.498.400.000, the RKT's
/// anggaran. Months: 4 + 12 + 12.
const RAK: &[&[Example]] = &[
    &[
        T("1"),
        T(S_DATA),
        T(I_DATA),
        N("97"),
        T("%"),
        T("Pencocokan dan penelitian data pemilih"),
        O,
        V,
        O,
        O,
        V,
        O,
        O,
        V,
        O,
        O,
        V,
        O,
        Rp(118_750_000),
        T("Subbagian Perencanaan, Data dan Informasi"),
    ],
    &[
        T("2"),
        T(S_UANG),
        T(I_UANG),
        N("100"),
        T("%"),
        T("Penyusunan laporan keuangan satker"),
        V,
        V,
        V,
        V,
        V,
        V,
        V,
        V,
        V,
        V,
        V,
        V,
        Rp(64_250_000),
        T("Subbagian Keuangan, Umum dan Logistik"),
    ],
    &[
        O,
        O,
        O,
        O,
        O,
        T("Layanan operasional perkantoran"),
        V,
        V,
        V,
        V,
        V,
        V,
        V,
        V,
        V,
        V,
        V,
        V,
        Rp(2_315_400_000),
        T("Subbagian Keuangan, Umum dan Logistik"),
    ],
];

/// Renstra 2025–2029: two indikator, the 2025 targets the PK's (97%, 100%).
const RENSTRA: &[&[Example]] = &[
    &[
        T("1"),
        T(S_DATA),
        T(I_DATA),
        T("%"),
        N("95"),
        N("97"),
        N("97.5"),
        N("98"),
        N("98.5"),
        N("99"),
        N("99"),
    ],
    &[
        T("2"),
        T(S_UANG),
        T(I_UANG),
        T("%"),
        N("90"),
        N("100"),
        N("100"),
        N("100"),
        N("100"),
        N("100"),
        N("100"),
    ],
];

/// The rows a user types into the template of `kind`.
pub fn rows(kind: &str) -> &'static [&'static [Example]] {
    match kind {
        "rkt" => RKT,
        "anggaran" => ANGGARAN,
        "pk" => PK,
        "kinerja" => KINERJA,
        "rak" => RAK,
        "renstra" => RENSTRA,
        other => panic!("no filled rows for {other}"),
    }
}

pub fn identity() -> Identity {
    Identity {
        satker: Some(SATKER.to_string()),
        tahun: Some(TAHUN),
    }
}

/// The template of `kind` with `rows` typed under its header.
fn filled(kind: &str, rows: &'static [&'static [Example]]) -> Template<'static> {
    let form = DocKind::from_name(kind)
        .and_then(|k| k.spec().form)
        .expect("a kind with a form");
    let mut template = Template::new(form, identity());
    template.rows = rows.to_vec();
    template
}

/// The filled template of `kind`, saved at `path`.
pub fn filled_xlsx(kind: &str, path: &Path) -> Result<(), Box<dyn Error>> {
    filled(kind, rows(kind)).workbook()?.save(path)?;
    Ok(())
}

/// The filled anggaran template with a JUMLAH row the user added under the kegiatan, its
/// pagu, realisasi and sisa as `=SUM(…)` of the kegiatan rows and its % as a formula, with the
/// results Excel saves: pagu 64.250.000 + 2.315.400.000 + 118.750.000 = 2.498.400.000,
/// realisasi 63.607.500 + 2.269.092.000 + 112.812.500 = 2.445.512.000, sisa 52.888.000,
/// 2.445.512.000 ÷ 2.498.400.000 × 100 = 97,883… ≈ 97,88.
pub fn anggaran_with_total_xlsx(path: &Path) -> Result<(), Box<dyn Error>> {
    let mut workbook = filled("anggaran", ANGGARAN).workbook()?;
    let sheet = workbook.worksheet_from_index(0)?;
    // Rows 6–10 (1-based) hold the table; the kegiatan are rows 7, 8 and 10.
    let row = HEADER_ROW + 1 + ANGGARAN.len() as u32;
    let amount = Format::new().set_num_format("#,##0").set_bold();
    sheet.write_string_with_format(row, 1, "JUMLAH", &Format::new().set_bold())?;
    for (col, letter, result) in [
        (2u16, "C", "2498400000"),
        (3, "D", "2445512000"),
        (5, "F", "52888000"),
    ] {
        let sum = format!("={letter}7+{letter}8+{letter}10");
        sheet.write_formula_with_format(row, col, Formula::new(sum).set_result(result), &amount)?;
    }
    let percent = Formula::new(format!("=ROUND(D{0}/C{0}*100,2)", row + 1)).set_result("97.88");
    sheet.write_formula_with_format(row, 4, percent, &Format::new().set_num_format("0.00"))?;
    workbook.save(path)?;
    Ok(())
}
