//! Maturity of local networks of migrant organisations, assessed from
//! evidence, and the characteristics a Verbund needs to join the federal
//! association.
//!
//! The Bundesverband NeMO describes three phases of "lokale
//! Verbundwerdung" — *lokale Initiative → lokales Netzwerk → lokaler
//! Verbund* — and says that no sharp line can be drawn between them; the
//! phases are a model. The crate draws the lines where the published
//! criteria allow a yes/no answer:
//!
//! | stage | criteria (all of the earlier stages' too) |
//! |---|---|
//! | Initiative | at least two member organisations; cooperation across origins and cultures (non-binding) |
//! | Network | regular meetings; resolutions on cooperation; resolutions on external presentation; at least two organs ("verschiedene Organe"); clear contact persons |
//! | Verbund | proven through its work (at least one documented activity); functioning organs; at least one office (Geschäftsstelle); at least one staff member |
//!
//! A registered association (e.V.) is **not** a criterion: the source says
//! networks are "meistens" registered, so the crate records the register
//! date but never requires it. What "proven through its work" means is not
//! defined by the source; the crate asks for at least one documented
//! activity (a project, a partnership), which a funder can check.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::citation::Citation;
use crate::error::{Finding, FindingCode, JsonPointer};
use crate::language::Language;
use crate::limits;

/// The published model the stage criteria come from.
pub const NEMO_MODEL: Citation =
    Citation::whole("BV NeMO, Phasenmodell der lokalen Verbundwerdung");
/// The published characteristics a Verbund needs to join the federal
/// association.
pub const NEMO_CHARACTERISTICS: Citation = Citation::whole("BV NeMO, Merkmale lokaler Verbünde");

/// The evidence a network's documents record.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct NetworkEvidence {
    /// The member organisations cooperate across origins and cultures
    /// (herkunfts- und kulturübergreifend).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cooperation_across_origins: bool,
    /// The members meet regularly (regelmäßige Sitzungen).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub regular_meetings: bool,
    /// The members have adopted resolutions on their cooperation.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cooperation_resolutions: bool,
    /// The members have adopted resolutions on how they present themselves.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub external_presentation_resolutions: bool,
    /// How many organs the network has (board, assembly, …).
    #[serde(default)]
    pub organs: u8,
    /// The organs work (meet, decide, are filled).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub organs_functioning: bool,
    /// The network has clear contact persons.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub contact_persons: bool,
    /// When it was entered in the register of associations (e.V.), if it
    /// was; not a criterion of any stage.
    #[serde(
        with = "crate::date::strict_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<crate::date::DateSchema>")]
    pub registered_on: Option<NaiveDate>,
    /// Documented work that proves the network (projects, partnerships).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN)))]
    pub proven_work: Vec<String>,
    /// How many offices (Geschäftsstellen) it runs.
    #[serde(default)]
    pub offices: u8,
    /// When it opened its first office, if known.
    #[serde(
        with = "crate::date::strict_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<crate::date::DateSchema>")]
    pub first_office_on: Option<NaiveDate>,
    /// How many staff members (Mitarbeiter*innen) it has.
    #[serde(default)]
    pub staff: u16,
}

/// The member organisations of a network.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct NetworkMembers {
    /// How many member organisations there are.
    #[serde(default)]
    pub count: u32,
    /// The countries or regions of origin represented, if recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(length(min = 1, max = limits::SHORT_TEXT_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN)))]
    pub origins: Vec<String>,
}

/// The maturity stage of a local network of migrant organisations, in the
/// three-phase model of the Bundesverband NeMO. The association stresses
/// that the stages are a model without sharp lines.
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
pub enum MaturityStage {
    /// Lokale Initiative: non-binding cooperation across origins.
    #[doc(alias = "lokale Initiative")]
    Initiative,
    /// Lokales Netzwerk: binding cooperation with regular meetings and
    /// resolutions, organs and contact persons.
    #[doc(alias = "lokales Netzwerk")]
    Network,
    /// Lokaler Verbund: proven through its work, with functioning organs,
    /// contact persons, offices and staff.
    #[doc(alias = "lokaler Verbund")]
    #[doc(alias = "Dachverband")]
    Federation,
}

