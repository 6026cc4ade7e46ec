//! Exact numbers for SAKIP documents: reading amounts and percentages written
//! by people, and writing them back the Indonesian way.
//!
//! Values are [`Decimal`], never `f64`: a float cell is converted once by
//! [`from_float`]. Rounding is half-up ([`RoundingStrategy::MidpointAwayFromZero`]),
//! as people round on paper.
//!
//! # What a number may look like
//!
//! Around the digits: spaces (including U+00A0 and U+202F), a minus sign
//! (`-`, `−`, `–`) or parentheses for a negative number, and for amounts a
//! currency prefix `Rp`, `Rp.` or `IDR` in any case, with or without a space.
//! An amount may end with `,-` or `.-` ("no cents"); a percentage may end
//! with `%`. `-`, `–`, `—`, `Rp -` and empty text mean "no value".
//!
//! # Separator rule
//!
//! - Both `.` and `,` present: the one that occurs last is the decimal
//!   separator and must occur once; the other is the thousands separator.
//! - Only one kind, occurring more than once: thousands separator.
//! - Only one kind, occurring exactly once, followed by exactly three digits
//!   and preceded by one to three digits not starting with `0`: ambiguous
//!   (`1.500` is 1500 or 1.5). An amount reads it as thousands (1500), a
//!   percentage as a decimal point (1.5), and [`Parsed::note`] says so. A
//!   target's count reads a `.` as thousands (`1.000 Laporan`) and a `,` as
//!   a decimal point (`1,000` is 1), the Indonesian way.
//! - Only one kind, occurring exactly once, otherwise (`99.56`, `97,5`,
//!   `0,500`, `1234.567`): decimal separator, no note.
//! - An amount ending in `,-` or `.-` has no decimals: every separator in it
//!   is a thousands separator, all of one kind.
//! - Non-breaking or thin spaces (U+00A0, U+202F, U+2009, U+2007) between
//!   digits are thousands separators; a single `.` or `,` after them is the
//!   decimal separator. An ordinary space between digits means two numbers
//!   and is an error.
//! - Thousands groups: the first has one to three digits and does not start
//!   with `0`, every later one exactly three digits; anything else is an error.
//!
//! # Targets
//!
//! A target or realisasi cell (`97,5%`, `1.250 dokumen`) is split by
//! [`crate::compute::target`] into its number and its `%` or unit; the number
//! is then read by [`parse_target_number`] with the rule above. It is bare:
//! ASCII digits, `.` and `,` only. A sign, currency, space or suffix makes the
//! cell prose rather than an error (a target is never negative), no note is
//! kept, and the value is normalised (`100,0` is 100).

use rust_decimal::{Decimal, RoundingStrategy};
use std::fmt;

/// A number read from text, with a note when the text was ambiguous and a documented rule decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub value: Decimal,
    pub note: Option<String>,
    /// The note by key, so a stored notice built on it follows the reader's language.
    pub said: Option<crate::i18n::Message>,
}

/// Why a text is not a number; Display is one short English line quoting the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberError {
    pub text: String,
    pub reason: String,
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Debug quoting escapes newlines, so the message stays on one line.
        // The reason is a message key, with its one argument after a colon.
        let (key, character) = self
            .reason
            .split_once(':')
            .unwrap_or((self.reason.as_str(), ""));
        let reason = crate::i18n::tr(key, &[("character", character.into())]);
        let text = format!("{:?}", shorten(&self.text));
        f.write_str(&crate::t!(
            "read-number-unreadable",
            text = text,
            reason = reason
        ))
    }
}

impl std::error::Error for NumberError {}

/// Longest text quoted in an error message; a whole paragraph helps no one.
const QUOTE_CHARS: usize = 60;

fn shorten(text: &str) -> String {
    crate::text::shorten(text, QUOTE_CHARS)
}

/// Reads an amount of money; `Ok(None)` for a dash or empty text.
///
/// ```
/// use lakip::numbers::parse_amount;
/// use rust_decimal::Decimal;
///
/// let read = |t| parse_amount(t).unwrap().map(|p| p.value);
/// assert_eq!(read("Rp37.230.532.000"), Some(Decimal::from(37_230_532_000i64)));
/// assert_eq!(read("Rp 10,069,050,000"), Some(Decimal::from(10_069_050_000i64)));
/// assert_eq!(read("20.326.861.888,00"), Some(Decimal::from(20_326_861_888i64)));
/// assert_eq!(read("-"), None);
/// assert!(parse_amount("12.5OO.000").is_err());
/// ```
pub fn parse_amount(text: &str) -> Result<Option<Parsed>, NumberError> {
    parse(text, Kind::Amount)
}

/// Reads a percentage in percent units (`"97,5%"` is 97.5); `Ok(None)` for a dash or empty text.
pub fn parse_percent(text: &str) -> Result<Option<Parsed>, NumberError> {
    parse(text, Kind::Percent)
}

/// The separator a text written as an amount shows beyond doubt, for each mark: `Some(true)`
/// when it is the decimal point there, `Some(false)` when it groups thousands, `None` when the
/// text does not say (it has no such mark, its reading is ambiguous, or it is no number).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Separators {
    pub dot_is_decimal: Option<bool>,
    pub comma_is_decimal: Option<bool>,
}

