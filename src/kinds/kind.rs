//! The vocabulary of document kinds, with no dependencies: which kinds there are, their
//! families and purposes. What each kind is particular in is its module's `KindSpec`, found
//! through the registry in `mod.rs`.

/// The kinds of document lakip understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DocKind {
    /// Rencana Kerja Tahunan: the year's work plan with estimated budget per activity.
    Rkt,
    /// Realisasi anggaran: pagu and realisasi per program and kegiatan.
    Anggaran,
    /// Perjanjian Kinerja: sasaran, indikator and target, with the program budgets under it.
    Pk,
    /// The measurement table of BAB III: target, realisasi and the capaian it states.
    Kinerja,
    /// Rencana Aksi: the actions per indikator with their monthly schedule and cost.
    Rak,
    /// Renstra: sasaran and indikator with a target for each year of the five-year plan.
    Renstra,
    /// SAKTI's realisation report GLP039 (Laporan Ketersediaan Dana Detail): pagu, lock pagu
    /// and realisasi by period at every level of the budget codes.
    Sakti,
    /// The evaluation of the Renja against the RKPD (Permendagri 86/2017): K and Rp. of the
    /// Renstra, the Renja and each triwulan, per urusan, program, kegiatan and sub kegiatan.
    Renja,
}

impl DocKind {
    /// Every kind, in the order tables are stored and listed.
    pub const ALL: [DocKind; 8] = [
        DocKind::Rkt,
        DocKind::Anggaran,
        DocKind::Pk,
        DocKind::Kinerja,
        DocKind::Rak,
        DocKind::Renstra,
        DocKind::Sakti,
        DocKind::Renja,
    ];
}

/// The two shapes a document takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// Headings, items and totals: program → kegiatan → output, with amounts to add up.
    Budget,
    /// One row per indikator (or action) with its target.
    Performance,
}

/// What a document is for: the reports and the cross-document checks choose documents by it,
/// so a new kind with the same purpose (a system's export of the realisation) joins them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// The planned budget (RKT): the reference when there is no realisation table.
    Plan,
    /// Pagu and realisasi: the realisasi report, BAB III B, the budget checks.
    Realisation,
    /// The agreed targets (PK).
    Agreement,
    /// Target, realisasi and capaian (BAB III A).
    Measurement,
    /// The action plan with its schedule and cost (RAK).
    ActionPlan,
    /// The medium-term plan's targets for each year of its period (Renstra): BAB II's
    /// Tabel 2.1, BAB III's comparison, and the year's target the PK must agree with.
    StrategicPlan,
}

/// The families of checks a kind's documents go through, run once per document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckFamily {
    /// Items to headings to totals.
    Totals,
    /// Percent, sisa, overspend.
    Ratios,
    /// No uraian, negative, duplicates, empty headings.
    Items,
    /// The signature's year against the document's.
    SignatureDate,
    /// The capaian stated against the one computed.
    Capaian,
    /// The PK's numbering of its sasaran.
    Numbering,
    /// The same indikator twice under one sasaran.
    Indikator,
    /// Actions without a month.
    Schedule,
    /// The formulas a form's column-number row states (`13 = 9 + 10 + 11 + 12`).
    ColumnFormulas,
}

/// When a signature's date is wrong for the document's year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignedWhen {
    /// A plan is signed in or before its year.
    NotAfterYear,
    /// A realisation of the whole year is signed after the year ended.
    AfterYear,
}
