//! The reform dates of the Länder law, each written once with its source.
//!
//! Rules, establishment duties and franchises of one version share these
//! constants, so a corrected date moves every rule of that version at once.

use chrono::NaiveDate;

use super::d;

/// NRW: first day of the 2009 law on political participation in the
/// municipalities (GV. NRW. 2009 Nr. 18 S. 380). The sources give only
/// "June 2009"; the crate takes the first day of the following month.
pub(crate) const NW_2009: NaiveDate = d(2009, 7, 1);
/// NRW: the version of § 27 GO NRW under the 2009 law, as cited.
pub(crate) const NW_2009_VERSION: &str = "i. d. F. des Gesetzes vom Juni 2009 (GV. NRW. S. 380)";
/// NRW: first day of the law of 19 Dec 2013 (GV. NRW. Nr. 45 of 30.12.2013
/// S. 878). Its in-force article was not read; a law cannot apply before it
/// is promulgated, so the crate takes the day after promulgation.
pub(crate) const NW_2013: NaiveDate = d(2013, 12, 31);
/// NRW: the version of § 27 GO NRW under the 2013 law, as cited.
pub(crate) const NW_2013_VERSION: &str = "i. d. F. des Gesetzes vom 19.12.2013 (GV. NRW. S. 878)";
/// NRW: in force of the law of 18 Dec 2018 (GV. NRW. Nr. 32 of 28.12.2018),
/// which re-introduced the Integrationsausschuss as § 27 Abs. 12.
pub(crate) const NW_2018: NaiveDate = d(2018, 12, 29);

/// Hessen: the HGO amendment of 1 April 1993 made the Ausländerbeirat
/// mandatory (kab-giessen).
pub(crate) const HE_1993: NaiveDate = d(1993, 4, 1);
/// Hessen: the crate records the Ausländerbeirat's composition from 2001 on;
/// no reform on that day, the first year the project reaches back to.
pub(crate) const HE_2001: NaiveDate = d(2001, 1, 1);
/// Hessen: § 4b HKO applies from 1 April 2005.
pub(crate) const HE_2005: NaiveDate = d(2005, 4, 1);
/// Hessen: in force of the 2020 law on the political participation of
/// foreign residents (GVBl. S. 318): Integrations-Kommission, Antragsrecht.
pub(crate) const HE_2020: NaiveDate = d(2020, 5, 16);

/// Rheinland-Pfalz: the § 56 GemO reform of 26 Nov 2008 (GVBl. S. 294),
/// Beiräte für Migration und Integration from 1 Jan 2009.
pub(crate) const RP_2009: NaiveDate = d(2009, 1, 1);
/// Rheinland-Pfalz: the 2014 franchise (children of the groups, age 16).
pub(crate) const RP_2014: NaiveDate = d(2014, 5, 27);

/// Saarland: the pre-2008 Ausländerbeirat version of § 50 KSVG, recorded from
/// 1 Jan 1990 as a bound; its dates are not known.
pub(crate) const SL_1990_FROM: NaiveDate = d(1990, 1, 1);
/// Saarland: the 2008 version of § 50 KSVG. Its in-force day is not known;
/// the sources confirm the year 2008, so every day from 1 Jan 2009 on is
/// under it.
pub(crate) const SL_2009: NaiveDate = d(2009, 1, 1);
/// Saarland: the version of § 50 KSVG of 2008, as cited.
pub(crate) const SL_2008_VERSION: &str = "i. d. F. des Gesetzes von 2008";
/// Saarland: Gesetz Nr. 2122 of 12 Dec 2023, promulgated in Amtsbl. I Nr. 55
/// of 21.12.2023 (S. 1119); the crate takes the day of promulgation.
pub(crate) const SL_2023: NaiveDate = d(2023, 12, 21);
/// Saarland: the version of § 50 KSVG of 2023, as cited.
pub(crate) const SL_2023_VERSION: &str =
    "i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023 (Amtsbl. I S. 1119)";

/// Berlin: the law of 5 July 2021 (PartMigG, § 32 BezVG), published in
/// GVBl. Nr. 54 of 15.07.2021 (S. 842); the in-force day was not seen.
pub(crate) const BE_2021: NaiveDate = d(2021, 7, 15);

/// Brandenburg: the new BbgKVerf (§ 17) in force since 9 June 2024.
pub(crate) const BB_2024: NaiveDate = d(2024, 6, 9);

// Länder whose bodies rest on local law: the first day the crate covers.

/// The Regensburg Wahlordnung of 24 July 2014, issued under Art. 23 GO, is
/// the earliest dated Bavarian provision in the sources.
pub(crate) const BY_FROM: NaiveDate = d(2014, 7, 24);

/// LAKA, the association of the municipal bodies, was founded on 13 June 1998.
pub(crate) const BW_FROM: NaiveDate = d(1998, 6, 13);

/// The Staatsregierung's answer of 5 July 2019 (Drs. 6/17908) on § 47 SächsGemO.
pub(crate) const SN_FROM: NaiveDate = d(2019, 7, 5);

/// § 43 Abs. 1 S. 1 SächsLKrO, as cited by BVerwG, judgment of 29.11.2022, 8 CN 1.22.
pub(crate) const SN_COUNTY_FROM: NaiveDate = d(2022, 11, 29);

/// Brandenburg: the earliest dated provision in the sources is the
/// Integrationsbeirat Satzung of Brandenburg an der Havel of 2 July 2012;
/// § 19 BbgKVerf (2007) applies until 8 June 2024, § 17 BbgKVerf (2024) since
/// 9 June 2024.
pub(crate) const BB_FROM: NaiveDate = d(2012, 7, 2);

/// MV: InTG M-V of 19 March 2024, in force 2 April 2024.
pub(crate) const MV_FROM: NaiveDate = d(2024, 4, 2);

/// NI: the Osnabrück Geschäftsordnung of 22 May 2012 is the earliest dated
/// provision in the sources.
pub(crate) const NI_FROM: NaiveDate = d(2012, 5, 22);

/// ST: § 80 KVG LSA has its heading since the 2018 amendment (year only).
pub(crate) const ST_FROM: NaiveDate = d(2019, 1, 1);

/// SH: Geesthacht's Satzung "aufgrund der §§ 4, 47 d und 47 e GO" (1998).
pub(crate) const SH_FROM: NaiveDate = d(1999, 1, 1);

/// TH: the Erfurt Ausländerbeirat was first elected on 22 March 1992.
pub(crate) const TH_FROM: NaiveDate = d(1992, 3, 22);

/// HH: the Integrationsbeirat exists since 2002; the Hamburg-Mitte district
/// Integrationsbeirat since 2013.
pub(crate) const HH_FROM: NaiveDate = d(2003, 1, 1);

pub(crate) const HH_DISTRICT_FROM: NaiveDate = d(2014, 1, 1);

/// HB: the Bremer Rat für Integration was set up by the social-affairs
/// Deputation on 16 Dec 2004; the Bremerhaven Migrationsrat at the end of 2023.
pub(crate) const HB_FROM: NaiveDate = d(2004, 12, 16);

pub(crate) const HB_BREMERHAVEN_FROM: NaiveDate = d(2024, 1, 1);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reform_dates_are_in_order_per_land() {
        assert!(NW_2009 < NW_2013 && NW_2013 < NW_2018);
        assert!(HE_1993 < HE_2005 && HE_2005 < HE_2020);
        assert!(RP_2009 < RP_2014);
        assert!(SL_2009 < SL_2023);
        // The 2013 NRW law cannot apply before its promulgation on 30.12.2013.
        assert!(NW_2013 > d(2013, 12, 30));
    }
}
