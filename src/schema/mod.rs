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

mod codegen;
mod german;
mod titles;

use crate::RepresentationBody;
use crate::election::ElectionResult;
use crate::language::Language;
use crate::law::{CatalogueEntry, Report};
use crate::limits::{MAX_TOTAL_SEATS, SCHEMA_VERSION};
use crate::organisation::{Association, Network};

/// The names of the schemas, in the order [`schemas`] returns them.
pub const SCHEMA_NAMES: [&str; 6] = [
    "representation_body",
    "association",
    "network",
    "report",
    "catalogue_entry",
    "election_result",
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
seat-group ids are unique (duplicate_seat_group_id); chair, deputies and roster memberships name existing \
seat groups (unknown_seat_group); `filled` is at most `seats` (filled_seats_exceed_seats); at most {MAX_TOTAL_SEATS} seats in \
total (too_many_seats); the AGS belongs to `jurisdiction.land` (ags_land_mismatch); the level is not \
`federal` (level_mismatch); a document gives `term` or `terms`, not both (term_given_twice); a term \
of `years` or `fixed_end` has `constituted_on`, and every term has an election day, a constitution day \
or a council election to be placed by (missing_constitution_date); `elected_on` is not after \
`constituted_on`, and the terms of a list follow one another (dates_out_of_order); a term does not end \
before it starts, nor is it dissolved before it starts (term_ends_before_start), and its end lies \
within the supported dates (date_out_of_range); the successor does not meet before the term starts \
(successor_meets_before_start); `successor_first_met_on` not with `continues_until_successor_meets` \
false (successor_date_without_continuation); a term's roster names seat groups of the term's own \
composition where it has one; a local rule's validity \
starts before it ends (invalid_validity), its shares are at most 1 (invalid_share) and its seat ranges \
are not empty (empty_range); a roster membership does not end before it starts \
(membership_ends_before_start).{READING}\n\n\
Compliance with the law in force on a date (for example NRW § 27 Abs. 1 GO: elected members outnumber \
council members) is not a schema question: it needs the date and the crate's recorded law.";

const ORG_RULES: &str = "\n\nRules not expressed by this schema (checked when the document is read): the \
level fits the kind (level_mismatch); an organisation at state level, and every local network, names its \
Land (missing_land); `founded_year` agrees with `founded_on` (founding_year_mismatch); a local network \
names its area (missing_area).{READING}";

const ELECTION_RULES: &str = "\n\nRules not expressed by this schema (checked when the document is read): list \
names are unique (duplicate_list_name); no candidate is named twice in one list (duplicate_candidate); a \
single candidate names at most one candidate, and a `candidate_count` equals the candidates named \
(candidate_count_mismatch).{READING}\n\nWhich method allocates the seats, and whether the seats are the \
body's directly elected seats, is not a schema question: it needs the election day and the crate's \
recorded law.";

const ELECTION_RULES_DE: &str = "\n\nRegeln, die dieses Schema nicht ausdrückt (geprüft, wenn das Dokument \
gelesen wird): Die Namen der Wahlvorschläge sind eindeutig; kein Wahlvorschlag nennt eine Person zweimal; \
eine Einzelbewerbung nennt höchstens eine Person, und eine angegebene Bewerberzahl entspricht den \
genannten Bewerbern.{READING}\n\nWelches Verfahren die Sitze verteilt und ob die Sitze die direkt \
gewählten Sitze des Gremiums sind, ist keine Frage des Schemas: Dazu braucht es den Wahltag und das von \
der Bibliothek erfasste Recht.";

/// What the crate's reader refuses that JSON itself lets through.
const READING: &str = " Also refused by the crate, accepted by schema validators: a key given twice in one \
object (validators keep the last), an integer written with an exponent or a fraction (1e1, 22.0), and a \
lone surrogate escape in a string (\"a\\ud800b\", half of a UTF-16 pair, which is no Unicode character).";

const READING_DE: &str = " Außerdem lehnt die Bibliothek ab, was Schema-Validatoren annehmen: einen Schlüssel, \
der in einem Objekt zweimal steht (Validatoren nehmen den letzten), eine ganze Zahl mit Exponent oder \
Nachkommastelle (1e1, 22.0) und ein einzelnes Surrogat-Escape in einer Zeichenkette (\"a\\ud800b\", eine \
Hälfte eines UTF-16-Paars, die kein Unicode-Zeichen ist).";

const BODY_RULES_DE: &str = "\n\nRegeln, die dieses Schema nicht ausdrückt (geprüft, wenn das Dokument gelesen wird): \
Die Kennungen der Sitzgruppen sind eindeutig; Vorsitz, Stellvertretung und Mitgliederliste nennen \
vorhandene Sitzgruppen; \
besetzte Sitze sind höchstens so viele wie Sitze; insgesamt höchstens {MAX_TOTAL_SEATS} Sitze; der AGS gehört \
zum angegebenen Land; die Ebene ist nicht der Bund; ein Dokument nennt eine Amtszeit oder eine Liste von \
Amtszeiten, nicht beides; eine Amtszeit in Jahren oder mit festem Ende nennt den Tag der Konstituierung, \
und jede Amtszeit nennt einen Wahltag, einen Tag der Konstituierung oder eine Ratswahl, nach der sie sich \
einordnet; der Wahltag liegt nicht nach der Konstituierung, und die Amtszeiten einer Liste folgen \
aufeinander; eine Amtszeit endet nicht vor ihrem Beginn und wird nicht vor ihm aufgelöst, und ihr Ende \
liegt im unterstützten Zeitraum; die Nachfolger tagen nicht vor Beginn der Amtszeit; der Tag ihrer ersten \
Sitzung steht nicht bei einer Amtszeit, die ausdrücklich nicht fortdauert; die Mitgliederliste einer \
Amtszeit nennt die Sitzgruppen ihrer eigenen Zusammensetzung, wo sie eine hat; die Geltung einer örtlichen Regel beginnt vor ihrem Ende, ihre Anteile sind \
höchstens 1 und ihre Sitzbereiche nicht leer; eine Mitgliedschaft endet nicht vor ihrem Beginn.{READING}\n\n\
Ob ein Gremium dem an einem Tag geltenden Recht entspricht (etwa § 27 Abs. 1 GO NRW: die gewählten \
Mitglieder sind mehr als die Ratsmitglieder), ist keine Frage des Schemas: Dazu braucht es den Tag und das \
von der Bibliothek erfasste Recht.";

const ORG_RULES_DE: &str = "\n\nRegeln, die dieses Schema nicht ausdrückt (geprüft, wenn das Dokument \
gelesen wird): Die Ebene passt zur Art; eine Organisation auf Landesebene und jedes lokale Netzwerk nennt \
ihr Land; das Gründungsjahr stimmt mit dem Gründungstag überein; ein lokales Netzwerk nennt sein Gebiet.\
{READING}";

/// The title and description of one schema in one language.
struct Texts<'a> {
    title: &'a str,
    description: &'a str,
}

