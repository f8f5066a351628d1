import { MatchingSettings } from './matching-settings';
import { TrustProxy } from './trust-proxy';

/**
 * The validated, typed settings of one process. Built once at boot by `loadConfig` from a named object (two settings
 * of the same shape cannot be swapped unnoticed); inject it by class.
 */
export class AppConfig {
  readonly env!: 'development' | 'test' | 'production';
  /**
   * `trustProxy`: Express `trust proxy` (TRUST_PROXY), so `req.ip` is the client's behind a reverse proxy.
   * `apiDocs`: serve the OpenAPI page at /api/docs (API_DOCS).
   */
  readonly http!: { host: string; port: number; trustProxy: TrustProxy; apiDocs: boolean };
  readonly database!: { url: string };
  readonly redis!: { url: string };
  /**
   * `nodes`: every node URL (ELASTICSEARCH_URL, comma-separated); `url` is the first, for tools that talk to one.
   * `shards`/`replicas`: of each index the rebuild creates (ELASTICSEARCH_SHARDS, ELASTICSEARCH_REPLICAS).
   */
  readonly elasticsearch!: { url: string; nodes: string[]; indexPrefix: string; shards: number; replicas: number };
  readonly queue!: { prefix: string };
  readonly health!: { timeoutMs: number };
  readonly logLevel!: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  readonly publicUrl!: string;
  readonly mail!: { smtpUrl: string; from: string };
  readonly auth!: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlSeconds: number;
    emailVerificationTtlSeconds: number;
    passwordResetTtlSeconds: number;
  };
  /** `textThreads`: threads reading PDF text in the worker (DOCUMENT_TEXT_THREADS, default the cores). */
  readonly documents!: { maxBytes: number; storageDir: string; textThreads: number };
  readonly searchSync!: { batchSize: number; idleMs: number };
  /** `bulkBytes`: size of one bulk request of the full rebuild (SEARCH_REBUILD_BULK_BYTES). */
  readonly searchRebuild!: { cron: string; timezone: string; bulkBytes: number };
  readonly applications!: { responseDays: number; reminderLeadDays: number };
  /** Matching of offers and requests, both directions (MATCHING_* in environment.ts). */
  readonly matching!: MatchingSettings;
  readonly matchedOffers!: { digestIntervalHours: number };
  /** The daily sweep of internship step reminders (STEP_REMINDERS_*). */
  readonly stepReminders!: { cron: string; timezone: string };
  /** Internship agreements: lifetime of a signature link (AGREEMENT_SIGNATURE_TTL). */
  readonly agreements!: { signatureTtlSeconds: number };
  /** Rate limits (RATE_LIMIT_*): requests allowed per window, per client IP, e-mail or account. */
  readonly rateLimits!: {
    loginPerEmail: RateWindow;
    loginPerIp: RateWindow;
    loginPerAccount: RateWindow;
    accountMailPerEmail: RateWindow;
    accountMailPerIp: RateWindow;
    registrationPerIp: RateWindow;
    labelLookupPerIp: RateWindow;
    signatureLinkPerIp: RateWindow;
    accountTokenPerIp: RateWindow;
    refreshPerIp: RateWindow;
    companyLookupPerIp: RateWindow;
    profileSearchPerUser: RateWindow;
    applicationMessagesPerUser: RateWindow;
  };
  /** Company contacts' reads of student profiles and CVs (PROFILE_READS_PER_DAY): distinct ones per day. */
  readonly profileReads!: { perDay: number };
  /** A student's requests: most open at once (REQUESTS_MAX_OPEN_PER_STUDENT). */
  readonly requests!: { maxOpenPerStudent: number };
  /** Retention of personal data (RETENTION_*): the daily sweep's schedule and its delays. */
  readonly retention!: RetentionSettings;

  constructor(settings: AppConfig) {
    Object.assign(this, settings);
  }
}

export interface RetentionSettings {
  cron: string;
  timezone: string;
  documentsMonths: number;
  warningDays: number;
  unverifiedDays: number;
}

/** At most `limit` requests per `windowSeconds`. */
export interface RateWindow {
  limit: number;
  windowSeconds: number;
}
