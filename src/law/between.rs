//! The verdict over time: the days on which the verdict on a body changes,
//! the verdict of each interval, and why each interval begins.
//!
//! The verdict can change only on a day something begins or ends: a
//! regime's coverage, a rule's, a right's, a transitional provision's or a
//! local rule's validity, a term's first day, the end of its regular period
//! and of its time in office, a dissolution, and a membership. Those days
//! are gathered and sorted once (n log n in their number). The sweep then
//! keeps the roster's state up to date membership by membership (the
//! members holding each group's seats, the chairs without their seat), so
//! that a membership costs a constant amount of work; the rules are applied
//! again only on a day a rule, the coverage or a term changes, or the
//! roster's breaches do. Output is bounded for the whole answer: at most
//! [`crate::limits::MAX_INTERVALS`] intervals and
//! [`crate::limits::MAX_FINDINGS`] findings in all; what is left out is
//! counted in a last interval ([`Verdict::Omitted`]).

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Law;
use super::office::TermPeriod;
use super::report::{CheckError, Report};
use super::roster::{Broken, Day, View};
use crate::body::RepresentationBody;
use crate::citation::{Citation, Validity};
pub use crate::error::PeriodError;

/// One stretch of days with one verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct Interval {
    /// The first day.
    pub from: NaiveDate,
    /// The first day after it (exclusive).
    pub until: NaiveDate,
    /// Why the verdict changes on its first day: what begins or ends that
    /// day (at most [`crate::limits::MAX_CHANGES_LISTED`]). Empty for the
    /// first interval, which begins with the period asked about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub begins_with: Vec<Change>,
    /// How many more things change on the first day than are listed.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub more_changes: u32,
    /// The verdict: the report of its first day, why there is none (no law
    /// recorded for those days), or what the bound on the output left out.
    pub verdict: Verdict,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// What begins or ends on the first day of an [`Interval`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Change {
    /// The recorded law begins to cover the body.
    CoverageBegins,
    /// The recorded law stops covering the body.
    CoverageEnds,
    /// A reform replaces the law the body rests on: a new version of its
    /// provision applies from this day (the NRW Integrationsrat's § 27 GO
    /// NRW of 2013 by that of 2025). The rules that end and begin with it
    /// are not listed one by one.
    LawReplaced {
        /// The provision in its new version.
        basis: Citation,
    },
    /// A rule of the law comes into force.
    RuleInForce {
        /// The rule's id.
        rule: Cow<'static, str>,
        /// The rule's citation.
        citation: Citation,
    },
    /// A rule of the law goes out of force.
    RuleOutOfForce {
        /// The rule's id.
        rule: Cow<'static, str>,
        /// The rule's citation.
        citation: Citation,
    },
    /// A transitional provision stops keeping earlier rules.
    TransitionEnds {
        /// The provision's id.
        transition: Cow<'static, str>,
        /// The provision's citation.
        citation: Citation,
    },
    /// One of the document's local rules or rights comes into force.
    LocalRuleInForce {
        /// Its place in the document's list of local rules (or rights).
        index: usize,
    },
    /// One of the document's local rules or rights goes out of force.
    LocalRuleOutOfForce {
        /// Its place in the document's list of local rules (or rights).
        index: usize,
    },
    /// A term's first day.
    TermBegins {
        /// The term's place in the document's list of terms.
        term: usize,
    },
    /// The day after a term's regular period.
    TermRegularPeriodEnds {
        /// The term's place in the document's list of terms.
        term: usize,
    },
    /// The first day a term's members are no longer in office (after
    /// continuing, or when it was dissolved or ended early).
    OfficeEnds {
        /// The term's place in the document's list of terms.
        term: usize,
    },
    /// A membership begins.
    MembershipBegins {
        /// The term whose own roster it belongs to; `None`: the body's
        /// roster.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        term: Option<usize>,
        /// Its place in the roster.
        index: usize,
    },
    /// The first day after a membership.
    MembershipEnds {
        /// The term whose own roster it belongs to; `None`: the body's
        /// roster.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        term: Option<usize>,
        /// Its place in the roster.
        index: usize,
    },
}

