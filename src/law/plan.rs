//! The joint proposal as data, and in words.

use std::fmt::{self, Write as _};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::finding::{RuleRef, SeatChange, Severity, write_changes, write_rules};
use crate::language::Language;

/// One seat plan: the changes made together, and what they cost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Plan {
    /// The changes, as a clerk would make them: seats that move from one
    /// group to another, then seats added, seats taken away (all of a
    /// group's seats: the group is removed) and new groups.
    pub changes: Vec<SeatChange>,
    /// The seats changed: the sum over the groups of the seats each gains
    /// or loses (a move of one seat changes two).
    pub seats_changed: u32,
    /// The seat groups the plan changes, new groups included.
    pub groups_touched: u32,
    /// The seats of the body after the changes.
    pub seats_after: u32,
    /// Rules the plan leaves unmet although the body could meet them:
    /// "soll" rules that no plan of this size meets together with every
    /// "muss" rule, and rules about the members behind the seats (filled
    /// seats, members' facts) the body meets now and would no longer meet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unmet: Vec<RuleRef>,
}

/// One proposal that makes the body lawful: the smallest change to the
/// seat plan, across all seat groups, after which every verified "muss"
/// rule of the seat plan in force on the day passes, statutory and local
/// together (seat counts, shares, majorities, groups allowed). A clerk
/// writes one Beschlussvorschlag, not one per finding.
///
/// The seat plan is the number of seats of each seat group; a group may
/// lose all its seats (it is removed), and a new group may be added where
/// a rule needs seats of a kind the body lacks. The size of a plan is the
/// number of seats changed: the sum over the groups of the seats each
/// gains or loses, so that one seat moved from one group to another
/// changes two. Among the plans of the smallest size, the proposal leaves
/// the fewest "soll" rules unmet, then touches the fewest groups, then
/// changes the total number of seats least. A group the chair, the
/// deputies or the roster refer to keeps at least one seat, unless a rule
/// forbids its kind.
///
/// The checker attaches a proposal to a [`crate::Report`] only when a seat
/// rule is broken; when only "soll" rules are, the proposal meets them
/// too. Rules about the members behind the seats (filled seats, women,
/// migration history) are not the seat plan's to change: the proposal
/// keeps them met where the body meets them, and names them in
/// [`Plan::unmet`] where it cannot. Unverified rules are left aside.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{check::SeatChange, Language, RepresentationBody};
/// // Saarbrücken's Integrationsbeirat with 9 elected members and 6 sent by
/// // the council, where § 50 KSVG asks for two thirds and one third.
/// let json = std::fs::read_to_string("examples/data/invalid/saarbruecken-integrationsbeirat-shares.json")?;
/// let body = RepresentationBody::from_json_str(&json)?;
/// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
/// let report = body.check(on)?;
/// let proposal = report.proposal.as_deref().expect("a seat rule is broken");
/// let plan = proposal.plan.as_ref().expect("some seat plan is lawful");
/// // One seat moves from the council's members to the elected: 2 seats
/// // changed, where each finding's own fix adds three elected seats.
/// assert_eq!(plan.seats_changed, 2);
/// assert!(matches!(&plan.changes[..], [SeatChange::MoveSeats { from, to, seats: 1 }] if from.id == "council" && to.id == "elected"));
/// // The plan meets every seat rule at once.
/// let after = body.with_changes(&plan.changes)?.check(on)?;
/// assert!(after.violations.iter().all(|f| !f.path.to_string().starts_with("/composition/seat_groups")));
/// assert!(proposal.describe(Language::De).contains("Ein Sitz wechselt von „von den Stadtratsfraktionen entsandte Mitglieder“ zu „gewählte Mitglieder“"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "Beschlussvorschlag")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Proposal {
    /// The smallest plan; `None` when no seat plan meets every "muss" rule
    /// at once ([`Proposal::conflicting`] then says which rules contradict
    /// each other) or when the search was stopped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    /// Up to three other plans of the same size, the better first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Plan>,
    /// When no seat plan meets every "muss" rule: the rules that cannot be
    /// met together, a smallest such set (one rule when no seat plan can
    /// meet it even alone).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicting: Vec<RuleRef>,
    /// Whether the search went through every plan it had to: `false` only
    /// when the search space was too large and the search was stopped; a
    /// plan found then meets the rules, but a smaller one may exist.
    pub exhaustive: bool,
}

