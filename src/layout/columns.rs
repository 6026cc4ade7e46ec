//! Column names as people write them, with their variants and typos, mapped to roles.

use crate::model::Field;
use std::collections::BTreeMap;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    No,
    Kode,
    /// The hierarchy column of an RKT: program, kegiatan and output headings.
    ProgramKegiatan,
    Sasaran,
    Indikator,
    Output,
    Uraian,
    /// RKT: perkiraan kebutuhan anggaran.
    Anggaran,
    Pagu,
    Realisasi,
    Persen,
    Sisa,
    Ket,
    /// PK, kinerja, RAK: the indikator's target.
    Target,
    /// Kinerja: the capaian (%) the table states.
    Capaian,
    /// RAK: kegiatan/aksi, the action planned.
    Aksi,
    /// RAK: the action's own target.
    TargetAksi,
    /// RAK: perkiraan biaya of an action.
    Biaya,
    /// RAK: who carries the action out.
    Pelaksana,
    /// Higher or lower is better, where a table states it.
    Polaritas,
    /// RAK: a month of the schedule, 1 for January (`B1`, `Jan`); a quarter fills three.
    Month(u8),
    /// Renstra: the unit of an indikator (`Satuan`).
    Satuan,
    /// Renstra: the value before the period (`Baseline`, `Kondisi Awal`, `Capaian Awal`).
    Baseline,
    /// Renstra: the end-of-period target (`Kondisi Akhir`, `Target Akhir Renstra`).
    TargetAkhir,
    /// Renstra: the target of one year (`2022`, `Tahun 2022`, `Target 2022`); given beside the
    /// role the name has, and only where two or more years are named (see
    /// [`ColumnMap::add_years`]).
    Year(u16),
    /// SAKTI: the pagu locked while a revision is proposed.
    LockPagu,
    /// SAKTI: realisasi up to the previous period (`Periode Lalu`).
    RealisasiLalu,
    /// SAKTI: realisasi in this period (`Periode Ini`).
    RealisasiIni,
    /// Renja evaluation: the Rp. sub-column of a group (see `layout::units`).
    Rp(Field),
}

impl Role {
    /// How many roles [`Role::slot`] places.
    const SLOTS: usize = 26;

    /// A place of its own for each role without a value (see [`Roles`]).
    fn slot(self) -> Option<usize> {
        use Role::*;
        let i = match self {
            No => 0,
            Kode => 1,
            ProgramKegiatan => 2,
            Sasaran => 3,
            Indikator => 4,
            Output => 5,
            Uraian => 6,
            Anggaran => 7,
            Pagu => 8,
            Realisasi => 9,
            Persen => 10,
            Sisa => 11,
            Ket => 12,
            Target => 13,
            Capaian => 14,
            Aksi => 15,
            TargetAksi => 16,
            Biaya => 17,
            Pelaksana => 18,
            Polaritas => 19,
            Satuan => 20,
            Baseline => 21,
            TargetAkhir => 22,
            LockPagu => 23,
            RealisasiLalu => 24,
            RealisasiIni => 25,
            Month(_) | Year(_) | Rp(_) => return None,
        };
        Some(i)
    }

    /// The numeric field a role's cells hold, if it is an amount column.
    pub fn field(self) -> Option<Field> {
        match self {
            Role::Anggaran => Some(Field::Amount),
            Role::Pagu => Some(Field::Pagu),
            Role::Realisasi => Some(Field::Realisasi),
            Role::Persen => Some(Field::StatedPercent),
            Role::Sisa => Some(Field::Sisa),
            Role::Capaian => Some(Field::StatedCapaian),
            Role::Biaya => Some(Field::Biaya),
            Role::LockPagu => Some(Field::LockPagu),
            Role::RealisasiLalu => Some(Field::RealisasiLalu),
            Role::RealisasiIni => Some(Field::RealisasiIni),
            Role::Rp(field) => Some(field),
            _ => None,
        }
    }

    pub fn is_text(self) -> bool {
        self.field().is_none()
            && self != Role::No
            && !matches!(self, Role::Month(_) | Role::Year(_))
    }

    /// A column only a plan of targets per year reads: the other kinds leave it unnamed, so
    /// its cells are reported as not read, as they were before these roles existed.
    pub fn is_plan(self) -> bool {
        matches!(
            self,
            Role::Satuan | Role::Baseline | Role::TargetAkhir | Role::Year(_)
        )
    }
}

/// How many texts [`normalize`] has normalized, for the test that a body row costs a bounded
/// number of them (`tests/import_cost.rs`): a sheet's rows are many, each normalization a copy.
#[doc(hidden)]
pub static NORMALIZED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The bytes of the texts [`normalize`] has normalized (`tests/kinds_cost.rs`): which text of
/// a row is normalized matters as much as how many, a sasaran being ten times a target.
#[doc(hidden)]
pub static NORMALIZED_BYTES: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(0);

