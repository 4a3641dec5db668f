//! Places in a document said in words: the JSON Pointer a finding or an
//! error carries, as a clerk reads it („Sitzgruppe „Ratsmitglieder“, Zahl
//! der Sitze“, „Amtszeit 2, Mitgliederliste, Eintrag 3“).
//!
//! The pointer stays in the data (JSON output, [`Finding::path`]); every
//! text for people says the place with these words instead. A seat group
//! is named by its label where the document is at hand, and by its
//! position otherwise; list entries by their position, counted from 1. A
//! part of the pointer the crate does not know (an unknown key in a
//! document that could not be read) is left out: the words then name the
//! nearest place the crate knows, never a key or an identifier.
//!
//! # Example
//! ```
//! use migrant_representation::{Language, place, RepresentationBody, error::JsonPointer};
//! let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
//! let body = RepresentationBody::from_json_str(&json)?;
//! let at = JsonPointer::parse("/composition/seat_groups/1/seats").unwrap();
//! assert_eq!(
//!     place::describe(&at, Some(&body), Language::De),
//!     "Sitzgruppe „vom Rat bestellte Ratsmitglieder“, Zahl der Sitze"
//! );
//! assert_eq!(place::describe(&at, None, Language::En), "seat group 2, number of seats");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`Finding::path`]: crate::finding::Finding::path

mod messages;

use crate::body::RepresentationBody;
use crate::language::Language;
use crate::pointer::JsonPointer;

/// The words for `pointer` in `lang`, naming seat groups by their labels
/// in `body` where it is given.
///
/// # Example
/// ```
/// use migrant_representation::{Language, place, error::JsonPointer};
/// let at = JsonPointer::parse("/terms/1/roster/2/person").unwrap();
/// assert_eq!(place::describe(&at, None, Language::De), "Amtszeit 2, Mitgliederliste, Eintrag 3, Person");
/// assert_eq!(place::describe(&JsonPointer::root(), None, Language::De), "Dokument als Ganzes");
/// ```
#[must_use]
pub fn describe(
    pointer: &JsonPointer,
    body: Option<&RepresentationBody>,
    lang: Language,
) -> String {
    let labels = |term: Option<usize>, i: usize| -> Option<String> {
        let b = body?;
        let c = match term {
            Some(t) => b.terms().get(t)?.composition()?,
            None => b.composition(),
        };
        c.seat_groups().get(i).map(|g| g.label().to_owned())
    };
    words(pointer, &labels, &|_| None, lang)
}

/// The words for `pointer` in `lang`, naming seat groups and election
/// lists by the labels and names in `document`, the JSON of a document
/// (also one that could not be read: its structural errors have no body
/// to name the groups by).
///
/// # Example
/// ```
/// use migrant_representation::{Language, place, error::JsonPointer};
/// let doc = serde_json::json!({"composition": {"seat_groups": [{"label": "Gewählte"}, {"label": "Rat"}]}});
/// let at = JsonPointer::parse("/composition/seat_groups/1/filled").unwrap();
/// assert_eq!(place::describe_json(&at, &doc, Language::De), "Sitzgruppe „Rat“, besetzte Sitze");
/// assert_eq!(place::describe_json(&at, &doc, Language::En), "seat group “Rat”, filled seats");
/// ```
#[must_use]
pub fn describe_json(
    pointer: &JsonPointer,
    document: &serde_json::Value,
    lang: Language,
) -> String {
    let text = |at: String| document.pointer(&at)?.as_str().map(str::to_owned);
    let labels = |term: Option<usize>, i: usize| match term {
        Some(t) => text(format!("/terms/{t}/composition/seat_groups/{i}/label")),
        None => text(format!("/composition/seat_groups/{i}/label")),
    };
    let lists = |i: usize| text(format!("/lists/{i}/name"));
    words(pointer, &labels, &lists, lang)
}

