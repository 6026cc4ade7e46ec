//! `lakip init`: a new workspace.

use crate::error::{exit, input_error};
use crate::workspace::{config, write_atomic, CONFIG_FILE, DATA_DIR};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lakip init --satker \"KPU Kota Serang\" --tahun 2023\n  lakip init lkj-2024 --satker \"KPU Kabupaten Serang\" --tahun 2024 --tempat Serang"
)]
pub struct Args {
    /// Directory to create the workspace in (created if missing; default: the current one).
    pub dir: Option<PathBuf>,
    /// The satker's name, as it appears on its documents.
    #[arg(long)]
    pub satker: String,
    /// The budget year the documents are for.
    #[arg(long, value_parser = clap::value_parser!(i32).range(2000..=2100))]
    pub tahun: i32,
    /// The place written above signatures (default: taken from the satker's name).
    #[arg(long)]
    pub tempat: Option<String>,
}

pub fn run(args: &Args, workspace: Option<&Path>) -> anyhow::Result<i32> {
    let dir = args
        .dir
        .clone()
        .or_else(|| workspace.map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."));
    if dir.join(CONFIG_FILE).exists() {
        return Err(input_error(format!(
            "{}: already a lakip workspace ({CONFIG_FILE} exists)",
            dir.display()
        )));
    }
    if dir.join(DATA_DIR).exists() {
        return Err(input_error(format!(
            "{}: has a {DATA_DIR}/ directory already; choose an empty directory",
            dir.display()
        )));
    }
    let create = |p: &Path| {
        std::fs::create_dir_all(p)
            .map_err(|e| input_error(format!("{}: cannot create: {e}", p.display())))
    };
    create(&dir)?;
    create(&dir.join(DATA_DIR))?;
    let tempat = args
        .tempat
        .clone()
        .unwrap_or_else(|| config::place_of(&args.satker));
    let text = config::template(&args.satker, args.tahun, &tempat);
    write_atomic(&dir.join(CONFIG_FILE), text.as_bytes())?;
    super::emit(&format!(
        "Created lakip workspace for {} {} in {}\nNext: lakip import FILE.xlsx\n",
        args.satker,
        args.tahun,
        dir.display()
    ))?;
    Ok(exit::OK)
}
