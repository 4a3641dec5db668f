//! Who may vote for a body, and who may stand (active and passive
//! franchise), decided from facts about a person.
//!
//! The franchise is a set of predicates, not the single flag "migration
//! background": the groups ([`VoterGroup`]) differ between Länder, and so do the
//! minimum age, the residence period and the exclusions. Each Land's rule is
//! data ([`FranchiseRule`]); [`franchise`](crate::law::franchise()) runs them.
//!
//! Where the sources disagree the statute's wording is followed: NRW's § 27
//! Abs. 3 GO covers everyone who is not German under Art. 116 Abs. 1 GG, so
//! non-German EU citizens vote (the politische-bildung.nrw page that says
//! otherwise is treated as an outlier).

use std::borrow::Cow;

use chrono::{Datelike, Days, Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::vocab::{Certainty, SourceKind};

use crate::citation::{Citation, Validity};
use crate::kind::BodyType;
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
#[schemars(transform = crate::doc_text::tidy)]
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
#[schemars(transform = crate::doc_text::tidy)]
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
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum VoterGroup {
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

impl VoterGroup {
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
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "unit", content = "value", rename_all = "snake_case")]
pub enum TimeSpan {
    /// Days (NRW: main residence since the 16th day before the election).
    Days(u16),
    /// Weeks (Hessen 2021: 6 weeks).
    Weeks(u16),
    /// Months (RLP: 3 months).
    Months(u16),
    /// Years (NRW: 1 year of lawful stay).
    Years(u16),
}

impl TimeSpan {
    fn start(self, election: NaiveDate) -> Option<NaiveDate> {
        match self {
            Self::Days(n) => election.checked_sub_days(Days::new(u64::from(n))),
            Self::Weeks(n) => election.checked_sub_days(Days::new(u64::from(n) * 7)),
            Self::Months(n) => election.checked_sub_months(Months::new(u32::from(n))),
            Self::Years(n) => election.checked_sub_months(Months::new(u32::from(n) * 12)),
        }
    }
}

impl std::fmt::Display for TimeSpan {
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Eligibility {
    /// The groups covered.
    pub groups: Cow<'static, [VoterGroup]>,
    /// Minimum age on the election day; `None` where the statute leaves it to
    /// the Satzung.
    pub min_age: Option<u8>,
    /// Main residence in the municipality for at least this long.
    pub residence: Option<TimeSpan>,
    /// Lawful stay in Germany for at least this long.
    pub lawful_stay: Option<TimeSpan>,
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
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
    /// The kind of source it rests on.
    pub source_kind: SourceKind,
    /// Who may vote: eligible under any alternative.
    pub active: Cow<'static, [Eligibility]>,
    /// Who may stand: eligible under any alternative.
    pub passive: Cow<'static, [Eligibility]>,
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

impl Eligibility {
    /// Eligibility of the `groups` under `citation`, with no further
    /// condition yet (age, residence, exclusions): set them on the value.
    #[must_use]
    pub fn new(groups: Vec<VoterGroup>, citation: Citation) -> Self {
        Self {
            groups: Cow::Owned(groups),
            min_age: None,
            residence: None,
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation,
        }
    }
}

impl FranchiseRule {
    /// An unverified franchise (on a paraphrase) for `body_types` in
    /// `land`, in force `validity`, with the eligibility to vote (`active`)
    /// and to stand (`passive`), and no texts yet: set them on the value.
    #[must_use]
    pub fn new(
        id: impl Into<Cow<'static, str>>,
        (land, body_types): (Land, Vec<BodyType>),
        validity: Validity,
        (active, passive): (Vec<Eligibility>, Vec<Eligibility>),
    ) -> Self {
        Self {
            id: id.into(),
            land,
            body_types: Cow::Owned(body_types),
            validity,
            certainty: Certainty::Unverified,
            source_kind: SourceKind::Paraphrase,
            active: Cow::Owned(active),
            passive: Cow::Owned(passive),
            statement: crate::finding::Statement::new("", ""),
            source: Cow::Borrowed(""),
            note: Cow::Borrowed(""),
            replaces: None,
        }
    }
}

/// The condition a [`Reason`] is about.
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
pub enum Condition {
    /// The person belongs to one of the groups the franchise names.
    Group,
    /// A German of these groups has applied for the electoral roll.
    ElectoralRollApplication,
    /// The person has the minimum age on the election day.
    MinimumAge,
    /// The person has had the main residence long enough.
    Residence,
    /// The person has stayed lawfully in Germany long enough.
    LawfulStay,
    /// The person is not an asylum seeker in a pending procedure.
    NotInAsylumProcedure,
    /// The Residence Act applies to the person (§ 1 Abs. 2 AufenthG).
    ResidenceActApplies,
}

crate::enums::variants!(
    Condition,
    [
        Group,
        ElectoralRollApplication,
        MinimumAge,
        Residence,
        LawfulStay,
        NotInAsylumProcedure,
        ResidenceActApplies
    ]
);

/// One reason in a franchise decision.
///
/// `message` is for people and may change; match on
/// [`condition`](Self::condition).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct Reason {
    /// The condition.
    pub condition: Condition,
    /// Whether the condition is met.
    pub met: bool,
    /// The condition and the person's fact.
    pub message: String,
    /// The provision.
    pub citation: Citation,
}

/// Whether a person may vote (or stand), with the reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct Decision {
    /// Eligible under at least one alternative.
    pub eligible: bool,
    /// The reasons: those of the alternative that makes the person eligible,
    /// or of every alternative when none does.
    pub reasons: Vec<Reason>,
}

/// The answer of [`franchise`](crate::law::franchise()).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct FranchiseAnswer<'a> {
    /// The rule applied.
    pub rule: &'a FranchiseRule,
    /// May the person vote?
    pub active: Decision,
    /// May the person stand?
    pub passive: Decision,
}

