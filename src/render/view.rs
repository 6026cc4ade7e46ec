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
    /// Every earlier year of the `[sebelumnya]` chain that holds a measurement, oldest first:
    /// the columns of BAB III's comparison with previous years.
    pub tahun_sebelumnya: Vec<i32>,
    /// Where each realisasi line without an uraian comes from, for the note under the table.
    pub tanpa_uraian: Vec<String>,
    /// What the report still lacks: while anything is listed, it is a draft.
    pub kurang: Vec<Kurang>,
}

/// A part of the report whose data or setting is missing.
#[derive(Debug, Clone, Serialize)]
pub struct Kurang {
    /// The part of the report that lacks it (`BAB II`).
    pub bagian: &'static str,
    /// What is missing, in the report's language.
    pub apa: &'static str,
    /// The same, as lakip's messages say it.
    #[serde(skip)]
    pub what: &'static str,
}

/// One earlier year of the workspace chain: its year and its documents.
pub struct Year {
    pub tahun: i32,
    pub docs: Vec<Document>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Satker {
    pub nama: String,
    pub tahun: i32,
    pub tempat: String,
    pub logo: Option<Logo>,
}

/// The cover's logo: its file name (the Markdown links it, `build` copies it beside the
/// chapters) and the picture as a data URI (the HTML carries it, self-contained).
#[derive(Debug, Clone, Serialize)]
pub struct Logo {
    pub file: String,
    pub data_uri: String,
    #[serde(skip)]
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Penandatangan {
    pub nama: String,
    pub jabatan: String,
    pub nip: String,
    /// The date as lakip.toml gives it (`2024-01-31`).
    pub tanggal: Option<String>,
    /// The date written out (`31 Januari 2024`, `Januari 2024`).
    pub tanggal_tertulis: Option<String>,
    /// The institution line above the jabatan: `[penandatangan] instansi`, else the satker.
    pub instansi: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Ikhtisar {
    /// Sasaran as the measurement groups them (by their text), not as rows are numbered.
    pub jumlah_sasaran: usize,
    pub jumlah_indikator: usize,
    /// Indikator whose capaian reaches 100%.
    pub tercapai: usize,
    /// Indikator whose computed capaian is below 100%, whatever its predikat.
    pub belum_tercapai: usize,
    /// Indikator whose capaian cannot be computed.
    pub tidak_dihitung: usize,
    /// Sasaran whose every indikator reaches 100%.
    pub sasaran_tercapai: usize,
    /// Sasaran with an indikator below 100%.
    pub sasaran_belum_tercapai: usize,
    /// The others: no indikator below 100%, but one not computed.
    pub sasaran_tidak_dihitung: usize,
    /// Each sasaran below target, with the indikator that are.
    pub sasaran_belum: Vec<SasaranBelum>,
    pub jumlah_program: usize,
    pub pagu: Option<String>,
    pub realisasi: Option<String>,
    pub serapan: Option<String>,
    pub sisa: Option<String>,
}

/// A sasaran not reached, and its indikator below 100%.
#[derive(Debug, Clone, Serialize)]
pub struct SasaranBelum {
    pub no: String,
    pub sasaran: String,
    pub indikator: Vec<IndikatorCapaian>,
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
    /// Every indikator reaches 100%.
    pub tercapai: bool,
    /// An indikator's computed capaian is below 100%.
    pub belum_tercapai: bool,
    pub efisiensi: Vec<EfisiensiRow>,
    /// E over the kegiatan that serve this sasaran, and its nilai efisiensi.
    pub efisiensi_sasaran: Option<String>,
    pub nilai_efisiensi: Option<String>,
    /// The programs and kegiatan of the realisasi table that serve this sasaran.
    pub pendukung: Vec<Pendukung>,
    /// The narrative snippet `narasi/bab3/sasaran-N.md`, filled in.
    pub narasi: String,
}

/// A kegiatan serving a sasaran, with its program and budget.
#[derive(Debug, Clone, Serialize)]
pub struct Pendukung {
    pub program: String,
    pub kegiatan: String,
    pub pagu: Option<String>,
    pub realisasi: Option<String>,
    pub serapan: Option<String>,
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
    /// The computed capaian is below 100%.
    pub belum_tercapai: bool,
    pub capaian_tahun_lalu: Option<String>,
    /// The capaian of the same indikator in each of `tahun_sebelumnya`, oldest first.
    pub capaian_sebelumnya: Vec<Option<String>>,
    /// The earlier years where the same indikator has a capaian, the latest first.
    pub sebelumnya: Vec<CapaianTahun>,
    /// What the capaian says of the target: `melampaui target` (above 100%), `mencapai
    /// target` (100%), `belum mencapai target` (below, whatever the predikat); none when the
    /// capaian is not computed.
    pub status: Option<&'static str>,
    /// The end target `[renstra.target]` in lakip.toml gives.
    pub target_renstra: Option<String>,
    /// From an imported Renstra: the same indikator there (its text), its target for this
    /// year and at the end of the period, and the capaian against the latter.
    pub indikator_renstra: Option<String>,
    pub target_renstra_tahun: Option<String>,
    pub target_renstra_akhir: Option<String>,
    pub capaian_renstra_akhir: Option<String>,
}

/// An earlier year's capaian of an indikator.
#[derive(Debug, Clone, Serialize)]
pub struct CapaianTahun {
    pub tahun: i32,
    pub capaian: String,
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

/// Everything the chapters need from one workspace, and the earlier years of its chain.
pub fn build(ws: &Workspace, docs: &[Document], earlier: &[Year]) -> anyhow::Result<Lkj> {
    let settings = ws.config.capaian_settings()?;
    let measured: Vec<Measured> = measured_of(docs, &settings);
    // Each earlier year that measured anything, oldest first.
    let years: Vec<(i32, Vec<Measured>)> = earlier
        .iter()
        .rev()
        .map(|y| (y.tahun, measured_of(&y.docs, &settings)))
        .filter(|(_, m)| !m.is_empty())
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
        years: &years,
        plan: &plan,
        ws,
        settings: &settings,
    };
    let capaian = sasaran_capaian(&measured, &linked, &compared);
    let config = &ws.config;
    let overall = kinerja::efisiensi(&linked);
    let penandatangan = penandatangan(ws)?;
    let rak: Vec<Rak> = docs
        .iter()
        .filter(|d| d.kind.purpose() == Purpose::ActionPlan)
        .map(rak)
        .collect();
    let kurang = kurang(docs, &penandatangan, total.is_some(), &rak);
    Ok(Lkj {
        satker: Satker {
            nama: config.satker.nama.clone(),
            tahun: config.satker.tahun,
            tempat: config.satker.tempat.clone(),
            logo: logo(ws)?,
        },
        penandatangan,
        ikhtisar: ikhtisar(&measured, &capaian, &lines),
        pk: main_pk(&pks),
        grafik: Grafik {
            capaian: chart::capaian(&chart_bars(&capaian)),
            serapan: chart::serapan(&lines),
        },
        capaian,
        realisasi: lines
            .iter()
            .filter(|l| l.level != "total")
            .map(line)
            .collect(),
        realisasi_total: total,
        realisasi_periode,
        rak,
        efisiensi: overall.map(percent_string),
        nilai_efisiensi: overall.map(|e| percent_string(efisiensi::nilai(e))),
        renstra_tahun_akhir: config.renstra.tahun_akhir,
        renstra: renstra(&plan),
        tahun_lalu: years.last().map(|(y, _)| *y),
        tahun_sebelumnya: years.iter().map(|(y, _)| *y).collect(),
        tanpa_uraian: tanpa_uraian(docs, source),
        kurang,
        pks,
    })
}

/// The sasaran of the measurement, numbered as BAB III numbers them: what `lakip init`
/// writes a narrative skeleton for.
pub fn sasaran_of(
    ws: &Workspace,
    docs: &[Document],
) -> anyhow::Result<Vec<super::kerangka::Sasaran>> {
    let settings = ws.config.capaian_settings()?;
    let measured = measured_of(docs, &settings);
    let compared = Compared {
        years: &[],
        plan: &[],
        ws,
        settings: &settings,
    };
    Ok(sasaran_capaian(&measured, &[], &compared)
        .into_iter()
        .map(|s| super::kerangka::Sasaran {
            no: s.no,
            teks: s.sasaran,
        })
        .collect())
}

/// The kinerja rows of these documents, measured.
fn measured_of<'a>(docs: &'a [Document], settings: &kinerja::Settings) -> Vec<Measured<'a>> {
    docs.iter()
        .filter(|d| d.kind.purpose() == Purpose::Measurement)
        .flat_map(|d| d.indicators().iter())
        .map(|i| measure(i, settings))
        .collect()
}

/// Who signs, from `[penandatangan]`: the date checked and written out.
fn penandatangan(ws: &Workspace) -> anyhow::Result<Penandatangan> {
    let p = &ws.config.penandatangan;
    let tanggal = p.tanggal.clone().filter(|t| !t.trim().is_empty());
    let tanggal_tertulis = match &tanggal {
        Some(t) => Some(super::filters::tanggal(t).ok_or_else(|| {
            input_error(format!(
                "lakip.toml: [penandatangan] tanggal \"{t}\" is not a date like 2024-01-31 (or 2024-01 for the month)"
            ))
        })?),
        None => None,
    };
    Ok(Penandatangan {
        nama: p.nama.trim().to_string(),
        jabatan: p.jabatan.trim().to_string(),
        nip: p.nip.trim().to_string(),
        tanggal,
        tanggal_tertulis,
        instansi: p
            .instansi
            .clone()
            .filter(|i| !i.trim().is_empty())
            .unwrap_or_else(|| ws.config.satker.nama.clone()),
    })
}

/// The cover's logo, `[satker] logo`: a picture file in the workspace.
fn logo(ws: &Workspace) -> anyhow::Result<Option<Logo>> {
    let Some(name) = ws
        .config
        .satker
        .logo
        .as_deref()
        .filter(|n| !n.trim().is_empty())
    else {
        return Ok(None);
    };
    let ext = std::path::Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mime = match ext.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        _ => {
            return Err(input_error(format!(
                "lakip.toml: [satker] logo \"{name}\" must be a PNG, JPEG, GIF or SVG picture"
            )))
        }
    };
    let path = ws.root.join(name);
    let bytes = std::fs::read(&path).map_err(|e| {
        input_error(format!(
            "lakip.toml: [satker] logo \"{name}\": cannot read {}: {e}",
            path.display()
        ))
    })?;
    let file = std::path::Path::new(name)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.to_string());
    Ok(Some(Logo {
        file,
        data_uri: format!("data:{mime};base64,{}", base64(&bytes)),
        bytes,
    }))
}

