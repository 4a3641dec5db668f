//! The roster rules: checked with the law on the date asked about, and
//! recorded like every other rule, with a citation.
//!
//! A roster must fit the composition the law (and the body's own basis)
//! fixes: no group holds more members than seats, a chair to be elected
//! from the members holds a seat, nobody holds two voting memberships at
//! once, and no membership lies outside the term. Each rule cites the
//! provision that fixes what the roster must fit: the chair rule and the
//! term rule of the regime where it has one in force, and otherwise the
//! provision the body type rests on ([`Regime::basis`]).

use std::borrow::Cow;

use chrono::NaiveDate;

use super::constraint::{Constraint, Outcome, figure};
use super::report::{Report, record};
use super::rule::Regime;
use super::vocab::{Certainty, Modality};
use crate::body::RepresentationBody;
use crate::citation::Citation;
use crate::composition::{ChairSelection, VotingRight};
use crate::error::{JsonPointer, ViolationCode};
use crate::finding::{Figures, GroupRole, Quantity, Requirement};
use crate::roster::{Membership, Role, overlapping};

/// One roster rule: its id, what it requires, and which of the regime's
/// rules supplies its citation.
struct RosterRule {
    id: &'static str,
    statement_de: Cow<'static, str>,
    statement_en: Cow<'static, str>,
    cited_by: fn(&Constraint) -> bool,
}

const SEATS: RosterRule = RosterRule {
    id: "roster.seats",
    statement_de: Cow::Borrowed(
        "Keine Sitzgruppe darf mit mehr Mitgliedern besetzt sein, als sie Sitze hat.",
    ),
    statement_en: Cow::Borrowed("No seat group may be held by more members than it has seats."),
    cited_by: |_| false,
};
const CHAIR: RosterRule = RosterRule {
    id: "roster.chair_is_member",
    statement_de: Cow::Borrowed(
        "Ein aus der Mitte der Mitglieder zu wählender Vorsitz muss einen Sitz innehaben.",
    ),
    statement_en: Cow::Borrowed("A chair to be elected from the members must hold a seat."),
    cited_by: |k| matches!(k, Constraint::Chair(_)),
};
const ONE_VOTE: RosterRule = RosterRule {
    id: "roster.one_vote",
    statement_de: Cow::Borrowed(
        "Niemand darf zur selben Zeit zwei stimmberechtigte Sitze innehaben.",
    ),
    statement_en: Cow::Borrowed("Nobody may hold two voting seats at the same time."),
    cited_by: |_| false,
};
const WITHIN_TERM: RosterRule = RosterRule {
    id: "roster.within_term",
    statement_de: Cow::Borrowed("Jede Mitgliedschaft muss innerhalb der Amtszeit liegen."),
    statement_en: Cow::Borrowed("Every membership must lie within the term."),
    cited_by: |k| {
        matches!(
            k,
            Constraint::TermFollowsCouncil(_) | Constraint::TermYears(_)
        )
    },
};

/// The citation of `rule` under `regime` on `date`.
fn citation<'a>(rule: &RosterRule, regime: &'a Regime, date: NaiveDate) -> &'a Citation {
    regime
        .rules
        .iter()
        .find(|r| r.validity.contains(date) && (rule.cited_by)(&r.constraint))
        .map_or(&regime.basis, |r| &r.citation)
}

/// Runs the roster rules on the body's roster (nothing without one) and
/// records every breach in `report`.
pub(super) fn check(
    body: &RepresentationBody,
    date: NaiveDate,
    regime: &Regime,
    report: &mut Report,
) {
    let Some(roster) = body.roster() else { return };
    let root = JsonPointer::root().field("roster");
    let mut broken: Broken<'_> = Vec::new();
    seats_held(body, roster, date, &root, &mut broken);
    chair_holds_a_seat(body, roster, date, &root, &mut broken);
    one_vote(body, roster, &root, &mut broken);
    within_term(body, roster, &root, &mut broken);
    for (rule, code, path, figures) in broken {
        record(
            report,
            (
                Outcome::Broken {
                    code,
                    path,
                    figures,
                    fix: None,
                },
                code,
            ),
            Cow::Borrowed(rule.id),
            citation(rule, regime, date),
            (&rule.statement_de, &rule.statement_en),
            (Certainty::Verified, Modality::Must),
        );
    }
}

