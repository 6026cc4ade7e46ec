//! Stage 2, recognise layout: find the header, classify every row, build the hierarchy.
//!
//! A sheet is read top to bottom: title block, header (with its numbering row and repeats at
//! page breaks), body, and the signature block under the last row that holds an amount.

pub mod amounts;
pub mod codes;
pub mod columns;
pub mod early;
pub mod header;
pub mod hidden;
pub mod hierarchy;
pub mod indicators;
pub mod lines;
pub mod notes;
pub mod notices;
pub mod numbering;
pub mod parts;
pub mod scale;
pub mod signature;
pub mod sum_lines;
pub mod sums;
pub mod ties;
pub mod units;
pub mod word;

use crate::kinds::{DocKind, Recognised};
use crate::model::{Body, BudgetTree, Document, Location, Notice, NoticeKind, RowClass};
use crate::numbers;
use crate::source::{Row, Sheet};
use crate::t;
use amounts::At;
use columns::{Chosen, ColumnMap, Role};
use lines::{Entry, Line};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The outcome for one sheet.
#[derive(Debug)]
pub enum Recognition {
    Document(Box<Document>),
    /// Not a table lakip knows, with the reason (printed as "skipped sheet …: reason").
    Skipped(String),
}

/// Recognises one sheet. Errors are unreadable amounts: they stop the import of the file.
pub fn recognise(file: &str, sheet: &Sheet, kind: Option<DocKind>) -> anyhow::Result<Recognition> {
    recognise_with(file, sheet, kind, None)
}

/// What the first rows of a sheet say about the rest: where the header is, its columns, and
/// the document kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Plan {
    /// The header's position in the sheet's rows, and how many rows it spans.
    pub header_pos: usize,
    pub header_rows: usize,
    pub columns: ColumnMap,
    pub kind: DocKind,
    pub kind_reason: String,
    /// Another kind read the header almost as well (see `kinds::recognise`): said as a doubt.
    pub doubt: Option<crate::i18n::Message>,
    /// The header's recognised columns the kind has no place for: (column, quoted name).
    pub unplaced: Vec<(u32, String)>,
    /// Amount columns whose numbers are in another column than their name (see `ties`).
    pub ties: Vec<ties::Tie>,
}

/// Finds the header and the kind in the first rows; `Err` is why the sheet is skipped.
/// `row_name` names a 1-based row in that reason (`row 14`).
pub(crate) fn plan(
    rows: &[Row],
    kind: Option<DocKind>,
    row_name: &dyn Fn(u32) -> String,
) -> Result<Plan, String> {
    if rows.is_empty() {
        return Err(t!("read-skip-sheet-empty"));
    }
    let Some(header) = header::find(rows) else {
        return Err(t!("read-skip-no-header"));
    };
    let mut columns = header.columns;
    let body_start = (header.pos + header.rows).min(rows.len());
    columns.page_top = header::page_top(&rows[..header.pos], &rows[header.pos..body_start]);
    let header_row = row_name(rows[header.pos].index + 1);
    let title = &rows[..header.pos];
    let (kind, kind_reason, doubt) = match (kind, crate::kinds::recognise(&columns)) {
        (Some(k), _) => (k, t!("kind-set-with-flag"), None),
        (None, Recognised::Chosen(c)) => {
            let (kind, reason) = titled(title, &columns, (c.kind, c.reason), &header_row)?;
            let doubt = c.doubt.or_else(|| title_names_unfit(title, kind));
            (kind, reason, doubt)
        }
        (None, Recognised::Unfit(kind, reason)) => (kind, reason, None),
        (None, Recognised::Tie(a, b)) => {
            let (kind, reason) = tie(title, &columns, (a, b), &header_row)?;
            (kind, reason, None)
        }
        (None, Recognised::None) => {
            return Err(t!("kind-none", row = &header_row, kinds = DocKind::list()));
        }
    };
    let window = &rows[body_start..rows.len().min(header::PLAN_ROWS).max(body_start)];
    let ties = match kind.family() {
        crate::kinds::Family::Budget => ties::tie(&mut columns, window),
        crate::kinds::Family::Performance => Vec::new(),
    };
    // The columns as named, each amount tied to the column that holds its numbers.
    let named = columns.clone();
    if let Err(reason) = crate::kinds::fit(kind, &mut columns) {
        return Err(t!("kind-unfit", row = &header_row, reason = reason));
    }
    let unplaced = crate::kinds::unplaced(kind, &named, &columns);
    columns.scales = scale::of(&columns, title);
    Ok(Plan {
        header_pos: header.pos,
        header_rows: header.rows,
        columns,
        kind,
        kind_reason,
        doubt,
        unplaced,
        ties,
    })
}

/// `row 14`.
pub(crate) fn spreadsheet_row(row: u32) -> String {
    t!("read-row", row = row)
}

