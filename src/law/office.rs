//! A body over its life: the days each recorded term is in office, as the
//! document and the law decide them together, and where the body stands on
//! a given day.
//!
//! The document gives what it knows (election, constitution, length,
//! whether the members continue until the successor meets, how a term
//! ended); the statute fills in what the document leaves out: a term whose
//! length is not given follows the council's Wahlperiode or lasts the years
//! the statute fixes, and a term whose document says nothing about
//! continuing gets the continuation the statute in force at its end gives.
//! A statutory effect is applied, never demanded: only a document that
//! contradicts a rule breaks it.

use chrono::NaiveDate;

use super::Law;
use super::constraint::Constraint;
use super::rule::{Regime, Rule};
pub use super::standing::{Basis, EndCause, Office, OfficeStatus, TermPeriod};
use crate::body::RepresentationBody;
use crate::error::JsonPointer;
use crate::term::{Term, TermEnding, TermLength, last_day_of_years};

impl Regime {
    /// Whether a transitional provision keeps the rule `id` for a term
    /// placed on `anchor`, on `date`.
    fn kept(&self, id: &str, anchor: Option<NaiveDate>, date: NaiveDate) -> bool {
        anchor.is_some_and(|a| self.transitions.iter().any(|t| t.keeps_for(id, a, date)))
    }

    /// Whether `rule` applies on `date` to a term placed on `anchor` (no
    /// term: the law in force on the day): in force and not displaced by an
    /// earlier version a transitional provision keeps, or an earlier
    /// version kept after its own end.
    pub(crate) fn applies(&self, rule: &Rule, date: NaiveDate, anchor: Option<NaiveDate>) -> bool {
        if rule.validity.contains(date) {
            return !rule
                .replaces
                .as_deref()
                .is_some_and(|old| self.kept(old, anchor, date));
        }
        rule.validity.until.is_some_and(|u| u <= date) && self.kept(&rule.id, anchor, date)
    }

    /// The rules that apply on `date` to a term placed on `anchor`.
    pub(crate) fn rules_applying(
        &self,
        date: NaiveDate,
        anchor: Option<NaiveDate>,
    ) -> impl Iterator<Item = &Rule> {
        self.rules
            .iter()
            .filter(move |r| self.applies(r, date, anchor))
    }

    /// The rules that apply to `term` (if any) when it is judged on `date`.
    /// A rule on how the members are elected ([`Constraint::judged_at_election`])
    /// is judged by the law in force on the term's election day: an
    /// election is held under the law of its day (an NRW Integrationsrat
    /// elected in 2010 is not judged by the election day the 2013 law
    /// fixed). Every other rule is judged by the law in force on `date`,
    /// unless a transitional provision keeps an earlier one.
    ///
    /// `at_election` is the regime in force on the term's election day, when
    /// a reform between the election and `date` opened a new regime (the
    /// NRW Integrationsrat elected on 14 Sep 2025 and renamed on 1 Nov
    /// 2025): the election rules come from it. Otherwise it is `self`.
    pub(crate) fn rules_for_term<'a>(
        &'a self,
        at_election: &'a Self,
        date: NaiveDate,
        term: Option<&Term>,
    ) -> impl Iterator<Item = &'a Rule> {
        let anchor = term.map(Term::anchor);
        let elected = term.and_then(Term::elected_on).filter(|e| *e <= date);
        let by_election = move |r: &&Rule| r.constraint.judged_at_election() && elected.is_some();
        let now = self
            .rules
            .iter()
            .filter(move |r| !by_election(r) && self.applies(r, date, anchor));
        let then = at_election.rules.iter().filter(move |r| {
            by_election(r) && elected.is_some_and(|e| at_election.applies(r, e, anchor))
        });
        now.chain(then)
    }
}

/// The statute's rule of `kind` for a term placed on `anchor`, applying on
/// `date`, if the law covers the body then.
fn statutory<'l>(
    law: &'l Law,
    body: &RepresentationBody,
    date: NaiveDate,
    anchor: NaiveDate,
    kind: impl Fn(&Constraint) -> bool,
) -> Option<&'l Rule> {
    let j = body.jurisdiction();
    let regime = law.regime(j.land, body.body_type(), j.level, date).ok()?;
    regime
        .rules_applying(date, Some(anchor))
        .find(|r| kind(&r.constraint) && r.certainty == super::vocab::Certainty::Verified)
        .or_else(|| {
            regime
                .rules_applying(date, Some(anchor))
                .find(|r| kind(&r.constraint))
        })
}

