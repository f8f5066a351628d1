/**
 * One searchable student profile: a published internship request that its student made visible to companies,
 * with the student's schooling and the text of the CV and letter. Field names follow mappings/profiles.v2.json.
 */
export interface ProfileDocument {
  request_id: string;
  student_id: string;
  title: string;
  message: string;
  keywords: string[];
  cv_text: string | null;
  letter_text: string | null;
  nace_sections: string[];
  nace_divisions: string[];
  countries: string[];
  cities: string[];
  languages: string[];
  study_year: number;
  programme_id: string;
  programme_name: string;
  university_id: string;
  university_name: string;
  university_country: string;
  /** The student's own country of residence, when they gave it. */
  residence_country: string | null;
  civility: string | null;
  first_name: string;
  last_name: string;
  cv: { document_id: string; file_name: string } | null;
  letter: { document_id: string; file_name: string } | null;
  /** ISO dates (yyyy-mm-dd): the start date and start + duration. */
  available_from: string | null;
  available_to: string | null;
  published_at: string;
  updated_at: string;
  version: number;
}

/** The index name (before prefix) of the profiles projection, and the mapping version the code writes. */
export const PROFILES_INDEX = 'profiles';
export const PROFILES_MAPPING_VERSION = 2;
