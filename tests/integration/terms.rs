//! Terms: derived dates, office status, council Wahlperioden.

use chrono::Datelike;
use migrant_representation::{
    Land, Law, RepresentationBody,
    check::{OfficeStatus, TermPeriod},
    law::{CouncilTermStart, council_term_rule},
};
use serde_json::json;

use crate::common::*;

/// The period of the body's first term under the built-in law.
#[track_caller]
fn first_period(b: &RepresentationBody) -> TermPeriod {
    b.term_periods().into_iter().next().expect("a term")
}

/// The first day and the last regular day of the body's first term.
#[track_caller]
fn days(b: &RepresentationBody) -> (chrono::NaiveDate, chrono::NaiveDate) {
    let p = first_period(b);
    (p.first_day, p.last_regular_day.expect("a last day"))
}

/// Where the body stands on `on`.
#[track_caller]
fn status(b: &RepresentationBody, on: &str) -> OfficeStatus {
    b.office(date(on)).expect("a term").status
}

/// Whether the body is in office on `on`.
#[track_caller]
fn in_office(b: &RepresentationBody, on: &str) -> bool {
    status(b, on).is_in_office()
}

/// Kaufbeuren over two terms: the Integrationsbeirat constituted on
/// 29 Sep 2014 for the Stadtrat's term to 30 Apr 2020, and the Beirat für
/// Vielfalt und Offene Gesellschaft that replaced it, constituted on
/// 12 Jul 2021 for the term to 30 Apr 2026. Between the two, and after
/// the second with no successor recorded, no term is in office.
#[test]
fn kaufbeuren_over_two_terms() {
    let b = body(&load("history/kaufbeuren-integrationsbeirat.json"));
    assert_eq!(days(&b), (date("2014-09-29"), date("2020-04-30")));
    assert_eq!(status(&b, "2014-09-28"), OfficeStatus::NotYetConstituted);
    assert!(in_office(&b, "2020-04-30"));
    assert_eq!(status(&b, "2020-05-01"), OfficeStatus::AwaitingSuccessor);
    assert_eq!(status(&b, "2021-07-11"), OfficeStatus::AwaitingSuccessor);
    assert_eq!(status(&b, "2021-07-12"), OfficeStatus::InOffice);
    assert_eq!(status(&b, "2026-04-30"), OfficeStatus::InOffice);
    assert_eq!(status(&b, "2026-05-01"), OfficeStatus::Ended);
    let periods = b.term_periods();
    assert_eq!(periods[1].last_regular_day, Some(date("2026-04-30")));
    // Each term is judged with its own seats: 26, then 28.
    let on = |d: &str| report(&load("history/kaufbeuren-integrationsbeirat.json"), d);
    assert!(on("2015-01-15").is_compliant());
    assert!(on("2022-01-15").is_compliant());
    // No term in office: no verdict on lawfulness, and nothing checked.
    let gap = on("2020-08-01");
    assert_eq!(
        gap.status,
        migrant_representation::check::ReportStatus::NotInOffice
    );
    assert!(!gap.is_compliant());
    assert!(gap.violations.is_empty() && gap.notes.is_empty());
}

#[test]
fn bavarian_council_term_starts_on_the_1_may_after_the_election() {
    let by = council_term_rule(Land::Bayern);
    assert_eq!(
        by.term_for(date("2020-03-15")),
        Some((date("2020-05-01"), date("2026-04-30")))
    );
    assert_eq!(
        by.term_for(date("2026-03-08")),
        Some((date("2026-05-01"), date("2032-04-30")))
    );
    // An election on 1 May itself opens a term the next year.
    assert_eq!(
        by.term_for(date("2020-05-01")).unwrap().0,
        date("2021-05-01")
    );
}

/// A council-term rule like the Saarland's (§ 31 Abs. 1 KSVG), built from
/// data, with `elections` as its recorded election days.
fn saarland_like(elections: serde_json::Value) -> migrant_representation::law::CouncilTermRule {
    serde_json::from_value(json!({
        "land": "SL",
        "years": 5,
        "start": {"kind": "days_after_election_not_before_previous_end", "days": 15},
        "citation": {"law": "KSVG", "number": "31", "paragraph": 1},
        "note": "",
        "end": "extended_to_next_start_within_a_month",
        "regular_elections": elections
    }))
    .unwrap()
}

