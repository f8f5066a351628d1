import { Client, errors } from '@elastic/elasticsearch';
import type { estypes } from '@elastic/elasticsearch';
import { Injectable, Logger } from '@nestjs/common';
import { PROFILES_INDEX } from '../../indexer/profiles/profile-document';
import { IndexNames } from '../elasticsearch/index-names';
import { HitSource } from './profile-search.results';
import { ProfileSearchBody } from './query/profile-search.query';
import { SearchError, SearchException } from './search.exception';

/** A search answers within this, or the caller gets a 503 rather than a hanging page. */
const SEARCH_TIMEOUT_MS = 10_000;

/** Runs searches on the profiles alias; says "no index yet" with null and "engine away" with a 503. */
@Injectable()
export class ProfilesSearchIndex {
  private readonly logger = new Logger(ProfilesSearchIndex.name);

  constructor(
    private readonly client: Client,
    private readonly names: IndexNames,
  ) {}

  async search(body: ProfileSearchBody): Promise<estypes.SearchResponse<HitSource> | null> {
    try {
      return await this.client.search<HitSource>(
        { index: this.names.alias(PROFILES_INDEX), ...body },
        { requestTimeout: SEARCH_TIMEOUT_MS, maxRetries: 1 },
      );
    } catch (error) {
      // Before the first rebuild there is no alias: nothing is searchable yet, which is an empty result.
      if (isIndexMissing(error)) return null;
      if (isUnavailable(error)) {
        this.logger.warn(`profile search failed, Elasticsearch unavailable: ${(error as Error).message}`);
        throw new SearchException(SearchError.EngineUnavailable);
      }
      throw error;
    }
  }
}

function isIndexMissing(error: unknown): boolean {
  return (
    error instanceof errors.ResponseError &&
    error.statusCode === 404 &&
    (error.body as { error?: { type?: string } } | undefined)?.error?.type === 'index_not_found_exception'
  );
}

/** Not reachable, too slow, or saying it cannot serve now (429, 502–504): not a fault of the request. */
function isUnavailable(error: unknown): boolean {
  if (error instanceof errors.ConnectionError || error instanceof errors.TimeoutError) return true;
  if (error instanceof errors.NoLivingConnectionsError) return true;
  return error instanceof errors.ResponseError && [429, 502, 503, 504].includes(error.statusCode ?? 0);
}
