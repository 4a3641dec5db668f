//! Who may vote for a body, and who may stand (active and passive
//! franchise), decided from facts about a person.
//!
//! The franchise is a set of predicates, not the single flag "migration
//! background": the groups ([`Group`]) differ between Länder, and so do the
//! minimum age, the residence period and the exclusions. Each Land's rule is
//! data ([`FranchiseRule`]); [`franchise`] runs them.
//!
//! Where the sources disagree the statute's wording is followed: NRW's § 27
//! Abs. 3 GO covers everyone who is not German under Art. 116 Abs. 1 GG, so
//! non-German EU citizens vote (the politische-bildung.nrw page that says
//! otherwise is treated as an outlier).

use std::borrow::Cow;

use chrono::{Datelike, Days, Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::reforms::{
    HE_2020, NW_2009, NW_2009_VERSION, NW_2013, RP_2009, RP_2014, SL_2008_VERSION, SL_2009,
    SL_2023, SL_2023_VERSION,
};
use super::{Certainty, d};

const RP_2008_VERSION: &str = "i. d. F. des Gesetzes vom 26.11.2008 (GVBl. S. 294)";
use crate::body::BodyType;
use crate::citation::{Citation, Validity};
use crate::land::Land;

/// A nationality a person holds.
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
pub enum Nationality {
    /// German (Art. 116 Abs. 1 GG).
    German,
    /// A citizen of another EU member state.
    EuCitizen,
    /// Any other nationality.
    OtherForeign,
}

/// The facts about a person that franchise rules use. A person with no
/// nationality is stateless.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Person {
    /// Every nationality the person holds (empty: stateless).
    pub nationalities: Vec<Nationality>,
    /// When the person was naturalised (eingebürgert), if ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub naturalised_on: Option<NaiveDate>,
    /// The person is a Spätaussiedler or became German as one's family
    /// member (§ 7 StAG).
    #[serde(default)]
    pub spaetaussiedler: bool,
    /// The person became German by birth in Germany to foreign parents
    /// (§ 4 Abs. 3 StAG).
    #[serde(default)]
    pub german_by_birth_in_germany: bool,
    /// A parent is foreign, naturalised or a Spätaussiedler (the "children of
    /// these groups" of RLP).
    #[serde(default)]
    pub parent_foreign_naturalised_or_spaetaussiedler: bool,
    /// Date of birth.
    pub born_on: NaiveDate,
    /// Since when the person has had the main residence in the municipality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main_residence_since: Option<NaiveDate>,
    /// Since when the person has stayed lawfully in Germany.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lawful_stay_since: Option<NaiveDate>,
    /// The person is an asylum seeker whose procedure is pending.
    #[serde(default)]
    pub in_asylum_procedure: bool,
    /// The Residence Act does not apply to the person (§ 1 Abs. 2 AufenthG:
    /// diplomatic and consular staff, members of foreign forces).
    #[serde(default)]
    pub exempt_from_residence_act: bool,
    /// The person has applied to be entered in the electoral roll, where the
    /// law requires Germans of the groups to apply (Saarland).
    #[serde(default)]
    pub applied_for_electoral_roll: bool,
}

impl Person {
    fn is_german(&self) -> bool {
        self.nationalities.contains(&Nationality::German)
    }
    fn has_foreign(&self) -> bool {
        self.nationalities.iter().any(|n| *n != Nationality::German)
    }
}

/// A group of people a franchise covers.
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
pub enum Group {
    /// Not German under Art. 116 Abs. 1 GG: foreign nationals (EU citizens
    /// included) and stateless persons.
    NonGerman,
    /// Germans who also hold a foreign nationality.
    GermanWithForeignNationality,
    /// Naturalised persons, at any time.
    Naturalised,
    /// Persons naturalised no more than five years before the election.
    NaturalisedWithinFiveYears,
    /// Spätaussiedler and their family members (§ 7 StAG).
    Spaetaussiedler,
    /// Germans by birth in Germany to foreign parents (§ 4 Abs. 3 StAG).
    GermanByBirthInGermany,
    /// Children of foreign, naturalised or Spätaussiedler parents.
    ChildOfTheseGroups,
    /// Bürger: Germans and EU citizens.
    GermanOrEuCitizen,
    /// Every resident.
    AnyResident,
}

