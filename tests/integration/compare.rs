//! Two body types side by side.

use migrant_representation::{BodyType, Land, Law, Level, law::Aspect};

use crate::common::*;

fn aspects_that_differ(
    a: (Land, BodyType, Level),
    b: (Land, BodyType, Level),
    on: &str,
) -> Vec<Aspect> {
    Law::builtin()
        .compare(a, b, date(on))
        .unwrap()
        .differences()
        .map(|x| x.aspect)
        .collect()
}

/// The Landesintegrationsrat NRW's comparison, in 2024 (both forms existed
/// from 2018 to 2025): the Integrationsausschuss seats sachkundige Bürger,
/// its chair is not elected from its midst under § 27 Abs. 7, and it has
/// the Integrationsrat's rights accordingly plus its place in the
/// Beratungsfolge; both are elected for the council's Wahlperiode on the
/// day of the Kommunalwahl and share the franchise.
#[test]
fn nrw_integration_council_against_integration_committee() {
    let nw = |t| (Land::NordrheinWestfalen, t, Level::Municipality);
    let c = Law::builtin()
        .compare(
            nw(BodyType::IntegrationCouncil),
            nw(BodyType::IntegrationCommittee),
            date("2024-01-15"),
        )
        .unwrap();
    let differ: Vec<Aspect> = c.differences().map(|x| x.aspect).collect();
    assert_eq!(differ, [Aspect::Composition, Aspect::Chair, Aspect::Rights]);
    let franchise = c
        .aspects
        .iter()
        .find(|x| x.aspect == Aspect::Franchise)
        .unwrap();
    assert!(franchise.same);
    assert_eq!(franchise.a[0].id, "nw.franchise");
    let rights = c
        .aspects
        .iter()
        .find(|x| x.aspect == Aspect::Rights)
        .unwrap();
    // The Integrationsrat's three rights; the committee has them accordingly
    // (§ 27 Abs. 12 S. 2) and is part of the Beratungsfolge (S. 5).
    assert_eq!(rights.a.len(), 3);
    assert_eq!(rights.b.len(), 4);
    // A type compared with itself differs in nothing.
    assert!(
        aspects_that_differ(
            nw(BodyType::IntegrationCouncil),
            nw(BodyType::IntegrationCouncil),
            "2026-01-15"
        )
        .is_empty()
    );
}

/// Hessen: the elected Ausländerbeirat against the Integrations-Kommission
/// (§ 89 HGO). They differ in composition, chair, franchise (the commission
/// is not elected by the foreign residents) and rights.
#[test]
fn hessen_foreign_residents_board_against_integration_commission() {
    let he = |t| (Land::Hessen, t, Level::Municipality);
    let differ = aspects_that_differ(
        he(BodyType::ForeignResidentsAdvisoryBoard),
        he(BodyType::IntegrationCommission),
        "2026-01-15",
    );
    for a in [Aspect::Composition, Aspect::Franchise, Aspect::Rights] {
        assert!(differ.contains(&a), "{a}: {differ:?}");
    }
    // Before the 2020 reform there was no Integrations-Kommission.
    assert!(
        Law::builtin()
            .compare(
                he(BodyType::ForeignResidentsAdvisoryBoard),
                he(BodyType::IntegrationCommission),
                date("2019-01-01")
            )
            .is_err()
    );
}
