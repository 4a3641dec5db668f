//! What an import noted: values it could not map, values it inferred, and
//! irregular shapes it accepted, each in German and English.

use std::fmt;

use crate::error::{Error, JsonPointer};
use crate::kind::BodyType;
use crate::land::Land;
use crate::language::Language;
use crate::roster::Role;

/// What kind of note an [`ImportNote`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportNoteKind {
    /// A value the crate's model has no place for, or could not read.
    Unmapped,
    /// A value the import worked out from other values (a body type from
    /// a name, a role from its text, an AGS from a Regionalschlüssel).
    Inferred,
    /// A value in an irregular shape that the import read anyway (a type URL
    /// with `http://`, a voting right written as text, a 7- or 9-digit AGS).
    Accepted,
}

impl ImportNoteKind {
    /// The kind in `lang`, for text meant for people.
    ///
    /// ```
    /// use migrant_representation::oparl::ImportNoteKind;
    /// assert_eq!(ImportNoteKind::Inferred.describe(migrant_representation::Language::De), "erschlossen");
    /// assert_eq!(ImportNoteKind::Inferred.describe(migrant_representation::Language::En), "inferred");
    /// ```
    #[must_use]
    pub const fn describe(self, lang: crate::Language) -> &'static str {
        match lang {
            crate::Language::En => self.en(),
            _ => self.de(),
        }
    }

    const fn de(self) -> &'static str {
        match self {
            Self::Unmapped => "nicht übernommen",
            Self::Inferred => "erschlossen",
            Self::Accepted => "in unüblicher Form gelesen",
        }
    }

    const fn en(self) -> &'static str {
        match self {
            Self::Unmapped => "not mapped",
            Self::Inferred => "inferred",
            Self::Accepted => "read from an irregular shape",
        }
    }
}

/// Why the import noted a value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ImportReason {
    /// A key of the object that the crate's model has no place for.
    NotInModel,
    /// A date field that is not a date.
    NotADate {
        /// The text found (clipped).
        found: String,
    },
    /// A role text the role table does not know; read as an ordinary member.
    UnknownRole {
        /// The text found (clipped).
        found: String,
    },
    /// A membership that does not say whether it carries a vote.
    NoVotingRight,
    /// OParl does not say which seat group a member holds.
    NoSeatGroup,
    /// OParl carries no seat groups, legal basis or jurisdiction, so no
    /// body could be built.
    NoComposition,
    /// The crate's own vendor keys are there but do not form a valid
    /// document.
    VendorKeysInvalid {
        /// What is wrong with them.
        error: Error,
    },
    /// No body type could be inferred.
    BodyTypeUnknown {
        /// The Land, when known.
        land: Option<Land>,
        /// The type the name names in some other Land, when it names one.
        named: Option<BodyType>,
    },
    /// The body type was inferred from the name, in the Land's law.
    BodyTypeFromName {
        /// The type.
        body_type: BodyType,
        /// The Land whose law has the type.
        land: Land,
        /// The part of the name that names it.
        word: &'static str,
    },
    /// The role was read from the role text by the role table.
    RoleFromText {
        /// The text (clipped).
        found: String,
        /// The role.
        role: Role,
    },
    /// An OParl Body without an AGS.
    NoAgs,
    /// An AGS that cannot be read.
    AgsUnreadable {
        /// The text found (clipped).
        found: String,
    },
    /// A 7-digit AGS whose leading zero was lost, read with it.
    AgsPadded {
        /// The text found.
        found: String,
    },
    /// A 9-digit key (a Regionalschlüssel cut after the Gemeindeverband)
    /// of a municipality outside any Gemeindeverband, read as the AGS.
    AgsFromNineDigits {
        /// The text found.
        found: String,
    },
    /// The AGS read from the 12-digit Regionalschlüssel (`rgs`).
    AgsFromRegionalKey {
        /// The Regionalschlüssel.
        found: String,
    },
    /// A type URL written with `http://`; it names the same schema.
    HttpTypeUrl,
    /// A type URL that ends with a slash (`…/1.0/Organization/`); it names
    /// the same schema.
    TypeUrlTrailingSlash,
    /// A voting right written as the text `"true"` or `"false"`.
    VotingRightAsText {
        /// The text.
        found: String,
    },
    /// A membership that names no person; its person is made from its own
    /// id.
    NoPerson,
    /// A membership of an organization that is not among the imported
    /// objects.
    OrganizationMissing {
        /// The organization URL it names (clipped).
        found: String,
    },
    /// An object that is not an OParl Organization, Membership, Person or
    /// Body, or not a readable one; not imported.
    Skipped {
        /// Its `type` URL, if it has one (clipped).
        type_url: Option<String>,
        /// Whether it nests deeper than the import reads.
        too_deep: bool,
    },
}

