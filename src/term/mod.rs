//! Terms of office: start, length, end, continuation until the successor meets.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{Collector, Loc, ViolationCode};
use crate::land::Land;

pub(crate) mod rules;
pub(crate) use rules::last_day_of_years;
pub use rules::{
    CouncilTermEnd, CouncilTermRule, CouncilTermStart, RawTerm, TermLength, Wahlperiode,
};

/// The council-term rule of `land`: the Wahlperiode of its municipal
/// councils, which the crate records for every Land.
///
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{council_term_rule, CouncilTermStart, Land};
///
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // NRW: five years from 1 November of the election year.
/// let nrw = council_term_rule(Land::NordrheinWestfalen);
/// assert_eq!(
///     nrw.term_for(day(2025, 9, 14)),
///     Some((day(2025, 11, 1), day(2030, 10, 31)))
/// );
/// // Hamburg: five years from the Bezirksversammlung's first meeting,
/// // which only the body's document can give.
/// let hh = council_term_rule(Land::Hamburg);
/// assert_eq!(hh.start, CouncilTermStart::AtConstitution {});
/// assert_eq!(hh.term_for(day(2024, 6, 9)), None);
/// // Bremen: four years, from the assembly's first meeting as well.
/// let hb = council_term_rule(Land::Bremen);
/// assert_eq!(hb.years, 4);
/// assert_eq!(
///     hb.period_from(day(2023, 5, 14), Some(day(2023, 7, 4))),
///     Some((Some(day(2023, 7, 4)), day(2027, 7, 3)))
/// );
/// ```
#[must_use]
pub fn council_term_rule(land: Land) -> &'static CouncilTermRule {
    crate::law::builtin_council_term(land)
}

/// Where a body stands in its term on a date.
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
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum OfficeStatus {
    /// Before the constituent meeting.
    NotYetConstituted,
    /// Within the regular term.
    Regular,
    /// After the regular term, but still in office until the successor first
    /// meets (and, if that date is not known, assumed still in office).
    Continuing,
    /// Out of office.
    Ended,
}

/// A validated term with its derived first and last day.
///
/// A body's document creates its term, or [`Term::new`] with the Land,
/// since a term tied to the council's Wahlperiode needs the Land.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{Land, OfficeStatus, RawTerm, Term};
/// let raw: RawTerm = serde_json::from_str(
///     r#"{"length": {"kind": "council_term", "council_elected_on": "2025-09-14"},
///         "continues_until_successor_meets": true}"#,
/// )?;
/// let term = Term::new(raw, Land::NordrheinWestfalen)?;
/// assert_eq!(term.starts_on(), NaiveDate::from_ymd_opt(2025, 11, 1).unwrap());
/// assert_eq!(term.ends_on(), NaiveDate::from_ymd_opt(2030, 10, 31).unwrap());
/// let later = NaiveDate::from_ymd_opt(2031, 1, 1).unwrap();
/// assert_eq!(term.status_on(later), OfficeStatus::Continuing);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(into = "RawTerm")]
pub struct Term {
    raw: RawTerm,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
}

fn out_of_range(c: &mut Collector, path: &Loc<'_>) {
    c.fail(
        ViolationCode::DateOutOfRange,
        path.field("length"),
        "format.term.date_range",
    );
}

impl Term {
    /// Validates a term of a body in `land` (the Land's council term
    /// resolves a term that follows it).
    ///
    /// # Errors
    /// [`crate::Violations`] with the structural problems of the term, their
    /// pointers relative to the term (`/length`).
    pub fn new(raw: RawTerm, land: Land) -> Result<Self, crate::Violations> {
        let mut c = Collector::default();
        let term = Self::validate(raw, land, &Loc::Root, &mut c);
        c.finish()?;
        // `validate` gives a term whenever it records no violation.
        term.ok_or_else(|| {
            crate::Violations::one(crate::finding::Finding::format(
                ViolationCode::DateOutOfRange,
                crate::error::JsonPointer::root(),
                "format.term.date_range",
                crate::finding::Figures::none(),
            ))
        })
    }

