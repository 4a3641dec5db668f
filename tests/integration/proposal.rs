//! The joint proposal: one smallest change to the seat plan that meets
//! every seat rule at once, and the conflicts of the per-finding fixes.

use migrant_representation::{
    Language, Law, Report, RepresentationBody, Severity,
    check::{Plan, Proposal, SeatChange},
};
use serde_json::{Value, json};

use crate::common::*;

const ON: &str = "2026-01-15";

/// The rule ids of the violations of seat-plan rules (seat counts, shares,
/// majorities, groups allowed) in `report`.
pub(crate) fn seat_violations(report: &Report) -> Vec<String> {
    report
        .violations
        .iter()
        .filter(|f| {
            matches!(
                f.code.as_str(),
                "majority_required"
                    | "share_out_of_range"
                    | "seat_count_out_of_range"
                    | "seat_group_not_allowed"
            )
        })
        .map(|f| f.rule.to_string())
        .collect()
}

#[track_caller]
fn proposal(report: &Report) -> &Proposal {
    report.proposal.as_deref().expect("a proposal")
}

#[track_caller]
fn plan(report: &Report) -> &Plan {
    proposal(report).plan.as_ref().expect("a plan")
}

/// Every seat rule passes after `changes`, under the built-in law on the
/// tests' usual day.
#[track_caller]
fn passes(b: &RepresentationBody, changes: &[SeatChange]) -> Report {
    passes_under(Law::builtin(), ON, b, changes)
}

/// Every seat rule of `law` passes on `on` after `changes`.
#[track_caller]
fn passes_under(law: &Law, on: &str, b: &RepresentationBody, changes: &[SeatChange]) -> Report {
    let after = law
        .check(
            &b.with_changes(changes).expect("the changes apply"),
            date(on),
        )
        .unwrap();
    assert_eq!(seat_violations(&after), Vec::<String>::new(), "{changes:?}");
    assert!(after.proposal.is_none());
    after
}

/// The built-in law with the rules `ids` held verified, read in the
/// statute text.
///
/// The crate records § 27 GO NRW and § 32 BezVG (2021) as unverified
/// (their wording was read only in municipal quotations or an undated
/// copy): the built-in law notes their breach, and the proposal leaves
/// them aside by design. The tests that use this law test the proposal's
/// mechanics on those bodies as a program would see them that has read
/// the statute text and holds the rules verified.
#[track_caller]
fn law_holding_verified(ids: &[&str]) -> Law {
    let mut v = serde_json::to_value(Law::builtin()).unwrap();
    let mut found = Vec::new();
    for land in v["lands"].as_array_mut().unwrap() {
        for regime in land["regimes"].as_array_mut().unwrap() {
            for rule in regime["rules"].as_array_mut().unwrap() {
                let id = rule["id"].as_str().unwrap().to_owned();
                if ids.contains(&id.as_str()) {
                    assert_eq!(rule["certainty"], "unverified", "{id}");
                    rule["certainty"] = json!("verified");
                    rule["source_kind"] = json!("statute_text");
                    found.push(id);
                }
            }
        }
    }
    found.sort();
    let mut want: Vec<String> = ids.iter().map(|s| (*s).to_owned()).collect();
    want.sort();
    assert_eq!(found, want, "every rule held verified is in the law");
    let law: Law = serde_json::from_value(v).unwrap();
    assert!(law.validate().is_ok(), "{:?}", law.validate());
    law
}

/// A day under the 2013 version of § 27 GO NRW, whose rules on the
/// Integrationsrat name the groups it is formed of (the 2025 version, in
/// force from 1 Nov 2025, names none).
const NRW_2013: &str = "2024-01-15";

/// The seat rules of § 27 GO NRW in the 2013 version, held verified:
/// more elected members than council members (Abs. 1 S. 5), and no
/// other groups than these two (Abs. 1 S. 4).
fn nrw_2013_held_verified() -> Law {
    law_holding_verified(&[
        "nw.integration_council.elected_majority",
        "nw.integration_council.composition",
    ])
}

/// Köln's Integrationsrat with two advisory administration seats added,
/// as a document without terms (its term begins in 2025): judged on a day
/// under the 2013 version of § 27 GO NRW.
fn koeln_advisory() -> RepresentationBody {
    body(&without_terms(load(
        "invalid/koeln-integrationsrat-advisory-seats.json",
    )))
}

/// The report on [`koeln_advisory`] under § 27 GO NRW (2013) held verified.
fn koeln_advisory_report() -> (Law, RepresentationBody, Report) {
    let law = nrw_2013_held_verified();
    let b = koeln_advisory();
    let r = law.check(&b, date(NRW_2013)).unwrap();
    (law, b, r)
}

#[test]
fn koeln_with_advisory_seats_loses_the_two_administration_seats() {
    let (law, b, r) = koeln_advisory_report();
    // Three seat rules are broken: the two of the Hauptsatzung and the
    // statute's groups (§ 27 Abs. 1 S. 4 GO NRW); no single finding's fix
    // meets them all.
    let mut broken = seat_violations(&r);
    broken.sort();
    assert_eq!(
        broken,
        [
            "local.koeln.seats",
            "local.koeln.two_thirds_elected",
            "nw.integration_council.composition"
        ]
    );
    let p = proposal(&r);
    assert!(p.exhaustive);
    assert!(p.conflicting.is_empty());
    let plan = plan(&r);
    assert_eq!(plan.seats_changed, 2);
    assert_eq!(plan.groups_touched, 1);
    assert_eq!(plan.seats_after, 33);
    assert!(plan.unmet.is_empty());
    let [SeatChange::RemoveSeats { group, seats: 2 }] = plan.changes.as_slice() else {
        panic!("{:?}", plan.changes)
    };
    assert_eq!(group.id, "administration");
    passes_under(&law, NRW_2013, &b, &plan.changes);
    // No other plan changes only two seats: 2 council seats fewer meet the
    // Hauptsatzung but keep the administration seats the statute forbids.
    assert!(p.alternatives.is_empty(), "{:?}", p.alternatives);
    assert_eq!(
        p.describe(Language::De),
        "Kleinste Änderung, die alle Muss-Regeln der Sitzverteilung erfüllt (2 Sitze geändert; danach 33 Sitze): 2 Sitze weniger für „Vertreter der Verwaltung“."
    );
    assert_eq!(
        p.describe(Language::En),
        "Smallest change that meets every “muss” rule of the seat plan (2 seats changed; 33 seats after): 2 seats fewer for “Vertreter der Verwaltung”."
    );
    // As data: the report's JSON carries it.
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["proposal"]["plan"]["seats_changed"], 2);
    assert_eq!(
        json["proposal"]["plan"]["changes"][0]["action"],
        "remove_seats"
    );
    let back: Report = serde_json::from_value(json).unwrap();
    assert_eq!(back.proposal, r.proposal);
}

