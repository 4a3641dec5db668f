//! Representation bodies: councils, advisory boards, committees, commissions.

pub use crate::build::RepresentationBodyBuilder;
pub use crate::chart::{ChartOptions, group_colour, group_shape};
pub use crate::citation::{LegalBasis, LegalBasisKind};
pub use crate::composition::{
    ChairMethod, ChairSelection, Composition, MemberAttribute, RawComposition, RawSeatGroup,
    SeatClass, SeatFilling, SeatGroup, SeatSelector, VotingRight,
};
pub use crate::kind::BodyFamily;
pub use crate::local::{LocalRight, LocalRule};
pub use crate::roster::{Membership, Role, Roster};
pub use crate::seating::Share;
pub use crate::term::{RawTerm, Term, TermEnding, TermLength};

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{Collector, Defects, Error, FindingCode, Loc};
use crate::kind::BodyType;
use crate::land::{Land, Level};
use crate::limits;

/// Amtlicher Gemeindeschlüssel: 8 digits opening with the Land key 01–16,
/// or, for a county, its 5-digit Kreisschlüssel (the first five digits of
/// its municipalities' keys).
///
/// # Example
/// ```
/// use migrant_representation::{body::Ags, Land};
/// let koeln = Ags::parse("05315000")?;
/// assert_eq!(koeln.land(), Land::NordrheinWestfalen);
/// assert!(!koeln.is_county_key());
/// assert!(Ags::parse("06432")?.is_county_key()); // Landkreis Darmstadt-Dieburg
/// assert!(Ags::parse("5315000").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "Amtlicher Gemeindeschlüssel")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "String")]
pub struct Ags {
    key: String,
    /// Read from the first two digits once, in [`Ags::parse`].
    land: Land,
}

impl From<Ags> for String {
    fn from(a: Ags) -> Self {
        a.key
    }
}

/// Why a string is not an [`Ags`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{0:?} is not an Amtlicher Gemeindeschlüssel (8 digits, or 5 for a county; Land key 01–16)"
)]
pub struct ParseAgsError(String);

impl Ags {
    /// The pattern of the JSON Schema; [`Ags::parse`] enforces exactly this.
    pub const PATTERN: &'static str = "^(0[1-9]|1[0-6])([0-9]{3}|[0-9]{6})$";
    /// [`Ags::PATTERN`] as the schemas write it, anchored at the very end of
    /// the text (see [`crate::limits::ID_SCHEMA_PATTERN`]).
    pub const SCHEMA_PATTERN: &'static str = r"^(0[1-9]|1[0-6])([0-9]{3}|[0-9]{6})(?![\s\S])";

    /// Parses an AGS.
    ///
    /// # Errors
    /// [`ParseAgsError`] unless `s` is 8 (or 5) ASCII digits with a Land
    /// key 01–16.
    pub fn parse(s: &str) -> Result<Self, ParseAgsError> {
        let b = s.as_bytes();
        let land = (matches!(b.len(), 5 | 8) && b.iter().all(u8::is_ascii_digit))
            .then(|| (b[0] - b'0') * 10 + (b[1] - b'0'))
            .and_then(|key| Land::iter().find(|l| l.ags_key() == key));
        match land {
            Some(land) => Ok(Self {
                key: s.to_owned(),
                land,
            }),
            None => Err(ParseAgsError(s.chars().take(16).collect())),
        }
    }

    /// Whether this is a 5-digit Kreisschlüssel rather than a municipality's
    /// 8-digit key.
    #[must_use]
    pub fn is_county_key(&self) -> bool {
        self.key.len() == 5
    }

    /// The key as a string.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.key
    }

    /// The Land the key belongs to.
    #[must_use]
    pub const fn land(&self) -> Land {
        self.land
    }
}

impl std::str::FromStr for Ags {
    type Err = ParseAgsError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for Ags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key)
    }
}

