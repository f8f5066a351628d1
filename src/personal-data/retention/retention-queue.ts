export const RETENTION_QUEUE = 'retention';

export enum RetentionJob {
  Sweep = 'retention-sweep',
}

/** The sweep's payload: nothing on schedule; `asOf` (ISO instant) runs it as of another day (tests, catch-up). */
export interface RetentionSweepData {
  asOf?: string;
}

export interface RetentionProgress {
  phase: 'warn' | 'purge' | 'unverified' | 'done';
  done: number;
  total: number;
}

export interface RetentionReport {
  warnedStudents: number;
  warnedDocuments: number;
  purgedDocuments: number;
  deletedAccounts: number;
}