impl Change {
    /// What changes, in `lang`, for people: the provision by its citation,
    /// a term or a membership by its place in the document ("Amtszeit 2",
    /// "Mitgliedschaft 5 der Mitgliederliste"), never by an identifier.
    ///
    /// ```
    /// use migrant_representation::{check::Change, Language};
    /// assert_eq!(Change::TermBegins { term: 1 }.describe(Language::De), "Amtszeit 2 beginnt");
    /// assert_eq!(
    ///     Change::MembershipEnds { term: None, index: 4 }.describe(Language::En),
    ///     "membership 5 of the roster ends"
    /// );
    /// ```
    #[must_use]
    pub fn describe(&self, lang: crate::Language) -> String {
        let de = lang != crate::Language::En;
        let roster = |term: &Option<usize>| match (term, de) {
            (None, true) => "der Mitgliederliste".to_owned(),
            (None, false) => "of the roster".to_owned(),
            (Some(t), true) => format!("der Mitgliederliste der Amtszeit {}", t + 1),
            (Some(t), false) => format!("of the roster of term {}", t + 1),
        };
        match (self, de) {
            (Self::CoverageBegins, true) => "das erfasste Recht beginnt".to_owned(),
            (Self::CoverageBegins, false) => "the recorded law begins".to_owned(),
            (Self::CoverageEnds, true) => "das erfasste Recht endet".to_owned(),
            (Self::CoverageEnds, false) => "the recorded law ends".to_owned(),
            (Self::LawReplaced { basis }, true) => format!("{basis} gilt"),
            (Self::LawReplaced { basis }, false) => format!("{basis} applies"),
            (Self::RuleInForce { citation, .. }, true) => format!("{citation} tritt in Kraft"),
            (Self::RuleInForce { citation, .. }, false) => format!("{citation} comes into force"),
            (Self::RuleOutOfForce { citation, .. }, true) => {
                format!("{citation} tritt außer Kraft")
            }
            (Self::RuleOutOfForce { citation, .. }, false) => {
                format!("{citation} goes out of force")
            }
            (Self::TransitionEnds { citation, .. }, true) => {
                format!("die Übergangsregelung {citation} endet")
            }
            (Self::TransitionEnds { citation, .. }, false) => {
                format!("the transitional provision {citation} ends")
            }
            (Self::LocalRuleInForce { index }, true) => {
                format!("örtliche Regel {} tritt in Kraft", index + 1)
            }
            (Self::LocalRuleInForce { index }, false) => {
                format!("local rule {} comes into force", index + 1)
            }
            (Self::LocalRuleOutOfForce { index }, true) => {
                format!("örtliche Regel {} tritt außer Kraft", index + 1)
            }
            (Self::LocalRuleOutOfForce { index }, false) => {
                format!("local rule {} goes out of force", index + 1)
            }
            (Self::TermBegins { term }, true) => format!("Amtszeit {} beginnt", term + 1),
            (Self::TermBegins { term }, false) => format!("term {} begins", term + 1),
            (Self::TermRegularPeriodEnds { term }, true) => {
                format!("die regelmäßige Amtszeit {} ist abgelaufen", term + 1)
            }
            (Self::TermRegularPeriodEnds { term }, false) => {
                format!("the regular period of term {} is over", term + 1)
            }
            (Self::OfficeEnds { term }, true) => {
                format!("die Mitglieder der Amtszeit {} scheiden aus", term + 1)
            }
            (Self::OfficeEnds { term }, false) => {
                format!("the members of term {} leave office", term + 1)
            }
            (Self::MembershipBegins { term, index }, true) => {
                format!("Mitgliedschaft {} {} beginnt", index + 1, roster(term))
            }
            (Self::MembershipBegins { term, index }, false) => {
                format!("membership {} {} begins", index + 1, roster(term))
            }
            (Self::MembershipEnds { term, index }, true) => {
                format!("Mitgliedschaft {} {} endet", index + 1, roster(term))
            }
            (Self::MembershipEnds { term, index }, false) => {
                format!("membership {} {} ends", index + 1, roster(term))
            }
        }
    }
}

