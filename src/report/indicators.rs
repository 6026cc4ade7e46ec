//! How import shows a performance table (PK, kinerja, RAK): one line per indikator, the
//! program budget lines, and the JSON views of both.

use super::quantity_cell;
use crate::kinds::Shown;
use crate::model::{Document, Indicator, ProgramBudget, Quantity, Signature};
use crate::numbers;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, Table};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// Up to this many rows are listed; larger tables show the count only.
const MAX_ROWS_SHOWN: usize = 200;

pub fn table(doc: &Document) -> crate::terminal::Fitted {
    let view = doc.kind.spec().view.as_ref();
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED);
    let mut header = vec!["No".to_string(), "Sasaran".into(), "Indikator".into()];
    header.extend(view.map_or_else(|| vec!["Target".into()], |v| (v.header)(doc)));
    table.set_header(header);
    for ind in doc.indicators().iter().take(MAX_ROWS_SHOWN) {
        let text = |t: Option<&str>, max: usize| Cell::new(shorten(t.unwrap_or(""), max));
        let mut row = vec![
            text(ind.number.as_deref(), 4),
            text(ind.sasaran.as_deref(), 40),
            text(ind.indikator.as_deref(), 50),
        ];
        let shown = match view {
            Some(v) => (v.cells)(doc, ind),
            None => vec![crate::kinds::performance::target(ind)],
        };
        row.extend(shown.into_iter().map(cell));
        table.add_row(row);
    }
    if doc.indicators().len() > MAX_ROWS_SHOWN {
        let count = doc.indicators().len();
        table.add_row(vec![Cell::new(crate::t!(
            "view-indicators-more",
            count = count
        ))]);
    }
    crate::terminal::fit(table, crate::terminal::Fit::Wrap)
}

/// A cell of a kind's own columns.
fn cell(shown: Shown) -> Cell {
    match shown {
        Shown::Text(text) => Cell::new(text.unwrap_or("")),
        Shown::Short(text, max) => Cell::new(shorten(text.unwrap_or(""), max)),
        Shown::Quantity(field, q) => quantity_cell(field, q, "?"),
        Shown::Count(n) => Cell::new(n).set_alignment(CellAlignment::Right),
    }
}

/// A cell's lines joined with ` / `, so they stay told apart in one table line.
fn shorten(text: &str, max: usize) -> String {
    crate::text::shorten(&text.replace('\n', " / "), max)
}

