//! No code in the text for people: every finding code and every structural
//! error, in both languages, at every kind of place a document has, said
//! with words only (text, and with the feature `report` HTML and
//! Markdown). The JSON Pointer stays in the data.

use migrant_representation::{
    Error, Finding, FindingCode, Language, RepresentationBody,
    error::{Defects, JsonPointer},
    place,
};
use serde_json::{Value, json};

use crate::common::*;
use crate::findings::identifier_in;

/// The text with the document's own words (in „…“ or “…”) left out: a
/// label or a value the document gave may be anything.
fn without_quotes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut quoted = false;
    for c in s.chars() {
        match c {
            // „ opens in German, “ in English; “ closes in German, ” in English.
            '„' | '“' if !quoted => quoted = true,
            '“' | '”' if quoted => quoted = false,
            _ if !quoted => out.push(c),
            _ => {}
        }
    }
    out
}

/// Fails on a JSON Pointer (a token starting with `/`), a snake_case or
/// dotted identifier, or `pointer` itself in a text for people.
#[track_caller]
fn assert_words(text: &str, pointer: &str, context: &str) {
    let plain = without_quotes(text);
    if !pointer.is_empty() {
        assert!(
            !text.contains(pointer),
            "{context}: the pointer {pointer} in: {text}"
        );
    }
    for token in plain.split(|c: char| c.is_whitespace() || "(),;:".contains(c)) {
        assert!(
            !token.starts_with('/') || token.len() == 1,
            "{context}: a pointer {token:?} in: {text}"
        );
        let t = token.trim_end_matches('.');
        let dotted = t.contains('.')
            && t.split('.').count() > 1
            && t.split('.')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
        assert!(!dotted, "{context}: an identifier {t:?} in: {text}");
    }
    assert_eq!(
        identifier_in(&plain),
        None,
        "{context}: an identifier in: {text}"
    );
}

/// Every place a body, an association, a network or an election result
/// has: the property paths of their schemas (list entries at index 1).
fn places() -> Vec<String> {
    fn walk(
        schema: &Value,
        defs: &Value,
        at: &str,
        depth: usize,
        out: &mut std::collections::BTreeSet<String>,
    ) {
        if depth > 9 {
            return;
        }
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            if let Some(d) = r.strip_prefix("#/$defs/").and_then(|n| defs.get(n)) {
                walk(d, defs, at, depth + 1, out);
            }
        }
        for key in ["oneOf", "anyOf", "allOf"] {
            for s in schema
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                walk(s, defs, at, depth + 1, out);
            }
        }
        if let Some(items) = schema.get("items") {
            let p = format!("{at}/1");
            out.insert(p.clone());
            walk(items, defs, &p, depth + 1, out);
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (k, v) in props {
                let p = format!("{at}/{k}");
                out.insert(p.clone());
                walk(v, defs, &p, depth + 1, out);
            }
        }
    }
    let mut out = std::collections::BTreeSet::new();
    out.insert(String::new());
    for name in [
        "representation_body",
        "association",
        "network",
        "election_result",
    ] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("tests/schemas/{name}.schema.json"));
        let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let defs = schema.get("$defs").cloned().unwrap_or(Value::Null);
        walk(&schema, &defs, "", 0, &mut out);
    }
    out.into_iter().collect()
}

/// Every field of every document has its words: a place says more than
/// the place it is in.
#[test]
fn every_field_of_every_document_has_words() {
    let all = places();
    assert!(all.len() > 150, "{}", all.len());
    for p in &all {
        let Some((parent, last)) = p.rsplit_once('/') else {
            continue;
        };
        if last.parse::<usize>().is_ok() {
            continue;
        }
        for lang in [Language::De, Language::En] {
            let words = place::describe(&JsonPointer::parse(p).unwrap(), None, lang);
            let above = place::describe(&JsonPointer::parse(parent).unwrap(), None, lang);
            assert_ne!(words, above, "{p}: no words for {last:?}");
            assert_words(&words, p, p);
        }
    }
}

