//! A chapter's Markdown, as the templates render it, into Word blocks: headings in the
//! `Heading1`–`Heading3` styles, paragraphs, lists, GFM tables as Word tables (the header row
//! repeated on each page, no row split across pages), caption lines (`Tabel 3.1 …`) in the
//! Caption style kept with what they caption, pictures, and the `<!-- docx: … -->` markers
//! (ARCHITECTURE.md lists them) for what Markdown cannot say.

use super::fields;
use docx_rs::{
    AlignmentType, BreakType, LineSpacing, Paragraph, Pic, Run, Shading, SpecialIndentType, Table,
    TableCell, TableCellMargins, TableLayoutType, TableRow, WidthType,
};
use pulldown_cmark::{Alignment, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// A table cell's margin, left and right, in twips (0.14 cm, Word's default is 0.19 cm): a
/// little more of the row for the figures.
const CELL_MARGIN: usize = 80;

/// What a chapter becomes: Word blocks, and the markers the document assembly acts on.
#[derive(Debug)]
pub enum Block {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
    Marker(Marker),
}

/// A marker that shapes the document rather than the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// `halaman-baru`: what follows starts on a new page.
    PageBreak,
    /// `daftar-isi`, `daftar-tabel`, `daftar-gambar`: the table of contents, of tables, of figures.
    List(ListKind),
    /// `lanskap` and `potret`: what follows is in a landscape (portrait) section.
    Landscape,
    Portrait,
    /// `sampul`: this chapter is the cover, on a page of its own without a page number.
    Cover,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    Contents,
    Tables,
    Figures,
}

/// A picture ready to embed: PNG bytes and the size it is shown at, in pixels of 1/96 inch.
#[derive(Debug, Clone)]
pub struct Image {
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// What the conversion needs beyond the text: the pictures it may embed, the width of the text
/// (portrait and landscape) for tables and pictures, and where to say what it could not use.
pub trait Resources {
    /// A chart by its name in the view (`capaian`, `serapan`); `None` when it has no data.
    fn chart(&mut self, name: &str) -> Option<Image>;
    /// A picture file of the workspace (a Markdown image `![logo](logo.png)`).
    fn picture(&mut self, path: &str) -> Option<Image>;
    /// The width of the text on a page, in twips.
    fn text_width(&self, landscape: bool) -> u32;
    /// The size of table text, in half-points.
    fn table_size(&self) -> usize;
    /// A picture's relationship ID, unique in the document (`rIdImage1`…), so the same
    /// workspace gives the same bytes.
    fn picture_id(&mut self) -> String;
    /// Something the author of the templates should know (an unknown marker, a missing picture).
    fn warn(&mut self, message: String);
}

/// Converts one chapter's Markdown.
pub fn convert(markdown: &str, res: &mut dyn Resources) -> Vec<Block> {
    let mut c = Converter::new(res);
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        c.event(event);
    }
    c.flush_paragraph();
    c.pieces
        .into_iter()
        .map(|p| match p {
            Piece::Block(b) => b,
            Piece::Table(t) => Block::Table(Box::new(t.build())),
        })
        .collect()
}

/// The words of a marker comment: `<!-- docx: grafik capaian | Gambar 3.1 … -->` gives
/// `grafik capaian | Gambar 3.1 …`; any other comment gives `Some("")` (it is dropped), other
/// HTML `None`.
fn marker_text(html: &str) -> Option<&str> {
    let inner = html
        .trim()
        .strip_prefix("<!--")?
        .strip_suffix("-->")?
        .trim();
    Some(inner.strip_prefix("docx:").map_or("", str::trim))
}

/// Inline state: the runs of the paragraph or cell being written and the emphasis in force.
#[derive(Default)]
struct Inline {
    runs: Vec<Run>,
    text: String,
    bold: usize,
    italic: usize,
}

