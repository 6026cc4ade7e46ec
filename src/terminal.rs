//! What lakip does differently on a terminal: tables fitted to its width, severities in
//! colour, progress bars on stderr. On a pipe or in a file the output is what it always was, so
//! scripts and the golden tests see the same bytes.

use comfy_table::{ContentArrangement, Table};
use std::io::IsTerminal;
use std::sync::OnceLock;

/// `--width COLS`, given once by the command line before a command runs.
static WIDTH: OnceLock<Option<u16>> = OnceLock::new();

/// Tables narrower than this are not worth fitting: numbers alone would not fit.
const MIN_WIDTH: u16 = 40;

/// Records `--width` (the command line's; later calls change nothing).
pub fn set_width(width: Option<u16>) {
    let _ = WIDTH.set(width);
}

/// The width text tables are fitted to: `--width`, else on a terminal `COLUMNS` or the
/// terminal's own width; `None` on a pipe or in a file (the full table, as before).
pub fn width() -> Option<u16> {
    if let Some(w) = WIDTH.get().copied().flatten() {
        return Some(w.max(MIN_WIDTH));
    }
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok());
    columns
        .or_else(|| comfy_table::Table::new().width())
        .map(|w| w.max(MIN_WIDTH))
}

/// How a table's long texts give way when it is fitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Long texts wrap inside their cells, at spaces and after `/` and `-`.
    Wrap,
    /// Each row stays one line, long texts cut with `…` (a tree keeps its indents).
    Truncate,
}

/// What a table may give up when it does not fit: its columns to leave out, the least
/// valuable first. With none left to drop, rows are shown stacked (`label: value`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints<'a> {
    pub drop_first: &'a [usize],
}

/// A table as it is printed: the table, or its rows stacked, and a note naming the columns
/// left out.
pub struct Fitted {
    body: String,
    note: Option<String>,
}

impl std::fmt::Display for Fitted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.body)?;
        if let Some(note) = &self.note {
            write!(f, "\n{note}")?;
        }
        Ok(())
    }
}

/// A text table shorter than this is a truncated column's least width (a tree's uraian).
const CUT_MIN: usize = 16;

/// Fits `table` to [`width`] when there is one; else the table as it always was.
pub fn fit(table: Table, how: Fit) -> Fitted {
    fit_with(table, how, Hints::default())
}

/// [`fit`] with the table's own hints.
pub fn fit_with(table: Table, how: Fit, hints: Hints) -> Fitted {
    match width() {
        Some(w) => fit_to(&table, usize::from(w), how, hints),
        None => Fitted {
            body: table.to_string(),
            note: None,
        },
    }
}

/// One column's texts and the widths they ask for.
struct Column {
    header: String,
    cells: Vec<String>,
    /// Every body cell is a number, a date or one word: never broken.
    whole: bool,
    numeric: bool,
    /// The narrowest the column may be: its longest word (its whole widest cell if whole).
    min: usize,
    /// The widest line of the column, header included.
    full: usize,
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

impl Column {
    fn new(header: String, cells: Vec<String>, how: Fit) -> Column {
        let body = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty());
        let whole = body.clone().all(unbreakable);
        let numeric = body.clone().all(|c| c == "-" || is_number(c)) && body.count() > 0;
        let widest_line = |s: &String| s.lines().map(chars).max().unwrap_or(0);
        let widest_body = cells.iter().map(widest_line).max().unwrap_or(0);
        let header_word = longest_word(&header);
        let min = if whole {
            widest_body.max(header_word)
        } else if how == Fit::Truncate {
            widest_body.min(CUT_MIN).max(header_word)
        } else {
            cells
                .iter()
                .map(|c| longest_word(c))
                .max()
                .unwrap_or(0)
                .max(header_word)
        };
        let full = widest_body.max(widest_line(&header)).max(min);
        Column {
            header,
            cells,
            whole,
            numeric,
            min,
            full,
        }
    }
}

