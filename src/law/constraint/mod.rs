//! What a rule requires: one type per kind of check.
//!
//! Each kind keeps its whole logic in one `impl Check` block: the code its
//! violation carries, its structural check, its evaluation against a body
//! and, for the `proptest` feature, how a body is changed to meet it or to
//! break it. [`Constraint`] is the serialisable sum of the kinds and only
//! dispatches. A new kind of check is one new type and one new variant; a
//! new Land or reform needs none.

mod basis;
mod chair;
mod core;
#[cfg(feature = "proptest")]
pub(crate) mod draft;
mod fix;
mod members;
mod seats;
mod term;

pub use basis::{LegalBasis, MeetingsPerYear, NotPermitted};
pub use chair::{Chair, Deputies};
pub use members::MembersWith;
pub use seats::{FilledSeats, OnlyGroups, Outnumber, Seats, Share};
pub use term::{
    ElectedWithCouncil, TermContinuesUntilSuccessorMeets, TermFollowsCouncil, TermYears,
};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(crate) use self::core::{Check, Outcome, Subject, TermFacts, figure};
use crate::error::{Collector, Loc, ViolationCode};

/// What a rule requires of a body. One variant per kind of check, never per
/// Land: the figures and selectors come from the rule's data.
///
/// Serialized with a `kind` tag next to the fields of the kind:
/// `{"kind": "seats", "of": {"classes": ["any"]}, "min": 26, "max": 26}`.
///
/// # Example
/// ```
/// use migrant_representation::constraint::Seats;
/// use migrant_representation::{Constraint, SeatClass, SeatSelector};
/// let k = Constraint::from(Seats { of: SeatSelector::of(&[SeatClass::Any]), min: Some(26), max: Some(26) });
/// assert_eq!(k.code().as_str(), "seat_count_out_of_range");
/// let json = serde_json::to_value(&k)?;
/// assert_eq!(json["kind"], "seats");
/// assert_eq!(serde_json::from_value::<Constraint>(json)?, k);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// Each kind is read from a JSON object only, also where serde has
/// buffered it (see `crate::read::strict::object`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Constraint {
    /// The body type is not permitted while the rule is in force.
    NotPermitted(#[serde(deserialize_with = "crate::read::strict::object")] NotPermitted),
    /// Some seats must outnumber others.
    Outnumber(#[serde(deserialize_with = "crate::read::strict::object")] Outnumber),
    /// Some seats must make up a share of others.
    Share(#[serde(deserialize_with = "crate::read::strict::object")] Share),
    /// The number of some seats must lie in a range.
    Seats(#[serde(deserialize_with = "crate::read::strict::object")] Seats),
    /// Every seat group must be of an allowed kind.
    OnlyGroups(#[serde(deserialize_with = "crate::read::strict::object")] OnlyGroups),
    /// The chair must be chosen by an allowed method.
    Chair(#[serde(deserialize_with = "crate::read::strict::object")] Chair),
    /// The deputy chairs must be chosen by an allowed method.
    Deputies(#[serde(deserialize_with = "crate::read::strict::object")] Deputies),
    /// The term must follow the council's Wahlperiode.
    TermFollowsCouncil(
        #[serde(deserialize_with = "crate::read::strict::object")] TermFollowsCouncil,
    ),
    /// The term must last a number of years.
    TermYears(#[serde(deserialize_with = "crate::read::strict::object")] TermYears),
    /// The members stay in office until the successor body first meets.
    TermContinuesUntilSuccessorMeets(
        #[serde(deserialize_with = "crate::read::strict::object")] TermContinuesUntilSuccessorMeets,
    ),
    /// The members are elected on the day of the council election.
    ElectedWithCouncil(
        #[serde(deserialize_with = "crate::read::strict::object")] ElectedWithCouncil,
    ),
    /// The body meets a number of times a year.
    MeetingsPerYear(#[serde(deserialize_with = "crate::read::strict::object")] MeetingsPerYear),
    /// The legal basis is of an allowed kind.
    LegalBasis(#[serde(deserialize_with = "crate::read::strict::object")] LegalBasis),
    /// A share of the members has a fact (women, migration history).
    MembersWith(#[serde(deserialize_with = "crate::read::strict::object")] MembersWith),
    /// At least a number of seats must be filled.
    FilledSeats(#[serde(deserialize_with = "crate::read::strict::object")] FilledSeats),
}

/// Generates the dispatch from [`Constraint`] to its kind and the `From`
/// conversions, so that the list of kinds is written once.
macro_rules! kinds {
    ($($variant:ident),* $(,)?) => {
        impl Constraint {
            /// The kind's logic.
            pub(crate) fn check(&self) -> &dyn Check {
                match self {
                    $(Self::$variant(k) => k,)*
                }
            }
        }
        $(
            impl From<$variant> for Constraint {
                fn from(k: $variant) -> Self {
                    Self::$variant(k)
                }
            }
        )*
    };
}

kinds!(
    NotPermitted,
    Outnumber,
    Share,
    Seats,
    OnlyGroups,
    Chair,
    Deputies,
    TermFollowsCouncil,
    TermYears,
    TermContinuesUntilSuccessorMeets,
    ElectedWithCouncil,
    MeetingsPerYear,
    LegalBasis,
    MembersWith,
    FilledSeats,
);

impl Constraint {
    /// The code a violation of this constraint carries.
    #[must_use]
    pub fn code(&self) -> ViolationCode {
        self.check().code()
    }

    /// The structural check of the constraint's own data (selectors that
    /// select something, shares of at most a whole, ranges that are not
    /// empty).
    pub(crate) fn validate(&self, path: &Loc<'_>, c: &mut Collector) {
        self.check().validate(path, c);
    }

    /// Whether the body described by `subject` meets the constraint.
    pub(crate) fn evaluate(&self, subject: &Subject<'_>) -> Outcome {
        self.check().evaluate(subject)
    }
}