impl Group {
    fn covers(self, p: &Person, election: NaiveDate) -> bool {
        match self {
            Self::NonGerman => !p.is_german(),
            Self::GermanWithForeignNationality => p.is_german() && p.has_foreign(),
            Self::Naturalised => p.naturalised_on.is_some_and(|d| d <= election),
            Self::NaturalisedWithinFiveYears => p.naturalised_on.is_some_and(|d| {
                d <= election
                    && d.checked_add_months(Months::new(60))
                        .is_some_and(|e| election <= e)
            }),
            Self::Spaetaussiedler => p.spaetaussiedler,
            Self::GermanByBirthInGermany => p.german_by_birth_in_germany,
            Self::ChildOfTheseGroups => p.parent_foreign_naturalised_or_spaetaussiedler,
            Self::GermanOrEuCitizen => p
                .nationalities
                .iter()
                .any(|n| matches!(n, Nationality::German | Nationality::EuCitizen)),
            Self::AnyResident => true,
        }
    }

    /// Whether the group is one of Germans, whom some Länder enter in the
    /// electoral roll only on application.
    fn is_german_group(self) -> bool {
        matches!(
            self,
            Self::GermanWithForeignNationality
                | Self::Naturalised
                | Self::NaturalisedWithinFiveYears
                | Self::Spaetaussiedler
                | Self::GermanByBirthInGermany
        )
    }
}

/// A period before the election day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "unit", content = "value", rename_all = "snake_case")]
pub enum Period {
    /// Days (NRW: main residence since the 16th day before the election).
    Days(u16),
    /// Weeks (Hessen 2021: 6 weeks).
    Weeks(u16),
    /// Months (RLP: 3 months).
    Months(u16),
    /// Years (NRW: 1 year of lawful stay).
    Years(u16),
}

impl Period {
    fn start(self, election: NaiveDate) -> Option<NaiveDate> {
        match self {
            Self::Days(n) => election.checked_sub_days(Days::new(u64::from(n))),
            Self::Weeks(n) => election.checked_sub_days(Days::new(u64::from(n) * 7)),
            Self::Months(n) => election.checked_sub_months(Months::new(u32::from(n))),
            Self::Years(n) => election.checked_sub_months(Months::new(u32::from(n) * 12)),
        }
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Days(n) => write!(f, "{n} days"),
            Self::Weeks(n) => write!(f, "{n} weeks"),
            Self::Months(n) => write!(f, "{n} months"),
            Self::Years(n) => write!(f, "{n} years"),
        }
    }
}

/// One way to be eligible: a person in one of the groups who meets the
/// conditions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct Eligibility {
    /// The groups covered.
    pub groups: Cow<'static, [Group]>,
    /// Minimum age on the election day; `None` where the statute leaves it to
    /// the Satzung.
    pub min_age: Option<u8>,
    /// Main residence in the municipality for at least this long.
    pub residence: Option<Period>,
    /// Lawful stay in Germany for at least this long.
    pub lawful_stay: Option<Period>,
    /// Asylum seekers in a pending procedure are excluded.
    pub excludes_asylum_seekers: bool,
    /// Persons to whom the Residence Act does not apply (§ 1 Abs. 2
    /// AufenthG: diplomatic and consular staff, foreign forces) are excluded.
    #[serde(default)]
    pub excludes_residence_act_exempt: bool,
    /// Germans of the groups vote only after applying for the electoral roll.
    pub germans_must_apply: bool,
    /// The provision.
    pub citation: Citation,
}

/// The franchise of one body type in one Land over a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct FranchiseRule {
    /// Stable id (`"nw.franchise"`).
    pub id: Cow<'static, str>,
    /// The Land.
    pub land: Land,
    /// The body types.
    pub body_types: Cow<'static, [BodyType]>,
    /// When it is in force.
    pub validity: Validity,
    /// How sure the crate is of it.
    pub certainty: Certainty,
    /// Who may vote: eligible under any alternative.
    pub active: Cow<'static, [Eligibility]>,
    /// Who may stand: eligible under any alternative.
    pub passive: Cow<'static, [Eligibility]>,
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

