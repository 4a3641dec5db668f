//! Findings: every outcome of a check, with its severity, its figures as
//! data, the smallest fix where the seat plan can be changed, and messages
//! for people in German and English.
//!
//! A finding holds data only. Its messages are rendered on demand from one
//! template per [`FindingCode`] ([`Finding::message`]), filled with the
//! document's own seat-group labels and the rule's own statement, so that a
//! check that finds nothing renders and allocates nothing.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

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
    strum::EnumIter,
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

impl Severity {
    /// `"Verstoß"`, `"Warnung"` or `"Hinweis"`.
    ///
    /// ```
    /// use migrant_representation::Severity;
    /// assert_eq!(Severity::Warning.german(), "Warnung");
    /// assert_eq!(Severity::Warning.english(), "Warning");
    /// ```
    #[must_use]
    pub const fn german(self) -> &'static str {
        match self {
            Self::Violation => "Verstoß",
            Self::Warning => "Warnung",
            Self::Note => "Hinweis",
        }
    }

    /// `"Violation"`, `"Warning"` or `"Note"`.
    #[must_use]
    pub const fn english(self) -> &'static str {
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
    strum::EnumIter,
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
    strum::EnumIter,
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

impl Missing {
    /// What is missing, as a German sentence.
    #[must_use]
    pub const fn german(self) -> &'static str {
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

    /// What is missing, as an English sentence.
    #[must_use]
    pub const fn english(self) -> &'static str {
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
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, strum::EnumIter,
)]
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
    /// use migrant_representation::{GroupRef, SeatChange};
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

/// A rule named in a finding's fix or in a [`crate::Proposal`]: its id for
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

    /// The rule in words: its statement in quotation marks and its
    /// citation (`„Zwei Drittel …“ (§ 50 Abs. 2 KSVG)`). Never its id.
    ///
    /// ```
    /// use migrant_representation::{Citation, Language, RuleRef, Severity, Statement};
    /// let r = RuleRef::new(
    ///     "local.koeln.seats",
    ///     Citation::whole("Hauptsatzung der Stadt Köln"),
    ///     Statement { de: "Der Integrationsrat hat 33 Mitglieder.".into(), en: "Der Integrationsrat hat 33 Mitglieder.".into() },
    ///     Severity::Violation,
    /// );
    /// assert_eq!(r.describe(Language::De), "„Der Integrationsrat hat 33 Mitglieder.“ (Hauptsatzung der Stadt Köln)");
    /// assert_eq!(r.describe(Language::En), "“Der Integrationsrat hat 33 Mitglieder.” (Hauptsatzung der Stadt Köln)");
    /// ```
    #[must_use]
    pub fn describe(&self, lang: Language) -> String {
        let mut s = String::new();
        let _ = self.write(&mut s, lang);
        s
    }

    pub(crate) fn write(&self, out: &mut String, lang: Language) -> fmt::Result {
        let text = match lang {
            Language::En => &self.statement.en,
            _ => &self.statement.de,
        };
        // A statute's wording (or a local rule's own text) is quoted; a
        // paraphrase is named by its provision and marked as one.
        let wording =
            self.rule.starts_with("local.") || self.statement.de.trim_start().starts_with('„');
        if wording {
            quoted(out, &format!("{}.", trimmed_statement(text)), lang)?;
            return write!(out, " ({})", self.citation);
        }
        let mark = if lang == Language::En {
            "paraphrase"
        } else {
            "sinngemäß"
        };
        // A statement that says itself it is a paraphrase is not marked twice.
        if text.contains(mark) {
            return write!(out, "{} ({})", self.citation, trimmed_statement(text));
        }
        write!(
            out,
            "{} ({mark}: {})",
            self.citation,
            trimmed_statement(text)
        )
    }
}

/// Writes `rules` in words, joined by commas and a final "und"/"and".
pub(crate) fn write_rules(out: &mut String, rules: &[RuleRef], lang: Language) -> fmt::Result {
    for (i, r) in rules.iter().enumerate() {
        if i > 0 {
            out.push_str(match (i + 1 == rules.len(), lang) {
                (true, Language::En) => " and ",
                (true, _) => " und ",
                (false, _) => ", ",
            });
        }
        r.write(out, lang)?;
    }
    Ok(())
}

