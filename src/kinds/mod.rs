//! The document kinds lakip reads, each in one module: how its header is recognised and its
//! columns fitted, the canonical table it is stored as (one serde row type), the checks that
//! apply to it, and how import shows it. This file is the registry.
//!
//! Adding a kind: a module here with its [`KindSpec`], a `DocKind` variant in `kind.rs` and its
//! line in [`DocKind::spec`] (the compiler then names every `match` that must handle it), a
//! fixture and a golden test. Nothing else names a kind: the rest of lakip asks a kind for its
//! [`Family`] (budget tree or performance table) and its [`Purpose`] (which documents the
//! reports and the cross-document checks take).

pub mod anggaran;
pub mod budget;
pub mod form;
pub mod kind;
pub mod kinerja;
pub mod performance;
pub mod pk;
pub mod rak;
pub mod renja;
pub mod renstra;
pub mod rkt;
pub mod sakti;

use crate::layout::columns::{ColumnMap, Role};
use crate::model::{Document, Field, Indicator, Level, Quantity};
use crate::workspace::table::Table;
use std::fmt;

pub use kind::{CheckFamily, DocKind, Family, Purpose, SignedWhen};

impl DocKind {
    /// Everything particular to this kind.
    pub fn spec(self) -> &'static KindSpec {
        match self {
            DocKind::Rkt => &rkt::SPEC,
            DocKind::Anggaran => &anggaran::SPEC,
            DocKind::Pk => &pk::SPEC,
            DocKind::Kinerja => &kinerja::SPEC,
            DocKind::Rak => &rak::SPEC,
            DocKind::Renstra => &renstra::SPEC,
            DocKind::Sakti => &sakti::SPEC,
            DocKind::Renja => &renja::SPEC,
        }
    }

    pub fn name(self) -> &'static str {
        self.spec().name
    }

    pub fn from_name(name: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The amount columns of this kind, in table order.
    pub fn amount_fields(self) -> &'static [Field] {
        self.spec().amount_fields
    }

    pub fn family(self) -> Family {
        self.spec().family
    }

    pub fn purpose(self) -> Purpose {
        self.spec().purpose
    }

    /// A table of indikator rows (PK, kinerja, RAK) rather than a budget hierarchy.
    pub fn is_indicator_table(self) -> bool {
        self.family() == Family::Performance
    }

    /// The kinds a header is tried as, most particular first: a Renstra has a target for each
    /// year, a RAK a target beside its biaya, a kinerja table a target beside its realisasi.
    pub fn by_precedence() -> impl Iterator<Item = DocKind> {
        let mut kinds = DocKind::ALL;
        kinds.sort_by_key(|k| k.spec().precedence);
        kinds.into_iter()
    }

    /// `rkt, anggaran, pk, kinerja, rak or renstra`, for messages.
    pub fn list() -> String {
        let names: Vec<&str> = DocKind::ALL.iter().map(|k| k.name()).collect();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                crate::t!("kind-list", names = rest.join(", "), last = *last)
            }
            _ => names.join(""),
        }
    }
}

/// `--kind rkt|anggaran|pk|kinerja|rak|renstra`: the names of the registry.
impl clap::ValueEnum for DocKind {
    fn value_variants<'a>() -> &'a [DocKind] {
        &DocKind::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.name()))
    }
}

/// How the kinds that recognise a header fared (see [`recognise`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recognised {
    /// No kind recognises the header.
    None,
    /// Kinds recognise it, but none can fit its columns: the first by precedence, whose fit
    /// then says why.
    Unfit(DocKind, String),
    /// The kind that gives a place to the most of the header's columns.
    Chosen(Choice),
    /// Two kinds read the header equally well: not guessed at.
    Tie(Fitting, Fitting),
}

impl Recognised {
    /// The kind chosen, when one was.
    pub fn kind(&self) -> Option<DocKind> {
        match self {
            Recognised::Chosen(choice) => Some(choice.kind),
            _ => None,
        }
    }
}

/// The kind chosen for a header, why, and the doubt when another kind came close.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub kind: DocKind,
    pub reason: String,
    /// Another kind read the header almost as well: the message names it (a `doubt` notice).
    pub doubt: Option<crate::i18n::Message>,
}

