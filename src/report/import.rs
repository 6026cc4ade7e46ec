//! What `lakip import` shows: the recognised tree with subtotals, the row accounting,
//! declared against computed totals, and notices. JSON is a contract scripts rely on.

use super::grid::{Align, Grid};
use super::indicators;
use super::{quantity_text, show};
use crate::model::{Amounts, Document, Field, Item, Quantity, Subtotal, Subtotals};
use crate::numbers;
use rust_decimal::Decimal;
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::json;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};

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
        let name = crate::model::sheet_name(&s.file, &s.sheet);
        out.push_str(&crate::t!(
            "view-import-skipped",
            sheet = name,
            reason = &s.reason
        ));
        out.push('\n');
    }
    out
}

fn document_text(doc: &Document) -> String {
    let mut out = format!(
        "{}: {} ({})\n",
        crate::model::sheet_name(&doc.file, &doc.sheet),
        doc.kind,
        doc.kind_reason
    );
    out.push_str(&identity_line(doc));
    if doc.kind.is_indicator_table() {
        out.push_str(&indicators::table(doc).to_string());
        out.push('\n');
        out.push_str(&indicators::budget_lines(doc));
        out.push_str(&accounting(doc));
        for sig in &doc.signatures {
            out.push_str(&signature_line(sig));
        }
        out.push_str(&notice_lines(doc));
        return out;
    }
    let subtotals = doc.subtotals();
    tree(&mut out, doc, &subtotals);
    out.push('\n');
    out.push_str(&accounting(doc));
    out.push_str(&declared_text(doc, &subtotals));
    for t in doc.totals() {
        let label = match t.heading {
            None => crate::t!("view-import-grand-total", label = &t.label),
            Some(h) => format!("{} ({})", t.label, doc.path(Some(h)).join(" > ")),
        };
        let lines = declared_lines(Declared::Total, &label, &t.stated, subtotals.of(t.heading));
        out.extend(lines);
    }
    for sig in &doc.signatures {
        out.push_str(&signature_line(sig));
    }
    out.push_str(&notice_lines(doc));
    out
}

/// The document's notices, one warning line each.
fn notice_lines(doc: &Document) -> String {
    doc.notices
        .iter()
        .map(|n| {
            let message = format!("{}: {}", n.location, n.message);
            crate::t!("warning-line", message = message) + "\n"
        })
        .collect()
}

/// What the title block says the document is of (a SAKTI report's satker and period), on one
/// line: each name with its code before it.
fn identity_line(doc: &Document) -> String {
    let identity = doc.kind.identity(doc);
    let code = |key: &str| {
        identity
            .iter()
            .find(|(k, _)| k.strip_suffix("_kode") == Some(key))
            .map(|(_, v)| format!("{v} "))
            .unwrap_or_default()
    };
    let parts: Vec<String> = identity
        .iter()
        .filter(|(k, _)| !k.ends_with("_kode"))
        .map(|(k, v)| format!("{k} {}{v}", code(k)))
        .collect();
    if parts.is_empty() {
        return String::new();
    }
    crate::t!("view-import-identity", identity = parts.join("; ")) + "\n"
}

