import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SearchOutboxWriter } from '../outbox/search-outbox.writer';
import { PROFILES_INDEX } from './profile-document';

/** The profiles projection's side of the search outbox: which profile documents a change touches. */
@Injectable()
export class ProfilesOutbox {
  constructor(private readonly outbox: SearchOutboxWriter) {}

  /** These requests changed (their own rows, already at a new version). */
  async requestsChanged(manager: EntityManager, requestIds: string[]): Promise<void> {
    await this.outbox.changed(manager, PROFILES_INDEX, requestIds);
  }

  /** These students' schooling or account changed: they are in each of their requests' profiles. */
  async studentsChanged(manager: EntityManager, studentIds: string[]): Promise<void> {
    const requests = { table: 'internship_requests', parentKey: 'student_id' };
    await this.outbox.parentsChanged(manager, PROFILES_INDEX, requests, studentIds);
  }
}
