//! A first reading of each body row: header repeat, numbering, total, or an entry with its
//! texts and amounts. Whether an entry is a heading or an item is decided later, by
//! `hierarchy`, because that depends on the rows around it.

use super::amounts::{self, At};
use super::columns::{ColumnMap, Role};
use super::header;
use super::numbering::{self, Style};
use crate::model::{Amounts, Location};
use crate::numbers;
use crate::source::{Row, Spill};

/// What a body row is, on its own.
#[derive(Debug, Clone)]
pub enum Line {
    Header,
    Numbering,
    Total(Entry),
    Entry(Entry),
    /// Only numbers in columns that carry no amount: fits no class.
    Unrecognised(Location),
}

/// The readable content of a body row.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// 0-based row.
    pub row: u32,
    /// The row's first own cell.
    pub location: Option<Location>,
    /// The uraian column's cell, filled or not: where an item's description is (or belongs).
    pub uraian_location: Option<Location>,
    /// Own text in the hierarchy column (program/kegiatan heading, or anggaran uraian).
    pub hierarchy_text: Option<String>,
    /// The item's own description.
    pub uraian: Option<String>,
    pub code: Option<String>,
    pub numbering: Option<(Style, String)>,
    pub sasaran: Option<String>,
    pub indikator: Option<String>,
    pub output: Option<String>,
    pub ket: Option<String>,
    pub amounts: Amounts,
    /// Only the hierarchy column holds anything of the row's own.
    pub bare: bool,
    /// Own texts in columns without a role, in column order.
    pub other_texts: Vec<String>,
}

impl Entry {
    pub fn has_amounts(&self) -> bool {
        !self.amounts.is_empty()
    }

    /// All texts of the row, in column order, for signature and note rows.
    pub fn texts(&self) -> Vec<String> {
        [
            &self.hierarchy_text,
            &self.uraian,
            &self.sasaran,
            &self.indikator,
            &self.output,
            &self.ket,
        ]
        .into_iter()
        .flatten()
        .cloned()
        .chain(self.other_texts.iter().cloned())
        .collect()
    }
}

pub fn read(row: &Row, columns: &ColumnMap, at: &At<'_>) -> anyhow::Result<Line> {
    if header::is_repeat(row, columns) {
        return Ok(Line::Header);
    }
    if header::is_numbering(row) {
        return Ok(Line::Numbering);
    }
    let entry = entry(row, columns, at)?;
    if entry.texts().is_empty() && !entry.has_amounts() {
        if let Some(cell) = row.own_cells().next() {
            return Ok(Line::Unrecognised(at.location(cell.col)));
        }
    }
    if is_total(&entry) {
        return Ok(Line::Total(entry));
    }
    Ok(Line::Entry(entry))
}

