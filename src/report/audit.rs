//! What `lakip audit` prints: `lakip check`'s blocks, each with the sentence quoted; the claims
//! skipped with `--verbose`; JSON with the same fields.

use crate::audit::Findings;
use crate::check::Severity;
use serde_json::{json, Value};

pub fn text(f: &Findings, verbose: bool) -> String {
    let mut out = super::check::blocks(&f.diagnostics);
    if verbose {
        for s in &f.skipped {
            out.push_str(&format!(
                "skipped: {}\n  --> {}\n   = text: \"{}\"\n\n",
                s.reason, s.place, s.text
            ));
        }
    }
    let count = |s: Severity| f.diagnostics.iter().filter(|d| d.severity == s).count();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let verdict = if f.diagnostics.is_empty() {
        "ok"
    } else {
        "failed"
    };
    let skipped = match (f.skipped.len(), verbose) {
        (0, _) => String::new(),
        (n, true) => format!("; {} skipped", plural(n, "claim")),
        (n, false) => format!("; {} skipped (--verbose lists them)", plural(n, "claim")),
    };
    out.push_str(&format!(
        "{verdict}: {}, {} in {} checked{skipped}\n",
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning"),
        plural(f.checked, "claim")
    ));
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
