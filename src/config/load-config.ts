import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { AppConfig, RateWindow } from './app-config';
import { Environment } from './environment';
import { splitUrlList } from './is-service-url.validator';
import { parseTrustProxy } from './trust-proxy';

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Validates the environment into an AppConfig. Throws a ConfigurationError naming every bad variable,
 * so a process can stop with one line instead of failing later on first use.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { forbidUnknownValues: true, stopAtFirstError: true });
  if (errors.length > 0) throw new ConfigurationError(errors.map(describe));
  return new AppConfig({
    env: env.NODE_ENV,
    http: {
      host: env.HOST,
      port: env.PORT,
      trustProxy: parseTrustProxy(env.TRUST_PROXY) ?? false,
      apiDocs: env.API_DOCS === undefined ? env.NODE_ENV !== 'production' : env.API_DOCS === 'on',
    },
    database: { url: env.DATABASE_URL },
    redis: { url: env.REDIS_URL },
    elasticsearch: elasticsearchSettings(env),
    queue: { prefix: env.QUEUE_PREFIX },
    health: { timeoutMs: env.HEALTH_TIMEOUT_MS },
    logLevel: env.LOG_LEVEL,
    publicUrl: env.PUBLIC_URL.replace(/\/+$/, ''),
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    auth: {
      jwtSecret: env.AUTH_JWT_SECRET,
      accessTokenTtlSeconds: env.AUTH_ACCESS_TOKEN_TTL,
      refreshTokenTtlSeconds: env.AUTH_REFRESH_TOKEN_TTL,
      emailVerificationTtlSeconds: env.EMAIL_VERIFICATION_TTL,
      passwordResetTtlSeconds: env.PASSWORD_RESET_TTL,
    },
    documents: {
      maxBytes: env.UPLOAD_MAX_BYTES,
      storageDir: resolve(env.STORAGE_DIR),
      textThreads: env.DOCUMENT_TEXT_THREADS,
    },
    searchSync: { batchSize: env.SEARCH_SYNC_BATCH_SIZE, idleMs: env.SEARCH_SYNC_IDLE_MS },
    searchRebuild: {
      cron: env.SEARCH_REBUILD_CRON,
      timezone: env.SEARCH_REBUILD_TIMEZONE,
      bulkBytes: env.SEARCH_REBUILD_BULK_BYTES,
    },
    applications: { responseDays: env.APPLICATION_RESPONSE_DAYS, reminderLeadDays: env.APPLICATION_REMINDER_LEAD_DAYS },
    matching: {
      weights: {
        text: env.MATCHING_WEIGHT_TEXT,
        sector: env.MATCHING_WEIGHT_SECTOR,
        section: env.MATCHING_WEIGHT_SECTION,
        studyYear: env.MATCHING_WEIGHT_STUDY_YEAR,
        programme: env.MATCHING_WEIGHT_PROGRAMME,
        skills: env.MATCHING_WEIGHT_SKILLS,
        languages: env.MATCHING_WEIGHT_LANGUAGES,
        country: env.MATCHING_WEIGHT_COUNTRY,
        city: env.MATCHING_WEIGHT_CITY,
        homeCountry: env.MATCHING_WEIGHT_HOME_COUNTRY,
        universityCountry: env.MATCHING_WEIGHT_UNIVERSITY_COUNTRY,
        period: env.MATCHING_WEIGHT_PERIOD,
        freshness: env.MATCHING_WEIGHT_FRESHNESS,
      },
      statedSkillShare: env.MATCHING_STATED_SKILL_SHARE,
      adjacentYearShare: env.MATCHING_ADJACENT_YEAR_SHARE,
      freshnessHalfLifeDays: env.MATCHING_FRESHNESS_HALF_LIFE_DAYS,
      window: env.MATCHING_WINDOW,
      offersWindow: env.MATCHING_OFFERS_WINDOW,
      threshold: env.MATCHING_THRESHOLD,
      digestSize: env.MATCHING_DIGEST_SIZE,
    },
    matchedOffers: { digestIntervalHours: env.MATCH_DIGEST_INTERVAL_HOURS },
    stepReminders: { cron: env.STEP_REMINDERS_CRON, timezone: env.STEP_REMINDERS_TIMEZONE },
    agreements: { signatureTtlSeconds: env.AGREEMENT_SIGNATURE_TTL },
    rateLimits: {
      loginPerEmail: rateWindow(env.RATE_LIMIT_LOGIN_PER_EMAIL),
      loginPerIp: rateWindow(env.RATE_LIMIT_LOGIN_PER_IP),
      loginPerAccount: rateWindow(env.RATE_LIMIT_LOGIN_PER_ACCOUNT),
      accountMailPerEmail: rateWindow(env.RATE_LIMIT_ACCOUNT_MAIL_PER_EMAIL),
      accountMailPerIp: rateWindow(env.RATE_LIMIT_ACCOUNT_MAIL_PER_IP),
      registrationPerIp: rateWindow(env.RATE_LIMIT_REGISTRATION_PER_IP),
      labelLookupPerIp: rateWindow(env.RATE_LIMIT_LABEL_LOOKUP_PER_IP),
      signatureLinkPerIp: rateWindow(env.RATE_LIMIT_SIGNATURE_LINK_PER_IP),
      accountTokenPerIp: rateWindow(env.RATE_LIMIT_ACCOUNT_TOKEN_PER_IP),
      refreshPerIp: rateWindow(env.RATE_LIMIT_REFRESH_PER_IP),
      companyLookupPerIp: rateWindow(env.RATE_LIMIT_COMPANY_LOOKUP_PER_IP),
      profileSearchPerUser: rateWindow(env.RATE_LIMIT_PROFILE_SEARCH_PER_USER),
      applicationMessagesPerUser: rateWindow(env.RATE_LIMIT_APPLICATION_MESSAGES_PER_USER),
    },
    profileReads: { perDay: env.PROFILE_READS_PER_DAY },
    requests: { maxOpenPerStudent: env.REQUESTS_MAX_OPEN_PER_STUDENT },
    retention: {
      cron: env.RETENTION_CRON,
      timezone: env.RETENTION_TIMEZONE,
      documentsMonths: env.RETENTION_DOCUMENTS_MONTHS,
      warningDays: env.RETENTION_WARNING_DAYS,
      unverifiedDays: env.RETENTION_UNVERIFIED_DAYS,
    },
  });
}

