//! The verdict over time: the days on which the verdict on a body changes,
//! and the verdict of each interval.
//!
//! The verdict can change only on a day something in force begins or ends:
//! a regime's coverage, a rule's or a right's validity, a local rule's or
//! local right's validity, the term's first day, the day after its last,
//! the successor's first meeting, and the first day and the day after the
//! last of a membership. They are gathered and sorted once (n log n); the
//! check runs once on each such day, and stretches with the same verdict
//! merge. The cost is the number of such days times the cost of one check.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Law;
use super::report::{CheckError, Report};
use crate::body::RepresentationBody;
use crate::citation::Validity;

/// One stretch of days with one verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[non_exhaustive]
pub struct Interval {
    /// The first day.
    pub from: NaiveDate,
    /// The first day after it (exclusive).
    pub until: NaiveDate,
    /// The verdict: the report of its first day, or why there is none
    /// (no law recorded for those days).
    pub verdict: Verdict,
}

/// The verdict of an [`Interval`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
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
}

impl Verdict {
    /// Whether no "muss" rule is broken in the interval. `None` when no law
    /// covers it.
    #[must_use]
    pub fn is_compliant(&self) -> Option<bool> {
        match self {
            Self::Checked { report } => Some(report.is_compliant()),
            Self::NotCovered { .. } => None,
        }
    }

    /// The same verdict on another day: the reports compared without their
    /// date.
    fn same_as(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Checked { report: a }, Self::Checked { report: b }) => {
                a.violations == b.violations && a.warnings == b.warnings && a.notes == b.notes
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
}

/// Calls `visit` with every day on which the verdict may change: the days
/// things in force begin or end.
fn each_change(law: &Law, body: &RepresentationBody, visit: &mut dyn FnMut(Option<NaiveDate>)) {
    let validity = |v: Validity, visit: &mut dyn FnMut(Option<NaiveDate>)| {
        visit(v.from);
        visit(v.until);
    };
    let j = body.jurisdiction();
    for regime in law.regimes().filter(|r| {
        r.land == j.land && r.body_type == body.body_type() && r.levels.contains(&j.level)
    }) {
        validity(regime.covered, visit);
        for r in regime.rules.iter() {
            validity(r.validity, visit);
        }
        for r in regime.rights.iter() {
            validity(r.validity, visit);
        }
    }
    for r in body.local_rules() {
        validity(r.validity, visit);
    }
    for r in body.local_rights() {
        validity(r.validity, visit);
    }
    if let Some(t) = body.term() {
        visit(Some(t.starts_on()));
        visit(t.ends_on().succ_opt());
        visit(t.successor_first_met_on());
    }
    for m in body.roster().map(|r| r.as_slice()).unwrap_or_default() {
        visit(m.start_date);
        visit(m.end_date.and_then(|d| d.succ_opt()));
    }
}

/// The days in `(from, until)` on which the verdict may change, sorted:
/// `None` when there are none (found without allocating), else one sorted
/// list (n log n in the number of such days).
fn change_days(
    law: &Law,
    body: &RepresentationBody,
    from: NaiveDate,
    until: NaiveDate,
) -> Option<std::vec::IntoIter<NaiveDate>> {
    let inside = |d: &NaiveDate| from < *d && *d < until;
    let mut any = false;
    each_change(law, body, &mut |d| any |= d.as_ref().is_some_and(inside));
    if !any {
        return None;
    }
    let mut days = Vec::new();
    each_change(law, body, &mut |d| days.extend(d.filter(inside)));
    days.sort_unstable();
    days.dedup();
    Some(days.into_iter())
}

/// The intervals of [`Law::check_between`], found one at a time.
#[derive(Debug)]
pub struct Intervals<'a> {
    law: &'a Law,
    body: &'a RepresentationBody,
    /// The first day of the next interval, and its verdict.
    next: Option<(NaiveDate, Verdict)>,
    /// The days still to look at, in order.
    days: Option<std::vec::IntoIter<NaiveDate>>,
    until: NaiveDate,
}

impl Intervals<'_> {
    fn verdict(&self, on: NaiveDate) -> Verdict {
        match self.law.check(self.body, on) {
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
}

impl Iterator for Intervals<'_> {
    type Item = Interval;

    fn next(&mut self) -> Option<Interval> {
        let (from, verdict) = self.next.take()?;
        loop {
            match self.days.as_mut().and_then(Iterator::next) {
                None => {
                    return Some(Interval {
                        from,
                        until: self.until,
                        verdict,
                    });
                }
                Some(d) => {
                    let v = self.verdict(d);
                    if !v.same_as(&verdict) {
                        self.next = Some((d, v));
                        return Some(Interval {
                            from,
                            until: d,
                            verdict,
                        });
                    }
                }
            }
        }
    }
}

impl Law {
    /// The verdict on `body` over `[from, until)`: the intervals between the
    /// days on which it changes, each with its verdict, in order.
    /// Neighbouring intervals always differ. None when `until` is not after
    /// `from`. Over a period in which nothing changes for a compliant body
    /// it allocates nothing.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{Law, RepresentationBody};
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let over_time: Vec<_> = Law::builtin().check_between(&body, d("2026-01-01"), d("2027-01-01")).collect();
    /// assert_eq!(over_time.len(), 1); // nothing changes in 2026
    /// assert_eq!(over_time[0].verdict.is_compliant(), Some(true));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_between<'a>(
        &'a self,
        body: &'a RepresentationBody,
        from: NaiveDate,
        until: NaiveDate,
    ) -> Intervals<'a> {
        let mut it = Intervals {
            law: self,
            body,
            next: None,
            days: None,
            until,
        };
        if from < until {
            it.days = change_days(self, body, from, until);
            it.next = Some((from, it.verdict(from)));
        }
        it
    }
}

impl RepresentationBody {
    /// The verdict over `[from, until)` under the built-in law
    /// ([`Law::check_between`]).
    pub fn check_between(&self, from: NaiveDate, until: NaiveDate) -> Intervals<'_> {
        Law::builtin().check_between(self, from, until)
    }
}
