//! The memory an OParl import of a whole endpoint holds grows linearly
//! with the memberships, and stays small per membership.
//!
//! A separate test binary, because it installs a counting global allocator;
//! it holds one test so that no other test allocates at the same time.
#![cfg(feature = "oparl")]

use std::alloc::System;

use migrant_representation::oparl::{ImportOptions, import_all};
use serde_json::{Value, json};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// An endpoint as `benches/oparl.rs` builds it: n Persons with one
/// embedded Membership each, spread over ten Organizations.
fn endpoint(n: usize) -> Vec<Value> {
    let base = "https://ris.example.org/oparl";
    let body = json!({"id": format!("{base}/body/1"), "type": "https://schema.oparl.org/1.0/Body",
        "name": "Stadt Beispiel", "ags": "5315000"});
    let orgs: Vec<Value> = (0..10)
        .map(|o| {
            json!({"id": format!("{base}/organization/{o}"), "body": format!("{base}/body/1"),
                "type": "https://schema.oparl.org/1.0/Organization", "name": format!("Integrationsrat {o}")})
        })
        .collect();
    let persons: Vec<Value> = (0..n)
        .map(|p| {
            json!({"id": format!("{base}/person/{p}"), "type": "https://schema.oparl.org/1.0/Person",
                "membership": [{"id": format!("{base}/membership/{p}"),
                    "type": "https://schema.oparl.org/1.0/Membership",
                    "organization": format!("{base}/organization/{}", p % 10),
                    "role": if p % 3 == 0 { "stellv. Mitglied" } else { "Mitglied" },
                    "votingRight": true}]})
        })
        .collect();
    vec![
        body,
        json!({"data": orgs, "links": {}}),
        json!({"data": persons, "links": {}}),
    ]
}

/// Bytes held by the result and bytes allocated in all, per membership.
fn per_membership(n: usize) -> (f64, f64) {
    let input = endpoint(n);
    let region = Region::new(GLOBAL);
    let batch = import_all(&input, &ImportOptions::new());
    let s = region.change();
    let imported: usize = batch
        .organizations
        .iter()
        .map(|o| o.memberships.len())
        .sum();
    assert_eq!(imported, n);
    let held = s.bytes_allocated as f64 - s.bytes_deallocated as f64 + s.bytes_reallocated as f64;
    drop(batch);
    let total = s.bytes_allocated as f64 + s.bytes_reallocated.max(0) as f64;
    (held / n as f64, total / n as f64)
}

#[test]
fn an_import_holds_a_bounded_amount_per_membership() {
    let (held_small, total_small) = per_membership(10_000);
    let (held_large, total_large) = per_membership(100_000);
    println!(
        "10,000: {held_small:.0} B held, {total_small:.0} B allocated per membership; \
         100,000: {held_large:.0} B held, {total_large:.0} B allocated"
    );
    // What the result keeps of one membership: its ids and texts, the
    // roster entry, two notes (about 1 KB); the input is borrowed, not
    // copied (copying it held about 2.2 KB per membership).
    assert!(held_large < 1_300.0, "{held_large:.0} bytes per membership");
    assert!(
        total_large < 2_000.0,
        "{total_large:.0} bytes allocated per membership"
    );
    // Linear: the same per membership at ten times the size.
    assert!(held_large < held_small * 1.1 && total_large < total_small * 1.1);
}
