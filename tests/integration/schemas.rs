//! The JSON Schemas: golden copies, and agreement with an independent
//! validator (the `jsonschema` crate) on bundled, broken and generated
//! documents.
//!
//! Where the schema and the crate cannot agree, it is because the crate
//! checks a cross-field rule the schema cannot express; the schema's
//! description lists those rules, and [`CROSS_FIELD`] lists their codes.

use std::path::PathBuf;

use migrant_representation::{Document, Error, schema};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::common::*;

/// Codes of structural rules that no JSON Schema keyword expresses here.
pub(crate) const CROSS_FIELD: &[&str] = &[
    "duplicate_list_name",
    "duplicate_candidate",
    "candidate_count_mismatch",
    "duplicate_seat_group_id",
    "unknown_seat_group",
    "filled_seats_exceed_seats",
    "too_many_seats",
    "ags_land_mismatch",
    "level_mismatch",
    "missing_constitution_date",
    "term_ends_before_start",
    "date_out_of_range",
    "successor_meets_before_start",
    "dates_out_of_order",
    "term_given_twice",
    "membership_ends_before_start",
    "empty_range",
    "founding_year_mismatch",
    "missing_land",
    "missing_area",
    "successor_date_without_continuation",
    "invalid_validity",
    "invalid_share",
    "empty_text",
];

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/schemas")
}

/// Fails when a generated schema differs from its golden copy under
/// `tests/schemas/`. To accept a change:
/// `UPDATE_SCHEMAS=1 cargo test --all-features --test integration schemas::`.
#[test]
fn schemas_match_their_golden_copies() {
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let mut stale = Vec::new();
    for s in schema::schemas() {
        let text = serde_json::to_string_pretty(&s.schema).unwrap() + "\n";
        let path = golden_dir().join(format!("{}.schema.json", s.name));
        if update {
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "generated schemas differ from the golden copies {stale:?}; review and run \
         UPDATE_SCHEMAS=1 cargo test --all-features --test integration schemas::"
    );
}

#[test]
fn every_schema_has_its_header() {
    assert_eq!(schema::schemas().len(), schema::SCHEMA_NAMES.len());
    for s in schema::schemas() {
        assert_eq!(
            s.schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert_eq!(s.schema["$id"], json!(schema::schema_id(s.name)));
        assert!(s.schema["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(
            s.schema["description"]
                .as_str()
                .is_some_and(|t| !t.contains("# Example"))
        );
    }
}

/// The compiled validator of the schema called `name`, built once.
pub(crate) fn validator(name: &str) -> &'static jsonschema::Validator {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static VALIDATORS: OnceLock<HashMap<&'static str, jsonschema::Validator>> = OnceLock::new();
    VALIDATORS
        .get_or_init(|| {
            schema::schemas()
                .into_iter()
                .map(|s| {
                    let v = jsonschema::options()
                        .should_validate_formats(true)
                        .build(&s.schema)
                        .expect("the schema compiles");
                    (s.name, v)
                })
                .collect()
        })
        .get(name)
        .expect("schema")
}

/// Checks that the crate and the schema agree on `doc`: what the crate
/// accepts, the schema accepts; what the schema accepts and the crate
/// rejects, the crate rejects only under cross-field rules.
fn assert_agree(
    validator: &jsonschema::Validator,
    doc: &Value,
    what: &str,
) -> Result<(), TestCaseError> {
    let schema_ok = validator.is_valid(doc);
    let crate_result = Document::from_json_str(&doc.to_string());
    match (&crate_result, schema_ok) {
        (Ok(_), true) | (Err(_), false) => Ok(()),
        (Ok(_), false) => {
            let errors: Vec<String> = validator
                .iter_errors(doc)
                .map(|e| format!("{} at {}", e, e.instance_path))
                .collect();
            Err(TestCaseError::fail(format!(
                "{what}: the crate accepts, the schema rejects: {errors:?}\n{doc}"
            )))
        }
        (Err(Error::Invalid(vs)), true) => {
            let loose: Vec<&str> = vs
                .iter()
                .map(|v| v.code.as_str())
                .filter(|c| !CROSS_FIELD.contains(c))
                .collect();
            prop_assert!(
                loose.is_empty(),
                "{what}: the schema is too loose for {loose:?}\n{doc}"
            );
            Ok(())
        }
        (Err(e), true) => Err(TestCaseError::fail(format!(
            "{what}: the schema accepts what the crate cannot read: {e}\n{doc}"
        ))),
    }
}

pub(crate) fn schema_name(doc: &Value) -> &'static str {
    match doc["document_type"].as_str() {
        Some("association") => "association",
        Some("network") => "network",
        Some("election_result") => "election_result",
        _ => "representation_body",
    }
}

fn bundled() -> &'static [(String, Value)] {
    static DOCS: std::sync::OnceLock<Vec<(String, Value)>> = std::sync::OnceLock::new();
    DOCS.get_or_init(read_bundled)
}