fn make<T: JsonSchema>(
    name: &'static str,
    lang: Language,
    en: &Texts<'_>,
    de: &Texts<'_>,
) -> NamedSchema {
    let Texts { title, description } = if lang == Language::En { en } else { de };
    let mut schema = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>();
    schema.insert("$id".into(), Value::String(schema_id(name)));
    schema.insert("title".into(), Value::String((*title).into()));
    schema.insert("description".into(), Value::String((*description).into()));
    let mut value = schema.to_value();
    tidy_descriptions(&mut value);
    codegen::shape(&mut value);
    // The root's own title and description were set above in `lang`.
    let (t, d) = (
        value.get("title").cloned(),
        value.get("description").cloned(),
    );
    add_titles(&mut value, lang, name);
    if let (Some(t), Some(d), Value::Object(m)) = (t, d, &mut value) {
        m.insert("title".into(), t);
        m.insert("description".into(), d);
    }
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

/// Calls `visit` with the place of every description in `v` (see
/// [`place`]) and the description.
fn each_description(v: &mut Value, at: &str, visit: &mut dyn FnMut(&str, &mut String)) {
    match v {
        Value::Object(map) => {
            if let Some(Value::String(d)) = map.get_mut("description") {
                visit(at, d);
            }
            for (k, x) in map.iter_mut() {
                if k == "description" {
                    continue;
                }
                if k == "$defs" {
                    if let Value::Object(defs) = x {
                        for (name, d) in defs.iter_mut() {
                            each_description(d, name, visit);
                        }
                    }
                    continue;
                }
                match x {
                    Value::Array(items) => {
                        for (i, item) in items.iter_mut().enumerate() {
                            let step = variant_name(item).unwrap_or_else(|| i.to_string());
                            each_description(item, &format!("{at}/{k}/{step}"), visit);
                        }
                    }
                    _ => each_description(x, &format!("{at}/{k}"), visit),
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                each_description(item, &format!("{at}/{i}"), visit);
            }
        }
        _ => {}
    }
}

/// The name of a variant in a `oneOf` or `anyOf` list: its `const`, or the
/// `const` of its tag property, so that the place of a description does not
/// depend on the order of the variants.
fn variant_name(v: &Value) -> Option<String> {
    if let Some(c) = v.get("const").and_then(Value::as_str) {
        return Some(c.to_owned());
    }
    let props = v.get("properties")?.as_object()?;
    props.iter().find_map(|(key, p)| {
        p.get("const")
            .and_then(Value::as_str)
            .map(|c| format!("{key}={c}"))
    })
}

/// In German, gives every property and every enumerated value (`const`)
/// a `title`, so that form tools show words rather than constants, and
/// the descriptions in German, found by their place in the schema (the
/// type, then the JSON Pointer within it: `Term/properties/elected_on`),
/// not by their English wording. The English schemas, the ones for code
/// generators, carry no such titles: generators take every `title` for
/// the name of a type, and the same title on many properties (`Kind`,
/// `Seats`) would give numbered names.
fn add_titles(v: &mut Value, lang: Language, root: &str) {
    if lang == Language::De {
        each_description(v, root, &mut |at, d| {
            if let Some(g) = german::german(at) {
                *d = g.to_owned();
            }
        });
        add_property_titles(v, lang);
    }
}

fn add_property_titles(v: &mut Value, lang: Language) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get_mut("properties") {
                for (key, sub) in props.iter_mut() {
                    if let (Value::Object(sub), Some(t)) = (sub, titles::title(key, lang)) {
                        sub.entry("title").or_insert_with(|| t.into());
                    }
                }
            }
            let constant = map
                .get("const")
                .and_then(Value::as_str)
                .and_then(|c| titles::title(c, lang));
            if let Some(t) = constant {
                map.entry("title").or_insert_with(|| t.into());
            }
            map.values_mut().for_each(|x| add_property_titles(x, lang));
        }
        Value::Array(items) => items.iter_mut().for_each(|x| add_property_titles(x, lang)),
        _ => {}
    }
}

