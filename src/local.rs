//! The rules and rights of local law that a body document carries with it:
//! its Hauptsatzung's or council resolution's own rules ([`LocalRule`]) and
//! the participation rights they grant ([`LocalRight`]). They are parts of
//! the document, written in the vocabulary of the law (a constraint, a kind
//! of right, an organ).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Validity};
use crate::error::{Collector, FindingCode, Loc};
use crate::law::constraint::Constraint;
use crate::law::rights::{Matters, Organ, RightKind};
use crate::law::vocab::Modality;
use crate::limits;
use crate::validate::validate_citation;

/// A rule of local law that a body document carries with it (a Hauptsatzung
/// that fixes Köln's Integrationsrat at 33 seats, two thirds elected).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LocalRule {
    /// Identifier, unique within the document.
    #[schemars(regex(pattern = limits::ID_SCHEMA_PATTERN))]
    pub id: String,
    /// The provision of local law.
    pub citation: Citation,
    /// What it requires, in one sentence.
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub statement: String,
    /// When it is in force; absent means always.
    #[serde(default, skip_serializing_if = "is_always")]
    pub validity: Validity,
    /// The check.
    pub constraint: Constraint,
}

impl LocalRule {
    pub(crate) fn validate(&self, path: &Loc<'_>, c: &mut Collector) {
        if !limits::is_valid_id(&self.id) {
            c.fail(
                FindingCode::InvalidIdentifier,
                path.field("id"),
                "format.identifier",
            );
        }
        c.text(
            &path.field("statement"),
            &self.statement,
            limits::NAME_MAX_CHARS,
        );
        validate_citation(&self.citation, &path.field("citation"), c);
        if !self.validity.is_well_formed() {
            c.fail(
                FindingCode::InvalidValidity,
                path.field("validity"),
                "format.validity.order",
            );
        }
        self.constraint.validate(&path.field("constraint"), c);
    }
}

/// A participation right a Satzung or a council resolution grants, written
/// in the body document (Dresden: Anhörungs- und Rederecht).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LocalRight {
    /// Identifier, unique within the document.
    #[schemars(regex(pattern = limits::ID_SCHEMA_PATTERN))]
    pub id: String,
    /// The kind of right.
    pub kind: RightKind,
    /// The organs it concerns (at least one).
    #[schemars(length(min = 1))]
    pub organs: Vec<Organ>,
    /// The matters it covers.
    pub matters: Matters,
    /// How binding the organ's duty is ("muss" unless said otherwise).
    #[serde(default, skip_serializing_if = "is_must")]
    pub modality: Modality,
    /// The provision of local law.
    pub citation: Citation,
    /// The right in one sentence, as the local law words it.
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub statement: String,
    /// When it is in force; absent means always.
    #[serde(default, skip_serializing_if = "is_always")]
    pub validity: Validity,
}

fn is_must(m: &Modality) -> bool {
    *m == Modality::Must
}

fn is_always(v: &Validity) -> bool {
    *v == Validity::always()
}

impl LocalRight {
    pub(crate) fn validate(&self, path: &Loc<'_>, c: &mut Collector) {
        if !limits::is_valid_id(&self.id) {
            c.fail(
                FindingCode::InvalidIdentifier,
                path.field("id"),
                "format.identifier",
            );
        }
        if self.organs.is_empty() {
            c.fail(
                FindingCode::EmptySelector,
                path.field("organs"),
                "format.right.organs",
            );
        }
        c.text(
            &path.field("statement"),
            &self.statement,
            limits::NAME_MAX_CHARS,
        );
        validate_citation(&self.citation, &path.field("citation"), c);
        if !self.validity.is_well_formed() {
            c.fail(
                FindingCode::InvalidValidity,
                path.field("validity"),
                "format.validity.order",
            );
        }
    }
}
