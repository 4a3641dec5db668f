//! Checks on how the chair and the deputy chairs are chosen.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::core::{Check, Outcome, Subject};
use crate::composition::{ChairMethod, ChairSelection, SeatSelector};
use crate::error::{FindingCode, JsonPointer};
use crate::finding::{Figures, Missing};

#[cfg(feature = "proptest")]
use super::draft::{self as s, Context, Draft};

/// The chair must be chosen by one of these methods
/// (§ 27 Abs. 7 GO NRW: from the Integrationsrat's midst).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct Chair {
    /// The methods allowed.
    pub allowed: Cow<'static, [ChairMethod]>,
    /// The seat groups the chair must come from, where the rule says so
    /// (§ 58 Abs. 5 GO NRW: a voting council member of the committee). The
    /// selection must then name the chair's own seat group
    /// ([`ChairSelection::ElectedFromGroup`], or
    /// [`ChairSelection::ExOfficio`] with a `group`), and this must select it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_seats: Option<SeatSelector>,
}

/// The deputy chairs must be chosen by one of these methods.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct Deputies {
    /// The methods allowed.
    pub allowed: Cow<'static, [ChairMethod]>,
}

/// Whether `sel`, the selection in `field`, is one of `allowed`.
fn check(
    sel: Option<&ChairSelection>,
    allowed: &[ChairMethod],
    field: &'static str,
    code: FindingCode,
    missing: Missing,
) -> Outcome {
    match sel {
        None => Outcome::NotApplicable {
            missing,
            path: JsonPointer::root().field("composition"),
        },
        Some(s) if allowed.contains(&s.method()) => Outcome::Met,
        Some(_) => Outcome::Broken {
            code,
            path: JsonPointer::root().field("composition").field(field),
            figures: Figures::none(),
            fix: None,
        },
    }
}

/// A selection by the first allowed method, unless `current` is allowed.
#[cfg(feature = "proptest")]
fn allowed_selection(
    current: Option<&ChairSelection>,
    allowed: &[ChairMethod],
    raw: &Draft<'_>,
) -> Option<Option<ChairSelection>> {
    current
        .is_none_or(|c| !allowed.contains(&c.method()))
        .then(|| allowed.first().map(|m| s::selection(*m, raw)))
}

/// A selection by a method not allowed, if there is one.
#[cfg(feature = "proptest")]
fn other_selection(allowed: &[ChairMethod], raw: &Draft<'_>) -> Option<ChairSelection> {
    s::METHODS
        .into_iter()
        .find(|m| !allowed.contains(m))
        .map(|m| s::selection(m, raw))
}

impl Check for Chair {
    fn code(&self) -> FindingCode {
        FindingCode::ChairRuleNotAllowed
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        let composition = body.composition();
        let outcome = check(
            composition.chair(),
            &self.allowed,
            "chair",
            self.code(),
            Missing::Chair,
        );
        let (Outcome::Met, Some(from), Some(chair)) =
            (&outcome, &self.from_seats, composition.chair())
        else {
            return outcome;
        };
        // The path is built only when the rule is broken: a compliant check
        // allocates nothing.
        let broken = |path: JsonPointer| Outcome::Broken {
            code: self.code(),
            path,
            figures: Figures::none(),
            fix: None,
        };
        let chair_path = || JsonPointer::root().field("composition").field("chair");
        match chair.own_group() {
            Some(id) if composition.group(id).is_some_and(|g| from.matches(g)) => Outcome::Met,
            // A group of another kind.
            Some(_) => broken(chair_path().field("group")),
            // A selection that does not say from which group the chair comes.
            None => broken(chair_path()),
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        let Some(from) = &self.from_seats else {
            if let Some(s) = allowed_selection(raw.composition.chair.as_ref(), &self.allowed, raw) {
                raw.composition.chair = s;
            }
            return true;
        };
        // A seat group the chair may come from, added if there is none.
        if !raw
            .composition
            .seat_groups
            .iter()
            .any(|g| from.matches_raw(g))
        {
            let group = s::FILLINGS
                .into_iter()
                .flat_map(|f| [false, true].map(|council| (f, council)))
                .map(|(f, council)| {
                    s::new_group(raw, f, crate::composition::VotingRight::Voting, council)
                })
                .find(|g| from.matches_raw(g));
            let Some(group) = group else { return false };
            raw.composition.seat_groups.push(group);
        }
        let Some(group) = raw
            .composition
            .seat_groups
            .iter()
            .find(|g| from.matches_raw(g))
            .map(|g| g.id.clone())
        else {
            return false;
        };
        raw.composition.chair = if self.allowed.contains(&ChairMethod::ElectedFromGroup) {
            Some(ChairSelection::ElectedFromGroup { group })
        } else if self.allowed.contains(&ChairMethod::ExOfficio) {
            Some(ChairSelection::ExOfficio {
                office: "Bürgermeister".into(),
                group: Some(group),
            })
        } else {
            return false;
        };
        true
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        let other = other_selection(&self.allowed, raw);
        let done = other.is_some();
        if done {
            raw.composition.chair = other;
        }
        done
    }
}

impl Check for Deputies {
    fn code(&self) -> FindingCode {
        FindingCode::DeputyRuleNotAllowed
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        check(
            body.composition().deputies(),
            &self.allowed,
            "deputies",
            self.code(),
            Missing::Deputies,
        )
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        if let Some(s) = allowed_selection(raw.composition.deputies.as_ref(), &self.allowed, raw) {
            raw.composition.deputies = s;
        }
        true
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        let other = other_selection(&self.allowed, raw);
        let done = other.is_some();
        if done {
            raw.composition.deputies = other;
        }
        done
    }
}
