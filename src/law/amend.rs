//! Amending a law: a reform as data, applied from a day.
//!
//! A reform names the rules it brings, each with the rule it replaces (or
//! the regime it joins, for a rule without a predecessor), the rules it
//! repeals, and its transitional provisions. Applying it ends every
//! replaced or repealed rule on the reform's first day, adds the new rules
//! from that day, and checks the integrity of the result.

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Law;
use super::establishment::EstablishmentRule;
use super::franchise::FranchiseRule;
use super::rights::Right;
use super::rule::{LandLaw, Regime, Rule};
use super::transition::Transition;
use crate::error::{Defects, FindingCode, JsonPointer};
use crate::kind::BodyType;
use crate::land::{Land, Level};

/// A reform of one Land's law, as data.
///
/// # Example
/// A fictional NRW reform: from 1 Nov 2030 two thirds of the members are
/// directly elected, instead of the majority § 27 GO NRW asks for (in the
/// 2025 version, carried over from § 27 Abs. 1 S. 5 of 2013).
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{Law, Reform, RepresentationBody};
/// let reform: Reform = serde_json::from_str(r#"{
///   "land": "NW", "from": "2030-11-01",
///   "rules": [{
///     "id": "nw.integration_council.two_thirds_2030",
///     "replaces": "nw.integration_council_2025.elected_majority",
///     "citation": {"law": "GO NRW", "number": "27", "paragraph": 1, "sentence": 5},
///     "validity": {"from": "2030-11-01"},
///     "certainty": "verified", "source_kind": "gazette",
///     "statement": {"de": "Mindestens zwei Drittel der Mitglieder werden direkt gewählt.",
///     "en": "At least two thirds of the members are directly elected"},
///     "constraint": {"kind": "share", "part": {"classes": ["directly_elected"]},
///                    "of": {"classes": ["any"]}, "min": {"numerator": 2, "denominator": 3}},
///     "source": "https://example.org/gv-nrw-2030"
///   }]
/// }"#)?;
/// let law = Law::builtin().amend(&reform)?;
/// let old = law.rule("nw.integration_council_2025.elected_majority").unwrap();
/// assert_eq!(old.validity().until, NaiveDate::from_ymd_opt(2030, 11, 1));
/// assert!(law.rule("nw.integration_council.two_thirds_2030").is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Reform {
    /// The Land whose law it amends.
    pub land: Land,
    /// Its first day: every rule it replaces or repeals ends the day
    /// before.
    #[serde(with = "crate::date::strict")]
    #[schemars(with = "crate::date::DateSchema")]
    pub from: NaiveDate,
    /// Composition rules: each replaces an existing rule (`replaces`) and
    /// joins that rule's regime, or names the regime it joins
    /// ([`Reform::regime_of`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
    /// Participation rights, the same way.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rights: Vec<Right>,
    /// Establishment rules.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub establishment: Vec<EstablishmentRule>,
    /// Franchise rules.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub franchise: Vec<FranchiseRule>,
    /// The regime a new rule or right without a predecessor joins, by its
    /// id: `(rule id, body type, level)`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regime_of: Vec<RegimeOf>,
    /// Rules it repeals without a successor, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub repeals: Vec<Cow<'static, str>>,
    /// Its transitional provisions, each joining the regime of the first
    /// rule it keeps.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transitions: Vec<Transition>,
}

/// The regime a new rule without a predecessor joins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RegimeOf {
    /// The new rule's id.
    pub rule: Cow<'static, str>,
    /// The body type of the regime.
    pub body_type: BodyType,
    /// A level the regime covers.
    pub level: Level,
}

impl Reform {
    /// A reform of `land` from `from`, bringing nothing yet: push the new
    /// rules onto its fields.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{Land, Law, Reform, RepresentationBody};
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// // A fictional Saarland reform that repeals the council's third from 2030.
    /// let mut reform = Reform::new(Land::Saarland, d("2030-01-01"));
    /// reform.repeals.push("sl.integration_board.council_third".into());
    /// let law = Law::builtin().amend(&reform)?;
    /// let json = std::fs::read_to_string("examples/data/invalid/saarbruecken-integrationsbeirat-shares.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// assert_eq!(law.check(&body, d("2029-12-31"))?.violations.len(), 2);
    /// assert_eq!(law.check(&body, d("2030-01-01"))?.violations.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn new(land: Land, from: NaiveDate) -> Self {
        Self {
            land,
            from,
            rules: Vec::new(),
            rights: Vec::new(),
            establishment: Vec::new(),
            franchise: Vec::new(),
            regime_of: Vec::new(),
            repeals: Vec::new(),
            transitions: Vec::new(),
        }
    }
}

/// Ends `validity` on `from` (the day before is its last).
fn end(validity: &mut crate::citation::Validity, from: NaiveDate) {
    if validity.until.is_none_or(|u| u > from) {
        validity.until = Some(from);
    }
}

/// The place of a defect in the reform's JSON form.
fn at(field: &str, i: usize, sub: &str) -> JsonPointer {
    JsonPointer::root().field(field).index(i).field(sub)
}

fn unknown(field: &str, i: usize, sub: &str) -> crate::Finding {
    let path = if sub.is_empty() {
        JsonPointer::root().field(field).index(i)
    } else {
        at(field, i, sub)
    };
    crate::Finding::format(
        FindingCode::UnknownReplacedRule,
        path,
        "law.reform.replaces",
        crate::finding::Figures::none(),
    )
}