/// A statement without its surrounding quotation marks and final full
/// stop, to be quoted.
fn trimmed_statement(text: &str) -> &str {
    text.trim()
        .trim_start_matches(['„', '“', '"'])
        .trim_end_matches(['“', '”', '"'])
        .trim_end_matches('.')
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
    #[must_use]
    pub fn citation_text(&self) -> Option<String> {
        self.citation.as_ref().map(ToString::to_string)
    }

    /// `true` for a finding of one of the document's own local rules.
    #[must_use]
    pub fn is_local(&self) -> bool {
        self.rule.starts_with("local.")
    }

    /// The finding as a sentence or a few for people, in `lang`: what is
    /// wrong, the rule's statement, the figures with the document's labels,
    /// and the fix. Never contains an identifier.
    #[must_use]
    pub fn message(&self, lang: Language) -> String {
        let mut s = String::new();
        let _ = self.write_message(&mut s, lang);
        s
    }

    fn write_message(&self, out: &mut String, lang: Language) -> fmt::Result {
        let de = lang == Language::De;
        match (self.note, self.missing) {
            (Some(NoteKind::NotChecked), missing) => {
                out.push_str(if de {
                    "Nicht geprüft. "
                } else {
                    "Not checked. "
                });
                if let Some(m) = missing {
                    out.push_str(if de { m.german() } else { m.english() });
                }
            }
            (Some(NoteKind::EffectApplied), _) => {
                out.push_str(if de {
                    "Gesetzliche Folge: "
                } else {
                    "Statutory effect: "
                });
                out.push_str(headline(self.code, lang));
            }
            (Some(NoteKind::UnverifiedRuleBroken), _) => {
                out.push_str(if de {
                    "Eine nicht bestätigte Regel ist nicht erfüllt: "
                } else {
                    "An unverified rule is not met: "
                });
                out.push_str(headline(self.code, lang));
            }
            _ => out.push_str(headline(self.code, lang)),
        }
        if let Some(st) = &self.statement {
            let text = trimmed_statement(if de { &st.de } else { &st.en });
            // A statute's statement in „…“ is its wording, and is quoted as
            // such; any other is a paraphrase and says so. The English is a
            // translation either way. A local rule's statement is the
            // document's own.
            let wording = st.de.trim_start().starts_with('„');
            let (label, quoted) = match (de, self.is_local(), wording) {
                (true, true, _) => ("Örtliche Regel", true),
                (true, false, true) => ("Regel", true),
                // A statement that says itself it is a paraphrase
                // ("Fassung 2025 (sinngemäß): …") is not marked twice.
                (true, false, false) if text.contains("sinngemäß") => ("Regel", false),
                (true, false, false) => ("Regel (sinngemäß)", false),
                (false, true, _) => ("Local rule", true),
                (false, false, true) => ("Rule (in translation)", false),
                (false, false, false) if text.contains("paraphrase") => ("Rule", false),
                (false, false, false) => ("Rule (paraphrase)", false),
            };
            match (quoted, de) {
                (true, true) => write!(out, " {label}: „{text}.“")?,
                (true, false) => write!(out, " {label}: “{text}.”")?,
                (false, _) => write!(out, " {label}: {text}.")?,
            }
        }
        write_figures(out, &self.figures, lang)?;
        if let Some(fix) = &self.fix {
            if !fix.options.is_empty() {
                out.push_str(if de { " Abhilfe: " } else { " To fix: " });
                fix.write(out, lang)?;
                out.push('.');
            }
        }
        Ok(())
    }
}

impl Fix {
    /// The options in words: "1 Sitz mehr für „Direkt gewählte Mitglieder“
    /// oder 1 Sitz weniger für „Ratsmitglieder“".
    #[must_use]
    pub fn describe(&self, lang: Language) -> String {
        let mut s = String::new();
        let _ = self.write(&mut s, lang);
        s
    }

    fn write(&self, out: &mut String, lang: Language) -> fmt::Result {
        let de = lang == Language::De;
        for (i, o) in self.options.iter().enumerate() {
            if i > 0 {
                out.push_str(if de { " oder " } else { ", or " });
            }
            write_changes(out, &o.changes, lang)?;
            if !o.conflicts.is_empty() {
                let many = o.conflicts.len() > 1;
                out.push_str(match (de, many) {
                    (true, false) => ", was der Regel ",
                    (true, true) => ", was den Regeln ",
                    (false, false) => ", which conflicts with the rule ",
                    (false, true) => ", which conflicts with the rules ",
                });
                write_rules(out, &o.conflicts, lang)?;
                if de {
                    out.push_str(" widerspricht");
                    if i + 1 < self.options.len() {
                        out.push(',');
                    }
                }
            }
        }
        Ok(())
    }
}

