//! Sachsen: sonstige Beiräte by Hauptsatzung (§ 47 SächsGemO, § 43 SächsLKrO).
//!
//! No statute requires a migrant representation. A municipality may form a
//! Beirat in its Hauptsatzung, of council members and sachkundige Einwohner
//! (§ 47 Abs. 1 S. 1 SächsGemO; Dresden's Integrations- und Ausländerbeirat);
//! a Landkreis likewise in its Hauptsatzung (§ 43 Abs. 1 S. 1 SächsLKrO),
//! which may not limit eligibility to Germans or to persons with a secured
//! right of residence (BVerwG, 8 CN 1.22). Before the Staatsregierung's
//! answer of 5 July 2019 the municipal rules are recorded from 1 May 1993,
//! unverified.

use super::shared::*;

// ---- reform dates ----

/// The SächsGemO of 21 April 1993 came into force on 1 May 1993: the
/// Bekanntmachung of 14 June 1999 (REVOSax) lists „das am 1. Mai 1993 in
/// Kraft getretene Gesetz vom 21. April 1993 (SächsGVBl. S. 301, 445)“.
/// Coverage starts with it.
const SN_1993: NaiveDate = d(1993, 5, 1);
/// § 47 Abs. 1 S. 1 SächsGemO, the sentence the Staatsregierung cites.
const GEMO_47_1_1: Citation = Citation::section("SächsGemO", "47")
    .paragraph(1)
    .sentence(1);
/// The Bekanntmachung of the SächsGemO of 14 June 1999 (REVOSax), which
/// dates the act of 21 April 1993.
const SN_1993_SOURCE: &str = "https://recht.sachsen.de/vorschrift_gesamt/2754/37136.html";
/// What the unverified municipal rules before 2019 do not know.
const SN_1993_NOTE: &str = "The SächsGemO is in force since 1 May 1993 (the Bekanntmachung of 14 June 1999 \
     on REVOSax, the official portal: „das am 1. Mai 1993 in Kraft getretene Gesetz vom 21. April 1993 \
     (SächsGVBl. S. 301, 445)“). That § 47 provided for sonstige Beiräte by Hauptsatzung in the same words \
     before the Staatsregierung described it in 2019 was not read: REVOSax holds the historic versions (e.g. \
     the one „gültig vom 01.04.1997 bis 31.12.1998“), but only their opening pages were readable. A commentary \
     of 2018 (saechsische-gemeindeordnung.de) says § 47 deals with the sonstige Beiräte „in nur zwei Sätzen“, \
     so Abs. 1 S. 2 (Senioren- and Naturschutzbeiräte) may be later. Dresden had a Satzung for its \
     Ausländerbeirat with a Wahlordnung of 25 September 2003 (quoted in a Leipzig council motion of 2012). \
     Unverified.";
/// The Staatsregierung's answer of 5 July 2019 (Drs. 6/17908) on § 47
/// SächsGemO: the rule is verified from then on.
const SN_FROM: NaiveDate = d(2019, 7, 5);
/// The SächsLKrO (Gesetz vom 19. Juli 1993, SächsGVBl. S. 577): its § 72
/// came into force on 31 July 1993, the first day on which any of it is
/// known to be in force (the Bekanntmachung of the SächsGemO of 14 June
/// 1999): coverage of the county level starts with it.
const SN_COUNTY_1993: NaiveDate = d(1993, 7, 31);
/// § 43 Abs. 1 S. 1 SächsLKrO, as cited by BVerwG, judgment of 29.11.2022,
/// 8 CN 1.22: the county rules are verified from then on.
const SN_COUNTY_FROM: NaiveDate = d(2022, 11, 29);
/// § 43 Abs. 1 S. 1 SächsLKrO, the sentence BVerwG read in 2022.
const LKRO_43_1_1: Citation = Citation::section("SächsLKrO", "43")
    .paragraph(1)
    .sentence(1);
