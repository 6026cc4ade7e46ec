//! `lakip build --format docx|pdf` and `lakip render CHAPTER --format docx`: the LKj as a Word
//! document. Each test opens the document (a zip of XML) and reads what a planning officer
//! relies on: Word's heading styles per chapter, the lists of contents, tables and figures as
//! fields, page numbers i, ii… then 1, 2… from BAB I, header rows repeated and rows not split,
//! the RAK in a landscape section, the charts as pictures, the realisasi figures as
//! `lakip realisasi` computes them, DRAF exactly when the data has errors, the same bytes from
//! the same workspace, and a file docx-rs's reader opens.

use assert_cmd::Command;
use lakip::numbers::parse_amount;
use quick_xml::events::Event;
use rust_decimal::Decimal;
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// (exit code, stdout, stderr) of lakip run in `dir`.
fn lakip(dir: &Path, args: &[&str]) -> (i32, String, String) {
    lakip_with(dir, args, &[])
}

fn lakip_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.env("LAKIP_LANG", "en");
    cmd.current_dir(dir).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    let s = |b: &[u8]| String::from_utf8_lossy(b).to_string();
    (out.status.code().unwrap(), s(&out.stdout), s(&out.stderr))
}

/// A copy of an example workspace (lakip.toml, data/, narasi/), to build in without harm.
fn copy(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = examples().join(name);
    for sub in ["", "data", "narasi"] {
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

/// The Kota Serang example built as a Word document (a draft: its data has errors).
fn kota_serang_docx() -> (tempfile::TempDir, PathBuf) {
    let dir = copy("kota-serang-2023");
    let (code, out, err) = lakip(dir.path(), &["build", "--format", "docx", "--allow-errors"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "wrote build/LKj-kpu-kota-serang-2023.docx (a draft: 15 errors in the data)\n"
    );
    let path = dir.path().join("build/LKj-kpu-kota-serang-2023.docx");
    (dir, path)
}

/// The parts of a Word document: name → text.
fn parts(path: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut out = std::collections::BTreeMap::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        out.insert(entry.name().unwrap().to_string(), bytes);
    }
    out
}

fn text(parts: &std::collections::BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(parts[name].clone()).unwrap()
}

/// What the body holds, in order: paragraphs (style, text), tables (rows of cell texts, and
/// the properties of each row), and the section ends (each `w:sectPr`, as written).
#[derive(Debug)]
enum Item {
    Para {
        style: String,
        text: String,
    },
    Table {
        rows: Vec<Vec<String>>,
        row_props: Vec<String>,
    },
    Section(String),
}

fn body(document: &str) -> Vec<Item> {
    let mut reader = quick_xml::Reader::from_str(document);
    let mut items = Vec::new();
    let mut style = String::new();
    let mut para = String::new();
    let mut in_text = false;
    let mut depth_tbl = 0;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row_props: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut sect: Option<String> = None;
    let mut tr_pr: Option<String> = None;
    loop {
        let event = reader.read_event().unwrap();
        let name = |e: &quick_xml::events::BytesStart| e.name().as_ref().to_string();
        match &event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let n = name(e);
                if let Some(s) = sect.as_mut() {
                    s.push_str(&format!("<{n}"));
                    for a in e.attributes().flatten() {
                        let k = a.key.as_ref().to_string();
                        s.push_str(&format!(" {k}=\"{}\"", a.value));
                    }
                    s.push('>');
                }
                if let Some(t) = tr_pr.as_mut() {
                    t.push_str(&format!("<{n}>"));
                }
                match n.as_str() {
                    "w:tbl" => {
                        depth_tbl += 1;
                        rows.clear();
                        row_props.clear();
                    }
                    "w:tr" => rows.push(Vec::new()),
                    "w:trPr" if matches!(event, Event::Start(_)) => tr_pr = Some(String::new()),
                    "w:tc" => cell.clear(),
                    "w:p" => {
                        style.clear();
                        para.clear();
                    }
                    "w:pStyle" => {
                        for a in e.attributes().flatten() {
                            if a.key.as_ref() == "w:val" {
                                style = a.value.to_string();
                            }
                        }
                    }
                    "w:t" if matches!(event, Event::Start(_)) => in_text = true,
                    "w:sectPr" if matches!(event, Event::Start(_)) => sect = Some(String::new()),
                    _ => {}
                }
            }
            Event::Text(t) if in_text => para.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                let resolved = match r.resolve_char_ref().unwrap() {
                    Some(c) => Some(c.to_string()),
                    None => quick_xml::escape::resolve_predefined_entity(r).map(str::to_string),
                };
                para.push_str(resolved.as_deref().unwrap_or_default());
            }
            Event::End(e) => {
                let n = e.name().as_ref().to_string();
                match n.as_str() {
                    "w:t" => in_text = false,
                    "w:trPr" => row_props.push(tr_pr.take().unwrap_or_default()),
                    "w:p" if depth_tbl > 0 => {
                        if !cell.is_empty() {
                            cell.push(' ');
                        }
                        cell.push_str(&para);
                    }
                    "w:p" if sect.is_none() => items.push(Item::Para {
                        style: style.clone(),
                        text: para.clone(),
                    }),
                    "w:tc" => {
                        if let Some(r) = rows.last_mut() {
                            r.push(cell.trim().to_string())
                        }
                    }
                    "w:tbl" => {
                        depth_tbl -= 1;
                        items.push(Item::Table {
                            rows: std::mem::take(&mut rows),
                            row_props: std::mem::take(&mut row_props),
                        });
                    }
                    "w:sectPr" => items.push(Item::Section(sect.take().unwrap_or_default())),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    items
}

fn headings(items: &[Item], level: &str) -> Vec<String> {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Para { style, text } if style == level => Some(text.clone()),
            _ => None,
        })
        .collect()
}

// ---- structure ---------------------------------------------------------------------------

#[test]
fn every_chapter_in_order_with_word_heading_styles() {
    let (_dir, path) = kota_serang_docx();
    let parts = parts(&path);
    let items = body(&text(&parts, "word/document.xml"));
    assert_eq!(
        headings(&items, "Heading1"),
        [
            "KATA PENGANTAR",
            "IKHTISAR EKSEKUTIF",
            "DAFTAR ISI",
            "DAFTAR TABEL",
            "DAFTAR GAMBAR",
            "BAB I PENDAHULUAN",
            "BAB II PERENCANAAN DAN PERJANJIAN KINERJA",
            "BAB III AKUNTABILITAS KINERJA",
            "BAB IV PENUTUP",
            "LAMPIRAN",
        ]
    );
    let h2 = headings(&items, "Heading2");
    // BAB I's two (the narasi's), BAB II's A and B, BAB III's A and B, the four lampiran.
    assert_eq!(
        h2,
        [
            "A. Latar Belakang",
            "Sistematika Penyajian",
            "A. Rencana Strategis",
            "B. Perjanjian Kinerja",
            "A. Capaian Kinerja",
            "B. Akuntabilitas Keuangan",
            "Lampiran 1. Perjanjian Kinerja",
            "Lampiran 2. Indikator Kinerja Utama",
            "Lampiran 3. Rencana Aksi",
            "Lampiran 4. Pengukuran Kinerja",
        ]
    );
    // BAB III has a heading per sasaran: the example's 13.
    let h3 = headings(&items, "Heading3");
    assert_eq!(h3.iter().filter(|h| h.starts_with("Sasaran ")).count(), 13);
    // The styles are Word's headings, with their outline level: the navigation pane and the
    // table of contents find them.
    let styles = text(&parts, "word/styles.xml");
    for (id, name, level) in [
        ("Heading1", "heading 1", 0),
        ("Heading2", "heading 2", 1),
        ("Heading3", "heading 3", 2),
    ] {
        let at = styles.find(&format!("w:styleId=\"{id}\"")).unwrap();
        let style = &styles[at..at + styles[at..].find("</w:style>").unwrap()];
        assert!(
            style.contains(&format!("<w:name w:val=\"{name}\"")),
            "{style}"
        );
        assert!(
            style.contains(&format!("<w:outlineLvl w:val=\"{level}\"")),
            "{style}"
        );
    }
}

#[test]
fn lists_of_contents_tables_and_figures_are_fields_updated_on_opening() {
    let (_dir, path) = kota_serang_docx();
    let parts = parts(&path);
    let document = text(&parts, "word/document.xml");
    for instruction in [
        r#" TOC \o "1-3" \h \z \u "#,
        r#" TOC \h \z \c "Tabel" "#,
        r#" TOC \h \z \c "Gambar" "#,
    ] {
        assert_eq!(
            document.matches(instruction).count(),
            1,
            "{instruction} once"
        );
    }
    assert!(text(&parts, "word/settings.xml").contains("<w:updateFields w:val=\"true\" />"));
    // Each caption numbered by a SEQ field that keeps the template's number: Tabel 3.14's
    // field sets 14 (`\r 14`) after the text `Tabel 3.`.
    let items = body(&document);
    let captions = headings(&items, "Caption");
    assert!(
        captions.contains(&"Tabel 3.20 Realisasi Anggaran per Program dan Kegiatan".to_string())
    );
    assert!(
        document.contains(r#"Tabel 3.</w:t></w:r><w:r><w:rPr /><w:fldChar w:fldCharType="begin""#)
    );
    assert!(document.contains(r" SEQ Tabel \r 20 \* ARABIC "));
    assert!(document.contains(r" SEQ Gambar \r 1 \* ARABIC "));
    // 2 tables in BAB II (no Renstra imported), 20 in BAB III (13 sasaran, 6 efisiensi
    // tables, the realisasi): 22 table captions.
    assert_eq!(document.matches(" SEQ Tabel ").count(), 22);
}

#[test]
fn page_numbers_roman_in_the_front_matter_then_arabic_from_bab_i() {
    let (_dir, path) = kota_serang_docx();
    let parts = parts(&path);
    let items = body(&text(&parts, "word/document.xml"));
    let sections: Vec<&String> = items
        .iter()
        .filter_map(|i| match i {
            Item::Section(s) => Some(s),
            _ => None,
        })
        .collect();
    // The cover (no page number), the front matter (Kata Pengantar, Ikhtisar, the lists), BAB
    // I to the RAK, the RAK in landscape.
    assert_eq!(sections.len(), 4, "{sections:#?}");
    assert!(!sections[0].contains("<w:footerReference"));
    assert!(sections[1].contains(r#"<w:pgNumType w:start="1" w:fmt="lowerRoman">"#));
    assert!(sections[2].contains(r#"<w:pgNumType w:start="1">"#));
    assert!(
        !sections[3].contains("w:pgNumType"),
        "the landscape pages go on counting"
    );
    // The footer with the PAGE field is the front matter's; the others inherit it.
    assert!(sections[1].contains("<w:footerReference"));
    let footers: Vec<&String> = parts
        .keys()
        .filter(|k| k.starts_with("word/footer"))
        .collect();
    assert!(!footers.is_empty());
    for f in footers {
        let footer = text(&parts, f);
        assert!(
            footer.contains("<w:instrText> PAGE </w:instrText>"),
            "{footer}"
        );
    }
    // The section that restarts at 1 is the one BAB I starts: its first heading.
    let bab1 = items
        .iter()
        .position(|i| matches!(i, Item::Para { text, .. } if text == "BAB I PENDAHULUAN"))
        .unwrap();
    // The front matter's section ends after the cover's.
    let first_end = items
        .iter()
        .enumerate()
        .filter(|(_, i)| matches!(i, Item::Section(_)))
        .map(|(k, _)| k)
        .nth(1)
        .unwrap();
    assert!(first_end < bab1);
    assert!(!items[first_end..bab1]
        .iter()
        .any(|i| matches!(i, Item::Para { style, .. } if style.starts_with("Heading"))));
}

#[test]
fn tables_repeat_their_header_row_and_keep_rows_whole() {
    let (_dir, path) = kota_serang_docx();
    let parts = parts(&path);
    let items = body(&text(&parts, "word/document.xml"));
    let mut tables = 0;
    for item in &items {
        if let Item::Table { rows, row_props } = item {
            tables += 1;
            assert_eq!(rows.len(), row_props.len());
            assert!(row_props[0].contains("<w:tblHeader>"), "{:?}", rows[0]);
            assert!(row_props
                .iter()
                .skip(1)
                .all(|p| !p.contains("<w:tblHeader>")));
            assert!(row_props.iter().all(|p| p.contains("<w:cantSplit>")));
        }
    }
    // Ikhtisar 1, BAB II 3, BAB III 13 sasaran + 4 efisiensi + realisasi, lampiran: 7 PK
    // (their sasaran and the budget of the first), the IKU, 1 RAK.
    assert!(tables >= 25, "{tables} tables");
    // A caption is kept with its table: the Caption paragraph carries keepNext.
    let document = text(&parts, "word/document.xml");
    let at = document.find("Tabel 3.").unwrap();
    let para = &document[document[..at].rfind("<w:p ").unwrap()..at];
    assert!(para.contains(r#"<w:pStyle w:val="Caption" />"#) && para.contains("<w:keepNext />"));
}

#[test]
fn the_rak_is_in_a_landscape_section() {
    let (_dir, path) = kota_serang_docx();
    let parts = parts(&path);
    let items = body(&text(&parts, "word/document.xml"));
    let rak = items
        .iter()
        .position(|i| matches!(i, Item::Para { text, .. } if text == "Lampiran 3. Rencana Aksi"))
        .unwrap();
    // The section the RAK heading is in ends at the first section end after it.
    let end = items[rak..]
        .iter()
        .find_map(|i| match i {
            Item::Section(s) => Some(s),
            _ => None,
        })
        .unwrap();
    // A4 turned: 297 × 210 mm = 16838 × 11906 twips.
    assert!(
        end.contains(r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape">"#),
        "{end}"
    );
    // The section before it, the rest of the lampiran, is portrait.
    let before = items[..rak]
        .iter()
        .rev()
        .find_map(|i| match i {
            Item::Section(s) => Some(s),
            _ => None,
        })
        .unwrap();
    assert!(before.contains(r#"w:orient="portrait""#));
}

#[test]
fn each_chart_is_a_png_with_its_caption() {
    let (_dir, path) = kota_serang_docx();
    let parts = parts(&path);
    let media: Vec<&String> = parts
        .keys()
        .filter(|k| k.starts_with("word/media/") && k.ends_with(".png"))
        .collect();
    // Capaian per indikator and serapan per program.
    assert_eq!(media.len(), 2, "{media:?}");
    for m in &media {
        assert!(
            parts[*m].starts_with(&[137, 80, 78, 71, 13, 10, 26, 10]),
            "{m} is a PNG"
        );
    }
    let items = body(&text(&parts, "word/document.xml"));
    let captions = headings(&items, "Caption");
    assert!(
        captions.contains(&"Grafik 3.1 Capaian kinerja per indikator terhadap 100%".to_string())
    );
    assert!(captions.contains(&"Grafik 3.2 Serapan anggaran per program".to_string()));
    let document = text(&parts, "word/document.xml");
    assert_eq!(document.matches("<w:drawing>").count(), 2);
}

// ---- figures -----------------------------------------------------------------------------

/// A rupiah cell as a number: `Rp22.661.424.000` → 22661424000.
fn rupiah(cell: &str) -> Decimal {
    parse_amount(cell).unwrap().unwrap().value
}

#[test]
fn the_realisasi_table_holds_the_figures_lakip_realisasi_computes() {
    let (dir, path) = kota_serang_docx();
    let items = body(&text(&parts(&path), "word/document.xml"));
    let caption = items
        .iter()
        .position(
            |i| matches!(i, Item::Para { text, .. } if text.starts_with("Tabel 3.20 Realisasi")),
        )
        .unwrap();
    let Item::Table { rows, .. } = &items[caption + 1] else {
        panic!("no table after the caption");
    };
    assert_eq!(rows[0], ["Uraian", "Pagu", "Realisasi", "Serapan", "Sisa"]);
    let (code, json, err) = lakip(dir.path(), &["realisasi", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let json: Value = serde_json::from_str(&json).unwrap();
    let lines = json["rows"].as_array().unwrap();
    // Every program and kegiatan line, then the total.
    assert_eq!(rows.len() - 1, lines.len());
    for (row, line) in rows[1..].iter().zip(lines) {
        let figure = |k: &str| line[k].as_str().unwrap().parse::<Decimal>().unwrap();
        assert_eq!(
            row[0].trim_start_matches('\u{a0}'),
            line["uraian"].as_str().unwrap()
        );
        assert_eq!(rupiah(&row[1]), figure("pagu"), "{row:?}");
        assert_eq!(rupiah(&row[2]), figure("realisasi"), "{row:?}");
        assert_eq!(rupiah(&row[4]), figure("sisa"), "{row:?}");
    }
    // By hand: the two programs' pagu, 18.256.393.000 + 4.405.031.000 = 22.661.424.000, and
    // the total's sisa 22.661.424.000 − 22.484.897.437 = 176.526.563.
    let total = rows.last().unwrap();
    assert_eq!(total[0], "Jumlah");
    assert_eq!(rupiah(&total[1]), Decimal::from(22_661_424_000i64));
    assert_eq!(rupiah(&total[2]), Decimal::from(22_484_897_437i64));
    assert_eq!(rupiah(&total[4]), Decimal::from(176_526_563i64));
    assert_eq!(total[3], "99,22%");
}

// ---- draft, determinism, reading back ------------------------------------------------------

/// The DRAF line, if the document's header carries it, and whether every section refers to
/// that header.
fn draft_everywhere(path: &Path) -> (Option<String>, bool) {
    let parts = parts(path);
    let header = parts
        .keys()
        .filter(|k| k.starts_with("word/header"))
        .map(|k| text(&parts, k))
        .find(|h| h.contains("DRAF"));
    let items = body(&text(&parts, "word/document.xml"));
    let all = items.iter().all(|i| match i {
        Item::Section(s) => s.contains("<w:headerReference"),
        _ => true,
    });
    let line = header.map(|h| {
        let at = h.find("DRAF").unwrap();
        h[at..at + h[at..].find('<').unwrap()].to_string()
    });
    (line, all)
}

#[test]
fn draf_on_every_page_exactly_when_check_finds_errors() {
    let (dir, path) = kota_serang_docx();
    let (line, everywhere) = draft_everywhere(&path);
    // `lakip check` finds 15 errors in the example (6 capaian, 5 percent, target-mismatch,
    // pk-numbering, sum-heading, no-uraian).
    assert_eq!(
        line.as_deref(),
        Some("DRAF — data masih memuat 15 kesalahan menurut lakip check.")
    );
    assert!(everywhere, "every section's pages carry the DRAF header");
    // Without --allow-errors nothing is written and the exit code says why.
    std::fs::remove_file(&path).unwrap();
    let (code, _, err) = lakip(dir.path(), &["build", "--format", "docx"]);
    assert_eq!(code, 1, "{err}");
    assert!(!path.exists());
    // The same data with those rules allowed: check finds no error, and no page says DRAF.
    let toml = dir.path().join("lakip.toml");
    let config = std::fs::read_to_string(&toml).unwrap().replace(
        "allow = []",
        r#"allow = ["capaian", "percent", "target-mismatch", "pk-numbering", "sum-heading", "no-uraian"]"#,
    );
    std::fs::write(&toml, config).unwrap();
    let (code, out, err) = lakip(dir.path(), &["build", "--format", "docx"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "wrote build/LKj-kpu-kota-serang-2023.docx\n");
    let (line, _) = draft_everywhere(&path);
    assert_eq!(line, None);
    assert!(!std::fs::read(&path)
        .map(|b| String::from_utf8_lossy(&b).contains("DRAF"))
        .unwrap());
}

#[test]
fn the_same_workspace_gives_the_same_bytes() {
    let (dir, path) = kota_serang_docx();
    let first = std::fs::read(&path).unwrap();
    let (code, _, err) = lakip(dir.path(), &["build", "--format", "docx", "--allow-errors"]);
    assert_eq!(code, 0, "{err}");
    assert!(first == std::fs::read(&path).unwrap(), "two builds differ");
    // No clock in it: the document's dates are fixed.
    let core = text(&parts(&path), "docProps/core.xml");
    assert!(core.contains("2000-01-01T00:00:00Z"), "{core}");
}

#[test]
fn docx_rs_reads_it_back() {
    let (_dir, path) = kota_serang_docx();
    let bytes = std::fs::read(&path).unwrap();
    let docx = docx_rs::read_docx(&bytes).unwrap();
    let text = serde_json::to_string(&docx.document).unwrap();
    assert!(text.contains("BAB III AKUNTABILITAS KINERJA"));
}

// ---- one chapter, settings, bad cases --------------------------------------------------------

#[test]
fn render_writes_one_chapter_and_needs_a_file() {
    let dir = copy("kota-serang-2023");
    let (code, _, err) = lakip(dir.path(), &["render", "bab3", "--format", "docx"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: --format docx writes a Word document: name it with -o FILE.docx (lakip render bab3 --format docx -o bab3.docx)\n"
    );
    // The extension names the format.
    let (code, _, err) = lakip(dir.path(), &["render", "bab3", "-o", "bab3.docx"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.ends_with("wrote bab3.docx\n"), "{err}");
    let items = body(&text(
        &parts(&dir.path().join("bab3.docx")),
        "word/document.xml",
    ));
    assert_eq!(
        headings(&items, "Heading1"),
        ["BAB III AKUNTABILITAS KINERJA"]
    );
    // One chapter: no lists of contents, numbered from 1.
    let sections: Vec<&Item> = items
        .iter()
        .filter(|i| matches!(i, Item::Section(_)))
        .collect();
    assert_eq!(sections.len(), 1);
    // An extension and a format that disagree are refused before anything is written.
    let (code, _, err) = lakip(
        dir.path(),
        &["render", "bab3", "--format", "docx", "-o", "bab3.md"],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("--format docx writes a Word document, but the file is named .md"),
        "{err}"
    );
}

#[test]
fn dokumen_settings_set_the_font_size_spacing_and_margins() {
    let dir = copy("kota-serang-2023");
    let toml = dir.path().join("lakip.toml");
    let mut config = std::fs::read_to_string(&toml).unwrap();
    config.push_str(
        "\n[dokumen]\nfont = \"Bookman Old Style\"\nukuran_font = 11\nspasi = 1.15\nmargin_cm = [4, 3, 3, 4]\n",
    );
    std::fs::write(&toml, &config).unwrap();
    let (code, _, err) = lakip(dir.path(), &["render", "bab1", "-o", "bab1.docx"]);
    assert_eq!(code, 0, "{err}");
    let parts = parts(&dir.path().join("bab1.docx"));
    let styles = text(&parts, "word/styles.xml");
    assert!(
        styles.contains(r#"w:ascii="Bookman Old Style""#),
        "{styles}"
    );
    // 11 pt = 22 half-points; 1.15 lines = 276 240ths.
    assert!(styles.contains(r#"<w:sz w:val="22" />"#));
    assert!(styles.contains(r#"w:line="276""#));
    // 4 cm = 4 × 1440 ÷ 2.54 = 2267.7 → 2268 twips; 3 cm = 1700.8 → 1701.
    let document = text(&parts, "word/document.xml");
    assert!(
        document.contains(r#"<w:pgMar w:top="2268" w:right="1701" w:bottom="1701" w:left="2268""#)
    );
    // A value out of range: one line naming the setting, exit 2.
    std::fs::write(
        &toml,
        config.replace("ukuran_font = 11", "ukuran_font = 40"),
    )
    .unwrap();
    let (code, _, err) = lakip(dir.path(), &["render", "bab1", "-o", "bab1.docx"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: lakip.toml: [dokumen] ukuran_font must be a size in points from 8 to 16, like 12 or 11.5\n"
    );
}

// ---- PDF ---------------------------------------------------------------------------------

#[test]
fn pdf_without_libreoffice_says_so_and_writes_nothing() {
    let dir = copy("kota-serang-2023");
    // No program at all on PATH: no soffice.
    let (code, out, err) = lakip_with(
        dir.path(),
        &["build", "--format", "pdf", "--allow-errors"],
        &[("PATH", "")],
    );
    assert_eq!(code, 2, "{out}");
    assert_eq!(
        err,
        "error: --format pdf needs LibreOffice (soffice) to turn the Word document into a PDF, and none is on PATH; install it (apt-get install libreoffice-writer), or build the Word document with --format docx\n"
    );
    assert!(!dir.path().join("build").exists());
}

#[test]
fn pdf_with_libreoffice_has_its_lists_filled_in() {
    if lakip::render::pdf::office().is_none() {
        eprintln!("skipped: LibreOffice (soffice) is not installed, so no PDF can be made here");
        return;
    }
    let dir = copy("kota-serang-2023");
    let (code, out, err) = lakip(dir.path(), &["build", "--format", "pdf", "--allow-errors"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "wrote build/LKj-kpu-kota-serang-2023.docx and build/LKj-kpu-kota-serang-2023.pdf (a draft: 15 errors in the data)\n"
    );
    let pdf = dir.path().join("build/LKj-kpu-kota-serang-2023.pdf");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let Ok(text) = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
    else {
        eprintln!("pdftotext (poppler-utils) is not installed: the PDF's text is not read");
        return;
    };
    let text = String::from_utf8_lossy(&text.stdout);
    // The list of tables is filled in: each caption appears twice, in the list and over its
    // table; the list of contents names BAB III.
    assert_eq!(
        text.matches("Tabel 3.20 Realisasi Anggaran per Program dan Kegiatan")
            .count(),
        2
    );
    assert!(text.matches("BAB III AKUNTABILITAS KINERJA").count() >= 2);
    assert!(text.contains("DRAF — data masih memuat 15 kesalahan"));
}