/// Writes changes made together, joined by "und"/"and".
pub(crate) fn write_changes(
    out: &mut String,
    changes: &[SeatChange],
    lang: Language,
) -> fmt::Result {
    for (k, c) in changes.iter().enumerate() {
        if k > 0 {
            out.push_str(if lang == Language::De {
                " und "
            } else {
                " and "
            });
        }
        write_change(out, c, lang)?;
    }
    Ok(())
}

fn quoted(out: &mut String, s: &str, lang: Language) -> fmt::Result {
    match lang {
        Language::En => write!(out, "“{s}”"),
        _ => write!(out, "„{s}“"),
    }
}

fn write_change(out: &mut String, c: &SeatChange, lang: Language) -> fmt::Result {
    let de = lang == Language::De;
    match c {
        SeatChange::AddSeats { group, seats } => {
            write_quantity(out, Quantity::Seats(*seats), lang)?;
            out.push_str(if de { " mehr für " } else { " more for " });
            quoted(out, &group.label, lang)
        }
        SeatChange::RemoveSeats { group, seats } => {
            write_quantity(out, Quantity::Seats(*seats), lang)?;
            out.push_str(if de { " weniger für " } else { " fewer for " });
            quoted(out, &group.label, lang)
        }
        SeatChange::NewGroup {
            filling,
            voting,
            seats,
        } => {
            if de {
                // Dative after "mit": "mit 1 Sitz", "mit 3 Sitzen".
                let noun = if *seats == 1 { "Sitz" } else { "Sitzen" };
                write!(
                    out,
                    "eine neue Gruppe mit {seats} {noun} ({}, {})",
                    filling.german(),
                    voting.german()
                )
            } else {
                write!(out, "a new group of ")?;
                write_quantity(out, Quantity::Seats(*seats), lang)?;
                write!(out, " ({}, {})", filling.english(), voting.english())
            }
        }
        SeatChange::MoveSeats { from, to, seats } => {
            match (*seats, de) {
                (1, true) => out.push_str("ein Sitz wechselt von "),
                (n, true) => write!(out, "{n} Sitze wechseln von ")?,
                (1, false) => out.push_str("one seat moves from "),
                (n, false) => write!(out, "{n} seats move from ")?,
            }
            quoted(out, &from.label, lang)?;
            out.push_str(if de { " zu " } else { " to " });
            quoted(out, &to.label, lang)
        }
    }
}

fn write_groups(
    out: &mut String,
    figures: &Figures,
    role: GroupRole,
    lang: Language,
) -> fmt::Result {
    let mut first = true;
    for g in figures.groups.iter().filter(|g| g.role == role) {
        out.push_str(if first { " (" } else { ", " });
        first = false;
        quoted(out, &g.label, lang)?;
        write!(out, ": {}", g.seats)?;
    }
    if !first {
        out.push(')');
    }
    Ok(())
}

fn write_figures(out: &mut String, figures: &Figures, lang: Language) -> fmt::Result {
    let de = lang == Language::De;
    if let Some(a) = figures.actual {
        out.push_str(if de { " Festgestellt: " } else { " Found: " });
        write_quantity(out, a, lang)?;
        write_groups(out, figures, GroupRole::Counted, lang)?;
        if let Some(r) = figures.required {
            out.push_str(if de {
                "; erforderlich: "
            } else {
                "; required: "
            });
            write_requirement(out, r, lang)?;
            write_groups(out, figures, GroupRole::Compared, lang)?;
        }
        out.push('.');
    }
    if figures
        .groups
        .iter()
        .any(|g| g.role == GroupRole::Concerned)
    {
        out.push_str(if de { " Betroffen:" } else { " Concerned:" });
        write_groups(out, figures, GroupRole::Concerned, lang)?;
        out.push('.');
    }
    Ok(())
}

