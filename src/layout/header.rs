//! Finding the header row, its repeats at page breaks, and column-numbering rows.

use super::columns::{
    name_year, normalize, role_of, role_of_normalized, up_to, year_of, Chosen, ColumnMap, PageTop,
    Role,
};
use crate::source::{Row, Value};

/// Header rows are looked for among the first rows of a sheet.
pub(crate) const HEADER_SEARCH_ROWS: usize = 40;

/// The rows the plan of a sheet is made from: the search window and the row under it (the
/// body rows among them tie the header's names to their columns, see `ties`).
pub(crate) const PLAN_ROWS: usize = HEADER_SEARCH_ROWS + 2;

/// A recognised header: where it is in `sheet.rows`, how many rows it spans, its columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub pos: usize,
    pub rows: usize,
    pub columns: ColumnMap,
}

/// The first row that reads as a table header, joined with the row under it when that row
/// names columns too (`Anggaran` merged over `Pagu | Realisasi`).
pub fn find(rows: &[Row]) -> Option<Header> {
    let (found, mut columns, years_below) = rows
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .enumerate()
        .map(|(i, row)| {
            let mut map = columns_of(row);
            let below = years_under(rows, i, &mut map);
            (i, map, below)
        })
        .find(|(_, map, _)| map.is_header())?;
    let mut pos = found;
    let mut span = 1;
    if let Some(upper) = found.checked_sub(1).map(|i| &rows[i]) {
        if upper.index + 1 == rows[found].index && is_upper_header_row(upper, &columns) {
            join_upper(upper, &mut columns);
            grouped_repeats(upper, &rows[found], &mut columns);
            pos = found - 1;
            span = 2;
        }
    }
    if years_below {
        span += 1;
    } else if let Some(next) = rows
        .get(found + 1)
        .filter(|r| r.index == rows[found].index + 1)
    {
        if let Some(months) = month_numbers(next, &columns) {
            for (col, month) in months {
                columns
                    .roles
                    .insert(super::columns::Role::Month(month), col);
            }
            span += 1;
        } else if is_second_header_row(next, &columns) {
            let lower = columns_of(next);
            for (role, col) in lower.roles.clone() {
                // The lower row names the column more precisely than the group title above it.
                columns.roles.retain(|r, c| *c != col || *r == role);
                columns.roles.insert(role, col);
            }
            for (col, name) in lower.names {
                // A period under its group (`Realisasi` over `s.d. Bulan Lalu`) is named with
                // it, as the notices about the column say it.
                let period = matches!(
                    lower
                        .roles
                        .iter()
                        .find(|(_, c)| **c == col)
                        .map(|(r, _)| *r),
                    Some(Role::RealisasiLalu | Role::RealisasiIni)
                );
                match columns.names.get_mut(&col) {
                    Some(upper) if period && !upper.contains(name.as_str()) => {
                        *upper = format!("{upper} {name}");
                    }
                    Some(_) => {}
                    None => {
                        columns.names.insert(col, name);
                    }
                }
            }
            // The lower row's merges say which columns its names cover.
            columns.spans.extend(lower.spans);
            grouped_repeats(&rows[found], next, &mut columns);
            span += 1;
        }
    }
    span += super::units::join(rows, pos, pos + span, &mut columns).unwrap_or(0);
    latest_year_read(&mut columns);
    columns.add_years();
    Some(Header {
        pos,
        rows: span,
        columns,
    })
}