impl Inline {
    fn push_text(&mut self, text: &str) {
        let mut run = Run::new().add_text(text);
        if self.bold > 0 {
            run = run.bold();
        }
        if self.italic > 0 {
            run = run.italic();
        }
        self.runs.push(run);
        self.text.push_str(text);
    }

    fn push_break(&mut self) {
        self.runs
            .push(Run::new().add_break(BreakType::TextWrapping));
        self.text.push('\n');
    }

    fn take(&mut self) -> (Vec<Run>, String) {
        (
            std::mem::take(&mut self.runs),
            std::mem::take(&mut self.text),
        )
    }
}

/// A table being read: its column alignments and rows of cells (runs and text).
struct TableBuild {
    align: Vec<Alignment>,
    rows: Vec<Vec<(Vec<Run>, String)>>,
    row: Vec<(Vec<Run>, String)>,
    width: u32,
    /// The size of table text, in half-points.
    half_points: usize,
    /// Its last row kept on the page of what follows (a signature block under it).
    keep_end: bool,
}

/// A block, or a table still open to a signature block that follows it.
enum Piece {
    Block(Block),
    Table(TableBuild),
}

/// What the paragraph being read is, set when it starts.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Body,
    Heading(u8),
    Item,
    Quote,
    Code,
}

struct Converter<'r> {
    res: &'r mut dyn Resources,
    pieces: Vec<Piece>,
    inline: Inline,
    kind: Option<Kind>,
    /// The open lists: the next number of an ordered one, `None` for bullets.
    lists: Vec<Option<u64>>,
    table: Option<TableBuild>,
    quote: usize,
    /// Inside `![alt](…)`: the alt text is the picture's description, not body text.
    image: bool,
    landscape: bool,
    /// `tengah`: paragraphs centred (a cover).
    centre: bool,
    /// `ttd`: a signature block, its lines kept as written and together on one page; the
    /// index of its first piece.
    signature: Option<usize>,
    /// `lewati`: left out of the Word document (a list of chapters the fields replace).
    skip: bool,
}

impl<'r> Converter<'r> {
    fn new(res: &'r mut dyn Resources) -> Self {
        Converter {
            res,
            pieces: Vec::new(),
            inline: Inline::default(),
            kind: None,
            lists: Vec::new(),
            table: None,
            quote: 0,
            image: false,
            landscape: false,
            centre: false,
            signature: None,
            skip: false,
        }
    }

    fn event(&mut self, event: Event) {
        if let Event::Html(html) | Event::InlineHtml(html) = &event {
            if let Some(words) = marker_text(html) {
                if !words.is_empty() {
                    self.marker(words);
                }
                return;
            }
        }
        if self.skip {
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            _ if self.image => {}
            Event::Text(t) | Event::Code(t) => self.text(&t),
            Event::Html(h) | Event::InlineHtml(h) => {
                // Raw HTML is shown as text, as the HTML chapters do; a line break is a break.
                if matches!(h.trim(), "<br>" | "<br/>" | "<br />") {
                    self.inline.push_break();
                } else {
                    self.text(h.trim_end_matches('\n'));
                }
            }
            Event::SoftBreak if self.signature.is_some() => self.inline.push_break(),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.inline.push_break(),
            _ => {}
        }
    }

    fn text(&mut self, t: &str) {
        if self.kind.is_none() && self.table.is_none() {
            self.kind = Some(Kind::Body);
        }
        self.inline.push_text(t);
    }

