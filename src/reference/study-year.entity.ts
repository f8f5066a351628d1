import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A year of study (1 to 5). */
@Entity({ name: 'study_years' })
export class StudyYear {
  @PrimaryColumn({ type: 'smallint' }) code!: number;
  @Column({ name: 'label_fr', type: 'text' }) labelFr!: string;
  @Column({ name: 'label_en', type: 'text' }) labelEn!: string;
}
