//! What a check finds: reports, notes, the catalogue, and the one recorder
//! every rule's outcome goes through.

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::constraint::{Constraint, Outcome};
use super::rule::Governance;
use super::vocab::{Certainty, Modality};
use crate::citation::{Citation, Validity};
use crate::error::{Violation, ViolationCode};
use crate::kind::BodyType;
use crate::land::{Land, Level};
#[cfg(doc)]
use crate::{EstablishmentRule, FranchiseRule, Law, Right, Rule};

/// Why a body could not be checked on a date.
///
/// This is not a violation: it says that the crate does not know the law that
/// applies, and it never falls back to a default.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CheckError {
    /// No regime of this crate covers the Land, body type and level at all.
    #[error("no law is recorded for a {body_type} at {level} level in {land}")]
    NoRegime {
        /// The Land of the body.
        land: Land,
        /// The body type.
        body_type: BodyType,
        /// The level of the body.
        level: Level,
    },
    /// A regime exists, but the date lies outside the period it covers.
    #[error(
        "the law for a {body_type} at {level} level in {land} is recorded only from {covered_from}; {date} lies outside it"
    )]
    DateNotCovered {
        /// The Land of the body.
        land: Land,
        /// The body type.
        body_type: BodyType,
        /// The level of the body.
        level: Level,
        /// The date asked about.
        date: NaiveDate,
        /// The first date the recorded law covers.
        covered_from: NaiveDate,
    },
}

/// What a [`Note`] reports.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum NoteKind {
    /// The rule could not be checked: the document lacks what it needs (no
    /// term, no member counts).
    NotChecked,
    /// The body breaks a rule the crate records as unverified.
    UnverifiedRuleBroken,
}

/// A rule that could not be applied, or an unverified rule the body breaks.
///
/// `message` is for people and may change; match on [`kind`](Self::kind),
/// [`code`](Self::code) and [`rule`](Self::rule).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Note {
    /// What the note reports.
    pub kind: NoteKind,
    /// The code a violation of the rule carries.
    pub code: ViolationCode,
    /// The rule's id.
    pub rule: Cow<'static, str>,
    /// The rule's citation.
    pub citation: Citation,
    /// What the note says.
    pub message: String,
}

/// The result of checking one body on one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Report {
    /// The date the law was applied for.
    pub checked_on: NaiveDate,
    /// The Land.
    pub land: Land,
    /// The body type.
    pub body_type: BodyType,
    /// The provision the body type rests on in that Land.
    pub basis: Citation,
    /// Whether a statute governs the body type or only local law.
    pub governance: Governance,
    /// Every broken "muss" rule, statutory and local.
    pub violations: Vec<Violation>,
    /// Every broken "soll" rule ([`Modality::Should`]): binding unless the
    /// case is atypical, which the municipality must be able to justify.
    #[serde(default)]
    pub warnings: Vec<Violation>,
    /// Rules that could not be applied (missing data) and unverified rules
    /// the body does not meet.
    pub notes: Vec<Note>,
    /// Violations and warnings beyond the limit, counted, not listed
    /// ([`crate::limits::MAX_FINDINGS`]); a `too_many_findings` violation
    /// then closes the list.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub omitted: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Report {
    /// `true` when no "muss" rule is broken. Warnings (broken "soll" rules)
    /// do not make a body non-compliant.
    #[must_use]
    pub fn is_compliant(&self) -> bool {
        self.violations.is_empty()
    }
}

/// One line of the rule catalogue: a rule with the regime it belongs to.
/// Generated from the same values the checker runs ([`Law::catalogue`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct CatalogueEntry {
    /// The rule's stable id.
    pub id: Cow<'static, str>,
    /// What the rule is about.
    pub kind: RuleKind,
    /// The Land.
    pub land: Land,
    /// The body types it applies to.
    pub body_types: Vec<BodyType>,
    /// The levels it applies at (empty for franchise rules: any level).
    pub levels: Vec<Level>,
    /// The provision.
    pub citation: Citation,
    /// The citation as text (`"§ 27 Abs. 1 GO NRW"`).
    pub citation_text: String,
    /// When it is in force.
    pub validity: Validity,
    /// How sure the crate is of it.
    pub certainty: Certainty,
    /// How binding it is: "muss", "soll" or "kann" (for establishment rules,
    /// the strength of the duty).
    pub modality: Modality,
    /// The rule in one German sentence.
    pub statement_de: Cow<'static, str>,
    /// The rule in one English sentence.
    pub statement_en: Cow<'static, str>,
    /// Where it was read.
    pub source: Cow<'static, str>,
    /// What was decided in recording it, and what is not verified.
    #[serde(default, skip_serializing_if = "str::is_empty")]
    pub note: Cow<'static, str>,
    /// For composition rules: the check and the code its violation carries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<CatalogueCheck>,
}

/// The check of a composition rule in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct CatalogueCheck {
    /// Statute or local law only.
    pub governance: Governance,
    /// What the rule requires.
    pub constraint: Constraint,
    /// The code a violation carries.
    pub code: ViolationCode,
}

/// What a rule of the catalogue is about.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::Display,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum RuleKind {
    /// Composition, chair, term and legal basis of a body ([`Rule`]).
    Composition,
    /// The duty to establish a body ([`EstablishmentRule`]).
    Establishment,
    /// Who may vote and stand ([`FranchiseRule`]).
    Franchise,
    /// A participation right ([`Right`]).
    Right,
}

/// Records one rule's outcome: a violation for a verified "muss" rule that
/// is broken, a warning for a verified "soll" (or "kann") rule, a note for an
/// unverified one or for one that could not be applied.
pub(super) fn record(
    report: &mut Report,
    (outcome, rule_code): (Outcome, ViolationCode),
    id: Cow<'static, str>,
    citation: &Citation,
    statement: &str,
    (certainty, modality): (Certainty, Modality),
) {
    match (outcome, certainty) {
        (Outcome::Met, _) => {}
        (Outcome::NotApplicable(why), _) => report.notes.push(Note {
            kind: NoteKind::NotChecked,
            code: rule_code,
            rule: id,
            citation: citation.clone(),
            message: format!("not checked: {why}"),
        }),
        (Outcome::Broken { code, path, detail }, Certainty::Verified) => {
            let list = match modality {
                Modality::Must => &mut report.violations,
                Modality::Should | Modality::May => &mut report.warnings,
            };
            if list.len() >= crate::limits::MAX_FINDINGS {
                // The checker adds one `too_many_findings` at the end.
                report.omitted += 1;
                return;
            }
            list.push(Violation {
                code,
                path,
                rule: id,
                citation: Some(citation.clone()),
                message: format!("{statement} ({detail})"),
            })
        }
        (Outcome::Broken { detail, .. }, Certainty::Unverified) => report.notes.push(Note {
            kind: NoteKind::UnverifiedRuleBroken,
            code: rule_code,
            rule: id,
            citation: citation.clone(),
            message: format!("unverified rule not met: {statement} ({detail})"),
        }),
    }
}