/// Where a body belongs, as written in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Jurisdiction {
    /// The Land.
    pub land: Land,
    /// The level of government.
    pub level: Level,
    /// The name of the municipality, county or district (`"Köln"`).
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub area: String,
    /// The Amtlicher Gemeindeschlüssel, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = Ags::SCHEMA_PATTERN))]
    pub ags: Option<String>,
}

impl Jurisdiction {
    /// Checks the area and the AGS; returns the AGS, parsed, when it is
    /// valid and belongs to the Land.
    pub(crate) fn validate(&self, path: &Loc<'_>, c: &mut Collector) -> Option<Ags> {
        c.text(&path.field("area"), &self.area, limits::NAME_MAX_CHARS);
        let a = self.ags.as_deref()?;
        match Ags::parse(a) {
            Err(_) => {
                c.fail(FindingCode::InvalidAgs, path.field("ags"), "format.ags");
                None
            }
            Ok(ags) if ags.land() != self.land => {
                c.fail(
                    FindingCode::AgsLandMismatch,
                    path.field("ags"),
                    "format.ags.land",
                );
                None
            }
            Ok(ags) => Some(ags),
        }
    }

    /// The AGS, parsed, if one is given and valid. A validated body keeps it
    /// parsed: prefer [`RepresentationBody::ags`].
    #[must_use]
    pub fn ags(&self) -> Option<Ags> {
        self.ags.as_deref().and_then(|a| Ags::parse(a).ok())
    }
}

/// The tag of a representation-body document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
pub enum RepresentationBodyTag {
    /// `"representation_body"`.
    #[default]
    #[serde(rename = "representation_body")]
    RepresentationBody,
}

/// A representation-body document as written, before validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RawRepresentationBody {
    /// Always `"representation_body"`.
    pub document_type: RepresentationBodyTag,
    /// The document format version; this crate reads
    /// [`limits::SCHEMA_VERSION`].
    #[schemars(range(min = limits::SCHEMA_VERSION, max = limits::SCHEMA_VERSION))]
    pub schema_version: u32,
    /// A stable identifier chosen by the publisher (`"koeln-integrationsrat"`).
    #[schemars(regex(pattern = limits::ID_SCHEMA_PATTERN))]
    pub id: String,
    /// The official German name (`"Integrationsrat der Stadt Köln"`).
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub official_name: String,
    /// An English label (`"Cologne Integration Council"`).
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub english_label: String,
    /// The type of body.
    pub body_type: BodyType,
    /// Where it belongs.
    pub jurisdiction: Jurisdiction,
    /// On what it rests in law.
    pub legal_basis: LegalBasis,
    /// Its seats.
    pub composition: RawComposition,
    /// Its term, if the document records one term. A document records
    /// either one `term` or a list of `terms`, not both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<RawTerm>,
    /// Its successive terms, the earliest first, where the document records
    /// the body over its life. Each term may carry its own official name,
    /// seats and members where they changed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<RawTerm>,
    /// Rules of local law (Hauptsatzung, resolution) the body must also meet,
    /// each with its citation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub local_rules: Vec<LocalRule>,
    /// Participation rights the body's Satzung or a council resolution
    /// grants (Dresden: Anhörungs- und Rederecht), each with its citation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub local_rights: Vec<LocalRight>,
    /// The members, if the document lists them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roster: Option<Vec<Membership>>,
    /// The duty under which the body was formed, if the document says (NRW:
    /// a body formed on request or voluntarily may be elected later than
    /// the council).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub established_under: Option<crate::law::vocab::Duty>,
    /// How many meetings a year the body holds (as its rules of procedure
    /// fix or as it met in the last year), if the document says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meetings_per_year: Option<u8>,
    /// Where the facts in the document come from (URLs or references).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(length(min = 1, max = limits::SOURCE_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN)))]
    pub sources: Vec<String>,
}

