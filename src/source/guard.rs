//! What a file's own numbers may not make lakip do: counts and sizes declared in a file are
//! hints, never trusted to size memory. Checked before a part is handed to calamine, which
//! reserves memory from them (a shared-strings header of `uniqueCount="4294967295"` makes it
//! ask for ~100 GB and abort the process).

use crate::error::input_error;
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
        return Err(input_error(format!(
            "{file}: the workbook inflates to {} MB from {} KB on disk (more than {INFLATE_RATIO}× \
             its size and {} MB): refused as damaged or hostile; save it again from Excel or \
             LibreOffice",
            inflated / (1024 * 1024),
            on_disk / 1024,
            INFLATE_CEILING / (1024 * 1024),
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
            input_error(format!(
                "{file}: the workbook is damaged and cannot be read ({e})"
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
