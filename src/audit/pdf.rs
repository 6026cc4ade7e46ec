//! A PDF's text and tables, from the words `pdftotext -bbox` places on each page.
//!
//! Words on one baseline make a line. A line whose cells (runs of words with a gap wider than a
//! cell's padding between them) name the columns of a capaian or budget table (`tables::roles`)
//! starts a table: its cells' left edges are the columns, the lines under it up to the first row
//! are the rest of the header, a line with a number in the No column or a figure in a Target,
//! Realisasi, Capaian, Pagu or % column starts a row, and the lines under a row whose words all
//! stay inside the columns are its cells' wrapped text. The table ends at the first line that
//! crosses a column's edge, or at the page's end. A header with no row read under it is no table:
//! its lines stay text, and the reason is kept for --verbose. The other lines make paragraphs,
//! broken at a wider gap between lines, a short line, or a sentence's end followed by a capital.

use super::read::Row;
use super::tables;

/// A word and its box, in points from the page's top left.
#[derive(Debug, Clone)]
struct Word {
    text: String,
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
}

/// Words on one baseline, left to right.
#[derive(Debug, Clone)]
struct Line {
    words: Vec<Word>,
}

impl Line {
    fn top(&self) -> f64 {
        self.words.first().map_or(0.0, |w| w.y0)
    }
    fn height(&self) -> f64 {
        self.words.first().map_or(0.0, |w| w.y1 - w.y0)
    }
    fn left(&self) -> f64 {
        self.words.first().map_or(0.0, |w| w.x0)
    }
    fn right(&self) -> f64 {
        self.words.last().map_or(0.0, |w| w.x1)
    }
    fn text(&self) -> String {
        let words: Vec<&str> = self.words.iter().map(|w| w.text.as_str()).collect();
        words.join(" ")
    }
}

/// What a PDF's pages hold, in reading order.
pub enum Piece {
    /// A paragraph's text.
    Para(String),
    Table(Vec<Row>),
    /// A table that was seen but not read: its header line and why.
    Unread(String, String),
}

/// A gap between two words wider than this (points) is a cell's edge, not a space.
const CELL_GAP: f64 = 7.0;
/// A word may stand this far (points) past a column's edge and still be in it.
const SLACK: f64 = 1.5;

/// Reads `pdftotext -bbox` output (XHTML) into paragraphs and tables.
pub fn pieces(bbox: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    for page in bbox.split("<page ").skip(1) {
        let lines = lines(words(page));
        page_pieces(&lines, &mut out);
    }
    out
}

fn words(page: &str) -> Vec<Word> {
    let mut out = Vec::new();
    for part in page.split("<word ").skip(1) {
        let attr = |name: &str| -> Option<f64> {
            let k = part.find(&format!("{name}=\""))? + name.len() + 2;
            let end = part[k..].find('"')? + k;
            part[k..end].parse().ok()
        };
        let (Some(x0), Some(y0), Some(x1), Some(y1)) =
            (attr("xMin"), attr("yMin"), attr("xMax"), attr("yMax"))
        else {
            continue;
        };
        let Some(start) = part.find('>') else {
            continue;
        };
        let Some(end) = part.find("</word>") else {
            continue;
        };
        let text = unescape(&part[start + 1..end]);
        if !text.trim().is_empty() {
            out.push(Word {
                text,
                x0,
                x1,
                y0,
                y1,
            });
        }
    }
    out
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Words on one baseline (tops within 2 points) make a line; lines top to bottom.
fn lines(mut words: Vec<Word>) -> Vec<Line> {
    words.sort_by(|a, b| a.y0.total_cmp(&b.y0).then(a.x0.total_cmp(&b.x0)));
    let mut out: Vec<Line> = Vec::new();
    for w in words {
        match out.last_mut() {
            Some(l) if (l.top() - w.y0).abs() < 2.0 => l.words.push(w),
            _ => out.push(Line { words: vec![w] }),
        }
    }
    for l in &mut out {
        l.words.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    }
    out
}

/// A line's cells: runs of words with gaps of at most [`CELL_GAP`], with their left edges.
fn cells(line: &Line) -> Vec<(f64, String)> {
    let mut out: Vec<(f64, String)> = Vec::new();
    let mut last_x1 = f64::MIN;
    for w in &line.words {
        match out.last_mut() {
            Some((_, text)) if w.x0 - last_x1 <= CELL_GAP => {
                text.push(' ');
                text.push_str(&w.text);
            }
            _ => out.push((w.x0, w.text.clone())),
        }
        last_x1 = w.x1;
    }
    out
}

fn page_pieces(lines: &[Line], out: &mut Vec<Piece>) {
    let mut prose: Vec<&Line> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if let Some(header) = header_roles(&lines[i]) {
            match table_at(lines, i, &header) {
                Ok((rows, next)) => {
                    paragraphs(&std::mem::take(&mut prose), out);
                    out.push(Piece::Table(rows));
                    i = next;
                    continue;
                }
                Err(reason) => out.push(Piece::Unread(lines[i].text(), reason)),
            }
        }
        prose.push(&lines[i]);
        i += 1;
    }
    paragraphs(&prose, out);
}

