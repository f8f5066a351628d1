import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { University } from './university.entity';

/** A "filière" of a university, led by a programme manager ("responsable de filière"). */
@Entity('programmes')
export class Programme {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') universityId!: string;
  @ManyToOne(() => University) @JoinColumn({ name: 'university_id' }) university?: University;
  @Column() name!: string;
  @Column({ type: 'uuid', nullable: true }) managerId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
