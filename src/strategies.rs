//! Proptest strategies for downstream tests (cargo feature `proptest`).
//!
//! A municipality's application, a state association's registry or a
//! civic-tech tool can test its own handling of bodies with values that are
//! valid by the crate's rules, and with *near misses*: bodies that break
//! exactly one statutory rule and say which code they must trigger.
//!
//! Every strategy builds its values through the same constructors that
//! deserialization uses ([`RepresentationBody::new`]); nothing bypasses the
//! structural checks. Compliant bodies are made generically from the law as
//! data: a random body is *repaired* rule by rule (each kind of
//! [`Constraint`] knows how to satisfy itself), so a new Land or reform needs
//! no change here. Shrinking works on the random inputs, so failures shrink to
//! small bodies.
//!
//! # Example
//!
//! In a downstream crate's `Cargo.toml`:
//!
//! ```toml
//! [dev-dependencies]
//! migrant-representation = { version = "0.1", features = ["proptest"] }
//! proptest = "1"
//! ```
//!
//! and in its tests:
//!
//! ```
//! use chrono::NaiveDate;
//! use migrant_representation::strategies;
//! use migrant_representation::{BodyType, Land, Level};
//! use proptest::prelude::*;
//! use proptest::test_runner::TestRunner;
//!
//! let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
//! let bodies = strategies::compliant_body(Land::NordrheinWestfalen, BodyType::IntegrationCouncil, Level::Municipality, on)
//!     .expect("the law covers this body on that date");
//! let mut runner = TestRunner::default();
//! runner
//!     .run(&bodies, |body| {
//!         // Code under test: for example, a form that shows the seat plan.
//!         prop_assert!(body.composition().elected_seats() > 0);
//!         prop_assert!(body.check(on).unwrap().is_compliant());
//!         Ok(())
//!     })
//!     .unwrap();
//!
//! // Every verified statutory rule has a near miss that breaks exactly that
//! // rule (§ 50 Abs. 2 KSVG: two thirds of a Saarland Integrationsbeirat
//! // are elected).
//! let miss = strategies::near_miss("sl.integration_board.elected_two_thirds", on).unwrap();
//! runner
//!     .run(&miss, |(body, code)| {
//!         let report = body.check(on).unwrap();
//!         prop_assert_eq!(report.violations.len(), 1);
//!         prop_assert_eq!(report.violations[0].code, code);
//!         Ok(())
//!     })
//!     .unwrap();
//! ```

use std::borrow::Cow;

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::Index;

use crate::body::{Jurisdiction, RawRepresentationBody, RepresentationBody, RepresentationBodyTag};
use crate::citation::Citation;
use crate::composition::{
    ChairMethod, ChairSelection, RawComposition, RawSeatGroup, SeatFilling, VotingRight,
};
use crate::error::FindingCode;
use crate::kind::BodyType;
use crate::land::{Land, Level};
use crate::law::constraint::draft::{BASIS_KINDS, Context, Draft, FILLINGS, METHODS, legal_basis};
use crate::law::{Certainty, Constraint, Law, Regime};
use crate::limits::SCHEMA_VERSION;
use crate::network::MaturityStage;
use crate::network::{NetworkCharacteristics, NetworkEvidence, NetworkMembers};
use crate::organisation::{Network, NetworkTag, RawNetwork, Scope};
use crate::term::{RawTerm, TermLength, council_term_rule};

/// One random seat group (not yet given its id).
fn seat_group() -> impl Strategy<Value = RawSeatGroup> {
    (
        0..FILLINGS.len(),
        any::<bool>(),
        1u16..=30,
        any::<Option<Index>>(),
        any::<bool>(),
    )
        .prop_map(|(f, voting, seats, filled, council)| {
            let filling = FILLINGS[f];
            RawSeatGroup {
                id: String::new(),
                label: crate::seating::capitalised(filling.describe(crate::Language::De)),
                filling,
                voting: if voting {
                    VotingRight::Voting
                } else {
                    VotingRight::Advisory
                },
                seats,
                filled: filled
                    .map(|i| u16::try_from(i.index(usize::from(seats) + 1)).unwrap_or(seats)),
                office: (filling == SeatFilling::ExOfficio).then(|| "Bürgermeister".to_owned()),
                council_members: council && filling != SeatFilling::CouncilDelegated,
                women: None,
                with_migration_history: None,
            }
        })
}

