//! One satker's workspace read, checked and summed up: the row it takes in the rollup.

use crate::check::{self, Severity, YEAR_MISMATCH};
use crate::compute::{efisiensi, kinerja, realisasi};
use crate::kinds::{DocKind, Purpose};
use crate::model::{Document, Level};
use crate::workspace::config::{Satker, TINGKAT};
use crate::workspace::{load, Workspace};
use rust_decimal::Decimal;
use std::path::Path;

/// Who a unit is: from `[satker]` in lakip.toml, the code also from a SAKTI export.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Identity {
    pub nama: String,
    pub kode: Option<String>,
    /// Where the code comes from: `lakip.toml` or the export's file.
    pub kode_dari: Option<String>,
    pub tingkat: Option<&'static str>,
    pub induk: Option<String>,
    pub tahun: i32,
}

/// A program or kegiatan line of a unit's realisasi.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The program above a kegiatan; `None` for a program.
    pub program: Option<(Option<String>, String)>,
    pub code: Option<String>,
    pub uraian: String,
    pub pagu: Option<Decimal>,
    pub realisasi: Option<Decimal>,
}

/// What one workspace gives the rollup.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub path: String,
    pub identity: Identity,
    pub pagu: Option<Decimal>,
    pub realisasi: Option<Decimal>,
    pub serapan: Option<Decimal>,
    pub sisa: Option<Decimal>,
    pub indikator: usize,
    pub tercapai: usize,
    /// Indikator whose capaian was computed and is below 100%.
    pub belum_tercapai: usize,
    /// The mean of the computed capaian, rounded to two decimals.
    pub rata_capaian: Option<Decimal>,
    pub nilai_efisiensi: Option<Decimal>,
    pub predikat: Option<String>,
    pub errors: usize,
    pub warnings: usize,
    /// Documents of another year than the workspace's (the check's `year-mismatch`).
    pub tahun_lain: usize,
    /// The kinds of document the LKj needs that the workspace lacks: `realisasi`, `pk`, …
    pub kurang: Vec<&'static str>,
    /// Why the realisasi could not be summed (two sources, no choice), when so.
    pub catatan: Vec<String>,
    pub lines: Vec<Line>,
}

/// The documents an LKj is made of, by purpose, and how the table names a missing one.
const NEEDED: [(Purpose, &str); 4] = [
    (Purpose::Realisation, "realisasi"),
    (Purpose::Agreement, "pk"),
    (Purpose::Measurement, "kinerja"),
    (Purpose::ActionPlan, "rak"),
];

/// Reads, checks and sums up the workspace at `dir`; `Err` is one line saying why it could
/// not be read.
pub fn read(dir: &Path) -> Result<Unit, String> {
    let ws = Workspace::open(Some(dir)).map_err(|e| format!("{e:#}"))?;
    let docs = load::load(&ws).map_err(|e| format!("{e:#}"))?;
    summarise(&ws, &docs, dir).map_err(|e| format!("{e:#}"))
}

fn summarise(ws: &Workspace, docs: &[Document], dir: &Path) -> anyhow::Result<Unit> {
    let settings = ws.config.check_settings()?;
    let diagnostics = check::run(docs, &settings);
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let mut catatan = Vec::new();
    let source = match realisasi::one_source(docs, ws.config.realisasi_source()?) {
        Ok(s) => s,
        Err(why) => {
            catatan.push(why);
            None
        }
    };
    // The LKj's own lines (each kind to its depth) for the totals and efisiensi, so the
    // rollup says what each unit's BAB III says; program and kegiatan for consolidating.
    let shown = realisasi::lines_to(docs, None, source);
    let all = realisasi::lines_to(docs, Some(Level::Kegiatan), source);
    let total = shown.iter().find(|l| l.level == "total");
    let capaian = ws.config.capaian_settings()?;
    let measured: Vec<kinerja::Measured> = docs
        .iter()
        .filter(|d| d.kind.purpose() == Purpose::Measurement)
        .flat_map(|d| d.indicators().iter())
        .map(|i| kinerja::measure(i, &capaian))
        .collect();
    let values: Vec<Decimal> = measured.iter().filter_map(|m| m.value()).collect();
    let hundred = Decimal::ONE_HUNDRED;
    let rata = mean(&values);
    let efisiensi = kinerja::efisiensi(&kinerja::links(&measured, &shown)).map(efisiensi::nilai);
    Ok(Unit {
        path: dir.display().to_string(),
        identity: identity(ws, docs)?,
        pagu: total.and_then(|t| t.pagu),
        realisasi: total.and_then(|t| t.realisasi),
        serapan: total.and_then(|t| t.serapan),
        sisa: total.and_then(|t| t.sisa),
        indikator: measured.len(),
        tercapai: values.iter().filter(|v| **v >= hundred).count(),
        belum_tercapai: values.iter().filter(|v| **v < hundred).count(),
        predikat: rata.map(|r| capaian.scale.predikat(r).to_string()),
        rata_capaian: rata,
        nilai_efisiensi: efisiensi,
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        tahun_lain: diagnostics
            .iter()
            .filter(|d| d.code == YEAR_MISMATCH.code)
            .count(),
        kurang: NEEDED
            .iter()
            .filter(|(p, _)| !docs.iter().any(|d| d.kind.purpose() == *p))
            .map(|(_, name)| *name)
            .collect(),
        catatan,
        lines: lines(&all),
    })
}

