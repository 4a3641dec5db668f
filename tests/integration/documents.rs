//! The bundled documents: they read, round-trip and check as expected.

use migrant_representation::{Document, Error};
use serde_json::Value;

use crate::common::*;

fn json_in(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    v.sort();
    v
}

/// The bundled documents of bodies as they are now.
fn bundled() -> Vec<std::path::PathBuf> {
    json_in(&data_dir())
}

/// The bundled documents of bodies over their past (`examples/data/history`).
fn history() -> Vec<std::path::PathBuf> {
    json_in(&data_dir().join("history"))
}

#[test]
fn there_are_bundled_documents_of_each_family() {
    let names: Vec<String> = bundled()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for needed in [
        "koeln-integrationsrat.json",
        "gladbeck-integrationsrat.json",
        "luedenscheid-integrationsrat.json",
        "wiesbaden-auslaenderbeirat.json",
        "frankfurt-kav.json",
        "stuttgart-internationaler-ausschuss.json",
        "dresden-integrations-und-auslaenderbeirat.json",
        "spandau-ausschuss-partizipation-integration.json",
        "landau-beirat-migration-integration.json",
        "laka-bw.json",
        "elternnetzwerk-nrw.json",
    ] {
        assert!(names.iter().any(|n| n == needed), "{needed} is missing");
    }
}

#[test]
fn every_bundled_document_round_trips_unchanged() {
    for path in bundled().into_iter().chain(history()) {
        let text = std::fs::read_to_string(&path).unwrap();
        let original: Value = serde_json::from_str(&text).unwrap();
        let doc =
            Document::from_json_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let again = doc.to_json_value().unwrap();
        assert_eq!(again, original, "{} does not round-trip", path.display());
        let reread = Document::from_json_str(&again.to_string()).unwrap();
        assert_eq!(reread, doc, "{}", path.display());
    }
}

#[test]
fn every_bundled_document_is_compliant_on_a_current_date() {
    for path in bundled() {
        let doc = Document::from_json_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for on in ["2026-01-15", "2026-12-02"] {
            if let Some(r) = doc.check(date(on)).unwrap() {
                assert!(r.is_compliant(), "{} on {on}: {:?}", path.display(), r);
            }
        }
    }
}

/// The documents of bodies over their past are lawful while in office, and
/// say so when they are not.
#[test]
fn the_history_documents_are_lawful_in_office_and_say_when_they_are_not() {
    let cases = [
        (
            "kaufbeuren-integrationsbeirat.json",
            "2016-01-15",
            "2026-12-02",
        ),
        (
            "bremer-rat-fuer-integration.json",
            "2006-01-15",
            "2026-12-02",
        ),
    ];
    assert_eq!(history().len(), cases.len());
    for (name, in_office, after) in cases {
        let doc = load(&format!("history/{name}"));
        assert!(report(&doc, in_office).is_compliant(), "{name}");
        let r = report(&doc, after);
        assert_eq!(
            r.status,
            migrant_representation::check::ReportStatus::NotInOffice,
            "{name}"
        );
        assert_eq!(
            r.office.map(|o| o.status),
            Some(migrant_representation::check::OfficeStatus::Ended)
        );
    }
}

#[test]
fn kaufbeuren_has_26_seats_25_voting_and_a_commissioner_on_the_council() {
    let b = body(&load("history/kaufbeuren-integrationsbeirat.json"));
    let c = b.composition();
    assert_eq!(c.total_seats(), 26);
    assert_eq!(c.voting_seats(), 25);
    assert_eq!(c.elected_seats(), 0);
    let commissioner = c.group("integration_commissioner").unwrap();
    assert!(commissioner.held_by_council_members());
    assert_eq!(commissioner.office(), Some("Integrationsbeauftragter"));
    // Council members: 5 delegated plus the commissioner.
    let council = migrant_representation::body::SeatSelector::of(&[
        migrant_representation::body::SeatClass::CouncilMember,
    ]);
    assert_eq!(c.seats(&council), 6);
    let non_voting: Vec<_> = c
        .seat_groups()
        .iter()
        .filter(|g| g.voting() == migrant_representation::body::VotingRight::Advisory)
        .collect();
    assert_eq!(non_voting.len(), 1);
    assert_eq!(non_voting[0].id(), "coordination_office");
}

#[test]
fn luedenscheid_2025_has_two_unfilled_elected_seats() {
    let b = body(&load("luedenscheid-integrationsrat.json"));
    let c = b.composition();
    assert_eq!(c.total_seats(), 12);
    assert_eq!(c.filled_seats(), 10);
    assert_eq!(c.group("elected").unwrap().unfilled(), 2);
    // Established seats count for the majority rule: 8 > 4.
    assert!(b.check(date("2026-01-15")).unwrap().is_compliant());
}

#[test]
fn koeln_figures() {
    let b = body(&load("koeln-integrationsrat.json"));
    let c = b.composition();
    assert_eq!(
        c.elected_share(),
        migrant_representation::body::Share::new(22, 33)
    );
    assert_eq!(c.deputy_count(), Some(5));
    assert_eq!(b.jurisdiction().ags().unwrap().as_str(), "05315000");
    // The validated body keeps the AGS parsed, with its Land.
    assert_eq!(b.ags().unwrap().as_str(), "05315000");
    assert_eq!(
        b.ags().unwrap().land(),
        migrant_representation::Land::NordrheinWestfalen
    );
}

