//! Two sources of one realisation: a system's export (SAKTI) and a hand-made table of the same
//! programs in one workspace. Their programs are matched by code where both have one, else by
//! name; a pagu or realisasi that differs is reported with both places, and a program found in
//! one source only is listed, never dropped. Under two matched programs their kegiatan are
//! compared the same way (by the kegiatan part of their codes — `WA.6336` is
//! `036.01.WA.6336` —, else by name), when both sources list kegiatan under the program.

use super::budgets::{programs, Program};
use super::{Diagnostic, REALISASI_SOURCES, REALISASI_UNMATCHED};
use crate::compute::similar;
use crate::kinds::DocKind;
use crate::layout::codes;
use crate::model::{Document, Field, Level, Location};
use crate::numbers::format_rupiah;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

pub fn check(docs: &[crate::model::Document], out: &mut Vec<Diagnostic>) {
    let mut sources: BTreeMap<DocKind, Vec<Program>> = BTreeMap::new();
    for p in programs(docs) {
        sources.entry(p.doc.kind).or_default().push(p);
    }
    // Two tables of one kind are parts of one report (sheets of a workbook); two kinds are two
    // sources of the same figures. The first kind's rows carry the findings.
    let sources: Vec<Vec<Program>> = sources.into_values().collect();
    for (i, here) in sources.iter().enumerate() {
        for there in &sources[i + 1..] {
            compare(here, there, out);
        }
    }
}

fn compare(here: &[Program], there: &[Program], out: &mut Vec<Diagnostic>) {
    let mut matched = vec![false; there.len()];
    for p in here {
        match find(p, there, &matched) {
            Some(j) => {
                matched[j] = true;
                differences(p, &there[j], out);
                kegiatan::compare(p, &there[j], out);
            }
            None => out.push(unmatched(p, there)),
        }
    }
    for (q, _) in there.iter().zip(&matched).filter(|(_, m)| !**m) {
        out.push(unmatched(q, here));
    }
}

/// The program of `there` that is `p`: the same code when both have one, else the same name.
fn find(p: &Program, there: &[Program], taken: &[bool]) -> Option<usize> {
    let open = |j: &usize| !taken[*j];
    let by_code = |q: &Program| match (&p.code, &q.code) {
        (Some(a), Some(b)) => same_code(a, b),
        _ => false,
    };
    (0..there.len())
        .filter(open)
        .find(|j| by_code(&there[*j]))
        .or_else(|| {
            (0..there.len())
                .filter(open)
                .find(|j| p.name.matches(&there[*j].name))
        })
}

/// `WA` and `036.01.WA` name one program: a system writes the full code, people the last part.
fn same_code(a: &str, b: &str) -> bool {
    let last = |c: &str| c.rsplit('.').next().unwrap_or(c).trim().to_uppercase();
    a.trim().eq_ignore_ascii_case(b.trim()) || last(a) == last(b)
}

fn differences(p: &Program, q: &Program, out: &mut Vec<Diagnostic>) {
    let figures = [
        (Field::Pagu, Some(p.pagu), Some(q.pagu)),
        (Field::Realisasi, p.realisasi, q.realisasi),
    ];
    for (field, mine, theirs) in figures {
        let (Some(mine), Some(theirs)) = (mine, theirs) else {
            continue;
        };
        if mine == theirs {
            continue;
        }
        out.push(
            Diagnostic::new(
                &REALISASI_SOURCES,
                p.location.clone(),
                crate::t!(
                    "finding-sources-program",
                    field = field.label(),
                    program = p.text.as_str(),
                    mine = format_rupiah(mine, 0),
                    theirs = format_rupiah(theirs, 0),
                    kind = q.doc.kind.to_string(),
                    place = q.place.as_str(),
                ),
            )
            .numbers(field, mine, theirs)
            .hint(crate::t!("hint-realisasi-sources")),
        );
    }
}

fn unmatched(p: &Program, other: &[Program]) -> Diagnostic {
    let other_kind = other
        .first()
        .map_or(String::new(), |o| o.doc.kind.to_string());
    Diagnostic::new(
        &REALISASI_UNMATCHED,
        p.location.clone(),
        crate::t!(
            "finding-unmatched-program",
            program = p.text.as_str(),
            pagu = format_rupiah(p.pagu, 0),
            kind = p.doc.kind.to_string(),
            other = other_kind,
        ),
    )
    .hint(crate::t!("hint-unmatched-program"))
}

/// The kegiatan under two matched programs.
mod kegiatan {
    use super::*;

    /// A kegiatan line of a program: a heading of the kegiatan level under it, or, in a
    /// hand-made table where kegiatan are lettered rows, an item directly under it.
    pub(super) struct Kegiatan {
        text: String,
        /// Its text normalised once, `Kegiatan` taken off, for matching.
        name: similar::Name,
        code: Option<String>,
        pagu: Option<Decimal>,
        realisasi: Option<Decimal>,
        location: Location,
        place: String,
    }

    pub(super) fn compare(p: &Program, q: &Program, out: &mut Vec<Diagnostic>) {
        let (here, there) = (lines(p), lines(q));
        // A source that lists no kegiatan under the program gives nothing to compare.
        if here.is_empty() || there.is_empty() {
            return;
        }
        let mut matched = vec![false; there.len()];
        for k in &here {
            match find(k, &there, &matched) {
                Some(j) => {
                    matched[j] = true;
                    differences(k, &there[j], p, q, out);
                }
                None => out.push(unmatched(k, p, q)),
            }
        }
        for (k, _) in there.iter().zip(&matched).filter(|(_, m)| !**m) {
            out.push(unmatched(k, q, p));
        }
    }

