//! The ids of the built-in rules, one constant each.
//!
//! Programs that look a rule up ([`Law::rule`](crate::Law::rule)) or match
//! a violation's `rule` use these constants instead of string literals; an
//! id never changes once published (a test pins the list).

/// `nw.integration_council.elected_majority` (composition): § 27 Abs. 1 S. 5 GO NRW.
pub const NW_INTEGRATION_COUNCIL_ELECTED_MAJORITY: &str = "nw.integration_council.elected_majority";
/// `nw.integration_council.composition` (composition): § 27 Abs. 1 S. 4 GO NRW.
pub const NW_INTEGRATION_COUNCIL_COMPOSITION: &str = "nw.integration_council.composition";
/// `nw.integration_council.chair` (composition): § 27 Abs. 7 GO NRW.
pub const NW_INTEGRATION_COUNCIL_CHAIR: &str = "nw.integration_council.chair";
/// `nw.integration_council.deputies` (composition): § 27 Abs. 7 GO NRW.
pub const NW_INTEGRATION_COUNCIL_DEPUTIES: &str = "nw.integration_council.deputies";
/// `nw.integration_council.term` (composition): § 27 Abs. 2 S. 1 GO NRW.
pub const NW_INTEGRATION_COUNCIL_TERM: &str = "nw.integration_council.term";
/// `nw.integration_council.continuation` (composition): § 27 Abs. 2 S. 6 GO NRW.
pub const NW_INTEGRATION_COUNCIL_CONTINUATION: &str = "nw.integration_council.continuation";
/// `nw.integration_council.election_day` (composition): § 27 Abs. 2 S. 3 GO NRW.
pub const NW_INTEGRATION_COUNCIL_ELECTION_DAY: &str = "nw.integration_council.election_day";
/// `nw.integration_council_2009.term` (composition): § 27 Abs. 2 GO NRW i. d. F. des Gesetzes vom 30.06.2009 (GV. NRW. S. 380).
pub const NW_INTEGRATION_COUNCIL_2009_TERM: &str = "nw.integration_council_2009.term";
/// `nw.integration_committee_2009.term` (composition): § 27 GO NRW i. d. F. des Gesetzes vom 30.06.2009 (GV. NRW. S. 380).
pub const NW_INTEGRATION_COMMITTEE_2009_TERM: &str = "nw.integration_committee_2009.term";
/// `nw.integration_committee.not_permitted_2013_2018` (composition): § 27 GO NRW i. d. F. des Gesetzes vom 19.12.2013 (GV. NRW. S. 878).
pub const NW_INTEGRATION_COMMITTEE_NOT_PERMITTED_2013_2018: &str =
    "nw.integration_committee.not_permitted_2013_2018";
/// `nw.integration_committee.elected_majority` (composition): § 27 Abs. 12 S. 4 i. V. m. § 58 Abs. 3 GO NRW.
pub const NW_INTEGRATION_COMMITTEE_ELECTED_MAJORITY: &str =
    "nw.integration_committee.elected_majority";
/// `nw.integration_committee.composition` (composition): § 27 Abs. 12 GO NRW.
pub const NW_INTEGRATION_COMMITTEE_COMPOSITION: &str = "nw.integration_committee.composition";
/// `nw.integration_committee.chair` (composition): § 58 Abs. 5 i. V. m. § 27 Abs. 12 S. 3 GO NRW.
pub const NW_INTEGRATION_COMMITTEE_CHAIR: &str = "nw.integration_committee.chair";
/// `nw.integration_committee.term` (composition): § 27 Abs. 12 GO NRW.
pub const NW_INTEGRATION_COMMITTEE_TERM: &str = "nw.integration_committee.term";
/// `nw.integration_committee.election_day` (composition): § 27 Abs. 12 GO NRW.
pub const NW_INTEGRATION_COMMITTEE_ELECTION_DAY: &str = "nw.integration_committee.election_day";
/// `nw.integration_council_2009.composition` (composition): § 27 Abs. 1 S. 4 GO NRW i. d. F. des Gesetzes vom 30.06.2009 (GV. NRW. S. 380).
pub const NW_INTEGRATION_COUNCIL_2009_COMPOSITION: &str = "nw.integration_council_2009.composition";
/// `nw.integration_council_2025.elected_majority` (composition): § 27 GO NRW i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618).
pub const NW_INTEGRATION_COUNCIL_2025_ELECTED_MAJORITY: &str =
    "nw.integration_council_2025.elected_majority";
/// `nw.integration_council_2025.chair` (composition): § 27 GO NRW i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618).
pub const NW_INTEGRATION_COUNCIL_2025_CHAIR: &str = "nw.integration_council_2025.chair";
/// `nw.integration_council_2025.term` (composition): § 27 GO NRW i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618).
pub const NW_INTEGRATION_COUNCIL_2025_TERM: &str = "nw.integration_council_2025.term";
/// `nw.integration_council_2025.election_day` (composition): § 27 GO NRW i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618).
pub const NW_INTEGRATION_COUNCIL_2025_ELECTION_DAY: &str =
    "nw.integration_council_2025.election_day";
/// `nw.integration_committee.not_permitted_2025` (composition): § 27 GO NRW i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618).
pub const NW_INTEGRATION_COMMITTEE_NOT_PERMITTED_2025: &str =
    "nw.integration_committee.not_permitted_2025";
/// `nw.foreign_residents_board_1994.term` (composition): § 27 Abs. 2 GO NRW i. d. F. der Bekanntmachung vom 14.07.1994.
pub const NW_FOREIGN_RESIDENTS_BOARD_1994_TERM: &str = "nw.foreign_residents_board_1994.term";
/// `he.foreign_residents_board.size` (composition): § 85 HGO.
pub const HE_FOREIGN_RESIDENTS_BOARD_SIZE: &str = "he.foreign_residents_board.size";
/// `he.foreign_residents_board.elected` (composition): § 86 Abs. 1 S. 1 HGO.
pub const HE_FOREIGN_RESIDENTS_BOARD_ELECTED: &str = "he.foreign_residents_board.elected";
/// `he.foreign_residents_board.chair` (composition): § 87 Abs. 1 S. 1 HGO.
pub const HE_FOREIGN_RESIDENTS_BOARD_CHAIR: &str = "he.foreign_residents_board.chair";
/// `he.foreign_residents_board.deputies` (composition): § 87 Abs. 1 S. 1 HGO.
pub const HE_FOREIGN_RESIDENTS_BOARD_DEPUTIES: &str = "he.foreign_residents_board.deputies";
/// `he.foreign_residents_board.lapse` (composition): § 86 Abs. 1 S. 3 HGO.
pub const HE_FOREIGN_RESIDENTS_BOARD_LAPSE: &str = "he.foreign_residents_board.lapse";
/// `he.foreign_residents_board.term` (composition): § 86 Abs. 1 HGO.
pub const HE_FOREIGN_RESIDENTS_BOARD_TERM: &str = "he.foreign_residents_board.term";
/// `he.foreign_residents_board.election_day` (composition): § 86 Abs. 1 HGO.
pub const HE_FOREIGN_RESIDENTS_BOARD_ELECTION_DAY: &str = "he.foreign_residents_board.election_day";
/// `he.foreign_residents_board_2001.size` (composition): § 85 HGO.
pub const HE_FOREIGN_RESIDENTS_BOARD_2001_SIZE: &str = "he.foreign_residents_board_2001.size";
/// `he.foreign_residents_board_2001.elected` (composition): § 86 HGO.
pub const HE_FOREIGN_RESIDENTS_BOARD_2001_ELECTED: &str = "he.foreign_residents_board_2001.elected";
/// `he.foreign_residents_board_2001.term` (composition): § 86 Abs. 1 S. 1 HGO.
pub const HE_FOREIGN_RESIDENTS_BOARD_2001_TERM: &str = "he.foreign_residents_board_2001.term";
/// `he.foreign_residents_board_2005.term` (composition): § 86 Abs. 1 S. 1 HGO.
pub const HE_FOREIGN_RESIDENTS_BOARD_2005_TERM: &str = "he.foreign_residents_board_2005.term";
/// `he.county_foreign_residents_board.chair` (composition): § 4b Abs. 3 HKO i. V. m. § 87 Abs. 1 S. 1 HGO.
pub const HE_COUNTY_FOREIGN_RESIDENTS_BOARD_CHAIR: &str = "he.county_foreign_residents_board.chair";
/// `he.county_foreign_residents_board.deputies` (composition): § 4b Abs. 3 HKO i. V. m. § 87 Abs. 1 S. 1 HGO.
pub const HE_COUNTY_FOREIGN_RESIDENTS_BOARD_DEPUTIES: &str =
    "he.county_foreign_residents_board.deputies";
