//! Checks on the term: its length, its continuation, the election day.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::core::{Check, Outcome, Subject};
use crate::error::{FindingCode, JsonPointer};
use crate::finding::{Figures, Missing, Quantity, Requirement};
use crate::law::vocab::Duty;
use crate::term::rules::TermLength;

#[cfg(feature = "proptest")]
use super::draft::{self as s, Context, Draft};

fn no_term() -> Outcome {
    Outcome::NotApplicable {
        missing: Missing::Term,
        path: JsonPointer::root(),
    }
}

fn term_path(field: &str) -> JsonPointer {
    JsonPointer::root().field("term").field(field)
}

/// What the document's term says about continuing until the successor
/// meets.
#[cfg(feature = "proptest")]
fn continues(raw: &Draft<'_>) -> Option<bool> {
    raw.term
        .as_ref()
        .and_then(|t| t.continues_until_successor_meets)
}

/// The term must follow the council's Wahlperiode
/// (§ 27 Abs. 2 S. 1 GO NRW). A statutory effect: a document that gives no
/// length gets the council's Wahlperiode; only a document that gives
/// another length breaks the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct TermFollowsCouncil {}

impl Check for TermFollowsCouncil {
    fn code(&self) -> FindingCode {
        FindingCode::TermLengthMismatch
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        match body.term() {
            None => no_term(),
            Some(t) if matches!(t.length(), None | Some(TermLength::CouncilTerm { .. })) => {
                Outcome::Met
            }
            Some(_) => Outcome::Broken {
                code: self.code(),
                path: term_path("length"),
                figures: Figures::none(),
                fix: None,
            },
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, ctx: &Context<'_>) -> bool {
        if raw
            .term
            .as_ref()
            .is_some_and(|t| !matches!(t.length, None | Some(TermLength::CouncilTerm { .. })))
        {
            let continues = continues(raw);
            let mut t = s::council_term(ctx.council_term, ctx.on);
            t.continues_until_successor_meets = continues;
            *raw.term = Some(t);
        }
        true
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, ctx: &Context<'_>) -> bool {
        *raw.term = Some(s::years_term(5, ctx.on, continues(raw)));
        true
    }
}

/// The term must last this many years (§ 56 GemO RLP: five). A document
/// that gives no length gets them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct TermYears {
    /// The number of years.
    pub years: u8,
}

impl Check for TermYears {
    fn code(&self) -> FindingCode {
        FindingCode::TermLengthMismatch
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        match body.term().map(|t| t.length()) {
            None => no_term(),
            Some(None) => Outcome::Met,
            Some(Some(TermLength::Years { years })) if years.get() == self.years => Outcome::Met,
            Some(Some(length)) => Outcome::Broken {
                code: self.code(),
                path: term_path("length"),
                figures: Figures {
                    actual: match length {
                        TermLength::Years { years } => {
                            Some(Quantity::Years(u32::from(years.get())))
                        }
                        _ => None,
                    },
                    required: Some(Requirement::Exactly(Quantity::Years(u32::from(self.years)))),
                    groups: Vec::new(),
                },
                fix: None,
            },
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, ctx: &Context<'_>) -> bool {
        if let Some(t) = raw.term.as_ref() {
            let meets = match t.length {
                None => true,
                Some(TermLength::Years { years }) => years.get() == self.years,
                Some(_) => false,
            };
            if !meets {
                *raw.term = Some(s::years_term(
                    self.years,
                    ctx.on,
                    t.continues_until_successor_meets,
                ));
            }
        }
        true
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, ctx: &Context<'_>) -> bool {
        *raw.term = Some(s::years_term(
            self.years.wrapping_add(1).max(1),
            ctx.on,
            continues(raw),
        ));
        true
    }
}

/// The members stay in office until the successor body first meets
/// (§ 27 Abs. 2 S. 6 GO NRW until 2018). A statutory effect: a document
/// that says nothing gets it; only a document that says the members do not
/// continue breaks the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct TermContinuesUntilSuccessorMeets {}

impl Check for TermContinuesUntilSuccessorMeets {
    fn code(&self) -> FindingCode {
        FindingCode::TermContinuationMismatch
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        match body.term() {
            None => no_term(),
            Some(t) if t.continues_until_successor_meets() != Some(false) => Outcome::Met,
            Some(_) => Outcome::Broken {
                code: self.code(),
                path: term_path("continues_until_successor_meets"),
                figures: Figures::none(),
                fix: None,
            },
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        if let Some(t) = raw.term.as_mut() {
            if t.continues_until_successor_meets == Some(false) {
                t.continues_until_successor_meets = None;
                t.successor_first_met_on = None;
            }
        }
        true
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, ctx: &Context<'_>) -> bool {
        if raw.term.is_none() {
            *raw.term = Some(s::council_term(ctx.council_term, ctx.on));
        }
        if let Some(t) = raw.term.as_mut() {
            t.continues_until_successor_meets = Some(false);
            t.successor_first_met_on = None;
        }
        true
    }
}

/// The members must be elected on the day of the council election, except
/// for bodies formed under one of the `except` duties (§ 27 Abs. 2 S. 3
/// GO NRW: bodies formed on request or voluntarily may be elected later).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct ElectedWithCouncil {
    /// Duties under which a later election is allowed.
    pub except: Cow<'static, [Duty]>,
}

impl Check for ElectedWithCouncil {
    fn code(&self) -> FindingCode {
        FindingCode::ElectionDayMismatch
    }

