//! The sector chains of an .xls's compound file (OLE/CFB), walked the way calamine walks them,
//! before calamine does. calamine follows a chain until it meets ENDOFCHAIN with no bound on
//! its length: a chain that loops back (a damaged FAT, or a header whose sector size no longer
//! matches the file) makes it append the same sectors forever, until the allocation of gigabytes
//! aborts the process. A chain can visit at most every sector of the file once; one longer than
//! that loops, and the file is refused.

use crate::error::input_error;
use crate::t;
use std::path::Path;

const SIGNATURE: &[u8; 8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
const RESERVED_SECTORS: u32 = 0xFFFF_FFFA;
const DIFSECT: u32 = 0xFFFF_FFFC;
const ENDOFCHAIN: u32 = 0xFFFF_FFFE;
/// calamine keeps a stream shorter than this in the mini stream, in 64-byte mini sectors.
const MINI_CUTOFF: usize = 4096;
const MINI_SECTOR: usize = 64;
/// The streams calamine reads from an .xls.
const STREAMS: [&str; 4] = [
    "Workbook",
    "Book",
    "\u{5}SummaryInformation",
    "\u{5}DocumentSummaryInformation",
];

/// Sectors numbered from 0 after the header (calamine's numbering), read from the whole file.
struct Sectors<'a> {
    data: &'a [u8],
    size: usize,
    /// calamine refuses a sector id past this one (the file's length over the sector size).
    maxid: u32,
}

impl Sectors<'_> {
    /// The bytes of a sector as calamine sees them (a sector cut short by the end of the file
    /// is short), or None where calamine stops with an error of its own.
    fn get(&self, id: u32) -> Option<&[u8]> {
        if id > self.maxid {
            return None;
        }
        let start = (id as usize).checked_mul(self.size)?;
        let end = start.checked_add(self.size)?;
        self.data
            .get(start.min(self.data.len())..end.min(self.data.len()))
    }

    /// Walks a chain as calamine's `get_chain` does, up to `len` bytes, and returns what it
    /// gathers; Err(sector) when the chain visits more sectors than there are (a loop).
    /// Ok(None) where calamine would stop with an error (a sector past the end).
    fn chain(&self, start: u32, fats: &[u32], len: usize) -> Result<Option<Vec<u8>>, u32> {
        let mut gathered = Vec::new();
        let mut id = start;
        let mut steps = 0u64;
        while id != ENDOFCHAIN {
            steps += 1;
            if steps > u64::from(self.maxid) + 1 {
                return Err(id);
            }
            let Some(sector) = self.get(id) else {
                return Ok(None);
            };
            let take = sector.len().min(len - gathered.len());
            gathered.extend_from_slice(&sector[..take]);
            if gathered.len() >= len {
                break;
            }
            let Some(&next) = fats.get(id as usize) else {
                return Ok(None);
            };
            id = next;
        }
        Ok(Some(gathered))
    }
}

