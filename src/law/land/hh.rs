//! Hamburg: the Integrationsbeirat of the Sozialbehörde and the district Integrationsbeiräte.
//!
//! The state Integrationsbeirat is a Verwaltungsausschuss of the Sozialbehörde
//! (§ 16 VerwBehG), chaired by the head of the authority, which sets its
//! composition. The Bezirksversammlungen appoint district Integrationsbeiräte
//! (Hamburg-Mitte since 2013).

use super::shared::*;

// ---- reform dates ----

/// HH: the Integrationsbeirat exists since 2002; the Hamburg-Mitte district
/// Integrationsbeirat since 2013.
const HH_FROM: NaiveDate = d(2003, 1, 1);
const HH_DISTRICT_FROM: NaiveDate = d(2014, 1, 1);

// ---- values, citations, sources and rules ----

const HH_STATE_RULES: &[Rule] = &[
    Rule {
        id: text(ids::HH_STATE_BOARD_LEGAL_BASIS),
        citation: Citation::section("VerwBehG", "16"),
        validity: Validity::since(HH_FROM),
        certainty: Verified,
        statement: Statement::new(
            "Der Integrationsbeirat ist ein Verwaltungsausschuss, den die Sozialbehörde einsetzt.",
            "The Integrationsbeirat is an administrative committee set up by the Sozialbehörde",
        ),
        constraint: Constraint::LegalBasis(LegalBasis {
            allowed: Cow::Borrowed(&[LegalBasisKind::AdministrativeDecision]),
        }),
        source: text(
            "https://www.hamburg.de/politik-und-verwaltung/behoerden/sozialbehoerde/wir-ueber-uns/integrationsbeirat-hamburg/arbeitsweise-30380",
        ),
        modality: Modality::Must,
        note: text(""),
        replaces: None,
        source_kind: SourceKind::OfficialDocument,
    },
    Rule {
        id: text(ids::HH_STATE_BOARD_CHAIR),
        citation: Citation::section("VerwBehG", "16"),
        validity: Validity::since(HH_FROM),
        certainty: Verified,
        statement: Statement::new(
            "Den Vorsitz führt die Leitung der Behörde.",
            "The head of the authority chairs",
        ),
        constraint: Constraint::Chair(Chair {
            allowed: Cow::Borrowed(&[ChairMethod::ExOfficio]),
            from_seats: None,
        }),
        source: text(
            "https://www.hamburg.de/politik-und-verwaltung/behoerden/sozialbehoerde/wir-ueber-uns/integrationsbeirat-hamburg/arbeitsweise-30380",
        ),
        modality: Modality::Must,
        note: text(""),
        replaces: None,
        source_kind: SourceKind::OfficialDocument,
    },
];

const HH_DISTRICT_RULES: &[Rule] = &[Rule {
    id: text(ids::HH_DISTRICT_BOARD_LEGAL_BASIS),
    citation: Citation::whole("BezVG HH"),
    validity: Validity::since(HH_DISTRICT_FROM),
    certainty: Unverified,
    statement: Statement::new(
        "Die Bezirksversammlung beruft den bezirklichen Integrationsbeirat nach jeder Neukonstituierung.",
        "The district assembly appoints the district Integrationsbeirat after each new constitution",
    ),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: Cow::Borrowed(&[LegalBasisKind::CouncilResolution]),
    }),
    source: text(
        "https://bv-hh.de/hamburg-mitte/documents/neukonstituierung-des-bezirklichen-integrationsbeirats-196719",
    ),
    modality: Modality::Must,
    note: text(""),
    replaces: None,
    source_kind: SourceKind::Paraphrase,
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Hamburg,
        body_type: BodyType::StateAdvisoryBoard,
        designation: text(""),
        levels: Cow::Borrowed(&[Level::State]),
        governance: Governance::LocalOnly,
        basis: Citation::section("VerwBehG", "16"),
        covered: Validity::since(HH_FROM),
        rules: Cow::Borrowed(HH_STATE_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "The Integrationsbeirat is a Verwaltungsausschuss of the Sozialbehörde, chaired by the head of the \
         authority; its composition is set by the authority (22nd period: 14 district members + 5 experts). \
         Covered from 1 January 2003: it exists since 2002, and the day it was set up was not read.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Hamburg,
        body_type: BodyType::LocalAdvisoryBoard,
        designation: text(""),
        levels: Cow::Borrowed(&[Level::Borough]),
        governance: Governance::LocalOnly,
        basis: Citation::whole("BezVG HH"),
        covered: Validity::since(HH_DISTRICT_FROM),
        rules: Cow::Borrowed(HH_DISTRICT_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "District Integrationsbeiräte appointed by the Bezirksversammlung (Hamburg-Mitte since 2013). Covered \
         from 1 January 2014: the day of the first appointment was not read.",
        ),
    },
];