/// The same body under the built-in law: § 27 GO NRW is unverified and
/// only noted, so the proposal follows the Hauptsatzung alone (33 members,
/// two thirds elected). On its own day, under the 2025 version, and under
/// the 2013 version alike, 2 seats go; of the equally small plans the one
/// that keeps every group ranks first.
#[test]
fn under_the_builtin_law_only_the_hauptsatzung_binds_an_integrationsrat() {
    let on_its_day = body(&load("invalid/koeln-integrationsrat-advisory-seats.json"));
    for (b, on) in [(on_its_day, ON), (koeln_advisory(), NRW_2013)] {
        let r = b.check(date(on)).unwrap();
        let mut broken = seat_violations(&r);
        broken.sort();
        assert_eq!(
            broken,
            ["local.koeln.seats", "local.koeln.two_thirds_elected"],
            "{on}"
        );
        let plan = plan(&r);
        assert_eq!((plan.seats_changed, plan.seats_after), (2, 33), "{on}");
        assert!(
            matches!(&plan.changes[..], [SeatChange::RemoveSeats { group, seats: 2 }] if group.id == "council"),
            "{on}: {:?}",
            plan.changes
        );
        passes_under(Law::builtin(), on, &b, &plan.changes);
    }
    // Under the 2013 version the statute's groups are broken, as a note.
    let r = koeln_advisory().check(date(NRW_2013)).unwrap();
    assert!(is_broken(&r, "nw.integration_council.composition"));
    assert!(!seat_violations(&r).contains(&"nw.integration_council.composition".to_owned()));
}

/// Taking one option per finding, in any combination, leaves a seat rule
/// broken; the proposal is lawful.
#[test]
fn no_combination_of_the_per_finding_fixes_is_lawful_where_the_proposal_is() {
    let (law, b, r) = koeln_advisory_report();
    let fixes: Vec<_> = r.violations.iter().filter_map(|f| f.fix.as_ref()).collect();
    let count = fixes.iter().map(|f| f.options.len()).product::<usize>();
    assert!(count >= 2);
    let mut lawful = 0;
    for k in 0..count {
        let mut rest = k;
        let mut changes = Vec::new();
        for f in &fixes {
            let o = &f.options[rest % f.options.len()];
            rest /= f.options.len();
            changes.extend(o.changes.iter().cloned());
        }
        let Ok(after) = b.with_changes(&changes) else {
            continue;
        };
        if seat_violations(&law.check(&after, date(NRW_2013)).unwrap()).is_empty() {
            lawful += 1;
        }
    }
    // Removing the administration seats twice over is no combination that
    // meets everything: only the proposal does.
    assert_eq!(lawful, 0);
    passes_under(&law, NRW_2013, &b, &plan(&r).changes);
}

#[test]
fn a_fix_that_conflicts_with_another_finding_says_so() {
    let (_, _, r) = koeln_advisory_report();
    let find = |id: &str| r.violations.iter().find(|f| f.rule == id).unwrap();
    // The seat count's fix, 2 seats fewer for the elected members, moves
    // the two-thirds rule further from being met.
    let seats = find("local.koeln.seats");
    let option = &seats.fix.as_ref().unwrap().options[0];
    assert!(
        matches!(&option.changes[..], [SeatChange::RemoveSeats { group, .. }] if group.id == "elected")
    );
    let ids: Vec<&str> = option.conflicts.iter().map(|c| c.rule.as_ref()).collect();
    assert_eq!(ids, ["local.koeln.two_thirds_elected"]);
    assert_eq!(option.conflicts[0].severity, Severity::Violation);
    assert!(seats.message(Language::De).ends_with(
        "Abhilfe: 2 Sitze weniger für „direkt gewählte Mitglieder“, was der Regel „Zwei Drittel der Mitglieder werden direkt gewählt.“ (Hauptsatzung der Stadt Köln) widerspricht."
    ), "{}", seats.message(Language::De));
    assert!(seats.message(Language::En).ends_with(
        "To fix: 2 seats fewer for “direkt gewählte Mitglieder”, which conflicts with the rule “Zwei Drittel der Mitglieder werden direkt gewählt.” (Hauptsatzung der Stadt Köln)."
    ), "{}", seats.message(Language::En));
    // The share's first option (4 elected seats more) breaks the seat
    // count further; its second (2 council seats fewer) conflicts with none.
    let share = find("local.koeln.two_thirds_elected");
    let options = &share.fix.as_ref().unwrap().options;
    assert_eq!(options.len(), 2);
    assert_eq!(options[0].conflicts.len(), 1);
    assert_eq!(options[0].conflicts[0].rule, "local.koeln.seats");
    assert!(options[1].conflicts.is_empty());
    assert!(share.message(Language::De).contains(
        "4 Sitze mehr für „direkt gewählte Mitglieder“, was der Regel „Der Integrationsrat hat 33 Mitglieder.“ (Hauptsatzung der Stadt Köln) widerspricht, oder 2 Sitze weniger"
    ), "{}", share.message(Language::De));
    assert!(share.message(Language::En).contains(
        "which conflicts with the rule “Der Integrationsrat hat 33 Mitglieder.” (Hauptsatzung der Stadt Köln), or 2 seats fewer"
    ));
    // Removing the advisory seats conflicts with nothing.
    let groups = find("nw.integration_council.composition");
    assert!(groups.fix.as_ref().unwrap().options[0].conflicts.is_empty());
    // The conflicts are data in the JSON, and named without ids in text.
    let json = serde_json::to_value(seats).unwrap();
    assert_eq!(
        json["fix"]["options"][0]["conflicts"][0]["rule"],
        "local.koeln.two_thirds_elected"
    );
    for lang in [Language::De, Language::En] {
        crate::findings::assert_clean(&seats.message(lang));
    }
}

fn saarland(elected: u32, council: u32) -> Value {
    json!({
        "document_type": "representation_body", "schema_version": 1,
        "id": "musterstadt-integrationsbeirat", "official_name": "Integrationsbeirat Musterstadt",
        "english_label": "Integration Advisory Board of Musterstadt",
        "body_type": "integration_advisory_board",
        "jurisdiction": {"land": "SL", "level": "municipality", "area": "Musterstadt"},
        "legal_basis": {"kind": "statute", "citation": {"law": "KSVG", "number": "50"}},
        "composition": {"seat_groups": [
            {"id": "elected", "label": "direkt gewählte Mitglieder", "filling": "directly_elected", "voting": "voting", "seats": elected},
            {"id": "council", "label": "Vertreter des Rates", "filling": "council_delegated", "voting": "voting", "seats": council}
        ]}
    })
}

