//! Network maturity from evidence, federation eligibility, and links
//! between documents.

use migrant_representation::{
    Document, Network, Registry,
    organisation::{MaturityStage, MembershipCharacteristic, StageCriterion, criteria_for},
};
use serde_json::{Value, json};

use crate::common::*;

fn network(v: &Value) -> Network {
    match Document::from_json_str(&v.to_string()).unwrap() {
        Document::Network(n) => n,
        other => panic!("not a network: {other:?}"),
    }
}

fn verbund() -> Value {
    load("networks/verbund-stage.json")
}

/// Removes the evidence of one criterion from a Verbund.
fn without(criterion: StageCriterion) -> Value {
    with(verbund(), |v| {
        let e = &mut v["evidence"];
        match criterion {
            StageCriterion::SeveralMemberOrganisations => v["members"]["count"] = json!(1),
            StageCriterion::CooperationAcrossOrigins => {
                e["cooperation_across_origins"] = json!(false)
            }
            StageCriterion::RegularMeetings => e["regular_meetings"] = json!(false),
            StageCriterion::CooperationResolutions => e["cooperation_resolutions"] = json!(false),
            StageCriterion::ExternalPresentationResolutions => {
                e["external_presentation_resolutions"] = json!(false)
            }
            StageCriterion::SeveralOrgans => e["organs"] = json!(1),
            StageCriterion::ContactPersons => e["contact_persons"] = json!(false),
            StageCriterion::ProvenThroughWork => e["proven_work"] = json!([]),
            StageCriterion::FunctioningOrgans => e["organs_functioning"] = json!(false),
            StageCriterion::Office => e["offices"] = json!(0),
            StageCriterion::Staff => e["staff"] = json!(0),
            other => panic!("no test for {other}"),
        }
    })
}

#[test]
fn each_bundled_network_is_at_its_stage() {
    for (file, stage) in [
        ("networks/initiative-stage.json", MaturityStage::Initiative),
        ("networks/netzwerk-stage.json", MaturityStage::Network),
        ("networks/verbund-stage.json", MaturityStage::Federation),
    ] {
        let n = network(&load(file));
        assert_eq!(n.assess().supported, Some(stage), "{file}");
        assert!(n.stage_violations().is_empty(), "{file}");
    }
}

#[test]
fn every_criterion_present_and_missing() {
    let full = network(&verbund());
    assert_eq!(full.assess().supported, Some(MaturityStage::Federation));
    assert_eq!(full.assess().next, None);
    for c in StageCriterion::iter() {
        let n = network(&without(c));
        let a = n.assess();
        // Missing a criterion drops the network below that criterion's stage.
        let below = match c.stage() {
            MaturityStage::Initiative => None,
            MaturityStage::Network => Some(MaturityStage::Initiative),
            MaturityStage::Federation => Some(MaturityStage::Network),
        };
        assert_eq!(a.supported, below, "{c}");
        assert!(a.missing_for_next.contains(&c), "{c}");
        // The claim of a Verbund is now a violation that names the criterion.
        let v = n.stage_violations();
        assert_eq!(v.len(), 1, "{c}: {v:?}");
        assert_eq!(v[0].code.as_str(), "stage_not_supported");
        assert_eq!(v[0].path.as_str(), c.path());
        assert_eq!(v[0].rule, format!("nemo.stage.{c}"));
        assert!(v[0].citation.is_some());
    }
}

#[test]
fn stage_boundaries() {
    // One criterion short of a Netzwerk is an Initiative; with it, a Netzwerk.
    let netzwerk = load("networks/netzwerk-stage.json");
    let short = with(netzwerk.clone(), |v| v["evidence"]["organs"] = json!(1));
    assert_eq!(
        network(&short).assess().supported,
        Some(MaturityStage::Initiative)
    );
    assert_eq!(
        network(&short).assess().missing_for_next,
        [StageCriterion::SeveralOrgans]
    );
    assert_eq!(
        network(&netzwerk).assess().supported,
        Some(MaturityStage::Network)
    );
    // A Netzwerk with an office and staff but no documented work is no Verbund.
    let almost = with(netzwerk, |v| {
        v["evidence"]["offices"] = json!(1);
        v["evidence"]["staff"] = json!(2);
    });
    assert_eq!(
        network(&almost).assess().supported,
        Some(MaturityStage::Network)
    );
    assert_eq!(
        network(&almost).assess().missing_for_next,
        [StageCriterion::ProvenThroughWork]
    );
    // Registration as e.V. is not required at any stage.
    let unregistered = with(verbund(), |v| {
        v["evidence"]
            .as_object_mut()
            .unwrap()
            .remove("registered_on");
    });
    assert_eq!(
        network(&unregistered).assess().supported,
        Some(MaturityStage::Federation)
    );
    // No evidence at all: not even an initiative.
    let empty = with(load("networks/initiative-stage.json"), |v| {
        v["evidence"] = json!({});
        v["members"] = json!({"count": 0});
    });
    assert_eq!(network(&empty).assess().supported, None);
    assert_eq!(
        network(&empty).assess().next,
        Some(MaturityStage::Initiative)
    );
}