/// § 31 Abs. 1 KSVG as data: the 15th day, not before the previous
/// Amtszeit has run out (S. 1), and an Amtszeit that runs out before the
/// new one begins extended until it does, by a month at most (S. 2).
#[test]
fn a_start_that_waits_for_the_previous_term_and_an_end_that_waits_for_the_next() {
    let rule = saarland_like(json!([
        "2000-06-04",
        "2005-06-19",
        "2010-06-06",
        "2015-07-26"
    ]));
    // No election recorded before: the 15th day.
    assert_eq!(
        rule.term_for(date("2000-06-04")),
        Some((date("2000-06-19"), date("2005-07-03")))
    );
    // The 15th day (4 July 2005) comes after the previous Amtszeit ran out
    // (18 June): that one is extended to 3 July, and this one begins on the
    // 15th day.
    assert_eq!(
        rule.term_for(date("2005-06-19")),
        Some((date("2005-07-04"), date("2010-07-03")))
    );
    // The 15th day (21 June 2010) comes before the previous Amtszeit ran
    // out (3 July): this one waits for it. Its own runs out on 3 July 2015,
    // but the next begins only on the 15th day after 26 July 2015, more
    // than a month later: the extension stops after a month, on 3 August.
    assert_eq!(
        rule.term_for(date("2010-06-06")),
        Some((date("2010-07-04"), date("2015-08-03")))
    );
    assert_eq!(
        rule.term_for(date("2015-07-26")).unwrap().0,
        date("2015-08-10")
    );
}

/// A law a program builds may record very many election days: the first
/// day is found by walking them, not by recursing once per election.
#[test]
fn a_long_list_of_election_days_does_not_exhaust_the_stack() {
    // One a month from the year 1000 to 9999: 108,000 days, in order.
    let days: Vec<String> = (1000..=9999)
        .flat_map(|y| (1..=12).map(move |m| format!("{y:04}-{m:02}-09")))
        .collect();
    let last = days.last().unwrap().clone();
    let rule = saarland_like(json!(days));
    // The second waits five years for the first to run out …
    assert_eq!(
        rule.term_for(date("1000-02-09")),
        Some((date("1005-01-24"), date("1010-01-23")))
    );
    // … and 108,000 such waits run past the last day chrono knows: no
    // answer, and no crash.
    assert_eq!(rule.term_for(date(&last)), None);
}

