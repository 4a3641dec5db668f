//! Establishment duty at each threshold, franchise cases, and the reform
//! dates (the day before and the day of each).

use migrant_representation::{
    BodyType, Land, Law, Level,
    law::{
        Certainty, Duty, EstablishmentError, FranchiseError, Nationality, Person, Population,
        RuleKind, establishment_duty, franchise,
    },
};

use crate::common::*;

fn duty(land: Land, level: Level, on: &str, foreign: u32) -> Duty {
    establishment_duty(
        land,
        level,
        date(on),
        Population {
            foreign_residents: foreign,
            ..Population::default()
        },
    )
    .unwrap_or_else(|e| panic!("{land} {on} {foreign}: {e}"))
    .duty
}

#[test]
fn nrw_thresholds_are_at_least() {
    let on = "2026-01-15";
    assert_eq!(
        duty(Land::NordrheinWestfalen, Level::Municipality, on, 4_999),
        Duty::May
    );
    assert_eq!(
        duty(Land::NordrheinWestfalen, Level::Municipality, on, 5_000),
        Duty::Must
    );
    assert_eq!(
        duty(Land::NordrheinWestfalen, Level::Municipality, on, 5_001),
        Duty::Must
    );
    let with_signatures = |foreign, signatures| {
        establishment_duty(
            Land::NordrheinWestfalen,
            Level::Municipality,
            date(on),
            Population {
                foreign_residents: foreign,
                residents: None,
                signatures: Some(signatures),
            },
        )
        .unwrap()
        .duty
    };
    assert_eq!(with_signatures(1_999, 500), Duty::May);
    assert_eq!(with_signatures(2_000, 199), Duty::May);
    assert_eq!(with_signatures(2_000, 200), Duty::MustOnRequest);
    assert_eq!(with_signatures(2_001, 201), Duty::MustOnRequest);
    let a = establishment_duty(
        Land::NordrheinWestfalen,
        Level::Municipality,
        date(on),
        Population {
            foreign_residents: 6_000,
            ..Population::default()
        },
    )
    .unwrap();
    // The 2025 version's wording was not read: the duty is carried over,
    // unverified, and cites the section in that version.
    assert_eq!(a.certainty, Certainty::Unverified);
    assert_eq!(
        a.citations()[0].to_string(),
        "§ 27 GO NRW i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618)"
    );
    let before = establishment_duty(
        Land::NordrheinWestfalen,
        Level::Municipality,
        date("2025-10-31"),
        Population {
            foreign_residents: 6_000,
            ..Population::default()
        },
    )
    .unwrap();
    assert_eq!(before.rules[0].id, "nw.establishment.must_5000");
    assert_eq!(before.citations()[0].to_string(), "§ 27 Abs. 1 S. 1 GO NRW");
    assert_eq!(a.rules[0].id, "nw.establishment_2025.must_5000");
}

#[test]
fn hessen_and_rlp_thresholds_are_more_than() {
    let on = "2026-01-15";
    assert_eq!(duty(Land::Hessen, Level::Municipality, on, 999), Duty::May);
    assert_eq!(
        duty(Land::Hessen, Level::Municipality, on, 1_000),
        Duty::May
    );
    assert_eq!(
        duty(Land::Hessen, Level::Municipality, on, 1_001),
        Duty::Must
    );
    assert_eq!(
        duty(Land::RheinlandPfalz, Level::Municipality, on, 1_000),
        Duty::May
    );
    assert_eq!(
        duty(Land::RheinlandPfalz, Level::Municipality, on, 1_001),
        Duty::Must
    );
    assert_eq!(
        duty(Land::RheinlandPfalz, Level::County, on, 5_001),
        Duty::Must
    );
    // RLP Landkreise at or below the threshold may form a Beirat (AGARP,
    // unverified).
    assert_eq!(
        duty(Land::RheinlandPfalz, Level::County, on, 5_000),
        Duty::May
    );
}

