//! The report's own tables: which column is what (by the header's words), the rows of a
//! budget table (Uraian, Pagu, Realisasi, %) and of a performance table (Sasaran, Indikator,
//! Target, Realisasi, Capaian), and the row's own arithmetic: `percent` (% = realisasi ÷ pagu)
//! and `capaian` (capaian = realisasi ÷ target).

use super::read::Table;
use super::{agrees, figures, rules, Audit};
use crate::compute::target::{self, Target};
use crate::model::Field;
use crate::numbers::{format_angka, format_persen, round_half_up};
use rust_decimal::Decimal;

/// The columns a header names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roles {
    /// The row the header is on.
    pub header: usize,
    pub no: Option<usize>,
    pub name: Option<usize>,
    pub sasaran: Option<usize>,
    pub indikator: Option<usize>,
    pub pagu: Option<usize>,
    pub realisasi: Option<usize>,
    pub percent: Option<usize>,
    pub target: Option<usize>,
    pub capaian: Option<usize>,
    /// `Polaritas`: naik/turun/sama (lower is better when `turun`).
    pub polaritas: Option<usize>,
}

impl Roles {
    pub fn is_budget(&self) -> bool {
        self.pagu.is_some() && self.realisasi.is_some()
    }

    pub fn is_performance(&self) -> bool {
        self.target.is_some() && (self.indikator.is_some() || self.sasaran.is_some())
    }
}

/// The header among a table's first rows: the first row that names two roles.
pub fn roles(table: &Table) -> Option<Roles> {
    for (h, row) in table.rows.iter().enumerate().take(4) {
        let mut r = Roles {
            header: h,
            ..Roles::default()
        };
        let mut named = 0;
        for (c, cell) in row.cells.iter().enumerate() {
            let words = super::sentence::words_of(cell);
            let has = |w: &str| words.iter().any(|x| x == w);
            let set = |slot: &mut Option<usize>, named: &mut usize| {
                if slot.is_none() {
                    *slot = Some(c);
                    *named += 1;
                }
            };
            let raw = cell.trim();
            if raw.eq_ignore_ascii_case("no") || raw.eq_ignore_ascii_case("no.") {
                set(&mut r.no, &mut named);
            } else if has("polaritas") || has("polarisasi") {
                set(&mut r.polaritas, &mut named);
            } else if has("target") {
                set(&mut r.target, &mut named);
            } else if has("realisasi") {
                set(&mut r.realisasi, &mut named);
            } else if has("capaian") {
                set(&mut r.capaian, &mut named);
            } else if has("pagu") || has("anggaran") || has("alokasi") {
                set(&mut r.pagu, &mut named);
            } else if raw == "%" || has("persentase") || has("serapan") {
                set(&mut r.percent, &mut named);
            } else if has("indikator") {
                if has("sasaran") {
                    set(&mut r.sasaran, &mut named);
                }
                set(&mut r.indikator, &mut named);
            } else if has("sasaran") && r.target.is_none() {
                set(&mut r.sasaran, &mut named);
            } else if has("uraian") || has("program") || has("kegiatan") {
                set(&mut r.name, &mut named);
            }
        }
        // In a performance table a `%` after the realisasi is its capaian.
        if r.target.is_some() && r.realisasi.is_some() && r.capaian.is_none() {
            r.capaian = r.percent.take();
        }
        if named >= 2 {
            return Some(r);
        }
    }
    None
}

/// A row of a performance table.
#[derive(Debug, Clone)]
pub struct PerfRow {
    pub row: usize,
    pub number: Option<String>,
    pub sasaran: Option<String>,
    pub indikator: Option<String>,
    pub target: Option<String>,
    pub realisasi: Option<String>,
    pub capaian: Option<String>,
    pub polaritas: Option<String>,
}

