import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { OffersOutbox } from '../../indexer/offers/offers-outbox';
import { ProfilesOutbox } from '../../indexer/profiles/profiles-outbox';
import { PasswordHasher } from '../accounts/password-hasher';
import { DocumentStorage } from '../documents/storage/document-storage';
import { DocumentTextQueue } from '../documents/text/document-text.queue';
import { InternshipRecordsService } from '../label-workflow/internships/internship-records.service';
import { OfferChangeRecorder } from '../offers/offer-change-recorder';
import { RequestChangeRecorder } from '../requests/request-change-recorder';
import { cvFileName, letterFileName, renderDemoDocuments } from './demo-documents';
import { DemoRemoval, removeDemoWorld } from './demo-reset';
import { accountsToTry, DEMO_ADMIN, DEMO_PASSWORD, DemoAccountToTry, demoWorld, DemoWorld } from './demo-world';
import { demoAccounts, DemoWriter, StoredDemoFile, StoredDemoFiles } from './demo-writer';

export interface DemoCounts {
  universities: number;
  programmes: number;
  staff: number;
  companies: number;
  activeContacts: number;
  pendingJoinRequests: number;
  students: number;
  requests: number;
  /** Published and visible to companies: what the guided search shows once indexed. */
  visibleRequests: number;
  documents: number;
  offers: number;
  applications: number;
  internships: number;
}

export interface DemoLoadReport {
  outcome: 'loaded' | 'already-loaded';
  /** With `reset`: what the previous demo world had. */
  removed: Omit<DemoRemoval, 'storageKeys'> | null;
  counts: DemoCounts;
  /**
   * Text extraction jobs handed to Redis now; the others stay `pending` and the worker's sweep queues them
   * (every minute, for documents older than a minute).
   */
  textExtraction: { queued: number; leftForSweep: number };
  password: string;
  accounts: DemoAccountToTry[];
}

/** Serialises loaders (two at once would race on the marker). */
const LOCK_KEY = 'semsem-stages:demo-loader';

/**
 * Loads the demo world: organisations, accounts, requests and their PDFs. Everything lands in one transaction,
 * so the world is there entirely or not at all; the demo admin account is the marker that it is there.
 * Files are stored before the transaction and removed again if it does not commit.
 */
@Injectable()
export class DemoLoaderService {
  private readonly logger = new Logger('demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly storage: DocumentStorage,
    private readonly recorder: RequestChangeRecorder,
    private readonly offerRecorder: OfferChangeRecorder,
    private readonly internships: InternshipRecordsService,
    private readonly profilesOutbox: ProfilesOutbox,
    private readonly offersOutbox: OffersOutbox,
    private readonly textQueue: DocumentTextQueue,
    @Inject(Redis) private readonly redis: Redis,
  ) {}

  isLoaded(manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager
      .query(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [DEMO_ADMIN.email])
      .then((rows: unknown[]) => rows.length > 0);
  }

