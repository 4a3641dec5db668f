//! Two body types side by side: what their law says about composition,
//! chair, term, franchise, participation rights and the rest, on a date.
//!
//! The Landesintegrationsrat NRW publishes such a comparison of the
//! Integrationsrat and the Integrationsausschuss; [`Law::compare`]
//! computes it for any two Land and type pairs from the recorded law.

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Law;
use super::constraint::Constraint;
use super::franchise::FranchiseRule;
use super::report::CheckError;
use super::rights::Right;
use super::rule::{Governance, Regime, Rule};
use crate::kind::BodyType;
use crate::land::{Land, Level};

/// What a line of the comparison is about.
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
pub enum Aspect {
    /// Who sits in the body and how the seats are filled.
    Composition,
    /// How the chair and the deputies are chosen.
    Chair,
    /// The term and the election day.
    Term,
    /// Who may vote and stand.
    Franchise,
    /// What the body may demand of the council and the administration.
    Rights,
    /// Whether the type is permitted, its legal basis, its meetings.
    Other,
}

crate::enums::variants!(Aspect, [Composition, Chair, Term, Franchise, Rights, Other]);

impl Aspect {
    /// The aspect in `lang`, for people: German by default.
    #[must_use]
    pub const fn describe(self, lang: crate::Language) -> &'static str {
        match lang {
            crate::Language::En => self.en(),
            _ => self.de(),
        }
    }

    const fn de(self) -> &'static str {
        match self {
            Self::Composition => "Zusammensetzung",
            Self::Chair => "Vorsitz",
            Self::Term => "Amtszeit und Wahltag",
            Self::Franchise => "Wahlrecht",
            Self::Rights => "Beteiligungsrechte",
            Self::Other => "Weitere Regeln",
        }
    }

    const fn en(self) -> &'static str {
        match self {
            Self::Composition => "Composition",
            Self::Chair => "Chair",
            Self::Term => "Term and election day",
            Self::Franchise => "Franchise",
            Self::Rights => "Participation rights",
            Self::Other => "Other rules",
        }
    }

    fn of(k: &Constraint) -> Self {
        match k {
            Constraint::Outnumber(_)
            | Constraint::Share(_)
            | Constraint::Seats(_)
            | Constraint::OnlyGroups(_)
            | Constraint::MembersWith(_)
            | Constraint::FilledSeats(_) => Self::Composition,
            Constraint::Chair(_) | Constraint::Deputies(_) => Self::Chair,
            Constraint::TermFollowsCouncil(_)
            | Constraint::TermYears(_)
            | Constraint::TermContinuesUntilSuccessorMeets(_)
            | Constraint::ElectedWithCouncil(_)
            | Constraint::Lapses(_) => Self::Term,
            Constraint::NotPermitted(_)
            | Constraint::LegalBasis(_)
            | Constraint::MeetingsPerYear(_) => Self::Other,
        }
    }
}

/// One body type in a Land at a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct ComparedType {
    /// The Land.
    pub land: Land,
    /// The body type.
    pub body_type: BodyType,
    /// The level.
    pub level: Level,
    /// Statute or local law only.
    pub governance: Governance,
}

/// One rule, right or franchise as the comparison shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct ComparedRule {
    /// The id of the rule or right.
    pub id: Cow<'static, str>,
    /// The citation as text.
    pub citation: String,
    /// What it says, in German and English: the statute's wording where
    /// the German is a quotation in „…“, otherwise a paraphrase.
    pub statement: crate::finding::Statement,
}

/// One aspect of two body types side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct AspectComparison {
    /// What the lines are about.
    pub aspect: Aspect,
    /// Whether the two types are bound alike: the same checks, the same
    /// franchise or the same rights (citations and wording aside).
    pub same: bool,
    /// The first type's lines.
    pub a: Vec<ComparedRule>,
    /// The second type's lines.
    pub b: Vec<ComparedRule>,
}

/// Two body types side by side on a date ([`Law::compare`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct TypeComparison {
    /// The date the law is read for.
    pub on: NaiveDate,
    /// The first type.
    pub a: ComparedType,
    /// The second type.
    pub b: ComparedType,
    /// Every aspect, in a fixed order.
    pub aspects: Vec<AspectComparison>,
}

impl TypeComparison {
    /// The aspects in which the two types differ.
    pub fn differences(&self) -> impl Iterator<Item = &AspectComparison> {
        self.aspects.iter().filter(|a| !a.same)
    }
}

fn rule_line(r: &Rule) -> ComparedRule {
    ComparedRule {
        id: r.id.clone(),
        citation: r.citation.to_string(),
        statement: r.statement.clone(),
    }
}