crate::enums::variants!(MaturityStage, [Initiative, Network, Federation]);

crate::enums::names!(MaturityStage, "maturity stage");

impl MaturityStage {
    /// The stage's name, in `lang`.
    ///
    /// ```
    /// use migrant_representation::{organisation::MaturityStage, Language};
    /// assert_eq!(MaturityStage::Federation.describe(Language::De), "Verbund");
    /// assert_eq!(MaturityStage::Federation.describe(Language::En), "federation (Verbund)");
    /// ```
    #[must_use]
    pub const fn describe(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Self::Initiative, Language::En) => "initiative",
            (Self::Initiative, _) => "Initiative",
            (Self::Network, Language::En) => "network",
            (Self::Network, _) => "Netzwerk",
            (Self::Federation, Language::En) => "federation (Verbund)",
            (Self::Federation, _) => "Verbund",
        }
    }
}

impl NetworkMembers {
    /// Whether the members come from more than one origin: at least two
    /// distinct recorded origins.
    #[must_use]
    pub fn cut_across_origins(&self) -> bool {
        // Two distinct origins exist exactly when some origin differs from
        // the first: one pass.
        let mut origins = self.origins.iter().map(|o| o.trim());
        let Some(first) = origins.next() else {
            return false;
        };
        origins.any(|o| !o.eq_ignore_ascii_case(first))
    }
}

/// The published characteristics a Verbund must have to join the federal
/// association (BV NeMO). Membership itself is decided by the federal board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct NetworkCharacteristics {
    /// Secular (säkular).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub secular: bool,
    /// Neutral in party politics (parteipolitisch neutral).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub party_neutral: bool,
    /// Independent of governments and parties of the countries of origin.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub independent_of_origin_governments: bool,
    /// Democratic outward and internally.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub democratic: bool,
    /// Oriented to participation in municipal affairs in Germany.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub municipal_participation: bool,
}

/// One criterion of a stage.
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
#[non_exhaustive]
pub enum StageCriterion {
    /// At least two member organisations.
    SeveralMemberOrganisations,
    /// Cooperation across origins and cultures.
    CooperationAcrossOrigins,
    /// Regular meetings.
    RegularMeetings,
    /// Resolutions on cooperation.
    CooperationResolutions,
    /// Resolutions on external presentation.
    ExternalPresentationResolutions,
    /// At least two organs.
    SeveralOrgans,
    /// Clear contact persons.
    ContactPersons,
    /// At least one documented piece of work.
    ProvenThroughWork,
    /// Functioning organs.
    FunctioningOrgans,
    /// At least one office.
    Office,
    /// At least one staff member.
    Staff,
}

crate::enums::variants!(
    StageCriterion,
    [
        SeveralMemberOrganisations,
        CooperationAcrossOrigins,
        RegularMeetings,
        CooperationResolutions,
        ExternalPresentationResolutions,
        SeveralOrgans,
        ContactPersons,
        ProvenThroughWork,
        FunctioningOrgans,
        Office,
        Staff
    ]
);

impl StageCriterion {
    /// The stage the criterion belongs to.
    #[must_use]
    pub const fn stage(self) -> MaturityStage {
        match self {
            Self::SeveralMemberOrganisations | Self::CooperationAcrossOrigins => {
                MaturityStage::Initiative
            }
            Self::RegularMeetings
            | Self::CooperationResolutions
            | Self::ExternalPresentationResolutions
            | Self::SeveralOrgans
            | Self::ContactPersons => MaturityStage::Network,
            Self::ProvenThroughWork | Self::FunctioningOrgans | Self::Office | Self::Staff => {
                MaturityStage::Federation
            }
        }
    }