/// The row under `rows[i]` when it names only years (`2020 … 2024` as numbers, or `Tahun
/// 2020`…) under the group title of row `i` (`Target Kinerja` merged over them): the year
/// columns of a Renstra, named with the title above them (`Target (%) 2020`), joined into
/// `upper`. Returns whether there was such a row.
fn years_under(rows: &[Row], i: usize, upper: &mut ColumnMap) -> bool {
    let Some(next) = rows.get(i + 1).filter(|r| r.index == rows[i].index + 1) else {
        return false;
    };
    let years: Option<Vec<(u32, u16)>> = next.own().map(|c| Some((c.col, year_cell(c)?))).collect();
    let Some(years) = years else { return false };
    let distinct: std::collections::BTreeSet<u16> = years.iter().map(|(_, y)| *y).collect();
    if distinct.len() < 2 {
        return false;
    }
    // A title over the years names each of them; unmerged, it stands over the first only.
    let mut group = None;
    for (col, year) in years {
        if let Some(title) = rows[i].get(col).and_then(|c| c.text()) {
            group = Some(title);
        }
        let name = group.map_or(year.to_string(), |g| format!("{g} {year}"));
        upper.names.insert(col, name);
    }
    upper.add_years();
    true
}

/// A header cell naming a target year: a number (`2020`) or a text (`Tahun 2020`).
pub(crate) fn year_cell(cell: &crate::source::Cell) -> Option<u16> {
    match &cell.value {
        Value::Int(i) => super::columns::year_number(&i.to_string()),
        Value::Number(f) if f.fract() == 0.0 => super::columns::year_number(&format!("{f:.0}")),
        Value::Text(t) => super::columns::year_of(&normalize(t)),
        _ => None,
    }
}

/// `1 2 … 12` (or `I … XII`, or four quarters) under a group title such as `Bulan` or
/// `Rencana Pelaksanaan`: the month columns of a RAK.
fn month_numbers(row: &Row, upper: &ColumnMap) -> Option<Vec<(u32, u8)>> {
    const GROUPS: [&str; 5] = ["bulan", "pelaksanaan", "jadwal", "waktu", "triwulan"];
    let group = upper
        .names
        .iter()
        .find(|(_, n)| GROUPS.iter().any(|g| normalize(n).contains(g)))
        .map(|(c, _)| *c)?;
    let numbers: Vec<(u32, u8)> = row
        .own()
        .map(|c| Some((c.col, month_number(&c.value)?)))
        .collect::<Option<_>>()?;
    let in_order = numbers
        .iter()
        .enumerate()
        .all(|(i, (col, n))| *col == group + i as u32 && usize::from(*n) == i + 1);
    match numbers.len() {
        12 if in_order => Some(numbers),
        4 if in_order => Some(
            numbers
                .into_iter()
                .map(|(c, q)| (c, (q - 1) * 3 + 1))
                .collect(),
        ),
        _ => None,
    }
}

/// `1`…`12` as a number or text, or a Roman numeral `I`…`XII`.
fn month_number(value: &Value) -> Option<u8> {
    const ROMAN: [&str; 12] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ];
    let n = match value {
        Value::Int(i) => u8::try_from(*i).ok()?,
        Value::Number(f) if f.fract() == 0.0 && (1.0..=12.0).contains(f) => *f as u8,
        Value::Text(t) => {
            let t = t.trim().to_lowercase();
            match t.parse::<u8>() {
                Ok(n) => n,
                Err(_) => ROMAN.iter().position(|r| *r == t)? as u8 + 1,
            }
        }
        _ => return None,
    };
    (1..=12).contains(&n).then_some(n)
}

/// A row above the header that names columns the header leaves unnamed: a header split over
/// two rows by a Word conversion or OCR (`Indikator Kinerja …` above `B1 … B12`). A title
/// (one cell) is not one.
fn is_upper_header_row(upper: &Row, lower: &ColumnMap) -> bool {
    let texts: Vec<&str> = upper.own().filter_map(|c| c.text()).collect();
    let all_text = upper.own().all(|c| c.text().is_some());
    let adds = columns_of(upper)
        .roles
        .iter()
        .any(|(role, col)| !lower.roles.contains_key(role) && lower.role_at(*col).is_none());
    texts.len() >= 2 && all_text && adds
}

