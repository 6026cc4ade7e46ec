//! Reading the canonical tables in `data/` back into documents, for the commands that work on
//! a workspace (`lakip check`). Columns are found by name, so a table opened and saved by a
//! person with extra columns still loads.

use super::store;
use super::table::Documents;
use super::Workspace;
use crate::error::input_error;
use crate::model::Document;

/// Every document stored in the workspace, in file and sheet order.
pub fn load(ws: &Workspace) -> anyhow::Result<Vec<Document>> {
    let dir = ws.data_dir();
    let mut docs = Documents::new();
    for table in store::tables() {
        (table.load)(&dir, &mut docs)?;
    }
    let docs: Vec<Document> = docs.into_values().collect();
    for doc in &docs {
        check_links(doc)?;
        check_rows(doc, &dir)?;
    }
    Ok(docs)
}

/// The documents of `documents.csv` alone — kind, title, row accounting, when imported — with
/// none of their rows: what the workspace holds, without reading every table.
pub fn documents(ws: &Workspace) -> anyhow::Result<Vec<Document>> {
    let mut docs = Documents::new();
    store::load_documents(&ws.data_dir(), &mut docs)?;
    Ok(docs.into_values().collect())
}

/// A document `documents.csv` counts item rows for must have rows in its tables: none means
/// the tables are of different updates (documents.csv new, its kind's table old).
fn check_rows(doc: &Document, dir: &std::path::Path) -> anyhow::Result<()> {
    let items = doc
        .row_counts()
        .get(&crate::model::RowClass::Item)
        .copied()
        .unwrap_or(0);
    let rows = doc.items().len() + doc.headings().len() + doc.indicators().len();
    if items > 0 && rows == 0 {
        return Err(input_error(format!(
            "{}: documents.csv counts {items} item rows for {} sheet '{}' but no table holds them: \
             the workspace's tables disagree (a write interrupted, or a table edited by hand); \
             import the file again",
            dir.display(),
            doc.file,
            doc.sheet
        )));
    }
    Ok(())
}

/// Heading ids must point inside the document, or every later step would be guessing.
fn check_links(doc: &Document) -> anyhow::Result<()> {
    let n = doc.headings().len();
    let bad = doc
        .headings()
        .iter()
        .map(|h| (h.parent, &h.location))
        .chain(doc.items().iter().map(|i| (i.heading, &i.location)))
        .chain(doc.totals().iter().map(|t| (t.heading, &t.location)))
        .find(|(h, _)| h.is_some_and(|h| h >= n));
    match bad {
        Some((h, location)) => Err(input_error(crate::t!(
            "workspace-stored-heading",
            location = location.to_string(),
            heading = h.unwrap_or_default(),
            count = n
        ))),
        None => Ok(()),
    }
}
