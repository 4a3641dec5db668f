//! Citations of statutes and local provisions, validity periods, legal bases.

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Whether a provision is a paragraph (`§`) or an article (`Art.`).
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::Display,
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ProvisionUnit {
    /// A paragraph, written `§` (most Länder).
    #[default]
    #[doc(alias = "Paragraph")]
    Section,
    /// An article, written `Art.` (Bavarian statutes, the Grundgesetz).
    #[doc(alias = "Artikel")]
    Article,
}

crate::enums::variants!(ProvisionUnit, [Section, Article]);

/// A citation of a provision: law, § or Art., Absatz, Satz, Nummer.
///
/// Used both for statutes (`§ 27 Abs. 1 GO NRW`) and for local law
/// (`§ 4 Abs. 2 Hauptsatzung der Landeshauptstadt Wiesbaden`).
/// Fields the sources do not give are left out rather than guessed.
///
/// # Example
/// ```
/// use migrant_representation::Citation;
/// let c = Citation::section("GO NRW", "27").paragraph(12);
/// assert_eq!(c.to_string(), "§ 27 Abs. 12 GO NRW");
/// let art = Citation::article("GLKrWG", "23").paragraph(1);
/// assert_eq!(art.to_string(), "Art. 23 Abs. 1 GLKrWG");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Citation {
    /// The law's usual abbreviation (`"GO NRW"`, `"HGO"`, `"GemO RLP"`) or the
    /// title of the local provision (`"Hauptsatzung der Stadt Köln"`).
    #[schemars(length(min = 1, max = crate::limits::NAME_MAX_CHARS), regex(pattern = crate::limits::NON_BLANK_PATTERN))]
    pub law: Cow<'static, str>,
    /// Paragraph or article.
    #[serde(default, skip_serializing_if = "is_default_unit")]
    pub unit: ProvisionUnit,
    /// The number of the paragraph or article (`"27"`, `"4b"`, `"84–88"`);
    /// absent for a provision cited as a whole (a council resolution).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = crate::limits::SHORT_TEXT_MAX_CHARS), regex(pattern = crate::limits::NON_BLANK_PATTERN))]
    pub number: Option<Cow<'static, str>>,
    /// Absatz, if cited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub paragraph: Option<u8>,
    /// Satz, if cited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub sentence: Option<u8>,
    /// Nummer, if cited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub item: Option<u8>,
    /// "f." (and the one following) or "ff." (and those following) after the
    /// most precise unit cited: `§ 86 Abs. 1 S. 4 f. HGO`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub following: Option<Following>,
    /// The version of the law meant, when it matters, written the way German
    /// lawyers write it: `"i. d. F. des Gesetzes vom 19.12.2013 (GV. NRW.
    /// S. 878)"`. Rendered after the law's abbreviation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = crate::limits::NAME_MAX_CHARS), regex(pattern = crate::limits::NON_BLANK_PATTERN))]
    pub version: Option<Cow<'static, str>>,
    /// Provisions read together with this one ("in Verbindung mit"), in order:
    /// `§ 27 Abs. 12 i. V. m. § 58 Abs. 3 GO NRW`.
    #[serde(default, skip_serializing_if = "<[Citation]>::is_empty")]
    #[schemars(length(max = 8))]
    pub read_with: Cow<'static, [Citation]>,
}

/// "f." or "ff." after a cited unit.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::Display,
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Following {
    /// "f.": the unit cited and the next one.
    #[doc(alias = "f.")]
    One,
    /// "ff.": the unit cited and those after it.
    #[doc(alias = "ff.")]
    Several,
}

crate::enums::variants!(Following, [One, Several]);

fn is_default_unit(u: &ProvisionUnit) -> bool {
    *u == ProvisionUnit::Section
}

impl Citation {
    /// A citation of `§ number law`.
    ///
    /// ```
    /// use migrant_representation::Citation;
    /// let c = Citation::section("HGO", "84–89");
    /// assert_eq!(c.to_string(), "§§ 84–89 HGO"); // a range takes `§§`
    /// assert_eq!(c.number.as_deref(), Some("84–89"));
    /// ```
    #[must_use]
    pub const fn section(law: &'static str, number: &'static str) -> Self {
        Self {
            law: Cow::Borrowed(law),
            unit: ProvisionUnit::Section,
            number: Some(Cow::Borrowed(number)),
            paragraph: None,
            sentence: None,
            item: None,
            following: None,
            version: None,
            read_with: Cow::Borrowed(&[]),
        }
    }