fn join_upper(upper: &Row, columns: &mut ColumnMap) {
    let named = columns_of(upper);
    for (role, col) in named.roles {
        if !columns.roles.contains_key(&role) && columns.role_at(col).is_none() {
            columns.roles.insert(role, col);
        }
    }
    for (col, name) in named.names {
        columns.names.entry(col).or_insert(name);
    }
    for (col, last) in named.spans {
        columns.spans.entry(col).or_insert(last);
    }
}

/// Roles the second header row names more than once, each under a group title of the row
/// above (`Tahun 2022` over `Target | Realisasi | Capaian`, `Tahun 2023` over the same): read
/// from the group of the latest year or period, or, when the titles name none, the first. The
/// columns are named with their group (`Tahun 2023 Target`) and every choice is kept to be
/// said as a doubt (`doubles`): read as the first row gave them, the BAB III was last year's.
fn grouped_repeats(upper: &Row, lower: &Row, columns: &mut ColumnMap) {
    let named: Vec<(Role, u32)> = lower
        .own()
        .filter_map(|c| Some((role_of(c.text()?)?, c.col)))
        .collect();
    let mut roles: Vec<Role> = Vec::new();
    for (role, _) in &named {
        if !roles.contains(role) {
            roles.push(*role);
        }
    }
    let group_of = |col: u32| {
        upper
            .own()
            .filter(|c| c.col <= col)
            .filter_map(|c| c.text())
            .last()
            .map(str::to_string)
    };
    let key = |title: &str| {
        let norm = normalize(title);
        let year = norm
            .split(' ')
            .filter_map(super::columns::year_number)
            .max();
        year.map(|y| y as u32 * 100).or_else(|| period_of(title))
    };
    for role in roles {
        let same: Vec<u32> = named
            .iter()
            .filter(|(r, _)| *r == role)
            .map(|n| n.1)
            .collect();
        if same.len() < 2 {
            continue;
        }
        let keyed: Vec<(u32, Option<u32>, Option<String>)> = same
            .iter()
            .map(|&col| {
                let group = group_of(col);
                (col, group.as_deref().and_then(key), group)
            })
            .collect();
        let distinct: std::collections::BTreeSet<Option<u32>> = keyed.iter().map(|k| k.1).collect();
        let by_key = keyed.iter().all(|k| k.1.is_some()) && distinct.len() == keyed.len();
        let read = match by_key {
            true => keyed.iter().max_by_key(|k| k.1).map_or(same[0], |k| k.0),
            false => same[0],
        };
        columns.doubles.retain(|d| d.0 != role);
        for (col, _, group) in &keyed {
            if let (Some(group), Some(name)) = (group, lower.get(*col).and_then(|c| c.text())) {
                columns.names.insert(*col, format!("{group} {name}"));
            }
            if *col != read {
                let why = match read > *col {
                    true => Chosen::Later,
                    false => Chosen::First,
                };
                columns.doubles.push((role, read, *col, why));
            }
        }
        columns.roles.retain(|r, c| *r != role || *c == read);
        columns.roles.insert(role, read);
    }
}

/// Every own text of the row is a column name, and one names a column the first row leaves
/// without a name (`Realisasi` beside `Pagu`, under a group title merged over both).
fn is_second_header_row(row: &Row, first: &ColumnMap) -> bool {
    let names_new = row
        .own()
        .any(|c| !first.names.contains_key(&c.col) && c.text().is_some_and(is_column_name));
    let cells = row.own().count();
    let names = row
        .own()
        .filter(|c| c.text().is_some_and(is_column_name))
        .count();
    // OCR leaves a stray mark among the names (`9,` beside `Indikator Kinerja`).
    let enough = names == cells || (names >= 6 && names * 5 >= cells * 4);
    cells > 0 && names_new && enough
}

