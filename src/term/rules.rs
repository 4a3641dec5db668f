//! The terms of office as written, and the council Wahlperioden they may
//! follow: the vocabulary both documents and the law use.

use std::borrow::Cow;
use std::num::NonZeroU8;

use chrono::{Datelike, Days, Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::citation::Citation;
use crate::land::Land;

/// How long a term lasts.
///
/// Serialized with a `kind` tag, e.g.
/// `{"kind": "council_term", "council_elected_on": "2020-09-13"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum TermLength {
    /// The term follows the council's Wahlperiode (NRW: 5 years from
    /// 1 November of the election year; Bayern: 6 years from the 1 May after
    /// the election). The crate derives the end from the Land's [`CouncilTermRule`].
    #[doc(alias = "Wahlperiode")]
    #[doc(alias = "Wahlzeit")]
    CouncilTerm {
        /// The day of the council election that opened the Wahlperiode.
        #[serde(with = "crate::date::strict")]
        #[schemars(with = "crate::date::DateSchema")]
        council_elected_on: NaiveDate,
    },
    /// A fixed number of years from the constitution date
    /// (Rheinland-Pfalz: 5 years).
    Years {
        /// The number of years (at least 1).
        years: NonZeroU8,
    },
    /// A term with a known last day (a shortened term, a term the sources
    /// give only by its end).
    FixedEnd {
        /// The last day of the term.
        #[serde(with = "crate::date::strict")]
        #[schemars(with = "crate::date::DateSchema")]
        ends_on: NaiveDate,
    },
}

/// When the council's Wahlperiode begins, relative to the election.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum CouncilTermStart {
    /// On the first day of `month` after the election (Bayern: 1 May).
    FirstOfMonthAfterElection {
        /// The month (1–12).
        month: u32,
    },
    /// On a fixed day of the election year (NRW: 1 November).
    DayOfElectionYear {
        /// The month (1–12).
        month: u32,
        /// The day of the month.
        day: u32,
    },
    /// On the `days`-th day after the election (Mecklenburg-Vorpommern: the
    /// election day itself, `days: 0`).
    DaysAfterElection {
        /// The number of days.
        days: u64,
    },
    /// On the first day of the month after the election month
    /// (Baden-Württemberg, Sachsen, Rheinland-Pfalz: the old council's term
    /// ends with the month of the election).
    FirstOfNextMonth {},
    /// On the `days`-th day after the election, but not before the previous
    /// Wahlperiode has ended (Saarland: "am fünfzehnten auf den Wahltag
    /// folgenden Tag, jedoch nicht vor Ablauf der Amtszeit des bisherigen
    /// Gemeinderats", § 31 Abs. 1 S. 1 KSVG). The previous Wahlperiode is
    /// the one opened by the recorded election before
    /// ([`CouncilTermRule::regular_elections`]); the first recorded one
    /// gives its days as an exception ([`CouncilTermRule::exceptions`]).
    /// Before the first recorded election the previous Wahlperiode is not
    /// known, and the first day is the `days`-th day.
    DaysAfterElectionNotBeforePreviousEnd {
        /// The number of days.
        days: u64,
    },
    /// With the first meeting of the newly elected council (Brandenburg:
    /// the Wahlperiode ends with the Zusammentritt of the newly elected
    /// Vertretung, § 4 S. 2 BbgKWahlG). No statute fixes that day, so a
    /// term tied to the council's needs its `constituted_on`; the number of
    /// years counts from it.
    AtConstitution {},
}

