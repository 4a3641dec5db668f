//! The compliance check of a compliant body performs no heap allocation.
//!
//! A separate test binary, because it installs a counting global allocator;
//! it holds one test so that no other test allocates at the same time.

use std::alloc::System;

use chrono::NaiveDate;
use migrant_representation::RepresentationBody;
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

fn json(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

fn body(name: &str) -> RepresentationBody {
    RepresentationBody::from_json_str(&json(name)).unwrap()
}

/// Köln's Integrationsrat as an Integrationsausschuss (§ 27 Abs. 12 GO
/// NRW), chaired by one of its council members: the chair rule then looks
/// up the chair's seat group.
fn integration_committee() -> RepresentationBody {
    let mut v: serde_json::Value =
        serde_json::from_str(&json("koeln-integrationsrat.json")).unwrap();
    v["body_type"] = "integration_committee".into();
    v["local_rules"] = serde_json::json!([]);
    v["composition"]["seat_groups"][1]["seats"] = 9.into();
    v["composition"]["chair"] =
        serde_json::json!({"method": "elected_from_group", "group": "council"});
    RepresentationBody::from_json_str(&v.to_string()).unwrap()
}

/// The fewest allocations `measure` counts in three runs. The counter is
/// global: the test harness's own thread may allocate while a run is
/// measured (seen once on a loaded machine), but a check that allocates
/// does so in every run.
fn fewest(mut measure: impl FnMut() -> usize) -> usize {
    (0..3).map(|_| measure()).min().unwrap_or(usize::MAX)
}

#[test]
fn checking_a_compliant_body_allocates_nothing_and_a_violation_does() {
    let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    let bodies = [
        "history/kaufbeuren-integrationsbeirat.json",
        "koeln-integrationsrat.json",
        "wiesbaden-auslaenderbeirat.json",
        "saarbruecken-integrationsbeirat.json",
        "dresden-integrations-und-auslaenderbeirat.json",
    ]
    .map(|name| (name, body(name), on))
    .into_iter()
    // § 27 Abs. 12 GO NRW let a council form an Integrationsausschuss from
    // 2018 until the 2025 law merged it into the committee.
    .chain([(
        "an Integrationsausschuss",
        integration_committee(),
        NaiveDate::from_ymd_opt(2024, 1, 15).unwrap(),
    )]);
    for (name, b, on) in bodies {
        let allocations = fewest(|| {
            let region = Region::new(GLOBAL);
            let report = b.check(on).unwrap();
            let stats = region.change();
            assert!(report.is_compliant(), "{name}");
            assert!(
                report.notes.is_empty(),
                "{name}: notes allocate; pick a body without notes"
            );
            stats.allocations
        });
        assert_eq!(allocations, 0, "{name}");
        // The verdict over two months in which nothing changes: one interval,
        // found without allocating.
        let (from, until) = (on, on + chrono::Days::new(60));
        let allocations = fewest(|| {
            let region = Region::new(GLOBAL);
            let mut over_time = b.check_between(from, until).unwrap();
            let first = over_time.next().unwrap();
            let rest = over_time.next();
            let stats = region.change();
            assert_eq!(first.until, until, "{name}");
            assert!(rest.is_none(), "{name}");
            assert_eq!(first.verdict.is_compliant(), Some(true), "{name}");
            stats.allocations
        });
        assert_eq!(allocations, 0, "{name}: check_between");
    }
    // The counter works: a report with a violation allocates its message.
    // Saarbrücken with 9 directly elected members of 15: fewer than the two
    // thirds of § 50 Abs. 2 KSVG (a verified rule, so a violation).
    let mut v: serde_json::Value =
        serde_json::from_str(&json("saarbruecken-integrationsbeirat.json")).unwrap();
    v["composition"]["seat_groups"][0]["seats"] = 9.into();
    let broken = RepresentationBody::from_json_str(&v.to_string()).unwrap();
    let region = Region::new(GLOBAL);
    let report = broken.check(on).unwrap();
    let stats = region.change();
    assert!(!report.is_compliant());
    assert!(stats.allocations > 0);
}
