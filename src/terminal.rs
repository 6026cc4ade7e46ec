//! What lakip does differently on a terminal: tables fitted to its width, severities in
//! colour, progress bars on stderr. On a pipe or in a file the output is what it always was, so
//! scripts and the golden tests see the same bytes.

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width};
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
    /// Long texts wrap inside their cells.
    Wrap,
    /// Each row stays one line, long texts cut with `…` (a tree keeps its indents).
    Truncate,
}

/// Fits `table` to [`width`] when there is one: texts wrap or are cut, a column of numbers
/// is never narrower than its widest number, so no amount is broken across lines.
pub fn fit(table: &mut Table, how: Fit) {
    let Some(width) = width() else {
        return;
    };
    fit_to(table, width, how);
}

/// [`fit`] to a width given.
pub fn fit_to(table: &mut Table, width: u16, how: Fit) {
    table.set_content_arrangement(ContentArrangement::Dynamic);
    table.set_width(width);
    table.set_truncation_indicator("…");
    // The widest number of each column of numbers; its header may wrap, a number may not.
    let numeric: Vec<(usize, u16)> = (0..table.column_count())
        .filter_map(|c| widest_number(table, c).map(|w| (c, w)))
        .collect();
    for (c, w) in numeric {
        at_least(table, c, w);
    }
    if how == Fit::Truncate {
        for row in table.row_iter_mut() {
            row.max_height(1);
        }
    }
}

/// Keeps a column of `table` as wide as its widest body cell once fitted (the IDs a user types
/// into another command); nothing when the table is not fitted.
pub fn keep_whole(table: &mut Table, column: usize) {
    if matches!(table.content_arrangement(), ContentArrangement::Disabled) {
        return;
    }
    let widest = table
        .column_cells_iter(column)
        .flatten()
        .map(|c| u16::try_from(c.content().chars().count()).unwrap_or(u16::MAX))
        .max();
    if let Some(w) = widest {
        at_least(table, column, w);
    }
}

/// A column at least `width` characters wide inside its padding. (comfy-table weighs a lower
/// boundary against a share of the width that counts the padding: given with it, the content
/// keeps its `width`.)
fn at_least(table: &mut Table, column: usize, width: u16) {
    if let Some(c) = table.column_mut(column) {
        let padded = width.saturating_add(c.padding_width());
        c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(padded)));
    }
}

/// The width of the widest cell of a column whose body cells are all numbers (or empty, `-`):
/// `37.230.532.000`, `99,56%`, `Rp1.500`, `12`; `None` for any other column.
fn widest_number(table: &Table, column: usize) -> Option<u16> {
    let mut widest = None;
    for cell in table.column_cells_iter(column).flatten() {
        let text = cell.content();
        let text = text.trim();
        if text.is_empty() || text == "-" {
            continue;
        }
        if !is_number(text) {
            return None;
        }
        let width = u16::try_from(text.chars().count()).unwrap_or(u16::MAX);
        widest = widest.max(Some(width));
    }
    widest
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
    if !std::io::stderr().is_terminal() {
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
        fit_to(&mut table, 60, Fit::Wrap);
        let text = table.to_string();
        assert!(text.lines().all(|l| l.chars().count() <= 60), "{text}");
        assert!(
            text.contains("37.230.532.000") && text.contains("99,56%"),
            "{text}"
        );
        let mut table = Table::new();
        table.add_row(vec![uraian.as_str(), "37.230.532.000"]);
        fit_to(&mut table, 60, Fit::Truncate);
        let text = table.to_string();
        // One row, one line between its borders: the uraian cut, the amount whole.
        assert_eq!(text.lines().count(), 3, "{text}");
        assert!(
            text.contains('…') && text.contains("37.230.532.000"),
            "{text}"
        );
    }
}
