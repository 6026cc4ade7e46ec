//! Stage 5, render: the chapters of the Laporan Kinerja from tera templates, in Markdown and
//! HTML, every figure from data that `check` has proven.
//!
//! The templates in `templates/` are embedded in the binary, so an installed lakip needs no
//! other files; a workspace's own `templates/` overrides them file by file. The narrative is
//! the satker's own, in `narasi/` (`kata-pengantar.md`, `bab1.md`, `bab4.md`,
//! `bab3/sasaran-1.md`…), itself a template: `{{ satker.nama }}` and the filters work there too.

pub mod chart;
pub mod daftar;
pub mod docx;
pub mod filters;
pub mod kerangka;
pub mod pdf;
pub mod png;
pub mod terbilang;
pub mod view;

use crate::error::input_error;
use crate::model::Document;
use crate::workspace::Workspace;
use std::path::{Path, PathBuf};
use tera::{Context, Tera};

/// The templates shipped with lakip: (name, text).
pub const EMBEDDED: [(&str, &str); 22] = [
    ("base.html", include_str!("../../templates/base.html")),
    ("ringkasan.md", include_str!("../../templates/ringkasan.md")),
    ("index.html", include_str!("../../templates/index.html")),
    ("daftar.html", include_str!("../../templates/daftar.html")),
    ("ttd.md", include_str!("../../templates/ttd.md")),
    ("ttd.html", include_str!("../../templates/ttd.html")),
    ("sampul.md", include_str!("../../templates/sampul.md")),
    ("sampul.html", include_str!("../../templates/sampul.html")),
    ("pengantar.md", include_str!("../../templates/pengantar.md")),
    (
        "pengantar.html",
        include_str!("../../templates/pengantar.html"),
    ),
    ("ikhtisar.md", include_str!("../../templates/ikhtisar.md")),
    (
        "ikhtisar.html",
        include_str!("../../templates/ikhtisar.html"),
    ),
    ("bab1.md", include_str!("../../templates/bab1.md")),
    ("bab1.html", include_str!("../../templates/bab1.html")),
    ("bab2.md", include_str!("../../templates/bab2.md")),
    ("bab2.html", include_str!("../../templates/bab2.html")),
    ("bab3.md", include_str!("../../templates/bab3.md")),
    ("bab3.html", include_str!("../../templates/bab3.html")),
    ("bab4.md", include_str!("../../templates/bab4.md")),
    ("bab4.html", include_str!("../../templates/bab4.html")),
    ("lampiran.md", include_str!("../../templates/lampiran.md")),
    (
        "lampiran.html",
        include_str!("../../templates/lampiran.html"),
    ),
];

/// A chapter of the LKj, in the order the report has them (PermenPANRB 53/2014).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Chapter {
    /// The cover: LAPORAN KINERJA, the satker, the year, the logo.
    Sampul,
    /// Kata Pengantar: `narasi/kata-pengantar.md`, signed.
    Pengantar,
    Ikhtisar,
    Bab1,
    Bab2,
    Bab3,
    Bab4,
    Lampiran,
    /// Every chapter, one after the other.
    All,
}

impl Chapter {
    pub const EACH: [Chapter; 8] = [
        Chapter::Sampul,
        Chapter::Pengantar,
        Chapter::Ikhtisar,
        Chapter::Bab1,
        Chapter::Bab2,
        Chapter::Bab3,
        Chapter::Bab4,
        Chapter::Lampiran,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Chapter::Sampul => "sampul",
            Chapter::Pengantar => "pengantar",
            Chapter::Ikhtisar => "ikhtisar",
            Chapter::Bab1 => "bab1",
            Chapter::Bab2 => "bab2",
            Chapter::Bab3 => "bab3",
            Chapter::Bab4 => "bab4",
            Chapter::Lampiran => "lampiran",
            Chapter::All => "lkj",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Chapter::Sampul => "Sampul",
            Chapter::Pengantar => "Kata Pengantar",
            Chapter::Ikhtisar => "Ikhtisar Eksekutif",
            Chapter::Bab1 => "BAB I Pendahuluan",
            Chapter::Bab2 => "BAB II Perencanaan dan Perjanjian Kinerja",
            Chapter::Bab3 => "BAB III Akuntabilitas Kinerja",
            Chapter::Bab4 => "BAB IV Penutup",
            Chapter::Lampiran => "Lampiran",
            Chapter::All => "Laporan Kinerja",
        }
    }

    /// Comes before BAB I: numbered i, ii… in the Word document.
    pub fn is_front_matter(self) -> bool {
        let at = |c: Chapter| Chapter::EACH.iter().position(|&e| e == c);
        at(self) < at(Chapter::Bab1)
    }

    fn parts(self) -> Vec<Chapter> {
        match self {
            Chapter::All => Chapter::EACH.to_vec(),
            one => vec![one],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    Html,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
        }
    }
}

