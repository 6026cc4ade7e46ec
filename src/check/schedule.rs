//! RAK actions planned in no month.

use super::{Diagnostic, RAK_UNSCHEDULED};
use crate::model::Document;

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let actions: Vec<_> = doc
        .indicators()
        .iter()
        .filter(|i| !i.jadwal().is_empty())
        .collect();
    let unscheduled: Vec<_> = actions
        .iter()
        .filter(|i| i.scheduled_months() == 0)
        .collect();
    if unscheduled.is_empty() {
        return;
    }
    // A sheet with no mark anywhere shows its schedule some other way: say it once.
    if unscheduled.len() == actions.len() && actions.len() > 1 {
        out.push(Diagnostic::new(
            &RAK_UNSCHEDULED,
            actions[0].location.clone(),
            crate::t!("finding-rak-unscheduled-all", count = actions.len()),
        ));
        return;
    }
    for ind in unscheduled {
        let fallback = crate::t!("finding-rak-unscheduled-action");
        let what = ind.aksi().or(ind.indikator.as_deref()).unwrap_or(&fallback);
        out.push(
            Diagnostic::new(
                &RAK_UNSCHEDULED,
                ind.location.clone(),
                crate::t!(
                    "finding-rak-unscheduled",
                    action = crate::text::shorten_line(what, 70)
                ),
            )
            .hint(crate::t!("hint-rak-unscheduled")),
        );
    }
}