/// The kind the header makes, weighed against the report the title names (`LAPORAN
/// KETERSEDIAAN DANA DETAIL`): a title that names the same kind says so in the reason; one
/// that names another kind that could read the columns too leaves the choice to `--kind`.
fn titled(
    title: &[Row],
    columns: &ColumnMap,
    (kind, reason): (DocKind, String),
    header_row: &str,
) -> Result<(DocKind, String), String> {
    let texts: Vec<String> = title
        .iter()
        .flat_map(|r| r.own())
        .filter_map(|c| c.text())
        .map(columns::normalize)
        .collect();
    let names = |k: &DocKind| {
        k.spec()
            .export
            .is_some_and(|e| e.title.iter().any(|t| texts.iter().any(|x| x.contains(t))))
    };
    if names(&kind) {
        return Ok((kind, format!("{reason}{}", title_names())));
    }
    let other = DocKind::ALL
        .into_iter()
        .filter(|k| *k != kind && names(k))
        .find(|k| crate::kinds::fit(*k, &mut columns.clone()).is_ok());
    match other {
        None => Ok((kind, reason)),
        Some(other) => Err(t!(
            "kind-title-names-other",
            row = header_row,
            kind = kind.to_string(),
            reason = reason,
            label = other.spec().label,
            other = other.to_string()
        )),
    }
}

/// The title names the form of another kind (`RENCANA KINERJA TAHUNAN` over a header read as
/// a PK's) and not the kind read: a doubt that names it. Read as the kind its header makes
/// alone, an RKT of sasaran, indikator and target passed as a PK.
fn title_names_unfit(title: &[Row], kind: DocKind) -> Option<crate::i18n::Message> {
    let texts: Vec<String> = (title.iter().flat_map(|r| r.own()))
        .filter_map(|c| c.text())
        .map(columns::normalize)
        .collect();
    let form_title = |k: DocKind| k.spec().form.map(|f| columns::normalize(f.title));
    let names = |k: DocKind| form_title(k).is_some_and(|t| texts.iter().any(|x| x.contains(&t)));
    if names(kind) {
        return None;
    }
    let other = DocKind::ALL.into_iter().find(|k| *k != kind && names(*k))?;
    let written = other.spec().form.map_or("", |f| f.title);
    Some(crate::msg!(
        "kind-title-names-unfit",
        kind = kind.to_string(),
        title = written,
        other = other.spec().label
    ))
}

/// Two kinds read the header equally well: the one the title names (`LAPORAN KETERSEDIAAN
/// DANA`), else not guessed at — the sheet is skipped with both named and `--kind` to choose.
fn tie(
    title: &[Row],
    columns: &ColumnMap,
    (a, b): (crate::kinds::Fitting, crate::kinds::Fitting),
    header_row: &str,
) -> Result<(DocKind, String), String> {
    for (one, other) in [(&a, &b), (&b, &a)] {
        if let Ok((kind, reason)) =
            titled(title, columns, (one.kind, one.reason.clone()), header_row)
        {
            if reason.ends_with(&title_names()) {
                return Ok((kind, format!("{reason}; {}", other.leaves())));
            }
        }
    }
    Err(t!(
        "kind-tie",
        row = header_row,
        a = a.kind.to_string(),
        a_reason = &a.reason,
        a_leaves = a.leaves(),
        b = b.kind.to_string(),
        b_reason = &b.reason,
        b_leaves = b.leaves()
    ))
}

/// What a reason says when the title names its kind's report, in the user's language.
fn title_names() -> String {
    t!("kind-title-names")
}

/// Recognises one sheet, taking the body lines `early` read while the sheet streamed in when
/// they were read with what the whole sheet says.
pub fn recognise_with(
    file: &str,
    sheet: &Sheet,
    kind: Option<DocKind>,
    early: Option<early::Early>,
) -> anyhow::Result<Recognition> {
    // A copy is read: a performance table's rows give up their cells as they are read (see
    // `indicators::read_split`), and the caller's sheet stays whole. The import reads its own
    // sheets in place (`recognise_parts`).
    recognise_split(file, &mut sheet.clone(), kind, early).map(|(found, _)| found)
}

