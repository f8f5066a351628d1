import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SearchOutboxWriter } from '../outbox/search-outbox.writer';
import { PROFILES_INDEX } from './profile-document';

/**
 * Every request of these students, its version bumped: their schooling or account is in each of their profiles, and
 * the bump keeps external versioning monotonic for documents whose own row did not change. Wrapped in a SELECT so the
 * driver hands back plain rows (an UPDATE answers [rows, count]).
 */
const STUDENTS_REQUESTS = `WITH bumped AS (
    UPDATE internship_requests SET version = version + 1, updated_at = now() WHERE student_id = ANY ($1::uuid[])
    RETURNING id)
  SELECT id FROM bumped`;

/** The profiles projection's side of the search outbox: which profile documents a change touches. */
@Injectable()
export class ProfilesOutbox {
  constructor(private readonly outbox: SearchOutboxWriter) {}

  /** These requests changed (their own rows, already at a new version). */
  async requestsChanged(manager: EntityManager, requestIds: string[]): Promise<void> {
    await this.outbox.changed(manager, PROFILES_INDEX, requestIds);
  }

  /** These students' schooling or account changed, so each of their profiles did. */
  async studentsChanged(manager: EntityManager, studentIds: string[]): Promise<void> {
    if (studentIds.length === 0) return;
    await this.outbox.changedRows(manager, PROFILES_INDEX, STUDENTS_REQUESTS, [studentIds]);
  }
}
