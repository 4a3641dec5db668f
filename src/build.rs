//! Building documents in code: a validating builder for bodies and
//! constructors for the parts, so that a new optional field of a document
//! does not break the code that builds one.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::body::{Jurisdiction, RawRepresentationBody, RepresentationBody};
use crate::citation::{Citation, LegalBasis, ProvisionUnit, Validity};
use crate::composition::{ChairSelection, RawComposition, RawSeatGroup, SeatFilling, VotingRight};
use crate::error::{Defects, FindingCode, JsonPointer};
use crate::finding::{Figures, Finding};
use crate::kind::BodyType;
use crate::land::{Land, Level};
use crate::law::constraint::Constraint;
use crate::local::LocalRule;
use crate::term::rules::{RawTerm, TermLength};

impl Jurisdiction {
    /// A jurisdiction without an AGS.
    ///
    /// ```
    /// use migrant_representation::{body::Jurisdiction, Land, Level};
    /// let j = Jurisdiction::new(Land::Bayern, Level::Municipality, "Kaufbeuren").with_ags("09762000");
    /// assert_eq!(j.ags.as_deref(), Some("09762000"));
    /// ```
    #[must_use]
    pub fn new(land: Land, level: Level, area: impl Into<String>) -> Self {
        Self {
            land,
            level,
            area: area.into(),
            ags: None,
        }
    }

    /// The same jurisdiction with its Amtlicher Gemeindeschlüssel.
    #[must_use]
    pub fn with_ags(mut self, ags: impl Into<String>) -> Self {
        self.ags = Some(ags.into());
        self
    }
}

impl RawSeatGroup {
    /// A seat group whose seats are all filled, of members who are not
    /// council members in another role.
    ///
    /// ```
    /// use migrant_representation::body::{RawSeatGroup, SeatFilling, SeatGroup, VotingRight};
    /// let g = RawSeatGroup::new("experts", "Fachkräfte", SeatFilling::Appointed, VotingRight::Voting, 5).with_filled(4);
    /// let g = SeatGroup::new(g)?;
    /// assert_eq!((g.seats(), g.filled()), (5, 4));
    /// # Ok::<(), migrant_representation::error::Defects>(())
    /// ```
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        label: impl Into<String>,
        filling: SeatFilling,
        voting: VotingRight,
        seats: u16,
    ) -> Self {
        Self {
            id: id.into(),
            label: label.into(),
            filling,
            voting,
            seats,
            filled: None,
            office: None,
            council_members: false,
            women: None,
            with_migration_history: None,
        }
    }

    /// The office whose holder has the seat (`"Oberbürgermeister"`).
    #[must_use]
    pub fn with_office(mut self, office: impl Into<String>) -> Self {
        self.office = Some(office.into());
        self
    }

    /// How many seats are filled.
    #[must_use]
    pub fn with_filled(mut self, filled: u16) -> Self {
        self.filled = Some(filled);
        self
    }

    /// The holders are council members in another role.
    #[must_use]
    pub fn held_by_council_members(mut self) -> Self {
        self.council_members = true;
        self
    }
}

impl RawComposition {
    /// A composition of these seat groups, saying nothing of the chair.
    ///
    /// ```
    /// use migrant_representation::body::{Composition, RawComposition, RawSeatGroup, SeatFilling, VotingRight};
    /// let raw = RawComposition::new(vec![RawSeatGroup::new("elected", "gewählt", SeatFilling::DirectlyElected, VotingRight::Voting, 9)]);
    /// assert_eq!(Composition::new(raw)?.total_seats(), 9);
    /// # Ok::<(), migrant_representation::error::Defects>(())
    /// ```
    #[must_use]
    pub fn new(seat_groups: Vec<RawSeatGroup>) -> Self {
        Self {
            seat_groups,
            chair: None,
            deputies: None,
            deputy_count: None,
        }
    }
}

