//! Stage 4b, check: prove that every total and percentage follows from the numbers beneath it.
//!
//! Each family of rules lives in its own file and adds [`Diagnostic`]s; every diagnostic names
//! its rule, the cell, and — for numeric rules — what was stated, what lakip computed, and the
//! difference. The catalogue of rules is [`RULES`], and `lakip check --explain CODE` prints one.

mod budgets;
mod capaian;
mod dates;
mod documents;
mod formulas;
mod indikator;
mod items;
mod ratios;
mod reconcile;
mod schedule;
pub mod settings;
mod targets;
mod totals;
pub mod years;

use crate::kinds::CheckFamily;
use crate::model::{Document, Field, Location, NoticeKind};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The severity as a person reads it, in the current language (`kesalahan`, `error`);
    /// [`Severity::name`] stays the stable code of JSON and annotations.
    pub fn label(self) -> String {
        match self {
            Severity::Error => crate::t!("severity-error"),
            Severity::Warning => crate::t!("severity-warning"),
            Severity::Info => crate::t!("severity-info"),
        }
    }
}

/// One finding, at one cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub location: Location,
    /// The field the numbers are in, so they can be shown as rupiah or percent.
    pub field: Option<Field>,
    pub stated: Option<Decimal>,
    pub computed: Option<Decimal>,
    /// The cells that were added up to get `computed`.
    pub summed: Vec<String>,
    pub hint: Option<String>,
    /// `lakip audit`: the sentence the finding is about. Its location is then a place in a
    /// text: `sheet` the chapter, `cell` the paragraph or table row (`paragraf 57`), `row` the
    /// line of a `.txt` or `.md` (else the paragraph's number).
    pub quote: Option<String>,
}

impl Diagnostic {
    /// `stated − computed`, where the rule is numeric.
    pub fn difference(&self) -> Option<Decimal> {
        Some(self.stated? - self.computed?)
    }

    pub fn new(rule: &Rule, location: Location, message: String) -> Diagnostic {
        Diagnostic {
            code: rule.code,
            severity: rule.severity,
            message,
            location,
            field: None,
            stated: None,
            computed: None,
            summed: Vec::new(),
            hint: None,
            quote: None,
        }
    }

    pub fn numbers(mut self, field: Field, stated: Decimal, computed: Decimal) -> Diagnostic {
        self.field = Some(field);
        self.stated = Some(stated);
        self.computed = Some(computed);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }
}

/// A rule: its stable code, default severity, a one-line title and a paragraph of explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub code: &'static str,
    pub severity: Severity,
    pub title: &'static str,
    pub explanation: &'static str,
}

impl Rule {
    /// The rule as `--explain` prints it: code, default severity, title, explanation, in the
    /// current language.
    pub fn explained(&self) -> String {
        let severity = crate::t!("rule-default-severity", severity = self.severity.label());
        format!(
            "{} ({severity}): {}\n\n{}\n\n",
            self.code,
            self.title_text(),
            self.explanation_text()
        )
    }

    /// The one-line title in the current language (`rule-CODE-title`); [`Rule::title`] is the
    /// English the README's catalogue shows. A rule with no message (`lakip audit`'s own, for
    /// now) keeps its English.
    pub fn title_text(&self) -> String {
        self.text("title", self.title)
    }

    /// The `--explain` paragraph in the current language (`rule-CODE-explanation`).
    pub fn explanation_text(&self) -> String {
        self.text("explanation", self.explanation)
    }

    fn text(&self, part: &str, english: &str) -> String {
        // `lakip audit`'s rules share some codes (`percent`, `sisa`) but not their words.
        let key = format!("rule-{}-{part}", self.code);
        match RULES.contains(self) && crate::i18n::has(crate::i18n::lang(), &key) {
            true => crate::i18n::tr(&key, &[]),
            false => english.to_string(),
        }
    }
}

