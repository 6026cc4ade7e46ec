//! Is this the same indikator? Texts copied between the PK, the BAB III table and the RAK drift:
//! case, spacing, punctuation, OCR and typing slips (`pmutakhirkan`, `Penbuatan`, `ProcuK`), a
//! word added or dropped (`fasilitas Layanan perkantoran`). Two texts are the same when their
//! words line up with few differences; short texts must match word for word.

use std::cell::Cell;

mod index;
pub use index::{Index, COMPARISONS};

thread_local! {
    /// Texts normalised on this thread: a check normalises each name once, not per comparison.
    static NORMALISED: Cell<usize> = const { Cell::new(0) };
}

/// How many texts this thread has normalised into words so far (the check's cost is in this,
/// and a test holds it to once per name).
pub fn normalised() -> usize {
    NORMALISED.with(Cell::get)
}

/// Lower case, Cyrillic look-alikes as Latin, punctuation as space: the words of a text.
pub fn words(text: &str) -> Vec<String> {
    split(&normalised_text(text)).map(str::to_string).collect()
}

/// A text normalised for its words (counted: see [`normalised`]).
fn normalised_text(text: &str) -> String {
    NORMALISED.with(|n| n.set(n.get() + 1));
    crate::layout::columns::normalize(text)
}

/// The words of a normalised text: `%` separates them as a space does.
fn split(normalised: &str) -> impl Iterator<Item = &str> + Clone {
    normalised
        .split(|c: char| c == '%' || c.is_whitespace())
        .filter(|w| !w.is_empty())
}

/// A text's words, normalised once and kept with what every comparison needs (letters, digits),
/// so matching one name against many costs no normalisation. The words are kept run together,
/// each a span of them: three allocations a name, not two a word (an index of a table's
/// sasaran holds tens of thousands of names).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The words run together.
    concat: String,
    /// The letters of `concat`, for the slips' edit distance.
    chars: Vec<char>,
    /// Each word's place in `concat` and `chars`.
    spans: Vec<Span>,
}

/// Where one word of a [`Name`] is: its bytes in `concat`, its letters in `chars`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    bytes: (u32, u32),
    chars: (u32, u32),
    digits: bool,
}

/// One word of a name, as comparisons see it.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    chars: &'a [char],
    digits: bool,
}

impl<'a> Word<'a> {
    /// A word of its own letters (`chars` holds them).
    fn of(text: &'a str, chars: &'a [char]) -> Word<'a> {
        Word {
            text,
            chars,
            digits: chars.iter().any(char::is_ascii_digit),
        }
    }
}

impl Name {
    pub fn new(text: &str) -> Name {
        Name::from_normalised(&normalised_text(text))
    }

    /// A name from words already normalised (a prefix such as `program` taken off).
    pub fn from_words(words: Vec<String>) -> Name {
        Name::of_words(words.iter().map(String::as_str))
    }

    fn from_normalised(normalised: &str) -> Name {
        Name::of_words(split(normalised))
    }

    fn of_words<'w>(words: impl Iterator<Item = &'w str> + Clone) -> Name {
        // Sized once from a first pass: grown by doubling, an index of a table's sasaran held
        // a third more than its names (the letters alone are four bytes each).
        let (mut bytes, mut chars, mut count) = (0, 0, 0);
        for word in words.clone() {
            (bytes, chars, count) = (bytes + word.len(), chars + word.chars().count(), count + 1);
        }
        let mut name = Name {
            concat: String::with_capacity(bytes),
            chars: Vec::with_capacity(chars),
            spans: Vec::with_capacity(count),
        };
        for word in words {
            // Offsets as u32: a name is a cell's text, far below 4 GiB.
            let (byte, char) = (name.concat.len() as u32, name.chars.len() as u32);
            name.concat.push_str(word);
            name.chars.extend(word.chars());
            let chars = &name.chars[char as usize..];
            name.spans.push(Span {
                bytes: (byte, name.concat.len() as u32),
                chars: (char, name.chars.len() as u32),
                digits: chars.iter().any(char::is_ascii_digit),
            });
        }
        name
    }

    /// The word a span names.
    fn word(&self, span: &Span) -> Word<'_> {
        Word {
            text: &self.concat[span.bytes.0 as usize..span.bytes.1 as usize],
            chars: &self.chars[span.chars.0 as usize..span.chars.1 as usize],
            digits: span.digits,
        }
    }

    /// The words, in order.
    fn words(&self) -> impl Iterator<Item = Word<'_>> + Clone {
        self.spans.iter().map(|s| self.word(s))
    }

    /// How many words.
    fn len(&self) -> usize {
        self.spans.len()
    }

    /// The same words, exactly.
    pub fn same_words(&self, other: &Name) -> bool {
        self.len() == other.len()
            && self
                .words()
                .zip(other.words())
                .all(|(a, b)| a.text == b.text)
    }

    /// A name without its first word when that is `word` (`program`, `kegiatan`): a line names
    /// `Program Dukungan Manajemen` where another writes `Dukungan Manajemen`.
    pub fn without_first(text: &str, word: &str) -> Name {
        let normalised = normalised_text(text);
        let mut words = split(&normalised).peekable();
        if words.peek() == Some(&word) {
            words.next();
        }
        Name::of_words(words)
    }

    /// A name of some words that is `other`: the same words, else the same ([`Name::same`]).
    pub fn matches(&self, other: &Name) -> bool {
        !self.is_empty() && (self.same_words(other) || self.same(other))
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The same indikator (or sasaran, or program) written twice: see [`same`].
    pub fn same(&self, other: &Name) -> bool {
        if self.is_empty() || other.is_empty() {
            return false;
        }
        // A word split or run together (`di tentukan`, `ditentukan`) is no different word.
        if self.concat == other.concat {
            return true;
        }
        word_distance(self, other) <= allowed(self.len().max(other.len()))
    }
}

/// The same indikator (or sasaran, or program) written twice.
pub fn same(a: &str, b: &str) -> bool {
    Name::new(a).same(&Name::new(b))
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
fn word_distance(a: &Name, b: &Name) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, wa) in a.words().enumerate() {
        current[0] = i + 1;
        for (j, wb) in b.words().enumerate() {
            let substitution = previous[j] + usize::from(!slip_apart(&wa, &wb));
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// Equal, or a slip apart: one edit for words of 5 letters or more, two from 9.
pub fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    slip_apart(&Word::of(a, &ca), &Word::of(b, &cb))
}

fn slip_apart(a: &Word, b: &Word) -> bool {
    if a.text == b.text {
        return true;
    }
    let slips = match a.chars.len().min(b.chars.len()) {
        0..=4 => return false,
        5..=8 => 1,
        _ => 2,
    };
    // Digits must match exactly: `2023` is not `2024`.
    if a.digits || b.digits {
        return false;
    }
    // More letters apart than slips allowed can never be within them.
    if a.chars.len().abs_diff(b.chars.len()) > slips {
        return false;
    }
    char_distance(a.chars, b.chars) <= slips
}

fn char_distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
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
