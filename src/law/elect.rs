//! From the election result to the seats: the allocation by the law of the
//! election day, the check against the body whose members were elected,
//! and the elected as that body's roster.
//!
//! The part of the law that reads election results and bodies, so the
//! checker layer; the methods and the rules are data (`allocation`).

use std::borrow::Cow;
use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;

use super::Law;
use super::allocation::{
    AllocationError, AllocationMethod, AllocationRule, Claim, Lot, Surplus, apportion_claims,
};
use super::vocab::Certainty;
use crate::body::{RawRepresentationBody, RepresentationBody};
use crate::citation::Citation;
use crate::composition::{Composition, RawComposition, SeatFilling};
use crate::election::ElectionResult;
use crate::error::{FindingCode, JsonPointer};
use crate::finding::{
    Figures, Finding, GroupFigure, GroupRole, Quantity, Requirement, Severity, Statement,
};
use crate::land::Level;
use crate::language::Language;
use crate::membership::{Membership, Role};

/// Where the method of an allocation comes from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, strum::Display, strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum MethodSource {
    /// The statute prescribes it.
    Statute,
    /// The local Wahlordnung or Satzung names it, as the election result
    /// says.
    LocalRule,
}

/// What one list or single candidate gets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ListSeats {
    /// The list's name.
    pub name: String,
    /// Its votes.
    pub votes: u64,
    /// A single candidate (Einzelbewerber).
    pub single_candidate: bool,
    /// The seats the method allots it.
    pub entitled: u32,
    /// The seats it holds: at most one for a single candidate, at most its
    /// candidates for a list.
    pub seats: u32,
    /// The seats allotted that it cannot fill and that stay vacant.
    pub vacant: u32,
    /// The elected, in order (where the election result names the
    /// candidates).
    pub elected: Vec<String>,
    /// The substitutes (Ersatzbewerber), in order: the candidates beyond
    /// the seats.
    pub substitutes: Vec<String>,
}

/// The seats of an election, as the law of the election day allocates them.
///
/// # Example
/// ```
/// use migrant_representation::{ElectionResult, Language};
/// let json = std::fs::read_to_string("examples/data/elections/dormagen-integrationsrat-2025.json")?;
/// let allocation = ElectionResult::from_json_str(&json)?.allocate()?;
/// // A single candidate allotted three seats holds one; two stay vacant.
/// let gericke = &allocation.lists[1];
/// assert_eq!((gericke.entitled, gericke.seats, gericke.vacant), (3, 1, 2));
/// assert_eq!(allocation.vacant, 2);
/// assert!(allocation.is_determined());
/// assert!(allocation.describe(Language::De).contains("2 Sitze bleiben unbesetzt"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Allocation {
    /// The id of the election result.
    pub election: String,
    /// The election day.
    pub election_day: NaiveDate,
    /// The method applied.
    pub method: AllocationMethod,
    /// Where the method comes from.
    pub method_source: MethodSource,
    /// The id of the allocation rule of the election day.
    pub rule: Cow<'static, str>,
    /// The provision applied: the statute's, or the local provision read
    /// with the statute that leaves the method to it.
    pub citation: Citation,
    /// How sure the crate is of the rule.
    pub certainty: Certainty,
    /// The rule's statement.
    pub statement: Statement,
    /// The seats to fill.
    pub seats: u32,
    /// Per list, in the order of the election result.
    pub lists: Vec<ListSeats>,
    /// Seats that stay vacant: allotted to proposals that cannot fill them.
    pub vacant: u32,
    /// A tie the lot must decide, if any; its seats are in no list's count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lot: Option<Lot>,
}

impl Allocation {
    /// `true` when no lot is needed.
    #[must_use]
    pub fn is_determined(&self) -> bool {
        self.lot.is_none()
    }