impl crate::roster::Membership {
    /// A member holding a seat of `seat_group` from `start_date` on, as
    /// an ordinary member.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::body::{Membership, Role};
    /// let m = Membership::new("A. Yılmaz", "elected", NaiveDate::from_ymd_opt(2025, 11, 3).unwrap()).with_role(Role::Chair);
    /// assert_eq!(m.role, Role::Chair);
    /// ```
    #[must_use]
    pub fn new(
        person: impl Into<String>,
        seat_group: impl Into<String>,
        start_date: NaiveDate,
    ) -> Self {
        Self {
            person: person.into(),
            seat_group: Some(seat_group.into()),
            role: crate::roster::Role::Member,
            start_date: Some(start_date),
            end_date: None,
            on_behalf_of: None,
            council_member: false,
        }
    }

    /// The same membership with another role.
    #[must_use]
    pub fn with_role(mut self, role: crate::roster::Role) -> Self {
        self.role = role;
        self
    }

    /// The same membership ending on `end_date`.
    #[must_use]
    pub fn until(mut self, end_date: NaiveDate) -> Self {
        self.end_date = Some(end_date);
        self
    }
}

impl RawTerm {
    /// A term that follows the council's Wahlperiode opened by the election
    /// on `council_elected_on`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::body::{RawTerm, Term};
    /// let t = RawTerm::council_term(NaiveDate::from_ymd_opt(2020, 3, 15).unwrap());
    /// let t = Term::new(t)?;
    /// assert_eq!(t.anchor(), NaiveDate::from_ymd_opt(2020, 3, 15).unwrap());
    /// # Ok::<(), migrant_representation::error::Defects>(())
    /// ```
    #[must_use]
    pub fn council_term(council_elected_on: NaiveDate) -> Self {
        Self::of(None, TermLength::CouncilTerm { council_elected_on })
    }

    /// A term of `years` years from the constituent meeting; `None` for
    /// zero years.
    #[must_use]
    pub fn years(constituted_on: NaiveDate, years: u8) -> Option<Self> {
        std::num::NonZeroU8::new(years)
            .map(|years| Self::of(Some(constituted_on), TermLength::Years { years }))
    }

    /// A term from the constituent meeting to a known last day.
    #[must_use]
    pub fn fixed_end(constituted_on: NaiveDate, ends_on: NaiveDate) -> Self {
        Self::of(Some(constituted_on), TermLength::FixedEnd { ends_on })
    }

    fn of(constituted_on: Option<NaiveDate>, length: TermLength) -> Self {
        Self {
            constituted_on,
            length: Some(length),
            ..Self::default()
        }
    }

    /// The members stay in office until the successor body first meets
    /// (said explicitly; a term that says nothing gets what the statute
    /// says).
    #[must_use]
    pub fn continuing_until_successor_meets(mut self) -> Self {
        self.continues_until_successor_meets = Some(true);
        self
    }

    /// A term whose length the statute decides: the document gives none
    /// (an NRW Integrationsrat's follows the council's Wahlperiode).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::body::RawTerm;
    /// let elected = NaiveDate::from_ymd_opt(2025, 9, 14).unwrap();
    /// let t = RawTerm::elected(elected);
    /// assert_eq!(t.length, None);
    /// assert_eq!(t.elected_on, Some(elected));
    /// ```
    #[must_use]
    pub fn elected(elected_on: NaiveDate) -> Self {
        Self {
            elected_on: Some(elected_on),
            ..Self::default()
        }
    }

    /// The day of the constituent meeting.
    #[must_use]
    pub fn constituted(mut self, day: NaiveDate) -> Self {
        self.constituted_on = Some(day);
        self
    }

    /// The day the members were elected.
    #[must_use]
    pub fn with_elected_on(mut self, day: NaiveDate) -> Self {
        self.elected_on = Some(day);
        self
    }
}

impl Citation {
    /// A citation of a whole law or local instrument, from a string the
    /// program owns (a name read from a database): the `const`
    /// constructors take `&'static str`.
    ///
    /// ```
    /// use migrant_representation::Citation;
    /// let from_db = String::from("Hauptsatzung der Stadt Musterstadt");
    /// let c = Citation::of_law(from_db).with_number("7").paragraph(2);
    /// assert_eq!(c.to_string(), "§ 7 Abs. 2 Hauptsatzung der Stadt Musterstadt");
    /// ```
    #[must_use]
    pub fn of_law(law: impl Into<Cow<'static, str>>) -> Self {
        Self {
            law: law.into(),
            ..Self::whole("")
        }
    }

