//! What `lakip import` shows: the recognised tree with subtotals, the row accounting,
//! declared against computed totals, and notices. JSON is a contract scripts rely on.

use crate::model::{Amounts, Document, Field, Item, Quantity, Subtotal, Subtotals};
use crate::numbers;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, Table};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

/// Items are listed in the text tree up to this many; larger documents show headings only.
const MAX_ITEMS_SHOWN: usize = 200;

pub use crate::pipeline::Skipped;

pub fn text(docs: &[Document], skipped: &[Skipped]) -> String {
    let mut out = String::new();
    for doc in docs {
        out.push_str(&document_text(doc));
        out.push('\n');
    }
    for s in skipped {
        out.push_str(&format!("skipped {}:'{}': {}\n", s.file, s.sheet, s.reason));
    }
    out
}

fn document_text(doc: &Document) -> String {
    let mut out = format!(
        "{}:'{}': {} ({})\n",
        doc.file, doc.sheet, doc.kind, doc.kind_reason
    );
    let subtotals = doc.subtotals();
    out.push_str(&tree(doc, &subtotals).to_string());
    out.push('\n');
    out.push_str(&accounting(doc));
    for (i, h) in doc.headings.iter().enumerate() {
        out.push_str(&declared_lines(
            "heading",
            &h.text,
            &h.stated,
            subtotals.of(Some(i)),
        ));
    }
    for t in &doc.totals {
        let label = match t.heading {
            None => format!("{} (grand total)", t.label),
            Some(h) => format!("{} ({})", t.label, doc.path(Some(h)).join(" > ")),
        };
        out.push_str(&declared_lines(
            "total",
            &label,
            &t.stated,
            subtotals.of(t.heading),
        ));
    }
    for sig in &doc.signatures {
        out.push_str(&signature_line(sig));
    }
    for n in &doc.notices {
        out.push_str(&format!("warning: {}: {}\n", n.location, n.message));
    }
    out
}

fn signature_line(sig: &crate::model::Signature) -> String {
    {
        let place_date = [sig.place.as_deref(), sig.date.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "signature: {} — {}{}\n",
            place_date,
            sig.name.as_deref().unwrap_or("(no name)"),
            sig.nip
                .as_deref()
                .map(|n| format!(", NIP {n}"))
                .unwrap_or_default()
        )
    }
}

fn tree(doc: &Document, subtotals: &Subtotals) -> Table {
    let fields = &doc.fields;
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED);
    let mut header = vec![Cell::new("Uraian"), Cell::new("Items")];
    header.extend(fields.iter().map(|f| Cell::new(f.name())));
    table.set_header(header);
    let show_items = doc.items.len() <= MAX_ITEMS_SHOWN;
    let mut items_of: Vec<Vec<&Item>> = vec![Vec::new(); doc.headings.len()];
    let mut top_items = Vec::new();
    for it in &doc.items {
        match it.heading.and_then(|h| items_of.get_mut(h)) {
            Some(list) => list.push(it),
            None => top_items.push(it),
        }
    }
    // Items outside any heading come before the first heading.
    if show_items {
        for it in top_items {
            table.add_row(item_row(doc, it, fields));
        }
    }
    for (i, h) in doc.headings.iter().enumerate() {
        let indent = "  ".repeat(doc.depth(Some(i)) - 1);
        table.add_row(subtotal_row(
            format!("{indent}{}", shorten(&h.text, 90)),
            subtotals.of(Some(i)),
            fields,
        ));
        if show_items {
            for it in &items_of[i] {
                table.add_row(item_row(doc, it, fields));
            }
        }
    }
    table.add_row(subtotal_row("Σ items".to_string(), &subtotals.all, fields));
    table
}

fn subtotal_row(label: String, sub: &Subtotal, fields: &[Field]) -> Vec<Cell> {
    let mut row = vec![
        Cell::new(label),
        Cell::new(sub.items).set_alignment(CellAlignment::Right),
    ];
    row.extend(fields.iter().map(|f| sum_cell(*f, sub.sum(*f))));
    row
}

fn item_row(doc: &Document, it: &Item, fields: &[Field]) -> Vec<Cell> {
    let indent = "  ".repeat(doc.depth(it.heading));
    let uraian = if it.uraian.is_empty() {
        "(no uraian)"
    } else {
        &it.uraian
    };
    let mut row = vec![
        Cell::new(format!("{indent}· {}", shorten(uraian, 70))),
        Cell::new(""),
    ];
    for f in fields {
        row.push(quantity_cell(*f, it.amounts.get(f)));
    }
    row
}

/// One line of at most `max` characters: a cell's line breaks become spaces.
fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        text
    } else {
        format!("{}…", text.chars().take(max - 1).collect::<String>())
    }
}

fn show(field: Field, value: Decimal) -> String {
    if field.is_percent() {
        numbers::format_persen(value, 2)
    } else {
        numbers::format_amount(value)
    }
}

/// A computed subtotal; percentages do not add up, so they get none.
fn sum_cell(field: Field, sum: Option<Decimal>) -> Cell {
    let text = match sum {
        _ if field.is_percent() => String::new(),
        Some(v) => show(field, v),
        None => "?".to_string(),
    };
    Cell::new(text).set_alignment(CellAlignment::Right)
}