/// A short text that names a column: `Pagu`, `Sasaran Strategis`, `%` — not `Sasaran 1` or
/// `I. Program Penyelenggaraan`, which are data that happen to hold a column's word.
pub fn is_column_name(text: &str) -> bool {
    if matches!(role_of(text), Some(super::columns::Role::Month(_))) {
        return true;
    }
    role_of(text).is_some()
        && text.split_whitespace().count() <= 5
        && !text.chars().any(|c| c.is_ascii_digit())
        && super::numbering::split(text).is_none()
}

/// A row that starts another table: two column names at least, making a header or naming two
/// money columns.
pub fn starts_table(row: &Row) -> bool {
    let short_texts = row
        .own()
        .filter_map(|c| c.text())
        .filter(|t| t.len() <= 60 && !t.bytes().any(|b| b.is_ascii_digit()))
        .count();
    if short_texts < 2 {
        return false;
    }
    let names = row
        .own()
        .filter_map(|c| c.text())
        .filter(|t| is_column_name(t))
        .count();
    if names < 2 {
        return false;
    }
    // A second budget table's header may name its description column with no role's word
    // (`No | Jenis Belanja | Pagu | Realisasi`): two money columns named make it one too.
    let map = columns_of(row);
    map.is_header() || map.amount_columns().len() >= 2
}

/// The roles the row's cells name; the first column naming a role wins.
pub fn columns_of(row: &Row) -> ColumnMap {
    let mut map = ColumnMap::default();
    let mut years = Vec::new();
    for cell in row.own() {
        if let Some(text) = cell.text() {
            map.names.insert(cell.col, text.to_string());
            if let Some(role) = role_of(text) {
                take_role(&mut map, role, cell.col, text);
            }
            if let Some(last) = merged_to(row, cell.col) {
                map.spans.insert(cell.col, last);
            }
        } else if let Some(year) = year_cell(cell) {
            years.push((cell.col, year));
        }
    }
    // Years typed as numbers name columns only beside another (`2020 | 2021`), never alone.
    if years.len() >= 2 {
        for (col, year) in years {
            map.names.insert(col, year.to_string());
        }
    }
    map.add_years();
    map
}

/// Gives `col` the role its name makes, unless a column before it has it. Two columns named
/// for one amount (`Pagu Awal | Pagu Revisi`, `Semula | Menjadi`) are a choice ([`prefer`]),
/// kept to be said.
fn take_role(map: &mut ColumnMap, role: Role, col: u32, text: &str) {
    let Some(first) = map.roles.get(&role).copied() else {
        map.roles.insert(role, col);
        return;
    };
    // A performance table's target is one amount too (`Target Awal | Target Perubahan`,
    // `Target Renstra | Target`); targets of years (`Target 2023 | Target 2024`) are a plan's
    // year columns (`ColumnMap::add_years`).
    let years = |c: &u32| map.names.get(c).and_then(|n| year_of(&normalize(n)));
    let target =
        role == Role::Target && (years(&first).is_none() || year_of(&normalize(text)).is_none());
    if role.field().is_none() && !target {
        return;
    }
    let name = |c: &u32| map.names.get(c).cloned().unwrap_or_default();
    let (take_new, why) = prefer(text, &name(&first));
    if !take_new {
        map.doubles.push((role, first, col, why));
        return;
    }
    // The column read until now gives way: the columns it was read over are said against
    // this one.
    let earlier: Vec<(usize, String)> = (map.doubles.iter().enumerate())
        .filter(|(_, d)| d.0 == role && d.1 == first)
        .map(|(i, d)| (i, name(&d.2)))
        .collect();
    for (i, other) in earlier {
        map.doubles[i].1 = col;
        map.doubles[i].3 = match prefer(text, &other) {
            (true, why) => why,
            (false, _) => Chosen::Later,
        };
    }
    map.roles.insert(role, col);
    map.doubles.push((role, col, first, why));
}

