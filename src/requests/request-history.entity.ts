import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from './internship-request.entity';
import { RequestAction } from './request-status';

/** Before and after of each changed field (or attached document), keyed by field name. */
export type RequestChanges = Record<string, { before: unknown; after: unknown }>;

/** One change of a request, as RequestChangeRecorder wrote it. `actorId` is null for the system (worker). */
@Entity('request_history')
export class RequestHistoryEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column('uuid') requestId!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'varchar' }) action!: RequestAction;
  /** The request's version once this change was applied. */
  @Column({ type: 'bigint', transformer: bigintAsNumber }) version!: number;
  @Column({ type: 'jsonb' }) changes!: RequestChanges;
}
