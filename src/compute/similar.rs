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

thread_local! {
    /// Pairs of words this thread has compared (equal, or a slip apart).
    static WORD_PAIRS: Cell<usize> = const { Cell::new(0) };
}

/// How many pairs of words this thread has compared for [`Name::same`] and [`same_word`]
/// (`tests/similar_cost.rs` holds a comparison of two names to a few pairs a word).
pub fn word_pairs() -> usize {
    WORD_PAIRS.with(Cell::get)
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

/// A text's words, normalised once and kept with what every comparison needs (how many
/// letters, whether a digit), so matching one name against many costs no normalisation. The
/// words are kept run together, each an end in them: two allocations a name, of 8 bytes a word
/// and its letters once (an index of a table's sasaran holds tens of thousands of names; with
/// the letters kept again as `char`s, four bytes each, a name held three times as much).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The words run together.
    concat: Box<str>,
    /// Each word's end in `concat`, in order: a word starts where the one before ends.
    spans: Box<[Span]>,
}

/// One word of a [`Name`]: where it ends, how many letters it has, whether one is a digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    end: u32,
    /// Its letters (chars), the top bit set when one is a digit.
    letters: u32,
}

const DIGITS: u32 = 1 << 31;

/// One word of a name, as comparisons see it.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    /// How many letters (chars).
    letters: usize,
    digits: bool,
}

impl<'a> Word<'a> {
    fn of(text: &'a str) -> Word<'a> {
        Word {
            text,
            letters: text.chars().count(),
            digits: text.bytes().any(|b| b.is_ascii_digit()),
        }
    }
}

/// A [`Name`] built character by character from a normalised text: `' '` and `%` end a word.
struct Building {
    concat: String,
    spans: Vec<Span>,
    /// The word being built: its letters, and whether one is a digit.
    letters: u32,
    digits: bool,
}

impl Building {
    fn new(bytes: usize) -> Building {
        Building {
            concat: String::with_capacity(bytes),
            // Words of about six letters and a space: room enough for most names at once.
            spans: Vec::with_capacity(bytes / 6 + 1),
            letters: 0,
            digits: false,
        }
    }

    #[inline]
    fn push(&mut self, c: char) {
        if c == ' ' || c == '%' {
            self.end_word();
            return;
        }
        self.concat.push(c);
        self.letters += 1;
        self.digits |= c.is_ascii_digit();
    }

    fn end_word(&mut self) {
        if self.letters == 0 {
            return;
        }
        // As u32: a name is a cell's text, far below 2 GiB (the top bit marks digits).
        let digits = if self.digits { DIGITS } else { 0 };
        self.spans.push(Span {
            end: self.concat.len() as u32,
            letters: self.letters | digits,
        });
        (self.letters, self.digits) = (0, false);
    }

    fn finish(mut self) -> Name {
        self.end_word();
        Name {
            concat: self.concat.into_boxed_str(),
            spans: self.spans.into_boxed_slice(),
        }
    }
}

impl Name {
    /// The name of a text: its words as [`words`] makes them, built as the text is
    /// normalised, with no normalised copy made and split again (a third of a check's
    /// matching was that copy).
    pub fn new(text: &str) -> Name {
        NORMALISED.with(|n| n.set(n.get() + 1));
        let text = without_outline_number(text);
        let mut name = Building::new(text.len());
        crate::layout::columns::normalize_into(text, |c| name.push(c));
        name.finish()
    }

    /// A name from words already normalised (a prefix such as `program` taken off).
    pub fn from_words(words: Vec<String>) -> Name {
        Name::of_words(words.iter().map(String::as_str))
    }

    fn of_words<'w>(words: impl Iterator<Item = &'w str> + Clone) -> Name {
        // Sized once from a first pass: grown by doubling, an index of a table's sasaran held
        // a third more than its names.
        let (bytes, count) = words.clone().fold((0, 0), |(b, c), w| (b + w.len(), c + 1));
        let mut concat = String::with_capacity(bytes);
        let mut spans = Vec::with_capacity(count);
        for word in words {
            let word = Word::of(word);
            concat.push_str(word.text);
            // As u32: a name is a cell's text, far below 2 GiB (the top bit marks digits).
            let letters = word.letters as u32 | if word.digits { DIGITS } else { 0 };
            spans.push(Span {
                end: concat.len() as u32,
                letters,
            });
        }
        Name {
            concat: concat.into_boxed_str(),
            spans: spans.into_boxed_slice(),
        }
    }

