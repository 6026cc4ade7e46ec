//! Finding the header row, its repeats at page breaks, and column-numbering rows.

use super::columns::{role_of, ColumnMap};
use crate::source::{Row, Value};

/// Header rows are looked for among the first rows of a sheet.
const HEADER_SEARCH_ROWS: usize = 40;

/// The position (in `sheet.rows`) and columns of the first row that reads as a table header.
pub fn find(rows: &[Row]) -> Option<(usize, ColumnMap)> {
    rows.iter()
        .take(HEADER_SEARCH_ROWS)
        .enumerate()
        .map(|(i, row)| (i, columns_of(row)))
        .find(|(_, map)| map.is_header())
}

/// The roles the row's cells name; the first column naming a role wins.
pub fn columns_of(row: &Row) -> ColumnMap {
    let mut map = ColumnMap::default();
    for cell in row.own_cells() {
        if let Some(role) = cell.text().and_then(role_of) {
            map.roles.entry(role).or_insert(cell.col);
        }
    }
    map
}

/// A row that repeats the header (Word-to-Excel conversions repeat it at each page break).
pub fn is_repeat(row: &Row, header: &ColumnMap) -> bool {
    let matched = header
        .roles
        .iter()
        .filter(|(role, col)| {
            row.get(**col)
                .and_then(|c| c.text())
                .and_then(role_of)
                .is_some_and(|r| r == **role)
        })
        .count();
    matched >= 2 && matched * 5 >= header.roles.len() * 3
}

/// A row of consecutive column numbers: `1 2 3 …` or `(1) (2) (3) …`.
pub fn is_numbering(row: &Row) -> bool {
    let numbers: Option<Vec<i64>> = row.own_cells().map(|c| column_number(&c.value)).collect();
    match numbers {
        Some(n) if n.len() >= 3 => n.windows(2).all(|w| w[1] == w[0] + 1),
        _ => false,
    }
}

fn column_number(value: &Value) -> Option<i64> {
    match value {
        Value::Number(f) if f.fract() == 0.0 && *f >= 0.0 && *f < 1000.0 => Some(*f as i64),
        Value::Text(t) => {
            let t = t.trim();
            let inner = t
                .strip_prefix('(')
                .and_then(|s| s.strip_suffix(')'))
                .unwrap_or(t);
            if inner.len() <= 3 && !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()) {
                inner.parse().ok()
            } else {
                None
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Cell, Spill};

    fn row(values: &[Value]) -> Row {
        Row {
            index: 0,
            cells: values
                .iter()
                .enumerate()
                .map(|(i, v)| Cell {
                    col: i as u32,
                    value: v.clone(),
                    formula: None,
                    spill: Spill::Own,
                })
                .collect(),
        }
    }

    fn texts(t: &[&str]) -> Row {
        row(&t
            .iter()
            .map(|s| Value::Text(s.to_string()))
            .collect::<Vec<_>>())
    }

    #[test]
    fn numbering_rows_in_both_styles() {
        let numbers: Vec<Value> = (1..=7).map(|n| Value::Number(n as f64)).collect();
        assert!(is_numbering(&row(&numbers)));
        assert!(is_numbering(&texts(&["(1)", "(2)", "(3)", "(4)"])));
        assert!(!is_numbering(&texts(&["1", "3", "4"])));
        assert!(!is_numbering(&texts(&["1", "2"])));
    }

    #[test]
    fn finds_rkt_header_below_title_block() {
        let rows = vec![
            texts(&["RENCANA KERJA TAHUNAN KPU KABUPATEN SERANG"]),
            texts(&["TAHUN ANGGARAN 2023"]),
            texts(&[
                "Program Kegiatan",
                "Sasaran",
                "Indikator",
                "keluaran/output",
                "Uraian kegiatan",
                "Perkiraan kebutuhan Anggaran",
                "KET",
            ]),
        ];
        let (pos, map) = find(&rows).unwrap();
        assert_eq!(pos, 2);
        assert_eq!(map.roles.len(), 7);
        assert!(is_repeat(&rows[2], &map));
        assert!(!is_repeat(&rows[0], &map));
    }
}
