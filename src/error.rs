//! Violations, paths and errors.
//!
//! Every problem the crate finds is reported as a [`Violation`]: a stable
//! [`ViolationCode`], a [`JsonPointer`] into the document, a message, the id of
//! the rule that was broken and, for legal rules, the [`Citation`] of the
//! statute or local provision.

use std::borrow::Cow;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::citation::Citation;

/// A location inside a JSON document, as an RFC 6901 JSON Pointer
/// (`/composition/seat_groups/0/seats`). The empty pointer is the document root.
///
/// # Example
/// ```
/// use migrant_representation::JsonPointer;
/// let p = JsonPointer::root().field("composition").index(2).field("a/b");
/// assert_eq!(p.as_str(), "/composition/2/a~1b");
/// ```
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct JsonPointer(String);

impl JsonPointer {
    /// The pointer to the whole document (the empty string).
    #[must_use]
    pub const fn root() -> Self {
        Self(String::new())
    }

    /// Parses a pointer from its string form. Returns `None` unless the string
    /// is empty or starts with `/`.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        (s.is_empty() || s.starts_with('/')).then(|| Self(s.to_owned()))
    }

    /// The pointer to member `name` of the object this pointer points to.
    /// `~` and `/` in `name` are escaped as RFC 6901 requires.
    #[must_use]
    pub fn field(&self, name: &str) -> Self {
        let mut s = String::with_capacity(self.0.len() + name.len() + 1);
        s.push_str(&self.0);
        s.push('/');
        for c in name.chars() {
            match c {
                '~' => s.push_str("~0"),
                '/' => s.push_str("~1"),
                c => s.push(c),
            }
        }
        Self(s)
    }

    /// The pointer to element `i` of the array this pointer points to.
    #[must_use]
    pub fn index(&self, i: usize) -> Self {
        Self(format!("{}/{i}", self.0))
    }

    /// The pointer as a string (`""` for the root).
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for JsonPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("(document)")
        } else {
            f.write_str(&self.0)
        }
    }
}

