//! The seat plan as the search sees it: the groups, the rules in scope,
//! the atoms they make, and the way a choice of atom totals becomes
//! changes to groups.

use std::collections::HashMap;

use super::search::{Atom, Guard, Problem, Row};
use crate::composition::{SeatFilling, SeatSelector, VotingRight};
use crate::finding::{GroupRef, RuleRef, SeatChange};
use crate::law::constraint::Constraint;
use crate::law::vocab::Ratio;
use crate::limits::MAX_TOTAL_SEATS;

/// What a seat rule asks of a group: how its seats are filled, whether
/// they vote, whether council members hold them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Kind {
    pub(super) filling: SeatFilling,
    pub(super) voting: VotingRight,
    pub(super) council: bool,
}

impl Kind {
    fn selected_by(self, s: &SeatSelector) -> bool {
        s.matches_fields(self.filling, self.voting, self.council)
    }
}

/// The kinds a new group can have, in the order one is chosen: by filling,
/// a voting group before an advisory one.
const NEW_KINDS: [SeatFilling; 6] = [
    SeatFilling::DirectlyElected,
    SeatFilling::CouncilDelegated,
    SeatFilling::Appointed,
    SeatFilling::ExOfficio,
    SeatFilling::AdministrationStaff,
    SeatFilling::DelegatedByOrganisation,
];

/// One seat group: its id and label, kind and counts.
#[derive(Debug, Clone)]
pub(super) struct Group {
    pub(super) id: String,
    pub(super) label: String,
    pub(super) kind: Kind,
    pub(super) seats: i64,
    pub(super) filled: i64,
    pub(super) women: Option<i64>,
    pub(super) migration: Option<i64>,
    /// The chair, the deputies or the roster refer to it.
    pub(super) keep: bool,
}

impl Group {
    /// The group with `n` seats, as [`crate::RawComposition::apply`]
    /// leaves it: added seats filled, unfilled seats taken first, member
    /// counts capped at the filled seats.
    fn at(&self, n: i64) -> (i64, Option<i64>, Option<i64>) {
        let filled = if n >= self.seats {
            self.filled + (n - self.seats)
        } else {
            self.filled.min(n)
        };
        (
            filled,
            self.women.map(|w| w.min(filled)),
            self.migration.map(|m| m.min(filled)),
        )
    }
}

/// The seat groups of a body.
#[derive(Debug, Clone, Default)]
pub(super) struct Seating {
    pub(super) groups: Vec<Group>,
}

impl Seating {
    /// The seating after `changes`; `None` when a change names a group it
    /// does not have.
    pub(super) fn apply(&self, changes: &[SeatChange]) -> Option<Seating> {
        let mut out = self.clone();
        let find = |out: &Seating, g: &GroupRef| out.groups.iter().position(|x| x.id == g.id);
        for ch in changes {
            match ch {
                SeatChange::AddSeats { group, seats } => {
                    let i = find(&out, group)?;
                    let n = out.groups[i].seats + i64::from(*seats);
                    out.set(i, n);
                }
                SeatChange::RemoveSeats { group, seats } => {
                    let i = find(&out, group)?;
                    let n = (out.groups[i].seats - i64::from(*seats)).max(0);
                    out.set(i, n);
                }
                SeatChange::MoveSeats { from, to, seats } => {
                    let (f, t) = (find(&out, from)?, find(&out, to)?);
                    let n = out.groups[t].seats + i64::from(*seats);
                    out.set(t, n);
                    let n = (out.groups[f].seats - i64::from(*seats)).max(0);
                    out.set(f, n);
                }
                SeatChange::NewGroup {
                    filling,
                    voting,
                    seats,
                } => out.groups.push(Group {
                    id: String::new(),
                    label: String::new(),
                    kind: Kind {
                        filling: *filling,
                        voting: *voting,
                        council: false,
                    },
                    seats: i64::from(*seats),
                    filled: i64::from(*seats),
                    women: None,
                    migration: None,
                    keep: false,
                }),
            }
            out.groups.retain(|g| g.seats > 0);
        }
        Some(out)
    }

