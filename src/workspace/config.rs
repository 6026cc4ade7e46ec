//! `lakip.toml`: the satker, the year, who signs, and settings with their defaults.

use crate::check::settings::CheckSection;
use crate::compute::kinerja::CapaianSection;
use crate::error::input_error;
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Config {
    /// The language of lakip's messages in this workspace (`"id"` or `"en"`), a top-level key
    /// above `[satker]`; `--lang` and `LAKIP_LANG` come first (`i18n::choose` reads it).
    #[serde(default)]
    pub bahasa: Option<String>,
    pub satker: Satker,
    #[serde(default)]
    pub penandatangan: Penandatangan,
    #[serde(default)]
    pub import: ImportSettings,
    #[serde(default)]
    pub check: CheckSection,
    #[serde(default)]
    pub capaian: CapaianSection,
    #[serde(default)]
    pub renstra: Renstra,
    #[serde(default)]
    pub sebelumnya: Sebelumnya,
    #[serde(default)]
    pub realisasi: RealisasiSection,
    #[serde(default)]
    pub dokumen: crate::render::docx::DokumenSection,
    #[serde(default)]
    pub ekspor: Ekspor,
}

/// `[ekspor]`: how exports are written; `csv = "excel"` makes every CSV one an
/// Indonesian-locale Excel opens as columns (`;`, decimal comma, BOM).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Ekspor {
    #[serde(default)]
    pub csv: Option<crate::report::CsvForm>,
}

/// `[realisasi]`: which source the realisation figures come from when the workspace holds two
/// (a SAKTI report and a hand-made table): `sumber = "sakti"`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RealisasiSection {
    #[serde(default)]
    pub sumber: Option<String>,
}

/// `[renstra]`: the end of the strategic plan and its end targets, for BAB III's comparison.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Renstra {
    #[serde(default)]
    pub tahun_akhir: Option<i32>,
    /// Indikator name pattern → the Renstra's end target as written (`"100%"`).
    #[serde(default)]
    pub target: std::collections::BTreeMap<String, String>,
}

/// `[sebelumnya]`: last year's workspace, whose capaian BAB III compares with.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Sebelumnya {
    /// A directory, relative to this workspace (`lakip init --from` writes it).
    #[serde(default)]
    pub workspace: Option<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Satker {
    pub nama: String,
    pub tahun: i32,
    #[serde(default)]
    pub tempat: String,
    /// A picture file in the workspace for the cover (`logo.png`): PNG, JPEG, GIF or SVG.
    #[serde(default)]
    pub logo: Option<String>,
    /// The satker's code (SAKTI's six digits, `427768`); a SAKTI export's title block also
    /// names it.
    #[serde(default)]
    pub kode: Option<String>,
    /// Where the unit sits: `kabupaten`, `kota`, `provinsi` or `pusat` (`lakip rollup`).
    #[serde(default)]
    pub tingkat: Option<String>,
    /// The unit it reports to (`KPU Provinsi Banten`), by name.
    #[serde(default)]
    pub induk: Option<String>,
}

/// The levels of the hierarchy a satker sits at.
pub const TINGKAT: [&str; 4] = ["kabupaten", "kota", "provinsi", "pusat"];

impl Satker {
    /// `tingkat` checked against [`TINGKAT`].
    pub fn tingkat(&self) -> anyhow::Result<Option<&'static str>> {
        let Some(written) = self.tingkat.as_deref() else {
            return Ok(None);
        };
        let lower = written.trim().to_lowercase();
        TINGKAT
            .into_iter()
            .find(|t| *t == lower)
            .map(Some)
            .ok_or_else(|| bad_setting(bad_tingkat(written)))
    }
}

