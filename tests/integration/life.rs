//! A body over its life: successive terms, where the body stands on a day,
//! statutory effects applied rather than demanded, transitional provisions,
//! and the verdict over time, right and bounded.

use migrant_representation::{
    Law, RepresentationBody,
    check::{Basis, Change, EndCause, OfficeStatus, ReportStatus, Verdict},
};
use serde_json::{Value, json};

use crate::common::*;

fn koeln() -> Value {
    load("koeln-integrationsrat.json")
}

#[track_caller]
fn status(b: &RepresentationBody, on: &str) -> OfficeStatus {
    b.office(date(on)).expect("a term").status
}

/// Köln over its four recorded terms: before the first, in each, between
/// the end of the 2014 term and the first meeting of the 2020 term, and in
/// the term elected on 14 Sep 2025.
#[test]
fn koeln_before_during_and_after_its_terms() {
    let b = body(&koeln());
    assert_eq!(b.terms().len(), 4);
    assert_eq!(status(&b, "2010-02-06"), OfficeStatus::NotYetConstituted);
    // Elected on 7 Feb 2010, after the council's Wahlperiode began (21 Oct
    // 2009): in office from its election day, which is assumed and noted.
    let first = &b.term_periods()[0];
    assert_eq!(first.first_day, date("2010-02-07"));
    assert!(first.first_day_assumed);
    let r = b.check(date("2012-01-15")).unwrap();
    assert!(
        r.notes
            .iter()
            .any(|n| n.code.as_str() == "missing_constitution_date"
                && n.path.as_str() == "/terms/0/constituted_on")
    );
    // The 2014 term: from the Wahlperiode of 1 Jun 2014 to 31 Oct 2020. The
    // 2018 law repealed the statutory continuation (§ 27 Abs. 2 S. 6 GO NRW,
    // as a council paper lists it; unverified) and the document says
    // nothing: from 1 Nov 2020 Köln awaited the 2020 term, which first met
    // on 12 Jan 2021. No violation: a successor is elected.
    assert_eq!(status(&b, "2014-06-01"), OfficeStatus::InOffice);
    assert_eq!(status(&b, "2020-10-31"), OfficeStatus::InOffice);
    let o = b.office(date("2020-12-01")).unwrap();
    assert_eq!(o.status, OfficeStatus::AwaitingSuccessor);
    assert_eq!(o.next_term_begins, Some(date("2021-01-12")));
    let r = b.check(date("2020-12-01")).unwrap();
    assert_eq!(r.status, ReportStatus::NotInOffice);
    assert!(r.violations.is_empty(), "{:?}", r.violations);
    // Under the 2013 version the members continued by statute: had the 2014
    // term first met on 1 Jul 2014, the 2010 term would have stayed in
    // office in June 2014.
    let late = with(koeln(), |v| {
        v["terms"][1]["constituted_on"] = json!("2014-07-01");
    });
    let o = body(&late).office(date("2014-06-15")).unwrap();
    assert_eq!(o.status, OfficeStatus::Continuing);
    assert_eq!(o.period.term, 0);
    assert!(matches!(
        &o.period.continues,
        Some(Basis::Statute { rule, .. }) if rule == "nw.integration_council.continuation"
    ));
    assert_eq!(o.next_term_begins, Some(date("2014-07-01")));
    assert_eq!(status(&b, "2021-01-12"), OfficeStatus::InOffice);
    assert_eq!(b.office(date("2021-01-12")).unwrap().period.term, 2);
    // The 2025 term says itself that it continues: by the document.
    let o = b.office(date("2030-12-01")).unwrap();
    assert_eq!(o.status, OfficeStatus::Continuing);
    assert_eq!(o.period.continues, Some(Basis::Document));
}

