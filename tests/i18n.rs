//! The messages in both languages: every key in both, every key the code uses in both, no
//! English word in an Indonesian message, the order the language is chosen in, and one message
//! read by hand in each language.

use assert_cmd::Command;
use lakip::i18n::{tr_in, Arg, Lang};
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Each message's key and the `$variables` it uses, in one `.ftl` file, read line by line:
/// a message starts at `key =` in the first column; indented lines continue it.
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let start = Regex::new(r"^([a-zA-Z][a-zA-Z0-9_-]*)\s*=").unwrap();
    let var = Regex::new(r"\$([a-zA-Z][a-zA-Z0-9_-]*)").unwrap();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(c) = start.captures(line) {
            let key = c[1].to_string();
            assert!(!out.contains_key(&key), "key {key} twice");
            out.insert(key.clone(), BTreeSet::new());
            current = Some(key);
        } else if !line.starts_with([' ', '\t']) {
            current = None;
        }
        if let Some(key) = &current {
            let vars = out.get_mut(key).unwrap();
            vars.extend(var.captures_iter(line).map(|c| c[1].to_string()));
        }
    }
    out
}

fn ftl_files(lang: &str) -> BTreeMap<String, String> {
    let dir = Path::new(ROOT).join("locales").join(lang);
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            files.insert(name, std::fs::read_to_string(&path).unwrap());
        }
    }
    files
}

#[test]
fn every_file_parses_and_is_embedded() {
    for lang in Lang::ALL {
        let on_disk = ftl_files(lang.code());
        let embedded: BTreeSet<&str> = lang.resources().iter().map(|(n, _)| *n).collect();
        let names: BTreeSet<&str> = on_disk.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            embedded,
            "{}: files on disk vs embedded",
            lang.code()
        );
        for (name, text) in &on_disk {
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.clone()) {
                panic!("locales/{}/{name}: {errors:?}", lang.code());
            }
        }
    }
}

