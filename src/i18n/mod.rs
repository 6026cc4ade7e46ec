//! The language lakip speaks: Indonesian by default, English on request.
//!
//! Messages live in Fluent resource files (`locales/<lang>/<area>.ftl`), embedded in the binary
//! so a lone executable speaks both languages. The language is chosen once at startup
//! ([`choose`]: `--lang`, then `LAKIP_LANG`, then `bahasa` in `lakip.toml`, then `id`) and kept
//! in a global, so code anywhere asks for a message by key: `tr("key", &[("pagu", x.into())])`
//! or `t!("key", pagu = x)`. Numbers enter a message already formatted (`numbers.rs`:
//! `Rp37.230.532.000`, `99,56%`), in both languages: that is the domain's convention.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::path::Path;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

mod message;
#[cfg(test)]
mod scan;
pub use message::{Message, MessageArg};

/// The environment variable that chooses the language when `--lang` is not given.
pub const ENV: &str = "LAKIP_LANG";

/// A language lakip speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    // Bahasa Indonesia, the default. (Plain comments: a doc comment would be clap's English help.)
    Id,
    // English.
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The code users write (`id`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The language a code names; the case and a region (`en-US`, `id_ID`) are forgiven.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let base = code.split(['-', '_', '.']).next().unwrap_or("");
        match base {
            "id" | "ind" | "indonesia" => Some(Lang::Id),
            "en" | "eng" | "english" | "inggris" => Some(Lang::En),
            _ => None,
        }
    }

    /// The resource files of this language: (file name, text), embedded at build time.
    pub fn resources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::Id => ID_RESOURCES,
            Lang::En => EN_RESOURCES,
        }
    }

    /// Where each of this language's messages is, sorted by key (written by `build.rs`).
    fn index(self) -> &'static [Entry] {
        match self {
            Lang::Id => ID_INDEX,
            Lang::En => EN_INDEX,
        }
    }

    /// The text of the entry of `key` (its line and the indented lines under it), if any.
    fn entry(self, key: &str) -> Option<&'static str> {
        let resources = self.resources();
        let index = self.index();
        let at = index.binary_search_by(|e| e.key(resources).cmp(key)).ok()?;
        index[at].text(resources)
    }
}

// The resources `ID_RESOURCES`, `EN_RESOURCES` (the areas each language has a file for,
// `scan::FILES`; a test checks both hold the same keys) and their indexes `ID_INDEX`,
// `EN_INDEX`, written by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// A message's place in its language's files: the file, where its entry starts, where its key
/// ends, where the entry ends. Numbers, not `&str`s: the table needs no relocations.
struct Entry {
    file: u8,
    start: u32,
    key_end: u32,
    end: u32,
}

impl Entry {
    const fn new(file: u8, start: u32, key_end: u32, end: u32) -> Entry {
        Entry {
            file,
            start,
            key_end,
            end,
        }
    }

    /// The entry's key; empty if the index and the files disagree (they are built together).
    fn key(&self, resources: &'static [(&str, &'static str)]) -> &'static str {
        self.slice(resources, self.key_end).unwrap_or("")
    }

    fn text(&self, resources: &'static [(&str, &'static str)]) -> Option<&'static str> {
        self.slice(resources, self.end)
    }

    fn slice(&self, resources: &'static [(&str, &'static str)], end: u32) -> Option<&'static str> {
        let (_, text) = resources.get(usize::from(self.file))?;
        text.get(self.start as usize..end as usize)
    }
}

/// 0 while no language was set (then `LAKIP_LANG`, else Indonesian), else 1 + the index in `Lang::ALL`.
static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language every later message is written in (the binary, once, at startup).
pub fn set_lang(lang: Lang) {
    CURRENT.store(1 + lang as u8, Ordering::Relaxed);
}

/// The language messages are written in: as set, else `LAKIP_LANG` when it names one, else
/// Indonesian (library users and tests that never call [`set_lang`] follow the environment).
pub fn lang() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::Id,
        2 => Lang::En,
        _ => std::env::var(ENV)
            .ok()
            .and_then(|v| Lang::from_code(&v))
            .unwrap_or(Lang::Id),
    }
}

