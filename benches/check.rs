//! Benchmarks of the compliance check, of parsing, of the generic
//! alternative (a JSON tree plus a JSON Schema validator), of registries of
//! growing size, of the joint proposal for bodies that break their seat
//! rules, and of schema generation.
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
        "history/kaufbeuren-integrationsbeirat.json",
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
        "history/kaufbeuren-integrationsbeirat.json",
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

/// (j) The verdict over time of a body whose roster changes on n distinct
/// days: a Baden-Württemberg board (its law covered from 1956 with no end)
/// with one seat, held on each day by one member, and on every tenth day
/// by two (more members than seats: the verdict changes there and back).
/// The sweep keeps the roster's state membership by membership, so the
/// cost grows n log n (the sort of the days) and the answer stays within
/// its bound. Built in code: 100,000 days run past the years a document
/// may name.
fn over_time(c: &mut Criterion) {
    use migrant_representation::{
        BodyType, Land, Level,
        body::{Jurisdiction, LegalBasis, Membership, RawSeatGroup, SeatFilling, VotingRight},
    };
    let start = NaiveDate::from_ymd_opt(1960, 1, 1).expect("valid date");
    let mut g = c.benchmark_group("j_check_between_membership_days");
    g.sample_size(10);
    for n in [1_000u64, 10_000, 100_000] {
        let mut b = RepresentationBody::builder(
            "musterstadt-beirat",
            "Integrationsbeirat Musterstadt",
            BodyType::LocalAdvisoryBoard,
            Jurisdiction::new(Land::BadenWuerttemberg, Level::Municipality, "Musterstadt"),
        )
        .legal_basis(LegalBasis::council_resolution(
            "Beschluss des Gemeinderates",
            None,
        ))
        .seat_group(RawSeatGroup::new(
            "members",
            "Mitglieder",
            SeatFilling::Appointed,
            VotingRight::Voting,
            1,
        ));
        for i in 0..n {
            let day = start + chrono::Days::new(i);
            b = b.member(Membership::new(format!("p{i}"), "members", day).until(day));
            if i % 10 == 0 {
                b = b.member(Membership::new(format!("q{i}"), "members", day).until(day));
            }
        }
        let body = b.build().expect("valid");
        let until = start + chrono::Days::new(n + 1);
        g.throughput(Throughput::Elements(n));
        g.bench_with_input(BenchmarkId::from_parameter(n), &body, |b, body| {
            b.iter(|| {
                body.check_between(start, until)
                    .map(|it| it.count())
                    .unwrap_or(0)
            })
        });
    }
    g.finish();
}

/// A body of `seats` seats in 8 groups: three groups of elected members,
/// a voting and an advisory group of council members, and three groups the
/// NRW statute does not provide for (administration, ex officio,
/// appointed); under Köln's local rules scaled to the body (nine tenths of
/// the seats, two thirds elected) every seat rule is broken at once.
fn koeln_like(seats: u32) -> RepresentationBody {
    // Shares of the seats, the last three groups one seat at least.
    let weights = [20u32, 15, 10, 20, 10, 10, 10, 5];
    let sum: u32 = weights.iter().sum();
    let mut counts: Vec<u32> = weights.iter().map(|w| (seats * w / sum).max(1)).collect();
    let total: u32 = counts.iter().sum();
    counts[0] = (counts[0] + seats).saturating_sub(total).max(1);
    let kinds = [
        ("directly_elected", "voting"),
        ("directly_elected", "voting"),
        ("directly_elected", "voting"),
        ("council_delegated", "voting"),
        ("council_delegated", "advisory"),
        ("administration_staff", "advisory"),
        ("ex_officio", "voting"),
        ("appointed", "advisory"),
    ];
    let groups: Vec<serde_json::Value> = kinds
        .iter()
        .zip(&counts)
        .enumerate()
        .map(|(i, ((filling, voting), n))| {
            let mut g = serde_json::json!({"id": format!("g{i}"), "label": format!("Gruppe {i}"),
                "filling": filling, "voting": voting, "seats": n});
            if *filling == "ex_officio" {
                g["office"] = "Bürgermeister".into();
            }
            g
        })
        .collect();
    let target = (seats * 9 / 10) / 3 * 3;
    let mut v: serde_json::Value =
        serde_json::from_str(&read("invalid/koeln-integrationsrat-advisory-seats.json"))
            .expect("JSON");
    v["composition"]["seat_groups"] = serde_json::Value::Array(groups);
    v["composition"]["chair"] = serde_json::json!({"method": "elected_from_members"});
    v["local_rules"][0]["constraint"]["min"] = target.into();
    v["local_rules"][0]["constraint"]["max"] = target.into();
    RepresentationBody::from_json_value(v).expect("valid")
}

