//! Which entries are headings, at which level, and which heading each item and total
//! belongs to. Tried in order:
//! 1. budget codes: where each level writes its code in a column of its own under the Uraian
//!    header (SAKTI), the column and the code's shape give the level, and a heading keeps its
//!    full dotted code; in a Kode column, the code's shape read in the context of the codes
//!    above it and of the amounts (see `shapes`) gives it;
//! 2. outline numbering (`1.`, `a.`…): styles take levels in order of first appearance;
//!    a numbered row is a heading when the next numbered row is deeper, else an item (text
//!    alone under a row with amounts is its wrapped uraian or a note, see `wrapped`) — unless
//!    the numbers only count the rows (`1 … 95` in a No column) and formulas add rows up:
//! 3. sums (the Renja evaluation): a row whose formulas add up rows below it is their heading,
//!    one level above them; a row whose formulas add up rows above it is a total;
//! 4. bare heading rows (only the hierarchy column filled, as in an RKT): a run of k
//!    consecutive heading rows fills the deepest k levels of program → kegiatan → output.

mod after;
mod breaks;
mod grouped;
mod leading;
mod shapes;
mod split;
mod subtotal;
pub(crate) mod wrapped;

use super::codes;
use super::lines::{Entry, Leftover, Line};
use super::numbering::{code_level, Style};
use crate::model::{Heading, Item, Level, Notice, NoticeKind, RowClass, Total};
use std::collections::BTreeMap;

/// What an entry turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Heading(Level),
    /// An item; numbered or coded at a depth, it closes the headings open at that depth.
    Item(Option<usize>),
    Note,
    /// The unit the table is of, written as a line of its own under the header (`Perangkat
    /// Daerah : Badan …`, the Renja form's row 10): part of the title, neither heading nor item.
    Identity,
    /// A page footer printed inside the data (`*Lock Pagu adalah …`).
    Footer,
    /// The rest of the row before a page break, printed again or carried over after it (see
    /// `breaks`): neither a heading nor an item of its own.
    Continuation,
}

/// The result of building the hierarchy over the body lines.
#[derive(Debug, Default)]
pub struct Built {
    pub headings: Vec<Heading>,
    pub items: Vec<Item>,
    pub totals: Vec<Total>,
    /// Row class of each body line, by 0-based row.
    pub classes: Vec<(u32, RowClass)>,
    /// What was read as a continuation across a page break.
    pub notices: Vec<Notice>,
    /// The lines under the header that name the unit the table is of (see [`Role::Identity`]).
    pub identity: Vec<String>,
    /// What the items did not keep of a large sheet's entries (see [`Leftovers`]).
    pub leftovers: crate::model::Held,
}

pub fn build(mut lines: Vec<(u32, Line)>, coded: bool) -> Built {
    let Survey {
        mut facts,
        notices: number_notices,
        in_text: seen_in_text,
        count,
        code_columns,
    } = survey(&mut lines);
    let (in_text, word_notices, as_written) = codes_in_text(&mut lines, seen_in_text, &mut facts);
    let coded = coded || in_text;
    let leading = leading::total_by_sums(&mut lines, &mut facts);
    let entries: Vec<&Entry> = entries(&lines).collect();
    debug_assert_eq!(facts.len(), entries.len());
    // Codes under a merged Uraian header: each level in a column of its own, or all in one.
    let in_columns = code_columns.len() > 1;
    let mut level_notices = Vec::new();
    let mut words = Vec::new();
    let mut roles = if in_columns {
        by_codes(&entries, &facts, &column_levels(&entries), true)
    } else if (coded || code_columns.len() == 1)
        && entries
            .iter()
            .zip(&facts)
            .any(|(e, f)| f.code && e.code().and_then(code_level).is_some())
    {
        let read = shapes::levels(&entries);
        level_notices = read.notices;
        words = read.words;
        by_codes(&entries, &facts, &read.levels, false)
    } else if facts.iter().any(|f| f.numbering.is_some())
        && !(count.holds() && facts.iter().any(|f| f.sums_below))
    {
        let mut roles = by_numbering(&entries, &facts);
        level_notices = wrapped::mark(&mut lines, &mut roles, &facts);
        level_notices.extend(split::join(&mut lines, &mut roles, &facts));
        roles
    } else if facts.iter().any(|f| f.sums_below) {
        let (roles, notices) = by_sums(&entries, &facts);
        level_notices = notices;
        sums_to_totals(&mut lines, &facts);
        roles
    } else {
        by_bare_runs(&lines, &facts)
    };
    if !in_columns && !coded {
        level_notices.extend(grouped::by_amounts(&lines, &mut roles));
    }
    put_words_back(&mut lines, &words, as_written);
    let mut notices = if in_columns {
        breaks::continue_across(&mut lines, &mut roles)
    } else {
        level_notices
    };
    notices.extend(notes_lines(&lines, &mut roles, &facts));
    let mut built = link(lines, &roles, in_columns);
    let last_subtotal = subtotal::last_of_sections(&mut built);
    let below = after::below_the_total(&built);
    built.notices = number_notices;
    built.notices.extend(word_notices);
    built.notices.extend(notices);
    built.notices.extend(last_subtotal);
    built.notices.extend(leading);
    built.notices.extend(below);
    built
}

/// The entries among the lines, in order.
fn entries(lines: &[(u32, Line)]) -> impl Iterator<Item = &Entry> {
    lines.iter().filter_map(|(_, l)| match l {
        Line::Entry(e) => Some(e),
        _ => None,
    })
}