/// Where the language came from, for the binary's choice and its test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub lang: Lang,
    /// A value that named no language, said on stderr (the choice fell through to the next).
    pub warning: Option<String>,
}

/// The language the binary speaks: `--lang` (already read from the arguments), then
/// `LAKIP_LANG`, then `bahasa` in the `lakip.toml` of `workspace` or the nearest one upward from
/// the current directory, then Indonesian. A value that names no language is passed over with
/// a warning, so the command still runs and says why.
pub fn choose(flag: Option<Lang>, env: Option<&str>, workspace: Option<&Path>) -> Choice {
    if let Some(lang) = flag {
        return Choice {
            lang,
            warning: None,
        };
    }
    let mut warning = None;
    if let Some(value) = env.filter(|v| !v.trim().is_empty()) {
        match Lang::from_code(value) {
            Some(lang) => {
                return Choice {
                    lang,
                    warning: None,
                }
            }
            None => warning = Some(unknown_language(ENV, value)),
        }
    }
    if let Some((file, value)) = config_language(workspace) {
        match Lang::from_code(&value) {
            Some(lang) => return Choice { lang, warning },
            None => warning = Some(unknown_language(&format!("{file}: bahasa"), &value)),
        }
    }
    Choice {
        lang: Lang::Id,
        warning,
    }
}

/// The warning for a language code lakip does not speak, written in the language it falls back to
/// only after the choice is made: so it is written in both, briefly.
fn unknown_language(source: &str, value: &str) -> String {
    format!("{source} = \"{value}\": bahasa tidak dikenal / unknown language (id, en)")
}

/// `bahasa` as written in the workspace's `lakip.toml` (top level), if it is set. The file is
/// read loosely: one that does not parse is reported by the command itself, not here.
fn config_language(workspace: Option<&Path>) -> Option<(String, String)> {
    let file = match workspace {
        Some(dir) => dir.join(crate::workspace::CONFIG_FILE),
        None => std::env::current_dir()
            .ok()?
            .ancestors()
            .map(|d| d.join(crate::workspace::CONFIG_FILE))
            .find(|f| f.is_file())?,
    };
    let text = std::fs::read_to_string(&file).ok()?;
    let table = top_level(&text)?;
    let value = table.get("bahasa")?.as_str()?.to_string();
    Some((file.display().to_string(), value))
}

/// The top-level keys of a `lakip.toml`: those before its first `[section]` line are all
/// there are, so only they are parsed (a language is chosen before every command; the whole
/// file is the command's to read). When that part does not parse alone (a line starting with
/// `[` inside a multi-line value), the whole file is.
fn top_level(text: &str) -> Option<toml::Table> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with('[') {
            break;
        }
        at += line.len();
    }
    toml::from_str(&text[..at])
        .or_else(|_| toml::from_str(text))
        .ok()
}

/// A message argument: text (numbers formatted already) or a count, which Fluent can select
/// a plural form by (`{ $n -> [one] row *[other] rows }`).
#[derive(Debug, Clone, PartialEq)]
pub struct Arg(FluentValue<'static>);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg(FluentValue::from(s.to_string()))
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg(FluentValue::from(s))
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg(FluentValue::from(s.clone()))
    }
}
macro_rules! count_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg(FluentValue::from(n))
            }
        }
    )*};
}
count_arg!(usize, u32, u64, i32, i64);

type Bundle = FluentBundle<FluentResource>;

/// Bytes of Fluent source parsed in this process: a test holds a check to the messages it says
/// (`tests/check_cost.rs`), not the whole language.
#[doc(hidden)]
pub static PARSED_BYTES: AtomicUsize = AtomicUsize::new(0);

