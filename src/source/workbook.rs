//! xlsx, xlsm, xlsb, xls and ods through calamine.
//!
//! xlsx/xlsm and xlsb are streamed cell by cell (sparse: memory follows the cells present, not
//! the used range). xls and ods go through calamine's dense ranges; their merges come from
//! calamine where it supports them (xlsx, xls).

use super::assembly::Assembly;
use super::hidden::Hidden;
use super::{assemble, Cell, Feed, Merge, RowsBuilder, Sheet, Spill, Value};
use crate::error::input_error;
use crate::t;
use calamine::{
    open_workbook, CellErrorType, Data, DataRef, Dimensions, Ods, Range, Reader, Xls, Xlsb, Xlsx,
    XlsxError,
};
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;
use std::sync::mpsc::{Receiver, Sender, SyncSender};

/// What the quick search of a sheet's XML finds: its merged regions and what it hides.
type SheetXml = (Vec<Merge>, Hidden);

type Input = BufReader<File>;

/// What an xlsx is read from: the file, or its copy in memory with the shared strings' counts
/// capped when they claim more strings than the part can hold (see `guard`). The reading is
/// generic over it, not done through a `dyn` reader: built as one unit with that, calamine
/// opened a 100 000-row workbook 3-9 ms later, and the whole import took up to 8 % longer.
trait XlsxRead: Read + std::io::Seek + Send {}
impl<T: Read + std::io::Seek + Send> XlsxRead for T {}

/// The file, buffered.
fn file_input(path: &Path, file: &str) -> anyhow::Result<Input> {
    let input = File::open(path).map_err(|e| super::cannot_open(file, &e))?;
    Ok(BufReader::new(input))
}

pub(super) fn read(
    path: &Path,
    file: &str,
    ext: &str,
    sink: &mut Sink<'_>,
) -> anyhow::Result<Vec<Sheet>> {
    let format = sniff(path, file, ext)?;
    // calamine panics on some malformed files; a damaged file must be a message, not a crash.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_format(path, file, format, sink)
    }));
    std::panic::set_hook(previous_hook);
    result.unwrap_or_else(|_| Err(input_error(t!("source-workbook-damaged", file = file))))
}

fn read_format(
    path: &Path,
    file: &str,
    format: Format,
    sink: &mut Sink<'_>,
) -> anyhow::Result<Vec<Sheet>> {
    let fail = |e: &dyn std::fmt::Display| input_error(describe(file, &e.to_string()));
    let mut sheets = match format {
        Format::Docx => vec![super::docx::read(path, file)?],
        Format::Xlsx => read_xlsx(path, file, sink)?,
        Format::Xlsb => {
            let mut wb: Xlsb<Input> = open_workbook(path).map_err(|e| fail(&e))?;
            let names = wb.sheet_names();
            let sheets = names
                .into_iter()
                .map(|n| read_xlsb_sheet(&mut wb, n).map_err(|e| fail(&e)))
                .collect::<anyhow::Result<Vec<Sheet>>>()?;
            mark_hidden(sheets, wb.sheets_metadata())
        }
        Format::Xls => {
            super::compound::chains(path, file)?;
            super::guard::xls_extent(path, file)?;
            let mut wb: Xls<Input> = open_workbook(path).map_err(|e| fail(&e))?;
            let names = wb.sheet_names();
            let sheets = names
                .into_iter()
                .map(|n| {
                    let merges = wb.merge_cells_by_sheet_name(&n).unwrap_or_default();
                    read_range_sheet(&mut wb, n, &merges).map_err(|e| fail(&e))
                })
                .collect::<anyhow::Result<Vec<Sheet>>>()?;
            mark_hidden(sheets, wb.sheets_metadata())
        }
        Format::Ods => {
            super::guard::ods_extent(path, file)?;
            let mut wb: Ods<Input> = open_workbook(path).map_err(|e| fail(&e))?;
            let names = wb.sheet_names();
            let sheets = names
                .into_iter()
                .map(|n| read_range_sheet(&mut wb, n, &[]).map_err(|e| fail(&e)))
                .collect::<anyhow::Result<Vec<Sheet>>>()?;
            mark_hidden(sheets, wb.sheets_metadata())
        }
    };
    sheets.retain(|s| !s.name.is_empty());
    Ok(sheets)
}

