/** Words that do not make a multi-word skill ("gestion de projet" is found as "gestion" + "projet"). */
const STOP_WORDS = new Set(['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'of', 'and', 'the']);

/**
 * The words of a text as the matching compares them: accents and case folded, split at apostrophes, plural `s`/`x`
 * dropped from words longer than three letters (a light French stemming, enough for skill names).
 */
export function matchWords(text: string): string[] {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}+#]+/gu);
  return (words ?? []).map((word) => (word.length > 3 ? word.replace(/[sx]$/, '') : word));
}

/**
 * The offer's skills found in the student's words (`wordSet` of their texts): a skill is found when each of its words (stop words aside)
 * appears. Done here rather than in Elasticsearch: a query can ask "does this document contain my words", not
 * "does my text contain all the words of this document's skill" without a percolator or a script.
 */
export function findSkills(skills: string[], words: ReadonlySet<string>): string[] {
  return skills.filter((skill) => {
    const all = matchWords(skill);
    const significant = all.length > 1 ? all.filter((word) => !STOP_WORDS.has(word)) : all;
    return significant.length > 0 && significant.every((word) => words.has(word));
  });
}

/** Every word of these texts, once (see `matchWords`). */
export function wordSet(texts: Array<string | null | undefined>): Set<string> {
  return new Set(texts.flatMap((text) => (text ? matchWords(text) : [])));
}