fn signature_line(sig: &crate::model::Signature) -> String {
    {
        let place_date = [sig.place.as_deref(), sig.date.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let no_name = crate::t!("view-import-no-name");
        let signer = format!(
            "{}{}",
            sig.name.as_deref().unwrap_or(&no_name),
            sig.nip
                .as_deref()
                .map(|n| format!(", NIP {n}"))
                .unwrap_or_default()
        );
        let line = match sig.pihak() {
            Some(p) => crate::t!(
                "view-import-signature-pihak",
                pihak = p,
                place_date = place_date,
                signer = signer
            ),
            None => crate::t!(
                "view-import-signature",
                place_date = place_date,
                signer = signer
            ),
        };
        line + "\n"
    }
}

/// The tree of headings (and items, when few) with their subtotals, written into `out`.
fn tree(out: &mut String, doc: &Document, subtotals: &Subtotals) {
    let grid = tree_grid(doc, subtotals);
    // Each row one line on a terminal: a wrapped uraian would lose the tree's indent.
    match crate::terminal::width() {
        Some(_) => {
            let fitted = crate::terminal::fit(grid.to_table(), crate::terminal::Fit::Truncate);
            out.push_str(&fitted.to_string());
        }
        None => grid.write(out),
    }
}

fn tree_grid(doc: &Document, subtotals: &Subtotals) -> Grid {
    // The tree adds its rows up: a kinerja figure (the Renja form's K) is in the JSON, not here.
    let fields: &Vec<Field> = &doc
        .fields
        .iter()
        .copied()
        .filter(|f| !f.is_kinerja())
        .collect();
    let mut header = vec![
        crate::t!("view-import-uraian"),
        crate::t!("view-import-items"),
    ];
    header.extend(fields.iter().map(|f| f.label().to_string()));
    let mut grid = Grid::new(&header);
    let show_items = doc.items().len() <= MAX_ITEMS_SHOWN;
    // Items by heading, only when they are shown.
    let mut items_of: Vec<Vec<&Item>> = Vec::new();
    let mut top_items = Vec::new();
    if show_items {
        items_of.resize(doc.headings().len(), Vec::new());
        for it in doc.items() {
            match it.heading.and_then(|h| items_of.get_mut(h)) {
                Some(list) => list.push(it),
                None => top_items.push(it),
            }
        }
    }
    // Items outside any heading come before the first heading.
    for it in top_items {
        item_row(&mut grid, doc, it, fields);
    }
    for (i, h) in doc.headings().iter().enumerate() {
        let indent = "  ".repeat(doc.depth(Some(i)) - 1);
        let label = format!("{indent}{}", shorten(&h.text, 90));
        subtotal_row(&mut grid, &label, subtotals.of(Some(i)), fields);
        for it in items_of.get(i).into_iter().flatten() {
            item_row(&mut grid, doc, it, fields);
        }
    }
    let sum = crate::t!("view-import-sum");
    subtotal_row(&mut grid, &sum, &subtotals.all, fields);
    grid
}

fn subtotal_row(grid: &mut Grid, label: &str, sub: &Subtotal, fields: &[Field]) {
    grid.push(label, Align::Left);
    grid.push(&sub.items.to_string(), Align::Right);
    for f in fields {
        grid.push(&sum_text(*f, sub.sum(*f)), Align::Right);
    }
}

fn item_row(grid: &mut Grid, doc: &Document, it: &Item, fields: &[Field]) {
    let indent = "  ".repeat(doc.depth(it.heading));
    let no_uraian = crate::t!("view-import-no-uraian");
    let uraian = if it.uraian.is_empty() {
        &no_uraian
    } else {
        &it.uraian
    };
    grid.push(&format!("{indent}· {}", shorten(uraian, 70)), Align::Left);
    grid.push("", Align::Left);
    let unknown = crate::t!("view-import-formula-unknown");
    for f in fields {
        let text = quantity_text(*f, it.amounts.get(f), &unknown);
        grid.push(&text, Align::Right);
    }
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

/// A computed subtotal; percentages do not add up, so they get none.
fn sum_text(field: Field, sum: Option<Decimal>) -> String {
    match sum {
        _ if field.is_percent() => String::new(),
        Some(v) => show(field, v),
        None => "?".to_string(),
    }
}

fn accounting(doc: &Document) -> String {
    let counts = doc.row_counts();
    let total: usize = counts.values().sum();
    let parts: Vec<String> = counts
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(c, n)| {
            format!(
                "{n} {}",
                crate::i18n::tr(&format!("row-class-{}", c.name()), &[])
            )
        })
        .collect();
    crate::t!("view-import-rows", total = total, parts = parts.join(", ")) + "\n"
}

/// The amounts headings state are listed one by one up to this many; beyond, those equal to
/// what their items add up to are counted (a SAKTI report states six at every level).
const MAX_DECLARED_SHOWN: usize = 40;

/// The headings' declared lines, or, when there are many, those that are not equal and a
/// count of the rest. The verdicts are settled first and only the lines shown are worded: a
/// SAKTI or Renja report of 100 000 rows states some 80 000 amounts that are all equal.
fn declared_text(doc: &Document, subtotals: &Subtotals) -> String {
    let headings = doc.headings();
    let stated = |i: usize| headings[i].stated.summed();
    let count: usize = (0..headings.len()).map(|i| stated(i).count()).sum();
    let show_all = count <= MAX_DECLARED_SHOWN;
    let mut out = String::new();
    let mut equal = 0;
    for (i, h) in headings.iter().enumerate() {
        let sub = subtotals.of(Some(i));
        for (field, q) in stated(i) {
            let same = is_equal(q.value, sub.sum(*field));
            equal += usize::from(same);
            if show_all || !same {
                out.push_str(&declared_line(Declared::Heading, &h.text, *field, q, sub));
            }
        }
    }
    if !show_all {
        out.push_str(&crate::t!("view-import-headings-equal", count = equal));
        out.push('\n');
    }
    out
}

fn is_equal(stated: Option<Decimal>, computed: Option<Decimal>) -> bool {
    matches!((stated, computed), (Some(s), Some(c)) if s == c)
}

/// Lines worded, for tests: a guard that only the lines shown are worded.
pub static DECLARED_WORDED: AtomicUsize = AtomicUsize::new(0);

/// What a declared line is about: a heading's own amounts or a total row.
#[derive(Clone, Copy)]
enum Declared {
    Heading,
    Total,
}

/// One line per stated amount: what the row states, what its items add up to, and the verdict
/// (with whether they are equal).
fn declared_lines(what: Declared, label: &str, stated: &Amounts, sub: &Subtotal) -> Vec<String> {
    stated
        .summed()
        .map(|(field, q)| declared_line(what, label, *field, q, sub))
        .collect()
}

fn declared_line(
    what: Declared,
    label: &str,
    field: Field,
    q: &Quantity,
    sub: &Subtotal,
) -> String {
    DECLARED_WORDED.fetch_add(1, Ordering::Relaxed);
    let computed = sub.sum(field);
    let verdict = match (q.value, computed) {
        _ if is_equal(q.value, computed) => crate::t!("view-import-equal"),
        (Some(s), Some(c)) => crate::t!("view-import-differs", difference = show(field, s - c)),
        _ => crate::t!("view-import-not-comparable"),
    };
    let fmt = |v: Option<Decimal>| v.map(|v| show(field, v)).unwrap_or_else(|| "?".into());
    let key = match what {
        Declared::Heading => "view-import-declared-heading",
        Declared::Total => "view-import-declared-total",
    };
    let args = [
        ("label", shorten(label, 60).into()),
        ("cell", q.cell.to_string().into()),
        ("field", field.label().into()),
        ("stated", fmt(q.value).into()),
        ("computed", fmt(computed).into()),
        ("verdict", verdict.into()),
    ];
    crate::i18n::tr(key, &args) + "\n"
}

/// The JSON contract, serialised straight from the documents (no intermediate tree, so a
/// sheet of 100 000 items is written in a moment).
pub fn json(docs: &[Document], skipped: &[Skipped]) -> serde_json::Result<Vec<u8>> {
    let mut out = serde_json::to_vec_pretty(&ImportJson { docs, skipped })?;
    out.push(b'\n');
    Ok(out)
}

struct ImportJson<'a> {
    docs: &'a [Document],
    skipped: &'a [Skipped],
}