/// A near miss of § 50 KSVG (two thirds elected, one third council
/// members) in 8 groups: four of elected members, four of council
/// members, one elected seat short.
fn saarland_near_miss(seats: u32) -> RepresentationBody {
    let elected = seats * 2 / 3 - 1;
    let council = seats - elected;
    let split = |n: u32| [n / 4 + n % 4, n / 4, n / 4, n / 4];
    let groups: Vec<serde_json::Value> = split(elected)
        .iter()
        .map(|n| ("directly_elected", *n))
        .chain(split(council).iter().map(|n| ("council_delegated", *n)))
        .filter(|(_, n)| *n > 0)
        .enumerate()
        .map(|(i, (filling, n))| {
            serde_json::json!({"id": format!("g{i}"), "label": format!("Gruppe {i}"),
                "filling": filling, "voting": "voting", "seats": n})
        })
        .collect();
    let mut v: serde_json::Value =
        serde_json::from_str(&read("saarbruecken-integrationsbeirat.json")).expect("JSON");
    v["composition"]["seat_groups"] = serde_json::Value::Array(groups);
    RepresentationBody::from_json_value(v).expect("valid")
}

/// (l) The check of a body that breaks its seat rules, with the joint
/// proposal: bodies of 10, 35 and 100 seats in 8 groups.
fn proposal(c: &mut Criterion) {
    let mut g = c.benchmark_group("l_proposal");
    for seats in [10u32, 35, 100] {
        for (name, body) in [
            ("koeln_like", koeln_like(seats)),
            ("saarland_near_miss", saarland_near_miss(seats)),
        ] {
            let report = body.check(on()).expect("covered");
            let proposal = report.proposal.as_deref().expect("a seat rule is broken");
            assert!(
                proposal.exhaustive && proposal.plan.is_some(),
                "{name} {seats}"
            );
            g.bench_with_input(
                BenchmarkId::new(name, body.composition().total_seats()),
                &body,
                |b, body| b.iter(|| black_box(body).check(on())),
            );
        }
    }
    g.finish();
}

/// (m) Allocating seats: every method for 1,000 seats among 10, 100 and
/// 1,000 lists (votes spread so that no lot arises), and reading plus
/// allocating a real election (Köln 2010, 19 proposals, 22 seats).
fn elections(c: &mut Criterion) {
    use migrant_representation::{ElectionResult, election::AllocationMethod};
    let mut g = c.benchmark_group("m_apportion_1000_seats");
    for lists in [10usize, 100, 1_000] {
        // Distinct vote counts: 1,000,003 · i + i² (no two quotients equal
        // by construction at these sizes).
        let votes: Vec<u64> = (1..=lists as u64).map(|i| 1_000_003 * i + i * i).collect();
        g.throughput(Throughput::Elements(lists as u64));
        for m in AllocationMethod::iter() {
            g.bench_with_input(BenchmarkId::new(m.as_str(), lists), &votes, |b, v| {
                b.iter(|| m.apportion(1_000, black_box(v)))
            });
        }
    }
    g.finish();
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/data/elections/koeln-integrationsrat-2010.json"),
    )
    .expect("bundled election");
    let election = ElectionResult::from_json_str(&text).expect("valid");
    let mut g = c.benchmark_group("m_election_koeln_2010");
    g.bench_function("allocate", |b| b.iter(|| black_box(&election).allocate()));
    g.bench_function("parse_and_allocate", |b| {
        b.iter(|| {
            ElectionResult::from_json_str(black_box(&text))
                .ok()
                .map(|e| e.allocate())
        })
    });
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
    over_time,
    proposal,
    elections,
    every_body,
    schemas
);
criterion_main!(benches);
