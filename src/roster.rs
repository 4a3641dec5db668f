//! An optional roster: the members of a body as memberships.
//!
//! A membership names a person by a reference the user chooses (an id in
//! their own system; no personal data is needed), the seat group, a role,
//! dates, and what the member sits for. When a body has a roster, the
//! compliance check also checks it on the date asked about: no group holds
//! more members than seats, a chair elected from the members holds a seat,
//! nobody holds two voting memberships at once, and no membership lies
//! outside the term.

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::body::RepresentationBody;
use crate::composition::{ChairSelection, VotingRight};
use crate::error::{Collector, JsonPointer, Loc, Violation, ViolationCode};
use crate::limits;

/// A member's role in the body.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// An ordinary member.
    #[default]
    #[doc(alias = "Mitglied")]
    Member,
    /// The chair (Vorsitz).
    #[doc(alias = "Vorsitz")]
    Chair,
    /// A deputy chair (stellvertretender Vorsitz).
    #[doc(alias = "stellvertretender Vorsitz")]
    DeputyChair,
    /// A personal deputy of a member (persönliche Stellvertretung).
    #[doc(alias = "Stellvertretung")]
    Substitute,
}

/// One membership in the roster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    /// The person, by a reference the publisher chooses (an id, not a name).
    #[schemars(length(min = 1, max = limits::SHORT_TEXT_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub person: String,
    /// The seat group the member holds a seat in; absent for a chair who
    /// holds no seat (Stuttgart: the Oberbürgermeister).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seat_group: Option<String>,
    /// The role.
    #[serde(default, skip_serializing_if = "is_member")]
    pub role: Role,
    /// First day of the membership.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<NaiveDate>,
    /// Last day of the membership.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    /// The group, list or organisation the member sits for (a list, a
    /// parliamentary group, an association).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub on_behalf_of: Option<String>,
    /// The member is also a council member (a council member who holds an
    /// elected seat, Kaufbeuren's Integrationsbeauftragte).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub council_member: bool,
}

fn is_member(r: &Role) -> bool {
    *r == Role::Member
}

impl Membership {
    /// Whether the membership runs on `date`.
    #[must_use]
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        self.start_date.is_none_or(|s| s <= date) && self.end_date.is_none_or(|e| date <= e)
    }
}

