//! Findings in words: the message of a finding, a fix, a rule named in a
//! sentence, figures and quantities, in German and English.

use std::fmt::{self, Write as _};

use super::*;

impl RuleRef {
    /// The rule in words: its statement in quotation marks and its
    /// citation (`„Zwei Drittel …“ (§ 50 Abs. 2 KSVG)`). Never its id.
    ///
    /// ```
    /// use migrant_representation::{check::{RuleRef, Statement}, Citation, Language, Severity};
    /// let r = RuleRef::new(
    ///     "local.koeln.seats",
    ///     Citation::whole("Hauptsatzung der Stadt Köln"),
    ///     Statement { de: "Der Integrationsrat hat 33 Mitglieder.".into(), en: "Der Integrationsrat hat 33 Mitglieder.".into() },
    ///     Severity::Violation,
    /// );
    /// assert_eq!(r.describe(Language::De), "„Der Integrationsrat hat 33 Mitglieder.“ (Hauptsatzung der Stadt Köln)");
    /// assert_eq!(r.describe(Language::En), "“Der Integrationsrat hat 33 Mitglieder.” (Hauptsatzung der Stadt Köln)");
    /// ```
    #[must_use]
    pub fn describe(&self, lang: Language) -> String {
        let mut s = String::new();
        let _ = self.write(&mut s, lang);
        s
    }

    pub(crate) fn write(&self, out: &mut String, lang: Language) -> fmt::Result {
        let text = match lang {
            Language::En => &self.statement.en,
            _ => &self.statement.de,
        };
        // A statute's wording (or a local rule's own text) is quoted; a
        // paraphrase is named by its provision and marked as one.
        let wording =
            self.rule.starts_with("local.") || self.statement.de.trim_start().starts_with('„');
        if wording {
            quoted(out, &format!("{}.", trimmed_statement(text)), lang)?;
            return write!(out, " ({})", self.citation);
        }
        let mark = if lang == Language::En {
            "paraphrase"
        } else {
            "sinngemäß"
        };
        // A statement that says itself it is a paraphrase is not marked twice.
        if text.contains(mark) {
            return write!(out, "{} ({})", self.citation, trimmed_statement(text));
        }
        write!(
            out,
            "{} ({mark}: {})",
            self.citation,
            trimmed_statement(text)
        )
    }
}

impl Finding {
    /// The finding as a sentence or a few for people, in `lang`: what is
    /// wrong, the rule's statement, the figures with the document's labels,
    /// and the fix. Never contains an identifier.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{Language, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/invalid/saarbruecken-integrationsbeirat-shares.json")?;
    /// let report = RepresentationBody::from_json_str(&json)?.check(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
    /// let v = &report.violations[0];
    /// assert!(v.message(Language::En).contains("Found: 9 of 15 seats"));
    /// assert!(v.message(Language::De).contains("gewählte Mitglieder"));
    /// assert!(!v.message(Language::En).contains(v.rule.as_ref())); // no identifiers for people
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn message(&self, lang: Language) -> String {
        let mut s = String::new();
        let _ = self.write_message(&mut s, lang);
        s
    }

