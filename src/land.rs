//! The 16 Länder and the levels of government.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A German Land (state). The list of the 16 Länder is closed.
///
/// Serialized as the two-letter code used in German official statistics and
/// in ISO 3166-2:DE without its `DE-` prefix (`"NW"`, `"HE"`, …).
///
/// # Example
/// ```
/// use migrant_representation::Land;
/// let nw: Land = "NW".parse()?;
/// assert_eq!(nw, Land::NordrheinWestfalen);
/// assert_eq!(nw.official_name(), "Nordrhein-Westfalen");
/// assert_eq!(nw.ags_key(), 5);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "Bundesland")]
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::Display,
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
pub enum Land {
    /// Baden-Württemberg.
    #[serde(rename = "BW")]
    #[strum(serialize = "BW")]
    BadenWuerttemberg,
    /// Bayern (Bavaria).
    #[serde(rename = "BY")]
    #[strum(serialize = "BY")]
    Bayern,
    /// Berlin (city-state; its Bezirke are not municipalities).
    #[serde(rename = "BE")]
    #[strum(serialize = "BE")]
    Berlin,
    /// Brandenburg.
    #[serde(rename = "BB")]
    #[strum(serialize = "BB")]
    Brandenburg,
    /// Bremen (city-state: Bremen and Bremerhaven).
    #[serde(rename = "HB")]
    #[strum(serialize = "HB")]
    Bremen,
    /// Hamburg (city-state).
    #[serde(rename = "HH")]
    #[strum(serialize = "HH")]
    Hamburg,
    /// Hessen (Hesse).
    #[serde(rename = "HE")]
    #[strum(serialize = "HE")]
    Hessen,
    /// Mecklenburg-Vorpommern.
    #[serde(rename = "MV")]
    #[strum(serialize = "MV")]
    MecklenburgVorpommern,
    /// Niedersachsen (Lower Saxony).
    #[serde(rename = "NI")]
    #[strum(serialize = "NI")]
    Niedersachsen,
    /// Nordrhein-Westfalen (North Rhine-Westphalia).
    #[serde(rename = "NW")]
    #[strum(serialize = "NW")]
    NordrheinWestfalen,
    /// Rheinland-Pfalz (Rhineland-Palatinate).
    #[serde(rename = "RP")]
    #[strum(serialize = "RP")]
    RheinlandPfalz,
    /// Saarland.
    #[serde(rename = "SL")]
    #[strum(serialize = "SL")]
    Saarland,
    /// Sachsen (Saxony).
    #[serde(rename = "SN")]
    #[strum(serialize = "SN")]
    Sachsen,
    /// Sachsen-Anhalt (Saxony-Anhalt).
    #[serde(rename = "ST")]
    #[strum(serialize = "ST")]
    SachsenAnhalt,
    /// Schleswig-Holstein.
    #[serde(rename = "SH")]
    #[strum(serialize = "SH")]
    SchleswigHolstein,
    /// Thüringen (Thuringia).
    #[serde(rename = "TH")]
    #[strum(serialize = "TH")]
    Thueringen,
}

crate::enums::variants!(
    Land,
    [
        BadenWuerttemberg,
        Bayern,
        Berlin,
        Brandenburg,
        Bremen,
        Hamburg,
        Hessen,
        MecklenburgVorpommern,
        Niedersachsen,
        NordrheinWestfalen,
        RheinlandPfalz,
        Saarland,
        Sachsen,
        SachsenAnhalt,
        SchleswigHolstein,
        Thueringen
    ]
);

crate::enums::names!(Land, "Land");

impl Land {
    /// The 16 Länder, in the order of their codes' declaration.
    ///
    /// ```
    /// use migrant_representation::Land;
    /// assert_eq!(Land::ALL.len(), 16);
    /// assert!(Land::iter().eq(Land::ALL.iter().copied()));
    /// ```
    pub const ALL: [Land; 16] = [
        Self::BadenWuerttemberg,
        Self::Bayern,
        Self::Berlin,
        Self::Brandenburg,
        Self::Bremen,
        Self::Hamburg,
        Self::Hessen,
        Self::MecklenburgVorpommern,
        Self::Niedersachsen,
        Self::NordrheinWestfalen,
        Self::RheinlandPfalz,
        Self::Saarland,
        Self::Sachsen,
        Self::SachsenAnhalt,
        Self::SchleswigHolstein,
        Self::Thueringen,
    ];

