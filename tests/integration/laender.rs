//! The law of the Länder other than NRW at the days its corrections and
//! additions turn on: the day before and the day a regime, a version or a
//! Wahlperiode applies, and the citations the statutes' sentences give.

use migrant_representation::{
    BodyType, Land, Law, Level,
    check::{CheckError, NoteKind},
    law::{
        Certainty, Duty, EstablishmentError, Matters, Modality, Organ, Population, RightKind,
        RightSource, RuleKind, council_term_rule, establishment_duty,
    },
};
use serde_json::json;

use crate::common::*;

/// The ids of the establishment rules that give the duty, and the duty.
fn duty_rules(land: Land, level: Level, on: &str, foreign: u32) -> (Duty, Vec<String>, Certainty) {
    let a = establishment_duty(
        land,
        level,
        date(on),
        Population {
            foreign_residents: foreign,
            ..Population::default()
        },
    )
    .unwrap_or_else(|e| panic!("{land} {level:?} {on} {foreign}: {e}"));
    (
        a.duty,
        a.rules.iter().map(|r| r.id.to_string()).collect(),
        a.certainty,
    )
}

/// The catalogue entry of `id`.
fn entry(id: &str) -> migrant_representation::law::CatalogueEntry {
    Law::builtin()
        .catalogue()
        .into_iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no rule {id}"))
}

/// Whether `rule` gives a note of an unverified rule broken (`.0`) or a
/// violation (`.1`) for `doc` on `on`.
fn broken(doc: &serde_json::Value, on: &str, rule: &str) -> (bool, bool) {
    let r = report(doc, on);
    (
        r.notes
            .iter()
            .any(|n| n.rule == rule && n.note == Some(NoteKind::UnverifiedRuleBroken)),
        r.violations.iter().any(|v| v.rule == rule),
    )
}

// ---- Brandenburg: § 19 BbgKVerf (2007) until 8 June 2024, § 17 from 9 June ----

/// A body checked before 9 June 2024 is judged under § 19 BbgKVerf of 2007
/// and headed so; from 9 June 2024 under § 17 of 2024. Each version's rule
/// applies on its own side of the day only.
#[test]
fn brandenburg_changes_regime_on_9_june_2024() {
    let potsdam = load("potsdam-migrantenbeirat.json");
    let before = report(&potsdam, "2024-06-08");
    let after = report(&potsdam, "2024-06-09");
    assert_eq!(
        before.basis.to_string(),
        "§ 19 Abs. 1 S. 1 BbgKVerf i. d. F. des Gesetzes vom 18.12.2007 (GVBl. I S. 286)"
    );
    assert_eq!(after.basis.number.as_deref(), Some("17"));
    assert!(after.basis.to_string().contains("vom 05.03.2024"));
    // A Beirat resting on a council resolution breaks the version in force
    // that day, and only that one (both are unverified: notes).
    let resolution = with(potsdam.clone(), |v| {
        v["legal_basis"] = json!({"kind": "council_resolution", "title": "Beschluss der Stadtverordnetenversammlung"});
    });
    for (on, old, new) in [("2024-06-08", true, false), ("2024-06-09", false, true)] {
        assert_eq!(
            broken(&resolution, on, "bb.local_board.legal_basis_2007"),
            (old, false),
            "{on}"
        );
        assert_eq!(
            broken(&resolution, on, "bb.local_board.legal_basis_2024"),
            (new, false),
            "{on}"
        );
    }
    // The two regimes meet without a gap or an overlap.
    let regime = |on: &str| {
        Law::builtin()
            .regime(
                Land::Brandenburg,
                BodyType::LocalAdvisoryBoard,
                Level::Municipality,
                date(on),
            )
            .unwrap()
    };
    assert_eq!(regime("2024-06-08").covered.until, Some(date("2024-06-09")));
    assert_eq!(regime("2024-06-09").covered.from, Some(date("2024-06-09")));
    assert_eq!(regime("2008-09-28").covered.from, Some(date("2008-09-28")));
    assert!(matches!(
        body(&potsdam).check(date("2008-09-27")),
        Err(CheckError::DateNotCovered { .. })
    ));
}

