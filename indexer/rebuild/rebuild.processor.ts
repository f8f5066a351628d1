import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { RebuildReport } from './index-rebuilder';
import { RebuildAlreadyRunningError } from './rebuild.errors';
import { rebuildJobOf, SEARCH_MAINTENANCE_QUEUE } from './search-maintenance-queue';
import { SearchRebuilds } from './search-rebuilds';

// One rebuild at a time per worker; the advisory lock makes it one per index across workers.
@Processor(SEARCH_MAINTENANCE_QUEUE, { concurrency: 1, lockDuration: 120_000 })
export class RebuildProcessor extends WorkerHost {
  constructor(private readonly rebuilds: SearchRebuilds) {
    super();
  }

  async process(job: Job): Promise<RebuildReport> {
    const rebuilder = this.rebuilds.all.find((each) => rebuildJobOf(each.index.definition.name) === job.name);
    if (!rebuilder) throw new UnrecoverableError(`unknown job ${job.name} on ${SEARCH_MAINTENANCE_QUEUE}`);
    try {
      return await rebuilder.rebuild(({ loaded, total }) => void job.updateProgress({ loaded, total }));
    } catch (error) {
      if (error instanceof RebuildAlreadyRunningError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}
