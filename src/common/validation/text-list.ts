/** Trims, folds inner whitespace and normalises Unicode (NFC) of one free-text item. */
export function tidyText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A list of free-text items (keywords, cities) as stored: each item tidied, empty ones dropped, duplicates removed
 * ignoring case (the first spelling wins). Anything that is not an
 * array of strings is returned untouched, so the DTO's validators can name what is wrong with it.
 */
export function normaliseTextList(value: unknown): unknown {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return value;
  const seen = new Set<string>();
  const result: string[] = [];
  for (const item of value as string[]) {
    const tidy = tidyText(item);
    const key = tidy.toLocaleLowerCase('fr');
    if (tidy === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tidy);
  }
  return result;
}

/** A list of codes: each trimmed and put in the given case, duplicates dropped. Non-lists are left to validators. */
export function normaliseCodeList(value: unknown, toCase: 'upper' | 'lower'): unknown {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return value;
  const codes = (value as string[]).map((code) =>
    toCase === 'upper' ? code.trim().toUpperCase() : code.trim().toLowerCase(),
  );
  return [...new Set(codes)];
}