/// Recognises one sheet of a spreadsheet as one document per table it holds: tables side by
/// side (one header beside another, an empty column between), and a PK, kinerja or RAK table
/// under another's signature, are each a document (see `parts`). The first keeps the sheet's
/// name, the others are `Sheet [2]`, `Sheet [3]` …
pub fn recognise_parts(
    file: &str,
    sheet: &mut Sheet,
    kind: Option<DocKind>,
    early: Option<early::Early>,
) -> anyhow::Result<Vec<Recognition>> {
    if crate::model::is_word(file) {
        return Ok(vec![recognise_split(file, sheet, kind, early)?.0]);
    }
    let mut found = Vec::new();
    let mut count = 1;
    let Some(starts) = parts::side_by_side(sheet) else {
        stacked(file, sheet, kind, early, &mut count, &mut found)?;
        return Ok(found);
    };
    // The bands are cut from the sheet's rows: they must be whole.
    if early.is_some_and(|e| e.hollowed() > 0) {
        return Err(early::Reread.into());
    }
    for i in 0..starts.len() {
        let rows = parts::band_rows(&sheet.rows, &starts, i);
        let name = crate::model::sheet_part(&sheet.name, count);
        let mut band = parts::part(sheet, name, rows, i == 0);
        stacked(file, &mut band, kind, None, &mut count, &mut found)?;
    }
    Ok(found)
}

/// Recognises `sheet` (the `count`th table of its sheet), and the tables under its signature
/// each as a document of its own, when they are one; otherwise their rows stay notes of the
/// first, with the notice that says so.
fn stacked(
    file: &str,
    sheet: &mut Sheet,
    kind: Option<DocKind>,
    early: Option<early::Early>,
    count: &mut usize,
    found: &mut Vec<Recognition>,
) -> anyhow::Result<()> {
    let (whole, rest) = recognise_split(file, sheet, kind, early)?;
    *count += 1;
    let Some(rest) = rest else {
        found.push(whole);
        return Ok(());
    };
    let split = sheet.rows.partition_point(|r| r.index < rest);
    let (upper, lower) = sheet.rows.split_at(split);
    let base = crate::model::base_sheet(&sheet.name);
    let mut below = parts::part(
        sheet,
        crate::model::sheet_part(base, *count),
        lower.to_vec(),
        false,
    );
    // The rows down to the table above's last are its; the blank ones after it are this one's.
    below.gap_rows += upper.last().map_or(0, |r| r.index + 1);
    let mut under = Vec::new();
    let mut under_count = *count;
    stacked(file, &mut below, kind, None, &mut under_count, &mut under)?;
    if !matches!(under.first(), Some(Recognition::Document(_))) {
        // Not a table lakip reads: kept as notes of the first, and said.
        found.push(whole);
        return Ok(());
    }
    let mut above = parts::part(sheet, sheet.name.clone(), upper.to_vec(), true);
    found.push(recognise_split(file, &mut above, kind, None)?.0);
    found.append(&mut under);
    *count = under_count;
    Ok(())
}

/// Whether a performance table's rows may give up their cells as they are read, and what was
/// read of it while it streamed in: when the sheet is the import's own (it streamed in:
/// `early` is given) and read once. An early reading the whole sheet does not confirm, whose
/// rows gave up their cells, has the file read again.
fn performance_early(
    file: &str,
    plan: &Plan,
    sheet: &Sheet,
    early: Option<early::Early>,
) -> anyhow::Result<(bool, Option<indicators::Streamed>)> {
    match early {
        Some(e) => Ok((
            !crate::model::is_word(file),
            e.performance_for(file, plan, sheet)?,
        )),
        None => Ok((false, None)),
    }
}

