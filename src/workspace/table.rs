//! One canonical table in `data/`: UTF-8 CSV with a header row, one row per record. A record is
//! one serde struct (its field names are the columns), so a table is written, merged and read
//! back from the same definition.
//!
//! A quantity is stored as two columns, `<field>` and `<field>_cell`: the value is empty (the
//! cell was empty), `-` (written as none), `=FORMULA` (a formula without a computed value),
//! `#ERROR` (a formula error), or the exact decimal (`37230532000`, `99.52`).

use crate::error::input_error;
use crate::model::{Amounts, CellRef, Document, Field, Location, Quantity};
use crate::numbers;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What an import replaces: a whole file (`None`), or one sheet of it.
pub type Replaced = BTreeSet<(String, Option<String>)>;

/// The documents being read back, by file and sheet.
pub type Documents = BTreeMap<(String, String), Document>;

/// A row of a canonical table.
pub trait Record: Serialize + DeserializeOwned + Default {
    /// The table's file name in `data/`.
    const FILE: &'static str;

    /// The rows of this table that a document gives (none when it is of another kind).
    fn rows(doc: &Document) -> Vec<Self>;

    /// The source file, sheet and 1-based row: which import the row belongs to, and its order.
    fn source(&self) -> (&str, &str, u32);
}

/// A row that belongs to a document already read back (every table but `documents.csv`).
pub trait Attach: Record {
    /// Puts a stored row back into its document; `Err` says what is wrong with the row.
    fn attach(self, doc: &mut Document) -> Result<(), String>;
}

/// Writes a table's new bytes from the documents, given the `data/` folder and what the import
/// replaces.
pub type StoreFn = fn(&Path, &Replaced, &[Document]) -> anyhow::Result<Option<Vec<u8>>>;

/// A table with the functions that write and read it, for the list of tables.
pub struct Table {
    pub file: &'static str,
    /// The table's new bytes: `docs`' rows merged with the stored rows this import keeps;
    /// `None` when there is nothing to write.
    pub store: StoreFn,
    /// Reads the stored table back into the documents.
    pub load: fn(&Path, &mut Documents) -> anyhow::Result<()>,
}

impl Table {
    pub const fn of<R: Attach>() -> Table {
        Table {
            file: R::FILE,
            store: store::<R>,
            load: load::<R>,
        }
    }
}

pub fn store<R: Record>(
    dir: &Path,
    what: &Replaced,
    docs: &[Document],
) -> anyhow::Result<Option<Vec<u8>>> {
    let path = dir.join(R::FILE);
    let mut rows: Vec<R> = docs.iter().flat_map(R::rows).collect();
    if rows.is_empty() && !path.exists() {
        return Ok(None);
    }
    if path.exists() {
        rows.extend(kept_rows::<R>(&path, what)?);
    }
    rows.sort_by(|a, b| a.source().cmp(&b.source()));
    let fail = |e: csv::Error| {
        input_error(crate::t!(
            "workspace-cannot-write",
            path = path.display().to_string(),
            error = e.to_string()
        ))
    };
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    writer.write_record(&header::<R>()?).map_err(fail)?;
    for row in &rows {
        writer.serialize(row).map_err(fail)?;
    }
    writer.into_inner().map(Some).map_err(|e| {
        input_error(crate::t!(
            "workspace-cannot-write",
            path = path.display().to_string(),
            error = e.to_string()
        ))
    })
}

/// The column names: the field names of the record, as serde writes them.
fn header<R: Record>() -> anyhow::Result<csv::StringRecord> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.serialize(R::default())?;
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    Ok(reader.headers()?.clone())
}

/// The rows of a stored table that this import does not replace. Columns are taken by name:
/// a table written by an older lakip (or opened and saved by a person) keeps its data.
fn kept_rows<R: Record>(path: &Path, what: &Replaced) -> anyhow::Result<Vec<R>> {
    let mut rows = Vec::new();
    for_each_row(path, |row: R, _| {
        let (file, sheet, _) = row.source();
        // `--sheet PK` replaces every table of the sheet (`PK [2]` too).
        let sheet = crate::model::base_sheet(sheet);
        let replaced = what.contains(&(file.to_string(), None))
            || what.contains(&(file.to_string(), Some(sheet.to_string())));
        if !replaced {
            rows.push(row);
        }
        Ok(())
    })?;
    Ok(rows)
}

