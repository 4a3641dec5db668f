//! Findings: severity, figures as data, the fix, and messages in German and
//! English from one template per code.

use std::collections::BTreeSet;

use migrant_representation::{
    Document, Error, Finding, FindingCode, Language, Report, RepresentationBody, Severity,
    body::ChartOptions,
    check::{Missing, NoteKind, Quantity, Requirement, SeatChange},
};
use serde_json::{Value, json};

use crate::common::*;

/// The first identifier-like token (`[a-z]+_[a-z_]+`) in `s`.
pub(crate) fn identifier_in(s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    (1..chars.len().saturating_sub(1))
        .find(|&i| {
            chars[i] == '_'
                && chars[i - 1].is_ascii_lowercase()
                && (chars[i + 1].is_ascii_lowercase() || chars[i + 1] == '_')
        })
        .map(|i| {
            let start = chars[..i]
                .iter()
                .rposition(|c| !c.is_ascii_lowercase())
                .map_or(0, |p| p + 1);
            let end = chars[i..]
                .iter()
                .position(|c| !(c.is_ascii_lowercase() || *c == '_'))
                .map_or(chars.len(), |p| i + p);
            chars[start..end].iter().collect()
        })
}

/// Asserts that a message for people is clean: not empty, no identifier,
/// no unfilled placeholder.
#[track_caller]
pub(crate) fn assert_clean(message: &str) {
    assert!(!message.trim().is_empty(), "empty message");
    assert_eq!(identifier_in(message), None, "identifier in: {message}");
    assert!(
        !message.contains('{') && !message.contains('}'),
        "placeholder in: {message}"
    );
}

#[test]
fn the_identifier_check_can_fail() {
    assert_eq!(
        identifier_in("5 directly_elected seats").as_deref(),
        Some("directly_elected")
    );
    assert_eq!(identifier_in("Direkt gewählte Mitglieder (5)"), None);
    assert_eq!(identifier_in("a_"), None);
}

fn quantities() -> Vec<Value> {
    vec![
        json!({"seats": 1}),
        json!({"seats": 6}),
        json!({"share": {"part": 5, "whole": 18}}),
        json!({"ratio": {"part": 2, "whole": 3}}),
        json!({"members": 3}),
        json!({"member_share": {"part": 2, "whole": 10}}),
        json!({"years": 5}),
        json!({"meetings_per_year": 4}),
        json!({"characters": 300}),
        json!({"findings": 9001}),
        json!({"version": 1}),
        json!({"date": "2020-10-31"}),
    ]
}

fn requirements() -> Vec<Value> {
    let mut out = Vec::new();
    for q in quantities() {
        for kind in ["at_least", "at_most", "exactly", "more_than"] {
            out.push(json!({ kind: q.clone() }));
        }
        out.push(json!({"between": {"min": q.clone(), "max": q}}));
    }
    out
}

/// A finding of `code` with every part filled, read from JSON as a user's
/// application would.
fn finding(code: FindingCode, extra: Value) -> Finding {
    let mut v = json!({
        "severity": "violation",
        "code": code,
        "path": "/composition/seat_groups",
        "rule": "xx.test.rule",
        "statement": {
            "de": "Die Zahl der gewählten Mitglieder muss die der Ratsmitglieder übersteigen.",
            "en": "The elected members must outnumber the council members."
        },
        "figures": {
            "actual": {"seats": 5},
            "required": {"more_than": {"seats": 6}},
            "groups": [
                {"id": "direkt_gewaehlt", "label": "Direkt gewählte Mitglieder", "seats": 5, "role": "counted"},
                {"id": "rat", "label": "Ratsmitglieder", "seats": 6, "role": "compared"},
                {"id": "verwaltung", "label": "Verwaltung", "seats": 1, "role": "concerned"}
            ]
        },
        "fix": {"options": [
            {"changes": [{"action": "add_seats", "group": {"id": "direkt_gewaehlt", "label": "Direkt gewählte Mitglieder"}, "seats": 2}]},
            {"changes": [
                {"action": "remove_seats", "group": {"id": "rat", "label": "Ratsmitglieder"}, "seats": 1},
                {"action": "new_group", "filling": "delegated_by_organisation", "voting": "advisory", "seats": 3}
            ]}
        ]}
    });
    if let (Some(m), Some(e)) = (v.as_object_mut(), extra.as_object()) {
        for (k, x) in e {
            m.insert(k.clone(), x.clone());
        }
    }
    serde_json::from_value(v).expect("a finding")
}