/// Lower case, punctuation to spaces (but `%` kept), spaces collapsed; Cyrillic letters that
/// OCR puts for Latin ones (`В3` for `B3`) read as the Latin letter.
pub fn normalize(text: &str) -> String {
    // One pass into one string: called for many cells of a large sheet.
    let mut out = String::with_capacity(text.len());
    normalize_into(text, |c| out.push(c));
    out
}

/// [`normalize`] character by character, without making the string: `out` gets each
/// character kept and one `' '` between two runs of them (counted as a normalization).
pub fn normalize_into(text: &str, mut out: impl FnMut(char)) {
    NORMALIZED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    NORMALIZED_BYTES.fetch_add(text.len(), std::sync::atomic::Ordering::Relaxed);
    let (mut gap, mut started) = (false, false);
    let mut rest = text;
    while let Some(&first) = rest.as_bytes().first() {
        // An ASCII byte is a character of its own, looked up in a table; any other is
        // decoded.
        let kept = if first.is_ascii() {
            rest = &rest[1..];
            ascii_normal(first)
        } else {
            let mut chars = rest.chars();
            let c = chars.next().unwrap_or(char::REPLACEMENT_CHARACTER);
            rest = chars.as_str();
            other_normal_char(c)
        };
        match kept {
            Some(c) => {
                if gap && started {
                    out(' ');
                }
                (gap, started) = (false, true);
                out(c);
            }
            None => gap = true,
        }
    }
}

/// What [`normalize`] makes of one character: `None` for a separator (a space in its output).
/// No character it keeps is white space, so its words are the runs of kept characters.
#[inline(always)]
pub(super) fn normal_char(c: char) -> Option<char> {
    // ASCII first, from a table: nearly every character of a sheet, and no look-alike.
    if c.is_ascii() {
        return ascii_normal(c as u8);
    }
    other_normal_char(c)
}

/// [`normal_char`] of an ASCII character.
#[inline(always)]
fn ascii_normal(b: u8) -> Option<char> {
    let n = ASCII_NORMAL[usize::from(b & 0x7f)];
    (n != 0).then_some(n as char)
}

