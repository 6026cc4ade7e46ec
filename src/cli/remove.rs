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
    let gone = held::select(&ws, &docs, &args.documents)
        .map_err(|unknown| input_error(crate::t!("remove-unknown", names = unknown.join(", "))))?;
    let what: Replaced = gone
        .iter()
        .map(|d| (d.file.clone(), Some(d.sheet.clone())))
        .collect();
    if !args.dry_run {
        store::save(&ws, &what, &[])?;
    }
    let key = if args.dry_run {
        "remove-would-remove"
    } else {
        "remove-removed"
    };
    let mut out: String = gone
        .iter()
        .map(|d| {
            let args = [("id", d.id().into()), ("what", described(d).into())];
            crate::i18n::tr(key, &args) + "\n"
        })
        .collect();
    let left = docs.len() - gone.len();
    out.push_str(&match args.dry_run {
        true => crate::t!("dry-run-nothing-written"),
        false => crate::t!("remove-left", count = left),
    });
    out.push('\n');
    super::emit(&out)?;
    Ok(Outcome::Done)
}

/// `rkt.xlsx:'RKT 2023', rkt: 28 items, 26 headings, 1 total, 0 notices`.
fn described(doc: &Document) -> String {
    let count = |key: &str, n: usize| crate::i18n::tr(key, &[("count", n.into())]);
    let rows = match doc.kind.is_indicator_table() {
        true => count("remove-count-indikator", doc.indicators().len()),
        false => count("remove-count-items", doc.items().len()),
    };
    format!(
        "{}, {}: {rows}, {}, {}, {}",
        sheet_name(&doc.file, &doc.sheet),
        doc.kind,
        count("remove-count-headings", doc.headings().len()),
        count("remove-count-totals", doc.totals().len()),
        count("remove-count-notices", doc.notices.len()),
    )
}
