//! The rows and columns an xlsx sheet hides (`<row r="12" hidden="1">`, `<col min="3"
//! max="4" hidden="1">`), found in the bytes the merge search (see `merges`) inflates anyway:
//! calamine reads their cells like any other. A person reading or printing the sheet does not
//! see them, yet they are read as rows of the table: the layout says so (see
//! `layout::hidden`).

/// The attribute searched for.
const HIDDEN: &[u8] = b" hidden=\"";
/// A row's or column's start tag is shorter than this: a hit farther from its `<` is
/// something else.
pub(super) const TAG: usize = 512;

/// What a sheet hides: 0-based rows, and 0-based column ranges.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Hidden {
    pub rows: Vec<u32>,
    pub cols: Vec<(u32, u32)>,
}

impl Hidden {
    /// Reads the hidden rows and columns whose tags end in `xml[from..]`; returns where the
    /// next search starts (a tag not closed yet is looked at again with the next block).
    pub(super) fn scan(&mut self, xml: &[u8], from: usize) -> usize {
        let mut next = xml.len().saturating_sub(HIDDEN.len() - 1).max(from);
        for hit in memchr::memmem::find_iter(&xml[from.min(xml.len())..], HIDDEN) {
            let at = from + hit;
            let lo = at.saturating_sub(TAG);
            let Some(lt) = memchr::memrchr(b'<', &xml[lo..at]).map(|p| lo + p) else {
                continue;
            };
            let Some(gt) = memchr::memchr(b'>', &xml[at..]).map(|p| at + p) else {
                // The tag goes on in the next block: look again then.
                next = next.min(lt);
                break;
            };
            self.see(&xml[lt + 1..gt], &xml[at + HIDDEN.len()..gt]);
        }
        next
    }

    /// One start tag (without `<` and `>`) with a hidden attribute whose value starts `value`.
    fn see(&mut self, tag: &[u8], value: &[u8]) {
        if !(value.starts_with(b"1\"") || value.starts_with(b"true\"")) {
            return;
        }
        let name_end = tag
            .iter()
            .position(u8::is_ascii_whitespace)
            .unwrap_or(tag.len());
        let name = &tag[..name_end];
        let local = name.rsplit(|&b| b == b':').next().unwrap_or(name);
        match local {
            b"row" => {
                if let Some(r) = number(tag, b" r=\"").and_then(|r| r.checked_sub(1)) {
                    self.rows.push(r);
                }
            }
            b"col" => {
                let min = number(tag, b" min=\"").and_then(|c| c.checked_sub(1));
                let max = number(tag, b" max=\"").and_then(|c| c.checked_sub(1));
                if let (Some(min), Some(max)) = (min, max) {
                    self.cols.push((min, max.max(min)));
                }
            }
            _ => {}
        }
    }
}

/// The whole number an attribute (`key` with its ` ` and `="`) holds in `tag`.
fn number(tag: &[u8], key: &[u8]) -> Option<u32> {
    let at = memchr::memmem::find(tag, key)? + key.len();
    let digits = tag[at..].iter().take_while(|b| b.is_ascii_digit()).count();
    std::str::from_utf8(&tag[at..at + digits])
        .ok()?
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_rows_and_columns_are_read_from_their_tags() {
        let xml = br#"<cols><col min="3" max="4" width="0" hidden="1"/><col min="5" max="5" hidden="0"/></cols><sheetData><row r="1"><c r="A1"/></row><row r="12" spans="1:5" hidden="1" ht="0"><c r="A12"/></row><x:row hidden="true" r="13"></x:row><c r="B2" t="inlineStr"><is><t>a hidden="1" text</t></is></c></sheetData>"#;
        let mut hidden = Hidden::default();
        let next = hidden.scan(xml, 0);
        assert_eq!(hidden.rows, [11, 12]);
        assert_eq!(hidden.cols, [(2, 3)]);
        assert!(next >= xml.len() - HIDDEN.len());
    }

    #[test]
    fn a_tag_cut_by_the_block_is_read_with_the_next_block() {
        let whole = br#"<row r="7" hidden="1" ht="0"><c r="A7"/></row>"#;
        let cut = 12;
        let mut hidden = Hidden::default();
        let next = hidden.scan(&whole[..cut], 0);
        assert!(hidden.rows.is_empty());
        assert!(next <= cut);
        hidden.scan(whole, next);
        assert_eq!(hidden.rows, [6]);
    }
}
