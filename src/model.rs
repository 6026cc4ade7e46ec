//! The typed model of an imported document: what the layout stage produces and what the
//! workspace stores. Every value keeps the cell it came from.

use crate::kinds::kind::{DocKind, Family};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

/// A cell's address, kept as numbers and written A1 style only when shown: a large sheet
/// has hundreds of thousands of amount cells, and most are never named in a message.
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellRef {
    /// 0-based row and column.
    row: u32,
    col: u32,
}

impl CellRef {
    /// From 0-based row and column.
    pub fn new(row: u32, col: u32) -> CellRef {
        CellRef { row, col }
    }

    /// `F69`; `None` for anything that is not a cell name.
    pub fn parse(name: &str) -> Option<CellRef> {
        let letters = name.bytes().take_while(u8::is_ascii_uppercase).count();
        let (column, row) = name.split_at(letters);
        if letters == 0 || letters > 3 || row.is_empty() || !row.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let col = column
            .bytes()
            .fold(0u32, |n, b| n * 26 + u32::from(b - b'A') + 1);
        let row: u32 = row.parse().ok()?;
        (row >= 1).then(|| CellRef::new(row - 1, col - 1))
    }

    /// The 1-based row, as the spreadsheet shows it.
    pub fn row(&self) -> u32 {
        self.row + 1
    }

    /// The 0-based column.
    pub fn col(&self) -> u32 {
        self.col
    }

    /// `F69`, written into `buf` (7 letters and 10 digits at most): no allocation.
    pub fn name<'b>(&self, buf: &'b mut [u8; 20]) -> &'b str {
        let mut at = buf.len();
        let mut n = u64::from(self.row) + 1;
        while n > 0 {
            at -= 1;
            buf[at] = b'0' + (n % 10) as u8;
            n /= 10;
        }
        let mut n = u64::from(self.col) + 1;
        while n > 0 {
            at -= 1;
            buf[at] = b'A' + ((n - 1) % 26) as u8;
            n = (n - 1) / 26;
        }
        // Only ASCII letters and digits were written.
        std::str::from_utf8(&buf[at..]).unwrap_or_default()
    }
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name(&mut [0; 20]))
    }
}

impl fmt::Debug for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

impl PartialEq<&str> for CellRef {
    fn eq(&self, other: &&str) -> bool {
        CellRef::parse(other) == Some(*self)
    }
}

impl Serialize for CellRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A location's cell as it is shown (`F69`): kept as numbers, but for the rare place that is
/// no cell name (empty, or a place a workspace table or the audit wrote), kept as its text.
/// A text that names a cell exactly as [`CellRef`] writes it is kept as numbers, so that a
/// location read from a table equals the one read from the sheet.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct CellName(Name);

/// 16 bytes: the text's pointer is never null, so the cell fits beside it.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Name {
    Cell(CellRef),
    Text(Box<str>),
}

impl CellName {
    /// The cell, when the place names one (`A01` too, as [`CellRef::parse`] reads it).
    pub fn cell(&self) -> Option<CellRef> {
        match &self.0 {
            Name::Cell(cell) => Some(*cell),
            Name::Text(text) => CellRef::parse(text),
        }
    }

    pub fn is_empty(&self) -> bool {
        matches!(&self.0, Name::Text(text) if text.is_empty())
    }

    /// Does the place hold a text of its own (memory to free)?
    pub fn on_heap(&self) -> bool {
        matches!(&self.0, Name::Text(text) if !text.is_empty())
    }

    /// The text, written into `buf` when the place is a cell.
    pub fn text<'b>(&'b self, buf: &'b mut [u8; 20]) -> &'b str {
        match &self.0 {
            Name::Cell(cell) => cell.name(buf),
            Name::Text(text) => text,
        }
    }
}

impl Default for CellName {
    fn default() -> CellName {
        CellName(Name::Text(Box::default()))
    }
}

impl From<CellRef> for CellName {
    fn from(cell: CellRef) -> CellName {
        CellName(Name::Cell(cell))
    }
}

impl From<&str> for CellName {
    fn from(text: &str) -> CellName {
        match CellRef::parse(text) {
            // `A01` names A1 but is not written so: kept as written.
            Some(cell) if cell.name(&mut [0; 20]) == text => cell.into(),
            _ => CellName(Name::Text(text.into())),
        }
    }
}

impl From<String> for CellName {
    fn from(text: String) -> CellName {
        CellName::from(text.as_str())
    }
}

impl fmt::Display for CellName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text(&mut [0; 20]))
    }
}

impl fmt::Debug for CellName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.text(&mut [0; 20]), f)
    }
}

impl PartialEq<&str> for CellName {
    fn eq(&self, other: &&str) -> bool {
        self.text(&mut [0; 20]) == *other
    }
}

impl PartialEq<String> for CellName {
    fn eq(&self, other: &String) -> bool {
        self.text(&mut [0; 20]) == other
    }
}

/// As the texts compare (`A10` before `A9`), as when the cell was kept as a string.
impl Ord for CellName {
    fn cmp(&self, other: &CellName) -> std::cmp::Ordering {
        self.text(&mut [0; 20]).cmp(other.text(&mut [0; 20]))
    }
}

impl PartialOrd for CellName {
    fn partial_cmp(&self, other: &CellName) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Serialize for CellName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.text(&mut [0; 20]))
    }
}

const _: () = assert!(std::mem::size_of::<CellName>() == 16);

/// Where a value came from: file, sheet and cell (A1 style), with the 1-based row. File and
/// sheet are shared, not copied, by the many locations of one sheet. In JSON a location in a
/// Word document also has its `place` (`tabel 2, baris 4, kolom 3`).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub file: Arc<str>,
    pub sheet: Arc<str>,
    pub cell: CellName,
    pub row: u32,
}

impl Location {
    /// In a Word document: `tabel 2, baris 4, kolom 3` (see `source::docx`).
    pub fn in_word(&self) -> Option<String> {
        if !is_word(&self.file) {
            return None;
        }
        Some(match self.cell.cell() {
            Some(cell) => crate::source::docx::describe(cell.row, cell.col),
            // A signature stored without its place.
            None if self.row == 0 => crate::source::docx::SHEET.to_string(),
            None => crate::source::docx::describe_row(self.row),
        })
    }

    /// The row as messages name it: `row 14`, or `tabel 2, baris 4` in a Word document.
    pub fn row_name(&self) -> String {
        match is_word(&self.file) {
            true => crate::source::docx::describe_row(self.row),
            false => crate::t!("read-row", row = self.row),
        }
    }
}

/// `file:'Sheet'`, or the file alone for a Word document (read whole, into one sheet).
pub fn sheet_name(file: &str, sheet: &str) -> String {
    match (is_word(file), table_of(sheet)) {
        (true, _) => file.to_string(),
        (false, Some((base, n))) => format!("{file}:'{base}' [{n}]"),
        (false, None) => format!("{file}:'{sheet}'"),
    }
}

