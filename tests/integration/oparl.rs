//! OParl export and import (feature `oparl`): exports validate against the
//! OParl 1.1.1 schemas, the spec's examples and quirky objects import, and
//! export → import round-trips every bundled body.

use std::path::PathBuf;

use migrant_representation::oparl::{
    ExportOptions, ImportNoteKind, ImportOptions, ImportReason, OParlVersion, export, import,
    import_body, import_with,
};
use migrant_representation::{BodyType, Document, RepresentationBody};
use serde_json::{Value, json};

use crate::common::*;

fn oparl_file(rel: &str) -> Value {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/oparl")
        .join(rel);
    serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap()
}

/// A validator for an OParl schema, with its custom keywords ignored and
/// `format: "url"` checked.
fn validator(rel: &str) -> jsonschema::Validator {
    let schema = oparl_file(rel);
    jsonschema::options()
        .should_validate_formats(true)
        .with_format("url", |s: &str| {
            s.starts_with("https://") || s.starts_with("http://")
        })
        .build(&schema)
        .unwrap()
}

fn bodies() -> Vec<(String, RepresentationBody)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(data_dir()).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "json") {
            if let Ok(Document::RepresentationBody(b)) =
                Document::from_json_str(&std::fs::read_to_string(&p).unwrap())
            {
                out.push((p.display().to_string(), b));
            }
        }
    }
    assert!(out.len() > 10);
    out
}

fn options() -> ExportOptions {
    let mut o = ExportOptions::new("https://ris.example.org/oparl/");
    o.body_url = Some("https://ris.example.org/oparl/body/1".into());
    o
}

#[test]
fn exports_validate_against_the_oparl_1_1_1_schemas() {
    let org = validator("v1.1.1/Organization.json");
    let membership = validator("v1.1.1/Membership.json");
    let term = validator("v1.1.1/LegislativeTerm.json");
    let mut with_memberships = 0;
    let mut with_terms = 0;
    for (name, b) in bodies() {
        let out = export(&b, &options());
        let errors: Vec<String> = org
            .iter_errors(&out.organization)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        for m in &out.memberships {
            assert!(membership.is_valid(m), "{name}: {m}");
            assert!(
                m["votingRight"].is_boolean(),
                "{name}: votingRight is explicit"
            );
            with_memberships += 1;
        }
        for t in &out.legislative_terms {
            assert!(term.is_valid(t), "{name}: {t}");
            with_terms += 1;
        }
        assert!(
            out.organization.get("memberCount").is_none(),
            "counts only when asked"
        );
    }
    assert!(with_memberships >= 10 && with_terms >= 3);
    // The validator is not blind: a broken object fails.
    assert!(!org.is_valid(
        &json!({"id": "not a url", "type": "https://schema.oparl.org/1.1/Organization"})
    ));
}

#[test]
fn counts_go_to_the_post_1_1_1_fields_when_asked() {
    let b = body(&load("history/kaufbeuren-integrationsbeirat.json"));
    let mut o = options();
    o.include_counts = true;
    let out = export(&b, &o);
    // The seats of the latest term: the 28 members of the Beirat für
    // Vielfalt und Offene Gesellschaft.
    assert_eq!(out.organization["memberCount"], 28);
    assert_eq!(out.organization["votingMemberCount"], 28);
    assert!(validator("master/Organization.json").is_valid(&out.organization));
}