impl JsonPointer {
    /// The place in words ([`place::describe`](crate::place::describe)).
    ///
    /// ```
    /// use migrant_representation::{Language, error::JsonPointer};
    /// let at = JsonPointer::parse("/composition/chair").unwrap();
    /// assert_eq!(at.describe(None, Language::De), "Vorsitz");
    /// assert_eq!(at.describe(None, Language::En), "chair");
    /// ```
    #[must_use]
    pub fn describe(&self, body: Option<&RepresentationBody>, lang: Language) -> String {
        describe(self, body, lang)
    }

    /// The segments of the pointer, unescaped (`~1` is `/`, `~0` is `~`).
    pub(crate) fn segments(&self) -> impl Iterator<Item = String> + '_ {
        self.as_str()
            .split('/')
            .skip(1)
            .map(|s| s.replace("~1", "/").replace("~0", "~"))
    }
}

/// `(German, English)` words for a field of a document. A field that holds
/// a list names one entry (`Eintrag` is added with its number).
#[allow(clippy::too_many_lines)]
pub(crate) fn field_words(name: &str) -> Option<(&'static str, &'static str)> {
    Some(match name {
        // The document.
        "document_type" => ("Dokumentart", "document type"),
        "schema_version" => ("Version des Dokumentformats", "format version"),
        "id" => ("Kennung", "identifier"),
        "official_name" => ("amtliche Bezeichnung", "official name"),
        "english_label" => ("englische Bezeichnung", "English name"),
        "body_type" => ("Art des Gremiums", "type of body"),
        "jurisdiction" => ("Zuständigkeit", "jurisdiction"),
        "land" => ("Land", "Land"),
        "level" => ("Ebene", "level"),
        "area" => ("Gebiet", "area"),
        "ags" => ("Amtlicher Gemeindeschlüssel", "municipality key (AGS)"),
        "rgs" => ("Regionalschlüssel", "regional key"),
        "legal_basis" => ("Rechtsgrundlage", "legal basis"),
        "established_under" => ("Grundlage der Bildung", "duty the body was formed under"),
        "meetings_per_year" => ("Sitzungen im Jahr", "meetings a year"),
        "sources" => ("Quellenangaben", "sources"),
        // Citations and local law.
        "citation" => ("Fundstelle", "citation"),
        "law" => ("Gesetz", "law"),
        "number" => ("Paragraf oder Artikel", "section or article"),
        "paragraph" => ("Absatz", "paragraph"),
        "sentence" => ("Satz", "sentence"),
        "item" => ("Nummer", "item"),
        "unit" => ("Gliederungseinheit", "unit"),
        "version" => ("Fassung", "version"),
        "read_with" => ("in Verbindung mit", "read with"),
        "following" => ("folgende Vorschriften", "following provisions"),
        "title" => ("Titel", "title"),
        "enabling" => ("Ermächtigungsgrundlage", "enabling provision"),
        "adopted_on" => ("Tag des Beschlusses", "day of adoption"),
        "validity" => ("Geltungszeitraum", "period of validity"),
        "from" => ("Beginn", "start"),
        "until" => ("Ende", "end"),
        "statement" => ("Wortlaut", "statement"),
        "constraint" => ("Vorgabe", "requirement"),
        "local_rules" => ("örtliche Regeln", "local rules"),
        "local_rights" => ("örtliche Beteiligungsrechte", "local participation rights"),
        "kind" => ("Art", "kind"),
        "modality" => ("Verbindlichkeit", "modality"),
        "matters" => ("Angelegenheiten", "matters"),
        "organs" => ("Organe", "organs"),
        "rights" => ("Beteiligungsrechte", "participation rights"),
        "rules" => ("Regeln", "rules"),
        // Seats.
        "composition" => ("Zusammensetzung", "composition"),
        "seat_groups" => ("Sitzgruppen", "seat groups"),
        "label" => ("Bezeichnung", "label"),
        "filling" => ("Art der Besetzung", "how the seats are filled"),
        "voting" => ("Stimmrecht", "voting right"),
        "seats" => ("Zahl der Sitze", "number of seats"),
        "filled" => ("besetzte Sitze", "filled seats"),
        "office" => ("Amt", "office"),
        "offices" => ("Ämter", "offices"),
        "council_members" => ("Ratsmitglieder", "council members"),
        "council_member" => ("Ratsmitglied", "council member"),
        "women" => ("Zahl der Frauen", "number of women"),
        "with_migration_history" => (
            "Zahl der Mitglieder mit Migrationsgeschichte",
            "number of members with a migration history",
        ),
        "chair" => ("Vorsitz", "chair"),
        "deputies" => ("Stellvertretung im Vorsitz", "deputy chairs"),
        "deputy_count" => ("Zahl der Stellvertreter", "number of deputy chairs"),
        "method" => ("Verfahren", "method"),
        "group" => ("Sitzgruppe", "seat group"),
        "elected_by_group" => ("wählende Sitzgruppe", "electing seat group"),
        "classes" => ("Sitzarten", "kinds of seats"),
        "voting_only" => ("nur stimmberechtigte Sitze", "voting seats only"),
        "except" => ("ausgenommen", "except"),
        "attribute" => ("Eigenschaft", "attribute"),
        "majority" => ("Mehrheit", "majority"),
        "minority" => ("Minderheit", "minority"),
        "part" => ("Teil", "part"),
        "of" => ("Ganzes", "whole"),
        "numerator" => ("Zähler", "numerator"),
        "denominator" => ("Nenner", "denominator"),
        "min" => ("Mindestwert", "minimum"),
        "max" => ("Höchstwert", "maximum"),
        "more_than" => ("mehr als", "more than"),
        "below" => ("unter", "below"),
        "allowed" => ("zulässig", "allowed"),
        "from_seats" => ("aus Sitzen", "from seats"),
        "count" => ("Anzahl", "count"),
        "qualifier" => ("Genauigkeit der Angabe", "qualifier"),
        "value" => ("Wert", "value"),
        // Terms.
        "term" => ("Amtszeit", "term"),
        "terms" => ("Amtszeiten", "terms"),
        "length" => ("Dauer", "length"),
        "years" => ("Jahre", "years"),
        "council_elected_on" => ("Wahltag des Rates", "day the council was elected"),
        "elected_on" => ("Wahltag", "election day"),
        "election_day" => ("Wahltag", "election day"),
        "constituted_on" => (
            "Tag der konstituierenden Sitzung",
            "day of the constituent meeting",
        ),
        "continues_until_successor_meets" => (
            "Fortführung bis zum Zusammentritt des Nachfolgegremiums",
            "continuation until the successor meets",
        ),
        "successor_first_met_on" => (
            "erste Sitzung des Nachfolgegremiums",
            "first meeting of the successor",
        ),
        "ended" => ("Ende der Amtszeit", "end of the term"),
        "ends_on" => ("letzter Tag", "last day"),
        "on" => ("Tag", "day"),
        "first_office_on" => ("erster Amtstag", "first day in office"),
        // Members.
        "roster" => ("Mitgliederliste", "list of members"),
        "person" => ("Person", "person"),
        "seat_group" => ("Sitzgruppe", "seat group"),
        "role" => ("Rolle", "role"),
        "start_date" => ("Beginn der Mitgliedschaft", "start of the membership"),
        "end_date" => ("Ende der Mitgliedschaft", "end of the membership"),
        "on_behalf_of" => ("entsandt von", "delegated by"),
        // Associations and networks.
        "members" => ("Mitglieder", "members"),
        "scope" => ("Wirkungsbereich", "scope"),
        "founded_on" => ("Gründungstag", "founding day"),
        "founded_year" => ("Gründungsjahr", "founding year"),
        "registered_on" => ("Tag der Eintragung", "day of registration"),
        "legal_anchoring" => ("rechtliche Verankerung", "legal anchoring"),
        "recognitions" => ("Anerkennungen", "recognitions"),
        "fields_of_work" => ("Arbeitsfelder", "fields of work"),
        "claimed_stage" => ("angegebene Stufe", "claimed stage"),
        "evidence" => ("Nachweise", "evidence"),
        "characteristics" => ("Merkmale", "characteristics"),
        "origins" => ("Herkunftsländer", "countries of origin"),
        "countries_of_origin" => ("Zahl der Herkunftsländer", "number of countries of origin"),
        "member_organisations" => ("Mitgliedsorganisationen", "member organisations"),
        "proven_work" => ("nachgewiesene Arbeit", "proven work"),
        "regular_meetings" => ("regelmäßige Treffen", "regular meetings"),
        "contact_persons" => ("Ansprechpersonen", "contact persons"),
        "staff" => ("Personal", "staff"),
        "organs_functioning" => ("arbeitende Organe", "functioning organs"),
        "cooperation_resolutions" => (
            "Beschlüsse zur Zusammenarbeit",
            "resolutions on cooperation",
        ),
        "external_presentation_resolutions" => (
            "Beschlüsse zum Auftreten nach außen",
            "resolutions on presentation",
        ),
        "cooperation_across_origins" => (
            "herkunftsübergreifende Zusammenarbeit",
            "cooperation across origins",
        ),
        "independent_of_origin_governments" => (
            "Unabhängigkeit von Regierungen der Herkunftsländer",
            "independence of origin governments",
        ),
        "democratic" => ("demokratisch", "democratic"),
        "secular" => ("weltanschaulich neutral", "secular"),
        "party_neutral" => ("parteipolitisch neutral", "party-neutral"),
        "municipal_participation" => ("kommunale Beteiligung", "municipal participation"),
        "body" => ("Gremium", "body"),
        // Election results.
        "lists" => ("Wahlvorschläge", "election proposals"),
        "name" => ("Name", "name"),
        "votes" => ("Stimmen", "votes"),
        "candidates" => ("Bewerber", "candidates"),
        "candidate_count" => ("Zahl der Bewerber", "number of candidates"),
        "single_candidate" => ("Einzelbewerbung", "single candidate"),
        "note" => ("Anmerkung", "note"),
        // The law as data.
        "lands" => ("Länder", "Länder"),
        "regimes" => ("Regelungen", "regimes"),
        "establishment" => ("Bildungspflicht", "duty to form"),
        "franchise" => ("Wahlrecht", "franchise"),
        "allocation" => ("Sitzzuteilung", "seat allocation"),
        "council_term" => ("Wahlperiode des Rates", "council term"),
        "covered" => ("erfasster Zeitraum", "period covered"),
        "certainty" => ("Gewissheit", "certainty"),
        "source" => ("Quelle", "source"),
        "replaces" => ("ersetzte Regel", "rule replaced"),
        "type" => ("Typ", "type"),
        "data" => ("Daten", "data"),
        "memberships" => ("Mitgliedschaften", "memberships"),
        "membership" => ("Mitgliedschaft", "membership"),
        "organization" => ("Organisation", "organisation"),
        "votingRight" => ("Stimmrecht", "voting right"),
        _ => return None,
    })
}