/** "<requests>/<seconds>", already checked by the Environment rules. */
function rateWindow(value: string): RateWindow {
  const [limit, windowSeconds] = value.split('/').map(Number);
  return { limit, windowSeconds };
}

/** Reads `.env` from the working directory when there is one; real environment variables win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** Settings whose value never reaches a log line, even when it is refused. */
const SECRET_SETTING = /SECRET|PASSWORD|TOKEN_KEY/;

function describe(error: ValidationError): string {
  const value = (error.target as Record<string, unknown> | undefined)?.[error.property];
  const messages = Object.values(error.constraints ?? {})
    .map((message) => message.replace(new RegExp(`^${error.property}\\s+`), ''))
    .join(', ');
  const shown =
    value === undefined
      ? 'not set'
      : SECRET_SETTING.test(error.property)
        ? `got ${String(value).length} characters`
        : `got "${mask(String(value))}"`;
  return `${error.property} ${messages} (${shown})`;
}

/** Hides the password of a URL so it never reaches a log line. */
export function mask(value: string): string {
  return value.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

function elasticsearchSettings(env: Environment): AppConfig['elasticsearch'] {
  const nodes = splitUrlList(env.ELASTICSEARCH_URL).map((url) => url.replace(/\/+$/, ''));
  return {
    url: nodes[0],
    nodes,
    indexPrefix: env.ELASTICSEARCH_INDEX_PREFIX,
    shards: env.ELASTICSEARCH_SHARDS,
    replicas: env.ELASTICSEARCH_REPLICAS,
  };
}