/// The templates of one workspace, and what rendering them has to say.
pub struct Renderer {
    tera: Tera,
    context: Context,
    /// The workspace's own templates used instead of the embedded ones.
    overridden: Vec<String>,
    /// Narrative snippets that are missing (`bab1`, `sasaran-3`).
    missing: Vec<String>,
    /// Narrative snippets in error, with the message.
    snippet_errors: std::collections::BTreeMap<String, String>,
    /// The chapters are a draft: the data has errors, or the report lacks something.
    draft: Option<Draf>,
    /// What the report lacks (a chapter's documents, who signs and when).
    kurang: Vec<view::Kurang>,
    /// No Renstra imported: BAB II says so instead of Tabel 2.1.
    without_renstra: bool,
    /// Narrative snippets that still hold the skeleton's `[Tuliskan …]` placeholders.
    unfilled: Vec<String>,
    /// The files the Markdown links to: the charts as SVG, the logo.
    pictures: Vec<(String, Vec<u8>)>,
    /// The charts of the view by name, as SVG (`None`: no data to draw), for the Word document.
    charts: std::collections::BTreeMap<String, Option<String>>,
}

/// Why the chapters are a draft, as the DRAF mark says it.
#[derive(Debug, Clone, serde::Serialize)]
struct Draf {
    /// Errors `lakip check` finds in the data.
    kesalahan: usize,
    /// What the report lacks: `BAB II: Perjanjian Kinerja belum diimpor`.
    kurang: Vec<String>,
}

impl Renderer {
    /// Loads the templates (the workspace's own over the embedded ones) and builds the view of
    /// the workspace's documents, narrative included.
    pub fn new(
        ws: &Workspace,
        docs: &[Document],
        earlier: &[view::Year],
    ) -> anyhow::Result<Renderer> {
        let mut tera = Tera::new();
        filters::register(&mut tera);
        let mut templates: Vec<(String, String)> = EMBEDDED
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        let mut overridden = Vec::new();
        for (name, text) in own_templates(&ws.root.join("templates"))? {
            match templates.iter_mut().find(|(n, _)| *n == name) {
                Some((_, embedded)) => {
                    *embedded = text;
                    overridden.push(name);
                }
                // A template of the workspace's own (`kop.html`), for the others to include.
                None => templates.push((name, text)),
            }
        }
        tera.add_raw_templates(templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| template_error(&ws.root, &e))?;
        let lkj = view::build(ws, docs, earlier)?;
        let charts = serde_json::from_value(serde_json::to_value(&lkj.grafik)?)?;
        let mut context = Context::from_serialize(&lkj).map_err(|e| input_error(format!("{e}")))?;
        let narasi = Narasi::load(ws, &tera, &context, &lkj)?;
        context.insert("narasi", &narasi.markdown);
        context.insert("narasi_html", &narasi.html);
        context.insert("narasi_file", &narasi.files);
        let mut pictures = Vec::new();
        for (name, svg) in [
            ("grafik-capaian.svg", &lkj.grafik.capaian),
            ("grafik-serapan.svg", &lkj.grafik.serapan),
        ] {
            if let Some(svg) = svg {
                pictures.push((name.to_string(), svg.clone().into_bytes()));
            }
        }
        if let Some(logo) = &lkj.satker.logo {
            pictures.push((logo.file.clone(), logo.bytes.clone()));
        }
        let mut renderer = Renderer {
            tera,
            context,
            overridden,
            missing: narasi.missing,
            snippet_errors: narasi.errors,
            draft: None,
            kurang: lkj.kurang,
            without_renstra: lkj.renstra.is_none() && !docs.is_empty(),
            unfilled: narasi.unfilled,
            pictures,
            charts,
        };
        renderer.set_draft(0);
        Ok(renderer)
    }

    /// Marks every chapter a draft when the data still has `errors` errors or the report
    /// lacks something.
    pub fn set_draft(&mut self, errors: usize) {
        self.draft = (errors > 0 || !self.kurang.is_empty()).then(|| Draf {
            kesalahan: errors,
            kurang: self
                .kurang
                .iter()
                .map(|k| format!("{}: {}", k.bagian, k.apa))
                .collect(),
        });
        self.context.insert("draf", &self.draft);
    }