/// One reason in a franchise decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct Reason {
    /// Whether the condition is met.
    pub met: bool,
    /// The condition and the person's fact.
    pub message: String,
    /// The provision.
    pub citation: Citation,
}

/// Whether a person may vote (or stand), with the reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct Decision {
    /// Eligible under at least one alternative.
    pub eligible: bool,
    /// The reasons: those of the alternative that makes the person eligible,
    /// or of every alternative when none does.
    pub reasons: Vec<Reason>,
}

/// The answer of [`franchise`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct FranchiseAnswer {
    /// The rule applied.
    pub rule: &'static FranchiseRule,
    /// May the person vote?
    pub active: Decision,
    /// May the person stand?
    pub passive: Decision,
}

/// Why [`franchise`] could not answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FranchiseError {
    /// No statute sets the franchise of this body type in this Land on this
    /// date: the local Satzung does, or the crate does not record it.
    #[error(
        "no statutory franchise is recorded for a {body_type} in {land} on {date}; the local Satzung sets it"
    )]
    NotStatutory {
        /// The Land.
        land: Land,
        /// The body type.
        body_type: BodyType,
        /// The election day.
        date: NaiveDate,
    },
}

/// The franchise rules the crate knows.
#[must_use]
pub fn franchise_rules() -> &'static [FranchiseRule] {
    RULES
}

fn decide(options: &[Eligibility], p: &Person, election: NaiveDate) -> Decision {
    let mut all = Vec::new();
    for e in options {
        let reasons = check_one(e, p, election);
        if reasons.iter().all(|r| r.met) {
            return Decision {
                eligible: true,
                reasons,
            };
        }
        all.extend(reasons);
    }
    Decision {
        eligible: false,
        reasons: all,
    }
}