    fn evaluate(&self, body: &Subject<'_>) -> Outcome {
        let Some(t) = body.term() else {
            return no_term();
        };
        let (Some(elected), Some(council_elected_on)) = (t.elected_on(), t.council_elected_on())
        else {
            return Outcome::NotApplicable {
                missing: Missing::ElectionDay,
                path: JsonPointer::root().field("term"),
            };
        };
        if elected == council_elected_on {
            return Outcome::Met;
        }
        // Without exceptions the duty the body was formed under does not
        // matter.
        let duty = if self.except.is_empty() {
            Some(None)
        } else {
            body.established_under().map(Some)
        };
        match duty {
            None => Outcome::NotApplicable {
                missing: Missing::EstablishedUnder,
                path: JsonPointer::root(),
            },
            Some(Some(d)) if self.except.contains(&d) => Outcome::Met,
            Some(_) => Outcome::Broken {
                code: self.code(),
                path: term_path("elected_on"),
                figures: Figures::of(
                    Quantity::Date(elected),
                    Requirement::Exactly(Quantity::Date(council_elected_on)),
                ),
                fix: None,
            },
        }
    }

    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut Draft<'_>, _: &Context<'_>) -> bool {
        if let Some(t) = raw.term.as_mut() {
            if let (Some(_), Some(TermLength::CouncilTerm { council_elected_on })) =
                (t.elected_on, t.length)
            {
                t.elected_on = Some(council_elected_on);
            }
        }
        true
    }

    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut Draft<'_>, ctx: &Context<'_>) -> bool {
        let Some(duty) = [Duty::Must, Duty::MustOnRequest, Duty::Should, Duty::May]
            .into_iter()
            .find(|d| !self.except.contains(d))
        else {
            return false;
        };
        let council = match raw.term.as_ref().map(|t| t.length) {
            Some(Some(TermLength::CouncilTerm { council_elected_on })) => council_elected_on,
            _ => {
                let continues = continues(raw);
                let mut t = s::council_term(ctx.council_term, ctx.on);
                t.continues_until_successor_meets = continues;
                let Some(TermLength::CouncilTerm { council_elected_on }) = t.length else {
                    return false;
                };
                *raw.term = Some(t);
                council_elected_on
            }
        };
        if let Some(t) = raw.term.as_mut() {
            t.elected_on = council.checked_add_days(chrono::Days::new(42));
        }
        *raw.established_under = Some(duty);
        true
    }
}