    /// The word at `i`.
    fn word(&self, i: usize) -> Word<'_> {
        let start = if i == 0 { 0 } else { self.spans[i - 1].end };
        let span = self.spans[i];
        Word {
            text: &self.concat[start as usize..span.end as usize],
            letters: (span.letters & !DIGITS) as usize,
            digits: span.letters & DIGITS != 0,
        }
    }

    /// The words, in order.
    fn words(&self) -> impl Iterator<Item = Word<'_>> + Clone {
        (0..self.len()).map(|i| self.word(i))
    }

    /// How many words.
    fn len(&self) -> usize {
        self.spans.len()
    }

    /// The same words, exactly: the words run together and where each ends are equal.
    pub fn same_words(&self, other: &Name) -> bool {
        self.concat == other.concat
            && self.len() == other.len()
            && self
                .spans
                .iter()
                .zip(&*other.spans)
                .all(|(a, b)| a.end == b.end)
    }

    /// A name without its first word when that is `word` (`program`, `kegiatan`): a line names
    /// `Program Dukungan Manajemen` where another writes `Dukungan Manajemen`.
    pub fn without_first(text: &str, word: &str) -> Name {
        let name = Name::new(text);
        if name.is_empty() || name.word(0).text != word {
            return name;
        }
        let cut = name.spans[0].end;
        Name {
            concat: name.concat[cut as usize..].into(),
            spans: name.spans[1..]
                .iter()
                .map(|s| Span {
                    end: s.end - cut,
                    letters: s.letters,
                })
                .collect(),
        }
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
        let allowed = allowed(self.len().max(other.len()));
        words_within(self, 0..self.len(), other, 0..other.len(), allowed)
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

/// Whether the words `a[ra]` and `b[rb]` are at most `k` edits apart, words a slip apart
/// counting as equal (an edit distance over words, bounded). Words equal at either end are
/// taken off first: lining them up is never worse than any other alignment, so only the first
/// unequal pair branches, into at most `3^k` cases (k ≤ 2). A full table of every word against
/// every word compared 400 pairs for two names of 20 words; this compares a few per word.
fn words_within(
    a: &Name,
    mut ra: std::ops::Range<usize>,
    b: &Name,
    mut rb: std::ops::Range<usize>,
    k: usize,
) -> bool {
    let same = |i: usize, j: usize| slip_apart(&a.word(i), &b.word(j));
    while !ra.is_empty() && !rb.is_empty() && same(ra.start, rb.start) {
        (ra.start, rb.start) = (ra.start + 1, rb.start + 1);
    }
    while !ra.is_empty() && !rb.is_empty() && same(ra.end - 1, rb.end - 1) {
        (ra.end, rb.end) = (ra.end - 1, rb.end - 1);
    }
    let (la, lb) = (ra.len(), rb.len());
    if la == 0 || lb == 0 || la.abs_diff(lb) > k {
        return la.max(lb) <= k;
    }
    if k == 0 {
        return false;
    }
    let (a1, b1) = (ra.start + 1..ra.end, rb.start + 1..rb.end);
    words_within(a, a1.clone(), b, b1.clone(), k - 1)
        || words_within(a, a1, b, rb.clone(), k - 1)
        || words_within(a, ra, b, b1, k - 1)
}

/// Equal, or a slip apart: one edit for words of 5 letters or more, two from 9.
pub fn same_word(a: &str, b: &str) -> bool {
    a == b || slip_apart(&Word::of(a), &Word::of(b))
}

fn slip_apart(a: &Word, b: &Word) -> bool {
    WORD_PAIRS.with(|n| n.set(n.get() + 1));
    within_slips(a, b)
}

/// [`slip_apart`], not counted: an index's search for a word's slips among its words.
fn within_slips(a: &Word, b: &Word) -> bool {
    if a.text == b.text {
        return true;
    }
    let slips = match a.letters.min(b.letters) {
        0..=4 => return false,
        5..=8 => 1,
        _ => 2,
    };
    // Digits must match exactly: `2023` is not `2024`.
    if a.digits || b.digits {
        return false;
    }
    // More letters apart than slips allowed can never be within them.
    if a.letters.abs_diff(b.letters) > slips {
        return false;
    }
    letters_within(a.text, b.text, slips)
}

/// Whether two words are at most `k` letters edits apart (Levenshtein), `k` ≤ 2: compared
/// byte by byte when both are ASCII (as nearly every word is), else as characters.
fn letters_within(a: &str, b: &str, k: usize) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return within(a.as_bytes(), b.as_bytes(), k);
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    within(&a, &b, k)
}