/// When the council's Wahlperiode ends.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CouncilTermEnd {
    /// The day before the start day comes round after the number of years.
    #[default]
    AfterYears,
    /// With the month in which the next regular election is held
    /// (§ 30 Abs. 2 GemO BW, § 33 Abs. 2 SächsGemO, § 71 Abs. 2 KWG RP):
    /// read from [`CouncilTermRule::regular_elections`]. After the last
    /// recorded election day the end is the one after the number of years,
    /// until the next day is fixed and recorded.
    EndOfMonthOfNextElection,
    /// The day before the next regular election (Mecklenburg-Vorpommern:
    /// the Wahlperiode begins with the election day and ends with the
    /// beginning of the next, § 2 Abs. 2 LKWG M-V). After the last recorded
    /// election day, the end is the one after the number of years.
    DayBeforeNextElection,
    /// After the number of years, but extended to the day before the next
    /// Wahlperiode starts when that is later, by at most one month
    /// (§ 31 Abs. 1 S. 2 KSVG: the Saarland council's term is extended until
    /// the new council's begins, by a month at most). Read from the next
    /// recorded election day.
    ExtendedToNextStartWithinAMonth,
}

/// The kinds of [`TermLength`], for reading it.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum LengthKind {
    CouncilTerm,
    Years,
    FixedEnd,
}

/// A [`TermLength`] as written: its fields read one by one, so that an
/// error in a date points at the date (`/term/length/council_elected_on`).
/// serde reads an internally tagged enum from a buffer and loses the
/// place; that is why [`TermLength`]'s `Deserialize` is written by hand,
/// as this one line of forwarding.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LengthFields {
    kind: LengthKind,
    #[serde(default, with = "crate::date::strict_opt")]
    council_elected_on: Option<NaiveDate>,
    #[serde(default)]
    years: Option<NonZeroU8>,
    #[serde(default, with = "crate::date::strict_opt")]
    ends_on: Option<NaiveDate>,
}

impl TryFrom<LengthFields> for TermLength {
    type Error = &'static str;
    fn try_from(f: LengthFields) -> Result<Self, &'static str> {
        match (f.kind, f.council_elected_on, f.years, f.ends_on) {
            (LengthKind::CouncilTerm, Some(council_elected_on), None, None) => {
                Ok(Self::CouncilTerm { council_elected_on })
            }
            (LengthKind::Years, None, Some(years), None) => Ok(Self::Years { years }),
            (LengthKind::FixedEnd, None, None, Some(ends_on)) => Ok(Self::FixedEnd { ends_on }),
            (LengthKind::CouncilTerm, ..) => Err(
                "a term of the council's Wahlperiode gives the council's election day and nothing else",
            ),
            (LengthKind::Years, ..) => {
                Err("a term of fixed years gives the number of years and nothing else")
            }
            (LengthKind::FixedEnd, ..) => {
                Err("a term with a fixed end gives its last day and nothing else")
            }
        }
    }
}

impl<'de> Deserialize<'de> for TermLength {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        LengthFields::deserialize(d)?
            .try_into()
            .map_err(serde::de::Error::custom)
    }
}

/// The Wahlperiode of the municipal councils of one Land, with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CouncilTermRule {
    /// The Land.
    pub land: Land,
    /// The length in years.
    pub years: u8,
    /// When the Wahlperiode begins.
    pub start: CouncilTermStart,
    /// The provision that fixes the length (and, where cited, the start).
    pub citation: Citation,
    /// What is and is not verified about this rule.
    pub note: Cow<'static, str>,
    /// Wahlperioden that a statute made longer or shorter than the rule
    /// (NRW: the councils elected on 25 May 2014 served until 31 Oct 2020),
    /// and the first recorded Wahlperiode where the rule counts from the one
    /// before ([`CouncilTermStart::DaysAfterElectionNotBeforePreviousEnd`]).
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub exceptions: Cow<'static, [Wahlperiode]>,
    /// When the Wahlperiode ends.
    #[serde(default, skip_serializing_if = "is_after_years")]
    pub end: CouncilTermEnd,
    /// The days of the regular council elections, in order, as far as the
    /// crate records them ([`CouncilTermRule::elections_source`]).
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    #[schemars(with = "Vec<crate::date::DateSchema>")]
    pub regular_elections: Cow<'static, [NaiveDate]>,
    /// Where the election days were read.
    #[serde(default, skip_serializing_if = "str::is_empty")]
    pub elections_source: Cow<'static, str>,
}

