import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ProfilesOutbox } from '../../../indexer/profiles/profiles-outbox';
import { formatDay } from '../../common/i18n/format-day';
import { Locale } from '../../common/i18n/locale';
import { AppConfig } from '../../config/app-config';
import { DocumentStorage } from '../../documents/storage/document-storage';
import { MailOutboxService } from '../../notifications/mail-outbox.service';
import { RequestAction } from '../../requests/request-status';
import { AccountEraser } from '../deletion/account-eraser';
import { removeStoredFiles } from '../deletion/stored-files';
import { PersonalDataException } from '../personal-data.exception';
import { RetentionProgress, RetentionReport } from './retention-queue';
import { RETAINED_DOCUMENTS, RetentionCutoffs, retentionCutoffs } from './retention-rules';

interface DueDocument {
  id: string;
  ownerId: string;
  fileName: string;
}

interface Owner {
  email: string;
  firstName: string;
  lastName: string;
  locale: Locale;
}

/**
 * The retention rules, run by the daily sweep: the files of requests left untouched (CVs, letters, others) for
 * RETENTION_DOCUMENTS_MONTHS are announced to their owner RETENTION_WARNING_DAYS ahead, then purged; accounts never
 * confirmed are deleted after RETENTION_UNVERIFIED_DAYS. Each warning is written with its mark in one transaction,
 * so a sweep run twice (a retry, two workers) warns once.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);
  /** Owners per page of the warning pass (their documents come with them), and documents per purge batch. */
  readonly pages = { owners: 500, documents: 100 };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly mails: MailOutboxService,
    private readonly storage: DocumentStorage,
    private readonly profilesOutbox: ProfilesOutbox,
    private readonly eraser: AccountEraser,
  ) {}

  async sweep(
    asOf: Date,
    progress: (p: RetentionProgress) => Promise<void> = async () => undefined,
  ): Promise<RetentionReport> {
    const cutoffs = retentionCutoffs(this.config.retention, asOf);
    const warned = await this.warn(asOf, cutoffs, progress);
    const purgedDocuments = await this.purge(cutoffs, progress);
    const deletedAccounts = await this.deleteUnverified(cutoffs, progress);
    // A deletion's confirmation that could not be delivered is the last trace of the address: it goes too.
    await this.dataSource.query(`DELETE FROM mail_outbox WHERE template = 'account_deleted' AND status = 'failed'`);
    const report = { ...warned, purgedDocuments, deletedAccounts };
    await progress({ phase: 'done', done: 1, total: 1 });
    this.logger.log(`retention sweep as of ${asOf.toISOString()}: ${JSON.stringify(report)}`);
    return report;
  }

  /**
   * Owners with documents due a warning, a page of owners at a time in owner order: at 1M requests a first sweep
   * found 188k owners, and holding all their documents at once took the worker past 1 GB.
   */
  private async warn(asOf: Date, cutoffs: RetentionCutoffs, progress: (p: RetentionProgress) => Promise<void>) {
    const dueForWarning = `${RETAINED_DOCUMENTS}
         AND (d.retention_warned_at IS NULL OR d.retention_warned_at < greatest(r.updated_at, d.created_at))`;
    const [{ owners: total }] = (await this.dataSource.query(
      `SELECT count(DISTINCT d.owner_id)::int AS owners ${dueForWarning}`,
      [cutoffs.warnBefore],
    )) as Array<{ owners: number }>;
    let warnedStudents = 0;
    let warnedDocuments = 0;
    let after: string | null = null;
    for (;;) {
      const owners: string[] = (
        (await this.dataSource.query(
          `SELECT DISTINCT d.owner_id AS "ownerId" ${dueForWarning} AND ($2::uuid IS NULL OR d.owner_id > $2::uuid)
            ORDER BY d.owner_id LIMIT $3`,
          [cutoffs.warnBefore, after, this.pages.owners],
        )) as Array<{ ownerId: string }>
      ).map((row) => row.ownerId);
      if (owners.length === 0) break;
      after = owners[owners.length - 1];
      const due = (await this.dataSource.query(
        `SELECT d.id, d.owner_id AS "ownerId", d.file_name AS "fileName" ${dueForWarning}
            AND d.owner_id = ANY($2::uuid[])
          ORDER BY d.owner_id, d.created_at`,
        [cutoffs.warnBefore, owners],
      )) as DueDocument[];
      const byOwner = new Map<string, DueDocument[]>();
      for (const document of due) {
        const documents = byOwner.get(document.ownerId) ?? [];
        documents.push(document);
        byOwner.set(document.ownerId, documents);
      }
      for (const [ownerId, documents] of byOwner) {
        await this.dataSource.transaction((manager) => this.warnOwner(manager, ownerId, documents, asOf, cutoffs));
        warnedStudents += 1;
        warnedDocuments += documents.length;
        await progress({ phase: 'warn', done: warnedStudents, total: Math.max(total, warnedStudents) });
      }
    }
    return { warnedStudents, warnedDocuments };
  }

  private async warnOwner(
    manager: EntityManager,
    ownerId: string,
    documents: DueDocument[],
    asOf: Date,
    cutoffs: RetentionCutoffs,
  ) {
    const owner = await ownerOf(manager, ownerId);
    await manager.query(`UPDATE documents SET retention_warned_at = $2 WHERE id = ANY($1::uuid[])`, [
      documents.map((d) => d.id),
      asOf,
    ]);
    await this.mails.enqueue(manager, {
      to: owner.email,
      template: 'documents_retention_warning',
      locale: owner.locale,
      params: {
        firstName: owner.firstName,
        fileNames: documents.map((d) => `• ${d.fileName}`).join('\n'),
        purgeOn: formatDay(cutoffs.purgeOn, owner.locale),
        link: `${this.config.publicUrl}/student`,
      },
    });
  }

  /**
   * Warned long enough ago, and untouched since the warning: the documents go, their requests are reindexed. Read
   * a batch at a time in id order, so memory stays flat however many are due.
   */
  private async purge(cutoffs: RetentionCutoffs, progress: (p: RetentionProgress) => Promise<void>): Promise<number> {
    const dueForPurge = `${RETAINED_DOCUMENTS}
         AND d.retention_warned_at IS NOT NULL AND d.retention_warned_at <= $2
         AND d.retention_warned_at >= greatest(r.updated_at, d.created_at)`;
    const [{ documents: total }] = (await this.dataSource.query(`SELECT count(*)::int AS documents ${dueForPurge}`, [
      cutoffs.purgeBefore,
      cutoffs.warnedBefore,
    ])) as Array<{ documents: number }>;
    let done = 0;
    let after: string | null = null;
    for (;;) {
      const ids: string[] = (
        (await this.dataSource.query(
          `SELECT d.id ${dueForPurge} AND ($3::uuid IS NULL OR d.id > $3::uuid) ORDER BY d.id LIMIT $4`,
          [cutoffs.purgeBefore, cutoffs.warnedBefore, after, this.pages.documents],
        )) as Array<{ id: string }>
      ).map((row) => row.id);
      if (ids.length === 0) break;
      after = ids[ids.length - 1];
      const keys = await this.dataSource.transaction((manager) => this.purgeBatch(manager, ids));
      await removeStoredFiles(this.storage, keys, this.logger);
      done += keys.length;
      await progress({ phase: 'purge', done, total: Math.max(total, done) });
    }
    return done;
  }

  private async purgeBatch(manager: EntityManager, ids: string[]): Promise<string[]> {
    // Re-checked under the delete: a document sent with an application meanwhile stays.
    const removed = (await manager.query(
      `WITH gone AS (
         DELETE FROM documents d WHERE d.id = ANY($1::uuid[])
            AND NOT EXISTS (SELECT 1 FROM application_documents ad WHERE ad.document_id = d.id)
         RETURNING d.id, d.request_id, d.kind, d.file_name, d.storage_key)
       SELECT id, request_id AS "requestId", kind, file_name AS "fileName", storage_key AS "storageKey" FROM gone`,
      [ids],
    )) as Array<{ id: string; requestId: string; kind: string; fileName: string; storageKey: string }>;
    const requestIds = [...new Set(removed.map((d) => d.requestId))];
    // The request's history says what went; its version moves on (not its activity date) so the index follows.
    await manager.query(
      `WITH bumped AS (UPDATE internship_requests SET version = version + 1 WHERE id = ANY($1::uuid[]) RETURNING id, version)
       SELECT 1 FROM bumped`,
      [requestIds],
    );
    for (const document of removed) {
      await manager.query(
        `INSERT INTO request_history (request_id, actor_id, action, version, changes)
         SELECT $1, NULL, $2, version, $3::jsonb FROM internship_requests WHERE id = $1`,
        [
          document.requestId,
          RequestAction.DocumentRemoved,
          JSON.stringify({
            [`documents.${document.kind}`]: { before: { id: document.id, fileName: document.fileName }, after: null },
          }),
        ],
      );
    }
    await this.profilesOutbox.requestsChanged(manager, requestIds);
    return removed.map((d) => d.storageKey);
  }

  private async deleteUnverified(
    cutoffs: RetentionCutoffs,
    progress: (p: RetentionProgress) => Promise<void>,
  ): Promise<number> {
    const accounts = (await this.dataSource.query(
      `SELECT id, email, first_name AS "firstName", last_name AS "lastName"
         FROM users WHERE email_verified_at IS NULL AND created_at < $1 ORDER BY created_at`,
      [cutoffs.unverifiedBefore],
    )) as Array<{ id: string; email: string; firstName: string; lastName: string }>;
    let deleted = 0;
    for (const [index, account] of accounts.entries()) {
      try {
        const erased = await this.dataSource.transaction((manager) => this.eraser.erase(manager, account));
        await removeStoredFiles(this.storage, erased.storageKeys, this.logger);
        deleted += 1;
      } catch (error) {
        // An unconfirmed account others rely on (e.g. the last contact of a busy company) stays; the rest go on.
        if (!(error instanceof PersonalDataException)) throw error;
        this.logger.warn(`unverified account ${account.id} kept: ${error.code}`);
      }
      await progress({ phase: 'unverified', done: index + 1, total: accounts.length });
    }
    return deleted;
  }
}

async function ownerOf(manager: EntityManager, ownerId: string): Promise<Owner> {
  const [owner] = (await manager.query(
    `SELECT email, first_name AS "firstName", last_name AS "lastName", locale FROM users WHERE id = $1`,
    [ownerId],
  )) as Owner[];
  return owner;
}
