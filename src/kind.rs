//! The kinds of body: families and types, with their official German terms.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The family a body belongs to: what kind of organ it is in municipal law.
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
pub enum BodyFamily {
    /// A council with directly elected members (Integrationsrat).
    Council,
    /// An advisory board (Beirat).
    #[doc(alias = "Beirat")]
    AdvisoryBoard,
    /// A committee of the council or district assembly (Ausschuss).
    #[doc(alias = "Ausschuss")]
    Committee,
    /// A commission of the municipal executive (Kommission, § 72 HGO).
    #[doc(alias = "Kommission")]
    Commission,
}

crate::enums::variants!(BodyFamily, [Council, AdvisoryBoard, Committee, Commission]);

crate::enums::names!(BodyFamily, "body family");

/// The type of a representation body. Each type has its own rules in each
/// Land ([`Regime`](crate::law::Regime)).
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
pub enum BodyType {
    /// NRW Integrationsrat (§ 27 GO NRW): directly elected members plus
    /// council members the council delegates from its midst. Called
    /// "Ausschuss für Chancengerechtigkeit und Integration" from the term
    /// beginning on 1 November 2025 (Gesetz vom 10.07.2025, GV. NRW. S. 618);
    /// the crate keeps one type for the body across its change of name.
    #[doc(alias = "Integrationsrat")]
    #[doc(alias = "Ausschuss für Chancengerechtigkeit und Integration")]
    IntegrationCouncil,
    /// NRW Integrationsausschuss (§ 27 Abs. 12 GO NRW): a council committee
    /// formed instead of an Integrationsrat, which may seat sachkundige Bürger.
    #[doc(alias = "Integrationsausschuss")]
    IntegrationCommittee,
    /// Ausländerbeirat: the Hessian one (§§ 84–88 HGO; § 4b HKO for
    /// Landkreise), and the NRW one of 1994 to 2009 (§ 27 GO NRW in the
    /// version of 1994).
    #[doc(alias = "Ausländerbeirat")]
    #[doc(alias = "KAV")]
    ForeignResidentsAdvisoryBoard,
    /// Hessian Integrations-Kommission (§ 89 HGO).
    #[doc(alias = "Integrations-Kommission")]
    IntegrationCommission,
    /// Rhineland-Palatinate Beirat für Migration und Integration (§ 56 GemO;
    /// § 49a LKO for Landkreise).
    #[doc(alias = "Beirat für Migration und Integration")]
    MigrationAndIntegrationAdvisoryBoard,
    /// An advisory board formed by council resolution or Satzung where no
    /// statute prescribes one: the Bavarian Integrationsbeirat (Kaufbeuren),
    /// the Baden-Württemberg kommunale Migrantenvertretung (Stuttgart's
    /// Internationaler Ausschuss), the Saxon Integrations- und Ausländerbeirat
    /// (Dresden).
    #[doc(alias = "Integrationsbeirat")]
    #[doc(alias = "kommunale Migrantenvertretung")]
    #[doc(alias = "Migrationsbeirat")]
    LocalAdvisoryBoard,
    /// Berlin Ausschuss für Partizipation und Integration of a
    /// Bezirksverordnetenversammlung (§ 32 BezVG).
    #[doc(alias = "Ausschuss für Partizipation und Integration")]
    ParticipationCommittee,
    /// Saarland Integrationsbeirat (§ 50 KSVG): two thirds elected, one
    /// third sent by the council.
    #[doc(alias = "Integrationsbeirat (Saarland)")]
    IntegrationAdvisoryBoard,
    /// An advisory board of a Land government or a city-state: the Berlin
    /// Landesbeirat für Partizipation (§ 17 PartMigG), the Hamburg
    /// Integrationsbeirat (§ 16 Verwaltungsbehördengesetz), the Bremer Rat
    /// für Integration.
    #[doc(alias = "Landesbeirat")]
    StateAdvisoryBoard,
}

crate::enums::variants!(
    BodyType,
    [
        IntegrationCouncil,
        IntegrationCommittee,
        ForeignResidentsAdvisoryBoard,
        IntegrationCommission,
        MigrationAndIntegrationAdvisoryBoard,
        LocalAdvisoryBoard,
        ParticipationCommittee,
        IntegrationAdvisoryBoard,
        StateAdvisoryBoard
    ]
);

crate::enums::names!(BodyType, "body type");

impl BodyType {
    /// The family of this type.
    ///
    /// ```
    /// use migrant_representation::{body::BodyFamily, BodyType};
    /// assert_eq!(BodyType::IntegrationCouncil.family(), BodyFamily::Council);
    /// assert_eq!(BodyType::ForeignResidentsAdvisoryBoard.family(), BodyFamily::AdvisoryBoard);
    /// assert_eq!(BodyType::ParticipationCommittee.family(), BodyFamily::Committee);
    /// ```
    #[must_use]
    pub const fn family(self) -> BodyFamily {
        match self {
            Self::IntegrationCouncil => BodyFamily::Council,
            Self::IntegrationCommittee | Self::ParticipationCommittee => BodyFamily::Committee,
            Self::IntegrationCommission => BodyFamily::Commission,
            Self::ForeignResidentsAdvisoryBoard
            | Self::MigrationAndIntegrationAdvisoryBoard
            | Self::LocalAdvisoryBoard
            | Self::IntegrationAdvisoryBoard
            | Self::StateAdvisoryBoard => BodyFamily::AdvisoryBoard,
        }
    }

    /// The legal term for the type in `lang`, for people: German by default.
    ///
    /// ```
    /// use migrant_representation::{BodyType, Language};
    /// let t = BodyType::MigrationAndIntegrationAdvisoryBoard;
    /// assert_eq!(t.describe(Language::De), "Beirat für Migration und Integration");
    /// assert_eq!(t.describe(Language::En), "advisory board for migration and integration");
    /// ```
    #[must_use]
    pub const fn describe(self, lang: crate::Language) -> &'static str {
        match lang {
            crate::Language::En => self.en(),
            _ => self.de(),
        }
    }

    const fn de(self) -> &'static str {
        match self {
            Self::IntegrationCouncil => "Integrationsrat",
            Self::IntegrationCommittee => "Integrationsausschuss",
            Self::ForeignResidentsAdvisoryBoard => "Ausländerbeirat",
            Self::IntegrationCommission => "Integrations-Kommission",
            Self::MigrationAndIntegrationAdvisoryBoard => "Beirat für Migration und Integration",
            Self::LocalAdvisoryBoard => {
                "Integrations-/Migrationsbeirat (kommunale Migrantenvertretung)"
            }
            Self::ParticipationCommittee => "Ausschuss für Partizipation und Integration",
            Self::IntegrationAdvisoryBoard => "Integrationsbeirat",
            Self::StateAdvisoryBoard => "Landesbeirat",
        }
    }

    const fn en(self) -> &'static str {
        match self {
            Self::IntegrationCouncil => "integration council",
            Self::IntegrationCommittee => "integration committee",
            Self::ForeignResidentsAdvisoryBoard => "foreign residents' advisory board",
            Self::IntegrationCommission => "integration commission",
            Self::MigrationAndIntegrationAdvisoryBoard => {
                "advisory board for migration and integration"
            }
            Self::LocalAdvisoryBoard => "local migrant advisory board",
            Self::ParticipationCommittee => "committee for participation and integration",
            Self::IntegrationAdvisoryBoard => "integration advisory board",
            Self::StateAdvisoryBoard => "state advisory board",
        }
    }
}