/// `he.integration_commission.expert_share` (composition): § 89 Abs. 1 S. 2 HGO.
pub const HE_INTEGRATION_COMMISSION_EXPERT_SHARE: &str = "he.integration_commission.expert_share";
/// `he.integration_commission.women_half` (composition): § 89 Abs. 1 S. 5 HGO.
pub const HE_INTEGRATION_COMMISSION_WOMEN_HALF: &str = "he.integration_commission.women_half";
/// `he.integration_commission.co_chairs` (composition): § 89 Abs. 2 HGO.
pub const HE_INTEGRATION_COMMISSION_CO_CHAIRS: &str = "he.integration_commission.co_chairs";
/// `he.integration_commission.meetings` (composition): § 89 Abs. 4 HGO.
pub const HE_INTEGRATION_COMMISSION_MEETINGS: &str = "he.integration_commission.meetings";
/// `rp.migration_board.elected` (composition): § 56 Abs. 2 S. 1 GemO RLP.
pub const RP_MIGRATION_BOARD_ELECTED: &str = "rp.migration_board.elected";
/// `rp.migration_board.term` (composition): § 56 Abs. 2 S. 1 GemO RLP.
pub const RP_MIGRATION_BOARD_TERM: &str = "rp.migration_board.term";
/// `rp.migration_board.appointed_third` (composition): § 56 GemO RLP.
pub const RP_MIGRATION_BOARD_APPOINTED_THIRD: &str = "rp.migration_board.appointed_third";
/// `rp.migration_board.chair` (composition): § 56 GemO RLP.
pub const RP_MIGRATION_BOARD_CHAIR: &str = "rp.migration_board.chair";
/// `rp.migration_board.deputies` (composition): § 56 GemO RLP.
pub const RP_MIGRATION_BOARD_DEPUTIES: &str = "rp.migration_board.deputies";
/// `rp.county_migration_board.elected` (composition): § 49a Abs. 2 S. 1 LKO RLP.
pub const RP_COUNTY_MIGRATION_BOARD_ELECTED: &str = "rp.county_migration_board.elected";
/// `rp.county_migration_board.term` (composition): § 49a Abs. 2 S. 1 LKO RLP.
pub const RP_COUNTY_MIGRATION_BOARD_TERM: &str = "rp.county_migration_board.term";
/// `rp.county_migration_board.appointed_third` (composition): § 49a LKO RLP.
pub const RP_COUNTY_MIGRATION_BOARD_APPOINTED_THIRD: &str =
    "rp.county_migration_board.appointed_third";
/// `rp.county_migration_board.chair` (composition): § 49a LKO RLP.
pub const RP_COUNTY_MIGRATION_BOARD_CHAIR: &str = "rp.county_migration_board.chair";
/// `rp.county_migration_board.deputies` (composition): § 49a LKO RLP.
pub const RP_COUNTY_MIGRATION_BOARD_DEPUTIES: &str = "rp.county_migration_board.deputies";
/// `sl.integration_board_2008.elected_two_thirds` (composition): § 50 Abs. 1 S. 2 KSVG i. d. F. der Bekanntmachung vom 27.06.1997 (Amtsbl. S. 682) i. V. m. § 50 Abs. 2 S. 1 KSVG.
pub const SL_INTEGRATION_BOARD_2008_ELECTED_TWO_THIRDS: &str =
    "sl.integration_board_2008.elected_two_thirds";
/// `sl.integration_board_2008.council_third` (composition): § 50 Abs. 1 S. 2 KSVG i. d. F. der Bekanntmachung vom 27.06.1997 (Amtsbl. S. 682) i. V. m. § 50 Abs. 2 S. 3 KSVG.
pub const SL_INTEGRATION_BOARD_2008_COUNCIL_THIRD: &str = "sl.integration_board_2008.council_third";
/// `sl.integration_board_2008.spokesperson` (composition): § 50 Abs. 3 KSVG i. d. F. der Bekanntmachung vom 27.06.1997 (Amtsbl. S. 682).
pub const SL_INTEGRATION_BOARD_2008_SPOKESPERSON: &str = "sl.integration_board_2008.spokesperson";
/// `sl.integration_board.elected_two_thirds` (composition): § 50 Abs. 2 S. 1 KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023 (Amtsbl. I S. 1119).
pub const SL_INTEGRATION_BOARD_ELECTED_TWO_THIRDS: &str = "sl.integration_board.elected_two_thirds";
/// `sl.integration_board.council_third` (composition): § 50 Abs. 2 S. 4 KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023 (Amtsbl. I S. 1119).
pub const SL_INTEGRATION_BOARD_COUNCIL_THIRD: &str = "sl.integration_board.council_third";
/// `by.local_board.legal_basis` (composition): Art. 23 BayGO.
pub const BY_LOCAL_BOARD_LEGAL_BASIS: &str = "by.local_board.legal_basis";
/// `by.county_local_board.legal_basis` (composition): Art. 17 BayLKrO.
pub const BY_COUNTY_LOCAL_BOARD_LEGAL_BASIS: &str = "by.county_local_board.legal_basis";
/// `bw.local_board_1956.legal_basis` (composition): § 4 Abs. 1 GemO BW (1956–1998).
pub const BW_LOCAL_BOARD_1956_LEGAL_BASIS: &str = "bw.local_board_1956.legal_basis";
/// `bw.local_board.legal_basis` (composition): § 4 Abs. 1 S. 1 GemO BW.
pub const BW_LOCAL_BOARD_LEGAL_BASIS: &str = "bw.local_board.legal_basis";
/// `sn.local_board_1993.legal_basis` (composition): § 47 SächsGemO.
pub const SN_LOCAL_BOARD_1993_LEGAL_BASIS: &str = "sn.local_board_1993.legal_basis";
/// `sn.local_board.legal_basis` (composition): § 47 Abs. 1 S. 1 SächsGemO.
pub const SN_LOCAL_BOARD_LEGAL_BASIS: &str = "sn.local_board.legal_basis";
/// `sn.county_local_board_1993.legal_basis` (composition): § 43 SächsLKrO (1993–2022).
pub const SN_COUNTY_LOCAL_BOARD_1993_LEGAL_BASIS: &str = "sn.county_local_board_1993.legal_basis";
/// `sn.county_local_board.legal_basis` (composition): § 43 Abs. 1 S. 1 SächsLKrO.
pub const SN_COUNTY_LOCAL_BOARD_LEGAL_BASIS: &str = "sn.county_local_board.legal_basis";
/// `be.participation_committee.district_councillors` (composition): § 32 Abs. 2 S. 1 Nr. 1 BezVG.
pub const BE_PARTICIPATION_COMMITTEE_DISTRICT_COUNCILLORS: &str =
    "be.participation_committee.district_councillors";
