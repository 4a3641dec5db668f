//! The built-in regimes: the Länder law as values.
//!
//! Every rule cites its provision and the source it was read from
//! (`../shared/domain/FACTS.md` in the project's working material). Where the
//! sources do not give an Absatz or Satz, the citation leaves it out. Rules
//! the sources do not back firmly are [`Certainty::Unverified`]: they are
//! listed, and breaking them yields a note, never a violation.

use std::borrow::Cow;


use super::{Certainty, Constraint, Duty, Governance, Modality, Regime, Rule, ratio, text};
use crate::body::BodyType;
use crate::citation::{Citation, LegalBasisKind, Validity};
use crate::composition::{ChairMethod, MemberAttribute, SeatClass, SeatSelector};
use crate::land::{Land, Level};

use Certainty::{Unverified, Verified};

const ELECTED: SeatSelector = SeatSelector::of(&[SeatClass::DirectlyElected]);
const APPOINTED: SeatSelector = SeatSelector::of(&[SeatClass::Appointed]);
const ALL: SeatSelector = SeatSelector::of(&[SeatClass::Any]);
const LOCAL_BASES: Cow<'static, [LegalBasisKind]> =
    Cow::Borrowed(&[LegalBasisKind::Satzung, LegalBasisKind::CouncilResolution]);
const FROM_MIDST: Cow<'static, [ChairMethod]> = Cow::Borrowed(&[ChairMethod::ElectedFromMembers]);

// ---------------------------------------------------------------- NRW ----

use super::reforms::*;

const GO_NRW_27: Citation = Citation::section("GO NRW", "27");
const GO_NRW_27_2009: Citation = GO_NRW_27.version(super::reforms::NW_2009_VERSION);
const SRC_NW_DUISBURG: &str =
    "https://duisburg.de/rathaus/rathausundpolitik/ratgremien/integrationsrat/rechtsgrundlagen.php";
const SRC_NW_LIR: &str = "https://landesintegrationsrat.nrw/beschluss-der-mitgliederversammlung-zum-umgang-mit-dem-novellierten-%c2%a7-27-go-nrw-in-der-kommune";
const SRC_NW_2013: &str = "https://umwelt-online.de/recht/allgemei/laender/nrw/z13_0878.htm";
const GO_NRW_58_3: &[Citation] = &[Citation::section("GO NRW", "58").paragraph(3)];
const SRC_NW_VELBERT: &str = "https://www.velbert.de/politik/wahlen/wahl-abc/wahlperiode/";
const NOTE_NW_2013_DATE: &str = "Start: the 2013 law was promulgated in GV. NRW. Nr. 45 of 30.12.2013 (S. 878); its \
    in-force article was not read, and a law cannot apply before promulgation, so the rule starts on 31.12.2013, \
    the earliest possible day (legal audit, S2).";

/// NRW § 27 Abs. 2 S. 3: bodies formed on request or voluntarily (Abs. 1 S. 2
/// and 3) may be elected later than the council.
const LATER_ELECTION_ALLOWED: Cow<'static, [Duty]> =
    Cow::Borrowed(&[Duty::MustOnRequest, Duty::May]);
/// § 27 Abs. 1 S. 5 compares seats by how they are filled: the members to be
/// elected under Abs. 2 S. 1 against the council members the council
/// appoints under Abs. 2 S. 4. A directly elected seat held by a councillor
/// stays an elected seat.
const NW_APPOINTED_COUNCILLORS: SeatSelector = SeatSelector::of(&[SeatClass::CouncilDelegated]);

const NW_COUNCIL_RULES: &[Rule] = &[
    Rule {
        id: text("nw.integration_council.elected_majority"),
        citation: GO_NRW_27.paragraph(1).sentence(5),
        validity: Validity::since(NW_2013),
        certainty: Verified,
        statement_de: text(
            "„Die Zahl der nach Absatz 2 Satz 1 zu wählenden Mitglieder muss die Zahl der nach Absatz 2 Satz 4 zu bestellenden Ratsmitglieder übersteigen.“",
        ),
        statement_en: text(
            "The members to be elected under Abs. 2 S. 1 must outnumber the council members to be appointed under Abs. 2 S. 4",
        ),
        constraint: Constraint::Outnumber {
            majority: ELECTED,
            minority: NW_APPOINTED_COUNCILLORS,
        },
        source: text(SRC_NW_DUISBURG),
        note: text(
            "Seats are compared by how they are filled (legal audit, C1): a directly elected seat held by a \
           councillor counts as elected, and elected seats left unfilled count as seats to be elected. \
           Start as for every rule of the 2013 law: 31.12.2013, the day after promulgation.",
        ),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("nw.integration_council.composition"),
        citation: GO_NRW_27.paragraph(1).sentence(4),
        validity: Validity::since(NW_2013),
        certainty: Verified,
        statement_de: text(
            "Der Integrationsrat wird aus den direkt gewählten Mitgliedern und den Ratsmitgliedern gebildet, die der Rat aus seiner Mitte bestellt (§ 27 Abs. 1 S. 4, Abs. 2 S. 4 GO NRW).",
        ),
        statement_en: text(
            "An Integrationsrat is formed of the directly elected members and the council members the council appoints from its midst (§ 27 Abs. 1 S. 4, Abs. 2 S. 4 GO NRW)",
        ),
        constraint: Constraint::OnlyGroups {
            allowed: SeatSelector::of(&[SeatClass::DirectlyElected, SeatClass::CouncilDelegated]),
        },
        source: text("https://politik-bei-uns.de/file/5c4a22892c66dc3b52d6542f"),
        note: text(
            "That no further (advisory) members may be added is the reading of the Krefeld administration \
           (§ 27 names only these two kinds of member); no court decision was found.",
        ),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("nw.integration_council.chair"),
        citation: GO_NRW_27.paragraph(7),
        validity: Validity::since(NW_2013),
        certainty: Verified,
        statement_de: text("Der Integrationsrat wählt seinen Vorsitzenden aus seiner Mitte."),
        statement_en: text("The Integrationsrat elects its chair from its midst"),
        constraint: Constraint::Chair {
            allowed: FROM_MIDST,
        },
        source: text(
            "https://duesseldorf.de/stadtrecht/5/54-migration-und-integration/54301-geschaeftsordnung-des-integrationsrates-der-landeshauptstadt-duesseldorf",
        ),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("nw.integration_council.deputies"),
        citation: GO_NRW_27.paragraph(7),
        validity: Validity::since(NW_2013),
        certainty: Verified,
        statement_de: text(
            "Der Integrationsrat wählt die Stellvertreter des Vorsitzenden aus seiner Mitte.",
        ),
        statement_en: text("The Integrationsrat elects the deputy chairs from its midst"),
        constraint: Constraint::Deputies {
            allowed: FROM_MIDST,
        },
        source: text("https://www.luedenscheid.de/buerger/integration/117120100000031553.php"),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("nw.integration_council.term"),
        citation: GO_NRW_27.paragraph(2).sentence(1),
        validity: Validity::since(NW_2013),
        certainty: Verified,
        statement_de: text(
            "Die Mitglieder werden für die Dauer der Wahlperiode des Rates gewählt.",
        ),
        statement_en: text("The members are elected for the council's Wahlperiode"),
        constraint: Constraint::TermFollowsCouncil {},
        source: text(SRC_NW_DUISBURG),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("nw.integration_council.continuation"),
        citation: GO_NRW_27.paragraph(2).sentence(6),
        validity: Validity::since(NW_2013),
        certainty: Verified,
        statement_de: text(
            "Nach Ablauf der Wahlperiode üben die bisherigen Mitglieder ihre Tätigkeit bis zum Zusammentritt des neu gewählten Integrationsrates weiter aus.",
        ),
        statement_en: text(
            "After the Wahlperiode the members stay in office until the newly elected Integrationsrat first meets",
        ),
        constraint: Constraint::TermContinuesUntilSuccessorMeets {},
        source: text(SRC_NW_DUISBURG),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("nw.integration_council.election_day"),
        citation: GO_NRW_27.paragraph(2).sentence(3),
        validity: Validity::since(NW_2013),
        certainty: Verified,
        statement_de: text(
            "Die Wahl findet am Tag der Kommunalwahl statt; in den Fällen des Absatzes 1 Satz 2 und 3 (Bildung auf Antrag oder freiwillig) ist auch eine spätere Wahl zulässig.",
        ),
        statement_en: text(
            "The election is held on the day of the municipal election; for bodies formed under Abs. 1 S. 2 and 3 (on request or voluntarily) a later election is allowed",
        ),
        constraint: Constraint::ElectedWithCouncil {
            except: LATER_ELECTION_ALLOWED,
        },
        source: text(SRC_NW_DUISBURG),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("nw.integration_council_2009.term"),
        citation: GO_NRW_27_2009.paragraph(2),
        validity: Validity::between(NW_2009, NW_2013),
        certainty: Unverified,
        statement_de: text(
            "Fassung 2009: Die Mitglieder werden für die Dauer der Wahlzeit des Rates gewählt; die Wahl findet spätestens innerhalb von acht Wochen nach der Wahl des Rates statt.",
        ),
        statement_en: text(
            "2009 version: the members are elected for the council's Wahlzeit; the election takes place at the latest within eight weeks after the council election",
        ),
        constraint: Constraint::TermFollowsCouncil {},
        source: text(SRC_NW_VELBERT),
        note: text(
            "Read on an undated municipal page that still gives the pre-2013 wording (election within eight \
           weeks of the council election); the statute text of the 2009 version was not read. The 2009 version \
           had no elected-majority rule and no election-day rule: both came with the 2013 law (FACTS 2.10).",
        ),
        ..Rule::DEFAULT
    },
];

