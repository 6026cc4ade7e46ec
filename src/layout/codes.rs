//! Budget codes (DOMAIN.md): program `WA` (or `076.01.WA`), kegiatan `6336`, KRO `EBA`, RO
//! `963`, komponen `126`, sub-komponen `0A`, akun `521211`, written alone (`EBA`), short
//! (`EBA.963`, `126.0A`, `4305.EBA.994`) or in full (`WA.6336.EBA.963.126.0A.521211`). A code
//! reads as a run of consecutive levels, each part in its level's shape; the full code of a
//! heading is its parent's full code down to where the heading's own code starts.

use crate::model::Level;

/// One reading of a code: each part with its level, in order, as written in the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading<'a> {
    pub parts: Vec<(Level, &'a str)>,
}

impl Reading<'_> {
    pub fn first(&self) -> Level {
        self.parts.first().map_or(Level::Program, |(l, _)| *l)
    }

    pub fn last(&self) -> Level {
        self.parts.last().map_or(Level::Program, |(l, _)| *l)
    }

    fn text(&self) -> String {
        let parts: Vec<&str> = self.parts.iter().map(|(_, p)| *p).collect();
        parts.join(".")
    }
}

/// Every reading of a code; empty when it is no budget code (`1.01.02`, `Belanja`).
pub fn readings(code: &str) -> Vec<Reading<'_>> {
    let code = code.trim();
    let Some((segments, n)) = segments(code) else {
        return Vec::new();
    };
    Level::ALL
        .iter()
        .filter_map(|start| read_from(code, &segments[..n], start.depth()))
        .collect()
}

/// Whether `code` is a budget code (it has a reading), without writing its readings: asked
/// of the first word of every row's text.
pub fn is_code(code: &str) -> bool {
    let code = code.trim();
    let Some((segments, n)) = segments(code) else {
        return false;
    };
    Level::ALL
        .iter()
        .any(|start| fits(code, &segments[..n], start.depth()))
}

/// The dot-separated segments of a code, at most twelve and none empty.
fn segments(code: &str) -> Option<([&str; 12], usize)> {
    let mut segments = [""; 12];
    let mut n = 0;
    for segment in code.split('.') {
        if segment.is_empty() || n == segments.len() {
            return None;
        }
        segments[n] = segment;
        n += 1;
    }
    Some((segments, n))
}

/// The parts of `segments` (those of `code`) as levels `depth`, `depth + 1`, …, if every
/// part has its level's shape. A part is a slice of `code`: a SAKTI export reads the code
/// of each of its headings, and copying every part was most of the time this took.
fn read_from<'a>(code: &'a str, segments: &[&str], depth: usize) -> Option<Reading<'a>> {
    let mut parts = Vec::new();
    walk(code, segments, depth, |level, part| {
        parts.push((level, part))
    })
    .then_some(Reading { parts })
}

/// Whether `segments` read as levels `depth`, `depth + 1`, … (as [`read_from`] reads them),
/// without writing the parts.
fn fits(code: &str, segments: &[&str], depth: usize) -> bool {
    walk(code, segments, depth, |_, _| {})
}

/// Gives each part of `segments` (those of `code`) with its level, from level `depth` on,
/// while the parts have their level's shape; whether every segment was read.
fn walk<'a>(
    code: &'a str,
    segments: &[&str],
    mut depth: usize,
    mut part: impl FnMut(Level, &'a str),
) -> bool {
    let (mut rest, mut at) = (segments, 0);
    while !rest.is_empty() {
        let Some(level) = Level::ALL.get(depth).copied() else {
            return false;
        };
        let Some(taken) = taken_by(level, rest).map(|t| t.min(rest.len())) else {
            return false;
        };
        // The segments taken and the dots between them.
        let len = rest[..taken].iter().map(|s| s.len() + 1).sum::<usize>();
        let Some(text) = code.get(at..at + len.saturating_sub(1)) else {
            return false;
        };
        part(level, text);
        at += len;
        rest = &rest[taken..];
        depth += 1;
    }
    true
}

/// How many segments the next part of `level` takes, if they have its shape.
fn taken_by(level: Level, segments: &[&str]) -> Option<usize> {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let upper = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_uppercase());
    let first = segments[0];
    let one = match level {
        // Bagian anggaran . eselon . program (`076.01.CQ`), or the program alone (`WA`).
        Level::Program => {
            if let [a, b, c, ..] = segments {
                if digits(a, 3) && digits(b, 2) && upper(c, 2) {
                    return Some(3);
                }
            }
            upper(first, 2)
        }
        Level::Kegiatan => digits(first, 4),
        Level::Output => upper(first, 3),
        Level::RincianOutput | Level::Komponen => digits(first, 3),
        Level::SubKomponen => {
            (1..=2).contains(&first.len())
                && first
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                && first.bytes().any(|b| b.is_ascii_uppercase())
        }
        Level::Akun => digits(first, 6),
    };
    one.then_some(1)
}

/// The reading a code has on its own: the deepest (`051` komponen rather than RO, `A`
/// sub-komponen rather than a program), as a Kode column of an RKA-K/L means them.
pub fn preferred(code: &str) -> Option<Reading<'_>> {
    readings(code).into_iter().max_by_key(|r| r.last())
}

