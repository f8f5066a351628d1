import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { ForegroundWork } from '../../queue/foreground-work';
import { redisWithin } from '../../queue/redis-timeout';
import { DOCUMENTS_QUEUE } from './document-text.queue';

/** A short wait: the answer only decides whether a background pass gives way now or a second later. */
const COUNT_TIMEOUT_MS = 500;

/**
 * Tells background passes that PDFs wait to be read: a published request is searchable with its CV's words only
 * once the text is read, and its student (and the companies searching) wait for that.
 */
@Injectable()
export class DocumentTextBacklog implements OnModuleInit {
  constructor(
    @InjectQueue(DOCUMENTS_QUEUE) private readonly queue: Queue,
    private readonly foreground: ForegroundWork,
  ) {}

  onModuleInit(): void {
    this.foreground.register('text extraction', () =>
      redisWithin(this.queue.getWaitingCount(), 'the PDFs waiting to be read', COUNT_TIMEOUT_MS),
    );
  }
}
