//! OParl 1.1 interoperability (cargo feature `oparl`): export a body with
//! its term and roster to the objects German council information systems
//! (Ratsinformationssysteme) publish, and import such objects tolerantly.
//!
//! # Export
//! A body becomes an OParl `Organization` (`organizationType` "Gremium";
//! `classification` "Beirat" for councils and advisory boards, "Ausschuss"
//! for committees, "Kommission" for a Hessian Integrations-Kommission),
//! each roster entry a `Membership` with an explicit `votingRight`, and a
//! term that follows the council's Wahlperiode a `LegislativeTerm`. Ids are
//! URLs minted from the base URL the caller gives. Seat counts go to the
//! post-1.1.1 fields `memberCount` and `votingMemberCount` only when asked.
//!
//! What OParl cannot express is kept in vendor keys with the prefix
//! [`VENDOR_PREFIX`] (`MIGREP:`), so that export → import loses nothing:
//!
//! | key | on | holds |
//! |---|---|---|
//! | `MIGREP:id` | Organization | the document id |
//! | `MIGREP:englishLabel` | Organization | the English label |
//! | `MIGREP:bodyType` | Organization | the body type |
//! | `MIGREP:jurisdiction` | Organization | Land, level, area, AGS |
//! | `MIGREP:legalBasis` | Organization | the legal basis |
//! | `MIGREP:composition` | Organization | seat groups, chair, deputies |
//! | `MIGREP:term` | Organization | the term as the crate records it |
//! | `MIGREP:localRules` | Organization | local rules |
//! | `MIGREP:localRights` | Organization | participation rights a Satzung grants |
//! | `MIGREP:sources` | Organization | sources |
//! | `MIGREP:establishedUnder`, `MIGREP:meetingsPerYear` | Organization | the duty it was formed under; meetings a year |
//! | `MIGREP:document` | Organization of an association or network | the whole document: member references, evidence, member organisations |
//! | `MIGREP:person`, `MIGREP:seatGroup`, `MIGREP:role`, `MIGREP:onBehalfOf`, `MIGREP:councilMember` | Membership | the roster entry |
//!
//! A member's `onBehalfOf` (the group a member sits for) is kept only in
//! the vendor key: the crate does not know that group as an organisation,
//! and an OParl link to an Organization that is never published would lead
//! nowhere.
//!
//! # Import
//! Real council systems publish OParl 1.0 and 1.1 side by side, in list
//! pages, with memberships embedded in persons, free-text roles, empty
//! strings and vendor keys. The import reads all of that and never fails on
//! a well-formed object; every value it could not map, inferred, or read
//! from an irregular shape is an [`ImportNote`], in German and English,
//! with its JSON Pointer.
//!
//! - [`import_all`] takes whatever an endpoint returned (Bodies,
//!   Organizations, Memberships, Persons; single objects or list pages) and
//!   imports each Organization with its Memberships, in the Land of its
//!   Body's AGS.
//! - [`import`] and [`import_with`] read one Organization and its
//!   Memberships; [`import_body`] one Body.
//! - Roles are read by a documented table ([`role_from_text`]); a body type
//!   is inferred from the name only in a known Land's law
//!   ([`ImportOptions::land`]), and then noted as inferred.
//! - Empty strings count as absent, vendor keys are kept, unknown
//!   `organizationType` and `classification` values are kept as they are,
//!   a missing `votingRight` is "unknown". Type URLs with `http://`, a
//!   `votingRight` written as text, a 7- or 9-digit AGS and a 12-digit
//!   Regionalschlüssel are read and noted.
//! - Export → import loses nothing: the crate's own exports come back as
//!   the same document (a property test holds this for generated bodies).

use serde_json::{Map, Value, json};

use crate::body::{RawRepresentationBody, RepresentationBody};
use crate::document::Document;
use crate::kind::{BodyFamily, BodyType};
use crate::network::MaturityStage;
use crate::organisation::AssociationKind;
use crate::roster::Role;

mod import;
mod note;
use import::TYPE_BASE;

