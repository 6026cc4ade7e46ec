//! Renstra: the medium-term plan's sasaran and indikator with a target for each year of its
//! five-year period (Tabel 2.1 of an LKj), a baseline and an end-of-period target where the
//! table has them. Stored long: one row per indikator and year, since the years vary.

use super::{performance, DocKind, Family, KindSpec, Purpose, Shown, View};
use crate::layout::columns::{normalize, ColumnMap, Role};
use crate::model::{Document, Indicator, PeriodTarget, RenstraFields};
use crate::workspace::table::{self, Attach, Record};
use serde::{Deserialize, Serialize};

pub const SPEC: KindSpec = KindSpec {
    kind: DocKind::Renstra,
    name: "renstra",
    label: "Renstra",
    family: Family::Performance,
    purpose: Purpose::StrategicPlan,
    amount_fields: &[],
    // Tried first: only a header with two or more year columns is one, and such a header is
    // never another kind's.
    precedence: 0,
    recognise,
    reads,
    fit,
    checks: &[],
    signed: None,
    tables: &[table::Table::of::<Row>()],
    export: None,
    levels: None,
    view: Some(View {
        header: view_header,
        cells: view,
    }),
    form: Some(&FORM),
};

/// Columns that make another table when they stand beside year columns: a measurement over
/// the years, a funding plan, an action plan.
const OTHER_TABLES: [Role; 10] = [
    Role::Realisasi,
    Role::Capaian,
    Role::Persen,
    Role::Pagu,
    Role::Anggaran,
    Role::Biaya,
    Role::Sisa,
    Role::Aksi,
    Role::TargetAksi,
    Role::Pelaksana,
];

fn recognise(columns: &ColumnMap) -> Option<&'static str> {
    let has = |r| columns.roles.contains_key(&r);
    let named = has(Role::Sasaran) || has(Role::Indikator) || has(Role::ProgramKegiatan);
    let other = OTHER_TABLES.into_iter().any(has) || columns.months() > 0;
    (columns.years() >= 2 && named && !other).then_some("kind-reason-renstra")
}

/// The roles a Renstra table reads; any other text column is left unnamed (its cells are said
/// row by row as not read).
fn reads(role: Role) -> bool {
    matches!(
        role,
        Role::No
            | Role::Sasaran
            | Role::Indikator
            | Role::Polaritas
            | Role::Satuan
            | Role::Baseline
            | Role::TargetAkhir
            | Role::Year(_)
    ) || role.field().is_some()
}

fn fit(columns: &mut ColumnMap) -> Result<(), String> {
    if columns.years() < 2 {
        return Err(crate::t!("kind-renstra-needs-years"));
    }
    let years: Vec<u32> = columns.year_columns().iter().map(|(c, _)| *c).collect();
    // `Target` is the group title over the year columns; a Target column beside them would be
    // a target of no year.
    match columns.get(Role::Target) {
        Some(col) if years.contains(&col) => {
            columns.roles.remove(&Role::Target);
        }
        Some(_) => {
            let misfit = columns.misfits(|r| r == Role::Target);
            return Err(crate::t!(
                "kind-renstra-target-beside-years",
                columns = misfit.join(", ")
            ));
        }
        None => {}
    }
    baseline_beside_targets(columns);
    columns.rename(Role::ProgramKegiatan, Role::Sasaran);
    columns.roles.retain(|r, _| reads(*r));
    performance::fit_columns(columns, DocKind::Renstra, &[])
}

/// `Tahun 2019 | Target 2020 … Target 2024`: the one year column left of the targets that its
/// name (or the group title over the others) does not call a target is the baseline.
fn baseline_beside_targets(columns: &mut ColumnMap) {
    if columns.get(Role::Baseline).is_some() {
        return;
    }
    let is_target = |col: &u32| {
        columns
            .names
            .get(col)
            .is_some_and(|n| normalize(n).split(' ').any(|w| w == "target"))
    };
    type Years = Vec<(u32, u16)>;
    let (targets, others): (Years, Years) = columns
        .year_columns()
        .into_iter()
        .partition(|(c, _)| is_target(c));
    let first_target = targets.iter().map(|(c, _)| *c).min();
    if let ([(col, year)], Some(first)) = (others.as_slice(), first_target) {
        if *col < first && targets.len() >= 2 {
            columns.roles.remove(&Role::Year(*year));
            columns.roles.insert(Role::Baseline, *col);
        }
    }
}

