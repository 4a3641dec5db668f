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
/// checked: the one error type a program built on the crate needs to
/// match. The crate's functions return the narrower types
/// ([`crate::check::CheckError`], [`crate::check::PeriodError`],
/// [`crate::election::AllocationError`]); `?` turns each into this one.
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
    Check(#[from] crate::check::CheckError),
    /// A period asked about is empty ([`crate::check::PeriodError`]).
    #[error(transparent)]
    Period(#[from] crate::check::PeriodError),
    /// An election result could not be allocated
    /// ([`crate::election::AllocationError`]).
    #[error(transparent)]
    Allocation(#[from] crate::law::AllocationError),
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