/// `(singular, plural)` of a unit.
fn unit(q: Quantity, lang: Language) -> (&'static str, &'static str) {
    match (q, lang) {
        (Quantity::Seats(_), Language::En) => ("seat", "seats"),
        (Quantity::Seats(_), _) => ("Sitz", "Sitze"),
        (Quantity::Members(_), Language::En) => ("member", "members"),
        (Quantity::Members(_), _) => ("Mitglied", "Mitglieder"),
        (Quantity::Years(_), Language::En) => ("year", "years"),
        (Quantity::Years(_), _) => ("Jahr", "Jahre"),
        (Quantity::MeetingsPerYear(_), Language::En) => ("meeting a year", "meetings a year"),
        (Quantity::MeetingsPerYear(_), _) => ("Sitzung im Jahr", "Sitzungen im Jahr"),
        (Quantity::Characters(_), Language::En) => ("character", "characters"),
        (Quantity::Characters(_), _) => ("Zeichen", "Zeichen"),
        (Quantity::Findings(_), Language::En) => ("finding", "findings"),
        (Quantity::Findings(_), _) => ("Feststellung", "Feststellungen"),
        _ => ("", ""),
    }
}

/// The number of a counted quantity.
fn number(q: Quantity) -> Option<u64> {
    match q {
        Quantity::Seats(n)
        | Quantity::Members(n)
        | Quantity::Years(n)
        | Quantity::MeetingsPerYear(n)
        | Quantity::Version(n) => Some(u64::from(n)),
        Quantity::Characters(n) | Quantity::Findings(n) => Some(n),
        Quantity::Share(_) | Quantity::Ratio(_) | Quantity::MemberShare(_) | Quantity::Date(_) => {
            None
        }
    }
}

fn write_quantity(out: &mut String, q: Quantity, lang: Language) -> fmt::Result {
    let de = lang == Language::De;
    match q {
        Quantity::Share(s) => write!(
            out,
            "{} {} {} {}",
            s.part,
            if de { "von" } else { "of" },
            s.whole,
            if de { "Sitzen" } else { "seats" }
        ),
        Quantity::MemberShare(s) => write!(
            out,
            "{} {} {} {}",
            s.part,
            if de { "von" } else { "of" },
            s.whole,
            if de { "Mitgliedern" } else { "members" }
        ),
        Quantity::Ratio(s) => write!(out, "{}/{}", s.part, s.whole),
        Quantity::Version(n) => write!(out, "Version {n}"),
        Quantity::Date(d) if de => write!(out, "{}", d.format("%d.%m.%Y")),
        Quantity::Date(d) => write!(out, "{}", d.format("%Y-%m-%d")),
        q => {
            let n = number(q).unwrap_or(0);
            let (one, many) = unit(q, lang);
            write!(out, "{n} {}", if n == 1 { one } else { many })
        }
    }
}

fn write_requirement(out: &mut String, r: Requirement, lang: Language) -> fmt::Result {
    let de = lang == Language::De;
    let (word, q) = match r {
        Requirement::AtLeast(q @ Quantity::Date(_)) => {
            (if de { "nicht vor dem" } else { "not before" }, q)
        }
        Requirement::AtMost(q @ Quantity::Date(_)) => {
            (if de { "nicht nach dem" } else { "not after" }, q)
        }
        Requirement::Exactly(q @ Quantity::Date(_)) => (if de { "am" } else { "on" }, q),
        Requirement::AtLeast(q) => (if de { "mindestens" } else { "at least" }, q),
        Requirement::AtMost(q) => (if de { "höchstens" } else { "at most" }, q),
        Requirement::Exactly(q) => (if de { "genau" } else { "exactly" }, q),
        Requirement::MoreThan(q) => (if de { "mehr als" } else { "more than" }, q),
        Requirement::Between { min, max } => {
            match number(min) {
                Some(n) => write!(out, "{n} {} ", if de { "bis" } else { "to" })?,
                None => {
                    write_quantity(out, min, lang)?;
                    out.push_str(if de { " bis " } else { " to " });
                }
            }
            return write_quantity(out, max, lang);
        }
    };
    write!(out, "{word} ")?;
    write_quantity(out, q, lang)
}

/// What is wrong, in one sentence per code and language: the template
/// every message starts from.
#[must_use]
pub(crate) const fn headline(code: FindingCode, lang: Language) -> &'static str {
    let (de, en) = headlines(code);
    match lang {
        Language::En => en,
        _ => de,
    }
}