/// One finding of `code` at `path`, of each kind: a violation of a
/// statute's rule, of a local rule, a structural one, and a note.
fn findings_of(code: FindingCode, path: &str) -> Vec<Finding> {
    let base = json!({
        "code": code, "path": path, "rule": "nw.integration_council.elected_majority",
        "citation": {"law": "GO NRW", "number": "27", "paragraph": 1},
        "statement": {"de": "„Die Zahl der zu wählenden Mitglieder muss die Zahl der Ratsmitglieder übersteigen.“",
                      "en": "The number of members to be elected must exceed the number of council members."},
        "figures": {"actual": {"seats": 7}, "required": {"more_than": {"seats": 7}},
                    "groups": [{"id": "elected", "label": "direkt gewählte Mitglieder", "seats": 7, "role": "counted"},
                               {"id": "council", "label": "Ratsmitglieder", "seats": 7, "role": "compared"}]}
    });
    let local = with(base.clone(), |v| {
        v["rule"] = json!("local.council_seats");
        v["statement"] = json!({"de": "Der Integrationsrat hat 33 Mitglieder.", "en": "Der Integrationsrat hat 33 Mitglieder."});
    });
    let paraphrase = with(base.clone(), |v| {
        v["severity"] = json!("warning");
        v["statement"] = json!({"de": "Fassung 2025 (sinngemäß): die Mitglieder werden für die Wahlperiode gewählt",
                                "en": "2025 version (paraphrase): the members are elected for the Wahlperiode"});
    });
    let structural = json!({"code": code, "path": path, "rule": "format.text.not_empty"});
    let mut out: Vec<Value> = vec![base.clone(), local, paraphrase, structural];
    for (note, missing) in [
        ("not_checked", Some("chair")),
        ("unverified_rule_broken", None),
        ("effect_applied", None),
    ] {
        out.push(with(base.clone(), |v| {
            v["severity"] = json!("note");
            v["note"] = json!(note);
            if let Some(m) = missing {
                v["missing"] = json!(m);
            }
        }));
    }
    out.into_iter()
        .map(|v| serde_json::from_value(v).unwrap())
        .collect()
}

