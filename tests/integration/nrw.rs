//! NRW's § 27 GO across its versions, each change at its boundary day: the
//! Ausländerbeirat of the GO of 1994, the 2009 and 2013 versions, the 2018
//! repeal of the continuation, and the 2025 committee.

use migrant_representation::check::CheckError;
use migrant_representation::law::AnyRule;
use migrant_representation::{BodyType, Land, Law, Level};
use serde_json::json;

use crate::common::*;

fn regime_on(t: BodyType, on: &str) -> Result<String, CheckError> {
    Law::builtin()
        .regime(Land::NordrheinWestfalen, t, Level::Municipality, date(on))
        .map(|r| r.designation.to_string())
}

/// The GO of 1994 came into force on 17 Oct 1994 (§ 134 GO): the
/// Ausländerbeirat is covered from that day, not from the day of the
/// Bekanntmachung (14 Jul 1994).
#[test]
fn the_auslaenderbeirat_is_covered_from_17_october_1994() {
    let t = BodyType::ForeignResidentsAdvisoryBoard;
    assert!(matches!(
        regime_on(t, "1994-10-16"),
        Err(CheckError::DateNotCovered { .. })
    ));
    assert_eq!(regime_on(t, "1994-10-17").unwrap(), "Ausländerbeirat");
    assert_eq!(regime_on(t, "2009-06-30").unwrap(), "Ausländerbeirat");
    assert!(regime_on(t, "2009-07-01").is_err());
}

/// From 1 Nov 2025 the Integrationsrat is the "Ausschuss für
/// Chancengerechtigkeit und Integration"; the Integrationsausschuss is
/// merged into it.
#[test]
fn the_2025_law_renames_the_integrationsrat_on_1_november_2025() {
    let t = BodyType::IntegrationCouncil;
    assert_eq!(regime_on(t, "2025-10-31").unwrap(), "Integrationsrat");
    assert_eq!(
        regime_on(t, "2025-11-01").unwrap(),
        "Ausschuss für Chancengerechtigkeit und Integration"
    );
    let committee = with(without_terms(load("koeln-integrationsrat.json")), |v| {
        v["body_type"] = json!("integration_committee");
        v["local_rules"] = json!([]);
        v["composition"]["chair"] = json!({"method": "elected_from_group", "group": "council"});
    });
    let not_permitted = |on: &str| {
        is_broken(
            &report(&committee, on),
            "nw.integration_committee.not_permitted_2025",
        )
    };
    assert!(!not_permitted("2025-10-31"));
    assert!(not_permitted("2025-11-01"));
}

/// § 27 Abs. 2 S. 6 (the members continue until the successor meets):
/// in force from the 2013 law until the 2018 law repealed it.
#[test]
fn the_continuation_ends_with_the_2018_law() {
    let Some(AnyRule::Composition(_, r)) =
        Law::builtin().rule("nw.integration_council.continuation")
    else {
        panic!("the rule exists")
    };
    assert!(r.validity.contains(date("2018-12-28")));
    assert!(!r.validity.contains(date("2018-12-29")));
    assert!(r.validity.contains(date("2013-12-31")));
    assert!(!r.validity.contains(date("2013-12-30")));
}

/// The 2009 version's composition (Abs. 1 S. 4) until 30 Dec 2013, the
/// 2013 version's from 31 Dec 2013: a seat group of the administration
/// breaks the one or the other, never both.
#[test]
fn the_composition_rule_changes_version_on_31_december_2013() {
    let with_staff = with(without_terms(load("koeln-integrationsrat.json")), |v| {
        groups(v).push(json!({"id": "admin", "label": "Verwaltung",
                "filling": "administration_staff", "voting": "advisory", "seats": 1}));
    });
    let on = |d: &str| broken_rules(&report(&with_staff, d));
    let before = on("2013-12-30");
    let after = on("2013-12-31");
    assert!(
        before.contains(&"nw.integration_council_2009.composition".to_owned()),
        "{before:?}"
    );
    assert!(!before.contains(&"nw.integration_council.composition".to_owned()));
    assert!(
        after.contains(&"nw.integration_council.composition".to_owned()),
        "{after:?}"
    );
    assert!(!after.contains(&"nw.integration_council_2009.composition".to_owned()));
}
