//! Where a body stands on a day, and the days of its terms: the values the
//! checker (`law::office`) finds and the report carries.

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::term::rules::TermEnding;

/// Where a body stands on a day.
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
#[non_exhaustive]
pub enum OfficeStatus {
    /// Before the first day of the first recorded term.
    #[doc(alias = "noch nicht konstituiert")]
    NotYetConstituted,
    /// Within a term's regular period.
    #[doc(alias = "im Amt")]
    InOffice,
    /// After the regular period, still in office until the successor first
    /// meets, because the statute or the document says so (and, while that
    /// day is not known, assumed still in office).
    #[doc(alias = "Fortführung der Geschäfte")]
    Continuing,
    /// A term has ended and the next recorded term has not begun yet.
    AwaitingSuccessor,
    /// The last recorded term has ended; no successor is recorded.
    #[doc(alias = "beendet")]
    Ended,
    /// Dissolved, as the document records, or lapsed by statute (an
    /// Ausländerbeirat with fewer than three members, § 86 Abs. 1 S. 3 HGO).
    #[doc(alias = "aufgelöst")]
    #[doc(alias = "entfallen")]
    Dissolved,
}

impl OfficeStatus {
    /// Whether a body with this status is in office: in its regular period
    /// or continuing until its successor meets.
    #[must_use]
    pub const fn is_in_office(self) -> bool {
        matches!(self, Self::InOffice | Self::Continuing)
    }

    /// The status in `lang`, as a clerk would say it ("im Amt", "beendet").
    ///
    /// ```
    /// use migrant_representation::{check::OfficeStatus, Language};
    /// assert_eq!(OfficeStatus::Continuing.describe(Language::De), "im Amt bis zum Zusammentritt des Nachfolgegremiums");
    /// assert_eq!(OfficeStatus::Ended.describe(Language::En), "ended, no successor recorded");
    /// ```
    #[must_use]
    pub const fn describe(self, lang: crate::Language) -> &'static str {
        let (de, en) = match self {
            Self::NotYetConstituted => ("noch nicht konstituiert", "not yet constituted"),
            Self::InOffice => ("im Amt", "in office"),
            Self::Continuing => (
                "im Amt bis zum Zusammentritt des Nachfolgegremiums",
                "in office until the successor first meets",
            ),
            Self::AwaitingSuccessor => (
                "Amtszeit beendet, Nachfolgegremium noch nicht zusammengetreten",
                "term ended, successor not yet met",
            ),
            Self::Ended => (
                "beendet, kein Nachfolgegremium erfasst",
                "ended, no successor recorded",
            ),
            Self::Dissolved => ("aufgelöst oder entfallen", "dissolved or lapsed"),
        };
        match lang {
            crate::Language::En => en,
            _ => de,
        }
    }
}

/// Where a term's length or continuation comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "from", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Basis {
    /// The document says so.
    Document,
    /// The statute says so; the rule applied.
    Statute {
        /// The rule's id.
        rule: Cow<'static, str>,
        /// The rule's citation.
        citation: crate::citation::Citation,
    },
}

/// How a term's time in office ended, where it did not end in the ordinary
/// way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum EndCause {
    /// The document records that the body was dissolved.
    Dissolved,
    /// The document records that the term ended early.
    EndedEarly,
    /// The body lapsed by statute on the day checked (the rule applied).
    Lapsed {
        /// The rule's id.
        rule: Cow<'static, str>,
        /// The rule's citation.
        citation: crate::citation::Citation,
    },
}

/// The days of one recorded term, as the document and the law decide them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct TermPeriod {
    /// The term's place in the document's list of terms (0 for a single
    /// `term`).
    pub term: usize,
    /// The first day in office: the constituent meeting where the document
    /// gives it, else the first day of the council's Wahlperiode the term
    /// follows, else the day the term is placed by (`Term::anchor`).
    pub first_day: NaiveDate,
    /// Whether [`TermPeriod::first_day`] is the term's anchor only, because
    /// neither the document nor the law fixes the first day.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub first_day_assumed: bool,
    /// The last day of the regular period; `None` where neither the document
    /// nor the statute fixes the length.
    pub last_regular_day: Option<NaiveDate>,
    /// Where the length comes from; `None` where nothing fixes it.
    pub length_basis: Option<Basis>,
    /// Where the continuation until the successor meets comes from; `None`:
    /// the term does not continue.
    pub continues: Option<Basis>,
    /// The day the successor first met: the next term's first day, or the
    /// day the document gives.
    pub successor_met_on: Option<NaiveDate>,
    /// How the term ended, where the document records it.
    pub ended: Option<TermEnding>,
}

impl TermPeriod {
    /// The last day in office, continuation included; `None` while the term
    /// is open (no length, or continuing until a successor not yet recorded).
    #[must_use]
    pub fn last_day(&self) -> Option<NaiveDate> {
        if let Some(e) = self.ended {
            return e.on().pred_opt();
        }
        match (self.continues.is_some(), self.successor_met_on) {
            (true, Some(s)) => s.pred_opt(),
            (true, None) => None,
            (false, _) => self.last_regular_day,
        }
    }

    /// Where a term of this period stands on `date`, given whether a later
    /// term is recorded.
    pub(super) fn status_on(&self, date: NaiveDate, has_next: bool) -> OfficeStatus {
        if date < self.first_day {
            return OfficeStatus::NotYetConstituted;
        }
        let after = if has_next {
            OfficeStatus::AwaitingSuccessor
        } else {
            OfficeStatus::Ended
        };
        if let Some(e) = self.ended {
            if date >= e.on() {
                return match e {
                    TermEnding::Dissolved { .. } => OfficeStatus::Dissolved,
                    _ => after,
                };
            }
        }
        match self.last_regular_day {
            None => OfficeStatus::InOffice,
            Some(last) if date <= last => OfficeStatus::InOffice,
            Some(_)
                if self.continues.is_some() && self.successor_met_on.is_none_or(|s| date < s) =>
            {
                OfficeStatus::Continuing
            }
            Some(_) => after,
        }
    }
}

