//! A first reading of each body row: header repeat, numbering, total, or an entry with its
//! texts and amounts. Whether an entry is a heading or an item is decided later, by
//! `hierarchy`, because that depends on the rows around it.

use super::amounts::{self, At, Unreadable};
use super::columns::{normal_char, normalize, ColumnMap, PageTop, Role};
use super::header;
use super::numbering::{self, Style};
use crate::model::{Amounts, CellName, Field, Location, Notice, NoticeKind};
use crate::numbers;
use crate::source::{Cell, Row, Spill, Value};

/// What a body row is, on its own.
#[derive(Debug, Clone)]
pub enum Line {
    Header,
    /// A title row printed again at a page top (`LAPORAN …`, `Hal 2 dari 5`).
    Title,
    Numbering,
    Total(Entry),
    Entry(Entry),
    /// Only numbers where no amount column is: fits no class.
    Unrecognised(Location),
}

impl Line {
    /// A row with amounts, or a total: what the rows above it are read against.
    pub fn is_data(&self) -> bool {
        match self {
            Line::Total(_) => true,
            Line::Entry(e) => e.has_amounts(),
            _ => false,
        }
    }
}

/// The readable content of a body row.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// 0-based row.
    pub row: u32,
    /// The row's first own cell.
    pub location: Location,
    /// The column of `location` (narrowed: see [`narrow`]).
    pub col: u16,
    /// The uraian column, filled or not: where an item's description is (or belongs).
    pub uraian_col: Option<u16>,
    /// Own text in the hierarchy column (program/kegiatan heading), when that column is not
    /// the uraian column; see [`Entry::hierarchy`].
    pub hierarchy_text: Option<String>,
    /// The hierarchy column is the uraian column, and `uraian` is its own text.
    pub uraian_is_hierarchy: bool,
    /// The item's own description.
    pub uraian: Option<String>,
    pub sasaran: Option<String>,
    pub indikator: Option<String>,
    pub output: Option<String>,
    pub ket: Option<String>,
    pub amounts: Amounts,
    /// Only the hierarchy column holds text of the row's own (a heading row).
    pub bare: bool,
    /// The percent cell holds a number, not a text.
    pub percent_is_number: bool,
    /// The row has a text in a labelling column (No, Kode, program, uraian, or none).
    pub labelled: bool,
    /// What few rows have (see [`Extra`]); `None` when the row has none of it.
    extra: Option<Box<Extra>>,
}

/// What an item does not keep of its entry and that still holds memory: dropped apart from
/// the item (see `hierarchy::Leftovers`).
pub struct Leftover {
    hierarchy_text: Option<String>,
    cell: CellName,
    extra: Option<Box<Extra>>,
}

impl Leftover {
    /// Whether it holds memory beyond an emptied box of the parts few rows have (a budget
    /// row's, once its item took its code): such a box alone is freed at once, so a large
    /// budget table's peak memory does not hold one per row until its report is made.
    pub fn holds_more_than_a_box(&self) -> bool {
        self.hierarchy_text.is_some()
            || self.cell.on_heap()
            || self.extra.as_ref().is_some_and(|x| x.holds_memory())
    }
}

impl Extra {
    /// Whether any of its parts holds memory of its own.
    fn holds_memory(&self) -> bool {
        let Extra {
            code,
            code_col: _,
            code_from_text: _,
            numbering,
            long_number,
            unreadable,
            other_texts,
            stray_numbers,
            stray_texts,
            text_cells,
            label,
            sums,
        } = self;
        code.is_some()
            || numbering.is_some()
            || long_number.is_some()
            || unreadable.capacity() > 0
            || other_texts.capacity() > 0
            || stray_numbers.capacity() > 0
            || stray_texts.capacity() > 0
            || text_cells.capacity() > 0
            || label.is_some()
            || sums.is_some()
    }
}

/// The parts of an entry that most rows do not have, kept apart so that the lines of a
/// large sheet stay small.
#[derive(Debug, Clone, Default)]
pub struct Extra {
    /// The budget code in a Kode column, or in a column of its own under the Uraian header.
    pub code: Option<String>,
    /// The column of a code written under the Uraian header (each level in its own column,
    /// as SAKTI writes them); `None` for a Kode column.
    pub code_col: Option<u32>,
    /// The code was taken from the start of the row's text (see `Entry::take_code_from_text`).
    pub code_from_text: bool,
    /// Outline numbering: its style and the number as written.
    pub numbering: Option<(Style, String)>,
    /// A number of four digits or more where numbering would be (`1000` in the No column,
    /// `1000. Belanja` in the hierarchy text, with the text after it): an item number only if
    /// the numbers above lead to it (see `numbering::Sequence`, asked in `hierarchy`).
    pub long_number: Option<(String, Option<String>)>,
    /// Cells of amount columns that hold no number: an error unless the row is a signature.
    pub unreadable: Vec<Unreadable>,
    /// Own texts in columns without a role, in column order.
    pub other_texts: Vec<String>,
    /// Numbers where no amount column is: in columns without a role, or typed as a text.
    pub stray_numbers: Vec<u32>,
    /// Texts under a header name that has no role: not read (see `notices::unread_texts`).
    pub stray_texts: Vec<u32>,
    /// Every own text with its 0-based column, for signature blocks side by side.
    pub text_cells: Vec<(u32, String)>,
    /// The labelling text, when it is a total's label (`JUMLAH`).
    pub label: Option<String>,
    /// The 0-based rows the amounts' formulas add up, with how many cells name each (see
    /// `sums`).
    pub sums: Option<Vec<(u32, u32)>>,
}

// A large sheet's lines are held whole until their items are made in their memory (see
// `hierarchy::link`): a line is no larger than the item it becomes, or every line of a
// 100 000-row budget pays the difference (24 bytes a line made 2,3 MB of its peak).
const _: () =
    assert!(std::mem::size_of::<(u32, Line)>() <= std::mem::size_of::<crate::model::Item>());

/// A column as an entry keeps it: a sheet has at most `source::MAX_COLS` columns, so it fits.
pub fn narrow(col: u32) -> u16 {
    u16::try_from(col).unwrap_or(u16::MAX)
}