#[test]
fn criteria_accumulate_by_stage() {
    assert_eq!(criteria_for(MaturityStage::Initiative).len(), 2);
    assert_eq!(criteria_for(MaturityStage::Network).len(), 7);
    assert_eq!(criteria_for(MaturityStage::Federation).len(), 11);
}

#[test]
fn a_claim_above_the_evidence_is_reported_per_missing_criterion() {
    let n = network(&load("invalid/network-claims-verbund.json"));
    let paths: Vec<String> = n
        .stage_violations()
        .iter()
        .map(|v| v.path.as_str().to_owned())
        .collect();
    assert_eq!(
        paths,
        [
            "/evidence/proven_work",
            "/evidence/offices",
            "/evidence/staff"
        ]
    );
}

#[test]
fn federation_eligibility_is_a_separate_question() {
    let v = network(&verbund());
    assert!(v.federation_eligibility().eligible);
    let not_secular = network(&with(verbund(), |x| {
        x["characteristics"]["secular"] = json!(false)
    }));
    assert_eq!(
        not_secular.federation_eligibility().missing,
        [MembershipCharacteristic::Secular]
    );
    // Party-neutral but dependent on a government of origin.
    let dependent = network(&with(verbund(), |x| {
        x["characteristics"]["independent_of_origin_governments"] = json!(false)
    }));
    assert_eq!(
        dependent.federation_eligibility().missing,
        [MembershipCharacteristic::PartyNeutralAndIndependent]
    );
    // One origin only, and no cooperation across origins recorded.
    let single_origin = network(&with(verbund(), |x| {
        x["members"]["origins"] = json!(["Türkei", "türkei"]);
        x["evidence"]["cooperation_across_origins"] = json!(false);
    }));
    let missing = single_origin.federation_eligibility().missing;
    assert!(missing.contains(&MembershipCharacteristic::CutsAcrossOrigins));
    assert!(missing.contains(&MembershipCharacteristic::IsAVerbund));
    // A Netzwerk with every characteristic is still not eligible.
    let netzwerk = network(&with(load("networks/netzwerk-stage.json"), |x| {
        x["characteristics"] = verbund()["characteristics"].clone()
    }));
    assert_eq!(
        netzwerk.federation_eligibility().missing,
        [MembershipCharacteristic::IsAVerbund]
    );
}

fn doc(v: &Value) -> Document {
    Document::from_json_str(&v.to_string()).unwrap()
}

#[test]
fn links_resolve_and_are_typed() {
    let registry = Registry::new(
        [
            "bzi.json",
            "laka-bw.json",
            "agaby.json",
            "agarp.json",
            "migranetz-thueringen.json",
            "erfurt-auslaenderbeirat.json",
        ]
        .iter()
        .map(|f| doc(&load(f)))
        .collect(),
    );
    assert!(
        registry.link_violations().is_empty(),
        "{:?}",
        registry.link_violations()
    );
    // Unknown and mistyped references.
    let bzi = with(load("bzi.json"), |v| {
        v["members"] = json!([{"id": "no-such-association", "kind": "association"}, {"id": "erfurt-auslaenderbeirat", "kind": "association"}]);
    });
    let r = Registry::new(vec![doc(&bzi), doc(&load("erfurt-auslaenderbeirat.json"))]);
    let got: Vec<(String, String)> = r
        .link_violations()
        .into_iter()
        .map(|(_, v)| (v.code.as_str().to_owned(), v.path.as_str().to_owned()))
        .collect();
    assert_eq!(
        got,
        [
            ("unknown_reference".into(), "/members/0/id".into()),
            ("reference_mismatch".into(), "/members/1/kind".into())
        ]
    );
    // A state association's member body must be of its Land.
    let laka = with(
        load("laka-bw.json"),
        |v| {
            v["members"] = json!([{"id": "erfurt-auslaenderbeirat", "kind": "representation_body"}])
        },
    );
    let r = Registry::new(vec![doc(&laka), doc(&load("erfurt-auslaenderbeirat.json"))]);
    assert_eq!(
        r.link_violations()[0].1.rule,
        "link.state_association.same_land"
    );
    // A federal association's bodies must be associations or Verbünde.
    let nemo = with(load("bv-nemo.json"), |v| {
        v["members"] = json!([{"id": "verbund-musterstadt", "kind": "network"}, {"id": "netzwerk-musterstadt", "kind": "network"}]);
    });
    let r = Registry::new(vec![
        doc(&nemo),
        doc(&load("networks/verbund-stage.json")),
        doc(&load("networks/netzwerk-stage.json")),
    ]);
    let v = r.link_violations();
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].1.rule, "link.federal_association.verbund");
    assert_eq!(v[0].1.path.as_str(), "/members/1/id");
    // Ids are unique in a registry.
    let r = Registry::new(vec![doc(&load("laka-bw.json")), doc(&load("laka-bw.json"))]);
    assert_eq!(
        r.link_violations()[0].1.code.as_str(),
        "duplicate_document_id"
    );
}

