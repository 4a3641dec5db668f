//! The built-in regimes: the Länder law as values.
//!
//! Every rule cites its provision and the source it was read from
//! (`../shared/domain/FACTS.md` in the project's working material). Where the
//! sources do not give an Absatz or Satz, the citation leaves it out. Rules
//! the sources do not back firmly are [`Certainty::Unverified`]: they are
//! listed, and breaking them yields a note, never a violation.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::{Certainty, Constraint, Duty, Governance, Modality, Regime, Rule, ratio};
use crate::body::BodyType;
use crate::citation::{Citation, LegalBasisKind, Validity};
use crate::composition::{ChairMethod, MemberAttribute, SeatClass, SeatSelector};
use crate::land::{Land, Level};

#[allow(clippy::too_many_arguments)]
const fn rule(
    id: &'static str,
    citation: Citation,
    validity: Validity,
    certainty: Certainty,
    statement_de: &'static str,
    statement_en: &'static str,
    constraint: Constraint,
    source: &'static str,
) -> Rule {
    Rule {
        id: Cow::Borrowed(id),
        citation,
        validity,
        certainty,
        statement_de: Cow::Borrowed(statement_de),
        statement_en: Cow::Borrowed(statement_en),
        constraint,
        source: Cow::Borrowed(source),
        modality: Modality::Must,
        note: Cow::Borrowed(""),
    }
}

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
    rule(
        "nw.integration_council.elected_majority",
        GO_NRW_27.paragraph(1).sentence(5),
        Validity::since(NW_2013),
        Verified,
        "„Die Zahl der nach Absatz 2 Satz 1 zu wählenden Mitglieder muss die Zahl der nach Absatz 2 Satz 4 zu bestellenden Ratsmitglieder übersteigen.“",
        "The members to be elected under Abs. 2 S. 1 must outnumber the council members to be appointed under Abs. 2 S. 4",
        Constraint::Outnumber {
            majority: ELECTED,
            minority: NW_APPOINTED_COUNCILLORS,
        },
        SRC_NW_DUISBURG,
    )
    .note("Seats are compared by how they are filled (legal audit, C1): a directly elected seat held by a \
           councillor counts as elected, and elected seats left unfilled count as seats to be elected. \
           Start as for every rule of the 2013 law: 31.12.2013, the day after promulgation."),
    rule(
        "nw.integration_council.composition",
        GO_NRW_27.paragraph(1).sentence(4),
        Validity::since(NW_2013),
        Verified,
        "Der Integrationsrat wird aus den direkt gewählten Mitgliedern und den Ratsmitgliedern gebildet, die der Rat aus seiner Mitte bestellt (§ 27 Abs. 1 S. 4, Abs. 2 S. 4 GO NRW).",
        "An Integrationsrat is formed of the directly elected members and the council members the council appoints from its midst (§ 27 Abs. 1 S. 4, Abs. 2 S. 4 GO NRW)",
        Constraint::OnlyGroups {
            allowed: SeatSelector::of(&[SeatClass::DirectlyElected, SeatClass::CouncilDelegated]),
        },
        "https://politik-bei-uns.de/file/5c4a22892c66dc3b52d6542f",
    )
    .note("That no further (advisory) members may be added is the reading of the Krefeld administration \
           (§ 27 names only these two kinds of member); no court decision was found."),
    rule(
        "nw.integration_council.chair",
        GO_NRW_27.paragraph(7),
        Validity::since(NW_2013),
        Verified,
        "Der Integrationsrat wählt seinen Vorsitzenden aus seiner Mitte.",
        "The Integrationsrat elects its chair from its midst",
        Constraint::Chair {
            allowed: FROM_MIDST,
        },
        "https://duesseldorf.de/stadtrecht/5/54-migration-und-integration/54301-geschaeftsordnung-des-integrationsrates-der-landeshauptstadt-duesseldorf",
    ),
    rule(
        "nw.integration_council.deputies",
        GO_NRW_27.paragraph(7),
        Validity::since(NW_2013),
        Verified,
        "Der Integrationsrat wählt die Stellvertreter des Vorsitzenden aus seiner Mitte.",
        "The Integrationsrat elects the deputy chairs from its midst",
        Constraint::Deputies {
            allowed: FROM_MIDST,
        },
        "https://www.luedenscheid.de/buerger/integration/117120100000031553.php",
    ),
    rule(
        "nw.integration_council.term",
        GO_NRW_27.paragraph(2).sentence(1),
        Validity::since(NW_2013),
        Verified,
        "Die Mitglieder werden für die Dauer der Wahlperiode des Rates gewählt.",
        "The members are elected for the council's Wahlperiode",
        Constraint::TermFollowsCouncil {},
        SRC_NW_DUISBURG,
    ),
    rule(
        "nw.integration_council.continuation",
        GO_NRW_27.paragraph(2).sentence(6),
        Validity::since(NW_2013),
        Verified,
        "Nach Ablauf der Wahlperiode üben die bisherigen Mitglieder ihre Tätigkeit bis zum Zusammentritt des neu gewählten Integrationsrates weiter aus.",
        "After the Wahlperiode the members stay in office until the newly elected Integrationsrat first meets",
        Constraint::TermContinuesUntilSuccessorMeets {},
        SRC_NW_DUISBURG,
    ),
    rule(
        "nw.integration_council.election_day",
        GO_NRW_27.paragraph(2).sentence(3),
        Validity::since(NW_2013),
        Verified,
        "Die Wahl findet am Tag der Kommunalwahl statt; in den Fällen des Absatzes 1 Satz 2 und 3 (Bildung auf Antrag oder freiwillig) ist auch eine spätere Wahl zulässig.",
        "The election is held on the day of the municipal election; for bodies formed under Abs. 1 S. 2 and 3 (on request or voluntarily) a later election is allowed",
        Constraint::ElectedWithCouncil {
            except: LATER_ELECTION_ALLOWED,
        },
        SRC_NW_DUISBURG,
    ),
    rule(
        "nw.integration_council_2009.term",
        GO_NRW_27_2009.paragraph(2),
        Validity::between(NW_2009, NW_2013),
        Unverified,
        "Fassung 2009: Die Mitglieder werden für die Dauer der Wahlzeit des Rates gewählt; die Wahl findet spätestens innerhalb von acht Wochen nach der Wahl des Rates statt.",
        "2009 version: the members are elected for the council's Wahlzeit; the election takes place at the latest within eight weeks after the council election",
        Constraint::TermFollowsCouncil {},
        SRC_NW_VELBERT,
    )
    .note("Read on an undated municipal page that still gives the pre-2013 wording (election within eight \
           weeks of the council election); the statute text of the 2009 version was not read. The 2009 version \
           had no elected-majority rule and no election-day rule: both came with the 2013 law (FACTS 2.10)."),
];

