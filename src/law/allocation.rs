//! From votes to seats: the allocation methods the Länder prescribe for the
//! directly elected members, as rules with citations, and one allocator for
//! all of them.
//!
//! The arithmetic is exact: votes are integers, and every comparison of two
//! quotients or remainders is a comparison of integer products in `u128`
//! (cross-multiplication), so no rounding ever decides a seat. A tie the
//! method cannot break is reported as a [`Lot`] with the lists involved;
//! the crate never draws one.
//!
//! - **Divisor methods** ([`AllocationMethod::SainteLagueSchepers`],
//!   [`AllocationMethod::DHondt`]) in the highest-averages formulation: seat
//!   by seat, the list with the highest quotient `votes / divisor` takes the
//!   next seat (divisors 0.5, 1.5, 2.5, … for Sainte-Laguë/Schepers, the
//!   "Divisorverfahren mit Standardrundung"; 1, 2, 3, … for d'Hondt).
//! - **Quota methods** ([`AllocationMethod::HareNiemeyer`],
//!   [`AllocationMethod::QuotaPercentRemainder`]): each list first gets the
//!   whole part of its quota `votes × seats / total votes`; the seats left
//!   go to the largest remainders (Hare/Niemeyer), or to the highest ratios
//!   of quota to quota rounded up (the NRW method of 2024, "Quotenverfahren
//!   mit prozentualem Restausgleich").

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::vocab::{Certainty, SourceKind};
use crate::citation::{Citation, Validity};
use crate::kind::BodyType;
use crate::land::{Land, Level};
use crate::language::Language;

/// A method that turns votes into seats.
///
/// # Example
/// ```
/// use migrant_representation::election::AllocationMethod;
/// // Bonn, Integrationsrat, 14 Sep 2025: 18 seats (the city's figures).
/// let votes = [5970, 5374, 3557, 3068, 1137, 965, 801, 773, 438, 293, 219];
/// let sl = AllocationMethod::SainteLagueSchepers.apportion(18, &votes);
/// assert_eq!(sl.seats, [5, 4, 3, 2, 1, 1, 1, 1, 0, 0, 0]);
/// assert!(sl.lot.is_none());
/// // d'Hondt favours the large lists.
/// let dh = AllocationMethod::DHondt.apportion(18, &votes);
/// assert_eq!(dh.seats, [6, 5, 3, 3, 1, 0, 0, 0, 0, 0, 0]);
/// ```
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
pub enum AllocationMethod {
    /// The divisor method with standard rounding (Sainte-Laguë/Schepers):
    /// divisors 0.5, 1.5, 2.5, …
    #[doc(alias = "Sainte-Laguë")]
    #[doc(alias = "Divisorverfahren mit Standardrundung")]
    SainteLagueSchepers,
    /// The largest-remainder method (Hare/Niemeyer): the whole parts of the
    /// quotas, then the largest remainders.
    #[doc(alias = "Hare-Niemeyer")]
    #[doc(alias = "Quotenverfahren mit Restausgleich nach größten Bruchteilen")]
    HareNiemeyer,
    /// The highest-averages method of d'Hondt: divisors 1, 2, 3, …
    #[doc(alias = "dHondt")]
    #[doc(alias = "Höchstzahlverfahren")]
    DHondt,
    /// The NRW method of 2024 ("Rock"): the whole parts of the quotas, then
    /// the highest ratios of quota to quota rounded up.
    #[doc(alias = "Quotenverfahren mit prozentualem Restausgleich")]
    #[doc(alias = "Rock-Verfahren")]
    QuotaPercentRemainder,
}

crate::enums::variants!(
    AllocationMethod,
    [
        SainteLagueSchepers,
        HareNiemeyer,
        DHondt,
        QuotaPercentRemainder
    ]
);

crate::enums::names!(AllocationMethod, "allocation method");

