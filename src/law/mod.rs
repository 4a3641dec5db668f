//! The law as data: rules with citations and validity periods, grouped into
//! regimes per Land and body type, and the one checker that runs them.
//!
//! A new Land or a reform is a new [`Regime`] or new [`Rule`] values; the
//! checker ([`Law::check`]) has no branch for any Land.

pub mod constraint;
mod establishment;
mod franchise;
pub mod ids;
mod integrity;
mod land;
mod roster;

pub use constraint::Constraint;
use constraint::Outcome;
pub use establishment::{
    Comparison, Duty, EstablishmentAnswer, EstablishmentError, EstablishmentRule, NoCandidates,
    Population, Threshold, establishment_duty, establishment_rules,
};
pub use franchise::{
    Condition, Decision, Eligibility, FranchiseAnswer, FranchiseError, FranchiseRule, Group,
    Nationality, Period, Person, Reason, franchise, franchise_rules,
};

use std::borrow::Cow;
use std::num::NonZeroU16;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::body::{BodyType, RepresentationBody};
use crate::citation::{Citation, LegalBasis, Validity};
use crate::error::{CheckError, Collector, Loc, Violation, ViolationCode, Violations};
use crate::land::{Land, Level};
use crate::limits;
use crate::term::CouncilTermRule;

/// A date in rule data; an invalid literal fails the build.
const fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, day) {
        Some(x) => x,
        None => panic!("invalid date in rule data"),
    }
}

/// A ratio in rule data; an invalid literal fails the build.
const fn ratio(n: u16, den: u16) -> Ratio {
    match Ratio::new(n, den) {
        Some(r) => r,
        None => panic!("invalid ratio in rule data"),
    }
}

/// A fraction `numerator / denominator` used by share rules (⅔, ½).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ratio {
    /// The numerator (at most the denominator).
    pub numerator: u16,
    /// The denominator (at least 1).
    pub denominator: NonZeroU16,
}

impl Ratio {
    /// `numerator / denominator`. Panics at compile time in a `const` when the
    /// denominator is zero; at run time it returns `None` instead.
    #[must_use]
    pub const fn new(numerator: u16, denominator: u16) -> Option<Self> {
        match NonZeroU16::new(denominator) {
            Some(d) if numerator <= denominator => Some(Self {
                numerator,
                denominator: d,
            }),
            _ => None,
        }
    }
}

impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.numerator, self.denominator)
    }
}

/// How sure the crate is of a rule.
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
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Certainty {
    /// Backed by the cited source (✅ in the facts sheet). Breaking it is a
    /// violation.
    Verified,
    /// Sources disagree, or only a secondary source or local practice backs
    /// it (⚠️/❓). Breaking it yields a [`Note`], never a violation.
    Unverified,
}

/// How binding a rule is, in the terms of German administrative law.
///
/// A breached [`Modality::Must`] rule is a violation. A breached
/// [`Modality::Should`] rule is a warning: "soll" binds unless the case is
/// atypical, which only the municipality can judge.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Modality {
    /// Binding ("muss", "ist zu", "darf nicht").
    #[default]
    #[doc(alias = "muss")]
    Must,
    /// Binding unless the case is atypical ("soll").
    #[doc(alias = "soll")]
    Should,
    /// Permitted, not required ("kann").
    #[doc(alias = "kann")]
    May,
}

impl Modality {
    /// The German word for the modality ("muss", "soll", "kann").
    #[must_use]
    pub const fn german(self) -> &'static str {
        match self {
            Self::Must => "muss",
            Self::Should => "soll",
            Self::May => "kann",
        }
    }
}

impl From<Duty> for Modality {
    /// The modality of a duty to establish a body: a duty on request is a
    /// "muss" once the request is made.
    fn from(d: Duty) -> Self {
        match d {
            Duty::Must | Duty::MustOnRequest => Self::Must,
            Duty::Should => Self::Should,
            Duty::May => Self::May,
        }
    }
}

fn is_must(m: &Modality) -> bool {
    *m == Modality::Must
}