fn is_after_years(e: &CouncilTermEnd) -> bool {
    *e == CouncilTermEnd::AfterYears
}

/// One Wahlperiode that differs from the Land's rule, with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Wahlperiode {
    /// The day of the council election that opened it.
    pub elected_on: NaiveDate,
    /// Its first day, where the sources give it. Where they do not, a term
    /// tied to it needs its constitution date.
    pub starts_on: Option<NaiveDate>,
    /// Its last day.
    #[serde(with = "crate::date::strict")]
    #[schemars(with = "crate::date::DateSchema")]
    pub ends_on: NaiveDate,
    /// Where it was read.
    pub source: Cow<'static, str>,
    /// What is and is not verified.
    pub note: Cow<'static, str>,
}

impl CouncilTermRule {
    /// The council term opened by an election on `elected_on`:
    /// `(first day, last day)`. `None` for dates at the end of chrono's
    /// range, and for an exceptional Wahlperiode whose first day the crate
    /// does not record ([`CouncilTermRule::period_for`] gives its end).
    #[must_use]
    pub fn term_for(&self, elected_on: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        match self.period_for(elected_on)? {
            (Some(start), end) => Some((start, end)),
            (None, _) => None,
        }
    }

    /// The council term opened by an election on `elected_on`:
    /// `(first day if recorded, last day)`, taking the recorded exceptions
    /// into account. `None` only for dates at the end of chrono's range.
    #[must_use]
    pub fn period_for(&self, elected_on: NaiveDate) -> Option<(Option<NaiveDate>, NaiveDate)> {
        if let Some(x) = self.exceptions.iter().find(|x| x.elected_on == elected_on) {
            return Some((x.starts_on, x.ends_on));
        }
        // The first day is the constitution, which only the document can
        // give ([`CouncilTermRule::period_from`]).
        if self.start == (CouncilTermStart::AtConstitution {}) {
            return Some((None, last_day_of_years(elected_on, self.years)?));
        }
        let start = self.first_day(elected_on)?;
        let next = self.regular_elections.iter().find(|e| **e > elected_on);
        let end = match (self.end, next) {
            (CouncilTermEnd::EndOfMonthOfNextElection, Some(next)) => next
                .with_day(1)?
                .checked_add_months(Months::new(1))?
                .pred_opt()?,
            (CouncilTermEnd::DayBeforeNextElection, Some(next)) => next.pred_opt()?,
            (CouncilTermEnd::ExtendedToNextStartWithinAMonth, Some(next)) => {
                let regular = last_day_of_years(start, self.years)?;
                let until = self.first_day(*next).and_then(|s| s.pred_opt());
                let until = until.unwrap_or(regular);
                let cap = regular.checked_add_months(Months::new(1))?;
                regular.max(until.min(cap))
            }
            _ => last_day_of_years(start, self.years)?,
        };
        Some((Some(start), end))
    }

    /// The first day of the Wahlperiode opened by an election on
    /// `elected_on`, by the rule's start (a recorded exception's first day
    /// where there is one). `None` where it is not known: a Wahlperiode that
    /// starts with the council's first meeting, and dates at the end of
    /// chrono's range.
    fn first_day(&self, elected_on: NaiveDate) -> Option<NaiveDate> {
        if let Some(x) = self.exceptions.iter().find(|x| x.elected_on == elected_on) {
            return x.starts_on;
        }
        Some(match self.start {
            CouncilTermStart::FirstOfMonthAfterElection { month } => {
                let this_year = NaiveDate::from_ymd_opt(elected_on.year(), month, 1)?;
                if this_year > elected_on {
                    this_year
                } else {
                    NaiveDate::from_ymd_opt(elected_on.year() + 1, month, 1)?
                }
            }
            CouncilTermStart::DayOfElectionYear { month, day } => {
                NaiveDate::from_ymd_opt(elected_on.year(), month, day)?
            }
            CouncilTermStart::DaysAfterElection { days } => {
                elected_on.checked_add_days(Days::new(days))?
            }
            CouncilTermStart::FirstOfNextMonth {} => {
                elected_on.with_day(1)?.checked_add_months(Months::new(1))?
            }
            CouncilTermStart::DaysAfterElectionNotBeforePreviousEnd { days } => {
                self.start_not_before_previous_end(elected_on, days)?
            }
            CouncilTermStart::AtConstitution {} => return None,
        })
    }