/// The roles a line's cells name, when they name a capaian or budget table's columns.
fn header_roles(line: &Line) -> Option<tables::Roles> {
    let cells = cells(line);
    if cells.len() < 3 {
        return None;
    }
    let row = Row {
        cells: cells.into_iter().map(|(_, t)| t).collect(),
        line: None,
        seq: 0,
    };
    let table = super::read::Table {
        number: 0,
        chapter: std::sync::Arc::from(""),
        rows: vec![row],
        caption: None,
    };
    tables::roles(&table).filter(|r| r.is_budget() || r.is_performance())
}

/// The table whose header is line `at`: its rows (the header first) and the line after it.
fn table_at(lines: &[Line], at: usize, roles: &tables::Roles) -> Result<(Vec<Row>, usize), String> {
    let header = cells(&lines[at]);
    let starts: Vec<f64> = header.iter().map(|(x, _)| *x).collect();
    let figures: Vec<usize> = [
        roles.target,
        roles.realisasi,
        roles.capaian,
        roles.pagu,
        roles.percent,
    ]
    .into_iter()
    .flatten()
    .collect();
    let column = |w: &Word| -> Option<usize> {
        let c = starts.iter().rposition(|s| w.x0 >= s - SLACK)?;
        let inside = starts.get(c + 1).is_none_or(|next| w.x1 <= next + SLACK);
        inside.then_some(c)
    };
    let in_grid = |l: &Line| l.words.iter().all(|w| column(w).is_some());
    let starts_row = |l: &Line| {
        l.words.iter().any(|w| {
            let c = column(w);
            let digit = w.text.starts_with(|ch: char| ch.is_ascii_digit());
            digit && (c == roles.no || c.is_some_and(|c| figures.contains(&c)))
        })
    };
    let mut rows: Vec<Vec<String>> = vec![header.iter().map(|(_, t)| t.clone()).collect()];
    let mut in_header = true;
    let mut i = at + 1;
    let mut last = &lines[at];
    while i < lines.len() {
        let l = &lines[i];
        let gap = l.top() - last.top();
        if !in_grid(l) || gap > 4.0 * last.height().max(1.0) {
            break;
        }
        let new_row = starts_row(l);
        if !new_row && !in_header {
            // A row's wrapped text: never in the No column.
            if l.words
                .iter()
                .any(|w| column(w) == roles.no && roles.no.is_some())
            {
                break;
            }
        }
        if new_row {
            in_header = false;
            rows.push(vec![String::new(); starts.len()]);
        }
        let Some(row) = rows.last_mut() else { break };
        for w in &l.words {
            if let Some(c) = column(w) {
                if !row[c].is_empty() {
                    row[c].push(' ');
                }
                row[c].push_str(&w.text);
            }
        }
        last = l;
        i += 1;
    }
    if rows.len() < 2 {
        return Err(crate::t!("audit-pdf-header-no-row"));
    }
    let rows = rows
        .into_iter()
        .map(|cells| Row {
            cells: cells.iter().map(|c| crate::text::one_line(c)).collect(),
            line: None,
            seq: 0,
        })
        .collect();
    Ok((rows, i))
}

