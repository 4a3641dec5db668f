//! One proposal that makes the body lawful: the smallest change to the
//! seat plan that meets every seat rule at once ([`Proposal`]), and, for
//! each finding's own fix, the other rules it conflicts with.
//!
//! The checker calls [`attach`] only when a verified seat rule is broken,
//! so that a compliant body costs nothing. The rules in scope are the
//! verified rules in force and the body's local rules: "muss" rules of the
//! seat plan (seat counts, shares, majorities, groups allowed) bind every
//! plan, "soll" rules are met where that costs nothing more, and rules
//! about the members behind the seats (filled seats, members' facts) that
//! the body meets are kept met where the seat plan allows: a "muss" rule on
//! filled seats binds, one on members' facts is counted like a "soll" rule
//! (which members leave is not the seat plan's to say). Unverified rules
//! are left aside: their breach is a note, not a violation.
//!
//! `search` finds the smallest plans exactly; `model` turns the body and
//! its rules into the numbers it searches and its answer back into
//! changes; the public types and their text are in `law::plan`.

mod model;
mod search;

use std::borrow::Cow;

use chrono::NaiveDate;

use self::model::{Atoms, Group, Kind, Realized, Scoped, Seating, Spread, Tier, is_target};
use self::search::{End, Limit};
use super::plan::{Plan, Proposal};
use crate::body::RepresentationBody;
use crate::finding::{Finding, RuleRef, Severity, Statement};
use crate::law::report::Report;
use crate::law::rule::Regime;
use crate::law::vocab::{Certainty, Modality};
use crate::term::Term;

/// The most nodes one search visits: far above what a body of a few
/// dozen seats in a few groups needs (a few hundred), small enough that
/// any input is answered in well under a second.
const MAX_NODES: u64 = 400_000;

/// The most work, in rows read, one search may do: with very many rules
/// the budget of nodes shrinks.
const MAX_WORK: u64 = 16_000_000;

/// The most nodes the search for one rule's distance visits.
const MAX_NODES_DISTANCE: u64 = 20_000;

/// The fixes are compared with at most this many rules of the seat plan
/// (a document with more gets no conflicts marked: the comparison grows
/// with the square of the rules).
const MAX_CONFLICT_RULES: usize = 32;

/// The budget of nodes for `problem`: `max`, less for a problem of many
/// rows.
fn budget(problem: &search::Problem, max: u64) -> u64 {
    let rows = u64::try_from(problem.rows.len() + problem.guards.len() + 1).unwrap_or(u64::MAX);
    (MAX_WORK / rows).clamp(1_000, max)
}

/// How many plans the proposal shows: the plan and three alternatives.
const PLANS: usize = 4;

/// Adds the joint proposal to `report` and marks the fixes that conflict
/// with other rules, when a verified seat rule is broken. Allocates nothing
/// when the report has no violation and no warning.
pub(crate) fn attach(
    report: &mut Report,
    body: &RepresentationBody,
    term: Option<&Term>,
    regime: &Regime,
    date: NaiveDate,
) {
    if report.violations.is_empty() && report.warnings.is_empty() {
        return;
    }
    let seating = seating(body, term);
    let rules = scope(&seating, body, (regime, term), date);
    let broken = |list: &[Finding], tier: Tier| {
        list.iter().any(|f| {
            rules
                .iter()
                .any(|r| r.tier == tier && r.is_target() && r.reference.rule == f.rule)
        })
    };
    let must = broken(&report.violations, Tier::Hard);
    if !must && !broken(&report.warnings, Tier::Soft) {
        return;
    }
    // When only "soll" rules of the seat plan are broken, the proposal
    // meets them too.
    let rules: Vec<Scoped<'_>> = if must {
        rules
    } else {
        rules
            .into_iter()
            .map(|mut r| {
                if r.is_target() {
                    r.tier = Tier::Hard;
                }
                r
            })
            .collect()
    };
    report.proposal = Some(Box::new(propose(&seating, &rules)));
    mark_conflicts(report, &seating, &rules);
}