    fn marker(&mut self, words: &str) {
        let (command, argument) = words
            .split_once(char::is_whitespace)
            .map_or((words, ""), |(c, a)| (c, a.trim()));
        if self.skip && command != "/lewati" {
            return;
        }
        self.flush_paragraph();
        let marker = match command {
            "halaman-baru" => Marker::PageBreak,
            "daftar-isi" => Marker::List(ListKind::Contents),
            "daftar-tabel" => Marker::List(ListKind::Tables),
            "daftar-gambar" => Marker::List(ListKind::Figures),
            "lanskap" => {
                self.landscape = true;
                Marker::Landscape
            }
            "potret" => {
                self.landscape = false;
                Marker::Portrait
            }
            "sampul" => Marker::Cover,
            "grafik" => return self.chart(argument),
            "tengah" => return self.centre = true,
            "/tengah" => return self.centre = false,
            "ttd" => return self.open_signature(),
            "/ttd" => return self.close_signature(),
            "lewati" => return self.skip = true,
            "/lewati" => return self.skip = false,
            other => {
                return self
                    .res
                    .warn(crate::t!("docx-unknown-marker", marker = other))
            }
        };
        self.push(Block::Marker(marker));
    }

    /// `grafik NAME | CAPTION`: the chart as a picture, its caption under it, kept together.
    fn chart(&mut self, argument: &str) {
        let (name, caption) = argument
            .split_once('|')
            .map_or((argument.trim(), ""), |(n, c)| (n.trim(), c.trim()));
        let Some(image) = self.res.chart(name) else {
            return;
        };
        let picture = self.picture_paragraph(image);
        self.push(Block::Paragraph(Box::new(picture)));
        if !caption.is_empty() {
            let p = caption_paragraph(caption);
            self.push(Block::Paragraph(Box::new(p.keep_next(false))));
        }
    }

    fn open_signature(&mut self) {
        if let Some(Piece::Table(t)) = self.pieces.last_mut() {
            t.keep_end = true;
        }
        self.signature = Some(self.pieces.len());
    }

    /// Every line of the block but the last kept with the next, so it stays on one page.
    fn close_signature(&mut self) {
        let Some(first) = self.signature.take() else {
            return;
        };
        let end = self.pieces.len().saturating_sub(1);
        for (i, piece) in self.pieces.iter_mut().enumerate().take(end + 1).skip(first) {
            if let Piece::Block(Block::Paragraph(p)) = piece {
                let mut taken = std::mem::take(p.as_mut()).keep_lines(true);
                if i < end {
                    taken = taken.keep_next(true);
                }
                // Room above the block, between it and what it signs.
                if i == first {
                    taken = taken.line_spacing(LineSpacing::new().before(360));
                }
                **p = taken;
            }
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph if self.kind.is_none() => {
                self.kind = Some(if self.quote > 0 {
                    Kind::Quote
                } else {
                    Kind::Body
                });
            }
            Tag::Heading { level, .. } => {
                self.flush_paragraph();
                self.kind = Some(Kind::Heading(match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    _ => 3,
                }));
            }
            Tag::BlockQuote(_) => {
                self.flush_paragraph();
                self.quote += 1;
            }
            Tag::CodeBlock(_) => {
                self.flush_paragraph();
                self.kind = Some(Kind::Code);
            }
            Tag::List(start) => {
                self.flush_paragraph();
                self.lists.push(start);
            }
            Tag::Item => {
                self.flush_paragraph();
                self.kind = Some(Kind::Item);
            }
            Tag::Emphasis => self.inline.italic += 1,
            Tag::Strong => self.inline.bold += 1,
            Tag::Table(align) => {
                self.flush_paragraph();
                self.table = Some(TableBuild {
                    align,
                    rows: Vec::new(),
                    row: Vec::new(),
                    width: self.res.text_width(self.landscape),
                    half_points: self.res.table_size(),
                    keep_end: false,
                });
            }
            Tag::Image { dest_url, .. } => {
                self.flush_paragraph();
                self.image = true;
                match self.res.picture(&dest_url) {
                    Some(image) => {
                        let p = self.picture_paragraph(image).keep_next(false);
                        self.push(Block::Paragraph(Box::new(p)));
                    }
                    None => self
                        .res
                        .warn(crate::t!("docx-no-picture", name = dest_url.to_string())),
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::Item => {
                self.flush_paragraph()
            }
            TagEnd::List(_) => {
                self.flush_paragraph();
                self.lists.pop();
            }
            TagEnd::BlockQuote(_) => {
                self.flush_paragraph();
                self.quote = self.quote.saturating_sub(1);
            }
            TagEnd::Emphasis => self.inline.italic = self.inline.italic.saturating_sub(1),
            TagEnd::Strong => self.inline.bold = self.inline.bold.saturating_sub(1),
            TagEnd::TableCell => {
                let cell = self.inline.take();
                if let Some(t) = &mut self.table {
                    t.row.push(cell);
                }
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                if let Some(t) = &mut self.table {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row);
                }
            }
            TagEnd::Table => {
                if let Some(t) = self.table.take() {
                    self.pieces.push(Piece::Table(t));
                }
            }
            TagEnd::Image => self.image = false,
            _ => {}
        }
    }

