import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A country by its ISO 3166-1 alpha-2 code. */
@Entity({ name: 'countries' })
export class Country {
  @PrimaryColumn({ type: 'char', length: 2 }) code!: string;
  @Column({ name: 'name_fr', type: 'text' }) nameFr!: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn!: string;
}
