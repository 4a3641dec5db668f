//! Findings: every outcome of a check, with its severity, its figures as
//! data, the smallest fix where the seat plan can be changed, and messages
//! for people in German and English.
//!
//! A finding holds data only. Its messages are rendered on demand from one
//! template per [`FindingCode`] ([`Finding::message`]), filled with the
//! document's own seat-group labels and the rule's own statement, so that a
//! check that finds nothing renders and allocates nothing.

mod collect;
mod text;

pub use collect::Defects;
pub(crate) use collect::{Collector, too_many_findings};
pub(crate) use text::{write_changes, write_rules};

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::citation::Citation;
use crate::code::FindingCode;
use crate::language::Language;
use crate::pointer::{JsonPointer, Loc};
use crate::seating::{SeatFilling, Share, VotingRight};

/// How much a finding weighs.
///
/// German administrative law distinguishes "muss" (binding), "soll"
/// (binding unless the case is atypical) and "kann" (a choice).
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
pub enum Severity {
    /// A breached "muss" rule, or a structural rule: the body is not
    /// compliant (Verstoß).
    #[doc(alias = "Verstoß")]
    Violation,
    /// A breached "soll" rule: binding unless the case is atypical, which
    /// the municipality must be able to justify (Warnung).
    #[doc(alias = "Warnung")]
    Warning,
    /// A rule that could not be checked, or an unverified rule the body
    /// does not meet (Hinweis).
    #[doc(alias = "Hinweis")]
    Note,
}

crate::enums::variants!(Severity, [Violation, Warning, Note]);

impl Severity {
    /// The severity in `lang`, for people: German by default.
    ///
    /// ```
    /// use migrant_representation::{Language, Severity};
    /// assert_eq!(Severity::Violation.describe(Language::De), "Verstoß");
    /// assert_eq!(Severity::Warning.describe(Language::En), "Warning");
    /// assert_eq!(Severity::Note.describe(Language::De), "Hinweis");
    /// ```
    #[must_use]
    pub const fn describe(self, lang: crate::Language) -> &'static str {
        match lang {
            crate::Language::En => self.en(),
            _ => self.de(),
        }
    }

    const fn de(self) -> &'static str {
        match self {
            Self::Violation => "Verstoß",
            Self::Warning => "Warnung",
            Self::Note => "Hinweis",
        }
    }

    const fn en(self) -> &'static str {
        match self {
            Self::Violation => "Violation",
            Self::Warning => "Warning",
            Self::Note => "Note",
        }
    }
}

/// What a note reports ([`Severity::Note`]).
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
pub enum NoteKind {
    /// The rule could not be checked: the document lacks what it needs
    /// ([`Finding::missing`] says what).
    NotChecked,
    /// The body breaks a rule the crate records as unverified.
    UnverifiedRuleBroken,
    /// A statutory effect was applied (the body lapsed): the law acts, the
    /// document need not say so.
    EffectApplied,
}

crate::enums::variants!(NoteKind, [NotChecked, UnverifiedRuleBroken, EffectApplied]);

/// What a document lacks for a rule to be checked.
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
pub enum Missing {
    /// The document gives no term.
    Term,
    /// The document gives no election day or the Land has no recorded
    /// council term to compare it with.
    ElectionDay,
    /// The document does not say how often the body meets.
    MeetingsPerYear,
    /// The document does not say how many members are women.
    Women,
    /// The document does not say how many members have a migration history.
    MigrationHistory,
    /// The document does not say how the chair is chosen.
    Chair,
    /// The document does not say how the deputy chairs are chosen.
    Deputies,
    /// The members were elected later than the council, which is allowed
    /// only for bodies formed on request or voluntarily, and the document
    /// does not say under which duty the body was formed.
    EstablishedUnder,
    /// The document does not give the day of the constituent meeting, and
    /// the statute does not fix the first day of the term: the term is
    /// taken to begin on the day it is placed by (its election).
    ConstitutionDate,
}