    fn push(&mut self, block: Block) {
        self.pieces.push(Piece::Block(block));
    }

    /// The paragraph read so far, in the style its kind gives.
    fn flush_paragraph(&mut self) {
        let Some(kind) = self.kind.take() else {
            return;
        };
        let (runs, text) = self.inline.take();
        if text.trim().is_empty() {
            return;
        }
        let mut p = match kind {
            Kind::Heading(level) => {
                with_runs(Paragraph::new().style(&format!("Heading{level}")), runs)
            }
            Kind::Body if caption_parts(&text).is_some() => caption_paragraph(&text),
            Kind::Body => with_runs(Paragraph::new(), runs),
            Kind::Quote => with_runs(Paragraph::new().style("Quote"), runs),
            Kind::Code => with_runs(Paragraph::new().style("PlainText"), runs),
            Kind::Item => self.item(runs),
        };
        if self.centre {
            p = p.align(AlignmentType::Center);
        }
        if self.signature.is_some() {
            let half = self.res.text_width(self.landscape) / 2;
            p = p
                .align(AlignmentType::Center)
                .indent(Some(half as i32), None, None, None);
        }
        self.push(Block::Paragraph(Box::new(p)));
    }

    /// A list item: its bullet or number, hanging, indented by its depth.
    fn item(&mut self, runs: Vec<Run>) -> Paragraph {
        let depth = self.lists.len().max(1) as i32;
        let mark = match self.lists.last_mut() {
            Some(Some(n)) => {
                let mark = format!("{n}.");
                *n += 1;
                mark
            }
            _ => "•".to_string(),
        };
        let p = Paragraph::new()
            .style("ListParagraph")
            .indent(
                Some(360 * depth),
                Some(SpecialIndentType::Hanging(360)),
                None,
                None,
            )
            .add_run(Run::new().add_text(mark).add_tab());
        with_runs(p, runs)
    }

    /// A picture centred on a paragraph of its own, no wider than the text, kept with its
    /// caption.
    fn picture_paragraph(&mut self, image: Image) -> Paragraph {
        // 1 px = 9525 EMU; 1 twip = 635 EMU.
        let max = u64::from(self.res.text_width(self.landscape)) * 635;
        let mut w = u64::from(image.width) * 9525;
        let mut h = u64::from(image.height) * 9525;
        if w > max {
            h = h * max / w;
            w = max;
        }
        let id = self.res.picture_id();
        let pic = Pic::new_with_dimensions(image.png, image.width, image.height)
            .id(id)
            .size(w as u32, h as u32);
        Paragraph::new()
            .style("Figure")
            .align(AlignmentType::Center)
            .keep_next(true)
            .add_run(Run::new().add_image(pic))
    }
}

fn with_runs(mut p: Paragraph, runs: Vec<Run>) -> Paragraph {
    for r in runs {
        p = p.add_run(r);
    }
    p
}

