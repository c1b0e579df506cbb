//! A small deterministic source of random test input (xorshift64): the same strings on
//! every run, so a failure names an input that fails again.

/// The generator's state.
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator started from `seed` (not zero).
    pub(crate) const fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next number.
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n` (not zero).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Fewer than `max` of `pieces`, picked at random.
    pub(crate) fn pieces<'p>(&mut self, pieces: &[&'p str], max: usize) -> Vec<&'p str> {
        let len = self.below(max);
        (0..len).map(|_| pieces[self.below(pieces.len())]).collect()
    }
}
