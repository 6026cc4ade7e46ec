//! The Laporan Kinerja as a Word document: the chapters' Markdown, as the templates render it,
//! converted (`markdown.rs`) and put together in sections — the cover without a page number,
//! the front matter numbered i, ii…, the chapters from BAB I numbered 1, 2…, landscape where a
//! chapter asks — with the lists of contents, tables and figures as fields Word fills in, and
//! a DRAF line at the top of every page of a draft. `package.rs` writes the zip.

pub mod fields;
pub mod markdown;
pub mod metrics;
pub mod package;
pub mod settings;

use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, Header, LineSpacing, LineSpacingType, PageMargin,
    PageNumType, PageOrientationType, PageSize, Paragraph, Run, RunFonts, Section, Style,
    StyleType, Tab, TabLeaderType, TabValueType,
};
use markdown::{Block, Image, ListKind, Marker};
pub use settings::{DokumenSection, Layout};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A4 in twips: 210 × 297 mm.
const A4: (u32, u32) = (11906, 16838);

/// One chapter: its Markdown (markers and all) and whether it is front matter (before BAB I).
pub struct Part {
    pub name: String,
    pub markdown: String,
    pub front: bool,
}

/// What the document is made of.
pub struct Report<'a> {
    pub parts: Vec<Part>,
    /// The charts by name, as SVG; `None` for one without data to draw.
    pub charts: BTreeMap<String, Option<String>>,
    /// The line at the top of every page of a draft.
    pub draft: Option<String>,
    pub layout: &'a Layout,
    /// The workspace, where a Markdown picture's path starts.
    pub root: PathBuf,
    /// The whole report: the lists of contents, tables and figures go before BAB I unless a
    /// chapter places them itself.
    pub lists: bool,
}

/// The document's bytes, and what the author of the templates should know.
pub fn write(report: &Report) -> anyhow::Result<(Vec<u8>, Vec<String>)> {
    let mut res = Pictures::new(report);
    let chapters: Vec<(Place, Vec<Block>)> = report
        .parts
        .iter()
        .map(|p| {
            let blocks = markdown::convert(&p.markdown, &mut res);
            let place = if blocks
                .iter()
                .any(|b| matches!(b, Block::Marker(Marker::Cover)))
            {
                Place::Cover
            } else if p.front {
                Place::Front
            } else {
                Place::Body
            };
            (place, blocks)
        })
        .collect();
    let placed = chapters.iter().any(|(_, b)| {
        b.iter()
            .any(|b| matches!(b, Block::Marker(Marker::List(_))))
    });
    let sections = assemble(chapters, report.lists && !placed);
    let docx = document(sections, report);
    let bytes = package::pack(docx, report.draft.is_some())?;
    Ok((bytes, res.warnings))
}

/// Where a chapter goes: which page numbers its section has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Cover,
    Front,
    Body,
}

/// A Word section: its place, orientation, whether its numbering restarts, and its blocks.
struct Sect {
    place: Place,
    landscape: bool,
    restart: bool,
    blocks: Vec<Block>,
    /// The next block starts a new page.
    page_break: bool,
}

/// The chapters in sections: a new section where the page numbers or the orientation change,
/// each chapter on a new page.
fn assemble(chapters: Vec<(Place, Vec<Block>)>, lists: bool) -> Vec<Sect> {
    let mut sections: Vec<Sect> = Vec::new();
    let mut lists_due = lists;
    let mut body_started = false;
    for (place, blocks) in chapters {
        if lists_due && place == Place::Body {
            open(&mut sections, Place::Front, false, false);
            new_page(&mut sections);
            for kind in [ListKind::Contents, ListKind::Tables, ListKind::Figures] {
                let title = Paragraph::new()
                    .style("Heading1")
                    .add_run(Run::new().add_text(fields::list_title(kind)));
                add(&mut sections, Block::Paragraph(Box::new(title)));
                add(
                    &mut sections,
                    Block::Paragraph(Box::new(fields::list(kind))),
                );
                new_page(&mut sections);
            }
            lists_due = false;
        }
        let restart = place == Place::Body && !body_started;
        body_started |= place == Place::Body;
        open(&mut sections, place, false, restart);
        new_page(&mut sections);
        for block in blocks {
            match block {
                Block::Marker(Marker::Landscape) => open(&mut sections, place, true, false),
                Block::Marker(Marker::Portrait) => open(&mut sections, place, false, false),
                Block::Marker(Marker::PageBreak) => new_page(&mut sections),
                Block::Marker(Marker::List(kind)) => add(
                    &mut sections,
                    Block::Paragraph(Box::new(fields::list(kind))),
                ),
                Block::Marker(Marker::Cover) => {}
                other => add(&mut sections, other),
            }
        }
    }
    sections
}