/// `be.participation_committee.citizen_deputies` (composition): § 32 Abs. 2 S. 1 Nr. 2 BezVG i. V. m. § 32 Abs. 2 S. 3 BezVG.
pub const BE_PARTICIPATION_COMMITTEE_CITIZEN_DEPUTIES: &str =
    "be.participation_committee.citizen_deputies";
/// `be.participation_committee.composition` (composition): § 32 Abs. 2 BezVG.
pub const BE_PARTICIPATION_COMMITTEE_COMPOSITION: &str = "be.participation_committee.composition";
/// `be.participation_committee.migration_history` (composition): § 32 Abs. 2 S. 2 BezVG.
pub const BE_PARTICIPATION_COMMITTEE_MIGRATION_HISTORY: &str =
    "be.participation_committee.migration_history";
/// `be.integration_committee_2011.citizen_deputies` (composition): § 9 Abs. 1 S. 2 BezVG i. d. F. der Bekanntmachung vom 10.11.2011 (GVBl. S. 692).
pub const BE_INTEGRATION_COMMITTEE_2011_CITIZEN_DEPUTIES: &str =
    "be.integration_committee_2011.citizen_deputies";
/// `be.integration_committee_2011.councillor_majority` (composition): § 9 Abs. 1 S. 2 BezVG i. d. F. der Bekanntmachung vom 10.11.2011 (GVBl. S. 692).
pub const BE_INTEGRATION_COMMITTEE_2011_COUNCILLOR_MAJORITY: &str =
    "be.integration_committee_2011.councillor_majority";
/// `be.integration_committee_2011.size` (composition): § 9 Abs. 1 S. 3 BezVG i. d. F. der Bekanntmachung vom 10.11.2011 (GVBl. S. 692).
pub const BE_INTEGRATION_COMMITTEE_2011_SIZE: &str = "be.integration_committee_2011.size";
/// `be.integration_committee_2011.composition` (composition): § 9 Abs. 1 S. 2 BezVG i. d. F. der Bekanntmachung vom 10.11.2011 (GVBl. S. 692).
pub const BE_INTEGRATION_COMMITTEE_2011_COMPOSITION: &str =
    "be.integration_committee_2011.composition";