/// A legal rule: what it requires, where it is written, when it is in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Rule {
    /// Stable id (`"nw.integration_council.elected_majority"`).
    pub id: Cow<'static, str>,
    /// The provision.
    pub citation: Citation,
    /// When it is in force.
    pub validity: Validity,
    /// How sure the crate is of it.
    pub certainty: Certainty,
    /// What it requires, in one German sentence.
    pub statement_de: Cow<'static, str>,
    /// What it requires, in one English sentence.
    pub statement_en: Cow<'static, str>,
    /// The check.
    pub constraint: Constraint,
    /// Where the rule was read (a URL of the facts sheet's source).
    pub source: Cow<'static, str>,
    /// How binding the rule is ("muss" unless said otherwise).
    #[serde(default, skip_serializing_if = "is_must")]
    pub modality: Modality,
    /// Decisions taken in recording the rule and what is not verified about
    /// it, with their sources; empty when there is nothing to add.
    #[serde(default, skip_serializing_if = "str::is_empty")]
    pub note: Cow<'static, str>,
}

impl Rule {
    /// The template the built-in data fills in: every text empty, in force
    /// always, verified, "muss", and a check that permits nothing. Each
    /// built-in rule sets every field but `modality` and `note`.
    pub(crate) const DEFAULT: Rule = Rule {
        id: Cow::Borrowed(""),
        citation: Citation::EMPTY,
        validity: Validity::always(),
        certainty: Certainty::Verified,
        statement_de: Cow::Borrowed(""),
        statement_en: Cow::Borrowed(""),
        constraint: Constraint::NotPermitted(constraint::NotPermitted {}),
        source: Cow::Borrowed(""),
        modality: Modality::Must,
        note: Cow::Borrowed(""),
    };

    /// A verified "muss" rule with empty statements, source and note: set
    /// them on the value (the fields are public).
    ///
    /// # Example
    /// ```
    /// use migrant_representation::constraint::Seats;
    /// use migrant_representation::{Citation, Rule, SeatClass, SeatSelector, Validity};
    /// let mut rule = Rule::new(
    ///     "nw.integration_council.min_seats_2030",
    ///     Citation::section("GO NRW", "27").paragraph(1),
    ///     Validity::since(chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()),
    ///     Seats { of: SeatSelector::of(&[SeatClass::Any]), min: Some(11), max: None }.into(),
    /// );
    /// rule.statement_de = "Der Integrationsrat hat mindestens 11 Mitglieder.".into();
    /// rule.statement_en = "An Integrationsrat has at least 11 members".into();
    /// rule.source = "https://example.org/gv-nrw-2030".into();
    /// assert_eq!(rule.citation.to_string(), "§ 27 Abs. 1 GO NRW");
    /// ```
    #[must_use]
    pub fn new(
        id: impl Into<Cow<'static, str>>,
        citation: Citation,
        validity: Validity,
        constraint: Constraint,
    ) -> Self {
        Self {
            id: id.into(),
            citation,
            validity,
            constraint,
            ..Self::DEFAULT
        }
    }
}

/// A text in rule data.
pub(crate) const fn text(s: &'static str) -> Cow<'static, str> {
    Cow::Borrowed(s)
}

/// A rule of local law that a body document carries with it (a Hauptsatzung
/// that fixes Köln's Integrationsrat at 33 seats, two thirds elected).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalRule {
    /// Identifier, unique within the document.
    #[schemars(regex(pattern = limits::ID_PATTERN))]
    pub id: String,
    /// The provision of local law.
    pub citation: Citation,
    /// What it requires, in one sentence.
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub statement: String,
    /// When it is in force; absent means always.
    #[serde(default, skip_serializing_if = "is_always")]
    pub validity: Validity,
    /// The check.
    pub constraint: Constraint,
}

fn is_always(v: &Validity) -> bool {
    *v == Validity::always()
}

impl LocalRule {
    pub(crate) fn validate(&self, path: &Loc<'_>, c: &mut Collector) {
        if !limits::is_valid_id(&self.id) {
            c.fail(
                ViolationCode::InvalidIdentifier,
                path.field("id"),
                "format.identifier",
                format!(
                    "{:?} is not an identifier ({})",
                    self.id,
                    limits::ID_PATTERN
                ),
            );
        }
        c.text(
            &path.field("statement"),
            &self.statement,
            limits::NAME_MAX_CHARS,
        );
        validate_citation(&self.citation, &path.field("citation"), c);
        if !self.validity.is_well_formed() {
            c.fail(
                ViolationCode::InvalidValidity,
                path.field("validity"),
                "format.validity.order",
                format!("the validity {} ends before it starts", self.validity),
            );
        }
        self.constraint.validate(&path.field("constraint"), c);
    }
}

