//! A set of documents whose references to each other are resolved.

use crate::document::Document;
use crate::error::{Finding, FindingCode, JsonPointer};
use crate::land::Land;
use crate::network::MaturityStage;
use crate::network::NEMO_CHARACTERISTICS;
use crate::organisation::{AssociationKind, MemberReference, ReferenceKind};

/// Documents that refer to each other by id: a state association to its
/// municipal bodies, the federal association to the state associations, a
/// federal network association to its Verbünde.
///
/// # Example
/// ```
/// use migrant_representation::{Document, Registry};
/// let laka = Document::from_json_str(r#"{
///   "document_type": "association", "schema_version": 1, "id": "laka-bw",
///   "official_name": "LAKA Baden-Württemberg", "english_label": "LAKA Baden-Württemberg",
///   "kind": "state_association", "scope": {"level": "state", "land": "BW"}, "founded_on": "1998-06-13"
/// }"#)?;
/// let bzi = Document::from_json_str(r#"{
///   "document_type": "association", "schema_version": 1, "id": "bzi",
///   "official_name": "Bundeszuwanderungs- und Integrationsrat", "english_label": "Federal Immigration and Integration Council",
///   "kind": "federal_association", "scope": {"level": "federal"}, "founded_on": "1998-03-28",
///   "members": [{"id": "laka-bw", "kind": "association"}]
/// }"#)?;
/// assert!(Registry::new(vec![bzi.clone(), laka]).link_violations().is_empty());
/// // Without its member the federal association's link goes nowhere.
/// let alone = Registry::new(vec![bzi]);
/// assert_eq!(alone.link_violations()[0].1.code.as_str(), "unknown_reference");
/// # Ok::<(), migrant_representation::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Registry {
    documents: Vec<Document>,
    /// The index of the first document with each id.
    index: std::collections::HashMap<String, usize>,
}

impl Registry {
    /// A registry of these documents.
    ///
    /// ```
    /// use migrant_representation::{Document, Registry};
    /// let read = |f: &str| -> Result<Document, Box<dyn std::error::Error>> {
    ///     Ok(Document::from_json_str(&std::fs::read_to_string(format!("examples/data/{f}.json"))?)?)
    /// };
    /// // The federal council and the three state associations it names as members.
    /// let registry = Registry::new(vec![read("bzi")?, read("laka-bw")?, read("agarp")?, read("agaby")?]);
    /// assert_eq!(registry.documents().len(), 4);
    /// assert!(registry.link_violations().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(documents: Vec<Document>) -> Self {
        let mut index = std::collections::HashMap::with_capacity(documents.len());
        for (i, d) in documents.iter().enumerate() {
            index.entry(d.id().to_owned()).or_insert(i);
        }
        Self { documents, index }
    }

    /// The documents.
    ///
    /// ```
    /// use migrant_representation::{Document, Registry};
    /// let json = std::fs::read_to_string("examples/data/laka-bw.json")?;
    /// let registry = Registry::new(vec![Document::from_json_str(&json)?]);
    /// let names: Vec<&str> = registry.documents().iter().map(Document::id).collect();
    /// assert_eq!(names, ["laka-bw"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// The document with this id (the first, if ids repeat).
    ///
    /// ```
    /// use migrant_representation::{Document, Registry};
    /// let read = |f: &str| -> Result<Document, Box<dyn std::error::Error>> {
    ///     Ok(Document::from_json_str(&std::fs::read_to_string(format!("examples/data/{f}.json"))?)?)
    /// };
    /// let registry = Registry::new(vec![read("bzi")?, read("laka-bw")?]);
    /// assert!(registry.get("laka-bw").is_some_and(|d| d.official_name().contains("Baden-Württemberg")));
    /// assert!(registry.get("agaby").is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Document> {
        self.index.get(id).map(|i| &self.documents[*i])
    }

    /// Every broken link, as `(id of the referring document, violation)`:
    /// ids used twice (`duplicate_document_id`), references to documents
    /// that are not there (`unknown_reference`), and references to documents
    /// of another kind, Land or stage than the link requires
    /// (`reference_mismatch`).
    ///
    /// ```
    /// use migrant_representation::{Document, FindingCode, Registry};
    /// let read = |f: &str| -> Result<Document, Box<dyn std::error::Error>> {
    ///     Ok(Document::from_json_str(&std::fs::read_to_string(format!("examples/data/{f}.json"))?)?)
    /// };
    /// // The federal council names three members; only one is in the registry.
    /// let registry = Registry::new(vec![read("bzi")?, read("laka-bw")?]);
    /// let broken = registry.link_violations();
    /// assert_eq!(broken.len(), 2);
    /// assert!(broken.iter().all(|(id, v)| id == "bzi" && v.code == FindingCode::UnknownReference));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn link_violations(&self) -> Vec<(String, Finding)> {
        self.link_violations_by_document()
            .into_iter()
            .map(|(i, v)| (self.documents[i].id().to_owned(), v))
            .collect()
    }

    /// Every broken link, as `(position of the document in the registry,
    /// violation)`: a duplicate id is reported on the second document, not
    /// on the first. Also reports an association that is its own member,
    /// directly or through others (`membership_cycle`). Linear in the
    /// number of documents and references.
    ///
    /// ```
    /// use migrant_representation::{Document, FindingCode, Registry};
    /// let json = std::fs::read_to_string("examples/data/laka-bw.json")?;
    /// let laka = Document::from_json_str(&json)?;
    /// // The same document twice: the second copy is the one reported.
    /// let registry = Registry::new(vec![laka.clone(), laka]);
    /// let broken = registry.link_violations_by_document();
    /// assert_eq!(broken.len(), 1);
    /// assert_eq!((broken[0].0, broken[0].1.code), (1, FindingCode::DuplicateDocumentId));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn link_violations_by_document(&self) -> Vec<(usize, Finding)> {
        let mut index = LinkIndex::new();
        for d in &self.documents {
            index.push(d);
        }
        index.link_violations_by_document()
    }
}

