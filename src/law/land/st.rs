//! Sachsen-Anhalt: Beiräte by Hauptsatzung (§ 80 KVG LSA).
//!
//! Forming a Beirat is voluntary; the content of § 80 KVG LSA was seen only in a
//! secondary description. Coverage starts on 1 July 2014, the day the KVG LSA
//! is listed as in force from.

use super::shared::*;

// ---- reform dates ----

/// ST: the KVG LSA of 17 June 2014 (GVBl. LSA S. 288) is listed „Gültig ab
/// 01.07.2014“ (lexaris, a consolidated copy, Stand 10.06.2023): coverage
/// starts with that day. § 80 has its present heading since the 2018
/// amendment; the rules are unverified.
const ST_FROM: NaiveDate = d(2014, 7, 1);

/// Where the start of the KVG LSA was read.
const NOTE_ST_FROM: &str = "Start: the KVG LSA of 17 June 2014 (GVBl. LSA S. 288) is listed „Gültig ab \
    01.07.2014“ in the consolidated copy at lexaris.de (Stand 10.06.2023; the page itself was not \
    recorded); the day after its \
    promulgation (27.06.2014), used before, is not supported. The content of § 80 KVG LSA was seen only in a \
    secondary description: unverified.";

// ---- values, citations, sources and rules ----

const ST_RULES: &[Rule] = &[Rule {
    id: text(ids::ST_LOCAL_BOARD_LEGAL_BASIS),
    citation: Citation::section("KVG LSA", "80"),
    validity: Validity::since(ST_FROM),
    certainty: Unverified,
    statement: Statement::new(
        "Beiräte für gesellschaftliche Gruppen beruhen auf einer Satzung oder einem Ratsbeschluss (Inhalt des § 80 KVG LSA nicht gelesen).",
        "Beiräte for groups of society rest on a Satzung or council resolution (the content of § 80 KVG LSA was not read)",
    ),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: LOCAL_BASES,
    }),
    source: text("https://die-nachrichten.net/?p=1307109"),
    modality: Modality::Must,
    note: text(NOTE_ST_FROM),
    replaces: None,
    source_kind: SourceKind::Paraphrase,
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[Regime {
    transitions: Cow::Borrowed(&[]),
    land: Land::SachsenAnhalt,
    body_type: BodyType::LocalAdvisoryBoard,
    designation: text(""),
    levels: Cow::Borrowed(MUNICIPAL),
    governance: Governance::LocalOnly,
    basis: Citation::section("KVG LSA", "80"),
    covered: Validity::since(ST_FROM),
    rules: Cow::Borrowed(ST_RULES),
    rights: Cow::Borrowed(&[]),
    note: text(
        "Voluntary; the content of § 80 KVG LSA (since 2018) was seen only in a secondary description. Covered \
         from 1 July 2014, the day the KVG LSA is listed as in force from (lexaris).",
    ),
}];

const ESTABLISHMENT: &[EstablishmentRule] = &[EstablishmentRule {
    id: text(ids::ST_ESTABLISHMENT_MAY),
    land: Land::SachsenAnhalt,
    levels: Cow::Borrowed(MUNICIPAL),
    body_types: Cow::Borrowed(LOCAL_BOARD),
    duty: Duty::May,
    threshold: None,
    citation: Citation::section("KVG LSA", "80"),
    validity: Validity::since(ST_FROM),
    certainty: Unverified,
    statement: Statement::new(
        "Freiwillig; der Inhalt des § 80 KVG LSA ist nur aus einer Sekundärquelle bekannt.",
        "Voluntary; the content of § 80 KVG LSA is known only from a secondary source",
    ),
    source: text("https://die-nachrichten.net/?p=1307109"),
    signatures: None,
    if_no_candidates: None,
    note: text(NOTE_ST_FROM),
    source_kind: SourceKind::Paraphrase,
    replaces: None,
}];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Sachsen-Anhalt.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::SachsenAnhalt,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::SachsenAnhalt,
    years: 5,
    start: CouncilTermStart::DayOfElectionYear { month: 7, day: 1 },
    citation: Citation::section("KWG LSA", "5").paragraph(1).sentence(2),
    note: text(
        "The regular Wahlperiode ends on 30 June of every fifth year after 2014 (§ 5 Abs. 1 S. 2 KWG LSA: „Die reguläre Wahlperiode der gewählten Vertretung endet am 30. Juni jedes fünften auf das Jahr 2014 folgenden Jahres.“), so it runs from 1 July. § 5 Abs. 1 S. 3 KWG LSA: „Soweit die Neuwahl wegen der gleichzeitigen Durchführung der Europawahl mit der Kommunalwahl nicht vor Ablauf der regulären Wahlperiode der Vertretung erfolgt, endet die jeweils laufende Wahlperiode am 31. Juli.“ It bites only when the joint election falls after 30 June; the joint elections of 25 May 2014, 26 May 2019 and 9 June 2024 all fell before, so it affected none of the recorded Wahlperioden and is not modelled. Both sentences are read on the official portal landesrecht.sachsen-anhalt.de (http://www.landesrecht.sachsen-anhalt.de/jportal/?quelle=jlink&psml=bssahprod.psml&feed=bssah-lr&docid=jlr-KomWGST2004V7P5: § 5 „Fassung vom: 22.06.2018, Gültig ab: 01.07.2018“): S. 3 was in force at the latest from 1 July 2018; whether the text of 2013/2014 already had it was not read. S. 2 does not cover the end of the Wahlperiode 2009–2014. § 38 Abs. 2 KVG LSA separates the Amtszeit of the Vertretung, which ends when the newly elected Vertretung meets (S. 1), from the Wahlperiode of § 5 Abs. 1 KWG LSA, after which the old Vertretung carries on the business until then (S. 2; haufe, undated).",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::AfterYears,
    regular_elections: Cow::Borrowed(WITH_EUROPEAN_ELECTION_2009_2024),
    elections_source: text(
        "25 May 2014: de.wikipedia.org, Kommunalwahlen im Saarland 2014 (held the same day in BW, HH, NW, MV, RP, BB, SN, ST, TH); 7 Jun 2009: mz.de; 26 May 2019: landtag.sachsen-anhalt.de; 9 Jun 2024: the Bundeswahlleiterin (presseportal.de/pm/74247/5792404)",
    ),
};
