//! `lakip render` and `lakip build`: every chapter of the example workspaces as a snapshot,
//! escaping, overrides, placeholders, template errors, what build refuses and marks DRAF, the
//! print rules of the whole HTML report, the narrative skeleton and the yearly
//! `lakip init --from`. (The figures of every generated sentence: tests/sentences.rs.)

mod support;

use assert_cmd::Command;
use insta::assert_snapshot;
use std::path::{Path, PathBuf};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// (exit code, stdout, stderr) of lakip run in `dir`.
fn lakip(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", "en")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    let s = |b: &[u8]| String::from_utf8_lossy(b).to_string();
    (out.status.code().unwrap(), s(&out.stdout), s(&out.stderr))
}

/// A copy of an example workspace (lakip.toml, data/, narasi/, narasi/bab3/), to change
/// without harm.
fn copy(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = examples().join(name);
    for sub in ["", "data", "narasi", "narasi/bab3"] {
        let Ok(entries) = std::fs::read_dir(src.join(sub)) else {
            continue;
        };
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_file() {
                std::fs::copy(&path, dir.path().join(sub).join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    dir
}

/// A Markdown chapter without the DRAF mark above it (which must be there).
fn without_draft(md: &str) -> &str {
    assert!(md.starts_with("> **DRAF** — "), "{md}");
    let end = md.find("\n\n").unwrap();
    &md[end + 2..]
}

fn render(dir: &Path, chapter: &str, format: &str) -> String {
    let (code, out, err) = lakip(dir, &["render", chapter, "--format", format]);
    assert_eq!(code, 0, "{err}");
    out
}

// ---- every chapter, as a snapshot --------------------------------------------------------

#[test]
fn kota_serang_chapters() {
    let dir = examples().join("kota-serang-2023");
    for chapter in [
        "sampul",
        "pengantar",
        "ikhtisar",
        "bab1",
        "bab2",
        "bab3",
        "bab4",
        "lampiran",
    ] {
        for format in ["md", "html"] {
            let name = format!("kota_serang_{chapter}_{format}");
            assert_snapshot!(name, render(&dir, chapter, format));
        }
    }
}

#[test]
fn the_other_examples_whole() {
    for ws in [
        "kabupaten-serang-2023",
        "kabupaten-tabanan-2023",
        "kota-pontianak-2019",
        "kabupaten-pasaman-barat-2024",
    ] {
        let name = format!("{}_all_md", ws.replace('-', "_"));
        assert_snapshot!(name, render(&examples().join(ws), "all", "md"));
    }
}

#[test]
fn the_same_workspace_renders_to_the_same_bytes() {
    let dir = examples().join("kota-serang-2023");
    for format in ["md", "html"] {
        assert_eq!(render(&dir, "all", format), render(&dir, "all", format));
    }
}

// Every figure in a generated sentence is recomputed from the data in tests/sentences.rs.

// ---- escaping, overrides, placeholders, errors --------------------------------------------

fn kinerja_workspace(indikator: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path();
    lakip(
        ws,
        &["init", "--satker", "KPU Kota Contoh", "--tahun", "2023"],
    );
    std::fs::write(
        ws.join("bab3.csv"),
        format!("Sasaran;Indikator Kinerja;Target;Realisasi;Capaian\nTerwujudnya X;{indikator};100%;90%;90\n"),
    )
    .unwrap();
    let (code, _, err) = lakip(ws, &["import", "bab3.csv"]);
    assert_eq!(code, 0, "{err}");
    dir
}

#[test]
fn a_script_in_a_cell_comes_out_escaped() {
    let dir = kinerja_workspace("<script>alert(1)</script> & co");
    let html = render(dir.path(), "bab3", "html");
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt; &amp; co")
            || html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"),
        "{html}"
    );
    let md = render(dir.path(), "bab3", "md");
    assert!(
        md.contains("| &lt;script>alert(1)&lt;/script> &amp; co |"),
        "{md}"
    );
}

#[test]
fn a_workspace_template_overrides_the_embedded_one() {
    let dir = kinerja_workspace("Persentase Y");
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::write(
        dir.path().join("templates/bab4.md"),
        "# PENUTUP {{ satker.nama | upper }}\n\nTahun {{ satker.tahun }}: {{ ikhtisar.tercapai }} tercapai.\n",
    )
    .unwrap();
    let (code, out, err) = lakip(dir.path(), &["render", "bab4"]);
    assert_eq!(code, 0, "{err}");
    // A workspace with only a measurement is a draft: the mark, then the chapter.
    assert_eq!(
        without_draft(&out),
        "# PENUTUP KPU KOTA CONTOH\n\nTahun 2023: 0 tercapai.\n"
    );
    assert!(
        err.contains("using the workspace's own templates/bab4.md"),
        "{err}"
    );
    // The other chapters keep the embedded templates.
    assert!(without_draft(&render(dir.path(), "bab1", "md")).starts_with("# BAB I PENDAHULUAN"));
}

#[test]
fn a_missing_narrative_is_a_placeholder_and_a_warning() {
    let dir = copy("kota-serang-2023");
    std::fs::remove_file(dir.path().join("narasi/bab3/sasaran-3.md")).unwrap();
    let (code, out, err) = lakip(dir.path(), &["render", "bab3"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("[Narasi belum ditulis: tulis narasi/bab3/sasaran-3.md]"),
        "{out}"
    );
    assert_eq!(
        err.lines().collect::<Vec<_>>(),
        [
            "warning: narasi/bab3/sasaran-3.md is missing: the chapter shows a placeholder",
            // The example leaves the one sasaran below target to explain.
            "warning: narasi/bab3/sasaran-6.md still holds the skeleton's [Tuliskan …] placeholders",
        ]
    );
    // A chapter that does not show it says nothing of it.
    let (_, _, err) = lakip(dir.path(), &["render", "bab1"]);
    assert!(err.is_empty(), "{err}");
}

#[test]
fn a_template_error_names_the_template_and_line() {
    let dir = kinerja_workspace("Persentase Y");
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::write(
        dir.path().join("templates/bab3.md"),
        "# BAB III\n\n{{ satker.nama | rupiah }}\n",
    )
    .unwrap();
    let (code, _, err) = lakip(dir.path(), &["render", "bab3"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("error: templates/bab3.md:3: "), "{err}");
    assert!(err.contains("rupiah filter needs a number"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    // A narrative snippet is a template too.
    std::fs::remove_file(dir.path().join("templates/bab3.md")).unwrap();
    std::fs::create_dir_all(dir.path().join("narasi")).unwrap();
    std::fs::write(
        dir.path().join("narasi/bab1.md"),
        "Satu.\n\n{{ satker.nama \n",
    )
    .unwrap();
    let (code, _, err) = lakip(dir.path(), &["render", "bab1"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("error: narasi/bab1.md:3: "), "{err}");
}

// ---- build -----------------------------------------------------------------------------

#[test]
fn build_refuses_data_with_errors_unless_allowed() {
    let dir = copy("kota-serang-2023");
    let (code, out, err) = lakip(dir.path(), &["build"]);
    assert_eq!(code, 1);
    assert!(out.contains("error[capaian]"), "{out}");
    assert!(err.contains("not built"), "{err}");
    assert!(!dir.path().join("build").exists());
    let (code, out, err) = lakip(dir.path(), &["build", "--allow-errors"]);
    assert_eq!(code, 0, "{err}");
    // 9 chapters (8 and the whole) in 2 formats, the 2 charts, index.html: 21.
    assert!(out.starts_with("wrote 21 files to "), "{out}");
    assert!(out.contains("(a draft: 15 errors in the data)"), "{out}");
    let build = dir.path().join("build");
    for chapter in [
        "sampul",
        "pengantar",
        "ikhtisar",
        "bab1",
        "bab2",
        "bab3",
        "bab4",
        "lampiran",
        "lkj",
    ] {
        // Every chapter says it is a draft, in Markdown at its top and in HTML on every
        // printed page (a fixed element, and the page's top margin).
        let md = std::fs::read_to_string(build.join(format!("{chapter}.md"))).unwrap();
        assert!(
            md.starts_with("> **DRAF** — data masih memuat 15 kesalahan menurut `lakip check`."),
            "{chapter}: {md}"
        );
        let html = std::fs::read_to_string(build.join(format!("{chapter}.html"))).unwrap();
        assert!(html.contains(r#"<p class="draf">DRAF — data masih memuat 15 kesalahan"#));
        assert!(html.contains(r#"<div class="draf-tanda" aria-hidden="true">DRAF</div>"#));
        assert!(
            html.contains(r#"@top-right { content: "DRAF";"#),
            "{chapter}"
        );
    }
    for chart in ["grafik-capaian.svg", "grafik-serapan.svg"] {
        let svg = std::fs::read_to_string(build.join(chart)).unwrap();
        assert!(svg.starts_with("<svg xmlns="), "{chart}");
    }
    let md = std::fs::read_to_string(build.join("bab3.md")).unwrap();
    assert!(
        md.contains("(grafik-capaian.svg)"),
        "the Markdown links the chart"
    );
    let index = std::fs::read_to_string(build.join("index.html")).unwrap();
    assert!(
        index.contains(r#"<a href="bab3.html">BAB III Akuntabilitas Kinerja</a>"#),
        "{index}"
    );
    assert!(
        index.contains(r#"<a href="sampul.html">Sampul</a>"#),
        "{index}"
    );
    // Built twice, the same bytes.
    let first = std::fs::read(build.join("lkj.html")).unwrap();
    lakip(dir.path(), &["build", "--allow-errors"]);
    assert_eq!(first, std::fs::read(build.join("lkj.html")).unwrap());
}

/// A workspace with nothing imported built with exit 0 and no DRAF mark (before): now it is
/// refused (1) and says what is missing; with --allow-errors every part is written, marked DRAF.
#[test]
fn build_refuses_an_empty_workspace_and_marks_its_draft() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path();
    let (code, _, err) = lakip(
        ws,
        &["init", "--satker", "KPU Kota Contoh", "--tahun", "2023"],
    );
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = lakip(ws, &["build"]);
    assert_eq!(code, 1, "{out}{err}");
    assert_eq!(
        out,
        "incomplete: BAB II: no Perjanjian Kinerja (pk) imported\n\
         incomplete: BAB III: no pengukuran kinerja (kinerja) table imported\n\
         incomplete: BAB III: no realisasi anggaran imported\n\
         incomplete: Lampiran: no Rencana Aksi (rak) imported\n\
         incomplete: Kata Pengantar, BAB IV: lakip.toml: [penandatangan] nama is empty\n\
         incomplete: Kata Pengantar, BAB IV: lakip.toml: [penandatangan] tanggal is not set\n"
    );
    assert_eq!(
        err,
        "error: not built: nothing imported yet, so the report has no data; run `lakip import FILE`, or build a draft with --allow-errors\n"
    );
    assert!(!ws.join("build").exists());
    let (code, out, err) = lakip(ws, &["build", "--allow-errors"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("(a draft: 6 parts incomplete)"), "{out}");
    let lkj = std::fs::read_to_string(ws.join("build/lkj.md")).unwrap();
    assert!(
        lkj.starts_with(
            "> **DRAF** — laporan belum lengkap: BAB II: Perjanjian Kinerja belum diimpor; BAB III: tabel pengukuran kinerja belum diimpor;"
        ),
        "{lkj}"
    );
    let html = std::fs::read_to_string(ws.join("build/lkj.html")).unwrap();
    assert!(html.contains(r#"<div class="draf-tanda" aria-hidden="true">DRAF</div>"#));
    // What a chapter lacks it says in words, and the signature says what is to fill in.
    assert!(
        lkj.contains("Belum ada Perjanjian Kinerja yang diimpor"),
        "{lkj}"
    );
    assert!(
        lkj.contains("Contoh, [tanggal belum diisi: [penandatangan] tanggal di lakip.toml]"),
        "{lkj}"
    );
    assert!(
        lkj.contains("[nama belum diisi: [penandatangan] nama di lakip.toml]"),
        "{lkj}"
    );
    // A complete workspace (signatory and date set) that still lacks a chapter's data is refused
    // too, naming only what it lacks.
    let toml = ws.join("lakip.toml");
    let text = std::fs::read_to_string(&toml)
        .unwrap()
        .replace("nama = \"\"", "nama = \"BUDI\"")
        .replace("# tanggal = \"2024-01-31\"", "tanggal = \"2024-01-31\"");
    std::fs::write(&toml, text).unwrap();
    std::fs::write(
        ws.join("bab3.csv"),
        "Sasaran;Indikator Kinerja;Target;Realisasi\nTerwujudnya X;Persentase Y;100%;100%\n",
    )
    .unwrap();
    lakip(ws, &["import", "bab3.csv"]);
    let (code, out, err) = lakip(ws, &["build"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(!out.contains("kinerja) table"), "{out}");
    assert!(
        out.contains("incomplete: BAB II: no Perjanjian Kinerja (pk) imported"),
        "{out}"
    );
    assert!(!out.contains("[penandatangan]"), "{out}");
    assert!(err.contains("not built: the report is incomplete"), "{err}");
}

/// What printing the whole report needs: a page number in the margin, DRAF on every page,
/// captions and header rows kept with their table, signatures with what they sign, a new
/// page for each chapter, and the Daftar Isi, Tabel and Gambar from the headings and captions.
#[test]
fn the_whole_report_is_ready_to_print() {
    let html = render(&examples().join("kota-serang-2023"), "all", "html");
    for rule in [
        "@bottom-center { content: counter(page);",
        "@page sampul { @bottom-center { content: none; } }",
        "caption { caption-side: top; font-weight: bold; text-align: center; padding-bottom: 0.3em;\n            break-after: avoid;",
        "thead { display: table-header-group; break-after: avoid;",
        "tbody tr:first-child, tbody tr:nth-child(2) { break-before: avoid;",
        "break-inside: avoid; page-break-inside: avoid; break-before: avoid;",
        "section.bab + section.bab { break-before: page;",
    ] {
        assert!(html.contains(rule), "{rule}");
    }
    // The cover, then the Kata Pengantar signed by lakip.toml's signatory, on the month given.
    let cover = html.find(r#"<section class="bab sampul">"#).unwrap();
    let pengantar = html.find(r#"<section class="bab pengantar">"#).unwrap();
    let daftar = html.find(r#"<section class="bab daftar-isi">"#).unwrap();
    let bab1 = html.find(r#"<section class="bab bab1">"#).unwrap();
    assert!(cover < pengantar && pengantar < daftar && daftar < bab1);
    assert!(html.contains(r#"<p class="sampul-judul">LAPORAN KINERJA</p>"#));
    assert!(html.contains(
        "<p>Serang, Januari 2024<br>KPU Kota Serang<br>Ketua,</p><p class=\"nama\">NANAS NASIHUDIN</p>"
    ));
    // Each heading and caption has its line in the lists, linked.
    assert!(html.contains(r##"<li class="tingkat-1"><a href="#isi-1">Kata Pengantar</a></li>"##));
    assert!(
        html.contains(r##"<a href="#isi-"##) && html.contains(">BAB III Akuntabilitas Kinerja</a>")
    );
    assert!(html.contains(r##"<li><a href="#tabel-1">Tabel 2.1 Perjanjian Kinerja KPU Kota Serang Tahun 2023</a></li>"##));
    assert!(html.contains(r#"<caption id="tabel-1">Tabel 2.1 Perjanjian Kinerja"#));
    assert!(html.contains(">Grafik 3.2 Serapan anggaran per program</a></li>"));
    let tables = html.matches("<caption id=").count();
    assert_eq!(html.matches(r##"<li><a href="#tabel-"##).count(), tables);
    // A PK's signature block is in the same block as its table.
    let pk = html.find(r#"<div class="dokumen">"#).unwrap();
    let end = html[pk..].find("</div>\n</div>").unwrap();
    assert!(html[pk..pk + end].contains(r#"<div class="ttd">"#));
}

#[test]
fn html_is_self_contained_with_described_charts() {
    let html = render(&examples().join("kota-serang-2023"), "bab3", "html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("@page { size: A4"));
    assert!(html.contains("thead { display: table-header-group;"));
    assert!(
        !html.contains("<link") && !html.contains("<script"),
        "nothing fetched, nothing run"
    );
    assert_eq!(html.matches("<svg").count(), 2, "capaian and serapan");
    assert!(html.contains("<title>Capaian kinerja per indikator</title>"));
    assert!(html.contains("<title>Serapan anggaran per program</title>"));
    assert!(html.contains("<desc>Sasaran 1: 100,00%;"));
    assert!(
        !html.contains(" id=\""),
        "no ids to repeat when chapters are put together"
    );
}

// ---- the yearly routine ------------------------------------------------------------------

#[test]
fn init_from_last_year_keeps_settings_and_narrative_and_compares_the_years() {
    let root = tempfile::tempdir().unwrap();
    let last = root.path().join("lkj-2023");
    let src = copy("kota-serang-2023");
    std::fs::rename(src.path(), &last).unwrap();
    let (code, out, err) = lakip(root.path(), &["init", "lkj-2024", "--from", "lkj-2023"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("KPU Kota Serang 2024"), "{out}");
    let next = root.path().join("lkj-2024");
    let toml = std::fs::read_to_string(next.join("lakip.toml")).unwrap();
    assert!(toml.contains("tahun = 2024"), "{toml}");
    assert!(toml.contains("workspace = \"../lkj-2023\""), "{toml}");
    assert!(
        toml.contains("nama = \"NANAS NASIHUDIN\""),
        "last year's signatory kept: {toml}"
    );
    assert!(
        !toml.contains("\ntanggal = \"2024-01\""),
        "last year's signing date is not kept: {toml}"
    );
    // Last year's Kata Pengantar, BAB I and BAB IV are copied; each sasaran last year measured
    // starts from the skeleton, as last year's analysis speaks of last year's figures.
    assert_eq!(
        std::fs::read_to_string(next.join("narasi/bab1.md")).unwrap(),
        std::fs::read_to_string(last.join("narasi/bab1.md")).unwrap()
    );
    assert!(next.join("narasi/kata-pengantar.md").is_file());
    for n in 1..=13 {
        let text =
            std::fs::read_to_string(next.join(format!("narasi/bab3/sasaran-{n}.md"))).unwrap();
        // The skeleton's guidance first (a comment the report leaves out), then its headings.
        assert!(
            text.starts_with(&format!("<!-- Petunjuk: analisis Sasaran {n} ")),
            "{text}"
        );
        assert!(
            text.contains("-->\n\n#### Perbandingan dengan standar nasional"),
            "{text}"
        );
    }
    assert!(
        std::fs::read_dir(next.join("data"))
            .unwrap()
            .next()
            .is_none(),
        "no data copied"
    );
    // 2024's measurement: sasaran 12's indikator at 95% of a 95% target, 100,00%.
    std::fs::write(
        next.join("bab3.csv"),
        "No;Sasaran;Indikator Kinerja;Target;Realisasi\n\
         12;Terwujudnya Reformasi Birokrasi di KPU Kota Serang;Persentase KPU Kota Serang Mendapatkan Nilai minimal B untuk Penilaian Mandiri RB;95%;95%\n",
    )
    .unwrap();
    let (code, _, err) = lakip(&next, &["import", "bab3.csv"]);
    assert_eq!(code, 0, "{err}");
    let bab3 = render(&next, "bab3", "md");
    assert!(
        bab3.contains("| Indikator Kinerja | Capaian 2023 | Capaian 2024 |"),
        "{bab3}"
    );
    assert!(
        bab3.contains("dibandingkan 105,26% pada Tahun 2023"),
        "{bab3}"
    );
    // And 2025, from 2024: the chain goes back as far as it reaches, 2023 and 2024 both.
    let (code, _, err) = lakip(root.path(), &["init", "lkj-2025", "--from", "lkj-2024"]);
    assert_eq!(code, 0, "{err}");
    let third = root.path().join("lkj-2025");
    std::fs::copy(
        examples().join("kota-serang-2023/sources/bab3-pengukuran-kinerja.xlsx"),
        third.join("bab3.xlsx"),
    )
    .unwrap();
    let (code, _, err) = lakip(&third, &["import", "bab3.xlsx"]);
    assert_eq!(code, 0, "{err}");
    let bab3 = render(&third, "bab3", "md");
    assert!(
        bab3.contains("| Indikator Kinerja | Capaian 2023 | Capaian 2024 | Capaian 2025 |"),
        "{bab3}"
    );
    // Sasaran 12: 105,26% in 2023 (100 ÷ 95), 100,00% in 2024 (95 ÷ 95), 105,26% in 2025.
    assert!(
        bab3.contains("| Persentase KPU Kota Serang Mendapatkan Nilai minimal B untuk Penilaian Mandiri RB | 105,26% | 100,00% | 105,26% |"),
        "{bab3}"
    );
    assert!(
        bab3.contains("dibandingkan 100,00% pada Tahun 2024 dan 105,26% pada Tahun 2023."),
        "{bab3}"
    );
    // Sasaran 1 was not measured in 2024: a dash there, and only 2023 in the sentence.
    assert!(
        bab3.contains("Tahapan Penyelenggaraan Pemilu | 100,00% | – | 100,00% |"),
        "{bab3}"
    );
    assert!(
        bab3.contains("sehingga capaiannya 100,00% dan mencapai target (predikat Sangat Baik), dibandingkan 100,00% pada Tahun 2023."),
        "{bab3}"
    );
    assert!(
        bab3.contains("Capaian Tahun 2025 dibandingkan dengan capaian Tahun 2023 dan 2024."),
        "{bab3}"
    );
}

/// `lakip init` writes the narrative skeleton: the Kata Pengantar, BAB I and BAB IV at once,
/// and after BAB III is imported, `init --narasi` one file per sasaran, each blank a
/// `[Tuliskan …]` line the chapters show and `render` warns of; a file there is kept.
#[test]
fn init_writes_the_narrative_skeleton() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path();
    let (code, out, err) = lakip(
        ws,
        &["init", "--satker", "KPU Kota Contoh", "--tahun", "2023"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(
            "with a narrative skeleton (narasi/kata-pengantar.md, narasi/bab1.md, narasi/bab4.md)"
        ),
        "{out}"
    );
    for f in ["kata-pengantar", "bab1", "bab4"] {
        let text = std::fs::read_to_string(ws.join(format!("narasi/{f}.md"))).unwrap();
        assert!(text.contains("[Tuliskan "), "{f}: {text}");
    }
    std::fs::write(
        ws.join("bab3.csv"),
        "No;Sasaran;Indikator Kinerja;Target;Realisasi\n\
         1;Terwujudnya X;Persentase Y;100%;90%\n\
         ;;Ketersediaan Z;Tersedia;Tersedia\n\
         2;Terwujudnya W;Persentase V;100%;100%\n",
    )
    .unwrap();
    lakip(ws, &["import", "bab3.csv"]);
    std::fs::write(ws.join("narasi/bab4.md"), "Penutup kami.\n").unwrap();
    let (code, out, err) = lakip(ws, &["init", "--narasi"]);
    assert_eq!(code, 0, "{err}");
    // Two sasaran (three rows: a sasaran is its text, not a row), two files.
    assert_eq!(
        out,
        "wrote 2 narasi files: narasi/bab3/sasaran-1.md, narasi/bab3/sasaran-2.md; kept 3 that exist\n"
    );
    assert_eq!(
        std::fs::read_to_string(ws.join("narasi/bab4.md")).unwrap(),
        "Penutup kami.\n"
    );
    let s1 = std::fs::read_to_string(ws.join("narasi/bab3/sasaran-1.md")).unwrap();
    assert!(s1.contains("Sasaran 1 (Terwujudnya X)"), "{s1}");
    let (code, bab3, err) = lakip(ws, &["render", "bab3"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        bab3.contains("#### Perbandingan dengan standar nasional"),
        "{bab3}"
    );
    assert!(
        err.contains("warning: narasi/bab3/sasaran-1.md still holds the skeleton's [Tuliskan …] placeholders"),
        "{err}"
    );
    // Run again: nothing to write.
    let (_, out, _) = lakip(ws, &["init", "--narasi"]);
    assert_eq!(out, "wrote no narasi file: every one is there already\n");
}

/// Each skeleton file opens with Indonesian guidance in a comment; a skeleton built as it is
/// shows its `[Tuliskan …]` blanks, never the guidance, in any chapter or format.
#[test]
fn the_skeleton_guidance_never_reaches_the_report() {
    let dir = copy("kota-serang-2023");
    let ws = dir.path();
    std::fs::remove_dir_all(ws.join("narasi")).unwrap();
    let (code, out, err) = lakip(ws, &["init", "--narasi"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("wrote 16 narasi files"), "{out}");
    let files = [
        "narasi/kata-pengantar.md",
        "narasi/bab1.md",
        "narasi/bab4.md",
        "narasi/bab3/sasaran-1.md",
    ];
    for f in files {
        let text = std::fs::read_to_string(ws.join(f)).unwrap();
        assert!(text.starts_with("<!-- Petunjuk: "), "{f}: {text}");
    }
    let (code, _, err) = lakip(ws, &["build", "--allow-errors"]);
    assert_eq!(code, 0, "{err}");
    let mut seen = 0;
    for entry in std::fs::read_dir(ws.join("build")).unwrap() {
        let path = entry.unwrap().path();
        if !matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("md" | "html")
        ) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("Petunjuk:"), "{}", path.display());
        assert!(!text.contains("tidak dicetak"), "{}", path.display());
        seen += 1;
    }
    // sampul, pengantar, ikhtisar, bab1–bab4, lampiran and lkj, in .md and .html, and index.html.
    assert_eq!(seen, 19);
    let lkj = std::fs::read_to_string(ws.join("build/lkj.md")).unwrap();
    assert!(
        lkj.contains("[Tuliskan latar belakang penyusunan Laporan Kinerja"),
        "{lkj}"
    );
}

#[test]
fn unknown_figures_show_a_dash_and_a_sasaran_keeps_its_indikator_together() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path();
    lakip(
        ws,
        &["init", "--satker", "KPU Kota Contoh", "--tahun", "2023"],
    );
    std::fs::write(
        ws.join("bab3.csv"),
        "No;Sasaran;Indikator Kinerja;Target;Realisasi;Capaian\n\
         1;Terwujudnya X;Persentase Y;100%;90%;90\n\
         ;;Ketersediaan Z;Tersedia;Tersedia;100\n\
         2;Terwujudnya W;Persentase V;100%;100%;100\n",
    )
    .unwrap();
    let (code, _, err) = lakip(ws, &["import", "bab3.csv"]);
    assert_eq!(code, 0, "{err}");
    for format in ["md", "html"] {
        let (code, out, err) = lakip(ws, &["render", "bab3", "--format", format]);
        assert_eq!(code, 0, "{format}: {err}");
        assert!(out.contains("–"), "{format}: an unknown capaian is a dash");
        assert_eq!(
            out.matches("Sasaran 1: Terwujudnya X").count(),
            1,
            "{format}: {out}"
        );
        assert_eq!(
            out.matches("Sasaran 2: Terwujudnya W").count(),
            1,
            "{format}: {out}"
        );
    }
    let ikhtisar = render(ws, "ikhtisar", "md");
    assert!(ikhtisar.contains("pada 2 (dua) sasaran"), "{ikhtisar}");
}

#[test]
fn spending_above_pagu_is_said_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path();
    lakip(
        ws,
        &["init", "--satker", "KPU Kota Contoh", "--tahun", "2023"],
    );
    std::fs::write(
        ws.join("a.csv"),
        "Uraian;Pagu;Realisasi\na. Layanan;1.000.000;1.250.000\n",
    )
    .unwrap();
    lakip(ws, &["import", "a.csv"]);
    let bab3 = render(ws, "bab3", "md");
    assert!(
        bab3.contains("sehingga realisasi melampaui pagu sebesar Rp250.000,00."),
        "{bab3}"
    );
    assert!(!bab3.contains("sisa anggaran sebesar -Rp"), "{bab3}");
}

#[test]
fn the_output_name_chooses_the_format_and_one_bad_snippet_blocks_only_its_chapter() {
    let dir = copy("kota-serang-2023");
    let (code, _, err) = lakip(dir.path(), &["render", "bab1", "-o", "bab1.html"]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(dir.path().join("bab1.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    // The narrative's Markdown is HTML there: its heading a heading, not `##` text.
    assert!(html.contains("<h2>A. Latar Belakang</h2>"), "{html}");
    std::fs::write(dir.path().join("narasi/bab4.md"), "{{ satker.nama \n").unwrap();
    let (code, _, err) = lakip(dir.path(), &["render", "bab1"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = lakip(dir.path(), &["render", "bab4"]);
    assert_eq!(code, 2);
    assert!(err.contains("narasi/bab4.md:1:"), "{err}");
}

#[test]
fn a_workspace_template_can_include_one_of_its_own() {
    let dir = kinerja_workspace("Persentase Y");
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::write(
        dir.path().join("templates/kop.md"),
        "KOP {{ satker.nama }}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("templates/bab4.md"),
        "{% include \"kop.md\" %}# PENUTUP\n",
    )
    .unwrap();
    let (code, out, err) = lakip(dir.path(), &["render", "bab4"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(without_draft(&out), "KOP KPU Kota Contoh\n# PENUTUP\n");
}

// ---- the Renstra ---------------------------------------------------------------------------

/// The Kota Serang example with seed 001's Tabel 2.1 imported beside its PKs and BAB III.
fn with_renstra(dir: &Path) {
    support::renstra_fixtures::renstra_serang_xlsx(&dir.join("tabel-2.1.xlsx")).unwrap();
    let (code, _, err) = lakip(dir, &["import", "tabel-2.1.xlsx"]);
    assert_eq!(code, 0, "{err}");
}

/// BAB II's Tabel 2.1 is the Renstra's: its eight sasaran, each indikator with the target of
/// each year. BAB III sets the Renstra's 2023 target and its end target (2024) beside
/// realisasi and capaian, where the indikator is the Renstra's by its words.
#[test]
fn a_renstra_document_gives_tabel_2_1_and_the_bab3_comparison() {
    let dir = copy("kota-serang-2023");
    with_renstra(dir.path());
    let bab2 = render(dir.path(), "bab2", "md");
    assert!(
        bab2.contains("Rencana Strategis KPU Kota Serang Tahun 2020–2024 menetapkan 8 (delapan) sasaran strategis dengan 8 (delapan) indikator kinerja"),
        "{bab2}"
    );
    assert!(
        bab2.contains(
            "| No | Sasaran Strategis | Indikator Kinerja | 2020 | 2021 | 2022 | 2023 | 2024 |"
        ),
        "{bab2}"
    );
    assert!(
        bab2.contains("| 8 | Terwujudnya Reformasi Birokrasi di KPU Kota Serang | Persentase KPU Kota Serang mendapatkan nilai minimal B untuk penilaian mandiri RB | 80% | 85% | 85% | 90% | 95% |"),
        "{bab2}"
    );
    // The PK keeps its own table, 2.2.
    assert!(bab2.contains("**Tabel 2.2 Perjanjian Kinerja"), "{bab2}");
    assert_snapshot!("kota_serang_renstra_bab2_md", bab2);

    let bab3 = render(dir.path(), "bab3", "md");
    assert!(
        bab3.contains("| Indikator Kinerja | Capaian 2023 | Target Renstra 2023 | Target Akhir Renstra 2024 | Capaian terhadap Target Akhir |"),
        "{bab3}"
    );
    // Sasaran 12: the PK's 95%, realisasi 100%: 100 ÷ 95 × 100 = 105,263… → 105,26%. The
    // Renstra: 90% in 2023, 95% in 2024, so against the end target 100 ÷ 95 × 100 = 105,26%.
    assert!(
        bab3.contains("| Persentase KPU Kota Serang Mendapatkan Nilai minimal B untuk Penilaian Mandiri RB | 105,26% | 90% | 95% | 105,26% |"),
        "{bab3}"
    );
    assert!(
        bab3.contains("Target Renstra Tahun 2023 untuk indikator ini sebesar 90%, dan target akhir Renstra Tahun 2024 sebesar 95%, sehingga capaian terhadap target akhir Renstra 105,26%."),
        "{bab3}"
    );
    // Sasaran 4: BAB III's 100% target and realisasi; the Renstra 95% in 2023 and 2024:
    // 100 ÷ 95 × 100 = 105,26% against the end target.
    assert!(bab3.contains("| 100,00% | 95% | 95% | 105,26% |"), "{bab3}");
    // Sasaran 1 is worded otherwise in the Renstra: no figures, a dash, and no sentence.
    assert!(
        bab3.contains("| Persentase tercapainya realisasi anggaran dan target kinerja tercapai sesuai dengan Tahapan Penyelenggaraan Pemilu | 100,00% | – | – | – |"),
        "{bab3}"
    );
    assert_eq!(
        bab3.matches("capaian terhadap target akhir Renstra")
            .count(),
        2
    );
    assert_snapshot!("kota_serang_renstra_bab3_md", bab3);

    let html = render(dir.path(), "bab3", "html");
    assert!(
        html.contains("<th>Target Renstra 2023</th><th>Target Akhir Renstra 2024</th>"),
        "{html}"
    );
    assert!(html.contains("<td>90%</td><td>95%</td>"), "{html}");
    let html2 = render(dir.path(), "bab2", "html");
    assert!(
        html2.contains("<td>80%</td><td>85%</td><td>85%</td><td>90%</td><td>95%</td>"),
        "{html2}"
    );
}

/// `[renstra]` in lakip.toml still gives BAB III its end-target column without a Renstra
/// document; with one, the imported table is the source.
#[test]
fn the_renstra_setting_applies_until_a_renstra_is_imported() {
    let dir = copy("kota-serang-2023");
    let toml = dir.path().join("lakip.toml");
    let mut text = std::fs::read_to_string(&toml).unwrap();
    text.push_str(
        "\n[renstra]\ntahun_akhir = 2024\n[renstra.target]\n\"nilai minimal b\" = \"100%\"\n",
    );
    std::fs::write(&toml, text).unwrap();
    let bab3 = render(dir.path(), "bab3", "md");
    assert!(
        bab3.contains("| Capaian 2023 | Target Renstra 2024 |"),
        "{bab3}"
    );
    assert!(bab3.contains("Mandiri RB | 105,26% | 100% |"), "{bab3}");
    assert!(!bab3.contains("Target Akhir Renstra"), "{bab3}");
    with_renstra(dir.path());
    let bab3 = render(dir.path(), "bab3", "md");
    assert!(
        bab3.contains("| Capaian 2023 | Target Renstra 2023 | Target Akhir Renstra 2024 |"),
        "{bab3}"
    );
    assert!(
        bab3.contains("Mandiri RB | 105,26% | 90% | 95% | 105,26% |"),
        "{bab3}"
    );
}

/// The output file's name must say the format written: Markdown in `bab3.pdf` (rc 0, before)
/// would be taken for a PDF. Each refusal is one line naming the formats, exit code 2, and
/// nothing is written.
#[test]
fn an_output_name_that_disagrees_with_the_format_is_refused() {
    let dir = copy("kota-serang-2023");
    let (code, _, err) = lakip(dir.path(), &["render", "bab3", "-o", "bab3.pdf"]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err,
        "error: bab3.pdf: lakip render writes Markdown (.md), HTML (.html) or a Word document \
         (.docx), not .pdf; name the file for its format (for a PDF, `lakip build --format pdf`)\n"
    );
    assert!(!dir.path().join("bab3.pdf").exists());
    let (code, _, err) = lakip(
        dir.path(),
        &["render", "bab3", "--format", "md", "-o", "bab3.html"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("bab3.html: --format md writes Markdown, but the file is named .html"),
        "{err}"
    );
    assert!(!dir.path().join("bab3.html").exists());
    // Agreeing, or an extension alone, or no extension: written as before.
    for (args, file, html) in [
        (
            &["render", "bab3", "--format", "html", "-o", "a.HTM"][..],
            "a.HTM",
            true,
        ),
        (
            &["render", "bab3", "-o", "b.markdown"][..],
            "b.markdown",
            false,
        ),
        (
            &["render", "bab3", "--format", "html", "-o", "c"][..],
            "c",
            true,
        ),
    ] {
        let (code, _, err) = lakip(dir.path(), args);
        assert_eq!(code, 0, "{args:?}: {err}");
        let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
        assert_eq!(text.starts_with("<!DOCTYPE html>"), html, "{file}");
    }
}

/// `build -o` names a directory: a file's name (`lkj.pdf`) or an existing file is refused
/// before anything is written.
#[test]
fn build_refuses_an_output_that_names_a_file() {
    let dir = copy("kota-serang-2023");
    let (code, _, err) = lakip(dir.path(), &["build", "--allow-errors", "-o", "lkj.pdf"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.starts_with("error: lkj.pdf: lakip build writes a directory (of chapters, or LKj-"),
        "{err}"
    );
    assert!(err.contains("`lakip render all -o lkj.html`"), "{err}");
    assert!(!dir.path().join("lkj.pdf").exists());
    std::fs::write(dir.path().join("catatan"), "x").unwrap();
    let (code, _, err) = lakip(dir.path(), &["build", "--allow-errors", "-o", "catatan"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("catatan: lakip build writes a directory"),
        "{err}"
    );
    // A directory's name with a dot in it is still a directory.
    let (code, _, err) = lakip(
        dir.path(),
        &["build", "--allow-errors", "-o", "lkj-2023.v2"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(dir.path().join("lkj-2023.v2/index.html").is_file());
}

/// `[satker] logo` puts a picture from the workspace on the cover: inline in the HTML (one file
/// to print), linked by name in the Markdown, and copied beside the chapters by `build`. A logo
/// that is not there is one clear line, exit code 2.
#[test]
fn the_cover_carries_the_logo_named_in_lakip_toml() {
    let dir = copy("kota-serang-2023");
    // The smallest PNG: the signature and an IHDR chunk (its content is not looked at).
    let png: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
    std::fs::write(dir.path().join("logo-kpu.png"), png).unwrap();
    let toml = dir.path().join("lakip.toml");
    let text = std::fs::read_to_string(&toml).unwrap().replace(
        "tempat = \"Serang\"\n",
        "tempat = \"Serang\"\nlogo = \"logo-kpu.png\"\n",
    );
    std::fs::write(&toml, text).unwrap();
    let md = render(dir.path(), "sampul", "md");
    assert!(
        md.contains(
            "**LAPORAN KINERJA**\n\n![Logo KPU Kota Serang](logo-kpu.png)\n\n**KPU KOTA SERANG**"
        ),
        "{md}"
    );
    let html = render(dir.path(), "sampul", "html");
    // base64 of the 16 bytes: iVBORw0KGgoAAAANSUhEUg==
    assert!(
        html.contains(r#"<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==" alt="Logo KPU Kota Serang">"#),
        "{html}"
    );
    let (code, _, err) = lakip(dir.path(), &["build", "--allow-errors"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        std::fs::read(dir.path().join("build/logo-kpu.png")).unwrap(),
        png
    );
    std::fs::remove_file(dir.path().join("logo-kpu.png")).unwrap();
    let (code, _, err) = lakip(dir.path(), &["render", "sampul"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: lakip.toml: [satker] logo \"logo-kpu.png\": cannot read "),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}