/// What the choice of roles asks of each entry's parts that few rows have: they are a box of
/// the entry's own (`Entry::extra`), and on a large sheet every pass that opened each entry's
/// box cost a cache miss a row (~8 ms a pass at 100 000 rows; the choice made a dozen).
/// Read once, by [`survey`] (a code taken from a text is noted by [`codes_in_text`]), and
/// indexed as the entries are; a few bytes an entry.
#[derive(Debug, Clone, Copy)]
struct Facts {
    /// The entry has a budget code.
    code: bool,
    /// The outline numbering's style.
    numbering: Option<Style>,
    /// A lone `I`, `V` or `X` numbered as a capital letter: Roman where Roman numbering is
    /// used (see [`style`]).
    roman_letter: bool,
    sums_below: bool,
    sums_above: bool,
    /// What [`content_role`] and [`by_numbering`] ask of every entry, read here so that they
    /// need not open each entry again: it has a description (Uraian), amounts, a sasaran or
    /// indikator. Nothing changes them before the roles are chosen: `codes_in_text` takes a
    /// code only from a text there is, and leaves the rest of it.
    uraian: bool,
    amounts: bool,
    described: bool,
    /// Text alone that opens a note (`Catatan: angka sementara`): never a heading.
    note: bool,
}

impl Facts {
    fn of(e: &Entry) -> Facts {
        let numbering = e.numbering();
        let (code, amounts) = (e.code().is_some(), e.has_amounts());
        Facts {
            code,
            numbering: numbering.map(|(style, _)| *style),
            roman_letter: numbering.is_some_and(|(style, number)| {
                *style == Style::LetterUpper && ["I", "V", "X"].contains(&number.as_str())
            }),
            sums_below: sums_below(e),
            sums_above: sums_above(e),
            uraian: e.uraian.is_some(),
            amounts,
            described: e.sasaran.is_some() || e.indikator.is_some(),
            note: numbering.is_none()
                && !code
                && !amounts
                && e.uraian
                    .as_deref()
                    .is_some_and(crate::layout::notes::labelled),
        }
    }
}

/// One pass over the lines, in row order: the long numbers read (see [`LongNumbers`]), the
/// codes at the start of the texts seen (see [`codes_in_text`]), each entry's [`Facts`],
/// whether the numbers only count the rows and the columns codes are written in.
struct Survey {
    facts: Vec<Facts>,
    notices: Vec<Notice>,
    in_text: CodesInText,
    count: RunningCount,
    /// The columns of the codes written under a merged Uraian header, each once, in order.
    code_columns: Vec<u32>,
}

fn survey(lines: &mut [(u32, Line)]) -> Survey {
    let mut long = LongNumbers::default();
    let mut in_text = CodesInText::default();
    let mut count = RunningCount::default();
    let mut code_columns = Vec::new();
    let mut facts = Vec::with_capacity(lines.len());
    for (_, line) in lines.iter_mut() {
        let Line::Entry(e) = line else { continue };
        // First: a long number read as the row's numbering changes its numbering and texts,
        // which the rest asks.
        long.see(e);
        count.see(e);
        if let Some(col) = e.code_col() {
            if let Err(at) = code_columns.binary_search(&col) {
                code_columns.insert(at, col);
            }
        }
        let f = Facts::of(e);
        // A row with a code of its own (a Kode column) keeps it, whatever its text starts with.
        if !f.code {
            if let Some((code, _)) = e.code_in_text() {
                in_text.see(code);
            }
        }
        facts.push(f);
    }
    Survey {
        facts,
        notices: long.notices,
        in_text,
        count,
        code_columns,
    }
}

/// Puts back at the start of their texts the codes of the entries (by their place among the
/// entries) that are words of the text (see `shapes`); `as_written`: the texts that a code and
/// one space would not make again, by the entry's place (taken by value: freed before `link`).
fn put_words_back(lines: &mut [(u32, Line)], words: &[usize], as_written: BTreeMap<usize, String>) {
    if words.is_empty() {
        return;
    }
    let entries = lines.iter_mut().filter_map(|(_, l)| match l {
        Line::Entry(e) => Some(e),
        _ => None,
    });
    for (i, e) in entries.enumerate() {
        if words.binary_search(&i).is_ok() {
            e.put_code_back_in_text(as_written.get(&i).map(String::as_str));
        }
    }
}

/// Numbers of four digits or more (`1000` after `999`) are the rows' numbering when the
/// numbers above lead to them; one that does not follow them (`2023` under `7`) stays no
/// number, and that is said. Asked in row order, after the lines were read (in parallel).
#[derive(Default)]
struct LongNumbers {
    sequence: super::numbering::Sequence,
    notices: Vec<Notice>,
}

impl LongNumbers {
    fn see(&mut self, e: &mut Entry) {
        use super::numbering::Judged;
        if let Some((_, number)) = e.numbering() {
            self.sequence.note(number);
            return;
        }
        let Some((number, _)) = e.long_number() else {
            return;
        };
        match self.sequence.note(number) {
            Judged::Number(style) => e.number_long(style),
            Judged::Doubt => {
                let message = crate::msg!(
                    "read-long-number",
                    row = e.location.row,
                    number = super::numbering::token_number(number),
                    last = self.sequence.last()
                );
                self.notices.push(Notice::new(
                    crate::model::NoticeKind::Doubt,
                    message,
                    e.location.clone(),
                ))
            }
            Judged::None => {}
        }
    }
}

/// The codes seen at the start of the texts of the rows without a code of their own, in row
/// order (see [`codes_in_text`]).
#[derive(Default)]
struct CodesInText {
    count: usize,
    levels: std::collections::BTreeSet<Level>,
    /// A code no word looks like: dotted, or four digits or more.
    unmistakable: bool,
    /// The first dotted code of each level.
    dotted: BTreeMap<Level, String>,
}

