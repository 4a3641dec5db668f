//! The public API's small contracts: stable names, display forms, traits.

use std::str::FromStr;

use migrant_representation::body::*;
use migrant_representation::check::*;
use migrant_representation::error::*;
use migrant_representation::law::*;
use migrant_representation::organisation::*;
use migrant_representation::*;
fn assert_names_agree<T, I: Iterator<Item = T>>(values: I)
where
    T: serde::Serialize
        + for<'a> serde::Deserialize<'a>
        + Into<&'static str>
        + FromStr
        + PartialEq
        + std::fmt::Debug
        + Copy,
    <T as FromStr>::Err: std::fmt::Debug,
{
    for k in values {
        let name: &'static str = k.into();
        assert_eq!(
            serde_json::to_value(k).unwrap(),
            serde_json::Value::from(name)
        );
        assert_eq!(
            serde_json::from_value::<T>(serde_json::Value::from(name)).unwrap(),
            k
        );
        assert_eq!(T::from_str(name).unwrap(), k);
    }
}

#[test]
fn serde_and_strum_names_agree() {
    assert_names_agree(FindingCode::iter());
    assert_names_agree(Land::iter());
    assert_names_agree(Level::iter());
    assert_names_agree(BodyType::iter());
    assert_names_agree(BodyFamily::iter());
    assert_names_agree(SeatFilling::iter());
    assert_names_agree(VotingRight::iter());
    assert_names_agree(SeatClass::iter());
    assert_names_agree(ChairMethod::iter());
    assert_names_agree(AssociationKind::iter());
    assert_names_agree(MaturityStage::iter());
}

/// The violation codes are public API: this list changes only by adding.
#[test]
fn violation_codes_are_stable() {
    let codes: Vec<&str> = FindingCode::iter().map(FindingCode::as_str).collect();
    assert_eq!(
        codes,
        [
            "unsupported_schema_version",
            "empty_text",
            "text_too_long",
            "invalid_identifier",
            "invalid_ags",
            "ags_land_mismatch",
            "level_mismatch",
            "no_seat_groups",
            "duplicate_seat_group_id",
            "unknown_seat_group",
            "filled_seats_exceed_seats",
            "too_many_seats",
            "term_ends_before_start",
            "missing_constitution_date",
            "successor_date_without_continuation",
            "invalid_validity",
            "invalid_share",
            "empty_selector",
            "zero_count",
            "body_type_not_permitted",
            "majority_required",
            "share_out_of_range",
            "seat_count_out_of_range",
            "seat_group_not_allowed",
            "chair_rule_not_allowed",
            "deputy_rule_not_allowed",
            "term_length_mismatch",
            "term_continuation_mismatch",
            "legal_basis_mismatch",
            "stage_not_supported",
            "unknown_reference",
            "duplicate_document_id",
            "reference_mismatch",
            "roster_exceeds_seats",
            "chair_not_member",
            "duplicate_voting_membership",
            "membership_outside_term",
            "election_day_mismatch",
            "too_few_meetings",
            "member_share_too_low",
            "member_count_exceeds_members",
            "date_out_of_range",
            "successor_meets_before_start",
            "membership_ends_before_start",
            "empty_range",
            "founding_year_mismatch",
            "missing_land",
            "missing_area",
            "duplicate_rule_id",
            "overlapping_versions",
            "overlapping_regimes",
            "rule_outside_coverage",
            "right_narrowed",
            "membership_cycle",
            "too_many_findings",
            "dates_out_of_order",
            "term_given_twice",
            "body_lapsed",
            "no_body_in_office",
            "verified_on_weak_source",
            "unknown_replaced_rule",
            "no_lists",
            "duplicate_list_name",
            "duplicate_candidate",
            "candidate_count_mismatch",
            "elected_seats_mismatch",
        ]
    );
    assert!(FindingCode::ZeroCount.is_structural());
    assert!(FindingCode::MissingArea.is_structural());
    assert!(!FindingCode::MajorityRequired.is_structural());
    assert!(!FindingCode::MemberShareTooLow.is_structural());
}

#[test]
fn lands_have_codes_names_and_ags_keys() {
    let keys: Vec<u8> = Land::iter().map(Land::ags_key).collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (1..=16).collect::<Vec<u8>>());
    assert_eq!(Land::Thueringen.official_name(), "Thüringen");
    assert_eq!(Land::from_str("HE").unwrap().code(), "HE");
    let err = Land::from_str("XX").unwrap_err();
    assert_eq!(err.what(), "Land");
    assert_eq!(err.valid().len(), 16);
    assert!(err.to_string().contains("valid: BW, BY, BE"), "{err}");
    // The same for the other closed lists, with their serialised names.
    let err = "integration_concil"
        .parse::<migrant_representation::BodyType>()
        .unwrap_err();
    assert!(err.valid().contains(&"integration_council"), "{err}");
    let err = "gemeinde"
        .parse::<migrant_representation::Level>()
        .unwrap_err();
    assert!(err.to_string().contains("municipality"), "{err}");
    // Iteration needs no other crate in scope.
    assert_eq!(Land::iter().count(), Land::ALL.len());
    assert_eq!(migrant_representation::FindingCode::iter().count(), 66);
}