/// A validated representation body.
///
/// Built by [`RepresentationBody::new`], by [`crate::Document::from_json_str`]
/// or by deserializing; all run the same structural checks. Compliance with
/// the law in force on a date is a separate question: [`RepresentationBody::check`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::RepresentationBody;
/// let body = RepresentationBody::from_json_str(r#"{
///   "document_type": "representation_body", "schema_version": 1,
///   "id": "koeln-integrationsrat", "official_name": "Integrationsrat der Stadt Köln",
///   "english_label": "Integration Council of the City of Cologne", "body_type": "integration_council",
///   "jurisdiction": {"land": "NW", "level": "municipality", "area": "Köln", "ags": "05315000"},
///   "legal_basis": {"kind": "statute", "citation": {"law": "GO NRW", "number": "27"}},
///   "composition": {"seat_groups": [
///     {"id": "elected", "label": "direkt gewählte Mitglieder", "filling": "directly_elected", "voting": "voting", "seats": 22},
///     {"id": "council", "label": "vom Rat bestellte Ratsmitglieder", "filling": "council_delegated", "voting": "voting", "seats": 11}],
///    "chair": {"method": "elected_from_members"}, "deputies": {"method": "elected_from_members"}},
///   "term": {"length": {"kind": "council_term", "council_elected_on": "2025-09-14"},
///            "continues_until_successor_meets": true, "elected_on": "2025-09-14"}
/// }"#)?;
/// assert_eq!(body.composition().total_seats(), 33);
/// let report = body.check(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
/// assert!(report.is_compliant());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(
    try_from = "crate::read::Object<RawRepresentationBody>",
    into = "RawRepresentationBody"
)]
pub struct RepresentationBody {
    id: String,
    official_name: String,
    english_label: String,
    body_type: BodyType,
    jurisdiction: Jurisdiction,
    /// The AGS of the jurisdiction, parsed once.
    ags: Option<Ags>,
    legal_basis: LegalBasis,
    composition: Composition,
    terms: Vec<Term>,
    local_rules: Vec<LocalRule>,
    local_rights: Vec<LocalRight>,
    roster: Option<Roster>,
    established_under: Option<crate::law::vocab::Duty>,
    meetings_per_year: Option<u8>,
    sources: Vec<String>,
}

