//! The roster: memberships checked against seats, chair, votes and term.

use serde_json::json;

use crate::common::*;

fn luedenscheid() -> serde_json::Value {
    load("luedenscheid-integrationsrat.json")
}

fn codes(v: &serde_json::Value, on: &str) -> Vec<(String, String)> {
    report(v, on)
        .violations
        .iter()
        .map(|v| (v.code.as_str().to_owned(), v.path.as_str().to_owned()))
        .collect()
}

#[test]
fn the_luedenscheid_roster_fits_its_seats() {
    let b = body(&luedenscheid());
    assert_eq!(b.roster().unwrap().len(), 10);
    assert!(report(&luedenscheid(), "2026-01-15").is_compliant());
}

#[test]
fn more_members_than_seats() {
    let v = with(luedenscheid(), |v| {
        for i in 5..10 {
            v["roster"]
                .as_array_mut()
                .unwrap()
                .push(json!({"person": format!("extra-{i}"), "seat_group": "council"}));
        }
    });
    assert_eq!(
        codes(&v, "2026-01-15"),
        [("roster_exceeds_seats".into(), "/roster".into())]
    );
    // Memberships that ended before the date do not count.
    let ended = with(v, |v| {
        for m in v["roster"].as_array_mut().unwrap().iter_mut().skip(10) {
            m["end_date"] = json!("2025-12-31");
            m["start_date"] = json!("2025-11-01");
        }
    });
    assert!(report(&ended, "2026-01-15").is_compliant());
}

#[test]
fn a_chair_elected_from_the_members_holds_a_seat() {
    let v = with(luedenscheid(), |v| {
        v["roster"]
            .as_array_mut()
            .unwrap()
            .push(json!({"person": "outsider", "role": "chair"}));
    });
    assert_eq!(
        codes(&v, "2026-01-15"),
        [("chair_not_member".into(), "/roster/10/seat_group".into())]
    );
    let ok = with(luedenscheid(), |v| v["roster"][0]["role"] = json!("chair"));
    assert!(report(&ok, "2026-01-15").is_compliant());
    // Dresden: the chair must be a migrant member.
    let dresden = with(
        load("dresden-integrations-und-auslaenderbeirat.json"),
        |v| {
            v["roster"] =
                json!([{"person": "stadtrat-1", "seat_group": "council", "role": "chair"}]);
        },
    );
    assert_eq!(
        codes(&dresden, "2026-01-15"),
        [("chair_not_member".into(), "/roster/0/seat_group".into())]
    );
}

#[test]
fn one_person_has_one_vote() {
    let v = with(luedenscheid(), |v| {
        v["roster"][9]["person"] = json!("luedenscheid-e1")
    });
    assert_eq!(
        codes(&v, "2026-01-15"),
        [(
            "duplicate_voting_membership".into(),
            "/roster/9/person".into()
        )]
    );
    // Successive memberships of one person are fine.
    let successive = with(v, |v| {
        v["roster"][0]["end_date"] = json!("2026-03-31");
        v["roster"][9]["start_date"] = json!("2026-04-01");
    });
    assert!(report(&successive, "2026-01-15").is_compliant());
}

#[test]
fn memberships_lie_within_the_term() {
    let early = with(luedenscheid(), |v| {
        v["roster"][0]["start_date"] = json!("2025-10-01")
    });
    assert_eq!(
        codes(&early, "2026-01-15"),
        [(
            "membership_outside_term".into(),
            "/roster/0/start_date".into()
        )]
    );
    // NRW members continue until the successor meets: a membership may run past the Wahlperiode.
    let continuing = with(luedenscheid(), |v| {
        v["roster"][0]["end_date"] = json!("2030-11-15")
    });
    assert!(report(&continuing, "2026-01-15").is_compliant());
    let met = with(continuing, |v| {
        v["term"]["successor_first_met_on"] = json!("2030-11-10")
    });
    assert_eq!(
        codes(&met, "2026-01-15"),
        [(
            "membership_outside_term".into(),
            "/roster/0/end_date".into()
        )]
    );
}

#[test]
fn roster_structure() {
    let v = with(luedenscheid(), |v| {
        v["roster"][0]["seat_group"] = json!("nowhere");
        v["roster"][1]["start_date"] = json!("2026-02-01");
        v["roster"][1]["end_date"] = json!("2026-01-01");
        v["roster"][2]["person"] = json!(" ");
    });
    assert_eq!(
        structural(&v),
        [
            ("unknown_seat_group".into(), "/roster/0/seat_group".into()),
            (
                "membership_ends_before_start".into(),
                "/roster/1/end_date".into()
            ),
            ("empty_text".into(), "/roster/2/person".into()),
        ]
    );
}

