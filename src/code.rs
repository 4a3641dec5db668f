//! The stable codes of findings.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Machine-readable kind of a violation.
///
/// The serialized snake_case string is public API: a code is never renamed or
/// reused. Adding a code is a minor change. Which *legal* rule was broken is
/// told by the finding's `rule` and `citation`; the code says what
/// kind of check failed, so that one code serves every Land.
///
/// # Example
/// ```
/// use migrant_representation::FindingCode;
/// let code: FindingCode = "majority_required".parse()?;
/// assert_eq!(code, FindingCode::MajorityRequired);
/// assert!(!code.is_structural());
/// assert!(FindingCode::ZeroCount.is_structural());
/// assert!("majority".parse::<FindingCode>().is_err());
/// # Ok::<(), migrant_representation::error::ParseEnumError>(())
/// ```
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
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum FindingCode {
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
    /// Days that must follow one another (the recorded election days of a
    /// council term) are not in order, or one is given twice.
    DatesOutOfOrder,
    // ---- a body over its life ----
    /// A document gives both a single `term` and a list of `terms`.
    TermGivenTwice,
    /// The body lapsed by statute (an Ausländerbeirat with fewer than three
    /// members, § 86 Abs. 1 S. 3 HGO): a statutory effect, reported as a
    /// note.
    BodyLapsed,
    /// The statute requires the body, and no term of it is in office on the
    /// day: the last recorded term has ended with no successor recorded, or
    /// the body was dissolved.
    NoBodyInOffice,
    // ---- the integrity of a law, continued ----
    /// A rule is verified on a source of a kind that may not verify (a
    /// municipal document, a paraphrase).
    VerifiedOnWeakSource,
    /// A rule names as the rule it replaces one that does not exist, or one
    /// of another kind or Land.
    UnknownReplacedRule,
    // ---- election results ----
    /// An election result names no list (structural).
    NoLists,
    /// Two lists of an election result share one name (structural).
    DuplicateListName,
    /// A list names one candidate twice (structural).
    DuplicateCandidate,
    /// A single candidate names more than one candidate, or a list's
    /// `candidate_count` differs from the candidates it names (structural).
    CandidateCountMismatch,
    /// The seats an election fills differ from the body's directly elected
    /// seats in the term elected that day.
    ElectedSeatsMismatch,
}

crate::enums::variants!(
    FindingCode,
    [
        UnsupportedSchemaVersion,
        EmptyText,
        TextTooLong,
        InvalidIdentifier,
        InvalidAgs,
        AgsLandMismatch,
        LevelMismatch,
        NoSeatGroups,
        DuplicateSeatGroupId,
        UnknownSeatGroup,
        FilledSeatsExceedSeats,
        TooManySeats,
        TermEndsBeforeStart,
        MissingConstitutionDate,
        SuccessorDateWithoutContinuation,
        InvalidValidity,
        InvalidShare,
        EmptySelector,
        ZeroCount,
        BodyTypeNotPermitted,
        MajorityRequired,
        ShareOutOfRange,
        SeatCountOutOfRange,
        SeatGroupNotAllowed,
        ChairRuleNotAllowed,
        DeputyRuleNotAllowed,
        TermLengthMismatch,
        TermContinuationMismatch,
        LegalBasisMismatch,
        StageNotSupported,
        UnknownReference,
        DuplicateDocumentId,
        ReferenceMismatch,
        RosterExceedsSeats,
        ChairNotMember,
        DuplicateVotingMembership,
        MembershipOutsideTerm,
        ElectionDayMismatch,
        TooFewMeetings,
        MemberShareTooLow,
        MemberCountExceedsMembers,
        DateOutOfRange,
        SuccessorMeetsBeforeStart,
        MembershipEndsBeforeStart,
        EmptyRange,
        FoundingYearMismatch,
        MissingLand,
        MissingArea,
        DuplicateRuleId,
        OverlappingVersions,
        OverlappingRegimes,
        RuleOutsideCoverage,
        RightNarrowed,
        MembershipCycle,
        TooManyFindings,
        DatesOutOfOrder,
        TermGivenTwice,
        BodyLapsed,
        NoBodyInOffice,
        VerifiedOnWeakSource,
        UnknownReplacedRule,
        NoLists,
        DuplicateListName,
        DuplicateCandidate,
        CandidateCountMismatch,
        ElectedSeatsMismatch
    ]
);

crate::enums::names!(FindingCode, "violation code");

impl FindingCode {
    /// The stable identifier, such as `"majority_required"`.
    ///
    /// ```
    /// use migrant_representation::FindingCode;
    /// assert_eq!(FindingCode::ShareOutOfRange.as_str(), "share_out_of_range");
    /// assert_eq!(FindingCode::ShareOutOfRange.as_str().parse::<FindingCode>()?, FindingCode::ShareOutOfRange);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// `true` for codes of structural (format) rules, which hold on every date;
    /// `false` for codes of compliance rules.
    ///
    /// ```
    /// use migrant_representation::FindingCode;
    /// assert!(FindingCode::FilledSeatsExceedSeats.is_structural());
    /// assert!(!FindingCode::ShareOutOfRange.is_structural()); // depends on the law of the day
    /// ```
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
            | Self::DatesOutOfOrder
            | Self::TermGivenTwice
            | Self::VerifiedOnWeakSource
            | Self::UnknownReplacedRule
            | Self::InvalidShare
            | Self::EmptySelector
            | Self::ZeroCount
            | Self::MemberCountExceedsMembers
            | Self::NoLists
            | Self::DuplicateListName
            | Self::DuplicateCandidate
            | Self::CandidateCountMismatch => true,
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
            | Self::MembershipCycle
            | Self::BodyLapsed
            | Self::NoBodyInOffice
            | Self::ElectedSeatsMismatch => false,
        }
    }
}
