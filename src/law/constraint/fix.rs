//! The smallest change to a seat plan that meets a seat rule.
//!
//! A seat rule depends on a few sums of seats (the majority and the
//! minority, the part and the whole, the seats counted). Adding or taking
//! `k` seats of one group moves each sum by `k` or not at all, so whether
//! the broken bound holds is monotone in `k`: a binary search finds the
//! smallest `k` for each group, and each candidate is checked against the
//! whole rule before it is offered.

use crate::composition::{Composition, SeatFilling, SeatGroup, SeatSelector, VotingRight};
use crate::finding::{Fix, FixOption, GroupRef, SeatChange};
use crate::limits::MAX_TOTAL_SEATS;

/// How a candidate group moves the sums: `1` where a selector selects it.
type Moves<const N: usize> = [bool; N];

fn moved<const N: usize>(sums: [u32; N], moves: Moves<N>, k: u32, add: bool) -> [u32; N] {
    let mut out = sums;
    for (o, m) in out.iter_mut().zip(moves) {
        if m {
            *o = if add {
                o.saturating_add(k)
            } else {
                o.saturating_sub(k)
            };
        }
    }
    out
}

/// The least `k` in `1..=max` for which `holds(k)`, if `holds` is monotone
/// (false, then true) and holds at `max`.
fn least(max: u32, holds: impl Fn(u32) -> bool) -> Option<u32> {
    if max == 0 || !holds(max) {
        return None;
    }
    let (mut lo, mut hi) = (1, max);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if holds(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Some(lo)
}

fn group_ref(g: &SeatGroup) -> GroupRef {
    GroupRef {
        id: g.id().to_owned(),
        label: g.label().to_owned(),
    }
}

/// The kind of group a new group for `selector` would be: its first class
/// as a filling, with a vote.
pub(crate) fn new_group_for(selector: &SeatSelector) -> (SeatFilling, VotingRight) {
    use crate::composition::SeatClass as C;
    let filling = match selector.classes.first() {
        Some(C::CouncilDelegated | C::CouncilMember) => SeatFilling::CouncilDelegated,
        Some(C::Appointed) => SeatFilling::Appointed,
        Some(C::ExOfficio) => SeatFilling::ExOfficio,
        Some(C::AdministrationStaff) => SeatFilling::AdministrationStaff,
        Some(C::DelegatedByOrganisation) => SeatFilling::DelegatedByOrganisation,
        _ => SeatFilling::DirectlyElected,
    };
    (filling, VotingRight::Voting)
}

/// The smallest addition and the smallest removal of seats of one group
/// (or a new group of a kind in `new`) after which `toward` (the broken
/// bound) and `met` (the whole rule) hold of the sums `selectors` count.
pub(crate) fn seat_fix<const N: usize>(
    comp: &Composition,
    selectors: [&SeatSelector; N],
    new: &[(SeatFilling, VotingRight)],
    toward: impl Fn([u32; N]) -> bool,
    met: impl Fn([u32; N]) -> bool,
) -> Option<Fix> {
    let sums = selectors.map(|s| comp.seats(s));
    let room = MAX_TOTAL_SEATS.saturating_sub(comp.total_seats());
    let room = room.min(u32::from(u16::MAX));
    let best = |moves: Moves<N>, max: u32, add: bool| {
        least(max, |k| toward(moved(sums, moves, k, add)))
            .filter(|k| met(moved(sums, moves, *k, add)))
    };
    // Among groups that need equally few added seats: not a group whose
    // seats follow from an office (ex officio, the administration's), then
    // the largest, then the first.
    type AddKey = (u32, bool, std::cmp::Reverse<u16>);
    let mut add: Option<(AddKey, SeatChange)> = None;
    let mut remove: Option<(u32, SeatChange)> = None;
    for g in comp.seat_groups() {
        let moves = selectors.map(|s| s.matches(g));
        if !moves.contains(&true) {
            continue;
        }
        let room_here = room.min(u32::from(u16::MAX - g.seats()));
        if let Some(k) = best(moves, room_here, true) {
            let office = matches!(
                g.filling(),
                SeatFilling::ExOfficio | SeatFilling::AdministrationStaff
            );
            let key = (k, office, std::cmp::Reverse(g.seats()));
            if add.as_ref().is_none_or(|(a, _)| key < *a) {
                let group = group_ref(g);
                add = Some((key, SeatChange::AddSeats { group, seats: k }));
            }
        }
        let seats = u32::from(g.seats());
        // A group the chair refers to keeps at least one seat.
        let max = seats - u32::from(comp.is_referenced(g.id()));
        if let Some(k) = best(moves, max, false) {
            if remove.as_ref().is_none_or(|(r, _)| k < *r) {
                let group = group_ref(g);
                remove = Some((k, SeatChange::RemoveSeats { group, seats: k }));
            }
        }
    }
    for &(filling, voting) in new {
        let moves = selectors.map(|s| s.matches_fields(filling, voting, false));
        if let Some(k) = best(moves, room.min(u32::from(u16::MAX)), true) {
            if add.as_ref().is_none_or(|(a, _)| k < a.0) {
                add = Some((
                    (k, false, std::cmp::Reverse(0)),
                    SeatChange::NewGroup {
                        filling,
                        voting,
                        seats: k,
                    },
                ));
            }
        }
    }
    let remove = match remove {
        Some((_, c)) => Some(vec![c]),
        None => spread_removal(comp, selectors, sums, &toward, &met),
    };
    let options: Vec<FixOption> = add
        .map(|(_, c)| vec![c])
        .into_iter()
        .chain(remove)
        .map(FixOption::new)
        .collect();
    (!options.is_empty()).then_some(Fix { options })
}

/// When no one group has seats enough to take away: seats taken from
/// several groups in document order, each group that helps emptied but the
/// last, which gives up only what is still needed.
fn spread_removal<const N: usize>(
    comp: &Composition,
    selectors: [&SeatSelector; N],
    sums: [u32; N],
    toward: &impl Fn([u32; N]) -> bool,
    met: &impl Fn([u32; N]) -> bool,
) -> Option<Vec<SeatChange>> {
    let mut cur = sums;
    let mut changes = Vec::new();
    // The seats of each kind of group (which sums it moves), gathered in
    // one pass (at most 2^N kinds), to tell the groups whose removal helps:
    // those of a kind whose seats, all taken away, would do.
    let mut kinds: Vec<(Moves<N>, u32)> = Vec::new();
    for h in comp.seat_groups() {
        let moves = selectors.map(|s| s.matches(h));
        match kinds.iter_mut().find(|(m, _)| *m == moves) {
            Some((_, n)) => *n += u32::from(h.seats()),
            None => kinds.push((moves, u32::from(h.seats()))),
        }
    }
    let pattern_seats = |moves: Moves<N>| -> u32 {
        kinds
            .iter()
            .find(|(m, _)| *m == moves)
            .map_or(0, |(_, n)| *n)
    };
    for g in comp.seat_groups() {
        let moves = selectors.map(|s| s.matches(g));
        if !moves.contains(&true) || !toward(moved(sums, moves, pattern_seats(moves), false)) {
            continue;
        }
        let max = u32::from(g.seats()) - u32::from(comp.is_referenced(g.id()));
        let k = least(max, |k| toward(moved(cur, moves, k, false))).unwrap_or(max);
        if k == 0 {
            continue;
        }
        cur = moved(cur, moves, k, false);
        changes.push(SeatChange::RemoveSeats {
            group: group_ref(g),
            seats: k,
        });
        if toward(cur) {
            return met(cur).then_some(changes);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::least;

    #[test]
    fn least_finds_the_first_k_that_holds() {
        assert_eq!(least(10, |k| k >= 4), Some(4));
        assert_eq!(least(10, |k| k >= 1), Some(1));
        assert_eq!(least(10, |k| k >= 11), None);
        assert_eq!(least(0, |_| true), None);
    }
}
