//! Benchmarks of the compliance check, of parsing, of the generic
//! alternative (a JSON tree plus a JSON Schema validator), of registries of
//! growing size, and of schema generation.
//!
//! Run with `cargo bench --bench check`; `benches/README.md` states the
//! targets and the figures measured.
#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use migrant_representation::{RepresentationBody, schema};

fn read(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .join(name);
    std::fs::read_to_string(path).expect("bundled document")
}

fn on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 15).expect("valid date")
}

/// (a) check, (b) parse + check, (c) parse, (d) the generic alternative:
/// `serde_json::Value` plus `jsonschema` validation against the crate's own
/// schema, which checks structure only.
fn one_body(c: &mut Criterion) {
    let validator = jsonschema::options()
        .build(&schema::schema("representation_body").expect("schema"))
        .expect("schema compiles");
    for name in [
        "kaufbeuren-integrationsbeirat.json",
        "koeln-integrationsrat.json",
    ] {
        let json = read(name);
        let body = RepresentationBody::from_json_str(&json).expect("valid");
        let mut g = c.benchmark_group(name.trim_end_matches(".json"));
        g.bench_function("a_check", |b| b.iter(|| black_box(&body).check(on())));
        g.bench_function("b_parse_and_check", |b| {
            b.iter(|| RepresentationBody::from_json_str(black_box(&json)).map(|x| x.check(on())))
        });
        g.bench_function("c_parse", |b| {
            b.iter(|| RepresentationBody::from_json_str(black_box(&json)))
        });
        g.bench_function("d_value_and_jsonschema", |b| {
            b.iter(|| {
                let v: serde_json::Value = serde_json::from_str(black_box(&json)).expect("JSON");
                validator.is_valid(&v)
            })
        });
        g.finish();
    }
}

/// (e) A registry of bodies of mixed types and Länder.
fn registry(c: &mut Criterion) {
    let templates: Vec<RepresentationBody> = [
        "kaufbeuren-integrationsbeirat.json",
        "koeln-integrationsrat.json",
        "gladbeck-integrationsrat.json",
        "luedenscheid-integrationsrat.json",
        "wiesbaden-auslaenderbeirat.json",
        "frankfurt-kav.json",
        "stuttgart-internationaler-ausschuss.json",
        "dresden-integrations-und-auslaenderbeirat.json",
        "spandau-ausschuss-partizipation-integration.json",
        "landau-beirat-migration-integration.json",
    ]
    .iter()
    .map(|n| RepresentationBody::from_json_str(&read(n)).expect("valid"))
    .collect();
    let mut g = c.benchmark_group("e_registry");
    g.sample_size(20);
    for n in [1_000usize, 11_000, 100_000] {
        let reg: Vec<RepresentationBody> = (0..n)
            .map(|i| templates[i % templates.len()].clone())
            .collect();
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &reg, |b, reg| {
            b.iter(|| {
                reg.iter()
                    .filter(|b| b.check(on()).is_ok_and(|r| r.is_compliant()))
                    .count()
            })
        });
    }
    g.finish();
    // The same 1,000-body size, but each iteration checks the next 1,000 of
    // a pool of 100,000, so that the bodies are not in the caches, as in a
    // large registry: this separates the growth of the work from the effect
    // of the caches.
    let pool: Vec<RepresentationBody> = (0..100_000)
        .map(|i| templates[i % templates.len()].clone())
        .collect();
    let mut g = c.benchmark_group("e_registry_cold");
    g.sample_size(20);
    g.throughput(Throughput::Elements(1_000));
    let mut window = 0usize;
    g.bench_function("1000", |b| {
        b.iter(|| {
            window = (window + 1_000) % pool.len();
            pool[window..window + 1_000]
                .iter()
                .filter(|b| b.check(on()).is_ok_and(|r| r.is_compliant()))
                .count()
        })
    });
    g.finish();
}

