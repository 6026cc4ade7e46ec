//! What the templates see: the workspace's documents turned into the figures of the LKj. Every
//! figure is computed here (from items, never copied from a stated total) and handed to the
//! templates as an exact decimal string, for the filters to write the Indonesian way.

use super::chart;
use crate::compute::kinerja::{self, links, measure, Measured};
use crate::compute::{efisiensi, realisasi, similar};
use crate::error::input_error;
use crate::kinds::Purpose;
use crate::model::{Document, Indicator, PeriodTarget, Signature};
use crate::numbers::canonical;
use crate::report::table::percent_string;
use crate::workspace::Workspace;
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Lkj {
    pub satker: Satker,
    pub penandatangan: Penandatangan,
    pub ikhtisar: Ikhtisar,
    /// The main PK (the one with program budgets and the most indikator).
    pub pk: Option<Pk>,
    /// Every PK, for the lampiran.
    pub pks: Vec<Pk>,
    pub capaian: Vec<SasaranCapaian>,
    pub realisasi: Vec<Line>,
    pub realisasi_total: Option<Line>,
    /// The period the realisation runs to, when its source names one (`Juli 2025` of a SAKTI
    /// report): the figures are then not the whole year's.
    pub realisasi_periode: Option<String>,
    pub rak: Vec<Rak>,
    pub efisiensi: Option<String>,
    pub nilai_efisiensi: Option<String>,
    pub grafik: Grafik,
    /// Tahun akhir of the Renstra, when lakip.toml gives it.
    pub renstra_tahun_akhir: Option<i32>,
    /// The imported Renstra table, when the workspace has one: BAB II's Tabel 2.1 and BAB
    /// III's comparison (it then takes the place of `[renstra]` in lakip.toml).
    pub renstra: Option<Renstra>,
    /// The year of the comparison column, when last year's workspace is linked.
    pub tahun_lalu: Option<i32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Satker {
    pub nama: String,
    pub tahun: i32,
    pub tempat: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Penandatangan {
    pub nama: String,
    pub jabatan: String,
    pub nip: String,
    pub tanggal: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Ikhtisar {
    pub jumlah_sasaran: usize,
    pub jumlah_indikator: usize,
    /// Indikator whose capaian reaches 100%.
    pub tercapai: usize,
    /// Sasaran whose every indikator reaches 100%.
    pub sasaran_tercapai: usize,
    pub jumlah_program: usize,
    pub pagu: Option<String>,
    pub realisasi: Option<String>,
    pub serapan: Option<String>,
    pub sisa: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Pk {
    pub sheet: String,
    pub title: Vec<String>,
    /// Each sasaran once, with its number: a sasaran with two indikator has two rows.
    pub sasaran: Vec<PkRow>,
    pub rows: Vec<PkRow>,
    pub anggaran: Vec<Anggaran>,
    pub total_anggaran: Option<String>,
    pub pihak: Vec<Pihak>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PkRow {
    pub no: String,
    pub sasaran: String,
    pub indikator: String,
    pub target: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Anggaran {
    pub no: String,
    pub program: String,
    pub anggaran: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Pihak {
    pub pihak: Option<&'static str>,
    pub nama: String,
    pub jabatan: String,
    pub tempat: String,
    pub tanggal: String,
    pub nip: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SasaranCapaian {
    pub no: String,
    pub sasaran: String,
    pub indikator: Vec<IndikatorCapaian>,
    /// The predikat of the lowest capaian under this sasaran.
    pub predikat: Option<String>,
    pub efisiensi: Vec<EfisiensiRow>,
    /// The narrative snippet `narasi/sasaran-N.md`, filled in.
    pub narasi: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndikatorCapaian {
    pub indikator: String,
    pub target: String,
    pub realisasi: String,
    pub capaian: Option<String>,
    pub predikat: Option<String>,
    pub keterangan: String,
    pub tercapai: bool,
    pub capaian_tahun_lalu: Option<String>,
    /// The end target `[renstra.target]` in lakip.toml gives.
    pub target_renstra: Option<String>,
    /// From an imported Renstra: the same indikator there (its text), its target for this
    /// year and at the end of the period, and the capaian against the latter.
    pub indikator_renstra: Option<String>,
    pub target_renstra_tahun: Option<String>,
    pub target_renstra_akhir: Option<String>,
    pub capaian_renstra_akhir: Option<String>,
}

/// The Renstra's sasaran, indikator and targets, for Tabel 2.1.
#[derive(Debug, Clone, Serialize)]
pub struct Renstra {
    pub tahun_awal: i32,
    /// The end of the period: the end column's year, else the last year's.
    pub tahun_akhir: i32,
    /// The period's columns: `2020` … `2024`, and `Akhir` where the table has an end column.
    pub kolom: Vec<String>,
    /// The table has a Satuan, a baseline column.
    pub satuan: bool,
    pub baseline: bool,
    pub jumlah_sasaran: usize,
    pub rows: Vec<RenstraRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RenstraRow {
    pub no: String,
    /// The sasaran on the row of its first indikator; empty under it.
    pub sasaran: String,
    pub indikator: String,
    pub satuan: String,
    pub baseline: String,
    /// The target of each of `kolom`, as written; `None` for an empty cell.
    pub target: Vec<Option<String>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EfisiensiRow {
    pub kegiatan: String,
    pub pagu: Option<String>,
    pub realisasi: Option<String>,
    pub capaian: Option<String>,
    pub efisiensi: Option<String>,
    pub nilai: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Line {
    pub level: &'static str,
    pub uraian: String,
    pub kegiatan: bool,
    pub pagu: Option<String>,
    pub realisasi: Option<String>,
    pub serapan: Option<String>,
    pub sisa: Option<String>,
    /// Realisasi above pagu: by how much (then there is no sisa to speak of).
    pub lebih: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Rak {
    pub sheet: String,
    pub title: Vec<String>,
    pub rows: Vec<RakRow>,
    pub total_biaya: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RakRow {
    pub no: String,
    pub sasaran: String,
    pub indikator: String,
    pub target: String,
    pub aksi: String,
    pub jadwal: Vec<String>,
    /// The months scheduled, as people write them: `Jan–Des`, `Jan–Mar, Sep`; `–` for none.
    pub bulan: String,
    pub biaya: Option<String>,
    pub pelaksana: String,
}

/// The charts, as inline SVG (marked safe: built here, every text in them escaped).
#[derive(Debug, Clone, Serialize)]
pub struct Grafik {
    pub capaian: Option<String>,
    pub serapan: Option<String>,
}

/// Everything the chapters need from one workspace, and last year's where it is linked.
pub fn build(
    ws: &Workspace,
    docs: &[Document],
    last_year: &[Document],
    last_tahun: Option<i32>,
) -> anyhow::Result<Lkj> {
    let settings = ws.config.capaian_settings()?;
    let measured: Vec<Measured> = docs
        .iter()
        .filter(|d| d.kind.purpose() == Purpose::Measurement)
        .flat_map(|d| d.indicators().iter())
        .map(|i| measure(i, &settings))
        .collect();
    let previous: Vec<Measured> = last_year
        .iter()
        .filter(|d| d.kind.purpose() == Purpose::Measurement)
        .flat_map(|d| d.indicators().iter())
        .map(|i| measure(i, &settings))
        .collect();
    let source = realisasi::one_source(docs, ws.config.realisasi_source()?).map_err(input_error)?;
    let lines = realisasi::lines_to(docs, None, source);
    let realisasi_periode = realisasi::periode(docs, source).map_err(input_error)?;
    let linked = links(&measured, &lines);
    let total = lines.iter().find(|l| l.level == "total").map(line);
    let mut pks: Vec<Pk> = docs
        .iter()
        .filter(|d| d.kind.purpose() == Purpose::Agreement)
        .map(pk)
        .collect();
    // The satker's own agreements (with program budgets) before the divisi's.
    pks.sort_by_key(|p| p.anggaran.is_empty());
    let plan: Vec<&Indicator> = docs
        .iter()
        .filter(|d| d.kind.purpose() == Purpose::StrategicPlan)
        .flat_map(|d| d.indicators().iter())
        .collect();
    let compared = Compared {
        previous: &previous,
        plan: &plan,
        ws,
        settings: &settings,
    };
    let capaian = sasaran_capaian(&measured, &linked, &compared);
    let config = &ws.config;
    let overall = kinerja::efisiensi(&linked);
    Ok(Lkj {
        satker: Satker {
            nama: config.satker.nama.clone(),
            tahun: config.satker.tahun,
            tempat: config.satker.tempat.clone(),
        },
        penandatangan: Penandatangan {
            nama: config.penandatangan.nama.clone(),
            jabatan: config.penandatangan.jabatan.clone(),
            nip: config.penandatangan.nip.clone(),
            tanggal: config.penandatangan.tanggal.clone(),
        },
        ikhtisar: ikhtisar(&measured, &capaian, &lines),
        pk: main_pk(&pks),
        capaian,
        realisasi: lines
            .iter()
            .filter(|l| l.level != "total")
            .map(line)
            .collect(),
        realisasi_total: total,
        realisasi_periode,
        rak: docs
            .iter()
            .filter(|d| d.kind.purpose() == Purpose::ActionPlan)
            .map(rak)
            .collect(),
        efisiensi: overall.map(percent_string),
        nilai_efisiensi: overall.map(|e| percent_string(efisiensi::nilai(e))),
        grafik: Grafik {
            capaian: chart::capaian(&measured),
            serapan: chart::serapan(&lines),
        },
        renstra_tahun_akhir: config.renstra.tahun_akhir,
        renstra: renstra(&plan),
        tahun_lalu: last_tahun.filter(|_| !last_year.is_empty()),
        pks,
    })
}

fn exact(d: Option<Decimal>) -> Option<String> {
    d.map(canonical)
}

fn line(l: &realisasi::Line) -> Line {
    Line {
        level: l.level,
        uraian: l.uraian.clone(),
        kegiatan: !l.path.is_empty(),
        pagu: exact(l.pagu),
        realisasi: exact(l.realisasi),
        serapan: l.serapan.map(percent_string),
        sisa: exact(l.sisa),
        lebih: l
            .sisa
            .filter(|s| s.is_sign_negative() && !s.is_zero())
            .map(|s| canonical(-s)),
    }
}

fn ikhtisar(
    measured: &[Measured],
    capaian: &[SasaranCapaian],
    lines: &[realisasi::Line],
) -> Ikhtisar {
    let total = lines.iter().find(|l| l.level == "total");
    Ikhtisar {
        jumlah_sasaran: capaian.len(),
        jumlah_indikator: measured.len(),
        tercapai: capaian
            .iter()
            .flat_map(|s| &s.indikator)
            .filter(|i| i.tercapai)
            .count(),
        sasaran_tercapai: capaian
            .iter()
            .filter(|s| s.indikator.iter().all(|i| i.tercapai))
            .count(),
        jumlah_program: lines
            .iter()
            .filter(|l| l.path.is_empty() && l.level != "total")
            .count(),
        pagu: exact(total.and_then(|t| t.pagu)),
        realisasi: exact(total.and_then(|t| t.realisasi)),
        serapan: total.and_then(|t| t.serapan).map(percent_string),
        sisa: exact(total.and_then(|t| t.sisa)),
    }
}

/// The PK with program budgets and the most indikator: the satker's own agreement.
fn main_pk(pks: &[Pk]) -> Option<Pk> {
    pks.iter()
        .enumerate()
        .max_by_key(|(i, p)| (!p.anggaran.is_empty(), p.rows.len(), std::cmp::Reverse(*i)))
        .map(|(_, p)| p.clone())
}

fn text(t: &Option<String>) -> String {
    t.clone().unwrap_or_default()
}

fn written(w: &Option<crate::model::Written>) -> String {
    w.as_ref().map(|w| w.text.clone()).unwrap_or_default()
}

fn pk(doc: &Document) -> Pk {
    let anggaran: Vec<Anggaran> = doc
        .budgets()
        .iter()
        .map(|b| Anggaran {
            no: text(&b.number),
            program: b.program.clone(),
            anggaran: exact(b.anggaran.value),
        })
        .collect();
    let total: Option<Decimal> = doc.budgets().iter().map(|b| b.anggaran.value).sum();
    let mut sasaran: Vec<PkRow> = Vec::new();
    for i in doc.indicators() {
        let text = text(&i.sasaran);
        if !text.is_empty() && !sasaran.iter().any(|s| s.sasaran == text) {
            sasaran.push(PkRow {
                no: (sasaran.len() + 1).to_string(),
                sasaran: text,
                indikator: String::new(),
                target: String::new(),
            });
        }
    }
    Pk {
        sheet: doc.sheet.clone(),
        title: doc.title.clone(),
        sasaran,
        rows: doc
            .indicators()
            .iter()
            .map(|i| PkRow {
                no: text(&i.number),
                sasaran: text(&i.sasaran),
                indikator: text(&i.indikator),
                target: written(&i.target),
            })
            .collect(),
        total_anggaran: if anggaran.is_empty() {
            None
        } else {
            exact(total)
        },
        anggaran,
        pihak: doc.signatures.iter().map(pihak).collect(),
    }
}

fn pihak(sig: &Signature) -> Pihak {
    Pihak {
        pihak: sig.pihak(),
        nama: text(&sig.name),
        jabatan: sig.jabatan.join(" "),
        tempat: text(&sig.place),
        tanggal: text(&sig.date),
        nip: text(&sig.nip),
    }
}

fn rak(doc: &Document) -> Rak {
    let total: Option<Decimal> = doc
        .indicators()
        .iter()
        .filter_map(|i| i.biaya.as_ref())
        .map(|q| q.value)
        .sum();
    Rak {
        sheet: doc.sheet.clone(),
        title: doc.title.clone(),
        rows: doc
            .indicators()
            .iter()
            .map(|i| RakRow {
                no: text(&i.number),
                sasaran: text(&i.sasaran),
                indikator: text(&i.indikator),
                target: written(&i.target),
                aksi: text(&i.aksi),
                jadwal: i.jadwal.clone(),
                bulan: bulan(&i.jadwal),
                // `-` in the cost column is no cost: shown as written, not as Rp0.
                biaya: i
                    .biaya
                    .as_ref()
                    .filter(|q| !q.dash)
                    .and_then(|q| exact(q.value)),
                pelaksana: text(&i.pelaksana),
            })
            .collect(),
        total_biaya: exact(total),
    }
}

/// `Jan–Mar, Sep`: the scheduled months in runs.
fn bulan(jadwal: &[String]) -> String {
    const NAMA: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
    ];
    let on: Vec<bool> = (0..12)
        .map(|m| {
            jadwal
                .get(m)
                .is_some_and(|t| !t.trim().is_empty() && t.trim() != "-")
        })
        .collect();
    let mut runs = Vec::new();
    let mut m = 0;
    while m < 12 {
        if !on[m] {
            m += 1;
            continue;
        }
        let start = m;
        while m + 1 < 12 && on[m + 1] {
            m += 1;
        }
        runs.push(if start == m {
            NAMA[m].to_string()
        } else {
            format!("{}–{}", NAMA[start], NAMA[m])
        });
        m += 1;
    }
    if runs.is_empty() {
        "–".to_string()
    } else {
        runs.join(", ")
    }
}

/// What each kinerja row is set beside: last year's capaian, the Renstra's targets.
struct Compared<'a> {
    previous: &'a [Measured<'a>],
    plan: &'a [&'a Indicator],
    ws: &'a Workspace,
    settings: &'a kinerja::Settings,
}

/// The kinerja rows grouped by sasaran, in table order.
fn sasaran_capaian(
    measured: &[Measured],
    linked: &[kinerja::Link],
    compared: &Compared,
) -> Vec<SasaranCapaian> {
    let mut out: Vec<SasaranCapaian> = Vec::new();
    // The first row of each sasaran's group, for its number.
    let mut firsts: Vec<&Indicator> = Vec::new();
    for m in measured {
        let ind = m.indicator;
        let sasaran = text(&ind.sasaran);
        let row = indikator_capaian(m, compared);
        // A sasaran is its text, wherever its rows are; rows without one (the import said
        // so) are grouped by their number, as nothing else tells them apart.
        let same = out.iter_mut().zip(&firsts).position(|(s, first)| {
            s.sasaran == sasaran
                && (!sasaran.is_empty() || ind.number.is_none() || first.number == ind.number)
        });
        match same {
            Some(k) => out[k].indikator.push(row),
            None => {
                firsts.push(ind);
                out.push(SasaranCapaian {
                    no: String::new(),
                    sasaran,
                    indikator: vec![row],
                    predikat: None,
                    efisiensi: Vec::new(),
                    narasi: String::new(),
                });
            }
        }
    }
    for (k, no) in sasaran_numbers(measured, &out, &firsts)
        .into_iter()
        .enumerate()
    {
        out[k].no = no;
    }
    for s in &mut out {
        s.predikat = lowest_predikat(measured, s);
        s.efisiensi = linked
            .iter()
            .filter(|l| text(&l.measured.indicator.sasaran) == s.sasaran)
            .map(efisiensi_row)
            .collect();
    }
    out
}

/// The number of each sasaran: the table's own where it numbers its sasaran (every row of a
/// sasaran has its number, `Sasaran 2` blocks), else 1, 2, … in order — a table that numbers
/// its indikator (1–9 under 5 sasaran) gives no sasaran a number.
fn sasaran_numbers(
    measured: &[Measured],
    groups: &[SasaranCapaian],
    firsts: &[&Indicator],
) -> Vec<String> {
    let per_sasaran = groups.iter().zip(firsts).all(|(s, first)| {
        first.number.is_some()
            && measured
                .iter()
                .map(|m| m.indicator)
                .filter(|i| text(&i.sasaran) == s.sasaran && !s.sasaran.is_empty())
                .all(|i| i.number.is_none() || i.number == first.number)
    });
    firsts
        .iter()
        .enumerate()
        .map(|(k, first)| match (per_sasaran, &first.number) {
            (true, Some(n)) => n.clone(),
            _ => (k + 1).to_string(),
        })
        .collect()
}

fn indikator_capaian(m: &Measured, compared: &Compared) -> IndikatorCapaian {
    let ind = m.indicator;
    let value = m.value();
    let keterangan = m.keterangan("tidak dihitung");
    let tahun = compared.ws.config.satker.tahun;
    let planned = same_indikator(ind, compared.plan);
    let end = planned.and_then(|p| p.end_target()?.target.clone());
    IndikatorCapaian {
        indikator: text(&ind.indikator),
        target: written(&ind.target),
        realisasi: written(&ind.realisasi),
        capaian: value.map(percent_string),
        predikat: m.predikat.clone(),
        keterangan,
        tercapai: value.is_some_and(|v| v >= Decimal::ONE_HUNDRED),
        capaian_tahun_lalu: last_year(ind, compared.previous),
        target_renstra: renstra_target(ind, compared.ws),
        indikator_renstra: planned.map(|p| text(&p.indikator)),
        target_renstra_tahun: planned.and_then(|p| p.target_for(tahun)?.target.clone()),
        capaian_renstra_akhir: end.as_deref().and_then(|t| {
            let c = kinerja::capaian_against(ind, t, compared.settings).ok()?;
            Some(percent_string(c.value))
        }),
        target_renstra_akhir: end,
    }
}

/// The Renstra's row of the same indikator, matched by text.
fn same_indikator<'a>(ind: &Indicator, plan: &[&'a Indicator]) -> Option<&'a Indicator> {
    let text = ind.indikator.as_deref()?;
    plan.iter().copied().find(|p| {
        p.indikator
            .as_deref()
            .is_some_and(|t| similar::same(t, text))
    })
}

/// A column of the Renstra's period: (end column, year).
type Kolom = (bool, Option<i32>);

/// Tabel 2.1 from the Renstra's rows; `None` without a Renstra.
fn renstra(plan: &[&Indicator]) -> Option<Renstra> {
    let mut kolom: Vec<Kolom> = plan
        .iter()
        .flat_map(|i| i.periode.iter().map(|p| (p.akhir, p.tahun)))
        .collect();
    kolom.sort_unstable();
    kolom.dedup();
    let years = || {
        kolom
            .iter()
            .filter(|(akhir, _)| !akhir)
            .filter_map(|(_, y)| *y)
    };
    let tahun_awal = years().min()?;
    let end_year = kolom.iter().find(|(akhir, _)| *akhir).and_then(|(_, y)| *y);
    let tahun_akhir = end_year.or_else(|| years().max())?;
    let mut sasaran: Vec<&str> = plan.iter().filter_map(|i| i.sasaran.as_deref()).collect();
    sasaran.sort_unstable();
    sasaran.dedup();
    Some(Renstra {
        tahun_awal,
        tahun_akhir,
        kolom: kolom
            .iter()
            .map(|(akhir, tahun)| PeriodTarget::label_of(*tahun, *akhir))
            .collect(),
        satuan: plan.iter().any(|i| i.satuan.is_some()),
        baseline: plan.iter().any(|i| i.baseline.is_some()),
        jumlah_sasaran: sasaran.len(),
        rows: renstra_rows(plan, &kolom),
    })
}

/// The rows of Tabel 2.1: a sasaran (and a number its indikator share) on the row of its
/// first indikator only.
fn renstra_rows(plan: &[&Indicator], kolom: &[Kolom]) -> Vec<RenstraRow> {
    let mut rows = Vec::new();
    let (mut number, mut last) = (None, None);
    for i in plan {
        let s = text(&i.sasaran);
        let new_sasaran = last.as_ref() != Some(&s);
        let new_number = i.number != number;
        (number, last) = (i.number.clone(), Some(s.clone()));
        let target = |(akhir, tahun): &Kolom| {
            let p = i
                .periode
                .iter()
                .find(|p| p.akhir == *akhir && p.tahun == *tahun);
            p.and_then(|p| p.target.clone())
        };
        rows.push(RenstraRow {
            no: if new_number {
                text(&i.number)
            } else {
                String::new()
            },
            sasaran: if new_sasaran { s } else { String::new() },
            indikator: text(&i.indikator),
            satuan: text(&i.satuan),
            baseline: written(&i.baseline),
            target: kolom.iter().map(target).collect(),
        });
    }
    rows
}

/// Last year's capaian of the same indikator, matched by text.
fn last_year(ind: &Indicator, previous: &[Measured]) -> Option<String> {
    let text = ind.indikator.as_deref()?;
    previous
        .iter()
        .find(|p| {
            p.indicator
                .indikator
                .as_deref()
                .is_some_and(|t| similar::same(t, text))
        })
        .and_then(|p| p.capaian.as_ref().ok())
        .map(|c| percent_string(c.value))
}

fn renstra_target(ind: &Indicator, ws: &Workspace) -> Option<String> {
    let words = format!(" {} ", similar::words(ind.indikator.as_deref()?).join(" "));
    ws.config
        .renstra
        .target
        .iter()
        .find(|(pattern, _)| {
            let p = similar::words(pattern).join(" ");
            !p.is_empty() && words.contains(&format!(" {p} "))
        })
        .map(|(_, target)| target.clone())
}

fn lowest_predikat(measured: &[Measured], s: &SasaranCapaian) -> Option<String> {
    measured
        .iter()
        .filter(|m| text(&m.indicator.sasaran) == s.sasaran)
        .filter_map(|m| Some((m.capaian.as_ref().ok()?.value, m.predikat.clone()?)))
        .min_by_key(|(v, _)| *v)
        .map(|(_, p)| p)
}

fn efisiensi_row(l: &kinerja::Link) -> EfisiensiRow {
    let capaian = l.measured.value();
    let e = l.efisiensi();
    EfisiensiRow {
        kegiatan: l.kegiatan.uraian.clone(),
        pagu: exact(l.kegiatan.pagu),
        realisasi: exact(l.kegiatan.realisasi),
        capaian: capaian.map(percent_string),
        efisiensi: e.map(percent_string),
        nilai: e.map(|e| percent_string(efisiensi::nilai(e))),
    }
}
