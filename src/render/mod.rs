//! Stage 5, render: the chapters of the Laporan Kinerja from tera templates, in Markdown and
//! HTML, every figure from data that `check` has proven.
//!
//! The templates in `templates/` are embedded in the binary, so an installed lakip needs no
//! other files; a workspace's own `templates/` overrides them file by file. The narrative is
//! the satker's own, in `narasi/` (`bab1.md`, `bab4.md`, `sasaran-1.md`…), itself a template:
//! `{{ satker.nama }}` and the filters work there too.

pub mod chart;
pub mod docx;
pub mod filters;
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
pub const EMBEDDED: [(&str, &str); 14] = [
    ("base.html", include_str!("../../templates/base.html")),
    ("index.html", include_str!("../../templates/index.html")),
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

/// A chapter of the LKj, in the order the report has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Chapter {
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
    pub const EACH: [Chapter; 6] = [
        Chapter::Ikhtisar,
        Chapter::Bab1,
        Chapter::Bab2,
        Chapter::Bab3,
        Chapter::Bab4,
        Chapter::Lampiran,
    ];

    pub fn name(self) -> &'static str {
        match self {
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
    /// The workspace's data has errors: the chapters say they are a draft.
    draft: Option<usize>,
    /// The charts of the view by name, as SVG (`None`: no data to draw), for the Word document.
    charts: std::collections::BTreeMap<String, Option<String>>,
}

impl Renderer {
    /// Loads the templates (the workspace's own over the embedded ones) and builds the view of
    /// the workspace's documents, narrative included.
    pub fn new(
        ws: &Workspace,
        docs: &[Document],
        last_year: &[Document],
        last_tahun: Option<i32>,
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
        let lkj = view::build(ws, docs, last_year, last_tahun)?;
        let charts = serde_json::from_value(serde_json::to_value(&lkj.grafik)?)?;
        let mut context = Context::from_serialize(&lkj).map_err(|e| input_error(format!("{e}")))?;
        let narasi = Narasi::load(ws, &tera, &context, &lkj)?;
        context.insert("narasi", &narasi.markdown);
        context.insert("narasi_html", &narasi.html);
        Ok(Renderer {
            tera,
            context,
            overridden,
            missing: narasi.missing,
            snippet_errors: narasi.errors,
            draft: None,
            charts,
        })
    }

    /// Marks every chapter a draft: the data still has `errors` errors.
    pub fn set_draft(&mut self, errors: usize) {
        self.draft = (errors > 0).then_some(errors);
        self.context.insert("draf", &self.draft);
    }

    /// What rendering these chapters has to say: the workspace's own templates in use, and
    /// each missing narrative snippet the chapters show a placeholder for.
    pub fn warnings(&self, chapters: &[Chapter]) -> Vec<String> {
        let parts: Vec<Chapter> = chapters.iter().flat_map(|c| c.parts()).collect();
        let uses = |snippet: &str| uses(&parts, snippet);
        let mut out: Vec<String> = self
            .overridden
            .iter()
            .map(|n| format!("using the workspace's own templates/{n}"))
            .collect();
        out.extend(
            self.missing
                .iter()
                .filter(|m| uses(m))
                .map(|m| format!("narasi/{m}.md is missing: the chapter shows a placeholder")),
        );
        out
    }

    /// One chapter (or all of them) in one format, as the bytes to write.
    pub fn render(&self, chapter: Chapter, format: Format, root: &Path) -> anyhow::Result<String> {
        let mut parts = Vec::new();
        for part in self.parts(chapter, format, root)? {
            parts.push(match format {
                // The Word document's markers are the Word document's alone.
                Format::Md => docx::strip_markers(&part.1).trim().to_string(),
                Format::Html => part.1,
            });
        }
        match format {
            Format::Md => {
                let draft = match self.draft {
                    Some(n) => format!(
                        "> **DRAF** — data masih memuat {n} kesalahan menurut `lakip check`.\n\n"
                    ),
                    None => String::new(),
                };
                Ok(format!("{draft}{}\n", parts.join("\n\n")))
            }
            Format::Html => {
                // Each chapter a section: in the whole report each starts on a new page.
                let sections: Vec<String> = parts
                    .iter()
                    .map(|p| format!("<section class=\"bab\">\n{p}\n</section>"))
                    .collect();
                self.page(chapter.title(), &sections.join("\n"), root)
            }
        }
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
            .map(|n| format!("DRAF — data masih memuat {n} kesalahan menurut lakip check"))
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

/// Does one of these chapters show this narrative snippet?
fn uses(parts: &[Chapter], snippet: &str) -> bool {
    match snippet {
        "bab1" => parts.contains(&Chapter::Bab1),
        "bab4" => parts.contains(&Chapter::Bab4),
        _ => parts.contains(&Chapter::Bab3),
    }
}

/// The satker's narrative, each snippet filled in: as Markdown, and as escaped HTML paragraphs.
struct Narasi {
    markdown: std::collections::BTreeMap<String, String>,
    html: std::collections::BTreeMap<String, String>,
    missing: Vec<String>,
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
        let mut names = vec!["bab1".to_string(), "bab4".to_string()];
        names.extend(lkj.capaian.iter().map(|s| format!("sasaran-{}", s.no)));
        let mut markdown = std::collections::BTreeMap::new();
        let mut html = std::collections::BTreeMap::new();
        let mut missing = Vec::new();
        let mut errors = std::collections::BTreeMap::new();
        for name in names {
            let path = ws.root.join("narasi").join(format!("{name}.md"));
            let text = match std::fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(source) => {
                        // Saved on Windows: line ends as on paper.
                        let source = source.replace("\r\n", "\n");
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
                    format!("[Narasi belum ditulis: tulis narasi/{name}.md]")
                }
                Err(e) => {
                    errors.insert(name.clone(), format!("{}: cannot read: {e}", shown(&path)));
                    String::new()
                }
            };
            html.insert(name.clone(), paragraphs(&text));
            markdown.insert(name, text.trim().to_string());
        }
        Ok(Narasi {
            markdown,
            html,
            missing,
            errors,
        })
    }
}

/// The narrative's Markdown as HTML: headings, lists, emphasis, tables; any HTML written in it
/// is shown as text, never run.
fn paragraphs(text: &str) -> String {
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