/// `be.state_board.chair` (composition): § 17 PartMigG.
pub const BE_STATE_BOARD_CHAIR: &str = "be.state_board.chair";
/// `be.state_board.women_half` (composition): § 17 PartMigG.
pub const BE_STATE_BOARD_WOMEN_HALF: &str = "be.state_board.women_half";
/// `be.district_board.legal_basis` (composition): § 19 PartMigG.
pub const BE_DISTRICT_BOARD_LEGAL_BASIS: &str = "be.district_board.legal_basis";
/// `bb.local_board.legal_basis_2007` (composition): § 19 Abs. 1 S. 1 BbgKVerf i. d. F. des Gesetzes vom 18.12.2007 (GVBl. I S. 286).
pub const BB_LOCAL_BOARD_LEGAL_BASIS_2007: &str = "bb.local_board.legal_basis_2007";
/// `bb.local_board.legal_basis_2024` (composition): § 17 BbgKVerf i. d. F. des Gesetzes vom 05.03.2024 (GVBl. I Nr. 10, ber. Nr. 38).
pub const BB_LOCAL_BOARD_LEGAL_BASIS_2024: &str = "bb.local_board.legal_basis_2024";
/// `mv.local_board.legal_basis` (composition): InTG M-V.
pub const MV_LOCAL_BOARD_LEGAL_BASIS: &str = "mv.local_board.legal_basis";
/// `ni.local_board.legal_basis` (composition): § 71 Abs. 6 NKomVG.
pub const NI_LOCAL_BOARD_LEGAL_BASIS: &str = "ni.local_board.legal_basis";
/// `st.local_board.legal_basis` (composition): § 80 KVG LSA.
pub const ST_LOCAL_BOARD_LEGAL_BASIS: &str = "st.local_board.legal_basis";
/// `sh.local_board.legal_basis` (composition): § 47d GO SH.
pub const SH_LOCAL_BOARD_LEGAL_BASIS: &str = "sh.local_board.legal_basis";
/// `sh.county_local_board.legal_basis` (composition): § 42a KrO SH.
pub const SH_COUNTY_LOCAL_BOARD_LEGAL_BASIS: &str = "sh.county_local_board.legal_basis";
/// `th.local_board.legal_basis` (composition): § 26 Abs. 4 ThürKO.
pub const TH_LOCAL_BOARD_LEGAL_BASIS: &str = "th.local_board.legal_basis";
/// `hh.state_board.legal_basis` (composition): § 16 VerwBehG.
pub const HH_STATE_BOARD_LEGAL_BASIS: &str = "hh.state_board.legal_basis";
/// `hh.state_board.chair` (composition): § 16 VerwBehG.
pub const HH_STATE_BOARD_CHAIR: &str = "hh.state_board.chair";
/// `hh.district_board.legal_basis` (composition): BezVG HH.
pub const HH_DISTRICT_BOARD_LEGAL_BASIS: &str = "hh.district_board.legal_basis";
/// `hb.state_board.legal_basis` (composition): Beschluss der Deputation für Soziales vom 16.12.2004.
pub const HB_STATE_BOARD_LEGAL_BASIS: &str = "hb.state_board.legal_basis";
/// `hb.local_board.legal_basis` (composition): Satzung des Migrationsrates der Stadt Bremerhaven.
pub const HB_LOCAL_BOARD_LEGAL_BASIS: &str = "hb.local_board.legal_basis";
/// `hb.local_board_2011.legal_basis` (composition): Satzung des RaM Bremerhaven vom 16.12.2010.
pub const HB_LOCAL_BOARD_2011_LEGAL_BASIS: &str = "hb.local_board_2011.legal_basis";
/// `nw.establishment_2013.must_5000` (establishment): § 27 Abs. 1 S. 1 GO NRW.
pub const NW_ESTABLISHMENT_2013_MUST_5000: &str = "nw.establishment_2013.must_5000";
/// `nw.establishment_2013.on_request_2000` (establishment): § 27 Abs. 1 S. 2 GO NRW.
pub const NW_ESTABLISHMENT_2013_ON_REQUEST_2000: &str = "nw.establishment_2013.on_request_2000";
/// `nw.establishment_2013.may` (establishment): § 27 Abs. 1 S. 3 GO NRW.
pub const NW_ESTABLISHMENT_2013_MAY: &str = "nw.establishment_2013.may";
/// `nw.establishment.must_5000` (establishment): § 27 Abs. 1 S. 1 GO NRW.
pub const NW_ESTABLISHMENT_MUST_5000: &str = "nw.establishment.must_5000";
/// `nw.establishment.on_request_2000` (establishment): § 27 Abs. 1 S. 2 GO NRW.
pub const NW_ESTABLISHMENT_ON_REQUEST_2000: &str = "nw.establishment.on_request_2000";
/// `nw.establishment.may` (establishment): § 27 Abs. 1 S. 3 GO NRW.
pub const NW_ESTABLISHMENT_MAY: &str = "nw.establishment.may";
/// `nw.establishment_1994.must_5000` (establishment): § 27 Abs. 1 GO NRW i. d. F. der Bekanntmachung vom 14.07.1994.
pub const NW_ESTABLISHMENT_1994_MUST_5000: &str = "nw.establishment_1994.must_5000";
/// `nw.establishment_1994.on_request_2000` (establishment): § 27 Abs. 1 GO NRW i. d. F. der Bekanntmachung vom 14.07.1994.
pub const NW_ESTABLISHMENT_1994_ON_REQUEST_2000: &str = "nw.establishment_1994.on_request_2000";
/// `nw.establishment_1994.may` (establishment): § 27 Abs. 1 GO NRW i. d. F. der Bekanntmachung vom 14.07.1994.
pub const NW_ESTABLISHMENT_1994_MAY: &str = "nw.establishment_1994.may";
/// `nw.foreign_residents_board_1994.size` (composition): § 27 GO NRW i. d. F. der Bekanntmachung vom 14.07.1994.
pub const NW_FOREIGN_RESIDENTS_BOARD_1994_SIZE: &str = "nw.foreign_residents_board_1994.size";
/// `nw.establishment_2009.must_5000` (establishment): § 27 Abs. 1 GO NRW i. d. F. des Gesetzes vom 30.06.2009 (GV. NRW. S. 380).
pub const NW_ESTABLISHMENT_2009_MUST_5000: &str = "nw.establishment_2009.must_5000";
/// `nw.establishment_2009.on_request_2000` (establishment): § 27 Abs. 1 GO NRW i. d. F. des Gesetzes vom 30.06.2009 (GV. NRW. S. 380).
pub const NW_ESTABLISHMENT_2009_ON_REQUEST_2000: &str = "nw.establishment_2009.on_request_2000";
/// `nw.establishment_2009.may` (establishment): § 27 Abs. 1 GO NRW i. d. F. des Gesetzes vom 30.06.2009 (GV. NRW. S. 380).
pub const NW_ESTABLISHMENT_2009_MAY: &str = "nw.establishment_2009.may";
/// `nw.establishment_2025.must_5000` (establishment): § 27 GO NRW i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618).
pub const NW_ESTABLISHMENT_2025_MUST_5000: &str = "nw.establishment_2025.must_5000";
/// `nw.establishment_2025.on_request_2000` (establishment): § 27 GO NRW i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618).
pub const NW_ESTABLISHMENT_2025_ON_REQUEST_2000: &str = "nw.establishment_2025.on_request_2000";
/// `nw.establishment_2025.may` (establishment): § 27 GO NRW i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618).
pub const NW_ESTABLISHMENT_2025_MAY: &str = "nw.establishment_2025.may";
/// `he.establishment.must_1000` (establishment): § 84 S. 1 i. V. m. S. 3 HGO.
pub const HE_ESTABLISHMENT_MUST_1000: &str = "he.establishment.must_1000";
/// `he.establishment.may` (establishment): § 84 S. 2 HGO.
pub const HE_ESTABLISHMENT_MAY: &str = "he.establishment.may";
/// `he.establishment_1993.must_1000` (establishment): § 84 HGO i. d. F. der Bekanntmachung vom 01.04.1993 (GVBl. 1992 I S. 534).
pub const HE_ESTABLISHMENT_1993_MUST_1000: &str = "he.establishment_1993.must_1000";
/// `he.establishment_1993.may` (establishment): § 84 HGO i. d. F. der Bekanntmachung vom 01.04.1993 (GVBl. 1992 I S. 534).
pub const HE_ESTABLISHMENT_1993_MAY: &str = "he.establishment_1993.may";
/// `he.establishment.county_may` (establishment): § 4b Abs. 1 HKO.
pub const HE_ESTABLISHMENT_COUNTY_MAY: &str = "he.establishment.county_may";
/// `rp.establishment.must_1000` (establishment): § 56 Abs. 1 GemO RLP.
pub const RP_ESTABLISHMENT_MUST_1000: &str = "rp.establishment.must_1000";
/// `rp.establishment.may` (establishment): § 56 Abs. 1 GemO RLP.
pub const RP_ESTABLISHMENT_MAY: &str = "rp.establishment.may";
/// `rp.establishment.association_may` (establishment): § 64 Abs. 2 Nr. 6 GemO RLP.
pub const RP_ESTABLISHMENT_ASSOCIATION_MAY: &str = "rp.establishment.association_may";
/// `rp.establishment.county_must_5000` (establishment): § 49a Abs. 1 LKO RLP.
pub const RP_ESTABLISHMENT_COUNTY_MUST_5000: &str = "rp.establishment.county_must_5000";
/// `rp.establishment.county_may` (establishment): § 49a Abs. 1 LKO RLP.
pub const RP_ESTABLISHMENT_COUNTY_MAY: &str = "rp.establishment.county_may";
/// `sl.establishment.should_10_percent` (establishment): § 50 Abs. 1 S. 1 KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023 (Amtsbl. I S. 1119).
pub const SL_ESTABLISHMENT_SHOULD_10_PERCENT: &str = "sl.establishment.should_10_percent";
/// `sl.establishment.may` (establishment): § 50 Abs. 1 S. 1 f. KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023 (Amtsbl. I S. 1119).
pub const SL_ESTABLISHMENT_MAY: &str = "sl.establishment.may";
/// `sl.establishment_2008.should_8_percent` (establishment): § 50 Abs. 1 S. 3 KSVG i. d. F. der Bekanntmachung vom 27.06.1997 (Amtsbl. S. 682).
pub const SL_ESTABLISHMENT_2008_SHOULD_8_PERCENT: &str = "sl.establishment_2008.should_8_percent";
/// `sl.establishment_2008.may` (establishment): § 50 Abs. 1 S. 1 KSVG i. d. F. der Bekanntmachung vom 27.06.1997 (Amtsbl. S. 682).
pub const SL_ESTABLISHMENT_2008_MAY: &str = "sl.establishment_2008.may";
/// `sl.establishment_auslaenderbeirat.should_3_percent` (establishment): § 50 Abs. 1 S. 2 KSVG (Ausländerbeirat version before 2008).
pub const SL_ESTABLISHMENT_AUSLAENDERBEIRAT_SHOULD_3_PERCENT: &str =
    "sl.establishment_auslaenderbeirat.should_3_percent";