impl ImportReason {
    /// The kind of note this reason makes.
    #[must_use]
    pub const fn kind(&self) -> ImportNoteKind {
        match self {
            Self::BodyTypeFromName { .. }
            | Self::RoleFromText { .. }
            | Self::AgsFromRegionalKey { .. }
            | Self::AgsFromNineDigits { .. } => ImportNoteKind::Inferred,
            Self::AgsPadded { .. }
            | Self::HttpTypeUrl
            | Self::TypeUrlTrailingSlash
            | Self::VotingRightAsText { .. } => ImportNoteKind::Accepted,
            _ => ImportNoteKind::Unmapped,
        }
    }
}

/// One note of an import: where, and why.
///
/// # Example
/// ```
/// use migrant_representation::Language;
/// use migrant_representation::oparl::{import, ImportNoteKind};
/// let org = serde_json::json!({"type": "https://schema.oparl.org/1.0/Organization",
///     "id": "https://ris.example.org/organization/7", "name": "Integrationsrat"});
/// let m = serde_json::json!({"type": "https://schema.oparl.org/1.0/Membership",
///     "role": "Ortsvorsteher", "votingRight": "true"});
/// let imported = import(&org, &[m])?;
/// let role = imported.notes.iter().find(|n| n.path.as_str() == "/memberships/0/role").unwrap();
/// assert_eq!(role.kind(), ImportNoteKind::Unmapped);
/// assert_eq!(
///     role.message(Language::De),
///     "Unbekannte Rolle „Ortsvorsteher“; als einfaches Mitglied gelesen."
/// );
/// # Ok::<(), migrant_representation::oparl::ImportError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ImportNote {
    /// Where in the imported objects (`/organization/name`,
    /// `/memberships/2/role`, `/persons/0/data/3/membership/1`).
    pub path: JsonPointer,
    /// Why.
    pub reason: ImportReason,
}

impl ImportNote {
    pub(crate) const fn new(path: JsonPointer, reason: ImportReason) -> Self {
        Self { path, reason }
    }

    /// The kind of note.
    #[must_use]
    pub const fn kind(&self) -> ImportNoteKind {
        self.reason.kind()
    }

    /// The note as a sentence for people, in `lang`.
    #[must_use]
    pub fn message(&self, lang: Language) -> String {
        let de = lang != Language::En;
        let pick = |g: String, e: String| if de { g } else { e };
        reading_message(&self.reason, lang, &pick)
            .or_else(|| type_message(&self.reason, &pick))
            .or_else(|| key_message(&self.reason, &pick))
            .unwrap_or_default()
    }
}

