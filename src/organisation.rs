//! Associations (state, umbrella, federal) and local networks of migrant
//! organisations.

pub use crate::network::{
    FederationEligibility, MaturityStage, MembershipCharacteristic, NEMO_CHARACTERISTICS,
    NEMO_MODEL, NetworkCharacteristics, NetworkEvidence, NetworkMembers, StageAssessment,
    StageCriterion, criteria_for,
};

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::citation::Citation;
use crate::error::{Collector, Defects, Error, Finding, FindingCode, Loc};
use crate::land::{Land, Level};
use crate::limits;
use crate::network::Facts;

/// The kind of an association.
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
pub enum AssociationKind {
    /// A Land association whose members are the municipal representation
    /// bodies (LAKA BW, Landesintegrationsrat NRW, agah, AGABY, AGARP).
    #[doc(alias = "Landesverband")]
    #[doc(alias = "Landesarbeitsgemeinschaft")]
    StateAssociation,
    /// An umbrella association of migrant organisations (Elternnetzwerk NRW).
    #[doc(alias = "Dachverband")]
    UmbrellaAssociation,
    /// A federal association (Bundeszuwanderungs- und Integrationsrat, BV NeMO).
    #[doc(alias = "Bundesverband")]
    FederalAssociation,
}

crate::enums::variants!(
    AssociationKind,
    [StateAssociation, UmbrellaAssociation, FederalAssociation]
);

crate::enums::names!(AssociationKind, "kind of association");

/// How exactly a count is known.
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
pub enum CountQualifier {
    /// Exactly the value.
    Exact,
    /// About the value ("rund").
    About,
    /// More than the value ("über").
    MoreThan,
}

/// A count as a source gives it ("über 300").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct Count {
    /// The number.
    pub value: u32,
    /// How exactly it is known.
    pub qualifier: CountQualifier,
}

/// Where an association or network belongs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Scope {
    /// The level: [`Level::State`] or [`Level::Federal`] for associations; a
    /// municipality, county or district for local networks.
    pub level: Level,
    /// The Land; absent only at federal level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub land: Option<Land>,
    /// The area (`"Dortmund"`), for local networks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub area: Option<String>,
}

fn validate_common(
    c: &mut Collector,
    schema_version: u32,
    id: &str,
    official_name: &str,
    english_label: &str,
    sources: &[String],
) {
    let root = Loc::Root;
    if schema_version != limits::SCHEMA_VERSION {
        c.fail_with(
            FindingCode::UnsupportedSchemaVersion,
            root.field("schema_version"),
            "format.schema_version",
            crate::finding::Figures::of(
                crate::finding::Quantity::Version(schema_version),
                crate::finding::Requirement::Exactly(crate::finding::Quantity::Version(
                    limits::SCHEMA_VERSION,
                )),
            ),
        );
    }
    if !limits::is_valid_id(id) {
        c.fail(
            FindingCode::InvalidIdentifier,
            root.field("id"),
            "format.identifier",
        );
    }
    c.text(
        &root.field("official_name"),
        official_name,
        limits::NAME_MAX_CHARS,
    );
    c.text(
        &root.field("english_label"),
        english_label,
        limits::NAME_MAX_CHARS,
    );
    for (i, s) in sources.iter().enumerate() {
        c.text(&root.field("sources").index(i), s, limits::SOURCE_MAX_CHARS);
    }
}

/// The kind of document a reference points to.
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
pub enum ReferenceKind {
    /// A representation body document.
    RepresentationBody,
    /// An association document.
    Association,
    /// A network document.
    Network,
}

/// A typed reference to another document by its id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct MemberReference {
    /// The id of the referenced document.
    #[schemars(regex(pattern = limits::ID_SCHEMA_PATTERN))]
    pub id: String,
    /// The kind of document it must be.
    pub kind: ReferenceKind,
}

/// The tag of an association document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
pub enum AssociationTag {
    /// `"association"`.
    #[default]
    #[serde(rename = "association")]
    Association,
}