const _: () = assert!(crate::source::MAX_COLS <= u16::MAX as u32);

static NO_EXTRA: Extra = Extra {
    code: None,
    code_col: None,
    code_from_text: false,
    numbering: None,
    long_number: None,
    unreadable: Vec::new(),
    other_texts: Vec::new(),
    stray_numbers: Vec::new(),
    stray_texts: Vec::new(),
    text_cells: Vec::new(),
    label: None,
    sums: None,
};

impl Entry {
    /// The location of the row's cell in column `col` (0-based): a stray cell's, kept as its
    /// column only, since a large sheet has one in most rows.
    pub fn location_at(&self, col: u32) -> Location {
        Location {
            file: self.location.file.clone(),
            sheet: self.location.sheet.clone(),
            cell: crate::model::CellRef::new(self.row, col).into(),
            row: self.row + 1,
        }
    }

    pub fn extra(&self) -> &Extra {
        self.extra.as_deref().unwrap_or(&NO_EXTRA)
    }

    /// Takes what an item does not keep (its hierarchy text and the parts few rows have), with
    /// `cell`, the location's cell it replaced.
    pub fn take_leftover(&mut self, cell: CellName) -> Leftover {
        Leftover {
            hierarchy_text: self.hierarchy_text.take(),
            cell,
            extra: self.extra.take(),
        }
    }

    fn extra_mut(&mut self) -> &mut Extra {
        self.extra.get_or_insert_with(Box::default)
    }

    pub fn code(&self) -> Option<&str> {
        self.extra().code.as_deref()
    }

    pub fn code_col(&self) -> Option<u32> {
        self.extra().code_col
    }

    /// Whether the code was written at the start of the row's text, not in a Kode column.
    pub fn code_from_text(&self) -> bool {
        self.extra().code_from_text
    }

    pub fn numbering(&self) -> Option<&(Style, String)> {
        self.extra().numbering.as_ref()
    }

    /// The long number the row holds where numbering would be (see [`Extra::long_number`]).
    pub fn long_number(&self) -> Option<&(String, Option<String>)> {
        self.extra().long_number.as_ref()
    }

    /// The long number read as the row's numbering: the text after it, when it started the
    /// hierarchy text, becomes that text.
    pub fn number_long(&mut self, style: Style) {
        let Some((number, rest)) = self.extra_mut().long_number.take() else {
            return;
        };
        self.extra_mut().numbering = Some((style, number));
        match rest {
            Some(rest) if self.uraian_is_hierarchy => self.uraian = Some(rest),
            Some(rest) => self.hierarchy_text = Some(rest),
            None => {}
        }
    }

    /// The code and the outline number, taken out.
    pub fn take_code_and_number(&mut self) -> (Option<String>, Option<String>) {
        match self.extra.as_mut() {
            Some(x) => (x.code.take(), x.numbering.take().map(|(_, n)| n)),
            None => (None, None),
        }
    }

    /// A budget code written at the start of the row's text (`076.01.WA Program Dukungan
    /// Manajemen`, `511111 Belanja Gaji Pokok PNS`): the code and the text after it.
    pub fn code_in_text(&self) -> Option<(&str, &str)> {
        let text = self
            .hierarchy_text
            .as_deref()
            .or(self.uraian.as_deref())?
            .trim();
        // A code is digits, capitals and dots (`codes::is_code`): the first other character
        // must end it, or this text has none (read for every row of a large table).
        let end = text
            .bytes()
            .position(|b| !(b.is_ascii_digit() || b.is_ascii_uppercase() || b == b'.'))?;
        let (code, rest) = text.split_at(end);
        if !rest.starts_with(char::is_whitespace) {
            return None;
        }
        let rest = rest.trim_start();
        let readable = super::codes::is_code(code);
        (readable && rest.starts_with(char::is_alphabetic)).then_some((code, rest))
    }

    /// Moves the code written at the start of the row's text into its code. Returns the text
    /// as written when the code and the rest do not make it again with one space between
    /// them (`BBM  kendaraan`): the caller keeps it, in case the code proves a word.
    pub fn take_code_from_text(&mut self) -> Option<String> {
        let (code, rest) = self
            .code_in_text()
            .map(|(c, r)| (c.to_string(), r.to_string()))?;
        let text = match self.hierarchy_text.as_mut() {
            Some(text) => text,
            None => self.uraian.get_or_insert_with(String::new),
        };
        let written = std::mem::replace(text, rest);
        // `text` now holds the rest.
        let usual = written
            .strip_prefix(code.as_str())
            .and_then(|r| r.strip_prefix(' '))
            == Some(text.as_str());
        let extra = self.extra_mut();
        extra.code = Some(code);
        extra.code_from_text = true;
        (!usual).then_some(written)
    }

    /// Puts a code taken by [`Entry::take_code_from_text`] back at the start of the text: it
    /// was a word (`ATK dan bahan komputer`). `written`: the text as written, when
    /// `take_code_from_text` returned it.
    pub fn put_code_back_in_text(&mut self, written: Option<&str>) {
        let Some(extra) = self.extra.as_mut().filter(|x| x.code_from_text) else {
            return;
        };
        let Some(code) = extra.code.take() else {
            return;
        };
        extra.code_from_text = false;
        let text = match self.hierarchy_text.as_mut() {
            Some(text) => text,
            None => self.uraian.get_or_insert_with(String::new),
        };
        *text = match written {
            Some(written) => written.to_string(),
            None => format!("{code} {text}"),
        };
    }

    /// Makes the row's text its total's label: a row read as a total by its sums, whose text
    /// says no total (`Satker KPU Kota Serang`).
    pub fn label_with_text(&mut self) {
        let text = self
            .hierarchy()
            .or(self.uraian.as_deref())
            .map(str::to_string);
        if text.is_some() {
            self.extra_mut().label = text;
        }
    }

    /// The total's label, taken out.
    pub fn take_label(&mut self) -> Option<String> {
        self.extra.as_mut().and_then(|x| x.label.take())
    }

    /// Own text in the hierarchy column (program/kegiatan heading, or anggaran uraian).
    pub fn hierarchy(&self) -> Option<&str> {
        match &self.hierarchy_text {
            Some(text) => Some(text),
            None if self.uraian_is_hierarchy => self.uraian.as_deref(),
            None => None,
        }
    }

