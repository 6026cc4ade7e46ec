//! Outline numbering at the start of a text (`1.`, `1,`, `a.`, `I.`, `1.1`, `-`) and budget
//! codes by their shape (DOMAIN.md: the length of a SAKTI code gives its level).

use crate::model::Level;

/// A numbering style; the order in which styles first appear gives their depth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    Arabic,
    /// `1)`: a level of its own under `1`/`1.` (`1 Program …`, `a. kegiatan`, `1) rincian`).
    ArabicParen,
    /// `1.1`, `1.1.1`: the number of parts.
    Dotted(u8),
    Roman,
    LetterUpper,
    LetterLower,
    Bullet,
}

/// `"1, Penyelenggaraan"` → `(Arabic, "1", "Penyelenggaraan")`.
pub fn split(text: &str) -> Option<(Style, String, String)> {
    let text = text.trim();
    if let Some(rest) = text.strip_prefix(['-', '•', '*', '–']) {
        let rest = rest.trim_start();
        return starts_with_letter(rest).then(|| (Style::Bullet, String::new(), rest.to_string()));
    }
    let token_end = text.find(|c: char| c.is_whitespace())?;
    let (token, rest) = text.split_at(token_end);
    let rest = rest.trim_start();
    if !starts_with_letter(rest) {
        return None;
    }
    let number = token.trim_end_matches(['.', ',', ')']);
    let had_mark = number.len() < token.len();
    let style = paren(style_of(number, had_mark)?, token);
    Some((style, number.to_string(), rest.to_string()))
}

/// An arabic number closed by a parenthesis only (`1)`, not `(1)`) is [`Style::ArabicParen`].
fn paren(style: Style, token: &str) -> Style {
    let closed = token.trim().ends_with(')') && !token.trim_start().starts_with('(');
    match style {
        Style::Arabic if closed => Style::ArabicParen,
        style => style,
    }
}

/// A number standing alone in a No column: `1`, `1.`, `a`, `a.`, `II`, `1.2`.
pub fn split_token(token: &str) -> Option<(Style, String)> {
    let number = token_number(token);
    Some((paren(token_style(number)?, token), number.to_string()))
}

/// A No cell's text without spaces and the mark after its number (`12.` → `12`).
pub fn token_number(token: &str) -> &str {
    token.trim().trim_end_matches(['.', ',', ')'])
}

/// The style of a [`token_number`] that [`split_token`] reads as a number.
fn token_style(number: &str) -> Option<Style> {
    if number.is_empty() || number.len() > 8 {
        return None;
    }
    style_of(number, true)
}

/// Whether [`split_token`] reads a number in `token`, without copying it.
pub fn is_token(token: &str) -> bool {
    token_style(token_number(token)).is_some()
}

/// What a No cell reads as, given the numbers above it in its column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// An item number: `7`, `1.2`, or a longer one that continues the column (`1000` after
    /// `999`, `1.1000` after `1.999`).
    Number(Style, String),
    /// A number of four digits or more under other numbers that does not continue them
    /// (`2023` after `7`): not taken as an item number, as `split_token` would not take it,
    /// but the other reading has to be said. `last` is the number above it.
    Doubt { number: String, last: String },
    /// No number at all.
    None,
}

/// The numbers read so far down one No column. `split_token` takes at most three digits a
/// part, so that a year (`2023`) is not an item number; a longer number is one when the
/// column's numbers lead to it.
#[derive(Debug, Default, Clone)]
pub struct Sequence {
    /// The last number read in the column, as written.
    last: Option<String>,
    /// The last value read after each prefix (`""` for `999`, `"1"` for `1.999`): `1000`
    /// continues `999` though `a.`, `b.` came between. The prefix last remembered is in `hot`,
    /// not here.
    values: std::collections::HashMap<String, u64>,
    /// The prefix last remembered and its value: a column's numbers mostly keep their prefix
    /// from row to row, and a row then costs no hashing.
    hot: Option<(String, u64)>,
}

