//! Read-only string-keyed hash tables laid out as bytes: `build.rs` writes them from the
//! word lists and the binary embeds them, so start-up parses nothing and a lookup costs
//! one hash and, mostly, one slot read.
//!
//! This file is compiled twice, into the build script (which writes tables) and into the
//! library (which reads them), so both hash keys with the same function.
//!
//! Layout, little-endian: a 16-byte header (`u32` slot count, a power of two; `u32`
//! entry count; `u8` value width: 0, 1, 2 or 4 bytes; padding), then the slots (`u32`
//! each), then the entries. An entry is the key's length (`u8`), its bytes and the index
//! of its value (`width` bytes) in a value slice held beside the table. A slot holds the
//! top eight bits of the key's hash above the entry's offset (24 bits), so most misses
//! are told apart without reading an entry; `EMPTY` marks a free slot. Collisions probe
//! linearly; tables are at most half full.

#![allow(dead_code)] // each side uses its half

/// A free slot.
pub const EMPTY: u32 = u32::MAX;
/// Bytes before the slots.
pub const HEADER: usize = 16;
/// The largest entry offset a slot can hold (the one above is reserved for `EMPTY`).
pub const MAX_OFFSET: usize = 0x00FF_FFFE;

/// A fast, deterministic hash of a short key (an `FxHash`-like multiply over eight-byte
/// words, the last one overlapping, then a final mix so the low bits, which pick the
/// slot, depend on every byte).
#[must_use]
#[inline]
pub fn hash(key: &[u8]) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let len = key.len();
    let mix = |h: u64, word: u64| (h.rotate_left(5) ^ word).wrapping_mul(K);
    let mut h = (len as u64).wrapping_mul(K);
    if len >= 8 {
        let mut at = 0;
        while at + 8 < len {
            h = mix(h, read_u64(key, at));
            at += 8;
        }
        h = mix(h, read_u64(key, len - 8));
    } else if len >= 4 {
        let word = (u64::from(read_u32(key, 0)) << 32) | u64::from(read_u32(key, len - 4));
        h = mix(h, word);
    } else if len > 0 {
        let word =
            u64::from(key[0]) | (u64::from(key[len / 2]) << 8) | (u64::from(key[len - 1]) << 16);
        h = mix(h, word);
    }
    h ^= h >> 32;
    h = h.wrapping_mul(K);
    h ^ (h >> 29)
}

fn read_u64(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    if let Some(b) = bytes.get(at..at + 8) {
        word.copy_from_slice(b);
    }
    u64::from_le_bytes(word)
}

fn tag(h: u64) -> u32 {
    (h >> 56) as u32
}

/// Lays out a table of `entries` (distinct keys of at most 255 bytes, each with the index
/// of its value) in the order given.
///
/// # Panics
/// When a key is too long, a value index does not fit `width` bytes or the entries pass
/// 16 MB: the build must stop rather than write a table that reads wrong.
#[must_use]
pub fn write(entries: &[(&str, u32)], width: u8) -> Vec<u8> {
    let slots = (entries.len() * 2).next_power_of_two().max(1);
    let mut table = vec![EMPTY; slots];
    let mut body = Vec::new();
    for &(key, value) in entries {
        let len = u8::try_from(key.len()).unwrap_or_else(|_| panic!("key too long: {key}"));
        assert!(body.len() <= MAX_OFFSET, "table passes 16 MB");
        let offset = body.len() as u32;
        body.push(len);
        body.extend_from_slice(key.as_bytes());
        let bytes = value.to_le_bytes();
        let width = usize::from(width);
        assert!(
            bytes[width..].iter().all(|&b| b == 0),
            "value index {value} does not fit {width} bytes"
        );
        body.extend_from_slice(&bytes[..width]);
        let h = hash(key.as_bytes());
        let mut i = (h as usize) & (slots - 1);
        while table[i] != EMPTY {
            i = (i + 1) & (slots - 1);
        }
        table[i] = (tag(h) << 24) | offset;
    }
    let mut out = Vec::with_capacity(HEADER + slots * 4 + body.len());
    out.extend_from_slice(&(slots as u32).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    out.push(width);
    out.resize(HEADER, 0);
    for slot in table {
        out.extend_from_slice(&slot.to_le_bytes());
    }
    out.extend_from_slice(&body);
    out
}

/// A table written by [`write`], borrowed from embedded bytes, with the slice its value
/// indices point into.
pub struct Table<V: 'static> {
    mask: usize,
    len: usize,
    width: usize,
    slots: &'static [u8],
    entries: &'static [u8],
    values: &'static [V],
}

/// `a == b` for two slices of the same length, inline for the short keys of word lists
/// (a call to `memcmp` costs more than comparing a word): two overlapping words, as
/// [`hash`] reads them.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    match len {
        0..4 => a.iter().zip(b).all(|(x, y)| x == y),
        4..8 => read_u32(a, 0) == read_u32(b, 0) && read_u32(a, len - 4) == read_u32(b, len - 4),
        8..=16 => read_u64(a, 0) == read_u64(b, 0) && read_u64(a, len - 8) == read_u64(b, len - 8),
        _ => a == b,
    }
}

