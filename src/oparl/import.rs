//! Tolerant import of OParl objects: Organizations, Memberships (alone or
//! embedded in Persons), Bodies, and list pages of them.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::{Map, Value, json};

use super::note::{ImportNote, ImportNoteKind, ImportReason};
use crate::body::{Ags, RawRepresentationBody, RepresentationBody, RepresentationBodyTag};
use crate::document::Document;
use crate::error::JsonPointer;
use crate::kind::BodyType;
use crate::land::Land;
use crate::law::Law;
use crate::limits::{SCHEMA_VERSION, clip};
use crate::roster::{Membership, Role};

/// The prefix of the crate's vendor keys.
pub const VENDOR_PREFIX: &str = "MIGREP:";

/// Where the OParl type URLs start.
pub(super) const TYPE_BASE: &str = "https://schema.oparl.org/";

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

/// How to import: the Land the objects belong to, and the law whose body
/// types a name is read against.
///
/// # Example
/// ```
/// use migrant_representation::{BodyType, Land};
/// use migrant_representation::oparl::{import_with, ImportOptions};
/// let org = serde_json::json!({"type": "https://schema.oparl.org/1.0/Organization",
///     "id": "https://ris.example.org/organization/7", "name": "Ausländerbeirat der Stadt Erfurt"});
/// let imported = import_with(&org, &[], &ImportOptions::new().land(Land::Thueringen))?;
/// // Thuringia has no statutory Ausländerbeirat: the body is a local board.
/// assert_eq!(imported.body_type, Some(BodyType::LocalAdvisoryBoard));
/// # Ok::<(), migrant_representation::oparl::ImportError>(())
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct ImportOptions<'law> {
    /// The Land of the objects, when the caller knows it. Without it,
    /// [`import_all`] takes the Land from the AGS of the Body an
    /// Organization belongs to.
    pub land: Option<Land>,
    /// The law whose body types a name is read against.
    pub law: &'law Law,
}

impl ImportOptions<'static> {
    /// No Land given; the built-in law.
    #[must_use]
    pub fn new() -> Self {
        Self {
            land: None,
            law: Law::builtin(),
        }
    }
}

impl Default for ImportOptions<'static> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'law> ImportOptions<'law> {
    /// The same options with the Land given.
    #[must_use]
    pub const fn land(mut self, land: Land) -> Self {
        self.land = Some(land);
        self
    }

    /// The same options with another law (a reform, a Land's law built in
    /// code).
    #[must_use]
    pub const fn with_law<'other>(self, law: &'other Law) -> ImportOptions<'other> {
        ImportOptions {
            land: self.land,
            law,
        }
    }
}

/// A membership as imported.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ImportedMembership {
    /// The OParl id.
    pub id: Option<String>,
    /// The person URL (for a membership embedded in a Person, the Person's
    /// id).
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
    /// The URL of the OParl Body the organization belongs to.
    pub body_url: Option<String>,
    /// The name.
    pub name: Option<String>,
    /// The short name.
    pub short_name: Option<String>,
    /// `organizationType` as published ("Gremium", or any other value).
    pub organization_type: Option<String>,
    /// `classification` as published ("Beirat", "Ausschuss", or any other).
    pub classification: Option<String>,
    /// The Land the import read the organization in, when known.
    pub land: Option<Land>,
    /// The body type: from the crate's vendor key, or inferred from the
    /// name in the Land's law (and then noted as
    /// [`ImportReason::BodyTypeFromName`]). Never inferred without a Land.
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
    /// What the import could not map, what it inferred, and what it
    /// accepted in an irregular shape.
    pub notes: Vec<ImportNote>,
}

impl Imported {
    /// The term the organization's dates describe: constituted on
    /// `startDate`, with a fixed end on `endDate` when it has one (a term
    /// without an end leaves its length to the statute). `None` without a
    /// `startDate`.
    ///
    /// ```
    /// use migrant_representation::oparl::import;
    /// let org = serde_json::json!({
    ///     "id": "https://ris.example.org/oparl/organization/7",
    ///     "type": "https://schema.oparl.org/1.1/Organization",
    ///     "name": "Integrationsrat", "startDate": "2020-11-01", "endDate": "2025-10-31"});
    /// let imported = import(&org, &[])?;
    /// let term = imported.raw_term().unwrap();
    /// assert_eq!(term.constituted_on.unwrap().to_string(), "2020-11-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn raw_term(&self) -> Option<crate::term::RawTerm> {
        let start = self.start_date?;
        let mut term = crate::term::RawTerm {
            constituted_on: Some(start),
            ..crate::term::RawTerm::default()
        };
        if let Some(end) = self.end_date.filter(|e| *e >= start) {
            term.length = Some(crate::term::TermLength::FixedEnd { ends_on: end });
        }
        Some(term)
    }

    /// The notes of one kind.
    pub fn notes_of(&self, kind: ImportNoteKind) -> impl Iterator<Item = &ImportNote> {
        self.notes.iter().filter(move |n| n.kind() == kind)
    }
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
        /// The type found (clipped).
        found: String,
        /// The class expected.
        expected: &'static str,
    },
}

