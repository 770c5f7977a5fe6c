//! Ranges read one after another, and which earlier range a new one cannot meet.
//!
//! Two versions of one fact disagree when the ranges they allow cannot meet: attendance
//! figures (the counts their qualifiers denote) and versions of a session's dates (the days
//! each allows for its first and last day). A range misses some earlier range exactly when it
//! lies wholly after the earlier range that ends soonest, or wholly before the one that begins
//! latest, so keeping those two makes each range one comparison, not one per earlier range.

/// The earlier range that ends soonest and the one that begins latest, each with its item.
pub(crate) struct Earlier<P, T> {
    soonest_end: Option<(P, T)>,
    latest_start: Option<(P, T)>,
}

impl<P, T> Default for Earlier<P, T> {
    fn default() -> Self {
        Self {
            soonest_end: None,
            latest_start: None,
        }
    }
}

impl<P: Ord + Copy, T: Copy> Earlier<P, T> {
    /// An earlier range that `low` to `high` (`None`: unbounded above) cannot meet: the one
    /// ending soonest if it ends before `low`, else the one beginning latest if it begins after
    /// `high`.
    pub(crate) fn missed_by(&self, low: P, high: Option<P>) -> Option<T> {
        let after = self.soonest_end.filter(|(end, _)| low > *end);
        let before = self
            .latest_start
            .filter(|(start, _)| high.is_some_and(|h| h < *start));
        after.or(before).map(|(_, item)| item)
    }

    /// Reads the range `low` to `high` of `item`.
    pub(crate) fn add(&mut self, low: P, high: Option<P>, item: T) {
        if let Some(high) = high
            && self.soonest_end.is_none_or(|(end, _)| high < end)
        {
            self.soonest_end = Some((high, item));
        }
        if self.latest_start.is_none_or(|(start, _)| low > start) {
            self.latest_start = Some((low, item));
        }
    }
}