/// § 19 Abs. 3 S. 1 BbgKVerf (2007): the Beiräte comment to the
/// Gemeindevertretung; § 17 Abs. 3 (2024) continues it.
#[test]
fn brandenburg_s_right_to_comment_before_and_after_2024() {
    let potsdam = body(&load("potsdam-migrantenbeirat.json"));
    let statutory = |on: &str| -> Vec<(String, String)> {
        potsdam
            .rights(date(on))
            .unwrap()
            .into_iter()
            .filter_map(|r| match r.source {
                RightSource::Statute { rule } => Some((rule.into_owned(), r.citation.to_string())),
                _ => None,
            })
            .collect()
    };
    let before = statutory("2024-06-08");
    assert_eq!(before.len(), 1);
    assert_eq!(before[0].0, "bb.local_board.right_comment_2007");
    assert!(before[0].1.starts_with("§ 19 Abs. 3 S. 1 BbgKVerf"));
    let after = statutory("2024-06-09");
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].0, "bb.local_board.right_comment_2024");
    let right = entry("bb.local_board.right_comment_2024");
    assert_eq!(
        right.replaces.as_deref(),
        Some("bb.local_board.right_comment_2007")
    );
    assert_eq!(
        entry("bb.local_board.right_comment_2007").certainty,
        Certainty::Unverified
    );
}

// ---- Berlin: § 32 Abs. 1 S. 2 BezVG ----

/// The Ausschuss für Partizipation und Integration should be heard before
/// the BVV decides matters in its field, from the law of 5 July 2021
/// (covered from its promulgation on 15 July 2021); the Integrationsausschuss
/// before it had no such right.
#[test]
fn berlin_s_committee_is_heard_from_the_2021_law() {
    let spandau = load("spandau-ausschuss-partizipation-integration.json");
    let b = body(&spandau);
    let hearing = |on: &str| {
        b.rights(date(on))
            .unwrap()
            .into_iter()
            .filter(|r| r.kind == RightKind::Hearing)
            .collect::<Vec<_>>()
    };
    assert!(hearing("2021-07-14").is_empty());
    let rights = hearing("2021-07-15");
    assert_eq!(rights.len(), 1);
    let r = &rights[0];
    assert_eq!(
        r.source,
        RightSource::Statute {
            rule: "be.participation_committee.right_hearing".into()
        }
    );
    assert_eq!(r.modality, Modality::Should);
    assert_eq!(r.organs, [Organ::Council]);
    assert_eq!(r.matters, Matters::ImportantConcerningTheGroup);
    assert_eq!(r.citation.to_string(), "§ 32 Abs. 1 S. 2 BezVG");
    assert_eq!(r.certainty, Certainty::Unverified);
    // A rule of procedure that makes the hearing optional narrows a "soll":
    // the right is unverified, so a note, not a violation.
    let narrowed = with(spandau, |v| {
        v["local_rights"] = json!([{
            "id": "spandau.hearing", "kind": "hearing", "organs": ["council"],
            "matters": "important_concerning_the_group", "modality": "may",
            "citation": {"law": "Geschäftsordnung der BVV Spandau"},
            "statement": "Die Bezirksverordnetenversammlung kann den Ausschuss anhören."
        }]);
    });
    let rep = report(&narrowed, "2026-01-15");
    assert!(
        rep.violations
            .iter()
            .all(|v| v.rule != "be.participation_committee.right_hearing")
    );
    assert!(
        rep.notes
            .iter()
            .any(|n| n.rule == "be.participation_committee.right_hearing")
    );
}

