//! The workspace as a whole: two versions of one document held side by side, whose figures
//! every report that adds up a kind's documents would count twice.

use super::{Diagnostic, DUPLICATE_DOCUMENT};
use crate::compute::revision;
use crate::model::{sheet_name, Document, Location};
use crate::t;

pub fn check(docs: &[Document], out: &mut Vec<Diagnostic>) {
    for v in revision::versions(docs) {
        let (older, newer) = (&docs[v.older], &docs[v.newer]);
        let alike = t!(
            "finding-duplicate-alike",
            same = v.likeness.same,
            of = v.likeness.of,
            rows = match newer.kind.is_indicator_table() {
                true => t!("finding-duplicate-indikator"),
                false => t!("finding-duplicate-items"),
            },
            periods = periods(older, newer),
        );
        let (message, hint) = match (revision::one_workbook(older, newer), v.ordered) {
            // A sheet copied and revised in one workbook: both sheets named, and how to keep one.
            (true, _) => (
                t!(
                    "finding-duplicate-sheets",
                    sheets = revision::sheets_named(older, newer),
                    alike = alike.as_str()
                ),
                t!(
                    "hint-duplicate-keep-one",
                    how = revision::keep_one_sheet(older, newer)
                ),
            ),
            (false, true) => (
                t!(
                    "finding-duplicate-revision",
                    kind = newer.kind.spec().label,
                    older = sheet_name(&older.file, &older.sheet),
                    id = older.id(),
                    imported = older
                        .imported
                        .at
                        .clone()
                        .unwrap_or_else(|| t!("finding-duplicate-earlier")),
                    alike = alike.as_str(),
                ),
                t!(
                    "hint-duplicate-remove-or-replace",
                    id = older.id(),
                    file = newer.file.as_str()
                ),
            ),
            // Imported together, files checked straight, or a lakip that kept no time: which
            // came later is not known.
            (false, false) => (
                t!(
                    "finding-duplicate-versions",
                    kind = newer.kind.spec().label,
                    older = sheet_name(&older.file, &older.sheet),
                    id = older.id(),
                    alike = alike.as_str(),
                ),
                t!(
                    "hint-duplicate-either",
                    older = older.id(),
                    newer = newer.id()
                ),
            ),
        };
        out.push(
            Diagnostic::new(&DUPLICATE_DOCUMENT, first_row(newer), message)
                .hint(t!("hint-duplicate-document", hint = hint)),
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
        (Some(a), Some(b)) if a != b => t!("finding-duplicate-periods", a = a, b = b),
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
        cell: "A1".into(),
        row: 1,
    })
}