    /// An empty citation, the template of rule data (a literal, so that
    /// constants built from it need no destructor at compile time).
    pub(crate) const EMPTY: Citation = Citation {
        law: Cow::Borrowed(""),
        unit: ProvisionUnit::Section,
        number: None,
        paragraph: None,
        sentence: None,
        item: None,
        following: None,
        version: None,
        read_with: Cow::Borrowed(&[]),
    };

    /// A citation of a provision as a whole, without a § (a council
    /// resolution, a Satzung that is not divided into paragraphs).
    ///
    /// ```
    /// use migrant_representation::Citation;
    /// let c = Citation::whole("Ratsbeschluss vom 12.05.2022");
    /// assert_eq!(c.number, None);
    /// assert_eq!(c.to_string(), "Ratsbeschluss vom 12.05.2022");
    /// ```
    #[must_use]
    pub const fn whole(law: &'static str) -> Self {
        Self {
            law: Cow::Borrowed(law),
            unit: ProvisionUnit::Section,
            number: None,
            paragraph: None,
            sentence: None,
            item: None,
            following: None,
            version: None,
            read_with: Cow::Borrowed(&[]),
        }
    }

    /// A citation of `Art. number law`.
    ///
    /// ```
    /// use migrant_representation::Citation;
    /// use migrant_representation::law::ProvisionUnit;
    /// let c = Citation::article("GO", "23");
    /// assert_eq!(c.unit, ProvisionUnit::Article);
    /// assert_eq!(c.to_string(), "Art. 23 GO");
    /// ```
    #[must_use]
    pub const fn article(law: &'static str, number: &'static str) -> Self {
        let mut c = Self::section(law, number);
        c.unit = ProvisionUnit::Article;
        c
    }

    /// The same citation narrowed to Absatz `n`.
    ///
    /// ```
    /// use migrant_representation::Citation;
    /// let c = Citation::section("KSVG", "50").paragraph(2);
    /// assert_eq!(c.paragraph, Some(2));
    /// assert_eq!(c.to_string(), "§ 50 Abs. 2 KSVG");
    /// ```
    #[must_use]
    pub const fn paragraph(mut self, n: u8) -> Self {
        self.paragraph = Some(n);
        self
    }

    /// The same citation narrowed to Satz `n`.
    ///
    /// ```
    /// use migrant_representation::Citation;
    /// let c = Citation::section("GO NRW", "27").paragraph(1).sentence(5);
    /// assert_eq!(c.to_string(), "§ 27 Abs. 1 S. 5 GO NRW");
    /// ```
    #[must_use]
    pub const fn sentence(mut self, n: u8) -> Self {
        self.sentence = Some(n);
        self
    }

    /// The same citation narrowed to Nummer `n`.
    ///
    /// ```
    /// use migrant_representation::Citation;
    /// let c = Citation::section("BezVG", "32").paragraph(2).sentence(1).item(1);
    /// assert_eq!(c.to_string(), "§ 32 Abs. 2 S. 1 Nr. 1 BezVG");
    /// ```
    #[must_use]
    pub const fn item(mut self, n: u8) -> Self {
        self.item = Some(n);
        self
    }

    /// The same citation followed by "f." (one more unit) or "ff." (several).
    ///
    /// ```
    /// use migrant_representation::Citation;
    /// use migrant_representation::law::Following;
    /// let hgo = Citation::section("HGO", "86");
    /// let one = hgo.clone().paragraph(1).sentence(4).following(Following::One);
    /// assert_eq!(one.to_string(), "§ 86 Abs. 1 S. 4 f. HGO");
    /// let several = hgo.paragraph(3).following(Following::Several);
    /// assert_eq!(several.to_string(), "§ 86 Abs. 3 ff. HGO");
    /// ```
    #[must_use]
    pub const fn following(mut self, f: Following) -> Self {
        self.following = Some(f);
        self
    }

