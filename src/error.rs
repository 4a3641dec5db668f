//! Why a document could not be read, and where the crate's other error
//! and finding types live.

pub use crate::body::ParseAgsError;
pub(crate) use crate::code::FindingCode;
pub use crate::date::DateError;
pub use crate::enums::ParseEnumError;
pub use crate::finding::Defects;
pub(crate) use crate::finding::Finding;
pub(crate) use crate::finding::{Collector, too_many_findings};
pub use crate::pointer::JsonPointer;
pub(crate) use crate::pointer::Loc;

use chrono::NaiveDate;

use crate::kind::BodyType;
use crate::land::{Land, Level};

/// The JSON Pointer of the place a path-tracked error occurred.
pub(crate) fn pointer_of(e: &serde_path_to_error::Error<serde_json::Error>) -> JsonPointer {
    let mut pointer = JsonPointer::root();
    for seg in e.path().iter() {
        use serde_path_to_error::Segment;
        pointer = match seg {
            Segment::Seq { index } => pointer.index(*index),
            // A huge key (an unknown field of a megabyte) is not copied
            // into the pointer: it points at the object holding it, and
            // the message quotes the key clipped.
            Segment::Map { key } if key.chars().nth(80).is_some() => pointer,
            Segment::Map { key } => pointer.field(key),
            Segment::Enum { variant } => pointer.field(variant),
            Segment::Unknown => pointer,
        };
    }
    pointer
}

/// Why a JSON document could not be read, or a read one could not be
/// checked: the one error type a program that reads and checks documents
/// needs to match. The checks return the narrower types
/// ([`CheckError`], [`PeriodError`]); `?` turns each into this one. The
/// allocation of an election's seats keeps its own type,
/// [`crate::election::AllocationError`], which names the law's methods.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{Document, Error, RepresentationBody};
/// let err = Document::from_json_str(r#"{"document_type": "representation_body", "schema_version": 1}"#)
///     .unwrap_err();
/// assert!(matches!(err, Error::Malformed { .. }));
///
/// // Reading and checking under one error type.
/// fn lawful_on(json: &str, day: NaiveDate) -> Result<bool, Error> {
///     let body = RepresentationBody::from_json_str(json)?;
///     Ok(body.check(day)?.is_compliant())
/// }
/// let koeln = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
/// let day = |s: &str| s.parse::<NaiveDate>().unwrap();
/// assert!(lawful_on(&koeln, day("2026-01-15"))?);
/// assert!(matches!(lawful_on(&koeln, day("1980-01-01")), Err(Error::Check(_))));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Not JSON at all.
    #[error("not valid JSON (line {line}, column {column}): {message}")]
    Syntax {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What the JSON parser said.
        message: String,
    },
    /// JSON, but not of the document shape: a missing or unknown field, a
    /// wrong type, an unknown enum value, a zero where a positive number is
    /// needed.
    #[error("malformed document at {path}: {message}")]
    Malformed {
        /// Where the problem is.
        path: JsonPointer,
        /// What is wrong.
        message: String,
    },
    /// Of the document shape, but breaking one or more structural rules.
    #[error("invalid document:\n{0}")]
    Invalid(Defects),
    /// A read body could not be checked: no law of the crate covers its
    /// type, Land and level, or the day ([`crate::check::CheckError`]).
    #[error(transparent)]
    Check(#[from] CheckError),
    /// A period asked about is empty ([`crate::check::PeriodError`]).
    #[error(transparent)]
    Period(#[from] PeriodError),
}

impl Error {
    pub(crate) fn from_path_error(e: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let pointer = pointer_of(&e);
        let inner = e.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => Self::Malformed {
                path: pointer,
                message: strip_position(&inner.to_string()),
            },
            _ => Self::from_json_error(inner),
        }
    }

    /// Maps a serde_json error: syntax and end-of-input errors keep their
    /// position; shape errors point at the document root.
    pub(crate) fn from_json_error(e: serde_json::Error) -> Self {
        match e.classify() {
            serde_json::error::Category::Data => Self::Malformed {
                path: JsonPointer::root(),
                message: strip_position(&e.to_string()),
            },
            _ => Self::Syntax {
                line: e.line(),
                column: e.column(),
                message: strip_position(&e.to_string()),
            },
        }
    }

    /// The structural findings of an [`Error::Invalid`] document, each with
    /// its code, JSON Pointer and rule; empty for the other kinds.
    ///
    /// ```
    /// use migrant_representation::{Document, FindingCode};
    /// let err = Document::from_json_str(
    ///     &std::fs::read_to_string("examples/data/invalid/zero-seat-group.json")?,
    /// )
    /// .unwrap_err();
    /// assert_eq!(err.defects()[0].code, FindingCode::ZeroCount);
    /// assert_eq!(err.codes().collect::<Vec<_>>(), [FindingCode::ZeroCount]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn defects(&self) -> &[crate::Finding] {
        match self {
            Self::Invalid(v) => v.as_slice(),
            _ => &[],
        }
    }

    /// The codes of [`Error::defects`], in order.
    ///
    /// ```
    /// use migrant_representation::{Document, FindingCode};
    /// let json = std::fs::read_to_string("examples/data/invalid/structural-errors.json")?;
    /// let err = Document::from_json_str(&json).unwrap_err();
    /// let codes: Vec<FindingCode> = err.codes().collect();
    /// assert!(codes.contains(&FindingCode::DuplicateSeatGroupId));
    /// assert!(codes.contains(&FindingCode::FilledSeatsExceedSeats));
    /// assert!(codes.iter().all(|c| c.is_structural()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn codes(&self) -> impl Iterator<Item = FindingCode> + '_ {
        self.defects().iter().map(|f| f.code)
    }
}

