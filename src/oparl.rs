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
//! # Import
//! [`import`] reads an Organization (OParl 1.0 or 1.1 type URL) and its
//! Memberships and never fails on a well-formed object: empty strings count
//! as absent, vendor keys are kept, unknown `organizationType` and
//! `classification` values are kept as they are, a missing `votingRight` is
//! "unknown", and whatever it cannot map is listed in
//! [`Imported::unmapped`]. [`import_body`] reads a `Body` and pads a 7-digit
//! AGS whose leading zero was lost.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::{Map, Value, json};

use crate::body::{Ags, RawRepresentationBody, RepresentationBody, RepresentationBodyTag};
use crate::document::Document;
use crate::error::JsonPointer;
use crate::kind::{BodyFamily, BodyType};
use crate::limits::SCHEMA_VERSION;
use crate::network::MaturityStage;
use crate::organisation::AssociationKind;
use crate::roster::{Membership, Role};
use crate::term::TermLength;

/// The prefix of the crate's vendor keys.
pub const VENDOR_PREFIX: &str = "MIGREP:";

const TYPE_BASE: &str = "https://schema.oparl.org/";

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
    /// The `LegislativeTerm`, when the body's term follows the council's.
    pub legislative_term: Option<Value>,
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
/// assert!(out.legislative_term.is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn export(body: &RepresentationBody, options: &ExportOptions) -> Export {
    let base = options.base_url.as_str();
    let org_id = url(base, "organization", body.id());
    let raw = RawRepresentationBody::from(body.clone());
    let memberships: Vec<Value> = body
        .roster()
        .map(|r| r.as_slice())
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, m)| membership(body, base, &org_id, i, m))
        .collect();
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
    if !memberships.is_empty() {
        o.insert(
            "membership".into(),
            Value::Array(memberships.iter().map(|m| m["id"].clone()).collect()),
        );
    }
    let mut legislative_term = None;
    if let Some(t) = body.term() {
        o.insert("startDate".into(), json!(t.starts_on()));
        if let TermLength::CouncilTerm { .. } = t.length() {
            legislative_term = Some(json!({
                "id": url(base, "legislativeterm", body.id()),
                "type": format!("{TYPE_BASE}1.1/LegislativeTerm"),
                "name": format!("Wahlperiode {}–{}", t.starts_on().format("%Y"), t.ends_on().format("%Y")),
                "startDate": t.starts_on(),
                "endDate": t.ends_on(),
            }));
            if let Some(b) = &options.body_url {
                if let Some(Value::Object(lt)) = legislative_term.as_mut() {
                    lt.insert("body".into(), json!(b));
                }
            }
        }
    }
    if options.include_counts {
        o.insert(
            "memberCount".into(),
            json!(body.composition().total_seats()),
        );
        o.insert(
            "votingMemberCount".into(),
            json!(body.composition().voting_seats()),
        );
    }
    for (key, value) in [
        ("id", json!(body.id())),
        ("englishLabel", json!(body.english_label())),
        ("bodyType", v(&body.body_type())),
        ("jurisdiction", v(body.jurisdiction())),
        ("legalBasis", v(body.legal_basis())),
        ("composition", v(&raw.composition)),
        ("term", raw.term.as_ref().map_or(Value::Null, v)),
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
        legislative_term,
    }
}

/// The OParl Membership of the `i`-th roster entry `m` of `body`.
fn membership(
    body: &RepresentationBody,
    base: &str,
    org_id: &str,
    i: usize,
    m: &crate::Membership,
) -> Value {
    let mut o = Map::new();
    o.insert(
        "id".into(),
        json!(url(base, "membership", &format!("{}-{i}", body.id()))),
    );
    o.insert("type".into(), json!(format!("{TYPE_BASE}1.1/Membership")));
    o.insert("person".into(), json!(url(base, "person", &m.person)));
    o.insert("organization".into(), json!(org_id));
    o.insert("role".into(), json!(role_name(m.role)));
    let voting = m
        .seat_group
        .as_deref()
        .and_then(|g| body.composition().group(g))
        .is_some_and(|g| g.voting() == crate::VotingRight::Voting && m.role != Role::Substitute);
    o.insert("votingRight".into(), json!(voting));
    if let Some(d) = m.start_date {
        o.insert("startDate".into(), json!(d));
    }
    if let Some(d) = m.end_date {
        o.insert("endDate".into(), json!(d));
    }
    if let Some(b) = &m.on_behalf_of {
        o.insert("onBehalfOf".into(), json!(url(base, "organization", b)));
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
        legislative_term: None,
    }
}

