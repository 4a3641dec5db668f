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

use super::Law;
use super::constraint::{Constraint, Outcome, figure};
use super::office::TermPeriod;
use super::report::{Report, record};
use super::rule::Regime;
use super::vocab::{Certainty, Modality};
use crate::body::RepresentationBody;
use crate::citation::Citation;
use crate::composition::{ChairSelection, Composition, VotingRight};
use crate::error::{FindingCode, JsonPointer};
use crate::finding::{Figures, GroupRole, Quantity, Requirement};
use crate::roster::{Membership, Role, overlapping};
use crate::term::Term;

/// One roster rule: its id, what it requires, and which of the regime's
/// rules supplies its citation.
pub(super) struct RosterRule {
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

/// The roster that applies on a day and what it is checked against: the
/// term's own roster with the term's seats, or the body's roster.
pub(super) struct View<'a> {
    pub(super) memberships: &'a [Membership],
    /// `/roster`, `/term/roster` or `/terms/i/roster`.
    pub(super) root: JsonPointer,
    pub(super) composition: &'a Composition,
    /// The term whose own roster this is.
    pub(super) own_term: Option<usize>,
}

impl<'a> View<'a> {
    /// The roster of term `term` of `body` (its own, or the body's), if
    /// there is one.
    pub(super) fn of(body: &'a RepresentationBody, term: Option<usize>) -> Option<Self> {
        let t = term.and_then(|i| body.terms().get(i));
        let composition = t
            .and_then(Term::composition)
            .unwrap_or_else(|| body.composition());
        match (t.and_then(Term::roster), term) {
            (Some(r), Some(i)) => Some(Self {
                memberships: r,
                root: super::office::term_pointer(body, i).field("roster"),
                composition,
                own_term: Some(i),
            }),
            _ => body.roster().map(|r| Self {
                memberships: r,
                root: JsonPointer::root().field("roster"),
                composition,
                own_term: None,
            }),
        }
    }

    /// The index of each membership's seat group in the composition, and
    /// whether it is a chair who should hold a seat of a group and does not.
    fn index(&self) -> (Vec<Option<usize>>, Vec<bool>) {
        let ids: std::collections::HashMap<&str, usize> = self
            .composition
            .seat_groups()
            .iter()
            .enumerate()
            .map(|(i, g)| (g.id(), i))
            .collect();
        let group = self
            .memberships
            .iter()
            .map(|m| {
                (m.role != Role::Substitute)
                    .then(|| m.seat_group.as_deref().and_then(|g| ids.get(g).copied()))
                    .flatten()
            })
            .collect();
        let required = match self.composition.chair() {
            Some(ChairSelection::ElectedFromMembers {}) => Some(None),
            Some(ChairSelection::ElectedFromGroup { group }) => Some(Some(group.as_str())),
            _ => None,
        };
        let bad_chair = self
            .memberships
            .iter()
            .map(|m| {
                m.role == Role::Chair
                    && required.is_some_and(|req| match (req, m.seat_group.as_deref()) {
                        (_, None) => true,
                        (None, Some(_)) => false,
                        (Some(r), Some(g)) => r != g,
                    })
            })
            .collect();
        (group, bad_chair)
    }
}

/// The roster on one day: the members holding each group's seats, and the
/// chairs in office who hold no seat where they should. Built by scanning
/// the roster for one day, or kept up to date membership by membership by
/// the verdict over time.
pub(super) struct Day {
    group: Vec<Option<usize>>,
    bad_chair: Vec<bool>,
    held: Vec<u32>,
    chairs: std::collections::BTreeSet<usize>,
    /// Whether the findings of the day may differ from the last ones
    /// produced.
    pub(super) changed: bool,
}

impl Day {
    /// The roster of `view` with nobody in office.
    pub(super) fn empty(view: &View<'_>) -> Self {
        let (group, bad_chair) = view.index();
        Self {
            group,
            bad_chair,
            held: vec![0; view.composition.seat_groups().len()],
            chairs: std::collections::BTreeSet::new(),
            changed: true,
        }
    }

    /// The roster of `view` on `date`.
    pub(super) fn on(view: &View<'_>, date: NaiveDate) -> Self {
        let mut day = Self::empty(view);
        for (i, m) in view.memberships.iter().enumerate() {
            if m.is_active_on(date) {
                day.enter(view, i);
            }
        }
        day
    }

    /// Membership `i` begins.
    pub(super) fn enter(&mut self, view: &View<'_>, i: usize) {
        self.step(view, i, true);
    }

    /// Membership `i` ends.
    pub(super) fn leave(&mut self, view: &View<'_>, i: usize) {
        self.step(view, i, false);
    }

    fn step(&mut self, view: &View<'_>, i: usize, enter: bool) {
        if let Some(g) = self.group.get(i).copied().flatten() {
            let seats = u32::from(view.composition.seat_groups()[g].seats());
            let before = self.held[g];
            self.held[g] = if enter {
                before + 1
            } else {
                before.saturating_sub(1)
            };
            // The findings change when the group is or was over its seats.
            self.changed |= before > seats || self.held[g] > seats;
        }
        if self.bad_chair.get(i).copied().unwrap_or(false) {
            self.changed = true;
            if enter {
                self.chairs.insert(i);
            } else {
                self.chairs.remove(&i);
            }
        }
    }