/// What the links between documents need to know of each: its id and
/// kind, a body's Land, whether a network is a Verbund, and an
/// association's kind, Land and member references. A [`Registry`] without
/// the documents: a program that validates many files keeps this index and
/// lets each document go once it is checked (memory grows with the ids and
/// references, not with the documents).
///
/// # Example
/// ```
/// use migrant_representation::{Document, LinkIndex};
/// let bzi = Document::from_json_str(r#"{
///   "document_type": "association", "schema_version": 1, "id": "bzi",
///   "official_name": "Bundeszuwanderungs- und Integrationsrat", "english_label": "Federal Immigration and Integration Council",
///   "kind": "federal_association", "scope": {"level": "federal"}, "founded_on": "1998-03-28",
///   "members": [{"id": "laka-bw", "kind": "association"}]
/// }"#)?;
/// let mut index = LinkIndex::new();
/// index.push(&bzi); // the document may be dropped now
/// assert_eq!(index.len(), 1);
/// let broken = index.link_violations_by_document();
/// assert_eq!(broken[0].0, 0);
/// assert_eq!(broken[0].1.code.as_str(), "unknown_reference");
/// # Ok::<(), migrant_representation::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkIndex {
    entries: Vec<Entry>,
    /// The position of the first entry with each id.
    index: std::collections::HashMap<String, usize>,
}

/// One document as the links see it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    kind: ReferenceKind,
    /// A body's Land.
    land: Option<Land>,
    /// A network whose evidence supports the stage of a Verbund.
    federation: bool,
    /// An association's links.
    association: Option<Links>,
    /// Not the first document with its id.
    duplicate: bool,
}

/// An association's kind, Land and members.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Links {
    kind: AssociationKind,
    land: Option<Land>,
    members: Vec<MemberReference>,
}