#[test]
fn what_happens_without_candidates() {
    let on = date("2026-01-15");
    let he = establishment_duty(
        Land::Hessen,
        Level::Municipality,
        on,
        Population {
            foreign_residents: 5_000,
            ..Population::default()
        },
    )
    .unwrap();
    let nc = he.rules[0].if_no_candidates.as_ref().unwrap();
    assert_eq!(nc.instead, Some(BodyType::IntegrationCommission));
    let rp = establishment_duty(
        Land::RheinlandPfalz,
        Level::Municipality,
        on,
        Population {
            foreign_residents: 5_000,
            ..Population::default()
        },
    )
    .unwrap();
    let nc = rp.rules[0].if_no_candidates.as_ref().unwrap();
    assert_eq!(
        nc.citation.to_string(),
        "§ 56 Abs. 3 S. 1 i. V. m. § 56a GemO RLP"
    );
    assert_eq!(nc.lapses_for_years, None);
    let sl = establishment_duty(
        Land::Saarland,
        Level::Municipality,
        on,
        Population {
            foreign_residents: 20_000,
            residents: Some(180_000),
            signatures: None,
        },
    )
    .unwrap();
    assert_eq!(sl.duty, Duty::Should);
    assert_eq!(
        sl.rules[0]
            .if_no_candidates
            .as_ref()
            .unwrap()
            .lapses_for_years,
        Some(5)
    );
}

#[test]
fn saarland_uses_the_share_and_its_reforms() {
    let share = |on: &str, foreign, residents| {
        establishment_duty(
            Land::Saarland,
            Level::Municipality,
            date(on),
            Population {
                foreign_residents: foreign,
                residents: Some(residents),
                signatures: None,
            },
        )
        .unwrap()
        .duty
    };
    // 2023 version: at least 10 %.
    assert_eq!(share("2026-01-15", 9_999, 100_000), Duty::May);
    assert_eq!(share("2026-01-15", 10_000, 100_000), Duty::Should);
    assert_eq!(share("2026-01-15", 10_001, 100_000), Duty::Should);
    // 2008 version: at least 8 % (the day before the 2023 version is recorded).
    assert_eq!(share("2023-12-20", 8_000, 100_000), Duty::Should);
    assert_eq!(share("2023-12-21", 8_000, 100_000), Duty::May);
    assert_eq!(share("2023-12-20", 7_999, 100_000), Duty::May);
    // Earlier Ausländerbeirat version: at least 3 %.
    assert_eq!(share("2005-06-01", 3_000, 100_000), Duty::Should);
    assert!(matches!(
        establishment_duty(
            Land::Saarland,
            Level::Municipality,
            date("2026-01-15"),
            Population {
                foreign_residents: 10,
                residents: None,
                signatures: None
            }
        ),
        Err(EstablishmentError::ResidentsNeeded { .. })
    ));
}

#[test]
fn reform_dates_change_the_answer_on_the_day() {
    // Hessen 2020: the Integrations-Kommission becomes an alternative.
    let he = |on: &str| {
        establishment_duty(
            Land::Hessen,
            Level::Municipality,
            date(on),
            Population {
                foreign_residents: 2_000,
                ..Population::default()
            },
        )
        .unwrap()
    };
    assert!(
        !he("2020-05-15").rules[0]
            .body_types
            .contains(&BodyType::IntegrationCommission)
    );
    assert_eq!(
        he("2020-05-15").rules[0].id,
        "he.establishment_1993.must_1000"
    );
    assert!(
        he("2020-05-16").rules[0]
            .body_types
            .contains(&BodyType::IntegrationCommission)
    );
    assert_eq!(he("2020-05-16").rules[0].id, "he.establishment.must_1000");
    // NRW 2013: promulgated on 30 Dec 2013, so verified from 31 Dec 2013.
    let nw = |on: &str| {
        establishment_duty(
            Land::NordrheinWestfalen,
            Level::Municipality,
            date(on),
            Population {
                foreign_residents: 6_000,
                ..Population::default()
            },
        )
        .unwrap()
    };
    assert_eq!(
        nw("2013-12-30").rules[0].id,
        "nw.establishment_2009.must_5000"
    );
    assert_eq!(
        nw("2013-12-31").rules[0].id,
        "nw.establishment_2013.must_5000"
    );
    // The 2009 wording is read in the synopsis of the 2013 amending law
    // (dated statute text); the 2013 wording only in a municipal quote.
    assert_eq!(nw("2013-12-30").certainty, Certainty::Verified);
    assert_eq!(nw("2013-12-31").certainty, Certainty::Unverified);
    // RLP 2009: before it, no rule is recorded.
    assert!(
        establishment_duty(
            Land::RheinlandPfalz,
            Level::Municipality,
            date("2008-12-31"),
            Population {
                foreign_residents: 2_000,
                ..Population::default()
            }
        )
        .is_err()
    );
    assert_eq!(
        duty(
            Land::RheinlandPfalz,
            Level::Municipality,
            "2009-01-01",
            2_000
        ),
        Duty::Must
    );
    // Brandenburg 2024: § 19 until 8 June, § 17 from 9 June.
    let bb = |on: &str| {
        establishment_duty(
            Land::Brandenburg,
            Level::Municipality,
            date(on),
            Population::default(),
        )
        .unwrap()
        .rules[0]
            .citation
            .number
            .clone()
            .unwrap()
    };
    assert_eq!(bb("2024-06-08"), "19");
    assert_eq!(bb("2024-06-09"), "17");
}

