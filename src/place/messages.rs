//! Why a document cannot be read, for people: [`Error::message`], and
//! what the JSON reader's messages mean (serde's English, "missing field
//! `seats`", "invalid type: string, expected u16", said in German or
//! English without field names, type names or identifiers).

use crate::error::{Error, JsonPointer};
use crate::language::Language;

impl Error {
    /// Why the document could not be read, for people, in `lang`: where
    /// (said in words, never as a JSON Pointer) and what is wrong, without
    /// the crate's identifiers; one line per structural defect. The
    /// `Display` form is the developers' English with the pointer.
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{Document, Language};
    /// let err = Document::from_json_str(
    ///     &std::fs::read_to_string("examples/data/invalid/zero-seat-group.json")?,
    /// )
    /// .unwrap_err();
    /// let de = err.message(Language::De);
    /// assert!(de.starts_with("Das Dokument verletzt 1 Formvorschrift:"), "{de}");
    /// assert!(de.contains("Sitzgruppe 2, Zahl der Sitze: Die Zahl muss mindestens 1 sein."), "{de}");
    /// let err = Document::from_json_str("{").unwrap_err();
    /// assert_eq!(err.message(Language::En), "The text is not valid JSON (line 1, column 1): the text ends in the middle of the document.");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn message(&self, lang: crate::language::Language) -> String {
        self.message_in(None, lang)
    }

    /// [`Error::message`], naming seat groups by their labels in the
    /// document's JSON where it could be parsed.
    pub(crate) fn message_in(
        &self,
        json: Option<&serde_json::Value>,
        lang: crate::language::Language,
    ) -> String {
        use crate::language::Language;
        let de = lang != Language::En;
        let place = |p: &JsonPointer| match json {
            Some(v) => crate::place::describe_json(p, v, lang),
            None => crate::place::describe(p, None, lang),
        };
        match self {
            Self::Syntax {
                line,
                column,
                message,
            } => {
                let what = syntax(message, lang);
                if de {
                    format!(
                        "Der Text ist kein gültiges JSON (Zeile {line}, Spalte {column}): {what}."
                    )
                } else {
                    format!("The text is not valid JSON (line {line}, column {column}): {what}.")
                }
            }
            Self::Malformed { path, message } => {
                format!("{}: {}", place(path), malformed(message, lang))
            }
            Self::Invalid(defects) => {
                let n = defects.len();
                let mut s = match (de, n) {
                    (true, 1) => "Das Dokument verletzt 1 Formvorschrift:".to_owned(),
                    (true, _) => format!("Das Dokument verletzt {n} Formvorschriften:"),
                    (false, 1) => "The document breaks 1 structural rule:".to_owned(),
                    (false, _) => format!("The document breaks {n} structural rules:"),
                };
                for f in defects {
                    s.push_str("\n- ");
                    s.push_str(&place(&f.path));
                    s.push_str(": ");
                    s.push_str(&f.message(lang));
                }
                s
            }
            Self::Check(e) => e.message(lang),
            Self::Period(e) => e.message(lang),
        }
    }
}

/// The text quoted between the first pair of backticks of `s`.
fn backticked(s: &str) -> Option<&str> {
    let start = s.find('`')? + 1;
    let len = s[start..].find('`')?;
    Some(&s[start..start + len])
}

/// A field named in a message, in words.
fn field(name: Option<&str>, lang: Language) -> &'static str {
    let de = lang != Language::En;
    match name.and_then(crate::place::field_words) {
        Some((d, e)) => {
            if de {
                d
            } else {
                e
            }
        }
        None if de => "eine Angabe",
        None => "a value",
    }
}

