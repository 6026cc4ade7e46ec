//! Serapan and sisa of a budget line (pagu against realisasi anggaran).
//!
//! Tabel 3.1 of an LKj prints both for every program and kegiatan, and the
//! seeds show them disagreeing with their own pagu and realisasi: these are
//! the figures to check them against. Realisasi above pagu is not refused here
//! (it happens while revisions are not yet posted); the check stage reports it.

use super::round2;
use rust_decimal::Decimal;

/// Serapan (%) = realisasi ÷ pagu × 100, half-up to 2 decimals; `None` when
/// the pagu is zero (nothing was allotted, so no share was spent) or the
/// numbers are beyond `Decimal`'s range.
pub fn serapan(pagu: Decimal, realisasi: Decimal) -> Option<Decimal> {
    super::percent_of(realisasi, pagu).map(round2)
}

/// Sisa anggaran = pagu − realisasi, exact; negative when realisasi exceeds
/// the pagu. Saturates at `Decimal`'s limits instead of panicking, which no
/// real budget reaches.
pub fn sisa(pagu: Decimal, realisasi: Decimal) -> Decimal {
    pagu.saturating_sub(realisasi)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    #[test]
    fn seed_001_total() {
        // Tabel 3.1 total: 20.326.861.888 ÷ 20.415.736.000 = 0.9956467… → 99.56
        let (pagu, realisasi) = (dec("20415736000"), dec("20326861888"));
        assert_eq!(serapan(pagu, realisasi), Some(dec("99.56")));
        // 20.415.736.000 − 20.326.861.888 = 88.874.112
        assert_eq!(sisa(pagu, realisasi), dec("88874112"));
    }

    #[test]
    fn seed_001_lines() {
        // 11.593.100 ÷ 50.958.000 = 0.2275030… → 22.75
        assert_eq!(
            serapan(dec("50958000"), dec("11593100")),
            Some(dec("22.75"))
        );
        // 18.884.995 ÷ 18.985.000 = 0.9947324… → 99.47
        assert_eq!(
            serapan(dec("18985000"), dec("18884995")),
            Some(dec("99.47"))
        );
        assert_eq!(sisa(dec("18985000"), dec("18884995")), dec("100005"));
    }

    #[test]
    fn half_up() {
        // 1.01 ÷ 200 × 100 = 0.505 exactly → 0.51 (banker's rounding would give 0.50)
        assert_eq!(serapan(dec("200"), dec("1.01")), Some(dec("0.51")));
        // 1 ÷ 8 × 100 = 12.5 stays 12.5
        assert_eq!(serapan(dec("8"), dec("1")), Some(dec("12.5")));
    }

    #[test]
    fn zero_pagu_and_overspending() {
        assert_eq!(serapan(Decimal::ZERO, dec("1000")), None);
        assert_eq!(serapan(dec("1000"), Decimal::ZERO), Some(Decimal::ZERO));
        assert_eq!(serapan(dec("1000"), dec("1200")), Some(dec("120")));
        assert_eq!(sisa(dec("1000"), dec("1200")), dec("-200"));
    }

    #[test]
    fn extremes_do_not_panic() {
        assert_eq!(serapan(Decimal::new(1, 28), Decimal::MAX), None);
        assert_eq!(sisa(Decimal::MIN, Decimal::MAX), Decimal::MIN);
    }
}