pub(crate) fn validate_citation(cit: &Citation, path: &Loc<'_>, c: &mut Collector) {
    c.text(&path.field("law"), &cit.law, limits::NAME_MAX_CHARS);
    if let Some(n) = &cit.number {
        c.text(&path.field("number"), n, limits::SHORT_TEXT_MAX_CHARS);
    }
    if let Some(v) = &cit.version {
        c.text(&path.field("version"), v, limits::NAME_MAX_CHARS);
    }
    for (i, other) in cit.read_with.iter().enumerate() {
        validate_citation(other, &path.field("read_with").index(i), c);
    }
    for (name, v) in [
        ("paragraph", cit.paragraph),
        ("sentence", cit.sentence),
        ("item", cit.item),
    ] {
        if v == Some(0) {
            c.fail(
                ViolationCode::ZeroCount,
                path.field(name),
                "format.citation.positive",
                "must be at least 1".into(),
            );
        }
    }
}

pub(crate) fn validate_legal_basis(b: &LegalBasis, path: &Loc<'_>, c: &mut Collector) {
    match b {
        LegalBasis::Statute { citation } => validate_citation(citation, &path.field("citation"), c),
        LegalBasis::Satzung {
            title, enabling, ..
        }
        | LegalBasis::CouncilResolution {
            title, enabling, ..
        }
        | LegalBasis::AdministrativeDecision {
            title, enabling, ..
        } => {
            c.text(&path.field("title"), title, limits::NAME_MAX_CHARS);
            if let Some(e) = enabling {
                validate_citation(e, &path.field("enabling"), c);
            }
        }
    }
}

/// Whether a statute governs a body type in a Land or only local law does.
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
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Governance {
    /// A Land statute prescribes or permits the body and sets rules for it.
    Statute,
    /// No statute sets rules; the body rests on a council resolution or a
    /// Satzung under the general powers cited in [`Regime::basis`].
    LocalOnly,
}

/// The rules for one body type in one Land at some levels, over the period
/// the crate records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Regime {
    /// The Land.
    pub land: Land,
    /// The body type.
    pub body_type: BodyType,
    /// The levels the regime applies to.
    pub levels: Cow<'static, [Level]>,
    /// Statute or local law only.
    pub governance: Governance,
    /// The provision the body type rests on.
    pub basis: Citation,
    /// The period the crate records the law for. Asking about a date outside
    /// it is a [`CheckError::DateNotCovered`], never a silent default.
    pub covered: Validity,
    /// The rules, each with its own validity inside `covered`.
    pub rules: Cow<'static, [Rule]>,
    /// What the crate knows and does not know about this regime.
    pub note: Cow<'static, str>,
}

/// What a [`Note`] reports.
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
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum NoteKind {
    /// The rule could not be checked: the document lacks what it needs (no
    /// term, no member counts).
    NotChecked,
    /// The body breaks a rule the crate records as unverified.
    UnverifiedRuleBroken,
}

/// A rule that could not be applied, or an unverified rule the body breaks.
///
/// `message` is for people and may change; match on [`kind`](Self::kind),
/// [`code`](Self::code) and [`rule`](Self::rule).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Note {
    /// What the note reports.
    pub kind: NoteKind,
    /// The code a violation of the rule carries.
    pub code: ViolationCode,
    /// The rule's id.
    pub rule: Cow<'static, str>,
    /// The rule's citation.
    pub citation: Citation,
    /// What the note says.
    pub message: String,
}

/// The result of checking one body on one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Report {
    /// The date the law was applied for.
    pub checked_on: NaiveDate,
    /// The Land.
    pub land: Land,
    /// The body type.
    pub body_type: BodyType,
    /// The provision the body type rests on in that Land.
    pub basis: Citation,
    /// Whether a statute governs the body type or only local law.
    pub governance: Governance,
    /// Every broken "muss" rule, statutory and local.
    pub violations: Vec<Violation>,
    /// Every broken "soll" rule ([`Modality::Should`]): binding unless the
    /// case is atypical, which the municipality must be able to justify.
    #[serde(default)]
    pub warnings: Vec<Violation>,
    /// Rules that could not be applied (missing data) and unverified rules
    /// the body does not meet.
    pub notes: Vec<Note>,
}

