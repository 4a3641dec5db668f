//! The duty to establish a body: must, must on request, should, may.
//!
//! Each Land's rule is data ([`EstablishmentRule`]): a threshold on the
//! number or the share of foreign residents, compared as the statute says
//! ("mindestens" is `≥`, "mehr als" is `>`), the strength of the duty, and
//! what happens when there are no candidates. [`establishment_duty`] runs
//! them; it has no branch for any Land.

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::reforms::*;
use super::{Certainty, Ratio, ratio};
use crate::body::BodyType;
use crate::citation::{Citation, Following, Validity};
use crate::land::{Land, Level};

/// How strong a duty to form a body is.
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
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Duty {
    /// May be formed (kann).
    #[doc(alias = "kann")]
    May,
    /// Should be formed (soll).
    #[doc(alias = "soll")]
    Should,
    /// Must be formed when enough residents apply (NRW: 200 signatures).
    #[doc(alias = "auf Antrag")]
    MustOnRequest,
    /// Must be formed (ist zu bilden).
    #[doc(alias = "ist zu bilden")]
    Must,
}

/// How a figure is compared with a threshold.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, strum::Display,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Comparison {
    /// `>` ("mehr als").
    #[doc(alias = "mehr als")]
    GreaterThan,
    /// `≥` ("mindestens").
    #[doc(alias = "mindestens")]
    AtLeast,
}

impl Comparison {
    fn holds(self, value: u64, threshold: u64) -> bool {
        match self {
            Self::GreaterThan => value > threshold,
            Self::AtLeast => value >= threshold,
        }
    }
}

/// A threshold on the foreign population.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "metric", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Threshold {
    /// A number of foreign residents with main residence (stateless persons
    /// count).
    ForeignResidents {
        /// How to compare.
        comparison: Comparison,
        /// The number.
        count: u32,
    },
    /// A share of foreign residents among all residents.
    ForeignShare {
        /// How to compare.
        comparison: Comparison,
        /// The share (Saarland: 10/100).
        share: Ratio,
    },
}

/// What happens when an election finds no (or too few) candidates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct NoCandidates {
    /// The provision.
    pub citation: Citation,
    /// For how many years the duty lapses, when the statute says.
    pub lapses_for_years: Option<u8>,
    /// The body to form instead, if any.
    pub instead: Option<BodyType>,
    /// What happens, in German.
    pub statement_de: Cow<'static, str>,
    /// What happens, in English.
    pub statement_en: Cow<'static, str>,
}

/// One rule on forming a body in a Land at some levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct EstablishmentRule {
    /// Stable id (`"nw.establishment.must_5000"`).
    pub id: Cow<'static, str>,
    /// The Land.
    pub land: Land,
    /// The levels.
    pub levels: Cow<'static, [Level]>,
    /// The body types that meet the duty.
    pub body_types: Cow<'static, [BodyType]>,
    /// The duty.
    pub duty: Duty,
    /// The condition on the foreign population; `None` applies to every
    /// municipality.
    pub threshold: Option<Threshold>,
    /// Residents' signatures required on top of the threshold.
    pub signatures: Option<u32>,
    /// The provision.
    pub citation: Citation,
    /// When it is in force.
    pub validity: Validity,
    /// How sure the crate is of it (dates or wording not confirmed make it
    /// unverified).
    pub certainty: Certainty,
    /// What happens when there are no candidates, if the statute says.
    pub if_no_candidates: Option<NoCandidates>,
    /// The rule in one German sentence.
    pub statement_de: Cow<'static, str>,
    /// The rule in one English sentence.
    pub statement_en: Cow<'static, str>,
    /// Where it was read.
    pub source: Cow<'static, str>,
    /// What was decided in recording it, and what is not verified.
    #[serde(skip_serializing_if = "str::is_empty")]
    pub note: Cow<'static, str>,
}

impl EstablishmentRule {
    /// The template the built-in data fills in: no levels or body types, a
    /// "kann" duty without threshold, every text empty, in force always.
    pub(crate) const DEFAULT: EstablishmentRule = EstablishmentRule {
        id: Cow::Borrowed(""),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(&[]),
        body_types: Cow::Borrowed(&[]),
        duty: Duty::May,
        threshold: None,
        signatures: None,
        citation: Citation::EMPTY,
        validity: Validity::always(),
        certainty: Certainty::Verified,
        if_no_candidates: None,
        statement_de: Cow::Borrowed(""),
        statement_en: Cow::Borrowed(""),
        source: Cow::Borrowed(""),
        note: Cow::Borrowed(""),
    };
}

/// The facts about a municipality that the thresholds need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Population {
    /// Foreign residents with main residence, stateless persons included.
    pub foreign_residents: u32,
    /// All residents, where a rule uses the foreign share.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residents: Option<u32>,
    /// Supporting signatures of eligible voters, where a rule needs them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signatures: Option<u32>,
}

/// The answer of [`establishment_duty`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct EstablishmentAnswer {
    /// The strongest duty that applies.
    pub duty: Duty,
    /// The rules that give that duty (Berlin: a committee and a Beirat).
    pub rules: Vec<&'static EstablishmentRule>,
    /// `Unverified` if any of those rules is.
    pub certainty: Certainty,
}