/// Saarbrücken's Integrationsbeirat with 9 elected members and 6 sent by
/// the council: § 50 Abs. 2 KSVG (verified) asks for two thirds and one
/// third. Each finding's fix adds three elected seats; one seat moved
/// meets both rules.
#[test]
fn saarbruecken_with_nine_elected_members_moves_one_council_seat() {
    let b = body(&load("invalid/saarbruecken-integrationsbeirat-shares.json"));
    let r = b.check(date(ON)).unwrap();
    let mut broken = seat_violations(&r);
    broken.sort();
    assert_eq!(
        broken,
        [
            "sl.integration_board.council_third",
            "sl.integration_board.elected_two_thirds"
        ]
    );
    for f in &r.violations {
        let options = &f.fix.as_ref().unwrap().options;
        assert!(
            matches!(&options[0].changes[..], [SeatChange::AddSeats { group, seats: 3 }] if group.id == "elected"),
            "{:?}",
            options
        );
    }
    let p = proposal(&r);
    assert!(p.exhaustive);
    assert!(p.alternatives.is_empty(), "{:?}", p.alternatives);
    assert_eq!(
        p.describe(Language::De),
        "Kleinste Änderung, die alle Muss-Regeln der Sitzverteilung erfüllt (2 Sitze geändert; danach 15 Sitze): Ein Sitz wechselt von „von den Stadtratsfraktionen entsandte Mitglieder“ zu „gewählte Mitglieder“."
    );
    assert_eq!(
        p.describe(Language::En),
        "Smallest change that meets every “muss” rule of the seat plan (2 seats changed; 15 seats after): One seat moves from “von den Stadtratsfraktionen entsandte Mitglieder” to “gewählte Mitglieder”."
    );
    let after = passes(&b, &plan(&r).changes);
    assert!(after.is_compliant(), "{:?}", after.violations);
    // The same body before the 2023 reform, under the 2008 version of
    // § 50 KSVG with the same shares.
    let before = load("invalid/saarbruecken-integrationsbeirat-shares.json");
    let r = report(&before, "2016-01-15");
    let mut broken = seat_violations(&r);
    broken.sort();
    assert_eq!(
        broken,
        [
            "sl.integration_board_2008.council_third",
            "sl.integration_board_2008.elected_two_thirds"
        ]
    );
    assert_eq!(plan(&r).changes, p.plan.as_ref().unwrap().changes);
}

#[test]
fn a_saarland_near_miss_moves_one_seat_from_the_council_to_the_elected() {
    let b = body(&saarland(9, 6));
    let r = b.check(date(ON)).unwrap();
    // The per-finding fixes each add three elected seats or the like.
    assert_eq!(seat_violations(&r).len(), 2);
    let plan = plan(&r);
    assert_eq!(plan.seats_changed, 2);
    assert_eq!(plan.seats_after, 15);
    let [SeatChange::MoveSeats { from, to, seats: 1 }] = plan.changes.as_slice() else {
        panic!("{:?}", plan.changes)
    };
    assert_eq!((from.id.as_str(), to.id.as_str()), ("council", "elected"));
    assert_eq!(plan.changes[0].seats_changed(), 2);
    passes(&b, &plan.changes);
    let p = proposal(&r);
    assert!(p.describe(Language::De).contains(
        "(2 Sitze geändert; danach 15 Sitze): Ein Sitz wechselt von „Vertreter des Rates“ zu „direkt gewählte Mitglieder“."
    ), "{}", p.describe(Language::De));
    assert!(p.describe(Language::En).contains(
        "(2 seats changed; 15 seats after): One seat moves from “Vertreter des Rates” to “direkt gewählte Mitglieder”."
    ), "{}", p.describe(Language::En));
    // With 15 members fixed by the Satzung, two seats move.
    let v = with(saarland(8, 7), |v| {
        v["local_rules"] = json!([
            {"id": "groesse", "citation": {"law": "Satzung über den Integrationsbeirat", "number": "2"},
             "statement": "Der Integrationsbeirat hat 15 Mitglieder.",
             "constraint": {"kind": "seats", "of": {"classes": ["any"]}, "min": 15, "max": 15}}
        ]);
    });
    let r = report(&v, ON);
    assert!(
        proposal(&r)
            .describe(Language::De)
            .contains("2 Sitze wechseln von „Vertreter des Rates“ zu „direkt gewählte Mitglieder“")
    );
    assert_eq!(proposal(&r).plan.as_ref().unwrap().seats_changed, 4);
}

/// Gladbeck's Integrationsrat with 7 elected and 7 council members, under
/// § 27 Abs. 1 S. 5 GO NRW (2013) held verified: one elected seat more or
/// one council seat fewer, 1 seat each; adding keeps the body whole.
#[test]
fn equally_small_alternatives_are_offered_the_better_first() {
    let law = nrw_2013_held_verified();
    // Its term begins in 2025: as a document without terms.
    let v = without_terms(load("invalid/nrw-integrationsrat-parity.json"));
    let b = body(&v);
    let r = law.check(&b, date(NRW_2013)).unwrap();
    assert_eq!(
        seat_violations(&r),
        ["nw.integration_council.elected_majority"]
    );
    let p = proposal(&r);
    let plan = plan(&r);
    assert_eq!(plan.seats_changed, 1);
    assert!(
        matches!(&plan.changes[..], [SeatChange::AddSeats { group, seats: 1 }] if group.id == "elected")
    );
    assert_eq!(p.alternatives.len(), 1);
    assert!(
        matches!(&p.alternatives[0].changes[..], [SeatChange::RemoveSeats { group, seats: 1 }] if group.id == "council")
    );
    passes_under(&law, NRW_2013, &b, &plan.changes);
    for alt in &p.alternatives {
        assert_eq!(alt.seats_changed, plan.seats_changed);
        passes_under(&law, NRW_2013, &b, &alt.changes);
    }
    assert!(
        p.describe(Language::De)
            .ends_with("Ebenso klein: 1 Sitz weniger für „vom Rat bestellte Ratsmitglieder“.")
    );
    // Under the built-in law the majority rule is only noted: no proposal.
    let r = b.check(date(NRW_2013)).unwrap();
    assert!(is_broken(&r, "nw.integration_council.elected_majority"));
    assert!(r.proposal.is_none());
}