/// Why [`franchise`](crate::law::franchise()) could not answer.
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
    let mut reason = |condition: Condition, met: bool, message: String| {
        out.push(Reason {
            condition,
            met,
            message,
            citation: e.citation.clone(),
        })
    };
    let covering: Vec<VoterGroup> = e
        .groups
        .iter()
        .copied()
        .filter(|g| g.covers(p, election))
        .collect();
    let names: Vec<&str> = e.groups.iter().map(|g| <&str>::from(*g)).collect();
    match covering.first() {
        Some(g) => reason(Condition::Group, true, format!("belongs to the group {g}")),
        None => reason(
            Condition::Group,
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
            Condition::ElectoralRollApplication,
            p.applied_for_electoral_roll,
            "a German of these groups must apply for the electoral roll".into(),
        );
    }
    if let Some(min) = e.min_age {
        let age = age_on(p.born_on, election);
        reason(
            Condition::MinimumAge,
            age >= i32::from(min),
            format!("is {age} on the election day; at least {min} required"),
        );
    }
    if let Some(period) = e.residence {
        let met = period
            .start(election)
            .is_some_and(|s| p.main_residence_since.is_some_and(|r| r <= s));
        reason(
            Condition::Residence,
            met,
            format!("main residence in the municipality for at least {period} before the election"),
        );
    }
    if let Some(period) = e.lawful_stay {
        let met = period
            .start(election)
            .is_some_and(|s| p.lawful_stay_since.is_some_and(|r| r <= s));
        reason(
            Condition::LawfulStay,
            met,
            format!("lawful stay in Germany for at least {period}"),
        );
    }
    if e.excludes_asylum_seekers {
        reason(
            Condition::NotInAsylumProcedure,
            !p.in_asylum_procedure,
            "asylum seekers in a pending procedure are excluded".into(),
        );
    }
    if e.excludes_residence_act_exempt {
        reason(
            Condition::ResidenceActApplies,
            !p.exempt_from_residence_act,
            "persons to whom the Residence Act does not apply (§ 1 Abs. 2 AufenthG) are excluded"
                .into(),
        );
    }
    out
}

/// [`franchise`](crate::law::franchise()) under the given rules.
pub(super) fn franchise_under<'a>(
    mut rules: impl Iterator<Item = &'a FranchiseRule>,
    (land, body_type): (Land, BodyType),
    person: &Person,
    election_day: NaiveDate,
) -> Result<FranchiseAnswer<'a>, FranchiseError> {
    let rule = rules
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