impl CodesInText {
    fn see(&mut self, code: &str) {
        self.count += 1;
        let level = code_level(code);
        self.levels.extend(level);
        let dotted = code.contains('.');
        self.unmistakable |= dotted || code.len() >= 4 && code.bytes().all(|b| b.is_ascii_digit());
        if let Some(level) = level.filter(|_| dotted) {
            self.dotted.entry(level).or_insert_with(|| code.to_string());
        }
    }

    /// Three codes at least, of two levels at least, one of them unmistakable.
    fn written(&self) -> bool {
        self.count >= 3 && self.levels.len() >= 2 && self.unmistakable
    }
}

/// A table without a Kode column that writes each row's code at the start of its text
/// (`076.01.WA Program Dukungan Manajemen`, `4305.EBA.994 Layanan Perkantoran`, `511111
/// Belanja Gaji Pokok PNS`): the codes are taken out of the texts, and the hierarchy is read
/// from them as from a Kode column. So that a text that merely starts with an acronym (`ATK`,
/// `KPU`) is not taken for a code, the table must write three codes at least, of two levels
/// at least, one of them a code no word looks like (dotted, or a kegiatan's or an akun's
/// digits); and in such a table a word of capitals (`ATK kantor`) stays text, said, where the
/// table writes its level's codes with dots (`4305.EBA`). Returns whether codes were taken,
/// the notices of words kept as text, and, by the entry's place among the entries, each text
/// that a code of capitals (one that may prove a word) and one space would not make again.
/// `seen`: the codes [`survey`] saw at the start of the texts; an entry given a code has it
/// noted in its `facts`.
fn codes_in_text(
    lines: &mut [(u32, Line)],
    seen: CodesInText,
    facts: &mut [Facts],
) -> (bool, Vec<Notice>, BTreeMap<usize, String>) {
    if !seen.written() {
        return (false, Vec::new(), BTreeMap::new());
    }
    let dotted = seen.dotted;
    let mut notices = Vec::new();
    let mut as_written = BTreeMap::new();
    let all_entries = lines.iter_mut().filter_map(|(_, l)| match l {
        Line::Entry(e) => Some(e),
        _ => None,
    });
    for (i, e) in all_entries.enumerate() {
        // A row with a code of its own (a Kode column) keeps it, whatever its text starts with.
        if e.code().is_some() {
            continue;
        }
        let row = e.location.row;
        match e
            .code_in_text()
            .and_then(|(code, _)| word_among_dotted(code, row, &dotted))
        {
            Some(notice) => notices.push(Notice::new(
                crate::model::NoticeKind::Ambiguous,
                notice,
                e.location.clone(),
            )),
            None => {
                let text = e.take_code_from_text();
                facts[i].code = e.code().is_some();
                if let Some(text) = text.filter(|_| e.code().is_some_and(shapes::may_be_word)) {
                    as_written.insert(i, text);
                }
            }
        }
    }
    (true, notices, as_written)
}

/// A word of capitals at the start of a text (`ATK`) whose every reading as a code is of a
/// level the table writes with dots (`4305.EBA`, the first such): a word, not a code. A word
/// that may be a sub-komponen (`A`, `WA`) stays a code: a sub-komponen's code is written alone
/// even where the others are written out (`A` under `051`, beside `126.0A`).
fn word_among_dotted(
    code: &str,
    row: u32,
    dotted: &BTreeMap<Level, String>,
) -> Option<crate::i18n::Message> {
    if !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let levels: Vec<Level> = codes::readings(code)
        .iter()
        .map(codes::Reading::last)
        .collect();
    if levels.contains(&Level::SubKomponen) {
        return None;
    }
    let examples: Option<Vec<&String>> = levels.iter().map(|l| dotted.get(l)).collect();
    let (level, example) = levels.first().zip(examples?.first().copied())?;
    Some(crate::msg!(
        "read-word-not-code",
        row = row,
        word = code,
        level = level.name().replace('_', " "),
        example = example.as_str()
    ))
}

/// Levels where each writes its code in a column of its own (SAKTI: `WA` and `WA.6336` in B,
/// `EBA` and `EBA.963` in C, `126` in E, `126.0A` in F, `521211` in H): the columns from left
/// to right, and in a column the codes with fewer parts first, are levels going down, each
/// the first level below the one before that the code's shape allows (`126` after an RO is a
/// komponen).
fn column_levels(entries: &[&Entry]) -> Vec<Option<Level>> {
    let key = |e: &Entry| Some((e.code_col()?, e.code()?.matches('.').count()));
    let mut first: BTreeMap<(u32, usize), &str> = BTreeMap::new();
    for e in entries {
        if let (Some(k), Some(code)) = (key(e), e.code()) {
            first.entry(k).or_insert(code);
        }
    }
    let mut above: Option<Level> = None;
    let mut level_of: BTreeMap<(u32, usize), Level> = BTreeMap::new();
    for (k, code) in first {
        let next = codes::readings(code)
            .iter()
            .map(codes::Reading::last)
            .filter(|l| above.is_none_or(|a| *l > a))
            .min();
        if let Some(level) = next {
            level_of.insert(k, level);
            above = Some(level);
        }
    }
    entries
        .iter()
        .map(|e| key(e).and_then(|k| level_of.get(&k).copied()))
        .collect()
}

fn content_role(e: &Entry, f: &Facts) -> Role {
    // Only a row without code, number or amount may name the unit: its box is opened only then.
    let may_be_identity = !(f.code || f.numbering.is_some() || f.amounts);
    if may_be_identity && identity(e).is_some() {
        Role::Identity
    } else if f.uraian || f.amounts || f.described {
        Role::Item(None)
    } else {
        Role::Note
    }
}