/// `Tabel 3.14 Realisasi …` → (`Tabel`, `3.14`, `Realisasi …`): a caption's label, its number
/// and its words. The labels are those of the LKj: Tabel, Gambar, Grafik.
pub fn caption_parts(text: &str) -> Option<(&str, &str, &str)> {
    let text = text.trim();
    let (label, rest) = text.split_once(' ')?;
    if !matches!(label, "Tabel" | "Gambar" | "Grafik") {
        return None;
    }
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    let number = rest[..end].trim_end_matches('.');
    let starts_with_digit = number.starts_with(|c: char| c.is_ascii_digit());
    let after = &rest[end..];
    // `Tabel 3.1 Capaian` or `Tabel 3.1: …`, never `Tabel 3 tahun` read as a caption of prose:
    // a caption is a line of its own, short, that the template wrote in bold.
    if !starts_with_digit || !(after.is_empty() || after.starts_with([' ', ':', '.'])) {
        return None;
    }
    if text.len() > 300 {
        return None;
    }
    Some((label, number, after.trim_start_matches([':', '.']).trim()))
}

/// A caption in the Caption style, kept with what follows; its number is a SEQ field of its
/// label (Grafik counts with Gambar), so the lists of tables and figures find it.
fn caption_paragraph(text: &str) -> Paragraph {
    let mut p = Paragraph::new().style("Caption").keep_next(true);
    match caption_parts(text) {
        Some((label, number, words)) => {
            for run in fields::caption(label, number, words) {
                p = p.add_run(run);
            }
        }
        None => p = p.add_run(Run::new().add_text(text)),
    }
    p
}

impl TableBuild {
    /// The Word table: widths in proportion to what the columns hold, the header row bold and
    /// shaded (repeated on each page: `package` marks it), no row split across pages.
    fn build(self) -> Table {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let widths = column_widths(&self.rows, columns, self.width, self.half_points);
        let last = self.rows.len().saturating_sub(1);
        let mut rows = Vec::with_capacity(self.rows.len());
        for (r, row) in self.rows.into_iter().enumerate() {
            let header = r == 0;
            let keep = header || (self.keep_end && r == last);
            let mut cells = Vec::with_capacity(columns);
            let mut row = row.into_iter();
            for (c, width) in widths.iter().enumerate() {
                let (runs, text) = row.next().unwrap_or_default();
                let align = match self.align.get(c) {
                    _ if header => AlignmentType::Center,
                    Some(Alignment::Right) => AlignmentType::Right,
                    Some(Alignment::Center) => AlignmentType::Center,
                    _ => AlignmentType::Left,
                };
                let mut p = Paragraph::new()
                    .style("TableText")
                    .align(align)
                    .keep_next(keep);
                if header {
                    p = p.add_run(Run::new().add_text(text.trim()).bold());
                } else {
                    p = with_runs(p, runs);
                }
                let mut cell = TableCell::new()
                    .add_paragraph(p)
                    .width(*width, WidthType::Dxa);
                if header {
                    cell = cell.shading(Shading::new().fill("E8EEF3"));
                }
                cells.push(cell);
            }
            rows.push(TableRow::new(cells).cant_split());
        }
        let margins = TableCellMargins::new()
            .margin_left(CELL_MARGIN, WidthType::Dxa)
            .margin_right(CELL_MARGIN, WidthType::Dxa);
        Table::new(rows)
            .set_grid(widths)
            .margins(margins)
            .width(self.width as usize, WidthType::Dxa)
            .layout(TableLayoutType::Fixed)
    }
}