#[test]
fn every_land_has_a_recorded_establishment_rule() {
    for land in Land::iter() {
        let level = if land == Land::Berlin {
            Level::Borough
        } else {
            Level::Municipality
        };
        let level = if matches!(land, Land::Hamburg) {
            Level::State
        } else {
            level
        };
        let a = establishment_duty(
            land,
            level,
            date("2026-01-15"),
            Population {
                foreign_residents: 1_500,
                residents: Some(100_000),
                signatures: None,
            },
        );
        assert!(a.is_ok(), "{land}: {a:?}");
    }
    let lands: std::collections::BTreeSet<Land> =
        Law::builtin().catalogue().iter().map(|e| e.land).collect();
    assert_eq!(lands.len(), 16, "the catalogue covers every Land");
}

#[test]
fn the_catalogue_has_every_kind_of_rule_with_citations() {
    let c = Law::builtin().catalogue();
    for kind in [
        RuleKind::Composition,
        RuleKind::Establishment,
        RuleKind::Franchise,
    ] {
        assert!(c.iter().any(|e| e.kind == kind), "{kind}");
    }
    for e in &c {
        assert!(
            !e.citation_text.is_empty() && !e.statement.de.is_empty() && !e.statement.en.is_empty(),
            "{}",
            e.id
        );
        assert!(e.source.starts_with("http"), "{}", e.id);
    }
    let ids: std::collections::BTreeSet<&str> = c.iter().map(|e| e.id.as_ref()).collect();
    assert_eq!(ids.len(), c.len(), "catalogue ids are unique");
}

fn person(born: &str, nationalities: &[Nationality]) -> Person {
    let mut p = Person::new(date(born));
    p.nationalities = nationalities.to_vec();
    p.main_residence_since = Some(date("2010-01-01"));
    p.lawful_stay_since = Some(date("2010-01-01"));
    p
}

#[test]
fn nrw_franchise() {
    let day = date("2025-09-14");
    let nw = |p: &Person| {
        franchise(
            Land::NordrheinWestfalen,
            BodyType::IntegrationCouncil,
            p,
            day,
        )
        .unwrap()
    };
    // A Turkish national, 16 on the election day: votes, may not stand.
    let young = person("2009-09-14", &[Nationality::OtherForeign]);
    assert!(nw(&young).active.eligible);
    assert!(!nw(&young).passive.eligible);
    // One day short of 16.
    assert!(
        !nw(&person("2009-09-15", &[Nationality::OtherForeign]))
            .active
            .eligible
    );
    // EU citizens vote (the statute's wording: not German under Art. 116 GG).
    assert!(
        nw(&person("1980-01-01", &[Nationality::EuCitizen]))
            .active
            .eligible
    );
    // Stateless persons vote.
    assert!(nw(&person("1980-01-01", &[])).active.eligible);
    // A German without migration history does not vote but, as a Bürger, may stand.
    let german = person("1980-01-01", &[Nationality::German]);
    assert!(!nw(&german).active.eligible);
    assert!(nw(&german).passive.eligible);
    // Naturalised long ago: votes (no five-year limit since 2013).
    let mut nat = person("1970-01-01", &[Nationality::German]);
    nat.naturalised_on = Some(date("1995-01-01"));
    assert!(nw(&nat).active.eligible);
    // § 4 Abs. 3 StAG.
    let mut born_here = person("2000-01-01", &[Nationality::German]);
    born_here.german_by_birth_in_germany = true;
    assert!(nw(&born_here).active.eligible);
    // Residence since the 16th day before the election, not the 15th.
    let mut moved = person("1980-01-01", &[Nationality::OtherForeign]);
    moved.main_residence_since = Some(date("2025-08-29"));
    assert!(nw(&moved).active.eligible);
    moved.main_residence_since = Some(date("2025-08-30"));
    assert!(!nw(&moved).active.eligible);
    // One year of lawful stay; asylum seekers in the procedure are excluded.
    let mut new = person("1980-01-01", &[Nationality::OtherForeign]);
    new.lawful_stay_since = Some(date("2024-09-15"));
    assert!(!nw(&new).active.eligible);
    let mut asylum = person("1980-01-01", &[Nationality::OtherForeign]);
    asylum.in_asylum_procedure = true;
    let a = nw(&asylum);
    assert!(!a.active.eligible);
    assert!(
        a.active.reasons.iter().any(|r| !r.met
            && r.condition == migrant_representation::law::Condition::NotInAsylumProcedure)
    );
    assert!(
        a.active
            .reasons
            .iter()
            .all(|r| r.citation.to_string() == "§ 27 Abs. 3 i. V. m. Abs. 4 GO NRW")
    );
}

