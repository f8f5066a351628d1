/**
 * Verification codes as people type them. The label grant (label-grade.ts `newLabelCode`)
 * stores random upper-case codes without separators (12 base-32 characters, 60 random bits: not enumerable). A code
 * read from the certificate may come back in lower case, with spaces or dashes: those are tolerated here, anything
 * else cannot be a code.
 */
const SYMBOLS = /^[A-Z0-9]{8,20}$/;

/** The stored form of a typed code (upper case, no spaces or dashes), or null when it cannot be a code at all. */
export function normaliseLabelCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  return SYMBOLS.test(code) ? code : null;
}
