import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '../requests/internship-request.entity';
import { OfferAction } from './offer-status';

/** Before and after of each changed field, keyed by field name. */
export type OfferChanges = Record<string, { before: unknown; after: unknown }>;

/** One change of an offer, as OfferChangeRecorder wrote it. `actorId` is null for the system (expiry). */
@Entity('offer_history')
export class OfferHistoryEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column('uuid') offerId!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'varchar' }) action!: OfferAction;
  /** The offer's version once this change was applied. */
  @Column({ type: 'bigint', transformer: bigintAsNumber }) version!: number;
  @Column({ type: 'jsonb' }) changes!: OfferChanges;
}
