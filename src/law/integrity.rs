//! The integrity checks of a [`Law`](crate::Law): unique ids, ordered dates, no two
//! versions of one rule in force on one day (a version names the rule it
//! replaces), every rule cited and sourced, and verified only on a source
//! of a kind that may verify.
//!
//! Every check sorts once and sweeps: n log n in the number of rules.

use chrono::NaiveDate;

use super::rule::LandLaw;
use super::vocab::{Certainty, SourceKind};
use crate::citation::{Citation, Validity};
use crate::error::{Collector, Defects, FindingCode, Loc};
use crate::validate::validate_citation;

/// Where a rule sits in the law, for the JSON Pointer of a defect.
#[derive(Clone, Copy)]
enum Place {
    Right {
        land: usize,
        regime: usize,
        right: usize,
    },
    Composition {
        land: usize,
        regime: usize,
        rule: usize,
    },
    Establishment {
        land: usize,
        rule: usize,
    },
    Franchise {
        land: usize,
        rule: usize,
    },
    Allocation {
        land: usize,
        rule: usize,
    },
}

/// One rule as the checks see it.
struct Entry<'a> {
    id: &'a str,
    validity: Validity,
    citation: &'a Citation,
    source: &'a str,
    statements: [&'a str; 2],
    place: Place,
    replaces: Option<&'a str>,
    grade: (Certainty, SourceKind),
}

impl Place {
    /// The kind of rule, which a version must share with the rule it
    /// replaces, and the Land's position.
    const fn kind_and_land(self) -> (u8, usize) {
        match self {
            Self::Composition { land, .. } => (0, land),
            Self::Right { land, .. } => (1, land),
            Self::Establishment { land, .. } => (2, land),
            Self::Franchise { land, .. } => (3, land),
            Self::Allocation { land, .. } => (4, land),
        }
    }
}

fn with_path(place: Place, f: impl FnOnce(&Loc<'_>)) {
    let root = Loc::Root;
    let lands = root.field("lands");
    match place {
        Place::Composition { land, regime, rule } => {
            let l = lands.index(land);
            let r = l.field("regimes");
            let r = r.index(regime);
            let rs = r.field("rules");
            f(&rs.index(rule));
        }
        Place::Establishment { land, rule } => {
            let l = lands.index(land);
            let e = l.field("establishment");
            f(&e.index(rule));
        }
        Place::Right {
            land,
            regime,
            right,
        } => {
            let l = lands.index(land);
            let r = l.field("regimes");
            let r = r.index(regime);
            let rs = r.field("rights");
            f(&rs.index(right));
        }
        Place::Franchise { land, rule } => {
            let l = lands.index(land);
            let e = l.field("franchise");
            f(&e.index(rule));
        }
        Place::Allocation { land, rule } => {
            let l = lands.index(land);
            let e = l.field("allocation");
            f(&e.index(rule));
        }
    }
}

fn entries(lands: &[LandLaw]) -> Vec<Entry<'_>> {
    let mut out = Vec::new();
    for (li, land) in lands.iter().enumerate() {
        for (gi, regime) in land.regimes.iter().enumerate() {
            for (ri, r) in regime.rules.iter().enumerate() {
                out.push(Entry {
                    id: &r.id,
                    validity: r.validity,
                    citation: &r.citation,
                    source: &r.source,
                    statements: [&r.statement.de, &r.statement.en],
                    place: Place::Composition {
                        land: li,
                        regime: gi,
                        rule: ri,
                    },
                    replaces: r.replaces.as_deref(),
                    grade: (r.certainty, r.source_kind),
                });
            }
        }
        for (gi, regime) in land.regimes.iter().enumerate() {
            for (ri, r) in regime.rights.iter().enumerate() {
                out.push(Entry {
                    id: &r.id,
                    validity: r.validity,
                    citation: &r.citation,
                    source: &r.source,
                    statements: [&r.statement.de, &r.statement.en],
                    place: Place::Right {
                        land: li,
                        regime: gi,
                        right: ri,
                    },
                    replaces: r.replaces.as_deref(),
                    grade: (r.certainty, r.source_kind),
                });
            }
        }
        for (ri, r) in land.establishment.iter().enumerate() {
            out.push(Entry {
                id: &r.id,
                validity: r.validity,
                citation: &r.citation,
                source: &r.source,
                statements: [&r.statement.de, &r.statement.en],
                place: Place::Establishment { land: li, rule: ri },
                replaces: r.replaces.as_deref(),
                grade: (r.certainty, r.source_kind),
            });
        }
        for (ri, r) in land.franchise.iter().enumerate() {
            // A franchise cites the provision of each eligibility; the first
            // active one stands for the rule.
            let citation = r.active.first().map(|e| &e.citation);
            out.push(Entry {
                id: &r.id,
                validity: r.validity,
                citation: citation.unwrap_or(&Citation::EMPTY),
                source: &r.source,
                statements: [&r.statement.de, &r.statement.en],
                place: Place::Franchise { land: li, rule: ri },
                replaces: r.replaces.as_deref(),
                grade: (r.certainty, r.source_kind),
            });
        }
        for (ri, r) in land.allocation.iter().enumerate() {
            out.push(Entry {
                id: &r.id,
                validity: r.validity,
                citation: &r.citation,
                source: &r.source,
                statements: [&r.statement.de, &r.statement.en],
                place: Place::Allocation { land: li, rule: ri },
                replaces: r.replaces.as_deref(),
                grade: (r.certainty, r.source_kind),
            });
        }
    }
    out
}

