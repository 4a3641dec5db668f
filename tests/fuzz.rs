//! A mutation fuzz test: the bundled documents, mutated at random, never
//! make the crate panic; every outcome serialises to valid JSON; and the
//! text and the value entry points agree.
//!
//! A few hundred cases by default; `FUZZ_CASES=50000 cargo test --test fuzz`
//! runs more. The generator is a small xorshift, seeded per case, so a
//! failing case is printed with its seed and can be replayed.

use chrono::NaiveDate;
use migrant_representation::{Document, Error, RepresentationBody};
use serde_json::{Value, json};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n.max(1) as u64)).unwrap_or(0)
    }
}

fn bundled() -> Vec<Value> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut out = Vec::new();
    for sub in [dir.clone(), dir.join("networks")] {
        let mut files: Vec<_> = std::fs::read_dir(sub)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for f in files {
            out.push(serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap());
        }
    }
    out
}

fn random_value(r: &mut Rng) -> Value {
    match r.below(12) {
        0 => Value::Null,
        1 => json!(r.below(2) == 0),
        2 => json!(r.below(100_000)),
        3 => json!(-(r.below(1_000) as i64)),
        4 => json!(1.5e300),
        5 => json!(""),
        6 => json!("\u{200B}\u{FEFF}"),
        7 => json!("x".repeat(r.below(5_000))),
        8 => json!(["council", "any", 3]),
        9 => json!({"kind": "seats", "of": {"classes": ["any"]}, "min": 2}),
        10 => json!(
            [
                "2024-02-30",
                "+2024-01-01",
                "2024-1-1",
                "1899-12-31",
                "2199-12-31"
            ][r.below(5)]
        ),
        _ => json!(
            [
                "integration_council",
                "NW",
                "municipality",
                "directly_elected",
                "voting",
                "must"
            ][r.below(6)]
        ),
    }
}

/// A random place in `v`, as a JSON Pointer.
fn random_place(v: &Value, r: &mut Rng) -> String {
    let mut cur = v;
    let mut ptr = String::new();
    for _ in 0..r.below(6) {
        match cur {
            Value::Object(o) if !o.is_empty() => {
                let (k, next) = o.iter().nth(r.below(o.len())).unwrap();
                ptr.push('/');
                ptr.push_str(&k.replace('~', "~0").replace('/', "~1"));
                cur = next;
            }
            Value::Array(a) if !a.is_empty() => {
                let i = r.below(a.len());
                ptr.push_str(&format!("/{i}"));
                cur = &a[i];
            }
            _ => break,
        }
    }
    ptr
}

/// Mutates one random place in `v`.
fn mutate(v: &mut Value, r: &mut Rng) {
    let place = random_place(v, r);
    let choice = r.below(5);
    let replacement = random_value(r);
    let extra_key = format!("extra{}", r.below(10));
    let copies = r.below(50);
    let pick = r.next();
    let Some(slot) = v.pointer_mut(&place) else {
        return;
    };
    match (choice, slot) {
        (0, Value::Object(o)) if !o.is_empty() => {
            let k = o
                .keys()
                .nth(usize::try_from(pick % o.len() as u64).unwrap_or(0))
                .cloned()
                .unwrap_or_default();
            o.remove(&k);
        }
        (1, Value::Object(o)) => {
            o.insert(extra_key, replacement);
        }
        (2, Value::Array(a)) if !a.is_empty() => {
            let x = a[usize::try_from(pick % a.len() as u64).unwrap_or(0)].clone();
            for _ in 0..copies {
                a.push(x.clone());
            }
        }
        (_, slot) => *slot = replacement,
    }
}

/// A mutation that keeps the document's shape: a number becomes another
/// small number, a date another date, a seat group advisory or voting.
fn mild(v: &mut Value, r: &mut Rng) {
    let place = random_place(v, r);
    let n = r.below(40);
    let day = 1 + r.below(28);
    let flip = r.below(2) == 0;
    match v.pointer_mut(&place) {
        Some(Value::Number(x)) => *x = n.into(),
        Some(Value::String(s)) if s.len() == 10 && s.as_bytes().get(4) == Some(&b'-') => {
            *s = format!("20{:02}-0{}-{day:02}", n % 40, 1 + n % 9);
        }
        Some(Value::String(s)) if s == "voting" || s == "advisory" => {
            *s = if flip { "advisory" } else { "voting" }.into();
        }
        _ => {}
    }
}

