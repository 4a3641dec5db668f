//! The law as a value: built in, serialised, loaded, extended and checked
//! for integrity.

use migrant_representation::{
    Land, Law,
    law::{AnyRule, LandLaw, Rule},
};
use serde_json::{Value, json};

use crate::common::*;

fn builtin_json() -> Value {
    serde_json::to_value(Law::builtin()).unwrap()
}

fn load_law(v: Value) -> Law {
    serde_json::from_value(v).expect("a law document")
}

fn defects(law: &Law) -> Vec<(String, String)> {
    match law.validate() {
        Ok(()) => Vec::new(),
        Err(v) => v
            .iter()
            .map(|x| (x.code.as_str().to_owned(), x.path.as_str().to_owned()))
            .collect(),
    }
}

/// Finds the JSON position of a rule by id: `(land, kind, index)`.
fn position(v: &Value, id: &str) -> (usize, String, usize, Option<usize>) {
    for (li, land) in v["lands"].as_array().unwrap().iter().enumerate() {
        for kind in ["establishment", "franchise"] {
            if let Some(i) = land[kind]
                .as_array()
                .unwrap()
                .iter()
                .position(|r| r["id"] == id)
            {
                return (li, kind.into(), i, None);
            }
        }
        for (gi, regime) in land["regimes"].as_array().unwrap().iter().enumerate() {
            if let Some(i) = regime["rules"]
                .as_array()
                .unwrap()
                .iter()
                .position(|r| r["id"] == id)
            {
                return (li, "regimes".into(), gi, Some(i));
            }
        }
    }
    panic!("no rule {id}")
}

#[test]
fn the_builtin_law_passes_its_integrity_checks() {
    assert_eq!(defects(Law::builtin()), Vec::<(String, String)>::new());
    // Every Land has its own file of law.
    let lands: Vec<Land> = Law::builtin().lands().iter().map(|l| l.land).collect();
    assert_eq!(lands.len(), 16);
    for land in Land::iter() {
        assert!(lands.contains(&land), "{land}");
    }
}

#[test]
fn the_law_round_trips_through_json() {
    let loaded = load_law(builtin_json());
    assert_eq!(&loaded, Law::builtin());
    assert_eq!(defects(&loaded), Vec::<(String, String)>::new());
    // The loaded law checks bodies exactly as the built-in one.
    let koeln = body(&load("invalid/nrw-integrationsrat-parity.json"));
    assert_eq!(
        loaded.check(&koeln, date("2026-01-15")).unwrap(),
        Law::builtin().check(&koeln, date("2026-01-15")).unwrap()
    );
}

#[test]
fn law_rule_finds_rules_of_every_kind() {
    let law = Law::builtin();
    assert!(matches!(
        law.rule("nw.integration_council.elected_majority"),
        Some(AnyRule::Composition(regime, _)) if regime.land == Land::NordrheinWestfalen
    ));
    assert!(matches!(
        law.rule("nw.establishment.must_5000"),
        Some(AnyRule::Establishment(_))
    ));
    assert!(matches!(
        law.rule("he.franchise"),
        Some(AnyRule::Franchise(_))
    ));
    assert_eq!(law.rule("nw.no_such_rule"), None);
    let r = law.rule("sl.franchise_2008").unwrap();
    assert_eq!(r.id(), "sl.franchise_2008");
    assert!(r.validity().until.is_some());
}

