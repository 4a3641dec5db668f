//! Schleswig-Holstein: Beiräte by Satzung (§§ 47d f. GO SH, §§ 42a f. KrO SH).
//!
//! Municipalities and Kreise may form Beiräte for groups of residents by Satzung
//! (§ 47d GO, § 42a KrO), with rights to information, motions and speaking in
//! the council (§ 47e GO, § 42b KrO).

use super::shared::*;

// ---- reform dates ----

/// SH: Geesthacht's Satzung "aufgrund der §§ 4, 47 d und 47 e GO" (1998).
const SH_FROM: NaiveDate = d(1999, 1, 1);

// ---- values, citations, sources and rules ----

const SH_MUNICIPAL_RULES: &[Rule] = &[Rule {
    id: text(ids::SH_LOCAL_BOARD_LEGAL_BASIS),
    citation: Citation::section("GO SH", "47d"),
    validity: Validity::since(SH_FROM),
    certainty: Verified,
    statement_de: text(
        "Beiräte für gesellschaftlich bedeutsame Gruppen werden durch Satzung gebildet.",
    ),
    statement_en: text("Beiräte for groups of society are formed by Satzung"),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: SATZUNG_ONLY,
    }),
    source: text("https://www.geesthacht.de/index.php?ModID=7&FID=25.4356.1&object=tx%7C25.4356.1"),
    ..Rule::DEFAULT
}];

const SH_COUNTY_RULES: &[Rule] = &[Rule {
    id: text(ids::SH_COUNTY_LOCAL_BOARD_LEGAL_BASIS),
    citation: Citation::section("KrO SH", "42a"),
    validity: Validity::since(SH_FROM),
    certainty: Verified,
    statement_de: text("Beiräte des Kreises werden durch Satzung gebildet."),
    statement_en: text("County Beiräte are formed by Satzung"),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: SATZUNG_ONLY,
    }),
    source: text(
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/53015d4f-52d3-3d04-aae9-f4494189d4e5",
    ),
    ..Rule::DEFAULT
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[
    Regime {
        land: Land::SchleswigHolstein,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::LocalOnly,
        basis: Citation::section("GO SH", "47d"),
        covered: Validity::since(SH_FROM),
        rules: Cow::Borrowed(SH_MUNICIPAL_RULES),
        note: text(
            "Beiräte by Satzung under § 47d GO; their rights under § 47e GO (information, motions, speaking).",
        ),
    },
    Regime {
        land: Land::SchleswigHolstein,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: Cow::Borrowed(COUNTY),
        governance: Governance::LocalOnly,
        basis: Citation::section("KrO SH", "42a"),
        covered: Validity::since(SH_FROM),
        rules: Cow::Borrowed(SH_COUNTY_RULES),
        note: text("County Beiräte by Satzung under § 42a KrO; rights under § 42b KrO."),
    },
];

const ESTABLISHMENT: &[EstablishmentRule] = &[
    EstablishmentRule {
        id: text(ids::SH_ESTABLISHMENT_MAY),
        land: Land::SchleswigHolstein,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("GO SH", "47d"),
        validity: Validity::since(SH_FROM),
        certainty: Verified,
        statement_de: text(
            "Die Gemeinde kann durch Satzung Beiräte für gesellschaftlich bedeutsame Gruppen bilden.",
        ),
        statement_en: text("The municipality may form Beiräte for groups of society by Satzung"),
        source: text(
            "https://bepart.minor-kontor.de/aktivitaet/migrantischen-stimmen-ein-forum-geben-beteiligungsgremien-von-migrantinnen-in-den-schleswig-holsteinischen-kommunen",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text(ids::SH_ESTABLISHMENT_COUNTY_MAY),
        land: Land::SchleswigHolstein,
        levels: Cow::Borrowed(COUNTY),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("KrO SH", "42a"),
        validity: Validity::since(SH_FROM),
        certainty: Verified,
        statement_de: text("Der Kreis kann durch Satzung Beiräte bilden."),
        statement_en: text("The Kreis may form Beiräte by Satzung"),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/browse/document/53015d4f-52d3-3d04-aae9-f4494189d4e5",
        ),
        ..EstablishmentRule::DEFAULT
    },
];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Schleswig-Holstein.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::SchleswigHolstein,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: None,
};
