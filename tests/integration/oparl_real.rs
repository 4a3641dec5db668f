//! OParl import on real data: the Hürtgenwald endpoint (Body, 22
//! Organizations, Persons with 533 embedded Memberships) and 21 real Body
//! objects, plus the crate's own exports with their vendor keys dropped.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use migrant_representation::oparl::{
    ExportOptions, ImportNoteKind, ImportOptions, ImportReason, export, import_all, import_body,
    import_with,
};
use migrant_representation::{BodyType, Document, Land, Language, body::Role};
use serde_json::{Value, json};

use crate::common::*;

fn real(rel: &str) -> Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/oparl/real")
        .join(rel);
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

fn huertgenwald() -> Vec<Value> {
    [
        "body.json",
        "organization.json",
        "person.json",
        "person-page-2.json",
    ]
    .iter()
    .map(|f| real(&format!("huertgenwald/{f}")))
    .collect()
}

/// Every Organization and every Membership of the endpoint is imported; the
/// Memberships embedded in Persons carry the enclosing Person's id; nothing
/// is dropped without a note.
#[test]
fn every_real_organization_imports_with_its_memberships() {
    let input = huertgenwald();
    let batch = import_all(&input, &ImportOptions::new());
    assert_eq!(batch.bodies.len(), 1);
    assert_eq!(batch.bodies[0].land(), Some(Land::NordrheinWestfalen));
    assert_eq!(batch.organizations.len(), 22);
    assert!(batch.notes.is_empty(), "{:?}", batch.notes);
    // Which Person embeds which Membership, read independently.
    let mut person_of = BTreeMap::new();
    for page in &input[2..] {
        for p in page["data"].as_array().unwrap() {
            let pid = p["id"].as_str().unwrap();
            for m in p["membership"].as_array().into_iter().flatten() {
                person_of.insert(m["id"].as_str().unwrap().to_owned(), pid.to_owned());
            }
        }
    }
    assert_eq!(person_of.len(), 533);
    let mut roles: std::collections::HashMap<Role, usize> = std::collections::HashMap::new();
    let mut total = 0;
    for (org, raw) in batch
        .organizations
        .iter()
        .zip(input[1]["data"].as_array().unwrap())
    {
        assert_eq!(org.id.as_deref(), raw["id"].as_str());
        assert_eq!(
            org.land,
            Some(Land::NordrheinWestfalen),
            "from the Body's AGS"
        );
        // Every Membership the Organization lists is among those imported.
        let ids: Vec<&str> = org
            .memberships
            .iter()
            .filter_map(|m| m.id.as_deref())
            .collect();
        for listed in raw["membership"].as_array().into_iter().flatten() {
            assert!(ids.contains(&listed.as_str().unwrap()), "{listed}");
        }
        for m in &org.memberships {
            total += 1;
            let person = &person_of[m.id.as_deref().unwrap()];
            assert_eq!(m.person.as_deref(), Some(person.as_str()));
            assert_eq!(
                Some(m.membership.person.as_str()),
                person.rsplit('/').next()
            );
            assert!(!m.membership.person.starts_with("membership-"));
            *roles.entry(m.membership.role).or_default() += 1;
        }
        // Each role is noted: read by the table, or unknown.
        let role_notes = org
            .notes
            .iter()
            .filter(|n| n.path.as_str().ends_with("/role"))
            .count();
        assert_eq!(
            role_notes,
            org.memberships.iter().filter(|m| m.role.is_some()).count()
        );
    }
    assert_eq!(total, 533);
    // 12 unknown roles (Ortsvorsteher, stellv. Bürgermeister) count as members.
    assert_eq!(roles[&Role::Substitute], 264, "{roles:?}");
    assert_eq!(roles[&Role::DeputyChair], 17, "{roles:?}");
    assert_eq!(roles[&Role::Chair], 14, "{roles:?}");
    assert_eq!(roles[&Role::Member], 226 + 12, "{roles:?}");
    let unknown: usize = batch
        .organizations
        .iter()
        .map(|o| {
            o.notes
                .iter()
                .filter(|n| matches!(n.reason, ImportReason::UnknownRole { .. }))
                .count()
        })
        .sum();
    assert_eq!(unknown, 12);
    // No council committee of Hürtgenwald is a migrant representation body,
    // and none is guessed to be one.
    for org in &batch.organizations {
        assert_eq!(org.body_type, None, "{:?}", org.name);
    }
}