/// Which way a text written as an amount uses `.` and `,`, where the separator rule decides
/// it without doubt: `1.234.567` and `1.234,50` show the Indonesian way, `10,069,050` and
/// `1,234.50` the English one, `250.5` a dot as the decimal point; `250.000` shows nothing.
///
/// ```
/// use lakip::numbers::separators_shown;
///
/// assert_eq!(separators_shown("1.234,50").dot_is_decimal, Some(false));
/// assert_eq!(separators_shown("1.234,50").comma_is_decimal, Some(true));
/// assert_eq!(separators_shown("250.5").dot_is_decimal, Some(true));
/// assert_eq!(separators_shown("250.000").dot_is_decimal, None);
/// ```
pub fn separators_shown(text: &str) -> Separators {
    let mut shown = Separators::default();
    let Ok(Some(shape)) = shape(text) else {
        return shown;
    };
    let Ok(groups) = split_groups(shape.body) else {
        return shown;
    };
    let Ok((decimal_at, false)) = decimal_separator(&groups, Kind::Amount, shape.no_cents) else {
        return shown;
    };
    for (i, sep) in groups.seps.iter().enumerate() {
        let decimal = decimal_at == Some(i);
        match sep {
            Sep::Dot => shown.dot_is_decimal = Some(decimal),
            Sep::Comma => shown.comma_is_decimal = Some(decimal),
            Sep::Space => {}
        }
    }
    shown
}

/// The mark a text's ambiguous reading turned on (`Some('.')` for `250.000`): the lone
/// separator before three digits; `None` when the text is no such number.
pub fn ambiguous_mark(text: &str) -> Option<char> {
    let shape = shape(text).ok()??;
    let groups = split_groups(shape.body).ok()?;
    match decimal_separator(&groups, Kind::Amount, shape.no_cents).ok()? {
        (_, true) => match groups.seps.first()? {
            Sep::Dot => Some('.'),
            Sep::Comma => Some(','),
            Sep::Space => None,
        },
        _ => None,
    }
}

/// What a target's number measures, which decides a lone separator before three digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    /// `97,5%`, `75 persen`: `1.500%` is 1.5, as in [`parse_percent`].
    Percent,
    /// `1.000 Laporan` is 1000, `1,000` is 1: a dot groups thousands, a comma is decimal.
    Count,
}

/// Reads the bare number of a target or realisasi (see the module's "Targets");
/// `None` when it is not one, so the caller keeps the cell as text.
///
/// ```
/// use lakip::numbers::{parse_target_number, TargetKind};
/// use rust_decimal::Decimal;
///
/// assert_eq!(parse_target_number("97,5", TargetKind::Percent), Some(Decimal::new(975, 1)));
/// assert_eq!(parse_target_number("1.250", TargetKind::Count), Some(Decimal::from(1250)));
/// assert_eq!(parse_target_number("100,0", TargetKind::Percent), Some(Decimal::from(100)));
/// assert_eq!(parse_target_number("-5", TargetKind::Count), None);
/// ```
pub fn parse_target_number(text: &str, kind: TargetKind) -> Option<Decimal> {
    // A sign, currency or space would be taken off by `shape`; in a target it means prose.
    if !text
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    let kind = match kind {
        TargetKind::Percent => Kind::Percent,
        TargetKind::Count => Kind::Count,
    };
    let groups = split_groups(text).ok()?;
    let (decimal_at, _) = decimal_separator(&groups, kind, false).ok()?;
    // Normalised: `100,0%` is the value 100, and serialises as such.
    assemble(&groups, decimal_at, false)
        .ok()
        .map(|d| d.normalize())
}

/// Converts a float cell: its shortest decimal form rounded half-up to 6 places.
pub fn from_float(f: f64) -> Option<Decimal> {
    if !f.is_finite() {
        return None;
    }
    // Below this everything rounds to 0, and the text form would be too long.
    if f.abs() < 1e-7 {
        return Some(Decimal::ZERO);
    }
    // Whole amounts, nearly every cell of a budget table, are exact as integers.
    if f.fract() == 0.0 && f.abs() < 9e15 {
        return Some(Decimal::from(f as i64));
    }
    // Two decimals (`99.56`) are what the cell shows when hundredths give back the same float.
    let hundredths = (f * 100.0).round();
    if hundredths.abs() < 9e15 && hundredths / 100.0 == f {
        return Some(no_negative_zero(
            Decimal::new(hundredths as i64, 2).normalize(),
        ));
    }
    // Shortest round-trip text is what the spreadsheet showed, not the binary noise.
    let exact: Decimal = f.to_string().parse().ok()?;
    Some(no_negative_zero(round_half_up(exact, 6).normalize()))
}