fn load<R: Attach>(dir: &Path, docs: &mut Documents) -> anyhow::Result<()> {
    let path = dir.join(R::FILE);
    if !path.exists() {
        return Ok(());
    }
    for_each_row(&path, |row: R, line| {
        let at = |what: String| input_error(format!("{}:{line}: {what}", path.display()));
        let (file, sheet, _) = row.source();
        let key = (file.to_string(), sheet.to_string());
        let doc = docs.get_mut(&key).ok_or_else(|| {
            at(crate::t!(
                "workspace-no-document",
                file = &key.0,
                sheet = &key.1
            ))
        })?;
        row.attach(doc).map_err(at)
    })
}

/// Reads every row of a stored table, with its line in the file (the header is line 1).
pub fn for_each_row<R: Record>(
    path: &Path,
    f: impl FnMut(R, u64) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let fail = |e: csv::Error| input_error(format!("{}: {e}", path.display()));
    let file = File::open(path).map_err(|e| fail(e.into()))?;
    let mut reader = READER.take().unwrap_or_else(new_reader);
    reader.get_mut().0 = Some(file);
    let result = read_rows(&mut reader, path, f);
    // The file is closed; the parser waits for the next table.
    reader.get_mut().0 = None;
    READER.set(Some(reader));
    result
}

thread_local! {
    /// One csv parser for every table read on this thread: csv builds a parser's state table
    /// anew for each reader (270 k instructions, as much as parsing a small table), eight
    /// times in a `lakip check`.
    static READER: Cell<Option<csv::Reader<TableFile>>> = const { Cell::new(None) };
}

/// How many csv parsers this thread has built for tables (a test holds a workspace's load to one).
#[doc(hidden)]
pub fn parsers_built() -> usize {
    PARSERS_BUILT.with(Cell::get)
}

thread_local! {
    static PARSERS_BUILT: Cell<usize> = const { Cell::new(0) };
}

/// The table a reused parser reads; none between tables.
struct TableFile(Option<File>);

impl Read for TableFile {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0.as_mut().map_or(Ok(0), |f| f.read(buf))
    }
}

impl Seek for TableFile {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.0.as_mut().map_or(Ok(0), |f| f.seek(to))
    }
}

/// A parser with no table: its header row is read (empty) now, so a seek to a table's start
/// never reads one of the table's rows as the parser's own header.
fn new_reader() -> csv::Reader<TableFile> {
    PARSERS_BUILT.with(|n| n.set(n.get() + 1));
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(TableFile(None));
    let _ = reader.byte_headers();
    reader
}

/// The rows of the table `reader` was given, from its start: the parser reset as new (BOM,
/// line and record numbers), its header row read as the first record.
fn read_rows<R: Record>(
    reader: &mut csv::Reader<TableFile>,
    path: &Path,
    mut f: impl FnMut(R, u64) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let fail = |e: csv::Error| input_error(format!("{}: {e}", path.display()));
    reader
        .seek_raw(SeekFrom::Start(0), csv::Position::new())
        .map_err(fail)?;
    let mut header = csv::StringRecord::new();
    reader.read_record(&mut header).map_err(fail)?;
    for record in reader.records() {
        let record = record.map_err(fail)?;
        let line = record.position().map_or(0, |p| p.line());
        let row = record.deserialize(Some(&header)).map_err(|e| {
            let (column, value) = match e.kind() {
                csv::ErrorKind::Deserialize { err, .. } => {
                    let field = err.field().map_or(0, |f| f as usize);
                    (header.get(field), record.get(field))
                }
                _ => (None, None),
            };
            input_error(crate::t!(
                "workspace-stored-not-a-number",
                path = path.display().to_string(),
                line = line,
                column = column.unwrap_or("?"),
                value = value.unwrap_or("")
            ))
        })?;
        f(row, line)?;
    }
    Ok(())
}

/// A stored row's location: file, sheet, cell and row.
/// The rows of a document come one after another, so the file and sheet names of the row
/// before are shared (one `Arc` each) instead of allocated again for every row: two
/// allocations fewer per stored row, as an import's rows share them.
pub fn location(file: &str, sheet: &str, cell: &str, row: u32) -> Location {
    thread_local! {
        static LAST: std::cell::RefCell<(Arc<str>, Arc<str>)> =
            std::cell::RefCell::new((Arc::from(""), Arc::from("")));
    }
    let (file, sheet) = LAST.with(|last| {
        let mut last = last.borrow_mut();
        if *last.0 != *file {
            last.0 = Arc::from(file);
        }
        if *last.1 != *sheet {
            last.1 = Arc::from(sheet);
        }
        (last.0.clone(), last.1.clone())
    });
    Location {
        file,
        sheet,
        cell: cell.into(),
        row,
    }
}

