//! Read source → recognise layout, for one file: what `import` stores and `check FILE` checks.

use crate::error::input_error;
use crate::kinds::DocKind;
use crate::layout::{self, early::Early, Recognition};
use crate::model::{Document, NoticeKind};
use crate::source::{self, Feed};
use std::path::Path;

/// A sheet that was not recognised, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub file: String,
    pub sheet: String,
    pub reason: String,
}

/// Which sheets to read and how.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only this sheet; by default every sheet whose layout is recognised.
    pub sheet: Option<String>,
    /// The document kind, instead of detecting it from the header.
    pub kind: Option<DocKind>,
    /// Counts the rows read (a spinner on a terminal: `terminal::counter`).
    pub progress: Option<indicatif::ProgressBar>,
}

/// Reads one file and recognises its sheets; `name` is how the file is named in the documents.
/// A file with no recognised sheet is an error.
pub fn read_file(
    path: &Path,
    name: &str,
    options: &Options,
) -> anyhow::Result<(Vec<Document>, Vec<Skipped>)> {
    match read_once(path, name, options, true) {
        // The early reading did not stand and its rows gave up their cells: read again,
        // whole (rare; see `layout::early::Reread`).
        Err(e) if e.is::<layout::early::Reread>() => {
            REREADS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            crate::timings::phase(format_args!("{name}: read again, whole"));
            read_once(path, name, options, false)
        }
        other => other,
    }
}

/// Reads and recognises the file once; `stream`: each sheet's body is read as its rows
/// stream in (see `layout::early`).
fn read_once(
    path: &Path,
    name: &str,
    options: &Options,
    stream: bool,
) -> anyhow::Result<(Vec<Document>, Vec<Skipped>)> {
    let mut early: Vec<Early> = Vec::new();
    let mut workbook = source::read_streaming(path, &mut |sheet, feed| {
        if !stream {
            return;
        }
        if options
            .sheet
            .as_deref()
            .is_some_and(|wanted| wanted != sheet)
        {
            return;
        }
        let at = match early.iter().position(|e| e.sheet() == sheet) {
            Some(at) => at,
            None => {
                early.push(Early::new(name, sheet, options.kind));
                early.len() - 1
            }
        };
        match feed {
            Feed::Rows(rows) => {
                if let Some(bar) = &options.progress {
                    bar.inc(rows.len() as u64);
                }
                early[at].feed(rows)
            }
            Feed::Restart => early[at].restart(),
            Feed::Stated(rows) => early[at].expect(rows),
        }
    })?;
    CELLS_PARSED.store(cells_held(&workbook), std::sync::atomic::Ordering::Relaxed);
    workbook.file = name.to_string();
    if let Some(wanted) = &options.sheet {
        let names: Vec<String> = workbook
            .sheets
            .iter()
            .map(|s| format!("'{}'", s.name))
            .collect();
        workbook.sheets.retain(|s| &s.name == wanted);
        if workbook.sheets.is_empty() {
            return Err(input_error(crate::t!(
                "pipeline-no-such-sheet",
                file = name,
                wanted = wanted,
                sheets = names.join(", ")
            )));
        }
    }
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    for sheet in &mut workbook.sheets {
        // A hidden sheet is often last year's copy: read it only when asked for by name.
        if sheet.hidden && options.sheet.is_none() {
            skipped.push(Skipped {
                file: name.to_string(),
                sheet: sheet.name.clone(),
                reason: crate::t!("pipeline-sheet-hidden"),
            });
            continue;
        }
        let early = early
            .iter()
            .position(|e| e.sheet() == sheet.name)
            .map(|at| early.swap_remove(at));
        for found in layout::recognise_parts(name, sheet, options.kind, early)? {
            match found {
                Recognition::Document(mut doc) => {
                    doc.notices.extend(crate::template::examples::left_in(&doc));
                    docs.push(*doc)
                }
                Recognition::Skipped(reason) => skipped.push(Skipped {
                    file: name.to_string(),
                    sheet: sheet.name.clone(),
                    reason,
                }),
            }
        }
    }
    CELLS_HELD.store(cells_held(&workbook), std::sync::atomic::Ordering::Relaxed);
    let rows = workbook.sheets.iter().map(|s| s.rows.len()).sum();
    free_elsewhere(workbook, rows);
    // A file whose every table is a header with nothing under it (an unfilled template) holds
    // nothing to import: said, not stored as empty documents.
    if docs.iter().all(Document::holds_nothing) {
        let empty = docs.drain(..).map(|doc| Skipped {
            file: name.to_string(),
            sheet: doc.sheet.clone(),
            reason: no_rows_under(&doc),
        });
        skipped.splice(0..0, empty);
    }
    if docs.is_empty() {
        let reasons: Vec<String> = skipped
            .iter()
            .map(|s| match crate::model::is_word(&s.file) {
                true => s.reason.clone(),
                false => crate::t!(
                    "pipeline-sheet-reason",
                    sheet = &s.sheet,
                    reason = &s.reason
                ),
            })
            .collect();
        return Err(input_error(crate::t!(
            "pipeline-nothing-to-import",
            file = name,
            reasons = reasons.join("; ")
        )));
    }
    crate::timings::phase(format_args!("{name}: documents built"));
    Ok((docs, skipped))
}

