//! Checks on seat counts: majorities, shares, ranges, allowed groups.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::core::{
    Check, Outcome, Subject, at_most_whole, figure, group_figures, groups_path, non_empty,
};
use super::fix::{new_group_for, seat_fix};
use crate::composition::SeatSelector;
use crate::error::{Collector, FindingCode, Loc};
use crate::finding::{
    Figures, Fix, FixOption, GroupRef, GroupRole, Quantity, Requirement, SeatChange,
};
use crate::law::vocab::Ratio;

#[cfg(feature = "proptest")]
use super::draft::{self as s, Context, Draft};
#[cfg(feature = "proptest")]
use crate::composition::VotingRight;

/// The `majority` seats must outnumber the `minority` seats
/// (§ 27 Abs. 1 S. 5 GO NRW: elected members outnumber appointed councillors).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct Outnumber {
    /// The seats that must be more.
    pub majority: SeatSelector,
    /// The seats they must outnumber.
    pub minority: SeatSelector,
}

impl Check for Outnumber {
    fn code(&self) -> FindingCode {
        FindingCode::MajorityRequired
    }

    fn validate(&self, path: &Loc<'_>, c: &mut Collector) {
        non_empty(&self.majority, path, "majority", c);
        non_empty(&self.minority, path, "minority", c);
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        let comp = body.composition();
        let (a, b) = (comp.seats(&self.majority), comp.seats(&self.minority));
        if a > b {
            return Outcome::Met;
        }
        let mut figures = Figures::of(
            Quantity::Seats(a),
            Requirement::MoreThan(Quantity::Seats(b)),
        );
        group_figures(
            comp,
            &self.majority,
            GroupRole::Counted,
            &mut figures.groups,
        );
        group_figures(
            comp,
            &self.minority,
            GroupRole::Compared,
            &mut figures.groups,
        );
        let fix = seat_fix(
            comp,
            [&self.majority, &self.minority],
            &[new_group_for(&self.majority)],
            |[a, b]| a > b,
            |[a, b]| a > b,
        );
        Outcome::Broken {
            code: self.code(),
            path: groups_path(),
            figures,
            fix,
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        let (a, m) = (s::count(raw, &self.majority), s::count(raw, &self.minority));
        if a <= m {
            if let Some(i) = s::ensure_group(raw, &self.majority) {
                let now = s::count(raw, &self.majority);
                s::add_seats(raw, i, (m + 1).saturating_sub(now));
            }
        }
        true
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        if s::ensure_group(raw, &self.minority).is_none() {
            return false;
        }
        let m = s::count(raw, &self.minority);
        let a = s::count(raw, &self.majority);
        if a > m {
            s::remove_seats(raw, &self.majority, a - m);
        }
        true
    }
}

/// The `part` seats must make up a share of the `of` seats within
/// `[min, max]`. A share of no seats meets no minimum above zero.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct Share {
    /// The seats counted as the part.
    pub part: SeatSelector,
    /// The seats counted as the whole.
    pub of: SeatSelector,
    /// The least share allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Ratio>,
    /// The greatest share allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Ratio>,
}

impl Share {
    /// `(below min, above max)` for `share`.
    fn breaks(&self, share: crate::composition::Share) -> (bool, bool) {
        (
            self.min
                .is_some_and(|r| !share.at_least(r.numerator, r.denominator.get())),
            self.max
                .is_some_and(|r| !share.at_most(r.numerator, r.denominator.get())),
        )
    }
}

impl Check for Share {
    fn code(&self) -> FindingCode {
        FindingCode::ShareOutOfRange
    }