    /// The same citation of a section (§) with this number.
    ///
    /// ```
    /// use migrant_representation::Citation;
    /// let number = String::from("4b");
    /// let c = Citation::whole("HKO").with_number(number).paragraph(3);
    /// assert_eq!(c.to_string(), "§ 4b Abs. 3 HKO");
    /// ```
    #[must_use]
    pub fn with_number(mut self, number: impl Into<Cow<'static, str>>) -> Self {
        self.unit = ProvisionUnit::Section;
        self.number = Some(number.into());
        self
    }
}

impl LegalBasis {
    /// A council resolution (Ratsbeschluss), with the provision that
    /// permits it.
    #[must_use]
    pub fn council_resolution(title: impl Into<String>, enabling: Option<Citation>) -> Self {
        Self::CouncilResolution {
            title: title.into(),
            adopted_on: None,
            enabling,
        }
    }

    /// A Satzung (Hauptsatzung or special Satzung), with the provision that
    /// permits it.
    #[must_use]
    pub fn satzung(title: impl Into<String>, enabling: Option<Citation>) -> Self {
        Self::Satzung {
            title: title.into(),
            adopted_on: None,
            enabling,
        }
    }
}

impl ChairSelection {
    /// Held by an office, whose holder may have a seat in `group`.
    #[must_use]
    pub fn ex_officio(office: impl Into<String>, group: Option<&str>) -> Self {
        Self::ExOfficio {
            office: office.into(),
            group: group.map(str::to_owned),
        }
    }
}

impl LocalRule {
    /// A rule of the body's own basis, in force always.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        citation: Citation,
        statement: impl Into<String>,
        constraint: Constraint,
    ) -> Self {
        Self {
            id: id.into(),
            citation,
            statement: statement.into(),
            validity: Validity::always(),
            constraint,
        }
    }

    /// The same rule, in force only in `validity`.
    #[must_use]
    pub fn in_force(mut self, validity: Validity) -> Self {
        self.validity = validity;
        self
    }
}

/// Builds a [`RepresentationBody`] in code with the checks that reading a
/// document makes ([`RepresentationBody::builder`]).
#[derive(Debug, Clone)]
#[must_use]
pub struct RepresentationBodyBuilder {
    raw: RawRepresentationBody,
    legal_basis: Option<LegalBasis>,
}

