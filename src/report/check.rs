//! What `lakip check` prints: compiler-style blocks for people, JSON for scripts, workflow
//! annotations for GitHub.

use crate::check::{Diagnostic, Severity};
use crate::model::Field;
use crate::numbers::{canonical, format_persen};
use crate::t;
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// Cells listed in full up to this many; longer lists are shortened in the middle.
const MAX_CELLS_SHOWN: usize = 12;

pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub documents: usize,
    /// Recognition choices still in doubt (rule `doubt`): the check cannot say "ok" over them.
    pub doubts: usize,
    /// Documents that state another year than the workspace's (rule `year-mismatch`): their
    /// figures may be another year's, so the check cannot say "ok" over them either.
    pub other_years: usize,
    /// The check fails: errors, or warnings under `--deny warnings`.
    pub failed: bool,
}

impl Summary {
    pub fn of(diagnostics: &[Diagnostic], documents: usize, deny_warnings: bool) -> Summary {
        let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
        let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
        Summary {
            errors,
            warnings,
            documents,
            doubts: diagnostics.iter().filter(|d| d.code == "doubt").count(),
            other_years: (diagnostics.iter())
                .filter(|d| d.code == crate::check::YEAR_MISMATCH.code)
                .count(),
            failed: errors > 0 || (deny_warnings && warnings > 0),
        }
    }
}

pub fn text(diagnostics: &[Diagnostic], summary: &Summary) -> String {
    let mut out = blocks(diagnostics);
    let (errors, warnings, documents) = (summary.errors, summary.warnings, summary.documents);
    let key = match (summary.failed, summary.doubts, summary.other_years) {
        (true, _, _) => "check-summary-failed",
        (false, 0, 0) => "check-summary-ok",
        (false, 0, _) => "check-summary-other-year",
        (false, _, _) => "check-summary-doubt",
    };
    let line = crate::i18n::tr(
        key,
        &[
            ("errors", errors.into()),
            ("warnings", warnings.into()),
            ("documents", documents.into()),
            ("doubts", summary.doubts.into()),
            ("other_years", summary.other_years.into()),
        ],
    );
    let line = match summary.failed {
        true => severity(Severity::Error, &line),
        false => line,
    };
    out.push_str(&line);
    out.push('\n');
    out
}

/// Each finding as a compiler-style block, a blank line after each.
pub fn blocks(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&block(d));
        out.push('\n');
    }
    out
}

/// `error[code]` in red, `warning[code]` in yellow on a terminal (never with NO_COLOR).
pub fn severity(s: Severity, text: &str) -> String {
    use crate::terminal::{paint, Tone};
    let tone = match s {
        Severity::Error => Tone::Error,
        Severity::Warning => Tone::Warning,
        Severity::Info => Tone::Note,
    };
    paint(text, tone)
}

fn block(d: &Diagnostic) -> String {
    let mut out = format!(
        "{}: {}\n",
        severity(d.severity, &format!("{}[{}]", d.severity.label(), d.code)),
        d.message
    );
    // A Word document's location names its table and row already; a sentence its paragraph.
    match (&d.quote, d.location.in_word()) {
        (Some(_), _) => out.push_str(&format!("  --> {}\n", text_place(d))),
        (None, Some(_)) => out.push_str(&format!("  --> {}\n", d.location)),
        (None, None) => out.push_str(&format!(
            "  --> {} ({})\n",
            d.location,
            t!("check-row", row = d.location.row)
        )),
    }
    if let Some(quote) = &d.quote {
        out.push_str(&label_line(t!("check-label-text"), &format!("\"{quote}\"")));
    }
    if let (Some(field), Some(stated), Some(computed)) = (d.field, d.stated, d.computed) {
        out.push_str(&label_line(t!("check-label-stated"), &show(field, stated)));
        out.push_str(&label_line(
            t!("check-label-computed"),
            &show(field, computed),
        ));
        let diff = difference(field, stated - computed);
        out.push_str(&label_line(t!("check-label-difference"), &diff));
    }
    if !d.summed.is_empty() {
        out.push_str(&label_line(t!("check-label-summed"), &cells(&d.summed)));
    }
    if let Some(hint) = &d.hint {
        out.push_str(&format!("   = {}: {hint}\n", t!("check-label-hint")));
    }
    out
}