impl AllocationMethod {
    /// The stable name (`"sainte_lague_schepers"`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The method's name for people, in `lang`.
    ///
    /// ```
    /// use migrant_representation::{election::AllocationMethod, Language};
    /// assert_eq!(
    ///     AllocationMethod::SainteLagueSchepers.describe(Language::De),
    ///     "Divisorverfahren mit Standardrundung (Sainte-Laguë/Schepers)"
    /// );
    /// assert_eq!(AllocationMethod::HareNiemeyer.describe(Language::En), "largest remainders (Hare/Niemeyer)");
    /// ```
    #[must_use]
    pub const fn describe(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Self::SainteLagueSchepers, Language::En) => {
                "divisor method with standard rounding (Sainte-Laguë/Schepers)"
            }
            (Self::SainteLagueSchepers, _) => {
                "Divisorverfahren mit Standardrundung (Sainte-Laguë/Schepers)"
            }
            (Self::HareNiemeyer, Language::En) => "largest remainders (Hare/Niemeyer)",
            (Self::HareNiemeyer, _) => {
                "Quotenverfahren mit Restausgleich nach größten Bruchteilen (Hare/Niemeyer)"
            }
            (Self::DHondt, Language::En) => "highest averages (d'Hondt)",
            (Self::DHondt, _) => "Höchstzahlverfahren nach d'Hondt",
            (Self::QuotaPercentRemainder, Language::En) => {
                "quota method with percentage remainders (NRW 2024)"
            }
            (Self::QuotaPercentRemainder, _) => {
                "Quotenverfahren mit prozentualem Restausgleich (NRW 2024)"
            }
        }
    }

    /// `true` for the divisor (highest-averages) methods.
    #[must_use]
    pub const fn is_divisor_method(self) -> bool {
        matches!(self, Self::SainteLagueSchepers | Self::DHondt)
    }

    /// Seats per list for `votes` (one entry per list, in order): the
    /// method alone, every list able to take any number of seats. A list
    /// with no votes takes no seat. A tie the method cannot break is
    /// [`Apportionment::lot`]; its seats are not in [`Apportionment::seats`].
    ///
    /// Costs `O((seats + lists) log lists)`.
    ///
    /// ```
    /// use migrant_representation::election::AllocationMethod;
    /// // Two lists with equal votes and one seat: a lot, never a draw.
    /// let a = AllocationMethod::HareNiemeyer.apportion(1, &[10, 10]);
    /// assert_eq!(a.seats, [0, 0]);
    /// let lot = a.lot.unwrap();
    /// assert_eq!((lot.seats, lot.among.as_slice()), (1, &[0, 1][..]));
    /// ```
    #[must_use]
    pub fn apportion(self, seats: u16, votes: &[u64]) -> Apportionment {
        let claims: Vec<Claim> = votes
            .iter()
            .map(|&votes| Claim {
                votes,
                cap: None,
                surplus: Surplus::Vacant,
            })
            .collect();
        apportion_claims(self, seats, &claims, false)
    }
}

/// What becomes of seats a list is entitled to but cannot fill: the seats
/// beyond one for a single candidate (Einzelbewerber), and the seats beyond
/// its candidates for a list that has too few.
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
pub enum Surplus {
    /// The seats stay vacant ("so bleiben diese Sitze unbesetzt").
    #[doc(alias = "unbesetzt")]
    Vacant,
    /// The seats pass to the other lists: the list leaves the allocation
    /// once it holds all it can, and the method goes on without it (for a
    /// divisor method, the next highest quotients; for a quota method, the
    /// method run again on the remaining seats and lists).
    Redistributed,
}

impl Surplus {
    /// What happens to the seats, for people, in `lang`.
    #[must_use]
    pub const fn describe(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Self::Vacant, Language::En) => "stay vacant",
            (Self::Vacant, _) => "bleiben unbesetzt",
            (Self::Redistributed, Language::En) => "pass to the other lists",
            (Self::Redistributed, _) => "gehen auf die übrigen Wahlvorschläge über",
        }
    }
}