/// A cell that must stay on one line: an amount, a percentage, a date, a code or an ID.
fn unbreakable(text: &str) -> bool {
    is_number(text) || is_date(text) || !text.contains(char::is_whitespace) && !text.contains('/')
}

/// `2024-01-01`, `2024-01-01 00:00 UTC`.
fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && text.len() <= 25
}

/// The pieces a text may break between: at spaces (dropped), after `/` and `-` (kept).
/// Each piece says whether a space stood before it.
fn pieces(text: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    for (i, word) in text.split_whitespace().enumerate() {
        let mut current = String::new();
        let mut first = true;
        let mut chars = word.chars().peekable();
        while let Some(c) = chars.next() {
            current.push(c);
            // After a path's `/`, or a hyphen inside a word (`tabel-3.1-`; not `--width`).
            let inside = current.chars().any(char::is_alphanumeric)
                && chars.peek().is_some_and(|n| n.is_alphanumeric());
            if (c == '/' || c == '-') && inside {
                out.push((i > 0 && first, std::mem::take(&mut current)));
                first = false;
            }
        }
        if !current.is_empty() {
            out.push((i > 0 && first, current));
        }
    }
    out
}

fn longest_word(text: &str) -> usize {
    text.lines()
        .flat_map(pieces)
        .map(|(_, p)| chars(&p))
        .max()
        .unwrap_or(0)
}

/// `text` wrapped to `width` at its break points, its leading indent kept on the first line.
fn wrap(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines() {
        let indent: String = line.chars().take_while(|c| *c == ' ').collect();
        let mut current = indent.clone();
        for (space, piece) in pieces(line) {
            let joined = if current.trim().is_empty() {
                format!("{current}{piece}")
            } else if space {
                format!("{current} {piece}")
            } else {
                format!("{current}{piece}")
            };
            if chars(&joined) <= width || current.trim().is_empty() {
                current = joined;
            } else {
                lines.push(std::mem::take(&mut current));
                current = piece;
            }
        }
        lines.push(current);
    }
    lines.join("\n")
}

/// `text` on one line of at most `width` characters, cut with `…`.
fn cut(text: &str, width: usize) -> String {
    let line = text.lines().next().unwrap_or("");
    if chars(line) <= width && !text.contains('\n') {
        return line.to_string();
    }
    let kept: String = line.chars().take(width.saturating_sub(1)).collect();
    format!("{kept}…")
}

/// Border and padding a table of `n` columns takes: `│ ` before each, ` │` after the last.
fn chrome(n: usize) -> usize {
    3 * n + 1
}

/// [`fit`] to a width given: every column first gets its least width (numbers, dates and
/// IDs whole, texts their longest word), the rest of the width goes to the texts. When even
/// the least widths do not fit, the hinted columns are left out (and named), then the rows
/// are stacked.
pub fn fit_to(table: &Table, width: usize, how: Fit, hints: Hints) -> Fitted {
    let mut columns = read(table, how);
    if columns.iter().map(|c| c.full).sum::<usize>() + chrome(columns.len()) <= width {
        return Fitted {
            body: table.to_string(),
            note: None,
        };
    }
    let mut dropped = Vec::new();
    let least = |cs: &[Column]| cs.iter().map(|c| c.min).sum::<usize>() + chrome(cs.len());
    let mut order: Vec<usize> = hints.drop_first.to_vec();
    while least(&columns) > width {
        let Some(next) = order.first().copied() else {
            break;
        };
        order.remove(0);
        if next >= columns.len() {
            continue;
        }
        dropped.push(columns.remove(next).header.replace('\n', " "));
        // Later indices shift left by one.
        for o in order.iter_mut() {
            if *o > next {
                *o -= 1;
            }
        }
    }
    let note = (!dropped.is_empty()).then(|| {
        let said = crate::t!("table-columns-left-out", columns = dropped.join(", "));
        wrap(&said, width)
    });
    if least(&columns) > width {
        return Fitted {
            body: stacked(&read(table, how), width),
            note: None,
        };
    }
    let widths = share(&columns, width);
    Fitted {
        body: render(&columns, &widths, how),
        note,
    }
}

