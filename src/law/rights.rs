//! Participation rights: what a body may demand of the council, its
//! committees and the administration, and what they must (or should, or
//! may) do.
//!
//! Statutory rights are rules of the Land's law ([`Right`], in a
//! [`Regime`](crate::Regime)); rights a Satzung grants are written in the
//! body document ([`LocalRight`]). [`RepresentationBody::rights`](crate::RepresentationBody::rights)
//! resolves both into one list. A Satzung cannot take a statutory right
//! away: a local right weaker than the statutory right of the same kind
//! towards the same organ is a violation (`right_narrowed`).

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::vocab::{Certainty, Modality, SourceKind};
use crate::citation::{Citation, Validity};

/// The kind of a participation right.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::Display,
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum RightKind {
    /// To be informed (Informationsrecht, Unterrichtung).
    #[doc(alias = "Informationsrecht")]
    Information,
    /// To be heard before a decision (Anhörungsrecht).
    #[doc(alias = "Anhörungsrecht")]
    Hearing,
    /// To make proposals and suggestions (Vorschlagsrecht, Anregung).
    #[doc(alias = "Vorschlagsrecht")]
    Proposal,
    /// To table a motion the organ must deal with (Antragsrecht).
    #[doc(alias = "Antragsrecht")]
    Motion,
    /// To attend the organ's meetings and speak (Teilnahme- und Rederecht).
    #[doc(alias = "Rederecht")]
    AttendanceAndSpeaking,
    /// To comment on questions put to the body (Stellungnahme).
    #[doc(alias = "Stellungnahme")]
    Comment,
    /// To decide matters the council delegates (übertragene Entscheidung).
    #[doc(alias = "Entscheidungsbefugnis")]
    DelegatedDecision,
}

crate::enums::variants!(
    RightKind,
    [
        Information,
        Hearing,
        Proposal,
        Motion,
        AttendanceAndSpeaking,
        Comment,
        DelegatedDecision
    ]
);

impl RightKind {
    /// The kind of right in `lang`, for people: German by default.
    #[must_use]
    pub const fn describe(self, lang: crate::Language) -> &'static str {
        match lang {
            crate::Language::En => self.en(),
            _ => self.de(),
        }
    }

    const fn de(self) -> &'static str {
        match self {
            Self::Information => "Informationsrecht",
            Self::Hearing => "Anhörungsrecht",
            Self::Proposal => "Vorschlagsrecht",
            Self::Motion => "Antragsrecht",
            Self::AttendanceAndSpeaking => "Teilnahme- und Rederecht",
            Self::Comment => "Stellungnahme",
            Self::DelegatedDecision => "übertragene Entscheidungsbefugnis",
        }
    }

    const fn en(self) -> &'static str {
        match self {
            Self::Information => "right to information",
            Self::Hearing => "right to be heard",
            Self::Proposal => "right to make proposals",
            Self::Motion => "right to table motions",
            Self::AttendanceAndSpeaking => "right to attend and speak",
            Self::Comment => "comment on request",
            Self::DelegatedDecision => "delegated power to decide",
        }
    }
}

/// The organ a right concerns.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::Display,
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Organ {
    /// The council (Rat, Gemeindevertretung, Stadtverordnetenversammlung,
    /// Kreistag).
    #[doc(alias = "Rat")]
    #[doc(alias = "Gemeindevertretung")]
    Council,
    /// The council's committees (Ausschüsse).
    #[doc(alias = "Ausschuss")]
    Committee,
    /// A district council (Bezirksvertretung).
    #[doc(alias = "Bezirksvertretung")]
    DistrictCouncil,
    /// The mayor or the executive board (Bürgermeister, Gemeindevorstand,
    /// Magistrat).
    #[doc(alias = "Gemeindevorstand")]
    #[doc(alias = "Bürgermeister")]
    Executive,
}

crate::enums::variants!(Organ, [Council, Committee, DistrictCouncil, Executive]);

impl Organ {
    /// The organ in `lang`, for people: German by default.
    #[must_use]
    pub const fn describe(self, lang: crate::Language) -> &'static str {
        match lang {
            crate::Language::En => self.en(),
            _ => self.de(),
        }
    }

    const fn de(self) -> &'static str {
        match self {
            Self::Council => "Rat bzw. Gemeindevertretung",
            Self::Committee => "Ausschüsse",
            Self::DistrictCouncil => "Bezirksvertretungen",
            Self::Executive => "Bürgermeister bzw. Gemeindevorstand",
        }
    }

    const fn en(self) -> &'static str {
        match self {
            Self::Council => "council",
            Self::Committee => "committees",
            Self::DistrictCouncil => "district councils",
            Self::Executive => "mayor or executive board",
        }
    }
}