impl Interval {
    /// The interval in one line, in `lang`, for people: its days, its
    /// verdict with the provisions broken, and what changed on its first
    /// day.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{Language, RepresentationBody};
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let json = std::fs::read_to_string("examples/data/invalid/saarbruecken-integrationsbeirat-shares.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let first = body.check_between(d("2026-01-01"), d("2027-01-01"))?.next().unwrap();
    /// assert_eq!(
    ///     first.describe(Language::De),
    ///     "01.01.2026 – 31.12.2026: NICHT rechtmäßig, 2 Verstöße (§ 50 Abs. 2 S. 1 KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023 (Amtsbl. I S. 1119); § 50 Abs. 2 S. 4 KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023 (Amtsbl. I S. 1119))"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn describe(&self, lang: crate::Language) -> String {
        let de = lang != crate::Language::En;
        let day = |d: NaiveDate| {
            if de {
                d.format("%d.%m.%Y").to_string()
            } else {
                d.format("%Y-%m-%d").to_string()
            }
        };
        let last = self.until.pred_opt().unwrap_or(self.until);
        let verdict = match &self.verdict {
            Verdict::Checked { report } => {
                let mut v = report.status.describe(lang).to_owned();
                if let Some(o) = report
                    .office
                    .as_ref()
                    .filter(|o| o.status != crate::check::OfficeStatus::InOffice)
                {
                    v = format!("{v} ({})", o.status.describe(lang));
                }
                let n = report.violations.len();
                if n > 0 {
                    let mut cited: Vec<String> = Vec::new();
                    for c in report
                        .violations
                        .iter()
                        .filter_map(crate::Finding::citation_text)
                    {
                        if !cited.contains(&c) {
                            cited.push(c);
                        }
                    }
                    let noun = match (n, de) {
                        (1, true) => "Verstoß",
                        (_, true) => "Verstöße",
                        (1, false) => "violation",
                        (_, false) => "violations",
                    };
                    v = format!("{v}, {n} {noun} ({})", cited.join("; "));
                }
                v
            }
            Verdict::NotCovered { message, .. } => {
                let m = if de { &message.de } else { &message.en };
                if de {
                    format!("nicht prüfbar: {m}")
                } else {
                    format!("not checked: {m}")
                }
            }
            Verdict::Omitted { change_days } => {
                if de {
                    format!(
                        "ausgelassen: die Ausgabe hat ihre Grenze erreicht; das Ergebnis kann sich an {change_days} weiteren Tagen ändern"
                    )
                } else {
                    format!(
                        "left out: the answer reached its bound; the verdict may change on {change_days} more days"
                    )
                }
            }
        };
        let mut s = format!("{} – {}: {verdict}", day(self.from), day(last));
        if !self.begins_with.is_empty() {
            let mut why: Vec<String> = Vec::new();
            for c in &self.begins_with {
                let d = c.describe(lang);
                if !why.contains(&d) {
                    why.push(d);
                }
            }
            s.push_str(if de { "; weil: " } else { "; because: " });
            s.push_str(&why.join(", "));
            if self.more_changes > 0 {
                if de {
                    s.push_str(&format!(" und {} weitere", self.more_changes));
                } else {
                    s.push_str(&format!(" and {} more", self.more_changes));
                }
            }
        }
        s
    }
}

/// The verdict of an [`Interval`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
#[expect(
    clippy::large_enum_variant,
    reason = "a boxed report would allocate in the verdict over a quiet period, which allocates nothing"
)]
pub enum Verdict {
    /// The law was applied; the report of the interval's first day.
    Checked {
        /// The report.
        report: Report,
    },
    /// No recorded law covers the days (the message says why).
    NotCovered {
        /// Why the body could not be checked, in German and English.
        message: crate::finding::Messages,
        /// The first day the recorded law covers, if it covers any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        covered_from: Option<NaiveDate>,
    },
    /// The rest of the period, left out because the answer reached its
    /// bound ([`crate::limits::MAX_INTERVALS`] intervals or
    /// [`crate::limits::MAX_FINDINGS`] findings in all).
    Omitted {
        /// The days in the rest of the period on which the verdict may
        /// change.
        change_days: u64,
    },
}