impl Report {
    /// `true` when no "muss" rule is broken. Warnings (broken "soll" rules)
    /// do not make a body non-compliant.
    #[must_use]
    pub fn is_compliant(&self) -> bool {
        self.violations.is_empty()
    }
}

/// One line of the rule catalogue: a rule with the regime it belongs to.
/// Generated from the same values the checker runs ([`Law::catalogue`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct CatalogueEntry {
    /// The rule's stable id.
    pub id: Cow<'static, str>,
    /// What the rule is about.
    pub kind: RuleKind,
    /// The Land.
    pub land: Land,
    /// The body types it applies to.
    pub body_types: Vec<BodyType>,
    /// The levels it applies at (empty for franchise rules: any level).
    pub levels: Vec<Level>,
    /// The provision.
    pub citation: Citation,
    /// The citation as text (`"§ 27 Abs. 1 GO NRW"`).
    pub citation_text: String,
    /// When it is in force.
    pub validity: Validity,
    /// How sure the crate is of it.
    pub certainty: Certainty,
    /// How binding it is: "muss", "soll" or "kann" (for establishment rules,
    /// the strength of the duty).
    pub modality: Modality,
    /// The rule in one German sentence.
    pub statement_de: Cow<'static, str>,
    /// The rule in one English sentence.
    pub statement_en: Cow<'static, str>,
    /// Where it was read.
    pub source: Cow<'static, str>,
    /// What was decided in recording it, and what is not verified.
    #[serde(default, skip_serializing_if = "str::is_empty")]
    pub note: Cow<'static, str>,
    /// For composition rules: the check and the code its violation carries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<CatalogueCheck>,
}

/// The check of a composition rule in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct CatalogueCheck {
    /// Statute or local law only.
    pub governance: Governance,
    /// What the rule requires.
    pub constraint: Constraint,
    /// The code a violation carries.
    pub code: ViolationCode,
}

/// What a rule of the catalogue is about.
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
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum RuleKind {
    /// Composition, chair, term and legal basis of a body ([`Rule`]).
    Composition,
    /// The duty to establish a body ([`EstablishmentRule`]).
    Establishment,
    /// Who may vote and stand ([`FranchiseRule`]).
    Franchise,
}

/// The law of one Land: its regimes, establishment rules, franchise rules
/// and council term, as the crate records them or as a program loads them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LandLaw {
    /// The Land.
    pub land: Land,
    /// The rules on composition, chair, term and legal basis, per body type
    /// and level.
    #[serde(default)]
    pub regimes: Cow<'static, [Regime]>,
    /// The duties to form a body.
    #[serde(default)]
    pub establishment: Cow<'static, [EstablishmentRule]>,
    /// Who may vote and stand.
    #[serde(default)]
    pub franchise: Cow<'static, [FranchiseRule]>,
    /// The Wahlperiode of the Land's municipal councils, where recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub council_term: Option<CouncilTermRule>,
}

impl LandLaw {
    /// The law of `land` with no rules yet.
    #[must_use]
    pub const fn new(land: Land) -> Self {
        Self {
            land,
            regimes: Cow::Borrowed(&[]),
            establishment: Cow::Borrowed(&[]),
            franchise: Cow::Borrowed(&[]),
            council_term: None,
        }
    }
}

/// A rule of any kind, as [`Law::rule`] finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum AnyRule<'a> {
    /// A composition rule with the regime it belongs to.
    Composition(&'a Regime, &'a Rule),
    /// A duty to form a body.
    Establishment(&'a EstablishmentRule),
    /// A franchise.
    Franchise(&'a FranchiseRule),
}

impl AnyRule<'_> {
    /// The rule's id.
    #[must_use]
    pub fn id(&self) -> &str {
        match self {
            Self::Composition(_, r) => &r.id,
            Self::Establishment(r) => &r.id,
            Self::Franchise(r) => &r.id,
        }
    }

    /// When the rule is in force.
    #[must_use]
    pub fn validity(&self) -> Validity {
        match self {
            Self::Composition(_, r) => r.validity,
            Self::Establishment(r) => r.validity,
            Self::Franchise(r) => r.validity,
        }
    }
}