impl LinkIndex {
    /// An empty index.
    ///
    /// ```
    /// use migrant_representation::{Document, LinkIndex};
    /// let body = Document::from_json_str(&std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?)?;
    /// let mut index = LinkIndex::new();
    /// assert!(index.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds what the links need of `document`, at the next position.
    ///
    /// ```
    /// use migrant_representation::{Document, LinkIndex};
    /// let body = Document::from_json_str(&std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?)?;
    /// let mut index = LinkIndex::new();
    /// index.push(&body);
    /// index.push(&body); // the same id twice
    /// assert_eq!(index.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn push(&mut self, document: &Document) {
        let position = self.entries.len();
        let duplicate = self.index.contains_key(document.id());
        if !duplicate {
            self.index.insert(document.id().to_owned(), position);
        }
        let entry = match document {
            Document::RepresentationBody(b) => Entry {
                kind: ReferenceKind::RepresentationBody,
                land: Some(b.jurisdiction().land),
                federation: false,
                association: None,
                duplicate,
            },
            Document::Network(n) => Entry {
                kind: ReferenceKind::Network,
                land: None,
                federation: n.assess().supported == Some(MaturityStage::Federation),
                association: None,
                duplicate,
            },
            Document::Association(a) => Entry {
                kind: ReferenceKind::Association,
                land: None,
                federation: false,
                association: Some(Links {
                    kind: a.kind,
                    land: a.scope.land,
                    members: a.members.clone(),
                }),
                duplicate,
            },
        };
        self.entries.push(entry);
    }

    /// How many documents the index holds.
    ///
    /// ```
    /// use migrant_representation::{Document, LinkIndex};
    /// let body = Document::from_json_str(&std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?)?;
    /// let mut index = LinkIndex::new();
    /// index.push(&body);
    /// assert_eq!(index.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// `true` when the index holds no document.
    ///
    /// ```
    /// use migrant_representation::{Document, LinkIndex};
    /// let body = Document::from_json_str(&std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?)?;
    /// let mut index = LinkIndex::new();
    /// index.push(&body);
    /// assert!(!index.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every broken link, as `(position of the document, violation)`, as
    /// [`Registry::link_violations_by_document`] finds them.
    ///
    /// ```
    /// use migrant_representation::{Document, LinkIndex};
    /// let body = Document::from_json_str(&std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?)?;
    /// let mut index = LinkIndex::new();
    /// index.push(&body);
    /// index.push(&body);
    /// let broken = index.link_violations_by_document();
    /// assert_eq!((broken[0].0, broken[0].1.code.as_str()), (1, "duplicate_document_id"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn link_violations_by_document(&self) -> Vec<(usize, Finding)> {
        let mut out: Vec<(usize, Finding)> = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            if e.duplicate {
                out.push((
                    i,
                    Finding::format(
                        FindingCode::DuplicateDocumentId,
                        JsonPointer::root().field("id"),
                        "link.unique_ids",
                        crate::finding::Figures::none(),
                    ),
                ));
            }
            let Some(a) = &e.association else {
                continue;
            };
            for (j, m) in a.members.iter().enumerate() {
                if let Some(v) = self.member_link(a, j, m) {
                    out.push((i, v));
                }
            }
        }
        self.cycles(&mut out);
        out
    }

    /// Associations that are members of themselves, directly or through a
    /// ring of associations: one violation on each association that closes
    /// a ring (an iterative depth-first search, linear in the references).
    fn cycles(&self, out: &mut Vec<(usize, Finding)>) {
        // 0: not visited, 1: on the current path, 2: done.
        let mut state = vec![0u8; self.entries.len()];
        let members = |i: usize| -> Vec<(usize, usize)> {
            match &self.entries[i].association {
                Some(a) => a
                    .members
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.kind == ReferenceKind::Association)
                    .filter_map(|(j, m)| self.index.get(&m.id).map(|t| (j, *t)))
                    .collect(),
                None => Vec::new(),
            }
        };
        for root in 0..self.entries.len() {
            if state[root] != 0 {
                continue;
            }
            // (association, its (member index, target) edges, next edge)
            type Frame = (usize, Vec<(usize, usize)>, usize);
            let mut stack: Vec<Frame> = vec![(root, members(root), 0)];
            state[root] = 1;
            while let Some((node, edges, next)) = stack.last_mut() {
                if let Some(&(j, target)) = edges.get(*next) {
                    *next += 1;
                    let node = *node;
                    match state[target] {
                        0 => {
                            state[target] = 1;
                            let e = members(target);
                            stack.push((target, e, 0));
                        }
                        1 => out.push((
                            node,
                            Finding::format(
                                FindingCode::MembershipCycle,
                                JsonPointer::root().field("members").index(j),
                                "link.no_cycle",
                                crate::finding::Figures::none(),
                            ),
                        )),
                        _ => {}
                    }
                } else {
                    state[*node] = 2;
                    stack.pop();
                }
            }
        }
    }

    /// The violation of one member reference `m` (the `j`-th) of `a`.
    fn member_link(&self, a: &Links, j: usize, m: &MemberReference) -> Option<Finding> {
        let at = JsonPointer::root().field("members").index(j);
        let fail = |code, field: &str, rule: &'static str| {
            Some(Finding::format(
                code,
                at.field(field),
                rule,
                crate::finding::Figures::none(),
            ))
        };
        let Some(target) = self.index.get(&m.id).map(|i| &self.entries[*i]) else {
            return fail(FindingCode::UnknownReference, "id", "link.resolves");
        };
        if target.kind != m.kind {
            return fail(FindingCode::ReferenceMismatch, "kind", "link.kind");
        }
        let other_land = |t: &Entry| a.land.is_some_and(|l| t.land.is_some_and(|b| b != l));
        match (a.kind, target.kind) {
            (AssociationKind::StateAssociation, ReferenceKind::RepresentationBody)
                if other_land(target) =>
            {
                fail(
                    FindingCode::ReferenceMismatch,
                    "id",
                    "link.state_association.same_land",
                )
            }
            (AssociationKind::StateAssociation, ReferenceKind::RepresentationBody) => None,
            (AssociationKind::StateAssociation, _) => fail(
                FindingCode::ReferenceMismatch,
                "kind",
                "link.state_association.members",
            ),
            (AssociationKind::FederalAssociation, ReferenceKind::RepresentationBody) => fail(
                FindingCode::ReferenceMismatch,
                "kind",
                "link.federal_association.members",
            ),
            (AssociationKind::FederalAssociation, ReferenceKind::Network) if !target.federation => {
                Some(Finding {
                    citation: Some(NEMO_CHARACTERISTICS),
                    ..Finding::format(
                        FindingCode::ReferenceMismatch,
                        at.field("id"),
                        "link.federal_association.verbund",
                        crate::finding::Figures::none(),
                    )
                })
            }
            (AssociationKind::UmbrellaAssociation, ReferenceKind::RepresentationBody)
                if other_land(target) =>
            {
                fail(
                    FindingCode::ReferenceMismatch,
                    "id",
                    "link.umbrella.same_land",
                )
            }
            _ => None,
        }
    }
}