/// The name of the `n`th table (1-based) of a sheet that holds more than one (two PKs side by
/// side, or one under the other): the first keeps the sheet's name, the others are `Sheet [2]`,
/// `Sheet [3]` …; a sheet's own name cannot hold `[`, so the name says which table it is.
pub fn sheet_part(sheet: &str, n: usize) -> String {
    match n {
        0 | 1 => sheet.to_string(),
        n => format!("{sheet} [{n}]"),
    }
}

/// The sheet a document was read from: its name without the ` [2]` of a second table.
pub fn base_sheet(sheet: &str) -> &str {
    table_of(sheet).map_or(sheet, |(base, _)| base)
}

/// The sheet and the table number of a second or later table's name (`PK [2]`).
pub fn table_of(sheet: &str) -> Option<(&str, usize)> {
    let (base, n) = sheet.strip_suffix(']')?.rsplit_once(" [")?;
    let n: usize = n.parse().ok().filter(|&n| n >= 2)?;
    Some((base, n))
}

/// `file:'Sheet'!C4`, or `file: tabel 2, baris 4, kolom 3` in a Word document.
pub fn cell_place(file: &str, sheet: &str, cell: &str) -> String {
    let location = Location {
        file: file.into(),
        sheet: sheet.into(),
        cell: cell.into(),
        row: crate::source::row_of(cell),
    };
    location.to_string()
}

/// A Word document: read by `source::docx`, which lakip reads only under a `.docx` name.
pub fn is_word(file: &str) -> bool {
    file.len() > 5
        && file
            .get(file.len() - 5..)
            .is_some_and(|ext| ext.eq_ignore_ascii_case(".docx"))
}

impl Serialize for Location {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let place = self.in_word();
        let mut s = serializer.serialize_struct("Location", 4 + usize::from(place.is_some()))?;
        s.serialize_field("file", &self.file)?;
        s.serialize_field("sheet", &self.sheet)?;
        s.serialize_field("cell", &self.cell)?;
        s.serialize_field("row", &self.row)?;
        if let Some(place) = place {
            s.serialize_field("place", &place)?;
        }
        s.end()
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.in_word() {
            Some(place) => write!(f, "{}: {place}", self.file),
            // The second table of a sheet (`PK [2]`): its cells are the sheet's own.
            None => write!(
                f,
                "{}:'{}'!{}",
                self.file,
                base_sheet(&self.sheet),
                self.cell
            ),
        }
    }
}

/// A numeric field of an item, heading or total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// RKT: perkiraan kebutuhan anggaran.
    Amount,
    Pagu,
    Realisasi,
    /// The percentage as the table states it (realisasi ÷ pagu, written by hand).
    StatedPercent,
    Sisa,
    /// Kinerja: the capaian (%) as the table states it.
    StatedCapaian,
    /// RAK: perkiraan biaya of an action.
    Biaya,
    /// SAKTI: the part of the pagu locked while a revision of the DIPA or POK is proposed.
    LockPagu,
    /// SAKTI: realisasi up to the end of the previous period (`Periode Lalu`).
    RealisasiLalu,
    /// SAKTI: realisasi in this period (`Periode Ini`); with `RealisasiLalu`, the realisasi
    /// up to this period (`s.d. Periode`), which is [`Field::Realisasi`].
    RealisasiIni,
    /// Renja evaluation: the Renstra's target Rp. for its end year (column 6).
    TargetRenstra,
    /// Renja evaluation: the Renstra's realisasi Rp. up to last year (column 7).
    RenstraLalu,
    /// Renja evaluation: the realisasi Rp. of triwulan I–IV (columns 9–12).
    Tw1,
    Tw2,
    Tw3,
    Tw4,
    /// Renja evaluation: the Renstra's realisasi Rp. up to this year (column 14).
    RenstraSd,
    /// Renja evaluation: the kinerja (K) sub-column beside each Rp. column above, in the
    /// indikator's own unit (documents, persen, orang): the Renstra's end target (6), its
    /// realisasi up to last year (7), the Renja's target (8), each triwulan (9–12), the year
    /// (13), the Renstra up to this year (14) and the tingkat capaian in % (15). Checked by the
    /// form's column formulas, never added up a hierarchy: a program's K is not its kegiatan's sum.
    KTargetRenstra,
    KRenstraLalu,
    KTarget,
    KTw1,
    KTw2,
    KTw3,
    KTw4,
    KRealisasi,
    KRenstraSd,
    KCapaian,
}

impl Field {
    pub const ALL: [Field; 27] = [
        Field::Amount,
        Field::Pagu,
        Field::Realisasi,
        Field::StatedPercent,
        Field::Sisa,
        Field::StatedCapaian,
        Field::Biaya,
        Field::LockPagu,
        Field::RealisasiLalu,
        Field::RealisasiIni,
        Field::TargetRenstra,
        Field::RenstraLalu,
        Field::Tw1,
        Field::Tw2,
        Field::Tw3,
        Field::Tw4,
        Field::RenstraSd,
        Field::KTargetRenstra,
        Field::KRenstraLalu,
        Field::KTarget,
        Field::KTw1,
        Field::KTw2,
        Field::KTw3,
        Field::KTw4,
        Field::KRealisasi,
        Field::KRenstraSd,
        Field::KCapaian,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Field::Amount => "amount",
            Field::Pagu => "pagu",
            Field::Realisasi => "realisasi",
            Field::StatedPercent => "stated_percent",
            Field::Sisa => "sisa",
            Field::StatedCapaian => "stated_capaian",
            Field::Biaya => "biaya",
            Field::LockPagu => "lock_pagu",
            Field::RealisasiLalu => "realisasi_lalu",
            Field::RealisasiIni => "realisasi_ini",
            Field::TargetRenstra => "target_renstra",
            Field::RenstraLalu => "renstra_lalu",
            Field::Tw1 => "tw1",
            Field::Tw2 => "tw2",
            Field::Tw3 => "tw3",
            Field::Tw4 => "tw4",
            Field::RenstraSd => "renstra_sd",
            Field::KTargetRenstra => "k_target_renstra",
            Field::KRenstraLalu => "k_renstra_lalu",
            Field::KTarget => "k_target",
            Field::KTw1 => "k_tw1",
            Field::KTw2 => "k_tw2",
            Field::KTw3 => "k_tw3",
            Field::KTw4 => "k_tw4",
            Field::KRealisasi => "k_realisasi",
            Field::KRenstraSd => "k_renstra_sd",
            Field::KCapaian => "k_capaian",
        }
    }

    /// The field's title in a view, in the chosen language (`name` stays the JSON key).
    pub fn label(self) -> String {
        crate::i18n::tr(&format!("field-{}", self.name()), &[])
    }

    /// A figure a heading's or total's rows add up to: money, not a percentage or a kinerja
    /// quantity in an indikator's unit.
    pub fn is_summed(self) -> bool {
        !self.is_percent() && !self.is_kinerja()
    }

    pub fn is_percent(self) -> bool {
        matches!(
            self,
            Field::StatedPercent | Field::StatedCapaian | Field::KCapaian
        )
    }

    /// A kinerja (K) quantity, in the indikator's unit: not money, not added up a hierarchy.
    pub fn is_kinerja(self) -> bool {
        self.as_kinerja() == Some(self)
    }

    /// The kinerja (K) sub-column that stands beside this Rp. column in the Renja evaluation
    /// form (the K of the tingkat capaian beside its Rp. percentage); a K field is its own.
    pub fn as_kinerja(self) -> Option<Field> {
        Some(match self {
            Field::TargetRenstra | Field::KTargetRenstra => Field::KTargetRenstra,
            Field::RenstraLalu | Field::KRenstraLalu => Field::KRenstraLalu,
            Field::Pagu | Field::KTarget => Field::KTarget,
            Field::Tw1 | Field::KTw1 => Field::KTw1,
            Field::Tw2 | Field::KTw2 => Field::KTw2,
            Field::Tw3 | Field::KTw3 => Field::KTw3,
            Field::Tw4 | Field::KTw4 => Field::KTw4,
            Field::Realisasi | Field::KRealisasi => Field::KRealisasi,
            Field::RenstraSd | Field::KRenstraSd => Field::KRenstraSd,
            Field::StatedPercent | Field::KCapaian => Field::KCapaian,
            _ => return None,
        })
    }
}