#[test]
fn nrw_franchise_before_2013_had_a_five_year_limit() {
    let mut nat = person("1970-01-01", &[Nationality::German]);
    nat.naturalised_on = Some(date("2005-01-01"));
    let nw = |p: &Person, on: &str| {
        franchise(
            Land::NordrheinWestfalen,
            BodyType::IntegrationCouncil,
            p,
            date(on),
        )
        .unwrap()
    };
    let before = nw(&nat, "2013-12-30");
    assert!(!before.active.eligible);
    assert_eq!(before.rule.certainty, Certainty::Unverified);
    assert!(nw(&nat, "2013-12-31").active.eligible);
    // Naturalised within five years: a voter before the reform too.
    let mut recent = nat.clone();
    recent.naturalised_on = Some(date("2010-01-01"));
    assert!(nw(&recent, "2013-12-30").active.eligible);
}

#[test]
fn nrw_dual_nationals_vote_only_since_the_2013_reform() {
    // A German dual national by birth, never naturalised (legal audit, B1).
    let dual = person(
        "1980-01-01",
        &[Nationality::German, Nationality::OtherForeign],
    );
    let nw = |on: &str| {
        franchise(
            Land::NordrheinWestfalen,
            BodyType::IntegrationCouncil,
            &dual,
            date(on),
        )
        .unwrap()
    };
    assert!(!nw("2013-12-30").active.eligible);
    assert!(nw("2013-12-31").active.eligible);
}

#[test]
fn nrw_excludes_persons_outside_the_residence_act() {
    let mut diplomat = person("1980-01-01", &[Nationality::OtherForeign]);
    let nw = |p: &Person| {
        franchise(
            Land::NordrheinWestfalen,
            BodyType::IntegrationCouncil,
            p,
            date("2025-09-14"),
        )
        .unwrap()
    };
    assert!(nw(&diplomat).active.eligible);
    diplomat.exempt_from_residence_act = true;
    let a = nw(&diplomat);
    assert!(!a.active.eligible && !a.passive.eligible);
    assert!(
        a.active.reasons.iter().any(|r| !r.met
            && r.condition == migrant_representation::law::Condition::ResidenceActApplies)
    );
}

#[test]
fn nrw_candidates_need_three_months_of_main_residence() {
    let election = date("2025-09-14");
    let mut p = person("1980-01-01", &[Nationality::OtherForeign]);
    p.lawful_stay_since = Some(date("2020-01-01"));
    // The 14th of June is exactly three months before the election.
    p.main_residence_since = Some(date("2025-06-14"));
    let nw = |p: &Person| {
        franchise(
            Land::NordrheinWestfalen,
            BodyType::IntegrationCouncil,
            p,
            election,
        )
        .unwrap()
    };
    assert!(nw(&p).passive.eligible);
    p.main_residence_since = Some(date("2025-06-15"));
    let a = nw(&p);
    assert!(a.active.eligible, "a voter after 16 days");
    assert!(!a.passive.eligible, "a candidate only after three months");
}