/// Recognises one sheet, and says where another table starts under a performance table's
/// signature (see `indicators::read_split`).
fn recognise_split(
    file: &str,
    sheet: &mut Sheet,
    kind: Option<DocKind>,
    early: Option<early::Early>,
) -> anyhow::Result<(Recognition, Option<u32>)> {
    let found = match crate::model::is_word(file) {
        true => word::plan(&sheet.rows, kind),
        false => plan(&sheet.rows, kind, &spreadsheet_row),
    };
    let plan = match found {
        Ok(plan) => plan,
        Err(reason) => return Ok((Recognition::Skipped(reason), None)),
    };
    let columns = &plan.columns;
    let (header_pos, header_rows) = (plan.header_pos, plan.header_rows);
    let mut doc = new_document(file, sheet, plan.kind, plan.kind_reason.clone(), columns);
    let header_cells = sheet.rows.get(header_pos..header_pos + header_rows);
    doc.year_headers = header::year_headers(columns, header_cells.unwrap_or_default());
    doc.notices.extend(choice_notices(&plan, &doc, sheet));
    if plan.kind.is_indicator_table() {
        let (hollow, streamed) = performance_early(file, &plan, sheet, early)?;
        let header = (header_pos, header_rows);
        let read = indicators::read_split(doc, sheet, header, columns, hollow, streamed)?;
        let (mut doc, rest) = (read.doc, read.rest);
        // A performance table has no budget rows.
        finish(&mut doc, sheet, Vec::new(), read.remarks);
        return Ok((Recognition::Document(Box::new(doc)), rest));
    }
    let (file_name, sheet_name): (Arc<str>, Arc<str>) = (file.into(), sheet.name.as_str().into());
    let at = |row: u32| At {
        file: &file_name,
        sheet: &sheet_name,
        row,
        formulas_computed: sheet.formulas_computed,
    };
    let body_start = header_pos + header_rows;
    let header = &sheet.rows[header_pos..header_pos + header_rows];
    tie_notices(&plan, columns, header, &at, &mut doc);
    read_title(&sheet.rows[..header_pos], &mut doc, &at);
    for row in &sheet.rows[header_pos..body_start] {
        doc.rows.push((row.index + 1, RowClass::Header));
    }
    let early = match early {
        Some(e) => e.lines_for(file, &plan, sheet)?,
        None => None,
    };
    let (mut body, after, noted) = match early {
        Some((body, cut, noted)) => (body, cut.map_or(&[][..], |i| &sheet.rows[i..]), noted),
        None => {
            let (body, after) = read_body(&sheet.rows[body_start..], columns, &at);
            let noted = BodyNotes::of(&body);
            (body, after, noted)
        }
    };
    let declared = columns
        .get(Role::Persen)
        .is_some_and(|c| columns.fractions.contains(&c));
    percent_fractions(&mut body, &mut doc, noted.percents, declared);
    doc.notices
        .extend(lines::named_totals(&mut body, noted.rare.total_labels));
    let (notes, tail) = split_tail(&mut body);
    let body_notices = body_notices(&body, columns, &plan.unplaced, noted.rare.unread_cells)?;
    let mut built = hierarchy::build(body, columns.get(Role::Kode).is_some());
    doc.notices.append(&mut built.notices);
    doc.title.append(&mut built.identity);
    doc.held = built.leftovers;
    doc.body = Body::Budget(BudgetTree {
        headings: built.headings,
        items: built.items,
        totals: built.totals,
    });
    doc.rows
        .extend(built.classes.iter().map(|(r, c)| (r + 1, *c)));
    for (row, numbers) in notes {
        doc.rows.push((row + 1, RowClass::Note));
        if let Some(location) = numbers {
            doc.notices.push(Notice::new(
                NoticeKind::SecondTable,
                crate::msg!("read-numbers-under-total", row = row + 1),
                location,
            ));
        }
    }
    read_tail(tail, &mut doc);
    second_table(after, &mut doc, &at);
    finish(&mut doc, sheet, body_notices, noted.rare.remarks);
    Ok((Recognition::Document(Box::new(doc)), None))
}

/// What the choice of kind left open, at the header: the doubt when another kind read the
/// header almost as well, and each recognised column the kind has no place for (its cells are
/// not imported; said once, at the header, rather than dropped).
fn choice_notices(plan: &Plan, doc: &Document, sheet: &Sheet) -> Vec<Notice> {
    let row = sheet.rows.get(plan.header_pos).map_or(0, |r| r.index);
    let word = crate::model::is_word(&doc.file);
    let at = |col: u32| Location {
        file: doc.file.as_str().into(),
        sheet: doc.sheet.as_str().into(),
        cell: crate::model::CellRef::new(row, col).into(),
        row: row + 1,
    };
    let first = sheet
        .rows
        .get(plan.header_pos)
        .and_then(|r| r.own().next())
        .map_or(0, |c| c.col);
    let mut out: Vec<Notice> = plan
        .doubt
        .iter()
        .map(|message| Notice::new(NoticeKind::Doubt, message.clone(), at(first)))
        .collect();
    // A realisation table without a realisasi column: its realisasi is unknown, never 0, and
    // the table may well be a plan (a DIPA, an RKT headed `Pagu`).
    if doc.kind.purpose() == crate::kinds::Purpose::Realisation
        && doc
            .kind
            .amount_fields()
            .contains(&crate::model::Field::Realisasi)
        && plan.columns.get(Role::Realisasi).is_none()
    {
        out.push(Notice::new(
            NoticeKind::Doubt,
            crate::msg!("read-no-realisasi-column", kind = plan.kind.to_string()),
            at(first),
        ));
    }
    let name = |col: &u32| plan.columns.names.get(col).cloned().unwrap_or_default();
    let letter = |col: &u32| match word {
        true => crate::msg!("read-word-column", number = col + 1),
        false => crate::msg!("read-column", column = crate::source::column_name(*col)),
    };
    out.extend(plan.columns.doubles.iter().map(|(_, read, other, why)| {
        Notice::new(
            NoticeKind::Doubt,
            crate::msg!(
                "read-two-columns-one-amount",
                first = letter(read.min(other)),
                first_name = name(read.min(other)),
                second = letter(read.max(other)),
                second_name = name(read.max(other)),
                read = letter(read),
                why = match why {
                    Chosen::Later => crate::msg!("read-why-later-figure"),
                    Chosen::First => crate::msg!("read-why-first-of-two"),
                    Chosen::UpTo => crate::msg!("read-why-up-to"),
                    Chosen::OfTheYear => crate::msg!("read-why-of-the-year"),
                },
                other = letter(other),
            ),
            at(*other),
        )
    }));
    out.extend(scale_notices(&plan.columns.scales, &letter, &name, &at));
    out.extend(plan.unplaced.iter().map(|(col, name)| {
        let column = match word {
            true => crate::msg!("read-word-column", number = col + 1),
            false => crate::msg!("read-column", column = crate::source::column_name(*col)),
        };
        Notice::new(
            NoticeKind::UnreadColumn,
            crate::msg!(
                "read-column-no-place",
                column = column,
                name = name,
                kind = plan.kind.to_string()
            ),
            at(*col),
        )
    }));
    out.extend(
        hidden::columns(sheet, &plan.columns)
            .map(|(col, message)| Notice::new(NoticeKind::Doubt, message, at(col))),
    );
    out
}

