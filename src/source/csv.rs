//! CSV through the csv crate: delimiter (`;`, `,` or tab) detected, UTF-8 with or without BOM,
//! and Windows-1252 (what Excel on Windows saves) when the bytes are not UTF-8.

use super::{assemble, cell_name, Cell, Sheet, SourceWarning, Spill, Value};
use crate::error::input_error;
use crate::t;
use std::path::Path;

pub(super) fn read(path: &Path, file: &str) -> anyhow::Result<Sheet> {
    let bytes = std::fs::read(path).map_err(|e| super::cannot_open(file, &e))?;
    let text = decode(&bytes);
    let delimiter = detect_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let newlines: Vec<usize> = line_ends(text.as_bytes());
    let mut cells = Vec::new();
    let mut warnings = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            input_error(t!(
                "source-csv-unreadable",
                file = file,
                reason = e.to_string()
            ))
        })?;
        // The csv crate skips blank lines (and its line count with them): the row is the line
        // the record starts on, counted from its byte offset, so a cell named in a message is
        // the one a spreadsheet shows.
        let mut byte = record.position().map_or(0, |p| p.byte()) as usize;
        // The reported start is where the skipped blank lines began.
        while matches!(text.as_bytes().get(byte), Some(b'\n' | b'\r')) {
            byte += 1;
        }
        let row = newlines.partition_point(|&n| n < byte);
        for (col, field) in record.iter().enumerate() {
            if field.trim().is_empty() {
                continue;
            }
            if field.contains('\n') && field.contains(delimiter as char) {
                warnings.push(SourceWarning {
                    cell: cell_name(row as u32, col as u32),
                    message: crate::msg!("source-csv-quote-open"),
                });
            }
            let cell = Cell {
                col: col as u32,
                value: Value::Text(field.into()),
                formula: None,
                spill: Spill::Own,
            };
            cells.push((row as u32, cell));
        }
    }
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("csv")
        .to_string();
    let mut sheet = assemble(name, cells, &[]);
    sheet.warnings.extend(warnings);
    Ok(sheet)
}

/// Byte offsets of the line ends, for line numbers.
fn line_ends(bytes: &[u8]) -> Vec<usize> {
    bytes
        .iter()
        .enumerate()
        .filter_map(|(i, b)| (*b == b'\n').then_some(i))
        .collect()
}

fn decode(bytes: &[u8]) -> String {
    // "Unicode Text" from Excel is UTF-16 little-endian with a BOM.
    if let Some(utf16) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        let units: Vec<u16> = utf16
            .chunks_exact(2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

/// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// The candidate that splits the first lines most consistently into the most fields.
/// Quoted fields are skipped, so `"1.000,00"` does not vote for a comma.
fn detect_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(30)
        .collect();
    let mut best = (b',', 0usize);
    for candidate in [b';', b'\t', b','] {
        let counts: Vec<usize> = lines.iter().map(|l| count_unquoted(l, candidate)).collect();
        let lines_with = counts.iter().filter(|&&c| c > 0).count();
        let score = lines_with * 1000 + counts.iter().sum::<usize>().min(999);
        if score > best.1 {
            best = (candidate, score);
        }
    }
    best.0
}

fn count_unquoted(line: &str, delimiter: u8) -> usize {
    let mut quoted = false;
    let mut count = 0;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == delimiter && !quoted {
            count += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_delimiter() {
        assert_eq!(
            detect_delimiter("Uraian;Pagu;Realisasi\na;1.000;900\n"),
            b';'
        );
        assert_eq!(
            detect_delimiter("Uraian\tPagu\tRealisasi\na\t1.000\t900\n"),
            b'\t'
        );
        assert_eq!(
            detect_delimiter("Uraian,Pagu,Realisasi\n\"1, a\",1.000,900\n"),
            b','
        );
    }

    #[test]
    fn semicolon_wins_over_decimal_commas() {
        assert_eq!(
            detect_delimiter("Uraian;Pagu\na;1.000,50\nb;2.000,75\n"),
            b';'
        );
    }

    #[test]
    fn decodes_bom_and_windows_1252() {
        assert_eq!(decode(b"\xEF\xBB\xBFUraian"), "Uraian");
        assert_eq!(decode(b"Rp 1.000 \x96 caf\xE9"), "Rp 1.000 – café");
        assert_eq!(decode(b"\xFF\xFEU\x00r\x00"), "Ur");
    }
}
