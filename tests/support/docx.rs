//! A small Word (.docx) writer for fixtures: paragraphs and tables, with cells spanning grid
//! columns (`w:gridSpan`) and merged down (`w:vMerge`), zipped with the `zip` crate lakip
//! itself reads with. A cell's `\n` starts a new paragraph, as Word stores a cell's lines.

use std::error::Error;
use std::io::Write;
use std::path::Path;

/// One block of the document body.
pub enum Block {
    Para(String),
    Table(Vec<Vec<Tc>>),
}

/// A table cell.
#[derive(Clone)]
pub struct Tc {
    pub text: String,
    pub span: u32,
    pub merge: Merge,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    None,
    /// The first cell of a vertical merge.
    Restart,
    /// A cell the merge above covers.
    Continue,
}

pub fn para(text: &str) -> Block {
    Block::Para(text.to_string())
}

pub fn tc(text: &str) -> Tc {
    Tc {
        text: text.to_string(),
        span: 1,
        merge: Merge::None,
    }
}

/// A cell over `span` grid columns.
pub fn wide(text: &str, span: u32) -> Tc {
    Tc { span, ..tc(text) }
}

/// The first cell of a vertical merge.
pub fn down_from(text: &str) -> Tc {
    Tc {
        merge: Merge::Restart,
        ..tc(text)
    }
}

/// A cell covered by the vertical merge above.
pub fn merged() -> Tc {
    Tc {
        merge: Merge::Continue,
        ..tc("")
    }
}

/// A table of rows of cells; a row of plain texts with [`row`].
pub fn table(rows: Vec<Vec<Tc>>) -> Block {
    Block::Table(rows)
}

pub fn row(texts: &[&str]) -> Vec<Tc> {
    texts.iter().map(|t| tc(t)).collect()
}

/// Writes the blocks as a Word document.
pub fn write(path: &Path, blocks: &[Block]) -> Result<(), Box<dyn Error>> {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path)?);
    let options = zip::write::SimpleFileOptions::default();
    for (name, content) in [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", RELS.to_string()),
        ("word/document.xml", document(blocks)),
    ] {
        zip.start_file(name, options)?;
        zip.write_all(content.as_bytes())?;
    }
    zip.finish()?;
    Ok(())
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

fn document(blocks: &[Block]) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#,
    );
    for block in blocks {
        match block {
            Block::Para(text) => xml.push_str(&paragraphs(text)),
            Block::Table(rows) => xml.push_str(&table_xml(rows)),
        }
    }
    xml.push_str("<w:sectPr/></w:body></w:document>");
    xml
}

fn table_xml(rows: &[Vec<Tc>]) -> String {
    let columns = rows
        .iter()
        .map(|r| r.iter().map(|c| c.span).sum::<u32>())
        .max()
        .unwrap_or(0);
    let mut xml = String::from("<w:tbl><w:tblPr/><w:tblGrid>");
    for _ in 0..columns {
        xml.push_str(r#"<w:gridCol w:w="2000"/>"#);
    }
    xml.push_str("</w:tblGrid>");
    for row in rows {
        xml.push_str("<w:tr>");
        for cell in row {
            xml.push_str("<w:tc><w:tcPr>");
            if cell.span > 1 {
                xml.push_str(&format!(r#"<w:gridSpan w:val="{}"/>"#, cell.span));
            }
            match cell.merge {
                Merge::None => {}
                Merge::Restart => xml.push_str(r#"<w:vMerge w:val="restart"/>"#),
                Merge::Continue => xml.push_str("<w:vMerge/>"),
            }
            xml.push_str("</w:tcPr>");
            xml.push_str(&paragraphs(&cell.text));
            xml.push_str("</w:tc>");
        }
        xml.push_str("</w:tr>");
    }
    xml.push_str("</w:tbl>");
    xml
}

/// One `w:p` per line; an empty text is one empty paragraph, as Word writes an empty cell.
fn paragraphs(text: &str) -> String {
    text.split('\n')
        .map(|line| {
            format!(
                r#"<w:p><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
                escape(line)
            )
        })
        .collect()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A small Perjanjian Kinerja typed in Word: a title, a sasaran merged down over three
/// indikator with targets, a budget table of two programs (Rp1.000.000,00 + Rp2.000.000,00)
/// and its total, and the signature block. The seed the docx fuzz target mutates.
pub fn small_pk(path: &Path) -> Result<(), Box<dyn Error>> {
    let blocks = vec![
        para("PERJANJIAN KINERJA TAHUN 2025"),
        table(vec![
            vec![wide("SASARAN DAN INDIKATOR", 4)],
            row(&["No", "Sasaran Strategis", "Indikator Kinerja", "Target"]),
            vec![
                tc("1"),
                down_from("Meningkatnya kualitas layanan"),
                tc("Indeks Kepuasan Masyarakat\n(survei)"),
                tc("85 Indeks"),
            ],
            vec![
                tc(""),
                merged(),
                tc("Persentase layanan tepat waktu"),
                tc("95%"),
            ],
            vec![
                tc(""),
                merged(),
                tc("Jumlah dokumen perencanaan"),
                tc("12 Dokumen"),
            ],
        ]),
        table(vec![
            row(&["No", "Program", "Anggaran", "Ket"]),
            row(&["1.", "Program Pelayanan Publik", "Rp1.000.000,00", ""]),
            vec![
                wide("2. Program Penunjang Urusan", 2),
                tc("Rp2.000.000,00"),
                tc(""),
            ],
            vec![tc(""), tc("TOTAL ANGGARAN"), tc("Rp3.000.000,00"), tc("")],
        ]),
        table(vec![vec![
            tc("PIHAK KEDUA,\n\nBUPATI CONTOH"),
            tc("Contoh, 2 Januari 2025\nPIHAK PERTAMA,\n\nBUDI SANTOSO\nNIP. 197001012000031001"),
        ]]),
    ];
    write(path, &blocks)
}