impl Law {
    /// The law with `reform` applied: each rule it replaces or repeals ends
    /// on the reform's first day, the new rules join their regimes (or the
    /// Land's lists), and the result must pass [`Law::validate`].
    ///
    /// # Errors
    /// [`Defects`] when a rule names a predecessor or a regime that does
    /// not exist (`unknown_replaced_rule`, pointing into the reform), or the
    /// amended law breaks an integrity rule (pointing into the law).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{FindingCode, Land, Law, Reform};
    /// let mut reform = Reform::new(Land::Hessen, NaiveDate::from_ymd_opt(2030, 1, 1).unwrap());
    /// reform.repeals.push("he.no_such_rule".into());
    /// let defects = Law::builtin().amend(&reform).unwrap_err();
    /// assert_eq!(defects.as_slice()[0].code, FindingCode::UnknownReplacedRule);
    /// assert_eq!(defects.as_slice()[0].path.as_str(), "/repeals/0");
    /// ```
    pub fn amend(&self, reform: &Reform) -> Result<Law, Defects> {
        let mut lands: Vec<LandLaw> = self.lands().to_vec();
        let mut defects = Vec::new();
        let mine = |l: &LandLaw| l.land == reform.land;
        // End what the reform replaces or repeals.
        let ended: Vec<&str> = reform
            .rules
            .iter()
            .filter_map(|r| r.replaces.as_deref())
            .chain(reform.rights.iter().filter_map(|r| r.replaces.as_deref()))
            .chain(
                reform
                    .establishment
                    .iter()
                    .filter_map(|r| r.replaces.as_deref()),
            )
            .chain(
                reform
                    .franchise
                    .iter()
                    .filter_map(|r| r.replaces.as_deref()),
            )
            .chain(reform.repeals.iter().map(AsRef::as_ref))
            .collect();
        for id in &ended {
            let found = end_everywhere(&mut lands, reform.land, id, reform.from);
            if !found {
                if let Some(i) = reform.repeals.iter().position(|r| r == id) {
                    defects.push(unknown("repeals", i, ""));
                }
            }
        }
        let Some(land) = lands.iter_mut().find(|l| mine(l)) else {
            return Err(Defects::one(crate::Finding::format(
                FindingCode::UnknownReplacedRule,
                JsonPointer::root().field("land"),
                "law.reform.land",
                crate::finding::Figures::none(),
            )));
        };
        // The regime a rule joins: its predecessor's, or the one named.
        let regime_index = |regimes: &[Regime], id: &str, replaces: Option<&str>| {
            regimes.iter().position(|g| match replaces {
                Some(old) => {
                    g.rules.iter().any(|r| r.id == old) || g.rights.iter().any(|r| r.id == old)
                }
                None => reform.regime_of.iter().any(|x| {
                    x.rule == id && g.body_type == x.body_type && g.levels.contains(&x.level)
                }),
            })
        };
        for (i, r) in reform.rules.iter().enumerate() {
            match regime_index(&land.regimes, &r.id, r.replaces.as_deref()) {
                Some(g) => land.regimes.to_mut()[g].rules.to_mut().push(r.clone()),
                None => defects.push(unknown("rules", i, "replaces")),
            }
        }
        for (i, r) in reform.rights.iter().enumerate() {
            match regime_index(&land.regimes, &r.id, r.replaces.as_deref()) {
                Some(g) => land.regimes.to_mut()[g].rights.to_mut().push(r.clone()),
                None => defects.push(unknown("rights", i, "replaces")),
            }
        }
        for (i, t) in reform.transitions.iter().enumerate() {
            let first = t.keeps.first().map(AsRef::as_ref).unwrap_or_default();
            match land
                .regimes
                .iter()
                .position(|g| g.rules.iter().any(|r| r.id == first))
            {
                Some(g) => land.regimes.to_mut()[g]
                    .transitions
                    .to_mut()
                    .push(t.clone()),
                None => defects.push(unknown("transitions", i, "keeps")),
            }
        }
        land.establishment
            .to_mut()
            .extend(reform.establishment.iter().cloned());
        land.franchise
            .to_mut()
            .extend(reform.franchise.iter().cloned());
        if let Some(v) = Defects::new(defects) {
            return Err(v);
        }
        let law = Law::new(lands);
        law.validate()?;
        Ok(law)
    }
}

/// Ends every rule, right, establishment and franchise rule of `land` with
/// the id `id` on `from`; whether there was one.
fn end_everywhere(lands: &mut [LandLaw], land: Land, id: &str, from: NaiveDate) -> bool {
    let mut found = false;
    for l in lands.iter_mut().filter(|l| l.land == land) {
        for regime in l.regimes.to_mut().iter_mut() {
            for r in regime.rules.to_mut().iter_mut().filter(|r| r.id == id) {
                end(&mut r.validity, from);
                found = true;
            }
            for r in regime.rights.to_mut().iter_mut().filter(|r| r.id == id) {
                end(&mut r.validity, from);
                found = true;
            }
        }
        for r in l.establishment.to_mut().iter_mut().filter(|r| r.id == id) {
            end(&mut r.validity, from);
            found = true;
        }
        for r in l.franchise.to_mut().iter_mut().filter(|r| r.id == id) {
            end(&mut r.validity, from);
            found = true;
        }
    }
    found
}