    /// The names of the lists a lot is between (empty when none is needed).
    #[must_use]
    pub fn lot_lists(&self) -> Vec<&str> {
        self.lot.as_ref().map_or_else(Vec::new, |l| {
            l.among
                .iter()
                .filter_map(|i| self.lists.get(*i))
                .map(|l| l.name.as_str())
                .collect()
        })
    }

    /// The elected as members of the seat group `group` and the
    /// substitutes as [`Role::Substitute`], each with the list they sit
    /// for, in the order of the lists.
    ///
    /// ```
    /// use migrant_representation::{body::Role, ElectionResult};
    /// let json = std::fs::read_to_string("examples/data/elections/ratingen-integrationsrat-2025.json")?;
    /// let roster = ElectionResult::from_json_str(&json)?.allocate()?.roster("elected");
    /// // The two single candidates, each elected.
    /// assert_eq!(roster.len(), 2);
    /// assert!(roster.iter().all(|m| m.role == Role::Member));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn roster(&self, group: &str) -> Vec<Membership> {
        let member = |person: &str, role: Role, list: &str| Membership {
            person: person.to_owned(),
            seat_group: Some(group.to_owned()),
            role,
            start_date: None,
            end_date: None,
            on_behalf_of: Some(list.to_owned()),
            council_member: false,
        };
        let mut out = Vec::new();
        for l in &self.lists {
            out.extend(l.elected.iter().map(|p| member(p, Role::Member, &l.name)));
            out.extend(
                l.substitutes
                    .iter()
                    .map(|p| member(p, Role::Substitute, &l.name)),
            );
        }
        out
    }

    /// The allocation for people, in `lang`: the method and its citation,
    /// the seats per list, the vacant seats, the elected and substitutes,
    /// and a lot to be drawn. One line each.
    #[must_use]
    pub fn describe(&self, lang: Language) -> String {
        let de = lang != Language::En;
        let mut s = String::new();
        let _ = self.write_description(&mut s, de, lang);
        s
    }

    fn write_description(&self, s: &mut String, de: bool, lang: Language) -> std::fmt::Result {
        let day = if de {
            self.election_day.format("%d.%m.%Y").to_string()
        } else {
            self.election_day.format("%Y-%m-%d").to_string()
        };
        let unverified = if self.certainty == Certainty::Unverified {
            if de {
                " (nicht bestätigt)"
            } else {
                " (unverified)"
            }
        } else {
            ""
        };
        let source = match (self.method_source, de) {
            (MethodSource::LocalRule, true) => ", nach örtlichem Recht",
            (MethodSource::LocalRule, false) => ", by local law",
            _ => "",
        };
        if de {
            writeln!(
                s,
                "Verfahren: {}{source} ({}){unverified}",
                self.method.describe(lang),
                self.citation
            )?;
            writeln!(s, "{} am {day} zu vergeben", seats(self.seats, lang))?;
        } else {
            writeln!(
                s,
                "Method: {}{source} ({}){unverified}",
                self.method.describe(lang),
                self.citation
            )?;
            writeln!(s, "{} to fill on {day}", seats(self.seats, lang))?;
        }
        for l in &self.lists {
            self.write_list(s, l, lang)?;
        }
        if self.vacant > 0 {
            let verb = match (de, self.vacant) {
                (true, 1) => "bleibt",
                (true, _) => "bleiben",
                (false, 1) => "stays",
                (false, _) => "stay",
            };
            let what = if de { "unbesetzt" } else { "vacant" };
            writeln!(s, "{} {verb} {what}", seats(self.vacant, lang))?;
        }
        if let Some(lot) = &self.lot {
            let names = self
                .lot_lists()
                .iter()
                .map(|n| quoted(n, lang))
                .collect::<Vec<_>>();
            let names = match names.split_last() {
                Some((last, rest)) if !rest.is_empty() => {
                    format!(
                        "{} {} {last}",
                        rest.join(", "),
                        if de { "und" } else { "and" }
                    )
                }
                _ => names.concat(),
            };
            if de {
                writeln!(
                    s,
                    "Los nötig: {} zwischen {names} (gleicher Anspruch); das Los zieht der Wahlleiter, nicht diese Bibliothek",
                    seats(lot.seats, lang)
                )?;
            } else {
                writeln!(
                    s,
                    "Lot needed: {} between {names} (equal claims); the returning officer draws it, not this library",
                    seats(lot.seats, lang)
                )?;
            }
        }
        Ok(())
    }

    fn write_list(&self, s: &mut String, l: &ListSeats, lang: Language) -> std::fmt::Result {
        let de = lang != Language::En;
        let votes = if de {
            format_de(l.votes)
        } else {
            format_en(l.votes)
        };
        let kind = match (l.single_candidate, de) {
            (true, true) => " (Einzelbewerbung)",
            (true, false) => " (single candidate)",
            _ => "",
        };
        let (word, of) = if de {
            ("Stimmen", "davon besetzt")
        } else {
            ("votes", "filled")
        };
        write!(s, "  {}{kind}: ", l.name)?;
        if l.vacant > 0 {
            write!(
                s,
                "{} {}, {of} {}",
                seats(l.entitled, lang),
                if de { "errechnet" } else { "allotted" },
                l.seats
            )?;
        } else {
            s.push_str(&seats(l.seats, lang));
        }
        writeln!(s, " ({votes} {word})")?;
        if !l.elected.is_empty() {
            writeln!(
                s,
                "    {}: {}",
                if de { "gewählt" } else { "elected" },
                l.elected.join(", ")
            )?;
        }
        if !l.substitutes.is_empty() {
            writeln!(
                s,
                "    {}: {}",
                if de { "Ersatz" } else { "substitutes" },
                l.substitutes.join(", ")
            )?;
        }
        Ok(())
    }
}

