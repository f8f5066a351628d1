import { emptySelection, FacetSelection } from '../profile-search-criteria';
import { buildFacetAggregations, buildPostFilter, readFacetCounts } from './facet-aggregations';

const selection = (values: Partial<FacetSelection>): FacetSelection => ({ ...emptySelection(), ...values });

describe('multi-select facets', () => {
  const picked = selection({ country: ['FR', 'TN'], studyYear: [4], sector: ['62'] });

  it('puts every selected facet filter in the post_filter, OR within a facet and AND across facets', () => {
    expect(buildPostFilter(picked)).toEqual({
      bool: {
        filter: [
          { terms: { nace_divisions: ['62'] } },
          { terms: { countries: ['FR', 'TN'] } },
          { terms: { study_year: [4] } },
        ],
      },
    });
    expect(buildPostFilter(emptySelection())).toBeUndefined();
  });

  it('counts each facet under every selected filter except its own', () => {
    const aggs = buildFacetAggregations(picked);
    expect(aggs.facet_country.filter).toEqual({
      bool: { filter: [{ terms: { nace_divisions: ['62'] } }, { terms: { study_year: [4] } }] },
    });
    expect(aggs.facet_sector.filter).toEqual({
      bool: { filter: [{ terms: { countries: ['FR', 'TN'] } }, { terms: { study_year: [4] } }] },
    });
    expect(aggs.facet_studyYear.filter).toEqual({
      bool: { filter: [{ terms: { nace_divisions: ['62'] } }, { terms: { countries: ['FR', 'TN'] } }] },
    });
    // Facets nobody ticked count under all the selected filters.
    const all = {
      bool: {
        filter: [
          { terms: { nace_divisions: ['62'] } },
          { terms: { countries: ['FR', 'TN'] } },
          { terms: { study_year: [4] } },
        ],
      },
    };
    expect(aggs.facet_programme.filter).toEqual(all);
    expect(aggs.facet_university.filter).toEqual(all);
  });

  it('counts on the facet fields, and counts the selected values exactly whatever the list size', () => {
    const aggs = buildFacetAggregations(picked);
    expect(aggs.facet_country.aggs?.values).toEqual({ terms: { field: 'countries', size: 100 } });
    expect(aggs.facet_country.aggs?.selected).toEqual({
      terms: { field: 'countries', size: 2, include: ['FR', 'TN'], min_doc_count: 0 },
    });
    expect(aggs.facet_studyYear.aggs?.selected).toMatchObject({ terms: { field: 'study_year', include: ['4'] } });
    expect(aggs.facet_programme.aggs?.selected).toBeUndefined();
  });

  it('with nothing selected, every facet counts everything the query matches', () => {
    const aggs = buildFacetAggregations(emptySelection());
    for (const aggregation of Object.values(aggs)) expect(aggregation.filter).toEqual({ match_all: {} });
  });

  it('reads counts back, keeping selected values that have no hit, with 0', () => {
    const counts = readFacetCounts(
      {
        facet_country: {
          doc_count: 10,
          values: {
            buckets: [
              { key: 'FR', doc_count: 7 },
              { key: 'MA', doc_count: 3 },
            ],
          },
          selected: { buckets: [{ key: 'FR', doc_count: 7 }] },
        },
        facet_studyYear: { doc_count: 10, values: { buckets: [{ key: 4, doc_count: 10 }] } },
      },
      selection({ country: ['FR', 'TN'], studyYear: [4] }),
    );
    expect(counts.country).toEqual([
      { value: 'FR', count: 7, selected: true },
      { value: 'MA', count: 3, selected: false },
      { value: 'TN', count: 0, selected: true },
    ]);
    expect(counts.studyYear).toEqual([{ value: '4', count: 10, selected: true }]);
    expect(counts.sector).toEqual([]);
  });

  it('reads an absent aggregation (no index yet) as selected values at 0', () => {
    expect(readFacetCounts(undefined, selection({ sector: ['62'] })).sector).toEqual([
      { value: '62', count: 0, selected: true },
    ]);
  });
});