/// Of two columns named for one amount, whether the one named `new` (right of the other,
/// named `old`) is read, and why. A total up to a period (`Realisasi s.d. TW II`) over a
/// period's own (`Realisasi TW II`): the year's realisasi is the total; of two periods
/// (`s.d. TW III | s.d. TW IV`, `Juni | Desember`), the later; else the one whose name says it
/// is the later figure (`Revisi`), else the first.
fn prefer(new: &str, old: &str) -> (bool, Chosen) {
    let later = |t: &str| {
        let norm = normalize(t);
        [
            "revisi",
            "perubahan",
            "akhir",
            "menjadi",
            "setelah",
            "terakhir",
            "final",
        ]
        .iter()
        .any(|w| norm.split(' ').any(|x| x == *w))
    };
    match (up_to(&normalize(new)), up_to(&normalize(old))) {
        (true, false) => return (true, Chosen::UpTo),
        (false, true) => return (false, Chosen::UpTo),
        _ => {}
    }
    match (of_plan_period(new), of_plan_period(old)) {
        (false, true) => return (true, Chosen::OfTheYear),
        (true, false) => return (false, Chosen::OfTheYear),
        _ => {}
    }
    let by_period = period_of(new).zip(period_of(old)).map(|(n, o)| n > o);
    match by_period.unwrap_or_else(|| later(new) && !later(old)) {
        true => (true, Chosen::Later),
        false => (false, Chosen::First),
    }
}

/// The headers of the columns read as the year's own figures that state a year (`Realisasi
/// 2022`), each with the cell of `rows` (the header's) that states it: `check` compares the
/// year with the workspace's.
pub fn year_headers(columns: &ColumnMap, rows: &[Row]) -> Vec<crate::model::YearHeader> {
    const READ: [Role; 8] = [
        Role::Target,
        Role::Realisasi,
        Role::Capaian,
        Role::Pagu,
        Role::Anggaran,
        Role::Persen,
        Role::Sisa,
        Role::Biaya,
    ];
    let mut cols: Vec<u32> = READ.iter().filter_map(|r| columns.get(*r)).collect();
    cols.sort_unstable();
    cols.dedup();
    let with_year = |col: u32| {
        let name = columns.names.get(&col)?;
        let year = name_year(name)?.to_string();
        // The row whose cell over the column states the year (a group title merged over it
        // perhaps), else the header's first.
        let row = (rows.iter())
            .find(|r| {
                r.get(col)
                    .and_then(|c| c.text())
                    .is_some_and(|t| t.contains(&year))
            })
            .or(rows.first())?;
        Some(crate::model::YearHeader {
            name: name.clone(),
            cell: crate::source::cell_name(row.index, col),
        })
    };
    cols.into_iter().filter_map(with_year).collect()
}

/// A header name of the figure for a plan's whole period, not the year's: `Target Renstra`,
/// `Target RPJMD`, `Target Akhir Periode`.
fn of_plan_period(text: &str) -> bool {
    let norm = normalize(text);
    let words: Vec<&str> = norm.split(' ').collect();
    words
        .iter()
        .any(|w| matches!(*w, "renstra" | "rpjmd" | "rpjmn"))
        || words.windows(2).any(|w| w == ["akhir", "periode"])
}

/// Of columns the header names for one amount and tells apart by nothing else, the one whose
/// name states the latest year is read (`Realisasi 2021 | Realisasi 2022 | Realisasi 2023`,
/// the years perhaps in a row under the name): the others are the years compared with it.
fn latest_year_read(columns: &mut ColumnMap) {
    let year = |c: &u32| name_year(columns.names.get(c)?);
    let mut roles: Vec<Role> = (columns.doubles.iter())
        .filter(|d| d.3 == Chosen::First)
        .map(|d| d.0)
        .collect();
    roles.dedup();
    for role in roles {
        let Some(read) = columns.get(role) else {
            continue;
        };
        let mut cols = vec![read];
        cols.extend(columns.doubles.iter().filter(|d| d.0 == role).map(|d| d.2));
        let years: Option<Vec<i32>> = cols.iter().map(year).collect();
        let Some(years) = years else { continue };
        let distinct: std::collections::BTreeSet<i32> = years.iter().copied().collect();
        let latest = (cols.iter().zip(&years))
            .max_by_key(|(_, y)| **y)
            .map(|(c, _)| *c);
        let Some(latest) = latest.filter(|l| distinct.len() == cols.len() && *l != read) else {
            continue;
        };
        columns.doubles.retain(|d| d.0 != role);
        for col in cols.into_iter().filter(|c| *c != latest) {
            columns.doubles.push((role, latest, col, Chosen::Later));
        }
        columns.roles.insert(role, latest);
    }
}