/// `(German, English)` for one entry of a list field, where the entry has
/// a name of its own (`Amtszeit 2`, not `Amtszeit, Eintrag 2`).
fn entry_words(list: &str) -> Option<(&'static str, &'static str)> {
    Some(match list {
        "seat_groups" => ("Sitzgruppe", "seat group"),
        "terms" => ("Amtszeit", "term"),
        "local_rules" => ("örtliche Regel", "local rule"),
        "local_rights" => ("örtliches Beteiligungsrecht", "local participation right"),
        "sources" => ("Quellenangabe", "source"),
        "lists" => ("Wahlvorschlag", "election proposal"),
        "candidates" => ("Bewerber", "candidate"),
        "read_with" => ("Vorschrift in Verbindung mit", "provision read with"),
        "lands" => ("Land", "Land"),
        "regimes" => ("Regelung", "regime"),
        "rules" => ("Regel", "rule"),
        "rights" => ("Beteiligungsrecht", "participation right"),
        _ => return None,
    })
}

/// Fields that only hold others: said only when the pointer ends there.
fn is_container(name: &str) -> bool {
    matches!(name, "composition" | "jurisdiction" | "scope" | "evidence")
}

type Labels<'a> = dyn Fn(Option<usize>, usize) -> Option<String> + 'a;
type Names<'a> = dyn Fn(usize) -> Option<String> + 'a;