fn mark_hidden(mut sheets: Vec<Sheet>, meta: &[calamine::Sheet]) -> Vec<Sheet> {
    for sheet in &mut sheets {
        sheet.hidden = meta
            .iter()
            .any(|m| m.name == sheet.name && m.visible != calamine::SheetVisible::Visible);
    }
    sheets
}

enum Format {
    Docx,
    Xlsx,
    Xlsb,
    Xls,
    Ods,
}

/// Decides the format from the file's content, so a renamed or fake file gets a clear message.
fn sniff(path: &Path, file: &str, ext: &str) -> anyhow::Result<Format> {
    let mut head = [0u8; 512];
    let n = File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .map_err(|e| super::cannot_open(file, &e))?;
    let head = &head[..n];
    if head.starts_with(b"PK\x03\x04") {
        super::guard::zip_inflation(path, file)?;
        return zip_format(path, file, head, ext);
    }
    if head.starts_with(OLE) && ext == "docx" {
        return Err(input_error(t!(
            "source-file-is",
            file = file,
            what = ole_word(path)
        )));
    }
    if head.starts_with(OLE) {
        if let Some(other) = ole_document(path) {
            return Err(input_error(t!("source-file-is", file = file, what = other)));
        }
        // An OLE file is either a real .xls (whatever its name) or an encrypted
        // (password-protected) xlsx, which calamine's xlsx reader names as such.
        return Ok(
            if (ext == "xlsx" || ext == "xlsm") && !ole_holds_workbook(path) {
                Format::Xlsx
            } else {
                Format::Xls
            },
        );
    }
    if n == 0 {
        return Err(input_error(t!("source-file-empty", file = file)));
    }
    if ext == "docx" {
        return Err(input_error(t!("source-docx-not-zip", file = file)));
    }
    Err(input_error(t!(
        "source-file-is",
        file = file,
        what = not_a_workbook(head)
    )))
}

const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0];

/// What a file is when its first bytes say it is a PDF or a picture: never a table lakip can
/// read, whatever its name. A PDF is often all a user has of a table; say where its tables are.
pub(super) fn foreign(path: &Path) -> Option<String> {
    let mut head = [0u8; 16];
    let n = File::open(path).and_then(|mut f| f.read(&mut head)).ok()?;
    let head = &head[..n];
    // A PDF may have a few bytes (a BOM, a blank line) before its `%PDF-` mark.
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Some(t!("source-pdf"));
    }
    let magic: [(&[u8], &str); 5] = [
        (b"\x89PNG", "PNG"),
        (&[0xFF, 0xD8, 0xFF], "JPEG"),
        (b"GIF8", "GIF"),
        (b"II*\0", "TIFF"),
        (b"MM\0*", "TIFF"),
    ];
    let webp = head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP");
    let image = magic
        .iter()
        .find(|(m, _)| head.starts_with(m))
        .map(|(_, name)| *name)
        .or(webp.then_some("WebP"))?;
    Some(t!("source-image", image = image))
}

/// An OLE file that holds no workbook: an old Word document (`.doc`) or a PowerPoint
/// presentation, by the names of their streams (UTF-16 in the file's directory). An xls holds
/// `Workbook` (or `Book`); an encrypted xlsx holds `EncryptedPackage`: both are left to the
/// workbook reader.
fn ole_document(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let holds = |name: &str| {
        let wide: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
        memchr::memmem::find(&bytes, &wide).is_some()
    };
    if holds("Workbook") || holds("Book") || holds("EncryptedPackage") {
        return None;
    }
    if holds("WordDocument") {
        Some(t!("source-old-word"))
    } else if holds("PowerPoint Document") {
        Some(t!("source-powerpoint"))
    } else {
        None
    }
}

/// An OLE file holding an xls workbook stream (`Workbook`, or `Book` of older Excel) and no
/// `EncryptedPackage`: a real .xls, read as one even when it is named .xlsx.
fn ole_holds_workbook(path: &Path) -> bool {
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    let holds = |name: &str| {
        let wide: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
        memchr::memmem::find(&bytes, &wide).is_some()
    };
    (holds("Workbook") || holds("Book")) && !holds("EncryptedPackage")
}