impl RepresentationBody {
    /// The body with changes made to its seat plan, validated again: the
    /// way to try the options of a [`Fix`](crate::check::Fix)
    /// ([`RawComposition::apply`](crate::body::RawComposition::apply)).
    ///
    /// # Errors
    /// [`Defects`] when a change names an unknown group or the changed
    /// body breaks a structural rule.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::RepresentationBody;
    /// let json = std::fs::read_to_string("examples/data/invalid/saarbruecken-integrationsbeirat-shares.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    /// // Try the seat plan the report proposes: one seat moves to the elected.
    /// let plan = body.check(on)?.proposal.and_then(|p| p.plan).expect("a plan");
    /// let fixed = body.with_changes(&plan.changes)?;
    /// assert_eq!(fixed.composition().group("elected").unwrap().seats(), 10);
    /// assert!(fixed.check(on)?.is_compliant());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_changes(&self, changes: &[crate::finding::SeatChange]) -> Result<Self, Defects> {
        let mut raw = RawRepresentationBody::from(self.clone());
        raw.composition.apply(changes)?;
        Self::new(raw)
    }

    /// Validates a raw document against the structural rules.
    ///
    /// # Errors
    /// [`Defects`] listing every structural problem, each with its path.
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{body::RawRepresentationBody, FindingCode, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let mut raw: RawRepresentationBody = serde_json::from_str(&json)?;
    /// assert!(RepresentationBody::new(raw.clone()).is_ok());
    /// raw.composition.seat_groups[1].seats = 0; // a group without seats
    /// let defects = RepresentationBody::new(raw).unwrap_err();
    /// assert_eq!(defects.as_slice()[0].code, FindingCode::ZeroCount);
    /// assert_eq!(defects.as_slice()[0].path.as_str(), "/composition/seat_groups/1/seats");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(raw: RawRepresentationBody) -> Result<Self, Defects> {
        let root = Loc::Root;
        let mut c = Collector::default();
        if raw.schema_version != limits::SCHEMA_VERSION {
            c.fail_with(
                FindingCode::UnsupportedSchemaVersion,
                root.field("schema_version"),
                "format.schema_version",
                crate::finding::Figures::of(
                    crate::finding::Quantity::Version(raw.schema_version),
                    crate::finding::Requirement::Exactly(crate::finding::Quantity::Version(
                        limits::SCHEMA_VERSION,
                    )),
                ),
            );
        }
        if !limits::is_valid_id(&raw.id) {
            c.fail(
                FindingCode::InvalidIdentifier,
                root.field("id"),
                "format.identifier",
            );
        }
        c.text(
            &root.field("official_name"),
            &raw.official_name,
            limits::NAME_MAX_CHARS,
        );
        c.text(
            &root.field("english_label"),
            &raw.english_label,
            limits::NAME_MAX_CHARS,
        );
        let ags = raw
            .jurisdiction
            .validate(&root.field("jurisdiction"), &mut c);
        if raw.jurisdiction.level == Level::Federal {
            c.fail(
                FindingCode::LevelMismatch,
                root.field("jurisdiction").field("level"),
                "format.body.level",
            );
        }
        crate::validate::validate_legal_basis(&raw.legal_basis, &root.field("legal_basis"), &mut c);
        let composition =
            Composition::validate(raw.composition, &root.field("composition"), &mut c);
        let groups: Vec<&str> = composition.seat_groups().iter().map(|g| g.id()).collect();
        let terms = match (raw.term, raw.terms.is_empty()) {
            (Some(_), false) => {
                c.fail(
                    FindingCode::TermGivenTwice,
                    root.field("terms"),
                    "format.terms.one_form",
                );
                Vec::new()
            }
            (Some(t), true) => {
                crate::term::validate_terms(vec![t], &groups, (&root.field("term"), true), &mut c)
            }
            (None, _) => crate::term::validate_terms(
                raw.terms,
                &groups,
                (&root.field("terms"), false),
                &mut c,
            ),
        };
        for (i, r) in raw.local_rules.iter().enumerate() {
            r.validate(&root.field("local_rules").index(i), &mut c);
        }
        for (i, r) in raw.local_rights.iter().enumerate() {
            r.validate(&root.field("local_rights").index(i), &mut c);
        }
        let roster = raw
            .roster
            .map(|list| Roster::validate(list, &groups, &root.field("roster"), &mut c));
        drop(groups);
        for (i, s) in raw.sources.iter().enumerate() {
            c.text(&root.field("sources").index(i), s, limits::SOURCE_MAX_CHARS);
        }
        c.finish()?;
        Ok(Self {
            id: raw.id,
            official_name: raw.official_name,
            english_label: raw.english_label,
            body_type: raw.body_type,
            jurisdiction: raw.jurisdiction,
            ags,
            legal_basis: raw.legal_basis,
            composition,
            terms,
            local_rules: raw.local_rules,
            local_rights: raw.local_rights,
            roster,
            established_under: raw.established_under,
            meetings_per_year: raw.meetings_per_year,
            sources: raw.sources,
        })
    }

    /// Reads a body document from JSON, reporting where it is malformed.
    ///
    /// # Errors
    /// [`Error::Syntax`] for invalid JSON, [`Error::Malformed`] (with a JSON
    /// Pointer) for a wrong shape, [`Error::Invalid`] for broken structural
    /// rules.
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{Error, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// assert_eq!(body.id(), "koeln-integrationsrat");
    /// // A malformed document is refused with the place of the problem.
    /// let err = RepresentationBody::from_json_str(&json.replace("\"seats\": 22", "\"seats\": -22")).unwrap_err();
    /// assert!(matches!(&err, Error::Malformed { path, .. } if path.as_str() == "/composition/seat_groups/0/seats"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(s: &str) -> Result<Self, Error> {
        let raw: crate::read::Object<RawRepresentationBody> = crate::read::deserialize_str(s)?;
        Ok(Self::new(raw.0)?)
    }

    /// Reads a body document from a parsed JSON value.
    ///
    /// A `serde_json::Value` has already dropped all but the last of a
    /// repeated key (`"seats": 8, "seats": 80` becomes 80), which the text
    /// reader rejects as malformed. Where you have the text, use
    /// [`RepresentationBody::from_json_str`].
    ///
    /// # Errors
    /// As [`RepresentationBody::from_json_str`], without [`Error::Syntax`].
    ///
    /// # Example
    /// ```
    /// use migrant_representation::RepresentationBody;
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let mut value: serde_json::Value = serde_json::from_str(&json)?;
    /// value["composition"]["seat_groups"][0]["seats"] = 23.into();
    /// let body = RepresentationBody::from_json_value(value)?;
    /// assert_eq!(body.composition().total_seats(), 34);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_value(value: serde_json::Value) -> Result<Self, Error> {
        let raw: crate::read::Object<RawRepresentationBody> =
            serde_path_to_error::deserialize(value).map_err(Error::from_path_error)?;
        Ok(Self::new(raw.0)?)
    }

    /// The identifier.
    ///
    /// ```
    /// use migrant_representation::RepresentationBody;
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// assert_eq!(RepresentationBody::from_json_str(&json)?.id(), "koeln-integrationsrat");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The official German name.
    ///
    /// ```
    /// use migrant_representation::RepresentationBody;
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// assert_eq!(
    ///     body.official_name(),
    ///     "Ausschuss für Chancengerechtigkeit und Integration der Stadt Köln"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn official_name(&self) -> &str {
        &self.official_name
    }
    /// The English label.
    ///
    /// ```
    /// use migrant_representation::RepresentationBody;
    /// let json = std::fs::read_to_string("examples/data/wiesbaden-auslaenderbeirat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// assert_eq!(body.english_label(), "Foreign Residents' Advisory Board of Wiesbaden");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn english_label(&self) -> &str {
        &self.english_label
    }
    /// The type.
    ///
    /// ```
    /// use migrant_representation::{BodyType, Language, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/wiesbaden-auslaenderbeirat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// assert_eq!(body.body_type(), BodyType::ForeignResidentsAdvisoryBoard);
    /// assert_eq!(body.body_type().describe(Language::De), "Ausländerbeirat");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn body_type(&self) -> BodyType {
        self.body_type
    }
    /// Where it belongs.
    ///
    /// ```
    /// use migrant_representation::{Land, Level, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let j = body.jurisdiction();
    /// assert_eq!((j.land, j.level, j.area.as_str()), (Land::NordrheinWestfalen, Level::Municipality, "Köln"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn jurisdiction(&self) -> &Jurisdiction {
        &self.jurisdiction
    }
    /// The Amtlicher Gemeindeschlüssel of the jurisdiction, if given
    /// (parsed when the document was read).
    ///
    /// ```
    /// use migrant_representation::{Land, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let ags = body.ags().expect("the document gives the AGS");
    /// assert_eq!(ags.as_str(), "05315000");
    /// assert_eq!(ags.land(), Land::NordrheinWestfalen);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn ags(&self) -> Option<&Ags> {
        self.ags.as_ref()
    }
    /// On what it rests in law.
    ///
    /// ```
    /// use migrant_representation::{body::LegalBasis, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/wiesbaden-auslaenderbeirat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let LegalBasis::Statute { citation } = body.legal_basis() else { panic!("a statute") };
    /// assert_eq!(citation.to_string(), "§ 84 HGO");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn legal_basis(&self) -> &LegalBasis {
        &self.legal_basis
    }
    /// The seats, as the document gives them for the body (a term may
    /// give its own: [`RepresentationBody::composition_of_term`]).
    ///
    /// ```
    /// use migrant_representation::RepresentationBody;
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let seats = body.composition();
    /// assert_eq!((seats.total_seats(), seats.elected_seats()), (33, 22));
    /// assert_eq!(seats.group("council").unwrap().seats(), 11);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn composition(&self) -> &Composition {
        &self.composition
    }

    /// The seats of term `index`: its own where it gives them, else the
    /// body's. An index past the last term gives the body's.
    ///
    /// ```
    /// use migrant_representation::RepresentationBody;
    /// let json = std::fs::read_to_string("examples/data/history/kaufbeuren-integrationsbeirat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// assert_eq!(body.composition_of_term(0).total_seats(), 26);
    /// assert_eq!(body.composition_of_term(1).total_seats(), 28);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn composition_of_term(&self, index: usize) -> &Composition {
        self.terms
            .get(index)
            .and_then(Term::composition)
            .unwrap_or(&self.composition)
    }
    /// The terms the document records, the earliest first (empty when it
    /// records none). Which one is in office on a day, and until when, the
    /// law decides: [`RepresentationBody::office`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::RepresentationBody;
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// assert_eq!(body.terms().len(), 4);
    /// assert_eq!(body.terms()[3].elected_on(), NaiveDate::from_ymd_opt(2025, 9, 14));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }
    /// The local rules.
    ///
    /// ```
    /// use migrant_representation::RepresentationBody;
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let ids: Vec<&str> = body.local_rules().iter().map(|r| r.id.as_str()).collect();
    /// assert_eq!(ids, ["koeln.seats", "koeln.two_thirds_elected"]);
    /// assert_eq!(body.local_rules()[0].citation.to_string(), "Hauptsatzung der Stadt Köln");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn local_rules(&self) -> &[LocalRule] {
        &self.local_rules
    }
    /// The participation rights the document grants locally.
    ///
    /// ```
    /// use migrant_representation::{law::RightKind, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/dresden-integrations-und-auslaenderbeirat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let kinds: Vec<RightKind> = body.local_rights().iter().map(|r| r.kind).collect();
    /// assert_eq!(kinds, [RightKind::Hearing, RightKind::AttendanceAndSpeaking]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn local_rights(&self) -> &[LocalRight] {
        &self.local_rights
    }
    /// The duty under which the body was formed, if known.
    ///
    /// ```
    /// use migrant_representation::{law::Duty, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// assert_eq!(body.established_under(), Some(Duty::Must)); // more than 5,000 foreign residents
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn established_under(&self) -> Option<crate::law::vocab::Duty> {
        self.established_under
    }
    /// Meetings a year, if known.
    ///
    /// ```
    /// use migrant_representation::{body::RawRepresentationBody, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// assert_eq!(body.meetings_per_year(), None); // the document does not say
    /// let mut raw = RawRepresentationBody::from(body);
    /// raw.meetings_per_year = Some(6);
    /// assert_eq!(RepresentationBody::new(raw)?.meetings_per_year(), Some(6));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn meetings_per_year(&self) -> Option<u8> {
        self.meetings_per_year
    }
    /// The roster, if the document lists the members.
    ///
    /// ```
    /// use migrant_representation::RepresentationBody;
    /// let json = std::fs::read_to_string("examples/data/luedenscheid-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let roster = body.roster().expect("the document lists the members");
    /// let elected = roster.as_slice().iter().filter(|m| m.seat_group.as_deref() == Some("elected"));
    /// assert_eq!(elected.count(), 6); // 6 of the 8 elected seats are filled
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn roster(&self) -> Option<&Roster> {
        self.roster.as_ref()
    }
    /// The sources.
    ///
    /// ```
    /// use migrant_representation::RepresentationBody;
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// assert!(body.sources().iter().all(|s| s.starts_with("http")));
    /// assert!(body.sources()[0].contains("stadt-koeln.de"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn sources(&self) -> &[String] {
        &self.sources
    }
}