#[test]
fn hessen_2015_candidates_include_naturalised_and_dual_national_germans() {
    // § 86 Abs. 4 HGO: the passive side before the 2020 reform too.
    let mut p = person("1980-01-01", &[Nationality::German]);
    p.naturalised_on = Some(date("2005-01-01"));
    p.main_residence_since = Some(date("2010-01-01"));
    let a = franchise(
        Land::Hessen,
        BodyType::ForeignResidentsAdvisoryBoard,
        &p,
        date("2015-11-29"),
    )
    .unwrap();
    assert!(!a.active.eligible);
    assert!(a.passive.eligible);
    assert_eq!(a.passive.reasons[0].citation.to_string(), "§ 86 Abs. 4 HGO");
}

#[test]
fn saarland_2008_franchise_is_for_non_germans_only() {
    let foreign = person("1980-01-01", &[Nationality::OtherForeign]);
    let mut naturalised = person("1980-01-01", &[Nationality::German]);
    naturalised.naturalised_on = Some(date("2010-01-01"));
    naturalised.applied_for_electoral_roll = true;
    let sl = |p: &Person, on: &str| {
        franchise(
            Land::Saarland,
            BodyType::IntegrationAdvisoryBoard,
            p,
            date(on),
        )
        .unwrap()
    };
    assert_eq!(sl(&foreign, "2019-05-26").rule.id, "sl.franchise_2008");
    assert!(sl(&foreign, "2019-05-26").active.eligible);
    assert!(!sl(&naturalised, "2023-12-20").active.eligible);
    // From the promulgation of the 2023 law, naturalised persons vote.
    assert!(sl(&naturalised, "2023-12-21").active.eligible);
    assert!(
        franchise(
            Land::Saarland,
            BodyType::IntegrationAdvisoryBoard,
            &foreign,
            date("2008-12-31")
        )
        .is_err()
    );
}

#[test]
fn hessen_franchise_excludes_germans_from_voting() {
    let day = date("2026-03-15");
    let he = |p: &Person| {
        franchise(
            Land::Hessen,
            BodyType::ForeignResidentsAdvisoryBoard,
            p,
            day,
        )
        .unwrap()
    };
    assert!(
        he(&person("1980-01-01", &[Nationality::EuCitizen]))
            .active
            .eligible
    );
    let dual = person(
        "1980-01-01",
        &[Nationality::German, Nationality::OtherForeign],
    );
    assert!(!he(&dual).active.eligible);
    assert!(he(&dual).passive.eligible);
    let mut nat = person("1980-01-01", &[Nationality::German]);
    nat.naturalised_on = Some(date("2010-01-01"));
    assert!(!he(&nat).active.eligible);
    assert!(he(&nat).passive.eligible);
    // Six weeks of residence to vote, three months to stand.
    let mut recent = person("1980-01-01", &[Nationality::OtherForeign]);
    recent.main_residence_since = Some(date("2026-02-01"));
    assert!(he(&recent).active.eligible);
    assert!(!he(&recent).passive.eligible);
    // 17-year-olds do not vote in Hessen.
    assert!(
        !he(&person("2009-01-01", &[Nationality::OtherForeign]))
            .active
            .eligible
    );
}

#[test]
fn rlp_franchise_includes_children_since_2014() {
    let mut child = person("1990-01-01", &[Nationality::German]);
    child.parent_foreign_naturalised_or_spaetaussiedler = true;
    let rp = |on: &str| {
        franchise(
            Land::RheinlandPfalz,
            BodyType::MigrationAndIntegrationAdvisoryBoard,
            &child,
            date(on),
        )
        .unwrap()
    };
    assert!(!rp("2014-05-26").active.eligible);
    assert!(rp("2014-05-27").active.eligible);
    // Voting age 16 since 2014.
    let teen = person("2008-01-01", &[Nationality::OtherForeign]);
    let at = |on: &str| {
        franchise(
            Land::RheinlandPfalz,
            BodyType::MigrationAndIntegrationAdvisoryBoard,
            &teen,
            date(on),
        )
        .unwrap()
    };
    assert!(at("2024-11-10").active.eligible);
    let older_rules = franchise(
        Land::RheinlandPfalz,
        BodyType::MigrationAndIntegrationAdvisoryBoard,
        &person("1996-06-01", &[Nationality::OtherForeign]),
        date("2013-01-01"),
    )
    .unwrap();
    assert!(
        !older_rules.active.eligible,
        "16-year-olds did not vote before 2014"
    );
    // Any resident with three months may stand.
    assert!(at("2024-11-10").passive.eligible);
    assert!(
        franchise(
            Land::RheinlandPfalz,
            BodyType::MigrationAndIntegrationAdvisoryBoard,
            &person("1980-01-01", &[Nationality::German]),
            date("2024-11-10")
        )
        .unwrap()
        .passive
        .eligible
    );
}