/// The deepest nesting the import reads. Real OParl objects nest a few
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
    notes: &mut Vec<ImportNote>,
) -> Option<NaiveDate> {
    let s = text(o, key)?;
    match s.get(..10).unwrap_or(&s).parse() {
        Ok(d) => Some(d),
        Err(_) => {
            notes.push(ImportNote::new(
                at.field(key),
                ImportReason::NotADate { found: clip(&s) },
            ));
            None
        }
    }
}

/// How an OParl `type` URL was written, when irregular but readable.
#[derive(Debug, Clone, Copy, Default)]
struct Irregular {
    /// `http://` for `https://`.
    http: bool,
    /// A slash at the end (`…/Organization/`).
    slash: bool,
}

/// The class and version an OParl `type` URL names; `http://` is read as
/// `https://`, and one slash at the end is read as none (both noted).
fn class_of(o: &Map<String, Value>) -> Option<(OParlVersion, &str, Irregular)> {
    let found = o.get("type").and_then(Value::as_str)?;
    let mut irregular = Irregular::default();
    let rest = match found.strip_prefix(TYPE_BASE) {
        Some(rest) => rest,
        None => {
            irregular.http = true;
            found.strip_prefix("http://schema.oparl.org/")?
        }
    };
    let rest = match rest.strip_suffix('/') {
        Some(r) => {
            irregular.slash = true;
            r
        }
        None => rest,
    };
    let (version, class) = rest.split_once('/')?;
    let version = match version {
        "1.0" => OParlVersion::V1_0,
        "1.1" => OParlVersion::V1_1,
        _ => return None,
    };
    Some((version, class, irregular))
}

fn version_of(
    o: &Map<String, Value>,
    class: &'static str,
    what: &dyn Fn() -> String,
    at: &JsonPointer,
    notes: &mut Vec<ImportNote>,
) -> Result<OParlVersion, ImportError> {
    match class_of(o) {
        Some((version, c, irregular)) if c == class => {
            if irregular.http {
                notes.push(ImportNote::new(at.field("type"), ImportReason::HttpTypeUrl));
            }
            if irregular.slash {
                notes.push(ImportNote::new(
                    at.field("type"),
                    ImportReason::TypeUrlTrailingSlash,
                ));
            }
            Ok(version)
        }
        _ => Err(ImportError::WrongType {
            what: what(),
            found: clip(o.get("type").and_then(Value::as_str).unwrap_or("")),
            expected: class,
        }),
    }
}