/// Rounds to `dp` decimal places, halves away from zero.
pub fn round_half_up(d: Decimal, dp: u32) -> Decimal {
    d.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// Indonesian form with exactly `dp` decimals: `37.230.532.000`, `20.326.861.888,00`.
pub fn format_angka(d: Decimal, dp: u32) -> String {
    let dp = dp.min(MAX_DP) as usize;
    let rounded = no_negative_zero(round_half_up(d, dp as u32));
    // From the mantissa's digits, not through `Decimal`'s formatter: an import's report
    // writes every subtotal of a 100 000-row export, and this was a third of its time.
    let mut digits = rounded.mantissa().unsigned_abs().to_string();
    // Rounding leaves at most `dp` decimals; at least one digit goes before the comma.
    let scale = rounded.scale() as usize;
    if digits.len() <= scale {
        digits.insert_str(0, &"0".repeat(scale + 1 - digits.len()));
    }
    let (int, frac) = digits.split_at(digits.len() - scale);
    let mut out = String::with_capacity(int.len() * 4 / 3 + dp + 3);
    push_grouped(&mut out, rounded.is_sign_negative(), int);
    if dp > 0 {
        out.push(',');
        out.push_str(frac);
        out.extend(std::iter::repeat_n('0', dp.saturating_sub(scale)));
    }
    out
}

/// An amount as people write it: whole amounts without decimals (`37.230.532.000`), others
/// with two (`1.500,50`).
pub fn format_amount(d: Decimal) -> String {
    // A whole amount within u64, nearly every sum of a budget table: its digits straight
    // from the integer (an import's report writes a subtotal per heading).
    if d.scale() == 0 {
        if let Ok(units) = u64::try_from(d.mantissa().unsigned_abs()) {
            let digits = units.to_string();
            let mut out = String::with_capacity(digits.len() * 4 / 3 + 1);
            push_grouped(&mut out, d.is_sign_negative() && units != 0, &digits);
            return out;
        }
    }
    let dp = if d.fract().is_zero() { 0 } else { 2 };
    format_angka(d, dp)
}

/// Writes the integer digits `int` with a `.` between thousands, `-` before them if
/// `negative`.
fn push_grouped(out: &mut String, negative: bool, int: &str) {
    if negative {
        out.push('-');
    }
    for (i, c) in int.bytes().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(char::from(c));
    }
}

/// Money with the `Rp` prefix after the sign: `Rp37.230.532.000`, `-Rp1.000`.
///
/// ```
/// use lakip::numbers::format_rupiah;
/// use rust_decimal::Decimal;
///
/// assert_eq!(format_rupiah(Decimal::from(37_230_532_000i64), 0), "Rp37.230.532.000");
/// assert_eq!(format_rupiah(Decimal::new(2_032_686_188_800, 2), 2), "Rp20.326.861.888,00");
/// ```
pub fn format_rupiah(d: Decimal, dp: u32) -> String {
    let angka = format_angka(d, dp);
    match angka.strip_prefix('-') {
        Some(rest) => format!("-Rp{rest}"),
        None => format!("Rp{angka}"),
    }
}

/// A percentage: `99,56%`, half-up.
///
/// ```
/// use lakip::numbers::format_persen;
/// use rust_decimal::Decimal;
///
/// assert_eq!(format_persen(Decimal::new(99_555, 3), 2), "99,56%");
/// ```
pub fn format_persen(d: Decimal, dp: u32) -> String {
    format!("{}%", format_angka(d, dp))
}

/// Plain machine form for CSV and JSON: `37230532000`, `99.56`, never `-0`.
pub fn canonical(d: Decimal) -> String {
    no_negative_zero(d.normalize()).to_string()
}

/// True when the trimmed text has the shape of a number, even one that
/// would not parse (`1.23.456`), so a parse error on it is worth reporting.
pub fn looks_numeric(text: &str) -> bool {
    match shape(text) {
        Ok(Some(s)) => {
            !(s.percent && (s.currency || s.no_cents))
                && only_number_chars(s.body)
                && split_groups(s.body).is_ok()
        }
        _ => false,
    }
}

/// Digits, separators and spaces, with a digit among them: turns words away (every
/// description is asked) before any grouping is worked out.
fn only_number_chars(body: &str) -> bool {
    body.chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || c.is_whitespace())
        && body.bytes().any(|b| b.is_ascii_digit())
}

/// Decimal's own limit on decimal places.
const MAX_DP: u32 = 28;

const MINUS: [char; 3] = ['-', '\u{2212}', '\u{2013}'];
const DASHES: [&str; 4] = ["-", "\u{2212}", "\u{2013}", "\u{2014}"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Amount,
    Percent,
    /// A target's count: see [`TargetKind::Count`].
    Count,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Dot,
    Comma,
    Space,
}

/// The text with sign, currency and suffix taken off.
struct Shape<'a> {
    negative: bool,
    body: &'a str,
    currency: bool,
    percent: bool,
    no_cents: bool,
}

/// Digit runs and the separators between them: `digits.len() == seps.len() + 1`.
struct Groups<'a> {
    digits: Vec<&'a str>,
    seps: Vec<Sep>,
}

fn no_negative_zero(mut d: Decimal) -> Decimal {
    if d.is_zero() {
        d.set_sign_positive(true);
    }
    d
}

fn parse(text: &str, kind: Kind) -> Result<Option<Parsed>, NumberError> {
    parse_inner(text, kind).map_err(|reason| NumberError {
        text: text.to_string(),
        reason,
    })
}