/// Each money column its header states in thousands or millions, and once the columns the
/// title does (see `scale`).
fn scale_notices(
    scales: &[scale::Scale],
    letter: &dyn Fn(&u32) -> crate::i18n::Message,
    name: &dyn Fn(&u32) -> String,
    at: &dyn Fn(u32) -> Location,
) -> Vec<Notice> {
    let factor = |s: &scale::Scale| crate::numbers::format_amount(s.factor);
    let why = |s: &scale::Scale| crate::text::shorten_line(&s.why, 50);
    let mut out: Vec<Notice> = scales
        .iter()
        .filter(|s| !s.from_title)
        .map(|s| {
            let message = match s.beside {
                true => crate::msg!(
                    "read-scale-beside",
                    column = letter(&s.col),
                    name = name(&s.col),
                    why = why(s),
                    factor = factor(s)
                ),
                false => crate::msg!(
                    "read-scale-header",
                    column = letter(&s.col),
                    name = why(s),
                    factor = factor(s)
                ),
            };
            Notice::new(NoticeKind::Ambiguous, message, at(s.col))
        })
        .collect();
    let titled: Vec<&scale::Scale> = scales.iter().filter(|s| s.from_title).collect();
    if let Some(first) = titled.first() {
        let columns: Vec<String> = titled
            .iter()
            .map(|s| format!("{} ('{}')", crate::source::column_name(s.col), name(&s.col)))
            .collect();
        let message = crate::msg!(
            "read-scale-title",
            columns = columns.join(", "),
            why = why(first),
            factor = factor(first)
        );
        out.push(Notice::new(NoticeKind::Ambiguous, message, at(first.col)));
    }
    out
}

fn new_document(
    file: &str,
    sheet: &Sheet,
    kind: DocKind,
    kind_reason: String,
    columns: &ColumnMap,
) -> Document {
    let mut doc = Document::new(
        file,
        &sheet.name,
        kind,
        kind_reason,
        Body::empty(kind.family()),
    );
    doc.fields = columns
        .amount_columns()
        .into_iter()
        .map(|(f, _)| f)
        .collect();
    doc.column_numbers.clone_from(&columns.numbers);
    doc
}

/// Reads the body rows up to a second table's header, if the sheet has one. Each row is read
/// on its own, so large sheets are read on both cores.
fn read_body<'r, 'a>(
    rows: &'r [Row],
    columns: &ColumnMap,
    at: &(dyn Fn(u32) -> At<'a> + Sync),
) -> (Vec<(u32, Line)>, &'r [Row]) {
    let columns = lines::Columns::new(columns);
    let read = |rows: &[Row]| body_lines(rows, &columns, at);
    let (body, cut) = if rows.len() < PARALLEL_ROWS {
        read(rows)
    } else {
        let (first, second) = rows.split_at(rows.len() / 2);
        std::thread::scope(|scope| {
            let later = scope.spawn(|| read(second));
            let (mut body, cut) = read(first);
            // A panic on the other thread is a bug, not bad input: let it surface.
            let (rest, rest_cut) = later
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            if cut.is_some() {
                return (body, cut);
            }
            body.extend(rest);
            (body, rest_cut.map(|i| first.len() + i))
        })
    };
    (body, cut.map_or(&[], |i| &rows[i..]))
}

/// The lines of the non-blank rows, up to the header of a second table, with where that
/// header is in `rows`. Lines go straight into the body: they are large, and moved once.
fn body_lines<'a>(
    rows: &[Row],
    columns: &lines::Columns,
    at: &dyn Fn(u32) -> At<'a>,
) -> (Vec<(u32, Line)>, Option<usize>) {
    let mut body = Vec::with_capacity(rows.len());
    let cut = read_lines(rows, columns, at, &mut body);
    (body, cut)
}

