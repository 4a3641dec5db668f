//! The duty to establish a body: must, must on request, should, may.
//!
//! Each Land's rule is data ([`EstablishmentRule`]): a threshold on the
//! number or the share of foreign residents, compared as the statute says
//! ("mindestens" is `≥`, "mehr als" is `>`), the strength of the duty, and
//! what happens when there are no candidates. [`establishment_duty`](crate::law::establishment_duty) runs
//! them; it has no branch for any Land.

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::vocab::{Certainty, Duty, Ratio, SourceKind};
use crate::citation::{Citation, Validity};
use crate::kind::BodyType;
use crate::land::{Land, Level};

/// How a figure is compared with a threshold.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, strum::Display,
)]
#[schemars(transform = crate::doc_text::tidy)]
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
#[schemars(transform = crate::doc_text::tidy)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct NoCandidates {
    /// The provision.
    pub citation: Citation,
    /// For how many years the duty lapses, when the statute says.
    pub lapses_for_years: Option<u8>,
    /// The body to form instead, if any.
    pub instead: Option<BodyType>,
    /// What it says, in German and English: the statute's wording where
    /// the German is a quotation in „…“, otherwise a paraphrase.
    pub statement: crate::finding::Statement,
}

/// One rule on forming a body in a Land at some levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
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
    /// The kind of source it rests on.
    pub source_kind: SourceKind,
    /// What happens when there are no candidates, if the statute says.
    pub if_no_candidates: Option<NoCandidates>,
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

impl EstablishmentRule {
    /// An unverified rule (on a paraphrase) of `duty` for `body_types` in
    /// `land` at `levels`, without threshold, signatures or texts: set them
    /// on the value.
    #[must_use]
    pub fn new(
        id: impl Into<Cow<'static, str>>,
        (land, levels, body_types): (Land, Vec<Level>, Vec<BodyType>),
        duty: Duty,
        citation: Citation,
        validity: Validity,
    ) -> Self {
        Self {
            id: id.into(),
            land,
            levels: Cow::Owned(levels),
            body_types: Cow::Owned(body_types),
            duty,
            threshold: None,
            signatures: None,
            citation,
            validity,
            certainty: Certainty::Unverified,
            source_kind: SourceKind::Paraphrase,
            if_no_candidates: None,
            statement: crate::finding::Statement::new("", ""),
            source: Cow::Borrowed(""),
            note: Cow::Borrowed(""),
            replaces: None,
        }
    }
}

/// The facts about a municipality that the thresholds need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
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

/// The answer of [`establishment_duty`](crate::law::establishment_duty) and [`Law::establishment_duty`](crate::Law::establishment_duty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct EstablishmentAnswer<'a> {
    /// The strongest duty that applies.
    pub duty: Duty,
    /// The rules that give that duty (Berlin: a committee and a Beirat).
    pub rules: Vec<&'a EstablishmentRule>,
    /// `Unverified` if any of those rules is.
    pub certainty: Certainty,
}

impl EstablishmentError {
    /// Why there is no answer, in `lang` (the `Display` form is English).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{Land, Language, law::{establishment_duty, Population}, Level};
    /// let on = NaiveDate::from_ymd_opt(2005, 1, 15).unwrap();
    /// let small = Population { foreign_residents: 100, residents: Some(10_000), signatures: None };
    /// let e = establishment_duty(Land::Saarland, Level::Municipality, on, small).unwrap_err();
    /// assert!(e.message(Language::De).contains("§ 50 Abs. 1 S. 2 KSVG"));
    /// ```
    #[must_use]
    pub fn message(&self, lang: crate::language::Language) -> String {
        use crate::language::Language;
        let de = lang != Language::En;
        match self {
            Self::NotCovered { land, level, date } if de => format!(
                "Für die Ebene „{}“ in {} ist am {} keine Regel zur Bildung erfasst.",
                level.describe(crate::Language::De),
                land.official_name(),
                date.format("%d.%m.%Y")
            ),
            Self::NotCovered { land, level, date } => format!(
                "No rule on forming a body is recorded for the {} level in {} on {date}.",
                level.describe(crate::Language::En),
                land.official_name()
            ),
            Self::StatuteSilent { provisions, .. } => {
                let list: Vec<String> = provisions.iter().map(ToString::to_string).collect();
                if de {
                    format!(
                        "Das Gesetz schweigt: Die Zahl der Einwohner liegt unter den Schwellen von {}, und für kleinere Gemeinden oder Kreise trifft es keine Regelung.",
                        list.join(", ")
                    )
                } else {
                    format!(
                        "The statute is silent: the population is below the thresholds of {}, and it says nothing of smaller municipalities or counties.",
                        list.join(", ")
                    )
                }
            }
            Self::ResidentsNeeded { .. } if de => "Die Regel misst den Anteil der ausländischen Einwohner: bitte die Zahl aller Einwohner angeben (mindestens die der ausländischen).".to_owned(),
            Self::ResidentsNeeded { .. } => "The rule uses the foreign share: give the number of all residents (at least the foreign residents).".to_owned(),
        }
    }
}

impl EstablishmentAnswer<'_> {
    /// The citations of the rules.
    #[must_use]
    pub fn citations(&self) -> Vec<&Citation> {
        self.rules.iter().map(|r| &r.citation).collect()
    }
}

/// Why [`establishment_duty`](crate::law::establishment_duty) could not answer.
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
    /// The statute is silent: rules cover the Land, level and date, but the
    /// population is below all their thresholds, and the statute says
    /// nothing of smaller municipalities (the Saarland before 2009: § 50 Abs. 1
    /// S. 2 KSVG asked for an Ausländerbeirat from a foreign share of 3 % and
    /// said nothing of the others). The crate does not guess
    /// a duty, nor its absence: it names the provisions whose thresholds the
    /// population is below.
    #[error(
        "the statute is silent for {land} at {level} level on {date}: the population is below the thresholds of {}",
        provisions.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
    )]
    StatuteSilent {
        /// The Land.
        land: Land,
        /// The level.
        level: Level,
        /// The date.
        date: NaiveDate,
        /// The provisions whose thresholds the population is below.
        provisions: Vec<Citation>,
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

/// [`establishment_duty`](crate::law::establishment_duty) over the given rules.
pub(super) fn duty_under<'a>(
    rules: impl Iterator<Item = &'a EstablishmentRule>,
    (land, level, date): (Land, Level, NaiveDate),
    population: Population,
) -> Result<EstablishmentAnswer<'a>, EstablishmentError> {
    let mut best: Option<Duty> = None;
    let mut matched: Vec<&'a EstablishmentRule> = Vec::new();
    let mut covered = false;
    // Only read when no rule matches: then the statute is silent.
    let mut provisions: Vec<Citation> = Vec::new();
    for rule in
        rules.filter(|r| r.land == land && r.levels.contains(&level) && r.validity.contains(date))
    {
        covered = true;
        if !provisions.contains(&rule.citation) {
            provisions.push(rule.citation.clone());
        }
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
        None if covered => Err(EstablishmentError::StatuteSilent {
            land,
            level,
            date,
            provisions,
        }),
        None => Err(EstablishmentError::NotCovered { land, level, date }),
    }
}