impl Sequence {
    /// Reads a No cell's text (`None` for an empty cell) and remembers a number it holds.
    pub fn read(&mut self, token: Option<&str>) -> Reading {
        let Some(token) = token else {
            return Reading::None;
        };
        let number = token_number(token);
        let reading = self.judge(token, number);
        self.reading(reading, number)
    }

    /// [`Sequence::read`] for a caller that holds the number already (`hierarchy`, row by row
    /// over a large table): the same judgement and memory, and no text made. A doubt's `last`
    /// is [`Sequence::last`], asked before the next number is read.
    pub fn note(&mut self, token: &str) -> Judged {
        let number = token_number(token);
        let judged = self.judge(token, number);
        if let Judged::Number(_) = judged {
            self.remember(number);
        }
        judged
    }

    /// The last number read, as written (`""` before any).
    pub fn last(&self) -> &str {
        self.last.as_deref().unwrap_or_default()
    }

    /// [`Sequence::read`] of a No cell's text made for it (a number cell's digits): when it is
    /// the number as it stands, it becomes the item number, not copied (a row of a large
    /// table made it and copied it).
    pub fn read_owned(&mut self, token: String) -> Reading {
        let number = token_number(&token);
        if number.len() != token.len() {
            return self.read(Some(&token));
        }
        let reading = self.judge(&token, number);
        let number = token.as_str();
        match reading {
            Judged::Number(style) => {
                self.remember(number);
                Reading::Number(style, token)
            }
            other => self.reading(other, number),
        }
    }

    /// The reading of `number` as judged, its texts made; a number is remembered.
    fn reading(&mut self, judged: Judged, number: &str) -> Reading {
        match judged {
            Judged::Number(style) => {
                self.remember(number);
                Reading::Number(style, number.to_string())
            }
            Judged::Doubt => Reading::Doubt {
                number: number.to_string(),
                last: self.last.clone().unwrap_or_default(),
            },
            Judged::None => Reading::None,
        }
    }

    /// What [`Sequence::read`] reads in a [`token_number`], before any text is made.
    fn judge(&self, token: &str, number: &str) -> Judged {
        match token_style(number) {
            Some(style) => Judged::Number(paren(style, token)),
            None => self.long(number),
        }
    }

    /// Keeps `number` as the last read, in the strings already held: read for every row of a
    /// large table, a copy of the number and of its prefix each time were two allocations a row.
    fn remember(&mut self, number: &str) {
        if let Some((prefix, value)) = last_parts(number) {
            self.set(prefix, value);
        }
        match &mut self.last {
            Some(last) => {
                last.clear();
                last.push_str(number);
            }
            None => self.last = Some(number.to_string()),
        }
    }

    /// The last value read after `prefix`.
    fn value(&self, prefix: &str) -> Option<u64> {
        match &self.hot {
            Some((hot, value)) if crate::text::same(hot, prefix) => Some(*value),
            _ => self.values.get(prefix).copied(),
        }
    }

    /// Keeps `value` as the last read after `prefix`: in `hot`, the prefix `hot` held before
    /// going back to `values`.
    fn set(&mut self, prefix: &str, value: u64) {
        match &mut self.hot {
            Some((hot, above)) if crate::text::same(hot, prefix) => *above = value,
            _ => {
                if let Some((hot, above)) = self.hot.take() {
                    self.values.insert(hot, above);
                }
                let key = match self.values.remove_entry(prefix) {
                    Some((key, _)) => key,
                    None => prefix.to_string(),
                };
                self.hot = Some((key, value));
            }
        }
    }

    /// Whether a whole number of four to nine digits (a No cell's `1000`) continues the column
    /// as [`Sequence::read`] would take it (see `follows`): asked before a row is read,
    /// without its text.
    pub fn continued_by(&self, value: u64) -> bool {
        (1000..1_000_000_000).contains(&value) && self.goes_on_with(value)
    }

