//! An exact hash index of ids whose keys are packed in one buffer.
//!
//! Reference checks dominate validation of large datasets, and a general hash map of `&str`
//! keys reads each key where its entity lives, scattered over the heap: one cache miss per
//! lookup. Here every key's bytes sit side by side in one arena, each entry keeps its full hash
//! and each slot holds the upper half of its entry's hash beside the entry's index, so a probe
//! reads the key's bytes only when the hashes agree: a lookup costs one slot read and, on a hit,
//! one read of packed key bytes. Hashing is foldhash, randomly seeded
//! per index, so ids from untrusted input cannot be chosen to collide.

use std::hash::BuildHasher;

/// Ids and a value for each, found by id.
pub(crate) struct Lookup<V> {
    state: foldhash::fast::RandomState,
    mask: usize,
    /// Open-addressing slots: 0 is empty; otherwise the hash's upper 32 bits, then entry + 1.
    slots: Vec<u64>,
    hashes: Vec<u64>,
    spans: Vec<(usize, usize)>,
    arena: Vec<u8>,
    values: Vec<V>,
}

/// The first slot to probe: the hash's low bits (truncation intended, on every target).
#[allow(clippy::cast_possible_truncation)]
fn start(hash: u64, mask: usize) -> usize {
    (hash as usize) & mask
}

impl<V> Lookup<V> {
    /// An index sized for `n` ids.
    pub(crate) fn with_capacity(n: usize) -> Self {
        let slots = (n.max(4) * 2).next_power_of_two();
        Self {
            state: foldhash::fast::RandomState::default(),
            mask: slots - 1,
            slots: vec![0; slots],
            hashes: Vec::with_capacity(n),
            spans: Vec::with_capacity(n),
            arena: Vec::with_capacity(n * 16),
            values: Vec::with_capacity(n),
        }
    }

    fn key(&self, entry: usize) -> &[u8] {
        self.spans
            .get(entry)
            .and_then(|&(at, len)| self.arena.get(at..at.saturating_add(len)))
            .unwrap_or_default()
    }

    /// The slot holding `id`, or the empty slot where it would go.
    fn find(&self, id: &[u8], hash: u64) -> (usize, Option<usize>) {
        let mut at = start(hash, self.mask);
        let tag = hash >> 32;
        loop {
            match self.slots.get(at).copied() {
                Some(0) | None => return (at, None),
                Some(slot) => {
                    let entry = usize::try_from(slot & 0xFFFF_FFFF).unwrap_or_default() - 1;
                    if slot >> 32 == tag && self.key(entry) == id {
                        return (at, Some(entry));
                    }
                }
            }
            at = (at + 1) & self.mask;
        }
    }

    /// A slot value: the hash's upper half, then the entry + 1 (an index holds fewer than 2³²
    /// ids: each takes far more than a byte of memory).
    fn slot(hash: u64, entry: usize) -> u64 {
        (hash & 0xFFFF_FFFF_0000_0000) | ((entry as u64 + 1) & 0xFFFF_FFFF)
    }

    fn grow(&mut self) {
        let slots = self.slots.len() * 2;
        self.mask = slots - 1;
        self.slots = vec![0; slots];
        for (entry, &hash) in self.hashes.iter().enumerate() {
            let mut at = start(hash, self.mask);
            while self.slots.get(at).is_some_and(|&s| s != 0) {
                at = (at + 1) & self.mask;
            }
            if let Some(slot) = self.slots.get_mut(at) {
                *slot = Self::slot(hash, entry);
            }
        }
    }

    /// Adds `id` with `value`; returns `false`, keeping the first, if `id` is already there.
    pub(crate) fn insert(&mut self, id: &[u8], value: V) -> bool {
        if (self.values.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let hash = self.state.hash_one(id);
        let (at, found) = self.find(id, hash);
        if found.is_some() {
            return false;
        }
        let entry = self.values.len();
        self.arena.extend_from_slice(id);
        self.spans.push((self.arena.len() - id.len(), id.len()));
        self.hashes.push(hash);
        self.values.push(value);
        if let Some(slot) = self.slots.get_mut(at) {
            *slot = Self::slot(hash, entry);
        }
        true
    }

    /// The value of `id`.
    pub(crate) fn get(&self, id: &[u8]) -> Option<&V> {
        let hash = self.state.hash_one(id);
        self.find(id, hash)
            .1
            .and_then(|entry| self.values.get(entry))
    }

    /// Whether `id` is there.
    pub(crate) fn contains_key(&self, id: &[u8]) -> bool {
        self.get(id).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::Lookup;

    #[test]
    fn finds_every_id_inserted_and_no_other_through_growth() {
        let mut index = Lookup::with_capacity(2);
        for i in 0..10_000 {
            assert!(index.insert(format!("person-{i}").as_bytes(), i));
        }
        assert!(!index.insert(b"person-42", 0));
        for i in 0..10_000 {
            assert_eq!(index.get(format!("person-{i}").as_bytes()), Some(&i));
        }
        assert_eq!(index.get(b"person-10000"), None);
        assert_eq!(index.get(b"person-4"), Some(&4));
        assert!(!index.contains_key(b""));
    }
}