/// `by.establishment.may` (establishment): Art. 23 BayGO.
pub const BY_ESTABLISHMENT_MAY: &str = "by.establishment.may";
/// `by.establishment.county_may` (establishment): Art. 17 BayLKrO.
pub const BY_ESTABLISHMENT_COUNTY_MAY: &str = "by.establishment.county_may";
/// `bw.establishment.may_1956` (establishment): § 4 Abs. 1 GemO BW (1956–1998).
pub const BW_ESTABLISHMENT_MAY_1956: &str = "bw.establishment.may_1956";
/// `bw.establishment.may` (establishment): § 4 Abs. 1 S. 1 GemO BW.
pub const BW_ESTABLISHMENT_MAY: &str = "bw.establishment.may";
/// `sn.establishment.may_1993` (establishment): § 47 SächsGemO.
pub const SN_ESTABLISHMENT_MAY_1993: &str = "sn.establishment.may_1993";
/// `sn.establishment.may` (establishment): § 47 Abs. 1 S. 1 SächsGemO.
pub const SN_ESTABLISHMENT_MAY: &str = "sn.establishment.may";
/// `sn.establishment.county_may_1993` (establishment): § 43 SächsLKrO (1993–2022).
pub const SN_ESTABLISHMENT_COUNTY_MAY_1993: &str = "sn.establishment.county_may_1993";
/// `sn.establishment.county_may` (establishment): § 43 Abs. 1 S. 1 SächsLKrO.
pub const SN_ESTABLISHMENT_COUNTY_MAY: &str = "sn.establishment.county_may";
/// `be.establishment.district_board` (establishment): § 19 PartMigG.
pub const BE_ESTABLISHMENT_DISTRICT_BOARD: &str = "be.establishment.district_board";
/// `be.establishment.district_committee` (establishment): § 9 Abs. 1 S. 1 i. V. m. § 32 BezVG.
pub const BE_ESTABLISHMENT_DISTRICT_COMMITTEE: &str = "be.establishment.district_committee";
/// `be.establishment.district_committee_2011` (establishment): § 9 Abs. 1 S. 1 BezVG i. d. F. der Bekanntmachung vom 10.11.2011 (GVBl. S. 692) i. V. m. § 32 BezVG.
pub const BE_ESTABLISHMENT_DISTRICT_COMMITTEE_2011: &str =
    "be.establishment.district_committee_2011";
/// `bb.establishment.may_2007` (establishment): § 19 Abs. 1 S. 1 BbgKVerf i. d. F. des Gesetzes vom 18.12.2007 (GVBl. I S. 286).
pub const BB_ESTABLISHMENT_MAY_2007: &str = "bb.establishment.may_2007";
/// `bb.establishment.may_2024` (establishment): § 17 BbgKVerf i. d. F. des Gesetzes vom 05.03.2024 (GVBl. I Nr. 10, ber. Nr. 38).
pub const BB_ESTABLISHMENT_MAY_2024: &str = "bb.establishment.may_2024";
/// `mv.establishment.may` (establishment): InTG M-V.
pub const MV_ESTABLISHMENT_MAY: &str = "mv.establishment.may";
/// `ni.establishment.may` (establishment): § 71 Abs. 6 NKomVG.
pub const NI_ESTABLISHMENT_MAY: &str = "ni.establishment.may";
/// `st.establishment.may` (establishment): § 80 KVG LSA.
pub const ST_ESTABLISHMENT_MAY: &str = "st.establishment.may";
/// `sh.establishment.may` (establishment): § 47d GO SH.
pub const SH_ESTABLISHMENT_MAY: &str = "sh.establishment.may";
/// `sh.establishment.county_may` (establishment): § 42a KrO SH.
pub const SH_ESTABLISHMENT_COUNTY_MAY: &str = "sh.establishment.county_may";
/// `th.establishment.may` (establishment): § 26 Abs. 4 S. 1 ThürKO.
pub const TH_ESTABLISHMENT_MAY: &str = "th.establishment.may";
/// `hh.establishment.may` (establishment): § 16 VerwBehG.
pub const HH_ESTABLISHMENT_MAY: &str = "hh.establishment.may";
/// `hb.establishment.may` (establishment): Beschluss der Deputation für Soziales vom 16.12.2004.
pub const HB_ESTABLISHMENT_MAY: &str = "hb.establishment.may";
/// `nw.franchise` (franchise): § 27 Abs. 3 GO NRW.
pub const NW_FRANCHISE: &str = "nw.franchise";
/// `nw.franchise_2009` (franchise): § 27 Abs. 3 GO NRW i. d. F. des Gesetzes vom 30.06.2009 (GV. NRW. S. 380).
pub const NW_FRANCHISE_2009: &str = "nw.franchise_2009";
/// `he.franchise` (franchise): § 86 HGO.
pub const HE_FRANCHISE: &str = "he.franchise";
/// `he.franchise_2015` (franchise): § 86 HGO.
pub const HE_FRANCHISE_2015: &str = "he.franchise_2015";
/// `rp.franchise` (franchise): § 56 GemO RLP.
pub const RP_FRANCHISE: &str = "rp.franchise";
/// `rp.franchise_2009` (franchise): § 56 GemO RLP i. d. F. des Gesetzes vom 26.11.2008 (GVBl. S. 294).
pub const RP_FRANCHISE_2009: &str = "rp.franchise_2009";
/// `sl.franchise_2008` (franchise): § 50 Abs. 2 S. 1 f. KSVG i. d. F. der Bekanntmachung vom 27.06.1997 (Amtsbl. S. 682).
pub const SL_FRANCHISE_2008: &str = "sl.franchise_2008";
/// `sl.franchise` (franchise): § 50 Abs. 2 S. 2 KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023 (Amtsbl. I S. 1119).
pub const SL_FRANCHISE: &str = "sl.franchise";

/// `nw.integration_council.right_proposal` (right).
pub const NW_INTEGRATION_COUNCIL_RIGHT_PROPOSAL: &str = "nw.integration_council.right_proposal";
/// `nw.integration_council.right_attendance` (right).
pub const NW_INTEGRATION_COUNCIL_RIGHT_ATTENDANCE: &str = "nw.integration_council.right_attendance";
/// `nw.integration_council.right_comment` (right).
pub const NW_INTEGRATION_COUNCIL_RIGHT_COMMENT: &str = "nw.integration_council.right_comment";
/// `nw.integration_council_2025.right_deliberation` (right).
pub const NW_INTEGRATION_COUNCIL_2025_RIGHT_DELIBERATION: &str =
    "nw.integration_council_2025.right_deliberation";
