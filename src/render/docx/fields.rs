//! Word fields: the tables of contents, page numbers and caption numbers that Word and
//! LibreOffice compute when the document is opened (`settings.xml` asks them to update).

use super::markdown::ListKind;
use docx_rs::{FieldCharType, InstrText, Paragraph, Run};

/// The runs of one field: its instruction, and what is shown until it is updated.
pub fn field(instruction: &str, shown: &str, dirty: bool) -> Vec<Run> {
    vec![
        Run::new().add_field_char(FieldCharType::Begin, dirty),
        Run::new().add_instr_text(InstrText::Unsupported(format!(" {instruction} "))),
        Run::new().add_field_char(FieldCharType::Separate, false),
        Run::new().add_text(shown),
        Run::new().add_field_char(FieldCharType::End, false),
    ]
}

/// The instruction of a list: the headings of levels 1–3, or the captions of a label. Each
/// entry a link (`\h`) to its place, tab leaders hidden on the web (`\z`).
pub fn list_instruction(kind: ListKind) -> &'static str {
    match kind {
        ListKind::Contents => r#"TOC \o "1-3" \h \z \u"#,
        ListKind::Tables => r#"TOC \h \z \c "Tabel""#,
        ListKind::Figures => r#"TOC \h \z \c "Gambar""#,
    }
}

/// The title over a list, as a level-1 heading so the table of contents lists it too.
pub fn list_title(kind: ListKind) -> &'static str {
    match kind {
        ListKind::Contents => "DAFTAR ISI",
        ListKind::Tables => "DAFTAR TABEL",
        ListKind::Figures => "DAFTAR GAMBAR",
    }
}

/// The list field, marked dirty so Word fills it on opening.
pub fn list(kind: ListKind) -> Paragraph {
    let shown = "Daftar ini diisi saat dokumen dibuka (klik kanan, Perbarui Bidang).";
    let mut p = Paragraph::new();
    for run in field(list_instruction(kind), shown, true) {
        p = p.add_run(run);
    }
    p
}

/// The page number, centred in the footer; its form (i, ii… or 1, 2…) is the section's.
pub fn page_number() -> Paragraph {
    let mut p = Paragraph::new().style("Footer");
    for run in field("PAGE", "1", false) {
        p = p.add_run(run);
    }
    p.align(docx_rs::AlignmentType::Center)
}

/// A caption: `Tabel 3.` and a SEQ field for the last part of its number, with `\r` setting
/// the number to what the template wrote, so updating the field keeps `3.14` (chapter numbers
/// are the template's, not Word's count). Grafik counts in the figures' list, with Gambar.
pub fn caption(label: &str, number: &str, words: &str) -> Vec<Run> {
    let sequence = if label == "Tabel" { "Tabel" } else { "Gambar" };
    let (prefix, last) = match number.rsplit_once('.') {
        Some((head, last)) => (format!("{label} {head}."), last),
        None => (format!("{label} "), number),
    };
    let mut runs = vec![Run::new().add_text(prefix)];
    runs.extend(field(
        &format!(r"SEQ {sequence} \r {last} \* ARABIC"),
        last,
        false,
    ));
    if !words.is_empty() {
        runs.push(Run::new().add_text(format!(" {words}")));
    }
    runs
}
