//! Efisiensi of resource use, which LKj BAB III asks for per sasaran.
//!
//! The Ministry of Finance's formula, as used in SMART: per output, with pagu
//! PAK, realisasi RAK and capaian CK (as a fraction, so a capaian of 100%
//! counts the whole pagu as earned),
//!
//! E = Σ(PAK·CK − RAK) ÷ Σ(PAK·CK) × 100.
//!
//! It is the share of the value earned (pagu weighted by capaian) that was
//! not spent: spending less than the pagu for full capaian is efficient,
//! spending all of it for half the capaian is not.

use super::round2;
use rust_decimal::Decimal;

/// One output's budget and result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Output {
    /// PAK: pagu anggaran of the output.
    pub pagu: Decimal,
    /// RAK: realisasi anggaran of the output.
    pub realisasi: Decimal,
    /// CK: capaian of the output, in percent (100 = fully achieved).
    pub capaian: Decimal,
}

/// E in percent, half-up to 2 decimals; `None` when there are no outputs or
/// Σ(PAK·CK) is zero (nothing earned, so no ratio), or the numbers are beyond
/// `Decimal`'s range. Negative when more was spent than earned.
pub fn efisiensi(outputs: &[Output]) -> Option<Decimal> {
    let mut earned = Decimal::ZERO;
    let mut saved = Decimal::ZERO;
    for o in outputs {
        let value = o
            .pagu
            .checked_mul(o.capaian)?
            .checked_div(Decimal::ONE_HUNDRED)?;
        earned = earned.checked_add(value)?;
        saved = saved.checked_add(value.checked_sub(o.realisasi)?)?;
    }
    if earned.is_zero() {
        return None;
    }
    let e = saved
        .checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(earned)?;
    Some(round2(e))
}

/// The nilai efisiensi SMART reports (PMK 22/2021): 50 + E ÷ 20 × 50, with E taken between
/// −20 and 20, so 0 to 100. E itself is no score: 0,53% (a kegiatan that spent 99,47% for full
/// capaian) is an ordinary result, not a poor one; its nilai is 51,33.
pub fn nilai(e: Decimal) -> Decimal {
    let twenty = Decimal::from(20);
    let e = e.clamp(-twenty, twenty);
    let fifty = Decimal::from(50);
    round2(fifty + e / twenty * fifty)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nilai_efisiensi_on_the_smart_scale() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        // 50 + 0,53 ÷ 20 × 50 = 51,325 → 51,33 (half-up).
        assert_eq!(nilai(d("0.53")), d("51.33"));
        assert_eq!(nilai(d("0")), d("50"));
        assert_eq!(nilai(d("20")), d("100"));
        assert_eq!(nilai(d("77.25")), d("100"), "E above 20 counts as 20");
        assert_eq!(nilai(d("-35")), d("0"));
    }

    fn dec(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    fn output(pagu: &str, realisasi: &str, capaian: &str) -> Output {
        Output {
            pagu: dec(pagu),
            realisasi: dec(realisasi),
            capaian: dec(capaian),
        }
    }

    #[test]
    fn one_output() {
        // PAK·CK = 50.958.000 × 1 = 50.958.000
        // (50.958.000 − 11.593.100) ÷ 50.958.000 × 100 = 39.364.900 ÷ 509.580
        //   = 1.968.245 ÷ 25.479 = 77.249695… → 77.25
        let e = efisiensi(&[output("50958000", "11593100", "100")]);
        assert_eq!(e, Some(dec("77.25")));
    }

    #[test]
    fn two_outputs_combined() {
        // A: PAK·CK = 50.958.000 × 1 = 50.958.000; − RAK 11.593.100 = 39.364.900
        // B: PAK·CK = 18.985.000 × 0,9 = 17.086.500; − RAK 18.884.995 = −1.798.495
        // Σ(PAK·CK − RAK) = 37.566.405; Σ(PAK·CK) = 68.044.500
        // 37.566.405 ÷ 68.044.500 × 100 = 55.208584… → 55.21
        let e = efisiensi(&[
            output("50958000", "11593100", "100"),
            output("18985000", "18884995", "90"),
        ]);
        assert_eq!(e, Some(dec("55.21")));
    }

    #[test]
    fn spending_everything_at_full_capaian_is_zero() {
        assert_eq!(
            efisiensi(&[output("1000", "1000", "100")]),
            Some(Decimal::ZERO)
        );
        // (500 − 1000) ÷ 500 × 100 = −100
        assert_eq!(
            efisiensi(&[output("1000", "1000", "50")]),
            Some(dec("-100"))
        );
    }

    #[test]
    fn nothing_earned_is_none() {
        assert_eq!(efisiensi(&[output("50958000", "11593100", "0")]), None);
        assert_eq!(efisiensi(&[]), None);
        assert_eq!(efisiensi(&[output("0", "0", "100")]), None);
    }

    #[test]
    fn extremes_do_not_panic() {
        let huge = Output {
            pagu: Decimal::MAX,
            realisasi: Decimal::ZERO,
            capaian: dec("120"),
        };
        assert_eq!(efisiensi(&[huge, huge]), None);
    }
}