/// A program loads a (hypothetical) NRW reform from JSON: from 2030 an
/// Integrationsrat must have at least 11 members. Köln's 33 seats pass; a
/// copy with 9 fails under the loaded rule, with its citation, and passes
/// under the built-in law.
#[test]
fn a_loaded_reform_is_checked_like_built_in_law() {
    let reform: LandLaw = serde_json::from_value(json!({
        "land": "NW",
        "regimes": [{
            "land": "NW", "body_type": "integration_council", "levels": ["municipality"],
            "governance": "statute",
            "basis": {"law": "GO NRW", "unit": "section", "number": "27"},
            "covered": {"from": "2030-01-01"},
            "rules": [{
                "id": "nw.integration_council_2030.min_seats",
                "citation": {"law": "GO NRW", "unit": "section", "number": "27", "paragraph": 1},
                "validity": {"from": "2030-01-01"},
                "certainty": "verified",
                "source_kind": "gazette",
                "statement": {"de": "Der Integrationsrat hat mindestens 11 Mitglieder.",
                "en": "An Integrationsrat has at least 11 members"},
                "constraint": {"kind": "seats", "of": {"classes": ["any"]}, "min": 11},
                "source": "https://example.org/gv-nrw-2030"
            }],
            "note": "A reform loaded by a program."
        }]
    }))
    .unwrap();
    // The built-in NRW regime must end where the reform begins.
    let mut lands = Law::builtin().lands().to_vec();
    let nw = lands
        .iter_mut()
        .find(|l| l.land == Land::NordrheinWestfalen)
        .unwrap();
    for r in nw.regimes.to_mut() {
        if r.body_type == migrant_representation::BodyType::IntegrationCouncil
            && r.covered.until.is_none()
        {
            r.covered.until = Some(date("2030-01-01"));
            for rule in r.rules.to_mut() {
                if rule.validity.until.is_none() {
                    rule.validity.until = Some(date("2030-01-01"));
                }
            }
            for right in r.rights.to_mut() {
                if right.validity.until.is_none() {
                    right.validity.until = Some(date("2030-01-01"));
                }
            }
        }
    }
    let law = Law::new(lands).with(reform);
    assert_eq!(defects(&law), Vec::<(String, String)>::new());
    let small = with(load_current("koeln-integrationsrat.json"), |v| {
        v["local_rules"] = json!([]);
        v["composition"]["seat_groups"][0]["seats"] = json!(6);
        v["composition"]["seat_groups"][1]["seats"] = json!(3);
    });
    let b = body(&small);
    let r = law.check(&b, date("2030-06-01")).unwrap();
    assert_eq!(
        r.violations
            .iter()
            .map(|v| v.rule.as_ref())
            .collect::<Vec<_>>(),
        ["nw.integration_council_2030.min_seats"]
    );
    assert_eq!(
        r.violations[0].citation.as_ref().unwrap().to_string(),
        "§ 27 Abs. 1 GO NRW"
    );
    assert!(
        law.check(
            &body(&load_current("koeln-integrationsrat.json")),
            date("2030-06-01")
        )
        .unwrap()
        .is_compliant()
    );
    // The built-in law does not cover the Wahlperiode after 2030 differently.
    assert!(
        Law::builtin()
            .check(&b, date("2030-06-01"))
            .unwrap()
            .violations
            .iter()
            .all(|v| v.rule != "nw.integration_council_2030.min_seats")
    );
    // A program can also build the rule in code.
    let mut rule = Rule::new(
        "nw.integration_council_2030.min_seats",
        migrant_representation::Citation::section("GO NRW", "27").paragraph(1),
        migrant_representation::Validity::since(date("2030-01-01")),
        serde_json::from_value(json!({"kind": "seats", "of": {"classes": ["any"]}, "min": 11}))
            .unwrap(),
    );
    rule.statement.de = "Der Integrationsrat hat mindestens 11 Mitglieder.".into();
    rule.statement.en = "An Integrationsrat has at least 11 members".into();
    rule.source = "https://example.org/gv-nrw-2030".into();
    // Read in the gazette, so verified.
    rule.certainty = migrant_representation::law::Certainty::Verified;
    rule.source_kind = migrant_representation::law::SourceKind::Gazette;
    let AnyRule::Composition(_, loaded) =
        law.rule("nw.integration_council_2030.min_seats").unwrap()
    else {
        panic!("a composition rule")
    };
    assert_eq!(loaded, &rule);
}

#[test]
fn a_duplicate_id_is_a_defect() {
    let mut v = builtin_json();
    let (li, _, gi, ri) = position(&v, "nw.integration_council.chair");
    v["lands"][li]["regimes"][gi]["rules"][ri.unwrap()]["id"] =
        json!("nw.integration_council.deputies");
    let d = defects(&load_law(v));
    assert!(d.iter().any(|(c, _)| c == "duplicate_rule_id"), "{d:?}");
}

#[test]
fn overlapping_versions_of_one_rule_are_a_defect() {
    // Passing: nw.franchise_2009 ends the day nw.franchise starts.
    let v = builtin_json();
    let (li, kind, i, _) = position(&v, "nw.franchise_2009");
    let mut bad = v.clone();
    bad["lands"][li][&kind][i]["validity"]["until"] = json!("2014-01-01");
    let (_, _, j, _) = position(&v, "nw.franchise");
    assert_eq!(
        defects(&load_law(bad)),
        [(
            "overlapping_versions".to_owned(),
            format!("/lands/{li}/franchise/{j}/validity")
        )]
    );
}

#[test]
fn overlapping_regimes_and_rules_outside_coverage_are_defects() {
    let v = builtin_json();
    let (li, _, gi, ri) = position(&v, "nw.integration_council_2009.term");
    // The rule starts before its regime covers anything.
    let mut early = v.clone();
    early["lands"][li]["regimes"][gi]["rules"][ri.unwrap()]["validity"]["from"] =
        json!("2000-01-01");
    assert_eq!(
        defects(&load_law(early)),
        [(
            "rule_outside_coverage".to_owned(),
            format!("/lands/{li}/regimes/{gi}/rules/{}/validity", ri.unwrap())
        )]
    );
    // The same regime twice.
    let mut twice = v.clone();
    let regime = twice["lands"][li]["regimes"][gi].clone();
    twice["lands"][li]["regimes"]
        .as_array_mut()
        .unwrap()
        .push(regime);
    let d = defects(&load_law(twice));
    assert!(d.iter().any(|(c, _)| c == "overlapping_regimes"), "{d:?}");
}

