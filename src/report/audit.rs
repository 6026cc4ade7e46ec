//! What `lakip audit` prints: `lakip check`'s blocks, each with the sentence quoted; the claims
//! skipped with `--verbose`; JSON with the same fields.

use crate::audit::Findings;
use crate::check::Severity;
use serde_json::{json, Value};

pub fn text(f: &Findings, verbose: bool) -> String {
    let mut out = super::check::blocks(&f.diagnostics);
    if verbose {
        for s in &f.skipped {
            out.push_str(&crate::t!(
                "audit-skipped-block",
                reason = &s.reason,
                place = &s.place,
                text = &s.text
            ));
            out.push_str("\n\n");
        }
    }
    let count = |s: Severity| f.diagnostics.iter().filter(|d| d.severity == s).count();
    let skipped = match (f.skipped.len(), verbose) {
        (0, _) => String::new(),
        (n, true) => crate::t!("audit-summary-skipped", skipped = n),
        (n, false) => crate::t!("audit-summary-skipped-hidden", skipped = n),
    };
    let key = match f.diagnostics.is_empty() {
        true => "audit-summary-ok",
        false => "audit-summary-failed",
    };
    let line = crate::i18n::tr(
        key,
        &[
            ("errors", count(Severity::Error).into()),
            ("warnings", count(Severity::Warning).into()),
            ("checked", f.checked.into()),
        ],
    );
    out.push_str(&format!("{line}{skipped}\n"));
    out
}

pub fn json(f: &Findings, verbose: bool) -> Value {
    let list: Vec<Value> = f
        .diagnostics
        .iter()
        .map(super::check::diagnostic_json)
        .collect();
    let count = |s: Severity| f.diagnostics.iter().filter(|d| d.severity == s).count();
    let mut v = json!({
        "diagnostics": list,
        "errors": count(Severity::Error),
        "warnings": count(Severity::Warning),
        "checked": f.checked,
        "skipped_count": f.skipped.len(),
    });
    if verbose {
        v["skipped"] = f
            .skipped
            .iter()
            .map(|s| json!({"place": s.place, "text": s.text, "reason": s.reason}))
            .collect();
    }
    v
}