pub const SUM_HEADING: Rule = Rule {
    code: "sum-heading",
    severity: Severity::Error,
    title: "the rows under a heading do not add up to the amount the heading states, or none of them holds that column while other rows do (the reports would count 0 there)",
    explanation:
        "A heading row (a program, kegiatan or lower level) that states its own amount must \
        equal the sum of the rows directly under it: its items, and its sub-headings (taken at the \
        amount they state, or, when they state none, at the sum of their own rows). Checked for \
        every amount column (anggaran, pagu, realisasi, sisa). A heading that states no amount is \
        computed, not flagged.",
};

pub const SUM_TOTAL: Rule = Rule {
    code: "sum-total",
    severity: Severity::Error,
    title: "a declared total (JUMLAH, TOTAL…) does not equal the sum of what it totals",
    explanation: "A total row must equal the sum of the rows it totals: for a grand total, the \
        top-level headings (at their stated amount, or their computed sum when they state none) \
        and any items outside a heading; for a subtotal, the rows under its heading. Checked for \
        every amount column.",
};

pub const COLUMN_FORMULA: Rule = Rule {
    code: "column-formula",
    severity: Severity::Error,
    title: "a row breaks a formula the form's column-number row states",
    explanation: "A form whose column-number row states formulas (the Renja evaluation: \
        `13 = 9 + 10 + 11 + 12`, `14 = 7 + 13`, `15 = 14 / 6 x 100`) is checked row by row on \
        its amount (Rp.) columns: the formulas are read from the sheet, a number that numbers a \
        column standing for that column. Sums must be exact; a percentage is compared at two \
        decimals, rounded half-up. A row with an empty or uncomputed cell, or a zero divisor, \
        is not checked.",
};

pub const PERCENT: Rule = Rule {
    code: "percent",
    severity: Severity::Error,
    title: "a stated percentage does not follow from realisasi ÷ pagu",
    explanation: "The percentage a row states is compared with realisasi ÷ pagu × 100, both \
        rounded half-up to two decimals. A difference larger than the tolerance ([check] \
        toleransi_persen in lakip.toml, default 0.01 percentage point) is an error: \
        79.095.521 / 79.097.000 stated as 100 passes (99,998… rounds to 100,00), \
        18.884.995 / 18.985.000 stated as 100 does not (99,47).",
};

pub const SISA: Rule = Rule {
    code: "sisa",
    severity: Severity::Error,
    title: "a stated sisa does not equal pagu − realisasi",
    explanation: "Sisa anggaran is pagu minus realisasi, exactly. A row that states a sisa must \
        state that difference.",
};

pub const REALISASI_SD: Rule = Rule {
    code: "realisasi-sd",
    severity: Severity::Error,
    title: "realisasi s.d. periode is not periode lalu + periode ini",
    explanation: "A realisation by period (SAKTI's GLP039) states the realisasi up to the end of \
        the previous period, in this period, and up to this period. The last must be the sum \
        of the first two, on every row: items, every level of the codes, and the total.",
};

pub const OVERSPEND: Rule = Rule {
    code: "overspend",
    severity: Severity::Error,
    title: "realisasi is above pagu",
    explanation: "Spending above the budget ceiling is reported as an error by default. Budget \
        revisions that are not yet posted produce it legitimately; set \
        realisasi_melebihi_pagu = \"warning\" under [check] in lakip.toml to make it a warning.",
};

pub const NO_URAIAN: Rule = Rule {
    code: "no-uraian",
    severity: Severity::Error,
    title: "an item has amounts but no description",
    explanation: "Every amount must say what it is for. An item row with amounts and an empty \
        uraian is imported (nothing is lost) but cannot be explained to an auditor.",
};

pub const NEGATIVE: Rule = Rule {
    code: "negative",
    severity: Severity::Warning,
    title: "an amount is negative",
    explanation:
        "Pagu, realisasi and anggaran are not negative in a plan or a realisation report. \
        A negative figure is usually a correction typed in the wrong place.",
};

pub const DUPLICATE: Rule = Rule {
    code: "duplicate-item",
    severity: Severity::Warning,
    title: "the same item appears twice under the same heading",
    explanation: "Two items under one heading with the same uraian and the same amounts are \
        usually one row copied twice, which counts its money twice.",
};

