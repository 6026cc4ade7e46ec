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
//!
//! E is kept exact (to `Decimal`'s 28 digits) and the nilai efisiensi is computed from that
//! exact E, then rounded once, half-up, to two decimals: rounding E first and the nilai again
//! moves the nilai by up to 0,01 (E 0,526…% gives 51,32, not the 51,33 of a rounded 0,53%).
//! CK enters as the capaian the report prints (rounded half-up to two decimals): a reader who
//! recomputes E from the printed table — pagu, realisasi, capaian — gets the same figure.

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

/// E in percent, exact (not rounded: round it where it is shown); `None` when there are no outputs or
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
    saved.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(earned)
}

/// The nilai efisiensi SMART reports (PMK 22/2021): 50 + E ÷ 20 × 50, with E taken between
/// −20 and 20, so 0 to 100, from the exact E and rounded once, half-up, to two decimals. E
/// itself is no score: 0,53% (a kegiatan that spent 99,47% for full capaian) is an ordinary
/// result, not a poor one; its nilai is 51,32.
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
        // 50 + 0,53 ÷ 20 × 50 = 51,325 → 51,33 (half-up, from an E that is 0,53 exactly).
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
        //   = 1.968.245 ÷ 25.479 = 77.249695… → 77.25 when shown
        let e = efisiensi(&[output("50958000", "11593100", "100")]).unwrap();
        assert_eq!(round2(e), dec("77.25"));
        assert!(e > dec("77.2496") && e < dec("77.2497"), "kept exact: {e}");
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
        assert_eq!(e.map(round2), Some(dec("55.21")));
    }

    /// The three kegiatan of the Kota Serang example whose nilai was rounded twice (E rounded
    /// to two decimals, then the nilai again): 51,33, 55,05 and 51,48 before.
    #[test]
    fn nilai_from_the_exact_e_rounded_once() {
        // Pendaftaran dan Verifikasi Peserta Pemilu: pagu 18.985.000, realisasi 18.884.995,
        // capaian 100%. E = 100.005 ÷ 18.985.000 × 100 = 0,52675796…%;
        // nilai = 50 + 0,52675796 ÷ 20 × 50 = 50 + 1,3168949 = 51,3168949… → 51,32
        // (E rounded first, 0,53, gave 50 + 1,325 = 51,325 → 51,33).
        let e = efisiensi(&[output("18985000", "18884995", "100")]).unwrap();
        assert_eq!(round2(e), dec("0.53"));
        assert_eq!(nilai(e), dec("51.32"));
        // Pemungutan dan Penghitungan Suara: pagu 31.913.000, realisasi 31.267.500, capaian
        // 100%. E = 645.500 ÷ 31.913.000 × 100 = 2,02268668…%; nilai = 50 + 2,02268668 × 2,5
        // = 50 + 5,0567167 = 55,0567167… → 55,06 (from 2,02: 55,05).
        let e = efisiensi(&[output("31913000", "31267500", "100")]).unwrap();
        assert_eq!(round2(e), dec("2.02"));
        assert_eq!(nilai(e), dec("55.06"));
        // Pengelolaan Keuangan dan Barang Milik Negara: pagu 2.170.936.000, realisasi
        // 2.158.035.549, capaian 100%. E = 12.900.451 ÷ 2.170.936.000 × 100 = 0,59423451…%;
        // nilai = 50 + 0,59423451 × 2,5 = 50 + 1,4855863 = 51,4855863… → 51,49 (from 0,59:
        // 51,475 → 51,48).
        let e = efisiensi(&[output("2170936000", "2158035549", "100")]).unwrap();
        assert_eq!(round2(e), dec("0.59"));
        assert_eq!(nilai(e), dec("51.49"));
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
