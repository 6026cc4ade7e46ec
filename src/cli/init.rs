//! `lakip init`: a new workspace.

use crate::error::{input_error, Outcome};
use crate::render::kerangka;
use crate::workspace::{config, write_atomic, Workspace, CONFIG_FILE, DATA_DIR};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip init --satker \"KPU Kota Serang\" --tahun 2023\n  lakip init lkj-2024 --satker \"KPU Kabupaten Serang\" --tahun 2024 --tempat Serang\n  lakip init ../lkj-2024 --from .    # next year: last year's settings, narasi/ and templates/\n  lakip init --narasi                # after importing BAB III: narasi/bab3/sasaran-N.md for each sasaran\n\nThe narrative skeleton: narasi/kata-pengantar.md, bab1.md, bab4.md and narasi/bab3/sasaran-N.md,\neach blank a line [Tuliskan …] to replace; a file that exists is never overwritten."
)]
pub struct Args {
    /// Directory to create the workspace in (created if missing; default: the current one).
    pub dir: Option<PathBuf>,
    /// The satker's name, as it appears on its documents (with --from: last year's).
    #[arg(long, required_unless_present_any = ["from", "narasi"])]
    pub satker: Option<String>,
    /// The budget year the documents are for (with --from: the year after last year's).
    #[arg(long, value_parser = clap::value_parser!(i32).range(2000..=2100), required_unless_present_any = ["from", "narasi"])]
    pub tahun: Option<i32>,
    /// In an existing workspace: write the narrative skeleton files that are missing, one per
    /// sasaran of the imported measurement (narasi/bab3/sasaran-N.md) and the Kata Pengantar,
    /// BAB I and BAB IV; none is overwritten.
    #[arg(long, conflicts_with_all = ["satker", "tahun", "from", "tempat"])]
    pub narasi: bool,
    /// Start from last year's workspace: its settings, narasi/ and templates/ (not its data),
    /// linked as [sebelumnya] so BAB III compares the two years.
    #[arg(long, value_name = "DIR")]
    pub from: Option<PathBuf>,
    /// The place written above signatures (default: taken from the satker's name).
    #[arg(long)]
    pub tempat: Option<String>,
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<Outcome> {
    let dir = args
        .dir
        .clone()
        .or_else(|| workspace.map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."));
    if args.narasi {
        return narasi(&dir);
    }
    if dir.join(CONFIG_FILE).exists() {
        return Err(input_error(crate::t!(
            "init-already-workspace",
            dir = dir.display().to_string(),
            file = CONFIG_FILE
        )));
    }
    if dir.join(DATA_DIR).exists() {
        return Err(input_error(crate::t!(
            "init-data-exists",
            dir = dir.display().to_string(),
            data = DATA_DIR
        )));
    }
    let create = |p: &Path| {
        std::fs::create_dir_all(p).map_err(|e| input_error(cannot("init-cannot-create", p, &e)))
    };
    if let Some(from) = &args.from {
        return from_last_year(args, from, &dir, create);
    }
    let (Some(satker), Some(tahun)) = (&args.satker, args.tahun) else {
        return Err(input_error(crate::t!("init-needs-satker")));
    };
    create(&dir)?;
    create(&dir.join(DATA_DIR))?;
    let tempat = args
        .tempat
        .clone()
        .unwrap_or_else(|| config::place_of(satker));
    let text = config::template(satker, tahun, &tempat);
    write_atomic(&dir.join(CONFIG_FILE), text.as_bytes())?;
    let skeleton = kerangka::write_missing(&dir, true, &[])?;
    let created = crate::t!(
        "init-created",
        satker = satker,
        tahun = tahun.to_string(),
        dir = dir.display().to_string(),
        files = names(&skeleton.written)
    );
    super::emit(&format!("{created}\n"))?;
    Ok(Outcome::Done)
}

/// `lakip init --narasi`: the skeleton files an existing workspace lacks, for the sasaran its
/// measurement has now.
fn narasi(dir: &Path) -> anyhow::Result<Outcome> {
    let ws = Workspace::open(Some(dir))?;
    let docs = crate::workspace::load::load(&ws)?;
    let sasaran = crate::render::view::sasaran_of(&ws, &docs)?;
    let done = kerangka::write_missing(&ws.root, true, &sasaran)?;
    let mut out = match done.written.len() {
        0 => crate::t!("init-narasi-none"),
        n => crate::t!("init-narasi-wrote", count = n, files = names(&done.written)),
    };
    if !done.kept.is_empty() && !done.written.is_empty() {
        out.push_str(&crate::t!("init-narasi-kept", count = done.kept.len()));
    }
    if sasaran.is_empty() {
        out.push('\n');
        out.push_str(&crate::t!("init-narasi-no-kinerja"));
    }
    super::emit(&format!("{out}\n"))?;
    Ok(Outcome::Done)
}

/// `narasi/bab1.md, narasi/bab4.md`: the files, or their count beyond five.
fn names(files: &[String]) -> String {
    match files.len() {
        0..=5 => files.join(", "),
        n => format!(
            "{}, … ({})",
            files[..3].join(", "),
            crate::t!("init-files", count = n)
        ),
    }
}

/// Next year's workspace: last year's lakip.toml with the year moved on (and the satker or
/// place changed where asked), `[sebelumnya]` pointing back, narasi/ and templates/ copied.
/// `DIR: cannot create: …`, the OS's reason after the message.
fn cannot(key: &str, path: &Path, e: &std::io::Error) -> String {
    crate::i18n::tr(
        key,
        &[
            ("path", path.display().to_string().into()),
            ("reason", e.to_string().into()),
        ],
    )
}

fn from_last_year(
    args: &Args,
    from: &Path,
    dir: &Path,
    create: impl Fn(&Path) -> anyhow::Result<()>,
) -> anyhow::Result<Outcome> {
    let last = Workspace::open(Some(from))?;
    let text = std::fs::read_to_string(from.join(CONFIG_FILE)).map_err(|e| {
        input_error(crate::t!(
            "init-cannot-read",
            path = from.join(CONFIG_FILE).display().to_string(),
            reason = e.to_string()
        ))
    })?;
    let tahun = args.tahun.unwrap_or(last.config.satker.tahun + 1);
    let satker = args
        .satker
        .clone()
        .unwrap_or(last.config.satker.nama.clone());
    create(dir)?;
    create(&dir.join(DATA_DIR))?;
    let back = relative(dir, from);
    let mut text = config::next_year(&text, tahun, &back);
    if args.satker.is_some() || args.tempat.is_some() {
        let tempat = args
            .tempat
            .clone()
            .unwrap_or(last.config.satker.tempat.clone());
        text = config::set_satker(&text, &satker, &tempat);
    }
    write_atomic(&dir.join(CONFIG_FILE), text.as_bytes())?;
    let mut copied = Vec::new();
    for sub in ["narasi", "templates"] {
        let n = copy_dir(&from.join(sub), &dir.join(sub))?;
        if n > 0 {
            copied.push(crate::t!("init-copied-dir", dir = sub, count = n));
        }
    }
    // Last year's analysis of each sasaran speaks of last year's figures: this year starts
    // from the skeleton, one file per sasaran last year measured.
    let sasaran = crate::render::view::sasaran_of(&last, &crate::workspace::load::load(&last)?)?;
    let skeleton = kerangka::write_missing(dir, true, &sasaran)?;
    if !skeleton.written.is_empty() {
        copied.push(crate::t!(
            "init-copied-skeleton",
            files = names(&skeleton.written)
        ));
    }
    let copied = if copied.is_empty() {
        String::new()
    } else {
        let and = format!(" {} ", crate::t!("init-and"));
        crate::t!("init-copied-with", what = copied.join(&and))
    };
    let created = crate::t!(
        "init-created-from",
        satker = satker,
        tahun = tahun.to_string(),
        dir = dir.display().to_string(),
        from = from.display().to_string(),
        copied = copied
    );
    super::emit(&(created + "\n"))?;
    Ok(Outcome::Done)
}

/// How to get from `dir` to `target`, as lakip.toml writes it: relative when both are under
/// the current directory, else absolute.
fn relative(dir: &Path, target: &Path) -> String {
    let absolute = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let (dir, target) = (absolute(dir), absolute(target));
    let common = dir
        .components()
        .zip(target.components())
        .take_while(|(a, b)| a == b)
        .count();
    if common == 0 {
        return target.display().to_string();
    }
    let up = dir.components().count() - common;
    let mut path = PathBuf::new();
    for _ in 0..up {
        path.push("..");
    }
    for part in target.components().skip(common) {
        path.push(part);
    }
    path.display().to_string().replace('\\', "/")
}

/// Copies the files of a directory, one level: not its subdirectories (`narasi/bab3/`), nor a
/// sasaran's narrative kept at the top (`narasi/sasaran-1.md`), which speak of last year's
/// figures; returns how many.
fn copy_dir(from: &Path, to: &Path) -> anyhow::Result<usize> {
    let Ok(entries) = std::fs::read_dir(from) else {
        return Ok(0);
    };
    let mut n = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        let sasaran = entry.file_name().to_string_lossy().starts_with("sasaran-");
        if !path.is_file() || (sasaran && from.ends_with("narasi")) {
            continue;
        }
        std::fs::create_dir_all(to).map_err(|e| {
            input_error(crate::t!(
                "init-cannot-create",
                path = to.display().to_string(),
                reason = e.to_string()
            ))
        })?;
        let target = to.join(entry.file_name());
        std::fs::copy(&path, &target).map_err(|e| {
            input_error(crate::t!(
                "init-cannot-copy",
                path = path.display().to_string(),
                reason = e.to_string()
            ))
        })?;
        n += 1;
    }
    Ok(n)
}