/// All schemas, one per top-level document type the crate reads or writes,
/// with English descriptions: the schemas for code generators, whose only
/// `title` is the document's name at the root (see [`schemas_in`]).
#[must_use]
pub fn schemas() -> Vec<NamedSchema> {
    schemas_in(Language::En)
}

/// All schemas in `lang`.
///
/// In English they are made for code generators (json-schema-to-typescript,
/// datamodel-code-generator), which take every `title` for the name of a
/// type: the root's title is the document's name, nothing below it has
/// one, each variant of a union of objects is a type of its own in
/// `$defs` (`TermLengthCouncilTerm`), and `document_type` is its value.
/// In German they are made for form tools: every property and every
/// enumerated value has a German `title`, and the descriptions are German
/// too.
///
/// # Example
/// ```
/// use migrant_representation::{Language, schema};
/// let de = schema::schemas_in(Language::De);
/// let body = &de[0].schema;
/// assert_eq!(body["properties"]["official_name"]["title"], "Amtliche Bezeichnung");
/// assert!(body["title"].as_str().unwrap().starts_with("Vertretungsgremium"));
/// let en = schema::schemas_in(Language::En);
/// let body = &en[0].schema;
/// assert_eq!(body["title"], "Representation body");
/// assert!(body["properties"]["official_name"].get("title").is_none());
/// assert_eq!(body["properties"]["document_type"]["const"], "representation_body");
/// assert_eq!(body["$defs"]["TermLength"]["oneOf"][0]["$ref"], "#/$defs/TermLengthCouncilTerm");
/// ```
#[must_use]
pub fn schemas_in(lang: Language) -> Vec<NamedSchema> {
    let max = MAX_TOTAL_SEATS.to_string();
    let mut all = vec![
        make::<RepresentationBody>(
            "representation_body",
            lang,
            &Texts {
                title: "Representation body",
                description: &format!(
                    "A municipal migrant representation body (Integrationsrat, Ausländerbeirat, Beirat für \
                     Migration und Integration, …): its type, jurisdiction, legal basis, seat groups, chair, \
                     term and local rules.{}",
                    BODY_RULES
                        .replace("{MAX_TOTAL_SEATS}", &max)
                        .replace("{READING}", READING)
                ),
            },
            &Texts {
                title: "Vertretungsgremium (Integrationsrat, Ausländerbeirat, Beirat für Migration und Integration, …)",
                description: &format!(
                    "Ein kommunales Gremium der Migrantenvertretung: Art, Gebietskörperschaft, Rechtsgrundlage, \
                     Sitzgruppen, Vorsitz, Amtszeit und örtliche Regeln.{}",
                    BODY_RULES_DE
                        .replace("{MAX_TOTAL_SEATS}", &max)
                        .replace("{READING}", READING_DE)
                ),
            },
        ),
        make::<Association>(
            "association",
            lang,
            &Texts {
                title: "Association",
                description: &format!(
                    "A state association of representation bodies (LAKA, agah, AGABY, AGARP, Landesintegrationsrat \
                     NRW), an umbrella association of migrant organisations (Elternnetzwerk NRW) or a federal \
                     association (BZI, BV NeMO).{}",
                    ORG_RULES.replace("{READING}", READING)
                ),
            },
            &Texts {
                title: "Verband (Landesverband, Dachverband, Bundesverband)",
                description: &format!(
                    "Ein Landesverband der Vertretungsgremien (LAKA, agah, AGABY, AGARP, Landesintegrationsrat \
                     NRW), ein Dachverband von Migrantenorganisationen (Elternnetzwerk NRW) oder ein \
                     Bundesverband (BZI, BV NeMO).{}",
                    ORG_RULES_DE.replace("{READING}", READING_DE)
                ),
            },
        ),
        network_schema(lang),
        make::<Report>(
            "report",
            lang,
            &Texts {
                title: "Compliance report",
                description: "The result of checking one representation body on one date: the law applied, every \
                              violation with its code, JSON Pointer, rule id and citation, and notes on rules that \
                              could not be applied or are unverified.",
            },
            &Texts {
                title: "Prüfbericht",
                description: "Das Ergebnis der Prüfung eines Vertretungsgremiums an einem Tag: das angewandte Recht, \
                              jeder Verstoß mit Code, JSON-Pointer, Regelkennung und Fundstelle, und Hinweise auf \
                              Regeln, die nicht angewandt werden konnten oder ungeprüft sind.",
            },
        ),
        make::<CatalogueEntry>(
            "catalogue_entry",
            lang,
            &Texts {
                title: "Rule catalogue entry",
                description: "One rule of the recorded law with its Land, body type, levels, citation, validity \
                              period, certainty, German and English statement and the check it performs.",
            },
            &Texts {
                title: "Eintrag im Regelkatalog",
                description: "Eine Regel des erfassten Rechts mit Land, Art des Gremiums, Ebenen, Fundstelle, \
                              Geltungsdauer, Gewissheit, deutscher und englischer Aussage und der Prüfung, die sie \
                              vornimmt.",
            },
        ),
    ];
    all.push(election_schema(lang));
    all
}