fn chair(groups: usize, pick: (usize, Index)) -> ChairSelection {
    let group = format!("g{}", pick.1.index(groups));
    match METHODS[pick.0 % METHODS.len()] {
        ChairMethod::ElectedFromMembers => ChairSelection::ElectedFromMembers {},
        ChairMethod::ElectedFromGroup => ChairSelection::ElectedFromGroup { group },
        ChairMethod::ExOfficio => ChairSelection::ExOfficio {
            office: "Bürgermeister".into(),
            group: None,
        },
        ChairMethod::CoChairs => ChairSelection::CoChairs {
            office: "Bürgermeister".into(),
            elected_by_group: group,
        },
        ChairMethod::AppointedByCouncil => ChairSelection::AppointedByCouncil {},
    }
}

/// Random raw compositions: 1 to 5 seat groups with unique ids, and chair
/// and deputies that name existing groups. Every value is structurally valid.
pub fn raw_composition() -> impl Strategy<Value = RawComposition> {
    (
        prop::collection::vec(seat_group(), 1..=5),
        any::<Option<(usize, Index)>>(),
        any::<Option<(usize, Index)>>(),
        prop::option::of(1u8..=5),
    )
        .prop_map(|(mut groups, c, d, count)| {
            for (i, g) in groups.iter_mut().enumerate() {
                g.id = format!("g{i}");
            }
            let n = groups.len();
            RawComposition {
                seat_groups: groups,
                chair: c.map(|p| chair(n, p)),
                deputies: d.map(|p| chair(n, p)),
                deputy_count: count.and_then(std::num::NonZeroU8::new),
            }
        })
}

/// Random validated compositions.
pub fn composition() -> impl Strategy<Value = crate::body::Composition> {
    raw_composition()
        .prop_map(|raw| crate::body::Composition::new(raw).expect("valid by construction"))
}

fn date_between(from: NaiveDate, days: u32) -> impl Strategy<Value = NaiveDate> {
    (0..days).prop_map(move |d| from + chrono::Days::new(u64::from(d)))
}

/// Random raw terms for a body of `land`: the council's term, years or a
/// fixed end. A council term carries its constitution day where the Land's
/// Wahlperiode begins with the council's first meeting
/// ([`crate::law::CouncilTermStart::AtConstitution`]), as such a term needs it.
pub fn raw_term(land: Land) -> impl Strategy<Value = RawTerm> {
    let base = NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid date");
    let at_constitution = matches!(
        council_term_rule(land).start,
        crate::law::CouncilTermStart::AtConstitution {}
    );
    (
        0u8..4,
        date_between(base, 12_000),
        1u8..=6,
        1u32..3_000,
        prop::option::of(any::<bool>()),
        prop::option::of(1u32..400),
    )
        .prop_map(move |(kind, start, years, len, continues, successor)| {
            let length = match kind {
                0 => Some(TermLength::CouncilTerm {
                    council_elected_on: start,
                }),
                1 => Some(TermLength::Years {
                    years: std::num::NonZeroU8::new(years).unwrap_or(std::num::NonZeroU8::MIN),
                }),
                2 => Some(TermLength::FixedEnd {
                    ends_on: start + chrono::Days::new(u64::from(len)),
                }),
                // The statute decides the length.
                _ => None,
            };
            let end_guess = start + chrono::Days::new(u64::from(years) * 366 + 400);
            RawTerm {
                constituted_on: (kind != 0 || at_constitution).then_some(start),
                length,
                continues_until_successor_meets: continues,
                successor_first_met_on: if continues == Some(false) {
                    None
                } else {
                    successor.map(|d| end_guess + chrono::Days::new(u64::from(d)))
                },
                ..RawTerm::default()
            }
        })
}

fn jurisdiction(land: Land, level: Level) -> Jurisdiction {
    Jurisdiction {
        land,
        level,
        area: "Musterstadt".into(),
        ags: None,
    }
}

