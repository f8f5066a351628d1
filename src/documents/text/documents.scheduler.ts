import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobSchedules } from '../../queue/job-schedule';
import { DOCUMENTS_QUEUE, DocumentsJob } from './document-text.queue';
import { PENDING_GRACE_MS } from './document-text.service';

/** Registers the sweep of pending documents when the worker starts (one schedule however many workers run). */
@Injectable()
export class DocumentsScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(DocumentsScheduler.name);

  constructor(
    @InjectQueue(DOCUMENTS_QUEUE) private readonly queue: Queue,
    private readonly schedules: JobSchedules,
  ) {}

  onApplicationBootstrap(): void {
    this.schedules.register(
      this.queue,
      this.logger,
      DocumentsJob.SweepPendingText,
      { every: PENDING_GRACE_MS },
      { attempts: 1, removeOnComplete: true, removeOnFail: 100 },
    );
  }
}
