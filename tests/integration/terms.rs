//! Terms: derived dates, office status, council Wahlperioden.

use migrant_representation::{Land, OfficeStatus, council_term_rule};
use serde_json::json;

use crate::common::*;

#[test]
fn kaufbeuren_2014_term_ends_on_30_april_2020() {
    let b = body(&load("kaufbeuren-integrationsbeirat-2014.json"));
    let t = b.term().unwrap();
    assert_eq!(t.starts_on(), date("2014-09-29"));
    assert_eq!(t.ends_on(), date("2020-04-30"));
    assert_eq!(
        t.status_on(date("2014-09-28")),
        OfficeStatus::NotYetConstituted
    );
    assert!(t.is_in_office(date("2020-04-30")));
    assert!(!t.is_in_office(date("2020-05-01")));
    assert_eq!(b.is_in_office(date("2020-05-01")), Some(false));
}

#[test]
fn bavarian_council_term_starts_on_the_1_may_after_the_election() {
    let by = council_term_rule(Land::Bayern).unwrap();
    assert_eq!(
        by.term_for(date("2020-03-15")),
        Some((date("2020-05-01"), date("2026-04-30")))
    );
    assert_eq!(
        by.term_for(date("2026-03-08")),
        Some((date("2026-05-01"), date("2032-04-30")))
    );
    // An election on 1 May itself opens a term the next year.
    assert_eq!(
        by.term_for(date("2020-05-01")).unwrap().0,
        date("2021-05-01")
    );
}

#[test]
fn nrw_and_saarland_council_terms() {
    let nw = council_term_rule(Land::NordrheinWestfalen).unwrap();
    assert_eq!(
        nw.term_for(date("2020-09-13")),
        Some((date("2020-11-01"), date("2025-10-31")))
    );
    let sl = council_term_rule(Land::Saarland).unwrap();
    assert_eq!(
        sl.term_for(date("2024-06-09")),
        Some((date("2024-06-24"), date("2029-06-23")))
    );
    assert!(council_term_rule(Land::Hessen).is_none());
}

#[test]
fn nrw_members_continue_until_the_successor_meets() {
    let koeln = load("koeln-integrationsrat.json");
    let t = body(&koeln).term().unwrap().clone();
    assert_eq!(t.starts_on(), date("2025-11-01"));
    assert_eq!(t.ends_on(), date("2030-10-31"));
    assert_eq!(t.status_on(date("2030-10-31")), OfficeStatus::Regular);
    assert_eq!(t.status_on(date("2031-06-01")), OfficeStatus::Continuing);
    let met = with(koeln, |v| {
        v["term"]["successor_first_met_on"] = json!("2030-11-20")
    });
    let t = body(&met).term().unwrap().clone();
    assert_eq!(t.status_on(date("2030-11-19")), OfficeStatus::Continuing);
    assert_eq!(t.status_on(date("2030-11-20")), OfficeStatus::Ended);
    assert!(!t.is_in_office(date("2030-11-20")));
}

#[test]
fn fixed_year_terms() {
    let v = with(load("landau-beirat-migration-integration.json"), |v| {
        v["term"] =
            json!({"constituted_on": "2024-12-02", "length": {"kind": "years", "years": 5}});
    });
    let t = body(&v).term().unwrap().clone();
    assert_eq!(t.ends_on(), date("2029-12-01"));
}

#[test]
fn term_structure_errors() {
    let base = load("landau-beirat-migration-integration.json");
    let no_start = with(base.clone(), |v| {
        v["term"] = json!({"length": {"kind": "years", "years": 5}})
    });
    assert_eq!(
        structural(&no_start),
        [(
            "missing_constitution_date".into(),
            "/term/constituted_on".into()
        )]
    );
    let council = with(
        base.clone(),
        |v| {
            v["term"] =
                json!({"length": {"kind": "council_term", "council_elected_on": "2024-06-09"}})
        },
    );
    assert_eq!(
        structural(&council),
        [("council_term_unknown".into(), "/term/length".into())]
    );
    let successor = with(base.clone(), |v| {
        v["term"] = json!({"constituted_on": "2024-12-02", "length": {"kind": "years", "years": 5}, "successor_first_met_on": "2030-01-10"});
    });
    assert_eq!(
        structural(&successor),
        [(
            "successor_date_without_continuation".into(),
            "/term/successor_first_met_on".into()
        )]
    );
    let early = with(base, |v| {
        v["term"] = json!({"constituted_on": "2024-12-02", "length": {"kind": "years", "years": 5}, "continues_until_successor_meets": true, "successor_first_met_on": "2024-12-01"});
    });
    assert_eq!(
        structural(&early),
        [(
            "successor_meets_before_start".into(),
            "/term/successor_first_met_on".into()
        )]
    );
    let years0 = with(load("landau-beirat-migration-integration.json"), |v| {
        v["term"] =
            json!({"constituted_on": "2024-12-02", "length": {"kind": "years", "years": 0}});
    });
    assert!(migrant_representation::Document::from_json_str(&years0.to_string()).is_err());
}

/// §§ 187 Abs. 2, 188 Abs. 3 BGB: a five-year term begun on 29 February
/// ends with the last day of February five years on, not a day earlier.
#[test]
fn a_term_constituted_on_29_february_ends_on_28_february() {
    let leap = with(load("landau-beirat-migration-integration.json"), |v| {
        v["term"] =
            json!({"constituted_on": "2024-02-29", "length": {"kind": "years", "years": 5}});
    });
    let t = body(&leap).term().unwrap().clone();
    assert_eq!(t.ends_on(), date("2029-02-28"));
    assert!(t.is_in_office(date("2029-02-28")));
    assert!(!t.is_in_office(date("2029-03-01")));
    let ordinary = with(load("landau-beirat-migration-integration.json"), |v| {
        v["term"] =
            json!({"constituted_on": "2024-03-01", "length": {"kind": "years", "years": 5}});
    });
    assert_eq!(
        body(&ordinary).term().unwrap().ends_on(),
        date("2029-02-28")
    );
}