/// The sentences about reading objects and fields.
fn reading_message(
    reason: &ImportReason,
    lang: Language,
    pick: &dyn Fn(String, String) -> String,
) -> Option<String> {
    Some(match reason {
        ImportReason::NotInModel => pick(
            "Dieses Feld hat im Modell der Bibliothek keinen Platz und wurde nicht übernommen."
                .into(),
            "This field has no place in the library's model and was not taken over.".into(),
        ),
        ImportReason::NotADate { found } => pick(
            format!("„{found}“ ist kein Datum."),
            format!("“{found}” is not a date."),
        ),
        ImportReason::UnknownRole { found } => pick(
            format!("Unbekannte Rolle „{found}“; als einfaches Mitglied gelesen."),
            format!("Unknown role “{found}”; read as an ordinary member."),
        ),
        ImportReason::NoVotingRight => pick(
            "Die Mitgliedschaft sagt nicht, ob sie ein Stimmrecht hat; es bleibt unbekannt.".into(),
            "The membership does not say whether it carries a vote; that stays unknown.".into(),
        ),
        ImportReason::NoSeatGroup => pick(
            "OParl sagt nicht, welchen Sitz (welche Sitzgruppe) das Mitglied innehat.".into(),
            "OParl does not say which seat (which seat group) the member holds.".into(),
        ),
        ImportReason::NoComposition => pick(
            "OParl enthält weder Sitzgruppen noch Rechtsgrundlage noch Gebietskörperschaft; \
                 ein Gremium lässt sich daraus nicht prüfen."
                .into(),
            "OParl carries no seat groups, legal basis or jurisdiction; no body can be \
                 checked from it."
                .into(),
        ),
        ImportReason::VendorKeysInvalid { error } => {
            // The parser's own words name fields; people get the place,
            // or the findings in their language.
            let detail = match error {
                Error::Invalid(v) => v
                    .iter()
                    .map(|f| format!("{}: {}", f.path, f.message(lang)))
                    .collect::<Vec<_>>()
                    .join("; "),
                Error::Malformed { path, .. } => pick(
                    format!("Fehler an der Stelle „{path}“"),
                    format!("error at “{path}”"),
                ),
                _ => pick("kein JSON".into(), "not JSON".into()),
            };
            pick(
                format!(
                    "Die Zusatzfelder der Bibliothek ergeben kein gültiges Dokument ({detail})."
                ),
                format!("The library's vendor keys do not form a valid document ({detail})."),
            )
        }
        ImportReason::RoleFromText { found, role } => pick(
            format!(
                "Rolle „{}“ aus dem Text „{found}“ erschlossen.",
                role_de(*role)
            ),
            format!(
                "Role “{}” inferred from the text “{found}”.",
                role_en(*role)
            ),
        ),
        _ => return None,
    })
}

/// The sentences about the type of a body.
fn type_message(reason: &ImportReason, pick: &dyn Fn(String, String) -> String) -> Option<String> {
    Some(match reason {
        ImportReason::BodyTypeUnknown { land, named } => match (land, named) {
            (None, _) => pick(
                "Art des Gremiums nicht bestimmt: Das Land ist nicht bekannt (weder aus der \
                     AGS der Körperschaft noch vom Aufrufer)."
                    .into(),
                "Type of body not determined: the Land is not known (neither from the \
                     Body's AGS nor from the caller)."
                    .into(),
            ),
            (Some(l), Some(t)) => pick(
                format!(
                    "Art des Gremiums nicht bestimmt: Der Name nennt ein {}, das Recht von {} \
                         kennt diese Art aber nicht.",
                    t.describe(crate::Language::De),
                    l.official_name()
                ),
                format!(
                    "Type of body not determined: the name says {}, but the law of {} has \
                         no such type.",
                    t.describe(crate::Language::De),
                    l.official_name()
                ),
            ),
            (Some(l), None) => pick(
                format!(
                    "Art des Gremiums nicht bestimmt: Der Name nennt keine Art, die das \
                         Recht von {} kennt.",
                    l.official_name()
                ),
                format!(
                    "Type of body not determined: the name names no type the law of {} has.",
                    l.official_name()
                ),
            ),
        },
        ImportReason::BodyTypeFromName {
            body_type,
            land,
            word,
        } => pick(
            format!(
                "Art „{}“ aus dem Namen erschlossen („{word}“, Recht von {}).",
                body_type.describe(crate::Language::De),
                land.official_name()
            ),
            format!(
                "Type “{}” inferred from the name (“{word}”, law of {}).",
                body_type.describe(crate::Language::De),
                land.official_name()
            ),
        ),
        _ => return None,
    })
}

