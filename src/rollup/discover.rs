//! Which workspaces a rollup reads: each DIR that is a workspace, or the workspaces directly
//! under it; or the entries of a `rollup.toml` (directories or globs such as `kab-*/`).

use crate::error::input_error;
use crate::workspace::CONFIG_FILE;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The file that lists a rollup's workspaces.
pub const ROLLUP_FILE: &str = "rollup.toml";

/// `rollup.toml`: the workspaces (paths or globs, relative to the file) and, optionally, the
/// units expected, so one that is absent is flagged.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RollupFile {
    /// The parent unit the rollup is made for (`KPU Provinsi Banten`): the annex's title.
    #[serde(default)]
    pub nama: Option<String>,
    #[serde(default)]
    pub tahun: Option<i32>,
    pub workspaces: Vec<String>,
    /// Units (by `[satker] nama`) that must be present.
    #[serde(default)]
    pub harapkan: Vec<String>,
}

/// The workspaces found, and what was asked for and not found.
#[derive(Debug, Default)]
pub struct Found {
    pub workspaces: Vec<PathBuf>,
    /// A directory named (not a glob) that holds no workspace.
    pub absent: Vec<PathBuf>,
    pub file: RollupFile,
}

/// The workspaces under `inputs` (directories, or a `rollup.toml`), in a stable order, each
/// once.
pub fn discover(inputs: &[PathBuf]) -> anyhow::Result<Found> {
    let mut found = Found::default();
    for input in inputs {
        let listing = if input.is_dir() {
            input.join(ROLLUP_FILE)
        } else {
            input.clone()
        };
        if listing.file_name().is_some_and(|n| n == ROLLUP_FILE) && listing.is_file() {
            from_file(&listing, &mut found)?;
        } else if input.is_dir() {
            under(input, &mut found);
        } else {
            return Err(input_error(not_found(input)));
        }
    }
    found.workspaces.sort();
    found.workspaces.dedup();
    Ok(found)
}

fn not_found(path: &Path) -> String {
    crate::t!(
        "rollup-not-found",
        path = path.display().to_string(),
        file = ROLLUP_FILE
    )
}

/// A workspace itself, or every workspace directly under the directory.
fn under(dir: &Path, found: &mut Found) {
    if is_workspace(dir) {
        found.workspaces.push(dir.to_path_buf());
        return;
    }
    let before = found.workspaces.len();
    for sub in subdirectories(dir) {
        if is_workspace(&sub) {
            found.workspaces.push(sub);
        }
    }
    if found.workspaces.len() == before {
        found.absent.push(dir.to_path_buf());
    }
}

fn is_workspace(dir: &Path) -> bool {
    dir.join(CONFIG_FILE).is_file()
}

fn subdirectories(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    out.sort();
    out
}

fn from_file(path: &Path, found: &mut Found) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        input_error(crate::t!(
            "rollup-cannot-read",
            path = path.display().to_string(),
            error = e.to_string()
        ))
    })?;
    let file: RollupFile = toml::from_str(&text)
        .map_err(|e| input_error(format!("{}: {}", path.display(), e.message())))?;
    let base = path.parent().unwrap_or(Path::new("."));
    for entry in &file.workspaces {
        let entry = entry.trim_end_matches('/');
        if entry.contains(['*', '?']) {
            found.workspaces.extend(glob(base, entry));
        } else {
            let dir = base.join(entry);
            if is_workspace(&dir) {
                found.workspaces.push(dir);
            } else if dir.is_dir() {
                under(&dir, found);
            } else {
                found.absent.push(dir);
            }
        }
    }
    found.file.harapkan.extend(file.harapkan.iter().cloned());
    found.file.nama = found.file.nama.take().or(file.nama);
    found.file.tahun = found.file.tahun.or(file.tahun);
    Ok(())
}

/// The workspaces a pattern of path components matches (`*` any run of letters, `?` one),
/// each component matched against the directories at its depth.
fn glob(base: &Path, pattern: &str) -> Vec<PathBuf> {
    let mut dirs = vec![base.to_path_buf()];
    for part in pattern.split('/').filter(|p| !p.is_empty() && *p != ".") {
        dirs = dirs
            .iter()
            .flat_map(|d| {
                if part.contains(['*', '?']) {
                    subdirectories(d)
                        .into_iter()
                        .filter(|s| {
                            s.file_name()
                                .and_then(|n| n.to_str())
                                .is_some_and(|n| matches(part, n))
                        })
                        .collect()
                } else {
                    vec![d.join(part)]
                }
            })
            .collect();
    }
    dirs.into_iter().filter(|d| is_workspace(d)).collect()
}

/// Shell-style matching of one name: `*` any run of characters, `?` one.
pub fn matches(pattern: &str, name: &str) -> bool {
    let (p, n): (Vec<char>, Vec<char>) = (pattern.chars().collect(), name.chars().collect());
    // matched[j]: the pattern so far matches the first j characters of the name.
    let mut matched = vec![false; n.len() + 1];
    matched[0] = true;
    for c in p {
        let mut next = vec![false; n.len() + 1];
        for j in 0..=n.len() {
            next[j] = match c {
                '*' => matched[j] || (j > 0 && next[j - 1]),
                '?' => j > 0 && matched[j - 1],
                c => j > 0 && matched[j - 1] && n[j - 1] == c,
            };
        }
        matched = next;
    }
    matched[n.len()]
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn globs_match_names() {
        assert!(matches("kab-*", "kab-serang"));
        assert!(!matches("kab-*", "kota-serang"));
        assert!(matches("k?ta-*", "kota-serang"));
        assert!(matches("*", "x"));
        assert!(!matches("kab-?", "kab-12"));
    }
}