/// How the seats of the directly elected members are allocated in a Land
/// for some body types, from a day: the method, what becomes of seats a
/// list cannot fill, and where the statute leaves the method to local law.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{BodyType, election::AllocationMethod, Land, Law};
/// let day = NaiveDate::from_ymd_opt(2021, 3, 14).unwrap();
/// let rule = Law::builtin()
///     .allocation_rule(Land::Hessen, Some(BodyType::ForeignResidentsAdvisoryBoard), None, day)?;
/// assert_eq!(rule.method, Some(AllocationMethod::HareNiemeyer));
/// assert!(!rule.local_choice);
/// assert!(rule.citation.to_string().starts_with("§ 22 Abs. 3 i. V. m. § 58 S. 1 KWG Hessen"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AllocationRule {
    /// Stable id (`"he.election.allocation"`).
    pub id: Cow<'static, str>,
    /// The Land.
    pub land: Land,
    /// The body types whose directly elected members it allocates.
    pub body_types: Cow<'static, [BodyType]>,
    /// The levels.
    pub levels: Cow<'static, [Level]>,
    /// The method the statute prescribes, or gives where the local
    /// Wahlordnung says nothing else; `None` where the statute leaves the
    /// method to the local Wahlordnung or Satzung, which an election result
    /// must then name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<AllocationMethod>,
    /// Whether the local Wahlordnung or Satzung may name another method
    /// than [`AllocationRule::method`]. Without a statutory method the
    /// local rule always decides.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub local_choice: bool,
    /// Whether a list with more than half of the votes takes the first of
    /// the seats given by remainders (a majority clause of a quota method,
    /// § 22 Abs. 4 KWG Hessen); no effect on a divisor method.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub majority_clause: bool,
    /// What becomes of the seats beyond one that fall to a single candidate.
    pub single_candidate_surplus: Surplus,
    /// What becomes of the seats beyond its candidates that fall to a list.
    pub exhausted_list: Surplus,
    /// The provision.
    pub citation: Citation,
    /// When it is in force (the election day decides).
    pub validity: Validity,
    /// How sure the crate is of it.
    pub certainty: Certainty,
    /// What it says, in German and English: the statute's wording where
    /// the German is a quotation in „…“, otherwise a paraphrase.
    pub statement: crate::finding::Statement,
    /// Where it was read.
    pub source: Cow<'static, str>,
    /// What was decided in recording it (which reading of the law the crate
    /// follows, and on what source), and what is not verified.
    #[serde(default, skip_serializing_if = "str::is_empty")]
    pub note: Cow<'static, str>,
    /// The kind of source it rests on; only statute text, the gazette or an
    /// official document may make it verified.
    pub source_kind: SourceKind,
    /// The id of the rule it replaces, if it is a later version of one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<Cow<'static, str>>,
}

impl AllocationRule {
    /// An unverified rule resting on a paraphrase, prescribing `method` (or,
    /// with `None`, leaving it to local law) for `body_types` in `land` at
    /// `levels`, in force `validity`: seats a list cannot fill stay vacant.
    /// Set the texts on the value, and `certainty` with `source_kind` once
    /// the statute text has been read.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{BodyType, Citation, election::AllocationMethod, Land, law::AllocationRule, Level, Validity};
    /// let mut rule = AllocationRule::new(
    ///     "nw.election.allocation_2030",
    ///     (Land::NordrheinWestfalen, vec![BodyType::IntegrationCouncil], vec![Level::Municipality]),
    ///     Some(AllocationMethod::HareNiemeyer),
    ///     Citation::section("KWahlG NRW", "33"),
    ///     Validity::since(NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()),
    /// );
    /// rule.statement.de = "Hare/Niemeyer.".into();
    /// assert_eq!(rule.method, Some(AllocationMethod::HareNiemeyer));
    /// ```
    #[must_use]
    pub fn new(
        id: impl Into<Cow<'static, str>>,
        (land, body_types, levels): (Land, Vec<BodyType>, Vec<Level>),
        method: Option<AllocationMethod>,
        citation: Citation,
        validity: Validity,
    ) -> Self {
        Self {
            id: id.into(),
            land,
            body_types: Cow::Owned(body_types),
            levels: Cow::Owned(levels),
            method,
            local_choice: false,
            majority_clause: false,
            single_candidate_surplus: Surplus::Vacant,
            exhausted_list: Surplus::Vacant,
            citation,
            validity,
            certainty: Certainty::Unverified,
            statement: crate::finding::Statement::new("", ""),
            source: Cow::Borrowed(""),
            note: Cow::Borrowed(""),
            source_kind: SourceKind::Paraphrase,
            replaces: None,
        }
    }