/// The notes point into the input: a Membership embedded in a Person is
/// found again at its pointer.
#[test]
fn notes_point_into_the_input() {
    let input = huertgenwald();
    let batch = import_all(&input, &ImportOptions::new());
    let whole = Value::Array(input);
    let mut checked = 0;
    for org in &batch.organizations {
        for n in &org.notes {
            let p = n.path.as_str();
            let Some(parent) = p.rsplit_once('/').map(|(a, _)| a) else {
                continue;
            };
            // The note's object exists in the input.
            assert!(
                whole.pointer(p).is_some() || whole.pointer(parent).is_some(),
                "{p}"
            );
            checked += 1;
        }
    }
    assert!(checked > 533, "{checked}");
    let role = batch.organizations[0]
        .notes
        .iter()
        .find(|n| n.path.as_str().ends_with("/role"))
        .unwrap();
    assert!(
        whole
            .pointer(role.path.as_str())
            .is_some_and(Value::is_string)
    );
}

/// A list page, a Membership given twice (alone and embedded) and a
/// Membership of an Organization not given: read once, and noted.
#[test]
fn memberships_are_read_once_and_orphans_are_noted() {
    let org = json!({"id": "https://ris.example.org/organization/7",
        "type": "https://schema.oparl.org/1.1/Organization", "name": "Integrationsrat"});
    let m = json!({"id": "https://ris.example.org/membership/9",
        "type": "https://schema.oparl.org/1.1/Membership",
        "organization": "https://ris.example.org/organization/7", "role": "Mitglied",
        "person": "https://ris.example.org/person/13", "votingRight": true});
    let orphan = json!({"id": "https://ris.example.org/membership/10",
        "type": "https://schema.oparl.org/1.1/Membership",
        "organization": "https://ris.example.org/organization/99"});
    let person = json!({"id": "https://ris.example.org/person/13",
        "type": "https://schema.oparl.org/1.1/Person", "membership": [m.clone()]});
    let meeting = json!({"id": "https://ris.example.org/meeting/1",
        "type": "https://schema.oparl.org/1.1/Meeting"});
    let page = json!({"data": [m, orphan], "links": {}});
    let batch = import_all(
        &[org, page, person, meeting, json!(17)],
        &ImportOptions::new().land(Land::NordrheinWestfalen),
    );
    assert_eq!(batch.organizations[0].memberships.len(), 1);
    assert_eq!(
        batch.organizations[0].body_type,
        Some(BodyType::IntegrationCouncil)
    );
    let paths: Vec<&str> = batch.notes.iter().map(|n| n.path.as_str()).collect();
    assert_eq!(paths, ["/3", "/4", "/1/data/1/organization"]);
    assert!(matches!(
        batch.notes[2].reason,
        ImportReason::OrganizationMissing { .. }
    ));
    assert!(batch.notes[0].message(Language::De).contains("Meeting"));
}

/// The AGS of each real Body is the one `body_to_ags.json` gives; 7-digit
/// keys are padded, the Regionalschlüssel and the 9-digit key are read, and
/// a Body without a key says so.
#[test]
fn every_real_body_gives_its_ags() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/oparl/real/bodies");
    let expected = real("bodies/body_to_ags.json");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let file = p.file_name().unwrap().to_string_lossy().into_owned();
        if file == "body_to_ags.json" {
            continue;
        }
        let raw: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let b = import_body(&raw).unwrap();
        let want = expected[file.replace('-', " ")]["ags"].as_str().unwrap();
        let published = raw["ags"].as_str().or(raw["rgs"].as_str());
        match published {
            None => {
                assert_eq!(b.ags, None, "{file}");
                assert!(matches!(b.notes[0].reason, ImportReason::NoAgs), "{file}");
            }
            Some(_) if want.len() == 9 => {
                // Krefeld: the list gives the 9-digit key; the AGS is the
                // kreisfreie Stadt's 05114000.
                assert_eq!(b.ags.as_ref().unwrap().as_str(), "05114000", "{file}");
                assert_eq!(b.notes[0].kind(), ImportNoteKind::Inferred);
            }
            Some(_) => assert_eq!(b.ags.as_ref().unwrap().as_str(), want, "{file}"),
        }
        n += 1;
    }
    assert_eq!(n, 21);
    // Without the Regionalschlüssel the 9-digit key is read on its own.
    let nine = json!({"type": "https://schema.oparl.org/1.0/Body", "ags": "051140000"});
    let b = import_body(&nine).unwrap();
    assert_eq!(b.ags.unwrap().as_str(), "05114000");
    assert!(matches!(
        b.notes[0].reason,
        ImportReason::AgsFromNineDigits { .. }
    ));
    // A 9-digit key of a Gemeindeverband names no single municipality.
    let verband = json!({"type": "https://schema.oparl.org/1.0/Body", "ags": "071315001"});
    let b = import_body(&verband).unwrap();
    assert_eq!(b.ags, None);
    assert!(matches!(
        b.notes[0].reason,
        ImportReason::AgsUnreadable { .. }
    ));
}