#[allow(clippy::too_many_lines)]
const fn headlines(code: FindingCode) -> (&'static str, &'static str) {
    use FindingCode as C;
    match code {
        C::UnsupportedSchemaVersion => (
            "Diese Version des Dokumentformats wird nicht unterstützt.",
            "This version of the document format is not supported.",
        ),
        C::EmptyText => (
            "Der Text fehlt oder besteht nur aus Leerzeichen.",
            "The text is missing or only white space.",
        ),
        C::TextTooLong => ("Der Text ist zu lang.", "The text is too long."),
        C::InvalidIdentifier => (
            "Die Kennung ist ungültig: erlaubt sind bis zu 64 Kleinbuchstaben, Ziffern, Punkte, Binde- und Unterstriche, am Anfang ein Kleinbuchstabe oder eine Ziffer.",
            "The identifier is invalid: up to 64 lower-case letters, digits, dots, hyphens and underscores are allowed, starting with a lower-case letter or a digit.",
        ),
        C::InvalidAgs => (
            "Der Amtliche Gemeindeschlüssel ist ungültig: erwartet werden 8 Ziffern mit einem Landesschlüssel von 01 bis 16.",
            "The official municipality key (AGS) is invalid: 8 digits with a Land key from 01 to 16 are expected.",
        ),
        C::AgsLandMismatch => (
            "Der Landesschlüssel des Amtlichen Gemeindeschlüssels passt nicht zum angegebenen Land.",
            "The Land key of the official municipality key (AGS) does not match the Land given.",
        ),
        C::LevelMismatch => (
            "Die Ebene passt nicht zur Art der Organisation.",
            "The level does not fit the kind of organisation.",
        ),
        C::NoSeatGroups => (
            "Das Gremium hat keine Sitzgruppen.",
            "The body has no seat groups.",
        ),
        C::DuplicateSeatGroupId => (
            "Zwei Sitzgruppen haben dieselbe Kennung.",
            "Two seat groups share one identifier.",
        ),
        C::UnknownSeatGroup => (
            "Die genannte Sitzgruppe gibt es nicht.",
            "The seat group named does not exist.",
        ),
        C::FilledSeatsExceedSeats => (
            "Es sind mehr Sitze besetzt, als die Gruppe hat.",
            "More seats are filled than the group has.",
        ),
        C::TooManySeats => (
            "Das Gremium hat mehr Sitze, als ein Dokument haben kann.",
            "The body has more seats than a document can have.",
        ),
        C::TermEndsBeforeStart => (
            "Die Amtszeit endet, bevor sie beginnt.",
            "The term ends before it starts.",
        ),
        C::MissingConstitutionDate => (
            "Der Tag der konstituierenden Sitzung fehlt; ohne ihn lässt sich die Amtszeit nicht bestimmen.",
            "The day of the constituent meeting is missing; without it the term cannot be determined.",
        ),
        C::SuccessorDateWithoutContinuation => (
            "Ein Tag der ersten Sitzung des Nachfolgegremiums ist angegeben, aber die Amtszeit dauert nicht bis dahin fort.",
            "A first meeting of the successor body is given, but the term does not continue until then.",
        ),
        C::InvalidValidity => (
            "Der Geltungszeitraum endet, bevor er beginnt.",
            "The period of validity ends before it starts.",
        ),
        C::InvalidShare => (
            "Der Anteil ist größer als das Ganze.",
            "The share is more than a whole.",
        ),
        C::EmptySelector => (
            "Die Auswahl von Sitzen oder Organen ist leer.",
            "The selection of seats or organs is empty.",
        ),
        C::ZeroCount => (
            "Die Zahl muss mindestens 1 sein.",
            "The number must be at least 1.",
        ),
        C::BodyTypeNotPermitted => (
            "Diese Art von Gremium ist an diesem Tag nicht zulässig.",
            "This kind of body is not permitted on this day.",
        ),
        C::MajorityRequired => (
            "Die erforderliche Mehrheit ist nicht gegeben.",
            "The required majority is not met.",
        ),
        C::ShareOutOfRange => (
            "Der Anteil der Sitze liegt außerhalb des zulässigen Bereichs.",
            "The share of seats lies outside the permitted range.",
        ),
        C::SeatCountOutOfRange => (
            "Die Zahl der Sitze liegt außerhalb des zulässigen Bereichs.",
            "The number of seats lies outside the permitted range.",
        ),
        C::SeatGroupNotAllowed => (
            "Eine Sitzgruppe dieser Art ist in diesem Gremium nicht vorgesehen.",
            "A seat group of this kind is not provided for in this body.",
        ),
        C::ChairRuleNotAllowed => (
            "Der Vorsitz wird auf eine Weise bestimmt, die die Regel nicht zulässt.",
            "The chair is chosen in a way the rule does not allow.",
        ),
        C::DeputyRuleNotAllowed => (
            "Die Stellvertretung im Vorsitz wird auf eine Weise bestimmt, die die Regel nicht zulässt.",
            "The deputy chairs are chosen in a way the rule does not allow.",
        ),
        C::TermLengthMismatch => (
            "Die Amtszeit hat nicht die vorgeschriebene Dauer.",
            "The term is not of the required length.",
        ),
        C::TermContinuationMismatch => (
            "Ob die Amtszeit bis zur ersten Sitzung des Nachfolgegremiums fortdauert, entspricht nicht der Regel.",
            "Whether the term continues until the successor body first meets does not match the rule.",
        ),
        C::LegalBasisMismatch => (
            "Die Rechtsgrundlage des Gremiums ist nicht von der vorgeschriebenen Art.",
            "The legal basis of the body is not of the required kind.",
        ),
        C::StageNotSupported => (
            "Die Nachweise tragen die angegebene Entwicklungsstufe des Netzwerks nicht.",
            "The evidence does not support the stage the network claims.",
        ),
        C::UnknownReference => (
            "Der Verweis nennt kein vorhandenes Dokument.",
            "The reference names no document that is present.",
        ),
        C::DuplicateDocumentId => (
            "Zwei Dokumente haben dieselbe Kennung.",
            "Two documents share one identifier.",
        ),
        C::ReferenceMismatch => (
            "Das Dokument, auf das verwiesen wird, ist nicht von der Art, dem Land oder der Stufe, die die Verbindung verlangt.",
            "The document referred to is not of the kind, Land or stage the link requires.",
        ),
        C::RosterExceedsSeats => (
            "An diesem Tag haben mehr Personen Sitze der Gruppe inne, als sie Sitze hat.",
            "On this day more people hold seats of the group than it has.",
        ),
        C::ChairNotMember => (
            "Der Vorsitz ist aus den Mitgliedern zu wählen, hat aber keinen Sitz in der vorgesehenen Gruppe.",
            "The chair is to be elected from the members but holds no seat in the group provided.",
        ),
        C::DuplicateVotingMembership => (
            "Eine Person hat zur selben Zeit zwei stimmberechtigte Sitze inne.",
            "One person holds two voting seats at the same time.",
        ),
        C::MembershipOutsideTerm => (
            "Eine Mitgliedschaft beginnt vor oder endet nach der Amtszeit des Gremiums.",
            "A membership starts before or ends after the term of the body.",
        ),
        C::ElectionDayMismatch => (
            "Die Mitglieder wurden nicht am vorgeschriebenen Tag gewählt.",
            "The members were not elected on the required day.",
        ),
        C::TooFewMeetings => (
            "Das Gremium tagt seltener als vorgeschrieben.",
            "The body meets less often than required.",
        ),
        C::MemberShareTooLow => (
            "Zu wenige Mitglieder haben die geforderte Eigenschaft.",
            "Too few members have the required attribute.",
        ),
        C::MemberCountExceedsMembers => (
            "Es werden mehr Mitglieder mit dieser Eigenschaft gezählt, als Sitze besetzt sind.",
            "More members with this attribute are counted than seats are filled.",
        ),
        C::DateOutOfRange => (
            "Das Datum liegt außerhalb des unterstützten Zeitraums der Jahre 1900 bis 2199.",
            "The date lies outside the supported years 1900 to 2199.",
        ),
        C::SuccessorMeetsBeforeStart => (
            "Das Nachfolgegremium kann nicht vor Beginn dieser Amtszeit erstmals zusammentreten.",
            "The successor body cannot first meet before this term starts.",
        ),
        C::MembershipEndsBeforeStart => (
            "Die Mitgliedschaft endet, bevor sie beginnt.",
            "The membership ends before it starts.",
        ),
        C::EmptyRange => (
            "Der Bereich ist leer: sein Minimum liegt über seinem Maximum.",
            "The range is empty: its minimum lies above its maximum.",
        ),
        C::FoundingYearMismatch => (
            "Das Gründungsjahr liegt außerhalb des unterstützten Zeitraums oder widerspricht dem Gründungsdatum.",
            "The founding year lies outside the supported range or disagrees with the founding date.",
        ),
        C::MissingLand => (
            "Das Land fehlt; ein Verband oder Netzwerk auf Landes- oder örtlicher Ebene muss es nennen.",
            "The Land is missing; an association or network at Land or local level must name it.",
        ),
        C::MissingArea => (
            "Das Gebiet fehlt; ein örtliches Netzwerk muss es nennen.",
            "The area is missing; a local network must name it.",
        ),
        C::DuplicateRuleId => (
            "Zwei Regeln haben dieselbe Kennung.",
            "Two rules share one identifier.",
        ),
        C::OverlappingVersions => (
            "Zwei Fassungen derselben Regel gelten am selben Tag.",
            "Two versions of one rule are in force on the same day.",
        ),
        C::OverlappingRegimes => (
            "Zwei Regelungen für dasselbe Land, dieselbe Art von Gremium und dieselbe Ebene gelten am selben Tag.",
            "Two regimes for one Land, kind of body and level cover the same day.",
        ),
        C::RuleOutsideCoverage => (
            "Eine Regel gilt außerhalb des Zeitraums, den ihre Regelung abdeckt.",
            "A rule is in force outside the period its regime covers.",
        ),
        C::RightNarrowed => (
            "Die örtliche Regelung schwächt ein gesetzliches Beteiligungsrecht ab; eine Satzung kann ein gesetzliches Recht nicht einschränken.",
            "The local provision weakens a statutory participation right; a Satzung cannot take a statutory right away.",
        ),
        C::MembershipCycle => (
            "Ein Verband ist über seine Mitglieder Mitglied seiner selbst.",
            "An association is a member of itself through its members.",
        ),
        C::TooManyFindings => (
            "Es gibt weitere Feststellungen, die nicht einzeln aufgeführt werden.",
            "There are more findings than are listed.",
        ),
        C::DatesOutOfOrder => (
            "Die Tage sind nicht in zeitlicher Reihenfolge oder einer ist doppelt angegeben.",
            "The days are not in order, or one is given twice.",
        ),
        C::TermGivenTwice => (
            "Das Dokument nennt eine einzelne Amtszeit und zugleich eine Liste von Amtszeiten; es darf nur eine der beiden Formen verwenden.",
            "The document gives a single term and a list of terms at once; it may use only one of the two forms.",
        ),
        C::BodyLapsed => (
            "Das Gremium ist kraft Gesetzes entfallen.",
            "The body has lapsed by statute.",
        ),
        C::VerifiedOnWeakSource => (
            "Die Regel ist als bestätigt erfasst, ihre Quelle aber weder Gesetzestext noch Gesetzblatt noch ein amtliches Dokument des Landtags oder eines Ministeriums.",
            "The rule is recorded as verified, but its source is neither statute text, nor the gazette, nor an official document of the Landtag or a ministry.",
        ),
        C::UnknownReplacedRule => (
            "Die Regel, die diese ersetzen soll, gibt es nicht, oder sie ist von anderer Art oder aus einem anderen Land.",
            "The rule this one is said to replace does not exist, or is of another kind or Land.",
        ),
        C::NoBodyInOffice => (
            "An diesem Tag ist kein Gremium im Amt, obwohl das Gesetz es verlangt: die letzte erfasste Amtszeit ist beendet, ohne dass ein Nachfolgegremium erfasst ist, oder das Gremium wurde aufgelöst.",
            "No body is in office on this day although the statute requires one: the last recorded term has ended with no successor recorded, or the body was dissolved.",
        ),
        C::NoLists => (
            "Das Wahlergebnis nennt keinen Wahlvorschlag.",
            "The election result names no election proposal.",
        ),
        C::DuplicateListName => (
            "Zwei Wahlvorschläge haben denselben Namen.",
            "Two election proposals share one name.",
        ),
        C::DuplicateCandidate => (
            "Ein Wahlvorschlag nennt dieselbe Person zweimal.",
            "An election proposal names the same person twice.",
        ),
        C::CandidateCountMismatch => (
            "Die Zahl der Bewerber passt nicht: Ein Einzelbewerber ist eine Person, und eine angegebene Bewerberzahl muss der Zahl der genannten Bewerber entsprechen.",
            "The number of candidates does not fit: a single candidate is one person, and a number of candidates given must equal the candidates named.",
        ),
        C::ElectedSeatsMismatch => (
            "Die Wahl vergibt nicht so viele Sitze, wie das Gremium direkt gewählte Sitze hat.",
            "The election does not fill as many seats as the body has directly elected seats.",
        ),
    }
}