fn parse_inner(text: &str, kind: Kind) -> Result<Option<Parsed>, String> {
    let Some(shape) = shape(text)? else {
        return Ok(None);
    };
    check_kind(&shape, kind)?;
    let groups = split_groups(shape.body)?;
    let (decimal_at, ambiguous) = decimal_separator(&groups, kind, shape.no_cents)?;
    let value = assemble(&groups, decimal_at, shape.negative)?;
    let said = ambiguous.then(|| ambiguity_note(text.trim(), value, kind));
    let note = said.as_ref().map(crate::i18n::Message::render);
    Ok(Some(Parsed { value, note, said }))
}

fn ambiguity_note(text: &str, value: Decimal, kind: Kind) -> crate::i18n::Message {
    match kind {
        Kind::Amount => crate::msg!(
            "read-number-note-amount",
            text = format!("{text:?}"),
            value = canonical(value)
        ),
        Kind::Percent => crate::msg!(
            "read-number-note-percent",
            text = format!("{text:?}"),
            value = canonical(value)
        ),
        Kind::Count => crate::msg!(
            "read-number-note-count",
            text = format!("{text:?}"),
            value = canonical(value)
        ),
    }
}

/// `-`, and the `-,-` / `-.-` people write for "nil rupiah".
fn is_dash(s: &str) -> bool {
    let s = s.trim();
    let nil = s
        .strip_suffix('-')
        .and_then(|rest| rest.strip_suffix([',', '.']))
        .unwrap_or(s);
    DASHES.contains(&nil)
}

/// Takes off sign, currency and suffix; `Ok(None)` when the text means "no value".
fn shape(text: &str) -> Result<Option<Shape<'_>>, String> {
    let mut s = text.trim();
    if s.is_empty() || is_dash(s) {
        return Ok(None);
    }
    let mut negative = false;
    s = take_sign(s, &mut negative)?;
    let currency = match strip_currency(s) {
        Some(rest) => {
            s = rest.trim_start();
            // Excel's accounting format shows "Rp -" for an empty cell.
            if is_dash(s) {
                return Ok(None);
            }
            s = take_sign(s, &mut negative)?;
            true
        }
        None => false,
    };
    let (s, percent) = match s.strip_suffix('%') {
        Some(rest) => (rest.trim_end(), true),
        None => (s, false),
    };
    let (body, no_cents) = match s.strip_suffix(",-").or_else(|| s.strip_suffix(".-")) {
        Some(rest) => (rest, true),
        None => (s, false),
    };
    Ok(Some(Shape {
        negative,
        body,
        currency,
        percent,
        no_cents,
    }))
}

/// Takes off a leading minus, plus, or enclosing parentheses.
fn take_sign<'a>(s: &'a str, negative: &mut bool) -> Result<&'a str, String> {
    let inner = if let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        inner
    } else if let Some(rest) = s.strip_prefix(MINUS) {
        rest
    } else if let Some(rest) = s.strip_prefix('+') {
        return Ok(rest.trim_start());
    } else {
        return Ok(s);
    };
    if *negative {
        return Err("read-number-two-minus".to_string());
    }
    *negative = true;
    Ok(inner.trim())
}

fn strip_currency(s: &str) -> Option<&str> {
    // "rp." before "rp", so the dot is not taken for a separator.
    ["rp.", "rp", "idr"].iter().find_map(|prefix| {
        let head = s.get(..prefix.len())?;
        if head.eq_ignore_ascii_case(prefix) {
            s.get(prefix.len()..)
        } else {
            None
        }
    })
}

fn check_kind(shape: &Shape<'_>, kind: Kind) -> Result<(), String> {
    let wrong = match kind {
        Kind::Amount if shape.percent => "read-number-percent-in-amount",
        Kind::Percent if shape.currency => "read-number-currency-in-percent",
        Kind::Percent if shape.no_cents => "read-number-dash-in-percent",
        _ => return Ok(()),
    };
    Err(wrong.to_string())
}

fn is_group_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}')
}

fn split_groups(body: &str) -> Result<Groups<'_>, String> {
    if !body.chars().any(|c| c.is_ascii_digit()) {
        return Err("read-number-no-digits".to_string());
    }
    // A stray letter is the likelier mistake than a space, so name it first.
    let allowed = |c: char| c.is_ascii_digit() || c == '.' || c == ',' || c.is_whitespace();
    if let Some(c) = body.chars().find(|&c| !allowed(c)) {
        return Err(format!("read-number-unexpected-character:{c:?}"));
    }
    let mut groups = Groups {
        digits: Vec::new(),
        seps: Vec::new(),
    };
    let mut start = 0;
    for (i, c) in body.char_indices() {
        let sep = match c {
            '.' => Sep::Dot,
            ',' => Sep::Comma,
            c if is_group_space(c) => Sep::Space,
            c if c.is_whitespace() => return Err("read-number-space-between".to_string()),
            _ => continue,
        };
        if i == start {
            return Err("read-number-separator-first".to_string());
        }
        groups.digits.push(&body[start..i]);
        groups.seps.push(sep);
        start = i + c.len_utf8();
    }
    if start == body.len() {
        return Err("read-number-separator-last".to_string());
    }
    groups.digits.push(&body[start..]);
    Ok(groups)
}

