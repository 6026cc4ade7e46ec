//! Rencana Kerja Tahunan: the year's work plan, program → kegiatan → output, with sasaran,
//! indikator and the estimated anggaran of each activity.

use super::{budget, CheckFamily, DocKind, Family, KindSpec, Purpose, SignedWhen};
use crate::layout::columns::{ColumnMap, Role};
use crate::model::{Document, Field, Item};
use crate::workspace::table::{self, amounts, field_columns, location, Attach, Record};
use serde::{Deserialize, Serialize};

pub const SPEC: KindSpec = KindSpec {
    kind: DocKind::Rkt,
    name: "rkt",
    label: "RKT",
    family: Family::Budget,
    purpose: Purpose::Plan,
    amount_fields: &[Field::Amount],
    precedence: 5,
    recognise,
    reads: |role| {
        budget::reads(role)
            || matches!(
                role,
                Role::Sasaran | Role::Indikator | Role::Output | Role::Ket
            )
    },
    fit,
    checks: &[
        CheckFamily::Totals,
        CheckFamily::Ratios,
        CheckFamily::Items,
        CheckFamily::SignatureDate,
    ],
    signed: Some(SignedWhen::NotAfterYear),
    tables: &[table::Table::of::<Row>()],
    view: None,
    export: None,
    levels: None,
    form: Some(&FORM),
};

fn recognise(columns: &ColumnMap) -> Option<&'static str> {
    let has = |r| columns.roles.contains_key(&r);
    let text = has(Role::Uraian) || has(Role::ProgramKegiatan) || has(Role::Sasaran);
    (has(Role::Anggaran) && text).then_some("kind-reason-rkt")
}

/// A lone `Pagu` column in an RKT is its anggaran.
fn fit(columns: &mut ColumnMap) -> Result<(), String> {
    budget::fit(columns, DocKind::Rkt, Role::Pagu, Role::Anggaran)
}

/// An item of `rkt.csv`.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Row {
    file: String,
    sheet: String,
    heading: Option<usize>,
    path: String,
    code: Option<String>,
    number: Option<String>,
    uraian: String,
    sasaran: Option<String>,
    indikator: Option<String>,
    output: Option<String>,
    ket: Option<String>,
    amount: String,
    amount_cell: String,
    cell: String,
    row: u32,
}

impl Record for Row {
    const FILE: &'static str = "rkt.csv";

    fn rows(doc: &Document) -> Vec<Row> {
        if doc.kind != DocKind::Rkt {
            return Vec::new();
        }
        doc.items()
            .iter()
            .map(|i| {
                let (amount, amount_cell) = field_columns(&i.amounts, Field::Amount);
                Row {
                    file: doc.file.clone(),
                    sheet: doc.sheet.clone(),
                    heading: i.heading,
                    path: doc.path(i.heading).join(" > "),
                    code: i.code.clone(),
                    number: i.number.clone(),
                    uraian: i.uraian.clone(),
                    sasaran: i.sasaran.clone(),
                    indikator: i.indikator.clone(),
                    output: i.output.clone(),
                    ket: i.ket.clone(),
                    amount,
                    amount_cell,
                    cell: i.location.cell.to_string(),
                    row: i.location.row,
                }
            })
            .collect()
    }

    fn source(&self) -> (&str, &str, u32) {
        (&self.file, &self.sheet, self.row)
    }
}

impl Attach for Row {
    fn attach(self, doc: &mut Document) -> Result<(), String> {
        let amounts = amounts(&[(Field::Amount, &self.amount, &self.amount_cell)])?;
        budget::tree_of(doc)?.items.push(Item {
            heading: self.heading,
            code: self.code,
            number: self.number,
            amounts,
            location: location(&self.file, &self.sheet, &self.cell, self.row),
            uraian: self.uraian,
            sasaran: self.sasaran,
            indikator: self.indikator,
            output: self.output,
            ket: self.ket,
        });
        Ok(())
    }
}

use super::form::{Cell, Column, Example, Form};

