/** How many skill tags an offer may carry, and how long each may be. */
export const MAX_SKILLS = 30;
export const MAX_SKILL_LENGTH = 60;

/**
 * The comparison key of a skill tag: case and accents folded, inner whitespace collapsed, so "Génie  civil",
 * "genie civil" and "GENIE CIVIL" are one skill. Matching compares keys, never the spellings shown to people.
 */
export function skillKey(tag: string): string {
  return tag.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr').replace(/\s+/g, ' ').trim();
}

/**
 * Skill tags as stored: each trimmed (NFC, inner whitespace collapsed), empty ones dropped, duplicates by
 * `skillKey` removed (the first spelling wins). Anything that is not an array of strings is returned untouched,
 * so the DTO's validators can name what is wrong with it; limits are checked after de-duplication.
 */
export function normaliseSkills(value: unknown): unknown {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return value;
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const item of value as string[]) {
    const tag = item.normalize('NFC').replace(/\s+/g, ' ').trim();
    const key = skillKey(tag);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}