    pub fn has_amounts(&self) -> bool {
        !self.amounts.is_empty()
    }

    pub fn has_texts(&self) -> bool {
        self.hierarchy_text.is_some()
            || self.uraian.is_some()
            || self.sasaran.is_some()
            || self.indikator.is_some()
            || self.output.is_some()
            || self.ket.is_some()
            || !self.extra().other_texts.is_empty()
            || !self.extra().unreadable.is_empty()
    }

    /// All texts of the row, in column order, for signature and note rows.
    pub fn texts(&self) -> Vec<String> {
        let own = [
            &self.hierarchy_text,
            &self.uraian,
            &self.sasaran,
            &self.indikator,
            &self.output,
            &self.ket,
        ];
        let mut texts: Vec<String> = own.into_iter().flatten().cloned().collect();
        texts.dedup();
        texts.extend(self.extra().other_texts.iter().cloned());
        texts.extend(self.extra().unreadable.iter().map(|u| u.text.clone()));
        texts
    }
}

/// The header's columns as each row is read with them: worked out once per sheet, not once
/// per row (a sheet can have 100 000 rows).
pub struct Columns {
    map: ColumnMap,
    amounts: Vec<(Field, u32)>,
    /// The role of each column by index, as `ColumnMap::role_at` gives it.
    roles: Vec<Option<Role>>,
    amount_cols: Vec<bool>,
    hierarchy: Option<u32>,
    uraian: Option<u32>,
    /// The columns the Uraian header is merged across beyond its own, when it is.
    uraian_span: Option<std::ops::RangeInclusive<u32>>,
}

impl Columns {
    pub fn new(map: &ColumnMap) -> Columns {
        let width = map.roles.values().max().map_or(0, |c| *c as usize + 1);
        let mut roles = vec![None; width];
        let mut amount_cols = vec![false; width];
        for (role, col) in &map.roles {
            let at = *col as usize;
            roles[at] = roles[at].or(Some(*role));
            amount_cols[at] |= role.field().is_some();
        }
        Columns {
            map: map.clone(),
            amounts: map.amount_columns(),
            roles,
            amount_cols,
            hierarchy: map.hierarchy_column(),
            uraian: map.uraian_column(),
            uraian_span: uraian_span(map),
        }
    }

    fn in_uraian_span(&self, col: u32) -> bool {
        self.uraian_span.as_ref().is_some_and(|s| s.contains(&col))
    }

    fn get(&self, role: Role) -> Option<u32> {
        self.map.get(role)
    }

    fn role_at(&self, col: u32) -> Option<Role> {
        self.roles.get(col as usize).copied().flatten()
    }

    pub(crate) fn is_amount_column(&self, col: u32) -> bool {
        self.amount_cols.get(col as usize).copied().unwrap_or(false)
    }

    fn hierarchy_column(&self) -> Option<u32> {
        self.hierarchy
    }

    fn uraian_column(&self) -> Option<u32> {
        self.uraian
    }
}

pub fn read(row: &Row, columns: &Columns, at: &At<'_>) -> Line {
    if is_page_number(row) {
        return Line::Title;
    }
    match header::repeats_page_top(row, &columns.map) {
        Some(PageTop::Title) => return Line::Title,
        Some(PageTop::Header) => return Line::Header,
        None if header::is_repeat(row, &columns.map) => return Line::Header,
        None => {}
    }
    if header::is_numbering(row) {
        return Line::Numbering;
    }
    let entry = entry(row, columns, at);
    let has_text = entry.has_texts() || entry.labelled;
    if !has_text && !entry.has_amounts() {
        if let Some(first) = entry.extra().stray_numbers.first() {
            return Line::Unrecognised(entry.location_at(*first));
        }
    }
    if is_total(entry.extra().label.as_deref()) {
        return Line::Total(entry);
    }
    Line::Entry(entry)
}

/// A row that only numbers the page (`Hal 2 dari 5`, `Halaman 2`, `- 2 -`), printed inside
/// the data at a page top or foot, whatever columns its cells fall in.
fn is_page_number(row: &Row) -> bool {
    // Most rows start with a word that names no page (or with a number): turned away before
    // their text is copied and normalized. A first text with no word leaves it to the next.
    let Some(first) = row.own().next() else {
        return false;
    };
    let may_start = first.text().is_some_and(|t| {
        let ([word, _], count) = opening(t, 1);
        count == 0 || ["hal", "halaman", "page"].iter().any(|w| word.is(w))
    });
    if !may_start {
        return false;
    }
    let mut text = String::new();
    for cell in row.own() {
        match (&cell.value, cell.text()) {
            (_, Some(t)) => text.push_str(t),
            (Value::Int(n), _) => text.push_str(&n.to_string()),
            _ => return false,
        }
        text.push(' ');
    }
    let norm = normalize(&text);
    let words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
    let number = |w: &&str| w.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        ["hal" | "halaman" | "page", n] => number(n),
        ["hal" | "halaman" | "page", n, "dari" | "of", m] => number(n) && number(m),
        _ => false,
    }
}

fn entry(row: &Row, columns: &Columns, at: &At<'_>) -> Entry {
    let col = row.own().next().map_or(0, |c| c.col);
    let mut e = Entry {
        row: row.index,
        location: at.location(col),
        col: narrow(col),
        uraian_col: columns.uraian_column().map(narrow),
        ..Entry::default()
    };
    read_texts(row, columns, &mut e);
    read_amounts(row, columns, at, &mut e);
    // An item whose uraian cell is merged with the one above shares that description.
    if e.uraian.is_none() && e.has_amounts() {
        e.uraian = text_in(row, columns.uraian_column(), true).and_then(cell_text);
    }
    read_others(row, columns, &mut e);
    // Only rows without amounts can be signature lines.
    if !e.has_amounts() {
        let text_cells: Vec<(u32, String)> = row
            .own()
            .filter_map(|c| cell_text(c).map(|t| (c.col, t)))
            .collect();
        if !text_cells.is_empty() {
            e.extra_mut().text_cells = text_cells;
        }
    }
    e.bare = is_bare(row, columns, &e);
    e
}