/// Files read a second time because the early reading did not stand (see `read_file`):
/// counted for `tests/reread_cost.rs`.
pub static REREADS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The cells the last file read held once its sheets were recognised: a large sheet's body
/// rows read early give up theirs (see `layout::early`), so this does not grow with the rows.
/// Counted for `tests/import_cost.rs`, which holds it so without timing anything.
pub static CELLS_HELD: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The cells the last file read held once its last cell was parsed, before its sheets were
/// recognised: body rows read while they streamed in (`layout::early`: every layout, the
/// performance tables included) gave up theirs already, so this does not grow with the rows.
/// Counted for `tests/import_memory.rs`.
pub static CELLS_PARSED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn cells_held(workbook: &source::Workbook) -> usize {
    let rows = workbook.sheets.iter().flat_map(|s| &s.rows);
    rows.map(|r| r.cells.len()).sum()
}

/// Why a document with nothing under its header is not imported.
fn no_rows_under(doc: &Document) -> String {
    let label = doc.kind.spec().label;
    match doc
        .rows
        .iter()
        .find(|(_, class)| *class == crate::model::RowClass::Header)
    {
        Some((row, _)) => crate::t!("pipeline-no-rows-under-row", label = label, row = *row),
        None => crate::t!("pipeline-no-rows-under", label = label),
    }
}

/// Frees something large (a workbook's cells, an import's documents) on a thread of its own:
/// freeing hundreds of thousands of cells takes a good part of the time reading them took, and
/// nothing waits for it. The process may end first; the system then takes the memory back.
/// Below 10 000 `rows` it is freed here, where a thread would cost more than it saves.
pub fn free_elsewhere<T: Send + 'static>(large: T, rows: usize) {
    const LARGE_ROWS: usize = 10_000;
    if rows < LARGE_ROWS {
        return;
    }
    // Should no thread start, it is freed here as the closure is dropped.
    let _ = std::thread::Builder::new().spawn(move || drop(large));
}

/// Frees on a thread of its own what the documents' reading let go of (`model::Held`): called
/// once the documents of one file are no longer read from, so that an import of several large
/// files does not hold every file's until its report, and by the commands whose report does
/// not wait for it.
pub fn free_held(docs: &mut [Document]) {
    let held: Vec<crate::model::Held> = docs
        .iter_mut()
        .map(|d| std::mem::take(&mut d.held))
        .filter(|h| !h.is_empty())
        .collect();
    if !held.is_empty() {
        // Held only for sheets of 10 000 lines or more: always worth a thread.
        free_elsewhere(held, usize::MAX);
    }
}

/// What a large sheet's reading lets go of as it streams in (the cells of each row read
/// early), freed on a thread of its own: the reading thread is the one the import waits for,
/// and freeing what another thread allocated was a sixth of its work for a PK. A few items
/// are freed at once, where a thread would cost more than it saves.
pub struct Freer<T: Send + 'static> {
    chunk: Vec<T>,
    /// Items still to be freed at once before any is sent.
    here: usize,
    /// Started when the first chunk is sent.
    thread: Option<std::sync::mpsc::SyncSender<Vec<T>>>,
}

/// Rows whose cells a [`Freer::for_rows`] sent to its thread, in this process
/// (`tests/cells_free_cost.rs`).
pub static FREED_ELSEWHERE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl<T: Send + 'static> Freer<T> {
    /// Rows freed at once by [`Freer::for_rows`] before the thread starts.
    pub const HERE: usize = 10_000;

    /// Items sent to the thread at a time.
    const CHUNK: usize = 128;

    /// For the cells of the rows read as a sheet streams: the first [`Freer::HERE`] freed at
    /// once, and every one where the process may use one core only (a thread would only take
    /// turns with the reading); those sent are counted in [`FREED_ELSEWHERE`].
    pub fn for_rows() -> Freer<T> {
        let here = if several_cores() {
            Self::HERE
        } else {
            usize::MAX
        };
        Freer {
            chunk: Vec::new(),
            here,
            thread: None,
        }
    }

    pub fn free(&mut self, item: T) {
        if self.here > 0 {
            self.here -= 1;
            return;
        }
        self.chunk.push(item);
        if self.chunk.len() == Self::CHUNK {
            let full = std::mem::replace(&mut self.chunk, Vec::with_capacity(Self::CHUNK));
            self.send(full);
        }
    }

    fn send(&mut self, chunk: Vec<T>) {
        let thread = self.thread.get_or_insert_with(|| {
            // Two chunks ahead at most: a freeing thread that gets no core does not let them
            // pile up (the peak memory); the reading waits for it instead.
            let (send, chunks) = std::sync::mpsc::sync_channel::<Vec<T>>(2);
            // Should no thread start, the chunks are dropped at the send.
            let _ = std::thread::Builder::new().spawn(move || chunks.iter().for_each(drop));
            send
        });
        FREED_ELSEWHERE.fetch_add(chunk.len(), std::sync::atomic::Ordering::Relaxed);
        let _ = thread.send(chunk);
    }
}

impl<T: Send + 'static> Drop for Freer<T> {
    fn drop(&mut self) {
        if !self.chunk.is_empty() {
            let rest = std::mem::take(&mut self.chunk);
            self.send(rest);
        }
    }
}

/// Whether the process may run on two cores or more (asked once).
fn several_cores() -> bool {
    static SEVERAL: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *SEVERAL.get_or_init(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get) >= 2
    })
}

/// Refuses documents with rows that have numbers but fit no class, naming the first.
pub fn refuse_unrecognised(docs: &[Document]) -> anyhow::Result<()> {
    let unrecognised: Vec<_> = docs
        .iter()
        .flat_map(|d| &d.notices)
        .filter(|n| n.kind == NoticeKind::Unrecognised)
        .collect();
    match unrecognised.first() {
        None => Ok(()),
        Some(first) => Err(input_error(crate::t!(
            "pipeline-unrecognised",
            location = first.location.to_string(),
            row = first.location.row_name(),
            more = unrecognised.len() - 1
        ))),
    }
}
