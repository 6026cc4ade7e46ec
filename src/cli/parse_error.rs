//! Clap's parse errors in the language chosen. Clap has no translations: its error carries its
//! kind and context (the argument, the value, the valid values, a suggestion), and the message
//! is written here from `locales/*/commands.ftl`. A kind or a context not covered here is left
//! to clap, which writes it in English: better English than a half sentence.

use crate::t;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The whole message for `error` (ending with a line break), or `None` when clap is to write it
/// itself: help and version (not errors) and the kinds below does not cover.
pub fn render(error: &clap::Error) -> Option<String> {
    let mut out = t!("error-line", message = headline(error)?);
    out.push_str(&suggestions(error)?);
    if let Some(usage) = usage(error) {
        out.push_str("\n\n");
        out.push_str(&usage);
    }
    out.push_str("\n\n");
    out.push_str(&t!("clap-try-help", flag = "--help"));
    out.push('\n');
    Some(out)
}

/// The first line (and, for a list, the lines under it) of what went wrong.
fn headline(error: &clap::Error) -> Option<String> {
    let arg = string(error, ContextKind::InvalidArg);
    let value = string(error, ContextKind::InvalidValue);
    let line = match error.kind() {
        ErrorKind::UnknownArgument => t!("clap-unknown-argument", arg = arg?),
        ErrorKind::InvalidSubcommand => t!(
            "clap-unknown-subcommand",
            name = string(error, ContextKind::InvalidSubcommand)?
        ),
        ErrorKind::InvalidValue if value.as_deref() == Some("") => {
            t!("clap-value-required", arg = arg?) + &valid_values(error)
        }
        ErrorKind::InvalidValue => {
            t!("clap-invalid-value", value = value?, arg = arg?) + &valid_values(error)
        }
        ErrorKind::ValueValidation => {
            let line = t!("clap-invalid-value", value = value?, arg = arg?);
            match why_invalid(error) {
                Some(why) => format!("{line}: {why}"),
                None => line,
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let names = strings(error, ContextKind::InvalidArg)?;
            let list: String = names.iter().map(|n| format!("\n  {n}")).collect();
            t!("clap-missing-required") + &list
        }
        ErrorKind::TooManyValues => t!("clap-too-many-values", value = value?, arg = arg?),
        ErrorKind::ArgumentConflict => conflict(error, arg?)?,
        _ => return None,
    };
    Some(line)
}

/// `the argument '--a' cannot be used with '--b'` (or with itself, twice).
fn conflict(error: &clap::Error, arg: String) -> Option<String> {
    match error.get(ContextKind::PriorArg) {
        Some(ContextValue::String(prior)) if *prior == arg => {
            Some(t!("clap-argument-twice", arg = arg))
        }
        Some(ContextValue::String(prior)) => Some(t!(
            "clap-argument-conflict",
            arg = arg,
            other = prior.as_str()
        )),
        _ => None,
    }
}

/// Why a value did not parse, for the parsers lakip's arguments use (`--width` is a number).
fn why_invalid(error: &clap::Error) -> Option<String> {
    use std::error::Error as _;
    use std::num::IntErrorKind;
    let source = error.source()?;
    let Some(e) = source.downcast_ref::<std::num::ParseIntError>() else {
        return Some(out_of_range(&source.to_string()));
    };
    Some(match e.kind() {
        IntErrorKind::Empty => t!("clap-number-empty"),
        IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => t!("clap-number-too-large"),
        _ => t!("clap-number-invalid"),
    })
}

/// Clap's range check, `99999999 is not in 0..=65535`, said again; any other text as it is.
fn out_of_range(why: &str) -> String {
    match why.split_once(" is not in ") {
        Some((value, range)) => t!("clap-number-out-of-range", value = value, range = range),
        None => why.to_string(),
    }
}

/// The list of valid values under the line, as clap puts it: `\n  [possible values: a, b]`.
fn valid_values(error: &clap::Error) -> String {
    match strings(error, ContextKind::ValidValue) {
        Some(values) if !values.is_empty() => {
            let list = t!("cli-possible-values");
            format!("\n  [{list}: {}]", values.join(", "))
        }
        _ => String::new(),
    }
}

/// The tips: a similar subcommand, argument or value, and how to pass a value that starts with
/// `-`. `None` when clap suggests something this does not know how to say.
fn suggestions(error: &clap::Error) -> Option<String> {
    let mut tips = Vec::new();
    let similar = [
        (ContextKind::SuggestedSubcommand, "clap-similar-subcommand"),
        (ContextKind::SuggestedArg, "clap-similar-argument"),
        (ContextKind::SuggestedValue, "clap-similar-value"),
    ];
    for (kind, key) in similar {
        if let Some(names) = strings(error, kind) {
            let count = names.len();
            let names: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
            let args = [("names", names.join(", ").into()), ("count", count.into())];
            tips.push(crate::i18n::tr(key, &args));
        }
    }
    if let Some(ContextValue::StyledStrs(more)) = error.get(ContextKind::Suggested) {
        for tip in more {
            tips.push(pass_as_value(&tip.to_string())?);
        }
    }
    if tips.is_empty() {
        return Some(String::new());
    }
    let label = t!("clap-tip");
    let lines: String = tips.iter().map(|t| format!("\n  {label}: {t}")).collect();
    Some(format!("\n{lines}"))
}

/// Clap's one free-text tip, `to pass '--x' as a value, use '-- --x'`, said again.
fn pass_as_value(tip: &str) -> Option<String> {
    let rest = tip.strip_prefix("to pass '")?;
    let (arg, rest) = rest.split_once("' as a value, use '")?;
    let how = rest.strip_suffix('\'')?;
    Some(t!("clap-pass-as-value", arg = arg, how = how))
}

/// The usage line, its title in the language (clap writes `Usage: ` before it).
fn usage(error: &clap::Error) -> Option<String> {
    let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) else {
        return None;
    };
    let usage = usage.to_string();
    let line = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    Some(format!("{}: {line}", t!("cli-usage")))
}

fn string(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// A context value that is one string or several, as a list.
fn strings(error: &clap::Error, kind: ContextKind) -> Option<Vec<String>> {
    match error.get(kind)? {
        ContextValue::String(s) => Some(vec![s.clone()]),
        ContextValue::Strings(v) => Some(v.clone()),
        _ => None,
    }
}