/// One numeric cell as read: its value, or why there is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quantity {
    /// The value; `None` when the cell is a formula whose result was never computed.
    pub value: Option<Decimal>,
    /// The cell said `-` (none): value is zero, kept apart so reports can show it as written.
    pub dash: bool,
    /// The cell's address.
    pub cell: CellRef,
    /// Why there is no value, or how an ambiguous text was read. Rare, so kept apart: a
    /// large sheet has hundreds of thousands of quantities.
    remark: Option<Box<Remark>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Remark {
    UncomputedFormula(String),
    Error(String),
    /// The note's text, and its message by key when it has one.
    Note(String, Option<crate::i18n::Message>),
}

impl Quantity {
    /// A quantity of `cell` with no value (yet).
    pub fn at(cell: CellRef) -> Quantity {
        Quantity {
            value: None,
            dash: false,
            cell,
            remark: None,
        }
    }

    /// A formula without a computed result: the value is unknown, never taken as zero.
    pub fn uncomputed_formula(&self) -> Option<&str> {
        match self.remark.as_deref() {
            Some(Remark::UncomputedFormula(f)) => Some(f),
            _ => None,
        }
    }

    /// The formula error the cell shows (`#VALUE!`, `#DIV/0!`): the value is unknown.
    pub fn error(&self) -> Option<&str> {
        match self.remark.as_deref() {
            Some(Remark::Error(e)) => Some(e),
            _ => None,
        }
    }

    /// A note when the text was ambiguous and a documented rule decided its reading.
    pub fn note(&self) -> Option<&str> {
        match self.remark.as_deref() {
            Some(Remark::Note(n, _)) => Some(n),
            _ => None,
        }
    }

    /// Whether a remark is kept with the value: a formula without a result, an error, a note.
    pub fn has_remark(&self) -> bool {
        self.remark.is_some()
    }

    /// The note by key, for a notice that follows the reader's language.
    pub fn note_said(&self) -> Option<&crate::i18n::Message> {
        match self.remark.as_deref() {
            Some(Remark::Note(_, said)) => said.as_ref(),
            _ => None,
        }
    }

    /// Marks the value unknown: the cell is a formula without a computed result.
    pub fn set_uncomputed_formula(&mut self, formula: String) {
        self.value = None;
        self.remark = Some(Box::new(Remark::UncomputedFormula(formula)));
    }

    /// Marks the value unknown: the cell shows a formula error.
    pub fn set_error(&mut self, error: String) {
        self.value = None;
        self.remark = Some(Box::new(Remark::Error(error)));
    }

    pub fn set_note(&mut self, note: Option<String>, said: Option<crate::i18n::Message>) {
        self.remark = note.map(|n| Box::new(Remark::Note(n, said)));
    }
}

impl Serialize for Quantity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Quantity", 6)?;
        s.serialize_field("value", &self.value)?;
        s.serialize_field("dash", &self.dash)?;
        s.serialize_field("uncomputed_formula", &self.uncomputed_formula())?;
        s.serialize_field("error", &self.error())?;
        s.serialize_field("cell", &self.cell)?;
        s.serialize_field("note", &self.note())?;
        s.end()
    }
}

/// Numeric fields of a row, in field order; only the fields the table has (and the row
/// fills) are present. A short list, not a map: a row has a handful, and a sheet 100 000 rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Amounts(Vec<(Field, Quantity)>);

impl Amounts {
    pub fn new() -> Amounts {
        Amounts(Vec::new())
    }

    /// Room for `n` fields, so filling a row's amounts allocates once.
    pub fn with_capacity(n: usize) -> Amounts {
        Amounts(Vec::with_capacity(n))
    }

    pub fn get(&self, field: &Field) -> Option<&Quantity> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, q)| q)
    }

    pub fn get_mut(&mut self, field: &Field) -> Option<&mut Quantity> {
        self.0.iter_mut().find(|(f, _)| f == field).map(|(_, q)| q)
    }

    pub fn contains_key(&self, field: &Field) -> bool {
        self.get(field).is_some()
    }

    /// Sets a field, keeping field order; returns what it held before.
    pub fn insert(&mut self, field: Field, q: Quantity) -> Option<Quantity> {
        match self.0.iter_mut().find(|(f, _)| *f == field) {
            Some((_, old)) => Some(std::mem::replace(old, q)),
            None => {
                let at = self.0.partition_point(|(f, _)| *f < field);
                self.0.insert(at, (field, q));
                None
            }
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Field, &Quantity)> {
        self.0.iter().map(|(f, q)| (f, q))
    }

    /// The amounts a row's rows add up to (see [`Field::is_summed`]).
    pub fn summed(&self) -> impl Iterator<Item = (&Field, &Quantity)> {
        self.iter().filter(|(f, _)| f.is_summed())
    }

    /// Whether the row states money (an amount its rows add up to), not only a percentage.
    pub fn has_money(&self) -> bool {
        self.summed().next().is_some()
    }

    pub fn values(&self) -> impl Iterator<Item = &Quantity> {
        self.0.iter().map(|(_, q)| q)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl<'a> IntoIterator for &'a Amounts {
    type Item = (&'a Field, &'a Quantity);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (Field, Quantity)>,
        fn(&'a (Field, Quantity)) -> (&'a Field, &'a Quantity),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(f, q)| (f, q))
    }
}

impl std::ops::Index<&Field> for Amounts {
    type Output = Quantity;

    /// Like a map's index: the field must be present.
    fn index(&self, field: &Field) -> &Quantity {
        match self.get(field) {
            Some(q) => q,
            None => panic!("no {} in these amounts", field.name()),
        }
    }
}

impl Serialize for Amounts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

/// What a source row is. Every row of a sheet gets exactly one class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RowClass {
    Title,
    Header,
    Numbering,
    Heading,
    Item,
    Total,
    Blank,
    Signature,
    Note,
    Unrecognised,
    /// A row that continues the indikator above it (another pelaksana, more schedule marks).
    Continuation,
    /// A page footer printed inside the data (SAKTI's `*Lock Pagu adalah …`).
    Footer,
}

// `ALL` lists the variants in their order: `Document::row_counts` counts by a variant's place.
const _: () = {
    let mut i = 0;
    while i < RowClass::ALL.len() {
        assert!(RowClass::ALL[i] as usize == i);
        i += 1;
    }
};

impl RowClass {
    pub const ALL: [RowClass; 12] = [
        RowClass::Title,
        RowClass::Header,
        RowClass::Numbering,
        RowClass::Heading,
        RowClass::Item,
        RowClass::Total,
        RowClass::Blank,
        RowClass::Signature,
        RowClass::Note,
        RowClass::Unrecognised,
        RowClass::Continuation,
        RowClass::Footer,
    ];

    pub fn name(self) -> &'static str {
        match self {
            RowClass::Title => "title",
            RowClass::Header => "header",
            RowClass::Numbering => "numbering",
            RowClass::Heading => "heading",
            RowClass::Item => "item",
            RowClass::Total => "total",
            RowClass::Blank => "blank",
            RowClass::Signature => "signature",
            RowClass::Note => "note",
            RowClass::Unrecognised => "unrecognised",
            RowClass::Continuation => "continuation",
            RowClass::Footer => "footer",
        }
    }
}