crate::enums::variants!(
    Missing,
    [
        Term,
        ElectionDay,
        MeetingsPerYear,
        Women,
        MigrationHistory,
        Chair,
        Deputies,
        EstablishedUnder,
        ConstitutionDate
    ]
);

impl Missing {
    /// The sentence on what is missing in `lang`, for people: German by default.
    #[must_use]
    pub const fn describe(self, lang: crate::Language) -> &'static str {
        match lang {
            crate::Language::En => self.en(),
            _ => self.de(),
        }
    }

    const fn de(self) -> &'static str {
        match self {
            Self::Term => "Das Dokument nennt keine Amtszeit.",
            Self::ElectionDay => {
                "Das Dokument nennt keinen Wahltag, oder die Wahlperiode des Rates ist nicht hinterlegt."
            }
            Self::MeetingsPerYear => "Das Dokument sagt nicht, wie oft das Gremium tagt.",
            Self::Women => "Das Dokument sagt nicht, wie viele der Mitglieder Frauen sind.",
            Self::MigrationHistory => {
                "Das Dokument sagt nicht, wie viele der Mitglieder eine Migrationsgeschichte haben."
            }
            Self::Chair => "Das Dokument sagt nicht, wie der Vorsitz bestimmt wird.",
            Self::Deputies => "Das Dokument sagt nicht, wie die Stellvertretung bestimmt wird.",
            Self::EstablishedUnder => {
                "Die Mitglieder wurden später als der Rat gewählt. Das ist nur zulässig, wenn das Gremium auf Antrag oder freiwillig gebildet wurde, und das Dokument sagt nicht, auf welcher Grundlage es gebildet wurde."
            }
            Self::ConstitutionDate => {
                "Das Dokument nennt den Tag der konstituierenden Sitzung nicht, und das Gesetz legt den Beginn der Amtszeit nicht fest; angenommen wird der Wahltag."
            }
        }
    }

    const fn en(self) -> &'static str {
        match self {
            Self::Term => "The document gives no term.",
            Self::ElectionDay => {
                "The document gives no election day, or the council's term is not recorded."
            }
            Self::MeetingsPerYear => "The document does not say how often the body meets.",
            Self::Women => "The document does not say how many of the members are women.",
            Self::MigrationHistory => {
                "The document does not say how many of the members have a migration history."
            }
            Self::Chair => "The document does not say how the chair is chosen.",
            Self::Deputies => "The document does not say how the deputy chairs are chosen.",
            Self::EstablishedUnder => {
                "The members were elected later than the council. That is allowed only for a body formed on request or voluntarily, and the document does not say under which duty it was formed."
            }
            Self::ConstitutionDate => {
                "The document does not give the day of the constituent meeting, and the statute does not fix the first day of the term; the election day is assumed."
            }
        }
    }
}

/// One figure of a finding: a number with its unit, a share, or a date.
///
/// Serialised with the unit as the key: `{"seats": 5}`,
/// `{"share": {"part": 5, "whole": 18}}`, `{"date": "2020-10-31"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Quantity {
    /// A number of seats.
    Seats(u32),
    /// A part of a number of seats.
    Share(Share),
    /// A fraction a rule names (two thirds), as `part/whole`.
    Ratio(Share),
    /// A number of members.
    Members(u32),
    /// A part of a number of members.
    MemberShare(Share),
    /// A number of years.
    Years(u32),
    /// A number of meetings a year.
    MeetingsPerYear(u32),
    /// A length of text in Unicode scalar values.
    Characters(u64),
    /// A number of findings.
    Findings(u64),
    /// A version of the document format.
    Version(u32),
    /// A calendar day.
    #[schemars(with = "crate::date::DateSchema")]
    Date(NaiveDate),
}

/// What a rule requires of a [`Quantity`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Requirement {
    /// At least this much (for a date: not before it).
    AtLeast(Quantity),
    /// At most this much (for a date: not after it).
    AtMost(Quantity),
    /// Exactly this much.
    Exactly(Quantity),
    /// Within this range.
    Between {
        /// The least allowed.
        min: Quantity,
        /// The most allowed.
        max: Quantity,
    },
    /// More than this.
    MoreThan(Quantity),
}