const NW_COMMITTEE_RULES: &[Rule] = &[
    Rule {
        id: text("nw.integration_committee_2009.term"),
        citation: GO_NRW_27_2009,
        validity: Validity::between(NW_2009, NW_2013),
        certainty: Unverified,
        statement_de: text(
            "Fassung 2009: Anstelle eines Integrationsrates kann ein beratender Ausschuss entsprechend § 58 GO NRW (Integrationsausschuss) gebildet werden; für seine direkt gewählten Mitglieder gilt die Wahlzeit des Rates.",
        ),
        statement_en: text(
            "2009 version: instead of an Integrationsrat, an advisory committee under § 58 GO NRW (Integrationsausschuss) may be formed; its directly elected members serve for the council's Wahlzeit",
        ),
        constraint: Constraint::TermFollowsCouncil {},
        source: text(SRC_NW_2013),
        note: text(
            "The option itself is read in the old text shown with the 2013 amendment (legal audit, S2); the \
           term of its elected members is inferred from the Integrationsrat rules of that version.",
        ),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("nw.integration_committee.not_permitted_2013_2018"),
        citation: GO_NRW_27.version(super::reforms::NW_2013_VERSION),
        validity: Validity::between(NW_2013, NW_2018),
        certainty: Verified,
        statement_de: text(
            "Von der Reform 2013 bis zur Reform 2018 sah § 27 GO NRW keinen Integrationsausschuss anstelle eines Integrationsrates vor.",
        ),
        statement_en: text(
            "From the 2013 reform until the 2018 reform, § 27 GO NRW provided for no Integrationsausschuss instead of an Integrationsrat",
        ),
        constraint: Constraint::NotPermitted {},
        source: text(SRC_NW_2013),
        note: text(NOTE_NW_2013_DATE),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("nw.integration_committee.elected_majority"),
        citation: GO_NRW_27.paragraph(12).read_with(GO_NRW_58_3),
        validity: Validity::since(NW_2018),
        certainty: Verified,
        statement_de: text(
            "Die Zahl der direkt gewählten Mitglieder muss die Zahl der Ratsmitglieder und der nach § 58 Abs. 3 GO NRW bestellten sachkundigen Bürger übersteigen.",
        ),
        statement_en: text(
            "The directly elected members must outnumber the council members plus the sachkundige Bürger appointed under § 58 Abs. 3 GO NRW",
        ),
        constraint: Constraint::Outnumber {
            majority: ELECTED,
            minority: SeatSelector::of(&[SeatClass::CouncilDelegated, SeatClass::Appointed]),
        },
        source: text(SRC_NW_LIR),
        note: text(
            "As for the Integrationsrat, seats are compared by how they are filled; a directly elected seat held \
           by a councillor counts as elected.",
        ),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("nw.integration_committee.composition"),
        citation: GO_NRW_27.paragraph(12),
        validity: Validity::since(NW_2018),
        certainty: Verified,
        statement_de: text(
            "Der Integrationsausschuss besteht aus direkt gewählten Mitgliedern, Ratsmitgliedern und sachkundigen Bürgern (§ 58 Abs. 3 GO NRW).",
        ),
        statement_en: text(
            "An Integrationsausschuss consists of directly elected members, council members and sachkundige Bürger (§ 58 Abs. 3 GO NRW)",
        ),
        constraint: Constraint::OnlyGroups {
            allowed: SeatSelector::of(&[
                SeatClass::DirectlyElected,
                SeatClass::CouncilDelegated,
                SeatClass::Appointed,
            ]),
        },
        source: text(SRC_NW_LIR),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("nw.integration_committee.term"),
        citation: GO_NRW_27.paragraph(12),
        validity: Validity::since(NW_2018),
        certainty: Verified,
        statement_de: text(
            "Die Vorschriften über den Integrationsrat gelten entsprechend: Die Mitglieder werden für die Wahlperiode des Rates gewählt.",
        ),
        statement_en: text(
            "The Integrationsrat rules apply accordingly: the members are elected for the council's Wahlperiode",
        ),
        constraint: Constraint::TermFollowsCouncil {},
        source: text(SRC_NW_LIR),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("nw.integration_committee.election_day"),
        citation: GO_NRW_27.paragraph(12),
        validity: Validity::since(NW_2018),
        certainty: Verified,
        statement_de: text(
            "Die Vorschriften über den Integrationsrat gelten entsprechend: Die Wahl findet am Tag der Kommunalwahl statt; in den Fällen des § 27 Abs. 1 S. 2 und 3 GO NRW ist auch eine spätere Wahl zulässig.",
        ),
        statement_en: text(
            "The Integrationsrat rules apply accordingly: election on the day of the municipal election, except for bodies formed under § 27 Abs. 1 S. 2 and 3 GO NRW (on request or voluntarily)",
        ),
        constraint: Constraint::ElectedWithCouncil {
            except: LATER_ELECTION_ALLOWED,
        },
        source: text(SRC_NW_LIR),
        ..Rule::DEFAULT
    },
];

// ------------------------------------------------------------- Hessen ----

const SRC_HE_87: &str = "https://haufe.de/oeffentlicher-dienst/tvoed-office-professional/gemeindeordnung-hessen-87-wahl-des-vorsitzenden-geschaeftsgang_idesk_PI13994_HI1317699.html";
const SRC_HE_89: &str = "https://www.haufe.de/oeffentlicher-dienst/tvoed-office-professional/gemeindeordnung-hessen-89-integrations-kommission_idesk_PI13994_HI13858224.html";

const fn he_chair(id: &'static str) -> Rule {
    Rule {
        id: text(id),
        citation: Citation::section("HGO", "87").paragraph(1),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement_de: text(
            "Der Ausländerbeirat wählt in seiner ersten Sitzung aus seiner Mitte einen Vorsitzenden.",
        ),
        statement_en: text(
            "The Ausländerbeirat elects its chair from its midst at its first meeting",
        ),
        constraint: Constraint::Chair {
            allowed: FROM_MIDST,
        },
        source: text(SRC_HE_87),
        ..Rule::DEFAULT
    }
}

const fn he_deputies(id: &'static str) -> Rule {
    Rule {
        id: text(id),
        citation: Citation::section("HGO", "87").paragraph(1),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement_de: text(
            "Der Ausländerbeirat wählt aus seiner Mitte einen oder mehrere Stellvertreter.",
        ),
        statement_en: text("The Ausländerbeirat elects one or more deputy chairs from its midst"),
        constraint: Constraint::Deputies {
            allowed: FROM_MIDST,
        },
        source: text(SRC_HE_87),
        ..Rule::DEFAULT
    }
}