/// The matters a right covers.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::Display,
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Matters {
    /// All matters of the municipality (alle Angelegenheiten der Gemeinde).
    All,
    /// Matters that concern the group the body represents.
    ConcerningTheGroup,
    /// Important matters that concern the group.
    ImportantConcerningTheGroup,
    /// Questions the council, a committee or the mayor put to the body.
    Referred,
    /// Matters the council delegates to the body.
    Delegated,
}

crate::enums::variants!(
    Matters,
    [
        All,
        ConcerningTheGroup,
        ImportantConcerningTheGroup,
        Referred,
        Delegated
    ]
);

impl Matters {
    /// The matters in `lang`, for people: German by default.
    #[must_use]
    pub const fn describe(self, lang: crate::Language) -> &'static str {
        match lang {
            crate::Language::En => self.en(),
            _ => self.de(),
        }
    }

    const fn de(self) -> &'static str {
        match self {
            Self::All => "alle Angelegenheiten der Gemeinde",
            Self::ConcerningTheGroup => "Angelegenheiten, die die vertretene Gruppe betreffen",
            Self::ImportantConcerningTheGroup => {
                "wichtige Angelegenheiten, die die vertretene Gruppe betreffen"
            }
            Self::Referred => "vorgelegte Fragen",
            Self::Delegated => "übertragene Angelegenheiten",
        }
    }

    const fn en(self) -> &'static str {
        match self {
            Self::All => "all municipal matters",
            Self::ConcerningTheGroup => "matters concerning the group represented",
            Self::ImportantConcerningTheGroup => {
                "important matters concerning the group represented"
            }
            Self::Referred => "questions put to the body",
            Self::Delegated => "delegated matters",
        }
    }
}

/// A statutory participation right of a body type in a Land.
///
/// `modality` is how binding the organ's duty is: "muss" (the committees
/// must hear the Ausländerbeirat, § 88 HGO), "soll", or "kann" (the
/// Gemeindevertretung may hear it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Right {
    /// Stable id (`"he.foreign_residents_board.hearing_committees"`).
    pub id: Cow<'static, str>,
    /// The kind of right.
    pub kind: RightKind,
    /// The organs it concerns.
    pub organs: Cow<'static, [Organ]>,
    /// The matters it covers.
    pub matters: Matters,
    /// How binding the organ's duty is.
    pub modality: Modality,
    /// The provision.
    pub citation: Citation,
    /// When it is in force.
    pub validity: Validity,
    /// How sure the crate is of it.
    pub certainty: Certainty,
    /// The kind of source it rests on.
    pub source_kind: SourceKind,
    /// What it says, in German and English: the statute's wording where
    /// the German is a quotation in „…“, otherwise a paraphrase.
    pub statement: crate::finding::Statement,
    /// Where it was read.
    pub source: Cow<'static, str>,
    /// What was decided in recording it, and what is not verified.
    #[serde(default, skip_serializing_if = "str::is_empty")]
    pub note: Cow<'static, str>,
    /// The id of the earlier rule this one replaces (the same provision in
    /// its version before a reform), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<Cow<'static, str>>,
}

impl Right {
    /// An unverified "muss" right (on a paraphrase) of `kind` towards
    /// `organs` on `matters`, with empty texts: set them on the value.
    #[must_use]
    pub fn new(
        id: impl Into<Cow<'static, str>>,
        (kind, organs, matters): (RightKind, Vec<Organ>, Matters),
        citation: Citation,
        validity: Validity,
    ) -> Self {
        Self {
            id: id.into(),
            kind,
            organs: Cow::Owned(organs),
            matters,
            modality: Modality::Must,
            citation,
            validity,
            certainty: Certainty::Unverified,
            source_kind: SourceKind::Paraphrase,
            statement: crate::finding::Statement::new("", ""),
            source: Cow::Borrowed(""),
            note: Cow::Borrowed(""),
            replaces: None,
        }
    }
}

/// Where a resolved right comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum RightSource {
    /// The Land's statute: the rule's id.
    Statute {
        /// The id of the statutory right.
        rule: Cow<'static, str>,
    },
    /// The body document: the local right's id.
    Local {
        /// The id of the local right in the document.
        id: String,
    },
}

/// A right in force for a body on a date, statutory or local.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct ResolvedRight {
    /// The kind of right.
    pub kind: RightKind,
    /// The organs it concerns.
    pub organs: Vec<Organ>,
    /// The matters it covers.
    pub matters: Matters,
    /// How binding the organ's duty is.
    pub modality: Modality,
    /// The provision.
    pub citation: Citation,
    /// How sure the crate is of it (local rights are taken as written).
    pub certainty: Certainty,
    /// Where it comes from.
    pub source: RightSource,
    /// What it grants, in German and English (a local right's own text in
    /// both).
    pub statement: crate::finding::Statement,
}

/// How strong a modality is: muss over soll over kann.
pub(crate) const fn strength(m: Modality) -> u8 {
    match m {
        Modality::Must => 2,
        Modality::Should => 1,
        Modality::May => 0,
    }
}