#[test]
fn saarland_germans_must_apply() {
    let mut p = person("1980-01-01", &[Nationality::German]);
    p.spaetaussiedler = true;
    let sl = |p: &Person| {
        franchise(
            Land::Saarland,
            BodyType::IntegrationAdvisoryBoard,
            p,
            date("2029-09-30"),
        )
        .unwrap()
    };
    assert!(!sl(&p).active.eligible);
    p.applied_for_electoral_roll = true;
    assert!(sl(&p).active.eligible);
    assert!(
        sl(&person("1980-01-01", &[Nationality::OtherForeign]))
            .active
            .eligible
    );
}

#[test]
fn franchise_set_by_satzung_is_not_answered() {
    let p = person("1980-01-01", &[Nationality::OtherForeign]);
    assert!(matches!(
        franchise(
            Land::Bayern,
            BodyType::LocalAdvisoryBoard,
            &p,
            date("2026-03-08")
        ),
        Err(FranchiseError::NotStatutory { .. })
    ));
}

#[test]
fn nrw_bodies_formed_on_request_may_be_elected_later() {
    // Wetter (Ruhr) elected its Integrationsrat on 15 May 2022, with the Landtag election.
    let wetter = with(load_current("koeln-integrationsrat.json"), |v| {
        v["id"] = serde_json::json!("wetter-integrationsrat");
        v["official_name"] = serde_json::json!("Integrationsrat der Stadt Wetter (Ruhr)");
        v["jurisdiction"] =
            serde_json::json!({"land": "NW", "level": "municipality", "area": "Wetter (Ruhr)"});
        v["local_rules"] = serde_json::json!([]);
        v["term"] = serde_json::json!({"length": {"kind": "council_term", "council_elected_on": "2020-09-13"}, "elected_on": "2022-05-15", "continues_until_successor_meets": true});
        v["established_under"] = serde_json::json!("must_on_request");
    });
    assert!(report(&wetter, "2023-01-01").is_compliant());
    // Without the duty the check cannot tell, and says so in a note.
    let unknown = with(wetter, |v| {
        v.as_object_mut().unwrap().remove("established_under");
    });
    let r = report(&unknown, "2023-01-01");
    assert!(r.is_compliant());
    let note = r
        .notes
        .iter()
        .find(|n| n.rule == "nw.integration_council.election_day")
        .expect("a note");
    assert_eq!(
        note.note,
        Some(migrant_representation::check::NoteKind::NotChecked)
    );
    assert_eq!(note.code.as_str(), "election_day_mismatch");
}

/// Every establishment rule applies exactly at its threshold and not just
/// below it (the comparison operator is data: `≥` or `>`).
#[test]
fn every_establishment_rule_applies_at_its_threshold_and_not_below() {
    use migrant_representation::law::{Comparison, Threshold, establishment_rules};
    for r in establishment_rules() {
        let on = r.validity.from.unwrap_or(date("2000-01-01"));
        let level = r.levels[0];
        let (at, below) = match r.threshold {
            None => (
                Population {
                    foreign_residents: 0,
                    residents: Some(100_000),
                    signatures: r.signatures,
                },
                None,
            ),
            Some(Threshold::ForeignResidents { comparison, count }) => {
                let at = if comparison == Comparison::GreaterThan {
                    count + 1
                } else {
                    count
                };
                (
                    Population {
                        foreign_residents: at,
                        residents: None,
                        signatures: r.signatures,
                    },
                    Some(Population {
                        foreign_residents: at - 1,
                        residents: None,
                        signatures: r.signatures,
                    }),
                )
            }
            Some(Threshold::ForeignShare { comparison, share }) => {
                let exact = u32::from(share.numerator) * 1_000;
                let at = if comparison == Comparison::GreaterThan {
                    exact + 1
                } else {
                    exact
                };
                let residents = Some(u32::from(share.denominator.get()) * 1_000);
                (
                    Population {
                        foreign_residents: at,
                        residents,
                        signatures: None,
                    },
                    Some(Population {
                        foreign_residents: at - 1,
                        residents,
                        signatures: None,
                    }),
                )
            }
            Some(_) => panic!("{}: a threshold this test does not know", r.id),
        };
        let a =
            establishment_duty(r.land, level, on, at).unwrap_or_else(|e| panic!("{}: {e}", r.id));
        assert!(a.duty >= r.duty, "{}: {:?} at the threshold", r.id, a.duty);
        if a.duty == r.duty {
            assert!(
                a.rules.iter().any(|x| x.id == r.id),
                "{}: not among the rules applied",
                r.id
            );
        }
        if let Some(below) = below {
            match establishment_duty(r.land, level, on, below) {
                Ok(b) => assert!(
                    !b.rules.iter().any(|x| x.id == r.id),
                    "{}: applies below its threshold",
                    r.id
                ),
                Err(e) => assert!(
                    matches!(e, EstablishmentError::StatuteSilent { .. }),
                    "{}: {e}",
                    r.id
                ),
            }
        }
    }
}