pub const EMPTY_HEADING: Rule = Rule {
    code: "empty-heading",
    severity: Severity::Warning,
    title: "a heading has no items under it",
    explanation: "A program, kegiatan or output heading with no item under it at any depth adds \
        nothing; a row meant to be under it may have been put elsewhere or left out.",
};

pub const UNCOMPUTED_FORMULA: Rule = Rule {
    code: "uncomputed-formula",
    severity: Severity::Error,
    title: "an amount cell is a formula without a computed value",
    explanation: "The file stores a formula whose result was never computed (a file written by a \
        program, not saved by a spreadsheet application). Its value is unknown, not zero. Open \
        and save the file in Excel or LibreOffice so its formulas are computed, and import it again.",
};

pub const CELL_ERROR: Rule = Rule {
    code: "cell-error",
    severity: Severity::Error,
    title: "an amount cell shows a formula error",
    explanation:
        "The cell's formula fails (`#VALUE!`, `#DIV/0!`, `#REF!`), often because a cell it \
        uses holds `-` or is empty. Its value is unknown, so sums through it are not checked.",
};

pub const NOT_READ: Rule = Rule {
    code: "not-read",
    severity: Severity::Warning,
    title: "part of a sheet was not read",
    explanation: "The import met something it did not take in: a second table under the first, \
        numbers in a column lakip does not read, a row with numbers that fits no row class \
        (imported with --allow-unrecognised), a cell beyond the sheet limits, a CSV quote left \
        open. A check that finds nothing wrong in what was read says so here, so that \"ok\" \
        never means \"not looked at\".",
};

pub const DOUBT: Rule = Rule {
    code: "doubt",
    severity: Severity::Warning,
    title: "the import had to guess",
    explanation: "Recognising a table sometimes means choosing: which kind of document it is, \
        which role a column plays, whether a row is a heading, an item or a total, whether 0,95 \
        is a fraction or a percentage, which rows belong to one sasaran. Where the choice was not \
        clear the import wrote a notice naming what it chose, why, and the other reading; and \
        check adds one where a realisasi of at most 1% stands against a target of 20% or more \
        (`0,9` against `100%`: a fraction, 90%, or not). Until \
        it is settled (import again with --kind, or make the header say it plainly) the figures \
        rest on a guess, so check reports it and never says \"ok\" over it; with --deny \
        warnings it fails the check.",
};

pub const SIGNATURE_DATE: Rule = Rule {
    code: "signature-date",
    severity: Severity::Warning,
    title: "the signature date does not fit the document's year",
    explanation: "An RKT is signed before or during its year, not after it; a realisation report \
        for year N is signed after year N has ended. A date that breaks this is often last year's \
        template with the year not updated.",
};

pub const YEAR_MISMATCH: Rule = Rule {
    code: "year-mismatch",
    severity: Severity::Warning,
    title: "a document states another year than the workspace's",
    explanation: "The workspace is for one year (`tahun` in lakip.toml). A document's year is \
        what its title states (`Tahun 2023`, `TA 2023`, `Tahun Anggaran 2023`; a Renstra's \
        period `Tahun 2020-2024` matches when it holds the workspace's year; else a year standing \
        as a word of a title line: `PERJANJIAN KINERJA 2024`, `PERIODE JANUARI S.D. DESEMBER \
        2024`) or, where the title states none, its signature's date: a plan is signed in its year or the year before, a \
        realisation in its year or the next, a PK or RAK in its year (or in December before \
        it). A regulation's year (`Undang-Undang Nomor 7 Tahun 2017`, `UU No. 23 Tahun 2014`) or a \
        date in the text is not the document's. Where its title and signature fit, a column read \
        as the year's figure whose header states another year (`Target 2022`, `Realisasi 2022`) \
        does not. Last year's file imported by mistake passes every other rule; a \
        realisation of last year is still a document of last year.",
};

pub const CAPAIAN: Rule = Rule {
    code: "capaian",
    severity: Severity::Error,
    title: "a stated capaian does not follow from target and realisasi",
    explanation: "The capaian a kinerja row states is compared with the capaian computed from its \
        target and realisasi: R ÷ T × 100 when higher is better, (2T − R) ÷ T × 100 when lower is \
        better, 100 less the relative deviation when the realisasi must equal the target, grades \
        by their rank, counts only in the same unit. The cap ([capaian] batas_atas) applies when \
        set; polarity comes from a Polaritas column or [capaian.polaritas]. The computed value \
        is rounded half-up to the decimals the table writes: T 95%, R 100% stated as 95 is \
        reported (105,26, or 100 under batas_atas = 100). A stated figure within [check] \
        toleransi_persen of the computed one passes, as for `percent`.",
};