fn read(table: &Table, how: Fit) -> Vec<Column> {
    let header: Vec<String> = table
        .header()
        .map(|h| h.cell_iter().map(|c| c.content()).collect())
        .unwrap_or_default();
    let n = table
        .row_iter()
        .map(|r| r.cell_count())
        .max()
        .unwrap_or(0)
        .max(header.len());
    (0..n)
        .map(|c| {
            let cells = table
                .row_iter()
                .map(|r| {
                    r.cell_iter()
                        .nth(c)
                        .map(|x| x.content())
                        .unwrap_or_default()
                })
                .collect();
            Column::new(header.get(c).cloned().unwrap_or_default(), cells, how)
        })
        .collect()
}

/// Each column's width: its least, then what is left to the columns that want more, in
/// turns of one character to the column furthest below its full width (texts first).
fn share(columns: &[Column], width: usize) -> Vec<usize> {
    let mut widths: Vec<usize> = columns.iter().map(|c| c.min).collect();
    let mut left = width.saturating_sub(widths.iter().sum::<usize>() + chrome(columns.len()));
    // Short texts (a predikat, a sheet's name) whole first: wrapping them saves little.
    for c in 0..columns.len() {
        let more = columns[c].full - widths[c];
        if !columns[c].whole && columns[c].full <= CUT_MIN && more <= left {
            widths[c] += more;
            left -= more;
        }
    }
    for texts_first in [true, false] {
        while left > 0 {
            let next = (0..columns.len())
                .filter(|&c| columns[c].whole != texts_first && widths[c] < columns[c].full)
                .max_by_key(|&c| columns[c].full - widths[c]);
            let Some(c) = next else {
                break;
            };
            widths[c] += 1;
            left -= 1;
        }
    }
    widths
}

fn render(columns: &[Column], widths: &[usize], how: Fit) -> String {
    let mut table = Table::new();
    table.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
    table.set_content_arrangement(ContentArrangement::Disabled);
    // A table without a header keeps none.
    if columns.iter().any(|c| !c.header.is_empty()) {
        table.set_header(columns.iter().zip(widths).map(|(c, w)| wrap(&c.header, *w)));
    }
    let rows = columns.first().map_or(0, |c| c.cells.len());
    for r in 0..rows {
        table.add_row(columns.iter().zip(widths).map(|(c, w)| {
            let text = &c.cells[r];
            let shown = match how {
                _ if c.whole => text.clone(),
                Fit::Wrap => wrap(text, *w),
                Fit::Truncate => cut(text, *w),
            };
            let cell = comfy_table::Cell::new(shown);
            if c.numeric {
                cell.set_alignment(comfy_table::CellAlignment::Right)
            } else {
                cell
            }
        }));
    }
    table.to_string()
}

/// One block per row, `label: value`, values wrapped beside their labels.
fn stacked(columns: &[Column], width: usize) -> String {
    let label = columns
        .iter()
        .map(|c| chars(&c.header.replace('\n', " ")))
        .max()
        .unwrap_or(0);
    let room = width.saturating_sub(label + 2).max(CUT_MIN);
    let rows = columns.first().map_or(0, |c| c.cells.len());
    let mut out = String::new();
    for r in 0..rows {
        out.push_str(&format!("── {} ──\n", r + 1));
        for c in columns {
            // A tree's indent stays: it says where the row sits.
            let value = c.cells[r].trim_end();
            if value.trim().is_empty() {
                continue;
            }
            let header = c.header.replace('\n', " ");
            let wrapped = if c.whole {
                value.to_string()
            } else {
                wrap(value, room)
            };
            for (i, line) in wrapped.lines().enumerate() {
                let head = if i == 0 {
                    format!("{header}:")
                } else {
                    String::new()
                };
                out.push_str(&format!("{head:<w$} {line}\n", w = label + 1));
            }
        }
    }
    out.trim_end().to_string()
}

