//! Terms of office as a document records them: when a term was elected and
//! constituted, how long it lasts, whether it continues until the successor
//! meets, how it ended, and its own seats and members where they changed.
//!
//! A term's days in office depend on the law (a term that follows the
//! council's Wahlperiode, a continuation the statute gives): the
//! [`crate::Law`] resolves them when a body is checked
//! ([`crate::Law::office`], [`crate::Law::term_periods`]). This module
//! reads no law.

use chrono::NaiveDate;
use serde::Serialize;

use crate::composition::Composition;
use crate::error::{Collector, FindingCode, Loc};
use crate::finding::{Figures, Quantity, Requirement};
use crate::roster::Roster;

pub(crate) mod rules;
pub(crate) use rules::last_day_of_years;
pub use rules::{
    CouncilTermEnd, CouncilTermRule, CouncilTermStart, RawTerm, TermEnding, TermLength, Wahlperiode,
};

/// The council-term rule of `land` in the built-in law: the Wahlperiode of
/// its municipal councils, which the crate records for every Land
/// ([`crate::Law::council_term`] for a law a program builds).
///
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{Land, law::{council_term_rule, CouncilTermStart}};
///
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // NRW: five years from 1 November of the election year.
/// let nrw = council_term_rule(Land::NordrheinWestfalen);
/// assert_eq!(
///     nrw.term_for(day(2025, 9, 14)),
///     Some((day(2025, 11, 1), day(2030, 10, 31)))
/// );
/// // Hamburg: five years from the Bezirksversammlung's first meeting,
/// // which only the body's document can give.
/// let hh = council_term_rule(Land::Hamburg);
/// assert_eq!(hh.start, CouncilTermStart::AtConstitution {});
/// assert_eq!(hh.term_for(day(2024, 6, 9)), None);
/// // Bremen: four years, from the assembly's first meeting as well.
/// let hb = council_term_rule(Land::Bremen);
/// assert_eq!(hb.years, 4);
/// assert_eq!(
///     hb.period_from(day(2023, 5, 14), Some(day(2023, 7, 4))),
///     Some((Some(day(2023, 7, 4)), day(2027, 7, 3)))
/// );
/// ```
#[must_use]
pub fn council_term_rule(land: crate::land::Land) -> &'static CouncilTermRule {
    crate::law::builtin_council_term(land)
}

/// A validated term: its dates in order, its own seats and members (where
/// it has them) structurally sound.
///
/// A document creates its terms; [`Term::new`] validates one on its own.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::body::{RawTerm, Term, TermLength};
/// let raw: RawTerm = serde_json::from_str(
///     r#"{"elected_on": "2025-09-14",
///         "length": {"kind": "council_term", "council_elected_on": "2025-09-14"}}"#,
/// )?;
/// let term = Term::new(raw)?;
/// assert!(matches!(term.length(), Some(TermLength::CouncilTerm { .. })));
/// // The document says nothing about continuing in office: the statute decides.
/// assert_eq!(term.continues_until_successor_meets(), None);
/// assert_eq!(term.anchor(), NaiveDate::from_ymd_opt(2025, 9, 14).unwrap());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(into = "RawTerm")]
pub struct Term {
    raw: RawTerm,
    composition: Option<Composition>,
    roster: Option<Roster>,
    anchor: NaiveDate,
}

impl Term {
    /// Validates one term on its own (a term's roster may then name only
    /// the term's own seat groups).
    ///
    /// # Errors
    /// [`crate::error::Defects`] with the structural problems of the term, their
    /// pointers relative to the term (`/constituted_on`).
    pub fn new(raw: RawTerm) -> Result<Self, crate::error::Defects> {
        let mut c = Collector::default();
        let term = Self::validate(raw, &[], &Loc::Root, &mut c);
        c.finish()?;
        // `validate` gives a term whenever it records no violation.
        term.ok_or_else(|| {
            crate::error::Defects::one(crate::finding::Finding::format(
                FindingCode::MissingConstitutionDate,
                crate::error::JsonPointer::root().field("constituted_on"),
                "format.term.constituted_on",
                Figures::none(),
            ))
        })
    }