    /// The field of the document that holds the evidence.
    #[must_use]
    pub const fn path(self) -> &'static str {
        match self {
            Self::SeveralMemberOrganisations => "/members/count",
            Self::CooperationAcrossOrigins => "/evidence/cooperation_across_origins",
            Self::RegularMeetings => "/evidence/regular_meetings",
            Self::CooperationResolutions => "/evidence/cooperation_resolutions",
            Self::ExternalPresentationResolutions => "/evidence/external_presentation_resolutions",
            Self::SeveralOrgans => "/evidence/organs",
            Self::ContactPersons => "/evidence/contact_persons",
            Self::ProvenThroughWork => "/evidence/proven_work",
            Self::FunctioningOrgans => "/evidence/organs_functioning",
            Self::Office => "/evidence/offices",
            Self::Staff => "/evidence/staff",
        }
    }

    /// The criterion in one sentence, in `lang`.
    ///
    /// ```
    /// use migrant_representation::{organisation::StageCriterion, Language};
    /// assert_eq!(StageCriterion::Staff.describe(Language::De), "Das Netzwerk hat Personal.");
    /// assert_eq!(StageCriterion::Staff.describe(Language::En), "The network has staff.");
    /// ```
    #[must_use]
    pub const fn describe(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Self::SeveralMemberOrganisations, Language::En) => {
                "At least two member organisations come together."
            }
            (Self::SeveralMemberOrganisations, _) => {
                "Mindestens zwei Mitgliedsorganisationen schließen sich zusammen."
            }
            (Self::CooperationAcrossOrigins, Language::En) => {
                "The members cooperate across origins and cultures."
            }
            (Self::CooperationAcrossOrigins, _) => {
                "Die Mitglieder arbeiten herkunfts- und kulturübergreifend zusammen."
            }
            (Self::RegularMeetings, Language::En) => "The members meet regularly.",
            (Self::RegularMeetings, _) => "Die Mitglieder treffen sich regelmäßig.",
            (Self::CooperationResolutions, Language::En) => {
                "The members have adopted resolutions on their cooperation."
            }
            (Self::CooperationResolutions, _) => {
                "Die Mitglieder haben Beschlüsse zu ihrer Zusammenarbeit gefasst."
            }
            (Self::ExternalPresentationResolutions, Language::En) => {
                "The members have adopted resolutions on their external presentation."
            }
            (Self::ExternalPresentationResolutions, _) => {
                "Die Mitglieder haben Beschlüsse zu ihrer Außendarstellung gefasst."
            }
            (Self::SeveralOrgans, Language::En) => "The network has several (at least two) organs.",
            (Self::SeveralOrgans, _) => "Das Netzwerk hat mehrere (mindestens zwei) Organe.",
            (Self::ContactPersons, Language::En) => "The network has clear contact persons.",
            (Self::ContactPersons, _) => "Das Netzwerk hat klare Ansprechpersonen.",
            (Self::ProvenThroughWork, Language::En) => {
                "The network has proven itself through its work (at least one documented activity)."
            }
            (Self::ProvenThroughWork, _) => {
                "Das Netzwerk hat sich durch seine Arbeit bewährt (mindestens eine belegte Tätigkeit)."
            }
            (Self::FunctioningOrgans, Language::En) => "The network's organs function.",
            (Self::FunctioningOrgans, _) => "Die Organe des Netzwerks arbeiten.",
            (Self::Office, Language::En) => {
                "The network runs at least one office (Geschäftsstelle)."
            }
            (Self::Office, _) => "Das Netzwerk unterhält mindestens eine Geschäftsstelle.",
            (Self::Staff, Language::En) => "The network has staff.",
            (Self::Staff, _) => "Das Netzwerk hat Personal.",
        }
    }

    pub(crate) fn met(self, n: &Facts<'_>) -> bool {
        let e = n.evidence;
        match self {
            Self::SeveralMemberOrganisations => n.members.count >= 2,
            Self::CooperationAcrossOrigins => e.cooperation_across_origins,
            Self::RegularMeetings => e.regular_meetings,
            Self::CooperationResolutions => e.cooperation_resolutions,
            Self::ExternalPresentationResolutions => e.external_presentation_resolutions,
            Self::SeveralOrgans => e.organs >= 2,
            Self::ContactPersons => e.contact_persons,
            Self::ProvenThroughWork => !e.proven_work.is_empty(),
            Self::FunctioningOrgans => e.organs_functioning,
            Self::Office => e.offices >= 1,
            Self::Staff => e.staff >= 1,
        }
    }
}