/// The duty to form the committee sits in § 9 Abs. 1 S. 1 BezVG, read with
/// § 32, in both versions; the version of 10 November 2011 until the 2021
/// law.
#[test]
fn berlin_s_committee_duty_cites_section_9() {
    let on = |d: &str| {
        establishment_duty(Land::Berlin, Level::Borough, date(d), Population::default())
            .unwrap()
            .rules
            .into_iter()
            .find(|r| r.body_types.contains(&BodyType::ParticipationCommittee))
            .map(|r| r.citation.to_string())
            .unwrap()
    };
    assert_eq!(
        on("2021-07-14"),
        "§ 9 Abs. 1 S. 1 BezVG i. d. F. der Bekanntmachung vom 10.11.2011 (GVBl. S. 692) i. V. m. § 32 BezVG"
    );
    assert_eq!(on("2021-07-15"), "§ 9 Abs. 1 S. 1 i. V. m. § 32 BezVG");
    assert_eq!(
        entry("be.participation_committee.migration_history").citation_text,
        "§ 32 Abs. 2 S. 2 BezVG"
    );
}

// ---- Rheinland-Pfalz: Landkreise below § 49a Abs. 1 LKO ----

/// A Landkreis of 5,000 or fewer foreign residents may form a Beirat
/// (unverified), one of more must: the statute is no longer silent.
#[test]
fn a_small_rhineland_palatinate_county_may_form_a_beirat() {
    let (d, rules, certainty) =
        duty_rules(Land::RheinlandPfalz, Level::County, "2026-01-15", 5_000);
    assert_eq!(d, Duty::May);
    assert_eq!(rules, ["rp.establishment.county_may"]);
    assert_eq!(certainty, Certainty::Unverified);
    let (d, rules, certainty) =
        duty_rules(Land::RheinlandPfalz, Level::County, "2026-01-15", 5_001);
    assert_eq!(d, Duty::Must);
    assert_eq!(rules, ["rp.establishment.county_must_5000"]);
    assert_eq!(certainty, Certainty::Verified);
    // From the law's first day, not before.
    assert_eq!(
        duty_rules(Land::RheinlandPfalz, Level::County, "2009-01-01", 0).0,
        Duty::May
    );
    assert!(matches!(
        establishment_duty(
            Land::RheinlandPfalz,
            Level::County,
            date("2008-12-31"),
            Population::default()
        ),
        Err(EstablishmentError::NotCovered { .. })
    ));
}

/// Where no election takes place: § 56 Abs. 3 S. 1 GemO RLP with the
/// Beirat of § 56a; § 50 Abs. 3 S. 1 f. KSVG with the Integrationsbeauftragte.
#[test]
fn the_no_candidates_provisions_cite_their_sentences() {
    let fallback = |land: Land, foreign: u32, residents: Option<u32>| {
        establishment_duty(
            land,
            Level::Municipality,
            date("2026-01-15"),
            Population {
                foreign_residents: foreign,
                residents,
                signatures: None,
            },
        )
        .unwrap()
        .rules[0]
            .if_no_candidates
            .clone()
            .unwrap()
    };
    let rp = fallback(Land::RheinlandPfalz, 5_000, None);
    assert_eq!(
        rp.citation.to_string(),
        "§ 56 Abs. 3 S. 1 i. V. m. § 56a GemO RLP"
    );
    let sl = fallback(Land::Saarland, 20_000, Some(180_000));
    assert_eq!(
        sl.citation.to_string(),
        "§ 50 Abs. 3 S. 1 f. KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023 (Amtsbl. I S. 1119)"
    );
    assert_eq!(sl.lapses_for_years, Some(5));
    assert!(sl.statement.de.contains("Integrationsbeauftragte"));
}

// ---- Sachsen: the municipal duty before 2019 ----

