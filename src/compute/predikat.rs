//! Predikat: the word a scale gives a capaian (`Sangat Baik`, `Baik`, …).
//!
//! Agencies use different scales, so the scale is a setting; [`Scale::default`]
//! is the common one in DOMAIN.md: ≥ 91 Sangat Baik, 76–90 Baik, 66–75 Cukup,
//! 51–65 Kurang, ≤ 50 Sangat Kurang.
//!
//! # Boundaries
//!
//! Written with whole numbers, that scale leaves gaps for capaian with decimals:
//! 90 < x < 91 is neither "76–90" nor "≥ 91". Every band here is "at least
//! `min`", up to the next band's `min`, which closes the gaps: 90.5 is Baik,
//! 75.5 Cukup, 50.5 Sangat Kurang. A capaian below the lowest band (negative,
//! or under a configured lowest `min` above 0) takes the lowest band's name.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A capaian of at least `min` (percent) earns `nama`, unless a higher band applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Band {
    pub min: Decimal,
    pub nama: String,
}

/// Bands sorted descending by `min`. Deserialising validates like [`Scale::new`],
/// so a scale from configuration is checked once, when it is read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "UncheckedScale")]
pub struct Scale {
    pub bands: Vec<Band>,
}

impl Default for Scale {
    /// ≥ 91 Sangat Baik, ≥ 76 Baik, ≥ 66 Cukup, ≥ 51 Kurang, else Sangat Kurang.
    fn default() -> Scale {
        let band = |min: i64, nama: &str| Band {
            min: Decimal::from(min),
            nama: nama.to_string(),
        };
        Scale {
            bands: vec![
                band(91, "Sangat Baik"),
                band(76, "Baik"),
                band(66, "Cukup"),
                band(51, "Kurang"),
                band(0, "Sangat Kurang"),
            ],
        }
    }
}

impl Scale {
    /// Sorts the bands descending by `min`; rejects an empty scale, a negative
    /// or repeated `min`, and a blank name, each of which would make some
    /// capaian's predikat meaningless.
    pub fn new(mut bands: Vec<Band>) -> Result<Scale, String> {
        if bands.is_empty() {
            return Err(crate::t!("setting-predikat-no-band"));
        }
        if let Some(b) = bands.iter().find(|b| b.min < Decimal::ZERO) {
            return Err(crate::t!(
                "setting-predikat-negative",
                nama = format!("{:?}", b.nama),
                min = b.min.to_string()
            ));
        }
        if let Some(b) = bands.iter().find(|b| b.nama.trim().is_empty()) {
            return Err(crate::t!(
                "setting-predikat-no-name",
                min = b.min.to_string()
            ));
        }
        bands.sort_by_key(|b| std::cmp::Reverse(b.min));
        if let Some(pair) = bands.windows(2).find(|w| w[0].min == w[1].min) {
            return Err(crate::t!(
                "setting-predikat-twice",
                min = pair[0].min.normalize().to_string()
            ));
        }
        Ok(Scale { bands })
    }

    /// The name of the highest band whose `min` the capaian reaches; below
    /// every band, the lowest band's name. Does not rely on the bands being
    /// sorted, since the field is public.
    pub fn predikat(&self, capaian: Decimal) -> &str {
        let reached = self
            .bands
            .iter()
            .filter(|b| b.min <= capaian)
            .max_by_key(|b| b.min);
        reached
            .or_else(|| self.bands.iter().min_by_key(|b| b.min))
            .map_or("", |b| b.nama.as_str())
    }
}

/// The serialised form of a [`Scale`], before [`Scale::new`] checks it.
#[derive(Deserialize)]
struct UncheckedScale {
    bands: Vec<Band>,
}

impl TryFrom<UncheckedScale> for Scale {
    type Error = String;

    fn try_from(raw: UncheckedScale) -> Result<Scale, String> {
        Scale::new(raw.bands)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    fn band(min: &str, nama: &str) -> Band {
        Band {
            min: dec(min),
            nama: nama.to_string(),
        }
    }

    #[test]
    fn default_scale_boundaries() {
        let scale = Scale::default();
        for (capaian, want) in [
            ("120", "Sangat Baik"),
            ("100", "Sangat Baik"),
            ("91", "Sangat Baik"),
            ("90.99", "Baik"),
            ("90.5", "Baik"),
            ("90", "Baik"),
            ("76", "Baik"),
            ("75.99", "Cukup"),
            ("66", "Cukup"),
            ("65.99", "Kurang"),
            ("51", "Kurang"),
            ("50.99", "Sangat Kurang"),
            ("50", "Sangat Kurang"),
            ("0", "Sangat Kurang"),
            ("-5", "Sangat Kurang"),
        ] {
            assert_eq!(scale.predikat(dec(capaian)), want, "{capaian}");
        }
    }

    #[test]
    fn default_is_valid_and_sorted() {
        let d = Scale::default();
        assert_eq!(Scale::new(d.bands.clone()), Ok(d));
    }

    #[test]
    fn new_sorts_descending() {
        let scale = Scale::new(vec![band("0", "Belum Berhasil"), band("100", "Berhasil")]).unwrap();
        assert_eq!(scale.bands[0].nama, "Berhasil");
        assert_eq!(scale.predikat(dec("100")), "Berhasil");
        assert_eq!(scale.predikat(dec("99.99")), "Belum Berhasil");
    }

    #[test]
    fn new_rejects_bad_scales() {
        assert!(Scale::new(vec![]).is_err());
        assert!(Scale::new(vec![band("-1", "X")]).is_err());
        assert!(Scale::new(vec![band("50", "A"), band("50.00", "B")]).is_err());
        assert!(Scale::new(vec![band("50", " ")]).is_err());
    }

    #[test]
    fn below_the_lowest_band_takes_its_name() {
        let scale = Scale::new(vec![band("80", "Baik"), band("50", "Cukup")]).unwrap();
        assert_eq!(scale.predikat(dec("10")), "Cukup");
    }

    #[test]
    fn unsorted_public_field_still_works() {
        let scale = Scale {
            bands: vec![band("0", "Rendah"), band("90", "Tinggi")],
        };
        assert_eq!(scale.predikat(dec("95")), "Tinggi");
        assert_eq!(Scale { bands: vec![] }.predikat(dec("95")), "");
    }

    #[test]
    fn deserialising_validates() {
        crate::i18n::set_lang(crate::i18n::Lang::En);
        let json = r#"{"bands":[{"min":"0","nama":"Kurang"},{"min":"90","nama":"Baik"}]}"#;
        let scale: Scale = serde_json::from_str(json).unwrap();
        assert_eq!(scale.bands[0].nama, "Baik");
        let dup = r#"{"bands":[{"min":"90","nama":"A"},{"min":"90","nama":"B"}]}"#;
        let err = serde_json::from_str::<Scale>(dup).unwrap_err();
        assert!(err.to_string().contains("two bands start at 90"), "{err}");
        let round = serde_json::to_string(&Scale::default()).unwrap();
        assert_eq!(
            serde_json::from_str::<Scale>(&round).unwrap(),
            Scale::default()
        );
    }
}
