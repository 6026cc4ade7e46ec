//! Two sources of one realisation: a system's export (SAKTI) and a hand-made table of the same
//! programs in one workspace. Their programs are matched by code where both have one, else by
//! name; a pagu or realisasi that differs is reported with both places, and a program found in
//! one source only is listed, never dropped.

use super::budgets::{programs, same_program, Program};
use super::{Diagnostic, REALISASI_SOURCES, REALISASI_UNMATCHED};
use crate::kinds::DocKind;
use crate::model::Field;
use crate::numbers::format_rupiah;
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
                .find(|j| same_program(&p.text, &there[*j].text))
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
                format!(
                    "the {} of program '{}' is {} here, but {} in the {} ({})",
                    field.name(),
                    p.text,
                    format_rupiah(mine, 0),
                    format_rupiah(theirs, 0),
                    q.doc.kind,
                    q.place
                ),
            )
            .numbers(field, mine, theirs)
            .hint("one of the two sources is out of date or was typed wrong: the report must use the figures of the DIPA/SAKTI"),
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
        format!(
            "program '{}' (pagu {}) is in the {} but in no program of the {}",
            p.text,
            format_rupiah(p.pagu, 0),
            p.doc.kind,
            other_kind
        ),
    )
    .hint("the two sources should list the same programs: a code or name written differently is matched only when the words agree")
}