fn is_number(text: &str) -> bool {
    let body = text.strip_prefix('-').unwrap_or(text);
    let body = body.strip_prefix("Rp").unwrap_or(body).trim_start();
    let body = body.strip_suffix('%').unwrap_or(body);
    body.starts_with(|c: char| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// Whether stdout gets colour: never when `NO_COLOR` is set (no-color.org), always when
/// `CLICOLOR_FORCE` is (not `0`), else only on a terminal that is not `TERM=dumb`.
pub fn colour() -> bool {
    // Asked once per finding: the environment and stdout are read once a process.
    static COLOUR: OnceLock<bool> = OnceLock::new();
    *COLOUR.get_or_init(colour_now)
}

fn colour_now() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        return false;
    }
    if set("CLICOLOR_FORCE") {
        return true;
    }
    std::io::stdout().is_terminal() && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

/// `text` in bold red (an error) or bold yellow (a warning) when [`colour`] allows.
pub fn paint(text: &str, tone: Tone) -> String {
    if !colour() {
        return text.to_string();
    }
    let code = match tone {
        Tone::Error => "1;31",
        Tone::Warning => "1;33",
        Tone::Note => "1;36",
    };
    format!("\u{1b}[{code}m{text}\u{1b}[0m")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Error,
    Warning,
    Note,
}

/// A progress bar on stderr for `len` steps of `what` (`rows`, `chapters`, `paragraphs`),
/// drawn only when stderr is a terminal: on a pipe or in a log it is hidden, and prints
/// nothing.
pub fn progress(len: u64, what: &str) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    let template = format!("{{spinner}} {{msg}} [{{bar:30}}] {{pos}}/{{len}} {what}");
    if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// A spinner on stderr counting `what` while their number is not known (rows of a sheet being
/// read), drawn only when stderr is a terminal.
pub fn counter(what: &str) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() || crate::timings::on() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    let template = format!("{{spinner}} {{msg}} {{human_pos}} {what}");
    if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_told_from_texts() {
        for n in [
            "37.230.532.000",
            "99,56%",
            "-1.500",
            "Rp1.500",
            "12",
            "0,00%",
        ] {
            assert!(is_number(n), "{n}");
        }
        for t in [
            "Belanja Pegawai",
            "1. Program",
            "2023-01-01",
            "? (formula)",
            "",
        ] {
            assert!(!is_number(t), "{t}");
        }
    }

    #[test]
    fn a_fitted_table_keeps_its_numbers_whole() {
        let mut table = Table::new();
        table.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
        table.set_header(vec!["Uraian", "Pagu", "Serapan"]);
        let uraian = "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi ".repeat(3);
        table.add_row(vec![uraian.as_str(), "37.230.532.000", "99,56%"]);
        let text = fit_to(&table, 60, Fit::Wrap, Hints::default()).to_string();
        assert!(text.lines().all(|l| l.chars().count() <= 60), "{text}");
        assert!(
            text.contains("37.230.532.000") && text.contains("99,56%"),
            "{text}"
        );
        // Words whole: the uraian breaks only at its spaces.
        assert!(text.contains("Penyelenggaraan"), "{text}");
        let mut table = Table::new();
        table.add_row(vec![uraian.as_str(), "37.230.532.000"]);
        let text = fit_to(&table, 60, Fit::Truncate, Hints::default()).to_string();
        // One row, one line between its borders: the uraian cut, the amount whole.
        assert_eq!(text.lines().count(), 3, "{text}");
        assert!(
            text.contains('…') && text.contains("37.230.532.000"),
            "{text}"
        );
    }

    #[test]
    fn paths_wrap_after_slashes_and_hyphens() {
        // "sources/" (8) + "bab3-" (5) = 13 ≤ 14; "pengukuran-" 11; "kinerja.xlsx" 12.
        assert_eq!(
            wrap("sources/bab3-pengukuran-kinerja.xlsx", 14),
            "sources/bab3-\npengukuran-\nkinerja.xlsx"
        );
        assert_eq!(wrap("PK Div Keuangan", 9), "PK Div\nKeuangan");
        assert_eq!(longest_word("butir/indikator"), 9);
    }
}