    fn validate(&self, path: &Loc<'_>, c: &mut Collector) {
        non_empty(&self.part, path, "part", c);
        non_empty(&self.of, path, "of", c);
        for (field, r) in [("min", &self.min), ("max", &self.max)] {
            if let Some(r) = r {
                at_most_whole(r, path, field, c);
            }
        }
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        let comp = body.composition();
        let s = crate::composition::Share::new(comp.seats(&self.part), comp.seats(&self.of));
        let (low, high) = self.breaks(s);
        if !low && !high {
            return Outcome::Met;
        }
        let required = match (low, high, self.min, self.max) {
            (_, _, Some(a), Some(b)) if a == b => Requirement::Exactly(Quantity::Ratio(a.into())),
            (true, _, Some(a), _) => Requirement::AtLeast(Quantity::Ratio(a.into())),
            (_, true, _, Some(b)) => Requirement::AtMost(Quantity::Ratio(b.into())),
            _ => return Outcome::Met,
        };
        let mut figures = Figures::of(Quantity::Share(s), required);
        group_figures(comp, &self.part, GroupRole::Counted, &mut figures.groups);
        figures.groups.extend(
            comp.seat_groups()
                .iter()
                .filter(|g| self.of.matches(g) && !self.part.matches(g))
                .map(|g| figure(g, GroupRole::Compared)),
        );
        let met =
            |[p, w]: [u32; 2]| self.breaks(crate::composition::Share::new(p, w)) == (false, false);
        let toward = |[p, w]: [u32; 2]| {
            let (l, h) = self.breaks(crate::composition::Share::new(p, w));
            if low { !l } else { !h }
        };
        let grow = if low { &self.part } else { &self.of };
        let fix = seat_fix(
            comp,
            [&self.part, &self.of],
            &[new_group_for(grow)],
            toward,
            met,
        );
        Outcome::Broken {
            code: self.code(),
            path: groups_path(),
            figures,
            fix,
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        for _ in 0..2_000 {
            let share =
                crate::composition::Share::new(s::count(raw, &self.part), s::count(raw, &self.of));
            let grown = match self.breaks(share) {
                (true, _) => s::ensure_group(raw, &self.part),
                (_, true) => s::ensure_group_outside(raw, &self.of, &self.part),
                _ => break,
            };
            match grown {
                Some(i) => s::add_seats(raw, i, 1),
                None => break,
            }
        }
        true
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        // An exact share (two thirds elected, one third council members)
        // is broken alone by moving one seat of the part to a new group of
        // a kind no share usually names: the whole stays the same, so the
        // complementary share still holds.
        if self.min.is_some() && self.min == self.max && s::count(raw, &self.part) > 1 {
            let outsider = s::FILLINGS
                .into_iter()
                .rev()
                .map(|f| s::new_group(raw, f, VotingRight::Voting, false))
                .find(|g| !self.part.matches_raw(g) && self.of.matches_raw(g));
            if let Some(g) = outsider {
                s::remove_seats(raw, &self.part, 1);
                raw.composition.seat_groups.push(g);
                return true;
            }
        }
        for _ in 0..2_000 {
            let share =
                crate::composition::Share::new(s::count(raw, &self.part), s::count(raw, &self.of));
            if self.breaks(share) != (false, false) {
                break;
            }
            let grown = if self.min.is_some() {
                s::ensure_group_outside(raw, &self.of, &self.part)
            } else {
                s::ensure_group(raw, &self.part)
            };
            match grown {
                Some(i) => s::add_seats(raw, i, 1),
                None => return false,
            }
        }
        true
    }
}

/// The number of selected seats must lie within `[min, max]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct Seats {
    /// The seats counted.
    pub of: SeatSelector,
    /// The least number allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u16>,
    /// The greatest number allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u16>,
}

impl Check for Seats {
    fn code(&self) -> FindingCode {
        FindingCode::SeatCountOutOfRange
    }