/// The month a header name's period ends in: `TW III` / `Triwulan 3` → 9, `Juni` → 6.
fn period_of(text: &str) -> Option<u32> {
    let norm = normalize(text);
    let words: Vec<&str> = norm.split(' ').collect();
    let quarter = words.windows(2).find_map(|w| {
        matches!(w[0], "tw" | "triwulan").then_some(())?;
        match w[1] {
            "i" | "1" => Some(3),
            "ii" | "2" => Some(6),
            "iii" | "3" => Some(9),
            "iv" | "4" => Some(12),
            _ => None,
        }
    });
    quarter.or_else(|| {
        crate::text::BULAN
            .iter()
            .position(|b| words.contains(&b.to_lowercase().as_str()))
            .map(|m| m as u32 + 1)
    })
}

/// The last column a cell's value is merged across to, when it is merged.
pub fn merged_to(row: &Row, col: u32) -> Option<u32> {
    let mut last = col;
    while row
        .get(last + 1)
        .is_some_and(|c| c.spill == crate::source::Spill::Across)
    {
        last += 1;
    }
    (last > col).then_some(last)
}

/// How many cells [`is_repeat`] compared word by word with the header's names, for the test
/// that header detection stays linear (`tests/import_cost.rs`): a body row is turned away by
/// its first text that names no column, so each row costs a bounded number of comparisons.
#[doc(hidden)]
pub static REPEAT_COMPARISONS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(0);

/// A row that repeats the header (Word-to-Excel conversions repeat it at each page break).
pub fn is_repeat(row: &Row, header: &ColumnMap) -> bool {
    // Most rows hold numbers under the header's names: only rows with two texts there can repeat it.
    let texts = header
        .roles
        .values()
        .filter(|col| row.get(**col).is_some_and(is_text))
        .count();
    if texts < 2 {
        return false;
    }
    // A repeat names most of the header's columns, each with a text of its own: a row with too
    // few own texts is turned away by counting them, before any text is normalized (a body row
    // of an RKT has its sasaran, indikator and output merged down from its group's first row).
    let own_texts = row.own().filter(|c| is_text(c)).count();
    if own_texts < 2 || own_texts * 5 < named_columns(header) * 3 {
        return false;
    }
    // Every text of a repeat names the same column the header names there; a row that names
    // another column (`Target` where `Pagu` was) starts another table. The first text that
    // does not settles it, so a body row costs one comparison, not one per cell.
    let same = |c: &crate::source::Cell, text: &str| {
        let name = header.names.get(&c.col);
        let role = header.role_at(c.col);
        // A column the header neither names nor gives a role: nothing to compare with.
        if name.is_none() && role.is_none() {
            return false;
        }
        REPEAT_COMPARISONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        // The text is normalized once, for both comparisons.
        let norm = normalize(text);
        let named_here = name.is_some_and(|n| same_words(&normalize(n), &norm));
        named_here || role.is_some_and(|r| text.len() <= 120 && role_named(&norm) == Some(r))
    };
    // The shortest text first: it settles a body row as surely as any (every text must name
    // its column) and costs least to normalize and match against the column names; the first
    // is often a long sasaran or indikator.
    let texts = || row.own().filter_map(|c| Some((c, c.text()?)));
    let Some((first, text)) = texts().min_by_key(|(_, t)| t.len()) else {
        return false;
    };
    same(first, text)
        && texts()
            .filter(|(c, _)| !std::ptr::eq(*c, first))
            .all(|(cell, text)| same(cell, text))
}