/// The level of a heading in the budget hierarchy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Program,
    Kegiatan,
    /// KRO or, in hand-written RKTs, the output classification.
    Output,
    /// RO (rincian output).
    RincianOutput,
    Komponen,
    SubKomponen,
    Akun,
}

impl Level {
    pub const ALL: [Level; 7] = [
        Level::Program,
        Level::Kegiatan,
        Level::Output,
        Level::RincianOutput,
        Level::Komponen,
        Level::SubKomponen,
        Level::Akun,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Level::Program => "program",
            Level::Kegiatan => "kegiatan",
            Level::Output => "output",
            Level::RincianOutput => "rincian_output",
            Level::Komponen => "komponen",
            Level::SubKomponen => "sub_komponen",
            Level::Akun => "akun",
        }
    }

    pub fn depth(self) -> usize {
        self as usize
    }
}

/// A heading row: a program, kegiatan or lower node of the hierarchy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    pub level: Level,
    pub code: Option<String>,
    /// Outline numbering as written (`1`, `a`), without its mark.
    pub number: Option<String>,
    pub text: String,
    /// Index of the parent heading in [`Document::headings`].
    pub parent: Option<usize>,
    /// Amounts the heading row states for itself (anggaran tables often do).
    pub stated: Amounts,
    pub location: Location,
}

/// One item row: the leaf the money is spent on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Index of the innermost heading above it, if any.
    pub heading: Option<usize>,
    pub code: Option<String>,
    /// Outline numbering as written (`1`, `a`), without its mark.
    pub number: Option<String>,
    pub uraian: String,
    pub sasaran: Option<String>,
    pub indikator: Option<String>,
    pub output: Option<String>,
    pub ket: Option<String>,
    pub amounts: Amounts,
    pub location: Location,
}

/// A text as written in one cell (a target `97,5%`, a realisasi `100%`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Written {
    /// Boxed: no spare room (a `%` pushed on doubled it), 8 bytes less inline, two a row.
    pub text: Box<str>,
    /// The cell, kept as numbers (written A1 style when shown): two per indikator row.
    pub cell: CellRef,
}

/// One row of a performance table (PK, kinerja, RAK): an indikator with its target; in a
/// kinerja table also its realisasi and the capaian stated; in a RAK the action, its schedule
/// and cost. Texts are kept as written. The columns only a RAK or a Renstra has are held
/// apart, boxed, so a PK or kinerja row (a sheet may have 100 000) does not carry them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Indicator {
    /// The number in the No column as written; `None` on a row that continues the sasaran above.
    /// Boxed, as the short texts below: no spare room, 8 bytes less inline (three a row).
    pub number: Option<Box<str>>,
    /// One text shared by the rows of one sasaran (a sasaran has several indikator rows).
    pub sasaran: Option<Arc<str>>,
    pub indikator: Option<String>,
    pub target: Option<Written>,
    pub realisasi: Option<Written>,
    pub stated_capaian: Option<Quantity>,
    /// RAK: the action's columns; `None` when the row has none (see [`RakFields::boxed`]).
    pub rak: Option<Box<RakFields>>,
    /// Polarity as the table states it (`naik`, `turun`, `sama`), when it has such a column.
    pub polaritas: Option<Box<str>>,
    /// The unit (`Persen`, `Dokumen`), where the table has a Satuan column: a Renstra's, and
    /// a kinerja or PK form's too, so it stays with the columns every table may have.
    pub satuan: Option<Box<str>>,
    /// Renstra: the baseline and the period's targets; `None` for the other kinds.
    pub renstra: Option<Box<RenstraFields>>,
    pub location: Location,
}

/// A regrowth of the row fails the build: a PK of 100 000 rows holds this many bytes per row
/// (528 before the RAK and Renstra columns were boxed and the cells kept as numbers, 296 with
/// the location's cell a string, 288 with a written text a `String`, 272 with the No, polarity
/// and unit `String`s).
const _: () = assert!(std::mem::size_of::<Indicator>() <= INDICATOR_BYTES);

/// The most bytes an [`Indicator`] may take inline (heap texts apart).
pub const INDICATOR_BYTES: usize = 248;

/// Every indikator row, amount line and notice has one: its cell kept as numbers (a `String`
/// was 24 bytes inline and an allocation of its own).
const _: () = assert!(std::mem::size_of::<Location>() <= 56);

/// The columns of a RAK row: its action, the action's target, schedule, cost and pelaksana.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RakFields {
    /// Kegiatan/aksi, and its own target.
    pub aksi: Option<String>,
    pub target_aksi: Option<String>,
    /// The schedule mark of each month, January first (`M1-4`, `minggu ke 1`, `✓`); empty
    /// when the table has no schedule.
    pub jadwal: Vec<String>,
    pub biaya: Option<Quantity>,
    pub pelaksana: Option<String>,
}

impl RakFields {
    /// Boxed when the row holds any of them, so that a row read and the same row stored
    /// and loaded again compare equal.
    pub fn boxed(self) -> Option<Box<RakFields>> {
        (self != RakFields::default()).then(|| Box::new(self))
    }
}

/// The columns of a Renstra row beside the target: the baseline and the period's targets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RenstraFields {
    /// The value before the period (baseline, kondisi awal), as written.
    pub baseline: Option<Written>,
    /// The target of each year of the period and the end-of-period target, in column order.
    pub periode: Vec<PeriodTarget>,
}