/// The part a seat group plays in a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GroupRole {
    /// Its seats are counted in the actual value (the majority, the part,
    /// the seats counted).
    Counted,
    /// Its seats are what the actual value is compared with (the seats to
    /// be outnumbered, the rest of the whole).
    Compared,
    /// The group itself breaks the rule (a kind the rule does not allow, a
    /// group over its seats).
    Concerned,
}

crate::enums::variants!(GroupRole, [Counted, Compared, Concerned]);

/// A seat group a finding concerns, with the document's own id and label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct GroupFigure {
    /// The group's id in the document.
    pub id: String,
    /// The group's label in the document.
    pub label: String,
    /// The group's seats.
    pub seats: u32,
    /// The part it plays.
    pub role: GroupRole,
}

/// The figures of a finding, as data: what was found, what is required,
/// and the seat groups involved. Empty parts are left out when serialised.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Figures {
    /// What the document has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<Quantity>,
    /// What the rule requires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<Requirement>,
    /// The seat groups involved, in document order within each role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<GroupFigure>,
}

impl Figures {
    /// No figures.
    #[must_use]
    pub const fn none() -> Self {
        Self {
            actual: None,
            required: None,
            groups: Vec::new(),
        }
    }

    /// What was found and what is required.
    #[must_use]
    pub const fn of(actual: Quantity, required: Requirement) -> Self {
        Self {
            actual: Some(actual),
            required: Some(required),
            groups: Vec::new(),
        }
    }

    /// `true` when there is nothing to show.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.actual.is_none() && self.required.is_none() && self.groups.is_empty()
    }
}

/// The document's own words for a seat group a fix names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct GroupRef {
    /// The group's id in the document.
    pub id: String,
    /// The group's label in the document.
    pub label: String,
}

/// One change to the seat plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum SeatChange {
    /// Give an existing group more seats.
    AddSeats {
        /// The group.
        group: GroupRef,
        /// How many seats more.
        seats: u32,
    },
    /// Take seats from an existing group; all of its seats: remove it.
    RemoveSeats {
        /// The group.
        group: GroupRef,
        /// How many seats fewer.
        seats: u32,
    },
    /// Add a new group.
    NewGroup {
        /// How its seats are filled.
        filling: SeatFilling,
        /// Whether they vote.
        voting: VotingRight,
        /// How many seats it has.
        seats: u32,
    },
    /// Move seats from one existing group to another ("ein Sitz wechselt
    /// von … zu …"): as many seats fewer for `from` as more for `to`. A
    /// move of one seat changes two seats.
    MoveSeats {
        /// The group that gives up the seats.
        from: GroupRef,
        /// The group that gets them.
        to: GroupRef,
        /// How many seats move.
        seats: u32,
    },
}

impl SeatChange {
    /// How many seats the change changes: a move counts twice, once where
    /// a seat goes and once where it comes.
    ///
    /// ```
    /// use migrant_representation::check::{GroupRef, SeatChange};
    /// let g = |id: &str| GroupRef { id: id.into(), label: id.into() };
    /// let m = SeatChange::MoveSeats { from: g("council"), to: g("elected"), seats: 1 };
    /// assert_eq!(m.seats_changed(), 2);
    /// assert_eq!(SeatChange::AddSeats { group: g("elected"), seats: 3 }.seats_changed(), 3);
    /// ```
    #[must_use]
    pub fn seats_changed(&self) -> u32 {
        match self {
            Self::AddSeats { seats, .. }
            | Self::RemoveSeats { seats, .. }
            | Self::NewGroup { seats, .. } => *seats,
            Self::MoveSeats { seats, .. } => seats.saturating_mul(2),
        }
    }
}

