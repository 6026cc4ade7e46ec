//! Stage 4, the workspace: `lakip.toml` and the canonical tables in `data/`.

pub mod commit;
pub mod config;
pub mod held;
pub mod load;
pub mod store;
pub mod table;

use crate::error::input_error;
use config::Config;
use std::io::Write;
use std::path::{Path, PathBuf};

pub const CONFIG_FILE: &str = "lakip.toml";
pub const DATA_DIR: &str = "data";

/// An opened workspace.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
    pub config: Config,
}

impl Workspace {
    /// Opens the workspace at `dir`, or the one found by searching upward from the current
    /// directory when `dir` is `None`.
    pub fn open(dir: Option<&Path>) -> anyhow::Result<Workspace> {
        let root = match dir {
            Some(d) => {
                if !d.join(CONFIG_FILE).is_file() {
                    return Err(input_error(crate::t!(
                        "workspace-not-a-workspace",
                        dir = d.display().to_string(),
                        config = CONFIG_FILE
                    )));
                }
                d.to_path_buf()
            }
            None => find_upward()?,
        };
        let config = Config::load(&root.join(CONFIG_FILE))?;
        let ws = Workspace { root, config };
        ws.recover()?;
        Ok(ws)
    }

    /// The workspace found upward from the current directory, if there is one; a
    /// `lakip.toml` that cannot be read is an error, not "no workspace".
    pub fn find(dir: Option<&Path>) -> anyhow::Result<Option<Workspace>> {
        if dir.is_some() {
            return Workspace::open(dir).map(Some);
        }
        let Ok(cwd) = std::env::current_dir() else {
            return Ok(None);
        };
        match cwd.ancestors().find(|d| d.join(CONFIG_FILE).is_file()) {
            Some(root) => Workspace::open(Some(root)).map(Some),
            None => Ok(None),
        }
    }

    /// Puts right an update of `data/` killed mid-way (see [`commit`]), under the lock, when
    /// one left its generation directories behind.
    fn recover(&self) -> anyhow::Result<()> {
        let data = self.data_dir();
        refuse_data_file(&data)?;
        let left = commit::leftovers(&self.root, &data);
        if left.iter().any(|n| !n.starts_with("data/")) {
            let _lock = commit::lock(&self.root)?;
            for done in commit::recover(&self.root, &data) {
                eprintln!("{}", crate::t!("workspace-warning", message = done));
            }
        }
        Ok(())
    }

    /// Says on stderr which temporary files a write killed mid-way left in `data/` (the next
    /// import or remove drops them): for `status` and `check`.
    pub fn warn_leftovers(&self) {
        for name in commit::leftovers(&self.root, &self.data_dir()) {
            eprintln!("{}", crate::t!("workspace-leftover", name = name));
        }
    }

    pub fn data_dir(&self) -> PathBuf {
        self.root.join(DATA_DIR)
    }

    /// A file's name as stored in the tables: relative to the workspace when inside it.
    pub fn source_name(&self, file: &Path) -> String {
        let absolute = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        let (root, file_abs) = (absolute(&self.root), absolute(file));
        match file_abs.strip_prefix(&root) {
            Ok(rel) => rel.to_string_lossy().replace('\\', "/"),
            Err(_) => file_abs.to_string_lossy().into_owned(),
        }
    }
}

fn find_upward() -> anyhow::Result<PathBuf> {
    let cwd = std::env::current_dir()
        .map_err(|e| input_error(crate::t!("workspace-no-current-dir", error = e.to_string())))?;
    cwd.ancestors()
        .find(|d| d.join(CONFIG_FILE).is_file())
        .map(Path::to_path_buf)
        .ok_or_else(|| {
            input_error(crate::t!(
                "workspace-not-found",
                config = CONFIG_FILE,
                dir = cwd.display().to_string()
            ))
        })
}

/// A `data` that is a file, not the tables' directory: said plainly rather than as an OS error.
pub(crate) fn refuse_data_file(data: &Path) -> anyhow::Result<()> {
    if data.exists() && !data.is_dir() {
        return Err(input_error(crate::t!(
            "workspace-data-is-file",
            path = data.display().to_string()
        )));
    }
    Ok(())
}

/// Writes a file atomically: a temporary file beside it, then a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        input_error(crate::t!(
            "workspace-cannot-write",
            path = path.display().to_string(),
            error = e.to_string()
        ))
    })
}