impl Verdict {
    /// Whether no "muss" rule is broken and the body is in office in the
    /// interval. `None` when no law covers it or it was left out.
    #[must_use]
    pub fn is_compliant(&self) -> Option<bool> {
        match self {
            Self::Checked { report } => Some(report.is_compliant()),
            Self::NotCovered { .. } | Self::Omitted { .. } => None,
        }
    }

    /// The report, where the law was applied.
    #[must_use]
    pub fn report(&self) -> Option<&Report> {
        match self {
            Self::Checked { report } => Some(report),
            _ => None,
        }
    }

    /// The same verdict on another day: the reports compared without their
    /// date.
    fn same_as(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Checked { report: a }, Self::Checked { report: b }) => {
                a.status == b.status
                    && a.office.as_ref().map(|o| (o.status, o.period.term))
                        == b.office.as_ref().map(|o| (o.status, o.period.term))
                    && a.violations == b.violations
                    && a.warnings == b.warnings
                    && a.notes == b.notes
            }
            (
                Self::NotCovered {
                    covered_from: a, ..
                },
                Self::NotCovered {
                    covered_from: b, ..
                },
            ) => a == b,
            _ => false,
        }
    }

    /// The findings it lists.
    fn findings(&self) -> usize {
        match self {
            Self::Checked { report } => {
                report.violations.len() + report.warnings.len() + report.notes.len()
            }
            _ => 0,
        }
    }
}

/// One thing that begins or ends on a day, built only where it is listed
/// (a rule id of a loaded law would be copied).
type Visit<'v> = dyn FnMut(NaiveDate, &dyn Fn() -> Change) + 'v;

/// Visits the first and the first-after-last day of `v`.
fn validity(
    visit: &mut Visit<'_>,
    v: Validity,
    begins: &dyn Fn() -> Change,
    ends: &dyn Fn() -> Change,
) {
    if let Some(d) = v.from {
        visit(d, begins);
    }
    if let Some(d) = v.until {
        visit(d, ends);
    }
}

/// The days things of `body`'s law and document begin or end, without the
/// memberships and terms (which need the law's term periods).
fn each_static_change(law: &Law, body: &RepresentationBody, visit: &mut Visit<'_>) {
    let j = body.jurisdiction();
    let regimes = || {
        law.regimes().filter(|r| {
            r.land == j.land && r.body_type == body.body_type() && r.levels.contains(&j.level)
        })
    };
    // A day on which one regime ends and the next begins: a reform, said
    // once, with the rules and duties that end and begin with it left out.
    let replaced = |d: NaiveDate| {
        regimes().any(|r| r.covered.until == Some(d))
            && regimes().any(|r| r.covered.from == Some(d))
    };
    for regime in regimes() {
        if let Some(d) = regime.covered.from {
            if replaced(d) {
                visit(d, &|| Change::LawReplaced {
                    basis: regime.basis.clone(),
                });
            } else {
                visit(d, &|| Change::CoverageBegins);
            }
        }
        if let Some(d) = regime.covered.until.filter(|d| !replaced(*d)) {
            visit(d, &|| Change::CoverageEnds);
        }
        let rules = regime
            .rules
            .iter()
            .map(|r| (&r.id, &r.citation, r.validity))
            .chain(
                regime
                    .rights
                    .iter()
                    .map(|r| (&r.id, &r.citation, r.validity)),
            );
        for (id, citation, v) in rules {
            let quiet = |d: Option<NaiveDate>| d.is_some_and(replaced);
            let v = Validity {
                from: v.from.filter(|_| !quiet(v.from)),
                until: v.until.filter(|_| !quiet(v.until)),
            };
            validity(
                visit,
                v,
                &|| Change::RuleInForce {
                    rule: id.clone(),
                    citation: citation.clone(),
                },
                &|| Change::RuleOutOfForce {
                    rule: id.clone(),
                    citation: citation.clone(),
                },
            );
        }
        for t in regime.transitions.iter() {
            if let Some(d) = t.until {
                visit(d, &|| Change::TransitionEnds {
                    transition: t.id.clone(),
                    citation: t.citation.clone(),
                });
            }
        }
    }
    for r in law
        .establishment_rules()
        .filter(|r| r.land == j.land && r.levels.contains(&j.level))
    {
        let v = Validity {
            from: r.validity.from.filter(|d| !replaced(*d)),
            until: r.validity.until.filter(|d| !replaced(*d)),
        };
        validity(
            visit,
            v,
            &|| Change::RuleInForce {
                rule: r.id.clone(),
                citation: r.citation.clone(),
            },
            &|| Change::RuleOutOfForce {
                rule: r.id.clone(),
                citation: r.citation.clone(),
            },
        );
    }
    let local = body
        .local_rules()
        .iter()
        .map(|r| r.validity)
        .chain(body.local_rights().iter().map(|r| r.validity));
    for (index, v) in local.enumerate() {
        validity(visit, v, &|| Change::LocalRuleInForce { index }, &|| {
            Change::LocalRuleOutOfForce { index }
        });
    }
}

