//! Files that are no spreadsheet, written byte by byte: a PDF, pictures, an old Word
//! document, a zip of workbooks. Each is the smallest file its format's signature makes.
#![allow(dead_code)]

use std::error::Error;
use std::io::Write;
use std::path::Path;

type FixtureResult = Result<(), Box<dyn Error>>;

/// A one-page PDF 1.4 with a text line (`Tabel 3.1 Realisasi Anggaran`), as a report printed
/// to PDF starts: the `%PDF-1.4` mark, a binary comment line, the objects and the trailer.
pub fn pdf(path: &Path) -> FixtureResult {
    let mut bytes = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    bytes.extend_from_slice(
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n\
          2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n\
          3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n\
          4 0 obj << /Length 52 >> stream\n\
          BT /F1 12 Tf 72 770 Td (Tabel 3.1 Realisasi Anggaran) Tj ET\n\
          endstream endobj\n\
          trailer << /Root 1 0 R >>\n%%EOF\n",
    );
    std::fs::write(path, bytes)?;
    Ok(())
}

/// The first bytes of a PNG: its eight-byte signature and an IHDR chunk of a 1×1 picture.
pub fn png(path: &Path) -> FixtureResult {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend_from_slice(b"\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90wS\xde");
    std::fs::write(path, bytes)?;
    Ok(())
}

/// The first bytes of a JPEG (SOI and a JFIF APP0 marker), as a phone's photo starts.
pub fn jpeg(path: &Path) -> FixtureResult {
    std::fs::write(
        path,
        b"\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xFF\xD9",
    )?;
    Ok(())
}

/// An old Word document (.doc): an OLE compound file with the streams Word 97-2003 writes
/// (`WordDocument`, `1Table`), no `Workbook` stream.
pub fn word97(path: &Path) -> FixtureResult {
    let cursor = std::io::Cursor::new(Vec::new());
    let mut compound = cfb::CompoundFile::create_with_version(cfb::Version::V3, cursor)?;
    for (name, len) in [("/WordDocument", 4096usize), ("/1Table", 1024)] {
        let mut stream = compound.create_stream(name)?;
        stream.write_all(&vec![0u8; len])?;
        stream.flush()?;
    }
    compound.flush()?;
    std::fs::write(path, compound.into_inner().into_inner())?;
    Ok(())
}

/// A zip archive of two workbooks (`pk-2023.xlsx`, `rkt-2023.xlsx`, a few bytes each): the
/// files a satker sends at once, zipped.
pub fn zip_of_workbooks(path: &Path) -> FixtureResult {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path)?);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for name in ["rkt-2023.xlsx", "pk-2023.xlsx"] {
        zip.start_file(name, stored)?;
        zip.write_all(b"not read")?;
    }
    zip.finish()?;
    Ok(())
}
