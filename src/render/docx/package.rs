//! The document's parts as docx-rs writes them, three things it has no builder for added, and
//! the zip written by docx-rs.
//!
//! docx-rs 0.4 writes no `w:tblHeader` (a table's header row repeated on each page), no
//! `w:updateFields` (fields updated on opening) and no `w:fmt` on `w:pgNumType` (roman page
//! numbers); and a section it is given both a header and a footer keeps only the header. Each
//! is added to the XML docx-rs wrote, at a place that XML always has; a place not found is an
//! error, never a document silently without it.

use docx_rs::Docx;

/// Written by [`super::page_numbers`] as the `chapStyle` of a section's page numbers, and
/// made the `fmt` here: roman page numbers.
pub const LOWER_ROMAN: &str = "lowerRoman";

/// The zip of the document; `header_everywhere`: the document's header (the DRAF line) on
/// every section's pages.
pub fn pack(docx: Docx, header_everywhere: bool) -> anyhow::Result<Vec<u8>> {
    let mut xml = docx.build();
    xml.document = header_rows(&xml.document)?.into_bytes();
    if header_everywhere {
        xml.document = header_in_every_section(&xml.document)?.into_bytes();
    }
    xml.document = replace_all(
        &xml.document,
        &format!("w:chapStyle=\"{LOWER_ROMAN}\""),
        &format!("w:fmt=\"{LOWER_ROMAN}\""),
    );
    xml.settings = update_fields(&xml.settings)?.into_bytes();
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out).map_err(|e| {
        anyhow::anyhow!(crate::t!(
            "render-cannot-write-docx",
            reason = e.to_string()
        ))
    })?;
    Ok(out.into_inner())
}

/// The first row of every table marked a header row, repeated at the top of each page the
/// table runs onto: every table lakip writes comes from a Markdown table, whose first row is
/// its header.
fn header_rows(document: &[u8]) -> anyhow::Result<String> {
    let text = std::str::from_utf8(document)?;
    let mut out = String::with_capacity(text.len() + 1024);
    let mut rest = text;
    while let Some(at) = rest.find("<w:tbl>") {
        let (before, table) = rest.split_at(at);
        out.push_str(before);
        // Every row lakip writes has its properties (it cannot be split).
        let row = table
            .find("<w:trPr>")
            .ok_or_else(|| anyhow::anyhow!("internal: a table without row properties"))?;
        let open = row + "<w:trPr>".len();
        out.push_str(&table[..open]);
        out.push_str("<w:tblHeader />");
        rest = &table[open..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Every section refers to the header the last one has (the document's): the first of the
/// schema's elements of a section, so it goes first.
fn header_in_every_section(document: &[u8]) -> anyhow::Result<String> {
    let text = std::str::from_utf8(document)?;
    let last = text
        .rfind("<w:sectPr>")
        .ok_or_else(|| anyhow::anyhow!("internal: a document without sections"))?;
    let reference = text[last..]
        .find("<w:headerReference ")
        .and_then(|at| {
            let rest = &text[last + at..];
            rest.find("/>").map(|end| &rest[..end + 2])
        })
        .ok_or_else(|| anyhow::anyhow!("internal: the last section has no header"))?
        .to_string();
    let mut out = String::with_capacity(text.len() + 512);
    let mut rest = text;
    while let Some(at) = rest.find("<w:sectPr>") {
        let open = at + "<w:sectPr>".len();
        out.push_str(&rest[..open]);
        let end = rest[open..]
            .find("</w:sectPr>")
            .map_or(rest.len(), |e| open + e);
        if !rest[open..end].contains("<w:headerReference ") {
            out.push_str(&reference);
        }
        rest = &rest[open..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Word and LibreOffice asked to update the fields when the document opens, so the lists of
/// contents, tables and figures are filled in. In the schema's order, before `w:compat`.
fn update_fields(settings: &[u8]) -> anyhow::Result<String> {
    let text = std::str::from_utf8(settings)?;
    let at = text
        .find("<w:compat>")
        .ok_or_else(|| anyhow::anyhow!("internal: settings.xml without w:compat"))?;
    Ok(format!(
        "{}<w:updateFields w:val=\"true\" />{}",
        &text[..at],
        &text[at..]
    ))
}

fn replace_all(bytes: &[u8], from: &str, to: &str) -> Vec<u8> {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.replace(from, to).into_bytes(),
        Err(_) => bytes.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_row_of_each_table_is_a_header_row() {
        let doc = "<w:body><w:tbl><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr></w:tbl><w:p/><w:tbl><w:tr><w:trPr></w:trPr></w:tr></w:tbl></w:body>";
        let out = header_rows(doc.as_bytes()).unwrap();
        assert_eq!(out.matches("<w:tblHeader />").count(), 2);
        assert!(out.starts_with(
            "<w:body><w:tbl><w:tr><w:trPr><w:tblHeader /><w:cantSplit /></w:trPr></w:tr><w:tr><w:trPr><w:cantSplit />"
        ));
    }

    #[test]
    fn every_section_gets_the_header() {
        let doc = r#"<w:p><w:pPr><w:sectPr><w:pgSz /><w:footerReference w:type="default" r:id="rIdFooter1" /></w:sectPr></w:pPr></w:p><w:sectPr><w:pgSz /><w:headerReference w:type="default" r:id="rIdHeader1" /></w:sectPr>"#;
        let out = header_in_every_section(doc.as_bytes()).unwrap();
        assert_eq!(
            out,
            r#"<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1" /><w:pgSz /><w:footerReference w:type="default" r:id="rIdFooter1" /></w:sectPr></w:pPr></w:p><w:sectPr><w:pgSz /><w:headerReference w:type="default" r:id="rIdHeader1" /></w:sectPr>"#
        );
    }

    #[test]
    fn update_fields_goes_before_compat() {
        let out =
            update_fields(b"<w:settings><w:zoom /><w:compat></w:compat></w:settings>").unwrap();
        assert_eq!(
            out,
            "<w:settings><w:zoom /><w:updateFields w:val=\"true\" /><w:compat></w:compat></w:settings>"
        );
        assert!(update_fields(b"<w:settings/>").is_err());
    }
}