const HE_BOARD_RULES: &[Rule] = &[
    Rule {
        id: text("he.foreign_residents_board.size"),
        citation: Citation::section("HGO", "85"),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement_de: text(
            "Der Ausländerbeirat hat mindestens 3 und höchstens 37 Mitglieder; die Zahl bestimmt die Hauptsatzung.",
        ),
        statement_en: text(
            "An Ausländerbeirat has at least 3 and at most 37 members, the number fixed in the Hauptsatzung",
        ),
        constraint: Constraint::Seats {
            of: ALL,
            min: Some(3),
            max: Some(37),
        },
        source: text(
            "http://www.agah-hessen.de/wahl2015/infos-fuer-kandidat-innen/zahl-der-mitglieder/",
        ),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("he.foreign_residents_board.elected"),
        citation: Citation::section("HGO", "86"),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement_de: text(
            "Die Mitglieder des Ausländerbeirats werden von den ausländischen Einwohnern gewählt.",
        ),
        statement_en: text(
            "The members of an Ausländerbeirat are elected by the foreign residents",
        ),
        constraint: Constraint::OnlyGroups { allowed: ELECTED },
        source: text(
            "https://wahlen.hessen.de/kommunalwahlen/allgemeine-kommunalwahlen/auslaenderbeiratswahlen",
        ),
        ..Rule::DEFAULT
    },
    he_chair("he.foreign_residents_board.chair"),
    he_deputies("he.foreign_residents_board.deputies"),
    Rule {
        id: text("he.foreign_residents_board_2001.size"),
        citation: Citation::section("HGO", "85"),
        validity: Validity::between(HE_2001, HE_2020),
        certainty: Unverified,
        statement_de: text(
            "Vor der Reform 2020: Der Ausländerbeirat hat mindestens 3 und höchstens 37 Mitglieder; die Zahl bestimmt die Hauptsatzung.",
        ),
        statement_en: text(
            "Before the 2020 reform: an Ausländerbeirat has at least 3 and at most 37 members, the number fixed in the Hauptsatzung",
        ),
        constraint: Constraint::Seats {
            of: ALL,
            min: Some(3),
            max: Some(37),
        },
        source: text(
            "http://www.agah-hessen.de/wahl2015/infos-fuer-kandidat-innen/zahl-der-mitglieder/",
        ),
        note: text(
            "The range 3–37 is confirmed for the 2015 election (agah 2015); that it held unchanged since 2001 is not \
           confirmed, so the rule is unverified before the 2020 reform.",
        ),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("he.foreign_residents_board_2001.elected"),
        citation: Citation::section("HGO", "86"),
        validity: Validity::between(HE_2001, HE_2020),
        certainty: Unverified,
        statement_de: text(
            "Vor der Reform 2020: Die Mitglieder des Ausländerbeirats werden von den ausländischen Einwohnern gewählt.",
        ),
        statement_en: text(
            "Before the 2020 reform: the members of an Ausländerbeirat are elected by the foreign residents",
        ),
        constraint: Constraint::OnlyGroups { allowed: ELECTED },
        source: text(
            "http://www.agah-hessen.de/wahl2015/infos-fuer-waehler-innen/wer-kann-waehlen/",
        ),
        note: text(
            "Direct election by the foreign residents is described for the 2015 election (agah 2015); the pre-2020 \
           statute text was not read.",
        ),
        ..Rule::DEFAULT
    },
];

const HE_COUNTY_BOARD_RULES: &[Rule] = &[
    he_chair("he.county_foreign_residents_board.chair"),
    he_deputies("he.county_foreign_residents_board.deputies"),
];

const HE_COMMISSION_RULES: &[Rule] = &[
    Rule {
        id: text("he.integration_commission.expert_share"),
        citation: Citation::section("HGO", "89").paragraph(1).sentence(2),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement_de: text(
            "Mindestens die Hälfte der Mitglieder sind sachkundige Einwohner, die die Gemeindevertretung auf Vorschlag der Interessenvertretungen der Migranten wählt.",
        ),
        statement_en: text(
            "At least half of the members are sachkundige Einwohner elected by the Gemeindevertretung on proposals of migrant interest groups",
        ),
        constraint: Constraint::Share {
            part: APPOINTED,
            of: ALL,
            min: Some(ratio(1, 2)),
            max: None,
        },
        source: text(SRC_HE_89),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("he.integration_commission.women_half"),
        citation: Citation::section("HGO", "89").paragraph(1).sentence(5),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement_de: text("Die Hälfte der gewählten sachkundigen Einwohner sollen Frauen sein."),
        statement_en: text("Half of the sachkundige Einwohner elected should be women"),
        constraint: Constraint::MembersWith {
            of: APPOINTED,
            attribute: MemberAttribute::Woman,
            min: ratio(1, 2),
            more_than: false,
        },
        source: text(SRC_HE_89),
        modality: Modality::Should,
        note: text(
            "A \"soll\" rule (§ 89 Abs. 1 S. 5 HGO, legal audit S10): breaking it is a warning. Checked only where \
           the document counts the women among the sachkundige Einwohner.",
        ),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("he.integration_commission.co_chairs"),
        citation: Citation::section("HGO", "89").paragraph(2),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement_de: text(
            "Den Vorsitz führen der Bürgermeister und ein von den sachkundigen Einwohnern gewählter Co-Vorsitzender.",
        ),
        statement_en: text(
            "The Bürgermeister and a co-chair elected by the sachkundige Einwohner chair the commission",
        ),
        constraint: Constraint::Chair {
            allowed: Cow::Borrowed(&[ChairMethod::CoChairs]),
        },
        source: text(SRC_HE_89),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("he.integration_commission.meetings"),
        citation: Citation::section("HGO", "89").paragraph(4),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement_de: text(
            "Die Integrations-Kommission tritt mindestens viermal im Jahr zusammen.",
        ),
        statement_en: text("The Integrations-Kommission meets at least four times a year"),
        constraint: Constraint::MeetingsPerYear { count: 4 },
        source: text(SRC_HE_89),
        ..Rule::DEFAULT
    },
];

// --------------------------------------------------- Rheinland-Pfalz ----

const SRC_RP_KA: &str =
    "https://kleineanfragen.de/rheinland-pfalz/16/2841-beiraete-fuer-migration-und-integration.txt";
const SRC_RP_MIN: &str = "https://wayback.edoweb-rlp.de/weltweit/20241029mp_/https:/mffjiv.rlp.de/de/themen/integration/integrationspolitik-in-rheinland-pfalz/gremien/kommunale-beiraete-fuer-migration-und-integration";

const fn rp_rules(prefix: Prefix, law: &'static str, number: &'static str) -> [Rule; 3] {
    [
        Rule {
            id: text(prefix.elected),
            citation: Citation::section(law, number).paragraph(2).sentence(1),
            validity: Validity::since(RP_2009),
            certainty: Verified,
            statement_de: text(
                "Der Beirat hat Mitglieder, die in allgemeiner, gleicher, geheimer, unmittelbarer und freier Wahl gewählt werden.",
            ),
            statement_en: text(
                "The Beirat has members elected in a general, equal, secret, direct and free election",
            ),
            constraint: Constraint::Seats {
                of: ELECTED,
                min: Some(1),
                max: None,
            },
            source: text(SRC_RP_KA),
            ..Rule::DEFAULT
        },
        Rule {
            id: text(prefix.term),
            citation: Citation::section(law, number).paragraph(2),
            validity: Validity::since(RP_2009),
            certainty: Verified,
            statement_de: text("Die Mitglieder werden für die Dauer von fünf Jahren gewählt."),
            statement_en: text("The members are elected for five years"),
            constraint: Constraint::TermYears { years: 5 },
            source: text("https://umwelt-online.de/recht/allgemei/laender/rp/z08_0294.htm"),
            ..Rule::DEFAULT
        },
        Rule {
            id: text(prefix.appointed_third),
            citation: Citation::section(law, number),
            validity: Validity::since(RP_2009),
            certainty: Unverified,
            statement_de: text(
                "Berufene Mitglieder dürfen höchstens ein Drittel der Mitglieder ausmachen (Drittelregelung der Satzungen; ob das Gesetz selbst sie enthält, ist nicht bestätigt).",
            ),
            statement_en: text(
                "Appointed members may make up at most one third of the members (the Satzungen's rule; whether the statute itself caps them is not confirmed)",
            ),
            constraint: Constraint::Share {
                part: APPOINTED,
                of: ALL,
                min: None,
                max: Some(ratio(1, 3)),
            },
            source: text(SRC_RP_MIN),
            ..Rule::DEFAULT
        },
    ]
}