/// The columns beyond its own that the Uraian header covers: those it is merged across, or,
/// in a copy that lost its merged cells, the unnamed columns after it up to the next named one.
fn uraian_span(map: &ColumnMap) -> Option<std::ops::RangeInclusive<u32>> {
    let u = map.uraian_column()?;
    if let Some(last) = map.spans.get(&u) {
        return Some(u + 1..=*last);
    }
    let named = map.names.keys().chain(map.roles.values());
    let next = named.copied().filter(|c| *c > u).min()?;
    (next > u + 1).then(|| u + 1..=next - 1)
}

/// A text column's own text, or, through a vertical merge, the text carried down to it.
fn text_in(row: &Row, col: Option<u32>, carried: bool) -> Option<&Cell> {
    let cell = row.get(col?)?;
    let usable = cell.spill == Spill::Own || (carried && cell.spill == Spill::Down);
    usable.then_some(cell)
}

fn read_texts(row: &Row, columns: &Columns, e: &mut Entry) {
    // A number typed in a text column is no text: it is kept as a stray number.
    let text = |col: Option<u32>, carried: bool, e: &mut Entry| -> Option<String> {
        let cell = text_in(row, col, carried)?;
        match cell_text(cell) {
            Some(t) if numbers::looks_numeric(&t) && cell.spill == Spill::Own => {
                e.extra_mut().stray_numbers.push(cell.col);
                None
            }
            other => other,
        }
    };
    let hierarchy_col = columns.hierarchy_column();
    let own = text(hierarchy_col, false, e);
    let spanned =
        own.is_none() && columns.uraian_column() == hierarchy_col && read_span(row, columns, e);
    if spanned {
        // Read under the merged Uraian header (see `read_span`).
    } else if columns.uraian_column() == hierarchy_col {
        // One column holds both: the text is kept once, as the uraian.
        e.uraian_is_hierarchy = own.is_some();
        e.uraian = own;
    } else {
        e.hierarchy_text = own;
        e.uraian = text(columns.get(Role::Uraian), false, e);
    }
    if let Some(code) = code(row, columns) {
        e.extra_mut().code = Some(code);
    }
    e.sasaran = text(columns.get(Role::Sasaran), true, e);
    e.indikator = text(columns.get(Role::Indikator), true, e);
    e.output = text(columns.get(Role::Output), true, e);
    e.ket = text(columns.get(Role::Ket), false, e);
    // Texts under a merged Uraian header carry codes, not outline numbering.
    if let Some(numbering) = (!spanned).then(|| numbered(row, columns, e)).flatten() {
        e.extra_mut().numbering = Some(numbering);
    }
    let (labelled, total_label) = label(row, columns);
    e.labelled = labelled;
    if total_label.is_some() {
        e.extra_mut().label = total_label;
    }
}

/// The texts under an Uraian header merged across columns, when the row writes them there
/// and not in the header's own column: a budget code first (`EBA.963`, each level in a column
/// of its own) is the row's code, the texts after it its uraian. Returns whether there were any.
fn read_span(row: &Row, columns: &Columns, e: &mut Entry) -> bool {
    let Some(span) = columns.uraian_span.clone() else {
        return false;
    };
    let texts: Vec<(u32, String)> = row
        .own()
        .filter(|c| span.contains(&c.col))
        .filter_map(|c| cell_text(c).map(|t| (c.col, t)))
        .collect();
    let Some((first_col, first)) = texts.first() else {
        return false;
    };
    let coded = texts.len() > 1 && super::codes::is_code(first);
    let words = if coded { &texts[1..] } else { &texts[..] };
    if coded {
        let x = e.extra_mut();
        x.code = Some(first.clone());
        x.code_col = Some(*first_col);
    }
    e.uraian_col = words
        .first()
        .map(|(c, _)| *c)
        .or(Some(*first_col))
        .map(narrow);
    let uraian: Vec<&str> = words.iter().map(|(_, t)| t.as_str()).collect();
    e.uraian = Some(uraian.join(" "));
    e.uraian_is_hierarchy = true;
    true
}

/// Outline numbering at the start of the hierarchy text (`1. Program…`), else in a No column.
fn numbered(row: &Row, columns: &Columns, e: &mut Entry) -> Option<(Style, String)> {
    if let Some((style, number, rest)) = e.hierarchy().and_then(numbering::split) {
        if e.uraian_is_hierarchy {
            e.uraian = Some(rest);
        } else {
            e.hierarchy_text = Some(rest);
        }
        return Some((style, number));
    }
    if let Some((number, rest)) = e.hierarchy().and_then(numbering::split_long) {
        e.extra_mut().long_number = Some((number, Some(rest)));
        return None;
    }
    let cell = text_in(row, columns.get(Role::No), false)?;
    let token = match &cell.value {
        Value::Int(i) => i.to_string(),
        // As `{f:.0}` writes it, without the float formatter's exact path (it fell back to its
        // slow algorithm for most whole numbers, a fifteenth of a large Renja's reading); zero
        // through the formatter, which keeps its sign.
        Value::Number(f) if f.fract() == 0.0 && f.abs() < 1e9 => match *f == 0.0 {
            false => (*f as i64).to_string(),
            true => format!("{f:.0}"),
        },
        other => cell_text(&Cell {
            value: other.clone(),
            ..cell.clone()
        })?,
    };
    let read = numbering::split_token(&token);
    if read.is_none() && numbering::is_long(&token) {
        e.extra_mut().long_number = Some((token, None));
    }
    read
}

/// A Kode cell, text or number (`6709`, `521211`; `51` is komponen `051`).
fn code(row: &Row, columns: &Columns) -> Option<String> {
    let cell = text_in(row, columns.get(Role::Kode), false)?;
    let whole = match &cell.value {
        Value::Int(i) => Some(*i),
        Value::Number(f) if f.fract() == 0.0 && (0.0..1e12).contains(f) => Some(*f as i64),
        _ => None,
    };
    match whole {
        // Excel drops the leading zeros of a komponen code typed as a number.
        Some(i) if (0..1000).contains(&i) => Some(format!("{i:03}")),
        Some(i) => Some(i.to_string()),
        None => cell_text(cell),
    }
}