/// `   = stated:     Rp1.000`: a label, its colon, and the value in a column of its own.
fn label_line(label: String, value: &str) -> String {
    format!("   = {:<12}{value}\n", format!("{label}:"))
}

/// `laporan.docx: BAB III AKUNTABILITAS KINERJA, paragraf 57`: a place in a report's text.
pub fn text_place(d: &Diagnostic) -> String {
    let l = &d.location;
    match l.sheet.is_empty() {
        true => format!("{}: {}", l.file, l.cell),
        false => format!("{}: {}, {}", l.file, l.sheet, l.cell),
    }
}

fn show(field: Field, value: Decimal) -> String {
    if field.is_percent() {
        format_persen(value, 2)
    } else if field.is_kinerja() {
        // A kinerja figure is in the indikator's unit (dokumen, orang), not rupiah.
        crate::numbers::format_amount(value)
    } else {
        crate::numbers::format_rupiah(value, if value.fract().is_zero() { 0 } else { 2 })
    }
}

fn difference(field: Field, value: Decimal) -> String {
    if field.is_percent() {
        let points = format_persen(value, 2);
        t!(
            "check-percentage-points",
            points = points.trim_end_matches('%')
        )
    } else {
        show(field, value)
    }
}

/// `B5 + B6 + … + B14 (10 cells)`.
fn cells(cells: &[String]) -> String {
    if cells.len() <= MAX_CELLS_SHOWN {
        return cells.join(" + ");
    }
    let head = cells[..4].join(" + ");
    let tail = cells[cells.len() - 2..].join(" + ");
    let count = t!("check-cells", count = cells.len());
    format!("{head} + … + {tail} ({count})")
}

pub fn json(diagnostics: &[Diagnostic], summary: &Summary) -> Value {
    let list: Vec<Value> = diagnostics.iter().map(diagnostic_json).collect();
    json!({"diagnostics": list, "errors": summary.errors, "warnings": summary.warnings})
}

pub fn diagnostic_json(d: &Diagnostic) -> Value {
    let number = |v: Option<Decimal>| v.map(|v| json!(canonical(v))).unwrap_or(Value::Null);
    let location = match &d.quote {
        Some(quote) => json!({
            "file": d.location.file,
            "chapter": d.location.sheet,
            "place": d.location.cell,
            "row": d.location.row,
            "text": quote,
        }),
        None => json!(d.location),
    };
    let mut v = json!({
        "code": d.code,
        "severity": d.severity.name(),
        "message": d.message,
        "location": location,
        "stated": number(d.stated),
        "computed": number(d.computed),
        "difference": number(d.difference()),
    });
    if let Some(field) = d.field {
        v["field"] = json!(field.name());
    }
    if !d.summed.is_empty() {
        v["summed"] = json!(d.summed);
    }
    if let Some(hint) = &d.hint {
        v["hint"] = json!(hint);
    }
    v
}

/// JSON Lines: each diagnostic as one line of compact JSON, the fields of [`json`]'s items, so
/// a script reads them as they come (`lakip check --format jsonl | jq -c …`).
pub fn jsonl(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&diagnostic_json(d).to_string());
        out.push('\n');
    }
    out
}

/// GitHub workflow commands: `::error file=…,line=…,title=…::message`.
pub fn github(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let level = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let place = match &d.quote {
            Some(_) => match d.location.sheet.is_empty() {
                true => d.location.cell.to_string(),
                false => format!("{}, {}", d.location.sheet, d.location.cell),
            },
            None => d
                .location
                .in_word()
                .unwrap_or_else(|| format!("{}!{}", d.location.sheet, d.location.cell)),
        };
        let mut message = format!("{} ({place})", d.message);
        if let (Some(field), Some(stated), Some(computed)) = (d.field, d.stated, d.computed) {
            message.push_str(&format!(
                ": {} {}, {} {}, {} {}",
                t!("check-label-stated"),
                show(field, stated),
                t!("check-label-computed"),
                show(field, computed),
                t!("check-label-difference"),
                difference(field, stated - computed)
            ));
        }
        out.push_str(&format!(
            "::{level} file={},line={},title={}::{}\n",
            property(&d.location.file),
            d.location.row,
            property(&format!("lakip {}", d.code)),
            data(&message)
        ));
    }
    out
}

fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}
