//! Participation rights: every statutory right is resolved for a real body
//! (or a near copy of one) and is broken by a document that grants less;
//! local rights are resolved with their citation.

use migrant_representation::{
    Law,
    law::{Certainty, Modality, Organ, RightKind, RightSource, RuleKind},
};
use serde_json::{Value, json};

use crate::common::*;

/// A real body (or near copy) for the regime of a right, and a date on
/// which the right is in force.
fn fixture(right_id: &str) -> (Value, &'static str) {
    let land = right_id.split('.').next().unwrap();
    let body = right_id.split('.').nth(1).unwrap();
    match (land, body) {
        // The 2013 version's rights, on a day of Köln's 2020 term.
        ("nw", "integration_council") => (
            load_at("koeln-integrationsrat.json", "2024-01-15"),
            "2024-01-15",
        ),
        ("nw", "integration_council_2025") => {
            (load_current("koeln-integrationsrat.json"), "2026-01-15")
        }
        // § 27 Abs. 12 GO NRW (2018): Köln's plan as an Integrationsausschuss.
        ("nw", "integration_committee") => (
            with(load_at("koeln-integrationsrat.json", "2024-01-15"), |v| {
                v["body_type"] = json!("integration_committee");
                v["local_rules"] = json!([]);
                v["composition"]["chair"] =
                    json!({"method": "elected_from_group", "group": "council"});
            }),
            "2024-01-15",
        ),
        ("he", "foreign_residents_board") => (
            load_current("wiesbaden-auslaenderbeirat.json"),
            "2026-01-15",
        ),
        ("he", "county_foreign_residents_board") => (
            with(load_current("wiesbaden-auslaenderbeirat.json"), |v| {
                v["id"] = json!("kreisauslaenderbeirat-darmstadt-dieburg");
                v["official_name"] = json!("Kreisausländerbeirat Darmstadt-Dieburg");
                v["jurisdiction"] =
                    json!({"land": "HE", "level": "county", "area": "Landkreis Darmstadt-Dieburg"});
                v["legal_basis"] =
                    json!({"kind": "statute", "citation": {"law": "HKO", "number": "4b"}});
                v["local_rules"] = json!([]);
            }),
            "2026-01-15",
        ),
        ("he", "integration_commission") => (
            with(load_current("wiesbaden-auslaenderbeirat.json"), |v| {
                v["id"] = json!("hoechst-integrations-kommission");
                v["body_type"] = json!("integration_commission");
                v["jurisdiction"] =
                    json!({"land": "HE", "level": "municipality", "area": "Höchst i. Odw."});
                v["legal_basis"] =
                    json!({"kind": "statute", "citation": {"law": "HGO", "number": "89"}});
                v["local_rules"] = json!([]);
            }),
            "2026-01-15",
        ),
        ("sl", _) => (load("saarbruecken-integrationsbeirat.json"), "2020-01-15"),
        ("rp", _) => (
            load("landau-beirat-migration-integration.json"),
            "2026-01-15",
        ),
        ("bb", _) if right_id.ends_with("_2007") => {
            (load("potsdam-migrantenbeirat.json"), "2020-01-15")
        }
        ("bb", _) => (load("potsdam-migrantenbeirat.json"), "2026-01-15"),
        ("be", "participation_committee") => (
            load("spandau-ausschuss-partizipation-integration.json"),
            "2026-01-15",
        ),
        ("sh", "local_board") => (
            with(load("erfurt-auslaenderbeirat.json"), |v| {
                v["jurisdiction"] = json!({"land": "SH", "level": "municipality", "area": "Kiel"});
            }),
            "2026-01-15",
        ),
        ("sh", "county_local_board") => (
            with(load("erfurt-auslaenderbeirat.json"), |v| {
                v["jurisdiction"] =
                    json!({"land": "SH", "level": "county", "area": "Kreis Segeberg"});
            }),
            "2026-01-15",
        ),
        other => panic!("no fixture for {other:?}"),
    }
}