/// The schema of a local network.
fn network_schema(lang: Language) -> NamedSchema {
    make::<Network>(
        "network",
        lang,
        &Texts {
            title: "Local network",
            description: &format!(
                "A local network of migrant organisations (lokale Initiative, Netzwerk, Verbund) and the \
                 maturity stage it claims.{}",
                ORG_RULES.replace("{READING}", READING)
            ),
        },
        &Texts {
            title: "Lokales Netzwerk von Migrantenorganisationen (Initiative, Netzwerk, Verbund)",
            description: &format!(
                "Ein lokales Netzwerk von Migrantenorganisationen und die Entwicklungsstufe, die es angibt.{}",
                ORG_RULES_DE.replace("{READING}", READING_DE)
            ),
        },
    )
}

/// The schema of an election result.
fn election_schema(lang: Language) -> NamedSchema {
    make::<ElectionResult>(
        "election_result",
        lang,
        &Texts {
            title: "Election result",
            description: &format!(
                "The votes for the lists and single candidates of one election of a body's directly \
                     elected members, from which the law of the election day allocates the seats.{}",
                ELECTION_RULES.replace("{READING}", READING)
            ),
        },
        &Texts {
            title: "Wahlergebnis",
            description: &format!(
                "Die Stimmen der Wahlvorschläge und Einzelbewerbungen einer Wahl der direkt gewählten \
                     Mitglieder eines Gremiums, aus denen das am Wahltag geltende Recht die Sitze verteilt.{}",
                ELECTION_RULES_DE.replace("{READING}", READING_DE)
            ),
        },
    )
}