#[test]
fn every_code_has_a_template_in_both_languages_without_identifiers_or_placeholders() {
    let mut headlines = BTreeSet::new();
    for code in FindingCode::iter() {
        let bare = finding(code, json!({"statement": null, "figures": {}, "fix": null}));
        let de = bare.message(Language::De);
        let en = bare.message(Language::En);
        assert_clean(&de);
        assert_clean(&en);
        assert_ne!(de, en, "{code}");
        // One template per code: no two codes share a German sentence.
        assert!(headlines.insert(de.clone()), "{code} repeats: {de}");
        for lang in [Language::De, Language::En] {
            let full = finding(code, json!({})).message(lang);
            assert_clean(&full);
            assert!(full.contains(&bare.message(lang)), "{code}: {full}");
            for kind in ["not_checked", "unverified_rule_broken"] {
                for missing in Missing::iter() {
                    let note = finding(
                        code,
                        json!({"severity": "note", "note": kind, "missing": missing}),
                    );
                    assert_clean(&note.message(lang));
                }
            }
        }
    }
    // The note says what is missing, in the reader's language.
    let note = finding(
        FindingCode::TooFewMeetings,
        json!({"severity": "note", "note": "not_checked", "missing": "meetings_per_year", "figures": {}, "fix": null}),
    );
    assert!(
        note.message(Language::De)
            .starts_with("Nicht geprüft. Das Dokument sagt nicht, wie oft das Gremium tagt."),
        "{}",
        note.message(Language::De)
    );
}

#[test]
fn every_quantity_and_requirement_renders_in_both_languages() {
    for actual in quantities() {
        for required in requirements() {
            let f = finding(
                FindingCode::SeatCountOutOfRange,
                json!({"figures": {"actual": actual, "required": required}}),
            );
            for lang in [Language::De, Language::En] {
                assert_clean(&f.message(lang));
            }
        }
    }
    let f = finding(
        FindingCode::MajorityRequired,
        json!({"figures": {"actual": {"seats": 1}, "required": {"between": {"min": {"seats": 3}, "max": {"seats": 37}}}}}),
    );
    assert!(
        f.message(Language::De)
            .contains("Festgestellt: 1 Sitz; erforderlich: 3 bis 37 Sitze. Abhilfe: 2 Sitze mehr für „Direkt gewählte Mitglieder“ oder 1 Sitz weniger für „Ratsmitglieder“ und eine neue Gruppe mit 3 Sitzen (entsandte Mitglieder, beratend)."),
        "{}",
        f.message(Language::De)
    );
    assert!(
        f.message(Language::En)
            .contains("Found: 1 seat; required: 3 to 37 seats. To fix: 2 seats more for “Direkt gewählte Mitglieder”, or 1 seat fewer for “Ratsmitglieder” and a new group of 3 seats (delegated members, advisory)."),
        "{}",
        f.message(Language::En)
    );
}