#[test]
fn hessen_franchise_before_2020_used_longer_residence() {
    // The 2015 election (29 Nov 2015): voters 3 months, candidates 6 months.
    let day = date("2015-11-29");
    let mut p = person("1980-01-01", &[Nationality::OtherForeign]);
    p.main_residence_since = Some(date("2015-07-01"));
    let a = franchise(
        Land::Hessen,
        BodyType::ForeignResidentsAdvisoryBoard,
        &p,
        day,
    )
    .unwrap();
    assert_eq!(a.rule.id, "he.franchise_2015");
    assert!(a.active.eligible);
    assert!(!a.passive.eligible);
    p.main_residence_since = Some(date("2015-10-01"));
    let b = franchise(
        Land::Hessen,
        BodyType::ForeignResidentsAdvisoryBoard,
        &p,
        day,
    )
    .unwrap();
    assert!(!b.active.eligible, "two months are not enough in 2015");
    // Under the 2021 rules six weeks are.
    let c = franchise(
        Land::Hessen,
        BodyType::ForeignResidentsAdvisoryBoard,
        &p,
        date("2021-03-14"),
    )
    .unwrap();
    assert!(c.active.eligible);
}

/// Every franchise rule is applied by at least one test above.
#[test]
fn every_franchise_rule_is_reachable_on_its_first_day() {
    for r in migrant_representation::law::franchise_rules() {
        let on = r.validity.from.unwrap();
        let p = person("1950-01-01", &[Nationality::OtherForeign]);
        let a = franchise(r.land, r.body_types[0], &p, on).unwrap();
        assert_eq!(a.rule.id, r.id);
    }
}

#[test]
fn an_integrationsausschuss_meets_the_nrw_duty_only_outside_2013_to_2018() {
    let meets = |on: &str| {
        establishment_duty(
            Land::NordrheinWestfalen,
            Level::Municipality,
            date(on),
            Population {
                foreign_residents: 6_000,
                ..Population::default()
            },
        )
        .unwrap()
        .rules[0]
            .body_types
            .contains(&BodyType::IntegrationCommittee)
    };
    assert!(meets("2013-12-30"));
    assert!(!meets("2013-12-31"));
    assert!(!meets("2018-12-28"));
    assert!(meets("2018-12-29"));
}

/// A share of no seats meets no minimum: a local rule asking that two thirds
/// of the appointed seats be held by women-led organisations cannot be met
/// by a body with no appointed seats at all.
#[test]
fn a_share_of_zero_seats_does_not_meet_a_minimum() {
    let rule = |min: serde_json::Value| {
        with(load_current("koeln-integrationsrat.json"), |v| {
            v["local_rules"] = serde_json::json!([{
                "id": "koeln.appointed_share",
                "citation": {"law": "Hauptsatzung der Stadt Köln"},
                "statement": "Zwei Drittel der benannten Sitze gehen an Verbände.",
                "constraint": {"kind": "share", "part": {"classes": ["appointed"]},
                               "of": {"classes": ["appointed"]}, "min": min}
            }]);
        })
    };
    let r = report(
        &rule(serde_json::json!({"numerator": 2, "denominator": 3})),
        "2026-01-01",
    );
    assert_eq!(
        r.violations
            .iter()
            .map(|v| v.rule.as_ref())
            .collect::<Vec<_>>(),
        ["local.koeln.appointed_share"]
    );
    let zero = report(
        &rule(serde_json::json!({"numerator": 0, "denominator": 3})),
        "2026-01-01",
    );
    assert!(zero.is_compliant(), "{:?}", zero.violations);
}