/// A language's messages, parsed one by one as they are first asked for. Parsing every file of
/// a language (110 KB) was a fifth of a `lakip check` and a third of its page faults; a check
/// says a few dozen messages, each found by the index `build.rs` wrote.
fn messages_of(lang: Lang) -> &'static Mutex<Bundle> {
    static MESSAGES: [OnceLock<Mutex<Bundle>>; 2] = [OnceLock::new(), OnceLock::new()];
    MESSAGES[lang as usize].get_or_init(|| Mutex::new(bundle(lang)))
}

/// One language's empty bundle; entries are added as they are asked for.
fn bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: terminals and golden files show clean text.
    bundle.set_use_isolating(false);
    bundle
}

/// `f` over `lang`'s bundle once it holds `key`, if the language has it. The resources are
/// lakip's own: a syntax error is caught by `tests/i18n.rs`; here what parses is kept, so a
/// slip never stops a command.
fn with_message<T>(lang: Lang, key: &str, f: impl FnOnce(&Bundle) -> T) -> T {
    // A panic while a message was formatted leaves a bundle that is still whole.
    let mut bundle = messages_of(lang)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if !bundle.has_message(key) {
        if let Some(text) = lang.entry(key) {
            PARSED_BYTES.fetch_add(text.len(), Ordering::Relaxed);
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            bundle.add_resource_overriding(resource);
        }
    }
    f(&bundle)
}

/// The message `key` in the current language, its arguments put in.
pub fn tr(key: &str, args: &[(&str, Arg)]) -> String {
    tr_in(lang(), key, args)
}

/// The message `key` in `lang`. A key neither language has comes back as the key itself, so a
/// slip shows rather than vanishes (`tests/i18n.rs` keeps every key used in both files).
pub fn tr_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    with_message(lang, key, |bundle| {
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, Arg(value)) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = vec![];
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    })
}

/// Whether `lang` has the message `key`.
pub fn has(lang: Lang, key: &str) -> bool {
    with_message(lang, key, |bundle| {
        bundle.get_message(key).is_some_and(|m| m.value().is_some())
    })
}