/// Every finding code at every kind of place, in both languages: the
/// message and the place said in words, never a pointer or an identifier.
#[test]
fn every_finding_at_every_place_is_said_in_words() {
    let koeln = body(&load("koeln-integrationsrat.json"));
    let mut pointers = places();
    pointers.extend(
        [
            "/composition/seat_groups",
            "/composition/seat_groups/0/seats",
            "/terms/1/composition/seat_groups/0/filled",
            "/terms/0/roster/2/seat_group",
            "/local_rights/0/modality",
            "/members/3/kind",
        ]
        .map(String::from),
    );
    let mut checked = 0;
    for code in FindingCode::iter() {
        for p in &pointers {
            for f in findings_of(code, p) {
                for lang in [Language::De, Language::En] {
                    let text = format!(
                        "{}: {}",
                        f.path.describe(Some(&koeln), lang),
                        f.message(lang)
                    );
                    assert_words(&text, p, &format!("{code} at {p}"));
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 10_000, "{checked}");
}

/// The errors of documents that cannot be read, said in words.
fn errors() -> Vec<Error> {
    let mut out = Vec::new();
    for text in [
        "{",
        "[1, 2]",
        "{\"document_type\": 5}",
        "{\"document_type\": \"election_result\"}",
        "{\"document_type\": \"gremium\"}",
        "\u{feff}{}",
        "{\"a\": \"\\ud800\"}",
        "{\"document_type\": \"representation_body\", \"document_type\": \"association\"}",
    ] {
        out.push(migrant_representation::Document::from_json_str(text).unwrap_err());
    }
    let v = load("koeln-integrationsrat.json");
    for change in [
        json!({"seatz": 3}),
        json!({"seats": "drei"}),
        json!({"seats": 0}),
        json!({"filling": "elected_directly"}),
        json!({"voting": 1}),
    ] {
        let doc = with(v.clone(), |v| {
            let g = v["composition"]["seat_groups"][1].as_object_mut().unwrap();
            for (k, x) in change.as_object().unwrap() {
                g.insert(k.clone(), x.clone());
            }
        });
        if let Err(e) = RepresentationBody::from_json_str(&doc.to_string()) {
            out.push(e);
        }
    }
    let missing = with(v.clone(), |v| {
        v["composition"]["seat_groups"][0]
            .as_object_mut()
            .unwrap()
            .remove("seats");
    });
    out.push(RepresentationBody::from_json_str(&missing.to_string()).unwrap_err());
    // Every structural code at every place.
    for code in FindingCode::iter().filter(|c| c.is_structural()) {
        let list = places()
            .iter()
            .flat_map(|p| findings_of(code, p).into_iter().nth(3))
            .collect();
        out.push(Error::Invalid(Defects::new(list).unwrap()));
    }
    out
}

#[test]
fn every_structural_error_is_said_in_words() {
    for e in errors() {
        for lang in [Language::De, Language::En] {
            let text = e.message(lang);
            assert!(!text.is_empty());
            assert_words(&text, "", &format!("{e:?}"));
        }
    }
}

/// The pages: every finding code as a violation of Köln's report, every
/// structural error as an error page, in both languages, HTML and
/// Markdown, with the chart and the tags left out.
#[cfg(feature = "report")]
#[test]
fn the_pages_have_no_code_in_their_text() {
    use migrant_representation::render::{ErrorPage, NetworkPage, Page};
    /// The text a reader sees in an HTML page.
    fn visible(html: &str) -> String {
        let html = html
            .split("<style>")
            .map(|p| p.split_once("</style>").map_or(p, |(_, rest)| rest))
            .collect::<String>();
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    out.push(' ');
                }
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
    }
    let v = load("koeln-integrationsrat.json");
    let koeln = body(&v);
    let mut report = koeln.check(date("2026-01-15")).unwrap();
    for code in FindingCode::iter() {
        for p in [
            "/composition/seat_groups/1",
            "/terms/0/roster/2",
            "/local_rules/0",
            "",
        ] {
            report.violations.extend(findings_of(code, p));
        }
    }
    for lang in [Language::De, Language::En] {
        let page = Page::new(&koeln, &report, lang);
        assert_words(&visible(&page.html()), "/composition", "HTML");
        assert_words(&page.markdown(), "/composition", "Markdown");
        for e in errors() {
            let page = ErrorPage::new("Eingang vom Montag", &e, lang).document(&v);
            assert_words(&visible(&page.html()), "", "HTML error page");
            assert_words(&page.markdown(), "", "Markdown error page");
        }
        for file in [
            "networks/initiative-stage.json",
            "networks/netzwerk-stage.json",
            "networks/verbund-stage.json",
            "invalid/network-claims-verbund.json",
        ] {
            let text = std::fs::read_to_string(data_dir().join(file)).unwrap();
            let Ok(migrant_representation::Document::Network(n)) =
                migrant_representation::Document::from_json_str(&text)
            else {
                panic!("{file} is a network")
            };
            let page = NetworkPage::new(&n, lang);
            assert_words(&visible(&page.html()), "/evidence", file);
            let md = page.markdown();
            assert_words(&md, "/evidence", file);
            // A table ends before the next paragraph: a blank line follows
            // its last row.
            let lines: Vec<&str> = md.lines().collect();
            for w in lines.windows(2) {
                assert!(
                    !(w[0].starts_with('|') && !w[1].is_empty() && !w[1].starts_with('|')),
                    "{file}: a paragraph runs into a table: {w:?}"
                );
            }
        }
    }
}

/// A statement that says itself it is a paraphrase is not marked twice;
/// only the statute's wording is quoted.
#[test]
fn paraphrases_are_marked_once_and_only_wording_is_quoted() {
    let all = findings_of(FindingCode::MajorityRequired, "/composition/seat_groups");
    let (wording, paraphrase) = (&all[0], &all[2]);
    let de = paraphrase.message(Language::De);
    assert_eq!(de.matches("sinngemäß").count(), 1, "{de}");
    assert!(
        de.contains(" Regel: Fassung 2025 (sinngemäß): die Mitglieder"),
        "{de}"
    );
    assert!(!de.contains('„') || !de.contains("„Fassung"), "{de}");
    let en = paraphrase.message(Language::En);
    assert_eq!(en.matches("paraphrase").count(), 1, "{en}");
    let de = wording.message(Language::De);
    assert!(
        de.contains(" Regel: „Die Zahl der zu wählenden Mitglieder"),
        "{de}"
    );
}
