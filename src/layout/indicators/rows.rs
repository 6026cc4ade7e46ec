//! Rows of a performance table that hold text and no figure: the sasaran of the rows under
//! them, or the text of the indikator row above running on. Read as indikator, each became a
//! row measuring nothing — counted among the sasaran's indikator, its text cut in two — while
//! `check` had nothing to compare.

use super::{Read, State};
use crate::layout::columns::{ColumnMap, Role};
use crate::layout::hierarchy::wrapped::carries_on;
use crate::model::{Document, Indicator, Location, Notice, NoticeKind, RowClass};
use crate::source::Row;
use std::sync::Arc;

impl Read {
    /// The row states a figure, an action or a schedule (see [`has_figures`]).
    pub(super) fn has_figures(&self) -> bool {
        has_figures(&self.indicator)
    }
}

/// The indikator states a figure, an action or a schedule: it measures or plans something.
fn has_figures(i: &Indicator) -> bool {
    super::has_target(i)
        || i.realisasi.is_some()
        || i.stated_capaian.is_some()
        || i.aksi().is_some()
        || i.biaya().is_some()
        || i.pelaksana().is_some()
        || i.scheduled_months() > 0
}

/// The own texts of a row that has nothing else: in the Sasaran column (when it is not the
/// Indikator's too) and the Indikator column. `None` if the row has a number or any other cell.
struct TextAlone {
    sasaran: Option<String>,
    indikator: Option<String>,
}

fn text_alone(ind: &Read, row: &Row, columns: &ColumnMap) -> Option<TextAlone> {
    let sasaran_col = columns
        .get(Role::Sasaran)
        .filter(|&c| Some(c) != columns.get(Role::Indikator));
    let indikator_col = columns.get(Role::Indikator);
    if ind.indicator.number.is_some() || ind.has_figures() {
        return None;
    }
    let mut alone = TextAlone {
        sasaran: None,
        indikator: None,
    };
    for cell in row.own().filter(|c| super::shows(c)) {
        let text = super::shown(cell)?;
        match Some(cell.col) {
            c if c == sasaran_col => alone.sasaran = Some(text),
            c if c == indikator_col => alone.indikator = Some(text),
            _ => return None,
        }
    }
    (alone.sasaran.is_some() || alone.indikator.is_some()).then_some(alone)
}