/// A rule named in a finding's fix or in a [`Proposal`](crate::check::Proposal): its id for
/// programs, its citation and statement for people, and how much a breach
/// of it weighs (a violation for a "muss" rule, a warning for a "soll"
/// rule).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RuleRef {
    /// The id of the rule, as in [`Finding::rule`].
    pub rule: Cow<'static, str>,
    /// The provision.
    pub citation: Citation,
    /// The rule's statement.
    pub statement: Statement,
    /// What a breach of the rule is: [`Severity::Violation`] for a "muss"
    /// rule, [`Severity::Warning`] for a "soll" rule.
    pub severity: Severity,
}

impl RuleRef {
    /// A reference to the rule `rule`.
    #[must_use]
    pub fn new(
        rule: impl Into<Cow<'static, str>>,
        citation: Citation,
        statement: Statement,
        severity: Severity,
    ) -> Self {
        Self {
            rule: rule.into(),
            citation,
            statement,
            severity,
        }
    }
}

/// One way to meet the rule: changes made together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct FixOption {
    /// The changes.
    pub changes: Vec<SeatChange>,
    /// The other seat rules in force that this option moves further from
    /// being met (or breaks): after it, meeting them takes more seats
    /// changed than before. Empty when it conflicts with none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<RuleRef>,
}

impl FixOption {
    /// An option of these changes, conflicting with no other rule.
    #[must_use]
    pub fn new(changes: Vec<SeatChange>) -> Self {
        Self {
            changes,
            conflicts: Vec::new(),
        }
    }
}

/// The smallest changes to the seat plan that make a composition rule
/// pass: each option alone is enough. Rules the seat plan cannot meet by
/// itself (the chair, the term, member facts) have no fix.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{Language, RepresentationBody};
/// // Saarbrücken's Integrationsbeirat with 9 elected and 6 council members:
/// // not two thirds elected (§ 50 Abs. 2 KSVG).
/// let json = std::fs::read_to_string("examples/data/invalid/saarbruecken-integrationsbeirat-shares.json")?;
/// let body = RepresentationBody::from_json_str(&json)?;
/// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
/// let report = body.check(on)?;
/// let broken = &report.violations[0];
/// let fix = broken.fix.as_ref().expect("a seat plan can be fixed");
/// assert_eq!(fix.describe(Language::De), "3 Sitze mehr für „gewählte Mitglieder“");
/// for option in &fix.options {
///     let fixed = body.with_changes(&option.changes)?;
///     assert!(fixed.check(on)?.violations.iter().all(|v| v.rule != broken.rule));
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct Fix {
    /// The options, the smallest first: adding seats before removing them.
    pub options: Vec<FixOption>,
}

/// The statement of the rule a finding breaks, in both languages. A local
/// rule's own statement is used as it is, in both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// German.
    pub de: Cow<'static, str>,
    /// English.
    pub en: Cow<'static, str>,
}

impl Statement {
    /// A statement of the built-in law, in German and English.
    ///
    /// ```
    /// use migrant_representation::check::Statement;
    /// let s = Statement::new("„Die Wahl ist geheim.“", "The election is secret");
    /// assert!(s.is_wording());
    /// ```
    #[must_use]
    pub const fn new(de: &'static str, en: &'static str) -> Self {
        Self {
            de: Cow::Borrowed(de),
            en: Cow::Borrowed(en),
        }
    }

    /// The statement in `lang`: German by default.
    ///
    /// ```
    /// use migrant_representation::{check::Statement, Language};
    /// let s = Statement::new("Die Wahl ist geheim.", "The election is secret");
    /// assert_eq!(s.describe(Language::En), "The election is secret");
    /// ```
    #[must_use]
    pub fn describe(&self, lang: Language) -> &str {
        match lang {
            Language::En => &self.en,
            _ => &self.de,
        }
    }

    /// Whether the German is the statute's wording (a quotation in „…“)
    /// rather than a paraphrase; the English is always a translation.
    ///
    /// ```
    /// use migrant_representation::check::Statement;
    /// assert!(!Statement::new("Die Wahl ist geheim.", "The election is secret").is_wording());
    /// ```
    #[must_use]
    pub fn is_wording(&self) -> bool {
        self.de.trim_start().starts_with('„')
    }
}

