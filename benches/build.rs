//! `lakip build` of the Kota Serang example, in process: load the workspace's tables, run every
//! check, and render every chapter in Markdown and HTML with the index — the work of the
//! command without starting a process or writing the 15 files.
//!
//! Run with `cargo bench --bench build`.

use criterion::{criterion_group, criterion_main, Criterion};
use lakip::render::{Chapter, Format, Renderer};
use lakip::workspace::{load, Workspace};
use std::hint::black_box;
use std::path::Path;

fn build(ws: &Workspace) -> usize {
    let docs = load::load(ws).expect("the example workspace loads");
    let settings = ws
        .config
        .check_settings()
        .expect("the example's settings are valid");
    let diagnostics = lakip::check::run(&docs, &settings);
    let mut renderer = Renderer::new(ws, &docs, &[]).expect("the templates render");
    renderer.set_draft(diagnostics.len());
    let mut bytes = 0;
    for chapter in Chapter::EACH.into_iter().chain([Chapter::All]) {
        for format in [Format::Md, Format::Html] {
            bytes += renderer
                .render(chapter, format, &ws.root)
                .expect("the chapter renders")
                .len();
        }
    }
    bytes + renderer.index(&ws.root).expect("the index renders").len()
}

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kota-serang-2023");
    let ws = Workspace::open(Some(&root)).expect("the example workspace opens");
    c.bench_function("build_kota_serang", |b| b.iter(|| black_box(build(&ws))));
}

criterion_group!(benches, bench);
criterion_main!(benches);