impl RenstraFields {
    /// Boxed when the row holds any of them (see [`RakFields::boxed`]).
    pub fn boxed(self) -> Option<Box<RenstraFields>> {
        (self != RenstraFields::default()).then(|| Box::new(self))
    }
}

/// Renstra: the target one column of the plan's period gives an indikator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PeriodTarget {
    /// The year the column names; `None` for an end-of-period column that names none.
    pub tahun: Option<i32>,
    /// The end-of-period column (`Target Akhir Renstra`, `Kondisi Akhir`).
    pub akhir: bool,
    /// The target as written; `None` when the cell is empty (never read as 0).
    pub target: Option<String>,
    /// The cell, empty or not.
    pub cell: String,
}

impl PeriodTarget {
    /// `2022`, `Akhir 2024`, `Akhir`: how the column is named in reports.
    pub fn label(&self) -> String {
        PeriodTarget::label_of(self.tahun, self.akhir)
    }

    /// The label of the column of `tahun`, or of the end of the period.
    pub fn label_of(tahun: Option<i32>, akhir: bool) -> String {
        match (akhir, tahun) {
            (false, Some(y)) => y.to_string(),
            (true, Some(y)) => format!("Akhir {y}"),
            (_, None) => "Akhir".to_string(),
        }
    }
}

impl Indicator {
    /// RAK: the action (kegiatan/aksi).
    pub fn aksi(&self) -> Option<&str> {
        self.rak.as_ref()?.aksi.as_deref()
    }

    /// RAK: the action's own target.
    pub fn target_aksi(&self) -> Option<&str> {
        self.rak.as_ref()?.target_aksi.as_deref()
    }

    /// RAK: the schedule mark of each month, January first; empty without a schedule.
    pub fn jadwal(&self) -> &[String] {
        self.rak.as_ref().map_or(&[], |r| &r.jadwal)
    }

    /// RAK: the action's cost (perkiraan biaya).
    pub fn biaya(&self) -> Option<&Quantity> {
        self.rak.as_ref()?.biaya.as_ref()
    }

    /// RAK: who carries the action out.
    pub fn pelaksana(&self) -> Option<&str> {
        self.rak.as_ref()?.pelaksana.as_deref()
    }

    /// The RAK columns, to change: created empty for a row that had none (the caller then
    /// fills one, so an empty box is never kept).
    pub fn rak_mut(&mut self) -> &mut RakFields {
        self.rak.get_or_insert_with(Box::default)
    }

    /// The Renstra columns, to change: created empty for a row that had none (the caller
    /// then fills one).
    pub fn renstra_mut(&mut self) -> &mut RenstraFields {
        self.renstra.get_or_insert_with(Box::default)
    }

    /// Renstra: the value before the period, as written.
    pub fn baseline(&self) -> Option<&Written> {
        self.renstra.as_ref()?.baseline.as_ref()
    }

    /// Renstra: the target of each year of the period and the end-of-period target, in
    /// column order; empty for the other kinds.
    pub fn periode(&self) -> &[PeriodTarget] {
        self.renstra.as_ref().map_or(&[], |r| &r.periode)
    }

    /// Renstra: the column of `tahun` (not the end-of-period one).
    pub fn target_for(&self, tahun: i32) -> Option<&PeriodTarget> {
        self.periode()
            .iter()
            .find(|p| !p.akhir && p.tahun == Some(tahun))
    }

    /// Renstra: the end-of-period target: the end column where the table has one, else the
    /// last year's.
    pub fn end_target(&self) -> Option<&PeriodTarget> {
        let last_year = || {
            self.periode()
                .iter()
                .filter(|p| !p.akhir)
                .max_by_key(|p| p.tahun)
        };
        self.periode().iter().find(|p| p.akhir).or_else(last_year)
    }

    /// Months with a schedule mark (see [`is_scheduled`]).
    pub fn scheduled_months(&self) -> usize {
        self.jadwal().iter().filter(|m| is_scheduled(m)).count()
    }
}

/// Whether a RAK's mark in a month (or quarter) schedules it: `v`, `x`, `√`, a target for
/// the period (`20%`, `3`) do; an empty cell, `-` and a zero (`0`, `0%`, `0,00`: nothing
/// planned for the period) do not.
pub fn is_scheduled(mark: &str) -> bool {
    let mark = mark.trim();
    let digits = mark.trim_end_matches('%').trim_end();
    let zero = mark.starts_with('0') && digits.chars().all(|c| matches!(c, '0' | ',' | '.'));
    !mark.is_empty() && mark != "-" && !zero
}

/// A program's budget line under a PK table (`1. Penyelenggaraan Pemilu … Rp. 10.069.050.000,-`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgramBudget {
    pub number: Option<String>,
    pub program: String,
    pub anggaran: Quantity,
    pub location: Location,
}

/// A row that declares a total (JUMLAH, TOTAL…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Total {
    pub label: String,
    /// The heading it totals; `None` for a grand total or a section of rows.
    pub heading: Option<usize>,
    /// The rows it covers lie after this 1-based row (0: from the top) and before its own; a
    /// total printed above the rows it totals (SAKTI's `JUMLAH SELURUHNYA`) has its own row
    /// here, and covers every row after it.
    pub from_row: u32,
    pub stated: Amounts,
    pub location: Location,
}

/// The signature block under a table: place and date, office, name and NIP.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Signature {
    pub place: Option<String>,
    pub date: Option<String>,
    pub jabatan: Vec<String>,
    pub name: Option<String>,
    pub nip: Option<String>,
    pub location: Option<Location>,
}

impl Signature {
    /// `pertama` or `kedua` when the block names its party (`PIHAK PERTAMA,`), as PKs do.
    pub fn pihak(&self) -> Option<&'static str> {
        self.jabatan.iter().find_map(|line| {
            let lower = line.to_lowercase();
            if lower.contains("pihak pertama") {
                Some("pertama")
            } else if lower.contains("pihak kedua") {
                Some("kedua")
            } else {
                None
            }
        })
    }
}

/// A warning raised while reading, kept with the document so nothing is reported silently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    pub kind: NoticeKind,
    /// The notice in the language of the run that read it (or, loaded from a workspace, of the
    /// command loading it when `said` is known).
    pub message: String,
    /// What the notice says by key, so a workspace imported in one language shows its notices
    /// in the reader's (`None` for one stored before keys were kept: its text is shown).
    #[serde(skip)]
    pub said: Option<crate::i18n::Message>,
    pub location: Location,
}

impl Notice {
    /// A notice said by key, its text in the current language.
    pub fn new(kind: NoticeKind, said: crate::i18n::Message, location: Location) -> Notice {
        Notice {
            kind,
            message: said.render(),
            said: Some(said),
            location,
        }
    }

    /// A notice with only its text (from a table stored before keys were kept).
    pub fn text(kind: NoticeKind, message: String, location: Location) -> Notice {
        Notice {
            kind,
            message,
            said: None,
            location,
        }
    }
}

