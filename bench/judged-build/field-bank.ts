/**
 * What the judged-set generator knows of one field of study and work: the NACE division its companies sit in,
 * neighbouring fields (a recruiter would look at them), the names programmes carry, the skills (ids of
 * SKILL_FORMS), phrase banks for CVs, and the one offer a company of that field publishes.
 */
export interface FieldBank {
  id: string;
  division: string;
  related: string[];
  programmes: string[];
  roles: string[];
  skills: string[];
  places: string[];
  tasks: string[];
  interests: string[];
  offer: OfferSpec;
}

/** An offer as the company writes it; each skill with the hidden skill id a recruiter reads in it (null: none). */
export interface OfferSpec {
  key: string;
  title: string;
  city: string;
  countryCode: string;
  /** Countries the candidates must come from (live in); empty: anyone. */
  wantedCountries: string[];
  mission: string;
  profileText: string;
  skills: Array<[text: string, skillId: string | null]>;
  wantedStudyYears: number[];
  wantedProgrammes: string[];
  languages: string[];
  /** Days from the run date to the start (negative: the internship has started, the offer still takes people). */
  startInDays: number;
  durationWeeks: number;
}