    /// The pictures the Markdown chapters link to by name (`grafik-capaian.svg`, the logo):
    /// `build` writes them beside the chapters.
    pub fn pictures(&self) -> &[(String, Vec<u8>)] {
        &self.pictures
    }

    /// What the report lacks; while anything is listed it is a draft, and `build` refuses it
    /// without `--allow-errors`.
    pub fn incomplete(&self) -> &[view::Kurang] {
        &self.kurang
    }

    /// What rendering these chapters has to say: the workspace's own templates in use, and
    /// each missing narrative snippet the chapters show a placeholder for.
    pub fn warnings(&self, chapters: &[Chapter]) -> Vec<String> {
        let parts: Vec<Chapter> = chapters.iter().flat_map(|c| c.parts()).collect();
        let uses = |snippet: &str| uses(&parts, snippet);
        let mut out: Vec<String> = self
            .overridden
            .iter()
            .map(|n| crate::t!("render-own-template", name = n.as_str()))
            .collect();
        out.extend(
            self.missing
                .iter()
                .filter(|m| uses(m))
                .map(|m| crate::t!("render-narasi-missing", path = narasi_path(m))),
        );
        out.extend(
            self.unfilled
                .iter()
                .filter(|m| uses(m))
                .map(|m| crate::t!("render-narasi-unfilled", path = narasi_path(m))),
        );
        if self.without_renstra && parts.contains(&Chapter::Bab2) {
            out.push(crate::t!("render-no-renstra"));
        }
        out
    }

    /// One chapter (or all of them) in one format, as the bytes to write.
    pub fn render(&self, chapter: Chapter, format: Format, root: &Path) -> anyhow::Result<String> {
        let mut parts = Vec::new();
        for (part, text) in self.parts(chapter, format, root)? {
            let text = match format {
                // The Word document's markers are the Word document's alone.
                Format::Md => docx::strip_markers(&text).trim().to_string(),
                Format::Html => text,
            };
            parts.push((part, text));
        }
        match format {
            Format::Md => {
                let draft = match &self.draft {
                    Some(d) => format!("> **DRAF** — {}\n\n", draft_reason(d, "`lakip check`")),
                    None => String::new(),
                };
                let texts: Vec<&str> = parts.iter().map(|(_, t)| t.as_str()).collect();
                Ok(format!("{draft}{}\n", texts.join("\n\n")))
            }
            Format::Html => {
                // Each chapter a section (its name a class, for the page it prints on): in the
                // whole report each starts on a new page.
                // Why it is a draft, said at the top of the first page (inside the first
                // section, so the cover keeps its page).
                let banner = match &self.draft {
                    Some(d) => format!(
                        "<p class=\"draf\">DRAF — {}</p>\n",
                        chart::esc(&draft_reason(d, "lakip check"))
                    ),
                    None => String::new(),
                };
                let mut sections: Vec<String> = parts
                    .iter()
                    .enumerate()
                    .map(|(k, (part, p))| {
                        let banner = if k == 0 { banner.as_str() } else { "" };
                        format!(
                            "<section class=\"bab {}\">\n{banner}{p}\n</section>",
                            part.name()
                        )
                    })
                    .collect();
                if chapter == Chapter::All {
                    sections = self.with_daftar(sections, root)?;
                }
                self.page(chapter.title(), &sections.join("\n"), root)
            }
        }
    }

    /// The whole report with its Daftar Isi, Daftar Tabel and Daftar Gambar, made from the
    /// headings and captions of the rendered chapters, before BAB I.
    fn with_daftar(&self, sections: Vec<String>, root: &Path) -> anyhow::Result<Vec<String>> {
        let (numbered, lists) = daftar::number(&sections.join("\n"));
        let mut context = self.context.clone();
        context.insert("daftar", &lists);
        let text = self
            .tera
            .render("daftar.html", &context)
            .map_err(|e| template_error(root, &e))?;
        let before = "<section class=\"bab bab1\">";
        let at = numbered.find(before).unwrap_or(numbered.len());
        Ok(vec![
            numbered[..at].trim_end().to_string(),
            text.trim().to_string(),
            numbered[at..].to_string(),
        ])
    }

