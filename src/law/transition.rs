//! Transitional provisions: the rules a reform replaced that keep applying
//! to the terms elected before it. Law data: the checker
//! (`law::office`) applies them.

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A transitional provision: the rules a reform replaced keep applying to
/// the terms elected before it (composition rules that apply "from the
/// next election").
///
/// For a term placed (`Term::anchor`) before
/// [`Transition::elected_before`], each rule named in
/// [`Transition::keeps`] keeps applying after its own validity ends, and the
/// rule that replaces it (the rule's `replaces`) does not apply, until the
/// term ends or [`Transition::until`] comes.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{Citation, law::Transition};
/// let t = Transition::new(
///     "xx.transition_2030",
///     Citation::section("GO XX", "130").paragraph(2),
///     vec!["xx.council.size".into()],
///     NaiveDate::from_ymd_opt(2030, 1, 1).unwrap(),
/// );
/// assert!(t.keeps_for("xx.council.size", NaiveDate::from_ymd_opt(2025, 9, 14).unwrap(), NaiveDate::from_ymd_opt(2030, 6, 1).unwrap()));
/// assert!(!t.keeps_for("xx.council.size", NaiveDate::from_ymd_opt(2030, 3, 1).unwrap(), NaiveDate::from_ymd_opt(2030, 6, 1).unwrap()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Transition {
    /// Stable id (`"nw.transition_2025"`).
    pub id: Cow<'static, str>,
    /// The transitional provision.
    pub citation: crate::citation::Citation,
    /// How sure the crate is of it.
    pub certainty: super::vocab::Certainty,
    /// The kind of source it rests on.
    pub source_kind: super::vocab::SourceKind,
    /// What it says, in German and English: the statute's wording where
    /// the German is a quotation in „…“, otherwise a paraphrase.
    pub statement: crate::finding::Statement,
    /// The ids of the rules it keeps for the terms elected before.
    pub keeps: Cow<'static, [Cow<'static, str>]>,
    /// Terms placed before this day keep the earlier rules.
    #[serde(with = "crate::date::strict")]
    #[schemars(with = "crate::date::DateSchema")]
    pub elected_before: NaiveDate,
    /// The day the earlier rules stop applying at the latest, if the
    /// provision sets one (exclusive); otherwise they apply until the term
    /// ends.
    #[serde(
        with = "crate::date::strict_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<crate::date::DateSchema>")]
    pub until: Option<NaiveDate>,
    /// Where it was read.
    pub source: Cow<'static, str>,
    /// What was decided in recording it, and what is not verified.
    #[serde(default, skip_serializing_if = "str::is_empty")]
    pub note: Cow<'static, str>,
}

impl Transition {
    /// An unverified transitional provision (on a paraphrase) with empty
    /// statements, source and note: set them on the value (the fields are
    /// public).
    #[must_use]
    pub fn new(
        id: impl Into<Cow<'static, str>>,
        citation: crate::citation::Citation,
        keeps: Vec<Cow<'static, str>>,
        elected_before: NaiveDate,
    ) -> Self {
        Self {
            id: id.into(),
            citation,
            certainty: super::vocab::Certainty::Unverified,
            source_kind: super::vocab::SourceKind::Paraphrase,
            statement: crate::finding::Statement::new("", ""),
            keeps: Cow::Owned(keeps),
            elected_before,
            until: None,
            source: Cow::Borrowed(""),
            note: Cow::Borrowed(""),
        }
    }

    /// Whether it keeps the rule `id` for a term placed on `anchor`, on
    /// `date`.
    #[must_use]
    pub fn keeps_for(&self, id: &str, anchor: NaiveDate, date: NaiveDate) -> bool {
        anchor < self.elected_before
            && self.until.is_none_or(|u| date < u)
            && self.keeps.iter().any(|k| k == id)
    }
}
