//! The Daftar Isi, Daftar Tabel and Daftar Gambar of the whole HTML report, made from what the
//! chapters rendered: every `<h1>` and `<h2>` a line of the Daftar Isi, every `<caption>` of
//! the Daftar Tabel, every `<figcaption>` of the Daftar Gambar. Each gets an id to link to,
//! given here and only in the whole report (a chapter alone has no ids to collide).
//!
//! The lines carry no page numbers: Chromium's print does not implement `target-counter()`,
//! so a page number could only be guessed; the links work in the browser and in the PDF.

use serde::Serialize;

/// One line of a list: its level (1 a chapter, 2 a section), its text as HTML, its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub tingkat: u8,
    pub judul: String,
    pub id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Daftar {
    pub isi: Vec<Entry>,
    pub tabel: Vec<Entry>,
    pub gambar: Vec<Entry>,
}

/// The tags listed, as the templates (and the narrative's Markdown) write them: bare.
const TAGS: [(&str, &str); 4] = [
    ("h1", "isi"),
    ("h2", "isi"),
    ("caption", "tabel"),
    ("figcaption", "gambar"),
];

/// The report with an id on each listed element, and the lists.
pub fn number(html: &str) -> (String, Daftar) {
    let mut out = String::with_capacity(html.len() + 4096);
    let mut daftar = Daftar::default();
    let mut rest = html;
    loop {
        // The next listed opening tag.
        let next = TAGS
            .iter()
            .filter_map(|(tag, list)| rest.find(&format!("<{tag}>")).map(|at| (at, *tag, *list)))
            .min_by_key(|(at, _, _)| *at);
        let Some((at, tag, list)) = next else {
            out.push_str(rest);
            break;
        };
        let open = format!("<{tag}>");
        let close = format!("</{tag}>");
        let body_start = at + open.len();
        let Some(len) = rest[body_start..].find(&close) else {
            out.push_str(rest);
            break;
        };
        let body = &rest[body_start..body_start + len];
        let entries = match list {
            "isi" => &mut daftar.isi,
            "tabel" => &mut daftar.tabel,
            _ => &mut daftar.gambar,
        };
        let id = format!("{list}-{}", entries.len() + 1);
        let judul = plain(body);
        out.push_str(&rest[..at]);
        out.push_str(&format!("<{tag} id=\"{id}\">"));
        out.push_str(body);
        out.push_str(&close);
        if !judul.is_empty() {
            entries.push(Entry {
                tingkat: if tag == "h2" { 2 } else { 1 },
                judul,
                id,
            });
        }
        rest = &rest[body_start + len + close.len()..];
    }
    (out, daftar)
}

/// The text of an element's HTML: tags dropped (a `<br>` a space), entities kept as they are,
/// as the text goes back into HTML.
fn plain(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    crate::text::one_line(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_captions_are_listed_and_given_ids() {
        let html = "<h1>BAB I<br>Pendahuluan</h1><h2>A. Latar &amp; Belakang</h2><h3>Sasaran 1</h3>\
                    <table>\n<caption>Tabel 2.1 PK</caption></table><figure><svg></svg><figcaption>Grafik 3.1 Capaian</figcaption></figure>";
        let (out, d) = number(html);
        assert!(out.starts_with("<h1 id=\"isi-1\">BAB I<br>Pendahuluan</h1><h2 id=\"isi-2\">"));
        assert!(out.contains("<h3>Sasaran 1</h3>"), "h3 is not listed");
        assert!(out.contains("<caption id=\"tabel-1\">Tabel 2.1 PK</caption>"));
        assert!(out.contains("<figcaption id=\"gambar-1\">Grafik 3.1 Capaian</figcaption>"));
        assert_eq!(
            d.isi,
            [
                Entry {
                    tingkat: 1,
                    judul: "BAB I Pendahuluan".into(),
                    id: "isi-1".into()
                },
                Entry {
                    tingkat: 2,
                    judul: "A. Latar &amp; Belakang".into(),
                    id: "isi-2".into()
                }
            ]
        );
        assert_eq!(d.tabel[0].judul, "Tabel 2.1 PK");
        assert_eq!(d.gambar[0].judul, "Grafik 3.1 Capaian");
    }
}