fn seats(n: u32, lang: Language) -> String {
    match (lang, n) {
        (Language::En, 1) => "1 seat".into(),
        (Language::En, n) => format!("{n} seats"),
        (_, 1) => "1 Sitz".into(),
        (_, n) => format!("{n} Sitze"),
    }
}

fn quoted(s: &str, lang: Language) -> String {
    match lang {
        Language::En => format!("“{s}”"),
        _ => format!("„{s}“"),
    }
}

/// `12345` as `12.345`.
fn format_de(n: u64) -> String {
    group_digits(n, '.')
}

/// `12345` as `12,345`.
fn format_en(n: u64) -> String {
    group_digits(n, ',')
}

fn group_digits(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// The method, where it comes from and the citation, for an election
/// under `rule`.
fn method_of(
    rule: &AllocationRule,
    election: &ElectionResult,
) -> Result<(AllocationMethod, MethodSource, Citation), AllocationError> {
    let local = election.method.as_ref();
    match (rule.method, local) {
        (None, None) => Err(AllocationError::MethodRequired {
            citation: rule.citation.clone(),
        }),
        (Some(m), Some(l)) if l.kind != m && !rule.local_choice => {
            Err(AllocationError::MethodConflict {
                prescribed: m,
                named: l.kind,
                citation: rule.citation.clone(),
            })
        }
        (Some(m), Some(l)) if l.kind == m && !rule.local_choice => {
            Ok((m, MethodSource::Statute, rule.citation.clone()))
        }
        (_, Some(l)) => {
            let citation = match &l.citation {
                Some(c) => {
                    let mut c = c.clone();
                    c.read_with.to_mut().push(rule.citation.clone());
                    c
                }
                None => rule.citation.clone(),
            };
            Ok((l.kind, MethodSource::LocalRule, citation))
        }
        (Some(m), None) => Ok((m, MethodSource::Statute, rule.citation.clone())),
    }
}

impl Law {
    /// Allocates the seats of `election` by the rule of its Land and
    /// election day: the method (the statute's, or the one the election
    /// result names from its Wahlordnung where the statute leaves it to
    /// local law), at most one seat for a single candidate and no more
    /// seats than candidates for a list, the rest as the rule says, and
    /// the elected and their substitutes in list order. Exact in integer
    /// arithmetic; a tie is a [`Lot`], never drawn.
    ///
    /// # Errors
    /// [`AllocationError::NoRule`] or [`AllocationError::Ambiguous`] when
    /// no single rule applies; [`AllocationError::MethodRequired`] when the
    /// statute leaves the method to local law and the election result
    /// names none; [`AllocationError::MethodConflict`] when it names
    /// another method than the statute prescribes.
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{election::AllocationMethod, ElectionResult, Law};
    /// let json = std::fs::read_to_string("examples/data/elections/offenbach-auslaenderbeirat-2021.json")?;
    /// let allocation = Law::builtin().allocate(&ElectionResult::from_json_str(&json)?)?;
    /// assert_eq!(allocation.method, AllocationMethod::HareNiemeyer);
    /// assert_eq!(allocation.citation.to_string(), "§ 22 Abs. 3 i. V. m. § 58 S. 1 KWG Hessen");
    /// let seats: Vec<u32> = allocation.lists.iter().map(|l| l.seats).collect();
    /// assert_eq!(seats, [6, 6, 4, 3, 2, 2, 1, 1]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn allocate(&self, election: &ElectionResult) -> Result<Allocation, AllocationError> {
        let rule = self.allocation_rule(
            election.land,
            election.body_type,
            Some(election.level.unwrap_or(Level::Municipality)),
            election.election_day,
        )?;
        let (method, method_source, citation) = method_of(rule, election)?;
        let claims: Vec<Claim> = election
            .lists
            .iter()
            .map(|l| Claim {
                votes: l.votes,
                cap: l.capacity(),
                surplus: if l.single_candidate {
                    rule.single_candidate_surplus
                } else {
                    rule.exhausted_list
                },
            })
            .collect();
        // The document bounds the seats by `MAX_TOTAL_SEATS`.
        let seats = u16::try_from(election.seats).unwrap_or(u16::MAX);
        let app = apportion_claims(method, seats, &claims, rule.majority_clause);
        let mut held_total = 0u32;
        let lists: Vec<ListSeats> = election
            .lists
            .iter()
            .zip(&claims)
            .zip(&app.seats)
            .map(|((l, c), &entitled)| {
                let held = c.cap.map_or(entitled, |cap| entitled.min(cap));
                held_total += held;
                let people = l.people();
                let cut = (held as usize).min(people.len());
                // A single candidate who is not elected is no substitute.
                let substitutes = if l.single_candidate {
                    &[][..]
                } else {
                    &people[cut..]
                };
                ListSeats {
                    name: l.name.clone(),
                    votes: l.votes,
                    single_candidate: l.single_candidate,
                    entitled,
                    seats: held,
                    vacant: if c.surplus == Surplus::Vacant {
                        entitled - held
                    } else {
                        0
                    },
                    elected: people[..cut].iter().map(|p| (*p).to_owned()).collect(),
                    substitutes: substitutes.iter().map(|p| (*p).to_owned()).collect(),
                }
            })
            .collect();
        let in_lot = app.lot.as_ref().map_or(0, |l| l.seats);
        Ok(Allocation {
            election: election.id.clone(),
            election_day: election.election_day,
            method,
            method_source,
            rule: rule.id.clone(),
            citation,
            certainty: rule.certainty,
            statement: Statement {
                de: rule.statement.de.clone(),
                en: rule.statement.en.clone(),
            },
            seats: election.seats,
            lists,
            vacant: election.seats.saturating_sub(held_total + in_lot),
            lot: app.lot,
        })
    }

    /// Checks `election` against `body`: that it belongs to the body (its
    /// id, Land, body type and level), and that the seats it fills are the
    /// body's directly elected seats in the term elected that day (or the
    /// body's seats, when the document records no term). Each mismatch is
    /// a violation citing the allocation rule of the election day.
    ///
    /// # Errors
    /// As [`Law::allocation_rule`] for the body's Land, type and level on
    /// the election day; [`AllocationError::NoTermElected`] when the body
    /// records terms and none was elected that day.
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{ElectionResult, RepresentationBody};
    /// let body = RepresentationBody::from_json_str(&std::fs::read_to_string(
    ///     "examples/data/elections/dormagen-integrationsrat.json")?)?;
    /// let mut raw = ElectionResult::from_json_str(&std::fs::read_to_string(
    ///     "examples/data/elections/dormagen-integrationsrat-2025.json")?)?.into_raw();
    /// assert!(body.check_election(&ElectionResult::new(raw.clone())?)?.is_empty());
    /// raw.seats = 12;
    /// let findings = body.check_election(&ElectionResult::new(raw)?)?;
    /// assert_eq!(findings[0].code.as_str(), "elected_seats_mismatch");
    /// assert_eq!(findings[0].path.as_str(), "/seats");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_election(
        &self,
        body: &RepresentationBody,
        election: &ElectionResult,
    ) -> Result<Vec<Finding>, AllocationError> {
        let j = body.jurisdiction();
        let rule = self.allocation_rule(
            j.land,
            Some(body.body_type()),
            Some(j.level),
            election.election_day,
        )?;
        let mut out = Vec::new();
        let mut mismatch = |field: &str, rule_id: &'static str| {
            out.push(Finding::format(
                FindingCode::ReferenceMismatch,
                JsonPointer::root().field(field),
                rule_id,
                Figures::none(),
            ));
        };
        if election.body != body.id() {
            mismatch("body", "link.election.body");
        }
        if election.land != j.land {
            mismatch("land", "link.election.land");
        }
        if election.body_type.is_some_and(|b| b != body.body_type()) {
            mismatch("body_type", "link.election.body_type");
        }
        if election.level.is_some_and(|l| l != j.level) {
            mismatch("level", "link.election.level");
        }
        let composition = elected_composition(body, election.election_day)?;
        let groups: Vec<_> = composition
            .seat_groups()
            .iter()
            .filter(|g| g.filling() == SeatFilling::DirectlyElected)
            .collect();
        let elected: u32 = groups.iter().map(|g| u32::from(g.seats())).sum();
        if elected != election.seats {
            out.push(Finding {
                severity: Severity::Violation,
                code: FindingCode::ElectedSeatsMismatch,
                path: JsonPointer::root().field("seats"),
                rule: rule.id.clone(),
                citation: Some(rule.citation.clone()),
                statement: Some(Statement {
                    de: rule.statement.de.clone(),
                    en: rule.statement.en.clone(),
                }),
                figures: Figures {
                    actual: Some(Quantity::Seats(election.seats)),
                    required: Some(Requirement::Exactly(Quantity::Seats(elected))),
                    groups: groups
                        .iter()
                        .map(|g| GroupFigure {
                            id: g.id().to_owned(),
                            label: g.label().to_owned(),
                            seats: u32::from(g.seats()),
                            role: GroupRole::Compared,
                        })
                        .collect(),
                },
                fix: None,
                note: None,
                missing: None,
            });
        }
        Ok(out)
    }

    /// The body with the members `election` elected: the elected as members
    /// of its seat group of directly elected members and the substitutes
    /// as [`Role::Substitute`], in place of that group's memberships, in
    /// the term elected that day (or the body's roster, when the document
    /// records at most one term), and the group's filled seats where seats
    /// stay vacant. Check the result as usual ([`RepresentationBody::check`]).
    ///
    /// # Errors
    /// [`AllocationError::OtherBody`] when the election names another body;
    /// the errors of [`Law::allocate`]; [`AllocationError::LotPending`]
    /// when a lot must first decide a seat;
    /// [`AllocationError::NoTermElected`]; [`AllocationError::NoElectedGroup`]
    /// when the body has no single seat group of directly elected members;
    /// [`AllocationError::Invalid`] when the result breaks a structural rule.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{ElectionResult, Law, RepresentationBody};
    /// let body = RepresentationBody::from_json_str(&std::fs::read_to_string(
    ///     "examples/data/elections/dormagen-integrationsrat.json")?)?;
    /// let election = ElectionResult::from_json_str(&std::fs::read_to_string(
    ///     "examples/data/elections/dormagen-integrationsrat-2025.json")?)?;
    /// let seated = Law::builtin().seat_election(&body, &election)?;
    /// // 8 of the 10 elected seats are filled.
    /// let elected = seated.composition().group("elected").unwrap();
    /// assert_eq!((elected.seats(), elected.filled()), (10, 8));
    /// let report = seated.check(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
    /// assert!(report.violations.is_empty(), "{:#?}", report.violations);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn seat_election(
        &self,
        body: &RepresentationBody,
        election: &ElectionResult,
    ) -> Result<RepresentationBody, AllocationError> {
        if election.body != body.id() {
            return Err(AllocationError::OtherBody);
        }
        let allocation = self.allocate(election)?;
        if !allocation.is_determined() {
            return Err(AllocationError::LotPending);
        }
        let day = election.election_day;
        let term = elected_term(body, day)?;
        let composition = body.composition_of_term(term.unwrap_or(usize::MAX));
        let mut elected = composition
            .seat_groups()
            .iter()
            .filter(|g| g.filling() == SeatFilling::DirectlyElected);
        let (Some(group), None) = (elected.next(), elected.next()) else {
            return Err(AllocationError::NoElectedGroup);
        };
        let held: u32 = allocation.lists.iter().map(|l| l.seats).sum();
        let filled = u16::try_from(held).ok().filter(|h| *h < group.seats());
        let members = allocation.roster(group.id());
        let group_id = group.id().to_owned();
        let mut raw = RawRepresentationBody::from(body.clone());
        let mut terms: Vec<_> = raw.term.take().into_iter().collect();
        terms.append(&mut raw.terms);
        let own = term
            .and_then(|t| terms.get(t))
            .is_some_and(|t| t.roster.is_some() || t.composition.is_some());
        match term {
            Some(t) if own || terms.len() > 1 => {
                let body_roster = raw.roster.clone();
                let body_composition = raw.composition.clone();
                if let Some(target) = terms.get_mut(t) {
                    let roster = target.roster.take().or(body_roster).unwrap_or_default();
                    target.roster = Some(replace_group(roster, &group_id, members));
                    if filled.is_some() || target.composition.is_some() {
                        let comp = target.composition.get_or_insert(body_composition);
                        set_filled(comp, &group_id, filled);
                    }
                }
            }
            _ => {
                let roster = raw.roster.take().unwrap_or_default();
                raw.roster = Some(replace_group(roster, &group_id, members));
                set_filled(&mut raw.composition, &group_id, filled);
            }
        }
        if terms.len() == 1 {
            raw.term = terms.pop();
        } else {
            raw.terms = terms;
        }
        RepresentationBody::new(raw).map_err(AllocationError::Invalid)
    }
}