/// The criteria of each stage, in order.
const CRITERIA: [StageCriterion; 11] = [
    StageCriterion::SeveralMemberOrganisations,
    StageCriterion::CooperationAcrossOrigins,
    StageCriterion::RegularMeetings,
    StageCriterion::CooperationResolutions,
    StageCriterion::ExternalPresentationResolutions,
    StageCriterion::SeveralOrgans,
    StageCriterion::ContactPersons,
    StageCriterion::ProvenThroughWork,
    StageCriterion::FunctioningOrgans,
    StageCriterion::Office,
    StageCriterion::Staff,
];

/// What the evidence supports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct StageAssessment {
    /// The highest stage whose criteria (and all earlier ones) are met;
    /// `None` when not even an initiative is evidenced.
    pub supported: Option<MaturityStage>,
    /// The next stage, if there is one.
    pub next: Option<MaturityStage>,
    /// The criteria of the next stage (and of earlier stages) not yet met.
    pub missing_for_next: Vec<StageCriterion>,
}

fn stage_rank(s: MaturityStage) -> u8 {
    match s {
        MaturityStage::Initiative => 0,
        MaturityStage::Network => 1,
        MaturityStage::Federation => 2,
    }
}

const STAGES: [MaturityStage; 3] = [
    MaturityStage::Initiative,
    MaturityStage::Network,
    MaturityStage::Federation,
];

/// The criteria a stage requires: its own and all earlier stages'.
#[must_use]
pub fn criteria_for(stage: MaturityStage) -> Vec<StageCriterion> {
    CRITERIA
        .into_iter()
        .filter(|c| stage_rank(c.stage()) <= stage_rank(stage))
        .collect()
}

/// What the stage rules read of a network document.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Facts<'a> {
    pub(crate) claimed_stage: MaturityStage,
    pub(crate) members: &'a NetworkMembers,
    pub(crate) evidence: &'a NetworkEvidence,
    pub(crate) characteristics: &'a NetworkCharacteristics,
}

