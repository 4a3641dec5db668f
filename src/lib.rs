//! Typed, validated models of German municipal migrant representation
//! bodies, with the Länder law as cited, time-versioned data.
//!
//! The crate describes bodies such as the NRW *Integrationsrat* and
//! *Integrationsausschuss*, the Hessian *Ausländerbeirat* and
//! *Integrations-Kommission*, the Rhineland-Palatinate *Beirat für Migration
//! und Integration*, Bavarian and Baden-Württemberg advisory boards formed by
//! local resolution, their state and umbrella associations, and local
//! networks of migrant organisations. It checks them in two layers:
//!
//! 1. **Structure.** Every value that exists is well formed: a document that
//!    has a zero-seat group, more filled than existing seats, a term that ends
//!    before it starts or a chair from a seat group that does not exist never
//!    becomes a [`RepresentationBody`]. Errors carry a JSON Pointer and a
//!    stable [`FindingCode`].
//! 2. **Compliance.** [`RepresentationBody::check`] applies the law in force
//!    on a date ([`Law`], made of [`Regime`](crate::law::Regime)s and [`Rule`](crate::law::Rule)s, each with its
//!    [`Citation`] and [`Validity`]) plus the body's own local rules, and
//!    returns every [`Finding`] at once in a [`Report`].
//!
//! # The crate at a glance
//!
//! **Inputs: documents.** A [`RepresentationBody`] (its [`Composition`](crate::body::Composition) of
//! [`SeatGroup`](crate::body::SeatGroup)s, its [`Term`](crate::body::Term), its [`LegalBasis`](crate::body::LegalBasis) and local rules), an
//! [`Association`], a [`Network`]; read from JSON as a [`Document`]
//! ([`Document::from_json_str`]) or built in code
//! ([`RepresentationBody::builder`]). Bad input is an [`Error`] with a JSON
//! Pointer; structural problems are [`Defects`](crate::error::Defects).
//!
//! **Outputs: verdicts.** A [`Report`] of [`Finding`]s (a [`Severity`], a
//! [`FindingCode`], [`Figures`](crate::check::Figures) as data, a [`Fix`](crate::check::Fix) for the seat plan, and
//! [`Finding::message`] in German or English), with one [`Proposal`](crate::check::Proposal) for
//! the whole seat plan when a seat rule is broken; the verdict over time
//! ([`RepresentationBody::check_between`]); participation rights
//! ([`RepresentationBody::rights`]); the seat chart
//! ([`Composition::seat_chart`](crate::body::Composition::seat_chart)); the assessment of a network's stage
//! ([`Network::assess`]); the links between documents ([`Registry`]).
//!
//! **The law, as data.** [`Law::builtin`] holds one [`LandLaw`](crate::law::LandLaw) per Land:
//! [`Regime`](crate::law::Regime)s of [`Rule`](crate::law::Rule)s, [`EstablishmentRule`](crate::law::EstablishmentRule)s
//! ([`establishment_duty`](crate::law::establishment_duty): must, should or may a body be formed),
//! [`FranchiseRule`](crate::law::FranchiseRule)s ([`franchise`](crate::law::franchise): who may vote and stand), [`Right`](crate::law::Right)s
//! and the council's Wahlperiode ([`CouncilTermRule`](crate::law::CouncilTermRule)). [`Law::catalogue`]
//! lists every rule with its citation, [`Law::compare`] sets two body
//! types side by side, and [`Law::validate`] checks a law loaded from JSON.
//!
//! **Elections.** An [`ElectionResult`] (the votes for the lists and single
//! candidates of one election) becomes seats by the method the law of its
//! Land and election day prescribes ([`AllocationRule`](crate::law::AllocationRule), [`Law::allocate`]):
//! an [`Allocation`](crate::election::Allocation) per list, exact in integer arithmetic, with the elected
//! and their substitutes, the seats that stay vacant and a [`Lot`](crate::election::Lot) where a
//! tie must be drawn; [`Law::check_election`] compares it with the body, and
//! [`Law::seat_election`] makes the elected the body's roster.
//!
//! **Interop.** The [`schema`] module writes JSON Schemas of every document
//! type, with titles and descriptions in English or German
//! ([`schema::schemas_in`]); the `oparl` module (feature `oparl`) exports
//! to OParl 1.1 and imports what real council systems publish (OParl 1.0
//! and 1.1, list pages, memberships embedded in persons), with a note for
//! every value it inferred or could not map; the `strategies` module
//! (feature `proptest`) gives downstream tests valid bodies and near misses.
//!
//! The crate is pure: it reads no clock, does no I/O and keeps no global
//! mutable state. The date a question is about is always an argument.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use migrant_representation::{Language, RepresentationBody};
//!
//! // Saarbrücken's Integrationsbeirat with 9 elected and 6 council members.
//! let json = std::fs::read_to_string("examples/data/invalid/saarbruecken-integrationsbeirat-shares.json")?;
//! let body = RepresentationBody::from_json_str(&json)?;
//! let report = body.check(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
//! for v in &report.violations {
//!     // "§ 50 Abs. 2 KSVG …: Der Anteil der Sitze liegt außerhalb des zulässigen Bereichs. …"
//!     println!("{}: {}", v.citation_text().unwrap_or_default(), v.message(Language::De));
//! }
//! assert!(!report.is_compliant());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Crate features
//! - `proptest` (off by default): proptest strategies for downstream tests
//!   (the `strategies` module).
//! - `oparl` (off by default): OParl 1.1 export and the import of real
//!   council systems' data (the `oparl` module).
//! - `report` (off by default): the report of a body as an HTML page or
//!   Markdown, in German or English (the `render` module).
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

