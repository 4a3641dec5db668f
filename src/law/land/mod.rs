//! The built-in law, one file per Land.
//!
//! Each file holds all of one Land's rules (composition, establishment,
//! franchise, council term), its reform dates as named constants written
//! once, and a module doc that tells the Land's legal story. The checker
//! lives apart from the data, in the parent module.
//!
//! Every rule cites its provision and the source it was read from
//! (`../shared/domain/FACTS.md` in the project's working material). Where the
//! sources do not give an Absatz or Satz, the citation leaves it out. Rules
//! the sources do not back firmly are [`Certainty::Unverified`]: they are
//! listed, and breaking them yields a note, never a violation.
//!
//! Where a source gives only the year a provision or body began, the crate
//! records coverage from 1 January of the following year: the first day it is
//! sure of. Where it gives a month, from the first day of the next month.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::constraint::{
    Chair, Deputies, ElectedWithCouncil, LegalBasis, MeetingsPerYear, MembersWith, NotPermitted,
    OnlyGroups, Outnumber, Seats, Share, TermContinuesUntilSuccessorMeets, TermFollowsCouncil,
    TermYears,
};
use super::establishment::{Comparison, Duty, EstablishmentRule, NoCandidates, Threshold};
use super::franchise::{Eligibility, FranchiseRule, Group, Period};
use super::ids;
use super::{Certainty, Constraint, Governance, LandLaw, Modality, Regime, Rule, d, ratio, text};
use crate::body::BodyType;
use crate::citation::{Citation, Following, LegalBasisKind, Validity};
use crate::composition::{ChairMethod, MemberAttribute, SeatClass, SeatSelector};
use crate::land::{Land, Level};
use crate::term::{CouncilTermRule, CouncilTermStart, Wahlperiode};

use Certainty::{Unverified, Verified};
use Comparison::{AtLeast, GreaterThan};
use Group::{
    AnyResident, ChildOfTheseGroups, GermanByBirthInGermany, GermanOrEuCitizen,
    GermanWithForeignNationality, Naturalised, NaturalisedWithinFiveYears, NonGerman,
    Spaetaussiedler,
};

mod bb;
mod be;
mod bw;
mod by;
mod hb;
mod he;
mod hh;
mod mv;
mod ni;
mod nw;
mod rp;
mod sh;
mod sl;
mod sn;
mod st;
mod th;

/// The built-in law of every Land, in the order of the catalogue.
pub(super) static LANDS: &[LandLaw] = &[
    nw::LAW,
    he::LAW,
    rp::LAW,
    sl::LAW,
    by::LAW,
    bw::LAW,
    sn::LAW,
    be::LAW,
    bb::LAW,
    mv::LAW,
    ni::LAW,
    st::LAW,
    sh::LAW,
    th::LAW,
    hh::LAW,
    hb::LAW,
];

// ---- values several Länder share ----

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
