//! Hostile and damaged files, written by code: each is the smallest file that made lakip abort,
//! hang or take unbounded memory before (issue 18), so that the suite keeps proving it does not.
#![allow(dead_code)]

use super::fixtures;
use std::error::Error;
use std::io::{Cursor, Read, Write};
use std::path::Path;

type FixtureResult = Result<(), Box<dyn Error>>;

/// The small anggaran workbook (3 items, `Jumlah` 4 395 831 000 pagu) whose
/// `xl/sharedStrings.xml` declares `count` and `uniqueCount` of 4 294 967 295 strings: a
/// reader that reserves what the header declares asks for ~100 GB. The strings themselves are
/// intact: the file reads as the plain one does.
pub fn shared_strings_bomb_xlsx(path: &Path) -> FixtureResult {
    let bytes = fixtures::small_anggaran_bytes()?;
    let out = map_part(&bytes, "xl/sharedStrings.xml", |xml| {
        let text = String::from_utf8_lossy(xml).into_owned();
        let start = text.find("<sst").expect("an sst tag");
        let end = start + text[start..].find('>').expect("its end");
        let tag = &text[start..end];
        let tag = replace_attr(tag, "count", "4294967295");
        let tag = replace_attr(&tag, "uniqueCount", "4294967295");
        format!("{}{tag}{}", &text[..start], &text[end..]).into_bytes()
    })?;
    std::fs::write(path, out)?;
    Ok(())
}

fn replace_attr(tag: &str, name: &str, value: &str) -> String {
    let key = format!(" {name}=\"");
    match tag.find(&key) {
        Some(at) => {
            let from = at + key.len();
            let len = tag[from..].find('"').unwrap_or(0);
            format!("{}{value}{}", &tag[..from], &tag[from + len..])
        }
        None => format!("{tag}{key}{value}\""),
    }
}

/// The small anggaran workbook whose first sheet's XML carries `mb` megabytes of blanks in a
/// comment before its end: a few hundred KB on disk that inflate to `mb` MB.
pub fn inflating_xlsx(path: &Path, mb: usize) -> FixtureResult {
    let bytes = fixtures::small_anggaran_bytes()?;
    let out = map_part(&bytes, "xl/worksheets/sheet1.xml", |xml| {
        let mut padded = xml.to_vec();
        let end = padded.len() - "</worksheet>".len();
        let mut filler = b"<!--".to_vec();
        filler.resize(mb * 1024 * 1024, b' ');
        filler.extend_from_slice(b"-->");
        padded.splice(end..end, filler);
        padded
    })?;
    std::fs::write(path, out)?;
    Ok(())
}

/// A file named `.csv` of `bytes` NUL bytes (a disk image or a binary file under a text name).
pub fn nul_csv(path: &Path, bytes: usize) -> FixtureResult {
    std::fs::write(path, vec![0u8; bytes])?;
    Ok(())
}

/// A zip holding a workbook's parts but no `xl/workbook.xml`.
pub fn xlsx_without_workbook(path: &Path) -> FixtureResult {
    let bytes = fixtures::small_anggaran_bytes()?;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i)?;
        if entry.name()? != "xl/workbook.xml" {
            out.raw_copy_file(entry)?;
        }
    }
    std::fs::write(path, out.finish()?.into_inner())?;
    Ok(())
}

/// The archive `bytes` with the part `name` replaced by `change` of its content.
pub fn map_part(
    bytes: &[u8],
    name: &str,
    change: impl Fn(&[u8]) -> Vec<u8>,
) -> Result<Vec<u8>, Box<dyn Error>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    for i in 0..zip.len() {
        let entry_name = zip.by_index_raw(i)?.name()?.to_string();
        if entry_name != name {
            out.raw_copy_file(zip.by_index_raw(i)?)?;
            continue;
        }
        let mut content = Vec::new();
        zip.by_index(i)?.read_to_end(&mut content)?;
        out.start_file(entry_name, options)?;
        out.write_all(&change(&content))?;
    }
    Ok(out.finish()?.into_inner())
}