/// Starts like a zip (xlsx, ods) or an OLE file (xls).
pub(super) fn is_workbook(path: &Path) -> bool {
    let mut head = [0u8; 4];
    File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok()
        && (head == *b"PK\x03\x04" || head == OLE)
}

/// An OpenDocument file names its mimetype first; a Word document holds `word/document.xml`;
/// anything else zipped is taken as Excel. A location in a Word document is shown by table and
/// row because the file is named `.docx` (see `model::Location`): the name must say what it is.
fn zip_format(path: &Path, file: &str, head: &[u8], ext: &str) -> anyhow::Result<Format> {
    let name_len = head
        .get(26..28)
        .map_or(0, |b| u16::from_le_bytes([b[0], b[1]]) as usize);
    let first_entry = head.get(30..30 + name_len).unwrap_or_default();
    // A damaged zip named .docx is read as Word, which says it is damaged.
    let word = first_entry != b"mimetype" && super::docx::is_docx(path).unwrap_or(ext == "docx");
    Ok(match (word, ext == "docx") {
        (true, true) => Format::Docx,
        (true, false) => return Err(input_error(t!("source-word-renamed", file = file))),
        (false, true) => return Err(input_error(t!("source-docx-no-document", file = file))),
        _ if first_entry == b"mimetype" => Format::Ods,
        _ => {
            if let Some(other) = zip_not_workbook(path) {
                return Err(input_error(t!("source-file-is", file = file, what = other)));
            }
            if ext == "xlsb" {
                Format::Xlsb
            } else {
                Format::Xlsx
            }
        }
    })
}

/// A zip that opens but holds no workbook part (`xl/workbook.xml`, `xl/workbook.bin`): an
/// archive of files, or another Office document. A zip that does not open is left to the
/// workbook reader, which says it is damaged.
fn zip_not_workbook(path: &Path) -> Option<String> {
    let zip = zip::ZipArchive::new(std::io::BufReader::new(File::open(path).ok()?)).ok()?;
    let names: Vec<String> = (0..zip.len())
        .filter_map(|i| zip.name_for_index(i)?.ok().map(|n| n.to_string()))
        .collect();
    if names.iter().any(|n| {
        n.eq_ignore_ascii_case("xl/workbook.xml") || n.eq_ignore_ascii_case("xl/workbook.bin")
    }) {
        return None;
    }
    if names.iter().any(|n| n.starts_with("ppt/")) {
        return Some(t!("source-powerpoint"));
    }
    if names.iter().any(|n| n.starts_with("xl/")) {
        return Some(t!("source-no-workbook-part"));
    }
    let mut files: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .filter(|n| !n.ends_with('/'))
        .collect();
    files.sort_unstable();
    let shown = files.iter().take(3).copied().collect::<Vec<_>>().join(", ");
    let more = if files.len() > 3 { ", …" } else { "" };
    Some(t!(
        "source-zip-archive",
        count = files.len(),
        files = format!("{shown}{more}")
    ))
}

/// A `.docx` stored as an OLE file: Word's password protection (an `EncryptedPackage`
/// stream), or an old `.doc` renamed.
fn ole_word(path: &Path) -> String {
    let encrypted: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let protected =
        std::fs::read(path).is_ok_and(|bytes| memchr::memmem::find(&bytes, &encrypted).is_some());
    if protected {
        t!("source-word-password")
    } else {
        t!("source-doc-named-docx")
    }
}

/// What a file that is no workbook looks like, said so the user knows what to do.
fn not_a_workbook(head: &[u8]) -> String {
    let text = String::from_utf8_lossy(head).to_lowercase();
    if text.contains("<html") || text.contains("<table") || text.contains("<!doctype") {
        t!("source-html")
    } else if head.iter().all(|&b| b >= 0x20 || b"\t\r\n".contains(&b)) {
        t!("source-text-file")
    } else {
        t!("source-not-a-spreadsheet")
    }
}

fn xlsx_error(file: &str, e: XlsxError) -> anyhow::Error {
    match e {
        XlsxError::Password => input_error(t!("source-workbook-password", file = file)),
        other => input_error(describe(file, &other.to_string())),
    }
}

