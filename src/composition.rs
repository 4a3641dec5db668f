//! Composition: seat groups, how their seats are filled, voting rights, chairs.

use std::borrow::Cow;
use std::fmt;
use std::num::{NonZeroU8, NonZeroU16};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{Collector, Defects, FindingCode, Loc};
use crate::finding::SeatChange;
use crate::limits;

pub(crate) use crate::seating::Share;
pub use crate::seating::{SeatFilling, VotingRight};

/// A class of seats that a rule can count.
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
    strum::Display,
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum SeatClass {
    /// Every seat.
    Any,
    /// Seats filled by [`SeatFilling::DirectlyElected`].
    DirectlyElected,
    /// Seats filled by [`SeatFilling::CouncilDelegated`].
    CouncilDelegated,
    /// Seats filled by [`SeatFilling::Appointed`].
    Appointed,
    /// Seats filled by [`SeatFilling::ExOfficio`].
    ExOfficio,
    /// Seats filled by [`SeatFilling::AdministrationStaff`].
    AdministrationStaff,
    /// Seats filled by [`SeatFilling::DelegatedByOrganisation`].
    DelegatedByOrganisation,
    /// Every seat held by a member of the council: the council-delegated
    /// seats and seats whose holders are council members in another role
    /// ([`SeatGroup::held_by_council_members`]).
    CouncilMember,
}

crate::enums::variants!(
    SeatClass,
    [
        Any,
        DirectlyElected,
        CouncilDelegated,
        Appointed,
        ExOfficio,
        AdministrationStaff,
        DelegatedByOrganisation,
        CouncilMember
    ]
);

crate::enums::names!(SeatClass, "seat class");

impl SeatClass {
    /// Whether `group` belongs to this class.
    #[must_use]
    pub fn matches(self, group: &SeatGroup) -> bool {
        self.matches_parts(group.filling, group.council_members)
    }

    /// Whether a group with this filling (and, for other fillings than
    /// [`SeatFilling::CouncilDelegated`], council members as holders or not)
    /// belongs to this class.
    #[must_use]
    pub fn matches_parts(self, filling: SeatFilling, council_members: bool) -> bool {
        match self {
            Self::Any => true,
            Self::DirectlyElected => filling == SeatFilling::DirectlyElected,
            Self::CouncilDelegated => filling == SeatFilling::CouncilDelegated,
            Self::Appointed => filling == SeatFilling::Appointed,
            Self::ExOfficio => filling == SeatFilling::ExOfficio,
            Self::AdministrationStaff => filling == SeatFilling::AdministrationStaff,
            Self::DelegatedByOrganisation => filling == SeatFilling::DelegatedByOrganisation,
            Self::CouncilMember => council_members || filling == SeatFilling::CouncilDelegated,
        }
    }
}

/// A set of seats a rule counts: every group that matches one of the
/// `classes`, and, with `voting_only`, only voting groups.
///
/// # Example
/// ```
/// use migrant_representation::body::{SeatClass, SeatSelector};
/// let council = SeatSelector::of(&[SeatClass::CouncilMember]);
/// assert_eq!(council.to_string(), "council_member seats");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct SeatSelector {
    /// The classes; a group is selected if it belongs to any of them.
    #[schemars(length(min = 1))]
    pub classes: Cow<'static, [SeatClass]>,
    /// Count only voting seats.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub voting_only: bool,
}

impl SeatSelector {
    /// Selects the groups of any of `classes`.
    #[must_use]
    pub const fn of(classes: &'static [SeatClass]) -> Self {
        Self {
            classes: Cow::Borrowed(classes),
            voting_only: false,
        }
    }

    /// Selects the groups of any of `classes`, from a list the program
    /// owns (read from a database, say); [`SeatSelector::of`] takes a
    /// `'static` list for constants.
    ///
    /// ```
    /// use migrant_representation::body::{SeatClass, SeatSelector};
    /// let classes: Vec<SeatClass> = vec![SeatClass::DirectlyElected];
    /// assert_eq!(SeatSelector::new(classes), SeatSelector::of(&[SeatClass::DirectlyElected]));
    /// ```
    #[must_use]
    pub fn new(classes: impl Into<Cow<'static, [SeatClass]>>) -> Self {
        Self {
            classes: classes.into(),
            voting_only: false,
        }
    }

