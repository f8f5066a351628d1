import type { estypes } from '@elastic/elasticsearch';

type Query = estypes.QueryDslQueryContainer;

/**
 * Typo tolerance, and its price. Fuzzy matching over every text field (CV and letter included) cost ~11x the
 * exact query in our benchmark (ARCHITECTURE.md: p50 16 ms → 181 ms on 100k profiles). So only the short fields a
 * recruiter's words usually aim at, title and keywords, are fuzzy, with their small term dictionaries; the long
 * texts are matched exactly (stemmed and folded) through the combined `all_text` field. "devloppement" thus finds
 * "développement" in a title or a keyword, not a typo-only match deep in a CV.
 * AUTO:4,8 allows no edit below 4 characters (acronyms: "SQL" must not find "PHP"), one up to 7, two from 8;
 * prefix_length 1 keeps the first letter exact, which prunes most of the dictionary while forgiving most typos.
 */
export const FUZZINESS = 'AUTO:4,8';
export const FUZZY_PREFIX_LENGTH = 1;
const FUZZY_FIELDS = ['title', 'keywords'];

/**
 * Every word must match up to three words; beyond, three in four ("java spring angular docker kafka" still finds
 * a profile missing one of them). A quoted phrase must always match as a phrase.
 */
export const WORDS_TO_MATCH = '3<75%';
const MAX_WORDS = 12;
const MAX_PHRASES = 4;

export interface ParsedKeywords {
  phrases: string[];
  words: string[];
}

/** Splits the keywords into quoted phrases ("…", “…”, «…») and single words, duplicates (ignoring case) dropped. */
export function parseKeywords(q: string): ParsedKeywords {
  const phrases: string[] = [];
  const rest = q.replace(/"([^"]*)"|“([^”]*)”|«([^»]*)»/g, (_, a?: string, b?: string, c?: string) => {
    const phrase = (a ?? b ?? c ?? '').replace(/\s+/g, ' ').trim();
    if (phrase) phrases.push(phrase);
    return ' ';
  });
  const words = unique(
    rest
      .replace(/["“”«»]/g, ' ')
      .split(/\s+/)
      .filter(Boolean),
  );
  return { phrases: unique(phrases).slice(0, MAX_PHRASES), words: words.slice(0, MAX_WORDS) };
}

/** What keywords require (`match`) and what ranks the matches (`boosts`, scoring only); null when there are none. */
export function buildKeywordQuery(q: string): { match: Query; boosts: Query[] } | null {
  const { phrases, words } = parseKeywords(q);
  if (phrases.length === 0 && words.length === 0) return null;
  const match: Query = {
    bool: {
      must: phrases.map((phrase) => ({ match_phrase: { all_text: { query: phrase } } })),
      should: words.map(wordClause),
      minimum_should_match: words.length > 0 ? WORDS_TO_MATCH : 0,
    },
  };
  const text = [...phrases, ...words].join(' ');
  const boosts: Query[] = [
    // Unstemmed (folded) forms and the short fields rank first: a title saying exactly that beats a CV mentioning it.
    {
      multi_match: {
        query: text,
        fields: ['title^3', 'keywords^3', 'title.folded^2', 'keywords.folded^2'],
        type: 'best_fields',
        tie_breaker: 0.3,
      },
    },
  ];
  if (words.length > 1) boosts.push({ match_phrase: { all_text: { query: words.join(' '), slop: 2, boost: 2 } } });
  return { match, boosts };
}

/** One word matches exactly anywhere (all_text), or with a typo in the title or a keyword. */
function wordClause(word: string): Query {
  return {
    bool: {
      should: [
        // A stop word alone ("de", "les") analyses to nothing: it must not make the whole search fail.
        { match: { all_text: { query: word, operator: 'and', zero_terms_query: 'all' } } },
        ...FUZZY_FIELDS.map((field) => ({
          match: {
            [field]: {
              query: word,
              operator: 'and' as const,
              fuzziness: FUZZINESS,
              prefix_length: FUZZY_PREFIX_LENGTH,
            },
          },
        })),
      ],
      minimum_should_match: 1,
    },
  };
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLocaleLowerCase('fr');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
