import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An "organisme d'accueil": a company that posts offers and hosts interns. */
@Entity('companies')
export class Company {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() name!: string;
  /** Lowercase, accent-free copy of the name for "is my company already registered?". */
  @Column() nameSearch!: string;
  @Column({ type: 'varchar', nullable: true }) registrationNumber!: string | null;
  @Column({ type: 'char', length: 2, nullable: true }) naceDivision!: string | null;
  @Column({ type: 'char', length: 2 }) countryCode!: string;
  @Column() city!: string;
  @Column({ type: 'varchar', nullable: true }) address!: string | null;
  @Column({ type: 'varchar', nullable: true }) website!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
