import type { estypes } from '@elastic/elasticsearch';
import { OfferDocument } from '../../../indexer/offers/offer-document';
import { SETTINGS } from '../../matching/testing/matching-fixtures';
import {
  MatchProfile,
  offerToProfilesSearch,
  profileTargetFilter,
  requestTextReferenceSearch,
  requestToOffersSearch,
} from './offer-match.query';

type Query = estypes.QueryDslQueryContainer;

const profile: MatchProfile = {
  request_id: 'r1',
  student_id: 's1',
  title: 'Stage développeur',
  message: '',
  keywords: ['TypeScript'],
  cv_text: 'Projets en NestJS',
  letter_text: null,
  nace_sections: ['J'],
  nace_divisions: ['62'],
  countries: ['TN'],
  cities: ['Sfax'],
  languages: ['fr'],
  study_year: 4,
  programme_id: 'p1',
  programme_name: 'Génie logiciel',
  university_id: 'u1',
  university_country: 'TN',
  residence_country: null,
  available_from: '2027-02-01',
  available_to: '2027-06-01',
  published_at: '2026-11-20T00:00:00.000Z',
};

const offer = {
  offer_id: 'o1',
  title: 'Développeur',
  mission: 'API',
  profile_text: '',
  nace_divisions: ['62'],
  nace_sections: ['J'],
  study_years: [4, 5],
  skills: ['TypeScript'],
  languages: ['fr'],
  country_code: 'TN',
  city: 'Sfax',
  wanted_countries: [],
  wanted_programmes: [],
  targeting: 'university',
  target_country_code: null,
  target_university_id: 'u1',
  target_programme_id: null,
} as unknown as OfferDocument;

const NOW = new Date('2026-12-01T00:00:00Z');

describe('requestToOffersSearch', () => {
  const search = requestToOffersSearch(profile, { size: 50, textBoost: 0.25, now: NOW, weights: SETTINGS.weights });

  it('filters hard on published status, the deadline and the targeting of the student', () => {
    const filter = search.query!.bool!.filter as Query[];
    expect(filter[0]).toEqual({ term: { status: 'published' } });
    expect(filter[1]).toEqual({ range: { application_deadline: { gt: NOW.toISOString() } } });
    const targeting = filter.find((clause) => clause.bool?.minimum_should_match === 1)!.bool!.should as Query[];
    expect(targeting).toEqual([
      { term: { targeting: 'open' } },
      { bool: { filter: [{ term: { targeting: 'country' } }, { term: { target_country_code: 'TN' } }] } },
      { bool: { filter: [{ term: { targeting: 'university' } }, { term: { target_university_id: 'u1' } }] } },
      { bool: { filter: [{ term: { targeting: 'programme' } }, { term: { target_programme_id: 'p1' } }] } },
    ]);
  });

  it("ranks the first pass by the request's text, scaled, and the sector and year, asking for the named text score", () => {
    const should = search.query!.bool!.should as Query[];
    expect(should[0]).toMatchObject({ bool: { _name: 'text', boost: 0.25 } });
    expect(JSON.stringify(should[0])).toContain('NestJS');
    expect(should[1]).toEqual({
      constant_score: { filter: { terms: { nace_divisions: ['62'] } }, boost: SETTINGS.weights.sector },
    });
    expect(search.include_named_queries_score).toBe(true);
    expect(search.size).toBe(50);
    expect(search._source).toEqual(expect.arrayContaining(['mission', 'profile_text', 'end_date', 'wanted_countries']));
  });

  it("restricts to given offers when scoring an offer's candidates", () => {
    const one = requestToOffersSearch(profile, {
      size: 1,
      textBoost: 1,
      now: NOW,
      offerIds: ['o1'],
      weights: SETTINGS.weights,
    });
    expect(one.query!.bool!.filter).toContainEqual({ ids: { values: ['o1'] } });
  });

  it('finds the text reference among the same offers, one hit', () => {
    const reference = requestTextReferenceSearch(profile, NOW)!;
    expect(reference.size).toBe(1);
    expect(reference.query!.bool!.filter).toEqual(search.query!.bool!.filter);
    expect(requestTextReferenceSearch({ ...profile, title: '', keywords: [], cv_text: null }, NOW)).toBeNull();
  });
});

describe('offerToProfilesSearch', () => {
  it("filters on the offer's target and finds candidates by text, sector, years and skills", () => {
    const search = offerToProfilesSearch(offer, SETTINGS, 100);
    expect(search.query!.bool!.filter).toEqual([{ term: { university_id: 'u1' } }]);
    expect((search.query!.bool!.should as Query[]).length).toBe(4);
    expect(search.query!.bool!.minimum_should_match).toBe(1);
  });

  it('reaches nobody for an unknown targeting and everybody for an open offer', () => {
    expect(profileTargetFilter({ ...offer, targeting: 'open' })).toEqual([]);
    expect(profileTargetFilter({ ...offer, targeting: 'country', target_country_code: 'FR' })).toEqual([
      { term: { university_country: 'FR' } },
    ]);
    expect(profileTargetFilter({ ...offer, targeting: 'planet' })).toEqual([
      { bool: { must_not: [{ match_all: {} }] } },
    ]);
  });
});