/// Index in `seps` of the decimal separator, and whether the choice was ambiguous.
fn decimal_separator(
    g: &Groups<'_>,
    kind: Kind,
    no_cents: bool,
) -> Result<(Option<usize>, bool), String> {
    let Some(&last) = g.seps.last() else {
        return Ok((None, false));
    };
    let n = g.seps.len();
    let mixed = g.seps.iter().any(|&s| s != last);
    if no_cents {
        return match mixed {
            true => Err("read-number-mixed-no-cents".to_string()),
            false => Ok((None, false)),
        };
    }
    if g.seps.contains(&Sep::Space) {
        let marks = g.seps.iter().filter(|&&s| s != Sep::Space).count();
        return match marks {
            0 => Ok((None, false)),
            1 if last != Sep::Space => Ok((Some(n - 1), false)),
            _ => Err("read-number-mixed".to_string()),
        };
    }
    if mixed {
        return match g.seps[..n - 1].contains(&last) {
            true => Err("read-number-decimal-twice".to_string()),
            false => Ok((Some(n - 1), false)),
        };
    }
    if n > 1 {
        return Ok((None, false));
    }
    let (head, tail) = (g.digits[0], g.digits[1]);
    if tail.len() != 3 || head.len() > 3 || head.starts_with('0') {
        return Ok((Some(0), false));
    }
    match kind {
        Kind::Amount => Ok((None, true)),
        Kind::Percent => Ok((Some(0), true)),
        Kind::Count if last == Sep::Dot => Ok((None, true)),
        Kind::Count => Ok((Some(0), true)),
    }
}

/// Checks the thousands grouping and builds the exact value.
fn assemble(g: &Groups<'_>, decimal_at: Option<usize>, negative: bool) -> Result<Decimal, String> {
    let int_count = decimal_at.map_or(g.digits.len(), |i| i + 1);
    let int = &g.digits[..int_count];
    if int.len() > 1 && !well_grouped(int) {
        return Err("read-number-groups-of-three".to_string());
    }
    let mut plain = String::from(if negative { "-" } else { "" });
    plain.extend(int.iter().copied());
    if let Some(frac) = g.digits.get(int_count) {
        plain.push('.');
        plain.push_str(frac);
    }
    Decimal::from_str_exact(&plain)
        .map(no_negative_zero)
        .map_err(|_| "too many digits".to_string())
}