fn weaker(m: Modality) -> Option<&'static str> {
    match m {
        Modality::Must => Some("may"),
        Modality::Should => Some("may"),
        _ => None,
    }
}

/// Every statutory right: resolved for its body on a date it is in force
/// (passing); a local right of the same kind towards the same organ but
/// weaker breaks it (failing), with the right's citation, or, for an
/// unverified right, gives a note. A "kann" right cannot be narrowed.
#[test]
fn every_statutory_right_is_resolved_and_cannot_be_narrowed() {
    let mut seen = 0;
    for (regime, right) in Law::builtin()
        .regimes()
        .flat_map(|g| g.rights.iter().map(move |r| (g, r)))
    {
        seen += 1;
        let (doc, on) = fixture(&right.id);
        let b = body(&doc);
        let rights = b.rights(date(on)).unwrap();
        assert!(
            rights.iter().any(|r| r.source
                == RightSource::Statute {
                    rule: right.id.clone()
                }
                && r.kind == right.kind
                && r.citation == right.citation),
            "{}: not resolved for {} on {on}",
            right.id,
            regime.land
        );
        let passing = report(&doc, on);
        assert!(
            passing.violations.iter().all(|v| v.rule != right.id),
            "{}",
            right.id
        );
        let Some(modality) = weaker(right.modality) else {
            // Nothing is weaker than "kann": a local "kann" changes nothing.
            let same = with(doc.clone(), |v| {
                v["local_rights"] = json!([{
                    "id": "local.same", "kind": right.kind, "organs": right.organs,
                    "matters": right.matters, "modality": "may",
                    "citation": {"law": "Hauptsatzung"}, "statement": "Der Rat kann den Beirat hören."
                }]);
            });
            assert!(
                report(&same, on)
                    .violations
                    .iter()
                    .all(|v| v.rule != right.id)
            );
            continue;
        };
        let narrowed = with(doc, |v| {
            v["local_rights"] = json!([{
                "id": "local.narrowed", "kind": right.kind, "organs": [right.organs[0]],
                "matters": right.matters, "modality": modality,
                "citation": {"law": "Hauptsatzung"}, "statement": "Das Recht besteht nur nach Ermessen."
            }]);
        });
        let r = report(&narrowed, on);
        match right.certainty {
            Certainty::Verified => {
                let v = r
                    .violations
                    .iter()
                    .find(|v| v.rule == right.id)
                    .unwrap_or_else(|| panic!("{}: narrowing passes", right.id));
                assert_eq!(v.code.as_str(), "right_narrowed", "{}", right.id);
                assert_eq!(v.path.as_str(), "/local_rights/0/modality", "{}", right.id);
                assert_eq!(v.citation.as_ref(), Some(&right.citation), "{}", right.id);
            }
            Certainty::Unverified => {
                assert!(
                    r.violations.iter().all(|v| v.rule != right.id),
                    "{}",
                    right.id
                );
                assert!(
                    r.notes.iter().any(|n| n.rule == right.id),
                    "{}: no note",
                    right.id
                );
            }
        }
    }
    assert!(seen >= 20, "{seen} rights");
}

/// The NRW Integrationsrat: proposals and attendance under § 27 Abs. 8
/// S. 3 and 4, comments under Abs. 9 GO NRW (2013 version); from the 2025
/// law the committee's place in the Beratungsfolge and its proposals.
#[test]
fn nrw_integration_council_rights() {
    let koeln = body(&load("koeln-integrationsrat.json"));
    let rights = koeln.rights(date("2024-01-15")).unwrap();
    let kinds: Vec<RightKind> = rights.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            RightKind::Proposal,
            RightKind::AttendanceAndSpeaking,
            RightKind::Comment
        ]
    );
    let cited: Vec<String> = rights.iter().map(|r| r.citation.to_string()).collect();
    assert_eq!(
        cited,
        [
            "§ 27 Abs. 8 S. 3 GO NRW",
            "§ 27 Abs. 8 S. 4 GO NRW",
            "§ 27 Abs. 9 GO NRW"
        ]
    );
    assert!(rights[0].organs.contains(&Organ::DistrictCouncil));
    // The last day of the 2013 version and the first of the 2025 version.
    assert_eq!(koeln.rights(date("2025-10-31")).unwrap().len(), 3);
    let rights = koeln.rights(date("2025-11-01")).unwrap();
    let kinds: Vec<RightKind> = rights.iter().map(|r| r.kind).collect();
    assert_eq!(kinds, [RightKind::Hearing, RightKind::Proposal]);
    assert!(rights.iter().all(|r| {
        r.citation.to_string()
            == "§ 27 GO NRW i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618)"
    }));
    // Before the 2013 law the crate records no rights.
    assert!(koeln.rights(date("2012-01-15")).unwrap().is_empty());
}