/// The council election that opened the Wahlperiode a term placed on
/// `anchor` falls in: the latest recorded election on or before it.
fn council_election(law: &Law, body: &RepresentationBody, anchor: NaiveDate) -> Option<NaiveDate> {
    let rule = law.council_term(body.jurisdiction().land)?;
    rule.regular_elections
        .iter()
        .copied()
        .chain(rule.exceptions.iter().map(|x| x.elected_on))
        .filter(|e| *e <= anchor)
        .max()
}

/// The length a term follows and where it comes from: the document's, or
/// the statute's where the document gives none.
fn length_of(law: &Law, body: &RepresentationBody, term: &Term) -> Option<(TermLength, Basis)> {
    if let Some(l) = term.length() {
        return Some((l, Basis::Document));
    }
    let rule = statutory(law, body, term.anchor(), term.anchor(), |k| {
        matches!(
            k,
            Constraint::TermFollowsCouncil(_) | Constraint::TermYears(_)
        )
    })?;
    let basis = Basis::Statute {
        rule: rule.id.clone(),
        citation: rule.citation.clone(),
    };
    match &rule.constraint {
        Constraint::TermYears(y) => {
            std::num::NonZeroU8::new(y.years).map(|years| (TermLength::Years { years }, basis))
        }
        _ => council_election(law, body, term.anchor())
            .map(|council_elected_on| (TermLength::CouncilTerm { council_elected_on }, basis)),
    }
}

/// The council election a term's length refers to, if it follows the
/// council's Wahlperiode (by the document or by the statute).
pub(crate) fn council_elected_on(
    law: &Law,
    body: &RepresentationBody,
    term: &Term,
) -> Option<NaiveDate> {
    match length_of(law, body, term)? {
        (TermLength::CouncilTerm { council_elected_on }, _) => Some(council_elected_on),
        _ => None,
    }
}

/// The first day of a term (also the day its predecessor's successor
/// meets), and whether it is assumed: the constituent meeting where the
/// document gives it; else the first day of the council's Wahlperiode the
/// term follows, but not before the members were elected (a body elected
/// after the council, such as the NRW Integrationsräte of 2010, is
/// constituted some time after its election: its election day is
/// assumed); else the term's anchor, assumed.
fn first_day(law: &Law, body: &RepresentationBody, term: &Term) -> (NaiveDate, bool) {
    if let Some(c) = term.constituted_on() {
        return (c, false);
    }
    let start = match length_of(law, body, term) {
        Some((TermLength::CouncilTerm { council_elected_on }, _)) => law
            .council_term(body.jurisdiction().land)
            .and_then(|r| r.period_from(council_elected_on, None))
            .and_then(|(s, _)| s),
        _ => None,
    };
    match (start, term.elected_on()) {
        (Some(s), Some(e)) if e > s => (e, true),
        (Some(s), _) => (s, false),
        (None, _) => (term.anchor(), true),
    }
}

/// The period of term `i` of `body`.
pub(super) fn period(law: &Law, body: &RepresentationBody, i: usize) -> Option<TermPeriod> {
    let terms = body.terms();
    let term = terms.get(i)?;
    let (first, assumed) = first_day(law, body, term);
    let length = length_of(law, body, term);
    let last_regular_day = match &length {
        Some((TermLength::CouncilTerm { council_elected_on }, _)) => law
            .council_term(body.jurisdiction().land)
            .and_then(|r| r.period_from(*council_elected_on, term.constituted_on()))
            .map(|(_, end)| end),
        Some((TermLength::Years { years }, _)) => last_day_of_years(first, years.get()),
        Some((TermLength::FixedEnd { ends_on }, _)) => Some(*ends_on),
        None => None,
    };
    let continues = match term.continues_until_successor_meets() {
        Some(true) => Some(Basis::Document),
        Some(false) => None,
        None => last_regular_day.and_then(|last| {
            statutory(law, body, last, term.anchor(), |k| {
                matches!(k, Constraint::TermContinuesUntilSuccessorMeets(_))
            })
            .map(|r| Basis::Statute {
                rule: r.id.clone(),
                citation: r.citation.clone(),
            })
        }),
    };
    let next_first = terms.get(i + 1).map(|t| first_day(law, body, t).0);
    Some(TermPeriod {
        term: i,
        first_day: first,
        first_day_assumed: assumed,
        last_regular_day,
        length_basis: length.map(|(_, b)| b),
        continues,
        successor_met_on: term.successor_first_met_on().or(next_first),
        ended: term.ended(),
    })
}