/// The level of the part `code` stands for when `next` writes it out further
/// (`WA` above `WA.6336` is the program).
pub fn level_in(code: &str, next: &str) -> Option<Level> {
    let code = code.trim();
    let rest = next.trim().strip_prefix(code)?.strip_prefix('.')?;
    if rest.is_empty() {
        return None;
    }
    readings(next).into_iter().find_map(|r| {
        let mut text = String::new();
        r.parts.iter().find_map(|(level, part)| {
            if !text.is_empty() {
                text.push('.');
            }
            text.push_str(part);
            (text == code).then_some(*level)
        })
    })
}

/// The full code of a heading whose own code, at `level`, is written under a parent whose full
/// code is `parent`: `EBA.963` (RO) under `WA.6336.EBA` is `WA.6336.EBA.963`, `126` (komponen)
/// under it `WA.6336.EBA.963.126`. A code that reads no way at `level`, or a parent that is no
/// budget code, leaves the code as written.
pub fn full_code(parent: Option<&str>, code: &str, level: Level) -> String {
    let Some(own) = readings(code).into_iter().find(|r| r.last() == level) else {
        return code.trim().to_string();
    };
    let above = parent.and_then(|p| {
        let all = readings(p);
        let from_top = all.iter().find(|r| r.first() == Level::Program).cloned();
        from_top.or_else(|| all.into_iter().max_by_key(|r| r.last()))
    });
    let Some(above) = above else {
        return own.text();
    };
    let mut parts: Vec<(Level, &str)> = above
        .parts
        .into_iter()
        .filter(|(l, _)| *l < own.first())
        .collect();
    parts.extend(own.parts);
    Reading { parts }.text()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn last(code: &str) -> Option<Level> {
        preferred(code).map(|r| r.last())
    }

    #[test]
    fn is_code_says_whether_a_code_has_a_reading() {
        let codes = [
            "WA",
            "WA.6336",
            "EBA.963",
            "4305.EBA.994",
            "126.0A",
            "076.01.WA.6709",
            "WA.6336.EBA.963.126.0A.521211",
            "511111",
            "1.01.02",
            "1.1",
            "Belanja",
            "",
            "WA.",
            ".WA",
            "A.A.A.A.A.A.A.A.A.A.A.A.A",
            "076.01",
            "0A",
        ];
        for code in codes {
            assert_eq!(is_code(code), !readings(code).is_empty(), "{code:?}");
        }
        assert!(is_code(" 076.01.WA "));
        assert!(!is_code("1.01.02"));
    }

    #[test]
    fn short_and_full_codes_read_to_their_last_level() {
        assert_eq!(last("WA.6336"), Some(Level::Kegiatan));
        assert_eq!(last("EBA"), Some(Level::Output));
        assert_eq!(last("EBA.963"), Some(Level::RincianOutput));
        assert_eq!(last("4305.EBA.994"), Some(Level::RincianOutput));
        assert_eq!(last("126.0A"), Some(Level::SubKomponen));
        assert_eq!(last("WA.6336.EBA.963.126.0A.521211"), Some(Level::Akun));
        assert_eq!(last("076.01.WA.6709"), Some(Level::Kegiatan));
        // Regional (SIPD) codes and outline numbers are not budget codes.
        assert_eq!(last("1.01.02"), None);
        assert_eq!(last("1.1"), None);
        assert_eq!(last("WA.EBA"), None);
    }

    #[test]
    fn a_code_written_out_further_below_says_what_it_is() {
        assert_eq!(last("WA"), Some(Level::SubKomponen));
        assert_eq!(level_in("WA", "WA.6336"), Some(Level::Program));
        assert_eq!(level_in("4305.EBA", "4305.EBA.994"), Some(Level::Output));
        assert_eq!(level_in("WA", "WAX.6336"), None);
    }

    #[test]
    fn full_codes_join_the_parent_where_the_own_code_starts() {
        let full = |parent, code, level| full_code(parent, code, level);
        assert_eq!(full(None, "WA", Level::Program), "WA");
        assert_eq!(full(Some("WA"), "WA.6336", Level::Kegiatan), "WA.6336");
        assert_eq!(full(Some("WA.6336"), "EBA", Level::Output), "WA.6336.EBA");
        assert_eq!(
            full(Some("WA.6336.EBA"), "EBA.963", Level::RincianOutput),
            "WA.6336.EBA.963"
        );
        assert_eq!(
            full(Some("WA.6336.EBA.963"), "126", Level::Komponen),
            "WA.6336.EBA.963.126"
        );
        assert_eq!(
            full(Some("WA.6336.EBA.963.126"), "126.0A", Level::SubKomponen),
            "WA.6336.EBA.963.126.0A"
        );
        assert_eq!(
            full(Some("4305.EBA"), "4305.EBA.994", Level::RincianOutput),
            "4305.EBA.994"
        );
        assert_eq!(full(Some("Belanja"), "126", Level::Komponen), "126");
    }
}