impl Serialize for ImportJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("documents", &List(self.docs.iter().map(DocumentJson)))?;
        let skipped = self
            .skipped
            .iter()
            .map(|k| json!({"file": k.file, "sheet": k.sheet, "reason": k.reason}));
        m.serialize_entry("skipped", &List(skipped))?;
        m.end()
    }
}

/// A list written from an iterator, once.
struct List<I>(I);

impl<I> Serialize for List<I>
where
    I: Iterator + Clone,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.clone())
    }
}

#[derive(Clone, Copy)]
struct DocumentJson<'a>(&'a Document);

impl Serialize for DocumentJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let doc = self.0;
        let paths = heading_paths(doc);
        let path = |h: Option<usize>| h.and_then(|h| paths.get(h)).cloned().unwrap_or_default();
        let rows: BTreeMap<&str, usize> = doc
            .row_counts()
            .iter()
            .map(|(c, n)| (c.name(), *n))
            .collect();
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("file", &doc.file)?;
        m.serialize_entry("sheet", &doc.sheet)?;
        m.serialize_entry("kind", doc.kind.name())?;
        m.serialize_entry("kind_reason", &doc.kind_reason)?;
        m.serialize_entry("title", &doc.title)?;
        let identity = doc.kind.identity(doc);
        if !identity.is_empty() {
            let map: BTreeMap<&str, &str> =
                identity.iter().map(|(k, v)| (*k, v.as_str())).collect();
            m.serialize_entry("identity", &map)?;
        }
        m.serialize_entry("rows", &rows)?;
        let headings = doc.headings().iter().map(|h| HeadingJson {
            h,
            level: doc.kind.level_name(h.level),
            path: path(h.parent),
        });
        m.serialize_entry("headings", &List(headings))?;
        if doc.kind.is_indicator_table() {
            let items = doc.indicators().iter().map(indicators::Json);
            m.serialize_entry("items", &List(items))?;
            m.serialize_entry(
                "budgets",
                &List(doc.budgets().iter().map(indicators::BudgetJson)),
            )?;
            if let Some(total) = doc.budget_total() {
                m.serialize_entry("budget_total", &indicators::BudgetJson(total))?;
            }
        } else {
            let items = doc.items().iter().map(|it| ItemJson {
                it,
                path: path(it.heading),
            });
            m.serialize_entry("items", &List(items))?;
        }
        let totals = doc.totals().iter().map(|t| TotalJson {
            t,
            path: path(t.heading),
        });
        m.serialize_entry("totals", &List(totals))?;
        m.serialize_entry("signature", &doc.signature().map(indicators::SignatureJson))?;
        m.serialize_entry(
            "signatures",
            &List(doc.signatures.iter().map(indicators::SignatureJson)),
        )?;
        m.serialize_entry("notices", &doc.notices)?;
        m.end()
    }
}

