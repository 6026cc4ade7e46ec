//! How wide a text prints, near enough to lay out a table's columns: the advance widths of
//! Arial (Helvetica's metrics, which Arial and Liberation Sans share), in thousandths of an em.

/// Widths of the printable ASCII characters, from the space (32) to the tilde (126).
const WIDTHS: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278,
    278, // ' '…'/'
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // '0'…'9'
    278, 278, 584, 584, 584, 556, 1015, // ':'…'@'
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, // 'A'…'M'
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // 'N'…'Z'
    278, 278, 278, 469, 556, 333, // '['…'`'
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, // 'a'…'m'
    556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, // 'n'…'z'
    334, 260, 334, 584, // '{'…'~'
];

/// The width of `text` in twips at `half_points` (Word's unit of type size); bold a tenth
/// wider. Another font than Arial's kind may be wider still: the caller leaves room.
pub fn text_twips(text: &str, half_points: usize, bold: bool) -> usize {
    let em: usize = text
        .chars()
        .map(|c| {
            let code = c as usize;
            if (32..127).contains(&code) {
                WIDTHS[code - 32] as usize
            } else {
                556
            }
        })
        .sum();
    // 1 pt = 20 twips and a half-point 10: em/1000 × half_points × 10.
    let twips = em * half_points / 100;
    if bold {
        twips * 11 / 10
    } else {
        twips
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_of_figures_and_words() {
        // "Rp1.000" at 10 pt (20 half-points): R 722 + p 556 + 4 digits × 556 + . 278 = 3780
        // thousandths of an em; × 20 ÷ 100 = 756 twips.
        assert_eq!(text_twips("Rp1.000", 20, false), 756);
        // Bold "No": (722 + 556) × 20 ÷ 100 = 255, a tenth wider: 280.
        assert_eq!(text_twips("No", 20, true), 280);
    }
}
