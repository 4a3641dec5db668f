//! The vocabulary of the law: shares, certainty, modality, duty, and the
//! helpers rule data is written with.

use std::borrow::Cow;
use std::num::NonZeroU16;

#[cfg(doc)]
use crate::Finding;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A date in rule data; an invalid literal fails the build.
pub(crate) const fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, day) {
        Some(x) => x,
        None => panic!("invalid date in rule data"),
    }
}

/// A ratio in rule data; an invalid literal fails the build.
pub(crate) const fn ratio(n: u16, den: u16) -> Ratio {
    match Ratio::new(n, den) {
        Some(r) => r,
        None => panic!("invalid ratio in rule data"),
    }
}

/// A fraction `numerator / denominator` used by share rules (⅔, ½).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
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
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Certainty {
    /// Backed by the cited source (✅ in the facts sheet). Breaking it is a
    /// violation.
    Verified,
    /// Sources disagree, or only a secondary source or local practice backs
    /// it (⚠️/❓). Breaking it yields a note ([`Finding`] of severity note), never a violation.
    Unverified,
}

/// What kind of source a rule rests on. Only a rule read in the statute
/// text in a dated version, in the gazette, or in an official document of
/// the Landtag or a ministry may be [`Certainty::Verified`]; a municipal
/// document or a paraphrase leaves it unverified, however plausible
/// ([`crate::Law::validate`] refuses a verified rule on a weaker source).
///
/// ```
/// use migrant_representation::law::SourceKind;
/// assert!(SourceKind::Gazette.may_verify());
/// assert!(!SourceKind::MunicipalQuote.may_verify());
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
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum SourceKind {
    /// The statute text in a dated version: an official statute portal, or
    /// a copy that states the version it reproduces.
    #[doc(alias = "Gesetzestext")]
    StatuteText,
    /// A copy of the statute text that does not say which version it
    /// reproduces (a commercial or private collection without a version
    /// line): the wording is read, but not as the law of a known day.
    UndatedCopy,
    /// The official gazette (GV. NRW., GVBl., Amtsblatt …).
    #[doc(alias = "Gesetzblatt")]
    Gazette,
    /// An official document of the Landtag or a ministry (a Drucksache, a
    /// Plenarprotokoll, a circular, a Landeswahlleiter's publication).
    #[doc(alias = "Drucksache")]
    OfficialDocument,
    /// A municipal or association document that quotes the statute word
    /// for word.
    MunicipalQuote,
    /// A paraphrase or a secondary source: a municipal page, an
    /// association, the press, a commentary.
    Paraphrase,
}

crate::enums::variants!(
    SourceKind,
    [
        StatuteText,
        UndatedCopy,
        Gazette,
        OfficialDocument,
        MunicipalQuote,
        Paraphrase
    ]
);

impl SourceKind {
    /// Whether a rule on this kind of source may be verified.
    #[must_use]
    pub const fn may_verify(self) -> bool {
        matches!(
            self,
            Self::StatuteText | Self::Gazette | Self::OfficialDocument
        )
    }

    /// The kind in `lang`, for people.
    ///
    /// ```
    /// use migrant_representation::{Language, law::SourceKind};
    /// assert_eq!(SourceKind::MunicipalQuote.describe(Language::De), "Wiedergabe des Wortlauts in einem kommunalen Dokument");
    /// ```
    #[must_use]
    pub const fn describe(self, lang: crate::Language) -> &'static str {
        let (de, en) = match self {
            Self::StatuteText => (
                "Gesetzestext in datierter Fassung",
                "statute text in a dated version",
            ),
            Self::UndatedCopy => (
                "Abschrift des Gesetzestexts ohne Angabe der Fassung",
                "a copy of the statute text that names no version",
            ),
            Self::Gazette => ("Gesetz- und Verordnungsblatt", "official gazette"),
            Self::OfficialDocument => (
                "amtliches Dokument des Landtags oder eines Ministeriums",
                "official document of the Landtag or a ministry",
            ),
            Self::MunicipalQuote => (
                "Wiedergabe des Wortlauts in einem kommunalen Dokument",
                "a municipal document quoting the wording",
            ),
            Self::Paraphrase => (
                "Umschreibung oder Sekundärquelle",
                "paraphrase or secondary source",
            ),
        };
        match lang {
            crate::Language::En => en,
            _ => de,
        }
    }
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
)]
#[schemars(transform = crate::doc_text::tidy)]
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

crate::enums::variants!(Modality, [Must, Should, May]);

impl Modality {
    /// The modality ("muss", "soll", "kann") in `lang`, for people: German by default.
    #[must_use]
    pub const fn describe(self, lang: crate::Language) -> &'static str {
        match lang {
            crate::Language::En => self.en(),
            _ => self.de(),
        }
    }

    const fn de(self) -> &'static str {
        match self {
            Self::Must => "muss",
            Self::Should => "soll",
            Self::May => "kann",
        }
    }

    const fn en(self) -> &'static str {
        match self {
            Self::Must => "must",
            Self::Should => "should",
            Self::May => "may",
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

/// How strong a duty to form a body is.
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
pub enum Duty {
    /// May be formed (kann).
    #[doc(alias = "kann")]
    May,
    /// Should be formed (soll).
    #[doc(alias = "soll")]
    Should,
    /// Must be formed when enough residents apply (NRW: 200 signatures).
    #[doc(alias = "auf Antrag")]
    MustOnRequest,
    /// Must be formed (ist zu bilden).
    #[doc(alias = "ist zu bilden")]
    Must,
}

crate::enums::variants!(Duty, [May, Should, MustOnRequest, Must]);

/// A text in rule data.
pub(crate) const fn text(s: &'static str) -> Cow<'static, str> {
    Cow::Borrowed(s)
}

impl From<Ratio> for crate::composition::Share {
    fn from(r: Ratio) -> Self {
        Self::new(u32::from(r.numerator), u32::from(r.denominator.get()))
    }
}