    /// The same selector restricted to voting seats.
    #[must_use]
    pub const fn voting(mut self) -> Self {
        self.voting_only = true;
        self
    }

    /// Whether `group` is selected.
    #[must_use]
    pub fn matches(&self, group: &SeatGroup) -> bool {
        self.matches_fields(group.filling, group.voting, group.council_members)
    }

    /// Whether a raw (unvalidated) group would be selected.
    #[must_use]
    pub fn matches_raw(&self, group: &RawSeatGroup) -> bool {
        self.matches_fields(group.filling, group.voting, group.council_members)
    }

    pub(crate) fn matches_fields(
        &self,
        filling: SeatFilling,
        voting: VotingRight,
        council_members: bool,
    ) -> bool {
        (!self.voting_only || voting == VotingRight::Voting)
            && self
                .classes
                .iter()
                .any(|c| c.matches_parts(filling, council_members))
    }
}

impl fmt::Display for SeatSelector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.classes.as_ref() == [SeatClass::Any] {
            return f.write_str(if self.voting_only {
                "voting seats"
            } else {
                "seats in total"
            });
        }
        if self.voting_only {
            f.write_str("voting ")?;
        }
        for (i, c) in self.classes.iter().enumerate() {
            if i > 0 {
                f.write_str(" or ")?;
            }
            f.write_str(c.into())?;
        }
        f.write_str(" seats")
    }
}

/// A seat group as written in a document, before validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy, rename = "SeatGroup")]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RawSeatGroup {
    /// Identifier, unique within the body (see [`limits::ID_PATTERN`]).
    #[schemars(regex(pattern = limits::ID_SCHEMA_PATTERN))]
    pub id: String,
    /// The official German term for these members
    /// (`"direkt gewählte Mitglieder"`, `"Fachkräfte"`).
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub label: String,
    /// How the seats are filled.
    pub filling: SeatFilling,
    /// Whether the members vote.
    pub voting: VotingRight,
    /// How many seats the group has (at least 1).
    #[schemars(range(min = 1))]
    pub seats: u16,
    /// How many seats are filled, when fewer than `seats` (Lüdenscheid 2025:
    /// 6 of 8 elected seats). Absent means all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filled: Option<u16>,
    /// The office held, for ex-officio seats (`"Oberbürgermeister"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = limits::SHORT_TEXT_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub office: Option<String>,
    /// The holders are council members in another role (Kaufbeuren: the
    /// Integrationsbeauftragte is chosen by the council from its members).
    /// Implied for [`SeatFilling::CouncilDelegated`].
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub council_members: bool,
    /// How many of the members are women, where the document says (for
    /// "soll" rules such as § 89 Abs. 1 S. 5 HGO). At most the filled seats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub women: Option<u16>,
    /// How many of the members have a migration history, where the document
    /// says (for "soll" rules such as § 32 Abs. 2 BezVG). At most the filled
    /// seats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with_migration_history: Option<u16>,
}

/// A fact about members that some rules count ([`SeatGroup::members_with`]).
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
    strum::Display,
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum MemberAttribute {
    /// The member is a woman (`women`).
    #[doc(alias = "Frauen")]
    Woman,
    /// The member has a migration history (`with_migration_history`).
    #[doc(alias = "Migrationsgeschichte")]
    MigrationHistory,
}

crate::enums::variants!(MemberAttribute, [Woman, MigrationHistory]);