    /// The same citation read together with `others` ("i. V. m.").
    ///
    /// ```
    /// use migrant_representation::Citation;
    /// const GO_58_3: &[Citation] = &[Citation::section("GO NRW", "58").paragraph(3)];
    /// let c = Citation::section("GO NRW", "27").paragraph(12).read_with(GO_58_3);
    /// // One law, named once at the end.
    /// assert_eq!(c.to_string(), "§ 27 Abs. 12 i. V. m. § 58 Abs. 3 GO NRW");
    /// ```
    #[must_use]
    pub const fn read_with(mut self, others: &'static [Citation]) -> Self {
        // See `version` for why the old value is forgotten.
        std::mem::forget(std::mem::replace(
            &mut self.read_with,
            Cow::Borrowed(others),
        ));
        self
    }

    /// Whether the number names more than one paragraph (`"84–89"`,
    /// `"47d, 47e"`), which German style writes with `§§`.
    fn is_range(&self) -> bool {
        self.number
            .as_deref()
            .is_some_and(|n| n.contains(['–', '-', ',']) || n.contains(" und "))
    }

    /// The same citation with the version of the law named; write it as
    /// German lawyers do, starting with "i. d. F." (`"i. d. F. des Gesetzes
    /// Nr. 2122 vom 12.12.2023"`).
    ///
    /// ```
    /// use migrant_representation::Citation;
    /// let c = Citation::section("KSVG", "50")
    ///     .paragraph(2)
    ///     .version("i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023");
    /// assert_eq!(
    ///     c.to_string(),
    ///     "§ 50 Abs. 2 KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023"
    /// );
    /// ```
    #[must_use]
    pub const fn version(mut self, v: &'static str) -> Self {
        // A plain assignment would drop the old value, which a `const fn`
        // cannot do; the old value holds no heap data when built by these
        // `const` constructors, and forgetting it is safe in any case.
        std::mem::forget(self.version.replace(Cow::Borrowed(v)));
        self
    }
}

impl fmt::Display for Citation {
    /// Renders the citation in German style: `§ 27 Abs. 1 S. 5 GO NRW`,
    /// `§§ 84–89 HGO`, `§ 86 Abs. 1 S. 4 f. HGO`, `Art. 17 BayLKrO`,
    /// `§ 50 KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023`. Provisions
    /// of one law read together name the law once: `§ 27 Abs. 3 i. V. m.
    /// Abs. 4 GO NRW`, `§ 27 Abs. 12 i. V. m. § 58 Abs. 3 GO NRW`; of
    /// different laws (or versions), each its own:
    /// `§ 4b Abs. 3 HKO i. V. m. § 87 HGO`. Parts that are not cited are
    /// left out, with no stray spaces.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let one_law = self.version.is_none()
            && !self.read_with.is_empty()
            && self
                .read_with
                .iter()
                .all(|o| o.law == self.law && o.version.is_none() && o.read_with.is_empty());
        if one_law {
            self.provision(f, true)?;
            for other in self.read_with.iter() {
                f.write_str(" i. V. m. ")?;
                let same_section = other.number == self.number && other.unit == self.unit;
                if same_section && (other.paragraph.is_some() || other.sentence.is_some()) {
                    other.provision(f, false)?;
                } else {
                    other.provision(f, true)?;
                }
            }
            return write!(f, " {}", self.law);
        }
        self.provision(f, true)?;
        if self.number.is_some() || self.paragraph.is_some() || self.sentence.is_some() {
            f.write_str(" ")?;
        }
        f.write_str(&self.law)?;
        if let Some(v) = &self.version {
            write!(f, " {v}")?;
        }
        for other in self.read_with.iter() {
            write!(f, " i. V. m. {other}")?;
        }
        Ok(())
    }
}

impl Citation {
    /// The provision without the law: `§ 27 Abs. 1 S. 5`, or without the
    /// section when `section` is false (`Abs. 4`).
    fn provision(&self, f: &mut fmt::Formatter<'_>, section: bool) -> fmt::Result {
        let mut sep = "";
        let mut part = |f: &mut fmt::Formatter<'_>, args: fmt::Arguments<'_>| {
            let r = f.write_str(sep).and_then(|()| f.write_fmt(args));
            sep = " ";
            r
        };
        if let (true, Some(num)) = (section, &self.number) {
            let sign = match (self.unit, self.is_range()) {
                (ProvisionUnit::Section, false) => "§",
                (ProvisionUnit::Section, true) => "§§",
                (ProvisionUnit::Article, _) => "Art.",
            };
            part(f, format_args!("{sign} {num}"))?;
        }
        if let Some(n) = self.paragraph {
            part(f, format_args!("Abs. {n}"))?;
        }
        if let Some(n) = self.sentence {
            part(f, format_args!("S. {n}"))?;
        }
        if let Some(n) = self.item {
            part(f, format_args!("Nr. {n}"))?;
        }
        match self.following {
            Some(Following::One) => part(f, format_args!("f.")),
            Some(Following::Several) => part(f, format_args!("ff.")),
            None => Ok(()),
        }
    }
}

