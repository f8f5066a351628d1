import { Entity, PrimaryColumn } from 'typeorm';

/** A year manager ("responsable d'année") of one study year of a programme. */
@Entity('programme_year_managers')
export class ProgrammeYearManager {
  @PrimaryColumn('uuid') programmeId!: string;
  @PrimaryColumn('smallint') studyYear!: number;
  @PrimaryColumn('uuid') userId!: string;
}
