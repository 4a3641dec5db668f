//! The imports and values the Land files share.

pub(super) use std::borrow::Cow;

pub(super) use chrono::NaiveDate;

pub(super) use super::super::allocation::{AllocationMethod, AllocationRule, Surplus};
pub(super) use super::super::constraint::Constraint;
pub(super) use super::super::constraint::{
    Chair, Deputies, ElectedWithCouncil, Lapses, LegalBasis, MeetingsPerYear, MembersWith,
    NotPermitted, OnlyGroups, Outnumber, Seats, Share, TermContinuesUntilSuccessorMeets,
    TermFollowsCouncil, TermYears,
};
pub(super) use super::super::establishment::{
    Comparison, EstablishmentRule, NoCandidates, Threshold,
};
pub(super) use super::super::franchise::{Eligibility, FranchiseRule, TimeSpan, VoterGroup};
pub(super) use super::super::ids;
pub(super) use super::super::rights::{Matters, Organ, Right, RightKind};
pub(super) use super::super::rule::{Governance, LandLaw, Regime, Rule};
pub(super) use super::super::vocab::{Certainty, Duty, Modality, SourceKind, d, ratio, text};
pub(super) use crate::citation::{Citation, Following, LegalBasisKind, Validity};
pub(super) use crate::composition::{ChairMethod, MemberAttribute, SeatClass, SeatSelector};
pub(super) use crate::finding::Statement;
pub(super) use crate::kind::BodyType;
pub(super) use crate::land::{Land, Level};
pub(super) use crate::term::rules::{
    CouncilTermEnd, CouncilTermRule, CouncilTermStart, Wahlperiode,
};

pub(super) use Certainty::{Unverified, Verified};
pub(super) use Comparison::{AtLeast, GreaterThan};
pub(super) use VoterGroup::{
    AnyResident, ChildOfTheseGroups, GermanByBirthInGermany, GermanOrEuCitizen,
    GermanWithForeignNationality, Naturalised, NaturalisedWithinFiveYears, NonGerman,
    Spaetaussiedler,
};

pub(super) const ELECTED: SeatSelector = SeatSelector::of(&[SeatClass::DirectlyElected]);

pub(super) const APPOINTED: SeatSelector = SeatSelector::of(&[SeatClass::Appointed]);

pub(super) const ALL: SeatSelector = SeatSelector::of(&[SeatClass::Any]);

pub(super) const LOCAL_BASES: Cow<'static, [LegalBasisKind]> =
    Cow::Borrowed(&[LegalBasisKind::Satzung, LegalBasisKind::CouncilResolution]);

pub(super) const FROM_MIDST: Cow<'static, [ChairMethod]> =
    Cow::Borrowed(&[ChairMethod::ElectedFromMembers]);

pub(super) const LOCAL_ONLY_DE: &str = "Kein Landesgesetz regelt das Gremium; es beruht auf einer Satzung oder einem Beschluss des Rates.";

pub(super) const LOCAL_ONLY_EN: &str =
    "No Land statute governs the body; it rests on a Satzung or a council resolution";

pub(super) const SATZUNG_ONLY: Cow<'static, [LegalBasisKind]> =
    Cow::Borrowed(&[LegalBasisKind::Satzung]);

pub(super) const HAUPTSATZUNG_DE: &str =
    "Das Gremium wird durch die Hauptsatzung (eine Satzung) gebildet.";

pub(super) const HAUPTSATZUNG_EN: &str = "The body is formed by the Hauptsatzung (a Satzung)";

pub(super) const MUNICIPAL: &[Level] = &[Level::Municipality];

pub(super) const COUNTY: &[Level] = &[Level::County];

pub(super) const LOCAL_BOARD: &[BodyType] = &[BodyType::LocalAdvisoryBoard];

/// A body set up by an authority or by a council resolution.
pub(super) const AUTHORITY_OR_RESOLUTION: Cow<'static, [LegalBasisKind]> = Cow::Borrowed(&[
    LegalBasisKind::AdministrativeDecision,
    LegalBasisKind::CouncilResolution,
]);

/// The Kommunalwahl days of the Länder that elect their councils with the
/// European election (7 Jun 2009, 25 May 2014, 26 May 2019, 9 Jun 2024):
/// Baden-Württemberg, Mecklenburg-Vorpommern, Rheinland-Pfalz, the
/// Saarland, Sachsen and Sachsen-Anhalt. Each Land names its sources.
pub(super) const WITH_EUROPEAN_ELECTION_2009_2024: &[NaiveDate] =
    &[d(2009, 6, 7), d(2014, 5, 25), d(2019, 5, 26), d(2024, 6, 9)];