/// What [`normal_char`] makes of each ASCII character: a letter or digit in lower case, `%`,
/// or 0 for a separator.
const ASCII_NORMAL: [u8; 128] = {
    let mut table = [0; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'%' {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// [`normal_char`] of a character that is not ASCII.
fn other_normal_char(c: char) -> Option<char> {
    let c = latin_lookalike(c);
    if c.is_ascii() {
        return ascii_normal(c as u8);
    }
    c.is_alphanumeric()
        .then(|| c.to_lowercase().next().unwrap_or(c))
}

/// Whether the first word of `normalize(text)` is one of `words` (each ASCII, as normalized),
/// without making it: asked of every text of every body row.
pub fn first_word_in(text: &str, words: &[&str]) -> bool {
    let mut word = [0u8; 16];
    let mut len = 0;
    for c in text.chars() {
        match normal_char(c) {
            // No word looked for is longer, nor holds any other character.
            Some(c) if !c.is_ascii() || len == word.len() => return false,
            Some(c) => {
                word[len] = c as u8;
                len += 1;
            }
            None if len == 0 => {}
            None => break,
        }
    }
    len > 0 && words.iter().any(|w| w.as_bytes() == &word[..len])
}

/// Whether `normalize(text) == normal`, without making it (`normal` as `normalize` writes).
pub fn normalizes_to(text: &str, normal: &str) -> bool {
    let mut expected = normal.chars();
    let (mut gap, mut started) = (false, false);
    for c in text.chars() {
        let Some(c) = normal_char(c) else {
            gap = true;
            continue;
        };
        if gap && started && expected.next() != Some(' ') {
            return false;
        }
        (gap, started) = (false, true);
        if expected.next() != Some(c) {
            return false;
        }
    }
    expected.next().is_none()
}

/// The Latin letter a Cyrillic look-alike stands for in OCR output.
fn latin_lookalike(c: char) -> char {
    match c {
        'А' | 'а' => 'a',
        'В' | 'в' => 'b',
        'С' | 'с' => 'c',
        'Е' | 'е' => 'e',
        'Н' | 'н' => 'h',
        'К' | 'к' => 'k',
        'М' | 'м' => 'm',
        'О' | 'о' => 'o',
        'Р' | 'р' => 'p',
        'Т' | 'т' => 't',
        'Х' | 'х' => 'x',
        'З' | 'з' => '3',
        other => other,
    }
}

/// Month columns: `B1`…`B12`, `Bulan 1`, `Jan`…`Des`, `Januari`…; quarters `TW I`…`TW IV`
/// give their first month (the reader fills the three).
pub fn month_of(norm: &str) -> Option<u8> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des",
    ];
    // Other abbreviations in use: `Agt`, `Ags`, `Nop`, and English ones.
    const OTHER: [(&str, u8); 7] = [
        ("agt", 8),
        ("ags", 8),
        ("aug", 8),
        ("nop", 11),
        ("may", 5),
        ("oct", 10),
        ("dec", 12),
    ];
    let words: Vec<&str> = norm.split(' ').collect();
    let first = *words.first()?;
    // `B1 5`: OCR noise after the month is tolerated, a sentence is not.
    if words.len() > 2 {
        return None;
    }
    let numbered = |rest: &str| rest.parse::<u8>().ok().filter(|m| (1..=12).contains(m));
    if let Some(m) = first.strip_prefix('b').and_then(numbered) {
        return Some(m);
    }
    if first == "bulan" {
        return words.get(1).and_then(|w| numbered(w));
    }
    if words.len() == 1 {
        let named = |list: &[&str]| list.iter().position(|n| n.eq_ignore_ascii_case(first));
        if let Some(i) = named(&NAMES).or_else(|| named(&crate::text::BULAN)) {
            return Some(i as u8 + 1);
        }
        if let Some((_, m)) = OTHER.iter().find(|(n, _)| *n == first) {
            return Some(*m);
        }
    }
    let quarter = match (first, words.get(1).copied()) {
        ("tw" | "triwulan", Some(q)) => q,
        (q, None) if q.starts_with("tw") => &q[2..],
        _ => return None,
    };
    let index = match quarter {
        "i" | "1" => 0,
        "ii" | "2" => 1,
        "iii" | "3" => 2,
        "iv" | "4" => 3,
        _ => return None,
    };
    Some(index * 3 + 1)
}

/// The year a column name gives a target for: `2022`, `Tahun 2022`, `Th. 2022`, `Target 2022`,
/// `Target Kinerja Tahun 2022`, `Target (%) 2022` (a group title joined with the year under it).
/// Any other word (`Realisasi 2022`, `Kondisi Awal 2019`) makes it no target year.
pub fn year_of(norm: &str) -> Option<u16> {
    const WORDS: [&str; 9] = [
        "tahun", "th", "thn", "ta", "t", "target", "kinerja", "%", "renstra",
    ];
    let mut year = None;
    for word in norm.split(' ') {
        if let Some(y) = year_number(word) {
            if year.replace(y).is_some() {
                return None;
            }
        } else if !WORDS.contains(&word) {
            return None;
        }
    }
    year
}

/// The one year a column's name states (`Realisasi 2022`, `Target Tahun 2023`, `Realisasi
/// s.d. Desember 2022`): four digits from 1900 to 2099; `None` for none, or two (`Realisasi
/// 2022-2023`).
pub fn name_year(name: &str) -> Option<i32> {
    let years: std::collections::BTreeSet<i32> = name
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
        .filter_map(|d| d.parse().ok())
        .collect();
    match years.len() {
        1 => years.into_iter().next(),
        _ => None,
    }
}

/// `2022` as a year of a plan: four digits, 1990 to 2100.
pub fn year_number(text: &str) -> Option<u16> {
    let y: u16 = text.parse().ok().filter(|_| text.len() == 4)?;
    (1990..=2100).contains(&y).then_some(y)
}

/// Whole column names that mean an amount of money without saying "anggaran".
const MONEY_NAMES: [&str; 6] = [
    "nilai",
    "nilai rp",
    "jumlah rp",
    "kebutuhan dana",
    "perkiraan kebutuhan",
    "perkiraan kebutuhan dana",
];

/// The role a header cell names, if any.
pub fn role_of(header: &str) -> Option<Role> {
    if header.len() > 120 {
        return None;
    }
    role_of_normalized(&normalize(header))
}

/// [`role_of`] a text already normalized (and no longer than 120 bytes as written).
pub fn role_of_normalized(norm: &str) -> Option<Role> {
    if norm.is_empty() || norm.len() > 70 {
        return None;
    }
    if let Some(m) = month_of(norm) {
        return Some(Role::Month(m));
    }
    if let Some(role) = period_role(norm) {
        return Some(role);
    }
    // OCR runs several header cells into one: the column is what its first words name.
    let words: Vec<&str> = norm.split(' ').collect();
    if words.len() > 6 {
        if let Some(role) = role_of(&words[..2].join(" ")) {
            return Some(role);
        }
    }
    let has = |key: &str| words.iter().any(|w| like(w, key));
    let only = |keys: &[&str]| words.len() == 1 && keys.iter().any(|k| like(words[0], k));
    // Order matters: "pagu anggaran" is pagu, "realisasi anggaran" realisasi, "sisa anggaran" sisa.
    let role = if only(&["no", "nomor", "nomer", "nmr"]) {
        Role::No
    } else if has("akhir") && (has("kondisi") || has("renstra") || has("periode")) {
        // Before `target`: `Target Akhir Renstra` is the end of the period, not the year's.
        Role::TargetAkhir
    } else if has("baseline")
        || has("base") && has("line")
        || has("awal") && (has("kondisi") || has("capaian") || has("realisasi") || has("data"))
    {
        Role::Baseline
    } else if has("target") {
        // `Target`, `Target (%)`; `Target Kegiatan/Aksi` is the action's own.
        if has("aksi") || has("kegiatan") && !has("indikator") {
            Role::TargetAksi
        } else {
            Role::Target
        }
    } else if has("capaian") {
        Role::Capaian
    } else if has("polaritas") || has("polarisasi") {
        Role::Polaritas
    } else if only(&["pelaksana", "pelaksanaan", "pj"])
        || has("penanggung")
        || words.first().is_some_and(|w| like(w, "pelaksana")) && words.len() <= 2
    {
        Role::Pelaksana
    } else if has("aksi")
        || has("kegiatan") && (has("dilaksanakan") || has("dilakukan") || has("aman"))
    {
        Role::Aksi
    } else if has("kode") {
        Role::Kode
    } else if norm.contains('%')
        || has("persentase")
        || has("persen")
        || has("presentase")
        || has("serapan")
    {
        Role::Persen
    } else if has("sisa") {
        Role::Sisa
    } else if has("realisasi") {
        Role::Realisasi
    } else if has("pagu") {
        Role::Pagu
    } else if has("anggaran") || has("biaya") || has("budget") || MONEY_NAMES.contains(&norm) {
        Role::Anggaran
    } else if has("sasaran") {
        Role::Sasaran
    } else if has("indikator") {
        Role::Indikator
    } else if has("keluaran") || has("output") {
        Role::Output
    } else if has("uraian") || ["kegiatan", "nama kegiatan", "activity"].contains(&norm) {
        Role::Uraian
    } else if has("program") {
        Role::ProgramKegiatan
    } else if only(&["ket", "keterangan", "catatan", "remarks"]) {
        Role::Ket
    } else if words.first().is_some_and(|w| like(w, "satuan")) && words.len() <= 2 {
        Role::Satuan
    } else {
        return None;
    };
    Some(role)
}

/// Why, of two columns named for one amount, the one read was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chosen {
    /// Its name says it is the later figure (`Revisi`, `TW IV`, the latest year's group).
    Later,
    /// Nothing tells them apart: the first.
    First,
    /// Its name says it is the total up to a period (`s.d. TW II`), the other a period's own.
    UpTo,
    /// The other's name says it is a plan's figure for its whole period (`Target Renstra`).
    OfTheYear,
}