/// Labels that name the unit a table is of, followed by `:` and its name.
const IDENTITY: [&str; 6] = [
    "perangkat daerah",
    "satuan kerja",
    "unit kerja",
    "skpd",
    "opd",
    "satker",
];

/// The line of a row that only names the unit the table is of (`Perangkat Daerah : Badan …`):
/// no code, no number, no amount, one text, a label of [`IDENTITY`] and a colon.
pub(crate) fn identity(e: &Entry) -> Option<&str> {
    if e.code().is_some() || e.numbering().is_some() || e.has_amounts() {
        return None;
    }
    let texts = [
        &e.uraian,
        &e.sasaran,
        &e.indikator,
        &e.output,
        &e.ket,
        &e.hierarchy_text,
    ];
    let mut own = texts.into_iter().flatten();
    let text = own.next()?.trim();
    if own.next().is_some() {
        return None;
    }
    let (label, name) = text.split_once(':')?;
    let label = label.trim().to_lowercase();
    (IDENTITY.contains(&label.as_str()) && !name.trim().is_empty()).then_some(text)
}

/// Roles by the level of each entry's code; `footnotes`: an uncoded row without amounts whose
/// text starts with `*` is a page footer (`*Lock Pagu adalah …`).
fn by_codes(
    entries: &[&Entry],
    facts: &[Facts],
    levels: &[Option<Level>],
    footnotes: bool,
) -> Vec<Role> {
    let mut roles = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        let role = match levels[i] {
            Some(l) => {
                // A coded row with deeper rows (or uncoded items) under it is a heading.
                let deeper = levels.get(i + 1).is_some_and(|n| n.is_none_or(|nl| nl > l));
                if deeper {
                    Role::Heading(l)
                } else {
                    Role::Item(Some(l.depth()))
                }
            }
            None if footnotes && breaks::is_footnote(e) => Role::Footer,
            None => content_role(e, &facts[i]),
        };
        roles.push(role);
    }
    roles
}

/// The numbers only count the rows (`1 2 3 … 95` in a No column, a step out of order here
/// and there): no outline.
#[derive(Default)]
struct RunningCount {
    last: Option<i64>,
    steps: usize,
    /// Steps of one.
    ones: usize,
    /// A number that is not arabic, or not a whole number.
    broken: bool,
}

impl RunningCount {
    fn see(&mut self, e: &Entry) {
        let Some((style, n)) = e.numbering().filter(|_| !self.broken) else {
            return;
        };
        let n = match style {
            Style::Arabic | Style::ArabicParen => {
                n.trim_end_matches(['.', ')']).parse::<i64>().ok()
            }
            _ => None,
        };
        let Some(n) = n else {
            self.broken = true;
            return;
        };
        if let Some(last) = self.last {
            self.steps += 1;
            self.ones += usize::from(last.checked_add(1) == Some(n));
        }
        self.last = Some(n);
    }

    fn holds(&self) -> bool {
        !self.broken && self.steps >= 2 && self.ones * 10 >= self.steps * 9
    }
}

/// The entry's formulas add up rows below it: it heads them.
fn sums_below(e: &Entry) -> bool {
    e.extra()
        .sums
        .as_ref()
        .is_some_and(|r| r.iter().all(|r| r.0 > e.row))
}

/// The entry's formulas add up rows above it (`=SUM(K12+K91+K96)` under the table): a total.
fn sums_above(e: &Entry) -> bool {
    e.extra()
        .sums
        .as_ref()
        .is_some_and(|r| r.iter().all(|r| r.0 < e.row))
}

/// Roles by the rows each entry adds up: its parent is the entry whose sums name it in the
/// most cells (the nearest on a tie), its depth one more than its parent's; an entry with
/// rows under it is a heading, any other an item at its depth. A row with amounts no sum
/// names is a visible notice: an item of the heading above it when it stands among that
/// heading's rows (the rows after it belong to the same tree), else an item of no heading.
fn by_sums(entries: &[&Entry], facts: &[Facts]) -> (Vec<Role>, Vec<Notice>) {
    let parent = sum_parents(entries, facts);
    let mut depth = vec![0usize; entries.len()];
    let mut heads = vec![false; entries.len()];
    for i in 0..entries.len() {
        if let Some(p) = parent[i] {
            depth[i] = depth[p] + 1;
            heads[p] = true;
        }
    }
    let in_tree = |i: usize| parent[i].is_some() || heads[i];
    // The nearest entries in a tree before and after each, found once: asked of every row no
    // sum names, a search from each would be quadratic in a sheet of such rows.
    let mut before = vec![None; entries.len()];
    let mut last = None;
    for (i, b) in before.iter_mut().enumerate() {
        *b = last;
        if in_tree(i) {
            last = Some(i);
        }
    }
    let mut after = vec![None; entries.len()];
    last = None;
    for (i, a) in after.iter_mut().enumerate().rev() {
        *a = last;
        if in_tree(i) {
            last = Some(i);
        }
    }
    let mut notices = Vec::new();
    let mut roles = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        // A total is no entry once `sums_to_totals` has made it a total line: it takes no role.
        if facts[i].sums_above {
            continue;
        }
        roles.push(match content_role(e, &facts[i]) {
            _ if heads[i] => Role::Heading(level_at(depth[i])),
            Role::Item(_) if parent[i].is_some() => Role::Item(Some(depth[i])),
            Role::Item(_) => {
                let among =
                    matches!((before[i], after[i]), (Some(b), Some(n)) if same_tree(&parent, b, n));
                if facts[i].amounts {
                    notices.push(unsummed(e, among));
                }
                if among {
                    Role::Item(None)
                } else {
                    Role::Item(Some(0))
                }
            }
            other => other,
        });
    }
    (roles, notices)
}