fn well_grouped(groups: &[&str]) -> bool {
    let first = groups.first().copied().unwrap_or_default();
    (1..=3).contains(&first.len())
        && !first.starts_with('0')
        && groups[1..].iter().all(|g| g.len() == 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `format_angka` as it was first written, through `Decimal`'s own formatter: the
    /// digit-by-digit version must write exactly what it wrote.
    fn angka_through_display(d: Decimal, dp: u32) -> String {
        let dp = dp.min(MAX_DP);
        let rounded = no_negative_zero(round_half_up(d, dp));
        let plain = format!("{:.*}", dp as usize, rounded.abs());
        let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
        let sign = if rounded.is_sign_negative() { "-" } else { "" };
        let mut out = format!("{sign}{}", group_thousands(int));
        if !frac.is_empty() {
            out.push(',');
            out.push_str(frac);
        }
        out
    }

    fn group_thousands(digits: &str) -> String {
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push('.');
            }
            out.push(c);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn angka_digit_by_digit_is_what_the_formatter_wrote(
            mantissa in proptest::prelude::any::<i64>(),
            wide in proptest::prelude::any::<bool>(),
            scale in 0u32..=28,
            // `Decimal`'s formatter itself panics (its buffer is full) past some 30 digits in
            // all, as a 28-digit amount with decimals has: the digit-by-digit one does not.
            dp in 0u32..=6,
        ) {
            let m = match wide {
                true => i128::from(mantissa),
                false => i128::from(mantissa % 100_000),
            };
            let d = Decimal::from_i128_with_scale(m, scale);
            proptest::prop_assert_eq!(format_angka(d, dp), angka_through_display(d, dp));
        }
    }

    #[test]
    fn angka_of_a_wide_amount_with_many_decimals() {
        let d = Decimal::from_i128_with_scale(123_456_789_012_345_678_901_234_567, 2);
        let text = format_angka(d, 28);
        assert!(
            text.starts_with("1.234.567.890.123.456.789.012.345,67000"),
            "{text}"
        );
        assert_eq!(text.len(), "1.234.567.890.123.456.789.012.345,".len() + 28);
    }

    #[test]
    fn from_float_fast_paths_agree_with_the_shown_value() {
        for k in -20_000i64..20_000 {
            let f = k as f64 / 100.0;
            let shown: Decimal = f.to_string().parse().unwrap();
            assert_eq!(from_float(f), Some(shown.normalize()), "{f}");
        }
        for f in [1e15 + 0.5, 0.1 + 0.2, 2.0000005, 37_230_532_000.0] {
            let shown: Decimal = f.to_string().parse().unwrap();
            assert_eq!(
                from_float(f),
                Some(round_half_up(shown, 6).normalize()),
                "{f}"
            );
        }
    }
    use proptest::prelude::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn amount(text: &str) -> Decimal {
        parse_amount(text).unwrap().unwrap().value
    }

    fn percent(text: &str) -> Decimal {
        parse_percent(text).unwrap().unwrap().value
    }

    fn assert_amount_error(text: &str) {
        let err = parse_amount(text).unwrap_err();
        assert_eq!(err.text, text);
        let shown = err.to_string();
        assert!(shown.contains(&format!("{text:?}")), "{shown}");
        assert!(shown.starts_with("cannot read "), "{shown}");
        assert!(!shown.contains('\n'));
    }

    fn assert_percent_error(text: &str) {
        let err = parse_percent(text).unwrap_err();
        assert!(err.to_string().contains(&format!("{text:?}")), "{err}");
    }

    #[test]
    fn amounts() {
        for (text, want) in [
            ("37.230.532.000", "37230532000"),
            ("Rp37.230.532.000", "37230532000"),
            ("Rp. 2.953.803.000", "2953803000"),
            ("Rp 10,069,050,000", "10069050000"),
            ("1.000.000", "1000000"),
            ("234549000", "234549000"),
            ("(1.500.000)", "-1500000"),
            ("-1.500.000", "-1500000"),
            ("-Rp1.000", "-1000"),
            ("Rp -1.000", "-1000"),
            ("99.56", "99.56"),
            ("0,5", "0.5"),
            ("0,15417", "0.15417"),
        ] {
            assert_eq!(amount(text), dec(want), "{text}");
        }
    }

    #[test]
    fn amount_with_cents() {
        let p = parse_amount("20.326.861.888,00").unwrap().unwrap();
        assert_eq!(p.value, dec("20326861888"));
        assert_eq!(p.note, None);
    }

    #[test]
    fn amount_no_cents_suffix() {
        assert_eq!(amount("37.230.532.000,-"), dec("37230532000"));
        assert_eq!(amount("Rp 10,069,050,000.-"), dec("10069050000"));
        let p = parse_amount("1.500,-").unwrap().unwrap();
        assert_eq!((p.value, p.note), (dec("1500"), None));
    }

    #[test]
    fn amount_dashes_are_none() {
        for text in [
            "-", "–", "—", "", "   ", " \u{a0} ", "Rp -", "-,-", "Rp -,-", "Rp. -,-", "-.-",
        ] {
            assert_eq!(parse_amount(text).unwrap(), None, "{text:?}");
        }
    }

    #[test]
    fn amount_prefixes_any_case() {
        for text in [
            "IDR 1.000.000",
            "idr1.000.000",
            "RP1.000.000",
            "rp. 1.000.000",
            "RP.1.000.000",
        ] {
            assert_eq!(amount(text), dec("1000000"), "{text}");
        }
    }

    #[test]
    fn amount_surrounding_spaces() {
        assert_eq!(amount("  1.000.000  "), dec("1000000"));
        assert_eq!(amount("\u{a0}Rp\u{a0}1.000.000\u{202f}"), dec("1000000"));
    }

    #[test]
    fn amount_space_groups() {
        assert_eq!(amount("37\u{a0}230\u{a0}532\u{a0}000"), dec("37230532000"));
        assert_eq!(
            amount("37\u{202f}230\u{202f}532\u{202f}000"),
            dec("37230532000")
        );
        assert_eq!(amount("1\u{a0}234,56"), dec("1234.56"));
    }

    #[test]
    fn amount_ambiguous_is_thousands_with_note() {
        // These tests assert the English messages.
        crate::i18n::set_lang(crate::i18n::Lang::En);
        let p = parse_amount("1.500").unwrap().unwrap();
        assert_eq!(p.value, dec("1500"));
        assert_eq!(
            p.note.as_deref(),
            Some("read \"1.500\" as 1500: a single separator before three digits is taken as thousands")
        );
    }

    #[test]
    fn amount_single_separator_not_ambiguous() {
        for (text, want) in [("0,500", "0.5"), ("1234.567", "1234.567")] {
            let p = parse_amount(text).unwrap().unwrap();
            assert_eq!((p.value, p.note), (dec(want), None), "{text}");
        }
    }

    #[test]
    fn amount_negative_zero_is_zero() {
        let v = amount("(0)");
        assert!(v.is_zero() && v.is_sign_positive());
    }

    #[test]
    fn percents() {
        for (text, want) in [
            ("97,5%", "97.5"),
            ("99.56", "99.56"),
            ("22.75", "22.75"),
            ("100%", "100"),
            ("100 %", "100"),
            ("99,56 %", "99.56"),
        ] {
            assert_eq!(percent(text), dec(want), "{text}");
        }
    }

    #[test]
    fn percent_dash_is_none() {
        assert_eq!(parse_percent("-").unwrap(), None);
    }

    #[test]
    fn percent_ambiguous_is_decimal_with_note() {
        // These tests assert the English messages.
        crate::i18n::set_lang(crate::i18n::Lang::En);
        let p = parse_percent("1,500%").unwrap().unwrap();
        assert_eq!(p.value, dec("1.5"));
        let note = p.note.unwrap();
        assert!(note.starts_with("read \"1,500%\" as 1.5%: "), "{note}");
    }

    #[test]
    fn rejects_letter_o() {
        // These tests assert the English messages.
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert_amount_error("12.5OO.000");
        let err = parse_amount("12.5OO.000").unwrap_err();
        assert!(err
            .to_string()
            .starts_with("cannot read \"12.5OO.000\" as a number"));
    }

    #[test]
    fn rejects_word() {
        // These tests assert the English messages.
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert_amount_error("abc");
    }

    #[test]
    fn rejects_repeated_decimal_separator() {
        // These tests assert the English messages.
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert_amount_error("1.2.3,4,5");
    }

    #[test]
    fn rejects_currency_alone() {
        // These tests assert the English messages.
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert_amount_error("Rp");
    }

    #[test]
    fn rejects_percent_sign_alone() {
        // These tests assert the English messages.
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert_percent_error("%");
        assert_amount_error("%");
    }

    #[test]
    fn rejects_bad_grouping() {
        // These tests assert the English messages.
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert_amount_error("1.23.456");
        assert_amount_error("1234.567,00");
    }

    #[test]
    fn rejects_two_numbers() {
        // These tests assert the English messages.
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert_amount_error("10 PPK");
        assert_amount_error("10 20");
    }

    #[test]
    fn rejects_wrong_kind() {
        // These tests assert the English messages.
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert_amount_error("97,5%");
        assert_percent_error("Rp 100");
    }

    #[test]
    fn rejects_too_many_digits() {
        // These tests assert the English messages.
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert_amount_error("123456789012345678901234567890123");
    }

    #[test]
    fn error_display_is_short_and_one_line() {
        let long = format!("{}\nx", "a".repeat(200));
        let shown = parse_amount(&long).unwrap_err().to_string();
        assert!(!shown.contains('\n') && shown.len() < 160, "{shown}");
    }

    #[test]
    fn rounding_half_up() {
        assert_eq!(round_half_up(dec("2.345"), 2), dec("2.35"));
        assert_eq!(round_half_up(dec("-2.345"), 2), dec("-2.35"));
        assert_eq!(format_persen(dec("99.555"), 2), "99,56%");
        assert_eq!(format_angka(dec("0.5"), 0), "1");
    }

    #[test]
    fn formats() {
        assert_eq!(format_angka(dec("37230532000"), 0), "37.230.532.000");
        assert_eq!(format_angka(dec("20326861888"), 2), "20.326.861.888,00");
        assert_eq!(format_angka(dec("-1000"), 0), "-1.000");
        assert_eq!(format_angka(dec("-0.001"), 2), "0,00");
        assert_eq!(format_rupiah(dec("37230532000"), 0), "Rp37.230.532.000");
        assert_eq!(format_rupiah(dec("20326861888"), 2), "Rp20.326.861.888,00");
        assert_eq!(format_rupiah(dec("-1000"), 0), "-Rp1.000");
        assert_eq!(format_persen(dec("100"), 2), "100,00%");
        assert_eq!(format_persen(dec("97.5"), 1), "97,5%");
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(canonical(dec("37230532000")), "37230532000");
        assert_eq!(canonical(dec("99.560")), "99.56");
        assert_eq!(canonical(dec("-0.00")), "0");
        assert_eq!(canonical(Decimal::ZERO), "0");
    }

    #[test]
    fn from_float_cases() {
        assert_eq!(from_float(0.15417100000000003), Some(dec("0.154171")));
        assert_eq!(from_float(99.56), Some(dec("99.56")));
        assert_eq!(from_float(0.1 + 0.2), Some(dec("0.3")));
        assert_eq!(from_float(37230532000.0), Some(dec("37230532000")));
        assert_eq!(from_float(f64::NAN), None);
        assert_eq!(from_float(f64::INFINITY), None);
        assert_eq!(from_float(1e300), None);
        assert_eq!(from_float(2.0000005), Some(dec("2.000001")));
        assert_eq!(canonical(from_float(-1e-12).unwrap()), "0");
        assert_eq!(canonical(from_float(37230532000.0).unwrap()), "37230532000");
    }

    #[test]
    fn looks_numeric_cases() {
        for text in [
            "37.230.532.000",
            "Rp 1.000,-",
            "97,5%",
            "-1.500",
            "(1.500)",
            "1.23.456",
        ] {
            assert!(looks_numeric(text), "{text}");
        }
        for text in [
            "-",
            "",
            "abc",
            "24 Januari 2023",
            "076.01.CQ",
            "10 PPK",
            "Rp",
        ] {
            assert!(!looks_numeric(text), "{text}");
        }
    }

    fn target(text: &str, kind: TargetKind) -> Option<Decimal> {
        parse_target_number(text, kind)
    }

    #[test]
    fn target_percents() {
        for (text, want) in [
            ("100", "100"),
            ("97,5", "97.5"),
            ("99.56", "99.56"),
            ("87,5", "87.5"),
            ("1.500", "1.5"),
            ("1,500", "1.5"),
            ("1.000,5", "1000.5"),
        ] {
            assert_eq!(target(text, TargetKind::Percent), Some(dec(want)), "{text}");
        }
    }

    #[test]
    fn target_counts() {
        for (text, want) in [
            ("1", "1"),
            ("100", "100"),
            ("1.000", "1000"),
            ("1.250", "1250"),
            ("1.000.000", "1000000"),
            ("2,5", "2.5"),
            ("1.000,5", "1000.5"),
            ("1,000.5", "1000.5"),
            ("99.56", "99.56"),
            ("0.500", "0.5"),
            ("1234.567", "1234.567"),
            ("1,000", "1"),
        ] {
            assert_eq!(target(text, TargetKind::Count), Some(dec(want)), "{text}");
        }
    }

    #[test]
    fn target_values_are_normalised() {
        for text in ["100,0", "100,00", "100.0"] {
            let v = target(text, TargetKind::Percent).unwrap();
            assert_eq!((v, v.scale()), (dec("100"), 0), "{text}");
        }
    }

    #[test]
    fn target_non_numbers() {
        for text in [
            "",
            "1.23.456",
            "1,2,3",
            "1.000,000.5",
            "1.2.3,4,5",
            "1.",
            ".5",
            "1..2",
            "-5",
            "+5",
            "(5)",
            "1 000",
            "1\u{a0}000",
            "Rp100",
            "5%",
            "1.000,-",
            "12.5OO",
            "123456789012345678901234567890123",
        ] {
            for kind in [TargetKind::Percent, TargetKind::Count] {
                assert_eq!(target(text, kind), None, "{text:?} {kind:?}");
            }
        }
    }

    /// An amount with 0..=2 decimals, |x| < 10^15, and a dp that shows all of them.
    fn amount_and_dp() -> impl Strategy<Value = (Decimal, u32)> {
        (0u32..=2).prop_flat_map(|scale| {
            let limit = 10i64.pow(15 + scale);
            (-limit + 1..limit, Just(scale), scale..=2)
                .prop_map(|(units, scale, dp)| (Decimal::new(units, scale), dp))
        })
    }

    #[test]
    fn whole_amounts() {
        assert_eq!(format_amount(Decimal::ZERO), "0");
        assert_eq!(format_amount(-Decimal::ZERO), "0");
        assert_eq!(format_amount(Decimal::from(1000)), "1.000");
        assert_eq!(
            format_amount(Decimal::from(-37_230_532_000i64)),
            "-37.230.532.000"
        );
        assert_eq!(
            format_amount(Decimal::from(u64::MAX)),
            "18.446.744.073.709.551.615"
        );
        assert_eq!(format_amount(Decimal::new(150_050, 2)), "1.500,50");
    }

    proptest! {
        /// A whole amount is written as `format_angka` writes it, to the last of u64's digits.
        #[test]
        fn whole_amounts_as_angka(units in proptest::num::i128::ANY, shift in 0u32..70) {
            let units = (units >> shift).clamp(-(u64::MAX as i128), u64::MAX as i128);
            let d = Decimal::from_i128_with_scale(units, 0);
            prop_assert_eq!(format_amount(d), format_angka(d, 0));
        }

        #[test]
        fn angka_round_trips((x, dp) in amount_and_dp()) {
            let back = parse_amount(&format_angka(x, dp)).unwrap().unwrap();
            prop_assert_eq!(back.value, x);
        }

        #[test]
        fn rupiah_round_trips((x, dp) in amount_and_dp()) {
            let back = parse_amount(&format_rupiah(x, dp)).unwrap().unwrap();
            prop_assert_eq!(back.value, x);
        }

        #[test]
        fn persen_round_trips(units in -1_000_000_000i64..1_000_000_000) {
            let p = Decimal::new(units, 2);
            let back = parse_percent(&format_persen(p, 2)).unwrap().unwrap();
            prop_assert_eq!(back.value, p);
        }

        #[test]
        fn parse_never_panics(s in ".*") {
            let _ = parse_amount(&s);
            let _ = parse_percent(&s);
            let _ = looks_numeric(&s);
        }

        #[test]
        fn target_never_panics(s in ".*") {
            let _ = parse_target_number(&s, TargetKind::Percent);
            let _ = parse_target_number(&s, TargetKind::Count);
        }

        /// A bare target percent is read as any percentage; a count as an amount
        /// when dotted and as a percentage when commaed: one rule, one mode.
        #[test]
        fn target_modes_of_the_one_rule(s in "[0-9.,]{0,14}") {
            let read = |r: Result<Option<Parsed>, NumberError>| {
                r.ok().flatten().map(|p| p.value.normalize())
            };
            prop_assert_eq!(target(&s, TargetKind::Percent), read(parse_percent(&s)));
            if !s.contains(',') {
                prop_assert_eq!(target(&s, TargetKind::Count), read(parse_amount(&s)));
            }
            if !s.contains('.') {
                prop_assert_eq!(target(&s, TargetKind::Count), read(parse_percent(&s)));
            }
        }

        #[test]
        fn count_reads_back_angka((x, dp) in amount_and_dp()) {
            let x = x.abs();
            let back = parse_target_number(&format_angka(x, dp), TargetKind::Count);
            prop_assert_eq!(back, Some(x.normalize()));
        }

        #[test]
        fn parsed_texts_look_numeric(s in "[-+()0-9.,% Rp\u{a0}\u{202f}]{0,16}") {
            if let Ok(Some(_)) = parse_amount(&s) {
                prop_assert!(looks_numeric(&s), "{:?}", s);
            }
            if let Ok(Some(_)) = parse_percent(&s) {
                prop_assert!(looks_numeric(&s), "{:?}", s);
            }
        }
    }
}