/// A term whose regular period ends with no successor recorded, and a body
/// that is dissolved: no verdict on lawfulness, and where the statute
/// requires the body (and the document says it was formed under that
/// duty), a violation of the duty to form it.
#[test]
fn a_body_the_statute_requires_with_no_term_in_office() {
    // Köln's 2025 term, said not to continue: it ends on 31 Oct 2030.
    let ended = with(load_current("koeln-integrationsrat.json"), |v| {
        v["term"]["continues_until_successor_meets"] = json!(false);
    });
    let r = report(&ended, "2031-01-15");
    assert_eq!(r.office.as_ref().unwrap().status, OfficeStatus::Ended);
    // The duty of the 2025 version was not read: noted, not enforced.
    assert!(r.violations.is_empty());
    let n = r
        .notes
        .iter()
        .find(|n| n.code.as_str() == "no_body_in_office")
        .expect("a note");
    assert_eq!(n.rule, "nw.establishment_2025.must_5000");
    assert_eq!(
        n.citation_text().as_deref(),
        Some("§ 27 GO NRW i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618)")
    );
    // Wiesbaden's Beirat of 2021, formed under the duty of § 84 S. 1 HGO
    // (verified) and said not to continue, with no successor recorded: a
    // violation from the day after its term.
    let wiesbaden = with(load_current("wiesbaden-auslaenderbeirat.json"), |v| {
        v["established_under"] = json!("must");
        v["term"]["continues_until_successor_meets"] = json!(false);
    });
    let end = body(&wiesbaden).term_periods()[0]
        .last_regular_day
        .expect("a regular end");
    let r = report(&wiesbaden, &(end + chrono::Days::new(1)).to_string());
    assert_eq!(
        violations(&r),
        [(
            "no_body_in_office".into(),
            "/term".into(),
            "he.establishment.must_1000".into()
        )]
    );
    // Without the duty it was formed under, the document does not give the
    // facts to decide: not in office, nothing more.
    let unknown = with(ended.clone(), |v| {
        v.as_object_mut().unwrap().remove("established_under");
    });
    let r = report(&unknown, "2031-01-15");
    assert_eq!(r.status, ReportStatus::NotInOffice);
    assert!(r.violations.is_empty());
    // Dissolved by the council on 1 Jan 2028: out of office from that day.
    let dissolved = with(load_current("koeln-integrationsrat.json"), |v| {
        v["term"]["ended"] = json!({"kind": "dissolved", "on": "2028-01-01"});
    });
    let b = body(&dissolved);
    assert_eq!(status(&b, "2027-12-31"), OfficeStatus::InOffice);
    let o = b.office(date("2028-01-01")).unwrap();
    assert_eq!(o.status, OfficeStatus::Dissolved);
    assert_eq!(o.end_cause, Some(EndCause::Dissolved));
    assert!(is_broken(
        &report(&dissolved, "2028-01-01"),
        "nw.establishment_2025.must_5000"
    ));
    // A Bavarian board of local law: no statutory duty, no violation.
    let kaufbeuren = load("history/kaufbeuren-integrationsbeirat.json");
    let r = report(&kaufbeuren, "2026-12-02");
    assert_eq!(r.status, ReportStatus::NotInOffice);
    assert!(r.violations.is_empty());
}

/// § 27 Abs. 2 S. 6 GO NRW of 2013 (continuation until the successor
/// meets, repealed in 2018) is a statutory effect: a silent document gets
/// it; only a document that says the members do not continue breaks the
/// rule (a note: the rule is unverified).
#[test]
fn the_continuation_is_applied_not_demanded() {
    // The Köln Integrationsrat of the 2009 council, encoded without the
    // continuation and without a successor, in 2014: its Wahlperiode ended
    // on 31 May 2014.
    let silent = with(without_terms(koeln()), |v| {
        v["term"] = json!({"length": {"kind": "council_term", "council_elected_on": "2009-08-30"}, "elected_on": "2010-02-07"});
    });
    let r = report(&silent, "2014-03-15");
    assert!(broken_rules(&r).is_empty(), "{:?}", broken_rules(&r));
    let o = body(&silent).office(date("2014-06-15")).unwrap();
    assert_eq!(o.status, OfficeStatus::Continuing);
    assert!(matches!(
        &o.period.continues,
        Some(Basis::Statute { rule, .. }) if rule == "nw.integration_council.continuation"
    ));
    let contradicting = with(silent, |v| {
        v["term"]["continues_until_successor_meets"] = json!(false);
    });
    let r = report(&contradicting, "2014-03-15");
    assert_eq!(broken_rules(&r), ["nw.integration_council.continuation"]);
    assert_eq!(
        r.notes
            .iter()
            .find(|n| n.rule == "nw.integration_council.continuation")
            .map(|n| (n.code.as_str(), n.path.as_str())),
        Some((
            "term_continuation_mismatch",
            "/term/continues_until_successor_meets"
        ))
    );
    assert_eq!(
        status(&body(&contradicting), "2014-06-15"),
        OfficeStatus::Ended
    );
}