/// § 64 Abs. 2 Nr. 6 GemO RLP: in a Verbandsgemeinde the Beirat is at the
/// Verbandsgemeinderat's discretion, and the rules on municipalities apply
/// to it; a Landkreis at or below 5,000 foreign residents may form a Beirat
/// (unverified); the Saarland before 2009 below 3 % gets the statute's
/// silence, with the provision.
#[test]
fn rhineland_palatinate_verbandsgemeinden_and_small_counties() {
    use migrant_representation::Language;
    let on = date("2026-01-15");
    let vg = establishment_duty(
        Land::RheinlandPfalz,
        Level::MunicipalAssociation,
        on,
        Population {
            foreign_residents: 3_000,
            ..Population::default()
        },
    )
    .unwrap();
    assert_eq!(vg.duty, Duty::May);
    assert_eq!(vg.citations()[0].to_string(), "§ 64 Abs. 2 Nr. 6 GemO RLP");
    // Before the 2009 law nothing is recorded for the level.
    assert!(matches!(
        establishment_duty(
            Land::RheinlandPfalz,
            Level::MunicipalAssociation,
            date("2008-12-31"),
            Population::default()
        ),
        Err(EstablishmentError::NotCovered { .. })
    ));
    // A Beirat of a Verbandsgemeinde is checked under § 56 GemO RLP.
    let landau = load("landau-beirat-migration-integration.json");
    let vg_board = with(landau, |v| {
        v["jurisdiction"] = serde_json::json!({"land": "RP", "level": "municipal_association", "area": "Verbandsgemeinde Annweiler am Trifels"});
    });
    let r = report(&vg_board, "2026-01-15");
    assert_eq!(r.basis.to_string(), "§ 56 GemO RLP");
    assert!(r.is_compliant(), "{:?}", r.violations);
    // The small Landkreis may form a Beirat (unverified).
    let small = establishment_duty(
        Land::RheinlandPfalz,
        Level::County,
        on,
        Population {
            foreign_residents: 5_000,
            ..Population::default()
        },
    )
    .unwrap();
    assert_eq!(small.duty, Duty::May);
    assert_eq!(small.citations()[0].to_string(), "§ 49a Abs. 1 LKO RLP");
    // The Saarland's Ausländerbeirat rule before 2009 says nothing below
    // 3 %: the statute is silent, and says where.
    let e = establishment_duty(
        Land::Saarland,
        Level::Municipality,
        date("2005-01-15"),
        Population {
            foreign_residents: 100,
            residents: Some(10_000),
            signatures: None,
        },
    )
    .unwrap_err();
    assert!(e.message(Language::De).starts_with("Das Gesetz schweigt"));
    assert!(e.message(Language::En).contains("§ 50 Abs. 1 S. 2 KSVG"));
}

/// The catalogue (and `rules --json`) carries each duty's fallback when no
/// candidates stand, with its citation: the Hessian and RLP lapses and the
/// Saarland's Integrationsbeauftragte.
#[test]
fn the_catalogue_exports_the_no_candidates_fallbacks() {
    let catalogue = Law::builtin().catalogue();
    let with: Vec<(&str, String)> = catalogue
        .iter()
        .filter_map(|e| {
            e.if_no_candidates
                .as_ref()
                .map(|n| (e.id.as_ref(), n.citation.to_string()))
        })
        .collect();
    assert!(
        with.contains(&(
            "he.establishment.must_1000",
            "§ 86 Abs. 1 S. 4 f. HGO".to_owned()
        )),
        "{with:?}"
    );
    assert!(
        with.iter()
            .any(|(id, c)| *id == "sl.establishment.should_10_percent"
                && c.starts_with("§ 50 Abs. 3 S. 1 f. KSVG")),
        "{with:?}"
    );
    assert!(
        with.iter()
            .any(|(id, _)| *id == "rp.establishment.must_1000")
    );
    // Composition rules have none.
    assert!(
        catalogue
            .iter()
            .filter(|e| e.kind == RuleKind::Composition)
            .all(|e| e.if_no_candidates.is_none())
    );
}