    fn write_message(&self, out: &mut String, lang: Language) -> fmt::Result {
        let de = lang == Language::De;
        match (self.note, self.missing) {
            (Some(NoteKind::NotChecked), missing) => {
                out.push_str(if de {
                    "Nicht geprüft. "
                } else {
                    "Not checked. "
                });
                if let Some(m) = missing {
                    out.push_str(if de {
                        m.describe(crate::Language::De)
                    } else {
                        m.describe(crate::Language::En)
                    });
                }
            }
            (Some(NoteKind::EffectApplied), _) => {
                out.push_str(if de {
                    "Gesetzliche Folge: "
                } else {
                    "Statutory effect: "
                });
                out.push_str(headline(self.code, lang));
            }
            (Some(NoteKind::UnverifiedRuleBroken), _) => {
                out.push_str(if de {
                    "Eine nicht bestätigte Regel ist nicht erfüllt: "
                } else {
                    "An unverified rule is not met: "
                });
                out.push_str(headline(self.code, lang));
            }
            _ => out.push_str(headline(self.code, lang)),
        }
        if let Some(st) = &self.statement {
            let text = trimmed_statement(if de { &st.de } else { &st.en });
            // A statute's statement in „…“ is its wording, and is quoted as
            // such; any other is a paraphrase and says so. The English is a
            // translation either way. A local rule's statement is the
            // document's own.
            let wording = st.de.trim_start().starts_with('„');
            let (label, quoted) = match (de, self.is_local(), wording) {
                (true, true, _) => ("Örtliche Regel", true),
                (true, false, true) => ("Regel", true),
                // A statement that says itself it is a paraphrase
                // ("Fassung 2025 (sinngemäß): …") is not marked twice.
                (true, false, false) if text.contains("sinngemäß") => ("Regel", false),
                (true, false, false) => ("Regel (sinngemäß)", false),
                (false, true, _) => ("Local rule", true),
                (false, false, true) => ("Rule (in translation)", false),
                (false, false, false) if text.contains("paraphrase") => ("Rule", false),
                (false, false, false) => ("Rule (paraphrase)", false),
            };
            match (quoted, de) {
                (true, true) => write!(out, " {label}: „{text}.“")?,
                (true, false) => write!(out, " {label}: “{text}.”")?,
                (false, _) => write!(out, " {label}: {text}.")?,
            }
        }
        write_figures(out, &self.figures, lang)?;
        if let Some(fix) = &self.fix {
            if !fix.options.is_empty() {
                out.push_str(if de { " Abhilfe: " } else { " To fix: " });
                fix.write(out, lang)?;
                out.push('.');
            }
        }
        Ok(())
    }
}

/// Writes `rules` in words, joined by commas and a final "und"/"and".
pub(crate) fn write_rules(out: &mut String, rules: &[RuleRef], lang: Language) -> fmt::Result {
    for (i, r) in rules.iter().enumerate() {
        if i > 0 {
            out.push_str(match (i + 1 == rules.len(), lang) {
                (true, Language::En) => " and ",
                (true, _) => " und ",
                (false, _) => ", ",
            });
        }
        r.write(out, lang)?;
    }
    Ok(())
}

/// A statement without its surrounding quotation marks and final full
/// stop, to be quoted.
fn trimmed_statement(text: &str) -> &str {
    text.trim()
        .trim_start_matches(['„', '“', '"'])
        .trim_end_matches(['“', '”', '"'])
        .trim_end_matches('.')
}

impl Statement {
    /// The statement for people, marked as what it is: the statute's
    /// wording in „…“ (in English the translation, marked as one), any
    /// other statement marked as a paraphrase ("Sinngemäß", "Paraphrase"),
    /// once: a statement that says itself that it is one is left as it is.
    ///
    /// ```
    /// use migrant_representation::{check::Statement, Language};
    /// let wording = Statement::new("„Die Wahl ist geheim.“", "The election is secret");
    /// assert_eq!(wording.marked(Language::De), "„Die Wahl ist geheim.“");
    /// assert_eq!(wording.marked(Language::En), "The election is secret (in translation)");
    /// let paraphrase = Statement::new("Die Wahl ist geheim.", "The election is secret");
    /// assert_eq!(paraphrase.marked(Language::De), "Sinngemäß: Die Wahl ist geheim.");
    /// assert_eq!(paraphrase.marked(Language::En), "Paraphrase: The election is secret");
    /// let own = Statement::new("Fassung 2025 (sinngemäß): Die Wahl ist geheim.", "2025 version (paraphrase): the election is secret");
    /// assert_eq!(own.marked(Language::De), "Fassung 2025 (sinngemäß): Die Wahl ist geheim.");
    /// ```
    #[must_use]
    pub fn marked(&self, lang: Language) -> String {
        let text = self.describe(lang);
        let core = text
            .trim()
            .trim_start_matches(['„', '“', '"'])
            .trim_end_matches(['“', '”', '"'])
            .trim();
        let mark = match lang {
            Language::En => "paraphrase",
            _ => "sinngemäß",
        };
        match (self.is_wording(), lang) {
            (true, Language::En) => format!("{core} (in translation)"),
            (true, _) => format!("„{core}“"),
            (false, _) if text.contains(mark) => core.to_owned(),
            (false, Language::En) => format!("Paraphrase: {core}"),
            (false, _) => format!("Sinngemäß: {core}"),
        }
    }
}