impl From<Defects> for Error {
    fn from(v: Defects) -> Self {
        Self::Invalid(v)
    }
}

/// serde_json appends " at line L column C" to errors from `from_value`;
/// the pointer says where, so the position (always line 0) is dropped.
fn strip_position(s: &str) -> String {
    let s = match s.rfind(" at line ") {
        Some(i) => &s[..i],
        None => s,
    };
    clip_quoted(s)
}

/// The message with every quoted piece of input (between backticks or
/// double quotes, as serde quotes values, keys and variants) clipped to
/// 80 characters and its length: a huge value is never echoed back whole.
fn clip_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(1_000));
    for (i, part) in s.split('`').enumerate() {
        if i > 0 {
            out.push('`');
        }
        if i % 2 == 1 {
            out.push_str(&crate::limits::clip(part));
        } else {
            for (k, q) in part.split('"').enumerate() {
                if k > 0 {
                    out.push('"');
                }
                if k % 2 == 1 {
                    out.push_str(&crate::limits::clip(q));
                } else {
                    out.push_str(q);
                }
            }
        }
    }
    out
}

/// Why a body could not be checked on a date.
///
/// This is not a violation: it says that the crate does not know the law that
/// applies, and it never falls back to a default.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{check::CheckError, RepresentationBody};
/// let body = RepresentationBody::from_json_str(r#"{
///   "document_type": "representation_body", "schema_version": 1,
///   "id": "musterstadt-integrationsrat", "official_name": "Integrationsrat Musterstadt",
///   "english_label": "Integration Council of Musterstadt", "body_type": "integration_council",
///   "jurisdiction": {"land": "NW", "level": "municipality", "area": "Musterstadt"},
///   "legal_basis": {"kind": "statute", "citation": {"law": "GO NRW", "number": "27"}},
///   "composition": {"seat_groups": [
///     {"id": "elected", "label": "direkt gewählte Mitglieder", "filling": "directly_elected", "voting": "voting", "seats": 6},
///     {"id": "council", "label": "Ratsmitglieder", "filling": "council_delegated", "voting": "voting", "seats": 6}]}
/// }"#)?;
/// let err = body.check(NaiveDate::from_ymd_opt(2001, 1, 1).unwrap()).unwrap_err();
/// assert!(matches!(err, CheckError::DateNotCovered { .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CheckError {
    /// No regime of this crate covers the Land, body type and level at all.
    #[error("{}", self.message(crate::language::Language::En))]
    NoRegime {
        /// The Land of the body.
        land: Land,
        /// The body type.
        body_type: BodyType,
        /// The level of the body.
        level: Level,
    },
    /// A regime exists, but the date lies outside the period it covers.
    #[error("{}", self.message(crate::language::Language::En))]
    DateNotCovered {
        /// The Land of the body.
        land: Land,
        /// The body type.
        body_type: BodyType,
        /// The level of the body.
        level: Level,
        /// The date asked about.
        date: NaiveDate,
        /// The first date the recorded law covers.
        covered_from: NaiveDate,
    },
}

