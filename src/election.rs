//! Election results: the votes for the lists and single candidates
//! (Einzelbewerber) of one election of a body's directly elected members,
//! from which the law allocates the seats.
//!
//! An election result is a document of its own (`"document_type":
//! "election_result"`), read by [`ElectionResult::from_json_str`] with the
//! same strict reading and structural errors as the other documents. It is
//! not a variant of [`crate::Document`]: a `Document` is a body or an
//! organisation (it has an official name, takes part in a [`crate::Registry`]
//! and exports to OParl as an organisation), and an election result is none
//! of these; it names its body by id. The allocation and the check against
//! the body are the law's ([`crate::Law::allocate`],
//! [`crate::Law::check_election`], [`crate::Law::seat_election`]).

pub use crate::law::allocation::{AllocationError, AllocationMethod, Apportionment, Lot, Surplus};
pub use crate::law::elect::{Allocation, ListSeats, MethodSource};

use std::collections::HashSet;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::citation::Citation;
use crate::error::{Collector, Defects, Error, FindingCode, Loc};
use crate::kind::BodyType;
use crate::land::{Land, Level};
use crate::limits;

/// The tag of an election-result document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
pub enum ElectionResultTag {
    /// `"election_result"`.
    #[default]
    #[serde(rename = "election_result")]
    ElectionResult,
}

/// The allocation method a local Wahlordnung or Satzung names, with the
/// provision that names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LocalMethod {
    /// The method.
    pub kind: AllocationMethod,
    /// The provision of the Wahlordnung or Satzung that names it, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
}

impl LocalMethod {
    /// The method `kind`, without a citation.
    #[must_use]
    pub fn new(kind: AllocationMethod) -> Self {
        Self {
            kind,
            citation: None,
        }
    }
}

/// One election proposal: a list, or a single candidate (Einzelbewerber),
/// with its votes and, where known, its candidates in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ElectionList {
    /// The list's name, or the single candidate's.
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub name: String,
    /// The valid votes for it (for a list of several candidates under
    /// cumulative voting, the sum of its candidates' votes).
    pub votes: u64,
    /// A single candidate (Einzelbewerber), not a list: at most one seat.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub single_candidate: bool,
    /// The candidates, in the order in which they take the list's seats
    /// (the list order, or where the law orders them by personal votes, the
    /// order the count gave): people by a reference the publisher chooses.
    /// Those beyond the seats are the substitutes. A single candidate's one
    /// candidate, or none (then the name is the candidate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1), inner(length(min = 1, max = limits::SHORT_TEXT_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN)))]
    pub candidates: Option<Vec<String>>,
    /// How many candidates the list named, where their names are not given
    /// (or to confirm them): the most seats it can fill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub candidate_count: Option<u32>,
}

impl ElectionList {
    /// A list `name` with `votes` and nothing else known.
    #[must_use]
    pub fn new(name: impl Into<String>, votes: u64) -> Self {
        Self {
            name: name.into(),
            votes,
            single_candidate: false,
            candidates: None,
            candidate_count: None,
        }
    }

    /// A single candidate (Einzelbewerber) `name` with `votes`.
    #[must_use]
    pub fn single(name: impl Into<String>, votes: u64) -> Self {
        Self {
            single_candidate: true,
            ..Self::new(name, votes)
        }
    }

    /// The same list with its candidates, in order.
    #[must_use]
    pub fn with_candidates(mut self, candidates: Vec<String>) -> Self {
        self.candidates = Some(candidates);
        self
    }

    /// The most seats the proposal can fill: one for a single candidate,
    /// else its candidates, where known.
    #[must_use]
    pub fn capacity(&self) -> Option<u32> {
        if self.single_candidate {
            return Some(1);
        }
        self.candidates
            .as_ref()
            .map(|c| u32::try_from(c.len()).unwrap_or(u32::MAX))
            .or(self.candidate_count)
    }

    /// The people standing, in order: the candidates, or a single
    /// candidate's name; empty when a list names none.
    #[must_use]
    pub fn people(&self) -> Vec<&str> {
        match &self.candidates {
            Some(c) => c.iter().map(String::as_str).collect(),
            None if self.single_candidate => vec![self.name.as_str()],
            None => Vec::new(),
        }
    }
}