/// `nw.integration_council_2025.right_proposal` (right).
pub const NW_INTEGRATION_COUNCIL_2025_RIGHT_PROPOSAL: &str =
    "nw.integration_council_2025.right_proposal";
/// `nw.integration_committee.right_proposal` (right).
pub const NW_INTEGRATION_COMMITTEE_RIGHT_PROPOSAL: &str = "nw.integration_committee.right_proposal";
/// `nw.integration_committee.right_attendance` (right).
pub const NW_INTEGRATION_COMMITTEE_RIGHT_ATTENDANCE: &str =
    "nw.integration_committee.right_attendance";
/// `nw.integration_committee.right_comment` (right).
pub const NW_INTEGRATION_COMMITTEE_RIGHT_COMMENT: &str = "nw.integration_committee.right_comment";
/// `nw.integration_committee.right_deliberation` (right).
pub const NW_INTEGRATION_COMMITTEE_RIGHT_DELIBERATION: &str =
    "nw.integration_committee.right_deliberation";
/// `he.foreign_residents_board.right_information` (right).
pub const HE_FOREIGN_RESIDENTS_BOARD_RIGHT_INFORMATION: &str =
    "he.foreign_residents_board.right_information";
/// `he.foreign_residents_board.right_proposal` (right).
pub const HE_FOREIGN_RESIDENTS_BOARD_RIGHT_PROPOSAL: &str =
    "he.foreign_residents_board.right_proposal";
/// `he.foreign_residents_board.right_hearing_committees` (right).
pub const HE_FOREIGN_RESIDENTS_BOARD_RIGHT_HEARING_COMMITTEES: &str =
    "he.foreign_residents_board.right_hearing_committees";
/// `he.foreign_residents_board.right_hearing_council` (right).
pub const HE_FOREIGN_RESIDENTS_BOARD_RIGHT_HEARING_COUNCIL: &str =
    "he.foreign_residents_board.right_hearing_council";
/// `he.foreign_residents_board.right_motion` (right).
pub const HE_FOREIGN_RESIDENTS_BOARD_RIGHT_MOTION: &str = "he.foreign_residents_board.right_motion";
/// `he.county_foreign_residents_board.right_information` (right).
pub const HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_INFORMATION: &str =
    "he.county_foreign_residents_board.right_information";
/// `he.county_foreign_residents_board.right_proposal` (right).
pub const HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_PROPOSAL: &str =
    "he.county_foreign_residents_board.right_proposal";
/// `he.county_foreign_residents_board.right_hearing_committees` (right).
pub const HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_HEARING_COMMITTEES: &str =
    "he.county_foreign_residents_board.right_hearing_committees";
/// `he.county_foreign_residents_board.right_hearing_council` (right).
pub const HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_HEARING_COUNCIL: &str =
    "he.county_foreign_residents_board.right_hearing_council";
/// `he.county_foreign_residents_board.right_motion` (right).
pub const HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_MOTION: &str =
    "he.county_foreign_residents_board.right_motion";
/// `he.integration_commission.right_proposal` (right).
pub const HE_INTEGRATION_COMMISSION_RIGHT_PROPOSAL: &str =
    "he.integration_commission.right_proposal";
/// `he.integration_commission.right_hearing_committees` (right).
pub const HE_INTEGRATION_COMMISSION_RIGHT_HEARING_COMMITTEES: &str =
    "he.integration_commission.right_hearing_committees";
/// `sh.local_board.right_information` (right).
pub const SH_LOCAL_BOARD_RIGHT_INFORMATION: &str = "sh.local_board.right_information";
/// `sh.local_board.right_motion` (right).
pub const SH_LOCAL_BOARD_RIGHT_MOTION: &str = "sh.local_board.right_motion";
/// `sh.local_board.right_attendance` (right).
pub const SH_LOCAL_BOARD_RIGHT_ATTENDANCE: &str = "sh.local_board.right_attendance";
/// `sh.county_local_board.right_information` (right).
pub const SH_COUNTY_LOCAL_BOARD_RIGHT_INFORMATION: &str = "sh.county_local_board.right_information";
/// `sh.county_local_board.right_motion` (right).
pub const SH_COUNTY_LOCAL_BOARD_RIGHT_MOTION: &str = "sh.county_local_board.right_motion";
/// `sh.county_local_board.right_attendance` (right).
pub const SH_COUNTY_LOCAL_BOARD_RIGHT_ATTENDANCE: &str = "sh.county_local_board.right_attendance";
/// `bb.local_board.right_comment_2007` (right).
pub const BB_LOCAL_BOARD_RIGHT_COMMENT_2007: &str = "bb.local_board.right_comment_2007";
/// `bb.local_board.right_comment_2024` (right).
pub const BB_LOCAL_BOARD_RIGHT_COMMENT_2024: &str = "bb.local_board.right_comment_2024";
/// `sl.integration_board_2008.right_motion` (right).
pub const SL_INTEGRATION_BOARD_2008_RIGHT_MOTION: &str = "sl.integration_board_2008.right_motion";
/// `sl.integration_board_2008.right_attendance` (right).
pub const SL_INTEGRATION_BOARD_2008_RIGHT_ATTENDANCE: &str =
    "sl.integration_board_2008.right_attendance";
/// `be.participation_committee.right_hearing` (right).
pub const BE_PARTICIPATION_COMMITTEE_RIGHT_HEARING: &str =
    "be.participation_committee.right_hearing";

/// `rp.migration_board.right_motion` (right).
pub const RP_MIGRATION_BOARD_RIGHT_MOTION: &str = "rp.migration_board.right_motion";
/// `rp.migration_board.right_attendance` (right).
pub const RP_MIGRATION_BOARD_RIGHT_ATTENDANCE: &str = "rp.migration_board.right_attendance";
/// `rp.migration_board.right_comment` (right).
pub const RP_MIGRATION_BOARD_RIGHT_COMMENT: &str = "rp.migration_board.right_comment";

/// `nw.election.allocation_2007` (allocation): § 33 Abs. 2 KWahlG NRW i. d. F. des Gesetzes vom 9.10.2007, Sainte-Laguë/Schepers.
pub const NW_ELECTION_ALLOCATION_2007: &str = "nw.election.allocation_2007";
/// `nw.election.allocation_2024` (allocation): § 33 Abs. 2 KWahlG NRW i. d. F. des Gesetzes vom 5.7.2024, the quota method with percentage remainders.
pub const NW_ELECTION_ALLOCATION_2024: &str = "nw.election.allocation_2024";
/// `nw.election.allocation_2025` (allocation): § 33 Abs. 2 KWahlG NRW as restored in 2025, Sainte-Laguë/Schepers.
pub const NW_ELECTION_ALLOCATION_2025: &str = "nw.election.allocation_2025";
/// `he.election.allocation` (allocation): § 22 Abs. 3 i. V. m. § 58 S. 1 KWG Hessen, Hare/Niemeyer.
pub const HE_ELECTION_ALLOCATION: &str = "he.election.allocation";
/// `rp.election.allocation` (allocation): § 56 Abs. 2 GemO RLP, the method of the Satzung.
pub const RP_ELECTION_ALLOCATION: &str = "rp.election.allocation";
/// `rp.election.county_allocation` (allocation): § 49a Abs. 2 LKO RLP, the method of the Satzung.
pub const RP_ELECTION_COUNTY_ALLOCATION: &str = "rp.election.county_allocation";
/// `sl.election.allocation_2008` (allocation): § 50 Abs. 2 S. 2 KSVG i. d. F. des Gesetzes von 2008, the method of the Satzung.
pub const SL_ELECTION_ALLOCATION_2008: &str = "sl.election.allocation_2008";
/// `sl.election.allocation` (allocation): § 50 Abs. 2 KSVG i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023, the method of the Satzung.
pub const SL_ELECTION_ALLOCATION: &str = "sl.election.allocation";

