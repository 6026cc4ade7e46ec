//! What a kind's blank form (`lakip template KIND`) holds: the title of each column as lakip
//! recognises it with certainty, the role that title is read as, what a cell of it holds, and
//! example rows. Each kind a user fills by hand states its [`Form`] in its own module, in one
//! place; `template` writes it, and the kind's tests hold every title to the role it is given.

use crate::layout::columns::Role;

/// A kind's form: one table under a title block, with example rows.
pub struct Form {
    /// The name of the sheet the table is on (`RKT`, `PK`).
    pub sheet: &'static str,
    /// The document's title, the first line of the title block (`PERJANJIAN KINERJA`).
    pub title: &'static str,
    pub columns: &'static [Column],
    /// Example rows, one cell per column in column order (a Renstra's years included).
    pub examples: &'static [&'static [Example]],
    /// What the Petunjuk sheet says of this kind beyond its columns, in Indonesian.
    pub notes: &'static [&'static str],
}

/// One column of a form.
pub struct Column {
    /// The header's text. In a year column `{tahun}` stands for the year.
    pub title: &'static str,
    /// The role the title is read as. `Role::Year(n)` is the n-th year of the plan's period
    /// (0 for the first): the form's years come from the workspace.
    pub role: Role,
    pub cell: Cell,
    /// Width in Excel's character units.
    pub width: f64,
    /// What the column holds, in Indonesian, for the Petunjuk sheet.
    pub about: &'static str,
}

/// What a column's cells hold: their number format and validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// Free text (wrapped).
    Text,
    /// A row number or outline number (`1`, `1.1`, `a.`), as text.
    Number,
    /// Rupiah, a whole number ≥ 0 shown `#,##0`.
    Rupiah,
    /// A percentage as its number of percent (99,52), shown `0.00`.
    Percent,
    /// A target or realisasi: a number ≥ 0 (its unit in the Satuan column), or a text.
    Value,
    /// The unit of a target (`%`, `Dokumen`).
    Satuan,
    /// Higher or lower is better, from a list.
    Polaritas,
    /// A month of a schedule, marked from a list.
    Month,
}

/// A cell of an example row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Example {
    Empty,
    Text(&'static str),
    /// Rupiah.
    Rp(u64),
    /// A number as written with a decimal point (`77.5`); shown the Indonesian way by Excel.
    Number(&'static str),
    /// A percentage as its number of percent (`99.52` is 99,52%).
    Percent(&'static str),
}

/// The polaritas a form's list offers (what `compute::capaian::Polarity` reads).
pub const POLARITAS: [&str; 3] = ["naik", "turun", "sama"];

/// The mark a form's month list offers.
pub const MONTH_MARKS: [&str; 2] = ["✓", "v"];

/// The units a form's Satuan list suggests (any other may be typed).
pub const SATUAN: [&str; 6] = ["%", "Dokumen", "Laporan", "Kegiatan", "Orang", "Indeks"];

impl Column {
    pub const fn new(
        title: &'static str,
        role: Role,
        cell: Cell,
        width: f64,
        about: &'static str,
    ) -> Column {
        Column {
            title,
            role,
            cell,
            width,
            about,
        }
    }
}

/// The columns every performance form starts with, described once.
pub const NO: Column = Column::new(
    "No",
    Role::No,
    Cell::Number,
    6.0,
    "Nomor urut sasaran (1, 2, …). Indikator kedua dan seterusnya dari sasaran yang sama: kosongkan No dan Sasaran.",
);
pub const SASARAN: Column = Column::new(
    "Sasaran",
    Role::Sasaran,
    Cell::Text,
    40.0,
    "Sasaran strategis/kegiatan, ditulis sekali pada baris indikator pertamanya.",
);
pub const INDIKATOR: Column = Column::new(
    "Indikator Kinerja",
    Role::Indikator,
    Cell::Text,
    44.0,
    "Indikator kinerja sasaran itu, satu indikator per baris.",
);
pub const TARGET: Column = Column::new(
    "Target",
    Role::Target,
    Cell::Value,
    10.0,
    "Target tahun ini sebagai angka (100; 97,5), satuannya di kolom Satuan.",
);
pub const SATUAN_COLUMN: Column = Column::new(
    "Satuan",
    Role::Satuan,
    Cell::Satuan,
    11.0,
    "Satuan target dan realisasi: % untuk persentase (100 dengan satuan % berarti 100%), atau Dokumen, Laporan, Kegiatan, …",
);
pub const POLARITAS_COLUMN: Column = Column::new(
    "Polaritas",
    Role::Polaritas,
    Cell::Polaritas,
    11.0,
    "Arah yang baik bagi indikator.",
);

/// The sasaran, indikator and target of the performance forms' examples: one plan seen from
/// the PK, the BAB III table, the RAK and the Renstra. (sasaran, indikator, target, satuan)
pub const EXAMPLE_INDIKATOR: [(&str, &str, &str, &str); 4] = [
    (
        "Terwujudnya perencanaan dan penganggaran yang akuntabel",
        "Persentase dokumen perencanaan dan anggaran yang tersusun tepat waktu",
        "100",
        "%",
    ),
    (
        "Terselesaikannya pengelolaan keuangan dan BMN sesuai peraturan",
        "Persentase laporan keuangan dan BMN yang disampaikan tepat waktu",
        "100",
        "%",
    ),
    (
        "Terwujudnya data pemilih yang mutakhir dan akurat",
        "Persentase data pemilih yang mutakhir dan akurat",
        "98",
        "%",
    ),
    (
        "Meningkatnya partisipasi masyarakat dalam pemilu",
        "Jumlah kegiatan sosialisasi dan pendidikan pemilih",
        "12",
        "Kegiatan",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::{fit, recognise, DocKind, Recognised};
    use crate::layout::columns::{role_of, ColumnMap};

    #[test]
    fn every_example_row_has_a_cell_per_column() {
        for kind in DocKind::ALL {
            let Some(form) = kind.spec().form else {
                continue;
            };
            for row in form.examples {
                assert_eq!(row.len(), form.columns.len(), "{kind}: {row:?}");
            }
        }
    }

    #[test]
    fn every_title_is_read_as_its_role_and_the_header_as_its_kind() {
        for kind in DocKind::ALL {
            let Some(form) = kind.spec().form else {
                continue;
            };
            let mut header = ColumnMap::default();
            for (col, column) in form.columns.iter().enumerate() {
                let col = col as u32;
                // A year column's role is given by the header's run of years (the import test
                // reads it so); its title alone reads as a target.
                let title = column.title.replace("{tahun}", "2025");
                let role = match column.role {
                    Role::Year(_) => Some(column.role),
                    _ => role_of(&title),
                };
                header.names.insert(col, title);
                if let Some(role) = role {
                    header.roles.or_insert(role, col);
                }
            }
            match recognise(&header) {
                Recognised::Chosen(c) => {
                    assert_eq!(c.kind, kind);
                    assert_eq!(c.doubt, None, "{kind}");
                }
                other => panic!("{kind}: {other:?}"),
            }
            // Fitted to the kind (a RAK's `Biaya (Rp)`, read as an anggaran, is its biaya),
            // every column has the role the form gives it.
            fit(kind, &mut header).unwrap();
            for (col, column) in form.columns.iter().enumerate() {
                if matches!(column.role, Role::Year(_)) {
                    continue;
                }
                assert_eq!(
                    header.get(column.role),
                    Some(col as u32),
                    "{kind}: {}",
                    column.title
                );
            }
        }
    }
}