#[test]
fn mutated_documents_never_panic_and_agree_across_entry_points() {
    let cases: u64 = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let docs = bundled();
    let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    let mut read_ok = 0u64;
    for seed in 1..=cases {
        let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let mut v = docs[r.below(docs.len())].clone();
        if r.below(2) == 0 {
            for _ in 0..=r.below(3) {
                mutate(&mut v, &mut r);
            }
        } else {
            for _ in 0..=r.below(5) {
                mild(&mut v, &mut r);
            }
        }
        let text = v.to_string();
        let read = Document::from_json_str(&text);
        match &read {
            Ok(doc) => {
                read_ok += 1;
                let outcome = doc.violations(on);
                let as_json = match &outcome {
                    Ok(list) => serde_json::to_string(list).unwrap(),
                    Err(e) => serde_json::to_string(&e.to_string()).unwrap(),
                };
                assert!(
                    serde_json::from_str::<Value>(&as_json).is_ok(),
                    "seed {seed}"
                );
                // The other entry point reads the same body.
                if let Document::RepresentationBody(b) = doc {
                    let again = RepresentationBody::from_json_value(v.clone())
                        .unwrap_or_else(|e| panic!("seed {seed}: text reads, value does not: {e}"));
                    assert_eq!(&again, b, "seed {seed}");
                    if let Ok(over_time) =
                        b.check_between(on, NaiveDate::from_ymd_opt(2027, 1, 1).unwrap())
                    {
                        let _ = over_time.count();
                    }
                    let _ = b.rights(on);
                }
            }
            Err(e) => {
                let shown = e.to_string();
                assert!(shown.len() < 20_000, "seed {seed}: {} bytes", shown.len());
                if let Error::Invalid(list) = e {
                    assert!(serde_json::to_string(list).is_ok(), "seed {seed}");
                }
                if v["document_type"] == "representation_body" {
                    assert!(
                        RepresentationBody::from_json_value(v.clone()).is_err(),
                        "seed {seed}: value reads, text does not"
                    );
                }
            }
        }
    }
    // The mutations leave enough documents readable to reach the checks.
    assert!(
        read_ok * 10 >= cases,
        "only {read_ok} of {cases} documents were read"
    );
}

/// The bundled election results (not the bodies next to them).
fn elections() -> Vec<Value> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/elections");
    let mut out = Vec::new();
    for sub in [dir.clone(), dir.join("constructed")] {
        let mut files: Vec<_> = std::fs::read_dir(sub)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for f in files {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
            if v["document_type"] == "election_result" {
                out.push(v);
            }
        }
    }
    out
}

#[test]
fn mutated_election_results_never_panic() {
    use migrant_representation::{ElectionResult, Language};
    let cases: u64 = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let docs = elections();
    let body = RepresentationBody::from_json_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("examples/data/elections/dormagen-integrationsrat.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    let mut allocated = 0u64;
    for seed in 1..=cases {
        let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let mut v = docs[r.below(docs.len())].clone();
        if r.below(2) == 0 {
            for _ in 0..=r.below(3) {
                mutate(&mut v, &mut r);
            }
        } else {
            for _ in 0..=r.below(5) {
                mild(&mut v, &mut r);
            }
        }
        match ElectionResult::from_json_str(&v.to_string()) {
            Ok(e) => {
                if let Ok(a) = e.allocate() {
                    allocated += 1;
                    let held: u32 = a.lists.iter().map(|l| l.seats).sum();
                    let lot = a.lot.as_ref().map_or(0, |l| l.seats);
                    assert!(held + a.vacant + lot <= e.seats, "seed {seed}");
                    let _ = a.describe(Language::De);
                    assert!(serde_json::to_string(&a).is_ok(), "seed {seed}");
                }
                let _ = body.check_election(&e);
                if let Ok(seated) = body.with_election(&e) {
                    let _ = seated.check(on);
                }
            }
            Err(e) => {
                let shown = e.to_string();
                assert!(shown.len() < 20_000, "seed {seed}: {} bytes", shown.len());
            }
        }
    }
    assert!(
        allocated * 10 >= cases,
        "only {allocated} of {cases} elections were allocated"
    );
}