struct Prefix {
    elected: &'static str,
    term: &'static str,
    appointed_third: &'static str,
}

const RP_MUNICIPAL_RULES: &[Rule] = &rp_rules(
    Prefix {
        elected: "rp.migration_board.elected",
        term: "rp.migration_board.term",
        appointed_third: "rp.migration_board.appointed_third",
    },
    "GemO RLP",
    "56",
);
const RP_COUNTY_RULES: &[Rule] = &rp_rules(
    Prefix {
        elected: "rp.county_migration_board.elected",
        term: "rp.county_migration_board.term",
        appointed_third: "rp.county_migration_board.appointed_third",
    },
    "LKO",
    "49a",
);

// ------------------------------------------- Länder with local law only ----

const LOCAL_ONLY_DE: &str =
    "Kein Landesgesetz regelt das Gremium; es beruht auf einer Satzung oder einem Beschluss des Rates.";
const LOCAL_ONLY_EN: &str =
    "No Land statute governs the body; it rests on a Satzung or a council resolution";

const SRC_BY: &str = "http://www.handbuch.agaby.de/index.php?id=3";
const BY_MUNICIPAL_RULES: &[Rule] = &[Rule {
    id: text("by.local_board.legal_basis"),
    citation: Citation::article("BayGO", "23"),
    validity: Validity::since(BY_FROM),
    certainty: Verified,
    statement_de: text(LOCAL_ONLY_DE),
    statement_en: text(LOCAL_ONLY_EN),
    constraint: Constraint::LegalBasis {
        allowed: LOCAL_BASES,
    },
    source: text(SRC_BY),
    ..Rule::DEFAULT
}];
/// Art. 17 BayLKrO ("Kreisrecht") is the Landkreis's power to make
/// Satzungen; Art. 40, which the AGABY handbook names, sits in the section
/// "Geschäftsgang" (legal audit, S16).
const NOTE_BY_COUNTY: &str = "Basis Art. 17 BayLKrO (Kreisrecht), read in the table of contents of the BayLKrO \
    (anwalt24, Stand 22.12.2015); the AGABY handbook's Art. 40 LKrO sits in the section on Geschäftsgang.";
const BY_COUNTY_RULES: &[Rule] = &[Rule {
    id: text("by.county_local_board.legal_basis"),
    citation: Citation::article("BayLKrO", "17"),
    validity: Validity::since(BY_FROM),
    certainty: Verified,
    statement_de: text(LOCAL_ONLY_DE),
    statement_en: text(LOCAL_ONLY_EN),
    constraint: Constraint::LegalBasis {
        allowed: LOCAL_BASES,
    },
    source: text(
        "http://www.anwalt24.de/rund-ums-recht/Landkreisordnung_fuer_den_Freistaat_Bayern_Landkreisordnung_-d145125,1.html",
    ),
    note: text(NOTE_BY_COUNTY),
    ..Rule::DEFAULT
}];

const BW_RULES: &[Rule] = &[Rule {
    id: text("bw.local_board.legal_basis"),
    citation: Citation::section("GemO BW", "4").paragraph(1),
    validity: Validity::since(BW_FROM),
    certainty: Verified,
    statement_de: text(LOCAL_ONLY_DE),
    statement_en: text(LOCAL_ONLY_EN),
    constraint: Constraint::LegalBasis {
        allowed: LOCAL_BASES,
    },
    source: text(
        "https://www.laka-bw.de/der-laka-fordert-landesweite-institutionalisierung-von-kommunalen-migrantenvertretungen-in-der-gemeindeordnung/",
    ),
    ..Rule::DEFAULT
}];

const SN_RULES: &[Rule] = &[Rule {
    id: text("sn.local_board.legal_basis"),
    citation: Citation::section("SächsGemO", "47"),
    validity: Validity::since(SN_FROM),
    certainty: Verified,
    statement_de: text("Sonstige Beiräte werden durch die Hauptsatzung gebildet."),
    statement_en: text("Sonstige Beiräte are formed by the Hauptsatzung"),
    constraint: Constraint::LegalBasis {
        allowed: Cow::Borrowed(&[LegalBasisKind::Satzung]),
    },
    source: text(
        "https://kleineanfragen.de/sachsen/6/17908-rechtstellung-von-nach-hauptsatzungen-von-gemeinden-im-freistaat-sachsen-gebildeten-beiraeten.txt",
    ),
    ..Rule::DEFAULT
}];

// ------------------------------------------------------------- Berlin ----

const SRC_BE_32: &str =
    "https://bezirksverwaltungsrecht.berlin/kommentar-zum-bezirksverwaltungsgesetz/32-anlage";
const BE_COMMITTEE_RULES: &[Rule] = &[
    Rule {
        id: text("be.participation_committee.district_councillors"),
        citation: Citation::section("BezVG", "32")
            .paragraph(2)
            .sentence(1)
            .item(1),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text("Dem Ausschuss gehören 9 Bezirksverordnete an."),
        statement_en: text("The committee has 9 Bezirksverordnete"),
        constraint: Constraint::Seats {
            of: SeatSelector::of(&[SeatClass::CouncilDelegated]),
            min: Some(9),
            max: Some(9),
        },
        source: text(SRC_BE_32),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("be.participation_committee.citizen_deputies"),
        citation: Citation::section("BezVG", "32")
            .paragraph(2)
            .sentence(1)
            .item(2),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text(
            "Dem Ausschuss gehören 6 Bürgerdeputierte an, die die Bezirksverordnetenversammlung wählt.",
        ),
        statement_en: text("The committee has 6 Bürgerdeputierte elected by the district assembly"),
        constraint: Constraint::Seats {
            of: APPOINTED,
            min: Some(6),
            max: Some(6),
        },
        source: text(SRC_BE_32),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("be.participation_committee.composition"),
        citation: Citation::section("BezVG", "32").paragraph(2),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text("Der Ausschuss besteht aus Bezirksverordneten und Bürgerdeputierten."),
        statement_en: text("The committee consists of Bezirksverordnete and Bürgerdeputierte"),
        constraint: Constraint::OnlyGroups {
            allowed: SeatSelector::of(&[SeatClass::CouncilDelegated, SeatClass::Appointed]),
        },
        source: text(SRC_BE_32),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("be.participation_committee.migration_history"),
        citation: Citation::section("BezVG", "32").paragraph(2),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text(
            "Die Mehrheit der Bürgerdeputierten soll eine Migrationsgeschichte haben.",
        ),
        statement_en: text("Most of the Bürgerdeputierte should have a migration history"),
        constraint: Constraint::MembersWith {
            of: APPOINTED,
            attribute: MemberAttribute::MigrationHistory,
            min: ratio(1, 2),
            more_than: true,
        },
        source: text(SRC_BE_32),
        modality: Modality::Should,
        note: text(
            "A \"soll\" rule: breaking it is a warning. The Satz of § 32 Abs. 2 that holds it was not numbered in \
           the stored text. Checked only where the document counts the members with a migration history.",
        ),
        ..Rule::DEFAULT
    },
];

// ------------------------------------------------- more Länder (local) ----
//
// Where a source gives only the year a provision or body began, the crate
// records coverage from 1 January of the following year: the first day it is
// sure of. Where it gives a month, from the first day of the next month.

const SATZUNG_ONLY: Cow<'static, [LegalBasisKind]> = Cow::Borrowed(&[LegalBasisKind::Satzung]);
const BY_AUTHORITY: Cow<'static, [LegalBasisKind]> = Cow::Borrowed(&[
    LegalBasisKind::AdministrativeDecision,
    LegalBasisKind::CouncilResolution,
]);