    /// Each part of a chapter rendered from its template, trimmed.
    fn parts(
        &self,
        chapter: Chapter,
        format: Format,
        root: &Path,
    ) -> anyhow::Result<Vec<(Chapter, String)>> {
        let shown_parts = chapter.parts();
        if let Some((_, e)) = self
            .snippet_errors
            .iter()
            .find(|(name, _)| uses(&shown_parts, name))
        {
            return Err(input_error(e.clone()));
        }
        let mut parts = Vec::new();
        for part in shown_parts {
            let name = format!("{}.{}", part.name(), format.extension());
            let text = self
                .tera
                .render(&name, &self.context)
                .map_err(|e| template_error(root, &e))?;
            parts.push((part, text.trim().to_string()));
        }
        Ok(parts)
    }

    /// One chapter (or all of them) as a Word document, from the Markdown templates: the
    /// document's bytes, and warnings (a picture it could not use, an unknown marker).
    pub fn docx(
        &self,
        chapter: Chapter,
        layout: &docx::Layout,
        root: &Path,
    ) -> anyhow::Result<(Vec<u8>, Vec<String>)> {
        let parts = self
            .parts(chapter, Format::Md, root)?
            .into_iter()
            .map(|(part, markdown)| docx::Part {
                name: part.name().to_string(),
                markdown,
                front: part.is_front_matter(),
            })
            .collect();
        let report = docx::Report {
            parts,
            charts: self.charts.clone(),
            draft: self.draft_line(),
            layout,
            root: root.to_path_buf(),
            lists: chapter == Chapter::All,
        };
        docx::write(&report)
    }

    /// The line every page of a draft carries: the data still has errors.
    pub fn draft_line(&self) -> Option<String> {
        self.draft
            .as_ref()
            .map(|d| format!("DRAF — {}", draft_reason(d, "lakip check")))
    }

    /// A self-contained HTML page around rendered content.
    fn page(&self, title: &str, content: &str, root: &Path) -> anyhow::Result<String> {
        let mut context = self.context.clone();
        context.insert("judul", title);
        context.insert("konten", content);
        self.tera
            .render("base.html", &context)
            .map_err(|e| template_error(root, &e))
    }

    /// The index page linking every chapter.
    pub fn index(&self, root: &Path) -> anyhow::Result<String> {
        let chapters: Vec<serde_json::Value> = Chapter::EACH
            .iter()
            .chain(std::iter::once(&Chapter::All))
            .map(|c| {
                serde_json::json!({
                    "judul": c.title(),
                    "html": format!("{}.html", c.name()),
                    "md": format!("{}.md", c.name()),
                })
            })
            .collect();
        let mut context = self.context.clone();
        context.insert("bab", &chapters);
        let content = self
            .tera
            .render("index.html", &context)
            .map_err(|e| template_error(root, &e))?;
        self.page("Laporan Kinerja", &content, root)
    }
}

/// The files of a workspace's `templates/`, by name.
fn own_templates(dir: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if !path.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(|e| {
            input_error(format!("{}: cannot read as UTF-8 text: {e}", shown(&path)))
        })?;
        out.push((name.to_string(), text));
    }
    out.sort();
    Ok(out)
}

/// `data masih memuat 15 kesalahan menurut lakip check; data belum lengkap: BAB II: …`.
fn draft_reason(d: &Draf, check: &str) -> String {
    let mut reasons = Vec::new();
    if d.kesalahan > 0 {
        reasons.push(format!(
            "data masih memuat {} kesalahan menurut {check}",
            d.kesalahan
        ));
    }
    if !d.kurang.is_empty() {
        reasons.push(format!("laporan belum lengkap: {}", d.kurang.join("; ")));
    }
    format!("{}.", reasons.join("; "))
}

/// Where a narrative snippet is read from: `sasaran-N` in `narasi/bab3/`, the others in
/// `narasi/`.
fn narasi_path(name: &str) -> String {
    if name.starts_with("sasaran-") {
        format!("narasi/bab3/{name}.md")
    } else {
        format!("narasi/{name}.md")
    }
}

/// Does one of these chapters show this narrative snippet?
fn uses(parts: &[Chapter], snippet: &str) -> bool {
    match snippet {
        "kata-pengantar" => parts.contains(&Chapter::Pengantar),
        "bab1" => parts.contains(&Chapter::Bab1),
        "bab4" => parts.contains(&Chapter::Bab4),
        _ => parts.contains(&Chapter::Bab3),
    }
}

/// The satker's narrative, each snippet filled in: as Markdown, and as escaped HTML paragraphs.
struct Narasi {
    markdown: std::collections::BTreeMap<String, String>,
    html: std::collections::BTreeMap<String, String>,
    /// The file each snippet is (or would be) read from, as the placeholders name it.
    files: std::collections::BTreeMap<String, String>,
    missing: Vec<String>,
    /// Snippets that still hold a skeleton's `[Tuliskan …]` placeholders.
    unfilled: Vec<String>,
    /// Snippets that could not be read or filled in: an error for the chapters that show them.
    errors: std::collections::BTreeMap<String, String>,
}