/// What serde expected (`u16`, `a string`, `a date YYYY-MM-DD`), in words.
fn expected(what: &str, lang: Language) -> &'static str {
    let de = lang != Language::En;
    let w = what.trim();
    let (d, e) = if w.contains("date") {
        (
            "ein Datum in der Form JJJJ-MM-TT",
            "a date written YYYY-MM-DD",
        )
    } else if w.contains("nonzero") {
        ("eine ganze Zahl größer als 0", "a whole number above 0")
    } else if matches!(
        w,
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "usize" | "isize"
    ) || w.starts_with("an integer")
        || w.starts_with("a number")
    {
        ("eine ganze Zahl", "a whole number")
    } else if w.starts_with("a string") || w.contains("borrowed string") {
        ("ein Text in Anführungszeichen", "a text in quotation marks")
    } else if w.starts_with("a boolean") {
        ("wahr oder falsch (true oder false)", "true or false")
    } else if w.starts_with("a sequence") || w.starts_with("an array") || w.contains("tuple") {
        ("eine Liste", "a list")
    } else if w.starts_with("struct")
        || w.contains("object")
        || w.starts_with("a map")
        || w.contains("enum")
    {
        (
            "ein Objekt (Angaben in geschweiften Klammern)",
            "an object (values in curly braces)",
        )
    } else if w.contains("variant") || w.contains("name") {
        ("ein Name in Anführungszeichen", "a name in quotation marks")
    } else {
        ("ein anderer Wert", "another value")
    };
    if de { d } else { e }
}

/// A JSON syntax error's reason in words.
pub(crate) fn syntax(message: &str, lang: Language) -> &'static str {
    let de = lang != Language::En;
    let m = message;
    let (d, e) = if m.contains("byte order mark") {
        (
            "der Text beginnt mit einer Bytereihenfolge-Markierung (BOM); bitte als UTF-8 ohne BOM speichern",
            "the text starts with a byte order mark (BOM); save it as UTF-8 without BOM",
        )
    } else if m.contains("EOF") {
        (
            "der Text endet mitten im Dokument",
            "the text ends in the middle of the document",
        )
    } else if m.contains("trailing") {
        (
            "nach dem Ende des Dokuments folgt weiterer Text",
            "more text follows the end of the document",
        )
    } else if m.contains("recursion") {
        (
            "das Dokument ist zu tief verschachtelt",
            "the document is nested too deeply",
        )
    } else if m.contains("control character") {
        (
            "ein Text enthält ein Steuerzeichen ohne Escape",
            "a text holds an unescaped control character",
        )
    } else if m.contains("surrogate") || m.contains("unicode") || m.contains("UTF-8") {
        (
            "ein Zeichen ist kein gültiges Unicode-Zeichen",
            "a character is not valid Unicode",
        )
    } else if m.contains("escape") {
        (
            "eine Escape-Sequenz ist ungültig",
            "an escape sequence is invalid",
        )
    } else if m.contains("number") {
        (
            "eine Zahl ist ungültig oder zu groß",
            "a number is invalid or too large",
        )
    } else if m.contains("key must be a string") {
        (
            "ein Schlüssel steht nicht in Anführungszeichen",
            "a key is not in quotation marks",
        )
    } else {
        (
            "an dieser Stelle steht ein Zeichen, das hier nicht stehen darf",
            "a character stands where it may not",
        )
    };
    if de { d } else { e }
}

/// A shape error's message in words (serde's or the crate's own).
pub(crate) fn malformed(message: &str, lang: Language) -> String {
    let de = lang != Language::En;
    let m = message;
    let quote = |s: &str| {
        let s = crate::place::short(s);
        if de {
            format!("„{s}“")
        } else {
            format!("“{s}”")
        }
    };
    let after = |prefix: &str| m.strip_prefix(prefix).map(|r| r.split(", expected").nth(1));
    if let Some(rest) = m.strip_prefix("missing field") {
        let f = field(backticked(rest), lang);
        return if de {
            format!("Eine Pflichtangabe fehlt: {f}.")
        } else {
            format!("A required value is missing: {f}.")
        };
    }
    if let Some(rest) = m.strip_prefix("duplicate field") {
        let f = field(backticked(rest), lang);
        return if de {
            format!("Eine Angabe steht zweimal im selben Objekt: {f}.")
        } else {
            format!("A value is given twice in one object: {f}.")
        };
    }
    if let Some(rest) = m.strip_prefix("unknown field") {
        let key = quote(backticked(rest).unwrap_or_default());
        return if de {
            format!("Die Angabe {key} ist hier nicht vorgesehen (vielleicht ein Tippfehler).")
        } else {
            format!("The key {key} is not expected here (perhaps a typo).")
        };
    }
    if let Some(rest) = m.strip_prefix("unknown variant") {
        let v = quote(backticked(rest).unwrap_or_default());
        return if de {
            format!("Der Wert {v} ist hier nicht zulässig.")
        } else {
            format!("The value {v} is not allowed here.")
        };
    }
    if let Some(exp) = after("invalid type") {
        let e = expected(exp.unwrap_or_default(), lang);
        return if de {
            format!("Der Wert hat die falsche Art; erwartet wird {e}.")
        } else {
            format!("The value is of the wrong kind; expected is {e}.")
        };
    }
    if let Some(exp) = after("invalid value") {
        let e = expected(exp.unwrap_or_default(), lang);
        return if de {
            format!("Der Wert ist ungültig; erwartet wird {e}.")
        } else {
            format!("The value is invalid; expected is {e}.")
        };
    }
    if m.starts_with("invalid length") {
        return (if de {
            "Die Liste hat die falsche Länge."
        } else {
            "The list has the wrong length."
        })
        .to_owned();
    }
    if let Some(rest) = m.strip_prefix("has the escape") {
        let esc = backticked(rest).unwrap_or_default();
        return if de {
            format!(
                "Ein Text enthält die Escape-Sequenz {esc}, die Hälfte eines UTF-16-Ersatzzeichenpaars ohne die andere Hälfte; das ist kein Unicode-Zeichen. Bitte das Zeichen selbst oder beide Hälften schreiben."
            )
        } else {
            format!(
                "A text holds the escape {esc}, one half of a UTF-16 surrogate pair without the other; it is no Unicode character. Write the character itself, or both halves."
            )
        };
    }
    if let Some((d, e)) = own(m) {
        return (if de { d } else { e }).to_owned();
    }
    (if de {
        "Der Wert passt nicht zum Aufbau des Dokuments."
    } else {
        "The value does not fit the shape of the document."
    })
    .to_owned()
}

