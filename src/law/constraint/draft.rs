//! Changing a raw body so that it meets or breaks a constraint: the steps
//! the proptest strategies build compliant bodies and near misses with.

use chrono::NaiveDate;

use crate::citation::{Citation, LegalBasis, LegalBasisKind};
use crate::composition::{
    ChairMethod, ChairSelection, MemberAttribute, RawComposition, RawSeatGroup, SeatFilling,
    SeatSelector, VotingRight,
};
use crate::law::vocab::Duty;
use crate::term::rules::{CouncilTermRule, RawTerm, TermLength};

/// The parts of a raw body a constraint may change.
#[derive(Debug)]
pub(crate) struct Draft<'a> {
    /// The seat groups, chair and deputies.
    pub(crate) composition: &'a mut RawComposition,
    /// The term.
    pub(crate) term: &'a mut Option<RawTerm>,
    /// The legal basis.
    pub(crate) legal_basis: &'a mut LegalBasis,
    /// Meetings a year.
    pub(crate) meetings_per_year: &'a mut Option<u8>,
    /// The duty the body was formed under.
    pub(crate) established_under: &'a mut Option<Duty>,
}

/// What a constraint's `satisfy` and `violate` may need besides the body.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context<'a> {
    /// The provision the regime rests on (for a legal basis to cite).
    pub(crate) basis: &'a Citation,
    /// The Land's council Wahlperiode.
    pub(crate) council_term: &'a CouncilTermRule,
    /// The date the body is made for.
    pub(crate) on: NaiveDate,
}

pub(crate) const FILLINGS: [SeatFilling; 6] = [
    SeatFilling::DirectlyElected,
    SeatFilling::CouncilDelegated,
    SeatFilling::Appointed,
    SeatFilling::ExOfficio,
    SeatFilling::AdministrationStaff,
    SeatFilling::DelegatedByOrganisation,
];

pub(crate) const BASIS_KINDS: [LegalBasisKind; 4] = [
    LegalBasisKind::Statute,
    LegalBasisKind::Satzung,
    LegalBasisKind::CouncilResolution,
    LegalBasisKind::AdministrativeDecision,
];

pub(crate) const METHODS: [ChairMethod; 5] = [
    ChairMethod::ElectedFromMembers,
    ChairMethod::ElectedFromGroup,
    ChairMethod::ExOfficio,
    ChairMethod::CoChairs,
    ChairMethod::AppointedByCouncil,
];

pub(crate) fn legal_basis(kind: LegalBasisKind, basis: &Citation) -> LegalBasis {
    match kind {
        LegalBasisKind::Statute => LegalBasis::Statute {
            citation: basis.clone(),
        },
        LegalBasisKind::Satzung => LegalBasis::Satzung {
            title: "Satzung über den Beirat".into(),
            adopted_on: None,
            enabling: Some(basis.clone()),
        },
        LegalBasisKind::CouncilResolution => LegalBasis::CouncilResolution {
            title: "Beschluss des Rates über den Beirat".into(),
            adopted_on: None,
            enabling: Some(basis.clone()),
        },
        LegalBasisKind::AdministrativeDecision => LegalBasis::AdministrativeDecision {
            title: "Entscheidung der Behörde über den Beirat".into(),
            adopted_on: None,
            enabling: Some(basis.clone()),
        },
    }
}

pub(crate) fn count(raw: &Draft<'_>, sel: &SeatSelector) -> u32 {
    raw.composition
        .seat_groups
        .iter()
        .filter(|g| sel.matches_raw(g))
        .map(|g| u32::from(g.seats))
        .sum()
}

pub(crate) fn fresh_id(raw: &Draft<'_>) -> String {
    (0..)
        .map(|i| format!("g{i}"))
        .find(|id| raw.composition.seat_groups.iter().all(|g| &g.id != id))
        .unwrap_or_default()
}

/// A new group of one seat.
pub(crate) fn new_group(
    raw: &Draft<'_>,
    filling: SeatFilling,
    voting: VotingRight,
    council: bool,
) -> RawSeatGroup {
    RawSeatGroup {
        id: fresh_id(raw),
        label: crate::seating::capitalised(filling.describe(crate::Language::De)),
        filling,
        voting,
        seats: 1,
        filled: None,
        office: (filling == SeatFilling::ExOfficio).then(|| "Bürgermeister".to_owned()),
        council_members: council && filling != SeatFilling::CouncilDelegated,
        women: None,
        with_migration_history: None,
    }
}