    /// Whether the rule applies to an election in `land` on `day`, for
    /// `body_type` and `level` where they are known.
    #[must_use]
    pub fn applies(
        &self,
        land: Land,
        body_type: Option<BodyType>,
        level: Option<Level>,
        day: chrono::NaiveDate,
    ) -> bool {
        self.land == land
            && self.validity.contains(day)
            && body_type.is_none_or(|b| self.body_types.contains(&b))
            && level.is_none_or(|l| self.levels.contains(&l))
    }
}

/// Why the seats of an election could not be allocated, or turned into a
/// body's roster.
///
/// # Example
/// ```
/// use migrant_representation::{election::AllocationError, ElectionResult, Language};
/// // Bayern: no Land statute sets a method for these elections.
/// let election = ElectionResult::from_json_str(r#"{
///   "document_type": "election_result", "schema_version": 1, "id": "muster-2026",
///   "title": "Wahl zum Integrationsbeirat Musterstadt", "body": "muster-integrationsbeirat",
///   "land": "BY", "election_day": "2026-03-08", "seats": 5,
///   "lists": [{"name": "Liste A", "votes": 100}]
/// }"#)?;
/// let err = election.allocate().unwrap_err();
/// assert!(matches!(err, AllocationError::NoRule { .. }));
/// assert!(err.message(Language::De).contains("kein Verfahren"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AllocationError {
    /// No allocation rule is recorded for the Land, body type and level on
    /// the election day.
    #[error("no allocation method is recorded for {land} on {day}")]
    NoRule {
        /// The Land.
        land: Land,
        /// The election day.
        day: chrono::NaiveDate,
    },
    /// Several rules apply (for several body types or levels): the election
    /// result must name its body type or level.
    #[error("several allocation rules apply in {land} on {day}; name the body type and level")]
    Ambiguous {
        /// The Land.
        land: Land,
        /// The election day.
        day: chrono::NaiveDate,
    },
    /// The statute leaves the method to the local Wahlordnung or Satzung,
    /// and the election result names none.
    #[error(
        "the statute ({citation}) leaves the method to local law; the election result must name it"
    )]
    MethodRequired {
        /// The provision that leaves the method to local law.
        citation: Citation,
    },
    /// The statute prescribes a method, and the election result names
    /// another.
    #[error("the statute ({citation}) prescribes {prescribed}; the election result names {named}")]
    MethodConflict {
        /// The method of the statute.
        prescribed: AllocationMethod,
        /// The method the election result names.
        named: AllocationMethod,
        /// The provision.
        citation: Citation,
    },
    /// A tie must be decided by lot before the elected members are known.
    #[error("a tie must first be decided by lot")]
    LotPending,
    /// The election result belongs to another body.
    #[error("the election result belongs to another body")]
    OtherBody,
    /// The body records terms, and none was elected on the election day.
    #[error("the body records no term elected on {day}")]
    NoTermElected {
        /// The election day.
        day: chrono::NaiveDate,
    },
    /// The body has no seat group of directly elected members, or more than
    /// one, for the elected to sit in.
    #[error("the body has no single seat group of directly elected members")]
    NoElectedGroup,
    /// The body with the elected members breaks a structural rule.
    #[error("the body with the elected members is invalid:\n{0}")]
    Invalid(crate::error::Defects),
}