/// Random raw bodies of one Land, type and level: any composition, any term,
/// any legal basis. Structurally valid; compliance is left to chance.
pub fn raw_body(
    land: Land,
    body_type: BodyType,
    level: Level,
) -> impl Strategy<Value = RawRepresentationBody> {
    (
        raw_composition(),
        prop::option::of(raw_term(land)),
        0usize..4,
        prop::option::of(0u8..12),
    )
        .prop_map(move |(composition, term, basis, meetings)| {
            let kind = BASIS_KINDS[basis];
            RawRepresentationBody {
                document_type: RepresentationBodyTag::RepresentationBody,
                schema_version: SCHEMA_VERSION,
                id: "generated-body".into(),
                official_name: format!("{} Musterstadt", body_type.describe(crate::Language::De)),
                english_label: format!("Generated {body_type}"),
                body_type,
                jurisdiction: jurisdiction(land, level),
                legal_basis: legal_basis(kind, &Citation::whole("Hauptsatzung")),
                composition,
                term,
                terms: Vec::new(),
                local_rules: Vec::new(),
                local_rights: Vec::new(),
                roster: None,
                established_under: None,
                meetings_per_year: meetings,
                sources: Vec::new(),
            }
        })
}

/// Random validated bodies of any Land, type and level the crate records a
/// regime for. Compliance is left to chance: use them to test that code
/// never panics and handles every report.
pub fn any_body() -> impl Strategy<Value = RepresentationBody> {
    let regimes: Vec<(Land, BodyType, Level)> = Law::builtin()
        .regimes()
        .flat_map(|r| r.levels.iter().map(move |l| (r.land, r.body_type, *l)))
        .collect();
    prop::sample::select(regimes)
        .prop_flat_map(|(land, t, level)| raw_body(land, t, level))
        .prop_filter_map("structurally invalid", |raw| {
            RepresentationBody::new(raw).ok()
        })
}

// ---- repairing and breaking: one generic step per kind of constraint ----

/// Drops chair and deputy selections that name groups that no longer exist.
fn fix_references(raw: &mut RawRepresentationBody) {
    let ids: Vec<String> = raw
        .composition
        .seat_groups
        .iter()
        .map(|g| g.id.clone())
        .collect();
    let known = |s: &Option<ChairSelection>| match s {
        Some(ChairSelection::ElectedFromGroup { group })
        | Some(ChairSelection::ExOfficio {
            group: Some(group), ..
        }) => ids.contains(group),
        Some(ChairSelection::CoChairs {
            elected_by_group, ..
        }) => ids.contains(elected_by_group),
        _ => true,
    };
    if !known(&raw.composition.chair) {
        raw.composition.chair = None;
    }
    if !known(&raw.composition.deputies) {
        raw.composition.deputies = None;
    }
}

/// The parts of `raw` a constraint may change, and what it may need.
fn draft<'a>(
    raw: &'a mut RawRepresentationBody,
    regime: &'a Regime,
    on: NaiveDate,
) -> (Draft<'a>, Context<'a>) {
    let ctx = Context {
        basis: &regime.basis,
        council_term: council_term_rule(raw.jurisdiction.land),
        on,
    };
    (
        Draft {
            composition: &mut raw.composition,
            term: &mut raw.term,
            legal_basis: &mut raw.legal_basis,
            meetings_per_year: &mut raw.meetings_per_year,
            established_under: &mut raw.established_under,
        },
        ctx,
    )
}

/// Changes `raw` so that it meets `k`. Returns `false` when no body can
/// meet it (a body type that is not permitted).
fn satisfy(
    raw: &mut RawRepresentationBody,
    k: &Constraint,
    regime: &Regime,
    on: NaiveDate,
) -> bool {
    let (mut draft, ctx) = draft(raw, regime, on);
    let done = k.check().satisfy(&mut draft, &ctx);
    fix_references(raw);
    done
}

/// Changes `raw` so that it breaks `k`. Returns `false` when the crate has
/// no way to break it.
fn violate(
    raw: &mut RawRepresentationBody,
    k: &Constraint,
    regime: &Regime,
    on: NaiveDate,
) -> bool {
    let (mut draft, ctx) = draft(raw, regime, on);
    let done = k.check().violate(&mut draft, &ctx);
    fix_references(raw);
    done
}