/// An association document as written: a state association of
/// representation bodies, an umbrella association of migrant organisations
/// or a federal association. [`Association`] is the validated form.
///
/// # Rules
/// A state association has level `state` and a Land; a federal association
/// has level `federal`; an umbrella association has level `state` or
/// `federal`.
///
/// # Example
/// ```
/// use migrant_representation::{Association, organisation::AssociationKind};
/// let laka = Association::from_json_str(r#"{
///   "document_type": "association", "schema_version": 1, "id": "laka-bw",
///   "official_name": "Landesverband der kommunalen Migrantenvertretungen Baden-Württemberg (LAKA)",
///   "english_label": "State Association of Municipal Migrant Representations of Baden-Württemberg",
///   "kind": "state_association", "scope": {"level": "state", "land": "BW"},
///   "legal_anchoring": {"law": "PartIntG BW", "number": "10"}, "founded_on": "1998-06-13"
/// }"#)?;
/// assert_eq!(laka.kind, AssociationKind::StateAssociation);
/// assert_eq!(laka.legal_anchoring.as_ref().unwrap().to_string(), "§ 10 PartIntG BW");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RawAssociation {
    /// Always `"association"`.
    pub document_type: AssociationTag,
    /// The document format version.
    #[schemars(range(min = limits::SCHEMA_VERSION, max = limits::SCHEMA_VERSION))]
    pub schema_version: u32,
    /// A stable identifier.
    #[schemars(regex(pattern = limits::ID_SCHEMA_PATTERN))]
    pub id: String,
    /// The official German name.
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub official_name: String,
    /// An English label.
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub english_label: String,
    /// The kind.
    pub kind: AssociationKind,
    /// Where it belongs.
    pub scope: Scope,
    /// A statute that names the association (LAKA: § 10 PartIntG BW).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_anchoring: Option<Citation>,
    /// When it was founded, if the day is known.
    #[serde(
        with = "crate::date::strict_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<crate::date::DateSchema>")]
    pub founded_on: Option<NaiveDate>,
    /// The year it was founded, when only the year is known (AGABY: 1993).
    /// Must agree with `founded_on` when both are given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1900, max = 2100))]
    pub founded_year: Option<u16>,
    /// How many member organisations it has, as the sources say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_organisations: Option<Count>,
    /// From how many countries of origin its members come.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub countries_of_origin: Option<Count>,
    /// Official recognitions (`"anerkannter Elternverband"`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN)))]
    pub recognitions: Vec<String>,
    /// Its members that are documents of this crate (a state association's
    /// municipal bodies, the federal association's state associations);
    /// [`crate::Registry`] resolves them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<MemberReference>,
    /// Its fields of work (Kompetenzfelder).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN)))]
    pub fields_of_work: Vec<String>,
    /// Where the facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(length(min = 1, max = limits::SOURCE_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN)))]
    pub sources: Vec<String>,
}

impl RawAssociation {
    /// Checks the structural rules.
    ///
    /// # Errors
    /// [`Defects`] with codes such as `level_mismatch`, `missing_land`.
    pub fn validate(&self) -> Result<(), Defects> {
        let mut c = Collector::default();
        validate_common(
            &mut c,
            self.schema_version,
            &self.id,
            &self.official_name,
            &self.english_label,
            &self.sources,
        );
        let lp = Loc::Root.field("scope");
        let level_ok = match self.kind {
            AssociationKind::StateAssociation => self.scope.level == Level::State,
            AssociationKind::FederalAssociation => self.scope.level == Level::Federal,
            AssociationKind::UmbrellaAssociation => {
                matches!(self.scope.level, Level::State | Level::Federal)
            }
        };
        if !level_ok {
            c.fail(
                FindingCode::LevelMismatch,
                lp.field("level"),
                "format.association.level",
            );
        }
        if self.scope.level == Level::State && self.scope.land.is_none() {
            c.fail(
                FindingCode::MissingLand,
                lp.field("land"),
                "format.association.land",
            );
        }
        if let Some(a) = &self.scope.area {
            c.text(&lp.field("area"), a, limits::NAME_MAX_CHARS);
        }
        if let Some(y) = self.founded_year {
            let day_year = self.founded_on.map(|d| d.year());
            if !(1900..=2100).contains(&y) || day_year.is_some_and(|d| d != i32::from(y)) {
                c.fail(
                    FindingCode::FoundingYearMismatch,
                    Loc::Root.field("founded_year"),
                    "format.association.founded_year",
                );
            }
        }
        if let Some(cit) = &self.legal_anchoring {
            crate::validate::validate_citation(cit, &Loc::Root.field("legal_anchoring"), &mut c);
        }
        for (i, m) in self.members.iter().enumerate() {
            if !limits::is_valid_id(&m.id) {
                c.fail(
                    FindingCode::InvalidIdentifier,
                    Loc::Root.field("members").index(i).field("id"),
                    "format.identifier",
                );
            }
        }
        for (i, s) in self.recognitions.iter().enumerate() {
            c.text(
                &Loc::Root.field("recognitions").index(i),
                s,
                limits::NAME_MAX_CHARS,
            );
        }
        for (i, s) in self.fields_of_work.iter().enumerate() {
            c.text(
                &Loc::Root.field("fields_of_work").index(i),
                s,
                limits::NAME_MAX_CHARS,
            );
        }
        c.finish()
    }
}

