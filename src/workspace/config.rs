//! `lakip.toml`: the satker, the year, who signs, and settings with their defaults.

use crate::error::input_error;
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Config {
    pub satker: Satker,
    #[serde(default)]
    pub penandatangan: Penandatangan,
    #[serde(default)]
    pub import: ImportSettings,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Satker {
    pub nama: String,
    pub tahun: i32,
    #[serde(default)]
    pub tempat: String,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
pub struct Penandatangan {
    #[serde(default)]
    pub nama: String,
    #[serde(default)]
    pub jabatan: String,
    #[serde(default)]
    pub nip: String,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
pub struct ImportSettings {
    /// Import a file even when some of its rows fit no class (they are listed, not imported).
    #[serde(default)]
    pub allow_unrecognised: bool,
}

impl Config {
    pub fn load(path: &Path) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| input_error(format!("{}: cannot read: {e}", path.display())))?;
        toml::from_str(&text).map_err(|e| {
            let reason = e.message().to_string();
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].lines().count().max(1));
            match line {
                Some(l) => input_error(format!("{}:{l}: {reason}", path.display())),
                None => input_error(format!("{}: {reason}", path.display())),
            }
        })
    }
}

/// The place written above signatures, guessed from the satker's name: `KPU Kota Serang` → `Serang`.
pub fn place_of(satker: &str) -> String {
    const PREFIXES: [&str; 8] = [
        "sekretariat",
        "komisi pemilihan umum",
        "kpu",
        "kip",
        "kabupaten",
        "kota",
        "provinsi",
        "kab.",
    ];
    let mut rest = satker.trim();
    loop {
        let lower = rest.to_lowercase();
        match PREFIXES.iter().find(|p| lower.starts_with(*p)) {
            Some(p) => rest = rest[p.len()..].trim_start(),
            None => break,
        }
    }
    rest.to_string()
}

/// The text of a new `lakip.toml`, every setting written out with its default and a comment.
pub fn template(satker: &str, tahun: i32, tempat: &str) -> String {
    let satker = toml_string(satker);
    let tempat = toml_string(tempat);
    format!(
        r#"# lakip workspace: the SAKIP documents of one satker for one year.
# Imported tables are kept in data/ as CSV; run `lakip import FILE` to add a spreadsheet.

[satker]
nama = {satker}
tahun = {tahun}
# The place written above signatures ("Serang, 24 Januari 2023").
tempat = {tempat}

# Who signs the Laporan Kinerja.
[penandatangan]
nama = ""
jabatan = "Ketua"
nip = ""

[import]
# Import a file even when some of its rows fit no row class; those rows are listed and left out.
allow_unrecognised = false
"#
    )
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_from_satker_name() {
        assert_eq!(place_of("KPU Kota Serang"), "Serang");
        assert_eq!(place_of("KPU Kabupaten Pasaman Barat"), "Pasaman Barat");
        assert_eq!(place_of("Sekretariat KPU Kota Pontianak"), "Pontianak");
    }

    #[test]
    fn template_parses_back() {
        let text = template("KPU Kota Serang", 2023, "Serang");
        let config: Config = toml::from_str(&text).unwrap();
        assert_eq!(config.satker.nama, "KPU Kota Serang");
        assert_eq!(config.satker.tahun, 2023);
        assert_eq!(config.satker.tempat, "Serang");
        assert!(!config.import.allow_unrecognised);
    }
}