/// Köln's Integrationsrat (its 2020 term) with local rules that the
/// statute cannot meet together: at least 12 council members, at most 20
/// seats in all, while § 27 Abs. 1 S. 5 GO NRW (2013, held verified) asks
/// for more elected members than council members.
#[test]
fn contradicting_rules_are_named_when_no_seat_plan_is_lawful() {
    let law = nrw_2013_held_verified();
    let v = with(load_at("koeln-integrationsrat.json", NRW_2013), |v| {
        v["local_rules"] = json!([
            {"id": "rat", "citation": {"law": "Hauptsatzung Musterstadt", "number": "4"},
             "statement": "Dem Integrationsrat gehören mindestens zwölf Ratsmitglieder an.",
             "constraint": {"kind": "seats", "of": {"classes": ["council_delegated"]}, "min": 12}},
            {"id": "groesse", "citation": {"law": "Hauptsatzung Musterstadt", "number": "5"},
             "statement": "Der Integrationsrat hat höchstens 20 Mitglieder.",
             "constraint": {"kind": "seats", "of": {"classes": ["any"]}, "max": 20}},
            {"id": "frei", "citation": {"law": "Hauptsatzung Musterstadt", "number": "6"},
             "statement": "Der Integrationsrat hat mindestens 5 Mitglieder.",
             "constraint": {"kind": "seats", "of": {"classes": ["any"]}, "min": 5}}
        ]);
    });
    let r = law.check(&body(&v), date(NRW_2013)).unwrap();
    let p = proposal(&r);
    assert!(p.plan.is_none());
    assert!(p.alternatives.is_empty());
    let ids: Vec<&str> = p.conflicting.iter().map(|c| c.rule.as_ref()).collect();
    // The smallest set that cannot be met together: the rule on 5 members
    // is not part of the conflict.
    assert_eq!(
        ids,
        [
            "nw.integration_council.elected_majority",
            "local.rat",
            "local.groesse"
        ]
    );
    let de = p.describe(Language::De);
    assert_eq!(
        de,
        "Keine Sitzverteilung erfüllt alle Muss-Regeln zugleich; diese Regeln widersprechen einander: „Die Zahl der nach Absatz 2 Satz 1 zu wählenden Mitglieder muss die Zahl der nach Absatz 2 Satz 4 zu bestellenden Ratsmitglieder übersteigen.“ (§ 27 Abs. 1 S. 5 GO NRW), „Dem Integrationsrat gehören mindestens zwölf Ratsmitglieder an.“ (§ 4 Hauptsatzung Musterstadt) und „Der Integrationsrat hat höchstens 20 Mitglieder.“ (§ 5 Hauptsatzung Musterstadt)."
    );
    let en = p.describe(Language::En);
    assert!(en.starts_with("No seat plan meets every “muss” rule at once; these rules contradict each other: “The members to be elected"), "{en}");
    for text in [&de, &en] {
        crate::findings::assert_clean(text);
        assert!(!text.contains("local.") && !text.contains("/composition"));
    }
    // Under the built-in law the statute's majority is only noted: the
    // local rules alone can be met together.
    let r = report(&v, NRW_2013);
    assert!(proposal(&r).conflicting.is_empty());
    passes_under(Law::builtin(), NRW_2013, &body(&v), &plan(&r).changes);
    // Rules that no seat plan meets together, local rules alone.
    let v = with(load("koeln-integrationsrat.json"), |v| {
        v["local_rules"] = json!([
            {"id": "drittel", "citation": {"law": "Hauptsatzung Musterstadt"},
             "statement": "Genau ein Drittel der Mitglieder sind Ratsmitglieder, und das Gremium hat 10 Mitglieder.",
             "constraint": {"kind": "share", "part": {"classes": ["council_delegated"]}, "of": {"classes": ["any"]},
                            "min": {"numerator": 1, "denominator": 3}, "max": {"numerator": 1, "denominator": 3}}},
            {"id": "zehn", "citation": {"law": "Hauptsatzung Musterstadt"},
             "statement": "Das Gremium hat 10 Mitglieder.",
             "constraint": {"kind": "seats", "of": {"classes": ["any"]}, "min": 10, "max": 10}}
        ]);
    });
    let r = report(&v, ON);
    let p = proposal(&r);
    assert!(p.plan.is_none());
    assert_eq!(p.conflicting.len(), 2);
    assert!(p.describe(Language::De).contains("widersprechen einander"));
}

fn hessen_commission(appointed: u32, women: u32, council: u32) -> Value {
    json!({
        "document_type": "representation_body", "schema_version": 1,
        "id": "musterstadt-integrations-kommission", "official_name": "Integrations-Kommission Musterstadt",
        "english_label": "Integration Commission of Musterstadt", "body_type": "integration_commission",
        "jurisdiction": {"land": "HE", "level": "municipality", "area": "Musterstadt"},
        "legal_basis": {"kind": "statute", "citation": {"law": "HGO", "number": "89"}},
        "composition": {"seat_groups": [
            {"id": "experts", "label": "sachkundige Einwohner", "filling": "appointed", "voting": "voting", "seats": appointed, "women": women},
            {"id": "council", "label": "Gemeindevertreter", "filling": "council_delegated", "voting": "voting", "seats": council}
        ]}
    })
}

/// § 89 HGO: at least half of the members are sachkundige Einwohner
/// ("muss"); half of those should be women ("soll"). With 4 of them, 2
/// women, and 5 council members, adding a fifth would leave the women
/// fewer than half; one council seat fewer meets both at the same cost.
#[test]
fn a_soll_rule_is_met_where_that_costs_nothing_more() {
    let b = body(&hessen_commission(4, 2, 5));
    let r = b.check(date(ON)).unwrap();
    assert_eq!(
        seat_violations(&r),
        ["he.integration_commission.expert_share"]
    );
    let p = proposal(&r);
    let plan = plan(&r);
    assert_eq!(plan.seats_changed, 1);
    assert!(plan.unmet.is_empty(), "{:?}", plan.unmet);
    assert!(
        matches!(&plan.changes[..], [SeatChange::RemoveSeats { group, seats: 1 }] if group.id == "council")
    );
    let after = passes(&b, &plan.changes);
    assert!(after.warnings.is_empty(), "{:?}", after.warnings);
    // The other plan of one seat is offered, with the soll rule it leaves
    // unmet.
    let alt = &p.alternatives[0];
    assert!(
        matches!(&alt.changes[..], [SeatChange::AddSeats { group, seats: 1 }] if group.id == "experts")
    );
    assert_eq!(alt.unmet.len(), 1);
    assert_eq!(alt.unmet[0].rule, "he.integration_commission.women_half");
    assert_eq!(alt.unmet[0].severity, Severity::Warning);
}

/// The same commission where a local rule fixes the council members at 5:
/// only a fifth sachkundiger Einwohner meets § 89 Abs. 1 S. 2, and the
/// proposal says which "soll" rule stays unmet.
#[test]
fn a_soll_rule_that_only_a_larger_change_could_meet_is_named() {
    let v = with(hessen_commission(4, 2, 5), |v| {
        v["local_rules"] = json!([
            {"id": "gv", "citation": {"law": "Hauptsatzung Musterstadt", "number": "7"},
             "statement": "Der Kommission gehören fünf Gemeindevertreter an.",
             "constraint": {"kind": "seats", "of": {"classes": ["council_delegated"]}, "min": 5, "max": 5}}
        ]);
    });
    let b = body(&v);
    let r = b.check(date(ON)).unwrap();
    let plan = plan(&r);
    assert_eq!(plan.seats_changed, 1);
    assert!(
        matches!(&plan.changes[..], [SeatChange::AddSeats { group, seats: 1 }] if group.id == "experts")
    );
    let ids: Vec<&str> = plan.unmet.iter().map(|u| u.rule.as_ref()).collect();
    assert_eq!(ids, ["he.integration_commission.women_half"]);
    let after = passes(&b, &plan.changes);
    assert_eq!(after.warnings.len(), 1);
    let p = proposal(&r);
    // The rule's statement is recorded as a paraphrase, not as the
    // statute's wording: it is named by its provision.
    assert!(p.describe(Language::De).ends_with(
        "Keine ebenso kleine Änderung erfüllt auch jede Soll-Regel; unerfüllt bleibt: § 89 Abs. 1 S. 5 HGO (sinngemäß: Die Hälfte der gewählten sachkundigen Einwohner sollen Frauen sein)."
    ), "{}", p.describe(Language::De));
    assert!(p.describe(Language::En).ends_with(
        "No change as small also meets every “soll” rule; left unmet: § 89 Abs. 1 S. 5 HGO (paraphrase: Half of the sachkundige Einwohner elected should be women)."
    ), "{}", p.describe(Language::En));
}

