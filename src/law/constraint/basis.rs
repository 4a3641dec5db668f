//! Checks on the body as a whole: whether it is permitted, its legal basis,
//! how often it meets.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::core::{Check, Outcome, Subject};
use crate::citation::LegalBasisKind;
use crate::error::{FindingCode, JsonPointer};
use crate::finding::{Figures, Missing, Quantity, Requirement};

#[cfg(feature = "proptest")]
use super::draft::{self as s, Context, Draft};

/// The body type is not permitted while the rule is in force (NRW
/// Integrationsausschuss from 31 Dec 2013 to 28 Dec 2018).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct NotPermitted {}

impl Check for NotPermitted {
    fn code(&self) -> FindingCode {
        FindingCode::BodyTypeNotPermitted
    }

    fn evaluate(&self, _: &Subject<'_>) -> Outcome {
        Outcome::Broken {
            code: self.code(),
            path: JsonPointer::root().field("body_type"),
            figures: Figures::none(),
            fix: None,
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, _: &mut Draft<'_>, _: &Context<'_>) -> bool {
        false
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, _: &mut Draft<'_>, _: &Context<'_>) -> bool {
        true
    }
}

/// The legal basis must be of one of these kinds (local-law Länder: a
/// Satzung or a council resolution).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    /// The kinds allowed.
    pub allowed: Cow<'static, [LegalBasisKind]>,
}

impl Check for LegalBasis {
    fn code(&self) -> FindingCode {
        FindingCode::LegalBasisMismatch
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        let kind = body.legal_basis;
        if self.allowed.contains(&kind) {
            Outcome::Met
        } else {
            Outcome::Broken {
                code: self.code(),
                path: JsonPointer::root().field("legal_basis").field("kind"),
                figures: Figures::none(),
                fix: None,
            }
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, ctx: &Context<'_>) -> bool {
        if !self.allowed.contains(&raw.legal_basis.kind()) {
            if let Some(k) = self.allowed.first() {
                *raw.legal_basis = s::legal_basis(*k, ctx.basis);
            }
        }
        true
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, ctx: &Context<'_>) -> bool {
        let Some(kind) = s::BASIS_KINDS
            .into_iter()
            .find(|k| !self.allowed.contains(k))
        else {
            return false;
        };
        *raw.legal_basis = s::legal_basis(kind, ctx.basis);
        true
    }
}

/// The body must meet at least `count` times a year (§ 89 Abs. 4 HGO:
/// the Integrations-Kommission, four times).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct MeetingsPerYear {
    /// The least number of meetings.
    pub count: u8,
}

impl Check for MeetingsPerYear {
    fn code(&self) -> FindingCode {
        FindingCode::TooFewMeetings
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        match body.meetings_per_year() {
            None => Outcome::NotApplicable {
                missing: Missing::MeetingsPerYear,
                path: JsonPointer::root(),
            },
            Some(n) if n >= self.count => Outcome::Met,
            Some(n) => Outcome::Broken {
                code: self.code(),
                path: JsonPointer::root().field("meetings_per_year"),
                figures: Figures::of(
                    Quantity::MeetingsPerYear(u32::from(n)),
                    Requirement::AtLeast(Quantity::MeetingsPerYear(u32::from(self.count))),
                ),
                fix: None,
            },
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        if raw.meetings_per_year.is_some_and(|n| n < self.count) {
            *raw.meetings_per_year = Some(self.count);
        }
        true
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        let Some(fewer) = self.count.checked_sub(1) else {
            return false;
        };
        *raw.meetings_per_year = Some(fewer);
        true
    }
}
