//! What the workspace holds, as `lakip status`, `lakip remove` and `import --replace` name it:
//! documents chosen by file or ID, the content hash of a source file, and when it was imported.

use super::Workspace;
use crate::error::input_error;
use crate::model::Document;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// The SHA-256 of a file's bytes, in lower-case hex.
pub fn file_sha256(path: &Path) -> anyhow::Result<String> {
    let fail = |e: std::io::Error| {
        input_error(crate::t!(
            "workspace-cannot-read",
            path = path.display().to_string(),
            error = e.to_string()
        ))
    };
    let mut file = std::fs::File::open(path).map_err(fail)?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher).map_err(fail)?;
    Ok(hex(&hasher.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The time of an import, UTC: `SOURCE_DATE_EPOCH` when set (seconds since 1970, the
/// reproducible-builds convention, so generated workspaces are the same byte for byte), else
/// the clock.
pub fn now() -> anyhow::Result<String> {
    let secs = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) => text.trim().parse::<i64>().map_err(|_| {
            input_error(crate::t!("workspace-bad-epoch", text = format!("{text:?}")))
        })?,
        Err(_) => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX)),
    };
    Ok(utc(secs))
}

/// Seconds since 1970 as an RFC 3339 UTC time (`2024-01-31T09:15:00Z`): the civil date from
/// the day number (H. Hinnant's algorithm), with no time-zone database needed.
pub fn utc(secs: i64) -> String {
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3_600,
        rem % 3_600 / 60,
        rem % 60
    )
}

/// Whether a stored document's source file is still what was imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceState {
    Unchanged,
    /// The file's bytes are not those imported: import it again (or `--replace` it).
    Changed,
    /// No file at the stored name.
    Missing,
    /// No hash was recorded (a workspace of an older lakip).
    Unknown,
}

impl SourceState {
    pub fn name(self) -> &'static str {
        match self {
            SourceState::Unchanged => "unchanged",
            SourceState::Changed => "changed",
            SourceState::Missing => "missing",
            SourceState::Unknown => "unknown",
        }
    }

    /// As `lakip status` says it.
    pub fn said(self) -> &'static str {
        match self {
            SourceState::Unchanged => "unchanged",
            SourceState::Changed => "changed since import",
            SourceState::Missing => "missing",
            SourceState::Unknown => "unknown",
        }
    }
}

/// The state of each document's source file, each file hashed once.
pub fn source_states(ws: &Workspace, docs: &[Document]) -> Vec<SourceState> {
    let mut hashes: BTreeMap<&str, Option<String>> = BTreeMap::new();
    docs.iter()
        .map(|doc| {
            let now = hashes.entry(doc.file.as_str()).or_insert_with(|| {
                let path = ws.root.join(&doc.file);
                path.is_file().then(|| file_sha256(&path).ok()).flatten()
            });
            match (&doc.imported.sha256, now) {
                (_, None) => SourceState::Missing,
                (None, Some(_)) => SourceState::Unknown,
                (Some(then), Some(now)) if then == now => SourceState::Unchanged,
                (Some(_), Some(_)) => SourceState::Changed,
            }
        })
        .collect()
}

/// The documents `wanted` name, each a document ID (`anggaran-3fa21c`) or a source file
/// (all its sheets), in the order held; `Err` lists the names that match nothing.
pub fn select<'d>(
    ws: &Workspace,
    docs: &'d [Document],
    wanted: &[String],
) -> Result<Vec<&'d Document>, Vec<String>> {
    let mut chosen = vec![false; docs.len()];
    let mut unknown = Vec::new();
    for name in wanted {
        let by_id: Vec<usize> = (0..docs.len())
            .filter(|&i| docs[i].id().eq_ignore_ascii_case(name.trim()))
            .collect();
        let found = if by_id.is_empty() {
            let names = stored_names(ws, name);
            (0..docs.len())
                .filter(|&i| names.contains(&docs[i].file))
                .collect()
        } else {
            by_id
        };
        if found.is_empty() {
            unknown.push(name.clone());
        }
        for i in found {
            chosen[i] = true;
        }
    }
    if !unknown.is_empty() {
        return Err(unknown);
    }
    Ok(docs
        .iter()
        .zip(chosen)
        .filter_map(|(d, c)| c.then_some(d))
        .collect())
}

/// The names a file given on the command line may be stored under: as typed, as import
/// names it, and — for a file no longer on disk — as import would have named it.
fn stored_names(ws: &Workspace, given: &str) -> Vec<String> {
    let path = Path::new(given);
    let typed = given.replace('\\', "/");
    let mut names = vec![
        typed.strip_prefix("./").unwrap_or(&typed).to_string(),
        ws.source_name(path),
    ];
    if let Ok(cwd) = std::env::current_dir() {
        names.push(lexical_name(ws, &cwd.join(path)));
    }
    names
}

/// A path's name relative to the workspace, `.` and `..` worked out without the file system.
fn lexical_name(ws: &Workspace, path: &Path) -> String {
    let mut clean = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                clean.pop();
            }
            other => clean.push(other),
        }
    }
    let root = std::fs::canonicalize(&ws.root).unwrap_or_else(|_| ws.root.clone());
    match clean.strip_prefix(&root) {
        Ok(rel) => rel.to_string_lossy().replace('\\', "/"),
        Err(_) => clean.to_string_lossy().into_owned(),
    }
}

/// How to name a held document on the command line: its file, when the file gave only this
/// document, else its ID.
pub fn name_for(doc: &Document, held: &[Document]) -> String {
    let sheets = held.iter().filter(|d| d.file == doc.file).count();
    match sheets {
        0 | 1 => doc.file.clone(),
        _ => doc.id(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_since_1970_as_utc() {
        assert_eq!(utc(0), "1970-01-01T00:00:00Z");
        // 2024-01-01: 54 years of 365 days and 13 leap days, 19 723 days × 86 400 s.
        assert_eq!(utc(1_704_067_200), "2024-01-01T00:00:00Z");
        // 2000-02-29, a leap day of a year divisible by 400: day 11 016.
        assert_eq!(utc(951_782_400 + 3_600 + 61), "2000-02-29T01:01:01Z");
        assert_eq!(utc(-1), "1969-12-31T23:59:59Z");
    }
}