/// Every id above, in the order of the catalogue.
pub const ALL: &[&str] = &[
    NW_FOREIGN_RESIDENTS_BOARD_1994_TERM,
    NW_FOREIGN_RESIDENTS_BOARD_1994_SIZE,
    NW_INTEGRATION_COUNCIL_ELECTED_MAJORITY,
    NW_INTEGRATION_COUNCIL_COMPOSITION,
    NW_INTEGRATION_COUNCIL_CHAIR,
    NW_INTEGRATION_COUNCIL_DEPUTIES,
    NW_INTEGRATION_COUNCIL_TERM,
    NW_INTEGRATION_COUNCIL_CONTINUATION,
    NW_INTEGRATION_COUNCIL_ELECTION_DAY,
    NW_INTEGRATION_COUNCIL_2009_TERM,
    NW_INTEGRATION_COUNCIL_2009_COMPOSITION,
    NW_INTEGRATION_COUNCIL_2025_ELECTED_MAJORITY,
    NW_INTEGRATION_COUNCIL_2025_CHAIR,
    NW_INTEGRATION_COUNCIL_2025_TERM,
    NW_INTEGRATION_COUNCIL_2025_ELECTION_DAY,
    NW_INTEGRATION_COMMITTEE_2009_TERM,
    NW_INTEGRATION_COMMITTEE_NOT_PERMITTED_2013_2018,
    NW_INTEGRATION_COMMITTEE_ELECTED_MAJORITY,
    NW_INTEGRATION_COMMITTEE_COMPOSITION,
    NW_INTEGRATION_COMMITTEE_CHAIR,
    NW_INTEGRATION_COMMITTEE_TERM,
    NW_INTEGRATION_COMMITTEE_ELECTION_DAY,
    NW_INTEGRATION_COMMITTEE_NOT_PERMITTED_2025,
    HE_FOREIGN_RESIDENTS_BOARD_SIZE,
    HE_FOREIGN_RESIDENTS_BOARD_ELECTED,
    HE_FOREIGN_RESIDENTS_BOARD_CHAIR,
    HE_FOREIGN_RESIDENTS_BOARD_DEPUTIES,
    HE_FOREIGN_RESIDENTS_BOARD_LAPSE,
    HE_FOREIGN_RESIDENTS_BOARD_TERM,
    HE_FOREIGN_RESIDENTS_BOARD_ELECTION_DAY,
    HE_FOREIGN_RESIDENTS_BOARD_2001_SIZE,
    HE_FOREIGN_RESIDENTS_BOARD_2001_ELECTED,
    HE_FOREIGN_RESIDENTS_BOARD_2001_TERM,
    HE_FOREIGN_RESIDENTS_BOARD_2005_TERM,
    HE_COUNTY_FOREIGN_RESIDENTS_BOARD_CHAIR,
    HE_COUNTY_FOREIGN_RESIDENTS_BOARD_DEPUTIES,
    HE_INTEGRATION_COMMISSION_EXPERT_SHARE,
    HE_INTEGRATION_COMMISSION_WOMEN_HALF,
    HE_INTEGRATION_COMMISSION_CO_CHAIRS,
    HE_INTEGRATION_COMMISSION_MEETINGS,
    RP_MIGRATION_BOARD_ELECTED,
    RP_MIGRATION_BOARD_TERM,
    RP_MIGRATION_BOARD_APPOINTED_THIRD,
    RP_MIGRATION_BOARD_CHAIR,
    RP_MIGRATION_BOARD_DEPUTIES,
    RP_COUNTY_MIGRATION_BOARD_ELECTED,
    RP_COUNTY_MIGRATION_BOARD_TERM,
    RP_COUNTY_MIGRATION_BOARD_APPOINTED_THIRD,
    RP_COUNTY_MIGRATION_BOARD_CHAIR,
    RP_COUNTY_MIGRATION_BOARD_DEPUTIES,
    SL_INTEGRATION_BOARD_2008_ELECTED_TWO_THIRDS,
    SL_INTEGRATION_BOARD_2008_COUNCIL_THIRD,
    SL_INTEGRATION_BOARD_2008_SPOKESPERSON,
    SL_INTEGRATION_BOARD_ELECTED_TWO_THIRDS,
    SL_INTEGRATION_BOARD_COUNCIL_THIRD,
    BY_LOCAL_BOARD_LEGAL_BASIS,
    BY_COUNTY_LOCAL_BOARD_LEGAL_BASIS,
    BW_LOCAL_BOARD_1956_LEGAL_BASIS,
    BW_LOCAL_BOARD_LEGAL_BASIS,
    SN_LOCAL_BOARD_1993_LEGAL_BASIS,
    SN_LOCAL_BOARD_LEGAL_BASIS,
    SN_COUNTY_LOCAL_BOARD_1993_LEGAL_BASIS,
    SN_COUNTY_LOCAL_BOARD_LEGAL_BASIS,
    BE_PARTICIPATION_COMMITTEE_DISTRICT_COUNCILLORS,
    BE_PARTICIPATION_COMMITTEE_CITIZEN_DEPUTIES,
    BE_PARTICIPATION_COMMITTEE_COMPOSITION,
    BE_PARTICIPATION_COMMITTEE_MIGRATION_HISTORY,
    BE_INTEGRATION_COMMITTEE_2011_CITIZEN_DEPUTIES,
    BE_INTEGRATION_COMMITTEE_2011_COUNCILLOR_MAJORITY,
    BE_INTEGRATION_COMMITTEE_2011_SIZE,
    BE_INTEGRATION_COMMITTEE_2011_COMPOSITION,
    BE_STATE_BOARD_CHAIR,
    BE_STATE_BOARD_WOMEN_HALF,
    BE_DISTRICT_BOARD_LEGAL_BASIS,
    BB_LOCAL_BOARD_LEGAL_BASIS_2007,
    BB_LOCAL_BOARD_LEGAL_BASIS_2024,
    MV_LOCAL_BOARD_LEGAL_BASIS,
    NI_LOCAL_BOARD_LEGAL_BASIS,
    ST_LOCAL_BOARD_LEGAL_BASIS,
    SH_LOCAL_BOARD_LEGAL_BASIS,
    SH_COUNTY_LOCAL_BOARD_LEGAL_BASIS,
    TH_LOCAL_BOARD_LEGAL_BASIS,
    HH_STATE_BOARD_LEGAL_BASIS,
    HH_STATE_BOARD_CHAIR,
    HH_DISTRICT_BOARD_LEGAL_BASIS,
    HB_STATE_BOARD_LEGAL_BASIS,
    HB_LOCAL_BOARD_2011_LEGAL_BASIS,
    HB_LOCAL_BOARD_LEGAL_BASIS,
    NW_ESTABLISHMENT_1994_MUST_5000,
    NW_ESTABLISHMENT_1994_ON_REQUEST_2000,
    NW_ESTABLISHMENT_1994_MAY,
    NW_ESTABLISHMENT_2013_MUST_5000,
    NW_ESTABLISHMENT_2013_ON_REQUEST_2000,
    NW_ESTABLISHMENT_2013_MAY,
    NW_ESTABLISHMENT_MUST_5000,
    NW_ESTABLISHMENT_ON_REQUEST_2000,
    NW_ESTABLISHMENT_MAY,
    NW_ESTABLISHMENT_2009_MUST_5000,
    NW_ESTABLISHMENT_2009_ON_REQUEST_2000,
    NW_ESTABLISHMENT_2009_MAY,
    NW_ESTABLISHMENT_2025_MUST_5000,
    NW_ESTABLISHMENT_2025_ON_REQUEST_2000,
    NW_ESTABLISHMENT_2025_MAY,
    HE_ESTABLISHMENT_MUST_1000,
    HE_ESTABLISHMENT_MAY,
    HE_ESTABLISHMENT_1993_MUST_1000,
    HE_ESTABLISHMENT_1993_MAY,
    HE_ESTABLISHMENT_COUNTY_MAY,
    RP_ESTABLISHMENT_MUST_1000,
    RP_ESTABLISHMENT_MAY,
    RP_ESTABLISHMENT_ASSOCIATION_MAY,
    RP_ESTABLISHMENT_COUNTY_MUST_5000,
    RP_ESTABLISHMENT_COUNTY_MAY,
    SL_ESTABLISHMENT_SHOULD_10_PERCENT,
    SL_ESTABLISHMENT_MAY,
    SL_ESTABLISHMENT_2008_SHOULD_8_PERCENT,
    SL_ESTABLISHMENT_2008_MAY,
    SL_ESTABLISHMENT_AUSLAENDERBEIRAT_SHOULD_3_PERCENT,
    BY_ESTABLISHMENT_MAY,
    BY_ESTABLISHMENT_COUNTY_MAY,
    BW_ESTABLISHMENT_MAY_1956,
    BW_ESTABLISHMENT_MAY,
    SN_ESTABLISHMENT_MAY_1993,
    SN_ESTABLISHMENT_MAY,
    SN_ESTABLISHMENT_COUNTY_MAY_1993,
    SN_ESTABLISHMENT_COUNTY_MAY,
    BE_ESTABLISHMENT_DISTRICT_BOARD,
    BE_ESTABLISHMENT_DISTRICT_COMMITTEE,
    BE_ESTABLISHMENT_DISTRICT_COMMITTEE_2011,
    BB_ESTABLISHMENT_MAY_2007,
    BB_ESTABLISHMENT_MAY_2024,
    MV_ESTABLISHMENT_MAY,
    NI_ESTABLISHMENT_MAY,
    ST_ESTABLISHMENT_MAY,
    SH_ESTABLISHMENT_MAY,
    SH_ESTABLISHMENT_COUNTY_MAY,
    TH_ESTABLISHMENT_MAY,
    HH_ESTABLISHMENT_MAY,
    HB_ESTABLISHMENT_MAY,
    NW_FRANCHISE,
    NW_FRANCHISE_2009,
    HE_FRANCHISE,
    HE_FRANCHISE_2015,
    RP_FRANCHISE,
    RP_FRANCHISE_2009,
    SL_FRANCHISE_2008,
    SL_FRANCHISE,
    NW_INTEGRATION_COUNCIL_RIGHT_PROPOSAL,
    NW_INTEGRATION_COUNCIL_RIGHT_ATTENDANCE,
    NW_INTEGRATION_COUNCIL_RIGHT_COMMENT,
    NW_INTEGRATION_COUNCIL_2025_RIGHT_DELIBERATION,
    NW_INTEGRATION_COUNCIL_2025_RIGHT_PROPOSAL,
    NW_INTEGRATION_COMMITTEE_RIGHT_PROPOSAL,
    NW_INTEGRATION_COMMITTEE_RIGHT_ATTENDANCE,
    NW_INTEGRATION_COMMITTEE_RIGHT_COMMENT,
    NW_INTEGRATION_COMMITTEE_RIGHT_DELIBERATION,
    HE_FOREIGN_RESIDENTS_BOARD_RIGHT_INFORMATION,
    HE_FOREIGN_RESIDENTS_BOARD_RIGHT_PROPOSAL,
    HE_FOREIGN_RESIDENTS_BOARD_RIGHT_HEARING_COMMITTEES,
    HE_FOREIGN_RESIDENTS_BOARD_RIGHT_HEARING_COUNCIL,
    HE_FOREIGN_RESIDENTS_BOARD_RIGHT_MOTION,
    HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_INFORMATION,
    HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_PROPOSAL,
    HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_HEARING_COMMITTEES,
    HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_HEARING_COUNCIL,
    HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_MOTION,
    HE_INTEGRATION_COMMISSION_RIGHT_PROPOSAL,
    HE_INTEGRATION_COMMISSION_RIGHT_HEARING_COMMITTEES,
    RP_MIGRATION_BOARD_RIGHT_MOTION,
    RP_MIGRATION_BOARD_RIGHT_ATTENDANCE,
    RP_MIGRATION_BOARD_RIGHT_COMMENT,
    SL_INTEGRATION_BOARD_2008_RIGHT_MOTION,
    SL_INTEGRATION_BOARD_2008_RIGHT_ATTENDANCE,
    BE_PARTICIPATION_COMMITTEE_RIGHT_HEARING,
    BB_LOCAL_BOARD_RIGHT_COMMENT_2007,
    BB_LOCAL_BOARD_RIGHT_COMMENT_2024,
    SH_LOCAL_BOARD_RIGHT_INFORMATION,
    SH_LOCAL_BOARD_RIGHT_MOTION,
    SH_LOCAL_BOARD_RIGHT_ATTENDANCE,
    SH_COUNTY_LOCAL_BOARD_RIGHT_INFORMATION,
    SH_COUNTY_LOCAL_BOARD_RIGHT_MOTION,
    SH_COUNTY_LOCAL_BOARD_RIGHT_ATTENDANCE,
    NW_ELECTION_ALLOCATION_2007,
    NW_ELECTION_ALLOCATION_2024,
    NW_ELECTION_ALLOCATION_2025,
    HE_ELECTION_ALLOCATION,
    RP_ELECTION_ALLOCATION,
    RP_ELECTION_COUNTY_ALLOCATION,
    SL_ELECTION_ALLOCATION_2008,
    SL_ELECTION_ALLOCATION,
];
