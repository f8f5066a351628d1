import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { InternshipParty } from '../internships/internship-party';

export type JournalCommenterRole = InternshipParty.CompanyTutor | InternshipParty.AcademicTutor;

/** A tutor's comment on a journal entry. */
@Entity('internship_journal_comments')
export class JournalComment {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') entryId!: string;
  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ type: 'varchar' }) authorRole!: JournalCommenterRole;
  @Column('text') body!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