/// Makes the last section one of this place and orientation, opening a new one if it is not.
fn open(sections: &mut Vec<Sect>, place: Place, landscape: bool, restart: bool) {
    let same = sections
        .last()
        .is_some_and(|s| s.place == place && s.landscape == landscape && !restart);
    // A cover is a section of its own, whatever follows.
    if same && place != Place::Cover {
        return;
    }
    sections.push(Sect {
        place,
        landscape,
        restart,
        blocks: Vec::new(),
        page_break: false,
    });
}

/// What comes next starts on a new page (a section starts on one already).
fn new_page(sections: &mut [Sect]) {
    if let Some(s) = sections.last_mut() {
        s.page_break = !s.blocks.is_empty();
    }
}

fn add(sections: &mut [Sect], block: Block) {
    let Some(s) = sections.last_mut() else {
        return;
    };
    let block = if std::mem::take(&mut s.page_break) {
        match block {
            Block::Paragraph(p) => Block::Paragraph(Box::new(p.page_break_before(true))),
            other => {
                let brk = Paragraph::new().add_run(Run::new().add_break(BreakType::Page));
                s.blocks.push(Block::Paragraph(Box::new(brk)));
                other
            }
        }
    } else {
        block
    };
    s.blocks.push(block);
}

/// The Word document: styles, then each section with its page and footer; the DRAF header
/// is one part every section refers to (`package` adds the references docx-rs cannot: it
/// keeps a section's header or its footer, not both).
fn document(sections: Vec<Sect>, report: &Report) -> Docx {
    let layout = report.layout;
    let mut docx = styles(Docx::new(), layout)
        .created_at("2000-01-01T00:00:00Z")
        .updated_at("2000-01-01T00:00:00Z");
    let count = sections.len();
    // The page-number footer is given once, to the first numbered section: the sections after
    // it inherit it, each with its own numbers (i, ii… or 1, 2…). A cover has none.
    let mut footer_given = false;
    for (i, sect) in sections.into_iter().enumerate() {
        let (w, h, orient) = if sect.landscape {
            (A4.1, A4.0, PageOrientationType::Landscape)
        } else {
            (A4.0, A4.1, PageOrientationType::Portrait)
        };
        let margin = page_margin(layout);
        let numbers = page_numbers(&sect);
        let footer = (sect.place != Place::Cover && !footer_given)
            .then(|| Footer::new().add_paragraph(fields::page_number()));
        footer_given |= footer.is_some();
        if i + 1 < count {
            let mut s = Section::new()
                .page_size(PageSize::new().size(w, h).orient(orient))
                .page_margin(margin);
            if let Some(f) = footer {
                s = s.footer(f);
            }
            if let Some(n) = numbers {
                s = s.page_num_type(n);
            }
            for block in sect.blocks {
                s = match block {
                    Block::Paragraph(p) => s.add_paragraph(*p),
                    Block::Table(t) => s.add_table(*t),
                    Block::Marker(_) => s,
                };
            }
            docx = docx.add_section(s);
        } else {
            for block in sect.blocks {
                docx = match block {
                    Block::Paragraph(p) => docx.add_paragraph(*p),
                    Block::Table(t) => docx.add_table(*t),
                    Block::Marker(_) => docx,
                };
            }
            docx = docx.page_size(w, h).page_orient(orient).page_margin(margin);
            if let Some(f) = footer {
                docx = docx.footer(f);
            }
            if let Some(n) = numbers {
                docx = docx.page_num_type(n);
            }
        }
    }
    if let Some(line) = &report.draft {
        docx = docx.header(draft_header(line));
    }
    docx
}