#[test]
fn nrw_and_saarland_council_terms() {
    let nw = council_term_rule(Land::NordrheinWestfalen);
    assert_eq!(
        nw.term_for(date("2020-09-13")),
        Some((date("2020-11-01"), date("2025-10-31")))
    );
    // The Wahlperiode opened on 30 Aug 2009 began on 21 Oct 2009 (VerfGH
    // NRW 24/08) and was shortened to end with the month of the European
    // election of 25 May 2014 (§ 14 Abs. 2 S. 1 KWahlG, 2008 wording).
    assert_eq!(
        nw.term_for(date("2009-08-30")),
        Some((date("2009-10-21"), date("2014-05-31")))
    );
    // The next one began on the first day of the following month (§ 14
    // Abs. 2 S. 2 KWahlG NRW) and ran until 31 Oct 2020.
    assert_eq!(
        nw.term_for(date("2014-05-25")),
        Some((date("2014-06-01"), date("2020-10-31")))
    );
    // Saarland: the 15th day after the election (24 June 2024) came before
    // the previous Amtszeit ran out on 2 July, so the new one began on
    // 3 July (§ 31 Abs. 1 S. 1 KSVG: "jedoch nicht vor Ablauf").
    let sl = council_term_rule(Land::Saarland);
    assert_eq!(
        sl.term_for(date("2024-06-09")),
        Some((date("2024-07-03"), date("2029-07-02")))
    );
    // Before the first recorded election the previous Amtszeit is unknown:
    // the 15th day, and the end extended to the day before the first
    // recorded Amtszeit begins (S. 2: by a month at most).
    assert_eq!(
        sl.term_for(date("2004-06-13")),
        Some((date("2004-06-28"), date("2009-07-02")))
    );
    // Brandenburg: the Wahlperiode starts with the council's first meeting,
    // which no statute dates (§ 4 S. 2 BbgKWahlG): no first day without it.
    let bb = council_term_rule(Land::Brandenburg);
    assert_eq!(bb.term_for(date("2024-06-09")), None);
    assert_eq!(
        bb.period_from(date("2024-06-09"), Some(date("2024-07-02"))),
        Some((Some(date("2024-07-02")), date("2029-07-01")))
    );
    // Hamburg: the same, from the Bezirksversammlung's first meeting
    // (§ 1 BezVWG; the assemblies of 2024 met on different days).
    let hh = council_term_rule(Land::Hamburg);
    assert_eq!(hh.years, 5);
    assert_eq!(hh.term_for(date("2024-06-09")), None);
    assert_eq!(
        hh.period_from(date("2024-06-09"), Some(date("2024-07-04"))),
        Some((Some(date("2024-07-04")), date("2029-07-03")))
    );
    // Bremen: four years (§ 5 Abs. 1 S. 1 BremWahlG, for Bremerhaven with
    // § 42 Abs. 3 S. 2), from the council's first meeting: the
    // Stadtverordnetenversammlung met for its Wahlperiode on 4 July 2023.
    let hb = council_term_rule(Land::Bremen);
    assert_eq!(hb.years, 4);
    assert_eq!(hb.start, CouncilTermStart::AtConstitution {});
    assert_eq!(
        hb.citation.to_string(),
        "§ 5 Abs. 1 S. 1 i. V. m. § 42 Abs. 3 S. 2 BremWahlG"
    );
    assert_eq!(hb.term_for(date("2023-05-14")), None);
    assert_eq!(
        hb.period_from(date("2023-05-14"), Some(date("2023-07-04"))),
        Some((Some(date("2023-07-04")), date("2027-07-03")))
    );
    // Every Land records its council term, the way its law has it.
    for land in Land::iter() {
        assert_eq!(
            Law::builtin().council_term(land),
            Some(council_term_rule(land)),
            "{land}"
        );
    }
}