    /// Validates `raw`; `groups` are the ids of the body's seat groups, which
    /// a roster of the term may name when the term has no composition of
    /// its own.
    pub(crate) fn validate(
        raw: RawTerm,
        groups: &[&str],
        path: &Loc<'_>,
        c: &mut Collector,
    ) -> Option<Self> {
        let mut ok = true;
        let council_elected_on = match raw.length {
            Some(TermLength::CouncilTerm { council_elected_on }) => Some(council_elected_on),
            _ => None,
        };
        // A term of fixed years or with a fixed end counts from its
        // constitution, which only the document can give.
        if matches!(
            raw.length,
            Some(TermLength::Years { .. } | TermLength::FixedEnd { .. })
        ) && raw.constituted_on.is_none()
        {
            ok = false;
            c.fail(
                FindingCode::MissingConstitutionDate,
                path.field("constituted_on"),
                "format.term.constituted_on",
            );
        }
        let anchor = raw.elected_on.or(raw.constituted_on).or(council_elected_on);
        if anchor.is_none() && ok {
            ok = false;
            c.fail(
                FindingCode::MissingConstitutionDate,
                path.field("constituted_on"),
                "format.term.constituted_on",
            );
        }
        if let Some(start) = raw.constituted_on {
            ok &= dates_in_order(c, path, raw.elected_on, "elected_on", start);
            match raw.length {
                Some(TermLength::FixedEnd { ends_on }) if ends_on < start => {
                    ok = false;
                    ends_before_start(c, path.field("length"), ends_on, start);
                }
                Some(TermLength::Years { years })
                    if last_day_of_years(start, years.get()).is_none() =>
                {
                    ok = false;
                    c.fail(
                        FindingCode::DateOutOfRange,
                        path.field("length"),
                        "format.term.date_range",
                    );
                }
                _ => {}
            }
            if let Some(e) = raw.ended {
                if e.on() <= start {
                    ok = false;
                    ends_before_start(c, path.field("ended").field("on"), e.on(), start);
                }
            }
        }
        ok &= successor_in_order(&raw, path, c);
        if let Some(name) = &raw.official_name {
            c.text(
                &path.field("official_name"),
                name,
                crate::limits::NAME_MAX_CHARS,
            );
        }
        let composition = raw
            .composition
            .clone()
            .map(|comp| Composition::validate(comp, &path.field("composition"), c));
        let roster = raw.roster.clone().map(|list| {
            let own: Vec<&str>;
            let ids = match &composition {
                Some(comp) => {
                    own = comp.seat_groups().iter().map(|g| g.id()).collect();
                    &own[..]
                }
                None => groups,
            };
            Roster::validate(list, ids, &path.field("roster"), c)
        });
        let anchor = anchor?;
        ok.then_some(Self {
            raw,
            composition,
            roster,
            anchor,
        })
    }

    /// The day the term is placed by: its election day, else its
    /// constitution, else the election of the council whose Wahlperiode it
    /// follows. A body's terms follow one another by this day.
    #[must_use]
    pub fn anchor(&self) -> NaiveDate {
        self.anchor
    }

    /// The day the members were elected, if the document says.
    #[must_use]
    pub fn elected_on(&self) -> Option<NaiveDate> {
        self.raw.elected_on
    }

    /// The day of the constituent meeting, if the document says.
    #[must_use]
    pub fn constituted_on(&self) -> Option<NaiveDate> {
        self.raw.constituted_on
    }

    /// How the length is defined, if the document says; otherwise the
    /// statute decides.
    #[must_use]
    pub fn length(&self) -> Option<TermLength> {
        self.raw.length
    }

    /// Whether the members stay in office until the successor first meets,
    /// if the document says; `None`: the statute decides.
    #[must_use]
    pub fn continues_until_successor_meets(&self) -> Option<bool> {
        self.raw.continues_until_successor_meets
    }