/// A header name that says its figure runs up to a period: `s.d. TW II`, `s/d Juni`,
/// `sampai dengan`, `kumulatif` (`norm` normalised).
pub fn up_to(norm: &str) -> bool {
    let words: Vec<&str> = norm.split(' ').collect();
    norm.starts_with("s d ")
        || norm.contains(" s d ")
        || words.contains(&"sd")
        || words.contains(&"sampai")
        || words.contains(&"kumulatif")
}

/// The columns of a realisation by period, as SAKTI writes them: `Lock Pagu`, and under
/// `Realisasi` the `Periode Lalu`, `Periode Ini` and `s.d. Periode` (up to this period: the
/// realisasi itself).
fn period_role(norm: &str) -> Option<Role> {
    if norm.starts_with("lock pagu") {
        return Some(Role::LockPagu);
    }
    let words: Vec<&str> = norm.split(' ').collect();
    // A monthly report writes the same as `s.d. Bulan Lalu | Bulan Ini | s.d. Bulan Ini`
    // (under `Realisasi`); `Target s.d. Bulan Ini` is a target.
    const MONTHLY: [&str; 9] = [
        "realisasi",
        "s",
        "d",
        "sd",
        "sampai",
        "dengan",
        "bulan",
        "lalu",
        "ini",
    ];
    let monthly = words.contains(&"bulan") && words.iter().all(|w| MONTHLY.contains(w));
    if !words.contains(&"periode") && !monthly {
        return None;
    }
    if words.contains(&"lalu") {
        Some(Role::RealisasiLalu)
    } else if up_to(norm) {
        Some(Role::Realisasi)
    } else if words.contains(&"ini") {
        Some(Role::RealisasiIni)
    } else {
        None
    }
}

/// Equal, or one edit apart for words of six letters or more (`Indikator` / `Indkator`).
fn like(word: &str, key: &str) -> bool {
    word == key || (key.len() >= 6 && edit_distance_at_most_one(word, key))
}

fn edit_distance_at_most_one(a: &str, b: &str) -> bool {
    // Header keys are ASCII: compare bytes, and give up early on lengths too far apart.
    if a.len().abs_diff(b.len()) > 1 || !a.is_ascii() || !b.is_ascii() {
        return false;
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let first_diff = short
        .iter()
        .zip(long)
        .position(|(x, y)| x != y)
        .unwrap_or(short.len());
    if short.len() == long.len() {
        // One substitution, or two neighbours swapped (`Uraain`).
        let swapped = short.get(first_diff) == long.get(first_diff + 1)
            && short.get(first_diff + 1) == long.get(first_diff)
            && short.get(first_diff + 2..) == long.get(first_diff + 2..);
        swapped || short.get(first_diff + 1..) == long.get(first_diff + 1..)
    } else {
        // One insertion.
        short.get(first_diff..) == long.get(first_diff + 1..)
    }
}

/// Role → 0-based column: a map, with the roles that have no value of their own also kept in
/// a table by role, kept in step by the only ways to change it. A column's role is asked some
/// twenty times a body row; the map's search cost a tenth of a large PK's reading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roles {
    map: BTreeMap<Role, u32>,
    /// The column of each role [`Role::slot`] places.
    slots: [Option<u32>; Role::SLOTS],
    /// How many `Role::Year` and `Role::Month` keys the map has.
    years: usize,
    months: usize,
}