/// Do entries `a` and `b` share an ancestor (or are they one)?
fn same_tree(parent: &[Option<usize>], a: usize, b: usize) -> bool {
    let chain = |mut i: usize| {
        let mut out = vec![i];
        while let Some(p) = parent[i] {
            out.push(p);
            i = p;
        }
        out
    };
    let above = chain(a);
    chain(b).iter().any(|x| above.contains(x))
}

/// The parent of each entry by the sums that name it: most cells, then nearest.
fn sum_parents(entries: &[&Entry], facts: &[Facts]) -> Vec<Option<usize>> {
    // Entries come in strictly increasing rows: the entry of a row `r` below entry `i` is at
    // most `r - row` entries after it, found by a binary search of those few entries (over
    // all of them, every search missed the cache on a large sheet).
    let index = |i: usize, r: u32| {
        let end = entries
            .len()
            .min(i + 1 + r.saturating_sub(entries[i].row) as usize);
        let window = entries.get(i + 1..end)?;
        let at = window.binary_search_by_key(&r, |e| e.row).ok()?;
        Some(i + 1 + at)
    };
    let mut best: Vec<Option<(u32, usize)>> = vec![None; entries.len()];
    let heads = entries
        .iter()
        .enumerate()
        .filter(|(i, _)| facts[*i].sums_below);
    for (i, e) in heads {
        for &(r, votes) in e.extra().sums.iter().flatten() {
            if let Some(child) = index(i, r) {
                // Entries come in row order: on equal votes the later is the nearer.
                if best[child].is_none_or(|(v, _)| votes >= v) {
                    best[child] = Some((votes, i));
                }
            }
        }
    }
    best.into_iter().map(|b| b.map(|(_, i)| i)).collect()
}

/// A row with amounts that no total's formula adds up, where formulas make the hierarchy.
fn unsummed(e: &Entry, among: bool) -> Notice {
    let read = if among {
        crate::msg!("read-unsummed-among")
    } else {
        crate::msg!("read-unsummed-outside")
    };
    Notice::new(
        crate::model::NoticeKind::Missing,
        crate::msg!("read-unsummed", row = e.row + 1, read = read),
        e.location.clone(),
    )
}

/// Entries whose formulas add up rows above them are totals.
fn sums_to_totals(lines: &mut [(u32, Line)], facts: &[Facts]) {
    let mut entry = 0;
    for (_, line) in lines.iter_mut() {
        if let Line::Entry(e) = line {
            if facts[post_increment(&mut entry)].sums_above {
                *line = Line::Total(std::mem::take(e));
            }
        }
    }
}

fn by_numbering(entries: &[&Entry], facts: &[Facts]) -> Vec<Role> {
    let roman_used = facts.iter().any(|f| f.numbering == Some(Style::Roman));
    // Styles in the order they first appear: a handful, so a list, looked up once per entry.
    let mut order: Vec<Style> = Vec::new();
    let depths: Vec<Option<usize>> = facts
        .iter()
        .map(|f| {
            let style = style(f, roman_used)?;
            Some(order.iter().position(|s| *s == style).unwrap_or_else(|| {
                order.push(style);
                order.len() - 1
            }))
        })
        .collect();
    let depth = |i: usize| depths[i];
    let mut roles = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        let role = match depth(i) {
            // A numbered row is a heading when the row after it is numbered deeper, or is an
            // unnumbered row with a description of its own (an item listed under it).
            Some(d) => match entries.get(i + 1) {
                Some(_) if depth(i + 1).is_some_and(|n| n > d) => Role::Heading(level_at(d)),
                Some(next)
                    if depth(i + 1).is_none()
                        && facts[i + 1].uraian
                        && !wrapped::wraps(i, facts, depth)
                        && !percent_alone(next, &facts[i + 1]) =>
                {
                    Role::Heading(level_at(d))
                }
                _ => Role::Item(Some(d)),
            },
            None => content_role(e, &facts[i]),
        };
        roles.push(role);
    }
    // A numbered row with no amounts, at a depth where the other rows are headings, is a
    // heading with nothing under it (reported by `check`), not an item.
    let mut heading_at = [false; LEVELS];
    for role in &roles {
        if let Role::Heading(l) = role {
            heading_at[l.depth()] = true;
        }
    }
    for (role, f) in roles.iter_mut().zip(facts) {
        if let Role::Item(Some(d)) = *role {
            if !f.amounts && heading_at[level_at(d).depth()] {
                *role = Role::Heading(level_at(d));
            }
        }
    }
    roles
}

/// A row that states a percentage and no money (`Persentase Penyerapan | 62,86`, under the
/// total): no item listed under the numbered row above it, which would become a heading and
/// lose its money.
fn percent_alone(e: &Entry, f: &Facts) -> bool {
    f.amounts && !e.amounts.has_money()
}

/// An entry's numbering style; a lone `I`, `V` or `X` is Roman where Roman numbering is used.
fn style(f: &Facts, roman_used: bool) -> Option<Style> {
    let style = f.numbering?;
    Some(if f.roman_letter && roman_used {
        Style::Roman
    } else {
        style
    })
}