/// A message by key with named arguments: `t!("check-sum-mismatch", pagu = rupiah(p))`.
#[macro_export]
macro_rules! t {
    ($key:literal $(,)?) => {
        $crate::i18n::tr($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_forgivingly() {
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_code("id-ID"), Some(Lang::Id));
        assert_eq!(Lang::from_code("fr"), None);
    }

    /// Every message of a language, parsed alone from its entry, says what it said when the
    /// whole files were parsed into one bundle (no arguments: a missing one shows as its name,
    /// the same way in both); every line that starts a message is indexed.
    #[test]
    fn each_entry_parsed_alone_says_what_the_whole_files_said() {
        for lang in Lang::ALL {
            let mut whole = bundle(lang);
            for (_, text) in lang.resources() {
                let resource = FluentResource::try_new((*text).to_string()).unwrap();
                whole.add_resource_overriding(resource);
            }
            let starts = lang
                .resources()
                .iter()
                .flat_map(|(_, text)| text.lines())
                .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
                .count();
            // No key twice (tests/i18n.rs): one entry a starting line.
            assert_eq!(lang.index().len(), starts, "{}", lang.code());
            for entry in lang.index() {
                let key = entry.key(lang.resources());
                let pattern = whole.get_message(key).and_then(|m| m.value()).unwrap();
                let mut errors = vec![];
                let said = whole.format_pattern(pattern, None, &mut errors);
                assert_eq!(tr_in(lang, key, &[]), said, "{key}");
            }
        }
    }

    /// The index built into the binary is the scan of the files embedded with it, in key order
    /// (the binary search's), and every key is found by it.
    #[test]
    fn the_built_index_is_the_scan_of_the_embedded_files() {
        for lang in Lang::ALL {
            let resources = lang.resources();
            let names: Vec<&str> = resources.iter().map(|(n, _)| *n).collect();
            assert_eq!(names, scan::FILES);
            let texts: Vec<&str> = resources.iter().map(|(_, t)| *t).collect();
            let scanned: Vec<(&str, &str)> = scan::entries(&texts)
                .into_iter()
                .map(|(key, (file, start, end))| (key, &texts[file][start..end]))
                .collect();
            let built: Vec<(&str, &str)> = lang
                .index()
                .iter()
                .map(|e| (e.key(resources), e.text(resources).unwrap()))
                .collect();
            assert_eq!(built, scanned, "{}", lang.code());
            for (key, text) in scanned {
                assert_eq!(lang.entry(key), Some(text));
            }
            assert_eq!(lang.entry("no-such-key"), None);
            assert_eq!(lang.entry(""), None);
        }
    }

    #[test]
    fn an_entry_runs_to_the_next_line_in_the_first_column() {
        let text = "# comment\none = Satu\ntwo =\n    baris satu\n\n    baris dua\n## group\nthree = { $n ->\n    [one] x\n   *[other] y\n}\nfour = 4";
        let entries = scan::entries(&[text]);
        let entry = |key: &str| {
            let (_, start, end) = entries[key];
            &text[start..end]
        };
        assert_eq!(entry("one"), "one = Satu\n");
        assert_eq!(entry("two"), "two =\n    baris satu\n\n    baris dua\n");
        // A closing brace in the first column still closes the entry's placeable.
        assert!(entry("three").ends_with("y\n}\n"));
        assert_eq!(entry("four"), "four = 4");
        assert_eq!(entries.len(), 4);
    }

    /// Odd lines: a blank run, a term, a key not in the first column's letters, a key whose `=`
    /// is on the next line, a key in two files (the later file's).
    #[test]
    fn odd_lines_are_scanned_as_fluent_reads_them() {
        let a = "a = 1\n\n\nb =\n  x\n#c\n-t = y\nc = \u{e9}\n";
        let b = "\u{e9}t\u{e9} = 2\na = 3\nkey\n= 4\nd\u{a0}= 5\ne =6";
        let entries = scan::entries(&[a, b]);
        let said = |key: &str| {
            let (file, start, end) = entries[key];
            [a, b][file][start..end].to_string()
        };
        let keys: Vec<&str> = entries.keys().copied().collect();
        assert_eq!(keys, ["a", "b", "c", "d", "e"]);
        assert_eq!(said("a"), "a = 3\n");
        assert_eq!(said("b"), "b =\n  x\n");
        assert_eq!(said("c"), "c = \u{e9}\n");
        // `trim_start` passes a no-break space before the `=`: the line starts an entry.
        assert_eq!(said("d"), "d\u{a0}= 5\n");
        assert_eq!(said("e"), "e =6");
    }

    #[test]
    fn the_language_is_read_from_the_top_of_lakip_toml() {
        let bahasa = |text: &str| {
            top_level(text).and_then(|t| t.get("bahasa")?.as_str().map(str::to_string))
        };
        let file = "# lakip\nbahasa = \"en\"\n\n[satker]\nnama = \"KPU\"\n[check]\nallow = []\n";
        assert_eq!(bahasa(file).as_deref(), Some("en"));
        // `bahasa` under a section is no top-level key, as in the whole file.
        assert_eq!(bahasa("[satker]\nbahasa = \"en\"\n"), None);
        // A line starting with `[` inside a top-level array: the whole file is parsed.
        let array = "x = [\n  [1, 2],\n]\nbahasa = 'en'\n[satker]\n";
        assert_eq!(bahasa(array).as_deref(), Some("en"));
    }

    #[test]
    fn the_flag_wins_then_the_environment_then_the_default() {
        let none = Some(Path::new("/nonexistent-lakip-dir"));
        assert_eq!(choose(Some(Lang::En), Some("id"), none).lang, Lang::En);
        assert_eq!(choose(None, Some("en"), none).lang, Lang::En);
        assert_eq!(choose(None, None, none).lang, Lang::Id);
        let fr = choose(None, Some("fr"), none);
        assert_eq!(fr.lang, Lang::Id);
        assert!(fr.warning.is_some_and(|w| w.contains("LAKIP_LANG")));
    }
}