const NW_COMMITTEE_RULES: &[Rule] = &[
    rule(
        "nw.integration_committee_2009.term",
        GO_NRW_27_2009,
        Validity::between(NW_2009, NW_2013),
        Unverified,
        "Fassung 2009: Anstelle eines Integrationsrates kann ein beratender Ausschuss entsprechend § 58 GO NRW (Integrationsausschuss) gebildet werden; für seine direkt gewählten Mitglieder gilt die Wahlzeit des Rates.",
        "2009 version: instead of an Integrationsrat, an advisory committee under § 58 GO NRW (Integrationsausschuss) may be formed; its directly elected members serve for the council's Wahlzeit",
        Constraint::TermFollowsCouncil {},
        SRC_NW_2013,
    )
    .note("The option itself is read in the old text shown with the 2013 amendment (legal audit, S2); the \
           term of its elected members is inferred from the Integrationsrat rules of that version."),
    rule(
        "nw.integration_committee.not_permitted_2013_2018",
        GO_NRW_27.version(super::reforms::NW_2013_VERSION),
        Validity::between(NW_2013, NW_2018),
        Verified,
        "Von der Reform 2013 bis zur Reform 2018 sah § 27 GO NRW keinen Integrationsausschuss anstelle eines Integrationsrates vor.",
        "From the 2013 reform until the 2018 reform, § 27 GO NRW provided for no Integrationsausschuss instead of an Integrationsrat",
        Constraint::NotPermitted {},
        SRC_NW_2013,
    )
    .note(NOTE_NW_2013_DATE),
    rule(
        "nw.integration_committee.elected_majority",
        GO_NRW_27.paragraph(12).read_with(GO_NRW_58_3),
        Validity::since(NW_2018),
        Verified,
        "Die Zahl der direkt gewählten Mitglieder muss die Zahl der Ratsmitglieder und der nach § 58 Abs. 3 GO NRW bestellten sachkundigen Bürger übersteigen.",
        "The directly elected members must outnumber the council members plus the sachkundige Bürger appointed under § 58 Abs. 3 GO NRW",
        Constraint::Outnumber {
            majority: ELECTED,
            minority: SeatSelector::of(&[SeatClass::CouncilDelegated, SeatClass::Appointed]),
        },
        SRC_NW_LIR,
    )
    .note("As for the Integrationsrat, seats are compared by how they are filled; a directly elected seat held \
           by a councillor counts as elected."),
    rule(
        "nw.integration_committee.composition",
        GO_NRW_27.paragraph(12),
        Validity::since(NW_2018),
        Verified,
        "Der Integrationsausschuss besteht aus direkt gewählten Mitgliedern, Ratsmitgliedern und sachkundigen Bürgern (§ 58 Abs. 3 GO NRW).",
        "An Integrationsausschuss consists of directly elected members, council members and sachkundige Bürger (§ 58 Abs. 3 GO NRW)",
        Constraint::OnlyGroups {
            allowed: SeatSelector::of(&[
                SeatClass::DirectlyElected,
                SeatClass::CouncilDelegated,
                SeatClass::Appointed,
            ]),
        },
        SRC_NW_LIR,
    ),
    rule(
        "nw.integration_committee.term",
        GO_NRW_27.paragraph(12),
        Validity::since(NW_2018),
        Verified,
        "Die Vorschriften über den Integrationsrat gelten entsprechend: Die Mitglieder werden für die Wahlperiode des Rates gewählt.",
        "The Integrationsrat rules apply accordingly: the members are elected for the council's Wahlperiode",
        Constraint::TermFollowsCouncil {},
        SRC_NW_LIR,
    ),
    rule(
        "nw.integration_committee.election_day",
        GO_NRW_27.paragraph(12),
        Validity::since(NW_2018),
        Verified,
        "Die Vorschriften über den Integrationsrat gelten entsprechend: Die Wahl findet am Tag der Kommunalwahl statt; in den Fällen des § 27 Abs. 1 S. 2 und 3 GO NRW ist auch eine spätere Wahl zulässig.",
        "The Integrationsrat rules apply accordingly: election on the day of the municipal election, except for bodies formed under § 27 Abs. 1 S. 2 and 3 GO NRW (on request or voluntarily)",
        Constraint::ElectedWithCouncil {
            except: LATER_ELECTION_ALLOWED,
        },
        SRC_NW_LIR,
    ),
];

// ------------------------------------------------------------- Hessen ----

const SRC_HE_87: &str = "https://haufe.de/oeffentlicher-dienst/tvoed-office-professional/gemeindeordnung-hessen-87-wahl-des-vorsitzenden-geschaeftsgang_idesk_PI13994_HI1317699.html";
const SRC_HE_89: &str = "https://www.haufe.de/oeffentlicher-dienst/tvoed-office-professional/gemeindeordnung-hessen-89-integrations-kommission_idesk_PI13994_HI13858224.html";

const fn he_chair(id: &'static str) -> Rule {
    rule(
        id,
        Citation::section("HGO", "87").paragraph(1),
        Validity::since(HE_2020),
        Verified,
        "Der Ausländerbeirat wählt in seiner ersten Sitzung aus seiner Mitte einen Vorsitzenden.",
        "The Ausländerbeirat elects its chair from its midst at its first meeting",
        Constraint::Chair {
            allowed: FROM_MIDST,
        },
        SRC_HE_87,
    )
}

const fn he_deputies(id: &'static str) -> Rule {
    rule(
        id,
        Citation::section("HGO", "87").paragraph(1),
        Validity::since(HE_2020),
        Verified,
        "Der Ausländerbeirat wählt aus seiner Mitte einen oder mehrere Stellvertreter.",
        "The Ausländerbeirat elects one or more deputy chairs from its midst",
        Constraint::Deputies {
            allowed: FROM_MIDST,
        },
        SRC_HE_87,
    )
}