impl Facts<'_> {
    /// The highest stage the evidence supports, and what is missing for the
    /// next.
    ///
    #[must_use]
    pub(crate) fn assess(&self) -> StageAssessment {
        let mut supported = None;
        for stage in STAGES {
            if criteria_for(stage).iter().all(|c| c.met(self)) {
                supported = Some(stage);
            } else {
                break;
            }
        }
        let next = match supported {
            None => Some(MaturityStage::Initiative),
            Some(MaturityStage::Initiative) => Some(MaturityStage::Network),
            Some(MaturityStage::Network) => Some(MaturityStage::Federation),
            Some(MaturityStage::Federation) => None,
        };
        let missing_for_next = next
            .map(|s| {
                criteria_for(s)
                    .into_iter()
                    .filter(|c| !c.met(self))
                    .collect()
            })
            .unwrap_or_default();
        StageAssessment {
            supported,
            next,
            missing_for_next,
        }
    }

    /// Checks the claimed stage against the evidence: one violation
    /// (`stage_not_supported`) per criterion of the claimed stage that the
    /// evidence does not meet, each pointing at the evidence field.
    #[must_use]
    pub(crate) fn stage_violations(&self) -> Vec<Finding> {
        criteria_for(self.claimed_stage)
            .into_iter()
            .filter(|c| !c.met(self))
            .map(|c| Finding {
                rule: std::borrow::Cow::Owned(format!("nemo.stage.{}", <&str>::from(c))),
                citation: Some(NEMO_MODEL),
                statement: Some(crate::finding::Statement {
                    de: std::borrow::Cow::Borrowed(c.describe(Language::De)),
                    en: std::borrow::Cow::Borrowed(c.describe(Language::En)),
                }),
                ..Finding::format(
                    FindingCode::StageNotSupported,
                    JsonPointer::parse(c.path()).unwrap_or_default(),
                    "",
                    crate::finding::Figures::none(),
                )
            })
            .collect()
    }

    /// Whether the network has the published characteristics to join the
    /// federal association, and which it lacks. A separate question from
    /// the stage: the federal board decides on membership.
    #[must_use]
    pub(crate) fn federation_eligibility(&self) -> FederationEligibility {
        let ch = self.characteristics;
        let mut missing = Vec::new();
        if self.assess().supported != Some(MaturityStage::Federation) {
            missing.push(MembershipCharacteristic::IsAVerbund);
        }
        if !(self.members.cut_across_origins() || self.evidence.cooperation_across_origins) {
            missing.push(MembershipCharacteristic::CutsAcrossOrigins);
        }
        for (ok, m) in [
            (ch.secular, MembershipCharacteristic::Secular),
            (
                ch.party_neutral && ch.independent_of_origin_governments,
                MembershipCharacteristic::PartyNeutralAndIndependent,
            ),
            (ch.democratic, MembershipCharacteristic::Democratic),
            (
                ch.municipal_participation,
                MembershipCharacteristic::MunicipalParticipation,
            ),
        ] {
            if !ok {
                missing.push(m);
            }
        }
        FederationEligibility {
            eligible: missing.is_empty(),
            missing,
            citation: NEMO_CHARACTERISTICS,
        }
    }
}

/// A characteristic a Verbund needs to join the federal association.
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
#[non_exhaustive]
pub enum MembershipCharacteristic {
    /// It is a lokaler Verbund by the evidence.
    IsAVerbund,
    /// It cuts across origins and cultures.
    CutsAcrossOrigins,
    /// It is secular.
    Secular,
    /// It is party-neutral and independent of governments and parties of
    /// the countries of origin.
    PartyNeutralAndIndependent,
    /// It is democratic, outward and internally.
    Democratic,
    /// It is oriented to participation in municipal affairs in Germany.
    MunicipalParticipation,
}

impl MembershipCharacteristic {
    /// The characteristic in a few words, in `lang`.
    ///
    /// ```
    /// use migrant_representation::{organisation::MembershipCharacteristic, Language};
    /// assert_eq!(MembershipCharacteristic::Secular.describe(Language::De), "weltanschaulich neutral");
    /// assert_eq!(MembershipCharacteristic::Secular.describe(Language::En), "secular");
    /// ```
    #[must_use]
    pub const fn describe(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Self::IsAVerbund, Language::En) => "is a local Verbund",
            (Self::IsAVerbund, _) => "ist ein lokaler Verbund",
            (Self::CutsAcrossOrigins, Language::En) => "cuts across origins",
            (Self::CutsAcrossOrigins, _) => "herkunftsübergreifend",
            (Self::Secular, Language::En) => "secular",
            (Self::Secular, _) => "weltanschaulich neutral",
            (Self::PartyNeutralAndIndependent, Language::En) => "party-neutral and independent",
            (Self::PartyNeutralAndIndependent, _) => "parteipolitisch neutral und unabhängig",
            (Self::Democratic, Language::En) => "democratic",
            (Self::Democratic, _) => "demokratisch",
            (Self::MunicipalParticipation, Language::En) => "oriented to municipal participation",
            (Self::MunicipalParticipation, _) => "auf kommunale Beteiligung ausgerichtet",
        }
    }
}

/// The answer of [`Network::federation_eligibility`](crate::Network::federation_eligibility).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct FederationEligibility {
    /// Whether every characteristic is present.
    pub eligible: bool,
    /// The characteristics that are missing.
    pub missing: Vec<MembershipCharacteristic>,
    /// Where the characteristics are published.
    pub citation: Citation,
}