/// The rules in scope on `date`: verified rules of the regime in force and
/// the local rules in force, of the seat plan or about its members; a rule
/// about members only where the body meets it now.
fn scope<'r>(
    seating: &Seating,
    body: &'r RepresentationBody,
    (regime, term): (&'r Regime, Option<&Term>),
    date: NaiveDate,
) -> Vec<Scoped<'r>> {
    let mut out = Vec::new();
    let mut push = |reference: RuleRef, constraint, must: bool| {
        let target = is_target(constraint);
        if !target {
            let now = seating
                .groups
                .iter()
                .map(|g| (g.kind, g.filled, g.women, g.migration));
            if model::person_rule(constraint, now) != Some(true) {
                return;
            }
        }
        let filled = matches!(
            constraint,
            crate::law::constraint::Constraint::FilledSeats(_)
        );
        let tier = if must && (target || filled) {
            Tier::Hard
        } else {
            Tier::Soft
        };
        out.push(Scoped {
            reference,
            constraint,
            tier,
        });
    };
    let seat_rule = |c: &crate::law::constraint::Constraint| {
        is_target(c)
            || matches!(
                c,
                crate::law::constraint::Constraint::FilledSeats(_)
                    | crate::law::constraint::Constraint::MembersWith(_)
            )
    };
    // The rules the check applied: those in force, or kept for the term by
    // a transitional provision.
    for rule in regime
        .rules_for_term(regime, date, term)
        .filter(|r| r.certainty == Certainty::Verified && seat_rule(&r.constraint))
    {
        let must = rule.modality == Modality::Must;
        let reference = RuleRef::new(
            rule.id.clone(),
            rule.citation.clone(),
            Statement {
                de: rule.statement.de.clone(),
                en: rule.statement.en.clone(),
            },
            if must {
                Severity::Violation
            } else {
                Severity::Warning
            },
        );
        push(reference, &rule.constraint, must);
    }
    for rule in body
        .local_rules()
        .iter()
        .filter(|r| r.validity.contains(date) && seat_rule(&r.constraint))
    {
        let reference = RuleRef::new(
            format!("local.{}", rule.id),
            rule.citation.clone(),
            Statement {
                de: Cow::Owned(rule.statement.clone()),
                en: Cow::Owned(rule.statement.clone()),
            },
            Severity::Violation,
        );
        push(reference, &rule.constraint, true);
    }
    out
}

/// The seat groups of `body` as the search sees them: those of the term
/// checked, where it has its own.
fn seating(body: &RepresentationBody, term: Option<&Term>) -> Seating {
    let comp = term
        .and_then(Term::composition)
        .unwrap_or_else(|| body.composition());
    let roster = term.and_then(Term::roster).or_else(|| body.roster());
    let named_by_roster =
        |id: &str| roster.is_some_and(|r| r.iter().any(|m| m.seat_group.as_deref() == Some(id)));
    Seating {
        groups: comp
            .seat_groups()
            .iter()
            .map(|g| Group {
                id: g.id().to_owned(),
                label: g.label().to_owned(),
                kind: Kind {
                    filling: g.filling(),
                    voting: g.voting(),
                    council: g.held_by_council_members(),
                },
                seats: i64::from(g.seats()),
                filled: i64::from(g.filled()),
                women: g
                    .members_with(crate::composition::MemberAttribute::Woman)
                    .map(i64::from),
                migration: g
                    .members_with(crate::composition::MemberAttribute::MigrationHistory)
                    .map(i64::from),
                keep: comp.is_referenced(g.id()) || named_by_roster(g.id()),
            })
            .collect(),
    }
}

/// How a plan ranks among plans of the same size: fewer "soll" rules
/// unmet, fewer groups touched, the total kept, fewer groups removed,
/// seats added rather than taken, the change on the largest group of a
/// kind before the others; then the changes themselves, so that the
/// order is always the same.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    unmet: usize,
    touched: u32,
    total_change: i64,
    removed_groups: usize,
    seats_taken: i64,
    alternative: usize,
    seats: Vec<i64>,
    new: Vec<i64>,
}