pub use import::{
    ImportBatch, ImportError, ImportOptions, Imported, ImportedBody, ImportedMembership, MAX_DEPTH,
    OParlVersion, VENDOR_PREFIX, import, import_all, import_body, import_with, role_from_text,
};
pub use note::{ImportNote, ImportNoteKind, ImportReason};

/// How to export.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExportOptions {
    /// The base URL ids are minted from (`https://ris.example.org/oparl`).
    pub base_url: String,
    /// The URL of the OParl `Body` the organization belongs to, if known.
    pub body_url: Option<String>,
    /// Whether to emit the post-1.1.1 fields `memberCount` and
    /// `votingMemberCount`.
    pub include_counts: bool,
}

impl ExportOptions {
    /// Options with this base URL, no body URL and no counts.
    #[must_use]
    pub fn new(base_url: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            body_url: None,
            include_counts: false,
        }
    }
}

/// The OParl objects of one body.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Export {
    /// The `Organization`.
    pub organization: Value,
    /// One `Membership` per roster entry.
    pub memberships: Vec<Value>,
    /// One `LegislativeTerm` per recorded term that follows the council's
    /// Wahlperiode, the earliest first.
    pub legislative_terms: Vec<Value>,
}

fn url(base: &str, kind: &str, id: &str) -> String {
    let mut s = String::with_capacity(base.len() + kind.len() + id.len() + 2);
    s.push_str(base.trim_end_matches('/'));
    s.push('/');
    s.push_str(kind);
    s.push('/');
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            s.push(char::from(b));
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    s
}

/// The OParl `classification` of a body type.
#[must_use]
pub fn classification(body_type: BodyType) -> &'static str {
    match (body_type, body_type.family()) {
        (BodyType::IntegrationCommission, _) => "Kommission",
        (_, BodyFamily::Committee) => "Ausschuss",
        _ => "Beirat",
    }
}

fn role_name(r: Role) -> &'static str {
    match r {
        Role::Chair => "Vorsitz",
        Role::DeputyChair => "stellvertretender Vorsitz",
        Role::Substitute => "Stellvertretung",
        _ => "Mitglied",
    }
}

fn v<T: serde::Serialize>(x: &T) -> Value {
    serde_json::to_value(x).unwrap_or(Value::Null)
}

