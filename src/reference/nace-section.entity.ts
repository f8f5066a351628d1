import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A NACE Rev. 2 section, `A`–`U`. */
@Entity({ name: 'nace_sections' })
export class NaceSection {
  @PrimaryColumn({ type: 'char', length: 1 }) code!: string;
  @Column({ name: 'label_fr', type: 'text' }) labelFr!: string;
  @Column({ name: 'label_en', type: 'text' }) labelEn!: string;
}
