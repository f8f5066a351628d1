import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import { Locale } from '../common/i18n/locale';
import { Country } from './country.entity';
import { InternshipType } from './internship-type.entity';
import { NaceDivision } from './nace-division.entity';
import { NaceSection } from './nace-section.entity';
import { ReferenceCatalog } from './reference-catalog';
import { CountryDto, InternshipTypeDto, NaceDivisionDto, NaceSectionDto, StudyYearDto } from './reference-items.dto';
import { StudyYear } from './study-year.entity';

/**
 * Reference lists and lookups. The tables change only by migration, so they are read once per process and kept
 * in memory. A caller doing many lookups at once can take the `catalog()` and use its synchronous methods.
 */
@Injectable()
export class ReferenceService {
  private loading?: Promise<ReferenceCatalog>;

  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  catalog(): Promise<ReferenceCatalog> {
    // Shared by concurrent first callers; a failed load (database away) is retried by the next call.
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  async naceSections(locale: Locale): Promise<NaceSectionDto[]> {
    return (await this.catalog()).naceSections(locale);
  }

  async naceDivisions(locale: Locale, section?: string): Promise<NaceDivisionDto[]> {
    return (await this.catalog()).naceDivisions(locale, section);
  }

  async countries(locale: Locale): Promise<CountryDto[]> {
    return (await this.catalog()).countries(locale);
  }

  async studyYears(locale: Locale): Promise<StudyYearDto[]> {
    return (await this.catalog()).studyYears(locale);
  }

  async internshipTypes(locale: Locale): Promise<InternshipTypeDto[]> {
    return (await this.catalog()).internshipTypes(locale);
  }

  async sectionLabel(code: string, locale: Locale): Promise<string | undefined> {
    return (await this.catalog()).sectionLabel(code, locale);
  }

  async divisionLabel(code: string, locale: Locale): Promise<string | undefined> {
    return (await this.catalog()).divisionLabel(code, locale);
  }

  async countryName(code: string, locale: Locale): Promise<string | undefined> {
    return (await this.catalog()).countryName(code, locale);
  }

  async studyYearLabel(code: number, locale: Locale): Promise<string | undefined> {
    return (await this.catalog()).studyYearLabel(code, locale);
  }

  async internshipTypeLabel(code: string, locale: Locale): Promise<string | undefined> {
    return (await this.catalog()).internshipTypeLabel(code, locale);
  }

  async sectionOfDivision(code: string): Promise<string | undefined> {
    return (await this.catalog()).sectionOfDivision(code);
  }

  async isSection(code: unknown): Promise<boolean> {
    return (await this.catalog()).isSection(code);
  }

  async isDivision(code: unknown): Promise<boolean> {
    return (await this.catalog()).isDivision(code);
  }

  async isCountry(code: unknown): Promise<boolean> {
    return (await this.catalog()).isCountry(code);
  }

  async isStudyYear(code: unknown): Promise<boolean> {
    return (await this.catalog()).isStudyYear(code);
  }

  async isInternshipType(code: unknown): Promise<boolean> {
    return (await this.catalog()).isInternshipType(code);
  }

  private async load(): Promise<ReferenceCatalog> {
    const [naceSections, naceDivisions, countries, studyYears, internshipTypes] = await Promise.all([
      this.manager.find(NaceSection),
      this.manager.find(NaceDivision),
      this.manager.find(Country),
      this.manager.find(StudyYear),
      this.manager.find(InternshipType),
    ]);
    return new ReferenceCatalog({ naceSections, naceDivisions, countries, studyYears, internshipTypes });
  }
}
