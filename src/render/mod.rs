//! The report of a body as a page for people: HTML (one self-contained
//! file: no scripts, no external assets, printable on A4) and Markdown, in
//! German or English (feature `report`).
//!
//! A [`Page`] shows a body's [`Report`] on a date: the facts, the seat
//! chart and a seat table, the verdict with every finding (the place said
//! in words, never as a JSON Pointer), the joint proposal for the seat plan
//! ([`Report::proposal`]), the rules applied (the statute's and the
//! body's local rules), the participation rights and, when given, the
//! verdict over time ([`RepresentationBody::check_between`]). A
//! [`NetworkPage`] shows a network of migrant organisations: its stage as
//! claimed and as evidenced, and whether it may join the federal
//! association. An [`ErrorPage`] shows why a document could not be read,
//! listing its defects in words, or why a body could not be checked.
//!
//! Quotations are honest: a rule's statement stands in „…“ only when it is
//! the statute's wording (its German statement starts with „) or the
//! document's own local rule; a paraphrase is marked „sinngemäß“
//! ("paraphrase"), and the English of a statute's wording is marked as a
//! translation.
//!
//! The output is deterministic: the same input gives the same bytes. No
//! clock, no I/O: the functions return `String`s.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use migrant_representation::{Language, render::Page, RepresentationBody};
//! let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
//! let body = RepresentationBody::from_json_str(&json)?;
//! let report = body.check(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
//! let html = Page::new(&body, &report, Language::De).html();
//! assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"de\">"));
//! assert!(html.contains("<table") && html.contains("<svg") && !html.contains("<script"));
//! let md = Page::new(&body, &report, Language::En).markdown();
//! assert!(md.starts_with("# Compliance report: "));
//! assert!(md.contains("| Seat group | Seats | Vote | Filled |"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`Report`]: crate::law::report::Report
//! [`Report::proposal`]: crate::law::report::Report::proposal
//! [`RepresentationBody::check_between`]: crate::body::RepresentationBody::check_between

mod content;
mod html;
mod markdown;
mod words;

use crate::body::RepresentationBody;
use crate::error::Error;
use crate::language::Language;
use crate::law::between::Interval;
use crate::law::report::Report;
use crate::organisation::Network;

/// The page of a network of migrant organisations: the stage it claims
/// and the stage its evidence supports, each criterion of the three stages
/// (Initiative, Netzwerk, Verbund) with whether it is evidenced, the
/// criteria of the claimed stage without evidence, and whether it may join
/// the federal association. The stages follow the federal association's
/// model, not a statute, and the page says so.
///
/// # Example
/// ```
/// use migrant_representation::{Document, Language, render::NetworkPage};
/// let json = std::fs::read_to_string("examples/data/invalid/network-claims-verbund.json")?;
/// let Document::Network(n) = Document::from_json_str(&json)? else { unreachable!() };
/// let html = NetworkPage::new(&n, Language::De).html();
/// assert!(html.contains("Die Nachweise tragen die angegebene Entwicklungsstufe nicht."));
/// assert!(html.contains("<td>Das Netzwerk hat Personal.</td>"));
/// let md = NetworkPage::new(&n, Language::En).markdown();
/// assert!(md.contains("| Stage | Criterion | Evidenced |"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct NetworkPage<'a> {
    network: &'a Network,
    language: Language,
}

