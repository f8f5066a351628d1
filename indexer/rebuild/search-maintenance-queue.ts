export const SEARCH_MAINTENANCE_QUEUE = 'search-maintenance';

export enum SearchMaintenanceJob {
  RebuildProfiles = 'rebuild-profiles',
}
