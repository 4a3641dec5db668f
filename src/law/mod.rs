//! The law as data: rules with citations and validity periods, grouped into
//! regimes per Land and body type, and the one checker that runs them.
//!
//! A new Land or a reform is a new [`Regime`] or new [`Rule`] values; the
//! checker ([`Law::check`]) has no branch for any Land.
//!
//! The modules are layered: the vocabulary (`vocab`), the kinds of check
//! (`constraint`), the rule types (`rule`, `establishment`, `franchise`),
//! the data (`land`), and this module's [`Law`] value. The checker
//! (`check`, `roster`) reads documents; nothing below it does.

pub(crate) mod allocation;
pub(crate) mod amend;
pub(crate) mod between;
mod check;
pub(crate) mod compare;
pub mod constraint;
pub(crate) mod elect;
pub(crate) mod establishment;
pub(crate) mod franchise;
pub mod ids;
mod integrity;
mod land;
pub(crate) mod office;
pub(crate) mod plan;
pub(crate) mod proposal;
pub(crate) mod report;
pub(crate) mod rights;
mod roster;
pub(crate) mod rule;
pub(crate) mod standing;
pub(crate) mod transition;
pub(crate) mod vocab;

pub use crate::citation::{Following, ProvisionUnit};
pub use crate::term::{
    CouncilTermEnd, CouncilTermRule, CouncilTermStart, Wahlperiode, council_term_rule,
};
pub(crate) use allocation::AllocationError;
pub use allocation::AllocationRule;
pub use amend::{Reform, RegimeOf};
pub use compare::{Aspect, AspectComparison, ComparedRule, ComparedType, TypeComparison};
pub use constraint::Constraint;
pub use establishment::{
    Comparison, EstablishmentAnswer, EstablishmentError, EstablishmentRule, NoCandidates,
    Population, Threshold,
};
pub use franchise::{
    Condition, Decision, Eligibility, FranchiseAnswer, FranchiseError, FranchiseRule, Nationality,
    Person, Reason, TimeSpan, VoterGroup,
};
pub use report::{CatalogueCheck, CatalogueEntry, RuleKind};
pub(crate) use report::{CheckError, Report};
pub use rights::{Matters, Organ, ResolvedRight, Right, RightKind, RightSource};
pub use rule::{AnyRule, Governance, LandLaw, Regime, Rule};
pub use transition::Transition;
pub use vocab::{Certainty, Duty, Modality, Ratio, SourceKind};

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::citation::Citation;
use crate::error::Defects;
use crate::kind::BodyType;
use crate::land::{Land, Level};

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
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct Law {
    lands: Cow<'static, [LandLaw]>,
}

/// The built-in council term of `land` (see [`crate::council_term_rule`]).
pub(crate) fn builtin_council_term(land: Land) -> &'static CouncilTermRule {
    land::council_term(land)
}

static BUILTIN: Law = Law {
    lands: Cow::Borrowed(land::LANDS),
};