    /// Whether a whole number of any length follows the last number read (`3` after `2`).
    pub fn goes_on_with(&self, value: u64) -> bool {
        self.last.is_some() && self.follows("", value)
    }

    /// [`Sequence::continued_by`] of a No cell's text (`1000.`, `1.1000`).
    pub fn continued_by_text(&self, token: &str) -> bool {
        long_parts(token_number(token))
            .is_some_and(|(prefix, value)| self.last.is_some() && self.follows(prefix, value))
    }

    /// `value` after `prefix` is the last value + 1, a few above it (rows left out: `1929`
    /// after `1927` is no year pasted in), or above it and not a year.
    fn follows(&self, prefix: &str, value: u64) -> bool {
        self.value(prefix)
            .is_some_and(|above| value > above && (value - above <= SKIPPED || !year_like(value)))
    }

    /// A number with a part of four digits or more: an item number when it follows the last
    /// number (`follows`: a few above it, `1000` after `998`, or further and not a year);
    /// else, among numbers, a doubt. Amounts (`10.069.050.000`) have no such part.
    fn long(&self, number: &str) -> Judged {
        let Some((prefix, value)) = long_parts(number) else {
            return Judged::None;
        };
        if self.last.is_none() {
            return Judged::None;
        }
        if self.follows(prefix, value) {
            let style = if prefix.is_empty() {
                Style::Arabic
            } else {
                Style::Dotted(number.split('.').count().min(u8::MAX as usize) as u8)
            };
            return Judged::Number(style);
        }
        // A dotted number under a prefix the column never numbered (`1.01.01.2.01.0001`, a
        // nomenclature code) is no outline number of this column: left as before, unsaid.
        if !prefix.is_empty() && self.value(prefix).is_none() {
            return Judged::None;
        }
        Judged::Doubt
    }
}

/// A [`Reading`] before its texts are made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Judged {
    Number(Style),
    Doubt,
    None,
}

/// `"1000. Belanja"` → `("1000", "Belanja")`: a number `split` leaves for being long.
pub fn split_long(text: &str) -> Option<(String, String)> {
    let text = text.trim();
    let token_end = text.find(|c: char| c.is_whitespace())?;
    let (token, rest) = text.split_at(token_end);
    let rest = rest.trim_start();
    let number = token.trim_end_matches(['.', ',', ')']);
    // As `split` asks of a lone arabic number: a mark after it (`2023 Laporan` is a year).
    let marked = number.len() < token.len() || number.contains('.');
    (marked && starts_with_letter(rest) && is_long(number))
        .then(|| (number.to_string(), rest.to_string()))
}

/// A token `Sequence` may read as a long number (`1000`, `1.1000`, `1000.`).
pub fn is_long(token: &str) -> bool {
    long_parts(token.trim().trim_end_matches(['.', ',', ')'])).is_some()
}

/// `1000` → `("", 1000)`, `1.1000` → `("1", 1000)`: digits only, the last part longer than
/// three digits (and at most nine), the parts before it of at most three.
fn long_parts(number: &str) -> Option<(&str, u64)> {
    let (prefix, tail) = last_dot(number);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !(4..=9).contains(&tail.len()) || !digits(tail) {
        return None;
    }
    if !prefix.is_empty() && !prefix.split('.').all(|p| digits(p) && p.len() <= 3) {
        return None;
    }
    Some((prefix, tail.parse().ok()?))
}

/// `999` → `("", 999)`, `1.999` → `("1", 999)`; a letter or roman numeral has no value.
fn last_parts(number: &str) -> Option<(&str, u64)> {
    let (prefix, tail) = last_dot(number);
    Some((prefix, tail.parse().ok()?))
}