impl AllocationError {
    /// Why, in `lang` (the `Display` form is English and names the
    /// methods by their stable names).
    #[must_use]
    pub fn message(&self, lang: Language) -> String {
        let de = lang != Language::En;
        match self {
            Self::NoRule { land, day } if de => format!(
                "Für {} ist für den {} kein Verfahren der Sitzverteilung erfasst (in vielen Ländern bestimmt es allein die örtliche Wahlordnung).",
                land.official_name(),
                day.format("%d.%m.%Y")
            ),
            Self::NoRule { land, day } => format!(
                "No allocation method is recorded for {} on {day} (in many Länder only the local Wahlordnung sets one).",
                land.official_name()
            ),
            Self::Ambiguous { land, day } if de => format!(
                "In {} gelten am {} mehrere Regeln der Sitzverteilung; das Wahlergebnis muss die Art des Gremiums und die Ebene nennen.",
                land.official_name(),
                day.format("%d.%m.%Y")
            ),
            Self::Ambiguous { land, day } => format!(
                "Several allocation rules apply in {} on {day}; the election result must name the kind of body and the level.",
                land.official_name()
            ),
            Self::MethodRequired { citation } if de => format!(
                "Das Gesetz ({citation}) überlässt das Verfahren der Sitzverteilung der Satzung oder Wahlordnung; das Wahlergebnis muss es nennen."
            ),
            Self::MethodRequired { citation } => format!(
                "The statute ({citation}) leaves the allocation method to the Satzung or Wahlordnung; the election result must name it."
            ),
            Self::MethodConflict {
                prescribed,
                named,
                citation,
            } if de => format!(
                "Das Gesetz ({citation}) schreibt das {} vor; das Wahlergebnis nennt das {}.",
                prescribed.describe(lang),
                named.describe(lang)
            ),
            Self::MethodConflict {
                prescribed,
                named,
                citation,
            } => format!(
                "The statute ({citation}) prescribes the {}; the election result names the {}.",
                prescribed.describe(lang),
                named.describe(lang)
            ),
            Self::LotPending if de => {
                "Über einen Sitz muss zuerst das Los entscheiden; erst dann stehen die Gewählten fest.".into()
            }
            Self::LotPending => {
                "A seat must first be decided by lot; only then are the elected known.".into()
            }
            Self::OtherBody if de => "Das Wahlergebnis gehört zu einem anderen Gremium.".into(),
            Self::OtherBody => "The election result belongs to another body.".into(),
            Self::NoTermElected { day } if de => format!(
                "Das Gremium verzeichnet keine Amtszeit, die am {} gewählt wurde.",
                day.format("%d.%m.%Y")
            ),
            Self::NoTermElected { day } => {
                format!("The body records no term elected on {day}.")
            }
            Self::NoElectedGroup if de => {
                "Das Gremium hat nicht genau eine Sitzgruppe direkt gewählter Mitglieder.".into()
            }
            Self::NoElectedGroup => {
                "The body does not have exactly one seat group of directly elected members.".into()
            }
            Self::Invalid(v) => {
                let mut s = String::from(if de {
                    "Das Gremium mit den Gewählten ist fehlerhaft:"
                } else {
                    "The body with the elected members is invalid:"
                });
                for f in v {
                    s.push(' ');
                    s.push_str(&f.message(lang));
                }
                s
            }
        }
    }
}

/// Seats per list and the tie the method could not break, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct Apportionment {
    /// Seats per list, in the order of the lists; without the seats a lot
    /// decides.
    pub seats: Vec<u32>,
    /// The tie to be decided by lot, if there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lot: Option<Lot>,
}

/// A tie the method cannot break: `seats` seats for which the lists
/// `among` have equal claims, more lists than seats. The law has the
/// returning officer draw lots; the crate never does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Lot {
    /// How many seats the lot decides.
    pub seats: u32,
    /// The lists with equal claims (indices into the lists, ascending).
    pub among: Vec<usize>,
}