/// Machine-readable kind of a violation.
///
/// The serialized snake_case string is public API: a code is never renamed or
/// reused. Adding a code is a minor change. Which *legal* rule was broken is
/// told by [`Violation::rule`] and [`Violation::citation`]; the code says what
/// kind of check failed, so that one code serves every Land.
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
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum ViolationCode {
    // ---- structural (format) rules: hold for every document on every date ----
    /// The `schema_version` of the document is not one this crate reads.
    UnsupportedSchemaVersion,
    /// A required text is empty or only white space.
    EmptyText,
    /// A text is longer than its limit (counted in Unicode scalar values).
    TextTooLong,
    /// An identifier does not match [`crate::limits::ID_PATTERN`].
    InvalidIdentifier,
    /// Not an 8-digit Amtlicher Gemeindeschlüssel with a Land key 01–16.
    InvalidAgs,
    /// The Land key of the AGS does not match `jurisdiction.land`.
    AgsLandMismatch,
    /// The level does not fit the kind of organisation (for example a body of
    /// a municipality given the federal level).
    LevelMismatch,
    /// A body has no seat groups.
    NoSeatGroups,
    /// Two seat groups share one id.
    DuplicateSeatGroupId,
    /// A reference names a seat group that does not exist.
    UnknownSeatGroup,
    /// More seats are recorded as filled than the group has.
    FilledSeatsExceedSeats,
    /// The body has more seats in total than [`crate::limits::MAX_TOTAL_SEATS`].
    TooManySeats,
    /// A term ends before it starts.
    TermEndsBeforeStart,
    /// A term that does not follow the council's term has no constitution date.
    MissingConstitutionDate,
    /// The term follows the council's Wahlperiode, but this crate has no
    /// council-term rule for the Land; give the end date instead.
    CouncilTermUnknown,
    /// A successor meeting date is given for a term that does not continue
    /// until the successor meets.
    SuccessorDateWithoutContinuation,
    /// A validity period whose end lies before its start.
    InvalidValidity,
    /// A share with a zero denominator or a numerator above it.
    InvalidShare,
    /// A seat selector that selects nothing (an empty list of classes).
    EmptySelector,
    /// A number that must be positive is zero (a seat group without seats).
    ZeroCount,
    // ---- compliance rules: law in force on a date, or local rules ----
    /// The body type was not permitted in the Land on the date checked.
    BodyTypeNotPermitted,
    /// One group of seats must outnumber another and does not.
    MajorityRequired,
    /// A share of seats lies outside the range the rule allows.
    ShareOutOfRange,
    /// A number of seats lies outside the range the rule allows.
    SeatCountOutOfRange,
    /// A seat group is of a kind the rule does not allow in this body.
    SeatGroupNotAllowed,
    /// The way the chair is chosen is not one the rule allows.
    ChairRuleNotAllowed,
    /// The way the deputy chairs are chosen is not one the rule allows.
    DeputyRuleNotAllowed,
    /// The term is not of the length the rule requires.
    TermLengthMismatch,
    /// The term does not continue until the successor body first meets,
    /// although the rule says it does (or the other way round).
    TermContinuationMismatch,
    /// The legal basis of the body is not of the kind the rule requires.
    LegalBasisMismatch,
    // ---- networks and links between documents ----
    /// The evidence does not support the maturity stage a network claims.
    StageNotSupported,
    /// A reference names a document that is not in the registry.
    UnknownReference,
    /// Two documents in a registry share one id.
    DuplicateDocumentId,
    /// A reference names a document of another kind, Land or stage than the
    /// link requires.
    ReferenceMismatch,
    // ---- roster ----
    /// More members hold seats of a group on the date than it has seats.
    RosterExceedsSeats,
    /// A chair to be elected from the members holds no seat (of the group).
    ChairNotMember,
    /// One person holds two voting memberships at the same time.
    DuplicateVotingMembership,
    /// A membership starts before or ends after the body's term.
    MembershipOutsideTerm,
    /// The members were not elected on the day the rule requires.
    ElectionDayMismatch,
    /// The body meets less often than the rule requires.
    TooFewMeetings,
    /// Too few members have a fact a rule asks for (half of them women, a
    /// majority with migration history).
    MemberShareTooLow,
    /// A seat group counts more members with a fact (women, migration
    /// history) than it has filled seats (structural).
    MemberCountExceedsMembers,
    // ---- structural codes that replaced codes with several meanings ----
    /// A date, or a date computed from it (the end of a term), lies outside
    /// the supported range of dates.
    DateOutOfRange,
    /// The successor body is said to have first met before this term starts.
    SuccessorMeetsBeforeStart,
    /// A membership in the roster ends before it starts.
    MembershipEndsBeforeStart,
    /// A range of numbers whose minimum lies above its maximum.
    EmptyRange,
    /// The founding year disagrees with the founding date, or lies outside
    /// the supported range.
    FoundingYearMismatch,
    /// An association or network at Land or local level does not name its Land.
    MissingLand,
    /// A local network does not name its area.
    MissingArea,
    // ---- the integrity of a law (`Law::validate`) ----
    /// Two rules of a law share one id.
    DuplicateRuleId,
    /// Two versions of one rule (ids equal but for a version year) are in
    /// force on the same day.
    OverlappingVersions,
    /// Two regimes for one Land, body type and level cover the same day.
    OverlappingRegimes,
    /// A rule is in force outside the period its regime covers.
    RuleOutsideCoverage,
    // ---- participation rights ----
    /// A local right is weaker than the statutory right of the same kind
    /// towards the same organ: a Satzung cannot take a statutory right away.
    RightNarrowed,
    // ---- registries and limits ----
    /// An association is a member of itself, directly or through others.
    MembershipCycle,
    /// A document has more findings than are listed; the finding carries
    /// the number left out.
    TooManyFindings,
}