/// `1.2.999` → `("1.2", "999")`, `999` → `("", "999")`: a byte search, as a No column of a
/// large table is read row by row.
fn last_dot(number: &str) -> (&str, &str) {
    match memchr::memrchr(b'.', number.as_bytes()) {
        Some(dot) => (&number[..dot], &number[dot + 1..]),
        None => ("", number),
    }
}

/// The most numbers a column may leave out and still be read on (`1929` after `1927`, in a
/// table numbered past 1900): a year pasted in lands far from the numbers above it.
const SKIPPED: u64 = 10;

/// A number a year could be (1900–2100): `2023` in a No column under `7` is more often a
/// year pasted in than item two thousand and twenty-three.
fn year_like(value: u64) -> bool {
    (1900..=2100).contains(&value)
}

fn style_of(number: &str, had_mark: bool) -> Option<Style> {
    let all_digits =
        |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
    // Asked of the first word of every description: no allocation on the way to "no".
    if number.contains('.') && number.split('.').all(all_digits) {
        let parts = number.split('.').count();
        return Some(Style::Dotted(parts.min(u8::MAX as usize) as u8));
    }
    if !had_mark {
        return None;
    }
    let mut chars = number.chars();
    match (chars.next(), chars.next()) {
        _ if all_digits(number) => Some(Style::Arabic),
        _ if number.len() <= 4 && number.chars().all(|c| "IVX".contains(c)) && number.len() > 1 => {
            Some(Style::Roman)
        }
        (Some(c), None) if c.is_ascii_lowercase() => Some(Style::LetterLower),
        (Some(c), None) if c.is_ascii_uppercase() => Some(Style::LetterUpper),
        _ => None,
    }
}

fn starts_with_letter(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_alphabetic)
}