fn by_bare_runs(lines: &[(u32, Line)], facts: &[Facts]) -> Vec<Role> {
    // A role for each entry, as the facts have.
    let mut roles = Vec::with_capacity(facts.len());
    // The entries (by position in `roles`) of the current run of bare heading rows.
    let mut run: Vec<usize> = Vec::new();
    let close = |run: &mut Vec<usize>, roles: &mut Vec<Role>| {
        let start = 3usize.saturating_sub(run.len());
        for (i, entry) in run.drain(..).enumerate() {
            roles[entry] = Role::Heading(level_at(start + i));
        }
    };
    for (_, line) in lines {
        match line {
            // A notes line (see [`notes_lines`]) is no heading of a run.
            Line::Entry(e) if e.bare && !facts[roles.len()].note => {
                run.push(roles.len());
                roles.push(Role::Note);
            }
            Line::Entry(e) => {
                close(&mut run, &mut roles);
                roles.push(content_role(e, &facts[roles.len()]));
            }
            Line::Total(_) => close(&mut run, &mut roles),
            // Repeated headers and numbering rows at page breaks do not end a run.
            _ => {}
        }
    }
    close(&mut run, &mut roles);
    roles
}

/// Text alone that opens a note (`Catatan: angka sementara`, `Keterangan: …`) among the
/// rows: a note, not a heading of the rows under it (which then went under it, out of the
/// program they belong to), and said.
fn notes_lines(lines: &[(u32, Line)], roles: &mut [Role], facts: &[Facts]) -> Vec<Notice> {
    let mut notices = Vec::new();
    for ((k, e), f) in entries(lines).enumerate().zip(facts) {
        // The rest of a row above (`wrapped`), a footer or the unit's name: left as it is.
        if !f.note || !matches!(roles[k], Role::Heading(_) | Role::Item(_) | Role::Note) {
            continue;
        }
        roles[k] = Role::Note;
        let text = crate::text::shorten_line(e.uraian.as_deref().unwrap_or(""), 50);
        notices.push(Notice::new(
            NoticeKind::Continuation,
            crate::msg!("read-notes-line", row = e.row + 1, text = text),
            e.location.clone(),
        ));
    }
    notices
}

const LEVELS: usize = Level::ALL.len();

fn level_at(depth: usize) -> Level {
    Level::ALL[depth.min(Level::ALL.len() - 1)]
}

// Items are made in the memory of the lines they come from (see `link`): an item must fit.
const _: () = assert!(std::mem::size_of::<Item>() <= std::mem::size_of::<(u32, Line)>());

/// Walks the lines in order, keeping the open heading at each level. Headings and totals are
/// taken out of their lines as they come; items are marked with their heading and then made
/// from their lines in place (the item vector reuses the lines' memory: a large sheet's items
/// are most of what an import allocates). Until then an item's line stays whole: the items
/// below it may copy its texts from it (see `Group`).
/// `roles` holds the role of each entry, in order.
fn link(mut lines: Vec<(u32, Line)>, roles: &[Role], full_codes: bool) -> Built {
    let last_data = last_data(&lines);
    let mut seen_data = false;
    // Each list made at its size: grown by doubling, a 100 000-item list is copied a dozen
    // times, and each larger block asked for makes malloc sort all the small ones freed. (The
    // items are collected in the lines' own memory, below.)
    let headings = roles
        .iter()
        .filter(|r| matches!(r, Role::Heading(_)))
        .count();
    let mut built = Built {
        classes: Vec::with_capacity(lines.len()),
        headings: Vec::with_capacity(headings),
        ..Built::default()
    };
    let mut open: [Option<usize>; LEVELS] = [None; LEVELS];
    let mut group = Group::default();
    let mut entry = 0;
    let mut last_total = 0;
    // The lines that are items, with their heading: kept apart, so that a line is no larger
    // than the item made in its memory.
    // Rows and headings are u32 (a sheet has at most `source::MAX_ROWS` rows): 12 bytes an item.
    let items = roles.iter().filter(|r| matches!(r, Role::Item(_))).count();
    let mut under: Vec<(u32, Option<u32>)> = Vec::with_capacity(items);
    for i in 0..lines.len() {
        // A row with amounts, or a total, comes after this line.
        let data_below = last_data.is_some_and(|last| i < last);
        // The lines above, for the texts an item carries from them (see `Group`).
        let (above, rest) = lines.split_at_mut(i);
        let (row, line) = &mut rest[0];
        let row = *row;
        let class = match line {
            Line::Header => RowClass::Header,
            Line::Title => RowClass::Title,
            Line::Numbering => RowClass::Numbering,
            Line::Unrecognised(_) => RowClass::Unrecognised,
            Line::Total(e) => {
                let (heading, from_row) = if seen_data || !data_below {
                    total_target(e, &built.headings, &open, data_below, last_total)
                } else {
                    // Above every row it totals (SAKTI's `JUMLAH SELURUHNYA`): see `Total`.
                    (None, row + 1)
                };
                last_total = row + 1;
                built
                    .totals
                    .push(total(std::mem::take(e), heading, from_row));
                RowClass::Total
            }
            Line::Entry(e) => match roles
                .get(post_increment(&mut entry))
                .copied()
                .unwrap_or(Role::Note)
            {
                Role::Heading(level) => {
                    seen_data = true;
                    let d = level.depth();
                    let parent = open[..d].iter().rev().find_map(|h| *h);
                    let mut h = heading(std::mem::take(e), level, parent);
                    if full_codes {
                        let above = parent.and_then(|p| built.headings[p].code.as_deref());
                        h.code = h.code.map(|c| codes::full_code(above, &c, level));
                    }
                    built.headings.push(h);
                    open[d] = Some(built.headings.len() - 1);
                    open[d + 1..].iter_mut().for_each(|h| *h = None);
                    RowClass::Heading
                }
                Role::Item(depth) => {
                    seen_data = true;
                    // `2. Program B` with nothing under it is Program A's sibling, not its item.
                    if let Some(d) = depth {
                        open[d.min(LEVELS - 1)..].iter_mut().for_each(|h| *h = None);
                    }
                    let heading = open.iter().rev().find_map(|h| *h);
                    group.carry(e, above, i, heading);
                    under.push((index(i), heading.map(index)));
                    RowClass::Item
                }
                Role::Note => RowClass::Note,
                Role::Identity => {
                    built.identity.extend(identity(e).map(str::to_string));
                    RowClass::Title
                }
                Role::Footer => RowClass::Footer,
                Role::Continuation => RowClass::Continuation,
            },
        };
        built.classes.push((row, class));
    }
    let mut leftovers = Leftovers::for_lines(lines.len());
    let mut under = under.into_iter().peekable();
    // Collected from the lines' own list, the items are made in its memory (a line is no
    // larger than an item): a list of their own was 26 MB more at 100 000 rows.
    built.items = lines
        .into_iter()
        .enumerate()
        .filter_map(|(i, (_, line))| {
            let heading = under.next_if(|(at, _)| *at == index(i))?.1;
            match line {
                Line::Entry(e) => Some(item(e, heading.map(|h| h as usize), &mut leftovers)),
                _ => None,
            }
        })
        .collect();
    built.leftovers = leftovers.held();
    built
}