impl CheckError {
    /// Why the body could not be checked, in `lang`: the type of body by
    /// its German term, the Land by its name, days as people write them
    /// (DD.MM.YYYY in German). The `Display` form is the English message.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{Language, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let err = body.check(NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()).unwrap_err();
    /// assert!(err.message(Language::De).contains("erst ab dem"));
    /// assert!(err.message(Language::De).ends_with("der 01.01.2000 liegt davor."));
    /// assert!(!err.to_string().contains("integration_council"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn message(&self, lang: crate::language::Language) -> String {
        use crate::language::Language;
        match (self, lang) {
            (
                Self::NoRegime {
                    land,
                    body_type,
                    level,
                },
                Language::En,
            ) => format!(
                "No law is recorded for bodies of the type “{}” (level: {}) in {}.",
                body_type.describe(crate::Language::De),
                level.describe(crate::Language::En),
                land.official_name()
            ),
            (
                Self::NoRegime {
                    land,
                    body_type,
                    level,
                },
                _,
            ) => format!(
                "Für Gremien der Art „{}“ (Ebene: {}) in {} ist kein Recht erfasst.",
                body_type.describe(crate::Language::De),
                level.describe(crate::Language::De),
                land.official_name()
            ),
            (
                Self::DateNotCovered {
                    land,
                    body_type,
                    level,
                    date,
                    covered_from,
                },
                Language::En,
            ) => format!(
                "The recorded law for bodies of the type “{}” (level: {}) in {} covers only days from {covered_from}; {date} lies before.",
                body_type.describe(crate::Language::De),
                level.describe(crate::Language::En),
                land.official_name()
            ),
            (
                Self::DateNotCovered {
                    land,
                    body_type,
                    level,
                    date,
                    covered_from,
                },
                _,
            ) => format!(
                "Das erfasste Recht für Gremien der Art „{}“ (Ebene: {}) in {} gilt erst ab dem {}; der {} liegt davor.",
                body_type.describe(crate::Language::De),
                level.describe(crate::Language::De),
                land.official_name(),
                covered_from.format("%d.%m.%Y"),
                date.format("%d.%m.%Y")
            ),
        }
    }
}

/// Why the verdict over time could not be given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PeriodError {
    /// The period's last day lies before its first, or it is empty.
    #[error("the period from {from} until {until} is empty: its end must lie after its start")]
    Empty {
        /// The first day asked for.
        from: NaiveDate,
        /// The first day after the period asked for.
        until: NaiveDate,
    },
}

impl PeriodError {
    /// What is wrong, in `lang`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{check::PeriodError, Language};
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let e = PeriodError::Empty { from: d("2027-01-01"), until: d("2026-01-01") };
    /// assert!(e.message(Language::De).starts_with("Der Zeitraum vom 01.01.2027"));
    /// ```
    #[must_use]
    pub fn message(&self, lang: crate::Language) -> String {
        let Self::Empty { from, until } = self;
        match lang {
            crate::Language::En => format!(
                "The period from {} until {} is empty: its end must lie after its start.",
                from.format("%Y-%m-%d"),
                until.format("%Y-%m-%d")
            ),
            _ => format!(
                "Der Zeitraum vom {} bis vor dem {} ist leer: sein Ende muss nach seinem Beginn liegen.",
                from.format("%d.%m.%Y"),
                until.format("%d.%m.%Y")
            ),
        }
    }
}