fn describe(file: &str, reason: &str) -> String {
    // The reader's reason may quote the damaged bytes, line breaks and all.
    let reason = &crate::text::one_line(reason);
    let lower = reason.to_ascii_lowercase();
    if lower.contains("password") {
        t!("source-workbook-password", file = file)
    } else if lower.contains("zip") || lower.contains("eof") || lower.contains("archive") {
        t!("source-workbook-truncated", file = file, reason = reason)
    } else {
        t!("source-workbook-unreadable", file = file, reason = reason)
    }
}

/// Cells are parsed on a thread of their own and sent here in batches, while this thread
/// finds the merged regions (see `merges`), puts each sheet's rows together and passes them to
/// `sink`, whose work then runs beside the parsing. The parser does only what calamine's own
/// reading does; everything else is done here.
fn read_xlsx(path: &Path, file: &str, sink: &mut Sink<'_>) -> anyhow::Result<Vec<Sheet>> {
    std::thread::scope(|scope| {
        // The merge search inflates each sheet to its end. It needs only the zip, so it runs
        // while calamine opens the workbook (its shared strings, on this thread alone) and is
        // mostly done when the first cells come.
        let found = scope.spawn(|| super::merges::search(path));
        match super::guard::xlsx_corrected(path, file)? {
            Some(copy) => read_input(scope, std::io::Cursor::new(copy), path, file, found, sink),
            None => read_input(scope, file_input(path, file)?, path, file, found, sink),
        }
    })
}

/// Opens the workbook from `input` and reads it (see `read_xlsx`).
fn read_input<'scope, R: XlsxRead + 'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    input: R,
    path: &'scope Path,
    file: &'scope str,
    found: std::thread::ScopedJoinHandle<'scope, Option<super::merges::Found>>,
    sink: &mut Sink<'_>,
) -> anyhow::Result<Vec<Sheet>> {
    let wb = Xlsx::new(input).map_err(|e| xlsx_error(file, e))?;
    crate::timings::phase(format_args!(
        "{file}: workbook opened (its shared strings read)"
    ));
    let names = wb.sheet_names();
    let meta = wb.sheets_metadata().to_vec();
    let search = {
        let names = names.clone();
        scope.spawn(move || xlsx_merges(found, path, file, &names))
    };
    let sheets = read_cells(scope, wb, &names, file, search, sink)?;
    Ok(mark_hidden(sheets, &meta))
}

/// Parses the cells on a thread of their own and assembles the sheets here, with the merged
/// regions `search` finds.
fn read_cells<'scope, R: XlsxRead + 'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    mut wb: Xlsx<R>,
    names: &[String],
    file: &'scope str,
    search: std::thread::ScopedJoinHandle<'scope, anyhow::Result<Vec<SheetXml>>>,
    sink: &mut Sink<'_>,
) -> anyhow::Result<Vec<Sheet>> {
    // A few batches in flight at most: when the reader falls behind, the parser waits
    // rather than piling parsed cells up in memory.
    let (sender, batches) = std::sync::mpsc::sync_channel(BATCHES_IN_FLIGHT);
    // Emptied batches go back to the parser, so the same few buffers carry every cell.
    let (recycle, recycled) = std::sync::mpsc::channel();
    let parser = {
        let names = names.to_vec();
        scope.spawn(move || {
            for (i, name) in names.iter().enumerate() {
                xlsx_cells(&mut wb, name, file, i, &sender, &recycled)?;
            }
            crate::timings::phase(format_args!("{file}: every cell parsed"));
            drop(sender);
            anyhow::Ok(())
        })
    };
    // The parser goes on while the search ends: its first batches wait here.
    let held = hold_batches(&search, &batches);
    let merges = search
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
    let sheets = merges.map(|merges| {
        // Held batches are not recycled: the parser made others meanwhile.
        let held = held.into_iter().map(|b| (b, false));
        let batches = held.chain(batches.iter().map(|b| (b, true)));
        assemble_sheets(file, names, merges, batches, &recycle, sink)
    });
    // A failed merge search leaves the parser to stop at its next send.
    drop(batches);
    let parsed = parser.join();
    let damaged = || input_error(t!("source-workbook-damaged", file = file));
    // The merge search's own error first: the parser stops with "reading stopped" after it.
    let sheets = sheets?;
    parsed.unwrap_or_else(|_| Err(damaged()))?;
    Ok(sheets)
}