impl fmt::Display for Finding {
    /// The place, the German message and the citation. The alternate form
    /// (`{:#}`), for developers' logs, adds the code and the rule id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message(Language::De))?;
        if let Some(c) = &self.citation {
            write!(f, " ({c})")?;
        }
        if f.alternate() {
            write!(f, " [{}; {}]", self.code.as_str(), self.rule)?;
        }
        Ok(())
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

/// All violations of structural rules found in one document. Never empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(transparent)]
pub struct Defects(Vec<Finding>);

impl Defects {
    /// Wraps a list; returns `None` for an empty list.
    #[must_use]
    pub fn new(list: Vec<Finding>) -> Option<Self> {
        (!list.is_empty()).then_some(Self(list))
    }

    /// A list of one violation.
    pub(crate) fn one(finding: Finding) -> Self {
        Self(vec![finding])
    }

    /// The violations, in document order.
    #[must_use]
    pub fn as_slice(&self) -> &[Finding] {
        &self.0
    }

    /// Iterates over the violations.
    pub fn iter(&self) -> std::slice::Iter<'_, Finding> {
        self.0.iter()
    }

    /// How many violations there are (at least one).
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always `false`: a `Defects` value holds at least one violation.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The violations as a vector.
    #[must_use]
    pub fn into_vec(self) -> Vec<Finding> {
        self.0
    }
}