    fn validate(&self, path: &Loc<'_>, c: &mut Collector) {
        non_empty(&self.of, path, "of", c);
        if let (Some(a), Some(b)) = (self.min, self.max) {
            if a > b {
                c.fail(
                    FindingCode::EmptyRange,
                    path.field("max"),
                    "format.range.order",
                );
            }
        }
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        let comp = body.composition();
        let n = comp.seats(&self.of);
        let in_range = |n: u32| {
            !(self.min.is_some_and(|m| n < u32::from(m))
                || self.max.is_some_and(|m| n > u32::from(m)))
        };
        if in_range(n) {
            return Outcome::Met;
        }
        let seats = |m: u16| Quantity::Seats(u32::from(m));
        let required = match (self.min, self.max) {
            (Some(a), Some(b)) if a == b => Requirement::Exactly(seats(a)),
            (Some(a), Some(b)) => Requirement::Between {
                min: seats(a),
                max: seats(b),
            },
            (Some(a), None) => Requirement::AtLeast(seats(a)),
            (None, Some(b)) => Requirement::AtMost(seats(b)),
            (None, None) => return Outcome::Met,
        };
        let mut figures = Figures::of(Quantity::Seats(n), required);
        group_figures(comp, &self.of, GroupRole::Counted, &mut figures.groups);
        let low = self.min.is_some_and(|m| n < u32::from(m));
        let fix = seat_fix(
            comp,
            [&self.of],
            &[new_group_for(&self.of)],
            |[n]| {
                if low {
                    self.min.is_none_or(|m| n >= u32::from(m))
                } else {
                    self.max.is_none_or(|m| n <= u32::from(m))
                }
            },
            |[n]| in_range(n),
        );
        Outcome::Broken {
            code: self.code(),
            path: groups_path(),
            figures,
            fix,
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        let n = s::count(raw, &self.of);
        if let Some(lo) = self.min.map(u32::from).filter(|lo| n < *lo) {
            if let Some(i) = s::ensure_group(raw, &self.of) {
                let n = s::count(raw, &self.of);
                s::add_seats(raw, i, lo.saturating_sub(n));
            }
        }
        if let Some(hi) = self.max.map(u32::from) {
            let n = s::count(raw, &self.of);
            if n > hi {
                s::remove_seats(raw, &self.of, n - hi);
            }
        }
        true
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        // One seat below a minimum of two or more leaves the other seats as
        // they are, so that rules on the rest (a majority, a greatest size)
        // still hold; only without such a minimum is the maximum exceeded.
        if let Some(lo) = self.min.filter(|lo| *lo > 1) {
            let n = s::count(raw, &self.of);
            if n >= u32::from(lo) {
                s::remove_seats(raw, &self.of, n + 1 - u32::from(lo));
                return true;
            }
        }
        if let Some(hi) = self.max {
            let Some(i) = s::ensure_group(raw, &self.of) else {
                return false;
            };
            let n = s::count(raw, &self.of);
            s::add_seats(raw, i, u32::from(hi) + 1 - n.min(u32::from(hi)));
        } else if let Some(lo) = self.min.filter(|lo| *lo > 0) {
            let n = s::count(raw, &self.of);
            s::remove_seats(raw, &self.of, n + 1 - u32::from(lo).min(n + 1));
        } else {
            return false;
        }
        true
    }
}

/// Every seat group must be one the selector selects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct OnlyGroups {
    /// The groups allowed.
    pub allowed: SeatSelector,
}

impl Check for OnlyGroups {
    fn code(&self) -> FindingCode {
        FindingCode::SeatGroupNotAllowed
    }

    fn validate(&self, path: &Loc<'_>, c: &mut Collector) {
        non_empty(&self.allowed, path, "allowed", c);
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        let comp = body.composition();
        if comp.all_groups_match(&self.allowed) {
            return Outcome::Met;
        }
        let Some(first) = comp
            .seat_groups()
            .iter()
            .position(|g| !self.allowed.matches(g))
        else {
            return Outcome::Met;
        };
        let mut figures = Figures::none();
        let mut changes = Vec::new();
        for g in comp
            .seat_groups()
            .iter()
            .filter(|g| !self.allowed.matches(g))
        {
            figures.groups.push(figure(g, GroupRole::Concerned));
            changes.push(SeatChange::RemoveSeats {
                group: GroupRef {
                    id: g.id().to_owned(),
                    label: g.label().to_owned(),
                },
                seats: u32::from(g.seats()),
            });
        }
        // Removing every group would leave none: one allowed group stays.
        if changes.len() == comp.seat_groups().len() {
            let (filling, voting) = new_group_for(&self.allowed);
            changes.push(SeatChange::NewGroup {
                filling,
                voting,
                seats: 1,
            });
        }
        Outcome::Broken {
            code: self.code(),
            path: groups_path().index(first),
            figures,
            fix: Some(Fix {
                options: vec![FixOption::new(changes)],
            }),
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        raw.composition
            .seat_groups
            .retain(|g| self.allowed.matches_raw(g));
        if raw.composition.seat_groups.is_empty() {
            s::ensure_group(raw, &self.allowed);
        }
        true
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        let Some(g) = s::FILLINGS
            .into_iter()
            .map(|f| s::new_group(raw, f, VotingRight::Advisory, false))
            .find(|g| !self.allowed.matches_raw(g))
        else {
            return false;
        };
        raw.composition.seat_groups.push(g);
        true
    }
}

/// At least `min` of the selected seats must be filled; below that the body
/// lapses (§ 86 Abs. 1 S. 3 HGO: an Ausländerbeirat with fewer than three
/// members).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct FilledSeats {
    /// The seats counted.
    pub of: SeatSelector,
    /// The least number of filled seats.
    pub min: u16,
}