/// A term that gives no length gets the statute's: the council's
/// Wahlperiode (NRW, Hessen), five years (§ 56 Abs. 2 GemO RLP). A term
/// that gives another length breaks the rule.
#[test]
fn the_length_of_a_term_is_applied_not_demanded() {
    // Wiesbaden's Beirat elected on 14 Mar 2021 with no length given: the
    // Hessian council's Wahlzeit, 1 Apr 2021 to 31 Mar 2026.
    let silent = with(load_current("wiesbaden-auslaenderbeirat.json"), |v| {
        v["term"] = json!({"elected_on": "2021-03-14"});
    });
    let b = body(&silent);
    let p = &b.term_periods()[0];
    assert_eq!(
        (p.first_day, p.last_regular_day),
        (date("2021-04-01"), Some(date("2026-03-31")))
    );
    assert!(
        matches!(&p.length_basis, Some(Basis::Statute { rule, .. }) if rule == "he.foreign_residents_board.term")
    );
    assert!(report(&silent, "2025-01-15").is_compliant());
    // The Hessian rule is recorded as unverified: a length that contradicts
    // it is a note.
    let contradicting = with(silent, |v| {
        v["term"] = json!({"elected_on": "2021-03-14", "constituted_on": "2021-04-20", "length": {"kind": "years", "years": 4}});
    });
    let r = report(&contradicting, "2025-01-15");
    assert!(
        r.notes
            .iter()
            .any(|n| n.rule == "he.foreign_residents_board.term"
                && n.code.as_str() == "term_length_mismatch")
    );
    // Köln's term with no length follows the council's; one of five years
    // from its constitution breaks the 2025 version of § 27 GO NRW (noted:
    // its wording was not read).
    let silent = with(load_current("koeln-integrationsrat.json"), |v| {
        v["term"] = json!({"elected_on": "2025-09-14", "constituted_on": "2025-11-25"});
    });
    assert!(report(&silent, "2026-01-15").is_compliant());
    assert_eq!(
        body(&silent).term_periods()[0].last_regular_day,
        Some(date("2030-10-31"))
    );
    let contradicting = with(silent, |v| {
        v["term"]["length"] = json!({"kind": "years", "years": 5});
    });
    assert_eq!(
        broken_rules(&report(&contradicting, "2026-01-15")),
        ["nw.integration_council_2025.term"]
    );
    // Landau's Beirat, constituted on 2 Dec 2024, with no length given:
    // five years by § 56 Abs. 2 GemO RLP.
    let landau = with(load("landau-beirat-migration-integration.json"), |v| {
        v["term"] = json!({"constituted_on": "2024-12-02"});
    });
    let p = &body(&landau).term_periods()[0];
    assert_eq!(p.last_regular_day, Some(date("2029-12-01")));
    assert!(report(&landau, "2025-01-15").is_compliant());
}