/// The level a budget code's shape gives: `076.01.CQ` program, `6709` kegiatan, `6709.QGE`
/// output (KRO), `QGE.001` rincian output, `051` komponen, `A` sub-komponen, `521211` akun; a
/// code written out further (`4305.EBA.994`, `WA.6336.EBA.963.126.0A.521211`) has the level of
/// its last part (see `codes`).
pub fn code_level(code: &str) -> Option<Level> {
    super::codes::preferred(code).map(|r| r.last())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Sequence::read` as it was first written: `split_token`, else `long`, then `remember`,
    /// with the string searches of the standard library.
    fn read_as_written(seq: &mut Sequence, token: &str) -> Reading {
        let number = token.trim().trim_end_matches(['.', ',', ')']);
        let reading = match split_token(token) {
            Some((style, number)) => Reading::Number(style, number),
            None => match seq.long(number) {
                Judged::Number(style) => Reading::Number(style, number.to_string()),
                Judged::Doubt => Reading::Doubt {
                    number: number.to_string(),
                    last: seq.last.clone().unwrap_or_default(),
                },
                Judged::None => Reading::None,
            },
        };
        if let Reading::Number(_, number) = &reading {
            seq.remember(number);
        }
        reading
    }

    proptest::proptest! {
        /// A column of numbers, letters, long numbers and years reads as it was first read,
        /// from a text borrowed or made for the reading.
        #[test]
        fn a_column_reads_as_written(tokens in proptest::collection::vec(
            "[0-9]{1,5}(\\.[0-9]{1,4}){0,2}[.)]?|[a-cIVX]\\.?|2023| 7 ", 1..40)) {
            let (mut seq, mut reference) = (Sequence::default(), Sequence::default());
            let mut owned = Sequence::default();
            for token in &tokens {
                proptest::prop_assert_eq!(is_token(token), split_token(token).is_some());
                let expected = read_as_written(&mut reference, token);
                proptest::prop_assert_eq!(&seq.read(Some(token)), &expected);
                proptest::prop_assert_eq!(&owned.read_owned(token.to_string()), &expected);
            }
        }

        #[test]
        fn last_dot_as_rsplit(number in "[0-9.]{0,9}") {
            let expected = number.rsplit_once('.').unwrap_or(("", &number));
            proptest::prop_assert_eq!(last_dot(&number), expected);
        }
    }

    /// Before a row is read, a long number makes it an item exactly where `read` would take
    /// it: `1000` after `999`, `1.1000` after `1.999`, a number that skips (`1001`, `40115`),
    /// a year that is the next number (`2000` after `1999`); not a year that skips (`2023`
    /// after `7`), a number that goes down (`998`), nor a number under no numbers.
    #[test]
    fn a_long_number_continues_the_column_as_read_takes_it() {
        // A column numbered 1 to 1927, read on.
        let to_1927: Vec<String> = (1..=1927).map(|n: u32| n.to_string()).collect();
        let to_1927: Vec<&str> = to_1927.iter().map(String::as_str).collect();
        let columns: [&[&str]; 5] = [
            &[],
            &["7"],
            &["998", "999", "1.999"],
            &["999", "1998", "1999"],
            &to_1927,
        ];
        for above in columns {
            let mut seq = Sequence::default();
            for n in above {
                seq.read(Some(n));
            }
            for value in [1000, 1001, 1929, 1950, 2000, 2023, 40115, 998_000] {
                let read = seq.clone().read(Some(&value.to_string()));
                let expected = matches!(read, Reading::Number(..));
                assert_eq!(
                    seq.continued_by(value),
                    expected,
                    "{value} after {:?}",
                    above.last()
                );
            }
        }
        let mut seq = Sequence::default();
        for n in ["998", "999", "1.999"] {
            seq.read(Some(n));
        }
        assert!(seq.continued_by(1001) && seq.continued_by(40115));
        // In a table numbered past 1900, a few rows left out are no year (`1929` after
        // `1927`); a year pasted under small numbers is (`2023` after `7`).
        let mut years = Sequence::default();
        to_1927.iter().for_each(|n| drop(years.read(Some(n))));
        assert!(years.continued_by(1929) && !years.continued_by(1950));
        assert!(matches!(years.read(Some("1929")), Reading::Number(..)));
        assert!(seq.continued_by_text("1000."));
        assert!(seq.continued_by_text("1.1000"));
        assert!(!seq.continued_by_text("2.1000"));
        assert!(!seq.continued_by_text("Serang"));
        // Three digits are a number whatever is above them: not asked here.
        assert!(!seq.continued_by(999));
    }

    #[test]
    fn tabel_3_1_numbering() {
        let (s, n, rest) =
            split("1, Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi.").unwrap();
        assert_eq!((s, n.as_str()), (Style::Arabic, "1"));
        assert_eq!(
            rest,
            "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi."
        );
        assert_eq!(
            split("2. Program Dukungan Manajemen").unwrap().0,
            Style::Arabic
        );
        assert_eq!(
            split("a. Data dan Informasi").unwrap().0,
            Style::LetterLower
        );
        assert_eq!(
            split("i. Penetapan Jumlah Kursi").unwrap().0,
            Style::LetterLower
        );
        assert_eq!(split("II. Program").unwrap().0, Style::Roman);
        assert_eq!(split("1.2 Kegiatan").unwrap().0, Style::Dotted(2));
        assert_eq!(split("- Layanan Perkantoran").unwrap().0, Style::Bullet);
    }

    #[test]
    fn tokens_are_read_as_split_token_reads_them() {
        for token in [
            "1", "1.", "12)", "a.", "II", "1.2.3", "1000", "", " ", "x1", "(1", "1.1000",
        ] {
            assert_eq!(is_token(token), split_token(token).is_some(), "{token:?}");
        }
    }

    #[test]
    fn numbers_standing_alone() {
        assert_eq!(split_token("1"), Some((Style::Arabic, "1".to_string())));
        assert_eq!(
            split_token("a."),
            Some((Style::LetterLower, "a".to_string()))
        );
        assert_eq!(split_token("II"), Some((Style::Roman, "II".to_string())));
        assert_eq!(
            split_token("1.2"),
            Some((Style::Dotted(2), "1.2".to_string()))
        );
        assert_eq!(split_token("Jumlah"), None);
    }

    #[test]
    fn amounts_and_plain_text_are_not_numbering() {
        assert_eq!(split("10.069.050.000"), None);
        assert_eq!(split("Penyelenggaraan Pemilu"), None);
        assert_eq!(split("2023 Laporan"), None);
        assert_eq!(split("- 1.000"), None);
    }

    /// Reads `tokens` down one column: each one's number, `?` for a doubt.
    fn down(tokens: &[&str]) -> Vec<String> {
        let mut seq = Sequence::default();
        tokens
            .iter()
            .map(|t| match seq.read(Some(t)) {
                Reading::Number(_, n) => n,
                Reading::Doubt { .. } => "?".to_string(),
                Reading::None => String::new(),
            })
            .collect()
    }

    #[test]
    fn long_numbers_continue_the_column() {
        // 999 + 1 = 1000, 1000 + 1 = 1001; 1.999 → 1.1000 keeps the prefix `1`.
        assert_eq!(
            down(&["998", "999", "1000", "1001."]),
            ["998", "999", "1000", "1001"]
        );
        assert_eq!(
            down(&["1.998", "1.999", "1.1000"]),
            ["1.998", "1.999", "1.1000"]
        );
        // 1899 is above 1 and no year; 1899 + 1 = 1900 has a year's shape, but it follows.
        assert_eq!(down(&["1", "1899", "1900"]), ["1", "1899", "1900"]);
        // Sub-items between: 1000 continues 999 over `a.`, `b.`, `999.1`.
        assert_eq!(
            down(&["999", "a.", "b.", "999.1", "1000"]),
            ["999", "a", "b", "999.1", "1000"]
        );
        // A skipped row: 998 then 1000 (not a year) still numbers.
        assert_eq!(down(&["998", "1000"]), ["998", "1000"]);
        // A prefix read again after others: its last value was kept.
        assert_eq!(
            down(&["1.999", "2.5", "3.1", "1.1000", "2.2023", "2.6"]),
            ["1.999", "2.5", "3.1", "1.1000", "?", "2.6"]
        );
        assert_eq!(
            Sequence::default().read(Some("1000")),
            Reading::None,
            "nothing above to continue"
        );
    }

    #[test]
    fn a_year_among_numbers_is_a_doubt() {
        let mut seq = Sequence::default();
        seq.read(Some("7"));
        assert_eq!(
            seq.read(Some("2023")),
            Reading::Doubt {
                number: "2023".to_string(),
                last: "7".to_string()
            }
        );
        // The doubt is not a number: 8 still follows 7.
        assert_eq!(down(&["7", "2023", "8"]), ["7", "?", "8"]);
        // A prefix numbered before, not continued, by a year: `2.2023` under `2.1`.
        assert_eq!(down(&["2.1", "1.999", "2.2023"]), ["2.1", "1.999", "?"]);
        // A prefix never numbered: a code, not the column's numbering (and no doubt).
        assert_eq!(down(&["1", "1.01.01.2.01.0001"]), ["1", ""]);
        // Amounts and roman-dotted numbers stay what they were.
        assert_eq!(down(&["1", "10.069.050.000", "IV.1000"]), ["1", "", ""]);
    }

    #[test]
    fn code_shapes_give_levels() {
        assert_eq!(code_level("076.01.CQ"), Some(Level::Program));
        assert_eq!(code_level("6709"), Some(Level::Kegiatan));
        assert_eq!(code_level("6709.QGE"), Some(Level::Output));
        assert_eq!(code_level("QGE.001"), Some(Level::RincianOutput));
        assert_eq!(code_level("051"), Some(Level::Komponen));
        assert_eq!(code_level("A"), Some(Level::SubKomponen));
        assert_eq!(code_level("521211"), Some(Level::Akun));
        assert_eq!(code_level("Belanja"), None);
    }
}