/// How one kind would read a header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fitting {
    pub kind: DocKind,
    /// Why the kind recognises the header, in the current language.
    pub reason: String,
    /// The same, as its message key (each kind's `recognise` returns a key of `kinds.ftl`).
    pub reason_key: &'static str,
    /// How many of the header's recognised columns it gives a place.
    pub placed: usize,
    /// The quoted names of the recognised columns it has no place for.
    pub unplaced: Vec<String>,
}

impl Fitting {
    /// `rak would leave 'Program / Kegiatan', 'Output' without a place`; past three columns,
    /// the first three and how many more.
    pub fn leaves(&self) -> String {
        self.leaves_message(false).render()
    }

    /// What [`leaves`](Self::leaves) says, by key: `chosen` for the kind read (`leaves`
    /// rather than `would leave`).
    pub fn leaves_message(&self, chosen: bool) -> crate::i18n::Message {
        const SHOWN: usize = 3;
        let kind = self.kind.to_string();
        let names = match self.unplaced.len() {
            0 => return crate::msg!("kind-leaves-nothing", kind = kind),
            n if n > SHOWN + 1 => crate::msg!(
                "kind-columns-and-more",
                names = self.unplaced[..SHOWN].join(", "),
                more = n - SHOWN
            ),
            _ => crate::msg!("kind-columns", names = self.unplaced.join(", ")),
        };
        match chosen {
            true => crate::msg!("kind-leaves", kind = kind, names = names),
            false => crate::msg!("kind-would-leave", kind = kind, names = names),
        }
    }
}

/// Does `kind` give a column of this role a place in what it stores?
pub fn places(kind: DocKind, role: Role) -> bool {
    (kind.spec().reads)(role)
        || role
            .field()
            .is_some_and(|f| kind.amount_fields().contains(&f))
}

/// The header's recognised columns `kind` has no place for once `fitted` (its fit of
/// `columns`): (column, quoted name), in column order. A column whose role only a plan reads
/// (`Satuan`, a year) counts too: another kind would have read it.
pub fn unplaced(kind: DocKind, columns: &ColumnMap, fitted: &ColumnMap) -> Vec<(u32, String)> {
    let mut cols: Vec<u32> = columns
        .roles
        .values()
        .chain(fitted.roles.values())
        .copied()
        .collect();
    cols.sort_unstable();
    cols.dedup();
    cols.into_iter()
        .filter(|col| {
            !fitted
                .roles
                .iter()
                .any(|(r, c)| c == col && places(kind, *r))
        })
        .map(|col| {
            let name = fitted.names.get(&col).or(columns.names.get(&col));
            (col, format!("'{}'", name.map_or("?", String::as_str)))
        })
        .collect()
}

/// How `kind` reads the header, if it recognises the columns; `Err` with the reason it
/// recognised them when it cannot fit them.
fn fitting(kind: DocKind, columns: &ColumnMap) -> Option<Result<Fitting, &'static str>> {
    let reason_key = (kind.spec().recognise)(columns)?;
    let reason = reason_key;
    let mut fitted = columns.clone();
    if fit(kind, &mut fitted).is_err() {
        return Some(Err(reason));
    }
    let unplaced: Vec<String> = unplaced(kind, columns, &fitted)
        .into_iter()
        .map(|(_, name)| name)
        .collect();
    let mut cols: Vec<u32> = fitted
        .roles
        .iter()
        .filter(|(r, _)| places(kind, **r))
        .map(|(_, c)| *c)
        .collect();
    cols.sort_unstable();
    cols.dedup();
    Some(Ok(Fitting {
        kind,
        reason: crate::i18n::tr(reason_key, &[]),
        reason_key,
        placed: cols.len(),
        unplaced,
    }))
}