    /// The first day under [`CouncilTermStart::DaysAfterElectionNotBeforePreviousEnd`]:
    /// the recorded elections before `elected_on` are walked in order, each
    /// Wahlperiode beginning on its `days`-th day but not before the one
    /// before ran out (a recorded exception's last day where there is one).
    /// A loop, not a recursion: as deep as the list is long, whatever law a
    /// program builds.
    fn start_not_before_previous_end(&self, elected_on: NaiveDate, days: u64) -> Option<NaiveDate> {
        let start = |e: NaiveDate, previous_last: Option<NaiveDate>| -> Option<NaiveDate> {
            let earliest = e.checked_add_days(Days::new(days))?;
            Some(match previous_last {
                Some(last) => earliest.max(last.succ_opt()?),
                None => earliest,
            })
        };
        let mut previous_last = None;
        for e in self
            .regular_elections
            .iter()
            .copied()
            .filter(|e| *e < elected_on)
        {
            previous_last = Some(match self.exceptions.iter().find(|x| x.elected_on == e) {
                Some(x) => x.ends_on,
                None => last_day_of_years(start(e, previous_last)?, self.years)?,
            });
        }
        start(elected_on, previous_last)
    }
}

impl CouncilTermRule {
    /// The council term opened by an election on `elected_on`, for a body
    /// that gives its constitution day: as [`CouncilTermRule::period_for`],
    /// except where the Wahlperiode starts with the council's first meeting
    /// ([`CouncilTermStart::AtConstitution`]): then it starts on
    /// `constituted_on` and lasts the number of years from it, and without
    /// `constituted_on` its first day is unknown (`None`).
    #[must_use]
    pub fn period_from(
        &self,
        elected_on: NaiveDate,
        constituted_on: Option<NaiveDate>,
    ) -> Option<(Option<NaiveDate>, NaiveDate)> {
        if self.start != (CouncilTermStart::AtConstitution {}) {
            return self.period_for(elected_on);
        }
        match constituted_on {
            Some(c) => Some((Some(c), last_day_of_years(c, self.years)?)),
            None => self.period_for(elected_on),
        }
    }
}

/// The last day of a period of `years` years whose first day is `start`
/// (§ 187 Abs. 2, § 188 Abs. 2 BGB): the day before the day of the last
/// year that corresponds to `start` by its number. Where that day does not
/// exist (a term begun on 29 February), the period ends with the last day of
/// the month (§ 188 Abs. 3 BGB). `None` beyond chrono's range of dates.
pub(crate) fn last_day_of_years(start: NaiveDate, years: u8) -> Option<NaiveDate> {
    let same_day = start.checked_add_months(Months::new(12 * u32::from(years)))?;
    if same_day.day() == start.day() {
        same_day.pred_opt()
    } else {
        // chrono moved a missing 29 February back to the 28th: that day is
        // the last of the month, and the period ends with it.
        Some(same_day)
    }
}