    fn set(&mut self, i: usize, n: i64) {
        let (filled, women, migration) = self.groups[i].at(n);
        let g = &mut self.groups[i];
        (g.seats, g.filled, g.women, g.migration) = (n, filled, women, migration);
    }
}

/// How binding a rule in scope is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tier {
    /// Every plan must meet it.
    Hard,
    /// Met where that costs nothing more.
    Soft,
}

/// A rule the proposal considers.
#[derive(Debug, Clone)]
pub(super) struct Scoped<'r> {
    pub(super) reference: RuleRef,
    pub(super) constraint: &'r Constraint,
    pub(super) tier: Tier,
}

impl Scoped<'_> {
    /// A rule of the seat plan itself (seat counts, shares, majorities,
    /// groups allowed), as opposed to one about the members behind the
    /// seats (a guard).
    pub(super) fn is_target(&self) -> bool {
        is_target(self.constraint)
    }
}

/// Whether the seat plan alone decides `c`.
pub(super) fn is_target(c: &Constraint) -> bool {
    matches!(
        c,
        Constraint::Seats(_)
            | Constraint::Share(_)
            | Constraint::Outnumber(_)
            | Constraint::OnlyGroups(_)
    )
}

/// The selectors a constraint reads.
fn selectors(c: &Constraint) -> Vec<&SeatSelector> {
    match c {
        Constraint::Seats(k) => vec![&k.of],
        Constraint::Share(k) => vec![&k.part, &k.of],
        Constraint::Outnumber(k) => vec![&k.majority, &k.minority],
        Constraint::OnlyGroups(k) => vec![&k.allowed],
        Constraint::FilledSeats(k) => vec![&k.of],
        Constraint::MembersWith(k) => vec![&k.of],
        _ => Vec::new(),
    }
}

/// A linear rule over sums of atoms: `Σ coef · Σ_{a ∈ mask} y_a ≥ rhs`.
struct MaskRow {
    terms: Vec<(u64, i64)>,
    rhs: i64,
}

/// The groups of one kind as the rules see it, and the kind a new group
/// of it would have.
#[derive(Debug, Clone)]
pub(super) struct Atoms {
    /// The groups of each atom (indices into [`Seating::groups`]); empty
    /// for an atom no group has yet.
    pub(super) members: Vec<Vec<usize>>,
    /// The kind of each atom's first group, or of a new group.
    pub(super) kind: Vec<Kind>,
}

