import type { estypes } from '@elastic/elasticsearch';
import { LookedUpWord, WordsFound } from './match-facts';
import { PROFILE_DOCUMENT_FIELDS, PROFILE_TEXT_FIELD } from './text-queries';

type Query = estypes.QueryDslQueryContainer;

/** What a clause name of `wordPresenceClauses` stands for: a looked-up stem, found anywhere or in the documents. */
export type PresenceNames = ReadonlyMap<string, { stem: string; documents: boolean }>;

/**
 * One named clause per looked-up word over the request's whole text, and for a skill's word one more over its CV and
 * letter, each with no score: run over a candidates window, the engine reports which of the offer's words each hit
 * holds (`matched_queries`). The window's CVs are then neither fetched nor stemmed by the service, and the words are
 * read through the index's own analysis.
 */
export function wordPresenceClauses(lookups: ReadonlyMap<string, LookedUpWord>): Query[] {
  return [...lookups.values()].flatMap(({ word, skill }, i) => [
    { match: { [PROFILE_TEXT_FIELD]: { query: word, operator: 'and' as const, boost: 0, _name: `w${i}` } } },
    ...(skill
      ? [
          {
            multi_match: {
              query: word,
              fields: PROFILE_DOCUMENT_FIELDS,
              operator: 'and' as const,
              boost: 0,
              _name: `d${i}`,
            },
          },
        ]
      : []),
  ]);
}

/** The stem and kind behind each clause name of `wordPresenceClauses` (made once per offer, read for every hit). */
export function presenceNames(lookups: ReadonlyMap<string, LookedUpWord>): PresenceNames {
  const names = new Map<string, { stem: string; documents: boolean }>();
  [...lookups.entries()].forEach(([stem, { skill }], i) => {
    names.set(`w${i}`, { stem, documents: false });
    if (skill) names.set(`d${i}`, { stem, documents: true });
  });
  return names;
}

/** The looked-up stems a hit contains, from the names of the presence clauses it matched (other names are ignored). */
export function wordsFound(matched: estypes.SearchHit['matched_queries'], names: PresenceNames): WordsFound {
  const anywhere = new Set<string>();
  const documents = new Set<string>();
  for (const name of Array.isArray(matched) ? matched : Object.keys(matched ?? {})) {
    const found = names.get(name);
    if (found) (found.documents ? documents : anywhere).add(found.stem);
  }
  return { anywhere, documents };
}
