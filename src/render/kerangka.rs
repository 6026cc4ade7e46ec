//! The skeleton narrative `lakip init` writes: one file per part the data cannot write —
//! the Kata Pengantar, BAB I, BAB IV, and per sasaran the comparison with a national standard,
//! the causes of success or failure and the actions taken (PermenPANRB 53/2014, BAB III).
//! Each blank is a line `[Tuliskan …]`: the chapter shows it as written, and `render` and
//! `build` warn while one is left.

use crate::error::input_error;
use std::path::Path;

/// A sasaran as BAB III numbers it, and its text.
pub struct Sasaran {
    pub no: String,
    pub teks: String,
}

pub fn kata_pengantar() -> String {
    "[Tuliskan kata pengantar Laporan Kinerja {{ satker.nama }} Tahun {{ satker.tahun }}: dasar \
     penyusunannya (Peraturan Presiden Nomor 29 Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 \
     Tahun 2014), maksud laporan ini, dan harapan atasnya.]\n"
        .to_string()
}

pub fn bab1() -> String {
    "## A. Latar Belakang\n\n\
     [Tuliskan latar belakang penyusunan Laporan Kinerja {{ satker.nama }} Tahun {{ satker.tahun }}.]\n\n\
     ## B. Tugas, Fungsi dan Struktur Organisasi\n\n\
     [Tuliskan kedudukan, tugas, fungsi dan struktur organisasi {{ satker.nama }}, serta isu \
     strategis yang dihadapi.]\n"
        .to_string()
}

pub fn bab4() -> String {
    "[Tuliskan simpulan umum atas capaian kinerja, permasalahan dan kendala utama, serta langkah \
     perbaikan di masa mendatang. Ringkasan capaian sasaran dan indikator ditulis oleh lakip dari \
     data, di atas narasi ini.]\n"
        .to_string()
}

pub fn sasaran(s: &Sasaran) -> String {
    format!(
        "#### Perbandingan dengan standar nasional\n\n\
         [Tuliskan standar nasional untuk indikator Sasaran {no} ({teks}), bila ada, dan \
         bandingkan realisasinya; bila tidak ada standar nasional, tuliskan demikian.]\n\n\
         #### Analisis penyebab keberhasilan atau kegagalan\n\n\
         [Tuliskan penyebab tercapai atau belum tercapainya target Sasaran {no}.]\n\n\
         #### Upaya yang telah dilakukan\n\n\
         [Tuliskan upaya dan tindakan yang telah dilakukan untuk Sasaran {no}, dan tindak \
         lanjutnya.]\n",
        no = s.no,
        teks = crate::text::one_line(&s.teks),
    )
}

/// What writing the skeleton did: the files written, and those already there (kept).
#[derive(Debug, Default)]
pub struct Written {
    pub written: Vec<String>,
    pub kept: Vec<String>,
}

/// Writes the skeleton files that are not there yet (none is overwritten): the Kata
/// Pengantar, BAB I and BAB IV unless `chapters` is false, and one per sasaran.
pub fn write_missing(root: &Path, chapters: bool, sasaran: &[Sasaran]) -> anyhow::Result<Written> {
    let mut files: Vec<(String, String)> = Vec::new();
    if chapters {
        files.push(("narasi/kata-pengantar.md".into(), kata_pengantar()));
        files.push(("narasi/bab1.md".into(), bab1()));
        files.push(("narasi/bab4.md".into(), bab4()));
    }
    for s in sasaran {
        files.push((format!("narasi/bab3/sasaran-{}.md", s.no), self::sasaran(s)));
    }
    let mut out = Written::default();
    for (name, text) in files {
        let path = root.join(&name);
        // A sasaran's narrative kept where an older workspace has it counts as there.
        let old = name
            .strip_prefix("narasi/bab3/")
            .map(|f| root.join("narasi").join(f));
        if path.exists() || old.is_some_and(|p| p.exists()) {
            out.kept.push(name);
            continue;
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| input_error(format!("{}: cannot create: {e}", dir.display())))?;
        }
        crate::workspace::write_atomic(&path, text.as_bytes())?;
        out.written.push(name);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_blank_is_a_placeholder_line() {
        let s = sasaran(&Sasaran {
            no: "3".into(),
            teks: "Terwujudnya Data\nPemilih".into(),
        });
        assert_eq!(s.matches("\n[Tuliskan").count(), 3, "{s}");
        assert!(s.contains("Sasaran 3 (Terwujudnya Data Pemilih)"), "{s}");
        for text in [kata_pengantar(), bab1(), bab4()] {
            assert!(text.lines().any(|l| l.starts_with("[Tuliskan")), "{text}");
        }
    }
}