#[test]
fn a_rule_without_source_citation_or_ordered_dates_is_a_defect() {
    let v = builtin_json();
    let (li, kind, i, _) = position(&v, "he.establishment.must_1000");
    let mut bad = v.clone();
    bad["lands"][li][&kind][i]["source"] = json!(" ");
    bad["lands"][li][&kind][i]["citation"]["law"] = json!("");
    bad["lands"][li][&kind][i]["validity"] = json!({"from": "2020-01-01", "until": "2019-01-01"});
    let d = defects(&load_law(bad));
    let p = format!("/lands/{li}/establishment/{i}");
    for (code, field) in [
        ("empty_text", "citation"),
        ("empty_text", "source"),
        ("invalid_validity", "validity"),
    ] {
        assert!(
            d.contains(&(code.to_owned(), format!("{p}/{field}"))),
            "{code} {field}: {d:?}"
        );
    }
}

#[test]
fn a_law_document_with_unknown_fields_is_rejected() {
    let mut v = builtin_json();
    v["lands"][0]["regimes"][0]["rules"][0]["bogus"] = json!(1);
    assert!(serde_json::from_value::<Law>(v).is_err());
}

/// A program builds the law of a Land in code (a hypothetical statute for
/// Bayern from 2030) and asks it the same questions as the built-in law.
#[test]
fn a_program_builds_a_lands_law_in_code() {
    use migrant_representation::{
        BodyType, Citation, Level, Validity,
        law::{
            Duty, Eligibility, EstablishmentRule, FranchiseRule, Nationality, Person, Population,
            Regime, VoterGroup,
        },
    };
    let from = Validity::since(date("2030-01-01"));
    let statute = Citation::section("BayGO", "20b");
    let mut regime = Regime::new(
        (Land::Bayern, BodyType::LocalAdvisoryBoard),
        vec![Level::Municipality],
        statute.clone(),
        from,
    );
    regime.note = "A hypothetical statute.".into();
    let mut seats = Rule::new(
        "by.local_board_2030.min_seats",
        statute.clone().paragraph(2),
        from,
        serde_json::from_value(json!({"kind": "seats", "of": {"classes": ["any"]}, "min": 5}))
            .unwrap(),
    );
    seats.statement.de = "Der Beirat hat mindestens fünf Mitglieder.".into();
    seats.statement.en = "The Beirat has at least five members".into();
    seats.source = "https://example.org/bay-2030".into();
    regime.rules.to_mut().push(seats);
    let mut duty = EstablishmentRule::new(
        "by.establishment_2030.must_1000",
        (
            Land::Bayern,
            vec![Level::Municipality],
            vec![BodyType::LocalAdvisoryBoard],
        ),
        Duty::Must,
        statute.clone().paragraph(1),
        from,
    );
    duty.statement.de = "Ab 1.000 ausländischen Einwohnern ist ein Beirat zu bilden.".into();
    duty.statement.en = "From 1,000 foreign residents a Beirat must be formed".into();
    duty.source = "https://example.org/bay-2030".into();
    let mut vote = Eligibility::new(vec![VoterGroup::NonGerman], statute.clone().paragraph(3));
    vote.min_age = Some(16);
    let mut franchise = FranchiseRule::new(
        "by.franchise_2030",
        (Land::Bayern, vec![BodyType::LocalAdvisoryBoard]),
        from,
        (vec![vote.clone()], vec![vote]),
    );
    franchise.statement.de = "Wahlberechtigt sind Nichtdeutsche ab 16.".into();
    franchise.statement.en = "Non-Germans aged 16 or more may vote".into();
    franchise.source = "https://example.org/bay-2030".into();
    let mut land = LandLaw::new(Land::Bayern);
    land.regimes.to_mut().push(regime);
    land.establishment.to_mut().push(duty);
    land.franchise.to_mut().push(franchise);
    let law = Law::new(vec![land]);
    assert_eq!(defects(&law), Vec::<(String, String)>::new());
    let answer = law
        .establishment_duty(
            Land::Bayern,
            Level::Municipality,
            date("2030-06-01"),
            Population {
                foreign_residents: 1_000,
                ..Population::default()
            },
        )
        .unwrap();
    assert_eq!(answer.duty, Duty::Must);
    let mut p = Person::new(date("2010-01-01"));
    p.nationalities = vec![Nationality::OtherForeign];
    let f = law
        .franchise(
            Land::Bayern,
            BodyType::LocalAdvisoryBoard,
            &p,
            date("2030-06-01"),
        )
        .unwrap();
    assert!(f.active.eligible);
    // Without the source the law is defective, and says where.
    let mut broken = law.lands().to_vec();
    broken[0].franchise.to_mut()[0].source = "".into();
    assert_eq!(
        defects(&Law::new(broken)),
        [(
            "empty_text".to_owned(),
            "/lands/0/franchise/0/source".to_owned()
        )]
    );
}

