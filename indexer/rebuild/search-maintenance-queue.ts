import { SearchIndexName } from '../outbox/search-outbox.writer';

export const SEARCH_MAINTENANCE_QUEUE = 'search-maintenance';

export enum SearchMaintenanceJob {
  RebuildProfiles = 'rebuild-profiles',
  RebuildOffers = 'rebuild-offers',
}

/** The rebuild job of each index (one job per index, so each reports its own result). */
export const REBUILD_JOBS: Readonly<Record<SearchIndexName, SearchMaintenanceJob>> = {
  profiles: SearchMaintenanceJob.RebuildProfiles,
  offers: SearchMaintenanceJob.RebuildOffers,
};
