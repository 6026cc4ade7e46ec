//! Numbers in Indonesian words, as written beside a figure: `2 (dua) program`,
//! `Rp2.950.000,00 (dua juta sembilan ratus lima puluh ribu rupiah)`.

use rust_decimal::Decimal;

const ONES: [&str; 10] = [
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
];

/// Scales of a thousand, smallest first, up to a kuadriliun (10^15).
const SCALES: [&str; 6] = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun"];

/// The largest number written in words: 999 kuadriliun and so on.
pub const MAX: u64 = 999_999_999_999_999_999;

/// `20326861888` → `dua puluh miliar tiga ratus dua puluh enam juta delapan ratus enam puluh
/// satu ribu delapan ratus delapan puluh delapan`. `None` above [`MAX`].
pub fn words(n: u64) -> Option<String> {
    if n > MAX {
        return None;
    }
    if n == 0 {
        return Some(ONES[0].to_string());
    }
    let mut groups = Vec::new();
    let mut rest = n;
    while rest > 0 {
        groups.push((rest % 1000) as u16);
        rest /= 1000;
    }
    let mut parts: Vec<String> = Vec::new();
    for (scale, group) in groups.iter().enumerate().rev() {
        if *group == 0 {
            continue;
        }
        // 1000 is "seribu", not "satu ribu"; a million is "satu juta".
        if scale == 1 && *group == 1 {
            parts.push("seribu".to_string());
            continue;
        }
        parts.push(below_thousand(*group));
        if scale > 0 {
            parts.push(SCALES[scale].to_string());
        }
    }
    Some(parts.join(" "))
}

fn below_thousand(n: u16) -> String {
    let (hundreds, rest) = (n / 100, n % 100);
    let mut parts = Vec::new();
    match hundreds {
        0 => {}
        1 => parts.push("seratus".to_string()),
        h => parts.push(format!("{} ratus", ONES[h as usize])),
    }
    if rest > 0 {
        parts.push(below_hundred(rest));
    }
    parts.join(" ")
}

fn below_hundred(n: u16) -> String {
    match n {
        0..=9 => ONES[n as usize].to_string(),
        10 => "sepuluh".to_string(),
        11 => "sebelas".to_string(),
        12..=19 => format!("{} belas", ONES[(n - 10) as usize]),
        _ => {
            let (tens, ones) = (n / 10, n % 10);
            let tens = format!("{} puluh", ONES[tens as usize]);
            if ones == 0 {
                tens
            } else {
                format!("{tens} {}", ONES[ones as usize])
            }
        }
    }
}

/// A decimal in words: the whole part, and the decimals digit by digit after `koma`
/// (`97,5` → `sembilan puluh tujuh koma lima`). `None` for a negative or too large number.
pub fn decimal_words(d: Decimal) -> Option<String> {
    if d.is_sign_negative() && !d.is_zero() {
        return None;
    }
    let d = d.normalize();
    let whole: u64 = d.trunc().try_into().ok()?;
    let mut out = words(whole)?;
    let fraction = d.fract().to_string();
    if let Some(digits) = fraction.strip_prefix("0.") {
        out.push_str(" koma");
        for c in digits.chars() {
            let digit = c.to_digit(10)? as usize;
            out.push(' ');
            out.push_str(ONES[digit]);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn words_as_people_write_them() {
        let cases = [
            (0, "nol"),
            (2, "dua"),
            (10, "sepuluh"),
            (11, "sebelas"),
            (15, "lima belas"),
            (20, "dua puluh"),
            (99, "sembilan puluh sembilan"),
            (100, "seratus"),
            (101, "seratus satu"),
            (110, "seratus sepuluh"),
            (999, "sembilan ratus sembilan puluh sembilan"),
            (1_000, "seribu"),
            (1_001, "seribu satu"),
            (2_000, "dua ribu"),
            (11_000, "sebelas ribu"),
            (100_000, "seratus ribu"),
            (1_000_000, "satu juta"),
            (2_950_000, "dua juta sembilan ratus lima puluh ribu"),
            (1_000_000_000, "satu miliar"),
            (1_000_000_000_000, "satu triliun"),
            (1_000_000_000_000_000, "satu kuadriliun"),
        ];
        for (n, w) in cases {
            assert_eq!(words(n).as_deref(), Some(w), "{n}");
        }
        // The realisasi of seed 001.
        assert_eq!(
            words(20_326_861_888).as_deref(),
            Some(
                "dua puluh miliar tiga ratus dua puluh enam juta delapan ratus enam puluh satu \
                 ribu delapan ratus delapan puluh delapan"
            )
        );
        assert_eq!(words(MAX + 1), None);
    }

    #[test]
    fn decimals_digit_by_digit() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(
            decimal_words(d("97.5")).as_deref(),
            Some("sembilan puluh tujuh koma lima")
        );
        assert_eq!(
            decimal_words(d("99.56")).as_deref(),
            Some("sembilan puluh sembilan koma lima enam")
        );
        assert_eq!(
            decimal_words(d("2950000.00")).as_deref(),
            Some("dua juta sembilan ratus lima puluh ribu")
        );
        assert_eq!(decimal_words(d("-1")), None);
    }

    /// Reads words back into a number: the inverse the property below checks against.
    fn parse(text: &str) -> u64 {
        let mut total = 0u64;
        let mut group = 0u64;
        for t in text.split(' ') {
            let unit = |w: &str| ONES.iter().position(|o| *o == w).map(|i| i as u64);
            match t {
                "seratus" => group += 100,
                "sepuluh" => group += 10,
                "sebelas" => group += 11,
                "seribu" => total += 1000,
                // Hundreds come first in a group: what is there is the hundreds digit.
                "ratus" => group *= 100,
                "belas" => group += 10,
                "puluh" => {
                    let last = group % 10;
                    group = group - last + last * 10;
                }
                s if SCALES.contains(&s) => {
                    let scale = SCALES.iter().position(|x| *x == s).unwrap() as u32;
                    total += group * 1000u64.pow(scale);
                    group = 0;
                }
                w => group += unit(w).unwrap(),
            }
        }
        total + group
    }

    proptest! {
        #[test]
        fn words_read_back_to_the_number(n in 0u64..=1_000_000_000_000_000) {
            let w = words(n).unwrap();
            prop_assert_eq!(parse(&w), n, "{}", w);
        }
    }
}