/// [`role_of_normalized`], remembered for the texts last asked about: the repeat test asks
/// it of a body row's shortest text, and a table's targets and units (`100%`, `Dokumen`) are
/// few texts written many times. Kept to a few thousand texts, then begun again.
fn role_named(norm: &str) -> Option<Role> {
    const REMEMBERED: usize = 4096;
    thread_local! {
        static NAMED: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Option<Role>>> =
            std::cell::RefCell::default();
    }
    NAMED.with_borrow_mut(|named| {
        if let Some(role) = named.get(norm) {
            return *role;
        }
        if named.len() == REMEMBERED {
            named.clear();
        }
        let role = role_of_normalized(norm);
        named.insert(norm.into(), role);
        role
    })
}

/// A text cell, whatever its text: what `Cell::text` answers `Some` for, without trimming
/// the text (asked of every body row's cells).
fn is_text(cell: &crate::source::Cell) -> bool {
    matches!(cell.value, Value::Text(_))
}

/// The header's columns a repeat must name most of: months and years are named on a row of
/// their own under a two-row header, and are not counted.
fn named_columns(header: &ColumnMap) -> usize {
    let period = |r: &&super::columns::Role| {
        matches!(
            r,
            super::columns::Role::Month(_) | super::columns::Role::Year(_)
        )
    };
    header.roles.keys().filter(|r| !period(r)).count()
}

/// A row's own texts with their columns, in column order, numbers and spaces left out (`Hal 2
/// dari 5` is `Hal 1 dari 5` on the next page); `None` when the row has a number cell or no
/// text. The columns count: a signature's `KABUPATEN DELI SERDANG` is not the title's.
pub fn signature(row: &Row) -> Option<String> {
    // Most body rows hold a number: turned away before any text is copied.
    if row.own().any(|c| c.text().is_none()) {
        return None;
    }
    let mut out = String::new();
    for cell in row.own() {
        let text = cell.text()?;
        out.push_str(&cell.col.to_string());
        out.push(':');
        out.extend(
            text.chars()
                .filter(|c| !c.is_numeric() && !c.is_whitespace())
                .flat_map(char::to_lowercase),
        );
    }
    (out.contains(|c: char| c.is_alphabetic())).then_some(out)
}

/// The title and header rows above the body, by signature, for [`ColumnMap::page_top`].
pub fn page_top(title: &[Row], header: &[Row]) -> Vec<(String, PageTop)> {
    let title = title.iter().map(|r| (r, PageTop::Title));
    let header = header.iter().map(|r| (r, PageTop::Header));
    title
        .chain(header)
        .filter_map(|(r, part)| Some((signature(r)?, part)))
        .collect()
}

/// The part of the page top a body row prints again, if it does.
pub fn repeats_page_top(row: &Row, header: &ColumnMap) -> Option<PageTop> {
    if header.page_top.is_empty() {
        return None;
    }
    let sig = signature(row)?;
    header
        .page_top
        .iter()
        .find_map(|(s, part)| (*s == sig).then_some(*part))
}

/// Two normalized texts are the same without their numbers (`PERKIRAAN BIAYA (19)` repeats
/// `PERKIRAAN BIAYA`): word by word, the words of digits left out.
fn same_words(a: &str, b: &str) -> bool {
    let words = |t| str::split(t, ' ').filter(|w: &&str| !w.bytes().all(|b| b.is_ascii_digit()));
    words(a).eq(words(b))
}

/// A row of consecutive column numbers: `1 2 3 …` or `(1) (2) (3) …`.
pub fn is_numbering(row: &Row) -> bool {
    // Asked of every body row, most of which hold a text: turned away before anything is kept.
    if row.own().nth(2).is_none() || !row.own().all(|c| column_number(&c.value).is_some()) {
        return false;
    }
    let numbers: Option<Vec<i64>> = row.own().map(|c| column_number(&c.value)).collect();
    match numbers {
        Some(n) if n.len() >= 3 => n.windows(2).all(|w| w[1] == w[0] + 1) || with_gaps(&n),
        _ => false,
    }
}