/// Appends the lines of `rows` to `body`; stops at the header of a second table and returns
/// where it is in `rows`.
pub(crate) fn read_lines<'a>(
    rows: &[Row],
    columns: &lines::Columns,
    at: &dyn Fn(u32) -> At<'a>,
    body: &mut Vec<(u32, Line)>,
) -> Option<usize> {
    for (i, row) in rows.iter().enumerate() {
        if is_blank(row) {
            continue;
        }
        let line = lines::read(row, columns, &at(row.index));
        if matches!(&line, Line::Entry(e) if !e.has_amounts()) && header::starts_table(row) {
            return Some(i);
        }
        body.push((row.index, line));
    }
    None
}

/// Below this many rows a second thread costs more than it saves.
const PARALLEL_ROWS: usize = 20_000;

/// A percent-formatted cell stores a fraction (0,5 for 50%). When every percentage in the
/// column is such a number no larger than 1, the column is read as percentages, and said so
/// once; a column that mixes 90 and 0,9 is left as written, for `check` to question.
/// A kind whose reports state the percentage as a fraction (`declared`, SAKTI's 0,1344 for
/// 13,44%) has it read so whatever its values.
fn percent_fractions(
    body: &mut [(u32, Line)],
    doc: &mut Document,
    percents: Percents,
    declared: bool,
) {
    if !percents.are_fractions() && !declared {
        return;
    }
    // A report that states fractions, written by hand as percentages (13,44 for 13,44%): no
    // serapan is 200 times its pagu, so numbers above 2 are percentages already.
    if let (true, Some(location)) = (declared, percents.above_two) {
        doc.notices.push(Notice::new(
            NoticeKind::Doubt,
            crate::msg!("read-fractions-above-two", label = doc.kind.spec().label),
            location,
        ));
        return;
    }
    let mut first = None;
    for (_, line) in body.iter_mut() {
        let (Line::Entry(e) | Line::Total(e)) = line else {
            continue;
        };
        if let Some(q) = e.amounts.get_mut(&crate::model::Field::StatedPercent) {
            q.value = q.value.map(|v| v * rust_decimal::Decimal::ONE_HUNDRED);
            first.get_or_insert_with(|| Location {
                cell: q.cell.into(),
                ..e.location.clone()
            });
        }
    }
    let message = if declared {
        crate::msg!("read-fractions-declared", label = doc.kind.spec().label)
    } else {
        crate::msg!("read-fractions-column")
    };
    if let Some(location) = first {
        doc.notices
            .push(Notice::new(NoticeKind::Ambiguous, message, location));
    }
}

/// Says where an amount column was tied to its numbers by position alone, at the header cell
/// that names it.
fn tie_notices<'a>(
    plan: &Plan,
    columns: &ColumnMap,
    header: &[Row],
    at: &dyn Fn(u32) -> At<'a>,
    doc: &mut Document,
) {
    let mut ties: Vec<&ties::Tie> = plan.ties.iter().filter(|t| t.by_position).collect();
    ties.sort_by_key(|t| t.named);
    for tie in ties {
        let name = columns.names.get(&tie.named).map_or("?", String::as_str);
        let row = header
            .iter()
            .rev()
            .find(|r| {
                r.get(tie.named)
                    .is_some_and(|c| c.spill == crate::source::Spill::Own)
            })
            .or(header.first())
            .map_or(0, |r| r.index);
        let location = at(row).location(tie.named);
        let message = crate::msg!(
            "read-tied-by-position",
            name = name,
            cell = location.cell.to_string(),
            column = crate::source::column_name(tie.read)
        );
        doc.notices
            .push(Notice::new(NoticeKind::Ambiguous, message, location));
    }
}

/// What is noted of each body line as it is read (by `early` while the rows stream in, else in
/// one pass over the body), so that no later pass opens every line for it.
#[derive(Debug, Default)]
pub(crate) struct BodyNotes {
    pub(crate) percents: Percents,
    pub(crate) rare: lines::Rare,
}

impl BodyNotes {
    pub(crate) fn of(body: &[(u32, Line)]) -> BodyNotes {
        let mut noted = BodyNotes::default();
        body.iter().for_each(|(_, line)| noted.add(line));
        noted
    }

    pub(crate) fn add(&mut self, line: &Line) {
        self.percents.add(line);
        self.rare.add(line);
    }
}

/// What `percent_fractions` decides on, gathered line by line (see [`BodyNotes`]).
#[derive(Debug)]
pub(crate) struct Percents {
    /// A stated percentage was read.
    any: bool,
    /// Every one is a number (not a text) no larger than 1.
    all_fractions: bool,
    /// Some are not zero.
    any_nonzero: bool,
    /// The first one above 2 (see `percent_fractions`): noted as the lines are read (or by
    /// [`BodyNotes::of`]), where their amounts are at hand; a pass of its own to find it cost a
    /// large SAKTI report a cache miss a row.
    above_two: Option<Location>,
}

impl Default for Percents {
    fn default() -> Percents {
        Percents {
            any: false,
            all_fractions: true,
            any_nonzero: false,
            above_two: None,
        }
    }
}