/// A validated group of seats of one kind.
///
/// Construct it with [`SeatGroup::new`] or by deserializing; both run the
/// same checks, so `filled <= seats` always holds.
///
/// # Example
/// ```
/// use migrant_representation::body::{RawSeatGroup, SeatFilling, SeatGroup, VotingRight};
/// let raw = RawSeatGroup::new(
///     "elected",
///     "direkt gewählte Mitglieder",
///     SeatFilling::DirectlyElected,
///     VotingRight::Voting,
///     8,
/// );
/// let g = SeatGroup::new(raw.with_filled(6))?;
/// // Or read from JSON, with the same checks.
/// let same: SeatGroup = serde_json::from_str(r#"{"id": "elected", "label": "direkt gewählte Mitglieder",
///     "filling": "directly_elected", "voting": "voting", "seats": 8, "filled": 6}"#)?;
/// assert_eq!(g, same);
/// assert_eq!(g.unfilled(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(try_from = "RawSeatGroup", into = "RawSeatGroup")]
pub struct SeatGroup {
    id: String,
    label: String,
    filling: SeatFilling,
    voting: VotingRight,
    seats: NonZeroU16,
    filled: Option<u16>,
    office: Option<String>,
    council_members: bool,
    women: Option<u16>,
    with_migration_history: Option<u16>,
}

impl SeatGroup {
    /// Validates a raw group.
    ///
    /// # Errors
    /// [`Defects`] with codes `invalid_identifier`, `empty_text`,
    /// `text_too_long` or `filled_seats_exceed_seats`.
    pub fn new(raw: RawSeatGroup) -> Result<Self, Defects> {
        let mut c = Collector::default();
        let g = Self::validate(raw, &Loc::Root, &mut c);
        c.finish()?;
        Ok(g)
    }

    pub(crate) fn validate(raw: RawSeatGroup, path: &Loc<'_>, c: &mut Collector) -> Self {
        if !limits::is_valid_id(&raw.id) {
            c.fail(
                FindingCode::InvalidIdentifier,
                path.field("id"),
                "format.identifier",
            );
        }
        c.text(&path.field("label"), &raw.label, limits::NAME_MAX_CHARS);
        if let Some(o) = &raw.office {
            c.text(&path.field("office"), o, limits::SHORT_TEXT_MAX_CHARS);
        }
        let seats = NonZeroU16::new(raw.seats).unwrap_or_else(|| {
            c.fail(
                FindingCode::ZeroCount,
                path.field("seats"),
                "format.seat_group.seats",
            );
            NonZeroU16::MIN
        });
        if let Some(f) = raw.filled {
            if f > raw.seats {
                c.fail_with(
                    FindingCode::FilledSeatsExceedSeats,
                    path.field("filled"),
                    "format.seat_group.filled",
                    crate::finding::Figures::of(
                        crate::finding::Quantity::Seats(u32::from(f)),
                        crate::finding::Requirement::AtMost(crate::finding::Quantity::Seats(
                            u32::from(raw.seats),
                        )),
                    ),
                );
            }
        }
        let filled = raw.filled.unwrap_or(raw.seats);
        for (field, n) in [
            ("women", raw.women),
            ("with_migration_history", raw.with_migration_history),
        ] {
            if let Some(n) = n.filter(|n| *n > filled) {
                c.fail_with(
                    FindingCode::MemberCountExceedsMembers,
                    path.field(field),
                    "format.seat_group.member_count",
                    crate::finding::Figures::of(
                        crate::finding::Quantity::Members(u32::from(n)),
                        crate::finding::Requirement::AtMost(crate::finding::Quantity::Members(
                            u32::from(filled),
                        )),
                    ),
                );
            }
        }
        Self {
            id: raw.id,
            label: raw.label,
            filling: raw.filling,
            voting: raw.voting,
            seats,
            filled: raw.filled,
            office: raw.office,
            council_members: raw.council_members,
            women: raw.women,
            with_migration_history: raw.with_migration_history,
        }
    }

    /// How many members have `attribute`, where the document says.
    #[must_use]
    pub fn members_with(&self, attribute: MemberAttribute) -> Option<u16> {
        match attribute {
            MemberAttribute::Woman => self.women,
            MemberAttribute::MigrationHistory => self.with_migration_history,
        }
    }

