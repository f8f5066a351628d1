import { stemSet } from './french-words';

// Degree names and generic words: they say nothing about the field of study.
const IGNORED = stemSet([
  'bachelor cycle diplôme filière ingénieur ingénierie licence master mastère option parcours spécialité bts dut but ' +
    'année étudiant formation études',
]);

// A few hundred programme names come back in every candidates window: their stems are kept (emptied when full).
const FIELD_CACHE = new Map<string, Set<string>>();
const FIELD_CACHE_SIZE = 10_000;

/** The content stems of a programme or field name ("Génie Chimique-Procédés" → gen, chim, proced). Do not modify. */
export function fieldStems(text: string): Set<string> {
  let found = FIELD_CACHE.get(text);
  if (found) return found;
  found = new Set([...stemSet([text])].filter((s) => !IGNORED.has(s)));
  if (FIELD_CACHE.size >= FIELD_CACHE_SIZE) FIELD_CACHE.clear();
  FIELD_CACHE.set(text, found);
  return found;
}

function contains(outer: Set<string>, inner: Set<string>): boolean {
  for (const word of inner) if (!outer.has(word)) return false;
  return true;
}

/**
 * The wanted field (of `wanted`) that the student's programme name fits, or null: compared as sets of stems, one set
 * must hold the other, so "Biologie" fits "Licence sciences biologiques", "alimentaires" fits "Génie agroalimentaire",
 * but "Génie civil" does not fit "Génie logiciel".
 */
export function fittingField(wanted: string[], programmeName: string): string | null {
  const name = fieldStems(programmeName);
  if (name.size === 0) return null;
  return (
    wanted.find((field) => {
      const words = fieldStems(field);
      return words.size > 0 && (contains(name, words) || contains(words, name));
    }) ?? null
  );
}
