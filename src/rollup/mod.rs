//! `lakip rollup`: many satker's workspaces read side by side — a province's kabupaten/kota,
//! or the nation's — into one table per satker, realisasi consolidated per program and
//! kegiatan, flags, and a consolidated annex for the parent unit.

pub mod annex;
pub mod consolidate;
pub mod discover;
pub mod unit;

use consolidate::Consolidated;
use rust_decimal::Decimal;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use unit::Unit;

/// What the flags are measured against.
#[derive(Debug, Clone)]
pub struct Options {
    /// Serapan below this percentage is flagged.
    pub serapan_min: Decimal,
    /// The year every unit should report; by default `rollup.toml`'s, else the most common.
    pub tahun: Option<i32>,
    /// Reading threads (both cores by default).
    pub threads: usize,
    /// Show a progress bar (only on a terminal).
    pub progress: bool,
}

/// A workspace that could not be read: its path and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub path: String,
    pub reason: String,
}

/// Something a reader of the rollup should look at, for one unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Flag {
    pub satker: String,
    pub code: &'static str,
    pub message: String,
}

/// The flags' codes (the README lists them); what each means is `rollup-flag-CODE` in the
/// resource files ([`flag_meaning`]).
pub const FLAGS: [&str; 7] = [
    "serapan-rendah",
    "melebihi-pagu",
    "capaian-rendah",
    "check-error",
    "tahun-lain",
    "unit-hilang",
    "tidak-terbaca",
];

/// What a flag means, in the current language.
pub fn flag_meaning(code: &str) -> String {
    crate::i18n::tr(&format!("rollup-flag-{code}"), &[])
}

/// The whole rollup.
#[derive(Debug, Clone)]
pub struct Rollup {
    pub nama: Option<String>,
    pub tahun: Option<i32>,
    pub units: Vec<Unit>,
    pub unreadable: Vec<Unreadable>,
    pub lines: Vec<Consolidated>,
    pub total: Total,
    pub flags: Vec<Flag>,
}

/// The units' totals added up.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Total {
    /// Units whose pagu and realisasi are in the sums, of `satker` read.
    pub anggaran: usize,
    pub satker: usize,
    pub pagu: Option<Decimal>,
    pub realisasi: Option<Decimal>,
    pub serapan: Option<Decimal>,
    pub sisa: Option<Decimal>,
    pub indikator: usize,
    pub tercapai: usize,
    pub errors: usize,
    pub warnings: usize,
}

/// Reads every workspace `inputs` name (see [`discover::discover`]) and rolls them up.
pub fn run(inputs: &[PathBuf], options: &Options) -> anyhow::Result<Rollup> {
    let found = discover::discover(inputs)?;
    if found.workspaces.is_empty() && found.absent.is_empty() {
        return Err(crate::error::input_error(no_workspaces(inputs)));
    }
    let results = read_all(&found.workspaces, options);
    let mut units = Vec::new();
    let mut unreadable = Vec::new();
    for (path, result) in found.workspaces.iter().zip(results) {
        match result {
            Ok(u) => units.push(u),
            Err(reason) => unreadable.push(Unreadable {
                path: path.display().to_string(),
                reason,
            }),
        }
    }
    let tahun = options
        .tahun
        .or(found.file.tahun)
        .or_else(|| common_year(&units));
    let mut flags = Vec::new();
    for u in &units {
        unit_flags(u, tahun, options.serapan_min, &mut flags);
    }
    for u in &unreadable {
        flags.push(Flag {
            satker: u.path.clone(),
            code: "tidak-terbaca",
            message: u.reason.clone(),
        });
    }
    missing(&found, &units, &mut flags);
    Ok(Rollup {
        nama: found.file.nama.clone(),
        tahun,
        lines: consolidate::consolidate(&units),
        total: total(&units),
        units,
        unreadable,
        flags,
    })
}

fn no_workspaces(inputs: &[PathBuf]) -> String {
    let named: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
    crate::t!("rollup-no-workspaces", inputs = named.join(", "))
}

