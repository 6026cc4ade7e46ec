//! A header whose last row names the unit of each sub-column, `K | % | Rp.`, as the Renja
//! evaluation form of Permendagri 86/2017 writes it: each group (`Target Renstra`, `Realisasi
//! Kinerja Pada Triwulan` over `I … IV`) has a kinerja (K) and a rupiah (Rp.) column. The
//! column-number row (`13 = 9 + 10 + 11 + 12`) may stand between the names and the units.

use super::columns::{normalize, ColumnMap, Role};
use crate::model::{ColumnNumber, Field};
use crate::source::{Row, Value};
use std::collections::BTreeMap;

/// The unit a sub-column's cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Kinerja,
    Percent,
    Rupiah,
}

fn unit_of(text: &str) -> Option<Unit> {
    let text = text.trim();
    // `(Rp)` and `(%)` as a plain table writes them under `Pagu | Realisasi`.
    let bare = (text.strip_prefix('(').and_then(|t| t.strip_suffix(')'))).unwrap_or(text);
    match bare.trim().trim_end_matches('.').to_lowercase().as_str() {
        "k" => Some(Unit::Kinerja),
        "%" => Some(Unit::Percent),
        "rp" | "rupiah" => Some(Unit::Rupiah),
        other => scaled_rupiah(other).then_some(Unit::Rupiah),
    }
}

/// Rupiah in a scale, as a units row writes it: `Rp ribu`, `Rp 000`, `Rp.000`, `ribuan
/// rupiah`, `Rp juta`; the scale joins the column's name, where `scale` reads it.
fn scaled_rupiah(lower: &str) -> bool {
    let words: Vec<&str> = (lower.split([' ', '.']).filter(|w| !w.is_empty())).collect();
    let money = |w: &&str| matches!(*w, "rp" | "rupiah");
    let scale = |w: &&str| super::scale::stated(w).is_some();
    words.iter().any(money)
        && words.iter().any(scale)
        && words.iter().all(|w| money(w) || scale(w) || *w == "dalam")
}

/// The row of units under a header spanning `rows[pos..end]`, directly under it or under at
/// most two rows between (the triwulan numbers, the column numbers): every own cell a unit, two `Rp.` at least. Joins it:
/// each `Rp.` column takes the role its group's name gives it (see [`rp_role`]) and each `K`
/// column the kinerja field beside it; the groups' own roles, which named the K and Rp.
/// columns together, are dropped. Returns the rows the
/// header grows by.
pub fn join(rows: &[Row], pos: usize, end: usize, columns: &mut ColumnMap) -> Option<usize> {
    form_units(rows, pos, end, columns).or_else(|| plain_units(rows, end, columns))
}

/// The Renja form's units (see [`join`]).
fn form_units(rows: &[Row], pos: usize, end: usize, columns: &mut ColumnMap) -> Option<usize> {
    let last = rows.get(end - 1)?.index;
    let (at, units) = (end..end + 3)
        .take_while(|i| {
            rows.get(*i)
                .is_some_and(|r| r.index == last + (i - end + 1) as u32)
        })
        .find_map(|i| units_of(&rows[i]).map(|u| (i, u)))?;
    let name_rows = &rows[pos..at];
    let mut renstra_realisasi = 0;
    // A group's K and Rp. columns share its name: its role is worked out once (the two
    // Renstra realisasi groups are told apart by their order).
    let mut by_group: BTreeMap<String, Option<Role>> = BTreeMap::new();
    // The amounts are the K and Rp. columns; the groups' titles named them together.
    columns
        .roles
        .retain(|r, _| r.field().is_none() && !matches!(r, Role::Month(_)));
    for (col, unit) in units {
        let group = group_name(name_rows, col);
        let name = format!("{group} ({})", unit_text(unit));
        let rp = *by_group
            .entry(normalize(&group))
            .or_insert_with_key(|norm| rp_role(norm, &mut renstra_realisasi));
        // A % column is its group's share of the Renja target, a figure no formula of the
        // form states: it takes no role and its numbers are reported as not read.
        let role = match unit {
            Unit::Rupiah => rp,
            Unit::Kinerja => rp
                .and_then(Role::field)
                .and_then(Field::as_kinerja)
                .map(Role::Rp),
            Unit::Percent => None,
        };
        columns.roles.retain(|_, c| *c != col);
        // The unit row splits its group: each sub-column holds its own numbers, so no
        // amount column is tied across the group's merged title (see `ties`).
        columns.spans.remove(&col);
        if let Some(role) = role {
            columns.roles.insert(role, col);
        }
        columns.names.insert(col, name);
    }
    if let Some(numbers) = at.checked_sub(1).filter(|n| *n >= end).map(|n| &rows[n]) {
        columns.numbers = column_numbers(numbers, columns);
    }
    Some(at + 1 - end)
}

