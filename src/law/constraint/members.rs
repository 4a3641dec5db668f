//! Checks on the members behind the seats: women, migration history.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::core::{Check, Outcome, Subject, at_most_whole, group_figures, groups_path, non_empty};
use crate::composition::{MemberAttribute, SeatSelector};
use crate::error::{Collector, FindingCode, Loc};
use crate::finding::{Figures, GroupRole, Missing, Quantity, Requirement};
use crate::law::vocab::Ratio;

#[cfg(feature = "proptest")]
use super::draft::{self as s, Context, Draft};

/// Of the members holding the selected seats, at least the share `min`
/// (or, with `more_than`, more than it) must have `attribute`. Counted from
/// the seat groups' member counts; where a selected group gives no count the
/// rule is not checked (§ 89 Abs. 1 S. 5 HGO: half of the elected
/// sachkundige Einwohner should be women).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct MembersWith {
    /// The seats whose members are counted.
    pub of: SeatSelector,
    /// The fact counted.
    pub attribute: MemberAttribute,
    /// The share required.
    pub min: Ratio,
    /// `true`: more than `min` ("Mehrheit"); `false`: at least `min`.
    #[serde(default)]
    pub more_than: bool,
}

impl Check for MembersWith {
    fn code(&self) -> FindingCode {
        FindingCode::MemberShareTooLow
    }

    fn validate(&self, path: &Loc<'_>, c: &mut Collector) {
        non_empty(&self.of, path, "of", c);
        at_most_whole(&self.min, path, "min", c);
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        let (mut members, mut with) = (0u64, 0u64);
        for g in body
            .composition()
            .seat_groups()
            .iter()
            .filter(|g| self.of.matches(g))
        {
            let Some(n) = g.members_with(self.attribute) else {
                return Outcome::NotApplicable {
                    missing: match self.attribute {
                        MemberAttribute::Woman => Missing::Women,
                        MemberAttribute::MigrationHistory => Missing::MigrationHistory,
                    },
                    path: groups_path(),
                };
            };
            members += u64::from(g.filled());
            with += u64::from(n);
        }
        let (num, den) = (
            u64::from(self.min.numerator),
            u64::from(self.min.denominator.get()),
        );
        let met = if self.more_than {
            with * den > num * members
        } else {
            with * den >= num * members
        };
        if met {
            return Outcome::Met;
        }
        Outcome::Broken {
            code: self.code(),
            path: groups_path(),
            figures: {
                let members = u32::try_from(members).unwrap_or(u32::MAX);
                let with = u32::try_from(with).unwrap_or(u32::MAX);
                let ratio = Quantity::Ratio(self.min.into());
                let mut f = Figures::of(
                    Quantity::MemberShare(crate::composition::Share::new(with, members)),
                    if self.more_than {
                        Requirement::MoreThan(ratio)
                    } else {
                        Requirement::AtLeast(ratio)
                    },
                );
                group_figures(
                    body.composition(),
                    &self.of,
                    GroupRole::Counted,
                    &mut f.groups,
                );
                f
            },
            fix: None,
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        s::set_members_with(raw, &self.of, self.attribute, true);
        true
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        // Nobody with the fact among at least one member breaks any share.
        let members: u32 = raw
            .composition
            .seat_groups
            .iter()
            .filter(|g| self.of.matches_raw(g))
            .map(|g| u32::from(g.filled.unwrap_or(g.seats)))
            .sum();
        if members == 0 {
            return false;
        }
        s::set_members_with(raw, &self.of, self.attribute, false);
        true
    }
}