const HAUPTSATZUNG_DE: &str = "Das Gremium wird durch die Hauptsatzung (eine Satzung) gebildet.";
const HAUPTSATZUNG_EN: &str = "The body is formed by the Hauptsatzung (a Satzung)";

const SN_COUNTY_RULES: &[Rule] = &[Rule {
    id: text("sn.county_local_board.legal_basis"),
    citation: Citation::section("SächsLKrO", "43")
        .paragraph(1)
        .sentence(1),
    validity: Validity::since(SN_COUNTY_FROM),
    certainty: Verified,
    statement_de: text("Beiräte des Landkreises beruhen auf einer Satzung des Kreistages."),
    statement_en: text("County Beiräte rest on a Satzung of the Kreistag"),
    constraint: Constraint::LegalBasis {
        allowed: SATZUNG_ONLY,
    },
    source: text("https://bverwg.de/291122U8CN1.22.0"),
    ..Rule::DEFAULT
}];

const BB_RULES: &[Rule] = &[
    Rule {
        id: text("bb.local_board.legal_basis_2007"),
        citation: Citation::section("BbgKVerf", "19")
            .paragraph(1)
            .version("i. d. F. vom 18.12.2007"),
        validity: Validity::between(BB_FROM, BB_2024),
        certainty: Verified,
        statement_de: text(
            "Die Gemeinde kann in der Hauptsatzung einen Beirat für die Integration der Einwohner ohne deutsche Staatsangehörigkeit vorsehen.",
        ),
        statement_en: text(
            "The municipality may provide in its Hauptsatzung for a Beirat for the integration of residents without German nationality",
        ),
        constraint: Constraint::LegalBasis {
            allowed: SATZUNG_ONLY,
        },
        source: text(
            "https://wiki.piratenbrandenburg.de/index.php?mobileaction=toggle_view_mobile&title=Spezial%3AMobiler_Unterschied%2F89357",
        ),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("bb.local_board.legal_basis_2024"),
        citation: Citation::section("BbgKVerf", "17")
            .version("i. d. F. des Gesetzes vom 5.3.2024 (GVBl. I Nr. 10)"),
        validity: Validity::since(BB_2024),
        certainty: Verified,
        statement_de: text(
            "Die Hauptsatzung kann Beiräte für Personengruppen vorsehen und regelt Name, Mitgliederzahl, Voraussetzungen und Wahl oder Benennung.",
        ),
        statement_en: text(
            "The Hauptsatzung may provide for Beiräte of groups of residents and fixes their name, size, membership requirements and election or naming",
        ),
        constraint: Constraint::LegalBasis {
            allowed: SATZUNG_ONLY,
        },
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/browse/document/745f0b67-88ee-39c2-a600-58675ceccfb0",
        ),
        ..Rule::DEFAULT
    },
];

const MV_RULES: &[Rule] = &[Rule {
    id: text("mv.local_board.legal_basis"),
    citation: Citation::whole("InTG M-V"),
    validity: Validity::since(MV_FROM),
    certainty: Unverified,
    statement_de: text(
        "Ein Migrations- und Integrationsbeirat wird in der Hauptsatzung verankert (so Schwerin); die Regelung des InTG M-V wurde nicht gelesen.",
    ),
    statement_en: text(
        "A Migrations- und Integrationsbeirat is anchored in the Hauptsatzung (as in Schwerin); the InTG M-V provision was not read",
    ),
    constraint: Constraint::LegalBasis {
        allowed: SATZUNG_ONLY,
    },
    source: text(
        "https://www.ndr.de/nachrichten/mecklenburg-vorpommern/westmecklenburg/Schwerin-Einrichtung-eines-Integrationsbeirats-verschoben,mvregioschwerin484.html",
    ),
    ..Rule::DEFAULT
}];

const NI_RULES: &[Rule] = &[Rule {
    id: text("ni.local_board.legal_basis"),
    citation: Citation::section("NKomVG", "71").paragraph(6),
    validity: Validity::since(NI_FROM),
    certainty: Unverified,
    statement_de: text(
        "Kein Gesetz verpflichtet zur Bildung; der Rat bildet das Gremium durch Beschluss oder Satzung (Rechtsgrundlage § 71 Abs. 6 NKomVG nicht bestätigt).",
    ),
    statement_en: text(
        "No statute obliges municipalities; the council forms the body by resolution or Satzung (the basis § 71 Abs. 6 NKomVG is not confirmed)",
    ),
    constraint: Constraint::LegalBasis {
        allowed: LOCAL_BASES,
    },
    source: text("https://ratsinfo.grossenkneten.de/bi/vo0050.asp?__kvonr=6780"),
    ..Rule::DEFAULT
}];

const ST_RULES: &[Rule] = &[Rule {
    id: text("st.local_board.legal_basis"),
    citation: Citation::section("KVG LSA", "80"),
    validity: Validity::since(ST_FROM),
    certainty: Unverified,
    statement_de: text(
        "Beiräte für gesellschaftliche Gruppen beruhen auf einer Satzung oder einem Ratsbeschluss (Inhalt des § 80 KVG LSA nicht gelesen).",
    ),
    statement_en: text(
        "Beiräte for groups of society rest on a Satzung or council resolution (the content of § 80 KVG LSA was not read)",
    ),
    constraint: Constraint::LegalBasis {
        allowed: LOCAL_BASES,
    },
    source: text("https://die-nachrichten.net/?p=1307109"),
    ..Rule::DEFAULT
}];

const SH_MUNICIPAL_RULES: &[Rule] = &[Rule {
    id: text("sh.local_board.legal_basis"),
    citation: Citation::section("GO SH", "47d"),
    validity: Validity::since(SH_FROM),
    certainty: Verified,
    statement_de: text(
        "Beiräte für gesellschaftlich bedeutsame Gruppen werden durch Satzung gebildet.",
    ),
    statement_en: text("Beiräte for groups of society are formed by Satzung"),
    constraint: Constraint::LegalBasis {
        allowed: SATZUNG_ONLY,
    },
    source: text("https://www.geesthacht.de/index.php?ModID=7&FID=25.4356.1&object=tx%7C25.4356.1"),
    ..Rule::DEFAULT
}];
const SH_COUNTY_RULES: &[Rule] = &[Rule {
    id: text("sh.county_local_board.legal_basis"),
    citation: Citation::section("KrO SH", "42a"),
    validity: Validity::since(SH_FROM),
    certainty: Verified,
    statement_de: text("Beiräte des Kreises werden durch Satzung gebildet."),
    statement_en: text("County Beiräte are formed by Satzung"),
    constraint: Constraint::LegalBasis {
        allowed: SATZUNG_ONLY,
    },
    source: text(
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/53015d4f-52d3-3d04-aae9-f4494189d4e5",
    ),
    ..Rule::DEFAULT
}];

const TH_RULES: &[Rule] = &[Rule {
    id: text("th.local_board.legal_basis"),
    citation: Citation::section("ThürKO", "26").paragraph(1),
    validity: Validity::since(TH_FROM),
    certainty: Unverified,
    statement_de: text(HAUPTSATZUNG_DE),
    statement_en: text(HAUPTSATZUNG_EN),
    constraint: Constraint::LegalBasis {
        allowed: SATZUNG_ONLY,
    },
    source: text("https://kleineanfragen.de/thueringen/6/7210-beiraete-in-thueringer-kommunen.txt"),
    ..Rule::DEFAULT
}];

