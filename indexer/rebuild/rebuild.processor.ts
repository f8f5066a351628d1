import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { SearchIndexName } from '../outbox/search-outbox.writer';
import { SearchIndexes } from '../search-indexes';
import { RebuildReport } from './index-rebuilder';
import { RebuildAlreadyRunningError } from './rebuild.errors';
import { REBUILD_JOBS, SEARCH_MAINTENANCE_QUEUE } from './search-maintenance-queue';

// One rebuild at a time per worker; the advisory lock makes it one per index across workers.
@Processor(SEARCH_MAINTENANCE_QUEUE, { concurrency: 1, lockDuration: 120_000 })
export class RebuildProcessor extends WorkerHost {
  constructor(private readonly indexes: SearchIndexes) {
    super();
  }

  async process(job: Job): Promise<RebuildReport> {
    const name = (Object.keys(REBUILD_JOBS) as SearchIndexName[]).find((index) => REBUILD_JOBS[index] === job.name);
    if (!name) throw new UnrecoverableError(`unknown job ${job.name} on ${SEARCH_MAINTENANCE_QUEUE}`);
    try {
      return await this.indexes.get(name).rebuild(({ loaded, total }) => void job.updateProgress({ loaded, total }));
    } catch (error) {
      if (error instanceof RebuildAlreadyRunningError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}