type Sink<'a> = dyn FnMut(&str, Feed<'_>) + 'a;

/// What the cell parser sends: cells of a sheet with their 0-based rows, in file order; then
/// that the sheet has ended.
enum Batch {
    Cells(usize, Vec<(u32, Cell)>),
    /// The cells of a sheet formatted as percentages, before its end.
    Percent(usize, Vec<(u32, u32)>),
    /// The rows the sheet's `<dimension>` states, sent before its cells.
    Stated(usize, usize),
    End(usize),
}

/// Sheets of up to this many cells have their percent formats read (a second pass over the
/// sheet's XML for the cells' styles): performance tables are small; a budget export of
/// 100 000 rows is not read twice.
pub(super) const PERCENT_STYLE_CELLS: usize = 50_000;

/// Cells sent at a time, after a sheet's first batches: large enough that sending costs
/// nothing, small enough that the receiver is never far behind.
const BATCH_CELLS: usize = 8192;

/// The cells of a sheet's first batch. With 8 192 the reader of a 1 000-row sheet waited for
/// most of it before starting; 512 made such an import 2–9 % faster (the whole process), and
/// changed nothing from 10 000 rows on.
const FIRST_BATCH_CELLS: usize = 512;

/// Batches the parser may send ahead of the reader (see `read_xlsx`).
const BATCHES_IN_FLIGHT: usize = 4;

/// Batches held at most while the merge search runs (see `hold_batches`): some 500 000 cells.
const BATCHES_HELD: usize = 64;

/// Receives the parser's batches until the merge search has ended, the parser has, or
/// [`BATCHES_HELD`] are held (then the parser waits for the search, as it always did). The
/// first batch is always waited for: the search is seldom done before it.
fn hold_batches<T>(
    search: &std::thread::ScopedJoinHandle<'_, T>,
    batches: &Receiver<Batch>,
) -> Vec<Batch> {
    let mut held = Vec::new();
    while held.len() < BATCHES_HELD {
        match batches.recv() {
            Ok(batch) => held.push(batch),
            Err(_) => break,
        }
        if search.is_finished() {
            break;
        }
    }
    BATCHES_HELD_LAST.store(held.len(), std::sync::atomic::Ordering::Relaxed);
    held
}

/// The batches the last xlsx read received while its merged regions were searched for:
/// before the search had a thread of its own, none (the parser waited).
pub static BATCHES_HELD_LAST: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(0);

fn assemble_sheets(
    file: &str,
    names: &[String],
    merges: Vec<SheetXml>,
    batches: impl Iterator<Item = (Batch, bool)>,
    recycle: &Sender<Vec<(u32, Cell)>>,
    sink: &mut Sink<'_>,
) -> Vec<Sheet> {
    let (merges, mut hides): (Vec<Vec<Merge>>, Vec<Hidden>) = merges.into_iter().unzip();
    let mut assemblies: Vec<Option<(Assembly, RowsBuilder)>> = merges
        .into_iter()
        .map(|m| Some((Assembly::new(m), RowsBuilder::default())))
        .collect();
    let mut sheets = Vec::with_capacity(names.len());
    let mut percent: Vec<Vec<(u32, u32)>> = vec![Vec::new(); names.len()];
    for (batch, recyclable) in batches {
        match batch {
            Batch::Cells(i, mut cells) => {
                if let Some((assembly, rows)) = assemblies.get_mut(i).and_then(Option::as_mut) {
                    for (row, cell) in cells.drain(..) {
                        rows.push(row, cell);
                    }
                    let complete = rows.take_complete();
                    if !complete.as_slice().is_empty() {
                        assembly.add(complete, &mut |feed| sink(&names[i], feed));
                    }
                }
                // The parser may have stopped already: then the buffer is simply dropped.
                if recyclable {
                    let _ = recycle.send(cells);
                }
            }
            Batch::Stated(i, rows) => sink(&names[i], Feed::Stated(rows)),
            Batch::Percent(i, cells) => {
                if let Some(slot) = percent.get_mut(i) {
                    *slot = cells;
                }
            }
            Batch::End(i) => {
                if let Some((assembly, rest)) = assemblies.get_mut(i).and_then(Option::take) {
                    let name = names[i].clone();
                    let mut sheet = assembly.end(rest, name, &mut |feed| sink(&names[i], feed));
                    sheet.percent_cells = percent
                        .get_mut(i)
                        .map(std::mem::take)
                        .unwrap_or_default()
                        .into_iter()
                        .collect();
                    sheet.hides = hides.get_mut(i).map(std::mem::take).unwrap_or_default();
                    crate::timings::phase(format_args!(
                        "{file}: sheet '{}': every row read",
                        names[i]
                    ));
                    sheets.push(sheet);
                }
            }
        }
    }
    sheets
}