/// What a notice is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoticeKind {
    /// A row with numbers that fits no class: the import stops unless allowed.
    Unrecognised,
    /// A formula without a computed value.
    UncomputedFormula,
    /// A number whose text was ambiguous, read by a documented rule.
    Ambiguous,
    /// Numbers in a column lakip does not read.
    UnreadColumn,
    /// A second table below the first, not read.
    SecondTable,
    /// Something the file reader met: a cell beyond the limits, a CSV quote left open.
    Source,
    /// A header with no rows under it.
    EmptyTable,
    /// Something the table needs is missing (a Renstra year without its target, a sasaran line
    /// without an indikator under it): kept as it is, never read as zero.
    Missing,
    /// A row read as the continuation of the row before a page break, counted once.
    Continuation,
    /// Recognition had to choose (kind, column role, heading/item/total, percent/fraction,
    /// grouping) and the choice was not clear: the message names the choice, why, and the
    /// alternative. `check` reports it until it is settled (`--kind`, a clearer header).
    Doubt,
    /// The document states another year than the workspace's (said at import; `check`
    /// reports it as the rule `year-mismatch` from the document itself).
    YearMismatch,
}

impl NoticeKind {
    pub const ALL: [NoticeKind; 11] = [
        NoticeKind::Unrecognised,
        NoticeKind::UncomputedFormula,
        NoticeKind::Ambiguous,
        NoticeKind::UnreadColumn,
        NoticeKind::SecondTable,
        NoticeKind::Source,
        NoticeKind::EmptyTable,
        NoticeKind::Missing,
        NoticeKind::Continuation,
        NoticeKind::Doubt,
        NoticeKind::YearMismatch,
    ];

    pub fn name(self) -> &'static str {
        match self {
            NoticeKind::Unrecognised => "unrecognised",
            NoticeKind::UncomputedFormula => "uncomputed-formula",
            NoticeKind::Ambiguous => "ambiguous",
            NoticeKind::UnreadColumn => "unread-column",
            NoticeKind::SecondTable => "second-table",
            NoticeKind::Source => "source",
            NoticeKind::EmptyTable => "empty-table",
            NoticeKind::Missing => "missing",
            NoticeKind::Continuation => "continuation",
            NoticeKind::Doubt => "doubt",
            NoticeKind::YearMismatch => "year-mismatch",
        }
    }

    pub fn from_name(name: &str) -> Option<NoticeKind> {
        NoticeKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Part of the sheet was not read: a check that passes must say so.
    pub fn is_not_read(self) -> bool {
        matches!(
            self,
            NoticeKind::Unrecognised
                | NoticeKind::UnreadColumn
                | NoticeKind::SecondTable
                | NoticeKind::Source
                | NoticeKind::EmptyTable
        )
    }
}

/// One recognised table: one sheet of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub file: String,
    pub sheet: String,
    pub kind: DocKind,
    /// Why this kind was chosen (header columns matched, or `--kind`).
    pub kind_reason: String,
    /// The amount columns the table has, in column order.
    pub fields: Vec<Field>,
    pub title: Vec<String>,
    /// The cell each title line starts in (`A2`), line for line with `title`: where a year the
    /// title states is pointed at. Empty for documents stored before it was kept.
    pub title_cells: Vec<String>,
    /// The headers of the columns read that state a year (`Realisasi 2022`), with their cells:
    /// a year other than the workspace's says the figures are another year's (`check`'s
    /// `year-mismatch`).
    pub year_headers: Vec<YearHeader>,
    /// The rows read, in the shape of the kind's family.
    pub body: Body,
    /// The signature blocks under the table, the main one (with the date, or rightmost) first.
    pub signatures: Vec<Signature>,
    /// Every non-blank source row with its class, in sheet order (1-based row numbers).
    pub rows: Vec<(u32, RowClass)>,
    /// Blank rows between the first row and the last non-blank one.
    pub blank_rows: usize,
    pub notices: Vec<Notice>,
    /// The column-number row's numbers of the amount columns, with the formulas it states
    /// (`13 = 9 + 10 + 11 + 12`), where the form has one (the Renja evaluation).
    pub column_numbers: Vec<ColumnNumber>,
    /// The source file's content hash and when that content was imported: set by `lakip
    /// import`, stored in `documents.csv`; unknown for a file read in memory, or stored by a
    /// lakip that did not record them.
    pub imported: Imported,
    /// What reading the document let go of but did not free yet: freed with the document.
    pub held: Held,
}

/// The header of a column read that states a year, and the cell that states it (`F4`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearHeader {
    pub name: String,
    pub cell: String,
}

/// Memory a document's reading let go of, freed when the document is: for a large sheet, the
/// parts of its rows that its items do not keep (`layout::hierarchy`). Freed as the items were
/// made, on a thread of its own, it slowed them by half and the report after them by as much
/// (the two threads take turns in malloc); `lakip import` frees its documents on a thread once
/// their report is made. Not part of the document's value: it compares equal and is cloned
/// empty.
#[derive(Default)]
pub struct Held(Option<Box<dyn std::any::Any + Send + Sync>>);

impl Held {
    pub fn new<T: Send + Sync + 'static>(value: T) -> Held {
        Held(Some(Box::new(value)))
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }
}

impl Clone for Held {
    fn clone(&self) -> Held {
        Held::default()
    }
}

impl PartialEq for Held {
    fn eq(&self, _: &Held) -> bool {
        true
    }
}

impl Eq for Held {}

impl std::fmt::Debug for Held {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() { "Held(..)" } else { "Held" })
    }
}

/// Where a stored document came from, to tell whether its source file changed since.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    /// The SHA-256 of the source file's bytes, in lower-case hex.
    pub sha256: Option<String>,
    /// When this content of the file was first imported, UTC (`2024-01-31T09:15:00Z`).
    pub at: Option<String>,
}

/// An amount column's number in the form's column-number row, and the formula the row states
/// for it, as written (`13 = 9 + 10 + 11 + 12`, `15 = 14 / 6 x 100`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnNumber {
    pub number: u32,
    pub field: Field,
    pub formula: Option<String>,
    /// The cell of the number (`AB8`).
    pub cell: String,
}

/// What a document's rows are, by the family of its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Budget(BudgetTree),
    Performance(PerformanceTable),
}

impl Body {
    /// No rows yet, in the shape of a family.
    pub fn empty(family: Family) -> Body {
        match family {
            Family::Budget => Body::Budget(BudgetTree::default()),
            Family::Performance => Body::Performance(PerformanceTable::default()),
        }
    }
}

/// RKT and anggaran: program → kegiatan → output headings, the items under them, and the
/// totals the sheet declares.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BudgetTree {
    pub headings: Vec<Heading>,
    pub items: Vec<Item>,
    pub totals: Vec<Total>,
}

/// PK, kinerja and RAK: one entry per indikator (or action) row, and a PK's program budget
/// lines under the table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PerformanceTable {
    pub indicators: Vec<Indicator>,
    pub budgets: Vec<ProgramBudget>,
    /// The total line under the budget lines as written (`TOTAL ANGGARAN Rp…`), its label as
    /// `program`: checked against their sum, never added to it.
    pub budget_total: Option<ProgramBudget>,
}