/// A Saxon municipality may form a Beirat under § 47 SächsGemO from 1 May
/// 1993 (unverified) and under § 47 Abs. 1 S. 1 as the Staatsregierung
/// described it from 5 July 2019 (verified).
#[test]
fn a_saxon_municipality_may_form_a_beirat_before_2019() {
    let sn = |on: &str| duty_rules(Land::Sachsen, Level::Municipality, on, 2_000);
    assert_eq!(
        sn("2018-06-01"),
        (
            Duty::May,
            vec!["sn.establishment.may_1993".to_owned()],
            Certainty::Unverified
        )
    );
    assert_eq!(sn("2019-07-04").1, ["sn.establishment.may_1993"]);
    assert_eq!(
        sn("2019-07-05"),
        (
            Duty::May,
            vec!["sn.establishment.may".to_owned()],
            Certainty::Verified
        )
    );
    assert_eq!(sn("1993-05-01").1, ["sn.establishment.may_1993"]);
    assert!(matches!(
        establishment_duty(
            Land::Sachsen,
            Level::Municipality,
            date("1993-04-30"),
            Population::default()
        ),
        Err(EstablishmentError::NotCovered { .. })
    ));
    assert_eq!(
        entry("sn.establishment.may").replaces.as_deref(),
        Some("sn.establishment.may_1993")
    );
    assert_eq!(
        entry("sn.establishment.may").citation_text,
        "§ 47 Abs. 1 S. 1 SächsGemO"
    );
}

// ---- Sachsen-Anhalt: the KVG LSA from 1 July 2014 ----