fn read_bundled() -> Vec<(String, Value)> {
    let mut v: Vec<_> = std::fs::read_dir(data_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap(),
            )
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

#[test]
fn bundled_documents_validate_against_their_schemas() {
    for (name, doc) in bundled() {
        let v = validator(schema_name(doc));
        let errors: Vec<String> = v
            .iter_errors(doc)
            .map(|e| format!("{e} at {}", e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
}

#[test]
fn reports_and_catalogue_entries_validate_against_their_schemas() {
    let report = validator("report");
    for name in [
        "koeln-integrationsrat.json",
        "invalid/koeln-integrationsrat-advisory-seats.json",
        "frankfurt-kav.json",
    ] {
        let r = serde_json::to_value(crate::common::report(&load(name), "2026-01-15")).unwrap();
        assert!(report.is_valid(&r), "{name}");
    }
    let entry = validator("catalogue_entry");
    for e in migrant_representation::Law::builtin().catalogue() {
        let v = serde_json::to_value(&e).unwrap();
        assert!(entry.is_valid(&v), "{}", e.id);
    }
}

#[test]
fn structurally_invalid_fixtures_are_rejected_by_schema_and_crate() {
    let body = validator("representation_body");
    for name in [
        "invalid/structural-errors.json",
        "invalid/zero-seat-group.json",
    ] {
        let doc = load(name);
        assert!(!body.is_valid(&doc), "{name}: the schema accepts it");
        assert!(
            Document::from_json_str(&doc.to_string()).is_err(),
            "{name}: the crate accepts it"
        );
    }
    // Documents that break only the law in force are structurally fine.
    for name in [
        "invalid/nrw-integrationsrat-parity.json",
        "invalid/frankfurt-kav-too-large.json",
    ] {
        assert!(body.is_valid(&load(name)), "{name}");
    }
}

#[test]
fn hand_written_near_misses_agree() {
    let v = validator("representation_body");
    let koeln = load_current("koeln-integrationsrat.json");
    let cases = [
        with(koeln.clone(), |d| groups(d)[0]["seats"] = json!(0)),
        with(koeln.clone(), |d| {
            d["composition"]["deputies"] = json!({"method": "elected_from_members", "group": "x"})
        }),
        with(koeln.clone(), |d| {
            d["term"]["length"] = json!({"kind": "years", "years": 0})
        }),
        with(koeln.clone(), |d| {
            d["composition"]["deputy_count"] = json!(0)
        }),
        with(koeln.clone(), |d| {
            d["jurisdiction"]["ags"] = json!("17000000")
        }),
        with(koeln.clone(), |d| d["official_name"] = json!("\u{2003}")),
        with(koeln.clone(), |d| {
            d["local_rules"][0]["constraint"]["of"]["classes"] = json!([])
        }),
        with(koeln.clone(), |d| {
            d["local_rules"][0]["citation"]["paragraph"] = json!(0)
        }),
        with(koeln.clone(), |d| d["sources"][0] = json!("x".repeat(1001))),
        with(koeln, |d| groups(d)[0]["filled"] = json!(23)),
    ];
    for (i, doc) in cases.iter().enumerate() {
        assert_agree(v, doc, &format!("case {i}")).unwrap();
    }
}

/// Every node of a JSON value, as a list of keys and indices.
fn nodes(v: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                at.push(Step::Key(k.clone()));
                nodes(x, at, out);
                at.pop();
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                at.push(Step::Index(i));
                nodes(x, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn node_mut<'a>(v: &'a mut Value, path: &[Step]) -> &'a mut Value {
    path.iter().fold(v, |v, s| match s {
        Step::Key(k) => &mut v[k.as_str()],
        Step::Index(i) => &mut v[*i],
    })
}

/// Values a mutation puts in place of a node: wrong types, out-of-range
/// numbers, bad dates, blank and long strings, unknown enum values.
fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(json!(true)),
        Just(json!(0)),
        Just(json!(-1)),
        Just(json!(1)),
        Just(json!(38)),
        Just(json!(256)),
        Just(json!(65536)),
        Just(json!(1.5)),
        Just(json!("")),
        Just(json!(" ")),
        Just(json!("x")),
        Just(json!("2025-02-30")),
        Just(json!("2019-01-01")),
        Just(json!("koeln")),
        Just(json!("x".repeat(301))),
        Just(json!([])),
        Just(json!({})),
        Just(json!({"method": "elected_from_members"})),
    ]
}

#[derive(Debug, Clone)]
enum Mutation {
    Remove,
    Replace(Value),
    AddUnknownKey,
    DuplicateArrayItem,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        2 => Just(Mutation::Remove),
        6 => replacement().prop_map(Mutation::Replace),
        1 => Just(Mutation::AddUnknownKey),
        1 => Just(Mutation::DuplicateArrayItem),
    ]
}

fn apply(doc: &mut Value, path: &[Step], m: &Mutation) {
    match m {
        Mutation::Remove => match path.split_last() {
            Some((Step::Key(k), parent)) => {
                if let Some(o) = node_mut(doc, parent).as_object_mut() {
                    o.remove(k);
                }
            }
            Some((Step::Index(i), parent)) => {
                if let Some(a) = node_mut(doc, parent).as_array_mut() {
                    a.remove(*i);
                }
            }
            None => {}
        },
        Mutation::Replace(x) => *node_mut(doc, path) = x.clone(),
        Mutation::AddUnknownKey => {
            if let Some(o) = node_mut(doc, path).as_object_mut() {
                o.insert("unknown_key".into(), json!(1));
            }
        }
        Mutation::DuplicateArrayItem => {
            if let Some(a) = node_mut(doc, path).as_array_mut() {
                if let Some(first) = a.first().cloned() {
                    a.push(first);
                }
            }
        }
    }
}

proptest! {
    // 256 cases by default; `PROPTEST_CASES=20000` for a longer run.
    #![proptest_config(ProptestConfig { cases: crate::common::cases(256), ..ProptestConfig::default() })]

    /// Near-valid documents: one or two mutations of a bundled document.
    #[test]
    fn schema_and_crate_agree_on_near_valid_documents(
        doc_index in any::<prop::sample::Index>(),
        picks in prop::collection::vec((any::<prop::sample::Index>(), mutation()), 1..=2),
    ) {
        let docs = bundled();
        let (name, mut doc) = docs[doc_index.index(docs.len())].clone();
        let schema = schema_name(&doc);
        for (at, m) in &picks {
            let mut all = Vec::new();
            nodes(&doc, &mut Vec::new(), &mut all);
            let path = all[at.index(all.len())].clone();
            apply(&mut doc, &path, m);
        }
        assert_agree(validator(schema), &doc, &format!("{name} after {picks:?}"))?;
    }
}

/// A user's own type that embeds the crate's types gets clean schema
/// descriptions: no rustdoc links, no example code.
#[test]
fn schemas_embedded_in_a_users_type_carry_no_rustdoc_markup() {
    #[derive(schemars::JsonSchema)]
    #[expect(dead_code, reason = "only its schema is read")]
    struct CouncilRecord {
        /// The body.
        body: migrant_representation::RepresentationBody,
        /// Its last report.
        report: migrant_representation::Report,
        /// A network of the town.
        network: migrant_representation::Network,
    }
    let schema = schemars::schema_for!(CouncilRecord);
    let text = serde_json::to_string(&schema).unwrap();
    for markup in ["```", "[`", "# Example", "(Self::", "crate::", "#["] {
        assert!(!text.contains(markup), "{markup:?} in an embedded schema");
    }
    // The descriptions are still there.
    assert!(text.contains("seat group"), "descriptions kept");
}

/// A trailing newline after an identifier, an AGS or a date is refused by
/// the schema (in every engine: the end anchor is a lookahead, not `$`,
/// which Python lets match before a final newline) and by the crate.
#[test]
fn a_trailing_newline_is_refused_by_schema_and_crate() {
    let validator = jsonschema::options()
        .build(&schema::schema("representation_body").unwrap())
        .unwrap();
    let koeln = load_current("koeln-integrationsrat.json");
    assert!(validator.is_valid(&koeln));
    for (what, doc) in [
        (
            "id",
            with(koeln.clone(), |v| {
                v["id"] = json!("koeln-integrationsrat\n")
            }),
        ),
        (
            "ags",
            with(koeln.clone(), |v| {
                v["jurisdiction"]["ags"] = json!("05315000\n")
            }),
        ),
        (
            "date",
            with(koeln.clone(), |v| {
                v["term"]["length"]["council_elected_on"] = json!("2025-09-14\n")
            }),
        ),
    ] {
        assert!(
            !validator.is_valid(&doc),
            "the schema accepts a newline in the {what}"
        );
        assert!(
            migrant_representation::RepresentationBody::from_json_value(doc).is_err(),
            "the crate accepts a newline in the {what}"
        );
    }
}

/// Every property and every enumerated value of every German schema has a
/// title, for form tools, and the titles are words, not constants. The
/// English schemas, the ones for code generators, which take every title
/// for the name of a type, have a title at the root only.
#[test]
fn every_property_and_value_has_a_german_title_and_english_titles_name_only_documents() {
    use migrant_representation::Language;
    fn walk(v: &Value, at: &str, out: &mut Vec<String>, titles: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::Object(props)) = m.get("properties") {
                    for (k, p) in props {
                        match p.get("title").and_then(Value::as_str) {
                            Some(t) => titles.push(t.to_owned()),
                            None => out.push(format!("{at}/properties/{k}")),
                        }
                    }
                }
                if m.get("const").is_some_and(Value::is_string) {
                    match m.get("title").and_then(Value::as_str) {
                        Some(t) => titles.push(t.to_owned()),
                        None => out.push(format!("{at} const {}", m["const"])),
                    }
                }
                for (k, x) in m {
                    walk(x, &format!("{at}/{k}"), out, titles);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(x, &format!("{at}/{i}"), out, titles);
                }
            }
            _ => {}
        }
    }
    for s in schema::schemas_in(Language::De) {
        let (mut missing, mut titles) = (Vec::new(), Vec::new());
        walk(&s.schema, "", &mut missing, &mut titles);
        assert!(missing.is_empty(), "{} (de): {missing:?}", s.name);
        assert!(titles.len() > 20, "{}", s.name);
        for t in &titles {
            crate::findings::assert_clean(t);
            assert!(t.chars().next().is_some_and(char::is_uppercase), "{t}");
        }
    }
    fn count_titles(v: &Value) -> usize {
        match v {
            Value::Object(m) => {
                usize::from(m.get("title").is_some_and(Value::is_string))
                    + m.values().map(count_titles).sum::<usize>()
            }
            Value::Array(a) => a.iter().map(count_titles).sum(),
            _ => 0,
        }
    }
    for s in schema::schemas() {
        assert_eq!(
            count_titles(&s.schema),
            1,
            "{}: titles below the root",
            s.name
        );
    }
    let de = schema::schemas_in(Language::De);
    let en = schema::schemas();
    let body =
        |v: &[schema::NamedSchema]| v[0].schema["properties"]["legal_basis"]["title"].clone();
    assert_eq!(body(&de), "Rechtsgrundlage");
    assert_eq!(body(&en), Value::Null);
    assert_eq!(en[0].schema["title"], "Representation body");
    assert!(
        de[0].schema["description"]
            .as_str()
            .unwrap()
            .starts_with("Ein kommunales Gremium")
    );
    // German descriptions are meant for people: no identifiers.
    fn descriptions(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(d)) = m.get("description") {
                    out.push(d.clone());
                }
                m.values().for_each(|x| descriptions(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| descriptions(x, out)),
            _ => {}
        }
    }
    for s in &de {
        let mut all = Vec::new();
        descriptions(&s.schema, &mut all);
        for d in all {
            assert_eq!(crate::findings::identifier_in(&d), None, "{d}");
        }
    }
    // The English schemas are the golden copies; the German ones differ
    // only in titles and descriptions.
    assert_ne!(de[0].schema, en[0].schema);
}

