//! A statement about one named sasaran or indikator: "Indikator X telah melampaui target"
//! (capaian above 100%), "… belum tercapai" / "tidak tercapai" / "di bawah target" (below 100%),
//! "… tercapai" / "mencapai target" (100% or more), held to the row of the capaian table the
//! subject names — the report's own, else the workspace's (-w) — by polaritas. Only a subject
//! matched by the similarity rules to exactly one row is judged; anything else is a skip.

use super::super::capaian::LOWER_BETTER;
use super::super::sentence::words_of;
use super::super::tables::{self, percent_figure, PerfRow};
use super::super::{rules, Audit};
use crate::compute::capaian::{capaian, Polarity};
use crate::compute::similar;
use crate::compute::target::{self, Bound};
use crate::numbers::{format_persen, round_half_up};
use rust_decimal::Decimal;
use std::collections::HashMap;

/// What a clause says of its subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// `melampaui target`: capaian above 100%.
    Over,
    /// `belum tercapai`, `tidak mencapai target`, `di bawah target`: below 100%.
    Under,
    /// `tercapai`, `mencapai target`: 100% or more.
    Reached,
}

/// Words that make a clause a hope, a plan or a condition, not a statement of what happened.
const HOPES: [&str; 12] = [
    "diharapkan",
    "agar",
    "supaya",
    "akan",
    "hampir",
    "apabila",
    "jika",
    "bila",
    "mendekati",
    "harus",
    "perlu",
    "upaya",
];

/// Words that end a subject's name before the claim.
const CUTS: [&str; 14] = [
    "dengan",
    "sebesar",
    "telah",
    "sudah",
    "belum",
    "tidak",
    "berhasil",
    "dapat",
    "mampu",
    "capaiannya",
    "realisasinya",
    "melampaui",
    "melebihi",
    "tercapai",
];

/// A row the subject may name, with every reading of its capaian.
struct Row {
    sasaran: Option<String>,
    indikator: Option<String>,
    /// Capaian computed by the row's polaritas, and the one the table states.
    readings: Vec<Decimal>,
    /// Why no reading could be made, when `readings` is empty.
    unread: Option<String>,
    place: String,
    /// `target T, realisasi R`, for the hint.
    figures: String,
}

pub fn check(a: &mut Audit) {
    // The rows are read once, when the first claim needs them.
    let mut rows: Option<(Vec<Row>, String)> = None;
    for i in 0..a.said.len() {
        let text = a.said[i].text().to_string();
        let all = words_of(&text);
        // "Seluruh sasaran tercapai" is the other half of the rule.
        if all
            .iter()
            .any(|w| super::ALL.contains(&w.as_str()) || w == "sebagian")
        {
            continue;
        }
        for clause in clauses(&text) {
            let words = words_of(clause);
            let Some((claim, at)) = claim(&words) else {
                continue;
            };
            let Some(k) = words[..at]
                .iter()
                .rposition(|w| w == "indikator" || w == "sasaran")
            else {
                continue;
            };
            let offset = clause.as_ptr() as usize - text.as_ptr() as usize;
            let spot = a.spot(&a.said[i], offset, offset + clause.len());
            if words.iter().any(|w| HOPES.contains(&w.as_str())) {
                a.skip(spot, crate::t!("audit-named-hope"));
                continue;
            }
            let sasaran = words[k] == "sasaran";
            let subject = subject(&words[k + 1..at]);
            if subject.len() < 2 {
                a.skip(spot, crate::t!("audit-named-no-subject"));
                continue;
            }
            let (rows, source) = rows.get_or_insert_with(|| match own_rows(a) {
                rows if !rows.is_empty() => (rows, crate::t!("audit-achievement-own-table")),
                _ => (
                    workspace_rows(a),
                    crate::t!("audit-achievement-workspace-table"),
                ),
            });
            let claim = Said {
                claim,
                sasaran,
                subject: subject.join(" "),
            };
            judge(a, spot, &claim, rows, source);
        }
    }
}

/// The parts of a sentence that each may make a claim: split at `;` and at `sedangkan`,
/// `namun`, `tetapi`, `sementara`.
fn clauses(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return vec![text];
    }
    let mut cuts: Vec<usize> = Vec::new();
    for word in [" sedangkan ", " namun ", " tetapi ", " sementara ", ";"] {
        cuts.extend(lower.match_indices(word).map(|(k, _)| k));
    }
    cuts.sort_unstable();
    for c in cuts {
        if c > start {
            out.push(&text[start..c]);
        }
        start = c + 1;
    }
    out.push(&text[start.min(text.len())..]);
    out
}