impl Fix {
    /// The options in words: "1 Sitz mehr für „Direkt gewählte Mitglieder“
    /// oder 1 Sitz weniger für „Ratsmitglieder“".
    ///
    /// ```
    /// use migrant_representation::{Language, RepresentationBody};
    /// let body = RepresentationBody::from_json_str(&std::fs::read_to_string(
    ///     "examples/data/invalid/saarbruecken-integrationsbeirat-shares.json",
    /// )?)?;
    /// let report = body.check(chrono::NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
    /// let fix = report.violations[0].fix.as_ref().ok_or("a fix")?;
    /// assert_eq!(fix.describe(Language::En), "3 seats more for “gewählte Mitglieder”");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn describe(&self, lang: Language) -> String {
        let mut s = String::new();
        let _ = self.write(&mut s, lang);
        s
    }

    fn write(&self, out: &mut String, lang: Language) -> fmt::Result {
        let de = lang == Language::De;
        for (i, o) in self.options.iter().enumerate() {
            if i > 0 {
                out.push_str(if de { " oder " } else { ", or " });
            }
            write_changes(out, &o.changes, lang)?;
            if !o.conflicts.is_empty() {
                let many = o.conflicts.len() > 1;
                out.push_str(match (de, many) {
                    (true, false) => ", was der Regel ",
                    (true, true) => ", was den Regeln ",
                    (false, false) => ", which conflicts with the rule ",
                    (false, true) => ", which conflicts with the rules ",
                });
                write_rules(out, &o.conflicts, lang)?;
                if de {
                    out.push_str(" widerspricht");
                    if i + 1 < self.options.len() {
                        out.push(',');
                    }
                }
            }
        }
        Ok(())
    }
}

/// Writes changes made together, joined by "und"/"and".
pub(crate) fn write_changes(
    out: &mut String,
    changes: &[SeatChange],
    lang: Language,
) -> fmt::Result {
    for (k, c) in changes.iter().enumerate() {
        if k > 0 {
            out.push_str(if lang == Language::De {
                " und "
            } else {
                " and "
            });
        }
        write_change(out, c, lang)?;
    }
    Ok(())
}

fn quoted(out: &mut String, s: &str, lang: Language) -> fmt::Result {
    match lang {
        Language::En => write!(out, "“{s}”"),
        _ => write!(out, "„{s}“"),
    }
}

fn write_change(out: &mut String, c: &SeatChange, lang: Language) -> fmt::Result {
    let de = lang == Language::De;
    match c {
        SeatChange::AddSeats { group, seats } => {
            write_quantity(out, Quantity::Seats(*seats), lang)?;
            out.push_str(if de { " mehr für " } else { " more for " });
            quoted(out, &group.label, lang)
        }
        SeatChange::RemoveSeats { group, seats } => {
            write_quantity(out, Quantity::Seats(*seats), lang)?;
            out.push_str(if de { " weniger für " } else { " fewer for " });
            quoted(out, &group.label, lang)
        }
        SeatChange::NewGroup {
            filling,
            voting,
            seats,
        } => {
            if de {
                // Dative after "mit": "mit 1 Sitz", "mit 3 Sitzen".
                let noun = if *seats == 1 { "Sitz" } else { "Sitzen" };
                write!(
                    out,
                    "eine neue Gruppe mit {seats} {noun} ({}, {})",
                    filling.describe(crate::Language::De),
                    voting.describe(crate::Language::De)
                )
            } else {
                write!(out, "a new group of ")?;
                write_quantity(out, Quantity::Seats(*seats), lang)?;
                write!(
                    out,
                    " ({}, {})",
                    filling.describe(crate::Language::En),
                    voting.describe(crate::Language::En)
                )
            }
        }
        SeatChange::MoveSeats { from, to, seats } => {
            match (*seats, de) {
                (1, true) => out.push_str("ein Sitz wechselt von "),
                (n, true) => write!(out, "{n} Sitze wechseln von ")?,
                (1, false) => out.push_str("one seat moves from "),
                (n, false) => write!(out, "{n} seats move from ")?,
            }
            quoted(out, &from.label, lang)?;
            out.push_str(if de { " zu " } else { " to " });
            quoted(out, &to.label, lang)
        }
    }
}

fn write_groups(
    out: &mut String,
    figures: &Figures,
    role: GroupRole,
    lang: Language,
) -> fmt::Result {
    let mut first = true;
    for g in figures.groups.iter().filter(|g| g.role == role) {
        out.push_str(if first { " (" } else { ", " });
        first = false;
        quoted(out, &g.label, lang)?;
        write!(out, ": {}", g.seats)?;
    }
    if !first {
        out.push(')');
    }
    Ok(())
}

