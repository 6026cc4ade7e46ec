//! The skeleton narrative `lakip init` writes: one file per part the data cannot write —
//! the Kata Pengantar, BAB I, BAB IV, and per sasaran the comparison with a national standard,
//! the causes of success or failure and the actions taken (PermenPANRB 53/2014, BAB III).
//! Each blank is a line `[Tuliskan …]`: the chapter shows it as written, and `render` and
//! `build` warn while one is left. Each file opens with short guidance in an HTML comment
//! (`<!-- Petunjuk: … -->`), which the chapters never show ([`strip_guidance`]).

use crate::error::input_error;
use std::path::Path;

/// A sasaran as BAB III numbers it, and its text.
pub struct Sasaran {
    pub no: String,
    pub teks: String,
}

/// The guidance at the top of a skeleton file: a comment, so the chapters leave it out.
fn petunjuk(text: &str) -> String {
    format!("<!-- Petunjuk: {text}\n     Catatan ini tidak dicetak dalam laporan; boleh dihapus. -->\n\n")
}

pub fn kata_pengantar() -> String {
    petunjuk(
        "Kata Pengantar, dua sampai empat paragraf, ditandatangani pimpinan satker \
         (lakip menambahkan tanda tangan dari [penandatangan] di lakip.toml).\n     \
         Ganti baris [Tuliskan ...] di bawah dengan teks Anda; {{ satker.nama }} dan \
         {{ satker.tahun }} diisi lakip.",
    ) + "[Tuliskan kata pengantar Laporan Kinerja {{ satker.nama }} Tahun {{ satker.tahun }}: dasar \
     penyusunannya (Peraturan Presiden Nomor 29 Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 \
     Tahun 2014), maksud laporan ini, dan harapan atasnya.]\n"
}

pub fn bab1() -> String {
    petunjuk(
        "BAB I Pendahuluan (PermenPANRB 53/2014): latar belakang, tugas, fungsi dan \
         struktur organisasi,\n     isu strategis. Ganti setiap baris [Tuliskan ...] \
         dengan teks Anda; judul bagian (## A., ## B.) boleh diubah.",
    ) + "## A. Latar Belakang\n\n\
     [Tuliskan latar belakang penyusunan Laporan Kinerja {{ satker.nama }} Tahun {{ satker.tahun }}.]\n\n\
     ## B. Tugas, Fungsi dan Struktur Organisasi\n\n\
     [Tuliskan kedudukan, tugas, fungsi dan struktur organisasi {{ satker.nama }}, serta isu \
     strategis yang dihadapi.]\n"
}

pub fn bab4() -> String {
    petunjuk(
        "BAB IV Penutup: simpulan umum, kendala, dan langkah perbaikan ke depan. \
         Ringkasan capaian\n     ditulis lakip dari data; tulis di sini yang tidak ada \
         dalam data. Ganti baris [Tuliskan ...] dengan teks Anda.",
    ) + "[Tuliskan simpulan umum atas capaian kinerja, permasalahan dan kendala utama, serta langkah \
     perbaikan di masa mendatang. Ringkasan capaian sasaran dan indikator ditulis oleh lakip dari \
     data, di atas narasi ini.]\n"
}

pub fn sasaran(s: &Sasaran) -> String {
    petunjuk(&format!(
        "analisis Sasaran {no} untuk BAB III. Tabel target, realisasi dan capaian \
         ditulis lakip dari data;\n     di sini tulis yang tidak ada dalam data: \
         pembanding, penyebab, dan upaya. Ganti setiap baris\n     [Tuliskan ...] \
         dengan teks Anda.",
        no = s.no
    )) + &format!(
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

/// The narrative as the chapters show it: every HTML comment taken out (the skeleton's
/// guidance, notes a writer leaves), and a line the comment filled with it; a `<!-- docx: … -->`
/// marker stays, for the Word document. A comment left open is kept as written.
pub fn strip_guidance(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<!--") {
        let Some(len) = rest[start..].find("-->") else {
            break;
        };
        let end = start + len + "-->".len();
        let (comment, after) = (&rest[start..end], &rest[end..]);
        out.push_str(&rest[..start]);
        if comment["<!--".len()..].trim_start().starts_with("docx:") {
            out.push_str(comment);
            rest = after;
            continue;
        }
        // A comment on lines of its own leaves no line behind, nor the blank line after it.
        let own_lines = (out.is_empty() || out.ends_with('\n'))
            && (after.is_empty() || after.starts_with('\n'));
        rest = match own_lines {
            true => {
                let after = after.strip_prefix('\n').unwrap_or(after);
                after.strip_prefix('\n').unwrap_or(after)
            }
            false => after,
        };
    }
    out.push_str(rest);
    out
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

    #[test]
    fn the_guidance_is_taken_out_and_the_rest_kept() {
        let skeleton = bab4();
        assert!(skeleton.starts_with("<!-- Petunjuk: BAB IV"), "{skeleton}");
        let shown = strip_guidance(&skeleton);
        assert!(shown.starts_with("[Tuliskan simpulan umum"), "{shown}");
        assert!(
            !shown.contains("Petunjuk") && !shown.contains("<!--"),
            "{shown}"
        );
        assert_eq!(
            strip_guidance("Satu <!-- catatan --> dua.\n<!-- docx: halaman-baru -->\nTiga"),
            "Satu  dua.\n<!-- docx: halaman-baru -->\nTiga"
        );
        assert_eq!(strip_guidance("a\n<!-- x\ny -->\nb\n"), "a\nb\n");
        assert_eq!(strip_guidance("a <!-- open"), "a <!-- open");
    }
}