/// The tag of a network document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
pub enum NetworkTag {
    /// `"network"`.
    #[default]
    #[serde(rename = "network")]
    Network,
}

/// A local network of migrant organisations, as written. [`Network`] is
/// the validated form.
///
/// The evidence for each stage and its assessment are modelled by the
/// networks work package; here the network records the stage it claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RawNetwork {
    /// Always `"network"`.
    pub document_type: NetworkTag,
    /// The document format version.
    #[schemars(range(min = limits::SCHEMA_VERSION, max = limits::SCHEMA_VERSION))]
    pub schema_version: u32,
    /// A stable identifier.
    #[schemars(regex(pattern = limits::ID_SCHEMA_PATTERN))]
    pub id: String,
    /// The official German name.
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub official_name: String,
    /// An English label.
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub english_label: String,
    /// Where it works.
    pub scope: Scope,
    /// The stage the network claims.
    pub claimed_stage: MaturityStage,
    /// When it was founded, if known.
    #[serde(
        with = "crate::date::strict_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<crate::date::DateSchema>")]
    pub founded_on: Option<NaiveDate>,
    /// Its member organisations.
    #[serde(default)]
    pub members: NetworkMembers,
    /// The evidence of its maturity.
    #[serde(default)]
    pub evidence: NetworkEvidence,
    /// The characteristics the federal association asks of a Verbund.
    #[serde(default)]
    pub characteristics: NetworkCharacteristics,
    /// Where the facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(length(min = 1, max = limits::SOURCE_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN)))]
    pub sources: Vec<String>,
}

impl RawNetwork {
    /// Checks the structural rules: a local network belongs to a
    /// municipality, county or district of a Land, and names its area.
    ///
    /// # Errors
    /// [`Defects`] with codes such as `level_mismatch`, `missing_land`.
    pub fn validate(&self) -> Result<(), Defects> {
        let mut c = Collector::default();
        validate_common(
            &mut c,
            self.schema_version,
            &self.id,
            &self.official_name,
            &self.english_label,
            &self.sources,
        );
        let lp = Loc::Root.field("scope");
        if !matches!(
            self.scope.level,
            Level::Municipality | Level::County | Level::Borough | Level::MunicipalAssociation
        ) {
            c.fail(
                FindingCode::LevelMismatch,
                lp.field("level"),
                "format.network.level",
            );
        }
        if self.scope.land.is_none() {
            c.fail(
                FindingCode::MissingLand,
                lp.field("land"),
                "format.network.land",
            );
        }
        match &self.scope.area {
            Some(a) => c.text(&lp.field("area"), a, limits::NAME_MAX_CHARS),
            None => c.fail(
                FindingCode::MissingArea,
                lp.field("area"),
                "format.network.area",
            ),
        }
        // The texts the schema bounds: member origins and proven work.
        let origins = Loc::Root.field("members");
        let origins = origins.field("origins");
        for (i, o) in self.members.origins.iter().enumerate() {
            c.text(&origins.index(i), o, limits::SHORT_TEXT_MAX_CHARS);
        }
        let work = Loc::Root.field("evidence");
        let work = work.field("proven_work");
        for (i, w) in self.evidence.proven_work.iter().enumerate() {
            c.text(&work.index(i), w, limits::NAME_MAX_CHARS);
        }
        c.finish()
    }
}