/// [`letters_within`] of two words' letters: letters equal at either end are taken off, then
/// the first unequal pair branches (as [`words_within`]), with no table allocated.
fn within<T: PartialEq>(a: &[T], b: &[T], k: usize) -> bool {
    let front = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[front..], &b[front..]);
    let back = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - back], &b[..b.len() - back]);
    let (la, lb) = (a.len(), b.len());
    if la == 0 || lb == 0 || la.abs_diff(lb) > k {
        return la.max(lb) <= k;
    }
    if k == 0 {
        return false;
    }
    let (a1, b1) = (&a[1..], &b[1..]);
    within(a1, b1, k - 1) || within(a1, b, k - 1) || within(a, b1, k - 1)
}

/// `a. Persentase …`, `1) Persentase …`, `1.2 Persentase …`, `- Persentase …` → `Persentase …`:
/// the outline number one table writes before an indikator and another does not is no word
/// of its name (with it, the PK's indikator and the BAB III's did not match, and their
/// targets were never compared). `1.000 pemilih` keeps its number.
fn without_outline_number(text: &str) -> &str {
    let trimmed = text.trim_start();
    let Some((token, rest)) = trimmed.split_once(char::is_whitespace) else {
        return text;
    };
    let bullet = matches!(token, "-" | "•" | "*" | "–");
    let marked = token.strip_suffix(['.', ')']).unwrap_or(token);
    let closed = marked.len() < token.len();
    let short_digits =
        |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    let dotted = marked.contains('.') && marked.split('.').all(short_digits);
    let single = closed
        && (short_digits(marked)
            || marked.len() == 1 && marked.bytes().all(|b| b.is_ascii_alphabetic())
            || (2..=4).contains(&marked.len()) && marked.bytes().all(|b| b"IVX".contains(&b)));
    let starts_word = rest.trim_start().starts_with(char::is_alphabetic);
    match (bullet || dotted || single) && starts_word {
        true => rest.trim_start(),
        false => text,
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn an_outline_number_before_a_name_is_no_word_of_it() {
        use super::without_outline_number as bare;
        for written in [
            "a. Persentase partisipasi",
            "1) Persentase partisipasi",
            "1.2 Persentase partisipasi",
            "- Persentase partisipasi",
            "IV. Persentase partisipasi",
        ] {
            assert_eq!(bare(written), "Persentase partisipasi", "{written}");
        }
        for kept in [
            "1.000 pemilih terdaftar",
            "Persentase partisipasi",
            "A Persentase",
            "2023 target",
        ] {
            assert_eq!(bare(kept), kept);
        }
    }

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

    /// A name built as its text is normalised has the words of the normalised text split.
    #[test]
    fn a_name_is_the_words_of_its_normalised_text() {
        for text in [
            "Persentase Pelaksanaan Waktu Kampanye (TW-IV) 100%",
            "  %%Capaian%RB  2023 ",
            "Jumlah dokumen \u{412}3 ÉTAT Ünvan İstanbul",
            "",
            "...",
            "a",
            "program Dukungan Manajemen",
            "Program program 1",
        ] {
            let normalised = normalised_text(text);
            let whole = Name::of_words(super::split(&normalised));
            assert_eq!(Name::new(text), whole, "{text:?}");
            let mut words = super::split(&normalised).peekable();
            if words.peek() == Some(&"program") {
                words.next();
            }
            let words: Vec<&str> = words.collect();
            let without = Name::of_words(words.iter().copied());
            assert_eq!(Name::without_first(text, "program"), without, "{text:?}");
        }
    }

    #[test]
    fn word_slips() {
        assert!(same_word("penbuatan", "pembuatan"));
        assert!(same_word("pmutakhirkan", "pemutakhiran"));
        assert!(!same_word("data", "dana"));
        assert!(!same_word("laporan", "dokumen"));
    }

    /// The full tables of edit distance the bounded comparisons replace (letters, then words).
    fn char_distance(a: &[char], b: &[char]) -> usize {
        let mut previous: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.iter().enumerate() {
            let mut current = vec![i + 1; b.len() + 1];
            for (j, cb) in b.iter().enumerate() {
                let substitution = previous[j] + usize::from(ca != cb);
                current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
            }
            previous = current;
        }
        previous[b.len()]
    }

    fn slip_apart_by_table(a: &str, b: &str) -> bool {
        let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let slips = match ca.len().min(cb.len()) {
            _ if a == b => return true,
            0..=4 => return false,
            5..=8 => 1,
            _ => 2,
        };
        let digit = |w: &[char]| w.iter().any(char::is_ascii_digit);
        !digit(&ca) && !digit(&cb) && char_distance(&ca, &cb) <= slips
    }

    fn same_by_table(a: &str, b: &str) -> bool {
        let (wa, wb) = (words(a), words(b));
        if wa.is_empty() || wb.is_empty() {
            return false;
        }
        if wa.concat() == wb.concat() {
            return true;
        }
        let mut previous: Vec<usize> = (0..=wb.len()).collect();
        for (i, x) in wa.iter().enumerate() {
            let mut current = vec![i + 1; wb.len() + 1];
            for (j, y) in wb.iter().enumerate() {
                let substitution = previous[j] + usize::from(!slip_apart_by_table(x, y));
                current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
            }
            previous = current;
        }
        previous[wb.len()] <= allowed(wa.len().max(wb.len()))
    }

    /// Variants of a text by small random edits: letters and words dropped, added, changed.
    fn variants(text: &str, seed: u64, count: usize) -> Vec<String> {
        let mut state = seed;
        let mut next = move |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) as usize) % n.max(1)
        };
        let letters: Vec<char> = "aeinrstkpmé2".chars().collect();
        (0..count)
            .map(|_| {
                let mut words: Vec<Vec<char>> =
                    text.split(' ').map(|w| w.chars().collect()).collect();
                for _ in 0..1 + next(4) {
                    let w = next(words.len());
                    match next(6) {
                        0 => {
                            words.remove(w);
                        }
                        1 => words.insert(w, vec!['d', 'a', 'n']),
                        2 if !words[w].is_empty() => {
                            let at = next(words[w].len());
                            words[w].remove(at);
                        }
                        3 => {
                            let at = next(words[w].len() + 1);
                            words[w].insert(at, letters[next(letters.len())]);
                        }
                        4 if !words[w].is_empty() => {
                            let at = next(words[w].len());
                            words[w][at] = letters[next(letters.len())];
                        }
                        _ => {
                            let other = next(words.len());
                            words.swap(w, other);
                        }
                    }
                    if words.is_empty() {
                        words.push(vec!['x']);
                    }
                }
                let words: Vec<String> = words.iter().map(|w| w.iter().collect()).collect();
                words.join(" ")
            })
            .collect()
    }

    #[test]
    fn bounded_comparisons_agree_with_the_full_tables() {
        let texts = [
            "Persentase pemutakhiran Data Pemilih yang mutakhir dan akurat dalam Penyusunan Daftar Pemilih pada Penyelenggaraan Pemilu",
            "Meningkatnya kualitas penyelenggaraan tahapan 2023",
            "Persentase ketersediaan fasilitas perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik di lingkungan satker KPU Kota Serang Provinsi Banten tahun anggaran berjalan",
            "Terwujudnya pelayanan prima",
            "Nilai SAKIP Pemerintah Kabupaten",
        ];
        let mut checked = (0, 0);
        for (n, text) in texts.iter().enumerate() {
            let all = variants(text, n as u64, 80);
            for (i, a) in all.iter().enumerate() {
                for b in all.iter().skip(i).take(6).chain([text.to_string()].iter()) {
                    let expected = same_by_table(a, b);
                    assert_eq!(same(a, b), expected, "{a:?} / {b:?}");
                    checked.1 += usize::from(expected);
                    checked.0 += 1;
                }
                for (x, y) in a.split(' ').zip(text.split(' ')) {
                    assert_eq!(same_word(x, y), slip_apart_by_table(x, y), "{x} / {y}");
                }
            }
        }
        // Both answers are well represented: the variants are a slip apart as often as not.
        assert!(
            checked.1 > checked.0 / 10 && checked.1 < checked.0 * 9 / 10,
            "{checked:?}"
        );
    }
}