impl TryFrom<RawRepresentationBody> for RepresentationBody {
    type Error = Defects;
    fn try_from(raw: RawRepresentationBody) -> Result<Self, Defects> {
        Self::new(raw)
    }
}

impl TryFrom<crate::read::Object<RawRepresentationBody>> for RepresentationBody {
    type Error = Defects;
    fn try_from(raw: crate::read::Object<RawRepresentationBody>) -> Result<Self, Defects> {
        Self::new(raw.0)
    }
}

impl From<RepresentationBody> for RawRepresentationBody {
    fn from(b: RepresentationBody) -> Self {
        Self {
            document_type: RepresentationBodyTag::RepresentationBody,
            schema_version: limits::SCHEMA_VERSION,
            id: b.id,
            official_name: b.official_name,
            english_label: b.english_label,
            body_type: b.body_type,
            jurisdiction: b.jurisdiction,
            legal_basis: b.legal_basis,
            composition: b.composition.into(),
            term: None,
            terms: b.terms.into_iter().map(Into::into).collect(),
            local_rules: b.local_rules,
            local_rights: b.local_rights,
            roster: b.roster.map(Into::into),
            established_under: b.established_under,
            meetings_per_year: b.meetings_per_year,
            sources: b.sources,
        }
        .with_one_term_as_term()
    }
}