impl State {
    /// A row of text alone right under an indikator row: its text running on when it carries
    /// the sentence on (lower case, or the text above ends on a comma or a joining word) —
    /// joined, and said —; else, an indikator text is read as an indikator of its own, and
    /// that doubt is said. `Some` when the row is taken as the text running on.
    pub(super) fn wrapped_text(
        &mut self,
        ind: &Read,
        under: bool,
        row: &Row,
        columns: &ColumnMap,
        doc: &mut Document,
    ) -> Option<RowClass> {
        if !under {
            return None;
        }
        let alone = text_alone(ind, row, columns)?;
        let last = self.indicators.last()?;
        let sasaran_began = self.sasaran_began();
        let runs_on = |above: Option<&str>, text: &Option<String>| match text {
            None => true,
            Some(t) => above.is_some_and(|a| carries_on(a, t)),
        };
        let joins = runs_on(last.indikator.as_deref(), &alone.indikator)
            && (alone.sasaran.is_none() || sasaran_began)
            && runs_on(last.sasaran.as_deref(), &alone.sasaran);
        let (previous, location) = (last.location.row, ind.indicator.location.clone());
        let shown = [&alone.sasaran, &alone.indikator]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" | ");
        // In a column shared by sasaran and indikator, text alone is a sasaran line (see
        // `sasaran_line`), no indikator in doubt.
        let shared = columns.get(Role::Sasaran).is_some()
            && columns.get(Role::Sasaran) == columns.get(Role::Indikator);
        if !joins {
            if alone.indikator.is_some() && !shared {
                let key = "read-indikator-without-figures";
                say(doc, NoticeKind::Doubt, key, location, previous, &shown);
            }
            return None;
        }
        self.join(alone);
        let key = "read-wrapped-indikator";
        say(
            doc,
            NoticeKind::Continuation,
            key,
            location,
            previous,
            &shown,
        );
        Some(RowClass::Continuation)
    }

    /// Whether the sasaran of the last indikator kept began on its row.
    fn sasaran_began(&self) -> bool {
        let n = self.indicators.len();
        match (n.checked_sub(2), self.indicators.last()) {
            (Some(p), Some(last)) => !same_arc(&self.indicators[p].sasaran, &last.sasaran),
            _ => true,
        }
    }

    /// A row right under an indikator, with no number, whose texts carry on the row above's:
    /// its own sasaran text (`dalam penyelenggaraan pemilu`, lower case) is the rest of the
    /// sasaran that began there, the rows under carrying the whole; and when the row above has
    /// no figure at all, its indikator text is the rest of that row's, whose figures it holds —
    /// one indikator, said. `Some` when the row is taken into the row above.
    pub(super) fn runs_on_with_figures(
        &mut self,
        ind: &mut Read,
        under: bool,
        doc: &mut Document,
    ) -> Option<RowClass> {
        if !under || ind.indicator.number.is_some() || !ind.has_figures() {
            return None;
        }
        let last = self.indicators.last()?;
        let previous = last.location.row;
        let own_sasaran = ind
            .sasaran_own
            .then_some(ind.indicator.sasaran.as_deref())
            .flatten();
        if let Some(rest) =
            own_sasaran.filter(|t| last.sasaran.as_deref().is_some_and(|s| carries_on(s, t)))
        {
            if !self.sasaran_began() {
                return None;
            }
            let rest = rest.to_string();
            let location = ind.indicator.location.clone();
            say(
                doc,
                NoticeKind::Continuation,
                "read-wrapped-sasaran",
                location,
                previous,
                &rest,
            );
            self.join(TextAlone {
                sasaran: Some(rest),
                indikator: None,
            });
            // The row carries the whole sasaran, as the rows under it do.
            ind.indicator.sasaran = None;
            ind.sasaran_own = false;
        }
        let last = self.indicators.last()?;
        // A row above with a pelaksana or schedule of its own is not figureless either: its
        // marks would be lost in the merge.
        let figureless = !has_figures(last);
        let text = ind.indicator.indikator.as_deref()?;
        let runs_on = last
            .indikator
            .as_deref()
            .is_some_and(|a| carries_on(a, text));
        if !figureless || !runs_on || ind.sasaran_own {
            return None;
        }
        let text = text.to_string();
        let location = ind.indicator.location.clone();
        say(
            doc,
            NoticeKind::Continuation,
            "read-wrapped-figures",
            location,
            previous,
            &text,
        );
        // This row's figures under the row above's number, sasaran, place and whole text.
        let last = self.indicators.last_mut()?;
        let merged = &mut ind.indicator;
        let mut whole = last.indikator.take().unwrap_or_default();
        crate::text::append(&mut whole, &text);
        merged.indikator = Some(whole);
        merged.number = last.number.take();
        merged.sasaran = last.sasaran.take();
        merged.location = std::mem::take(&mut last.location);
        std::mem::swap(last, merged);
        self.sum_lines.add(last);
        Some(RowClass::Continuation)
    }

    /// Puts a running-on text into the last indikator row: its indikator, and its sasaran
    /// (which began on that row: the rows under it carry the whole text).
    fn join(&mut self, alone: TextAlone) {
        let Some(last) = self.indicators.last_mut() else {
            return;
        };
        if let Some(rest) = alone.indikator {
            crate::text::append(last.indikator.get_or_insert_with(String::new), &rest);
        }
        if let Some(rest) = alone.sasaran {
            let mut whole = last.sasaran.as_deref().unwrap_or("").to_string();
            crate::text::append(&mut whole, &rest);
            let whole: Arc<str> = Arc::from(whole);
            last.sasaran = Some(whole.clone());
            self.sasarans.add(Some(&whole));
            self.sasaran = Some(whole);
        }
    }

    /// A row with a sasaran of its own and nothing else (no indikator, no figure — or its
    /// Sasaran cell merged across the Indikator's): the sasaran of the rows under it, not an
    /// indikator measuring nothing. Rows under it with a blank Sasaran cell carry it.
    pub(super) fn sasaran_row(&mut self, ind: &mut Read, doc: &mut Document) -> bool {
        let i = &ind.indicator;
        if !ind.sasaran_own || i.sasaran.is_none() || i.indikator.is_some() || ind.has_figures() {
            return false;
        }
        self.close_sasaran(doc);
        self.same_sasaran(&mut ind.indicator, doc);
        let i = &ind.indicator;
        self.sasarans.add(i.sasaran.as_ref());
        self.sasaran = i.sasaran.clone();
        self.open_sasaran = Some(i.location.clone());
        true
    }
}

fn same_arc(a: &Option<Arc<str>>, b: &Option<Arc<str>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Arc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// Says how a row's text (`text`) was read against the row `previous` above it: message `key`,
/// of `kind`, at `location`.
fn say(
    doc: &mut Document,
    kind: NoticeKind,
    key: &'static str,
    location: Location,
    previous: u32,
    text: &str,
) {
    let message = crate::i18n::Message::new(key)
        .arg("row", location.row)
        .arg("previous", previous)
        .arg("text", crate::text::shorten_line(text, 50));
    doc.notices.push(Notice::new(kind, message, location));
}
