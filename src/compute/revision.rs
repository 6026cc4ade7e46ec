//! Is this document another version of that one? A revised file imported under a new name
//! sits beside the old one, and every report that adds up documents of a kind (the realisasi,
//! the RAK's biaya) would count its money twice. Two documents are taken for versions of one
//! when they are of one kind, from different files — or, for a budget, from two sheets of one
//! workbook (a revised copy `Realisasi (2)` beside `Realisasi`) —, say nothing that sets them
//! apart (another year in the title, another satker in a system's title block, other parties
//! to a PK), and most of their rows are the same.

use super::similar::words;
use crate::kinds::Family;
use crate::model::Document;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The share of rows, in percent of the larger document's, that must be found in the other.
pub const MIN_SAME_PERCENT: usize = 60;

/// How alike two documents' rows are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Likeness {
    /// Rows of one found in the other: the same code, else the same text.
    pub same: usize,
    /// The rows (items, indikator or actions) of the larger of the two.
    pub of: usize,
}

/// Two versions of one document: `older` was imported first, `newer` after it — when the
/// times of their imports say so (`ordered`); else they are in the order held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Versions {
    pub older: usize,
    pub newer: usize,
    pub likeness: Likeness,
    /// The import times tell which came later (both known, and not the same).
    pub ordered: bool,
}

/// Whether `a` and `b` look like versions of one document, and how alike they are.
pub fn likeness(a: &Document, b: &Document) -> Option<Likeness> {
    if !comparable(a, b) {
        return None;
    }
    alike(&keys(a), &keys(b))
}

/// Every pair of `docs` that looks like two versions of one document.
pub fn versions(docs: &[Document]) -> Vec<Versions> {
    // Keys only for documents that have a partner to be compared with: a large SAKTI report
    // alone in a workspace costs nothing.
    let mut keys: Vec<Option<Vec<Key>>> = vec![None; docs.len()];
    let mut out = Vec::new();
    for i in 0..docs.len() {
        for j in i + 1..docs.len() {
            if !comparable(&docs[i], &docs[j]) {
                continue;
            }
            for k in [i, j] {
                if keys[k].is_none() {
                    keys[k] = Some(self::keys(&docs[k]));
                }
            }
            let (Some(a), Some(b)) = (&keys[i], &keys[j]) else {
                continue;
            };
            if let Some(likeness) = alike(a, b) {
                let (older, newer, ordered) = order(docs, i, j);
                out.push(Versions {
                    older,
                    newer,
                    likeness,
                    ordered,
                });
            }
        }
    }
    out
}

/// The earlier import first, and whether the times tell; held order when either time is
/// unknown or both are the same (two files imported by one command).
fn order(docs: &[Document], i: usize, j: usize) -> (usize, usize, bool) {
    match (&docs[i].imported.at, &docs[j].imported.at) {
        (Some(a), Some(b)) if b < a => (j, i, true),
        (Some(a), Some(b)) if a < b => (i, j, true),
        _ => (i, j, false),
    }
}

/// Same kind, held apart (`apart`), nothing stated that sets them apart.
fn comparable(a: &Document, b: &Document) -> bool {
    a.kind == b.kind && apart(a, b) && same_years(a, b) && same_identity(a, b) && same_parties(a, b)
}

/// Two documents that may be versions of one: different files, or two sheets of one workbook
/// of the budget family — a sheet copied (`Realisasi (2)`) and its figures revised holds the
/// same budget twice. Performance tables of one workbook are parts of one report (a PK per
/// divisi, a RAK per bidang share their indikator), never versions.
pub fn apart(a: &Document, b: &Document) -> bool {
    a.file != b.file || (a.sheet != b.sheet && a.kind.family() == Family::Budget)
}

/// Two sheets of one workbook: what the messages name instead of two files.
pub fn one_workbook(a: &Document, b: &Document) -> bool {
    a.file == b.file
}

/// `sheets 'Realisasi' and 'Realisasi (2)' of m2.xlsx`: two versions in one workbook.
pub fn sheets_named(older: &Document, newer: &Document) -> String {
    crate::t!(
        "revision-sheets-named",
        older = older.sheet.as_str(),
        newer = newer.sheet.as_str(),
        file = newer.file.as_str()
    )
}

/// How to keep one of two sheets of one workbook held as versions of one document: remove
/// either by its ID, or import again only the sheet to keep, replacing the other by its ID
/// (the workbook's other sheets stay).
pub fn keep_one_sheet(older: &Document, newer: &Document) -> String {
    crate::t!(
        "revision-keep-one-sheet",
        older = older.id(),
        newer_sheet = newer.sheet.as_str(),
        newer = newer.id(),
        older_sheet = older.sheet.as_str(),
        file = shell_word(&newer.file),
        sheet = shell_word(&newer.sheet),
    )
}

/// A file or sheet name as typed in a shell: quoted when it holds a space or a quote-worthy
/// character.
pub fn shell_word(word: &str) -> String {
    let plain = word
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_./:+,@".contains(c));
    match plain && !word.is_empty() {
        true => word.to_string(),
        false => {
            let escaped: String = word
                .chars()
                .flat_map(|c| match c {
                    '\\' | '"' | '$' | '`' => vec!['\\', c],
                    c => vec![c],
                })
                .collect();
            format!("\"{escaped}\"")
        }
    }
}