macro_rules! validated {
    ($name:ident, $raw:ident, $what:literal, $example:literal) => {
        impl $name {
            #[doc = concat!("Validates a raw ", $what, " document.")]
            ///
            /// # Errors
            /// [`Defects`] listing every broken structural rule.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use migrant_representation::{FindingCode, ", stringify!($name), "};")]
            #[doc = concat!("let json = std::fs::read_to_string(\"", $example, "\")?;")]
            #[doc = concat!("let mut raw = ", stringify!($name), "::from_json_str(&json)?.into_raw();")]
            /// raw.official_name = "  ".into(); // blank
            #[doc = concat!("let defects = ", stringify!($name), "::new(raw).unwrap_err();")]
            /// assert_eq!(defects.as_slice()[0].code, FindingCode::EmptyText);
            /// assert_eq!(defects.as_slice()[0].path.as_str(), "/official_name");
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn new(raw: $raw) -> Result<Self, Defects> {
                raw.validate()?;
                Ok(Self(raw))
            }

            #[doc = concat!("Reads and validates a ", $what, " document.")]
            ///
            /// # Errors
            /// As [`crate::RepresentationBody::from_json_str`].
            ///
            /// # Example
            /// ```
            #[doc = concat!("use migrant_representation::{Document, ", stringify!($name), "};")]
            #[doc = concat!("let json = std::fs::read_to_string(\"", $example, "\")?;")]
            #[doc = concat!("let doc = ", stringify!($name), "::from_json_str(&json)?;")]
            /// // Read as a document of any type, the text gives the same value.
            #[doc = concat!("assert_eq!(Document::from_json_str(&json)?, Document::", stringify!($name), "(doc));")]
            /// // A body's document is not of this type.
            /// let body = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
            #[doc = concat!("assert!(", stringify!($name), "::from_json_str(&body).is_err());")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn from_json_str(s: &str) -> Result<Self, Error> {
                let raw: crate::read::Object<$raw> = crate::read::deserialize_str(s)?;
                Ok(Self::new(raw.0)?)
            }

            /// The document as written.
            ///
            /// ```
            #[doc = concat!("use migrant_representation::", stringify!($name), ";")]
            #[doc = concat!("let json = std::fs::read_to_string(\"", $example, "\")?;")]
            #[doc = concat!("let doc = ", stringify!($name), "::from_json_str(&json)?;")]
            /// let written = serde_json::to_value(doc.as_raw())?;
            #[doc = concat!("assert_eq!(written[\"document_type\"], \"", $what, "\");")]
            /// assert_eq!(written["id"], doc.id.as_str());
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            #[must_use]
            pub fn as_raw(&self) -> &$raw {
                &self.0
            }

            /// The document as written, to change and validate again.
            ///
            /// ```
            #[doc = concat!("use migrant_representation::", stringify!($name), ";")]
            #[doc = concat!("let json = std::fs::read_to_string(\"", $example, "\")?;")]
            #[doc = concat!("let mut raw = ", stringify!($name), "::from_json_str(&json)?.into_raw();")]
            /// raw.english_label = "Renamed in English".into();
            #[doc = concat!("let renamed = ", stringify!($name), "::new(raw)?;")]
            /// assert_eq!(renamed.english_label, "Renamed in English");
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            #[must_use]
            pub fn into_raw(self) -> $raw {
                self.0
            }
        }

        impl std::ops::Deref for $name {
            type Target = $raw;
            fn deref(&self) -> &$raw {
                &self.0
            }
        }

        impl TryFrom<$raw> for $name {
            type Error = Defects;
            fn try_from(raw: $raw) -> Result<Self, Defects> {
                Self::new(raw)
            }
        }

        impl TryFrom<crate::read::Object<$raw>> for $name {
            type Error = Defects;
            fn try_from(raw: crate::read::Object<$raw>) -> Result<Self, Defects> {
                Self::new(raw.0)
            }
        }

        impl From<$name> for $raw {
            fn from(v: $name) -> Self {
                v.0
            }
        }
    };
}

/// A validated association: every value that exists meets the structural
/// rules. Read its fields through [`RawAssociation`] (it dereferences to it).
///
/// # Example
/// ```
/// use migrant_representation::{Association, organisation::AssociationKind};
/// let json = std::fs::read_to_string("examples/data/laka-bw.json")?;
/// let laka = Association::from_json_str(&json)?;
/// assert_eq!(laka.kind, AssociationKind::StateAssociation);
/// assert_eq!(laka.legal_anchoring.as_ref().unwrap().to_string(), "§ 10 PartIntG BW");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(
    try_from = "crate::read::Object<RawAssociation>",
    into = "RawAssociation"
)]
pub struct Association(RawAssociation);

validated!(
    Association,
    RawAssociation,
    "association",
    "examples/data/laka-bw.json"
);

