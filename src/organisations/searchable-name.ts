/** Lowercase, accent-free, single-spaced: "Société  Générale" and "societe generale" meet. */
export function searchableName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
