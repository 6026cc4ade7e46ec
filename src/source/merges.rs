//! An xlsx sheet's merged regions, found without parsing its cells a second time.
//!
//! calamine finds them by opening the workbook again (shared strings and all) and parsing the
//! whole sheet XML for the `<mergeCells>` element after the cells. Here the sheet is only
//! decompressed and searched for that element's name, and only the element is parsed: a `<`
//! in a cell's text is always escaped, so the name found after a `<` is the element.
//!
//! Anything unexpected gives `None`, and the caller asks calamine, so a file this reading
//! does not understand reads as before.

use super::hidden::{self, Hidden};
use super::Merge;
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use zip::ZipArchive;

type Archive = ZipArchive<BufReader<File>>;

/// Every sheet's name and merged regions, in workbook order, read from the zip alone: the
/// search needs nothing calamine reads, so it runs while calamine opens the workbook.
pub(super) type Found = Vec<(String, (Vec<Merge>, Hidden))>;

pub(super) fn search(path: &Path) -> Option<Found> {
    let file = File::open(path).ok()?;
    let mut zip = ZipArchive::new(BufReader::new(file)).ok()?;
    let entries = Entries::of(&zip);
    let sheets = sheet_paths(&mut zip, &entries)?;
    sheets
        .into_iter()
        .map(|(name, path)| Some((name, sheet_merges(&mut zip, entries.name(&path))?)))
        .collect()
}

/// The regions of each sheet `names` (calamine's) names, when the search found the same
/// sheets in the same order.
pub(super) fn of_sheets(found: Found, names: &[String]) -> Option<Vec<(Vec<Merge>, Hidden)>> {
    let same = found.len() == names.len() && found.iter().zip(names).all(|((f, _), n)| f == n);
    same.then(|| found.into_iter().map(|(_, merges)| merges).collect())
}

#[cfg(test)]
fn find(path: &Path, names: &[String]) -> Option<Vec<Vec<Merge>>> {
    let found = of_sheets(search(path)?, names)?;
    Some(found.into_iter().map(|(merges, _)| merges).collect())
}

/// Zip entry names looked up as calamine does: exactly, else ignoring case and `\` for `/`.
struct Entries(HashMap<String, String>);

impl Entries {
    fn of(zip: &Archive) -> Entries {
        let names = zip
            .file_names()
            .flatten()
            .map(|n| (n.replace('\\', "/").to_ascii_lowercase(), n.to_string()));
        Entries(names.collect())
    }

    fn name<'a>(&'a self, path: &'a str) -> &'a str {
        self.0
            .get(&path.to_ascii_lowercase())
            .map_or(path, String::as_str)
    }
}

/// Every sheet's name and the path of its XML, in workbook order (calamine's rules: the
/// package relationships name the workbook, its relationships the sheets).
fn sheet_paths(zip: &mut Archive, entries: &Entries) -> Option<Vec<(String, String)>> {
    let package = relationships(zip, entries.name("_rels/.rels"))?;
    let target = package
        .values()
        .find(|(_, kind)| kind.ends_with("/relationships/officeDocument"))
        .map(|(target, _)| unescape(target))??;
    let (dir, name) = target.split_at(target.rfind('/').map_or(0, |i| i + 1));
    let xl_path = dir.strip_prefix('/').unwrap_or(dir);
    let workbook = if name.is_empty() {
        "workbook.xml"
    } else {
        name
    };
    let rels = relationships(
        zip,
        entries.name(&format!("{xl_path}_rels/{workbook}.rels")),
    )?;
    let mut xml = xml(zip, entries.name(&format!("{xl_path}{workbook}")))?;
    let mut sheets = Vec::new();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf).ok()? {
            Event::Start(e) if e.local_name().as_ref() == "sheet" => {
                let name = unescape(&attr(&e, |k| k == "name")?)?;
                let id = attr(&e, |k| k == "id" || k.ends_with(":id"))?;
                let (target, _) = rels.get(&id)?;
                let path = match target.strip_prefix('/') {
                    Some(absolute) => absolute.to_string(),
                    None => format!("{xl_path}{target}"),
                };
                sheets.push((name, path));
            }
            Event::End(e) if e.local_name().as_ref() == "workbook" => return Some(sheets),
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// A relationships part: id → (target, type), values as written.
fn relationships(zip: &mut Archive, name: &str) -> Option<HashMap<String, (String, String)>> {
    let mut xml = xml(zip, name)?;
    let mut found = HashMap::new();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf).ok()? {
            Event::Start(e) if e.local_name().as_ref() == "Relationship" => {
                if let Some(id) = attr(&e, |k| k == "Id") {
                    let target = attr(&e, |k| k == "Target").unwrap_or_default();
                    let kind = attr(&e, |k| k == "Type").unwrap_or_default();
                    found.insert(id, (target, kind));
                }
            }
            Event::End(e) if e.local_name().as_ref() == "Relationships" => return Some(found),
            Event::Eof => return None,
            _ => {}
        }
    }
}