/// Column widths in twips summing to `total`, as a browser lays out a table: each column at
/// least as wide as its longest word (a header's, in bold, too), the rest of the width shared
/// in proportion to how much more each column's longest text would take on one line.
fn column_widths(
    rows: &[Vec<(Vec<Run>, String)>],
    columns: usize,
    total: u32,
    half_points: usize,
) -> Vec<usize> {
    // The cell's margins, left and right, and room for a font wider than Arial's metrics.
    let twips = |text: &str, bold: bool| {
        let t = super::metrics::text_twips(text, half_points, bold);
        t + t / 10 + 2 * CELL_MARGIN + 40
    };
    let mut least = vec![twips("", false); columns];
    let mut most = least.clone();
    for (r, row) in rows.iter().enumerate() {
        let bold = r == 0;
        for (c, (_, text)) in row.iter().enumerate().take(columns) {
            for word in text.split_whitespace() {
                least[c] = least[c].max(twips(word, bold));
            }
            most[c] = most[c].max(twips(text.trim(), bold));
        }
    }
    let total = total as usize;
    let sum_least: usize = least.iter().sum();
    let sum_most: usize = most.iter().sum();
    let mut widths: Vec<usize> = if sum_most <= total {
        // Everything fits on one line: the room left shared in proportion.
        most.iter().map(|m| m * total / sum_most.max(1)).collect()
    } else if sum_least <= total {
        let room = total - sum_least;
        let wants: usize = most.iter().zip(&least).map(|(m, l)| m - l).sum();
        least
            .iter()
            .zip(&most)
            .map(|(l, m)| l + (m - l) * room / wants.max(1))
            .collect()
    } else {
        // Not even the words fit: each column in proportion to its longest word.
        least.iter().map(|l| l * total / sum_least).collect()
    };
    // What integer division left over goes to the column that wants the most.
    let short = total.saturating_sub(widths.iter().sum());
    if let Some(i) = (0..columns).max_by_key(|&i| (most[i], usize::MAX - i)) {
        widths[i] += short;
    }
    widths
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_are_told_from_prose() {
        assert_eq!(
            caption_parts("Tabel 3.14 Realisasi Anggaran"),
            Some(("Tabel", "3.14", "Realisasi Anggaran"))
        );
        assert_eq!(
            caption_parts("Gambar 2: Struktur"),
            Some(("Gambar", "2", "Struktur"))
        );
        assert_eq!(caption_parts("Tabel berikut memuat"), None);
        assert_eq!(caption_parts("Tabel 3a memuat"), None);
        assert_eq!(caption_parts("Indikator pada Tabel 3.1"), None);
    }

    #[test]
    fn markers_are_read_and_other_comments_dropped() {
        assert_eq!(marker_text("<!-- docx: lanskap -->\n"), Some("lanskap"));
        assert_eq!(
            marker_text("<!-- docx: grafik capaian | Gambar 3.1 X -->"),
            Some("grafik capaian | Gambar 3.1 X")
        );
        assert_eq!(marker_text("<!-- catatan -->"), Some(""));
        assert_eq!(marker_text("<b>tebal</b>"), None);
    }

    #[test]
    fn widths_keep_words_whole_and_share_the_rest() {
        let cell = |t: &str| (Vec::new(), t.to_string());
        let rows = vec![
            vec![cell("No"), cell("Uraian"), cell("Pagu")],
            vec![cell("1"), cell(&"kata ".repeat(40)), cell("Rp1.000")],
        ];
        // At 10 pt (20 half-points) a text's twips t become t + t/10 + 2 × 80 + 40 = t + t/10 + 200.
        // No: bold "No" 280 → 508. Uraian: bold "Uraian" (722+556+333+222+556+556 = 2945 →
        // 589, bold 647) → 911; "kata" (500+556+278+556 = 1890 → 378) → 615, so 911.
        // Pagu: "Rp1.000" 756 → 1031 (bold "Pagu" 2279 → 455 → 500 → 750 is less).
        // Least 508 + 911 + 1031 = 2450; most: Uraian's 199 characters far over the page.
        // The 9000 − 2450 = 6550 left all go to Uraian, the only one that wants more.
        let w = column_widths(&rows, 3, 9000, 20);
        assert_eq!(w, vec![508, 911 + 6550, 1031]);
    }
}