/// Every finding of every bundled document, valid or not, on a date, and
/// of the documents read together.
fn bundled_findings() -> Vec<Finding> {
    let on = date("2026-01-15");
    let mut out = Vec::new();
    let mut files: Vec<_> = ["", "invalid", "networks"]
        .iter()
        .flat_map(|d| std::fs::read_dir(data_dir().join(d)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    for p in files {
        match Document::from_json_str(&std::fs::read_to_string(&p).unwrap()) {
            Err(Error::Invalid(vs)) => out.extend(vs.into_vec()),
            Err(_) => {}
            Ok(doc) => {
                out.extend(doc.violations(on).unwrap_or_default());
                if let Ok(Some(r)) = doc.check(on) {
                    out.extend(r.warnings);
                    out.extend(r.notes);
                }
            }
        }
    }
    out
}

#[test]
fn the_findings_of_the_bundled_documents_read_cleanly_in_both_languages() {
    let all = bundled_findings();
    let codes: BTreeSet<_> = all.iter().map(|f| f.code).collect();
    assert!(codes.len() >= 8, "{codes:?}");
    for f in &all {
        for lang in [Language::De, Language::En] {
            assert_clean(&f.message(lang));
        }
    }
}

/// The NRW parity document on a day of the 2013 version of § 27 GO NRW,
/// whose elected-majority rule is recorded unverified: its finding is a
/// note that carries everything a violation would.
fn parity() -> (RepresentationBody, Report) {
    let b = body(&without_terms(load(
        "invalid/nrw-integrationsrat-parity.json",
    )));
    let r = b.check(date("2024-01-15")).unwrap();
    (b, r)
}

/// The parity report's finding on the elected majority.
fn majority(r: &Report) -> &migrant_representation::Finding {
    r.notes
        .iter()
        .find(|n| n.rule == "nw.integration_council.elected_majority")
        .expect("a finding on the majority")
}

#[test]
fn a_majority_finding_carries_its_figures_groups_citation_and_fix() {
    let (b, r) = parity();
    let f = majority(&r);
    assert_eq!(f.severity, Severity::Note);
    assert_eq!(f.note, Some(NoteKind::UnverifiedRuleBroken));
    assert_eq!(
        f.citation_text().as_deref(),
        Some("§ 27 Abs. 1 S. 5 GO NRW")
    );
    assert_eq!(f.figures.actual, Some(Quantity::Seats(7)));
    assert_eq!(
        f.figures.required,
        Some(Requirement::MoreThan(Quantity::Seats(7)))
    );
    let labels: Vec<&str> = f.figures.groups.iter().map(|g| g.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "direkt gewählte Mitglieder",
            "vom Rat bestellte Ratsmitglieder"
        ]
    );
    let fix = f.fix.as_ref().unwrap();
    assert_eq!(
        fix.describe(Language::De),
        "1 Sitz mehr für „direkt gewählte Mitglieder“ oder 1 Sitz weniger für „vom Rat bestellte Ratsmitglieder“"
    );
    assert_eq!(
        fix.describe(Language::En),
        "1 seat more for “direkt gewählte Mitglieder”, or 1 seat fewer for “vom Rat bestellte Ratsmitglieder”"
    );
    let de = f.message(Language::De);
    assert!(
        de.starts_with("Eine nicht bestätigte Regel ist nicht erfüllt: Die erforderliche Mehrheit ist nicht gegeben. Regel: „Die Zahl der nach Absatz 2 Satz 1"),
        "{de}"
    );
    for option in &fix.options {
        let fixed = b.with_changes(&option.changes).unwrap();
        let after = fixed.check(date("2024-01-15")).unwrap();
        assert!(!is_broken(&after, &f.rule), "{option:?}: {:?}", after.notes);
    }
    // The chart highlights the groups the finding concerns.
    let options = ChartOptions::new(Language::De)
        .highlight_findings(std::slice::from_ref(f), b.composition());
    assert_eq!(options.highlight.len(), 2);
}

#[test]
fn a_report_serialises_both_languages_the_citation_text_and_its_version_and_reads_back() {
    let (_, r) = parity();
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["schema_version"], 2);
    let v = &json["notes"][0];
    assert_eq!(v["severity"], "note");
    assert_eq!(v["note"], "unverified_rule_broken");
    assert_eq!(v["citation_text"], "§ 27 Abs. 1 S. 5 GO NRW");
    assert_eq!(v["figures"]["actual"]["seats"], 7);
    assert_eq!(v["fix"]["options"][0]["changes"][0]["action"], "add_seats");
    assert!(
        v["message"]["de"].as_str().unwrap().starts_with(
            "Eine nicht bestätigte Regel ist nicht erfüllt: Die erforderliche Mehrheit"
        )
    );
    assert!(
        v["message"]["en"]
            .as_str()
            .unwrap()
            .starts_with("An unverified rule is not met: The required majority")
    );
    let n = &json["notes"][1];
    assert_eq!(n["severity"], "note");
    assert_eq!(n["note"], "not_checked");
    let back: Report = serde_json::from_value(json).unwrap();
    assert_eq!(back, r);
    // The rendered parts are ignored when read back.
    let mut changed = serde_json::to_value(&r).unwrap();
    changed["notes"][0]["message"]["de"] = json!("anders");
    assert_eq!(serde_json::from_value::<Report>(changed).unwrap(), r);
}