/// One finding of a check: a violation, a warning or a note, structural,
/// statutory or local.
///
/// Match on [`code`](Self::code), [`severity`](Self::severity) and
/// [`rule`](Self::rule); read the figures from [`figures`](Self::figures).
/// Messages for people are rendered on demand by
/// [`message`](Self::message); serialised findings carry both languages
/// and the citation as text.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{Language, RepresentationBody, Severity};
/// let body = RepresentationBody::from_json_str(r#"{
///   "document_type": "representation_body", "schema_version": 1,
///   "id": "musterstadt-integrationsrat", "official_name": "Integrationsrat Musterstadt",
///   "english_label": "Integration Council of Musterstadt", "body_type": "integration_council",
///   "jurisdiction": {"land": "NW", "level": "municipality", "area": "Musterstadt"},
///   "legal_basis": {"kind": "statute", "citation": {"law": "GO NRW", "number": "27"}},
///   "composition": {"seat_groups": [
///     {"id": "elected", "label": "direkt gewählte Mitglieder", "filling": "directly_elected", "voting": "voting", "seats": 7},
///     {"id": "council", "label": "Ratsmitglieder", "filling": "council_delegated", "voting": "voting", "seats": 7}]}
/// }"#)?;
/// // A day under the 2013 version of § 27 GO NRW, whose elected-majority
/// // rule the crate records unverified (read in a municipal quotation): a
/// // broken unverified rule is a note, with everything a violation carries.
/// let report = body.check(NaiveDate::from_ymd_opt(2024, 1, 15).unwrap())?;
/// let f = report.notes.iter().find(|n| n.code.as_str() == "majority_required").unwrap();
/// assert_eq!(f.severity, Severity::Note);
/// assert_eq!(f.citation_text().as_deref(), Some("§ 27 Abs. 1 S. 5 GO NRW"));
/// assert!(f.message(Language::De).starts_with("Eine nicht bestätigte Regel ist nicht erfüllt: Die erforderliche Mehrheit ist nicht gegeben."));
/// let json = serde_json::to_value(f)?;
/// assert_eq!(json["citation_text"], "§ 27 Abs. 1 S. 5 GO NRW");
/// assert!(json["message"]["en"].as_str().unwrap().starts_with("An unverified rule is not met: The required majority"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "Violation")]
#[doc(alias = "Feststellung")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(into = "Wire", from = "Wire")]
#[schemars(
    description = "One finding of a check: a violation (a broken \"muss\" rule or structural rule), a warning (a broken \"soll\" rule) or a note (a rule not checked, or an unverified rule not met). Carries a stable code, a JSON Pointer, the rule id, the citation as structure and as text, the figures as data, the smallest fix where the seat plan can meet the rule, and the message in German and English."
)]
#[non_exhaustive]
pub struct Finding {
    /// How much it weighs.
    pub severity: Severity,
    /// What kind of check failed.
    pub code: FindingCode,
    /// Where in the document: a JSON Pointer.
    pub path: JsonPointer,
    /// The id of the rule: a legal rule's id such as
    /// `nw.integration_council.elected_majority`, `local.<id>` for the
    /// document's local rule `<id>`, or `format.…`, `law.…`, `link.…` and
    /// `limits.…` for the crate's structural rules.
    pub rule: Cow<'static, str>,
    /// The statute or local provision the rule comes from; `None` for
    /// structural rules.
    pub citation: Option<Citation>,
    /// The rule's statement; `None` for structural rules.
    pub statement: Option<Statement>,
    /// The figures: actual and required values, and the seat groups involved.
    pub figures: Figures,
    /// The smallest changes to the seat plan that meet the rule, for
    /// composition rules the seat plan can meet.
    pub fix: Option<Fix>,
    /// For notes: what the note reports.
    pub note: Option<NoteKind>,
    /// For notes of rules not checked: what the document lacks.
    pub missing: Option<Missing>,
}