/// The Tabel 3.1 .ods of [`fixtures::anggaran_serang_ods`] with one stray cell `x` at
/// Z1048576: a reader that allocates the used range makes 27 million cells of 20 rows.
pub fn stray_cell_ods(path: &Path) -> FixtureResult {
    use spreadsheet_ods::{Sheet, WorkBook};
    let mut book = WorkBook::new_empty();
    let mut sheet = Sheet::new("Tabel 3.1");
    sheet.set_value(0, 0, "Uraian");
    sheet.set_value(0, 1, "Pagu");
    sheet.set_value(1, 0, "Belanja Pegawai");
    sheet.set_value(1, 1, 1000.0);
    sheet.set_value(1_048_575, 25, "x");
    book.push_sheet(sheet);
    spreadsheet_ods::write_ods(&mut book, path)?;
    Ok(())
}

/// A BIFF8 .xls (an OLE file with a `Workbook` stream) of one sheet `Realisasi`: A1 `Uraian`,
/// B1 `Pagu`, A2 `Belanja Pegawai`, B2 1000, and, with `stray`, a stray number 1 at IV65536
/// (the last cell an .xls has): a reader that allocates the used range makes 16.7 million cells.
pub fn small_xls(path: &Path, stray: bool) -> FixtureResult {
    small_xls_declaring(path, stray, None)
}

/// [`small_xls`] whose sheet starts with a DIMENSIONS record declaring `rows` × `cols` (BIFF8:
/// first row, last row + 1 as u32; first column, last column + 1 as u16): a reader that
/// reserves the declared range asks for rows × cols cells before reading one.
pub fn small_xls_declaring(
    path: &Path,
    stray: bool,
    declared: Option<(u32, u16)>,
) -> FixtureResult {
    fn record(out: &mut Vec<u8>, kind: u16, data: &[u8]) {
        out.extend_from_slice(&kind.to_le_bytes());
        out.extend_from_slice(&(data.len() as u16).to_le_bytes());
        out.extend_from_slice(data);
    }
    fn bof(kind: u16) -> Vec<u8> {
        let mut d = vec![0x00, 0x06];
        d.extend_from_slice(&kind.to_le_bytes());
        d.extend_from_slice(&[0xBB, 0x0D, 0xCC, 0x07, 0, 0, 0, 0, 0x06, 0x03, 0, 0]);
        d
    }
    fn label(row: u16, col: u16, text: &str) -> Vec<u8> {
        let mut d = Vec::new();
        for v in [row, col, 0, text.len() as u16] {
            d.extend_from_slice(&v.to_le_bytes());
        }
        d.push(0);
        d.extend_from_slice(text.as_bytes());
        d
    }
    fn number(row: u16, col: u16, value: f64) -> Vec<u8> {
        let mut d = Vec::new();
        for v in [row, col, 0] {
            d.extend_from_slice(&v.to_le_bytes());
        }
        d.extend_from_slice(&value.to_le_bytes());
        d
    }
    let name = "Realisasi";
    let mut sheet_name = vec![0, 0, 0, 0, 0, 0, name.len() as u8, 0];
    sheet_name.extend_from_slice(name.as_bytes());
    let mut globals = Vec::new();
    record(&mut globals, 0x0809, &bof(0x0005));
    record(&mut globals, 0x0042, &1200u16.to_le_bytes());
    let boundsheet_at = globals.len() + 4;
    record(&mut globals, 0x0085, &sheet_name);
    record(&mut globals, 0x000A, &[]);
    let sheet_at = globals.len() as u32;
    globals[boundsheet_at..boundsheet_at + 4].copy_from_slice(&sheet_at.to_le_bytes());
    let mut out = globals;
    record(&mut out, 0x0809, &bof(0x0010));
    if let Some((rows, cols)) = declared {
        let mut d = Vec::new();
        d.extend_from_slice(&0u32.to_le_bytes());
        d.extend_from_slice(&rows.to_le_bytes());
        d.extend_from_slice(&0u16.to_le_bytes());
        d.extend_from_slice(&cols.to_le_bytes());
        d.extend_from_slice(&0u16.to_le_bytes());
        record(&mut out, 0x0200, &d);
    }
    record(&mut out, 0x0204, &label(0, 0, "Uraian"));
    record(&mut out, 0x0204, &label(0, 1, "Pagu"));
    record(&mut out, 0x0204, &label(1, 0, "Belanja Pegawai"));
    record(&mut out, 0x0203, &number(1, 1, 1000.0));
    if stray {
        record(&mut out, 0x0203, &number(65_535, 255, 1.0));
    }
    record(&mut out, 0x000A, &[]);
    let mut compound = cfb::create(path)?;
    let mut stream = compound.create_stream("/Workbook")?;
    stream.write_all(&out)?;
    stream.flush()?;
    drop(stream);
    compound.flush()?;
    Ok(())
}