impl RepresentationBody {
    /// Starts a body in code: the parts every body has. The English label is
    /// the official name until another is given.
    ///
    /// # Example
    ///
    /// The Kaufbeuren Integrationsbeirat over its two recorded terms, as the
    /// bundled document describes it:
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::law::constraint::Seats;
    /// use migrant_representation::{body::LocalRule, body::{ChairSelection, Jurisdiction, LegalBasis, RawComposition, RawSeatGroup, RawTerm, SeatClass, SeatFilling, SeatSelector, VotingRight}, BodyType, Citation, Land, Level, RepresentationBody, Validity};
    /// use SeatFilling::*;
    /// use VotingRight::*;
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let seats = |n| Seats { of: SeatSelector::of(&[SeatClass::Any]), min: Some(n), max: Some(n) }.into();
    /// // The second term: renamed, with 28 members appointed by the Stadtrat.
    /// let mut second = RawTerm::council_term(d("2020-03-15")).constituted(d("2021-07-12"));
    /// second.official_name = Some("Beirat für Vielfalt und Offene Gesellschaft der Stadt Kaufbeuren".into());
    /// second.composition = Some(RawComposition::new(vec![RawSeatGroup::new(
    ///     "members",
    ///     "vom Stadtrat bestellte Beiratsmitglieder (Aufteilung nicht veröffentlicht gefunden)",
    ///     Appointed, Voting, 28,
    /// )]));
    /// let built = RepresentationBody::builder(
    ///     "kaufbeuren-integrationsbeirat",
    ///     "Integrationsbeirat der Stadt Kaufbeuren",
    ///     BodyType::LocalAdvisoryBoard,
    ///     Jurisdiction::new(Land::Bayern, Level::Municipality, "Kaufbeuren").with_ags("09762000"),
    /// )
    /// .english_label("Integration Advisory Board of the City of Kaufbeuren")
    /// .legal_basis(LegalBasis::council_resolution(
    ///     "Beschlüsse des Stadtrates über den Integrationsbeirat (2013/2014: 26 Mitglieder) und über den Beirat für Vielfalt und Offene Gesellschaft (20.10.2020)",
    ///     Some(Citation::article("GO", "23")),
    /// ))
    /// .seat_group(RawSeatGroup::new("mayor", "Oberbürgermeister (Vorsitz)", ExOfficio, Voting, 1).with_office("Oberbürgermeister"))
    /// .seat_group(
    ///     RawSeatGroup::new("integration_commissioner", "Integrationsbeauftragter (stellv. Vorsitz)", ExOfficio, Voting, 1)
    ///         .with_office("Integrationsbeauftragter")
    ///         .held_by_council_members(),
    /// )
    /// .seat_group(
    ///     RawSeatGroup::new("coordination_office", "Koordinierungsstelle/Geschäftsstelle (nicht stimmberechtigt)", AdministrationStaff, Advisory, 1)
    ///         .with_office("Leitung der Koordinierungsstelle"),
    /// )
    /// .seat_group(RawSeatGroup::new("council", "Stadtratsmitglieder (Fraktionsvertreter)", CouncilDelegated, Voting, 5))
    /// .seat_group(RawSeatGroup::new("experts", "Fachkräfte", Appointed, Voting, 5))
    /// .seat_group(RawSeatGroup::new("migrants", "Migrantinnen und Migranten", Appointed, Voting, 13))
    /// .chair(ChairSelection::ex_officio("Oberbürgermeister", Some("mayor")))
    /// .deputies(ChairSelection::ex_officio("Integrationsbeauftragter", Some("integration_commissioner")), 1)
    /// .term(RawTerm::council_term(d("2014-03-16")).constituted(d("2014-09-29")))
    /// .term(second)
    /// .local_rule(LocalRule::new(
    ///     "kaufbeuren.seats",
    ///     Citation::whole("Beschluss des Stadtrates Kaufbeuren über den Integrationsbeirat"),
    ///     "Die Zahl der Beiratsmitglieder ist auf 26 festgelegt.",
    ///     seats(26),
    /// ).in_force(Validity::until(d("2020-10-20"))))
    /// .local_rule(LocalRule::new(
    ///     "kaufbeuren.seats_2020",
    ///     Citation::whole("Beschluss des Stadtrates Kaufbeuren vom 20.10.2020 über den Beirat für Vielfalt und Offene Gesellschaft"),
    ///     "Der Beirat für Vielfalt und Offene Gesellschaft besteht aus 28 Mitgliedern.",
    ///     seats(28),
    /// ).in_force(Validity::since(d("2020-10-20"))))
    /// .source("https://www.kaufbeuren.de/desktopdefault.aspx/tabid-2227/2732_read-19463/")
    /// .source("https://www.all-in.de/kempten/c-lokales/einstimmig-fuer-das-neue-konzept_a654812")
    /// .source("https://kaufbeuren-aktiv.de/meldung/aus-integrationsbeirat-wird-beirat-fuer-vielfalt-und-offene-gesellschaft.html")
    /// .source("https://kaufbeuren-aktiv.de/top-themen/meldung/konstituierende-sitzung-des-beirats-f%C3%BCr-vielfalt-und-offene-gesellschaft-am-12-07-2021-im-stadtsaal.html")
    /// .source("https://kaufbeuren-aktiv.de/vielfalt/beirat-fuer-vielfalt-und-offene-gesellschaft.html")
    /// .source("http://www.kreisbote.de/lokales/kaufbeuren/zusammenleben-muss-stimmen-2580533.html")
    /// .build()?;
    /// let bundled = std::fs::read_to_string("examples/data/history/kaufbeuren-integrationsbeirat.json")?;
    /// assert_eq!(built, RepresentationBody::from_json_str(&bundled)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder(
        id: impl Into<String>,
        official_name: impl Into<String>,
        body_type: BodyType,
        jurisdiction: Jurisdiction,
    ) -> RepresentationBodyBuilder {
        RepresentationBodyBuilder {
            // The legal basis is replaced by the one given; `build` fails
            // without one.
            raw: RawRepresentationBody::new(
                id,
                official_name,
                body_type,
                jurisdiction,
                LegalBasis::Statute {
                    citation: Citation::whole(""),
                },
                RawComposition::new(Vec::new()),
            ),
            legal_basis: None,
        }
    }
}