/// Berlin's Ausschuss für Partizipation und Integration (§ 32 BezVG): 6
/// Bürgerdeputierte ("muss"), most of them with a migration history
/// ("soll"). With 7 in two lists, 3 without and 4 with a migration
/// history, the seventh seat goes from the first list: taken from the
/// second, the majority would be lost.
///
/// § 32 BezVG in its 2021 version is recorded as unverified (read only in
/// an undated copy), and its 2011 predecessor, which is verified, has no
/// rule on members with a migration history: the rules of § 32 are held
/// verified here (see [`law_holding_verified`]).
#[test]
fn a_berlin_committee_keeps_its_soll_rule_met() {
    let law = law_holding_verified(&[
        "be.participation_committee.district_councillors",
        "be.participation_committee.citizen_deputies",
        "be.participation_committee.composition",
        "be.participation_committee.migration_history",
    ]);
    let v = with(
        load("spandau-ausschuss-partizipation-integration.json"),
        |v| {
            v["composition"]["seat_groups"][1] = json!(
            {"id": "list_a", "label": "Bürgerdeputierte (Liste A)", "filling": "appointed", "voting": "voting", "seats": 3, "with_migration_history": 0});
            v["composition"]["seat_groups"]
            .as_array_mut()
            .unwrap()
            .push(json!({"id": "list_b", "label": "Bürgerdeputierte (Liste B)", "filling": "appointed", "voting": "voting", "seats": 4, "with_migration_history": 4}));
        },
    );
    let b = body(&v);
    // Under the built-in law the rules of § 32 are only noted: no proposal.
    let builtin = b.check(date(ON)).unwrap();
    assert!(is_broken(
        &builtin,
        "be.participation_committee.citizen_deputies"
    ));
    assert!(builtin.proposal.is_none());
    let r = law.check(&b, date(ON)).unwrap();
    assert_eq!(
        seat_violations(&r),
        ["be.participation_committee.citizen_deputies"]
    );
    assert!(r.warnings.is_empty());
    let plan = plan(&r);
    assert_eq!(plan.seats_changed, 1);
    assert!(plan.unmet.is_empty());
    assert!(
        matches!(&plan.changes[..], [SeatChange::RemoveSeats { group, seats: 1 }] if group.id == "list_a"),
        "{:?}",
        plan.changes
    );
    let after = passes_under(&law, ON, &b, &plan.changes);
    assert!(after.warnings.is_empty(), "{:?}", after.warnings);
    // Taking the seat from the larger list, as with no rule on members,
    // would break the "soll" rule.
    let g = |id: &str| migrant_representation::check::GroupRef {
        id: id.into(),
        label: id.into(),
    };
    let other = law
        .check(
            &b.with_changes(&[SeatChange::RemoveSeats {
                group: g("list_b"),
                seats: 1,
            }])
            .unwrap(),
            date(ON),
        )
        .unwrap();
    let warned: Vec<String> = other.warnings.iter().map(|f| f.rule.to_string()).collect();
    assert_eq!(warned, ["be.participation_committee.migration_history"]);
}

/// When only a "soll" rule of the seat plan is broken, the proposal meets
/// it: a Bavarian Beirat under a loaded rule, held verified, that it should
/// have at most 15 members.
#[test]
fn a_broken_soll_rule_of_the_seat_plan_alone_gets_a_proposal_that_meets_it() {
    use migrant_representation::{
        Land,
        law::{Certainty, Modality, Rule, SourceKind},
    };
    let law_with = |certainty: Certainty| {
        let mut lands = Law::builtin().lands().to_vec();
        let by = lands.iter_mut().find(|l| l.land == Land::Bayern).unwrap();
        let regime = by
            .regimes
            .to_mut()
            .iter_mut()
            .find(|r| {
                r.levels
                    .contains(&migrant_representation::Level::Municipality)
            })
            .unwrap();
        let mut rule = Rule::new(
            "by.local_board.size",
            migrant_representation::Citation::section("BayGO", "23"),
            migrant_representation::Validity::since(date("2000-01-01")),
            serde_json::from_value(json!({"kind": "seats", "of": {"classes": ["any"]}, "max": 15}))
                .unwrap(),
        );
        rule.statement.de = "Der Beirat soll höchstens 15 Mitglieder haben.".into();
        rule.statement.en = "The Beirat should have at most 15 members".into();
        rule.source = "https://example.org/bayern".into();
        rule.modality = Modality::Should;
        if certainty == Certainty::Verified {
            rule.certainty = Certainty::Verified;
            rule.source_kind = SourceKind::StatuteText;
        }
        regime.rules.to_mut().push(rule);
        let law = Law::new(lands);
        assert!(law.validate().is_ok(), "{:?}", law.validate());
        law
    };
    let law = law_with(Certainty::Verified);
    // Kaufbeuren's 26 members in its term from 2014, without its own rule
    // on their number.
    const ON_2018: &str = "2018-01-15";
    let v = with(
        load_at("history/kaufbeuren-integrationsbeirat.json", ON_2018),
        |v| {
            v["local_rules"] = json!([]);
        },
    );
    let b = body(&v);
    assert_eq!(b.composition().total_seats(), 26);
    let r = law.check(&b, date(ON_2018)).unwrap();
    assert!(r.is_compliant(), "{:?}", r.violations);
    assert_eq!(r.warnings.len(), 1, "{:?}", r.warnings);
    let plan = plan(&r);
    let total = b.composition().total_seats();
    assert_eq!(plan.seats_after, 15);
    assert_eq!(plan.seats_changed, total - 15);
    let after = law
        .check(&b.with_changes(&plan.changes).unwrap(), date(ON_2018))
        .unwrap();
    assert!(after.warnings.is_empty(), "{:?}", after.warnings);
    // The same rule unverified, as `Rule::new` makes it, is only noted:
    // no proposal.
    let r = law_with(Certainty::Unverified)
        .check(&b, date(ON_2018))
        .unwrap();
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    assert!(is_broken(&r, "by.local_board.size"));
    assert!(r.proposal.is_none());
}

#[test]
fn a_compliant_body_and_a_body_broken_elsewhere_get_no_proposal() {
    let r = report(&load("koeln-integrationsrat.json"), ON);
    assert!(r.is_compliant());
    assert!(r.proposal.is_none());
    assert!(serde_json::to_value(&r).unwrap().get("proposal").is_none());
    // A broken chair rule is no seat rule: no proposal. Hamburg's
    // Integrationsbeirat is chaired by the Präses der Sozialbehörde
    // (verified); one that elects its chair breaks that rule alone.
    let v = with(load("hamburg-integrationsbeirat.json"), |v| {
        v["composition"]["chair"] = json!({"method": "elected_from_members"});
    });
    let r = report(&v, ON);
    assert!(!r.is_compliant());
    assert_eq!(broken_rules(&r), ["hh.state_board.chair"]);
    assert!(r.proposal.is_none());
}

#[test]
fn a_move_applies_and_names_groups_that_exist() {
    let b = body(&saarland(9, 6));
    let g = |id: &str| migrant_representation::check::GroupRef {
        id: id.into(),
        label: id.into(),
    };
    let moved = b
        .with_changes(&[SeatChange::MoveSeats {
            from: g("council"),
            to: g("elected"),
            seats: 1,
        }])
        .unwrap();
    let seats: Vec<u16> = moved
        .composition()
        .seat_groups()
        .iter()
        .map(|g| g.seats())
        .collect();
    assert_eq!(seats, [10, 5]);
    let err = b
        .with_changes(&[SeatChange::MoveSeats {
            from: g("nobody"),
            to: g("elected"),
            seats: 1,
        }])
        .unwrap_err();
    assert_eq!(err.as_slice()[0].code.as_str(), "unknown_seat_group");
    let json = serde_json::to_value(SeatChange::MoveSeats {
        from: g("council"),
        to: g("elected"),
        seats: 1,
    })
    .unwrap();
    assert_eq!(json["action"], "move_seats");
}