/// What an item does not keep of its entry (its hierarchy text, the parts few rows have, the
/// cell its location named before). For a large sheet it is kept aside and goes with the
/// document ([`crate::model::Held`]), freed with it once the report is made: freed as each
/// item was made, even on a thread of its own, it slowed the making by half and the report by
/// as much. Only these parts are kept, not the entry: its location's file and sheet move into
/// the item; and an emptied box alone (a budget row's, once its item took its code) is freed
/// at once, or a budget table's peak would hold one per row (+25 MB at 100 000 rows). Where
/// the report waits for nothing (several files, `realisasi`, `capaian`), the commands free it
/// sooner (`pipeline::free_held`).
struct Leftovers {
    kept: Vec<Leftover>,
    /// The sheet has [`LEFTOVERS_KEPT`] lines or more; else each is freed at once.
    large: bool,
}

/// Sheets of fewer lines free their leftovers at once: there is little to gain.
const LEFTOVERS_KEPT: usize = 10_000;

impl Leftovers {
    fn for_lines(lines: usize) -> Leftovers {
        Leftovers {
            kept: Vec::new(),
            large: lines >= LEFTOVERS_KEPT,
        }
    }

    fn keep(&mut self, leftover: Leftover) {
        if self.large && leftover.holds_more_than_a_box() {
            self.kept.push(leftover);
        }
    }

    fn held(self) -> crate::model::Held {
        LEFTOVERS_HELD.fetch_add(self.kept.len(), std::sync::atomic::Ordering::Relaxed);
        match self.kept.is_empty() {
            true => crate::model::Held::default(),
            // Not the room the list grew to: it is held until the report is made.
            false => crate::model::Held::new(self.kept.into_boxed_slice()),
        }
    }
}

/// Entries whose leftovers were kept with their document (see [`Leftovers`]): counted for
/// `tests/hierarchy_free_cost.rs`.
pub static LEFTOVERS_HELD: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// A line's or heading's position, as `link` keeps it for each item.
fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

fn post_increment(n: &mut usize) -> usize {
    *n += 1;
    *n - 1
}

/// The last line that is a row with money or a total: a line has data below it when it is
/// above that one. Looked for from the end, where it nearly always is: a pass over every line
/// was a cache miss a row on a large sheet.
fn last_data(lines: &[(u32, Line)]) -> Option<usize> {
    // A row of a percentage alone after the total (`Persentase Penyerapan | 62,86`) is no
    // row the total leaves for later: it closed the last program's section instead.
    lines.iter().rposition(|(_, line)| match line {
        Line::Entry(e) => e.amounts.has_money(),
        other => other.is_data(),
    })
}

/// Items of one heading share sasaran, indikator and output until a new one is written: in a
/// table without merged cells, continuation rows leave them blank. Each is kept as the line
/// that wrote it, not as a copy: where merged cells give every row its own text, a copy was
/// made at every row for nothing.
#[derive(Default)]
struct Group {
    heading: Option<usize>,
    /// The lines, by position, that wrote the texts carried.
    sasaran: Option<usize>,
    indikator: Option<usize>,
    output: Option<usize>,
}

impl Group {
    /// Gives `e`, the item at line `i`, of `heading`, the sasaran, indikator and output
    /// written above it.
    fn carry(&mut self, e: &mut Entry, above: &[(u32, Line)], i: usize, heading: Option<usize>) {
        if heading != self.heading {
            *self = Group {
                heading,
                ..Group::default()
            };
        }
        carry_text(&mut e.sasaran, &mut self.sasaran, i, above, |k| &k.sasaran);
        carry_text(&mut e.indikator, &mut self.indikator, i, above, |k| {
            &k.indikator
        });
        carry_text(&mut e.output, &mut self.output, i, above, |k| &k.output);
    }
}

/// An item's own text is kept as line `i`'s; one it lacks is a copy of the text of the line
/// kept, among the lines `above` it.
fn carry_text(
    own: &mut Option<String>,
    kept: &mut Option<usize>,
    i: usize,
    above: &[(u32, Line)],
    text: fn(&Entry) -> &Option<String>,
) {
    match own {
        Some(_) => *kept = Some(i),
        None => {
            *own = kept.and_then(|j| match above.get(j) {
                Some((_, Line::Entry(k))) => text(k).clone(),
                _ => None,
            })
        }
    }
}

