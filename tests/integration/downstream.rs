//! A test written the way a municipality's application would test itself,
//! using only the public API: it plans an Integrationsrat for a town and lets
//! proptest vary the numbers. The statute (§ 27 GO NRW) allows exactly the
//! plans in which the directly elected members outnumber the council
//! members and nobody else sits on the council.

use chrono::NaiveDate;
use migrant_representation::{Document, Error};
use proptest::prelude::*;
use serde_json::json;

/// The town's plan: how many members are elected, how many the council
/// delegates, and whether the administration wants two advisory seats.
fn plan(elected: u16, council: u16, advisory_staff: bool) -> serde_json::Value {
    let mut groups = vec![
        json!({"id": "elected", "label": "direkt gewählte Mitglieder", "filling": "directly_elected", "voting": "voting", "seats": elected}),
        json!({"id": "council", "label": "Ratsmitglieder", "filling": "council_delegated", "voting": "voting", "seats": council}),
    ];
    if advisory_staff {
        groups.push(json!({"id": "staff", "label": "Verwaltung", "filling": "administration_staff", "voting": "advisory", "seats": 2}));
    }
    json!({
        "document_type": "representation_body",
        "schema_version": 1,
        "id": "musterstadt-integrationsrat",
        "official_name": "Integrationsrat der Stadt Musterstadt",
        "english_label": "Integration Council of Musterstadt",
        "body_type": "integration_council",
        "jurisdiction": {"land": "NW", "level": "municipality", "area": "Musterstadt"},
        "legal_basis": {"kind": "statute", "citation": {"law": "GO NRW", "number": "27"}},
        "composition": {"seat_groups": groups, "chair": {"method": "elected_from_members"}},
        "term": {"length": {"kind": "council_term", "council_elected_on": "2020-09-13"}}
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: crate::common::cases(256), ..ProptestConfig::default() })]

    #[test]
    fn the_crate_accepts_exactly_the_plans_the_statute_allows(
        elected in 0u16..40,
        council in 0u16..40,
        advisory_staff in any::<bool>(),
    ) {
        // A day of the 2020 term, under the 2013 version of § 27 GO NRW
        // (unverified: a broken rule is a note, which counts here).
        let on = NaiveDate::from_ymd_opt(2024, 1, 15).unwrap();
        let statute_allows = elected > council && council > 0 && !advisory_staff;
        match Document::from_json_str(&plan(elected, council, advisory_staff).to_string()) {
            // A group of zero seats is not a plan at all.
            Err(Error::Invalid(v)) => prop_assert!(elected == 0 || council == 0, "{v}"),
            Err(e) => prop_assert!(false, "unexpected error {e}"),
            Ok(doc) => {
                prop_assert!(elected > 0 && council > 0);
                let report = doc.check(on).unwrap().unwrap();
                let broken = crate::common::broken_rules(&report);
                prop_assert_eq!(broken.is_empty(), statute_allows, "{:?}", broken);
                for v in report.violations.iter().chain(&report.notes) {
                    prop_assert!(v.citation.as_ref().unwrap().to_string().contains("§ 27"));
                }
            }
        }
    }
}

/// A body built in code, as a user's crate would build one, with the
/// builder and the constructors of its parts only: the same checks as a
/// document, the same verdict.
#[test]
fn a_body_built_in_code_is_checked_like_a_document() {
    use migrant_representation::{
        BodyType, Citation, Land, Level, RepresentationBody,
        body::{Jurisdiction, LegalBasis, RawSeatGroup, RawTerm, SeatFilling, VotingRight},
    };
    let on = NaiveDate::from_ymd_opt(2024, 1, 15).unwrap();
    let start = |elected: u16, council: u16| {
        RepresentationBody::builder(
            "musterstadt-integrationsrat",
            "Integrationsrat der Stadt Musterstadt",
            BodyType::IntegrationCouncil,
            Jurisdiction::new(Land::NordrheinWestfalen, Level::Municipality, "Musterstadt"),
        )
        .legal_basis(LegalBasis::Statute {
            citation: Citation::section("GO NRW", "27"),
        })
        .seat_group(RawSeatGroup::new(
            "elected",
            "direkt gewählte Mitglieder",
            SeatFilling::DirectlyElected,
            VotingRight::Voting,
            elected,
        ))
        .seat_group(RawSeatGroup::new(
            "council",
            "Ratsmitglieder",
            SeatFilling::CouncilDelegated,
            VotingRight::Voting,
            council,
        ))
        .term(RawTerm::council_term(
            NaiveDate::from_ymd_opt(2020, 9, 13).unwrap(),
        ))
    };
    let good = start(10, 5).build().unwrap();
    let report = good.check(on).unwrap();
    assert!(report.is_compliant(), "{:?}", report.violations);
    assert!(crate::common::broken_rules(&report).is_empty());
    // § 27 Abs. 1 S. 5 GO NRW (2013) is unverified: a note, not a violation.
    let parity = start(5, 5).build().unwrap();
    let r = parity.check(on).unwrap();
    assert_eq!(
        crate::common::broken_rules(&r),
        ["nw.integration_council.elected_majority"]
    );
    assert_eq!(r.notes[0].code.as_str(), "majority_required");
    // A zero-seat group is refused as in a document, with its pointer.
    let err = start(0, 5).build().unwrap_err();
    assert_eq!(err.as_slice()[0].code.as_str(), "zero_count");
    assert_eq!(
        err.as_slice()[0].path.as_str(),
        "/composition/seat_groups/0/seats"
    );
    // Without a legal basis the builder says so.
    let err = RepresentationBody::builder(
        "x",
        "X",
        BodyType::IntegrationCouncil,
        Jurisdiction::new(Land::NordrheinWestfalen, Level::Municipality, "X"),
    )
    .build()
    .unwrap_err();
    assert_eq!(
        (
            err.as_slice()[0].code.as_str(),
            err.as_slice()[0].path.as_str()
        ),
        ("empty_text", "/legal_basis")
    );
    // The built body is a document like any other.
    let json = serde_json::to_value(&good).unwrap();
    assert_eq!(RepresentationBody::from_json_value(json).unwrap(), good);
}