/// The README's code examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// `chrono`, whose [`NaiveDate`](chrono::NaiveDate) is every date of the
/// API: re-exported so that a user's crate need not match its version.
pub use chrono;
/// `schemars`, whose [`Schema`](schemars::Schema) the [`schema`] module
/// returns and whose `JsonSchema` the document types implement.
pub use schemars;
/// `serde_json`, whose [`Value`](serde_json::Value) documents can be read
/// from (`from_json_value`).
pub use serde_json;

pub mod body;
mod build;
mod chart;
mod citation;
mod code;
mod composition;
pub mod date;
mod doc_text;
mod document;
pub mod election;
mod enums;
pub mod error;
mod finding;
mod kind;
mod land;
mod language;
pub mod law;
pub mod limits;
mod local;
mod membership;
mod network;
#[cfg(feature = "oparl")]
#[cfg_attr(docsrs, doc(cfg(feature = "oparl")))]
pub mod oparl;
pub mod organisation;
pub mod place;
mod pointer;
mod read;
mod registry;
#[cfg(feature = "report")]
#[cfg_attr(docsrs, doc(cfg(feature = "report")))]
pub mod render;
mod roster;
pub mod schema;
mod seating;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod strategies;
mod term;
mod validate;

/// What a check says: the [`Report`] of a body on a day and its
/// [`Finding`]s with their figures and fixes, where the body stands in its
/// life ([`Office`](check::Office)), the verdict over time
/// ([`Interval`](check::Interval)) and the joint proposal
/// ([`Proposal`](check::Proposal)).
pub mod check {
    pub use crate::code::FindingCode;
    pub use crate::finding::{
        Figures, Finding, Fix, FixOption, GroupFigure, GroupRef, GroupRole, Messages, Missing,
        Quantity, Requirement, RuleRef, SeatChange, Severity, Statement,
    };
    pub use crate::law::between::{Change, Interval, Intervals, PeriodError, Verdict};
    pub use crate::law::office::{Basis, EndCause, Office, OfficeStatus, TermPeriod};
    pub use crate::law::plan::{Plan, Proposal};
    pub use crate::law::report::{CheckError, NoteKind, Report, ReportStatus};
}

pub use crate::body::RepresentationBody;
pub use crate::check::{Finding, FindingCode, Report, Severity};
pub use crate::citation::{Citation, Validity};
pub use crate::document::{Document, DocumentType};
pub use crate::election::ElectionResult;
pub use crate::error::Error;
pub use crate::kind::BodyType;
pub use crate::land::{Land, Level};
pub use crate::language::Language;
pub use crate::law::{Law, Reform};
pub use crate::organisation::{Association, Network};
pub use crate::registry::{LinkIndex, Registry};