    /// The identifier.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The official German term for these members.
    #[must_use]
    pub fn label(&self) -> &str {
        &self.label
    }
    /// How the seats are filled.
    #[must_use]
    pub fn filling(&self) -> SeatFilling {
        self.filling
    }
    /// Whether the members vote.
    #[must_use]
    pub fn voting(&self) -> VotingRight {
        self.voting
    }
    /// The number of seats.
    #[must_use]
    pub fn seats(&self) -> u16 {
        self.seats.get()
    }
    /// The number of filled seats (all, unless the document says fewer).
    #[must_use]
    pub fn filled(&self) -> u16 {
        self.filled.unwrap_or(self.seats.get())
    }
    /// The number of seats left unfilled.
    #[must_use]
    pub fn unfilled(&self) -> u16 {
        self.seats.get() - self.filled()
    }
    /// The office, for ex-officio seats.
    #[must_use]
    pub fn office(&self) -> Option<&str> {
        self.office.as_deref()
    }
    /// Whether the seats are held by council members (delegated by the
    /// council, or council members in another role).
    #[must_use]
    pub fn held_by_council_members(&self) -> bool {
        self.council_members || self.filling == SeatFilling::CouncilDelegated
    }
}

impl TryFrom<RawSeatGroup> for SeatGroup {
    type Error = Defects;
    fn try_from(raw: RawSeatGroup) -> Result<Self, Defects> {
        Self::new(raw)
    }
}

impl From<SeatGroup> for RawSeatGroup {
    fn from(g: SeatGroup) -> Self {
        Self {
            id: g.id,
            label: g.label,
            filling: g.filling,
            voting: g.voting,
            seats: g.seats.get(),
            filled: g.filled,
            office: g.office,
            council_members: g.council_members,
            women: g.women,
            with_migration_history: g.with_migration_history,
        }
    }
}

/// How a chair (or the deputies) is chosen.
///
/// Serialized with a `method` tag: `{"method": "elected_from_members"}`.
/// Variants without data are written `ElectedFromMembers {}` so that unknown
/// keys next to the tag are rejected like everywhere else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "method", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum ChairSelection {
    /// Elected by the body from its midst (aus seiner Mitte gewählt).
    #[doc(alias = "aus seiner Mitte")]
    ElectedFromMembers {},
    /// Elected from the members of one seat group (Dresden: the chair is a
    /// migrant member, the deputy a councillor).
    ElectedFromGroup {
        /// The id of the seat group.
        group: String,
    },
    /// Held by an office (the mayor chairs; the integration commissioner is
    /// deputy).
    #[doc(alias = "kraft Amtes")]
    ExOfficio {
        /// The office (`"Oberbürgermeister"`).
        #[schemars(length(min = 1, max = limits::SHORT_TEXT_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
        office: String,
        /// The seat group of the office holder, if the office has a seat.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        group: Option<String>,
    },
    /// Two co-chairs: an office holder and a member elected by one seat group
    /// (Hessen § 89 HGO: the Bürgermeister and a co-chair elected by the
    /// sachkundige Einwohner).
    #[doc(alias = "Doppelspitze")]
    CoChairs {
        /// The office of the first co-chair.
        #[schemars(length(min = 1, max = limits::SHORT_TEXT_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
        office: String,
        /// The seat group that elects the second co-chair from its members.
        elected_by_group: String,
    },
    /// Appointed by the council.
    AppointedByCouncil {},
}

impl ChairSelection {
    /// The method, without its data.
    #[must_use]
    pub const fn method(&self) -> ChairMethod {
        match self {
            Self::ElectedFromMembers {} => ChairMethod::ElectedFromMembers,
            Self::ElectedFromGroup { .. } => ChairMethod::ElectedFromGroup,
            Self::ExOfficio { .. } => ChairMethod::ExOfficio,
            Self::CoChairs { .. } => ChairMethod::CoChairs,
            Self::AppointedByCouncil {} => ChairMethod::AppointedByCouncil,
        }
    }

