//! An exact hash index of ids that usually tells whether it holds an id with one memory read.
//!
//! Reference checks dominate validation of large datasets, and their cost is cache misses: a
//! general hash map of `&str` keys reads each key where its entity lives, scattered over the
//! heap. Here an id of up to 16 bytes (nearly every id) is its own key: its bytes, zero-padded,
//! fill a 16-byte slot, so a probe compares the slot with the id and reads nothing else. Each
//! slot's entry (to find the value) sits in a parallel array, read only when the value is wanted.
//! Longer ids go to a second table that keeps their bytes side by side in one arena and each
//! slot's half hash beside its index, so a probe reads the key bytes only when the hashes agree.
//! Hashing is foldhash, randomly seeded per index, so ids from untrusted input cannot be chosen
//! to collide.

use std::hash::BuildHasher;

/// The longest id packed into a slot, in bytes.
const PACKED: usize = 16;

/// An id to index or look up: its bytes and, when it has from 1 to 16 bytes and does not end in
/// a zero byte, those bytes zero-padded as a little-endian number. Only the last byte matters:
/// an id's zero padding then starts right after it, so two ids pack alike only if they are alike.
#[derive(Clone, Copy)]
pub(crate) struct Key<'a> {
    bytes: &'a [u8],
    packed: Option<u128>,
}

impl<'a> Key<'a> {
    /// The key of `id`.
    pub(crate) fn new(id: &'a [u8]) -> Self {
        let mut padded = [0u8; PACKED];
        let packed = match padded.get_mut(..id.len()) {
            Some(head) if id.last().is_some_and(|&b| b != 0) => {
                head.copy_from_slice(id);
                Some(u128::from_le_bytes(padded))
            }
            _ => None,
        };
        Self { bytes: id, packed }
    }

    /// The key of `id`, given the 16 bytes from its start with zeros after its end (no copy).
    pub(crate) fn padded(id: &'a [u8], first: &[u8; PACKED]) -> Self {
        let packed = (id.len() <= PACKED && id.last().is_some_and(|&b| b != 0))
            .then(|| u128::from_le_bytes(*first));
        Self { bytes: id, packed }
    }

    /// The id's bytes.
    pub(crate) fn bytes(self) -> &'a [u8] {
        self.bytes
    }
}

/// The first slot to probe: the hash's low bits (truncation intended, on every target).
#[allow(clippy::cast_possible_truncation)]
fn start(hash: u64, mask: usize) -> usize {
    (hash as usize) & mask
}

/// Ids and a value for each, found by id.
pub(crate) struct Lookup<V> {
    state: foldhash::fast::RandomState,
    mask: usize,
    /// Open-addressing slots of packed ids: 0 is empty.
    keys: Vec<u128>,
    /// The entry of each slot's id (an index holds fewer than 2³² ids: each takes far more than
    /// a byte of memory). Read only to find a value, not to find whether an id is there.
    entries: Vec<u32>,
    /// How many slots are taken.
    packed: usize,
    /// The ids that cannot be packed.
    long: Long,
    values: Vec<V>,
}

impl<V> Lookup<V> {
    /// An index sized for `n` ids.
    pub(crate) fn with_capacity(n: usize) -> Self {
        let slots = (n.max(4) * 2).next_power_of_two();
        Self {
            state: foldhash::fast::RandomState::default(),
            mask: slots - 1,
            keys: vec![0; slots],
            entries: vec![0; slots],
            packed: 0,
            long: Long::default(),
            values: Vec::with_capacity(n),
        }
    }

    /// The first slot to probe for `key`.
    fn home(&self, key: u128) -> usize {
        start(self.state.hash_one(key), self.mask)
    }