const ESTABLISHMENT: &[EstablishmentRule] = &[EstablishmentRule {
    id: text(ids::HH_ESTABLISHMENT_MAY),
    land: Land::Hamburg,
    levels: Cow::Borrowed(&[Level::State, Level::Borough]),
    body_types: Cow::Borrowed(&[BodyType::StateAdvisoryBoard, BodyType::LocalAdvisoryBoard]),
    duty: Duty::May,
    threshold: None,
    citation: Citation::section("VerwBehG", "16"),
    validity: Validity::since(HH_FROM),
    certainty: Verified,
    statement: Statement::new(
        "Keine gesetzliche Pflicht: der Integrationsbeirat ist ein Verwaltungsausschuss der Sozialbehörde.",
        "No statutory duty: the Integrationsbeirat is an administrative committee of the Sozialbehörde",
    ),
    source: text(
        "https://www.hamburg.de/politik-und-verwaltung/behoerden/sozialbehoerde/wir-ueber-uns/integrationsbeirat-hamburg/arbeitsweise-30380",
    ),
    signatures: None,
    if_no_candidates: None,
    note: text(""),
    source_kind: SourceKind::OfficialDocument,
    replaces: None,
}];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Hamburg.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::Hamburg,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::Hamburg,
    years: 5,
    start: CouncilTermStart::AtConstitution {},
    citation: Citation::section("BezVWG", "1"),
    note: text(
        "The Bezirksversammlungen have been elected for five years on the day of the European election since \
         25 May 2014 (taz, before that election: \"zum ersten Mal soll es eine fünfjährige Amtsperiode geben, \
         bislang dauerte sie vier Jahre\"; hamburgwaehlt.de). The provision is § 1 BezVWG (\"Amtsperiode und \
         Wahltag\", table of contents at gruene-nord.de); before the law of 14 May 2018 it was § 4 BezVG \
         (\"Mitgliederzahl, Amtsdauer\", umwelt-online.de). Its wording was not read. The start is taken to be \
         each assembly's first meeting, as for the Bürgerschaft, whose Wahlperiode begins with its constitution \
         (soeren-schumacher.de, 2015): the seven assemblies elected on 9 June 2024 first met on different days, from the end \
         of June to mid-July (NDR, 4 July 2024; Hamburg-Mitte on 4 July 2024, bv-hh.de), so no Land-wide day \
         begins the Amtsperiode. A term tied to it needs its constitution day, and the five years count from \
         it. The law of 14 May 2018 (Siebentes Gesetz zur Änderung wahlrechtlicher Vorschriften, HmbGVBl. Nr. 17 \
         of 18.05.2018 S. 119) can have applied no earlier than about 18 August 2018, three months after its \
         promulgation (Art. 4 Abs. 3 S. 3, Art. 6 Abs. 4 S. 2 and Art. 50 Abs. 4 of the constitution, as a \
         Bürgerschaft motion of 23.11.2018 explains); its exact day was not read. \
         Before 2014 the Bezirksversammlungen were elected on the day of the Bürgerschaft election for four \
         years: BezVWG in the version of 22 July 1986, last amended by the law of 19.10.2006 (HmbGVBl. S. 519), \
         § 2 Abs. 1: „Die Wahl zu den Bezirksversammlungen findet am Tag der Wahl zur hamburgischen Bürgerschaft \
         statt.“ (vlk-hamburg.de, an association reproducing the statute). The elections of 24 Feb 2008 and \
         20 Feb 2011 are recorded with their Wahlperioden as exceptions, since neither ran five years; the \
         election of 29 Feb 2004 is not recorded (that the assemblies were elected that day is only inferred). \
         The district boards are covered from 2014, so these Wahlperioden judge no recorded body; one \
         limitation remains: a term that gives its constitution day counts the rule's five years from it, \
         whatever the exception says.",
    ),
    exceptions: Cow::Borrowed(&[
        Wahlperiode {
            elected_on: d(2008, 2, 24),
            starts_on: None,
            ends_on: d(2011, 3, 23),
            source: text(
                "https://docplayer.org/62387815-Wahlen-zur-buergerschaft-und-zu-den-bezirksversammlungen-am-24-februar-2008.html ; https://www.stern.de/news/neuwahlen-in-hamburg-fuer-den-20--februar-angesetzt-3036358.html ; https://app-webview.sparknews.funkemedien.de/hao/hamburg/kommunales/article107970932/Die-Bezirksmandate-sind-verteilt-Das-sind-die-Vertreter.html",
            ),
            note: text(
                "Elected on 24 Feb 2008 with the Bürgerschaft (Statistisches Amt für Hamburg und Schleswig-Holstein, an official statistical office) for four years; cut short when the Bürgerschaft dissolved itself and new elections were held on 20 Feb 2011 („Regulär wäre erst 2012 wieder gewählt worden“, stern.de). It began with each assembly's first meeting (not recorded) and ended when the assembly elected in 2011 met: on 24 March 2011 in Altona, Hamburg-Nord, Wandsbek and Bergedorf, on 31 March in Eimsbüttel, and „voraussichtlich Ende März“ in Hamburg-Mitte and Harburg (Hamburger Abendblatt, February 2011). The last day recorded, 23 March 2011, is the day before the first of those meetings: in Eimsbüttel, Hamburg-Mitte and Harburg the assembly served some days longer, so a term of those districts should give its end (fixed_end). Unverified (press).",
            ),
        },
        Wahlperiode {
            elected_on: d(2011, 2, 20),
            starts_on: None,
            ends_on: d(2014, 6, 13),
            source: text(
                "http://www.klamm.de/news/stichwort-bezirksversammlung-11N28828438.html ; https://taz.de/!348311",
            ),
            note: text(
                "Elected on 20 Feb 2011 with the Bürgerschaft (dpa: „Neben der Bürgerschaft werden auch die sieben Hamburger Bezirksversammlungen neu gewählt … alle vier Jahre … gleichzeitig mit dem Landesparlament“); the next election was decoupled and held with the European election of 25 May 2014 (taz), so this Wahlperiode was shortened: dbpedia/Wikipedia give „eine verkürzte Wahlperiode bis zum 13. Juni 2014“ (a paraphrase, not read in the statute). It began with each assembly's first meeting in March 2011 (not recorded). Unverified.",
            ),
        },
    ]),
    end: CouncilTermEnd::AfterYears,
    regular_elections: Cow::Borrowed(&[
        d(2008, 2, 24),
        d(2011, 2, 20),
        d(2014, 5, 25),
        d(2019, 5, 26),
        d(2024, 6, 9),
    ]),
    elections_source: text(
        "24 Feb 2008: Statistisches Amt für Hamburg und Schleswig-Holstein, „Wahlen zur Bürgerschaft und zu den Bezirksversammlungen am 24. Februar 2008“ (docplayer.org copy); 20 Feb 2011: dpa (klamm.de, 20.02.2011); 25 May 2014: taz.de (\"Erstmals finden die Wahlen zu den Bezirksversammlungen mit der Europawahl statt\"); \
         26 May 2019: abendblatt.de (\"Am 26. Mai wird gewählt\"); 9 Jun 2024: ndr.de (first meetings after the \
         Bezirkswahlen, July 2024) with the European election of that day",
    ),
};