/// § 86 Abs. 1 S. 3 HGO: an Ausländerbeirat with fewer than three members
/// lapses. The crate records the rule as unverified (municipal bulletins):
/// the built-in law notes it and leaves the body in office. A law that
/// holds the rule verified acts: the body is out of office on the day and
/// the report says so in a note, never as a violation of the document.
#[test]
fn an_ausländerbeirat_below_three_members_lapses_by_statute() {
    let two = with(load_current("wiesbaden-auslaenderbeirat.json"), |v| {
        groups(v)[0]["filled"] = json!(2);
    });
    let r = report(&two, "2026-01-15");
    assert!(r.violations.is_empty());
    assert_eq!(r.office.as_ref().unwrap().status, OfficeStatus::InOffice);
    assert_eq!(broken_rules(&r), ["he.foreign_residents_board.lapse"]);
    // The same rule, held verified (read in the statute text).
    let mut v = serde_json::to_value(Law::builtin()).unwrap();
    for land in v["lands"].as_array_mut().unwrap() {
        for regime in land["regimes"].as_array_mut().unwrap() {
            for rule in regime["rules"].as_array_mut().unwrap() {
                if rule["id"] == "he.foreign_residents_board.lapse" {
                    rule["certainty"] = json!("verified");
                    rule["source_kind"] = json!("statute_text");
                }
            }
        }
    }
    let law: Law = serde_json::from_value(v).unwrap();
    assert!(law.validate().is_ok());
    let r = law.check(&body(&two), date("2026-01-15")).unwrap();
    assert!(r.violations.is_empty());
    assert_eq!(r.status, ReportStatus::NotInOffice);
    let o = r.office.as_ref().unwrap();
    assert_eq!(o.status, OfficeStatus::Dissolved);
    assert!(
        matches!(&o.end_cause, Some(EndCause::Lapsed { rule, .. }) if rule == "he.foreign_residents_board.lapse")
    );
    let note = r
        .notes
        .iter()
        .find(|n| n.code.as_str() == "body_lapsed")
        .unwrap();
    assert!(
        note.message(migrant_representation::Language::De)
            .starts_with("Gesetzliche Folge: Das Gremium ist kraft Gesetzes entfallen.")
    );
    // Three filled seats keep it.
    let three = with(two, |v| groups(v)[0]["filled"] = json!(3));
    assert!(
        law.check(&body(&three), date("2026-01-15"))
            .unwrap()
            .is_compliant()
    );
}

/// An election is held under the law of its day: the Köln Integrationsrat
/// elected on 7 Feb 2010 under the 2009 law is not judged by the election
/// day the 2013 law fixed (§ 27 Abs. 2 S. 3 GO NRW).
#[test]
fn an_election_is_judged_by_the_law_of_its_day() {
    let b = body(&koeln());
    let r = b.check(date("2014-01-15")).unwrap();
    assert!(
        !r.violations
            .iter()
            .chain(&r.notes)
            .any(|f| f.rule == "nw.integration_council.election_day"),
        "{r:?}"
    );
    // A term elected under the 2013 law on a day other than the
    // Kommunalwahl breaks it, even when checked under the 2025 version.
    let later = with(load_current("koeln-integrationsrat.json"), |v| {
        v["term"]["elected_on"] = json!("2025-09-21");
    });
    assert_eq!(
        broken_rules(&report(&later, "2026-01-15")),
        ["nw.integration_council.election_day"]
    );
}

