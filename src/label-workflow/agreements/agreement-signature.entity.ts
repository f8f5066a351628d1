import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Locale } from '../../common/i18n/locale';
import { AgreementParty } from './agreement-party';

/** One party's signature of one version: the one-time link sent (as its SHA-256) and, once signed, the signature. */
@Entity('agreement_signatures')
export class AgreementSignature {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') versionId!: string;
  @Column({ type: 'varchar' }) party!: AgreementParty;
  @Column({ type: 'uuid', nullable: true }) userId!: string | null;
  @Column() email!: string;
  /** Who is expected to sign, as the agreement names them. */
  @Column() signerName!: string;
  @Column({ type: 'varchar' }) locale!: Locale;
  @Column({ type: 'char' }) tokenHash!: string;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) signedAt!: Date | null;
  /** The name the signer typed to sign. */
  @Column({ type: 'varchar', nullable: true }) typedName!: string | null;
}