fn age_on(born: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - born.year();
    if (on.month(), on.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    age
}

fn check_one(e: &Eligibility, p: &Person, election: NaiveDate) -> Vec<Reason> {
    let mut out = Vec::new();
    let mut reason = |met: bool, message: String| {
        out.push(Reason {
            met,
            message,
            citation: e.citation.clone(),
        })
    };
    let covering: Vec<Group> = e
        .groups
        .iter()
        .copied()
        .filter(|g| g.covers(p, election))
        .collect();
    let names: Vec<&str> = e.groups.iter().map(|g| <&str>::from(*g)).collect();
    match covering.first() {
        Some(g) => reason(true, format!("belongs to the group {g}")),
        None => reason(
            false,
            format!("belongs to none of the groups {}", names.join(", ")),
        ),
    }
    if e.germans_must_apply
        && p.is_german()
        && covering.iter().all(|g| g.is_german_group())
        && !covering.is_empty()
    {
        reason(
            p.applied_for_electoral_roll,
            "a German of these groups must apply for the electoral roll".into(),
        );
    }
    if let Some(min) = e.min_age {
        let age = age_on(p.born_on, election);
        reason(
            age >= i32::from(min),
            format!("is {age} on the election day; at least {min} required"),
        );
    }
    if let Some(period) = e.residence {
        let met = period
            .start(election)
            .is_some_and(|s| p.main_residence_since.is_some_and(|r| r <= s));
        reason(
            met,
            format!("main residence in the municipality for at least {period} before the election"),
        );
    }
    if let Some(period) = e.lawful_stay {
        let met = period
            .start(election)
            .is_some_and(|s| p.lawful_stay_since.is_some_and(|r| r <= s));
        reason(met, format!("lawful stay in Germany for at least {period}"));
    }
    if e.excludes_asylum_seekers {
        reason(
            !p.in_asylum_procedure,
            "asylum seekers in a pending procedure are excluded".into(),
        );
    }
    if e.excludes_residence_act_exempt {
        reason(
            !p.exempt_from_residence_act,
            "persons to whom the Residence Act does not apply (§ 1 Abs. 2 AufenthG) are excluded"
                .into(),
        );
    }
    out
}

/// Decides whether `person` may vote for and stand for a body of
/// `body_type` in `land` at an election on `election_day`.
///
/// # Errors
/// [`FranchiseError::NotStatutory`] where no statute sets the franchise
/// (Bayern, Baden-Württemberg and other Länder whose bodies rest on a
/// Satzung) or the crate records none for that date.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{franchise, BodyType, Land, Nationality, Person};
/// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
/// let mut p = Person::new(d("1990-05-01"));
/// p.nationalities = vec![Nationality::German, Nationality::OtherForeign]; // dual national
/// p.main_residence_since = Some(d("2015-01-01"));
/// p.lawful_stay_since = Some(d("2015-01-01"));
/// // NRW counts German dual nationals in; Hessen does not.
/// let nrw = franchise(Land::NordrheinWestfalen, BodyType::IntegrationCouncil, &p, d("2025-09-14"))?;
/// assert!(nrw.active.eligible);
/// let he = franchise(Land::Hessen, BodyType::ForeignResidentsAdvisoryBoard, &p, d("2026-03-15"))?;
/// assert!(!he.active.eligible);
/// assert!(he.passive.eligible); // but may stand (§ 86 Abs. 4 HGO)
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn franchise(
    land: Land,
    body_type: BodyType,
    person: &Person,
    election_day: NaiveDate,
) -> Result<FranchiseAnswer, FranchiseError> {
    let rule = RULES
        .iter()
        .find(|r| {
            r.land == land && r.body_types.contains(&body_type) && r.validity.contains(election_day)
        })
        .ok_or(FranchiseError::NotStatutory {
            land,
            body_type,
            date: election_day,
        })?;
    Ok(FranchiseAnswer {
        rule,
        active: decide(&rule.active, person, election_day),
        passive: decide(&rule.passive, person, election_day),
    })
}

impl Person {
    /// A person born on `born_on` with no other facts recorded yet (and so,
    /// until nationalities are added, stateless).
    #[must_use]
    pub fn new(born_on: NaiveDate) -> Self {
        Self {
            nationalities: Vec::new(),
            naturalised_on: None,
            spaetaussiedler: false,
            german_by_birth_in_germany: false,
            parent_foreign_naturalised_or_spaetaussiedler: false,
            born_on,
            main_residence_since: None,
            lawful_stay_since: None,
            in_asylum_procedure: false,
            exempt_from_residence_act: false,
            applied_for_electoral_roll: false,
        }
    }
}

// ------------------------------------------------------------- data ----

use Certainty::{Unverified, Verified};
use Group::{
    AnyResident, ChildOfTheseGroups, GermanByBirthInGermany, GermanOrEuCitizen,
    GermanWithForeignNationality, Naturalised, NaturalisedWithinFiveYears, NonGerman,
    Spaetaussiedler,
};

const NW_GROUPS: &[Group] = &[
    NonGerman,
    GermanWithForeignNationality,
    Naturalised,
    GermanByBirthInGermany,
];
/// Before the 2013 reform German dual nationals were not voters as such;
/// Germans voted only if naturalised within the last five years (Essen,
/// Eschweiler on the 2013 reform).
const NW_GROUPS_2009: &[Group] = &[NonGerman, NaturalisedWithinFiveYears];
const HE_VOTERS: &[Group] = &[NonGerman];
const HE_GERMAN_CANDIDATES: &[Group] = &[Naturalised, GermanWithForeignNationality];
const RP_GROUPS: &[Group] = &[
    NonGerman,
    Spaetaussiedler,
    Naturalised,
    GermanByBirthInGermany,
    ChildOfTheseGroups,
];
const RP_GROUPS_2009: &[Group] = &[NonGerman, Spaetaussiedler, Naturalised];
const SL_GROUPS: &[Group] = &[
    NonGerman,
    Naturalised,
    Spaetaussiedler,
    GermanByBirthInGermany,
];

const NW_BODIES: &[BodyType] = &[BodyType::IntegrationCouncil, BodyType::IntegrationCommittee];
const HE_BODIES: &[BodyType] = &[BodyType::ForeignResidentsAdvisoryBoard];
const RP_BODIES: &[BodyType] = &[BodyType::MigrationAndIntegrationAdvisoryBoard];
const SL_BODIES: &[BodyType] = &[BodyType::IntegrationAdvisoryBoard];

const NW_3: Citation = Citation::section("GO NRW", "27").paragraph(3);
const NW_27: Citation = Citation::section("GO NRW", "27");

static RULES: &[FranchiseRule] = &[
    FranchiseRule {
        id: Cow::Borrowed("nw.franchise"),
        land: Land::NordrheinWestfalen,
        body_types: Cow::Borrowed(NW_BODIES),
        validity: Validity::since(NW_2013),
        certainty: Verified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(NW_GROUPS),
            min_age: Some(16),
            residence: Some(Period::Days(16)),
            lawful_stay: Some(Period::Years(1)),
            excludes_asylum_seekers: true,
            excludes_residence_act_exempt: true,
            germans_must_apply: false,
            citation: NW_3,
        }]),
        passive: Cow::Borrowed(&[
            Eligibility {
                groups: Cow::Borrowed(NW_GROUPS),
                min_age: Some(18),
                residence: Some(Period::Months(3)),
                lawful_stay: Some(Period::Years(1)),
                excludes_asylum_seekers: true,
                excludes_residence_act_exempt: true,
                germans_must_apply: false,
                citation: NW_27,
            },
            Eligibility {
                groups: Cow::Borrowed(&[GermanOrEuCitizen]),
                min_age: Some(18),
                residence: Some(Period::Months(3)),
                lawful_stay: Some(Period::Years(1)),
                excludes_asylum_seekers: false,
                excludes_residence_act_exempt: false,
                germans_must_apply: false,
                citation: NW_27,
            },
        ]),
        statement_de: Cow::Borrowed(
            "Wahlberechtigt sind Nichtdeutsche, Deutsche mit weiterer Staatsangehörigkeit, Eingebürgerte und Deutsche nach § 4 Abs. 3 StAG ab 16 Jahren mit einem Jahr rechtmäßigem Aufenthalt und Hauptwohnung seit dem 16. Tag vor der Wahl; ausgeschlossen sind Asylbewerber im Verfahren und Personen, auf die das Aufenthaltsgesetz nach § 1 Abs. 2 AufenthG keine Anwendung findet. Wählbar sind die Angehörigen dieser Gruppen sowie Bürger ab 18 Jahren mit einem Jahr Aufenthalt in Deutschland und drei Monaten Hauptwohnung.",
        ),
        statement_en: Cow::Borrowed(
            "Voters: non-Germans, Germans with another nationality, naturalised persons and Germans under § 4 Abs. 3 StAG, 16+, one year of lawful stay, main residence since the 16th day before the election; excluded are asylum seekers in the procedure and persons to whom the Residence Act does not apply (§ 1 Abs. 2 AufenthG). Candidates: members of these groups and Bürger, 18+, one year in Germany and three months' main residence.",
        ),
        source: Cow::Borrowed("https://www.stadt-wetter.de/engagiertin-wetter/integrationsrat/?L="),
        note: Cow::Borrowed(
            "Voter exclusions: § 27 Abs. 3 GO NRW excludes persons to whom the AufenthG does not apply (diplomatic and consular staff, foreign forces) and asylum seekers (legal audit, S3). Candidates: the text of § 27 Abs. 4 was not read; every practice source requires 18 years, one year in Germany and three months' main residence of all candidates (herzstueck.nrw 2025, Gelsenkirchen), which the crate follows. Start: 31.12.2013, the day after promulgation of the 2013 law.",
        ),
    },
    FranchiseRule {
        id: Cow::Borrowed("nw.franchise_2009"),
        land: Land::NordrheinWestfalen,
        body_types: Cow::Borrowed(NW_BODIES),
        validity: Validity::between(NW_2009, NW_2013),
        certainty: Unverified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(NW_GROUPS_2009),
            min_age: Some(16),
            residence: Some(Period::Days(16)),
            lawful_stay: Some(Period::Years(1)),
            excludes_asylum_seekers: true,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: NW_3.version(NW_2009_VERSION),
        }]),
        passive: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(NW_GROUPS_2009),
            min_age: Some(18),
            residence: Some(Period::Days(16)),
            lawful_stay: Some(Period::Years(1)),
            excludes_asylum_seekers: true,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: NW_27.version(NW_2009_VERSION),
        }]),
        statement_de: Cow::Borrowed(
            "Fassung 2009: Wahlberechtigt waren Nichtdeutsche; Deutsche nur, wenn sie innerhalb der letzten fünf Jahre eingebürgert worden waren. Deutsche mit weiterer Staatsangehörigkeit als solche und Kinder nach § 4 Abs. 3 StAG waren nicht wahlberechtigt (Alters- und Fristangaben dieser Fassung nicht gelesen).",
        ),
        statement_en: Cow::Borrowed(
            "2009 version: non-Germans voted; Germans only if naturalised within the last five years. German dual nationals as such and § 4 Abs. 3 StAG children did not vote (the age and period values of this version were not read).",
        ),
        source: Cow::Borrowed(
            "https://essen.de/leben/migration_und_integration/rechtliche_grundlagen.de.html",
        ),
        note: Cow::Borrowed(
            "Essen and Eschweiler (https://rat.eschweiler.de/bi/vo0050.php?__kvonr=193) describe the 2013 reform as opening the franchise to German multiple nationals and dropping the five-year limit (legal audit, B1). The age and residence values are carried over from the 2013 version and not read in the 2009 text.",
        ),
    },
    FranchiseRule {
        id: Cow::Borrowed("he.franchise"),
        land: Land::Hessen,
        body_types: Cow::Borrowed(HE_BODIES),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(HE_VOTERS),
            min_age: Some(18),
            residence: Some(Period::Weeks(6)),
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: Citation::section("HGO", "86"),
        }]),
        passive: Cow::Borrowed(&[
            Eligibility {
                groups: Cow::Borrowed(HE_VOTERS),
                min_age: Some(18),
                residence: Some(Period::Months(3)),
                lawful_stay: None,
                excludes_asylum_seekers: false,
                excludes_residence_act_exempt: false,
                germans_must_apply: false,
                citation: Citation::section("HGO", "86").paragraph(3),
            },
            Eligibility {
                groups: Cow::Borrowed(HE_GERMAN_CANDIDATES),
                min_age: Some(18),
                residence: Some(Period::Months(3)),
                lawful_stay: None,
                excludes_asylum_seekers: false,
                excludes_residence_act_exempt: false,
                germans_must_apply: false,
                citation: Citation::section("HGO", "86").paragraph(4),
            },
        ]),
        statement_de: Cow::Borrowed(
            "Wahlberechtigt sind ausländische Einwohner (auch EU-Bürger und Staatenlose), nicht aber deutsche Doppelstaatler und Eingebürgerte, ab 18 Jahren mit sechs Wochen Wohnsitz. Wählbar sind sie und Eingebürgerte sowie Deutsche mit weiterer Staatsangehörigkeit ab 18 mit drei Monaten Wohnsitz.",
        ),
        statement_en: Cow::Borrowed(
            "Voters: foreign residents (EU citizens and stateless persons included), not German dual nationals or naturalised persons, 18+, six weeks' residence. Candidates: these and naturalised persons and Germans with another nationality, 18+, three months' residence.",
        ),
        source: Cow::Borrowed(
            "https://www.agah-hessen.de/wahl2021/infos-fuer-waehlerinnen/wer-kann-waehlen/",
        ),
        note: Cow::Borrowed(""),
    },
    FranchiseRule {
        id: Cow::Borrowed("he.franchise_2015"),
        land: Land::Hessen,
        body_types: Cow::Borrowed(HE_BODIES),
        validity: Validity::between(d(2000, 1, 1), HE_2020),
        certainty: Unverified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(HE_VOTERS),
            min_age: Some(18),
            residence: Some(Period::Months(3)),
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: Citation::section("HGO", "86"),
        }]),
        passive: Cow::Borrowed(&[
            Eligibility {
                groups: Cow::Borrowed(HE_VOTERS),
                min_age: Some(18),
                residence: Some(Period::Months(6)),
                lawful_stay: None,
                excludes_asylum_seekers: false,
                excludes_residence_act_exempt: false,
                germans_must_apply: false,
                citation: Citation::section("HGO", "86").paragraph(3),
            },
            Eligibility {
                groups: Cow::Borrowed(HE_GERMAN_CANDIDATES),
                min_age: Some(18),
                residence: Some(Period::Months(6)),
                lawful_stay: None,
                excludes_asylum_seekers: false,
                excludes_residence_act_exempt: false,
                germans_must_apply: false,
                citation: Citation::section("HGO", "86").paragraph(4),
            },
        ]),
        statement_de: Cow::Borrowed(
            "Stand der Wahl 2015: Wähler ab 18 mit drei Monaten Wohnsitz; wählbar ab 18 mit sechs Monaten Wohnsitz sind ausländische Einwohner sowie nach § 86 Abs. 4 HGO Eingebürgerte und Deutsche mit weiterer Staatsangehörigkeit (Geltungsbeginn dieser Fassung nicht bekannt).",
        ),
        statement_en: Cow::Borrowed(
            "As at the 2015 election: voters 18+ with three months' residence; candidates 18+ with six months' residence are foreign residents and, under § 86 Abs. 4 HGO, naturalised persons and Germans with another nationality (start of this version not known).",
        ),
        source: Cow::Borrowed(
            "http://www.agah-hessen.de/wahl2015/infos-fuer-waehler-innen/wer-kann-waehlen/",
        ),
        note: Cow::Borrowed(""),
    },
    FranchiseRule {
        id: Cow::Borrowed("rp.franchise"),
        land: Land::RheinlandPfalz,
        body_types: Cow::Borrowed(RP_BODIES),
        validity: Validity::since(RP_2014),
        certainty: Verified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(RP_GROUPS),
            min_age: Some(16),
            residence: Some(Period::Months(3)),
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: Citation::section("GemO RLP", "56"),
        }]),
        passive: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(&[AnyResident]),
            min_age: Some(16),
            residence: Some(Period::Months(3)),
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: Citation::section("GemO RLP", "56"),
        }]),
        statement_de: Cow::Borrowed(
            "Wahlberechtigt sind alle ausländischen und staatenlosen Einwohner sowie Spätaussiedler, Eingebürgerte, Deutsche nach § 4 Abs. 3 StAG und Kinder dieser Gruppen ab 16 mit drei Monaten Wohnsitz. Wählbar sind die Wahlberechtigten und alle Bürger der Gemeinde.",
        ),
        statement_en: Cow::Borrowed(
            "Voters: all foreign and stateless residents, Spätaussiedler, naturalised persons, Germans under § 4 Abs. 3 StAG and children of these groups, 16+, three months' residence. Candidates: the voters and all Bürger of the municipality.",
        ),
        source: Cow::Borrowed("https://vgeisenberg.ris.itebo.de/bi/to0050.asp?__ktonr=6886"),
        note: Cow::Borrowed(""),
    },
    FranchiseRule {
        id: Cow::Borrowed("rp.franchise_2009"),
        land: Land::RheinlandPfalz,
        body_types: Cow::Borrowed(RP_BODIES),
        validity: Validity::between(RP_2009, RP_2014),
        certainty: Unverified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(RP_GROUPS_2009),
            min_age: Some(18),
            residence: Some(Period::Months(3)),
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: Citation::section("GemO RLP", "56").version(RP_2008_VERSION),
        }]),
        passive: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(RP_GROUPS_2009),
            min_age: Some(18),
            residence: Some(Period::Months(3)),
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: Citation::section("GemO RLP", "56").version(RP_2008_VERSION),
        }]),
        statement_de: Cow::Borrowed(
            "Fassung 2009: Ausländer, Eingebürgerte und Spätaussiedler ab 18 mit drei Monaten Wohnsitz; die Kinder dieser Gruppen und das Wahlalter 16 kamen erst 2014 hinzu.",
        ),
        statement_en: Cow::Borrowed(
            "2009 version: foreigners, naturalised persons and Spätaussiedler, 18+, three months' residence; the children of these groups and the voting age of 16 came in 2014.",
        ),
        source: Cow::Borrowed(
            "https://wayback.edoweb-rlp.de/weltweit/20241029mp_/https:/mffjiv.rlp.de/de/themen/integration/integrationspolitik-in-rheinland-pfalz/gremien/kommunale-beiraete-fuer-migration-und-integration",
        ),
        note: Cow::Borrowed(
            "Unverified (legal audit, B3): the groups are confirmed by the ministry, but no source states the passive side for 2009–2014 (whether Bürger could stand), and the statute text of this version was not read.",
        ),
    },
    FranchiseRule {
        id: Cow::Borrowed("sl.franchise_2008"),
        land: Land::Saarland,
        body_types: Cow::Borrowed(SL_BODIES),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Verified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(&[NonGerman]),
            min_age: None,
            residence: None,
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: Citation::section("KSVG", "50")
                .paragraph(2)
                .version(SL_2008_VERSION),
        }]),
        passive: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(&[NonGerman]),
            min_age: None,
            residence: None,
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: Citation::section("KSVG", "50")
                .paragraph(2)
                .version(SL_2008_VERSION),
        }]),
        statement_de: Cow::Borrowed(
            "Fassung 2008: Die gewählten Mitglieder (zwei Drittel) sind Nichtdeutsche und werden von den nichtdeutschen Einwohnerinnen und Einwohnern gewählt. Alter und Wohndauer regelt die Satzung.",
        ),
        statement_en: Cow::Borrowed(
            "2008 version: the elected members (two thirds) are non-Germans elected by the non-German residents. Age and residence are set by the Satzung.",
        ),
        source: Cow::Borrowed(
            "https://justiz-nrw.wolterskluwer-online.de/browse/document/c75cf519-b5d6-3081-babe-553e99f1d349",
        ),
        note: Cow::Borrowed(
            "Recorded from 1 Jan 2009 to the promulgation of the 2023 law (21 Dec 2023): the year 2008 is confirmed, the in-force day is not (legal audit, B4 and S13).",
        ),
    },
    FranchiseRule {
        id: Cow::Borrowed("sl.franchise"),
        land: Land::Saarland,
        body_types: Cow::Borrowed(SL_BODIES),
        validity: Validity::since(SL_2023),
        certainty: Verified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(SL_GROUPS),
            min_age: None,
            residence: None,
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: true,
            citation: Citation::section("KSVG", "50").version(SL_2023_VERSION),
        }]),
        passive: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(SL_GROUPS),
            min_age: None,
            residence: None,
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: true,
            citation: Citation::section("KSVG", "50").version(SL_2023_VERSION),
        }]),
        statement_de: Cow::Borrowed(
            "Wahlberechtigt sind Nichtdeutsche, Eingebürgerte, Spätaussiedler und Deutsche nach § 4 Abs. 3 S. 1 StAG; Deutsche dieser Gruppen müssen bis zum 21. Tag vor der Wahl die Eintragung beantragen. Alter und Wohndauer regelt die Satzung.",
        ),
        statement_en: Cow::Borrowed(
            "Voters: non-Germans, naturalised persons, Spätaussiedler and Germans under § 4 Abs. 3 S. 1 StAG; Germans of these groups must apply for the roll by the 21st day before the election. Age and residence are set by the Satzung.",
        ),
        source: Cow::Borrowed("https://umwelt-online.de/recht/allgemei/laender/srl/ksvg2.htm"),
        note: Cow::Borrowed(""),
    },
];
