import { Transform } from 'class-transformer';
import { availableParallelism } from 'node:os';
import { IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, MinLength, Max, Min } from 'class-validator';
import { IsServiceUrl, IsServiceUrlList } from './is-service-url.validator';
import { IsTimeZone } from './is-time-zone.validator';
import { IsTrustProxy } from './trust-proxy';

/** "<requests>/<seconds>", both at least 1 (parsed by loadConfig). */
const RATE_WINDOW = /^[1-9]\d{0,6}\/[1-9]\d{0,5}$/;
const RATE_WINDOW_MESSAGE = 'must be "<requests>/<seconds>" with both at least 1, e.g. "10/900"';

/**
 * Every environment variable the service reads, with its rule and default.
 * `.env.example` and the README's settings table list the same names; keep the three in step.
 */
export class Environment {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  @IsNotEmpty()
  HOST = '127.0.0.1';

  @Transform(({ value }) => toInt(value))
  @Min(1)
  @Max(65535)
  @IsInt({ message: 'must be an integer' }) // checked first: decorators nearest the field run first
  PORT = 3000;

  /** Reverse proxies believed about the client's address (Express `trust proxy`): off by default. */
  @IsTrustProxy()
  TRUST_PROXY = 'false';

  /** The OpenAPI page at /api/docs: on by default, off by default when NODE_ENV is production. */
  @IsOptional()
  @IsIn(['on', 'off'])
  API_DOCS?: 'on' | 'off';

  @IsServiceUrl(['postgres:', 'postgresql:'])
  DATABASE_URL!: string;

  @IsServiceUrl(['redis:', 'rediss:'])
  REDIS_URL!: string;

  /** One node, or the nodes of a cluster comma-separated: requests are spread over them, a failed one retried on another. */
  @IsServiceUrlList(['http:', 'https:'])
  ELASTICSEARCH_URL!: string;

  /** Primary shards of each index the rebuild creates (the mapping files' value is replaced by this one). */
  @Transform(({ value }) => toInt(value))
  @Min(1)
  @Max(1024)
  @IsInt({ message: 'must be an integer' })
  ELASTICSEARCH_SHARDS = 1;

  /** Copies of each shard on other nodes: 0 on a single node (a replica could never be placed), 1 on a cluster. */
  @Transform(({ value }) => toInt(value))
  @Min(0)
  @Max(10)
  @IsInt({ message: 'must be an integer' })
  ELASTICSEARCH_REPLICAS = 0;

  /** Every index and alias name starts with it, so several runs can share one node. */
  @Matches(/^[a-z0-9][a-z0-9_-]*$/, { message: 'must be lowercase letters, digits, "_" or "-"' })
  ELASTICSEARCH_INDEX_PREFIX = 'semsem_';