/// The document kind a header's columns make, chosen among every kind that recognises them
/// and can fit them: the one that gives a place to the most of the header's recognised
/// columns (on a tie in that, the one that leaves fewer without a place). Two kinds that read
/// the header equally well are a [`Recognised::Tie`]; a runner-up one column behind is a doubt
/// the choice names; further behind, the reason says what it would have left out.
pub fn recognise(columns: &ColumnMap) -> Recognised {
    let mut first_unfit = None;
    let mut fitted: Vec<Fitting> = Vec::new();
    for kind in DocKind::by_precedence() {
        match fitting(kind, columns) {
            Some(Ok(f)) => fitted.push(f),
            Some(Err(reason)) if first_unfit.is_none() => {
                first_unfit = Some((kind, crate::i18n::tr(reason, &[])));
            }
            Some(Err(_)) | None => {}
        }
    }
    // Stable: on equal scores the more particular kind (by precedence) comes first.
    fitted.sort_by_key(|f| (std::cmp::Reverse(f.placed), f.unplaced.len()));
    let mut ranked = fitted.into_iter();
    let Some(best) = ranked.next() else {
        return match first_unfit {
            Some((kind, reason)) => Recognised::Unfit(kind, reason),
            None => Recognised::None,
        };
    };
    let Some(next) = ranked.next() else {
        return Recognised::Chosen(Choice {
            kind: best.kind,
            reason: best.reason,
            doubt: None,
        });
    };
    let margin = best.placed - next.placed;
    let fewer_left = best.unplaced.len() < next.unplaced.len();
    if margin == 0 && !fewer_left {
        return Recognised::Tie(best, next);
    }
    let reason = format!("{}; {}", best.reason, next.leaves());
    let doubt = (margin <= 1).then(|| {
        crate::msg!(
            "kind-doubt",
            label = best.kind.spec().label,
            leaves = best.leaves_message(true),
            other = next.kind.spec().label,
            other_reason = crate::i18n::Message::new(next.reason_key),
            other_leaves = next.leaves_message(false),
            flag = next.kind.to_string()
        )
    });
    Recognised::Chosen(Choice {
        kind: best.kind,
        reason,
        doubt,
    })
}

/// Fits the columns to what `kind` holds (see each kind's `fit`). A column the kind has no
/// place for is refused, never dropped.
pub fn fit(kind: DocKind, columns: &mut ColumnMap) -> Result<(), String> {
    (kind.spec().fit)(columns)
}

impl fmt::Display for DocKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Everything particular to one kind of document.
pub struct KindSpec {
    pub kind: DocKind,
    /// The name in `--kind`, in `documents.csv` and in JSON.
    pub name: &'static str,
    /// What people call such a document, for messages (`RKT`, `PK`).
    pub label: &'static str,
    pub family: Family,
    pub purpose: Purpose,
    /// The amount columns, in table order.
    pub amount_fields: &'static [Field],
    /// The order in which headers are tried as this kind (lower first).
    pub precedence: u8,
    /// Does a header with these columns make this kind? The reason, when it does, as the key
    /// of its message in `locales/*/kinds.ftl` (`kind-reason-…`), said in the user's language.
    pub recognise: fn(&ColumnMap) -> Option<&'static str>,
    /// The text and number roles its documents keep (its amount fields are kept too): a
    /// header column of another role has no place in it. The kind is chosen by how many of a
    /// header's columns it places (see [`recognise`]).
    pub reads: fn(Role) -> bool,
    /// Fits the header's columns to the kind; a column it has no place for is refused.
    pub fit: fn(&mut ColumnMap) -> Result<(), String>,
    /// The checks its documents go through.
    pub checks: &'static [CheckFamily],
    /// The signature-date rule, if the kind has one.
    pub signed: Option<SignedWhen>,
    /// The canonical tables its documents are stored in, in `data/`.
    pub tables: &'static [Table],
    /// The columns import shows for a performance table beyond no, sasaran, indikator, target.
    pub view: Option<View>,
    /// What a system's export states beyond its table, for kinds that are one.
    pub export: Option<&'static Export>,
    /// The names of its tree's levels, for kinds whose tree is not the budget codes'
    /// (program, kegiatan, KRO, RO, komponen, sub komponen, akun).
    pub levels: Option<&'static Levels>,
    /// The blank form `lakip template` writes, for kinds a user fills by hand (a system's
    /// export has none).
    pub form: Option<&'static form::Form>,
}

/// A kind's own names for the levels of its tree, by depth (the Renja form's urusan, bidang
/// urusan, program, kegiatan), and how deep `lakip realisasi` goes when not told.
pub struct Levels {
    pub names: &'static [&'static str],
    pub realisasi_depth: Level,
}

/// The budget codes' levels as `--depth` names them.
const BUDGET_LEVELS: [(&str, Level); 9] = [
    ("program", Level::Program),
    ("kegiatan", Level::Kegiatan),
    ("kro", Level::Output),
    ("output", Level::Output),
    ("ro", Level::RincianOutput),
    ("rincianoutput", Level::RincianOutput),
    ("komponen", Level::Komponen),
    ("subkomponen", Level::SubKomponen),
    ("akun", Level::Akun),
];

