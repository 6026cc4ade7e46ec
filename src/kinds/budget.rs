//! What the budget kinds (RKT, anggaran) share: the heading and total tables, and how their
//! amount columns are fitted.

use super::DocKind;
use crate::layout::columns::{ColumnMap, Role};
use crate::model::{Document, Field, Heading, Level, Total};
use crate::workspace::table::{self, amounts, field_columns, location, Attach, Record};
use serde::{Deserialize, Serialize};

/// The tables of the budget family, beside each kind's own item table.
pub const TABLES: [table::Table; 2] = [
    table::Table::of::<HeadingRow>(),
    table::Table::of::<TotalRow>(),
];

/// Fits the amount columns to what a budget kind holds: a lone column named the other way
/// (`from`) is the kind's own (`to`). A column the kind has no place for is refused, never
/// dropped.
pub fn fit(columns: &mut ColumnMap, kind: DocKind, from: Role, to: Role) -> Result<(), String> {
    // Year, baseline and satuan columns are a plan's: left unnamed, as before they had roles.
    columns.forget_plan_columns();
    if !columns.roles.contains_key(&to) {
        if let Some(col) = columns.roles.remove(&from) {
            columns.roles.insert(to, col);
        }
    }
    let fields = kind.amount_fields();
    let misfit = columns.misfits(|role| role.field().is_some_and(|f| !fields.contains(&f)));
    if !misfit.is_empty() {
        return Err(crate::t!(
            "kind-budget-no-place-for-column",
            kind = kind.to_string(),
            columns = misfit.join(", ")
        ));
    }
    if columns.amount_columns().is_empty() {
        return Err(crate::t!("kind-no-amount-column", kind = kind.to_string()));
    }
    Ok(())
}

/// The roles every budget kind keeps: the numbering, the code, the headings' and items' texts.
pub fn reads(role: Role) -> bool {
    matches!(
        role,
        Role::No | Role::Kode | Role::ProgramKegiatan | Role::Uraian
    )
}

/// A heading row of `headings.csv`: its place in the tree, and the amounts it states for
/// itself, every budget field's value and then their cells.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct HeadingRow {
    file: String,
    sheet: String,
    id: usize,
    parent: Option<usize>,
    level: String,
    code: Option<String>,
    number: Option<String>,
    text: String,
    amount: String,
    pagu: String,
    realisasi: String,
    stated_percent: String,
    sisa: String,
    amount_cell: String,
    pagu_cell: String,
    realisasi_cell: String,
    stated_percent_cell: String,
    sisa_cell: String,
    cell: String,
    row: u32,
}

impl Record for HeadingRow {
    const FILE: &'static str = "headings.csv";

    fn rows(doc: &Document) -> Vec<HeadingRow> {
        let headings = doc.headings().iter().enumerate();
        headings
            .map(|(id, h)| {
                let [(amount, amount_cell), (pagu, pagu_cell), (realisasi, realisasi_cell), (stated_percent, stated_percent_cell), (sisa, sisa_cell)] =
                    STATED.map(|f| field_columns(&h.stated, f));
                HeadingRow {
                    file: doc.file.clone(),
                    sheet: doc.sheet.clone(),
                    id,
                    parent: h.parent,
                    level: h.level.name().to_string(),
                    code: h.code.clone(),
                    number: h.number.clone(),
                    text: h.text.clone(),
                    amount,
                    pagu,
                    realisasi,
                    stated_percent,
                    sisa,
                    amount_cell,
                    pagu_cell,
                    realisasi_cell,
                    stated_percent_cell,
                    sisa_cell,
                    cell: h.location.cell.to_string(),
                    row: h.location.row,
                }
            })
            .collect()
    }

    fn source(&self) -> (&str, &str, u32) {
        (&self.file, &self.sheet, self.row)
    }
}

