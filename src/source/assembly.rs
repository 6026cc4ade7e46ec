//! A sheet put together from the chunks of complete rows a reader sends while it parses:
//! merged regions are applied as soon as every row they cover has arrived, and rows are
//! passed on as soon as nothing can change them any more.

use super::{apply_merges, assemble, sheet, Feed, Merge, Row, RowsBuilder, Sheet, Spill};

pub(super) struct Assembly {
    rows: Vec<Row>,
    /// Merged regions, by first row.
    merges: Vec<Merge>,
    /// How many of `merges` are applied.
    applied: usize,
    /// How many of `rows` are passed on.
    passed: usize,
}

impl Assembly {
    pub(super) fn new(mut merges: Vec<Merge>) -> Assembly {
        merges.sort_by_key(|m| m.first);
        Assembly {
            rows: Vec::new(),
            merges,
            applied: 0,
            passed: 0,
        }
    }

    /// Adds complete rows, following those added before.
    pub(super) fn add(
        &mut self,
        chunk: impl IntoIterator<Item = Row>,
        sink: &mut dyn FnMut(Feed<'_>),
    ) {
        self.rows.extend(chunk);
        let Some(last) = self.rows.last().map(|r| r.index) else {
            return;
        };
        // Every row up to `last` is complete: the regions that end there can be applied.
        let ready = self.merges[self.applied..]
            .iter()
            .take_while(|m| m.last.0 <= last)
            .count();
        let upto = self.applied + ready;
        apply_merges(&mut self.rows, &self.merges[self.applied..upto]);
        self.applied = upto;
        // A region still open may copy its value into any row from its first on.
        let open = self.merges.get(self.applied).map(|m| m.first.0);
        let settled = open.map_or(last + 1, |first| first.min(last + 1));
        let end = self.rows.partition_point(|r| r.index < settled);
        if end > self.passed {
            fit(&mut self.rows[self.passed..end]);
            sink(Feed::Rows(&mut self.rows[self.passed..end]));
            self.passed = end;
        }
    }

    /// The whole sheet, from the rows added and the reader's last ones.
    pub(super) fn end(
        mut self,
        builder: RowsBuilder,
        name: String,
        sink: &mut dyn FnMut(Feed<'_>),
    ) -> Sheet {
        let (rest, warnings, unordered) = builder.into_parts();
        if unordered {
            // Cells out of order: the whole sheet is sorted and merged again, and what was
            // passed on does not stand.
            if self.passed > 0 {
                sink(Feed::Restart);
            }
            let cells = self
                .rows
                .into_iter()
                .chain(rest)
                .flat_map(|row| {
                    let index = row.index;
                    let own = row.cells.into_iter().filter(|c| c.spill == Spill::Own);
                    own.map(move |c| (index, c))
                })
                .collect();
            let mut sheet = assemble(name, cells, &self.merges);
            sheet.warnings.splice(0..0, warnings);
            return sheet;
        }
        self.rows.extend(rest);
        apply_merges(&mut self.rows, &self.merges[self.applied..]);
        // A sheet that streamed is passed on to its end; one that came in whole is not (its
        // later stages read it whole, on both cores).
        fit(&mut self.rows[self.passed..]);
        if self.passed > 0 && self.passed < self.rows.len() {
            sink(Feed::Rows(&mut self.rows[self.passed..]));
        }
        sheet(name, self.rows, warnings)
    }
}

/// Rows that nothing changes any more keep no room to grow: a row's cells were given room
/// for more as they came and as merged regions were copied in, and a large sheet's rows are
/// held until it is recognised (for the RKT of `benches`, 8 cells' room for 5 cells a row).
fn fit(rows: &mut [Row]) {
    for row in rows {
        row.cells.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Cell, Value};

    fn row(index: u32, texts: &[(u32, &str)]) -> Row {
        let cells = texts
            .iter()
            .map(|(col, t)| Cell {
                col: *col,
                value: Value::Text((*t).into()),
                formula: None,
                spill: Spill::Own,
            })
            .collect();
        Row { index, cells }
    }

    /// Feeds `chunks` and the builder's last rows; returns the sheet and what was passed on.
    fn run(
        merges: Vec<Merge>,
        chunks: Vec<Vec<Row>>,
        last: Vec<(u32, Cell)>,
    ) -> (Sheet, Vec<Row>, bool) {
        let mut assembly = Assembly::new(merges);
        let mut passed = Vec::new();
        let mut restarted = false;
        let mut sink = |feed: Feed<'_>| match feed {
            Feed::Rows(rows) => passed.extend_from_slice(rows),
            Feed::Restart => restarted = true,
            Feed::Stated(_) => {}
        };
        for chunk in chunks {
            assembly.add(chunk, &mut sink);
        }
        let mut builder = RowsBuilder::default();
        for (r, cell) in last {
            builder.push(r, cell);
        }
        let sheet = assembly.end(builder, "S".into(), &mut sink);
        (sheet, passed, restarted)
    }

    fn text_cell(col: u32, t: &str) -> Cell {
        row(0, &[(col, t)]).cells.remove(0)
    }

    #[test]
    fn a_region_across_chunks_is_applied_before_its_rows_are_passed_on() {
        // Sasaran in B3 merged down to B6; chunks end at rows 4 and 6.
        let merge = Merge {
            first: (2, 1),
            last: (5, 1),
        };
        let chunks = vec![
            vec![
                row(0, &[(0, "Uraian")]),
                row(2, &[(0, "a"), (1, "Sasaran")]),
                row(3, &[(0, "b")]),
            ],
            vec![row(4, &[(0, "c")]), row(5, &[(0, "d")])],
        ];
        let (sheet, passed, restarted) = run(vec![merge], chunks, vec![(6, text_cell(0, "e"))]);
        assert!(!restarted);
        assert_eq!(
            passed, sheet.rows,
            "every row passed on once, as it ends up"
        );
        for r in 2..=5 {
            let cell = sheet.rows.iter().find(|x| x.index == r).unwrap().get(1);
            assert_eq!(cell.and_then(Cell::text), Some("Sasaran"), "row {r}");
        }
    }

    /// A sheet's rows are held until it is recognised: each keeps room for its own cells and
    /// the merged copies, no more (room for 8 cells where 5 are is 144 bytes a row lost).
    #[test]
    fn rows_passed_on_keep_no_spare_room() {
        // B1:B3 merged down: rows 2 and 3 get a copy each; row 1 holds 5 own cells.
        let merge = Merge {
            first: (0, 1),
            last: (2, 1),
        };
        let wide: Vec<(u32, &str)> = (0..5).map(|c| (c, "x")).collect();
        let chunks = vec![
            vec![
                row(0, &wide),
                row(1, &[(0, "a"), (2, "b"), (3, "c"), (4, "d")]),
            ],
            vec![row(2, &[(0, "e")])],
        ];
        let (sheet, _, _) = run(vec![merge], chunks, vec![(3, text_cell(0, "f"))]);
        // Row 1 (0-based) had its 4 own cells and the copy in B: 5, in room for 8 before.
        assert_eq!(sheet.rows[1].cells.len(), 5);
        for row in &sheet.rows {
            assert_eq!(row.cells.capacity(), row.cells.len(), "row {}", row.index);
        }
    }

    #[test]
    fn cells_out_of_order_restart_the_rows() {
        let chunks = vec![vec![row(0, &[(0, "x")]), row(1, &[(0, "y")])]];
        // The last rows hold a cell for row 1 again, after row 3: out of order.
        let last = vec![(3, text_cell(0, "z")), (1, text_cell(1, "late"))];
        let (sheet, _, restarted) = run(Vec::new(), chunks, last);
        assert!(restarted);
        let rows: Vec<u32> = sheet.rows.iter().map(|r| r.index).collect();
        assert_eq!(rows, vec![0, 1, 3]);
        assert_eq!(sheet.rows[1].get(1).and_then(Cell::text), Some("late"));
    }
}