fn write_figures(out: &mut String, figures: &Figures, lang: Language) -> fmt::Result {
    let de = lang == Language::De;
    if let Some(a) = figures.actual {
        out.push_str(if de { " Festgestellt: " } else { " Found: " });
        write_quantity(out, a, lang)?;
        write_groups(out, figures, GroupRole::Counted, lang)?;
        if let Some(r) = figures.required {
            out.push_str(if de {
                "; erforderlich: "
            } else {
                "; required: "
            });
            write_requirement(out, r, lang)?;
            write_groups(out, figures, GroupRole::Compared, lang)?;
        }
        out.push('.');
    }
    if figures
        .groups
        .iter()
        .any(|g| g.role == GroupRole::Concerned)
    {
        out.push_str(if de { " Betroffen:" } else { " Concerned:" });
        write_groups(out, figures, GroupRole::Concerned, lang)?;
        out.push('.');
    }
    Ok(())
}

/// `(singular, plural)` of a unit.
fn unit(q: Quantity, lang: Language) -> (&'static str, &'static str) {
    match (q, lang) {
        (Quantity::Seats(_), Language::En) => ("seat", "seats"),
        (Quantity::Seats(_), _) => ("Sitz", "Sitze"),
        (Quantity::Members(_), Language::En) => ("member", "members"),
        (Quantity::Members(_), _) => ("Mitglied", "Mitglieder"),
        (Quantity::Years(_), Language::En) => ("year", "years"),
        (Quantity::Years(_), _) => ("Jahr", "Jahre"),
        (Quantity::MeetingsPerYear(_), Language::En) => ("meeting a year", "meetings a year"),
        (Quantity::MeetingsPerYear(_), _) => ("Sitzung im Jahr", "Sitzungen im Jahr"),
        (Quantity::Characters(_), Language::En) => ("character", "characters"),
        (Quantity::Characters(_), _) => ("Zeichen", "Zeichen"),
        (Quantity::Findings(_), Language::En) => ("finding", "findings"),
        (Quantity::Findings(_), _) => ("Feststellung", "Feststellungen"),
        _ => ("", ""),
    }
}

/// The number of a counted quantity.
fn number(q: Quantity) -> Option<u64> {
    match q {
        Quantity::Seats(n)
        | Quantity::Members(n)
        | Quantity::Years(n)
        | Quantity::MeetingsPerYear(n)
        | Quantity::Version(n) => Some(u64::from(n)),
        Quantity::Characters(n) | Quantity::Findings(n) => Some(n),
        Quantity::Share(_) | Quantity::Ratio(_) | Quantity::MemberShare(_) | Quantity::Date(_) => {
            None
        }
    }
}

fn write_quantity(out: &mut String, q: Quantity, lang: Language) -> fmt::Result {
    let de = lang == Language::De;
    match q {
        Quantity::Share(s) => write!(
            out,
            "{} {} {} {}",
            s.part,
            if de { "von" } else { "of" },
            s.whole,
            if de { "Sitzen" } else { "seats" }
        ),
        Quantity::MemberShare(s) => write!(
            out,
            "{} {} {} {}",
            s.part,
            if de { "von" } else { "of" },
            s.whole,
            if de { "Mitgliedern" } else { "members" }
        ),
        Quantity::Ratio(s) => write!(out, "{}/{}", s.part, s.whole),
        Quantity::Version(n) => write!(out, "Version {n}"),
        Quantity::Date(d) if de => write!(out, "{}", d.format("%d.%m.%Y")),
        Quantity::Date(d) => write!(out, "{}", d.format("%Y-%m-%d")),
        q => {
            let n = number(q).unwrap_or(0);
            let (one, many) = unit(q, lang);
            write!(out, "{n} {}", if n == 1 { one } else { many })
        }
    }
}