    /// The slot holding `key`, or the empty slot where it would go, probing from `at`.
    fn find_from(&self, key: u128, mut at: usize) -> (usize, bool) {
        loop {
            match self.keys.get(at).copied() {
                Some(0) | None => return (at, false),
                Some(k) if k == key => return (at, true),
                Some(_) => at = (at + 1) & self.mask,
            }
        }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    fn find(&self, key: u128) -> (usize, bool) {
        self.find_from(key, self.home(key))
    }

    fn grow(&mut self) {
        let slots = self.keys.len() * 2;
        let keys = std::mem::replace(&mut self.keys, vec![0; slots]);
        let entries = std::mem::replace(&mut self.entries, vec![0; slots]);
        self.mask = slots - 1;
        for (key, entry) in keys.into_iter().zip(entries).filter(|&(k, _)| k != 0) {
            let (at, _) = self.find(key);
            if let (Some(k), Some(e)) = (self.keys.get_mut(at), self.entries.get_mut(at)) {
                *k = key;
                *e = entry;
            }
        }
    }

    /// Adds `id` with `value`; returns `false`, keeping the first, if `id` is already there.
    pub(crate) fn insert(&mut self, id: Key<'_>, value: V) -> bool {
        let entry = self.values.len();
        match id.packed {
            Some(key) => {
                if (self.packed + 1) * 2 > self.keys.len() {
                    self.grow();
                }
                let (at, found) = self.find(key);
                if found {
                    return false;
                }
                if let (Some(k), Some(e)) = (self.keys.get_mut(at), self.entries.get_mut(at)) {
                    *k = key;
                    *e = u32::try_from(entry).unwrap_or(u32::MAX);
                }
                self.packed += 1;
            }
            None => {
                if !self.long.insert(&self.state, id.bytes, entry) {
                    return false;
                }
            }
        }
        self.values.push(value);
        true
    }

    /// The value of `id`.
    pub(crate) fn get(&self, id: Key<'_>) -> Option<&V> {
        let entry = match id.packed {
            Some(key) => match self.find(key) {
                (at, true) => self.entries.get(at).map(|&e| e as usize),
                (_, false) => None,
            },
            None => self.long.get(&self.state, id.bytes),
        };
        entry.and_then(|entry| self.values.get(entry))
    }

    /// Whether `id` is there.
    pub(crate) fn contains_key(&self, id: Key<'_>) -> bool {
        match id.packed {
            Some(key) => self.find(key).1,
            None => self.long.get(&self.state, id.bytes).is_some(),
        }
    }

    /// Appends to `found` whether each of `ids` is there. The ids are hashed first and looked
    /// up after, in a loop that does nothing else, so that the cache misses of many lookups
    /// overlap; `pending` is scratch space.
    pub(crate) fn contains_each<'i>(
        &self,
        ids: impl IntoIterator<Item = Key<'i>>,
        pending: &mut Vec<(u128, usize, usize)>,
        found: &mut Vec<bool>,
    ) {
        pending.clear();
        for id in ids {
            match id.packed {
                Some(key) => {
                    pending.push((key, self.home(key), found.len()));
                    found.push(false);
                }
                None => found.push(self.long.get(&self.state, id.bytes).is_some()),
            }
        }
        for &(key, at, i) in pending.iter() {
            let there = self.find_from(key, at).1;
            if let Some(f) = found.get_mut(i) {
                *f = there;
            }
        }
    }
}

/// The ids that cannot be packed: their bytes side by side in one arena, each slot holding the
/// upper half of its id's hash beside its index here.
#[derive(Default)]
struct Long {
    mask: usize,
    /// Open-addressing slots: 0 is empty; otherwise the hash's upper 32 bits, then index + 1.
    slots: Vec<u64>,
    hashes: Vec<u64>,
    spans: Vec<(usize, usize)>,
    /// The entry in the [`Lookup`] of each id here.
    entries: Vec<usize>,
    arena: Vec<u8>,
}

impl Long {
    fn key(&self, i: usize) -> &[u8] {
        self.spans
            .get(i)
            .and_then(|&(at, len)| self.arena.get(at..at.saturating_add(len)))
            .unwrap_or_default()
    }

    /// The slot holding `id`, or the empty slot where it would go (`None` with no slots).
    fn find(&self, id: &[u8], hash: u64) -> Option<(usize, Option<usize>)> {
        if self.slots.is_empty() {
            return None;
        }
        let mut at = start(hash, self.mask);
        let tag = hash >> 32;
        loop {
            match self.slots.get(at).copied() {
                Some(0) | None => return Some((at, None)),
                Some(slot) => {
                    let i = usize::try_from(slot & 0xFFFF_FFFF).unwrap_or_default() - 1;
                    if slot >> 32 == tag && self.key(i) == id {
                        return Some((at, Some(i)));
                    }
                }
            }
            at = (at + 1) & self.mask;
        }
    }

    /// A slot value: the hash's upper half, then the index + 1.
    fn slot(hash: u64, i: usize) -> u64 {
        (hash & 0xFFFF_FFFF_0000_0000) | ((i as u64 + 1) & 0xFFFF_FFFF)
    }

    fn grow(&mut self) {
        let slots = (self.slots.len() * 2).max(8);
        self.mask = slots - 1;
        self.slots = vec![0; slots];
        for (i, &hash) in self.hashes.iter().enumerate() {
            let mut at = start(hash, self.mask);
            while self.slots.get(at).is_some_and(|&s| s != 0) {
                at = (at + 1) & self.mask;
            }
            if let Some(slot) = self.slots.get_mut(at) {
                *slot = Self::slot(hash, i);
            }
        }
    }

