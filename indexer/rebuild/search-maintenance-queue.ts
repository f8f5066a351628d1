export const SEARCH_MAINTENANCE_QUEUE = 'search-maintenance';

/** The rebuild job of a projection (one job per index, so each reports its own result): `rebuild-profiles`… */
export function rebuildJobOf(projection: string): string {
  return `rebuild-${projection}`;
}