impl Check for FilledSeats {
    fn code(&self) -> FindingCode {
        FindingCode::SeatCountOutOfRange
    }

    fn validate(&self, path: &Loc<'_>, c: &mut Collector) {
        non_empty(&self.of, path, "of", c);
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        let comp = body.composition();
        let filled: u32 = comp
            .seat_groups()
            .iter()
            .filter(|g| self.of.matches(g))
            .map(|g| u32::from(g.filled()))
            .sum();
        if filled >= u32::from(self.min) {
            return Outcome::Met;
        }
        let mut figures = Figures::of(
            Quantity::Members(filled),
            Requirement::AtLeast(Quantity::Members(u32::from(self.min))),
        );
        group_figures(comp, &self.of, GroupRole::Counted, &mut figures.groups);
        // Filling seats is not a change of the seat plan: no fix.
        Outcome::Broken {
            code: self.code(),
            path: groups_path(),
            figures,
            fix: None,
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        if s::count(raw, &self.of) < u32::from(self.min) {
            if let Some(i) = s::ensure_group(raw, &self.of) {
                let now = s::count(raw, &self.of);
                s::add_seats(raw, i, u32::from(self.min).saturating_sub(now));
            }
        }
        // Every selected seat filled.
        for g in raw
            .composition
            .seat_groups
            .iter_mut()
            .filter(|g| self.of.matches_raw(g))
        {
            g.filled = None;
        }
        true
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        if self.min == 0 || s::ensure_group(raw, &self.of).is_none() {
            return false;
        }
        // Fewer than `min` filled: all selected seats vacant but
        // `min - 1`, spread from the first group.
        let mut keep = self.min - 1;
        for g in raw
            .composition
            .seat_groups
            .iter_mut()
            .filter(|g| self.of.matches_raw(g))
        {
            let f = g.seats.min(keep);
            keep -= f;
            g.filled = Some(f);
            for n in [&mut g.women, &mut g.with_migration_history]
                .into_iter()
                .flatten()
            {
                *n = (*n).min(f);
            }
        }
        true
    }
}

/// The body lapses (entfällt) by statute when fewer than `below` of the
/// selected seats are filled (§ 86 Abs. 1 S. 3 HGO: an Ausländerbeirat
/// with fewer than three members). A statutory effect, not a requirement:
/// the check applies it (the body is out of office) and reports it as a
/// note; no document must say it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct Lapses {
    /// The seats counted.
    pub of: SeatSelector,
    /// The body lapses when fewer than this many are filled.
    pub below: u16,
}

impl Lapses {
    /// The same count as a requirement, for the shared helpers.
    fn as_filled(&self) -> FilledSeats {
        FilledSeats {
            of: self.of.clone(),
            min: self.below,
        }
    }
}

impl Check for Lapses {
    fn code(&self) -> FindingCode {
        FindingCode::BodyLapsed
    }

    fn validate(&self, path: &Loc<'_>, c: &mut Collector) {
        non_empty(&self.of, path, "of", c);
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        match self.as_filled().evaluate(body) {
            Outcome::Broken { path, figures, .. } => Outcome::Effect {
                code: self.code(),
                path,
                figures,
            },
            other => other,
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, ctx: &Context<'_>) -> bool {
        self.as_filled().satisfy(raw, ctx)
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, ctx: &Context<'_>) -> bool {
        self.as_filled().violate(raw, ctx)
    }
}