const fn read_u32(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

impl<V> Table<V> {
    /// Reads the header; evaluated at compile time for the embedded tables, so a table
    /// that does not match its layout fails the build.
    #[must_use]
    pub const fn new(bytes: &'static [u8], values: &'static [V]) -> Self {
        let slots = read_u32(bytes, 0) as usize;
        let len = read_u32(bytes, 4) as usize;
        let width = bytes[8] as usize;
        let (_, rest) = bytes.split_at(HEADER);
        let (slots_bytes, entries) = rest.split_at(slots * 4);
        Self {
            mask: slots - 1,
            len,
            width,
            slots: slots_bytes,
            entries,
            values,
        }
    }

    /// How many keys the table holds.
    #[must_use]
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the table holds no key.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    fn value_index(&self, at: usize) -> Option<usize> {
        let b = self.entries.get(at..at.saturating_add(self.width))?;
        Some(match *b {
            [] => 0,
            [a] => usize::from(a),
            [a, b] => usize::from(u16::from_le_bytes([a, b])),
            [a, b, c, d] => u32::from_le_bytes([a, b, c, d]) as usize,
            _ => return None,
        })
    }

    /// The value of `key`, if the table holds it.
    #[must_use]
    #[inline]
    pub fn get(&self, key: &str) -> Option<&'static V> {
        self.values.get(self.index_of(key)?)
    }

    /// The value at `index` among the table's values (as [`Table::index_of`] gives it).
    #[must_use]
    #[inline]
    pub fn value(&self, index: usize) -> Option<&'static V> {
        self.values.get(index)
    }

    /// Where `key`'s value lies among the table's values, if the table holds the key.
    #[must_use]
    #[inline(always)]
    pub fn index_of(&self, key: &str) -> Option<usize> {
        let key = key.as_bytes();
        let h = hash(key);
        let want = tag(h);
        let mut i = (h as usize) & self.mask;
        // At most one lap: a full table (never written) cannot loop forever.
        for _ in 0..self.slots.len() / 4 {
            let at = i * 4;
            let slot = u32::from_le_bytes(self.slots.get(at..at + 4)?.try_into().ok()?);
            if slot == EMPTY {
                return None;
            }
            if slot >> 24 == want {
                let off = (slot & 0x00FF_FFFF) as usize;
                let len = usize::from(*self.entries.get(off)?);
                if len == key.len()
                    && self
                        .entries
                        .get(off + 1..off + 1 + len)
                        .is_some_and(|k| same_bytes(k, key))
                {
                    return self.value_index(off + 1 + len);
                }
            }
            i = (i + 1) & self.mask;
        }
        None
    }

    /// True when the table holds `key`.
    #[must_use]
    #[inline]
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// True when the table holds `key` (the set spelling of [`Table::contains_key`]).
    #[must_use]
    #[inline]
    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Every key and its value, in the order the build wrote them.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'static V)> + '_ {
        let entries = self.entries;
        let mut at = 0;
        std::iter::from_fn(move || {
            let len = usize::from(*entries.get(at)?);
            let key = std::str::from_utf8(entries.get(at + 1..at + 1 + len)?).ok()?;
            let value = self.values.get(self.value_index(at + 1 + len)?)?;
            at += 1 + len + self.width;
            Some((key, value))
        })
    }

    /// Every key, in the order the build wrote them.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.iter().map(|(k, _)| k)
    }
}

impl<V> std::fmt::Debug for Table<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Table({} keys)", self.len)
    }
}

/// A table of keys alone.
pub struct Set(Table<()>);

impl Set {
    /// See [`Table::new`]; the table must have been written with value width 0.
    #[must_use]
    pub const fn new(bytes: &'static [u8]) -> Self {
        Self(Table::new(bytes, &[()]))
    }

    /// True when the set holds `key`.
    #[must_use]
    #[inline]
    pub fn contains(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// How many keys the set holds.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when the set holds no key.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every key, in the order the build wrote them.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.keys()
    }
}

impl std::fmt::Debug for Set {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Set({} keys)", self.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_bytes_agrees_with_slice_equality() {
        let base: Vec<u8> = (0..40u8).map(|b| b'a' + b % 26).collect();
        for len in 0..=40 {
            let a = &base[..len];
            assert!(same_bytes(a, a));
            for at in 0..len {
                let mut b = a.to_vec();
                b[at] ^= 0x20;
                assert!(!same_bytes(a, &b), "{len} {at}");
            }
            assert!(!same_bytes(a, &base[..len.saturating_sub(1)]) || len == 0);
        }
    }

    #[test]
    fn written_tables_read_back() {
        let keys = [
            "a",
            "de",
            "mer",
            "Paris",
            "Jean-Pierre",
            "Organisation des Nations unies",
        ];
        let entries: Vec<(&str, u32)> = keys.iter().zip(0..).map(|(k, v)| (*k, v)).collect();
        let bytes: &'static [u8] = Box::leak(write(&entries, 1).into_boxed_slice());
        let values: &'static [u32] = Box::leak((0..6u32).collect::<Vec<_>>().into_boxed_slice());
        let table = Table::new(bytes, values);
        for (k, v) in entries {
            assert_eq!(table.get(k), Some(&v), "{k}");
        }
        for miss in ["", "b", "Mer", "Pari", "Parisx", "Jean-Pierrf"] {
            assert_eq!(table.get(miss), None, "{miss}");
        }
    }
}