fn write_requirement(out: &mut String, r: Requirement, lang: Language) -> fmt::Result {
    let de = lang == Language::De;
    let (word, q) = match r {
        Requirement::AtLeast(q @ Quantity::Date(_)) => {
            (if de { "nicht vor dem" } else { "not before" }, q)
        }
        Requirement::AtMost(q @ Quantity::Date(_)) => {
            (if de { "nicht nach dem" } else { "not after" }, q)
        }
        Requirement::Exactly(q @ Quantity::Date(_)) => (if de { "am" } else { "on" }, q),
        Requirement::AtLeast(q) => (if de { "mindestens" } else { "at least" }, q),
        Requirement::AtMost(q) => (if de { "höchstens" } else { "at most" }, q),
        Requirement::Exactly(q) => (if de { "genau" } else { "exactly" }, q),
        Requirement::MoreThan(q) => (if de { "mehr als" } else { "more than" }, q),
        Requirement::Between { min, max } => {
            match number(min) {
                Some(n) => write!(out, "{n} {} ", if de { "bis" } else { "to" })?,
                None => {
                    write_quantity(out, min, lang)?;
                    out.push_str(if de { " bis " } else { " to " });
                }
            }
            return write_quantity(out, max, lang);
        }
    };
    write!(out, "{word} ")?;
    write_quantity(out, q, lang)
}

/// What is wrong, in one sentence per code and language: the template
/// every message starts from.
#[must_use]
pub(crate) fn headline(code: FindingCode, lang: Language) -> &'static str {
    let (de, en) = headlines(code);
    match lang {
        Language::En => en,
        _ => de,
    }
}