impl ViolationCode {
    /// The stable identifier, such as `"majority_required"`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// `true` for codes of structural (format) rules, which hold on every date;
    /// `false` for codes of compliance rules.
    #[must_use]
    pub const fn is_structural(self) -> bool {
        match self {
            Self::UnsupportedSchemaVersion
            | Self::EmptyText
            | Self::TextTooLong
            | Self::InvalidIdentifier
            | Self::InvalidAgs
            | Self::AgsLandMismatch
            | Self::LevelMismatch
            | Self::NoSeatGroups
            | Self::DuplicateSeatGroupId
            | Self::UnknownSeatGroup
            | Self::FilledSeatsExceedSeats
            | Self::TooManySeats
            | Self::TermEndsBeforeStart
            | Self::DateOutOfRange
            | Self::SuccessorMeetsBeforeStart
            | Self::MembershipEndsBeforeStart
            | Self::MissingConstitutionDate
            | Self::CouncilTermUnknown
            | Self::SuccessorDateWithoutContinuation
            | Self::InvalidValidity
            | Self::EmptyRange
            | Self::FoundingYearMismatch
            | Self::MissingLand
            | Self::MissingArea
            | Self::DuplicateRuleId
            | Self::OverlappingVersions
            | Self::OverlappingRegimes
            | Self::RuleOutsideCoverage
            | Self::TooManyFindings
            | Self::InvalidShare
            | Self::EmptySelector
            | Self::ZeroCount
            | Self::MemberCountExceedsMembers => true,
            Self::BodyTypeNotPermitted
            | Self::MajorityRequired
            | Self::ShareOutOfRange
            | Self::SeatCountOutOfRange
            | Self::SeatGroupNotAllowed
            | Self::ChairRuleNotAllowed
            | Self::DeputyRuleNotAllowed
            | Self::TermLengthMismatch
            | Self::TermContinuationMismatch
            | Self::LegalBasisMismatch
            | Self::StageNotSupported
            | Self::UnknownReference
            | Self::DuplicateDocumentId
            | Self::ReferenceMismatch
            | Self::RosterExceedsSeats
            | Self::ChairNotMember
            | Self::DuplicateVotingMembership
            | Self::MembershipOutsideTerm
            | Self::ElectionDayMismatch
            | Self::TooFewMeetings
            | Self::MemberShareTooLow
            | Self::RightNarrowed
            | Self::MembershipCycle => false,
        }
    }
}

/// One broken rule.
///
/// `message` is for people and its wording may change: match on
/// [`code`](Self::code) and [`rule`](Self::rule), never on the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Violation {
    /// What kind of check failed.
    pub code: ViolationCode,
    /// Where in the document: a JSON Pointer.
    pub path: JsonPointer,
    /// The id of the rule: a legal rule's id such as
    /// `nw.integration_council.elected_majority`, a local rule's id as given in
    /// the document, or `format.…` for the crate's structural rules.
    pub rule: Cow<'static, str>,
    /// The statute or local provision the rule comes from; `None` for
    /// structural (format) rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
    /// A sentence that says what is wrong, with the figures involved.
    pub message: String,
}

impl Violation {
    /// A violation of one of the crate's structural (format) rules.
    pub(crate) fn format(
        code: ViolationCode,
        path: JsonPointer,
        rule: &'static str,
        message: String,
    ) -> Self {
        Self {
            code,
            path,
            rule: Cow::Borrowed(rule),
            citation: None,
            message,
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} [{}; rule {}",
            self.path,
            self.message,
            self.code.as_str(),
            self.rule
        )?;
        if let Some(c) = &self.citation {
            write!(f, "; {c}")?;
        }
        f.write_str("]")
    }
}

/// All violations of structural rules found in one document. Never empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct Violations(Vec<Violation>);

impl Violations {
    /// Wraps a list; returns `None` for an empty list.
    #[must_use]
    pub fn new(list: Vec<Violation>) -> Option<Self> {
        (!list.is_empty()).then_some(Self(list))
    }

    /// The violations, in document order.
    #[must_use]
    pub fn as_slice(&self) -> &[Violation] {
        &self.0
    }