    fn lines(p: &Program) -> Vec<Kegiatan> {
        let doc: &Document = p.doc;
        let subtotals = doc.subtotals();
        let place = |cell: &str| format!("{}:'{}'!{}", doc.file, doc.sheet, cell);
        let mut out = Vec::new();
        for (i, h) in doc.headings().iter().enumerate() {
            if h.parent != Some(p.heading) || h.level != Level::Kegiatan {
                continue;
            }
            let sub = subtotals.of(Some(i));
            let figure = |field: Field| match (sub.items, sub.sum(field)) {
                (n, Some(sum)) if n > 0 => Some(sum),
                _ => h.stated.get(&field).and_then(|q| q.value),
            };
            out.push(Kegiatan {
                text: h.text.clone(),
                name: similar::Name::without_first(&h.text, "kegiatan"),
                code: h.code.clone(),
                pagu: figure(Field::Pagu),
                realisasi: figure(Field::Realisasi),
                location: h.location.clone(),
                place: place(&h.location.cell.to_string()),
            });
        }
        // Items right under the program are its kegiatan unless their codes say otherwise
        // (an akun `521211` written under a program is no kegiatan).
        for item in doc
            .items()
            .iter()
            .filter(|it| it.heading == Some(p.heading))
        {
            if item.code.as_deref().is_some_and(|c| part(c).is_none()) {
                continue;
            }
            let value = |field: Field| match item.amounts.get(&field) {
                Some(q) => q.value,
                None => Some(Decimal::ZERO),
            };
            out.push(Kegiatan {
                text: item.uraian.clone(),
                name: similar::Name::without_first(&item.uraian, "kegiatan"),
                code: item.code.clone(),
                pagu: value(Field::Pagu),
                realisasi: value(Field::Realisasi),
                location: item.location.clone(),
                place: place(&item.location.cell.to_string()),
            });
        }
        out
    }

    /// The kegiatan part of a budget code: `6336` of `WA.6336`, `036.01.WA.6336` or `6336`.
    fn part(code: &str) -> Option<String> {
        codes::readings(code.trim()).into_iter().find_map(|r| {
            r.parts
                .into_iter()
                .find(|(level, _)| *level == Level::Kegiatan)
                .map(|(_, part)| part.to_string())
        })
    }

    /// By code when both have one, else by name (the similarity rules).
    fn find(k: &Kegiatan, there: &[Kegiatan], taken: &[bool]) -> Option<usize> {
        let open = |j: &usize| !taken[*j];
        match &k.code {
            Some(code) => {
                let mine = part(code);
                let by_code = (0..there.len()).filter(open).find(|j| {
                    there[*j]
                        .code
                        .as_deref()
                        .is_some_and(|theirs| match (&mine, part(theirs)) {
                            (Some(a), Some(b)) => *a == b,
                            _ => same_code(code, theirs),
                        })
                });
                by_code.or_else(|| {
                    (0..there.len())
                        .filter(open)
                        .filter(|j| there[*j].code.is_none())
                        .find(|j| k.name.matches(&there[*j].name))
                })
            }
            None => (0..there.len())
                .filter(open)
                .find(|j| k.name.matches(&there[*j].name)),
        }
    }

    /// `'036.01.WA.6336 Dukungan Manajemen Internal'`: the code where the line has one.
    fn named(k: &Kegiatan) -> String {
        match &k.code {
            Some(code) => format!("'{code} {}'", k.text),
            None => format!("'{}'", k.text),
        }
    }

    fn differences(
        k: &Kegiatan,
        l: &Kegiatan,
        p: &Program,
        q: &Program,
        out: &mut Vec<Diagnostic>,
    ) {
        for (field, mine, theirs) in [
            (Field::Pagu, k.pagu, l.pagu),
            (Field::Realisasi, k.realisasi, l.realisasi),
        ] {
            let (Some(mine), Some(theirs)) = (mine, theirs) else {
                continue;
            };
            if mine == theirs {
                continue;
            }
            out.push(
                Diagnostic::new(
                    &REALISASI_SOURCES,
                    k.location.clone(),
                    crate::t!(
                        "finding-sources-kegiatan",
                        field = field.label(),
                        kegiatan = named(k),
                        program = p.text.as_str(),
                        mine = format_rupiah(mine, 0),
                        theirs = format_rupiah(theirs, 0),
                        kind = q.doc.kind.to_string(),
                        place = l.place.as_str(),
                    ),
                )
                .numbers(field, mine, theirs)
                .hint(crate::t!("hint-realisasi-sources")),
            );
        }
    }

    fn unmatched(k: &Kegiatan, p: &Program, q: &Program) -> Diagnostic {
        let pagu = k.pagu.map_or(String::new(), |v| {
            crate::t!("finding-unmatched-pagu", pagu = format_rupiah(v, 0))
        });
        Diagnostic::new(
            &REALISASI_UNMATCHED,
            k.location.clone(),
            crate::t!(
                "finding-unmatched-kegiatan",
                kegiatan = named(k),
                pagu = pagu,
                program = p.text.as_str(),
                kind = p.doc.kind.to_string(),
                other = q.doc.kind.to_string(),
                place = q.place.as_str(),
            ),
        )
        .hint(crate::t!("hint-unmatched-kegiatan"))
    }
}