/// The proposal against an exhaustive search: on generated near misses of
/// every seat rule and on bodies with pairs of random local seat rules
/// (which often contradict each other or the statute), no seat plan
/// within a smaller distance passes, and the proposal passes.
#[cfg(feature = "proptest")]
mod exhaustive {
    use migrant_representation::{
        Law, Report, RepresentationBody,
        body::{SeatFilling, SeatSelector, VotingRight},
        check::{GroupRef, SeatChange},
        law::{Certainty, Constraint, Modality},
        strategies,
    };
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};
    use serde_json::{Value, json};

    use super::ON;
    use crate::common::*;

    fn runner(default_cases: u32) -> TestRunner {
        let cases = cases(default_cases);
        TestRunner::new(Config {
            cases,
            failure_persistence: None,
            max_local_rejects: 65_536.max(cases.saturating_mul(4)),
            max_global_rejects: 4_096.max(cases.saturating_mul(4)),
            ..Config::default()
        })
    }

    /// The rules of the seat plan (and on filled seats) in force for `body`
    /// on `on` that bind: verified "muss" statutory rules and local rules;
    /// with `soll`, the verified "soll" rules of the seat plan too (they
    /// bind the proposal when only they are broken).
    fn binding(
        body: &RepresentationBody,
        on: chrono::NaiveDate,
        soll: bool,
    ) -> Vec<(String, Constraint)> {
        let j = body.jurisdiction();
        let regime = Law::builtin()
            .regime(j.land, body.body_type(), j.level, on)
            .unwrap();
        let seat = |c: &Constraint| {
            matches!(
                c,
                Constraint::Seats(_)
                    | Constraint::Share(_)
                    | Constraint::Outnumber(_)
                    | Constraint::OnlyGroups(_)
                    | Constraint::FilledSeats(_)
            )
        };
        regime
            .rules
            .iter()
            .filter(|r| {
                r.validity.contains(on)
                    && r.certainty == Certainty::Verified
                    && seat(&r.constraint)
                    && (r.modality == Modality::Must
                        || soll && !matches!(r.constraint, Constraint::FilledSeats(_)))
            })
            .map(|r| (r.id.to_string(), r.constraint.clone()))
            .chain(
                body.local_rules()
                    .iter()
                    .filter(|r| r.validity.contains(on) && seat(&r.constraint))
                    .map(|r| (format!("local.{}", r.id), r.constraint.clone())),
            )
            .collect()
    }

    /// Whether `after` meets every binding seat rule: those of the seat
    /// plan, and a rule on filled seats unless `before` already broke it.
    fn lawful(rules: &[(String, Constraint)], before: &Report, after: &Report) -> bool {
        after.violations.iter().chain(&after.warnings).all(|f| {
            match rules.iter().find(|(id, _)| *id == f.rule) {
                None => true,
                Some((_, Constraint::FilledSeats(_))) => {
                    before.violations.iter().any(|b| b.rule == f.rule)
                }
                Some(_) => false,
            }
        })
    }

    fn selectors(c: &Constraint) -> Vec<SeatSelector> {
        match c {
            Constraint::Seats(k) => vec![k.of.clone()],
            Constraint::Share(k) => vec![k.part.clone(), k.of.clone()],
            Constraint::Outnumber(k) => vec![k.majority.clone(), k.minority.clone()],
            Constraint::OnlyGroups(k) => vec![k.allowed.clone()],
            Constraint::FilledSeats(k) => vec![k.of.clone()],
            _ => Vec::new(),
        }
    }

    /// What one dimension of the exhaustive search changes.
    enum Target {
        Group(GroupRef),
        New(SeatFilling, VotingRight),
    }

    /// One dimension: the least and the most change of one group.
    struct Dim {
        lo: i64,
        hi: i64,
        target: Target,
    }

    /// Which of `sels` select a group of this kind.
    fn signature(
        sels: &[SeatSelector],
        f: SeatFilling,
        v: VotingRight,
        council: bool,
    ) -> Vec<bool> {
        // A group of that kind tells whether the selector selects it.
        let g: migrant_representation::body::SeatGroup = serde_json::from_value(json!({
            "id": "x", "label": "x", "filling": f, "voting": v, "seats": 1,
            "council_members": council && f != SeatFilling::CouncilDelegated,
            "office": if f == SeatFilling::ExOfficio { Some("Amt") } else { None },
        }))
        .unwrap();
        sels.iter().map(|s| s.matches(&g)).collect()
    }

    /// The groups the chair or the deputies are chosen from.
    fn chair_groups(comp: &migrant_representation::body::Composition) -> Vec<String> {
        [comp.chair(), comp.deputies()]
            .into_iter()
            .flatten()
            .filter_map(|s| serde_json::to_value(s).ok())
            .flat_map(|v| {
                ["group", "elected_by_group"]
                    .into_iter()
                    .filter_map(move |k| v[k].as_str().map(str::to_owned))
            })
            .collect()
    }

    /// Every seat plan that changes at most `budget` seats: each group
    /// gains or loses seats (all of them: removed; a group the chair or
    /// the deputies refer to keeps one unless a rule forbids its kind),
    /// and new groups of every kind the rules tell apart from the groups
    /// there are.
    fn plans_within(
        body: &RepresentationBody,
        rules: &[(String, Constraint)],
        budget: u32,
    ) -> Vec<Vec<SeatChange>> {
        let sels: Vec<SeatSelector> = rules.iter().flat_map(|(_, c)| selectors(c)).collect();
        let comp = body.composition();
        let forbidden = |g: &migrant_representation::body::SeatGroup| {
            rules.iter().any(|(_, c)| match c {
                Constraint::OnlyGroups(k) => !k.allowed.matches(g),
                _ => false,
            })
        };
        let chair = chair_groups(comp);
        let budget = i64::from(budget);
        let mut dims = Vec::new();
        let mut seen: Vec<Vec<bool>> = Vec::new();
        for g in comp.seat_groups() {
            let keep = chair.iter().any(|c| c == g.id()) && !forbidden(g);
            dims.push(Dim {
                lo: -(i64::from(g.seats()) - i64::from(keep)),
                hi: budget,
                target: Target::Group(GroupRef {
                    id: g.id().into(),
                    label: g.label().into(),
                }),
            });
            seen.push(signature(
                &sels,
                g.filling(),
                g.voting(),
                g.held_by_council_members(),
            ));
        }
        for f in SeatFilling::iter() {
            for v in [VotingRight::Voting, VotingRight::Advisory] {
                let s = signature(&sels, f, v, false);
                if !seen.contains(&s) {
                    seen.push(s);
                    dims.push(Dim {
                        lo: 0,
                        hi: budget,
                        target: Target::New(f, v),
                    });
                }
            }
        }
        let mut out = Vec::new();
        enumerate(&dims, budget, &mut Vec::new(), &mut out);
        out
    }

    fn enumerate(
        dims: &[Dim],
        left: i64,
        cur: &mut Vec<SeatChange>,
        out: &mut Vec<Vec<SeatChange>>,
    ) {
        let Some((dim, rest)) = dims.split_first() else {
            out.push(cur.clone());
            return;
        };
        for d in dim.lo.max(-left)..=dim.hi.min(left) {
            let seats = u32::try_from(d.abs()).unwrap();
            let change = match &dim.target {
                _ if d == 0 => None,
                Target::Group(g) if d > 0 => Some(SeatChange::AddSeats {
                    group: g.clone(),
                    seats,
                }),
                Target::Group(g) => Some(SeatChange::RemoveSeats {
                    group: g.clone(),
                    seats,
                }),
                Target::New(f, v) => Some(SeatChange::NewGroup {
                    filling: *f,
                    voting: *v,
                    seats,
                }),
            };
            let pushed = change.is_some();
            cur.extend(change);
            enumerate(rest, left - d.abs(), cur, out);
            if pushed {
                cur.pop();
            }
        }
    }

    /// What was compared: with every plan within the distance, with every
    /// plan within two seats only (too many plans), and how many bodies
    /// no seat plan makes lawful.
    #[derive(Debug, Default, Clone, Copy)]
    struct Tally {
        compared: u32,
        partly: u32,
        infeasible: u32,
    }

    /// The proposal for `body` passes, and no plan within a smaller
    /// distance does.
    fn compare(
        body: &RepresentationBody,
        on: chrono::NaiveDate,
        tally: &std::cell::Cell<Tally>,
    ) -> Result<(), TestCaseError> {
        let before = body.check(on).unwrap();
        let mut rules = binding(body, on, false);
        let Some(p) = before.proposal.as_deref() else {
            prop_assert!(
                lawful(&rules, &before, &before),
                "no proposal: {:?}",
                before.violations
            );
            return Ok(());
        };
        if lawful(&rules, &before, &before) {
            // Only "soll" rules of the seat plan are broken: the proposal
            // meets them too.
            rules = binding(body, on, true);
            prop_assert!(!lawful(&rules, &before, &before), "{:?}", before.warnings);
        }
        prop_assert!(p.exhaustive, "the search ran out: {:?}", body.composition());
        let mut t = tally.get();
        let budget = match &p.plan {
            Some(plan) => {
                let after = body.with_changes(&plan.changes);
                prop_assert!(after.is_ok(), "{:?}: {:?}", plan.changes, after);
                let after = after.unwrap().check(on).unwrap();
                prop_assert!(
                    lawful(&rules, &before, &after),
                    "the proposal {:?} leaves {:?}",
                    plan.changes,
                    after.violations
                );
                let changed: u32 = plan.changes.iter().map(SeatChange::seats_changed).sum();
                prop_assert_eq!(changed, plan.seats_changed);
                for alt in &p.alternatives {
                    prop_assert_eq!(alt.seats_changed, plan.seats_changed);
                    let after = body.with_changes(&alt.changes).unwrap().check(on).unwrap();
                    prop_assert!(lawful(&rules, &before, &after), "{:?}", alt.changes);
                }
                plan.seats_changed.saturating_sub(1)
            }
            None => {
                // No plan at all: the conflicting rules are rules in force,
                // and no plan within 3 seats passes.
                prop_assert!(!p.conflicting.is_empty());
                for c in &p.conflicting {
                    prop_assert!(rules.iter().any(|(id, _)| *id == c.rule), "{}", c.rule);
                }
                t.infeasible += 1;
                3
            }
        };
        // Every plan within the distance where that is few enough plans;
        // else every plan within two seats.
        let mut plans = plans_within(body, &rules, budget.min(6));
        let full = budget <= 6 && plans.len() <= 20_000;
        if !full {
            plans = plans_within(body, &rules, budget.min(2));
        }
        for changes in plans {
            let Ok(b) = body.with_changes(&changes) else {
                continue;
            };
            let after = b.check(on).unwrap();
            prop_assert!(
                !lawful(&rules, &before, &after),
                "{:?} passes with fewer seats changed than the proposal {:?}",
                changes,
                p
            );
        }
        if !full {
            t.partly += 1;
            tally.set(t);
            return Ok(());
        }
        t.compared += 1;
        tally.set(t);
        Ok(())
    }

    /// A day on which `rule` is in force: the tests' usual day, else the
    /// middle of its validity (a rule of an earlier version).
    fn in_force(rule: &migrant_representation::law::Rule) -> chrono::NaiveDate {
        if rule.validity.contains(date(ON)) {
            return date(ON);
        }
        let from = rule.validity.from.unwrap_or(date("1990-01-01"));
        let until = rule.validity.until.unwrap_or(date(ON));
        let day = from + (until - from) / 2;
        assert!(rule.validity.contains(day), "{}", rule.id);
        day
    }

    /// Every verified seat rule of the built-in law, on a day it is in
    /// force, each on near misses that break it alone. Unverified rules
    /// yield notes, never violations, and the proposal leaves them aside:
    /// no rule of § 27 GO NRW or of § 32 BezVG (2021) is among them.
    #[test]
    fn on_near_misses_of_every_seat_rule_no_smaller_plan_passes() {
        let tally = std::cell::Cell::new(Tally::default());
        let mut tested = Vec::new();
        let mut untested = Vec::new();
        for (_, rule) in Law::builtin().rules() {
            if rule.certainty == Certainty::Unverified
                || !matches!(
                    rule.constraint,
                    Constraint::Outnumber(_)
                        | Constraint::Share(_)
                        | Constraint::Seats(_)
                        | Constraint::OnlyGroups(_)
                )
            {
                continue;
            }
            let on = in_force(rule);
            let Some(s) = strategies::near_miss(&rule.id, on) else {
                untested.push(rule.id.to_string());
                continue;
            };
            tested.push(rule.id.to_string());
            runner(12)
                .run(&s, |(body, _)| compare(&body, on, &tally))
                .unwrap_or_else(|e| panic!("{} on {on}: {e}", rule.id));
        }
        // Every verified seat rule has its near misses.
        assert_eq!(untested, Vec::<String>::new());
        // At least these, as graded in December 2026: § 86 and § 89 HGO
        // (with the 2001 version of § 86), § 56 GemO RLP for towns and
        // counties, § 50 KSVG in both versions and § 9 BezVG until 2021.
        tested.sort();
        for id in [
            "be.integration_committee_2011.citizen_deputies",
            "be.integration_committee_2011.composition",
            "be.integration_committee_2011.councillor_majority",
            "be.integration_committee_2011.size",
            "he.foreign_residents_board.elected",
            "he.foreign_residents_board_2001.elected",
            "he.foreign_residents_board_2001.size",
            "he.integration_commission.expert_share",
            "rp.county_migration_board.elected",
            "rp.migration_board.elected",
            "sl.integration_board.council_third",
            "sl.integration_board.elected_two_thirds",
            "sl.integration_board_2008.council_third",
            "sl.integration_board_2008.elected_two_thirds",
        ] {
            assert!(tested.iter().any(|t| t == id), "{id} not in {tested:?}");
        }
        // Of the cases of every rule, at least two thirds are compared with
        // every plan within the distance (the rest within two seats).
        let t = tally.get();
        let all = u32::try_from(tested.len()).unwrap() * cases(12);
        assert!(3 * t.compared >= 2 * all, "{t:?} of {all}");
    }

    const CLASSES: [&str; 5] = [
        "any",
        "directly_elected",
        "council_delegated",
        "appointed",
        "council_member",
    ];

    /// A random local seat rule.
    fn local_rule(i: usize) -> impl Strategy<Value = Value> {
        let class = || prop::sample::select(CLASSES.to_vec());
        let ratio = || prop::sample::select(vec![(1u16, 3u16), (1, 2), (2, 3)]);
        let constraint = prop_oneof![
            (class(), prop::option::of(0u16..8), 0u16..6, any::<bool>()).prop_map(
                |(c, min, span, bounded)| {
                    let mut k = json!({"kind": "seats", "of": {"classes": [c]}});
                    if let Some(m) = min {
                        k["min"] = json!(m);
                    }
                    if bounded || min.is_none() {
                        k["max"] = json!(min.unwrap_or(0) + span + 1);
                    }
                    k
                }
            ),
            (class(), ratio(), any::<bool>(), any::<bool>()).prop_map(|(c, (n, d), exact, max)| {
                let r = json!({"numerator": n, "denominator": d});
                let mut k = json!({"kind": "share", "part": {"classes": [c]}, "of": {"classes": ["any"]}});
                if exact || !max {
                    k["min"] = r.clone();
                }
                if exact || max {
                    k["max"] = r;
                }
                k
            }),
            (class(), class()).prop_map(|(a, b)| json!({"kind": "outnumber", "majority": {"classes": [a]}, "minority": {"classes": [b]}})),
            prop::collection::vec(class(), 1..=2)
                .prop_map(|cs| json!({"kind": "only_groups", "allowed": {"classes": cs}})),
        ];
        constraint.prop_map(move |c| {
            json!({"id": format!("r{i}"), "citation": {"law": "Satzung Musterstadt", "number": (i + 1).to_string()},
                   "statement": format!("Regel {}.", i + 1), "constraint": c})
        })
    }

    fn small_group(i: usize) -> impl Strategy<Value = Value> {
        (
            prop::sample::select(vec![
                "directly_elected",
                "council_delegated",
                "appointed",
                "administration_staff",
            ]),
            any::<bool>(),
            1u32..=5,
            prop::option::of(0u32..=5),
            any::<bool>(),
        )
            .prop_map(move |(f, voting, seats, filled, council)| {
                let mut g = json!({"id": format!("g{i}"), "label": format!("Gruppe {}", i + 1),
                    "filling": f, "voting": if voting { "voting" } else { "advisory" }, "seats": seats});
                if let Some(n) = filled {
                    g["filled"] = json!(n.min(seats));
                }
                if council && f != "council_delegated" {
                    g["council_members"] = json!(true);
                }
                g
            })
    }

    /// Small bodies (1 to 3 groups of 1 to 5 seats) of a Bavarian Beirat
    /// (no statutory seat rule) or an NRW Integrationsrat (the statute's
    /// majority and groups), with two random local seat rules, that break
    /// at least one seat rule.
    fn with_two_rules() -> impl Strategy<Value = RepresentationBody> {
        (
            any::<bool>(),
            (1usize..=3).prop_flat_map(|n| (0..n).map(small_group).collect::<Vec<_>>()),
            local_rule(0),
            local_rule(1),
            prop::option::of(0usize..3),
        )
            .prop_filter_map("valid and broken", |(nrw, groups, a, b, chair)| {
                let chair = chair
                    .filter(|i| *i < groups.len())
                    .map(|i| json!({"method": "elected_from_group", "group": format!("g{i}")}));
                let mut v = if nrw {
                    json!({"body_type": "integration_council",
                       "jurisdiction": {"land": "NW", "level": "municipality", "area": "Musterstadt"},
                       "legal_basis": {"kind": "statute", "citation": {"law": "GO NRW", "number": "27"}}})
                } else {
                    json!({"body_type": "local_advisory_board",
                       "jurisdiction": {"land": "BY", "level": "municipality", "area": "Musterstadt"},
                       "legal_basis": {"kind": "council_resolution", "title": "Beschluss", "enabling": {"law": "GO", "unit": "article", "number": "23"}}})
                };
                v["document_type"] = json!("representation_body");
                v["schema_version"] = json!(1);
                v["id"] = json!("musterstadt");
                v["official_name"] = json!("Beirat Musterstadt");
                v["english_label"] = json!("Board of Musterstadt");
                v["composition"] = json!({"seat_groups": groups});
                if let Some(c) = chair {
                    v["composition"]["chair"] = c;
                }
                v["local_rules"] = json!([a, b]);
                let body = RepresentationBody::from_json_value(v).ok()?;
                let r = body.check(date(ON)).ok()?;
                let rules = binding(&body, date(ON), false);
                (!lawful(&rules, &r, &r)).then_some(body)
            })
    }

    #[test]
    fn on_pairs_of_conflicting_rules_no_smaller_plan_passes() {
        let tally = std::cell::Cell::new(Tally::default());
        runner(160)
            .run(&with_two_rules(), |body| compare(&body, date(ON), &tally))
            .unwrap();
        let t = tally.get();
        // Both outcomes occur: lawful plans and contradicting rules.
        assert!(t.compared >= 100, "{t:?}");
        assert!(t.infeasible >= 1, "{t:?}");
    }
}

