import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProfilesOutbox } from '../../../indexer/profiles/profiles-outbox';
import { PersonalDataError, PersonalDataException } from '../personal-data.exception';

export interface ErasedAccount {
  /** Stored files to remove once the transaction has committed (documents, agreements of deleted internships). */
  storageKeys: string[];
  /** Granted labels kept without the holder's name. */
  keptLabels: number;
  /** Companies deleted with their last contact (they held nothing else). */
  deletedCompanies: number;
}

interface Person {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
}

// An internship in these states still has a company, tutors and a programme working on it.
const RUNNING = ['setup', 'in_progress', 'completed'];

/**
 * Removes one account and everything of it, inside the caller's transaction, keeping only what the label requires:
 * a granted label stays verifiable by its code, without the holder's name. Deletions cascade from `users` through
 * the schema's foreign keys (sessions, refresh tokens, requests and their history, documents, applications and
 * their events, matches, profile reads); this class handles what does not cascade or must outlive the account.
 */
@Injectable()
export class AccountEraser {
  constructor(private readonly profilesOutbox: ProfilesOutbox) {}

  /** Refuses (409) when the account still carries something others rely on. */
  async checkErasable(manager: EntityManager, userId: string): Promise<void> {
    const [{ running }] = await manager.query(
      `SELECT count(*)::int AS running FROM internships WHERE student_id = $1 AND status = ANY($2)`,
      [userId, RUNNING],
    );
    if (running > 0) throw new PersonalDataException(PersonalDataError.InternshipRunning);
    const busy = await this.companiesLeftAlone(manager, userId, false);
    if (busy.length > 0) throw new PersonalDataException(PersonalDataError.LastCompanyContact, { companyIds: busy });
  }

  async erase(manager: EntityManager, person: Person): Promise<ErasedAccount> {
    const userId = person.id;
    await this.checkErasable(manager, userId);

    // Requests leave the index through the outbox: the drainer finds no row and deletes the document.
    const requestIds = await ids(manager, `SELECT id FROM internship_requests WHERE student_id = $1`, [userId]);
    await this.profilesOutbox.requestsChanged(manager, requestIds);
    await manager.query(`DELETE FROM offer_match_queue WHERE kind = 'request' AND entity_id = ANY($1::uuid[])`, [
      requestIds,
    ]);

    const documentKeys = await column(manager, `SELECT storage_key AS v FROM documents WHERE owner_id = $1`, [userId]);

    // Granted labels stay verifiable: the internship keeps its facts, minus the holder's name, and loses the journal.
    const kept = await ids(
      manager,
      `WITH kept AS (
         UPDATE internships SET student_id = NULL, application_id = NULL,
                label_facts = label_facts - 'civility' - 'firstName' - 'lastName', updated_at = now()
          WHERE student_id = $1 AND status = 'labelled' RETURNING id)
       SELECT id FROM kept`,
      [userId],
    );
    await manager.query(`DELETE FROM internship_journal_entries WHERE internship_id = ANY($1::uuid[])`, [kept]);

    // Other internships of the student (cancelled ones: running ones were refused) go, with their agreements' files.
    const agreementKeys = await column(
      manager,
      `SELECT k AS v FROM agreement_versions av
         JOIN internships i ON i.id = av.internship_id,
         LATERAL (VALUES (av.pdf_storage_key), (av.scan_storage_key)) AS keys(k)
        WHERE i.student_id = $1 AND k IS NOT NULL`,
      [userId],
    );
    await manager.query(`DELETE FROM internships WHERE student_id = $1`, [userId]);

    // Others' records the person only appears in: they stay coherent without them.
    await manager.query(`UPDATE internships SET company_tutor_id = NULL WHERE company_tutor_id = $1`, [userId]);
    await manager.query(`UPDATE internships SET academic_tutor_id = NULL WHERE academic_tutor_id = $1`, [userId]);
    await manager.query(`UPDATE programmes SET manager_id = NULL WHERE manager_id = $1`, [userId]);
    await manager.query(`UPDATE company_memberships SET decided_by = NULL WHERE decided_by = $1`, [userId]);
    await manager.query(`UPDATE internship_audit SET actor_label = NULL WHERE actor_id = $1`, [userId]);
    await manager.query(`UPDATE profile_reads SET reader_name = '' WHERE reader_id = $1`, [userId]);
    await this.forgetMails(manager, person);

    const emptyCompanies = await this.companiesLeftAlone(manager, userId, true);
    await manager.query(`DELETE FROM users WHERE id = $1`, [userId]);
    await manager.query(`DELETE FROM company_memberships WHERE company_id = ANY($1::uuid[])`, [emptyCompanies]);
    await manager.query(`DELETE FROM companies WHERE id = ANY($1::uuid[])`, [emptyCompanies]);

    return {
      storageKeys: [...documentKeys, ...agreementKeys],
      keptLabels: kept.length,
      deletedCompanies: emptyCompanies.length,
    };
  }

  /**
   * Mails to the person, or relayed with their address as Reply-To, are deleted (pending ones are never sent). Mails
   * to others that name them: not sent yet, they are dropped (what they announce is gone); sent, they keep only their
   * template, recipient and dates.
   */
  private async forgetMails(manager: EntityManager, person: Person): Promise<void> {
    await manager.query(`DELETE FROM mail_outbox WHERE lower(recipient) = lower($1) OR lower(reply_to) = lower($1)`, [
      person.email,
    ]);
    const naming = `strpos(params::text, $1) > 0 AND strpos(params::text, $2) > 0`;
    const name = [person.firstName, person.lastName];
    await manager.query(`DELETE FROM mail_outbox WHERE status IN ('pending', 'queued') AND ${naming}`, name);
    await manager.query(`UPDATE mail_outbox SET params = '{}'::jsonb WHERE ${naming}`, name);
  }

  /**
   * Companies whose only active contact is this person. With `empty`, those holding nothing (they go with the
   * account); without, those holding offers, applications or internships (the deletion is refused).
   */
  private async companiesLeftAlone(manager: EntityManager, userId: string, empty: boolean): Promise<string[]> {
    return ids(
      manager,
      `SELECT m.company_id AS id FROM company_memberships m
        WHERE m.user_id = $1 AND m.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM company_memberships o
                           WHERE o.company_id = m.company_id AND o.user_id <> $1 AND o.status = 'active')
          AND ${empty ? 'NOT' : ''} (EXISTS (SELECT 1 FROM offers WHERE company_id = m.company_id)
               OR EXISTS (SELECT 1 FROM applications WHERE company_id = m.company_id)
               OR EXISTS (SELECT 1 FROM internships WHERE company_id = m.company_id))`,
      [userId],
    );
  }
}

async function ids(manager: EntityManager, sql: string, params: unknown[]): Promise<string[]> {
  const rows: Array<{ id: string }> = await manager.query(sql, params);
  return rows.map((row) => row.id);
}

async function column(manager: EntityManager, sql: string, params: unknown[]): Promise<string[]> {
  const rows: Array<{ v: string }> = await manager.query(sql, params);
  return rows.map((row) => row.v);
}