/// Exports a body, its term and its roster as OParl 1.1 objects.
///
/// # Example
/// ```
/// use migrant_representation::RepresentationBody;
/// use migrant_representation::oparl::{export, ExportOptions};
/// let body = RepresentationBody::from_json_str(&std::fs::read_to_string("examples/data/luedenscheid-integrationsrat.json")?)?;
/// let out = export(&body, &ExportOptions::new("https://ris.example.org/oparl"));
/// assert_eq!(out.organization["classification"], "Beirat");
/// assert_eq!(out.memberships.len(), 10);
/// assert_eq!(out.memberships[0]["votingRight"], true);
/// assert_eq!(out.legislative_terms.len(), 1);
/// assert_eq!(out.organization["startDate"], "2025-11-01");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn export(body: &RepresentationBody, options: &ExportOptions) -> Export {
    let base = options.base_url.as_str();
    let org_id = url(base, "organization", body.id());
    let raw = RawRepresentationBody::from(body.clone());
    let mut memberships: Vec<Value> = body
        .roster()
        .map(|r| r.as_slice())
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, m)| membership(body, (base, &org_id), (None, i), m))
        .collect();
    // The members of a term's own roster, marked with the term.
    for (t, term) in body.terms().iter().enumerate() {
        for (i, m) in term
            .roster()
            .map(|r| r.as_slice())
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            memberships.push(membership(body, (base, &org_id), (Some(t), i), m));
        }
    }
    let mut o = Map::new();
    o.insert("id".into(), json!(org_id));
    o.insert("type".into(), json!(format!("{TYPE_BASE}1.1/Organization")));
    if let Some(b) = &options.body_url {
        o.insert("body".into(), json!(b));
    }
    o.insert("name".into(), json!(body.official_name()));
    o.insert("organizationType".into(), json!("Gremium"));
    o.insert(
        "classification".into(),
        json!(classification(body.body_type())),
    );
    o.insert(
        "post".into(),
        json!(["Vorsitz", "stellvertretender Vorsitz", "Mitglied"]),
    );
    // An empty roster is an empty list; no roster, no list.
    if body.roster().is_some() {
        o.insert(
            "membership".into(),
            Value::Array(memberships.iter().map(|m| m["id"].clone()).collect()),
        );
    }
    let periods = crate::law::Law::builtin().term_periods(body);
    if let Some(first) = periods.first() {
        o.insert("startDate".into(), json!(first.first_day));
    }
    if let Some(end) = periods.last().and_then(crate::check::TermPeriod::last_day) {
        o.insert("endDate".into(), json!(end));
    }
    let legislative_terms = legislative_terms(body, &periods, options);
    if options.include_counts {
        // The seats of the latest recorded term (its own, or the body's).
        let seats = body.composition_of_term(body.terms().len().saturating_sub(1));
        o.insert("memberCount".into(), json!(seats.total_seats()));
        o.insert("votingMemberCount".into(), json!(seats.voting_seats()));
    }
    for (key, value) in [
        ("id", json!(body.id())),
        ("englishLabel", json!(body.english_label())),
        ("bodyType", v(&body.body_type())),
        ("jurisdiction", v(body.jurisdiction())),
        ("legalBasis", v(body.legal_basis())),
        ("composition", v(&raw.composition)),
        ("term", raw.term.as_ref().map_or(Value::Null, v)),
        (
            "terms",
            if raw.terms.is_empty() {
                Value::Null
            } else {
                v(&raw.terms)
            },
        ),
        ("localRules", v(&raw.local_rules)),
        ("localRights", v(&raw.local_rights)),
        ("sources", v(&raw.sources)),
        (
            "establishedUnder",
            raw.established_under.as_ref().map_or(Value::Null, v),
        ),
        (
            "meetingsPerYear",
            raw.meetings_per_year.as_ref().map_or(Value::Null, v),
        ),
    ] {
        if !value.is_null() {
            o.insert(format!("{VENDOR_PREFIX}{key}"), value);
        }
    }
    Export {
        organization: Value::Object(o),
        memberships,
        legislative_terms,
    }
}

/// One `LegislativeTerm` per term of `body` that follows the council's
/// Wahlperiode.
fn legislative_terms(
    body: &RepresentationBody,
    periods: &[crate::check::TermPeriod],
    options: &ExportOptions,
) -> Vec<Value> {
    let base = options.base_url.as_str();
    let law = crate::law::Law::builtin();
    let rule = law.council_term(body.jurisdiction().land);
    periods
        .iter()
        .filter_map(|p| {
            // The council's Wahlperiode the term follows, by the document or
            // the statute; where its first day is not recorded (it begins
            // with the council's first meeting), the term's own.
            let term = body.terms().get(p.term)?;
            let elected = crate::law::office::council_elected_on(law, body, term)?;
            let (start, end) = rule?.period_from(elected, term.constituted_on())?;
            let start = start.unwrap_or(p.first_day);
            let mut lt = json!({
                "id": url(base, "legislativeterm", &format!("{}-{}", body.id(), p.term)),
                "type": format!("{TYPE_BASE}1.1/LegislativeTerm"),
                "name": format!("Wahlperiode {}–{}", start.format("%Y"), end.format("%Y")),
                "startDate": start,
                "endDate": end,
            });
            if let (Some(b), Some(lt)) = (&options.body_url, lt.as_object_mut()) {
                lt.insert("body".into(), json!(b));
            }
            Some(lt)
        })
        .collect()
}