    /// The day's breaches: the groups held by more members than seats, the
    /// chairs without their seat.
    fn breaches(&self, view: &View<'_>, out: &mut Broken<'_>) {
        for (g, &n) in view.composition.seat_groups().iter().zip(&self.held) {
            if n > u32::from(g.seats()) {
                out.push((
                    &SEATS,
                    FindingCode::RosterExceedsSeats,
                    view.root.clone(),
                    Figures {
                        actual: Some(Quantity::Members(n)),
                        required: Some(Requirement::AtMost(Quantity::Seats(u32::from(g.seats())))),
                        groups: vec![figure(g, GroupRole::Counted)],
                    },
                ));
            }
        }
        for &i in &self.chairs {
            out.push((
                &CHAIR,
                FindingCode::ChairNotMember,
                view.root.index(i).field("seat_group"),
                Figures::none(),
            ));
        }
    }
}

/// The breaches that do not depend on the day: two voting memberships of
/// one person at once, memberships outside their term.
pub(super) fn standing<'r>(view: &View<'_>, periods: &[TermPeriod], out: &mut Broken<'r>) {
    one_vote(view, out);
    within_term(view, periods, out);
}

/// Records `broken` in `report`, each with its rule's citation.
pub(super) fn record_all(
    broken: &[(&RosterRule, FindingCode, JsonPointer, Figures)],
    regime: &Regime,
    date: NaiveDate,
    report: &mut Report,
) {
    for (rule, code, path, figures) in broken {
        record(
            report,
            (
                Outcome::Broken {
                    code: *code,
                    path: path.clone(),
                    figures: figures.clone(),
                    fix: None,
                },
                *code,
            ),
            Cow::Borrowed(rule.id),
            citation(rule, regime, date),
            (&rule.statement_de, &rule.statement_en),
            (Certainty::Verified, Modality::Must),
        );
    }
}

/// Runs the roster rules on the roster that applies on `date` (nothing
/// without one) and records every breach in `report`.
pub(super) fn check(
    law: &Law,
    body: &RepresentationBody,
    date: NaiveDate,
    regime: &Regime,
    report: &mut Report,
) {
    let term = report
        .office
        .as_ref()
        .map(super::office::Office::checked_term);
    let Some(view) = View::of(body, term) else {
        return;
    };
    let periods = law.term_periods(body);
    let mut broken: Broken<'_> = Vec::new();
    Day::on(&view, date).breaches(&view, &mut broken);
    standing(&view, &periods, &mut broken);
    record_all(&broken, regime, date, report);
}

/// The day's breaches of `day`, then the standing ones, recorded.
pub(super) fn record_day(
    view: &View<'_>,
    day: &Day,
    standing: &[(&RosterRule, FindingCode, JsonPointer, Figures)],
    regime: &Regime,
    date: NaiveDate,
    report: &mut Report,
) {
    let mut broken: Broken<'_> = Vec::new();
    day.breaches(view, &mut broken);
    record_all(&broken, regime, date, report);
    record_all(standing, regime, date, report);
}

pub(super) type Broken<'r> = Vec<(&'r RosterRule, FindingCode, JsonPointer, Figures)>;

/// Nobody holds two voting memberships at the same time (a sorted sweep).
fn one_vote(view: &View<'_>, out: &mut Broken<'_>) {
    let voting_groups: std::collections::HashSet<&str> = view
        .composition
        .seat_groups()
        .iter()
        .filter(|g| g.voting() == VotingRight::Voting)
        .map(|g| g.id())
        .collect();
    let roster = view.memberships;
    let voting = |m: &Membership| {
        m.role != Role::Substitute
            && m.seat_group
                .as_deref()
                .is_some_and(|g| voting_groups.contains(g))
    };
    for i in overlapping(roster, |i| voting(&roster[i])) {
        out.push((
            &ONE_VOTE,
            FindingCode::DuplicateVotingMembership,
            view.root.index(i).field("person"),
            Figures::none(),
        ));
    }
}

/// No membership lies outside its term: a term's own roster within that
/// term, the body's roster each membership within the term it begins in
/// (the last term begun on its first day; before the first term, the
/// first).
fn within_term(view: &View<'_>, periods: &[TermPeriod], out: &mut Broken<'_>) {
    if periods.is_empty() {
        return;
    }
    for (i, m) in view.memberships.iter().enumerate() {
        let p = match (view.own_term, m.start_date) {
            (Some(t), _) => periods.iter().find(|p| p.term == t),
            (None, Some(s)) => periods
                .iter()
                .rev()
                .find(|p| p.first_day <= s)
                .or(periods.first()),
            (None, None) => periods.first(),
        };
        let Some(p) = p else { continue };
        let last = p.last_day();
        let early = m.start_date.is_some_and(|s| s < p.first_day);
        let late = match (m.end_date, last) {
            (Some(e), Some(l)) => e > l,
            (None, Some(l)) => m.start_date.is_some_and(|s| s > l),
            _ => false,
        };
        if early || late {
            out.push((
                &WITHIN_TERM,
                FindingCode::MembershipOutsideTerm,
                view.root
                    .index(i)
                    .field(if early { "start_date" } else { "end_date" }),
                match (early, m.start_date, m.end_date, last) {
                    (true, Some(s), _, _) => Figures::of(
                        Quantity::Date(s),
                        Requirement::AtLeast(Quantity::Date(p.first_day)),
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
