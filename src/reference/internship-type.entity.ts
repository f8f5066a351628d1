import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A kind of internship (Découverte, Insertion…); `position` is its place in the pedagogical order. */
@Entity({ name: 'internship_types' })
export class InternshipType {
  @PrimaryColumn({ type: 'varchar', length: 32 }) code!: string;
  @Column({ name: 'label_fr', type: 'text' }) labelFr!: string;
  @Column({ name: 'label_en', type: 'text' }) labelEn!: string;
  @Column({ type: 'smallint' }) position!: number;
}
