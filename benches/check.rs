//! Benchmarks of the compliance check.
//!
//! Run with `cargo bench`; figures are recorded in `benches/README.md`.
#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use migrant_representation::RepresentationBody;

fn read(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .join(name);
    std::fs::read_to_string(path).expect("bundled document")
}

fn on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 15).expect("valid date")
}

fn bodies(c: &mut Criterion) {
    for name in [
        "kaufbeuren-integrationsbeirat.json",
        "koeln-integrationsrat.json",
    ] {
        let json = read(name);
        let body = RepresentationBody::from_json_str(&json).expect("valid");
        c.bench_function(&format!("check/{name}"), |b| {
            b.iter(|| black_box(&body).check(on()))
        });
        c.bench_function(&format!("parse/{name}"), |b| {
            b.iter(|| RepresentationBody::from_json_str(black_box(&json)))
        });
        c.bench_function(&format!("parse_and_check/{name}"), |b| {
            b.iter(|| RepresentationBody::from_json_str(black_box(&json)).map(|x| x.check(on())))
        });
    }
}

fn registry(c: &mut Criterion) {
    let docs: Vec<RepresentationBody> = [
        "kaufbeuren-integrationsbeirat.json",
        "koeln-integrationsrat.json",
        "gladbeck-integrationsrat.json",
        "wiesbaden-auslaenderbeirat.json",
        "stuttgart-internationaler-ausschuss.json",
        "dresden-integrations-und-auslaenderbeirat.json",
        "spandau-ausschuss-partizipation-integration.json",
        "landau-beirat-migration-integration.json",
    ]
    .iter()
    .map(|n| RepresentationBody::from_json_str(&read(n)).expect("valid"))
    .collect();
    for n in [1_000usize, 11_000] {
        let reg: Vec<&RepresentationBody> = (0..n).map(|i| &docs[i % docs.len()]).collect();
        c.bench_function(&format!("registry/{n}"), |b| {
            b.iter_batched(
                || reg.clone(),
                |reg| {
                    reg.iter()
                        .filter(|b| b.check(on()).is_ok_and(|r| r.is_compliant()))
                        .count()
                },
                BatchSize::LargeInput,
            )
        });
    }
}

criterion_group!(benches, bodies, registry);
criterion_main!(benches);