/// One list as the allocator sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Claim {
    /// Its votes.
    pub(crate) votes: u64,
    /// The most seats it can hold (a single candidate: 1; a list: its
    /// candidates), if known.
    pub(crate) cap: Option<u32>,
    /// What becomes of seats beyond the cap.
    pub(crate) surplus: Surplus,
}

impl Claim {
    /// Whether the list takes part in the next round with `held` seats: not
    /// when its seats beyond the cap pass to others and it is full.
    fn open(&self, held: u32) -> bool {
        self.votes > 0
            && !(self.surplus == Surplus::Redistributed && self.cap.is_some_and(|c| held >= c))
    }
}

/// Seats per list under `method`: what the method allots each list (for a
/// list whose surplus passes on, at most its cap), and the lot, if any.
/// Seats the lists cannot fill under [`Surplus::Vacant`] are still allotted
/// here; the caller keeps them vacant.
pub(crate) fn apportion_claims(
    method: AllocationMethod,
    seats: u16,
    claims: &[Claim],
    majority_clause: bool,
) -> Apportionment {
    if method.is_divisor_method() {
        divisor(method, seats, claims)
    } else {
        quota_rounds(method, seats, claims, majority_clause)
    }
}

/// One list's next quotient `votes / divisor(held)`, as a fraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Quotient {
    votes: u64,
    /// The divisor, scaled to an integer: `2·held + 1` (Sainte-Laguë,
    /// divisors 0.5, 1.5, … doubled) or `held + 1` (d'Hondt).
    divisor: u128,
    index: usize,
}

impl Quotient {
    /// The two quotients compared by cross-multiplication.
    fn value_cmp(&self, other: &Self) -> Ordering {
        (u128::from(self.votes) * other.divisor).cmp(&(u128::from(other.votes) * self.divisor))
    }
}

impl Ord for Quotient {
    /// Higher quotient first; of equal ones, the earlier list (only for a
    /// deterministic heap: equal quotients are always taken together).
    fn cmp(&self, other: &Self) -> Ordering {
        self.value_cmp(other)
            .then_with(|| other.index.cmp(&self.index))
    }
}

impl PartialOrd for Quotient {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn divisor_of(method: AllocationMethod, held: u32) -> u128 {
    match method {
        AllocationMethod::SainteLagueSchepers => 2 * u128::from(held) + 1,
        _ => u128::from(held) + 1,
    }
}

/// The highest-averages procedure: seat by seat, the highest quotient; all
/// lists with an equal highest quotient together, or a lot when they are
/// more than the seats left.
fn divisor(method: AllocationMethod, seats: u16, claims: &[Claim]) -> Apportionment {
    let mut held = vec![0u32; claims.len()];
    let mut heap: BinaryHeap<Quotient> = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.open(0))
        .map(|(index, c)| Quotient {
            votes: c.votes,
            divisor: divisor_of(method, 0),
            index,
        })
        .collect();
    let mut left = u32::from(seats);
    let mut group: Vec<usize> = Vec::new();
    let mut lot = None;
    while left > 0 {
        let Some(top) = heap.pop() else { break };
        group.clear();
        group.push(top.index);
        while heap
            .peek()
            .is_some_and(|q| q.value_cmp(&top) == Ordering::Equal)
        {
            if let Some(q) = heap.pop() {
                group.push(q.index);
            }
        }
        if group.len() > left as usize {
            group.sort_unstable();
            lot = Some(Lot {
                seats: left,
                among: group.clone(),
            });
            break;
        }
        for &i in &group {
            held[i] += 1;
            left -= 1;
            if claims[i].open(held[i]) {
                heap.push(Quotient {
                    votes: claims[i].votes,
                    divisor: divisor_of(method, held[i]),
                    index: i,
                });
            }
        }
    }
    Apportionment { seats: held, lot }
}