/// A fictional NRW reform loaded as data: from 1 Nov 2030 two thirds of the
/// members must be directly elected, replacing the majority rule of § 27
/// Abs. 1 S. 5 (carried into the 2025 version). With a transitional provision, terms elected before
/// 1 Sep 2030 keep the old rule; without one, the new rule applies to every
/// term from its first day.
#[test]
fn a_reform_with_and_without_a_transitional_provision() {
    let reform_day = "2030-11-01";
    let law = |transition: bool| {
        let mut v = serde_json::to_value(Law::builtin()).unwrap();
        let nw = v["lands"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|l| l["land"] == "NW")
            .unwrap();
        let regime = nw["regimes"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|r| r["designation"] == "Ausschuss für Chancengerechtigkeit und Integration")
            .unwrap();
        let rules = regime["rules"].as_array_mut().unwrap();
        let old = rules
            .iter_mut()
            .find(|r| r["id"] == "nw.integration_council_2025.elected_majority")
            .unwrap();
        old["validity"]["until"] = json!(reform_day);
        rules.push(json!({
            "id": "nw.integration_council.two_thirds_2030",
            "replaces": "nw.integration_council_2025.elected_majority",
            "citation": {"law": "GO NRW", "number": "27", "paragraph": 1, "sentence": 5},
            "validity": {"from": reform_day},
            "certainty": "verified",
            "source_kind": "gazette",
            "statement": {"de": "Mindestens zwei Drittel der Mitglieder werden direkt gewählt.",
            "en": "At least two thirds of the members are directly elected"},
            "constraint": {"kind": "share", "part": {"classes": ["directly_elected"]}, "of": {"classes": ["any"]}, "min": {"numerator": 2, "denominator": 3}},
            "source": "https://example.org/fictional-reform-2030"
        }));
        if transition {
            regime["transitions"] = json!([{
                "id": "nw.transition_2030",
                "citation": {"law": "GO NRW", "number": "134"},
                "certainty": "verified",
                "source_kind": "gazette",
                "statement": {"de": "Für die vor dem 1. September 2030 gewählten Gremien gilt § 27 Abs. 1 S. 5 in der bisherigen Fassung.",
                "en": "Bodies elected before 1 September 2030 keep § 27 Abs. 1 S. 5 as it was"},
                "keeps": ["nw.integration_council_2025.elected_majority"],
                "elected_before": "2030-09-01",
                "source": "https://example.org/fictional-reform-2030"
            }]);
        }
        serde_json::from_value::<Law>(v).unwrap()
    };
    let (with_t, without_t) = (law(true), law(false));
    assert!(with_t.validate().is_ok(), "{:?}", with_t.validate());
    // Köln's 2025 term with 19 elected of 33: a majority over the 11 council
    // members, but less than two thirds.
    let koeln19 = with(load_current("koeln-integrationsrat.json"), |v| {
        v["local_rules"] = json!([]);
        groups(v)[0]["seats"] = json!(19);
    });
    let b = body(&koeln19);
    let broken = |law: &Law, on: &str| -> Vec<String> {
        law.check(&b, date(on))
            .unwrap()
            .violations
            .iter()
            .map(|v| v.rule.to_string())
            .collect()
    };
    // The day before the reform, both laws agree.
    assert!(broken(&with_t, "2030-10-31").is_empty());
    assert!(broken(&without_t, "2030-10-31").is_empty());
    // From the reform day, during the continuation of the term elected in
    // 2025: kept by the transition, broken without it.
    assert!(broken(&with_t, "2030-11-15").is_empty());
    assert_eq!(
        broken(&without_t, "2030-11-15"),
        ["nw.integration_council.two_thirds_2030"]
    );
    // A term elected after the transition's day meets the new rule in both.
    let elected_2030 = with(koeln19, |v| {
        v["term"] = json!({"elected_on": "2030-09-15", "constituted_on": "2030-11-10", "length": {"kind": "council_term", "council_elected_on": "2030-09-15"}});
    });
    let b2 = body(&elected_2030);
    let broken2 = |law: &Law| -> Vec<String> {
        law.check(&b2, date("2030-11-15"))
            .unwrap()
            .violations
            .iter()
            .map(|v| v.rule.to_string())
            .collect()
    };
    assert_eq!(broken2(&with_t), ["nw.integration_council.two_thirds_2030"]);
    assert_eq!(
        broken2(&without_t),
        ["nw.integration_council.two_thirds_2030"]
    );
}

