import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { MAIL_QUEUE, MailJob, MailJobData } from './mail-queue';
import { MailSenderService } from './mail-sender.service';

/** A few mails at once: each holds its outbox row (and a database connection) while SMTP answers. */
@Processor(MAIL_QUEUE, { concurrency: 4 })
export class MailProcessor extends WorkerHost {
  constructor(private readonly sender: MailSenderService) {
    super();
  }

  async process(job: Job<MailJobData>): Promise<void> {
    switch (job.name as MailJob) {
      case MailJob.Send:
        return this.sender.deliver(job.data.outboxId, {
          number: job.attemptsMade + 1,
          isLast: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
        });
      default:
        throw new Error(`unknown job ${job.name} on queue ${MAIL_QUEUE}`);
    }
  }
}