impl Atoms {
    /// The atoms of `seating` under the selectors of `rules`: groups (and
    /// kinds of new group) that every selector treats alike are one atom.
    /// At most 36 atoms: 24 kinds of existing group, 12 of new ones.
    pub(super) fn new(seating: &Seating, rules: &[&Scoped<'_>]) -> Self {
        let sels: Vec<&SeatSelector> = rules.iter().flat_map(|r| selectors(r.constraint)).collect();
        let signature = |k: Kind| -> Vec<bool> { sels.iter().map(|s| k.selected_by(s)).collect() };
        let mut by_sig: HashMap<Vec<bool>, usize> = HashMap::new();
        let mut atoms = Atoms {
            members: Vec::new(),
            kind: Vec::new(),
        };
        for (i, g) in seating.groups.iter().enumerate() {
            let a = *by_sig.entry(signature(g.kind)).or_insert_with(|| {
                atoms.members.push(Vec::new());
                atoms.kind.push(g.kind);
                atoms.members.len() - 1
            });
            atoms.members[a].push(i);
        }
        for filling in NEW_KINDS {
            for voting in [VotingRight::Voting, VotingRight::Advisory] {
                let kind = Kind {
                    filling,
                    voting,
                    council: false,
                };
                by_sig.entry(signature(kind)).or_insert_with(|| {
                    atoms.members.push(Vec::new());
                    atoms.kind.push(kind);
                    atoms.members.len() - 1
                });
            }
        }
        atoms
    }

    fn len(&self) -> usize {
        self.kind.len()
    }

    /// The atoms `s` selects, as a bit mask.
    fn mask(&self, s: &SeatSelector) -> u64 {
        self.kind
            .iter()
            .enumerate()
            .filter(|(_, k)| k.selected_by(s))
            .fold(0, |m, (i, _)| m | (1 << i))
    }

    fn all(&self) -> u64 {
        (1u64 << self.len()) - 1
    }

    /// The rows of a seat-plan rule over masks of atoms.
    fn rows(&self, c: &Constraint) -> Vec<MaskRow> {
        let row = |terms: Vec<(u64, i64)>, rhs: i64| MaskRow { terms, rhs };
        let share = |r: &Ratio| (i64::from(r.numerator), i64::from(r.denominator.get()));
        match c {
            Constraint::Seats(k) => {
                let of = self.mask(&k.of);
                let mut out = Vec::new();
                if let Some(m) = k.min {
                    out.push(row(vec![(of, 1)], i64::from(m)));
                }
                if let Some(m) = k.max {
                    out.push(row(vec![(of, -1)], -i64::from(m)));
                }
                out
            }
            Constraint::Outnumber(k) => vec![row(
                vec![(self.mask(&k.majority), 1), (self.mask(&k.minority), -1)],
                1,
            )],
            Constraint::Share(k) => {
                let (part, of) = (self.mask(&k.part), self.mask(&k.of));
                let mut out = Vec::new();
                if let Some((n, d)) = k.min.as_ref().map(share) {
                    if n > 0 {
                        out.push(row(vec![(part, d), (of, -n)], 0));
                        out.push(row(vec![(of, 1)], 1));
                    }
                }
                if let Some((n, d)) = k.max.as_ref().map(share) {
                    out.push(row(vec![(of, n), (part, -d)], 0));
                }
                out
            }
            Constraint::OnlyGroups(k) => {
                let outside = self.all() & !self.mask(&k.allowed);
                if outside == 0 {
                    Vec::new()
                } else {
                    vec![row(vec![(outside, -1)], 0)]
                }
            }
            _ => Vec::new(),
        }
    }

    /// A row over masks written over atoms.
    fn expand(&self, r: &MaskRow) -> Row {
        let mut coef = vec![0i64; self.len()];
        for &(mask, c) in &r.terms {
            for (a, x) in coef.iter_mut().enumerate() {
                if mask & (1 << a) != 0 {
                    *x += c;
                }
            }
        }
        Row {
            terms: coef
                .into_iter()
                .enumerate()
                .filter(|(_, c)| *c != 0)
                .collect(),
            rhs: r.rhs,
        }
    }

    /// The seat-plan rule `c` over the atoms' totals: it holds where every
    /// row does.
    pub(super) fn atom_rows(&self, c: &Constraint) -> Vec<Row> {
        self.rows(c).iter().map(|r| self.expand(r)).collect()
    }

    /// The search problem: the atoms of `seating`, bounded by the `hard`
    /// rules.
    pub(super) fn problem(&self, seating: &Seating, hard: &[&Scoped<'_>]) -> Problem {
        let forbidden: u64 = hard
            .iter()
            .filter_map(|r| match r.constraint {
                Constraint::OnlyGroups(k) => Some(self.all() & !self.mask(&k.allowed)),
                _ => None,
            })
            .fold(0, |m, x| m | x);
        let max = i64::from(MAX_TOTAL_SEATS);
        let atoms: Vec<Atom> = (0..self.len())
            .map(|a| {
                let off = forbidden & (1 << a) != 0;
                let groups = self.members[a].iter().map(|&i| &seating.groups[i]);
                let keep = |g: &Group| i64::from(g.keep && !off);
                let mut removable: Vec<i64> = groups.clone().map(|g| g.seats - keep(g)).collect();
                removable.sort_unstable_by(|x, y| y.cmp(x));
                Atom {
                    cur: groups.clone().map(|g| g.seats).sum(),
                    lo: groups.clone().map(keep).sum(),
                    hi: if off && self.members[a].is_empty() {
                        0
                    } else {
                        max
                    },
                    filled: groups.clone().map(|g| g.filled).sum(),
                    unfilled_removable: groups
                        .map(|g| (g.seats - g.filled).min(g.seats - keep(g)))
                        .sum(),
                    removable,
                }
            })
            .collect();
        let mut p = Problem {
            atoms,
            ..Problem::default()
        };
        let mut sums: HashMap<u64, usize> = HashMap::new();
        let mut rows = vec![
            MaskRow {
                terms: vec![(self.all(), 1)],
                rhs: 1,
            },
            MaskRow {
                terms: vec![(self.all(), -1)],
                rhs: -max,
            },
        ];
        for r in hard.iter().filter(|r| r.is_target()) {
            rows.extend(self.rows(r.constraint));
        }
        // The same row twice (two rules asking the same) is read once.
        let mut seen = std::collections::HashSet::new();
        rows.retain(|r| seen.insert((r.terms.clone(), r.rhs)));
        for r in &rows {
            p.atom_rows.push(self.expand(r));
            let mut terms: Vec<(usize, i64)> = Vec::new();
            for &(mask, c) in &r.terms {
                match mask.count_ones() {
                    0 => {}
                    1 => terms.push((mask.trailing_zeros() as usize, c)),
                    _ => {
                        let n = self.len();
                        let var = *sums.entry(mask).or_insert_with(|| {
                            p.sums
                                .push((0..n).filter(|a| mask & (1 << a) != 0).collect());
                            n + p.sums.len() - 1
                        });
                        terms.push((var, c));
                    }
                }
            }
            p.rows.push(Row { terms, rhs: r.rhs });
        }
        for (j, s) in p.sums.iter().enumerate() {
            let var = self.len() + j;
            let mut up: Vec<(usize, i64)> = s.iter().map(|&a| (a, 1)).collect();
            up.push((var, -1));
            let down = up.iter().map(|&(i, c)| (i, -c)).collect();
            p.rows.push(Row { terms: up, rhs: 0 });
            p.rows.push(Row {
                terms: down,
                rhs: 0,
            });
        }
        for r in hard {
            if let Constraint::FilledSeats(k) = r.constraint {
                let mask = self.mask(&k.of);
                p.guards.push(Guard {
                    atoms: (0..self.len()).filter(|a| mask & (1 << a) != 0).collect(),
                    min: i64::from(k.min),
                });
            }
        }
        p
    }
}

/// How seats taken from an atom with several groups are spread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Spread {
    /// From the fewest groups: the largest first.
    Fewest,
    /// Unfilled seats first, then as [`Spread::Fewest`]: keeps filled
    /// seats and members.
    UnfilledFirst,
    /// The change of its atom in the group of this index in the seating:
    /// seats taken from it first, as far as it has them, or seats added to
    /// it; in the other atoms as [`Spread::Fewest`].
    From(usize),
}

/// A plan as changes to the groups: the new seats of each group of the
/// seating (0: removed) and the new groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Realized {
    pub(super) seats: Vec<i64>,
    pub(super) new: Vec<(Kind, i64)>,
}

