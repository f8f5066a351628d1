/**
 * The words of a French (or English) text as the matching compares them, in the spirit of the index's semsem_french
 * chain (elision → lowercase → stop words → light stemming → ASCII folding), done here because the matching compares
 * an offer's skills and programmes with a request's texts in both directions, and a request hidden from companies
 * has no document in the profiles index to ask Elasticsearch about.
 * The stemming is deliberately light: plurals and the common derivational endings, so that "biologie" and
 * "biologiques", "chimique" and "chimie", "téléphonique" and "téléphonie" meet, but "gestion" and "geste" do not.
 */

const STOP_WORDS = new Set([
  'a',
  'au',
  'aux',
  'avec',
  'ce',
  'ces',
  'cet',
  'cette',
  'dans',
  'de',
  'des',
  'du',
  'elle',
  'en',
  'et',
  'eux',
  'il',
  'je',
  'la',
  'le',
  'les',
  'leur',
  'lui',
  'ma',
  'mais',
  'me',
  'meme',
  'mes',
  'moi',
  'mon',
  'ne',
  'nos',
  'notre',
  'nous',
  'on',
  'ou',
  'par',
  'pas',
  'pour',
  'qu',
  'que',
  'qui',
  'sa',
  'se',
  'ses',
  'son',
  'sur',
  'ta',
  'te',
  'tes',
  'toi',
  'ton',
  'tu',
  'un',
  'une',
  'vos',
  'votre',
  'vous',
  'c',
  'd',
  'j',
  'l',
  'm',
  'n',
  's',
  't',
  'y',
  'est',
  'sont',
  'etre',
  'avoir',
  'ete',
  'tres',
  'plus',
  'bien',
  'tout',
  'tous',
  'toute',
  'toutes',
  'afin',
  'ainsi',
  'and',
  'the',
  'of',
  'in',
  'to',
  'for',
  'with',
  'an',
  'or',
]);

/** Endings removed once, longest first, when at least four letters remain. */
const SUFFIXES = [
  'issements',
  'issement',
  'atrices',
  'ateurs',
  'ations',
  'atrice',
  'ateur',
  'ation',
  'iques',
  'ique',
  'ismes',
  'isme',
  'istes',
  'iste',
  'ements',
  'ement',
  'euses',
  'euse',
  'eux',
  'ies',
  'ie',
  'ees',
  'ee',
  'es',
  'er',
  'e',
];

/** First parts of compounds written as one word: "agroalimentaire" also counts as "alimentaire". */
const COMPOUND_PREFIXES = [
  'agro',
  'electro',
  'micro',
  'hydro',
  'thermo',
  'socio',
  'psycho',
  'neuro',
  'cyber',
  'geo',
  'bio',
  'eco',
  'tele',
];

// The accented letters of French and its neighbours, lowercase, and their base letters: most text is folded by this
// table alone, without the Unicode decomposition (the matching folds every CV of a candidates list, each request).
const LATIN_BASE: Record<string, string> = {
  à: 'a',
  â: 'a',
  ä: 'a',
  á: 'a',
  ã: 'a',
  å: 'a',
  ç: 'c',
  é: 'e',
  è: 'e',
  ê: 'e',
  ë: 'e',
  í: 'i',
  ì: 'i',
  î: 'i',
  ï: 'i',
  ñ: 'n',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  ö: 'o',
  õ: 'o',
  ú: 'u',
  ù: 'u',
  û: 'u',
  ü: 'u',
  ý: 'y',
  ÿ: 'y',
  œ: 'oe',
  æ: 'ae',
};
const LATIN_ACCENTED = new RegExp(`[${Object.keys(LATIN_BASE).join('')}]`, 'g');
// Anything left beyond ASCII, Latin-1 signs and typographic punctuation may decompose: those texts take the long way.
const MAY_DECOMPOSE = /[^\t\n\r\x20-\xbf\u2010-\u206f]/;

/** Case and accents folded, ligatures opened. */
export function fold(text: string): string {
  const folded = text.toLowerCase().replace(LATIN_ACCENTED, (letter) => LATIN_BASE[letter]);
  return MAY_DECOMPOSE.test(folded) ? decomposedFold(folded) : folded;
}

/** The general fold: canonical decomposition, combining marks dropped. */
export function decomposedFold(text: string): string {
  return text.replace(/œ/gi, 'oe').replace(/æ/gi, 'ae').normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
}

/** One word's stem (the word folded, without elision). */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && (w.endsWith('s') || w.endsWith('x'))) w = w.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  }
  return w;
}

/** The surface words of a text, folded, elisions and stop words removed, in order ("l'hygiène" → "hygiene"). */
export function surfaceWords(text: string | null | undefined): string[] {
  if (!text) return [];
  const raw = fold(text).match(WORD) ?? [];
  return raw.filter((word) => !STOP_WORDS.has(word));
}

const WORD = /[\p{L}\p{N}+#]+/gu;

// Words repeat from one CV to the next: their stems are kept (a bounded cache, emptied when full).
const STEM_CACHE = new Map<string, string[]>();
const STEM_CACHE_SIZE = 100_000;

function wordStems(word: string): string[] {
  let found = STEM_CACHE.get(word);
  if (found) return found;
  const s = stem(word);
  const prefix = COMPOUND_PREFIXES.find((p) => s.startsWith(p) && s.length - p.length >= 5);
  found = prefix ? [s, stem(s.slice(prefix.length))] : [s];
  if (STEM_CACHE.size >= STEM_CACHE_SIZE) STEM_CACHE.clear();
  STEM_CACHE.set(word, found);
  return found;
}

/** The stems of a text, in order; a compound also gives the stem of its second part. */
export function stems(text: string | null | undefined): string[] {
  const out: string[] = [];
  for (const word of surfaceWords(text)) out.push(...wordStems(word));
  return out;
}

/** Every stem of these texts, once; with `only`, those of its stems alone. */
export function stemSet(texts: Array<string | null | undefined>, only?: ReadonlySet<string>): Set<string> {
  const set = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    // The hot loop of a candidates list (every CV of its window): no intermediate word list.
    for (const word of fold(text).match(WORD) ?? []) {
      if (STOP_WORDS.has(word)) continue;
      for (const s of wordStems(word)) if (!only || only.has(s)) set.add(s);
    }
  }
  return set;
}