impl RepresentationBodyBuilder {
    /// The English label.
    ///
    /// ```
    /// use migrant_representation::body::{Jurisdiction, LegalBasis, RawSeatGroup, SeatFilling, VotingRight};
    /// use migrant_representation::{BodyType, Land, Level, RepresentationBody};
    /// let body = RepresentationBody::builder(
    ///     "musterstadt-beirat", "Integrationsbeirat Musterstadt", BodyType::LocalAdvisoryBoard,
    ///     Jurisdiction::new(Land::Bayern, Level::Municipality, "Musterstadt"),
    /// )
    /// .legal_basis(LegalBasis::council_resolution("Beschluss des Stadtrates", None))
    /// .seat_group(RawSeatGroup::new("m", "Mitglieder", SeatFilling::Appointed, VotingRight::Voting, 9))
    /// .english_label("Integration advisory board of Musterstadt")
    /// .build()?;
    /// assert_eq!(body.english_label(), "Integration advisory board of Musterstadt");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn english_label(mut self, label: impl Into<String>) -> Self {
        self.raw.english_label = label.into();
        self
    }

    /// The legal basis (required).
    ///
    /// ```
    /// use migrant_representation::body::{Jurisdiction, LegalBasis, RawSeatGroup, SeatFilling, VotingRight};
    /// use migrant_representation::{BodyType, Land, Level, RepresentationBody};
    /// let body = RepresentationBody::builder(
    ///     "musterstadt-beirat", "Integrationsbeirat Musterstadt", BodyType::LocalAdvisoryBoard,
    ///     Jurisdiction::new(Land::Bayern, Level::Municipality, "Musterstadt"),
    /// )
    /// .legal_basis(LegalBasis::council_resolution("Beschluss des Stadtrates", None))
    /// .seat_group(RawSeatGroup::new("m", "Mitglieder", SeatFilling::Appointed, VotingRight::Voting, 9))
    /// .build()?;
    /// assert!(matches!(body.legal_basis(), LegalBasis::CouncilResolution { .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn legal_basis(mut self, basis: LegalBasis) -> Self {
        self.legal_basis = Some(basis);
        self
    }

    /// One more seat group, after those given.
    ///
    /// ```
    /// use migrant_representation::body::{Jurisdiction, LegalBasis, RawSeatGroup, SeatFilling, VotingRight};
    /// use migrant_representation::{BodyType, Land, Level, RepresentationBody};
    /// let body = RepresentationBody::builder(
    ///     "musterstadt-beirat", "Integrationsbeirat Musterstadt", BodyType::LocalAdvisoryBoard,
    ///     Jurisdiction::new(Land::Bayern, Level::Municipality, "Musterstadt"),
    /// )
    /// .legal_basis(LegalBasis::council_resolution("Beschluss des Stadtrates", None))
    /// .seat_group(RawSeatGroup::new("m", "Mitglieder", SeatFilling::Appointed, VotingRight::Voting, 9))
    /// .seat_group(RawSeatGroup::new("s", "Verwaltung", SeatFilling::AdministrationStaff, VotingRight::Advisory, 1))
    /// .build()?;
    /// assert_eq!(body.composition().total_seats(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn seat_group(mut self, group: RawSeatGroup) -> Self {
        self.raw.composition.seat_groups.push(group);
        self
    }

    /// How the chair is chosen.
    ///
    /// ```
    /// use migrant_representation::body::{Jurisdiction, LegalBasis, RawSeatGroup, SeatFilling, VotingRight, ChairSelection};
    /// use migrant_representation::{BodyType, Land, Level, RepresentationBody};
    /// let body = RepresentationBody::builder(
    ///     "musterstadt-beirat", "Integrationsbeirat Musterstadt", BodyType::LocalAdvisoryBoard,
    ///     Jurisdiction::new(Land::Bayern, Level::Municipality, "Musterstadt"),
    /// )
    /// .legal_basis(LegalBasis::council_resolution("Beschluss des Stadtrates", None))
    /// .seat_group(RawSeatGroup::new("m", "Mitglieder", SeatFilling::Appointed, VotingRight::Voting, 9))
    /// .chair(ChairSelection::ElectedFromMembers {})
    /// .build()?;
    /// assert!(body.composition().chair().is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn chair(mut self, chair: ChairSelection) -> Self {
        self.raw.composition.chair = Some(chair);
        self
    }

    /// How the deputy chairs are chosen, and how many there are (0: not
    /// said).
    ///
    /// ```
    /// use migrant_representation::body::{Jurisdiction, LegalBasis, RawSeatGroup, SeatFilling, VotingRight, ChairSelection};
    /// use migrant_representation::{BodyType, Land, Level, RepresentationBody};
    /// let body = RepresentationBody::builder(
    ///     "musterstadt-beirat", "Integrationsbeirat Musterstadt", BodyType::LocalAdvisoryBoard,
    ///     Jurisdiction::new(Land::Bayern, Level::Municipality, "Musterstadt"),
    /// )
    /// .legal_basis(LegalBasis::council_resolution("Beschluss des Stadtrates", None))
    /// .seat_group(RawSeatGroup::new("m", "Mitglieder", SeatFilling::Appointed, VotingRight::Voting, 9))
    /// .deputies(ChairSelection::ElectedFromMembers {}, 2)
    /// .build()?;
    /// assert!(body.composition().deputies().is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn deputies(mut self, deputies: ChairSelection, count: u8) -> Self {
        self.raw.composition.deputies = Some(deputies);
        self.raw.composition.deputy_count = std::num::NonZeroU8::new(count);
        self
    }

    /// One more term, after those given (the earliest first). A body with
    /// one term writes it as `term`, with more as `terms`.
    ///
    /// ```
    /// use migrant_representation::body::{Jurisdiction, LegalBasis, RawSeatGroup, SeatFilling, VotingRight, RawTerm};
    /// use migrant_representation::{BodyType, Land, Level, RepresentationBody};
    /// let body = RepresentationBody::builder(
    ///     "musterstadt-beirat", "Integrationsbeirat Musterstadt", BodyType::LocalAdvisoryBoard,
    ///     Jurisdiction::new(Land::Bayern, Level::Municipality, "Musterstadt"),
    /// )
    /// .legal_basis(LegalBasis::council_resolution("Beschluss des Stadtrates", None))
    /// .seat_group(RawSeatGroup::new("m", "Mitglieder", SeatFilling::Appointed, VotingRight::Voting, 9))
    /// .term(RawTerm::years(chrono::NaiveDate::from_ymd_opt(2020, 7, 1).unwrap(), 6).ok_or("a term")?)
    /// .build()?;
    /// assert_eq!(body.terms().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn term(mut self, term: RawTerm) -> Self {
        self.raw.terms.push(term);
        self
    }

    /// One more local rule.
    ///
    /// ```
    /// use migrant_representation::body::{Jurisdiction, LegalBasis, RawSeatGroup, SeatFilling, VotingRight, LocalRule};
    /// use migrant_representation::{BodyType, Citation, Land, Level, RepresentationBody};
    /// let body = RepresentationBody::builder(
    ///     "musterstadt-beirat", "Integrationsbeirat Musterstadt", BodyType::LocalAdvisoryBoard,
    ///     Jurisdiction::new(Land::Bayern, Level::Municipality, "Musterstadt"),
    /// )
    /// .legal_basis(LegalBasis::council_resolution("Beschluss des Stadtrates", None))
    /// .seat_group(RawSeatGroup::new("m", "Mitglieder", SeatFilling::Appointed, VotingRight::Voting, 9))
    /// .local_rule(LocalRule::new(
    ///     "seats", Citation::whole("Satzung"), "Der Beirat hat 9 Mitglieder.",
    ///     serde_json::from_value(serde_json::json!({"kind": "seats", "of": {"classes": ["any"]}, "min": 9, "max": 9}))?,
    /// ))
    /// .build()?;
    /// assert_eq!(body.local_rules().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn local_rule(mut self, rule: LocalRule) -> Self {
        self.raw.local_rules.push(rule);
        self
    }

    /// One more membership of the roster.
    ///
    /// ```
    /// use migrant_representation::body::{Jurisdiction, LegalBasis, RawSeatGroup, SeatFilling, VotingRight, Membership};
    /// use migrant_representation::{BodyType, Land, Level, RepresentationBody};
    /// let body = RepresentationBody::builder(
    ///     "musterstadt-beirat", "Integrationsbeirat Musterstadt", BodyType::LocalAdvisoryBoard,
    ///     Jurisdiction::new(Land::Bayern, Level::Municipality, "Musterstadt"),
    /// )
    /// .legal_basis(LegalBasis::council_resolution("Beschluss des Stadtrates", None))
    /// .seat_group(RawSeatGroup::new("m", "Mitglieder", SeatFilling::Appointed, VotingRight::Voting, 9))
    /// .member(Membership::new("anna", "m", chrono::NaiveDate::from_ymd_opt(2020, 7, 1).unwrap()))
    /// .build()?;
    /// assert_eq!(body.roster().map(|r| r.len()), Some(1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn member(mut self, membership: crate::roster::Membership) -> Self {
        self.raw
            .roster
            .get_or_insert_with(Vec::new)
            .push(membership);
        self
    }

    /// One more source (a URL or a reference).
    ///
    /// ```
    /// use migrant_representation::body::{Jurisdiction, LegalBasis, RawSeatGroup, SeatFilling, VotingRight};
    /// use migrant_representation::{BodyType, Land, Level, RepresentationBody};
    /// let body = RepresentationBody::builder(
    ///     "musterstadt-beirat", "Integrationsbeirat Musterstadt", BodyType::LocalAdvisoryBoard,
    ///     Jurisdiction::new(Land::Bayern, Level::Municipality, "Musterstadt"),
    /// )
    /// .legal_basis(LegalBasis::council_resolution("Beschluss des Stadtrates", None))
    /// .seat_group(RawSeatGroup::new("m", "Mitglieder", SeatFilling::Appointed, VotingRight::Voting, 9))
    /// .source("https://www.musterstadt.de/integrationsbeirat")
    /// .build()?;
    /// assert_eq!(body.sources(), ["https://www.musterstadt.de/integrationsbeirat"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn source(mut self, source: impl Into<String>) -> Self {
        self.raw.sources.push(source.into());
        self
    }

    /// The body, checked against the structural rules.
    ///
    /// # Errors
    /// [`Defects`] listing every structural problem with its JSON
    /// Pointer, as for a document; a missing legal basis is an `empty_text`
    /// at `/legal_basis`.
    ///
    /// ```
    /// use migrant_representation::body::{Jurisdiction, LegalBasis, RawSeatGroup, SeatFilling, VotingRight};
    /// use migrant_representation::{BodyType, Land, Level, RepresentationBody};
    /// let body = RepresentationBody::builder(
    ///     "musterstadt-beirat", "Integrationsbeirat Musterstadt", BodyType::LocalAdvisoryBoard,
    ///     Jurisdiction::new(Land::Bayern, Level::Municipality, "Musterstadt"),
    /// )
    /// .legal_basis(LegalBasis::council_resolution("Beschluss des Stadtrates", None))
    /// .seat_group(RawSeatGroup::new("m", "Mitglieder", SeatFilling::Appointed, VotingRight::Voting, 9))
    /// .build()?;
    /// assert_eq!(body.id(), "musterstadt-beirat");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(mut self) -> Result<RepresentationBody, Defects> {
        let Some(basis) = self.legal_basis.take() else {
            let missing = Finding::format(
                FindingCode::EmptyText,
                JsonPointer::root().field("legal_basis"),
                "format.builder.legal_basis",
                Figures::none(),
            );
            return Err(Defects::one(missing));
        };
        self.raw.legal_basis = basis;
        RepresentationBody::new(self.raw)
    }
}