/// Repairs `raw` against every rule of `regime` in force on `on` (except
/// `skip`), a few rounds, and returns the body if it is then valid and meets
/// them all.
fn repair(
    mut raw: RawRepresentationBody,
    regime: &Regime,
    on: NaiveDate,
    skip: Option<&str>,
) -> Option<RawRepresentationBody> {
    let rules: Vec<_> = regime
        .rules
        .iter()
        .filter(|r| r.validity.contains(on) && Some(r.id.as_ref()) != skip)
        .collect();
    let in_force: Vec<_> = regime
        .rules
        .iter()
        .filter(|r| r.validity.contains(on))
        .collect();
    keep_groups_exact_shares_name(&mut raw, &in_force);
    for _ in 0..4 {
        for r in &rules {
            if !satisfy(&mut raw, &r.constraint, regime, on) {
                return None;
            }
        }
    }
    Some(raw)
}

/// Exact shares ("two thirds elected, one third council members",
/// § 50 KSVG) leave no room for seats of any other kind: where the rules in
/// force fix a share exactly, only the seat groups some share names are
/// kept, so that repairing converges instead of being thrown away.
fn keep_groups_exact_shares_name(raw: &mut RawRepresentationBody, rules: &[&crate::law::Rule]) {
    let shares = || {
        rules.iter().filter_map(|r| match &r.constraint {
            Constraint::Share(s) => Some(s),
            _ => None,
        })
    };
    if !shares().any(|s| s.min.is_some() && s.min == s.max) {
        return;
    }
    let named: Vec<&crate::composition::SeatSelector> = shares()
        .map(|s| &s.part)
        .filter(|p| !p.classes.contains(&crate::composition::SeatClass::Any))
        .collect();
    if named.is_empty() {
        return;
    }
    raw.composition
        .seat_groups
        .retain(|g| named.iter().any(|p| p.matches_raw(g)));
    fix_references(raw);
}

fn ids_of(report: &crate::Report) -> Vec<&str> {
    let effects = report
        .notes
        .iter()
        .filter(|n| n.note == Some(crate::check::NoteKind::EffectApplied));
    report
        .violations
        .iter()
        .chain(&report.warnings)
        .chain(effects)
        .map(|v| v.rule.as_ref())
        .collect()
}

/// Bodies of `land`, `body_type` and `level` that pass the compliance check
/// on `on` with no violation and no note about an unverified rule.
///
/// Returns `None` when the crate records no law for them on that date, or
/// when the body type is not permitted then.
#[must_use]
pub fn compliant_body(
    land: Land,
    body_type: BodyType,
    level: Level,
    on: NaiveDate,
) -> Option<BoxedStrategy<RepresentationBody>> {
    let regime = Law::builtin().regime(land, body_type, level, on).ok()?;
    if regime
        .rules
        .iter()
        .any(|r| r.validity.contains(on) && matches!(r.constraint, Constraint::NotPermitted(_)))
    {
        return None;
    }
    Some(
        raw_body(land, body_type, level)
            .prop_filter_map("repair did not converge", move |raw| {
                let regime = Law::builtin().regime(land, body_type, level, on).ok()?;
                let raw = repair(raw, regime, on, None)?;
                let body = RepresentationBody::new(raw).ok()?;
                let report = body.check(on).ok()?;
                (report.is_compliant()
                    && report
                        .notes
                        .iter()
                        .all(|n| n.note != Some(crate::check::NoteKind::UnverifiedRuleBroken)))
                .then_some(body)
            })
            .boxed(),
    )
}