/// The crate's own exports, with every vendor key dropped, come back with
/// their body type when the Land is known, and with none when it is not.
#[test]
fn body_types_are_inferred_only_in_a_known_land() {
    let mut n = 0;
    let files = std::fs::read_dir(data_dir())
        .unwrap()
        .chain(std::fs::read_dir(data_dir().join("history")).unwrap());
    for e in files {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let Ok(Document::RepresentationBody(b)) =
            Document::from_json_str(&std::fs::read_to_string(&p).unwrap())
        else {
            continue;
        };
        let mut org = export(&b, &ExportOptions::new("https://ris.example.org/oparl")).organization;
        org.as_object_mut()
            .unwrap()
            .retain(|k, _| !k.starts_with("MIGREP:"));
        let land = b.jurisdiction().land;
        let known = import_with(&org, &[], &ImportOptions::new().land(land)).unwrap();
        assert_eq!(known.body_type, Some(b.body_type()), "{}", p.display());
        let note = known
            .notes
            .iter()
            .find(|n| n.path.as_str() == "/organization/name")
            .unwrap();
        assert_eq!(note.kind(), ImportNoteKind::Inferred);
        assert!(!note.message(Language::De).is_empty());
        let unknown = import_with(&org, &[], &ImportOptions::new()).unwrap();
        assert_eq!(unknown.body_type, None);
        n += 1;
    }
    assert!(n >= 19, "{n}");
    // Karlsruhe's Integrationsausschuss is a committee of a Baden-Württemberg
    // Gemeinderat, not the NRW body of that name.
    let karlsruhe = json!({"type": "https://schema.oparl.org/1.0/Organization",
        "name": "Integrationsausschuss"});
    let bw = import_with(
        &karlsruhe,
        &[],
        &ImportOptions::new().land(Land::BadenWuerttemberg),
    )
    .unwrap();
    assert_eq!(bw.body_type, None);
    assert!(bw.notes.iter().any(|n| n.reason
        == ImportReason::BodyTypeUnknown {
            land: Some(Land::BadenWuerttemberg),
            named: Some(BodyType::IntegrationCommittee)
        }));
}

/// Every note reads as a sentence in both languages, without identifiers.
#[test]
fn import_notes_read_as_sentences() {
    let batch = import_all(&huertgenwald(), &ImportOptions::new());
    let mut notes: Vec<_> = batch
        .organizations
        .iter()
        .flat_map(|o| o.notes.iter())
        .chain(batch.bodies.iter().flat_map(|b| b.notes.iter()))
        .collect();
    let extra = import_all(
        &[
            json!({"type": "http://schema.oparl.org/1.0/Body", "ags": "12"}),
            json!({"type": "https://schema.oparl.org/1.0/Body", "rgs": "051660024024"}),
            json!({"type": "https://schema.oparl.org/1.1/Paper"}),
            json!({"type": "https://schema.oparl.org/1.1/Organization", "id": "o", "name": "Integrationsrat",
                "startDate": "someday", "MIGREP:composition": {}}),
            json!({"type": "https://schema.oparl.org/1.1/Membership", "organization": "o",
                "votingRight": "false"}),
        ],
        &ImportOptions::new().land(Land::Bayern),
    );
    notes.extend(extra.notes.iter());
    notes.extend(extra.bodies.iter().flat_map(|b| b.notes.iter()));
    notes.extend(extra.organizations.iter().flat_map(|o| o.notes.iter()));
    let mut kinds = std::collections::HashSet::new();
    for n in notes {
        kinds.insert(std::mem::discriminant(&n.reason));
        for lang in [Language::De, Language::En] {
            let m = n.message(lang);
            assert!(m.ends_with('.') || m.ends_with(')'), "{m}");
            crate::findings::assert_clean(&m);
        }
    }
    assert!(kinds.len() >= 14, "{}", kinds.len());
}

