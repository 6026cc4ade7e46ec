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
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

mod message;
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
}

macro_rules! resources {
    ($lang:literal: $($file:literal),* $(,)?) => {
        &[$(($file, include_str!(concat!("../../locales/", $lang, "/", $file)))),*]
    };
}

/// The areas each language has a file for; a test checks both hold the same keys.
const ID_RESOURCES: &[(&str, &str)] = resources!("id": "cli.ftl", "errors.ftl", "check.ftl", "notices.ftl", "views.ftl", "reading.ftl", "workspace.ftl", "audit.ftl", "rollup.ftl", "commands.ftl", "findings.ftl", "sources.ftl", "kinds.ftl");
const EN_RESOURCES: &[(&str, &str)] = resources!("en": "cli.ftl", "errors.ftl", "check.ftl", "notices.ftl", "views.ftl", "reading.ftl", "workspace.ftl", "audit.ftl", "rollup.ftl", "commands.ftl", "findings.ftl", "sources.ftl", "kinds.ftl");

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
    let table: toml::Table = toml::from_str(&text).ok()?;
    let value = table.get("bahasa")?.as_str()?.to_string();
    Some((file.display().to_string(), value))
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

/// A language's bundle, built the first time a message of that language is asked for: a
/// command speaks one language, and building (parsing) both cost a short command a third of
/// its time.
fn bundle_of(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 2] = [OnceLock::new(), OnceLock::new()];
    BUNDLES[lang as usize].get_or_init(|| bundle(lang))
}

/// One language's bundle. The resources are lakip's own: a syntax error or a duplicate key is
/// caught by `tests/i18n.rs`; here what parses is kept, so a slip never stops a command.
fn bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: terminals and golden files show clean text.
    bundle.set_use_isolating(false);
    for (_, text) in lang.resources() {
        let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// The message `key` in the current language, its arguments put in.
pub fn tr(key: &str, args: &[(&str, Arg)]) -> String {
    tr_in(lang(), key, args)
}

/// The message `key` in `lang`. A key neither language has comes back as the key itself, so a
/// slip shows rather than vanishes (`tests/i18n.rs` keeps every key used in both files).
pub fn tr_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle_of(lang);
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
}

/// Whether `lang` has the message `key`.
pub fn has(lang: Lang, key: &str) -> bool {
    bundle_of(lang)
        .get_message(key)
        .is_some_and(|m| m.value().is_some())
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