/// An election result as written, before validation. [`ElectionResult`] is
/// the validated form.
///
/// # Rules
/// At least one list; seats from 1 to [`limits::MAX_TOTAL_SEATS`]; list
/// names unique; no candidate twice in one list; a single candidate names
/// at most one candidate; a `candidate_count` equals the candidates named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RawElectionResult {
    /// Always `"election_result"`.
    pub document_type: ElectionResultTag,
    /// The document format version.
    #[schemars(range(min = limits::SCHEMA_VERSION, max = limits::SCHEMA_VERSION))]
    pub schema_version: u32,
    /// A stable identifier of this election result.
    #[schemars(regex(pattern = limits::ID_SCHEMA_PATTERN))]
    pub id: String,
    /// What the election was, for people ("Wahl zum Integrationsrat der
    /// Stadt Bonn am 14. September 2025").
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub title: String,
    /// The id of the body whose members were elected.
    #[schemars(regex(pattern = limits::ID_SCHEMA_PATTERN))]
    pub body: String,
    /// The Land.
    pub land: Land,
    /// The type of the body, where the Land's law has rules for several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_type: Option<BodyType>,
    /// The level of the body, where the Land's law has rules for several;
    /// absent: a municipality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// The election day: the law of this day allocates the seats.
    #[serde(with = "crate::date::strict")]
    #[schemars(with = "crate::date::DateSchema")]
    pub election_day: NaiveDate,
    /// The number of seats to fill: the body's directly elected seats.
    #[schemars(range(min = 1, max = limits::MAX_TOTAL_SEATS))]
    pub seats: u32,
    /// The method the local Wahlordnung or Satzung names, where the statute
    /// leaves it to local law (required then) or lets local law choose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<LocalMethod>,
    /// The lists and single candidates, in the order of the ballot.
    #[schemars(length(min = 1))]
    pub lists: Vec<ElectionList>,
    /// What is to be known about the figures (preliminary, corrected, an
    /// inference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = limits::SOURCE_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub note: Option<String>,
    /// Where the figures come from (URLs or references).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(length(min = 1, max = limits::SOURCE_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN)))]
    pub sources: Vec<String>,
}

impl RawElectionResult {
    /// An election result of `body` in `land` on `election_day` for
    /// `seats` seats, with these lists and nothing else: set the title
    /// (it starts as the id) and the rest on the value.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        (body, land): (impl Into<String>, Land),
        election_day: NaiveDate,
        seats: u32,
        lists: Vec<ElectionList>,
    ) -> Self {
        let id = id.into();
        Self {
            document_type: ElectionResultTag::ElectionResult,
            schema_version: limits::SCHEMA_VERSION,
            title: id.clone(),
            id,
            body: body.into(),
            land,
            body_type: None,
            level: None,
            election_day,
            seats,
            method: None,
            lists,
            note: None,
            sources: Vec::new(),
        }
    }

    /// Checks the structural rules.
    ///
    /// # Errors
    /// [`Defects`] with every broken rule, each with its JSON Pointer:
    /// `zero_count`, `too_many_seats`, `no_lists`, `duplicate_list_name`,
    /// `duplicate_candidate`, `candidate_count_mismatch` and the codes of
    /// texts and identifiers.
    pub fn validate(&self) -> Result<(), Defects> {
        let mut c = Collector::default();
        let root = Loc::Root;
        if self.schema_version != limits::SCHEMA_VERSION {
            c.fail_with(
                FindingCode::UnsupportedSchemaVersion,
                root.field("schema_version"),
                "format.schema_version",
                crate::finding::Figures::of(
                    crate::finding::Quantity::Version(self.schema_version),
                    crate::finding::Requirement::Exactly(crate::finding::Quantity::Version(
                        limits::SCHEMA_VERSION,
                    )),
                ),
            );
        }
        for (field, id) in [("id", &self.id), ("body", &self.body)] {
            if !limits::is_valid_id(id) {
                c.fail(
                    FindingCode::InvalidIdentifier,
                    root.field(field),
                    "format.identifier",
                );
            }
        }
        c.text(&root.field("title"), &self.title, limits::NAME_MAX_CHARS);
        self.validate_seats(&mut c);
        if let Some(cit) = self.method.as_ref().and_then(|m| m.citation.as_ref()) {
            let m = root.field("method");
            crate::validate::validate_citation(cit, &m.field("citation"), &mut c);
        }
        self.validate_lists(&mut c);
        if let Some(n) = &self.note {
            c.text(&root.field("note"), n, limits::SOURCE_MAX_CHARS);
        }
        for (i, s) in self.sources.iter().enumerate() {
            c.text(&root.field("sources").index(i), s, limits::SOURCE_MAX_CHARS);
        }
        c.finish()
    }

    fn validate_seats(&self, c: &mut Collector) {
        use crate::finding::{Figures, Quantity, Requirement};
        let path = Loc::Root;
        let path = path.field("seats");
        if self.seats == 0 {
            c.fail(FindingCode::ZeroCount, path, "format.election.seats");
        } else if self.seats > limits::MAX_TOTAL_SEATS {
            c.fail_with(
                FindingCode::TooManySeats,
                path,
                "limits.seats",
                Figures::of(
                    Quantity::Seats(self.seats),
                    Requirement::AtMost(Quantity::Seats(limits::MAX_TOTAL_SEATS)),
                ),
            );
        }
    }

    fn validate_lists(&self, c: &mut Collector) {
        let root = Loc::Root;
        let lists = root.field("lists");
        if self.lists.is_empty() {
            c.fail(FindingCode::NoLists, lists, "format.election.lists");
        }
        let mut names: HashSet<std::borrow::Cow<'_, str>> = HashSet::new();
        for (i, list) in self.lists.iter().enumerate() {
            let p = lists.index(i);
            c.text(&p.field("name"), &list.name, limits::NAME_MAX_CHARS);
            if !names.insert(limits::normalised_reference(&list.name)) {
                c.fail(
                    FindingCode::DuplicateListName,
                    p.field("name"),
                    "format.election.unique_lists",
                );
            }
            validate_candidates(list, &p, c);
        }
    }

    /// The validated form, built unchecked: only after [`Self::validate`].
    fn into_validated(self) -> ElectionResult {
        ElectionResult(self)
    }
}

