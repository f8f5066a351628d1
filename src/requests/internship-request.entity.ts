import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, ValueTransformer } from 'typeorm';
import { RequestStatus } from './request-status';

/** Postgres returns bigint as a string; a version stays far below 2^53, so a number is exact. */
export const bigintAsNumber: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A student's internship request ("demande de stage"). Change it only through RequestChangeRecorder, which keeps
 * the history and the version. Programme, university and study year come from the student's profile.
 */
@Entity('internship_requests')
export class InternshipRequest {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') studentId!: string;
  @Column() title!: string;
  @Column('text') message!: string;
  @Column('text', { array: true }) keywords!: string[];
  /** NACE Rev. 2 division codes. */
  @Column({ type: 'char', length: 2, array: true }) wantedNaceDivisions!: string[];
  /** ISO 3166-1 alpha-2 codes. */
  @Column({ type: 'char', length: 2, array: true }) wantedCountries!: string[];
  @Column('text', { array: true }) wantedCities!: string[];
  /** `YYYY-MM-DD`. */
  @Column({ type: 'date', nullable: true }) startDate!: string | null;
  @Column({ type: 'smallint', nullable: true }) durationWeeks!: number | null;
  /** ISO 639-1 codes. */
  @Column({ type: 'varchar', length: 2, array: true }) languages!: string[];
  @Column() visibleToCompanies!: boolean;
  @Column({ type: 'varchar' }) status!: RequestStatus;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) version!: number;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/** The fields a change may set (the recorder diffs them against the stored row). */
export type RequestFields = Pick<
  InternshipRequest,
  | 'title'
  | 'message'
  | 'keywords'
  | 'wantedNaceDivisions'
  | 'wantedCountries'
  | 'wantedCities'
  | 'startDate'
  | 'durationWeeks'
  | 'languages'
  | 'visibleToCompanies'
  | 'status'
  | 'publishedAt'
>;
