//! Rules and regimes: the law of one Land as values.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::allocation::AllocationRule;
use super::constraint::Constraint;
use super::establishment::EstablishmentRule;
use super::franchise::FranchiseRule;
use super::rights::Right;
use super::vocab::{Certainty, Modality, SourceKind};
use crate::citation::{Citation, Validity};
use crate::kind::BodyType;
use crate::land::{Land, Level};
use crate::term::rules::CouncilTermRule;
#[cfg(doc)]
use crate::{Law, check::CheckError};

fn is_must(m: &Modality) -> bool {
    *m == Modality::Must
}

/// A legal rule: what it requires, where it is written, when it is in force.
///
/// # Example
/// ```
/// use migrant_representation::{Law, law::{AnyRule, Modality, Rule}};
/// let Some(AnyRule::Composition(_, rule)) = Law::builtin().rule("nw.integration_council.elected_majority") else {
///     unreachable!("a built-in rule");
/// };
/// assert_eq!(rule.citation.to_string(), "§ 27 Abs. 1 S. 5 GO NRW");
/// assert_eq!(rule.modality, Modality::Must);
/// // A rule is data: it reads back from its JSON.
/// let json = serde_json::to_value(rule)?;
/// assert_eq!(json["constraint"]["kind"], "outnumber");
/// assert_eq!(&serde_json::from_value::<Rule>(json)?, rule);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Rule {
    /// Stable id (`"nw.integration_council.elected_majority"`).
    pub id: Cow<'static, str>,
    /// The provision.
    pub citation: Citation,
    /// When it is in force.
    pub validity: Validity,
    /// How sure the crate is of it: verified only on a source of a kind
    /// that may verify ([`SourceKind::may_verify`]).
    pub certainty: Certainty,
    /// The kind of source it rests on.
    pub source_kind: SourceKind,
    /// What it says, in German and English: the statute's wording where
    /// the German is a quotation in „…“, otherwise a paraphrase.
    pub statement: crate::finding::Statement,
    /// The check.
    pub constraint: Constraint,
    /// Where the rule was read (a URL of the facts sheet's source).
    pub source: Cow<'static, str>,
    /// How binding the rule is ("muss" unless said otherwise).
    #[serde(default, skip_serializing_if = "is_must")]
    pub modality: Modality,
    /// Decisions taken in recording the rule and what is not verified about
    /// it, with their sources; empty when there is nothing to add.
    #[serde(default, skip_serializing_if = "str::is_empty")]
    pub note: Cow<'static, str>,
    /// The id of the earlier rule this one replaces (the same provision in
    /// its version before a reform), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<Cow<'static, str>>,
}

impl Rule {
    /// An unverified "muss" rule on a paraphrase, with empty statements,
    /// source and note: set them on the value (the fields are public), and
    /// `certainty` with `source_kind` once the statute text has been read.
    ///
    /// # Example
    /// ```
    /// use migrant_representation::law::constraint::Seats;
    /// use migrant_representation::{body::{SeatClass, SeatSelector}, Citation, law::Rule, Validity};
    /// let mut rule = Rule::new(
    ///     "nw.integration_council.min_seats_2030",
    ///     Citation::section("GO NRW", "27").paragraph(1),
    ///     Validity::since(chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()),
    ///     Seats { of: SeatSelector::of(&[SeatClass::Any]), min: Some(11), max: None }.into(),
    /// );
    /// rule.statement.de = "Der Integrationsrat hat mindestens 11 Mitglieder.".into();
    /// rule.statement.en = "An Integrationsrat has at least 11 members".into();
    /// rule.source = "https://example.org/gv-nrw-2030".into();
    /// assert_eq!(rule.citation.to_string(), "§ 27 Abs. 1 GO NRW");
    /// ```
    #[must_use]
    pub fn new(
        id: impl Into<Cow<'static, str>>,
        citation: Citation,
        validity: Validity,
        constraint: Constraint,
    ) -> Self {
        Self {
            id: id.into(),
            citation,
            validity,
            certainty: Certainty::Unverified,
            source_kind: SourceKind::Paraphrase,
            statement: crate::finding::Statement::new("", ""),
            constraint,
            source: Cow::Borrowed(""),
            modality: Modality::Must,
            note: Cow::Borrowed(""),
            replaces: None,
        }
    }
}

/// Whether a statute governs a body type in a Land or only local law does.
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
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Governance {
    /// A Land statute prescribes or permits the body and sets rules for it.
    Statute,
    /// No statute sets rules; the body rests on a council resolution or a
    /// Satzung under the general powers cited in [`Regime::basis`].
    LocalOnly,
}

