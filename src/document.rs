//! Reading any document of the crate's format.

use chrono::NaiveDate;

use crate::body::RepresentationBody;
use crate::error::{CheckError, Error, JsonPointer};
use crate::law::Report;
use crate::organisation::{Association, Network};

/// Any document this crate reads, told apart by its `document_type`.
///
/// # Example
/// ```
/// use migrant_representation::Document;
/// let json = std::fs::read_to_string("examples/data/kaufbeuren-integrationsbeirat.json")?;
/// match Document::from_json_str(&json)? {
///     Document::RepresentationBody(b) => assert_eq!(b.composition().voting_seats(), 25),
///     other => panic!("unexpected {other:?}"),
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
// Boxing the body would cost an allocation per document for no gain: a
// `Document` is a short-lived value.
#[allow(clippy::large_enum_variant)]
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
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
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
            Err(_) => Err(Error::Malformed {
                path,
                message: format!(
                    "unknown document_type {:?}; expected {EXPECTED}",
                    name.chars().take(40).collect::<String>()
                ),
            }),
        }
    }

    /// The document's identifier.
    #[must_use]
    pub fn id(&self) -> &str {
        match self {
            Self::RepresentationBody(b) => b.id(),
            Self::Association(a) => &a.id,
            Self::Network(n) => &n.id,
        }
    }

    /// Checks the document on `date`: a representation body against the law
    /// in force and its local rules. Associations and networks have no
    /// compliance rules yet and give `Ok(None)`; their structure was checked
    /// when they were read.
    ///
    /// # Errors
    /// [`CheckError`] when no recorded law covers a body on `date`.
    pub fn check(&self, date: NaiveDate) -> Result<Option<Report>, CheckError> {
        match self {
            Self::RepresentationBody(b) => b.check(date).map(Some),
            Self::Association(_) | Self::Network(_) => Ok(None),
        }
    }

    /// Every violation of the document on `date`, whatever its type: a
    /// body's compliance violations, a network's stage violations (an
    /// association has none of its own; its links need a
    /// [`crate::Registry`]).
    ///
    /// # Errors
    /// [`CheckError`] when no recorded law covers a body on `date`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::Document;
    /// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    /// for file in ["examples/data/invalid/nrw-integrationsrat-parity.json", "examples/data/invalid/network-claims-verbund.json"] {
    ///     let doc = Document::from_json_str(&std::fs::read_to_string(file)?)?;
    ///     assert!(!doc.violations(on)?.is_empty());
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn violations(&self, date: NaiveDate) -> Result<Vec<crate::Violation>, CheckError> {
        Ok(match self {
            Self::RepresentationBody(b) => b.check(date)?.violations,
            Self::Network(n) => n.stage_violations(),
            Self::Association(_) => Vec::new(),
        })
    }

    /// The type of the document.
    #[must_use]
    pub fn document_type(&self) -> DocumentType {
        match self {
            Self::RepresentationBody(_) => DocumentType::RepresentationBody,
            Self::Association(_) => DocumentType::Association,
            Self::Network(_) => DocumentType::Network,
        }
    }

    /// The official German name.
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
    pub fn to_json_value(&self) -> Result<serde_json::Value, serde_json::Error> {
        match self {
            Self::RepresentationBody(b) => serde_json::to_value(b),
            Self::Association(a) => serde_json::to_value(a),
            Self::Network(n) => serde_json::to_value(n),
        }
    }
}

/// Deserializes `s` straight from the text (no intermediate JSON tree),
/// keeping the JSON Pointer of a shape error and the line and column of a
/// syntax error.
pub(crate) fn deserialize_str<'a, T: serde::Deserialize<'a>>(s: &'a str) -> Result<T, Error> {
    // Fast path: plain serde. Only a failing document is read a second time,
    // with path tracking, to say where it fails.
    match serde_json::from_str(s) {
        Ok(value) => Ok(value),
        Err(e) if e.classify() != serde_json::error::Category::Data => {
            Err(Error::from_json_error(e))
        }
        Err(_) => {
            let mut de = serde_json::Deserializer::from_str(s);
            let value: T =
                serde_path_to_error::deserialize(&mut de).map_err(Error::from_path_error)?;
            de.end().map_err(Error::from_json_error)?;
            Ok(value)
        }
    }
}

/// A value that must be written as a JSON object.
///
/// serde's derived visitor for a struct also accepts a sequence of its
/// fields in order (`["id", "name", …]`), and no attribute turns that off.
/// Documents are objects, as their schemas say, so the document types read
/// through this wrapper. Its `Deserialize` is written by hand for that
/// reason alone: it asks for a map and hands the map to `T`'s derived
/// implementation unchanged. Its schema is `T`'s, by the same delegation
/// (schemars' `transparent` would add a reference where the document's
/// schema must be `T`'s own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Object<T>(pub(crate) T);

impl<T: schemars::JsonSchema> schemars::JsonSchema for Object<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(g)
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Object<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit<T>(std::marker::PhantomData<T>);
        impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for Visit<T> {
            type Value = Object<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Object<T>, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Object)
            }
        }
        d.deserialize_map(Visit(std::marker::PhantomData))
    }
}