/// The first own text in a column that can hold a row's label (not sasaran, indikator,
/// output or KET): whether there is one, and the text itself when it reads as a total.
fn label(row: &Row, columns: &Columns) -> (bool, Option<String>) {
    let descriptive = [Role::Sasaran, Role::Indikator, Role::Output, Role::Ket];
    let first = row
        .own()
        .filter(|c| !columns.is_amount_column(c.col))
        .filter(|c| {
            columns
                .role_at(c.col)
                .is_none_or(|r| !descriptive.contains(&r))
        })
        .find_map(|c| {
            c.text()
                .filter(|t| !t.is_empty() && !numbers::looks_numeric(t))
        });
    (
        first.is_some(),
        first
            .filter(|t| is_total(Some(t)) || may_name_total(t))
            .map(str::to_string),
    )
}

fn read_amounts(row: &Row, columns: &Columns, at: &At<'_>, e: &mut Entry) {
    e.amounts = Amounts::with_capacity(columns.amounts.len());
    for &(field, col) in &columns.amounts {
        // A merged amount is counted once, in its own cell.
        let Some(cell) = row.get(col).and_then(|c| merged_amount(row, c, columns)) else {
            continue;
        };
        match amounts::read(cell, field, at) {
            Ok(Some(q)) => match super::scale::in_rupiah(q, &columns.map.scales, col, field, at) {
                Ok(q) => {
                    e.amounts.insert(field, q);
                }
                Err(unreadable) => e.extra_mut().unreadable.push(unreadable),
            },
            Ok(None) => {}
            Err(unreadable) => e.extra_mut().unreadable.push(unreadable),
        }
    }
    if let Some(rows) = super::sums::rows_summed_by(row, columns.amounts.iter().map(|a| a.1)) {
        e.extra_mut().sums = Some(rows);
    }
    note_percent_type(row, columns, e);
}

/// The cell an amount column's cell takes its number from: its own, or — when a number
/// merged across from an unnamed column to its left covers it, as SAKTI's grand total row
/// writes `s.d. Periode` in Y merged over Z — that number, in its own cell, for the first
/// amount column the merge covers.
fn merged_amount<'r>(row: &'r Row, cell: &'r Cell, columns: &Columns) -> Option<&'r Cell> {
    match cell.spill {
        Spill::Own => Some(cell),
        Spill::Down => None,
        Spill::Across => {
            let origin = row.origin(cell.col)?;
            let unnamed = columns.role_at(origin.col).is_none()
                && !columns.in_uraian_span(origin.col)
                && (origin.col + 1..cell.col).all(|c| !columns.is_amount_column(c));
            let number = matches!(origin.value, Value::Int(_) | Value::Number(_));
            (unnamed && number).then_some(origin)
        }
    }
}

/// A number of an unnamed column merged across into an amount column, read there (the same
/// test as `merged_amount`'s, from the other side).
fn feeds_amount(row: &Row, cell: &Cell, columns: &Columns) -> bool {
    !columns.in_uraian_span(cell.col)
        && super::header::merged_to(row, cell.col)
            .is_some_and(|last| (cell.col + 1..=last).any(|c| columns.is_amount_column(c)))
}

/// Notes whether the percent cell holds a number (not text): a column of such numbers that
/// are all fractions is a percent-formatted column (see `layout::percent_fractions`).
fn note_percent_type(row: &Row, columns: &Columns, e: &mut Entry) {
    e.percent_is_number = columns
        .get(Role::Persen)
        .and_then(|c| row.get(c))
        .is_some_and(|c| {
            c.spill == Spill::Own && matches!(c.value, Value::Number(_) | Value::Int(_))
        });
}

fn currency_mark(text: &str) -> bool {
    matches!(text.trim().to_lowercase().as_str(), "rp" | "rp.")
}

fn amount_after(col: u32, columns: &Columns) -> bool {
    (columns.role_at(col + 1)).is_some_and(|r| r.field().is_some())
}

fn read_others(row: &Row, columns: &Columns, e: &mut Entry) {
    // Texts read under a merged Uraian header are the row's own, not other texts.
    let spanned = e.uraian_col != columns.uraian_column().map(narrow);
    for cell in row.own() {
        if columns.role_at(cell.col).is_some() || spanned && columns.in_uraian_span(cell.col) {
            continue;
        }
        match &cell.value {
            Value::Int(_) | Value::Number(_) if feeds_amount(row, cell, columns) => {}
            Value::Int(_) | Value::Number(_) => e.extra_mut().stray_numbers.push(cell.col),
            _ => match cell_text(cell) {
                Some(t) if numbers::looks_numeric(&t) => e.extra_mut().stray_numbers.push(cell.col),
                // `Rp` in a column of its own before an amount marks it: no text of the row's.
                Some(t) if currency_mark(&t) && amount_after(cell.col, columns) => {}
                Some(t) => {
                    let x = e.extra_mut();
                    x.other_texts.push(t);
                    if columns.map.names.contains_key(&cell.col) {
                        x.stray_texts.push(cell.col);
                    }
                }
                None => {}
            },
        }
    }
}

/// A heading row: text in the hierarchy column and nothing else of its own, but a remark in
/// KET, and — where headings have a column of their own — the amounts the heading states.
fn is_bare(row: &Row, columns: &Columns, e: &Entry) -> bool {
    let Some(hierarchy) = columns.hierarchy_column() else {
        return false;
    };
    let headings_apart = columns.uraian_column() != Some(hierarchy);
    e.hierarchy().is_some()
        && e.extra().stray_numbers.is_empty()
        && (headings_apart || !e.has_amounts())
        && row.own().all(|c| {
            c.col == hierarchy
                || columns.role_at(c.col) == Some(Role::Ket)
                || (headings_apart && columns.is_amount_column(c.col))
        })
}