/// Standard base64 with padding (RFC 4648), for the logo's data URI.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (k, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if k <= chunk.len() {
                out.push(char::from(ABC[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// What the report lacks: a chapter's documents not imported, or who signs and when.
fn kurang(docs: &[Document], p: &Penandatangan, realisasi: bool, rak: &[Rak]) -> Vec<Kurang> {
    let has = |purpose: Purpose| docs.iter().any(|d| d.kind.purpose() == purpose);
    let mut out = Vec::new();
    let mut add = |missing: bool, bagian, apa, what| {
        if missing {
            out.push(Kurang { bagian, apa, what });
        }
    };
    add(
        !has(Purpose::Agreement),
        "BAB II",
        "Perjanjian Kinerja belum diimpor",
        "no Perjanjian Kinerja (pk) imported",
    );
    add(
        !has(Purpose::Measurement),
        "BAB III",
        "tabel pengukuran kinerja belum diimpor",
        "no pengukuran kinerja (kinerja) table imported",
    );
    add(
        !realisasi,
        "BAB III",
        "realisasi anggaran belum diimpor",
        "no realisasi anggaran imported",
    );
    add(
        rak.is_empty(),
        "Lampiran",
        "Rencana Aksi belum diimpor",
        "no Rencana Aksi (rak) imported",
    );
    add(
        p.nama.is_empty(),
        "Kata Pengantar, BAB IV",
        "nama penandatangan belum diisi ([penandatangan] nama di lakip.toml)",
        "lakip.toml: [penandatangan] nama is empty",
    );
    add(
        p.tanggal.is_none(),
        "Kata Pengantar, BAB IV",
        "tanggal penandatanganan belum diisi ([penandatangan] tanggal di lakip.toml)",
        "lakip.toml: [penandatangan] tanggal is not set",
    );
    out
}

/// Where each item of the realisation shown without an uraian comes from.
fn tanpa_uraian(docs: &[Document], source: Option<crate::kinds::DocKind>) -> Vec<String> {
    docs.iter()
        .filter(|d| Some(d.kind) == source)
        .flat_map(|d| d.items())
        .filter(|it| it.uraian.trim().is_empty())
        .map(|it| {
            let loc = &it.location;
            match loc.in_word() {
                Some(place) => format!("{}, {place}", loc.file),
                None => format!(
                    "{}, lembar ‘{}’, baris {}",
                    loc.file,
                    crate::model::base_sheet(&loc.sheet),
                    loc.row
                ),
            }
        })
        .collect()
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
    let indikator = || capaian.iter().flat_map(|s| &s.indikator);
    let sasaran_tercapai = capaian.iter().filter(|s| s.tercapai).count();
    let sasaran_belum: Vec<SasaranBelum> = capaian
        .iter()
        .filter(|s| s.belum_tercapai)
        .map(|s| SasaranBelum {
            no: s.no.clone(),
            sasaran: s.sasaran.clone(),
            indikator: s
                .indikator
                .iter()
                .filter(|i| i.belum_tercapai)
                .cloned()
                .collect(),
        })
        .collect();
    Ikhtisar {
        jumlah_sasaran: capaian.len(),
        jumlah_indikator: measured.len(),
        tercapai: indikator().filter(|i| i.tercapai).count(),
        belum_tercapai: indikator().filter(|i| i.belum_tercapai).count(),
        tidak_dihitung: indikator().filter(|i| i.capaian.is_none()).count(),
        sasaran_tercapai,
        sasaran_belum_tercapai: sasaran_belum.len(),
        sasaran_tidak_dihitung: capaian.len() - sasaran_tercapai - sasaran_belum.len(),
        sasaran_belum,
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

fn text<T: AsRef<str>>(t: &Option<T>) -> String {
    t.as_ref()
        .map_or_else(String::new, |t| t.as_ref().to_string())
}

/// An indikator's sasaran, or nothing.
fn sasaran_text(i: &Indicator) -> String {
    i.sasaran.as_deref().unwrap_or_default().to_string()
}

fn written(w: &Option<crate::model::Written>) -> String {
    w.as_ref().map(|w| w.text.to_string()).unwrap_or_default()
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
        let text = sasaran_text(i);
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
                sasaran: sasaran_text(i),
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
        .filter_map(|i| i.biaya())
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
                sasaran: sasaran_text(i),
                indikator: text(&i.indikator),
                target: written(&i.target),
                aksi: i.aksi().unwrap_or_default().to_string(),
                jadwal: i.jadwal().to_vec(),
                bulan: bulan(i.jadwal()),
                // `-` in the cost column is no cost: shown as written, not as Rp0.
                biaya: i.biaya().filter(|q| !q.dash).and_then(|q| exact(q.value)),
                pelaksana: i.pelaksana().unwrap_or_default().to_string(),
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
        .map(|m| jadwal.get(m).is_some_and(|t| crate::model::is_scheduled(t)))
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
    /// The earlier years' measurements, oldest first.
    years: &'a [(i32, Vec<Measured<'a>>)],
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
    // The rows of each sasaran's group (the first for its number).
    let mut members: Vec<Vec<usize>> = Vec::new();
    for (k, m) in measured.iter().enumerate() {
        let ind = m.indicator;
        let sasaran = sasaran_text(ind);
        let row = indikator_capaian(m, compared);
        // A sasaran is its text, wherever its rows are; rows without one (the import said
        // so) are grouped by their number, as nothing else tells them apart.
        let same = out.iter().zip(&members).position(|(s, rows)| {
            let first = measured[rows[0]].indicator;
            s.sasaran == sasaran
                && (!sasaran.is_empty() || ind.number.is_none() || first.number == ind.number)
        });
        match same {
            Some(g) => {
                out[g].indikator.push(row);
                members[g].push(k);
            }
            None => {
                members.push(vec![k]);
                out.push(SasaranCapaian {
                    no: String::new(),
                    sasaran,
                    indikator: vec![row],
                    predikat: None,
                    tercapai: false,
                    belum_tercapai: false,
                    efisiensi: Vec::new(),
                    efisiensi_sasaran: None,
                    nilai_efisiensi: None,
                    pendukung: Vec::new(),
                    narasi: String::new(),
                });
            }
        }
    }
    let firsts: Vec<&Indicator> = members
        .iter()
        .map(|rows| measured[rows[0]].indicator)
        .collect();
    for (k, no) in sasaran_numbers(measured, &out, &firsts)
        .into_iter()
        .enumerate()
    {
        out[k].no = no;
    }
    for (s, rows) in out.iter_mut().zip(&members) {
        let mine: Vec<&Measured> = rows.iter().map(|&k| &measured[k]).collect();
        // The kegiatan linked to one of this group's rows.
        let serving: Vec<kinerja::Link> = linked
            .iter()
            .filter(|l| mine.iter().any(|m| std::ptr::eq(*m, l.measured)))
            .cloned()
            .collect();
        s.predikat = lowest_predikat(&mine);
        s.tercapai = s.indikator.iter().all(|i| i.tercapai);
        s.belum_tercapai = s.indikator.iter().any(|i| i.belum_tercapai);
        s.efisiensi = serving.iter().map(efisiensi_row).collect();
        let e = kinerja::efisiensi(&serving);
        s.efisiensi_sasaran = e.map(percent_string);
        s.nilai_efisiensi = e.map(|e| percent_string(efisiensi::nilai(e)));
        s.pendukung = serving.iter().map(|l| pendukung(l.kegiatan)).collect();
    }
    out
}

/// A kegiatan line as the support of a sasaran: its program is the heading above it.
fn pendukung(l: &realisasi::Line) -> Pendukung {
    Pendukung {
        // `Penyelenggaraan Pemilu … Demokrasi.` as a heading; in a sentence, without its dot.
        program: l
            .path
            .first()
            .map(|p| p.trim().trim_end_matches('.').to_string())
            .unwrap_or_default(),
        kegiatan: l.uraian.clone(),
        pagu: exact(l.pagu),
        realisasi: exact(l.realisasi),
        serapan: l.serapan.map(percent_string),
    }
}

/// The bars of the capaian chart: each indikator under its sasaran's number, as BAB III
/// groups them (a table that numbers its indikator does not number the bars).
fn chart_bars(capaian: &[SasaranCapaian]) -> Vec<chart::Bar> {
    let mut bars = Vec::new();
    for s in capaian {
        for (k, i) in s.indikator.iter().enumerate() {
            let Some(value) = i.capaian.as_deref().and_then(|c| c.parse().ok()) else {
                continue;
            };
            let label = if s.indikator.len() > 1 {
                format!("Sasaran {} ({})", s.no, k + 1)
            } else {
                format!("Sasaran {}", s.no)
            };
            bars.push(chart::Bar {
                label,
                value,
                tercapai: Some(i.tercapai),
            });
        }
    }
    bars
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
                .filter(|i| sasaran_text(i) == s.sasaran && !s.sasaran.is_empty())
                .all(|i| i.number.is_none() || i.number == first.number)
    });
    firsts
        .iter()
        .enumerate()
        .map(|(k, first)| match (per_sasaran, &first.number) {
            (true, Some(n)) => n.to_string(),
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
    let capaian_sebelumnya: Vec<Option<String>> = compared
        .years
        .iter()
        .map(|(_, previous)| capaian_in(ind, previous))
        .collect();
    let sebelumnya: Vec<CapaianTahun> = compared
        .years
        .iter()
        .zip(&capaian_sebelumnya)
        .rev()
        .filter_map(|((tahun, _), c)| {
            Some(CapaianTahun {
                tahun: *tahun,
                capaian: c.clone()?,
            })
        })
        .collect();
    // Whatever the predikat band says: below 100% the target is not reached.
    let tercapai = value.is_some_and(|v| v >= Decimal::ONE_HUNDRED);
    let status = value.map(|v| match v.cmp(&Decimal::ONE_HUNDRED) {
        std::cmp::Ordering::Greater => "melampaui target",
        std::cmp::Ordering::Equal => "mencapai target",
        std::cmp::Ordering::Less => "belum mencapai target",
    });
    IndikatorCapaian {
        indikator: text(&ind.indikator),
        target: written(&ind.target),
        realisasi: written(&ind.realisasi),
        capaian: value.map(percent_string),
        predikat: m.predikat.clone(),
        keterangan,
        tercapai,
        belum_tercapai: value.is_some() && !tercapai,
        capaian_tahun_lalu: capaian_sebelumnya.last().cloned().flatten(),
        capaian_sebelumnya,
        sebelumnya,
        status,
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
        .flat_map(|i| i.periode().iter().map(|p| (p.akhir, p.tahun)))
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
        baseline: plan.iter().any(|i| i.baseline().is_some()),
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
        let s = sasaran_text(i);
        let new_sasaran = last.as_ref() != Some(&s);
        let new_number = i.number != number;
        (number, last) = (i.number.clone(), Some(s.clone()));
        let target = |(akhir, tahun): &Kolom| {
            let p = i
                .periode()
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
            baseline: i.baseline().map(|w| w.text.to_string()).unwrap_or_default(),
            target: kolom.iter().map(target).collect(),
        });
    }
    rows
}

/// An earlier year's capaian of the same indikator, matched by text.
fn capaian_in(ind: &Indicator, previous: &[Measured]) -> Option<String> {
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

fn lowest_predikat(measured: &[&Measured]) -> Option<String> {
    measured
        .iter()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_as_rfc_4648() {
        // RFC 4648 §10's test vectors.
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), coded, "{plain}");
        }
        assert_eq!(base64(&[0xff, 0xfe, 0xfd]), "//79");
    }
}
