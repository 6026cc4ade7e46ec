//! What `lakip status` shows: the documents a workspace holds, one row each, and what they
//! add up to — the kinds held, where the realisasi comes from, what an LKj still lacks, two
//! versions of one document, source files changed since their import.

use crate::compute::revision::Versions;
use crate::kinds::{DocKind, Purpose};
use crate::model::Document;
use crate::t;
use crate::workspace::held::SourceState;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, Table};
use serde_json::{json, Value};

/// Everything the status shows, gathered by the command.
pub struct Status<'d> {
    pub satker: String,
    pub tahun: i32,
    pub docs: &'d [Document],
    /// The state of each document's source file, in the order of `docs`.
    pub sources: Vec<SourceState>,
    /// The kind `sumber` under [realisasi] names, if any.
    pub sumber: Option<DocKind>,
    pub versions: Vec<Versions>,
}

/// What an LKj draws from each purpose, and the chapter that lacks it without one.
const NEEDED: [(Purpose, &str); 4] = [
    (Purpose::Agreement, "BAB II"),
    (Purpose::StrategicPlan, "Tabel 2.1 of BAB II"),
    (Purpose::Measurement, "BAB III A"),
    (Purpose::Realisation, "BAB III B"),
];

pub fn text(status: &Status) -> String {
    let n = status.docs.len();
    let held = match n {
        0 => t!("status-nothing-imported"),
        n => t!("status-documents", count = n),
    };
    let mut out = format!("{} {}: {held}\n", status.satker, status.tahun);
    if n == 0 {
        return out;
    }
    out.push_str(&table(status).to_string());
    out.push('\n');
    out.push_str(&t!("status-kinds", kinds = kinds_line(status.docs)));
    out.push('\n');
    out.push_str(&t!("status-realisasi", source = realisasi_line(status)));
    out.push('\n');
    let missing = missing(status.docs);
    if !missing.is_empty() {
        let said: Vec<String> = missing
            .iter()
            .map(|(p, _)| format!("{} ({})", names(*p), chapter_said(*p)))
            .collect();
        out.push_str(&t!("status-missing", missing = said.join("; ")));
        out.push('\n');
    }
    for v in &status.versions {
        out.push_str(&versions_line(status, v));
    }
    let changed: Vec<String> = changed(status).map(|d| d.id()).collect();
    if !changed.is_empty() {
        out.push_str(&t!("status-changed", ids = changed.join(", ")));
        out.push('\n');
    }
    out
}

/// Two versions of one document: the later one named a revision of the earlier, or, when the
/// import times do not tell, both named.
fn versions_line(status: &Status, v: &Versions) -> String {
    let (older, newer) = (status.docs[v.older].id(), status.docs[v.newer].id());
    let (same, of) = (v.likeness.same, v.likeness.of);
    let (what, keep) = match v.ordered {
        true => (
            t!("status-revision-of", newer = newer, older = &older),
            format!("`lakip remove {older}`"),
        ),
        false => (
            t!("status-two-alike", older = &older, newer = &newer),
            t!("status-remove-either", older = older, newer = newer),
        ),
    };
    let line = t!(
        "status-two-versions",
        what = what,
        same = same,
        of = of,
        keep = keep
    );
    line + "\n"
}

fn table(status: &Status) -> crate::terminal::Fitted {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED);
    table.set_header(vec![
        t!("status-col-id"),
        t!("status-col-kind"),
        t!("status-col-file"),
        t!("status-col-sheet"),
        t!("status-col-items"),
        t!("status-col-headings"),
        t!("status-col-totals"),
        t!("status-col-notices"),
        t!("status-col-imported"),
        t!("status-col-source"),
    ]);
    let count = |n: usize| Cell::new(n).set_alignment(CellAlignment::Right);
    for (doc, source) in status.docs.iter().zip(&status.sources) {
        table.add_row(vec![
            Cell::new(doc.id()),
            Cell::new(doc.kind.name()),
            Cell::new(&doc.file),
            Cell::new(&doc.sheet),
            count(rows(doc)),
            count(doc.headings().len()),
            count(doc.totals().len()),
            count(doc.notices.len()),
            Cell::new(imported(doc)),
            Cell::new(crate::i18n::tr(
                &format!("status-source-{}", source.name()),
                &[],
            )),
        ]);
    }
    // The ID (what `lakip remove` takes) is one word and stays whole. Too narrow a terminal
    // loses the counts of total rows and headings first, then the source's state and the date.
    let hints = crate::terminal::Hints {
        drop_first: &[6, 5, 9, 8],
    };
    crate::terminal::fit_with(table, crate::terminal::Fit::Wrap, hints)
}

/// Items of a budget tree, indikator (or actions) of a performance table.
fn rows(doc: &Document) -> usize {
    doc.items().len() + doc.indicators().len()
}

/// `2024-01-31 09:15 UTC`, or `unknown` for a document stored by an older lakip.
fn imported(doc: &Document) -> String {
    let Some(at) = doc.imported.at.as_deref() else {
        return t!("status-imported-unknown");
    };
    match (at.get(..10), at.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time} UTC"),
        _ => at.to_string(),
    }
}