/// Titles that both name years must share one (`TAHUN ANGGARAN 2023` is not a 2024 plan).
fn same_years(a: &Document, b: &Document) -> bool {
    let (ya, yb) = (title_years(a), title_years(b));
    ya.is_empty() || yb.is_empty() || !ya.is_disjoint(&yb)
}

fn title_years(doc: &Document) -> BTreeSet<u16> {
    doc.title
        .iter()
        .flat_map(|line| words(line))
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<u16>().ok())
        .filter(|y| (1990..=2100).contains(y))
        .collect()
}

/// A system's title block (SAKTI's satker, kementerian…) must agree where both state it; the
/// period may differ: a later month's report supersedes an earlier one just as a revision does.
fn same_identity(a: &Document, b: &Document) -> bool {
    let other: BTreeMap<&str, String> = b.kind.identity(b).into_iter().collect();
    a.kind
        .identity(a)
        .into_iter()
        .filter(|(key, _)| *key != "periode")
        .all(|(key, value)| other.get(key).is_none_or(|v| *v == value))
}

/// The parties a PK names (`PIHAK PERTAMA`, `PIHAK KEDUA`) must be the same people: the PKs
/// of the ketua and of a divisi share indikator but are two agreements.
fn same_parties(a: &Document, b: &Document) -> bool {
    let (pa, pb) = (parties(a), parties(b));
    pa.iter()
        .all(|(pihak, name)| pb.get(pihak).is_none_or(|other| other == name))
}

fn parties(doc: &Document) -> BTreeMap<&'static str, String> {
    let mut out = BTreeMap::new();
    for sig in &doc.signatures {
        if let (Some(pihak), Some(name)) = (sig.pihak(), &sig.name) {
            out.entry(pihak).or_insert_with(|| words(name).join(" "));
        }
    }
    out
}

/// A row as it is matched across versions: its budget code, where it has one, and its text.
#[derive(Debug, Clone)]
struct Key {
    code: Option<String>,
    text: String,
}

/// The rows a version of the document would share: items of a budget tree, indikator (and
/// actions) of a performance table.
fn keys(doc: &Document) -> Vec<Key> {
    let text = |t: &str| words(t).join(" ");
    let items = doc.items().iter().map(|item| Key {
        code: item
            .code
            .as_deref()
            .map(|c| c.trim().to_uppercase())
            .filter(|c| !c.is_empty()),
        text: text(&item.uraian),
    });
    let indicators = doc.indicators().iter().map(|i| Key {
        code: None,
        text: format!(
            "{} | {}",
            text(i.indikator.as_deref().unwrap_or("")),
            text(i.aksi().unwrap_or(""))
        ),
    });
    items.chain(indicators).collect()
}

/// Enough rows of the larger found in the other, each row matched once.
fn alike(a: &[Key], b: &[Key]) -> Option<Likeness> {
    let of = a.len().max(b.len());
    if of == 0 {
        return None;
    }
    let same = matched(a, b);
    (same * 100 >= MIN_SAME_PERCENT * of).then_some(Likeness { same, of })
}

/// Rows of `a` matched to rows of `b`: by code first, then the rest by text.
fn matched(a: &[Key], b: &[Key]) -> usize {
    let mut used = vec![false; b.len()];
    let mut by_code: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, k) in b.iter().enumerate().rev() {
        if let Some(code) = &k.code {
            by_code.entry(code).or_default().push(j);
        }
    }
    let mut same = 0;
    let mut left = Vec::new();
    for k in a {
        let hit = k
            .code
            .as_deref()
            .and_then(|c| by_code.get_mut(c))
            .and_then(Vec::pop);
        match hit {
            Some(j) => {
                used[j] = true;
                same += 1;
            }
            None => left.push(k),
        }
    }
    let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, k) in b.iter().enumerate().rev().filter(|(j, _)| !used[*j]) {
        by_text.entry(k.text.as_str()).or_default().push(j);
    }
    for k in left {
        if by_text
            .get_mut(k.text.as_str())
            .and_then(Vec::pop)
            .is_some()
        {
            same += 1;
        }
    }
    same
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: Option<&str>, text: &str) -> Key {
        Key {
            code: code.map(str::to_string),
            text: text.to_string(),
        }
    }

    #[test]
    fn rows_match_by_code_then_text_each_once() {
        let old = [
            key(Some("521111"), "belanja keperluan perkantoran"),
            key(None, "honorarium"),
            key(None, "honorarium"),
            key(None, "perjalanan dinas"),
        ];
        // The code matches whatever its text; one `honorarium` is matched once only.
        let new = [
            key(Some("521111"), "belanja operasional"),
            key(None, "honorarium"),
            key(None, "sewa gedung"),
        ];
        assert_eq!(matched(&new, &old), 2);
        // 2 of the larger's 4 rows: 50 % < 60 %.
        assert_eq!(alike(&new, &old), None);
        // 3 of 4 (the second honorarium found): 75 %.
        let more = [
            key(Some("521111"), ""),
            key(None, "honorarium"),
            key(None, "honorarium"),
        ];
        assert_eq!(alike(&more, &old), Some(Likeness { same: 3, of: 4 }));
    }
}