/// Dresden's Satzung grants an Anhörungs- and Rederecht; Saxony's law
/// grants none, so both are local, with their citation.
#[test]
fn local_rights_are_resolved_with_their_citation() {
    let dresden = body(&load("dresden-integrations-und-auslaenderbeirat.json"));
    let rights = dresden.rights(date("2026-01-15")).unwrap();
    assert_eq!(rights.len(), 2);
    assert!(
        rights
            .iter()
            .all(|r| matches!(r.source, RightSource::Local { .. }))
    );
    assert_eq!(rights[0].kind, RightKind::Hearing);
    assert_eq!(rights[1].kind, RightKind::AttendanceAndSpeaking);
    assert!(rights[0].citation.to_string().contains("Dresden"));
    let leipzig = body(&load("leipzig-migrantenbeirat.json"));
    let rights = leipzig.rights(date("2026-01-15")).unwrap();
    assert_eq!(
        rights.iter().map(|r| r.kind).collect::<Vec<_>>(),
        [RightKind::Motion]
    );
    // A local right stronger than the statute is recorded, not a violation:
    // Wiesbaden's council hears the Beirat by its own rule ("muss" where
    // § 88 HGO says "kann").
    let wiesbaden = with(load_current("wiesbaden-auslaenderbeirat.json"), |v| {
        v["local_rights"] = json!([{
            "id": "wiesbaden.hearing", "kind": "hearing", "organs": ["council"],
            "matters": "important_concerning_the_group", "modality": "must",
            "citation": {"law": "Hauptsatzung der Landeshauptstadt Wiesbaden"},
            "statement": "Die Stadtverordnetenversammlung hört den Ausländerbeirat in wichtigen Angelegenheiten."
        }]);
    });
    assert!(report(&wiesbaden, "2026-01-15").is_compliant());
    let rights = body(&wiesbaden).rights(date("2026-01-15")).unwrap();
    assert!(rights.iter().any(|r| r.source
        == RightSource::Local {
            id: "wiesbaden.hearing".into()
        }));
}

#[test]
fn local_rights_are_checked_structurally() {
    let bad = with(
        load("dresden-integrations-und-auslaenderbeirat.json"),
        |v| {
            v["local_rights"][0]["organs"] = json!([]);
            v["local_rights"][1]["statement"] = json!(" ");
        },
    );
    assert_eq!(
        structural(&bad),
        [
            (
                "empty_selector".to_owned(),
                "/local_rights/0/organs".to_owned()
            ),
            (
                "empty_text".to_owned(),
                "/local_rights/1/statement".to_owned()
            ),
        ]
    );
}

#[test]
fn the_catalogue_lists_the_rights() {
    let rights: Vec<_> = Law::builtin()
        .catalogue()
        .into_iter()
        .filter(|e| e.kind == RuleKind::Right)
        .collect();
    assert!(
        rights
            .iter()
            .any(|e| e.id == "he.foreign_residents_board.right_motion"
                && e.citation_text == "§ 88 HGO"
                && e.modality == Modality::Must)
    );
    assert!(rights.iter().any(
        |e| e.id == "he.foreign_residents_board.right_hearing_council"
            && e.modality == Modality::May
    ));
}