impl Attach for HeadingRow {
    fn attach(self, doc: &mut Document) -> Result<(), String> {
        let level = Level::ALL
            .into_iter()
            .find(|l| l.name() == self.level)
            .ok_or_else(|| crate::t!("kind-stored-unknown-level", level = &self.level))?;
        let stated = stated(
            [
                &self.amount,
                &self.pagu,
                &self.realisasi,
                &self.stated_percent,
                &self.sisa,
            ],
            [
                &self.amount_cell,
                &self.pagu_cell,
                &self.realisasi_cell,
                &self.stated_percent_cell,
                &self.sisa_cell,
            ],
        )?;
        let tree = tree_of(doc)?;
        if self.id != tree.headings.len() {
            return Err(crate::t!("kind-stored-heading-ids"));
        }
        tree.headings.push(Heading {
            level,
            code: self.code,
            number: self.number,
            parent: self.parent,
            stated,
            location: location(&self.file, &self.sheet, &self.cell, self.row),
            text: self.text,
        });
        Ok(())
    }
}

/// A total row of `totals.csv`: what it totals, and its stated amounts in the same ten
/// columns as [`HeadingRow`] (a deliberate copy: each table's columns are written out whole).
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TotalRow {
    file: String,
    sheet: String,
    heading: Option<usize>,
    from_row: u32,
    path: String,
    label: String,
    amount: String,
    pagu: String,
    realisasi: String,
    stated_percent: String,
    sisa: String,
    amount_cell: String,
    pagu_cell: String,
    realisasi_cell: String,
    stated_percent_cell: String,
    sisa_cell: String,
    cell: String,
    row: u32,
}

impl Record for TotalRow {
    const FILE: &'static str = "totals.csv";

    fn rows(doc: &Document) -> Vec<TotalRow> {
        doc.totals()
            .iter()
            .map(|t| {
                let [(amount, amount_cell), (pagu, pagu_cell), (realisasi, realisasi_cell), (stated_percent, stated_percent_cell), (sisa, sisa_cell)] =
                    STATED.map(|f| field_columns(&t.stated, f));
                TotalRow {
                    file: doc.file.clone(),
                    sheet: doc.sheet.clone(),
                    heading: t.heading,
                    from_row: t.from_row,
                    path: doc.path(t.heading).join(" > "),
                    label: t.label.clone(),
                    amount,
                    pagu,
                    realisasi,
                    stated_percent,
                    sisa,
                    amount_cell,
                    pagu_cell,
                    realisasi_cell,
                    stated_percent_cell,
                    sisa_cell,
                    cell: t.location.cell.to_string(),
                    row: t.location.row,
                }
            })
            .collect()
    }

    fn source(&self) -> (&str, &str, u32) {
        (&self.file, &self.sheet, self.row)
    }
}

impl Attach for TotalRow {
    fn attach(self, doc: &mut Document) -> Result<(), String> {
        let stated = stated(
            [
                &self.amount,
                &self.pagu,
                &self.realisasi,
                &self.stated_percent,
                &self.sisa,
            ],
            [
                &self.amount_cell,
                &self.pagu_cell,
                &self.realisasi_cell,
                &self.stated_percent_cell,
                &self.sisa_cell,
            ],
        )?;
        tree_of(doc)?.totals.push(Total {
            heading: self.heading,
            from_row: self.from_row,
            stated,
            location: location(&self.file, &self.sheet, &self.cell, self.row),
            label: self.label,
        });
        Ok(())
    }
}

/// The fields a heading or total row can state, in the column order of their tables.
const STATED: [Field; 5] = [
    Field::Amount,
    Field::Pagu,
    Field::Realisasi,
    Field::StatedPercent,
    Field::Sisa,
];

/// The amounts a heading or total row states, from its value and cell columns.
fn stated(values: [&str; 5], cells: [&str; 5]) -> Result<crate::model::Amounts, String> {
    let stored: Vec<(Field, &str, &str)> = STATED
        .iter()
        .zip(values.into_iter().zip(cells))
        .map(|(f, (v, c))| (*f, v, c))
        .collect();
    amounts(&stored)
}

/// The budget tree of the document a stored row belongs to.
pub fn tree_of(doc: &mut Document) -> Result<&mut crate::model::BudgetTree, String> {
    let kind = doc.kind;
    doc.tree_mut()
        .ok_or_else(|| crate::t!("kind-stored-not-a-tree", kind = kind.to_string()))
}