impl Proposal {
    /// The proposal in words, for a Beschlussvorschlag: the changes ("Ein
    /// Sitz wechselt von „…“ zu „…“."), the seats changed, the equally
    /// small alternatives, the "soll" rules left unmet, or, when no seat
    /// plan is lawful, the rules that contradict each other, by their
    /// citations. Never contains an identifier.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{Language, RepresentationBody};
    /// // Spandau's committee with 7 Bezirksverordnete and 7 Bürgerdeputierte
    /// // in 2019, when § 9 BezVG asked for a majority of Bezirksverordnete.
    /// let json = std::fs::read_to_string("examples/data/spandau-ausschuss-partizipation-integration.json")?;
    /// let mut doc: serde_json::Value = serde_json::from_str(&json)?;
    /// doc["composition"]["seat_groups"][0]["seats"] = 7.into();
    /// doc["composition"]["seat_groups"][1]["seats"] = 7.into();
    /// let body = RepresentationBody::from_json_value(doc)?;
    /// let report = body.check(NaiveDate::from_ymd_opt(2019, 1, 15).unwrap())?;
    /// let proposal = report.proposal.as_deref().unwrap();
    /// assert_eq!(
    ///     proposal.describe(Language::En),
    ///     "Smallest change that meets every “muss” rule of the seat plan (1 seat changed; 15 seats after): 1 seat more for “Bezirksverordnete”. Equally small: 1 seat fewer for “Bürgerdeputierte”."
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn describe(&self, lang: Language) -> String {
        let mut s = String::new();
        let _ = self.write(&mut s, lang);
        s
    }

    fn write(&self, out: &mut String, lang: Language) -> fmt::Result {
        let de = lang == Language::De;
        match &self.plan {
            Some(plan) => {
                out.push_str(if de {
                    "Kleinste Änderung, die alle Muss-Regeln der Sitzverteilung erfüllt ("
                } else {
                    "Smallest change that meets every “muss” rule of the seat plan ("
                });
                write_size(out, plan, lang)?;
                out.push_str("): ");
                write_plan(out, plan, lang, true)?;
                out.push('.');
                if !self.alternatives.is_empty() {
                    out.push_str(if de {
                        " Ebenso klein: "
                    } else {
                        " Equally small: "
                    });
                    for (i, alt) in self.alternatives.iter().enumerate() {
                        if i > 0 {
                            out.push_str(if de { "; oder " } else { "; or " });
                        }
                        write_plan(out, alt, lang, false)?;
                    }
                    out.push('.');
                }
                write_unmet(out, plan, lang)?;
            }
            None if !self.conflicting.is_empty() => {
                if let [only] = self.conflicting.as_slice() {
                    out.push_str(if de {
                        "Keine Sitzverteilung erfüllt die Regel "
                    } else {
                        "No seat plan meets the rule "
                    });
                    only.write(out, lang)?;
                } else {
                    out.push_str(if de {
                        "Keine Sitzverteilung erfüllt alle Muss-Regeln zugleich; diese Regeln widersprechen einander: "
                    } else {
                        "No seat plan meets every “muss” rule at once; these rules contradict each other: "
                    });
                    write_rules(out, &self.conflicting, lang)?;
                }
                out.push('.');
            }
            None => out.push_str(if de {
                "Die Suche nach einer gemeinsamen Änderung der Sitzverteilung war zu umfangreich und wurde abgebrochen."
            } else {
                "The search for a joint change of the seat plan was too large and was stopped."
            }),
        }
        if !self.exhaustive && self.plan.is_some() {
            out.push_str(if de {
                " Ob es eine kleinere Änderung gibt, wurde nicht zu Ende geprüft."
            } else {
                " Whether a smaller change exists was not searched to the end."
            });
        }
        Ok(())
    }
}

fn write_size(out: &mut String, plan: &Plan, lang: Language) -> fmt::Result {
    let n = plan.seats_changed;
    match lang {
        Language::En => write!(
            out,
            "{n} seat{} changed; {} seat{} after",
            if n == 1 { "" } else { "s" },
            plan.seats_after,
            if plan.seats_after == 1 { "" } else { "s" }
        ),
        _ => write!(
            out,
            "{n} {} geändert; danach {} {}",
            if n == 1 { "Sitz" } else { "Sitze" },
            plan.seats_after,
            if plan.seats_after == 1 {
                "Sitz"
            } else {
                "Sitze"
            }
        ),
    }
}

/// The changes of a plan; the first letter in upper case at the start of
/// a sentence.
fn write_plan(out: &mut String, plan: &Plan, lang: Language, capital: bool) -> fmt::Result {
    let mut s = String::new();
    write_changes(&mut s, &plan.changes, lang)?;
    if capital {
        s = crate::seating::capitalised(&s);
    }
    out.push_str(&s);
    Ok(())
}

fn write_unmet(out: &mut String, plan: &Plan, lang: Language) -> fmt::Result {
    let de = lang == Language::De;
    let (soll, muss): (Vec<RuleRef>, Vec<RuleRef>) = plan
        .unmet
        .iter()
        .cloned()
        .partition(|r| r.severity != Severity::Violation);
    if !soll.is_empty() {
        out.push_str(if de {
            " Keine ebenso kleine Änderung erfüllt auch jede Soll-Regel; unerfüllt bleibt: "
        } else {
            " No change as small also meets every “soll” rule; left unmet: "
        });
        write_rules(out, &soll, lang)?;
        out.push('.');
    }
    if !muss.is_empty() {
        out.push_str(if de {
            " Danach nicht mehr erfüllt, solange die Sitze nicht anders besetzt werden: "
        } else {
            " No longer met afterwards unless the seats are filled otherwise: "
        });
        write_rules(out, &muss, lang)?;
        out.push('.');
    }
    Ok(())
}