impl Document {
    /// A document of `kind` with no rows yet; `body` is empty, in the shape of the kind's
    /// family ([`Body::empty`]).
    pub fn new(
        file: &str,
        sheet: &str,
        kind: DocKind,
        kind_reason: String,
        body: Body,
    ) -> Document {
        Document {
            file: file.to_string(),
            sheet: sheet.to_string(),
            kind,
            kind_reason,
            fields: Vec::new(),
            title: Vec::new(),
            title_cells: Vec::new(),
            year_headers: Vec::new(),
            body,
            signatures: Vec::new(),
            rows: Vec::new(),
            blank_rows: 0,
            notices: Vec::new(),
            column_numbers: Vec::new(),
            imported: Imported::default(),
            held: Held::default(),
        }
    }

    /// A short name of the document that stays the same from import to import: its kind and
    /// six hex digits of the SHA-256 of its file and sheet names (`anggaran-3fa21c`). What
    /// `lakip status` lists and `lakip remove` and `import --replace` take.
    pub fn id(&self) -> String {
        use sha2::{Digest, Sha256};
        let digest = Sha256::new()
            .chain_update(self.file.as_bytes())
            .chain_update([0u8])
            .chain_update(self.sheet.as_bytes())
            .finalize();
        let hex: String = digest.iter().take(3).map(|b| format!("{b:02x}")).collect();
        format!("{}-{hex}", self.kind.name())
    }

    /// No heading, item, total, indikator or budget line: a header with nothing under it (an
    /// unfilled template).
    pub fn holds_nothing(&self) -> bool {
        self.headings().is_empty()
            && self.items().is_empty()
            && self.totals().is_empty()
            && self.indicators().is_empty()
            && self.budgets().is_empty()
    }

    pub fn headings(&self) -> &[Heading] {
        self.tree().map_or(&[], |t| &t.headings)
    }

    pub fn items(&self) -> &[Item] {
        self.tree().map_or(&[], |t| &t.items)
    }

    pub fn totals(&self) -> &[Total] {
        self.tree().map_or(&[], |t| &t.totals)
    }

    pub fn indicators(&self) -> &[Indicator] {
        self.table().map_or(&[], |t| &t.indicators)
    }

    /// PK: the program budget lines under the table.
    pub fn budgets(&self) -> &[ProgramBudget] {
        self.table().map_or(&[], |t| &t.budgets)
    }

    /// PK: the total its budget lines state, if they have one.
    pub fn budget_total(&self) -> Option<&ProgramBudget> {
        self.table().and_then(|t| t.budget_total.as_ref())
    }

    pub fn tree(&self) -> Option<&BudgetTree> {
        match &self.body {
            Body::Budget(tree) => Some(tree),
            Body::Performance(_) => None,
        }
    }

    pub fn table(&self) -> Option<&PerformanceTable> {
        match &self.body {
            Body::Performance(table) => Some(table),
            Body::Budget(_) => None,
        }
    }

    pub fn tree_mut(&mut self) -> Option<&mut BudgetTree> {
        match &mut self.body {
            Body::Budget(tree) => Some(tree),
            Body::Performance(_) => None,
        }
    }

    pub fn table_mut(&mut self) -> Option<&mut PerformanceTable> {
        match &mut self.body {
            Body::Performance(table) => Some(table),
            Body::Budget(_) => None,
        }
    }
}

impl Document {
    /// The main signature: the block with the date, else the rightmost.
    pub fn signature(&self) -> Option<&Signature> {
        self.signatures.first()
    }

    /// The heading texts from the top of the hierarchy down to `heading`.
    pub fn path(&self, heading: Option<usize>) -> Vec<String> {
        let mut path = Vec::new();
        let mut next = heading;
        while let Some(i) = next {
            let Some(h) = self.headings().get(i) else {
                break;
            };
            path.push(h.text.clone());
            next = h.parent;
        }
        path.reverse();
        path
    }

    /// How many rows of each class, every class present (zero included).
    pub fn row_counts(&self) -> BTreeMap<RowClass, usize> {
        // Counted by the variant's place (`ALL` lists them in order): a large sheet has
        // hundreds of thousands of rows, and a map looked each one up.
        let mut by_place = [0usize; RowClass::ALL.len()];
        let mut counts: BTreeMap<RowClass, usize> = BTreeMap::new();
        for (_, class) in &self.rows {
            match by_place.get_mut(*class as usize) {
                Some(n) => *n += 1,
                // A class `ALL` does not list (yet): counted all the same.
                None => *counts.entry(*class).or_default() += 1,
            }
        }
        by_place[RowClass::Blank as usize] += self.blank_rows;
        counts.extend(RowClass::ALL.iter().copied().zip(by_place));
        counts
    }
}

/// The items under one heading (at any depth), counted and summed per field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subtotal {
    pub items: usize,
    /// `None` for a field when some item's value is unknown. Ordered by field: a row has a
    /// few fields, and a short list is quicker to add to than a map (a SAKTI export adds
    /// each of its 100 000 items to one subtotal, and each subtotal to its parent's).
    sums: Vec<(Field, Option<Decimal>)>,
}

impl Subtotal {
    /// Adds another subtotal's items and sums (unknown stays unknown).
    pub fn merge(&mut self, other: &Subtotal) {
        self.items += other.items;
        self.add_all(other.sums.iter().copied());
    }

    fn add(&mut self, amounts: &Amounts) {
        self.items += 1;
        self.add_all(amounts.iter().map(|(field, q)| (*field, q.value)));
    }

    /// Adds values that come in field order, as amounts and sums keep them: each field's sum is
    /// looked for from the last one's place on (a Renja row has nine, and 100 000 rows are
    /// added); one out of order is looked for from the start.
    fn add_all(&mut self, values: impl Iterator<Item = (Field, Option<Decimal>)>) {
        let mut at = 0;
        for (field, value) in values {
            if at > 0 && self.sums[at - 1].0 >= field {
                at = 0;
            }
            at += self.sums[at..]
                .iter()
                .position(|(f, _)| *f >= field)
                .unwrap_or(self.sums.len() - at);
            if self.sums.get(at).is_none_or(|(f, _)| *f != field) {
                self.sums.insert(at, (field, Some(Decimal::ZERO)));
            }
            let sum = &mut self.sums[at].1;
            *sum = sum.zip(value).map(|(a, b)| a + b);
            at += 1;
        }
    }

    /// The sum of a field; zero when no item has it.
    pub fn sum(&self, field: Field) -> Option<Decimal> {
        self.sums
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(Some(Decimal::ZERO), |(_, sum)| *sum)
    }
}

/// Subtotals for every heading and for the whole document, computed in one pass.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subtotals {
    pub per_heading: Vec<Subtotal>,
    pub all: Subtotal,
}

impl Subtotals {
    /// The subtotal of a heading, or of the whole document for `None`.
    pub fn of(&self, heading: Option<usize>) -> &Subtotal {
        heading
            .and_then(|h| self.per_heading.get(h))
            .unwrap_or(&self.all)
    }
}