/// (g) The roster check with one person holding n voting memberships: the
/// duplicate-vote check is a sorted sweep, so the cost grows n log n.
fn roster(c: &mut Criterion) {
    let template: serde_json::Value =
        serde_json::from_str(&read("luedenscheid-integrationsrat.json")).expect("JSON");
    let mut g = c.benchmark_group("g_roster_one_person");
    g.sample_size(10);
    for n in [1_000usize, 10_000, 100_000] {
        let mut v = template.clone();
        let list: Vec<serde_json::Value> = (0..n)
            .map(|_| serde_json::json!({"person": "p", "seat_group": "elected"}))
            .collect();
        v["roster"] = serde_json::Value::Array(list);
        let body = RepresentationBody::from_json_str(&v.to_string()).expect("valid");
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &body, |b, body| {
            b.iter(|| body.check(on()).map(|r| r.violations.len()))
        });
    }
    g.finish();
}

/// (h) A network whose members come from n origins, and (i) a registry of
/// n associations in one membership ring: both checks are linear.
fn networks_and_registries(c: &mut Criterion) {
    use migrant_representation::{Document, Registry};
    let network: serde_json::Value =
        serde_json::from_str(&read("networks/verbund-stage.json")).expect("JSON");
    let mut g = c.benchmark_group("h_network_origins");
    g.sample_size(10);
    for n in [1_000usize, 10_000, 100_000] {
        let mut v = network.clone();
        // All alike but the last: the check reads them all.
        let mut origins: Vec<serde_json::Value> = (0..n).map(|_| "Syrien".into()).collect();
        origins.push("Türkei".into());
        v["members"]["origins"] = serde_json::Value::Array(origins);
        let Ok(Document::Network(net)) = Document::from_json_str(&v.to_string()) else {
            panic!("a network")
        };
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &net, |b, net| {
            b.iter(|| net.federation_eligibility())
        });
    }
    g.finish();
    let bzi: serde_json::Value = serde_json::from_str(&read("bzi.json")).expect("JSON");
    let mut g = c.benchmark_group("i_registry_ring");
    g.sample_size(10);
    for n in [1_000usize, 10_000, 100_000] {
        let docs: Vec<Document> = (0..n)
            .map(|i| {
                let mut v = bzi.clone();
                v["id"] = format!("ring-{i}").into();
                v["members"] =
                    serde_json::json!([{"id": format!("ring-{}", (i + 1) % n), "kind": "association"}]);
                Document::from_json_str(&v.to_string()).expect("valid")
            })
            .collect();
        let registry = Registry::new(docs);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &registry, |b, r| {
            b.iter(|| r.link_violations_by_document().len())
        });
    }
    g.finish();
}

/// (f) Generating every schema.
/// (k) (b) and (d) for every bundled body document, so that the ratio of
/// the generic alternative to the crate's parse + check is known for each.
fn every_body(c: &mut Criterion) {
    let validator = jsonschema::options()
        .build(&schema::schema("representation_body").expect("schema"))
        .expect("schema compiles");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("examples/data")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .filter(|n| RepresentationBody::from_json_str(&read(n)).is_ok())
        .collect();
    names.sort();
    let mut g = c.benchmark_group("k_every_body");
    for name in names {
        let json = read(&name);
        let id = name.trim_end_matches(".json");
        g.bench_function(BenchmarkId::new("b_parse_and_check", id), |b| {
            b.iter(|| RepresentationBody::from_json_str(black_box(&json)).map(|x| x.check(on())))
        });
        g.bench_function(BenchmarkId::new("d_value_and_jsonschema", id), |b| {
            b.iter(|| {
                let v: serde_json::Value = serde_json::from_str(black_box(&json)).expect("JSON");
                validator.is_valid(&v)
            })
        });
    }
    g.finish();
}

fn schemas(c: &mut Criterion) {
    c.bench_function("f_schemas", |b| b.iter(schema::schemas));
}

criterion_group!(
    benches,
    one_body,
    registry,
    roster,
    networks_and_registries,
    every_body,
    schemas
);
criterion_main!(benches);