/// Kaufbeuren's Integrationsbeirat of 2014 with one member fewer (25 of the
/// 26 the council's resolution fixes). The rule counts every seat, so the
/// seat may go to any group: the proposal adds it to the largest group,
/// and offers the next groups as equally small alternatives; the groups
/// whose seat follows from an office (the Oberbürgermeister, the
/// Integrationsbeauftragter, the office) come last. The per-finding fix
/// names the same group as the proposal.
#[test]
fn where_any_group_may_take_the_seat_the_largest_is_proposed_and_the_others_offered() {
    let v = with(load("history/kaufbeuren-integrationsbeirat.json"), |v| {
        for g in groups(v) {
            if g["id"] == "migrants" {
                g["seats"] = 12.into();
            }
        }
    });
    let b = body(&v);
    let r = b.check(date("2016-01-15")).unwrap();
    assert_eq!(seat_violations(&r), ["local.kaufbeuren.seats"]);
    let added = |p: &Plan| match &p.changes[..] {
        [SeatChange::AddSeats { group, seats: 1 }] => group.id.clone(),
        other => panic!("{other:?}"),
    };
    let p = proposal(&r);
    assert_eq!(added(plan(&r)), "migrants");
    let alternatives: Vec<String> = p.alternatives.iter().map(added).collect();
    assert_eq!(alternatives, ["council", "experts", "mayor"]);
    for alt in &p.alternatives {
        assert_eq!(alt.seats_changed, 1);
        passes_under(Law::builtin(), "2016-01-15", &b, &alt.changes);
    }
    passes_under(Law::builtin(), "2016-01-15", &b, &plan(&r).changes);
    let fix = r.violations[0].fix.as_ref().expect("a fix");
    assert!(
        matches!(&fix.options[0].changes[..], [SeatChange::AddSeats { group, seats: 1 }] if group.id == "migrants"),
        "{fix:?}"
    );
    assert!(p.describe(Language::De).contains(
        "1 Sitz mehr für „Migrantinnen und Migranten“. Ebenso klein: 1 Sitz mehr für „Stadtratsmitglieder (Fraktionsvertreter)“"
    ));
}