/// `anggaran program 1. Penyelenggaraan … Rp10.069.050.000` lines, with their sum.
pub fn budget_lines(doc: &Document) -> String {
    let mut out = String::new();
    let mut sum = rust_decimal::Decimal::ZERO;
    for b in doc.budgets() {
        let value = b.anggaran.value.unwrap_or_default();
        sum += value;
        out.push_str(&format!(
            "anggaran program {}{}: {} ({})\n",
            b.number
                .as_deref()
                .map(|n| format!("{n}. "))
                .unwrap_or_default(),
            b.program,
            numbers::format_rupiah(value, 0),
            cell_of(b)
        ));
    }
    if doc.budgets().len() > 1 {
        out.push_str(&format!(
            "anggaran program, jumlah: {}\n",
            numbers::format_rupiah(sum, 0)
        ));
    }
    if let Some(total) = doc.budget_total() {
        let amount = total.anggaran.value.map_or_else(
            || crate::t!("view-indicators-no-value"),
            |v| numbers::format_rupiah(v, 0),
        );
        let line = crate::t!(
            "view-indicators-budget-written",
            program = &total.program,
            amount = amount,
            cell = cell_of(total)
        );
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Where a budget line is: its cell, or its table and row in a Word document.
fn cell_of(b: &ProgramBudget) -> String {
    b.location
        .in_word()
        .unwrap_or_else(|| b.location.cell.to_string())
}

/// An indikator row in the import JSON: texts as written, numbers as exact decimal strings.
#[derive(Clone, Copy)]
pub struct Json<'a>(pub &'a Indicator);

impl Serialize for Json<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let i = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("number", &i.number)?;
        m.serialize_entry("sasaran", &i.sasaran)?;
        m.serialize_entry("indikator", &i.indikator)?;
        m.serialize_entry("target", &i.target.as_ref().map(|w| &w.text))?;
        if let Some(w) = &i.target {
            m.serialize_entry("target_cell", &w.cell)?;
            let place = Some(w.cell)
                .filter(|_| crate::model::is_word(&i.location.file))
                .map(|c| crate::source::docx::describe(c.row() - 1, c.col()));
            if let Some(place) = place {
                m.serialize_entry("target_place", &place)?;
            }
        }
        if let Some(w) = &i.realisasi {
            // The number, as an exact decimal string (`null` for a grade or a text); the text
            // as written beside it.
            m.serialize_entry("realisasi", &number_of(&w.text))?;
            m.serialize_entry("realisasi_written", &w.text)?;
            m.serialize_entry("realisasi_cell", &w.cell)?;
        }
        quantity_entry::<S>(&mut m, "stated_capaian", i.stated_capaian.as_ref())?;
        quantity_entry::<S>(&mut m, "biaya", i.biaya())?;
        for (key, value) in [
            ("aksi", i.aksi()),
            ("target_aksi", i.target_aksi()),
            ("pelaksana", i.pelaksana()),
            ("polaritas", i.polaritas.as_deref()),
        ] {
            if let Some(v) = value {
                m.serialize_entry(key, v)?;
            }
        }
        if !i.jadwal().is_empty() {
            m.serialize_entry("jadwal", i.jadwal())?;
        }
        if let Some(s) = &i.satuan {
            m.serialize_entry("satuan", s)?;
        }
        if let Some(w) = i.baseline() {
            m.serialize_entry("baseline", &w.text)?;
            m.serialize_entry("baseline_cell", &w.cell)?;
        }
        if !i.periode().is_empty() {
            m.serialize_entry("targets", i.periode())?;
        }
        m.serialize_entry("location", &i.location)?;
        m.end()
    }
}

/// `100%` → `100`, `1 Laporan` → `1`; grades and texts have no number.
fn number_of(text: &str) -> Option<String> {
    use crate::compute::target::{parse, Target};
    match parse(text)? {
        Target::Percent { value } | Target::Count { value, .. } => Some(numbers::canonical(value)),
        _ => None,
    }
}

fn quantity_entry<S: Serializer>(
    m: &mut S::SerializeMap,
    key: &str,
    q: Option<&Quantity>,
) -> Result<(), S::Error> {
    if let Some(q) = q {
        m.serialize_entry(key, &q.value.map(numbers::canonical))?;
        m.serialize_entry(&format!("{key}_cell"), &q.cell)?;
    }
    Ok(())
}

/// A program budget line in the import JSON.
#[derive(Clone, Copy)]
pub struct BudgetJson<'a>(pub &'a ProgramBudget);

impl Serialize for BudgetJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let b = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("number", &b.number)?;
        m.serialize_entry("program", &b.program)?;
        quantity_entry::<S>(&mut m, "anggaran", Some(&b.anggaran))?;
        m.serialize_entry("location", &b.location)?;
        m.end()
    }
}

/// A signature with the party it signs as (`pertama`, `kedua`) where the block names it.
#[derive(Clone, Copy)]
pub struct SignatureJson<'a>(pub &'a Signature);

impl Serialize for SignatureJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let sig = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("place", &sig.place)?;
        m.serialize_entry("date", &sig.date)?;
        m.serialize_entry("jabatan", &sig.jabatan)?;
        m.serialize_entry("name", &sig.name)?;
        m.serialize_entry("nip", &sig.nip)?;
        m.serialize_entry("pihak", &sig.pihak())?;
        m.serialize_entry("location", &sig.location)?;
        m.end()
    }
}