impl Percents {
    fn add(&mut self, line: &Line) {
        let (Line::Entry(e) | Line::Total(e)) = line else {
            return;
        };
        let Some(q) = e.amounts.get(&crate::model::Field::StatedPercent) else {
            return;
        };
        let Some(value) = q.value else {
            return;
        };
        self.any = true;
        self.all_fractions &= e.percent_is_number && value.abs() <= rust_decimal::Decimal::ONE;
        self.any_nonzero |= !value.is_zero();
        if self.above_two.is_none() && value > rust_decimal::Decimal::TWO {
            self.above_two = Some(Location {
                cell: q.cell.into(),
                ..e.location.clone()
            });
        }
    }

    fn are_fractions(&self) -> bool {
        self.any && self.all_fractions && self.any_nonzero
    }
}

/// Rows of a second table under the first are kept as notes, and said so.
fn second_table<'a>(rows: &[Row], doc: &mut Document, at: &dyn Fn(u32) -> At<'a>) {
    let Some(first) = rows.first() else { return };
    for row in rows.iter().filter(|r| !is_blank(r)) {
        doc.rows.push((row.index + 1, RowClass::Note));
    }
    let location = at(first.index).location(first.cells.first().map_or(0, |c| c.col));
    doc.notices.push(Notice::new(
        NoticeKind::SecondTable,
        crate::msg!("read-second-table", row = first.index + 1),
        location,
    ));
}

/// A row with nothing of its own: empty, or only copies of merged cells from above.
fn is_blank(row: &Row) -> bool {
    row.own().next().is_none()
}

fn read_title<'a>(rows: &[Row], doc: &mut Document, at: &dyn Fn(u32) -> At<'a>) {
    for row in rows.iter().filter(|r| !is_blank(r)) {
        let texts: Vec<String> = row.own().filter_map(title_text).collect();
        let numeric_only = texts
            .iter()
            .all(|t| numbers::looks_numeric(t) && !is_year(t));
        if texts.is_empty() || numeric_only {
            doc.rows.push((row.index + 1, RowClass::Unrecognised));
            if let Some(cell) = row.own().next() {
                unrecognised(doc, at(row.index).location(cell.col));
            }
        } else {
            doc.rows.push((row.index + 1, RowClass::Title));
            doc.title.push(texts.join(" "));
            let first = row.own().next().map_or(0, |c| c.col);
            doc.title_cells
                .push(crate::source::cell_name(row.index, first));
        }
    }
}

/// A title cell's text; a year typed as a number is text in a title (`2023`).
fn title_text(cell: &crate::source::Cell) -> Option<String> {
    match &cell.value {
        crate::source::Value::Int(i) => Some(i.to_string()),
        crate::source::Value::Number(f) if f.fract() == 0.0 => Some(format!("{f:.0}")),
        _ => cell.text().map(str::to_string),
    }
}

fn is_year(text: &str) -> bool {
    text.trim()
        .parse::<u32>()
        .is_ok_and(|y| (1900..=2100).contains(&y))
}

fn unrecognised(doc: &mut Document, location: Location) {
    doc.notices.push(unrecognised_notice(location));
}

fn unrecognised_notice(location: Location) -> Notice {
    Notice::new(
        NoticeKind::Unrecognised,
        crate::msg!("read-unrecognised-row"),
        location,
    )
}

/// Splits off the rows under the last amount: notes, then the signature block. Returns the
/// rows of the notes and the entries of the signature.
/// Note rows (0-based), each with the first cell of numbers it holds, if any.
type Notes = Vec<(u32, Option<Location>)>;

fn split_tail(body: &mut Vec<(u32, Line)>) -> (Notes, Vec<(u32, Entry)>) {
    let last_data = body.iter().rposition(|(_, l)| l.is_data());
    let start = last_data.map_or(0, |i| i + 1);
    let after_total = last_data.is_some_and(|i| matches!(body[i].1, Line::Total(_)));
    let movable = body[start..]
        .iter()
        .all(|(_, l)| matches!(l, Line::Entry(e) if !e.has_amounts()));
    if !movable || start >= body.len() {
        return (Vec::new(), Vec::new());
    }
    let opens = body[start..].iter().position(
        |(_, l)| matches!(l, Line::Entry(e) if e.texts().iter().any(|t| signature::opens_block(t))),
    );
    // Text under the grand total is a note, not a heading; without a total it may be one.
    let notes_end = match opens {
        Some(o) => start + o,
        None if after_total => body.len(),
        None => return (Vec::new(), Vec::new()),
    };
    let tail: Vec<(u32, Entry)> = body
        .drain(notes_end..)
        .filter_map(|(r, l)| match l {
            Line::Entry(e) => Some((r, e)),
            _ => None,
        })
        .collect();
    let notes = if after_total {
        body.drain(start..)
            .map(|(r, l)| (r, numbers_in(&l)))
            .collect()
    } else {
        Vec::new()
    };
    (notes, tail)
}

