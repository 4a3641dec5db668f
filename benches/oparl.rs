//! OParl import of a whole endpoint (feature `oparl`): n Persons with one
//! embedded Membership each, spread over ten Organizations, for n = 1,000,
//! 10,000, 100,000 and 1,000,000. The import borrows the Memberships from
//! the input and sorts them by Organization once, so it is n log n; what it
//! holds per Membership is measured in `tests/oparl_memory.rs`.

#![allow(missing_docs)] // criterion_group! generates undocumented items

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use migrant_representation::oparl::{ImportOptions, import_all};
use serde_json::{Value, json};

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

fn import(c: &mut Criterion) {
    let mut g = c.benchmark_group("j_oparl_import_all");
    g.sample_size(10);
    for n in [1_000usize, 10_000, 100_000, 1_000_000] {
        g.throughput(Throughput::Elements(n as u64));
        // The input is built only when this size runs (a filter can skip it).
        g.bench_function(BenchmarkId::from_parameter(n), |b| {
            let input = endpoint(n);
            b.iter(|| import_all(&input, &ImportOptions::new()))
        });
    }
    g.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