/// A half-open period `[from, until)` in which a rule is in force.
///
/// `from: None` means "as long as the provision exists" (used for local rules
/// whose date the document does not give); `until: None` means "still in
/// force".
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use migrant_representation::Validity;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let v = Validity::between(d(2013, 12, 19), d(2018, 12, 29));
/// assert!(v.contains(d(2016, 5, 1)));
/// assert!(!v.contains(d(2018, 12, 29)));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
pub struct Validity {
    /// First day in force (inclusive).
    #[serde(
        with = "crate::date::strict_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<crate::date::DateSchema>")]
    pub from: Option<NaiveDate>,
    /// First day no longer in force (exclusive).
    #[serde(
        with = "crate::date::strict_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<crate::date::DateSchema>")]
    pub until: Option<NaiveDate>,
}

impl Validity {
    /// In force from `from` on, with no end.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::Validity;
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let v = Validity::since(d("2009-10-21"));
    /// assert!(!v.contains(d("2009-10-20")) && v.contains(d("2099-12-31")));
    /// assert_eq!(v.until, None);
    /// ```
    #[must_use]
    pub const fn since(from: NaiveDate) -> Self {
        Self {
            from: Some(from),
            until: None,
        }
    }

    /// In force in `[from, until)`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::Validity;
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let v = Validity::between(d("2013-12-19"), d("2018-12-29"));
    /// assert!(v.contains(d("2013-12-19"))); // the first day is in,
    /// assert!(!v.contains(d("2018-12-29"))); // the end is not
    /// assert_eq!(v.to_string(), "[2013-12-19, 2018-12-29)");
    /// ```
    #[must_use]
    pub const fn between(from: NaiveDate, until: NaiveDate) -> Self {
        Self {
            from: Some(from),
            until: Some(until),
        }
    }

    /// In force until the day before `until`, from no known first day.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::Validity;
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let v = Validity::until(d("2020-10-20"));
    /// assert!(v.contains(d("2020-10-19")) && !v.contains(d("2020-10-20")));
    /// ```
    #[must_use]
    pub const fn until(until: NaiveDate) -> Self {
        Self {
            from: None,
            until: Some(until),
        }
    }

    /// Always in force (no dates known or needed).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::Validity;
    /// let v = Validity::always();
    /// assert!(v.contains(NaiveDate::MIN) && v.contains(NaiveDate::MAX));
    /// assert_eq!(v, Validity::default());
    /// ```
    #[must_use]
    pub const fn always() -> Self {
        Self {
            from: None,
            until: None,
        }
    }

    /// Whether `date` lies in the period.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::Validity;
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let v = Validity::between(d("2020-11-01"), d("2025-11-01"));
    /// assert!(v.contains(d("2025-10-31")));
    /// assert!(!v.contains(d("2025-11-01")));
    /// assert!(!v.contains(d("2020-10-31")));
    /// ```
    #[must_use]
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.until.is_none_or(|u| date < u)
    }

    /// Whether `other` lies wholly within this period.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::Validity;
    /// let d = |y| NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// assert!(Validity::since(d(2009)).includes(Validity::between(d(2010), d(2013))));
    /// assert!(!Validity::since(d(2009)).includes(Validity::always()));
    /// ```
    #[must_use]
    pub fn includes(&self, other: Validity) -> bool {
        let starts_in = match (self.from, other.from) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => a <= b,
        };
        let ends_in = match (self.until, other.until) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => b <= a,
        };
        starts_in && ends_in
    }

    /// Whether the period is well formed (`from` before `until`).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::Validity;
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// assert!(Validity::between(d("2020-01-01"), d("2020-01-02")).is_well_formed());
    /// // An empty period, `[from, from)`, is not.
    /// assert!(!Validity::between(d("2020-01-01"), d("2020-01-01")).is_well_formed());
    /// ```
    #[must_use]
    pub fn is_well_formed(&self) -> bool {
        match (self.from, self.until) {
            (Some(f), Some(u)) => f < u,
            _ => true,
        }
    }
}