fn right_line(r: &Right) -> ComparedRule {
    ComparedRule {
        id: r.id.clone(),
        citation: r.citation.to_string(),
        statement: r.statement.clone(),
    }
}

fn franchise_line(r: &FranchiseRule) -> ComparedRule {
    ComparedRule {
        id: r.id.clone(),
        citation: r
            .active
            .first()
            .map(|e| e.citation.to_string())
            .unwrap_or_default(),
        statement: r.statement.clone(),
    }
}

/// Whether two lists hold the same items, in any order.
fn same_items<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.contains(x)) && b.iter().all(|x| a.contains(x))
}

impl Law {
    /// Compares the law of two body types (each a Land, type and level) on
    /// `on`: one [`AspectComparison`] per [`Aspect`].
    ///
    /// # Errors
    /// [`CheckError`] when no recorded law covers one of the types on `on`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{BodyType, Land, Law, law::Aspect, Level};
    /// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    /// let nw = |t| (Land::NordrheinWestfalen, t, Level::Municipality);
    /// let c = Law::builtin().compare(nw(BodyType::IntegrationCouncil), nw(BodyType::IntegrationCommittee), on)?;
    /// let differ: Vec<Aspect> = c.differences().map(|a| a.aspect).collect();
    /// assert!(differ.contains(&Aspect::Composition));
    /// assert!(differ.contains(&Aspect::Rights));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compare(
        &self,
        a: (Land, BodyType, Level),
        b: (Land, BodyType, Level),
        on: NaiveDate,
    ) -> Result<TypeComparison, CheckError> {
        let ra = self.regime(a.0, a.1, a.2, on)?;
        let rb = self.regime(b.0, b.1, b.2, on)?;
        let fa = self.franchise_in_force(a.0, a.1, on);
        let fb = self.franchise_in_force(b.0, b.1, on);
        let mut aspects = Vec::new();
        for aspect in [
            Aspect::Composition,
            Aspect::Chair,
            Aspect::Term,
            Aspect::Other,
        ] {
            let rules = |r: &Regime| -> Vec<Rule> {
                r.rules
                    .iter()
                    .filter(|x| x.validity.contains(on) && Aspect::of(&x.constraint) == aspect)
                    .cloned()
                    .collect()
            };
            let (xa, xb) = (rules(ra), rules(rb));
            let ka: Vec<&Constraint> = xa.iter().map(|r| &r.constraint).collect();
            let kb: Vec<&Constraint> = xb.iter().map(|r| &r.constraint).collect();
            aspects.push(AspectComparison {
                aspect,
                same: same_items(&ka, &kb),
                a: xa.iter().map(rule_line).collect(),
                b: xb.iter().map(rule_line).collect(),
            });
        }
        let franchise_same = match (fa, fb) {
            (Some(x), Some(y)) => x.active == y.active && x.passive == y.passive,
            (None, None) => true,
            _ => false,
        };
        aspects.insert(
            3,
            AspectComparison {
                aspect: Aspect::Franchise,
                same: franchise_same,
                a: fa.into_iter().map(franchise_line).collect(),
                b: fb.into_iter().map(franchise_line).collect(),
            },
        );
        let rights = |r: &'_ Regime| -> Vec<Right> {
            r.rights
                .iter()
                .filter(|x| x.validity.contains(on))
                .cloned()
                .collect()
        };
        let (xa, xb) = (rights(ra), rights(rb));
        let key = |r: &Right| (r.kind, r.organs.to_vec(), r.matters, r.modality);
        let (ka, kb): (Vec<_>, Vec<_>) =
            (xa.iter().map(key).collect(), xb.iter().map(key).collect());
        aspects.insert(
            4,
            AspectComparison {
                aspect: Aspect::Rights,
                same: same_items(&ka, &kb),
                a: xa.iter().map(right_line).collect(),
                b: xb.iter().map(right_line).collect(),
            },
        );
        let side = |(land, body_type, level): (Land, BodyType, Level), r: &Regime| ComparedType {
            land,
            body_type,
            level,
            governance: r.governance,
        };
        Ok(TypeComparison {
            on,
            a: side(a, ra),
            b: side(b, rb),
            aspects,
        })
    }

    fn franchise_in_force(
        &self,
        land: Land,
        body_type: BodyType,
        on: NaiveDate,
    ) -> Option<&FranchiseRule> {
        self.franchise_rules().find(|r| {
            r.land == land && r.body_types.contains(&body_type) && r.validity.contains(on)
        })
    }
}