/// The OParl version of an object's `type` URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display)]
#[non_exhaustive]
pub enum OParlVersion {
    /// `https://schema.oparl.org/1.0/…`
    #[strum(serialize = "1.0")]
    V1_0,
    /// `https://schema.oparl.org/1.1/…`
    #[strum(serialize = "1.1")]
    V1_1,
}

/// Something an import could not map, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Unmapped {
    /// Where in the imported objects (`/organization/location`,
    /// `/memberships/2/role`).
    pub path: JsonPointer,
    /// Why it was not mapped.
    pub reason: String,
}

/// A membership as imported.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ImportedMembership {
    /// The OParl id.
    pub id: Option<String>,
    /// The person URL.
    pub person: Option<String>,
    /// The role as published.
    pub role: Option<String>,
    /// The voting right; `None` when the object does not say.
    pub voting_right: Option<bool>,
    /// First day.
    pub start_date: Option<NaiveDate>,
    /// Last day.
    pub end_date: Option<NaiveDate>,
    /// The organisation URL the member sits for.
    pub on_behalf_of: Option<String>,
    /// The crate's roster entry, as far as it can be known.
    pub membership: Membership,
    /// Keys with a vendor prefix, kept as they are.
    pub vendor: BTreeMap<String, Value>,
}

/// An organization as imported.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Imported {
    /// The OParl version of the `type` URL.
    pub version: OParlVersion,
    /// The OParl id.
    pub id: Option<String>,
    /// The name.
    pub name: Option<String>,
    /// The short name.
    pub short_name: Option<String>,
    /// `organizationType` as published ("Gremium", or any other value).
    pub organization_type: Option<String>,
    /// `classification` as published ("Beirat", "Ausschuss", or any other).
    pub classification: Option<String>,
    /// The body type, from the vendor key or recognised in the name.
    pub body_type: Option<BodyType>,
    /// First day.
    pub start_date: Option<NaiveDate>,
    /// Last day.
    pub end_date: Option<NaiveDate>,
    /// `memberCount` (post-1.1.1).
    pub member_count: Option<u64>,
    /// `votingMemberCount` (post-1.1.1).
    pub voting_member_count: Option<u64>,
    /// The memberships.
    pub memberships: Vec<ImportedMembership>,
    /// Keys with a vendor prefix, kept as they are.
    pub vendor: BTreeMap<String, Value>,
    /// The whole body, when the crate's vendor keys carry it and it is
    /// valid.
    pub body: Option<RepresentationBody>,
    /// The whole association or network, when the vendor key
    /// `MIGREP:document` carries it and it is valid.
    pub document: Option<Document>,
    /// What could not be mapped.
    pub unmapped: Vec<Unmapped>,
}

/// Why an object could not be imported at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// Not a JSON object.
    #[error("{what} is not a JSON object")]
    NotAnObject {
        /// Which object.
        what: String,
    },
    /// The value nests deeper than [`MAX_DEPTH`] (a value built in code can
    /// nest without end; reading it further would exhaust the stack).
    #[error("{what} nests deeper than {MAX_DEPTH} levels")]
    TooDeep {
        /// Which object.
        what: String,
    },
    /// The `type` is not an OParl 1.0 or 1.1 URL of the expected class.
    #[error("{what} has type {found:?}, not an OParl 1.0 or 1.1 {expected}")]
    WrongType {
        /// Which object.
        what: String,
        /// The type found.
        found: String,
        /// The class expected.
        expected: &'static str,
    },
}

/// The deepest nesting [`import`] reads. Real OParl objects nest a few
/// levels; the crate's vendor keys a dozen.
pub const MAX_DEPTH: usize = 64;

