import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { ProfilesRebuildService, RebuildReport } from './profiles-rebuild.service';
import { RebuildAlreadyRunningError } from './rebuild.errors';
import { SEARCH_MAINTENANCE_QUEUE, SearchMaintenanceJob } from './search-maintenance-queue';

// One rebuild at a time per worker; the advisory lock makes it one across workers.
@Processor(SEARCH_MAINTENANCE_QUEUE, { concurrency: 1, lockDuration: 120_000 })
export class RebuildProcessor extends WorkerHost {
  constructor(private readonly rebuild: ProfilesRebuildService) {
    super();
  }

  async process(job: Job): Promise<RebuildReport> {
    switch (job.name as SearchMaintenanceJob) {
      case SearchMaintenanceJob.RebuildProfiles:
        try {
          return await this.rebuild.rebuild(({ loaded, total }) => void job.updateProgress({ loaded, total }));
        } catch (error) {
          if (error instanceof RebuildAlreadyRunningError) throw new UnrecoverableError(error.message);
          throw error;
        }
      default:
        throw new UnrecoverableError(`unknown job ${job.name} on ${SEARCH_MAINTENANCE_QUEUE}`);
    }
  }
}