    /// The seat group the chair (or deputy) holds a seat in, where the
    /// selection names it: `ElectedFromGroup` and `ExOfficio` with a group.
    /// A co-chair elected by a group is not named here: the other co-chair
    /// holds an office.
    pub(crate) fn own_group(&self) -> Option<&str> {
        match self {
            Self::ElectedFromGroup { group }
            | Self::ExOfficio {
                group: Some(group), ..
            } => Some(group),
            _ => None,
        }
    }

    /// The seat group the selection refers to, with the field that names it.
    fn group_reference(&self) -> Option<(&'static str, &str)> {
        match self {
            Self::ElectedFromGroup { group }
            | Self::ExOfficio {
                group: Some(group), ..
            } => Some(("group", group)),
            Self::CoChairs {
                elected_by_group, ..
            } => Some(("elected_by_group", elected_by_group)),
            _ => None,
        }
    }
}

/// The method of a [`ChairSelection`], used by rules.
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
    strum::Display,
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum ChairMethod {
    /// See [`ChairSelection::ElectedFromMembers`].
    ElectedFromMembers,
    /// See [`ChairSelection::ElectedFromGroup`].
    ElectedFromGroup,
    /// See [`ChairSelection::ExOfficio`].
    ExOfficio,
    /// See [`ChairSelection::CoChairs`].
    CoChairs,
    /// See [`ChairSelection::AppointedByCouncil`].
    AppointedByCouncil,
}

crate::enums::variants!(
    ChairMethod,
    [
        ElectedFromMembers,
        ElectedFromGroup,
        ExOfficio,
        CoChairs,
        AppointedByCouncil
    ]
);

crate::enums::names!(ChairMethod, "chair method");

/// A composition as written in a document, before validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy, rename = "Composition")]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RawComposition {
    /// The seat groups (at least one; ids unique).
    #[schemars(length(min = 1))]
    pub seat_groups: Vec<RawSeatGroup>,
    /// How the chair is chosen, if the document says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair: Option<ChairSelection>,
    /// How the deputy chairs are chosen, if the document says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deputies: Option<ChairSelection>,
    /// How many deputy chairs there are, if the document says
    /// (Köln: 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deputy_count: Option<NonZeroU8>,
}

impl RawComposition {
    /// Applies changes to the seat plan, such as the options of a
    /// [`Fix`](crate::check::Fix): seats added to or taken from a group (a group left
    /// without seats is removed, its filled seats and member counts are
    /// capped at its seats), seats moved from one group to another, and new
    /// groups. A chair or deputy selection
    /// that names a removed group is dropped. Validate the result again (for
    /// example through [`crate::RepresentationBody::with_changes`]).
    ///
    /// # Errors
    /// [`Defects`] (`unknown_seat_group`) when a change names a group the
    /// composition does not have; nothing is changed then.
    pub fn apply(&mut self, changes: &[SeatChange]) -> Result<(), Defects> {
        let mut c = Collector::default();
        let groups = Loc::Root.field("composition");
        let groups = groups.field("seat_groups");
        for (i, ch) in changes.iter().enumerate() {
            let named: &[&crate::finding::GroupRef] = match ch {
                SeatChange::AddSeats { group, .. } | SeatChange::RemoveSeats { group, .. } => {
                    &[group]
                }
                SeatChange::MoveSeats { from, to, .. } => &[from, to],
                _ => &[],
            };
            if named
                .iter()
                .any(|group| !self.seat_groups.iter().any(|g| g.id == group.id))
            {
                c.fail(
                    FindingCode::UnknownSeatGroup,
                    groups.index(i),
                    "format.change.group",
                );
            }
        }
        c.finish()?;
        for ch in changes {
            match ch {
                SeatChange::AddSeats { group, seats } => self.add_seats(&group.id, *seats),
                SeatChange::RemoveSeats { group, seats } => self.remove_seats(&group.id, *seats),
                SeatChange::MoveSeats { from, to, seats } => {
                    self.add_seats(&to.id, *seats);
                    self.remove_seats(&from.id, *seats);
                }
                SeatChange::NewGroup {
                    filling,
                    voting,
                    seats,
                } => {
                    let mut k = self.seat_groups.len() + 1;
                    let id = loop {
                        let id = format!("neu-{k}");
                        if !self.seat_groups.iter().any(|g| g.id == id) {
                            break id;
                        }
                        k += 1;
                    };
                    let label = crate::seating::capitalised(filling.describe(crate::Language::De));
                    self.seat_groups.push(RawSeatGroup {
                        id,
                        label,
                        filling: *filling,
                        voting: *voting,
                        seats: u16::try_from(*seats).unwrap_or(u16::MAX),
                        filled: None,
                        office: (*filling == SeatFilling::ExOfficio).then(|| "Amt".to_owned()),
                        council_members: false,
                        women: None,
                        with_migration_history: None,
                    });
                }
            }
        }
        Ok(())
    }

