import { emptySelection, ProfileSearchCriteria, ProfileSort } from '../profile-search-criteria';
import { buildProfileSearch, HIGHLIGHT, SORTS } from './profile-search.query';

const criteria = (overrides: Partial<ProfileSearchCriteria> = {}): ProfileSearchCriteria => ({
  q: null,
  selected: emptySelection(),
  sections: [],
  languages: [],
  availableFrom: null,
  availableTo: null,
  sort: ProfileSort.Date,
  limit: 20,
  after: null,
  ...overrides,
});

describe('buildProfileSearch', () => {
  it('keeps plain filters in the query and selected facets in the post_filter', () => {
    const body = buildProfileSearch(
      criteria({
        sections: ['J'],
        languages: ['fr'],
        selected: { ...emptySelection(), country: ['FR'], sector: ['62'] },
      }),
    );
    const filter = (body.query as { bool: { filter: unknown[] } }).bool.filter;
    expect(filter).toEqual([{ terms: { nace_sections: ['J'] } }, { terms: { languages: ['fr'] } }]);
    expect(JSON.stringify(body.query)).not.toContain('countries');
    expect(body.post_filter).toEqual({
      bool: { filter: [{ terms: { nace_divisions: ['62'] } }, { terms: { countries: ['FR'] } }] },
    });
    // Each facet's aggregation sees the other facet's selection, not its own.
    expect(JSON.stringify(body.aggs!.facet_country.filter)).toContain('nace_divisions');
    expect(JSON.stringify(body.aggs!.facet_country.filter)).not.toContain('countries');
  });

  it('matches availability windows by overlap, a missing date counting as open', () => {
    const body = buildProfileSearch(criteria({ availableFrom: '2026-03-01', availableTo: '2026-06-30' }));
    expect((body.query as { bool: { filter: unknown[] } }).bool.filter).toEqual([
      {
        bool: {
          should: [
            { range: { available_from: { lte: '2026-06-30' } } },
            { bool: { must_not: { exists: { field: 'available_from' } } } },
          ],
          minimum_should_match: 1,
        },
      },
      {
        bool: {
          should: [
            { range: { available_to: { gte: '2026-03-01' } } },
            { bool: { must_not: { exists: { field: 'available_to' } } } },
          ],
          minimum_should_match: 1,
        },
      },
    ]);
  });

  it('without keywords: no scoring clause, no highlight, newest first', () => {
    const body = buildProfileSearch(criteria());
    expect(body.query).toEqual({ bool: { must: [], should: [], filter: [] } });
    expect(body.highlight).toBeUndefined();
    expect(body.post_filter).toBeUndefined();
    expect(body.sort).toEqual([{ published_at: { order: 'desc' } }, { request_id: { order: 'asc' } }]);
  });

  it('with keywords: a required keyword clause, scoring boosts and escaped <mark> highlights', () => {
    const body = buildProfileSearch(criteria({ q: 'développement web', sort: ProfileSort.Relevance }));
    const bool = (body.query as { bool: { must: unknown[]; should: unknown[] } }).bool;
    expect(bool.must).toHaveLength(1);
    expect(bool.should.length).toBeGreaterThan(0);
    expect(body.highlight).toBe(HIGHLIGHT);
    expect(HIGHLIGHT).toMatchObject({ encoder: 'html', pre_tags: ['<mark>'], post_tags: ['</mark>'] });
    expect(Object.keys(HIGHLIGHT.fields as object)).toEqual(['title', 'keywords', 'cv_text']);
    expect(body.sort).toBe(SORTS.relevance);
  });

  it('every sort ends on the request_id tie-breaker', () => {
    for (const sort of Object.values(SORTS)) expect(sort[sort.length - 1]).toEqual({ request_id: { order: 'asc' } });
  });

  it('asks one hit more than the page, continues after the cursor, and counts every hit', () => {
    const body = buildProfileSearch(criteria({ limit: 50, after: [1767225600000, 'abc'] }));
    expect(body.size).toBe(51);
    expect(body.search_after).toEqual([1767225600000, 'abc']);
    expect(body.track_total_hits).toBe(true);
    expect(body._source).not.toContain('cv_text');
  });
});