impl Document {
    pub fn subtotals(&self) -> Subtotals {
        let mut subtotals = Subtotals {
            per_heading: vec![Subtotal::default(); self.headings().len()],
            all: Subtotal::default(),
        };
        let headings = self.headings();
        // Headings come after their parent: each item is added to its own heading only and the
        // headings are rolled up from the last, once each (not once per item and level: a
        // SAKTI item sits seven levels deep).
        let parents_first = headings
            .iter()
            .enumerate()
            .all(|(i, h)| h.parent.is_none_or(|p| p < i));
        for item in self.items() {
            // An item under a heading counts in the whole through its topmost heading.
            if item.heading.is_none_or(|h| h >= headings.len()) {
                subtotals.all.add(&item.amounts);
            }
            let mut next = item.heading;
            while let Some(h) = next {
                let Some(sub) = subtotals.per_heading.get_mut(h) else {
                    break;
                };
                sub.add(&item.amounts);
                next = headings[h].parent.filter(|_| !parents_first);
            }
        }
        if parents_first {
            for (i, h) in headings.iter().enumerate().rev() {
                if let Some(p) = h.parent.filter(|p| *p < subtotals.per_heading.len()) {
                    let (before, rest) = subtotals.per_heading.split_at_mut(i);
                    before[p].merge(&rest[0]);
                }
            }
        }
        // The topmost headings (none above, or one that is not there) hold every item
        // under a heading, once each.
        for (i, h) in headings.iter().enumerate() {
            if h.parent.is_none_or(|p| p >= headings.len()) {
                subtotals.all.merge(&subtotals.per_heading[i]);
            }
        }
        subtotals
    }

    /// Every row's amounts with the row's location: items, then headings, then totals.
    pub fn amount_rows(&self) -> impl Iterator<Item = (&Amounts, &Location)> {
        let items = self.items().iter().map(|i| (&i.amounts, &i.location));
        let headings = self.headings().iter().map(|h| (&h.stated, &h.location));
        let totals = self.totals().iter().map(|t| (&t.stated, &t.location));
        items.chain(headings).chain(totals)
    }

    /// Every numeric cell with its field and its row's location: the amounts of items,
    /// headings and totals, and the capaian, biaya and program budgets of performance tables.
    pub fn quantities(&self) -> impl Iterator<Item = (Field, &Quantity, &Location)> {
        let amounts = self
            .amount_rows()
            .flat_map(|(a, l)| a.iter().map(move |(f, q)| (*f, q, l)));
        amounts.chain(self.performance_quantities())
    }

    /// The capaian, biaya and program budgets of performance tables, with their locations.
    pub fn performance_quantities(&self) -> impl Iterator<Item = (Field, &Quantity, &Location)> {
        let indicators = self.indicators().iter().flat_map(|i| {
            let capaian = i.stated_capaian.iter().map(|q| (Field::StatedCapaian, q));
            let biaya = i.biaya().into_iter().map(|q| (Field::Biaya, q));
            capaian.chain(biaya).map(move |(f, q)| (f, q, &i.location))
        });
        let budgets = self
            .budgets()
            .iter()
            .map(|b| (Field::Amount, &b.anggaran, &b.location));
        indicators.chain(budgets)
    }

    /// How deep a heading sits: 1 for a top-level heading.
    pub fn depth(&self, heading: Option<usize>) -> usize {
        let mut depth = 0;
        let mut next = heading;
        while let Some(h) = next {
            depth += 1;
            next = self.headings().get(h).and_then(|x| x.parent);
        }
        depth
    }
}

#[cfg(test)]
mod tests {
    use super::{Amounts, CellRef, Field, Quantity, Subtotal};
    use rust_decimal::Decimal;

    fn amounts(values: &[(Field, Option<i64>)]) -> Amounts {
        let mut a = Amounts::new();
        for (i, (field, value)) in values.iter().enumerate() {
            let mut q = Quantity::at(CellRef::new(0, i as u32));
            q.value = value.map(Decimal::from);
            a.insert(*field, q);
        }
        a
    }

    #[test]
    fn a_subtotal_adds_each_field_of_rows_that_fill_different_fields() {
        use Field::{Pagu, Realisasi, Sisa};
        let mut sub = Subtotal::default();
        sub.add(&amounts(&[(Realisasi, Some(7))]));
        sub.add(&amounts(&[
            (Pagu, Some(100)),
            (Sisa, Some(3)),
            (Realisasi, Some(90)),
        ]));
        sub.add(&amounts(&[(Sisa, Some(5))]));
        sub.add(&amounts(&[(Pagu, Some(20)), (Realisasi, Some(1))]));
        // By hand: pagu 100 + 20, realisasi 7 + 90 + 1, sisa 3 + 5.
        assert_eq!(sub.items, 4);
        assert_eq!(sub.sum(Pagu), Some(Decimal::from(120)));
        assert_eq!(sub.sum(Realisasi), Some(Decimal::from(98)));
        assert_eq!(sub.sum(Sisa), Some(Decimal::from(8)));
        assert_eq!(sub.sum(Field::Biaya), Some(Decimal::ZERO));
        // A row whose realisasi is unknown makes the sum unknown; merged, it stays unknown.
        let mut other = Subtotal::default();
        other.add(&amounts(&[(Realisasi, None), (Sisa, Some(2))]));
        sub.merge(&other);
        assert_eq!(sub.items, 5);
        assert_eq!(sub.sum(Realisasi), None);
        assert_eq!(sub.sum(Sisa), Some(Decimal::from(10)));
        assert_eq!(sub.sum(Pagu), Some(Decimal::from(120)));
        // Values out of field order are looked for from the start again: each in its place.
        let mut sub = Subtotal::default();
        sub.add_all([(Sisa, Some(Decimal::ONE)), (Pagu, Some(Decimal::TWO))].into_iter());
        sub.add_all([(Realisasi, Some(Decimal::TEN)), (Pagu, Some(Decimal::ONE))].into_iter());
        let fields: Vec<Field> = sub.sums.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, [Pagu, Realisasi, Sisa]);
        assert_eq!(sub.sum(Pagu), Some(Decimal::from(3)));
        assert_eq!(sub.sum(Realisasi), Some(Decimal::TEN));
        assert_eq!(sub.sum(Sisa), Some(Decimal::ONE));
    }

    #[test]
    fn cell_addresses_read_back_as_written() {
        for (row, col, name) in [
            (0, 0, "A1"),
            (68, 5, "F69"),
            (99, 26, "AA100"),
            (1_048_575, 16_383, "XFD1048576"),
        ] {
            let cell = CellRef::new(row, col);
            assert_eq!(cell.to_string(), name);
            assert_eq!(CellRef::parse(name), Some(cell));
            assert_eq!(cell.row(), row + 1);
        }
        for bad in ["", "A", "1", "A0", "a1", "ABCD1", "A1B", "A-1"] {
            assert_eq!(CellRef::parse(bad), None, "{bad:?}");
        }
    }
}