const HH_STATE_RULES: &[Rule] = &[
    Rule {
        id: text("hh.state_board.legal_basis"),
        citation: Citation::section("VerwBehG", "16"),
        validity: Validity::since(HH_FROM),
        certainty: Verified,
        statement_de: text(
            "Der Integrationsbeirat ist ein Verwaltungsausschuss, den die Sozialbehörde einsetzt.",
        ),
        statement_en: text(
            "The Integrationsbeirat is an administrative committee set up by the Sozialbehörde",
        ),
        constraint: Constraint::LegalBasis {
            allowed: Cow::Borrowed(&[LegalBasisKind::AdministrativeDecision]),
        },
        source: text(
            "https://www.hamburg.de/politik-und-verwaltung/behoerden/sozialbehoerde/wir-ueber-uns/integrationsbeirat-hamburg/arbeitsweise-30380",
        ),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("hh.state_board.chair"),
        citation: Citation::section("VerwBehG", "16"),
        validity: Validity::since(HH_FROM),
        certainty: Verified,
        statement_de: text("Den Vorsitz führt die Leitung der Behörde."),
        statement_en: text("The head of the authority chairs"),
        constraint: Constraint::Chair {
            allowed: Cow::Borrowed(&[ChairMethod::ExOfficio]),
        },
        source: text(
            "https://www.hamburg.de/politik-und-verwaltung/behoerden/sozialbehoerde/wir-ueber-uns/integrationsbeirat-hamburg/arbeitsweise-30380",
        ),
        ..Rule::DEFAULT
    },
];
const HH_DISTRICT_RULES: &[Rule] = &[Rule {
    id: text("hh.district_board.legal_basis"),
    citation: Citation::whole("BezVG HH"),
    validity: Validity::since(HH_DISTRICT_FROM),
    certainty: Unverified,
    statement_de: text(
        "Die Bezirksversammlung beruft den bezirklichen Integrationsbeirat nach jeder Neukonstituierung.",
    ),
    statement_en: text(
        "The district assembly appoints the district Integrationsbeirat after each new constitution",
    ),
    constraint: Constraint::LegalBasis {
        allowed: Cow::Borrowed(&[LegalBasisKind::CouncilResolution]),
    },
    source: text(
        "https://bv-hh.de/hamburg-mitte/documents/neukonstituierung-des-bezirklichen-integrationsbeirats-196719",
    ),
    ..Rule::DEFAULT
}];

const HB_STATE_RULES: &[Rule] = &[Rule {
    id: text("hb.state_board.legal_basis"),
    citation: Citation::whole("Beschluss der Deputation für Soziales vom 16.12.2004"),
    validity: Validity::since(HB_FROM),
    certainty: Verified,
    statement_de: text(
        "Der Rat wird durch Beschluss der Deputation gebildet; seine Mitglieder werden von Institutionen entsandt und von der Deputation benannt.",
    ),
    statement_en: text(
        "The council is formed by decision of the Deputation; institutions delegate its members and the Deputation names them",
    ),
    constraint: Constraint::LegalBasis {
        allowed: BY_AUTHORITY,
    },
    source: text("https://bremer-rat-fuer-integration.de/rat/geschichte/"),
    ..Rule::DEFAULT
}];
const HB_MUNICIPAL_RULES: &[Rule] = &[Rule {
    id: text("hb.local_board.legal_basis"),
    citation: Citation::whole("Beschluss der Stadtverordnetenversammlung Bremerhaven"),
    validity: Validity::since(HB_BREMERHAVEN_FROM),
    certainty: Unverified,
    statement_de: text(
        "Der Migrationsrat beruht auf einem Beschluss der Stadtverordnetenversammlung.",
    ),
    statement_en: text("The Migrationsrat rests on a resolution of the city assembly"),
    constraint: Constraint::LegalBasis {
        allowed: LOCAL_BASES,
    },
    source: text(
        "https://moin-bremerhaven.de/2024/02/13/neuer-migrationsrat-vorsitzender-mircea-ionescu-im-interview",
    ),
    ..Rule::DEFAULT
}];

// ------------------------------------------------------- Saarland ----

const SRC_SL: &str = "https://umwelt-online.de/recht/allgemei/laender/srl/ksvg2.htm";
const KSVG_50: Citation = Citation::section("KSVG", "50");
const KSVG_50_2023: Citation = KSVG_50.version(SL_2023_VERSION);
const KSVG_50_2008: Citation = KSVG_50.version(SL_2008_VERSION);
const SRC_SL_2008: &str = "https://justiz-nrw.wolterskluwer-online.de/browse/document/c75cf519-b5d6-3081-babe-553e99f1d349";
const SRC_SL_MERZIG: &str = "https://www.merzig.de/rathaus-buergerservice/pressemeldungen/satzung-des-integrationsbeirates-der-kreisstadt-merzig/";
const NOTE_SL_2008_DATES: &str = "The sources confirm the year 2008 for this version but not its in-force day, so \
    it is recorded from 1 Jan 2009, when it was surely in force; it ends with the promulgation of the 2023 law \
    on 21 Dec 2023.";
const SL_RULES: &[Rule] = &[
    Rule {
        id: text("sl.integration_board_2008.elected_two_thirds"),
        citation: KSVG_50_2008.paragraph(2),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Verified,
        statement_de: text(
            "Fassung 2008: Zwei Drittel der Mitglieder sind Nichtdeutsche, die von den nichtdeutschen Einwohnerinnen und Einwohnern gewählt werden.",
        ),
        statement_en: text(
            "2008 version: two thirds of the members are non-Germans elected by the non-German residents",
        ),
        constraint: Constraint::Share {
            part: ELECTED,
            of: ALL,
            min: Some(ratio(2, 3)),
            max: Some(ratio(2, 3)),
        },
        source: text(SRC_SL_2008),
        note: text(NOTE_SL_2008_DATES),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("sl.integration_board_2008.council_third"),
        citation: KSVG_50_2008.paragraph(2),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Verified,
        statement_de: text(
            "Fassung 2008: Ein Drittel der Mitglieder sind Mitglieder des Gemeinderates.",
        ),
        statement_en: text("2008 version: one third of the members are members of the council"),
        constraint: Constraint::Share {
            part: SeatSelector::of(&[SeatClass::CouncilDelegated]),
            of: ALL,
            min: Some(ratio(1, 3)),
            max: Some(ratio(1, 3)),
        },
        source: text(SRC_SL_2008),
        note: text(NOTE_SL_2008_DATES),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("sl.integration_board_2008.spokesperson"),
        citation: KSVG_50_2008.paragraph(3),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Verified,
        statement_de: text(
            "Fassung 2008: Der Integrationsbeirat wählt aus seiner Mitte eine Sprecherin oder einen Sprecher und Stellvertretungen.",
        ),
        statement_en: text(
            "2008 version: the Integrationsbeirat elects a spokesperson and deputies from its midst",
        ),
        constraint: Constraint::Chair {
            allowed: FROM_MIDST,
        },
        source: text(SRC_SL_2008),
        note: text(
            "The statutory Sprecher rule of § 50 Abs. 3 (2008) is modelled as the chair; the 2023 text leaves such \
           details to the Satzung (FACTS § 14.8).",
        ),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("sl.integration_board.elected_two_thirds"),
        citation: KSVG_50_2023.paragraph(2),
        validity: Validity::since(SL_2023),
        certainty: Verified,
        statement_de: text(
            "Zwei Drittel der Mitglieder sind gewählte Einwohnerinnen und Einwohner (Nichtdeutsche, Eingebürgerte, Spätaussiedler, Deutsche nach § 4 Abs. 3 S. 1 StAG).",
        ),
        statement_en: text(
            "Two thirds of the members are elected residents (non-Germans, naturalised persons, Spätaussiedler, Germans under § 4 Abs. 3 S. 1 StAG)",
        ),
        constraint: Constraint::Share {
            part: ELECTED,
            of: ALL,
            min: Some(ratio(2, 3)),
            max: Some(ratio(2, 3)),
        },
        source: text(SRC_SL_MERZIG),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("sl.integration_board.council_third"),
        citation: KSVG_50_2023.paragraph(2),
        validity: Validity::since(SL_2023),
        certainty: Verified,
        statement_de: text(
            "Ein Drittel der Mitglieder entsendet der Gemeinderat nach den Regeln für die Besetzung der Ausschüsse.",
        ),
        statement_en: text(
            "One third of the members are sent by the council under the rules for filling committees",
        ),
        constraint: Constraint::Share {
            part: SeatSelector::of(&[SeatClass::CouncilDelegated]),
            of: ALL,
            min: Some(ratio(1, 3)),
            max: Some(ratio(1, 3)),
        },
        source: text(SRC_SL),
        ..Rule::DEFAULT
    },
];

