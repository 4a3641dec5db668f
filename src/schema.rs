//! JSON Schemas (draft 2020-12) of the documents this crate reads and writes.
//!
//! Each schema says exactly what the structural layer accepts, with two kinds
//! of exception that a schema cannot express and that its `description`
//! names: cross-field rules (listed under "Rules not expressed by this
//! schema") and compliance with the law in force on a date, which needs
//! [`crate::Law`] and is never a structural question.
//!
//! # Example
//! ```
//! use migrant_representation::schema;
//! let body = schema::schema("representation_body").unwrap();
//! assert_eq!(body["$schema"], "https://json-schema.org/draft/2020-12/schema");
//! assert_eq!(body["$id"], "urn:migrant-representation:schema:representation_body:v1");
//! assert_eq!(body["additionalProperties"], false);
//! ```

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde_json::Value;

use crate::RepresentationBody;
use crate::law::{CatalogueEntry, Report};
use crate::limits::{MAX_TOTAL_SEATS, SCHEMA_VERSION};
use crate::organisation::{Association, Network};

/// The names of the schemas, in the order [`schemas`] returns them.
pub const SCHEMA_NAMES: [&str; 5] = [
    "representation_body",
    "association",
    "network",
    "report",
    "catalogue_entry",
];

/// The stable, versioned `$id` of a schema:
/// `urn:migrant-representation:schema:NAME:vN`, where `N` is
/// [`SCHEMA_VERSION`]. A format change bumps `N`.
#[must_use]
pub fn schema_id(name: &str) -> String {
    format!("urn:migrant-representation:schema:{name}:v{SCHEMA_VERSION}")
}

/// One generated schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NamedSchema {
    /// The name (one of [`SCHEMA_NAMES`]); also the file stem the `schemas`
    /// example writes (`NAME.schema.json`).
    pub name: &'static str,
    /// The schema.
    pub schema: Value,
}

const BODY_RULES: &str = "\n\nRules not expressed by this schema (checked when the document is read): \
seat-group ids are unique (duplicate_seat_group_id); chair and deputies name existing seat groups \
(unknown_seat_group); `filled` is at most `seats` (filled_seats_exceed_seats); at most {MAX_TOTAL_SEATS} seats in \
total (too_many_seats); the AGS belongs to `jurisdiction.land` (ags_land_mismatch); the level is not \
`federal` (level_mismatch); a term of `years` or `fixed_end` has `constituted_on` \
(missing_constitution_date); a `council_term` needs a council-term rule for the Land, known for NW, BY \
and SL (council_term_unknown); the term does not end before it starts (term_ends_before_start) and its end \
lies within the supported dates (date_out_of_range); the successor does not meet before the term starts \
(successor_meets_before_start); `successor_first_met_on` only with \
`continues_until_successor_meets` (successor_date_without_continuation); a local rule's validity \
starts before it ends (invalid_validity), its shares are at most 1 (invalid_share) and its seat ranges \
are not empty (empty_range); a roster membership does not end before it starts \
(membership_ends_before_start).\n\n\
Compliance with the law in force on a date (for example NRW § 27 Abs. 1 GO: elected members outnumber \
council members) is not a schema question: it needs the date and the crate's recorded law.";

const ORG_RULES: &str = "\n\nRules not expressed by this schema (checked when the document is read): the \
level fits the kind (level_mismatch); an organisation at state level, and every local network, names its \
Land (missing_land); `founded_year` agrees with `founded_on` (founding_year_mismatch); a local network \
names its area (missing_area).";

fn make<T: JsonSchema>(name: &'static str, title: &str, description: &str) -> NamedSchema {
    let mut schema = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>();
    schema.insert("$id".into(), Value::String(schema_id(name)));
    schema.insert("title".into(), Value::String(title.into()));
    schema.insert("description".into(), Value::String(description.into()));
    let mut value = schema.to_value();
    tidy_descriptions(&mut value);
    NamedSchema {
        name,
        schema: value,
    }
}

/// Makes the schema read well in other tools: descriptions without rustdoc
/// markup, integer formats as bounds (the transform every type's
/// `JsonSchema` applies, run once more on the assembled document).
fn tidy_descriptions(v: &mut Value) {
    crate::doc_text::tidy_value(v);
}

/// All schemas, one per top-level document type the crate reads or writes.
#[must_use]
pub fn schemas() -> Vec<NamedSchema> {
    vec![
        make::<RepresentationBody>(
            "representation_body",
            "Representation body (Integrationsrat, Ausländerbeirat, Beirat für Migration und Integration, …)",
            &format!(
                "A municipal migrant representation body: its type, jurisdiction, legal basis, seat groups, \
                 chair, term and local rules.{}",
                BODY_RULES.replace("{MAX_TOTAL_SEATS}", &MAX_TOTAL_SEATS.to_string())
            ),
        ),
        make::<Association>(
            "association",
            "Association (Landesverband, Dachverband, Bundesverband)",
            &format!(
                "A state association of representation bodies (LAKA, agah, AGABY, AGARP, Landesintegrationsrat \
                 NRW), an umbrella association of migrant organisations (Elternnetzwerk NRW) or a federal \
                 association (BZI, BV NeMO).{ORG_RULES}"
            ),
        ),
        make::<Network>(
            "network",
            "Local network of migrant organisations (lokale Initiative, Netzwerk, Verbund)",
            &format!(
                "A local network of migrant organisations and the maturity stage it claims.{ORG_RULES}"
            ),
        ),
        make::<Report>(
            "report",
            "Compliance report (Prüfbericht)",
            "The result of checking one representation body on one date: the law applied, every violation with \
             its code, JSON Pointer, rule id and citation, and notes on rules that could not be applied or are \
             unverified.",
        ),
        make::<CatalogueEntry>(
            "catalogue_entry",
            "Rule catalogue entry (Regelkatalog)",
            "One rule of the recorded law with its Land, body type, levels, citation, validity period, \
             certainty, German and English statement and the check it performs.",
        ),
    ]
}

/// The schema called `name` (one of [`SCHEMA_NAMES`]).
#[must_use]
pub fn schema(name: &str) -> Option<Value> {
    schemas()
        .into_iter()
        .find(|s| s.name == name)
        .map(|s| s.schema)
}