  /** Redis key prefix of every BullMQ queue, so several runs can share one Redis. */
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'must be letters, digits, "_" or "-"' })
  QUEUE_PREFIX = 'semsem';

  /** How long /health waits for each component before calling it down. */
  @Transform(({ value }) => toInt(value))
  @Min(100)
  @Max(60000)
  @IsInt({ message: 'must be an integer' })
  HEALTH_TIMEOUT_MS = 2000;

  /** Base URL of the platform as users reach it: links in e-mails point there. */
  @IsServiceUrl(['http:', 'https:'])
  PUBLIC_URL = 'http://127.0.0.1:3000';

  /** SMTP relay every e-mail leaves through; local runs and tests use the project's own receiver. */
  @IsServiceUrl(['smtp:', 'smtps:'])
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString()
  @IsNotEmpty()
  MAIL_FROM = 'SEMSEM-stages <no-reply@semsem-stages.local>';

  /** Signs access tokens (HS256). At least 32 characters. */
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long' })
  AUTH_JWT_SECRET!: string;

  /** Lifetime of an access token, in seconds. */
  @Transform(({ value }) => toInt(value))
  @Min(60)
  @Max(86400)
  @IsInt({ message: 'must be an integer' })
  AUTH_ACCESS_TOKEN_TTL = 900;

  /** Lifetime of a refresh token, in seconds (each use rotates it). */
  @Transform(({ value }) => toInt(value))
  @Min(3600)
  @IsInt({ message: 'must be an integer' })
  AUTH_REFRESH_TOKEN_TTL = 30 * 86400;

  /** Lifetime of an e-mail verification link, in seconds. */
  @Transform(({ value }) => toInt(value))
  @Min(300)
  @IsInt({ message: 'must be an integer' })
  EMAIL_VERIFICATION_TTL = 48 * 3600;

  /** Lifetime of a password reset link, in seconds. */
  @Transform(({ value }) => toInt(value))
  @Min(300)
  @IsInt({ message: 'must be an integer' })
  PASSWORD_RESET_TTL = 3600;

  /** Lifetime of an internship agreement's one-time signature link, in seconds. */
  @Transform(({ value }) => toInt(value))
  @Min(3600)
  @IsInt({ message: 'must be an integer' })
  AGREEMENT_SIGNATURE_TTL = 14 * 86400;

  /** Largest document accepted on upload, in bytes. */
  @Transform(({ value }) => toInt(value))
  @Min(1024)
  @IsInt({ message: 'must be an integer' })
  UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

  /** Folder of the local-disk document storage. */
  @IsString()
  @IsNotEmpty()
  STORAGE_DIR = './var/storage';

  /** Threads of the worker's PDF text reader pool (each reads one PDF at a time); default: the cores available. */
  @Transform(({ value }) => toInt(value))
  @Min(1)
  @Max(64)
  @IsInt({ message: 'must be an integer' })
  DOCUMENT_TEXT_THREADS = availableParallelism();

  /** Outbox rows the worker moves to Elasticsearch per bulk request. */
  @Transform(({ value }) => toInt(value))
  @Min(1)
  @Max(5000)
  @IsInt({ message: 'must be an integer' })
  SEARCH_SYNC_BATCH_SIZE = 500;

  /** Pause between two outbox passes when there is nothing to do, in milliseconds. */
  @Transform(({ value }) => toInt(value))
  @Min(10)
  @Max(60000)
  @IsInt({ message: 'must be an integer' })
  SEARCH_SYNC_IDLE_MS = 200;

  /** When the nightly full rebuild of the search indices runs (cron, 5 fields). */
  @Matches(/^(\S+\s+){4}\S+$/, { message: 'must be a cron expression with 5 fields, e.g. "0 2 * * *"' })
  SEARCH_REBUILD_CRON = '0 2 * * *';

  /** Time zone of SEARCH_REBUILD_CRON. */
  @IsTimeZone()
  SEARCH_REBUILD_TIMEZONE = 'Africa/Tunis';

  /**
   * Bytes of one bulk request of the full rebuild: documents are cut into requests by size, not by count, so a few
   * large CVs cannot blow the worker's memory (at most two requests are held). Below Elasticsearch's 100 MB cap.
   */
  @Transform(({ value }) => toInt(value))
  @Min(65536)
  @Max(64 * 1024 * 1024)
  @IsInt({ message: 'must be an integer' })
  SEARCH_REBUILD_BULK_BYTES = 8 * 1024 * 1024;

  /** Days a company has to answer an application ("délai de réponse"). */
  @Transform(({ value }) => toInt(value))
  @Min(1)
  @Max(90)
  @IsInt({ message: 'must be an integer' })
  APPLICATION_RESPONSE_DAYS = 15;

  /** Days before an application's response deadline when its company is reminded. */
  @Transform(({ value }) => toInt(value))
  @Min(0)
  @Max(30)
  @IsInt({ message: 'must be an integer' })
  APPLICATION_REMINDER_LEAD_DAYS = 3;

  // Matching of an offer's wanted profile and a request, one scoring for both directions (GET /offers/:id/candidates,
  // the offers matched to a request and their digest): the points each criterion adds, times a share in 0..1.
  // Zero switches a criterion off; a score is the sum, never negative.
  /** The offer's title, mission, skills and profile against the request's texts (BM25, normalised). */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(100)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_WEIGHT_TEXT = 4;

  /** A wanted NACE division of the request is one of the offer's. */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(100)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_WEIGHT_SECTOR = 1;

  /** No common division, but one in the same NACE section (the weaker sector match). */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(100)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_WEIGHT_SECTION = 0.5;

  /** The student's year of study is a wanted one. */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(100)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_WEIGHT_STUDY_YEAR = 4;

  /** Share of the year's points for a year next to a wanted one. */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(1)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_ADJACENT_YEAR_SHARE = 0.25;

  /** The student's programme name fits one of the offer's wanted programmes or fields. */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(100)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_WEIGHT_PROGRAMME = 4;

  /** Shared among the offer's skills (at least three shares): each found in the request's words earns its share. */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(100)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_WEIGHT_SKILLS = 4;

  /** Share of a skill's points when only the title, keywords or message state it, not the CV or letter. */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(1)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_STATED_SKILL_SHARE = 0.5;

  /** Shared among the offer's languages: each one the student speaks earns its share. */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(100)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_WEIGHT_LANGUAGES = 1;

  /** The request wants the offer's country. */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(100)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_WEIGHT_COUNTRY = 2;

  /** The request wants the offer's city. */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(100)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_WEIGHT_CITY = 0.5;

  /** The student lives in the offer's country or in one of its wanted countries. */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(100)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_WEIGHT_HOME_COUNTRY = 0.5;

  /** The student's university is in one of the offer's wanted countries. */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(100)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_WEIGHT_UNIVERSITY_COUNTRY = 0.5;

  /** The share of the offer's dates still ahead that the availability covers (a quarter without dates). */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(100)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_WEIGHT_PERIOD = 2;

  /** A request published today; halves every MATCHING_FRESHNESS_HALF_LIFE_DAYS. */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(100)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_WEIGHT_FRESHNESS = 0.5;

  /** Half-life of the freshness points, in days. */
  @Transform(({ value }) => toInt(value))
  @Min(1)
  @Max(3650)
  @IsInt({ message: 'must be an integer' })
  MATCHING_FRESHNESS_HALF_LIFE_DAYS = 30;

  /** Candidates of an offer's first pass scored in full and listed. */
  @Transform(({ value }) => toInt(value))
  @Min(10)
  @Max(2000)
  @IsInt({ message: 'must be an integer' })
  MATCHING_WINDOW = 100;

  /** Offers of a request's first pass scored in full (those from the threshold are recorded). */
  @Transform(({ value }) => toInt(value))
  @Min(10)
  @Max(2000)
  @IsInt({ message: 'must be an integer' })
  MATCHING_OFFERS_WINDOW = 200;

  /** A request → offer match is recorded and mailed from this score. */
  @Transform(({ value }) => toNumber(value))
  @Min(0)
  @Max(100)
  @IsNumber({}, { message: 'must be a number' })
  MATCHING_THRESHOLD = 14;

  /** Offers one digest e-mail lists at most. */
  @Transform(({ value }) => toInt(value))
  @Min(1)
  @Max(100)
  @IsInt({ message: 'must be an integer' })
  MATCHING_DIGEST_SIZE = 10;

  /** Most requests a student keeps open (not archived) at once: each is indexed and matched, so one account stays bounded. */
  @Transform(({ value }) => toInt(value))
  @Min(1)
  @Max(100)
  @IsInt({ message: 'must be an integer' })
  REQUESTS_MAX_OPEN_PER_STUDENT = 10;

  /** Least time between two digest e-mails of matched offers to one student, in hours (0: no limit). */
  @Transform(({ value }) => toInt(value))
  @Min(0)
  @Max(720)
  @IsInt({ message: 'must be an integer' })
  MATCH_DIGEST_INTERVAL_HOURS = 24;

  /** When the daily sweep of internship step reminders and escalations runs (cron, 5 fields). */
  @Matches(/^(\S+\s+){4}\S+$/, { message: 'must be a cron expression with 5 fields, e.g. "0 8 * * *"' })
  STEP_REMINDERS_CRON = '0 8 * * *';

  /** Time zone of STEP_REMINDERS_CRON, and of the day that decides which reminders are due. */
  @IsTimeZone()
  STEP_REMINDERS_TIMEZONE = 'Africa/Tunis';

  /** When the daily retention sweep runs (documents of inactive requests, unverified accounts), cron with 5 fields. */
  @Matches(/^(\S+\s+){4}\S+$/, { message: 'must be a cron expression with 5 fields, e.g. "30 3 * * *"' })
  RETENTION_CRON = '30 3 * * *';

  /** Time zone of RETENTION_CRON. */
  @IsTimeZone()
  RETENTION_TIMEZONE = 'Africa/Tunis';

  /** The files of a request untouched for this many months (CV, letter, others) are purged, after the warning. */
  @Transform(({ value }) => toInt(value))
  @Min(1)
  @Max(120)
  @IsInt({ message: 'must be an integer' })
  RETENTION_DOCUMENTS_MONTHS = 12;

  /** Days between the warning e-mail and the purge of those documents. */
  @Transform(({ value }) => toInt(value))
  @Min(1)
  @Max(365)
  @IsInt({ message: 'must be an integer' })
  RETENTION_WARNING_DAYS = 30;

  /** Accounts whose e-mail address was never confirmed are deleted after this many days. */
  @Transform(({ value }) => toInt(value))
  @Min(1)
  @Max(3650)
  @IsInt({ message: 'must be an integer' })
  RETENTION_UNVERIFIED_DAYS = 30;

  // Rate limits of the public routes, each "<requests>/<seconds>": at most that many requests per window.
  /** POST /auth/login, per e-mail address (brute force on one account). */
  @Matches(RATE_WINDOW, { message: RATE_WINDOW_MESSAGE })
  RATE_LIMIT_LOGIN_PER_EMAIL = '10/900';

  /** POST /auth/login, per e-mail address from all addresses together: the ceiling of a spread-out guessing attack. */
  @Matches(RATE_WINDOW, { message: RATE_WINDOW_MESSAGE })
  RATE_LIMIT_LOGIN_PER_ACCOUNT = '100/3600';

  /** POST /auth/login, per client IP. */
  @Matches(RATE_WINDOW, { message: RATE_WINDOW_MESSAGE })
  RATE_LIMIT_LOGIN_PER_IP = '50/900';

  /** Password-reset requests and verification resends together, per e-mail address (mailbox flooding). */
  @Matches(RATE_WINDOW, { message: RATE_WINDOW_MESSAGE })
  RATE_LIMIT_ACCOUNT_MAIL_PER_EMAIL = '5/3600';

  /** The same routes, per client IP. */
  @Matches(RATE_WINDOW, { message: RATE_WINDOW_MESSAGE })
  RATE_LIMIT_ACCOUNT_MAIL_PER_IP = '20/3600';

  /** Student and company-contact sign-ups together, per client IP. */
  @Matches(RATE_WINDOW, { message: RATE_WINDOW_MESSAGE })
  RATE_LIMIT_REGISTRATION_PER_IP = '20/3600';

  /** GET /labels/:code, per client IP (enumeration of codes). */
  @Matches(RATE_WINDOW, { message: RATE_WINDOW_MESSAGE })
  RATE_LIMIT_LABEL_LOOKUP_PER_IP = '30/300';

  /** The public agreement signature routes together, per client IP. */
  @Matches(RATE_WINDOW, { message: RATE_WINDOW_MESSAGE })
  RATE_LIMIT_SIGNATURE_LINK_PER_IP = '60/900';

  /** E-mail verification and password reset with a token, together, per client IP (token guessing). */
  @Matches(RATE_WINDOW, { message: RATE_WINDOW_MESSAGE })
  RATE_LIMIT_ACCOUNT_TOKEN_PER_IP = '30/900';

  /** Distinct student requests and CVs one company contact may read per day (the platform's day, in Tunis). */
  @Transform(({ value }) => toInt(value))
  @IsInt()
  @Min(1)
  PROFILE_READS_PER_DAY = 200;

  /** POST /auth/refresh, per client IP: high, since a campus behind one address refreshes often. */
  @Matches(RATE_WINDOW, { message: RATE_WINDOW_MESSAGE })
  RATE_LIMIT_REFRESH_PER_IP = '1200/900';

  /** GET /companies/lookup (public, at sign-up), per client IP. */
  @Matches(RATE_WINDOW, { message: RATE_WINDOW_MESSAGE })
  RATE_LIMIT_COMPANY_LOOKUP_PER_IP = '60/60';

  /** GET /profiles/search, per account: far above a person's pace, it stops a script paging through the CVthèque. */
  @Matches(RATE_WINDOW, { message: RATE_WINDOW_MESSAGE })
  RATE_LIMIT_PROFILE_SEARCH_PER_USER = '600/60';

  /** POST /applications/:id/messages (each one is an e-mail), per account. */
  @Matches(RATE_WINDOW, { message: RATE_WINDOW_MESSAGE })
  RATE_LIMIT_APPLICATION_MESSAGES_PER_USER = '30/3600';

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';
}

function toInt(value: unknown): unknown {
  if (typeof value !== 'string' || !/^-?\d+$/.test(value.trim())) return value;
  return Number.parseInt(value, 10);
}

function toNumber(value: unknown): unknown {
  if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value.trim())) return value;
  return Number(value);
}
