//! Checks on seat counts: majorities, shares, ranges, allowed groups.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::core::{Check, Outcome, Subject, at_most_whole, groups_path, non_empty};
use crate::composition::SeatSelector;
use crate::error::{Collector, Loc, ViolationCode};
use crate::law::vocab::Ratio;

#[cfg(feature = "proptest")]
use super::draft::{self as s, Context, Draft};
#[cfg(feature = "proptest")]
use crate::composition::VotingRight;

/// The `majority` seats must outnumber the `minority` seats
/// (§ 27 Abs. 1 S. 5 GO NRW: elected members outnumber appointed councillors).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outnumber {
    /// The seats that must be more.
    pub majority: SeatSelector,
    /// The seats they must outnumber.
    pub minority: SeatSelector,
}

impl Check for Outnumber {
    fn code(&self) -> ViolationCode {
        ViolationCode::MajorityRequired
    }

    fn validate(&self, path: &Loc<'_>, c: &mut Collector) {
        non_empty(&self.majority, path, "majority", c);
        non_empty(&self.minority, path, "minority", c);
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        let comp = body.composition();
        let (a, b) = (comp.seats(&self.majority), comp.seats(&self.minority));
        if a > b {
            Outcome::Met
        } else {
            Outcome::Broken {
                code: self.code(),
                path: groups_path(),
                detail: format!(
                    "{a} {} do not outnumber {b} {}",
                    self.majority, self.minority
                ),
            }
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
    fn code(&self) -> ViolationCode {
        ViolationCode::ShareOutOfRange
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
        let bound = match (self.breaks(s), self.min, self.max) {
            ((true, _), Some(r), _) => format!("at least {r}"),
            ((_, true), _, Some(r)) => format!("at most {r}"),
            _ => return Outcome::Met,
        };
        Outcome::Broken {
            code: self.code(),
            path: groups_path(),
            detail: format!("{} are {s} of {}; {bound} required", self.part, self.of),
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
    fn code(&self) -> ViolationCode {
        ViolationCode::SeatCountOutOfRange
    }

    fn validate(&self, path: &Loc<'_>, c: &mut Collector) {
        non_empty(&self.of, path, "of", c);
        if let (Some(a), Some(b)) = (self.min, self.max) {
            if a > b {
                c.fail(
                    ViolationCode::EmptyRange,
                    path.field("max"),
                    "format.range.order",
                    format!("the range {a}..={b} is empty"),
                );
            }
        }
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        let n = body.composition().seats(&self.of);
        let low = self.min.is_some_and(|m| n < u32::from(m));
        let high = self.max.is_some_and(|m| n > u32::from(m));
        if !(low || high) {
            return Outcome::Met;
        }
        let range = match (self.min, self.max) {
            (Some(a), Some(b)) if a == b => format!("exactly {a}"),
            (Some(a), Some(b)) => format!("{a} to {b}"),
            (Some(a), None) => format!("at least {a}"),
            (None, Some(b)) => format!("at most {b}"),
            (None, None) => String::new(),
        };
        Outcome::Broken {
            code: self.code(),
            path: groups_path(),
            detail: format!("{n} {}; {range} required", self.of),
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
#[serde(deny_unknown_fields)]
pub struct OnlyGroups {
    /// The groups allowed.
    pub allowed: SeatSelector,
}

impl Check for OnlyGroups {
    fn code(&self) -> ViolationCode {
        ViolationCode::SeatGroupNotAllowed
    }

    fn validate(&self, path: &Loc<'_>, c: &mut Collector) {
        non_empty(&self.allowed, path, "allowed", c);
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        let comp = body.composition();
        if comp.all_groups_match(&self.allowed) {
            return Outcome::Met;
        }
        match comp
            .seat_groups()
            .iter()
            .position(|g| !self.allowed.matches(g))
        {
            None => Outcome::Met,
            Some(i) => {
                let g = &comp.seat_groups()[i];
                Outcome::Broken {
                    code: self.code(),
                    path: groups_path().index(i),
                    detail: format!(
                        "seat group {:?} ({}, {}) is not among the allowed {}",
                        g.id(),
                        <&str>::from(g.filling()),
                        <&str>::from(g.voting()),
                        self.allowed
                    ),
                }
            }
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