impl DocKind {
    /// What this kind calls a level of its tree (`urusan` for the Renja form's top level).
    pub fn level_name(self, level: Level) -> &'static str {
        self.spec()
            .levels
            .and_then(|l| l.names.get(level.depth()))
            .copied()
            .unwrap_or(level.name())
    }

    /// The level this kind calls `name` (`kegiatan`, `sub-komponen`, `bidang urusan`).
    pub fn level_named(self, name: &str) -> Option<Level> {
        let key = |n: &str| n.to_lowercase().replace(['-', '_', ' '], "");
        let wanted = key(name);
        match self.spec().levels {
            Some(levels) => levels
                .names
                .iter()
                .position(|n| key(n) == wanted)
                .and_then(|d| Level::ALL.get(d).copied()),
            None => BUDGET_LEVELS
                .iter()
                .find(|(n, _)| *n == wanted)
                .map(|(_, l)| *l),
        }
    }

    /// The level names `--depth` takes for this kind, for messages.
    pub fn level_names(self) -> Vec<&'static str> {
        match self.spec().levels {
            Some(levels) => levels.names.to_vec(),
            None => vec![
                "program",
                "kegiatan",
                "kro",
                "ro",
                "komponen",
                "subkomponen",
                "akun",
            ],
        }
    }

    /// How deep `lakip realisasi` goes in a document of this kind when not told; `None`: a
    /// program and what is directly under it.
    pub fn realisasi_depth(self) -> Option<Level> {
        let spec = self.spec();
        spec.levels
            .map(|l| l.realisasi_depth)
            .or(spec.export.map(|e| e.realisasi_depth))
    }
}

/// A report a system exports (SAKTI): the title that names it, the identity and period its
/// title block states, and how deep `lakip realisasi` goes in it.
pub struct Export {
    /// Words its title names the report by, normalised (`laporan ketersediaan dana`).
    pub title: &'static [&'static str],
    /// The identity and period the title block states, as (name, value): `satker`,
    /// `satker_kode`, `periode`…
    pub identity: fn(&Document) -> Vec<(&'static str, String)>,
    /// The deepest heading level `lakip realisasi` shows when not told.
    pub realisasi_depth: Level,
}

impl DocKind {
    /// The identity and period a document's title block states, for kinds that read one.
    pub fn identity(self, doc: &Document) -> Vec<(&'static str, String)> {
        self.spec()
            .export
            .map(|e| (e.identity)(doc))
            .unwrap_or_default()
    }
}

/// A performance kind's own columns in the import view, after No, Sasaran and Indikator (a
/// kind without one shows the Target).
pub struct View {
    /// The columns' names; a plan's depend on the document (its years).
    pub header: fn(&Document) -> Vec<String>,
    pub cells: for<'a> fn(&'a Document, &'a Indicator) -> Vec<Shown<'a>>,
}