/// The rules for one body type in one Land at some levels, over the period
/// the crate records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Regime {
    /// The Land.
    pub land: Land,
    /// The body type.
    pub body_type: BodyType,
    /// The body's name in the statute under this regime, in German
    /// ("Integrationsrat", "Ausschuss für Chancengerechtigkeit und
    /// Integration"); empty when the statute gives it no name of its own.
    /// A reform that renames the body opens a new regime.
    #[doc(alias = "Bezeichnung")]
    #[serde(default)]
    pub designation: Cow<'static, str>,
    /// The levels the regime applies to.
    pub levels: Cow<'static, [Level]>,
    /// Statute or local law only.
    pub governance: Governance,
    /// The provision the body type rests on.
    pub basis: Citation,
    /// The period the crate records the law for. Asking about a date outside
    /// it is a [`CheckError::DateNotCovered`], never a silent default.
    pub covered: Validity,
    /// The rules, each with its own validity inside `covered`.
    pub rules: Cow<'static, [Rule]>,
    /// The participation rights the statute gives the body type, each with
    /// its own validity inside `covered`.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub rights: Cow<'static, [Right]>,
    /// What the crate knows and does not know about this regime.
    pub note: Cow<'static, str>,
    /// Transitional provisions: earlier rules that keep applying to the
    /// terms elected before a reform.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub transitions: Cow<'static, [super::transition::Transition]>,
}

impl Regime {
    /// A statutory regime for `body_type` in `land` at `levels`, resting on
    /// `basis` and covering `covered`, with no rules yet: push them onto
    /// [`Regime::rules`] (`rules.to_mut().push(…)`).
    #[must_use]
    pub fn new(
        (land, body_type): (Land, BodyType),
        levels: Vec<Level>,
        basis: Citation,
        covered: Validity,
    ) -> Self {
        Self {
            land,
            body_type,
            designation: Cow::Borrowed(""),
            levels: Cow::Owned(levels),
            governance: Governance::Statute,
            basis,
            covered,
            rules: Cow::Borrowed(&[]),
            rights: Cow::Borrowed(&[]),
            note: Cow::Borrowed(""),
            transitions: Cow::Borrowed(&[]),
        }
    }
}

/// The law of one Land: its regimes, establishment rules, franchise rules,
/// council term and seat allocation rules, as the crate records them or as
/// a program loads them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LandLaw {
    /// The Land.
    pub land: Land,
    /// The rules on composition, chair, term and legal basis, per body type
    /// and level.
    #[serde(default)]
    pub regimes: Cow<'static, [Regime]>,
    /// The duties to form a body.
    #[serde(default)]
    pub establishment: Cow<'static, [EstablishmentRule]>,
    /// Who may vote and stand.
    #[serde(default)]
    pub franchise: Cow<'static, [FranchiseRule]>,
    /// The Wahlperiode of the Land's municipal councils, where recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub council_term: Option<CouncilTermRule>,
    /// How the seats of the directly elected members are allocated from
    /// the votes, per body type and election day.
    #[serde(default)]
    pub allocation: Cow<'static, [AllocationRule]>,
}

impl LandLaw {
    /// The law of `land` with no rules yet.
    #[must_use]
    pub const fn new(land: Land) -> Self {
        Self {
            land,
            regimes: Cow::Borrowed(&[]),
            establishment: Cow::Borrowed(&[]),
            franchise: Cow::Borrowed(&[]),
            council_term: None,
            allocation: Cow::Borrowed(&[]),
        }
    }
}

/// A rule of any kind, as [`Law::rule`] finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum AnyRule<'a> {
    /// A composition rule with the regime it belongs to.
    Composition(&'a Regime, &'a Rule),
    /// A duty to form a body.
    Establishment(&'a EstablishmentRule),
    /// A franchise.
    Franchise(&'a FranchiseRule),
    /// A participation right with the regime it belongs to.
    Right(&'a Regime, &'a Right),
    /// How the directly elected seats are allocated from the votes.
    Allocation(&'a AllocationRule),
}

impl AnyRule<'_> {
    /// The rule's id.
    #[must_use]
    pub fn id(&self) -> &str {
        match self {
            Self::Composition(_, r) => &r.id,
            Self::Establishment(r) => &r.id,
            Self::Franchise(r) => &r.id,
            Self::Right(_, r) => &r.id,
            Self::Allocation(r) => &r.id,
        }
    }

    /// When the rule is in force.
    #[must_use]
    pub fn validity(&self) -> Validity {
        match self {
            Self::Composition(_, r) => r.validity,
            Self::Establishment(r) => r.validity,
            Self::Franchise(r) => r.validity,
            Self::Right(_, r) => r.validity,
            Self::Allocation(r) => r.validity,
        }
    }
}
