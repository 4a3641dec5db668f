//! Reading any document of the crate's format.

use crate::body::RepresentationBody;
use crate::error::{Error, JsonPointer};
use crate::organisation::{Association, Network};
use crate::read::{Object, deserialize_str};

/// Any document this crate reads, told apart by its `document_type`.
///
/// # Example
/// ```
/// use migrant_representation::Document;
/// let json = std::fs::read_to_string("examples/data/history/kaufbeuren-integrationsbeirat.json")?;
/// match Document::from_json_str(&json)? {
///     Document::RepresentationBody(b) => assert_eq!(b.composition().voting_seats(), 25),
///     other => panic!("unexpected {other:?}"),
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
#[expect(
    clippy::large_enum_variant,
    reason = "boxing the body would cost an allocation per document for no gain: a Document is a short-lived value"
)]
pub enum Document {
    /// `"document_type": "representation_body"`.
    RepresentationBody(RepresentationBody),
    /// `"document_type": "association"`.
    Association(Association),
    /// `"document_type": "network"`.
    Network(Network),
}

/// The type of a document, as its `document_type` field names it.
///
/// ```
/// use migrant_representation::DocumentType;
/// assert_eq!(DocumentType::Network.as_str(), "network");
/// assert_eq!("association".parse::<DocumentType>(), Ok(DocumentType::Association));
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
    strum::Display,
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum DocumentType {
    /// A migrant representation body ([`RepresentationBody`]).
    RepresentationBody,
    /// An association ([`Association`]).
    Association,
    /// A network of migrant organisations ([`Network`]).
    Network,
}

crate::enums::variants!(DocumentType, [RepresentationBody, Association, Network]);

crate::enums::names!(DocumentType, "document type");

impl DocumentType {
    /// The value of the `document_type` field.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The `document_type` values a reader accepts, for messages.
const EXPECTED: &str = "\"representation_body\", \"association\" or \"network\"";

impl Document {
    /// Reads a document of any type from JSON and validates its structure.
    ///
    /// # Errors
    /// [`Error::Syntax`] for invalid JSON; [`Error::Malformed`] with a JSON
    /// Pointer for a missing or unknown `document_type` or a wrong shape;
    /// [`Error::Invalid`] for broken structural rules.
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{Document, Error};
    /// let json = std::fs::read_to_string("examples/data/laka-bw.json")?;
    /// let Document::Association(laka) = Document::from_json_str(&json)? else { panic!("an association") };
    /// assert_eq!(laka.id, "laka-bw");
    /// // The type comes first: without it, nothing else is read.
    /// let err = Document::from_json_str(r#"{"id": "laka-bw"}"#).unwrap_err();
    /// assert!(matches!(&err, Error::Malformed { path, .. } if path.as_str() == "/document_type"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(s: &str) -> Result<Self, Error> {
        /// The one field that tells the document types apart.
        #[derive(serde::Deserialize)]
        struct Peek<'a> {
            #[serde(borrow, default)]
            document_type: Option<std::borrow::Cow<'a, str>>,
        }
        let path = JsonPointer::root().field("document_type");
        let peek: Peek<'_> = match deserialize_str::<Object<Peek<'_>>>(s) {
            Ok(p) => p.0,
            Err(Error::Malformed { message, .. }) if message.starts_with("duplicate field") => {
                return Err(Error::Malformed {
                    path,
                    message: "the type of the document is given twice; a document has one type"
                        .into(),
                });
            }
            Err(Error::Malformed { path: p, message }) if p.as_str().is_empty() => {
                return Err(Error::Malformed {
                    path: p,
                    message: format!("a document must be a JSON object ({message})"),
                });
            }
            Err(Error::Malformed { message, .. }) => {
                return Err(Error::Malformed {
                    path,
                    message: format!("`document_type` must be a string ({message})"),
                });
            }
            Err(e) => return Err(e),
        };
        let Some(name) = peek.document_type else {
            return Err(Error::Malformed {
                path,
                message: "missing field `document_type`".into(),
            });
        };
        match name.parse::<DocumentType>() {
            Ok(DocumentType::RepresentationBody) => Ok(Self::RepresentationBody(
                RepresentationBody::from_json_str(s)?,
            )),
            Ok(DocumentType::Association) => Ok(Self::Association(Association::from_json_str(s)?)),
            Ok(DocumentType::Network) => Ok(Self::Network(Network::from_json_str(s)?)),
            Err(_) if name == "election_result" => Err(Error::Malformed {
                path,
                message: "an election result is not the document of a body or an organisation; \
                          read it with ElectionResult::from_json_str (the `elect` example)"
                    .into(),
            }),
            Err(_) => Err(Error::Malformed {
                path,
                message: format!(
                    "unknown document_type {:?}; expected {EXPECTED}",
                    crate::limits::clip(&name)
                ),
            }),
        }
    }

    /// The document's identifier.
    ///
    /// ```
    /// use migrant_representation::Document;
    /// let json = std::fs::read_to_string("examples/data/networks/netzwerk-stage.json")?;
    /// assert_eq!(Document::from_json_str(&json)?.id(), "netzwerk-musterstadt");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &str {
        match self {
            Self::RepresentationBody(b) => b.id(),
            Self::Association(a) => &a.id,
            Self::Network(n) => &n.id,
        }
    }

    /// The type of the document.
    ///
    /// ```
    /// use migrant_representation::{Document, DocumentType};
    /// let json = std::fs::read_to_string("examples/data/bv-nemo.json")?;
    /// let doc = Document::from_json_str(&json)?;
    /// assert_eq!(doc.document_type(), DocumentType::Association);
    /// assert_eq!(doc.document_type().as_str(), "association");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn document_type(&self) -> DocumentType {
        match self {
            Self::RepresentationBody(_) => DocumentType::RepresentationBody,
            Self::Association(_) => DocumentType::Association,
            Self::Network(_) => DocumentType::Network,
        }
    }

    /// The official German name.
    ///
    /// ```
    /// use migrant_representation::Document;
    /// let json = std::fs::read_to_string("examples/data/wiesbaden-auslaenderbeirat.json")?;
    /// let doc = Document::from_json_str(&json)?;
    /// assert_eq!(doc.official_name(), "Ausländerbeirat der Landeshauptstadt Wiesbaden");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn official_name(&self) -> &str {
        match self {
            Self::RepresentationBody(b) => b.official_name(),
            Self::Association(a) => &a.official_name,
            Self::Network(n) => &n.official_name,
        }
    }

    /// The document as JSON.
    ///
    /// # Errors
    /// Never in practice; serde_json's error is passed on.
    ///
    /// # Example
    /// ```
    /// use migrant_representation::Document;
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let doc = Document::from_json_str(&json)?;
    /// let value = doc.to_json_value()?;
    /// assert_eq!(value["document_type"], "representation_body");
    /// assert_eq!(value["composition"]["seat_groups"][0]["seats"], 22);
    /// // What is written reads back as the same document.
    /// assert_eq!(Document::from_json_str(&value.to_string())?, doc);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json_value(&self) -> Result<serde_json::Value, serde_json::Error> {
        match self {
            Self::RepresentationBody(b) => serde_json::to_value(b),
            Self::Association(a) => serde_json::to_value(a),
            Self::Network(n) => serde_json::to_value(n),
        }
    }
}