fn quantity_cell(field: Field, q: Option<&Quantity>) -> Cell {
    let text = match q {
        None => String::new(),
        Some(q) if q.dash => "-".to_string(),
        Some(q) => q
            .value
            .map(|v| show(field, v))
            .unwrap_or_else(|| "? (formula)".into()),
    };
    Cell::new(text).set_alignment(CellAlignment::Right)
}

fn accounting(doc: &Document) -> String {
    let counts = doc.row_counts();
    let total: usize = counts.values().sum();
    let parts: Vec<String> = counts
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(c, n)| format!("{n} {}", c.name()))
        .collect();
    format!("rows: {total} = {}\n", parts.join(", "))
}

/// One line per stated amount: what the row states, what its items add up to, and the verdict.
fn declared_lines(what: &str, label: &str, stated: &Amounts, sub: &Subtotal) -> String {
    let mut out = String::new();
    for (field, q) in stated.iter().filter(|(f, _)| !f.is_percent()) {
        let computed = sub.sum(*field);
        let verdict = match (q.value, computed) {
            (Some(s), Some(c)) if s == c => "equal".to_string(),
            (Some(s), Some(c)) => format!("differs by {}", show(*field, s - c)),
            _ => "not comparable: a formula has no computed value".to_string(),
        };
        let fmt = |v: Option<Decimal>| v.map(|v| show(*field, v)).unwrap_or_else(|| "?".into());
        out.push_str(&format!(
            "{what} {} at {}: {} stated {}, computed {} — {verdict}\n",
            shorten(label, 60),
            q.cell,
            field.name(),
            fmt(q.value),
            fmt(computed),
        ));
    }
    out
}

pub fn json(docs: &[Document], skipped: &[Skipped]) -> Value {
    json!({
        "documents": docs.iter().map(document_json).collect::<Vec<_>>(),
        "skipped": skipped.iter().map(|s| json!({"file": s.file, "sheet": s.sheet, "reason": s.reason})).collect::<Vec<_>>(),
    })
}

fn document_json(doc: &Document) -> Value {
    let rows: Map<String, Value> = doc
        .row_counts()
        .iter()
        .map(|(c, n)| (c.name().to_string(), json!(n)))
        .collect();
    json!({
        "file": doc.file,
        "sheet": doc.sheet,
        "kind": doc.kind.name(),
        "kind_reason": doc.kind_reason,
        "title": doc.title,
        "rows": rows,
        "headings": doc.headings.iter().map(|h| heading_json(doc, h)).collect::<Vec<_>>(),
        "items": doc.items.iter().map(|it| item_json(doc, it)).collect::<Vec<_>>(),
        "totals": doc.totals.iter().map(|t| total_json(doc, t)).collect::<Vec<_>>(),
        "signature": doc.signature(),
        "signatures": doc.signatures,
        "notices": doc.notices,
    })
}

fn item_json(doc: &Document, it: &Item) -> Value {
    let mut m = Map::new();
    m.insert("path".into(), json!(doc.path(it.heading)));
    m.insert("uraian".into(), json!(it.uraian));
    amounts_json(&it.amounts, &mut m);
    let texts = [
        ("code", &it.code),
        ("number", &it.number),
        ("sasaran", &it.sasaran),
        ("indikator", &it.indikator),
        ("output", &it.output),
        ("ket", &it.ket),
    ];
    for (key, value) in texts {
        if let Some(v) = value {
            m.insert(key.into(), json!(v));
        }
    }
    m.insert("location".into(), json!(it.location));
    Value::Object(m)
}

fn heading_json(doc: &Document, h: &crate::model::Heading) -> Value {
    let mut stated = Map::new();
    amounts_json(&h.stated, &mut stated);
    json!({
        "level": h.level.name(),
        "path": doc.path(h.parent),
        "text": h.text,
        "code": h.code,
        "number": h.number,
        "stated": stated,
        "location": h.location,
    })
}

fn total_json(doc: &Document, t: &crate::model::Total) -> Value {
    let mut stated = Map::new();
    amounts_json(&t.stated, &mut stated);
    json!({"label": t.label, "path": doc.path(t.heading), "stated": stated, "location": t.location})
}

/// Each field as an exact decimal string (`null` when a formula has no computed value),
/// with `<field>_cell`, and `dashes` listing the fields written as `-`.
fn amounts_json(amounts: &Amounts, m: &mut Map<String, Value>) {
    let mut dashes = Vec::new();
    for (field, q) in amounts {
        let value = q
            .value
            .map(|v| json!(numbers::canonical(v)))
            .unwrap_or(Value::Null);
        m.insert(field.name().into(), value);
        m.insert(format!("{}_cell", field.name()), json!(q.cell));
        if q.dash {
            dashes.push(field.name());
        }
        if let Some(f) = &q.uncomputed_formula {
            m.insert(format!("{}_uncomputed_formula", field.name()), json!(f));
        }
    }
    if !dashes.is_empty() {
        m.insert("dashes".into(), json!(dashes));
    }
}