pub fn performance_rows(table: &Table, r: &Roles) -> Vec<PerfRow> {
    let cell = |row: &[String], c: Option<usize>| {
        c.and_then(|c| row.get(c))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let mut out = Vec::new();
    for (k, row) in table.rows.iter().enumerate().skip(r.header + 1) {
        let cells = &row.cells;
        // The column-number row `(1) (2) (3)`.
        if cells.iter().all(|c| {
            c.is_empty()
                || c.trim_matches(['(', ')'])
                    .chars()
                    .all(|ch| ch.is_ascii_digit())
        }) {
            continue;
        }
        out.push(PerfRow {
            row: k,
            number: cell(cells, r.no),
            sasaran: cell(cells, r.sasaran),
            indikator: cell(cells, r.indikator),
            target: cell(cells, r.target),
            realisasi: cell(cells, r.realisasi),
            capaian: cell(cells, r.capaian),
            polaritas: cell(cells, r.polaritas),
        });
    }
    out
}

/// A row of a budget table: its name, pagu and realisasi, and the % it states.
#[derive(Debug, Clone)]
pub struct BudgetRow {
    pub row: usize,
    pub name: String,
    pub pagu: Option<Decimal>,
    pub realisasi: Option<Decimal>,
    pub percent: Option<String>,
}

pub fn budget_rows(table: &Table, r: &Roles) -> Vec<BudgetRow> {
    let mut out = Vec::new();
    let amount = |row: &[String], c: Option<usize>| {
        let text = c.and_then(|c| row.get(c))?.trim();
        crate::numbers::parse_amount(text).ok()?.map(|p| p.value)
    };
    for (k, row) in table.rows.iter().enumerate().skip(r.header + 1) {
        let cells = &row.cells;
        let name = r
            .name
            .and_then(|c| cells.get(c))
            .or_else(|| cells.first())
            .map(|s| clean_name(s))
            .unwrap_or_default();
        out.push(BudgetRow {
            row: k,
            name,
            pagu: amount(cells, r.pagu),
            realisasi: amount(cells, r.realisasi),
            percent: r
                .percent
                .and_then(|c| cells.get(c))
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
        });
    }
    out
}

/// A row's name without its numbering (`1,`, `a.`).
fn clean_name(text: &str) -> String {
    let t = text.trim();
    let first: String = t.chars().take_while(|c| !c.is_whitespace()).collect();
    let marker = first.trim_end_matches(['.', ',', ')']);
    if first.len() > marker.len() && marker.len() <= 3 && !marker.is_empty() {
        return t[first.len()..].trim().to_string();
    }
    t.to_string()
}

/// A stated capaian or percentage cell as a figure (`99.52`, `100`, `95%`).
pub fn percent_figure(text: &str) -> Option<figures::Figure> {
    let t = text.trim().trim_end_matches('%').trim();
    figures::find(&format!("{t}%"))
        .into_iter()
        .next()
        .filter(|f| f.kind == figures::Kind::Percent)
}

/// Capaian = R ÷ T × 100 for a target and realisasi of one kind: both percentages, or counts
/// in one unit. `None` when it cannot be computed with confidence.
pub fn capaian_of(target_text: &str, realisasi_text: &str) -> Option<Decimal> {
    let (t, r) = (target::parse(target_text)?, target::parse(realisasi_text)?);
    let (tv, rv) = match (&t, &r) {
        (Target::Percent { value: t }, Target::Percent { value: r }) => (*t, *r),
        (Target::Count { value: t, unit: u }, Target::Count { value: r, unit: v })
            if target::same_unit(u, v) =>
        {
            (*t, *r)
        }
        _ => return None,
    };
    if target::bound(target_text).is_some() || tv.is_zero() {
        return None;
    }
    Some(rv / tv * Decimal::ONE_HUNDRED)
}

/// The capaian of a row by its Polaritas cell (`turun`: lower is better, (2T − R) ÷ T × 100;
/// `sama`: the target itself is best); without one, [`capaian_of`] (higher is better).
pub fn row_capaian(row: &PerfRow) -> Option<Decimal> {
    let (t, r) = (row.target.as_deref()?, row.realisasi.as_deref()?);
    let polarity = row
        .polaritas
        .as_deref()
        .and_then(crate::compute::capaian::Polarity::from_name);
    match polarity {
        None | Some(crate::compute::capaian::Polarity::Higher) => capaian_of(t, r),
        Some(p) => {
            let (tt, rr) = (target::parse(t)?, target::parse(r)?);
            crate::compute::capaian::capaian(&tt, &rr, p, None)
                .ok()
                .map(|c| c.uncapped)
        }
    }
}

/// A capaian agrees when it is the computed one or that one capped at 100, 110 or 120.
pub fn capaian_agrees(stated: &figures::Figure, computed: Decimal, tolerance: Decimal) -> bool {
    [None, Some(100), Some(110), Some(120)].iter().any(|cap| {
        let c = match cap {
            Some(cap) => computed.min(Decimal::from(*cap)),
            None => computed,
        };
        agrees(stated, c, tolerance, false)
    })
}

pub fn check(a: &mut Audit) {
    let tables: Vec<&Table> = a.text.tables().collect();
    for table in tables {
        let Some(roles) = roles(table) else {
            continue;
        };
        if roles.is_budget() && roles.percent.is_some() {
            for row in budget_rows(table, &roles) {
                budget_row(a, table, &row);
            }
        }
        if roles.is_performance() && roles.realisasi.is_some() && roles.capaian.is_some() {
            for row in performance_rows(table, &roles) {
                performance_row(a, table, &row);
            }
        }
    }
}

fn budget_row(a: &mut Audit, table: &Table, row: &BudgetRow) {
    let (Some(p), Some(r), Some(stated)) = (row.pagu, row.realisasi, row.percent.as_deref()) else {
        return;
    };
    let spot = a.row_spot(table, row.row);
    let Some(fig) = percent_figure(stated) else {
        return a.skip(spot, crate::t!("audit-table-not-percent", text = stated));
    };
    if let Some(doubt) = &fig.doubt {
        return a.skip(spot, doubt.clone());
    }
    if p.is_zero() {
        return a.skip(spot, crate::t!("audit-table-pagu-zero"));
    }
    let computed = r / p * Decimal::ONE_HUNDRED;
    if agrees(&fig, computed, a.settings.tolerance, false) {
        return a.holds();
    }
    let shown = round_half_up(computed, 2);
    let name = match row.name.is_empty() {
        true => crate::t!("audit-table-row-no-uraian"),
        false => format!("\"{}\"", crate::text::shorten(&row.name, 60)),
    };
    let message = crate::t!(
        "audit-table-percent-wrong",
        name = name,
        stated = stated,
        computed = format_persen(shown, 2)
    );
    let d = a
        .diagnostic(&rules::PERCENT, spot, message)
        .numbers(Field::StatedPercent, fig.value, shown)
        .hint(crate::t!(
            "audit-table-percent-hint",
            realisasi = format_angka(r, 0),
            pagu = format_angka(p, 0),
            computed = format_angka(shown, 2)
        ));
    a.wrong(d);
}

fn capaian_message(c: &str, t: &str, r: &str, polaritas: Option<&str>, shown: Decimal) -> String {
    let lower = polaritas
        .and_then(crate::compute::capaian::Polarity::from_name)
        .is_some_and(|p| p != crate::compute::capaian::Polarity::Higher);
    match (lower, polaritas) {
        (true, Some(p)) => crate::t!(
            "audit-table-capaian-polaritas",
            capaian = c,
            target = t,
            realisasi = r,
            polaritas = p,
            computed = format_persen(shown, 2)
        ),
        _ => crate::t!(
            "audit-capaian-wrong",
            capaian = format!("{c}%"),
            realisasi = r,
            target = t,
            computed = format_persen(shown, 2)
        ),
    }
}

fn performance_row(a: &mut Audit, table: &Table, row: &PerfRow) {
    let (Some(t), Some(r), Some(c)) = (&row.target, &row.realisasi, &row.capaian) else {
        return;
    };
    let spot = a.row_spot(table, row.row);
    let Some(fig) = percent_figure(c) else {
        return a.skip(
            spot,
            crate::t!("audit-table-capaian-not-percent", text = c.as_str()),
        );
    };
    let Some(computed) = row_capaian(row) else {
        return a.skip(
            spot,
            crate::t!(
                "audit-table-not-one-kind",
                target = t.as_str(),
                realisasi = r.as_str()
            ),
        );
    };
    if fig.doubt.is_some() {
        return a.skip(spot, fig.doubt.clone().unwrap_or_default());
    }
    if capaian_agrees(&fig, computed, a.settings.tolerance) {
        return a.holds();
    }
    let shown = round_half_up(computed, 2);
    let message = capaian_message(c, t, r, row.polaritas.as_deref(), shown);
    let d = a
        .diagnostic(&rules::CAPAIAN, spot, message)
        .numbers(Field::StatedCapaian, fig.value, shown)
        .hint(match row.polaritas.as_deref() {
            Some(p) => crate::t!("audit-table-capaian-hint", polaritas = p),
            None => crate::t!("audit-capaian-hint"),
        });
    a.wrong(d);
}