type Broken<'r> = Vec<(&'r RosterRule, ViolationCode, JsonPointer, Figures)>;

/// No group holds more members than seats on `date` (one pass).
fn seats_held(
    body: &RepresentationBody,
    roster: &[Membership],
    date: NaiveDate,
    root: &JsonPointer,
    out: &mut Broken<'_>,
) {
    let groups = body.composition().seat_groups();
    // The groups' ids sorted with their places, for a binary search: no
    // hashing, n log g.
    let mut ids: Vec<(&str, usize)> = groups
        .iter()
        .enumerate()
        .map(|(k, g)| (g.id(), k))
        .collect();
    ids.sort_unstable();
    let mut held = vec![0usize; groups.len()];
    for m in roster
        .iter()
        .filter(|m| m.role != Role::Substitute && m.is_active_on(date))
    {
        if let Some(g) = m.seat_group.as_deref() {
            if let Ok(k) = ids.binary_search_by(|(id, _)| (*id).cmp(g)) {
                held[ids[k].1] += 1;
            }
        }
    }
    for (g, &n) in groups.iter().zip(&held) {
        if n > usize::from(g.seats()) {
            out.push((
                &SEATS,
                ViolationCode::RosterExceedsSeats,
                root.clone(),
                Figures {
                    actual: Some(Quantity::Members(u32::try_from(n).unwrap_or(u32::MAX))),
                    required: Some(Requirement::AtMost(Quantity::Seats(u32::from(g.seats())))),
                    groups: vec![figure(g, GroupRole::Counted)],
                },
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
    out: &mut Broken<'_>,
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
            out.push((
                &CHAIR,
                ViolationCode::ChairNotMember,
                root.index(i).field("seat_group"),
                Figures::none(),
            ));
        }
    }
}

/// Nobody holds two voting memberships at the same time (a sorted sweep).
fn one_vote(
    body: &RepresentationBody,
    roster: &[Membership],
    root: &JsonPointer,
    out: &mut Broken<'_>,
) {
    let mut voting_groups: Vec<&str> = body
        .composition()
        .seat_groups()
        .iter()
        .filter(|g| g.voting() == VotingRight::Voting)
        .map(|g| g.id())
        .collect();
    voting_groups.sort_unstable();
    let voting = |m: &Membership| {
        m.role != Role::Substitute
            && m.seat_group
                .as_deref()
                .is_some_and(|g| voting_groups.binary_search(&g).is_ok())
    };
    for i in overlapping(roster, |i| voting(&roster[i])) {
        out.push((
            &ONE_VOTE,
            ViolationCode::DuplicateVotingMembership,
            root.index(i).field("person"),
            Figures::none(),
        ));
    }
}

/// No membership lies outside the term.
fn within_term(
    body: &RepresentationBody,
    roster: &[Membership],
    root: &JsonPointer,
    out: &mut Broken<'_>,
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
            out.push((
                &WITHIN_TERM,
                ViolationCode::MembershipOutsideTerm,
                root.index(i)
                    .field(if early { "start_date" } else { "end_date" }),
                match (early, m.start_date, m.end_date, last) {
                    (true, Some(s), _, _) => Figures::of(
                        Quantity::Date(s),
                        Requirement::AtLeast(Quantity::Date(t.starts_on())),
                    ),
                    (false, _, Some(e), Some(l)) => {
                        Figures::of(Quantity::Date(e), Requirement::AtMost(Quantity::Date(l)))
                    }
                    (false, Some(s), None, Some(l)) => {
                        Figures::of(Quantity::Date(s), Requirement::AtMost(Quantity::Date(l)))
                    }
                    _ => Figures::none(),
                },
            ));
        }
    }
}
