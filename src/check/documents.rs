//! The workspace as a whole: two versions of one document held side by side, whose figures
//! every report that adds up a kind's documents would count twice.

use super::{Diagnostic, DUPLICATE_DOCUMENT};
use crate::compute::revision;
use crate::model::{sheet_name, Document, Location};

pub fn check(docs: &[Document], out: &mut Vec<Diagnostic>) {
    for v in revision::versions(docs) {
        let (older, newer) = (&docs[v.older], &docs[v.newer]);
        let rows = match newer.kind.is_indicator_table() {
            true => "indikator",
            false => "items",
        };
        let alike = format!(
            "{} of the {} {rows} of the larger are in both{}; holding both adds their figures up \
             twice",
            v.likeness.same,
            v.likeness.of,
            periods(older, newer)
        );
        let (message, hint) = match (revision::one_workbook(older, newer), v.ordered) {
            // A sheet copied and revised in one workbook: both sheets named, and how to keep one.
            (true, _) => (
                format!(
                    "{} look like two versions of one document: {alike}",
                    revision::sheets_named(older, newer)
                ),
                format!("keep one: {}", revision::keep_one_sheet(older, newer)),
            ),
            (false, true) => (
                format!(
                    "this {} looks like a revision of {} ({}, imported {}): {alike}",
                    newer.kind.spec().label,
                    sheet_name(&older.file, &older.sheet),
                    older.id(),
                    older.imported.at.as_deref().unwrap_or("earlier"),
                ),
                format!(
                    "keep one: `lakip remove {}` (or `lakip import {} --replace {}`)",
                    older.id(),
                    newer.file,
                    older.id()
                ),
            ),
            // Imported together, files checked straight, or a lakip that kept no time: which
            // came later is not known.
            (false, false) => (
                format!(
                    "this {} and {} ({}) look like two versions of one document: {alike}",
                    newer.kind.spec().label,
                    sheet_name(&older.file, &older.sheet),
                    older.id(),
                ),
                format!(
                    "keep only one of the two (in a workspace: `lakip remove {}` or `lakip remove {}`)",
                    older.id(),
                    newer.id()
                ),
            ),
        };
        out.push(
            Diagnostic::new(&DUPLICATE_DOCUMENT, first_row(newer), message).hint(format!(
                "{hint}; if they are two documents, allow the rule (--allow duplicate-document)"
            )),
        );
    }
}

/// `, of the periods Maret 2025 and Juli 2025`: two months of one system report are versions
/// too, the later superseding the earlier.
fn periods(older: &Document, newer: &Document) -> String {
    let periode = |d: &Document| {
        d.kind
            .identity(d)
            .into_iter()
            .find(|(k, _)| *k == "periode")
            .map(|(_, v)| v)
    };
    match (periode(older), periode(newer)) {
        (Some(a), Some(b)) if a != b => format!(", of the periods {a} and {b}"),
        _ => String::new(),
    }
}

/// Where a document's finding is shown: its first item or indikator.
fn first_row(doc: &Document) -> Location {
    let first = doc
        .items()
        .first()
        .map(|i| &i.location)
        .or_else(|| doc.indicators().first().map(|i| &i.location));
    first.cloned().unwrap_or_else(|| Location {
        file: doc.file.as_str().into(),
        sheet: doc.sheet.as_str().into(),
        cell: "A1".to_string(),
        row: 1,
    })
}