    fn add_seats(&mut self, id: &str, seats: u32) {
        if let Some(g) = self.seat_groups.iter_mut().find(|g| g.id == id) {
            let more = u16::try_from(seats).unwrap_or(u16::MAX);
            g.seats = g.seats.saturating_add(more);
            if let Some(f) = g.filled.as_mut() {
                *f = f.saturating_add(more).min(g.seats);
            }
        }
    }

    /// Takes seats from a group, the unfilled ones first; members with a
    /// fact counted keep their seats longest. A group left without seats
    /// is removed.
    fn remove_seats(&mut self, id: &str, seats: u32) {
        if let Some(g) = self.seat_groups.iter_mut().find(|g| g.id == id) {
            g.seats = g
                .seats
                .saturating_sub(u16::try_from(seats).unwrap_or(u16::MAX));
            let seats = g.seats;
            for n in [&mut g.filled, &mut g.women, &mut g.with_migration_history]
                .into_iter()
                .flatten()
            {
                *n = (*n).min(seats);
            }
            let filled = g.filled.unwrap_or(seats);
            for n in [&mut g.women, &mut g.with_migration_history]
                .into_iter()
                .flatten()
            {
                *n = (*n).min(filled);
            }
        }
        self.seat_groups.retain(|g| g.seats > 0);
        // A selection cannot name a group that is gone: it is
        // dropped, and the document says nothing of it.
        for sel in [&mut self.chair, &mut self.deputies] {
            if sel
                .as_ref()
                .and_then(ChairSelection::group_reference)
                .is_some_and(|(_, id)| !self.seat_groups.iter().any(|g| g.id == id))
            {
                *sel = None;
            }
        }
    }
}

/// The places, ascending, of the seat groups whose id an earlier group
/// already has. Few groups are compared pairwise (no allocation unless one
/// repeats); many are sorted by id (n log n, so that a document with very
/// many groups costs no quadratic time).
fn repeated_ids(groups: &[RawSeatGroup]) -> Vec<usize> {
    const PAIRWISE: usize = 16;
    if groups.len() <= PAIRWISE {
        return (1..groups.len())
            .filter(|&i| groups[..i].iter().any(|g| g.id == groups[i].id))
            .collect();
    }
    let mut order: Vec<(&str, usize)> = groups
        .iter()
        .enumerate()
        .map(|(i, g)| (g.id.as_str(), i))
        .collect();
    order.sort_unstable();
    let mut repeated: Vec<usize> = order
        .windows(2)
        .filter(|w| w[0].0 == w[1].0)
        .map(|w| w[1].1)
        .collect();
    repeated.sort_unstable();
    repeated
}

