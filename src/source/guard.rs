//! What a file's own numbers may not make lakip do: counts and sizes declared in a file are
//! hints, never trusted to size memory. Checked before a part is handed to calamine, which
//! reserves memory from them (a shared-strings header of `uniqueCount="4294967295"` makes it
//! ask for ~100 GB and abort the process).

use crate::error::input_error;
use crate::t;
use std::fs::File;
use std::io::{BufReader, Cursor, Read, Seek, Write};
use std::path::Path;
use zip::ZipArchive;

/// A zipped workbook may inflate to this many times its size on disk…
const INFLATE_RATIO: u64 = 20;
/// …or to this many bytes, whichever is larger: past both, it is refused.
pub(crate) const INFLATE_CEILING: u64 = 200 * 1024 * 1024;

/// The smallest string item (`<si><t/></si>` is 13 bytes; `<si></si>` 9): a shared-strings
/// part of n bytes holds at most n / 7 strings.
const SI_BYTES: u64 = 7;

/// Refuses a zip whose parts would inflate past [`INFLATE_RATIO`] × its size and
/// [`INFLATE_CEILING`] (a zip bomb, or a sheet of millions of empty cells). The sizes are those
/// the zip declares; the zip reader stops at the declared size of a part.
pub(super) fn zip_inflation(path: &Path, file: &str) -> anyhow::Result<()> {
    let Ok(input) = File::open(path) else {
        return Ok(());
    };
    let on_disk = input.metadata().map_or(0, |m| m.len());
    // A zip that does not open is left to the reader, which says it is damaged.
    let Ok(mut zip) = ZipArchive::new(BufReader::new(input)) else {
        return Ok(());
    };
    let mut inflated = 0u64;
    for i in 0..zip.len() {
        if let Ok(entry) = zip.by_index_raw(i) {
            inflated = inflated.saturating_add(entry.size());
        }
    }
    let limit = on_disk.saturating_mul(INFLATE_RATIO).max(INFLATE_CEILING);
    if inflated > limit {
        return Err(input_error(t!(
            "source-zip-inflates",
            file = file,
            mb = inflated / (1024 * 1024),
            kb = on_disk / 1024,
            ratio = INFLATE_RATIO,
            ceiling = INFLATE_CEILING / (1024 * 1024),
        )));
    }
    Ok(())
}

/// An xlsx whose shared-strings part declares more strings than it can hold, rewritten in
/// memory with the counts the part can hold, so calamine reserves no more than that; `None`
/// for a file whose counts are plausible (or that is no readable zip: the reader says so).
pub(super) fn xlsx_corrected(path: &Path, file: &str) -> anyhow::Result<Option<Vec<u8>>> {
    let Ok(input) = File::open(path) else {
        return Ok(None);
    };
    let Ok(mut zip) = ZipArchive::new(BufReader::new(input)) else {
        return Ok(None);
    };
    let Some(index) = (0..zip.len()).find(|&i| {
        zip.name_for_index(i)
            .and_then(Result::ok)
            .is_some_and(|n| n.to_ascii_lowercase().ends_with("sharedstrings.xml"))
    }) else {
        return Ok(None);
    };
    let (size, head) = {
        let Ok(entry) = zip.by_index(index) else {
            return Ok(None);
        };
        let size = entry.size();
        let mut head = Vec::new();
        // The `<sst …>` start tag is near the start; a damaged part is left to calamine.
        let _ = entry.take(4096).read_to_end(&mut head);
        (size, head)
    };
    let most = size / SI_BYTES;
    let Some(fixed) = capped_counts(&head, most) else {
        return Ok(None);
    };
    rewrite(&mut zip, index, &head, fixed)
        .map(Some)
        .map_err(|e| {
            input_error(t!(
                "source-workbook-damaged-because",
                file = file,
                reason = e.to_string()
            ))
        })
}

/// The start of a shared-strings part with its `count`/`uniqueCount` capped at `most`, when
/// either was larger; `None` when both are plausible (or the tag is not found).
fn capped_counts(head: &[u8], most: u64) -> Option<Vec<u8>> {
    let start = memchr::memmem::find(head, b"<sst")?;
    let end = start + memchr::memchr(b'>', &head[start..])?;
    let mut tag = String::from_utf8_lossy(&head[start..end]).into_owned();
    let mut changed = false;
    for name in [" count=\"", " uniqueCount=\""] {
        let Some(at) = tag.find(name) else { continue };
        let digits_at = at + name.len();
        let Some(len) = tag[digits_at..].find('"') else {
            continue;
        };
        let declared: u64 = tag[digits_at..digits_at + len]
            .trim()
            .parse()
            .unwrap_or(u64::MAX);
        if declared > most {
            tag.replace_range(digits_at..digits_at + len, &most.to_string());
            changed = true;
        }
    }
    if !changed {
        return None;
    }
    let mut out = head[..start].to_vec();
    out.extend_from_slice(tag.as_bytes());
    Some(out.into_iter().chain(head[end..].iter().copied()).collect())
}