impl Narasi {
    fn load(
        ws: &Workspace,
        tera: &Tera,
        context: &Context,
        lkj: &view::Lkj,
    ) -> anyhow::Result<Narasi> {
        let mut names = vec![
            "kata-pengantar".to_string(),
            "bab1".to_string(),
            "bab4".to_string(),
        ];
        names.extend(lkj.capaian.iter().map(|s| format!("sasaran-{}", s.no)));
        let mut markdown = std::collections::BTreeMap::new();
        let mut html = std::collections::BTreeMap::new();
        let mut files = std::collections::BTreeMap::new();
        let mut missing = Vec::new();
        let mut unfilled = Vec::new();
        let mut errors = std::collections::BTreeMap::new();
        for name in names {
            let path = snippet_file(&ws.root, &name);
            files.insert(name.clone(), narasi_path(&name));
            let text = match std::fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(source) => {
                        // Saved on Windows: line ends as on paper.
                        let source = source.replace("\r\n", "\n");
                        // The skeleton's guidance (a comment) is for the writer, not the
                        // report; taken out before the template fills the rest.
                        let source = kerangka::strip_guidance(&source);
                        match tera.render_str(&source, context, false) {
                            Ok(text) => text,
                            Err(e) => {
                                errors.insert(name.clone(), snippet_error(&path, &e).to_string());
                                String::new()
                            }
                        }
                    }
                    Err(_) => {
                        errors.insert(
                            name.clone(),
                            format!("{}: not UTF-8 text; save it as UTF-8", shown(&path)),
                        );
                        String::new()
                    }
                },
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    missing.push(name.clone());
                    format!("[Narasi belum ditulis: tulis {}]", narasi_path(&name))
                }
                Err(e) => {
                    errors.insert(name.clone(), format!("{}: cannot read: {e}", shown(&path)));
                    String::new()
                }
            };
            if text
                .lines()
                .any(|l| l.trim_start().starts_with("[Tuliskan"))
            {
                unfilled.push(name.clone());
            }
            html.insert(name.clone(), paragraphs(&text));
            markdown.insert(name, text.trim().to_string());
        }
        Ok(Narasi {
            markdown,
            html,
            files,
            missing,
            unfilled,
            errors,
        })
    }
}

/// The file a snippet is read from: a sasaran's from `narasi/bab3/`, or from `narasi/` where
/// an older workspace keeps it (`narasi/sasaran-1.md`).
fn snippet_file(root: &Path, name: &str) -> PathBuf {
    let narasi = root.join("narasi");
    if name.starts_with("sasaran-") {
        let own = narasi.join("bab3").join(format!("{name}.md"));
        let old = narasi.join(format!("{name}.md"));
        if !own.exists() && old.exists() {
            return old;
        }
        return own;
    }
    narasi.join(format!("{name}.md"))
}

/// The narrative's Markdown as HTML: headings, lists, emphasis, tables; any HTML written in it
/// is shown as text, never run.
pub(crate) fn paragraphs(text: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser};
    let events = Parser::new_ext(text, Options::ENABLE_TABLES).map(|e| match e {
        Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
        other => other,
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    html.trim_end().to_string()
}

/// `templates/bab3.md:12: message`: a template error names the template and its line.
fn template_error(root: &Path, e: &tera::Error) -> anyhow::Error {
    located(&root.join("templates"), e)
}

fn snippet_error(path: &Path, e: &tera::Error) -> anyhow::Error {
    match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
            input_error(format!(
                "{}:{}: {}",
                shown(path),
                r.span().start_line,
                one_line(r.message())
            ))
        }
        _ => input_error(format!("{}: {}", shown(path), one_line(&e.to_string()))),
    }
}

fn located(dir: &Path, e: &tera::Error) -> anyhow::Error {
    match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
            let name = if r.filename().is_empty() {
                "?"
            } else {
                r.filename()
            };
            let path = dir.join(name);
            let shown_path = if path.is_file() {
                shown(&path)
            } else {
                format!("templates/{name} (embedded)")
            };
            input_error(format!(
                "{shown_path}:{}: {}",
                r.span().start_line,
                one_line(r.message())
            ))
        }
        _ => input_error(format!("template: {}", one_line(&e.to_string()))),
    }
}

fn shown(path: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    path.strip_prefix(&cwd)
        .map(PathBuf::from)
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}

use crate::text::one_line;