/// The last day of one Wahlperiode and the first of the next, for every
/// Land whose council term the crate records.
#[test]
fn council_terms_of_the_laender_at_their_boundary_days() {
    let cases = [
        // NKomVG § 47 Abs. 2: 1 November, 5 years.
        (
            Land::Niedersachsen,
            "2021-09-12",
            "2021-11-01",
            "2026-10-31",
        ),
        // § 36 HGO and the KWG: 1 April, 5 years.
        (Land::Hessen, "2021-03-14", "2021-04-01", "2026-03-31"),
        // § 1 Abs. 1 GKWG: 1 June, 5 years (the Land: 1 Jun 2023 to 31 May 2028).
        (
            Land::SchleswigHolstein,
            "2023-05-14",
            "2023-06-01",
            "2028-05-31",
        ),
        // § 5 Abs. 1 S. 2 KWG LSA: ends on 30 June.
        (
            Land::SachsenAnhalt,
            "2019-05-26",
            "2019-07-01",
            "2024-06-30",
        ),
        // § 30 GemO BW: from the month after the election to the end of the
        // month of the next one (9 June 2024).
        (
            Land::BadenWuerttemberg,
            "2019-05-26",
            "2019-06-01",
            "2024-06-30",
        ),
        (
            Land::BadenWuerttemberg,
            "2014-05-25",
            "2014-06-01",
            "2019-05-31",
        ),
        // § 33 SächsGemO, the same.
        (Land::Sachsen, "2019-05-26", "2019-06-01", "2024-06-30"),
        // § 29 Abs. 1 GemO RLP i. V. m. § 71 Abs. 2 KWG RLP: 1 June 2019.
        (
            Land::RheinlandPfalz,
            "2019-05-26",
            "2019-06-01",
            "2024-06-30",
        ),
        // § 13 Abs. 2 ThürKWG: from the month after the election to the
        // beginning of the next Amtszeit.
        (Land::Thueringen, "2019-05-26", "2019-06-01", "2024-05-31"),
        (Land::Thueringen, "2014-05-25", "2014-06-01", "2019-05-31"),
        // § 31 Abs. 1 KSVG: from the 15th day after the election, but not
        // before the previous Amtszeit has run out. "Mit dem 2. Juli endete
        // offiziell die gesetzlich festgesetzte Amtszeit" (Saarbrücker
        // Zeitung, 2024).
        (Land::Saarland, "2009-06-07", "2009-07-03", "2014-07-02"),
        (Land::Saarland, "2014-05-25", "2014-07-03", "2019-07-02"),
        (Land::Saarland, "2019-05-26", "2019-07-03", "2024-07-02"),
        (Land::Saarland, "2024-06-09", "2024-07-03", "2029-07-02"),
        // § 2 Abs. 2 LKWG M-V: from the election day to the day before the
        // next one.
        (
            Land::MecklenburgVorpommern,
            "2019-05-26",
            "2019-05-26",
            "2024-06-08",
        ),
        (
            Land::MecklenburgVorpommern,
            "2024-06-09",
            "2024-06-09",
            "2029-06-08",
        ),
        // Schleswig-Holstein 2018: "Die Wahlperiode beginnt am 1. Juni 2018
        // und endet am 31. Mai 2023" (schleswig-holstein.de).
        (
            Land::SchleswigHolstein,
            "2018-05-06",
            "2018-06-01",
            "2023-05-31",
        ),
        // Niedersachsen 2016: "Beginn der Wahlperiode ist der 1. November
        // 2016" (the Landeswahlleiter).
        (
            Land::Niedersachsen,
            "2016-09-11",
            "2016-11-01",
            "2021-10-31",
        ),
        // 2009 and 2014, read from the recorded election days.
        (Land::Sachsen, "2009-06-07", "2009-07-01", "2014-05-31"),
        (Land::Sachsen, "2014-05-25", "2014-06-01", "2019-05-31"),
        (
            Land::MecklenburgVorpommern,
            "2009-06-07",
            "2009-06-07",
            "2014-05-24",
        ),
        (Land::Thueringen, "2009-06-07", "2009-07-01", "2014-05-31"),
        (
            Land::SachsenAnhalt,
            "2014-05-25",
            "2014-07-01",
            "2019-06-30",
        ),
        // After the last recorded election day: five years, until the next
        // day is recorded.
        (
            Land::RheinlandPfalz,
            "2024-06-09",
            "2024-07-01",
            "2029-06-30",
        ),
    ];
    for (land, elected, start, end) in cases {
        let rule = council_term_rule(land);
        assert_eq!(
            rule.term_for(date(elected)),
            Some((date(start), date(end))),
            "{land} {elected}"
        );
    }
}

/// The council elections of 2026 held so far are recorded and open their
/// Wahlperioden.
#[test]
fn the_council_elections_of_2026() {
    // Niedersachsen, 13 Sep 2026: from 1 November (§ 47 Abs. 2 NKomVG).
    let ni = council_term_rule(Land::Niedersachsen);
    assert!(ni.regular_elections.contains(&date("2026-09-13")));
    assert_eq!(
        ni.term_for(date("2026-09-13")),
        Some((date("2026-11-01"), date("2031-10-31")))
    );
    // Berlin, 20 Sep 2026: from the first meeting, which the body gives.
    let be = council_term_rule(Land::Berlin);
    assert!(be.regular_elections.contains(&date("2026-09-20")));
    assert_eq!(
        be.period_from(date("2026-09-20"), None),
        Some((None, date("2031-09-19")))
    );
}