impl<'a> NetworkPage<'a> {
    /// The page of `network`, in `language`.
    ///
    /// ```
    /// # use migrant_representation::{Document, Language, render::NetworkPage};
    /// # let json = std::fs::read_to_string("examples/data/networks/verbund-stage.json")?;
    /// # let Document::Network(n) = Document::from_json_str(&json)? else { unreachable!() };
    /// let page = NetworkPage::new(&n, Language::De);
    /// assert!(page.html().contains("Die Nachweise tragen die angegebene Entwicklungsstufe."));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(network: &'a Network, language: Language) -> Self {
        Self { network, language }
    }

    /// The page as one self-contained HTML document.
    ///
    /// ```
    /// # use migrant_representation::{Document, Language, render::NetworkPage};
    /// # let json = std::fs::read_to_string("examples/data/networks/netzwerk-stage.json")?;
    /// # let Document::Network(n) = Document::from_json_str(&json)? else { unreachable!() };
    /// let html = NetworkPage::new(&n, Language::En).html();
    /// assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">") && !html.contains("<script"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn html(&self) -> String {
        html::page(&content::of_network(self.network, self.language))
    }

    /// The page as Markdown.
    ///
    /// ```
    /// # use migrant_representation::{Document, Language, render::NetworkPage};
    /// # let json = std::fs::read_to_string("examples/data/networks/netzwerk-stage.json")?;
    /// # let Document::Network(n) = Document::from_json_str(&json)? else { unreachable!() };
    /// let md = NetworkPage::new(&n, Language::De).markdown();
    /// assert!(md.contains("## Beitritt zum Bundesverband"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn markdown(&self) -> String {
        markdown::page(&content::of_network(self.network, self.language))
    }
}

/// The report page of one body checked on one date.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::{Language, render::Page, RepresentationBody};
/// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
/// let body = RepresentationBody::from_json_str(&json)?;
/// let report = body.check(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
/// let from = NaiveDate::from_ymd_opt(2012, 1, 1).unwrap();
/// let until = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
/// let history: Vec<_> = body.check_between(from, until)?.collect();
/// let page = Page::new(&body, &report, Language::De).over_time(&history);
/// assert!(page.html().contains("Ergebnis im Zeitverlauf"));
/// assert!(page.markdown().contains("## Ergebnis im Zeitverlauf"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Page<'a> {
    body: &'a RepresentationBody,
    report: &'a Report,
    over_time: &'a [Interval],
    language: Language,
}

impl<'a> Page<'a> {
    /// The page of `body` with its `report`, in `language`.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use migrant_representation::{Language, RepresentationBody, render::Page};
    /// # let body = RepresentationBody::from_json_str(&std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?)?;
    /// # let report = body.check(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
    /// let page = Page::new(&body, &report, Language::De);
    /// assert!(page.html().contains("<h1>Prüfbericht: "));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(body: &'a RepresentationBody, report: &'a Report, language: Language) -> Self {
        Self {
            body,
            report,
            over_time: &[],
            language,
        }
    }

    /// Adds the verdict over time (the intervals of
    /// [`RepresentationBody::check_between`]).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use migrant_representation::{Language, RepresentationBody, render::Page};
    /// # let body = RepresentationBody::from_json_str(&std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?)?;
    /// # let report = body.check(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
    /// let page = Page::new(&body, &report, Language::De);
    /// assert!(!page.over_time(&[]).html().contains("Zeitverlauf"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn over_time(mut self, intervals: &'a [Interval]) -> Self {
        self.over_time = intervals;
        self
    }

    /// The page as one self-contained HTML document.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use migrant_representation::{Language, RepresentationBody, render::Page};
    /// # let body = RepresentationBody::from_json_str(&std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?)?;
    /// # let report = body.check(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
    /// let page = Page::new(&body, &report, Language::De);
    /// assert!(page.html().contains("@page{size:A4"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn html(&self) -> String {
        html::page(&content::of_report(
            self.body,
            self.report,
            self.over_time,
            self.language,
        ))
    }

    /// The page as Markdown (GitHub-flavoured: tables).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use migrant_representation::{Language, RepresentationBody, render::Page};
    /// # let body = RepresentationBody::from_json_str(&std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?)?;
    /// # let report = body.check(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
    /// let page = Page::new(&body, &report, Language::De);
    /// assert!(page.markdown().contains("| Sitzgruppe | Sitze | Stimmrecht | Besetzt |"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn markdown(&self) -> String {
        markdown::page(&content::of_report(
            self.body,
            self.report,
            self.over_time,
            self.language,
        ))
    }
}