/// The claim a clause's words make, and the index of its first word.
pub fn claim(words: &[String]) -> Option<(Claim, usize)> {
    let w = |k: usize| words.get(k).map(String::as_str).unwrap_or("");
    for k in 0..words.len() {
        // The negation may stand a word or two before: `belum sepenuhnya tercapai`.
        let negated = (1..=2).any(|d| k >= d && matches!(w(k - d), "belum" | "tidak"));
        let from = (1..=2)
            .find(|d| k >= *d && matches!(w(k - d), "belum" | "tidak"))
            .map_or(k, |d| k - d);
        match w(k) {
            "melampaui" | "melebihi" if matches!(w(k + 1), "target" | "targetnya") => {
                return (!negated).then_some((Claim::Over, k));
            }
            "bawah" if matches!(w(k - 1), "di") && matches!(w(k + 1), "target" | "targetnya") => {
                return Some((Claim::Under, k - 1));
            }
            "dibawah" if matches!(w(k + 1), "target" | "targetnya") => {
                return Some((Claim::Under, k));
            }
            "tercapai" | "terpenuhi" => {
                return Some((
                    if negated {
                        Claim::Under
                    } else {
                        Claim::Reached
                    },
                    from,
                ));
            }
            "mencapai" | "memenuhi" if matches!(w(k + 1), "target" | "targetnya") => {
                return Some((
                    if negated {
                        Claim::Under
                    } else {
                        Claim::Reached
                    },
                    from,
                ));
            }
            _ => {}
        }
    }
    None
}

/// The subject's name: the words after `indikator`/`sasaran` up to the first word that ends a
/// name, without `kinerja`/`strategis` before it or `yang`/`ini`/`tersebut` after it.
fn subject(words: &[String]) -> Vec<String> {
    let mut name: Vec<String> = words
        .iter()
        .take_while(|w| !CUTS.contains(&w.as_str()))
        .cloned()
        .collect();
    while name
        .first()
        .is_some_and(|w| matches!(w.as_str(), "kinerja" | "strategis" | "utama"))
    {
        name.remove(0);
    }
    while name
        .last()
        .is_some_and(|w| matches!(w.as_str(), "yang" | "ini" | "tersebut" | "tahun"))
    {
        name.pop();
    }
    name
}

/// A clause's claim about its subject.
struct Said {
    claim: Claim,
    sasaran: bool,
    subject: String,
}

fn judge(a: &mut Audit, spot: super::super::Spot, said: &Said, rows: &[Row], source: &str) {
    let (claim, sasaran, subject) = (said.claim, said.sasaran, said.subject.as_str());
    if rows.is_empty() {
        return a.skip(spot, crate::t!("audit-achievement-no-table"));
    }
    let name_of = |r: &Row| match sasaran {
        true => r.sasaran.clone(),
        false => r.indikator.clone(),
    };
    // Each name compared once (a report repeats its indikator from table to table); rows of
    // one name with the same readings are one row.
    let mut same: HashMap<String, bool> = HashMap::new();
    let mut matched: Vec<&Row> = Vec::new();
    for r in rows {
        let Some(n) = name_of(r) else { continue };
        let hit = *same
            .entry(n.clone())
            .or_insert_with(|| similar::same(&n, subject));
        let repeated = matched
            .iter()
            .any(|m| name_of(m).as_deref() == Some(n.as_str()) && m.readings == r.readings);
        if hit && !repeated {
            matched.push(r);
        }
    }
    let what = if sasaran { "sasaran" } else { "indikator" };
    let row = match matched.as_slice() {
        [] => {
            return a.skip(
                spot,
                crate::t!(
                    "audit-named-no-row",
                    what = what,
                    source = source,
                    subject = subject
                ),
            )
        }
        [row] => *row,
        more => {
            return a.skip(
                spot,
                crate::t!(
                    "audit-named-several-rows",
                    subject = subject,
                    rows = more.len(),
                    source = source
                ),
            )
        }
    };
    if row.readings.is_empty() {
        let why = row.unread.clone().unwrap_or_default();
        return a.skip(
            spot,
            crate::t!(
                "audit-named-unread",
                what = what,
                subject = subject,
                reason = why
            ),
        );
    }
    let hundred = Decimal::ONE_HUNDRED;
    let wrong = match claim {
        Claim::Over => row.readings.iter().all(|c| *c <= hundred),
        Claim::Under => row.readings.iter().all(|c| *c >= hundred),
        Claim::Reached => row.readings.iter().all(|c| *c < hundred),
    };
    if !wrong {
        return a.holds();
    }
    let name = name_of(row).unwrap_or_default();
    let d = a
        .diagnostic(
            &rules::ACHIEVEMENT,
            spot,
            message(claim, &name, &row.readings),
        )
        .hint(crate::t!(
            "audit-named-hint",
            figures = &row.figures,
            place = &row.place
        ));
    a.wrong(d);
}

/// The finding's message: what the text says against what the table shows.
fn message(claim: Claim, name: &str, readings: &[Decimal]) -> String {
    let key = match claim {
        Claim::Over => "audit-named-says-over",
        Claim::Under => "audit-named-says-under",
        Claim::Reached => "audit-named-says-reached",
    };
    let shown: Vec<String> = readings
        .iter()
        .map(|c| format_persen(round_half_up(*c, 2), 2))
        .collect();
    // Two readings are the computed one and the one the table states.
    let capaian = match shown.as_slice() {
        [c, s] if c != s => crate::t!("audit-named-two-readings", computed = c, stated = s),
        [c, ..] => c.clone(),
        [] => String::new(),
    };
    crate::i18n::tr(
        key,
        &[
            ("name", crate::text::shorten(name, 80).into()),
            ("capaian", capaian.into()),
        ],
    )
}

