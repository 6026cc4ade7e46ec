//! Reading a report as text: paragraphs and tables in order, each under its chapter heading.
//!
//! `.txt` and `.md`: a paragraph is a run of lines between blank lines; a list item (`- `,
//! `1. `, `a. `, `a) `) starts a paragraph of its own; a line with a tab (a table pasted as
//! text) or a Markdown table line (`| … |`) is a table row, and such rows in a row make a table
//! (a blank line between two of them does not end it). `.docx`: the body's paragraphs and
//! tables (`source::docx::read_text`). `.pdf`: the words `pdftotext -bbox` places, read into
//! paragraphs and the capaian and budget tables by `super::pdf`.
//!
//! Chapters: `BAB I` … (with its title on the same line or the next), and before the first
//! chapter the front matter's titles (`KATA PENGANTAR`, `IKHTISAR EKSEKUTIF`…); after the last
//! one `LAMPIRAN`. A run of three or more headings a few paragraphs apart is a table of contents
//! or the report's outline (`Sistematika penulisan`), not the chapters themselves.

use crate::error::input_error;
use crate::source::docx::{self, TextBlock};
use std::path::Path;
use std::sync::Arc;

/// A report read as text.
#[derive(Debug, Clone, Default)]
pub struct Text {
    /// The file as the user named it.
    pub file: String,
    /// Paragraphs and tables in document order.
    pub blocks: Vec<Block>,
    /// Where the text came from: lines can be named (`.txt`, `.md`), or not (`.docx`, `.pdf`).
    pub has_lines: bool,
    /// Tables seen but not read (a PDF's): the paragraph their header went to, its text, why.
    pub unread: Vec<(u32, String, String)>,
}

#[derive(Debug, Clone)]
pub enum Block {
    Para(Paragraph),
    Table(Table),
}

#[derive(Debug, Clone)]
pub struct Paragraph {
    /// 1-based, counting the paragraphs of prose (not table rows) through the document.
    pub number: u32,
    /// The 1-based line the paragraph starts on, in a `.txt` or `.md`.
    pub line: Option<u32>,
    /// Its place in document order among paragraphs and table rows, from 1.
    pub seq: u32,
    pub chapter: Arc<str>,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Table {
    /// 1-based, through the document.
    pub number: u32,
    pub chapter: Arc<str>,
    pub rows: Vec<Row>,
    /// The paragraph right above the table (`Tabel 2.1 Sasaran Strategis …`), where there is one.
    pub caption: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub cells: Vec<String>,
    pub line: Option<u32>,
    /// Its place in document order among paragraphs and table rows, from 1.
    pub seq: u32,
}

impl Text {
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Para(p) => Some(p),
            Block::Table(_) => None,
        })
    }

    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            Block::Para(_) => None,
        })
    }
}

/// What a report file is, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Docx,
    Markdown,
    Plain,
    Pdf,
}

pub fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "docx" => Some(Format::Docx),
        "md" | "markdown" => Some(Format::Markdown),
        "txt" | "text" => Some(Format::Plain),
        "pdf" => Some(Format::Pdf),
        _ => None,
    }
}

/// Reads a report; an unreadable file is an input error (exit 2) naming it.
pub fn read(path: &Path, file: &str) -> anyhow::Result<Text> {
    let format =
        format_of(path).ok_or_else(|| input_error(crate::t!("audit-read-format", file = file)))?;
    if !path.is_file() {
        return Err(input_error(crate::t!("audit-read-no-file", file = file)));
    }
    let (blocks, has_lines, unread) = match format {
        Format::Docx => (from_word(docx::read_text(path, file)?), false, Vec::new()),
        Format::Markdown | Format::Plain => (
            from_lines(&read_string(path, file)?, true),
            true,
            Vec::new(),
        ),
        Format::Pdf => {
            let (blocks, unread) = from_pdf(&pdf_text(path, file)?);
            (no_lines(blocks), false, unread)
        }
    };
    let mut text = Text {
        file: file.to_string(),
        blocks,
        has_lines,
        unread,
    };
    chapters(&mut text.blocks);
    Ok(text)
}

/// Reads text that is already in memory, as a `.txt` or `.md` is read (tests, benchmarks).
pub fn from_str(file: &str, content: &str) -> Text {
    let mut text = Text {
        file: file.to_string(),
        blocks: from_lines(content, true),
        has_lines: true,
        unread: Vec::new(),
    };
    chapters(&mut text.blocks);
    text
}

/// A PDF's text lines are pdftotext's, not the document's: a place names the paragraph alone.
fn no_lines(mut blocks: Vec<Block>) -> Vec<Block> {
    for b in &mut blocks {
        match b {
            Block::Para(p) => p.line = None,
            Block::Table(t) => t.rows.iter_mut().for_each(|r| r.line = None),
        }
    }
    blocks
}