/// The schema bounds member origins and proven work to non-blank texts; the
/// crate's reader checks the same.
#[test]
fn blank_origins_and_proven_work_are_structural_violations() {
    let base = load("networks/verbund-stage.json");
    let blank = with(base.clone(), |v| {
        v["members"]["origins"] = serde_json::json!(["Türkei", "  "]);
        v["evidence"]["proven_work"] = serde_json::json!([""]);
    });
    assert_eq!(
        structural(&blank),
        [
            ("empty_text".to_owned(), "/members/origins/1".to_owned()),
            (
                "empty_text".to_owned(),
                "/evidence/proven_work/0".to_owned()
            ),
        ]
    );
    let long = with(base, |v| {
        v["members"]["origins"] = serde_json::json!(["x".repeat(81)]);
    });
    assert_eq!(
        structural(&long),
        [("text_too_long".to_owned(), "/members/origins/0".to_owned())]
    );
}

/// An association that is its own member, directly or through a ring, is
/// reported once per ring; a duplicate id is reported on the duplicate.
#[test]
fn membership_cycles_and_duplicate_ids_are_reported_where_they_are() {
    let bzi = load("bzi.json");
    // Self-membership.
    let own = with(bzi.clone(), |v| {
        v["members"] = json!([{"id": "bzi", "kind": "association"}]);
    });
    let r = Registry::new(vec![doc(&own)]);
    let codes: Vec<(usize, String, String)> = r
        .link_violations_by_document()
        .into_iter()
        .map(|(i, v)| (i, v.code.as_str().to_owned(), v.path.as_str().to_owned()))
        .collect();
    assert!(
        codes.contains(&(0, "membership_cycle".to_owned(), "/members/0".to_owned())),
        "{codes:?}"
    );
    // A ring of 1,000 associations, each the member of the next.
    let ring: Vec<_> = (0..1_000)
        .map(|i| {
            doc(&with(bzi.clone(), |v| {
                v["id"] = json!(format!("ring-{i}"));
                v["members"] =
                    json!([{"id": format!("ring-{}", (i + 1) % 1_000), "kind": "association"}]);
            }))
        })
        .collect();
    let r = Registry::new(ring);
    let cycles = r
        .link_violations_by_document()
        .into_iter()
        .filter(|(_, v)| v.code.as_str() == "membership_cycle")
        .count();
    assert_eq!(cycles, 1);
    // A chain without a ring is fine.
    let chain: Vec<_> = (0..3)
        .map(|i| {
            doc(&with(bzi.clone(), |v| {
                v["id"] = json!(format!("chain-{i}"));
                v["members"] = if i < 2 {
                    json!([{"id": format!("chain-{}", i + 1), "kind": "association"}])
                } else {
                    json!([])
                };
            }))
        })
        .collect();
    assert!(
        Registry::new(chain)
            .link_violations_by_document()
            .iter()
            .all(|(_, v)| v.code.as_str() != "membership_cycle")
    );
    // The duplicate, not the first, carries the duplicate-id violation.
    let laka = load("laka-bw.json");
    let r = Registry::new(vec![doc(&laka), doc(&laka)]);
    let dup: Vec<usize> = r
        .link_violations_by_document()
        .into_iter()
        .filter(|(_, v)| v.code.as_str() == "duplicate_document_id")
        .map(|(i, _)| i)
        .collect();
    assert_eq!(dup, [1]);
}