impl Realized {
    /// The atoms' totals `y` as changes to groups.
    pub(super) fn new(seating: &Seating, atoms: &Atoms, y: &[i64], spread: Spread) -> Self {
        let mut seats: Vec<i64> = seating.groups.iter().map(|g| g.seats).collect();
        let mut new = Vec::new();
        for (a, members) in atoms.members.iter().enumerate() {
            let cur: i64 = members.iter().map(|&i| seating.groups[i].seats).sum();
            let delta = y[a] - cur;
            if members.is_empty() {
                if y[a] > 0 {
                    new.push((atoms.kind[a], y[a]));
                }
            } else if delta > 0 {
                // Seats added go to the first group of `growth_order`, or
                // to the group the spread names.
                let to = match spread {
                    Spread::From(g) if members.contains(&g) => g,
                    _ => first_to_grow(seating, members),
                };
                seats[to] += delta;
            } else if delta < 0 {
                let spread = match spread {
                    Spread::From(g) if !members.contains(&g) => Spread::Fewest,
                    s => s,
                };
                take(seating, members, -delta, spread, &mut seats);
            }
        }
        Self { seats, new }
    }

    /// The groups the plan changes, new groups included.
    pub(super) fn touched(&self, seating: &Seating) -> u32 {
        let changed = seating
            .groups
            .iter()
            .zip(&self.seats)
            .filter(|(g, n)| g.seats != **n)
            .count();
        u32::try_from(changed + self.new.len()).unwrap_or(u32::MAX)
    }