/// The days a term's period begins and ends.
fn each_term_change(p: &TermPeriod, visit: &mut Visit<'_>) {
    let term = p.term;
    visit(p.first_day, &|| Change::TermBegins { term });
    if let Some(d) = p.last_regular_day.and_then(|d| d.succ_opt()) {
        visit(d, &|| Change::TermRegularPeriodEnds { term });
    }
    if let Some(d) = p.last_day().and_then(|d| d.succ_opt()) {
        if Some(d) != p.last_regular_day.and_then(|d| d.succ_opt()) {
            visit(d, &|| Change::OfficeEnds { term });
        }
    }
}

/// The days the memberships of every roster of `body` begin and end.
fn each_membership_change(body: &RepresentationBody, visit: &mut Visit<'_>) {
    let rosters = body.roster().map(|r| (None, r)).into_iter().chain(
        body.terms()
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.roster().map(|r| (Some(i), r))),
    );
    for (term, roster) in rosters {
        for (index, m) in roster.iter().enumerate() {
            if let Some(d) = m.start_date {
                visit(d, &|| Change::MembershipBegins { term, index });
            }
            if let Some(d) = m.end_date.and_then(|d| d.succ_opt()) {
                visit(d, &|| Change::MembershipEnds { term, index });
            }
        }
    }
}

/// Whether anything begins or ends strictly inside `(from, until)`: found
/// without allocating, term by term.
fn anything_changes(
    law: &Law,
    body: &RepresentationBody,
    from: NaiveDate,
    until: NaiveDate,
) -> bool {
    let mut any = false;
    let inside = |d: NaiveDate| from < d && d < until;
    let mut visit = |d: NaiveDate, _: &dyn Fn() -> Change| any |= inside(d);
    each_static_change(law, body, &mut visit);
    each_membership_change(body, &mut visit);
    for i in 0..body.terms().len() {
        if let Some(p) = super::office::period(law, body, i) {
            each_term_change(&p, &mut visit);
        }
    }
    any
}

/// The roster as the sweep keeps it: the view it reads (the roster of the
/// term concerned), its state on the current day, and its standing
/// breaches.
struct Sweep<'a> {
    view: View<'a>,
    day: Day,
    standing: Broken<'static>,
}

/// The intervals of [`Law::check_between`], found one at a time.
#[derive(Debug)]
pub struct Intervals<'a> {
    law: &'a Law,
    body: &'a RepresentationBody,
    /// The first day of the next interval, its reasons, and its verdict.
    next: Option<(NaiveDate, Vec<Change>, u32, Verdict)>,
    /// What begins or ends inside the period, sorted by day.
    events: Vec<(NaiveDate, Change)>,
    at: usize,
    periods: Vec<TermPeriod>,
    roster: Option<SweepState<'a>>,
    until: NaiveDate,
    /// Intervals and findings given so far, against the bounds.
    given: (usize, usize),
    done: bool,
}

/// [`Sweep`] with the term it belongs to.
struct SweepState<'a> {
    term: Option<usize>,
    sweep: Option<Sweep<'a>>,
}

impl std::fmt::Debug for SweepState<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SweepState")
            .field("term", &self.term)
            .finish_non_exhaustive()
    }
}