/// The law the checker applies: the law of each Land.
///
/// [`Law::builtin`] is the crate's law. A program can build its own from the
/// built-in values plus its own ([`Law::new`], [`Law::with`]), or load it
/// from JSON, for a reform not yet in the crate; [`Law::validate`] checks
/// its integrity.
///
/// # Example
/// ```
/// use migrant_representation::{Land, Law};
/// let law = Law::builtin();
/// let rule = law.rule("nw.integration_council.elected_majority").unwrap();
/// assert_eq!(rule.id(), "nw.integration_council.elected_majority");
/// assert!(law.validate().is_ok());
/// // The law is data: it round-trips through JSON.
/// let json = serde_json::to_string(law)?;
/// let loaded: Law = serde_json::from_str(&json)?;
/// assert_eq!(&loaded, law);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Law {
    lands: Cow<'static, [LandLaw]>,
}

static BUILTIN: Law = Law {
    lands: Cow::Borrowed(land::LANDS),
};

impl Law {
    /// The crate's law.
    #[must_use]
    pub fn builtin() -> &'static Law {
        &BUILTIN
    }

    /// A law made of the law of these Länder. A Land may appear more than
    /// once (a reform package next to the built-in law).
    #[must_use]
    pub fn new(lands: Vec<LandLaw>) -> Self {
        Self {
            lands: Cow::Owned(lands),
        }
    }

    /// The same law with `land` added.
    #[must_use]
    pub fn with(mut self, land: LandLaw) -> Self {
        self.lands.to_mut().push(land);
        self
    }

    /// The law of each Land.
    #[must_use]
    pub fn lands(&self) -> &[LandLaw] {
        &self.lands
    }

    /// All regimes.
    pub fn regimes(&self) -> impl Iterator<Item = &Regime> {
        self.lands.iter().flat_map(|l| l.regimes.iter())
    }

    /// Every composition rule with the regime it belongs to.
    pub fn rules(&self) -> impl Iterator<Item = (&Regime, &Rule)> {
        self.regimes()
            .flat_map(|r| r.rules.iter().map(move |x| (r, x)))
    }

    /// Every establishment rule.
    pub fn establishment_rules(&self) -> impl Iterator<Item = &EstablishmentRule> {
        self.lands.iter().flat_map(|l| l.establishment.iter())
    }

    /// Every franchise rule.
    pub fn franchise_rules(&self) -> impl Iterator<Item = &FranchiseRule> {
        self.lands.iter().flat_map(|l| l.franchise.iter())
    }

    /// The council-term rule of `land`, if recorded.
    #[must_use]
    pub fn council_term(&self, land: Land) -> Option<&CouncilTermRule> {
        self.lands
            .iter()
            .filter(|l| l.land == land)
            .find_map(|l| l.council_term.as_ref())
    }

    /// The rule with this id, of any kind.
    #[must_use]
    pub fn rule(&self, id: &str) -> Option<AnyRule<'_>> {
        self.rules()
            .find(|(_, r)| r.id == id)
            .map(|(g, r)| AnyRule::Composition(g, r))
            .or_else(|| {
                self.establishment_rules()
                    .find(|r| r.id == id)
                    .map(AnyRule::Establishment)
            })
            .or_else(|| {
                self.franchise_rules()
                    .find(|r| r.id == id)
                    .map(AnyRule::Franchise)
            })
    }

    /// Checks the integrity of the law: every id unique; every date range
    /// ordered; no two versions of one rule in force on one day (versions
    /// share an id but for a year: `nw.franchise_2009`, `nw.franchise`); no
    /// two regimes for one Land, body type and level on one day; every rule
    /// inside its regime's coverage, with a citation, a source and both
    /// statements; every constraint well formed.
    ///
    /// # Errors
    /// [`Violations`] with every defect at once, each with the JSON Pointer
    /// of the rule in the law's JSON form (`/lands/0/regimes/1/rules/2/validity`).
    ///
    /// # Example
    /// ```
    /// use migrant_representation::Law;
    /// let mut json = serde_json::to_value(Law::builtin())?;
    /// // A reform loaded from JSON whose second version overlaps the first.
    /// json["lands"][0]["franchise"][1]["validity"]["until"] = "2020-01-01".into();
    /// let law: Law = serde_json::from_value(json)?;
    /// let defects = law.validate().unwrap_err();
    /// assert_eq!(defects.as_slice()[0].code.as_str(), "overlapping_versions");
    /// assert_eq!(defects.as_slice()[0].path.as_str(), "/lands/0/franchise/0/validity");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate(&self) -> Result<(), Violations> {
        integrity::validate(self)
    }

    /// Whether a body must, should or may be formed, under this law; see
    /// [`establishment_duty`].
    ///
    /// # Errors
    /// As [`establishment_duty`].
    pub fn establishment_duty(
        &self,
        land: Land,
        level: Level,
        date: NaiveDate,
        population: Population,
    ) -> Result<EstablishmentAnswer<'_>, EstablishmentError> {
        establishment::duty_under(self.establishment_rules(), (land, level, date), population)
    }

    /// Whether a person may vote and stand, under this law; see
    /// [`franchise()`].
    ///
    /// # Errors
    /// As [`franchise()`].
    pub fn franchise(
        &self,
        land: Land,
        body_type: BodyType,
        person: &Person,
        election_day: NaiveDate,
    ) -> Result<FranchiseAnswer<'_>, FranchiseError> {
        franchise::franchise_under(
            self.franchise_rules(),
            (land, body_type),
            person,
            election_day,
        )
    }

    /// The rule catalogue: every rule with its regime, in regime order.
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{Land, Law};
    /// let nw = Law::builtin().catalogue().into_iter().filter(|e| e.land == Land::NordrheinWestfalen).count();
    /// assert!(nw >= 6);
    /// ```
    #[must_use]
    pub fn catalogue(&self) -> Vec<CatalogueEntry> {
        let composition = self.rules().map(|(regime, rule)| CatalogueEntry {
            id: rule.id.clone(),
            kind: RuleKind::Composition,
            land: regime.land,
            body_types: vec![regime.body_type],
            levels: regime.levels.to_vec(),
            citation: rule.citation.clone(),
            citation_text: rule.citation.to_string(),
            validity: rule.validity,
            certainty: rule.certainty,
            modality: rule.modality,
            statement_de: rule.statement_de.clone(),
            statement_en: rule.statement_en.clone(),
            source: rule.source.clone(),
            note: rule.note.clone(),
            check: Some(CatalogueCheck {
                governance: regime.governance,
                constraint: rule.constraint.clone(),
                code: rule.constraint.code(),
            }),
        });
        let establishment = self.establishment_rules().map(|r| CatalogueEntry {
            id: r.id.clone(),
            kind: RuleKind::Establishment,
            land: r.land,
            body_types: r.body_types.to_vec(),
            levels: r.levels.to_vec(),
            citation: r.citation.clone(),
            citation_text: r.citation.to_string(),
            validity: r.validity,
            certainty: r.certainty,
            modality: r.duty.into(),
            statement_de: r.statement_de.clone(),
            statement_en: r.statement_en.clone(),
            source: r.source.clone(),
            note: r.note.clone(),
            check: None,
        });
        let franchise = self.franchise_rules().map(|r| {
            let citation = r
                .active
                .first()
                .map_or_else(|| Citation::whole("?"), |e| e.citation.clone());
            CatalogueEntry {
                id: r.id.clone(),
                kind: RuleKind::Franchise,
                land: r.land,
                body_types: r.body_types.to_vec(),
                levels: Vec::new(),
                citation_text: citation.to_string(),
                citation,
                validity: r.validity,
                certainty: r.certainty,
                modality: Modality::Must,
                statement_de: r.statement_de.clone(),
                statement_en: r.statement_en.clone(),
                source: r.source.clone(),
                note: r.note.clone(),
                check: None,
            }
        });
        composition.chain(establishment).chain(franchise).collect()
    }

    /// The regime for a Land, body type and level on `date`.
    ///
    /// # Errors
    /// [`CheckError::NoRegime`] if none exists, [`CheckError::DateNotCovered`]
    /// if none covers the date.
    pub fn regime(
        &self,
        land: Land,
        body_type: BodyType,
        level: Level,
        date: NaiveDate,
    ) -> Result<&Regime, CheckError> {
        let mut first: Option<NaiveDate> = None;
        let mut any = false;
        for r in self
            .regimes()
            .filter(|r| r.land == land && r.body_type == body_type && r.levels.contains(&level))
        {
            any = true;
            if r.covered.contains(date) {
                return Ok(r);
            }
            if let Some(f) = r.covered.from {
                first = Some(first.map_or(f, |x: NaiveDate| x.min(f)));
            }
        }
        if !any {
            return Err(CheckError::NoRegime {
                land,
                body_type,
                level,
            });
        }
        Err(CheckError::DateNotCovered {
            land,
            body_type,
            level,
            date,
            covered_from: first.unwrap_or(NaiveDate::MAX),
        })
    }

    /// Checks `body` against the rules in force on `date` and against its
    /// local rules, and returns every violation at once.
    ///
    /// # Errors
    /// [`CheckError`] when no recorded law covers the body on `date`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{Law, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/invalid/nrw-integrationsrat-parity.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let report = Law::builtin().check(&body, NaiveDate::from_ymd_opt(2024, 1, 1).unwrap())?;
    /// assert_eq!(report.violations[0].code.as_str(), "majority_required");
    /// assert_eq!(report.violations[0].citation.as_ref().unwrap().to_string(), "§ 27 Abs. 1 S. 5 GO NRW");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self, body: &RepresentationBody, date: NaiveDate) -> Result<Report, CheckError> {
        let j = body.jurisdiction();
        let regime = self.regime(j.land, body.body_type(), j.level, date)?;
        let mut report = Report {
            checked_on: date,
            land: j.land,
            body_type: body.body_type(),
            basis: regime.basis.clone(),
            governance: regime.governance,
            violations: Vec::new(),
            warnings: Vec::new(),
            notes: Vec::new(),
        };
        for rule in regime.rules.iter().filter(|r| r.validity.contains(date)) {
            record(
                &mut report,
                (rule.constraint.evaluate(body), rule.constraint.code()),
                rule.id.clone(),
                &rule.citation,
                &rule.statement_en,
                (rule.certainty, rule.modality),
            );
        }
        for (i, rule) in body
            .local_rules()
            .iter()
            .enumerate()
            .filter(|(_, r)| r.validity.contains(date))
        {
            // Only on a violation or note is the local rule's id built.
            let outcome = rule.constraint.evaluate(body);
            if !matches!(outcome, Outcome::Met) {
                let statement = format!("{}; see /local_rules/{i}", rule.statement);
                let id = Cow::Owned(format!("local.{}", rule.id));
                record(
                    &mut report,
                    (outcome, rule.constraint.code()),
                    id,
                    &rule.citation,
                    &statement,
                    (Certainty::Verified, Modality::Must),
                );
            }
        }
        roster::check(body, date, regime, &mut report);
        Ok(report)
    }
}