    pub(crate) fn validate(
        raw: RawTerm,
        land: Land,
        path: &Loc<'_>,
        c: &mut Collector,
    ) -> Option<Self> {
        let (starts_on, ends_on) = match raw.length {
            TermLength::CouncilTerm { council_elected_on } => {
                let rule = council_term_rule(land);
                let Some((start, end)) = rule.period_from(council_elected_on, raw.constituted_on)
                else {
                    out_of_range(c, path);
                    return None;
                };
                let Some(start) = raw.constituted_on.or(start) else {
                    c.fail(
                        ViolationCode::MissingConstitutionDate,
                        path.field("constituted_on"),
                        "format.term.constituted_on",
                    );
                    return None;
                };
                (start, end)
            }
            TermLength::Years { years } => {
                let Some(start) = raw.constituted_on else {
                    c.fail(
                        ViolationCode::MissingConstitutionDate,
                        path.field("constituted_on"),
                        "format.term.constituted_on",
                    );
                    return None;
                };
                let Some(end) = last_day_of_years(start, years.get()) else {
                    out_of_range(c, path);
                    return None;
                };
                (start, end)
            }
            TermLength::FixedEnd { ends_on } => {
                let Some(start) = raw.constituted_on else {
                    c.fail(
                        ViolationCode::MissingConstitutionDate,
                        path.field("constituted_on"),
                        "format.term.constituted_on",
                    );
                    return None;
                };
                (start, ends_on)
            }
        };
        let mut ok = true;
        if ends_on < starts_on {
            ok = false;
            c.fail_with(
                ViolationCode::TermEndsBeforeStart,
                path.field("length"),
                "format.term.order",
                crate::finding::Figures::of(
                    crate::finding::Quantity::Date(ends_on),
                    crate::finding::Requirement::AtLeast(crate::finding::Quantity::Date(starts_on)),
                ),
            );
        }
        if let Some(s) = raw.successor_first_met_on {
            if !raw.continues_until_successor_meets {
                ok = false;
                c.fail(
                    ViolationCode::SuccessorDateWithoutContinuation,
                    path.field("successor_first_met_on"),
                    "format.term.successor",
                );
            } else if s <= starts_on {
                ok = false;
                c.fail_with(
                    ViolationCode::SuccessorMeetsBeforeStart,
                    path.field("successor_first_met_on"),
                    "format.term.order",
                    crate::finding::Figures::of(
                        crate::finding::Quantity::Date(s),
                        crate::finding::Requirement::MoreThan(crate::finding::Quantity::Date(
                            starts_on,
                        )),
                    ),
                );
            }
        }
        ok.then_some(Self {
            raw,
            starts_on,
            ends_on,
        })
    }

    /// The first day in office (the constituent meeting, or the start of the
    /// council's Wahlperiode when the document does not give it).
    #[must_use]
    pub fn starts_on(&self) -> NaiveDate {
        self.starts_on
    }

    /// The last day of the regular term.
    #[must_use]
    pub fn ends_on(&self) -> NaiveDate {
        self.ends_on
    }

    /// How the length is defined.
    #[must_use]
    pub fn length(&self) -> TermLength {
        self.raw.length
    }

    /// The day the members were elected, if the document says.
    #[must_use]
    pub fn elected_on(&self) -> Option<NaiveDate> {
        self.raw.elected_on
    }

    /// Whether the members stay in office until the successor first meets.
    #[must_use]
    pub fn continues_until_successor_meets(&self) -> bool {
        self.raw.continues_until_successor_meets
    }

    /// The day the successor first met, if known.
    #[must_use]
    pub fn successor_first_met_on(&self) -> Option<NaiveDate> {
        self.raw.successor_first_met_on
    }

    /// Where the body stands on `date`.
    #[must_use]
    pub fn status_on(&self, date: NaiveDate) -> OfficeStatus {
        if date < self.starts_on {
            OfficeStatus::NotYetConstituted
        } else if date <= self.ends_on {
            OfficeStatus::Regular
        } else if self.raw.continues_until_successor_meets
            && self.raw.successor_first_met_on.is_none_or(|s| date < s)
        {
            OfficeStatus::Continuing
        } else {
            OfficeStatus::Ended
        }
    }

    /// Whether the body is in office on `date`, in its regular term or
    /// continuing until its successor first meets.
    #[must_use]
    pub fn is_in_office(&self, date: NaiveDate) -> bool {
        matches!(
            self.status_on(date),
            OfficeStatus::Regular | OfficeStatus::Continuing
        )
    }
}

impl From<Term> for RawTerm {
    fn from(t: Term) -> Self {
        t.raw
    }
}