/// The first day two validity periods share, if they overlap.
fn first_shared_day(a: Validity, b: Validity) -> Option<NaiveDate> {
    let start = match (a.from, b.from) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, None) | (None, x) => x,
    };
    let end = match (a.until, b.until) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) | (None, x) => x,
    };
    match (start, end) {
        (Some(s), Some(e)) if s >= e => None,
        (Some(s), _) => Some(s),
        (None, Some(e)) if e == NaiveDate::MIN => None,
        (None, _) => Some(NaiveDate::MIN),
    }
}

fn check_entry(e: &Entry<'_>, c: &mut Collector) {
    with_path(e.place, |p| {
        c.text(&p.field("id"), e.id, crate::limits::ID_MAX_CHARS);
        if crate::limits::is_blank(&e.citation.law) {
            c.fail(FindingCode::EmptyText, p.field("citation"), "law.citation");
        } else {
            validate_citation(e.citation, &p.field("citation"), c);
        }
        if crate::limits::is_blank(e.source) {
            c.fail(FindingCode::EmptyText, p.field("source"), "law.source");
        }
        let statement = p.field("statement");
        for (lang, text) in ["de", "en"].into_iter().zip(e.statements) {
            if crate::limits::is_blank(text) {
                c.fail(
                    FindingCode::EmptyText,
                    statement.field(lang),
                    "law.statement",
                );
            }
        }
        if !e.validity.is_well_formed() {
            c.fail(
                FindingCode::InvalidValidity,
                p.field("validity"),
                "law.validity.order",
            );
        }
        if e.grade.0 == Certainty::Verified && !e.grade.1.may_verify() {
            c.fail(
                FindingCode::VerifiedOnWeakSource,
                p.field("certainty"),
                "law.certainty.source",
            );
        }
    });
}

/// Runs every integrity check; see [`Law::validate`].
pub(super) fn validate(lands: &[LandLaw]) -> Result<(), Defects> {
    let mut c = Collector::default();
    check_election_days(lands, &mut c);
    let list = entries(lands);
    for e in &list {
        check_entry(e, &mut c);
    }
    // Unique ids: sorted by id, then by position; every later entry of a
    // run of equal ids is a duplicate.
    let mut by_id: Vec<usize> = (0..list.len()).collect();
    by_id.sort_by(|a, b| list[*a].id.cmp(list[*b].id).then(a.cmp(b)));
    for w in by_id.windows(2).filter(|w| list[w[0]].id == list[w[1]].id) {
        let e = &list[w[1]];
        with_path(e.place, |p| {
            c.fail(FindingCode::DuplicateRuleId, p.field("id"), "law.id.unique");
        });
    }
    check_versions(&list, &by_id, &mut c);
    check_regimes(lands, &mut c);
    check_allocation_lands(lands, &mut c);
    c.finish()
}