/// Where a row holds numbers no amount column took: a note with numbers must be said.
fn numbers_in(line: &Line) -> Option<Location> {
    match line {
        Line::Entry(e) => e
            .extra()
            .stray_numbers
            .first()
            .map(|c| e.location_at(*c))
            .or_else(|| {
                let numeric = e
                    .extra()
                    .unreadable
                    .iter()
                    .any(|u| numbers::looks_numeric(&u.text));
                numeric.then(|| e.location.clone())
            }),
        Line::Unrecognised(location) => Some(location.clone()),
        _ => None,
    }
}

fn read_tail(tail: Vec<(u32, Entry)>, doc: &mut Document) {
    let mut cells = Vec::new();
    for (row, e) in &tail {
        doc.rows.push((row + 1, RowClass::Signature));
        cells.extend(
            e.extra()
                .text_cells
                .iter()
                .map(|(col, text)| (*row, *col, text.clone())),
        );
    }
    doc.signatures = signature::blocks(&cells, &doc.file, &doc.sheet);
}

/// What the body holds that is not read, in one pass: an amount cell that holds no number
/// stops the import (the rows under the table, signature lines among them, are not in the
/// body), rows that fit no class and numbers in unread columns are said.
/// `said`: the columns the header's notices already name (see `choice_notices`), not named
/// again for their cells. `unread_cells`: some line has such cells
/// ([`lines::Rare::unread_cells`]); else no line's box of rarer parts is opened.
fn body_notices(
    body: &[(u32, Line)],
    columns: &ColumnMap,
    said: &[(u32, String)],
    unread_cells: bool,
) -> anyhow::Result<Vec<Notice>> {
    debug_assert!(
        unread_cells || !lines::Rare::of(body).unread_cells,
        "cells not noted"
    );
    if unread_cells {
        lines::searched();
    }
    let mut notices = Vec::new();
    let mut strays = BTreeMap::new();
    let mut texts = BTreeMap::new();
    for (_, line) in body {
        match line {
            Line::Unrecognised(location) => notices.push(unrecognised_notice(location.clone())),
            Line::Entry(e) | Line::Total(e) if unread_cells => {
                if let Some(unreadable) = e.extra().unreadable.first() {
                    return Err(crate::error::input_error(unreadable.message.clone()));
                }
                let unsaid = |col: &&u32| !said.iter().any(|(c, _)| c == *col);
                for (cols, into) in [
                    (&e.extra().stray_numbers, &mut strays),
                    (&e.extra().stray_texts, &mut texts),
                ] {
                    for &col in cols.iter().filter(unsaid) {
                        into.entry(col).or_insert_with(|| (e.location_at(col), 0)).1 += 1;
                    }
                }
            }
            Line::Entry(_) | Line::Total(_) | Line::Header | Line::Title | Line::Numbering => {}
        }
    }
    notices.extend(notices::unread_columns(strays, columns));
    notices.extend(notices::unread_texts(texts, columns));
    Ok(notices)
}

/// Row accounting, and notices for what the reader could not take at face value.
/// `remarks`: whether an amount, capaian or biaya read may have a remark (see
/// `notices::of_quantities`).
fn finish(doc: &mut Document, sheet: &Sheet, body_notices: Vec<Notice>, remarks: bool) {
    // Rows are mostly read in order: a sort's scratch buffer (half the rows) is a large
    // allocation, before which glibc tidies every small block freed so far (~2 ms of a
    // 100 000-row PK's end; the whole import's time did not measurably change).
    if !doc.rows.is_sorted_by_key(|(r, _)| *r) {
        doc.rows.sort_by_key(|(r, _)| *r);
    }
    // A row read early may have given up its cells (see `early`): it is the document's still.
    let last = sheet
        .rows
        .iter()
        .rev()
        .find(|r| !is_blank(r))
        .map_or(0, |r| r.index + 1)
        .max(doc.rows.last().map_or(0, |(r, _)| *r));
    doc.blank_rows = (last.saturating_sub(sheet.gap_rows) as usize).saturating_sub(doc.rows.len());
    let mut notices = body_notices;
    notices.extend(notices::of_quantities(doc, sheet, remarks));
    notices.extend(hidden::rows(doc, sheet));
    notices.extend(sheet.warnings.iter().map(|w| {
        let location = Location {
            file: doc.file.as_str().into(),
            sheet: doc.sheet.as_str().into(),
            cell: w.cell.as_str().into(),
            row: crate::source::row_of(&w.cell),
        };
        Notice::new(NoticeKind::Source, w.message.clone(), location)
    }));
    doc.notices.extend(notices);
    doc.notices.sort_by_key(|n| n.location.row);
}