/// A body that breaks exactly the statutory rule `rule_id` on `on`, with
/// the code that rule triggers.
///
/// Returns `None` for an unknown id, for a rule not in force on `on`, and for
/// unverified rules (they yield notes, never violations).
#[must_use]
pub fn near_miss(
    rule_id: &str,
    on: NaiveDate,
) -> Option<BoxedStrategy<(RepresentationBody, FindingCode)>> {
    let (regime, rule) = Law::builtin().rules().find(|(_, r)| r.id == rule_id)?;
    if rule.certainty != Certainty::Verified || !rule.validity.contains(on) {
        return None;
    }
    let (land, body_type, level) = (regime.land, regime.body_type, *regime.levels.first()?);
    let id: Cow<'static, str> = rule.id.clone();
    let code = rule.constraint.code();
    Some(
        raw_body(land, body_type, level)
            .prop_filter_map("could not break exactly this rule", move |raw| {
                let law = Law::builtin();
                let regime = law.regime(land, body_type, level, on).ok()?;
                let (_, rule) = law.rules().find(|(_, r)| r.id == id)?;
                let mut raw = repair(raw, regime, on, Some(&id))?;
                if !violate(&mut raw, &rule.constraint, regime, on) {
                    return None;
                }
                let body = RepresentationBody::new(raw).ok()?;
                let report = body.check(on).ok()?;
                (ids_of(&report) == [id.as_ref()]).then_some((body, code))
            })
            .boxed(),
    )
}

/// Random local networks of migrant organisations, valid by construction.
pub fn network() -> impl Strategy<Value = Network> {
    let lands: Vec<Land> = Land::iter().collect();
    (
        prop::sample::select(lands),
        prop::sample::select(vec![Level::Municipality, Level::County, Level::Borough]),
        prop::sample::select(vec![
            MaturityStage::Initiative,
            MaturityStage::Network,
            MaturityStage::Federation,
        ]),
        network_members(),
        network_evidence(),
        any::<[bool; 6]>(),
    )
        .prop_map(|(land, level, stage, members, evidence, c)| RawNetwork {
            document_type: NetworkTag::Network,
            schema_version: SCHEMA_VERSION,
            id: "generated-network".into(),
            official_name: "Verbund der Migrantenorganisationen Musterstadt".into(),
            english_label: "Federation of migrant organisations of Musterstadt".into(),
            scope: Scope {
                level,
                land: Some(land),
                area: Some("Musterstadt".into()),
            },
            claimed_stage: stage,
            founded_on: None,
            members,
            evidence,
            characteristics: NetworkCharacteristics {
                secular: c[0],
                party_neutral: c[1],
                independent_of_origin_governments: c[2],
                democratic: c[3],
                municipal_participation: c[4],
            },
            sources: Vec::new(),
        })
        .prop_map(|raw| Network::new(raw).expect("valid by construction"))
}

/// Random member lists of networks.
pub fn network_members() -> impl Strategy<Value = NetworkMembers> {
    (
        0u32..60,
        prop::collection::vec(
            prop::sample::select(vec!["Türkei", "Syrien", "Polen", "Italien", "Ghana"]),
            0..4,
        ),
    )
        .prop_map(|(count, origins)| NetworkMembers {
            count,
            origins: origins.into_iter().map(str::to_owned).collect(),
        })
}

/// Random evidence of network maturity: every criterion independently met
/// or not, so every stage and every gap occurs.
pub fn network_evidence() -> impl Strategy<Value = NetworkEvidence> {
    (any::<[bool; 6]>(), 0u8..4, 0u8..3, 0u16..5, any::<bool>()).prop_map(
        |(b, organs, offices, staff, work)| NetworkEvidence {
            cooperation_across_origins: b[0],
            regular_meetings: b[1],
            cooperation_resolutions: b[2],
            external_presentation_resolutions: b[3],
            organs,
            organs_functioning: b[4],
            contact_persons: b[5],
            registered_on: None,
            proven_work: if work {
                vec!["Projekt Elternbildung".into()]
            } else {
                Vec::new()
            },
            offices,
            first_office_on: None,
            staff,
        },
    )
}

/// Random JSON values of any shape, for "never panics" properties.
pub fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        "[a-z_]{0,12}".prop_map(Value::String),
        Just(Value::String("representation_body".into())),
        Just(Value::String("2025-09-14".into())),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("document_type".to_owned()),
                    Just("seat_groups".to_owned()),
                    Just("composition".to_owned()),
                    Just("seats".to_owned()),
                    "[a-z_]{1,10}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