/// The archive again, every part copied as it is stored but the shared strings, whose start is
/// `fixed` in place of `head`.
fn rewrite<R: Read + Seek>(
    zip: &mut ZipArchive<R>,
    index: usize,
    head: &[u8],
    fixed: Vec<u8>,
) -> zip::result::ZipResult<Vec<u8>> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        if i != index {
            out.raw_copy_file(zip.by_index_raw(i)?)?;
            continue;
        }
        let mut entry = zip.by_index(i)?;
        let name = entry.name()?.to_string();
        let mut rest = Vec::new();
        // The part's start, already read, is skipped, then the rest copied.
        std::io::copy(
            &mut (&mut entry).take(head.len() as u64),
            &mut std::io::sink(),
        )?;
        entry.read_to_end(&mut rest)?;
        drop(entry);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        out.start_file(name, options)?;
        out.write_all(&fixed)?;
        out.write_all(&rest)?;
    }
    Ok(out.finish()?.into_inner())
}

/// Text that is no text: NUL bytes (a disk image, a binary file, UTF-16 without its BOM) in
/// the first 64 KB of a file named as CSV.
pub(super) fn binary_text(path: &Path) -> bool {
    let mut head = Vec::new();
    let read = File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut head));
    if read.is_err() || head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return false;
    }
    head.contains(&0)
}

/// A sheet's used range may hold this many cells whatever it holds…
const SPARSE_AREA: u64 = 1_000_000;
/// …and up to this many times the cells that hold a value beyond that: calamine reads xls and
/// ods into a dense range, so a stray cell at IV65536 makes it allocate 16 million cells.
const SPARSE_RATIO: u64 = 20;

/// The cells of one sheet that hold a value: how many, and the box they span.
#[derive(Default)]
struct Extent {
    present: u64,
    first: Option<(u32, u32)>,
    last: (u32, u32),
    /// The range an .xls sheet's DIMENSIONS record declares (rows, columns), which calamine
    /// reserves memory for before it reads a cell.
    declared: Option<(u64, u64)>,
}

impl Extent {
    fn add(&mut self, row: u32, col: u32, count: u64) {
        self.present = self.present.saturating_add(count);
        let first = self.first.get_or_insert((row, col));
        *first = (first.0.min(row), first.1.min(col));
        self.last = (self.last.0.max(row), self.last.1.max(col));
    }

    fn area(&self) -> u64 {
        self.first.map_or(0, |(r0, c0)| {
            u64::from(self.last.0 - r0 + 1) * u64::from(self.last.1 - c0 + 1)
        })
    }

    /// Refuses a sheet whose range is far larger than its cells (see [`SPARSE_RATIO`]).
    fn check(&self, file: &str, sheet: &str) -> anyhow::Result<()> {
        if let Some((rows, cols)) = self.declared {
            let area = rows.saturating_mul(cols);
            if area > SPARSE_AREA && area > self.present.saturating_mul(SPARSE_RATIO) {
                return Err(input_error(t!(
                    "source-sheet-declared-range",
                    file = file,
                    sheet = sheet,
                    rows = rows,
                    columns = cols,
                    present = self.present
                )));
            }
        }
        let area = self.area();
        if area <= SPARSE_AREA || area <= self.present.saturating_mul(SPARSE_RATIO) {
            return Ok(());
        }
        let (r0, c0) = self.first.unwrap_or_default();
        Err(input_error(t!(
            "source-sheet-stray-cell",
            file = file,
            sheet = sheet,
            last = super::cell_name(self.last.0, self.last.1),
            present = self.present,
            first = super::cell_name(r0, c0),
            area = area
        )))
    }
}