fn u32s(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    bytes
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    bytes
        .get(at..at + 4)
        .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// A directory entry: its name, first sector and length, as calamine reads it.
struct Entry {
    name: String,
    start: u32,
    len: usize,
}

fn entries(dirs: &[u8], large: bool) -> Vec<Entry> {
    dirs.chunks_exact(128)
        .map(|d| {
            let units: Vec<u16> = d[..64]
                .chunks_exact(2)
                .map(|b| u16::from_le_bytes([b[0], b[1]]))
                .take_while(|&u| u != 0)
                .collect();
            let len = if large {
                u64::from(u32_at(d, 120)) | (u64::from(u32_at(d, 124)) << 32)
            } else {
                u64::from(u32_at(d, 120))
            };
            Entry {
                name: String::from_utf16_lossy(&units),
                start: u32_at(d, 116),
                len: usize::try_from(len).unwrap_or(usize::MAX),
            }
        })
        .collect()
}

/// Refuses an .xls whose compound file has a sector chain calamine would follow forever.
/// What this walk cannot follow (a sector past the end, a bad header) is left to calamine,
/// which stops there with an error of its own.
pub(super) fn chains(path: &Path, file: &str) -> anyhow::Result<()> {
    let Ok(bytes) = std::fs::read(path) else {
        return Ok(());
    };
    match looping_chain(&bytes) {
        Some((what, sector)) => Err(input_error(t!(
            "source-compound-loop",
            file = file,
            chain = chain_name(what),
            sector = sector
        ))),
        None => Ok(()),
    }
}

/// A chain's name in the user's language (the walk names it in English, for its own errors).
fn chain_name(what: &str) -> String {
    match what {
        "directory" => t!("source-chain-directory"),
        "mini stream" => t!("source-chain-mini-stream"),
        "mini FAT" => t!("source-chain-mini-fat"),
        "stream" => t!("source-chain-stream"),
        other => other.to_string(),
    }
}

/// The first chain calamine would walk that loops: (which chain, the sector it loops at).
fn looping_chain(bytes: &[u8]) -> Option<(&'static str, u32)> {
    if bytes.len() < 512 || &bytes[..8] != SIGNATURE {
        return None;
    }
    let size = match u16::from_le_bytes([bytes[30], bytes[31]]) {
        9 => 512,
        12 => 4096,
        _ => return None,
    };
    let sectors = Sectors {
        data: bytes.get(size.min(bytes.len())..).unwrap_or_default(),
        size,
        maxid: u32::try_from(bytes.len() / size).unwrap_or(u32::MAX),
    };
    let fats = fat(bytes, &sectors)?;
    let walk =
        |what, start, fats: &[u32], len, sectors: &Sectors| match sectors.chain(start, fats, len) {
            Ok(chain) => Ok(chain),
            Err(sector) => Err((what, sector)),
        };
    let run = || -> Result<(), (&'static str, u32)> {
        let Some(dirs) = walk("directory", u32_at(bytes, 48), &fats, usize::MAX, &sectors)? else {
            return Ok(());
        };
        let dirs = entries(&dirs, size == 4096);
        let Some(root) = dirs.first() else {
            return Ok(());
        };
        let mini_fat_len = u32_at(bytes, 64) as usize;
        let (mini_fats, ministream) = if mini_fat_len > 0 {
            let Some(stream) = walk("mini stream", root.start, &fats, root.len, &sectors)? else {
                return Ok(());
            };
            let mini_len = mini_fat_len.saturating_mul(size);
            let Some(minifat) = walk("mini FAT", u32_at(bytes, 60), &fats, mini_len, &sectors)?
            else {
                return Ok(());
            };
            (u32s(&minifat).collect::<Vec<_>>(), stream)
        } else {
            (Vec::new(), Vec::new())
        };
        let minis = Sectors {
            data: &ministream,
            size: MINI_SECTOR,
            maxid: sectors.maxid.saturating_mul(8),
        };
        for name in STREAMS {
            let found = dirs
                .iter()
                .find(|d| d.name.as_bytes().eq_ignore_ascii_case(name.as_bytes()));
            if let Some(d) = found {
                if d.len < MINI_CUTOFF {
                    walk("mini stream", d.start, &mini_fats, d.len, &minis)?;
                } else {
                    walk("stream", d.start, &fats, d.len, &sectors)?;
                }
            }
        }
        Ok(())
    };
    run().err()
}

/// The FAT, gathered as calamine gathers it (the header's DIFAT, then the DIFAT chain); None
/// where calamine stops with an error of its own.
fn fat(bytes: &[u8], sectors: &Sectors) -> Option<Vec<u32>> {
    let mut difat: Vec<u32> = u32s(&bytes[76..512]).collect();
    let mut id = u32_at(bytes, 68);
    let mut steps = 0u64;
    while id < RESERVED_SECTORS {
        steps += 1;
        if steps > u64::from(sectors.maxid) + 1 {
            return None;
        }
        difat.extend(u32s(sectors.get(id)?));
        id = difat.pop()?;
    }
    let mut fats = Vec::new();
    for id in difat.into_iter().filter(|&id| id < DIFSECT) {
        fats.extend(u32s(sectors.get(id)?));
    }
    Some(fats)
}