const HE_BOARD_RULES: &[Rule] = &[
    rule(
        "he.foreign_residents_board.size",
        Citation::section("HGO", "85"),
        Validity::since(HE_2020),
        Verified,
        "Der Ausländerbeirat hat mindestens 3 und höchstens 37 Mitglieder; die Zahl bestimmt die Hauptsatzung.",
        "An Ausländerbeirat has at least 3 and at most 37 members, the number fixed in the Hauptsatzung",
        Constraint::Seats {
            of: ALL,
            min: Some(3),
            max: Some(37),
        },
        "http://www.agah-hessen.de/wahl2015/infos-fuer-kandidat-innen/zahl-der-mitglieder/",
    ),
    rule(
        "he.foreign_residents_board.elected",
        Citation::section("HGO", "86"),
        Validity::since(HE_2020),
        Verified,
        "Die Mitglieder des Ausländerbeirats werden von den ausländischen Einwohnern gewählt.",
        "The members of an Ausländerbeirat are elected by the foreign residents",
        Constraint::OnlyGroups { allowed: ELECTED },
        "https://wahlen.hessen.de/kommunalwahlen/allgemeine-kommunalwahlen/auslaenderbeiratswahlen",
    ),
    he_chair("he.foreign_residents_board.chair"),
    he_deputies("he.foreign_residents_board.deputies"),
    rule(
        "he.foreign_residents_board_2001.size",
        Citation::section("HGO", "85"),
        Validity::between(HE_2001, HE_2020),
        Unverified,
        "Vor der Reform 2020: Der Ausländerbeirat hat mindestens 3 und höchstens 37 Mitglieder; die Zahl bestimmt die Hauptsatzung.",
        "Before the 2020 reform: an Ausländerbeirat has at least 3 and at most 37 members, the number fixed in the Hauptsatzung",
        Constraint::Seats {
            of: ALL,
            min: Some(3),
            max: Some(37),
        },
        "http://www.agah-hessen.de/wahl2015/infos-fuer-kandidat-innen/zahl-der-mitglieder/",
    )
    .note("The range 3–37 is confirmed for the 2015 election (agah 2015); that it held unchanged since 2001 is not \
           confirmed, so the rule is unverified before the 2020 reform."),
    rule(
        "he.foreign_residents_board_2001.elected",
        Citation::section("HGO", "86"),
        Validity::between(HE_2001, HE_2020),
        Unverified,
        "Vor der Reform 2020: Die Mitglieder des Ausländerbeirats werden von den ausländischen Einwohnern gewählt.",
        "Before the 2020 reform: the members of an Ausländerbeirat are elected by the foreign residents",
        Constraint::OnlyGroups { allowed: ELECTED },
        "http://www.agah-hessen.de/wahl2015/infos-fuer-waehler-innen/wer-kann-waehlen/",
    )
    .note("Direct election by the foreign residents is described for the 2015 election (agah 2015); the pre-2020 \
           statute text was not read."),
];

const HE_COUNTY_BOARD_RULES: &[Rule] = &[
    he_chair("he.county_foreign_residents_board.chair"),
    he_deputies("he.county_foreign_residents_board.deputies"),
];

const HE_COMMISSION_RULES: &[Rule] = &[
    rule(
        "he.integration_commission.expert_share",
        Citation::section("HGO", "89").paragraph(1).sentence(2),
        Validity::since(HE_2020),
        Verified,
        "Mindestens die Hälfte der Mitglieder sind sachkundige Einwohner, die die Gemeindevertretung auf Vorschlag der Interessenvertretungen der Migranten wählt.",
        "At least half of the members are sachkundige Einwohner elected by the Gemeindevertretung on proposals of migrant interest groups",
        Constraint::Share {
            part: APPOINTED,
            of: ALL,
            min: Some(ratio(1, 2)),
            max: None,
        },
        SRC_HE_89,
    ),
    rule(
        "he.integration_commission.women_half",
        Citation::section("HGO", "89").paragraph(1).sentence(5),
        Validity::since(HE_2020),
        Verified,
        "Die Hälfte der gewählten sachkundigen Einwohner sollen Frauen sein.",
        "Half of the sachkundige Einwohner elected should be women",
        Constraint::MembersWith {
            of: APPOINTED,
            attribute: MemberAttribute::Woman,
            min: ratio(1, 2),
            more_than: false,
        },
        SRC_HE_89,
    )
    .should()
    .note("A \"soll\" rule (§ 89 Abs. 1 S. 5 HGO, legal audit S10): breaking it is a warning. Checked only where \
           the document counts the women among the sachkundige Einwohner."),
    rule(
        "he.integration_commission.co_chairs",
        Citation::section("HGO", "89").paragraph(2),
        Validity::since(HE_2020),
        Verified,
        "Den Vorsitz führen der Bürgermeister und ein von den sachkundigen Einwohnern gewählter Co-Vorsitzender.",
        "The Bürgermeister and a co-chair elected by the sachkundige Einwohner chair the commission",
        Constraint::Chair {
            allowed: Cow::Borrowed(&[ChairMethod::CoChairs]),
        },
        SRC_HE_89,
    ),
    rule(
        "he.integration_commission.meetings",
        Citation::section("HGO", "89").paragraph(4),
        Validity::since(HE_2020),
        Verified,
        "Die Integrations-Kommission tritt mindestens viermal im Jahr zusammen.",
        "The Integrations-Kommission meets at least four times a year",
        Constraint::MeetingsPerYear { count: 4 },
        SRC_HE_89,
    ),
];

// --------------------------------------------------- Rheinland-Pfalz ----

const SRC_RP_KA: &str =
    "https://kleineanfragen.de/rheinland-pfalz/16/2841-beiraete-fuer-migration-und-integration.txt";
const SRC_RP_MIN: &str = "https://wayback.edoweb-rlp.de/weltweit/20241029mp_/https:/mffjiv.rlp.de/de/themen/integration/integrationspolitik-in-rheinland-pfalz/gremien/kommunale-beiraete-fuer-migration-und-integration";

