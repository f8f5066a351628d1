import { JobsOptions } from 'bullmq';

export const MAIL_QUEUE = 'mail';

export enum MailJob {
  Send = 'send',
}

/** A job carries the outbox id only; the sender reads the row. The id is also the job id (dedupe). */
export interface MailJobData {
  outboxId: string;
}

/** Retries cover a relay that is away for a while: 10 attempts, 2 s doubling, about 34 minutes in all. */
export const MAIL_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export const MAIL_RELAY = {
  /** Pause between two relay passes. */
  everyMs: 500,
  /** Longest pause after failing passes (Postgres away): the pause doubles up to this. */
  maxBackoffMs: 30_000,
  /** Rows claimed per transaction. */
  batchSize: 20,
  /** Most rows moved in one pass, so a backlog does not hold the loop. */
  maxPerPass: 500,
  /** Longest wait for Redis to take a batch before the claim rolls back (rows stay pending). */
  addTimeoutMs: 5000,
  /** A row queued this long without being sent has lost its job (e.g. Redis lost its data): relay it again. */
  staleAfterSeconds: 45 * 60,
};