impl std::ops::Deref for Roles {
    type Target = BTreeMap<Role, u32>;

    fn deref(&self) -> &BTreeMap<Role, u32> {
        &self.map
    }
}

impl FromIterator<(Role, u32)> for Roles {
    fn from_iter<I: IntoIterator<Item = (Role, u32)>>(iter: I) -> Roles {
        let mut roles = Roles::default();
        for (role, col) in iter {
            roles.insert(role, col);
        }
        roles
    }
}

impl IntoIterator for Roles {
    type Item = (Role, u32);
    type IntoIter = std::collections::btree_map::IntoIter<Role, u32>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.into_iter()
    }
}

impl<'a> IntoIterator for &'a Roles {
    type Item = (&'a Role, &'a u32);
    type IntoIter = std::collections::btree_map::Iter<'a, Role, u32>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.iter()
    }
}

impl Roles {
    /// The role's column.
    pub fn column(&self, role: Role) -> Option<u32> {
        match role.slot() {
            Some(i) => self.slots[i],
            None => self.map.get(&role).copied(),
        }
    }

    /// Whether any column is a year's (`Role::Year`).
    pub fn has_years(&self) -> bool {
        self.years > 0
    }

    /// Whether any column is a month's or quarter's (`Role::Month`).
    pub fn has_months(&self) -> bool {
        self.months > 0
    }

    pub fn insert(&mut self, role: Role, col: u32) -> Option<u32> {
        let old = self.map.insert(role, col);
        self.placed(role, Some(col), old.is_none());
        old
    }

    /// The role's column, given `col` if it had none.
    pub fn or_insert(&mut self, role: Role, col: u32) -> u32 {
        match self.column(role) {
            Some(c) => c,
            None => {
                self.insert(role, col);
                col
            }
        }
    }

    pub fn remove(&mut self, role: &Role) -> Option<u32> {
        let old = self.map.remove(role);
        if old.is_some() {
            self.placed(*role, None, false);
        }
        old
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&Role, &mut u32) -> bool) {
        self.map.retain(|r, c| keep(r, c));
        let map = std::mem::take(&mut self.map);
        *self = map.into_iter().collect();
    }

    /// Keeps the table and the year and month counts in step with the map after `role` changed.
    fn placed(&mut self, role: Role, col: Option<u32>, added: bool) {
        if let Some(i) = role.slot() {
            self.slots[i] = col;
        }
        let count = match role {
            Role::Year(_) => &mut self.years,
            Role::Month(_) => &mut self.months,
            _ => return,
        };
        match col {
            Some(_) if added => *count += 1,
            Some(_) => {}
            None => *count -= 1,
        }
    }
}

/// The columns of a recognised header: role → 0-based column.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnMap {
    pub roles: Roles,
    /// The header's text of every column, named or not, for messages.
    pub names: BTreeMap<u32, String>,
    /// Columns whose numbers are percent-formatted cells (0,95 for 95%), read as percentages.
    pub fractions: std::collections::BTreeSet<u32>,
    /// Cells (row, column) the file itself formats as percentages (see
    /// `source::Sheet::percent_cells`): each a fraction, whatever its column's other cells.
    pub percent_cells: std::collections::BTreeSet<(u32, u32)>,
    /// Header cells merged across columns: first column → last column the merge covers.
    pub spans: BTreeMap<u32, u32>,
    /// The amount columns' numbers and formulas in a column-number row (see `units`).
    pub numbers: Vec<crate::model::ColumnNumber>,
    /// Two columns the header names for one amount (`Pagu Awal | Pagu Revisi`): the role, the
    /// column read, the column not read and why (see `header::columns_of`), said as a doubt.
    pub doubles: Vec<(Role, u32, u32, Chosen)>,
    /// The rows above the body (title block and header), each as [`header::signature`] gives
    /// it: a report printed with them at every page top repeats them inside the data.
    ///
    /// [`header::signature`]: super::header::signature
    pub page_top: Vec<(String, PageTop)>,
    /// Money columns whose numbers are in thousands or millions of rupiah (see `scale`).
    pub scales: Vec<super::scale::Scale>,
}

/// Which part of the page top a row repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageTop {
    Title,
    Header,
}

impl ColumnMap {
    pub fn get(&self, role: Role) -> Option<u32> {
        self.roles.column(role)
    }

    /// The amount columns, in column order.
    pub fn amount_columns(&self) -> Vec<(Field, u32)> {
        let mut cols: Vec<(Field, u32)> = self
            .roles
            .iter()
            .filter_map(|(role, col)| role.field().map(|f| (f, *col)))
            .collect();
        cols.sort_by_key(|(_, c)| *c);
        cols
    }