#[test]
fn every_key_is_in_both_languages_with_the_same_arguments() {
    let (id, en) = (ftl_files("id"), ftl_files("en"));
    let mut missing = vec![];
    for (name, id_text) in &id {
        let id_msgs = messages(id_text);
        let en_msgs = en.get(name).map(|t| messages(t)).unwrap_or_default();
        for (key, vars) in &id_msgs {
            match en_msgs.get(key) {
                None => missing.push(format!("en/{name}: {key} missing")),
                Some(v) if v != vars => {
                    missing.push(format!("{name}: {key} uses {vars:?} in id, {v:?} in en"))
                }
                _ => {}
            }
        }
        for key in en_msgs.keys().filter(|k| !id_msgs.contains_key(*k)) {
            missing.push(format!("id/{name}: {key} missing"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The keys the code asks for by a literal: `t!("key"…`, `tr("key"…`, `tr_in(lang, "key"…`.
fn keys_used() -> BTreeMap<String, String> {
    let call =
        Regex::new(r#"\b(?:t!|tr|tr_in)\(\s*(?:[A-Za-z_:.()]+,\s*)?"([a-z][a-z0-9-]*)""#).unwrap();
    let mut files = vec![];
    rust_files(&Path::new(ROOT).join("src"), &mut files);
    let mut used = BTreeMap::new();
    // The module's own docs show the calls with made-up keys.
    for file in files
        .into_iter()
        .filter(|f| !f.ends_with("src/i18n/mod.rs"))
    {
        let text = std::fs::read_to_string(&file).unwrap();
        for c in call.captures_iter(&text) {
            used.entry(c[1].to_string())
                .or_insert_with(|| file.display().to_string());
        }
    }
    used
}

#[test]
fn every_key_the_code_uses_is_in_both_languages() {
    let used = keys_used();
    assert!(
        used.contains_key("init-already-workspace"),
        "the scan finds calls"
    );
    let missing: Vec<String> = used
        .iter()
        .flat_map(|(key, file)| {
            Lang::ALL
                .into_iter()
                .filter(|l| !lakip::i18n::has(*l, key))
                .map(move |l| format!("{file}: {key} not in {}", l.code()))
        })
        .collect();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// Common English words that are no Indonesian words (so not `data`, `total`, `program`,
/// `format`, `status`, `target`, which Indonesian uses too).
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "not",
    "no",
    "with",
    "without",
    "row",
    "rows",
    "column",
    "columns",
    "found",
    "file",
    "files",
    "cannot",
    "can",
    "and",
    "or",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "this",
    "that",
    "these",
    "which",
    "it",
    "its",
    "has",
    "have",
    "had",
    "an",
    "as",
    "but",
    "if",
    "then",
    "than",
    "missing",
    "error",
    "errors",
    "warning",
    "warnings",
    "should",
    "must",
    "only",
    "each",
    "every",
    "here",
    "there",
    "read",
    "write",
    "written",
    "sheet",
    "sheets",
    "value",
    "values",
    "number",
    "numbers",
    "empty",
    "wrong",
    "unknown",
    "expected",
    "exists",
    "already",
    "workspace",
    "directory",
    "none",
    "one",
    "two",
    "stated",
    "computed",
    "difference",
    "sum",
    "add",
    "up",
    "under",
    "above",
    "below",
    "check",
    "import",
    "imported",
    "line",
    "lines",
    "see",
    "run",
    "use",
    "used",
    "name",
    "names",
    "document",
    "documents",
    "heading",
    "item",
    "items",
    "percent",
    "year",
    "years",
    "month",
];

/// A value's words outside its placeables (`{ $x }`), variant keys and lakip.toml's sections
/// (`[below]`, `[check]`), codes in backticks, flags and file names.
fn words(value: &str) -> Vec<String> {
    let hidden = Regex::new(
        r"lakip [a-z]+|\{[^}]*\}|\*?\[[A-Za-z0-9_.-]+\]|`[^`]*`|--[a-z-]+|\S+\.(?:toml|csv|xlsx|json|md|html|docx|ftl)\b",
    )
    .unwrap();
    let plain = hidden.replace_all(value, " ");
    Regex::new(r"[A-Za-z]+")
        .unwrap()
        .find_iter(&plain)
        .map(|m| m.as_str().to_lowercase())
        .collect()
}

#[test]
fn no_english_word_in_an_indonesian_message() {
    let english: BTreeSet<&str> = ENGLISH.iter().copied().collect();
    let mut found = vec![];
    for (name, text) in ftl_files("id") {
        // Comments, and the help's example command lines (`  lakip import rkt.xlsx  # …`: the
        // command, then Indonesian after the `#`).
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            let line = match line.trim_start().starts_with("lakip ") {
                true => line.split_once('#').map_or("", |(_, comment)| comment),
                false => line,
            };
            let value = line.split_once('=').map_or(line, |(k, v)| {
                if k.starts_with([' ', '\t']) {
                    line
                } else {
                    v
                }
            });
            for word in words(value)
                .into_iter()
                .filter(|w| english.contains(w.as_str()))
            {
                found.push(format!("id/{name}: \"{word}\" in: {}", line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_word_check_sees_english_and_passes_codes_and_files() {
    // The check itself: an English sentence is caught, a code or file name is not.
    assert!(words("{ $dir }: already a workspace").contains(&"already".to_string()));
    assert!(words("aturan `sum-mismatch` di lakip.toml")
        .iter()
        .all(|w| w == "aturan" || w == "di"));
}

#[test]
fn one_message_read_by_hand_in_both_languages() {
    let args = [
        ("dir", Arg::from("/tmp/ruang")),
        ("file", Arg::from("lakip.toml")),
    ];
    assert_eq!(
        tr_in(Lang::Id, "init-already-workspace", &args),
        "/tmp/ruang: sudah menjadi ruang kerja lakip (lakip.toml sudah ada)"
    );
    assert_eq!(
        tr_in(Lang::En, "init-already-workspace", &args),
        "/tmp/ruang: already a lakip workspace (lakip.toml exists)"
    );
}

/// `lakip init` where a workspace is: its refusal, in the language chosen.
fn refusal(dir: &Path, flag: Option<&str>, env: Option<&str>) -> String {
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    cmd.current_dir(dir).env_remove("LAKIP_LANG");
    if let Some(env) = env {
        cmd.env("LAKIP_LANG", env);
    }
    if let Some(flag) = flag {
        cmd.args(["--lang", flag]);
    }
    let out = cmd
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    String::from_utf8(out.stderr).unwrap()
}

const ID: &str = "sudah menjadi ruang kerja lakip";
const EN: &str = "already a lakip workspace";

fn workspace(bahasa: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let top = bahasa.map_or(String::new(), |b| format!("bahasa = \"{b}\"\n"));
    let config = format!("{top}[satker]\nnama = \"KPU Kota Serang\"\ntahun = 2023\n");
    std::fs::write(dir.path().join("lakip.toml"), config).unwrap();
    dir
}

#[test]
fn the_default_is_indonesian() {
    let dir = workspace(None);
    assert!(refusal(dir.path(), None, None).contains(ID));
}

#[test]
fn lakip_toml_chooses_when_nothing_else_does() {
    let dir = workspace(Some("en"));
    assert!(refusal(dir.path(), None, None).contains(EN));
    // Found upward from a directory below the workspace, as the workspace itself is.
    let below = dir.path().join("bahan");
    std::fs::create_dir(&below).unwrap();
    let mut cmd = Command::cargo_bin("lakip").unwrap();
    let out = cmd
        .current_dir(&below)
        .env_remove("LAKIP_LANG")
        .args(["init", "..", "--satker", "X", "--tahun", "2023"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&out.stderr).contains(EN));
}

#[test]
fn the_environment_comes_before_lakip_toml() {
    let dir = workspace(Some("en"));
    assert!(refusal(dir.path(), None, Some("id")).contains(ID));
    let dir = workspace(Some("id"));
    assert!(refusal(dir.path(), None, Some("en")).contains(EN));
}

#[test]
fn the_flag_comes_before_everything() {
    let dir = workspace(Some("en"));
    assert!(refusal(dir.path(), Some("id"), Some("en")).contains(ID));
    let dir = workspace(Some("id"));
    assert!(refusal(dir.path(), Some("en"), Some("id")).contains(EN));
}

#[test]
fn an_unknown_language_is_said_and_passed_over() {
    // LAKIP_LANG=fr names no language: lakip.toml's `en` is used, and the warning says why.
    let dir = workspace(Some("en"));
    let stderr = refusal(dir.path(), None, Some("fr"));
    assert!(stderr.contains(EN), "{stderr}");
    assert!(stderr.contains("LAKIP_LANG = \"fr\""), "{stderr}");
}

#[test]
fn every_check_rule_has_its_title_and_explanation_in_both_languages() {
    for rule in lakip::check::RULES {
        for part in ["title", "explanation"] {
            let key = format!("rule-{}-{part}", rule.code);
            for lang in Lang::ALL {
                assert!(lakip::i18n::has(lang, &key), "{key} not in {}", lang.code());
            }
        }
        // The English message is the catalogue's own text, so the README's table stays true.
        let en = tr_in(Lang::En, &format!("rule-{}-title", rule.code), &[]);
        assert_eq!(en, rule.title, "{}", rule.code);
    }
}

/// Every help text of the command line, keyed as `lakip::cli::command` looks it up.
fn help_texts(cmd: &clap::Command, prefix: &str, out: &mut Vec<(String, String)>) {
    let mut put = |key: String, text: Option<&clap::builder::StyledStr>| {
        if let Some(text) = text {
            out.push((key, text.to_string()));
        }
    };
    put(format!("{prefix}-about"), cmd.get_about());
    put(format!("{prefix}-long-about"), cmd.get_long_about());
    put(format!("{prefix}-after-help"), cmd.get_after_help());
    for arg in cmd
        .get_arguments()
        .filter(|a| prefix == "cli" || !a.is_global_set())
    {
        let id = arg.get_id().as_str().replace('_', "-");
        put(format!("{prefix}-arg-{id}"), arg.get_help());
    }
    for sub in cmd.get_subcommands() {
        help_texts(sub, &format!("{prefix}-{}", sub.get_name()), out);
    }
}

#[test]
fn the_help_is_in_both_languages_and_the_english_is_the_code_own() {
    use clap::CommandFactory;
    let mut texts = vec![];
    help_texts(&lakip::cli::Cli::command(), "cli", &mut texts);
    assert!(texts.len() > 50, "{} help texts", texts.len());
    for (key, english) in texts {
        assert!(lakip::i18n::has(Lang::Id, &key), "{key} not in id/cli.ftl");
        // The derive's doc comments stay the English source: the file must follow them.
        assert_eq!(
            tr_in(Lang::En, &key, &[]),
            english,
            "{key}: en/cli.ftl differs from the code"
        );
    }
}

fn help(lang: &str, args: &[&str]) -> String {
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", lang)
        .args(args)
        .assert()
        .success()
        .get_output()
        .clone();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_help_follows_the_language() {
    let id = help("id", &["--help"]);
    assert!(id.contains("Penggunaan: lakip"), "{id}");
    assert!(id.contains("Perintah:"), "{id}");
    assert!(
        id.contains("Periksa bahwa setiap jumlah dan persentase sesuai dengan angka di bawahnya")
    );
    let en = help("en", &["--help"]);
    assert!(en.contains("Usage: lakip"), "{en}");
    assert!(
        en.contains("Check that every total and percentage follows from the numbers beneath it")
    );
    // A subcommand's help and its examples, and the flag before the environment.
    let check = help("en", &["--lang", "id", "check", "-h"]);
    assert!(check.contains("Contoh:\n  lakip check"), "{check}");
    assert!(check.contains("Jangan laporkan kode aturan ini"), "{check}");
}

#[test]
fn init_says_what_it_made_in_indonesian() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .current_dir(dir.path())
        .env_remove("LAKIP_LANG")
        .args(["init", "--satker", "KPU Kota Serang", "--tahun", "2023"])
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.starts_with("Ruang kerja lakip untuk KPU Kota Serang 2023 dibuat di ."),
        "{stdout}"
    );
    assert!(
        stdout.contains("\nBerikutnya: lakip import BERKAS.xlsx"),
        "{stdout}"
    );
}

#[test]
fn the_help_of_the_newer_commands_is_wholly_indonesian_by_default() {
    let top = help("id", &["--help"]);
    assert!(top.contains("Penggunaan: lakip [OPSI] <PERINTAH>"), "{top}");
    assert!(
        top.contains("help         Tampilkan bantuan ini atau bantuan subperintah yang disebut"),
        "{top}"
    );
    assert!(top.contains("[pilihan: id, en]"), "{top}");
    let rollup = help("id", &["rollup", "--help"]);
    assert!(
        rollup.contains("Penggunaan: lakip rollup [OPSI] <DIREKTORI>..."),
        "{rollup}"
    );
    assert!(
        rollup.contains("Tandai serapan di bawah persentase ini [bawaan: 80]"),
        "{rollup}"
    );
    assert!(
        rollup.contains("Kode keluar: 0 lancar; 1 dengan --check"),
        "{rollup}"
    );
    for (name, text) in [("--help", &top), ("rollup --help", &rollup)] {
        for english in [
            "Usage",
            "OPTIONS",
            "[default",
            "possible values",
            "Print this",
            "Examples",
            "Exit codes",
            "<DIR>",
            "<FILE>",
            "<LANG>",
        ] {
            assert!(!text.contains(english), "{name}: \"{english}\" in:\n{text}");
        }
    }
    // English keeps clap's own words.
    let en = help("en", &["rollup", "--help"]);
    assert!(
        en.contains("Usage: lakip rollup [OPTIONS] <DIR>..."),
        "{en}"
    );
    assert!(en.contains("[default: 80]"), "{en}");
}

/// The import view's column titles follow the language; JSON keeps the English field names.
fn import_view(lang: &str) -> String {
    let ws = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kota-serang-2023");
    let out = Command::cargo_bin("lakip")
        .unwrap()
        .env("LAKIP_LANG", lang)
        .current_dir(ws)
        .args(["import", "--dry-run", "sources/tabel-3.1-realisasi.xlsx"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_import_view_titles_its_columns_in_the_language() {
    let id = import_view("id");
    assert!(id.contains("┆ Butir ┆ pagu "), "{id}");
    assert!(id.contains("┆ persen tertulis │"), "{id}");
    assert!(id.contains("│ Σ butir "), "{id}");
    assert!(
        !id.contains("stated_percent") && !id.contains("Items"),
        "{id}"
    );
    let en = import_view("en");
    assert!(en.contains("┆ Items ┆ pagu "), "{en}");
    assert!(en.contains("┆ stated_percent │"), "{en}");
}

/// The manual pages and the shells' completion descriptions are the help itself: Indonesian by
/// default, English on request.
#[test]
fn the_manual_and_the_completions_follow_the_language() {
    let run = |lang: &str, args: &[&str]| {
        let out = Command::cargo_bin("lakip")
            .unwrap()
            .env("LAKIP_LANG", lang)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let man = run("id", &["man"]);
    assert!(
        man.contains("Baca lembar kerja ke dalam ruang kerja dan tampilkan apa yang dikenali"),
        "{man}"
    );
    let fish = run("id", &["completions", "fish"]);
    assert!(
        fish.contains("-a \"import\" -d 'Baca lembar kerja ke dalam ruang kerja dan tampilkan apa yang dikenali'"),
        "{fish}"
    );
    let fish = run("en", &["completions", "fish"]);
    assert!(
        fish.contains("-a \"import\" -d 'Read spreadsheets into the workspace"),
        "{fish}"
    );
}
