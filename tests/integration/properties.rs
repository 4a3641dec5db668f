//! Property tests with the crate's own proptest strategies.

use chrono::NaiveDate;
use migrant_representation::strategies;
use migrant_representation::{
    Document, FindingCode, Language, Law, RepresentationBody, Severity,
    check::{NoteKind, SeatChange},
    law::{Certainty, Constraint, Modality},
    schema,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::common::*;

fn runner(default_cases: u32) -> TestRunner {
    let cases = cases(default_cases);
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        // The generic repair throws away a share of what it generates (NRW
        // about a fifth): the reject limits grow with the number of cases,
        // so that `PROPTEST_CASES=100000` runs as far as the default does.
        max_local_rejects: 65_536.max(cases.saturating_mul(2)),
        max_global_rejects: 1_024.max(cases.saturating_mul(2)),
        ..Config::default()
    })
}

/// A date inside the coverage of every regime still in force and outside
/// the NRW Integrationsausschuss gap. A regime that ended before it (the NRW
/// Ausländerbeirat of 1994 to 2009) is tried on its first day.
const ON: &str = "2026-01-15";

#[test]
fn compliant_bodies_exist_for_every_regime_and_have_no_violations() {
    let body_schema = jsonschema::options()
        .build(&schema::schema("representation_body").unwrap())
        .unwrap();
    for regime in Law::builtin().regimes() {
        let on = if regime.covered.contains(date(ON)) {
            date(ON)
        } else {
            regime.covered.from.unwrap()
        };
        // A form the statute no longer permits has no compliant body (the
        // NRW Integrationsausschuss from 2025).
        let not_permitted = regime.rules.iter().any(|r| {
            r.validity.contains(on)
                && matches!(
                    r.constraint,
                    migrant_representation::law::Constraint::NotPermitted(_)
                )
        });
        for level in regime.levels.iter() {
            if not_permitted {
                assert!(
                    strategies::compliant_body(regime.land, regime.body_type, *level, on).is_none()
                );
                continue;
            }
            let s = strategies::compliant_body(regime.land, regime.body_type, *level, on)
                .unwrap_or_else(|| {
                    panic!(
                        "no strategy for {} {} {}",
                        regime.land, regime.body_type, level
                    )
                });
            runner(32)
                .run(&s, |body| {
                    let report = body.check(on).unwrap();
                    prop_assert!(report.is_compliant(), "{:?}", report.violations);
                    // JSON round trip is the identity, and the schema accepts it.
                    let json = serde_json::to_value(&body).unwrap();
                    prop_assert!(body_schema.is_valid(&json));
                    let back = RepresentationBody::from_json_value(json).unwrap();
                    prop_assert_eq!(back, body);
                    Ok(())
                })
                .unwrap_or_else(|e| panic!("{} {} {level}: {e}", regime.land, regime.body_type));
        }
    }
}

#[test]
fn there_is_no_compliant_integration_committee_between_the_nrw_reforms() {
    use migrant_representation::{BodyType, Land, Level};
    assert!(
        strategies::compliant_body(
            Land::NordrheinWestfalen,
            BodyType::IntegrationCommittee,
            Level::Municipality,
            date("2016-05-01")
        )
        .is_none()
    );
    assert!(
        strategies::compliant_body(
            Land::NordrheinWestfalen,
            BodyType::IntegrationCommittee,
            Level::Municipality,
            date("2021-01-01")
        )
        .is_some()
    );
}

/// A day on which `rule` is in force: [`ON`] or its first day.
fn in_force(rule: &migrant_representation::law::Rule) -> chrono::NaiveDate {
    rule.validity
        .from
        .filter(|f| *f > date(ON))
        .unwrap_or_else(|| {
            if rule.validity.contains(date(ON)) {
                date(ON)
            } else {
                rule.validity.from.unwrap()
            }
        })
}