fn read_string(path: &Path, file: &str) -> anyhow::Result<String> {
    let bytes = std::fs::read(path).map_err(|e| {
        input_error(crate::t!(
            "audit-read-cannot",
            file = file,
            error = e.to_string()
        ))
    })?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec())
        .map_err(|_| input_error(crate::t!("audit-read-not-utf8", file = file)))
}

/// The words of a PDF and their boxes by `pdftotext -bbox`, when it is installed.
fn pdf_text(path: &Path, file: &str) -> anyhow::Result<String> {
    let output = std::process::Command::new("pdftotext")
        .arg("-bbox")
        .arg("-enc")
        .arg("UTF-8")
        .arg(path)
        .arg("-")
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                input_error(crate::t!("audit-read-no-pdftotext", file = file))
            }
            _ => input_error(crate::t!(
                "audit-read-pdftotext-failed",
                file = file,
                error = e.to_string()
            )),
        })?;
    if !output.status.success() {
        let reason = String::from_utf8_lossy(&output.stderr);
        let reason = crate::text::shorten_line(reason.trim(), 120);
        return Err(input_error(crate::t!(
            "audit-read-pdftotext-refused",
            file = file,
            reason = reason
        )));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// A PDF's paragraphs and tables (`super::pdf`), and the tables it could not read.
fn from_pdf(bbox: &str) -> (Vec<Block>, Vec<(u32, String, String)>) {
    let mut b = Builder {
        blocks: Vec::new(),
        paragraphs: 0,
        tables: 0,
        seq: 0,
    };
    let mut unread = Vec::new();
    for piece in super::pdf::pieces(bbox) {
        match piece {
            super::pdf::Piece::Para(text) => b.para(&text, None),
            super::pdf::Piece::Table(rows) => b.table(rows),
            super::pdf::Piece::Unread(header, why) => unread.push((b.paragraphs + 1, header, why)),
        }
    }
    (b.blocks, unread)
}

/// Blocks numbered as paragraphs and tables, chapters still empty.
struct Builder {
    blocks: Vec<Block>,
    paragraphs: u32,
    tables: u32,
    seq: u32,
}

impl Builder {
    fn para(&mut self, text: &str, line: Option<u32>) {
        let text = clean(text);
        if text.is_empty() {
            return;
        }
        self.paragraphs += 1;
        self.seq += 1;
        self.blocks.push(Block::Para(Paragraph {
            number: self.paragraphs,
            line,
            seq: self.seq,
            chapter: Arc::from(""),
            text,
        }));
    }

    fn table(&mut self, mut rows: Vec<Row>) {
        if rows.is_empty() {
            return;
        }
        for r in &mut rows {
            self.seq += 1;
            r.seq = self.seq;
        }
        self.tables += 1;
        let caption = match self.blocks.last() {
            Some(Block::Para(p)) => Some(p.text.clone()),
            _ => None,
        };
        self.blocks.push(Block::Table(Table {
            number: self.tables,
            chapter: Arc::from(""),
            rows,
            caption,
        }));
    }
}

fn from_word(word: Vec<TextBlock>) -> Vec<Block> {
    let mut b = Builder {
        blocks: Vec::new(),
        paragraphs: 0,
        tables: 0,
        seq: 0,
    };
    for block in word {
        match block {
            // A line break in a paragraph is a line of a signature block or an address.
            TextBlock::Paragraph(text) => {
                for line in text.split('\n') {
                    b.para(line, None);
                }
            }
            TextBlock::Table(rows) => {
                let rows = rows
                    .into_iter()
                    .map(|cells| Row {
                        cells: cells.iter().map(|c| clean(c)).collect(),
                        line: None,
                        seq: 0,
                    })
                    .filter(|r| r.cells.iter().any(|c| !c.is_empty()))
                    .collect();
                b.table(rows);
            }
        }
    }
    b.blocks
}

fn from_lines(content: &str, tables: bool) -> Vec<Block> {
    let mut b = Builder {
        blocks: Vec::new(),
        paragraphs: 0,
        tables: 0,
        seq: 0,
    };
    let mut para = String::new();
    let mut para_line = None;
    let mut rows: Vec<Row> = Vec::new();
    for (i, raw) in content.lines().enumerate() {
        let line_no = Some(i as u32 + 1);
        let line = raw.trim_end();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            b.para(&std::mem::take(&mut para), para_line);
            continue;
        }
        if tables {
            // Trailing tabs are a row's empty cells.
            if let Some(cells) = table_cells(raw.trim_end_matches(['\r', '\n'])) {
                b.para(&std::mem::take(&mut para), para_line);
                if !cells.is_empty() {
                    rows.push(Row {
                        cells,
                        line: line_no,
                        seq: 0,
                    });
                }
                continue;
            }
        }
        if !rows.is_empty() {
            b.table(std::mem::take(&mut rows));
        }
        if list_item(trimmed) || heading(trimmed) {
            b.para(&std::mem::take(&mut para), para_line);
        }
        if para.is_empty() {
            para_line = line_no;
        } else {
            para.push(' ');
        }
        para.push_str(trimmed);
        if heading(trimmed) {
            b.para(&std::mem::take(&mut para), para_line);
        }
    }
    b.para(&para, para_line);
    b.table(rows);
    b.blocks
}

