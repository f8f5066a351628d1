import { emptySelection, ProfileSearchCriteria, ProfileSort } from '../../search/profile-search-criteria';
import { PROFILE, SETTINGS } from '../testing/ranking-fixtures';
import { HIT_SOURCE_FIELDS } from '../../search/query/profile-search.query';
import {
  buildCandidateSearch,
  hardFilters,
  NO_HARD_FILTERS,
  pageSearch,
  PREVIEW_MARGIN,
  skillHighlight,
} from './candidate-search.query';

const criteria = (overrides: Partial<ProfileSearchCriteria> = {}): ProfileSearchCriteria => ({
  q: null,
  selected: emptySelection(),
  sections: [],
  languages: [],
  availableFrom: null,
  availableTo: null,
  sort: ProfileSort.Relevance,
  limit: 20,
  after: null,
  ...overrides,
});

type Bool = { bool: { filter: unknown[]; should: unknown[] } };

describe('buildCandidateSearch', () => {
  it('scores with the text and the criteria, filters without scoring, and fetches the window with what the matching reads', () => {
    const body = buildCandidateSearch(PROFILE, SETTINGS, criteria(), NO_HARD_FILTERS, 0.5, '2026-12-01').ranking;
    const bool = (body.query as Bool).bool;
    expect(bool.filter).toEqual([]);
    // text, sector, section, year, adjacent year, programme, 2 skills, 2 languages, country, country open, city,
    // home country, university country, period, period open, freshness
    expect(bool.should.length).toBe(18);
    expect(bool.should[0]).toMatchObject({ bool: { boost: 0.5 } });
    // The text score comes back as the hit's score (the rescore), not as a named query's.
    expect(JSON.stringify(bool.should[0])).not.toContain('_name');
    expect(body.include_named_queries_score).toBeUndefined();
    expect(body.filter_path).toEqual(expect.arrayContaining(['hits.hits._score', 'hits.hits.matched_queries']));
    expect(body.sort).toBeUndefined();
    expect(body.size).toBe(SETTINGS.window);
    expect(body._source).toEqual(
      expect.arrayContaining(['request_id', 'nace_sections', 'residence_country', 'programme_name']),
    );
    // The long texts stay in the engine: it tells which of the offer's words they hold.
    expect(body._source).not.toEqual(expect.arrayContaining(['cv_text']));
    expect(body._source).not.toEqual(expect.arrayContaining(['letter_text']));
    expect(body._source).not.toEqual(expect.arrayContaining(['message']));
    // Without looked-up words the rescore holds the text clause alone: each hit's score becomes its text score.
    const rescore = body.rescore as unknown as { query: { rescore_query: { bool: { should: unknown[] } } } };
    expect(rescore.query).toMatchObject({ query_weight: 0, rescore_query_weight: 1 });
    expect(rescore.query.rescore_query.bool.should).toEqual([bool.should[0]]);
    // Counting nothing lets the engine skip what cannot enter the window; the counts are the other search's.
    expect(body.track_total_hits).toBe(false);
    expect(body.aggs).toBeUndefined();
  });

  it('stands in for every criterion of the final score, so that its best hits are the final best', () => {
    const should = (
      buildCandidateSearch(PROFILE, SETTINGS, criteria(), NO_HARD_FILTERS, 1, '2026-12-01').ranking.query as Bool
    ).bool.should;
    const find = (text: string) => should.filter((clause) => JSON.stringify(clause).includes(text));
    // A skill: its share when the CV or letter shows it, the stated share when only the rest of the text does.
    const share = SETTINGS.weights.skills / 3;
    const [typescript] = find('"query":"typescript"') as Array<{ dis_max: { queries: unknown[] } }>;
    expect(typescript.dis_max.queries).toMatchObject([
      { constant_score: { boost: share } },
      { constant_score: { boost: share * SETTINGS.statedSkillShare } },
    ]);
    expect(JSON.stringify(typescript.dis_max.queries[0])).toContain('cv_text');
    expect(JSON.stringify(typescript.dis_max.queries[0])).toContain('letter_text');
    expect(JSON.stringify(typescript.dis_max.queries[1])).toContain('all_text');
    expect(find('"cities"')).toEqual([{ constant_score: { filter: { term: { cities: 'Paris' } }, boost: 0.5 } }]);
    expect(find('residence_country')).toEqual([
      { constant_score: { filter: { terms: { residence_country: ['FR', 'TN'] } }, boost: 0.5 } },
    ]);
    expect(find('university_country')).toEqual([
      { constant_score: { filter: { terms: { university_country: ['TN'] } }, boost: 0.5 } },
    ]);
    // Full period points for a student there within 30 days of the start; half for one without both dates.
    const [dated, open] = find('available_from') as Array<{ constant_score: { boost: number } }>;
    expect(JSON.stringify(dated)).toContain('{"range":{"available_from":{"lte":"2027-03-03"}}}');
    expect(dated.constant_score.boost).toBe(2);
    expect(open.constant_score.boost).toBe(1);
    expect(JSON.stringify(open)).toContain('must_not');
    expect(find('distance_feature')).toEqual([
      { distance_feature: { field: 'published_at', origin: '2026-12-01', pivot: '30d', boost: 0.5 } },
    ]);
  });

  it("asks the window which of the offer's words each hit holds, in the rescore that scores by text alone", () => {
    const lookups = new Map([
      ['nestj', { word: 'nestjs', skill: true }],
      ['hygien', { word: 'hygiene', skill: false }],
    ]);
    const body = buildCandidateSearch(PROFILE, SETTINGS, criteria(), NO_HARD_FILTERS, 1, '2026-12-01', lookups).ranking;
    const rescore = body.rescore as unknown as {
      window_size: number;
      query: { rescore_query: { bool: { should: unknown[] } } };
    };
    expect(rescore.window_size).toBe(SETTINGS.window);
    expect(rescore.query).toMatchObject({ query_weight: 0, rescore_query_weight: 1 });
    // The text clause, then nestjs anywhere and in the documents (a skill), then hygiene anywhere: unscored.
    const [text, ...presence] = rescore.query.rescore_query.bool.should;
    expect(text).toEqual((body.query as Bool).bool.should[0]);
    expect(presence).toHaveLength(3);
    expect(JSON.stringify(presence)).not.toMatch(/"boost":(?!0[,}])/);
    expect(JSON.stringify(rescore.query)).toContain('"_name":"d0"');
    expect(JSON.stringify(rescore.query)).not.toContain('"_name":"d1"');
    expect(JSON.stringify(rescore.query)).toContain('"query":"hygiene"');
  });

  it('counts the total and the facets in a second search that scores nothing', () => {
    const { counting } = buildCandidateSearch(PROFILE, SETTINGS, criteria(), NO_HARD_FILTERS, 0.5, '2026-12-01');
    expect(counting.query).toEqual({ bool: { filter: [] } });
    expect(counting.size).toBe(0);
    expect(counting.track_total_hits).toBe(true);
    expect(Object.keys(counting.aggs!)).toContain('facet_sector');
  });

  it("leaves out the period once the offer's dates are past", () => {
    const body = buildCandidateSearch(PROFILE, SETTINGS, criteria(), NO_HARD_FILTERS, 1, '2027-08-01').ranking;
    expect(JSON.stringify(body.query)).not.toContain('available_from');
  });

  it('puts keywords and plain filters in `filter`; selected facets narrow the ranking and go to the post_filter of the counts', () => {
    const { ranking, counting } = buildCandidateSearch(
      PROFILE,
      SETTINGS,
      criteria({
        q: 'java',
        languages: ['fr'],
        selected: { ...emptySelection(), country: ['TN'] },
        after: [3.5, 1, 'x'],
      }),
      NO_HARD_FILTERS,
    );
    const selected = { bool: { filter: [{ terms: { countries: ['TN'] } }] } };
    const filter = (ranking.query as Bool).bool.filter;
    expect(filter).toHaveLength(3);
    expect(JSON.stringify(filter[0])).toContain('java');
    expect(filter[1]).toEqual({ terms: { languages: ['fr'] } });
    expect(filter[2]).toEqual(selected);
    expect((counting.query as Bool).bool.filter).toEqual(filter.slice(0, 2));
    expect(counting.post_filter).toEqual(selected);
    // Paging happens in the ranked window, not in the engine.
    expect(ranking.search_after).toBeUndefined();
    expect(Object.keys(counting.aggs!)).toEqual([
      'facet_sector',
      'facet_country',
      'facet_studyYear',
      'facet_programme',
      'facet_university',
    ]);
  });

  it("highlights the offer's skills only, in keywords, title, CV and letter", () => {
    const highlight = skillHighlight(['NestJS', 'HACCP']);
    expect(Object.keys(highlight.fields as object)).toEqual(['title', 'keywords', 'cv_text', 'letter_text']);
    expect(JSON.stringify((highlight.fields as Record<string, unknown>).cv_text)).toContain('nestjs');
    // The equivalents are marked too.
    expect(JSON.stringify((highlight.fields as Record<string, unknown>).cv_text)).toContain('hygiene alimentaire');
    expect(buildCandidateSearch(PROFILE, SETTINGS, criteria(), NO_HARD_FILTERS).ranking.highlight).toBeUndefined();
  });

  it("previews a first page: the first pass's best few with what the list shows, and none for a later page", () => {
    const { ranking, preview } = buildCandidateSearch(PROFILE, SETTINGS, criteria(), NO_HARD_FILTERS, 1, '2026-12-01');
    expect(preview).toMatchObject({ size: 20 + PREVIEW_MARGIN, _source: HIT_SOURCE_FIELDS, track_total_hits: false });
    expect(preview!.query).toEqual(ranking.query);
    expect(preview!.highlight).toEqual(skillHighlight(PROFILE.skills));
    expect(preview!.rescore).toBeUndefined();
    const later = buildCandidateSearch(PROFILE, SETTINGS, criteria({ after: [3.5, 1, 'x'] }), NO_HARD_FILTERS);
    expect(later.preview).toBeNull();
  });

  it('brings for the window only what the scoring reads, and for the page what the list shows', () => {
    const window = buildCandidateSearch(PROFILE, SETTINGS, criteria(), NO_HARD_FILTERS).ranking._source as string[];
    expect(window).toEqual(expect.arrayContaining(['request_id', 'study_year', 'programme_name', 'available_to']));
    for (const shownOnly of ['first_name', 'last_name', 'university_name', 'cv', 'title', 'cv_text'])
      expect(window).not.toContain(shownOnly);
    const page = pageSearch(['a', 'b'], ['NestJS']);
    expect(page).toMatchObject({ query: { ids: { values: ['a', 'b'] } }, size: 2, _source: HIT_SOURCE_FIELDS });
    expect(page.highlight).toEqual(skillHighlight(['NestJS']));
    expect(pageSearch(['a'], []).highlight).toBeUndefined();
  });
});