/// The merged regions of each sheet: from the quick search (`found`, begun before calamine
/// opened the workbook) when it found calamine's sheets.
fn xlsx_merges(
    found: std::thread::ScopedJoinHandle<'_, Option<super::merges::Found>>,
    path: &Path,
    file: &str,
    names: &[String],
) -> anyhow::Result<Vec<SheetXml>> {
    let found = found
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
    let merges = match found.and_then(|f| super::merges::of_sheets(f, names)) {
        Some(merges) => merges,
        // A layout the quick search does not know: calamine reads it, or says what is wrong.
        None => match super::guard::xlsx_corrected(path, file)? {
            Some(copy) => calamine_merges(std::io::Cursor::new(copy), file, names)?,
            None => calamine_merges(file_input(path, file)?, file, names)?,
        }
        // calamine does not say what a sheet hides.
        .into_iter()
        .map(|m| (m, Hidden::default()))
        .collect(),
    };
    crate::timings::phase(format_args!("{file}: merged regions found"));
    Ok(merges)
}

/// The merged regions of each sheet, as calamine reads them.
fn calamine_merges<R: XlsxRead>(
    input: R,
    file: &str,
    names: &[String],
) -> anyhow::Result<Vec<Vec<Merge>>> {
    let mut wb = Xlsx::new(input).map_err(|e| xlsx_error(file, e))?;
    names
        .iter()
        .map(|n| {
            let regions = wb
                .merge_cells_by_sheet_name(n)
                .map_err(|e| xlsx_error(file, e))?;
            Ok(regions.iter().map(merge).collect())
        })
        .collect()
}

fn xlsx_cells<R: XlsxRead>(
    wb: &mut Xlsx<R>,
    name: &str,
    file: &str,
    index: usize,
    sender: &SyncSender<Batch>,
    recycled: &Receiver<Vec<(u32, Cell)>>,
) -> anyhow::Result<()> {
    let fail = |e: XlsxError| xlsx_error(file, e);
    let stopped = || input_error(t!("source-reading-stopped", file = file));
    let buffer = || {
        recycled
            .try_recv()
            .unwrap_or_else(|_| Vec::with_capacity(BATCH_CELLS))
    };
    let mut cells = buffer();
    // A sheet's first batches are small, so the reader starts on its rows (the header, the
    // early lines) while the rest is parsed; then they double up to `BATCH_CELLS`.
    let mut batch = FIRST_BATCH_CELLS;
    let mut count = 0usize;
    let mut texts = SharedTexts::default();
    let mut reader = wb.worksheet_cells_reader(name).map_err(fail)?;
    let stated = reader.dimensions().end.0 as usize + 1;
    sender
        .send(Batch::Stated(index, stated))
        .map_err(|_| stopped())?;
    while let Some(record) = reader.next_cell_with_formula_metadata().map_err(fail)? {
        let value = match record.value {
            DataRef::SharedString(s) => texts.get(s),
            other => value_ref(other),
        };
        let formula = record.formula.map(|f| match f {
            calamine::XlsxFormulaMetadata::Normal { formula }
            | calamine::XlsxFormulaMetadata::Shared { formula, .. } => formula,
            // A copy of a shared formula: its text is not expanded, but it is a formula.
            _ => "(shared formula)".to_string(),
        });
        if value == Value::Empty && formula.is_none() {
            continue;
        }
        let (row, col) = record.pos;
        count += 1;
        cells.push((row, own(col, value, formula)));
        if cells.len() >= batch {
            batch = (batch * 2).min(BATCH_CELLS);
            let full = std::mem::replace(&mut cells, buffer());
            sender
                .send(Batch::Cells(index, full))
                .map_err(|_| stopped())?;
        }
    }
    drop(reader);
    // The last cells go before the second pass for the percent formats, so the reader works
    // on them meanwhile.
    sender
        .send(Batch::Cells(index, cells))
        .map_err(|_| stopped())?;
    let percent = match count <= PERCENT_STYLE_CELLS {
        true => {
            let percent = percent_cells(wb, name);
            crate::timings::phase(format_args!("{file}: sheet '{name}': percent formats read"));
            percent
        }
        false => Vec::new(),
    };
    sender
        .send(Batch::Percent(index, percent))
        .and_then(|()| sender.send(Batch::End(index)))
        .map_err(|_| stopped())
}