/// The crate's own messages of a document it cannot read, in words.
fn own(m: &str) -> Option<(&'static str, &'static str)> {
    const OWN: [(&str, &str, &str); 6] = [
        (
            "has the wrong type: a quoted name",
            "Der Wert hat die falsche Art; erwartet wird ein Name in Anführungszeichen, keine Zahl, kein Wahrheitswert, kein null, keine Liste und kein Objekt.",
            "The value is of the wrong kind; expected is a name in quotation marks, not a number, true, false, null, a list or an object.",
        ),
        (
            "the type of the document is given twice",
            "Die Dokumentart ist zweimal angegeben; ein Dokument hat eine Art.",
            "The type of the document is given twice; a document has one type.",
        ),
        (
            "a document must be a JSON object",
            "Ein Dokument muss ein JSON-Objekt sein (Angaben in geschweiften Klammern).",
            "A document must be a JSON object (values in curly braces).",
        ),
        (
            "`document_type` must be a string",
            "Die Dokumentart muss ein Text in Anführungszeichen sein.",
            "The document type must be a text in quotation marks.",
        ),
        (
            "an election result",
            "Ein Wahlergebnis ist kein Dokument eines Gremiums oder einer Organisation; es wird als Wahlergebnis gelesen.",
            "An election result is not the document of a body or an organisation; read it as an election result.",
        ),
        (
            "unknown document_type",
            "Diese Dokumentart ist unbekannt; erwartet wird das Dokument eines Gremiums, eines Verbands oder eines Netzwerks.",
            "This document type is unknown; expected is the document of a body, an association or a network.",
        ),
    ];
    OWN.iter()
        .find(|(prefix, ..)| m.starts_with(prefix))
        .map(|(_, d, e)| (*d, *e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_are_said_without_identifiers() {
        let de = |m: &str| malformed(m, Language::De);
        assert_eq!(
            de("missing field `seats`"),
            "Eine Pflichtangabe fehlt: Zahl der Sitze."
        );
        assert_eq!(
            de("missing field `xyz_abc`"),
            "Eine Pflichtangabe fehlt: eine Angabe."
        );
        assert_eq!(
            de("invalid type: string \"x\", expected u16"),
            "Der Wert hat die falsche Art; erwartet wird eine ganze Zahl."
        );
        assert_eq!(
            de("invalid value: integer `0`, expected a nonzero u8"),
            "Der Wert ist ungültig; erwartet wird eine ganze Zahl größer als 0."
        );
        assert_eq!(
            de("unknown variant `integration_councl`, expected one of `integration_council`"),
            "Der Wert „integration_councl“ ist hier nicht zulässig."
        );
        assert_eq!(
            syntax("EOF while parsing a value", Language::De),
            "der Text endet mitten im Dokument"
        );
    }
}
