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
    /// The same rule with a note on what was decided in recording it.
    #[must_use]
    pub const fn note(mut self, note: &'static str) -> Self {
        // A `const fn` cannot drop the old value; see `Rule::note`.
        std::mem::forget(std::mem::replace(&mut self.note, Cow::Borrowed(note)));
        self
    }
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

const fn residents(comparison: Comparison, count: u32) -> Option<Threshold> {
    Some(Threshold::ForeignResidents { comparison, count })
}

#[allow(clippy::too_many_arguments)]
const fn rule(
    id: &'static str,
    land: Land,
    levels: &'static [Level],
    body_types: &'static [BodyType],
    duty: Duty,
    threshold: Option<Threshold>,
    citation: Citation,
    validity: Validity,
    certainty: Certainty,
    statement_de: &'static str,
    statement_en: &'static str,
    source: &'static str,
) -> EstablishmentRule {
    EstablishmentRule {
        id: Cow::Borrowed(id),
        land,
        levels: Cow::Borrowed(levels),
        body_types: Cow::Borrowed(body_types),
        duty,
        threshold,
        signatures: None,
        citation,
        validity,
        certainty,
        if_no_candidates: None,
        statement_de: Cow::Borrowed(statement_de),
        statement_en: Cow::Borrowed(statement_en),
        source: Cow::Borrowed(source),
        note: Cow::Borrowed(""),
    }
}

const fn with_signatures(mut r: EstablishmentRule, n: u32) -> EstablishmentRule {
    r.signatures = Some(n);
    r
}

const fn with_no_candidates(mut r: EstablishmentRule, n: NoCandidates) -> EstablishmentRule {
    // The field is `None` in every rule built by `rule`, so nothing is dropped.
    std::mem::forget(r.if_no_candidates.replace(n));
    r
}