/// A quota method, run again without the lists that are full whenever a
/// list whose surplus passes on is allotted more than its cap.
fn quota_rounds(
    method: AllocationMethod,
    seats: u16,
    claims: &[Claim],
    majority_clause: bool,
) -> Apportionment {
    let mut active: Vec<bool> = claims.iter().map(|c| c.open(0)).collect();
    let mut fixed: Vec<u32> = vec![0; claims.len()];
    let mut left = seats;
    loop {
        let round = quota(method, left, claims, &active, majority_clause);
        let mut capped = false;
        for (i, c) in claims.iter().enumerate() {
            if !active[i] || c.surplus != Surplus::Redistributed {
                continue;
            }
            if let Some(cap) = c.cap.filter(|cap| round.seats[i] > *cap) {
                fixed[i] = cap;
                active[i] = false;
                // The cap is below the seats this round gave, which are
                // at most `left`.
                left = left.saturating_sub(u16::try_from(cap).unwrap_or(u16::MAX));
                capped = true;
            }
        }
        if !capped {
            let seats = round
                .seats
                .iter()
                .zip(&fixed)
                .zip(&active)
                .map(|((s, f), a)| if *a { *s } else { *f })
                .collect();
            return Apportionment {
                seats,
                lot: round.lot,
            };
        }
    }
}