impl Finding {
    /// A finding of one of the crate's structural rules.
    pub(crate) fn format(
        code: FindingCode,
        path: JsonPointer,
        rule: &'static str,
        figures: Figures,
    ) -> Self {
        Self {
            severity: Severity::Violation,
            code,
            path,
            rule: Cow::Borrowed(rule),
            citation: None,
            statement: None,
            figures,
            fix: None,
            note: None,
            missing: None,
        }
    }

    /// The citation as German lawyers write it (`"§ 27 Abs. 1 S. 5 GO NRW"`).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::RepresentationBody;
    /// let json = std::fs::read_to_string("examples/data/invalid/saarbruecken-integrationsbeirat-shares.json")?;
    /// let report = RepresentationBody::from_json_str(&json)?.check(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
    /// let cited = report.violations[0].citation_text().expect("a statute's rule has a citation");
    /// assert!(cited.starts_with("§ 50 Abs. 2 S. 1 KSVG"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn citation_text(&self) -> Option<String> {
        self.citation.as_ref().map(ToString::to_string)
    }

    /// `true` for a finding of one of the document's own local rules.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{check::{GroupRef, SeatChange}, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// // One elected seat more breaks the Hauptsatzung's 33 seats, not § 27 GO NRW.
    /// let elected = GroupRef { id: "elected".into(), label: "direkt gewählte Mitglieder".into() };
    /// let larger = body.with_changes(&[SeatChange::AddSeats { group: elected, seats: 1 }])?;
    /// let report = larger.check(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
    /// assert!(!report.violations.is_empty());
    /// assert!(report.violations.iter().all(|v| v.is_local()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn is_local(&self) -> bool {
        self.rule.starts_with("local.")
    }
}

/// The messages of a finding in both languages, as serialised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct Messages {
    /// German.
    pub de: String,
    /// English.
    pub en: String,
}

/// The serialised form of a [`Finding`]: its data, the citation as text
/// and the messages in both languages. The rendered parts are ignored when
/// a finding is read back.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields, rename = "Finding")]
struct Wire {
    /// How much it weighs: `violation` (a broken "muss" rule or structural
    /// rule), `warning` (a broken "soll" rule) or `note`.
    #[serde(default = "violation")]
    severity: Severity,
    /// What kind of check failed.
    code: FindingCode,
    /// Where in the document: a JSON Pointer.
    path: JsonPointer,
    /// The id of the rule.
    rule: Cow<'static, str>,
    /// The provision, as structure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    citation: Option<Citation>,
    /// The provision as German lawyers write it; derived from `citation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    citation_text: Option<String>,
    /// The rule's statement in German and English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    statement: Option<Statement>,
    /// The figures: actual and required values, the seat groups involved.
    #[serde(default, skip_serializing_if = "Figures::is_empty")]
    figures: Figures,
    /// The smallest changes to the seat plan that meet the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fix: Option<Fix>,
    /// For notes: what the note reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<NoteKind>,
    /// For rules not checked: what the document lacks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    missing: Option<Missing>,
    /// The message in German and English; derived from the rest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    message: Option<Messages>,
}

fn violation() -> Severity {
    Severity::Violation
}

impl From<Finding> for Wire {
    fn from(f: Finding) -> Self {
        Self {
            citation_text: f.citation_text(),
            message: Some(Messages {
                de: f.message(Language::De),
                en: f.message(Language::En),
            }),
            severity: f.severity,
            code: f.code,
            path: f.path,
            rule: f.rule,
            citation: f.citation,
            statement: f.statement,
            figures: f.figures,
            fix: f.fix,
            note: f.note,
            missing: f.missing,
        }
    }
}

impl From<Wire> for Finding {
    fn from(w: Wire) -> Self {
        Self {
            severity: w.severity,
            code: w.code,
            path: w.path,
            rule: w.rule,
            citation: w.citation,
            statement: w.statement,
            figures: w.figures,
            fix: w.fix,
            note: w.note,
            missing: w.missing,
        }
    }
}