/// The indices, in ascending order, of the selected memberships that overlap
/// an earlier membership of the same person: a sorted sweep, n log n.
///
/// The memberships are sorted by person, then by first day (an open start
/// first), then by index. Walking one person's memberships in that order,
/// each one that starts on or before the furthest last day seen so far (an
/// open end is the furthest) overlaps an earlier one and is reported; of two
/// overlapping memberships the one starting later is reported.
fn overlapping(roster: &[Membership], selected: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..roster.len()).filter(|i| selected(*i)).collect();
    order.sort_by(|a, b| {
        let (x, y) = (&roster[*a], &roster[*b]);
        x.person
            .cmp(&y.person)
            .then(x.start_date.cmp(&y.start_date))
            .then(a.cmp(b))
    });
    let mut found = Vec::new();
    for run in order.chunk_by(|a, b| roster[*a].person == roster[*b].person) {
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

/// Structural checks of a roster: texts, seat-group references, date order.
pub(crate) fn validate(roster: &[Membership], groups: &[&str], path: &Loc<'_>, c: &mut Collector) {
    let groups: std::collections::HashSet<&str> = groups.iter().copied().collect();
    for (i, m) in roster.iter().enumerate() {
        let p = path.index(i);
        c.text(&p.field("person"), &m.person, limits::SHORT_TEXT_MAX_CHARS);
        if let Some(o) = &m.on_behalf_of {
            c.text(&p.field("on_behalf_of"), o, limits::NAME_MAX_CHARS);
        }
        if let Some(g) = &m.seat_group {
            if !groups.contains(g.as_str()) {
                c.fail(
                    ViolationCode::UnknownSeatGroup,
                    p.field("seat_group"),
                    "format.roster.seat_group",
                    format!("there is no seat group {g:?}"),
                );
            }
        }
        if let (Some(s), Some(e)) = (m.start_date, m.end_date) {
            if e < s {
                c.fail(
                    ViolationCode::MembershipEndsBeforeStart,
                    p.field("end_date"),
                    "format.roster.dates",
                    format!("the membership ends on {e}, before it starts on {s}"),
                );
            }
        }
    }
}

fn roster_violation(
    code: ViolationCode,
    path: JsonPointer,
    rule: &'static str,
    message: String,
) -> Violation {
    Violation {
        code,
        path,
        rule: Cow::Borrowed(rule),
        citation: None,
        message,
    }
}

/// The roster checks of a body on `date` (empty when it has no roster).
pub(crate) fn check(body: &RepresentationBody, date: NaiveDate, out: &mut Vec<Violation>) {
    let Some(roster) = body.roster() else { return };
    let root = JsonPointer::root().field("roster");
    seats_held(body, roster, date, &root, out);
    chair_holds_a_seat(body, roster, date, &root, out);
    one_vote(body, roster, &root, out);
    within_term(body, roster, &root, out);
}

/// No group holds more members than seats on `date` (one pass).
fn seats_held(
    body: &RepresentationBody,
    roster: &[Membership],
    date: NaiveDate,
    root: &JsonPointer,
    out: &mut Vec<Violation>,
) {
    let mut held: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for m in roster
        .iter()
        .filter(|m| m.role != Role::Substitute && m.is_active_on(date))
    {
        if let Some(g) = m.seat_group.as_deref() {
            *held.entry(g).or_default() += 1;
        }
    }
    for g in body.composition().seat_groups() {
        let n = held.get(g.id()).copied().unwrap_or(0);
        if n > usize::from(g.seats()) {
            out.push(roster_violation(
                ViolationCode::RosterExceedsSeats,
                root.clone(),
                "roster.seats",
                format!(
                    "{n} members hold seats of group {:?} on {date}, which has {} seats",
                    g.id(),
                    g.seats()
                ),
            ));
        }
    }
}

/// A chair elected from the members holds a seat (of the group).
fn chair_holds_a_seat(
    body: &RepresentationBody,
    roster: &[Membership],
    date: NaiveDate,
    root: &JsonPointer,
    out: &mut Vec<Violation>,
) {
    let required = match body.composition().chair() {
        Some(ChairSelection::ElectedFromMembers {}) => None,
        Some(ChairSelection::ElectedFromGroup { group }) => Some(group.as_str()),
        _ => return,
    };
    for (i, m) in roster
        .iter()
        .enumerate()
        .filter(|(_, m)| m.role == Role::Chair && m.is_active_on(date))
    {
        let ok = match (required, m.seat_group.as_deref()) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(r), Some(g)) => r == g,
        };
        if !ok {
            out.push(roster_violation(
                ViolationCode::ChairNotMember,
                root.index(i).field("seat_group"),
                "roster.chair_is_member",
                format!(
                    "the chair {:?} must be elected from the members{}, but holds no such seat",
                    m.person,
                    required.map_or_else(String::new, |g| format!(" of group {g:?}"))
                ),
            ));
        }
    }
}

/// Nobody holds two voting memberships at the same time (a sorted sweep).
fn one_vote(
    body: &RepresentationBody,
    roster: &[Membership],
    root: &JsonPointer,
    out: &mut Vec<Violation>,
) {
    let voting_groups: std::collections::HashSet<&str> = body
        .composition()
        .seat_groups()
        .iter()
        .filter(|g| g.voting() == VotingRight::Voting)
        .map(|g| g.id())
        .collect();
    let voting = |m: &Membership| {
        m.role != Role::Substitute
            && m.seat_group
                .as_deref()
                .is_some_and(|g| voting_groups.contains(g))
    };
    for i in overlapping(roster, |i| voting(&roster[i])) {
        out.push(roster_violation(
            ViolationCode::DuplicateVotingMembership,
            root.index(i).field("person"),
            "roster.one_vote",
            format!(
                "{:?} holds two voting memberships at the same time",
                roster[i].person
            ),
        ));
    }
}

/// No membership lies outside the term.
fn within_term(
    body: &RepresentationBody,
    roster: &[Membership],
    root: &JsonPointer,
    out: &mut Vec<Violation>,
) {
    let Some(t) = body.term() else { return };
    let last = if t.continues_until_successor_meets() {
        t.successor_first_met_on().and_then(|d| d.pred_opt())
    } else {
        Some(t.ends_on())
    };
    for (i, m) in roster.iter().enumerate() {
        let early = m.start_date.is_some_and(|s| s < t.starts_on());
        let late = match (m.end_date, last) {
            (Some(e), Some(l)) => e > l,
            (None, Some(l)) => m.start_date.is_some_and(|s| s > l),
            _ => false,
        };
        if early || late {
            out.push(roster_violation(
                ViolationCode::MembershipOutsideTerm,
                root.index(i)
                    .field(if early { "start_date" } else { "end_date" }),
                "roster.within_term",
                format!(
                    "the membership of {:?} lies outside the term {} to {}",
                    m.person,
                    t.starts_on(),
                    t.ends_on()
                ),
            ));
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