// ------------------------------------------------- Berlin (PartMigG) ----

const SRC_BE_17: &str = "https://www.berlin.de/lb/intmig/themen/partizipationsbeirat/";
const BE_STATE_RULES: &[Rule] = &[
    Rule {
        id: text("be.state_board.chair"),
        citation: Citation::section("PartMigG", "17"),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text("Den Vorsitz führt das für Integration zuständige Mitglied des Senats."),
        statement_en: text("The member of the Senate responsible for integration chairs"),
        constraint: Constraint::Chair {
            allowed: Cow::Borrowed(&[ChairMethod::ExOfficio]),
        },
        source: text(SRC_BE_17),
        ..Rule::DEFAULT
    },
    Rule {
        id: text("be.state_board.women_half"),
        citation: Citation::section("PartMigG", "17"),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text("Mindestens die Hälfte der Mitglieder sollen Frauen sein."),
        statement_en: text("At least half of the members should be women"),
        constraint: Constraint::MembersWith {
            of: ALL,
            attribute: MemberAttribute::Woman,
            min: ratio(1, 2),
            more_than: false,
        },
        source: text("https://berlin.de/lb/intmig/themen/partizipationsbeirat/profile"),
        modality: Modality::Should,
        note: text(
            "A \"soll\" rule (FACTS § 14.7): breaking it is a warning. The Absatz was not read. Checked only where \
           the document counts the women among the members.",
        ),
        ..Rule::DEFAULT
    },
];
const BE_DISTRICT_BOARD_RULES: &[Rule] = &[Rule {
    id: text("be.district_board.legal_basis"),
    citation: Citation::section("PartMigG", "19"),
    validity: Validity::since(BE_2021),
    certainty: Verified,
    statement_de: text(
        "Jeder Bezirk richtet einen Bezirksbeirat für Partizipation und Integration ein.",
    ),
    statement_en: text("Every Bezirk sets up a Bezirksbeirat für Partizipation und Integration"),
    constraint: Constraint::LegalBasis {
        allowed: Cow::Borrowed(&[LegalBasisKind::Statute]),
    },
    source: text("https://www.berlin.de/lb/intmig/partizipation/bezirksbeiraete/"),
    ..Rule::DEFAULT
}];

// ------------------------------------------------------------ regimes ----

const MUNICIPAL: Cow<'static, [Level]> = Cow::Borrowed(&[Level::Municipality]);
const COUNTY: Cow<'static, [Level]> = Cow::Borrowed(&[Level::County]);