/// The numbers the column-number row gives the amount columns (merged over a group's K and
/// Rp. columns, the number is the Rp. column's too), with the formula a number states
/// (`13 = 9 + 10 + 11 + 12`).
fn column_numbers(row: &Row, columns: &ColumnMap) -> Vec<ColumnNumber> {
    let mut out: Vec<ColumnNumber> = columns
        .amount_columns()
        .into_iter()
        // A number merged over a group's K and Rp. columns numbers both: the Rp. field
        // stands for the group, its K beside it (`Field::as_kinerja`).
        .filter(|(field, _)| !field.is_kinerja())
        .filter_map(|(field, col)| {
            let cell = row.get(col)?;
            let origin = row.origin(col).unwrap_or(cell);
            let (number, formula) = match &cell.value {
                Value::Int(n) => (u32::try_from(*n).ok()?, None),
                Value::Number(f) if f.fract() == 0.0 && *f >= 0.0 => (*f as u32, None),
                // A number typed as text (`9`) numbers its column as a number cell does.
                Value::Text(t) => match t.split_once('=') {
                    Some((n, _)) => (n.trim().parse().ok()?, Some(t.trim().to_string())),
                    None => (t.trim().parse().ok()?, None),
                },
                _ => return None,
            };
            Some(ColumnNumber {
                number,
                field,
                formula,
                cell: crate::source::cell_name(row.index, origin.col),
            })
        })
        .collect();
    out.sort_by_key(|n| n.number);
    out
}

fn unit_text(unit: Unit) -> &'static str {
    match unit {
        Unit::Kinerja => "K",
        Unit::Percent => "%",
        Unit::Rupiah => "Rp.",
    }
}

/// The units a row names, by column, when it is the Renja form's row of units: its groups
/// each have a kinerja (K) and a rupiah column.
fn units_of(row: &Row) -> Option<Vec<(u32, Unit)>> {
    let units = all_units(row)?;
    let rupiah = units.iter().filter(|(_, u)| *u == Unit::Rupiah).count();
    let kinerja = units.iter().any(|(_, u)| *u == Unit::Kinerja);
    (rupiah >= 2 && kinerja).then_some(units)
}

/// Every own cell of the row a unit.
fn all_units(row: &Row) -> Option<Vec<(u32, Unit)>> {
    let units: Vec<(u32, Unit)> = row
        .own()
        .map(|c| Some((c.col, unit_of(c.text()?)?)))
        .collect::<Option<_>>()?;
    (!units.is_empty()).then_some(units)
}

/// A plain row of units directly under the header, `(Rp) | (Rp) | (%)` under `Pagu |
/// Realisasi` (merged over two columns): each unit joins its column's name, and a column the
/// header leaves unnamed is named after the group left of it. A `%` column so named is the
/// stated percentage, when no other column is. Returns the row the header grows by.
fn plain_units(rows: &[Row], end: usize, columns: &mut ColumnMap) -> Option<usize> {
    let last = rows.get(end - 1)?.index;
    let row = rows.get(end).filter(|r| r.index == last + 1)?;
    let units = all_units(row)?;
    if units.iter().any(|(_, u)| *u == Unit::Kinerja) {
        return None;
    }
    for (col, unit) in units {
        // Split by its units, a merged title no longer ties its columns (see `ties`).
        columns
            .spans
            .retain(|first, last| !(*first..=*last).contains(&col));
        // A scale (`Rp ribu`) is kept as written, for `scale` to read.
        let own = row.get(col).and_then(|c| c.text()).map(str::trim);
        let written = own.map(|t| t.trim_start_matches('(').trim_end_matches(')').trim());
        let suffix = match written {
            Some(t) if unit == Unit::Rupiah && scaled_rupiah(&t.to_lowercase()) => format!("({t})"),
            _ => format!("({})", plain_text(unit)),
        };
        if let Some(name) = columns.names.get_mut(&col) {
            if !normalize(name).ends_with(&normalize(&suffix)) {
                name.push(' ');
                name.push_str(&suffix);
            }
            continue;
        }
        let Some(group) = (0..col).rev().find_map(|c| columns.names.get(&c)) else {
            continue;
        };
        let name = format!("{} {suffix}", group.trim_end_matches(&*suffix).trim());
        if unit == Unit::Percent && !columns.roles.contains_key(&Role::Persen) {
            columns.roles.insert(Role::Persen, col);
        }
        columns.names.insert(col, name);
    }
    Some(1)
}