/// Wahlperioden of recorded elections five years apart meet without a gap.
#[test]
fn consecutive_council_terms_meet_without_a_gap() {
    let mut checked = 0;
    for land in [
        Land::Niedersachsen,
        Land::Hessen,
        Land::SchleswigHolstein,
        Land::BadenWuerttemberg,
        Land::Sachsen,
        Land::RheinlandPfalz,
        Land::SachsenAnhalt,
        Land::MecklenburgVorpommern,
        Land::Thueringen,
        Land::Saarland,
    ] {
        let rule = council_term_rule(land);
        for w in rule.regular_elections.windows(2) {
            if w[1].year() - w[0].year() == i32::from(rule.years) {
                let (_, end) = rule.term_for(w[0]).unwrap();
                let (start, _) = rule.term_for(w[1]).unwrap();
                assert_eq!(end.succ_opt(), Some(start), "{land} {}", w[0]);
                checked += 1;
            }
        }
    }
    assert!(checked >= 20, "{checked}");
    // NRW's Wahlperioden were shortened (2009) and lengthened (2014) by
    // statute, and still each begins the day after the one before ends.
    let nw = council_term_rule(Land::NordrheinWestfalen);
    for w in nw.regular_elections.windows(2) {
        let (_, end) = nw.term_for(w[0]).unwrap();
        let (start, _) = nw.term_for(w[1]).unwrap();
        assert_eq!(end.succ_opt(), Some(start), "NW {}", w[0]);
    }
}

/// A body tied to the council term gets its term where the Land's is
/// recorded, and a typed refusal where it is not.
#[test]
fn bodies_tied_to_the_council_term_of_their_land() {
    // A Brandenburg board tied to the council term needs its first day:
    // the Wahlperiode begins with the council's first meeting (§ 4 S. 2
    // BbgKWahlG), which no statute dates …
    let potsdam = with(load("potsdam-migrantenbeirat.json"), |v| {
        v["term"] = json!({"length": {"kind": "council_term", "council_elected_on": "2024-06-09"}});
    });
    assert_first_day_assumed(&potsdam, "2025-01-15");
    // … and with it, lasts five years from that day, to the day before.
    let potsdam = body(&with(potsdam, |v| {
        v["term"]["constituted_on"] = json!("2024-09-02")
    }));
    assert_eq!(days(&potsdam), (date("2024-09-02"), date("2029-09-01")));
    assert!(in_office(&potsdam, "2029-09-01"));
    assert!(!in_office(&potsdam, "2029-09-02"));
    // Berlin: a district assembly's committee shares the BVV's Wahlperiode,
    // which begins with its first meeting (§ 5 Abs. 1 BezVG, Art. 54 VvB).
    let spandau = with(
        load("spandau-ausschuss-partizipation-integration.json"),
        |v| {
            v["term"] =
                json!({"length": {"kind": "council_term", "council_elected_on": "2021-09-26"}});
        },
    );
    assert_first_day_assumed(&spandau, "2022-01-15");
    // Constituted on 4 Nov 2021, when the Abgeordnetenhaus first met: the
    // earliest day § 6 Abs. 1 BezVG allows.
    let spandau = with(spandau, |v| {
        v["term"]["constituted_on"] = json!("2021-11-04")
    });
    assert_eq!(
        days(&body(&spandau)),
        (date("2021-11-04"), date("2026-11-03"))
    );
    // The same for the Integrationsausschuss of the 17th Wahlperiode: the
    // Abgeordnetenhaus elected on 18 Sep 2011 first met on 27 Oct 2011.
    let spandau_2011 = with(spandau, |v| {
        v["term"] = json!({
            "constituted_on": "2011-10-27",
            "length": {"kind": "council_term", "council_elected_on": "2011-09-18"}
        });
    });
    assert_eq!(
        days(&body(&spandau_2011)),
        (date("2011-10-27"), date("2016-10-26"))
    );
    assert!(report(&spandau_2011, "2015-06-01").is_compliant());
    // A Hessian Ausländerbeirat elected with the Kommunalwahl of 2021 now
    // gets its term from the council's.
    let wiesbaden = with(load_current("wiesbaden-auslaenderbeirat.json"), |v| {
        v["term"] = json!({"length": {"kind": "council_term", "council_elected_on": "2021-03-14"}});
    });
    assert_eq!(
        days(&body(&wiesbaden)),
        (date("2021-04-01"), date("2026-03-31"))
    );
}