impl RawRepresentationBody {
    /// A document of the current schema version with the required parts
    /// and nothing else: no term, no local rules or rights, no roster, no
    /// sources. Set the other fields on the value (they are public), then
    /// validate it with [`RepresentationBody::new`]; or use the
    /// [`RepresentationBody::builder`], which does both.
    ///
    /// ```
    /// use migrant_representation::body::{     Jurisdiction, LegalBasis, RawComposition, RawRepresentationBody, RawSeatGroup, SeatFilling,     VotingRight, };
    /// use migrant_representation::{BodyType, Citation, Land, Level, RepresentationBody};
    /// let mut raw = RawRepresentationBody::new(
    ///     "musterstadt-integrationsrat",
    ///     "Integrationsrat der Stadt Musterstadt",
    ///     BodyType::IntegrationCouncil,
    ///     Jurisdiction::new(Land::NordrheinWestfalen, Level::Municipality, "Musterstadt"),
    ///     LegalBasis::Statute { citation: Citation::section("GO NRW", "27") },
    ///     RawComposition::new(vec![
    ///         RawSeatGroup::new("elected", "direkt gewählte Mitglieder", SeatFilling::DirectlyElected, VotingRight::Voting, 10),
    ///         RawSeatGroup::new("council", "Ratsmitglieder", SeatFilling::CouncilDelegated, VotingRight::Voting, 5),
    ///     ]),
    /// );
    /// raw.english_label = "Integration Council of Musterstadt".into();
    /// let body = RepresentationBody::new(raw)?;
    /// assert_eq!(body.composition().total_seats(), 15);
    /// # Ok::<(), migrant_representation::error::Defects>(())
    /// ```
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        official_name: impl Into<String>,
        body_type: BodyType,
        jurisdiction: Jurisdiction,
        legal_basis: LegalBasis,
        composition: RawComposition,
    ) -> Self {
        let official_name = official_name.into();
        Self {
            document_type: RepresentationBodyTag::RepresentationBody,
            schema_version: limits::SCHEMA_VERSION,
            id: id.into(),
            english_label: official_name.clone(),
            official_name,
            body_type,
            jurisdiction,
            legal_basis,
            composition,
            term: None,
            terms: Vec::new(),
            local_rules: Vec::new(),
            local_rights: Vec::new(),
            roster: None,
            established_under: None,
            meetings_per_year: None,
            sources: Vec::new(),
        }
    }

    /// A document with one term writes it as `term`, as documents of a
    /// single term always have.
    fn with_one_term_as_term(mut self) -> Self {
        if self.terms.len() == 1 {
            self.term = self.terms.pop();
        }
        self
    }
}
