//! The mutation agreement test: every bundled document, mutated once at
//! every place it can be (a required key deleted, an unknown key added, an
//! enum value replaced, seats made zero or negative, a date made
//! impossible, the AGS made foreign, an id upper-cased, a text made too
//! long), is judged alike by the crate and by the `jsonschema` crate,
//! except where the crate checks a documented cross-field rule.
//!
//! With `MIGREP_MUTANTS_OUT=FILE`, the test also writes every mutant with
//! the crate's verdict as JSON lines, and `.ci/run` puts the same mutants
//! through Ajv (strict mode) and Python `jsonschema`.

use std::io::Write;

use migrant_representation::{Document, ElectionResult, Error};
use serde_json::{Value, json};

use crate::common::*;

/// One single mutation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mutation {
    DeleteKey,
    UnknownKey,
    WrongEnum,
    ZeroNumber,
    NegativeNumber,
    BadDate,
    ForeignAgs,
    UppercaseId,
    LongString,
}

const MUTATIONS: [Mutation; 9] = [
    Mutation::DeleteKey,
    Mutation::UnknownKey,
    Mutation::WrongEnum,
    Mutation::ZeroNumber,
    Mutation::NegativeNumber,
    Mutation::BadDate,
    Mutation::ForeignAgs,
    Mutation::UppercaseId,
    Mutation::LongString,
];

fn is_date(s: &str) -> bool {
    s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-'
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// The mutation at `node` (whose key in its parent is `key`), or `None`
/// where it does not apply.
fn mutate(node: &Value, key: Option<&str>, m: Mutation) -> Option<Option<Value>> {
    let s = node.as_str();
    Some(match m {
        // Deleting: the node goes (only object members).
        Mutation::DeleteKey => {
            key?;
            None
        }
        Mutation::UnknownKey => {
            let mut o = node.as_object()?.clone();
            o.insert("unknown_key".into(), json!(1));
            Some(Value::Object(o))
        }
        Mutation::WrongEnum => {
            let s = s?;
            (is_id(s) && s.contains('_') || key == Some("land") || key == Some("document_type"))
                .then(|| json!("not_a_value"))?
                .into()
        }
        Mutation::ZeroNumber => node.as_u64().map(|_| json!(0))?.into(),
        Mutation::NegativeNumber => node.as_u64().map(|_| json!(-1))?.into(),
        Mutation::BadDate => s
            .filter(|s| is_date(s))
            .map(|_| json!("2025-02-30"))?
            .into(),
        Mutation::ForeignAgs => (key == Some("ags")).then(|| json!("17000000"))?.into(),
        Mutation::UppercaseId => s
            .filter(|s| is_id(s))
            .map(|s| json!(s.to_uppercase()))?
            .into(),
        Mutation::LongString => s.map(|_| json!("x".repeat(10_001)))?.into(),
    })
}

/// Every single mutant of `doc`: the mutated document and where.
fn mutants(doc: &Value) -> Vec<(String, Mutation, Value)> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), None::<String>)];
    while let Some((pointer, key)) = stack.pop() {
        let node = doc.pointer(&pointer).expect("node").clone();
        match &node {
            Value::Object(o) => stack.extend(o.keys().map(|k| {
                (
                    format!("{pointer}/{}", k.replace('~', "~0").replace('/', "~1")),
                    Some(k.clone()),
                )
            })),
            Value::Array(a) => stack.extend((0..a.len()).map(|i| (format!("{pointer}/{i}"), None))),
            _ => {}
        }
        for m in MUTATIONS {
            let Some(replacement) = mutate(&node, key.as_deref(), m) else {
                continue;
            };
            let mut copy = doc.clone();
            match replacement {
                Some(v) => *copy.pointer_mut(&pointer).expect("node") = v,
                None => {
                    let (parent, _) = pointer.rsplit_once('/').expect("a member");
                    let k = key.as_deref().expect("a key");
                    copy.pointer_mut(parent)
                        .and_then(Value::as_object_mut)
                        .expect("an object")
                        .remove(k);
                }
            }
            out.push((pointer.clone(), m, copy));
        }
    }
    out
}

/// The first, a middle and the last character of every range of
/// invisible characters, with its class.
fn invisible_samples() -> Vec<(char, migrant_representation::limits::InvisibleClass)> {
    migrant_representation::limits::INVISIBLE
        .iter()
        .flat_map(|&(a, b, class)| {
            let mid = char::from_u32((u32::from(a) + u32::from(b)) / 2).expect("a character");
            [(a, class), (mid, class), (b, class)]
        })
        .collect()
}

/// The crate's verdict: `accept`, `reject` (under a rule a schema states)
/// or `cross_field` (only under documented cross-field rules, which a
/// schema validator may accept).
fn crate_verdict(doc: &Value) -> &'static str {
    let text = doc.to_string();
    let read = if doc["document_type"] == "election_result" {
        ElectionResult::from_json_str(&text).map(|_| ())
    } else {
        Document::from_json_str(&text).map(|_| ())
    };
    match read {
        Ok(()) => "accept",
        Err(Error::Invalid(vs))
            if vs
                .iter()
                .all(|v| crate::schemas::CROSS_FIELD.contains(&v.code.as_str())) =>
        {
            "cross_field"
        }
        Err(_) => "reject",
    }
}