fn item(mut e: Entry, heading: Option<usize>, leftovers: &mut Leftovers) -> Item {
    let (code, number) = e.take_code_and_number();
    // The cell named before, if another, goes with the leftovers.
    let named_before = match e.uraian_col.filter(|col| *col != e.col) {
        Some(col) => std::mem::replace(
            &mut e.location.cell,
            crate::model::CellRef::new(e.row, u32::from(col)).into(),
        ),
        None => crate::model::CellName::default(),
    };
    leftovers.keep(e.take_leftover(named_before));
    Item {
        heading,
        number,
        uraian: e.uraian.unwrap_or_default(),
        sasaran: e.sasaran,
        indikator: e.indikator,
        output: e.output,
        code,
        ket: e.ket,
        amounts: e.amounts,
        location: e.location,
    }
}

fn heading(mut e: Entry, level: Level, parent: Option<usize>) -> Heading {
    let (code, number) = e.take_code_and_number();
    Heading {
        level,
        code,
        number,
        text: e.hierarchy_text.or(e.uraian).unwrap_or_default(),
        parent,
        stated: e.amounts,
        location: e.location,
    }
}

fn total(mut e: Entry, heading: Option<usize>, from_row: u32) -> Total {
    Total {
        label: e.take_label().unwrap_or_default(),
        heading,
        from_row,
        stated: e.amounts,
        location: e.location,
    }
}

/// What a total row totals, as (heading, first row after which it counts):
/// 1. the heading its label names (`Jumlah Program Dukungan Manajemen`), or names by its
///    first word and number (`Jumlah Kegiatan b` for `b. Kegiatan Pengadaan`);
/// 2. for a plain label (`Jumlah`, `Sub Total`) with more amounts or totals after it: the open
///    top-level heading, whose section it closes, or, with no heading open, the rows since the
///    previous total;
/// 3. else everything above it: the grand total.
fn total_target(
    e: &Entry,
    headings: &[Heading],
    open: &[Option<usize>; LEVELS],
    closes_section: bool,
    last_total: u32,
) -> (Option<usize>, u32) {
    let label = super::columns::normalize(e.extra().label.as_deref().unwrap_or_default());
    let generic = [
        "jumlah",
        "total",
        "sub",
        "subtotal",
        "grand",
        "anggaran",
        "keseluruhan",
        "seluruhnya",
        "rp",
    ];
    let named: String = label
        .split(' ')
        .filter(|w| !generic.contains(w))
        .collect::<Vec<_>>()
        .join(" ");
    let at = |h: usize| (Some(h), headings[h].location.row);
    if !named.is_empty() {
        let found = open.iter().rev().flatten().copied().find(|&h| {
            let text = super::columns::normalize(&headings[h].text);
            text == named
                || text.contains(&named)
                || named.contains(&text)
                || by_number(&named, &text, headings[h].number.as_deref())
        });
        if let Some(h) = found {
            return at(h);
        }
    }
    let grand_label =
        label.contains("total") && !label.contains("sub") || label.contains("keseluruhan");
    if closes_section && !grand_label {
        match open.iter().flatten().copied().next() {
            Some(h) => at(h),
            None => (None, last_total),
        }
    } else {
        (None, 0)
    }
}

/// A total's label naming a heading by its first word and its number (`Jumlah Kegiatan b` for
/// `b. Kegiatan Pengadaan`, `Jumlah Program II` for `II Program Penyelenggaraan Pemilu`):
/// `named` and `text` normalised, `number` the heading's as written.
fn by_number(named: &str, text: &str, number: Option<&str>) -> bool {
    let Some(number) = number.map(super::columns::normalize) else {
        return false;
    };
    let Some((word, said)) = named.rsplit_once(' ') else {
        return false;
    };
    said == number && text.split(' ').next() == Some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(row: u32, sasaran: Option<&str>, indikator: Option<&str>) -> (u32, Line) {
        let mut e = Entry::default();
        e.row = row;
        e.sasaran = sasaran.map(str::to_string);
        e.indikator = indikator.map(str::to_string);
        (row, Line::Entry(e))
    }

    /// The items' sasaran and indikator, in order.
    fn texts(lines: &[(u32, Line)]) -> Vec<(Option<&str>, Option<&str>)> {
        lines
            .iter()
            .filter_map(|(_, line)| match line {
                Line::Entry(e) => Some((e.sasaran.as_deref(), e.indikator.as_deref())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn items_carry_the_texts_written_above_them_under_their_heading() {
        // A table without merged cells: continuation rows leave sasaran and indikator blank.
        let mut lines = vec![
            item(10, Some("Sasaran A"), Some("Indikator A")),
            item(11, None, None),
            item(12, None, Some("Indikator B")),
            // A subtotal between items of the heading does not end what they carry.
            (13, Line::Total(Entry::default())),
            item(14, None, None),
            item(15, Some("Sasaran C"), None),
            // Under another heading: nothing written above it there.
            item(16, None, None),
        ];
        let mut group = Group::default();
        for (i, heading) in [(0, 0), (1, 0), (2, 0), (4, 0), (5, 0), (6, 1)] {
            let (above, rest) = lines.split_at_mut(i);
            let Some((_, Line::Entry(e))) = rest.first_mut() else {
                panic!("line {i} is an item");
            };
            group.carry(e, above, i, Some(heading));
        }
        assert_eq!(
            texts(&lines),
            vec![
                (Some("Sasaran A"), Some("Indikator A")),
                (Some("Sasaran A"), Some("Indikator A")),
                (Some("Sasaran A"), Some("Indikator B")),
                (Some("Sasaran A"), Some("Indikator B")),
                (Some("Sasaran C"), Some("Indikator B")),
                (None, None),
            ]
        );
    }
}