/// A cell's text, trimmed; dates as written.
fn cell_text(cell: &Cell) -> Option<String> {
    match &cell.value {
        Value::Text(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
        Value::Date(d) => Some(d.to_string()),
        _ => None,
    }
}

/// `JUMLAH`, `JUMLAH ANGGARAN`, `TOTAL`, `Jumlah Total`, `Sub Total`, `Grand Total`.
pub fn is_total(label: Option<&str>) -> bool {
    let Some(label) = label else { return false };
    if !opens_with_any(label, &[b"jum", b"tot", b"sub", b"gra"]) {
        return false;
    }
    // Asked of many rows of a large sheet (every `Sub Kegiatan …` of a Renja): the words are
    // weighed as `normalize` makes them, without making the normalized text.
    let ([first, second], count) = opening(label, 7);
    let two = |a: &str, b: &str| first.is(a) && second.is(b);
    let sub = two("sub", "total") || two("sub", "jumlah");
    let subword = first.is("subtotal") || first.is("subjumlah");
    // A long text that merely starts with "Jumlah" is an indicator or activity, not a total;
    // one that starts with "Sub Total" or "Sub Jumlah" is a total whatever follows (the
    // program it closes).
    if sub && count >= 3 || subword && count >= 2 {
        return true;
    }
    let single = first.is("jumlah") || first.is("total") || subword;
    let short = count <= 6;
    (single || sub || two("grand", "total")) && short && !numbers::looks_numeric(label)
}

/// `JUMLAH`, `Total`, `Sub Total`, `Jumlah Keseluruhan`, `GRAND TOTAL`, `Jumlah Biaya`: a
/// total's label with no word of anything it counts but money. `Jumlah pemilih` is a total by
/// [`is_total`] and is not bare: in an indikator column it names an indikator, and `Jumlah
/// laporan` in an aksi column an action, where a bare `JUMLAH` can only close the table.
pub fn is_bare_total(label: &str) -> bool {
    const WORDS: [&str; 14] = [
        "jumlah",
        "total",
        "sub",
        "subtotal",
        "subjumlah",
        "grand",
        "keseluruhan",
        "seluruhnya",
        "akhir",
        "anggaran",
        "biaya",
        "pagu",
        "dana",
        "rp",
    ];
    is_total(Some(label))
        && normalize(label)
            .split(' ')
            .all(|w| w.is_empty() || WORDS.contains(&w))
}

/// `Rata-rata`, `Rata-rata Capaian`, `Capaian Rata-rata Kinerja`, `Rerata`, `Average`: the
/// label of a line that averages the rows above. Only such words may follow the average's,
/// so an indikator that measures an average (`Rata-rata lama sekolah`) stays one.
pub fn is_average(label: &str) -> bool {
    // Asked of many rows: most first words rule it out before a normalized copy is made.
    if !opens_with_any(label, &[b"rat", b"rer", b"ave", b"nil", b"cap"]) {
        return false;
    }
    const BEFORE: [&str; 2] = ["nilai", "capaian"];
    const AFTER: [&str; 11] = [
        "capaian",
        "kinerja",
        "nilai",
        "persentase",
        "realisasi",
        "target",
        "keseluruhan",
        "sasaran",
        "indikator",
        "iku",
        "total",
    ];
    let norm = normalize(label);
    let mut words = norm.split(' ').filter(|w| !w.is_empty()).peekable();
    if words.peek().is_some_and(|w| BEFORE.contains(w)) {
        words.next();
    }
    let average = match words.next() {
        Some("rata") => words.next() == Some("rata"),
        Some("rerata" | "average") => true,
        _ => false,
    };
    average && words.all(|w| AFTER.contains(&w))
}

/// Whether `label` opens with one of `heads` (three letters each, lowercase), in any case: the
/// first test of the total and average labels, asked of many rows before any word is made.
fn opens_with_any(label: &str, heads: &[&[u8; 3]]) -> bool {
    let head = label.as_bytes().get(..3);
    heads
        .iter()
        .any(|h| head.is_some_and(|s| s.eq_ignore_ascii_case(*h)))
}

/// The longest word [`opening`] keeps; a longer one is no word a total or a page is named by.
const SHORT: usize = 12;

/// A short word as `normalize` writes it, kept on the stack.
#[derive(Clone, Copy, Default)]
struct Short {
    bytes: [u8; SHORT],
    len: usize,
    /// Longer than `SHORT` or not ASCII: equal to none of the words asked about.
    other: bool,
}

impl Short {
    fn push(&mut self, c: char) {
        match (u8::try_from(c), self.len < SHORT) {
            (Ok(b), true) if b.is_ascii() => {
                self.bytes[self.len] = b;
                self.len += 1;
            }
            _ => self.other = true,
        }
    }

    fn is(&self, word: &str) -> bool {
        !self.other && self.bytes[..self.len] == *word.as_bytes()
    }
}

/// The first two words of `text` as [`normalize`] makes them, and how many words it has,
/// counted up to `limit`: what the tests of a row's label need, with no allocation.
fn opening(text: &str, limit: usize) -> ([Short; 2], usize) {
    let mut words = [Short::default(); 2];
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        let Some(c) = normal_char(c) else {
            in_word = false;
            continue;
        };
        if !in_word {
            if count == limit {
                break;
            }
            count += 1;
            in_word = true;
        }
        if let Some(word) = words.get_mut(count - 1) {
            word.push(c);
        }
    }
    (words, count)
}

/// The words a long total's label names its heading's level by (`Jumlah Program …`).
const LEVEL_WORDS: [&str; 9] = [
    "program", "kegiatan", "sub", "output", "keluaran", "kro", "ro", "komponen", "akun",
];

/// `Jumlah Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya`: too long to be a
/// total by its words alone (`Jumlah Kegiatan Sosialisasi yang dilaksanakan` is an item), it is
/// one when it names a row above it (see [`named_totals`]).
pub fn may_name_total(label: &str) -> bool {
    let ([first, second], _) = opening(label, 2);
    (first.is("jumlah") || first.is("total"))
        && LEVEL_WORDS.iter().any(|w| second.is(w))
        && !is_total(Some(label))
}

/// The text a total's label or a heading's text names, for matching one to the other: the
/// total's words and a leading level word left out (`jumlah program dukungan manajemen` and
/// `Program Dukungan Manajemen` both name `dukungan manajemen`).
fn named_part(text: &str) -> String {
    let norm = normalize(text);
    let mut words: Vec<&str> = norm.split(' ').collect();
    while words
        .first()
        .is_some_and(|w| ["jumlah", "total", "sub", "subtotal"].contains(w))
    {
        words.remove(0);
    }
    if words.first().is_some_and(|w| LEVEL_WORDS.contains(w)) {
        words.remove(0);
    }
    words.join(" ")
}

