//! A set of documents whose references to each other are resolved.

use crate::document::Document;
use crate::error::{Finding, FindingCode, JsonPointer};
use crate::network::MaturityStage;
use crate::network::NEMO_CHARACTERISTICS;
use crate::organisation::{Association, AssociationKind, MemberReference, ReferenceKind};

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
        let mut out: Vec<(usize, Finding)> = Vec::new();
        for (i, d) in self.documents.iter().enumerate() {
            if self.index.get(d.id()).is_some_and(|first| *first != i) {
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
            let Document::Association(a) = d else {
                continue;
            };
            let mut mine = Vec::new();
            for (j, m) in a.members.iter().enumerate() {
                self.member_link(a, j, m, &mut mine);
            }
            out.extend(mine.into_iter().map(|(_, v)| (i, v)));
        }
        self.cycles(&mut out);
        out
    }

    /// Associations that are members of themselves, directly or through a
    /// ring of associations: one violation on each association that closes
    /// a ring (an iterative depth-first search, linear in the references).
    fn cycles(&self, out: &mut Vec<(usize, Finding)>) {
        // 0: not visited, 1: on the current path, 2: done.
        let mut state = vec![0u8; self.documents.len()];
        let members = |i: usize| -> Vec<(usize, usize)> {
            match &self.documents[i] {
                Document::Association(a) => a
                    .members
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.kind == ReferenceKind::Association)
                    .filter_map(|(j, m)| self.index.get(&m.id).map(|t| (j, *t)))
                    .collect(),
                _ => Vec::new(),
            }
        };
        for root in 0..self.documents.len() {
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

    /// The violations of one member reference `m` (the `j`-th) of `a`.
    fn member_link(
        &self,
        a: &Association,
        j: usize,
        m: &MemberReference,
        out: &mut Vec<(String, Finding)>,
    ) {
        let at = JsonPointer::root().field("members").index(j);
        let mut fail = |code, field: &str, rule: &'static str| {
            out.push((
                a.id.clone(),
                Finding::format(code, at.field(field), rule, crate::finding::Figures::none()),
            ));
        };
        let Some(target) = self.get(&m.id) else {
            fail(FindingCode::UnknownReference, "id", "link.resolves");
            return;
        };
        let kind = match target {
            Document::RepresentationBody(_) => ReferenceKind::RepresentationBody,
            Document::Association(_) => ReferenceKind::Association,
            Document::Network(_) => ReferenceKind::Network,
        };
        if kind != m.kind {
            fail(FindingCode::ReferenceMismatch, "kind", "link.kind");
            return;
        }
        match (a.kind, target) {
            (AssociationKind::StateAssociation, Document::RepresentationBody(b))
                if a.scope.land.is_some_and(|l| l != b.jurisdiction().land) =>
            {
                fail(
                    FindingCode::ReferenceMismatch,
                    "id",
                    "link.state_association.same_land",
                );
            }
            (AssociationKind::StateAssociation, Document::RepresentationBody(_)) => {}
            (AssociationKind::StateAssociation, _) => fail(
                FindingCode::ReferenceMismatch,
                "kind",
                "link.state_association.members",
            ),
            (AssociationKind::FederalAssociation, Document::RepresentationBody(_)) => fail(
                FindingCode::ReferenceMismatch,
                "kind",
                "link.federal_association.members",
            ),
            (AssociationKind::FederalAssociation, Document::Network(n))
                if n.assess().supported != Some(MaturityStage::Federation) =>
            {
                out.push((
                    a.id.clone(),
                    Finding {
                        citation: Some(NEMO_CHARACTERISTICS),
                        ..Finding::format(
                            FindingCode::ReferenceMismatch,
                            at.field("id"),
                            "link.federal_association.verbund",
                            crate::finding::Figures::none(),
                        )
                    },
                ));
            }
            (AssociationKind::UmbrellaAssociation, Document::RepresentationBody(b))
                if a.scope.land.is_some_and(|l| l != b.jurisdiction().land) =>
            {
                fail(
                    FindingCode::ReferenceMismatch,
                    "id",
                    "link.umbrella.same_land",
                );
            }
            _ => {}
        }
    }
}