/// A list's candidates: texts, no one twice, counts that agree.
fn validate_candidates(list: &ElectionList, p: &Loc<'_>, c: &mut Collector) {
    use crate::finding::{Figures, Quantity, Requirement};
    let cp = p.field("candidates");
    let named = list.candidates.as_ref().map(Vec::len);
    if let Some(people) = &list.candidates {
        if people.is_empty() {
            c.fail(FindingCode::ZeroCount, cp, "format.election.candidates");
        }
        let mut seen: HashSet<std::borrow::Cow<'_, str>> = HashSet::new();
        for (j, person) in people.iter().enumerate() {
            c.text(&cp.index(j), person, limits::SHORT_TEXT_MAX_CHARS);
            if !seen.insert(limits::normalised_reference(person)) {
                c.fail(
                    FindingCode::DuplicateCandidate,
                    cp.index(j),
                    "format.election.unique_candidates",
                );
            }
        }
    }
    let count = p.field("candidate_count");
    if list.candidate_count == Some(0) {
        c.fail(FindingCode::ZeroCount, count, "format.election.candidates");
    }
    let members = |n: u64| Quantity::Members(u32::try_from(n).unwrap_or(u32::MAX));
    if list.single_candidate {
        let given = named
            .map(|n| n as u64)
            .or(list.candidate_count.map(u64::from));
        if let Some(n) = given.filter(|n| *n > 1) {
            let at = if named.is_some() { cp } else { count };
            c.fail_with(
                FindingCode::CandidateCountMismatch,
                at,
                "format.election.single_candidate",
                Figures::of(members(n), Requirement::AtMost(members(1))),
            );
            return;
        }
    }
    if let (Some(n), Some(k)) = (named, list.candidate_count) {
        if n as u64 != u64::from(k) && k > 0 {
            c.fail_with(
                FindingCode::CandidateCountMismatch,
                count,
                "format.election.candidate_count",
                Figures::of(
                    members(u64::from(k)),
                    Requirement::Exactly(members(n as u64)),
                ),
            );
        }
    }
}

/// A validated election result: every value that exists meets the
/// structural rules. Read its fields through [`RawElectionResult`] (it
/// dereferences to it); allocate its seats with
/// [`ElectionResult::allocate`] or [`crate::Law::allocate`].
///
/// # Example
/// ```
/// use migrant_representation::{ElectionResult, Language};
/// let json = std::fs::read_to_string("examples/data/elections/ratingen-integrationsrat-2025.json")?;
/// let election = ElectionResult::from_json_str(&json)?;
/// assert_eq!(election.seats, 12);
/// let allocation = election.allocate()?;
/// let seats: Vec<u32> = allocation.lists.iter().map(|l| l.seats).collect();
/// assert_eq!(seats, [3, 3, 3, 1, 1, 1]); // as the city published
/// println!("{}", allocation.describe(Language::De));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(
    try_from = "crate::read::Object<RawElectionResult>",
    into = "RawElectionResult"
)]
pub struct ElectionResult(RawElectionResult);

