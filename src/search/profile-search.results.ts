import type { estypes } from '@elastic/elasticsearch';
import { ProfileDocument } from '../../indexer/profiles/profile-document';
import { collatorOf, Locale } from '../common/i18n/locale';
import { ReferenceCatalog } from '../reference/reference-catalog';
import {
  FacetItemDto,
  ProfileFacetsDto,
  ProfileFileDto,
  ProfileHitDto,
  ProfileSearchResponseDto,
} from './dto/profile-search-response.dto';
import { FACET_NAMES, FacetName, ProfileSearchCriteria, SortValues } from './profile-search-criteria';
import { FacetCount, FacetCounts } from './query/facet-aggregations';
import { encodeCursor } from './query/search-cursor';

/** The fields a hit carries (see HIT_SOURCE_FIELDS). */
export type HitSource = Omit<
  ProfileDocument,
  'message' | 'cv_text' | 'letter_text' | 'student_id' | 'updated_at' | 'version'
>;

/** What turns codes and ids into words: reference labels, and the names of programmes and universities. */
export interface Labels {
  catalog: ReferenceCatalog;
  /** Names by id, of the programmes and universities listed in the facets. */
  names: Map<string, string>;
  locale: Locale;
}

/** The API's answer from Elasticsearch's (null when there is no index yet: an empty result). */
export function toSearchResponse(
  response: estypes.SearchResponse<HitSource> | null,
  counts: FacetCounts,
  criteria: ProfileSearchCriteria,
  labels: Labels,
): ProfileSearchResponseDto {
  const hits = response?.hits.hits ?? [];
  const page = hits.slice(0, criteria.limit);
  const last = page[page.length - 1];
  const total = response?.hits.total;
  return {
    total: typeof total === 'number' ? total : (total?.value ?? 0),
    tookMs: response?.took ?? 0,
    items: page.map((hit) => toHit(hit, labels)),
    facets: toFacets(counts, labels),
    nextCursor:
      hits.length > criteria.limit && last?.sort
        ? encodeCursor({ sort: criteria.sort, after: last.sort as SortValues })
        : null,
  };
}

export function toHit(hit: estypes.SearchHit<HitSource>, { catalog, locale }: Labels): ProfileHitDto {
  const source = hit._source!;
  const highlight = hit.highlight ?? {};
  return {
    requestId: source.request_id,
    title: source.title,
    keywords: source.keywords ?? [],
    sectors: (source.nace_divisions ?? []).map((code) => ({
      code,
      label: catalog.divisionLabel(code, locale) ?? code,
    })),
    countries: (source.countries ?? []).map((code) => ({ code, name: catalog.countryName(code, locale) ?? code })),
    cities: source.cities ?? [],
    languages: source.languages ?? [],
    studyYear: {
      code: source.study_year,
      label: catalog.studyYearLabel(source.study_year, locale) ?? String(source.study_year),
    },
    programme: { id: source.programme_id, name: source.programme_name },
    university: { id: source.university_id, name: source.university_name },
    student: { civility: source.civility ?? null, firstName: source.first_name, lastName: source.last_name },
    availableFrom: source.available_from ?? null,
    availableTo: source.available_to ?? null,
    publishedAt: source.published_at,
    cv: toFile(source.cv),
    letter: toFile(source.letter),
    highlights: {
      title: highlight.title?.[0] ?? null,
      keywords: highlight.keywords ?? [],
      cv: highlight.cv_text ?? [],
    },
  };
}

function toFile(file: { document_id: string; file_name: string } | null | undefined): ProfileFileDto | null {
  return file
    ? { documentId: file.document_id, fileName: file.file_name, url: `/api/documents/${file.document_id}/file` }
    : null;
}

/** Labelled facet lists, most frequent first, then alphabetically in the caller's language. */
export function toFacets(counts: FacetCounts, labels: Labels): ProfileFacetsDto {
  const collator = collatorOf(labels.locale);
  const facets = {} as ProfileFacetsDto;
  for (const name of FACET_NAMES) {
    facets[name] = counts[name]
      .map((item): FacetItemDto => ({ ...item, label: facetLabel(name, item, labels) }))
      .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
  }
  return facets;
}

function facetLabel(name: FacetName, { value }: FacetCount, { catalog, names, locale }: Labels): string {
  switch (name) {
    case 'sector':
      return catalog.divisionLabel(value, locale) ?? value;
    case 'country':
      return catalog.countryName(value, locale) ?? value;
    case 'studyYear':
      return catalog.studyYearLabel(Number(value), locale) ?? value;
    case 'programme':
    case 'university':
      return names.get(value) ?? value;
    default: {
      const unhandled: never = name;
      throw new Error(`no label for facet ${String(unhandled)}`);
    }
  }
}
