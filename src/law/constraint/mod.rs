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
pub use seats::{FilledSeats, Lapses, OnlyGroups, Outnumber, Seats, Share};
pub use term::{
    ElectedWithCouncil, TermContinuesUntilSuccessorMeets, TermFollowsCouncil, TermYears,
};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(crate) use self::core::{Check, Outcome, Subject, TermFacts, figure};
use crate::error::{Collector, FindingCode, Loc};

/// What a rule requires of a body. One variant per kind of check, never per
/// Land: the figures and selectors come from the rule's data.
///
/// Serialized with a `kind` tag next to the fields of the kind:
/// `{"kind": "seats", "of": {"classes": ["any"]}, "min": 26, "max": 26}`.
///
/// # Example
/// ```
/// use migrant_representation::law::constraint::Seats;
/// use migrant_representation::{body::{SeatClass, SeatSelector}, law::Constraint};
/// let k = Constraint::from(Seats { of: SeatSelector::of(&[SeatClass::Any]), min: Some(26), max: Some(26) });
/// assert_eq!(k.code().as_str(), "seat_count_out_of_range");
/// let json = serde_json::to_value(&k)?;
/// assert_eq!(json["kind"], "seats");
/// assert_eq!(serde_json::from_value::<Constraint>(json)?, k);
/// # Ok::<(), serde_json::Error>(())
/// ```
//
// Read by the variant its `kind` names, straight from the object and from
// objects only (`crate::read::strict::Tagged`), not through serde's buffer
// for internally tagged enums.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Constraint {
    /// The body type is not permitted while the rule is in force.
    NotPermitted(NotPermitted),
    /// Some seats must outnumber others.
    Outnumber(Outnumber),
    /// Some seats must make up a share of others.
    Share(Share),
    /// The number of some seats must lie in a range.
    Seats(Seats),
    /// Every seat group must be of an allowed kind.
    OnlyGroups(OnlyGroups),
    /// The chair must be chosen by an allowed method.
    Chair(Chair),
    /// The deputy chairs must be chosen by an allowed method.
    Deputies(Deputies),
    /// The term must follow the council's Wahlperiode.
    TermFollowsCouncil(TermFollowsCouncil),
    /// The term must last a number of years.
    TermYears(TermYears),
    /// The members stay in office until the successor body first meets.
    TermContinuesUntilSuccessorMeets(TermContinuesUntilSuccessorMeets),
    /// The members are elected on the day of the council election.
    ElectedWithCouncil(ElectedWithCouncil),
    /// The body meets a number of times a year.
    MeetingsPerYear(MeetingsPerYear),
    /// The legal basis is of an allowed kind.
    LegalBasis(LegalBasis),
    /// A share of the members has a fact (women, migration history).
    MembersWith(MembersWith),
    /// At least a number of seats must be filled.
    FilledSeats(FilledSeats),
    /// The body lapses by statute below a number of filled seats.
    Lapses(Lapses),
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

/// The `kind` of each variant, as serde's `rename_all = "snake_case"`
/// writes it, and the reader of each (a test compares both with what the
/// derived `Serialize` writes).
macro_rules! tagged {
    ($($variant:ident = $name:literal),* $(,)?) => {
        impl<'de> crate::read::strict::Tagged<'de> for Constraint {
            const EXPECTING: &'static str = "a JSON object (a constraint with its `kind`)";
            const TAG: &'static str = "kind";
            const VARIANTS: &'static [&'static str] = &[$($name),*];
            fn variant<D: serde::Deserializer<'de>>(index: usize, d: D) -> Result<Self, D::Error> {
                let mut i = 0;
                $(
                    if index == i {
                        return <$variant as serde::Deserialize>::deserialize(d).map(Self::$variant);
                    }
                    i += 1;
                )*
                let _ = i;
                Err(serde::de::Error::custom("no such kind"))
            }
        }
    };
}

tagged!(
    NotPermitted = "not_permitted",
    Outnumber = "outnumber",
    Share = "share",
    Seats = "seats",
    OnlyGroups = "only_groups",
    Chair = "chair",
    Deputies = "deputies",
    TermFollowsCouncil = "term_follows_council",
    TermYears = "term_years",
    TermContinuesUntilSuccessorMeets = "term_continues_until_successor_meets",
    ElectedWithCouncil = "elected_with_council",
    MeetingsPerYear = "meetings_per_year",
    LegalBasis = "legal_basis",
    MembersWith = "members_with",
    FilledSeats = "filled_seats",
    Lapses = "lapses",
);

impl<'de> Deserialize<'de> for Constraint {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::read::strict::tagged(d)
    }
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
    Lapses,
);

impl Constraint {
    /// The code a violation of this constraint carries.
    #[must_use]
    pub fn code(&self) -> FindingCode {
        self.check().code()
    }

    /// Whether the rule is about how the members are elected, and so is
    /// judged by the law in force on the election day rather than on the
    /// day checked (the election day, § 27 Abs. 2 S. 3 GO NRW).
    #[must_use]
    pub const fn judged_at_election(&self) -> bool {
        matches!(self, Self::ElectedWithCouncil(_))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::strict::Tagged;

    /// The names the reader knows are exactly the `kind`s the schema (made
    /// from the derived `Serialize` attributes) lists, in order.
    #[test]
    fn the_reader_knows_every_kind_the_schema_lists() {
        let schema = serde_json::to_value(schemars::schema_for!(Constraint)).unwrap();
        let listed = crate::read::strict::schema_tags(&schema, "kind");
        assert_eq!(listed, <Constraint as Tagged<'_>>::VARIANTS);
    }

    /// The tag may stand anywhere; what is written reads back; a list, an
    /// unknown kind and a missing kind are refused.
    #[test]
    fn a_constraint_reads_with_its_tag_anywhere() {
        let first: Constraint = serde_json::from_str(
            r#"{"kind": "seats", "of": {"classes": ["any"]}, "min": 3, "max": 9}"#,
        )
        .unwrap();
        let last: Constraint = serde_json::from_str(
            r#"{"of": {"classes": ["any"]}, "min": 3, "max": 9, "kind": "seats"}"#,
        )
        .unwrap();
        assert_eq!(first, last);
        let again: Constraint =
            serde_json::from_str(&serde_json::to_string(&first).unwrap()).unwrap();
        assert_eq!(again, first);
        for (bad, says) in [
            (
                r#"["seats", {"classes": ["any"]}, 3, 9]"#,
                "invalid type: sequence",
            ),
            (
                r#"{"kind": "seats", "of": ["any"], "min": 3}"#,
                "expected a JSON object",
            ),
            (
                r#"{"of": ["any"], "min": 3, "kind": "seats"}"#,
                "expected a JSON object",
            ),
            (r#"{"kind": "nothing"}"#, "unknown variant `nothing`"),
            (r#"{"min": 3}"#, "missing field `kind`"),
            (
                r#"{"kind": "seats", "of": {"classes": ["any"]}, "x": 1}"#,
                "unknown field `x`",
            ),
        ] {
            let e = serde_json::from_str::<Constraint>(bad)
                .unwrap_err()
                .to_string();
            assert!(e.contains(says), "{bad}: {e}");
        }
    }
}