fn xml<'z>(
    zip: &'z mut Archive,
    name: &str,
) -> Option<quick_xml::Reader<BufReader<impl Read + 'z>>> {
    let entry = zip.by_name(name).ok()?;
    Some(reader(BufReader::new(entry)))
}

/// Read as calamine reads: `<a/>` as a start and an end.
fn reader<R: BufRead>(input: R) -> quick_xml::Reader<R> {
    let mut xml = quick_xml::Reader::from_reader(input);
    let config = xml.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    xml
}

/// An attribute's value as written (not unescaped), by its key.
fn attr(e: &BytesStart<'_>, key: impl Fn(&str) -> bool) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| key(a.key.as_ref()))
        .map(|a| a.value.into_owned())
}

fn unescape(value: &str) -> Option<String> {
    quick_xml::escape::unescape(value)
        .ok()
        .map(|v| v.into_owned())
}

/// The element name searched for; the sheet is read in blocks of this many bytes.
const MERGE_CELLS: &[u8] = b"mergeCells";
const BLOCK: usize = 1 << 16;

#[cfg(test)]
thread_local! {
    /// Bytes of sheet XML searched for the element's name, on this thread.
    static SEARCHED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// One sheet's merged regions. The sheet is decompressed block by block, keeping only what
/// may hold the element: from the first block where its name appears, everything.
fn sheet_merges(zip: &mut Archive, name: &str) -> Option<(Vec<Merge>, Hidden)> {
    let mut entry = zip.by_name(name).ok()?;
    let finder = memchr::memmem::Finder::new(MERGE_CELLS);
    let mut kept: Vec<u8> = Vec::new();
    let mut block = vec![0u8; BLOCK];
    // The rows and columns hidden, found in the same bytes (they all stand before the
    // element); `from`: where in `kept` their search goes on.
    let mut hidden = Hidden::default();
    let mut from = 0;
    loop {
        let n = entry.read(&mut block).ok()?;
        if n == 0 {
            break;
        }
        kept.extend_from_slice(&block[..n]);
        #[cfg(test)]
        SEARCHED.with(|s| s.set(s.get() + kept.len()));
        from = hidden.scan(&kept, from);
        if finder.find(&kept).is_some() {
            // The rest is kept whole, and not searched again block by block (a SAKTI
            // export's 700 000 regions are 20 MB of XML).
            entry.read_to_end(&mut kept).ok()?;
            break;
        }
        // The name may straddle two blocks, and a prefix (`<x:`) sit before it; a row's tag
        // its hidden attribute is in may too.
        let keep = kept.len().min(hidden::TAG.max(MERGE_CELLS.len() + 64));
        let dropped = kept.len() - keep;
        kept.drain(..dropped);
        from = from.saturating_sub(dropped);
    }
    let merges = match element_start(&kept) {
        Some(at) => plain_merges(&kept[at..]).or_else(|| parse_merges(&kept[at..]))?,
        None => Vec::new(),
    };
    Some((merges, hidden))
}

/// The regions of a `<mergeCells>` element written as every spreadsheet writes it —
/// `<mergeCell ref="B2:D3"/>` after `<mergeCell ref="B2:D3"/>`, space between —, read by
/// bytes with no allocation but the list. Anything else is `None`, and the XML reader
/// (`parse_merges`) reads it as calamine would.
fn plain_merges(xml: &[u8]) -> Option<Vec<Merge>> {
    let name_end = xml
        .iter()
        .position(|&b| matches!(b, b' ' | b'>' | b'/' | b'\t' | b'\r' | b'\n'))?;
    // `<mergeCells` or `<x:mergeCells`: the prefix, if any, is every element's.
    let prefix = xml[1..name_end].strip_suffix(MERGE_CELLS)?;
    let mut at = name_end + memchr::memchr(b'>', &xml[name_end..])?;
    if xml[at - 1] == b'/' {
        return None;
    }
    at += 1;
    let mut merges = Vec::new();
    loop {
        at += xml[at..]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        let rest = xml.get(at..)?;
        let rest = rest.strip_prefix(b"<")?;
        if let Some(end) = rest.strip_prefix(b"/") {
            let end = end.strip_prefix(prefix)?.strip_prefix(MERGE_CELLS)?;
            return (end.first() == Some(&b'>')).then_some(merges);
        }
        let tag = rest
            .strip_prefix(prefix)?
            .strip_prefix(b"mergeCell ref=\"")?;
        let quote = memchr::memchr(b'"', tag)?;
        let close = tag.get(quote + 1..quote + 3)?;
        if close != b"/>" {
            return None;
        }
        merges.push(region(&tag[..quote])?);
        // `<` + prefix + `mergeCell ref="` + value + `"/>`
        at += 1 + prefix.len() + b"mergeCell ref=\"".len() + quote + 3;
    }
}

/// Where the first `<mergeCells` (or `<prefix:mergeCells`) tag starts.
fn element_start(xml: &[u8]) -> Option<usize> {
    memchr::memmem::find_iter(xml, MERGE_CELLS)
        .filter(|&at| is_start_tag(xml, at))
        .find_map(|at| tag_start(xml, at))
}

/// `mergeCells` at `at` is an element's name: after `<` or `<prefix:`, then a space or `>`.
fn is_start_tag(xml: &[u8], at: usize) -> bool {
    let after = xml.get(at + MERGE_CELLS.len());
    let ends = matches!(after, Some(b' ' | b'>' | b'/' | b'\t' | b'\r' | b'\n'));
    ends && tag_start(xml, at).is_some()
}

/// Where the `<` opening the name at `at` is: right before it, or before a prefix.
fn tag_start(xml: &[u8], at: usize) -> Option<usize> {
    let before = &xml[..at];
    match before.last()? {
        b'<' => Some(at - 1),
        b':' => {
            let prefix = before[..before.len() - 1]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
                .count();
            let lt = before.len().checked_sub(prefix + 2)?;
            (prefix > 0 && before[lt] == b'<').then_some(lt)
        }
        _ => None,
    }
}

/// The regions of a `<mergeCells>` element, as calamine reads them; `None` where calamine
/// would fail, so it says why.
fn parse_merges(xml: &[u8]) -> Option<Vec<Merge>> {
    let mut xml = reader(xml);
    let mut merges = Vec::new();
    let mut buf = Vec::new();
    let mut inside = false;
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf).ok()? {
            Event::Start(e) if e.local_name().as_ref() == "mergeCells" => inside = true,
            Event::Start(e) if inside && e.local_name().as_ref() == "mergeCell" => {
                if let Some(range) = attr(&e, |k| k == "ref") {
                    merges.push(region(range.as_bytes())?);
                }
            }
            Event::End(e) if e.local_name().as_ref() == "mergeCells" => return Some(merges),
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// `B2:D3` (or `B2`) as a merged region, 0-based.
fn region(range: &[u8]) -> Option<Merge> {
    let mut parts = range.split(|&b| b == b':');
    let first = cell(parts.next()?)?;
    let last = match parts.next() {
        Some(p) => cell(p)?,
        None => first,
    };
    // calamine subtracts these; a reversed range is left to it.
    let ordered = parts.next().is_none() && last.0 >= first.0 && last.1 >= first.1;
    ordered.then_some(Merge { first, last })
}

/// `B2` as (row, col), 0-based; `$` marks allowed anywhere, as calamine drops them. Anything
/// else is `None`.
fn cell(name: &[u8]) -> Option<(u32, u32)> {
    let mut name = name.iter().copied().filter(|&b| b != b'$').peekable();
    let (mut col, mut letters) = (0u32, 0);
    while let Some(b) = name.next_if(u8::is_ascii_uppercase) {
        col = col * 26 + u32::from(b - b'A') + 1;
        letters += 1;
    }
    let (mut row, mut digits) = (0u32, 0);
    for b in name {
        if !b.is_ascii_digit() {
            return None;
        }
        row = row.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
        digits += 1;
    }
    if letters == 0 || letters > 3 || digits == 0 {
        return None;
    }
    Some((row.checked_sub(1)?, col - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The regions found here are calamine's, on a workbook of several sheets.
    #[test]
    fn same_regions_as_calamine() {
        use calamine::Reader;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("merged.xlsx");
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let format = rust_xlsxwriter::Format::new();
        for (name, merges) in [("Satu", 3u32), ("Dua & <Tiga>", 0), ("Empat", 40)] {
            let sheet = workbook.add_worksheet();
            sheet.set_name(name).unwrap();
            for r in 0..200 {
                sheet.write_string(r, 0, "mergeCells <mergeCells>").unwrap();
            }
            for m in 0..merges {
                sheet
                    .merge_range(m * 3, 1, m * 3 + 1, 2 + m as u16 % 3, "x", &format)
                    .unwrap();
            }
        }
        workbook.save(&path).unwrap();
        let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
        let names = wb.sheet_names();
        let expected: Vec<Vec<Merge>> = names
            .iter()
            .map(|n| {
                let regions = wb.merge_cells_by_sheet_name(n).unwrap();
                regions
                    .iter()
                    .map(|d| Merge {
                        first: d.start,
                        last: d.end,
                    })
                    .collect()
            })
            .collect();
        assert_eq!(
            expected.iter().map(Vec::len).collect::<Vec<_>>(),
            [3, 0, 40]
        );
        assert_eq!(find(&path, &names), Some(expected));
    }

    #[test]
    fn cell_names() {
        assert_eq!(cell(b"A1"), Some((0, 0)));
        assert_eq!(cell(b"$AB$12"), Some((11, 27)));
        assert_eq!(cell(b"A0"), None);
        assert_eq!(cell(b"a1"), None);
        assert_eq!(cell(b"1"), None);
        assert_eq!(cell(b"A1B"), None);
        // 4 294 967 296 does not fit a row number: as `str::parse` refused it.
        assert_eq!(cell(b"A4294967296"), None);
    }

    #[test]
    fn merge_element_found_after_cells() {
        let xml = b"<sheetData><row><c><is><t>mergeCells &lt;mergeCells</t></is></c></row>\
            </sheetData><x:mergeCells count=\"2\"><x:mergeCell ref=\"A1:C1\"/>\
            <x:mergeCell ref=\"B2:B4\"/></x:mergeCells>";
        let at = element_start(xml).unwrap();
        let merges = parse_merges(&xml[at..]).unwrap();
        assert_eq!(plain_merges(&xml[at..]).as_ref(), Some(&merges));
        assert_eq!(
            merges,
            vec![
                Merge {
                    first: (0, 0),
                    last: (0, 2)
                },
                Merge {
                    first: (1, 1),
                    last: (3, 1)
                },
            ]
        );
    }

    /// What the byte reading does not know is left to the XML reader, which reads it as
    /// calamine does.
    #[test]
    fn other_forms_are_read_as_xml() {
        let forms: [&[u8]; 4] = [
            b"<mergeCells><mergeCell ref=\"A1:B1\"></mergeCell></mergeCells>",
            b"<mergeCells><!-- x --><mergeCell ref=\"A1:B1\"/></mergeCells>",
            b"<mergeCells><mergeCell id=\"1\" ref=\"A1:B1\"/></mergeCells>",
            b"<x:mergeCells><y:mergeCell ref=\"A1:B1\"/></x:mergeCells>",
        ];
        let a1_b1 = Merge {
            first: (0, 0),
            last: (0, 1),
        };
        for xml in forms {
            assert_eq!(plain_merges(xml), None, "{}", String::from_utf8_lossy(xml));
            assert_eq!(parse_merges(xml), Some(vec![a1_b1]));
        }
        let empty = b"<mergeCells count=\"0\"/>";
        assert_eq!(plain_merges(empty), None);
        assert_eq!(parse_merges(empty), Some(Vec::new()));
        let spaced = b"<mergeCells count=\"1\">\r\n  <mergeCell ref=\"$A$1:B1\"/>\n</mergeCells>";
        assert_eq!(plain_merges(spaced), Some(vec![a1_b1]));
    }

    /// The sheet's XML is searched once, not again from the element's start for every block
    /// after it: 20 000 rows of 3 regions are ~1,8 MB of `<mergeCell>` after the cells.
    #[test]
    fn the_sheet_is_searched_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("merged.xlsx");
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let format = rust_xlsxwriter::Format::new();
        let sheet = workbook.add_worksheet();
        for r in 0..20_000 {
            for c in [0, 3, 6] {
                sheet.merge_range(r, c, r, c + 2, "x", &format).unwrap();
            }
        }
        workbook.save(&path).unwrap();
        let file = File::open(&path).unwrap();
        let mut zip = ZipArchive::new(BufReader::new(file)).unwrap();
        let size = zip.by_name("xl/worksheets/sheet1.xml").unwrap().size() as usize;
        SEARCHED.with(|s| s.set(0));
        let merges = find(&path, &["Sheet1".to_string()]).unwrap();
        assert_eq!(merges[0].len(), 60_000);
        // Each byte once, and the 74 bytes carried from block to block again: well under
        // twice the sheet. Searching all that was kept for every block after the element's
        // start was 7,8 times the sheet here (34 MB of 4,4 MB).
        let searched = SEARCHED.with(|s| s.get());
        assert!(
            searched < 2 * size,
            "{searched} bytes searched, sheet {size}"
        );
    }
}