/// Refuses an .xls with a sheet whose cells are few and far apart, from its cell records,
/// before calamine allocates the range. A file this scan cannot read is left to calamine.
pub(super) fn xls_extent(path: &Path, file: &str) -> anyhow::Result<()> {
    let Ok(mut compound) = cfb::open(path) else {
        return Ok(());
    };
    let mut bytes = Vec::new();
    let read = ["/Workbook", "/Book"].iter().find_map(|name| {
        let stream = compound.open_stream(name).ok()?;
        stream.take(256 * 1024 * 1024).read_to_end(&mut bytes).ok()
    });
    if read.is_none() {
        return Ok(());
    }
    let mut names = Vec::new();
    let mut depth = 0i32;
    let mut sheet: Option<(usize, Extent)> = None;
    let mut sheets_seen = 0usize;
    let mut at = 0usize;
    while at + 4 <= bytes.len() {
        let kind = u16::from_le_bytes([bytes[at], bytes[at + 1]]);
        let len = usize::from(u16::from_le_bytes([bytes[at + 2], bytes[at + 3]]));
        let data = &bytes[(at + 4).min(bytes.len())..(at + 4 + len).min(bytes.len())];
        at += 4 + len;
        match kind {
            // FILEPASS: the records that follow are encrypted.
            0x002F => return Ok(()),
            0x0085 => names.push(sheet_name(data)),
            0x0809 => {
                depth += 1;
                // A top-level substream after the workbook globals is a sheet.
                if depth == 1 && at > 4 + len {
                    sheet = Some((sheets_seen, Extent::default()));
                    sheets_seen += 1;
                }
            }
            0x000A => {
                depth -= 1;
                if depth == 0 {
                    if let Some((i, extent)) = sheet.take() {
                        let fallback = format!("{}", i + 1);
                        let name = names.get(i).unwrap_or(&fallback);
                        extent.check(file, name)?;
                    }
                }
            }
            // DIMENSIONS: the declared range (BIFF8: rows as u32, BIFF5: u16), last exclusive.
            0x0200 if depth == 1 => {
                if let Some((_, extent)) = sheet.as_mut() {
                    extent.declared = declared_range(data);
                }
            }
            _ if depth == 1 => {
                if let Some((_, extent)) = sheet.as_mut() {
                    cell_record(kind, data, extent);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The rows and columns a DIMENSIONS record declares, as calamine reads them.
fn declared_range(data: &[u8]) -> Option<(u64, u64)> {
    let u16_at = |i: usize| {
        data.get(i..i + 2)
            .map(|b| u64::from(u16::from_le_bytes([b[0], b[1]])))
    };
    let u32_at = |i: usize| {
        data.get(i..i + 4)
            .map(|b| u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])))
    };
    let (first_row, last_row, first_col, last_col) = match data.len() {
        10 => (u16_at(0)?, u16_at(2)?, u16_at(4)?, u16_at(6)?),
        14 | 16 => (u32_at(0)?, u32_at(4)?, u16_at(8)?, u16_at(10)?),
        _ => return None,
    };
    let first_col = if first_col > 0xFF || last_col < first_col {
        0
    } else {
        first_col
    };
    Some((
        last_row.saturating_sub(first_row),
        last_col.saturating_sub(first_col),
    ))
}

/// The cells a record holds a value for, as calamine reads them (blanks are not cells).
fn cell_record(kind: u16, data: &[u8], extent: &mut Extent) {
    let u16_at = |i: usize| data.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
    let (Some(row), Some(col)) = (u16_at(0), u16_at(2)) else {
        return;
    };
    match kind {
        0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
            extent.add(u32::from(row), u32::from(col), 1)
        }
        // MULRK: the last column is the record's last two bytes.
        0x00BD => {
            if let Some(last) = data.len().checked_sub(2).and_then(u16_at) {
                let count = u64::from(last.saturating_sub(col)) + 1;
                extent.add(u32::from(row), u32::from(col), count);
                extent.add(u32::from(row), u32::from(last), 0);
            }
        }
        _ => {}
    }
}

/// A BOUNDSHEET record's name (BIFF8: a byte count, a flag, then Latin-1 or UTF-16 text).
fn sheet_name(data: &[u8]) -> String {
    let Some(&count) = data.get(6) else {
        return String::new();
    };
    let count = usize::from(count);
    let wide = data.get(7).is_some_and(|f| f & 1 == 1);
    let text = data.get(8..).unwrap_or_default();
    if wide {
        let units: Vec<u16> = text
            .chunks_exact(2)
            .take(count)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        text.iter().take(count).map(|&b| b as char).collect()
    }
}

/// Cells an .ods sheet may make by repeating a cell (`table:number-columns-repeated` on a cell
/// with a value, in a repeated row): calamine expands each copy, up to 100 million cells.
const MAX_REPEATED_CELLS: u64 = 5_000_000;

fn repeated(extent: &Extent, file: &str, sheet: &str) -> anyhow::Result<()> {
    if extent.present > MAX_REPEATED_CELLS {
        return Err(input_error(t!(
            "source-sheet-repeated",
            file = file,
            sheet = sheet,
            present = extent.present,
            max = MAX_REPEATED_CELLS
        )));
    }
    Ok(())
}

/// Refuses an .ods with a sheet whose cells are few and far apart (rows and columns repeated
/// to reach a far cell), from `content.xml`, before calamine allocates the range.
pub(super) fn ods_extent(path: &Path, file: &str) -> anyhow::Result<()> {
    use quick_xml::events::Event;
    let Ok(input) = File::open(path) else {
        return Ok(());
    };
    let Ok(mut zip) = ZipArchive::new(BufReader::new(input)) else {
        return Ok(());
    };
    let Ok(content) = zip.by_name("content.xml") else {
        return Ok(());
    };
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(content));
    // As calamine reads it: an end tag need not match its start, so this scan reaches the end
    // of the part wherever calamine does.
    xml.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    let mut name = String::new();
    // Inside a named sheet: calamine reads its rows until `</table:table>` and, at the end of
    // the part, waits for one for ever (a content.xml cut short hung the import).
    let mut in_table = false;
    let mut extent = Extent::default();
    let (mut row, mut col, mut rows_repeated) = (0u32, 0u32, 1u32);
    let repeat = |e: &quick_xml::events::BytesStart, key: &str| -> u32 {
        e.try_get_attribute(key)
            .ok()
            .flatten()
            .and_then(|a| a.value.trim().parse().ok())
            .unwrap_or(1u32)
            .max(1)
    };
    loop {
        buf.clear();
        let event = match xml.read_event_into(&mut buf) {
            Ok(Event::Eof) if in_table => return Err(cut_short(file, &name)),
            Ok(Event::Eof) | Err(_) => break,
            Ok(event) => event,
        };
        match event {
            Event::Start(e) if e.name().as_ref() == "table:table" => {
                in_table = e.try_get_attribute("table:name").ok().flatten().is_some();
                name = e
                    .try_get_attribute("table:name")
                    .ok()
                    .flatten()
                    .map(|a| a.value.into_owned())
                    .unwrap_or_default();
                extent = Extent::default();
                row = 0;
            }
            Event::End(e) if e.name().as_ref() == "table:table" => {
                in_table = false;
                extent.check(file, &name)?;
                repeated(&extent, file, &name)?;
            }
            Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                rows_repeated = repeat(&e, "table:number-rows-repeated");
                col = 0;
            }
            Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                row = row.saturating_add(repeat(&e, "table:number-rows-repeated"));
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                row = row.saturating_add(rows_repeated);
            }
            Event::Start(ref e) | Event::Empty(ref e)
                if matches!(
                    e.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                let cols = repeat(e, "table:number-columns-repeated");
                let valued = matches!(event, Event::Start(_))
                    || e.try_get_attribute("office:value-type")
                        .ok()
                        .flatten()
                        .is_some();
                if valued {
                    let last_row = row.saturating_add(rows_repeated - 1);
                    let last_col = col.saturating_add(cols - 1);
                    let count = u64::from(cols) * u64::from(rows_repeated);
                    extent.add(row, col, count);
                    extent.add(last_row, last_col, 0);
                }
                col = col.saturating_add(cols);
            }
            _ => {}
        }
    }
    Ok(())
}

fn cut_short(file: &str, sheet: &str) -> anyhow::Error {
    input_error(t!("source-ods-cut-short", file = file, sheet = sheet))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_counts_are_capped_at_what_the_part_holds() {
        let head = br#"<?xml version="1.0"?><sst xmlns="x" count="4294967295" uniqueCount="4294967295"><si>"#;
        let fixed = capped_counts(head, 12).unwrap();
        let fixed = String::from_utf8(fixed).unwrap();
        assert!(fixed.contains(r#"count="12" uniqueCount="12">"#), "{fixed}");
        assert!(fixed.ends_with("<si>"));
        let plausible = br#"<sst count="3" uniqueCount="2">"#;
        assert_eq!(capped_counts(plausible, 12), None);
    }
}