    /// Whether a rule about the members behind the seats holds after the
    /// plan; one the document gives no counts for holds.
    pub(super) fn person_rule_holds(&self, seating: &Seating, c: &Constraint) -> bool {
        let after = seating
            .groups
            .iter()
            .zip(&self.seats)
            .filter(|(_, n)| **n > 0)
            .map(|(g, n)| {
                let (filled, women, migration) = g.at(*n);
                (g.kind, filled, women, migration)
            })
            .chain(self.new.iter().map(|(k, n)| (*k, *n, None, None)));
        person_rule_holds(c, after)
    }

    /// The changes, as a clerk would make them: seats that move from one
    /// group to another, then seats added, seats taken away, new groups.
    pub(super) fn changes(&self, seating: &Seating) -> Vec<SeatChange> {
        let gref = |g: &Group| GroupRef {
            id: g.id.clone(),
            label: g.label.clone(),
        };
        let mut gains: Vec<(usize, i64)> = Vec::new();
        let mut losses: Vec<(usize, i64)> = Vec::new();
        for (i, (g, n)) in seating.groups.iter().zip(&self.seats).enumerate() {
            match (*n - g.seats).cmp(&0) {
                std::cmp::Ordering::Greater => gains.push((i, n - g.seats)),
                std::cmp::Ordering::Less => losses.push((i, g.seats - n)),
                std::cmp::Ordering::Equal => {}
            }
        }
        let seats = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
        let mut moves = Vec::new();
        let (mut gi, mut li) = (0, 0);
        while gi < gains.len() && li < losses.len() {
            let n = gains[gi].1.min(losses[li].1);
            moves.push(SeatChange::MoveSeats {
                from: gref(&seating.groups[losses[li].0]),
                to: gref(&seating.groups[gains[gi].0]),
                seats: seats(n),
            });
            gains[gi].1 -= n;
            losses[li].1 -= n;
            gi += usize::from(gains[gi].1 == 0);
            li += usize::from(losses[li].1 == 0);
        }
        moves
            .into_iter()
            .chain(
                gains[gi..]
                    .iter()
                    .filter(|x| x.1 > 0)
                    .map(|&(i, n)| SeatChange::AddSeats {
                        group: gref(&seating.groups[i]),
                        seats: seats(n),
                    }),
            )
            .chain(
                losses[li..]
                    .iter()
                    .filter(|x| x.1 > 0)
                    .map(|&(i, n)| SeatChange::RemoveSeats {
                        group: gref(&seating.groups[i]),
                        seats: seats(n),
                    }),
            )
            .chain(self.new.iter().map(|(k, n)| SeatChange::NewGroup {
                filling: k.filling,
                voting: k.voting,
                seats: seats(*n),
            }))
            .collect()
    }
}