/// The memberships of `roster` outside `group`, then `members`.
fn replace_group(
    roster: Vec<Membership>,
    group: &str,
    members: Vec<Membership>,
) -> Vec<Membership> {
    roster
        .into_iter()
        .filter(|m| m.seat_group.as_deref() != Some(group))
        .chain(members)
        .collect()
}

fn set_filled(composition: &mut RawComposition, group: &str, filled: Option<u16>) {
    for g in composition.seat_groups.iter_mut().filter(|g| g.id == group) {
        g.filled = filled;
    }
}

/// The index of the term elected on `day`: the one whose election day it
/// is, else the one placed by it; `None` when the body records no term.
fn elected_term(
    body: &RepresentationBody,
    day: NaiveDate,
) -> Result<Option<usize>, AllocationError> {
    let terms = body.terms();
    if terms.is_empty() {
        return Ok(None);
    }
    terms
        .iter()
        .position(|t| t.elected_on() == Some(day))
        .or_else(|| terms.iter().position(|t| t.anchor() == day))
        .map(Some)
        .ok_or(AllocationError::NoTermElected { day })
}

/// The seats of the term elected on `day`, or the body's.
fn elected_composition(
    body: &RepresentationBody,
    day: NaiveDate,
) -> Result<&Composition, AllocationError> {
    Ok(match elected_term(body, day)? {
        Some(t) => body.composition_of_term(t),
        None => body.composition(),
    })
}