/// Sets the member count of `attribute` in every group `of` selects to
/// `all` members (`true`) or none (`false`).
pub(crate) fn set_members_with(
    raw: &mut Draft<'_>,
    of: &SeatSelector,
    attribute: MemberAttribute,
    all: bool,
) {
    for g in raw
        .composition
        .seat_groups
        .iter_mut()
        .filter(|g| of.matches_raw(g))
    {
        let n = if all { g.filled.unwrap_or(g.seats) } else { 0 };
        match attribute {
            MemberAttribute::MigrationHistory => g.with_migration_history = Some(n),
            MemberAttribute::Woman => g.women = Some(n),
        }
    }
}

/// A voting group that `accept` accepts, added if there is none; returns
/// its index.
pub(crate) fn ensure(raw: &mut Draft<'_>, accept: impl Fn(&RawSeatGroup) -> bool) -> Option<usize> {
    if let Some(i) = raw.composition.seat_groups.iter().position(&accept) {
        return Some(i);
    }
    for filling in FILLINGS {
        for council in [false, true] {
            let g = new_group(raw, filling, VotingRight::Voting, council);
            if accept(&g) {
                raw.composition.seat_groups.push(g);
                return Some(raw.composition.seat_groups.len() - 1);
            }
        }
    }
    None
}

/// A group the selector selects, added if there is none.
pub(crate) fn ensure_group(raw: &mut Draft<'_>, sel: &SeatSelector) -> Option<usize> {
    ensure(raw, |g| sel.matches_raw(g))
}

/// A group inside `within` but outside `not`, added if there is none.
pub(crate) fn ensure_group_outside(
    raw: &mut Draft<'_>,
    within: &SeatSelector,
    not: &SeatSelector,
) -> Option<usize> {
    ensure(raw, |g| within.matches_raw(g) && !not.matches_raw(g))
}

pub(crate) fn add_seats(raw: &mut Draft<'_>, i: usize, n: u32) {
    let g = &mut raw.composition.seat_groups[i];
    g.seats = g.seats.saturating_add(u16::try_from(n).unwrap_or(u16::MAX));
}

/// Removes `n` seats from the selected groups, dropping groups that empty.
pub(crate) fn remove_seats(raw: &mut Draft<'_>, sel: &SeatSelector, mut n: u32) {
    while n > 0 {
        let Some(i) = raw
            .composition
            .seat_groups
            .iter()
            .rposition(|g| sel.matches_raw(g))
        else {
            return;
        };
        let g = &mut raw.composition.seat_groups[i];
        let s = u32::from(g.seats);
        if s > n {
            g.seats = u16::try_from(s - n).unwrap_or(u16::MAX);
            g.filled = g.filled.map(|f| f.min(g.seats));
            return;
        }
        n -= s;
        raw.composition.seat_groups.remove(i);
    }
}

pub(crate) fn selection(method: ChairMethod, raw: &Draft<'_>) -> ChairSelection {
    let group = raw
        .composition
        .seat_groups
        .first()
        .map(|g| g.id.clone())
        .unwrap_or_default();
    match method {
        ChairMethod::ElectedFromMembers => ChairSelection::ElectedFromMembers {},
        ChairMethod::ElectedFromGroup => ChairSelection::ElectedFromGroup { group },
        ChairMethod::ExOfficio => ChairSelection::ExOfficio {
            office: "Bürgermeister".into(),
            group: None,
        },
        ChairMethod::CoChairs => ChairSelection::CoChairs {
            office: "Bürgermeister".into(),
            elected_by_group: group,
        },
        ChairMethod::AppointedByCouncil => ChairSelection::AppointedByCouncil {},
    }
}

pub(crate) fn council_term(rule: &CouncilTermRule, on: NaiveDate) -> RawTerm {
    // The last council election before `on` that opens a term containing it.
    let elected = (0..rule.years * 2)
        .filter_map(|back| on.checked_sub_months(chrono::Months::new(u32::from(back) * 6)))
        .find(|d| rule.term_for(*d).is_some_and(|(s, e)| s <= on && on <= e))
        .unwrap_or(on);
    RawTerm {
        length: Some(TermLength::CouncilTerm {
            council_elected_on: elected,
        }),
        ..RawTerm::default()
    }
}

pub(crate) fn years_term(years: u8, on: NaiveDate, continues: Option<bool>) -> RawTerm {
    RawTerm {
        constituted_on: Some(on),
        length: Some(TermLength::Years {
            years: std::num::NonZeroU8::new(years.max(1)).unwrap_or(std::num::NonZeroU8::MIN),
        }),
        continues_until_successor_meets: continues,
        ..RawTerm::default()
    }
}
