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

fn body(name: &str) -> RepresentationBody {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .join(name);
    RepresentationBody::from_json_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn checking_a_compliant_body_allocates_nothing_and_a_violation_does() {
    let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    for name in [
        "kaufbeuren-integrationsbeirat.json",
        "koeln-integrationsrat.json",
        "wiesbaden-auslaenderbeirat.json",
        "saarbruecken-integrationsbeirat.json",
        "dresden-integrations-und-auslaenderbeirat.json",
    ] {
        let b = body(name);
        let region = Region::new(GLOBAL);
        let report = b.check(on).unwrap();
        let stats = region.change();
        assert!(report.is_compliant(), "{name}");
        assert!(
            report.notes.is_empty(),
            "{name}: notes allocate; pick a body without notes"
        );
        assert_eq!(stats.allocations, 0, "{name}: {stats:?}");
        drop(report);
        // The verdict over two months in which nothing changes: one interval,
        // found without allocating.
        let (from, until) = (on, NaiveDate::from_ymd_opt(2026, 3, 16).unwrap());
        let region = Region::new(GLOBAL);
        let mut over_time = b.check_between(from, until);
        let first = over_time.next().unwrap();
        let rest = over_time.next();
        let stats = region.change();
        assert_eq!(first.until, until, "{name}");
        assert!(rest.is_none(), "{name}");
        assert_eq!(first.verdict.is_compliant(), Some(true), "{name}");
        assert_eq!(stats.allocations, 0, "{name}: check_between {stats:?}");
    }
    // The counter works: a report with a violation allocates its message.
    let broken = body("invalid/nrw-integrationsrat-parity.json");
    let region = Region::new(GLOBAL);
    let report = broken.check(on).unwrap();
    let stats = region.change();
    assert!(!report.is_compliant());
    assert!(stats.allocations > 0);
}