fn plain_text(unit: Unit) -> &'static str {
    match unit {
        Unit::Kinerja => "K",
        Unit::Percent => "%",
        Unit::Rupiah => "Rp",
    }
}

/// The names over a column in the header's rows, merged copies included, joined with a
/// space: `Realisasi Kinerja Pada Triwulan IV`.
fn group_name(name_rows: &[Row], col: u32) -> String {
    let mut texts: Vec<&str> = name_rows
        .iter()
        .filter_map(|r| r.get(col).and_then(|c| c.text()))
        .map(str::trim)
        // The column-number row's formulas (`13 = 9 + 10 + 11 + 12`) are not names.
        .filter(|t| !t.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    // A name merged down over two rows is one name.
    texts.dedup();
    texts.join(" ")
}

/// The field of a group's Rp. column, by the group's name: the Renstra's target, the
/// Renja's target (its pagu), a triwulan's realisasi, the year's realisasi (Renja), the
/// Renstra's realisasi (the form has two: up to last year, then up to this year, in that
/// order — `seen` counts them), the Tingkat Capaian (a percentage).
fn rp_role(norm: &str, seen: &mut usize) -> Option<Role> {
    let words: Vec<&str> = norm.split(' ').collect();
    let has = |w: &str| words.contains(&w);
    let field = if has("tingkat") && has("capaian") {
        Field::StatedPercent
    } else if has("triwulan") {
        match *words.last()? {
            "i" => Field::Tw1,
            "ii" => Field::Tw2,
            "iii" => Field::Tw3,
            "iv" => Field::Tw4,
            _ => return None,
        }
    } else if has("target") && has("renstra") {
        Field::TargetRenstra
    } else if has("target") && has("renja") {
        Field::Pagu
    } else if has("realisasi") && has("renstra") {
        *seen += 1;
        match *seen {
            1 => Field::RenstraLalu,
            2 => Field::RenstraSd,
            _ => return None,
        }
    } else if has("realisasi") && has("renja") {
        Field::Realisasi
    } else {
        return None;
    };
    Some(match field {
        Field::StatedPercent => Role::Persen,
        Field::Pagu => Role::Pagu,
        Field::Realisasi => Role::Realisasi,
        f => Role::Rp(f),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(name: &str, seen: &mut usize) -> Option<Role> {
        rp_role(&normalize(name), seen)
    }

    /// The form's group names, in its order, each to its field; the two Renstra realisasi
    /// columns by their order (up to last year, then up to this year).
    #[test]
    fn each_groups_rp_column_takes_its_field() {
        let mut seen = 0;
        let names = [
            ("Target Renstra Perangkat Daerah Pada Tahun 2030", Role::Rp(Field::TargetRenstra)),
            (
                "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun 2024",
                Role::Rp(Field::RenstraLalu),
            ),
            ("Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan", Role::Pagu),
            ("Realisasi Kinerja Pada Triwulan I", Role::Rp(Field::Tw1)),
            ("Realisasi Kinerja Pada Triwulan IV", Role::Rp(Field::Tw4)),
            ("Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi", Role::Realisasi),
            (
                "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2025",
                Role::Rp(Field::RenstraSd),
            ),
            ("Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra (%)", Role::Persen),
        ];
        for (name, expected) in names {
            assert_eq!(role(name, &mut seen), Some(expected), "{name}");
        }
        assert_eq!(role("Realisasi Kinerja Pada Triwulan V", &mut seen), None);
        assert_eq!(role("Keterangan", &mut seen), None);
    }

    #[test]
    fn units_are_k_percent_and_rp() {
        assert_eq!(unit_of(" Rp. "), Some(Unit::Rupiah));
        assert_eq!(unit_of("K"), Some(Unit::Kinerja));
        assert_eq!(unit_of("%"), Some(Unit::Percent));
        assert_eq!(unit_of("Kode"), None);
    }
}