    /// The day the successor first met, if the document gives it on this
    /// term.
    #[must_use]
    pub fn successor_first_met_on(&self) -> Option<NaiveDate> {
        self.raw.successor_first_met_on
    }

    /// How the term ended, where it did not end in the ordinary way.
    #[must_use]
    pub fn ended(&self) -> Option<TermEnding> {
        self.raw.ended
    }

    /// The body's official name in this term, where the document gives one.
    #[must_use]
    pub fn official_name(&self) -> Option<&str> {
        self.raw.official_name.as_deref()
    }

    /// The term's own seats, where they differ from the body's.
    #[must_use]
    pub fn composition(&self) -> Option<&Composition> {
        self.composition.as_ref()
    }

    /// The term's own members, where the document lists them per term.
    #[must_use]
    pub fn roster(&self) -> Option<&Roster> {
        self.roster.as_ref()
    }
}

/// `earlier` (if given) must not lie after `later`.
fn dates_in_order(
    c: &mut Collector,
    path: &Loc<'_>,
    earlier: Option<NaiveDate>,
    field: &str,
    later: NaiveDate,
) -> bool {
    match earlier {
        Some(e) if e > later => {
            c.fail_with(
                FindingCode::DatesOutOfOrder,
                path.field(field),
                "format.term.order",
                Figures::of(
                    Quantity::Date(e),
                    Requirement::AtMost(Quantity::Date(later)),
                ),
            );
            false
        }
        _ => true,
    }
}

fn ends_before_start(c: &mut Collector, path: Loc<'_>, end: NaiveDate, start: NaiveDate) {
    c.fail_with(
        FindingCode::TermEndsBeforeStart,
        path,
        "format.term.order",
        Figures::of(
            Quantity::Date(end),
            Requirement::AtLeast(Quantity::Date(start)),
        ),
    );
}

/// A successor's first meeting needs a term that may continue until it,
/// and lies after the term's start.
fn successor_in_order(raw: &RawTerm, path: &Loc<'_>, c: &mut Collector) -> bool {
    let Some(s) = raw.successor_first_met_on else {
        return true;
    };
    if raw.continues_until_successor_meets == Some(false) {
        c.fail(
            FindingCode::SuccessorDateWithoutContinuation,
            path.field("successor_first_met_on"),
            "format.term.successor",
        );
        return false;
    }
    match raw.constituted_on.or(raw.elected_on) {
        Some(start) if s <= start => {
            c.fail_with(
                FindingCode::SuccessorMeetsBeforeStart,
                path.field("successor_first_met_on"),
                "format.term.order",
                Figures::of(
                    Quantity::Date(s),
                    Requirement::MoreThan(Quantity::Date(start)),
                ),
            );
            false
        }
        _ => true,
    }
}

/// Validates a body's terms: each on its own, then their order (each term's
/// [`Term::anchor`] after the one before). `single`: the document's one
/// `term`, whose pointer has no index.
pub(crate) fn validate_terms(
    raw: Vec<RawTerm>,
    groups: &[&str],
    (path, single): (&Loc<'_>, bool),
    c: &mut Collector,
) -> Vec<Term> {
    let mut out: Vec<Term> = Vec::with_capacity(raw.len());
    for (i, t) in raw.into_iter().enumerate() {
        let p = if single { *path } else { path.index(i) };
        if let Some(t) = Term::validate(t, groups, &p, c) {
            if let Some(prev) = out.last() {
                if t.anchor <= prev.anchor {
                    c.fail_with(
                        FindingCode::DatesOutOfOrder,
                        p,
                        "format.terms.order",
                        Figures::of(
                            Quantity::Date(t.anchor),
                            Requirement::MoreThan(Quantity::Date(prev.anchor)),
                        ),
                    );
                    continue;
                }
            }
            out.push(t);
        }
    }
    out
}

impl From<Term> for RawTerm {
    fn from(t: Term) -> Self {
        t.raw
    }
}