/// The sentences about keys, shapes and skipped objects.
fn key_message(reason: &ImportReason, pick: &dyn Fn(String, String) -> String) -> Option<String> {
    Some(match reason {
        ImportReason::NoAgs => pick(
            "Die Körperschaft nennt keinen Amtlichen Gemeindeschlüssel.".into(),
            "The Body gives no Amtlicher Gemeindeschlüssel (AGS).".into(),
        ),
        ImportReason::AgsUnreadable { found } => pick(
            format!(
                "„{found}“ ist kein Amtlicher Gemeindeschlüssel (8 Ziffern, 5 für einen Kreis)."
            ),
            format!("“{found}” is not an Amtlicher Gemeindeschlüssel (8 digits, 5 for a county)."),
        ),
        ImportReason::AgsPadded { found } => pick(
            format!("AGS „{found}“ hat 7 Ziffern; mit führender Null gelesen."),
            format!("AGS “{found}” has 7 digits; read with its leading zero."),
        ),
        ImportReason::AgsFromNineDigits { found } => pick(
            format!(
                "„{found}“ hat 9 Ziffern (Regionalschlüssel bis zum Gemeindeverband); als \
                     verbandsfreie Gemeinde gelesen, AGS aus den Ziffern 1–5 und 7–9."
            ),
            format!(
                "“{found}” has 9 digits (a Regionalschlüssel up to the Gemeindeverband); read \
                     as a municipality outside any Gemeindeverband, the AGS from digits 1–5 and 7–9."
            ),
        ),
        ImportReason::AgsFromRegionalKey { found } => pick(
            format!("AGS aus dem Regionalschlüssel „{found}“ (Ziffern 1–5 und 10–12)."),
            format!("AGS from the Regionalschlüssel “{found}” (digits 1–5 and 10–12)."),
        ),
        ImportReason::HttpTypeUrl => pick(
            "Typ-URL mit „http://“ statt „https://“; als dasselbe Schema gelesen.".into(),
            "Type URL with “http://” instead of “https://”; read as the same schema.".into(),
        ),
        ImportReason::TypeUrlTrailingSlash => pick(
            "Typ-URL mit Schrägstrich am Ende; als dasselbe Schema gelesen.".into(),
            "Type URL with a slash at its end; read as the same schema.".into(),
        ),
        ImportReason::VotingRightAsText { found } => pick(
            format!("Stimmrecht als Text „{found}“ angegeben; als Wahrheitswert gelesen."),
            format!("Voting right given as the text “{found}”; read as true or false."),
        ),
        ImportReason::NoPerson => pick(
            "Die Mitgliedschaft nennt keine Person; als Person gilt ihre eigene Kennung.".into(),
            "The membership names no person; its own id stands for the person.".into(),
        ),
        ImportReason::OrganizationMissing { found } => pick(
            format!(
                "Mitgliedschaft in „{found}“ nicht eingelesen: Diese Organisation ist nicht \
                     unter den eingelesenen Objekten."
            ),
            format!(
                "Membership of “{found}” not imported: that organization is not among the \
                     imported objects."
            ),
        ),
        ImportReason::Skipped { type_url, too_deep } => match (type_url, too_deep) {
            (_, true) => pick(
                "Nicht eingelesen: Das Objekt ist zu tief verschachtelt.".into(),
                "Not imported: the object nests too deep.".into(),
            ),
            (Some(t), false) => pick(
                format!("Nicht eingelesen: Objekt vom Typ „{t}“."),
                format!("Not imported: an object of type “{t}”."),
            ),
            (None, false) => pick(
                "Nicht eingelesen: kein OParl-Objekt (kein JSON-Objekt mit Typ-URL).".into(),
                "Not imported: not an OParl object (no JSON object with a type URL).".into(),
            ),
        },
        _ => return None,
    })
}

const fn role_de(r: Role) -> &'static str {
    match r {
        Role::Chair => "Vorsitz",
        Role::DeputyChair => "stellvertretender Vorsitz",
        Role::Substitute => "persönliche Stellvertretung",
        _ => "Mitglied",
    }
}

const fn role_en(r: Role) -> &'static str {
    match r {
        Role::Chair => "chair",
        Role::DeputyChair => "deputy chair",
        Role::Substitute => "substitute",
        _ => "member",
    }
}

impl fmt::Display for ImportNote {
    /// The place and the German message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message(Language::De))
    }
}