/// The period columns of a document, in column order (the first indikator's: every row of a
/// table has the same).
fn periods(doc: &Document) -> Vec<String> {
    let first = doc.indicators().iter().find(|i| !i.periode().is_empty());
    first.map_or_else(Vec::new, |i| {
        i.periode().iter().map(PeriodTarget::label).collect()
    })
}

fn has_satuan(doc: &Document) -> bool {
    doc.indicators().iter().any(|i| i.satuan.is_some())
}

fn has_baseline(doc: &Document) -> bool {
    doc.indicators().iter().any(|i| i.baseline().is_some())
}

fn view_header(doc: &Document) -> Vec<String> {
    let mut header = Vec::new();
    if has_satuan(doc) {
        header.push("Satuan".to_string());
    }
    if has_baseline(doc) {
        header.push("Baseline".to_string());
    }
    header.extend(periods(doc));
    header
}

fn view<'a>(doc: &'a Document, i: &'a Indicator) -> Vec<Shown<'a>> {
    let mut cells = Vec::new();
    if has_satuan(doc) {
        cells.push(Shown::Short(i.satuan.as_deref(), 12));
    }
    if has_baseline(doc) {
        cells.push(Shown::Text(i.baseline().map(|w| w.text.as_ref())));
    }
    // An empty year is said as such: it is no target, and never 0.
    cells.extend(
        i.periode()
            .iter()
            .map(|p| Shown::Text(Some(p.target.as_deref().unwrap_or("(empty)")))),
    );
    cells
}

/// One indikator and one year of `renstra.csv`: an indikator has a row per year column (and
/// for the end-of-period column), its texts repeated on each. `tahun` is empty for an end
/// column that names no year; an empty `target` is an empty cell.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Row {
    file: String,
    sheet: String,
    number: Option<Box<str>>,
    sasaran: Option<String>,
    indikator: Option<String>,
    satuan: Option<Box<str>>,
    baseline: Option<String>,
    baseline_cell: String,
    tahun: Option<i32>,
    akhir: bool,
    target: Option<String>,
    target_cell: String,
    polaritas: Option<Box<str>>,
    cell: String,
    row: u32,
}

impl Record for Row {
    const FILE: &'static str = "renstra.csv";

    fn rows(doc: &Document) -> Vec<Row> {
        let indicators = performance::indicators_of(doc, DocKind::Renstra);
        indicators.iter().flat_map(|i| rows_of(doc, i)).collect()
    }

    fn source(&self) -> (&str, &str, u32) {
        (&self.file, &self.sheet, self.row)
    }
}

/// An indikator's rows: one per period column (one without a period when it has none, so
/// that it is kept).
fn rows_of(doc: &Document, i: &Indicator) -> Vec<Row> {
    let (baseline, baseline_cell) = performance::written_columns(i.baseline());
    let row = |p: Option<&PeriodTarget>| Row {
        file: doc.file.clone(),
        sheet: doc.sheet.clone(),
        number: i.number.clone(),
        sasaran: i.sasaran.as_deref().map(str::to_string),
        indikator: i.indikator.clone(),
        satuan: i.satuan.clone(),
        baseline: baseline.clone(),
        baseline_cell: baseline_cell.clone(),
        tahun: p.and_then(|p| p.tahun),
        akhir: p.is_some_and(|p| p.akhir),
        target: p.and_then(|p| p.target.clone()),
        target_cell: p.map_or(String::new(), |p| p.cell.clone()),
        polaritas: i.polaritas.clone(),
        cell: i.location.cell.to_string(),
        row: i.location.row,
    };
    if i.periode().is_empty() {
        return vec![row(None)];
    }
    i.periode().iter().map(|p| row(Some(p))).collect()
}