#[test]
fn election_days_out_of_order_are_a_defect() {
    let mut v = builtin_json();
    let lands = v["lands"].as_array_mut().unwrap();
    let (i, bw) = lands
        .iter_mut()
        .enumerate()
        .find(|(_, l)| l["land"] == "BW")
        .unwrap();
    let days = bw["council_term"]["regular_elections"]
        .as_array_mut()
        .unwrap();
    assert_eq!(days[1], "2009-06-07");
    days.swap(0, 1);
    let law = load_law(v);
    assert_eq!(
        defects(&law),
        [(
            "dates_out_of_order".into(),
            format!("/lands/{i}/council_term/regular_elections/1")
        )]
    );
    assert!(defects(&Law::builtin().clone()).is_empty());
}

/// The fictional-reform exercise: a reform loaded from JSON replaces one
/// NRW rule (the elected majority of § 27 GO NRW in its 2025 version) by a
/// two-thirds rule from 1 Nov 2030, through `Law::amend`; a body is checked
/// on both sides of that day. The replaced rule ends the day before, the
/// new one carries its citation, and a reform that names a rule the law
/// does not have is refused with a pointer into the reform.
#[test]
fn a_reform_loaded_from_json_replaces_one_nrw_rule_from_a_day() {
    use migrant_representation::{Reform, law::AnyRule};
    let reform: Reform = serde_json::from_value(json!({
        "land": "NW",
        "from": "2030-11-01",
        "rules": [{
            "id": "nw.integration_council_2030.two_thirds",
            "replaces": "nw.integration_council_2025.elected_majority",
            "citation": {"law": "GO NRW", "number": "27", "paragraph": 1, "sentence": 5,
                         "version": "i. d. F. des Gesetzes vom 01.07.2030 (GV. NRW. S. 1)"},
            "validity": {"from": "2030-11-01"},
            "certainty": "verified",
            "source_kind": "gazette",
            "statement": {"de": "Mindestens zwei Drittel der Mitglieder werden direkt gewählt.",
                          "en": "At least two thirds of the members are directly elected"},
            "constraint": {"kind": "share", "part": {"classes": ["directly_elected"]},
                           "of": {"classes": ["any"]}, "min": {"numerator": 2, "denominator": 3}},
            "source": "https://example.org/gv-nrw-2030"
        }]
    }))
    .unwrap();
    let law = Law::builtin().amend(&reform).expect("the reform applies");
    let Some(AnyRule::Composition(_, old)) =
        law.rule("nw.integration_council_2025.elected_majority")
    else {
        panic!("the replaced rule is kept, ended")
    };
    assert_eq!(old.validity.until, Some(date("2030-11-01")));
    // Köln's 2025 term with 19 elected of 30 seats: a majority over the 11
    // council members, but less than two thirds.
    let koeln = with(load_current("koeln-integrationsrat.json"), |v| {
        v["local_rules"] = json!([]);
        groups(v)[0]["seats"] = json!(19);
    });
    let b = body(&koeln);
    let broken = |on: &str| broken_rules(&law.check(&b, date(on)).unwrap());
    assert!(
        broken("2030-10-31").is_empty(),
        "{:?}",
        broken("2030-10-31")
    );
    assert_eq!(
        broken("2030-11-01"),
        ["nw.integration_council_2030.two_thirds"]
    );
    let r = law.check(&b, date("2030-11-01")).unwrap();
    assert_eq!(
        r.violations[0].citation_text().as_deref(),
        Some("§ 27 Abs. 1 S. 5 GO NRW i. d. F. des Gesetzes vom 01.07.2030 (GV. NRW. S. 1)")
    );
    // The built-in law is unchanged.
    assert!(broken_rules(&Law::builtin().check(&b, date("2030-11-01")).unwrap()).is_empty());
    // A reform that replaces a rule the law does not have.
    let mut wrong = serde_json::to_value(&reform).unwrap();
    wrong["rules"][0]["replaces"] = json!("nw.no_such_rule");
    let wrong: Reform = serde_json::from_value(wrong).unwrap();
    let err = Law::builtin().amend(&wrong).unwrap_err();
    assert_eq!(
        err.as_slice()
            .iter()
            .map(|f| (f.code.as_str(), f.path.as_str()))
            .collect::<Vec<_>>(),
        [("unknown_replaced_rule", "/rules/0/replaces")]
    );
}