/// OCR drops a column number here and there (`2 3 4 6 7 8 …`): still numbering when the
/// numbers rise by one or two and most steps are one.
fn with_gaps(n: &[i64]) -> bool {
    let steps: Vec<i64> = n.windows(2).map(|w| w[1] - w[0]).collect();
    let ones = steps.iter().filter(|s| **s == 1).count();
    n.len() >= 6 && steps.iter().all(|s| (1..=2).contains(s)) && ones * 4 >= steps.len() * 3
}

fn column_number(value: &Value) -> Option<i64> {
    match value {
        Value::Int(i) if (0..1000).contains(i) => Some(*i),
        Value::Number(f) if f.fract() == 0.0 && *f >= 0.0 && *f < 1000.0 => Some(*f as i64),
        Value::Text(t) => {
            let t = t.trim();
            let inner = t
                .strip_prefix('(')
                .and_then(|s| s.strip_suffix(')'))
                .unwrap_or(t);
            if inner.len() <= 3 && !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()) {
                inner.parse().ok()
            } else {
                None
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Cell, Spill};

    /// The remembered answer is the one asked anew, for texts met again and after the memory
    /// has been begun again (more texts than it keeps).
    #[test]
    fn a_remembered_role_is_the_role_the_text_names() {
        let named = [
            "target",
            "realisasi",
            "no",
            "uraian",
            "pagu",
            "januari",
            "satuan",
            "ket",
        ];
        let texts: Vec<String> = (0..5000)
            .map(|i| format!("{}", i % 4500))
            .chain(named.iter().map(|t| t.to_string()))
            .chain(["100", "target 2023", "81"].map(String::from))
            .collect();
        for round in 0..2 {
            for text in &texts {
                assert_eq!(
                    role_named(text),
                    role_of_normalized(text),
                    "{text} ({round})"
                );
            }
        }
        assert_eq!(role_named("target"), Some(Role::Target));
    }

    fn row(values: &[Value]) -> Row {
        Row {
            index: 0,
            cells: values
                .iter()
                .enumerate()
                .map(|(i, v)| Cell {
                    col: i as u32,
                    value: v.clone(),
                    formula: None,
                    spill: Spill::Own,
                })
                .collect(),
        }
    }

    fn texts(t: &[&str]) -> Row {
        row(&t
            .iter()
            .map(|s| Value::Text((*s).into()))
            .collect::<Vec<_>>())
    }

    #[test]
    fn numbering_rows_in_both_styles() {
        let numbers: Vec<Value> = (1..=7).map(|n| Value::Number(n as f64)).collect();
        assert!(is_numbering(&row(&numbers)));
        assert!(is_numbering(&texts(&["(1)", "(2)", "(3)", "(4)"])));
        assert!(!is_numbering(&texts(&["1", "3", "4"])));
        assert!(!is_numbering(&texts(&["1", "2"])));
    }

    #[test]
    fn finds_rkt_header_below_title_block() {
        let rows = vec![
            texts(&["RENCANA KERJA TAHUNAN KPU KABUPATEN SERANG"]),
            texts(&["TAHUN ANGGARAN 2023"]),
            texts(&[
                "Program Kegiatan",
                "Sasaran",
                "Indikator",
                "keluaran/output",
                "Uraian kegiatan",
                "Perkiraan kebutuhan Anggaran",
                "KET",
            ]),
        ];
        let header = find(&rows).unwrap();
        let map = header.columns;
        assert_eq!((header.pos, header.rows), (2, 1));
        assert_eq!(map.roles.len(), 7);
        assert!(is_repeat(&rows[2], &map));
        assert!(!is_repeat(&rows[0], &map));
    }
}