/// The heading texts from the top down to each heading, shared by everything under it.
fn heading_paths(doc: &Document) -> Vec<std::rc::Rc<Vec<&str>>> {
    let mut paths: Vec<std::rc::Rc<Vec<&str>>> = Vec::with_capacity(doc.headings().len());
    for h in doc.headings() {
        let mut path = h
            .parent
            .and_then(|p| paths.get(p))
            .map(|p| p.as_ref().clone())
            .unwrap_or_default();
        path.push(h.text.as_str());
        paths.push(std::rc::Rc::new(path));
    }
    paths
}

type Path<'a> = std::rc::Rc<Vec<&'a str>>;

#[derive(Clone)]
struct ItemJson<'a> {
    it: &'a Item,
    path: Path<'a>,
}

impl Serialize for ItemJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let it = self.it;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("path", self.path.as_ref())?;
        m.serialize_entry("uraian", &it.uraian)?;
        amounts_entries::<S>(&mut m, &it.amounts)?;
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
                m.serialize_entry(key, v)?;
            }
        }
        m.serialize_entry("location", &it.location)?;
        m.end()
    }
}

#[derive(Clone)]
struct HeadingJson<'a> {
    h: &'a crate::model::Heading,
    /// What the document's kind calls the heading's level.
    level: &'static str,
    path: Path<'a>,
}

impl Serialize for HeadingJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let h = self.h;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("level", self.level)?;
        m.serialize_entry("path", self.path.as_ref())?;
        m.serialize_entry("text", &h.text)?;
        m.serialize_entry("code", &h.code)?;
        m.serialize_entry("number", &h.number)?;
        m.serialize_entry("stated", &AmountsJson(&h.stated))?;
        m.serialize_entry("location", &h.location)?;
        m.end()
    }
}

#[derive(Clone)]
struct TotalJson<'a> {
    t: &'a crate::model::Total,
    path: Path<'a>,
}

impl Serialize for TotalJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = self.t;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("label", &t.label)?;
        m.serialize_entry("path", self.path.as_ref())?;
        m.serialize_entry("stated", &AmountsJson(&t.stated))?;
        m.serialize_entry("location", &t.location)?;
        m.end()
    }
}

struct AmountsJson<'a>(&'a Amounts);

impl Serialize for AmountsJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        amounts_entries::<S>(&mut m, self.0)?;
        m.end()
    }
}

/// Each field as an exact decimal string (`null` when a formula has no computed value),
/// with `<field>_cell`, and `dashes` listing the fields written as `-`.
fn amounts_entries<S: Serializer>(
    m: &mut S::SerializeMap,
    amounts: &Amounts,
) -> Result<(), S::Error> {
    let mut dashes = Vec::new();
    for (field, q) in amounts {
        m.serialize_entry(field.name(), &q.value.map(numbers::canonical))?;
        m.serialize_entry(&format!("{}_cell", field.name()), &q.cell)?;
        if q.dash {
            dashes.push(field.name());
        }
        if let Some(f) = q.uncomputed_formula() {
            m.serialize_entry(&format!("{}_uncomputed_formula", field.name()), f)?;
        }
    }
    if !dashes.is_empty() {
        m.serialize_entry("dashes", &dashes)?;
    }
    Ok(())
}