/// One cell of a kind's import view: what to show; the report decides how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown<'a> {
    /// A text as written.
    Text(Option<&'a str>),
    /// A text on one line, its lines joined with ` / `, cut to at most this many characters.
    Short(Option<&'a str>, usize),
    /// An amount or percentage.
    Quantity(Field, Option<&'a Quantity>),
    /// A count.
    Count(usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_registered_under_its_own_name() {
        crate::i18n::set_lang(crate::i18n::Lang::En);
        for kind in DocKind::ALL {
            assert_eq!(kind.spec().kind, kind);
            assert_eq!(DocKind::from_name(kind.name()), Some(kind));
        }
        assert_eq!(
            DocKind::list(),
            "rkt, anggaran, pk, kinerja, rak, renstra, sakti or renja"
        );
    }

    fn header(names: &[&str]) -> ColumnMap {
        let mut map = ColumnMap::default();
        for (col, name) in names.iter().enumerate() {
            let col = col as u32;
            map.names.insert(col, name.to_string());
            if let Some(role) = crate::layout::columns::role_of(name) {
                map.roles.or_insert(role, col);
            }
        }
        map
    }

    fn chosen(names: &[&str]) -> Choice {
        match recognise(&header(names)) {
            Recognised::Chosen(c) => c,
            other => panic!("{names:?}: {other:?}"),
        }
    }

    #[test]
    fn the_kind_that_places_the_most_columns_is_chosen() {
        crate::i18n::set_lang(crate::i18n::Lang::En);
        // rkt places 7 of the 8 (not Target); a RAK 5 (not Program / Kegiatan, Output, Ket).
        let c = chosen(&[
            "No",
            "Program / Kegiatan",
            "Sasaran",
            "Indikator Kinerja",
            "Target",
            "Output",
            "Anggaran (Rp)",
            "Ket",
        ]);
        assert_eq!(c.kind, DocKind::Rkt);
        assert!(c
            .reason
            .ends_with("rak would leave 'Program / Kegiatan', 'Output', 'Ket' without a place"));
        assert_eq!(c.doubt, None);
    }

    /// The doubt is kept by key, its parts too: said whole in either language.
    #[test]
    fn a_doubt_between_two_kinds_is_said_in_either_language() {
        let c = chosen(&[
            "No",
            "Program",
            "Sasaran",
            "Indikator",
            "Target",
            "Anggaran",
            "Ket",
        ]);
        let Some(doubt) = c.doubt else {
            panic!("no doubt")
        };
        // rkt places six columns, not Target; a RAK five (Anggaran as its biaya), not Program
        // or Ket: one column behind, so a doubt naming the RAK's reason and what it leaves.
        assert_eq!(
            doubt.render_in(crate::i18n::Lang::Id),
            "dibaca sebagai RKT (rkt meninggalkan 'Target' tanpa tempat), tetapi tabel RAK \
             membaca judul tabel ini hampir sama baiknya (judul tabel memuat kolom Target di \
             samping kolom biaya atau pelaksana; rak akan meninggalkan 'Program', 'Ket' tanpa \
             tempat): bila memang tabel RAK, impor dengan --kind rak"
        );
        assert_eq!(
            doubt.render_in(crate::i18n::Lang::En),
            "read as RKT (rkt leaves 'Target' without a place), but a RAK table reads the header \
             almost as well (the header has Target beside a biaya or pelaksana column; rak would \
             leave 'Program', 'Ket' without a place): if it is one, import with --kind rak"
        );
    }

    #[test]
    fn one_column_between_two_kinds_is_a_doubt_none_is_a_tie() {
        // rkt 6 (No, Program, Sasaran, Indikator, Anggaran, Ket), a RAK 5.
        let c = chosen(&[
            "No",
            "Program",
            "Sasaran",
            "Indikator",
            "Target",
            "Anggaran",
            "Ket",
        ]);
        assert_eq!(c.kind, DocKind::Rkt);
        assert!(c.doubt.is_some_and(|d| d.render().contains("--kind rak")));
        // rkt and a RAK 4 each.
        match recognise(&header(&[
            "Program",
            "Sasaran",
            "Indikator",
            "Target",
            "Anggaran",
        ])) {
            Recognised::Tie(a, b) => {
                assert_eq!((a.kind, b.kind), (DocKind::Rak, DocKind::Rkt));
                assert_eq!(a.unplaced, ["'Program'"]);
                assert_eq!(b.unplaced, ["'Target'"]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn kinds_that_cannot_fit_the_columns_are_not_chosen() {
        // A PK recognises Sasaran and Target, but has no place for the Anggaran.
        let c = chosen(&[
            "No",
            "Sasaran",
            "Indikator",
            "Target",
            "Biaya",
            "Pelaksana",
            "Jan",
        ]);
        assert_eq!(c.kind, DocKind::Rak);
        assert_eq!(c.doubt, None);
        // Only a PK recognises it, and it has no place for the Sisa: its fit then says why.
        let only = header(&["Sasaran", "Target", "Sisa"]);
        assert!(matches!(
            recognise(&only),
            Recognised::Unfit(DocKind::Pk, _)
        ));
        assert_eq!(recognise(&ColumnMap::default()), Recognised::None);
    }

    #[test]
    fn headers_are_tried_most_particular_first() {
        let order: Vec<DocKind> = DocKind::by_precedence().collect();
        assert_eq!(
            order,
            [
                DocKind::Renstra,
                DocKind::Renja,
                DocKind::Rak,
                DocKind::Kinerja,
                DocKind::Pk,
                DocKind::Sakti,
                DocKind::Anggaran,
                DocKind::Rkt
            ]
        );
    }
}