/// A term whose first day neither the document nor the law fixes is taken
/// to begin on its anchor, and the report says so in a note.
#[track_caller]
fn assert_first_day_assumed(v: &serde_json::Value, on: &str) {
    let b = body(v);
    assert!(first_period(&b).first_day_assumed);
    let r = report(v, on);
    assert!(
        r.notes
            .iter()
            .any(|n| n.code.as_str() == "missing_constitution_date"
                && n.path.as_str() == "/term/constituted_on"),
        "{:#?}",
        r.notes
    );
}

/// Hamburg's district boards share the Bezirksversammlung's Amtsperiode,
/// and Bremerhaven's Migrationsrat the Stadtverordnetenversammlung's
/// Wahlperiode, both from the assembly's first meeting.
#[test]
fn hamburg_and_bremen_bodies_tied_to_the_council_term() {
    // Hamburg: a district Integrationsbeirat, appointed by the
    // Bezirksversammlung after each new constitution, shares its five-year
    // Amtsperiode, which begins with the assembly's first meeting (the seven
    // assemblies elected on 9 June 2024 first met on different days) …
    let mitte = with(load("hamburg-integrationsbeirat.json"), |v| {
        v["id"] = json!("hamburg-mitte-integrationsbeirat");
        v["official_name"] = json!("Integrationsbeirat Hamburg-Mitte");
        v["body_type"] = json!("local_advisory_board");
        v["jurisdiction"] = json!({"land": "HH", "level": "borough", "area": "Hamburg-Mitte"});
        v["legal_basis"] = json!({"kind": "council_resolution", "title": "Beschluss der Bezirksversammlung Hamburg-Mitte"});
        v["term"] = json!({"length": {"kind": "council_term", "council_elected_on": "2024-06-09"}});
    });
    assert_first_day_assumed(&mitte, "2025-01-15");
    // … so with the day Hamburg-Mitte's assembly first met (4 July 2024) it
    // runs five years from it, to the day before.
    let mitte = with(mitte, |v| v["term"]["constituted_on"] = json!("2024-07-04"));
    let b = body(&mitte);
    assert_eq!(days(&b), (date("2024-07-04"), date("2029-07-03")));
    assert!(in_office(&b, "2029-07-03"));
    assert!(!in_office(&b, "2029-07-04"));
    assert!(report(&mitte, "2025-01-15").is_compliant());
    // Bremen: Bremerhaven's Migrationsrat, named by the
    // Stadtverordnetenversammlung elected on 14 May 2023, shares its
    // four-year Wahlperiode, which the statute text read does not date: a
    // term tied to it needs the constitution day, and the Migrationsrat
    // first met on 12 October 2023.
    let migrationsrat = with(load("erfurt-auslaenderbeirat.json"), |v| {
        v["id"] = json!("bremerhaven-migrationsrat");
        v["official_name"] = json!("Migrationsrat der Stadt Bremerhaven");
        v["jurisdiction"] = json!({"land": "HB", "level": "municipality", "area": "Bremerhaven"});
        v["legal_basis"] = json!({"kind": "satzung", "title": "Satzung des Migrationsrates der Stadt Bremerhaven"});
        v["term"] = json!({"length": {"kind": "council_term", "council_elected_on": "2023-05-14"}});
    });
    assert_first_day_assumed(&migrationsrat, "2025-01-15");
    let migrationsrat = with(migrationsrat, |v| {
        v["term"]["constituted_on"] = json!("2023-10-12")
    });
    let b = body(&migrationsrat);
    assert_eq!(days(&b), (date("2023-10-12"), date("2027-10-11")));
    assert!(!in_office(&b, "2027-10-12"));
    assert!(report(&migrationsrat, "2025-01-15").is_compliant());
    // A body tied to the Bürgerschaft's Wahlperiode, which ends in the
    // election year with 7 June, gives that end instead (the days below
    // are those of the Wahlperiode from 2023).
    let bremen = with(load("history/bremer-rat-fuer-integration.json"), |v| {
        v["term"] = json!({"constituted_on": "2023-07-05", "length": {"kind": "fixed_end", "ends_on": "2027-06-07"}});
    });
    assert_eq!(days(&body(&bremen)).1, date("2027-06-07"));
}