const fn no_candidates(
    citation: Citation,
    lapses_for_years: Option<u8>,
    instead: Option<BodyType>,
    statement_de: &'static str,
    statement_en: &'static str,
) -> NoCandidates {
    NoCandidates {
        citation,
        lapses_for_years,
        instead,
        statement_de: Cow::Borrowed(statement_de),
        statement_en: Cow::Borrowed(statement_en),
    }
}

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
    rule(
        "nw.establishment_2013.must_5000",
        Land::NordrheinWestfalen,
        MUNICIPAL,
        NW_COUNCIL_ONLY,
        Duty::Must,
        residents(AtLeast, 5_000),
        Citation::section("GO NRW", "27").paragraph(1).sentence(1),
        Validity::between(NW_2013, NW_2018),
        Verified,
        "In Gemeinden mit mindestens 5.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden.",
        "A municipality with at least 5,000 foreign residents must form an Integrationsrat",
        SRC_NW,
    ),
    with_signatures(
        rule(
            "nw.establishment_2013.on_request_2000",
            Land::NordrheinWestfalen,
            MUNICIPAL,
            NW_COUNCIL_ONLY,
            Duty::MustOnRequest,
            residents(AtLeast, 2_000),
            Citation::section("GO NRW", "27").paragraph(1).sentence(2),
            Validity::between(NW_2013, NW_2018),
            Verified,
            "In Gemeinden mit mindestens 2.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden, wenn mindestens 200 Wahlberechtigte es beantragen.",
            "A municipality with at least 2,000 foreign residents must form an Integrationsrat if at least 200 eligible voters apply",
            SRC_NW,
        ),
        200,
    ),
    rule(
        "nw.establishment_2013.may",
        Land::NordrheinWestfalen,
        MUNICIPAL,
        NW_COUNCIL_ONLY,
        Duty::May,
        None,
        Citation::section("GO NRW", "27").paragraph(1).sentence(3),
        Validity::between(NW_2013, NW_2018),
        Verified,
        "Andere Gemeinden können einen Integrationsrat bilden.",
        "Other municipalities may form an Integrationsrat",
        SRC_NW,
    ),
    rule(
        "nw.establishment.must_5000",
        Land::NordrheinWestfalen,
        MUNICIPAL,
        NW_BODIES,
        Duty::Must,
        residents(AtLeast, 5_000),
        Citation::section("GO NRW", "27").paragraph(1).sentence(1),
        Validity::since(NW_2018),
        Verified,
        "In Gemeinden mit mindestens 5.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden.",
        "A municipality with at least 5,000 foreign residents must form an Integrationsrat",
        SRC_NW,
    ),
    with_signatures(
        rule(
            "nw.establishment.on_request_2000",
            Land::NordrheinWestfalen,
            MUNICIPAL,
            NW_BODIES,
            Duty::MustOnRequest,
            residents(AtLeast, 2_000),
            Citation::section("GO NRW", "27").paragraph(1).sentence(2),
            Validity::since(NW_2018),
            Verified,
            "In Gemeinden mit mindestens 2.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden, wenn mindestens 200 Wahlberechtigte es beantragen.",
            "A municipality with at least 2,000 foreign residents must form an Integrationsrat if at least 200 eligible voters apply",
            SRC_NW,
        ),
        200,
    ),
    rule(
        "nw.establishment.may",
        Land::NordrheinWestfalen,
        MUNICIPAL,
        NW_BODIES,
        Duty::May,
        None,
        Citation::section("GO NRW", "27").paragraph(1).sentence(3),
        Validity::since(NW_2018),
        Verified,
        "Andere Gemeinden können einen Integrationsrat bilden; anstelle eines Integrationsrates kann der Rat einen Integrationsausschuss bilden (§ 27 Abs. 12 GO NRW).",
        "Other municipalities may form an Integrationsrat; instead of an Integrationsrat the council may form an Integrationsausschuss (§ 27 Abs. 12 GO NRW)",
        SRC_NW,
    ),
    rule(
        "nw.establishment_2009.must_5000",
        Land::NordrheinWestfalen,
        MUNICIPAL,
        NW_BODIES,
        Duty::Must,
        residents(AtLeast, 5_000),
        Citation::section("GO NRW", "27")
            .paragraph(1)
            .version(NW_2009_VERSION),
        Validity::between(NW_2009, NW_2013),
        Unverified,
        "Fassung 2009: Bei mindestens 5.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden (Inkrafttreten Juni 2009, Tag nicht bekannt).",
        "2009 version: at least 5,000 foreign residents, an Integrationsrat must be formed (in force June 2009, day not known)",
        SRC_NW_2009,
    ),
    with_signatures(
        rule(
            "nw.establishment_2009.on_request_2000",
            Land::NordrheinWestfalen,
            MUNICIPAL,
            NW_BODIES,
            Duty::MustOnRequest,
            residents(AtLeast, 2_000),
            Citation::section("GO NRW", "27")
                .paragraph(1)
                .version(NW_2009_VERSION),
            Validity::between(NW_2009, NW_2013),
            Unverified,
            "Fassung 2009: Bei mindestens 2.000 ausländischen Einwohnern auf Antrag von mindestens 200 Wahlberechtigten (damals nur Ausländer).",
            "2009 version: at least 2,000 foreign residents, on the application of at least 200 voters (then foreigners only)",
            SRC_NW_2009,
        ),
        200,
    ),
    rule(
        "nw.establishment_2009.may",
        Land::NordrheinWestfalen,
        MUNICIPAL,
        NW_BODIES,
        Duty::May,
        None,
        Citation::section("GO NRW", "27")
            .paragraph(1)
            .version(NW_2009_VERSION),
        Validity::between(NW_2009, NW_2013),
        Unverified,
        "Fassung 2009: Andere Gemeinden können einen Integrationsrat bilden.",
        "2009 version: other municipalities may form an Integrationsrat",
        SRC_NW_2009,
    ),
    // ---- Hessen, § 84 HGO; § 4b HKO ----
    with_no_candidates(
        rule(
            "he.establishment.must_1000",
            Land::Hessen,
            MUNICIPAL,
            HE_BODIES,
            Duty::Must,
            residents(GreaterThan, 1_000),
            Citation::section("HGO", "84"),
            Validity::since(HE_2020),
            Verified,
            "In Gemeinden mit mehr als 1.000 gemeldeten ausländischen Einwohnern ist ein Ausländerbeirat einzurichten; die Pflicht entfällt, wenn eine Integrations-Kommission nach § 89 gebildet wird.",
            "A municipality with more than 1,000 registered foreign residents must set up an Ausländerbeirat, unless it forms an Integrations-Kommission under § 89",
            SRC_HE,
        ),
        no_candidates(
            Citation::section("HGO", "86")
                .paragraph(1)
                .sentence(4)
                .following(Following::One),
            None,
            Some(BodyType::IntegrationCommission),
            "Gehen keine oder zu wenige Wahlvorschläge ein, findet keine Wahl statt; für die folgende Wahlzeit ist eine Integrations-Kommission zu bilden.",
            "If no or too few nominations are made, there is no election and an Integrations-Kommission must be formed for the following Wahlzeit",
        ),
    ),
    rule(
        "he.establishment.may",
        Land::Hessen,
        MUNICIPAL,
        HE_BODIES,
        Duty::May,
        None,
        Citation::section("HGO", "84"),
        Validity::since(HE_2020),
        Verified,
        "Andere Gemeinden können durch die Hauptsatzung einen Ausländerbeirat einrichten.",
        "Other municipalities may set up an Ausländerbeirat through their Hauptsatzung",
        SRC_HE,
    ),
    rule(
        "he.establishment_1993.must_1000",
        Land::Hessen,
        MUNICIPAL,
        &[BodyType::ForeignResidentsAdvisoryBoard],
        Duty::Must,
        residents(GreaterThan, 1_000),
        Citation::section("HGO", "84").version("i. d. F. des Gesetzes vom 1.4.1993"),
        Validity::between(HE_1993, HE_2020),
        Unverified,
        "Seit dem 1.4.1993 ist in Gemeinden mit mehr als 1.000 ausländischen Einwohnern ein Ausländerbeirat einzurichten.",
        "Since 1 Apr 1993 a municipality with more than 1,000 foreign residents must set up an Ausländerbeirat",
        "https://kab-giessen.de/index.php/was-sind-auslaenderbeiraete/44-gesetzliche-grundlagen/56-gesetzliche-grundlagen",
    )
    .note("The threshold \"mehr als 1.000\" is stated by the cited source itself (kab-giessen); the statute text of \
           this version was not read, so the rule stays unverified (legal audit, E)."),
    rule(
        "he.establishment_1993.may",
        Land::Hessen,
        MUNICIPAL,
        &[BodyType::ForeignResidentsAdvisoryBoard],
        Duty::May,
        None,
        Citation::section("HGO", "84").version("i. d. F. des Gesetzes vom 1.4.1993"),
        Validity::between(HE_1993, HE_2020),
        Unverified,
        "Andere Gemeinden können einen Ausländerbeirat einrichten (Fassung 1993 nicht gelesen).",
        "Other municipalities may set up an Ausländerbeirat (1993 version not read)",
        "https://kab-giessen.de/index.php/was-sind-auslaenderbeiraete/44-gesetzliche-grundlagen/56-gesetzliche-grundlagen",
    ),
    rule(
        "he.establishment.county_may",
        Land::Hessen,
        COUNTY,
        &[BodyType::ForeignResidentsAdvisoryBoard],
        Duty::May,
        None,
        Citation::section("HKO", "4b").paragraph(1),
        Validity::since(HE_2005),
        Verified,
        "Ein Landkreis kann durch die Hauptsatzung einen Ausländerbeirat einrichten.",
        "A Landkreis may set up an Ausländerbeirat through its Hauptsatzung",
        "http://www.anwalt24.de/rund-ums-recht/Paragraph_4b_HKO_Auslaenderbeirat-d146141,7.html",
    ),
    // ---- Rheinland-Pfalz, § 56 GemO; § 49a LKO ----
    with_no_candidates(
        rule(
            "rp.establishment.must_1000",
            Land::RheinlandPfalz,
            MUNICIPAL,
            RP_BODIES,
            Duty::Must,
            residents(GreaterThan, 1_000),
            Citation::section("GemO RLP", "56").paragraph(1),
            Validity::since(RP_2009),
            Verified,
            "In Gemeinden mit mehr als 1.000 ausländischen Einwohnern (Hauptwohnung; Staatenlose zählen mit) ist ein Beirat für Migration und Integration einzurichten.",
            "A municipality with more than 1,000 foreign residents (main residence; stateless persons count) must set up a Beirat für Migration und Integration",
            SRC_RP,
        )
        .note("Municipal practice (Kusel, Bad Marienberg) counts the foreign residents on 30 June of the year before \
               the election; that Stichtag was not read in the statute (legal audit, E)."),
        no_candidates(
            Citation::section("GemO RLP", "56").paragraph(3),
            None,
            None,
            "Übersteigt die Zahl der Bewerber nicht die Zahl der Sitze, findet keine Wahl statt und die Pflicht entfällt für die Wahlperiode; die Gemeinde kann einen Beirat für die Belange von Menschen mit Migrationshintergrund berufen (§ 56a GemO).",
            "If the candidates do not exceed the seats there is no election and the duty lapses for the Wahlperiode; the municipality may appoint a Beirat für die Belange von Menschen mit Migrationshintergrund (§ 56a GemO)",
        ),
    ),
    rule(
        "rp.establishment.may",
        Land::RheinlandPfalz,
        MUNICIPAL,
        RP_BODIES,
        Duty::May,
        None,
        Citation::section("GemO RLP", "56").paragraph(1),
        Validity::since(RP_2009),
        Verified,
        "In anderen Gemeinden kann aufgrund einer Satzung ein Beirat eingerichtet werden.",
        "Other municipalities may set up a Beirat by Satzung",
        "https://umwelt-online.de/recht/allgemei/laender/rp/z08_0294.htm",
    ),
    with_no_candidates(
        rule(
            "rp.establishment.county_must_5000",
            Land::RheinlandPfalz,
            COUNTY,
            RP_BODIES,
            Duty::Must,
            residents(GreaterThan, 5_000),
            Citation::section("LKO", "49a").paragraph(1),
            Validity::since(RP_2009),
            Verified,
            "In Landkreisen mit mehr als 5.000 ausländischen Einwohnern ist ein Beirat für Migration und Integration einzurichten.",
            "A Landkreis with more than 5,000 foreign residents must set up a Beirat für Migration und Integration",
            "https://sitzungsdienst.kaiserslautern-kreis.de/buergerinfo/vo0050.php?__kvonr=461",
        ),
        no_candidates(
            Citation::section("LKO", "49a").paragraph(3),
            None,
            None,
            "Übersteigt die Zahl der Bewerber nicht die Zahl der Sitze, findet keine Wahl statt; ein Beirat für die Belange von Menschen mit Migrationshintergrund nach § 49b LKO soll gebildet werden.",
            "If the candidates do not exceed the seats there is no election; a Beirat für die Belange von Menschen mit Migrationshintergrund under § 49b LKO should be formed",
        ),
    ),
    // ---- Saarland, § 50 KSVG ----
    with_no_candidates(
        rule(
            "sl.establishment.should_10_percent",
            Land::Saarland,
            MUNICIPAL,
            SL_BODIES,
            Duty::Should,
            Some(Threshold::ForeignShare {
                comparison: AtLeast,
                share: ratio(10, 100),
            }),
            Citation::section("KSVG", "50").version(SL_2023_VERSION),
            Validity::since(SL_2023),
            Unverified,
            "Gemeinden mit einem Ausländeranteil von mindestens 10 vom Hundert sollen einen Integrationsbeirat bilden (Inkrafttreten nicht gesehen; ab Verkündung am 21.12.2023 erfasst).",
            "Municipalities with a foreign share of at least 10 per cent should form an Integrationsbeirat (in-force date not seen; recorded from publication on 21 Dec 2023)",
            SRC_SL,
        ),
        no_candidates(
            Citation::section("KSVG", "50"),
            Some(5),
            None,
            "Gehen keine gültigen Wahlvorschläge ein oder übersteigt die Zahl der Bewerber nicht die der Sitze, entfällt die Pflicht für 5 Jahre; stattdessen soll eine Integrationsbeauftragte oder ein Integrationsbeauftragter bestellt werden.",
            "With no valid nominations, or no more candidates than seats, the duty lapses for 5 years and an Integrationsbeauftragte/r should be named instead",
        ),
    ),
    rule(
        "sl.establishment.may",
        Land::Saarland,
        MUNICIPAL,
        SL_BODIES,
        Duty::May,
        None,
        Citation::section("KSVG", "50").version(SL_2023_VERSION),
        Validity::since(SL_2023),
        Unverified,
        "Gemeinden mit geringerem Anteil können einen Integrationsbeirat bilden und/oder eine Integrationsbeauftragte oder einen Integrationsbeauftragten benennen.",
        "Municipalities with a lower share may form an Integrationsbeirat and/or name an integration commissioner",
        SRC_SL,
    ),
    rule(
        "sl.establishment_2008.should_8_percent",
        Land::Saarland,
        MUNICIPAL,
        SL_BODIES,
        Duty::Should,
        Some(Threshold::ForeignShare {
            comparison: AtLeast,
            share: ratio(8, 100),
        }),
        Citation::section("KSVG", "50").version(SL_2008_VERSION),
        Validity::between(SL_2009, SL_2023),
        Unverified,
        "Fassung 2008: Integrationsbeirat soll bei einem Ausländeranteil von mindestens 8 % gebildet werden (Inkrafttreten 2008, Tag nicht bekannt).",
        "2008 version: an Integrationsbeirat should be formed at a foreign share of at least 8 % (in force 2008, day not known)",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/c75cf519-b5d6-3081-babe-553e99f1d349",
    ),
    rule(
        "sl.establishment_2008.may",
        Land::Saarland,
        MUNICIPAL,
        SL_BODIES,
        Duty::May,
        None,
        Citation::section("KSVG", "50").version(SL_2008_VERSION),
        Validity::between(SL_2009, SL_2023),
        Unverified,
        "Fassung 2008: Andere Gemeinden können einen Integrationsbeirat bilden.",
        "2008 version: other municipalities may form an Integrationsbeirat",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/c75cf519-b5d6-3081-babe-553e99f1d349",
    ),
    rule(
        "sl.establishment_auslaenderbeirat.should_3_percent",
        Land::Saarland,
        MUNICIPAL,
        &[BodyType::LocalAdvisoryBoard],
        Duty::Should,
        Some(Threshold::ForeignShare {
            comparison: AtLeast,
            share: ratio(3, 100),
        }),
        Citation::section("KSVG", "50").version("i. d. F. vor 2008"),
        Validity::between(SL_1990_FROM, SL_2009),
        Unverified,
        "Frühere Fassung: Ausländerbeirat soll bei einem Ausländeranteil von mindestens 3 % gebildet werden (Geltungszeitraum nicht bekannt; erster Beirat Saarbrücken 1989).",
        "Earlier version: an Ausländerbeirat should be formed at a foreign share of at least 3 % (dates not known; first board in Saarbrücken in 1989)",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/25e78f41-88af-3c5c-bad3-37c3550533db",
    ),
    // ---- Berlin: mandatory in every Bezirk ----
    rule(
        "be.establishment.district_board",
        Land::Berlin,
        &[Level::Borough],
        LOCAL_BOARD,
        Duty::Must,
        None,
        Citation::section("PartMigG", "19"),
        Validity::since(BE_2021),
        Verified,
        "Jeder Bezirk richtet einen Bezirksbeirat für Partizipation und Integration ein und finanziert seine Geschäftsstelle.",
        "Every Bezirk sets up a Bezirksbeirat für Partizipation und Integration and funds its office",
        "https://www.berlin.de/lb/intmig/partizipation/bezirksbeiraete/",
    ),
    rule(
        "be.establishment.district_committee",
        Land::Berlin,
        &[Level::Borough],
        &[BodyType::ParticipationCommittee],
        Duty::Must,
        None,
        Citation::section("BezVG", "32"),
        Validity::since(BE_2021),
        Verified,
        "Jede Bezirksverordnetenversammlung bildet einen Ausschuss für Partizipation und Integration.",
        "Every district assembly forms a committee for participation and integration",
        "https://bezirksverwaltungsrecht.berlin/kommentar-zum-bezirksverwaltungsgesetz/32-anlage",
    ),
    // ---- Länder where forming a body is voluntary ----
    rule(
        "bw.establishment.may",
        Land::BadenWuerttemberg,
        MUNICIPAL,
        LOCAL_BOARD,
        Duty::May,
        None,
        Citation::section("GemO BW", "4").paragraph(1),
        Validity::since(BW_FROM),
        Verified,
        "Keine gesetzliche Pflicht: die Gemeinde kann eine Migrantenvertretung durch Satzung oder als beratenden Ausschuss (§ 41 GemO) bilden.",
        "No statutory duty: the municipality may form a migrant representation by Satzung or as an advisory committee (§ 41 GemO)",
        "https://www.laka-bw.de/der-laka-fordert-landesweite-institutionalisierung-von-kommunalen-migrantenvertretungen-in-der-gemeindeordnung/",
    ),
    rule(
        "by.establishment.may",
        Land::Bayern,
        MUNICIPAL,
        LOCAL_BOARD,
        Duty::May,
        None,
        Citation::article("BayGO", "23"),
        Validity::since(BY_FROM),
        Verified,
        "Keine Regelung in BayGO und BayLKrO: die Gemeinde kann einen Beirat durch Satzung bilden.",
        "No provision in BayGO or BayLKrO: the municipality may form a Beirat by Satzung",
        "http://www.handbuch.agaby.de/index.php?id=3",
    ),
    rule(
        "by.establishment.county_may",
        Land::Bayern,
        COUNTY,
        LOCAL_BOARD,
        Duty::May,
        None,
        Citation::article("BayLKrO", "17"),
        Validity::since(BY_FROM),
        Verified,
        "Der Landkreis kann einen Beirat durch Satzung bilden.",
        "The Landkreis may form a Beirat by Satzung",
        "http://www.anwalt24.de/rund-ums-recht/Landkreisordnung_fuer_den_Freistaat_Bayern_Landkreisordnung_-d145125,1.html",
    )
    .note("Art. 17 BayLKrO (Kreisrecht), not Art. 40 as the AGABY handbook has it (legal audit, S16)."),
    rule(
        "bb.establishment.may_2007",
        Land::Brandenburg,
        MUNICIPAL,
        LOCAL_BOARD,
        Duty::May,
        None,
        Citation::section("BbgKVerf", "19")
            .paragraph(1)
            .version("i. d. F. vom 18.12.2007"),
        Validity::between(BB_FROM, BB_2024),
        Verified,
        "Die Gemeinde kann einen Beirat für die Integration der Einwohner ohne deutsche Staatsangehörigkeit vorsehen.",
        "The municipality may provide for a Beirat for the integration of residents without German nationality",
        "https://buergerbeteiligung.potsdam.de/content/jetzt-bewerben-fuer-den-neuen-migrantenbeirat",
    ),
    rule(
        "bb.establishment.may_2024",
        Land::Brandenburg,
        MUNICIPAL,
        LOCAL_BOARD,
        Duty::May,
        None,
        Citation::section("BbgKVerf", "17").version("i. d. F. des Gesetzes vom 5.3.2024 (GVBl. I Nr. 10)"),
        Validity::since(BB_2024),
        Verified,
        "Die Hauptsatzung kann Beiräte für Personengruppen vorsehen.",
        "The Hauptsatzung may provide for Beiräte of groups of residents",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/745f0b67-88ee-39c2-a600-58675ceccfb0",
    ),
    rule(
        "hb.establishment.may",
        Land::Bremen,
        &[Level::State, Level::Municipality],
        &[BodyType::StateAdvisoryBoard, BodyType::LocalAdvisoryBoard],
        Duty::May,
        None,
        Citation::whole("Beschluss der Deputation für Soziales vom 16.12.2004"),
        Validity::since(HB_FROM),
        Verified,
        "Keine gesetzliche Pflicht: der Bremer Rat für Integration beruht auf einem Beschluss der Deputation.",
        "No statutory duty: the Bremer Rat für Integration rests on a decision of the Deputation",
        "https://bremer-rat-fuer-integration.de/rat/geschichte/",
    ),
    rule(
        "hh.establishment.may",
        Land::Hamburg,
        &[Level::State, Level::Borough],
        &[BodyType::StateAdvisoryBoard, BodyType::LocalAdvisoryBoard],
        Duty::May,
        None,
        Citation::section("VerwBehG", "16"),
        Validity::since(HH_FROM),
        Verified,
        "Keine gesetzliche Pflicht: der Integrationsbeirat ist ein Verwaltungsausschuss der Sozialbehörde.",
        "No statutory duty: the Integrationsbeirat is an administrative committee of the Sozialbehörde",
        "https://www.hamburg.de/politik-und-verwaltung/behoerden/sozialbehoerde/wir-ueber-uns/integrationsbeirat-hamburg/arbeitsweise-30380",
    ),
    rule(
        "mv.establishment.may",
        Land::MecklenburgVorpommern,
        MUNICIPAL,
        LOCAL_BOARD,
        Duty::May,
        None,
        Citation::whole("InTG M-V"),
        Validity::since(MV_FROM),
        Unverified,
        "Das InTG M-V enthält Kann- bzw. Soll-Regeln zu kommunalen Migrations- und Integrationsbeiräten; Wortlaut, Paragraph und Schwellen wurden nicht gelesen.",
        "The InTG M-V has may/should rules on municipal Migrations- und Integrationsbeiräte; wording, paragraph and thresholds were not read",
        "https://gruenes-forum.de/?p=1029",
    ),
    rule(
        "ni.establishment.may",
        Land::Niedersachsen,
        MUNICIPAL,
        LOCAL_BOARD,
        Duty::May,
        None,
        Citation::section("NKomVG", "71").paragraph(6),
        Validity::since(NI_FROM),
        Unverified,
        "Keine Pflicht zur Bildung von Ausländerbeiräten; die Rechtsgrundlage freiwilliger Gremien ist nicht bestätigt.",
        "No duty to form Ausländerbeiräte; the basis of voluntary bodies is not confirmed",
        "https://ratsinfo.stadt.lueneburg.de/bi/vo020.asp?VOLFDNR=2113&toggleMenu=1",
    ),
    rule(
        "sn.establishment.may",
        Land::Sachsen,
        MUNICIPAL,
        LOCAL_BOARD,
        Duty::May,
        None,
        Citation::section("SächsGemO", "47"),
        Validity::since(SN_FROM),
        Verified,
        "Sonstige Beiräte können durch die Hauptsatzung gebildet werden.",
        "Sonstige Beiräte may be formed by the Hauptsatzung",
        "https://kleineanfragen.de/sachsen/6/17908-rechtstellung-von-nach-hauptsatzungen-von-gemeinden-im-freistaat-sachsen-gebildeten-beiraeten.txt",
    ),
    rule(
        "sn.establishment.county_may",
        Land::Sachsen,
        COUNTY,
        LOCAL_BOARD,
        Duty::May,
        None,
        Citation::section("SächsLKrO", "43")
            .paragraph(1)
            .sentence(1),
        Validity::since(SN_COUNTY_FROM),
        Verified,
        "Der Landkreis kann Beiräte durch Satzung bilden.",
        "The Landkreis may form Beiräte by Satzung",
        "https://bverwg.de/291122U8CN1.22.0",
    ),
    rule(
        "st.establishment.may",
        Land::SachsenAnhalt,
        MUNICIPAL,
        LOCAL_BOARD,
        Duty::May,
        None,
        Citation::section("KVG LSA", "80"),
        Validity::since(ST_FROM),
        Unverified,
        "Freiwillig; der Inhalt des § 80 KVG LSA ist nur aus einer Sekundärquelle bekannt.",
        "Voluntary; the content of § 80 KVG LSA is known only from a secondary source",
        "https://die-nachrichten.net/?p=1307109",
    ),
    rule(
        "sh.establishment.may",
        Land::SchleswigHolstein,
        MUNICIPAL,
        LOCAL_BOARD,
        Duty::May,
        None,
        Citation::section("GO SH", "47d"),
        Validity::since(SH_FROM),
        Verified,
        "Die Gemeinde kann durch Satzung Beiräte für gesellschaftlich bedeutsame Gruppen bilden.",
        "The municipality may form Beiräte for groups of society by Satzung",
        "https://bepart.minor-kontor.de/aktivitaet/migrantischen-stimmen-ein-forum-geben-beteiligungsgremien-von-migrantinnen-in-den-schleswig-holsteinischen-kommunen",
    ),
    rule(
        "sh.establishment.county_may",
        Land::SchleswigHolstein,
        COUNTY,
        LOCAL_BOARD,
        Duty::May,
        None,
        Citation::section("KrO SH", "42a"),
        Validity::since(SH_FROM),
        Verified,
        "Der Kreis kann durch Satzung Beiräte bilden.",
        "The Kreis may form Beiräte by Satzung",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/53015d4f-52d3-3d04-aae9-f4494189d4e5",
    ),
    rule(
        "th.establishment.may",
        Land::Thueringen,
        MUNICIPAL,
        LOCAL_BOARD,
        Duty::May,
        None,
        Citation::section("ThürKO", "26").paragraph(1),
        Validity::since(TH_FROM),
        Unverified,
        "Keine Pflicht; Beiräte werden durch die Hauptsatzung gebildet (Fundstelle in der ThürKO nur verkürzt gesehen).",
        "No duty; Beiräte are formed through the Hauptsatzung (the ThürKO reference was seen only truncated)",
        "https://kleineanfragen.de/thueringen/6/7210-beiraete-in-thueringer-kommunen.txt",
    ),
];
