//! `lakip remove`: take documents out of the workspace — every row they gave, in every table —
//! by source file or by the ID `lakip status` lists.

use crate::error::{input_error, Outcome};
use crate::model::{sheet_name, Document};
use crate::workspace::table::Replaced;
use crate::workspace::{held, load, store, Workspace};
use std::path::Path;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip remove rkt-lama.xlsx\n  lakip remove anggaran-3fa21c\n  lakip remove --dry-run sources/old.xlsx\n\nA FILE removes every document (sheet) it gave; an ID one document. Every table is merged\nbefore any is written; a name that matches nothing removes nothing.\nExit codes: 0 ok; 2 could not run (a name that matches nothing, no workspace)."
)]
pub struct Args {
    /// Source files (every sheet each gave) or document IDs, as `lakip status` lists them.
    #[arg(required = true, value_name = "FILE|ID")]
    pub documents: Vec<String>,
    /// Say what would be removed; write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    let ws = Workspace::open(workspace)?;
    let docs = load::load(&ws)?;
    let gone = held::select(&ws, &docs, &args.documents).map_err(|unknown| {
        input_error(format!(
            "nothing removed: {}: no document of that ID or file in the workspace (`lakip status` lists them)",
            unknown.join(", ")
        ))
    })?;
    let what: Replaced = gone
        .iter()
        .map(|d| (d.file.clone(), Some(d.sheet.clone())))
        .collect();
    if !args.dry_run {
        store::save(&ws, &what, &[])?;
    }
    let verb = if args.dry_run {
        "would remove"
    } else {
        "removed"
    };
    let mut out: String = gone
        .iter()
        .map(|d| format!("{verb} {}: {}\n", d.id(), described(d)))
        .collect();
    let left = docs.len() - gone.len();
    out.push_str(&match (args.dry_run, left) {
        (true, _) => "dry run: nothing written\n".to_string(),
        (false, 1) => "the workspace holds 1 document\n".to_string(),
        (false, n) => format!("the workspace holds {n} documents\n"),
    });
    super::emit(&out)?;
    Ok(Outcome::Done)
}

/// `rkt.xlsx:'RKT 2023', rkt: 28 items, 26 headings, 1 total, 0 notices`.
fn described(doc: &Document) -> String {
    let plural = |n: usize, one: &str, many: &str| match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    };
    let rows = match doc.kind.is_indicator_table() {
        true => plural(doc.indicators().len(), "indikator", "indikator"),
        false => plural(doc.items().len(), "item", "items"),
    };
    format!(
        "{}, {}: {rows}, {}, {}, {}",
        sheet_name(&doc.file, &doc.sheet),
        doc.kind,
        plural(doc.headings().len(), "heading", "headings"),
        plural(doc.totals().len(), "total", "totals"),
        plural(doc.notices.len(), "notice", "notices"),
    )
}
