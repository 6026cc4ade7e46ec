//! The compute stage: capaian, predikat, serapan and efisiensi from typed values.
//!
//! Everything here is exact [`Decimal`] arithmetic, never `f64`: a report whose
//! percentages disagree with their own pagu and realisasi in the last digit is
//! exactly what `lakip` exists to catch. Results are computed at full precision
//! and rounded once, half-up ([`RoundingStrategy::MidpointAwayFromZero`]), to two
//! decimals, as people round on paper.
//!
//! - [`target`]: targets and realisasi as written (`97,5%`, `1 Laporan`, `B`).
//! - [`capaian`]: achievement of one indikator from its target and realisasi.
//! - [`predikat`]: the word a scale gives a capaian (`Sangat Baik`, `Baik`, …).
//! - [`anggaran`]: serapan and sisa of a budget line.
//! - [`efisiensi`]: the Ministry of Finance's efficiency of resource use.

use rust_decimal::{Decimal, RoundingStrategy};

pub mod anggaran;
pub mod capaian;
pub mod efisiensi;
pub mod kinerja;
pub mod predikat;
pub mod realisasi;
pub mod revision;
pub mod similar;
pub mod target;

/// part × 100 ÷ whole at full precision, unrounded: multiplying first keeps the one inexact
/// step (the division) last. `None` when the whole is zero or the figures are beyond
/// `Decimal`'s range.
pub fn percent_of(part: Decimal, whole: Decimal) -> Option<Decimal> {
    part.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(whole)
}

/// Rounds to two decimals, halves away from zero, because reports print
/// percentages with two decimals and round them the way people do on paper.
///
/// The result is normalised (`100`, not `100.00`; never `-0`), so serialised
/// values do not depend on how they were computed; formatting with a fixed
/// number of decimals is the report's job.
pub fn round2(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    #[test]
    fn round2_is_half_up() {
        assert_eq!(round2(dec("0.505")), dec("0.51"));
        assert_eq!(round2(dec("2.345")), dec("2.35"));
        assert_eq!(round2(dec("-2.345")), dec("-2.35"));
        assert_eq!(round2(dec("105.2631578")), dec("105.26"));
        assert_eq!(round2(dec("7")), dec("7"));
        assert_eq!(round2(dec("100.0000")).to_string(), "100");
        assert_eq!(round2(dec("22.7000")).to_string(), "22.7");
        assert_eq!(round2(dec("-0.001")).to_string(), "0");
    }
}
