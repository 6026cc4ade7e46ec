//! Indonesian numbers in words read back into a number, the inverse of `render::terbilang`:
//! `dua puluh miliar tiga ratus dua puluh enam juta …` → 20 326 …, `sembilan puluh delapan koma
//! delapan empat` → 98,84. Only words that are all number words are read; anything else is no
//! number, so a sentence is never half read.

use rust_decimal::Decimal;

const ONES: [&str; 10] = [
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
];

/// A scale word and its power of a thousand.
fn scale(word: &str) -> Option<u32> {
    match word {
        "ribu" => Some(1),
        "juta" => Some(2),
        "miliar" | "milyar" => Some(3),
        "triliun" => Some(4),
        _ => None,
    }
}

/// A word that is part of a number written out.
pub fn is_number_word(word: &str) -> bool {
    ONES.contains(&word)
        || scale(word).is_some()
        || matches!(
            word,
            "belas"
                | "puluh"
                | "ratus"
                | "koma"
                | "sepuluh"
                | "sebelas"
                | "seratus"
                | "seribu"
                | "sejuta"
                | "semiliar"
                | "nol"
        )
}

/// The number the words (lower case, one word each) write; `None` when they are no number or
/// do not follow the grammar (`dua dua`, `ratus`, `juta ribu juta`).
pub fn parse(words: &[&str]) -> Option<Decimal> {
    let (whole, fraction) = match words.iter().position(|w| *w == "koma") {
        Some(i) => (&words[..i], Some(&words[i + 1..])),
        None => (words, None),
    };
    if whole.is_empty() {
        return None;
    }
    let mut value = Decimal::from(whole_number(whole)?);
    if let Some(digits) = fraction {
        if digits.is_empty() {
            return None;
        }
        let mut place = Decimal::ONE;
        for d in digits {
            let digit = ONES.iter().position(|o| o == d)?;
            place /= Decimal::TEN;
            value += place * Decimal::from(digit as u64);
        }
    }
    Some(value)
}

fn whole_number(words: &[&str]) -> Option<u64> {
    let mut total: u64 = 0;
    // Below a thousand: the group being read, and a digit waiting for its `puluh`, `ratus`…
    let mut group: u64 = 0;
    let mut digit: Option<u64> = None;
    let mut last_scale = u32::MAX;
    let mut close = |group: &mut u64, digit: &mut Option<u64>, power: u32| -> Option<()> {
        // Scales come largest first, each once.
        if power >= last_scale {
            return None;
        }
        let n = *group + digit.take().unwrap_or(0);
        if n == 0 || n > 999 {
            return None;
        }
        total = total.checked_add(n.checked_mul(1000u64.checked_pow(power)?)?)?;
        last_scale = power;
        *group = 0;
        Some(())
    };
    for w in words {
        if let Some(d) = ONES.iter().position(|o| o == w) {
            if digit.is_some() {
                return None;
            }
            digit = Some(d as u64);
            continue;
        }
        match *w {
            "belas" => {
                let d = digit.take().filter(|d| (1..=9).contains(d))?;
                if !group.is_multiple_of(100) {
                    return None;
                }
                group += 10 + d;
            }
            "puluh" => {
                let d = digit.take().filter(|d| (1..=9).contains(d))?;
                if !group.is_multiple_of(100) {
                    return None;
                }
                group += d * 10;
            }
            "ratus" => {
                let d = digit.take().filter(|d| (1..=9).contains(d))?;
                if group != 0 {
                    return None;
                }
                group = d * 100;
            }
            "sepuluh" | "sebelas" | "seratus" if digit.is_some() => return None,
            "sepuluh" if group.is_multiple_of(100) => group += 10,
            "sebelas" if group.is_multiple_of(100) => group += 11,
            "seratus" if group == 0 => group = 100,
            "seribu" if group == 0 && digit.is_none() => {
                group = 1;
                close(&mut group, &mut digit, 1)?;
            }
            "sejuta" if group == 0 && digit.is_none() => {
                group = 1;
                close(&mut group, &mut digit, 2)?;
            }
            "semiliar" if group == 0 && digit.is_none() => {
                group = 1;
                close(&mut group, &mut digit, 3)?;
            }
            w => {
                let power = scale(w)?;
                close(&mut group, &mut digit, power)?;
            }
        }
    }
    let rest = group + digit.unwrap_or(0);
    if rest > 999 {
        return None;
    }
    // `nol` alone is 0; nothing else may be 0.
    total.checked_add(rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::terbilang;
    use proptest::prelude::*;

    fn read(text: &str) -> Option<Decimal> {
        let words: Vec<&str> = text.split_whitespace().collect();
        parse(&words)
    }

    #[test]
    fn words_people_write() {
        assert_eq!(read("dua"), Some(Decimal::from(2)));
        assert_eq!(read("tiga belas"), Some(Decimal::from(13)));
        assert_eq!(read("sebelas"), Some(Decimal::from(11)));
        assert_eq!(read("seratus lima"), Some(Decimal::from(105)));
        assert_eq!(read("seribu"), Some(Decimal::from(1000)));
        assert_eq!(read("sejuta"), Some(Decimal::from(1_000_000)));
        assert_eq!(read("dua milyar"), Some(Decimal::from(2_000_000_000u64)));
        // 98 + 8/10 + 4/100
        assert_eq!(
            read("sembilan puluh delapan koma delapan empat"),
            Some(Decimal::new(9884, 2))
        );
    }

    #[test]
    fn what_is_no_number() {
        assert_eq!(read("dua dua"), None);
        assert_eq!(read("ratus"), None);
        assert_eq!(read("satu juta dua juta"), None);
        assert_eq!(read("seribu juta"), None);
        assert_eq!(read("koma lima"), None);
        assert_eq!(read("dua puluh program"), None);
        assert_eq!(read(""), None);
    }

    proptest! {
        #[test]
        fn reads_back_what_terbilang_writes(n in 0u64..=999_999_999_999_999) {
            let w = terbilang::words(n).unwrap();
            prop_assert_eq!(read(&w), Some(Decimal::from(n)), "{}", w);
        }
    }
}