    /// Iterates over the violations.
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.0.iter()
    }

    /// How many violations there are (at least one).
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always `false`: a `Violations` value holds at least one violation.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The violations as a vector.
    #[must_use]
    pub fn into_vec(self) -> Vec<Violation> {
        self.0
    }
}

impl<'a> IntoIterator for &'a Violations {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, v) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{v}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Violations {}

/// A location built on the stack while a document is validated; turned into
/// a [`JsonPointer`] only when a violation is recorded, so that validating a
/// good document allocates nothing for paths.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Loc<'a> {
    Root,
    Field(&'a Loc<'a>, &'a str),
    Index(&'a Loc<'a>, usize),
}

impl<'a> Loc<'a> {
    pub(crate) fn field(&'a self, name: &'a str) -> Loc<'a> {
        Loc::Field(self, name)
    }

    pub(crate) fn index(&'a self, i: usize) -> Loc<'a> {
        Loc::Index(self, i)
    }

    pub(crate) fn pointer(&self) -> JsonPointer {
        match self {
            Loc::Root => JsonPointer::root(),
            Loc::Field(parent, name) => parent.pointer().field(name),
            Loc::Index(parent, i) => parent.pointer().index(*i),
        }
    }
}

/// Collects violations while a value is validated, so that all of them are
/// reported at once.
#[derive(Debug, Default)]
pub(crate) struct Collector {
    list: Vec<Violation>,
    /// Findings beyond [`crate::limits::MAX_FINDINGS`], counted, not kept.
    omitted: usize,
}

/// The finding that stands for `omitted` findings left out of a list.
pub(crate) fn too_many_findings(omitted: usize) -> Violation {
    Violation::format(
        ViolationCode::TooManyFindings,
        JsonPointer::root(),
        "limits.findings",
        format!(
            "{omitted} more findings are not listed; only the first {} are",
            crate::limits::MAX_FINDINGS
        ),
    )
}

impl Collector {
    pub(crate) fn push(&mut self, v: Violation) {
        if self.list.len() < crate::limits::MAX_FINDINGS {
            self.list.push(v);
        } else {
            self.omitted += 1;
        }
    }

    pub(crate) fn fail(
        &mut self,
        code: ViolationCode,
        path: Loc<'_>,
        rule: &'static str,
        message: String,
    ) {
        self.push(Violation::format(code, path.pointer(), rule, message));
    }

    /// Checks a required text: not blank, at most `max` characters.
    pub(crate) fn text(&mut self, path: &Loc<'_>, value: &str, max: usize) {
        if crate::limits::is_blank(value) {
            self.fail(
                ViolationCode::EmptyText,
                *path,
                "format.text.not_empty",
                "must not be empty".into(),
            );
        } else {
            let n = value.chars().count();
            if n > max {
                self.fail(
                    ViolationCode::TextTooLong,
                    *path,
                    "format.text.max_length",
                    format!("is {n} characters long; at most {max} are allowed"),
                );
            }
        }
    }

    pub(crate) fn finish(mut self) -> Result<(), Violations> {
        if self.omitted > 0 {
            self.list.push(too_many_findings(self.omitted));
        }
        match Violations::new(self.list) {
            None => Ok(()),
            Some(v) => Err(v),
        }
    }
}

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

/// Why a JSON document could not be read.
///
/// # Example
/// ```
/// use migrant_representation::{Document, Error};
/// let err = Document::from_json_str(r#"{"document_type": "representation_body", "schema_version": 1}"#)
///     .unwrap_err();
/// assert!(matches!(err, Error::Malformed { .. }));
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
    Invalid(Violations),
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

    /// The violations, for [`Error::Invalid`].
    #[must_use]
    pub fn violations(&self) -> Option<&Violations> {
        match self {
            Self::Invalid(v) => Some(v),
            _ => None,
        }
    }
}

impl From<Violations> for Error {
    fn from(v: Violations) -> Self {
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