pub const CAPAIAN_UNCHECKED: Rule = Rule {
    code: "capaian-unchecked",
    severity: Severity::Warning,
    title: "a stated capaian cannot be checked",
    explanation: "A kinerja row states a capaian, but its target or realisasi is missing, text \
        (`10 PPK dan 133 PPS`), unreadable (`1OO%`), or of kinds that cannot be compared (a \
        grade against a percentage, counts in different units). The stated figure is then \
        taken on trust; this says so, so that \"ok\" never means \"not looked at\".",
};

pub const TARGET_MISMATCH: Rule = Rule {
    code: "target-mismatch",
    severity: Severity::Error,
    title: "one indikator has different targets in PK, kinerja or RAK, or than the Renstra's for the year",
    explanation: "The same indikator (its text matched across documents, forgiving case, \
        spacing, punctuation, typing slips and one word in a long text) must carry the same \
        target everywhere. The signed PK is the reference; each other document whose target \
        differs is reported at its own cell, naming the PK's. The PK's target must also be the \
        Renstra's target for the workspace's year (tahun in lakip.toml): where it is not, the \
        PK's cell is reported, naming the year and the Renstra's cell. `100` under a \
        `Target (%)` header equals `100%`.",
};

pub const RENSTRA_UNCHECKED: Rule = Rule {
    code: "renstra-unchecked",
    severity: Severity::Warning,
    title: "a target cannot be compared with the Renstra's",
    explanation: "The Renstra's target for the workspace's year is compared with the PK's for \
        every indikator the two share. Where the Renstra's cell for the year is empty, that \
        indikator is not compared; where the Renstra has no column for the year (a year outside \
        its period), or there is no year (files checked outside a workspace), none is. This \
        says so, so that \"ok\" never means \"not looked at\".",
};

pub const PK_UNMEASURED: Rule = Rule {
    code: "pk-unmeasured",
    severity: Severity::Warning,
    title: "an indikator of the PK has no measurement",
    explanation: "Every indikator the PK promises must be measured in the BAB III (kinerja) \
        table. Reported once per indikator, at its first PK, when the workspace holds a kinerja \
        table and none of its rows is the same indikator. Often the measurement exists under a \
        reworded indikator: make the two texts agree.",
};

pub const PK_NUMBERING: Rule = Rule {
    code: "pk-numbering",
    severity: Severity::Error,
    title: "two rows of a PK carry the same number",
    explanation: "The numbers of a PK table are how the report, the RAK and the evaluators refer \
        to a sasaran; two rows numbered `2` make every such reference ambiguous.",
};

pub const DUPLICATE_INDIKATOR: Rule = Rule {
    code: "duplicate-indikator",
    severity: Severity::Error,
    title: "the same indikator appears twice under one sasaran",
    explanation: "Each indikator of a sasaran is measured once. Written twice under one sasaran \
        of a PK or BAB III (the texts compared without case, spacing or punctuation) — a row \
        copied, or the rows of another table, another year's, read on under the first because \
        nothing set them apart — it is counted twice in the sasaran's average and in every \
        count of indikator. Reported at the second row, naming the first and whether their \
        figures agree.",
};

pub const PK_BUDGET: Rule = Rule {
    code: "pk-budget",
    severity: Severity::Warning,
    title: "a PK program budget differs from the program's pagu",
    explanation: "The program budget lines under a PK (`1. Penyelenggaraan Pemilu … \
        Rp10.069.050.000`) are compared with the pagu of the same program in the anggaran \
        table, computed from its items. A PK signed before a budget revision legitimately \
        differs; the report should then say so. Reported once per program and amount.",
};

