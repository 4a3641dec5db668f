//! An optional roster: the members of a body as memberships.
//!
//! A membership names a person by a reference the user chooses (an id in
//! their own system; no personal data is needed), the seat group, a role,
//! dates, and what the member sits for. When a body has a roster, the
//! compliance check also checks it on the date asked about: no group holds
//! more members than seats, a chair elected from the members holds a seat,
//! nobody holds two voting memberships at once, and no membership lies
//! outside the term.

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::{Collector, FindingCode, Loc};
use crate::limits;

pub use crate::membership::{Membership, Role};

/// The indices, in ascending order, of the selected memberships that overlap
/// an earlier membership of the same person: a sorted sweep, n log n.
///
/// The memberships are sorted by person, then by first day (an open start
/// first), then by index. Walking one person's memberships in that order,
/// each one that starts on or before the furthest last day seen so far (an
/// open end is the furthest) overlaps an earlier one and is reported; of two
/// overlapping memberships the one starting later is reported.
pub(crate) fn overlapping(roster: &[Membership], selected: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..roster.len()).filter(|i| selected(*i)).collect();
    // One person under two spellings (`anna`, `anna\u{200B}`) is one person.
    let people: Vec<std::borrow::Cow<'_, str>> = roster
        .iter()
        .map(|m| crate::limits::normalised_reference(&m.person))
        .collect();
    order.sort_by(|a, b| {
        let (x, y) = (&roster[*a], &roster[*b]);
        people[*a]
            .cmp(&people[*b])
            .then(x.start_date.cmp(&y.start_date))
            .then(a.cmp(b))
    });
    let mut found = Vec::new();
    for run in order.chunk_by(|a, b| people[*a] == people[*b]) {
        // `None`: nothing seen yet; `Some(None)`: an open end seen.
        let mut furthest: Option<Option<NaiveDate>> = None;
        for &i in run {
            let m = &roster[i];
            let overlaps = match (furthest, m.start_date) {
                (None, _) => false,
                (Some(None), _) | (Some(Some(_)), None) => true,
                (Some(Some(end)), Some(start)) => start <= end,
            };
            if overlaps {
                found.push(i);
            }
            furthest = Some(match (furthest, m.end_date) {
                (Some(None), _) | (_, None) => None,
                (Some(Some(a)), Some(b)) => Some(a.max(b)),
                (None, Some(b)) => Some(b),
            });
        }
    }
    found.sort_unstable();
    found
}

/// A validated roster: every membership names an existing seat group, has
/// its texts and dates in order. Built when a body document is read (the
/// seat groups it refers to belong to the body); read it as a slice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Roster(Vec<Membership>);

impl Roster {
    /// Validates `memberships` against the body's seat-group ids.
    pub(crate) fn validate(
        memberships: Vec<Membership>,
        groups: &[&str],
        path: &Loc<'_>,
        c: &mut Collector,
    ) -> Self {
        validate(&memberships, groups, path, c);
        Self(memberships)
    }

    /// The memberships.
    #[must_use]
    pub fn as_slice(&self) -> &[Membership] {
        &self.0
    }
}

impl std::ops::Deref for Roster {
    type Target = [Membership];
    fn deref(&self) -> &[Membership] {
        &self.0
    }
}

impl From<Roster> for Vec<Membership> {
    fn from(r: Roster) -> Self {
        r.0
    }
}

/// Structural checks of a roster: texts, seat-group references, date order.
fn validate(roster: &[Membership], groups: &[&str], path: &Loc<'_>, c: &mut Collector) {
    // Sorted for a binary search: no hashing, n log g.
    let mut groups = groups.to_vec();
    groups.sort_unstable();
    for (i, m) in roster.iter().enumerate() {
        let p = path.index(i);
        c.text(&p.field("person"), &m.person, limits::SHORT_TEXT_MAX_CHARS);
        if let Some(o) = &m.on_behalf_of {
            c.text(&p.field("on_behalf_of"), o, limits::NAME_MAX_CHARS);
        }
        if let Some(g) = &m.seat_group {
            if groups.binary_search(&g.as_str()).is_err() {
                c.fail(
                    FindingCode::UnknownSeatGroup,
                    p.field("seat_group"),
                    "format.roster.seat_group",
                );
            }
        }
        if let (Some(s), Some(e)) = (m.start_date, m.end_date) {
            if e < s {
                c.fail_with(
                    FindingCode::MembershipEndsBeforeStart,
                    p.field("end_date"),
                    "format.roster.dates",
                    crate::finding::Figures::of(
                        crate::finding::Quantity::Date(e),
                        crate::finding::Requirement::AtLeast(crate::finding::Quantity::Date(s)),
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(person: &str, start: Option<(i32, u32, u32)>, end: Option<(i32, u32, u32)>) -> Membership {
        let day = |(y, mo, d)| NaiveDate::from_ymd_opt(y, mo, d).unwrap();
        Membership {
            person: person.into(),
            seat_group: Some("g".into()),
            role: Role::Member,
            start_date: start.map(day),
            end_date: end.map(day),
            on_behalf_of: None,
            council_member: false,
        }
    }

    #[test]
    fn successive_memberships_do_not_overlap() {
        let r = [
            m("a", None, Some((2026, 3, 31))),
            m("a", Some((2026, 4, 1)), None),
        ];
        assert!(overlapping(&r, |_| true).is_empty());
    }

    #[test]
    fn touching_on_one_day_overlaps() {
        let r = [
            m("a", Some((2026, 4, 1)), None),
            m("a", None, Some((2026, 4, 1))),
        ];
        // The membership starting later (index 0) is the one reported.
        assert_eq!(overlapping(&r, |_| true), [0]);
    }

    #[test]
    fn a_long_membership_overlaps_a_later_short_one_after_a_gap() {
        let r = [
            m("a", Some((2020, 1, 1)), Some((2030, 1, 1))),
            m("a", Some((2021, 1, 1)), Some((2021, 2, 1))),
            m("a", Some((2025, 1, 1)), Some((2025, 2, 1))),
            m("b", Some((2025, 1, 1)), Some((2025, 2, 1))),
        ];
        assert_eq!(overlapping(&r, |_| true), [1, 2]);
        assert_eq!(overlapping(&r, |i| i != 0), Vec::<usize>::new());
    }

    #[test]
    fn open_ended_memberships_overlap_everything_later() {
        let r = [
            m("a", None, None),
            m("a", Some((2040, 1, 1)), None),
            m("a", None, None),
        ];
        assert_eq!(overlapping(&r, |_| true), [1, 2]);
    }
}
