import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NaceSection } from './nace-section.entity';

/** A NACE Rev. 2 division: the two-digit sector code organisations and offers carry. */
@Entity({ name: 'nace_divisions' })
export class NaceDivision {
  @PrimaryColumn({ type: 'char', length: 2 }) code!: string;
  @Column({ name: 'section_code', type: 'char', length: 1 }) sectionCode!: string;
  @Column({ name: 'label_fr', type: 'text' }) labelFr!: string;
  @Column({ name: 'label_en', type: 'text' }) labelEn!: string;

  @ManyToOne(() => NaceSection, { nullable: false })
  @JoinColumn({
    name: 'section_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'fk_nace_divisions_section',
  })
  section?: NaceSection;
}
