/**
 * The hidden true profile of a request: what the student really is and can do, written before the text. Grades
 * are given from it by the rubric of bench/judged/README.md; no ranker ever reads it.
 */
export interface TrueProfile {
  key: string;
  /** Field id (see fields-*.ts): what the student studies and has done. */
  field: string;
  /** Skill ids the student really holds (what the CV shows done), not what the keywords claim. */
  skills: string[];
  studyYear: number;
  /** Where the student lives. */
  residence: string;
  /** Countries the student wants an internship in; empty: anywhere. */
  wantedCountries: string[];
  /** Days from the run date; null: no dates given. */
  availableInDays: number | null;
  durationWeeks: number | null;
  /** Why the request was written (the offer it was aimed at and the kind of near miss). */
  kind: RequestKind;
  aimedAt: string;
}

export type RequestKind =
  | 'fit'
  | 'fit_other_words'
  | 'fit_letter'
  | 'fit_no_dates'
  | 'fit_no_sector'
  | 'year_next'
  | 'year_far'
  | 'country_off'
  | 'dates_off'
  | 'wrong_skills'
  | 'partial_skills'
  | 'neighbour_field'
  | 'keyword_stuffer'
  /** Hand-written only: a skill the offer asks for, learnt in an unrelated trade. */
  | 'skill_from_other_trade';

export const REQUEST_KINDS: RequestKind[] = [
  'fit',
  'fit_other_words',
  'fit_letter',
  'fit_no_dates',
  'fit_no_sector',
  'year_next',
  'year_far',
  'country_off',
  'dates_off',
  'wrong_skills',
  'partial_skills',
  'neighbour_field',
  'keyword_stuffer',
];