impl Law {
    /// The crate's law.
    ///
    /// ```
    /// use migrant_representation::{Land, Law};
    /// let law = Law::builtin();
    /// // Every Land's law is recorded, and it passes the integrity checks.
    /// assert!(Land::iter().all(|land| law.lands().iter().any(|l| l.land == land)));
    /// assert!(law.validate().is_ok());
    /// ```
    #[must_use]
    pub fn builtin() -> &'static Law {
        &BUILTIN
    }

    /// A law made of the law of these Länder. A Land may appear more than
    /// once (a reform package next to the built-in law).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{check::CheckError, Land, Law, RepresentationBody};
    /// let hessen = Law::builtin().lands().iter().filter(|l| l.land == Land::Hessen).cloned().collect();
    /// let law = Law::new(hessen); // Hessen's law alone
    /// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    /// let read = |f: &str| std::fs::read_to_string(format!("examples/data/{f}.json"));
    /// let wiesbaden = RepresentationBody::from_json_str(&read("wiesbaden-auslaenderbeirat")?)?;
    /// assert!(law.check(&wiesbaden, on)?.is_compliant());
    /// let koeln = RepresentationBody::from_json_str(&read("koeln-integrationsrat")?)?;
    /// assert!(matches!(law.check(&koeln, on), Err(CheckError::NoRegime { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(lands: Vec<LandLaw>) -> Self {
        Self {
            lands: Cow::Owned(lands),
        }
    }

    /// The same law with `land` added.
    ///
    /// ```
    /// use migrant_representation::{law::LandLaw, Land, Law};
    /// let of = |land| Law::builtin().lands().iter().find(|l| l.land == land).unwrap().clone();
    /// let law = Law::new(vec![of(Land::Hessen)]).with(of(Land::Saarland));
    /// assert_eq!(law.lands().len(), 2);
    /// assert!(law.council_term(Land::Saarland).is_some());
    /// // A Land with no rules yet is a valid start for a program's own law.
    /// assert!(law.with(LandLaw::new(Land::Bremen)).validate().is_ok());
    /// ```
    #[must_use]
    pub fn with(mut self, land: LandLaw) -> Self {
        self.lands.to_mut().push(land);
        self
    }

    /// The law of each Land.
    ///
    /// ```
    /// use migrant_representation::{BodyType, Land, Law};
    /// let lands = Law::builtin().lands();
    /// let saarland = lands.iter().find(|l| l.land == Land::Saarland).unwrap();
    /// assert_eq!(saarland.regimes[0].body_type, BodyType::IntegrationAdvisoryBoard);
    /// assert_eq!(saarland.regimes[0].basis.to_string(), "§ 50 KSVG");
    /// ```
    #[must_use]
    pub fn lands(&self) -> &[LandLaw] {
        &self.lands
    }

    /// All regimes.
    ///
    /// ```
    /// use migrant_representation::{law::Governance, BodyType, Land, Law};
    /// // Hessen's Ausländerbeirat (§§ 84 ff. HGO) and Integrations-Kommission (§ 89 HGO).
    /// let hessen: Vec<BodyType> = Law::builtin().regimes()
    ///     .filter(|r| r.land == Land::Hessen)
    ///     .map(|r| r.body_type)
    ///     .collect();
    /// assert!(hessen.contains(&BodyType::ForeignResidentsAdvisoryBoard));
    /// assert!(hessen.contains(&BodyType::IntegrationCommission));
    /// // Bavarian bodies rest on local law only.
    /// assert!(Law::builtin().regimes().filter(|r| r.land == Land::Bayern).all(|r| r.governance == Governance::LocalOnly));
    /// ```
    pub fn regimes(&self) -> impl Iterator<Item = &Regime> {
        self.lands.iter().flat_map(|l| l.regimes.iter())
    }

    /// Every composition rule with the regime it belongs to.
    ///
    /// ```
    /// use migrant_representation::{law::Certainty, Land, Law};
    /// let (regime, rule) = Law::builtin().rules()
    ///     .find(|(_, r)| r.id == "sl.integration_board.elected_two_thirds")
    ///     .unwrap();
    /// assert_eq!(regime.land, Land::Saarland);
    /// assert_eq!(rule.certainty, Certainty::Verified);
    /// assert!(rule.citation.to_string().starts_with("§ 50 Abs. 2 S. 1 KSVG"));
    /// ```
    pub fn rules(&self) -> impl Iterator<Item = (&Regime, &Rule)> {
        self.regimes()
            .flat_map(|r| r.rules.iter().map(move |x| (r, x)))
    }

    /// Every establishment rule.
    ///
    /// ```
    /// use migrant_representation::{law::{Certainty, Duty}, Land, Law};
    /// // Hessen: an Ausländerbeirat must be formed with more than 1,000 foreign residents.
    /// let hgo = Law::builtin().establishment_rules()
    ///     .find(|r| r.id == "he.establishment.must_1000")
    ///     .unwrap();
    /// assert_eq!((hgo.land, hgo.duty), (Land::Hessen, Duty::Must));
    /// assert_eq!(hgo.citation.to_string(), "§ 84 S. 1 i. V. m. S. 3 HGO");
    /// assert_eq!(hgo.certainty, Certainty::Verified);
    /// ```
    pub fn establishment_rules(&self) -> impl Iterator<Item = &EstablishmentRule> {
        self.lands.iter().flat_map(|l| l.establishment.iter())
    }

    /// Every franchise rule.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{Land, Law};
    /// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    /// // One franchise rule of NRW is in force on a day; the earlier ones have ended.
    /// let nrw: Vec<_> = Law::builtin().franchise_rules().filter(|r| r.land == Land::NordrheinWestfalen).collect();
    /// assert!(nrw.len() > 1);
    /// assert_eq!(nrw.iter().filter(|r| r.validity.contains(on)).count(), 1);
    /// ```
    pub fn franchise_rules(&self) -> impl Iterator<Item = &FranchiseRule> {
        self.lands.iter().flat_map(|l| l.franchise.iter())
    }

    /// Every rule on how the directly elected seats are allocated.
    ///
    /// ```
    /// use migrant_representation::{election::AllocationMethod, Land, Law};
    /// let hessen = Law::builtin().allocation_rules().find(|r| r.land == Land::Hessen).unwrap();
    /// assert_eq!(hessen.method, Some(AllocationMethod::HareNiemeyer));
    /// // Bavaria's bodies rest on local law: no statute allocates their seats.
    /// assert!(Law::builtin().allocation_rules().all(|r| r.land != Land::Bayern));
    /// ```
    pub fn allocation_rules(&self) -> impl Iterator<Item = &AllocationRule> {
        self.lands.iter().flat_map(|l| l.allocation.iter())
    }

    /// The rule that allocates the seats of an election in `land` on
    /// `day`, for `body_type` and `level` where they are known.
    ///
    /// # Errors
    /// [`AllocationError::NoRule`] when none applies (the Länder whose
    /// bodies rest on local law only, or a day before the recorded law);
    /// [`AllocationError::Ambiguous`] when rules for several body types or
    /// levels apply and the question does not name them.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{election::AllocationMethod, Land, Law};
    /// let law = Law::builtin();
    /// let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let nrw = |day| law.allocation_rule(Land::NordrheinWestfalen, None, None, day).unwrap().method;
    /// // The NRW method of 2024 was in the statute for less than a year.
    /// assert_eq!(nrw(on(2020, 9, 13)), Some(AllocationMethod::SainteLagueSchepers));
    /// assert_eq!(nrw(on(2025, 1, 1)), Some(AllocationMethod::QuotaPercentRemainder));
    /// assert_eq!(nrw(on(2025, 9, 14)), Some(AllocationMethod::SainteLagueSchepers));
    /// // Rheinland-Pfalz leaves it to the Satzung.
    /// assert_eq!(law.allocation_rule(Land::RheinlandPfalz, None, None, on(2024, 11, 10)).map(|r| r.method).ok(), None);
    /// ```
    pub fn allocation_rule(
        &self,
        land: Land,
        body_type: Option<BodyType>,
        level: Option<Level>,
        day: NaiveDate,
    ) -> Result<&AllocationRule, AllocationError> {
        let mut found = self
            .allocation_rules()
            .filter(|r| r.applies(land, body_type, level, day));
        let first = found.next().ok_or(AllocationError::NoRule { land, day })?;
        match found.next() {
            None => Ok(first),
            Some(_) => Err(AllocationError::Ambiguous { land, day }),
        }
    }

    /// The council-term rule of `land`, if this law records one (the
    /// built-in law records one for every Land; a law a program builds
    /// may not).
    ///
    /// ```
    /// use migrant_representation::{Land, Law};
    /// let law = Law::builtin();
    /// assert_eq!(law.council_term(Land::NordrheinWestfalen).unwrap().years, 5);
    /// assert_eq!(law.council_term(Land::Bayern).unwrap().years, 6);
    /// assert_eq!(law.council_term(Land::Bayern).unwrap().citation.to_string(), "Art. 23 Abs. 1 GLKrWG");
    /// assert!(Law::new(Vec::new()).council_term(Land::Bayern).is_none());
    /// ```
    #[must_use]
    pub fn council_term(&self, land: Land) -> Option<&CouncilTermRule> {
        self.lands
            .iter()
            .filter(|l| l.land == land)
            .find_map(|l| l.council_term.as_ref())
    }

    /// The rule with this id, of any kind.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{law::AnyRule, Law};
    /// let law = Law::builtin();
    /// let rule = law.rule("sl.integration_board.council_third").expect("a recorded rule");
    /// assert!(matches!(rule, AnyRule::Composition(..)));
    /// assert_eq!(rule.validity().from, NaiveDate::from_ymd_opt(2023, 12, 21));
    /// assert!(law.rule("sl.no_such_rule").is_none());
    /// ```
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
            .or_else(|| {
                self.regimes().find_map(|g| {
                    g.rights
                        .iter()
                        .find(|r| r.id == id)
                        .map(|r| AnyRule::Right(g, r))
                })
            })
            .or_else(|| {
                self.allocation_rules()
                    .find(|r| r.id == id)
                    .map(AnyRule::Allocation)
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
    /// [`Defects`] with every defect at once, each with the JSON Pointer
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
    pub fn validate(&self) -> Result<(), Defects> {
        integrity::validate(&self.lands)
    }

    /// Whether a body must, should or may be formed, under this law; see
    /// [`establishment_duty`].
    ///
    /// # Errors
    /// As [`establishment_duty`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{law::{Certainty, Duty, Population}, Land, Law, Level};
    /// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    /// let residents = |n| Population { foreign_residents: n, ..Population::default() };
    /// let rlp = |n| Law::builtin().establishment_duty(Land::RheinlandPfalz, Level::Municipality, on, residents(n));
    /// let answer = rlp(1_001)?;
    /// assert_eq!((answer.duty, answer.certainty), (Duty::Must, Certainty::Verified));
    /// assert_eq!(answer.rules[0].citation.to_string(), "§ 56 Abs. 1 GemO RLP");
    /// assert_eq!(rlp(1_000)?.duty, Duty::May); // "mehr als 1.000"
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{law::{Nationality, Person}, BodyType, Land, Law};
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let mut p = Person::new(d("1990-05-01"));
    /// p.nationalities = vec![Nationality::OtherForeign];
    /// p.main_residence_since = Some(d("2015-01-01"));
    /// p.lawful_stay_since = Some(d("2015-01-01"));
    /// let he = Law::builtin().franchise(Land::Hessen, BodyType::ForeignResidentsAdvisoryBoard, &p, d("2026-03-15"))?;
    /// assert!(he.active.eligible && he.passive.eligible);
    /// p.nationalities = vec![Nationality::German];
    /// let german = Law::builtin().franchise(Land::Hessen, BodyType::ForeignResidentsAdvisoryBoard, &p, d("2026-03-15"))?;
    /// assert!(!german.active.eligible);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
            source_kind: rule.source_kind,
            replaces: rule.replaces.clone(),
            modality: rule.modality,
            statement: rule.statement.clone(),
            source: rule.source.clone(),
            note: rule.note.clone(),
            check: Some(CatalogueCheck {
                governance: regime.governance,
                constraint: rule.constraint.clone(),
                code: rule.constraint.code(),
            }),
            if_no_candidates: None,
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
            source_kind: r.source_kind,
            replaces: r.replaces.clone(),
            modality: r.duty.into(),
            statement: r.statement.clone(),
            source: r.source.clone(),
            note: r.note.clone(),
            check: None,
            if_no_candidates: r.if_no_candidates.clone(),
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
                source_kind: r.source_kind,
                replaces: r.replaces.clone(),
                modality: Modality::Must,
                statement: r.statement.clone(),
                source: r.source.clone(),
                note: r.note.clone(),
                check: None,
                if_no_candidates: None,
            }
        });
        let rights = self.regimes().flat_map(|regime| {
            regime.rights.iter().map(move |r| CatalogueEntry {
                id: r.id.clone(),
                kind: RuleKind::Right,
                land: regime.land,
                body_types: vec![regime.body_type],
                levels: regime.levels.to_vec(),
                citation: r.citation.clone(),
                citation_text: r.citation.to_string(),
                validity: r.validity,
                certainty: r.certainty,
                source_kind: r.source_kind,
                replaces: r.replaces.clone(),
                modality: r.modality,
                statement: r.statement.clone(),
                source: r.source.clone(),
                note: r.note.clone(),
                check: None,
                if_no_candidates: None,
            })
        });
        let allocation = self.allocation_rules().map(allocation_entry);
        composition
            .chain(establishment)
            .chain(franchise)
            .chain(rights)
            .chain(allocation)
            .collect()
    }

    /// The regime for a Land, body type and level on `date`.
    ///
    /// # Errors
    /// [`CheckError::NoRegime`] if none exists, [`CheckError::DateNotCovered`]
    /// if none covers the date.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{check::CheckError, BodyType, Land, Law, Level};
    /// let on = |y| NaiveDate::from_ymd_opt(y, 1, 15).unwrap();
    /// let sl = |y| Law::builtin().regime(Land::Saarland, BodyType::IntegrationAdvisoryBoard, Level::Municipality, on(y));
    /// assert_eq!(sl(2026)?.basis.to_string(), "§ 50 KSVG");
    /// // Before the recorded law begins, the answer is an error, never a guess.
    /// assert!(matches!(sl(2000), Err(CheckError::DateNotCovered { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
}