fn entry(row: &Row, columns: &ColumnMap, at: &At<'_>) -> anyhow::Result<Entry> {
    let first_own = row
        .cells
        .iter()
        .find(|c| c.spill == Spill::Own)
        .map(|c| c.col);
    let mut e = Entry {
        row: row.index,
        location: first_own.map(|c| at.location(c)),
        uraian_location: columns.uraian_column().map(|c| at.location(c)),
        ..Entry::default()
    };
    // Vertical merges carry texts down (Spill::Down); copies across a row are ignored.
    let text_at = |role: Role, down: bool| {
        let col = columns.get(role)?;
        let cell = row.get(col)?;
        if cell.spill == Spill::Across || (!down && cell.spill == Spill::Down) {
            return None;
        }
        cell.text().filter(|t| !t.is_empty()).map(str::to_string)
    };
    let hierarchy_col = columns.hierarchy_column();
    let uraian_col = columns.uraian_column();
    e.hierarchy_text = hierarchy_col.and_then(|c| own_text(row, c));
    e.uraian = if uraian_col == hierarchy_col {
        e.hierarchy_text.clone()
    } else {
        text_at(Role::Uraian, false)
    };
    e.code = text_at(Role::Kode, false).or_else(|| number_code(row, columns));
    e.sasaran = text_at(Role::Sasaran, true);
    e.indikator = text_at(Role::Indikator, true);
    e.output = text_at(Role::Output, true);
    e.ket = text_at(Role::Ket, false);
    if let Some((style, number, rest)) = e.hierarchy_text.as_deref().and_then(numbering::split) {
        e.numbering = Some((style, number));
        if uraian_col == hierarchy_col {
            e.uraian = Some(rest.clone());
        }
        e.hierarchy_text = Some(rest);
    }
    for (field, col) in columns.amount_columns() {
        let Some(cell) = row.get(col).filter(|c| c.spill == Spill::Own) else {
            continue;
        };
        if let Some(q) = amounts::read(cell, field, at)? {
            e.amounts.insert(field, q);
        }
    }
    let role_cols: Vec<u32> = columns.roles.values().copied().collect();
    e.other_texts = row
        .cells
        .iter()
        .filter(|c| c.spill == Spill::Own && !role_cols.contains(&c.col))
        .filter_map(|c| c.text().map(str::to_string).or_else(|| date_text(c)))
        .collect();
    let own: Vec<u32> = row
        .own_cells()
        .filter(|c| c.spill == Spill::Own)
        .map(|c| c.col)
        .collect();
    e.bare = e.hierarchy_text.is_some() && own.len() == 1 && Some(own[0]) == hierarchy_col;
    Ok(e)
}

fn own_text(row: &Row, col: u32) -> Option<String> {
    let cell = row.get(col)?;
    if cell.spill != Spill::Own {
        return None;
    }
    cell.text().filter(|t| !t.is_empty()).map(str::to_string)
}

fn date_text(cell: &crate::source::Cell) -> Option<String> {
    match &cell.value {
        crate::source::Value::Date(d) => Some(d.clone()),
        _ => None,
    }
}

/// A `No` column's value (`1`, `a`) kept as the row's code when there is no Kode column.
fn number_code(row: &Row, columns: &ColumnMap) -> Option<String> {
    let cell = row.get(columns.get(Role::No)?)?;
    match &cell.value {
        crate::source::Value::Number(f) if f.fract() == 0.0 => Some(format!("{}", *f as i64)),
        crate::source::Value::Text(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
        _ => None,
    }
}

/// `JUMLAH`, `JUMLAH ANGGARAN`, `TOTAL`, `Jumlah Total`, `Sub Total`, `Grand Total`.
fn is_total(entry: &Entry) -> bool {
    let first = entry
        .hierarchy_text
        .as_deref()
        .or(entry.uraian.as_deref())
        .or(entry.other_texts.first().map(String::as_str))
        .or(entry.sasaran.as_deref());
    let Some(label) = first else { return false };
    let norm = super::columns::normalize(label);
    // A long text that merely starts with "Jumlah" is an indicator or activity, not a total.
    let short = norm.split(' ').count() <= 6;
    ["jumlah", "total", "sub total", "subtotal", "grand total"]
        .iter()
        .any(|w| norm == *w || (short && norm.starts_with(&format!("{w} "))))
        && !numbers::looks_numeric(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(text: &str) -> Entry {
        Entry {
            hierarchy_text: Some(text.to_string()),
            ..Entry::default()
        }
    }

    #[test]
    fn total_labels() {
        for label in [
            "JUMLAH",
            "JUMLAH ANGGARAN",
            "TOTAL",
            "Jumlah Total",
            "Sub Total",
            "SUBTOTAL",
            "Grand Total",
            "Jumlah Program Dukungan Manajemen",
        ] {
            assert!(is_total(&labelled(label)), "{label}");
        }
        let indikator = "Jumlah Badan Adhoc yang dipersiapkan dan dibentuk dilingkungan Satker KPU";
        assert!(!is_total(&labelled(indikator)));
        assert!(!is_total(&labelled(
            "Penetapan Jumlah Kursi dan Penetapan Daerah Pemilihan"
        )));
        assert!(!is_total(&labelled("Totalitas pelayanan")));
    }
}
