/**
 * Does a student's programme name fit an offer's wanted programme or field ("filière"), both free text?
 * Compared as sets of content words, accents and case folded, plural s/x dropped: one set must hold the other, so
 * "Informatique" fits "Licence en informatique de gestion" and "Master génie logiciel et SI" fits "Génie logiciel",
 * but "Génie civil" does not fit "Génie logiciel".
 */

// Linking words and degree names: they say nothing about the field of study.
const IGNORED = new Set([
  'a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'ou', 'par', 'pour', 'sur',
  'and', 'in', 'of', 'the',
  'bachelor', 'cycle', 'diplome', 'filiere', 'ingenieur', 'ingenierie', 'licence', 'master', 'mastere',
  'option', 'parcours', 'specialite', 'bts', 'dut', 'but',
]);

/** The content words of a programme name, folded; hyphenated words joined ("agro-alimentaire" = "agroalimentaire"). */
export function fieldWords(text: string): Set<string> {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/(\p{L})-(\p{L})/gu, '$1$2');
  const words = folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !IGNORED.has(word))
    .map((word) => (word.length > 3 ? word.replace(/[sx]$/, '') : word));
  return new Set(words);
}

function contains(outer: Set<string>, inner: Set<string>): boolean {
  for (const word of inner) if (!outer.has(word)) return false;
  return true;
}

/** The programme name fits one of the wanted fields (an empty wanted list fits nothing: there is nothing to match). */
export function programmeFits(wanted: string[], programmeName: string): boolean {
  const name = fieldWords(programmeName);
  if (name.size === 0) return false;
  return wanted.some((field) => {
    const words = fieldWords(field);
    return words.size > 0 && (contains(name, words) || contains(words, name));
  });
}