/// Where a body stands on one day: its status, the term concerned and that
/// term's days.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{check::OfficeStatus, RepresentationBody};
/// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
/// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
/// let body = RepresentationBody::from_json_str(&json)?;
/// let office = body.office(d("2026-01-15")).expect("the document records a term");
/// assert_eq!(office.status, OfficeStatus::InOffice);
/// assert_eq!(office.period.last_regular_day, Some(d("2030-10-31")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct Office {
    /// Where the body stands.
    pub status: OfficeStatus,
    /// The term concerned: the one in office, the one that ended last, or,
    /// before the first, the first.
    pub period: TermPeriod,
    /// The first day of the next recorded term, if one follows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_term_begins: Option<NaiveDate>,
    /// Why the body is out of office early, where it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_cause: Option<EndCause>,
}

impl Office {
    /// Whether the body is in office.
    ///
    /// ```
    /// use migrant_representation::RepresentationBody;
    /// let kaufbeuren = RepresentationBody::from_json_str(&std::fs::read_to_string(
    ///     "examples/data/history/kaufbeuren-integrationsbeirat.json",
    /// )?)?;
    /// let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    /// assert!(kaufbeuren.office(d("2016-01-15")).ok_or("a term")?.is_in_office());
    /// assert!(!kaufbeuren.office(d("2026-12-02")).ok_or("a term")?.is_in_office());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn is_in_office(&self) -> bool {
        self.status.is_in_office()
    }

    /// The term whose seats, members and facts the rules are applied to on
    /// the day: the term concerned, except between two terms, where it is
    /// the next one (what the successor must look like).
    ///
    /// ```
    /// use migrant_representation::RepresentationBody;
    /// let koeln = RepresentationBody::from_json_str(&std::fs::read_to_string(
    ///     "examples/data/koeln-integrationsrat.json",
    /// )?)?;
    /// let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    /// // Between the 2014 term's end and the 2020 term's first meeting.
    /// let o = koeln.office(d("2020-12-01")).ok_or("a term")?;
    /// assert_eq!((o.period.term, o.checked_term()), (1, 2));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn checked_term(&self) -> usize {
        match self.status {
            OfficeStatus::AwaitingSuccessor => self.period.term + 1,
            _ => self.period.term,
        }
    }

    /// The term and where the body stands, in `lang`, for people: its days,
    /// where its length and continuation come from, and the status on the
    /// day checked.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{Language, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    /// let office = body.office(on).unwrap();
    /// assert!(office.describe(on, Language::De).starts_with("vom 25.11.2025 bis 31.10.2030"));
    /// assert!(office.describe(on, Language::En).ends_with("on 2026-01-15: in office"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn describe(&self, on: NaiveDate, lang: crate::Language) -> String {
        use std::fmt::Write as _;
        let de = lang != crate::Language::En;
        let day = |d: NaiveDate| {
            if de {
                d.format("%d.%m.%Y").to_string()
            } else {
                d.format("%Y-%m-%d").to_string()
            }
        };
        let p = &self.period;
        let mut s = String::new();
        let _ = match p.last_regular_day {
            Some(last) if de => write!(s, "vom {} bis {}", day(p.first_day), day(last)),
            Some(last) => write!(s, "from {} to {}", day(p.first_day), day(last)),
            None if de => write!(s, "ab {}, Ende nicht bestimmt", day(p.first_day)),
            None => write!(s, "from {}, end not fixed", day(p.first_day)),
        };
        if p.first_day_assumed {
            s.push_str(if de {
                " (Beginn angenommen: Wahltag)"
            } else {
                " (first day assumed: the election day)"
            });
        }
        if let Some(Basis::Statute { citation, .. }) = &p.length_basis {
            let _ = if de {
                write!(s, " (Dauer nach {citation})")
            } else {
                write!(s, " (length under {citation})")
            };
        }
        match &p.continues {
            Some(Basis::Statute { citation, .. }) if de => {
                let _ = write!(
                    s,
                    ", danach bis zum Zusammentritt des Nachfolgegremiums ({citation})"
                );
            }
            Some(Basis::Statute { citation, .. }) => {
                let _ = write!(s, ", then until the successor meets ({citation})");
            }
            Some(Basis::Document) => s.push_str(if de {
                ", danach bis zum Zusammentritt des Nachfolgegremiums"
            } else {
                ", then until the successor meets"
            }),
            None => {}
        }
        if let Some(next) = self.next_term_begins {
            let _ = if de {
                write!(s, "; nächste Amtszeit ab {}", day(next))
            } else {
                write!(s, "; next term from {}", day(next))
            };
        }
        let status = match (&self.end_cause, de) {
            (Some(EndCause::Lapsed { citation, .. }), true) => {
                format!("kraft Gesetzes entfallen ({citation})")
            }
            (Some(EndCause::Lapsed { citation, .. }), false) => {
                format!("lapsed by statute ({citation})")
            }
            (Some(EndCause::Dissolved), true) => "aufgelöst".to_owned(),
            (Some(EndCause::Dissolved), false) => "dissolved".to_owned(),
            _ => self.status.describe(lang).to_owned(),
        };
        let _ = if de {
            write!(s, "; am {}: {status}", day(on))
        } else {
            write!(s, "; on {}: {status}", day(on))
        };
        s
    }
}