  /** Loads the demo world unless it is there already; `reset` removes the existing one first. */
  async load(options: { reset?: boolean } = {}): Promise<DemoLoadReport> {
    const world = demoWorld();
    if (!options.reset && (await this.isLoaded())) return this.report(world, 'already-loaded', null, 0);

    const passwordHashes = await this.hashPasswords(world);
    const files = await this.storeFiles(world);
    const keys = [...files.values()].flatMap(({ cv, letter }) => [cv.key, letter.key]);
    let written: { documentIds: string[]; removal: DemoRemoval | null } | null;
    try {
      written = await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [LOCK_KEY]);
        const removal = options.reset ? await this.remove(manager, world) : null;
        if (!removal && (await this.isLoaded(manager))) return null; // another loader was quicker
        const documentIds = await new DemoWriter(manager, this.recorder, passwordHashes, {
          offers: this.offerRecorder,
          internships: this.internships,
        }).write(world, files);
        return { documentIds, removal };
      });
    } catch (error) {
      await this.deleteFiles(keys);
      throw error;
    }
    if (!written) {
      await this.deleteFiles(keys);
      return this.report(world, 'already-loaded', null, 0);
    }
    if (written.removal) await this.deleteFiles(written.removal.storageKeys);
    return this.report(world, 'loaded', written.removal, await this.enqueueTextExtraction(written.documentIds));
  }

  /**
   * Hands the PDFs to the worker now when Redis answers (the worker need not be running: the jobs wait for it).
   * Without Redis they stay `pending`, and the worker's sweep queues them once it runs.
   */
  private async enqueueTextExtraction(documentIds: string[]): Promise<number> {
    if (!(await this.redisAnswers())) {
      this.logger.warn(`Redis does not answer: the text of ${documentIds.length} PDFs is left for the worker's sweep`);
      return 0;
    }
    // In parallel: each waits at most a couple of seconds, and never throws.
    const queued = await Promise.all(documentIds.map((id) => this.textQueue.enqueue(id)));
    return queued.filter(Boolean).length;
  }

  private async redisAnswers(timeoutMs = 2_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([
        this.redis.ping().then(
          () => true,
          () => false,
        ),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async remove(manager: EntityManager, world: DemoWorld): Promise<DemoRemoval> {
    try {
      return await removeDemoWorld(manager, world, { profiles: this.profilesOutbox, offers: this.offersOutbox });
    } catch (error) {
      throw new Error(`cannot remove the demo data, other data refers to it: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }

  private async hashPasswords(world: DemoWorld): Promise<Map<string, string>> {
    const accounts = demoAccounts(world);
    const hashes = await Promise.all(accounts.map(() => this.hasher.hash(DEMO_PASSWORD)));
    return new Map(accounts.map((account, position) => [account.email, hashes[position]]));
  }

  /** Renders and stores both PDFs of every student; on failure, removes what it stored. */
  private async storeFiles(world: DemoWorld): Promise<StoredDemoFiles> {
    const files: StoredDemoFiles = new Map();
    const stored: string[] = [];
    const put = async (data: Buffer, fileName: string): Promise<StoredDemoFile> => {
      const key = DocumentStorage.newKey();
      await this.storage.put(key, data);
      stored.push(key);
      return { key, fileName, sizeBytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
    };
    try {
      for (const student of world.students) {
        const { cv, letter } = await renderDemoDocuments(student);
        files.set(student, {
          cv: await put(cv, cvFileName(student)),
          letter: await put(letter, letterFileName(student)),
        });
      }
    } catch (error) {
      await this.deleteFiles(stored);
      throw error;
    }
    return files;
  }

  private async deleteFiles(keys: string[]): Promise<void> {
    for (const key of keys) {
      try {
        await this.storage.delete(key);
      } catch (error) {
        this.logger.error(`could not remove stored file ${key}: ${(error as Error).message}`, (error as Error).stack);
      }
    }
  }

  private report(
    world: DemoWorld,
    outcome: DemoLoadReport['outcome'],
    removal: DemoRemoval | null,
    queued: number,
  ): DemoLoadReport {
    const contacts = world.companies.flatMap((company) => company.contacts);
    const documents = outcome === 'loaded' ? world.students.length * 2 : 0;
    return {
      outcome,
      removed: removal && { users: removal.users, requests: removal.requests },
      counts: {
        universities: world.universities.length,
        programmes: world.universities.flatMap((u) => u.programmes).length,
        staff: world.universities.reduce(
          (n, u) => n + u.programmes.length + u.yearManagers.length + u.academicTutors.length,
          0,
        ),
        companies: world.companies.length,
        activeContacts: contacts.filter((c) => c.status === 'active').length,
        pendingJoinRequests: contacts.filter((c) => c.status === 'pending').length,
        students: world.students.length,
        requests: world.students.length,
        visibleRequests: world.students.filter((s) => s.state === 'published').length,
        documents: world.students.length * 2,
        offers: world.offers.length,
        applications: world.applications.length,
        internships: world.internships.length,
      },
      textExtraction: { queued, leftForSweep: documents - queued },
      password: DEMO_PASSWORD,
      accounts: accountsToTry(world),
    };
  }
}