/// The verdict over time follows the terms: each interval begins on the day
/// something changes, and says what.
#[test]
fn the_verdict_over_time_follows_the_terms() {
    let b = body(&koeln());
    let intervals: Vec<_> = b
        .check_between(date("2020-10-01"), date("2021-02-01"))
        .unwrap()
        .collect();
    let summary: Vec<(String, Option<OfficeStatus>)> = intervals
        .iter()
        .map(|i| {
            (
                i.from.to_string(),
                i.verdict
                    .report()
                    .and_then(|r| r.office.as_ref())
                    .map(|o| o.status),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("2020-10-01".to_owned(), Some(OfficeStatus::InOffice)),
            (
                "2020-11-01".to_owned(),
                Some(OfficeStatus::AwaitingSuccessor)
            ),
            ("2021-01-12".to_owned(), Some(OfficeStatus::InOffice)),
        ]
    );
    assert!(intervals[0].begins_with.is_empty());
    assert_eq!(
        intervals[1].begins_with,
        [Change::TermRegularPeriodEnds { term: 1 }]
    );
    assert!(
        intervals[2]
            .begins_with
            .contains(&Change::TermBegins { term: 2 })
    );
    assert_eq!(intervals[2].until, date("2021-02-01"));
    for w in intervals.windows(2) {
        assert_eq!(w[0].until, w[1].from);
    }
    // Said for people, in German and English, without identifiers.
    let de = intervals[1].describe(migrant_representation::Language::De);
    assert_eq!(
        de,
        "01.11.2020 – 11.01.2021: nicht im Amt (Amtszeit beendet, Nachfolgegremium noch nicht zusammengetreten); weil: die regelmäßige Amtszeit 2 ist abgelaufen"
    );
    let en = intervals[2].describe(migrant_representation::Language::En);
    assert!(
        en.starts_with("2021-01-12 – 2021-01-31: compliant; because: "),
        "{en}"
    );
    // A period that ends before it starts is an error, not an empty answer.
    assert!(
        b.check_between(date("2021-02-01"), date("2020-10-01"))
            .is_err()
    );
}

/// The verdict over time counts a membership's change on the day it takes
/// effect, and its answer is bounded as a whole: at most
/// `MAX_INTERVALS` intervals and `MAX_FINDINGS` findings, and then one last
/// interval that says how many days of change were left out.
#[test]
fn the_verdict_over_time_is_bounded_as_a_whole() {
    use migrant_representation::limits::{MAX_FINDINGS, MAX_INTERVALS};
    // Lüdenscheid's 8 elected seats; on every other day from 2026 on, one
    // more person holds an elected seat for a day: 9 members, then 8.
    let days = 3_000;
    let v = with(load("luedenscheid-integrationsrat.json"), |v| {
        let roster = v["roster"].as_array_mut().unwrap();
        // Two more to fill the eight elected seats.
        for i in 0..2 {
            roster.push(json!({"person": format!("filled-{i}"), "seat_group": "elected"}));
        }
        for i in 0..days {
            let d = date("2026-01-01") + chrono::Days::new(2 * i);
            roster.push(
                json!({"person": format!("extra-{i}"), "seat_group": "elected",
                "start_date": d.to_string(), "end_date": d.to_string()}),
            );
        }
    });
    let b = body(&v);
    let intervals: Vec<_> = b
        .check_between(date("2026-01-01"), date("2045-01-01"))
        .unwrap()
        .collect();
    let findings: usize = intervals
        .iter()
        .filter_map(|i| i.verdict.report())
        .map(|r| r.violations.len() + r.warnings.len() + r.notes.len())
        .sum();
    assert!(intervals.len() <= MAX_INTERVALS + 1, "{}", intervals.len());
    assert!(findings <= MAX_FINDINGS + 2, "{findings}");
    let last = intervals.last().unwrap();
    assert_eq!(last.until, date("2045-01-01"));
    let Verdict::Omitted { change_days } = last.verdict else {
        panic!("the last interval is not the omitted rest: {last:?}")
    };
    // Every membership begins and ends on its own day: 2 changes per day
    // of the 3,000, less those listed.
    let listed = intervals.len() as u64 - 1;
    assert!(
        change_days + listed >= 2 * days - 2,
        "{change_days} + {listed}"
    );
    // The intervals that were listed alternate between compliant and not.
    assert_eq!(intervals[0].verdict.is_compliant(), Some(false));
    assert_eq!(intervals[1].verdict.is_compliant(), Some(true));
    assert_eq!(intervals[1].from, date("2026-01-02"));
}

/// A term's own roster is checked against its own seats, and the verdict
/// over time switches to it when the term begins.
#[test]
fn each_term_has_its_own_roster() {
    let v = with(
        without_terms(load("luedenscheid-integrationsrat.json")),
        |v| {
            v.as_object_mut().unwrap().remove("roster");
            let members = |n: usize, prefix: &str| -> Vec<Value> {
                (0..n)
                    .map(|i| json!({"person": format!("{prefix}-{i}"), "seat_group": "elected"}))
                    .collect()
            };
            v["terms"] = json!([
                {"elected_on": "2020-09-13", "roster": members(8, "a")},
                // Nine members for eight elected seats: one too many.
                {"elected_on": "2025-09-14", "roster": members(9, "b")}
            ]);
        },
    );
    let b = body(&v);
    assert!(b.check(date("2023-01-15")).unwrap().is_compliant());
    let r = b.check(date("2026-01-15")).unwrap();
    assert_eq!(
        violations(&r),
        [(
            "roster_exceeds_seats".into(),
            "/terms/1/roster".into(),
            "roster.seats".into()
        )]
    );
    let intervals: Vec<_> = b
        .check_between(date("2023-01-01"), date("2027-01-01"))
        .unwrap()
        .collect();
    let verdicts: Vec<(String, Option<bool>)> = intervals
        .iter()
        .map(|i| (i.from.to_string(), i.verdict.is_compliant()))
        .collect();
    assert_eq!(
        verdicts,
        [
            ("2023-01-01".to_owned(), Some(true)),
            ("2025-11-01".to_owned(), Some(false)),
        ]
    );
    // A term's roster names the term's own seat groups where it has its own
    // composition.
    let unknown = with(v, |v| {
        v["terms"][1]["composition"] = json!({"seat_groups": [
            {"id": "members", "label": "Mitglieder", "filling": "directly_elected", "voting": "voting", "seats": 9}]});
    });
    assert_eq!(
        structural(&unknown)[0],
        (
            "unknown_seat_group".into(),
            "/terms/1/roster/0/seat_group".into()
        )
    );
}

/// The structural rules of a list of terms.
#[test]
fn the_structure_of_a_list_of_terms() {
    let base = without_terms(koeln());
    let term = |elected: &str| json!({"elected_on": elected, "length": {"kind": "council_term", "council_elected_on": elected}});
    let both = with(base.clone(), |v| {
        v["term"] = term("2020-09-13");
        v["terms"] = json!([term("2025-09-14")]);
    });
    assert_eq!(
        structural(&both),
        [("term_given_twice".into(), "/terms".into())]
    );
    let out_of_order = with(base.clone(), |v| {
        v["terms"] = json!([term("2025-09-14"), term("2020-09-13")]);
    });
    assert_eq!(
        structural(&out_of_order),
        [("dates_out_of_order".into(), "/terms/1".into())]
    );
    let elected_after = with(base.clone(), |v| {
        v["terms"] = json!([{"elected_on": "2025-12-01", "constituted_on": "2025-11-25"}, term("2030-09-15")]);
    });
    assert_eq!(
        structural(&elected_after),
        [("dates_out_of_order".into(), "/terms/0/elected_on".into())]
    );
    let dissolved_early = with(base.clone(), |v| {
        v["term"] = json!({"constituted_on": "2025-11-25", "ended": {"kind": "dissolved", "on": "2025-11-01"}});
    });
    assert_eq!(
        structural(&dissolved_early),
        [("term_ends_before_start".into(), "/term/ended/on".into())]
    );
    let nothing = with(base, |v| {
        v["term"] = json!({"continues_until_successor_meets": true});
    });
    assert_eq!(
        structural(&nothing),
        [(
            "missing_constitution_date".into(),
            "/term/constituted_on".into()
        )]
    );
    // A document of one term in a list is written back as `term`.
    let one = with(without_terms(koeln()), |v| {
        v["terms"] = json!([term("2025-09-14")]);
    });
    let again = serde_json::to_value(body(&one)).unwrap();
    assert!(again.get("terms").is_none());
    assert_eq!(again["term"], term("2025-09-14"));
}

/// The report carries where the body stands, and the verdict in one word.
#[test]
fn the_report_says_where_the_body_stands() {
    let r = report(&koeln(), "2026-01-15");
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["status"], "compliant");
    assert_eq!(v["office"]["status"], "in_office");
    assert_eq!(v["office"]["period"]["term"], 3);
    assert_eq!(v["office"]["period"]["first_day"], "2025-11-25");
    let history = report(
        &load("history/kaufbeuren-integrationsbeirat.json"),
        "2026-12-02",
    );
    let v = serde_json::to_value(&history).unwrap();
    assert_eq!(v["status"], "not_in_office");
    assert_eq!(v["office"]["status"], "ended");
    assert_eq!(
        history
            .office
            .unwrap()
            .describe(date("2026-12-02"), migrant_representation::Language::De),
        "vom 12.07.2021 bis 30.04.2026; am 02.12.2026: beendet, kein Nachfolgegremium erfasst"
    );
}