/// The KVG LSA is listed as in force from 1 July 2014: a body is judged
/// from that day, and the day before is refused with it.
#[test]
fn saxony_anhalt_is_covered_from_1_july_2014() {
    let magdeburg = body(&load("magdeburg-beirat-integration-migration.json"));
    assert!(magdeburg.check(date("2014-07-01")).is_ok());
    match magdeburg.check(date("2014-06-30")) {
        Err(CheckError::DateNotCovered { covered_from, .. }) => {
            assert_eq!(covered_from, date("2014-07-01"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        duty_rules(Land::SachsenAnhalt, Level::Municipality, "2014-07-01", 0).0,
        Duty::May
    );
    // § 5 Abs. 1 S. 3 KWG LSA (31 July) is recorded in the note and changes
    // none of the recorded Wahlperioden: each runs 1 July to 30 June.
    let st = council_term_rule(Land::SachsenAnhalt);
    assert!(
        st.note
            .contains("endet die jeweils laufende Wahlperiode am 31. Juli")
    );
    for (elected, first, last) in [
        ("2014-05-25", "2014-07-01", "2019-06-30"),
        ("2019-05-26", "2019-07-01", "2024-06-30"),
        ("2024-06-09", "2024-07-01", "2029-06-30"),
    ] {
        assert_eq!(
            st.term_for(date(elected)),
            Some((date(first), date(last))),
            "{elected}"
        );
    }
}

// ---- Hamburg: the Bezirksversammlungen of 2008 and 2011 ----

/// Before 2014 the Bezirksversammlungen were elected with the Bürgerschaft:
/// the Wahlperiode of 2008 ended when the assemblies elected on 20 Feb 2011
/// first met (from 24 March 2011), the one of 2011 was shortened to
/// 13 June 2014. The rule's five years from the election would give other
/// ends.
#[test]
fn hamburg_s_district_assemblies_of_2008_and_2011() {
    let hh = council_term_rule(Land::Hamburg);
    assert!(hh.regular_elections.contains(&date("2008-02-24")));
    assert!(hh.regular_elections.contains(&date("2011-02-20")));
    assert_eq!(
        hh.period_for(date("2008-02-24")),
        Some((None, date("2011-03-23")))
    );
    assert_eq!(
        hh.period_for(date("2011-02-20")),
        Some((None, date("2014-06-13")))
    );
    // The Wahlperioden since 2014 are unchanged: five years.
    assert_eq!(
        hh.period_for(date("2014-05-25")),
        Some((None, date("2019-05-24")))
    );
    // No first day: each assembly's first meeting opens its Wahlperiode.
    assert_eq!(hh.term_for(date("2011-02-20")), None);
}

// ---- Baden-Württemberg: the Amtszeit of 2004 ----

/// The law of 28 May 2003: the old Amtszeit ended with August 2004, the
/// one elected on 13 June 2004 began on 1 September 2004 (the month rule
/// would give 1 July) and ended with June 2009; the next began on 1 July
/// 2009.
#[test]
fn baden_wuerttemberg_s_amtszeit_of_2004() {
    let bw = council_term_rule(Land::BadenWuerttemberg);
    assert_eq!(
        bw.term_for(date("2004-06-13")),
        Some((date("2004-09-01"), date("2009-06-30")))
    );
    assert_eq!(
        bw.term_for(date("2009-06-07")),
        Some((date("2009-07-01"), date("2014-05-31")))
    );
    assert_eq!(
        bw.citation.to_string(),
        "§ 30 Abs. 1 i. V. m. Abs. 2 S. 1 GemO BW"
    );
    // The conflict between the month and the day wording is recorded.
    assert!(bw.note.contains("mit Ablauf des Tages"));
    assert!(bw.note.contains("NOT found"));
}

// ---- Hessen ----

/// § 84 S. 1 (duty, with S. 3) and S. 2 (option) HGO; the 1993 version as a
/// Bekanntmachung; the county chair through § 4b Abs. 3 HKO; the committees
/// hear the Beirat on the agenda items touching the foreign residents.
#[test]
fn hessen_s_citations_name_their_sentences() {
    assert_eq!(
        entry("he.establishment.must_1000").citation_text,
        "§ 84 S. 1 i. V. m. S. 3 HGO"
    );
    assert_eq!(entry("he.establishment.may").citation_text, "§ 84 S. 2 HGO");
    assert_eq!(
        entry("he.establishment_1993.must_1000").citation_text,
        "§ 84 HGO i. d. F. der Bekanntmachung vom 01.04.1993 (GVBl. 1992 I S. 534)"
    );
    assert_eq!(
        entry("he.county_foreign_residents_board.chair").citation_text,
        "§ 4b Abs. 3 HKO i. V. m. § 87 Abs. 1 S. 1 HGO"
    );
    let hearing = Law::builtin()
        .regimes()
        .flat_map(|g| g.rights.iter())
        .find(|r| r.id == "he.foreign_residents_board.right_hearing_committees")
        .unwrap();
    assert_eq!(hearing.matters, Matters::ConcerningTheGroup);
    assert!(hearing.statement.de.contains("Tagesordnungspunkten"));
    // No § 1 Abs. 2 AufenthG exclusion without a source: the flag stays off
    // and the note says why.
    let he = Law::builtin()
        .franchise_rules()
        .find(|r| r.id == "he.franchise")
        .unwrap();
    assert!(
        he.active
            .iter()
            .chain(he.passive.iter())
            .all(|e| !e.excludes_residence_act_exempt)
    );
    assert!(he.note.contains("§ 1 Abs. 2 AufenthG"));
}

// ---- Saarland ----

/// The 2008 composition is § 50 Abs. 1 S. 2 KSVG (with Abs. 2 S. 1 and 3),
/// the 2023 one Abs. 2 S. 1 and S. 4; the Sprecher rule has no „aus seiner
/// Mitte“.
#[test]
fn saarland_s_citations_name_their_sentences() {
    for (id, citation) in [
        (
            "sl.integration_board_2008.elected_two_thirds",
            "§ 50 Abs. 1 S. 2 KSVG i. d. F. der Bekanntmachung vom 27.06.1997 (Amtsbl. S. 682) i. V. m. § 50 Abs. 2 S. 1 KSVG",
        ),
        (
            "sl.integration_board_2008.council_third",
            "§ 50 Abs. 1 S. 2 KSVG i. d. F. der Bekanntmachung vom 27.06.1997 (Amtsbl. S. 682) i. V. m. § 50 Abs. 2 S. 3 KSVG",
        ),
        (
            "sl.integration_board.elected_two_thirds",
            "§ 50 Abs. 2 S. 1 KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023 (Amtsbl. I S. 1119)",
        ),
        (
            "sl.integration_board.council_third",
            "§ 50 Abs. 2 S. 4 KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023 (Amtsbl. I S. 1119)",
        ),
        (
            "sl.establishment.should_10_percent",
            "§ 50 Abs. 1 S. 1 KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023 (Amtsbl. I S. 1119)",
        ),
        (
            "sl.establishment_2008.should_8_percent",
            "§ 50 Abs. 1 S. 3 KSVG i. d. F. der Bekanntmachung vom 27.06.1997 (Amtsbl. S. 682)",
        ),
        (
            "sl.franchise",
            "§ 50 Abs. 2 S. 2 KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023 (Amtsbl. I S. 1119)",
        ),
    ] {
        assert_eq!(entry(id).citation_text, citation, "{id}");
    }
    let spokesperson = entry("sl.integration_board_2008.spokesperson");
    assert!(!spokesperson.statement.de.contains("aus seiner Mitte"));
    assert!(spokesperson.note.contains("interpretation"));
}

/// Saarbrücken's Integrationsbeirat (12 elected, 4 council members, 2 ex
/// officio) on the last day of the 2008 version and the first of the 2023
/// version: each day's council-third rule is broken, with its own sentence.
#[test]
fn saarland_s_council_third_on_either_side_of_the_2023_law() {
    let doc = with(load("saarbruecken-integrationsbeirat.json"), |v| {
        groups(v)[0]["seats"] = json!(12);
        groups(v)[1]["seats"] = json!(4);
        groups(v).push(json!({"id": "mayor", "label": "Oberbürgermeister", "filling": "ex_officio", "voting": "voting", "seats": 2}));
    });
    let citation = |on: &str, rule: &str| {
        report(&without_terms(doc.clone()), on)
            .violations
            .iter()
            .find(|v| v.rule == rule)
            .and_then(|v| v.citation.as_ref())
            .map(ToString::to_string)
    };
    assert!(
        citation("2023-12-20", "sl.integration_board_2008.council_third")
            .unwrap()
            .starts_with("§ 50 Abs. 1 S. 2 KSVG")
    );
    assert_eq!(
        citation("2023-12-20", "sl.integration_board.council_third"),
        None
    );
    assert!(
        citation("2023-12-21", "sl.integration_board.council_third")
            .unwrap()
            .starts_with("§ 50 Abs. 2 S. 4 KSVG")
    );
    assert_eq!(
        citation("2023-12-21", "sl.integration_board_2008.council_third"),
        None
    );
}

// ---- Schleswig-Holstein, Thüringen, Baden-Württemberg ----

/// The rights of § 47e GO and § 42b KrO cite Absatz and Satz, and every SH
/// rule says that §§ 47d and 47e GO were amended on 24.03.2023 and that the
/// wording before was not read.
#[test]
fn schleswig_holstein_s_rules_name_the_2023_amendment() {
    for (id, citation) in [
        (
            "sh.local_board.right_information",
            "§ 47e Abs. 1 S. 1 f. GO SH",
        ),
        ("sh.local_board.right_motion", "§ 47e Abs. 2 S. 1 GO SH"),
        ("sh.local_board.right_attendance", "§ 47e Abs. 2 S. 2 GO SH"),
        (
            "sh.county_local_board.right_information",
            "§ 42b Abs. 1 S. 1 f. KrO SH",
        ),
        (
            "sh.county_local_board.right_motion",
            "§ 42b Abs. 2 S. 1 KrO SH",
        ),
        (
            "sh.county_local_board.right_attendance",
            "§ 42b Abs. 2 S. 2 KrO SH",
        ),
    ] {
        assert_eq!(entry(id).citation_text, citation, "{id}");
    }
    let sh: Vec<_> = Law::builtin()
        .catalogue()
        .into_iter()
        .filter(|e| e.land == Land::SchleswigHolstein)
        .collect();
    assert_eq!(sh.len(), 10);
    for e in &sh {
        assert!(e.note.contains("24.03.2023"), "{}", e.id);
        assert!(e.note.contains("not read"), "{}", e.id);
    }
    assert!(
        sh.iter()
            .filter(|e| e.kind == RuleKind::Right && e.id.starts_with("sh.county"))
            .all(|e| e.statement.de.contains("Belange"))
    );
}

/// Thüringen's Ausländerbeirat clause is § 26 Abs. 4 ThürKO; Baden-
/// Württemberg's Satzung power § 4 Abs. 1 S. 1 GemO.
#[test]
fn thueringen_and_baden_wuerttemberg_cite_their_clauses() {
    assert_eq!(
        entry("th.local_board.legal_basis").citation_text,
        "§ 26 Abs. 4 ThürKO"
    );
    assert_eq!(
        entry("th.establishment.may").citation_text,
        "§ 26 Abs. 4 S. 1 ThürKO"
    );
    let erfurt = report(&load("erfurt-auslaenderbeirat.json"), "2026-01-15");
    assert_eq!(erfurt.basis.to_string(), "§ 26 Abs. 4 ThürKO");
    assert_eq!(
        entry("bw.establishment.may").citation_text,
        "§ 4 Abs. 1 S. 1 GemO BW"
    );
    assert!(entry("bw.establishment.may").note.contains("§ 41 Abs. 2"));
}

// ---- one style of version clause ----

/// Every version clause of the law of every Land (rules,
/// provisions read with them, no-candidates fallbacks, regime bases) is
/// „i. d. F. des Gesetzes vom DD.MM.YYYY (…)“ or „i. d. F. der
/// Bekanntmachung vom DD.MM.YYYY (…)“.
#[test]
fn every_version_clause_outside_nrw_is_in_one_style() {
    fn clauses(c: &migrant_representation::Citation, out: &mut Vec<String>) {
        if let Some(v) = &c.version {
            out.push(v.to_string());
        }
        for o in c.read_with.iter() {
            clauses(o, out);
        }
    }
    fn well_formed(v: &str) -> bool {
        // A numbered law (the Saarland's) gives its number first.
        let numbered = v.strip_prefix("i. d. F. des Gesetzes Nr. ").and_then(|r| {
            let (n, r) = r.split_once(" vom ")?;
            n.chars().all(|c| c.is_ascii_digit()).then_some(r)
        });
        let rest = v
            .strip_prefix("i. d. F. des Gesetzes vom ")
            .or_else(|| v.strip_prefix("i. d. F. der Bekanntmachung vom "))
            .or(numbered);
        let Some(rest) = rest else { return false };
        let b = rest.as_bytes();
        b.len() > 12
            && b[..10].iter().enumerate().all(|(i, c)| match i {
                2 | 5 => *c == b'.',
                _ => c.is_ascii_digit(),
            })
            && rest[10..].starts_with(" (")
            && rest.ends_with(')')
    }
    let law = Law::builtin();
    let mut seen = Vec::new();
    for land in law.lands().iter() {
        let mut out = Vec::new();
        for g in land.regimes.iter() {
            clauses(&g.basis, &mut out);
            for r in g.rules.iter() {
                clauses(&r.citation, &mut out);
            }
            for r in g.rights.iter() {
                clauses(&r.citation, &mut out);
            }
        }
        for r in land.establishment.iter() {
            clauses(&r.citation, &mut out);
            if let Some(nc) = &r.if_no_candidates {
                clauses(&nc.citation, &mut out);
            }
        }
        for r in land.franchise.iter() {
            for e in r.active.iter().chain(r.passive.iter()) {
                clauses(&e.citation, &mut out);
            }
        }
        if let Some(t) = &land.council_term {
            clauses(&t.citation, &mut out);
        }
        for v in out {
            assert!(well_formed(&v), "{}: {v:?}", land.land);
            seen.push(v);
        }
    }
    // The clauses exist: BB, BE, HE, RP, SL name versions.
    assert!(seen.len() >= 10, "{seen:?}");
    assert!(!well_formed(
        "i. d. F. des Gesetzes vom 5.3.2024 (GVBl. I Nr. 10)"
    ));
    assert!(!well_formed("i. d. F. vom 18.12.2007"));
}