/// The cells of a table line: tab-separated, or a Markdown table's `| a | b |`; `Some(vec![])`
/// for a Markdown separator line (`|---|---|`).
fn table_cells(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    if t.starts_with('|') && t.len() > 1 {
        let inner = t.trim_start_matches('|').trim_end_matches('|');
        if inner.chars().all(|c| matches!(c, '-' | ':' | '|' | ' ')) {
            return Some(Vec::new());
        }
        return Some(inner.split('|').map(clean).collect());
    }
    if line.contains('\t') {
        return Some(line.split('\t').map(clean).collect());
    }
    None
}

/// `- item`, `* item`, `1. item`, `a. item`, `a) item`, `(1) item`.
fn list_item(line: &str) -> bool {
    if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("• ") {
        return true;
    }
    let marker: String = line.chars().take_while(|c| !c.is_whitespace()).collect();
    let body = marker.trim_start_matches('(').trim_end_matches(['.', ')']);
    let ends = marker.ends_with('.') || marker.ends_with(')');
    ends && !body.is_empty()
        && body.len() <= 3
        && (body.chars().all(|c| c.is_ascii_digit())
            || (body.chars().count() == 1 && body.chars().all(|c| c.is_ascii_alphabetic())))
        && line.len() > marker.len()
}

/// A Markdown heading (`# BAB III`), a paragraph of its own.
fn heading(line: &str) -> bool {
    line.starts_with('#')
}

/// A paragraph's text without Markdown marks, HTML tags the converter kept, or list bullets.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text.trim();
    rest = rest.trim_start_matches('#').trim_start();
    for bullet in ["- ", "* ", "• "] {
        if let Some(r) = rest.strip_prefix(bullet) {
            rest = r;
        }
    }
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '<' {
            // `<i>`, `</u>`, `<br>`: a tag of a few letters.
            if let Some(end) = rest[i..].find('>') {
                let tag = &rest[i + 1..i + end];
                let name = tag.trim_start_matches('/');
                if !name.is_empty()
                    && name.len() <= 6
                    && name.chars().all(|c| c.is_ascii_alphabetic())
                {
                    while let Some(&(j, _)) = chars.peek() {
                        if j > i + end {
                            break;
                        }
                        chars.next();
                    }
                    continue;
                }
            }
        }
        if c == '*' || c == '_' && rest[i..].starts_with("__") {
            continue;
        }
        out.push(c);
    }
    crate::text::one_line(&out)
}

/// A chapter heading: `BAB III` and its title, or a front-matter title.
#[derive(Debug, Clone)]
struct Heading {
    /// The block it is at.
    at: usize,
    /// The block of its title, when the title is the next paragraph.
    title_at: Option<usize>,
    /// The chapter's number (`BAB III` is 3); 0 for front matter, 99 for `LAMPIRAN`.
    number: u32,
    name: String,
}

const FRONT: [&str; 8] = [
    "KATA PENGANTAR",
    "IKHTISAR EKSEKUTIF",
    "RINGKASAN EKSEKUTIF",
    "EXECUTIVE SUMMARY",
    "DAFTAR ISI",
    "DAFTAR TABEL",
    "DAFTAR GAMBAR",
    "RINGKASAN",
];

/// Gives every block its chapter.
fn chapters(blocks: &mut [Block]) {
    let found = headings(blocks);
    let mut current: Arc<str> = Arc::from("");
    let mut next = found.iter().peekable();
    for (i, block) in blocks.iter_mut().enumerate() {
        if let Some(h) = next.peek() {
            if h.at == i {
                current = Arc::from(h.name.as_str());
                next.next();
            }
        }
        match block {
            Block::Para(p) => p.chapter = current.clone(),
            Block::Table(t) => t.chapter = current.clone(),
        }
    }
}

