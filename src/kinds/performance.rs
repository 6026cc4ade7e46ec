//! What the performance kinds (PK, kinerja, RAK) share: how their columns are fitted, and the
//! parts of an indikator row every one of their tables stores.

use super::DocKind;
use crate::layout::columns::{ColumnMap, Role};
use crate::model::{Document, Indicator, PerformanceTable, Quantity, Written};
use crate::workspace::table::{columns, decode, location};

/// Fits the columns of a performance table once the kind has renamed its own: the program
/// column holds the sasaran, an amount column other than `allowed` is refused, and the table
/// needs a Sasaran or Indikator column. A Satuan column gives the targets their unit; year,
/// baseline and end-target columns are a plan's: left unnamed, their cells are reported as not
/// read.
pub fn fit(columns: &mut ColumnMap, kind: DocKind, allowed: &[Role]) -> Result<(), String> {
    let satuan = columns.get(Role::Satuan);
    columns.forget_plan_columns();
    if let Some(col) = satuan {
        columns.roles.insert(Role::Satuan, col);
    }
    fit_columns(columns, kind, allowed)
}

/// [`fit`], keeping the columns of a plan.
pub fn fit_columns(columns: &mut ColumnMap, kind: DocKind, allowed: &[Role]) -> Result<(), String> {
    columns.rename(Role::ProgramKegiatan, Role::Sasaran);
    shared_sasaran_column(columns);
    let misfit = columns.misfits(|role| role.field().is_some() && !allowed.contains(&role));
    if !misfit.is_empty() {
        return Err(crate::t!(
            "kind-no-place-for-column",
            kind = kind.to_string(),
            columns = misfit.join(", ")
        ));
    }
    if columns.get(Role::Indikator).is_none() && columns.get(Role::Sasaran).is_none() {
        return Err(crate::t!(
            "kind-needs-sasaran-or-indikator",
            kind = kind.to_string()
        ));
    }
    Ok(())
}

/// `Sasaran/Indikator Kinerja`, `Sasaran Strategis / Indikator Kinerja` (seed 001's Tabel
/// 2.1, many a BAB III): one column holds the sasaran lines and the indikator under each.
/// Both roles name it; the reader tells the lines apart (a sasaran line has no target).
/// Named for the sasaran alone, the column made every indikator a sasaran without one.
fn shared_sasaran_column(columns: &mut ColumnMap) {
    let Some(col) = columns.get(Role::Sasaran) else {
        return;
    };
    let names_both = (columns.names.get(&col)).is_some_and(|n| {
        crate::layout::columns::normalize(n)
            .split(' ')
            .any(|w| w.starts_with("indikator"))
    });
    if names_both && columns.get(Role::Indikator).is_none() {
        columns.roles.insert(Role::Indikator, col);
    }
}

/// The roles every performance kind keeps: the number, sasaran, indikator, target (with the
/// unit of a Satuan column beside it), polarity.
pub fn reads(role: Role) -> bool {
    matches!(
        role,
        Role::No | Role::Sasaran | Role::Indikator | Role::Target | Role::Satuan | Role::Polaritas
    )
}

/// Column names for a view.
pub fn header(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

/// The target as written, for a view.
pub fn target(i: &Indicator) -> super::Shown<'_> {
    super::Shown::Text(i.target.as_ref().map(|w| w.text.as_ref()))
}

/// The indicators of a document of `kind`; none for a document of another kind.
pub fn indicators_of(doc: &Document, kind: DocKind) -> &[Indicator] {
    if doc.kind == kind {
        doc.indicators()
    } else {
        &[]
    }
}

/// A written text's two columns: the text and its cell.
pub fn written_columns(w: Option<&Written>) -> (Option<String>, String) {
    match w {
        Some(w) => (Some(w.text.to_string()), w.cell.to_string()),
        None => (None, String::new()),
    }
}

/// A written text read back from its two columns; a cell that is no cell name is refused,
/// as a quantity's is (see [`crate::workspace::table::decode`]).
pub fn written(text: Option<String>, cell: &str) -> Result<Option<Written>, String> {
    let Some(text) = text else { return Ok(None) };
    let cell = crate::model::CellRef::parse(cell)
        .ok_or_else(|| crate::t!("workspace-stored-bad-cell", cell = format!("{cell:?}")))?;
    Ok(Some(Written {
        text: text.into(),
        cell,
    }))
}

/// A quantity's two columns, from an optional quantity.
pub fn quantity_columns(q: Option<&Quantity>) -> (String, String) {
    columns(q)
}

/// An indicator read back with the columns every table has; the kind's own are added to it.
pub fn indicator(
    number: Option<Box<str>>,
    sasaran: Option<String>,
    indikator: Option<String>,
    target: Option<Written>,
    polaritas: Option<Box<str>>,
    at: (&str, &str, &str, u32),
) -> Indicator {
    Indicator {
        number,
        sasaran: sasaran.map(Into::into),
        indikator,
        target,
        polaritas,
        location: location(at.0, at.1, at.2, at.3),
        ..Indicator::default()
    }
}

/// A quantity read back from its two columns.
pub fn quantity(text: &str, cell: &str) -> Result<Option<Quantity>, String> {
    decode(text, cell)
}

/// The performance table of the document a stored row belongs to.
pub fn table_of(doc: &mut Document) -> Result<&mut PerformanceTable, String> {
    let kind = doc.kind;
    doc.table_mut()
        .ok_or_else(|| crate::t!("kind-stored-not-a-table", kind = kind.to_string()))
}