const fn rp_rules(prefix: Prefix, law: &'static str, number: &'static str) -> [Rule; 3] {
    [
        rule(
            prefix.elected,
            Citation::section(law, number).paragraph(2).sentence(1),
            Validity::since(RP_2009),
            Verified,
            "Der Beirat hat Mitglieder, die in allgemeiner, gleicher, geheimer, unmittelbarer und freier Wahl gewählt werden.",
            "The Beirat has members elected in a general, equal, secret, direct and free election",
            Constraint::Seats {
                of: ELECTED,
                min: Some(1),
                max: None,
            },
            SRC_RP_KA,
        ),
        rule(
            prefix.term,
            Citation::section(law, number).paragraph(2),
            Validity::since(RP_2009),
            Verified,
            "Die Mitglieder werden für die Dauer von fünf Jahren gewählt.",
            "The members are elected for five years",
            Constraint::TermYears { years: 5 },
            "https://umwelt-online.de/recht/allgemei/laender/rp/z08_0294.htm",
        ),
        rule(
            prefix.appointed_third,
            Citation::section(law, number),
            Validity::since(RP_2009),
            Unverified,
            "Berufene Mitglieder dürfen höchstens ein Drittel der Mitglieder ausmachen (Drittelregelung der Satzungen; ob das Gesetz selbst sie enthält, ist nicht bestätigt).",
            "Appointed members may make up at most one third of the members (the Satzungen's rule; whether the statute itself caps them is not confirmed)",
            Constraint::Share {
                part: APPOINTED,
                of: ALL,
                min: None,
                max: Some(ratio(1, 3)),
            },
            SRC_RP_MIN,
        ),
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

const fn local_basis_rule(
    id: &'static str,
    citation: Citation,
    from: NaiveDate,
    source: &'static str,
) -> Rule {
    rule(
        id,
        citation,
        Validity::since(from),
        Verified,
        "Kein Landesgesetz regelt das Gremium; es beruht auf einer Satzung oder einem Beschluss des Rates.",
        "No Land statute governs the body; it rests on a Satzung or a council resolution",
        Constraint::LegalBasis {
            allowed: LOCAL_BASES,
        },
        source,
    )
}

const SRC_BY: &str = "http://www.handbuch.agaby.de/index.php?id=3";
const BY_MUNICIPAL_RULES: &[Rule] = &[local_basis_rule(
    "by.local_board.legal_basis",
    Citation::article("BayGO", "23"),
    BY_FROM,
    SRC_BY,
)];
/// Art. 17 BayLKrO ("Kreisrecht") is the Landkreis's power to make
/// Satzungen; Art. 40, which the AGABY handbook names, sits in the section
/// "Geschäftsgang" (legal audit, S16).
const NOTE_BY_COUNTY: &str = "Basis Art. 17 BayLKrO (Kreisrecht), read in the table of contents of the BayLKrO \
    (anwalt24, Stand 22.12.2015); the AGABY handbook's Art. 40 LKrO sits in the section on Geschäftsgang.";
const BY_COUNTY_RULES: &[Rule] = &[local_basis_rule(
    "by.county_local_board.legal_basis",
    Citation::article("BayLKrO", "17"),
    BY_FROM,
    "http://www.anwalt24.de/rund-ums-recht/Landkreisordnung_fuer_den_Freistaat_Bayern_Landkreisordnung_-d145125,1.html",
)
.note(NOTE_BY_COUNTY)];

const BW_RULES: &[Rule] = &[local_basis_rule(
    "bw.local_board.legal_basis",
    Citation::section("GemO BW", "4").paragraph(1),
    BW_FROM,
    "https://www.laka-bw.de/der-laka-fordert-landesweite-institutionalisierung-von-kommunalen-migrantenvertretungen-in-der-gemeindeordnung/",
)];

const SN_RULES: &[Rule] = &[rule(
    "sn.local_board.legal_basis",
    Citation::section("SächsGemO", "47"),
    Validity::since(SN_FROM),
    Verified,
    "Sonstige Beiräte werden durch die Hauptsatzung gebildet.",
    "Sonstige Beiräte are formed by the Hauptsatzung",
    Constraint::LegalBasis {
        allowed: Cow::Borrowed(&[LegalBasisKind::Satzung]),
    },
    "https://kleineanfragen.de/sachsen/6/17908-rechtstellung-von-nach-hauptsatzungen-von-gemeinden-im-freistaat-sachsen-gebildeten-beiraeten.txt",
)];

// ------------------------------------------------------------- Berlin ----

const SRC_BE_32: &str =
    "https://bezirksverwaltungsrecht.berlin/kommentar-zum-bezirksverwaltungsgesetz/32-anlage";
const BE_COMMITTEE_RULES: &[Rule] = &[
    rule(
        "be.participation_committee.district_councillors",
        Citation::section("BezVG", "32").paragraph(2).sentence(1).item(1),
        Validity::since(BE_2021),
        Verified,
        "Dem Ausschuss gehören 9 Bezirksverordnete an.",
        "The committee has 9 Bezirksverordnete",
        Constraint::Seats {
            of: SeatSelector::of(&[SeatClass::CouncilDelegated]),
            min: Some(9),
            max: Some(9),
        },
        SRC_BE_32,
    ),
    rule(
        "be.participation_committee.citizen_deputies",
        Citation::section("BezVG", "32").paragraph(2).sentence(1).item(2),
        Validity::since(BE_2021),
        Verified,
        "Dem Ausschuss gehören 6 Bürgerdeputierte an, die die Bezirksverordnetenversammlung wählt.",
        "The committee has 6 Bürgerdeputierte elected by the district assembly",
        Constraint::Seats {
            of: APPOINTED,
            min: Some(6),
            max: Some(6),
        },
        SRC_BE_32,
    ),
    rule(
        "be.participation_committee.composition",
        Citation::section("BezVG", "32").paragraph(2),
        Validity::since(BE_2021),
        Verified,
        "Der Ausschuss besteht aus Bezirksverordneten und Bürgerdeputierten.",
        "The committee consists of Bezirksverordnete and Bürgerdeputierte",
        Constraint::OnlyGroups {
            allowed: SeatSelector::of(&[SeatClass::CouncilDelegated, SeatClass::Appointed]),
        },
        SRC_BE_32,
    ),
    rule(
        "be.participation_committee.migration_history",
        Citation::section("BezVG", "32").paragraph(2),
        Validity::since(BE_2021),
        Verified,
        "Die Mehrheit der Bürgerdeputierten soll eine Migrationsgeschichte haben.",
        "Most of the Bürgerdeputierte should have a migration history",
        Constraint::MembersWith {
            of: APPOINTED,
            attribute: MemberAttribute::MigrationHistory,
            min: ratio(1, 2),
            more_than: true,
        },
        SRC_BE_32,
    )
    .should()
    .note("A \"soll\" rule: breaking it is a warning. The Satz of § 32 Abs. 2 that holds it was not numbered in \
           the stored text. Checked only where the document counts the members with a migration history."),
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

#[allow(clippy::too_many_arguments)]
const fn basis_rule(
    id: &'static str,
    citation: Citation,
    validity: Validity,
    certainty: Certainty,
    allowed: Cow<'static, [LegalBasisKind]>,
    statement_de: &'static str,
    statement_en: &'static str,
    source: &'static str,
) -> Rule {
    rule(
        id,
        citation,
        validity,
        certainty,
        statement_de,
        statement_en,
        Constraint::LegalBasis { allowed },
        source,
    )
}

const HAUPTSATZUNG_DE: &str = "Das Gremium wird durch die Hauptsatzung (eine Satzung) gebildet.";
const HAUPTSATZUNG_EN: &str = "The body is formed by the Hauptsatzung (a Satzung)";

const SN_COUNTY_RULES: &[Rule] = &[rule(
    "sn.county_local_board.legal_basis",
    Citation::section("SächsLKrO", "43")
        .paragraph(1)
        .sentence(1),
    Validity::since(SN_COUNTY_FROM),
    Verified,
    "Beiräte des Landkreises beruhen auf einer Satzung des Kreistages.",
    "County Beiräte rest on a Satzung of the Kreistag",
    Constraint::LegalBasis {
        allowed: SATZUNG_ONLY,
    },
    "https://bverwg.de/291122U8CN1.22.0",
)];

const BB_RULES: &[Rule] = &[
    basis_rule(
        "bb.local_board.legal_basis_2007",
        Citation::section("BbgKVerf", "19")
            .paragraph(1)
            .version("i. d. F. vom 18.12.2007"),
        Validity::between(BB_FROM, BB_2024),
        Verified,
        SATZUNG_ONLY,
        "Die Gemeinde kann in der Hauptsatzung einen Beirat für die Integration der Einwohner ohne deutsche Staatsangehörigkeit vorsehen.",
        "The municipality may provide in its Hauptsatzung for a Beirat for the integration of residents without German nationality",
        "https://wiki.piratenbrandenburg.de/index.php?mobileaction=toggle_view_mobile&title=Spezial%3AMobiler_Unterschied%2F89357",
    ),
    basis_rule(
        "bb.local_board.legal_basis_2024",
        Citation::section("BbgKVerf", "17")
            .version("i. d. F. des Gesetzes vom 5.3.2024 (GVBl. I Nr. 10)"),
        Validity::since(BB_2024),
        Verified,
        SATZUNG_ONLY,
        "Die Hauptsatzung kann Beiräte für Personengruppen vorsehen und regelt Name, Mitgliederzahl, Voraussetzungen und Wahl oder Benennung.",
        "The Hauptsatzung may provide for Beiräte of groups of residents and fixes their name, size, membership requirements and election or naming",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/745f0b67-88ee-39c2-a600-58675ceccfb0",
    ),
];

const MV_RULES: &[Rule] = &[basis_rule(
    "mv.local_board.legal_basis",
    Citation::whole("InTG M-V"),
    Validity::since(MV_FROM),
    Unverified,
    SATZUNG_ONLY,
    "Ein Migrations- und Integrationsbeirat wird in der Hauptsatzung verankert (so Schwerin); die Regelung des InTG M-V wurde nicht gelesen.",
    "A Migrations- und Integrationsbeirat is anchored in the Hauptsatzung (as in Schwerin); the InTG M-V provision was not read",
    "https://www.ndr.de/nachrichten/mecklenburg-vorpommern/westmecklenburg/Schwerin-Einrichtung-eines-Integrationsbeirats-verschoben,mvregioschwerin484.html",
)];

const NI_RULES: &[Rule] = &[basis_rule(
    "ni.local_board.legal_basis",
    Citation::section("NKomVG", "71").paragraph(6),
    Validity::since(NI_FROM),
    Unverified,
    LOCAL_BASES,
    "Kein Gesetz verpflichtet zur Bildung; der Rat bildet das Gremium durch Beschluss oder Satzung (Rechtsgrundlage § 71 Abs. 6 NKomVG nicht bestätigt).",
    "No statute obliges municipalities; the council forms the body by resolution or Satzung (the basis § 71 Abs. 6 NKomVG is not confirmed)",
    "https://ratsinfo.grossenkneten.de/bi/vo0050.asp?__kvonr=6780",
)];

const ST_RULES: &[Rule] = &[basis_rule(
    "st.local_board.legal_basis",
    Citation::section("KVG LSA", "80"),
    Validity::since(ST_FROM),
    Unverified,
    LOCAL_BASES,
    "Beiräte für gesellschaftliche Gruppen beruhen auf einer Satzung oder einem Ratsbeschluss (Inhalt des § 80 KVG LSA nicht gelesen).",
    "Beiräte for groups of society rest on a Satzung or council resolution (the content of § 80 KVG LSA was not read)",
    "https://die-nachrichten.net/?p=1307109",
)];

const SH_MUNICIPAL_RULES: &[Rule] = &[basis_rule(
    "sh.local_board.legal_basis",
    Citation::section("GO SH", "47d"),
    Validity::since(SH_FROM),
    Verified,
    SATZUNG_ONLY,
    "Beiräte für gesellschaftlich bedeutsame Gruppen werden durch Satzung gebildet.",
    "Beiräte for groups of society are formed by Satzung",
    "https://www.geesthacht.de/index.php?ModID=7&FID=25.4356.1&object=tx%7C25.4356.1",
)];
const SH_COUNTY_RULES: &[Rule] = &[basis_rule(
    "sh.county_local_board.legal_basis",
    Citation::section("KrO SH", "42a"),
    Validity::since(SH_FROM),
    Verified,
    SATZUNG_ONLY,
    "Beiräte des Kreises werden durch Satzung gebildet.",
    "County Beiräte are formed by Satzung",
    "https://justiz-nrw.wolterskluwer-online.de/browse/document/53015d4f-52d3-3d04-aae9-f4494189d4e5",
)];

const TH_RULES: &[Rule] = &[basis_rule(
    "th.local_board.legal_basis",
    Citation::section("ThürKO", "26").paragraph(1),
    Validity::since(TH_FROM),
    Unverified,
    SATZUNG_ONLY,
    HAUPTSATZUNG_DE,
    HAUPTSATZUNG_EN,
    "https://kleineanfragen.de/thueringen/6/7210-beiraete-in-thueringer-kommunen.txt",
)];

const HH_STATE_RULES: &[Rule] = &[
    basis_rule(
        "hh.state_board.legal_basis",
        Citation::section("VerwBehG", "16"),
        Validity::since(HH_FROM),
        Verified,
        Cow::Borrowed(&[LegalBasisKind::AdministrativeDecision]),
        "Der Integrationsbeirat ist ein Verwaltungsausschuss, den die Sozialbehörde einsetzt.",
        "The Integrationsbeirat is an administrative committee set up by the Sozialbehörde",
        "https://www.hamburg.de/politik-und-verwaltung/behoerden/sozialbehoerde/wir-ueber-uns/integrationsbeirat-hamburg/arbeitsweise-30380",
    ),
    rule(
        "hh.state_board.chair",
        Citation::section("VerwBehG", "16"),
        Validity::since(HH_FROM),
        Verified,
        "Den Vorsitz führt die Leitung der Behörde.",
        "The head of the authority chairs",
        Constraint::Chair {
            allowed: Cow::Borrowed(&[ChairMethod::ExOfficio]),
        },
        "https://www.hamburg.de/politik-und-verwaltung/behoerden/sozialbehoerde/wir-ueber-uns/integrationsbeirat-hamburg/arbeitsweise-30380",
    ),
];
const HH_DISTRICT_RULES: &[Rule] = &[basis_rule(
    "hh.district_board.legal_basis",
    Citation::whole("BezVG HH"),
    Validity::since(HH_DISTRICT_FROM),
    Unverified,
    Cow::Borrowed(&[LegalBasisKind::CouncilResolution]),
    "Die Bezirksversammlung beruft den bezirklichen Integrationsbeirat nach jeder Neukonstituierung.",
    "The district assembly appoints the district Integrationsbeirat after each new constitution",
    "https://bv-hh.de/hamburg-mitte/documents/neukonstituierung-des-bezirklichen-integrationsbeirats-196719",
)];

const HB_STATE_RULES: &[Rule] = &[basis_rule(
    "hb.state_board.legal_basis",
    Citation::whole("Beschluss der Deputation für Soziales vom 16.12.2004"),
    Validity::since(HB_FROM),
    Verified,
    BY_AUTHORITY,
    "Der Rat wird durch Beschluss der Deputation gebildet; seine Mitglieder werden von Institutionen entsandt und von der Deputation benannt.",
    "The council is formed by decision of the Deputation; institutions delegate its members and the Deputation names them",
    "https://bremer-rat-fuer-integration.de/rat/geschichte/",
)];
const HB_MUNICIPAL_RULES: &[Rule] = &[basis_rule(
    "hb.local_board.legal_basis",
    Citation::whole("Beschluss der Stadtverordnetenversammlung Bremerhaven"),
    Validity::since(HB_BREMERHAVEN_FROM),
    Unverified,
    LOCAL_BASES,
    "Der Migrationsrat beruht auf einem Beschluss der Stadtverordnetenversammlung.",
    "The Migrationsrat rests on a resolution of the city assembly",
    "https://moin-bremerhaven.de/2024/02/13/neuer-migrationsrat-vorsitzender-mircea-ionescu-im-interview",
)];

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
    rule(
        "sl.integration_board_2008.elected_two_thirds",
        KSVG_50_2008.paragraph(2),
        Validity::between(SL_2009, SL_2023),
        Verified,
        "Fassung 2008: Zwei Drittel der Mitglieder sind Nichtdeutsche, die von den nichtdeutschen Einwohnerinnen und Einwohnern gewählt werden.",
        "2008 version: two thirds of the members are non-Germans elected by the non-German residents",
        Constraint::Share {
            part: ELECTED,
            of: ALL,
            min: Some(ratio(2, 3)),
            max: Some(ratio(2, 3)),
        },
        SRC_SL_2008,
    )
    .note(NOTE_SL_2008_DATES),
    rule(
        "sl.integration_board_2008.council_third",
        KSVG_50_2008.paragraph(2),
        Validity::between(SL_2009, SL_2023),
        Verified,
        "Fassung 2008: Ein Drittel der Mitglieder sind Mitglieder des Gemeinderates.",
        "2008 version: one third of the members are members of the council",
        Constraint::Share {
            part: SeatSelector::of(&[SeatClass::CouncilDelegated]),
            of: ALL,
            min: Some(ratio(1, 3)),
            max: Some(ratio(1, 3)),
        },
        SRC_SL_2008,
    )
    .note(NOTE_SL_2008_DATES),
    rule(
        "sl.integration_board_2008.spokesperson",
        KSVG_50_2008.paragraph(3),
        Validity::between(SL_2009, SL_2023),
        Verified,
        "Fassung 2008: Der Integrationsbeirat wählt aus seiner Mitte eine Sprecherin oder einen Sprecher und Stellvertretungen.",
        "2008 version: the Integrationsbeirat elects a spokesperson and deputies from its midst",
        Constraint::Chair {
            allowed: FROM_MIDST,
        },
        SRC_SL_2008,
    )
    .note("The statutory Sprecher rule of § 50 Abs. 3 (2008) is modelled as the chair; the 2023 text leaves such \
           details to the Satzung (FACTS § 14.8)."),
    rule(
        "sl.integration_board.elected_two_thirds",
        KSVG_50_2023.paragraph(2),
        Validity::since(SL_2023),
        Verified,
        "Zwei Drittel der Mitglieder sind gewählte Einwohnerinnen und Einwohner (Nichtdeutsche, Eingebürgerte, Spätaussiedler, Deutsche nach § 4 Abs. 3 S. 1 StAG).",
        "Two thirds of the members are elected residents (non-Germans, naturalised persons, Spätaussiedler, Germans under § 4 Abs. 3 S. 1 StAG)",
        Constraint::Share {
            part: ELECTED,
            of: ALL,
            min: Some(ratio(2, 3)),
            max: Some(ratio(2, 3)),
        },
        SRC_SL_MERZIG,
    ),
    rule(
        "sl.integration_board.council_third",
        KSVG_50_2023.paragraph(2),
        Validity::since(SL_2023),
        Verified,
        "Ein Drittel der Mitglieder entsendet der Gemeinderat nach den Regeln für die Besetzung der Ausschüsse.",
        "One third of the members are sent by the council under the rules for filling committees",
        Constraint::Share {
            part: SeatSelector::of(&[SeatClass::CouncilDelegated]),
            of: ALL,
            min: Some(ratio(1, 3)),
            max: Some(ratio(1, 3)),
        },
        SRC_SL,
    ),
];

// ------------------------------------------------- Berlin (PartMigG) ----

const SRC_BE_17: &str = "https://www.berlin.de/lb/intmig/themen/partizipationsbeirat/";
const BE_STATE_RULES: &[Rule] = &[
    rule(
        "be.state_board.chair",
        Citation::section("PartMigG", "17"),
        Validity::since(BE_2021),
        Verified,
        "Den Vorsitz führt das für Integration zuständige Mitglied des Senats.",
        "The member of the Senate responsible for integration chairs",
        Constraint::Chair {
            allowed: Cow::Borrowed(&[ChairMethod::ExOfficio]),
        },
        SRC_BE_17,
    ),
    rule(
        "be.state_board.women_half",
        Citation::section("PartMigG", "17"),
        Validity::since(BE_2021),
        Verified,
        "Mindestens die Hälfte der Mitglieder sollen Frauen sein.",
        "At least half of the members should be women",
        Constraint::MembersWith {
            of: ALL,
            attribute: MemberAttribute::Woman,
            min: ratio(1, 2),
            more_than: false,
        },
        "https://berlin.de/lb/intmig/themen/partizipationsbeirat/profile",
    )
    .should()
    .note("A \"soll\" rule (FACTS § 14.7): breaking it is a warning. The Absatz was not read. Checked only where \
           the document counts the women among the members."),
];
const BE_DISTRICT_BOARD_RULES: &[Rule] = &[basis_rule(
    "be.district_board.legal_basis",
    Citation::section("PartMigG", "19"),
    Validity::since(BE_2021),
    Verified,
    Cow::Borrowed(&[LegalBasisKind::Statute]),
    "Jeder Bezirk richtet einen Bezirksbeirat für Partizipation und Integration ein.",
    "Every Bezirk sets up a Bezirksbeirat für Partizipation und Integration",
    "https://www.berlin.de/lb/intmig/partizipation/bezirksbeiraete/",
)];

// ------------------------------------------------------------ regimes ----

const MUNICIPAL: Cow<'static, [Level]> = Cow::Borrowed(&[Level::Municipality]);
const COUNTY: Cow<'static, [Level]> = Cow::Borrowed(&[Level::County]);

#[allow(clippy::too_many_arguments)]
const fn regime(
    land: Land,
    body_type: BodyType,
    levels: Cow<'static, [Level]>,
    governance: Governance,
    basis: Citation,
    covered_from: NaiveDate,
    rules: &'static [Rule],
    note: &'static str,
) -> Regime {
    Regime {
        land,
        body_type,
        levels,
        governance,
        basis,
        covered: Validity::since(covered_from),
        rules: Cow::Borrowed(rules),
        note: Cow::Borrowed(note),
    }
}

pub(super) static REGIMES: &[Regime] = &[
    regime(
        Land::NordrheinWestfalen,
        BodyType::IntegrationCouncil,
        MUNICIPAL,
        Governance::Statute,
        GO_NRW_27,
        NW_2009,
        NW_COUNCIL_RULES,
        "Recorded from the 2009 law on (GV. NRW. 2009 S. 380; in force taken as 1 Jul 2009, since the sources give \
         only June 2009): the 2009 version, unverified, and the 2013 version from 31 Dec 2013. The 1994 \
         Ausländerbeirat is not recorded. No rule for Kreise was found, so no Kreis regime exists.",
    ),
    regime(
        Land::NordrheinWestfalen,
        BodyType::IntegrationCommittee,
        MUNICIPAL,
        Governance::Statute,
        GO_NRW_27.paragraph(12),
        NW_2009,
        NW_COMMITTEE_RULES,
        "An option instead of an Integrationsrat from the 2009 law; not permitted from 31 Dec 2013 to 28 Dec 2018; \
         § 27 Abs. 12 since 29 Dec 2018. That the chair must be a council member is stated by one administration \
         (Eschweiler) and not checked.",
    ),
    regime(
        Land::Hessen,
        BodyType::ForeignResidentsAdvisoryBoard,
        MUNICIPAL,
        Governance::Statute,
        Citation::section("HGO", "84"),
        HE_2001,
        HE_BOARD_RULES,
        "Recorded from 2001: before the 2020 reform the size (3–37) and election rules are unverified (confirmed \
         for the 2015 election only); from 16 May 2020 verified. Not checked: the 5-year term and the election with \
         the Kommunalwahl since 2021 (no Hessen council-term rule is recorded), and the lapse of the Beirat below \
         3 members (§ 86 Abs. 1 S. 3 HGO), which needs a filled-seats constraint.",
    ),
    regime(
        Land::Hessen,
        BodyType::ForeignResidentsAdvisoryBoard,
        COUNTY,
        Governance::Statute,
        Citation::section("HKO", "4b"),
        HE_2020,
        HE_COUNTY_BOARD_RULES,
        "A Landkreis may form an Ausländerbeirat; its Hauptsatzung fixes size, term and election (§ 4b Abs. 2 HKO); \
         § 87 HGO applies (§ 4b Abs. 3 HKO).",
    ),
    regime(
        Land::Hessen,
        BodyType::IntegrationCommission,
        MUNICIPAL,
        Governance::Statute,
        Citation::section("HGO", "89"),
        HE_2020,
        HE_COMMISSION_RULES,
        "Since 16 May 2020. The meeting rule (at least 4 a year) and the women's quota (\"soll\") are not modelled.",
    ),
    regime(
        Land::RheinlandPfalz,
        BodyType::MigrationAndIntegrationAdvisoryBoard,
        MUNICIPAL,
        Governance::Statute,
        Citation::section("GemO RLP", "56"),
        RP_2009,
        RP_MUNICIPAL_RULES,
        "Since 1 Jan 2009. The one-third cap on appointed members is a Satzung rule; whether § 56 itself caps them \
         is not confirmed.",
    ),
    regime(
        Land::RheinlandPfalz,
        BodyType::MigrationAndIntegrationAdvisoryBoard,
        COUNTY,
        Governance::Statute,
        Citation::section("LKO", "49a"),
        RP_2009,
        RP_COUNTY_RULES,
        "Since 1 Jan 2009; mirrors § 56 GemO for Landkreise.",
    ),
    regime(
        Land::Bayern,
        BodyType::LocalAdvisoryBoard,
        MUNICIPAL,
        Governance::LocalOnly,
        Citation::article("BayGO", "23"),
        BY_FROM,
        BY_MUNICIPAL_RULES,
        "No provision in BayGO or BayLKrO: name, size, composition and selection are set locally.",
    ),
    regime(
        Land::Bayern,
        BodyType::LocalAdvisoryBoard,
        COUNTY,
        Governance::LocalOnly,
        Citation::article("BayLKrO", "17"),
        BY_FROM,
        BY_COUNTY_RULES,
        "No provision in BayGO or BayLKrO: name, size, composition and selection are set locally.",
    ),
    regime(
        Land::BadenWuerttemberg,
        BodyType::LocalAdvisoryBoard,
        MUNICIPAL,
        Governance::LocalOnly,
        Citation::section("GemO BW", "4").paragraph(1),
        BW_FROM,
        BW_RULES,
        "No statutory obligation or composition: a Satzung under § 4 Abs. 1 GemO and/or an advisory committee \
         under § 41 GemO. § 10 PartIntG BW concerns only the state association LAKA.",
    ),
    regime(
        Land::Sachsen,
        BodyType::LocalAdvisoryBoard,
        MUNICIPAL,
        Governance::LocalOnly,
        Citation::section("SächsGemO", "47"),
        SN_FROM,
        SN_RULES,
        "Sonstige Beiräte by Hauptsatzung; members are council members and sachkundige Einwohner; purely advisory.",
    ),
    regime(
        Land::Berlin,
        BodyType::ParticipationCommittee,
        Cow::Borrowed(&[Level::Borough]),
        Governance::Statute,
        Citation::section("BezVG", "32"),
        BE_2021,
        BE_COMMITTEE_RULES,
        "Covered from the publication of the 2021 law (GVBl. of 15.07.2021); its in-force date was not seen.",
    ),
    regime(
        Land::Sachsen,
        BodyType::LocalAdvisoryBoard,
        COUNTY,
        Governance::LocalOnly,
        Citation::section("SächsLKrO", "43")
            .paragraph(1)
            .sentence(1),
        SN_COUNTY_FROM,
        SN_COUNTY_RULES,
        "County Beiräte by Satzung; a Satzung may not limit eligibility to Germans or persons with a secured \
         residence right (BVerwG 8 CN 1.22).",
    ),
    regime(
        Land::Brandenburg,
        BodyType::LocalAdvisoryBoard,
        MUNICIPAL,
        Governance::LocalOnly,
        Citation::section("BbgKVerf", "17"),
        BB_FROM,
        BB_RULES,
        "Voluntary; § 19 BbgKVerf (2007) until 8 June 2024, § 17 BbgKVerf (2024) since 9 June 2024. The \
         Hauptsatzung may provide for direct election.",
    ),
    regime(
        Land::MecklenburgVorpommern,
        BodyType::LocalAdvisoryBoard,
        MUNICIPAL,
        Governance::Statute,
        Citation::whole("InTG M-V"),
        MV_FROM,
        MV_RULES,
        "The InTG M-V (in force 2 April 2024) has kann/soll rules on municipal Migrations- und \
         Integrationsbeiräte; their paragraph, thresholds and composition rules were not read, so nothing is \
         checked as verified. Earlier law is not recorded.",
    ),
    regime(
        Land::Niedersachsen,
        BodyType::LocalAdvisoryBoard,
        MUNICIPAL,
        Governance::LocalOnly,
        Citation::section("NKomVG", "71").paragraph(6),
        NI_FROM,
        NI_RULES,
        "No obligation. Council committees may seat co-opted persons under § 71 Abs. 6 NKomVG (secondary \
         source); the basis of Beiräte is not confirmed.",
    ),
    regime(
        Land::SachsenAnhalt,
        BodyType::LocalAdvisoryBoard,
        MUNICIPAL,
        Governance::LocalOnly,
        Citation::section("KVG LSA", "80"),
        ST_FROM,
        ST_RULES,
        "Voluntary; the content of § 80 KVG LSA (since 2018) was seen only in a secondary description.",
    ),
    regime(
        Land::SchleswigHolstein,
        BodyType::LocalAdvisoryBoard,
        MUNICIPAL,
        Governance::LocalOnly,
        Citation::section("GO SH", "47d"),
        SH_FROM,
        SH_MUNICIPAL_RULES,
        "Beiräte by Satzung under § 47d GO; their rights under § 47e GO (information, motions, speaking).",
    ),
    regime(
        Land::SchleswigHolstein,
        BodyType::LocalAdvisoryBoard,
        COUNTY,
        Governance::LocalOnly,
        Citation::section("KrO SH", "42a"),
        SH_FROM,
        SH_COUNTY_RULES,
        "County Beiräte by Satzung under § 42a KrO; rights under § 42b KrO.",
    ),
    regime(
        Land::Thueringen,
        BodyType::LocalAdvisoryBoard,
        MUNICIPAL,
        Governance::LocalOnly,
        Citation::section("ThürKO", "26").paragraph(1),
        TH_FROM,
        TH_RULES,
        "Voluntary; bodies are created through the Hauptsatzung. The ThürKO reference (§ 26 Abs. 1) is seen \
         only in a truncated excerpt.",
    ),
    regime(
        Land::Hamburg,
        BodyType::StateAdvisoryBoard,
        Cow::Borrowed(&[Level::State]),
        Governance::LocalOnly,
        Citation::section("VerwBehG", "16"),
        HH_FROM,
        HH_STATE_RULES,
        "The Integrationsbeirat is a Verwaltungsausschuss of the Sozialbehörde, chaired by the head of the \
         authority; its composition is set by the authority (22nd period: 14 district members + 5 experts).",
    ),
    regime(
        Land::Hamburg,
        BodyType::LocalAdvisoryBoard,
        Cow::Borrowed(&[Level::Borough]),
        Governance::LocalOnly,
        Citation::whole("BezVG HH"),
        HH_DISTRICT_FROM,
        HH_DISTRICT_RULES,
        "District Integrationsbeiräte appointed by the Bezirksversammlung (Hamburg-Mitte since 2013).",
    ),
    regime(
        Land::Bremen,
        BodyType::StateAdvisoryBoard,
        Cow::Borrowed(&[Level::State]),
        Governance::LocalOnly,
        Citation::whole("Beschluss der Deputation für Soziales vom 16.12.2004"),
        HB_FROM,
        HB_STATE_RULES,
        "Bremer Rat für Integration (renamed and restructured in 2025): members delegated by institutions; \
         4-year term.",
    ),
    regime(
        Land::Bremen,
        BodyType::LocalAdvisoryBoard,
        MUNICIPAL,
        Governance::LocalOnly,
        Citation::whole("Beschluss der Stadtverordnetenversammlung Bremerhaven"),
        HB_BREMERHAVEN_FROM,
        HB_MUNICIPAL_RULES,
        "Bremerhaven Migrationsrat since the end of 2023.",
    ),
    regime(
        Land::Saarland,
        BodyType::IntegrationAdvisoryBoard,
        MUNICIPAL,
        Governance::Statute,
        KSVG_50,
        SL_2009,
        SL_RULES,
        "Recorded from 1 Jan 2009: the 2008 version (two thirds non-Germans elected by non-Germans, one third \
         council members, a Sprecher elected from its midst) until the promulgation of the 2023 law on \
         21 Dec 2023, then the 2023 version (two thirds elected, one third sent by the council). The in-force \
         days of both versions were not seen. The pre-2008 Ausländerbeirat is not recorded.",
    ),
    regime(
        Land::Berlin,
        BodyType::StateAdvisoryBoard,
        Cow::Borrowed(&[Level::State]),
        Governance::Statute,
        Citation::section("PartMigG", "17"),
        BE_2021,
        BE_STATE_RULES,
        "Landesbeirat für Partizipation: 13 elected representatives and delegates of institutions (voting), \
         advisory members; at least half should be women (not modelled).",
    ),
    regime(
        Land::Berlin,
        BodyType::LocalAdvisoryBoard,
        Cow::Borrowed(&[Level::Borough]),
        Governance::Statute,
        Citation::section("PartMigG", "19"),
        BE_2021,
        BE_DISTRICT_BOARD_RULES,
        "Every Bezirk must set up a Bezirksbeirat für Partizipation und Integration; its composition is set by \
         the district (Pankow: up to 27 members).",
    ),
];