/// Versions: a rule that replaces another names an existing rule of the
/// same kind and Land, and the versions of one rule (a chain of
/// replacements) are never in force on the same day. `by_id`: the entries'
/// positions sorted by id, for looking the replaced rule up (n log n).
fn check_versions(list: &[Entry<'_>], by_id: &[usize], c: &mut Collector) {
    let find = |id: &str| -> Option<usize> {
        by_id
            .binary_search_by(|i| list[*i].id.cmp(id))
            .ok()
            .map(|k| by_id[k])
    };
    // The first version of each rule's chain; a chain that loops or breaks
    // ends where it does (each step is checked once below).
    let mut root: Vec<usize> = (0..list.len()).collect();
    for (i, e) in list.iter().enumerate() {
        let Some(old) = e.replaces else { continue };
        match find(old) {
            Some(j) if list[j].place.kind_and_land() == e.place.kind_and_land() && j != i => {
                root[i] = j;
            }
            _ => with_path(e.place, |p| {
                c.fail(
                    FindingCode::UnknownReplacedRule,
                    p.field("replaces"),
                    "law.versions.replaces",
                );
            }),
        }
    }
    // Follow each chain to its first version; a chain is at most as long as
    // the list, and a loop stops after that many steps.
    let line: Vec<usize> = (0..list.len())
        .map(|mut i| {
            for _ in 0..list.len() {
                if root[i] == i {
                    break;
                }
                i = root[i];
            }
            i
        })
        .collect();
    let mut order: Vec<usize> = (0..list.len()).collect();
    order.sort_by(|a, b| {
        line[*a]
            .cmp(&line[*b])
            .then(list[*a].validity.from.cmp(&list[*b].validity.from))
            .then(list[*a].id.cmp(list[*b].id))
    });
    for run in order.chunk_by(|a, b| line[*a] == line[*b]) {
        // The furthest end so far, and the rule that reaches it.
        let mut reach: Option<(usize, Validity)> = None;
        for &i in run {
            let e = &list[i];
            if let Some((j, v)) = reach {
                if list[j].id != e.id {
                    if let Some(day) = first_shared_day(v, e.validity) {
                        with_path(e.place, |p| {
                            c.fail_with(
                                FindingCode::OverlappingVersions,
                                p.field("validity"),
                                "law.versions.disjoint",
                                crate::finding::Figures {
                                    actual: Some(crate::finding::Quantity::Date(day)),
                                    ..crate::finding::Figures::none()
                                },
                            );
                        });
                    }
                }
            }
            let extends = reach.is_none_or(|(_, v)| match (v.until, e.validity.until) {
                (None, _) => false,
                (_, None) => true,
                (Some(a), Some(b)) => b > a,
            });
            if extends {
                reach = Some((i, e.validity));
            }
        }
    }
}

/// Regimes: ordered coverage, constraints well formed, rules inside the
/// coverage, and no two regimes for one Land, body type and level on one day.
/// The recorded election days of a council term rule are in order, each
/// once: the end of a Wahlperiode is read from the next one.
fn check_election_days(lands: &[LandLaw], c: &mut Collector) {
    for (li, land) in lands.iter().enumerate() {
        let Some(rule) = &land.council_term else {
            continue;
        };
        if let Some(i) = rule.regular_elections.windows(2).position(|w| w[0] >= w[1]) {
            let root = Loc::Root;
            let lands = root.field("lands");
            let l = lands.index(li);
            let ct = l.field("council_term");
            let days = ct.field("regular_elections");
            c.fail_with(
                FindingCode::DatesOutOfOrder,
                days.index(i + 1),
                "law.council_term.elections_ordered",
                crate::finding::Figures {
                    actual: Some(crate::finding::Quantity::Date(
                        rule.regular_elections[i + 1],
                    )),
                    required: Some(crate::finding::Requirement::MoreThan(
                        crate::finding::Quantity::Date(rule.regular_elections[i]),
                    )),
                    ..crate::finding::Figures::none()
                },
            );
        }
    }
}

/// An allocation rule belongs to the Land whose law holds it.
fn check_allocation_lands(lands: &[LandLaw], c: &mut Collector) {
    for (li, land) in lands.iter().enumerate() {
        for (ri, rule) in land.allocation.iter().enumerate() {
            if rule.land != land.land {
                let root = Loc::Root;
                let lands = root.field("lands");
                let l = lands.index(li);
                let a = l.field("allocation");
                let r = a.index(ri);
                c.fail(
                    FindingCode::LevelMismatch,
                    r.field("land"),
                    "law.allocation.land",
                );
            }
        }
    }
}

fn check_regimes(lands: &[LandLaw], c: &mut Collector) {
    let mut keyed = Vec::new();
    for (li, land) in lands.iter().enumerate() {
        for (gi, regime) in land.regimes.iter().enumerate() {
            let root = Loc::Root;
            let lands = root.field("lands");
            let l = lands.index(li);
            let rs = l.field("regimes");
            let p = rs.index(gi);
            if regime.land != land.land {
                c.fail(
                    FindingCode::LevelMismatch,
                    p.field("land"),
                    "law.regime.land",
                );
            }
            if !regime.covered.is_well_formed() {
                c.fail(
                    FindingCode::InvalidValidity,
                    p.field("covered"),
                    "law.validity.order",
                );
            }
            validate_citation(&regime.basis, &p.field("basis"), c);
            let rules = p.field("rules");
            for (ri, rule) in regime.rules.iter().enumerate() {
                let rp = rules.index(ri);
                rule.constraint.validate(&rp.field("constraint"), c);
                if !regime.covered.includes(rule.validity) {
                    c.fail(
                        FindingCode::RuleOutsideCoverage,
                        rp.field("validity"),
                        "law.validity.within_coverage",
                    );
                }
            }
            let rights = p.field("rights");
            for (ri, right) in regime.rights.iter().enumerate() {
                if !regime.covered.includes(right.validity) {
                    c.fail(
                        FindingCode::RuleOutsideCoverage,
                        rights.index(ri).field("validity"),
                        "law.validity.within_coverage",
                    );
                }
            }
            for level in regime.levels.iter() {
                keyed.push((
                    (regime.land, regime.body_type, *level),
                    regime.covered,
                    li,
                    gi,
                ));
            }
        }
    }
    keyed.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.from.cmp(&b.1.from)));
    for w in keyed.windows(2) {
        let ((k1, v1, _, _), (k2, v2, li, gi)) = (&w[0], &w[1]);
        if k1 == k2 {
            if let Some(day) = first_shared_day(*v1, *v2) {
                let root = Loc::Root;
                let lands = root.field("lands");
                let l = lands.index(*li);
                let rs = l.field("regimes");
                c.fail_with(
                    FindingCode::OverlappingRegimes,
                    rs.index(*gi).field("covered"),
                    "law.regimes.disjoint",
                    crate::finding::Figures {
                        actual: Some(crate::finding::Quantity::Date(day)),
                        ..crate::finding::Figures::none()
                    },
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn periods_that_meet_do_not_overlap() {
        let a = Validity::between(day(2009, 7, 1), day(2013, 12, 31));
        let b = Validity::since(day(2013, 12, 31));
        assert_eq!(first_shared_day(a, b), None);
        let c = Validity::since(day(2013, 12, 30));
        assert_eq!(first_shared_day(a, c), Some(day(2013, 12, 30)));
        assert_eq!(
            first_shared_day(Validity::always(), Validity::always()),
            Some(NaiveDate::MIN)
        );
    }
}