/// The schema called `name` (one of [`SCHEMA_NAMES`]).
#[must_use]
pub fn schema(name: &str) -> Option<Value> {
    schemas()
        .into_iter()
        .find(|s| s.name == name)
        .map(|s| s.schema)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every description the English schemas carry has a German one, found
    /// by its place; and every German one has a place.
    #[test]
    fn every_description_has_a_german_translation() {
        let mut missing = Vec::new();
        let mut used = std::collections::BTreeSet::new();
        for mut s in schemas() {
            let name = s.name;
            each_description(&mut s.schema, name, &mut |at, english| {
                if at == name {
                    return; // the root's own, written in both languages above
                }
                match german::german(at) {
                    Some(_) => {
                        used.insert(at.to_owned());
                    }
                    None => missing.push(format!("{at}: {english}")),
                }
            });
        }
        assert!(missing.is_empty(), "no German for: {missing:#?}");
        let unused: Vec<_> = german::places().filter(|p| !used.contains(*p)).collect();
        assert!(unused.is_empty(), "German for no place: {unused:#?}");
    }

    /// The places of the descriptions, with their English and the German
    /// the table gives, for translators:
    /// `MIGREP_DESCRIPTIONS=out.json cargo test --lib schema::tests::list`.
    #[test]
    fn list_the_places_of_the_descriptions() {
        let Ok(out) = std::env::var("MIGREP_DESCRIPTIONS") else {
            return;
        };
        let mut rows = std::collections::BTreeMap::new();
        for mut s in schemas() {
            let name = s.name;
            each_description(&mut s.schema, name, &mut |at, english| {
                rows.insert(
                    at.to_owned(),
                    serde_json::json!({"en": english, "de": german::german(at)}),
                );
            });
        }
        std::fs::write(out, serde_json::to_string_pretty(&rows).unwrap()).unwrap();
    }
}