impl<'a> Intervals<'a> {
    /// The verdict on `on`, with the roster's part from the sweep's state
    /// where there is one.
    fn verdict(&mut self, on: NaiveDate) -> Verdict {
        let result = match &mut self.roster {
            None => self.law.check(self.body, on),
            Some(state) => {
                let term = self.law.office(self.body, on).map(|o| o.checked_term());
                if term != state.term || state.sweep.is_none() {
                    state.term = term;
                    state.sweep = View::of(self.body, term).map(|view| {
                        let mut standing = Vec::new();
                        super::roster::standing(&view, &self.periods, &mut standing);
                        let day = Day::on(&view, on);
                        Sweep {
                            view,
                            day,
                            standing,
                        }
                    });
                }
                let roster = match &state.sweep {
                    Some(s) => super::check::RosterPart::Given(&s.view, &s.day, &s.standing),
                    None => super::check::RosterPart::None,
                };
                self.law.check_with(self.body, on, roster)
            }
        };
        if let Some(s) = self.roster.as_mut().and_then(|s| s.sweep.as_mut()) {
            s.day.changed = false;
        }
        match result {
            Ok(report) => Verdict::Checked { report },
            Err(e) => Verdict::NotCovered {
                message: crate::finding::Messages {
                    de: e.message(crate::language::Language::De),
                    en: e.message(crate::language::Language::En),
                },
                covered_from: match e {
                    CheckError::DateNotCovered { covered_from, .. } => Some(covered_from),
                    CheckError::NoRegime { .. } => None,
                },
            },
        }
    }

    /// Applies the changes of the next day with changes; its day, the
    /// changes, and whether the verdict may differ from the day before.
    fn advance(&mut self) -> Option<(NaiveDate, Vec<Change>, u32, bool)> {
        let day = self.events.get(self.at)?.0;
        let mut listed = Vec::new();
        let mut more = 0u32;
        let mut may_differ = false;
        while let Some((d, c)) = self.events.get(self.at) {
            if *d != day {
                break;
            }
            self.at += 1;
            match c {
                Change::MembershipBegins { term, index }
                | Change::MembershipEnds { term, index } => {
                    let begins = matches!(c, Change::MembershipBegins { .. });
                    if let Some(s) = self
                        .roster
                        .as_mut()
                        .and_then(|s| s.sweep.as_mut())
                        .filter(|s| s.view.own_term == *term)
                    {
                        if begins {
                            s.day.enter(&s.view, *index);
                        } else {
                            s.day.leave(&s.view, *index);
                        }
                    }
                }
                _ => may_differ = true,
            }
            if listed.len() < crate::limits::MAX_CHANGES_LISTED {
                listed.push(c.clone());
            } else {
                more = more.saturating_add(1);
            }
        }
        may_differ |= self
            .roster
            .as_ref()
            .and_then(|s| s.sweep.as_ref())
            .is_some_and(|s| s.day.changed);
        Some((day, listed, more, may_differ))
    }

    /// Counts the rest of the period's days on which the verdict may change.
    fn count_rest(&mut self) -> u64 {
        let mut n = 0u64;
        while let Some((_, _, _, may_differ)) = self.advance() {
            if may_differ {
                n += 1;
                if let Some(s) = self.roster.as_mut().and_then(|s| s.sweep.as_mut()) {
                    s.day.changed = false;
                }
            }
        }
        n
    }
}

impl Iterator for Intervals<'_> {
    type Item = Interval;

    fn next(&mut self) -> Option<Interval> {
        if self.done {
            return None;
        }
        let (from, begins_with, more_changes, verdict) = self.next.take()?;
        self.given.0 += 1;
        self.given.1 += verdict.findings();
        let over = self.given.0 >= crate::limits::MAX_INTERVALS
            || self.given.1 >= crate::limits::MAX_FINDINGS;
        loop {
            let Some((d, listed, more, may_differ)) = self.advance() else {
                self.done = true;
                return Some(Interval {
                    from,
                    until: self.until,
                    begins_with,
                    more_changes,
                    verdict,
                });
            };
            if !may_differ {
                continue;
            }
            if over {
                // The bound is reached: the rest of the period is counted,
                // and is the last interval.
                let rest = 1 + self.count_rest();
                self.next = Some((d, listed, more, Verdict::Omitted { change_days: rest }));
                return Some(Interval {
                    from,
                    until: d,
                    begins_with,
                    more_changes,
                    verdict,
                });
            }
            let v = self.verdict(d);
            if !v.same_as(&verdict) {
                self.next = Some((d, listed, more, v));
                return Some(Interval {
                    from,
                    until: d,
                    begins_with,
                    more_changes,
                    verdict,
                });
            }
        }
    }
}

