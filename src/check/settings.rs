//! `[check]` in lakip.toml: the section as written, and its validation into [`Settings`].

use super::{rule, Settings, Severity};
use rust_decimal::Decimal;
use serde::Deserialize;

/// `[check]`: as written; [`CheckSection::settings`] validates it.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CheckSection {
    /// Percentage points a stated percentage may differ from realisasi ÷ pagu.
    #[serde(default)]
    pub toleransi_persen: Option<toml::Value>,
    /// `"error"` (default) or `"warning"`.
    #[serde(default)]
    pub realisasi_melebihi_pagu: Option<String>,
    #[serde(default)]
    pub allow: Vec<String>,
    #[serde(default)]
    pub deny: Vec<String>,
}

impl CheckSection {
    /// The settings for `check`, or what is wrong with a value (the caller names the file).
    pub fn settings(&self, tahun: Option<i32>) -> Result<Settings, String> {
        let mut s = Settings {
            tahun,
            ..Settings::default()
        };
        if let Some(value) = &self.toleransi_persen {
            s.tolerance = tolerance(value)?;
        }
        s.overspend = match self.realisasi_melebihi_pagu.as_deref() {
            None | Some("error") => Severity::Error,
            Some("warning") => Severity::Warning,
            Some(other) => return Err(crate::t!("setting-check-overspend", value = other)),
        };
        s.deny_warnings = self.deny.iter().any(|c| c == "warnings");
        let deny = self
            .deny
            .iter()
            .filter(|c| *c != "warnings")
            .cloned()
            .collect::<Vec<_>>();
        for (list, target) in [(&self.allow, &mut s.allow), (&deny, &mut s.deny)] {
            for code in list {
                if rule(code).is_none() {
                    return Err(crate::t!("setting-check-no-rule", code = code));
                }
                target.insert(code.clone());
            }
        }
        Ok(s)
    }
}

fn tolerance(value: &toml::Value) -> Result<Decimal, String> {
    let parsed = match value {
        toml::Value::Integer(i) => Some(Decimal::from(*i)),
        toml::Value::Float(f) => crate::numbers::from_float(*f),
        toml::Value::String(t) => crate::numbers::parse_percent(t)
            .ok()
            .flatten()
            .map(|p| p.value),
        _ => None,
    };
    parsed
        .filter(|d| !d.is_sign_negative())
        .ok_or_else(|| crate::t!("setting-check-tolerance"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(toml: &str) -> CheckSection {
        toml::from_str(toml).unwrap()
    }

    #[test]
    fn bad_check_settings_are_named() {
        crate::i18n::set_lang(crate::i18n::Lang::En);
        let err = section("deny = [\"nope\"]\n")
            .settings(None)
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "[check] names no rule \"nope\" (`lakip check --explain all` lists them)"
        );
        let err = section("realisasi_melebihi_pagu = \"fatal\"\n")
            .settings(None)
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "[check] realisasi_melebihi_pagu must be \"error\" or \"warning\", not \"fatal\""
        );
        let err = section("toleransi_persen = -1\n")
            .settings(None)
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "[check] toleransi_persen must be a number of percentage points, like 0.01"
        );
    }

    #[test]
    fn good_check_settings_are_taken() {
        let s = section(
            "toleransi_persen = 0.5\nrealisasi_melebihi_pagu = \"warning\"\ndeny = [\"warnings\", \"negative\"]\n",
        )
        .settings(Some(2023))
        .unwrap();
        assert_eq!(s.tolerance, Decimal::new(5, 1));
        assert_eq!(s.overspend, Severity::Warning);
        assert!(s.deny_warnings);
        assert_eq!(s.deny.iter().collect::<Vec<_>>(), ["negative"]);
        assert_eq!(s.tahun, Some(2023));
        let s = section("toleransi_persen = \"0,5%\"\n")
            .settings(None)
            .unwrap();
        assert_eq!(s.tolerance, Decimal::new(5, 1));
    }
}