/// Equal, or one the start of the other where the shorter has two words at least (`dukungan
/// manajemen` and `dukungan manajemen dan pelaksanaan tugas teknis lainnya`).
fn same_name(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || short.contains(' ') && long.starts_with(short) && long[short.len()..].starts_with(' ')
}

/// What few of a body's lines hold, noted as each line is read: a pass that looks for one of
/// these opens each line's box of rarer parts (`Entry::extra`), a cache miss a row on a large
/// sheet, and is left out where no line holds one. Lines only lose these parts once read.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Rare {
    /// An entry labelled as a total's label starts (see [`named_totals`]).
    pub total_labels: bool,
    /// An amount cell that cannot be read, or numbers or texts in columns without a role
    /// (what `layout::body_notices` reports).
    pub unread_cells: bool,
    /// An amount with a remark: a formula without a result, an error, a note on its reading
    /// (what `notices::of_quantities` reports).
    pub remarks: bool,
}

/// Searches made for what few rows hold, over every line or row (`named_totals`,
/// `layout::body_notices`, `notices::of_quantities`' budget rows): none for a sheet where no
/// line holds any. Counted for `tests/rare_cost.rs`.
pub static RARE_SEARCHES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Counts one search over every line (see [`RARE_SEARCHES`]).
pub fn searched() {
    RARE_SEARCHES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

impl Rare {
    pub fn of(lines: &[(u32, Line)]) -> Rare {
        let mut rare = Rare::default();
        lines.iter().for_each(|(_, line)| rare.add(line));
        rare
    }

    pub fn add(&mut self, line: &Line) {
        let (Line::Entry(e) | Line::Total(e)) = line else {
            return;
        };
        self.remarks |= e.amounts.iter().any(|(_, q)| q.has_remark());
        let Some(x) = e.extra.as_deref() else {
            return;
        };
        self.total_labels |= matches!(line, Line::Entry(_)) && x.label.is_some();
        self.unread_cells |=
            !(x.unreadable.is_empty() && x.stray_numbers.is_empty() && x.stray_texts.is_empty());
    }
}

/// Rows whose long label starts as a total's and names a row above it (`Jumlah Program
/// Dukungan Manajemen …` under `Program Dukungan Manajemen …`) are totals of that row, not
/// items. One that names no row above stays an item, with a doubt that says so. `labelled`:
/// some entry has such a label ([`Rare::total_labels`]).
pub fn named_totals(lines: &mut [(u32, Line)], labelled: bool) -> Vec<Notice> {
    let is_labelled =
        |line: &(u32, Line)| matches!(&line.1, Line::Entry(e) if e.extra().label.is_some());
    // Most sheets have no such label: then no line is opened, and no text needs its named part.
    if !labelled {
        debug_assert!(!lines.iter().any(is_labelled), "a label not noted");
        return Vec::new();
    }
    searched();
    let Some(last) = lines.iter().rposition(is_labelled) else {
        return Vec::new();
    };
    let lines = &mut lines[..=last];
    let mut above: Vec<String> = Vec::new();
    let mut notices = Vec::new();
    for (_, line) in lines.iter_mut() {
        let Line::Entry(e) = line else { continue };
        let Some(label) = e.extra().label.clone() else {
            if let Some(text) = e.hierarchy().or(e.uraian.as_deref()) {
                above.push(named_part(text));
            }
            continue;
        };
        let named = named_part(&label);
        let names_above = !named.is_empty() && above.iter().any(|t| same_name(t, &named));
        if names_above {
            *line = Line::Total(std::mem::take(e));
        } else if e.has_amounts() {
            notices.push(Notice::new(
                NoticeKind::Doubt,
                crate::msg!(
                    "read-total-names-nothing",
                    label = crate::text::shorten_line(&label, 60)
                ),
                e.location.clone(),
            ));
        }
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The quick reject of `code_in_text` answers as splitting at the first space and
        /// asking `is_code` does, for texts of codes, words, spaces and no-break spaces.
        #[test]
        fn code_in_text_as_split(text in "[ \u{a0}]?[0-9A-Za-z.]{0,8}[ \u{a0}.]{0,2}[A-Za-z0-9 ]{0,6}") {
            let plain = |text: &str| {
                let (code, rest) = text.trim().split_once(char::is_whitespace)?;
                let rest = rest.trim_start();
                (super::super::codes::is_code(code) && rest.starts_with(char::is_alphabetic))
                    .then_some((code.to_string(), rest.to_string()))
            };
            let e = Entry { uraian: Some(text.clone()), ..Entry::default() };
            let quick = e.code_in_text().map(|(c, r)| (c.to_string(), r.to_string()));
            proptest::prop_assert_eq!(quick, plain(&text));
        }
    }

    /// A code taken from a text and put back gives the text as written: its spaces, a
    /// no-break space, are kept; a text of one space is not held twice.
    #[test]
    fn a_code_put_back_gives_the_text_as_written() {
        for (text, held) in [
            ("BBM kendaraan dinas", false),
            ("BBM  kendaraan dinas", true),
            ("ATK\u{a0}kantor", true),
        ] {
            let mut e = Entry {
                uraian: Some(text.to_string()),
                ..Entry::default()
            };
            let written = e.take_code_from_text();
            assert_eq!(written.is_some(), held, "{text}");
            assert_eq!(e.code(), text.split([' ', '\u{a0}']).next());
            assert_ne!(e.uraian.as_deref(), Some(text));
            e.put_code_back_in_text(written.as_deref());
            assert_eq!(e.uraian.as_deref(), Some(text));
            assert_eq!(e.code(), None);
        }
    }

    #[test]
    fn code_in_text_examples() {
        let code = |text: &str| {
            let e = Entry {
                uraian: Some(text.to_string()),
                ..Entry::default()
            };
            e.code_in_text().map(|(c, _)| c.to_string())
        };
        assert_eq!(
            code("076.01.WA Program Dukungan Manajemen").as_deref(),
            Some("076.01.WA")
        );
        assert_eq!(
            code("511111\u{a0}Belanja Gaji Pokok PNS").as_deref(),
            Some("511111")
        );
        assert_eq!(code("Kegiatan Perencanaan 1"), None);
        assert_eq!(code("WA-1 Program"), None);
    }

    #[test]
    fn average_labels() {
        for label in [
            "Rata-rata",
            "RATA-RATA",
            "Rata - rata capaian",
            "Rata-rata Capaian Kinerja",
            "Capaian Rata-rata",
            "Nilai rata-rata",
            "Rerata",
            "Average",
        ] {
            assert!(is_average(label), "{label}");
        }
        for label in [
            "Rata-rata lama sekolah",
            "Rata-rata capaian kinerja program",
            "Capaian kinerja",
            "Ratarata",
            "Nilai SAKIP",
            "",
        ] {
            assert!(!is_average(label), "{label}");
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
            assert!(is_total(Some(label)), "{label}");
        }
        let indikator = "Jumlah Badan Adhoc yang dipersiapkan dan dibentuk dilingkungan Satker KPU";
        assert!(!is_total(Some(indikator)));
        assert!(!is_total(Some(
            "Penetapan Jumlah Kursi dan Penetapan Daerah Pemilihan"
        )));
        assert!(!is_total(Some("Totalitas pelayanan")));
        // Words as `normalize` makes them: a mark between is a space, case does not count.
        assert!(is_total(Some("Sub-Total:")));
        assert!(is_total(Some("GRAND  TOTAL")));
        assert!(!is_total(Some("Sub kegiatan 1.1")));
        assert!(is_total(Some("Jumlah a b c d e")));
        assert!(!is_total(Some("Jumlah a b c d e f")));
    }

    #[test]
    fn a_bare_total_names_nothing_it_counts() {
        let bare = [
            "JUMLAH",
            "Total",
            "Sub Total",
            "Jumlah Keseluruhan",
            "GRAND TOTAL",
            "Jumlah Biaya (Rp)",
        ];
        for label in bare {
            assert!(is_bare_total(label), "{label}");
        }
        for label in ["Jumlah pemilih", "Jumlah laporan", "Totalitas", "Rata-rata"] {
            assert!(!is_bare_total(label), "{label}");
        }
    }

    #[test]
    fn a_sub_total_is_one_whatever_follows_a_jumlah_only_when_it_names_a_row() {
        let long = "Sub Total Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi";
        assert!(is_total(Some(long)));
        assert!(is_total(Some("Sub Jumlah Program A")));
        assert!(is_total(Some(
            "SUBJUMLAH Program Dukungan Manajemen dan Pelaksanaan Tugas"
        )));
        let named = "Jumlah Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya";
        assert!(!is_total(Some(named)));
        assert!(may_name_total(named));
        assert!(!may_name_total(
            "Jumlah Badan Adhoc yang dipersiapkan dan dibentuk dilingkungan Satker KPU"
        ));
        // Short enough to be a total by its words alone: no need to name a row.
        assert!(!may_name_total("Jumlah Program Dukungan Manajemen"));
    }

    fn entry(row: u32, text: &str, label: bool, amount: bool) -> (u32, Line) {
        let mut e = Entry {
            row,
            uraian: Some(text.to_string()),
            uraian_is_hierarchy: true,
            ..Entry::default()
        };
        if label {
            e.extra_mut().label = Some(text.to_string());
        }
        if amount {
            let mut q = crate::model::Quantity::at(crate::model::CellRef::new(row, 2));
            q.value = Some(1.into());
            e.amounts.insert(Field::Pagu, q);
        }
        (row, Line::Entry(e))
    }

    #[test]
    fn a_jumlah_that_names_a_row_above_totals_it() {
        let mut lines = vec![
            entry(
                1,
                "Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis",
                false,
                false,
            ),
            entry(2, "Layanan Perkantoran", false, true),
            entry(
                3,
                "Jumlah Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis",
                true,
                true,
            ),
            entry(
                4,
                "Jumlah Program Pengelolaan Keuangan Negara Lainnya",
                true,
                true,
            ),
        ];
        let labelled = Rare::of(&lines).total_labels;
        let notices = named_totals(&mut lines, labelled);
        assert!(matches!(lines[2].1, Line::Total(_)));
        assert!(matches!(lines[3].1, Line::Entry(_)));
        assert_eq!(notices.len(), 1);
        assert_eq!(notices[0].kind, NoticeKind::Doubt);
    }

    #[test]
    fn rare_parts_are_noted_only_where_a_line_holds_them() {
        let plain = vec![
            entry(1, "Program Dukungan Manajemen", false, false),
            entry(2, "Belanja Pegawai", false, true),
        ];
        assert_eq!(Rare::of(&plain), Rare::default());
        let with = |change: &dyn Fn(&mut Entry)| {
            let mut lines = plain.clone();
            if let (_, Line::Entry(e)) = &mut lines[1] {
                change(e);
            }
            Rare::of(&lines)
        };
        // A total's label on an entry.
        let label = with(&|e| e.extra_mut().label = Some("Jumlah Program X".into()));
        assert!(label.total_labels && !label.unread_cells && !label.remarks);
        // A number or a text in a column without a role, an amount that cannot be read.
        let stray_number = with(&|e| e.extra_mut().stray_numbers.push(5));
        let stray_text = with(&|e| e.extra_mut().stray_texts.push(6));
        let unreadable = with(&|e| {
            e.extra_mut().unreadable.push(Unreadable {
                text: "belum ada".into(),
                message: "B3: belum ada".into(),
            })
        });
        for rare in [stray_number, stray_text, unreadable] {
            assert!(rare.unread_cells && !rare.total_labels && !rare.remarks);
        }
        // An amount whose formula has no result.
        let remark = with(&|e| {
            if let Some(q) = e.amounts.get_mut(&Field::Pagu) {
                q.set_uncomputed_formula("1+2".into());
            }
        });
        assert!(remark.remarks && !remark.total_labels && !remark.unread_cells);
        // A total line's label is a total's own: no entry to question.
        let mut total = Entry::default();
        total.extra_mut().label = Some("JUMLAH".into());
        assert_eq!(Rare::of(&[(4, Line::Total(total))]), Rare::default());
    }
}