impl Attach for Row {
    fn attach(self, doc: &mut Document) -> Result<(), String> {
        let period = (self.tahun.is_some() || self.akhir).then_some(PeriodTarget {
            tahun: self.tahun,
            akhir: self.akhir,
            target: self.target,
            cell: self.target_cell,
        });
        let table = performance::table_of(doc)?;
        // The rows of one indikator follow each other, its cell and row on each.
        let same = |i: &Indicator| i.location.row == self.row && i.location.cell == self.cell;
        if let (Some(last), Some(p)) = (table.indicators.last_mut().filter(|i| same(i)), &period) {
            last.renstra_mut().periode.push(p.clone());
            return Ok(());
        }
        let renstra = RenstraFields {
            baseline: performance::written(self.baseline, &self.baseline_cell)?,
            periode: period.into_iter().collect(),
        };
        let indicator = Indicator {
            satuan: self.satuan,
            renstra: renstra.boxed(),
            ..performance::indicator(
                self.number,
                self.sasaran,
                self.indikator,
                None,
                self.polaritas,
                (&self.file, &self.sheet, &self.cell, self.row),
            )
        };
        table.indicators.push(indicator);
        Ok(())
    }
}

use super::form::{self, Cell, Column, Example, Form, EXAMPLE_INDIKATOR as EX};

/// A year column of the plan's period (`Target 2025`); the year is the workspace's.
const fn year(n: u16) -> Column {
    Column::new(
        "Target {tahun}",
        Role::Year(n),
        Cell::Value,
        11.0,
        "Target setiap tahun periode Renstra, dalam satuan di kolom Satuan.",
    )
}

/// A row of the examples: the n-th example indikator, its baseline, a target per year and the
/// end-of-period target. The targets are the PK's every year, so that the examples agree
/// whatever year the workspace is.
const fn example(n: usize, awal: &'static str, years: [&'static str; 5]) -> [Example; 11] {
    let (sasaran, indikator, _, satuan) = EX[n];
    let [y1, y2, y3, y4, y5] = years;
    [
        Example::Text(NUMBERS[n]),
        Example::Text(sasaran),
        Example::Text(indikator),
        Example::Text(satuan),
        Example::Number(awal),
        Example::Number(y1),
        Example::Number(y2),
        Example::Number(y3),
        Example::Number(y4),
        Example::Number(y5),
        Example::Number(y5),
    ]
}

const NUMBERS: [&str; 4] = ["1", "2", "3", "4"];

/// The blank Renstra `lakip template renstra` writes: per indikator its unit, baseline, a
/// target for each year of the five-year period and the end target.
pub const FORM: Form = Form {
    sheet: "Renstra",
    title: "RENCANA STRATEGIS",
    columns: &[
        form::NO,
        form::SASARAN,
        form::INDIKATOR,
        form::SATUAN_COLUMN,
        Column::new(
            "Kondisi Awal",
            Role::Baseline,
            Cell::Value,
            11.0,
            "Capaian sebelum periode Renstra (baseline).",
        ),
        year(0),
        year(1),
        year(2),
        year(3),
        year(4),
        Column::new(
            "Kondisi Akhir",
            Role::TargetAkhir,
            Cell::Value,
            11.0,
            "Target akhir periode Renstra.",
        ),
    ],
    examples: &[
        &example(0, "95", ["100", "100", "100", "100", "100"]),
        &example(1, "90", ["100", "100", "100", "100", "100"]),
        &example(2, "95", ["98", "98", "98", "98", "98"]),
        &example(3, "8", ["12", "12", "12", "12", "12"]),
    ],
    notes: &[
        "Judul kolom tahun (Target 2025 …) berisi tahun periode Renstra; di dalam workspace tahunnya diambil dari lakip.toml. Tahun boleh diubah bila periodenya lain, asal tetap lima tahun berurutan.",
    ],
};