impl fmt::Display for Validity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.from, self.until) {
            (Some(a), Some(b)) => write!(f, "[{a}, {b})"),
            (Some(a), None) => write!(f, "[{a}, …)"),
            (None, Some(b)) => write!(f, "[…, {b})"),
            (None, None) => f.write_str("[…, …)"),
        }
    }
}

/// On what a body rests in law.
///
/// Serialized with a `kind` tag: `{"kind": "statute", "citation": {…}}`.
//
// Read by the variant its `kind` names, straight from the object and from
// objects only (`crate::read::strict::Tagged`), not through serde's buffer
// for internally tagged enums.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum LegalBasis {
    /// A Land statute prescribes or permits the body directly
    /// (NRW § 27 GO, Hessen §§ 84–89 HGO, RLP § 56 GemO).
    #[doc(alias = "Gesetz")]
    Statute {
        /// The provision.
        citation: Citation,
    },
    /// A local statute (Satzung, Hauptsatzung) of the municipality.
    #[doc(alias = "Hauptsatzung")]
    Satzung {
        /// Its title.
        #[schemars(length(min = 1, max = crate::limits::NAME_MAX_CHARS), regex(pattern = crate::limits::NON_BLANK_PATTERN))]
        title: String,
        /// When it was adopted, if known.
        #[serde(
            with = "crate::date::strict_opt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        #[schemars(with = "Option<crate::date::DateSchema>")]
        adopted_on: Option<NaiveDate>,
        /// The statute that empowers the municipality (Art. 23 GO Bayern,
        /// § 4 Abs. 1 GemO BW …), if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        enabling: Option<Citation>,
    },
    /// A decision of an authority or of a committee of a city-state's
    /// parliament (Bremen: a Deputation; Hamburg: the Sozialbehörde under
    /// § 16 Verwaltungsbehördengesetz).
    #[doc(alias = "Verwaltungsentscheidung")]
    AdministrativeDecision {
        /// What was decided, briefly.
        #[schemars(length(min = 1, max = crate::limits::NAME_MAX_CHARS), regex(pattern = crate::limits::NON_BLANK_PATTERN))]
        title: String,
        /// When it was decided, if known.
        #[serde(
            with = "crate::date::strict_opt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        #[schemars(with = "Option<crate::date::DateSchema>")]
        adopted_on: Option<NaiveDate>,
        /// The statute that empowers the authority, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        enabling: Option<Citation>,
    },
    /// A resolution of the council (Ratsbeschluss, Stadtratsbeschluss).
    #[doc(alias = "Ratsbeschluss")]
    CouncilResolution {
        /// What was resolved, briefly.
        #[schemars(length(min = 1, max = crate::limits::NAME_MAX_CHARS), regex(pattern = crate::limits::NON_BLANK_PATTERN))]
        title: String,
        /// When it was adopted, if known.
        #[serde(
            with = "crate::date::strict_opt",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        #[schemars(with = "Option<crate::date::DateSchema>")]
        adopted_on: Option<NaiveDate>,
        /// The statute that empowers the council, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        enabling: Option<Citation>,
    },
}

/// The fields of [`LegalBasis::Statute`], as read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatuteFields {
    citation: Citation,
}

/// The fields of the other kinds of [`LegalBasis`], as read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TitledFields {
    title: String,
    #[serde(with = "crate::date::strict_opt", default)]
    adopted_on: Option<NaiveDate>,
    #[serde(default)]
    enabling: Option<Citation>,
}