fn bad_tingkat(written: &str) -> String {
    format!(
        "[satker] tingkat must be {}, not \"{written}\"",
        TINGKAT.join(", ")
    )
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
pub struct Penandatangan {
    #[serde(default)]
    pub nama: String,
    #[serde(default)]
    pub jabatan: String,
    #[serde(default)]
    pub nip: String,
    /// The date the LKj is signed (`2024-01-31`, or `2024-01` for a month); left out, the
    /// report is incomplete (a draft).
    #[serde(default)]
    pub tanggal: Option<String>,
    /// The institution line above the jabatan in the signature blocks; the satker's name
    /// when left out.
    #[serde(default)]
    pub instansi: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ImportSettings {
    /// Import a file even when some of its rows fit no class (they are listed, not imported).
    #[serde(default)]
    pub allow_unrecognised: bool,
}

impl Config {
    /// The settings `lakip check` runs with: `[check]`, the year, and `[capaian]`.
    pub fn check_settings(&self) -> anyhow::Result<crate::check::Settings> {
        let mut settings = self
            .check
            .settings(Some(self.satker.tahun))
            .map_err(bad_setting)?;
        settings.capaian = self.capaian_settings()?;
        Ok(settings)
    }

    /// The kind of realisation document the figures come from, as `[realisasi] sumber` names it.
    pub fn realisasi_source(&self) -> anyhow::Result<Option<crate::kinds::DocKind>> {
        use crate::kinds::{DocKind, Purpose};
        let Some(name) = self.realisasi.sumber.as_deref() else {
            return Ok(None);
        };
        let sources: Vec<&str> = DocKind::ALL
            .into_iter()
            .filter(|k| k.purpose() == Purpose::Realisation)
            .map(|k| k.name())
            .collect();
        DocKind::from_name(name)
            .filter(|k| k.purpose() == Purpose::Realisation)
            .map(Some)
            .ok_or_else(|| {
                bad_setting(crate::t!(
                    "workspace-bad-sumber",
                    sources = sources.join(", "),
                    name = name
                ))
            })
    }

    /// The page and type of the Word document: `[dokumen]`.
    pub fn layout(&self) -> anyhow::Result<crate::render::docx::Layout> {
        self.dokumen.layout().map_err(bad_setting)
    }

    /// The settings capaian is measured with: `[capaian]`.
    pub fn capaian_settings(&self) -> anyhow::Result<crate::compute::kinerja::Settings> {
        self.capaian.settings().map_err(bad_setting)
    }

    pub fn load(path: &Path) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            input_error(crate::t!(
                "workspace-cannot-read",
                path = path.display().to_string(),
                error = e.to_string()
            ))
        })?;
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
        // Whole words only: "Kota Kotamobagu" is Kotamobagu, not "mobagu".
        let prefix = PREFIXES.iter().find(|p| {
            lower.starts_with(*p)
                && lower[p.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        });
        match prefix {
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
# A picture in this folder for the cover (PNG, JPEG, GIF or SVG).
# logo = "logo.png"
# Where the unit sits, for `lakip rollup`: its code (SAKTI's), its level (kabupaten, kota,
# provinsi or pusat) and the unit it reports to.
# kode = "427768"
# tingkat = "kota"
# induk = "KPU Provinsi Banten"

# Who signs the Laporan Kinerja (the Kata Pengantar and BAB IV): until the name and the date
# are set, the report is a draft.
[penandatangan]
nama = ""
jabatan = "Ketua"
nip = ""
# The date the Laporan Kinerja is signed, as 2024-01-31 (or 2024-01 for the month only).
# tanggal = "2024-01-31"
# The institution line above the jabatan (default: the satker's name).
# instansi = "KPU Kota Serang"

[import]
# Import a file even when some of its rows fit no row class; those rows are listed and left out.
allow_unrecognised = false

[check]
# A stated percentage passes when it is within this many percentage points of
# realisasi ÷ pagu × 100 (both rounded half-up to two decimals).
toleransi_persen = 0.01
# Realisasi above pagu: "error", or "warning" while budget revisions are not yet posted.
realisasi_melebihi_pagu = "error"
# Rule codes not to report, and rule codes to report as errors ("warnings": every warning);
# `lakip check --explain all` lists the rules.
allow = []
deny = []

[capaian]
# Cap on capaian: 100, 110 or 120. Left out, capaian is not capped (105,26% stays 105,26%).
# batas_atas = 100
# The predikat scale, highest band first (this is the default):
# predikat = [
#   {{ min = 91, nama = "Sangat Baik" }},
#   {{ min = 76, nama = "Baik" }},
#   {{ min = 66, nama = "Cukup" }},
#   {{ min = 51, nama = "Kurang" }},
#   {{ min = 0, nama = "Sangat Kurang" }},
# ]

# Higher realisasi is better unless an indikator matches a pattern here (its words, in order):
# "turun" lower is better, "sama" must equal the target.
[capaian.polaritas]
# "tingkat pelanggaran" = "turun"

# The Renstra's end targets, for BAB III's comparison (indikator name pattern = target);
# an imported Renstra table (`lakip import`, kind renstra) takes their place.
[renstra]
# tahun_akhir = 2024
[renstra.target]
# "pemutakhiran data pemilih" = "100%"

# Last year's workspace: BAB III sets this year's capaian beside last year's.
[sebelumnya]
# workspace = "../lkj-2022"
"#
    )
}

/// Last year's lakip.toml for next year: `tahun` in [satker] moved on, the signing date
/// left to set, and [sebelumnya] pointing back to last year's workspace. Comments and every
/// other setting are kept as written.
pub fn next_year(text: &str, tahun: i32, back: &str) -> String {
    let mut section = String::new();
    let mut out = Vec::new();
    let mut linked = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            if section == "sebelumnya" && !linked {
                out.push(format!("workspace = {}", toml_string(back)));
                linked = true;
            }
            section = trimmed.trim_matches(['[', ']']).trim().to_string();
        }
        let key = trimmed.trim_start_matches('#').trim_start();
        match (section.as_str(), key.split('=').next().map(str::trim)) {
            ("satker", Some("tahun")) if !trimmed.starts_with('#') => {
                out.push(format!("tahun = {tahun}"));
                continue;
            }
            // Last year's signing date is not this year's: the new report is a draft until
            // its own date is set.
            ("penandatangan", Some("tanggal")) if !trimmed.starts_with('#') => {
                out.push(format!(
                    "# tanggal = \"{}-01-31\"  (last year's was {})",
                    tahun + 1,
                    trimmed.split_once('=').map_or("", |(_, v)| v.trim())
                ));
                continue;
            }
            ("sebelumnya", Some("workspace")) => {
                if !linked {
                    out.push(format!("workspace = {}", toml_string(back)));
                    linked = true;
                }
                continue;
            }
            _ => {}
        }
        out.push(line.to_string());
    }
    if !linked {
        if section != "sebelumnya" {
            out.push(String::new());
            out.push("[sebelumnya]".to_string());
        }
        out.push(format!("workspace = {}", toml_string(back)));
    }
    out.join("\n") + "\n"
}