impl EstablishmentAnswer {
    /// The citations of the rules.
    #[must_use]
    pub fn citations(&self) -> Vec<&Citation> {
        self.rules.iter().map(|r| &r.citation).collect()
    }
}

/// Why [`establishment_duty`] could not answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EstablishmentError {
    /// No rule of the crate covers the Land, level and date.
    #[error("no establishment rule is recorded for {land} at {level} level on {date}")]
    NotCovered {
        /// The Land.
        land: Land,
        /// The level.
        level: Level,
        /// The date.
        date: NaiveDate,
    },
    /// Rules cover the Land, level and date, but the population is below all
    /// their thresholds and the crate records no rule for smaller
    /// municipalities (RLP Landkreise up to 5,000 foreign residents).
    #[error(
        "below every recorded threshold for {land} at {level} level on {date}; no rule for this case is recorded"
    )]
    BelowThresholds {
        /// The Land.
        land: Land,
        /// The level.
        level: Level,
        /// The date.
        date: NaiveDate,
    },
    /// A rule uses the foreign share, and the number of residents is missing
    /// or smaller than the number of foreign residents.
    #[error(
        "rule {rule} uses the foreign share: give all residents (at least the foreign residents)"
    )]
    ResidentsNeeded {
        /// The rule's id.
        rule: Cow<'static, str>,
    },
}

/// The establishment rules the crate knows.
#[must_use]
pub fn establishment_rules() -> &'static [EstablishmentRule] {
    RULES
}

/// Whether a body must, should or may be formed in a municipality (or
/// county, district) of `land` on `date`, given its foreign population.
///
/// # Errors
/// [`EstablishmentError::NotCovered`] when no recorded rule covers the Land,
/// level and date; [`EstablishmentError::ResidentsNeeded`] when a share rule
/// needs the number of residents.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{establishment_duty, Duty, Land, Level, Population};
/// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
/// let nrw = |n| establishment_duty(Land::NordrheinWestfalen, Level::Municipality, on,
///     Population { foreign_residents: n, ..Population::default() }).unwrap().duty;
/// assert_eq!(nrw(5_000), Duty::Must);       // "mindestens 5.000"
/// assert_eq!(nrw(4_999), Duty::May);
/// let hessen = establishment_duty(Land::Hessen, Level::Municipality, on,
///     Population { foreign_residents: 1_000, ..Population::default() })?;
/// assert_eq!(hessen.duty, Duty::May);       // "mehr als 1.000"
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn establishment_duty(
    land: Land,
    level: Level,
    date: NaiveDate,
    population: Population,
) -> Result<EstablishmentAnswer, EstablishmentError> {
    let mut best: Option<Duty> = None;
    let mut matched: Vec<&'static EstablishmentRule> = Vec::new();
    let mut covered = false;
    for rule in RULES
        .iter()
        .filter(|r| r.land == land && r.levels.contains(&level) && r.validity.contains(date))
    {
        covered = true;
        let meets = match rule.threshold {
            None => true,
            Some(Threshold::ForeignResidents { comparison, count }) => {
                comparison.holds(u64::from(population.foreign_residents), u64::from(count))
            }
            Some(Threshold::ForeignShare { comparison, share }) => {
                let residents = population
                    .residents
                    .filter(|r| *r >= population.foreign_residents && *r > 0)
                    .ok_or_else(|| EstablishmentError::ResidentsNeeded {
                        rule: rule.id.clone(),
                    })?;
                // foreign / residents  cmp  numerator / denominator, exactly.
                let lhs =
                    u64::from(population.foreign_residents) * u64::from(share.denominator.get());
                let rhs = u64::from(share.numerator) * u64::from(residents);
                comparison.holds(lhs, rhs)
            }
        } && rule
            .signatures
            .is_none_or(|s| population.signatures.is_some_and(|n| n >= s));
        if !meets {
            continue;
        }
        match best {
            Some(b) if b > rule.duty => {}
            Some(b) if b == rule.duty => matched.push(rule),
            _ => {
                best = Some(rule.duty);
                matched.clear();
                matched.push(rule);
            }
        }
    }
    match best {
        Some(duty) => {
            let certainty = if matched.iter().all(|r| r.certainty == Certainty::Verified) {
                Certainty::Verified
            } else {
                Certainty::Unverified
            };
            Ok(EstablishmentAnswer {
                duty,
                rules: matched,
                certainty,
            })
        }
        None if covered => Err(EstablishmentError::BelowThresholds { land, level, date }),
        None => Err(EstablishmentError::NotCovered { land, level, date }),
    }
}

// ------------------------------------------------------------- data ----

use super::text;
use Certainty::{Unverified, Verified};
use Comparison::{AtLeast, GreaterThan};

const MUNICIPAL: &[Level] = &[Level::Municipality];
const COUNTY: &[Level] = &[Level::County];
const LOCAL_BOARD: &[BodyType] = &[BodyType::LocalAdvisoryBoard];