/// `2 anggaran, 1 pk`, in the registry's order.
fn kinds_line(docs: &[Document]) -> String {
    kind_counts(docs)
        .iter()
        .map(|(k, n)| format!("{n} {}", k.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn kind_counts(docs: &[Document]) -> Vec<(DocKind, usize)> {
    DocKind::ALL
        .into_iter()
        .map(|k| (k, docs.iter().filter(|d| d.kind == k).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// The realisation kinds held, with their document counts.
fn realisation(docs: &[Document]) -> Vec<(DocKind, usize)> {
    kind_counts(docs)
        .into_iter()
        .filter(|(k, _)| k.purpose() == Purpose::Realisation)
        .collect()
}

/// The kind `lakip realisasi` takes its figures from; `None` when there is none, or two
/// with none chosen.
fn used(status: &Status) -> Option<DocKind> {
    let held = realisation(status.docs);
    match (status.sumber, held.as_slice()) {
        (Some(k), _) if held.iter().any(|(h, _)| *h == k) => Some(k),
        (_, [(k, _)]) => Some(*k),
        _ => None,
    }
}

fn realisasi_line(status: &Status) -> String {
    let held = realisation(status.docs);
    let list: Vec<String> = held
        .iter()
        .map(|(k, n)| t!("status-kind-documents", kind = k.name(), count = *n))
        .collect();
    match (held.len(), used(status)) {
        (0, _) => t!("status-no-realisation"),
        (1, _) => t!("status-realisasi-from", source = list.join("")),
        (_, Some(k)) => {
            let others: Vec<&str> = held
                .iter()
                .filter(|(h, _)| *h != k)
                .map(|(h, _)| h.name())
                .collect();
            t!(
                "status-realisasi-chosen",
                kind = k.name(),
                others = others.join(", ")
            )
        }
        (_, None) => t!(
            "status-realisasi-sources",
            count = held.len(),
            sources = list.join(", ")
        ),
    }
}

/// The chapter that lacks a purpose, as the text view says it (JSON keeps `NEEDED`'s English).
fn chapter_said(purpose: Purpose) -> String {
    match purpose {
        Purpose::Agreement => t!("status-for-bab2"),
        Purpose::StrategicPlan => t!("status-for-tabel-2-1"),
        Purpose::Measurement => t!("status-for-bab3a"),
        _ => t!("status-for-bab3b"),
    }
}

/// The purposes an LKj draws from that no document held serves.
fn missing(docs: &[Document]) -> Vec<(Purpose, &'static str)> {
    NEEDED
        .into_iter()
        .filter(|(p, _)| !docs.iter().any(|d| d.kind.purpose() == *p))
        .collect()
}

/// `pk`, or `anggaran, sakti or renja`: the kinds that serve one purpose, as `--kind` names
/// them.
fn names(purpose: Purpose) -> String {
    let names: Vec<&str> = kinds_for(purpose).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            t!("status-kinds-or", kinds = rest.join(", "), last = *last)
        }
        _ => names.join(""),
    }
}

fn kinds_for(purpose: Purpose) -> impl Iterator<Item = &'static str> {
    DocKind::ALL
        .into_iter()
        .filter(move |k| k.purpose() == purpose)
        .map(|k| k.name())
}

fn changed<'s>(status: &'s Status) -> impl Iterator<Item = &'s Document> {
    status
        .docs
        .iter()
        .zip(&status.sources)
        .filter(|(_, s)| **s == SourceState::Changed)
        .map(|(d, _)| d)
}

pub fn json(status: &Status) -> Value {
    let documents: Vec<Value> = status
        .docs
        .iter()
        .zip(&status.sources)
        .map(|(doc, source)| {
            json!({
                "id": doc.id(),
                "kind": doc.kind.name(),
                "file": doc.file,
                "sheet": doc.sheet,
                "title": doc.title,
                "items": rows(doc),
                "headings": doc.headings().len(),
                "totals": doc.totals().len(),
                "notices": doc.notices.len(),
                "imported": doc.imported.at,
                "sha256": doc.imported.sha256,
                "source": source.name(),
            })
        })
        .collect();
    let kinds: serde_json::Map<String, Value> = kind_counts(status.docs)
        .into_iter()
        .map(|(k, n)| (k.name().to_string(), json!(n)))
        .collect();
    let missing: Vec<Value> = missing(status.docs)
        .into_iter()
        .map(|(p, chapter)| {
            let kinds: Vec<&str> = kinds_for(p).collect();
            json!({"kinds": kinds, "for": chapter})
        })
        .collect();
    let versions: Vec<Value> = status
        .versions
        .iter()
        .map(|v| {
            json!({
                "older": status.docs[v.older].id(),
                "newer": status.docs[v.newer].id(),
                "ordered": v.ordered,
                "same": v.likeness.same,
                "of": v.likeness.of,
            })
        })
        .collect();
    let sources: Vec<&str> = realisation(status.docs)
        .iter()
        .map(|(k, _)| k.name())
        .collect();
    json!({
        "satker": status.satker,
        "tahun": status.tahun,
        "documents": documents,
        "summary": {
            "kinds": kinds,
            "realisasi": {"sources": sources, "used": used(status).map(|k| k.name())},
            "missing": missing,
            "versions": versions,
            "changed": changed(status).map(|d| d.id()).collect::<Vec<_>>(),
        },
    })
}
