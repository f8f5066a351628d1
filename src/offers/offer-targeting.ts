/** Who may see an offer: every student, or only those of one country, university or programme ("offre ciblée"). */
export enum OfferTargeting {
  Open = 'open',
  Country = 'country',
  University = 'university',
  Programme = 'programme',
}

/** The target of an offer as stored: only the column of its targeting kind is set. */
export interface OfferTarget {
  targeting: OfferTargeting;
  targetCountryCode: string | null;
  targetUniversityId: string | null;
  targetProgrammeId: string | null;
}

/** The population a student belongs to: their programme, its university and that university's country. */
export interface StudentPopulation {
  programmeId: string;
  universityId: string;
  countryCode: string;
}