/// Every row of the report's performance tables that have a Realisasi column.
fn own_rows(a: &Audit) -> Vec<Row> {
    let mut out = Vec::new();
    for table in a.text.tables() {
        let Some(roles) = tables::roles(table) else {
            continue;
        };
        if !(roles.is_performance() && roles.realisasi.is_some()) {
            continue;
        }
        for row in tables::performance_rows(table, &roles) {
            let spot = a.row_spot(table, row.row);
            out.push(read_row(
                &row,
                super::super::place_name(&a.text.file, &spot),
            ));
        }
    }
    out
}

/// The readings of a row: the capaian computed from target and realisasi by its polaritas,
/// and the capaian the table states.
fn read_row(row: &PerfRow, place: String) -> Row {
    let (t, r) = (row.target.as_deref(), row.realisasi.as_deref());
    let mut readings = Vec::new();
    let mut unread = None;
    match (t, r, polarity(row)) {
        (Some(t), Some(r), Ok(p)) => match (target::parse(t), target::parse(r)) {
            (Some(tt), Some(rr)) => match capaian(&tt, &rr, p, None) {
                Ok(c) => readings.push(c.uncapped),
                Err(e) => unread = Some(e.to_string()),
            },
            _ => {
                unread = Some(crate::t!(
                    "audit-named-no-figure",
                    target = t,
                    realisasi = r
                ))
            }
        },
        (_, _, Err(why)) => unread = Some(why),
        _ => unread = Some(crate::t!("audit-named-no-target-realisasi")),
    }
    // A stated capaian is a reading too, unless the polarity is in doubt.
    if unread != Some(may_be_lower()) {
        if let Some(f) = row.capaian.as_deref().and_then(percent_figure) {
            if f.doubt.is_none() {
                readings.push(f.value);
            }
        }
    }
    Row {
        sasaran: row.sasaran.clone(),
        indikator: row.indikator.clone(),
        readings,
        unread,
        place,
        figures: format!(
            "target {}, realisasi {}",
            t.unwrap_or("-"),
            r.unwrap_or("-")
        ),
    }
}

/// Why a row is not judged when its polaritas is in doubt (and its stated capaian not read).
fn may_be_lower() -> String {
    crate::t!("audit-named-may-be-lower")
}

/// The row's polaritas: its Polaritas cell, else a target's comparator (`≤ 5` is lower is
/// better), else higher is better unless the indikator's words say it may be lower.
fn polarity(row: &PerfRow) -> Result<Polarity, String> {
    if let Some(p) = row.polaritas.as_deref().and_then(Polarity::from_name) {
        return Ok(p);
    }
    match row.target.as_deref().and_then(target::bound) {
        Some((Bound::AtMost, _)) => return Ok(Polarity::Lower),
        Some((Bound::AtLeast, _)) => return Ok(Polarity::Higher),
        None => {}
    }
    let name = row.indikator.as_deref().unwrap_or("");
    match words_of(name)
        .iter()
        .any(|w| LOWER_BETTER.contains(&w.as_str()))
    {
        true => Err(may_be_lower()),
        false => Ok(Polarity::Higher),
    }
}

fn workspace_rows(a: &Audit) -> Vec<Row> {
    let Some(k) = a.known else {
        return Vec::new();
    };
    k.indicators
        .iter()
        .map(|i| Row {
            sasaran: i.sasaran.clone(),
            indikator: Some(i.indikator.clone()),
            readings: i.capaian.into_iter().collect(),
            unread: i
                .capaian
                .is_none()
                .then(|| crate::t!("audit-ws-no-capaian")),
            place: i.place.clone(),
            figures: format!(
                "target {}, realisasi {}",
                i.target.as_deref().unwrap_or("-"),
                i.realisasi.as_deref().unwrap_or("-")
            ),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str) -> Option<Claim> {
        claim(&words_of(text)).map(|(c, _)| c)
    }

    #[test]
    fn claims_read() {
        assert_eq!(of("Indikator A telah melampaui target."), Some(Claim::Over));
        assert_eq!(of("Indikator A belum tercapai."), Some(Claim::Under));
        assert_eq!(
            of("Indikator A belum sepenuhnya tercapai."),
            Some(Claim::Under)
        );
        assert_eq!(of("Indikator A tidak mencapai target."), Some(Claim::Under));
        assert_eq!(
            of("Indikator A berada di bawah target."),
            Some(Claim::Under)
        );
        assert_eq!(of("Indikator A telah tercapai."), Some(Claim::Reached));
        assert_eq!(of("Indikator A mencapai target."), Some(Claim::Reached));
        assert_eq!(of("Indikator A tidak melampaui target."), None);
        assert_eq!(of("Realisasi mencapai 95%."), None);
    }

    #[test]
    fn subjects_cut_where_the_name_ends() {
        let w = words_of("kinerja Persentase laporan keuangan yang tepat waktu yang telah");
        assert_eq!(
            subject(&w).join(" "),
            "persentase laporan keuangan yang tepat waktu"
        );
    }
}
