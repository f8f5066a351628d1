import { OfferDocument } from '../../indexer/offers/offer-document';
import { ProfileDocument } from '../../indexer/profiles/profile-document';
import { OfferFacts, RequestFacts } from './match-facts';

/** The profile fields the matching reads (request → facts). */
export const PROFILE_MATCH_FIELDS = [
  'request_id',
  'title',
  'message',
  'keywords',
  'cv_text',
  'letter_text',
  'nace_divisions',
  'nace_sections',
  'countries',
  'cities',
  'languages',
  'study_year',
  'programme_name',
  'university_country',
  'residence_country',
  'available_from',
  'available_to',
  'published_at',
] as const;

export type ProfileMatchSource = Pick<ProfileDocument, (typeof PROFILE_MATCH_FIELDS)[number]>;

/** The texts of a profile: read for their words, which the engine can look up instead (word-presence.ts). */
export const PROFILE_TEXT_FIELDS = ['title', 'message', 'keywords', 'cv_text', 'letter_text'] as const;

/** What the scoring reads of a profile when the engine told which of the offer's words it holds. */
export const PROFILE_FACT_FIELDS = PROFILE_MATCH_FIELDS.filter(
  (field) => !(PROFILE_TEXT_FIELDS as readonly string[]).includes(field),
);

/** The offer fields the matching reads (offer → facts). */
export const OFFER_MATCH_FIELDS = [
  'offer_id',
  'title',
  'mission',
  'profile_text',
  'skills',
  'nace_divisions',
  'nace_sections',
  'study_years',
  'wanted_programmes',
  'languages',
  'country_code',
  'city',
  'wanted_countries',
  'start_date',
  'end_date',
  'published_at',
] as const;

export type OfferMatchSource = Pick<OfferDocument, (typeof OFFER_MATCH_FIELDS)[number]>;

export function requestFacts(source: ProfileMatchSource): RequestFacts {
  return {
    id: source.request_id,
    title: source.title ?? '',
    message: source.message ?? '',
    keywords: source.keywords ?? [],
    cvText: source.cv_text ?? null,
    letterText: source.letter_text ?? null,
    divisions: source.nace_divisions ?? [],
    sections: source.nace_sections ?? [],
    countries: source.countries ?? [],
    cities: source.cities ?? [],
    languages: source.languages ?? [],
    studyYear: source.study_year,
    programmeName: source.programme_name ?? '',
    universityCountry: (source.university_country ?? '').trim(),
    residenceCountry: source.residence_country?.trim() || null,
    availableFrom: source.available_from ?? null,
    availableTo: source.available_to ?? null,
    publishedAt: source.published_at ?? null,
  };
}

export function offerFacts(source: OfferMatchSource): OfferFacts {
  return {
    title: source.title,
    mission: source.mission ?? '',
    profileText: source.profile_text ?? '',
    skills: source.skills ?? [],
    divisions: source.nace_divisions ?? [],
    sections: source.nace_sections ?? [],
    studyYears: source.study_years ?? [],
    programmes: source.wanted_programmes ?? [],
    languages: source.languages ?? [],
    country: (source.country_code ?? '').trim(),
    city: source.city ?? '',
    wantedCountries: (source.wanted_countries ?? []).map((code) => code.trim()),
    period: { from: source.start_date, to: source.end_date },
  };
}