/// The OParl Membership of the `i`-th roster entry `m` of `body`.
fn membership(
    body: &RepresentationBody,
    (base, org_id): (&str, &str),
    (term, i): (Option<usize>, usize),
    m: &crate::body::Membership,
) -> Value {
    let mut o = Map::new();
    let local = match term {
        None => format!("{}-{i}", body.id()),
        Some(t) => format!("{}-term{t}-{i}", body.id()),
    };
    o.insert("id".into(), json!(url(base, "membership", &local)));
    o.insert("type".into(), json!(format!("{TYPE_BASE}1.1/Membership")));
    o.insert("person".into(), json!(url(base, "person", &m.person)));
    o.insert("organization".into(), json!(org_id));
    o.insert("role".into(), json!(role_name(m.role)));
    let seats = term.map_or_else(|| body.composition(), |t| body.composition_of_term(t));
    let voting = m
        .seat_group
        .as_deref()
        .and_then(|g| seats.group(g))
        .is_some_and(|g| {
            g.voting() == crate::body::VotingRight::Voting && m.role != Role::Substitute
        });
    o.insert("votingRight".into(), json!(voting));
    if let Some(d) = m.start_date {
        o.insert("startDate".into(), json!(d));
    }
    if let Some(d) = m.end_date {
        o.insert("endDate".into(), json!(d));
    }
    // The organisation a member sits for is not exported as an OParl
    // Organization, so `onBehalfOf` would link into nothing; the reference
    // stays in the vendor key.
    if let Some(b) = &m.on_behalf_of {
        o.insert(format!("{VENDOR_PREFIX}onBehalfOf"), json!(b));
    }
    o.insert(format!("{VENDOR_PREFIX}person"), json!(m.person));
    if let Some(g) = &m.seat_group {
        o.insert(format!("{VENDOR_PREFIX}seatGroup"), json!(g));
    }
    o.insert(format!("{VENDOR_PREFIX}role"), v(&m.role));
    if m.council_member {
        o.insert(format!("{VENDOR_PREFIX}councilMember"), json!(true));
    }
    if let Some(t) = term {
        o.insert(format!("{VENDOR_PREFIX}term"), json!(t));
    }
    Value::Object(o)
}

/// Exports any document: a body as [`export`] does; an association or a
/// network as an `Organization` with `organizationType` "Institution", a
/// `classification` naming its kind or stage, and the whole document (its
/// member references, a network's evidence and member organisations) in
/// the vendor key `MIGREP:document`.
///
/// # Example
/// ```
/// use migrant_representation::Document;
/// use migrant_representation::oparl::{export_document, import, ExportOptions};
/// let doc = Document::from_json_str(&std::fs::read_to_string("examples/data/networks/verbund-stage.json")?)?;
/// let out = export_document(&doc, &ExportOptions::new("https://ris.example.org/oparl"));
/// assert_eq!(out.organization["classification"], "lokaler Verbund");
/// assert_eq!(import(&out.organization, &[])?.document, Some(doc));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn export_document(document: &Document, options: &ExportOptions) -> Export {
    let (kind, name, start) = match document {
        Document::RepresentationBody(b) => return export(b, options),
        Document::Association(a) => (
            match a.kind {
                AssociationKind::StateAssociation => "Landesverband",
                AssociationKind::UmbrellaAssociation => "Dachverband",
                _ => "Bundesverband",
            },
            &a.official_name,
            a.founded_on,
        ),
        Document::Network(n) => (
            match n.claimed_stage {
                MaturityStage::Initiative => "lokale Initiative",
                MaturityStage::Network => "lokales Netzwerk",
                MaturityStage::Federation => "lokaler Verbund",
            },
            &n.official_name,
            n.founded_on,
        ),
    };
    let mut o = Map::new();
    o.insert(
        "id".into(),
        json!(url(&options.base_url, "organization", document.id())),
    );
    o.insert("type".into(), json!(format!("{TYPE_BASE}1.1/Organization")));
    if let Some(b) = &options.body_url {
        o.insert("body".into(), json!(b));
    }
    o.insert("name".into(), json!(name));
    o.insert("organizationType".into(), json!("Institution"));
    o.insert("classification".into(), json!(kind));
    if let Some(d) = start {
        o.insert("startDate".into(), json!(d));
    }
    o.insert(
        format!("{VENDOR_PREFIX}document"),
        document.to_json_value().unwrap_or(Value::Null),
    );
    Export {
        organization: Value::Object(o),
        memberships: Vec::new(),
        legislative_terms: Vec::new(),
    }
}