/// The blank RKT `lakip template rkt` writes: a program as a numbered heading row (`1`), its
/// kegiatan under it numbered `1.1`, `1.2`…, each with its sasaran, indikator, output and
/// anggaran.
pub const FORM: Form = Form {
    sheet: "RKT",
    title: "RENCANA KINERJA TAHUNAN",
    columns: &[
        Column {
            title: "No",
            role: Role::No,
            cell: Cell::Number,
            width: 6.0,
            about: "Nomor urut: program 1, 2, …; kegiatan di bawahnya 1.1, 1.2, … (nomor inilah yang membedakan program dari kegiatan).",
        },
        Column {
            title: "Program / Kegiatan",
            role: Role::ProgramKegiatan,
            cell: Cell::Text,
            width: 36.0,
            about: "Nama program, pada baris program saja (baris program tidak diisi anggaran).",
        },
        Column {
            title: "Sasaran",
            role: Role::Sasaran,
            cell: Cell::Text,
            width: 34.0,
            about: "Sasaran kegiatan.",
        },
        Column {
            title: "Indikator Kinerja",
            role: Role::Indikator,
            cell: Cell::Text,
            width: 40.0,
            about: "Indikator kinerja sasaran itu.",
        },
        Column {
            title: "Output",
            role: Role::Output,
            cell: Cell::Text,
            width: 28.0,
            about: "Keluaran kegiatan.",
        },
        Column {
            title: "Uraian Kegiatan",
            role: Role::Uraian,
            cell: Cell::Text,
            width: 40.0,
            about: "Nama kegiatan.",
        },
        Column {
            title: "Perkiraan Kebutuhan Anggaran (Rp)",
            role: Role::Anggaran,
            cell: Cell::Rupiah,
            width: 20.0,
            about: "Perkiraan kebutuhan anggaran kegiatan, dalam rupiah penuh tanpa titik (125000000; Excel menampilkannya 125.000.000).",
        },
        Column {
            title: "Keterangan",
            role: Role::Ket,
            cell: Cell::Text,
            width: 16.0,
            about: "Catatan (boleh kosong).",
        },
    ],
    examples: &[
        &[
            Example::Text("1"),
            Example::Text("Program Dukungan Manajemen"),
            Example::Empty,
            Example::Empty,
            Example::Empty,
            Example::Empty,
            Example::Empty,
            Example::Empty,
        ],
        &[
            Example::Text("1.1"),
            Example::Empty,
            Example::Text("Terwujudnya perencanaan dan penganggaran yang akuntabel"),
            Example::Text("Persentase dokumen perencanaan dan anggaran yang tersusun tepat waktu"),
            Example::Text("Dokumen Perencanaan dan Anggaran"),
            Example::Text("Penyusunan RKA-K/L dan Rencana Kerja"),
            Example::Rp(125_000_000),
            Example::Empty,
        ],
        &[
            Example::Text("1.2"),
            Example::Empty,
            Example::Text("Terselesaikannya pengelolaan keuangan dan BMN sesuai peraturan"),
            Example::Text("Persentase laporan keuangan dan BMN yang disampaikan tepat waktu"),
            Example::Text("Laporan Keuangan dan BMN"),
            Example::Text("Penyusunan laporan keuangan dan BMN"),
            Example::Rp(85_500_000),
            Example::Empty,
        ],
        &[
            Example::Text("1.3"),
            Example::Empty,
            Example::Text("Terwujudnya operasional perkantoran yang mendukung kelancaran tugas KPU"),
            Example::Text("Persentase layanan perkantoran yang berfungsi dengan baik"),
            Example::Text("Layanan Perkantoran"),
            Example::Text("Operasional dan pemeliharaan kantor"),
            Example::Rp(1_250_000_000),
            Example::Empty,
        ],
        &[
            Example::Text("2"),
            Example::Text("Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi"),
            Example::Empty,
            Example::Empty,
            Example::Empty,
            Example::Empty,
            Example::Empty,
            Example::Empty,
        ],
        &[
            Example::Text("2.1"),
            Example::Empty,
            Example::Text("Terwujudnya data pemilih yang mutakhir dan akurat"),
            Example::Text("Persentase data pemilih yang mutakhir dan akurat"),
            Example::Text("Daftar Pemilih Berkelanjutan"),
            Example::Text("Pemutakhiran data pemilih berkelanjutan"),
            Example::Rp(96_000_000),
            Example::Empty,
        ],
        &[
            Example::Text("2.2"),
            Example::Empty,
            Example::Text("Meningkatnya partisipasi masyarakat dalam pemilu"),
            Example::Text("Jumlah kegiatan sosialisasi dan pendidikan pemilih"),
            Example::Text("Sosialisasi dan Pendidikan Pemilih"),
            Example::Text("Sosialisasi pendidikan pemilih"),
            Example::Rp(150_000_000),
            Example::Empty,
        ],
    ],
    notes: &[
        "Baris program: isi No (1, 2, …) dan Program / Kegiatan saja. Baris kegiatan: No 1.1, 1.2, … dan kolom lainnya.",
        "Baris JUMLAH boleh ditambahkan di bawah tabel (tulis JUMLAH di kolom Program / Kegiatan), dengan angka atau rumus =SUM(…).",
    ],
};
