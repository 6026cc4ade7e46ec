//! Realisasi anggaran per program and kegiatan, computed from the items: pagu, realisasi,
//! serapan and sisa. A heading's own stated figures are never copied: `check` compares them.

use super::anggaran::{serapan, sisa};
use crate::kinds::Purpose;
use crate::model::{Document, Field, Subtotal};
use rust_decimal::Decimal;

/// One line of the realisasi report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The level (`program`, `kegiatan`, … as the hierarchy gives it), or `total`.
    pub level: &'static str,
    /// The program above a kegiatan.
    pub path: Vec<String>,
    pub uraian: String,
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
            pagu,
            realisasi,
            serapan: pagu.zip(realisasi).and_then(|(p, r)| serapan(p, r)),
            sisa: pagu.zip(realisasi).map(|(p, r)| sisa(p, r)),
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

/// Program → kegiatan lines of every anggaran document, and the total of all items. A program
/// is a top-level heading; its kegiatan are its sub-headings, or, in hand-made tables where
/// kegiatan are lettered rows (`a. Perencanaan …`), its items.
pub fn lines(docs: &[Document]) -> Vec<Line> {
    let mut out = Vec::new();
    let mut total = Subtotal::default();
    for doc in docs
        .iter()
        .filter(|d| d.kind.purpose() == Purpose::Realisation)
    {
        let subtotals = doc.subtotals();
        total.merge(&subtotals.all);
        for (i, h) in doc.headings().iter().enumerate() {
            if h.parent.is_some() {
                continue;
            }
            out.push(Line::of(
                h.level.name(),
                Vec::new(),
                &h.text,
                subtotals.of(Some(i)),
            ));
            let path = vec![h.text.clone()];
            let children: Vec<usize> = (0..doc.headings().len())
                .filter(|c| doc.headings()[*c].parent == Some(i))
                .collect();
            if children.is_empty() {
                for item in doc.items().iter().filter(|it| it.heading == Some(i)) {
                    let (p, r) = (value(item, Field::Pagu), value(item, Field::Realisasi));
                    let uraian = if item.uraian.is_empty() {
                        "(tanpa uraian)"
                    } else {
                        &item.uraian
                    };
                    out.push(Line::new("kegiatan", path.clone(), uraian, p, r));
                }
            } else {
                for c in children {
                    let child = &doc.headings()[c];
                    out.push(Line::of(
                        child.level.name(),
                        path.clone(),
                        &child.text,
                        subtotals.of(Some(c)),
                    ));
                }
            }
        }
        for item in doc.items().iter().filter(|it| it.heading.is_none()) {
            let (p, r) = (value(item, Field::Pagu), value(item, Field::Realisasi));
            out.push(Line::new("kegiatan", Vec::new(), &item.uraian, p, r));
        }
    }
    if !out.is_empty() {
        out.push(Line::of("total", Vec::new(), "Jumlah", &total));
    }
    out
}

fn value(item: &crate::model::Item, field: Field) -> Option<Decimal> {
    match item.amounts.get(&field) {
        Some(q) => q.value,
        None => Some(Decimal::ZERO),
    }
}