/// A body over several terms: the organization runs from the first term's
/// first day, one LegislativeTerm per term that follows the council's
/// Wahlperiode, and the terms come back whole from the crate's own keys.
#[test]
fn terms_go_to_the_organization_and_its_legislative_terms() {
    let koeln = body(&load("koeln-integrationsrat.json"));
    let out = export(&koeln, &options());
    // The first term's first day in office; the Wahlperioden of the council
    // as LegislativeTerms.
    assert_eq!(out.organization["startDate"], "2010-02-07");
    // The latest term continues until a successor not yet recorded: no end.
    assert!(out.organization.get("endDate").is_none());
    let terms: Vec<(&str, &str)> = out
        .legislative_terms
        .iter()
        .map(|t| {
            (
                t["startDate"].as_str().unwrap(),
                t["endDate"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        terms,
        [
            ("2009-10-21", "2014-05-31"),
            ("2014-06-01", "2020-10-31"),
            ("2020-11-01", "2025-10-31"),
            ("2025-11-01", "2030-10-31"),
        ]
    );
    let lt = validator("v1.1.1/LegislativeTerm.json");
    assert!(out.legislative_terms.iter().all(|t| lt.is_valid(t)));
    let back = import(&out.organization, &[]).unwrap();
    assert_eq!(back.body.as_ref(), Some(&koeln));
    // A body that ended: the organization's end is the last day in office.
    let kaufbeuren = body(&load("history/kaufbeuren-integrationsbeirat.json"));
    let out = export(&kaufbeuren, &options());
    assert_eq!(out.organization["endDate"], "2026-04-30");
    // An organization from another system: its dates as a term.
    let imported = import(&out.organization, &[]).unwrap();
    let t = imported.raw_term().unwrap();
    assert_eq!(t.constituted_on, Some(date("2014-09-29")));
    assert_eq!(
        t.length,
        Some(migrant_representation::body::TermLength::FixedEnd {
            ends_on: date("2026-04-30")
        })
    );
}

#[test]
fn classification_follows_the_body_type() {
    let cases = [
        ("koeln-integrationsrat.json", "Beirat"),
        ("history/kaufbeuren-integrationsbeirat.json", "Beirat"),
        (
            "spandau-ausschuss-partizipation-integration.json",
            "Ausschuss",
        ),
    ];
    for (file, class) in cases {
        let out = export(&body(&load(file)), &options());
        assert_eq!(out.organization["classification"], class, "{file}");
        assert_eq!(out.organization["organizationType"], "Gremium");
    }
    let committee = with(load_current("koeln-integrationsrat.json"), |v| {
        v["body_type"] = json!("integration_committee");
        v["local_rules"] = json!([]);
    });
    assert_eq!(
        export(&body(&committee), &options()).organization["classification"],
        "Ausschuss"
    );
    assert_eq!(
        migrant_representation::oparl::classification(BodyType::IntegrationCommission),
        "Kommission"
    );
}

#[test]
fn export_then_import_round_trips_every_bundled_body() {
    for (name, b) in bodies() {
        let out = export(&b, &options());
        let imported = import(&out.organization, &out.memberships).unwrap();
        assert_eq!(imported.version, OParlVersion::V1_1);
        assert_eq!(
            imported.body.as_ref(),
            Some(&b),
            "{name}: {:?}",
            imported.notes
        );
    }
}

#[test]
fn the_spec_examples_import() {
    let org = oparl_file("v1.1.1/Organization-01.json");
    let person = oparl_file("v1.1.1/Person-01.json");
    let memberships = person["membership"].as_array().unwrap().clone();
    let imported = import(&org, &memberships).unwrap();
    assert_eq!(
        imported.name.as_deref(),
        Some("Ausschuss für Haushalt und Finanzen")
    );
    assert_eq!(imported.classification.as_deref(), Some("Ausschuss"));
    assert_eq!(imported.start_date, Some(date("2012-07-17")));
    assert_eq!(imported.memberships.len(), memberships.len());
    assert_eq!(imported.memberships[0].role.as_deref(), Some("Vorsitzende"));
    assert_eq!(
        imported.memberships[0].membership.role,
        migrant_representation::body::Role::Chair
    );
    // OParl cannot carry seat groups: no body, and the import says why.
    assert!(imported.body.is_none());
    assert!(
        imported
            .notes
            .iter()
            .any(|u| u.path.as_str() == "/organization/location")
    );
    let body = import_body(&oparl_file("v1.1.1/Body-01.json")).unwrap();
    assert_eq!(body.ags.unwrap().as_str(), "05315000");
}

#[test]
fn the_known_quirks_of_real_endpoints_import() {
    let org = json!({
        "id": "https://ris.example.org/organization/12",
        "type": "https://schema.oparl.org/1.0/Organization",
        "name": "Ausländerbeirat der Stadt Beispielstadt",
        "organizationType": "Gremien",
        "classification": "Dienststellen",
        "startDate": "2021-04-01",
        "endDate": "",
        "STERNBERG:sortierung": 12,
        "location": {"id": "https://ris.example.org/location/1", "type": "https://schema.oparl.org/1.0/Location", "street_address": "Markt 1", "postal_code": "12345"}
    });
    let memberships = [json!({
        "id": "https://ris.example.org/membership/1",
        "type": "https://schema.oparl.org/1.0/Membership",
        "person": "https://ris.example.org/person/77",
        "organization": "https://ris.example.org/organization/12",
        "role": "Mitglied",
        "startDate": "2021-04-01",
        "endDate": ""
    })];
    let i = import(&org, &memberships).unwrap();
    assert_eq!(i.version, OParlVersion::V1_0);
    assert_eq!(i.end_date, None, "an empty endDate is absent");
    assert_eq!(
        i.organization_type.as_deref(),
        Some("Gremien"),
        "unknown values are kept"
    );
    assert_eq!(i.classification.as_deref(), Some("Dienststellen"));
    assert_eq!(
        i.vendor.get("STERNBERG:sortierung"),
        Some(&json!(12)),
        "vendor keys are kept"
    );
    // Without a Land the name is not read as a type …
    assert_eq!(i.body_type, None);
    // … in Hessen it names the statutory Ausländerbeirat, noted as inferred.
    let he = import_with(
        &org,
        &memberships,
        &ImportOptions::new().land(migrant_representation::Land::Hessen),
    )
    .unwrap();
    assert_eq!(he.body_type, Some(BodyType::ForeignResidentsAdvisoryBoard));
    assert!(
        he.notes.iter().any(
            |n| n.path.as_str() == "/organization/name" && n.kind() == ImportNoteKind::Inferred
        )
    );
    assert_eq!(
        i.memberships[0].voting_right, None,
        "a missing votingRight is unknown"
    );
    assert_eq!(i.memberships[0].membership.person, "77");
    assert!(
        i.notes
            .iter()
            .any(|u| u.path.as_str() == "/memberships/0/votingRight")
    );
    assert!(
        i.notes
            .iter()
            .any(|u| u.path.as_str() == "/organization/location")
    );
    let body = json!({"id": "https://ris.example.org/body/1", "type": "https://schema.oparl.org/1.0/Body", "name": "Köln", "ags": "5315000"});
    assert_eq!(
        import_body(&body).unwrap().ags.unwrap().as_str(),
        "05315000"
    );
    let bad = json!({"id": "https://ris.example.org/body/1", "type": "https://schema.oparl.org/1.1/Body", "ags": "12"});
    let b = import_body(&bad).unwrap();
    assert!(b.ags.is_none() && b.notes.len() == 1);
    assert_eq!(b.notes[0].kind(), ImportNoteKind::Unmapped);
}

#[test]
fn only_non_objects_and_other_types_are_refused() {
    assert!(import(&json!([]), &[]).is_err());
    assert!(import(&json!({"type": "https://schema.oparl.org/1.1/Person"}), &[]).is_err());
    assert!(
        import(
            &json!({"type": "https://schema.oparl.org/1.1/Organization"}),
            &[json!(1)]
        )
        .is_err()
    );
    // A bare but well-formed organization imports.
    let i = import(
        &json!({"type": "https://schema.oparl.org/1.1/Organization", "startDate": "someday"}),
        &[],
    )
    .unwrap();
    assert_eq!(i.start_date, None);
    assert!(
        i.notes
            .iter()
            .any(|u| u.path.as_str() == "/organization/startDate")
    );
}

#[test]
fn associations_and_networks_round_trip_with_their_members_and_evidence() {
    let org = validator("v1.1.1/Organization.json");
    let mut n = 0;
    for e in std::fs::read_dir(data_dir())
        .unwrap()
        .chain(std::fs::read_dir(data_dir().join("networks")).unwrap())
    {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let Ok(doc) = Document::from_json_str(&std::fs::read_to_string(&p).unwrap()) else {
            continue;
        };
        if matches!(doc, Document::RepresentationBody(_)) {
            continue;
        }
        let out = migrant_representation::oparl::export_document(&doc, &options());
        assert!(org.is_valid(&out.organization), "{}", p.display());
        assert_eq!(out.organization["organizationType"], "Institution");
        let back = import(&out.organization, &[]).unwrap();
        assert_eq!(back.document.as_ref(), Some(&doc), "{}", p.display());
        n += 1;
    }
    assert!(n >= 10);
}

/// A value built in code may nest without end: the import refuses it
/// instead of exhausting the stack (here 100,000 levels).
#[test]
fn a_deeply_nested_value_is_refused_not_a_stack_overflow() {
    use migrant_representation::oparl::{ImportError, import};
    // Built by hand: `json!` would serialise the value, recursively.
    let mut v = serde_json::Value::from(1);
    for _ in 0..100_000 {
        v = serde_json::Value::Array(vec![v]);
    }
    let mut org = serde_json::json!({"type": "https://schema.oparl.org/1.1/Organization", "name": "Integrationsrat"});
    org.as_object_mut().unwrap().insert("x".into(), v);
    assert!(matches!(
        import(&org, &[]),
        Err(ImportError::TooDeep { .. })
    ));
    // Dropping a 100,000-level value recurses in serde_json itself; leak it
    // on purpose so the test measures the import, not the drop.
    std::mem::forget(org);
}

/// Every role of every Membership embedded in the real Persons of the
/// Hürtgenwald endpoint is mapped by the documented table, or reported as
/// unknown: "stellv. Mitglied" is a substitute, not a deputy chair.
#[test]
fn the_roles_of_a_real_council_system_map_by_the_table() {
    use migrant_representation::body::Role;
    use migrant_representation::oparl::role_from_text;
    use std::collections::BTreeMap;
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oparl/real/huertgenwald");
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut total = 0;
    for file in ["person.json", "person-page-2.json"] {
        let page: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(file)).unwrap()).unwrap();
        for person in page["data"].as_array().unwrap() {
            for m in person["membership"].as_array().into_iter().flatten() {
                let Some(text) = m["role"].as_str() else {
                    continue;
                };
                total += 1;
                let key = role_from_text(text).map_or("unknown".to_owned(), |r| format!("{r:?}"));
                *counts.entry(key).or_default() += 1;
                match text {
                    "stellv. Mitglied" => assert_eq!(role_from_text(text), Some(Role::Substitute)),
                    "Mitglied" | "Sachkundiger Bürger" => {
                        assert_eq!(role_from_text(text), Some(Role::Member));
                    }
                    "Ausschussvorsitzender" => assert_eq!(role_from_text(text), Some(Role::Chair)),
                    _ => {}
                }
            }
        }
    }
    assert_eq!(total, 533);
    let get = |k: &str| counts.get(k).copied().unwrap_or(0);
    assert_eq!(get("Substitute"), 264, "{counts:?}");
    assert_eq!(get("DeputyChair"), 17, "{counts:?}");
    assert_eq!(get("Chair"), 14, "{counts:?}");
    assert_eq!(get("Member"), 226, "{counts:?}");
    // Ortsvorsteher and stellv. Bürgermeister: not roles of a body's seat.
    assert_eq!(get("unknown"), 12, "{counts:?}");
}

/// Real endpoints write `http://` type URLs and `votingRight: "true"`: both
/// are read, the text with a note, never silently as "no voting right".
#[test]
fn http_types_and_textual_voting_rights_are_read() {
    let org = json!({
        "id": "https://ris.example.org/organization/12",
        "type": "http://schema.oparl.org/1.1/Organization",
        "name": "Integrationsrat der Stadt Beispielstadt"
    });
    let memberships = [json!({
        "id": "https://ris.example.org/membership/1",
        "type": "http://schema.oparl.org/1.1/Membership",
        "person": "https://ris.example.org/person/77",
        "role": "stellv. Mitglied",
        "votingRight": "true"
    })];
    let i = import(&org, &memberships).unwrap();
    assert_eq!(i.version, OParlVersion::V1_1);
    assert_eq!(i.memberships[0].voting_right, Some(true));
    assert_eq!(
        i.memberships[0].membership.role,
        migrant_representation::body::Role::Substitute
    );
    assert!(
        i.notes
            .iter()
            .any(|u| u.path.as_str().ends_with("/votingRight")
                && matches!(u.reason, ImportReason::VotingRightAsText { .. })),
        "{:?}",
        i.notes
    );
}

/// No exported link leads into nothing: a Membership names the exported
/// Organization, and the group a member sits for (never exported as an
/// Organization) stays in the vendor key.
#[test]
fn exported_links_point_only_at_exported_objects() {
    let mut with_group = 0;
    for (name, b) in bodies() {
        let out = export(&b, &options());
        let org_id = &out.organization["id"];
        for m in &out.memberships {
            assert_eq!(&m["organization"], org_id, "{name}");
            assert!(m.get("onBehalfOf").is_none(), "{name}: {m}");
            if m.get("MIGREP:onBehalfOf").is_some() {
                with_group += 1;
            }
        }
        // The Organization lists exactly its exported Memberships.
        let listed: Vec<&Value> = out.organization["membership"]
            .as_array()
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        let ids: Vec<&Value> = out.memberships.iter().map(|m| &m["id"]).collect();
        assert_eq!(listed, ids, "{name}");
    }
    assert!(with_group > 0);
}

/// The members of a term's own roster are exported as memberships marked
/// with the term, and come back with the term, not in the body's roster.
#[test]
fn a_terms_own_roster_is_exported_and_comes_back_with_it() {
    let v = with(
        without_terms(load("luedenscheid-integrationsrat.json")),
        |v| {
            v["terms"] = json!([
                {"elected_on": "2020-09-13"},
                {"elected_on": "2025-09-14", "roster": [
                    {"person": "b-0", "seat_group": "elected"},
                    {"person": "b-1", "seat_group": "council"}]}
            ]);
        },
    );
    let b = body(&v);
    let out = export(&b, &options());
    let marked: Vec<&Value> = out
        .memberships
        .iter()
        .filter(|m| m["MIGREP:term"] == 1)
        .collect();
    assert_eq!(marked.len(), 2);
    assert!(
        marked[0]["id"]
            .as_str()
            .unwrap()
            .ends_with("luedenscheid-integrationsrat-term1-0")
    );
    assert_eq!(marked[1]["votingRight"], true);
    let back = import(&out.organization, &out.memberships).unwrap();
    assert_eq!(back.body.as_ref(), Some(&b));
}

/// Some endpoints' dumps are a bare JSON array of objects (or of list
/// pages): every object in it is imported, at its place in the array.
#[test]
fn a_bare_array_of_objects_imports() {
    use migrant_representation::oparl::import_all;
    let body = json!({"id": "https://ris.example.org/body/1",
        "type": "https://schema.oparl.org/1.0/Body", "name": "Stadt Beispiel", "ags": "05315000"});
    let org = json!({"id": "https://ris.example.org/organization/7",
        "body": "https://ris.example.org/body/1",
        "type": "https://schema.oparl.org/1.0/Organization", "name": "Integrationsrat"});
    let person = json!({"id": "https://ris.example.org/person/13",
        "type": "https://schema.oparl.org/1.0/Person",
        "membership": [{"id": "https://ris.example.org/membership/9",
            "type": "https://schema.oparl.org/1.0/Membership",
            "organization": "https://ris.example.org/organization/7", "role": "Mitglied"}]});
    let page = json!({"data": [person.clone()], "links": {}});
    for input in [
        json!([body.clone(), org.clone(), person.clone()]),
        json!([body.clone(), org.clone(), page]),
    ] {
        let batch = import_all(std::slice::from_ref(&input), &ImportOptions::new());
        assert_eq!(batch.bodies.len(), 1);
        assert_eq!(batch.organizations.len(), 1, "{:?}", batch.notes);
        assert!(batch.notes.is_empty(), "{:?}", batch.notes);
        let org = &batch.organizations[0];
        assert_eq!(org.body_type, Some(BodyType::IntegrationCouncil));
        assert_eq!(org.memberships.len(), 1);
        assert_eq!(org.memberships[0].membership.person, "13");
        assert!(
            org.notes
                .iter()
                .any(|n| n.path.as_str().starts_with("/0/2/")),
            "notes point into the array: {:?}",
            org.notes
        );
    }
    // An array of things that are not objects is noted, not imported.
    let batch = import_all(&[json!([1, "x"])], &ImportOptions::new());
    assert_eq!(batch.notes.len(), 2);
    assert_eq!(batch.notes[1].path.as_str(), "/0/1");
}

/// A type URL with a slash at its end names the same schema: read, and
/// noted as an irregular shape.
#[test]
fn a_type_url_with_a_trailing_slash_is_read() {
    let org = json!({"id": "https://ris.example.org/organization/12",
        "type": "https://schema.oparl.org/1.1/Organization/", "name": "Integrationsrat"});
    let m = json!({"id": "https://ris.example.org/membership/1",
        "type": "http://schema.oparl.org/1.0/Membership/",
        "person": "https://ris.example.org/person/77", "votingRight": true});
    let i = import(&org, &[m]).unwrap();
    assert_eq!(i.version, OParlVersion::V1_1);
    assert_eq!(i.memberships[0].membership.person, "77");
    let slash: Vec<&str> = i
        .notes
        .iter()
        .filter(|n| n.reason == ImportReason::TypeUrlTrailingSlash)
        .map(|n| n.path.as_str())
        .collect();
    assert_eq!(slash, ["/organization/type", "/memberships/0/type"]);
    assert_eq!(
        i.notes_of(ImportNoteKind::Accepted).count(),
        3,
        "two slashes and one http://"
    );
    // Two slashes, or a class with a slash inside, stay refused.
    for t in [
        "https://schema.oparl.org/1.1/Organization//",
        "https://schema.oparl.org/1.1/Organization/x",
    ] {
        assert!(import(&json!({"type": t}), &[]).is_err(), "{t}");
    }
}

/// SessionNet and similar systems publish person and organization URLs
/// with a query (`…/persons.asp?id=12851&body=1`): the reference is the
/// value of `id`, not the whole query; a URL without `id` keeps its last
/// segment and query.
#[test]
fn person_references_drop_the_query_noise_of_sessionnet_urls() {
    use migrant_representation::oparl::import_all;
    let base = "https://ratsinfo.example.de/bi/oparl/1.0";
    let org = json!({"id": format!("{base}/organizations.asp?id=7&body=1"),
        "type": "https://schema.oparl.org/1.0/Organization", "name": "Integrationsrat"});
    let person = json!({"id": format!("{base}/persons.asp?id=12851&body=1"),
        "type": "https://schema.oparl.org/1.0/Person",
        "membership": [{"id": format!("{base}/memberships.asp?id=99&body=1"),
            "type": "https://schema.oparl.org/1.0/Membership",
            "organization": format!("{base}/organizations.asp?id=7&body=1"),
            "onBehalfOf": format!("{base}/organizations.asp?body=1&id=3"),
            "role": "Mitglied"}]});
    let alone = json!({"id": format!("{base}/memberships.asp?id=100"),
        "type": "https://schema.oparl.org/1.0/Membership",
        "organization": format!("{base}/organizations.asp?id=7&body=1"),
        "person": "https://ris.example.org/person?key=ab#top"});
    let batch = import_all(&[org, person, alone], &ImportOptions::new());
    let ms = &batch.organizations[0].memberships;
    assert_eq!(ms.len(), 2);
    assert_eq!(ms[0].membership.person, "12851");
    assert_eq!(ms[0].membership.on_behalf_of.as_deref(), Some("3"));
    // The URL itself is kept as published.
    assert_eq!(
        ms[0].person.as_deref(),
        Some(format!("{base}/persons.asp?id=12851&body=1").as_str())
    );
    assert_eq!(ms[1].membership.person, "person?key=ab");
}
