//! Helpers shared by the test modules.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use migrant_representation::{Document, Error, Report, RepresentationBody};
use serde_json::Value;

pub(crate) fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data")
}

#[track_caller]
pub(crate) fn date(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

/// A bundled document as a JSON value.
#[track_caller]
pub(crate) fn load(name: &str) -> Value {
    let path = data_dir().join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("bundled JSON")
}

/// A copy of `v` changed by `f`.
pub(crate) fn with(mut v: Value, f: impl FnOnce(&mut Value)) -> Value {
    f(&mut v);
    v
}

#[track_caller]
pub(crate) fn body(v: &Value) -> RepresentationBody {
    match RepresentationBody::from_json_value(v.clone()) {
        Ok(b) => b,
        Err(e) => panic!("not a valid body: {e}"),
    }
}

#[track_caller]
pub(crate) fn report(v: &Value, on: &str) -> Report {
    body(v)
        .check(date(on))
        .unwrap_or_else(|e| panic!("cannot check: {e}"))
}

/// `(code, path, rule)` of every violation.
pub(crate) fn violations(r: &Report) -> Vec<(String, String, String)> {
    r.violations
        .iter()
        .map(|v| {
            (
                v.code.as_str().to_owned(),
                v.path.as_str().to_owned(),
                v.rule.to_string(),
            )
        })
        .collect()
}

/// `(code, path)` of every structural violation of a document.
#[track_caller]
pub(crate) fn structural(v: &Value) -> Vec<(String, String)> {
    match Document::from_json_str(&v.to_string()) {
        Err(Error::Invalid(vs)) => vs
            .iter()
            .map(|x| (x.code.as_str().to_owned(), x.path.as_str().to_owned()))
            .collect(),
        Err(e) => panic!("expected structural violations, got {e}"),
        Ok(_) => panic!("expected structural violations, the document is valid"),
    }
}

/// The seat-group array of a body document.
pub(crate) fn groups(v: &mut Value) -> &mut Vec<Value> {
    v["composition"]["seat_groups"]
        .as_array_mut()
        .expect("seat_groups")
}

/// The number of proptest cases: `PROPTEST_CASES` if set, else `default`.
pub(crate) fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// A bundled body document as it stood on 15 Jan 2026, the tests' usual
/// day: a list of terms replaced by the term in office that day, written
/// as the one `term`. For tests that change the term of a body the bundled
/// document records over several terms.
#[track_caller]
pub(crate) fn load_current(name: &str) -> Value {
    load_at(name, "2026-01-15")
}

/// A bundled document with only the term in office on `on` left, written
/// as its `term` (the document as it stood then).
pub(crate) fn load_at(name: &str, on: &str) -> Value {
    let mut v = load(name);
    let Some(index) = body(&v).office(date(on)).map(|o| o.period.term) else {
        return v;
    };
    if let Some(Value::Array(mut terms)) = v.as_object_mut().and_then(|o| o.remove("terms")) {
        v["term"] = terms.swap_remove(index);
    }
    v
}

/// A copy of a body document without its term or terms: for tests of the
/// law on days on which the document's terms are not in office (a body
/// without a recorded term is judged on any day).
pub(crate) fn without_terms(mut v: Value) -> Value {
    if let Some(o) = v.as_object_mut() {
        o.remove("term");
        o.remove("terms");
    }
    v
}

/// The rules a report finds broken: its violations and warnings, and the
/// unverified rules it notes as not met, in that order.
pub(crate) fn broken_rules(r: &Report) -> Vec<String> {
    r.violations
        .iter()
        .chain(&r.warnings)
        .chain(r.notes.iter().filter(|n| {
            n.note == Some(migrant_representation::check::NoteKind::UnverifiedRuleBroken)
        }))
        .map(|f| f.rule.to_string())
        .collect()
}

/// Whether `rule` is found broken (a violation or warning if verified, a
/// note if unverified).
pub(crate) fn is_broken(r: &Report, rule: &str) -> bool {
    broken_rules(r).iter().any(|b| b == rule)
}