/// NRW Integrationsräte share the council's Wahlperioden that statutes
/// made shorter (2009–2014) and longer (2014–2020); neither needs a
/// constitution day.
#[test]
fn nrw_integrationsraete_of_the_2009_and_2014_wahlperioden() {
    let tied_to = |elected: &str| {
        with(load_current("koeln-integrationsrat.json"), |v| {
            v["term"] = json!({"length": {"kind": "council_term", "council_elected_on": elected}});
        })
    };
    // The continuation sentence (§ 27 Abs. 2 S. 6 GO NRW) applied by statute
    // after the Wahlperiode of 2009 (the members stayed until the successor
    // met); the 2018 law repealed it, so the 2014 term ended with its
    // Wahlperiode.
    for (elected, first, last, after_status) in [
        (
            "2009-08-30",
            "2009-10-21",
            "2014-05-31",
            OfficeStatus::Continuing,
        ),
        (
            "2014-05-25",
            "2014-06-01",
            "2020-10-31",
            OfficeStatus::Ended,
        ),
    ] {
        let b = body(&tied_to(elected));
        assert_eq!(days(&b), (date(first), date(last)), "{elected}");
        let eve = date(first).pred_opt().unwrap().to_string();
        assert_eq!(status(&b, &eve), OfficeStatus::NotYetConstituted);
        assert!(in_office(&b, first) && in_office(&b, last));
        let after = date(last).succ_opt().unwrap().to_string();
        assert_eq!(status(&b, &after), after_status, "{elected}");
    }
    // A document that says the members do not continue ends with the
    // regular term, and breaks the rule.
    let ended = with(tied_to("2009-08-30"), |v| {
        v["term"]["continues_until_successor_meets"] = json!(false);
    });
    assert_eq!(status(&body(&ended), "2014-06-01"), OfficeStatus::Ended);
}

/// The NRW Wahlperioden from 2009 on agree with a real council system: in
/// the Hürtgenwald OParl data, memberships end on the day before each
/// recorded Wahlperiode begins and on the last day of those of 2009 and
/// 2014, the councils of 2014 and 2020 open most memberships on their first
/// day, and none turn over on the days a wrong reading would give.
#[test]
fn nrw_wahlperioden_agree_with_the_huertgenwald_council_system() {
    use std::collections::BTreeMap;
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oparl/real/huertgenwald");
    let (mut starts, mut ends) = (BTreeMap::new(), BTreeMap::new());
    for page in ["person.json", "person-page-2.json"] {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(page)).unwrap()).unwrap();
        for m in v["data"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|p| p["membership"].as_array().into_iter().flatten())
        {
            for (key, count) in [("startDate", &mut starts), ("endDate", &mut ends)] {
                if let Some(d) = m[key].as_str() {
                    *count.entry(date(d)).or_insert(0_u32) += 1;
                }
            }
        }
    }
    let nw = council_term_rule(Land::NordrheinWestfalen);
    for elected in ["2009-08-30", "2014-05-25", "2020-09-13"] {
        let (first, last) = nw.term_for(date(elected)).unwrap();
        let eve = first.pred_opt().unwrap();
        assert!(ends.contains_key(&eve), "no membership ends on {eve}");
        if elected != "2020-09-13" {
            assert!(ends.contains_key(&last), "no membership ends on {last}");
        }
    }
    // The councils of 2014 and 2020 open most memberships on their first day.
    let busiest: Vec<_> = {
        let mut v: Vec<_> = starts.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1));
        v.into_iter().take(2).map(|(d, _)| *d).collect()
    };
    assert_eq!(busiest, [date("2020-11-01"), date("2014-06-01")]);
    // "Sechs Jahre und vier Monate" would have begun on 1 July 2014.
    assert!(!starts.contains_key(&date("2014-07-01")));
    assert!(!ends.contains_key(&date("2014-06-30")));
}