/// Lines of prose into paragraphs: a new one after a gap wider than one and a half lines, after
/// a line that stops well short of the text's right edge, or after a sentence's end when the
/// next line starts with a capital or a number.
fn paragraphs(lines: &[&Line], out: &mut Vec<Piece>) {
    let right = lines.iter().map(|l| l.right()).fold(0.0, f64::max);
    let left = lines.iter().map(|l| l.left()).fold(f64::MAX, f64::min);
    let width = (right - left).max(1.0);
    let mut para = String::new();
    for (k, l) in lines.iter().enumerate() {
        if !para.is_empty() {
            para.push(' ');
        }
        para.push_str(&l.text());
        let next = lines.get(k + 1);
        let ends = match next {
            None => true,
            Some(n) => {
                let gap = n.top() - l.top();
                let short = l.right() - left < 0.75 * width;
                let text = l.text();
                let stop = text.ends_with(['.', ':', ';']);
                let capital = n
                    .text()
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
                gap > 1.5 * l.height().max(1.0) || short || (stop && capital)
            }
        };
        if ends {
            out.push(Piece::Para(std::mem::take(&mut para)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of `pdftotext -bbox`: each word as (text, x, y), 10 points high.
    fn page(words: &[(&str, f64, f64)]) -> String {
        let mut out = String::from("<page width=\"595\" height=\"842\">");
        for (t, x, y) in words {
            let x1 = x + 6.0 * t.len() as f64;
            out.push_str(&format!(
                "<word xMin=\"{x}\" yMin=\"{y}\" xMax=\"{x1}\" yMax=\"{}\">{t}</word>",
                y + 10.0
            ));
        }
        out + "</page>"
    }

    #[test]
    fn a_table_with_wrapped_cells() {
        let bbox = page(&[
            ("Tabel", 72.0, 100.0),
            ("No", 72.0, 120.0),
            ("Indikator", 100.0, 120.0),
            ("Target", 250.0, 120.0),
            ("Realisasi", 320.0, 120.0),
            ("1", 72.0, 132.0),
            ("Persentase", 100.0, 132.0),
            ("95%", 250.0, 132.0),
            ("90%", 320.0, 132.0),
            ("data", 100.0, 144.0),
            ("pemilih", 130.0, 144.0),
            ("Sesudah", 72.0, 170.0),
            ("tabel", 120.0, 170.0),
            ("itu", 155.0, 170.0),
            ("panjang", 175.0, 170.0),
            ("sekali", 222.0, 170.0),
            ("kalimatnya.", 262.0, 170.0),
        ]);
        let p = pieces(&bbox);
        assert!(matches!(&p[0], Piece::Para(t) if t == "Tabel"));
        let Piece::Table(rows) = &p[1] else {
            panic!("no table")
        };
        let cells: Vec<Vec<&str>> = rows
            .iter()
            .map(|r| r.cells.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(
            cells,
            vec![
                vec!["No", "Indikator", "Target", "Realisasi"],
                vec!["1", "Persentase data pemilih", "95%", "90%"],
            ]
        );
        assert!(matches!(&p[2], Piece::Para(t) if t.starts_with("Sesudah")));
    }

    #[test]
    fn a_header_with_no_row_under_it_is_said_not_guessed() {
        let bbox = page(&[
            ("No", 72.0, 120.0),
            ("Indikator", 100.0, 120.0),
            ("Target", 250.0, 120.0),
            ("Satu", 72.0, 132.0),
            ("kalimat", 100.0, 132.0),
            ("melintasi", 150.0, 132.0),
            ("kolom.", 210.0, 132.0),
        ]);
        let p = pieces(&bbox);
        assert!(
            matches!(&p[0], Piece::Unread(h, why) if h == "No Indikator Target" && *why == crate::t!("audit-pdf-header-no-row")),
        );
        assert!(p.iter().all(|x| !matches!(x, Piece::Table(_))));
    }
}