impl<'a> IntoIterator for &'a Defects {
    type Item = &'a Finding;
    type IntoIter = std::slice::Iter<'a, Finding>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for Defects {
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

impl std::error::Error for Defects {}

/// Collects violations while a value is validated, so that all of them are
/// reported at once.
#[derive(Debug, Default)]
pub(crate) struct Collector {
    list: Vec<Finding>,
    /// Findings beyond [`crate::limits::MAX_FINDINGS`], counted, not kept.
    omitted: usize,
}

/// The finding that stands for `omitted` findings left out of a list.
pub(crate) fn too_many_findings(omitted: usize) -> Finding {
    Finding::format(
        FindingCode::TooManyFindings,
        JsonPointer::root(),
        "limits.findings",
        Figures::of(
            Quantity::Findings(u64::try_from(omitted).unwrap_or(u64::MAX)),
            Requirement::AtMost(Quantity::Findings(crate::limits::MAX_FINDINGS as u64)),
        ),
    )
}

impl Collector {
    pub(crate) fn push(&mut self, v: Finding) {
        if self.list.len() < crate::limits::MAX_FINDINGS {
            self.list.push(v);
        } else {
            self.omitted += 1;
        }
    }

    /// Records a finding of a structural rule without figures.
    pub(crate) fn fail(&mut self, code: FindingCode, path: Loc<'_>, rule: &'static str) {
        self.fail_with(code, path, rule, Figures::none());
    }