/// An allocation rule's line of the catalogue.
fn allocation_entry(r: &AllocationRule) -> CatalogueEntry {
    CatalogueEntry {
        id: r.id.clone(),
        kind: RuleKind::Allocation,
        land: r.land,
        body_types: r.body_types.to_vec(),
        levels: r.levels.to_vec(),
        citation: r.citation.clone(),
        citation_text: r.citation.to_string(),
        validity: r.validity,
        certainty: r.certainty,
        modality: Modality::Must,
        statement: r.statement.clone(),
        source: r.source.clone(),
        note: r.note.clone(),
        check: None,
        if_no_candidates: None,
        source_kind: r.source_kind,
        replaces: r.replaces.clone(),
    }
}

/// The establishment rules of the built-in law
/// ([`Law::establishment_rules`](super::Law::establishment_rules)).
pub fn establishment_rules() -> impl Iterator<Item = &'static EstablishmentRule> {
    super::Law::builtin().establishment_rules()
}

/// Whether a body must, should or may be formed in a municipality (or
/// county, district) of `land` on `date`, given its foreign population.
///
/// # Errors
/// [`EstablishmentError::NotCovered`] when no recorded rule covers the Land,
/// level and date; [`EstablishmentError::ResidentsNeeded`] when a share rule
/// needs the number of residents.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{Land, law::{Duty, establishment_duty, Population}, Level};
/// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
/// let nrw = |n| establishment_duty(Land::NordrheinWestfalen, Level::Municipality, on,
///     Population { foreign_residents: n, ..Population::default() }).unwrap().duty;
/// assert_eq!(nrw(5_000), Duty::Must);       // "mindestens 5.000"
/// assert_eq!(nrw(4_999), Duty::May);
/// let hessen = establishment_duty(Land::Hessen, Level::Municipality, on,
///     Population { foreign_residents: 1_000, ..Population::default() })?;
/// assert_eq!(hessen.duty, Duty::May);       // "mehr als 1.000"
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn establishment_duty(
    land: Land,
    level: Level,
    date: NaiveDate,
    population: Population,
) -> Result<EstablishmentAnswer<'static>, EstablishmentError> {
    super::Law::builtin().establishment_duty(land, level, date, population)
}