#[test]
fn every_statutory_rule_has_a_near_miss_that_breaks_exactly_it() {
    for (_, rule) in Law::builtin().rules() {
        let on = in_force(rule);
        let s = strategies::near_miss(&rule.id, on);
        if rule.certainty == Certainty::Unverified {
            assert!(
                s.is_none(),
                "{}: unverified rules have no near miss",
                rule.id
            );
            continue;
        }
        let s = s.unwrap_or_else(|| panic!("{} has no near miss on {on}", rule.id));
        runner(24)
            .run(&s, |(body, code)| {
                let report = body.check(on).unwrap();
                // A broken "soll" rule is a warning, a broken "muss" rule a
                // violation: exactly one finding either way. A statutory
                // effect (the body lapses) is applied and noted instead.
                let effects: Vec<_> = report
                    .notes
                    .iter()
                    .filter(|n| n.note == Some(NoteKind::EffectApplied))
                    .cloned()
                    .collect();
                let effect = code == FindingCode::BodyLapsed;
                let (found, none) = match (effect, rule.modality) {
                    (true, _) => (&effects, &report.violations),
                    (false, Modality::Must) => (&report.violations, &report.warnings),
                    (false, _) => (&report.warnings, &report.violations),
                };
                prop_assert!(none.is_empty(), "{:?}", none);
                prop_assert_eq!(found.len(), 1, "{:?}", found);
                prop_assert_eq!(found[0].code, code);
                prop_assert_eq!(found[0].rule.as_ref(), rule.id.as_ref());
                let severity = match (effect, rule.modality) {
                    (true, _) => Severity::Note,
                    (false, Modality::Must) => Severity::Violation,
                    (false, _) => Severity::Warning,
                };
                prop_assert_eq!(found[0].severity, severity);
                if effect {
                    let office = report.office.as_ref();
                    prop_assert!(office.is_none_or(|o| !o.is_in_office()), "{:?}", office);
                }
                for f in report
                    .violations
                    .iter()
                    .chain(&report.warnings)
                    .chain(&report.notes)
                {
                    for lang in [Language::De, Language::En] {
                        crate::findings::assert_clean(&f.message(lang));
                    }
                }
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{}: {e}", rule.id));
    }
}

/// Whether `report` still has a finding of the rule `id`.
fn still_broken(report: &migrant_representation::Report, id: &str) -> bool {
    report
        .violations
        .iter()
        .chain(&report.warnings)
        .chain(&report.notes)
        .any(|f| f.rule == id)
}

/// `change` with one seat fewer, if it changes more than one seat.
fn one_less(change: &SeatChange) -> Option<SeatChange> {
    let json = serde_json::to_value(change).ok()?;
    let seats = json["seats"].as_u64()?;
    (seats > 1).then(|| {
        let mut less = json.clone();
        less["seats"] = seats.saturating_sub(1).into();
        serde_json::from_value(less).ok()
    })?
}

#[test]
fn every_seat_rule_fix_makes_its_near_misses_pass_and_is_the_smallest() {
    let mut tried = 0;
    for (_, rule) in Law::builtin().rules() {
        if rule.certainty == Certainty::Unverified
            || !matches!(
                rule.constraint,
                Constraint::Outnumber(_)
                    | Constraint::Share(_)
                    | Constraint::Seats(_)
                    | Constraint::OnlyGroups(_)
            )
        {
            continue;
        }
        tried += 1;
        let on = in_force(rule);
        let s = strategies::near_miss(&rule.id, on).unwrap();
        runner(24)
            .run(&s, |(body, _)| {
                let report = body.check(on).unwrap();
                let f = report
                    .violations
                    .iter()
                    .chain(&report.warnings)
                    .find(|f| f.rule == rule.id)
                    .unwrap();
                let fix = f.fix.as_ref();
                prop_assert!(fix.is_some(), "no fix for {:?}", f);
                let fix = fix.unwrap();
                prop_assert!(!fix.options.is_empty());
                for option in &fix.options {
                    let fixed = body.with_changes(&option.changes);
                    prop_assert!(fixed.is_ok(), "{:?}: {:?}", option, fixed);
                    let after = fixed.unwrap().check(on).unwrap();
                    prop_assert!(
                        !still_broken(&after, &rule.id),
                        "{:?} leaves {:?}",
                        option,
                        after.violations
                    );
                    // The smallest: one seat less is not enough.
                    if let [change] = option.changes.as_slice() {
                        if let Some(less) = one_less(change) {
                            let after = body.with_changes(&[less]).unwrap().check(on).unwrap();
                            prop_assert!(
                                still_broken(&after, &rule.id),
                                "{:?} is not the smallest",
                                option
                            );
                        }
                    }
                }
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{}: {e}", rule.id));
    }
    assert!(tried >= 10, "{tried} seat rules");
}

#[test]
fn near_misses_are_refused_for_unknown_rules_and_dates_outside_their_validity() {
    assert!(strategies::near_miss("xx.no_such_rule", date(ON)).is_none());
    assert!(
        strategies::near_miss("nw.integration_committee.not_permitted_2013_2018", date(ON))
            .is_none()
    );
    assert!(
        strategies::near_miss(
            "nw.integration_committee.not_permitted_2013_2018",
            date("2016-05-01")
        )
        .is_some()
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(128), ..ProptestConfig::default() })]

    #[test]
    fn derived_figures_agree(body in strategies::any_body()) {
        let c = body.composition();
        prop_assert!(c.voting_seats() <= c.total_seats());
        prop_assert!(c.filled_seats() <= c.total_seats());
        prop_assert!(c.elected_seats() <= c.total_seats());
        let share = c.elected_share().as_f64();
        prop_assert!((0.0..=1.0).contains(&share));
        prop_assert_eq!(c.total_seats(), c.seat_groups().iter().map(|g| u32::from(g.seats())).sum::<u32>());
    }

    #[test]
    fn seat_counts_agree_with_a_count_over_the_groups(
        c in strategies::composition(),
        classes in prop::collection::vec(prop::sample::select(migrant_representation::body::SeatClass::iter().collect::<Vec<_>>()), 1..4),
        voting_only in any::<bool>(),
    ) {
        let sel = migrant_representation::body::SeatSelector { classes: classes.into(), voting_only };
        let naive: u32 = c.seat_groups().iter().filter(|g| sel.matches(g)).map(|g| u32::from(g.seats())).sum();
        prop_assert_eq!(c.seats(&sel), naive);
        prop_assert_eq!(c.all_groups_match(&sel), c.seat_groups().iter().all(|g| sel.matches(g)));
    }

    #[test]
    fn any_body_round_trips_through_json(body in strategies::any_body()) {
        let text = serde_json::to_string(&body).unwrap();
        let back = RepresentationBody::from_json_str(&text).unwrap();
        prop_assert_eq!(back, body);
    }

    #[test]
    fn the_check_never_panics_on_any_body_on_any_date(body in strategies::any_body(), days in 0i64..80_000) {
        let on = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(days);
        // Either a report or a typed error: never a panic.
        if let Ok(report) = body.check(on) {
            for v in &report.violations {
                prop_assert!(!v.message(migrant_representation::Language::De).is_empty());
                prop_assert!(v.citation.is_some());
            }
        }
        let _ = body.office(on);
        let _ = body.term_periods();
    }

    #[test]
    fn arbitrary_json_never_panics(v in strategies::json_value()) {
        let text = v.to_string();
        let _ = Document::from_json_str(&text);
        let _ = RepresentationBody::from_json_str(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let text = String::from_utf8_lossy(&bytes);
        let starts_as_object = text.trim_start().starts_with('{');
        prop_assert!(Document::from_json_str(&text).is_err() || starts_as_object, "accepted {:?}", text);
    }

    #[test]
    fn networks_and_compositions_round_trip(n in strategies::network(), c in strategies::composition()) {
        let doc = Document::Network(n);
        let json = doc.to_json_value().unwrap();
        prop_assert_eq!(Document::from_json_str(&json.to_string()).unwrap(), doc);
        let cj = serde_json::to_value(&c).unwrap();
        prop_assert_eq!(serde_json::from_value::<migrant_representation::body::Composition>(cj).unwrap(), c);
    }
}

/// Export → import through OParl loses nothing: generated bodies with no
/// roster, an empty roster or a roster of any roles, with spaces at the
/// edges of their names, come back equal.
#[cfg(feature = "oparl")]
#[test]
fn oparl_export_then_import_is_lossless_for_generated_bodies() {
    use migrant_representation::body::{Membership, RawRepresentationBody, Role};
    use migrant_representation::oparl::{ExportOptions, export, import};
    let strategy = (
        strategies::any_body(),
        0usize..3,
        prop::collection::vec((0usize..4, any::<bool>(), 0u32..4000), 0..6),
        prop::sample::select(vec!["", " ", "  ", "\t"]),
        prop::sample::select(vec!["", " ", "\u{a0}"]),
    );
    let checked = std::cell::Cell::new([0usize; 3]);
    runner(64)
        .run(&strategy, |(body, roster_kind, members, lead, trail)| {
            let mut raw = RawRepresentationBody::from(body);
            raw.official_name = format!("{lead}{}{trail}", raw.official_name);
            raw.english_label = format!("{trail}{}{lead}", raw.english_label);
            let group = raw.composition.seat_groups[0].id.clone();
            raw.roster = match roster_kind {
                0 => None,
                1 => Some(Vec::new()),
                _ => Some(
                    members
                        .iter()
                        .enumerate()
                        .map(|(i, (role, council, day))| {
                            let start =
                                date("2020-01-01") + chrono::Duration::days(i64::from(*day));
                            let role = [
                                Role::Member,
                                Role::Chair,
                                Role::DeputyChair,
                                Role::Substitute,
                            ][*role];
                            let mut m =
                                Membership::new(format!(" person {i} "), group.clone(), start)
                                    .with_role(role);
                            m.council_member = *council;
                            m
                        })
                        .collect(),
                ),
            };
            let body = migrant_representation::RepresentationBody::new(raw.clone());
            let body = body.map_err(|e| TestCaseError::fail(format!("{e}: {raw:?}")))?;
            let out = export(&body, &ExportOptions::new("https://ris.example.org/oparl"));
            let back = import(&out.organization, &out.memberships).unwrap();
            prop_assert_eq!(back.body.as_ref(), Some(&body), "{:?}", back.notes);
            let mut c = checked.get();
            c[roster_kind] += 1;
            checked.set(c);
            Ok(())
        })
        .unwrap();
    // Every kind of roster was tried.
    assert!(checked.get().iter().all(|n| *n > 0), "{:?}", checked.get());
}

/// Generated networks come back whole from their OParl Organization.
#[cfg(feature = "oparl")]
#[test]
fn oparl_export_then_import_is_lossless_for_generated_networks() {
    use migrant_representation::oparl::{ExportOptions, export_document, import};
    runner(64)
        .run(&strategies::network(), |n| {
            let doc = Document::Network(n);
            let out = export_document(&doc, &ExportOptions::new("https://ris.example.org/oparl"));
            let back = import(&out.organization, &out.memberships).unwrap();
            prop_assert_eq!(back.document.as_ref(), Some(&doc), "{:?}", back.notes);
            Ok(())
        })
        .unwrap();
}