    /// Records a finding of a structural rule with its figures.
    pub(crate) fn fail_with(
        &mut self,
        code: FindingCode,
        path: Loc<'_>,
        rule: &'static str,
        figures: Figures,
    ) {
        self.push(Finding::format(code, path.pointer(), rule, figures));
    }

    /// Checks a required text: not blank, at most `max` characters.
    pub(crate) fn text(&mut self, path: &Loc<'_>, value: &str, max: usize) {
        if crate::limits::is_blank(value) {
            self.fail(FindingCode::EmptyText, *path, "format.text.not_empty");
        } else {
            let n = value.chars().count();
            if n > max {
                self.fail_with(
                    FindingCode::TextTooLong,
                    *path,
                    "format.text.max_length",
                    Figures::of(
                        Quantity::Characters(n as u64),
                        Requirement::AtMost(Quantity::Characters(max as u64)),
                    ),
                );
            }
        }
    }

    pub(crate) fn finish(mut self) -> Result<(), Defects> {
        if self.omitted > 0 {
            self.list.push(too_many_findings(self.omitted));
        }
        match Defects::new(self.list) {
            None => Ok(()),
            Some(v) => Err(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_have_their_units_in_both_languages() {
        let mut s = String::new();
        write_requirement(
            &mut s,
            Requirement::Between {
                min: Quantity::Seats(3),
                max: Quantity::Seats(37),
            },
            Language::De,
        )
        .unwrap();
        assert_eq!(s, "3 bis 37 Sitze");
        s.clear();
        write_requirement(
            &mut s,
            Requirement::AtLeast(Quantity::Date(NaiveDate::from_ymd_opt(2020, 5, 1).unwrap())),
            Language::De,
        )
        .unwrap();
        assert_eq!(s, "nicht vor dem 01.05.2020");
        s.clear();
        write_quantity(&mut s, Quantity::Seats(1), Language::En).unwrap();
        assert_eq!(s, "1 seat");
    }
}