/// The words of a pointer: one part per known field or list entry,
/// joined by commas.
fn words(pointer: &JsonPointer, labels: &Labels<'_>, lists: &Names<'_>, lang: Language) -> String {
    let de = lang != Language::En;
    let segments: Vec<String> = pointer.segments().collect();
    let mut parts: Vec<String> = Vec::new();
    // The term a seat group belongs to (`/terms/<t>/composition/…`).
    let mut term: Option<usize> = None;
    let mut i = 0;
    while i < segments.len() {
        let seg = segments[i].as_str();
        let index = segments.get(i + 1).and_then(|s| s.parse::<usize>().ok());
        let Some((field_de, field_en)) = field_words(seg) else {
            // An unknown key (or a stray index): the nearest known place.
            break;
        };
        let is_last = i + 1 == segments.len();
        match (index, entry_words(seg)) {
            (Some(n), Some((one_de, one_en))) => {
                let one = if de { one_de } else { one_en };
                let name = match seg {
                    "seat_groups" => labels(term, n),
                    "lists" => lists(n),
                    _ => None,
                };
                if seg == "terms" {
                    term = Some(n);
                }
                parts.push(match name {
                    Some(l) if de => format!("{one} „{}“", short(&l)),
                    Some(l) => format!("{one} “{}”", short(&l)),
                    None => format!("{one} {}", n.saturating_add(1)),
                });
                i += 2;
            }
            (Some(n), None) => {
                let list = if de { field_de } else { field_en };
                let entry = if de { "Eintrag" } else { "entry" };
                parts.push(format!("{list}, {entry} {}", n.saturating_add(1)));
                i += 2;
            }
            (None, _) => {
                if is_last || !is_container(seg) {
                    parts.push((if de { field_de } else { field_en }).to_owned());
                }
                i += 1;
            }
        }
    }
    if parts.is_empty() {
        return (if de {
            "Dokument als Ganzes"
        } else {
            "whole document"
        })
        .to_owned();
    }
    parts.join(", ")
}

