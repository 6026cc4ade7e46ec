//! Realisasi per program and kegiatan across satker: lines matched by budget code where both
//! have one, else by name (the same words; or words a slip apart, which is said on the line).

use super::unit::{Line, Unit};
use crate::compute::anggaran::{serapan, sisa};
use crate::compute::similar::Name;
use rust_decimal::Decimal;

/// A program or kegiatan summed over the units that have it.
#[derive(Debug, Clone, PartialEq)]
pub struct Consolidated {
    /// `program` or `kegiatan`.
    pub level: &'static str,
    /// The program a kegiatan is under (its first unit's name for it).
    pub program: Option<String>,
    pub code: Option<String>,
    pub uraian: String,
    /// Unknown when a unit's line has no such figure: a sum over part of them would mislead.
    pub pagu: Option<Decimal>,
    pub realisasi: Option<Decimal>,
    pub serapan: Option<Decimal>,
    pub sisa: Option<Decimal>,
    /// How many units have the line.
    pub satker: usize,
    /// Names taken for this line though not written the same: `"…" (KPU Kab. X)`.
    pub nama_lain: Vec<String>,
}

struct Entry {
    line: Consolidated,
    name: Name,
    /// Index of the program entry a kegiatan is under.
    parent: Option<usize>,
}

/// Every unit's lines summed; programs in the order first met, each followed by its kegiatan.
pub fn consolidate(units: &[Unit]) -> Vec<Consolidated> {
    let mut entries: Vec<Entry> = Vec::new();
    for unit in units {
        let mut program: Option<usize> = None;
        for line in &unit.lines {
            let parent = line.program.as_ref().map(|(code, uraian)| match program {
                Some(p) => p,
                None => place(&mut entries, None, code.as_deref(), uraian, unit, None),
            });
            let at = place(
                &mut entries,
                parent,
                line.code.as_deref(),
                &line.uraian,
                unit,
                Some(line),
            );
            if line.program.is_none() {
                program = Some(at);
            }
        }
    }
    ordered(entries)
}

/// The entry `line` adds to (found, or new), its figures added.
fn place(
    entries: &mut Vec<Entry>,
    parent: Option<usize>,
    code: Option<&str>,
    uraian: &str,
    unit: &Unit,
    line: Option<&Line>,
) -> usize {
    let name = Name::from_words(stripped(uraian));
    let siblings = || (0..entries.len()).filter(|i| entries[*i].parent == parent);
    let by_code = code.and_then(|c| {
        siblings().find(|i| {
            entries[*i]
                .line
                .code
                .as_deref()
                .is_some_and(|o| same_code(o, c))
        })
    });
    // A line with another code is another line, whatever its name.
    let nameable = |i: &usize| entries[*i].line.code.is_none() || code.is_none();
    let exact = || {
        siblings()
            .filter(nameable)
            .find(|i| entries[*i].name.same_words(&name))
    };
    let near = || {
        siblings()
            .filter(nameable)
            .find(|i| entries[*i].name.same(&name))
    };
    let at = match by_code.or_else(exact) {
        Some(i) => i,
        None => match near() {
            Some(i) => {
                entries[i]
                    .line
                    .nama_lain
                    .push(other_name(uraian, &unit.identity.nama));
                i
            }
            None => {
                entries.push(new_entry(parent, code, uraian, name));
                entries.len() - 1
            }
        },
    };
    if let Some(line) = line {
        add(&mut entries[at].line, line);
    }
    if entries[at].line.code.is_none() {
        entries[at].line.code = code.map(str::to_string);
    }
    at
}

fn new_entry(parent: Option<usize>, code: Option<&str>, uraian: &str, name: Name) -> Entry {
    Entry {
        line: Consolidated {
            level: if parent.is_some() {
                "kegiatan"
            } else {
                "program"
            },
            program: None,
            code: code.map(str::to_string),
            uraian: uraian.to_string(),
            pagu: Some(Decimal::ZERO),
            realisasi: Some(Decimal::ZERO),
            serapan: None,
            sisa: None,
            satker: 0,
            nama_lain: Vec::new(),
        },
        name,
        parent,
    }
}

fn other_name(uraian: &str, satker: &str) -> String {
    format!("\"{uraian}\" ({satker})")
}

fn add(to: &mut Consolidated, line: &Line) {
    to.pagu = to.pagu.zip(line.pagu).map(|(a, b)| a + b);
    to.realisasi = to.realisasi.zip(line.realisasi).map(|(a, b)| a + b);
    to.satker += 1;
}

/// A program's words without the word `program` (`kegiatan`) in front.
fn stripped(uraian: &str) -> Vec<String> {
    let mut words = crate::compute::similar::words(uraian);
    if words
        .first()
        .is_some_and(|w| w == "program" || w == "kegiatan")
    {
        words.remove(0);
    }
    words
}

/// The same code, written in full or short: `076.01.WA` and `WA`.
fn same_code(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a == b || a.ends_with(&format!(".{b}")) || b.ends_with(&format!(".{a}"))
}

fn ordered(entries: Vec<Entry>) -> Vec<Consolidated> {
    let names: Vec<String> = entries.iter().map(|e| e.line.uraian.clone()).collect();
    let mut out = Vec::new();
    for (i, e) in entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.parent.is_none())
    {
        out.push(finished(e.line.clone(), None));
        for k in entries.iter().filter(|k| k.parent == Some(i)) {
            out.push(finished(k.line.clone(), Some(names[i].clone())));
        }
    }
    out
}

fn finished(mut line: Consolidated, program: Option<String>) -> Consolidated {
    line.program = program;
    line.serapan = line
        .pagu
        .zip(line.realisasi)
        .and_then(|(p, r)| serapan(p, r));
    line.sisa = line.pagu.zip(line.realisasi).map(|(p, r)| sisa(p, r));
    line
}

#[cfg(test)]
mod tests {
    use super::same_code;

    #[test]
    fn codes_full_or_short() {
        assert!(same_code("076.01.WA", "WA"));
        assert!(same_code("WA.6336", "WA.6336"));
        assert!(!same_code("WA.6336", "WA.6337"));
        assert!(!same_code("XWA", "WA"));
    }
}