#[test]
fn nrw_members_continue_until_the_successor_meets() {
    let koeln = with(load_current("koeln-integrationsrat.json"), |v| {
        v["term"]["constituted_on"] = json!(null);
        v["term"]["continues_until_successor_meets"] = json!(true);
    });
    let b = body(&koeln);
    assert_eq!(days(&b), (date("2025-11-01"), date("2030-10-31")));
    assert_eq!(status(&b, "2030-10-31"), OfficeStatus::InOffice);
    assert_eq!(status(&b, "2031-06-01"), OfficeStatus::Continuing);
    let met = body(&with(koeln, |v| {
        v["term"]["successor_first_met_on"] = json!("2030-11-20")
    }));
    assert_eq!(status(&met, "2030-11-19"), OfficeStatus::Continuing);
    assert_eq!(status(&met, "2030-11-20"), OfficeStatus::Ended);
    assert!(!in_office(&met, "2030-11-20"));
}

#[test]
fn fixed_year_terms() {
    let v = with(load("landau-beirat-migration-integration.json"), |v| {
        v["term"] =
            json!({"constituted_on": "2024-12-02", "length": {"kind": "years", "years": 5}});
    });
    assert_eq!(days(&body(&v)).1, date("2029-12-01"));
    // The statute fixes five years (§ 56 Abs. 2 GemO RLP): a term that
    // gives no length gets them.
    let silent = with(v, |v| v["term"] = json!({"constituted_on": "2024-12-02"}));
    let b = body(&silent);
    assert_eq!(days(&b).1, date("2029-12-01"));
    assert!(matches!(
        first_period(&b).length_basis,
        Some(migrant_representation::check::Basis::Statute { .. })
    ));
}

#[test]
fn term_structure_errors() {
    let base = load("landau-beirat-migration-integration.json");
    let no_start = with(base.clone(), |v| {
        v["term"] = json!({"length": {"kind": "years", "years": 5}})
    });
    assert_eq!(
        structural(&no_start),
        [(
            "missing_constitution_date".into(),
            "/term/constituted_on".into()
        )]
    );
    let successor = with(base.clone(), |v| {
        v["term"] = json!({"constituted_on": "2024-12-02", "length": {"kind": "years", "years": 5}, "continues_until_successor_meets": false, "successor_first_met_on": "2030-01-10"});
    });
    assert_eq!(
        structural(&successor),
        [(
            "successor_date_without_continuation".into(),
            "/term/successor_first_met_on".into()
        )]
    );
    let early = with(base, |v| {
        v["term"] = json!({"constituted_on": "2024-12-02", "length": {"kind": "years", "years": 5}, "continues_until_successor_meets": true, "successor_first_met_on": "2024-12-01"});
    });
    assert_eq!(
        structural(&early),
        [(
            "successor_meets_before_start".into(),
            "/term/successor_first_met_on".into()
        )]
    );
    let years0 = with(load("landau-beirat-migration-integration.json"), |v| {
        v["term"] =
            json!({"constituted_on": "2024-12-02", "length": {"kind": "years", "years": 0}});
    });
    assert!(migrant_representation::Document::from_json_str(&years0.to_string()).is_err());
}

/// §§ 187 Abs. 2, 188 Abs. 3 BGB: a five-year term begun on 29 February
/// ends with the last day of February five years on, not a day earlier.
#[test]
fn a_term_constituted_on_29_february_ends_on_28_february() {
    let leap = with(load("landau-beirat-migration-integration.json"), |v| {
        v["term"] =
            json!({"constituted_on": "2024-02-29", "length": {"kind": "years", "years": 5}});
    });
    let b = body(&leap);
    assert_eq!(days(&b).1, date("2029-02-28"));
    assert!(in_office(&b, "2029-02-28"));
    assert!(!in_office(&b, "2029-03-01"));
    let ordinary = with(load("landau-beirat-migration-integration.json"), |v| {
        v["term"] =
            json!({"constituted_on": "2024-03-01", "length": {"kind": "years", "years": 5}});
    });
    assert_eq!(days(&body(&ordinary)).1, date("2029-02-28"));
}
