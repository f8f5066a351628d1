/** A user's text made literal inside a LIKE / ILIKE pattern (its %, _ and \ match themselves). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