/// Every class of invisible character, at a name and at a person: a text
/// made only of it is blank, a text with it inside is a text, for the crate
/// and the schema alike; written out with the other mutants.
fn invisible_mutants(
    mut out: Option<&mut std::io::BufWriter<std::fs::File>>,
    counts: &mut std::collections::BTreeMap<(String, &'static str), usize>,
) {
    let luedenscheid: Value = serde_json::from_str(
        &std::fs::read_to_string(data_dir().join("luedenscheid-integrationsrat.json")).unwrap(),
    )
    .unwrap();
    let validator = crate::schemas::validator("representation_body");
    for (c, class) in invisible_samples() {
        let u = u32::from(c);
        for (pointer, text, want) in [
            ("/official_name", format!("{c}{c}"), "reject"),
            (
                "/official_name",
                format!("Integrationsrat{c}Lüdenscheid"),
                "accept",
            ),
            ("/roster/0/person", c.to_string(), "reject"),
            ("/roster/0/person", format!("{c}p1{c}"), "accept"),
        ] {
            let mut mutant = luedenscheid.clone();
            *mutant.pointer_mut(pointer).expect("node") = json!(text);
            // A blank text is `empty_text`, which the crate also finds where
            // a schema cannot look; here the schema's pattern must find it.
            let verdict = match crate_verdict(&mutant) {
                "cross_field" => "reject",
                v => v,
            };
            let schema_ok = validator.is_valid(&mutant);
            assert_eq!(verdict, want, "{class:?} U+{u:04X} at {pointer}");
            assert_eq!(
                schema_ok,
                want == "accept",
                "{class:?} U+{u:04X} at {pointer}"
            );
            *counts
                .entry((format!("Invisible{class:?}"), verdict))
                .or_insert(0usize) += 1;
            if let Some(w) = out.as_mut() {
                let line = json!({"schema": "representation_body", "verdict": verdict,
                    "what": format!("luedenscheid {pointer} {class:?} U+{u:04X}"), "doc": mutant});
                writeln!(w, "{line}").unwrap();
            }
        }
    }
}

#[test]
fn the_crate_and_the_schemas_agree_on_every_single_mutation() {
    let mut out = std::env::var_os("MIGREP_MUTANTS_OUT")
        .map(|p| std::io::BufWriter::new(std::fs::File::create(p).expect("mutants file")));
    let mut dirs = vec![
        data_dir(),
        data_dir().join("networks"),
        data_dir().join("history"),
        data_dir().join("elections"),
    ];
    let mut counts = std::collections::BTreeMap::new();
    let mut disagreements = Vec::new();
    let mut files = 0;
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_none_or(|x| x != "json") {
                continue;
            }
            let doc: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            assert_eq!(crate_verdict(&doc), "accept", "{}", p.display());
            files += 1;
            let name = crate::schemas::schema_name(&doc);
            let validator = crate::schemas::validator(name);
            for (pointer, m, mutant) in mutants(&doc) {
                let verdict = crate_verdict(&mutant);
                let schema_ok = validator.is_valid(&mutant);
                *counts.entry((format!("{m:?}"), verdict)).or_insert(0usize) += 1;
                let agree = match verdict {
                    "accept" => schema_ok,
                    "reject" => !schema_ok,
                    _ => true,
                };
                if !agree {
                    disagreements.push(format!(
                        "{} {pointer} {m:?}: crate {verdict}, schema {}",
                        p.file_name().unwrap().to_string_lossy(),
                        if schema_ok { "accepts" } else { "rejects" }
                    ));
                }
                if let Some(w) = out.as_mut() {
                    let line = json!({"schema": name, "verdict": verdict,
                        "what": format!("{} {pointer} {m:?}", p.display()), "doc": mutant});
                    writeln!(w, "{line}").unwrap();
                }
            }
        }
    }
    assert!(files >= 30, "{files}");
    invisible_mutants(out.as_mut(), &mut counts);
    assert!(
        disagreements.is_empty(),
        "{} disagreements:\n{}",
        disagreements.len(),
        disagreements[..disagreements.len().min(40)].join("\n")
    );
    // Every kind of mutation was made, and most of them are refused.
    for m in MUTATIONS {
        let n: usize = counts
            .iter()
            .filter(|((k, _), _)| *k == format!("{m:?}"))
            .map(|(_, n)| n)
            .sum();
        assert!(n > 0, "{m:?} never applied: {counts:?}");
    }
    let rejected: usize = counts
        .iter()
        .filter(|((_, v), _)| *v != "accept")
        .map(|(_, n)| n)
        .sum();
    let total: usize = counts.values().sum();
    assert!(rejected * 2 > total, "{rejected} of {total}: {counts:?}");
}
