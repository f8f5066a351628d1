import type { estypes } from '@elastic/elasticsearch';
import { LookedUpWord, WordsFound } from './match-facts';
import { PROFILE_TEXT_FIELD } from './text-queries';

/** The documents that back a skill (see PreparedRequest.documentWords). */
const DOCUMENT_FIELDS = ['cv_text', 'letter_text'];

/**
 * A rescore of the candidates window that changes no score: one named clause per looked-up word over the request's
 * whole text, and for a skill's word one more over its CV and letter, so the engine reports which of the offer's
 * words each hit holds (`matched_queries`). The window's CVs are then neither fetched nor stemmed by the service, and
 * the words are read through the index's own analysis.
 */
export function wordPresenceRescore(
  lookups: ReadonlyMap<string, LookedUpWord>,
  window: number,
): estypes.SearchRescore | null {
  const should = [...lookups.values()].flatMap(({ word, skill }, i) => [
    { match: { [PROFILE_TEXT_FIELD]: { query: word, operator: 'and' as const, _name: `w${i}` } } },
    ...(skill
      ? [{ multi_match: { query: word, fields: DOCUMENT_FIELDS, operator: 'and' as const, _name: `d${i}` } }]
      : []),
  ]);
  if (should.length === 0) return null;
  return {
    window_size: window,
    query: { rescore_query: { bool: { should } }, query_weight: 1, rescore_query_weight: 0 },
  };
}

/** The looked-up stems a hit contains, from the names of the clauses of `wordPresenceRescore` it matched. */
export function wordsFound(
  matched: estypes.SearchHit['matched_queries'],
  lookups: ReadonlyMap<string, LookedUpWord>,
): WordsFound {
  const names = new Set(Array.isArray(matched) ? matched : Object.keys(matched ?? {}));
  const anywhere = new Set<string>();
  const documents = new Set<string>();
  [...lookups.keys()].forEach((stem, i) => {
    if (names.has(`w${i}`)) anywhere.add(stem);
    if (names.has(`d${i}`)) documents.add(stem);
  });
  return { anywhere, documents };
}