#[test]
fn ags_parsing() {
    assert_eq!(Ags::parse("09762000").unwrap().land(), Land::Bayern);
    assert_eq!(Ags::parse("06432").unwrap().land(), Land::Hessen);
    assert_eq!(Ags::parse("16051000").unwrap().land(), Land::Thueringen);
    // Every Land key reads as its own Land; none falls back to another.
    for land in Land::iter() {
        let key = format!("{:02}000000", land.ags_key());
        assert_eq!(Ags::parse(&key).unwrap().land(), land, "{key}");
    }
    // The error does not echo a long input back.
    let long = "9".repeat(10_000);
    assert!(Ags::parse(&long).unwrap_err().to_string().len() < 200);
    for bad in [
        "",
        "0976200",
        "097620",
        "0976",
        "097620000",
        "00762000",
        "17000000",
        "0976200a",
        "٠٩٧٦٢٠٠٠",
    ] {
        assert!(Ags::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn citations_display_as_lawyers_write_them() {
    assert_eq!(
        Citation::section("GO NRW", "27")
            .paragraph(3)
            .sentence(1)
            .item(2)
            .to_string(),
        "§ 27 Abs. 3 S. 1 Nr. 2 GO NRW"
    );
    assert_eq!(
        Citation::article("BayGO", "23").to_string(),
        "Art. 23 BayGO"
    );
    assert_eq!(
        Citation::whole("Beschluss des Stadtrates").to_string(),
        "Beschluss des Stadtrates"
    );
    assert_eq!(
        Citation::section("GO NRW", "27")
            .version("i. d. F. des Gesetzes vom 19.12.2013")
            .to_string(),
        "§ 27 GO NRW i. d. F. des Gesetzes vom 19.12.2013"
    );
}

#[test]
fn json_pointers_escape_and_display() {
    let p = JsonPointer::root().field("a~b").field("c/d").index(0);
    assert_eq!(p.as_str(), "/a~0b/c~1d/0");
    assert_eq!(JsonPointer::root().to_string(), "(document)");
    assert!(JsonPointer::parse("a").is_none());
}

#[test]
fn shares_compare_exactly() {
    let s = Share::new(2, 3);
    assert!(s.at_least(2, 3) && s.at_most(2, 3));
    assert!(!Share::new(21, 33).at_least(2, 3));
    assert_eq!(Share::new(0, 0).as_f64(), 0.0);
    assert_eq!(Ratio::new(4, 3), None);
    assert_eq!(Ratio::new(1, 0), None);
}

#[test]
fn validity_is_half_open() {
    let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    let v = Validity::between(d("2013-12-19"), d("2018-12-29"));
    assert!(!v.contains(d("2013-12-18")));
    assert!(v.contains(d("2013-12-19")));
    assert!(v.contains(d("2018-12-28")));
    assert!(!v.contains(d("2018-12-29")));
    assert!(Validity::always().contains(d("1900-01-01")));
    assert!(
        !Validity {
            from: Some(d("2020-01-01")),
            until: Some(d("2019-01-01"))
        }
        .is_well_formed()
    );
}

#[test]
fn body_types_belong_to_families() {
    assert_eq!(BodyType::IntegrationCouncil.family(), BodyFamily::Council);
    assert_eq!(
        BodyType::IntegrationCommittee.family(),
        BodyFamily::Committee
    );
    assert_eq!(
        BodyType::IntegrationCommission.family(),
        BodyFamily::Commission
    );
    assert_eq!(
        BodyType::LocalAdvisoryBoard.family(),
        BodyFamily::AdvisoryBoard
    );
    for t in BodyType::iter() {
        assert!(!t.describe(migrant_representation::Language::De).is_empty());
    }
}

#[test]
fn a_program_can_extend_the_law_with_its_own_regimes() {
    let mut lands = Law::builtin().lands().to_vec();
    let before = Law::builtin().regimes().count();
    // A program models a (hypothetical) change by replacing a regime's rules.
    let koeln = crate::common::body(&crate::common::load_current("koeln-integrationsrat.json"));
    for land in &mut lands {
        land.regimes.to_mut().retain(|r| {
            !(r.land == Land::NordrheinWestfalen && r.body_type == BodyType::IntegrationCouncil)
        });
    }
    let law = Law::new(lands);
    // The Integrationsrat of 2009 to 2025 and the committee of 2025.
    assert_eq!(law.regimes().count(), before - 2);
    assert!(matches!(
        law.check(&koeln, crate::common::date("2026-01-15")),
        Err(CheckError::NoRegime { .. })
    ));
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<RepresentationBody>();
    check::<Document>();
    check::<Report>();
    check::<Finding>();
    check::<Error>();
    check::<CheckError>();
    check::<Law>();
    check::<Association>();
    check::<Network>();
}

/// The ids of the built-in rules, as published.
const PINNED_RULE_IDS: &[&str] = &[
    "nw.foreign_residents_board_1994.term",
    "nw.foreign_residents_board_1994.size",
    "nw.integration_council.elected_majority",
    "nw.integration_council.composition",
    "nw.integration_council.chair",
    "nw.integration_council.deputies",
    "nw.integration_council.term",
    "nw.integration_council.continuation",
    "nw.integration_council.election_day",
    "nw.integration_council_2009.term",
    "nw.integration_council_2009.composition",
    "nw.integration_council_2025.elected_majority",
    "nw.integration_council_2025.chair",
    "nw.integration_council_2025.term",
    "nw.integration_council_2025.election_day",
    "nw.integration_committee_2009.term",
    "nw.integration_committee.not_permitted_2013_2018",
    "nw.integration_committee.elected_majority",
    "nw.integration_committee.composition",
    "nw.integration_committee.chair",
    "nw.integration_committee.term",
    "nw.integration_committee.election_day",
    "nw.integration_committee.not_permitted_2025",
    "he.foreign_residents_board.size",
    "he.foreign_residents_board.elected",
    "he.foreign_residents_board.chair",
    "he.foreign_residents_board.deputies",
    "he.foreign_residents_board.lapse",
    "he.foreign_residents_board.term",
    "he.foreign_residents_board.election_day",
    "he.foreign_residents_board_2001.size",
    "he.foreign_residents_board_2001.elected",
    "he.foreign_residents_board_2001.term",
    "he.foreign_residents_board_2005.term",
    "he.county_foreign_residents_board.chair",
    "he.county_foreign_residents_board.deputies",
    "he.integration_commission.expert_share",
    "he.integration_commission.women_half",
    "he.integration_commission.co_chairs",
    "he.integration_commission.meetings",
    "rp.migration_board.elected",
    "rp.migration_board.term",
    "rp.migration_board.appointed_third",
    "rp.migration_board.chair",
    "rp.migration_board.deputies",
    "rp.county_migration_board.elected",
    "rp.county_migration_board.term",
    "rp.county_migration_board.appointed_third",
    "rp.county_migration_board.chair",
    "rp.county_migration_board.deputies",
    "sl.integration_board_2008.elected_two_thirds",
    "sl.integration_board_2008.council_third",
    "sl.integration_board_2008.spokesperson",
    "sl.integration_board.elected_two_thirds",
    "sl.integration_board.council_third",
    "by.local_board.legal_basis",
    "by.county_local_board.legal_basis",
    "bw.local_board_1956.legal_basis",
    "bw.local_board.legal_basis",
    "sn.local_board_1993.legal_basis",
    "sn.local_board.legal_basis",
    "sn.county_local_board_1993.legal_basis",
    "sn.county_local_board.legal_basis",
    "be.participation_committee.district_councillors",
    "be.participation_committee.citizen_deputies",
    "be.participation_committee.composition",
    "be.participation_committee.migration_history",
    "be.integration_committee_2011.citizen_deputies",
    "be.integration_committee_2011.councillor_majority",
    "be.integration_committee_2011.size",
    "be.integration_committee_2011.composition",
    "be.state_board.chair",
    "be.state_board.women_half",
    "be.district_board.legal_basis",
    "bb.local_board.legal_basis_2007",
    "bb.local_board.legal_basis_2024",
    "mv.local_board.legal_basis",
    "ni.local_board.legal_basis",
    "st.local_board.legal_basis",
    "sh.local_board.legal_basis",
    "sh.county_local_board.legal_basis",
    "th.local_board.legal_basis",
    "hh.state_board.legal_basis",
    "hh.state_board.chair",
    "hh.district_board.legal_basis",
    "hb.state_board.legal_basis",
    "hb.local_board_2011.legal_basis",
    "hb.local_board.legal_basis",
    "nw.establishment_1994.must_5000",
    "nw.establishment_1994.on_request_2000",
    "nw.establishment_1994.may",
    "nw.establishment_2013.must_5000",
    "nw.establishment_2013.on_request_2000",
    "nw.establishment_2013.may",
    "nw.establishment.must_5000",
    "nw.establishment.on_request_2000",
    "nw.establishment.may",
    "nw.establishment_2009.must_5000",
    "nw.establishment_2009.on_request_2000",
    "nw.establishment_2009.may",
    "nw.establishment_2025.must_5000",
    "nw.establishment_2025.on_request_2000",
    "nw.establishment_2025.may",
    "he.establishment.must_1000",
    "he.establishment.may",
    "he.establishment_1993.must_1000",
    "he.establishment_1993.may",
    "he.establishment.county_may",
    "rp.establishment.must_1000",
    "rp.establishment.may",
    "rp.establishment.association_may",
    "rp.establishment.county_must_5000",
    "sl.establishment.should_10_percent",
    "sl.establishment.may",
    "sl.establishment_2008.should_8_percent",
    "sl.establishment_2008.may",
    "sl.establishment_auslaenderbeirat.should_3_percent",
    "by.establishment.may",
    "by.establishment.county_may",
    "bw.establishment.may_1956",
    "bw.establishment.may",
    "sn.establishment.may",
    "sn.establishment.county_may_1993",
    "sn.establishment.county_may",
    "be.establishment.district_board",
    "be.establishment.district_committee",
    "be.establishment.district_committee_2011",
    "bb.establishment.may_2007",
    "bb.establishment.may_2024",
    "mv.establishment.may",
    "ni.establishment.may",
    "st.establishment.may",
    "sh.establishment.may",
    "sh.establishment.county_may",
    "th.establishment.may",
    "hh.establishment.may",
    "hb.establishment.may",
    "nw.franchise",
    "nw.franchise_2009",
    "he.franchise",
    "he.franchise_2015",
    "rp.franchise",
    "rp.franchise_2009",
    "sl.franchise_2008",
    "sl.franchise",
    "nw.integration_council.right_proposal",
    "nw.integration_council.right_attendance",
    "nw.integration_council.right_comment",
    "nw.integration_council_2025.right_deliberation",
    "nw.integration_council_2025.right_proposal",
    "nw.integration_committee.right_proposal",
    "nw.integration_committee.right_attendance",
    "nw.integration_committee.right_comment",
    "nw.integration_committee.right_deliberation",
    "he.foreign_residents_board.right_information",
    "he.foreign_residents_board.right_proposal",
    "he.foreign_residents_board.right_hearing_committees",
    "he.foreign_residents_board.right_hearing_council",
    "he.foreign_residents_board.right_motion",
    "he.county_foreign_residents_board.right_information",
    "he.county_foreign_residents_board.right_proposal",
    "he.county_foreign_residents_board.right_hearing_committees",
    "he.county_foreign_residents_board.right_hearing_council",
    "he.county_foreign_residents_board.right_motion",
    "he.integration_commission.right_proposal",
    "he.integration_commission.right_hearing_committees",
    "rp.migration_board.right_motion",
    "rp.migration_board.right_attendance",
    "rp.migration_board.right_comment",
    "sl.integration_board_2008.right_motion",
    "sl.integration_board_2008.right_attendance",
    "bb.local_board.right_comment_2024",
    "sh.local_board.right_information",
    "sh.local_board.right_motion",
    "sh.local_board.right_attendance",
    "sh.county_local_board.right_information",
    "sh.county_local_board.right_motion",
    "sh.county_local_board.right_attendance",
    "nw.election.allocation_2007",
    "nw.election.allocation_2024",
    "nw.election.allocation_2025",
    "he.election.allocation",
    "rp.election.allocation",
    "rp.election.county_allocation",
    "sl.election.allocation_2008",
    "sl.election.allocation",
];

/// The ids of the built-in rules are public API: this list changes only by
/// adding (a corrected rule keeps its id; a new version gets a new one).
#[test]
fn rule_ids_are_pinned() {
    use migrant_representation::law::ids;
    // Every pinned id is still there, in the same order; new ids may be
    // added between them.
    let mut all = ids::ALL.iter();
    for id in PINNED_RULE_IDS {
        assert!(all.any(|a| a == id), "{id} was removed, renamed or moved");
    }
    let builtin: Vec<String> = Law::builtin()
        .catalogue()
        .into_iter()
        .map(|e| e.id.into_owned())
        .collect();
    assert_eq!(builtin, ids::ALL);
    assert_eq!(
        ids::NW_INTEGRATION_COUNCIL_ELECTED_MAJORITY,
        "nw.integration_council.elected_majority"
    );
    assert!(Law::builtin().rule(ids::HE_FRANCHISE).is_some());
}