/// The page of a document that could not be read: what is wrong, every
/// structural defect with its place in words.
///
/// # Example
/// ```
/// use migrant_representation::{Document, Language, render::ErrorPage};
/// let text = std::fs::read_to_string("examples/data/invalid/structural-errors.json")?;
/// let err = Document::from_json_str(&text).unwrap_err();
/// let json: serde_json::Value = serde_json::from_str(&text)?;
/// let page = ErrorPage::new("structural-errors.json", &err, Language::De).document(&json);
/// let html = page.html();
/// assert!(html.contains("Das Dokument kann nicht gelesen werden"));
/// assert!(!html.contains("/composition"));
/// assert!(page.markdown().contains("## Formfehler"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage<'a> {
    name: &'a str,
    error: &'a Error,
    document: Option<&'a serde_json::Value>,
    language: Language,
}

impl<'a> ErrorPage<'a> {
    /// The page of `error`, for the document called `name` (its file
    /// name, for example), in `language`. A body that was read but cannot
    /// be checked ([`Error::Check`], [`Error::Period`]) is said to be read.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use migrant_representation::{Error, Language, RepresentationBody, render::ErrorPage};
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let err = Error::from(body.check(NaiveDate::from_ymd_opt(1980, 1, 1).unwrap()).unwrap_err());
    /// let html = ErrorPage::new("koeln-integrationsrat.json", &err, Language::De).html();
    /// assert!(html.contains("Das Dokument wurde gelesen, kann aber nicht nach dem Recht geprüft werden."));
    /// assert!(html.contains("der 01.01.1980 liegt davor"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// ```
    /// # use migrant_representation::{Document, Language, render::ErrorPage};
    /// let err = Document::from_json_str("{").unwrap_err();
    /// let page = ErrorPage::new("antrag.json", &err, Language::En);
    /// assert!(page.markdown().starts_with("# Compliance report: antrag.json"));
    /// ```
    #[must_use]
    pub fn new(name: &'a str, error: &'a Error, language: Language) -> Self {
        Self {
            name,
            error,
            document: None,
            language,
        }
    }

    /// The document's JSON, where it could be parsed: seat groups are then
    /// named by their labels.
    ///
    /// ```
    /// # use migrant_representation::{Document, Language, render::ErrorPage};
    /// let err = Document::from_json_str("{").unwrap_err();
    /// let json = serde_json::json!({});
    /// let page = ErrorPage::new("antrag.json", &err, Language::De).document(&json);
    /// assert!(page.html().contains("kein gültiges JSON"));
    /// ```
    #[must_use]
    pub fn document(mut self, json: &'a serde_json::Value) -> Self {
        self.document = Some(json);
        self
    }

    /// The page as one self-contained HTML document.
    ///
    /// ```
    /// # use migrant_representation::{Document, Language, render::ErrorPage};
    /// let err = Document::from_json_str("{").unwrap_err();
    /// assert!(ErrorPage::new("antrag.json", &err, Language::De).html().contains("<html lang=\"de\">"));
    /// ```
    #[must_use]
    pub fn html(&self) -> String {
        html::page(&content::of_error(
            self.name,
            self.error,
            self.document,
            self.language,
        ))
    }

    /// The page as Markdown.
    ///
    /// ```
    /// # use migrant_representation::{Document, Language, render::ErrorPage};
    /// let err = Document::from_json_str("{").unwrap_err();
    /// assert!(ErrorPage::new("antrag.json", &err, Language::De).markdown().contains("## Fehler"));
    /// ```
    #[must_use]
    pub fn markdown(&self) -> String {
        markdown::page(&content::of_error(
            self.name,
            self.error,
            self.document,
            self.language,
        ))
    }
}
