//! What a check finds: reports, notes, the catalogue, and the one recorder
//! every rule's outcome goes through.

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::constraint::{Constraint, Outcome};
use super::plan::Proposal;
use super::rule::Governance;
use super::vocab::{Certainty, Modality};
#[cfg(doc)]
use crate::Law;
use crate::citation::{Citation, Validity};
pub use crate::error::CheckError;
use crate::error::FindingCode;
pub use crate::finding::NoteKind;
use crate::finding::{Figures, Finding, Severity, Statement};
use crate::kind::BodyType;
use crate::land::{Land, Level};
#[cfg(doc)]
use crate::law::allocation::AllocationRule;
#[cfg(doc)]
use crate::law::establishment::EstablishmentRule;
#[cfg(doc)]
use crate::law::franchise::FranchiseRule;
#[cfg(doc)]
use crate::law::rights::Right;
#[cfg(doc)]
use crate::law::rule::Rule;

/// The result of checking one body on one date.
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
///     {"id": "elected", "label": "direkt gewählte Mitglieder", "filling": "directly_elected", "voting": "voting", "seats": 6},
///     {"id": "council", "label": "Ratsmitglieder", "filling": "council_delegated", "voting": "voting", "seats": 6}]}
/// }"#)?;
/// // Under the 2013 version of § 27 GO NRW: its majority rule is recorded
/// // unverified, so a broken one is a note and the report stays compliant.
/// let report = body.check(NaiveDate::from_ymd_opt(2024, 1, 15).unwrap())?;
/// assert!(report.is_compliant());
/// assert!(report.violations.is_empty());
/// assert_eq!(report.notes[0].code.as_str(), "majority_required");
/// // The document gives no term and no chair: those rules are not checked.
/// assert!(report.notes.iter().all(|n| n.severity == Severity::Note));
/// assert!(report.notes[1].message(Language::De).starts_with("Nicht geprüft."));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
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
    /// The version of the report format ([`crate::limits::REPORT_VERSION`]):
    /// 2 since findings carry severity, figures, fixes and messages.
    #[serde(default = "report_version")]
    pub schema_version: u32,
    /// Every broken "muss" rule, statutory and local.
    pub violations: Vec<Finding>,
    /// Every broken "soll" rule ([`Modality::Should`]): binding unless the
    /// case is atypical, which the municipality must be able to justify.
    #[serde(default)]
    pub warnings: Vec<Finding>,
    /// Rules that could not be applied (missing data) and unverified rules
    /// the body does not meet.
    pub notes: Vec<Finding>,
    /// Defects and warnings beyond the limit, counted, not listed
    /// ([`crate::limits::MAX_FINDINGS`]); a `too_many_findings` violation
    /// then closes the list.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub omitted: u64,
    /// Where the body stands on the day: in office, continuing, ended, …;
    /// `None` when the document records no term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<super::standing::Office>,
    /// The verdict in one word: compliant, not compliant, or not in office
    /// (no verdict on lawfulness for a day on which no term is in office).
    pub status: ReportStatus,
    /// When a seat rule is broken: the smallest change to the seat plan
    /// that meets every seat rule at once, or the rules that contradict
    /// each other.
    // Boxed: most reports have none, and a report stays small.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<Box<Proposal>>,
}

/// The verdict of a [`Report`] in one word.
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
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum ReportStatus {
    /// No "muss" rule is broken, and the body is in office (or the document
    /// records no term).
    #[doc(alias = "rechtmäßig")]
    Compliant,
    /// A "muss" rule is broken.
    #[doc(alias = "nicht rechtmäßig")]
    NotCompliant,
    /// No "muss" rule is broken, but no term of the body is in office on
    /// the day: not yet constituted, awaiting its successor, ended or
    /// dissolved. Lawfulness is not judged for such a day.
    #[doc(alias = "nicht im Amt")]
    NotInOffice,
}

impl ReportStatus {
    /// The status in `lang`, for people: "rechtmäßig", "NICHT rechtmäßig",
    /// "nicht im Amt".
    ///
    /// ```
    /// use migrant_representation::{check::ReportStatus, Language};
    /// assert_eq!(ReportStatus::NotInOffice.describe(Language::De), "nicht im Amt");
    /// assert_eq!(ReportStatus::Compliant.describe(Language::En), "compliant");
    /// ```
    #[must_use]
    pub const fn describe(self, lang: crate::Language) -> &'static str {
        match (self, lang) {
            (Self::Compliant, crate::Language::En) => "compliant",
            (Self::Compliant, _) => "rechtmäßig",
            (Self::NotCompliant, crate::Language::En) => "NOT compliant",
            (Self::NotCompliant, _) => "NICHT rechtmäßig",
            (Self::NotInOffice, crate::Language::En) => "not in office",
            (Self::NotInOffice, _) => "nicht im Amt",
        }
    }
}