    /// The two-letter code (`"NW"`).
    ///
    /// ```
    /// use migrant_representation::Land;
    /// assert_eq!(Land::NordrheinWestfalen.code(), "NW");
    /// assert_eq!("SL".parse::<Land>()?, Land::Saarland); // the code is the serialised name
    /// assert_eq!(serde_json::to_string(&Land::Hessen)?, r#""HE""#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The official German name (`"Nordrhein-Westfalen"`).
    ///
    /// ```
    /// use migrant_representation::Land;
    /// assert_eq!(Land::BadenWuerttemberg.official_name(), "Baden-Württemberg");
    /// assert_eq!(Land::Thueringen.official_name(), "Thüringen");
    /// ```
    #[must_use]
    pub const fn official_name(self) -> &'static str {
        match self {
            Self::BadenWuerttemberg => "Baden-Württemberg",
            Self::Bayern => "Bayern",
            Self::Berlin => "Berlin",
            Self::Brandenburg => "Brandenburg",
            Self::Bremen => "Bremen",
            Self::Hamburg => "Hamburg",
            Self::Hessen => "Hessen",
            Self::MecklenburgVorpommern => "Mecklenburg-Vorpommern",
            Self::Niedersachsen => "Niedersachsen",
            Self::NordrheinWestfalen => "Nordrhein-Westfalen",
            Self::RheinlandPfalz => "Rheinland-Pfalz",
            Self::Saarland => "Saarland",
            Self::Sachsen => "Sachsen",
            Self::SachsenAnhalt => "Sachsen-Anhalt",
            Self::SchleswigHolstein => "Schleswig-Holstein",
            Self::Thueringen => "Thüringen",
        }
    }

    /// The Land key that opens every Amtlicher Gemeindeschlüssel (01–16).
    ///
    /// ```
    /// use migrant_representation::{body::Ags, Land};
    /// assert_eq!(Land::NordrheinWestfalen.ags_key(), 5);
    /// // Köln's AGS opens with the key of its Land.
    /// let koeln = Ags::parse("05315000")?;
    /// assert_eq!(koeln.land().ags_key(), 5);
    /// assert!(Land::iter().all(|l| (1..=16).contains(&l.ags_key())));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn ags_key(self) -> u8 {
        match self {
            Self::SchleswigHolstein => 1,
            Self::Hamburg => 2,
            Self::Niedersachsen => 3,
            Self::Bremen => 4,
            Self::NordrheinWestfalen => 5,
            Self::Hessen => 6,
            Self::RheinlandPfalz => 7,
            Self::BadenWuerttemberg => 8,
            Self::Bayern => 9,
            Self::Saarland => 10,
            Self::Berlin => 11,
            Self::Brandenburg => 12,
            Self::MecklenburgVorpommern => 13,
            Self::Sachsen => 14,
            Self::SachsenAnhalt => 15,
            Self::Thueringen => 16,
        }
    }
}

/// The level of government a body belongs to.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
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
pub enum Level {
    /// A municipality (Gemeinde, Stadt).
    #[doc(alias = "Gemeinde")]
    Municipality,
    /// A county (Landkreis, Kreis).
    #[doc(alias = "Kreis")]
    #[doc(alias = "Landkreis")]
    County,
    /// A district of a city-state or city (Bezirk).
    #[doc(alias = "Bezirk")]
    Borough,
    /// A Land as a whole.
    #[doc(alias = "Landesebene")]
    State,
    /// An association of municipalities with its own council between the
    /// municipality and the county: the Verbandsgemeinde
    /// (Rheinland-Pfalz, Sachsen-Anhalt), the Samtgemeinde (Niedersachsen),
    /// the Amt (Brandenburg, Mecklenburg-Vorpommern, Schleswig-Holstein).
    #[doc(alias = "Verbandsgemeinde")]
    #[doc(alias = "Samtgemeinde")]
    #[doc(alias = "Amt")]
    MunicipalAssociation,
    /// The federation as a whole.
    #[doc(alias = "Bundesebene")]
    Federal,
}

crate::enums::variants!(
    Level,
    [
        Municipality,
        County,
        Borough,
        State,
        MunicipalAssociation,
        Federal
    ]
);

crate::enums::names!(Level, "level");

impl Level {
    /// The level in `lang`, for people: German by default.
    ///
    /// ```
    /// use migrant_representation::{Language, Level};
    /// assert_eq!(Level::County.describe(Language::De), "Kreis");
    /// assert_eq!(Level::County.describe(Language::En), "county");
    /// assert_eq!(Level::Borough.describe(Language::default()), "Bezirk"); // German by default
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
            Self::Municipality => "Gemeinde",
            Self::County => "Kreis",
            Self::Borough => "Bezirk",
            Self::State => "Land",
            Self::Federal => "Bund",
            Self::MunicipalAssociation => "Verbandsgemeinde",
        }
    }

    const fn en(self) -> &'static str {
        match self {
            Self::Municipality => "municipality",
            Self::County => "county",
            Self::Borough => "borough",
            Self::State => "Land",
            Self::Federal => "federal",
            Self::MunicipalAssociation => "association of municipalities",
        }
    }
}