impl ElectionResult {
    /// Validates a raw election result.
    ///
    /// # Errors
    /// [`Defects`] listing every broken structural rule.
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{ElectionResult, FindingCode};
    /// let json = std::fs::read_to_string("examples/data/elections/ratingen-integrationsrat-2025.json")?;
    /// let mut raw = ElectionResult::from_json_str(&json)?.into_raw();
    /// raw.lists[1].name = raw.lists[0].name.clone(); // two lists of one name
    /// let defects = ElectionResult::new(raw).unwrap_err();
    /// assert_eq!(defects.as_slice()[0].code, FindingCode::DuplicateListName);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(raw: RawElectionResult) -> Result<Self, Defects> {
        raw.validate()?;
        Ok(raw.into_validated())
    }

    /// Reads and validates an election result.
    ///
    /// # Errors
    /// As [`crate::RepresentationBody::from_json_str`]: [`Error::Syntax`],
    /// [`Error::Malformed`] with a JSON Pointer (a missing or negative
    /// number of votes, an unknown field, a wrong `document_type`), or
    /// [`Error::Invalid`] with the broken structural rules.
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{ElectionResult, Error, Land};
    /// let json = std::fs::read_to_string("examples/data/elections/offenbach-auslaenderbeirat-2021.json")?;
    /// let election = ElectionResult::from_json_str(&json)?;
    /// assert_eq!((election.land, election.lists.len()), (Land::Hessen, 8));
    /// // A body's document is not an election result.
    /// let body = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// assert!(matches!(ElectionResult::from_json_str(&body), Err(Error::Malformed { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(s: &str) -> Result<Self, Error> {
        /// The one field that tells the document types apart: read first,
        /// so that a body given here, or text that is not JSON, is said
        /// to be so.
        #[derive(serde::Deserialize)]
        struct Peek<'a> {
            #[serde(borrow, default)]
            document_type: Option<std::borrow::Cow<'a, str>>,
        }
        if let Ok(peek) = crate::read::deserialize_str::<crate::read::Object<Peek<'_>>>(s) {
            if let Some(other) = peek.0.document_type.filter(|t| t != "election_result") {
                return Err(Error::Malformed {
                    path: crate::error::JsonPointer::root().field("document_type"),
                    message: format!(
                        "the document_type is {:?}; an election result has \"election_result\"",
                        limits::clip(&other)
                    ),
                });
            }
        } else if let Err(e @ Error::Syntax { .. }) =
            crate::read::deserialize_str::<serde::de::IgnoredAny>(s)
        {
            return Err(e);
        }
        let raw: crate::read::Object<RawElectionResult> = crate::read::deserialize_str(s)?;
        Ok(Self::new(raw.0)?)
    }

    /// The document as written.
    ///
    /// ```
    /// use migrant_representation::ElectionResult;
    /// let json = std::fs::read_to_string("examples/data/elections/ratingen-integrationsrat-2025.json")?;
    /// let election = ElectionResult::from_json_str(&json)?;
    /// let votes: u64 = election.as_raw().lists.iter().map(|l| l.votes).sum();
    /// assert_eq!(votes, 3_306);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_raw(&self) -> &RawElectionResult {
        &self.0
    }

    /// The document as written, to change and validate again.
    ///
    /// ```
    /// use migrant_representation::ElectionResult;
    /// let json = std::fs::read_to_string("examples/data/elections/ratingen-integrationsrat-2025.json")?;
    /// let mut raw = ElectionResult::from_json_str(&json)?.into_raw();
    /// raw.lists.truncate(4); // without the two single candidates
    /// let election = ElectionResult::new(raw)?;
    /// let seats: Vec<u32> = election.allocate()?.lists.iter().map(|l| l.seats).collect();
    /// assert_eq!(seats.iter().sum::<u32>(), 12);
    /// assert_eq!(seats.len(), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn into_raw(self) -> RawElectionResult {
        self.0
    }
}

impl std::ops::Deref for ElectionResult {
    type Target = RawElectionResult;
    fn deref(&self) -> &RawElectionResult {
        &self.0
    }
}

impl TryFrom<RawElectionResult> for ElectionResult {
    type Error = Defects;
    fn try_from(raw: RawElectionResult) -> Result<Self, Defects> {
        Self::new(raw)
    }
}

impl TryFrom<crate::read::Object<RawElectionResult>> for ElectionResult {
    type Error = Defects;
    fn try_from(raw: crate::read::Object<RawElectionResult>) -> Result<Self, Defects> {
        Self::new(raw.0)
    }
}

impl From<ElectionResult> for RawElectionResult {
    fn from(v: ElectionResult) -> Self {
        v.0
    }
}
