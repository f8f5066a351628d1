import type { estypes } from '@elastic/elasticsearch';
import { OfferDocument } from '../../../indexer/offers/offer-document';
import { MATCH_THRESHOLD, MATCH_WEIGHTS, MatchCriterion } from '../match-criteria';
import { MatchProfile, offerToProfilesSearch, profileTargetFilter, requestToOffersSearch } from './offer-match.query';

type Query = estypes.QueryDslQueryContainer;

const profile: MatchProfile = {
  request_id: 'r1',
  student_id: 's1',
  title: 'Stage développeur',
  message: '',
  keywords: ['TypeScript'],
  cv_text: null,
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
  available_from: '2027-02-01',
};

const offer = {
  offer_id: 'o1',
  nace_divisions: ['62'],
  nace_sections: ['J'],
  study_years: [4, 5],
  skills: ['TypeScript'],
  languages: ['fr'],
  country_code: 'TN',
  city: 'Sfax',
  targeting: 'university',
  target_country_code: null,
  target_university_id: 'u1',
  target_programme_id: null,
} as unknown as OfferDocument;

/** The function_score of a clause (the client types it as an object or an array). */
function fs(clause: Query | undefined): estypes.QueryDslFunctionScoreQuery | undefined {
  return clause?.function_score as estypes.QueryDslFunctionScoreQuery | undefined;
}

function clauses(search: estypes.SearchRequest): Query[] {
  return search.query!.bool!.should as Query[];
}

function named(search: estypes.SearchRequest, criterion: MatchCriterion): Query | undefined {
  return clauses(search).find((clause) => (clause.constant_score?._name ?? fs(clause)?._name) === criterion);
}

describe('requestToOffersSearch', () => {
  const search = requestToOffersSearch(profile, { now: new Date('2026-12-01T00:00:00Z') });

  it('filters hard on published status, the deadline and the targeting of the student', () => {
    const filter = search.query!.bool!.filter as Query[];
    expect(filter).toContainEqual({ term: { status: 'published' } });
    expect(filter).toContainEqual({ range: { application_deadline: { gt: '2026-12-01T00:00:00.000Z' } } });
    const targeting = filter.find((clause) => clause.bool?.minimum_should_match === 1)!.bool!.should as Query[];
    expect(targeting).toEqual([
      { term: { targeting: 'open' } },
      { bool: { filter: [{ term: { targeting: 'country' } }, { term: { target_country_code: 'TN' } }] } },
      { bool: { filter: [{ term: { targeting: 'university' } }, { term: { target_university_id: 'u1' } }] } },
      { bool: { filter: [{ term: { targeting: 'programme' } }, { term: { target_programme_id: 'p1' } }] } },
    ]);
  });

  it('scores each criterion in its own named clause with its weight, never below zero', () => {
    expect(named(search, MatchCriterion.Sector)).toEqual({
      constant_score: { filter: { terms: { nace_divisions: ['62'] } }, boost: 3, _name: 'sector' },
    });
    expect(named(search, MatchCriterion.StudyYear)!.constant_score!.filter).toEqual({ term: { study_years: 4 } });
    for (const clause of clauses(search)) {
      const weight = clause.constant_score?.boost ?? (fs(clause)!.functions![0].weight as number);
      expect(weight).toBeGreaterThan(0);
    }
    expect(search.include_named_queries_score).toBe(true);
  });

  it('gives the section only when no wanted division matches', () => {
    const section = named(search, MatchCriterion.Section)!.constant_score!.filter.bool!;
    expect(section.filter).toEqual([{ terms: { nace_sections: ['J'] } }]);
    expect(section.must_not).toEqual([{ terms: { nace_divisions: ['62'] } }]);
  });

  it('guards every decay: a document without the field does not match the clause at all', () => {
    for (const criterion of [MatchCriterion.Period, MatchCriterion.Freshness]) {
      const decay = fs(named(search, criterion))!;
      const field = criterion === MatchCriterion.Period ? 'start_date' : 'published_at';
      expect(decay.query).toEqual({ exists: { field } });
      expect(decay.functions![0].filter).toEqual({ exists: { field } });
      expect(decay.boost_mode).toBe('replace');
      expect(decay.functions![0].weight).toBe(MATCH_WEIGHTS[criterion]);
    }
    expect(fs(named(search, MatchCriterion.Period))!.functions![0].gauss).toMatchObject({
      start_date: { origin: '2027-02-01' },
    });
  });

  it('leaves out what the request does not say, so a missing field earns nothing', () => {
    const bare = requestToOffersSearch({ ...profile, nace_divisions: [], nace_sections: [], languages: [], countries: [], cities: [], available_from: null });
    for (const criterion of [MatchCriterion.Sector, MatchCriterion.Section, MatchCriterion.Languages, MatchCriterion.Place, MatchCriterion.Period]) {
      expect(named(bare, criterion)).toBeUndefined();
    }
  });

  it('keeps room for the skills, added after the search, below the threshold', () => {
    expect(search.min_score).toBe(MATCH_THRESHOLD - MATCH_WEIGHTS[MatchCriterion.Skills]);
  });

  it('restricts to given offers when scoring an offer\'s candidates', () => {
    const one = requestToOffersSearch(profile, { offerIds: ['o1'] });
    expect(one.query!.bool!.filter).toContainEqual({ ids: { values: ['o1'] } });
    expect(one.size).toBe(1);
  });
});

describe('offerToProfilesSearch', () => {
  it('filters on the offer\'s target and keeps every profile that could still reach the threshold', () => {
    const search = offerToProfilesSearch(offer, 100);
    expect(search.query!.bool!.filter).toEqual([{ term: { university_id: 'u1' } }]);
    const unseen = MATCH_WEIGHTS.programme + MATCH_WEIGHTS.period + MATCH_WEIGHTS.freshness;
    expect(search.min_score).toBe(MATCH_THRESHOLD - unseen);
    const names = clauses(search).map((clause) => clause.constant_score!._name);
    expect(names).toEqual(['sector', 'section', 'study_year', 'skills', 'languages', 'place']);
  });

  it('reaches nobody for an unknown targeting and everybody for an open offer', () => {
    expect(profileTargetFilter({ ...offer, targeting: 'open' })).toEqual([]);
    expect(profileTargetFilter({ ...offer, targeting: 'country', target_country_code: 'FR' })).toEqual([
      { term: { university_country: 'FR' } },
    ]);
    expect(profileTargetFilter({ ...offer, targeting: 'planet' })).toEqual([{ bool: { must_not: [{ match_all: {} }] } }]);
  });
});