fn vendor(o: &Map<String, Value>) -> BTreeMap<String, Value> {
    o.iter()
        .filter(|(k, _)| k.contains(':') && !k.starts_with("http"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The names councils give their migrant representation bodies, with the
/// body types each may name, most specific first. A name is read against
/// the law of one Land: the first type of the first matching entry that
/// the Land's law has is the type.
const NAME_TABLE: &[(&str, &[BodyType])] = &[
    // The NRW Integrationsrat's name from 1 November 2025 (§ 27 GO NRW i. d. F.
    // des Gesetzes vom 10.07.2025).
    (
        "ausschuss für chancengerechtigkeit und integration",
        &[BodyType::IntegrationCouncil],
    ),
    (
        "ausschuss für partizipation und integration",
        &[BodyType::ParticipationCommittee],
    ),
    ("integrationsausschuss", &[BodyType::IntegrationCommittee]),
    (
        "integrations-kommission",
        &[BodyType::IntegrationCommission],
    ),
    ("integrationskommission", &[BodyType::IntegrationCommission]),
    (
        "beirat für migration und integration",
        &[
            BodyType::MigrationAndIntegrationAdvisoryBoard,
            BodyType::LocalAdvisoryBoard,
        ],
    ),
    (
        "beirat für integration und migration",
        &[
            BodyType::MigrationAndIntegrationAdvisoryBoard,
            BodyType::LocalAdvisoryBoard,
        ],
    ),
    (
        "ausländerbeirat",
        &[
            BodyType::ForeignResidentsAdvisoryBoard,
            BodyType::LocalAdvisoryBoard,
        ],
    ),
    (
        "ausländervertretung",
        &[
            BodyType::ForeignResidentsAdvisoryBoard,
            BodyType::LocalAdvisoryBoard,
        ],
    ),
    (
        "integrationsrat",
        &[BodyType::IntegrationCouncil, BodyType::LocalAdvisoryBoard],
    ),
    (
        "integrationsbeirat",
        &[
            BodyType::IntegrationAdvisoryBoard,
            BodyType::StateAdvisoryBoard,
            BodyType::LocalAdvisoryBoard,
        ],
    ),
    (
        "rat für integration",
        &[BodyType::StateAdvisoryBoard, BodyType::LocalAdvisoryBoard],
    ),
    ("landesbeirat", &[BodyType::StateAdvisoryBoard]),
    ("migrationsbeirat", &[BodyType::LocalAdvisoryBoard]),
    ("migrantenbeirat", &[BodyType::LocalAdvisoryBoard]),
    ("migrantenrat", &[BodyType::LocalAdvisoryBoard]),
    ("migrantenvertretung", &[BodyType::LocalAdvisoryBoard]),
    ("beirat für integration", &[BodyType::LocalAdvisoryBoard]),
    ("internationaler ausschuss", &[BodyType::LocalAdvisoryBoard]),
];

/// The body type a name names in `land`'s law, with the words that name
/// it; or why there is none.
fn body_type_in(
    name: &str,
    land: Land,
    law: &Law,
) -> Result<(BodyType, &'static str), ImportReason> {
    let n = name.to_lowercase();
    let has = |t: BodyType| law.regimes().any(|r| r.land == land && r.body_type == t);
    let mut named = None;
    for (word, types) in NAME_TABLE.iter().filter(|(w, _)| n.contains(w)) {
        if let Some(t) = types.iter().copied().find(|t| has(*t)) {
            return Ok((t, word));
        }
        named = named.or_else(|| types.first().copied());
    }
    Err(ImportReason::BodyTypeUnknown {
        land: Some(land),
        named,
    })
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
/// the import reads it as an ordinary member and notes it as unmapped.
///
/// ```
/// use migrant_representation::body::Role;
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

/// The reference a URL stands for in the crate (a person, an
/// organization): the value of its `id` query parameter where it has one
/// (SessionNet and similar systems publish `…/persons.asp?id=12851&body=1`,
/// so the reference is `12851`), else the last segment of its path (`…/person/13`
/// gives `13`), with the rest of a query kept after it (`…/person?key=ab`
/// gives `person?key=ab`). A fragment is dropped; a text that is no URL is
/// itself.
fn last_segment(s: &str) -> &str {
    let s = s.split_once('#').map_or(s, |(a, _)| a);
    let (path, query) = match s.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (s, None),
    };
    if let Some(id) = query.and_then(|q| {
        q.split('&')
            .find_map(|kv| kv.strip_prefix("id="))
            .filter(|v| !v.is_empty())
    }) {
        return id;
    }
    let trimmed = path.trim_end_matches('/');
    let start = trimmed.rfind('/').map_or(0, |i| i + 1);
    match query {
        // The segment and its query (`path` is the start of `s`).
        Some(q) if !q.is_empty() => &s[start..],
        _ => &trimmed[start..],
    }
}

fn voting_right_of(
    o: &Map<String, Value>,
    at: &JsonPointer,
    notes: &mut Vec<ImportNote>,
) -> Option<bool> {
    let v = match o.get("votingRight") {
        Some(Value::String(s)) if s == "true" || s == "false" => {
            notes.push(ImportNote::new(
                at.field("votingRight"),
                ImportReason::VotingRightAsText { found: s.clone() },
            ));
            Some(s == "true")
        }
        other => other.and_then(Value::as_bool),
    };
    if v.is_none() {
        notes.push(ImportNote::new(
            at.field("votingRight"),
            ImportReason::NoVotingRight,
        ));
    }
    v
}

fn role_of(
    role: Option<&str>,
    vendor_role: Option<Role>,
    at: &JsonPointer,
    notes: &mut Vec<ImportNote>,
) -> Role {
    if let Some(r) = vendor_role {
        return r;
    }
    let Some(text) = role else {
        return Role::Member;
    };
    let found = clip(text);
    match role_from_text(text) {
        Some(role) => {
            notes.push(ImportNote::new(
                at.field("role"),
                ImportReason::RoleFromText { found, role },
            ));
            role
        }
        None => {
            notes.push(ImportNote::new(
                at.field("role"),
                ImportReason::UnknownRole { found },
            ));
            Role::Member
        }
    }
}

/// A Membership to import: the object, its place, and the id of the Person
/// it is embedded in (its person when it names none).
#[derive(Debug, Clone)]
struct Pending<'v> {
    value: &'v Value,
    at: JsonPointer,
    person: Option<&'v str>,
}

fn membership_from(
    pending: &Pending<'_>,
    notes: &mut Vec<ImportNote>,
) -> Result<ImportedMembership, ImportError> {
    let at = &pending.at;
    let what = || format!("the membership at {at}");
    let o = pending
        .value
        .as_object()
        .ok_or_else(|| ImportError::NotAnObject { what: what() })?;
    version_of(o, "Membership", &what, at, notes)?;
    let vendor = vendor(o);
    // An embedded Membership without a `person` key is the Person's.
    let person = if o.contains_key("person") {
        text(o, "person")
    } else {
        pending.person.map(str::to_owned)
    };
    let start_date = date(o, "startDate", at, notes);
    let end_date = date(o, "endDate", at, notes);
    let role = text(o, "role");
    let voting_right = voting_right_of(o, at, notes);
    let on_behalf_of = text(o, "onBehalfOf");
    let vkey = |k: &str| vendor.get(&format!("{VENDOR_PREFIX}{k}"));
    let vendor_role = vkey("role").and_then(|r| serde_json::from_value::<Role>(r.clone()).ok());
    let role_enum = role_of(role.as_deref(), vendor_role, at, notes);
    let id = text(o, "id");
    let person_ref = vkey("person")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .or_else(|| person.as_deref().map(|p| last_segment(p).to_owned()))
        .unwrap_or_else(|| {
            notes.push(ImportNote::new(at.field("person"), ImportReason::NoPerson));
            id.as_deref().map_or_else(
                || "unknown".to_owned(),
                |m| format!("membership-{}", last_segment(m)),
            )
        });
    let membership = Membership {
        person: person_ref,
        seat_group: vkey("seatGroup").and_then(Value::as_str).map(str::to_owned),
        role: role_enum,
        start_date,
        end_date,
        on_behalf_of: vkey("onBehalfOf")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .or_else(|| on_behalf_of.as_deref().map(|u| last_segment(u).to_owned())),
        council_member: vkey("councilMember")
            .and_then(Value::as_bool)
            .unwrap_or(false),
    };
    if membership.seat_group.is_none() {
        notes.push(ImportNote::new(at.clone(), ImportReason::NoSeatGroup));
    }
    Ok(ImportedMembership {
        id,
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

/// Imports an OParl `Organization` and its `Membership` objects, with no
/// Land given: no body type is inferred from the name (see
/// [`import_with`]).
///
/// # Errors
/// [`ImportError`] only when an object is not a JSON object, nests deeper
/// than [`MAX_DEPTH`], or its `type` is not an OParl 1.0 or 1.1
/// `Organization` (or `Membership`) URL. Everything else is noted in
/// [`Imported::notes`].
///
/// # Example
/// ```
/// use migrant_representation::oparl::{import, ImportReason};
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
/// assert_eq!(imported.body_type, None);                               // no Land, no guess
/// assert!(imported.notes.iter().any(|n| n.reason == ImportReason::BodyTypeUnknown { land: None, named: None }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn import(organization: &Value, memberships: &[Value]) -> Result<Imported, ImportError> {
    import_with(organization, memberships, &ImportOptions::new())
}

/// Imports an OParl `Organization` and its `Membership` objects with
/// options: with a Land, the body type is inferred from the name in that
/// Land's law, and noted as inferred.
///
/// # Errors
/// As [`import`].
///
/// # Example
/// ```
/// use migrant_representation::{BodyType, Land};
/// use migrant_representation::oparl::{import_with, ImportOptions, ImportReason};
/// let org = serde_json::json!({"type": "https://schema.oparl.org/1.1/Organization",
///     "id": "https://ris.example.org/organization/3", "name": "Integrationsausschuss"});
/// // In NRW an Integrationsausschuss is the § 27 Abs. 12 GO NRW committee …
/// let nw = import_with(&org, &[], &ImportOptions::new().land(Land::NordrheinWestfalen))?;
/// assert_eq!(nw.body_type, Some(BodyType::IntegrationCommittee));
/// // … in Baden-Württemberg it is an ordinary council committee.
/// let bw = import_with(&org, &[], &ImportOptions::new().land(Land::BadenWuerttemberg))?;
/// assert_eq!(bw.body_type, None);
/// assert!(bw.notes.iter().any(|n| matches!(n.reason, ImportReason::BodyTypeUnknown { .. })));
/// # Ok::<(), migrant_representation::oparl::ImportError>(())
/// ```
pub fn import_with(
    organization: &Value,
    memberships: &[Value],
    options: &ImportOptions<'_>,
) -> Result<Imported, ImportError> {
    let at = JsonPointer::root().field("memberships");
    let ms: Vec<Pending<'_>> = memberships
        .iter()
        .enumerate()
        .map(|(i, m)| Pending {
            value: m,
            at: at.index(i),
            person: None,
        })
        .collect();
    import_organization(
        organization,
        &JsonPointer::root().field("organization"),
        &ms.iter().collect::<Vec<_>>(),
        options.land,
        options.law,
    )
}

fn import_organization(
    organization: &Value,
    at: &JsonPointer,
    memberships: &[&Pending<'_>],
    land: Option<Land>,
    law: &Law,
) -> Result<Imported, ImportError> {
    let what = format!("the organization at {at}");
    if too_deep(organization) {
        return Err(ImportError::TooDeep { what });
    }
    if let Some(p) = memberships.iter().find(|p| too_deep(p.value)) {
        return Err(ImportError::TooDeep {
            what: format!("the membership at {}", p.at),
        });
    }
    let o = organization
        .as_object()
        .ok_or_else(|| ImportError::NotAnObject { what: what.clone() })?;
    let mut notes = Vec::new();
    let version = version_of(o, "Organization", &|| what.clone(), at, &mut notes)?;
    let vendor = vendor(o);
    for k in o.keys() {
        if !KNOWN_ORG_KEYS.contains(&k.as_str()) && !vendor.contains_key(k) {
            notes.push(ImportNote::new(at.field(k), ImportReason::NotInModel));
        }
    }
    let name = text(o, "name");
    let start_date = date(o, "startDate", at, &mut notes);
    let end_date = date(o, "endDate", at, &mut notes);
    let vkey = |k: &str| vendor.get(&format!("{VENDOR_PREFIX}{k}"));
    let body_type = match vkey("bodyType").and_then(|b| serde_json::from_value(b.clone()).ok()) {
        Some(t) => Some(t),
        None => infer_body_type(name.as_deref(), land, law, &at.field("name"), &mut notes),
    };
    let mut imported_memberships = Vec::with_capacity(memberships.len());
    for p in memberships {
        imported_memberships.push(membership_from(p, &mut notes)?);
    }
    // A whole association or network, when the crate's vendor key carries it.
    let document = vkey("document").and_then(|d| match Document::from_json_str(&d.to_string()) {
        Ok(doc) => Some(doc),
        Err(error) => {
            notes.push(ImportNote::new(
                at.field(&format!("{VENDOR_PREFIX}document")),
                ImportReason::VendorKeysInvalid { error },
            ));
            None
        }
    });
    // The whole body, when the crate's own vendor keys carry it.
    let body = if document.is_some() {
        None
    } else {
        vendor_body(o, &vendor, &imported_memberships, at, &mut notes)
    };
    // A large import holds its notes without the slack of their growth.
    notes.shrink_to_fit();
    Ok(Imported {
        version,
        id: text(o, "id"),
        body_url: text(o, "body"),
        name,
        short_name: text(o, "shortName"),
        organization_type: text(o, "organizationType"),
        classification: text(o, "classification"),
        land,
        body_type,
        start_date,
        end_date,
        member_count: o.get("memberCount").and_then(Value::as_u64),
        voting_member_count: o.get("votingMemberCount").and_then(Value::as_u64),
        memberships: imported_memberships,
        vendor,
        body,
        document,
        notes,
    })
}

/// The body the crate's vendor keys on `o` carry, with the imported
/// memberships as its roster.
fn vendor_body(
    o: &Map<String, Value>,
    vendor: &BTreeMap<String, Value>,
    imported_memberships: &[ImportedMembership],
    at: &JsonPointer,
    notes: &mut Vec<ImportNote>,
) -> Option<RepresentationBody> {
    let vkey = |k: &str| vendor.get(&format!("{VENDOR_PREFIX}{k}"));
    if vkey("composition").is_none() {
        notes.push(ImportNote::new(at.clone(), ImportReason::NoComposition));
        return None;
    }
    // The members of a term's own roster come back with the term (the
    // vendor key `terms`), not in the body's roster.
    let own: Vec<&Membership> = imported_memberships
        .iter()
        .filter(|m| !m.vendor.contains_key(&format!("{VENDOR_PREFIX}term")))
        .map(|m| &m.membership)
        .collect();
    let roster = if own.is_empty() {
        // An empty roster is exported as an empty `membership` list.
        match o.get("membership") {
            Some(Value::Array(a)) if a.is_empty() => json!([]),
            _ => Value::Null,
        }
    } else {
        json!(own)
    };
    let raw = json!({
        "document_type": RepresentationBodyTag::RepresentationBody,
        "schema_version": SCHEMA_VERSION,
        "id": vkey("id"),
        // The name as published, spaces at its edges included.
        "official_name": o.get("name"),
        "english_label": vkey("englishLabel"),
        "body_type": vkey("bodyType"),
        "jurisdiction": vkey("jurisdiction"),
        "legal_basis": vkey("legalBasis"),
        "composition": vkey("composition"),
        "term": vkey("term"),
        "terms": vkey("terms").cloned().unwrap_or_else(|| json!([])),
        "local_rules": vkey("localRules").cloned().unwrap_or_else(|| json!([])),
        "local_rights": vkey("localRights").cloned().unwrap_or_else(|| json!([])),
        "roster": roster,
        "sources": vkey("sources").cloned().unwrap_or_else(|| json!([])),
        "established_under": vkey("establishedUnder"),
        "meetings_per_year": vkey("meetingsPerYear"),
    });
    body_from(raw, at, notes)
}

fn infer_body_type(
    name: Option<&str>,
    land: Option<Land>,
    law: &Law,
    at: &JsonPointer,
    notes: &mut Vec<ImportNote>,
) -> Option<BodyType> {
    let name = name?;
    let Some(land) = land else {
        notes.push(ImportNote::new(
            at.clone(),
            ImportReason::BodyTypeUnknown {
                land: None,
                named: None,
            },
        ));
        return None;
    };
    match body_type_in(name, land, law) {
        Ok((body_type, word)) => {
            notes.push(ImportNote::new(
                at.clone(),
                ImportReason::BodyTypeFromName {
                    body_type,
                    land,
                    word,
                },
            ));
            Some(body_type)
        }
        Err(reason) => {
            notes.push(ImportNote::new(at.clone(), reason));
            None
        }
    }
}

/// The body the crate's vendor keys carry, read from `raw`; what fails is
/// noted at `at`.
fn body_from(
    raw: Value,
    at: &JsonPointer,
    notes: &mut Vec<ImportNote>,
) -> Option<RepresentationBody> {
    let read = serde_json::from_value::<RawRepresentationBody>(raw)
        .map_err(crate::error::Error::from_json_error)
        .and_then(|raw| RepresentationBody::new(raw).map_err(crate::error::Error::from));
    match read {
        Ok(b) => Some(b),
        Err(error) => {
            notes.push(ImportNote::new(
                at.clone(),
                ImportReason::VendorKeysInvalid { error },
            ));
            None
        }
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
    /// The AGS: as published; padded to 8 digits when an endpoint lost its
    /// leading zero; or worked out from the Regionalschlüssel (`rgs`) or a
    /// 9-digit key (noted).
    pub ags: Option<Ags>,
    /// What the import could not map, inferred, or accepted.
    pub notes: Vec<ImportNote>,
}

impl ImportedBody {
    /// The Land, from the AGS.
    #[must_use]
    pub fn land(&self) -> Option<Land> {
        self.ags.as_ref().map(Ags::land)
    }
}

/// Imports an OParl `Body`: its name and AGS.
///
/// The AGS is read from `ags`, and where that is missing or irregular from
/// the 12-digit Regionalschlüssel `rgs` (digits 1–5 and 10–12; the
/// structure of the key: Land, Regierungsbezirk, Kreis, Gemeindeverband,
/// Gemeinde). Irregular shapes are read and noted: a 7-digit AGS that lost
/// its leading zero, and a 9-digit key (the Regionalschlüssel up to the
/// Gemeindeverband), which names a municipality only when its sixth digit
/// is 0 (a municipality outside any Gemeindeverband repeats its number in
/// digits 7–9).
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
/// let krefeld = serde_json::json!({"type": "https://schema.oparl.org/1.0/Body",
///     "name": "Stadt Krefeld", "ags": "051140000", "rgs": "051140000000"});
/// assert_eq!(import_body(&krefeld)?.ags.unwrap().as_str(), "05114000");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn import_body(body: &Value) -> Result<ImportedBody, ImportError> {
    body_at(body, &JsonPointer::root())
}

fn body_at(body: &Value, at: &JsonPointer) -> Result<ImportedBody, ImportError> {
    let what = format!("the body at {at}");
    let o = body
        .as_object()
        .ok_or_else(|| ImportError::NotAnObject { what: what.clone() })?;
    let mut notes = Vec::new();
    version_of(o, "Body", &|| what.clone(), at, &mut notes)?;
    let ags = ags_of(o, at, &mut notes);
    Ok(ImportedBody {
        id: text(o, "id"),
        name: text(o, "name"),
        ags,
        notes,
    })
}

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

fn ags_of(o: &Map<String, Value>, at: &JsonPointer, notes: &mut Vec<ImportNote>) -> Option<Ags> {
    let ags = text(o, "ags");
    let rgs = text(o, "rgs");
    if let Some(a) = ags.as_deref().filter(|a| digits(a, 8) || digits(a, 5)) {
        if let Ok(x) = Ags::parse(a) {
            return Some(x);
        }
    }
    if let Some(a) = ags.as_deref().filter(|a| digits(a, 7)) {
        if let Ok(x) = Ags::parse(&format!("0{a}")) {
            notes.push(ImportNote::new(
                at.field("ags"),
                ImportReason::AgsPadded {
                    found: a.to_owned(),
                },
            ));
            return Some(x);
        }
    }
    if let Some(r) = rgs.as_deref().filter(|r| digits(r, 12)) {
        if let Ok(x) = Ags::parse(&format!("{}{}", &r[..5], &r[9..])) {
            notes.push(ImportNote::new(
                at.field("rgs"),
                ImportReason::AgsFromRegionalKey {
                    found: r.to_owned(),
                },
            ));
            return Some(x);
        }
    }
    if let Some(a) = ags
        .as_deref()
        .filter(|a| digits(a, 9) && a.as_bytes()[5] == b'0')
    {
        if let Ok(x) = Ags::parse(&format!("{}{}", &a[..5], &a[6..])) {
            notes.push(ImportNote::new(
                at.field("ags"),
                ImportReason::AgsFromNineDigits {
                    found: a.to_owned(),
                },
            ));
            return Some(x);
        }
    }
    match ags.or(rgs) {
        Some(found) => notes.push(ImportNote::new(
            at.field("ags"),
            ImportReason::AgsUnreadable {
                found: clip(&found),
            },
        )),
        None => notes.push(ImportNote::new(at.field("ags"), ImportReason::NoAgs)),
    }
    None
}

/// Everything an [`import_all`] read.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ImportBatch {
    /// The Bodies, in input order.
    pub bodies: Vec<ImportedBody>,
    /// The Organizations, in input order, each with its Memberships.
    pub organizations: Vec<Imported>,
    /// What was not imported at all: objects of other types, objects that
    /// are not objects, Memberships of no imported Organization.
    pub notes: Vec<ImportNote>,
}

/// The objects of a value that is one object, an OParl list page
/// (`{"data": [...], "links": {...}}`), or a bare JSON array of objects or
/// list pages (as some endpoints' dumps are), each with its place.
fn objects_of<'v>(value: &'v Value, at: &JsonPointer, out: &mut Vec<(&'v Value, JsonPointer)>) {
    let page = |v: &'v Value| {
        v.get("data")
            .and_then(Value::as_array)
            .filter(|_| v.get("type").is_none())
    };
    let one = |v: &'v Value, at: JsonPointer, out: &mut Vec<(&'v Value, JsonPointer)>| match page(v)
    {
        Some(items) => {
            let data = at.field("data");
            out.extend(items.iter().enumerate().map(|(i, x)| (x, data.index(i))));
        }
        None => out.push((v, at)),
    };
    match value.as_array() {
        Some(items) => {
            for (i, x) in items.iter().enumerate() {
                one(x, at.index(i), out);
            }
        }
        None => one(value, at.clone(), out),
    }
}

/// Imports whatever a council system's endpoint returned: single objects,
/// list pages (`{"data": [...], "links": {...}}`) and bare arrays of Bodies,
/// Organizations, Memberships and Persons, in any order.
///
/// - Each Organization is imported with the Memberships that name it in
///   their `organization`, whether they come alone or embedded in a Person
///   (`person.membership`, as OParl 1.0 endpoints publish them). An
///   embedded Membership's person is the enclosing Person's id; no id is
///   invented. A Membership given twice (alone and embedded) is read once.
/// - The Land is the caller's ([`ImportOptions::land`]), or else the Land
///   of the AGS of the Body the Organization names in `body`.
/// - Notes point into `values`: `/0/data/3/membership/1` is the second
///   Membership of the fourth Person on the first page. A value may also
///   be a bare JSON array of objects or list pages (`/0/2` is its third
///   object).
/// - A person, and the group a member sits for, is referred to by the `id`
///   query parameter of its URL where it has one (SessionNet:
///   `…/persons.asp?id=12851&body=1` is `12851`), else by the last segment
///   of its path (`…/person/13` is `13`).
/// - It is n log n: the objects are borrowed, not copied, and the
///   Memberships are grouped by Organization once; the result holds about
///   1 KB per Membership.
///
/// Nothing is dropped silently: an object that cannot be imported is noted
/// in [`ImportBatch::notes`], and so is a Membership of an Organization
/// that is not among `values`.
///
/// # Example
/// ```
/// use migrant_representation::{body::Role, BodyType};
/// use migrant_representation::oparl::{import_all, ImportOptions};
/// use serde_json::json;
/// let body = json!({"id": "https://ris.example.org/body/1",
///     "type": "https://schema.oparl.org/1.0/Body", "name": "Stadt Beispiel", "ags": "5315000"});
/// let org = json!({"id": "https://ris.example.org/organization/7", "body": "https://ris.example.org/body/1",
///     "type": "https://schema.oparl.org/1.0/Organization", "name": "Integrationsrat"});
/// let persons = json!({"data": [{"id": "https://ris.example.org/person/13",
///     "type": "https://schema.oparl.org/1.0/Person", "name": "A. Yılmaz",
///     "membership": [{"id": "https://ris.example.org/membership/9",
///         "type": "https://schema.oparl.org/1.0/Membership",
///         "organization": "https://ris.example.org/organization/7", "role": "stellv. Mitglied"}]}],
///     "links": {}});
/// let batch = import_all(&[body, org, persons], &ImportOptions::new());
/// let council = &batch.organizations[0];
/// assert_eq!(council.body_type, Some(BodyType::IntegrationCouncil)); // NRW, from the Body's AGS
/// assert_eq!(council.memberships[0].membership.person, "13");
/// assert_eq!(council.memberships[0].membership.role, Role::Substitute);
/// ```
#[must_use]
pub fn import_all(values: &[Value], options: &ImportOptions<'_>) -> ImportBatch {
    let mut batch = ImportBatch {
        bodies: Vec::new(),
        organizations: Vec::new(),
        notes: Vec::new(),
    };
    let mut organizations = Vec::new();
    // The Memberships to import, borrowed from `values`: nothing is copied
    // before it is imported.
    let mut memberships: Vec<Pending<'_>> = Vec::new();
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut body_land = BTreeMap::new();
    let mut objects = Vec::new();
    for (i, v) in values.iter().enumerate() {
        objects_of(v, &JsonPointer::root().index(i), &mut objects);
    }
    for (value, at) in objects {
        let class = value.as_object().and_then(class_of).map(|(_, c, _)| c);
        let mut add_membership = |m, at, person| add(&mut seen, &mut memberships, m, at, person);
        match class {
            Some("Organization") => organizations.push((value, at)),
            Some("Membership") => batch.notes.extend(add_membership(value, at, None)),
            Some("Person") => {
                let person = value.get("id").and_then(Value::as_str);
                let list = value.get("membership").and_then(Value::as_array);
                let at = at.field("membership");
                for (j, m) in list.into_iter().flatten().enumerate() {
                    batch.notes.extend(add_membership(m, at.index(j), person));
                }
            }
            Some("Body") => match body_at(value, &at) {
                Ok(b) => {
                    if let (Some(id), Some(land)) = (&b.id, b.land()) {
                        body_land.insert(id.clone(), land);
                    }
                    batch.bodies.push(b);
                }
                Err(_) => batch.notes.push(skipped(value, at)),
            },
            _ => batch.notes.push(skipped(value, at)),
        }
    }
    drop(seen);
    // The Memberships by the Organization they name, each list in input
    // order: n log k for k Organizations named.
    let mut by_org: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (k, p) in memberships.iter().enumerate() {
        if let Some(o) = org_of(p) {
            by_org.entry(o).or_default().push(k);
        }
    }
    let mut used = vec![false; memberships.len()];
    for (org, at) in organizations {
        let ks = org
            .get("id")
            .and_then(Value::as_str)
            .and_then(|id| by_org.get(id))
            .map_or(&[][..], Vec::as_slice);
        let mine: Vec<&Pending<'_>> = ks
            .iter()
            .map(|&k| {
                used[k] = true;
                &memberships[k]
            })
            .collect();
        let land = options.land.or_else(|| {
            org.get("body")
                .and_then(Value::as_str)
                .and_then(|b| body_land.get(b).copied())
        });
        match import_organization(org, &at, &mine, land, options.law) {
            Ok(i) => batch.organizations.push(i),
            Err(_) => batch.notes.push(skipped(org, at)),
        }
    }
    for (p, used) in memberships.iter().zip(used) {
        if !used {
            batch.notes.push(ImportNote::new(
                p.at.field("organization"),
                ImportReason::OrganizationMissing {
                    found: clip(org_of(p).unwrap_or("")),
                },
            ));
        }
    }
    batch
}

/// The Organization URL a Membership names.
fn org_of<'v>(p: &Pending<'v>) -> Option<&'v str> {
    p.value.get("organization").and_then(Value::as_str)
}

/// Adds a Membership to import, once; anything else in its place (a URL,
/// an object of another type) is noted, not imported.
fn add<'v>(
    seen: &mut std::collections::HashSet<&'v str>,
    memberships: &mut Vec<Pending<'v>>,
    m: &'v Value,
    at: JsonPointer,
    person: Option<&'v str>,
) -> Option<ImportNote> {
    let is_membership = m
        .as_object()
        .and_then(class_of)
        .is_some_and(|(_, c, _)| c == "Membership");
    if !is_membership || too_deep(m) {
        return Some(skipped(m, at));
    }
    let id = m.get("id").and_then(Value::as_str);
    if id.is_some_and(|id| !seen.insert(id)) {
        return None;
    }
    memberships.push(Pending {
        value: m,
        at,
        person,
    });
    None
}

fn skipped(value: &Value, at: JsonPointer) -> ImportNote {
    let type_url = value.get("type").and_then(Value::as_str).map(clip);
    let reason = if value.is_object() && too_deep(value) {
        ImportReason::Skipped {
            type_url,
            too_deep: true,
        }
    } else {
        ImportReason::Skipped {
            type_url,
            too_deep: false,
        }
    };
    ImportNote::new(at, reason)
}