const NW_BODIES: &[BodyType] = &[BodyType::IntegrationCouncil, BodyType::IntegrationCommittee];
const NW_COUNCIL_ONLY: &[BodyType] = &[BodyType::IntegrationCouncil];
const SRC_NW: &str =
    "https://duisburg.de/rathaus/rathausundpolitik/ratgremien/integrationsrat/rechtsgrundlagen.php";
const SRC_NW_2009: &str = "https://umwelt-online.de/recht/allgemei/laender/nrw/z13_0878.htm";

const HE_BODIES: &[BodyType] = &[
    BodyType::ForeignResidentsAdvisoryBoard,
    BodyType::IntegrationCommission,
];
const SRC_HE: &str = "https://www.haufe.de/oeffentlicher-dienst/tvoed-office-fuer-die-verwaltung/gemeindeordnung-hessen-84-einrichtung_idesk_PI7633_HI1317696.html";

const RP_BODIES: &[BodyType] = &[BodyType::MigrationAndIntegrationAdvisoryBoard];
const SRC_RP: &str = "https://www.migazin.de/2009/04/17/rheinland-pfalz-in-55-kommunen-werden-beirate-fur-migration-und-integration-gewahlt/print/";

const SL_BODIES: &[BodyType] = &[BodyType::IntegrationAdvisoryBoard];
const SRC_SL: &str = "https://umwelt-online.de/recht/allgemei/laender/srl/ksvg2.htm";

