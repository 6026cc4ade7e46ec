//! Where each message of a language's files is, by a scan of their lines: shared by the build
//! script, which writes the index into the binary, and the tests, which check that index.
//!
//! An entry starts at `key =` in the first column and runs to the next line that starts a
//! key or a comment; the files have no terms and no references between messages, so an entry
//! parses alone. A key in two files is the later file's, as when whole files were added in order.

use std::collections::BTreeMap;

/// The resource files each language has, in the order they are added.
pub const FILES: [&str; 13] = [
    "cli.ftl",
    "errors.ftl",
    "check.ftl",
    "notices.ftl",
    "views.ftl",
    "reading.ftl",
    "workspace.ftl",
    "audit.ftl",
    "rollup.ftl",
    "commands.ftl",
    "findings.ftl",
    "sources.ftl",
    "kinds.ftl",
];

/// Each key → (its file's index, the entry's start and end in that file), sorted by key.
pub fn entries<'a>(texts: &[&'a str]) -> BTreeMap<&'a str, (usize, usize, usize)> {
    let mut entries = BTreeMap::new();
    for (file, text) in texts.iter().enumerate() {
        let (mut open, mut at) = (None, 0);
        for line in text.split_inclusive('\n') {
            // A new entry or a comment starts with a letter, `#` or `-` (a term); any other
            // line (indented, blank, a closing brace) goes on with the entry.
            if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '#' || c == '-') {
                if let Some((key, start)) = open.take() {
                    entries.insert(key, (file, start, at));
                }
                open = entry_key(line).map(|key| (key, at));
            }
            at += line.len();
        }
        if let Some((key, start)) = open {
            entries.insert(key, (file, start, text.len()));
        }
    }
    entries
}

/// The key a line starting an entry names (`key =`), else `None` (a comment).
pub fn entry_key(line: &str) -> Option<&str> {
    // The key's characters are ASCII: the first other byte ends it, as the first other char.
    let end = line
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        .unwrap_or(line.len());
    let key = &line[..end];
    let starts = key.starts_with(|c: char| c.is_ascii_alphabetic());
    (starts && line[end..].trim_start().starts_with('=')).then_some(key)
}