/// The headline of each code, in German and English: the first sentence
/// of every message.
const HEADLINES: &[(FindingCode, &str, &str)] = &[
    (
        FindingCode::UnsupportedSchemaVersion,
        "Diese Version des Dokumentformats wird nicht unterstützt.",
        "This version of the document format is not supported.",
    ),
    (
        FindingCode::EmptyText,
        "Der Text fehlt oder besteht nur aus Leerzeichen.",
        "The text is missing or only white space.",
    ),
    (
        FindingCode::TextTooLong,
        "Der Text ist zu lang.",
        "The text is too long.",
    ),
    (
        FindingCode::InvalidIdentifier,
        "Die Kennung ist ungültig: erlaubt sind bis zu 64 Kleinbuchstaben, Ziffern, Punkte, Binde- und Unterstriche, am Anfang ein Kleinbuchstabe oder eine Ziffer.",
        "The identifier is invalid: up to 64 lower-case letters, digits, dots, hyphens and underscores are allowed, starting with a lower-case letter or a digit.",
    ),
    (
        FindingCode::InvalidAgs,
        "Der Amtliche Gemeindeschlüssel ist ungültig: erwartet werden 8 Ziffern mit einem Landesschlüssel von 01 bis 16.",
        "The official municipality key (AGS) is invalid: 8 digits with a Land key from 01 to 16 are expected.",
    ),
    (
        FindingCode::AgsLandMismatch,
        "Der Landesschlüssel des Amtlichen Gemeindeschlüssels passt nicht zum angegebenen Land.",
        "The Land key of the official municipality key (AGS) does not match the Land given.",
    ),
    (
        FindingCode::LevelMismatch,
        "Die Ebene passt nicht zur Art der Organisation.",
        "The level does not fit the kind of organisation.",
    ),
    (
        FindingCode::NoSeatGroups,
        "Das Gremium hat keine Sitzgruppen.",
        "The body has no seat groups.",
    ),
    (
        FindingCode::DuplicateSeatGroupId,
        "Zwei Sitzgruppen haben dieselbe Kennung.",
        "Two seat groups share one identifier.",
    ),
    (
        FindingCode::UnknownSeatGroup,
        "Die genannte Sitzgruppe gibt es nicht.",
        "The seat group named does not exist.",
    ),
    (
        FindingCode::FilledSeatsExceedSeats,
        "Es sind mehr Sitze besetzt, als die Gruppe hat.",
        "More seats are filled than the group has.",
    ),
    (
        FindingCode::TooManySeats,
        "Das Gremium hat mehr Sitze, als ein Dokument haben kann.",
        "The body has more seats than a document can have.",
    ),
    (
        FindingCode::TermEndsBeforeStart,
        "Die Amtszeit endet, bevor sie beginnt.",
        "The term ends before it starts.",
    ),
    (
        FindingCode::MissingConstitutionDate,
        "Der Tag der konstituierenden Sitzung fehlt; ohne ihn lässt sich die Amtszeit nicht bestimmen.",
        "The day of the constituent meeting is missing; without it the term cannot be determined.",
    ),
    (
        FindingCode::SuccessorDateWithoutContinuation,
        "Ein Tag der ersten Sitzung des Nachfolgegremiums ist angegeben, aber die Amtszeit dauert nicht bis dahin fort.",
        "A first meeting of the successor body is given, but the term does not continue until then.",
    ),
    (
        FindingCode::InvalidValidity,
        "Der Geltungszeitraum endet, bevor er beginnt.",
        "The period of validity ends before it starts.",
    ),
    (
        FindingCode::InvalidShare,
        "Der Anteil ist größer als das Ganze.",
        "The share is more than a whole.",
    ),
    (
        FindingCode::EmptySelector,
        "Die Auswahl von Sitzen oder Organen ist leer.",
        "The selection of seats or organs is empty.",
    ),
    (
        FindingCode::ZeroCount,
        "Die Zahl muss mindestens 1 sein.",
        "The number must be at least 1.",
    ),
    (
        FindingCode::BodyTypeNotPermitted,
        "Diese Art von Gremium ist an diesem Tag nicht zulässig.",
        "This kind of body is not permitted on this day.",
    ),
    (
        FindingCode::MajorityRequired,
        "Die erforderliche Mehrheit ist nicht gegeben.",
        "The required majority is not met.",
    ),
    (
        FindingCode::ShareOutOfRange,
        "Der Anteil der Sitze liegt außerhalb des zulässigen Bereichs.",
        "The share of seats lies outside the permitted range.",
    ),
    (
        FindingCode::SeatCountOutOfRange,
        "Die Zahl der Sitze liegt außerhalb des zulässigen Bereichs.",
        "The number of seats lies outside the permitted range.",
    ),
    (
        FindingCode::SeatGroupNotAllowed,
        "Eine Sitzgruppe dieser Art ist in diesem Gremium nicht vorgesehen.",
        "A seat group of this kind is not provided for in this body.",
    ),
    (
        FindingCode::ChairRuleNotAllowed,
        "Der Vorsitz wird auf eine Weise bestimmt, die die Regel nicht zulässt.",
        "The chair is chosen in a way the rule does not allow.",
    ),
    (
        FindingCode::DeputyRuleNotAllowed,
        "Die Stellvertretung im Vorsitz wird auf eine Weise bestimmt, die die Regel nicht zulässt.",
        "The deputy chairs are chosen in a way the rule does not allow.",
    ),
    (
        FindingCode::TermLengthMismatch,
        "Die Amtszeit hat nicht die vorgeschriebene Dauer.",
        "The term is not of the required length.",
    ),
    (
        FindingCode::TermContinuationMismatch,
        "Ob die Amtszeit bis zur ersten Sitzung des Nachfolgegremiums fortdauert, entspricht nicht der Regel.",
        "Whether the term continues until the successor body first meets does not match the rule.",
    ),
    (
        FindingCode::LegalBasisMismatch,
        "Die Rechtsgrundlage des Gremiums ist nicht von der vorgeschriebenen Art.",
        "The legal basis of the body is not of the required kind.",
    ),
    (
        FindingCode::StageNotSupported,
        "Die Nachweise tragen die angegebene Entwicklungsstufe des Netzwerks nicht.",
        "The evidence does not support the stage the network claims.",
    ),
    (
        FindingCode::UnknownReference,
        "Der Verweis nennt kein vorhandenes Dokument.",
        "The reference names no document that is present.",
    ),
    (
        FindingCode::DuplicateDocumentId,
        "Zwei Dokumente haben dieselbe Kennung.",
        "Two documents share one identifier.",
    ),
    (
        FindingCode::ReferenceMismatch,
        "Das Dokument, auf das verwiesen wird, ist nicht von der Art, dem Land oder der Stufe, die die Verbindung verlangt.",
        "The document referred to is not of the kind, Land or stage the link requires.",
    ),
    (
        FindingCode::RosterExceedsSeats,
        "An diesem Tag haben mehr Personen Sitze der Gruppe inne, als sie Sitze hat.",
        "On this day more people hold seats of the group than it has.",
    ),
    (
        FindingCode::ChairNotMember,
        "Der Vorsitz ist aus den Mitgliedern zu wählen, hat aber keinen Sitz in der vorgesehenen Gruppe.",
        "The chair is to be elected from the members but holds no seat in the group provided.",
    ),
    (
        FindingCode::DuplicateVotingMembership,
        "Eine Person hat zur selben Zeit zwei stimmberechtigte Sitze inne.",
        "One person holds two voting seats at the same time.",
    ),
    (
        FindingCode::MembershipOutsideTerm,
        "Eine Mitgliedschaft beginnt vor oder endet nach der Amtszeit des Gremiums.",
        "A membership starts before or ends after the term of the body.",
    ),
    (
        FindingCode::ElectionDayMismatch,
        "Die Mitglieder wurden nicht am vorgeschriebenen Tag gewählt.",
        "The members were not elected on the required day.",
    ),
    (
        FindingCode::TooFewMeetings,
        "Das Gremium tagt seltener als vorgeschrieben.",
        "The body meets less often than required.",
    ),
    (
        FindingCode::MemberShareTooLow,
        "Zu wenige Mitglieder haben die geforderte Eigenschaft.",
        "Too few members have the required attribute.",
    ),
    (
        FindingCode::MemberCountExceedsMembers,
        "Es werden mehr Mitglieder mit dieser Eigenschaft gezählt, als Sitze besetzt sind.",
        "More members with this attribute are counted than seats are filled.",
    ),
    (
        FindingCode::DateOutOfRange,
        "Das Datum liegt außerhalb des unterstützten Zeitraums der Jahre 1900 bis 2199.",
        "The date lies outside the supported years 1900 to 2199.",
    ),
    (
        FindingCode::SuccessorMeetsBeforeStart,
        "Das Nachfolgegremium kann nicht vor Beginn dieser Amtszeit erstmals zusammentreten.",
        "The successor body cannot first meet before this term starts.",
    ),
    (
        FindingCode::MembershipEndsBeforeStart,
        "Die Mitgliedschaft endet, bevor sie beginnt.",
        "The membership ends before it starts.",
    ),
    (
        FindingCode::EmptyRange,
        "Der Bereich ist leer: sein Minimum liegt über seinem Maximum.",
        "The range is empty: its minimum lies above its maximum.",
    ),
    (
        FindingCode::FoundingYearMismatch,
        "Das Gründungsjahr liegt außerhalb des unterstützten Zeitraums oder widerspricht dem Gründungsdatum.",
        "The founding year lies outside the supported range or disagrees with the founding date.",
    ),
    (
        FindingCode::MissingLand,
        "Das Land fehlt; ein Verband oder Netzwerk auf Landes- oder örtlicher Ebene muss es nennen.",
        "The Land is missing; an association or network at Land or local level must name it.",
    ),
    (
        FindingCode::MissingArea,
        "Das Gebiet fehlt; ein örtliches Netzwerk muss es nennen.",
        "The area is missing; a local network must name it.",
    ),
    (
        FindingCode::DuplicateRuleId,
        "Zwei Regeln haben dieselbe Kennung.",
        "Two rules share one identifier.",
    ),
    (
        FindingCode::OverlappingVersions,
        "Zwei Fassungen derselben Regel gelten am selben Tag.",
        "Two versions of one rule are in force on the same day.",
    ),
    (
        FindingCode::OverlappingRegimes,
        "Zwei Regelungen für dasselbe Land, dieselbe Art von Gremium und dieselbe Ebene gelten am selben Tag.",
        "Two regimes for one Land, kind of body and level cover the same day.",
    ),
    (
        FindingCode::RuleOutsideCoverage,
        "Eine Regel gilt außerhalb des Zeitraums, den ihre Regelung abdeckt.",
        "A rule is in force outside the period its regime covers.",
    ),
    (
        FindingCode::RightNarrowed,
        "Die örtliche Regelung schwächt ein gesetzliches Beteiligungsrecht ab; eine Satzung kann ein gesetzliches Recht nicht einschränken.",
        "The local provision weakens a statutory participation right; a Satzung cannot take a statutory right away.",
    ),
    (
        FindingCode::MembershipCycle,
        "Ein Verband ist über seine Mitglieder Mitglied seiner selbst.",
        "An association is a member of itself through its members.",
    ),
    (
        FindingCode::TooManyFindings,
        "Es gibt weitere Feststellungen, die nicht einzeln aufgeführt werden.",
        "There are more findings than are listed.",
    ),
    (
        FindingCode::DatesOutOfOrder,
        "Die Tage sind nicht in zeitlicher Reihenfolge oder einer ist doppelt angegeben.",
        "The days are not in order, or one is given twice.",
    ),
    (
        FindingCode::TermGivenTwice,
        "Das Dokument nennt eine einzelne Amtszeit und zugleich eine Liste von Amtszeiten; es darf nur eine der beiden Formen verwenden.",
        "The document gives a single term and a list of terms at once; it may use only one of the two forms.",
    ),
    (
        FindingCode::BodyLapsed,
        "Das Gremium ist kraft Gesetzes entfallen.",
        "The body has lapsed by statute.",
    ),
    (
        FindingCode::VerifiedOnWeakSource,
        "Die Regel ist als bestätigt erfasst, ihre Quelle aber weder Gesetzestext noch Gesetzblatt noch ein amtliches Dokument des Landtags oder eines Ministeriums.",
        "The rule is recorded as verified, but its source is neither statute text, nor the gazette, nor an official document of the Landtag or a ministry.",
    ),
    (
        FindingCode::UnknownReplacedRule,
        "Die Regel, die diese ersetzen soll, gibt es nicht, oder sie ist von anderer Art oder aus einem anderen Land.",
        "The rule this one is said to replace does not exist, or is of another kind or Land.",
    ),
    (
        FindingCode::NoBodyInOffice,
        "An diesem Tag ist kein Gremium im Amt, obwohl das Gesetz es verlangt: die letzte erfasste Amtszeit ist beendet, ohne dass ein Nachfolgegremium erfasst ist, oder das Gremium wurde aufgelöst.",
        "No body is in office on this day although the statute requires one: the last recorded term has ended with no successor recorded, or the body was dissolved.",
    ),
    (
        FindingCode::NoLists,
        "Das Wahlergebnis nennt keinen Wahlvorschlag.",
        "The election result names no election proposal.",
    ),
    (
        FindingCode::DuplicateListName,
        "Zwei Wahlvorschläge haben denselben Namen.",
        "Two election proposals share one name.",
    ),
    (
        FindingCode::DuplicateCandidate,
        "Ein Wahlvorschlag nennt dieselbe Person zweimal.",
        "An election proposal names the same person twice.",
    ),
    (
        FindingCode::CandidateCountMismatch,
        "Die Zahl der Bewerber passt nicht: Ein Einzelbewerber ist eine Person, und eine angegebene Bewerberzahl muss der Zahl der genannten Bewerber entsprechen.",
        "The number of candidates does not fit: a single candidate is one person, and a number of candidates given must equal the candidates named.",
    ),
    (
        FindingCode::ElectedSeatsMismatch,
        "Die Wahl vergibt nicht so viele Sitze, wie das Gremium direkt gewählte Sitze hat.",
        "The election does not fill as many seats as the body has directly elected seats.",
    ),
];