/// Each workspace read on one of `threads` threads, taking the next one free; the results in
/// the order of `paths`.
fn read_all(paths: &[PathBuf], options: &Options) -> Vec<Result<Unit, String>> {
    let slots: Vec<Mutex<Option<Result<Unit, String>>>> =
        paths.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let bar = progress_bar(paths.len(), options.progress);
    std::thread::scope(|scope| {
        for _ in 0..options.threads.clamp(1, paths.len().max(1)) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = paths.get(i) else { break };
                let result = unit::read(path);
                if let Ok(mut slot) = slots[i].lock() {
                    *slot = Some(result);
                }
                if let Some(bar) = &bar {
                    bar.inc(1);
                }
            });
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    slots
        .into_iter()
        .map(|s| {
            s.into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| Err(reading_failed()))
        })
        .collect()
}

fn reading_failed() -> String {
    crate::t!("rollup-thread-failed")
}

/// A progress bar on stderr, only when stderr is a terminal and there is more than one unit.
fn progress_bar(len: usize, wanted: bool) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if !wanted || len < 2 || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    let template = format!(
        "{{spinner}} {} {{bar:30}} {{pos}}/{{len}} {{elapsed}}",
        crate::t!("rollup-progress")
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    Some(bar)
}

/// The year most units report (the earliest of a tie).
fn common_year(units: &[Unit]) -> Option<i32> {
    let mut counts: std::collections::BTreeMap<i32, usize> = Default::default();
    for u in units {
        *counts.entry(u.identity.tahun).or_default() += 1;
    }
    let most = counts.values().copied().max()?;
    counts.into_iter().find(|(_, n)| *n == most).map(|(y, _)| y)
}

fn unit_flags(u: &Unit, tahun: Option<i32>, serapan_min: Decimal, out: &mut Vec<Flag>) {
    let mut flag = |code: &'static str, message: String| {
        out.push(Flag {
            satker: u.identity.nama.clone(),
            code,
            message,
        })
    };
    if let Some(s) = u.serapan.filter(|s| *s < serapan_min) {
        flag("serapan-rendah", messages::serapan_low(s, serapan_min));
    }
    for (what, p, r) in overspent(u) {
        flag("melebihi-pagu", messages::overspent(&what, p, r));
    }
    if u.belum_tercapai > 0 {
        flag(
            "capaian-rendah",
            messages::below_target(u.belum_tercapai, u.indikator),
        );
    }
    if u.errors > 0 {
        flag("check-error", messages::check_errors(u.errors));
    }
    if u.tahun_lain > 0 {
        flag("tahun-lain", messages::other_year_documents(u.tahun_lain));
    }
    if let Some(t) = tahun.filter(|t| *t != u.identity.tahun) {
        flag(
            "tahun-lain",
            messages::other_year_workspace(u.identity.tahun, t),
        );
    }
}

/// The total, then each program and kegiatan, whose realisasi is above its pagu.
fn overspent(u: &Unit) -> Vec<(String, Decimal, Decimal)> {
    let mut out = Vec::new();
    if let (Some(p), Some(r)) = (u.pagu, u.realisasi) {
        if r > p {
            out.push((crate::t!("rollup-overspent-total"), p, r));
        }
    }
    for l in &u.lines {
        if let (Some(p), Some(r)) = (l.pagu, l.realisasi) {
            if r > p {
                out.push((l.uraian.clone(), p, r));
            }
        }
    }
    out
}

/// The total row's label: `Jumlah`, or `Jumlah (1 dari 5 satker)` when some units have no
/// budget figures.
pub fn total_label(t: &Total) -> String {
    if t.anggaran == t.satker {
        crate::t!("rollup-total")
    } else {
        crate::t!("rollup-total-some", with = t.anggaran, of = t.satker)
    }
}

/// Units expected by name and directories named that hold no workspace.
fn missing(found: &discover::Found, units: &[Unit], out: &mut Vec<Flag>) {
    for name in &found.file.harapkan {
        let present = units
            .iter()
            .any(|u| u.identity.nama.trim().eq_ignore_ascii_case(name.trim()));
        if !present {
            out.push(Flag {
                satker: name.clone(),
                code: "unit-hilang",
                message: messages::expected_absent(),
            });
        }
    }
    for dir in &found.absent {
        out.push(Flag {
            satker: dir.display().to_string(),
            code: "unit-hilang",
            message: messages::no_workspace_in_dir(),
        });
    }
}

