import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Locale } from '../common/i18n/locale';
import { Role } from '../common/auth/role.enum';

export type Civility = 'M.' | 'Mme';

/** Anyone who logs in. Role-specific data lives beside it (student profile, company membership). */
@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() email!: string;
  @Column({ select: false }) passwordHash!: string;
  @Column({ type: 'varchar' }) role!: Role;
  @Column({ type: 'varchar', nullable: true }) civility!: Civility | null;
  @Column() firstName!: string;
  @Column() lastName!: string;
  @Column({ type: 'varchar', default: 'fr' }) locale!: Locale;
  /** Staff and students belong to a university; company contacts do not. */
  @Column({ type: 'uuid', nullable: true }) universityId!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) emailVerifiedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) disabledAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