/// Whether `v` nests deeper than [`MAX_DEPTH`], found without recursion.
fn too_deep(v: &Value) -> bool {
    let mut stack = vec![(v, 0usize)];
    while let Some((v, depth)) = stack.pop() {
        if depth > MAX_DEPTH {
            return true;
        }
        match v {
            Value::Array(a) => stack.extend(a.iter().map(|x| (x, depth + 1))),
            Value::Object(o) => stack.extend(o.values().map(|x| (x, depth + 1))),
            _ => {}
        }
    }
    false
}

/// A string field; empty strings count as absent.
fn text(o: &Map<String, Value>, key: &str) -> Option<String> {
    o.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn date(
    o: &Map<String, Value>,
    key: &str,
    at: &JsonPointer,
    unmapped: &mut Vec<Unmapped>,
) -> Option<NaiveDate> {
    let s = text(o, key)?;
    match s.get(..10).unwrap_or(&s).parse() {
        Ok(d) => Some(d),
        Err(_) => {
            unmapped.push(Unmapped {
                path: at.field(key),
                reason: format!("{:?} is not a date", crate::limits::clip(&s)),
            });
            None
        }
    }
}

fn version_of(
    o: &Map<String, Value>,
    class: &'static str,
    what: &str,
) -> Result<OParlVersion, ImportError> {
    let found = o
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    // Some endpoints write the type URL with `http://`; it names the same
    // schema.
    let version = match found
        .strip_prefix(TYPE_BASE)
        .or_else(|| found.strip_prefix("http://schema.oparl.org/"))
        .and_then(|rest| rest.strip_suffix(class))
    {
        Some("1.0/") => OParlVersion::V1_0,
        Some("1.1/") => OParlVersion::V1_1,
        _ => {
            return Err(ImportError::WrongType {
                what: what.to_owned(),
                found,
                expected: class,
            });
        }
    };
    Ok(version)
}

fn vendor(o: &Map<String, Value>) -> BTreeMap<String, Value> {
    o.iter()
        .filter(|(k, _)| k.contains(':') && !k.starts_with("http"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// Recognises a body type in an organization's name.
fn body_type_from_name(name: &str) -> Option<BodyType> {
    let n = name.to_lowercase();
    let table = [
        ("integrationsausschuss", BodyType::IntegrationCommittee),
        ("integrations-kommission", BodyType::IntegrationCommission),
        ("integrationskommission", BodyType::IntegrationCommission),
        (
            "beirat für migration und integration",
            BodyType::MigrationAndIntegrationAdvisoryBoard,
        ),
        (
            "ausschuss für partizipation und integration",
            BodyType::ParticipationCommittee,
        ),
        ("ausländerbeirat", BodyType::ForeignResidentsAdvisoryBoard),
        (
            "ausländervertretung",
            BodyType::ForeignResidentsAdvisoryBoard,
        ),
        ("integrationsrat", BodyType::IntegrationCouncil),
        ("integrationsbeirat", BodyType::LocalAdvisoryBoard),
        ("migrationsbeirat", BodyType::LocalAdvisoryBoard),
        ("migrantenbeirat", BodyType::LocalAdvisoryBoard),
    ];
    table.iter().find(|(k, _)| n.contains(k)).map(|(_, t)| *t)
}

const KNOWN_ORG_KEYS: &[&str] = &[
    "id",
    "type",
    "body",
    "name",
    "shortName",
    "organizationType",
    "classification",
    "startDate",
    "endDate",
    "membership",
    "memberCount",
    "votingMemberCount",
    "post",
    "created",
    "modified",
    "deleted",
    "web",
    "license",
    "keyword",
];

/// The role a council system's free-text role names, by this table
/// (case and surrounding space do not matter):
///
/// | role text | role |
/// |---|---|
/// | "stellv. Vorsitzende(r)", "1./2. stellv. Vorsitz", "stellvertretende(r) Ausschussvorsitzende(r)" (any "stellv…" with "vorsitz") | [`Role::DeputyChair`] |
/// | "Vorsitzende(r)", "Vorsitz", "Ausschussvorsitzende(r)", "Fraktionsvorsitzende(r)" (any "vorsitz") | [`Role::Chair`] |
/// | "stellv. Mitglied", "stellvertretendes Mitglied", "Stellvertretung", "Stellvertreter(in)", "Persönliche(r) Vertreter(in) …" | [`Role::Substitute`] |
/// | "Mitglied", "Sonstiges Mitglied", "Sachkundige(r) Bürger(in)", "Sachkundige(r) Einwohner(in)" | [`Role::Member`] |
///
/// Anything else (an "Ortsvorsteher", a "stellv. Bürgermeister") is `None`:
/// the import reads it as an ordinary member and reports it as unmapped.
///
/// ```
/// use migrant_representation::Role;
/// use migrant_representation::oparl::role_from_text;
/// assert_eq!(role_from_text("stellv. Mitglied"), Some(Role::Substitute));
/// assert_eq!(role_from_text("stellvertetender Ausschussvorsitzender"), Some(Role::DeputyChair));
/// assert_eq!(role_from_text("Persönliche Vertreterin des Sachkundigen Bürgers"), Some(Role::Substitute));
/// assert_eq!(role_from_text("Ortsvorsteher"), None);
/// ```
#[must_use]
pub fn role_from_text(text: &str) -> Option<Role> {
    let r = text.trim().to_lowercase();
    let deputy = r.starts_with("stellv") || r.contains(" stellv") || r.contains(".stellv");
    if r.contains("vorsitz") {
        return Some(if deputy {
            Role::DeputyChair
        } else {
            Role::Chair
        });
    }
    let member_words = ["mitglied", "sachkundige", "sachkundiger"];
    if r.contains("persönliche") && r.contains("vertreter") {
        return Some(Role::Substitute);
    }
    if deputy
        && (r.contains("mitglied") || r == "stellvertretung" || r.starts_with("stellvertreter"))
    {
        return Some(Role::Substitute);
    }
    if member_words.iter().any(|w| r.contains(w)) {
        return Some(Role::Member);
    }
    None
}

fn membership_from(
    value: &Value,
    i: usize,
    unmapped: &mut Vec<Unmapped>,
) -> Result<ImportedMembership, ImportError> {
    let what = format!("membership {i}");
    let o = value
        .as_object()
        .ok_or_else(|| ImportError::NotAnObject { what: what.clone() })?;
    version_of(o, "Membership", &what)?;
    let at = JsonPointer::root().field("memberships").index(i);
    let vendor = vendor(o);
    let person = text(o, "person");
    let start_date = date(o, "startDate", &at, unmapped);
    let end_date = date(o, "endDate", &at, unmapped);
    let role = text(o, "role");
    let voting_right = match o.get("votingRight") {
        Some(Value::String(s)) if s == "true" || s == "false" => {
            unmapped.push(Unmapped {
                path: at.field("votingRight"),
                reason: format!("votingRight given as the text {s:?}; read as a boolean"),
            });
            Some(s == "true")
        }
        other => other.and_then(Value::as_bool),
    };
    let on_behalf_of = text(o, "onBehalfOf");
    let vkey = |k: &str| vendor.get(&format!("{VENDOR_PREFIX}{k}"));
    let role_enum = vkey("role")
        .and_then(|r| serde_json::from_value::<Role>(r.clone()).ok())
        .or_else(|| {
            role.as_deref().map(|r| {
                role_from_text(r).unwrap_or_else(|| {
                    unmapped.push(Unmapped {
                        path: at.field("role"),
                        reason: format!(
                            "unknown role {:?}; read as an ordinary member",
                            crate::limits::clip(r)
                        ),
                    });
                    Role::Member
                })
            })
        })
        .unwrap_or_default();
    let membership = Membership {
        person: vkey("person")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .or_else(|| {
                person
                    .as_deref()
                    .and_then(|p| p.rsplit('/').next())
                    .map(str::to_owned)
            })
            .unwrap_or_else(|| format!("membership-{i}")),
        seat_group: vkey("seatGroup").and_then(Value::as_str).map(str::to_owned),
        role: role_enum,
        start_date,
        end_date,
        on_behalf_of: vkey("onBehalfOf")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .or_else(|| on_behalf_of.clone()),
        council_member: vkey("councilMember")
            .and_then(Value::as_bool)
            .unwrap_or(false),
    };
    if voting_right.is_none() {
        unmapped.push(Unmapped {
            path: at.field("votingRight"),
            reason: "no votingRight: the voting right is unknown".into(),
        });
    }
    if membership.seat_group.is_none() {
        unmapped.push(Unmapped {
            path: at.clone(),
            reason: "OParl does not say which seat group the member holds".into(),
        });
    }
    Ok(ImportedMembership {
        id: text(o, "id"),
        person,
        role,
        voting_right,
        start_date,
        end_date,
        on_behalf_of,
        membership,
        vendor,
    })
}

/// Imports an OParl `Organization` and its `Membership` objects.
///
/// # Errors
/// [`ImportError`] only when an object is not a JSON object or its `type` is
/// not an OParl 1.0 or 1.1 `Organization` (or `Membership`) URL. Everything
/// else that cannot be mapped is listed in [`Imported::unmapped`].
///
/// # Example
/// ```
/// use migrant_representation::oparl::import;
/// let org = serde_json::json!({
///     "id": "https://ris.example.org/organization/7",
///     "type": "https://schema.oparl.org/1.0/Organization",
///     "name": "Integrationsrat der Stadt Beispiel",
///     "organizationType": "Gremien",
///     "endDate": ""
/// });
/// let imported = import(&org, &[])?;
/// assert_eq!(imported.organization_type.as_deref(), Some("Gremien")); // kept as published
/// assert_eq!(imported.end_date, None);                                // "" is absent
/// assert_eq!(imported.body_type, Some(migrant_representation::BodyType::IntegrationCouncil));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn import(organization: &Value, memberships: &[Value]) -> Result<Imported, ImportError> {
    let what = "the organization";
    if too_deep(organization) {
        return Err(ImportError::TooDeep { what: what.into() });
    }
    if memberships.iter().any(too_deep) {
        return Err(ImportError::TooDeep {
            what: "a membership".into(),
        });
    }
    let o = organization
        .as_object()
        .ok_or_else(|| ImportError::NotAnObject { what: what.into() })?;
    let version = version_of(o, "Organization", what)?;
    let at = JsonPointer::root().field("organization");
    let mut unmapped = Vec::new();
    let vendor = vendor(o);
    for k in o.keys() {
        if !KNOWN_ORG_KEYS.contains(&k.as_str()) && !vendor.contains_key(k) {
            unmapped.push(Unmapped {
                path: at.field(k),
                reason: "not part of the crate's model".into(),
            });
        }
    }
    let name = text(o, "name");
    let start_date = date(o, "startDate", &at, &mut unmapped);
    let end_date = date(o, "endDate", &at, &mut unmapped);
    let vkey = |k: &str| vendor.get(&format!("{VENDOR_PREFIX}{k}"));
    let body_type = vkey("bodyType")
        .and_then(|b| serde_json::from_value(b.clone()).ok())
        .or_else(|| name.as_deref().and_then(body_type_from_name));
    let mut imported_memberships = Vec::with_capacity(memberships.len());
    for (i, m) in memberships.iter().enumerate() {
        imported_memberships.push(membership_from(m, i, &mut unmapped)?);
    }
    // A whole association or network, when the crate's vendor key carries it.
    let document = vkey("document").and_then(|d| match Document::from_json_str(&d.to_string()) {
        Ok(doc) => Some(doc),
        Err(e) => {
            unmapped.push(Unmapped {
                path: at.field(&format!("{VENDOR_PREFIX}document")),
                reason: e.to_string(),
            });
            None
        }
    });
    // The whole body, when the crate's own vendor keys carry it.
    let body = if document.is_some() {
        None
    } else if vkey("composition").is_some() {
        let raw = json!({
            "document_type": RepresentationBodyTag::RepresentationBody,
            "schema_version": SCHEMA_VERSION,
            "id": vkey("id"),
            "official_name": name,
            "english_label": vkey("englishLabel"),
            "body_type": vkey("bodyType"),
            "jurisdiction": vkey("jurisdiction"),
            "legal_basis": vkey("legalBasis"),
            "composition": vkey("composition"),
            "term": vkey("term"),
            "local_rules": vkey("localRules").cloned().unwrap_or_else(|| json!([])),
            "local_rights": vkey("localRights").cloned().unwrap_or_else(|| json!([])),
            "roster": if memberships.is_empty() {
                Value::Null
            } else {
                json!(imported_memberships.iter().map(|m| &m.membership).collect::<Vec<_>>())
            },
            "sources": vkey("sources").cloned().unwrap_or_else(|| json!([])),
            "established_under": vkey("establishedUnder"),
            "meetings_per_year": vkey("meetingsPerYear"),
        });
        body_from(raw, &at, &mut unmapped)
    } else {
        unmapped.push(Unmapped {
            path: at.clone(),
            reason: "no seat groups, legal basis or jurisdiction: OParl does not carry them".into(),
        });
        None
    };
    Ok(Imported {
        version,
        id: text(o, "id"),
        name,
        short_name: text(o, "shortName"),
        organization_type: text(o, "organizationType"),
        classification: text(o, "classification"),
        body_type,
        start_date,
        end_date,
        member_count: o.get("memberCount").and_then(Value::as_u64),
        voting_member_count: o.get("votingMemberCount").and_then(Value::as_u64),
        memberships: imported_memberships,
        vendor,
        body,
        document,
        unmapped,
    })
}

/// The body the crate's vendor keys carry, read from `raw`; what fails is
/// recorded as unmapped at `at`.
fn body_from(
    raw: Value,
    at: &JsonPointer,
    unmapped: &mut Vec<Unmapped>,
) -> Option<RepresentationBody> {
    match serde_json::from_value::<RawRepresentationBody>(raw) {
        Err(e) => {
            unmapped.push(Unmapped {
                path: at.clone(),
                reason: format!("the crate's vendor keys do not form a body: {e}"),
            });
            None
        }
        Ok(raw) => match RepresentationBody::new(raw) {
            Ok(b) => Some(b),
            Err(v) => {
                unmapped.push(Unmapped {
                    path: at.clone(),
                    reason: format!("the body is not valid: {v}"),
                });
                None
            }
        },
    }
}

/// A `Body` as imported: what the crate uses of it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ImportedBody {
    /// The OParl id.
    pub id: Option<String>,
    /// The name (the municipality).
    pub name: Option<String>,
    /// The AGS, padded to 8 digits when an endpoint lost its leading zero.
    pub ags: Option<Ags>,
    /// What could not be mapped.
    pub unmapped: Vec<Unmapped>,
}

/// Imports an OParl `Body`: its name and AGS.
///
/// # Errors
/// [`ImportError`] when it is not a JSON object or not an OParl 1.0 or 1.1
/// `Body`.
///
/// # Example
/// ```
/// use migrant_representation::oparl::import_body;
/// let body = serde_json::json!({"id": "https://ris.example.org/body/1",
///     "type": "https://schema.oparl.org/1.1/Body", "name": "Köln", "ags": "5315000"});
/// assert_eq!(import_body(&body)?.ags.unwrap().as_str(), "05315000");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn import_body(body: &Value) -> Result<ImportedBody, ImportError> {
    let o = body.as_object().ok_or_else(|| ImportError::NotAnObject {
        what: "the body".into(),
    })?;
    version_of(o, "Body", "the body")?;
    let mut unmapped = Vec::new();
    let ags = text(o, "ags").and_then(|a| {
        let padded = if a.len() == 7 && a.bytes().all(|b| b.is_ascii_digit()) {
            format!("0{a}")
        } else {
            a.clone()
        };
        match Ags::parse(&padded) {
            Ok(x) => Some(x),
            Err(e) => {
                unmapped.push(Unmapped {
                    path: JsonPointer::root().field("ags"),
                    reason: e.to_string(),
                });
                None
            }
        }
    });
    Ok(ImportedBody {
        id: text(o, "id"),
        name: text(o, "name"),
        ags,
        unmapped,
    })
}