/// The differences between the crate and any JSON Schema validator that
/// the README and the schemas' descriptions list, each shown on a real
/// body: the crate refuses, the schema (as every validator reads it)
/// accepts. If one of them goes away, this test says so.
#[test]
fn the_documented_differences_are_real() {
    let v = validator("representation_body");
    let lued = load("luedenscheid-integrationsrat.json");
    let cases: Vec<(&str, String)> = vec![
        (
            "a roster membership in a seat group that does not exist",
            with(lued.clone(), |d| {
                d["roster"][0]["seat_group"] = json!("nowhere")
            })
            .to_string(),
        ),
        (
            "a roster membership that ends before it starts",
            with(lued.clone(), |d| {
                d["roster"][0]["start_date"] = json!("2025-11-03");
                d["roster"][0]["end_date"] = json!("2025-11-02");
            })
            .to_string(),
        ),
        (
            "a term that ends before it starts",
            with(load("history/kaufbeuren-integrationsbeirat.json"), |d| {
                d["term"]["length"] = json!({"kind": "fixed_end", "ends_on": "2000-01-01"});
            })
            .to_string(),
        ),
        (
            "a duplicate key",
            lued.to_string().replacen("{", "{\"id\": \"other-id\",", 1),
        ),
        (
            "an integer written as 1e1",
            with(lued.clone(), |d| groups(d)[0]["seats"] = json!(12345))
                .to_string()
                .replace("12345", "1e1"),
        ),
    ];
    for (what, text) in cases {
        let crate_result = Document::from_json_str(&text);
        assert!(crate_result.is_err(), "{what}: the crate accepts it");
        let value: Value = serde_json::from_str(&text).unwrap();
        assert!(
            v.is_valid(&value),
            "{what}: the schema rejects it too: {:?}",
            v.iter_errors(&value)
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
        );
    }
}