impl Law {
    /// The verdict on `body` over `[from, until)`: the intervals between the
    /// days on which it changes, each with its verdict and what changes on
    /// its first day, in order. Neighbouring intervals always differ. Over a
    /// period in which nothing changes for a compliant body it allocates
    /// nothing. The answer is bounded: see [`Verdict::Omitted`].
    ///
    /// # Errors
    /// [`PeriodError::Empty`] when `until` is not after `from`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{check::Change, Law, RepresentationBody};
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let over_time: Vec<_> = Law::builtin().check_between(&body, d("2026-01-01"), d("2027-01-01"))?.collect();
    /// assert_eq!(over_time.len(), 1); // nothing changes in 2026
    /// assert_eq!(over_time[0].verdict.is_compliant(), Some(true));
    /// // Across the change of terms in 2025: the term of 2020 ends on
    /// // 31 October; from 1 November the body is not in office until the
    /// // committee formed after the election of 2025 first meets.
    /// let change: Vec<_> = Law::builtin().check_between(&body, d("2025-10-01"), d("2026-01-01"))?.collect();
    /// assert_eq!(change[1].from, d("2025-11-01"));
    /// assert!(!body.office(d("2025-11-10")).ok_or("a term")?.is_in_office());
    /// assert_eq!(change[2].from, d("2025-11-25"));
    /// assert!(change[2].begins_with.contains(&Change::TermBegins { term: 3 }));
    /// assert!(Law::builtin().check_between(&body, d("2027-01-01"), d("2026-01-01")).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_between<'a>(
        &'a self,
        body: &'a RepresentationBody,
        from: NaiveDate,
        until: NaiveDate,
    ) -> Result<Intervals<'a>, PeriodError> {
        if until <= from {
            return Err(PeriodError::Empty { from, until });
        }
        let mut it = Intervals {
            law: self,
            body,
            next: None,
            events: Vec::new(),
            at: 0,
            periods: Vec::new(),
            roster: None,
            until,
            given: (0, 0),
            done: false,
        };
        if anything_changes(self, body, from, until) {
            it.periods = self.term_periods(body);
            let inside = |d: NaiveDate| from < d && d < until;
            let mut events = Vec::new();
            let mut push = |d: NaiveDate, c: &dyn Fn() -> Change| {
                if inside(d) {
                    events.push((d, c()));
                }
            };
            each_static_change(self, body, &mut push);
            each_membership_change(body, &mut push);
            for p in &it.periods {
                each_term_change(p, &mut push);
            }
            events.sort_by_key(|(d, _)| *d);
            it.events = events;
            let has_roster =
                body.roster().is_some() || body.terms().iter().any(|t| t.roster().is_some());
            if has_roster {
                it.roster = Some(SweepState {
                    term: None,
                    sweep: None,
                });
            }
        }
        let first = it.verdict(from);
        it.next = Some((from, Vec::new(), 0, first));
        Ok(it)
    }
}

impl RepresentationBody {
    /// The verdict over `[from, until)` under the built-in law
    /// ([`Law::check_between`]).
    ///
    /// # Errors
    /// [`PeriodError::Empty`] when `until` is not after `from`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::RepresentationBody;
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let json = std::fs::read_to_string("examples/data/wiesbaden-auslaenderbeirat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let verdicts: Vec<_> = body.check_between(d("2020-01-01"), d("2027-01-01"))?.collect();
    /// // No term in office before 1 April 2021; then two terms in a row.
    /// let firsts: Vec<_> = verdicts.iter().map(|i| (i.from, i.verdict.is_compliant())).collect();
    /// assert_eq!(firsts, [(d("2020-01-01"), Some(false)), (d("2021-04-01"), Some(true)), (d("2026-04-01"), Some(true))]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_between(
        &self,
        from: NaiveDate,
        until: NaiveDate,
    ) -> Result<Intervals<'_>, PeriodError> {
        Law::builtin().check_between(self, from, until)
    }
}