/// One run of a quota method over the `active` lists for `seats` seats.
fn quota(
    method: AllocationMethod,
    seats: u16,
    claims: &[Claim],
    active: &[bool],
    majority_clause: bool,
) -> Apportionment {
    let s = u128::from(seats);
    let total: u128 = claims
        .iter()
        .zip(active)
        .filter(|(_, a)| **a)
        .map(|(c, _)| u128::from(c.votes))
        .sum();
    let mut held = vec![0u32; claims.len()];
    if total == 0 {
        return Apportionment {
            seats: held,
            lot: None,
        };
    }
    // Quota of list i: n_i / total with n_i = votes · seats; whole part
    // f_i, remainder r_i / total.
    let n: Vec<u128> = claims.iter().map(|c| u128::from(c.votes) * s).collect();
    let mut given: u128 = 0;
    let mut candidates: Vec<usize> = Vec::new();
    for i in (0..claims.len()).filter(|i| active[*i]) {
        let whole = n[i] / total;
        // At most `seats`, so it fits.
        held[i] = u32::try_from(whole).unwrap_or(u32::MAX);
        given += whole;
        if n[i] % total > 0 {
            candidates.push(i);
        }
    }
    let left = usize::try_from(s.saturating_sub(given)).unwrap_or(0);
    // The majority clause: a list with more than half of the votes ranks
    // first among the remainders.
    let majority = majority_clause
        .then(|| (0..claims.len()).find(|i| active[*i] && 2 * u128::from(claims[*i].votes) > total))
        .flatten();
    let rank = |a: usize, b: usize| -> Ordering {
        if a == b {
            return Ordering::Equal;
        }
        if majority == Some(a) {
            return Ordering::Greater;
        }
        if majority == Some(b) {
            return Ordering::Less;
        }
        match method {
            // Remainders over the same denominator `total`.
            AllocationMethod::HareNiemeyer => (n[a] % total).cmp(&(n[b] % total)),
            // quota / (whole + 1): n_a·(f_b + 1) against n_b·(f_a + 1).
            _ => (n[a] * (u128::from(held[b]) + 1)).cmp(&(n[b] * (u128::from(held[a]) + 1))),
        }
    };
    candidates.sort_by(|a, b| rank(*b, *a).then(a.cmp(b)));
    let mut lot = None;
    if left > 0 && left <= candidates.len() {
        let boundary = candidates[left - 1];
        let first = candidates
            .iter()
            .position(|c| rank(*c, boundary) == Ordering::Equal)
            .unwrap_or(left - 1);
        let last = candidates
            .iter()
            .rposition(|c| rank(*c, boundary) == Ordering::Equal)
            .unwrap_or(left - 1);
        let sure = if last < left {
            left
        } else {
            let mut among = candidates[first..=last].to_vec();
            among.sort_unstable();
            lot = Some(Lot {
                seats: u32::try_from(left - first).unwrap_or(u32::MAX),
                among,
            });
            first
        };
        for &i in &candidates[..sure] {
            held[i] += 1;
        }
    }
    Apportionment { seats: held, lot }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(votes: &[u64], caps: &[Option<u32>], surplus: Surplus) -> Vec<Claim> {
        votes
            .iter()
            .zip(caps)
            .map(|(v, c)| Claim {
                votes: *v,
                cap: *c,
                surplus,
            })
            .collect()
    }

    #[test]
    fn a_tie_inside_the_seats_is_no_lot() {
        // Two equal lists and two seats: one each, no lot.
        for m in AllocationMethod::iter() {
            let a = m.apportion(2, &[10, 10]);
            assert_eq!(a.seats, [1, 1], "{m}");
            assert!(a.lot.is_none(), "{m}");
        }
    }

    #[test]
    fn a_tie_for_the_last_seat_is_a_lot() {
        // 2 seats for 20, 10 and 10 votes: the first seat goes to the first
        // list; for the second, the other two are equal (d'Hondt: all three,
        // 20/2 = 10).
        for m in AllocationMethod::iter() {
            let a = m.apportion(2, &[20, 10, 10]);
            assert_eq!(a.seats, [1, 0, 0], "{m}");
            let lot = a.lot.unwrap_or_else(|| panic!("{m}: no lot"));
            let among: &[usize] = if m == AllocationMethod::DHondt {
                &[0, 1, 2]
            } else {
                &[1, 2]
            };
            assert_eq!(lot.among, among, "{m}");
            assert_eq!(lot.seats, 1, "{m}");
        }
    }

    #[test]
    fn no_votes_no_seats() {
        for m in AllocationMethod::iter() {
            let a = m.apportion(5, &[0, 0]);
            assert_eq!(a.seats, [0, 0], "{m}");
            assert!(a.lot.is_none());
            let a = m.apportion(5, &[7, 0]);
            assert_eq!(a.seats, [5, 0], "{m}");
        }
    }

    #[test]
    fn redistribution_skips_a_full_list() {
        // Dormagen 2025 (research B.3): Gericke is a single candidate
        // allotted 3; if his surplus passed on, UfD would take 4 and Rûken 1.
        let votes = [699, 589, 398, 295, 245, 102, 92, 61];
        let mut c = claims(&votes, &[None; 8], Surplus::Vacant);
        c[1].cap = Some(1);
        c[1].surplus = Surplus::Redistributed;
        let a = apportion_claims(AllocationMethod::SainteLagueSchepers, 10, &c, false);
        assert_eq!(a.seats, [4, 1, 2, 1, 1, 1, 0, 0]);
        // The same with a quota method, run again without the full list.
        let a = apportion_claims(AllocationMethod::HareNiemeyer, 10, &c, false);
        assert_eq!(a.seats.iter().sum::<u32>(), 10);
        assert_eq!(a.seats[1], 1);
    }

    #[test]
    fn the_majority_clause_gives_the_majority_its_majority() {
        // 51 of 100 votes, 10 seats: quota 5.1; Hare/Niemeyer alone gives 5
        // (the one seat by remainder goes to the .8), the clause a sixth.
        let votes = [51, 20, 18, 11];
        let plain = AllocationMethod::HareNiemeyer.apportion(10, &votes);
        assert_eq!(plain.seats[0], 5);
        let c = claims(&votes, &[None; 4], Surplus::Vacant);
        let with = apportion_claims(AllocationMethod::HareNiemeyer, 10, &c, true);
        assert_eq!(with.seats[0], 6);
        assert_eq!(with.seats.iter().sum::<u32>(), 10);
    }
}
