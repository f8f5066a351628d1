import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProfilesOutbox } from '../../indexer/profiles/profiles-outbox';
import { InternshipRequest, RequestFields } from './internship-request.entity';
import { RequestChanges, RequestHistoryEntry } from './request-history.entity';
import { RequestAction } from './request-status';

export interface RequestChange {
  action: RequestAction;
  /** Who made the change; null for the system (e.g. the worker extracting a document's text). */
  actorId: string | null;
  /** Request fields to set: only those whose value differs from the stored row are written and recorded. */
  set?: Partial<RequestFields>;
  /** Changes to what hangs off the request (its documents), recorded as given. */
  attached?: RequestChanges;
}

/**
 * The one place every change of a request goes through, inside the caller's transaction: it writes the fields,
 * bumps `version` and appends the history row, so the three can never disagree.
 * It also writes the search outbox row, so the indexed profile follows every change.
 */
@Injectable()
export class RequestChangeRecorder {
  constructor(private readonly profilesOutbox: ProfilesOutbox) {}

  /**
   * Loads a request and locks its row until the transaction ends, so concurrent changes apply one by one. NO KEY
   * UPDATE, not UPDATE: rows that merely point at the request (matches, applications) lock it KEY SHARE, and an
   * edit must not wait on another process's transaction for that.
   */
  lock(manager: EntityManager, id: string): Promise<InternshipRequest | null> {
    return manager.findOne(InternshipRequest, { where: { id }, lock: { mode: 'for_no_key_update' } });
  }

  /** Inserts a new request (version 1) and its "created" history row. */
  async create(
    manager: EntityManager,
    studentId: string,
    values: Partial<RequestFields>,
    actorId: string,
  ): Promise<InternshipRequest> {
    const { identifiers } = await manager.insert(InternshipRequest, { ...values, studentId });
    const stored = await manager.findOneByOrFail(InternshipRequest, { id: identifiers[0].id as string });
    const changes: RequestChanges = Object.fromEntries(
      Object.entries(values).map(([field, after]) => [field, { before: null, after }]),
    );
    await this.appendHistory(manager, stored, { action: RequestAction.Created, actorId }, changes);
    return stored;
  }

  /**
   * Applies a change to a request the caller has locked. Returns the stored request after the change; a change
   * that alters nothing writes nothing and returns the request as it was.
   */
  async record(manager: EntityManager, request: InternshipRequest, change: RequestChange): Promise<InternshipRequest> {
    const fields = changedFields(request, change.set ?? {});
    const changes: RequestChanges = { ...beforeAndAfter(request, fields), ...(change.attached ?? {}) };
    if (Object.keys(changes).length === 0) return request;

    await manager
      .createQueryBuilder()
      .update(InternshipRequest)
      .set({ ...fields, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id: request.id })
      .execute();
    const stored = await manager.findOneByOrFail(InternshipRequest, { id: request.id });
    await this.appendHistory(manager, stored, change, changes);
    return stored;
  }

  private async appendHistory(
    manager: EntityManager,
    stored: InternshipRequest,
    change: Pick<RequestChange, 'action' | 'actorId'>,
    changes: RequestChanges,
  ): Promise<void> {
    const entry = manager.create(RequestHistoryEntry, {
      requestId: stored.id,
      actorId: change.actorId,
      action: change.action,
      version: stored.version,
      changes,
    });
    await manager.save(entry);
    await this.profilesOutbox.requestsChanged(manager, [stored.id]);
  }
}

function changedFields(request: InternshipRequest, set: Partial<RequestFields>): Partial<RequestFields> {
  const changed: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(set)) {
    if (value === undefined) continue;
    if (!sameValue(request[field as keyof RequestFields], value)) changed[field] = value;
  }
  return changed as Partial<RequestFields>;
}

function beforeAndAfter(request: InternshipRequest, fields: Partial<RequestFields>): RequestChanges {
  return Object.fromEntries(
    Object.entries(fields).map(([field, after]) => [field, { before: request[field as keyof RequestFields], after }]),
  );
}

/** Arrays, dates and scalars compared by value (JSON form), which is how the history stores them. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