    fn insert(&mut self, state: &foldhash::fast::RandomState, id: &[u8], entry: usize) -> bool {
        if (self.hashes.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let hash = state.hash_one(id);
        let Some((at, found)) = self.find(id, hash) else {
            return false;
        };
        if found.is_some() {
            return false;
        }
        let i = self.hashes.len();
        self.arena.extend_from_slice(id);
        self.spans.push((self.arena.len() - id.len(), id.len()));
        self.hashes.push(hash);
        self.entries.push(entry);
        if let Some(slot) = self.slots.get_mut(at) {
            *slot = Self::slot(hash, i);
        }
        true
    }

    /// The entry in the [`Lookup`] of `id`.
    fn get(&self, state: &foldhash::fast::RandomState, id: &[u8]) -> Option<usize> {
        let (_, found) = self.find(id, state.hash_one(id))?;
        found.and_then(|i| self.entries.get(i).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::{Key, Lookup};

    fn pack(id: &[u8]) -> Option<u128> {
        Key::new(id).packed
    }

    #[test]
    fn finds_every_id_inserted_and_no_other_through_growth() {
        let mut index = Lookup::with_capacity(2);
        for i in 0..10_000 {
            assert!(index.insert(Key::new(format!("person-{i}").as_bytes()), i));
        }
        assert!(!index.insert(Key::new(b"person-42"), 0));
        for i in 0..10_000 {
            assert_eq!(
                index.get(Key::new(format!("person-{i}").as_bytes())),
                Some(&i)
            );
        }
        assert_eq!(index.get(Key::new(b"person-10000")), None);
        assert_eq!(index.get(Key::new(b"person-4")), Some(&4));
        assert!(!index.contains_key(Key::new(b"")));
    }

    #[test]
    fn long_and_unpackable_ids_are_found_as_exactly() {
        let mut index = Lookup::with_capacity(2);
        let ids: Vec<String> = (0..3_000)
            .map(|i| match i % 3 {
                0 => format!("p-{i}"),
                1 => format!("a-rather-long-identifier-{i}"),
                _ => format!("Odd_Bytes {i}"),
            })
            .collect();
        for (i, id) in ids.iter().enumerate() {
            assert!(index.insert(Key::new(id.as_bytes()), i), "{id}");
        }
        for (i, id) in ids.iter().enumerate() {
            assert!(!index.insert(Key::new(id.as_bytes()), 0), "{id}");
            assert_eq!(index.get(Key::new(id.as_bytes())), Some(&i), "{id}");
        }
        assert!(!index.contains_key(Key::new(b"a-rather-long-identifier-3")));
        assert!(!index.contains_key(Key::new(b"p-1")));
        assert!(index.insert(Key::new(b""), 9));
        assert_eq!(index.get(Key::new(b"")), Some(&9));
        // Sixteen bytes are packed, seventeen are not: both found, neither taken for the other.
        assert!(index.insert(Key::new(b"abcdefghijklmnop"), 1));
        assert!(index.insert(Key::new(b"abcdefghijklmnopq"), 2));
        assert_eq!(index.get(Key::new(b"abcdefghijklmnop")), Some(&1));
        assert_eq!(index.get(Key::new(b"abcdefghijklmnopq")), Some(&2));
        assert_eq!(index.get(Key::new(b"bcdefghijklmnopq")), None);
    }

    #[test]
    fn packing_is_one_to_one() {
        assert_eq!(pack(b"a"), Some(0x61));
        assert_eq!(pack(b"ab"), Some(0x6261));
        assert_ne!(pack(b"a-0"), pack(b"a0-"));
        assert_eq!(pack(b""), None);
        assert_eq!(pack(b"abcdefghijklmnopq"), None);
        assert_eq!(pack(b"a\0"), None);
        assert_ne!(pack(b"a\0b"), pack(b"a"));
        let first = *b"abc\0\0\0\0\0\0\0\0\0\0\0\0\0";
        assert_eq!(Key::padded(b"abc", &first).packed, pack(b"abc"));
        assert_eq!(Key::padded(b"", &[0; 16]).packed, None);
    }

    #[test]
    fn looks_up_many_at_once_as_one_by_one() {
        let mut index = Lookup::with_capacity(4);
        for id in ["a", "b", "a-rather-long-identifier"] {
            assert!(index.insert(Key::new(id.as_bytes()), ()));
        }
        let ids = [
            "b",
            "c",
            "a-rather-long-identifier",
            "a-rather-long-identifier-2",
            "a",
        ];
        let mut found = vec![true];
        let mut pending = Vec::new();
        index.contains_each(
            ids.map(|id| Key::new(id.as_bytes())),
            &mut pending,
            &mut found,
        );
        assert_eq!(found, [true, true, false, true, false, true]);
    }
}