    /// The role of a column, if it has one.
    pub fn role_at(&self, col: u32) -> Option<Role> {
        self.roles.iter().find(|(_, c)| **c == col).map(|(r, _)| *r)
    }

    pub fn is_amount_column(&self, col: u32) -> bool {
        self.roles
            .iter()
            .any(|(role, c)| *c == col && role.field().is_some())
    }

    /// The column holding heading texts: the program column, else the uraian column.
    pub fn hierarchy_column(&self) -> Option<u32> {
        self.get(Role::ProgramKegiatan).or(self.get(Role::Uraian))
    }

    /// The column holding an item's own description.
    pub fn uraian_column(&self) -> Option<u32> {
        self.get(Role::Uraian).or(self.get(Role::ProgramKegiatan))
    }

    /// How many year columns the header names.
    pub fn years(&self) -> usize {
        self.year_roles().count()
    }

    /// The year roles and their columns: `Role::Year` keys are contiguous in the role map, so
    /// a table without years (most, asked for every row) visits none.
    fn year_roles(&self) -> impl Iterator<Item = (&Role, &u32)> {
        let years = self.roles.has_years();
        let range = years.then(|| self.roles.range(Role::Year(0)..=Role::Year(u16::MAX)));
        range.into_iter().flatten()
    }

    /// The year columns, in column order: (column, year).
    pub fn year_columns(&self) -> Vec<(u32, u16)> {
        let mut cols: Vec<(u32, u16)> = self
            .year_roles()
            .filter_map(|(r, c)| match r {
                Role::Year(y) => Some((*c, *y)),
                _ => None,
            })
            .collect();
        cols.sort_unstable();
        cols
    }

    /// Names the columns whose names give a target year (`2020`, `Tahun 2021`, `Target 2022`)
    /// as year columns, when two or more years are named. A column keeps the role its name has
    /// (a `Target` group title over the years): the kind that reads years decides. One year
    /// alone is no period, so a PK's `Target 2023` stays only its target.
    pub fn add_years(&mut self) {
        let years: Vec<(u32, u16)> = self
            .names
            .iter()
            .filter(|(c, _)| matches!(self.role_at(**c), None | Some(Role::Target)))
            .filter_map(|(c, n)| Some((*c, year_of(&normalize(n))?)))
            .collect();
        let distinct: std::collections::BTreeSet<u16> = years.iter().map(|(_, y)| *y).collect();
        if distinct.len() >= 2 {
            for (col, year) in years {
                self.roles.or_insert(Role::Year(year), col);
            }
        }
    }

    /// Leaves the columns only a plan of targets per year reads unnamed (see [`Role::is_plan`]).
    pub fn forget_plan_columns(&mut self) {
        self.roles.retain(|r, _| !r.is_plan());
    }

    /// How many month columns the header names.
    pub fn months(&self) -> usize {
        self.roles
            .keys()
            .filter(|r| matches!(r, Role::Month(_)))
            .count()
    }

    /// Gives column `from` the role `to`, unless a column already has it.
    pub fn rename(&mut self, from: Role, to: Role) {
        if !self.roles.contains_key(&to) {
            if let Some(col) = self.roles.remove(&from) {
                self.roles.insert(to, col);
            }
        }
    }

    /// The quoted header names of the columns whose role `misfit` says has no place.
    pub fn misfits(&self, misfit: impl Fn(Role) -> bool) -> Vec<String> {
        self.roles
            .iter()
            .filter(|(r, _)| misfit(**r))
            .map(|(_, c)| format!("'{}'", self.names.get(c).map_or("?", String::as_str)))
            .collect()
    }