impl<'de> crate::read::strict::Tagged<'de> for LegalBasis {
    const EXPECTING: &'static str = "a JSON object (a legal basis with its `kind`)";
    const TAG: &'static str = "kind";
    const VARIANTS: &'static [&'static str] = &[
        "statute",
        "satzung",
        "administrative_decision",
        "council_resolution",
    ];
    fn variant<D: serde::Deserializer<'de>>(index: usize, d: D) -> Result<Self, D::Error> {
        if index == 0 {
            return StatuteFields::deserialize(d).map(|f| Self::Statute {
                citation: f.citation,
            });
        }
        let TitledFields {
            title,
            adopted_on,
            enabling,
        } = TitledFields::deserialize(d)?;
        Ok(match index {
            1 => Self::Satzung {
                title,
                adopted_on,
                enabling,
            },
            2 => Self::AdministrativeDecision {
                title,
                adopted_on,
                enabling,
            },
            _ => Self::CouncilResolution {
                title,
                adopted_on,
                enabling,
            },
        })
    }
}

impl<'de> Deserialize<'de> for LegalBasis {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::read::strict::tagged(d)
    }
}

impl LegalBasis {
    /// The kind of legal basis, without its data.
    #[must_use]
    pub const fn kind(&self) -> LegalBasisKind {
        match self {
            Self::Statute { .. } => LegalBasisKind::Statute,
            Self::Satzung { .. } => LegalBasisKind::Satzung,
            Self::CouncilResolution { .. } => LegalBasisKind::CouncilResolution,
            Self::AdministrativeDecision { .. } => LegalBasisKind::AdministrativeDecision,
        }
    }
}

/// The kind of a [`LegalBasis`], used by rules that require one.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::Display,
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum LegalBasisKind {
    /// See [`LegalBasis::Statute`].
    Statute,
    /// See [`LegalBasis::Satzung`].
    Satzung,
    /// See [`LegalBasis::CouncilResolution`].
    CouncilResolution,
    /// See [`LegalBasis::AdministrativeDecision`].
    AdministrativeDecision,
}

crate::enums::variants!(
    LegalBasisKind,
    [Statute, Satzung, CouncilResolution, AdministrativeDecision]
);

#[cfg(test)]
mod tests {
    use super::*;