/// The Bekanntmachung of the SächsGemO of 14 June 1999, which dates § 72 of
/// the SächsLKrO (the official register of Saxon law, REVOSax).
const SN_COUNTY_1993_SOURCE: &str = "https://recht.sachsen.de/vorschrift_gesamt/2754/37136.html";
/// What the unverified county rules before 2022 do not know.
const SN_COUNTY_1993_NOTE: &str = "The SächsLKrO (Gesetz vom 19. Juli 1993, SächsGVBl. S. 577) was in force at \
     least in part from 31 July 1993: its § 72 came into force that day (the Bekanntmachung of the SächsGemO of \
     14 June 1999, REVOSax), and the Staatsministerium des Innern made its DVO SächsLKrO on 17 December 1993. \
     The version promulgated anew on 3 March 2014 (SächsGVBl. S. 180) has a § 43 \"Sonstige Beiräte\" (its \
     table of contents, read at wolterskluwer-online.de). Whether the text of 1993 had a provision on Beiräte in \
     force from that day, and the words of § 43 before BVerwG read § 43 Abs. 1 S. 1 in 2022, were not read: \
     unverified.";

// ---- values, citations, sources and rules ----

const SN_RULES: &[Rule] = &[
    Rule {
        id: text(ids::SN_LOCAL_BOARD_1993_LEGAL_BASIS),
        citation: Citation::section("SächsGemO", "47"),
        validity: Validity::between(SN_1993, SN_FROM),
        certainty: Unverified,
        statement: Statement::new(HAUPTSATZUNG_DE, HAUPTSATZUNG_EN),
        constraint: Constraint::LegalBasis(LegalBasis {
            allowed: Cow::Borrowed(&[LegalBasisKind::Satzung]),
        }),
        source: text(SN_1993_SOURCE),
        note: text(SN_1993_NOTE),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
    Rule {
        id: text(ids::SN_LOCAL_BOARD_LEGAL_BASIS),
        citation: GEMO_47_1_1,
        validity: Validity::since(SN_FROM),
        certainty: Verified,
        statement: Statement::new(
            "Sonstige Beiräte, denen Mitglieder des Gemeinderats und sachkundige Einwohner angehören, werden durch die Hauptsatzung gebildet.",
            "Sonstige Beiräte are formed by the Hauptsatzung",
        ),
        constraint: Constraint::LegalBasis(LegalBasis {
            allowed: Cow::Borrowed(&[LegalBasisKind::Satzung]),
        }),
        source: text(
            "https://kleineanfragen.de/sachsen/6/17908-rechtstellung-von-nach-hauptsatzungen-von-gemeinden-im-freistaat-sachsen-gebildeten-beiraeten.txt",
        ),
        modality: Modality::Must,
        note: text(
            "Staatsregierung, Drs. 6/17908 (5 July 2019): „Nach § 47 Abs. 1 Satz 1 SächsGemO können durch Hauptsatzung sonstige Beiräte gebildet werden, denen Mitglieder des Gemeinderats und sachkundige Einwohner angehören.“ The start, 5 July 2019, is the date of that answer, not a legal date: the dates are unverified.",
        ),
        replaces: Some(text(ids::SN_LOCAL_BOARD_1993_LEGAL_BASIS)),
        source_kind: SourceKind::OfficialDocument,
    },
];

/// The county rule in its two versions.
const SN_COUNTY_RULES: &[Rule] = &[
    Rule {
        id: text(ids::SN_COUNTY_LOCAL_BOARD_1993_LEGAL_BASIS),
        citation: Citation::section("SächsLKrO", "43"),
        validity: Validity::between(SN_COUNTY_1993, SN_COUNTY_FROM),
        certainty: Unverified,
        source: text(SN_COUNTY_1993_SOURCE),
        note: text(SN_COUNTY_1993_NOTE),
        statement: Statement::new(
            "Sonstige Beiräte des Landkreises, denen Mitglieder des Kreistages und sachkundige Einwohner angehören, werden durch die Hauptsatzung gebildet.",
            "County Beiräte of Kreistag members and sachkundige Einwohner are formed by the Hauptsatzung",
        ),
        constraint: Constraint::LegalBasis(LegalBasis {
            allowed: SATZUNG_ONLY,
        }),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
    Rule {
        id: text(ids::SN_COUNTY_LOCAL_BOARD_LEGAL_BASIS),
        citation: LKRO_43_1_1,
        validity: Validity::since(SN_COUNTY_FROM),
        certainty: Unverified,
        source: text(
            "https://bverwg.de/291122U8CN1.22.0 ; github:oliverguhr/revosax-embeddings data/markdown/landkreisordnung_g.md (undated REVOSax-derived copy, commit 2025-05)",
        ),
        statement: Statement::new(
            "Sonstige Beiräte des Landkreises, denen Mitglieder des Kreistages und sachkundige Einwohner angehören, werden durch die Hauptsatzung gebildet.",
            "County Beiräte of Kreistag members and sachkundige Einwohner are formed by the Hauptsatzung",
        ),
        constraint: Constraint::LegalBasis(LegalBasis {
            allowed: SATZUNG_ONLY,
        }),
        modality: Modality::Must,
        note: text(
            "§ 43 Abs. 1 S. 1 SächsLKrO (undated REVOSax-derived copy): „Durch die Hauptsatzung können sonstige Beiräte gebildet werden, denen Mitglieder des Kreistages und sachkundige Einwohner angehören.“ The Hauptsatzung is a Satzung, so the check allows a Satzung. Grade (December 2026): unverified. Read in a BVerwG judgment's quote (a court, not a Landtag or ministry document) and an undated REVOSax-derived copy; no dated or official text read.",
        ),
        replaces: Some(text(ids::SN_COUNTY_LOCAL_BOARD_1993_LEGAL_BASIS)),
        source_kind: SourceKind::MunicipalQuote,
    },
];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Sachsen,
        body_type: BodyType::LocalAdvisoryBoard,
        designation: text(""),
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::LocalOnly,
        basis: Citation::section("SächsGemO", "47"),
        covered: Validity::since(SN_1993),
        rules: Cow::Borrowed(SN_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "Sonstige Beiräte by Hauptsatzung; members are council members and sachkundige Einwohner; purely advisory.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Sachsen,
        body_type: BodyType::LocalAdvisoryBoard,
        designation: text(""),
        levels: Cow::Borrowed(COUNTY),
        governance: Governance::LocalOnly,
        basis: LKRO_43_1_1,
        covered: Validity::since(SN_COUNTY_1993),
        rules: Cow::Borrowed(SN_COUNTY_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "County Beiräte by Satzung; a Satzung may not limit eligibility to Germans or persons with a secured \
         residence right (BVerwG 8 CN 1.22). Covered from 31 Jul 1993, the first day on which the SächsLKrO of \
         19 July 1993 is known to be in force in part (its § 72); the rules are unverified until that judgment of \
         29 Nov 2022.",
        ),
    },
];

const ESTABLISHMENT: &[EstablishmentRule] = &[
    EstablishmentRule {
        id: text(ids::SN_ESTABLISHMENT_MAY_1993),
        land: Land::Sachsen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("SächsGemO", "47"),
        validity: Validity::between(SN_1993, SN_FROM),
        certainty: Unverified,
        statement: Statement::new(
            "Sonstige Beiräte können durch die Hauptsatzung gebildet werden (Fassung vor 2019 nicht gelesen).",
            "Sonstige Beiräte may be formed by the Hauptsatzung (the version before 2019 was not read)",
        ),
        source: text(SN_1993_SOURCE),
        signatures: None,
        if_no_candidates: None,
        note: text(SN_1993_NOTE),
        source_kind: SourceKind::StatuteText,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::SN_ESTABLISHMENT_MAY),
        land: Land::Sachsen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: GEMO_47_1_1,
        validity: Validity::since(SN_FROM),
        certainty: Verified,
        statement: Statement::new(
            "Sonstige Beiräte können durch die Hauptsatzung gebildet werden.",
            "Sonstige Beiräte may be formed by the Hauptsatzung",
        ),
        source: text(
            "https://kleineanfragen.de/sachsen/6/17908-rechtstellung-von-nach-hauptsatzungen-von-gemeinden-im-freistaat-sachsen-gebildeten-beiraeten.txt",
        ),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Staatsregierung, Drs. 6/17908 (5 July 2019), citing § 47 Abs. 1 Satz 1 SächsGemO. The start, 5 July 2019, is the date of that answer, not a legal date: the dates are unverified.",
        ),
        source_kind: SourceKind::OfficialDocument,
        replaces: Some(text(ids::SN_ESTABLISHMENT_MAY_1993)),
    },
    EstablishmentRule {
        id: text(ids::SN_ESTABLISHMENT_COUNTY_MAY_1993),
        citation: Citation::section("SächsLKrO", "43"),
        validity: Validity::between(SN_COUNTY_1993, SN_COUNTY_FROM),
        certainty: Unverified,
        source: text(SN_COUNTY_1993_SOURCE),
        note: text(SN_COUNTY_1993_NOTE),
        land: Land::Sachsen,
        levels: Cow::Borrowed(COUNTY),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        statement: Statement::new(
            "Der Landkreis kann sonstige Beiräte durch die Hauptsatzung bilden.",
            "The Landkreis may form sonstige Beiräte by its Hauptsatzung",
        ),
        signatures: None,
        if_no_candidates: None,
        source_kind: SourceKind::StatuteText,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::SN_ESTABLISHMENT_COUNTY_MAY),
        citation: LKRO_43_1_1,
        validity: Validity::since(SN_COUNTY_FROM),
        certainty: Unverified,
        source: text(
            "https://bverwg.de/291122U8CN1.22.0 ; github:oliverguhr/revosax-embeddings data/markdown/landkreisordnung_g.md (undated REVOSax-derived copy, commit 2025-05)",
        ),
        land: Land::Sachsen,
        levels: Cow::Borrowed(COUNTY),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        statement: Statement::new(
            "Der Landkreis kann sonstige Beiräte durch die Hauptsatzung bilden.",
            "The Landkreis may form sonstige Beiräte by its Hauptsatzung",
        ),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "§ 43 Abs. 1 S. 1 SächsLKrO (undated REVOSax-derived copy): „Durch die Hauptsatzung können sonstige Beiräte gebildet werden …“. Grade (December 2026): unverified. As sn.county_local_board.legal_basis.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: Some(text(ids::SN_ESTABLISHMENT_COUNTY_MAY_1993)),
    },
];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Sachsen.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::Sachsen,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// § 33 Abs. 2 S. 1 SächsGemO: the Wahlperiode ends with the month of the
/// regular elections.
const GEMO_33_2_1: &[Citation] = &[Citation::section("SächsGemO", "33")
    .paragraph(2)
    .sentence(1)];

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::Sachsen,
    years: 5,
    start: CouncilTermStart::FirstOfNextMonth {},
    citation: Citation::section("SächsGemO", "33")
        .paragraph(1)
        .read_with(GEMO_33_2_1),
    note: text(
        "Regular elections every 5 years (§ 33 Abs. 1 SächsGemO); the Wahlperiode ends with the month of the regular elections (Abs. 2 S. 1) and begins on the first day of the following month (commentary at saechsische-gemeindeordnung.de). The end is read from the next recorded election day. § 33 was read only in an undated copy.",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::EndOfMonthOfNextElection,
    regular_elections: Cow::Borrowed(WITH_EUROPEAN_ELECTION_2009_2024),
    elections_source: text(
        "7 Jun 2009: abendblatt.de (Kommunalwahlen in SN, ST, TH, MV, BW, RP and the Saarland with the European election); 25 May 2014: de.wikipedia.org, Kommunalwahlen im Saarland 2014 (held the same day in BW, HH, NW, MV, RP, BB, SN, ST, TH); 26 May 2019: Sächsisches Amtsblatt, Sonderdruck 5/2018; 9 Jun 2024: the Bundeswahlleiterin (presseportal.de/pm/74247/5792404)",
    ),
};