fn headings(blocks: &[Block]) -> Vec<Heading> {
    let text = |i: usize| match blocks.get(i) {
        Some(Block::Para(p)) => Some(p.text.as_str()),
        _ => None,
    };
    let mut candidates = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        if let Some(h) = text(i).and_then(|t| heading_at(t, i, text(i + 1))) {
            i = h.title_at.unwrap_or(h.at) + 1;
            candidates.push(h);
            continue;
        }
        i += 1;
    }
    // A table of contents: headings a few paragraphs apart, three or more in a run.
    let mut listed = vec![false; candidates.len()];
    let mut start = 0;
    for k in 1..=candidates.len() {
        // A heading whose title is on a paragraph of its own is a chapter's, not an entry.
        let close = k < candidates.len()
            && candidates[k].title_at.is_none()
            && candidates[k].at - candidates[k - 1].title_at.unwrap_or(candidates[k - 1].at) <= 4;
        if !close {
            if k - start >= 3 {
                listed[start..k].iter_mut().for_each(|l| *l = true);
            }
            start = k;
        }
    }
    let mut chosen: Vec<Heading> = Vec::new();
    let mut last = 0u32;
    let mut seen_chapter = false;
    for (h, listed) in candidates.into_iter().zip(listed) {
        if listed {
            continue;
        }
        let fits = match h.number {
            0 => !seen_chapter,
            99 => seen_chapter,
            n => n > last,
        };
        if fits {
            if (1..99).contains(&h.number) {
                seen_chapter = true;
                last = h.number;
            }
            chosen.push(h);
        }
    }
    chosen
}

fn heading_at(text: &str, at: usize, next: Option<&str>) -> Option<Heading> {
    let t = text.trim().trim_end_matches([':', '.']).trim();
    let upper = t.to_uppercase();
    if let Some(rest) = upper.strip_prefix("BAB ") {
        let (numeral, title) = rest.split_once(' ').unwrap_or((rest, ""));
        let numeral = numeral.trim_end_matches(['.', ':']);
        let number = roman(numeral).or_else(|| numeral.parse().ok().filter(|n| *n < 20))?;
        let title = title.trim().trim_start_matches(['.', ':', '-', '–']).trim();
        if title.chars().count() > 80 || title.contains(". ") {
            return None;
        }
        if !title.is_empty() {
            return Some(Heading {
                at,
                title_at: None,
                number,
                name: format!("BAB {numeral} {title}"),
            });
        }
        // The title on the next paragraph: short and in capitals.
        let next_title = next.map(str::trim).filter(|n| {
            n.chars().count() <= 80
                && !n.contains(". ")
                && n.chars().any(|c| c.is_alphabetic())
                && n.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| c.is_uppercase())
        });
        return Some(Heading {
            at,
            title_at: next_title.map(|_| at + 1),
            number,
            name: match next_title {
                Some(n) => format!("BAB {numeral} {n}"),
                None => format!("BAB {numeral}"),
            },
        });
    }
    if FRONT.contains(&upper.as_str()) {
        return Some(Heading {
            at,
            title_at: None,
            number: 0,
            name: upper,
        });
    }
    if upper == "LAMPIRAN" || upper.starts_with("LAMPIRAN ") && upper.chars().count() <= 40 {
        return Some(Heading {
            at,
            title_at: None,
            number: 99,
            name: upper,
        });
    }
    None
}

fn roman(text: &str) -> Option<u32> {
    const NUMERALS: [&str; 10] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
    NUMERALS
        .iter()
        .position(|n| *n == text)
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_tables_and_chapters() {
        let text = from_str(
            "r.txt",
            "LAPORAN KINERJA\n\nBAB I\n\nPENDAHULUAN\n\nSatu dua\ntiga.\n- a. butir\n- b. butir\n\n\
             Sistematika:\n\nBAB I PENDAHULUAN\n\nIsi.\n\nBAB II PERENCANAAN\n\nIsi.\n\nBAB III AKUNTABILITAS\n\n\
             Isi.\n\nBAB III\n\nAKUNTABILITAS KINERJA\n\nTabel 3.1\nUraian\tPagu\n\na\t1\n\nSesudah.\n",
        );
        let paras: Vec<(&str, &str)> = text
            .paragraphs()
            .map(|p| (p.chapter.as_ref(), p.text.as_str()))
            .collect();
        assert_eq!(paras[0], ("", "LAPORAN KINERJA"));
        assert!(paras.contains(&("BAB I PENDAHULUAN", "Satu dua tiga.")));
        assert!(paras.contains(&("BAB I PENDAHULUAN", "a. butir")));
        // The outline's headings stay in BAB I.
        assert!(paras.contains(&("BAB I PENDAHULUAN", "BAB II PERENCANAAN")));
        assert!(paras.contains(&("BAB III AKUNTABILITAS KINERJA", "Sesudah.")));
        let tables: Vec<&Table> = text.tables().collect();
        assert_eq!(tables.len(), 1);
        assert_eq!(
            tables[0].rows.len(),
            2,
            "the blank line does not end the table"
        );
        assert_eq!(tables[0].caption.as_deref(), Some("Tabel 3.1"));
        // Line 31 is the header, 32 blank, 33 the row.
        assert_eq!(tables[0].rows[1].line, Some(33));
    }
}