/// The crate's own exports, vendor keys dropped, come back with their
/// roles: a substitute stays a substitute, a deputy chair a deputy chair.
#[test]
fn exported_roles_come_back_without_vendor_keys() {
    use migrant_representation::{
        RepresentationBody,
        body::{Membership, RawRepresentationBody},
    };
    let text =
        std::fs::read_to_string(data_dir().join("luedenscheid-integrationsrat.json")).unwrap();
    let body = RepresentationBody::from_json_str(&text).unwrap();
    let mut raw = RawRepresentationBody::from(body);
    let roles = [
        Role::Chair,
        Role::DeputyChair,
        Role::Substitute,
        Role::Member,
    ];
    let roster = raw.roster.as_mut().unwrap();
    for (m, role) in roster.iter_mut().zip(roles) {
        m.role = role;
    }
    let body = RepresentationBody::new(raw).unwrap();
    let out = export(&body, &ExportOptions::new("https://ris.example.org/oparl"));
    let strip = |v: &Value| {
        let mut v = v.clone();
        v.as_object_mut()
            .unwrap()
            .retain(|k, _| !k.starts_with("MIGREP:"));
        v
    };
    let memberships: Vec<Value> = out.memberships.iter().map(strip).collect();
    let back = import_with(
        &strip(&out.organization),
        &memberships,
        &ImportOptions::new().land(Land::NordrheinWestfalen),
    )
    .unwrap();
    let got: Vec<Role> = back.memberships.iter().map(|m| m.membership.role).collect();
    let want: Vec<Role> = body
        .roster()
        .unwrap()
        .as_slice()
        .iter()
        .map(|m: &Membership| m.role)
        .collect();
    assert_eq!(got, want);
    assert_eq!(&got[..4], &roles);
}

/// The options name the law a name is read against, and the notes can be
/// taken by kind.
#[test]
fn the_law_of_the_options_decides_the_type_and_notes_come_by_kind() {
    use migrant_representation::Law;
    let org = json!({"type": "https://schema.oparl.org/1.0/Organization",
        "id": "https://ris.example.org/organization/1", "name": "Integrationsrat der Stadt Beispiel"});
    let nw = ImportOptions::new().land(Land::NordrheinWestfalen);
    let with_builtin = import_with(&org, &[], &nw).unwrap();
    assert_eq!(with_builtin.body_type, Some(BodyType::IntegrationCouncil));
    assert_eq!(with_builtin.notes_of(ImportNoteKind::Inferred).count(), 1);
    // A law without Nordrhein-Westfalen knows no Integrationsrat there.
    let others = Law::new(
        Law::builtin()
            .lands()
            .iter()
            .filter(|l| l.land != Land::NordrheinWestfalen)
            .cloned()
            .collect(),
    );
    let without_nw = import_with(&org, &[], &nw.with_law(&others)).unwrap();
    assert_eq!(without_nw.body_type, None);
    assert_eq!(without_nw.notes_of(ImportNoteKind::Inferred).count(), 0);
    assert!(
        without_nw
            .notes_of(ImportNoteKind::Unmapped)
            .any(|n| matches!(n.reason, ImportReason::BodyTypeUnknown { .. }))
    );
}

/// A Person whose membership list holds a link or an object of another
/// type: those are noted, and the Organization still imports with the
/// Memberships that are there.
#[test]
fn a_bad_embedded_membership_does_not_lose_the_organization() {
    let org = json!({"id": "https://ris.example.org/organization/7",
        "type": "https://schema.oparl.org/1.0/Organization", "name": "Integrationsrat"});
    let person = json!({"id": "https://ris.example.org/person/13",
    "type": "https://schema.oparl.org/1.0/Person",
    "membership": [
        "https://ris.example.org/membership/8",
        {"type": "https://schema.oparl.org/1.0/Person"},
        {"id": "https://ris.example.org/membership/9",
         "type": "https://schema.oparl.org/1.0/Membership",
         "organization": "https://ris.example.org/organization/7", "role": "Mitglied"}
    ]});
    let batch = import_all(&[org, person], &ImportOptions::new());
    assert_eq!(batch.organizations.len(), 1);
    assert_eq!(batch.organizations[0].memberships.len(), 1);
    let paths: Vec<&str> = batch.notes.iter().map(|n| n.path.as_str()).collect();
    assert_eq!(paths, ["/1/membership/0", "/1/membership/1"]);
    assert!(batch.notes[1].message(Language::En).contains("Person"));
}