impl Law {
    /// The days of every term `body` records, the earliest first, as the
    /// document and this law decide them.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{Law, RepresentationBody};
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let json = std::fs::read_to_string("examples/data/history/kaufbeuren-integrationsbeirat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let periods = Law::builtin().term_periods(&body);
    /// assert_eq!(periods[0].first_day, d("2014-09-29"));
    /// assert!(periods.windows(2).all(|w| w[0].first_day < w[1].first_day));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn term_periods(&self, body: &RepresentationBody) -> Vec<TermPeriod> {
        (0..body.terms().len())
            .filter_map(|i| period(self, body, i))
            .collect()
    }

    /// Where `body` stands on `date` under this law; `None` when the
    /// document records no term.
    ///
    /// The term concerned is the last one whose first day is on or before
    /// `date` (before the first term, the first one).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{check::OfficeStatus, Law, RepresentationBody};
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let json = std::fs::read_to_string("examples/data/history/kaufbeuren-integrationsbeirat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let law = Law::builtin();
    /// assert_eq!(law.office(&body, d("2016-01-01")).unwrap().status, OfficeStatus::InOffice);
    /// // Between the end of the first term and the first meeting of the second.
    /// let gap = law.office(&body, d("2021-01-01")).unwrap();
    /// assert_eq!(gap.status, OfficeStatus::AwaitingSuccessor);
    /// assert_eq!(gap.next_term_begins, Some(d("2021-07-12")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn office(&self, body: &RepresentationBody, date: NaiveDate) -> Option<Office> {
        let n = body.terms().len();
        if n == 0 {
            return None;
        }
        // The terms follow one another by their anchors, and their first
        // days follow the anchors: the last one begun is found walking back.
        let mut i = n - 1;
        let mut p = period(self, body, i)?;
        while i > 0 && date < p.first_day {
            i -= 1;
            p = period(self, body, i)?;
        }
        let has_next = i + 1 < n;
        let status = p.status_on(date, has_next);
        let end_cause = match (status, p.ended) {
            (
                OfficeStatus::Dissolved | OfficeStatus::Ended | OfficeStatus::AwaitingSuccessor,
                Some(e),
            ) if date >= e.on() => Some(match e {
                TermEnding::Dissolved { .. } => EndCause::Dissolved,
                _ => EndCause::EndedEarly,
            }),
            _ => None,
        };
        let next_term_begins = body.terms().get(i + 1).map(|t| first_day(self, body, t).0);
        Some(Office {
            status,
            next_term_begins,
            period: p,
            end_cause,
        })
    }
}

impl RepresentationBody {
    /// Where the body stands on `date` under the built-in law
    /// ([`Law::office`]); `None` when the document records no term.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{check::OfficeStatus, RepresentationBody};
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let now = body.office(d("2026-01-15")).expect("the document records terms");
    /// assert_eq!((now.status, now.period.term), (OfficeStatus::InOffice, 3));
    /// let before = body.office(d("2009-01-01")).unwrap();
    /// assert_eq!(before.status, OfficeStatus::NotYetConstituted);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn office(&self, date: NaiveDate) -> Option<Office> {
        Law::builtin().office(self, date)
    }

    /// The days of every recorded term under the built-in law
    /// ([`Law::term_periods`]).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::RepresentationBody;
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let periods = RepresentationBody::from_json_str(&json)?.term_periods();
    /// assert_eq!(periods.len(), 4);
    /// // The term elected in 2020 first met on 12 January 2021 and ran with the council.
    /// assert_eq!(periods[2].first_day, d("2021-01-12"));
    /// assert_eq!(periods[2].last_regular_day, Some(d("2025-10-31")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn term_periods(&self) -> Vec<TermPeriod> {
        Law::builtin().term_periods(self)
    }
}

/// The pointer of term `index` of `body`: `/term` for a document of one
/// term, `/terms/i` for a list.
pub(crate) fn term_pointer(body: &RepresentationBody, index: usize) -> JsonPointer {
    if body.terms().len() == 1 {
        JsonPointer::root().field("term")
    } else {
        JsonPointer::root().field("terms").index(index)
    }
}