/// Reads back the stored form of a quantity; `None` for an empty cell.
pub fn decode(text: &str, cell: &str) -> Result<Option<Quantity>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    let cell = CellRef::parse(cell)
        .ok_or_else(|| crate::t!("workspace-stored-bad-cell", cell = format!("{cell:?}")))?;
    let mut q = Quantity::at(cell);
    match text {
        "-" => {
            q.dash = true;
            q.value = Some(rust_decimal::Decimal::ZERO);
        }
        f if f.starts_with('=') => q.set_uncomputed_formula(f[1..].to_string()),
        e if e.starts_with('#') => q.set_error(e.to_string()),
        v => {
            q.value = Some(
                v.parse()
                    .map_err(|_| crate::t!("workspace-stored-bad-decimal", value = v))?,
            )
        }
    }
    Ok(Some(q))
}

/// The stored form of a quantity (see the module documentation).
pub fn encode(q: &Quantity) -> String {
    if let Some(e) = q.error() {
        return e.to_string();
    }
    match (q.uncomputed_formula(), q.dash, q.value) {
        (Some(f), _, _) => format!("={f}"),
        (None, true, _) => "-".to_string(),
        (None, false, Some(v)) => numbers::canonical(v),
        (None, false, None) => String::new(),
    }
}

/// A quantity's two columns: its stored value and its cell; both empty when there is none.
pub fn columns(q: Option<&Quantity>) -> (String, String) {
    q.map(|q| (encode(q), q.cell.to_string()))
        .unwrap_or_default()
}

/// The quantity of one field of a row's amounts, as its two columns.
pub fn field_columns(amounts: &Amounts, field: Field) -> (String, String) {
    columns(amounts.get(&field))
}

/// Amounts read back from (field, value column, cell column) triples.
pub fn amounts(stored: &[(Field, &str, &str)]) -> Result<Amounts, String> {
    let mut amounts = Amounts::new();
    for (field, text, cell) in stored {
        if let Some(q) = decode(text, cell)? {
            amounts.insert(*field, q);
        }
    }
    Ok(amounts)
}

/// The tables written, for messages: their paths in the order given.
pub fn paths(dir: &Path, written: &[(&'static str, Vec<u8>)]) -> Vec<PathBuf> {
    written.iter().map(|(name, _)| dir.join(name)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Row {
        file: String,
        #[serde(default)]
        sheet: String,
        #[serde(default)]
        row: u32,
    }

    impl Record for Row {
        const FILE: &'static str = "rows.csv";
        fn rows(_: &Document) -> Vec<Row> {
            Vec::new()
        }
        fn source(&self) -> (&str, &str, u32) {
            (&self.file, &self.sheet, self.row)
        }
    }

    fn rows_of(path: &Path) -> anyhow::Result<Vec<(Row, u64)>> {
        let mut rows = Vec::new();
        for_each_row(path, |row: Row, line| {
            rows.push((row, line));
            Ok(())
        })?;
        Ok(rows)
    }

    /// What a parser of its own reads: the header by name, line numbers, a BOM dropped.
    fn fresh(path: &Path) -> Vec<(Row, u64)> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_path(path)
            .unwrap();
        let header = reader.headers().unwrap().clone();
        reader
            .records()
            .map(|r| {
                let r = r.unwrap();
                let line = r.position().unwrap().line();
                (r.deserialize(Some(&header)).unwrap(), line)
            })
            .collect()
    }

    /// The parser reused from table to table reads each as a parser of its own does, whatever
    /// the table before left (a row cut short by an error, an open quote, other columns).
    #[test]
    fn a_reused_parser_reads_each_table_as_a_new_one() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, bytes: &[u8]| {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            path
        };
        let a = write(
            "a.csv",
            b"file,sheet,row\nx.xlsx,S,1\n\"multi\nline\",S,2\n",
        );
        let bom = write("b.csv", b"\xef\xbb\xbfrow,file\n3,y.xlsx\n\n4,z.xlsx");
        let open_quote = write("c.csv", b"row,file\n5,\"never closed,1\n");
        let bad = write("d.csv", b"file,row\nx,notanumber\ny,2\n");
        let before = parsers_built();
        for path in [&a, &bom, &open_quote, &a, &bom] {
            assert_eq!(rows_of(path).unwrap(), fresh(path), "{}", path.display());
        }
        assert!(rows_of(&bad).is_err());
        assert_eq!(rows_of(&a).unwrap(), fresh(&a));
        // The BOM is dropped again at the second table's start: `row` is found by its name.
        assert_eq!(
            rows_of(&bom).unwrap()[0],
            (
                Row {
                    file: "y.xlsx".into(),
                    sheet: String::new(),
                    row: 3
                },
                2
            )
        );
        assert!(parsers_built() - before <= 1);
    }
}
