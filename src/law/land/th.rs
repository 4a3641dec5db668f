//! Thüringen: the Ausländerbeirat by council decision and Hauptsatzung (§ 26 Abs. 4 ThürKO).
//!
//! Forming a Beirat is voluntary: the Gemeinderat may decide that an
//! Ausländerbeirat is formed, most of whose members are non-German
//! residents; the Hauptsatzung rules the details (§ 26 Abs. 4 ThürKO, quoted
//! word for word only by a municipality). The Ministry of the Interior leaves
//! the forming of further Beiräte to the municipality's discretion and
//! refers to § 26 Abs. 1 ThürKO.

use super::shared::*;

// ---- reform dates ----

/// TH: the ThürKO came into force on the first day of the month after the
/// Kommunalwahl 1994 (§ 131 Abs. 1 ThürKO of 16 August 1993); those
/// elections fell between 1 May and 31 July (§ 8 ThürKWG), and the day was
/// not read, so coverage starts on 1 August 1994, the latest day it can be.
/// Before, the Vorläufige Kommunalordnung of 1992 applied (the Erfurt
/// Ausländerbeirat was first elected on 22 March 1992); it is not recorded.
const TH_FROM: NaiveDate = d(1994, 8, 1);

// ---- values, citations, sources and rules ----

/// § 26 Abs. 4 ThürKO, as Gemeinde Elxleben quotes it.
const THUERKO_26_4: Citation = Citation::section("ThürKO", "26").paragraph(4);

const TH_RULES: &[Rule] = &[Rule {
    id: text(ids::TH_LOCAL_BOARD_LEGAL_BASIS),
    citation: THUERKO_26_4,
    validity: Validity::since(TH_FROM),
    certainty: Unverified,
    statement: Statement::new(
        "Der Gemeinderat beschließt die Bildung des Ausländerbeirats; „Das Nähere regelt die Hauptsatzung.“",
        "The Gemeinderat decides to form the Ausländerbeirat; the Hauptsatzung (a Satzung) rules the details",
    ),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: SATZUNG_ONLY,
    }),
    source: text(
        "https://gemeinde-elxleben.de/index.php/gemeinderat/ausschuesse ; https://kleineanfragen.de/thueringen/6/7210-beiraete-in-thueringer-kommunen.txt",
    ),
    modality: Modality::Must,
    note: text(
        "The Gemeinderat decides that the Ausländerbeirat is formed and the Hauptsatzung (a Satzung) rules the details (§ 26 Abs. 4 S. 1 and 3 ThürKO): checked as a body resting on a Satzung. The clause is quoted word for word only by Gemeinde Elxleben: „Der Gemeinderat kann beschließen, dass in der Gemeinde ein Ausländerbeirat gebildet wird. … Das Nähere regelt die Hauptsatzung.“ Since when it stands in the ThürKO was not read: unverified.",
    ),
    replaces: None,
    source_kind: SourceKind::MunicipalQuote,
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[Regime {
    transitions: Cow::Borrowed(&[]),
    land: Land::Thueringen,
    body_type: BodyType::LocalAdvisoryBoard,
    designation: text(""),
    levels: Cow::Borrowed(MUNICIPAL),
    governance: Governance::LocalOnly,
    basis: THUERKO_26_4,
    covered: Validity::since(TH_FROM),
    rules: Cow::Borrowed(TH_RULES),
    rights: Cow::Borrowed(&[]),
    note: text(
        "Voluntary; the Gemeinderat may decide to form an Ausländerbeirat, most of whose members are non-German \
         residents, and the Hauptsatzung rules the details (§ 26 Abs. 4 ThürKO, quoted only by a municipality). \
         The Ministry of the Interior refers to § 26 Abs. 1 ThürKO for further Beiräte in an excerpt that is cut.",
    ),
}];

const ESTABLISHMENT: &[EstablishmentRule] = &[EstablishmentRule {
    id: text(ids::TH_ESTABLISHMENT_MAY),
    land: Land::Thueringen,
    levels: Cow::Borrowed(MUNICIPAL),
    body_types: Cow::Borrowed(LOCAL_BOARD),
    duty: Duty::May,
    threshold: None,
    citation: THUERKO_26_4.sentence(1),
    validity: Validity::since(TH_FROM),
    certainty: Verified,
    statement: Statement::new(
        "Keine Pflicht: „Der Gemeinderat kann beschließen, dass in der Gemeinde ein Ausländerbeirat gebildet wird.“",
        "No duty: the Gemeinderat may decide that an Ausländerbeirat is formed",
    ),
    source: text(
        "https://kleineanfragen.de/thueringen/6/7210-beiraete-in-thueringer-kommunen.txt ; https://gemeinde-elxleben.de/index.php/gemeinderat/ausschuesse",
    ),
    signatures: None,
    if_no_candidates: None,
    note: text(
        "Grade (December 2026): verified. Thuringian Ministry of the Interior, Drs. 6/7210 (3.5.2019): „Im Übrigen liegt die Entscheidung, ob und welche weiteren Beiräte gebildet werden, im Ermessen der jeweiligen Kommune (vergleiche hierzu § 26 Abs. 1 Thüringer Kommu[nalordnung] …“; the start 1.8.1994 was not read. The citation follows the Ausländerbeirat clause of § 26 Abs. 4 S. 1 ThürKO, which is quoted word for word only by Gemeinde Elxleben (a municipal quote; since when it stands in the ThürKO was not read): the discretion is verified by the ministry, the Absatz and Satz rest on that quote.",
    ),
    source_kind: SourceKind::OfficialDocument,
    replaces: None,
}];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Thüringen.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::Thueringen,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::Thueringen,
    years: 5,
    start: CouncilTermStart::FirstOfNextMonth {},
    citation: Citation::section("ThürKWG", "13").paragraph(2),
    note: text(
        "The Gemeinderat is elected for five years (§ 13 Abs. 1 ThürKWG; § 23 Abs. 2 ThürKO); its Amtszeit begins on the first day of the month after the election day and ends with the beginning of the next (§ 13 Abs. 2 ThürKWG, read at wolterskluwer-online). Regular elections every fifth year between 1 May and 31 July (§ 8 ThürKWG). The end is read from the next recorded election day.",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::EndOfMonthOfNextElection,
    regular_elections: Cow::Borrowed(&[
        d(2009, 6, 7),
        d(2014, 5, 25),
        d(2019, 5, 26),
        d(2024, 5, 26),
    ]),
    elections_source: text(
        "7 Jun 2009: abendblatt.de (Kommunalwahlen in SN, ST, TH, MV, BW, RP and the Saarland with the European election); 25 May 2014: de.wikipedia.org, Kommunalwahlen im Saarland 2014 (held the same day in BW, HH, NW, MV, RP, BB, SN, ST, TH); 26 May 2019: az-online.de (ten Länder, among them Thüringen); 26 May 2024: rp-online.de (\"Am 26. Mai folgt noch die Kommunalwahl in Thüringen\")",
    ),
};