/// The cells of sheet `name` whose number format shows a percentage. A sheet whose styles
/// cannot be read has none: the layout then decides by the numbers, as for a CSV.
fn percent_cells<R: XlsxRead>(wb: &mut Xlsx<R>, name: &str) -> Vec<(u32, u32)> {
    let Ok(mut reader) = wb.worksheet_cells_reader(name) else {
        return Vec::new();
    };
    let percent: Vec<bool> = reader
        .styles()
        .iter()
        .map(|s| {
            s.number_format
                .as_ref()
                .is_some_and(|f| is_percent_format(&f.format_code))
        })
        .collect();
    if !percent.contains(&true) {
        return Vec::new();
    }
    let mut cells = Vec::new();
    while let Ok(Some((row, col, style))) = reader.next_style_id() {
        if percent.get(style).copied().unwrap_or(false) {
            cells.push((row, col));
        }
    }
    cells
}

/// A number format that shows a percentage: a `%` outside quoted text, not escaped (`0%`,
/// `0.00%`, `#,##0.0%`; not `0" %"` or `0\%`, which only print the sign).
fn is_percent_format(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

fn read_xlsb_sheet(wb: &mut Xlsb<Input>, name: String) -> Result<Sheet, calamine::XlsbError> {
    let mut cells = Vec::new();
    let mut reader = wb.worksheet_cells_reader(&name)?;
    while let Some(cell) = reader.next_cell()? {
        let value = value_ref(cell.get_value().clone());
        if value != Value::Empty {
            let (row, col) = cell.get_position();
            cells.push((row, own(col, value, None)));
        }
    }
    Ok(assemble(name, cells, &[]))
}

fn read_range_sheet<R>(wb: &mut R, name: String, merges: &[Dimensions]) -> Result<Sheet, R::Error>
where
    R: Reader<Input>,
{
    let range: Range<Data> = wb.worksheet_range(&name)?;
    let formulas = wb.worksheet_formula(&name).unwrap_or_default();
    let mut cells = Vec::new();
    for (row, col, data) in range.used_cells() {
        let (row, col) = (row as u32, col as u32);
        let (row, col) = match range.start() {
            Some((r0, c0)) => (row + r0, col + c0),
            None => (row, col),
        };
        let formula = formulas
            .get_value((row, col))
            .filter(|f| !f.is_empty())
            .cloned();
        cells.push((row, own(col, value(data.clone()), formula)));
    }
    let merges: Vec<Merge> = merges.iter().map(merge).collect();
    Ok(assemble(name, cells, &merges))
}

fn own(col: u32, value: Value, formula: Option<String>) -> Cell {
    Cell {
        col,
        value,
        formula: formula.map(String::into_boxed_str),
        spill: Spill::Own,
    }
}

fn merge(d: &Dimensions) -> Merge {
    Merge {
        first: d.start,
        last: d.end,
    }
}

fn value_ref(v: DataRef<'_>) -> Value {
    match v {
        // Borrowed text is copied once, straight into the cell.
        DataRef::SharedString(s) => text(s),
        other => value(Data::from(other)),
    }
}

/// The values of the shared strings a sheet's cells have used lately, by the address of
/// calamine's string (stable while the sheet's reader borrows the workbook): a string used
/// again is one more reference to the same text, not a copy.
struct SharedTexts {
    slots: Vec<Option<(usize, Value)>>,
}

/// [`SharedTexts`] has 2^this slots. Texts repeated in a sheet (a unit, a sasaran down its
/// rows) are found again; a slot taken by another text only costs a copy, as before.
const SHARED_TEXT_BITS: u32 = 10;

impl Default for SharedTexts {
    fn default() -> Self {
        SharedTexts {
            slots: vec![None; 1 << SHARED_TEXT_BITS],
        }
    }
}

impl SharedTexts {
    fn get(&mut self, s: &str) -> Value {
        let key = s.as_ptr() as usize;
        // Fibonacci hashing of the address (heap addresses are multiples of 8 or 16).
        let hash = (key as u64 >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let slot = (hash >> (u64::BITS - SHARED_TEXT_BITS)) as usize;
        match &mut self.slots[slot] {
            Some((k, value)) if *k == key => value.clone(),
            other => {
                let value = text(s);
                *other = Some((key, value.clone()));
                value
            }
        }
    }
}

fn value(v: Data) -> Value {
    match v {
        Data::Int(i) => Value::Int(i),
        Data::Float(f) => Value::Number(f),
        Data::String(s) if s.trim().is_empty() => Value::Empty,
        Data::String(s) => Value::Text(s.into()),
        Data::Bool(b) => Value::Bool(b),
        Data::DateTime(d) => date(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Date(s.into_boxed_str()),
        Data::Error(e) => Value::Error(error_text(&e).into_boxed_str()),
        Data::Empty => Value::Empty,
    }
}

/// Text cells keep their text; a cell of only spaces is empty.
fn text(s: &str) -> Value {
    if s.trim().is_empty() {
        Value::Empty
    } else {
        Value::Text(s.into())
    }
}

fn error_text(e: &CellErrorType) -> String {
    e.to_string()
}

/// A date cell; a serial too large to be a date (an amount formatted as a date) stays a number.
fn date(serial: f64) -> Value {
    if (0.0..=MAX_EXCEL_DATE).contains(&serial) {
        Value::Date(excel_date(serial).into_boxed_str())
    } else {
        Value::Number(serial)
    }
}

/// 9999-12-31, Excel's last date.
const MAX_EXCEL_DATE: f64 = 2_958_465.0;

/// An Excel serial date (1900 system) as `YYYY-MM-DD`.
fn excel_date(serial: f64) -> String {
    // Days from 1899-12-30 (Excel's day zero, which absorbs its 1900 leap-year bug after March).
    let days = serial.floor() as i64;
    let (y, m, d) = civil_from_days(days - 25_569);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_serial_dates() {
        assert_eq!(excel_date(44_950.0), "2023-01-24");
        assert_eq!(excel_date(45_291.0), "2023-12-31");
    }

    #[test]
    fn percent_formats() {
        for code in ["0%", "0.00%", "#,##0.0%", "[Red]0.0%"] {
            assert!(is_percent_format(code), "{code}");
        }
        for code in ["General", "0.00", "#,##0", r#"0" %""#, r"0\%", "@"] {
            assert!(!is_percent_format(code), "{code}");
        }
    }

    /// The cells a sheet formats as percentages, and only those, are named.
    #[test]
    fn percent_formatted_cells_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("persen.xlsx");
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        let percent = rust_xlsxwriter::Format::new().set_num_format("0.00%");
        let plain = rust_xlsxwriter::Format::new().set_num_format("0.00");
        sheet.write_string(0, 0, "Capaian").unwrap();
        sheet
            .write_number_with_format(1, 0, 1.0526, &percent)
            .unwrap();
        sheet.write_number_with_format(2, 0, 0.95, &plain).unwrap();
        sheet
            .write_string_with_format(3, 0, "105,56", &percent)
            .unwrap();
        workbook.save(&path).unwrap();
        let sheets = read(&path, "persen.xlsx", "xlsx", &mut |_, _| {}).unwrap();
        let cells: Vec<(u32, u32)> = sheets[0].percent_cells.iter().copied().collect();
        // A1 is text without a format, A3 a number in `0.00`; A4 is a text (read as written
        // whatever its format, by the layout).
        assert_eq!(cells, [(1, 0), (3, 0)]);
    }
}