#[test]
fn associations_read_with_their_anchoring_and_counts() {
    let Document::Association(laka) =
        Document::from_json_str(&load("laka-bw.json").to_string()).unwrap()
    else {
        panic!("LAKA is an association")
    };
    assert_eq!(laka.founded_on, Some(date("1998-06-13")));
    assert_eq!(
        laka.legal_anchoring.as_ref().unwrap().to_string(),
        "§ 10 PartIntG BW"
    );
    let Document::Association(enw) =
        Document::from_json_str(&load("elternnetzwerk-nrw.json").to_string()).unwrap()
    else {
        panic!("Elternnetzwerk is an association")
    };
    assert_eq!(enw.member_organisations.unwrap().value, 300);
    assert_eq!(enw.fields_of_work.len(), 3);
}

#[test]
fn invalid_documents_give_the_expected_errors() {
    let parity = report(
        &load("invalid/nrw-integrationsrat-parity.json"),
        "2026-01-15",
    );
    // The 2025 version of § 27 GO NRW was not read: the broken majority
    // rule is a note, not a violation.
    assert!(parity.violations.is_empty());
    assert_eq!(
        broken_rules(&parity),
        ["nw.integration_council_2025.elected_majority"]
    );
    assert_eq!(parity.notes[0].code.as_str(), "majority_required");
    assert_eq!(parity.notes[0].path.as_str(), "/composition/seat_groups");
    let big = report(&load("invalid/frankfurt-kav-too-large.json"), "2026-01-15");
    assert_eq!(broken_rules(&big), ["he.foreign_residents_board.size"]);
    assert_eq!(big.notes[0].code.as_str(), "seat_count_out_of_range");
    let s = structural(&load("invalid/structural-errors.json"));
    let codes: Vec<&str> = s.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(
        codes,
        [
            "invalid_identifier",
            "empty_text",
            "ags_land_mismatch",
            "filled_seats_exceed_seats",
            "duplicate_seat_group_id",
            "unknown_seat_group",
            "term_ends_before_start"
        ]
    );
    assert_eq!(
        structural(&load("invalid/zero-seat-group.json")),
        [(
            "zero_count".into(),
            "/composition/seat_groups/1/seats".into()
        )]
    );
    let text = std::fs::read_to_string(data_dir().join("invalid/not-json.json")).unwrap();
    assert!(matches!(
        Document::from_json_str(&text),
        Err(Error::Syntax { line: 2, .. })
    ));
}

#[test]
fn violation_reports_serialize_with_code_path_rule_and_citation() {
    // Saarbrücken's Integrationsbeirat with 9 directly elected members of
    // 15: fewer than the two thirds § 50 Abs. 2 KSVG asks for.
    let r = report(
        &with(load("saarbruecken-integrationsbeirat.json"), |v| {
            groups(v)[0]["seats"] = serde_json::json!(9)
        }),
        "2026-01-15",
    );
    let v = serde_json::to_value(&r).unwrap();
    let first = &v["violations"][0];
    assert_eq!(first["code"], "share_out_of_range");
    assert_eq!(first["path"], "/composition/seat_groups");
    assert_eq!(first["rule"], "sl.integration_board.elected_two_thirds");
    assert_eq!(first["citation"]["law"], "KSVG");
    assert_eq!(first["citation"]["number"], "50");
    assert_eq!(first["citation"]["paragraph"], 2);
    let back: migrant_representation::Report = serde_json::from_value(v).unwrap();
    assert_eq!(back, r);
}

/// serde's derived struct visitor also reads a sequence of the fields in
/// order; documents are objects, and every reader says so.
#[test]
fn a_document_written_as_an_array_is_rejected() {
    use migrant_representation::{Association, Network, RepresentationBody};
    let fields = [
        "document_type",
        "schema_version",
        "id",
        "official_name",
        "english_label",
        "body_type",
        "jurisdiction",
        "legal_basis",
        "composition",
        "term",
        "local_rules",
        "roster",
        "established_under",
        "meetings_per_year",
        "sources",
    ];
    let koeln = load("koeln-integrationsrat.json");
    let array = Value::Array(fields.iter().map(|f| koeln[*f].clone()).collect());
    let text = array.to_string();
    for err in [
        RepresentationBody::from_json_str(&text).unwrap_err(),
        RepresentationBody::from_json_value(array.clone()).unwrap_err(),
        Document::from_json_str(&text).unwrap_err(),
    ] {
        assert!(matches!(err, Error::Malformed { .. }), "{err}");
        assert!(err.to_string().contains("JSON object"), "{err}");
    }
    assert!(serde_json::from_value::<RepresentationBody>(array).is_err());
    // The same object is read.
    assert!(RepresentationBody::from_json_str(&koeln.to_string()).is_ok());
    let laka = load("laka-bw.json");
    let as_array = |v: &Value| Value::Array(v.as_object().unwrap().values().cloned().collect());
    assert!(serde_json::from_value::<Association>(as_array(&laka)).is_err());
    assert!(Association::from_json_str(&as_array(&laka).to_string()).is_err());
    let net = load("networks/verbund-stage.json");
    assert!(Network::from_json_str(&as_array(&net).to_string()).is_err());
}