#[test]
fn a_very_long_roster_is_checked_in_reasonable_time_and_fully() {
    // 20,000 memberships of one seat group: the counts and the duplicate
    // check must not be quadratic, and every duplicate is counted (the
    // first 1,000 findings are listed, the rest are counted).
    let v = with(luedenscheid(), |v| {
        let roster = v["roster"].as_array_mut().unwrap();
        for i in 0..20_000 {
            roster.push(json!({"person": format!("p{}", i % 10_000), "seat_group": "elected"}));
        }
    });
    let r = report(&v, "2026-01-15");
    let dup = r
        .violations
        .iter()
        .filter(|x| x.code.as_str() == "duplicate_voting_membership")
        .count();
    let limit = migrant_representation::limits::MAX_FINDINGS;
    assert_eq!(r.violations.len(), limit + 1);
    // The seats overflow (one finding) and 10,000 duplicates: 1,000 listed
    // in all, the other 9,001 counted.
    assert_eq!(dup, limit - 1);
    assert_eq!(r.omitted, 10_001 - limit as u64);
    let last = r.violations.last().unwrap();
    assert_eq!(last.code.as_str(), "too_many_findings");
    assert_eq!(
        last.figures.actual,
        Some(migrant_representation::check::Quantity::Findings(9001))
    );
    let en = last.message(migrant_representation::Language::En);
    assert!(en.contains("9001 findings"), "{en}");
    assert!(
        r.violations
            .iter()
            .any(|x| x.code.as_str() == "roster_exceeds_seats")
    );
}

#[test]
fn one_person_with_many_memberships_is_reported_for_each_overlap() {
    // One person holding 20,000 voting memberships at once: all but the
    // first overlap an earlier one. The sweep is n log n; the old pairwise
    // comparison within one person was quadratic.
    let v = with(luedenscheid(), |v| {
        let roster = v["roster"].as_array_mut().unwrap();
        roster.clear();
        for _ in 0..20_000 {
            roster.push(json!({"person": "p", "seat_group": "elected"}));
        }
    });
    let r = report(&v, "2026-01-15");
    let dup: Vec<&str> = r
        .violations
        .iter()
        .filter(|x| x.code.as_str() == "duplicate_voting_membership")
        .map(|x| x.path.as_str())
        .collect();
    // 19,999 duplicates: the first 999 after the seat overflow are listed.
    assert_eq!(dup.len() as u64 + r.omitted, 19_999);
    assert_eq!(dup[0], "/roster/1/person");
}

/// Roster outcomes go through the same recorder as every rule: each carries
/// the rule id, a citation (the regime's chair or term rule, else the
/// provision the body type rests on) and the statement with the detail.
#[test]
fn roster_violations_carry_their_citation() {
    let v = with(luedenscheid(), |v| {
        let roster = v["roster"].as_array_mut().unwrap();
        roster.push(json!({"person": "outsider", "role": "chair"}));
        roster.push(json!({"person": "early", "seat_group": "elected", "start_date": "2000-01-01", "end_date": "2000-12-31"}));
    });
    let r = report(&v, "2026-01-15");
    let cited: Vec<(&str, String)> = r
        .violations
        .iter()
        .map(|x| (x.rule.as_ref(), x.citation.as_ref().unwrap().to_string()))
        .collect();
    assert!(
        cited.contains(&(
            "roster.chair_is_member",
            "§ 27 GO NRW i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618)".to_owned()
        )),
        "{cited:?}"
    );
    assert!(
        cited.contains(&(
            "roster.within_term",
            "§ 27 GO NRW i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618)".to_owned()
        )),
        "{cited:?}"
    );
    let chair = r
        .violations
        .iter()
        .find(|x| x.rule == "roster.chair_is_member")
        .unwrap();
    let en = chair.message(migrant_representation::Language::En);
    assert!(
        en.contains("Rule (paraphrase): A chair to be elected from the members must hold a seat."),
        "{en}"
    );
    // Too many members: the provision the Integrationsrat rests on.
    let crowded = with(luedenscheid(), |v| {
        let roster = v["roster"].as_array_mut().unwrap();
        for i in 0..30 {
            roster.push(json!({"person": format!("extra-{i}"), "seat_group": "elected"}));
        }
    });
    let r = report(&crowded, "2026-01-15");
    let seats = r
        .violations
        .iter()
        .find(|x| x.rule == "roster.seats")
        .unwrap();
    assert_eq!(
        seats.citation.as_ref().unwrap().to_string(),
        "§ 27 GO NRW i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618)"
    );
}

/// Memberships that begin in the middle of a period change the verdict on
/// that day (more members than seats): check_between finds it.
#[test]
fn the_verdict_changes_on_the_day_the_seats_overflow() {
    let v = with(luedenscheid(), |v| {
        let roster = v["roster"].as_array_mut().unwrap();
        for i in 0..30 {
            roster.push(json!({"person": format!("new-{i}"), "seat_group": "elected", "start_date": "2026-06-01"}));
        }
    });
    let b = crate::common::body(&v);
    let intervals: Vec<_> = b
        .check_between(date("2026-01-01"), date("2027-01-01"))
        .unwrap()
        .collect();
    let verdicts: Vec<(String, Option<bool>)> = intervals
        .iter()
        .map(|i| (i.from.to_string(), i.verdict.is_compliant()))
        .collect();
    assert_eq!(
        verdicts,
        [
            ("2026-01-01".to_owned(), Some(true)),
            ("2026-06-01".to_owned(), Some(false)),
        ]
    );
}