/// The page numbers a section starts: i, ii… from i for the front matter, 1, 2… from 1 at
/// BAB I; the sections after those go on counting.
fn page_numbers(sect: &Sect) -> Option<PageNumType> {
    match sect.place {
        Place::Front if !sect.landscape => {
            Some(PageNumType::new().start(1).chap_style(package::LOWER_ROMAN))
        }
        Place::Body if sect.restart => Some(PageNumType::new().start(1)),
        _ => None,
    }
}

fn page_margin(layout: &Layout) -> PageMargin {
    let [top, right, bottom, left] = layout.margin;
    PageMargin {
        top,
        right,
        bottom,
        left,
        // The header and footer 1.25 cm from the paper's edge.
        header: 709,
        footer: 709,
        gutter: 0,
    }
}

fn draft_header(line: &str) -> Header {
    Header::new().add_paragraph(
        Paragraph::new()
            .style("Header")
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text(line).bold().color("C00000")),
    )
}

/// Table text: 2 points under the body's (10 pt under 12 pt), in half-points.
fn table_size(layout: &Layout) -> usize {
    layout.size.saturating_sub(4).max(14)
}

/// The styles: the body font, size and spacing of `[dokumen]`; headings Word knows as
/// headings (the navigation pane and the table of contents use them); captions; table text.
fn styles(docx: Docx, layout: &Layout) -> Docx {
    let size = layout.size;
    let fonts = || {
        RunFonts::new()
            .ascii(&layout.font)
            .hi_ansi(&layout.font)
            .cs(&layout.font)
            .east_asia(&layout.font)
    };
    let single = || {
        LineSpacing::new()
            .line_rule(LineSpacingType::Auto)
            .line(240)
    };
    let paragraph = |id: &str, name: &str| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
    };
    let heading = |level: usize, points: usize| {
        let mut s = paragraph(&format!("Heading{level}"), &format!("heading {level}"))
            .bold()
            .size(points)
            .outline_lvl(level - 1)
            .line_spacing(LineSpacing::new().before(240).after(120));
        if level == 1 {
            s = s.align(AlignmentType::Center);
        }
        s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
        s
    };
    let normal = Style::new("Normal", StyleType::Paragraph)
        .name("Normal")
        .q_format(true)
        .align(AlignmentType::Both);
    let docx = docx
        .default_fonts(fonts())
        .default_size(size)
        .default_line_spacing(
            LineSpacing::new()
                .line_rule(LineSpacingType::Auto)
                .line(layout.line)
                .after(120),
        )
        .add_style(normal)
        .add_style(heading(1, size + 4))
        .add_style(heading(2, size + 2))
        .add_style(heading(3, size))
        .add_style(
            paragraph("Caption", "caption")
                .bold()
                .size(size)
                .align(AlignmentType::Center)
                .line_spacing(single().before(120).after(120)),
        )
        .add_style(
            paragraph("TableText", "Table Text")
                .size(table_size(layout))
                .align(AlignmentType::Left)
                .line_spacing(single().before(0).after(0)),
        )
        .add_style(
            paragraph("Figure", "Figure")
                .align(AlignmentType::Center)
                .line_spacing(single().before(120).after(0)),
        )
        .add_style(paragraph("ListParagraph", "List Paragraph").line_spacing(single().after(60)))
        .add_style(
            paragraph("Quote", "Quote")
                .italic()
                .indent(Some(720), None, Some(720), None),
        )
        .add_style(
            paragraph("PlainText", "Plain Text")
                .fonts(RunFonts::new().ascii("Courier New").hi_ansi("Courier New"))
                .size(size.saturating_sub(4))
                .align(AlignmentType::Left)
                .line_spacing(single().after(0)),
        )
        .add_style(
            paragraph("Header", "header")
                .size(size.saturating_sub(4))
                .line_spacing(single().after(0)),
        )
        .add_style(
            paragraph("Footer", "footer")
                .size(size.saturating_sub(4))
                .line_spacing(single().after(0)),
        );
    // The lists' entries: flush left (the body is justified), the page number at the right
    // margin after a row of dots, each level indented under the one above.
    let width = portrait_text_width(layout) as usize;
    let entry = |id: &str, name: &str, indent: i32| {
        let mut s = paragraph(id, name)
            .next("Normal")
            .align(AlignmentType::Left)
            .indent(Some(indent), None, None, None)
            .line_spacing(LineSpacing::new().after(60));
        s.paragraph_property = s.paragraph_property.add_tab(
            Tab::new()
                .val(TabValueType::Right)
                .leader(TabLeaderType::Dot)
                .pos(width),
        );
        s
    };
    docx.add_style(entry("TOC1", "toc 1", 0))
        .add_style(entry("TOC2", "toc 2", 240))
        .add_style(entry("TOC3", "toc 3", 480))
        .add_style(entry("TableofFigures", "table of figures", 0))
}