/// The satker's name and place set in a lakip.toml text, the rest kept.
pub fn set_satker(text: &str, nama: &str, tempat: &str) -> String {
    let mut section = String::new();
    let mut out = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            section = trimmed.trim_matches(['[', ']']).trim().to_string();
        }
        let key = trimmed.split('=').next().map(str::trim);
        match (section.as_str(), key) {
            ("satker", Some("nama")) => out.push(format!("nama = {}", toml_string(nama))),
            ("satker", Some("tempat")) => out.push(format!("tempat = {}", toml_string(tempat))),
            _ => out.push(line.to_string()),
        }
    }
    out.join("\n") + "\n"
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// A bad value in a section of `lakip.toml`, one line naming the file.
fn bad_setting(what: String) -> anyhow::Error {
    input_error(format!("{}: {what}", super::CONFIG_FILE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_from_satker_name() {
        assert_eq!(place_of("KPU Kota Serang"), "Serang");
        assert_eq!(place_of("KPU Kabupaten Pasaman Barat"), "Pasaman Barat");
        assert_eq!(place_of("Sekretariat KPU Kota Pontianak"), "Pontianak");
        assert_eq!(place_of("KPU Kota Kotamobagu"), "Kotamobagu");
        assert_eq!(
            place_of("KPU Kabupaten Kotawaringin Barat"),
            "Kotawaringin Barat"
        );
        assert_eq!(place_of("KPU Kabupaten Kotabaru"), "Kotabaru");
    }

    #[test]
    fn next_year_moves_the_year_and_links_back() {
        let text = template("KPU Kota Serang", 2023, "Serang")
            .replace("toleransi_persen = 0.01", "toleransi_persen = 0.05")
            .replace("# tanggal = \"2024-01-31\"", "tanggal = \"2024-01-15\"");
        let next = next_year(&text, 2024, "../lkj-2023");
        let config: Config = toml::from_str(&next).unwrap();
        assert_eq!(config.satker.tahun, 2024);
        // The 2023 report's signing date is no date for the 2024 one.
        assert_eq!(config.penandatangan.tanggal, None);
        assert!(
            next.contains("# tanggal = \"2025-01-31\"  (last year's was \"2024-01-15\")"),
            "{next}"
        );
        assert_eq!(config.sebelumnya.workspace.as_deref(), Some("../lkj-2023"));
        assert!(
            next.contains("toleransi_persen = 0.05"),
            "settings are kept"
        );
        // Twice: one link, not two.
        let again = next_year(&next, 2025, "../lkj-2024");
        assert_eq!(again.matches("workspace = ").count(), 1);
        let config: Config = toml::from_str(&again).unwrap();
        assert_eq!(config.sebelumnya.workspace.as_deref(), Some("../lkj-2024"));
    }

    #[test]
    fn template_parses_back() {
        let text = template("KPU Kota Serang", 2023, "Serang");
        let config: Config = toml::from_str(&text).unwrap();
        assert_eq!(config.satker.nama, "KPU Kota Serang");
        assert_eq!(config.satker.tahun, 2023);
        assert_eq!(config.satker.tempat, "Serang");
        assert!(!config.import.allow_unrecognised);
        // [check] and [capaian] as the template writes them are the defaults.
        assert_eq!(
            config.check_settings().unwrap(),
            crate::check::Settings {
                tahun: Some(2023),
                ..Default::default()
            }
        );
    }

    #[test]
    fn a_bad_setting_names_the_file() {
        let config: Config = toml::from_str(&template("KPU Kota Serang", 2023, "Serang").replacen(
            "[capaian]\n",
            "[capaian]\nbatas_atas = 105\n",
            1,
        ))
        .unwrap();
        assert_eq!(
            config.check_settings().unwrap_err().to_string(),
            "lakip.toml: [capaian] batas_atas must be 100, 110 or 120 (or left out), not 105"
        );
    }
}