/// The smallest plans for `seating` under `rules`.
fn propose(seating: &Seating, rules: &[Scoped<'_>]) -> Proposal {
    let all: Vec<&Scoped<'_>> = rules.iter().collect();
    let hard: Vec<&Scoped<'_>> = rules.iter().filter(|r| r.tier == Tier::Hard).collect();
    let atoms = Atoms::new(seating, &all);
    let problem = atoms.problem(seating, &hard);
    let rows: Vec<Vec<search::Row>> = rules
        .iter()
        .map(|r| atoms.atom_rows(r.constraint))
        .collect();
    let mut best: Vec<(Key, Plan)> = Vec::new();
    let end = problem.minimize(budget(&problem, MAX_NODES), false, |y| {
        for plan in plans(seating, &atoms, (rules, &rows), y) {
            if best
                .iter()
                .any(|(k, _)| k.seats == plan.0.seats && k.new == plan.0.new)
            {
                continue;
            }
            let at = best.partition_point(|(k, _)| *k <= plan.0);
            if at < PLANS {
                best.insert(at, plan);
                best.truncate(PLANS);
            }
        }
        limit(&best)
    });
    let exhaustive = end != End::GaveUp;
    match end {
        End::Infeasible => Proposal {
            plan: None,
            alternatives: Vec::new(),
            conflicting: conflicting(seating, &atoms, &hard),
            exhaustive,
        },
        End::Optimal(_) | End::GaveUp => {
            let mut plans = best.into_iter().map(|(_, p)| p);
            Proposal {
                plan: plans.next(),
                alternatives: plans.collect(),
                conflicting: Vec::new(),
                exhaustive,
            }
        }
    }
}

/// The most groups a further plan may touch and still rank among the best
/// `PLANS`: known once the list is full and its last plan leaves no "soll"
/// rule unmet.
fn limit(best: &[(Key, Plan)]) -> Limit {
    match best {
        [.., (last, _)] if best.len() == PLANS && last.unmet == 0 => Some(last.touched),
        _ => None,
    }
}

/// The plans the atoms' totals `y` make, one per way of spreading a
/// removal over the groups of an atom where that matters; none that
/// breaks a "muss" rule about filled seats.
fn plans(
    seating: &Seating,
    atoms: &Atoms,
    (rules, rows): (&[Scoped<'_>], &[Vec<search::Row>]),
    y: &[i64],
) -> Vec<(Key, Plan)> {
    // Which groups of an atom give up seats matters to the rules about the
    // members behind them: then each way is tried of taking the seats from
    // one group, or unfilled seats first.
    let mut spreads = vec![(Spread::Fewest, 0)];
    let person_rules = rules.iter().any(|r| !r.is_target());
    if person_rules {
        spreads.push((Spread::UnfilledFirst, 0));
    }
    // Where several groups are of one kind, the change may fall on any of
    // them: each such way is an equally small alternative, ranked after
    // the usual one (seats added to the largest group that is not an
    // office's, taken from the largest) in that order.
    for (a, members) in atoms.members.iter().enumerate() {
        let cur: i64 = members.iter().map(|&i| seating.groups[i].seats).sum();
        if members.len() < 2 || y[a] == cur {
            continue;
        }
        let order = if y[a] > cur {
            model::growth_order(seating, members)
        } else {
            model::shrink_order(seating, members)
        };
        let ranked = person_rules && y[a] < cur;
        spreads.extend(
            order
                .into_iter()
                .enumerate()
                .map(|(rank, i)| (Spread::From(i), if ranked { 0 } else { rank })),
        );
    }
    let mut out: Vec<(Key, Plan)> = Vec::new();
    for (spread, alternative) in spreads {
        let r = Realized::new(seating, atoms, y, spread);
        if out.iter().any(|(k, _)| k.seats == r.seats) {
            continue;
        }
        let mut unmet = Vec::new();
        let mut lawful = true;
        for (rule, rows) in rules.iter().zip(rows) {
            let holds = if rule.is_target() {
                rows.iter().all(|r| r.holds(y))
            } else {
                r.person_rule_holds(seating, rule.constraint)
            };
            match (holds, rule.tier) {
                (true, _) => {}
                (false, Tier::Hard) => lawful = false,
                (false, Tier::Soft) => unmet.push(rule.reference.clone()),
            }
        }
        if !lawful {
            continue;
        }
        let before: i64 = seating.groups.iter().map(|g| g.seats).sum();
        let new: Vec<i64> = r.new.iter().map(|x| x.1).collect();
        let after = r.seats.iter().sum::<i64>() + new.iter().sum::<i64>();
        let seats_changed: i64 = seating
            .groups
            .iter()
            .zip(&r.seats)
            .map(|(g, n)| (g.seats - n).abs())
            .sum::<i64>()
            + new.iter().sum::<i64>();
        let key = Key {
            unmet: unmet.len(),
            touched: r.touched(seating),
            total_change: (after - before).abs(),
            removed_groups: r.seats.iter().filter(|n| **n == 0).count(),
            seats_taken: seating
                .groups
                .iter()
                .zip(&r.seats)
                .map(|(g, n)| (g.seats - n).max(0))
                .sum(),
            alternative,
            seats: r.seats.clone(),
            new,
        };
        let to_u32 = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
        let plan = Plan {
            changes: r.changes(seating),
            seats_changed: to_u32(seats_changed),
            groups_touched: key.touched,
            seats_after: to_u32(after),
            unmet,
        };
        out.push((key, plan));
    }
    out
}

/// A smallest set of the `hard` rules that no seat plan meets together
/// (QuickXplain: a conflict of `k` rules among `n` is found with about
/// `k log(n/k)` searches). No rule of it can be left out.
fn conflicting(seating: &Seating, atoms: &Atoms, hard: &[&Scoped<'_>]) -> Vec<RuleRef> {
    let infeasible = |set: &[&Scoped<'_>]| {
        let problem = atoms.problem(seating, set);
        problem.minimize(budget(&problem, MAX_NODES_DISTANCE), true, |_| None) == End::Infeasible
    };
    quick_xplain(&[], false, hard, &infeasible)
        .into_iter()
        .map(|r| r.reference.clone())
        .collect()
}

/// The rules of `rules` that conflict with each other and with `base`;
/// `changed` when `base` has grown since it was last tried.
fn quick_xplain<'a, 'r>(
    base: &[&'a Scoped<'r>],
    changed: bool,
    rules: &[&'a Scoped<'r>],
    infeasible: &impl Fn(&[&'a Scoped<'r>]) -> bool,
) -> Vec<&'a Scoped<'r>> {
    if changed && infeasible(base) {
        return Vec::new();
    }
    if rules.len() <= 1 {
        return rules.to_vec();
    }
    let (first, second) = rules.split_at(rules.len() / 2);
    let with_first: Vec<_> = base.iter().chain(first).copied().collect();
    let d2 = quick_xplain(&with_first, true, second, infeasible);
    let with_d2: Vec<_> = base.iter().chain(&d2).copied().collect();
    let d1 = quick_xplain(&with_d2, !d2.is_empty(), first, infeasible);
    d1.into_iter().chain(d2).collect()
}

/// How far a seating is from meeting one rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Distance {
    /// The least seats changed after which the rule holds.
    Seats(i64),
    /// No seat plan meets the rule.
    Never,
    /// The search ran out.
    Unknown,
}

/// How far `seating` is from meeting `rule`, taken alone.
fn distance(seating: &Seating, rule: &Scoped<'_>) -> Distance {
    let atoms = Atoms::new(seating, &[rule]);
    match atoms
        .problem(seating, &[rule])
        .minimize(MAX_NODES_DISTANCE, true, |_| None)
    {
        End::Optimal(c) => Distance::Seats(c),
        End::Infeasible => Distance::Never,
        End::GaveUp => Distance::Unknown,
    }
}

/// Marks each option of each seat finding's fix with the other rules of
/// the seat plan it moves further from being met.
fn mark_conflicts(report: &mut Report, seating: &Seating, rules: &[Scoped<'_>]) {
    let targets: Vec<&Scoped<'_>> = rules.iter().filter(|r| r.is_target()).collect();
    if targets.len() > MAX_CONFLICT_RULES {
        return;
    }
    let before: Vec<Distance> = targets.iter().map(|r| distance(seating, r)).collect();
    for finding in report
        .violations
        .iter_mut()
        .chain(report.warnings.iter_mut())
    {
        if !targets.iter().any(|r| r.reference.rule == finding.rule) {
            continue;
        }
        let Some(fix) = finding.fix.as_mut() else {
            continue;
        };
        for option in &mut fix.options {
            let Some(after) = seating.apply(&option.changes) else {
                continue;
            };
            for (r, before) in targets.iter().zip(&before) {
                if r.reference.rule == finding.rule {
                    continue;
                }
                let worse = match (*before, distance(&after, r)) {
                    (Distance::Seats(b), Distance::Seats(a)) => a > b,
                    (Distance::Seats(_), Distance::Never) => true,
                    _ => false,
                };
                if worse {
                    option.conflicts.push(r.reference.clone());
                }
            }
        }
    }
}
