//! Realisasi anggaran per program and kegiatan, computed from the items: pagu, realisasi,
//! serapan and sisa. A heading's own stated figures are never copied: `check` compares them.

use super::anggaran::{serapan, sisa};
use crate::kinds::{DocKind, Purpose};
use crate::layout::codes;
use crate::model::{Document, Field, Level, Subtotal, Subtotals};
use rust_decimal::Decimal;

/// One line of the realisasi report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The level (`program`, `kegiatan`, … as the hierarchy gives it), or `total`.
    pub level: &'static str,
    /// The headings above the line, from the program down.
    pub path: Vec<String>,
    pub uraian: String,
    /// The full budget code (`WA.6336.EBA.963`), where the document has codes.
    pub code: Option<String>,
    pub pagu: Option<Decimal>,
    pub realisasi: Option<Decimal>,
    pub serapan: Option<Decimal>,
    pub sisa: Option<Decimal>,
}

impl Line {
    fn new(
        level: &'static str,
        path: Vec<String>,
        uraian: &str,
        pagu: Option<Decimal>,
        realisasi: Option<Decimal>,
    ) -> Line {
        Line {
            level,
            path,
            uraian: uraian.to_string(),
            code: None,
            pagu,
            realisasi,
            serapan: pagu.zip(realisasi).and_then(|(p, r)| serapan(p, r)),
            sisa: pagu.zip(realisasi).map(|(p, r)| sisa(p, r)),
        }
    }

    /// Forgets the pagu and/or realisasi (`[pagu, realisasi]`) and what follows from them.
    fn unknown(&mut self, [pagu, realisasi]: [bool; 2]) {
        if pagu {
            self.pagu = None;
        }
        if realisasi {
            self.realisasi = None;
        }
        if pagu || realisasi {
            (self.serapan, self.sisa) = (None, None);
        }
    }

    fn of(level: &'static str, path: Vec<String>, uraian: &str, sub: &Subtotal) -> Line {
        Line::new(
            level,
            path,
            uraian,
            sub.sum(Field::Pagu),
            sub.sum(Field::Realisasi),
        )
    }
}

/// Program → kegiatan lines of the realisation documents of one source (each kind to its own
/// depth), and the total of all items; `Err` says why no source could be chosen.
pub fn lines(docs: &[Document], source: Option<DocKind>) -> Result<Vec<Line>, String> {
    let source = one_source(docs, source)?;
    Ok(lines_to(docs, None, source))
}

/// The kind of realisation document the figures come from. A SAKTI report and a hand-made
/// table in one workspace are two sources of the same budget: adding them up would count it
/// twice, so one must be chosen (`lakip check` compares them). `None` when there is none.
pub fn one_source(docs: &[Document], chosen: Option<DocKind>) -> Result<Option<DocKind>, String> {
    let mut kinds: Vec<DocKind> = docs
        .iter()
        .filter(|d| d.kind.purpose() == Purpose::Realisation)
        .map(|d| d.kind)
        .collect();
    kinds.sort();
    kinds.dedup();
    match (chosen, kinds.as_slice()) {
        (Some(kind), _) if kinds.contains(&kind) => Ok(Some(kind)),
        (Some(kind), _) => Err(crate::t!(
            "realisasi-no-source",
            kind = kind.to_string(),
            held = names(&kinds)
        )),
        (None, [] | [_]) => Ok(kinds.first().copied()),
        (None, _) => Err(crate::t!(
            "realisasi-several-sources",
            count = kinds.len(),
            held = names(&kinds),
            choices = kinds
                .iter()
                .map(|k| k.name())
                .collect::<Vec<_>>()
                .join(&format!(" {} --sumber ", crate::t!("word-or"))),
        )),
    }
}

/// Refuses two versions of one document among the realisation documents of `source` (a
/// revised file imported beside the old one): adding them up would count the budget twice.
pub fn one_version(docs: &[Document], source: Option<DocKind>) -> Result<(), String> {
    let twice = super::revision::versions(docs)
        .into_iter()
        .find(|v| Some(docs[v.older].kind) == source);
    let Some(v) = twice else {
        return Ok(());
    };
    let (older, newer) = (&docs[v.older], &docs[v.newer]);
    let keep = match (super::revision::one_workbook(older, newer), v.ordered) {
        (true, _) => super::revision::keep_one_sheet(older, newer),
        (false, true) => crate::t!(
            "realisasi-keep-later",
            id = older.id(),
            file = newer.file.as_str()
        ),
        (false, false) => crate::t!(
            "realisasi-keep-either",
            older = older.id(),
            newer = newer.id()
        ),
    };
    Err(crate::t!(
        "realisasi-two-versions",
        older = crate::model::sheet_name(&older.file, &older.sheet),
        newer = crate::model::sheet_name(&newer.file, &newer.sheet),
        same = v.likeness.same,
        of = v.likeness.of,
        keep = keep,
    ))
}

/// The period the figures of `source` run to, when its documents name one (a SAKTI report's
/// month). Reports of different periods are refused: their realisasi up to each period would
/// be added up.
pub fn periode(docs: &[Document], source: Option<DocKind>) -> Result<Option<String>, String> {
    let mut named: Vec<(String, &str)> = docs
        .iter()
        .filter(|d| Some(d.kind) == source)
        .filter_map(|d| {
            let identity = d.kind.identity(d);
            let periode = identity.into_iter().find(|(k, _)| *k == "periode")?.1;
            Some((periode, d.file.as_str()))
        })
        .collect();
    named.sort();
    named.dedup_by(|a, b| a.0 == b.0);
    match named.as_slice() {
        [] => Ok(None),
        [(one, _)] => Ok(Some(one.clone())),
        several => {
            let list: Vec<String> = several.iter().map(|(p, f)| format!("{p} ({f})")).collect();
            Err(crate::t!("realisasi-periods", list = list.join(", ")))
        }
    }
}