    /// The reader knows exactly the `kind`s the schema lists, in order, and
    /// reads what is written, with the tag anywhere; a list is refused.
    #[test]
    fn a_legal_basis_reads_every_kind_the_schema_lists() {
        use crate::read::strict::Tagged;
        let schema = serde_json::to_value(schemars::schema_for!(LegalBasis)).unwrap();
        let listed = crate::read::strict::schema_tags(&schema, "kind");
        assert_eq!(listed, <LegalBasis as Tagged<'_>>::VARIANTS);
        let kinds = [
            LegalBasis::Statute {
                citation: Citation::section("GO NRW", "27"),
            },
            LegalBasis::Satzung {
                title: "Hauptsatzung".into(),
                adopted_on: NaiveDate::from_ymd_opt(2020, 5, 1),
                enabling: Some(Citation::section("GO NRW", "7")),
            },
            LegalBasis::AdministrativeDecision {
                title: "Beschluss".into(),
                adopted_on: None,
                enabling: None,
            },
            LegalBasis::CouncilResolution {
                title: "Ratsbeschluss".into(),
                adopted_on: None,
                enabling: None,
            },
        ];
        for k in kinds {
            let text = serde_json::to_string(&k).unwrap();
            assert_eq!(
                serde_json::from_str::<LegalBasis>(&text).unwrap(),
                k,
                "{text}"
            );
        }
        let last: LegalBasis =
            serde_json::from_str(r#"{"title": "Ratsbeschluss", "kind": "council_resolution"}"#)
                .unwrap();
        assert_eq!(last.kind(), LegalBasisKind::CouncilResolution);
        for (bad, says) in [
            (
                r#"["statute", {"law": "GO NRW"}]"#,
                "invalid type: sequence",
            ),
            (
                r#"{"kind": "statute", "citation": ["GO NRW", "section", "27"]}"#,
                "expected a JSON object",
            ),
            (
                r#"{"kind": "statute", "title": "x"}"#,
                "unknown field `title`",
            ),
            (r#"{"kind": "law"}"#, "unknown variant `law`"),
        ] {
            let e = serde_json::from_str::<LegalBasis>(bad)
                .unwrap_err()
                .to_string();
            assert!(e.contains(says), "{bad}: {e}");
        }
    }

    const HGO_86: Citation = Citation::section("HGO", "86");
    const GO_NRW_27_4: &[Citation] = &[Citation::section("GO NRW", "27").paragraph(4)];
    const GO_NRW_58_3: &[Citation] = &[Citation::section("GO NRW", "58").paragraph(3)];
    const HGO_87_88: &[Citation] = &[
        Citation::section("HGO", "87"),
        Citation::section("HGO", "88"),
    ];

    #[test]
    fn every_shape_renders_without_stray_spaces() {
        let cases: Vec<(Citation, &str)> = vec![
            (Citation::section("GO NRW", "27"), "§ 27 GO NRW"),
            (
                Citation::section("GO NRW", "27").paragraph(1).sentence(5),
                "§ 27 Abs. 1 S. 5 GO NRW",
            ),
            (
                Citation::section("BezVG", "32")
                    .paragraph(2)
                    .sentence(1)
                    .item(1),
                "§ 32 Abs. 2 S. 1 Nr. 1 BezVG",
            ),
            (Citation::section("HGO", "84–89"), "§§ 84–89 HGO"),
            (Citation::section("GO SH", "47d, 47e"), "§§ 47d, 47e GO SH"),
            (
                HGO_86.paragraph(1).sentence(4).following(Following::One),
                "§ 86 Abs. 1 S. 4 f. HGO",
            ),
            (
                HGO_86.paragraph(3).following(Following::Several),
                "§ 86 Abs. 3 ff. HGO",
            ),
            (Citation::article("BayLKrO", "17"), "Art. 17 BayLKrO"),
            (
                Citation::article("GLKrWG", "23").paragraph(1),
                "Art. 23 Abs. 1 GLKrWG",
            ),
            (Citation::whole("Hauptsatzung"), "Hauptsatzung"),
            (
                Citation::whole("Hauptsatzung").paragraph(1),
                "Abs. 1 Hauptsatzung",
            ),
            (
                Citation::whole("Hauptsatzung").sentence(2),
                "S. 2 Hauptsatzung",
            ),
            (
                Citation::section("KSVG", "50")
                    .paragraph(2)
                    .version("i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023"),
                "§ 50 Abs. 2 KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023",
            ),
            (
                Citation::section("GO NRW", "27")
                    .paragraph(12)
                    .read_with(GO_NRW_58_3),
                "§ 27 Abs. 12 i. V. m. § 58 Abs. 3 GO NRW",
            ),
            (
                Citation::section("GO NRW", "27")
                    .paragraph(3)
                    .read_with(GO_NRW_27_4),
                "§ 27 Abs. 3 i. V. m. Abs. 4 GO NRW",
            ),
            (
                Citation::section("HKO", "4b")
                    .paragraph(3)
                    .read_with(HGO_87_88),
                "§ 4b Abs. 3 HKO i. V. m. § 87 HGO i. V. m. § 88 HGO",
            ),
        ];
        for (c, want) in cases {
            assert_eq!(c.to_string(), want);
            assert!(!want.starts_with(' ') && !want.contains("  "));
        }
    }

    #[test]
    fn a_range_needs_two_numbers() {
        assert!(Citation::section("HGO", "84–89").is_range());
        assert!(Citation::section("HGO", "84-89").is_range());
        assert!(!Citation::section("HKO", "4b").is_range());
        assert!(!Citation::whole("Hauptsatzung").is_range());
    }

    #[test]
    fn read_with_round_trips_through_json() {
        let c = Citation::section("GO NRW", "27")
            .paragraph(12)
            .read_with(GO_NRW_58_3);
        let json = serde_json::to_string(&c).unwrap();
        assert!(json.contains("\"read_with\""));
        let back: Citation = serde_json::from_str(&json).unwrap();
        assert_eq!(back, c);
        let plain = serde_json::to_string(&Citation::section("HGO", "85")).unwrap();
        assert!(!plain.contains("read_with") && !plain.contains("following"));
    }

    #[test]
    fn validity_contains_is_half_open() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let v = Validity::between(d(2013, 12, 31), d(2018, 12, 29));
        assert!(!v.contains(d(2013, 12, 30)));
        assert!(v.contains(d(2013, 12, 31)));
        assert!(v.contains(d(2018, 12, 28)));
        assert!(!v.contains(d(2018, 12, 29)));
        assert!(Validity::always().contains(d(1, 1, 1)));
        assert!(!Validity::between(d(2020, 1, 1), d(2020, 1, 1)).is_well_formed());
    }
}