/// The validated composition of a body.
///
/// # Rules
/// At least one seat group; seat-group ids are unique; chair and deputy refer
/// to existing groups; at most [`limits::MAX_TOTAL_SEATS`] seats.
///
/// # Example
/// ```
/// use migrant_representation::body::{Composition, SeatClass, SeatSelector};
/// let c: Composition = serde_json::from_str(r#"{"seat_groups": [
///     {"id": "elected", "label": "direkt gewählte Mitglieder", "filling": "directly_elected", "voting": "voting", "seats": 22},
///     {"id": "council", "label": "Ratsmitglieder", "filling": "council_delegated", "voting": "voting", "seats": 11}
/// ], "chair": {"method": "elected_from_members"}}"#)?;
/// assert_eq!(c.total_seats(), 33);
/// assert_eq!(c.seats(&SeatSelector::of(&[SeatClass::CouncilMember])), 11);
/// assert_eq!(c.elected_share().to_string(), "22/33");
/// // A group with no seats never becomes a composition.
/// assert!(serde_json::from_str::<Composition>(r#"{"seat_groups": [
///     {"id": "elected", "label": "gewählt", "filling": "directly_elected", "voting": "voting", "seats": 0}]}"#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(try_from = "RawComposition", into = "RawComposition")]
pub struct Composition {
    seat_groups: Vec<SeatGroup>,
    chair: Option<ChairSelection>,
    deputies: Option<ChairSelection>,
    deputy_count: Option<NonZeroU8>,
}

impl Composition {
    /// Validates a raw composition.
    ///
    /// # Errors
    /// [`Defects`] with the codes of [`SeatGroup::new`] and
    /// `no_seat_groups`, `duplicate_seat_group_id`, `unknown_seat_group`,
    /// `too_many_seats`.
    pub fn new(raw: RawComposition) -> Result<Self, Defects> {
        let mut c = Collector::default();
        let v = Self::validate(raw, &Loc::Root, &mut c);
        c.finish()?;
        Ok(v)
    }

    pub(crate) fn validate(raw: RawComposition, path: &Loc<'_>, c: &mut Collector) -> Self {
        let gp = path.field("seat_groups");
        if raw.seat_groups.is_empty() {
            c.fail(
                FindingCode::NoSeatGroups,
                gp,
                "format.composition.seat_groups",
            );
        }
        let mut groups: Vec<SeatGroup> = Vec::with_capacity(raw.seat_groups.len());
        let repeated = repeated_ids(&raw.seat_groups);
        for (i, g) in raw.seat_groups.into_iter().enumerate() {
            let p = gp.index(i);
            if repeated.binary_search(&i).is_ok() {
                c.fail(
                    FindingCode::DuplicateSeatGroupId,
                    p.field("id"),
                    "format.composition.unique_ids",
                );
            }
            groups.push(SeatGroup::validate(g, &p, c));
        }
        // Summed wide: the limit is checked before any u32 sum is trusted.
        let total: u64 = groups.iter().map(|g| u64::from(g.seats())).sum();
        if total > u64::from(limits::MAX_TOTAL_SEATS) {
            c.fail_with(
                FindingCode::TooManySeats,
                gp,
                "format.composition.max_seats",
                crate::finding::Figures::of(
                    crate::finding::Quantity::Seats(u32::try_from(total).unwrap_or(u32::MAX)),
                    crate::finding::Requirement::AtMost(crate::finding::Quantity::Seats(
                        limits::MAX_TOTAL_SEATS,
                    )),
                ),
            );
        }
        for (field, sel) in [("chair", &raw.chair), ("deputies", &raw.deputies)] {
            if let Some(s) = sel {
                if let ChairSelection::ExOfficio { office, .. }
                | ChairSelection::CoChairs { office, .. } = s
                {
                    c.text(
                        &path.field(field).field("office"),
                        office,
                        limits::SHORT_TEXT_MAX_CHARS,
                    );
                }
                if let Some((key, id)) = s.group_reference() {
                    if !groups.iter().any(|g| g.id == id) {
                        c.fail(
                            FindingCode::UnknownSeatGroup,
                            path.field(field).field(key),
                            "format.composition.group_reference",
                        );
                    }
                }
            }
        }
        Self {
            seat_groups: groups,
            chair: raw.chair,
            deputies: raw.deputies,
            deputy_count: raw.deputy_count,
        }
    }

    /// The seat groups, in document order.
    #[must_use]
    pub fn seat_groups(&self) -> &[SeatGroup] {
        &self.seat_groups
    }

