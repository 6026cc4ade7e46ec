//! Updating `data/` all at once, one writer at a time.
//!
//! A writer (`import`, `remove`) takes the lock file `.lakip.lock` in the workspace (created
//! with `create_new`, holding its pid); a second writer waits a few seconds, then stops with
//! "another lakip is writing this workspace (pid N)". A lock whose process is gone is taken
//! over. Under the lock the writer copies `data/` into a new generation `data.new-<pid>/`,
//! writes every changed table there, marks it complete (`.complete`) and swaps it in:
//! `data/` → `data.old-<pid>/`, `data.new-<pid>/` → `data/`, then the old one is removed.
//!
//! Recovery, by the next command that opens the workspace (under the lock): a generation
//! without its mark was killed while written and is removed (the previous `data/` stands); a
//! swap killed between its two renames is finished (a complete new generation becomes `data/`)
//! or undone (the old one becomes `data/` again); leftover temporary files of an older lakip
//! (`.name.csv.PID.tmp`) are not copied into the new generation, so they go with the old one.

use crate::error::input_error;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub const LOCK_FILE: &str = ".lakip.lock";
const COMPLETE: &str = ".complete";
const NEW: &str = "data.new-";
const OLD: &str = "data.old-";

/// How long a writer waits for another to finish.
const WAIT: Duration = Duration::from_secs(5);

/// The workspace's write lock, released when dropped.
pub struct Lock {
    path: PathBuf,
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// Takes the write lock of the workspace at `root`, waiting up to [`WAIT`] for another writer.
pub fn lock(root: &Path) -> anyhow::Result<Lock> {
    let path = root.join(LOCK_FILE);
    let start = Instant::now();
    loop {
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut f) => {
                let _ = write!(f, "{}", std::process::id());
                return Ok(Lock { path });
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let holder = fs::read_to_string(&path).unwrap_or_default();
                let pid = holder.trim().parse::<u32>().ok();
                if pid.is_some_and(|p| !alive(p)) {
                    // The writer was killed: its lock is stale.
                    let _ = fs::remove_file(&path);
                    continue;
                }
                if start.elapsed() >= WAIT {
                    let who = pid.map_or(crate::t!("workspace-another-process"), |p| {
                        format!("pid {p}")
                    });
                    return Err(input_error(crate::t!(
                        "workspace-locked",
                        who = who,
                        lock = path.display().to_string()
                    )));
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => {
                return Err(input_error(crate::t!(
                    "workspace-cannot-lock",
                    path = path.display().to_string(),
                    error = e.to_string()
                )))
            }
        }
    }
}

/// Is process `pid` running? Where `/proc` cannot tell, a lock is taken as held.
fn alive(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.is_dir() || proc.join(pid.to_string()).exists()
}

/// Replaces the tables `written` in `data/` all at once (see the module's comment). Call with
/// the lock held.
pub fn commit(root: &Path, data: &Path, written: &[(&'static str, Vec<u8>)]) -> anyhow::Result<()> {
    let pid = std::process::id();
    let new = root.join(format!("{NEW}{pid}"));
    let old = root.join(format!("{OLD}{pid}"));
    let fail = |what: &Path, e: std::io::Error| {
        input_error(crate::t!(
            "workspace-cannot-write",
            path = what.display().to_string(),
            error = e.to_string()
        ))
    };
    let _ = fs::remove_dir_all(&new);
    fs::create_dir(&new).map_err(|e| fail(&new, e))?;
    let result = (|| {
        copy_tables(data, &new)?;
        for (name, bytes) in written {
            write_synced(&new.join(name), bytes)?;
        }
        write_synced(&new.join(COMPLETE), b"")
    })();
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&new);
        return Err(fail(&new, e));
    }
    if data.exists() {
        fs::rename(data, &old).map_err(|e| fail(data, e))?;
    }
    fs::rename(&new, data).map_err(|e| fail(data, e))?;
    let _ = fs::remove_file(data.join(COMPLETE));
    let _ = fs::remove_dir_all(&old);
    Ok(())
}

/// Copies the files of `data/` a generation keeps: every file but temporary ones.
fn copy_tables(data: &Path, new: &Path) -> std::io::Result<()> {
    let Ok(entries) = fs::read_dir(data) else {
        return Ok(());
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if entry.file_type()?.is_file() && !is_temporary(&name) {
            fs::copy(entry.path(), new.join(&*name))?;
        }
    }
    Ok(())
}

/// A temporary file an older lakip left when killed while writing (`.rkt.csv.1234.tmp`).
pub fn is_temporary(name: &str) -> bool {
    name.starts_with('.') && name.ends_with(".tmp")
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = fs::File::create(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// Puts right what a writer killed mid-update left (see the module's comment); call with the
/// lock held. Returns what was done, for a notice.
pub fn recover(root: &Path, data: &Path) -> Vec<String> {
    let mut done = Vec::new();
    let Ok(entries) = fs::read_dir(root) else {
        return done;
    };
    let mut generations: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(NEW) || n.starts_with(OLD))
        })
        .collect();
    generations.sort();
    let is_new = |p: &Path| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(NEW))
    };
    for generation in &generations {
        let name = generation.display();
        if !data.exists() && is_new(generation) && generation.join(COMPLETE).exists() {
            if fs::rename(generation, data).is_ok() {
                let _ = fs::remove_file(data.join(COMPLETE));
                done.push(crate::t!(
                    "workspace-recovered-finished",
                    name = name.to_string()
                ));
            }
        } else if !data.exists() && !is_new(generation) {
            if fs::rename(generation, data).is_ok() {
                done.push(crate::t!(
                    "workspace-recovered-restored",
                    name = name.to_string()
                ));
            }
        } else if fs::remove_dir_all(generation).is_ok() {
            done.push(crate::t!(
                "workspace-recovered-removed",
                name = name.to_string()
            ));
        }
    }
    done
}

/// Leftover temporary files in `data/`, for `status` and `check` to name.
pub fn leftovers(root: &Path, data: &Path) -> Vec<String> {
    let mut found: Vec<String> = fs::read_dir(data)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| is_temporary(n))
        .map(|n| format!("data/{n}"))
        .collect();
    found.extend(
        fs::read_dir(root)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(NEW) || n.starts_with(OLD)),
    );
    found.sort();
    found
}