#[test]
fn notes_are_findings_of_severity_note_that_say_what_is_missing() {
    let (_, r) = parity();
    let not_checked: Vec<_> = r
        .notes
        .iter()
        .filter(|n| n.note == Some(NoteKind::NotChecked))
        .collect();
    assert!(!not_checked.is_empty());
    for n in not_checked {
        assert_eq!(n.severity, Severity::Note);
        assert_eq!(n.note, Some(NoteKind::NotChecked));
        assert!(n.missing.is_some());
        assert!(n.message(Language::De).starts_with("Nicht geprüft."));
        assert!(n.message(Language::En).starts_with("Not checked."));
    }
}

#[test]
fn display_is_german_and_the_alternate_form_adds_code_and_rule() {
    let (_, r) = parity();
    let f = majority(&r);
    let plain = f.to_string();
    assert!(
        plain.starts_with("/composition/seat_groups: Eine nicht bestätigte Regel ist nicht erfüllt: Die erforderliche Mehrheit"),
        "{plain}"
    );
    assert!(plain.ends_with("(§ 27 Abs. 1 S. 5 GO NRW)"), "{plain}");
    let alt = format!("{f:#}");
    assert!(
        alt.ends_with("[majority_required; nw.integration_council.elected_majority]"),
        "{alt}"
    );
}

#[test]
fn structural_findings_carry_their_figures() {
    let v = with(load_current("koeln-integrationsrat.json"), |v| {
        v["composition"]["seat_groups"][0]["filled"] = json!(40);
    });
    let err = RepresentationBody::from_json_value(v).unwrap_err();
    let f = &err.defects()[0];
    assert_eq!(f.code, FindingCode::FilledSeatsExceedSeats);
    assert_eq!(f.figures.actual, Some(Quantity::Seats(40)));
    assert_eq!(
        f.figures.required,
        Some(Requirement::AtMost(Quantity::Seats(22)))
    );
    assert_eq!(
        f.message(Language::De),
        "Es sind mehr Sitze besetzt, als die Gruppe hat. Festgestellt: 40 Sitze; erforderlich: höchstens 22 Sitze."
    );
}

#[test]
fn changes_that_name_an_unknown_group_are_refused() {
    let (b, _) = parity();
    let change: SeatChange = serde_json::from_value(json!({
        "action": "add_seats", "group": {"id": "nope", "label": "Nichts"}, "seats": 1
    }))
    .unwrap();
    let err = b.with_changes(&[change]).unwrap_err();
    assert_eq!(err.as_slice()[0].code, FindingCode::UnknownSeatGroup);
}

#[test]
fn a_date_without_law_is_explained_in_both_languages() {
    let b = body(&load_current("koeln-integrationsrat.json"));
    let e = b.check(date("2001-01-01")).unwrap_err();
    assert_eq!(
        e.message(Language::De),
        "Das erfasste Recht für Gremien der Art „Integrationsrat“ (Ebene: Gemeinde) in Nordrhein-Westfalen gilt erst ab dem 01.07.2009; der 01.01.2001 liegt davor."
    );
    assert_eq!(
        e.message(Language::En),
        "The recorded law for bodies of the type “Integrationsrat” (level: municipality) in Nordrhein-Westfalen covers only days from 2009-07-01; 2001-01-01 lies before."
    );
    // The Display form is the English message: no identifier, no article
    // that does not fit.
    assert_eq!(e.to_string(), e.message(Language::En));
    assert_eq!(crate::findings::identifier_in(&e.to_string()), None);
}