impl crate::organisation::Scope {
    /// Where an association or network works: its level, and its Land and
    /// area where it has them.
    #[must_use]
    pub fn new(level: Level, land: Option<Land>, area: Option<String>) -> Self {
        Self { level, land, area }
    }
}

impl crate::organisation::MemberReference {
    /// A member that is a document of this crate, by its id.
    #[must_use]
    pub fn new(id: impl Into<String>, kind: crate::organisation::ReferenceKind) -> Self {
        Self {
            id: id.into(),
            kind,
        }
    }
}

impl crate::organisation::RawAssociation {
    /// An association with what every association has; the rest is empty.
    ///
    /// ```
    /// use migrant_representation::{Association, Land, Level, organisation::{AssociationKind, RawAssociation, Scope}};
    /// let raw = RawAssociation::new(
    ///     "laka-bw",
    ///     "Landesverband der kommunalen Migrantenvertretungen Baden-Württemberg (LAKA)",
    ///     "State Association of Municipal Migrant Representations of Baden-Württemberg",
    ///     AssociationKind::StateAssociation,
    ///     Scope::new(Level::State, Some(Land::BadenWuerttemberg), None),
    /// );
    /// assert!(Association::new(raw).is_ok());
    /// ```
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        official_name: impl Into<String>,
        english_label: impl Into<String>,
        kind: crate::organisation::AssociationKind,
        scope: crate::organisation::Scope,
    ) -> Self {
        Self {
            document_type: crate::organisation::AssociationTag::Association,
            schema_version: crate::limits::SCHEMA_VERSION,
            id: id.into(),
            official_name: official_name.into(),
            english_label: english_label.into(),
            kind,
            scope,
            legal_anchoring: None,
            founded_on: None,
            founded_year: None,
            member_organisations: None,
            countries_of_origin: None,
            recognitions: Vec::new(),
            members: Vec::new(),
            fields_of_work: Vec::new(),
            sources: Vec::new(),
        }
    }
}