/// The franchise rules of the built-in law
/// ([`Law::franchise_rules`](super::Law::franchise_rules)).
pub fn franchise_rules() -> impl Iterator<Item = &'static FranchiseRule> {
    super::Law::builtin().franchise_rules()
}

/// Decides whether `person` may vote for and stand for a body of
/// `body_type` in `land` at an election on `election_day`.
///
/// # Errors
/// [`FranchiseError::NotStatutory`] where no statute sets the franchise
/// (Bayern, Baden-Württemberg and other Länder whose bodies rest on a
/// Satzung) or the crate records none for that date.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{BodyType, Land, law::{franchise, Nationality, Person}};
/// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
/// let mut p = Person::new(d("1990-05-01"));
/// p.nationalities = vec![Nationality::German, Nationality::OtherForeign]; // dual national
/// p.main_residence_since = Some(d("2015-01-01"));
/// p.lawful_stay_since = Some(d("2015-01-01"));
/// // NRW counts German dual nationals in; Hessen does not.
/// let nrw = franchise(Land::NordrheinWestfalen, BodyType::IntegrationCouncil, &p, d("2025-09-14"))?;
/// assert!(nrw.active.eligible);
/// let he = franchise(Land::Hessen, BodyType::ForeignResidentsAdvisoryBoard, &p, d("2026-03-15"))?;
/// assert!(!he.active.eligible);
/// assert!(he.passive.eligible); // but may stand (§ 86 Abs. 4 HGO)
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn franchise(
    land: Land,
    body_type: BodyType,
    person: &Person,
    election_day: NaiveDate,
) -> Result<FranchiseAnswer<'static>, FranchiseError> {
    super::Law::builtin().franchise(land, body_type, person, election_day)
}
