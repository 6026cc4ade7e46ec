//! Is this the same indikator? Texts copied between the PK, the BAB III table and the RAK drift:
//! case, spacing, punctuation, OCR and typing slips (`pmutakhirkan`, `Penbuatan`, `ProcuK`), a
//! word added or dropped (`fasilitas Layanan perkantoran`). Two texts are the same when their
//! words line up with few differences; short texts must match word for word.

/// Lower case, Cyrillic look-alikes as Latin, punctuation as space: the words of a text.
pub fn words(text: &str) -> Vec<String> {
    crate::layout::columns::normalize(text)
        .replace('%', " ")
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// The same indikator (or sasaran, or program) written twice.
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (words(a), words(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    // A word split or run together (`di tentukan`, `ditentukan`) is no different word.
    if a.concat() == b.concat() {
        return true;
    }
    word_distance(&a, &b) <= allowed(a.len().max(b.len()))
}

/// Words that may differ: none below 6 words (`Jumlah Laporan X` is not `Jumlah Dokumen X`),
/// one up to 19, two from 20.
fn allowed(words: usize) -> usize {
    match words {
        0..=5 => 0,
        6..=19 => 1,
        _ => 2,
    }
}

/// Edit distance over words, where words one or two typing slips apart count as equal.
fn word_distance(a: &[String], b: &[String]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, wa) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, wb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(!same_word(wa, wb));
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// Equal, or a slip apart: one edit for words of 5 letters or more, two from 9.
pub fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let shorter = a.chars().count().min(b.chars().count());
    let slips = match shorter {
        0..=4 => return false,
        5..=8 => 1,
        _ => 2,
    };
    // Digits must match exactly: `2023` is not `2024`.
    if a.chars().any(|c| c.is_ascii_digit()) || b.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    char_distance(a, b) <= slips
}

fn char_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_001_variants_are_the_same_indikator() {
        // PK Ketua against BAB III: a typing slip, a dropped word, case and punctuation.
        assert!(same(
            "Persentase pemutakhirkan Data Pemilih yang mutakhir dan akurat dalam Penyusunan Daftar Pemilih pada Penyelenggaraan Pemilu",
            "Persentase pemutakhiran Data Pemilih yang mutakhir dan akurat dalam Penyusunan Daftar Pemilih pada Penyelenggaraan Pemilu"
        ));
        assert!(same(
            "Persentase ketersediaan fasilitas Layanan perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik di lingkungan satker KPU Kota Serang",
            "Persentase ketersediaan fasilitas perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik di lingkungan satker KPU Kota Serang"
        ));
        assert!(same(
            "Persentase KPU Kota Serang Mendapatkan Nilai B untuk Penilaian Mandiri RB",
            "Persentase KPU Kota Serang mendapatkan nilai minimal B untuk penilaian mandiri RB"
        ));
        assert!(same(
            "Persentase Pembuatan Keputusan KPU Kota Serang dan Informasi ProcuK Hukum",
            "persentase Pembuatan Keputusan KPU Kota Serang dan Informasi Produk Hukum"
        ));
        assert!(same(
            "Persentase Pelaksanaan Waktu Kampanye sesuai Jadwal yang sudah di tentukan dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang",
            "Persentase Pelaksanaan Waktu Kampanye sesuai Jadwal yang sudah ditentukan dalam Penyelenggaraan Pemilu / Pemilihan di KPU Kota Serang"
        ));
        assert!(same(
            "Persentase Pengolahan Data yang berkualitas. relevan, tepat waktu",
            "Persentase Pengolahan Data yang berkualitas, relevan, tepat waktu"
        ));
    }

    #[test]
    fn different_indikator_are_not_matched() {
        // BAB III's sasaran 7 measures a shorter indikator than the PK's: three words apart.
        assert!(!same(
            "Persentase Pengolahan Data informasi yang berkualitas, relevan, akurat dan tepat waktu",
            "Persentase Pengolahan Data yang berkualitas, relevan, tepat waktu"
        ));
        assert!(!same("Jumlah Laporan Keuangan", "Jumlah Dokumen Keuangan"));
        assert!(!same(
            "Persentase relawan demokrasi",
            "Persentase pemungutan suara"
        ));
        assert!(!same("Laporan Tahun 2023", "Laporan Tahun 2024"));
        assert!(!same("", "Persentase"));
    }

    #[test]
    fn word_slips() {
        assert!(same_word("penbuatan", "pembuatan"));
        assert!(same_word("pmutakhirkan", "pemutakhiran"));
        assert!(!same_word("data", "dana"));
        assert!(!same_word("laporan", "dokumen"));
    }
}