pub(super) static REGIMES: &[Regime] = &[
    Regime {
        land: Land::NordrheinWestfalen,
        body_type: BodyType::IntegrationCouncil,
        levels: MUNICIPAL,
        governance: Governance::Statute,
        basis: GO_NRW_27,
        covered: Validity::since(NW_2009),
        rules: Cow::Borrowed(NW_COUNCIL_RULES),
        note: text(
            "Recorded from the 2009 law on (GV. NRW. 2009 S. 380; in force taken as 1 Jul 2009, since the sources give \
         only June 2009): the 2009 version, unverified, and the 2013 version from 31 Dec 2013. The 1994 \
         Ausländerbeirat is not recorded. No rule for Kreise was found, so no Kreis regime exists.",
        ),
    },
    Regime {
        land: Land::NordrheinWestfalen,
        body_type: BodyType::IntegrationCommittee,
        levels: MUNICIPAL,
        governance: Governance::Statute,
        basis: GO_NRW_27.paragraph(12),
        covered: Validity::since(NW_2009),
        rules: Cow::Borrowed(NW_COMMITTEE_RULES),
        note: text(
            "An option instead of an Integrationsrat from the 2009 law; not permitted from 31 Dec 2013 to 28 Dec 2018; \
         § 27 Abs. 12 since 29 Dec 2018. That the chair must be a council member is stated by one administration \
         (Eschweiler) and not checked.",
        ),
    },
    Regime {
        land: Land::Hessen,
        body_type: BodyType::ForeignResidentsAdvisoryBoard,
        levels: MUNICIPAL,
        governance: Governance::Statute,
        basis: Citation::section("HGO", "84"),
        covered: Validity::since(HE_2001),
        rules: Cow::Borrowed(HE_BOARD_RULES),
        note: text(
            "Recorded from 2001: before the 2020 reform the size (3–37) and election rules are unverified (confirmed \
         for the 2015 election only); from 16 May 2020 verified. Not checked: the 5-year term and the election with \
         the Kommunalwahl since 2021 (no Hessen council-term rule is recorded), and the lapse of the Beirat below \
         3 members (§ 86 Abs. 1 S. 3 HGO), which needs a filled-seats constraint.",
        ),
    },
    Regime {
        land: Land::Hessen,
        body_type: BodyType::ForeignResidentsAdvisoryBoard,
        levels: COUNTY,
        governance: Governance::Statute,
        basis: Citation::section("HKO", "4b"),
        covered: Validity::since(HE_2020),
        rules: Cow::Borrowed(HE_COUNTY_BOARD_RULES),
        note: text(
            "A Landkreis may form an Ausländerbeirat; its Hauptsatzung fixes size, term and election (§ 4b Abs. 2 HKO); \
         § 87 HGO applies (§ 4b Abs. 3 HKO).",
        ),
    },
    Regime {
        land: Land::Hessen,
        body_type: BodyType::IntegrationCommission,
        levels: MUNICIPAL,
        governance: Governance::Statute,
        basis: Citation::section("HGO", "89"),
        covered: Validity::since(HE_2020),
        rules: Cow::Borrowed(HE_COMMISSION_RULES),
        note: text(
            "Since 16 May 2020. The meeting rule (at least 4 a year) and the women's quota (\"soll\") are not modelled.",
        ),
    },
    Regime {
        land: Land::RheinlandPfalz,
        body_type: BodyType::MigrationAndIntegrationAdvisoryBoard,
        levels: MUNICIPAL,
        governance: Governance::Statute,
        basis: Citation::section("GemO RLP", "56"),
        covered: Validity::since(RP_2009),
        rules: Cow::Borrowed(RP_MUNICIPAL_RULES),
        note: text(
            "Since 1 Jan 2009. The one-third cap on appointed members is a Satzung rule; whether § 56 itself caps them \
         is not confirmed.",
        ),
    },
    Regime {
        land: Land::RheinlandPfalz,
        body_type: BodyType::MigrationAndIntegrationAdvisoryBoard,
        levels: COUNTY,
        governance: Governance::Statute,
        basis: Citation::section("LKO", "49a"),
        covered: Validity::since(RP_2009),
        rules: Cow::Borrowed(RP_COUNTY_RULES),
        note: text("Since 1 Jan 2009; mirrors § 56 GemO for Landkreise."),
    },
    Regime {
        land: Land::Bayern,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: MUNICIPAL,
        governance: Governance::LocalOnly,
        basis: Citation::article("BayGO", "23"),
        covered: Validity::since(BY_FROM),
        rules: Cow::Borrowed(BY_MUNICIPAL_RULES),
        note: text(
            "No provision in BayGO or BayLKrO: name, size, composition and selection are set locally.",
        ),
    },
    Regime {
        land: Land::Bayern,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: COUNTY,
        governance: Governance::LocalOnly,
        basis: Citation::article("BayLKrO", "17"),
        covered: Validity::since(BY_FROM),
        rules: Cow::Borrowed(BY_COUNTY_RULES),
        note: text(
            "No provision in BayGO or BayLKrO: name, size, composition and selection are set locally.",
        ),
    },
    Regime {
        land: Land::BadenWuerttemberg,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: MUNICIPAL,
        governance: Governance::LocalOnly,
        basis: Citation::section("GemO BW", "4").paragraph(1),
        covered: Validity::since(BW_FROM),
        rules: Cow::Borrowed(BW_RULES),
        note: text(
            "No statutory obligation or composition: a Satzung under § 4 Abs. 1 GemO and/or an advisory committee \
         under § 41 GemO. § 10 PartIntG BW concerns only the state association LAKA.",
        ),
    },
    Regime {
        land: Land::Sachsen,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: MUNICIPAL,
        governance: Governance::LocalOnly,
        basis: Citation::section("SächsGemO", "47"),
        covered: Validity::since(SN_FROM),
        rules: Cow::Borrowed(SN_RULES),
        note: text(
            "Sonstige Beiräte by Hauptsatzung; members are council members and sachkundige Einwohner; purely advisory.",
        ),
    },
    Regime {
        land: Land::Berlin,
        body_type: BodyType::ParticipationCommittee,
        levels: Cow::Borrowed(&[Level::Borough]),
        governance: Governance::Statute,
        basis: Citation::section("BezVG", "32"),
        covered: Validity::since(BE_2021),
        rules: Cow::Borrowed(BE_COMMITTEE_RULES),
        note: text(
            "Covered from the publication of the 2021 law (GVBl. of 15.07.2021); its in-force date was not seen.",
        ),
    },
    Regime {
        land: Land::Sachsen,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: COUNTY,
        governance: Governance::LocalOnly,
        basis: Citation::section("SächsLKrO", "43")
            .paragraph(1)
            .sentence(1),
        covered: Validity::since(SN_COUNTY_FROM),
        rules: Cow::Borrowed(SN_COUNTY_RULES),
        note: text(
            "County Beiräte by Satzung; a Satzung may not limit eligibility to Germans or persons with a secured \
         residence right (BVerwG 8 CN 1.22).",
        ),
    },
    Regime {
        land: Land::Brandenburg,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: MUNICIPAL,
        governance: Governance::LocalOnly,
        basis: Citation::section("BbgKVerf", "17"),
        covered: Validity::since(BB_FROM),
        rules: Cow::Borrowed(BB_RULES),
        note: text(
            "Voluntary; § 19 BbgKVerf (2007) until 8 June 2024, § 17 BbgKVerf (2024) since 9 June 2024. The \
         Hauptsatzung may provide for direct election.",
        ),
    },
    Regime {
        land: Land::MecklenburgVorpommern,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: MUNICIPAL,
        governance: Governance::Statute,
        basis: Citation::whole("InTG M-V"),
        covered: Validity::since(MV_FROM),
        rules: Cow::Borrowed(MV_RULES),
        note: text(
            "The InTG M-V (in force 2 April 2024) has kann/soll rules on municipal Migrations- und \
         Integrationsbeiräte; their paragraph, thresholds and composition rules were not read, so nothing is \
         checked as verified. Earlier law is not recorded.",
        ),
    },
    Regime {
        land: Land::Niedersachsen,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: MUNICIPAL,
        governance: Governance::LocalOnly,
        basis: Citation::section("NKomVG", "71").paragraph(6),
        covered: Validity::since(NI_FROM),
        rules: Cow::Borrowed(NI_RULES),
        note: text(
            "No obligation. Council committees may seat co-opted persons under § 71 Abs. 6 NKomVG (secondary \
         source); the basis of Beiräte is not confirmed.",
        ),
    },
    Regime {
        land: Land::SachsenAnhalt,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: MUNICIPAL,
        governance: Governance::LocalOnly,
        basis: Citation::section("KVG LSA", "80"),
        covered: Validity::since(ST_FROM),
        rules: Cow::Borrowed(ST_RULES),
        note: text(
            "Voluntary; the content of § 80 KVG LSA (since 2018) was seen only in a secondary description.",
        ),
    },
    Regime {
        land: Land::SchleswigHolstein,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: MUNICIPAL,
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
        levels: COUNTY,
        governance: Governance::LocalOnly,
        basis: Citation::section("KrO SH", "42a"),
        covered: Validity::since(SH_FROM),
        rules: Cow::Borrowed(SH_COUNTY_RULES),
        note: text("County Beiräte by Satzung under § 42a KrO; rights under § 42b KrO."),
    },
    Regime {
        land: Land::Thueringen,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: MUNICIPAL,
        governance: Governance::LocalOnly,
        basis: Citation::section("ThürKO", "26").paragraph(1),
        covered: Validity::since(TH_FROM),
        rules: Cow::Borrowed(TH_RULES),
        note: text(
            "Voluntary; bodies are created through the Hauptsatzung. The ThürKO reference (§ 26 Abs. 1) is seen \
         only in a truncated excerpt.",
        ),
    },
    Regime {
        land: Land::Hamburg,
        body_type: BodyType::StateAdvisoryBoard,
        levels: Cow::Borrowed(&[Level::State]),
        governance: Governance::LocalOnly,
        basis: Citation::section("VerwBehG", "16"),
        covered: Validity::since(HH_FROM),
        rules: Cow::Borrowed(HH_STATE_RULES),
        note: text(
            "The Integrationsbeirat is a Verwaltungsausschuss of the Sozialbehörde, chaired by the head of the \
         authority; its composition is set by the authority (22nd period: 14 district members + 5 experts).",
        ),
    },
    Regime {
        land: Land::Hamburg,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: Cow::Borrowed(&[Level::Borough]),
        governance: Governance::LocalOnly,
        basis: Citation::whole("BezVG HH"),
        covered: Validity::since(HH_DISTRICT_FROM),
        rules: Cow::Borrowed(HH_DISTRICT_RULES),
        note: text(
            "District Integrationsbeiräte appointed by the Bezirksversammlung (Hamburg-Mitte since 2013).",
        ),
    },
    Regime {
        land: Land::Bremen,
        body_type: BodyType::StateAdvisoryBoard,
        levels: Cow::Borrowed(&[Level::State]),
        governance: Governance::LocalOnly,
        basis: Citation::whole("Beschluss der Deputation für Soziales vom 16.12.2004"),
        covered: Validity::since(HB_FROM),
        rules: Cow::Borrowed(HB_STATE_RULES),
        note: text(
            "Bremer Rat für Integration (renamed and restructured in 2025): members delegated by institutions; \
         4-year term.",
        ),
    },
    Regime {
        land: Land::Bremen,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: MUNICIPAL,
        governance: Governance::LocalOnly,
        basis: Citation::whole("Beschluss der Stadtverordnetenversammlung Bremerhaven"),
        covered: Validity::since(HB_BREMERHAVEN_FROM),
        rules: Cow::Borrowed(HB_MUNICIPAL_RULES),
        note: text("Bremerhaven Migrationsrat since the end of 2023."),
    },
    Regime {
        land: Land::Saarland,
        body_type: BodyType::IntegrationAdvisoryBoard,
        levels: MUNICIPAL,
        governance: Governance::Statute,
        basis: KSVG_50,
        covered: Validity::since(SL_2009),
        rules: Cow::Borrowed(SL_RULES),
        note: text(
            "Recorded from 1 Jan 2009: the 2008 version (two thirds non-Germans elected by non-Germans, one third \
         council members, a Sprecher elected from its midst) until the promulgation of the 2023 law on \
         21 Dec 2023, then the 2023 version (two thirds elected, one third sent by the council). The in-force \
         days of both versions were not seen. The pre-2008 Ausländerbeirat is not recorded.",
        ),
    },
    Regime {
        land: Land::Berlin,
        body_type: BodyType::StateAdvisoryBoard,
        levels: Cow::Borrowed(&[Level::State]),
        governance: Governance::Statute,
        basis: Citation::section("PartMigG", "17"),
        covered: Validity::since(BE_2021),
        rules: Cow::Borrowed(BE_STATE_RULES),
        note: text(
            "Landesbeirat für Partizipation: 13 elected representatives and delegates of institutions (voting), \
         advisory members; at least half should be women (not modelled).",
        ),
    },
    Regime {
        land: Land::Berlin,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: Cow::Borrowed(&[Level::Borough]),
        governance: Governance::Statute,
        basis: Citation::section("PartMigG", "19"),
        covered: Validity::since(BE_2021),
        rules: Cow::Borrowed(BE_DISTRICT_BOARD_RULES),
        note: text(
            "Every Bezirk must set up a Bezirksbeirat für Partizipation und Integration; its composition is set by \
         the district (Pankow: up to 27 members).",
        ),
    },
];
