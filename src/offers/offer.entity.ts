import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, ValueTransformer } from 'typeorm';
import { bigintAsNumber } from '../requests/internship-request.entity';
import { OfferStatus } from './offer-status';
import { OfferTargeting } from './offer-targeting';

/** Postgres returns numeric as a string; an allowance is far within a double's exact range. */
export const numericAsNumber: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export type AllowancePeriod = 'month' | 'week' | 'total';

/**
 * A company's internship offer. Change it only through OfferChangeRecorder, which keeps the history and the
 * version. Text fields are stored exactly as given (HTML included): the API returns them as JSON data only.
 */
@Entity('offers')
export class Offer {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') companyId!: string;
  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;
  @Column() title!: string;
  @Column({ type: 'varchar' }) internshipType!: string;
  @Column('text') mission!: string;
  @Column('smallint') durationWeeks!: number;
  /** `YYYY-MM-DD`. */
  @Column('date') startDate!: string;
  @Column() city!: string;
  @Column({ type: 'char', length: 2 }) countryCode!: string;
  @Column() position!: string;
  @Column({ type: 'numeric', nullable: true, transformer: numericAsNumber }) allowanceAmount!: number | null;
  @Column({ type: 'char', length: 3, nullable: true }) allowanceCurrency!: string | null;
  @Column({ type: 'varchar', nullable: true }) allowancePeriod!: AllowancePeriod | null;
  @Column('smallint') places!: number;
  @Column({ type: 'timestamptz' }) applicationDeadline!: Date;
  @Column({ type: 'char', length: 2, array: true }) wantedNaceDivisions!: string[];
  /** The level of the internship: the study years wanted. */
  @Column({ type: 'smallint', array: true }) wantedStudyYears!: number[];
  /** Programmes or fields of study, free text. */
  @Column('text', { array: true }) wantedProgrammes!: string[];
  @Column('text', { array: true }) skills!: string[];
  /** ISO 639-1 codes. */
  @Column({ type: 'varchar', length: 2, array: true }) languages!: string[];
  @Column({ type: 'char', length: 2, array: true }) wantedCountries!: string[];
  @Column('text') profileText!: string;
  @Column({ type: 'varchar' }) targeting!: OfferTargeting;
  @Column({ type: 'char', length: 2, nullable: true }) targetCountryCode!: string | null;
  @Column({ type: 'uuid', nullable: true }) targetUniversityId!: string | null;
  @Column({ type: 'uuid', nullable: true }) targetProgrammeId!: string | null;
  @Column({ type: 'varchar' }) status!: OfferStatus;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) version!: number;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/** The fields a change may set (the recorder diffs them against the stored row). */
export type OfferFields = Omit<Offer, 'id' | 'companyId' | 'authorId' | 'version' | 'createdAt' | 'updatedAt'>;