/// Takes `need` seats from the groups `members`.
/// The groups of one kind in the order in which they take added seats: the
/// groups whose seats follow from an office (ex officio, the
/// administration's) last, then the larger first, then in the document's
/// order.
pub(super) fn growth_order(seating: &Seating, members: &[usize]) -> Vec<usize> {
    let mut order = members.to_vec();
    order.sort_by_key(|&i| growth_key(seating, i));
    order
}

/// The first group of [`growth_order`], found in one pass.
fn first_to_grow(seating: &Seating, members: &[usize]) -> usize {
    members
        .iter()
        .copied()
        .min_by_key(|&i| growth_key(seating, i))
        .unwrap_or_default()
}

fn growth_key(seating: &Seating, i: usize) -> (bool, std::cmp::Reverse<i64>, usize) {
    let g = &seating.groups[i];
    let office = matches!(
        g.kind.filling,
        SeatFilling::ExOfficio | SeatFilling::AdministrationStaff
    );
    (office, std::cmp::Reverse(g.seats), i)
}

/// The groups of one kind in the order in which they give up seats: the
/// one with the most seats to give first, then in the document's order.
pub(super) fn shrink_order(seating: &Seating, members: &[usize]) -> Vec<usize> {
    let mut order = members.to_vec();
    order.sort_by_key(|&i| {
        let g = &seating.groups[i];
        (std::cmp::Reverse(g.seats - i64::from(g.keep)), i)
    });
    order
}

fn take(seating: &Seating, members: &[usize], mut need: i64, spread: Spread, seats: &mut [i64]) {
    let room = |i: usize, seats: &[i64]| seats[i] - i64::from(seating.groups[i].keep);
    if let Spread::From(g) = spread {
        let n = room(g, seats).min(need).max(0);
        seats[g] -= n;
        need -= n;
    }
    if spread == Spread::UnfilledFirst {
        for &i in members {
            let g = &seating.groups[i];
            let n = (g.seats - g.filled).min(room(i, seats)).min(need).max(0);
            seats[i] -= n;
            need -= n;
        }
    }
    let mut order: Vec<usize> = members.to_vec();
    order.sort_by_key(|&i| std::cmp::Reverse(room(i, seats)));
    for i in order {
        let n = room(i, seats).min(need).max(0);
        seats[i] -= n;
        need -= n;
    }
    // Groups that must keep a seat give it up only when nothing else is
    // left (a rule forbids their kind).
    for &i in members {
        let n = seats[i].min(need).max(0);
        seats[i] -= n;
        need -= n;
    }
}

/// Whether a rule about the members behind the seats holds for groups
/// `(kind, filled, women, migration history)`; a rule the counts do not
/// allow to check holds.
pub(super) fn person_rule_holds(
    c: &Constraint,
    groups: impl Iterator<Item = (Kind, i64, Option<i64>, Option<i64>)>,
) -> bool {
    person_rule(c, groups).unwrap_or(true)
}

/// Whether a rule about members holds: `None` when it cannot be checked.
pub(super) fn person_rule(
    c: &Constraint,
    groups: impl Iterator<Item = (Kind, i64, Option<i64>, Option<i64>)>,
) -> Option<bool> {
    use crate::composition::MemberAttribute;
    match c {
        Constraint::FilledSeats(k) => Some(
            groups
                .filter(|g| g.0.selected_by(&k.of))
                .map(|g| g.1)
                .sum::<i64>()
                >= i64::from(k.min),
        ),
        Constraint::MembersWith(k) => {
            let (mut members, mut with) = (0i64, 0i64);
            for (_, filled, women, migration) in groups.filter(|g| g.0.selected_by(&k.of)) {
                members += filled;
                with += match k.attribute {
                    MemberAttribute::Woman => women?,
                    MemberAttribute::MigrationHistory => migration?,
                };
            }
            let (num, den) = (
                i64::from(k.min.numerator),
                i64::from(k.min.denominator.get()),
            );
            Some(if k.more_than {
                with * den > num * members
            } else {
                with * den >= num * members
            })
        }
        _ => None,
    }
}