/// The units' figures added up: pagu and realisasi over the units that have both (a unit
/// without a realisasi document adds nothing, and `anggaran` says how many did).
fn total(units: &[Unit]) -> Total {
    let budgets: Vec<(Decimal, Decimal)> = units
        .iter()
        .filter_map(|u| u.pagu.zip(u.realisasi))
        .collect();
    let pair = (!budgets.is_empty()).then(|| {
        budgets
            .iter()
            .fold((Decimal::ZERO, Decimal::ZERO), |(p, r), (a, b)| {
                (p + a, r + b)
            })
    });
    Total {
        pagu: pair.map(|(p, _)| p),
        realisasi: pair.map(|(_, r)| r),
        serapan: pair.and_then(|(p, r)| crate::compute::anggaran::serapan(p, r)),
        sisa: pair.map(|(p, r)| crate::compute::anggaran::sisa(p, r)),
        anggaran: budgets.len(),
        satker: units.len(),
        indikator: units.iter().map(|u| u.indikator).sum(),
        tercapai: units.iter().map(|u| u.tercapai).sum(),
        errors: units.iter().map(|u| u.errors).sum(),
        warnings: units.iter().map(|u| u.warnings).sum(),
    }
}

/// The columns `--sort` ranks by.
pub const SORT_COLUMNS: [&str; 11] = [
    "satker",
    "pagu",
    "realisasi",
    "serapan",
    "sisa",
    "indikator",
    "tercapai",
    "capaian",
    "efisiensi",
    "errors",
    "warnings",
];

/// Ranks the units by `column`: names A to Z, figures highest first (lowest first with
/// `ascending`); a unit without the figure last; ties by name.
pub fn sort(units: &mut [Unit], column: &str, ascending: bool) {
    let key = |u: &Unit| -> Option<Decimal> {
        match column {
            "pagu" => u.pagu,
            "realisasi" => u.realisasi,
            "serapan" => u.serapan,
            "sisa" => u.sisa,
            "indikator" => Some(u.indikator.into()),
            "tercapai" => Some(u.tercapai.into()),
            "capaian" => u.rata_capaian,
            "efisiensi" => u.nilai_efisiensi,
            "errors" => Some(u.errors.into()),
            "warnings" => Some(u.warnings.into()),
            _ => None,
        }
    };
    units.sort_by(|a, b| {
        let by_value = match (key(a), key(b)) {
            (Some(x), Some(y)) if ascending => x.cmp(&y),
            (Some(x), Some(y)) => y.cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        };
        let by_name = a.identity.nama.cmp(&b.identity.nama);
        if column == "satker" {
            if ascending {
                by_name
            } else {
                by_name.reverse()
            }
            .then(a.path.cmp(&b.path))
        } else {
            by_value.then(by_name)
        }
    });
}

/// The rollup's flag messages, in the current language (`locales/*/rollup.ftl`).
pub mod messages {
    use crate::numbers::format_persen;
    use rust_decimal::Decimal;

    pub fn serapan_low(s: Decimal, min: Decimal) -> String {
        crate::t!(
            "rollup-serapan-low",
            serapan = format_persen(s, 2),
            min = format_persen(min, 2)
        )
    }

    pub fn overspent(what: &str, p: Decimal, r: Decimal) -> String {
        use crate::numbers::format_amount;
        crate::t!(
            "rollup-overspent",
            what = what,
            realisasi = format_amount(r),
            pagu = format_amount(p)
        )
    }

    pub fn below_target(below: usize, of: usize) -> String {
        crate::t!("rollup-below-target", below = below, of = of)
    }

    pub fn check_errors(n: usize) -> String {
        crate::t!("rollup-check-errors", errors = n)
    }

    pub fn other_year_documents(n: usize) -> String {
        crate::t!("rollup-other-year-documents", documents = n)
    }

    pub fn other_year_workspace(theirs: i32, ours: i32) -> String {
        crate::t!(
            "rollup-other-year-workspace",
            theirs = theirs.to_string(),
            ours = ours.to_string()
        )
    }

    pub fn expected_absent() -> String {
        crate::t!("rollup-expected-absent")
    }

    pub fn no_workspace_in_dir() -> String {
        crate::t!("rollup-no-workspace-in-dir")
    }
}
