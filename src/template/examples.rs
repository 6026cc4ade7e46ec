//! A filled form that still holds its example rows: the user typed under them, or imported
//! the form as it came. Read as data they would pass for the satker's own, so each such
//! document gets a `doubt` notice naming them (and `lakip check` never says ok over them).

use crate::kinds::form::{Example, Form};
use crate::layout::columns::Role;
use crate::model::{Document, Location, Notice, NoticeKind};

/// A real table may share one name with an example; two rows as the examples wrote them are
/// the examples.
const AT_LEAST: usize = 2;

/// The doubt for a document whose rows include its kind's example rows, if they do.
pub fn left_in(doc: &Document) -> Option<Notice> {
    let form = doc.kind.spec().form?;
    let role = distinctive(form)?;
    let col = form.columns.iter().position(|c| c.role == role)?;
    let examples: Vec<&str> = form
        .examples
        .iter()
        .filter_map(|row| match row.get(col) {
            Some(Example::Text(text)) => Some(*text),
            _ => None,
        })
        .collect();
    let mut found: Vec<(&str, &Location)> = rows(doc, role)
        .filter(|(text, _)| examples.contains(text))
        .collect();
    found.dedup_by_key(|(_, at)| at.row);
    if found.len() < AT_LEAST {
        return None;
    }
    let (first, at) = found[0];
    Some(Notice::new(
        NoticeKind::Doubt,
        crate::msg!("template-examples-left", count = found.len(), first = first),
        at.clone(),
    ))
}

/// The column whose text tells an example row: the action of a RAK, the uraian of a budget,
/// else the indikator.
fn distinctive(form: &Form) -> Option<Role> {
    [Role::Aksi, Role::Uraian, Role::Indikator]
        .into_iter()
        .find(|r| form.columns.iter().any(|c| c.role == *r))
}

/// Each row's text in the distinctive column, with where it is.
fn rows(doc: &Document, role: Role) -> impl Iterator<Item = (&str, &Location)> {
    let items = doc.items().iter().map(|i| (i.uraian.as_str(), &i.location));
    let indicators = doc.indicators().iter().filter_map(move |i| {
        let text = match role {
            Role::Aksi => i.aksi(),
            _ => i.indikator.as_deref(),
        };
        text.map(|t| (t, &i.location))
    });
    items.chain(indicators)
}