/// The headline of `code` in German and English.
fn headlines(code: FindingCode) -> (&'static str, &'static str) {
    HEADLINES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map_or(("", ""), |(_, de, en)| (*de, *en))
}

impl fmt::Display for Finding {
    /// The place, the German message and the citation. The alternate form
    /// (`{:#}`), for developers' logs, adds the code and the rule id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message(Language::De))?;
        if let Some(c) = &self.citation {
            write!(f, " ({c})")?;
        }
        if f.alternate() {
            write!(f, " [{}; {}]", self.code.as_str(), self.rule)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod headline_tests {
    use super::{FindingCode, HEADLINES};

    /// Every code has exactly one headline, in both languages.
    #[test]
    fn every_code_has_one_headline_in_both_languages() {
        for code in FindingCode::iter() {
            let rows: Vec<_> = HEADLINES.iter().filter(|(c, _, _)| *c == code).collect();
            assert_eq!(rows.len(), 1, "{code:?}");
            assert!(!rows[0].1.is_empty() && !rows[0].2.is_empty(), "{code:?}");
        }
        assert_eq!(HEADLINES.len(), FindingCode::iter().count());
    }
}

#[cfg(test)]
mod render_tests {
    use super::*;

    #[test]
    fn quantities_have_their_units_in_both_languages() {
        let mut s = String::new();
        write_requirement(
            &mut s,
            Requirement::Between {
                min: Quantity::Seats(3),
                max: Quantity::Seats(37),
            },
            Language::De,
        )
        .unwrap();
        assert_eq!(s, "3 bis 37 Sitze");
        s.clear();
        write_requirement(
            &mut s,
            Requirement::AtLeast(Quantity::Date(NaiveDate::from_ymd_opt(2020, 5, 1).unwrap())),
            Language::De,
        )
        .unwrap();
        assert_eq!(s, "nicht vor dem 01.05.2020");
        s.clear();
        write_quantity(&mut s, Quantity::Seats(1), Language::En).unwrap();
        assert_eq!(s, "1 seat");
    }
}