static RULES: &[EstablishmentRule] = &[
    // ---- Nordrhein-Westfalen, § 27 Abs. 1 GO NRW ----
    // From the 2013 law to the 2018 law only an Integrationsrat met the duty:
    // the Integrationsausschuss was not permitted.
    EstablishmentRule {
        id: text("nw.establishment_2013.must_5000"),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_COUNCIL_ONLY),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 5_000,
        }),
        citation: Citation::section("GO NRW", "27").paragraph(1).sentence(1),
        validity: Validity::between(NW_2013, NW_2018),
        certainty: Verified,
        statement_de: text(
            "In Gemeinden mit mindestens 5.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden.",
        ),
        statement_en: text(
            "A municipality with at least 5,000 foreign residents must form an Integrationsrat",
        ),
        source: text(SRC_NW),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("nw.establishment_2013.on_request_2000"),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_COUNCIL_ONLY),
        duty: Duty::MustOnRequest,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 2_000,
        }),
        citation: Citation::section("GO NRW", "27").paragraph(1).sentence(2),
        validity: Validity::between(NW_2013, NW_2018),
        certainty: Verified,
        statement_de: text(
            "In Gemeinden mit mindestens 2.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden, wenn mindestens 200 Wahlberechtigte es beantragen.",
        ),
        statement_en: text(
            "A municipality with at least 2,000 foreign residents must form an Integrationsrat if at least 200 eligible voters apply",
        ),
        source: text(SRC_NW),
        signatures: Some(200),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("nw.establishment_2013.may"),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_COUNCIL_ONLY),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("GO NRW", "27").paragraph(1).sentence(3),
        validity: Validity::between(NW_2013, NW_2018),
        certainty: Verified,
        statement_de: text("Andere Gemeinden können einen Integrationsrat bilden."),
        statement_en: text("Other municipalities may form an Integrationsrat"),
        source: text(SRC_NW),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("nw.establishment.must_5000"),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_BODIES),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 5_000,
        }),
        citation: Citation::section("GO NRW", "27").paragraph(1).sentence(1),
        validity: Validity::since(NW_2018),
        certainty: Verified,
        statement_de: text(
            "In Gemeinden mit mindestens 5.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden.",
        ),
        statement_en: text(
            "A municipality with at least 5,000 foreign residents must form an Integrationsrat",
        ),
        source: text(SRC_NW),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("nw.establishment.on_request_2000"),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_BODIES),
        duty: Duty::MustOnRequest,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 2_000,
        }),
        citation: Citation::section("GO NRW", "27").paragraph(1).sentence(2),
        validity: Validity::since(NW_2018),
        certainty: Verified,
        statement_de: text(
            "In Gemeinden mit mindestens 2.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden, wenn mindestens 200 Wahlberechtigte es beantragen.",
        ),
        statement_en: text(
            "A municipality with at least 2,000 foreign residents must form an Integrationsrat if at least 200 eligible voters apply",
        ),
        source: text(SRC_NW),
        signatures: Some(200),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("nw.establishment.may"),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_BODIES),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("GO NRW", "27").paragraph(1).sentence(3),
        validity: Validity::since(NW_2018),
        certainty: Verified,
        statement_de: text(
            "Andere Gemeinden können einen Integrationsrat bilden; anstelle eines Integrationsrates kann der Rat einen Integrationsausschuss bilden (§ 27 Abs. 12 GO NRW).",
        ),
        statement_en: text(
            "Other municipalities may form an Integrationsrat; instead of an Integrationsrat the council may form an Integrationsausschuss (§ 27 Abs. 12 GO NRW)",
        ),
        source: text(SRC_NW),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("nw.establishment_2009.must_5000"),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_BODIES),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 5_000,
        }),
        citation: Citation::section("GO NRW", "27")
            .paragraph(1)
            .version(NW_2009_VERSION),
        validity: Validity::between(NW_2009, NW_2013),
        certainty: Unverified,
        statement_de: text(
            "Fassung 2009: Bei mindestens 5.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden (Inkrafttreten Juni 2009, Tag nicht bekannt).",
        ),
        statement_en: text(
            "2009 version: at least 5,000 foreign residents, an Integrationsrat must be formed (in force June 2009, day not known)",
        ),
        source: text(SRC_NW_2009),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("nw.establishment_2009.on_request_2000"),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_BODIES),
        duty: Duty::MustOnRequest,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 2_000,
        }),
        citation: Citation::section("GO NRW", "27")
            .paragraph(1)
            .version(NW_2009_VERSION),
        validity: Validity::between(NW_2009, NW_2013),
        certainty: Unverified,
        statement_de: text(
            "Fassung 2009: Bei mindestens 2.000 ausländischen Einwohnern auf Antrag von mindestens 200 Wahlberechtigten (damals nur Ausländer).",
        ),
        statement_en: text(
            "2009 version: at least 2,000 foreign residents, on the application of at least 200 voters (then foreigners only)",
        ),
        source: text(SRC_NW_2009),
        signatures: Some(200),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("nw.establishment_2009.may"),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_BODIES),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("GO NRW", "27")
            .paragraph(1)
            .version(NW_2009_VERSION),
        validity: Validity::between(NW_2009, NW_2013),
        certainty: Unverified,
        statement_de: text("Fassung 2009: Andere Gemeinden können einen Integrationsrat bilden."),
        statement_en: text("2009 version: other municipalities may form an Integrationsrat"),
        source: text(SRC_NW_2009),
        ..EstablishmentRule::DEFAULT
    },
    // ---- Hessen, § 84 HGO; § 4b HKO ----
    EstablishmentRule {
        id: text("he.establishment.must_1000"),
        land: Land::Hessen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(HE_BODIES),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: GreaterThan,
            count: 1_000,
        }),
        citation: Citation::section("HGO", "84"),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement_de: text(
            "In Gemeinden mit mehr als 1.000 gemeldeten ausländischen Einwohnern ist ein Ausländerbeirat einzurichten; die Pflicht entfällt, wenn eine Integrations-Kommission nach § 89 gebildet wird.",
        ),
        statement_en: text(
            "A municipality with more than 1,000 registered foreign residents must set up an Ausländerbeirat, unless it forms an Integrations-Kommission under § 89",
        ),
        source: text(SRC_HE),
        if_no_candidates: Some(NoCandidates {
            citation: Citation::section("HGO", "86")
                .paragraph(1)
                .sentence(4)
                .following(Following::One),
            lapses_for_years: None,
            instead: Some(BodyType::IntegrationCommission),
            statement_de: text(
                "Gehen keine oder zu wenige Wahlvorschläge ein, findet keine Wahl statt; für die folgende Wahlzeit ist eine Integrations-Kommission zu bilden.",
            ),
            statement_en: text(
                "If no or too few nominations are made, there is no election and an Integrations-Kommission must be formed for the following Wahlzeit",
            ),
        }),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("he.establishment.may"),
        land: Land::Hessen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(HE_BODIES),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("HGO", "84"),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement_de: text(
            "Andere Gemeinden können durch die Hauptsatzung einen Ausländerbeirat einrichten.",
        ),
        statement_en: text(
            "Other municipalities may set up an Ausländerbeirat through their Hauptsatzung",
        ),
        source: text(SRC_HE),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("he.establishment_1993.must_1000"),
        land: Land::Hessen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(&[BodyType::ForeignResidentsAdvisoryBoard]),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: GreaterThan,
            count: 1_000,
        }),
        citation: Citation::section("HGO", "84").version("i. d. F. des Gesetzes vom 1.4.1993"),
        validity: Validity::between(HE_1993, HE_2020),
        certainty: Unverified,
        statement_de: text(
            "Seit dem 1.4.1993 ist in Gemeinden mit mehr als 1.000 ausländischen Einwohnern ein Ausländerbeirat einzurichten.",
        ),
        statement_en: text(
            "Since 1 Apr 1993 a municipality with more than 1,000 foreign residents must set up an Ausländerbeirat",
        ),
        source: text(
            "https://kab-giessen.de/index.php/was-sind-auslaenderbeiraete/44-gesetzliche-grundlagen/56-gesetzliche-grundlagen",
        ),
        note: text(
            "The threshold \"mehr als 1.000\" is stated by the cited source itself (kab-giessen); the statute text of \
           this version was not read, so the rule stays unverified (legal audit, E).",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("he.establishment_1993.may"),
        land: Land::Hessen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(&[BodyType::ForeignResidentsAdvisoryBoard]),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("HGO", "84").version("i. d. F. des Gesetzes vom 1.4.1993"),
        validity: Validity::between(HE_1993, HE_2020),
        certainty: Unverified,
        statement_de: text(
            "Andere Gemeinden können einen Ausländerbeirat einrichten (Fassung 1993 nicht gelesen).",
        ),
        statement_en: text(
            "Other municipalities may set up an Ausländerbeirat (1993 version not read)",
        ),
        source: text(
            "https://kab-giessen.de/index.php/was-sind-auslaenderbeiraete/44-gesetzliche-grundlagen/56-gesetzliche-grundlagen",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("he.establishment.county_may"),
        land: Land::Hessen,
        levels: Cow::Borrowed(COUNTY),
        body_types: Cow::Borrowed(&[BodyType::ForeignResidentsAdvisoryBoard]),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("HKO", "4b").paragraph(1),
        validity: Validity::since(HE_2005),
        certainty: Verified,
        statement_de: text(
            "Ein Landkreis kann durch die Hauptsatzung einen Ausländerbeirat einrichten.",
        ),
        statement_en: text("A Landkreis may set up an Ausländerbeirat through its Hauptsatzung"),
        source: text(
            "http://www.anwalt24.de/rund-ums-recht/Paragraph_4b_HKO_Auslaenderbeirat-d146141,7.html",
        ),
        ..EstablishmentRule::DEFAULT
    },
    // ---- Rheinland-Pfalz, § 56 GemO; § 49a LKO ----
    EstablishmentRule {
        id: text("rp.establishment.must_1000"),
        land: Land::RheinlandPfalz,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(RP_BODIES),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: GreaterThan,
            count: 1_000,
        }),
        citation: Citation::section("GemO RLP", "56").paragraph(1),
        validity: Validity::since(RP_2009),
        certainty: Verified,
        statement_de: text(
            "In Gemeinden mit mehr als 1.000 ausländischen Einwohnern (Hauptwohnung; Staatenlose zählen mit) ist ein Beirat für Migration und Integration einzurichten.",
        ),
        statement_en: text(
            "A municipality with more than 1,000 foreign residents (main residence; stateless persons count) must set up a Beirat für Migration und Integration",
        ),
        source: text(SRC_RP),
        note: text(
            "Municipal practice (Kusel, Bad Marienberg) counts the foreign residents on 30 June of the year before \
               the election; that Stichtag was not read in the statute (legal audit, E).",
        ),
        if_no_candidates: Some(NoCandidates {
            citation: Citation::section("GemO RLP", "56").paragraph(3),
            lapses_for_years: None,
            instead: None,
            statement_de: text(
                "Übersteigt die Zahl der Bewerber nicht die Zahl der Sitze, findet keine Wahl statt und die Pflicht entfällt für die Wahlperiode; die Gemeinde kann einen Beirat für die Belange von Menschen mit Migrationshintergrund berufen (§ 56a GemO).",
            ),
            statement_en: text(
                "If the candidates do not exceed the seats there is no election and the duty lapses for the Wahlperiode; the municipality may appoint a Beirat für die Belange von Menschen mit Migrationshintergrund (§ 56a GemO)",
            ),
        }),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("rp.establishment.may"),
        land: Land::RheinlandPfalz,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(RP_BODIES),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("GemO RLP", "56").paragraph(1),
        validity: Validity::since(RP_2009),
        certainty: Verified,
        statement_de: text(
            "In anderen Gemeinden kann aufgrund einer Satzung ein Beirat eingerichtet werden.",
        ),
        statement_en: text("Other municipalities may set up a Beirat by Satzung"),
        source: text("https://umwelt-online.de/recht/allgemei/laender/rp/z08_0294.htm"),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("rp.establishment.county_must_5000"),
        land: Land::RheinlandPfalz,
        levels: Cow::Borrowed(COUNTY),
        body_types: Cow::Borrowed(RP_BODIES),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: GreaterThan,
            count: 5_000,
        }),
        citation: Citation::section("LKO", "49a").paragraph(1),
        validity: Validity::since(RP_2009),
        certainty: Verified,
        statement_de: text(
            "In Landkreisen mit mehr als 5.000 ausländischen Einwohnern ist ein Beirat für Migration und Integration einzurichten.",
        ),
        statement_en: text(
            "A Landkreis with more than 5,000 foreign residents must set up a Beirat für Migration und Integration",
        ),
        source: text(
            "https://sitzungsdienst.kaiserslautern-kreis.de/buergerinfo/vo0050.php?__kvonr=461",
        ),
        if_no_candidates: Some(NoCandidates {
            citation: Citation::section("LKO", "49a").paragraph(3),
            lapses_for_years: None,
            instead: None,
            statement_de: text(
                "Übersteigt die Zahl der Bewerber nicht die Zahl der Sitze, findet keine Wahl statt; ein Beirat für die Belange von Menschen mit Migrationshintergrund nach § 49b LKO soll gebildet werden.",
            ),
            statement_en: text(
                "If the candidates do not exceed the seats there is no election; a Beirat für die Belange von Menschen mit Migrationshintergrund under § 49b LKO should be formed",
            ),
        }),
        ..EstablishmentRule::DEFAULT
    },
    // ---- Saarland, § 50 KSVG ----
    EstablishmentRule {
        id: text("sl.establishment.should_10_percent"),
        land: Land::Saarland,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(SL_BODIES),
        duty: Duty::Should,
        threshold: Some(Threshold::ForeignShare {
            comparison: AtLeast,
            share: ratio(10, 100),
        }),
        citation: Citation::section("KSVG", "50").version(SL_2023_VERSION),
        validity: Validity::since(SL_2023),
        certainty: Unverified,
        statement_de: text(
            "Gemeinden mit einem Ausländeranteil von mindestens 10 vom Hundert sollen einen Integrationsbeirat bilden (Inkrafttreten nicht gesehen; ab Verkündung am 21.12.2023 erfasst).",
        ),
        statement_en: text(
            "Municipalities with a foreign share of at least 10 per cent should form an Integrationsbeirat (in-force date not seen; recorded from publication on 21 Dec 2023)",
        ),
        source: text(SRC_SL),
        if_no_candidates: Some(NoCandidates {
            citation: Citation::section("KSVG", "50"),
            lapses_for_years: Some(5),
            instead: None,
            statement_de: text(
                "Gehen keine gültigen Wahlvorschläge ein oder übersteigt die Zahl der Bewerber nicht die der Sitze, entfällt die Pflicht für 5 Jahre; stattdessen soll eine Integrationsbeauftragte oder ein Integrationsbeauftragter bestellt werden.",
            ),
            statement_en: text(
                "With no valid nominations, or no more candidates than seats, the duty lapses for 5 years and an Integrationsbeauftragte/r should be named instead",
            ),
        }),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("sl.establishment.may"),
        land: Land::Saarland,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(SL_BODIES),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("KSVG", "50").version(SL_2023_VERSION),
        validity: Validity::since(SL_2023),
        certainty: Unverified,
        statement_de: text(
            "Gemeinden mit geringerem Anteil können einen Integrationsbeirat bilden und/oder eine Integrationsbeauftragte oder einen Integrationsbeauftragten benennen.",
        ),
        statement_en: text(
            "Municipalities with a lower share may form an Integrationsbeirat and/or name an integration commissioner",
        ),
        source: text(SRC_SL),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("sl.establishment_2008.should_8_percent"),
        land: Land::Saarland,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(SL_BODIES),
        duty: Duty::Should,
        threshold: Some(Threshold::ForeignShare {
            comparison: AtLeast,
            share: ratio(8, 100),
        }),
        citation: Citation::section("KSVG", "50").version(SL_2008_VERSION),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Unverified,
        statement_de: text(
            "Fassung 2008: Integrationsbeirat soll bei einem Ausländeranteil von mindestens 8 % gebildet werden (Inkrafttreten 2008, Tag nicht bekannt).",
        ),
        statement_en: text(
            "2008 version: an Integrationsbeirat should be formed at a foreign share of at least 8 % (in force 2008, day not known)",
        ),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/browse/document/c75cf519-b5d6-3081-babe-553e99f1d349",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("sl.establishment_2008.may"),
        land: Land::Saarland,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(SL_BODIES),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("KSVG", "50").version(SL_2008_VERSION),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Unverified,
        statement_de: text(
            "Fassung 2008: Andere Gemeinden können einen Integrationsbeirat bilden.",
        ),
        statement_en: text("2008 version: other municipalities may form an Integrationsbeirat"),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/browse/document/c75cf519-b5d6-3081-babe-553e99f1d349",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("sl.establishment_auslaenderbeirat.should_3_percent"),
        land: Land::Saarland,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(&[BodyType::LocalAdvisoryBoard]),
        duty: Duty::Should,
        threshold: Some(Threshold::ForeignShare {
            comparison: AtLeast,
            share: ratio(3, 100),
        }),
        citation: Citation::section("KSVG", "50").version("i. d. F. vor 2008"),
        validity: Validity::between(SL_1990_FROM, SL_2009),
        certainty: Unverified,
        statement_de: text(
            "Frühere Fassung: Ausländerbeirat soll bei einem Ausländeranteil von mindestens 3 % gebildet werden (Geltungszeitraum nicht bekannt; erster Beirat Saarbrücken 1989).",
        ),
        statement_en: text(
            "Earlier version: an Ausländerbeirat should be formed at a foreign share of at least 3 % (dates not known; first board in Saarbrücken in 1989)",
        ),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/browse/document/25e78f41-88af-3c5c-bad3-37c3550533db",
        ),
        ..EstablishmentRule::DEFAULT
    },
    // ---- Berlin: mandatory in every Bezirk ----
    EstablishmentRule {
        id: text("be.establishment.district_board"),
        land: Land::Berlin,
        levels: Cow::Borrowed(&[Level::Borough]),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::Must,
        threshold: None,
        citation: Citation::section("PartMigG", "19"),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text(
            "Jeder Bezirk richtet einen Bezirksbeirat für Partizipation und Integration ein und finanziert seine Geschäftsstelle.",
        ),
        statement_en: text(
            "Every Bezirk sets up a Bezirksbeirat für Partizipation und Integration and funds its office",
        ),
        source: text("https://www.berlin.de/lb/intmig/partizipation/bezirksbeiraete/"),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("be.establishment.district_committee"),
        land: Land::Berlin,
        levels: Cow::Borrowed(&[Level::Borough]),
        body_types: Cow::Borrowed(&[BodyType::ParticipationCommittee]),
        duty: Duty::Must,
        threshold: None,
        citation: Citation::section("BezVG", "32"),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text(
            "Jede Bezirksverordnetenversammlung bildet einen Ausschuss für Partizipation und Integration.",
        ),
        statement_en: text(
            "Every district assembly forms a committee for participation and integration",
        ),
        source: text(
            "https://bezirksverwaltungsrecht.berlin/kommentar-zum-bezirksverwaltungsgesetz/32-anlage",
        ),
        ..EstablishmentRule::DEFAULT
    },
    // ---- Länder where forming a body is voluntary ----
    EstablishmentRule {
        id: text("bw.establishment.may"),
        land: Land::BadenWuerttemberg,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("GemO BW", "4").paragraph(1),
        validity: Validity::since(BW_FROM),
        certainty: Verified,
        statement_de: text(
            "Keine gesetzliche Pflicht: die Gemeinde kann eine Migrantenvertretung durch Satzung oder als beratenden Ausschuss (§ 41 GemO) bilden.",
        ),
        statement_en: text(
            "No statutory duty: the municipality may form a migrant representation by Satzung or as an advisory committee (§ 41 GemO)",
        ),
        source: text(
            "https://www.laka-bw.de/der-laka-fordert-landesweite-institutionalisierung-von-kommunalen-migrantenvertretungen-in-der-gemeindeordnung/",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("by.establishment.may"),
        land: Land::Bayern,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::article("BayGO", "23"),
        validity: Validity::since(BY_FROM),
        certainty: Verified,
        statement_de: text(
            "Keine Regelung in BayGO und BayLKrO: die Gemeinde kann einen Beirat durch Satzung bilden.",
        ),
        statement_en: text(
            "No provision in BayGO or BayLKrO: the municipality may form a Beirat by Satzung",
        ),
        source: text("http://www.handbuch.agaby.de/index.php?id=3"),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("by.establishment.county_may"),
        land: Land::Bayern,
        levels: Cow::Borrowed(COUNTY),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::article("BayLKrO", "17"),
        validity: Validity::since(BY_FROM),
        certainty: Verified,
        statement_de: text("Der Landkreis kann einen Beirat durch Satzung bilden."),
        statement_en: text("The Landkreis may form a Beirat by Satzung"),
        source: text(
            "http://www.anwalt24.de/rund-ums-recht/Landkreisordnung_fuer_den_Freistaat_Bayern_Landkreisordnung_-d145125,1.html",
        ),
        note: text(
            "Art. 17 BayLKrO (Kreisrecht), not Art. 40 as the AGABY handbook has it (legal audit, S16).",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("bb.establishment.may_2007"),
        land: Land::Brandenburg,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("BbgKVerf", "19")
            .paragraph(1)
            .version("i. d. F. vom 18.12.2007"),
        validity: Validity::between(BB_FROM, BB_2024),
        certainty: Verified,
        statement_de: text(
            "Die Gemeinde kann einen Beirat für die Integration der Einwohner ohne deutsche Staatsangehörigkeit vorsehen.",
        ),
        statement_en: text(
            "The municipality may provide for a Beirat for the integration of residents without German nationality",
        ),
        source: text(
            "https://buergerbeteiligung.potsdam.de/content/jetzt-bewerben-fuer-den-neuen-migrantenbeirat",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("bb.establishment.may_2024"),
        land: Land::Brandenburg,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("BbgKVerf", "17")
            .version("i. d. F. des Gesetzes vom 5.3.2024 (GVBl. I Nr. 10)"),
        validity: Validity::since(BB_2024),
        certainty: Verified,
        statement_de: text("Die Hauptsatzung kann Beiräte für Personengruppen vorsehen."),
        statement_en: text("The Hauptsatzung may provide for Beiräte of groups of residents"),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/browse/document/745f0b67-88ee-39c2-a600-58675ceccfb0",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("hb.establishment.may"),
        land: Land::Bremen,
        levels: Cow::Borrowed(&[Level::State, Level::Municipality]),
        body_types: Cow::Borrowed(&[BodyType::StateAdvisoryBoard, BodyType::LocalAdvisoryBoard]),
        duty: Duty::May,
        threshold: None,
        citation: Citation::whole("Beschluss der Deputation für Soziales vom 16.12.2004"),
        validity: Validity::since(HB_FROM),
        certainty: Verified,
        statement_de: text(
            "Keine gesetzliche Pflicht: der Bremer Rat für Integration beruht auf einem Beschluss der Deputation.",
        ),
        statement_en: text(
            "No statutory duty: the Bremer Rat für Integration rests on a decision of the Deputation",
        ),
        source: text("https://bremer-rat-fuer-integration.de/rat/geschichte/"),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("hh.establishment.may"),
        land: Land::Hamburg,
        levels: Cow::Borrowed(&[Level::State, Level::Borough]),
        body_types: Cow::Borrowed(&[BodyType::StateAdvisoryBoard, BodyType::LocalAdvisoryBoard]),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("VerwBehG", "16"),
        validity: Validity::since(HH_FROM),
        certainty: Verified,
        statement_de: text(
            "Keine gesetzliche Pflicht: der Integrationsbeirat ist ein Verwaltungsausschuss der Sozialbehörde.",
        ),
        statement_en: text(
            "No statutory duty: the Integrationsbeirat is an administrative committee of the Sozialbehörde",
        ),
        source: text(
            "https://www.hamburg.de/politik-und-verwaltung/behoerden/sozialbehoerde/wir-ueber-uns/integrationsbeirat-hamburg/arbeitsweise-30380",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("mv.establishment.may"),
        land: Land::MecklenburgVorpommern,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::whole("InTG M-V"),
        validity: Validity::since(MV_FROM),
        certainty: Unverified,
        statement_de: text(
            "Das InTG M-V enthält Kann- bzw. Soll-Regeln zu kommunalen Migrations- und Integrationsbeiräten; Wortlaut, Paragraph und Schwellen wurden nicht gelesen.",
        ),
        statement_en: text(
            "The InTG M-V has may/should rules on municipal Migrations- und Integrationsbeiräte; wording, paragraph and thresholds were not read",
        ),
        source: text("https://gruenes-forum.de/?p=1029"),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("ni.establishment.may"),
        land: Land::Niedersachsen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("NKomVG", "71").paragraph(6),
        validity: Validity::since(NI_FROM),
        certainty: Unverified,
        statement_de: text(
            "Keine Pflicht zur Bildung von Ausländerbeiräten; die Rechtsgrundlage freiwilliger Gremien ist nicht bestätigt.",
        ),
        statement_en: text(
            "No duty to form Ausländerbeiräte; the basis of voluntary bodies is not confirmed",
        ),
        source: text("https://ratsinfo.stadt.lueneburg.de/bi/vo020.asp?VOLFDNR=2113&toggleMenu=1"),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("sn.establishment.may"),
        land: Land::Sachsen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("SächsGemO", "47"),
        validity: Validity::since(SN_FROM),
        certainty: Verified,
        statement_de: text("Sonstige Beiräte können durch die Hauptsatzung gebildet werden."),
        statement_en: text("Sonstige Beiräte may be formed by the Hauptsatzung"),
        source: text(
            "https://kleineanfragen.de/sachsen/6/17908-rechtstellung-von-nach-hauptsatzungen-von-gemeinden-im-freistaat-sachsen-gebildeten-beiraeten.txt",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("sn.establishment.county_may"),
        land: Land::Sachsen,
        levels: Cow::Borrowed(COUNTY),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("SächsLKrO", "43")
            .paragraph(1)
            .sentence(1),
        validity: Validity::since(SN_COUNTY_FROM),
        certainty: Verified,
        statement_de: text("Der Landkreis kann Beiräte durch Satzung bilden."),
        statement_en: text("The Landkreis may form Beiräte by Satzung"),
        source: text("https://bverwg.de/291122U8CN1.22.0"),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("st.establishment.may"),
        land: Land::SachsenAnhalt,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("KVG LSA", "80"),
        validity: Validity::since(ST_FROM),
        certainty: Unverified,
        statement_de: text(
            "Freiwillig; der Inhalt des § 80 KVG LSA ist nur aus einer Sekundärquelle bekannt.",
        ),
        statement_en: text(
            "Voluntary; the content of § 80 KVG LSA is known only from a secondary source",
        ),
        source: text("https://die-nachrichten.net/?p=1307109"),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("sh.establishment.may"),
        land: Land::SchleswigHolstein,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("GO SH", "47d"),
        validity: Validity::since(SH_FROM),
        certainty: Verified,
        statement_de: text(
            "Die Gemeinde kann durch Satzung Beiräte für gesellschaftlich bedeutsame Gruppen bilden.",
        ),
        statement_en: text("The municipality may form Beiräte for groups of society by Satzung"),
        source: text(
            "https://bepart.minor-kontor.de/aktivitaet/migrantischen-stimmen-ein-forum-geben-beteiligungsgremien-von-migrantinnen-in-den-schleswig-holsteinischen-kommunen",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("sh.establishment.county_may"),
        land: Land::SchleswigHolstein,
        levels: Cow::Borrowed(COUNTY),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("KrO SH", "42a"),
        validity: Validity::since(SH_FROM),
        certainty: Verified,
        statement_de: text("Der Kreis kann durch Satzung Beiräte bilden."),
        statement_en: text("The Kreis may form Beiräte by Satzung"),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/browse/document/53015d4f-52d3-3d04-aae9-f4494189d4e5",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text("th.establishment.may"),
        land: Land::Thueringen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("ThürKO", "26").paragraph(1),
        validity: Validity::since(TH_FROM),
        certainty: Unverified,
        statement_de: text(
            "Keine Pflicht; Beiräte werden durch die Hauptsatzung gebildet (Fundstelle in der ThürKO nur verkürzt gesehen).",
        ),
        statement_en: text(
            "No duty; Beiräte are formed through the Hauptsatzung (the ThürKO reference was seen only truncated)",
        ),
        source: text(
            "https://kleineanfragen.de/thueringen/6/7210-beiraete-in-thueringer-kommunen.txt",
        ),
        ..EstablishmentRule::DEFAULT
    },
];