impl crate::organisation::RawNetwork {
    /// A network with what every network has; its members, evidence and
    /// characteristics start empty (set their public fields).
    ///
    /// ```
    /// use migrant_representation::{Land, Level, Network, organisation::{MaturityStage, RawNetwork, Scope}};
    /// let mut raw = RawNetwork::new(
    ///     "initiative-musterstadt",
    ///     "Initiative der Migrantenorganisationen Musterstadt",
    ///     "Initiative of migrant organisations, Musterstadt",
    ///     Scope::new(Level::Municipality, Some(Land::NordrheinWestfalen), Some("Musterstadt".into())),
    ///     MaturityStage::Initiative,
    /// );
    /// raw.members.count = 6;
    /// raw.members.origins = vec!["Türkei".into(), "Ghana".into()];
    /// raw.evidence.cooperation_across_origins = true;
    /// raw.evidence.regular_meetings = true;
    /// let n = Network::new(raw)?;
    /// assert_eq!(n.assess().supported, Some(MaturityStage::Initiative));
    /// # Ok::<(), migrant_representation::error::Defects>(())
    /// ```
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        official_name: impl Into<String>,
        english_label: impl Into<String>,
        scope: crate::organisation::Scope,
        claimed_stage: crate::network::MaturityStage,
    ) -> Self {
        Self {
            document_type: crate::organisation::NetworkTag::Network,
            schema_version: crate::limits::SCHEMA_VERSION,
            id: id.into(),
            official_name: official_name.into(),
            english_label: english_label.into(),
            scope,
            claimed_stage,
            founded_on: None,
            members: crate::network::NetworkMembers::default(),
            evidence: crate::network::NetworkEvidence::default(),
            characteristics: crate::network::NetworkCharacteristics::default(),
            sources: Vec::new(),
        }
    }
}

impl crate::local::LocalRight {
    /// A right the body's own basis grants ("muss" unless set otherwise),
    /// in force always.
    #[must_use]
    pub fn new(
        id: impl Into<String>,
        kind: crate::law::rights::RightKind,
        organs: Vec<crate::law::rights::Organ>,
        matters: crate::law::rights::Matters,
        citation: Citation,
        statement: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            kind,
            organs,
            matters,
            modality: crate::law::vocab::Modality::Must,
            citation,
            statement: statement.into(),
            validity: Validity::always(),
        }
    }
}