    /// The seat group with this id.
    #[must_use]
    pub fn group(&self, id: &str) -> Option<&SeatGroup> {
        self.seat_groups.iter().find(|g| g.id == id)
    }

    /// Whether the chair or the deputies refer to the seat group `id`.
    pub(crate) fn is_referenced(&self, id: &str) -> bool {
        [self.chair(), self.deputies()]
            .into_iter()
            .flatten()
            .any(|s| s.group_reference().is_some_and(|(_, g)| g == id))
    }

    /// How the chair is chosen, if known.
    #[must_use]
    pub fn chair(&self) -> Option<&ChairSelection> {
        self.chair.as_ref()
    }

    /// How the deputy chairs are chosen, if known.
    #[must_use]
    pub fn deputies(&self) -> Option<&ChairSelection> {
        self.deputies.as_ref()
    }

    /// How many deputy chairs there are, if known.
    #[must_use]
    pub fn deputy_count(&self) -> Option<u8> {
        self.deputy_count.map(NonZeroU8::get)
    }

    /// The number of seats the selector selects.
    #[must_use]
    pub fn seats(&self, selector: &SeatSelector) -> u32 {
        self.seat_groups
            .iter()
            .filter(|g| selector.matches(g))
            .map(|g| u32::from(g.seats()))
            .sum()
    }

    /// Whether every seat group is one the selector selects.
    #[must_use]
    pub fn all_groups_match(&self, selector: &SeatSelector) -> bool {
        self.seat_groups.iter().all(|g| selector.matches(g))
    }

    /// All seats.
    #[must_use]
    pub fn total_seats(&self) -> u32 {
        self.seat_groups.iter().map(|g| u32::from(g.seats())).sum()
    }

    /// Seats with a vote.
    #[must_use]
    pub fn voting_seats(&self) -> u32 {
        self.seat_groups
            .iter()
            .filter(|g| g.voting == VotingRight::Voting)
            .map(|g| u32::from(g.seats()))
            .sum()
    }

    /// Seats filled at present.
    #[must_use]
    pub fn filled_seats(&self) -> u32 {
        self.seat_groups.iter().map(|g| u32::from(g.filled())).sum()
    }

    /// Directly elected seats.
    #[must_use]
    pub fn elected_seats(&self) -> u32 {
        self.seats(&SeatSelector::of(&[SeatClass::DirectlyElected]))
    }

    /// The share of directly elected seats among all seats.
    #[must_use]
    pub fn elected_share(&self) -> Share {
        Share::new(self.elected_seats(), self.total_seats())
    }
}

impl TryFrom<RawComposition> for Composition {
    type Error = Defects;
    fn try_from(raw: RawComposition) -> Result<Self, Defects> {
        Self::new(raw)
    }
}

impl From<Composition> for RawComposition {
    fn from(c: Composition) -> Self {
        Self {
            seat_groups: c.seat_groups.into_iter().map(Into::into).collect(),
            chair: c.chair,
            deputies: c.deputies,
            deputy_count: c.deputy_count,
        }
    }
}

#[cfg(test)]
mod repeated_tests {
    use super::*;

    /// Pairwise (few groups) and sorted (many) agree with the plain
    /// definition: every group whose id an earlier group has.
    #[test]
    fn repeated_ids_are_found_alike_for_few_and_many_groups() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/data/koeln-integrationsrat.json"
        ))
        .unwrap();
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        let template: RawSeatGroup =
            serde_json::from_value(doc["composition"]["seat_groups"][0].clone()).unwrap();
        for (n, distinct) in [(0, 1), (1, 1), (5, 3), (16, 7), (17, 7), (40, 7), (300, 41)] {
            let groups: Vec<RawSeatGroup> = (0..n)
                .map(|i| RawSeatGroup {
                    id: format!("g{}", (i * 13) % distinct),
                    ..template.clone()
                })
                .collect();
            let want: Vec<usize> = (0..n)
                .filter(|&i| groups[..i].iter().any(|g| g.id == groups[i].id))
                .collect();
            assert_eq!(repeated_ids(&groups), want, "{n} groups");
        }
    }
}