describe('hardFilters', () => {
  it('adds a filter for each criterion asked for', () => {
    const all = hardFilters(PROFILE, {
      sector: true,
      studyYear: true,
      programme: true,
      minSkills: 5,
      languages: true,
      country: true,
      period: true,
    });
    expect(all.slice(0, 3)).toEqual([
      { terms: { nace_divisions: ['62'] } },
      { terms: { study_year: [4, 5] } },
      { terms: { programme_id: ['p1'] } },
    ]);
    expect(JSON.stringify(all[3])).toContain('"minimum_should_match":"50%"');
    // At most as many skills as the offer has.
    expect((all[3] as { bool: { minimum_should_match: number } }).bool.minimum_should_match).toBe(2);
    expect(all.slice(4, 7)).toEqual([
      { term: { languages: 'fr' } },
      { term: { languages: 'en' } },
      { term: { countries: 'FR' } },
    ]);
    expect(all).toHaveLength(9);
  });

  it('ignores a criterion the offer does not state, but keeps wanted programmes that fit nobody', () => {
    const bare = { ...PROFILE, divisions: [], studyYears: [], skills: [], languages: [] };
    expect(
      hardFilters(bare, { ...NO_HARD_FILTERS, sector: true, studyYear: true, minSkills: 1, languages: true }),
    ).toEqual([]);
    expect(hardFilters({ ...PROFILE, programmeIds: [] }, { ...NO_HARD_FILTERS, programme: true })).toEqual([
      { terms: { programme_id: [] } },
    ]);
    expect(hardFilters(PROFILE, NO_HARD_FILTERS)).toEqual([]);
  });
});