fn report_version() -> u32 {
    crate::limits::REPORT_VERSION
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Report {
    /// `true` when no "muss" rule is broken and the body is in office (or
    /// the document records no term). Warnings (broken "soll" rules) do not
    /// make a body non-compliant; a day on which no term is in office is
    /// not compliant, though nothing is broken ([`ReportStatus::NotInOffice`]).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{RepresentationBody, Severity};
    /// let json = std::fs::read_to_string("examples/data/invalid/nrw-integrationsrat-parity.json")?;
    /// let report = RepresentationBody::from_json_str(&json)?.check(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
    /// // 7 elected and 7 council members break the NRW majority rule, but the
    /// // crate records that rule unverified: a note, not a violation.
    /// assert!(report.violations.is_empty());
    /// assert!(report.notes.iter().any(|n| n.severity == Severity::Note && n.code.as_str() == "majority_required"));
    /// assert!(report.is_compliant());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn is_compliant(&self) -> bool {
        self.status == ReportStatus::Compliant
    }

    /// The status the findings and the office give: what the checker sets
    /// in [`Report::status`].
    pub(crate) fn derived_status(&self) -> ReportStatus {
        if !self.violations.is_empty() {
            ReportStatus::NotCompliant
        } else if self.office.as_ref().is_some_and(|o| !o.is_in_office()) {
            ReportStatus::NotInOffice
        } else {
            ReportStatus::Compliant
        }
    }
}

/// One line of the rule catalogue: a rule with the regime it belongs to.
/// Generated from the same values the checker runs ([`Law::catalogue`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
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
    /// The kind of source it rests on.
    pub source_kind: super::vocab::SourceKind,
    /// The id of the rule it replaces, if it is a later version of one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<Cow<'static, str>>,
    /// How binding it is: "muss", "soll" or "kann" (for establishment rules,
    /// the strength of the duty).
    pub modality: Modality,
    /// What it says, in German and English: the statute's wording where
    /// the German is a quotation in „…“, otherwise a paraphrase.
    pub statement: crate::finding::Statement,
    /// Where it was read.
    pub source: Cow<'static, str>,
    /// What was decided in recording it, and what is not verified.
    #[serde(default, skip_serializing_if = "str::is_empty")]
    pub note: Cow<'static, str>,
    /// For composition rules: the check and the code its violation carries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<CatalogueCheck>,
    /// For a duty to form a body: what happens when no candidates stand
    /// (the duty lapses, another body is formed), with its citation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub if_no_candidates: Option<super::establishment::NoCandidates>,
}

/// The check of a composition rule in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct CatalogueCheck {
    /// Statute or local law only.
    pub governance: Governance,
    /// What the rule requires.
    pub constraint: Constraint,
    /// The code a violation carries.
    pub code: FindingCode,
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
#[schemars(transform = crate::doc_text::tidy)]
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
    /// A participation right ([`Right`]).
    Right,
    /// How the directly elected seats are allocated from the votes
    /// ([`AllocationRule`]).
    Allocation,
}

/// Records one rule's outcome: a violation for a verified "muss" rule that
/// is broken, a warning for a verified "soll" (or "kann") rule, a note for an
/// unverified one or for one that could not be applied. The statement is
/// copied only when there is something to record.
pub(super) fn record(
    report: &mut Report,
    (outcome, rule_code): (Outcome, FindingCode),
    id: Cow<'static, str>,
    citation: &Citation,
    (de, en): (&Cow<'static, str>, &Cow<'static, str>),
    (certainty, modality): (Certainty, Modality),
) {
    let statement = || {
        Some(Statement {
            de: de.clone(),
            en: en.clone(),
        })
    };
    let finding = match (outcome, certainty) {
        (Outcome::Met, _) => return,
        (
            Outcome::Effect {
                code,
                path,
                figures,
            },
            certainty,
        ) => Finding {
            severity: Severity::Note,
            code,
            path,
            rule: id,
            citation: Some(citation.clone()),
            statement: statement(),
            figures,
            fix: None,
            note: Some(if certainty == Certainty::Verified {
                NoteKind::EffectApplied
            } else {
                NoteKind::UnverifiedRuleBroken
            }),
            missing: None,
        },
        (Outcome::NotApplicable { missing, path }, _) => Finding {
            severity: Severity::Note,
            code: rule_code,
            path,
            rule: id,
            citation: Some(citation.clone()),
            statement: statement(),
            figures: Figures::none(),
            fix: None,
            note: Some(NoteKind::NotChecked),
            missing: Some(missing),
        },
        (
            Outcome::Broken {
                code,
                path,
                figures,
                fix,
            },
            certainty,
        ) => {
            let (severity, note) = match (certainty, modality) {
                (Certainty::Unverified, _) => {
                    (Severity::Note, Some(NoteKind::UnverifiedRuleBroken))
                }
                (_, Modality::Must) => (Severity::Violation, None),
                (_, Modality::Should | Modality::May) => (Severity::Warning, None),
            };
            Finding {
                severity,
                code,
                path,
                rule: id,
                citation: Some(citation.clone()),
                statement: statement(),
                figures,
                fix,
                note,
                missing: None,
            }
        }
    };
    let list = match finding.severity {
        Severity::Violation => &mut report.violations,
        Severity::Warning => &mut report.warnings,
        _ => {
            report.notes.push(finding);
            return;
        }
    };
    if list.len() >= crate::limits::MAX_FINDINGS {
        // The checker adds one `too_many_findings` at the end.
        report.omitted += 1;
        return;
    }
    list.push(finding);
}