pub const PK_BUDGET_TOTAL: Rule = Rule {
    code: "pk-budget-total",
    severity: Severity::Error,
    title: "a PK's budget total differs from the sum of its program lines",
    explanation: "A total under a PK's program budget lines (`TOTAL ANGGARAN Rp6.122.579.000`) \
        states what the lines add up to; the lines are added up and compared. Either a line or \
        the total was typed wrong: the document the parties sign must add up.",
};

pub const RAK_BIAYA: Rule = Rule {
    code: "rak-biaya",
    severity: Severity::Warning,
    title: "the RAK's total biaya differs from the budget",
    explanation: "The sum of the perkiraan biaya of every RAK in the workspace (a RAK split over \
        several sheets counts once) is compared with the total pagu of the anggaran tables \
        (computed from their items), or, without one, with the RKT's total anggaran. A RAK that plans for a different sum than the budget plans for is out of date \
        or incomplete.",
};

pub const REALISASI_SOURCES: Rule = Rule {
    code: "realisasi-sources",
    severity: Severity::Error,
    title: "two sources of the realisation disagree on a program's or kegiatan's pagu or realisasi",
    explanation: "With a system's export (SAKTI) and a hand-made realisasi table of the same \
        satker in one workspace, each program is matched across the two — by code where both \
        have one (`WA` and `036.01.WA` are one program), else by name — and its pagu and \
        realisasi, computed from the items, are compared. A report that states one pagu while \
        the DIPA says another is caught here. Under two matched programs their kegiatan are \
        compared the same way (by the kegiatan part of the code: `WA.6336` is `036.01.WA.6336`; \
        else by name), when both sources list kegiatan. Reported at the row in the first \
        table, naming the other's.",
};

pub const REALISASI_UNMATCHED: Rule = Rule {
    code: "realisasi-unmatched",
    severity: Severity::Warning,
    title: "a program or kegiatan is in one source of the realisation but not in the other",
    explanation: "When two sources of the realisation are in one workspace, every program of \
        each must be found in the other, and every kegiatan under a matched program when both \
        list kegiatan. One that is not (another code, a name written \
        otherwise, a program left out) is listed, never dropped, so that the comparison is \
        known to be complete.",
};

pub const RAK_UNSCHEDULED: Rule = Rule {
    code: "rak-unscheduled",
    severity: Severity::Warning,
    title: "a RAK action has no month scheduled",
    explanation: "Every action of a Rencana Aksi is planned in at least one month (`B1`…`B12`, \
        `M1-4`, `minggu ke 1`, `✓`; `-` is none). When no action of a sheet has any mark, the \
        schedule is probably shown by cell colour, which lakip cannot read: that is said once \
        for the sheet.",
};

pub const DUPLICATE_DOCUMENT: Rule = Rule {
    code: "duplicate-document",
    severity: Severity::Error,
    title: "two documents look like versions of one",
    explanation: "A revised file imported under a new name sits beside the old one, and every \
        report that adds up the documents of a kind (the realisasi, the RAK's biaya) counts the \
        money twice. Two documents of one kind from different files (or, for a budget kind, two \
        sheets of one workbook: a sheet copied and revised) are taken for versions of one when nothing they state sets them apart (another year in the title, another satker \
        in a SAKTI title block, other parties to a PK) and at least 60% of the rows of the \
        larger are in the other: items matched by budget code, else by uraian; indikator by \
        their text. Reported at the one imported later, naming the other. Keep one: `lakip \
        remove FILE|ID`, or `lakip import NEW --replace OLD` (`lakip status` lists the IDs); \
        `lakip realisasi` refuses to add the two up. If they really are two documents, allow \
        the rule.",
};

/// The catalogue, in the order the README lists it.
pub const RULES: [Rule; 31] = [
    SUM_HEADING,
    SUM_TOTAL,
    COLUMN_FORMULA,
    PERCENT,
    SISA,
    REALISASI_SD,
    OVERSPEND,
    NO_URAIAN,
    NEGATIVE,
    DUPLICATE,
    EMPTY_HEADING,
    UNCOMPUTED_FORMULA,
    CELL_ERROR,
    SIGNATURE_DATE,
    YEAR_MISMATCH,
    CAPAIAN,
    CAPAIAN_UNCHECKED,
    TARGET_MISMATCH,
    RENSTRA_UNCHECKED,
    PK_UNMEASURED,
    PK_NUMBERING,
    DUPLICATE_INDIKATOR,
    PK_BUDGET,
    PK_BUDGET_TOTAL,
    RAK_BIAYA,
    RAK_UNSCHEDULED,
    REALISASI_SOURCES,
    REALISASI_UNMATCHED,
    DUPLICATE_DOCUMENT,
    NOT_READ,
    DOUBT,
];

pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

/// What `[check]` in lakip.toml and the command line can change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Percentage points a stated percentage may differ from the computed one.
    pub tolerance: Decimal,
    pub overspend: Severity,
    /// Codes not reported.
    pub allow: BTreeSet<String>,
    /// Codes reported as errors.
    pub deny: BTreeSet<String>,
    /// The workspace's year, for the signature-date rule and the Renstra's targets.
    pub tahun: Option<i32>,
    /// Warnings fail the check too (`--deny warnings`).
    pub deny_warnings: bool,
    /// `[capaian]`: the cap, polarities and predikat scale.
    pub capaian: crate::compute::kinerja::Settings,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            tolerance: Decimal::new(1, 2),
            overspend: Severity::Error,
            allow: BTreeSet::new(),
            deny: BTreeSet::new(),
            tahun: None,
            deny_warnings: false,
            capaian: crate::compute::kinerja::Settings::default(),
        }
    }
}

/// Runs every rule over the documents. Diagnostics come in a fixed order: file, sheet, row, code.
pub fn run(docs: &[Document], settings: &Settings) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for doc in docs {
        for family in doc.kind.spec().checks {
            match family {
                CheckFamily::Totals => totals::check(doc, &mut out),
                CheckFamily::Ratios => ratios::check(doc, settings, &mut out),
                CheckFamily::Items => items::check(doc, &mut out),
                CheckFamily::SignatureDate => dates::check(doc, settings, &mut out),
                CheckFamily::Capaian => capaian::check(doc, settings, &mut out),
                CheckFamily::Numbering => targets::numbering(doc, &mut out),
                CheckFamily::Indikator => indikator::check(doc, &mut out),
                CheckFamily::Schedule => schedule::check(doc, &mut out),
                CheckFamily::ColumnFormulas => formulas::check(doc, &mut out),
            }
        }
        // Every kind: the document's year, numeric cells whose value is unknown, and what the
        // import left unread.
        if let Some(m) = settings.tahun.and_then(|t| years::mismatch(doc, t)) {
            out.push(
                Diagnostic::new(&YEAR_MISMATCH, m.location, m.message)
                    .hint(crate::t!("hint-year-mismatch")),
            );
        }
        items::uncomputed(doc, &mut out);
        not_read(doc, &mut out);
    }
    targets::check(docs, settings.tahun, &mut out);
    budgets::check(docs, &mut out);
    reconcile::check(docs, &mut out);
    documents::check(docs, &mut out);
    out.retain(|d| !settings.allow.contains(d.code));
    for d in &mut out {
        if settings.deny.contains(d.code) {
            d.severity = Severity::Error;
        }
    }
    out.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            (
                d.location.file.clone(),
                d.location.sheet.clone(),
                d.location.row,
                d.code,
            )
        };
        key(a).cmp(&key(b))
    });
    out
}

/// What the import left unread or had to guess, said again where a check's verdict is read.
fn not_read(doc: &Document, out: &mut Vec<Diagnostic>) {
    for n in &doc.notices {
        let rule = match n.kind {
            NoticeKind::Doubt => &DOUBT,
            kind if kind.is_not_read() => &NOT_READ,
            _ => continue,
        };
        out.push(Diagnostic::new(rule, n.location.clone(), n.message.clone()));
    }
}

/// A text from a cell on one line: its line breaks and runs of spaces become one space.
use crate::text::one_line;

/// The location of one quantity of a row: the row's location with the quantity's cell.
fn at(row: &Location, cell: impl std::fmt::Display) -> Location {
    Location {
        cell: cell.to_string().into(),
        ..row.clone()
    }
}