/// A label from a document, at most 80 characters (a longer one ends
/// with "…").
pub(crate) fn short(s: &str) -> String {
    match s.char_indices().nth(80) {
        None => s.to_owned(),
        Some((end, _)) => format!("{}…", &s[..end]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn de(p: &str) -> String {
        describe(&JsonPointer::parse(p).unwrap(), None, Language::De)
    }

    #[test]
    fn places_are_said_in_words() {
        assert_eq!(de(""), "Dokument als Ganzes");
        assert_eq!(de("/composition/seat_groups"), "Sitzgruppen");
        assert_eq!(de("/composition/seat_groups/0"), "Sitzgruppe 1");
        assert_eq!(de("/composition/chair"), "Vorsitz");
        assert_eq!(de("/composition/chair/group"), "Vorsitz, Sitzgruppe");
        assert_eq!(
            de("/term/continues_until_successor_meets"),
            "Amtszeit, Fortführung bis zum Zusammentritt des Nachfolgegremiums"
        );
        assert_eq!(de("/terms/1"), "Amtszeit 2");
        assert_eq!(
            de("/roster/2/seat_group"),
            "Mitgliederliste, Eintrag 3, Sitzgruppe"
        );
        assert_eq!(de("/local_rules/0"), "örtliche Regel 1");
        assert_eq!(
            de("/local_rights/0/modality"),
            "örtliches Beteiligungsrecht 1, Verbindlichkeit"
        );
        assert_eq!(de("/jurisdiction/ags"), "Amtlicher Gemeindeschlüssel");
        assert_eq!(
            de("/legal_basis/citation/law"),
            "Rechtsgrundlage, Fundstelle, Gesetz"
        );
        assert_eq!(de("/members/4/id"), "Mitglieder, Eintrag 5, Kennung");
        // An unknown key: the nearest known place, never the key.
        assert_eq!(de("/composition/seat_groups/0/seatz"), "Sitzgruppe 1");
        assert_eq!(de("/wrong_key/x"), "Dokument als Ganzes");
        assert_eq!(
            describe(
                &JsonPointer::parse("/terms/0/composition/seat_groups/1").unwrap(),
                None,
                Language::En
            ),
            "term 1, seat group 2"
        );
    }
}
