//! Reports to audit, in the style of seed 001 (the LKj of KPU Kota Serang 2023): the same text
//! written as Word (`docx`), Markdown and plain text, with planted errors of every family of
//! `lakip audit` and correct claims around them. Each paragraph below is one paragraph of the
//! document, numbered in the comment as `lakip audit` numbers them (tables are not paragraphs).

use super::docx::{self, Block as WordBlock};
use std::error::Error;
use std::path::Path;

/// A block of the report: a paragraph, or a table (first row the header).
pub enum Part {
    P(&'static str),
    /// A chapter heading: `# ` in Markdown.
    H(&'static str),
    T(Vec<Vec<&'static str>>),
}

use Part::{H, P, T};

/// The planted report. Comments: paragraph number, and the planted error worked by hand.
pub fn report() -> Vec<Part> {
    vec![
        P("LAPORAN KINERJA"),                    // 1
        P("KOMISI PEMILIHAN UMUM KOTA SERANG"),  // 2: the satker, kota Serang
        P("TAHUN 2023"),                         // 3: the year, 2023
        H("KATA PENGANTAR"),                     // 4
        P("Laporan Kinerja (LKj) KPU Kota Serang Tahun 2023 disusun sebagai pertanggungjawaban pelaksanaan tugas kepada masyarakat."), // 5: right
        P("Serang, 31 Januari 2024"),            // 6: right, after the year ended
        P("Ketua"),                              // 7
        P("Ade Jahran"),                         // 8
        H("IKHTISAR EKSEKUTIF"),                 // 9
        // 10: right: 18.256.293.000 + 2.161.613.000 = 20.417.906.000; 2 (dua) program.
        P("Berdasarkan DIPA Nomor SP DIPA-076.01.2.670714/2023 KPU Kota Serang menerima anggaran APBN Tahun Anggaran 2023 sebesar Rp20.417.906.000 untuk membiayai 2 (dua) program yaitu: 1. Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi sebesar Rp18.256.293.000 dan 2. Program Dukungan Manajemen sebesar Rp2.161.613.000."),
        // 11: right: 19.953.434.175 ÷ 20.417.906.000 × 100 = 97,7251… → 97,73; Rp 19,95 miliar.
        P("Realisasi anggaran sebesar Rp19.953.434.175 atau 97,73% dari pagu Rp20.417.906.000, atau sekitar Rp 19,95 miliar."),
        // 12: PLANTED percent: 2.000.000.000 ÷ 2.161.613.000 × 100 = 92,5234… → 92,52, not 95,12.
        P("Serapan Program Dukungan Manajemen mencapai Rp2.000.000.000 atau 95,12% dari pagu program sebesar Rp2.161.613.000."),
        H("BAB I"),                              // 13
        P("PENDAHULUAN"),                        // 14: the title of BAB I
        // 15: PLANTED satker: Kabupaten Lebak in the report of Kota Serang.
        P("Laporan ini memuat pelaksanaan tugas pokok dan fungsi KPU Kabupaten Lebak sebagai penyelenggara pemilu."),
        P("Sesuai tugas pokok dan fungsi KPU Kota Serang, laporan ini disusun setiap tahun."), // 16: right
        // 17: PLANTED year: Tahun 2022 in the report of 2023 (the PK's 2023 is right).
        P("Laporan Kinerja KPU Kota Serang Tahun 2022 ini disusun berdasarkan Perjanjian Kinerja Tahun 2023."),
        H("BAB II PERENCANAAN DAN PERJANJIAN KINERJA"), // 18
        // 19: 3 (tiga) sasaran is right; PLANTED count: 4 (empat) indikator, the table lists 3.
        P("KPU Kota Serang menetapkan 3 (tiga) sasaran strategis dan 4 (empat) indikator kinerja sebagaimana Tabel 2.1 berikut."),
        P("Tabel 2.1 Sasaran Strategis KPU Kota Serang Tahun 2023"), // 20
        T(vec![
            vec!["No", "Sasaran", "Indikator Kinerja", "Target"],
            vec!["1", "Terwujudnya Penyelenggaraan Pemilu sesuai jadwal", "Persentase ketepatan waktu penetapan jadwal tahapan", "100%"],
            vec!["2", "Terselesaikannya pengelolaan keuangan", "Persentase laporan keuangan yang tepat waktu", "100%"],
            vec!["3", "Terwujudnya data pemilih berkelanjutan", "Persentase pemutakhiran data pemilih berkelanjutan", "95%"],
        ]),
        // 21: PLANTED words: 6 in digits, lima (5) in words.
        P("Pemutakhiran data pemilih dilaksanakan di 6 (lima) kecamatan."),
        H("BAB III"),                            // 22
        P("AKUNTABILITAS KINERJA"),              // 23
        P("A. PENGUKURAN CAPAIAN KINERJA"),      // 24
        P("Tabel 3.1 Pengukuran Kinerja"),       // 25
        T(vec![
            vec!["No", "Indikator Kinerja", "Polaritas", "Target", "Realisasi", "Capaian (%)"],
            vec!["1", "Persentase ketepatan waktu penetapan jadwal tahapan", "Naik", "100%", "100%", "100"],
            vec!["2", "Persentase laporan keuangan yang tepat waktu", "Naik", "100%", "100%", "100"],
            // PLANTED capaian (tabel 2, baris 4): 90 ÷ 95 × 100 = 94,7368… → 94,74, not 100.
            vec!["3", "Persentase pemutakhiran data pemilih berkelanjutan", "Naik", "95%", "90%", "100"],
            // right: 88 ÷ 80 × 100 = 110.
            vec!["4", "Indeks kepuasan layanan informasi publik", "Naik", "80%", "88%", "110"],
            // right, lower is better: (2 × 5 − 2) ÷ 5 × 100 = 160.
            vec!["5", "Jumlah pelanggaran kode etik penyelenggara", "Turun", "5 Kasus", "2 Kasus", "160"],
            // right: 80 ÷ 100 × 100 = 80.
            vec!["6", "Persentase dokumen perencanaan yang tersusun tepat waktu", "Naik", "100%", "80%", "80"],
        ]),
        // 26: right: 100 ÷ 100 × 100 = 100.
        P("Indikator persentase ketepatan waktu dengan target 100% dan realisasi 100% sehingga capaian 100%."),
        // 27: PLANTED capaian: 90 ÷ 95 × 100 = 94,74, not 96,50.
        P("Pemutakhiran data pemilih dengan target 95% dan realisasi 90% memberikan capaian 96,50%."),
        P("B. AKUNTABILITAS KEUANGAN"),          // 28
        // 29: the percentage is right (97,73, as in 11); PLANTED sisa:
        // 20.417.906.000 − 19.953.434.175 = 464.471.825, not 464.471.835 (10 too many).
        P("Realisasi belanja sampai dengan 31 Desember 2023 sebesar Rp19.953.434.175 atau 97,73% dari pagu Rp20.417.906.000, sehingga sisa anggaran sebesar Rp464.471.835."),
        // 30: PLANTED sum: 17.935.434.175 + 2.000.000.000 = 19.935.434.175, not 19.953.434.175.
        P("Realisasi per program adalah Rp17.935.434.175 untuk Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi dan Rp2.000.000.000 untuk Program Dukungan Manajemen, sehingga jumlahnya Rp19.953.434.175."),
        P("Tabel 3.2 Realisasi Anggaran per Program"), // 31
        T(vec![
            vec!["Uraian", "Pagu", "Realisasi", "%"],
            // right: 17.953.434.175 ÷ 18.256.293.000 × 100 = 98,3410… → 98,34
            vec!["1. Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", "18.256.293.000", "17.953.434.175", "98,34"],
            // right: 2.000.000.000 ÷ 2.161.613.000 × 100 = 92,5234… → 92,52
            vec!["2. Program Dukungan Manajemen", "2.161.613.000", "2.000.000.000", "92,52"],
        ]),
        // 32: PLANTED change: 19.953.434.175 − 18.653.434.175 = 1.300.000.000, not 1.500.000.000.
        P("Realisasi anggaran tahun 2023 sebesar Rp19.953.434.175, naik sebesar Rp1.500.000.000 dibandingkan tahun 2022 sebesar Rp18.653.434.175."),
        // 33: right: 98,25 − 97,00 = 1,25 points.
        P("Capaian rata-rata kinerja sebesar 98,25%, meningkat 1,25% dibandingkan tahun 2022 sebesar 97,00%."),
        // 34: right: the words are 464.471.825.
        P("Sisa dana sebesar Rp464.471.825 (empat ratus enam puluh empat juta empat ratus tujuh puluh satu ribu delapan ratus dua puluh lima rupiah) disetorkan ke kas negara."),
        // 35: PLANTED words: dua belas juta lima puluh ribu is 12.050.000, not 12.500.000.
        P("Pengembalian belanja sebesar Rp12.500.000 (dua belas juta lima puluh ribu rupiah) telah disetorkan."),
        // 36-44: statements about one named indikator, against Tabel 3.1.
        // 36: right: 88 ÷ 80 × 100 = 110, above 100.
        P("Indikator Indeks kepuasan layanan informasi publik telah melampaui target dengan capaian 110%."),
        // 37: PLANTED achievement: 80 ÷ 100 × 100 = 80, not above 100.
        P("Indikator Persentase dokumen perencanaan yang tersusun tepat waktu telah melampaui target."),
        // 38: right by its polaritas (Turun): (2 × 5 − 2) ÷ 5 × 100 = 160, at least 100.
        P("Indikator Jumlah pelanggaran kode etik penyelenggara telah tercapai karena hanya terjadi 2 kasus."),
        // 39: PLANTED achievement: 100 ÷ 100 × 100 = 100, not below 100.
        P("Indikator Persentase laporan keuangan yang tepat waktu belum tercapai."),
        // 40: right, both clauses: 100 ÷ 100 × 100 = 100 reached; 80 ÷ 100 × 100 = 80 not.
        P("Indikator Persentase ketepatan waktu penetapan jadwal tahapan telah tercapai, sedangkan indikator Persentase dokumen perencanaan yang tersusun tepat waktu belum tercapai."),
        // 41: PLANTED achievement, lower is better: 160 is not below 100 (read higher-is-better,
        // 2 ÷ 5 × 100 = 40 would seem right).
        P("Indikator Jumlah pelanggaran kode etik penyelenggara belum mencapai target."),
        // 42: PLANTED achievement: 80 ÷ 100 × 100 = 80 is below 100.
        P("Indikator Persentase dokumen perencanaan yang tersusun tepat waktu telah mencapai target."),
        // 43: skipped, a hope: not judged.
        P("Indikator Persentase dokumen perencanaan yang tersusun tepat waktu diharapkan tercapai pada tahun 2024."),
        // 44: skipped: "Persentase tepat waktu" names no row with confidence.
        P("Indikator Persentase tepat waktu telah tercapai."),
        // 45: right: 2 (dua) program and a list of two.
        P("Pada tahun 2023 terdapat 2 (dua) program, yaitu Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi dan Program Dukungan Manajemen."),
        // 46: PLANTED list: 4 (empat) kegiatan, the list after it (47-49) has 3.
        P("Program Penyelenggaraan Pemilu dilaksanakan melalui 4 (empat) kegiatan sebagai berikut:"),
        P("1. Pendaftaran dan verifikasi peserta pemilu;"), // 47
        P("2. Pemutakhiran data pemilih berkelanjutan;"),   // 48
        P("3. Sosialisasi dan pendidikan pemilih."),        // 49
        // 50: PLANTED words: 3 in digits, empat (4) in words; the list has 4 (the `list` rule
        // leaves it to `words`).
        P("Sosialisasi dilaksanakan dengan 3 (empat) metode, yaitu tatap muka, media sosial, media cetak, dan siaran radio."),
        // 51: PLANTED list: 3 (tiga) tahapan, the list names 2.
        P("Pengelolaan keuangan meliputi 3 (tiga) tahapan, yaitu perencanaan; pelaksanaan."),
        // 52: right: 3 (tiga) kecamatan, three named.
        P("Pemutakhiran dilaksanakan di 3 (tiga) kecamatan, yaitu Kecamatan Serang, Kecamatan Cipocok Jaya dan Kecamatan Taktakan."),
        // 53: skipped: `antara lain` names some, not all.
        P("Kendala yang dihadapi antara lain 5 (lima) hal, yaitu anggaran dan cuaca."),
        H("BAB IV"),                             // 54
        P("PENUTUP"),                            // 55
        // 56: PLANTED achievement: Tabel 3.1's third indikator reaches 94,74% (90 ÷ 95).
        P("Seluruh sasaran yang ditetapkan dalam Perjanjian Kinerja Tahun 2023 telah tercapai."),
        // 57: the percentage is right for the pagu it states (2.000.000.000 ÷ 2.170.936.000 ×
        // 100 = 92,126… → 92,13); PLANTED same-figure: that pagu is 2.161.613.000 in 10 and in
        // Tabel 3.2 (9.323.000 more here).
        P("Program Dukungan Manajemen dengan anggaran sebesar Rp2.170.936.000 dan realisasi sebesar Rp2.000.000.000 atau 92,13%."),
        // 58: PLANTED signing-date: an LKj of 2023 signed on 15 Desember 2023.
        P("Serang, 15 Desember 2023"),
        P("Ketua"),                              // 59
        P("Ade Jahran"),                         // 60: the same signatory as in 8
        P("PERJANJIAN KINERJA TAHUN 2023"),      // 61: an attached PK
        // 62: PLANTED signing-date: the PK of 2023 signed in March, not January.
        P("Serang, 3 Maret 2023"),
        P("Ketua"),                              // 63
        P("Ade Jahran"),                         // 64
    ]
}

/// The planted errors: rule code and paragraph (or `tabel N, baris M`), in reading order.
pub const PLANTED: [(&str, &str); 22] = [
    ("percent", "paragraf 12"),
    ("satker", "paragraf 15"),
    ("year", "paragraf 17"),
    ("count", "paragraf 19"),
    ("words", "paragraf 21"),
    ("capaian", "tabel 2, baris 4"),
    ("capaian", "paragraf 27"),
    ("sisa", "paragraf 29"),
    ("sum", "paragraf 30"),
    ("change", "paragraf 32"),
    ("words", "paragraf 35"),
    ("achievement", "paragraf 37"),
    ("achievement", "paragraf 39"),
    ("achievement", "paragraf 41"),
    ("achievement", "paragraf 42"),
    ("list", "paragraf 46"),
    ("words", "paragraf 50"),
    ("list", "paragraf 51"),
    ("achievement", "paragraf 56"),
    ("same-figure", "paragraf 57"),
    ("signing-date", "paragraf 58"),
    ("signing-date", "paragraf 62"),
];

pub fn write_docx(path: &Path, parts: &[Part]) -> Result<(), Box<dyn Error>> {
    let blocks: Vec<WordBlock> = parts
        .iter()
        .map(|p| match p {
            P(t) | H(t) => docx::para(t),
            T(rows) => docx::table(rows.iter().map(|r| docx::row(r)).collect()),
        })
        .collect();
    docx::write(path, &blocks)
}

pub fn markdown(parts: &[Part]) -> String {
    let mut out = String::new();
    for p in parts {
        match p {
            P(t) => out.push_str(&format!("{t}\n\n")),
            H(t) => out.push_str(&format!("# {t}\n\n")),
            T(rows) => {
                for (k, r) in rows.iter().enumerate() {
                    out.push_str(&format!("| {} |\n", r.join(" | ")));
                    if k == 0 {
                        out.push_str(&format!("|{}\n", "---|".repeat(r.len())));
                    }
                }
                out.push('\n');
            }
        }
    }
    out
}

/// Plain text as a converter writes a Word report: tables as tab-separated lines.
pub fn plain(parts: &[Part]) -> String {
    let mut out = String::new();
    for p in parts {
        match p {
            P(t) | H(t) => out.push_str(&format!("{t}\n\n")),
            T(rows) => {
                for r in rows {
                    out.push_str(&format!("{}\n", r.join("\t")));
                }
                out.push('\n');
            }
        }
    }
    out
}

/// The parts of a report of about `pages` pages (see [`large`]).
pub fn large_parts(pages: usize) -> Vec<Part> {
    let words_per_copy = plain(&report()).split_whitespace().count();
    let copies = (pages * 400).div_ceil(words_per_copy);
    (0..copies).flat_map(|_| report()).collect()
}

/// A report of about `pages` pages (some 400 words a page): the planted report's chapters
/// again and again, each paragraph once every chapter, so every family of claims is read.
pub fn large(pages: usize) -> String {
    let one = plain(&report());
    let mut out = String::new();
    let words_per_copy = one.split_whitespace().count();
    let copies = (pages * 400).div_ceil(words_per_copy);
    for _ in 0..copies {
        out.push_str(&one);
    }
    out
}