fn mean(values: &[Decimal]) -> Option<Decimal> {
    if values.is_empty() {
        return None;
    }
    let sum: Decimal = values.iter().sum();
    Some(crate::compute::round2(sum / Decimal::from(values.len())))
}

/// The top lines as programs and the lines directly under them as their kegiatan.
fn lines(all: &[realisasi::Line]) -> Vec<Line> {
    let mut out = Vec::new();
    let mut program: Option<(Option<String>, String)> = None;
    for l in all.iter().filter(|l| l.level != "total") {
        let above = match l.path.len() {
            0 => {
                program = Some((l.code.clone(), l.uraian.clone()));
                None
            }
            1 => match &program {
                Some(p) if p.1 == l.path[0] => Some(p.clone()),
                _ => Some((None, l.path[0].clone())),
            },
            _ => continue,
        };
        out.push(Line {
            program: above,
            code: l.code.clone(),
            uraian: l.uraian.clone(),
            pagu: l.pagu,
            realisasi: l.realisasi,
        });
    }
    out
}

/// The unit's identity: lakip.toml's `[satker]`, the code also from an export's title block
/// (a SAKTI report's `Satuan Kerja : 427768 …`). Two codes that differ are refused: the
/// workspace holds another satker's export, or lakip.toml is wrong.
pub fn identity(ws: &Workspace, docs: &[Document]) -> anyhow::Result<Identity> {
    let satker = &ws.config.satker;
    let mut kode = satker
        .kode
        .clone()
        .filter(|k| !k.trim().is_empty())
        .map(|k| {
            (
                k.trim().to_string(),
                crate::workspace::CONFIG_FILE.to_string(),
            )
        });
    for doc in docs {
        let Some(theirs) = exported_code(doc) else {
            continue;
        };
        match &kode {
            None => kode = Some((theirs, doc.file.clone())),
            Some((ours, from)) if *ours != theirs => {
                return Err(crate::error::input_error(other_code(
                    ours, from, &theirs, doc,
                )));
            }
            Some(_) => {}
        }
    }
    let (kode, kode_dari) = kode.unzip();
    Ok(Identity {
        nama: satker.nama.clone(),
        kode,
        kode_dari,
        tingkat: tingkat(satker)?,
        induk: satker.induk.clone().filter(|i| !i.trim().is_empty()),
        tahun: satker.tahun,
    })
}

/// `[satker] tingkat`, one of [`TINGKAT`]; another value is one line in the user's language.
fn tingkat(satker: &Satker) -> anyhow::Result<Option<&'static str>> {
    satker.tingkat().map_err(|_| {
        crate::error::input_error(crate::t!(
            "rollup-bad-tingkat",
            file = crate::workspace::CONFIG_FILE,
            allowed = TINGKAT.join(", "),
            written = satker.tingkat.as_deref().unwrap_or_default()
        ))
    })
}

fn exported_code(doc: &Document) -> Option<String> {
    DocKind::identity(doc.kind, doc)
        .into_iter()
        .find(|(k, _)| *k == "satker_kode")
        .map(|(_, v)| v)
}

fn other_code(ours: &str, from: &str, theirs: &str, doc: &Document) -> String {
    crate::t!(
        "rollup-other-code",
        theirs = theirs,
        file = doc.file.to_string(),
        ours = ours,
        from = from
    )
}