impl ElectionResult {
    /// Allocates the seats by the crate's law ([`Law::allocate`]).
    ///
    /// # Errors
    /// As [`Law::allocate`].
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{election::AllocationMethod, ElectionResult};
    /// let json = std::fs::read_to_string("examples/data/elections/koeln-integrationsrat-2010.json")?;
    /// let allocation = ElectionResult::from_json_str(&json)?.allocate()?;
    /// assert_eq!(allocation.method, AllocationMethod::SainteLagueSchepers);
    /// assert_eq!(allocation.lists.iter().map(|l| l.seats).sum::<u32>() + allocation.vacant, allocation.seats);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn allocate(&self) -> Result<Allocation, AllocationError> {
        Law::builtin().allocate(self)
    }
}

impl RepresentationBody {
    /// Checks an election result against the body, by the crate's law
    /// ([`Law::check_election`]).
    ///
    /// # Errors
    /// As [`Law::check_election`].
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{ElectionResult, FindingCode, RepresentationBody};
    /// let read = |f: &str| std::fs::read_to_string(format!("examples/data/elections/{f}.json"));
    /// let body = RepresentationBody::from_json_str(&read("dormagen-integrationsrat")?)?;
    /// let own = ElectionResult::from_json_str(&read("dormagen-integrationsrat-2025")?)?;
    /// assert!(body.check_election(&own)?.is_empty());
    /// // Ratingen's election, held the same day, is not Dormagen's.
    /// let other = ElectionResult::from_json_str(&read("ratingen-integrationsrat-2025")?)?;
    /// let findings = body.check_election(&other)?;
    /// assert_eq!(findings[0].path.as_str(), "/body");
    /// assert!(findings.iter().any(|f| f.code == FindingCode::ElectedSeatsMismatch));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_election(
        &self,
        election: &ElectionResult,
    ) -> Result<Vec<Finding>, AllocationError> {
        Law::builtin().check_election(self, election)
    }

    /// The body with the members `election` elected, by the crate's law
    /// ([`Law::seat_election`]).
    ///
    /// # Errors
    /// As [`Law::seat_election`].
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{election::AllocationError, ElectionResult, RepresentationBody};
    /// let read = |f: &str| std::fs::read_to_string(format!("examples/data/elections/{f}.json"));
    /// let body = RepresentationBody::from_json_str(&read("dormagen-integrationsrat")?)?;
    /// let election = ElectionResult::from_json_str(&read("dormagen-integrationsrat-2025")?)?;
    /// assert!(body.roster().is_none());
    /// let seated = body.with_election(&election)?;
    /// // The result names one person, the single candidate, who now holds a seat.
    /// let members = seated.roster().expect("a roster").as_slice();
    /// assert_eq!(members[0].person, "Berthold Gericke");
    /// let other = ElectionResult::from_json_str(&read("ratingen-integrationsrat-2025")?)?;
    /// assert_eq!(body.with_election(&other).unwrap_err(), AllocationError::OtherBody);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_election(
        &self,
        election: &ElectionResult,
    ) -> Result<RepresentationBody, AllocationError> {
        Law::builtin().seat_election(self, election)
    }
}
