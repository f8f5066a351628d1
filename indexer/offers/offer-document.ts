/**
 * One published internship offer as the matching reads it: the wanted profile, the targeting, status and dates.
 * Field names follow mappings/offers.v1.json.
 */
export interface OfferDocument {
  offer_id: string;
  company_id: string;
  company_name: string;
  title: string;
  mission: string;
  profile_text: string;
  position: string;
  internship_type: string;
  skills: string[];
  nace_divisions: string[];
  nace_sections: string[];
  study_years: number[];
  wanted_programmes: string[];
  languages: string[];
  wanted_countries: string[];
  country_code: string;
  city: string;
  targeting: string;
  target_country_code: string | null;
  target_university_id: string | null;
  target_programme_id: string | null;
  status: string;
  /** ISO dates (yyyy-mm-dd): the start date and start + duration. */
  start_date: string;
  end_date: string;
  application_deadline: string;
  published_at: string | null;
  updated_at: string;
  version: number;
}

/** The index name (before prefix) of the offers projection, and the mapping version the code writes. */
export const OFFERS_INDEX = 'offers';
export const OFFERS_MAPPING_VERSION = 1;