    /// Is this map good enough to be a header row?
    pub fn is_header(&self) -> bool {
        let amounts = self.amount_columns().len();
        let texts = self.roles.keys().filter(|r| r.is_text()).count();
        (texts >= 1 && amounts >= 1)
            || texts >= 3
            || (texts >= 1 && self.months() >= 6)
            || (texts >= 1 && self.years() >= 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Whatever is inserted, removed or retained, a role's column is the map's, and the
        /// years and months are counted (the table beside the map is only a faster way to ask).
        #[test]
        fn roles_answer_as_their_map(ops in proptest::collection::vec((0u8..4, 0u16..40, 0u32..6), 0..60)) {
            let role = |n: u16| match n {
                0..=25 => ROLES_BY_SLOT[n as usize],
                26..=31 => Role::Year(2020 + n),
                32..=37 => Role::Month((n - 31) as u8),
                _ => Role::Rp(Field::Pagu),
            };
            let mut roles = Roles::default();
            let mut map = BTreeMap::new();
            for (op, n, col) in ops {
                let r = role(n);
                match op {
                    0 => proptest::prop_assert_eq!(roles.insert(r, col), map.insert(r, col)),
                    1 => proptest::prop_assert_eq!(roles.remove(&r), map.remove(&r)),
                    2 => {
                        roles.retain(|_, c| *c != col);
                        map.retain(|_, c| *c != col);
                    }
                    _ => {
                        let c = *map.entry(r).or_insert(col);
                        proptest::prop_assert_eq!(roles.or_insert(r, col), c);
                    }
                }
                for n in 0..40 {
                    let r = role(n);
                    proptest::prop_assert_eq!(roles.column(r), map.get(&r).copied());
                }
                let years = map.keys().any(|r| matches!(r, Role::Year(_)));
                proptest::prop_assert_eq!(roles.has_years(), years);
                let months = map.keys().any(|r| matches!(r, Role::Month(_)));
                proptest::prop_assert_eq!(roles.has_months(), months);
                proptest::prop_assert_eq!(&*roles, &map);
            }
        }
    }

    /// The roles [`Role::slot`] places, in slot order.
    const ROLES_BY_SLOT: [Role; 26] = [
        Role::No,
        Role::Kode,
        Role::ProgramKegiatan,
        Role::Sasaran,
        Role::Indikator,
        Role::Output,
        Role::Uraian,
        Role::Anggaran,
        Role::Pagu,
        Role::Realisasi,
        Role::Persen,
        Role::Sisa,
        Role::Ket,
        Role::Target,
        Role::Capaian,
        Role::Aksi,
        Role::TargetAksi,
        Role::Biaya,
        Role::Pelaksana,
        Role::Polaritas,
        Role::Satuan,
        Role::Baseline,
        Role::TargetAkhir,
        Role::LockPagu,
        Role::RealisasiLalu,
        Role::RealisasiIni,
    ];

    #[test]
    fn every_role_without_a_value_has_a_slot_of_its_own() {
        for (i, role) in ROLES_BY_SLOT.iter().enumerate() {
            assert_eq!(role.slot(), Some(i), "{role:?}");
        }
        assert!(ROLES_BY_SLOT.len() <= Role::SLOTS);
    }

    /// The tests that normalize nothing answer as the normalized text would.
    #[test]
    fn tests_without_a_copy_answer_as_normalize() {
        let texts = [
            "",
            " ",
            "Rp",
            "rp.",
            " R p ",
            "RP 1.000",
            "Rp.",
            "Р р",
            "rpx",
            "(rp)",
            "r-p",
            "Program",
            "PROGRAM Kegiatan",
            "  no.",
            "Keterangan",
            "Keterangannya",
            "ket:",
            "Anggaran (Rp)",
            "Persentase tahapan 1.1",
            "Ｐrogram",
            "\u{212A}et",
            "é no",
        ];
        const WORDS: [&str; 5] = ["no", "ket", "keterangan", "program", "anggaran"];
        for text in texts {
            let norm = normalize(text);
            assert_eq!(normalizes_to(text, "rp"), norm == "rp", "{text:?}");
            assert_eq!(normalizes_to(text, "r p"), norm == "r p", "{text:?}");
            let first = norm.split(' ').next().filter(|w| !w.is_empty());
            let expected = first.is_some_and(|w| WORDS.contains(&w));
            assert_eq!(first_word_in(text, &WORDS), expected, "{text:?}");
        }
    }

    #[test]
    fn seed_header_names_map_to_roles() {
        let cases = [
            ("Program Kegiatan", Role::ProgramKegiatan),
            ("Sasaran", Role::Sasaran),
            ("Indikator", Role::Indikator),
            ("keluaran/output", Role::Output),
            ("Uraian kegiatan", Role::Uraian),
            ("Perkiraan kebutuhan Anggaran", Role::Anggaran),
            ("KET", Role::Ket),
            ("Kode", Role::Kode),
            ("Uraian", Role::Uraian),
            ("Pagu", Role::Pagu),
            ("Realisasi", Role::Realisasi),
            ("%", Role::Persen),
            ("Sisa", Role::Sisa),
            ("Sisa Anggaran", Role::Sisa),
            ("Realisasi Anggaran", Role::Realisasi),
            ("Pagu Anggaran", Role::Pagu),
            ("Indikator Kierja Strategis", Role::Indikator),
            ("Perkiraan Biaya", Role::Anggaran),
            ("No.", Role::No),
            ("Sasaran Strategis", Role::Sasaran),
            ("Pagu Revisi", Role::Pagu),
            ("Lock Pagu", Role::LockPagu),
            ("Periode Lalu", Role::RealisasiLalu),
            ("Periode Ini", Role::RealisasiIni),
            ("s.d. Periode ", Role::Realisasi),
            ("Realisasi s.d. Periode Ini", Role::Realisasi),
            ("SISA ANGGARAN", Role::Sisa),
        ];
        for (text, role) in cases {
            assert_eq!(role_of(text), Some(role), "{text}");
        }
    }

    #[test]
    fn english_and_indonesian_mixes() {
        assert_eq!(role_of("Program/Activity"), Some(Role::ProgramKegiatan));
        assert_eq!(role_of("Program / Kegiatan"), Some(Role::ProgramKegiatan));
        assert_eq!(role_of("Budget (Rp)"), Some(Role::Anggaran));
        assert_eq!(role_of("Activity"), Some(Role::Uraian));
        assert_eq!(role_of("Performance Indicator"), Some(Role::Indikator));
        assert_eq!(role_of("Remarks"), Some(Role::Ket));
    }

    #[test]
    fn typos_one_edit_away_are_recognised() {
        assert_eq!(role_of("Indkator"), Some(Role::Indikator));
        assert_eq!(role_of("Realisai"), Some(Role::Realisasi));
        assert_eq!(role_of("Sasarn"), Some(Role::Sasaran));
        assert_eq!(role_of("Uraain"), Some(Role::Uraian));
        assert_eq!(role_of("Presentase"), Some(Role::Persen));
        // A monthly report's realisasi columns; a target up to this month stays a target.
        assert_eq!(role_of("s.d. Bulan Lalu"), Some(Role::RealisasiLalu));
        assert_eq!(role_of("Bulan Ini"), Some(Role::RealisasiIni));
        assert_eq!(role_of("Realisasi s.d. Bulan Ini"), Some(Role::Realisasi));
        assert_eq!(role_of("Target s.d. Bulan Ini"), Some(Role::Target));
        assert_eq!(role_of("Jumlah (Rp)"), Some(Role::Anggaran));
        assert_eq!(role_of("Nilai (Rp)"), Some(Role::Anggaran));
        assert_eq!(role_of("Kebutuhan Dana"), Some(Role::Anggaran));
    }

    #[test]
    fn plan_columns_are_named() {
        assert_eq!(role_of("Satuan"), Some(Role::Satuan));
        assert_eq!(role_of("Harga Satuan"), None);
        assert_eq!(role_of("Baseline (2019)"), Some(Role::Baseline));
        assert_eq!(role_of("Kondisi Awal"), Some(Role::Baseline));
        assert_eq!(role_of("Capaian Awal"), Some(Role::Baseline));
        assert_eq!(role_of("Kondisi Akhir"), Some(Role::TargetAkhir));
        assert_eq!(role_of("Target Akhir Renstra"), Some(Role::TargetAkhir));
        assert_eq!(
            role_of("Target Akhir Periode Renstra"),
            Some(Role::TargetAkhir)
        );
        // A PK's revised targets stay targets: only a plan's end is TargetAkhir.
        assert_eq!(role_of("Target Awal"), Some(Role::Target));
        assert_eq!(role_of("Target Akhir"), Some(Role::Target));
        // A year alone has no role of its own; `add_years` gives it one beside another.
        assert_eq!(role_of("Tahun 2020"), None);
        assert_eq!(role_of("Target 2020"), Some(Role::Target));
    }

    #[test]
    fn target_years() {
        for (name, year) in [
            ("2020", 2020),
            ("Tahun 2021", 2021),
            ("Th. 2022", 2022),
            ("Target 2023", 2023),
            ("Target (%) 2024", 2024),
            ("Target Kinerja Tahun 2024", 2024),
        ] {
            assert_eq!(year_of(&normalize(name)), Some(year), "{name}");
        }
        for name in [
            "Realisasi 2022",
            "Kondisi Awal 2019",
            "2020 2021",
            "1980",
            "20201",
            "Tahun",
        ] {
            assert_eq!(year_of(&normalize(name)), None, "{name}");
        }
    }

    fn named(names: &[&str]) -> ColumnMap {
        let mut map = ColumnMap::default();
        for (col, name) in (0u32..).zip(names) {
            map.names.insert(col, name.to_string());
            if let Some(role) = role_of(name) {
                map.roles.or_insert(role, col);
            }
        }
        map.add_years();
        map
    }

    #[test]
    fn two_years_make_year_columns_one_does_not() {
        let pk = named(&["No", "Sasaran", "Indikator", "Target 2023"]);
        assert_eq!(pk.years(), 0);
        assert_eq!(pk.get(Role::Target), Some(3));
        let plan = named(&["Sasaran", "Indikator", "Target 2023", "Target 2024"]);
        assert_eq!(plan.year_columns(), [(2, 2023), (3, 2024)]);
        // The Target role stays where it was: the kind decides.
        assert_eq!(plan.get(Role::Target), Some(2));
        assert!(plan.is_header());
        // A year beside a realisasi is the realisasi's: no year column.
        let kinerja = named(&[
            "Indikator",
            "Realisasi 2022",
            "Target 2023",
            "Realisasi 2023",
        ]);
        assert_eq!(kinerja.years(), 0);
        let mut forgotten = plan.clone();
        forgotten.forget_plan_columns();
        assert_eq!(forgotten.years(), 0);
        assert_eq!(forgotten.get(Role::Target), Some(2));
    }

    #[test]
    fn data_is_not_a_header() {
        assert_eq!(role_of("Honorarium Badan Adhoc"), None);
        assert_eq!(role_of("Sumber Dana"), None);
        assert_eq!(role_of("29.648.700.000"), None);
        assert_eq!(role_of("Serang, 24 Januari 2023"), None);
    }
}
