//! The vocabulary of seats: how a seat is filled, whether it votes, and a
//! share of seats. Below the documents and the findings, so that both can
//! speak of seats.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How the seats of a group are filled.
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
pub enum SeatFilling {
    /// Elected directly by an electorate of residents (gewählte Mitglieder).
    #[doc(alias = "direkt gewählt")]
    DirectlyElected,
    /// Council members the council delegates from its midst
    /// (vom Rat aus seiner Mitte bestellte Ratsmitglieder, Bezirksverordnete).
    #[doc(alias = "Ratsmitglieder")]
    CouncilDelegated,
    /// Persons appointed or co-opted by the council or administration:
    /// sachkundige Einwohner/Bürger, Fachkräfte, berufene Mitglieder,
    /// Bürgerdeputierte.
    #[doc(alias = "sachkundige Einwohner")]
    #[doc(alias = "sachkundige Bürger")]
    #[doc(alias = "berufene Mitglieder")]
    Appointed,
    /// Members by virtue of an office (kraft Amtes): the mayor, the
    /// integration commissioner.
    #[doc(alias = "kraft Amtes")]
    ExOfficio,
    /// Staff of the municipal administration (Verwaltung, Geschäftsstelle).
    #[doc(alias = "Verwaltung")]
    AdministrationStaff,
    /// Delegates of institutions or organisations (welfare associations,
    /// migrant organisations).
    #[doc(alias = "entsandte Mitglieder")]
    DelegatedByOrganisation,
}

crate::enums::variants!(
    SeatFilling,
    [
        DirectlyElected,
        CouncilDelegated,
        Appointed,
        ExOfficio,
        AdministrationStaff,
        DelegatedByOrganisation
    ]
);

crate::enums::names!(SeatFilling, "seat filling");

/// Whether the members of a seat group vote.
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
pub enum VotingRight {
    /// A full vote (stimmberechtigt).
    #[doc(alias = "stimmberechtigt")]
    Voting,
    /// An advisory seat without a vote (beratend, nicht stimmberechtigt).
    #[doc(alias = "beratend")]
    #[doc(alias = "nicht stimmberechtigt")]
    Advisory,
}

crate::enums::variants!(VotingRight, [Voting, Advisory]);

crate::enums::names!(VotingRight, "voting right");

/// A part of a whole, such as the elected share of a body's seats.
///
/// # Example
/// ```
/// use migrant_representation::body::Share;
/// let s = Share::new(22, 33);
/// assert!((s.as_f64() - 2.0 / 3.0).abs() < 1e-12);
/// assert!(s.at_least(2, 3) && s.at_most(2, 3));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
pub struct Share {
    /// The part.
    pub part: u32,
    /// The whole.
    pub whole: u32,
}

impl Share {
    /// A share `part / whole`.
    #[must_use]
    pub const fn new(part: u32, whole: u32) -> Self {
        Self { part, whole }
    }

    /// The share as a number in `[0, 1]` when `part <= whole`; `0.0` when the
    /// whole is zero.
    #[must_use]
    pub fn as_f64(self) -> f64 {
        if self.whole == 0 {
            0.0
        } else {
            f64::from(self.part) / f64::from(self.whole)
        }
    }

    /// Whether the share is at least `num / den` (exact integer arithmetic).
    ///
    /// A share of no seats at all meets no minimum above zero: two thirds of
    /// nothing is not two thirds.
    ///
    /// ```
    /// use migrant_representation::body::Share;
    /// assert!(Share::new(22, 33).at_least(2, 3));
    /// assert!(!Share::new(0, 0).at_least(2, 3));
    /// assert!(Share::new(0, 0).at_least(0, 1));
    /// ```
    #[must_use]
    pub const fn at_least(self, num: u16, den: u16) -> bool {
        if self.whole == 0 {
            return num == 0;
        }
        self.part as u64 * den as u64 >= num as u64 * self.whole as u64
    }

    /// Whether the share is at most `num / den` (exact integer arithmetic).
    #[must_use]
    pub const fn at_most(self, num: u16, den: u16) -> bool {
        self.part as u64 * den as u64 <= num as u64 * self.whole as u64
    }
}

impl fmt::Display for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.part, self.whole)
    }
}

impl SeatFilling {
    /// The way the seats are filled in `lang`, for people: German by default.
    #[must_use]
    pub const fn describe(self, lang: crate::Language) -> &'static str {
        match lang {
            crate::Language::En => self.en(),
            _ => self.de(),
        }
    }

    const fn de(self) -> &'static str {
        match self {
            Self::DirectlyElected => "direkt gewählte Mitglieder",
            Self::CouncilDelegated => "vom Rat bestellte Ratsmitglieder",
            Self::Appointed => "berufene Mitglieder",
            Self::ExOfficio => "Mitglieder kraft Amtes",
            Self::AdministrationStaff => "Mitglieder der Verwaltung",
            Self::DelegatedByOrganisation => "entsandte Mitglieder",
        }
    }

    const fn en(self) -> &'static str {
        match self {
            Self::DirectlyElected => "directly elected members",
            Self::CouncilDelegated => "council members delegated by the council",
            Self::Appointed => "appointed members",
            Self::ExOfficio => "members by virtue of office",
            Self::AdministrationStaff => "members of the administration",
            Self::DelegatedByOrganisation => "delegated members",
        }
    }
}

impl VotingRight {
    /// The voting right in `lang`, for people: German by default.
    #[must_use]
    pub const fn describe(self, lang: crate::Language) -> &'static str {
        match lang {
            crate::Language::En => self.en(),
            _ => self.de(),
        }
    }

    const fn de(self) -> &'static str {
        match self {
            Self::Voting => "stimmberechtigt",
            Self::Advisory => "beratend",
        }
    }

    const fn en(self) -> &'static str {
        match self {
            Self::Voting => "voting",
            Self::Advisory => "advisory",
        }
    }
}

/// `s` with its first letter in upper case: a label made from a phrase.
pub(crate) fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