fn names(kinds: &[DocKind]) -> String {
    if kinds.is_empty() {
        return crate::t!("realisasi-none");
    }
    kinds
        .iter()
        .map(|k| k.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// How deep the lines go under each program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Depth {
    /// A program and what is directly under it: its sub-headings, or, in hand-made tables
    /// where kegiatan are lettered rows (`a. Perencanaan …`), its items.
    Program,
    /// Every heading down to this level (`rincian_output`: program → kegiatan → KRO → RO).
    Level(Level),
}

/// The lines of the realisation documents of kind `source` (see [`one_source`]) down to
/// `depth` (each kind's own when `None`: an anggaran table's program → kegiatan, a SAKTI
/// report's program → kegiatan → KRO → RO), and the total of all items.
pub fn lines_to(docs: &[Document], depth: Option<Level>, source: Option<DocKind>) -> Vec<Line> {
    let mut out = Vec::new();
    let mut total = Subtotal::default();
    let mut unknown = Vec::new();
    for doc in docs.iter().filter(|d| Some(d.kind) == source) {
        let first = out.len();
        let depth = depth
            .or(doc.kind.realisasi_depth())
            .map_or(Depth::Program, Depth::Level);
        let subtotals = doc.subtotals();
        total.merge(&subtotals.all);
        let tree = Tree::new(doc, &subtotals);
        for (i, h) in doc.headings().iter().enumerate() {
            if h.parent.is_none() {
                tree.walk(i, depth, &mut out);
            }
        }
        for item in doc.items().iter().filter(|it| it.heading.is_none()) {
            let (p, r) = (value(item, Field::Pagu), value(item, Field::Realisasi));
            out.push(Line::new("kegiatan", Vec::new(), &item.uraian, p, r));
        }
        // A column the document does not have is unknown, never a sum of nothing (0).
        let missing = [Field::Pagu, Field::Realisasi].map(|f| !doc.fields.contains(&f));
        for line in &mut out[first..] {
            line.unknown(missing);
        }
        unknown.push(missing);
    }
    if !out.is_empty() {
        let mut line = Line::of("total", Vec::new(), "Jumlah", &total);
        for missing in unknown {
            line.unknown(missing);
        }
        out.push(line);
    }
    out
}

/// A document's headings with their children, subtotals and full codes.
struct Tree<'d> {
    doc: &'d Document,
    subtotals: &'d Subtotals,
    children: Vec<Vec<usize>>,
    codes: Vec<Option<String>>,
}

impl<'d> Tree<'d> {
    fn new(doc: &'d Document, subtotals: &'d Subtotals) -> Tree<'d> {
        let headings = doc.headings();
        let mut children = vec![Vec::new(); headings.len()];
        let mut codes: Vec<Option<String>> = Vec::with_capacity(headings.len());
        for (i, h) in headings.iter().enumerate() {
            if let Some(p) = h.parent {
                children[p].push(i);
            }
            // Parents come before their children, so their full codes are known.
            let above = h.parent.and_then(|p| codes[p].as_deref());
            let full = h
                .code
                .as_deref()
                .map(|c| codes::full_code(above, c, h.level));
            codes.push(full);
        }
        Tree {
            doc,
            subtotals,
            children,
            codes,
        }
    }

    /// The line of heading `h` and the lines under it, down to `depth`.
    fn walk(&self, h: usize, depth: Depth, out: &mut Vec<Line>) {
        let heading = &self.doc.headings()[h];
        let path = self.doc.path(heading.parent);
        let mut line = Line::of(
            self.doc.kind.level_name(heading.level),
            path.clone(),
            &heading.text,
            self.subtotals.of(Some(h)),
        );
        line.code = self.codes[h].clone();
        out.push(line);
        let deeper = match depth {
            Depth::Program => heading.parent.is_none(),
            Depth::Level(d) => heading.level < d,
        };
        if !deeper {
            return;
        }
        let children = &self.children[h];
        if children.is_empty() {
            self.items(h, depth, out);
            return;
        }
        for &c in children {
            match depth {
                Depth::Program => self.walk(c, Depth::Level(Level::Program), out),
                Depth::Level(d) if self.doc.headings()[c].level <= d => self.walk(c, depth, out),
                Depth::Level(_) => {}
            }
        }
    }

    /// The items directly under heading `h`, as lines of the level below it.
    fn items(&self, h: usize, depth: Depth, out: &mut Vec<Line>) {
        let heading = &self.doc.headings()[h];
        let level = match depth {
            Depth::Program => "kegiatan",
            Depth::Level(_) => Level::ALL
                .get(heading.level.depth() + 1)
                .map_or("item", |l| l.name()),
        };
        let mut path = self.doc.path(heading.parent);
        path.push(heading.text.clone());
        for item in self.doc.items().iter().filter(|it| it.heading == Some(h)) {
            let (p, r) = (value(item, Field::Pagu), value(item, Field::Realisasi));
            let uraian = if item.uraian.is_empty() {
                "(tanpa uraian)"
            } else {
                &item.uraian
            };
            out.push(Line::new(level, path.clone(), uraian, p, r));
        }
    }
}

fn value(item: &crate::model::Item, field: Field) -> Option<Decimal> {
    match item.amounts.get(&field) {
        Some(q) => q.value,
        None => Some(Decimal::ZERO),
    }
}