/// Records one rule's outcome: a violation for a verified "muss" rule that
/// is broken, a warning for a verified "soll" (or "kann") rule, a note for an
/// unverified one or for one that could not be applied.
fn record(
    report: &mut Report,
    (outcome, rule_code): (Outcome, ViolationCode),
    id: Cow<'static, str>,
    citation: &Citation,
    statement: &str,
    (certainty, modality): (Certainty, Modality),
) {
    match (outcome, certainty) {
        (Outcome::Met, _) => {}
        (Outcome::NotApplicable(why), _) => report.notes.push(Note {
            kind: NoteKind::NotChecked,
            code: rule_code,
            rule: id,
            citation: citation.clone(),
            message: format!("not checked: {why}"),
        }),
        (Outcome::Broken { code, path, detail }, Certainty::Verified) => {
            let list = match modality {
                Modality::Must => &mut report.violations,
                Modality::Should | Modality::May => &mut report.warnings,
            };
            list.push(Violation {
                code,
                path,
                rule: id,
                citation: Some(citation.clone()),
                message: format!("{statement} ({detail})"),
            })
        }
        (Outcome::Broken { detail, .. }, Certainty::Unverified) => report.notes.push(Note {
            kind: NoteKind::UnverifiedRuleBroken,
            code: rule_code,
            rule: id,
            citation: citation.clone(),
            message: format!("unverified rule not met: {statement} ({detail})"),
        }),
    }
}