/// [`small_xls`] whose FAT begins with two zero entries, as the xls fuzz target made it (it
/// inserted 544 bytes into the 4096-byte header's padding, so every sector moved and the FAT
/// calamine read began with zeros). The file is a version-4 compound file (4096-byte sectors):
/// sector 0 is the FAT, sector 1 the directory. A zero entry says "next comes sector 0", so the
/// directory's chain runs 1 → 0 → 0 → … for ever: calamine appended sector 0 to the directory
/// until it asked for gigabytes and aborted.
pub fn looping_chain_xls(path: &Path) -> FixtureResult {
    small_xls(path, false)?;
    let mut bytes = std::fs::read(path)?;
    let fat = 4096; // sector 0, right after the 4096-byte header
                    // The FAT's own entry (0xFFFFFFFD, FATSECT) and the directory's (0xFFFFFFFE, end of chain).
    assert_eq!(
        bytes[fat..fat + 8],
        [0xFD, 0xFF, 0xFF, 0xFF, 0xFE, 0xFF, 0xFF, 0xFF]
    );
    bytes[fat..fat + 8].fill(0);
    std::fs::write(path, bytes)?;
    Ok(())
}

/// An .ods (its `mimetype` first, a manifest, then `content.xml`) of one sheet `Tabel` whose one row, a
/// number 1 repeated across 16 384 columns, is repeated 6 000 times: 98 304 000 cells with
/// a value in 1 KB of XML, just under the 100 million cells calamine expands.
pub fn repeated_cells_ods(path: &Path) -> FixtureResult {
    ods_with_content(
        path,
        br#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Tabel"><table:table-row table:number-rows-repeated="6000"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16384"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#,
    )
}

/// An .ods whose `content.xml` stops inside its sheet `Tabel 3.1`, after the sheet's two
/// column declarations, as the ods fuzz target cut it: calamine reads a sheet's rows until
/// `</table:table>` and, at the end of the part, kept waiting for it (the import hung). The
/// cut lies between two tags, so the XML itself reports no error.
pub fn cut_short_ods(path: &Path) -> FixtureResult {
    ods_with_content(
        path,
        br#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Tabel 3.1"><table:table-column/><table:table-column/>"#,
    )
}

/// An .ods (its `mimetype` first, a manifest, then `content.xml`) with the given content.
fn ods_with_content(path: &Path, content: &[u8]) -> FixtureResult {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    out.start_file("mimetype", stored)?;
    out.write_all(b"application/vnd.oasis.opendocument.spreadsheet")?;
    out.start_file("META-INF/manifest.xml", stored)?;
    out.write_all(
        br#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#,
    )?;
    out.start_file("content.xml", stored)?;
    out.write_all(content)?;
    std::fs::write(path, out.finish()?.into_inner())?;
    Ok(())
}

/// The small Word PK ([`super::docx::small_pk`]) whose first `</w:t>` is broken by a line
/// break (`</w:` newline `t>`), as the docx fuzz target made it: the XML reader's reason quotes
/// the broken tag, line break and all, and the message took two lines.
pub fn broken_tag_docx(path: &Path) -> FixtureResult {
    super::docx::small_pk(path)?;
    let bytes = std::fs::read(path)?;
    let out = map_part(&bytes, "word/document.xml", |xml| {
        String::from_utf8_lossy(xml)
            .replacen("</w:t>", "</w:\nt>", 1)
            .into_bytes()
    })?;
    std::fs::write(path, out)?;
    Ok(())
}

/// A report (Markdown) stating an amount past a decimal's range with a scale word, as the
/// number fuzz target wrote it: `Rp94.405.608.160.011.315.798,0 miliar` is
/// 9.4 × 10²⁵ × 10⁹ ≈ 9.4 × 10³⁴, beyond 7.9 × 10²⁸; reading it panicked (exit 101).
pub fn overflowing_figure_md(path: &Path) -> FixtureResult {
    std::fs::write(
        path,
        "# BAB III\n\nRealisasi anggaran sebesar Rp94.405.608.160.011.315.798,0 miliar dari pagu \
         Rp20.417.906.000.\n\nCapaian kinerja 0,00000000000000000000000000001% dari target.\n",
    )?;
    Ok(())
}