/// The width of the text on a portrait page, in twips.
fn portrait_text_width(layout: &Layout) -> u32 {
    let [_, right, _, left] = layout.margin;
    A4.0.saturating_sub((right + left).max(0) as u32)
}

/// The pictures of one document: the charts drawn to PNG once each, the workspace's own
/// pictures read, picture IDs counted, and what could not be used.
struct Pictures<'a> {
    report: &'a Report<'a>,
    fonts: Option<super::png::Fonts>,
    next_id: usize,
    warnings: Vec<String>,
}

impl<'a> Pictures<'a> {
    fn new(report: &'a Report<'a>) -> Self {
        Pictures {
            report,
            fonts: None,
            next_id: 0,
            warnings: Vec::new(),
        }
    }

    fn fonts(&mut self) -> &super::png::Fonts {
        let font = &self.report.layout.font;
        self.fonts
            .get_or_insert_with(|| super::png::Fonts::system(font))
    }

    fn draw(&mut self, what: &str, svg: &str) -> Option<Image> {
        let drawn = super::png::draw(svg, self.fonts());
        match drawn {
            Ok(image) => Some(image),
            Err(e) => {
                self.warnings
                    .push(format!("{what}: left out of the Word document: {e}"));
                None
            }
        }
    }
}

impl markdown::Resources for Pictures<'_> {
    fn chart(&mut self, name: &str) -> Option<Image> {
        match self.report.charts.get(name) {
            Some(Some(svg)) => {
                let svg = svg.clone();
                self.draw(&format!("grafik {name}"), &svg)
            }
            Some(None) => None,
            None => {
                let known: Vec<&str> = self.report.charts.keys().map(String::as_str).collect();
                self.warn(crate::t!(
                    "docx-no-chart",
                    name = name,
                    known = known.join(", ")
                ));
                None
            }
        }
    }

    fn picture(&mut self, path: &str) -> Option<Image> {
        let file = self.report.root.join(path);
        let bytes = std::fs::read(&file).ok()?;
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".svg") {
            let svg = String::from_utf8(bytes).ok()?;
            self.draw(path, &svg)
        } else {
            super::png::png_image(bytes)
        }
    }

    fn text_width(&self, landscape: bool) -> u32 {
        let width = portrait_text_width(self.report.layout);
        if landscape {
            width + (A4.1 - A4.0)
        } else {
            width
        }
    }

    fn table_size(&self) -> usize {
        table_size(self.report.layout)
    }

    fn picture_id(&mut self) -> String {
        self.next_id += 1;
        format!("rIdImage{}", self.next_id)
    }

    fn warn(&mut self, message: String) {
        if !self.warnings.contains(&message) {
            self.warnings.push(message);
        }
    }
}

/// The Markdown without the Word document's marker lines (`<!-- docx: … -->`), for the
/// Markdown chapters; a marker line between blank lines takes one of them with it.
pub fn strip_markers(markdown: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut lines = markdown.split('\n').peekable();
    while let Some(line) = lines.next() {
        let t = line.trim();
        let is_marker = t.starts_with("<!--") && t.ends_with("-->") && {
            let inner = t[4..t.len() - 3].trim();
            inner.starts_with("docx:")
        };
        if !is_marker {
            out.push(line);
            continue;
        }
        let blank_before = out.last().is_none_or(|l| l.trim().is_empty());
        if blank_before && lines.peek().is_some_and(|l| l.trim().is_empty()) {
            lines.next();
        }
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_lines_leave_the_markdown_as_it_was() {
        let md = "# BAB\n\n<!-- docx: lanskap -->\n\nTeks.\n<!-- docx: halaman-baru -->\nLagi.\n<!-- catatan -->";
        assert_eq!(strip_markers(md), "# BAB\n\nTeks.\nLagi.\n<!-- catatan -->");
    }
}