/// A validated local network of migrant organisations. Read its fields
/// through [`RawNetwork`] (it dereferences to it); its maturity through
/// [`Network::assess`].
///
/// # Example
/// ```
/// use migrant_representation::{Network, organisation::MaturityStage};
/// let n: Network = serde_json::from_str(r#"{
///   "document_type": "network", "schema_version": 1, "id": "initiative-musterstadt",
///   "official_name": "Initiative der Migrantenorganisationen Musterstadt",
///   "english_label": "Initiative of migrant organisations, Musterstadt",
///   "scope": {"level": "municipality", "land": "NW", "area": "Musterstadt"},
///   "claimed_stage": "initiative",
///   "members": {"count": 6, "origins": ["Türkei", "Syrien", "Ghana"]},
///   "evidence": {"cooperation_across_origins": true, "regular_meetings": true, "organs": 0}
/// }"#)?;
/// let a = n.assess();
/// assert_eq!(a.supported, Some(MaturityStage::Initiative));
/// assert_eq!(a.next, Some(MaturityStage::Network));
/// assert!(!a.missing_for_next.is_empty());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(try_from = "crate::read::Object<RawNetwork>", into = "RawNetwork")]
pub struct Network(RawNetwork);

validated!(
    Network,
    RawNetwork,
    "network",
    "examples/data/networks/netzwerk-stage.json"
);

impl Network {
    fn facts(&self) -> Facts<'_> {
        Facts {
            claimed_stage: self.claimed_stage,
            members: &self.members,
            evidence: &self.evidence,
            characteristics: &self.characteristics,
        }
    }

    /// The highest stage the evidence supports, and what is missing for the
    /// next.
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{Document, organisation::MaturityStage};
    /// let json = std::fs::read_to_string("examples/data/networks/netzwerk-stage.json")?;
    /// let Document::Network(n) = Document::from_json_str(&json)? else { unreachable!() };
    /// let a = n.assess();
    /// assert_eq!(a.supported, Some(MaturityStage::Network));
    /// assert_eq!(a.next, Some(MaturityStage::Federation));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn assess(&self) -> StageAssessment {
        self.facts().assess()
    }

    /// Whether the network's evidence meets `criterion`.
    ///
    /// ```
    /// use migrant_representation::{organisation::StageCriterion, Document};
    /// let json = std::fs::read_to_string("examples/data/networks/netzwerk-stage.json")?;
    /// let Document::Network(n) = Document::from_json_str(&json)? else { unreachable!() };
    /// assert!(n.meets(StageCriterion::RegularMeetings));
    /// assert!(!n.meets(StageCriterion::Staff));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn meets(&self, criterion: StageCriterion) -> bool {
        criterion.met(&self.facts())
    }

    /// Checks the claimed stage against the evidence: one violation
    /// (`stage_not_supported`) per criterion of the claimed stage that the
    /// evidence does not meet, each pointing at the evidence field.
    ///
    /// ```
    /// use migrant_representation::{organisation::StageCriterion, Document, FindingCode};
    /// // A network that claims to be a Verbund without the evidence of one.
    /// let json = std::fs::read_to_string("examples/data/invalid/network-claims-verbund.json")?;
    /// let Document::Network(n) = Document::from_json_str(&json)? else { unreachable!() };
    /// let violations = n.stage_violations();
    /// assert!(violations.iter().all(|v| v.code == FindingCode::StageNotSupported));
    /// assert!(violations.iter().any(|v| v.path.as_str().starts_with("/evidence/")));
    /// assert!(n.assess().missing_for_next.contains(&StageCriterion::ProvenThroughWork));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn stage_violations(&self) -> Vec<Finding> {
        self.facts().stage_violations()
    }

    /// Whether the network has the published characteristics to join the
    /// federal association, and which it lacks. A separate question from
    /// the stage: the federal board decides on membership.
    ///
    /// ```
    /// use migrant_representation::{organisation::MembershipCharacteristic, Document};
    /// let read = |f: &str| -> Result<_, Box<dyn std::error::Error>> {
    ///     let json = std::fs::read_to_string(format!("examples/data/networks/{f}.json"))?;
    ///     let Document::Network(n) = Document::from_json_str(&json)? else { unreachable!() };
    ///     Ok(n.federation_eligibility())
    /// };
    /// assert!(read("verbund-stage")?.eligible);
    /// let netzwerk = read("netzwerk-stage")?; // not yet a Verbund, and says nothing of its values
    /// assert!(!netzwerk.eligible);
    /// assert!(netzwerk.missing.contains(&MembershipCharacteristic::IsAVerbund));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn federation_eligibility(&self) -> FederationEligibility {
        self.facts().federation_eligibility()
    }
}
