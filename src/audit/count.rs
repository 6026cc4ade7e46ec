//! `count`: "8 (delapan) sasaran strategis dan 8 (delapan) indikator … pada tabel 2.1" against
//! the table it refers to.

use super::figures::Kind;
use super::read::{Block, Table};
use super::tables::{self, PerfRow};
use super::{rules, Audit};
use crate::model::Field;
use rust_decimal::Decimal;
use std::collections::BTreeSet;

pub fn check(a: &mut Audit) {
    for i in 0..a.said.len() {
        let figs = a.said[i].sentence.figures.clone();
        for f in figs {
            if f.figure.kind != Kind::Number || f.figure.year || f.figure.unit != Decimal::ONE {
                continue;
            }
            // `Tabel 2 Sasaran`, `Gambar 1`, `Pasal 3`: a number that names, not one that counts.
            let before = super::sentence::words_of(&a.said[i].text()[..f.figure.start]);
            if before.last().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "tabel"
                        | "gambar"
                        | "bab"
                        | "pasal"
                        | "nomor"
                        | "no"
                        | "ayat"
                        | "lampiran"
                        | "grafik"
                )
            }) {
                continue;
            }
            let noun = match f.figure.noun.as_deref() {
                Some("indikator") => "indikator",
                Some("sasaran") => "sasaran",
                _ => continue,
            };
            let text = a.said[i].text().to_string();
            let spot = a.spot(&a.said[i], f.figure.start, f.figure.end + 30);
            let table = match referred(a, i, &text) {
                Ok(t) => t,
                Err(reason) => {
                    a.skip(
                        spot,
                        crate::t!(
                            "audit-count-reason",
                            figure = &f.figure.text,
                            noun = noun,
                            reason = reason
                        ),
                    );
                    continue;
                }
            };
            let Some(roles) = tables::roles(table).filter(|r| r.is_performance()) else {
                a.skip(
                    spot,
                    crate::t!(
                        "audit-count-no-target",
                        figure = &f.figure.text,
                        noun = noun,
                        table = table.number.to_string()
                    ),
                );
                continue;
            };
            let rows = tables::performance_rows(table, &roles);
            let counted = match noun {
                "indikator" => rows.iter().filter(|r| r.target.is_some()).count(),
                _ => sasaran_count(&rows),
            };
            if Decimal::from(counted) == f.figure.value {
                a.holds();
                continue;
            }
            let message = crate::t!(
                "audit-count-wrong",
                figure = &f.figure.text,
                noun = noun,
                table = table_name(table),
                counted = counted
            );
            let d = a
                .diagnostic(&rules::COUNT, spot, message)
                .numbers(Field::KTarget, f.figure.value, Decimal::from(counted))
                .hint(match noun {
                    "indikator" => crate::t!("audit-count-hint-indikator"),
                    _ => crate::t!("audit-count-hint-sasaran"),
                });
            a.wrong(d);
        }
    }
}

/// `Tabel 2.1` as its caption names it, else `tabel 3` (the third of the document).
fn table_name(t: &Table) -> String {
    let caption = t.caption.as_deref().unwrap_or("");
    let mut words = caption.split_whitespace();
    match (words.next(), words.next()) {
        (Some(w), Some(n)) if w.eq_ignore_ascii_case("tabel") => {
            format!("Tabel {}", n.trim_end_matches(['.', ':']))
        }
        _ => crate::t!("audit-count-nth-table", number = t.number.to_string()),
    }
}

fn sasaran_count(rows: &[PerfRow]) -> usize {
    let numbers: BTreeSet<&str> = rows.iter().filter_map(|r| r.number.as_deref()).collect();
    if !numbers.is_empty() {
        return numbers.len();
    }
    rows.iter()
        .filter_map(|r| r.sasaran.as_deref())
        .collect::<BTreeSet<_>>()
        .len()
}

/// The table a sentence refers to: by its caption (`tabel 2.1`), or the next one after
/// `berikut` / `di bawah ini`.
fn referred<'t>(a: &Audit<'t>, i: usize, text: &str) -> Result<&'t Table, String> {
    let lower = text.to_ascii_lowercase();
    if let Some(k) = lower.find("tabel ") {
        let name: String = lower[k + 6..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let name = name.trim_end_matches('.');
        if !name.is_empty() {
            let wanted = format!("tabel {name}");
            return a
                .text
                .tables()
                .find(|t| {
                    t.caption.as_deref().is_some_and(|c| {
                        let c = c.to_lowercase();
                        c.starts_with(&wanted)
                            && !c[wanted.len()..].starts_with(|ch: char| ch.is_ascii_digit())
                    })
                })
                .ok_or_else(|| crate::t!("audit-count-no-caption", name = name));
        }
    }
    if lower.contains("berikut") || lower.contains("di bawah ini") || lower.contains("dibawah ini")
    {
        let seq = a.said[i].para.seq;
        let mut after = false;
        let mut paragraphs = 0;
        for b in &a.text.blocks {
            match b {
                Block::Para(p) if p.seq == seq => after = true,
                Block::Para(_) if after => {
                    paragraphs += 1;
                    if paragraphs > 3 {
                        break;
                    }
                }
                Block::Table(t) if after => return Ok(t),
                _ => {}
            }
        }
        return Err(crate::t!("audit-count-no-table-after"));
    }
    Err(crate::t!("audit-count-no-table-named"))
}