/// A term as written in a document, before validation.
///
/// Every field is optional: what the document leaves out, the statute
/// decides when the body is checked (a term of an NRW Integrationsrat that
/// gives no length follows the council's Wahlperiode, § 27 Abs. 2 S. 1
/// GO NRW; one that says nothing about continuing in office gets what the
/// statute in force at its end says). Only what the document states
/// explicitly can contradict a rule.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy, rename = "Term")]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RawTerm {
    /// The day the members were elected, for a body with elected members.
    #[serde(
        with = "crate::date::strict_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<crate::date::DateSchema>")]
    pub elected_on: Option<NaiveDate>,
    /// The day of the constituent meeting. Required for a term of fixed
    /// years or with a fixed end; a term that follows the council's
    /// Wahlperiode begins with it when the document does not say.
    #[serde(
        with = "crate::date::strict_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<crate::date::DateSchema>")]
    pub constituted_on: Option<NaiveDate>,
    /// How long the term lasts; absent: as the statute in force says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<TermLength>,
    /// Whether the members stay in office after the term until the
    /// successor body first meets; absent: as the statute in force at the
    /// end of the term says (NRW § 27 Abs. 2 S. 6 GO NRW until 2018).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continues_until_successor_meets: Option<bool>,
    /// The day the successor body first met, once known. In a list of
    /// terms the next term's constitution day says the same.
    #[serde(
        with = "crate::date::strict_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<crate::date::DateSchema>")]
    pub successor_first_met_on: Option<NaiveDate>,
    /// How the term ended, where it did not end in the ordinary way
    /// (dissolved, ended early).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<TermEnding>,
    /// The body's official name in this term, where it differs from the
    /// document's (NRW: "Integrationsrat" until 2025, "Ausschuss für
    /// Chancengerechtigkeit und Integration" from the term beginning on
    /// 1 November 2025).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = crate::limits::NAME_MAX_CHARS), regex(pattern = crate::limits::NON_BLANK_PATTERN))]
    pub official_name: Option<String>,
    /// The seats in this term, where they differ from the document's
    /// composition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub composition: Option<crate::composition::RawComposition>,
    /// The members of this term, where the document lists them per term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roster: Option<Vec<crate::membership::Membership>>,
}

/// How a term ended, where it did not end in the ordinary way.
///
/// Serialized with a `kind` tag, e.g.
/// `{"kind": "dissolved", "on": "2023-07-13"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum TermEnding {
    /// The body was dissolved (aufgelöst): it does not continue, and no
    /// successor follows unless the document records one.
    #[doc(alias = "Auflösung")]
    Dissolved {
        /// The first day on which the body is no longer in office.
        #[serde(with = "crate::date::strict")]
        #[schemars(with = "crate::date::DateSchema")]
        on: NaiveDate,
    },
    /// The term ended before its regular end (a repeated election, a
    /// resolution of the council); a successor may follow.
    EndedEarly {
        /// The first day on which the members are no longer in office.
        #[serde(with = "crate::date::strict")]
        #[schemars(with = "crate::date::DateSchema")]
        on: NaiveDate,
    },
}

impl TermEnding {
    /// The first day on which the body is no longer in office.
    #[must_use]
    pub const fn on(self) -> NaiveDate {
        match self {
            Self::Dissolved { on } | Self::EndedEarly { on } => on,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_period_of_years_ends_the_day_before_the_corresponding_day() {
        assert_eq!(
            last_day_of_years(ymd(2020, 11, 1), 5),
            Some(ymd(2025, 10, 31))
        );
        assert_eq!(
            last_day_of_years(ymd(2021, 3, 1), 5),
            Some(ymd(2026, 2, 28))
        );
        assert_eq!(
            last_day_of_years(ymd(2023, 3, 1), 1),
            Some(ymd(2024, 2, 29))
        );
    }

    #[test]
    fn a_period_begun_on_29_february_ends_with_the_month() {
        // § 188 Abs. 3 BGB: the corresponding day 29.02.2029 does not exist.
        assert_eq!(
            last_day_of_years(ymd(2024, 2, 29), 5),
            Some(ymd(2029, 2, 28))
        );
        // Into a leap year the corresponding day exists.
        assert_eq!(
            last_day_of_years(ymd(2024, 2, 29), 4),
            Some(ymd(2028, 2, 28))
        );
    }

    #[test]
    fn a_period_beyond_the_range_of_dates_has_no_end() {
        assert_eq!(last_day_of_years(NaiveDate::MAX, 1), None);
    }
}
